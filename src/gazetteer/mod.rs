//! Gazetteers: lists of people, places and organisations, matched in text.
//!
//! A [`Gazetteer`] is built once from files (see the format below) or entries added from
//! code, then matched against tokenized text with [`Gazetteer::find`]. Matching is on
//! folded text (case, accents, apostrophes, spaces, hyphens; see
//! [`normalize`](crate::normalize)), only at token boundaries (no `Kandahar` inside
//! `Kandahari`), through elisions (`d'Afghanistan`, `l’Otan`), with the plural and
//! feminine forms of entries flagged `inflect`, and case-sensitively where an entry or
//! alias says so (`EI` does not match `ei`).
//!
//! # File format
//!
//! One entry a line, tab-separated: `id`, `label`, `name`, then optional `aliases`
//! (`|`-separated, `=` before a case-sensitive one), `attributes` (`key=value` separated
//! by spaces) and `flags` (`case`, `inflect`, `priority=N`):
//!
//! ```text
//! loc:helmand → LOC → Helmand → Hilmand → wikidata=Q173864 country=AF type=province
//! org:isis    → ORG → État islamique → Daech|ISIS|=EI → cameo=IMGMUSISI
//! org:taliban → ORG → taliban → Taleban → cameo=AFGREB → inflect
//! ```
//!
//! (`→` stands for a tab.)
//!
//! Errors name the file, the line and the column, and say how to fix the line.
//!
//! # Overlaps
//!
//! [`Gazetteer::find`] returns every candidate match. [`resolve_overlaps`] keeps a set
//! of non-overlapping ones by one deterministic policy: higher **priority** first, then
//! the **longest** (in chars), then the **leftmost**, then the entry that comes first
//! in **file order**. So in `le Paris Saint-Germain`, an entry `Paris Saint-Germain`
//! wins over `Paris`; and `Jean-Pierre` is one token, so `Jean` never matches inside it.
//!
//! ```
//! use gazette::gazetteer::{Entry, GazetteerBuilder, resolve_overlaps};
//! use gazette::tokenizer::tokenize;
//! let mut b = GazetteerBuilder::new();
//! b.add_entry(Entry::new("loc:paris", "LOC", "Paris"))?;
//! b.add_entry(Entry::new("org:psg", "ORG", "Paris Saint-Germain"))?;
//! b.add_entry(Entry::new("per:jean", "PER", "Jean"))?;
//! let g = b.build()?;
//! let text = "Jean-Pierre supporte le Paris Saint-Germain à Paris.";
//! let tokens = tokenize(text);
//! let all = g.find(text, tokens.tokens());
//! assert_eq!(all.len(), 3); // Paris Saint-Germain, Paris inside it, Paris at the end
//! let kept: Vec<&str> = resolve_overlaps(&all).iter().map(|m| &text[m.span().bytes()]).collect();
//! assert_eq!(kept, ["Paris Saint-Germain", "Paris"]);
//! # Ok::<(), gazette::Error>(())
//! ```

mod bundled;
mod entry;
mod geonames;
mod load;
mod matcher;

pub use entry::{Entry, EntryId, SourceLine};
pub use geonames::GeoNamesOptions;

use crate::normalize::FoldedTokens;
use crate::tokenizer::Token;
use crate::{Error, Span};
use entry::{Arena, EntryView, StoredEntry};
use matcher::Matcher;
use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

/// A compiled gazetteer: entries and the automaton that finds them.
///
/// Immutable and `Send + Sync` once built.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    arena: Arena,
    entries: Vec<StoredEntry>,
    labels: Vec<Box<str>>,
    files: Vec<Box<str>>,
    matcher: Matcher,
    /// Entry indexes sorted by id, built by the first [`Gazetteer::entry_by_id`] (a
    /// build of a million entries need not pay for it).
    by_id: std::sync::OnceLock<Vec<u32>>,
}

/// One match of a gazetteer name in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazetteerMatch {
    span: Span,
    /// The tokens it covers, `[first, end)`.
    tokens: [u32; 2],
    entry: EntryId,
    priority: i8,
}

impl GazetteerMatch {
    /// Where the name is in the text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The entry it matched; look it up with [`Gazetteer::entry`].
    pub fn entry(&self) -> EntryId {
        self.entry
    }

    /// The entry's priority.
    pub fn priority(&self) -> i8 {
        self.priority
    }

    /// The tokens it covers, as a range of indices into the tokens it was found in.
    ///
    /// ```
    /// use gazette::gazetteer::{Entry, GazetteerBuilder};
    /// let mut b = GazetteerBuilder::new();
    /// b.add_entry(Entry::new("loc:nahr-e-saraj", "LOC", "Nahr-e Saraj"))?;
    /// let g = b.build()?;
    /// let text = "Combats à Nahr-e-Saraj.";
    /// let tokens = gazette::tokenizer::tokenize(text);
    /// let found = g.find(text, tokens.tokens());
    /// assert_eq!(&text[found[0].span().bytes()], "Nahr-e-Saraj");
    /// assert_eq!(found[0].tokens(), 2..3);
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.tokens[0] as usize..self.tokens[1] as usize
    }
}

/// Whether `name` is written as labels are: a capital, then capitals, digits or `_`
/// (`PER`, `FIRSTNAME`, `ORG_2`). Word classes of the rule files are named alike.
pub(crate) fn is_label_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Keeps non-overlapping matches: higher priority, then longer, then leftmost, then
/// earlier entry. The result is sorted by position.
pub fn resolve_overlaps(candidates: &[GazetteerMatch]) -> Vec<GazetteerMatch> {
    let mut order: Vec<&GazetteerMatch> = candidates.iter().collect();
    order.sort_by(|a, b| {
        b.priority
            .cmp(&a.priority)
            .then(b.span.chars().len().cmp(&a.span.chars().len()))
            .then(a.span.byte_start().cmp(&b.span.byte_start()))
            .then(a.entry.cmp(&b.entry))
    });
    let mut kept: Vec<GazetteerMatch> = Vec::new();
    for candidate in order {
        let overlaps = kept.iter().any(|k| {
            k.span.byte_start() < candidate.span.byte_end()
                && candidate.span.byte_start() < k.span.byte_end()
        });
        if !overlaps {
            kept.push(*candidate);
        }
    }
    kept.sort_by_key(|m| (m.span.byte_start(), m.span.byte_end()));
    kept
}

/// A view of one entry of a [`Gazetteer`].
#[derive(Debug, Clone, Copy)]
pub struct EntryRef<'g> {
    gazetteer: &'g Gazetteer,
    entry: &'g StoredEntry,
}

impl<'g> EntryRef<'g> {
    /// The stable identifier (`loc:helmand`).
    pub fn id(&self) -> &'g str {
        self.gazetteer.arena.get(self.entry.id)
    }

    /// The label (`PER`, `LOC`, `ORG`, …).
    pub fn label(&self) -> &'g str {
        &self.gazetteer.labels[self.entry.label as usize]
    }

    /// The canonical name.
    pub fn name(&self) -> &'g str {
        self.gazetteer.arena.get(self.entry.name)
    }

    /// The aliases, without their case markers.
    pub fn aliases(&self) -> impl Iterator<Item = &'g str> + 'g {
        let raw = self.gazetteer.arena.get(self.entry.aliases);
        raw.split('|')
            .filter(|a| !a.is_empty())
            .map(|a| a.strip_prefix('=').unwrap_or(a))
    }

    /// The attributes, as `(key, value)` pairs in file order.
    pub fn attributes(&self) -> impl Iterator<Item = (&'g str, &'g str)> + 'g {
        let raw = self.gazetteer.arena.get(self.entry.attributes);
        raw.split(' ').filter_map(|pair| pair.split_once('='))
    }

    /// The value of one attribute.
    pub fn attribute(&self, key: &str) -> Option<&'g str> {
        self.attributes().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// How it ranks against overlapping matches (see [`Entry::priority`]).
    pub(crate) fn priority(&self) -> i8 {
        self.entry.priority
    }

    /// The file and line the entry comes from.
    pub fn source(&self) -> SourceLine<'g> {
        SourceLine {
            file: &self.gazetteer.files[self.entry.file as usize],
            line: self.entry.line,
        }
    }
}

impl Gazetteer {
    /// Starts an empty builder; see [`GazetteerBuilder::with_bundled`] for the French
    /// resources that ship with gazette.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// One entry.
    ///
    /// # Panics
    ///
    /// If `id` comes from another gazetteer and is out of range.
    pub fn entry(&self, id: EntryId) -> EntryRef<'_> {
        EntryRef {
            gazetteer: self,
            entry: &self.entries[id.index()],
        }
    }

    /// Every entry, in loading order.
    ///
    /// ```
    /// let mut b = gazette::gazetteer::GazetteerBuilder::new();
    /// b.add_str("t.tsv", "a\tLOC\tDoha\nb\tPER\tKirby\n")?;
    /// let g = b.build()?;
    /// let names: Vec<&str> = g.entries().filter(|e| e.label() == "PER").map(|e| e.name()).collect();
    /// assert_eq!(names, ["Kirby"]);
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn entries(&self) -> impl Iterator<Item = EntryRef<'_>> {
        self.entries.iter().map(|entry| EntryRef {
            gazetteer: self,
            entry,
        })
    }

    /// Every entry with its id, in loading order.
    pub(crate) fn entries_with_ids(&self) -> impl Iterator<Item = (EntryId, EntryRef<'_>)> {
        (0u32..).map(EntryId).zip(self.entries())
    }

    /// The entry with this stable identifier, if any. The first call sorts the ids
    /// (O(n log n)); every call then searches them by halving.
    ///
    /// ```
    /// let g = gazette::Extractor::builder().build()?.gazetteer().clone();
    /// assert_eq!(g.entry_by_id("loc:country:af").map(|e| e.name()), Some("Afghanistan"));
    /// assert!(g.entry_by_id("loc:nowhere").is_none());
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn entry_by_id(&self, id: &str) -> Option<EntryRef<'_>> {
        let id_of = |k: u32| self.arena.get(self.entries[k as usize].id);
        let order = self.by_id.get_or_init(|| {
            // Fewer than 2^32 entries: the matcher's compilation checks it.
            let mut order: Vec<u32> = (0..self.entries.len() as u32).collect();
            order.sort_unstable_by(|&a, &b| id_of(a).cmp(id_of(b)));
            order
        });
        let at = order.binary_search_by(|&k| id_of(k).cmp(id)).ok()?;
        Some(EntryRef {
            gazetteer: self,
            entry: &self.entries[order[at] as usize],
        })
    }

    /// Every candidate match in `text`, whose `tokens` come from
    /// [`tokenize`](crate::tokenizer::tokenize); sorted by position, then by entry.
    /// Overlapping candidates are all there: see [`resolve_overlaps`].
    pub fn find(&self, text: &str, tokens: &[Token<'_>]) -> Vec<GazetteerMatch> {
        let mut out = Vec::with_capacity(tokens.len() / 4 + 4);
        self.matcher.find(text, tokens, self.store(), &mut out);
        out.sort_by_key(|m| (m.span.byte_start(), m.span.byte_end(), m.entry));
        out
    }

    /// [`Gazetteer::find`] over a document already folded.
    pub(crate) fn find_folded(
        &self,
        folds: &FoldedTokens,
        text: &str,
        tokens: &[Token<'_>],
    ) -> Vec<GazetteerMatch> {
        // News text has a name about every five tokens.
        let mut out = Vec::with_capacity(tokens.len() / 4 + 4);
        self.matcher
            .find_folded(folds, text, tokens, self.store(), &mut out);
        out.sort_by_key(|m| (m.span.byte_start(), m.span.byte_end(), m.entry));
        out
    }

    fn store(&self) -> matcher::Store<'_> {
        matcher::Store {
            entries: &self.entries,
            arena: &self.arena,
        }
    }

    /// Approximate heap bytes used (entries, strings and automaton).
    pub fn memory_usage(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<StoredEntry>()
            + self.arena_bytes()
            + self.matcher.memory_usage()
    }

    fn arena_bytes(&self) -> usize {
        self.arena.capacity()
    }
}

/// Collects entries from files and code, then compiles a [`Gazetteer`].
#[derive(Debug, Default)]
pub struct GazetteerBuilder {
    arena: Arena,
    entries: Vec<StoredEntry>,
    labels: Vec<Box<str>>,
    label_index: HashMap<Box<str>, u32>,
    files: Vec<Box<str>>,
}

impl GazetteerBuilder {
    /// An empty builder.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Adds the French resources bundled with gazette (`gazetteers/` in the crate).
    ///
    /// # Errors
    ///
    /// Only if the bundled files were edited into an invalid state.
    pub fn with_bundled(&mut self) -> Result<&mut GazetteerBuilder, Error> {
        for (path, text) in bundled::FILES {
            self.add_str(path, text)?;
        }
        Ok(self)
    }

    /// Adds every entry of a gazetteer file.
    ///
    /// # Errors
    ///
    /// If the file cannot be read, is not UTF-8, or has a malformed line: the error names
    /// the path, line and column.
    pub fn add_file(&mut self, path: impl AsRef<Path>) -> Result<&mut GazetteerBuilder, Error> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = Error::utf8(path, &bytes)?;
        self.add_str(&path.display().to_string(), text)
    }

    /// Adds every `*.tsv` file of a folder, in name order.
    ///
    /// # Errors
    ///
    /// As [`GazetteerBuilder::add_file`], and if the folder cannot be listed.
    pub fn add_dir(&mut self, dir: impl AsRef<Path>) -> Result<&mut GazetteerBuilder, Error> {
        let dir = dir.as_ref();
        let mut paths = Vec::new();
        for item in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
            let path = item.map_err(|e| Error::io(dir, e))?.path();
            if path.extension().is_some_and(|e| e == "tsv") {
                paths.push(path);
            }
        }
        paths.sort();
        for path in paths {
            self.add_file(path)?;
        }
        Ok(self)
    }

    /// Adds the entries of gazetteer text; `name` is the file name errors and sources
    /// report.
    ///
    /// # Errors
    ///
    /// If a line is malformed: the error names `name`, the line and the column.
    pub fn add_str(&mut self, name: &str, text: &str) -> Result<&mut GazetteerBuilder, Error> {
        let file = self.add_file_name(name)?;
        for (index, line) in text.lines().enumerate() {
            if load::is_blank_or_comment(line) {
                continue;
            }
            let number = index + 1;
            let entry = load::parse_line(&load::split_fields(line)).map_err(|e| {
                Error::data(name, number, load::field_column(line, e.field), e.message)
            })?;
            let line_u32 = u32::try_from(number).unwrap_or(u32::MAX);
            self.store(&entry, file, line_u32)
                .map_err(|message| Error::data(name, number, 1, message))?;
        }
        Ok(self)
    }

    /// Adds one entry from code; its source is reported as `<code>`.
    ///
    /// # Errors
    ///
    /// If the entry is malformed (empty id or name, bad label or attribute).
    pub fn add_entry(&mut self, entry: Entry) -> Result<&mut GazetteerBuilder, Error> {
        let view = entry.view();
        load::validate(&view).map_err(|e| {
            Error::data(
                "<code>",
                self.entries.len() + 1,
                e.field + 1,
                format!("entry `{}`: {}", entry.id, e.message),
            )
        })?;
        let file = self.add_file_name("<code>")?;
        self.store(&view, file, 0)
            .map_err(|message| Error::data("<code>", 0, 0, message))?;
        Ok(self)
    }

    fn add_file_name(&mut self, name: &str) -> Result<u32, Error> {
        if let Some(i) = self.files.iter().position(|f| &**f == name) {
            return Ok(i as u32);
        }
        self.files.push(name.into());
        u32::try_from(self.files.len() - 1)
            .map_err(|_| Error::data(name, 0, 0, "too many gazetteer files"))
    }

    fn store(&mut self, entry: &EntryView<'_>, file: u32, line: u32) -> Result<(), String> {
        let label = match self.label_index.get(entry.label) {
            Some(&l) => l,
            None => {
                let l = self.labels.len() as u32;
                self.labels.push(entry.label.into());
                self.label_index.insert(entry.label.into(), l);
                l
            }
        };
        let arena = &mut self.arena;
        let error = |e: Error| e.to_string();
        let stored = StoredEntry {
            id: arena.push(entry.id).map_err(error)?,
            name: arena.push(entry.name).map_err(error)?,
            aliases: arena
                .push_with(|buf| {
                    for (k, alias) in entry.aliases().enumerate() {
                        if k > 0 {
                            buf.push('|');
                        }
                        buf.push_str(alias);
                    }
                })
                .map_err(error)?,
            attributes: arena
                .push_with(|buf| {
                    for (k, (key, value)) in entry.attributes().enumerate() {
                        if k > 0 {
                            buf.push(' ');
                        }
                        buf.push_str(key);
                        buf.push('=');
                        buf.push_str(value);
                    }
                })
                .map_err(error)?,
            label,
            file,
            line,
            flags: entry.flags,
            priority: entry.priority,
        };
        self.entries.push(stored);
        Ok(())
    }

    /// Number of entries added so far.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no entry was added.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Checks that ids are unique and compiles the matcher.
    ///
    /// # Errors
    ///
    /// On a duplicate id, naming both places it is defined.
    pub fn build(self) -> Result<Gazetteer, Error> {
        let GazetteerBuilder {
            mut arena,
            entries,
            labels,
            files,
            ..
        } = self;
        let mut seen: HashMap<&str, usize> =
            HashMap::with_capacity_and_hasher(entries.len(), Default::default());
        for (index, entry) in entries.iter().enumerate() {
            if let Some(first) = seen.insert(arena.get(entry.id), index) {
                let before = &entries[first];
                return Err(Error::data(
                    &*files[entry.file as usize],
                    entry.line as usize,
                    1,
                    format!(
                        "duplicate id `{}`, first defined at {}:{}: give each entry its own id",
                        arena.get(entry.id),
                        files[before.file as usize],
                        before.line
                    ),
                ));
            }
        }
        drop(seen);
        let matcher = Matcher::compile(&entries, &mut arena)?;
        arena.shrink();
        Ok(Gazetteer {
            arena,
            entries,
            labels,
            files,
            matcher,
            by_id: std::sync::OnceLock::new(),
        })
    }
}

#[cfg(test)]
mod tests;
