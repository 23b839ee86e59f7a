//! The front door: [`Extractor`] and its builder.

use crate::document::EntityStrings;
use crate::gazetteer::{Entry, Gazetteer, GazetteerBuilder, GazetteerMatch};
use crate::normalize::FoldedTokens;
use crate::recognizer::{BUNDLED_RULES, Inputs, Recognizer, Reference, Rule, rules};
use crate::tokenizer::{Sentence, Token, tokenize};
use crate::{Document, Entity, Error, Span, header};
use std::path::PathBuf;

/// Labels of the bundled lexicons that help later stages but are not entities.
const LEXICON_LABELS: &[&str] = &[
    "TITLE",
    "HONORIFIC",
    "DEMONYM",
    "FIRSTNAME",
    "ORGWORD",
    "COMMON",
];

/// Reads French news text and returns what it found, as a [`Document`].
///
/// Built once by [`Extractor::builder`], then immutable: it is `Send + Sync`, and
/// [`Extractor::extract`] takes `&self`, so one `Arc<Extractor>` serves many threads.
///
/// # Examples
///
/// ```
/// use gazette::Extractor;
/// let extractor = Extractor::builder().build()?;
/// let doc = extractor.extract("« C’est une frappe défensive », a-t-il dit. Fin.");
/// assert_eq!(doc.sentences().len(), 2);
/// assert_eq!(doc.tokens()[1].text(), "C’");
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    gazetteer: Gazetteer,
    recognizer: Recognizer,
    lexicon_labels: Vec<String>,
}

impl Extractor {
    /// Starts building an extractor with the bundled French resources.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The compiled gazetteer, to look entries up.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The entity rules, bundled and added, in the order they are tried.
    pub fn rules(&self) -> &[Rule] {
        self.recognizer.rules()
    }

    /// Runs the examples of every rule and describes each one that fails: a marked
    /// `[…]` span that the rule does not match, a match of the rule that no bracket
    /// marks, or any match in a counter-example (`!…`). Rules are checked alone, before
    /// the overlap policy, so an example may use names the gazetteers also know.
    /// Empty when all pass; put it in your tests when you write rules.
    ///
    /// ```
    /// let extractor = gazette::Extractor::builder().build()?;
    /// assert_eq!(extractor.rule_example_failures(), Vec::<String>::new());
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn rule_example_failures(&self) -> Vec<String> {
        let mut failures = Vec::new();
        for (k, rule) in self.rules().iter().enumerate() {
            for example in rule.examples() {
                let (text, marked) = rules::unmark(example);
                let (tokens, sentences) = tokenize(&text).into_parts();
                let folds = FoldedTokens::new(&text, tokens.iter().map(|t| t.span().bytes()));
                let matches = self.gazetteer.find_folded(&folds, &text, &tokens);
                let found = self
                    .recognizer
                    .rule_matches(k, self.inputs(&text, &tokens, &folds, &sentences, &matches));
                for span in marked.iter().filter(|s| !found.contains(s)) {
                    failures.push(format!(
                        "{} ({}): `{}` not found in {example:?}; found {:?}",
                        rule.id(),
                        rule.location(),
                        &text[span.clone()],
                        found.iter().map(|f| &text[f.clone()]).collect::<Vec<_>>(),
                    ));
                }
                for span in found.iter().filter(|s| !marked.contains(s)) {
                    failures.push(format!(
                        "{} ({}): unexpected `{}` in {example:?}",
                        rule.id(),
                        rule.location(),
                        &text[span.clone()],
                    ));
                }
            }
        }
        failures
    }

    /// Extracts from `text`. Never fails and never panics, whatever the input.
    pub fn extract<'t>(&self, text: &'t str) -> Document<'t> {
        self.run(text, None)
    }

    /// Extracts with the document's date (`2020-03-04`, `2020-03` or `2020`), against
    /// which relative dates (`mercredi`, `3 mars`, `novembre prochain`) are resolved. A
    /// date that does not parse is recorded as given and resolves nothing.
    ///
    /// ```
    /// let extractor = gazette::Extractor::builder().build()?;
    /// let doc = extractor.extract_with_date("Le 3 mars, à Kaboul.", "2020-03");
    /// let date = doc.entities().iter().find(|e| e.label() == "DATE").unwrap();
    /// assert_eq!(date.value(), Some("2020-03-03"));
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn extract_with_date<'t>(&self, text: &'t str, date: &str) -> Document<'t> {
        let mut doc = self.run(text, Reference::parse(date));
        doc.date = Some(date.to_owned());
        doc
    }

    /// What the recogniser reads of one tokenized text.
    fn inputs<'a>(
        &'a self,
        text: &'a str,
        tokens: &'a [Token<'a>],
        folds: &'a FoldedTokens,
        sentences: &'a [Sentence],
        matches: &'a [GazetteerMatch],
    ) -> Inputs<'a, 'a> {
        Inputs {
            text,
            tokens,
            folds,
            sentences,
            gazetteer: &self.gazetteer,
            matches,
            lexicon_labels: &self.lexicon_labels,
        }
    }

    fn run<'t>(&self, text: &'t str, date: Option<Reference>) -> Document<'t> {
        let (tokens, sentences) = tokenize(text).into_parts();
        let header = header::read(text);
        let skip = header.as_ref().map_or(0, |h| {
            tokens.partition_point(|t| t.span().byte_start() < h.end)
        });
        let date = date.or_else(|| header.as_ref().and_then(|h| Reference::parse(h.date)));
        let folds = FoldedTokens::new(text, tokens.iter().map(|t| t.span().bytes()));
        let matches = self.gazetteer.find_folded(&folds, text, &tokens);
        let (found, dateline) = self.recognizer.recognize(
            self.inputs(text, &tokens, &folds, &sentences, &matches),
            date,
            skip,
        );
        let entities = found
            .into_iter()
            .map(|c| {
                let span = Span::new(
                    tokens[c.start].span().byte_start()..tokens[c.end - 1].span().byte_end(),
                    tokens[c.start].span().char_start()..tokens[c.end - 1].span().char_end(),
                );
                Entity {
                    span,
                    text: &text[span.bytes()],
                    label: static_label(c.label),
                    strings: EntityStrings::new(
                        c.canonical,
                        c.id,
                        |out| c.source.render(&self.gazetteer, out),
                        c.value.as_deref(),
                        c.unit,
                    ),
                }
            })
            .collect();
        Document {
            date: header.map(|h| h.date.to_owned()),
            text,
            tokens,
            sentences,
            entities,
            dateline,
            ..Document::default()
        }
    }
}

/// The label of an entity, without allocating for the labels gazette gives.
fn static_label(label: &str) -> std::borrow::Cow<'static, str> {
    const KNOWN: &[&str] = &[
        "PER", "LOC", "ORG", "DATE", "TIME", "DURATION", "QUANTITY", "EVENT", "MISC",
    ];
    match KNOWN.iter().find(|k| **k == label) {
        Some(known) => std::borrow::Cow::Borrowed(known),
        None => std::borrow::Cow::Owned(label.to_owned()),
    }
}

/// Settings for an [`Extractor`]; [`ExtractorBuilder::build`] does all the work.
///
/// ```
/// use gazette::{Extractor, gazetteer::Entry};
/// let extractor = Extractor::builder()
///     .gazetteer_entry(Entry::new("loc:sayedabad", "LOC", "Sayedabad"))
///     .build()?;
/// let doc = extractor.extract("Combats à Sayedabad.");
/// assert_eq!(doc.entities()[0].id(), Some("loc:sayedabad"));
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    bundled: bool,
    files: Vec<PathBuf>,
    dirs: Vec<PathBuf>,
    entries: Vec<Entry>,
    lexicon_labels: Vec<String>,
    bundled_rules: bool,
    relative_dates: bool,
    rule_files: Vec<PathBuf>,
    rule_texts: Vec<(String, String)>,
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder {
            bundled: true,
            files: Vec::new(),
            dirs: Vec::new(),
            entries: Vec::new(),
            lexicon_labels: LEXICON_LABELS.iter().map(|l| (*l).to_owned()).collect(),
            bundled_rules: true,
            relative_dates: true,
            rule_files: Vec::new(),
            rule_texts: Vec::new(),
        }
    }
}

impl ExtractorBuilder {
    /// Leaves out the bundled French gazetteers (countries, places, people,
    /// organisations, demonyms, titles): only your own files and entries are used.
    pub fn without_bundled_gazetteers(&mut self) -> &mut ExtractorBuilder {
        self.bundled = false;
        self
    }

    /// Adds a gazetteer file (see [`gazetteer`](crate::gazetteer) for the format).
    pub fn gazetteer_file(&mut self, path: impl Into<PathBuf>) -> &mut ExtractorBuilder {
        self.files.push(path.into());
        self
    }

    /// Adds every `*.tsv` gazetteer file of a folder.
    pub fn gazetteer_dir(&mut self, dir: impl Into<PathBuf>) -> &mut ExtractorBuilder {
        self.dirs.push(dir.into());
        self
    }

    /// Adds one gazetteer entry from code.
    pub fn gazetteer_entry(&mut self, entry: Entry) -> &mut ExtractorBuilder {
        self.entries.push(entry);
        self
    }

    /// Declares a gazetteer label as a lexicon (like the bundled `TITLE` and `DEMONYM`):
    /// its matches inform later stages but are not entities.
    pub fn lexicon_label(&mut self, label: impl Into<String>) -> &mut ExtractorBuilder {
        self.lexicon_labels.push(label.into());
        self
    }

    /// Whether dates without a day number or a year are entities: weekdays
    /// (`mercredi`, `samedi dernier`), deictic words (`hier`), months alone (`avril`,
    /// `novembre prochain`), `la nuit de mardi à mercredi`, `le mois dernier`. On by
    /// default, because they often date the event of a wire. Named-entity corpora such
    /// as WiNER annotate only calendar dates (`3 mars`, `mai 2015`, `2016`); turn this
    /// off to follow that convention.
    ///
    /// ```
    /// let calendar_only = gazette::Extractor::builder().relative_dates(false).build()?;
    /// let doc = calendar_only.extract("Frappe mercredi, après celle du 3 mars.");
    /// let dates: Vec<&str> = doc.entities().iter().map(|e| e.text()).collect();
    /// assert_eq!(dates, ["3 mars"]);
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn relative_dates(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.relative_dates = yes;
        self
    }

    /// Leaves out the bundled entity rules (`gazetteers/rules/entities.tsv`).
    pub fn without_bundled_rules(&mut self) -> &mut ExtractorBuilder {
        self.bundled_rules = false;
        self
    }

    /// Adds a file of entity rules (see [`recognizer::rules`](crate::recognizer::rules)
    /// for the format and [`recognizer::pattern`](crate::recognizer::pattern) for the
    /// pattern language). Read at [`build`](ExtractorBuilder::build), which reports a
    /// missing file or a bad line with its path, line and column.
    ///
    /// ```no_run
    /// let extractor = gazette::Extractor::builder()
    ///     .rules_file("my-rules/entities.tsv")
    ///     .build()?;
    /// assert!(extractor.rule_example_failures().is_empty());
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn rules_file(&mut self, path: impl Into<PathBuf>) -> &mut ExtractorBuilder {
        self.rule_files.push(path.into());
        self
    }

    /// Adds entity rules from text; `name` is what errors and sources report.
    ///
    /// ```
    /// let extractor = gazette::Extractor::builder()
    ///     .rules_str("my-rules.tsv", "loc/camp\tLOC\tcamp de < Name >\tle camp de [Bir Tawil]\n")
    ///     .build()?;
    /// let doc = extractor.extract("Réfugiés au camp de Bir Tawil.");
    /// let e = doc.entities().iter().find(|e| e.text() == "Bir Tawil").unwrap();
    /// assert_eq!((e.label(), e.source()), ("LOC", "rule:loc/camp"));
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn rules_str(
        &mut self,
        name: impl Into<String>,
        text: impl Into<String>,
    ) -> &mut ExtractorBuilder {
        self.rule_texts.push((name.into(), text.into()));
        self
    }

    /// Loads and compiles everything.
    ///
    /// # Errors
    ///
    /// Returns an error naming the file, line and column when a resource is unreadable or
    /// malformed, or when two entries share an id.
    pub fn build(&self) -> Result<Extractor, Error> {
        let mut gazetteer = GazetteerBuilder::new();
        if self.bundled {
            gazetteer.with_bundled()?;
        }
        for dir in &self.dirs {
            gazetteer.add_dir(dir)?;
        }
        for file in &self.files {
            gazetteer.add_file(file)?;
        }
        for entry in &self.entries {
            gazetteer.add_entry(entry.clone())?;
        }
        let mut rule_texts: Vec<(String, String)> = Vec::new();
        if self.bundled_rules {
            for (name, text) in BUNDLED_RULES {
                rule_texts.push(((*name).to_owned(), (*text).to_owned()));
            }
        }
        for path in &self.rule_files {
            let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
            let text = Error::utf8(path, &bytes)?.to_owned();
            rule_texts.push((path.display().to_string(), text));
        }
        rule_texts.extend(self.rule_texts.iter().cloned());
        let gazetteer = gazetteer.build()?;
        let recognizer = Recognizer::new(
            rule_texts.iter().map(|(n, t)| (n.as_str(), t.as_str())),
            &gazetteer,
            self.relative_dates,
        )?;
        Ok(Extractor {
            gazetteer,
            recognizer,
            lexicon_labels: self.lexicon_labels.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_sync() {
        fn check<T: Send + Sync + 'static>() {}
        check::<Extractor>();
    }

    #[test]
    fn extract_records_date() {
        let e = Extractor::builder().build().unwrap();
        let doc = e.extract_with_date("Oui.", "2020-03");
        assert_eq!(doc.date(), Some("2020-03"));
        assert_eq!(doc.text(), "Oui.");
    }

    #[test]
    fn lexicon_labels_are_not_entities() {
        let e = Extractor::builder().build().unwrap();
        let doc = e.extract("Le colonel afghan est à Kaboul.");
        let labels: Vec<&str> = doc.entities().iter().map(|e| e.label()).collect();
        assert_eq!(labels, ["LOC"]);
    }

    #[test]
    fn bad_gazetteer_file_fails_the_build() {
        let err = Extractor::builder()
            .gazetteer_file("/nonexistent/places.tsv")
            .build()
            .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("cannot read /nonexistent/places.tsv")
        );
    }
}
