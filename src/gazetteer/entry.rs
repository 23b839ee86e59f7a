//! The entry model: what one gazetteer line holds, stored compactly.

use crate::Error;
use std::fmt;

/// A slice of the gazetteer's string arena.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct StrRef {
    start: u32,
    len: u32,
}

/// All the strings of a gazetteer in one buffer: a million entries cost one
/// allocation instead of several million.
#[derive(Debug, Default, Clone)]
pub(super) struct Arena {
    buf: String,
}

impl StrRef {
    /// Where the string starts in its arena: strings are added in order.
    pub(super) fn start(self) -> u32 {
        self.start
    }

    /// The `len` bytes from byte `offset` of this string (both within it).
    pub(super) fn slice(self, offset: usize, len: usize) -> StrRef {
        let within = |n: usize| u32::try_from(n).unwrap_or(u32::MAX).min(self.len);
        let start = within(offset);
        StrRef {
            start: self.start + start,
            len: within(len).min(self.len - start),
        }
    }
}

impl Arena {
    pub(super) fn push(&mut self, s: &str) -> Result<StrRef, Error> {
        self.push_with(|buf| buf.push_str(s))
    }

    /// Adds what `write` appends to the arena, as one string.
    pub(super) fn push_with(&mut self, write: impl FnOnce(&mut String)) -> Result<StrRef, Error> {
        let before = self.buf.len();
        write(&mut self.buf);
        let start = u32::try_from(before);
        let len = u32::try_from(self.buf.len() - before);
        match (start, len) {
            (Ok(start), Ok(len)) if start.checked_add(len).is_some() => Ok(StrRef { start, len }),
            _ => {
                self.buf.truncate(before);
                Err(Error::data(
                    "<gazetteer>",
                    0,
                    0,
                    "gazetteer text exceeds 4 GiB: split it across several extractors",
                ))
            }
        }
    }

    pub(super) fn get(&self, r: StrRef) -> &str {
        let start = r.start as usize;
        self.buf.get(start..start + r.len as usize).unwrap_or("")
    }

    pub(super) fn capacity(&self) -> usize {
        self.buf.capacity()
    }

    pub(super) fn shrink(&mut self) {
        self.buf.shrink_to_fit();
    }
}

/// Matching flags of an entry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct EntryFlags {
    pub(super) case_sensitive: bool,
    pub(super) inflect: bool,
}

/// One entry, as stored: its strings live in the [`Arena`].
#[derive(Debug, Clone, Copy)]
pub(super) struct StoredEntry {
    pub(super) id: StrRef,
    pub(super) name: StrRef,
    /// Aliases as written, `|`-separated; a leading `=` marks a case-sensitive alias.
    pub(super) aliases: StrRef,
    /// Attributes as written, `key=value` separated by spaces.
    pub(super) attributes: StrRef,
    pub(super) label: u32,
    pub(super) file: u32,
    pub(super) line: u32,
    pub(super) flags: EntryFlags,
    pub(super) priority: i8,
}

/// The identifier of an entry within one [`Gazetteer`](super::Gazetteer): its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub(super) u32);

impl EntryId {
    /// The index of the entry, in loading order.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Where an entry was defined: a file (or `<code>`) and a 1-based line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceLine<'g> {
    /// The file as it was given (`gazetteers/places.tsv`), or `<code>`.
    pub file: &'g str,
    /// 1-based line; 0 for entries added from code.
    pub line: u32,
}

impl fmt::Display for SourceLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.rsplit('/').next().unwrap_or(self.file);
        write!(f, "{file}:{}", self.line)
    }
}

/// One entry as validation and storage read it, borrowed from a line of a file or from
/// an [`Entry`]: loading a large file allocates nothing per line.
#[derive(Debug)]
pub(super) struct EntryView<'a> {
    pub(super) id: &'a str,
    pub(super) label: &'a str,
    pub(super) name: &'a str,
    aliases: Parts<'a, String>,
    attributes: Parts<'a, (String, String)>,
    pub(super) flags: EntryFlags,
    pub(super) priority: i8,
}

/// Aliases or attributes: a column as written, or a list built in code.
#[derive(Debug)]
enum Parts<'a, T> {
    Column(&'a str),
    List(&'a [T]),
}

impl<'a> EntryView<'a> {
    /// A line's entry: `aliases` and `attributes` are the columns as written (aliases
    /// `|`-separated, attributes `key=value` separated by spaces; pairs without `=` are
    /// the parser's to reject).
    pub(super) fn from_columns(
        [id, label, name, aliases, attributes]: [&'a str; 5],
        flags: EntryFlags,
        priority: i8,
    ) -> EntryView<'a> {
        EntryView {
            id,
            label,
            name,
            aliases: Parts::Column(aliases),
            attributes: Parts::Column(attributes),
            flags,
            priority,
        }
    }

    /// The aliases, trimmed, a leading `=` kept.
    pub(super) fn aliases(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        let (column, list) = match self.aliases {
            Parts::Column(c) => (Some(c).filter(|c| !c.is_empty()), &[][..]),
            Parts::List(l) => (None, l),
        };
        let column = column.into_iter().flat_map(|c| c.split('|').map(str::trim));
        column.chain(list.iter().map(String::as_str))
    }

    /// The attributes, as (key, value).
    pub(super) fn attributes(&self) -> impl Iterator<Item = (&'a str, &'a str)> + use<'a> {
        let (column, list) = match self.attributes {
            Parts::Column(c) => (c, &[][..]),
            Parts::List(l) => ("", l),
        };
        let column = column
            .split_whitespace()
            .filter_map(|pair| pair.split_once('='));
        column.chain(list.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

/// An entry to add from code, built with chained setters.
///
/// ```
/// use gazette::gazetteer::{Entry, GazetteerBuilder};
/// let mut builder = GazetteerBuilder::new();
/// builder.add_entry(
///     Entry::new("org:isis", "ORG", "État islamique")
///         .alias("Daech")
///         .case_sensitive_alias("EI")
///         .attribute("cameo", "IMGMUSISI"),
/// )?;
/// let gazetteer = builder.build()?;
/// assert_eq!(gazetteer.len(), 1);
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub(super) id: String,
    pub(super) label: String,
    pub(super) name: String,
    pub(super) aliases: Vec<String>,
    pub(super) attributes: Vec<(String, String)>,
    pub(super) flags: EntryFlags,
    pub(super) priority: i8,
}

impl Entry {
    /// A new entry: a stable `id` (`loc:helmand`), a `label` (`PER`, `LOC`, `ORG` or your
    /// own, in capitals) and the canonical `name`.
    pub fn new(id: impl Into<String>, label: impl Into<String>, name: impl Into<String>) -> Entry {
        Entry {
            id: id.into(),
            label: label.into(),
            name: name.into(),
            ..Entry::default()
        }
    }

    /// The entry as validation and storage read it.
    pub(super) fn view(&self) -> EntryView<'_> {
        EntryView {
            id: &self.id,
            label: &self.label,
            name: &self.name,
            aliases: Parts::List(&self.aliases),
            attributes: Parts::List(&self.attributes),
            flags: self.flags,
            priority: self.priority,
        }
    }

    /// Adds another name the entry is known by.
    pub fn alias(mut self, alias: impl Into<String>) -> Entry {
        self.aliases.push(alias.into());
        self
    }

    /// Adds a name that matches only with the case written (`EI`, `US`).
    pub fn case_sensitive_alias(mut self, alias: impl Into<String>) -> Entry {
        self.aliases.push(format!("={}", alias.into()));
        self
    }

    /// Adds an attribute (`wikidata=Q889`, `country=AF`).
    pub fn attribute(mut self, key: impl Into<String>, value: impl Into<String>) -> Entry {
        self.attributes.push((key.into(), value.into()));
        self
    }

    /// Makes every name of the entry match only with the case written.
    pub fn case_sensitive(mut self) -> Entry {
        self.flags.case_sensitive = true;
        self
    }

    /// Lets the names match in their plural and feminine forms too (`taliban` → `talibans`).
    pub fn inflect(mut self) -> Entry {
        self.flags.inflect = true;
        self
    }

    /// Sets the priority used to resolve overlaps (higher wins; default 0).
    pub fn priority(mut self, priority: i8) -> Entry {
        self.priority = priority;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_stay_inside_their_string() {
        let mut arena = Arena::default();
        arena.push("xx").unwrap();
        let r = arena.push("Daech|=EI").unwrap();
        assert_eq!(arena.get(r.slice(0, 5)), "Daech");
        assert_eq!(arena.get(r.slice(7, 2)), "EI");
        assert_eq!(arena.get(r.slice(7, 10)), "EI");
        assert_eq!(arena.get(r.slice(20, 1)), "");
    }
}
