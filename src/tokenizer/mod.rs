//! French tokens and sentences, with exact byte and char offsets.
//!
//! The tokenizer follows the Universal Dependencies French conventions (the
//! French-GSD treebank), because that is what French NLP data is annotated with:
//!
//! | convention | example | tokens |
//! |---|---|---|
//! | elision splits after the apostrophe (`'` or `’`) | `l’armée` | `l’` `armée` |
//! | lexicalised words stay whole | `aujourd'hui`, `c'est-à-dire` | one token |
//! | hyphenated compounds stay whole | `États-Unis`, `Nahr-e` | one token |
//! | inverted pronouns split with their hyphen | `a-t-il` | `a` `-t-il` |
//! | numbers with grouped thousands, decimals, ordinals, times | `5 000`, `3,5`, `1er`, `12h30` | one token |
//! | abbreviations and initials keep their period | `M.`, `J.-C.`, `A.` | one token |
//! | guillemets, quotes, brackets | `«` `»` `"` `(` | one token each |
//! | `...`, `?!`, `--` | | one token each |
//!
//! Tokens never overlap and never start or end with white space (NBSP and NNBSP
//! included); the only white space inside a token is the thousands separator of a
//! number (`5 000`). Every char that is not white space belongs to exactly one token.
//! Sentences end at final punctuation, at paragraph breaks and at the end of headlines
//! (see [`Sentence`]).
//!
//! # Examples
//!
//! ```
//! use gazette::tokenizer::tokenize;
//! let t = tokenize("L’armée a-t-elle frappé 5\u{A0}000 cibles ? M. Kirby l'a dit.");
//! let words: Vec<&str> = t.tokens().iter().map(|t| t.text()).collect();
//! assert_eq!(
//!     words,
//!     ["L’", "armée", "a", "-t-elle", "frappé", "5\u{A0}000", "cibles", "?", "M.", "Kirby", "l'", "a", "dit", "."]
//! );
//! assert_eq!(t.sentences().len(), 2);
//! ```

mod fr;
mod scan;
mod sentences;

use crate::Span;
use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};
use std::fmt;
use std::ops::{BitOr, BitOrAssign, Range};

/// Cuts `text` into tokens and sentences.
///
/// Never fails and never panics, whatever the input.
///
/// ```
/// let t = gazette::tokenizer::tokenize("Kaboul, 3 mars (Belga) – Les talibans d'Helmand.");
/// assert_eq!(t.tokens()[0].text(), "Kaboul");
/// assert_eq!(t.tokens()[10].text(), "d'");
/// assert!(t.tokens()[10].flags().contains(gazette::tokenizer::TokenFlags::ELIDED));
/// ```
pub fn tokenize(text: &str) -> Tokenized<'_> {
    let mut tokens = scan::Scanner::new(text).run();
    let sentences = sentences::split(&mut tokens);
    Tokenized { tokens, sentences }
}

/// The tokens and sentences of a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokenized<'t> {
    tokens: Vec<Token<'t>>,
    sentences: Vec<Sentence>,
}

impl<'t> Tokenized<'t> {
    /// The tokens, in text order.
    pub fn tokens(&self) -> &[Token<'t>] {
        &self.tokens
    }

    /// The sentences, in text order; together they hold every token once.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The tokens of one sentence.
    ///
    /// ```
    /// let t = gazette::tokenizer::tokenize("Oui. Non.");
    /// let second: Vec<&str> = t.sentence_tokens(&t.sentences()[1]).iter().map(|t| t.text()).collect();
    /// assert_eq!(second, ["Non", "."]);
    /// ```
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token<'t>] {
        self.tokens.get(sentence.tokens()).unwrap_or(&[])
    }

    /// Splits into tokens and sentences.
    pub fn into_parts(self) -> (Vec<Token<'t>>, Vec<Sentence>) {
        (self.tokens, self.sentences)
    }
}

/// One token: a slice of the original text with its offsets, kind and flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token<'t> {
    text: &'t str,
    span: Span,
    kind: TokenKind,
    flags: TokenFlags,
}

impl<'t> Token<'t> {
    /// The token's text, a slice of the input.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Where the token is, in bytes and chars.
    pub fn span(&self) -> Span {
        self.span
    }

    /// What sort of token it is.
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// What later stages need to know about it.
    pub fn flags(&self) -> TokenFlags {
        self.flags
    }

    /// Shorthand for `self.flags().contains(flag)`.
    pub fn is(&self, flag: TokenFlags) -> bool {
        self.flags.contains(flag)
    }
}

impl Serialize for Token<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let fields = if self.flags.is_empty() { 6 } else { 7 };
        let mut s = serializer.serialize_struct("Token", fields)?;
        s.serialize_field("start", &self.span.char_start())?;
        s.serialize_field("end", &self.span.char_end())?;
        s.serialize_field("byte_start", &self.span.byte_start())?;
        s.serialize_field("byte_end", &self.span.byte_end())?;
        s.serialize_field("text", self.text)?;
        s.serialize_field("kind", &self.kind)?;
        if !self.flags.is_empty() {
            s.serialize_field("flags", &self.flags)?;
        }
        s.end()
    }
}

/// What sort of token it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters, possibly with hyphens and apostrophes: `armée`, `États-Unis`, `l'`, `-t-il`.
    Word,
    /// Starts with a digit (or a sign and a digit): `5 000`, `3,5`, `1er`, `12h30`, `-2`.
    Number,
    /// Punctuation: `.`, `,`, `«`, `...`, `?!`.
    Punctuation,
    /// Any other char or emoji: `€`, `%`, `+`, `°`.
    Symbol,
    /// A web address: `https://…`, `www.…`.
    Url,
}

/// A set of facts about a token, as bits.
///
/// ```
/// use gazette::tokenizer::{tokenize, TokenFlags};
/// let t = tokenize("OTAN et Otan");
/// assert!(t.tokens()[0].is(TokenFlags::ALL_CAPS | TokenFlags::SENTENCE_START));
/// assert!(t.tokens()[2].is(TokenFlags::CAPITALIZED));
/// assert!(!t.tokens()[2].is(TokenFlags::ALL_CAPS));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct TokenFlags(u16);

impl TokenFlags {
    /// Starts with a capital letter.
    pub const CAPITALIZED: TokenFlags = TokenFlags(1);
    /// Has at least two letters and no small letter: `EI`, `CENTCOM`, `KABOUL`.
    pub const ALL_CAPS: TokenFlags = TokenFlags(1 << 1);
    /// First token of its sentence.
    pub const SENTENCE_START: TokenFlags = TokenFlags(1 << 2);
    /// An elided clitic ending with its apostrophe: `l'`, `d’`, `qu'`.
    pub const ELIDED: TokenFlags = TokenFlags(1 << 3);
    /// An abbreviation or initial that keeps its period: `M.`, `J.-C.`.
    pub const ABBREVIATION: TokenFlags = TokenFlags(1 << 4);
    /// White space separates it from the token before (always set after a line break).
    pub const SPACE_BEFORE: TokenFlags = TokenFlags(1 << 5);
    /// First token of a line.
    pub const LINE_START: TokenFlags = TokenFlags(1 << 6);
    /// First token of a paragraph (after an empty line, or of the text).
    pub const PARAGRAPH_START: TokenFlags = TokenFlags(1 << 7);

    const NAMES: [(TokenFlags, &'static str); 8] = [
        (TokenFlags::CAPITALIZED, "capitalized"),
        (TokenFlags::ALL_CAPS, "all_caps"),
        (TokenFlags::SENTENCE_START, "sentence_start"),
        (TokenFlags::ELIDED, "elided"),
        (TokenFlags::ABBREVIATION, "abbreviation"),
        (TokenFlags::SPACE_BEFORE, "space_before"),
        (TokenFlags::LINE_START, "line_start"),
        (TokenFlags::PARAGRAPH_START, "paragraph_start"),
    ];

    /// No flag.
    pub const fn empty() -> TokenFlags {
        TokenFlags(0)
    }

    /// Whether no flag is set.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether every flag of `other` is set in `self`.
    pub const fn contains(self, other: TokenFlags) -> bool {
        self.0 & other.0 == other.0
    }

    /// The names of the flags that are set, in a fixed order.
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        TokenFlags::NAMES
            .into_iter()
            .filter(move |(flag, _)| self.contains(*flag))
            .map(|(_, name)| name)
    }
}

impl BitOr for TokenFlags {
    type Output = TokenFlags;
    fn bitor(self, rhs: TokenFlags) -> TokenFlags {
        TokenFlags(self.0 | rhs.0)
    }
}

impl BitOrAssign for TokenFlags {
    fn bitor_assign(&mut self, rhs: TokenFlags) {
        self.0 |= rhs.0;
    }
}

impl fmt::Debug for TokenFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.names()).finish()
    }
}

impl Serialize for TokenFlags {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        for name in self.names() {
            seq.serialize_element(name)?;
        }
        seq.end()
    }
}

/// A sentence: its span, from its first token to its last, and its token indexes.
///
/// ```
/// let t = gazette::tokenizer::tokenize("Frappe à Kandahar\n\nLe Pentagone a confirmé.");
/// let s = &t.sentences()[1];
/// assert_eq!(s.span().chars(), 19..43);
/// assert_eq!(s.tokens(), 3..8);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Sentence {
    span: Span,
    tokens: Range<usize>,
}

impl Sentence {
    /// From the start of the first token to the end of the last.
    pub fn span(&self) -> Span {
        self.span
    }

    /// Indexes of its tokens in [`Tokenized::tokens`].
    pub fn tokens(&self) -> Range<usize> {
        self.tokens.clone()
    }
}

impl Serialize for Sentence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Sentence", 6)?;
        s.serialize_field("start", &self.span.char_start())?;
        s.serialize_field("end", &self.span.char_end())?;
        s.serialize_field("byte_start", &self.span.byte_start())?;
        s.serialize_field("byte_end", &self.span.byte_end())?;
        s.serialize_field("first_token", &self.tokens.start)?;
        s.serialize_field("end_token", &self.tokens.end)?;
        s.end()
    }
}

#[cfg(test)]
mod tests;
