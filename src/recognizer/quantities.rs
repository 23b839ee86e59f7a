//! Quantities and counts: `43 attaques`, `au moins 20 soldats`, `une centaine de
//! combattants`, `5 000 prisonniers`, `trois de leurs combattants`.

use super::context::Context;
use super::numbers;

/// A count found in tokens `start..end`: its value and the noun it counts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found<'t> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) value: f64,
    pub(crate) noun: &'t str,
    pub(crate) approximate: bool,
}

/// Modifiers kept in the span: they qualify the number.
const MODIFIERS: &[&[&str]] = &[
    &["au", "moins"],
    &["plus", "de"],
    &["plus", "d'"],
    &["moins", "de"],
    &["moins", "d'"],
    &["pres", "de"],
    &["environ"],
    &["quelque"],
    &["jusqu'a"],
    &["pas", "moins", "de"],
];

/// Nouns that `un` and `une` count (folded): the casualties of an event, in the gender
/// of the article (`une mort` is a death, not a dead woman).
const MALE_CASUALTIES: &[&str] = &["mort", "blesse", "tue"];
const FEMALE_CASUALTIES: &[&str] = &["morte", "blessee", "tuee", "victime"];

/// Determiners between `de` and the noun in a partitive count (`trois de leurs combattants`).
const PARTITIVE: &[&str] = &["leurs", "ses", "nos", "vos", "ces", "mes", "tes", "leur"];

/// Adjectives that come between a number and its noun (folded).
const PRENOMINAL: &[&str] = &[
    "autres",
    "nouveaux",
    "nouvelles",
    "premiers",
    "premieres",
    "derniers",
    "dernieres",
    "jeunes",
    "anciens",
    "anciennes",
    "grands",
    "grandes",
    "petits",
    "petites",
];

/// Determiners of an approximate count (`une centaine de`, `des dizaines de`).
const APPROXIMATE: &[&str] = &["une", "un", "des", "plusieurs", "quelques"];

/// Words a count can start with besides numbers: the first words of modifiers
/// (`au moins`, `environ`) and the determiners of approximate counts.
pub(crate) fn start_words() -> impl Iterator<Item = &'static str> {
    MODIFIERS
        .iter()
        .map(|m| m[0])
        .chain(APPROXIMATE.iter().copied())
}

pub(crate) fn find<'t>(cx: &Context<'_, 't>) -> Vec<Found<'t>> {
    let mut out = Vec::with_capacity(cx.tokens.len() / 32 + 4);
    let mut i = 0;
    while i < cx.tokens.len() {
        let may_start = cx.number(i).is_some() || cx.is_quantity_start(i);
        match may_start.then(|| parse_at(cx, i)).flatten() {
            Some(f) => {
                i = f.end;
                out.push(f);
            }
            None => i += 1,
        }
    }
    out
}

fn parse_at<'t>(cx: &Context<'_, 't>, i: usize) -> Option<Found<'t>> {
    let limit = cx.sentence_end(i);
    let at = |k: usize| if k < limit { cx.folded(k) } else { "" };
    let mut k = i;
    let mut approximate = false;
    if let Some(m) = MODIFIERS
        .iter()
        .find(|m| m.iter().enumerate().all(|(j, w)| at(i + j) == *w))
    {
        k += m.len();
        approximate = !matches!(m[0], "au" | "plus" | "moins" | "pas");
    }
    // `une centaine de`, `des dizaines de`, `plusieurs milliers de`.
    let (value, after) = if APPROXIMATE.contains(&at(k))
        && let Some(v) = numbers::approximate_value(at(k + 1))
        && matches!(at(k + 2), "de" | "d'")
    {
        approximate = true;
        // `des dizaines de milliers de`: tens of thousands.
        match numbers::approximate_value(at(k + 3)) {
            Some(scale) if scale >= 1000.0 && matches!(at(k + 4), "de" | "d'") => {
                (numbers::scaled(v, scale), k + 5)
            }
            _ => (v, k + 3),
        }
    } else {
        let f = at(k);
        // `un` is mostly an article; it counts the dead and wounded (`un mort et trois
        // blessés`), whom news counts one by one too.
        let counts = match f {
            "un" => MALE_CASUALTIES.contains(&at(k + 1)),
            "une" => FEMALE_CASUALTIES.contains(&at(k + 1)),
            _ => true,
        };
        if f.is_empty() || !counts {
            return None;
        }
        let (mut v, mut next) = cx.number_span(k, limit)?;
        // A number of minutes or years is a duration, which dates read, modifier or not.
        if super::dates::duration_unit_after(cx, k, next, limit).is_some() {
            return None;
        }
        // `3 millions de`, `deux milliers de`.
        if let Some(scale) = numbers::approximate_value(at(next))
            && scale >= 1000.0
        {
            v = numbers::scaled(v, scale);
            next += 1;
            if matches!(at(next), "de" | "d'") {
                next += 1;
            }
        } else if let Some(scale) = abbreviated_scale(cx, next, limit) {
            // `12,7 Md€`, `3 M€`, `40 k€`: the count word abbreviated before a currency.
            v = numbers::scaled(v, scale);
            next += 1;
        } else if matches!(at(next), "de" | "d'") && PARTITIVE.contains(&at(next + 1)) {
            next += 2;
        }
        (v, next)
    };
    // `trois autres policiers`, `deux jeunes hommes`: the noun comes after the
    // adjective.
    let noun_at =
        if PRENOMINAL.contains(&at(after)) && after + 1 < limit && cx.is_plural_noun(after + 1) {
            after + 1
        } else {
            after
        };
    let noun = at(noun_at);
    let t = cx.tokens.get(noun_at)?;
    // Counts above one take a plural noun (`43 attaques`) or a unit (`%`, `km`); a
    // singular word after a number is a verb or an adjective (`2016 commence`).
    let unit = matches!(
        noun,
        "%" | "km"
            | "m"
            | "kg"
            | "t"
            | "mm"
            | "cm"
            | "ha"
            | "l"
            | "mw"
            | "gw"
            | "kw"
            | "euro"
            | "dollar"
            | "€"
            | "$"
            | "£"
    );
    // `200 Palestiniens`, `25 millions de Soudanais`: people counted by nationality;
    // not after a year (`En 2016 Français et Allemands`).
    let nationals = || {
        !(after == i + 1 && super::dates::year_number(cx, i).is_some())
            && cx.is_capitalised(noun_at)
            && cx.has_lexicon(noun_at, "DEMONYM")
            && noun.ends_with(['s', 'x'])
    };
    let is_noun = noun_at < limit
        && (unit
            || cx.is_plural_noun(noun_at)
            || (value <= 1.0 && cx.is_lower_word(noun_at))
            || (value > 1.0 && nationals()));
    if !is_noun {
        return None;
    }
    Some(Found {
        start: i,
        end: noun_at + 1,
        value,
        noun: t.text(),
        approximate,
    })
}

/// The count word that token `k` abbreviates right before a currency sign (`k€`,
/// `M€`, `Md$`), as written: `M` alone, before no currency, is a metre.
fn abbreviated_scale(cx: &Context<'_, '_>, k: usize, limit: usize) -> Option<f64> {
    if k + 1 >= limit || !matches!(cx.tokens[k + 1].text(), "€" | "$" | "£") {
        return None;
    }
    match cx.tokens[k].text() {
        "k" => Some(1e3),
        "M" => Some(1e6),
        "Md" | "Mds" | "Mrd" | "Mrds" => Some(1e9),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `find` only tries counts at a number or a start word: every modifier and every
    /// determiner of an approximate count must be one.
    #[test]
    fn start_words_open_every_modifier() {
        let starts: Vec<&str> = start_words().collect();
        for words in MODIFIERS {
            assert!(starts.contains(&words[0]), "{words:?}");
        }
        for determiner in ["une", "un", "des", "plusieurs", "quelques"] {
            assert!(starts.contains(&determiner), "{determiner}");
        }
    }
}
