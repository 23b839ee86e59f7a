//! Entity rules: the file format and its loader.
//!
//! One rule a line, tab-separated, `#` starts a comment line:
//!
//! ```text
//! # id         label  pattern                          examples…
//! per/title    PER    @TITLE @DEMONYM? Adj? < Name >   le colonel [Sonny Leggett] a dit    !le colonel a dit
//! ```
//!
//! (the columns are separated by tabs in the file).
//!
//! - `id`: unique, reported as the `source` of what the rule finds (`rule:per/title`);
//! - `label`: the label of the entity (capitals, as in gazetteers);
//! - `pattern`: see [the pattern language](super::pattern);
//! - examples, one a column: a sentence where `[…]` marks what the rule must find, or,
//!   starting with `!`, a sentence where it must find nothing. `cargo test` runs them all.

use super::pattern::Pattern;
use crate::Error;
use std::collections::HashSet;

/// One entity rule.
///
/// ```
/// let extractor = gazette::Extractor::builder().build()?;
/// let rule = extractor.rules().iter().find(|r| r.id() == "per/title").unwrap();
/// assert_eq!(rule.label(), "PER");
/// assert!(rule.examples().iter().any(|e| e.contains('[')));
/// assert!(rule.location().starts_with("gazetteers/rules/entities.tsv:"));
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Rule {
    pub(crate) id: String,
    pub(crate) label: String,
    pub(crate) pattern: Pattern,
    pub(crate) examples: Vec<String>,
    pub(crate) file: String,
    pub(crate) line: usize,
}

impl Rule {
    /// The rule's id, as written in its file.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The label it gives.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// Its examples: `[…]` marks what it must find; a leading `!` marks a
    /// counter-example.
    pub fn examples(&self) -> &[String] {
        &self.examples
    }

    /// The file and line it comes from.
    pub fn location(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

/// Parses the rules of one file.
pub(crate) fn parse(
    path: &str,
    text: &str,
    seen: &mut HashSet<String>,
) -> Result<Vec<Rule>, Error> {
    let mut rules = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let columns: Vec<&str> = line.split('\t').collect();
        let column_of = |k: usize| {
            columns[..k]
                .iter()
                .map(|c| c.chars().count() + 1)
                .sum::<usize>()
                + 1
        };
        if columns.len() < 3 {
            return Err(Error::data(
                path,
                line_no,
                1,
                format!(
                    "expected at least 3 tab-separated columns (id, label, pattern, examples…), found {}: separate the columns with tabs",
                    columns.len()
                ),
            ));
        }
        let id = columns[0].trim();
        if id.is_empty() {
            return Err(Error::data(
                path,
                line_no,
                1,
                "empty rule id: give every rule a unique id such as `per/title`",
            ));
        }
        if !seen.insert(id.to_owned()) {
            return Err(Error::data(
                path,
                line_no,
                1,
                format!("duplicate rule id `{id}`: rule ids must be unique"),
            ));
        }
        let label = columns[1].trim();
        let mut chars = label.chars();
        let well_formed = chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if !well_formed {
            return Err(Error::data(
                path,
                line_no,
                column_of(1),
                format!("bad label `{label}`: labels are capitals, digits and `_` (PER, LOC, ORG)"),
            ));
        }
        let pattern = Pattern::parse(columns[2]).map_err(|(column, message)| {
            Error::data(path, line_no, column_of(2) + column - 1, message)
        })?;
        let mut examples = Vec::new();
        for (k, example) in columns.iter().enumerate().skip(3) {
            let example = example.trim();
            if example.is_empty() {
                continue;
            }
            let opens = example.matches('[').count();
            let closes = example.matches(']').count();
            let negative = example.starts_with('!');
            if opens != closes || (opens == 0 && !negative) || (opens > 0 && negative) {
                return Err(Error::data(
                    path,
                    line_no,
                    column_of(k),
                    "bad example: mark what the rule finds with `[…]`, or start a counter-example with `!`",
                ));
            }
            examples.push(example.to_owned());
        }
        rules.push(Rule {
            id: id.to_owned(),
            label: label.to_owned(),
            pattern,
            examples,
            file: path.to_owned(),
            line: line_no,
        });
    }
    Ok(rules)
}

/// The plain text of an example and the byte ranges its brackets mark.
///
/// ```
/// let (text, spans) = gazette::recognizer::rules::unmark("le colonel [Sonny Leggett]");
/// assert_eq!(&text[spans[0].clone()], "Sonny Leggett");
/// ```
pub fn unmark(example: &str) -> (String, Vec<std::ops::Range<usize>>) {
    let body = example.strip_prefix('!').unwrap_or(example);
    let mut text = String::with_capacity(body.len());
    let mut spans = Vec::new();
    let mut open = None;
    for c in body.chars() {
        match c {
            '[' => open = Some(text.len()),
            ']' => {
                if let Some(start) = open.take() {
                    spans.push(start..text.len());
                }
            }
            c => text.push(c),
        }
    }
    (text, spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        parse("r.tsv", text, &mut HashSet::new())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn loader_errors_name_path_line_and_column() {
        let cases = [
            ("a\tPER\n", "r.tsv:1:1: expected at least 3"),
            ("\tPER\tName\n", "r.tsv:1:1: empty rule id"),
            (
                "a\tPER\tName\na\tPER\tCap\n",
                "r.tsv:2:1: duplicate rule id `a`",
            ),
            ("a\tper\tName\n", "r.tsv:1:3: bad label"),
            ("a\tPER\t< Name\n", "r.tsv:1:12: `<` is never closed"),
            ("a\tPER\tName\tno brackets\n", "r.tsv:1:12: bad example"),
        ];
        for (text, expected) in cases {
            let e = error(text);
            assert!(e.starts_with(expected), "{text:?}: {e}");
        }
    }

    #[test]
    fn examples_unmark() {
        let (text, spans) = unmark("le colonel [Sonny Leggett] et [Kirby]");
        assert_eq!(text, "le colonel Sonny Leggett et Kirby");
        assert_eq!(&text[spans[0].clone()], "Sonny Leggett");
        assert_eq!(&text[spans[1].clone()], "Kirby");
        assert_eq!(unmark("!rien").0, "rien");
    }
}
