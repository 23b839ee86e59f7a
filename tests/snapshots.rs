//! Insta snapshots of the bundled sample articles: tokens and sentences, and gazetteer
//! matches.
//!
//! Each token is written on one line, `start..end text kind [flags]` (char offsets), and
//! grouped by sentence, so a change in tokenization shows as a readable diff.
//! Review changes with `cargo insta review`.

use gazette::Extractor;
use serde::Serialize;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        Extractor::builder()
            .build()
            .expect("bundled resources build")
    })
}

#[derive(Serialize)]
struct SentenceView {
    start: usize,
    end: usize,
    tokens: Vec<String>,
}

#[test]
fn sample_article_tokens() {
    let extractor = extractor();
    insta::glob!("../examples/data", "*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("sample article is UTF-8");
        let doc = extractor.extract(&text);
        let view: Vec<SentenceView> = doc
            .sentences()
            .iter()
            .map(|s| SentenceView {
                start: s.span().char_start(),
                end: s.span().char_end(),
                tokens: doc
                    .sentence_tokens(s)
                    .iter()
                    .map(|t| {
                        let flags: Vec<&str> = t.flags().names().collect();
                        let kind = serde_json::to_value(t.kind()).expect("kind serialises");
                        format!(
                            "{}..{} {} {} [{}]",
                            t.span().char_start(),
                            t.span().char_end(),
                            t.text(),
                            kind.as_str().unwrap_or("?"),
                            flags.join(",")
                        )
                    })
                    .collect(),
            })
            .collect();
        insta::assert_json_snapshot!(view);
    });
}

/// Every gazetteer candidate, `start..end text -> id (label, file:line)`, with `*` on
/// the ones the overlap policy keeps.
#[test]
fn sample_article_gazetteer_matches() {
    let extractor = extractor();
    let gazetteer = extractor.gazetteer();
    insta::glob!("../examples/data", "*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("sample article is UTF-8");
        let tokens = gazette::tokenizer::tokenize(&text);
        let all = gazetteer.find(&text, tokens.tokens());
        let kept = gazette::gazetteer::resolve_overlaps(&all);
        let view: Vec<String> = all
            .iter()
            .map(|m| {
                let e = gazetteer.entry(m.entry());
                format!(
                    "{}{}..{} {} -> {} ({}, {})",
                    if kept.contains(m) { "*" } else { " " },
                    m.span().char_start(),
                    m.span().char_end(),
                    &text[m.span().bytes()],
                    e.id(),
                    e.label(),
                    e.source()
                )
            })
            .collect();
        insta::assert_json_snapshot!(view);
    });
}

/// Every entity the extractor keeps, `start..end LABEL text = value [unit] #id <- source`,
/// and the dateline and date the document gives itself.
/// The document date, the dateline and every entity, one a line.
fn entities_view(text: &str) -> Vec<String> {
    let doc = extractor().extract(text);
    let mut view: Vec<String> = vec![format!(
        "date: {:?}, dateline: {:?}",
        doc.date(),
        doc.dateline()
    )];
    view.extend(
        doc.entities()
            .iter()
            .map(|e| format!("{}..{} {e}", e.span().char_start(), e.span().char_end())),
    );
    view
}

#[test]
fn sample_article_entities() {
    insta::glob!("../examples/data", "*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("sample article is UTF-8");
        insta::assert_json_snapshot!(entities_view(&text));
    });
}

/// Articles kept for the tests only (not in the bench corpus): regional and court news,
/// with ages, initials, communes and holidays; an economy flash with a line in
/// capitals, a headline that names a person before the body does, amounts in `M€` and
/// `Md€`.
#[test]
fn regional_article_entities() {
    insta::glob!("data/articles", "*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("test article is UTF-8");
        insta::assert_json_snapshot!(entities_view(&text));
    });
}
