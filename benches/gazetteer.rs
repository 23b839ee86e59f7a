//! Gazetteer build time and matching throughput at 1,000, 100,000 and 1,000,000
//! synthetic entries, with the baseline measured in the same run: a plain
//! `aho_corasick::AhoCorasick` `find_iter` over the same text with the same (folded) names.
//! Matching is measured on tokenized text (tokenization has its own bench), and includes
//! folding, the automaton, token alignment and case checks.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/synthetic.rs"]
mod synthetic;

use aho_corasick::AhoCorasick;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use gazette::gazetteer::{Gazetteer, GazetteerBuilder};
use std::hint::black_box;

fn build(tsv: &str) -> Gazetteer {
    let mut b = GazetteerBuilder::new();
    b.add_str("synthetic.tsv", tsv)
        .expect("synthetic gazetteer parses");
    b.build().expect("synthetic gazetteer builds")
}

fn gazetteer(c: &mut Criterion) {
    let text =
        corpus::corpus(|i| format!("Frappes près de {}.\n\n", synthetic::name(i * 7919 % 1000)));
    let tokens = gazette::tokenizer::tokenize(&text);
    for n in [1_000, 100_000, 1_000_000] {
        let tsv = synthetic::gazetteer_tsv(n);

        let mut group = c.benchmark_group("gazetteer_build");
        group.sample_size(10);
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| build(black_box(&tsv)).len())
        });
        group.finish();

        let g = build(&tsv);
        let expected = g.find(&text, tokens.tokens()).len();
        let names: Vec<String> = (0..n)
            .map(|i| gazette::normalize::fold(&synthetic::name(i)))
            .collect();
        let baseline = AhoCorasick::new(&names).expect("baseline automaton builds");

        let mut group = c.benchmark_group(format!("gazetteer_match/{n}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(20);
        group.bench_function("gazette_find", |b| {
            b.iter(|| {
                let found = g.find(black_box(&text), tokens.tokens());
                assert_eq!(found.len(), expected);
                found.len()
            })
        });
        group.bench_function("baseline_aho_corasick_find_iter", |b| {
            b.iter(|| baseline.find_iter(black_box(text.as_str())).count())
        });
        group.finish();
    }
}

fn bundled(c: &mut Criterion) {
    let text =
        corpus::corpus(|i| format!("Frappes près de {}.\n\n", synthetic::name(i * 7919 % 1000)));
    let tokens = gazette::tokenizer::tokenize(&text);
    let mut b = GazetteerBuilder::new();
    b.with_bundled().expect("bundled gazetteers load");
    let g = b.build().expect("bundled gazetteers build");
    let mut group = c.benchmark_group("gazetteer_bundled");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("find", |b| {
        b.iter(|| g.find(black_box(&text), tokens.tokens()).len())
    });
    group.finish();
}

criterion_group!(benches, gazetteer, bundled);
criterion_main!(benches);
