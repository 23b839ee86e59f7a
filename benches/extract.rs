//! End-to-end throughput: `Extractor::extract` (tokens, gazetteer, rules, dates,
//! quantities, names) with the bundled resources, article by article over about 1 MB
//! of French news, against two baselines measured in the same run over the same
//! articles: gazette's tokenizer alone, and plain iteration of `unicode_segmentation`'s
//! word bounds.
//!
//! The sample articles are few (4.7 KB, repeated to 1 MB), so a large cache keeps all
//! they touch of the gazetteer hot. To measure on other news, varied as a wire feed is,
//! point `GAZETTE_BENCH_JSONL` at a file of JSON lines with a `"text"` field (the shape
//! `extract --jsonl` reads), such as `../shared/eval/data/winer-fr/dev.jsonl`:
//!
//! ```sh
//! GAZETTE_BENCH_JSONL=path/to/news.jsonl cargo bench --bench extract
//! ```

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gazette::Extractor;
use std::hint::black_box;
use unicode_segmentation::UnicodeSegmentation;

/// The texts of the JSON lines file at `path`, one article a line.
fn jsonl_texts(path: &str) -> Vec<String> {
    let lines = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("GAZETTE_BENCH_JSONL={path}: cannot read it: {e}"));
    lines
        .lines()
        .filter(|line| !line.trim().is_empty())
        .enumerate()
        .map(|(i, line)| {
            let value: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{path}:{}: not JSON: {e}", i + 1));
            match value.get("text").and_then(|t| t.as_str()) {
                Some(text) => text.to_owned(),
                None => panic!("{path}:{}: no \"text\" string", i + 1),
            }
        })
        .collect()
}

fn extract(c: &mut Criterion) {
    let text = corpus::corpus(|_| String::new());
    let external = std::env::var("GAZETTE_BENCH_JSONL")
        .ok()
        .map(|p| jsonl_texts(&p));
    // The corpus is the sample articles one after the other: extract them one by one,
    // as a wire feed would.
    let articles: Vec<&str> = match &external {
        Some(texts) => texts.iter().map(String::as_str).collect(),
        None => text
            .split("\n\n\n")
            .filter(|a| !a.trim().is_empty())
            .collect(),
    };
    let bytes: usize = articles.iter().map(|a| a.len()).sum();
    eprintln!(
        "extract bench: {} articles, {bytes} bytes ({})",
        articles.len(),
        if external.is_some() {
            "GAZETTE_BENCH_JSONL"
        } else {
            "the sample articles, repeated"
        }
    );
    let extractor = Extractor::builder()
        .build()
        .expect("bundled resources build");
    let expected: usize = articles
        .iter()
        .map(|a| extractor.extract(a).entities().len())
        .sum();

    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("gazette_extract", |b| {
        b.iter(|| {
            let found: usize = articles
                .iter()
                .map(|a| extractor.extract(black_box(a)).entities().len())
                .sum();
            assert_eq!(found, expected);
            found
        })
    });
    group.bench_function("baseline_gazette_tokenize", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| gazette::tokenizer::tokenize(black_box(a)).tokens().len())
                .sum::<usize>()
        })
    });
    group.bench_function("baseline_split_word_bound_indices", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| black_box(a).split_word_bound_indices().count())
                .sum::<usize>()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("extractor_build");
    group.sample_size(10);
    group.bench_function("bundled", |b| {
        b.iter(|| Extractor::builder().build().expect("builds").rules().len())
    });
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
