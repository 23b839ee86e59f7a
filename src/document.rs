//! The output of extraction: one [`Document`] per input text.

use crate::render::{Json, JsonOptions};
use crate::tokenizer::{Sentence, Token};
use serde::{Serialize, Serializer};

/// What gazette found in one text. It borrows the text it was extracted from.
///
/// Serialises to the JSON contract of the project (char offsets as `start`/`end`);
/// `serde` output holds everything, while [`Document::to_json`] lets tokens and
/// sentences be left out, as the command line does by default.
///
/// # Examples
///
/// ```
/// use gazette::Extractor;
/// let extractor = Extractor::builder().build()?;
/// let doc = extractor.extract("Frappe à Kandahar. Le Pentagone confirme.").with_id("001");
/// assert_eq!(doc.sentences().len(), 2);
/// assert_eq!(doc.to_json(Default::default()), r#"{"id":"001"}"#);
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document<'t> {
    pub(crate) id: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) text: &'t str,
    pub(crate) tokens: Vec<Token<'t>>,
    pub(crate) sentences: Vec<Sentence>,
}

impl<'t> Document<'t> {
    /// Sets the document's identifier (written as `id`).
    pub fn with_id(mut self, id: impl Into<String>) -> Document<'t> {
        self.id = Some(id.into());
        self
    }

    /// Records the document's date as given (`2020-03-04`, `2020-03`), written as `date`.
    pub fn with_date(mut self, date: impl Into<String>) -> Document<'t> {
        self.date = Some(date.into());
        self
    }

    /// The identifier, if one was set.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The date, if one was set.
    pub fn date(&self) -> Option<&str> {
        self.date.as_deref()
    }

    /// The text the document was extracted from.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The tokens, in text order.
    pub fn tokens(&self) -> &[Token<'t>] {
        &self.tokens
    }

    /// The sentences, in text order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token<'t>] {
        self.tokens.get(sentence.tokens()).unwrap_or(&[])
    }

    /// One line of JSON, with the parts `options` asks for.
    ///
    /// ```
    /// use gazette::{Extractor, JsonOptions};
    /// let doc = Extractor::builder().build()?.extract("Oui.");
    /// let json = doc.to_json(JsonOptions { tokens: true });
    /// assert!(json.starts_with(r#"{"sentences":[{"start":0,"end":4,"#));
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn to_json(&self, options: JsonOptions) -> String {
        // Serialising plain data with string keys into a String cannot fail.
        serde_json::to_string(&Json::new(self, options)).unwrap_or_default()
    }
}

impl Serialize for Document<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Json::new(self, JsonOptions { tokens: true }).serialize(serializer)
    }
}
