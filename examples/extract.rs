//! `extract`: the command-line front door of gazette.
//!
//! ```text
//! cargo run --release --example extract                       # entities of the bundled articles
//! cargo run --release --example extract -- FILE...            # one JSON line per file (id = file stem)
//! cargo run --release --example extract -- --jsonl < in.jsonl # {"id","text","date"?} per line
//! ... --tokens                                                # add tokens and sentences
//! ... --calendar-dates                                        # no `mercredi`, `hier`, `avril`
//! ```
//!
//! Bad input (an unreadable file, a line that is not JSON, invalid UTF-8) is reported on
//! standard error with its file or line; the other documents are still processed, and
//! the exit code is 1.

use gazette::{Extractor, JsonOptions};
use serde::Deserialize;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: extract [--tokens] [--calendar-dates] [FILE... | --jsonl]
  (no argument)  list the entities of the bundled sample articles
  FILE...        extract each file as one document (id = file stem), one JSON line each
  --jsonl        read JSON lines {\"id\", \"text\", \"date\"?} from standard input
  --tokens       add tokens and sentences to the JSON output
  --calendar-dates  only dates with a day number or a year, as named-entity corpora
                 such as WiNER annotate them (no `mercredi`, `hier`, `avril`)";

#[derive(Deserialize)]
struct Input {
    id: Option<String>,
    text: String,
    date: Option<String>,
}

fn main() -> ExitCode {
    let mut jsonl = false;
    let mut options = JsonOptions::default();
    let mut files = Vec::new();
    let mut calendar_dates = false;
    for arg in std::env::args_os().skip(1) {
        match arg.to_str() {
            Some("--jsonl") => jsonl = true,
            Some("--tokens") => options.tokens = true,
            Some("--calendar-dates") => calendar_dates = true,
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Some(flag) if flag.starts_with("--") => {
                eprintln!("extract: unknown option {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => files.push(PathBuf::from(arg)),
        }
    }
    if jsonl && !files.is_empty() {
        eprintln!("extract: give either --jsonl or files, not both\n{USAGE}");
        return ExitCode::from(2);
    }
    let extractor = match Extractor::builder().relative_dates(!calendar_dates).build() {
        Ok(extractor) => extractor,
        Err(err) => {
            eprintln!("extract: {err}");
            return ExitCode::from(2);
        }
    };
    let result = if jsonl {
        run_jsonl(&extractor, options)
    } else if files.is_empty() {
        summarise_samples(&extractor)
    } else {
        run_files(&extractor, &files, options)
    };
    match result {
        Ok(0) => ExitCode::SUCCESS,
        Ok(failures) => {
            eprintln!("extract: {failures} document(s) could not be read");
            ExitCode::FAILURE
        }
        Err(err) => {
            eprintln!("extract: cannot write output: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Reads `path` as UTF-8, or says what is wrong with it.
fn read_text(path: &Path) -> Result<String, gazette::Error> {
    let bytes = std::fs::read(path).map_err(|e| gazette::Error::io(path, e))?;
    gazette::Error::utf8(path, &bytes).map(str::to_owned)
}

fn run_files(extractor: &Extractor, files: &[PathBuf], options: JsonOptions) -> io::Result<usize> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failures = 0;
    for path in files {
        match read_text(path) {
            Ok(text) => {
                let id = path
                    .file_stem()
                    .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
                writeln!(
                    out,
                    "{}",
                    extractor.extract(&text).with_id(id).to_json(options)
                )?;
            }
            Err(err) => {
                eprintln!("extract: {err}");
                failures += 1;
            }
        }
    }
    out.flush()?;
    Ok(failures)
}

fn run_jsonl(extractor: &Extractor, options: JsonOptions) -> io::Result<usize> {
    let mut input = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failures = 0;
    let mut line = Vec::new();
    for number in 1.. {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let text = match std::str::from_utf8(&line) {
            Ok(text) => text.trim(),
            Err(err) => {
                eprintln!(
                    "extract: standard input, line {number}: invalid UTF-8 at byte {}",
                    err.valid_up_to() + 1
                );
                failures += 1;
                continue;
            }
        };
        if text.is_empty() {
            continue;
        }
        match serde_json::from_str::<Input>(text) {
            Ok(input) => {
                let id = input.id.unwrap_or_else(|| format!("line-{number}"));
                let doc = match &input.date {
                    Some(date) => extractor.extract_with_date(&input.text, date),
                    None => extractor.extract(&input.text),
                }
                .with_id(id);
                writeln!(out, "{}", doc.to_json(options))?;
            }
            Err(err) => {
                eprintln!(
                    "extract: standard input, line {number}: {err} (expected {{\"id\", \"text\", \"date\"?}})"
                );
                failures += 1;
            }
        }
    }
    out.flush()?;
    Ok(failures)
}

/// The readable tour of the bundled articles that a new user sees first.
fn summarise_samples(extractor: &Extractor) -> io::Result<usize> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failures = 0;
    for path in &paths {
        let text = match read_text(path) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("extract: {err}");
                failures += 1;
                continue;
            }
        };
        let doc = extractor.extract(&text);
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        writeln!(
            out,
            "== {name}: {} tokens, {} sentences, {} entities; date {}; dateline {}",
            doc.tokens().len(),
            doc.sentences().len(),
            doc.entities().len(),
            doc.date().unwrap_or("unknown"),
            match (&doc.dateline().place, &doc.dateline().source) {
                (None, None) => "none".to_owned(),
                (place, source) => format!(
                    "{} ({})",
                    place.as_deref().unwrap_or("?"),
                    source.as_deref().unwrap_or("?")
                ),
            }
        )?;
        for e in doc.entities() {
            writeln!(out, "  {e}")?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "JSON lines: extract FILE... or extract --jsonl < docs.jsonl (add --tokens for tokens and sentences)"
    )?;
    out.flush()?;
    Ok(failures)
}
