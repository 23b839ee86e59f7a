//! Folding of text for matching, with a map from folded offsets back to the original.
//!
//! Folding makes `Etats-Unis`, `ÉTATS-UNIS` and `États‑Unis` (non-breaking hyphen) the
//! same string, so that gazetteers and rules can be written once. It never changes
//! what the user sees: every folded byte knows the original char it came from, and
//! [`Folded::to_original`] turns a folded range back into a [`Span`] of the input.
//!
//! What folding does, char by char:
//!
//! | input | folded |
//! |---|---|
//! | upper case (`É`, `Ç`, `İ`) | lower case, then accents removed (`e`, `c`, `i`) |
//! | accents and other combining marks (`é`, `ï`, `ñ`) | base letter (`e`, `i`, `n`) |
//! | `’` `‘` `ʼ` `´` `′` and `` ` `` | `'` |
//! | every run of white space (NBSP U+00A0, NNBSP U+202F, thin space, tab, line breaks) | one space |
//! | dashes `‐ ‑ ‒ – — ―` and minus `−` | `-` |
//! | `œ` `æ` `ß` | `oe` `ae` `ss` |
//! | compatibility forms (`ﬁ`, full-width `Ａ`, `²`) | their plain form (`fi`, `a`, `2`) |
//!
//! A char may fold to several (`œ` → `oe`) or to none (a lone combining mark), so
//! folded offsets and original offsets differ; the map keeps them apart.

use crate::Span;
use std::ops::Range;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Text folded for matching, with the way back to the original offsets.
///
/// # Examples
///
/// ```
/// use gazette::normalize::Folded;
/// let text = "Cœur de l’ÉTAT";
/// let folded = Folded::new(text);
/// assert_eq!(folded.as_str(), "coeur de l'etat");
/// let at = folded.as_str().find("etat").unwrap();
/// let span = folded.to_original(at..at + 4);
/// assert_eq!(&text[span.bytes()], "ÉTAT");
/// assert_eq!(span.chars(), 10..14);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Folded {
    text: String,
    /// Where the folded-to-original map changes, sorted by folded offset. Between two
    /// marks the map is either one ASCII run (folded and original advance together) or
    /// the folding of one non-ASCII char. Plain ASCII text needs one mark in all, so the
    /// map costs next to nothing on the common case.
    marks: Vec<Mark>,
    original_len: usize,
    original_chars: usize,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    folded: usize,
    byte: usize,
    char: usize,
    /// Byte length of the original char whose folding starts here, or 0 for an ASCII run.
    char_len: usize,
}

impl Folded {
    /// Folds `original`, keeping the offset map.
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut marks: Vec<Mark> = Vec::new();
        let mut cursor = FoldCursor::new(false);
        let (mut i, mut chars) = (0, 0);
        let mut in_run = false;
        while i < original.len() {
            let before = text.len();
            let next = cursor.fold_at(original, i, &mut |f| text.push(f));
            let emitted = text.len() > before;
            if next == i + 1 {
                // An ASCII char: runs of them share one mark.
                if emitted && !in_run {
                    marks.push(Mark {
                        folded: before,
                        byte: i,
                        char: chars,
                        char_len: 0,
                    });
                }
                in_run = emitted;
            } else {
                if emitted {
                    marks.push(Mark {
                        folded: before,
                        byte: i,
                        char: chars,
                        char_len: next - i,
                    });
                }
                in_run = false;
            }
            i = next;
            chars += 1;
        }
        Folded {
            text,
            marks,
            original_len: original.len(),
            original_chars: chars,
        }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Replaces every byte `from` of the folded text by `to`, both ASCII, so that offsets
    /// and the map stay as they are: the gazetteer reads hyphens as spaces this way.
    ///
    /// ```
    /// let mut f = gazette::normalize::Folded::new("Nahr-e Saraj");
    /// f.replace_ascii(b'-', b' ');
    /// assert_eq!(f.as_str(), "nahr e saraj");
    /// ```
    pub fn replace_ascii(&mut self, from: u8, to: u8) {
        if !(from.is_ascii() && to.is_ascii()) {
            return;
        }
        let mut bytes = std::mem::take(&mut self.text).into_bytes();
        for b in bytes.iter_mut().filter(|b| **b == from) {
            *b = to;
        }
        // Swapping one ASCII byte for another keeps UTF-8 valid.
        self.text = String::from_utf8(bytes).unwrap_or_default();
    }

    /// Number of chars of the original text.
    pub fn original_char_len(&self) -> usize {
        self.original_chars
    }

    /// The original char behind folded byte `f` (< folded length): its byte offset,
    /// char index and end byte.
    fn locate(&self, f: usize) -> (usize, usize, usize) {
        let i = self
            .marks
            .partition_point(|m| m.folded <= f)
            .saturating_sub(1);
        match self.marks.get(i) {
            Some(m) if m.char_len == 0 => {
                let d = f - m.folded;
                (m.byte + d, m.char + d, m.byte + d + 1)
            }
            Some(m) => (m.byte, m.char, m.byte + m.char_len),
            None => (self.original_len, self.original_chars, self.original_len),
        }
    }

    /// Maps a byte range of the folded text to the original text.
    ///
    /// The result covers every original char that contributed a byte to the range, so a
    /// range that ends inside the folding of one char (`o` of `œ` → `oe`) covers that
    /// whole char. An empty range maps to an empty span at the matching position.
    /// Out-of-range offsets are clamped to the end of the text.
    pub fn to_original(&self, folded: Range<usize>) -> Span {
        let len = self.text.len();
        let (byte_start, char_start) = if folded.start < len {
            let (b, c, _) = self.locate(folded.start);
            (b, c)
        } else {
            (self.original_len, self.original_chars)
        };
        let (byte_end, char_end) = if folded.end > folded.start && folded.start < len {
            let (_, c, end) = self.locate(folded.end.min(len) - 1);
            (end, c + 1)
        } else {
            (byte_start, char_start)
        };
        Span::new(
            byte_start..byte_end.max(byte_start),
            char_start..char_end.max(char_start),
        )
    }
}

/// The folded text of a tokenized document, folded once for every stage that reads it:
/// the gazetteer walks it and the recognizer compares its words.
///
/// Each token folds on its own (as [`fold`] would fold it), and the text between two
/// tokens folds too, white space to one space, so that names of several words
/// (`Nahr-e Saraj`, `l'Otan`) read on from one token into the next.
#[derive(Debug, Clone, Default)]
pub(crate) struct FoldedTokens {
    text: String,
    /// `text[bounds[i][0]..bounds[i][1]]` is the folding of token `i`.
    bounds: Vec<[u32; 2]>,
}

impl FoldedTokens {
    /// Folds `text` given the byte ranges of its tokens, in order and not overlapping.
    /// Ranges that are out of order, out of bounds or off char boundaries fold to
    /// nothing.
    pub(crate) fn new(text: &str, tokens: impl ExactSizeIterator<Item = Range<usize>>) -> Self {
        // Bytes, not a `String`, while folding: only whole chars are pushed, and the
        // check that the result is UTF-8 is made once at the end.
        let mut folded = Vec::with_capacity(text.len() + 16);
        let mut bounds = Vec::with_capacity(tokens.len());
        let mut cursor = FoldCursor::new(false);
        let mut at = 0;
        // Offsets are u32: a longer text folds only its first 4 GiB worth of tokens.
        let offset = |s: &Vec<u8>| u32::try_from(s.len()).unwrap_or(u32::MAX);
        for token in tokens {
            let valid = at <= token.start
                && token.start <= token.end
                && text.is_char_boundary(token.start)
                && text.is_char_boundary(token.end)
                && token.end <= text.len();
            if !valid {
                let end = offset(&folded);
                bounds.push([end, end]);
                continue;
            }
            // Between two words there is mostly one space, or nothing.
            match text.as_bytes().get(at..token.start) {
                Some([]) => {}
                Some([b' ']) if !cursor.last_was_space => folded.push(b' '),
                _ => cursor.fold_range(text, at, token.start, &mut folded),
            }
            // A token never starts with white space: folding starts afresh.
            cursor = FoldCursor::new(false);
            let start = offset(&folded);
            let bytes = &text.as_bytes()[token.start..token.end];
            // Most tokens are ASCII with no white space: folded by table as they are
            // copied, in one pass, and folded again by the general path when a byte
            // turns out not to be (here, not in `fold_range`, where a fast path measured
            // 1% more instructions in all).
            let before = folded.len();
            let mut plain = true;
            folded.extend(bytes.iter().map(|&b| {
                let f = ASCII_FOLD[usize::from(b)];
                plain &= f > b' ';
                f
            }));
            if !plain {
                folded.truncate(before);
                cursor.fold_range(text, token.start, token.end, &mut folded);
            }
            bounds.push([start, offset(&folded)]);
            at = token.end;
        }
        FoldedTokens {
            // Always UTF-8 (see above); were it not, every token would read as empty.
            text: String::from_utf8(folded).unwrap_or_default(),
            bounds,
        }
    }

    /// The folded text, tokens and what lies between them.
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// The folded byte range of token `i` in [`FoldedTokens::as_str`] (empty past the
    /// last token).
    pub(crate) fn range(&self, i: usize) -> Range<usize> {
        self.bounds
            .get(i)
            .map_or(self.text.len()..self.text.len(), |&[s, e]| {
                s as usize..e as usize
            })
    }

    /// The folded text of token `i` (empty past the last token).
    pub(crate) fn token(&self, i: usize) -> &str {
        self.text.get(self.range(i)).unwrap_or("")
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.bounds.len()
    }
}

/// [`fold_ascii`] of every byte below 0x80, 0 above: what folds below a space (the
/// controls, the bytes of non-ASCII chars) takes the general path.
static ASCII_FOLD: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = fold_ascii(b as u8);
        b += 1;
    }
    table
};

/// The ASCII letter an accented letter of French folds to, or 0 for any other char.
const fn fold_french_letter(c: char) -> u8 {
    match c {
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => b'e',
        'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => b'a',
        'î' | 'ï' | 'Î' | 'Ï' => b'i',
        'ô' | 'ö' | 'Ô' | 'Ö' => b'o',
        'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => b'u',
        'ç' | 'Ç' => b'c',
        _ => 0,
    }
}

/// [`fold_french_letter`] of the chars `U+00C0..=U+00FF`, written `0xC3` and this
/// table's index plus `0x80` in UTF-8: folded without decoding the char.
static LATIN1_FOLD: [u8; 64] = {
    let mut table = [0u8; 64];
    let mut i = 0;
    while i < 64 {
        if let Some(c) = char::from_u32(0xC0 + i as u32) {
            table[i] = fold_french_letter(c);
        }
        i += 1;
    }
    table
};

/// The ASCII letter that the accented French letter written at byte `at` (`0xC3` and
/// one more byte) folds to, if one is there.
#[inline]
fn french_letter_at(bytes: &[u8], at: usize) -> Option<u8> {
    if *bytes.get(at)? != 0xC3 {
        return None;
    }
    let next = *bytes.get(at + 1)?;
    LATIN1_FOLD
        .get(usize::from(next.wrapping_sub(0x80)))
        .copied()
        .filter(|&l| l != 0)
}

/// The folding of one ASCII byte: what [`fold_char`] does, on bytes.
#[inline]
pub(crate) const fn fold_ascii(b: u8) -> u8 {
    match b {
        b'A'..=b'Z' => b.to_ascii_lowercase(),
        b'`' => b'\'',
        b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => b' ',
        _ => b,
    }
}

/// Folds `text` without keeping the offset map: the cheap form for dictionary keys.
///
/// ```
/// assert_eq!(gazette::normalize::fold("Nahr‑e Saraj"), "nahr-e saraj");
/// assert_eq!(gazette::normalize::fold("Al-Qaïda"), "al-qaida");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut cursor = FoldCursor::new(false);
    let mut at = 0;
    while at < text.len() {
        at = cursor.fold_at(text, at, &mut |f| out.push(f));
    }
    out
}

/// Folds a text char by char from any char boundary, runs of white space folding to one
/// space (so `Nahr-e  Saraj` matches `Nahr-e Saraj`): the one loop behind [`fold`],
/// [`Folded::new`] and the gazetteer's walk, which folds as it reads.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FoldCursor {
    last_was_space: bool,
}

impl FoldCursor {
    /// A cursor at a place where white space may (`after_space: false`) or may not
    /// (`true`) be emitted.
    pub(crate) fn new(after_space: bool) -> FoldCursor {
        FoldCursor {
            last_was_space: after_space,
        }
    }

    /// Folds `text[from..to]` (char boundaries) onto `out`: [`FoldCursor::fold_at`]
    /// over the range, with ASCII, most of French text, folded by table.
    fn fold_range(&mut self, text: &str, from: usize, to: usize, out: &mut Vec<u8>) {
        let bytes = text.as_bytes();
        let mut at = from;
        while at < to {
            let Some(&b) = bytes.get(at) else {
                break;
            };
            let f = ASCII_FOLD[usize::from(b)];
            if f > b' ' {
                out.push(f);
                self.last_was_space = false;
                at += 1;
            } else if f == b' ' {
                if !self.last_was_space {
                    out.push(b' ');
                    self.last_was_space = true;
                }
                at += 1;
            } else if let Some(l) = french_letter_at(bytes, at) {
                out.push(l);
                self.last_was_space = false;
                at += 2;
            } else {
                let mut buf = [0u8; 4];
                at = self.fold_at(text, at, &mut |f| {
                    out.extend_from_slice(f.encode_utf8(&mut buf).as_bytes());
                });
            }
        }
    }

    /// Folds the ASCII byte `b`: what [`FoldCursor::fold_at`] would emit for it, if
    /// anything (a second space is not emitted).
    #[inline(always)]
    pub(crate) fn fold_ascii_byte(&mut self, b: u8) -> Option<u8> {
        let f = fold_ascii(b);
        emits(&mut self.last_was_space, f == b' ').then_some(f)
    }

    /// Folds the char of `text` at byte `at` (a char boundary below `text.len()`),
    /// handing each folded char to `emit`, and returns the byte after that char.
    #[inline]
    pub(crate) fn fold_at(&mut self, text: &str, at: usize, emit: &mut impl FnMut(char)) -> usize {
        if let Some(&b) = text.as_bytes().get(at).filter(|b| b.is_ascii()) {
            if let Some(f) = self.fold_ascii_byte(b) {
                emit(char::from(f));
            }
            return at + 1;
        }
        let last_was_space = &mut self.last_was_space;
        let mut collapse = |f: char| {
            if emits(last_was_space, f == ' ') {
                emit(f);
            }
        };
        let c = text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .unwrap_or(char::REPLACEMENT_CHARACTER);
        fold_char(c, &mut collapse);
        at + c.len_utf8()
    }
}

/// Whether a folded char is emitted, a space only after something else; keeps
/// `last_was_space` up to date.
#[inline(always)]
fn emits(last_was_space: &mut bool, is_space: bool) -> bool {
    let emitted = !(is_space && *last_was_space);
    if emitted {
        *last_was_space = is_space;
    }
    emitted
}

/// Folds one char, handing each resulting char to `emit`.
///
/// ```
/// let mut out = String::new();
/// gazette::normalize::fold_char('Œ', &mut |c| out.push(c));
/// assert_eq!(out, "oe");
/// ```
pub fn fold_char(c: char, emit: &mut impl FnMut(char)) {
    match c {
        'a'..='z' | '0'..='9' | ' ' => emit(c),
        'A'..='Z' => emit(c.to_ascii_lowercase()),
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '\u{2032}' | '`' => emit('\''),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => emit('-'),
        // The accented letters of French, before the slower general path.
        c if fold_french_letter(c) != 0 => emit(char::from(fold_french_letter(c))),
        'œ' | 'Œ' => {
            emit('o');
            emit('e');
        }
        'æ' | 'Æ' => {
            emit('a');
            emit('e');
        }
        'ß' | 'ẞ' => {
            emit('s');
            emit('s');
        }
        c if c.is_whitespace() => emit(' '),
        c if c.is_ascii() => emit(c),
        c => decompose_compatible(c, |d| {
            if !is_combining_mark(d) {
                for lower in d.to_lowercase() {
                    emit(lower);
                }
            }
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! folds {
        ($($name:ident: $input:expr => $expected:expr;)*) => {
            $(#[test] fn $name() { assert_eq!(fold($input), $expected); })*
        };
    }

    folds! {
        lowercase_ascii: "KABOUL" => "kaboul";
        accents_removed: "Étés à Hérat, Ghazni, Kunduz" => "etes a herat, ghazni, kunduz";
        diaeresis_and_cedilla: "Al-Qaïda, Ç" => "al-qaida, c";
        typographic_apostrophe: "l’Otan" => "l'otan";
        modifier_apostrophe: "lʼarmée" => "l'armee";
        nbsp_is_space: "5\u{A0}000" => "5 000";
        nnbsp_is_space: "«\u{202F}paix\u{202F}»" => "« paix »";
        tab_and_newline_are_spaces: "a\tb\nc" => "a b c";
        space_runs_collapse: "Nahr-e \u{A0}\n Saraj" => "nahr-e saraj";
        non_breaking_hyphen: "États\u{2011}Unis" => "etats-unis";
        en_and_em_dashes: "Kaboul – Doha — fin" => "kaboul - doha - fin";
        minus_sign: "\u{2212}3" => "-3";
        oe_ligature: "Cœur, ŒUVRE" => "coeur, oeuvre";
        ae_ligature: "Lætitia" => "laetitia";
        sharp_s: "Straße" => "strasse";
        fi_ligature: "ﬁn" => "fin";
        full_width: "ＡＢＣ" => "abc";
        dotted_capital_i: "İstanbul" => "istanbul";
        decomposed_input: "e\u{301}te\u{301}" => "ete";
        empty: "" => "";
        punctuation_kept: "(Belga) - «oui»" => "(belga) - «oui»";
    }

    /// The byte path of the folded tokens agrees with the char path for every char
    /// of `U+00C0..=U+00FF`, table or not.
    #[test]
    fn latin1_letters_fold_alike_by_bytes_and_by_chars() {
        for c in '\u{C0}'..='\u{FF}' {
            let text = format!("a{c}b");
            let by_tokens = FoldedTokens::new(&text, std::iter::once(0..text.len()));
            assert_eq!(by_tokens.token(0), fold(&text), "{c}");
        }
    }

    #[test]
    fn map_returns_original_spans_through_expansions() {
        let text = "Œuvre à Kaboul";
        let f = Folded::new(text);
        assert_eq!(f.as_str(), "oeuvre a kaboul");
        let s = f.to_original(0..6);
        assert_eq!(&text[s.bytes()], "Œuvre");
        assert_eq!(s.chars(), 0..5);
        // A range ending inside the expansion of `Œ` covers the whole char.
        let s = f.to_original(0..1);
        assert_eq!(&text[s.bytes()], "Œ");
        let at = f.as_str().find("kaboul").unwrap();
        let s = f.to_original(at..at + 6);
        assert_eq!(&text[s.bytes()], "Kaboul");
        assert_eq!(s.chars(), 8..14);
    }

    #[test]
    fn map_skips_dropped_marks() {
        let text = "Ge\u{301}ne\u{300}ve";
        let f = Folded::new(text);
        assert_eq!(f.as_str(), "geneve");
        let s = f.to_original(0..6);
        assert_eq!(s.bytes(), 0..text.len());
        assert_eq!(s.chars(), 0..8);
    }

    #[test]
    fn ascii_fast_path_agrees_with_fold_char() {
        for b in 0u8..0x80 {
            let mut out = String::new();
            fold_char(b as char, &mut |c| out.push(c));
            assert_eq!(out, (fold_ascii(b) as char).to_string(), "byte {b}");
        }
    }

    #[test]
    fn latin_fast_path_agrees_with_decomposition() {
        for c in "éèêëÉÈÊËàâäÀÂÄîïÎÏôöÔÖùûüÙÛÜçÇ".chars() {
            let mut fast = String::new();
            fold_char(c, &mut |f| fast.push(f));
            let mut slow = String::new();
            decompose_compatible(c, |d| {
                if !is_combining_mark(d) {
                    slow.extend(d.to_lowercase());
                }
            });
            assert_eq!(fast, slow, "{c}");
        }
    }

    #[test]
    fn map_across_collapsed_spaces_and_accents() {
        let text = "Kaboul  à\u{A0}\u{A0}Hérat";
        let f = Folded::new(text);
        assert_eq!(f.as_str(), "kaboul a herat");
        let at = f.as_str().find("herat").unwrap();
        let s = f.to_original(at..at + 5);
        assert_eq!(&text[s.bytes()], "Hérat");
        assert_eq!(s.chars(), 11..16);
    }

    #[test]
    fn folded_tokens_fold_tokens_and_gaps() {
        let text = "L’ÉTAT  islamique\u{A0}à Nahr-e Saraj";
        let ranges = [0..4, 4..9, 11..20, 22..24, 25..31, 32..37];
        let f = FoldedTokens::new(text, ranges.iter().cloned());
        assert_eq!(f.as_str(), "l'etat islamique a nahr-e saraj");
        let words: Vec<&str> = (0..f.len()).map(|i| f.token(i)).collect();
        assert_eq!(words, ["l'", "etat", "islamique", "a", "nahr-e", "saraj"]);
        for (i, r) in ranges.iter().enumerate() {
            assert_eq!(f.token(i), fold(&text[r.clone()]), "token {i}");
        }
        assert_eq!(f.token(99), "");
    }

    #[test]
    fn folded_tokens_survive_bad_ranges() {
        let text = "été";
        let f = FoldedTokens::new(
            text,
            [1..2, 0..2, 2..9, Range { start: 5, end: 4 }].into_iter(),
        );
        assert_eq!(f.len(), 4);
        assert_eq!(f.token(1), "e");
        assert_eq!(f.token(0), "");
        assert_eq!(f.token(3), "");
    }

    #[test]
    fn map_handles_empty_and_out_of_range() {
        let f = Folded::new("abc");
        assert_eq!(f.to_original(1..1).chars(), 1..1);
        assert_eq!(f.to_original(3..3).chars(), 3..3);
        assert_eq!(f.to_original(2..99).chars(), 2..3);
        assert_eq!(Folded::new("").to_original(0..0).chars(), 0..0);
    }
}
