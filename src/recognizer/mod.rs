//! Entity recognition beyond the lists: rules, dates, quantities, names by shape and
//! later mentions.
//!
//! The recognizer reads the tokens and every gazetteer match (lexicon labels such as
//! `TITLE`, `DEMONYM`, `FIRSTNAME` and `ORGWORD` included) and works in this order:
//!
//! 1. candidates: gazetteer entities, dates, times and durations ([`dates`]), entity
//!    [`rules`] from data files (in the language of [`pattern`]), quantities;
//! 2. one overlap policy for all of them (`overlap.rs`): higher gazetteer priority,
//!    then the longer span, then the more reliable source (gazetteer, dates, rules,
//!    quantities), then leftmost;
//! 3. names in what is left uncovered: later mentions of a name found earlier
//!    take its label and id (`Leggett` after `le colonel Sonny Leggett`); unknown
//!    capitalised sequences are typed by lexicons and context;
//! 4. one label per name in a document: a name typed by shape alone takes the label a
//!    list or rule gave the same name elsewhere in the document.

pub(crate) mod context;
mod contracted;
pub mod dateline;
pub mod dates;
pub(crate) mod lexicon;
pub(crate) mod names;
pub(crate) mod numbers;
mod overlap;
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

impl<'a> Candidate<'a> {
    /// Entry `id` of the lists at tokens `start..end`.
    fn listed(
        start: usize,
        end: usize,
        id: EntryId,
        entry: &crate::gazetteer::EntryRef<'a>,
    ) -> Candidate<'a> {
        Candidate {
            start,
            end,
            label: entry.label(),
            canonical: Some(entry.name()),
            id: Some(entry.id()),
            source: Source::Gazetteer(id),
            rank: 0,
            priority: entry.priority(),
            value: None,
            unit: None,
        }
    }
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
    ordinal: Vec<usize>,
    anywhere: Vec<usize>,
    /// The places and organisations named `Le …`, `Les …`, as they follow `au`, `du`,
    /// `aux`, `des`.
    contracted: contracted::Contracted,
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
        let mut classes = pattern::WordClasses::default();
        let mut rules = Vec::new();
        for (name, text) in files {
            rules.extend(rules::parse(name, text, &mut seen, &mut classes)?);
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
                    pattern::First::Ordinal => r.ordinal.push(k),
                    pattern::First::Anything => r.anywhere.push(k),
                }
            }
        }
        r.rules = rules;
        r.relative_dates = relative_dates;
        r.contracted = contracted::Contracted::new(gazetteer);
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
        // A list name written across a sentence end (`France` closing a line, `5` opening
        // the next) is no entity: entities stay inside their sentence.
        let within_a_sentence = |m: &&context::Mark<'_>| cx.sentence_end(m.start) >= m.end;
        // A list name inside a longer title is part of the title: `Sceaux` in `garde des
        // Sceaux`. Titles are few: their spans are gathered once.
        let titles: Vec<(usize, usize)> = cx
            .marks()
            .iter()
            .filter(|m| m.lexicon && m.label == "TITLE" && m.end - m.start > 1)
            .map(|m| (m.start, m.end))
            .collect();
        let in_a_title = |m: &&context::Mark<'_>| {
            titles
                .iter()
                .any(|&(s, e)| s <= m.start && m.end <= e && e - s > m.end - m.start)
        };
        for m in cx
            .marks()
            .iter()
            .filter(|m| !m.lexicon && m.start >= skip)
            .filter(within_a_sentence)
            .filter(|m| !in_a_title(m))
        {
            let entry = gazetteer.entry(m.entry);
            let written = cx.slice(m.start, m.end);
            if overlap::written_as_common_word(&cx, m.start, m.end, written, entry.name())
                || overlap::accented_unlike_every_name(written, &entry)
                || overlap::named_after_a_person(written, &entry)
            {
                continue;
            }
            candidates.push(Candidate::listed(m.start, m.end, m.entry, &entry));
        }
        let marked = candidates.len();
        for found in self.contracted.find(&cx) {
            if found.start < skip {
                continue;
            }
            let entry = gazetteer.entry(found.entry);
            candidates.push(Candidate::listed(
                found.start,
                found.end,
                found.entry,
                &entry,
            ));
        }
        let listed = candidates.len();
        if listed > marked {
            // The overlap policy finds a rule's list match by halving: the names after a
            // fused article join the marks' order (a stable sort keeps the marks' own).
            candidates.sort_by_key(|c| (c.start, c.end));
        }
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
        overlap::towns_yield_to_rules(&cx, &mut candidates, listed, rules_from);
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
        let mut selected = overlap::resolve(candidates);
        names::complete(&cx, &mut selected);
        selected.retain(|c| c.start >= skip);
        overlap::one_label_per_name(&cx, &mut selected);
        let found = dateline::find(&cx, skip);
        // The place of a dateline is a place, even one that no list knows or that a
        // list matches only as written (`GENÈVE`, `BASTIA`: the lists' towns are
        // matched capitalised, not in capitals); the agency it credits is an
        // organisation (`(Keystone-ATS)`), but for a list of several (`(AFP/Reuters)`),
        // whose names the lists find one by one.
        let credit = found
            .source
            .filter(|s| !(s.start..s.end).any(|k| cx.folded(k) == "/"));
        for (range, label, why) in [(found.place, "LOC", "dateline"), (credit, "ORG", "credit")] {
            let Some(range) = range.filter(|r| cx.sentence_end(r.start) >= r.end) else {
                continue;
            };
            let at = selected.partition_point(|c| c.end <= range.start);
            if selected.get(at).is_none_or(|c| c.start >= range.end) {
                selected.insert(at, names::shaped(range.start, range.end, label, why));
            }
        }
        (selected, found.dateline)
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
            if !self.ordinal.is_empty() && pattern::may_start_ordinal(cx, i) {
                applicable.extend_from_slice(&self.ordinal);
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
                    let start = if rule.label == "PER" {
                        organisation_before_person(cx, start, end)
                    } else {
                        start
                    };
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

/// `a indiqué à l'AFP Korvan Delmasso, un responsable`: a person found by a rule that
/// opens with an organisation of the lists starts after it.
fn organisation_before_person(cx: &Context<'_, '_>, start: usize, end: usize) -> usize {
    cx.marks_at(start)
        .filter(|m| !m.lexicon && m.label == "ORG" && m.end < end)
        .map(|m| m.end)
        .max()
        .unwrap_or(start)
}
