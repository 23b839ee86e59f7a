//! Scores gazette against span gold and prints precision, recall and F1 per label.
//!
//! ```text
//! cargo run --release --example evaluate -- GOLD.jsonl [--labels PER,LOC,ORG,DATE] [--errors]
//!     [--calendar-dates] [--gazetteers DIR] [--rules FILE]
//! ```
//!
//! GOLD.jsonl holds one document a line, `{"id", "text", "date"?, "entities": [{"start",
//! "end", "label"}]}` with character offsets, end exclusive (the format of WiNER in
//! `../shared/eval/data/winer-fr/dev.jsonl`). Gold entities marked `"nested": true` are
//! left out. A predicted entity counts only if its start, end and label are exact.
//! `--calendar-dates` leaves out dates without a day number or a year (`mercredi`,
//! `hier`, `avril`), which named-entity corpora such as WiNER do not annotate.
//! `--gazetteers` and `--rules` add your own resources to the bundled ones, so that you
//! can measure what they change.

use gazette::Extractor;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;
use std::process::ExitCode;

#[derive(Deserialize)]
struct GoldEntity {
    start: usize,
    end: usize,
    label: String,
    #[serde(default)]
    nested: bool,
}

#[derive(Deserialize)]
struct GoldDocument {
    #[serde(default)]
    id: Option<String>,
    text: String,
    #[serde(default)]
    date: Option<String>,
    entities: Vec<GoldEntity>,
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn scores(self) -> (f64, f64, f64) {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let p = ratio(self.tp, self.tp + self.fp);
        let r = ratio(self.tp, self.tp + self.fn_);
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

struct Options {
    gold: String,
    labels: Vec<String>,
    errors: bool,
    gazetteers: Vec<String>,
    rules: Vec<String>,
    calendar_dates: bool,
}

fn options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut gold = None;
    let mut o = Options {
        gold: String::new(),
        labels: ["PER", "LOC", "ORG"].map(String::from).to_vec(),
        errors: false,
        gazetteers: Vec::new(),
        rules: Vec::new(),
        calendar_dates: false,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--labels" => {
                let list = args
                    .next()
                    .ok_or("--labels needs a list such as PER,LOC,ORG")?;
                o.labels = list.split(',').map(str::to_owned).collect();
            }
            "--errors" => o.errors = true,
            "--calendar-dates" => o.calendar_dates = true,
            "--gazetteers" => o
                .gazetteers
                .push(args.next().ok_or("--gazetteers needs a folder")?),
            "--rules" => o.rules.push(args.next().ok_or("--rules needs a file")?),
            "-h" | "--help" => return Err(String::new()),
            other if gold.is_none() && !other.starts_with("--") => gold = Some(other.to_owned()),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    o.gold = gold.ok_or("give the gold JSONL file")?;
    Ok(o)
}

fn main() -> ExitCode {
    let o = match options() {
        Ok(o) => o,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("evaluate: {message}");
            }
            eprintln!(
                "usage: evaluate GOLD.jsonl [--labels PER,LOC,ORG,DATE] [--errors] [--calendar-dates] [--gazetteers DIR] [--rules FILE]"
            );
            return ExitCode::from(2);
        }
    };
    let mut builder = Extractor::builder();
    for dir in &o.gazetteers {
        builder.gazetteer_dir(dir);
    }
    for file in &o.rules {
        builder.rules_file(file);
    }
    builder.relative_dates(!o.calendar_dates);
    let extractor = match builder.build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("evaluate: {e}");
            return ExitCode::FAILURE;
        }
    };
    let file = match std::fs::File::open(&o.gold) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("evaluate: {}: {e}", o.gold);
            return ExitCode::FAILURE;
        }
    };
    let labels: BTreeSet<&str> = o.labels.iter().map(String::as_str).collect();
    let mut counts: BTreeMap<&str, Counts> =
        labels.iter().map(|l| (*l, Counts::default())).collect();
    let mut documents = 0;
    for (number, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("evaluate: {}: {e}", o.gold);
                return ExitCode::FAILURE;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let gold: GoldDocument = match serde_json::from_str(&line) {
            Ok(g) => g,
            Err(e) => {
                eprintln!("evaluate: {}, line {}: {e}", o.gold, number + 1);
                return ExitCode::FAILURE;
            }
        };
        documents += 1;
        let doc = match &gold.date {
            Some(date) => extractor.extract_with_date(&gold.text, date),
            None => extractor.extract(&gold.text),
        };
        let expected: BTreeSet<(usize, usize, &str)> = gold
            .entities
            .iter()
            .filter(|e| !e.nested && labels.contains(e.label.as_str()))
            .map(|e| (e.start, e.end, e.label.as_str()))
            .collect();
        let predicted: BTreeSet<(usize, usize, &str)> = doc
            .entities()
            .iter()
            .filter(|e| labels.contains(e.label()))
            .map(|e| (e.span().char_start(), e.span().char_end(), e.label()))
            .collect();
        let chars: Vec<char> = gold.text.chars().collect();
        let show = |s: usize, e: usize| {
            chars
                .get(s..e)
                .map(|c| c.iter().collect::<String>())
                .unwrap_or_default()
        };
        let id = gold.id.as_deref().unwrap_or("?");
        for &(s, e, label) in &expected {
            let Some(c) = counts.get_mut(label) else {
                continue;
            };
            if predicted.contains(&(s, e, label)) {
                c.tp += 1;
            } else {
                c.fn_ += 1;
                if o.errors {
                    println!("{id}\tmissed\t{label}\t{}", show(s, e));
                }
            }
        }
        for &(s, e, label) in predicted.difference(&expected) {
            if let Some(c) = counts.get_mut(label) {
                c.fp += 1;
                if o.errors {
                    println!("{id}\tspurious\t{label}\t{}", show(s, e));
                }
            }
        }
    }
    println!("documents: {documents}");
    println!(
        "{:<8} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "label", "P", "R", "F1", "tp", "fp", "fn"
    );
    let mut total = Counts::default();
    for (label, c) in &counts {
        let (p, r, f) = c.scores();
        println!(
            "{label:<8} {p:>6.3} {r:>6.3} {f:>6.3} {:>6} {:>6} {:>6}",
            c.tp, c.fp, c.fn_
        );
        total.tp += c.tp;
        total.fp += c.fp;
        total.fn_ += c.fn_;
    }
    let (p, r, f) = total.scores();
    println!(
        "{:<8} {p:>6.3} {r:>6.3} {f:>6.3} {:>6} {:>6} {:>6}",
        "micro", total.tp, total.fp, total.fn_
    );
    ExitCode::SUCCESS
}
