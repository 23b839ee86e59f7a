//! Sentence boundaries, decided on the tokens the scanner made.
//!
//! A sentence ends:
//! - after `.`, `!`, `?`, `...` or `…` (with any closing quotes and brackets that
//!   follow) when the next token can start a sentence: a capital, a digit, an opening
//!   quote or bracket, a dash, or the end of the text; after a full stop that follows a
//!   word of five letters or more, a small letter starts a sentence too;
//! - after an abbreviation that may close a sentence (`etc.`, `J.-C.`) before a capital;
//! - at a paragraph break (an empty line), always;
//! - at a single line break when the next line does not continue the sentence (it does
//!   not start with a small letter and the line before does not end with a comma, an
//!   opening bracket or an elided word), which is how headlines and datelines end.
//!
//! - before a capitalised function word after `;` or `:` (`… ; Les talibans …`) and
//!   before a capitalised subject pronoun right after a word, since French writes both in
//!   small letters inside a sentence.
//!
//! An abbreviation before a name (`M.`, `Dr.`, `A.`) never ends a sentence, and neither
//! does an ellipsis in brackets (`(...)`).

use super::fr::{self, Abbreviation};
use super::{Sentence, Token, TokenFlags, TokenKind};

pub(super) fn split(tokens: &mut [Token<'_>]) -> Vec<Sentence> {
    // News sentences run to about twenty tokens, headlines and datelines to fewer.
    let mut sentences = Vec::with_capacity(tokens.len() / 10 + 1);
    let mut start = 0;
    let mut quote_open = false;
    let mut i = 0;
    while i < tokens.len() {
        if i > start && line_break_ends_sentence(&tokens[i - 1], &tokens[i]) {
            sentences.push(close(tokens, start, i));
            start = i;
            quote_open = false;
        }
        let token = &tokens[i];
        if is_straight_quote(token) {
            quote_open = !is_closing_quote(tokens, i, quote_open);
        }
        if i + 1 < tokens.len() && starts_after_lax_punctuation(tokens, i) {
            sentences.push(close(tokens, start, i + 1));
            start = i + 1;
            i += 1;
            continue;
        }
        let ends = match token.kind {
            TokenKind::Punctuation => is_terminal(tokens, i),
            TokenKind::Word if token.flags.contains(TokenFlags::ABBREVIATION) => {
                let word = &token.text[..token.text.len() - 1];
                fr::abbreviation(word) == Abbreviation::MayEndSentence
            }
            _ => false,
        };
        if ends {
            // Closing quotes and brackets belong to the sentence they close.
            let mut j = i + 1;
            while j < tokens.len()
                && !tokens[j].flags.contains(TokenFlags::LINE_START)
                && is_closing(tokens, j, quote_open)
            {
                if is_straight_quote(&tokens[j]) {
                    quote_open = false;
                }
                j += 1;
            }
            let next = tokens.get(j);
            let boundary = match next {
                None => true,
                Some(next) if token.kind == TokenKind::Word => {
                    next.flags.contains(TokenFlags::CAPITALIZED)
                }
                Some(next) => {
                    can_start_sentence(tokens, j, quote_open)
                        || (j == i + 1 && small_letter_starts_sentence(tokens, i, next))
                }
            };
            if boundary && j < tokens.len() {
                sentences.push(close(tokens, start, j));
                start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < tokens.len() {
        sentences.push(close(tokens, start, tokens.len()));
    }
    sentences
}

fn close(tokens: &mut [Token<'_>], start: usize, end: usize) -> Sentence {
    tokens[start].flags |= TokenFlags::SENTENCE_START;
    Sentence {
        span: tokens[start].span.cover(tokens[end - 1].span),
        tokens: start..end,
    }
}

/// `.`, `!`, `?`, `?!`, `...` and `…`, except an ellipsis in brackets, `(...)`, which
/// marks a cut in a quotation.
fn is_terminal(tokens: &[Token<'_>], i: usize) -> bool {
    let text = tokens[i].text;
    let ellipsis = text == "…" || text.starts_with("..");
    if ellipsis {
        let bracketed = i > 0
            && matches!(tokens[i - 1].text, "(" | "[")
            && tokens
                .get(i + 1)
                .is_some_and(|t| matches!(t.text, ")" | "]"));
        return !bracketed;
    }
    text == "." || text.chars().all(|c| matches!(c, '!' | '?'))
}

/// A capitalised function word after `;` or `:`, or a capitalised subject pronoun right
/// after a word: French writes these in small letters inside a sentence, so a capital
/// there means a new sentence whose final punctuation is missing.
fn starts_after_lax_punctuation(tokens: &[Token<'_>], i: usize) -> bool {
    let (token, next) = (&tokens[i], &tokens[i + 1]);
    if !next.flags.contains(TokenFlags::CAPITALIZED) || next.flags.contains(TokenFlags::ALL_CAPS) {
        return false;
    }
    match token.text {
        // `1789 : La Révolution…` is a chronology entry, not two sentences.
        ":" if i > 0 && tokens[i - 1].kind == TokenKind::Number => false,
        ";" | ":" => fr::is_sentence_opener(next.text),
        ")" => fr::is_subject_pronoun(next.text),
        _ => {
            matches!(token.kind, TokenKind::Word | TokenKind::Number)
                && fr::is_subject_pronoun(next.text)
        }
    }
}

/// After a full stop, a small letter usually continues the sentence of an abbreviation
/// the lexicon lacks (`env. 20`, `boul. Raspail`); after a long word, it starts a new
/// sentence whose writer forgot the capital.
fn small_letter_starts_sentence(tokens: &[Token<'_>], i: usize, next: &Token<'_>) -> bool {
    tokens[i].text == "."
        && next.kind == TokenKind::Word
        && next.text.starts_with(char::is_lowercase)
        && i > 0
        && tokens[i - 1].kind == TokenKind::Word
        && tokens[i - 1]
            .text
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            >= 5
}

fn is_straight_quote(token: &Token<'_>) -> bool {
    token.text == "\""
}

/// Whether the straight quote at `i` closes a quotation. Glued to the word before and
/// not to the word after, it closes; the other way round, it opens; spaced on both
/// sides (or on neither), it closes whatever is open.
fn is_closing_quote(tokens: &[Token<'_>], i: usize, quote_open: bool) -> bool {
    let glued_left = i > 0 && !tokens[i].flags.contains(TokenFlags::SPACE_BEFORE);
    let glued_right = tokens
        .get(i + 1)
        .is_some_and(|t| !t.flags.contains(TokenFlags::SPACE_BEFORE));
    match (glued_left, glued_right) {
        (true, false) => true,
        (false, true) => false,
        _ => quote_open,
    }
}

fn is_closing(tokens: &[Token<'_>], j: usize, quote_open: bool) -> bool {
    match tokens[j].text {
        ")" | "]" | "}" | "»" | "”" | "’" | "›" | "'" => true,
        "\"" => is_closing_quote(tokens, j, quote_open),
        _ => false,
    }
}

fn can_start_sentence(tokens: &[Token<'_>], j: usize, quote_open: bool) -> bool {
    let token = &tokens[j];
    let Some(first) = token.text.chars().next() else {
        return false;
    };
    if first.is_alphanumeric() {
        return first.is_uppercase() || first.is_numeric();
    }
    match first {
        '"' => !is_closing_quote(tokens, j, quote_open),
        '«' | '“' | '„' | '‹' | '(' | '[' | '-' | '–' | '—' | '¿' | '¡' | '•' | '*' | '\''
        | '‘' | '…' => true,
        _ => token.kind == TokenKind::Symbol || token.kind == TokenKind::Url,
    }
}

fn line_break_ends_sentence(prev: &Token<'_>, next: &Token<'_>) -> bool {
    if next.flags.contains(TokenFlags::PARAGRAPH_START) {
        return true;
    }
    if !next.flags.contains(TokenFlags::LINE_START) {
        return false;
    }
    let continues = next.text.starts_with(char::is_lowercase)
        || matches!(prev.text, "," | "(" | "[" | "«" | "“" | "-")
        || prev.flags.contains(TokenFlags::ELIDED);
    !continues
}
