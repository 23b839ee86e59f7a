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
//!
//! A line whose first column is `$` and a name in capitals defines a word class, its
//! words in the second column, for the patterns of the lines after it (in this file and
//! the files loaded after it) to name among their words:
//!
//! ```text
//! $ORGHEAD     Parti|Conseil|Commission|Union
//! org/head-of  ORG    < $ORGHEAD Adj? de|du|des|d' la|l'? Name >   la [Commission de Venise]
//! ```

use super::pattern::{Pattern, WordClasses};
use crate::Error;
use crate::gazetteer::is_label_name;
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

/// Parses the rules of one file, with the word classes defined before it, to which it
/// adds its own.
pub(crate) fn parse(
    path: &str,
    text: &str,
    seen: &mut HashSet<String>,
    classes: &mut WordClasses,
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
        if let Some(name) = columns[0].strip_prefix('$') {
            define_class(name, &columns, classes).map_err(|(column, message)| {
                Error::data(path, line_no, column_of(column), message)
            })?;
            continue;
        }
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
        if !is_label_name(label) {
            return Err(Error::data(
                path,
                line_no,
                column_of(1),
                format!("bad label `{label}`: labels are capitals, digits and `_` (PER, LOC, ORG)"),
            ));
        }
        let pattern = Pattern::parse_with(columns[2], classes).map_err(|(column, message)| {
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

/// Adds the class `$name` of the definition line split into `columns`; the error is the
/// column (0-based, in `columns`) and what is wrong.
fn define_class(
    name: &str,
    columns: &[&str],
    classes: &mut WordClasses,
) -> Result<(), (usize, String)> {
    if !is_label_name(name) {
        return Err((
            0,
            format!("bad word class name `${name}`: write `$` and capitals, as `$ORGHEAD`"),
        ));
    }
    let words = match columns {
        [_, words] => words.trim(),
        _ => {
            return Err((
                0,
                format!(
                    "a word class takes two tab-separated columns, found {}: write `${name}<TAB>word|word|…`",
                    columns.len()
                ),
            ));
        }
    };
    if words.is_empty()
        || words
            .split('|')
            .any(|w| w.is_empty() || w.contains(char::is_whitespace))
    {
        return Err((
            1,
            format!("bad words for `${name}`: write single words separated by a single `|`"),
        ));
    }
    if words.split('|').any(|w| w.starts_with('$')) {
        return Err((
            1,
            format!("`${name}` names another class: write its words out (classes do not nest)"),
        ));
    }
    if classes.insert(name.to_owned(), words.to_owned()).is_some() {
        return Err((
            0,
            format!("word class `${name}` is defined twice: keep one definition"),
        ));
    }
    Ok(())
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
        parse(
            "r.tsv",
            text,
            &mut HashSet::new(),
            &mut WordClasses::default(),
        )
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
            (
                "a\tORG\t< $HEAD Name >\n",
                "r.tsv:1:9: unknown word class `$HEAD`",
            ),
            (
                "a\tORG\t!$HEAD Name\n",
                "r.tsv:1:7: unknown word class `$HEAD`",
            ),
            (
                "a\tORG\t< Name $HEAD >\n$HEAD\tParti\n",
                "r.tsv:1:14: unknown word class `$HEAD`",
            ),
            (
                "$head\tParti|Union\n",
                "r.tsv:1:1: bad word class name `$head`",
            ),
            ("$HEAD\tParti\tUnion\n", "r.tsv:1:1: a word class takes two"),
            ("$HEAD\tParti||Union\n", "r.tsv:1:7: bad words for `$HEAD`"),
            ("$HEAD\t\n", "r.tsv:1:7: bad words for `$HEAD`"),
            (
                "$A\tParti\n$B\tUnion|$A\n",
                "r.tsv:2:4: `$B` names another class",
            ),
            (
                "$HEAD\tParti\n$HEAD\tUnion\n",
                "r.tsv:2:1: word class `$HEAD` is defined twice",
            ),
        ];
        for (text, expected) in cases {
            let e = error(text);
            assert!(e.starts_with(expected), "{text:?}: {e}");
        }
    }

    #[test]
    fn word_classes_stand_for_their_words_in_later_lines_and_files() {
        let mut seen = HashSet::new();
        let mut classes = WordClasses::default();
        let first = "$HEAD\tParti|Union\na\tORG\t< $HEAD Cap >\n";
        let second = "b\tORG\t!$HEAD|le < Mouvement|$HEAD Cap >\n";
        let rules_a = parse("a.tsv", first, &mut seen, &mut classes).unwrap();
        let rules_b = parse("b.tsv", second, &mut seen, &mut classes).unwrap();
        let spelled = |p: &str| Pattern::parse(p).unwrap();
        assert_eq!(rules_a[0].pattern, spelled("< Parti|Union Cap >"));
        assert_eq!(
            rules_b[0].pattern,
            spelled("!Parti|Union|le < Mouvement|Parti|Union Cap >")
        );
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
