//! The output of extraction: one [`Document`] per input text.

use crate::Span;
use crate::recognizer::Dateline;
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
/// assert_eq!(doc.entities().len(), 2);
/// assert_eq!(doc.sentences().len(), 2);
/// assert!(doc.to_json(Default::default()).starts_with(r#"{"id":"001","entities":[{"start":9,"end":17,"#));
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document<'t> {
    pub(crate) id: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) text: &'t str,
    pub(crate) tokens: Vec<Token<'t>>,
    pub(crate) sentences: Vec<Sentence>,
    pub(crate) entities: Vec<Entity<'t>>,
    pub(crate) dateline: Dateline,
}

impl<'t> Document<'t> {
    /// Sets the document's identifier (written as `id`).
    pub fn with_id(mut self, id: impl Into<String>) -> Document<'t> {
        self.id = Some(id.into());
        self
    }

    /// Records the document's date as given (`2020-03-04`, `2020-03`), written as `date`.
    ///
    /// This only records it: to resolve the dates of the text against it, extract with
    /// [`Extractor::extract_with_date`](crate::Extractor::extract_with_date).
    pub fn with_date(mut self, date: impl Into<String>) -> Document<'t> {
        self.date = Some(date.into());
        self
    }

    /// The dateline: where the wire was filed and which agency sent it, if it says.
    ///
    /// ```
    /// let extractor = gazette::Extractor::builder().build()?;
    /// let doc = extractor.extract("L'armée a frappé mercredi. (Belga)");
    /// assert_eq!(doc.dateline().source.as_deref(), Some("Belga"));
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn dateline(&self) -> &Dateline {
        &self.dateline
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

    /// The entities, sorted by position; they never overlap.
    pub fn entities(&self) -> &[Entity<'t>] {
        &self.entities
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
    /// assert!(json.starts_with(r#"{"entities":[],"sentences":[{"start":0,"end":4,"#));
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

/// A named entity: a person, place, organisation (or a label of your own) found in text.
///
/// ```
/// use gazette::Extractor;
/// let doc = Extractor::builder().build()?.extract("Frappe américaine à Lashkar Gah.");
/// let e = &doc.entities()[0];
/// assert_eq!((e.text(), e.label(), e.id()), ("Lashkar Gah", "LOC", Some("loc:af:lashkar-gah")));
/// assert_eq!(e.span().chars(), 20..31);
/// assert!(e.source().starts_with("gazetteer:places.tsv:"));
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity<'t> {
    pub(crate) span: Span,
    pub(crate) text: &'t str,
    /// Borrowed for the labels gazette gives (most entities), owned for others.
    pub(crate) label: std::borrow::Cow<'static, str>,
    /// Canonical name, id, source, value and unit.
    pub(crate) strings: EntityStrings,
}

/// The strings an entity owns, in one allocation: a document has an entity every few
/// tokens, and allocating (then freeing) each string apart cost more than finding it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EntityStrings {
    buf: String,
    /// Where each part ends in `buf` (each starts where the one before ends).
    ends: [u32; 5],
    /// Which of the optional parts there are, a bit each.
    present: u8,
}

impl EntityStrings {
    const CANONICAL: usize = 0;
    const ID: usize = 1;
    const SOURCE: usize = 2;
    const VALUE: usize = 3;
    const UNIT: usize = 4;

    /// Packs the parts; `write_source` writes the source at the end of the buffer it is
    /// given.
    pub(crate) fn new(
        canonical: Option<&str>,
        id: Option<&str>,
        write_source: impl FnOnce(&mut String),
        value: Option<&str>,
        unit: Option<&str>,
    ) -> EntityStrings {
        let len = |s: Option<&str>| s.map_or(0, str::len);
        let mut buf = String::with_capacity(len(canonical) + len(id) + len(value) + len(unit) + 32);
        let mut ends = [0u32; 5];
        let mut present = 0u8;
        // Offsets are u32: a part that would end past 4 GiB reads as empty.
        let end = |buf: &String| u32::try_from(buf.len()).unwrap_or(u32::MAX);
        for (k, part) in [canonical, id].into_iter().enumerate() {
            if let Some(part) = part {
                buf.push_str(part);
                present |= 1 << k;
            }
            ends[k] = end(&buf);
        }
        write_source(&mut buf);
        ends[Self::SOURCE] = end(&buf);
        for (k, part) in [(Self::VALUE, value), (Self::UNIT, unit)] {
            if let Some(part) = part {
                buf.push_str(part);
                present |= 1 << k;
            }
            ends[k] = end(&buf);
        }
        EntityStrings { buf, ends, present }
    }

    fn part(&self, k: usize) -> &str {
        let start = k.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        self.buf.get(start..self.ends[k] as usize).unwrap_or("")
    }

    fn optional(&self, k: usize) -> Option<&str> {
        (self.present & (1 << k) != 0).then(|| self.part(k))
    }
}

impl<'t> Entity<'t> {
    /// Where the entity is.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The entity as written.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// `PER`, `LOC`, `ORG`, or a label of your own.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// The canonical name, when the entity is a known one (`Abdul Ghani Baradar` for
    /// `Baradar`).
    pub fn canonical(&self) -> Option<&str> {
        self.strings.optional(EntityStrings::CANONICAL)
    }

    /// The stable identifier of the known entity (`per:abdul-ghani-baradar`).
    pub fn id(&self) -> Option<&str> {
        self.strings.optional(EntityStrings::ID)
    }

    /// What produced it: `gazetteer:FILE:LINE` for a gazetteer entry, `rule:ID` for an
    /// entity rule, `date:RULE`, `quantity:…`, `shape:WHY` for a name typed by its shape,
    /// `propagation` for a later mention of a name found earlier.
    pub fn source(&self) -> &str {
        self.strings.part(EntityStrings::SOURCE)
    }

    /// The normalised value: ISO 8601 for `DATE` (`2020-03-03`, `2021-05`), `TIME`
    /// (`T16:00`) and `DURATION` (`P14M`); the number for `QUANTITY` (`5000`).
    ///
    /// ```
    /// let extractor = gazette::Extractor::builder().build()?;
    /// let doc = extractor.extract_with_date("Retrait de 5 000 soldats sous 14 mois, dès le 3 mars.", "2020-03");
    /// let values: Vec<(&str, Option<&str>, Option<&str>)> =
    ///     doc.entities().iter().map(|e| (e.label(), e.value(), e.unit())).collect();
    /// assert_eq!(values, [
    ///     ("QUANTITY", Some("5000"), Some("soldats")),
    ///     ("DURATION", Some("P14M"), None),
    ///     ("DATE", Some("2020-03-03"), None),
    /// ]);
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn value(&self) -> Option<&str> {
        self.strings.optional(EntityStrings::VALUE)
    }

    /// For a `QUANTITY`, the noun counted (`soldats`).
    pub fn unit(&self) -> Option<&str> {
        self.strings.optional(EntityStrings::UNIT)
    }
}

/// One line: `LABEL text = value [unit] #id <- source`, with what is known.
///
/// ```
/// let extractor = gazette::Extractor::builder().build()?;
/// let doc = extractor.extract("Au moins 20 soldats à Kaboul.");
/// let lines: Vec<String> = doc.entities().iter().map(|e| e.to_string()).collect();
/// assert_eq!(lines[0], "QUANTITY Au moins 20 soldats = 20 [soldats] <- quantity:count");
/// assert!(lines[1].starts_with("LOC Kaboul #loc:capital:af <- gazetteer:countries.tsv:"));
/// # Ok::<(), gazette::Error>(())
/// ```
impl std::fmt::Display for Entity<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.label, self.text.replace('\n', " "))?;
        if let Some(value) = self.value() {
            write!(f, " = {value}")?;
        }
        if let Some(unit) = self.unit() {
            write!(f, " [{unit}]")?;
        }
        if let Some(id) = self.id() {
            write!(f, " #{id}")?;
        }
        write!(f, " <- {}", self.source())
    }
}

impl Serialize for Entity<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("start", &self.span.char_start())?;
        map.serialize_entry("end", &self.span.char_end())?;
        map.serialize_entry("byte_start", &self.span.byte_start())?;
        map.serialize_entry("byte_end", &self.span.byte_end())?;
        map.serialize_entry("text", self.text)?;
        map.serialize_entry("label", self.label.as_ref())?;
        if let Some(canonical) = self.canonical() {
            map.serialize_entry("canonical", canonical)?;
        }
        if let Some(id) = self.id() {
            map.serialize_entry("id", id)?;
        }
        if let Some(value) = self.value() {
            map.serialize_entry("value", value)?;
        }
        if let Some(unit) = self.unit() {
            map.serialize_entry("unit", unit)?;
        }
        map.serialize_entry("source", self.source())?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::EntityStrings;

    #[test]
    fn entity_strings_keep_each_part_apart() {
        type Parts<'a> = (
            Option<&'a str>,
            Option<&'a str>,
            &'a str,
            Option<&'a str>,
            Option<&'a str>,
        );
        let table: [Parts; 4] = [
            (
                Some("Kaboul"),
                Some("loc:af:kaboul"),
                "gazetteer:x.tsv:3",
                None,
                None,
            ),
            (None, None, "quantity:count", Some("20"), Some("soldats")),
            // An empty part is there, not missing.
            (Some(""), None, "", Some(""), None),
            (None, None, "propagation", None, Some("é")),
        ];
        for (canonical, id, source, value, unit) in table {
            let s = EntityStrings::new(canonical, id, |out| out.push_str(source), value, unit);
            let got = (
                s.optional(EntityStrings::CANONICAL),
                s.optional(EntityStrings::ID),
                s.part(EntityStrings::SOURCE),
                s.optional(EntityStrings::VALUE),
                s.optional(EntityStrings::UNIT),
            );
            assert_eq!(got, (canonical, id, source, value, unit));
        }
    }
}
