//! Names no list or rule found: capitalised sequences typed by lexicons and context,
//! and later mentions of names found earlier (`Leggett` after `Sonny Leggett`).

use super::Candidate;
use super::context::Context;
use super::lexicon;
use crate::normalize::fold;
use crate::tokenizer::TokenFlags;
use std::collections::HashMap;

/// What a name found earlier in the document stands for.
#[derive(Debug, Clone)]
struct Known {
    label: String,
    canonical: Option<String>,
    id: Option<String>,
}

/// Words before an unknown name that make it a place (`au Yémen`, `à Bron`).
const PLACE_PREPOSITIONS: &[&str] = &["a", "au", "aux", "en", "vers", "pres"];

/// Adds entities for the capitalised sequences that `selected` leaves uncovered.
pub(crate) fn find(cx: &Context<'_, '_>, selected: &[Candidate], out: &mut Vec<Candidate>) {
    let n = cx.tokens.len();
    let mut covered = vec![false; n];
    for c in selected {
        for k in c.start..c.end.min(n) {
            covered[k] = true;
        }
    }
    let mut known: HashMap<String, Known> = HashMap::new();
    for c in selected.iter().filter(|c| is_name_label(&c.label)) {
        let knows = Known {
            label: c.label.clone(),
            canonical: c.canonical.clone().or_else(|| Some(cx.text[c.bytes(cx)].to_owned())),
            id: c.id.clone(),
        };
        let words: Vec<usize> = (c.start..c.end).filter(|&k| cx.is_capitalised(k)).collect();
        // A person is named again by the surname, the last capitalised word.
        if c.label == "PER"
            && words.len() >= 2
            && let Some(&last) = words.last()
            && cx.folded(last).chars().count() >= 3
        {
            known
                .entry(cx.folded(last).to_owned())
                .or_insert_with(|| knows.clone());
        }
        known
            .entry(fold(&cx.text[c.bytes(cx)]))
            .or_insert(knows);
    }

    let mut i = 0;
    while i < n {
        if covered[i] || !cx.is_capitalised(i) {
            i += 1;
            continue;
        }
        let limit = cx.sentence_end(i);
        let mut end = i + 1;
        while end < limit && !covered[end] {
            if cx.is_capitalised(end) {
                end += 1;
            } else if end + 1 < limit
                && !covered[end + 1]
                && cx.is_capitalised(end + 1)
                && is_particle(cx.folded(end))
            {
                end += 2;
            } else {
                break;
            }
        }
        let next = end;
        let mut start = i;
        let sentence_initial = cx.is(i, TokenFlags::SENTENCE_START)
            || cx.is(i, TokenFlags::LINE_START)
            || (i > 0 && matches!(cx.folded(i - 1), "«" | "\"" | "-" | "(" | ":"));
        if let Some(k) = lookup(cx, &known, start, end) {
            out.push(candidate(start, end, k, "propagation"));
            i = next;
            continue;
        }
        if sentence_initial && (end - start == 1 || lexicon::is_function_word(cx.folded(start))) {
            start += 1;
            if let Some(k) = lookup(cx, &known, start, end) {
                out.push(candidate(start, end, k, "propagation"));
                i = next;
                continue;
            }
        }
        // `Reportage Qadir Sediqi`: at a sentence start, the name begins at its first
        // first name.
        if sentence_initial
            && start < end
            && !cx.has_lexicon(start, "FIRSTNAME")
            && let Some(first_name) = (start + 1..end).find(|&k| cx.has_lexicon(k, "FIRSTNAME"))
            && end - first_name >= 2
        {
            start = first_name;
        }
        if start < end && !headline(cx, i) {
            if let Some((label, rule)) = shape(cx, start, end) {
                out.push(Candidate {
                    start,
                    end,
                    label: label.to_owned(),
                    canonical: None,
                    id: None,
                    source: format!("shape:{rule}"),
                    rank: 3,
                    priority: 0,
                    value: None,
                    unit: None,
                });
            }
        }
        i = next;
    }
}

fn is_name_label(label: &str) -> bool {
    matches!(label, "PER" | "LOC" | "ORG")
}

fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "al" | "el" | "ben" | "bin" | "ibn" | "van" | "von" | "der" | "de" | "du" | "da" | "di"
            | "dos" | "del" | "la" | "le" | "ul" | "d'"
    )
}

fn lookup<'k>(
    cx: &Context<'_, '_>,
    known: &'k HashMap<String, Known>,
    start: usize,
    end: usize,
) -> Option<&'k Known> {
    if start >= end {
        return None;
    }
    let bytes = cx.tokens[start].span().byte_start()..cx.tokens[end - 1].span().byte_end();
    known.get(&fold(&cx.text[bytes]))
}

fn candidate(start: usize, end: usize, k: &Known, source: &str) -> Candidate {
    Candidate {
        start,
        end,
        label: k.label.clone(),
        canonical: k.canonical.clone(),
        id: k.id.clone(),
        source: source.to_owned(),
        rank: 2,
        priority: 0,
        value: None,
        unit: None,
    }
}

/// Headlines and all-capital lines capitalise every word: no shape typing there.
fn headline(cx: &Context<'_, '_>, i: usize) -> bool {
    let limit = cx.sentence_end(i);
    let mut from = i;
    while from > 0 && cx.sentence_end(from - 1) == limit {
        from -= 1;
    }
    let words: Vec<usize> = (from..limit)
        .filter(|&k| cx.tokens[k].kind() == crate::tokenizer::TokenKind::Word)
        .collect();
    if words.len() < 4 {
        return false;
    }
    let caps = words.iter().filter(|&&k| cx.is_capitalised(k)).count();
    caps * 10 >= words.len() * 7
}

/// The label an unknown capitalised sequence `start..end` takes, and why.
fn shape(cx: &Context<'_, '_>, start: usize, end: usize) -> Option<(&'static str, &'static str)> {
    let len = end - start;
    if (start..end).any(|k| cx.has_lexicon(k, "ORGWORD")) {
        return Some(("ORG", "org-word"));
    }
    if len == 1 && cx.is_acronym(start) {
        return Some(("ORG", "acronym"));
    }
    if len >= 2 && cx.has_lexicon(start, "FIRSTNAME") {
        return Some(("PER", "first-name"));
    }
    let before = if start > 0 { cx.folded(start - 1) } else { "" };
    if PLACE_PREPOSITIONS.contains(&before) {
        return Some(("LOC", "after-place-preposition"));
    }
    if (2..=4).contains(&len)
        && (start..end).all(|k| cx.is_capitalised(k) && !cx.is(k, TokenFlags::ALL_CAPS))
    {
        return Some(("PER", "capitalised-words"));
    }
    None
}
