//! Entity recognition beyond the lists: rules, dates, quantities, names by shape and
//! later mentions.
//!
//! The recognizer reads the tokens and every gazetteer match (lexicon labels such as
//! `TITLE`, `DEMONYM`, `FIRSTNAME` and `ORGWORD` included) and works in this order:
//!
//! 1. candidates: gazetteer entities, dates, times and durations ([`dates`]), entity
//!    [`rules`] from data files (in the language of [`pattern`]), quantities;
//! 2. one overlap policy for all of them: higher gazetteer priority, then the longer
//!    span, then the more reliable source (gazetteer, dates, rules, quantities), then
//!    leftmost;
//! 3. names in what is left uncovered: later mentions of a name found earlier
//!    take its label and id (`Leggett` after `le colonel Sonny Leggett`); unknown
//!    capitalised sequences are typed by lexicons and context;
//! 4. one label per name in a document: a name typed by shape alone takes the label a
//!    list or rule gave the same name elsewhere in the document.

pub(crate) mod context;
pub mod dateline;
pub mod dates;
pub(crate) mod lexicon;
pub(crate) mod names;
pub(crate) mod numbers;
pub mod pattern;
pub(crate) mod quantities;
pub mod rules;

use crate::Error;
use crate::gazetteer::{EntryId, Gazetteer, GazetteerMatch};
use crate::normalize::FoldedTokens;
use crate::tokenizer::{Sentence, Token};
use context::Context;
pub use dateline::Dateline;
pub use dates::Reference;
pub use rules::Rule;
use rustc_hash::FxHashMap;
use std::collections::HashSet;

/// The entity rules bundled with gazette.
pub(crate) const BUNDLED_RULES: &[(&str, &str)] = &[(
    "gazetteers/rules/entities.tsv",
    include_str!("../../gazetteers/rules/entities.tsv"),
)];

/// What found a candidate; written out as the entity's `source`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source<'a> {
    Gazetteer(EntryId),
    Rule(&'a str),
    Date(&'static str),
    Quantity { approximate: bool },
    Shape(&'static str),
    Propagation,
}

impl Source<'_> {
    /// `gazetteer:FILE:LINE`, `rule:ID`, `date:RULE`, `quantity:…`, `shape:WHY`,
    /// `propagation`.
    pub(crate) fn render(self, gazetteer: &Gazetteer, out: &mut String) {
        // Built by hand rather than with `format!`: this runs once per entity, and the
        // formatting machinery cost more than the rest of the entity's output.
        let (kind, name, line) = match self {
            Source::Gazetteer(id) => {
                let source = gazetteer.entry(id).source();
                let file = source
                    .file
                    .rsplit_once('/')
                    .map_or(source.file, |(_, name)| name);
                ("gazetteer:", file, Some(source.line))
            }
            Source::Rule(id) => ("rule:", id, None),
            Source::Date(rule) => ("date:", rule, None),
            Source::Quantity { approximate: true } => ("quantity:", "approximate", None),
            Source::Quantity { approximate: false } => ("quantity:", "count", None),
            Source::Shape(why) => ("shape:", why, None),
            Source::Propagation => ("propagation", "", None),
        };
        out.push_str(kind);
        out.push_str(name);
        if let Some(line) = line {
            out.push(':');
            out.push_str(itoa::Buffer::new().format(line));
        }
    }
}

/// An entity before it is written out: a token range and what it is. Borrows from the
/// text, the gazetteer and the rules, so that nothing is allocated for the many
/// candidates the overlap policy drops.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Candidate<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) label: &'a str,
    pub(crate) canonical: Option<&'a str>,
    pub(crate) id: Option<&'a str>,
    pub(crate) source: Source<'a>,
    /// Lower is more reliable: 0 gazetteer, 1 dates, 2 rules and propagation, 3 shapes
    /// and quantities.
    pub(crate) rank: u8,
    pub(crate) priority: i8,
    pub(crate) value: Option<String>,
    pub(crate) unit: Option<&'a str>,
}

/// What the recognizer reads of one document.
#[derive(Clone, Copy)]
pub(crate) struct Inputs<'a, 't> {
    pub(crate) text: &'t str,
    pub(crate) tokens: &'a [Token<'t>],
    pub(crate) folds: &'a FoldedTokens,
    pub(crate) sentences: &'a [Sentence],
    pub(crate) gazetteer: &'a Gazetteer,
    pub(crate) matches: &'a [GazetteerMatch],
    pub(crate) lexicon_labels: &'a [String],
}

impl<'a, 't> Inputs<'a, 't> {
    fn context(
        &self,
        vocabulary: &lexicon::Vocabulary,
        first_names: &rustc_hash::FxHashSet<String>,
    ) -> Context<'a, 't> {
        Context::new(*self, vocabulary, first_names)
    }
}

/// The compiled rules and the order to try them in.
#[derive(Debug, Clone, Default)]
pub(crate) struct Recognizer {
    /// Whether dates without a day number or a year (`mercredi`, `hier`, `avril`) are
    /// entities; see `ExtractorBuilder::relative_dates`.
    relative_dates: bool,
    rules: Vec<Rule>,
    /// Per rule, what any of its matches requires (see `Pattern::needs`).
    needs: Vec<Vec<u64>>,
    /// Folded first names, to read compound ones (`Jean-Marc`) that no list holds.
    first_names: rustc_hash::FxHashSet<String>,
    /// The words of every list the recognizer reads, the first words of rules
    /// included: `by_word[k]` are the rules a word whose `rules` is `k` can start.
    vocabulary: lexicon::Vocabulary,
    by_word: Vec<Vec<usize>>,
    by_label: FxHashMap<String, Vec<usize>>,
    capitalised: Vec<usize>,
    anywhere: Vec<usize>,
}

impl Recognizer {
    /// Compiles rule files given as (name, text), for a gazetteer whose `FIRSTNAME`
    /// lexicon it reads compound first names with.
    pub(crate) fn new<'f>(
        files: impl IntoIterator<Item = (&'f str, &'f str)>,
        gazetteer: &Gazetteer,
        relative_dates: bool,
    ) -> Result<Recognizer, Error> {
        let mut seen = HashSet::new();
        let mut rules = Vec::new();
        for (name, text) in files {
            rules.extend(rules::parse(name, text, &mut seen)?);
        }
        let mut r = Recognizer::default();
        for (class, w) in lexicon::Vocabulary::classes() {
            r.vocabulary.entry(w).classes |= class;
        }
        for w in dates::start_words() {
            r.vocabulary.entry(&w).classes |= lexicon::DATE_START;
        }
        for w in quantities::start_words() {
            r.vocabulary.entry(w).classes |= lexicon::QUANTITY_START;
        }
        for w in numbers::number_words() {
            r.vocabulary.entry(w).number = numbers::word_value(w).unwrap_or(f64::NAN);
        }
        for (k, rule) in rules.iter().enumerate() {
            for w in rule.pattern.needed_words() {
                r.vocabulary.entry(w).needs |= lexicon::word_need(w);
            }
            r.needs.push(rule.pattern.needs());
            for first in rule.pattern.first() {
                match first {
                    pattern::First::Words(words) => {
                        for w in words {
                            let info = r.vocabulary.entry(w);
                            if info.rules == u32::MAX {
                                info.rules = u32::try_from(r.by_word.len()).unwrap_or(u32::MAX);
                                r.by_word.push(Vec::new());
                            }
                            if let Some(list) = r.by_word.get_mut(info.rules as usize) {
                                list.push(k);
                            }
                        }
                    }
                    pattern::First::Labels(labels) => {
                        for l in labels {
                            r.by_label.entry(l.to_owned()).or_default().push(k);
                        }
                    }
                    pattern::First::Capitalised => r.capitalised.push(k),
                    pattern::First::Anything => r.anywhere.push(k),
                }
            }
        }
        r.rules = rules;
        r.relative_dates = relative_dates;
        r.first_names = gazetteer
            .entries()
            .filter(|e| e.label() == "FIRSTNAME")
            .map(|e| crate::normalize::fold(e.name()))
            .collect();
        Ok(r)
    }

    pub(crate) fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Every entity of a document, sorted by position.
    pub(crate) fn recognize<'a>(
        &'a self,
        inputs: Inputs<'a, 'a>,
        date: Option<Reference>,
        skip: usize,
    ) -> (Vec<Candidate<'a>>, Dateline) {
        let cx = inputs.context(&self.vocabulary, &self.first_names);
        let gazetteer = inputs.gazetteer;
        // Room for the list matches and as many again from dates, rules and
        // quantities: growing a vector of candidates copies them all.
        let mut candidates = Vec::with_capacity(2 * cx.marks().len() + 16);
        for m in cx.marks().iter().filter(|m| !m.lexicon && m.start >= skip) {
            let entry = gazetteer.entry(m.entry);
            if written_as_common_word(&cx, m.start, m.end, entry.name())
                || accented_unlike_every_name(cx.slice(m.start, m.end), &entry)
            {
                continue;
            }
            candidates.push(Candidate {
                start: m.start,
                end: m.end,
                label: m.label,
                canonical: Some(entry.name()),
                id: Some(entry.id()),
                source: Source::Gazetteer(m.entry),
                rank: 0,
                priority: m.priority,
                value: None,
                unit: None,
            });
        }
        let listed = candidates.len();
        for d in dates::find(&cx, date)
            .into_iter()
            .filter(|d| d.start >= skip && (self.relative_dates || !d.relative))
        {
            candidates.push(Candidate {
                start: d.start,
                end: d.end,
                label: d.label,
                canonical: None,
                id: None,
                source: Source::Date(d.rule),
                rank: 1,
                priority: 0,
                value: d.value,
                unit: None,
            });
        }
        let rules_from = candidates.len();
        self.apply_rules(&cx, skip, &mut candidates);
        towns_yield_to_rules(&cx, &mut candidates, listed, rules_from);
        for q in quantities::find(&cx)
            .into_iter()
            .filter(|q| q.start >= skip)
        {
            candidates.push(Candidate {
                start: q.start,
                end: q.end,
                label: "QUANTITY",
                canonical: None,
                id: None,
                source: Source::Quantity {
                    approximate: q.approximate,
                },
                rank: 3,
                priority: 0,
                value: Some(numbers::format(q.value)),
                unit: Some(q.noun),
            });
        }
        let mut selected = resolve(candidates);
        names::complete(&cx, &mut selected);
        selected.retain(|c| c.start >= skip);
        one_label_per_name(&cx, &mut selected);
        (selected, dateline::find(&cx, skip))
    }

    /// The token ranges rule `k` matches in a text, before any overlap policy: what
    /// the rule's examples are checked against.
    pub(crate) fn rule_matches(
        &self,
        k: usize,
        inputs: Inputs<'_, '_>,
    ) -> Vec<std::ops::Range<usize>> {
        let cx = inputs.context(&self.vocabulary, &self.first_names);
        let tokens = inputs.tokens;
        let Some(rule) = self.rules.get(k) else {
            return Vec::new();
        };
        let mut out: Vec<std::ops::Range<usize>> = (0..tokens.len())
            .filter(|&i| self.may_match(k, &cx, i))
            .filter_map(|i| rule.pattern.match_at(&cx, i))
            .map(|(s, e)| tokens[s].span().byte_start()..tokens[e - 1].span().byte_end())
            .collect();
        out.dedup();
        out
    }

    /// Whether rule `k` can match at token `i`: false when its sentence lacks from
    /// there on a word or label the rule requires, which spares most attempts.
    fn may_match(&self, k: usize, cx: &Context<'_, '_>, i: usize) -> bool {
        let has = cx.needs_from(i);
        self.needs
            .get(k)
            .is_none_or(|needs| needs.iter().all(|&need| need & has != 0))
    }

    fn apply_rules<'a>(&'a self, cx: &Context<'a, 'a>, skip: usize, out: &mut Vec<Candidate<'a>>) {
        let mut applicable = Vec::with_capacity(self.rules.len());
        for i in skip..cx.tokens.len() {
            applicable.clear();
            if let Some(rules) = self.by_word.get(cx.rules_slot(i)) {
                applicable.extend_from_slice(rules);
            }
            for m in cx.marks_at(i) {
                if let Some(rules) = self.by_label.get(m.label) {
                    applicable.extend_from_slice(rules);
                }
            }
            if cx.is_capitalised(i) {
                applicable.extend_from_slice(&self.capitalised);
            }
            applicable.extend_from_slice(&self.anywhere);
            if applicable.is_empty() {
                continue;
            }
            applicable.sort_unstable();
            applicable.dedup();
            for &k in &applicable {
                if !self.may_match(k, cx, i) {
                    continue;
                }
                let rule = &self.rules[k];
                if let Some((start, end)) = rule.pattern.match_at(cx, i) {
                    out.push(Candidate {
                        start,
                        end,
                        label: &rule.label,
                        canonical: None,
                        id: None,
                        source: Source::Rule(&rule.id),
                        rank: 2,
                        priority: 0,
                        value: None,
                        unit: None,
                    });
                }
            }
        }
    }
}

/// Whether a list name found at tokens `start..end` is written as the common word it
/// also is: `réunion`, `van`, `suisse` in lower case for names written with a capital;
/// `La réunion` at a sentence start, where only the article is capitalised.
fn written_as_common_word(cx: &Context<'_, '_>, start: usize, end: usize, name: &str) -> bool {
    let last_word_capital = |s: &str| {
        s.rsplit([' ', '-', '\''])
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    let written = cx.slice(start, end);
    (name.starts_with(char::is_uppercase) && !(start..end).any(|k| cx.is_capitalised(k)))
        || (cx.is_function_word(start) && last_word_capital(name) && !last_word_capital(written))
}

/// Whether `written` has a French accent where every name of a list place has a bare
/// letter: `Tête`, `Métro`, `Érodé` opening a sentence are the French words, not `Tete`
/// (Mozambique), `Metro` (Indonesia) or `Erode` (India), which the folded match reads
/// alike. Lists give a place's French name with its accents (`Séville`, `Pékin`), and
/// text without them (`QUEBEC`) still matches. The diaeresis is no French word's mark
/// (`Shanghaï`, `Dubaï` are written so for the sound), nor are other languages' accents
/// (`Zürich`, `Medellín`).
fn accented_unlike_every_name(written: &str, entry: &crate::gazetteer::EntryRef<'_>) -> bool {
    let french_accent = |c: char| {
        matches!(
            c,
            'é' | 'è'
                | 'ê'
                | 'à'
                | 'â'
                | 'ô'
                | 'û'
                | 'ù'
                | 'î'
                | 'ç'
                | 'É'
                | 'È'
                | 'Ê'
                | 'À'
                | 'Â'
                | 'Ô'
                | 'Û'
                | 'Ù'
                | 'Î'
                | 'Ç'
        )
    };
    if written.is_ascii() || !written.chars().any(french_accent) || entry.label() != "LOC" {
        return false;
    }
    fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars().filter(|c| c.is_alphanumeric())
    }
    let count = letters(written).count();
    let accents_fit = |name: &str| {
        // Letters that fold to two (`Œ`) or to none: no letter-by-letter reading.
        letters(name).count() != count
            || letters(written)
                .zip(letters(name))
                .all(|(t, n)| !french_accent(t) || !n.is_ascii())
    };
    !(accents_fit(entry.name()) || entry.aliases().any(accents_fit))
}

/// A name that a rule types by its context (`la firme américaine Monsanto`, `le député
/// Montebourg`) is what the rule says, where a list only knows a town of that name
/// (a minor place of fewer than 100,000 people, whose names are also surnames and
/// brands): the list match of the same tokens is dropped. A city's name stays a place
/// (`chef de Projet Montréal`), and rules that find places keep the list's entry, which
/// says more.
fn towns_yield_to_rules(
    cx: &Context<'_, '_>,
    candidates: &mut Vec<Candidate<'_>>,
    listed: usize,
    rules_from: usize,
) {
    // The list's candidates come first, in the order of their spans.
    let list = candidates.get(..listed).unwrap_or_default();
    let mut dropped: Vec<usize> = Vec::new();
    for c in candidates.get(rules_from..).unwrap_or_default() {
        if c.label == "LOC" {
            continue;
        }
        let span = (c.start, c.end);
        let from = list.partition_point(|g| (g.start, g.end) < span);
        for (k, g) in list.iter().enumerate().skip(from) {
            if (g.start, g.end) != span {
                break;
            }
            if matches!(g.source, Source::Gazetteer(id) if is_town(cx, id)) {
                dropped.push(k);
            }
        }
    }
    dropped.sort_unstable();
    dropped.dedup();
    for k in dropped.into_iter().rev() {
        candidates.remove(k);
    }
}

/// A minor place of the lists with fewer than 100,000 people (or no count).
fn is_town(cx: &Context<'_, '_>, entry: crate::gazetteer::EntryId) -> bool {
    let e = cx.gazetteer.entry(entry);
    e.label() == "LOC"
        && cx.is_minor_place(entry)
        && e.attribute("population")
            .and_then(|p| p.parse::<u64>().ok())
            .is_none_or(|p| p < 100_000)
}

/// Keeps non-overlapping candidates: higher priority, longer, more reliable, leftmost.
fn resolve(candidates: Vec<Candidate<'_>>) -> Vec<Candidate<'_>> {
    // Candidates are large: order packed keys of their indices, not the candidates
    // themselves. Higher priority, then longer, then lower rank, then leftmost, then
    // first found.
    let clamp = |v: usize| v.min(u32::MAX as usize) as u128;
    let mut order: Vec<u128> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let priority = (127 - i16::from(c.priority)) as u128;
            let shorter = u32::MAX as u128 - clamp(c.end.saturating_sub(c.start));
            priority << 104
                | shorter << 72
                | u128::from(c.rank) << 64
                | clamp(c.start) << 32
                | clamp(i)
        })
        .collect();
    order.sort_unstable();
    let mut taken: Vec<(usize, usize)> = Vec::with_capacity(candidates.len());
    let mut keep = vec![false; candidates.len()];
    for key in order {
        let i = (key & u128::from(u32::MAX)) as usize;
        let Some(c) = candidates.get(i) else {
            continue;
        };
        if c.start >= c.end {
            continue;
        }
        let at = taken.partition_point(|&(_, e)| e <= c.start);
        if taken.get(at).is_some_and(|&(s, _)| s < c.end) {
            continue;
        }
        taken.insert(at, (c.start, c.end));
        keep[i] = true;
    }
    let mut kept: Vec<Candidate<'_>> = candidates
        .into_iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(c))
        .collect();
    // Kept candidates do not overlap: no two share a start, and no order is left to
    // keep among equals.
    kept.sort_unstable_by_key(|c| c.start);
    kept
}

/// A name typed by shape alone takes the label given to the same name by a list or a
/// rule elsewhere in the document.
fn one_label_per_name<'a>(cx: &Context<'a, 'a>, entities: &mut [Candidate<'a>]) {
    // Sized up front: a map that grows rehashes at every doubling.
    let mut labels: FxHashMap<u64, &'a str> =
        FxHashMap::with_capacity_and_hasher(entities.len(), Default::default());
    for c in entities
        .iter()
        .filter(|c| c.rank < 3 && matches!(c.label, "PER" | "LOC" | "ORG"))
    {
        labels.entry(cx.key(c.start, c.end)).or_insert(c.label);
    }
    for c in entities
        .iter_mut()
        .filter(|c| c.rank == 3 && c.unit.is_none())
    {
        if let Some(label) = labels.get(&cx.key(c.start, c.end)) {
            c.label = label;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(start: usize, end: usize, rank: u8, priority: i8) -> Candidate<'static> {
        Candidate {
            start,
            end,
            label: "X",
            canonical: None,
            id: None,
            source: Source::Propagation,
            rank,
            priority,
            value: None,
            unit: None,
        }
    }

    #[test]
    fn overlap_policy() {
        let spans = |kept: Vec<Candidate<'_>>| -> Vec<(usize, usize)> {
            kept.iter().map(|c| (c.start, c.end)).collect()
        };
        // Longer wins.
        assert_eq!(
            spans(resolve(vec![candidate(0, 1, 0, 0), candidate(0, 3, 2, 0)])),
            [(0, 3)]
        );
        // Priority beats length.
        assert_eq!(
            spans(resolve(vec![candidate(0, 1, 0, 5), candidate(0, 3, 2, 0)])),
            [(0, 1)]
        );
        // Same span: the more reliable source.
        let kept = resolve(vec![candidate(2, 4, 3, 0), candidate(2, 4, 1, 0)]);
        assert_eq!(kept[0].rank, 1);
        // Disjoint ones all stay, in order; empty ones never do.
        assert_eq!(
            spans(resolve(vec![
                candidate(5, 6, 0, 0),
                candidate(0, 2, 0, 0),
                candidate(3, 3, 0, 0)
            ])),
            [(0, 2), (5, 6)]
        );
    }
}
