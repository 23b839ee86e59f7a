//! Token patterns: the small language entity rules are written in.
//!
//! A pattern is a sequence of elements separated by spaces, matched token by token
//! inside one sentence:
//!
//! | element | matches |
//! |---|---|
//! | `province` or `forces\|armée\|troupes` | one token whose folded text is one of the words (`d'` also matches `d’`, `D'`); a word written with a capital (`Commandement`) only matches a capitalised token |
//! | `@TITLE`, `@LOC\|@ORG` … | a gazetteer match with one of those labels starting here, all of its tokens |
//! | `Lower` | one lower-case word that is not a function word, a nationality nor shaped like an infinitive (`centrale`, `sécurité`; not `tenter`) |
//! | `Adj` | one lower-case word shaped like an adjective, nationalities included (`nationale`, `européenne`; not `constitue`) |
//! | `Qual` | an `Adj` that is not a nationality (`publique`, `étrangères`; not `afghan`, nor the verb in `ministère de la Culture prévoit`) |
//! | `Name` | a name: capitalised words, joined by particles (`de`, `al`, `ben`, `van` …) when a capitalised word follows, or a gazetteer entity; after `de` or a common noun, it stops where a first name and another capitalised word start a person's name (`de Montréal Denis Coderre`) |
//! | `Place` | a `Name` that no list knows as anything but a place (`Lille`, `Kitt Peak`; not `Emergency`, an organisation) |
//! | `Cap` | one capitalised word, not a first name before another capitalised word, nor the first of a listed name's words (`Real` in `Real Madrid`) |
//! | `Acronym` | one word of 2 to 8 capitals (`CENTCOM`, `OTAN`), not a common one (`PIB`) |
//! | `Ordinal` | an ordinal number in figures (`18e`, `1er`, `1re`, `3ème`, `XIXe`), its suffix glued or apart (`18 e`) |
//! | `^` | nothing, where a phrase can start: not after a preposition (`à`, `de`, `dans`…) nor inside a name |
//! | `!de\|d'` | nothing, where the token before is none of the words (`!de\|d' radio` skips the trade in `animateur de radio`); `#` among them stands for any number or ordinal (`!# place` skips `la 8e place`) |
//! | `<` … `>` | the part of the match that becomes the entity (the whole match without them) |
//! | `$ORGHEAD`, `Mouvement\|$ORGHEAD` … | among the words of a word element (or of `!…`), the words of a class defined in the rule file (see [`super::rules`]) |
//!
//! In a sentence written in capitals (`LE HAMAS A PARLÉ`), where case tells nothing,
//! `Name`, `Place`, `Cap` and `Acronym` match nothing. `Name` does not take one word
//! right after an acronym, which continues its name (`la CGT Métallurgie`), unless it is
//! a first name or a listed person's name.
//!
//! Any element but `<` and `>` may end with `?` to make it optional. Optional elements
//! are tried taken first, so matches are as long as they can be. A label element tries
//! each match starting there, longest first; `Name` takes the longest name only.
//! A pattern with many optional elements stays cheap: its attempts remember where they
//! failed and never try the same element at the same token twice.

use super::context::Context;
use crate::gazetteer::is_label_name;
use crate::normalize::fold;
use crate::tokenizer::TokenFlags;
use rustc_hash::FxHashMap;

/// Named word classes (`$ORGHEAD`) by name, without the `$`: their `|`-separated words.
pub(crate) type WordClasses = FxHashMap<String, String>;

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Element {
    /// Folded words, each with whether it needs a capitalised token (a map, because
    /// some lists are long and every candidate token is looked up).
    Words(FxHashMap<String, bool>),
    Labels(Vec<String>),
    Lower,
    Adj,
    Qual,
    Name,
    Place,
    Cap,
    Acronym,
    Ordinal,
    CaptureStart,
    CaptureEnd,
    PhraseStart,
    /// Folded words the token before must not be.
    NotAfter(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    element: Element,
    optional: bool,
}

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pattern {
    items: Vec<Item>,
    /// Whether attempts remember failed states (see [`Search`]): only patterns with
    /// many optional or label elements need to.
    memo: bool,
}

/// What a pattern can start with, for indexing rules by their first token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum First<'p> {
    Words(Vec<&'p str>),
    Labels(Vec<&'p str>),
    Capitalised,
    /// A token an ordinal number in figures can start with (see [`may_start_ordinal`]).
    Ordinal,
    Anything,
}

impl Pattern {
    /// Parses a pattern that uses no word class.
    #[cfg(test)]
    pub(crate) fn parse(source: &str) -> Result<Pattern, (usize, String)> {
        Pattern::parse_with(source, &WordClasses::default())
    }

    /// Parses a pattern whose word elements may name the classes in `classes`; the
    /// error is the column (1-based, in chars) and what is wrong.
    pub(crate) fn parse_with(
        source: &str,
        classes: &WordClasses,
    ) -> Result<Pattern, (usize, String)> {
        let mut items = Vec::new();
        let mut open = false;
        let mut captured = false;
        for (column, word) in words_with_columns(source) {
            let (body, optional) = match word.strip_suffix('?') {
                Some(b) if !b.is_empty() => (b, true),
                _ => (word, false),
            };
            let element = match body {
                "<" if !optional && !open && !captured => {
                    open = true;
                    Element::CaptureStart
                }
                ">" if !optional && open => {
                    open = false;
                    captured = true;
                    Element::CaptureEnd
                }
                "<" | ">" => {
                    return Err((
                        column,
                        format!(
                            "misplaced `{body}`: a pattern has at most one `< … >`, never optional"
                        ),
                    ));
                }
                "^" if !optional => Element::PhraseStart,
                not if not.starts_with('!') => {
                    let words: Vec<String> = expand(&not[1..], classes)
                        .map_err(|e| (column, e))?
                        .into_iter()
                        .map(fold)
                        .collect();
                    if optional || words.iter().any(String::is_empty) {
                        return Err((
                            column,
                            format!(
                                "bad `{word}`: write `!` and the words the token before must not be, as `!de|d'`, never optional"
                            ),
                        ));
                    }
                    Element::NotAfter(words)
                }
                "Name" => Element::Name,
                "Place" => Element::Place,
                "Cap" => Element::Cap,
                "Acronym" => Element::Acronym,
                "Ordinal" => Element::Ordinal,
                labels if labels.starts_with('@') => {
                    let mut names = Vec::new();
                    for label in labels.split('|') {
                        let name = label.strip_prefix('@').unwrap_or("");
                        if !is_label_name(name) {
                            return Err((
                                column,
                                format!(
                                    "bad label `{label}`: write `@` and a label in capitals, as `@TITLE` or `@LOC|@ORG`"
                                ),
                            ));
                        }
                        names.push(name.to_owned());
                    }
                    Element::Labels(names)
                }
                "Lower" => Element::Lower,
                "Adj" => Element::Adj,
                "Qual" => Element::Qual,
                words => {
                    let alternatives: Vec<(String, bool)> = expand(words, classes)
                        .map_err(|e| (column, e))?
                        .into_iter()
                        .map(|w| (fold(w), w.chars().next().is_some_and(char::is_uppercase)))
                        .collect();
                    if alternatives.iter().any(|(w, _)| w.is_empty()) {
                        return Err((
                            column,
                            format!(
                                "empty word in `{words}`: separate alternatives with a single `|`"
                            ),
                        ));
                    }
                    if let Some((bad, _)) = alternatives
                        .iter()
                        .find(|(w, _)| w.trim_end_matches('\'').contains('\''))
                    {
                        return Err((
                            column,
                            format!("`{bad}` is two tokens: write the elision apart, as `l' air`"),
                        ));
                    }
                    let mut map = FxHashMap::default();
                    for (word, capital) in alternatives {
                        // A word listed both ways matches either way.
                        let entry = map.entry(word).or_insert(capital);
                        *entry &= capital;
                    }
                    Element::Words(map)
                }
            };
            items.push(Item { element, optional });
        }
        if open {
            return Err((
                source.chars().count(),
                "`<` is never closed by `>`".to_owned(),
            ));
        }
        if !items.iter().any(|i| !i.optional && !is_capture(&i.element)) {
            return Err((
                1,
                "empty pattern: it needs at least one element that is not optional".to_owned(),
            ));
        }
        // An optional element is two ways on, a label element one per match starting
        // at the token.
        let branching = items
            .iter()
            .filter(|i| i.optional || matches!(i.element, Element::Labels(_)))
            .count();
        let memo = branching > Search::FEW_BRANCHING;
        Ok(Pattern { items, memo })
    }

    /// What the pattern can start with: the first element that is not optional, and
    /// every optional one before it (`le|la? @DEMONYM? Name` starts with `le`, `la`,
    /// a nationality or a capitalised word). `[Anything]` when nothing narrower holds.
    pub(crate) fn first(&self) -> Vec<First<'_>> {
        let mut firsts = Vec::new();
        for item in &self.items {
            let first = match &item.element {
                Element::Words(w) => {
                    let mut words: Vec<&str> = w.keys().map(String::as_str).collect();
                    words.sort_unstable();
                    First::Words(words)
                }
                Element::Labels(l) => First::Labels(l.iter().map(String::as_str).collect()),
                Element::Name | Element::Place | Element::Cap | Element::Acronym => {
                    First::Capitalised
                }
                // `<`, `>`, `^` and `!…` take no token: the next element starts the match.
                Element::CaptureStart
                | Element::CaptureEnd
                | Element::PhraseStart
                | Element::NotAfter(_) => continue,
                Element::Ordinal => First::Ordinal,
                Element::Lower | Element::Adj | Element::Qual => return vec![First::Anything],
            };
            firsts.push(first);
            if !item.optional {
                return firsts;
            }
        }
        // Every element optional.
        vec![First::Anything]
    }

    /// What any match requires, as one mask a required element (see
    /// [`lexicon::word_need`](super::lexicon::word_need)): a match at a token needs
    /// each mask to meet what its sentence has from that token on. Only the words and
    /// labels of elements that are not optional count; other elements require nothing
    /// that a mask tells.
    pub(crate) fn needs(&self) -> Vec<u64> {
        use super::lexicon::{label_need, word_need};
        self.required()
            .filter_map(|element| match element {
                Element::Words(words) => {
                    Some(words.keys().map(|w| word_need(w)).fold(0, |a, b| a | b))
                }
                Element::Labels(labels) => {
                    Some(labels.iter().map(|l| label_need(l)).fold(0, |a, b| a | b))
                }
                _ => None,
            })
            .collect()
    }

    /// The words of the elements [`Pattern::needs`] reads.
    pub(crate) fn needed_words(&self) -> impl Iterator<Item = &str> {
        self.required()
            .filter_map(|element| match element {
                Element::Words(words) => Some(words.keys().map(String::as_str)),
                _ => None,
            })
            .flatten()
    }

    /// The elements every match has.
    fn required(&self) -> impl Iterator<Item = &Element> {
        self.items
            .iter()
            .filter(|i| !i.optional)
            .map(|i| &i.element)
    }

    /// Matches at token `at`; returns the captured token range.
    pub(crate) fn match_at(&self, cx: &Context<'_, '_>, at: usize) -> Option<(usize, usize)> {
        let mut search = Search::new(cx.sentence_end(at));
        let end = if self.memo {
            self.match_items::<true>(cx, 0, at, &mut search)?
        } else {
            self.match_items::<false>(cx, 0, at, &mut search)?
        };
        let start = search.capture.0.unwrap_or(at);
        let stop = search.capture.1.unwrap_or(end);
        (stop > start).then_some((start, stop))
    }

    /// Matches items `index..` from token `at`; returns where the match ends.
    ///
    /// With `MEMO`, failed states are remembered (see [`Search`]).
    fn match_items<const MEMO: bool>(
        &self,
        cx: &Context<'_, '_>,
        index: usize,
        at: usize,
        search: &mut Search,
    ) -> Option<usize> {
        if MEMO && search.failed.contains(&(index, at)) {
            return None;
        }
        let end = self.match_step::<MEMO>(cx, index, at, search);
        if MEMO && end.is_none() {
            search.failed.insert((index, at));
        }
        end
    }

    #[inline(always)]
    fn match_step<const MEMO: bool>(
        &self,
        cx: &Context<'_, '_>,
        index: usize,
        at: usize,
        search: &mut Search,
    ) -> Option<usize> {
        let Some(item) = self.items.get(index) else {
            return Some(at);
        };
        let limit = search.limit;
        match &item.element {
            Element::CaptureStart => {
                search.capture.0 = Some(at);
                return self.match_items::<MEMO>(cx, index + 1, at, search);
            }
            Element::CaptureEnd => {
                search.capture.1 = Some(at);
                return self.match_items::<MEMO>(cx, index + 1, at, search);
            }
            Element::PhraseStart => {
                if at > 0 && cx.sentence_end(at - 1) == limit {
                    let before = cx.folded(at - 1);
                    // After a particle the phrase has begun already (`de la Brière`,
                    // `van Gogh`); an article opens one (`le Norvégien`) unless it
                    // follows `de`, or it is written with a capital inside a sentence,
                    // where it is part of a name (`Marine Le Pen`, `selon Le Pen`).
                    let article = matches!(before, "le" | "la" | "les" | "l'")
                        && !(at >= 2 && matches!(cx.folded(at - 2), "de" | "d'"))
                        && !cx.is_article_of_name(at - 1);
                    if cx.is_preposition(at - 1)
                        || (cx.is_particle(at - 1) && !article)
                        || cx.name_part_end(at - 1, limit).is_some()
                    {
                        return None;
                    }
                }
                return self.match_items::<MEMO>(cx, index + 1, at, search);
            }
            Element::NotAfter(words) => {
                let before = at.checked_sub(1).filter(|&b| cx.sentence_end(b) == limit);
                let excluded = |b: usize| {
                    let folded = cx.folded(b);
                    words.iter().any(|w| {
                        w == folded
                            || (w == "#" && folded.starts_with(|c: char| c.is_ascii_digit()))
                    })
                };
                if before.is_some_and(excluded) {
                    return None;
                }
                return self.match_items::<MEMO>(cx, index + 1, at, search);
            }
            _ => {}
        }
        if let Element::Labels(labels) = &item.element {
            // Several matches may start here (`Afrique`, `Afrique subsaharienne`): try
            // the longest first, then the shorter ones.
            for next in label_ends(cx, labels, at, limit) {
                if let Some(end) = self.match_items::<MEMO>(cx, index + 1, next, search) {
                    return Some(end);
                }
            }
        } else if let Some(next) = self.element_end(cx, &item.element, at, limit)
            && let Some(end) = self.match_items::<MEMO>(cx, index + 1, next, search)
        {
            return Some(end);
        }
        if item.optional {
            return self.match_items::<MEMO>(cx, index + 1, at, search);
        }
        None
    }

    /// Where `element` ends when it matches at token `at`.
    fn element_end(
        &self,
        cx: &Context<'_, '_>,
        element: &Element,
        at: usize,
        limit: usize,
    ) -> Option<usize> {
        if at >= limit {
            return None;
        }
        match element {
            Element::Words(words) => words
                .get(cx.folded(at))
                .is_some_and(|capital| !capital || cx.is_capitalised(at))
                .then_some(at + 1),
            Element::Labels(labels) => label_ends(cx, labels, at, limit).next(),
            Element::Lower => (cx.is_lower_word(at)
                && !cx.has_lexicon(at, "DEMONYM")
                && !looks_infinitive(cx.folded(at)))
            .then_some(at + 1),
            Element::Adj => cx.is_adjective(at).then_some(at + 1),
            Element::Qual => {
                (cx.is_adjective(at) && !cx.has_lexicon(at, "DEMONYM")).then_some(at + 1)
            }
            // After `de`, a first name and another capitalised word are a person's
            // name, which completes no name of a thing (`Parti socialiste d'Olivier
            // Faure`), unless a list knows them as a place or an organisation.
            Element::Name if person_after_de(cx, at, limit) => None,
            // In a sentence written in capitals, case says nothing: no name by its
            // shape there (`Place` asks `Name`).
            Element::Name | Element::Cap | Element::Acronym if cx.in_capitals(at) => None,
            // A name starts with a capital (a place written `suisse` is an adjective
            // here), a lone capital (`groupe E`) is no name, one word right after an
            // acronym continues its name (`la CGT Métallurgie`, `SUD Rail`) unless it is
            // a first name or a listed person's, and a name that ends with an initial
            // keeps its period (`Marc T.`).
            Element::Name => cx
                .name_end(at, limit)
                .map(|end| person_after(cx, at, end).unwrap_or(end))
                .filter(|&end| end > at + 1 || cx.tokens[at].text().chars().nth(1).is_some())
                .filter(|_| cx.is_capitalised(at))
                .filter(|&end| end > at + 1 || !continues_an_acronym(cx, at))
                .map(|end| {
                    if end > at + 1 && end < limit && cx.is_initial(end - 1) {
                        end + 1
                    } else {
                        end
                    }
                }),
            Element::Place => {
                let other = cx.marks_at(at).any(|m| !m.lexicon && m.label != "LOC");
                if other || ordinal_end(cx, at, limit).is_some() {
                    return None;
                }
                self.element_end(cx, &Element::Name, at, limit)
            }
            // A lone capital is no capitalised word either, a first name before
            // another capitalised word starts a person's name (`entraîneuse d'Emma
            // Pallant`), and the first word of a listed name is not one word (`joueur
            // du Real Madrid Jude Bellingham` would leave `Madrid` to the name after).
            Element::Cap => (cx.is_capitalised(at)
                && cx.tokens[at].text().chars().nth(1).is_some()
                && !(cx.has_lexicon(at, "FIRSTNAME")
                    && at + 1 < limit
                    && cx.is_capitalised(at + 1))
                && !cx.marks_at(at).any(|m| !m.lexicon && m.end > at + 1))
            .then_some(at + 1),
            // In capitals, `ONT`, `LES` look like acronyms: a function word is none.
            Element::Acronym => {
                (cx.is_acronym(at) && !cx.has_lexicon(at, "COMMON") && !cx.is_function_word(at))
                    .then_some(at + 1)
            }
            Element::Ordinal => ordinal_end(cx, at, limit),
            Element::CaptureStart
            | Element::CaptureEnd
            | Element::PhraseStart
            | Element::NotAfter(_) => Some(at),
        }
    }
}

/// One attempt of a pattern at a token: the sentence end it may not pass, what `<` and
/// `>` captured, and, for a pattern with many optional or label elements, the states
/// known to fail.
///
/// Whether items `index..` match from token `at` depends on nothing else, so a state
/// that failed once fails again: remembering it bounds an attempt by the number of
/// states (items × tokens), where backtracking alone takes time exponential in the
/// number of optional and label elements.
struct Search {
    limit: usize,
    capture: (Option<usize>, Option<usize>),
    /// `(index, at)` of the states that failed; a set of those visited rather than a
    /// table of all, which a long sentence would make large.
    failed: rustc_hash::FxHashSet<(usize, usize)>,
}

impl Search {
    /// Optional and label elements a pattern may have and be matched without
    /// remembering failed states, which their few paths do not repay. The bundled rules
    /// have at most 6.
    const FEW_BRANCHING: usize = 8;

    fn new(limit: usize) -> Search {
        Search {
            limit,
            capture: (None, None),
            failed: rustc_hash::FxHashSet::default(),
        }
    }
}

/// Where the gazetteer matches with one of `labels` starting at `at` end, longest
/// first (marks are sorted by end).
fn label_ends<'c>(
    cx: &'c Context<'_, '_>,
    labels: &'c [String],
    at: usize,
    limit: usize,
) -> impl Iterator<Item = usize> + 'c {
    let mut previous = None;
    cx.marks_at(at)
        .rev()
        .filter(move |m| m.end <= limit && labels.iter().any(|l| l == m.label))
        .map(|m| m.end)
        .filter(move |&end| previous.replace(end) != Some(end))
}

/// `ministère de l'Intérieur Gérard Collomb`, `maire de Montréal Denis Coderre`, `la
/// région Nouvelle-Aquitaine Alain Rousset`: in a name `at..end` that completes `de` or
/// follows a common noun other than a title (the name of a thing, not of a person),
/// where a person's name starts: a first name of the lists followed by another
/// capitalised word. The name ends there.
fn person_after(cx: &Context<'_, '_>, at: usize, end: usize) -> Option<usize> {
    // Most names have one or two words: asked first, as this runs for every `Name`.
    if end <= at + 2 || at == 0 || cx.has_lexicon(at, "FIRSTNAME") {
        return None;
    }
    let of_a_thing = matches!(cx.folded(at - 1), "de" | "du" | "des" | "d'" | "l'" | "la")
        || (cx.is_lower_word(at - 1)
            && !cx.has_lexicon(at - 1, "TITLE")
            && !cx.has_lexicon(at - 1, "HONORIFIC"));
    if !of_a_thing {
        return None;
    }
    (at + 1..end - 1).find(|&k| cx.is_capitalised(k) && first_name_and_name(cx, k))
}

/// A first name of the lists at `k`, then another capitalised word: where a person's
/// name starts.
fn first_name_and_name(cx: &Context<'_, '_>, k: usize) -> bool {
    cx.has_lexicon(k, "FIRSTNAME") && cx.is_capitalised(k + 1)
}

/// Whether a person's name starts at `at`, right after `de`: a person of the lists, or
/// a first name of the lists and another capitalised word, neither of them a listed
/// place or organisation.
fn person_after_de(cx: &Context<'_, '_>, at: usize, limit: usize) -> bool {
    if at == 0 || !matches!(cx.folded(at - 1), "de" | "du" | "des" | "d'") {
        return false;
    }
    let listed = |k: usize, label: &str| cx.marks_at(k).any(|m| !m.lexicon && m.label == label);
    listed(at, "PER")
        || (at + 1 < limit
            && first_name_and_name(cx, at)
            && !(at..at + 2).any(|k| listed(k, "LOC") || listed(k, "ORG")))
}

/// Whether token `i` may start an ordinal number: it starts with a digit, or with a
/// capital roman numeral. Rules that open with one are tried only there.
pub(crate) fn may_start_ordinal(cx: &Context<'_, '_>, i: usize) -> bool {
    cx.tokens[i]
        .text()
        .starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X'))
}

/// The end of an ordinal number at `at`: in figures with any suffix (`18e`, `1er`,
/// `1re`, `2nde`, `3ème`), in capital roman numerals with `e` or `ème` (`XIXe`, which
/// numbers a century or a district and is no name of a place; not `Vire`), the suffix
/// glued or as the next token (`18 e`, `XIX e`).
fn ordinal_end(cx: &Context<'_, '_>, at: usize, limit: usize) -> Option<usize> {
    // The suffixes the number `letters` of token `at` takes.
    let suffixes = |letters: &str| -> &'static [&'static str] {
        if letters.is_empty() {
            &[]
        } else if letters.bytes().all(|b| b.is_ascii_digit()) {
            &["e", "eme", "er", "re", "ere", "nd", "nde"]
        } else if letters.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'))
            && may_start_ordinal(cx, at)
        {
            &["e", "eme"]
        } else {
            &[]
        }
    };
    let w = cx.folded(at);
    let glued = (1..w.len())
        .filter(|&k| w.is_char_boundary(k))
        .any(|k| suffixes(&w[..k]).contains(&&w[k..]));
    if glued {
        return Some(at + 1);
    }
    (at + 1 < limit && suffixes(w).contains(&cx.folded(at + 1))).then_some(at + 2)
}

/// `tenter`, `renoncer`: a verb in the infinitive, which ends a name's description
/// (`l'Église catholique de tenter…`). Nouns in `-ier` (`quartier`) and short words
/// (`mer`) are not taken for one.
fn looks_infinitive(folded: &str) -> bool {
    folded.len() >= 5 && folded.ends_with("er") && !folded.ends_with("ier")
}

fn is_capture(e: &Element) -> bool {
    matches!(
        e,
        Element::CaptureStart | Element::CaptureEnd | Element::PhraseStart | Element::NotAfter(_)
    )
}

/// Whether the word at `at`, a name alone, follows an acronym whose name it continues:
/// neither a first name nor a listed person's name.
fn continues_an_acronym(cx: &Context<'_, '_>, at: usize) -> bool {
    at > 0
        && cx.is(at - 1, TokenFlags::ALL_CAPS)
        && cx.is_acronym(at - 1)
        && !cx.has_lexicon(at, "FIRSTNAME")
        && !cx.marks_at(at).any(|m| m.label == "PER")
}

/// The `|`-separated words of `words`, those of each `$CLASS` in its place.
fn expand<'a>(words: &'a str, classes: &'a WordClasses) -> Result<Vec<&'a str>, String> {
    let mut out = Vec::new();
    for word in words.split('|') {
        match word.strip_prefix('$') {
            Some(name) => match classes.get(name) {
                Some(class) => out.extend(class.split('|')),
                None => {
                    return Err(format!(
                        "unknown word class `{word}`: define it on a line before, as `{word}<TAB>word|word|…`"
                    ));
                }
            },
            None => out.push(word),
        }
    }
    Ok(out)
}

/// The space-separated words of `source`, with the 1-based char column of each.
fn words_with_columns(source: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut column = 0;
    let mut rest = source;
    std::iter::from_fn(move || {
        let skipped = rest.len() - rest.trim_start().len();
        column += rest[..skipped].chars().count();
        rest = &rest[skipped..];
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        let at = column + 1;
        column += word.chars().count();
        rest = &rest[end..];
        Some((at, word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_point_at_the_column() {
        let cases = [
            ("< Name", 6, "never closed"),
            ("Name >", 6, "misplaced"),
            ("< Name > < Cap >", 10, "misplaced"),
            ("@title Name", 1, "bad label"),
            ("@LOC|ORG Name", 1, "bad label"),
            ("forces||armée", 1, "empty word"),
            ("armée de l'air", 10, "two tokens"),
            ("Name? Cap?", 1, "empty pattern"),
            ("!de? radio", 1, "never optional"),
            ("radio !", 7, "bad `!`"),
            ("!de|d'", 1, "empty pattern"),
        ];
        for (source, column, message) in cases {
            let (c, m) = Pattern::parse(source).expect_err(source);
            assert_eq!(c, column, "{source}: {m}");
            assert!(m.contains(message), "{source}: {m}");
        }
    }

    #[test]
    fn needs_are_the_required_words_and_labels() {
        use crate::recognizer::lexicon::{label_need, word_need};
        let p = Pattern::parse("@TITLE de|du? < Name > , le|la porte-parole? Cap").unwrap();
        assert_eq!(
            p.needs(),
            [
                label_need("TITLE"),
                word_need(","),
                word_need("le") | word_need("la")
            ]
        );
        let mut words: Vec<&str> = p.needed_words().collect();
        words.sort_unstable();
        assert_eq!(words, [",", "la", "le"]);
        assert!(Pattern::parse("Name? Cap").unwrap().needs().is_empty());
    }

    #[test]
    fn infinitive_shapes() {
        for (word, infinitive) in [
            ("tenter", true),
            ("renoncer", true),
            ("valider", true),
            ("quartier", false),
            ("premier", false),
            ("mer", false),
            ("securite", false),
            ("cassation", false),
        ] {
            assert_eq!(looks_infinitive(word), infinitive, "{word}");
        }
    }

    #[test]
    fn first_elements() {
        let p = Pattern::parse("< province|district de|d' Name >").unwrap();
        assert_eq!(p.first(), [First::Words(vec!["district", "province"])]);
        assert_eq!(
            Pattern::parse("@TITLE|@ROLE < Name >").unwrap().first(),
            [First::Labels(vec!["TITLE", "ROLE"])]
        );
        assert_eq!(
            Pattern::parse("< Name > , porte-parole").unwrap().first(),
            [First::Capitalised]
        );
        assert_eq!(
            Pattern::parse("^ le|la? @DEMONYM? < Name >")
                .unwrap()
                .first(),
            [
                First::Words(vec!["la", "le"]),
                First::Labels(vec!["DEMONYM"]),
                First::Capitalised
            ]
        );
        assert_eq!(
            Pattern::parse("le? Lower Name").unwrap().first(),
            [First::Anything]
        );
        assert_eq!(
            Pattern::parse("< Ordinal arrondissement >")
                .unwrap()
                .first(),
            [First::Ordinal]
        );
    }
}
