//! Throughput of tokens + sentences on about 1 MB of French news text, against plain
//! iteration of `unicode_segmentation`'s word bounds over the same text, measured in
//! the same run.

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use unicode_segmentation::UnicodeSegmentation;

fn tokenize(c: &mut Criterion) {
    let text = corpus::corpus(|_| String::new());
    let expected_tokens = gazette::tokenizer::tokenize(&text).tokens().len();
    let mut group = c.benchmark_group("tokenize");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(30);
    group.bench_function("gazette_tokens_and_sentences", |b| {
        b.iter(|| {
            let t = gazette::tokenizer::tokenize(black_box(&text));
            assert_eq!(t.tokens().len(), expected_tokens);
            black_box(t.sentences().len())
        })
    });
    group.bench_function("baseline_split_word_bound_indices", |b| {
        b.iter(|| black_box(&text).split_word_bound_indices().count())
    });
    group.finish();

    let short = "KABOUL (Reuters) - Les États-Unis ont mené mercredi une frappe à Nahr-e Saraj, a-t-il dit.";
    let mut group = c.benchmark_group("tokenize_short");
    group.throughput(Throughput::Bytes(short.len() as u64));
    group.bench_function("gazette_tokens_and_sentences", |b| {
        b.iter(|| {
            gazette::tokenizer::tokenize(black_box(short))
                .tokens()
                .len()
        })
    });
    group.bench_function("baseline_split_word_bound_indices", |b| {
        b.iter(|| black_box(short).split_word_bound_indices().count())
    });
    group.finish();
}

criterion_group!(benches, tokenize);
criterion_main!(benches);
