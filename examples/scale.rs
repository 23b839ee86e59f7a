//! `scale`: builds a synthetic gazetteer of N entries and reports build time, memory and
//! matching speed, to size gazette for a GeoNames dump or a list of every politician.
//!
//! ```text
//! cargo run --release --example scale -- 1000000            # gazette's matcher
//! cargo run --release --example scale -- 100000 --kinds     # also each aho-corasick kind, raw
//! /usr/bin/time -v target/release/examples/scale 1000000    # peak memory (max resident set)
//! ```

#[path = "../benches/support/corpus.rs"]
mod corpus;
#[path = "../benches/support/synthetic.rs"]
mod synthetic;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use gazette::gazetteer::GazetteerBuilder;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args
        .first()
        .map_or(Ok(1_000_000), |a| a.replace('_', "").parse())?;
    let kinds = args.iter().any(|a| a == "--kinds");

    let tsv = synthetic::gazetteer_tsv(n);
    let start = Instant::now();
    let mut builder = GazetteerBuilder::new();
    builder.add_str("synthetic.tsv", &tsv)?;
    let gazetteer = builder.build()?;
    let build = start.elapsed();
    drop(tsv);
    println!(
        "{n} entries: build {:.2} s, gazetteer heap {:.1} MB",
        build.as_secs_f64(),
        gazetteer.memory_usage() as f64 / 1e6
    );

    let text =
        corpus::corpus(|i| format!("Frappes près de {}.\n\n", synthetic::name(i * 7919 % 1000)));
    let tokens = gazette::tokenizer::tokenize(&text);
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..5 {
        found = gazetteer.find(&text, tokens.tokens()).len();
    }
    let secs = start.elapsed().as_secs_f64() / 5.0;
    println!(
        "matching {:.1} MB of text: {:.1} MB/s ({found} matches)",
        text.len() as f64 / 1e6,
        text.len() as f64 / 1e6 / secs
    );

    if kinds {
        let names: Vec<String> = (0..n)
            .map(|i| gazette::normalize::fold(&synthetic::name(i)))
            .collect();
        let folded = gazette::normalize::Folded::new(&text);
        let hay = folded.as_str();
        time_automaton("daachorse bytewise", hay, || {
            daachorse::DoubleArrayAhoCorasick::<u32>::new(&names)
                .map(|p| {
                    (p.heap_bytes(), move |h: &str| {
                        p.find_overlapping_iter(h).count()
                    })
                })
                .map_err(|e| e.to_string())
        });
        time_automaton("daachorse charwise", hay, || {
            daachorse::CharwiseDoubleArrayAhoCorasick::<u32>::new(&names)
                .map(|p| {
                    (p.heap_bytes(), move |h: &str| {
                        p.find_overlapping_iter(h).count()
                    })
                })
                .map_err(|e| e.to_string())
        });
        let kinds: &[AhoCorasickKind] = if n > 200_000 {
            &[AhoCorasickKind::ContiguousNFA]
        } else {
            &[
                AhoCorasickKind::NoncontiguousNFA,
                AhoCorasickKind::ContiguousNFA,
                AhoCorasickKind::DFA,
            ]
        };
        for &kind in kinds {
            time_automaton(&format!("{kind:?}"), hay, || {
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(kind))
                    .build(&names)
                    .map(|a| {
                        (a.memory_usage(), move |h: &str| {
                            a.find_overlapping_iter(h).count()
                        })
                    })
                    .map_err(|e| e.to_string())
            });
        }
    }
    Ok(())
}

/// Builds one automaton with `build` (returning its heap bytes and an overlapping
/// counter), then reports build time, memory and search speed over `hay`.
fn time_automaton<F: Fn(&str) -> usize>(
    label: &str,
    hay: &str,
    build: impl FnOnce() -> Result<(usize, F), String>,
) {
    let start = Instant::now();
    let (bytes, search) = match build() {
        Ok(built) => built,
        Err(e) => return println!("{label}: cannot build ({e})"),
    };
    let build_secs = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let count = search(hay);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{label}: build {build_secs:.2} s, {:.1} MB, overlapping search {:.1} MB/s ({count} matches)",
        bytes as f64 / 1e6,
        hay.len() as f64 / 1e6 / secs
    );
}
