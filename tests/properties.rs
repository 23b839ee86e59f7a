//! Invariants of tokenization and folding, checked on generated strings.
//!
//! - `tokenize` never panics;
//! - every span lies on char boundaries and its char offsets agree with its bytes;
//! - tokens are ordered and disjoint, and hold no white space but the thousands
//!   separators of numbers (`5 000`);
//! - every char that is not white space is covered by a token (tokens are lossless);
//! - sentences partition the tokens;
//! - folding never panics and maps every folded range back onto char boundaries;
//! - extracted entities lie on token boundaries, in order, inside one sentence, never
//!   overlap, and their values are well formed, with or without a document date.

use gazette::Extractor;
use gazette::normalize::Folded;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| {
    Extractor::builder()
        .build()
        .expect("bundled resources build")
});
use gazette::tokenizer::tokenize;
use proptest::prelude::*;

const CASES: u32 = 10_000;

/// Pieces of French news text and of hostile input, glued without separators so that
/// every pair of them meets somewhere.
const PIECES: &[&str] = &[
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\u{A0}",
    "\u{202F}",
    "\t",
    "l'",
    "L’",
    "d’",
    "qu'",
    "jusqu’",
    "aujourd'hui",
    "c'est-à-dire",
    "armée",
    "États-Unis",
    "Nahr-e",
    "a",
    "-t-il",
    "-elle",
    "dit",
    "5",
    "000",
    " 000",
    "\u{A0}000",
    "3,5",
    "1er",
    "12h30",
    "M.",
    "Mme",
    "J.-C.",
    "A.",
    "etc.",
    ".",
    "..",
    "...",
    "…",
    "?",
    "!",
    "?!",
    ",",
    ";",
    ":",
    "«",
    "»",
    "\"",
    "(",
    ")",
    "[",
    "-",
    "--",
    "—",
    "–",
    "'",
    "’",
    "/",
    "@",
    "#",
    "%",
    "€",
    "°",
    "n°",
    "http://x.fr",
    "www.",
    "https://",
    "é",
    "\u{301}",
    "\u{AD}",
    "\u{200D}",
    "👍🏽",
    "\u{600}",
    "\u{0}",
    "ﬁ",
    "Œ",
    "İ",
    "KABOUL",
    "Kaboul",
    "talibans",
    "Il",
    "Les",
    "x",
    " mercredi",
    " samedi 1er mai",
    " 2021",
    " 12h30",
    " 16 heures",
    " au moins 20 soldats",
    " une centaine de",
    " 2015-2016",
    " XXe siècle",
    " dernier",
    " la province de Bamyor",
    " le colonel Sonny Leggett",
    " Leggett",
    " (Reuters) - ",
    "date 2020-03\n",
    " Météo France",
    " ministère de la Défense",
    " forces afghanes",
    " près de",
    " à l'est de",
    " est de",
    " prix",
    " Carl-Sagan",
    " quatorze juillet",
    " Hier matin",
    " (Afghanistan) (AFP) - ",
    " CNDD-FDD",
    " trois autres policiers",
    " garde des Sceaux",
    " Alistair et Jonathan",
];

fn french_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat())
}

fn check_tokenization(text: &str) -> Result<(), TestCaseError> {
    let t = tokenize(text);
    let mut chars = CharCount::new(text);
    let mut previous_end = 0;
    for token in t.tokens() {
        let span = token.span();
        prop_assert!(
            span.byte_start() < span.byte_end(),
            "empty token {:?}",
            token
        );
        prop_assert!(
            text.is_char_boundary(span.byte_start()) && text.is_char_boundary(span.byte_end())
        );
        prop_assert_eq!(&text[span.bytes()], token.text());
        prop_assert_eq!(chars.before(span.byte_start()), span.char_start());
        prop_assert_eq!(token.text().chars().count(), span.chars().len());
        prop_assert!(span.byte_start() >= previous_end, "overlap at {:?}", token);
        prop_assert!(
            thousands_separators_only(token),
            "white space in {:?}",
            token
        );
        let gap = &text[previous_end..span.byte_start()];
        prop_assert!(gap.chars().all(char::is_whitespace), "uncovered {:?}", gap);
        previous_end = span.byte_end();
    }
    prop_assert!(text[previous_end..].chars().all(char::is_whitespace));
    let mut next = 0;
    for sentence in t.sentences() {
        let range = sentence.tokens();
        prop_assert_eq!(range.start, next);
        prop_assert!(range.end > range.start);
        let first = t.tokens()[range.start].span();
        let last = t.tokens()[range.end - 1].span();
        prop_assert_eq!(sentence.span(), first.cover(last));
        next = range.end;
    }
    prop_assert_eq!(next, t.tokens().len());
    Ok(())
}

/// The only white space a token may hold is one char between digits in a number: `5 000`.
fn thousands_separators_only(token: &gazette::tokenizer::Token<'_>) -> bool {
    let chars: Vec<char> = token.text().chars().collect();
    chars.iter().enumerate().all(|(i, c)| {
        !c.is_whitespace()
            || (token.kind() == gazette::tokenizer::TokenKind::Number
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit))
    })
}

fn check_folding(text: &str, a: usize, b: usize) -> Result<(), TestCaseError> {
    let folded = Folded::new(text);
    let len = folded.as_str().len();
    let (start, end) = (a % (len + 1), b % (len + 1));
    let span = folded.to_original(start.min(end)..start.max(end));
    prop_assert!(span.byte_end() <= text.len());
    prop_assert!(span.byte_start() <= span.byte_end());
    prop_assert!(
        text.is_char_boundary(span.byte_start()) && text.is_char_boundary(span.byte_end())
    );
    prop_assert_eq!(text[..span.byte_start()].chars().count(), span.char_start());
    prop_assert_eq!(text[span.bytes()].chars().count(), span.chars().len());
    Ok(())
}

fn check_entities(text: &str) -> Result<(), TestCaseError> {
    check_document(&EXTRACTOR.extract(text), text)?;
    check_document(&EXTRACTOR.extract_with_date(text, "2021-05"), text)
}

/// A date value is ISO 8601 as gazette writes it: `2021`, `2021-05`, `2021-05-01`,
/// `XXXX-05-01`, `2015/2016`, a century `19`, `T12:30`, `P14M`, `PT24H`.
fn well_formed_value(label: &str, value: &str) -> bool {
    let digits_or_x = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || c == 'X');
    match label {
        "DATE" => value.split(['/', '-']).all(digits_or_x),
        "TIME" => value.starts_with('T') && value[1..].split(':').all(digits_or_x),
        "DURATION" => value.starts_with('P') && value.len() > 2,
        "QUANTITY" => value.parse::<f64>().is_ok(),
        _ => false,
    }
}

/// Char offsets of byte offsets, counted on from the last one asked: the checks ask in
/// text order, and counting from the start each time made them quadratic on long texts.
struct CharCount<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharCount<'t> {
    fn new(text: &'t str) -> Self {
        CharCount {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The number of chars before byte `byte` (a char boundary).
    fn before(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            // Out of order (an invariant the caller checks broke): count afresh.
            return self.text[..byte].chars().count();
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

fn check_document(doc: &gazette::Document<'_>, text: &str) -> Result<(), TestCaseError> {
    let tokens = doc.tokens();
    let sentences = doc.sentences();
    let mut chars = CharCount::new(text);
    let mut previous_end = 0;
    for e in doc.entities() {
        let span = e.span();
        prop_assert!(
            span.byte_start() >= previous_end,
            "overlapping entity {:?}",
            e
        );
        prop_assert!(span.byte_start() < span.byte_end());
        prop_assert_eq!(&text[span.bytes()], e.text());
        prop_assert_eq!(chars.before(span.byte_start()), span.char_start());
        // Tokens and sentences are in text order and do not overlap (the tokenization
        // checks hold them to it): searched by halves.
        let starts = tokens
            .binary_search_by_key(&span.byte_start(), |t| t.span().byte_start())
            .is_ok();
        let ends = tokens
            .binary_search_by_key(&span.byte_end(), |t| t.span().byte_end())
            .is_ok();
        prop_assert!(starts && ends, "entity off token boundaries {:?}", e);
        let sentence = sentences.partition_point(|s| s.span().byte_end() <= span.byte_start());
        let in_one_sentence = sentences.get(sentence).is_some_and(|s| {
            s.span().byte_start() <= span.byte_start() && span.byte_end() <= s.span().byte_end()
        });
        prop_assert!(in_one_sentence, "entity across sentences {:?}", e);
        if let Some(value) = e.value() {
            prop_assert!(well_formed_value(e.label(), value), "bad value {:?}", e);
        }
        previous_end = span.byte_end();
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn tokenize_invariants_on_any_string(text in any::<String>()) {
        check_tokenization(&text)?;
    }

    #[test]
    fn tokenize_invariants_on_french_like_text(text in french_like()) {
        check_tokenization(&text)?;
    }

    #[test]
    fn entities_never_overlap(text in french_like()) {
        check_entities(&text)?;
    }

    #[test]
    fn entities_on_any_string(text in any::<String>()) {
        check_entities(&text)?;
    }

    #[test]
    fn fold_maps_back_onto_char_boundaries(text in french_like(), a in any::<usize>(), b in any::<usize>()) {
        check_folding(&text, a, b)?;
    }

    #[test]
    fn fold_maps_back_on_any_string(text in any::<String>(), a in any::<usize>(), b in any::<usize>()) {
        check_folding(&text, a, b)?;
    }
}

#[test]
fn huge_and_degenerate_inputs() {
    let long_word = "a".repeat(1 << 20);
    let digits = "1 000 ".repeat(50_000);
    let dots = ".".repeat(100_000);
    let caps = "LES TALIBANS ONT ATTAQUÉ KANDAHAR. ".repeat(10_000);
    let binary: String = (0u32..0x3000).filter_map(char::from_u32).collect();
    let names = "Sonny Leggett Kandahar Météo France ".repeat(20_000);
    // Short forms in parentheses after long ones, and events before years, by the
    // thousand: each is settled without scanning every other entity.
    let parentheses =
        "le Groupe de test Atlas (GTA) et le Club Ouest (CO), la Coupe Alma 2016, Luke McKenzie. "
            .repeat(2_000);
    // One endless list of names, known and unknown, and institutions: the list step
    // reads each name once.
    let list = "Paris, Anne Morel, Zorvan Keltic, l'hôpital de Lille et ".repeat(2_000);
    // Endless compounds: the tokenizer's look-ups at each hyphen and apostrophe stop
    // after a few bytes (they read to the end of the compound, quadratic, before).
    let hyphens = "Nahr-e-".repeat(15_000);
    let elisions = "l’".repeat(25_000);
    for text in [
        long_word.as_str(),
        &digits,
        &dots,
        &caps,
        &binary,
        &names,
        &parentheses,
        &list,
        &hyphens,
        &elisions,
    ] {
        check_tokenization(text).expect("invariants hold");
        check_entities(text).expect("entity invariants hold");
    }
}
