//! The front door: [`Extractor`] and its builder.

use crate::gazetteer::{Entry, Gazetteer, GazetteerBuilder, resolve_overlaps};
use crate::tokenizer::tokenize;
use crate::{Document, Entity, Error};
use std::path::PathBuf;

/// Labels of the bundled lexicons that help later stages but are not entities.
const LEXICON_LABELS: &[&str] = &["TITLE", "DEMONYM"];

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

    /// Extracts from `text`. Never fails and never panics, whatever the input.
    pub fn extract<'t>(&self, text: &'t str) -> Document<'t> {
        let (tokens, sentences) = tokenize(text).into_parts();
        let mut candidates = self.gazetteer.find(text, &tokens);
        candidates.retain(|m| {
            let label = self.gazetteer.entry(m.entry()).label();
            !self.lexicon_labels.iter().any(|l| l == label)
        });
        let entities = resolve_overlaps(&candidates)
            .into_iter()
            .map(|m| {
                let entry = self.gazetteer.entry(m.entry());
                Entity {
                    span: m.span(),
                    text: &text[m.span().bytes()],
                    label: entry.label().to_owned(),
                    canonical: Some(entry.name().to_owned()),
                    id: Some(entry.id().to_owned()),
                    source: format!("gazetteer:{}", entry.source()),
                }
            })
            .collect();
        Document {
            text,
            tokens,
            sentences,
            entities,
            ..Document::default()
        }
    }

    /// Extracts from `text`, recording `date` (`YYYY-MM-DD` or `YYYY-MM`) as the
    /// document's date.
    pub fn extract_with_date<'t>(&self, text: &'t str, date: &str) -> Document<'t> {
        self.extract(text).with_date(date)
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
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder {
            bundled: true,
            files: Vec::new(),
            dirs: Vec::new(),
            entries: Vec::new(),
            lexicon_labels: LEXICON_LABELS.iter().map(|l| (*l).to_owned()).collect(),
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
        Ok(Extractor {
            gazetteer: gazetteer.build()?,
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
