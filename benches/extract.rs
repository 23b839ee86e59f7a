//! End-to-end throughput: `Extractor::extract` (tokens, gazetteer, rules, dates,
//! quantities, names) with the bundled resources, article by article over about 1 MB
//! of French news, against two baselines measured in the same run over the same
//! articles: gazette's tokenizer alone, and plain iteration of `unicode_segmentation`'s
//! word bounds.

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gazette::Extractor;
use std::hint::black_box;
use unicode_segmentation::UnicodeSegmentation;

fn extract(c: &mut Criterion) {
    let text = corpus::corpus(|_| String::new());
    // The corpus is the sample articles one after the other: extract them one by one,
    // as a wire feed would.
    let articles: Vec<&str> = text
        .split("\n\n\n")
        .filter(|a| !a.trim().is_empty())
        .collect();
    let bytes: usize = articles.iter().map(|a| a.len()).sum();
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
