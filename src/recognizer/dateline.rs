//! Datelines and source credits: `KABOUL (Reuters) -` at the start of a wire, `(Belga)`
//! at its start or end.

use super::context::Context;
use crate::tokenizer::TokenKind;
use std::ops::Range;

/// Where a wire was filed and which agency sent it, as its dateline says.
///
/// ```
/// let extractor = gazette::Extractor::builder().build()?;
/// let doc = extractor.extract("KABOUL (Reuters) - Les frappes ont repris.");
/// assert_eq!(doc.dateline().place.as_deref(), Some("KABOUL"));
/// assert_eq!(doc.dateline().source.as_deref(), Some("Reuters"));
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Dateline {
    /// The place of the dateline, as written (`KABOUL`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The agency credited (`Reuters`, `Belga`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Dateline {
    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.place.is_none() && self.source.is_none()
    }
}

/// A credit in parentheses at token `i`: `(Reuters)`, `(AFP)`, `(Belga)`; returns the
/// agency and the token after `)`. With `adjectives`, where a place and a dash frame
/// it, the agency's name may go on in lower case after a capital (`(La Presse
/// canadienne)`).
fn credit(cx: &Context<'_, '_>, i: usize, adjectives: bool) -> Option<(String, usize)> {
    if cx.folded(i) != "(" {
        return None;
    }
    let close = (i + 1..(i + 5).min(cx.tokens.len())).find(|&k| cx.folded(k) == ")")?;
    let word = |k: usize| {
        cx.is_capitalised(k)
            || cx.folded(k) == "/"
            || (adjectives && k > i + 1 && cx.tokens[k].kind() == TokenKind::Word)
    };
    let opens = cx.is_capitalised(i + 1) || cx.folded(i + 1) == "/";
    if close == i + 1 || !opens || !(i + 1..close).all(word) {
        return None;
    }
    Some((cx.slice(i + 1, close).to_owned(), close + 1))
}

fn is_dash(cx: &Context<'_, '_>, i: usize) -> bool {
    matches!(cx.folded(i), "-" | "--")
}

/// Reads the dateline of a document whose text starts at token `first`: at the start
/// of one of its first lines (a headline may come before), or a credit at the end.
/// Also gives the tokens of the place, when there is one.
pub(crate) fn find(cx: &Context<'_, '_>, first: usize) -> (Dateline, Option<Range<usize>>) {
    let n = cx.tokens.len();
    let line_starts = (first..n.min(first + 200))
        .filter(|&k| k == first || cx.is(k, crate::tokenizer::TokenFlags::LINE_START))
        .take(4);
    let mut opening = Dateline::default();
    for start in line_starts {
        let (found, place) = at_line_start(cx, start);
        if found.place.is_some() {
            return (found, place);
        }
        if start == first {
            opening = found;
        }
    }
    if opening.source.is_none() {
        opening.source = end_credit(cx, first);
    }
    (opening, None)
}

/// A dateline at token `first`: `(Belga)`, `KABOUL (Reuters) -`, `BRUXELLES, 1er mai
/// 2021 (Belga) -`; with the tokens of its place.
fn at_line_start(cx: &Context<'_, '_>, first: usize) -> (Dateline, Option<Range<usize>>) {
    let n = cx.tokens.len();
    let mut out = Dateline::default();
    if first >= n {
        return (out, None);
    }
    // `(Belga) L'armée…`: a credit first.
    if let Some((source, _)) = credit(cx, first, false) {
        out.source = Some(source);
        return (out, None);
    }
    // `KABOUL (Reuters) -`, `Paris, 3 mars (AFP) -`: a place, then the credit and a dash.
    let place_end = (first..n.min(first + 5))
        .find(|&k| !cx.is_capitalised(k))
        .unwrap_or(n.min(first + 5));
    if place_end > first && place_end - first <= 4 {
        let open = if cx.folded(place_end) == "," {
            (place_end + 1..(place_end + 7).min(n)).find(|&k| cx.folded(k) == "(")
        } else {
            Some(place_end)
        };
        // `KANDAHAR (Afghanistan) (AFP) -`: the region or country of the place may come
        // in parentheses before the credit.
        let credit_then_dash = |open: usize| {
            let (source, after) = credit(cx, open, true)?;
            if after < n && is_dash(cx, after) {
                return Some(source);
            }
            let (source, after) = credit(cx, after, true)?;
            (after < n && is_dash(cx, after)).then_some(source)
        };
        if let Some(open) = open
            && let Some(source) = credit_then_dash(open)
        {
            out.place = Some(cx.slice(first, place_end).to_owned());
            out.source = Some(source);
            return (out, Some(first..place_end));
        }
    }
    (out, None)
}

/// `… de sources sécuritaires. (Belga)`: a credit closing the text.
fn end_credit(cx: &Context<'_, '_>, first: usize) -> Option<String> {
    let n = cx.tokens.len();
    let mut end = n;
    while end > first
        && cx.tokens[end - 1].kind() == TokenKind::Punctuation
        && cx.folded(end - 1) != ")"
    {
        end -= 1;
    }
    let open = (end.saturating_sub(5)..end)
        .rev()
        .find(|&k| cx.folded(k) == "(")?;
    let (source, after) = credit(cx, open, false)?;
    (after == end && open > first && matches!(cx.folded(open - 1), "." | "!" | "?" | "»"))
        .then_some(source)
}
