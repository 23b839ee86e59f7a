//! Ways to write a [`Document`] out.

use crate::Document;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// What the JSON output holds besides the entities.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct JsonOptions {
    /// Adds `tokens` and `sentences` (they are large, so they are left out by default).
    pub tokens: bool,
}

/// A document seen through [`JsonOptions`], ready for `serde`.
///
/// ```
/// use gazette::{Extractor, JsonOptions, render::Json};
/// let doc = Extractor::builder().build()?.extract("Oui.").with_id("a");
/// let json = serde_json::to_string(&Json::new(&doc, JsonOptions::default())).unwrap();
/// assert_eq!(json, r#"{"id":"a","entities":[]}"#);
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Json<'d, 't> {
    doc: &'d Document<'t>,
    options: JsonOptions,
}

impl<'d, 't> Json<'d, 't> {
    /// Wraps `doc` for serialisation.
    pub fn new(doc: &'d Document<'t>, options: JsonOptions) -> Json<'d, 't> {
        Json { doc, options }
    }
}

impl Serialize for Json<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let doc = self.doc;
        let mut map = serializer.serialize_map(None)?;
        if let Some(id) = doc.id() {
            map.serialize_entry("id", id)?;
        }
        if let Some(date) = doc.date() {
            map.serialize_entry("date", date)?;
        }
        if !doc.dateline().is_empty() {
            map.serialize_entry("dateline", doc.dateline())?;
        }
        map.serialize_entry("entities", doc.entities())?;
        if self.options.tokens {
            map.serialize_entry("sentences", doc.sentences())?;
            map.serialize_entry("tokens", doc.tokens())?;
        }
        map.end()
    }
}
