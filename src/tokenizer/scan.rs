//! The scanner: one left-to-right pass over the text that cuts it into tokens.
//!
//! It works on chars with an ASCII fast path and keeps byte and char offsets in step,
//! so no offset is ever recomputed. Decisions that need context (is this apostrophe an
//! elision? is this period part of `M.`?) look a few chars ahead in the `&str`.

use super::fr::{self, Abbreviation};
use super::{Token, TokenFlags, TokenKind};
use crate::Span;
use unicode_normalization::char::is_combining_mark;
use unicode_segmentation::UnicodeSegmentation;

/// Byte offset and char offset of the same place in the text.
#[derive(Debug, Clone, Copy)]
struct Cursor {
    byte: usize,
    char: usize,
}

impl Cursor {
    fn step(self, c: char) -> Cursor {
        Cursor {
            byte: self.byte + c.len_utf8(),
            char: self.char + 1,
        }
    }
}

/// White space seen between two tokens.
#[derive(Debug, Clone, Copy, Default)]
struct Gap {
    space: bool,
    newlines: usize,
}

/// What a byte is to [`Scanner::plain_word`], read from a table: one look-up a byte of
/// the commonest tokens instead of a chain of comparisons.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PlainWord {
    /// An ASCII letter or digit.
    Letter,
    /// `0xC3`, which starts the two bytes of `À`..`ÿ`.
    Latin1Lead,
    /// A space, a line break, a comma or a closing parenthesis: the word ends.
    End,
    /// Anything else: the general path decides.
    Other,
}

static PLAIN_WORD: [PlainWord; 256] = {
    let mut table = [PlainWord::Other; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() {
            PlainWord::Letter
        } else if byte == 0xC3 {
            PlainWord::Latin1Lead
        } else if matches!(byte, b' ' | b'\n' | b',' | b')') {
            PlainWord::End
        } else {
            PlainWord::Other
        };
        b += 1;
    }
    table
};

pub(super) struct Scanner<'t> {
    text: &'t str,
    tokens: Vec<Token<'t>>,
}

impl<'t> Scanner<'t> {
    pub(super) fn new(text: &'t str) -> Scanner<'t> {
        Scanner {
            text,
            // French news averages a token every 5 to 6 bytes.
            tokens: Vec::with_capacity(text.len() / 5 + 1),
        }
    }

    pub(super) fn run(mut self) -> Vec<Token<'t>> {
        let mut at = Cursor { byte: 0, char: 0 };
        // The start of the text counts as the start of a paragraph.
        let mut gap = Gap {
            space: false,
            newlines: 2,
        };
        while let Some(c) = self.char_at(at.byte) {
            if c.is_whitespace() {
                gap.space = true;
                gap.newlines += match c {
                    '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' => 1,
                    '\r' if self.char_at(at.byte + 1) != Some('\n') => 1,
                    '\u{2029}' => 2,
                    _ => 0,
                };
                at = at.step(c);
                continue;
            }
            let (end, kind, mut flags) = match self.plain_word(at) {
                Some(end) => (end, TokenKind::Word, TokenFlags::empty()),
                None => self.token(at, c),
            };
            debug_assert!(end.byte > at.byte);
            if gap.space {
                flags |= TokenFlags::SPACE_BEFORE;
            }
            if gap.newlines >= 1 {
                flags |= TokenFlags::LINE_START;
            }
            if gap.newlines >= 2 {
                flags |= TokenFlags::PARAGRAPH_START;
            }
            let text = &self.text[at.byte..end.byte];
            if kind == TokenKind::Word {
                flags |= case_flags(text);
            }
            self.tokens.push(Token {
                text,
                span: Span::new(at.byte..end.byte, at.char..end.char),
                kind,
                flags,
            });
            at = end;
            gap = Gap::default();
        }
        self.tokens
    }

    /// The end of the commonest token, when one starts at `at`: a word of letters
    /// (ASCII or Latin-1) and digits, starting with a letter not glued to a number,
    /// and ended by a space, a line break, a comma or a closing parenthesis. For it,
    /// [`Scanner::token`] would find the same end with none of its tests firing; the
    /// fast path takes about a token in two of French news.
    #[inline]
    fn plain_word(&self, at: Cursor) -> Option<Cursor> {
        let bytes = self.text.as_bytes();
        let first = *bytes.get(at.byte)?;
        let after_digit = at.byte > 0 && bytes[at.byte - 1].is_ascii_digit();
        if !first.is_ascii_alphabetic() || after_digit {
            return None;
        }
        let mut end = at;
        loop {
            let b = *bytes.get(end.byte)?;
            match PLAIN_WORD[usize::from(b)] {
                PlainWord::Letter => {
                    end.byte += 1;
                    end.char += 1;
                }
                // `À`..`ÿ` but `×` and `÷`: letters, two bytes each.
                PlainWord::Latin1Lead
                    if bytes
                        .get(end.byte + 1)
                        .is_some_and(|&b| (0x80..0xC0).contains(&b) && b != 0x97 && b != 0xB7) =>
                {
                    end.byte += 2;
                    end.char += 1;
                }
                PlainWord::End => return Some(end),
                _ => return None,
            }
        }
    }

    #[inline]
    fn char_at(&self, byte: usize) -> Option<char> {
        let b = *self.text.as_bytes().get(byte)?;
        if b < 0x80 {
            Some(b as char)
        } else {
            self.text[byte..].chars().next()
        }
    }

    fn char_before(&self, byte: usize) -> Option<char> {
        self.text[..byte].chars().next_back()
    }

    /// Scans the token that starts at `at` with char `c`.
    fn token(&self, at: Cursor, c: char) -> (Cursor, TokenKind, TokenFlags) {
        let next = self.char_at(at.byte + c.len_utf8());
        if fr::is_alphanumeric(c) {
            if matches!(c, 'h' | 'H' | 'w' | 'W')
                && let Some(end) = self.url(at)
            {
                return (end, TokenKind::Url, TokenFlags::empty());
            }
            return self.word(at, at);
        }
        let prev = self.char_before(at.byte);
        let after_space_or_open = prev.is_none_or(|p| p.is_whitespace() || is_opening(p));
        match c {
            // A signed number: `-3`, `+14`, `-0,8`, but not the hyphen of `1971-72`.
            '-' | '+' | '\u{2212}'
                if next.is_some_and(|n| n.is_ascii_digit()) && after_space_or_open =>
            {
                let (end, _, flags) = self.word(at, at.step(c));
                (end, TokenKind::Number, flags)
            }
            // `a` `-t-il`, `dit` `-elle`: the pronoun keeps its hyphen.
            '-' | '\u{2010}' | '\u{2011}' if prev.is_some_and(fr::is_alphanumeric) => {
                match fr::inverted_pronoun_len(&self.text[at.byte..]) {
                    Some(len) => (self.advance(at, len), TokenKind::Word, TokenFlags::empty()),
                    None => (
                        self.run_of(at, |x| x == c),
                        TokenKind::Punctuation,
                        TokenFlags::empty(),
                    ),
                }
            }
            // `#Kaboul`, `@Reuters`.
            '#' | '@' if next.is_some_and(fr::is_alphanumeric) && after_space_or_open => {
                self.word(at, at.step(c))
            }
            // `...`, `?!`, `--` are one token each.
            '.' | '-' => (
                self.run_of(at, |x| x == c),
                TokenKind::Punctuation,
                TokenFlags::empty(),
            ),
            '!' | '?' => (
                self.run_of(at, |x| x == '!' || x == '?'),
                TokenKind::Punctuation,
                TokenFlags::empty(),
            ),
            c if is_punctuation(c) => (at.step(c), TokenKind::Punctuation, TokenFlags::empty()),
            _ => (self.grapheme(at), TokenKind::Symbol, TokenFlags::empty()),
        }
    }

    /// Advances `at` over `len` bytes of text, counting chars.
    fn advance(&self, at: Cursor, len: usize) -> Cursor {
        let slice = &self.text[at.byte..at.byte + len];
        Cursor {
            byte: at.byte + len,
            char: at.char + slice.chars().count(),
        }
    }

    /// [`Scanner::run_of`] for a class whose ASCII members are exactly the bytes
    /// `ascii` accepts: runs of ASCII, most of every word, are taken a byte at a time
    /// without decoding chars.
    fn run_of_class(
        &self,
        mut at: Cursor,
        ascii: impl Fn(u8) -> bool,
        same: impl Fn(char) -> bool,
    ) -> Cursor {
        let bytes = self.text.as_bytes();
        loop {
            let run = bytes
                .get(at.byte..)
                .unwrap_or_default()
                .iter()
                .take_while(|&&b| ascii(b))
                .count();
            at.byte += run;
            at.char += run;
            match bytes.get(at.byte) {
                Some(&b) if b >= 0x80 => match self.char_at(at.byte).filter(|&c| same(c)) {
                    Some(c) => at = at.step(c),
                    None => return at,
                },
                _ => return at,
            }
        }
    }

    fn run_of(&self, mut at: Cursor, same: impl Fn(char) -> bool) -> Cursor {
        while let Some(c) = self.char_at(at.byte).filter(|&c| same(c)) {
            at = at.step(c);
        }
        at
    }

    /// One user-perceived character (an emoji with its modifiers, a letter with its
    /// marks), cut before any white space so that no token ever covers white space.
    fn grapheme(&self, at: Cursor) -> Cursor {
        let rest = &self.text[at.byte..];
        let cluster = rest.graphemes(true).next().unwrap_or(rest);
        let cluster = match cluster.find(char::is_whitespace) {
            Some(0) | None => cluster,
            Some(i) => &cluster[..i],
        };
        let len = if cluster.is_empty() {
            rest.chars().next().map_or(0, char::len_utf8)
        } else {
            cluster.len()
        };
        self.advance(at, len)
    }

    /// `http://…`, `https://…`, `www.…` up to white space, without trailing punctuation.
    fn url(&self, at: Cursor) -> Option<Cursor> {
        let rest = &self.text[at.byte..];
        let head = rest.get(..8).unwrap_or(rest);
        let prefix = ["http://", "https://", "www."].into_iter().find(|p| {
            head.len() >= p.len()
                && head.is_char_boundary(p.len())
                && head[..p.len()].eq_ignore_ascii_case(p)
        })?;
        let mut url = &rest[..rest.find(char::is_whitespace).unwrap_or(rest.len())];
        while let Some(last) = url.chars().next_back() {
            let unbalanced_paren =
                last == ')' && url.matches('(').count() < url.matches(')').count();
            let trailing_punctuation =
                last != ')' && last != '/' && (is_punctuation(last) || fr::is_apostrophe(last));
            if !(unbalanced_paren || trailing_punctuation) {
                break;
            }
            url = &url[..url.len() - last.len_utf8()];
        }
        // A bare `www.` or `http://` is not a URL.
        (url.len() > prefix.len()).then(|| self.advance(at, url.len()))
    }

    /// Scans a word or number. `start` is where the token starts (a sign or `#` may
    /// precede the first alphanumeric char, which is at `body`).
    fn word(&self, start: Cursor, body: Cursor) -> (Cursor, TokenKind, TokenFlags) {
        let kind = match self.char_at(body.byte) {
            Some(c) if c.is_ascii_digit() => TokenKind::Number,
            _ => TokenKind::Word,
        };
        let mut at = body;
        let mut has_connector = false;
        // Digit grouping (`5 000`) is allowed while the token is digits and groups only.
        let mut only_digits = kind == TokenKind::Number;
        let mut groups = 0;
        let mut segment_start = at;
        // Letters glued to a number are a token of their own (`20` `h` `30`), and so are
        // the digits glued to them.
        // An ASCII digit is one byte, and no byte of another char looks like one.
        let after_digit = start
            .byte
            .checked_sub(1)
            .and_then(|b| self.text.as_bytes().get(b))
            .is_some_and(u8::is_ascii_digit);
        loop {
            let run_start = at;
            at = match kind {
                TokenKind::Number => self.number_run(at),
                _ if after_digit && !has_connector => {
                    self.run_of_class(at, |b| b.is_ascii_alphabetic(), is_letter_char)
                }
                _ => self.run_of_class(at, |b| b.is_ascii_alphanumeric(), is_word_char),
            };
            let Some(c) = self.char_at(at.byte) else {
                break;
            };
            let run_len = at.byte - run_start.byte;
            if only_digits
                && !self.text.as_bytes()[run_start.byte..at.byte]
                    .iter()
                    .all(u8::is_ascii_digit)
            {
                only_digits = false;
            }
            // The common case, a word followed by a space or a comma, decides at once.
            let ends_here = match c {
                ' ' | '\n' | ')' => !only_digits,
                ',' => kind != TokenKind::Number,
                _ => false,
            };
            if ends_here {
                break;
            }
            let after = at.step(c);
            let next = self.char_at(after.byte);
            let next_alnum = next.is_some_and(fr::is_alphanumeric);
            let is_hyphen = matches!(c, '-' | '\u{2010}' | '\u{2011}');
            if !has_connector
                && start.byte == body.byte
                && (is_hyphen || fr::is_apostrophe(c))
                && let Some(len) = fr::lexicalised_len(&self.text[start.byte..])
            {
                return (self.advance(start, len), kind, TokenFlags::empty());
            }
            match c {
                c if fr::is_apostrophe(c) && (next_alnum || next.is_some_and(is_opening_quote)) => {
                    let word = &self.text[start.byte..at.byte];
                    let proper_after_n =
                        matches!(word, "n" | "N") && next.is_some_and(char::is_uppercase);
                    if !has_connector && fr::is_clitic(word) && !proper_after_n {
                        return (after, TokenKind::Word, TokenFlags::ELIDED);
                    }
                    if !next_alnum {
                        break;
                    }
                }
                _ if is_hyphen && next_alnum => {
                    if fr::inverted_pronoun_len(&self.text[at.byte..]).is_some() {
                        break;
                    }
                    segment_start = after;
                }
                '.' if next_alnum => segment_start = after,
                // `J.-C.`: an initial, a period and a hyphen before the next initial.
                '.' if next == Some('-')
                    && at.char - segment_start.char <= 2
                    && self.char_at(after.byte + 1).is_some_and(char::is_uppercase) =>
                {
                    at = after.step('-');
                    segment_start = at;
                    has_connector = true;
                    continue;
                }
                ',' | ':'
                    if next.is_some_and(|n| n.is_ascii_digit())
                        && self
                            .char_before(at.byte)
                            .is_some_and(|p| p.is_ascii_digit()) => {}
                '&' | '_' | '@' if next_alnum => {}
                '°' if matches!(&self.text[start.byte..at.byte], "n" | "N") => {
                    at = after;
                    break;
                }
                ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}'
                    if only_digits
                        && (groups > 0 || run_len <= 3)
                        && self.digit_group_at(after.byte) =>
                {
                    at = Cursor {
                        byte: after.byte + 3,
                        char: after.char + 3,
                    };
                    groups += 1;
                    continue;
                }
                _ => break,
            }
            at = after;
            has_connector = true;
        }
        // A trailing period stays with an abbreviation or an initial: `M.`, `J.-C.`, `etc.`.
        let mut flags = TokenFlags::empty();
        if self.char_at(at.byte) == Some('.') && self.char_at(at.byte + 1) != Some('.') {
            let word = &self.text[start.byte..at.byte];
            let keeps_period = match fr::abbreviation(word) {
                Abbreviation::No => false,
                // A lone capital is an initial only before a name: `John F. Kennedy`,
                // but `Mac OS X. Une version…` and `Dagobert I.` at the end.
                Abbreviation::BeforeName if word.chars().nth(1).is_none() => {
                    self.name_follows(at.byte + 1)
                }
                _ => true,
            };
            if keeps_period {
                at = at.step('.');
                flags |= TokenFlags::ABBREVIATION;
            }
        }
        (at, kind, flags)
    }

    /// Digits, then an ordinal ending if one follows (`1er`, `3ème`), and no other letter.
    fn number_run(&self, at: Cursor) -> Cursor {
        let digits_end = self.run_of_class(at, |b| b.is_ascii_digit(), fr::is_numeric);
        let letters_end =
            self.run_of_class(digits_end, |b| b.is_ascii_alphabetic(), is_letter_char);
        let suffix = &self.text[digits_end.byte..letters_end.byte];
        let ends_word = self
            .char_at(letters_end.byte)
            .is_none_or(|c| !is_word_char(c));
        if !suffix.is_empty() && ends_word && fr::is_ordinal_suffix(suffix) {
            letters_end
        } else {
            digits_end
        }
    }

    /// Whether a capitalised word that is not a function word follows `byte`, on the
    /// same line, after spaces.
    fn name_follows(&self, byte: usize) -> bool {
        let rest = &self.text[byte..];
        let word_start = rest.trim_start_matches([' ', '\u{A0}', '\u{202F}', '\u{2009}', '\t']);
        if word_start.len() == rest.len() || !word_start.starts_with(char::is_uppercase) {
            return false;
        }
        let word_end = word_start
            .char_indices()
            .find(|&(_, c)| !(fr::is_alphanumeric(c) || fr::is_apostrophe(c)))
            .map_or(word_start.len(), |(i, _)| i);
        !fr::is_sentence_opener(&word_start[..word_end])
    }

    /// Whether exactly three ASCII digits start at `byte`, not followed by a letter or digit.
    fn digit_group_at(&self, byte: usize) -> bool {
        let bytes = self.text.as_bytes();
        bytes.len() >= byte + 3
            && bytes[byte..byte + 3].iter().all(u8::is_ascii_digit)
            && self
                .char_at(byte + 3)
                .is_none_or(|c| !fr::is_alphanumeric(c))
    }
}

/// Chars that continue a word: letters, digits, combining marks, soft hyphens and joiners.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        fr::is_alphanumeric(c)
            || matches!(c, '\u{AD}' | '\u{200C}' | '\u{200D}')
            || is_combining_mark(c)
    }
}

/// Word chars but digits: what continues a word glued to a number (`20h`).
fn is_letter_char(c: char) -> bool {
    is_word_char(c) && !fr::is_numeric(c)
}

/// Punctuation, as opposed to symbols (`€`, `%`, `+`, emoji); both make one-char tokens.
pub(crate) fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(c, '$' | '%' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(c,
        '\u{A1}' | '\u{A7}' | '\u{AB}' | '\u{B6}' | '\u{B7}' | '\u{BB}' | '\u{BF}'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{2E00}'..='\u{2E7F}'
        | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE4F}' | '\u{FE50}'..='\u{FE6B}' | '\u{FF01}'..='\u{FF0F}')
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '«' | '"' | '“' | '„' | '‹')
}

/// Punctuation that opens a group: a sign or `#` right after it starts a token.
pub(crate) fn is_opening(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '«' | '"' | '“' | '„' | '‹' | '\'' | '‘' | '/'
    )
}

fn case_flags(text: &str) -> TokenFlags {
    let mut chars = text.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return TokenFlags::empty();
    }
    // Most capitalised words have a small letter second, so this loop stops early.
    let mut letters = 1;
    for c in chars {
        if c.is_lowercase() {
            return TokenFlags::CAPITALIZED;
        }
        letters += usize::from(c.is_alphabetic());
    }
    if letters >= 2 {
        TokenFlags::CAPITALIZED | TokenFlags::ALL_CAPS
    } else {
        TokenFlags::CAPITALIZED
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Wherever the fast path takes a word, the general path reads the same token.
    #[test]
    fn plain_words_read_as_the_general_path_reads_them() {
        let text = "Le colonel Sonny Leggett, à Kaboul (Afghanistan) a dit\nqu'il partait. \
                    20h30 3e Été Ève naïve ×2 a÷b http://x.fr www.a.b L'armée rendez-vous \
                    M. Dupont, etc. dit-il 5 000 km J.-C. n°3 A.B.C abc\u{301} x";
        let scanner = Scanner::new(text);
        let mut taken = 0;
        for (byte, c) in text.char_indices() {
            let at = Cursor {
                byte,
                char: text[..byte].chars().count(),
            };
            if let Some(end) = scanner.plain_word(at) {
                let (general, kind, flags) = scanner.token(at, c);
                assert_eq!(
                    (end.byte, end.char),
                    (general.byte, general.char),
                    "at {byte}"
                );
                assert_eq!(
                    (kind, flags),
                    (TokenKind::Word, TokenFlags::empty()),
                    "at {byte}"
                );
                taken += 1;
            }
        }
        assert!(taken > 10, "the fast path took {taken} words");
    }

    /// `run_of_class` takes ASCII by byte: its byte tests must be the char classes.
    #[test]
    fn ascii_classes_agree_with_char_classes() {
        for b in 0u8..0x80 {
            let c = char::from(b);
            assert_eq!(b.is_ascii_alphanumeric(), is_word_char(c), "{b}");
            assert_eq!(b.is_ascii_alphabetic(), is_letter_char(c), "{b}");
            assert_eq!(b.is_ascii_digit(), fr::is_numeric(c), "{b}");
        }
    }
}
