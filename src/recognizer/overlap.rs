//! The overlap policy: which of the candidates that lists, rules, dates and quantities
//! found is kept where they meet, and when a list match is no entity at all (a common
//! word, a French word read as a foreign place, a town where a rule saw a person).

use super::context::Context;
use super::{Candidate, Source};
use crate::gazetteer::{EntryId, EntryRef};
use rustc_hash::FxHashMap;

/// Whether a list name found at tokens `start..end`, `written` there, is written as the
/// common word it also is: `réunion`, `van`, `suisse` in lower case for names written
/// with a capital; `La réunion` at a sentence start, where only the article is
/// capitalised.
pub(super) fn written_as_common_word(
    cx: &Context<'_, '_>,
    start: usize,
    end: usize,
    written: &str,
    name: &str,
) -> bool {
    let last_word_capital = |s: &str| {
        s.rsplit([' ', '-', '\''])
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    (name.starts_with(char::is_uppercase) && !(start..end).any(|k| cx.is_capitalised(k)))
        || (cx.is_function_word(start) && last_word_capital(name) && !last_word_capital(written))
}

/// Whether a person of the lists is written with hyphens between the words that their
/// name separates by spaces: French names streets, stations, schools and airports after
/// people so (`l'aéroport Charles-de-Gaulle`, `le lycée Victor-Hugo`, `la station
/// Jean-Jaurès`), and the place is not the person.
pub(super) fn named_after_a_person(written: &str, entry: &EntryRef<'_>) -> bool {
    entry.label() == "PER"
        && written.contains('-')
        && !written.contains(' ')
        && std::iter::once(entry.name())
            .chain(entry.aliases())
            .all(|name| name.contains(' ') && !name.contains('-'))
}

/// Whether `written` has a French accent where every name of a list place has a bare
/// letter: `Tête`, `Métro`, `Érodé` opening a sentence are the French words, not `Tete`
/// (Mozambique), `Metro` (Indonesia) or `Erode` (India), which the folded match reads
/// alike. Lists give a place's French name with its accents (`Séville`, `Pékin`), and
/// text without them (`QUEBEC`) still matches. The diaeresis is no French word's mark
/// (`Shanghaï`, `Dubaï` are written so for the sound), nor are other languages' accents
/// (`Zürich`, `Medellín`).
pub(super) fn accented_unlike_every_name(written: &str, entry: &EntryRef<'_>) -> bool {
    let french_accent = |c: char| {
        // `è`..`ê` and `È`..`Ê` are neighbours in Unicode.
        matches!(c, 'à' | 'â' | 'ç' | 'è'..='ê' | 'î' | 'ô' | 'ù' | 'û')
            || matches!(c, 'À' | 'Â' | 'Ç' | 'È'..='Ê' | 'Î' | 'Ô' | 'Ù' | 'Û')
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
pub(super) fn towns_yield_to_rules(
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
fn is_town(cx: &Context<'_, '_>, entry: EntryId) -> bool {
    let e = cx.gazetteer.entry(entry);
    e.label() == "LOC"
        && cx.is_minor_place(entry)
        && e.attribute("population")
            .and_then(|p| p.parse::<u64>().ok())
            .is_none_or(|p| p < 100_000)
}

/// Keeps non-overlapping candidates: higher priority, longer, more reliable, leftmost.
pub(super) fn resolve(candidates: Vec<Candidate<'_>>) -> Vec<Candidate<'_>> {
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
pub(super) fn one_label_per_name<'a>(cx: &Context<'a, 'a>, entities: &mut [Candidate<'a>]) {
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
    fn french_accents_a_list_place_lacks() {
        let mut b = crate::gazetteer::Gazetteer::builder();
        b.add_str(
            "test.tsv",
            "loc:tete\tLOC\tTete\nloc:zh\tLOC\tZurich\tZürich\nloc:se\tLOC\tSéville\tSevilla\n\
             loc:sh\tLOC\tShanghai\norg:x\tORG\tMedias\n",
        )
        .expect("parses");
        let g = b.build().expect("builds");
        let entry = |id: &str| g.entries().find(|e| e.id() == id).expect("entry");
        // (written, entry, is the French word rather than the entry)
        let table = [
            ("Tête", "loc:tete", true),
            ("Tete", "loc:tete", false),
            ("TETE", "loc:tete", false),
            ("Zürich", "loc:zh", false),
            ("Séville", "loc:se", false),
            ("Seville", "loc:se", false),
            ("Shanghaï", "loc:sh", false),
            // Only places: an organisation's name is written as it likes.
            ("Médias", "org:x", false),
        ];
        for (written, id, french_word) in table {
            assert_eq!(
                accented_unlike_every_name(written, &entry(id)),
                french_word,
                "{written}"
            );
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
