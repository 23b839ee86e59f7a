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
/// agency's tokens and the token after `)`. With `adjectives`, where a place and a dash
/// frame it, the agency's name may go on in lower case after a capital (`(La Presse
/// canadienne)`).
fn credit(cx: &Context<'_, '_>, i: usize, adjectives: bool) -> Option<(Range<usize>, usize)> {
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
    Some((i + 1..close, close + 1))
}

fn is_dash(cx: &Context<'_, '_>, i: usize) -> bool {
    matches!(cx.folded(i), "-" | "--")
}

/// What a dateline names, as tokens: its place and its credited agency.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub(crate) dateline: Dateline,
    pub(crate) place: Option<Range<usize>>,
    pub(crate) source: Option<Range<usize>>,
}

/// Reads the dateline of a document whose text starts at token `first`: at the start
/// of one of its first lines (a headline may come before), or a credit at the end.
pub(crate) fn find(cx: &Context<'_, '_>, first: usize) -> Found {
    let n = cx.tokens.len();
    let line_starts = (first..n.min(first + 200))
        .filter(|&k| k == first || cx.is(k, crate::tokenizer::TokenFlags::LINE_START))
        .take(4);
    let mut found = Found::default();
    for start in line_starts {
        let at = at_line_start(cx, start);
        if at.place.is_some() {
            found = at;
            break;
        }
        if start == first {
            found = at;
        }
    }
    if found.source.is_none() {
        found.source = end_credit(cx, first);
    }
    found.dateline.source = found
        .source
        .as_ref()
        .map(|r| cx.slice(r.start, r.end).to_owned());
    found
}

/// A dateline at token `first`: `(Belga)`, `KABOUL (Reuters) -`, `BRUXELLES, 1er mai
/// 2021 (Belga) -`.
fn at_line_start(cx: &Context<'_, '_>, first: usize) -> Found {
    let n = cx.tokens.len();
    let mut out = Found::default();
    if first >= n {
        return out;
    }
    // `(Belga) L'armée…`: a credit first.
    if let Some((source, _)) = credit(cx, first, false) {
        out.source = Some(source);
        return out;
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
            out.dateline.place = Some(cx.slice(first, place_end).to_owned());
            out.place = Some(first..place_end);
            out.source = Some(source);
        }
    }
    out
}

/// `… de sources sécuritaires. (Belga)`: a credit closing the text.
fn end_credit(cx: &Context<'_, '_>, first: usize) -> Option<Range<usize>> {
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
