//! Names no list or rule found whole: places that are part of a longer name, later
//! mentions of names found earlier, and capitalised sequences typed by lexicons and
//! context.

use super::context::Context;
use super::lexicon;
use super::{Candidate, Source};
use crate::tokenizer::{TokenFlags, TokenKind};
use rustc_hash::FxHashMap as HashMap;

/// What a name found earlier in the document stands for.
#[derive(Debug, Clone, Copy)]
struct Known<'a> {
    label: &'a str,
    canonical: Option<&'a str>,
    id: Option<&'a str>,
    /// Where a person's full mention starts, to read the gender of its first name
    /// when an honorific comes before a later mention (rarely: not before).
    first: Option<usize>,
}

/// Words before an unknown name that make it a place (`à Bron`, `en Normandie`).
const PLACE_PREPOSITIONS: &[&str] = &["a", "en"];

/// Heads of the locutions of place before `de` (folded): `près de`, `aux abords de`.
const PLACE_LOCUTION_HEADS: &[&str] = &[
    "pres",
    "proximite",
    "environs",
    "abords",
    "alentours",
    "large",
    "peripherie",
    "banlieue",
    "faubourgs",
    "provenance",
    "destination",
    "originaire",
    "originaires",
];

/// Words that make a capitalised name an event (`Tour de France`, `Coupe du monde`).
const EVENT_HEADS: &[&str] = &[
    "tour",
    "coupe",
    "championnat",
    "championnats",
    "jeux",
    "festival",
    "rallye",
    "open",
    "mondial",
    "mondiaux",
    "marathon",
    "trophee",
    "grand",
    "ironman",
    "salon",
    "biennale",
    "sommet",
    "forum",
    "conference",
    "exposition",
];

/// Words for a kind of land or water that make a capitalised name around a place a
/// place itself (`Vallée d'Aoste`, `Val de Fontenay`, `Golfe de Gascogne`), not an
/// organisation; and `Grand`, for the area around a town (`le Grand Annecy`), where it
/// heads no event (see `heads_event`).
const PLACE_HEADS: &[&str] = &[
    "vallee",
    "val",
    "vallon",
    "mont",
    "monts",
    "lac",
    "ile",
    "iles",
    "golfe",
    "baie",
    "cap",
    "plaine",
    "plateau",
    "cote",
    "massif",
    "col",
    "gorges",
    "bassin",
    "pointe",
    "delta",
    "desert",
    "foret",
    "presqu'ile",
    "detroit",
    "canal",
    "estuaire",
    "riviere",
    "fleuve",
    "fort",
    "wilaya",
    "passage",
    "grand",
];

/// Last words that make a name around a place a place too, in the English names French
/// news keeps as they are (`Pennsylvania Avenue`, `London Bridge`, `Utah Beach`,
/// `Independence Hall`), and the points of the compass after it (`Pacifique Sud`).
const PLACE_TAILS: &[&str] = &[
    "avenue",
    "street",
    "road",
    "boulevard",
    "bridge",
    "beach",
    "hall",
    "memorial",
    "lodge",
    "square",
    "park",
    "island",
    "islands",
    "bay",
    "lake",
    "river",
    "valley",
    "canyon",
    "creek",
    "coast",
    "mountains",
    "sud",
    "nord",
];

fn is_name_label(label: &str) -> bool {
    matches!(label, "PER" | "LOC" | "ORG")
}

/// A first name (`Marine`), not a particle that some countries use as one (`Le`, `Van`).
fn first_name(cx: &Context<'_, '_>, k: usize) -> bool {
    (cx.has_lexicon(k, "FIRSTNAME") && !cx.is_particle(k) && !cx.is_function_word(k))
        || kunya(cx, k)
}

/// `Abou Mohammed al-Jolani`, `Oum Khaled`: `Abou` or `Oum` (father, mother of), written
/// with a capital before a first name, opens a name as a first name does.
fn kunya(cx: &Context<'_, '_>, k: usize) -> bool {
    // The capital first: a bit test that rules out most tokens.
    cx.is_capitalised(k)
        && matches!(cx.folded(k), "abou" | "abu" | "oum" | "umm")
        && k + 1 < cx.sentence_end(k)
        && cx.has_lexicon(k + 1, "FIRSTNAME")
}

/// `Espagnol`, `Général`, `M.`: a nationality, a title or an honorific before a name
/// is not part of it.
fn is_introducer(cx: &Context<'_, '_>, k: usize) -> bool {
    cx.has_lexicon(k, "DEMONYM")
        || cx.has_lexicon(k, "TITLE")
        || ((is_honorific(cx, k) || matches!(cx.folded(k), "saint" | "sainte"))
            && !cx.is(k + 1, TokenFlags::SENTENCE_START))
}

/// `M.`, `Mme`, `Dr`, `Me`…: words that only ever precede a person's name (the
/// `HONORIFIC` list of `titles.tsv`, which the rules read too).
fn is_honorific(cx: &Context<'_, '_>, k: usize) -> bool {
    cx.has_lexicon(k, "HONORIFIC")
}

/// A capitalised word that can be part of a name (not `Le`, `Selon`, `À`, nor a lone
/// letter such as the `E` of `Groupe E`).
fn name_word(cx: &Context<'_, '_>, k: usize) -> bool {
    cx.is_capitalised(k) && !cx.is_function_word(k) && cx.tokens[k].text().chars().nth(1).is_some()
}

/// Completes `selected` (sorted by position) with the names it leaves out.
pub(crate) fn complete<'a>(cx: &Context<'a, 'a>, selected: &mut Vec<Candidate<'a>>) {
    let headline = headlines(cx);
    absorb_places(cx, selected, &headline);
    event_years(cx, selected);
    first_names_before_people(cx, selected);
    long_forms(cx, selected);
    short_names_in_parentheses(cx, selected);
    let n = cx.tokens.len();
    let mut known: HashMap<u64, Known<'a>> =
        HashMap::with_capacity_and_hasher(2 * selected.len(), Default::default());
    for c in selected.iter().filter(|c| is_name_label(c.label)) {
        remember(cx, &mut known, c);
    }
    // A person named again by the surname: a list place with that name is the person
    // here (`Hollande` after `François Hollande`).
    // `selected` is sorted and its candidates do not overlap: the one before ends where
    // a particle taken in front of a place would have to be free.
    let mut previous_end = 0;
    for c in selected.iter_mut() {
        let end_before = std::mem::replace(&mut previous_end, c.end);
        if !(c.rank == 0 && c.label == "LOC" && c.end == c.start + 1) {
            continue;
        }
        // With its capitalised particle, when the person was named with it (`Le Pen`).
        let particle = c.start > end_before
            && capital_particle(cx, c.start - 1)
            && known
                .get(&cx.key(c.start - 1, c.end))
                .is_some_and(|k| k.label == "PER");
        if particle {
            c.start -= 1;
        }
        if let Some(k) = known
            .get(&cx.key(c.start, c.end))
            .filter(|k| k.label == "PER")
        {
            c.label = k.label;
            c.canonical = k.canonical;
            c.id = k.id;
            c.source = Source::Propagation;
        }
    }
    let owner = Owners::new(selected, n);
    let covered = |k: usize| owner.of(k).is_some();
    let mut added = Vec::new();
    // The capitalised words the pass could not type, for a second look after it.
    let mut untyped = Vec::new();
    let mut i = 0;
    while i < n {
        if covered(i) || !cx.is_capitalised(i) {
            i += 1;
            continue;
        }
        let limit = cx.sentence_end(i);
        let mut end = i + 1;
        while end < limit && !covered(end) {
            if name_word(cx, end) {
                end += 1;
            } else if end + 1 < limit
                && !covered(end + 1)
                && name_word(cx, end + 1)
                && cx.is_particle(end)
            {
                end += 2;
            } else if end + 2 < limit
                && !covered(end + 1)
                && !covered(end + 2)
                && name_word(cx, end + 2)
                && cx.two_particles(end)
            {
                end += 3;
            } else if end + 1 < limit && first_name(cx, i) && cx.is_initial(end) {
                // `Jeanne D.`, `Karim B.`: a first name and the initial of a surname
                // end the name.
                end += 2;
                break;
            } else {
                break;
            }
        }
        let next = end;
        // `Tadej Pogačar (Visma Team)`, `Jean Dupont (Renaissance)`: a name that no
        // list knows, in parentheses right after a person's, is their team or party (an
        // acronym or initials there may be the short form of the name before).
        let in_parentheses_after_a_person = i >= 2
            && cx.folded(i - 1) == "("
            && end < n
            && cx.folded(end) == ")"
            && owner
                .of(i - 2)
                .is_some_and(|k| selected[k].label == "PER" && selected[k].end == i - 1)
            && !cx.is(i, TokenFlags::ALL_CAPS)
            && initials(cx.tokens[i].text()).is_none();
        if in_parentheses_after_a_person && lookup(cx, &known, i, end).is_none() {
            added.push(shaped(i, end, "ORG", "after-person"));
            i = next;
            continue;
        }
        match type_sequence(cx, &known, i, end, headline[i]) {
            Some(c) => {
                if is_name_label(c.label) {
                    remember(cx, &mut known, &c);
                }
                added.push(c);
            }
            None => untyped.push((i, end)),
        }
        i = next;
    }
    // A name mentioned before the mention that typed it (the headline's `Kerviel`
    // before the body's `Jérôme Kerviel`): the pass, reading left to right, had not met
    // it yet. Only words that are, whole, a name known now: the whole sequence, or else
    // each run of capitalised words in it (`Décès de [Chuck Berry]`).
    for (start, end) in untyped {
        if let Some(k) = lookup(cx, &known, start, end) {
            added.push(candidate(cx, start, end, k));
            continue;
        }
        let mut run = start;
        while run < end {
            let run_end = (run..end).find(|&k| !name_word(cx, k)).unwrap_or(end);
            if run_end > run
                && (run, run_end) != (start, end)
                && let Some(k) = lookup(cx, &known, run, run_end)
            {
                added.push(candidate(cx, run, run_end, k));
            }
            run = run_end + 1;
        }
    }
    selected.extend(added);
    selected.sort_by_key(|c| (c.start, c.end));
    enumerations(cx, selected);
}

/// Whether a candidate is a country of the lists: a country that is also a first name
/// (`France`) opens the names of its institutions (`France Musique`), not of people
/// (`Douglas Tompkins`, `Sofia Velikaya`).
fn is_country(cx: &Context<'_, '_>, c: &Candidate<'_>) -> bool {
    matches!(c.source, Source::Gazetteer(id) if cx.gazetteer.entry(id).attribute("type") == Some("country"))
}

/// For each token, the candidate that covers it, if any (`selected` does not overlap).
///
/// Four bytes a token: allocations of a kilobyte and more are slow with some allocators
/// (glibc's consolidates its free lists first), and this is built three times a document.
struct Owners(Vec<u32>);

impl Owners {
    fn new(selected: &[Candidate<'_>], n: usize) -> Owners {
        let mut owner = vec![u32::MAX; n];
        for (k, c) in selected.iter().enumerate() {
            let k = u32::try_from(k).unwrap_or(u32::MAX);
            for o in owner.iter_mut().take(c.end.min(n)).skip(c.start) {
                *o = k;
            }
        }
        Owners(owner)
    }

    /// The candidate covering token `i`.
    fn of(&self, i: usize) -> Option<usize> {
        self.0
            .get(i)
            .filter(|&&o| o != u32::MAX)
            .map(|&o| o as usize)
    }
}

/// A word of a name nothing typed: capitalised, and not a number, a nationality, a
/// title or a common acronym.
fn bare_name_word(cx: &Context<'_, '_>, k: usize) -> bool {
    name_word(cx, k)
        && cx.number(k).is_none()
        && !is_introducer(cx, k)
        && !cx.has_lexicon(k, "COMMON")
}

/// `Matt Hall, Aliy Zirkle, Allen Moore et Ryne Olson`: in a list of three names or
/// more, the names nothing typed take the label of those typed, when at least two are
/// and they all agree; after a title in the plural, two names will do.
fn enumerations<'a>(cx: &Context<'a, 'a>, selected: &mut Vec<Candidate<'a>>) {
    let n = cx.tokens.len();
    let owner = Owners::new(selected, n);
    let mut added = Vec::new();
    let mut items: Vec<(usize, usize, Option<&'a str>)> = Vec::new();
    let mut i = 0;
    while i < n {
        // Most tokens start no name at all.
        if owner.of(i).is_none() && !cx.is_capitalised(i) {
            i += 1;
            continue;
        }
        let limit = cx.sentence_end(i);
        items.clear();
        let mut at = i;
        while at < limit {
            let item = match owner.of(at) {
                Some(k) if selected[k].start == at && is_name_label(selected[k].label) => {
                    (at, selected[k].end, Some(selected[k].label))
                }
                // A capitalised word opening a sentence may be any word (`Bref,`); a
                // number, a nationality or a title introduces a name rather than
                // being part of one (`Deux Chinois, Li Wen et Zhou Bo`).
                None if bare_name_word(cx, at)
                    && !(cx.is(at, TokenFlags::SENTENCE_START)
                        && !(at + 1 < limit
                            && owner.of(at + 1).is_none()
                            && bare_name_word(cx, at + 1))) =>
                {
                    let mut end = at + 1;
                    while end < limit
                        && end - at < 4
                        && owner.of(end).is_none()
                        && bare_name_word(cx, end)
                    {
                        end += 1;
                    }
                    (at, end, None)
                }
                _ => break,
            };
            items.push(item);
            at = item.1;
            // `,`, `et`, `ou`, `, et` between the names.
            let before = at;
            if at < limit && cx.folded(at) == "," {
                at += 1;
            }
            if at < limit && matches!(cx.folded(at), "et" | "ou") {
                at += 1;
            }
            // Names one to a line are a menu or a table, not a sentence.
            if at == before || cx.is(at, TokenFlags::LINE_START) {
                break;
            }
        }
        let mut typed = items.iter().filter_map(|item| item.2);
        let label = typed.next();
        let (agree, others) = typed.fold((true, 0), |(agree, count), l| {
            (agree && Some(l) == label, count + 1)
        });
        // `les ministres Korvan Delmasso et Brino Valtero`: after a title in the plural,
        // two names are a list, the first a person.
        let after_plural_title = items.first().is_some_and(|&(start, _, label)| {
            label == Some("PER")
                && start > 0
                && cx.has_lexicon(start - 1, "TITLE")
                && cx.folded(start - 1).ends_with(['s', 'x'])
        });
        let enough = (items.len() >= 3 && others >= 1) || (after_plural_title && items.len() >= 2);
        if let Some(label) = label
            && enough
            && agree
            && others + 1 < items.len()
        {
            for &(start, end, _) in items.iter().filter(|item| item.2.is_none()) {
                added.push(Candidate {
                    start,
                    end,
                    label,
                    canonical: None,
                    id: None,
                    source: Source::Shape("enumeration"),
                    rank: 3,
                    priority: 0,
                    value: None,
                    unit: None,
                });
            }
        }
        i = items.last().map_or(i + 1, |item| item.1.max(i + 1));
    }
    if !added.is_empty() {
        selected.extend(added);
        selected.sort_by_key(|c| (c.start, c.end));
    }
}

/// `Tour de France 2016`, `Euro 2016`: a year right after an event's name is part of
/// it (the date finder leaves a year after a name alone).
fn event_years(cx: &Context<'_, '_>, selected: &mut [Candidate<'_>]) {
    // Sorted, as the candidates are: looked up by halving, so that a document of many
    // events stays linear.
    let starts: Vec<usize> = selected.iter().map(|c| c.start).collect();
    for c in selected.iter_mut().filter(|c| c.label == "EVENT") {
        let year = c.end;
        if year < cx.sentence_end(c.start)
            && super::dates::is_year(cx, year)
            && starts.binary_search(&year).is_err()
        {
            c.end = year + 1;
        }
    }
}

/// `Luke McKenzie` where a list knows a `McKenzie`: a first name right before a person
/// found by surname names another person of that name. The entity grows over the
/// first name and loses the list's identity.
fn first_names_before_people(cx: &Context<'_, '_>, selected: &mut [Candidate<'_>]) {
    // Sorted, as the candidates are (they do not overlap).
    let ends: Vec<usize> = selected.iter().map(|c| c.end).collect();
    for c in selected
        .iter_mut()
        .filter(|c| c.label == "PER" && c.start > 0)
    {
        let k = c.start - 1;
        if is_honorific(cx, k)
            || ends.binary_search(&c.start).is_ok()
            || cx.sentence_end(k) != cx.sentence_end(c.start)
        {
            continue;
        }
        // `Luke McKenzie` is another person; `F. Fillon`, an initial before the surname,
        // stays the list's person when it is that of its first name.
        let same_person = if first_name(cx, k) && cx.is_capitalised(k) {
            false
        } else if let Some(letters) = initials_with_periods(cx.tokens[k].text()) {
            c.canonical.is_some_and(|name| initials_fit(letters, name))
        } else {
            continue;
        };
        c.start = k;
        if !same_person {
            c.canonical = None;
            c.id = None;
            c.source = Source::Shape("first-name");
        }
    }
}

/// `F.`, `J.-P.`, `J.K.`: initials written as one token, capitals each followed by its
/// period; their first two letters (the second, of a compound first name, if there is
/// one) and how many there are.
fn initials(text: &str) -> Option<((char, Option<char>), usize)> {
    let mut chars = text.chars().peekable();
    let mut letters = (None, None);
    let mut count = 0;
    while let Some(c) = chars.next() {
        if !c.is_uppercase() || chars.next() != Some('.') {
            return None;
        }
        match count {
            0 => letters.0 = Some(c),
            1 => letters.1 = Some(c),
            _ => {}
        }
        count += 1;
        chars.next_if_eq(&'-');
    }
    Some(((letters.0?, letters.1), count))
}

/// `F.`, `J.-P.`: the initials of a first name, simple or compound (joined by a hyphen).
fn initials_with_periods(text: &str) -> Option<(char, Option<char>)> {
    let (letters, count) = initials(text)?;
    (count == 1 || (count == 2 && text.contains('-'))).then_some(letters)
}

/// Whether initials (`F.`, `J.-P.`) are those of a name's first name (`François
/// Fillon`, `Jean-Pierre Raffarin`).
fn initials_fit((first, second): (char, Option<char>), name: &str) -> bool {
    let first_name = name.split(' ').next().unwrap_or("");
    let mut parts = first_name.split('-');
    let starts = |part: Option<&str>, letter: char| part.is_some_and(|p| p.starts_with(letter));
    starts(parts.next(), first) && second.is_none_or(|second| starts(parts.next(), second))
}

/// `Groupe de soutien à l'islam et aux musulmans (GSIM)`: a short form in parentheses
/// whose letters are found, in order, in the words before it, the first one at the start
/// of a word, names the organisation those words spell out (the long form), lower-case
/// words and places inside it included. This is Schwartz and Hearst's algorithm for
/// abbreviation definitions (2003), within the sentence and up to a comma.
fn long_forms<'a>(cx: &Context<'a, 'a>, selected: &mut Vec<Candidate<'a>>) {
    let mut added: Vec<Candidate<'a>> = Vec::new();
    let mut dropped: Vec<usize> = Vec::new();
    let mut k = 1;
    while k + 1 < cx.tokens.len() {
        let (open, short, close) = (k - 1, k, k + 1);
        k += 1;
        // The capital first: it rules out most tokens at the cost of a bit test.
        if !cx.is_capitalised(short) || cx.folded(open) != "(" || cx.folded(close) != ")" {
            continue;
        }
        let letters: Vec<char> = cx
            .folded(short)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        if !(2..=10).contains(&letters.len()) {
            continue;
        }
        // The candidates are sorted and do not overlap: those around the short form
        // and the long form are found by halving, so that a document full of
        // parentheses stays linear.
        let at = selected.partition_point(|c| c.start < short);
        let short_label = selected
            .get(at)
            .filter(|c| c.start == short && c.end == short + 1)
            .map(|c| c.label);
        let label = match short_label {
            None | Some("ORG") => "ORG",
            Some("LOC") => "LOC",
            Some(_) => continue,
        };
        let Some(start) = long_form_start(cx, open, &letters) else {
            continue;
        };
        // Whatever was found inside the long form is part of it; a name reaching out
        // of it, or a person, keeps the long form from being one.
        let inside = selected.partition_point(|c| c.end <= start)
            ..selected.partition_point(|c| c.start < open);
        let found = &selected[inside.clone()];
        if found
            .iter()
            .any(|c| c.start < start || c.end > open || c.label == "PER")
        {
            continue;
        }
        // A long form found whole already (`Human Rights Watch`) stays as found.
        if !found.iter().any(|c| c.start == start && c.end == open) {
            dropped.extend(inside);
            added.push(shaped(start, open, label, "long-form"));
        }
        if short_label.is_none() {
            added.push(shaped(short, short + 1, label, "short-form"));
        }
    }
    if !added.is_empty() {
        // Long forms never share tokens (their words stop at a parenthesis), so the
        // candidates they absorb are dropped once, at the end, in index order.
        let mut index = 0;
        selected.retain(|_| {
            index += 1;
            dropped.binary_search(&(index - 1)).is_err()
        });
        selected.extend(added);
        selected.sort_by_key(|c| (c.start, c.end));
    }
}

/// Where the long form of `letters` starts, among the words before token `open`.
fn long_form_start(cx: &Context<'_, '_>, open: usize, letters: &[char]) -> Option<usize> {
    // As many words as the short form has letters, and a few more for the small words;
    // or, where French small words are many (`Volontaires pour la défense de la patrie
    // (VDP)`), as many words that are not French function words as letters and one
    // more, within a bound.
    let words = (letters.len() + 5).min(2 * letters.len());
    let (content, most) = (letters.len() + 1, 2 * letters.len() + 5);
    let limit_start = {
        let mut from = open;
        let (mut seen_content, mut seen) = (0, 0);
        while from > 0
            && (seen < words || (seen_content < content && seen < most))
            && cx.sentence_end(from - 1) == cx.sentence_end(open)
            && !matches!(cx.folded(from - 1), "," | ";" | ":" | "(" | ")" | "«" | "»")
        {
            from -= 1;
            // Words as written: `l'islam` is one.
            if !cx.is(from, TokenFlags::ELIDED) {
                seen += 1;
                if !cx.is_function_word(from) {
                    seen_content += 1;
                }
            }
        }
        from
    };
    // The folded chars of the window, each with its token and whether a word starts
    // there, read backwards.
    // Sized up front: a `flat_map` tells `collect` nothing of its length.
    let mut chars = Vec::with_capacity((limit_start..open).map(|t| cx.folded(t).len()).sum());
    chars.extend((limit_start..open).flat_map(|t| {
        let mut previous = None;
        cx.folded(t).chars().map(move |c| {
            let starts = previous.is_none_or(|p: char| !p.is_alphanumeric());
            previous = Some(c);
            (c, t, starts)
        })
    }));
    let mut at = chars.len();
    for (i, &letter) in letters.iter().enumerate().rev() {
        loop {
            let (c, _, starts) = *chars.get(at.checked_sub(1)?)?;
            at -= 1;
            if c == letter && (i > 0 || starts) {
                break;
            }
        }
    }
    let mut start = chars.get(at)?.1;
    // `Mission multidimensionnelle … (Minusma)`: the head word before a lower-case
    // first match belongs to the name.
    if !cx.is_capitalised(start)
        && start > limit_start
        && cx.is_capitalised(start - 1)
        && !cx.is_function_word(start - 1)
    {
        start -= 1;
    }
    (cx.is_capitalised(start) && !cx.is_function_word(start) && open - start >= 2).then_some(start)
}

/// `la Mission d'assistance des Nations unies en Afghanistan (Manua)`: a name in
/// parentheses right after an entity of the same label, found by a rule or by its
/// shape, is that entity's short name: it takes its canonical name and id, which later
/// mentions of the short name then carry too.
fn short_names_in_parentheses<'a>(cx: &Context<'a, 'a>, selected: &mut Vec<Candidate<'a>>) {
    // `le Commandement américain pour l'Afrique (Africom)`: one capitalised word that
    // nothing else names, in parentheses right after an organisation, is its short
    // name (a sentence-opening word would otherwise be read there, after `(`).
    let mut added = Vec::new();
    for (k, full) in selected.iter().enumerate() {
        let short = full.end + 1;
        if full.label == "ORG"
            && short + 1 < cx.sentence_end(full.start)
            && cx.folded(full.end) == "("
            && cx.folded(short + 1) == ")"
            && cx.is_capitalised(short)
            && !cx.is_function_word(short)
            && selected.get(k + 1).is_none_or(|next| next.start > short)
        {
            // Its canonical name and id come with the others', below.
            added.push(shaped(short, short + 1, "ORG", "short-form"));
        }
    }
    if !added.is_empty() {
        selected.extend(added);
        selected.sort_by_key(|c| (c.start, c.end));
    }
    for k in 1..selected.len() {
        let (before, rest) = selected.split_at_mut(k);
        let (full, short) = (&before[k - 1], &mut rest[0]);
        let enclosed = short.start >= 1
            && cx.folded(short.start - 1) == "("
            && full.end + 1 == short.start
            && cx.tokens.get(short.end).is_some()
            && cx.folded(short.end) == ")";
        if enclosed
            && full.label == short.label
            && matches!(short.source, Source::Rule(_) | Source::Shape(_))
        {
            short.canonical = full.canonical.or(Some(cx.slice(full.start, full.end)));
            short.id = full.id;
        }
    }
}

/// The entity an uncovered capitalised sequence `i..end` is, if any.
fn type_sequence<'a>(
    cx: &Context<'a, 'a>,
    known: &HashMap<u64, Known<'a>>,
    i: usize,
    end: usize,
    in_headline: bool,
) -> Option<Candidate<'a>> {
    let mut start = i;
    let sentence_initial = cx.is(i, TokenFlags::SENTENCE_START)
        || cx.is(i, TokenFlags::LINE_START)
        || (i > 0 && matches!(cx.folded(i - 1), "«" | "\"" | "-" | "(" | ":" | "."));
    if let Some(k) = lookup(cx, known, start, end) {
        return Some(candidate(cx, start, end, k));
    }
    // A capitalised article or function word opening the sequence (`Les`, `Selon`) is
    // not part of the name.
    if cx.is_function_word(start) {
        start += 1;
        // `Selon la Défense civile`: the lower-case article that joined the function
        // word to the name goes with it (a particle such as `van` stays: `selon van Gogh`).
        if !cx.is_capitalised(start) && matches!(cx.folded(start), "le" | "la" | "les" | "l'") {
            start += 1;
        }
        if start >= end {
            return None;
        }
        if let Some(k) = lookup(cx, known, start, end) {
            return Some(candidate(cx, start, end, k));
        }
    } else if sentence_initial && end - start == 1 && !first_name(cx, start) {
        // One capitalised word opening a sentence is most often a common word.
        return None;
    }
    // `Espagnol Mario Mola`, `Américaine Gwen Jorgensen`: a nationality noun is not
    // part of the name.
    let mut honorific = false;
    while start < end && is_introducer(cx, start) {
        honorific |= is_honorific(cx, start);
        start += 1;
    }
    // `M. Kirby`, `Mme Sturgeon`: an honorific names a person.
    if start == i && i > 0 && is_honorific(cx, i - 1) {
        honorific = true;
    }
    // `Reportage Qadir Sediqi`: at a sentence start, the name begins at its first
    // first name.
    if sentence_initial
        && start < end
        && !first_name(cx, start)
        && let Some(first_name) = (start + 1..end).find(|&k| first_name(cx, k))
        && end - first_name >= 2
    {
        start = first_name;
    }
    if start >= end || in_headline {
        return None;
    }
    if let Some(k) = lookup(cx, known, start, end) {
        return Some(candidate(cx, start, end, k));
    }
    if honorific && end - start <= 4 && !in_headline {
        return Some(shaped(start, end, "PER", "honorific"));
    }
    if let Some((label, rule)) = shape(cx, start, end) {
        return Some(shaped(start, end, label, rule));
    }
    // `l'Assassin de Bertrand Tavernier`: the person starts at the first name.
    let first_name = (start + 1..end.saturating_sub(1)).find(|&k| first_name(cx, k))?;
    let (label, rule) = shape(cx, first_name, end)?;
    (label == "PER").then(|| shaped(first_name, end, label, rule))
}

pub(crate) fn shaped<'a>(
    start: usize,
    end: usize,
    label: &'static str,
    rule: &'static str,
) -> Candidate<'a> {
    Candidate {
        start,
        end,
        label,
        canonical: None,
        id: None,
        source: Source::Shape(rule),
        rank: 3,
        priority: 0,
        value: None,
        unit: None,
    }
}

/// `Le`, `De`, `Van`: a particle written with its capital, part of a surname.
fn capital_particle(cx: &Context<'_, '_>, k: usize) -> bool {
    cx.is_capitalised(k) && cx.is_particle(k)
}

fn remember<'a>(cx: &Context<'a, 'a>, known: &mut HashMap<u64, Known<'a>>, c: &Candidate<'a>) {
    let text: &'a str = cx.slice(c.start, c.end);
    let knows = Known {
        label: c.label,
        canonical: c.canonical.or(Some(text)),
        id: c.id,
        first: (c.label == "PER").then_some(c.start),
    };
    // The first mention of a name says what it is, but a person named by capitalised
    // words alone outweighs what is not a person: the surname is the person wherever it
    // stands alone, even where a list place of that name came earlier (the headline's
    // `Valls` before the body's `Manuel Valls`). Not a name with a particle, where the
    // last word is more often a place (`Franc Moisin de Saint-Denis`).
    let person = c.label == "PER" && (c.start..c.end).all(|k| name_word(cx, k));
    let mut learn = |key: u64| {
        let entry = known.entry(key).or_insert(knows);
        if person && entry.label != "PER" {
            *entry = knows;
        }
    };
    // A person is named again by the surname, the last capitalised word, with the
    // capitalised particle before it (`Le Pen`, `De Villiers`).
    let mut words = (c.start..c.end).filter(|&k| name_word(cx, k));
    if c.label == "PER"
        && words.next().is_some()
        && let Some(last) = words.next_back()
        && cx.folded(last).chars().count() >= 3
    {
        learn(cx.key(last, last + 1));
        if last > c.start + 1 && capital_particle(cx, last - 1) {
            learn(cx.key(last - 1, last + 1));
        }
    }
    learn(cx.key(c.start, c.end));
}

fn lookup<'k, 'a>(
    cx: &Context<'_, '_>,
    known: &'k HashMap<u64, Known<'a>>,
    start: usize,
    end: usize,
) -> Option<&'k Known<'a>> {
    if start >= end {
        return None;
    }
    known.get(&cx.key(start, end))
}

/// A later mention of a known name. After an honorific of the other gender than the
/// first name of the full mention (`Mme Delmasso` after `Korvan Delmasso`), it is
/// another person of the family: a person still, not the same one.
fn candidate<'a>(cx: &Context<'_, '_>, start: usize, end: usize, k: &Known<'a>) -> Candidate<'a> {
    let other_person = start > 0
        && is_honorific(cx, start - 1)
        && k.first.is_some_and(|first| {
            let named = gender_at(cx, first, "FIRSTNAME");
            named.is_some()
                && gender_at(cx, start - 1, "HONORIFIC").is_some_and(|g| Some(g) != named)
        });
    Candidate {
        start,
        end,
        label: k.label,
        canonical: if other_person { None } else { k.canonical },
        id: if other_person { None } else { k.id },
        source: Source::Propagation,
        rank: 2,
        priority: 0,
        value: None,
        unit: None,
    }
}

/// The gender (`b'M'`, `b'F'`) the lists give the marks of `label` at token `k` (a
/// first name, an honorific), when they agree on one.
fn gender_at(cx: &Context<'_, '_>, k: usize, label: &str) -> Option<u8> {
    let mut genders = cx.marks_at(k).filter(|m| m.label == label).map(|m| {
        cx.gazetteer
            .entry(m.entry)
            .attribute("gender")
            .and_then(|g| g.bytes().next())
    });
    let first = genders.next()??;
    genders.all(|g| g == Some(first)).then_some(first)
}

/// Headlines and all-capital lines capitalise every word: no shape typing there.
/// Computed once per sentence: `headlines[k]` is true when token `k` is in one.
fn headlines(cx: &Context<'_, '_>) -> Vec<bool> {
    let n = cx.tokens.len();
    let mut out = vec![false; n];
    let mut from = 0;
    while from < n {
        let limit = cx.sentence_end(from).max(from + 1).min(n);
        // One pass over the sentence: its words, those capitalised, and whether its
        // last token but closing punctuation is a full stop (a sentence in capitals
        // the context has found already).
        let (mut words, mut caps) = (0, 0);
        let mut ends_sentence = false;
        for k in from..limit {
            match cx.tokens[k].kind() {
                TokenKind::Punctuation => {
                    if matches!(cx.folded(k), "." | "!" | "?" | "..." | ":") {
                        ends_sentence = true;
                    }
                }
                kind => {
                    ends_sentence = false;
                    words += usize::from(kind == TokenKind::Word);
                }
            }
            caps += usize::from(cx.is_capitalised(k));
        }
        // `Par Claire Moreau et Hugo Lefebvre, avec AFP`: a byline is no headline,
        // though it is mostly capitalised and has no full stop.
        let byline = cx.folded(from) == "par";
        let headline = cx.in_capitals(from)
            || (words >= 4 && !ends_sentence && !byline && caps * 10 >= words * 7);
        for flag in &mut out[from..limit] {
            *flag = headline;
        }
        from = limit;
    }
    out
}

/// The label an unknown capitalised sequence `start..end` takes, and why.
fn shape(cx: &Context<'_, '_>, start: usize, end: usize) -> Option<(&'static str, &'static str)> {
    let len = end - start;
    let before = if start > 0 { cx.folded(start - 1) } else { "" };
    if len >= 2 && heads_event(cx, start) {
        return Some(("EVENT", "event-word"));
    }
    if len >= 2 && (start..end).any(|k| cx.has_lexicon(k, "ORGWORD")) {
        return Some(("ORG", "org-word"));
    }
    // Not an acronym that names a device, a weapon or a norm (`des missiles SCUD`, `le
    // moteur LEAP`, `le variant XBB`): that is a model or a product.
    let product = names_a_product(cx, start);
    if len == 1 && cx.is_acronym(start) && !cx.has_lexicon(start, "COMMON") && !product {
        return Some(("ORG", "acronym"));
    }
    // `J. Dupont`, `J.-P. Marchal`, `J.K. Rowling`: initials before a surname (not the
    // dotted abbreviations of countries and of the UN: `U.S. Navy`).
    if len >= 2
        && (start..end - 1).all(|k| initials(cx.tokens[k].text()).is_some())
        && !matches!(
            cx.tokens[start].text(),
            "U.S." | "U.K." | "U.N." | "E.U." | "É.-U."
        )
        && initials(cx.tokens[end - 1].text()).is_none()
    {
        return Some(("PER", "initials"));
    }
    let after_definite = matches!(
        before,
        "le" | "la" | "l'" | "les" | "du" | "au" | "des" | "aux"
    );
    // `le Parlement`, `du Sénat`, `l'Assemblée`: an institution named by its head word.
    if len == 1
        && cx.has_lexicon(start, "ORGWORD")
        && after_definite
        && !cx.is(start, TokenFlags::SENTENCE_START)
    {
        return Some(("ORG", "institution"));
    }
    // `la Loi Travail`, `un Marshall JCM2000`: a first name after an article is a common
    // noun there; after a device, a model named after a person (`le télescope James
    // Webb`).
    let after_article = after_definite || matches!(before, "un" | "une");
    // `Santos FC`, `Africa CDC`: a short acronym after one word ends the name of an
    // organisation, not of a person.
    let acronym_tail = len == 2 && {
        let tail = cx.tokens[end - 1].text();
        (2..=4).contains(&tail.len()) && tail.chars().all(|c| c.is_ascii_uppercase())
    };
    if len >= 2 && first_name(cx, start) && !after_article && !product {
        return Some(if acronym_tail {
            ("ORG", "acronym-tail")
        } else {
            ("PER", "first-name")
        });
    }
    // `le prix Albert-Londres`, `prix Carl-Sagan`: a prize named after a person, whose
    // first name and surname are joined by a hyphen.
    if len == 1
        && before == "prix"
        && first_name(cx, start)
        && cx.tokens[start].text().contains('-')
    {
        return Some(("PER", "prize-named-after"));
    }
    // `Alistair et Jonathan Brownlee`, `Marie et Pierre Curie`: a first name alone
    // before `et` and a first name with its surname.
    if len == 1
        && first_name(cx, start)
        && end + 2 < cx.sentence_end(start)
        && cx.folded(end) == "et"
        && first_name(cx, end + 1)
        && name_word(cx, end + 2)
    {
        return Some(("PER", "coordinated-first-name"));
    }
    let has_digits = (start..end).any(|k| cx.tokens[k].text().bytes().any(|b| b.is_ascii_digit()));
    // `permet à Usain Bolt`, `succède à Park Geun-hye`: `à` names a recipient there.
    let recipient =
        || before == "a" && start >= 2 && lexicon::RECIPIENT_CUES.contains(&cx.folded(start - 2));
    // `a` without its accent is the verb (`Visma-Lease a Bike`), and a name followed by
    // a number is a division or a class rather than a place (`en Ligue 1`, `en Formule
    // 1`, `en Top 14`).
    let verb_a = start > 0 && cx.tokens[start - 1].text() == "a";
    let numbered = cx
        .tokens
        .get(end)
        .is_some_and(|t| t.kind() == TokenKind::Number)
        && end < cx.sentence_end(start);
    // `en provenance du Sud`: a cardinal point alone is a direction, and `en Bourse`,
    // `en Commission`, an institution's head word alone, no place.
    let direction = len == 1 && lexicon::is_compass_point(cx.folded(start));
    let institution_word = len == 1 && cx.has_lexicon(start, "ORGWORD");
    if !cx.is_acronym(start) && !has_digits && !direction && !institution_word {
        if PLACE_PREPOSITIONS.contains(&before) && !recipient() && !verb_a && !numbered {
            return Some(("LOC", "after-place-preposition"));
        }
        if after_locution(cx, start) {
            return Some(("LOC", "after-place-locution"));
        }
    }
    // `Karim Benali, 39 ans,`: a name followed by an age is a person.
    let aged = end + 2 < cx.tokens.len()
        && cx.folded(end) == ","
        && cx
            .number(end + 1)
            .is_some_and(|n| (1.0..130.0).contains(&n))
        && matches!(cx.folded(end + 2), "ans" | "an");
    if len <= 4 && aged {
        return Some(("PER", "age"));
    }
    // `selon Attaullah Afghan`, `a déclaré Karim Haqqani`, `Gaurav Chauhan a affirmé`:
    // a speaker.
    let speaks_after = end + 1 < cx.tokens.len()
        && cx.folded(end) == "a"
        && lexicon::SPEAKER_CUES.contains(&cx.folded(end + 1));
    let according_to = before == "apres" && start >= 2 && cx.folded(start - 2) == "d'";
    if (2..=4).contains(&len)
        && (lexicon::SPEAKER_CUES.contains(&before) || speaks_after || according_to)
        && (start..end).all(|k| {
            cx.is(k, TokenFlags::CAPITALIZED) && !cx.is(k, TokenFlags::ALL_CAPS)
                || cx.is_particle(k)
        })
    {
        return Some(("PER", "speaker"));
    }
    None
}

/// Whether the name at `start` follows a noun of a device, with an adjective or not
/// (`le télescope spatial James Webb`, `des missiles balistiques SCUD`), but for a
/// nationality (`version française Claude Martin` credits a translator).
fn names_a_product(cx: &Context<'_, '_>, start: usize) -> bool {
    (start > 0 && is_product_noun(cx.folded(start - 1)))
        || (start > 1
            && is_product_noun(cx.folded(start - 2))
            && cx.is_adjective(start - 1)
            && !cx.has_lexicon(start - 1, "DEMONYM"))
}

/// Nouns (folded, singular or plural) of devices, weapons, software, norms and
/// currencies, which name their models (or kinds) with acronyms.
fn is_product_noun(folded: &str) -> bool {
    const NOUNS: &[&str] = &[
        "missile",
        "roquette",
        "obus",
        "bombe",
        "drone",
        "avion",
        "helicoptere",
        "char",
        "blinde",
        "navire",
        "fregate",
        "sous-marin",
        "satellite",
        "fusee",
        "lanceur",
        "moteur",
        "reacteur",
        "instrument",
        "capteur",
        "telescope",
        "sonde",
        "robot",
        "logiciel",
        "systeme",
        "protocole",
        "virus",
        "variant",
        "souche",
        "vaccin",
        "test",
        "norme",
        "format",
        "modele",
        "version",
        "puce",
        "processeur",
        "appareil",
        // Currencies: `francs CFA`.
        "franc",
    ];
    let singular = folded.strip_suffix(['s', 'x']).unwrap_or(folded);
    NOUNS.contains(&folded) || NOUNS.contains(&singular)
}

/// Whether the word at `k` heads the name of an event (`Tour de France`, `Coupe du
/// monde`): `Grand` only in `Grand Prix`, `Grand Chelem` (`le Grand Annecy`, `le Grand
/// Paris` are places).
fn heads_event(cx: &Context<'_, '_>, k: usize) -> bool {
    let w = cx.folded(k);
    EVENT_HEADS.contains(&w)
        && (w != "grand"
            || (k + 1 < cx.sentence_end(k)
                && matches!(cx.folded(k + 1), "prix" | "chelem" | "slam")))
}

/// Whether the word at `k` heads names of places, events or organisations (`Vallée`,
/// `Tour`, `Université`).
fn heads_names(cx: &Context<'_, '_>, k: usize) -> bool {
    let w = cx.folded(k);
    PLACE_HEADS.contains(&w) || EVENT_HEADS.contains(&w) || cx.has_lexicon(k, "ORGWORD")
}

/// Whether a locution of place ends right before `start`: `près de`, `aux abords de`,
/// `au large de`, `à l'est de`, `dans le nord-ouest du`.
fn after_locution(cx: &Context<'_, '_>, start: usize) -> bool {
    if start < 2 || !matches!(cx.folded(start - 1), "de" | "d'" | "du" | "des") {
        return false;
    }
    let head = cx.folded(start - 2);
    if PLACE_LOCUTION_HEADS.contains(&head) {
        return true;
    }
    // `est` is also the verb (`c'est de…`): only after `l'`.
    lexicon::is_compass_point(head) && (head != "est" || start >= 3 && cx.folded(start - 3) == "l'")
}

/// A list place inside a longer capitalised name is not the entity: `Météo France`,
/// `France 2` and `SOS Médias Burundi` are organisations, `Tour de France` an event,
/// `Greg Van Avermaet` a person, `Irlande du Nord` a place.
fn absorb_places<'a>(cx: &Context<'a, 'a>, selected: &mut Vec<Candidate<'a>>, headline: &[bool]) {
    let n = cx.tokens.len();
    // `Allen Moore`: a one-word minor place that is also a first name, right before
    // another name word, is the first name.
    // `le Suisse Emma Bilham`: a country before a person, after an article, is a
    // nationality noun.
    selected.retain(|c| {
        !(c.rank == 0
            && c.label == "LOC"
            && c.end == c.start + 1
            && c.start > 0
            && matches!(cx.folded(c.start - 1), "le" | "la" | "les" | "l'" | "au")
            && first_name(cx, c.end)
            && name_word(cx, c.end + 1))
    });
    selected.retain(|c| {
        !(c.rank == 0
            && c.label == "LOC"
            && c.end == c.start + 1
            && first_name(cx, c.start)
            && c.end < cx.sentence_end(c.start)
            && name_word(cx, c.end)
            // Last: it reads the entry's attributes.
            && matches!(c.source, Source::Gazetteer(id) if cx.is_minor_place(id)))
    });
    let owner = Owners::new(selected, n);
    let absorbable = |k: usize| {
        let c = &selected[k];
        c.rank == 0 && c.label == "LOC" && c.end - c.start <= 2
    };
    let mut replaced: Vec<(usize, Candidate)> = Vec::new();
    for (k, c) in selected.iter().enumerate() {
        if !absorbable(k) || headline[c.start] {
            continue;
        }
        let limit = cx.sentence_end(c.start);
        let free = |t: usize| t < limit && owner.of(t).is_none() && cx.sentence_end(t) == limit;
        // Grow left over free capitalised words (and `de`/`du` before the place), or
        // over a company's `&` (`Pratt & Whitney`).
        let mut start = c.start;
        let mut ampersand = false;
        loop {
            // A name starts at its first name: `Sud-Africain Richard Murray`.
            if start < c.start && first_name(cx, start) {
                break;
            }
            let word_before = start > 0
                && !cx.is(start, TokenFlags::LINE_START)
                && free(start - 1)
                && !is_introducer(cx, start - 1)
                && (name_word(cx, start - 1)
                    || (start > 1
                        && matches!(
                            cx.folded(start - 1),
                            "le" | "la" | "de" | "van" | "von" | "da"
                        )
                        && cx.is_capitalised(start - 1)
                        && name_word(cx, start - 2)));
            if word_before
                && (!cx.is(start - 1, TokenFlags::SENTENCE_START) || first_name(cx, start - 1))
            {
                start -= 1;
            } else if start > 1
                && !cx.is(start, TokenFlags::LINE_START)
                && free(start - 1)
                && free(start - 2)
                && matches!(cx.folded(start - 1), "de" | "du" | "des" | "d'")
                && name_word(cx, start - 2)
                // `Originaire de Chine`, `Expulsé d'al-Bab`: a word capitalised only
                // because it opens the sentence heads no name, unless it is a word
                // that heads names (`Vallée d'Aoste`, `Université de Lyon`).
                && (!cx.is(start - 2, TokenFlags::SENTENCE_START) || heads_names(cx, start - 2))
                && !is_introducer(cx, start - 2)
                && !lexicon::is_cardinal(cx.folded(start - 2))
                && !matches!(
                    cx.folded(start - 2),
                    "province"
                        | "republique"
                        | "etat"
                        | "etats"
                        | "region"
                        | "ville"
                        | "district"
                        | "departement"
                        | "comte"
                        | "canton"
                        | "commune"
                )
            {
                start -= 2;
            } else if start == c.start
                && start > 1
                && free(start - 1)
                && free(start - 2)
                && cx.folded(start - 1) == "&"
                && name_word(cx, start - 2)
            {
                start -= 2;
                ampersand = true;
            } else {
                break;
            }
        }
        // Grow right over free capitalised words, a cardinal point (`Irlande du Nord`),
        // or one short number (`France 2`).
        let mut end = c.end;
        while free(end) && name_word(cx, end) && !first_name(cx, end) {
            end += 1;
        }
        let mut direction = false;
        if end == c.end && free(end) && free(end + 1) {
            let w = cx.folded(end);
            if matches!(w, "du" | "de" | "d'" | "l'") && lexicon::is_cardinal(cx.folded(end + 1)) {
                end += 2;
                direction = true;
            } else if matches!(w, "de")
                && cx.folded(end + 1) == "l'"
                && free(end + 2)
                && lexicon::is_cardinal(cx.folded(end + 2))
            {
                end += 3;
                direction = true;
            }
        }
        if end == c.end
            && free(end)
            && cx.tokens[end].kind() == TokenKind::Number
            && cx.folded(end).len() <= 2
            && cx.is(end, TokenFlags::SPACE_BEFORE)
        {
            end += 1;
        }
        if (start, end) == (c.start, c.end) {
            continue;
        }
        let label = if ampersand {
            "ORG"
        } else if direction && start == c.start {
            "LOC"
        } else if start < c.start && start > 0 && is_honorific(cx, start - 1) {
            // `Mme Le Pen`: a list town inside a name after `M.`, `Mme`, `Dr`.
            "PER"
        } else if heads_event(cx, start) {
            "EVENT"
        } else if PLACE_HEADS.contains(&cx.folded(start))
            || (end > c.end && PLACE_TAILS.contains(&cx.folded(end - 1)))
        {
            "LOC"
        } else if (start < c.start || (end > c.end && !is_country(cx, c)))
            && first_name(cx, start)
            && cx.tokens[end - 1].kind() == TokenKind::Word
            && (start..end).all(|t| !cx.has_lexicon(t, "ORGWORD"))
        {
            "PER"
        } else {
            "ORG"
        };
        if replaced
            .last()
            .is_some_and(|(_, r): &(usize, Candidate)| r.end > start)
        {
            continue;
        }
        replaced.push((k, shaped(start, end, label, "place-in-name")));
    }
    if replaced.is_empty() {
        return;
    }
    let mut drop = vec![false; selected.len()];
    for (k, _) in &replaced {
        drop[*k] = true;
    }
    let mut kept: Vec<Candidate> = selected
        .drain(..)
        .enumerate()
        .filter(|(k, _)| !drop[*k])
        .map(|(_, c)| c)
        .collect();
    kept.extend(replaced.into_iter().map(|(_, c)| c));
    kept.sort_by_key(|c| (c.start, c.end));
    *selected = kept;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_with_their_period() {
        for (text, initials) in [
            ("F.", Some(('F', None))),
            ("É.", Some(('É', None))),
            ("f.", None),
            ("F", None),
            ("Fr.", None),
            ("M.", Some(('M', None))),
            ("J.-P.", Some(('J', Some('P')))),
            ("J.-p.", None),
            ("J.-P", None),
        ] {
            assert_eq!(initials_with_periods(text), initials, "{text}");
        }
    }

    #[test]
    fn initials_fit_first_names() {
        for (initials, name, fits) in [
            (('F', None), "François Fillon", true),
            (('J', Some('P')), "Jean-Pierre Raffarin", true),
            (('J', Some('C')), "Jean-Pierre Raffarin", false),
            (('J', Some('P')), "Jean Castex", false),
            (('M', None), "Emmanuel Macron", false),
        ] {
            assert_eq!(initials_fit(initials, name), fits, "{name}");
        }
    }
}
