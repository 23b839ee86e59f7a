//! Spans into the original text, in bytes (for Rust slicing) and in chars (for JSON).

use serde::{Serialize, Serializer, ser::SerializeStruct};
use std::ops::Range;

/// A half-open range of the original text, given both in bytes and in chars.
///
/// Byte offsets slice the Rust `&str`; char offsets (Unicode scalar values) are
/// what Python indexes with and what the JSON contract calls `start`/`end`.
/// JavaScript indexes strings in UTF-16 code units, which neither of these is.
///
/// Serialised as `{"start", "end", "byte_start", "byte_end"}` (char offsets first,
/// as the scorers read them).
///
/// # Examples
///
/// ```
/// use gazette::Span;
/// let text = "Été à Kaboul";
/// let span = Span::new(9..15, 6..12);
/// assert_eq!(&text[span.bytes()], "Kaboul");
/// assert_eq!(span.chars(), 6..12);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    byte_start: usize,
    byte_end: usize,
    char_start: usize,
    char_end: usize,
}

impl Span {
    /// Builds a span from its byte range and its char range.
    ///
    /// The caller keeps the two consistent; every span that gazette hands out is.
    pub fn new(bytes: Range<usize>, chars: Range<usize>) -> Span {
        Span {
            byte_start: bytes.start,
            byte_end: bytes.end,
            char_start: chars.start,
            char_end: chars.end,
        }
    }

    /// The byte range, to slice the original `&str` with.
    pub fn bytes(&self) -> Range<usize> {
        self.byte_start..self.byte_end
    }

    /// The char range (Python-style indexes).
    pub fn chars(&self) -> Range<usize> {
        self.char_start..self.char_end
    }

    /// First byte of the span.
    pub fn byte_start(&self) -> usize {
        self.byte_start
    }

    /// Byte just past the span.
    pub fn byte_end(&self) -> usize {
        self.byte_end
    }

    /// First char of the span.
    pub fn char_start(&self) -> usize {
        self.char_start
    }

    /// Char just past the span.
    pub fn char_end(&self) -> usize {
        self.char_end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.byte_end - self.byte_start
    }

    /// Whether the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.byte_end == self.byte_start
    }

    /// The smallest span that covers both `self` and `other`.
    ///
    /// ```
    /// use gazette::Span;
    /// let a = Span::new(0..2, 0..2);
    /// let b = Span::new(5..8, 4..7);
    /// assert_eq!(a.cover(b), Span::new(0..8, 0..7));
    /// ```
    pub fn cover(self, other: Span) -> Span {
        Span {
            byte_start: self.byte_start.min(other.byte_start),
            byte_end: self.byte_end.max(other.byte_end),
            char_start: self.char_start.min(other.char_start),
            char_end: self.char_end.max(other.char_end),
        }
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Span", 4)?;
        s.serialize_field("start", &self.char_start)?;
        s.serialize_field("end", &self.char_end)?;
        s.serialize_field("byte_start", &self.byte_start)?;
        s.serialize_field("byte_end", &self.byte_end)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accessors_agree_with_constructor() {
        let s = Span::new(3..9, 2..6);
        assert_eq!(s.bytes(), 3..9);
        assert_eq!(s.chars(), 2..6);
        assert_eq!((s.byte_start(), s.byte_end()), (3, 9));
        assert_eq!((s.char_start(), s.char_end()), (2, 6));
        assert_eq!(s.len(), 6);
        assert!(!s.is_empty());
        assert!(Span::default().is_empty());
    }

    #[test]
    fn serialises_char_offsets_as_start_end() {
        let json = serde_json::to_string(&Span::new(3..9, 2..6)).unwrap();
        assert_eq!(json, r#"{"start":2,"end":6,"byte_start":3,"byte_end":9}"#);
    }
}
