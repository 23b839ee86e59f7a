//! Places and organisations whose name begins with the article `Le` or `Les`, which
//! French fuses with `à` and `de` before them: the lists hold `Le Caire`, `Le Havre`,
//! `Le Monde`, `Les Républicains`, the text says `au Caire`, `du Havre`, `aux
//! Sables-d'Olonne`, `une enquête du Monde`, `le candidat des Républicains`. The entity
//! is the name without the article, as everywhere else (`Caire`, canonical `Le Caire`).

use super::context::Context;
use crate::gazetteer::{EntryId, Gazetteer};
use crate::normalize::fold;
use crate::tokenizer::TokenFlags;
use rustc_hash::FxHashMap;

/// The places and organisations of a gazetteer named with a leading `Le` or `Les`, by
/// the folded rest of their name (`caire`, `sables-d'olonne`, `monde`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Contracted {
    by_rest: FxHashMap<String, Listed>,
    /// The first token of each rest, folded, with the most tokens a rest starting with
    /// it has: most capitalised words after `du` start none.
    firsts: FxHashMap<String, usize>,
}

#[derive(Debug, Clone, Copy)]
struct Listed {
    entry: EntryId,
    /// `Les …`, which `aux` and `des` fuse; `Le …` is fused by `au` and `du`.
    plural: bool,
}

/// Nouns that `du Monde` follows as the world, capitalised or not, rather than the
/// newspaper: `champion du Monde`, `record du Monde`, `le reste du Monde`.
const WORLD_WORDS: &[&str] = &[
    "champion",
    "champions",
    "championne",
    "championnes",
    "record",
    "records",
    "titre",
    "coupe",
    "tour",
    "reste",
    "bout",
];

/// A name found after a fused article: tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) entry: EntryId,
}

impl Contracted {
    /// Indexes the `LOC` and `ORG` entries of `gazetteer` named (or aliased) `Le …` or
    /// `Les …`.
    pub(crate) fn new(gazetteer: &Gazetteer) -> Contracted {
        let mut by_rest = FxHashMap::default();
        let mut firsts: FxHashMap<String, usize> = FxHashMap::default();
        for (entry, e) in gazetteer.entries_with_ids() {
            if !matches!(e.label(), "LOC" | "ORG") {
                continue;
            }
            for name in std::iter::once(e.name()).chain(e.aliases()) {
                let (rest, plural) = match (name.strip_prefix("Le "), name.strip_prefix("Les ")) {
                    (Some(rest), _) => (rest, false),
                    (_, Some(rest)) => (rest, true),
                    _ => continue,
                };
                // `Le Sud-Ouest` (a town of Quebec) is mostly the French one's region.
                if !rest.starts_with(char::is_uppercase)
                    || super::lexicon::is_compass_point(&fold(rest))
                {
                    continue;
                }
                let tokens = crate::tokenizer::tokenize(rest).into_parts().0;
                if let Some(first) = tokens.first() {
                    let longest = firsts.entry(fold(first.text())).or_default();
                    *longest = (*longest).max(tokens.len());
                }
                // The first entry keeps the name, as list order decides elsewhere.
                by_rest
                    .entry(fold(rest))
                    .or_insert(Listed { entry, plural });
            }
        }
        Contracted { by_rest, firsts }
    }

    /// The names written after `au`, `du` (names in `Le`) or `aux`, `des` (names in
    /// `Les`), capitalised, longest first; not inside a longer name: after a capitalised
    /// word (`Coupe du Monde`), or before one other than a first name (`du Port
    /// Autonome`).
    pub(crate) fn find(&self, cx: &Context<'_, '_>) -> Vec<Found> {
        let mut found = Vec::new();
        if self.by_rest.is_empty() {
            return found;
        }
        let mut i = 1;
        while i < cx.tokens.len() {
            match self.at(cx, i) {
                Some(f) => {
                    i = f.end;
                    found.push(f);
                }
                None => i += 1,
            }
        }
        found
    }

    /// The listed name that starts at token `i` (`i > 0`) after a fused article, if any.
    fn at(&self, cx: &Context<'_, '_>, i: usize) -> Option<Found> {
        if !cx.is_capitalised(i) {
            return None;
        }
        let plural = match cx.folded(i - 1) {
            "au" | "du" => false,
            "aux" | "des" => true,
            _ => return None,
        };
        let limit = cx.sentence_end(i);
        // After a capitalised word `du` and `des` are inside a longer name: `Coupe du
        // Monde`, `Salon du Bourget`, `24 Heures du Mans`; `au` and `aux` only after a
        // word that heads names (`Conseil aux …`), not after a person's (`a reçu
        // Mahmoud Abbas au Caire`).
        let inside_a_name = i >= 2
            && ((cx.is_capitalised(i - 2)
                && !cx.is(i - 2, TokenFlags::SENTENCE_START)
                && (matches!(cx.folded(i - 1), "du" | "des") || cx.has_lexicon(i - 2, "ORGWORD")))
                || WORLD_WORDS.contains(&cx.folded(i - 2)));
        if cx.sentence_end(i - 1) != limit || inside_a_name {
            return None;
        }
        let longest = (*self.firsts.get(cx.folded(i))?).min(limit - i);
        (1..=longest).rev().find_map(|len| {
            let end = i + len;
            let listed = self.by_rest.get(&fold(cx.slice(i, end)))?;
            let followed_by_name = end < limit
                && cx.is_capitalised(end)
                && !cx.is_function_word(end)
                && !cx.has_lexicon(end, "FIRSTNAME");
            (listed.plural == plural && !followed_by_name).then_some(Found {
                start: i,
                end,
                entry: listed.entry,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::GazetteerBuilder;
    use crate::normalize::FoldedTokens;
    use crate::recognizer::Inputs;
    use crate::tokenizer::tokenize;

    fn found(text: &str) -> Vec<String> {
        let mut b = GazetteerBuilder::new();
        b.add_str(
            "t.tsv",
            "a\tLOC\tLe Caire\nb\tLOC\tLes Ulis\nc\tORG\tLe Monde\nd\tLOC\tLe Nord\n\
             e\tLOC\tLa Haye\nf\tLOC\tLe Puy-en-Velay\ng\tLOC\tBourget\tLe Bourget\n",
        )
        .unwrap();
        let gazetteer = b.build().unwrap();
        let contracted = Contracted::new(&gazetteer);
        let (tokens, sentences) = tokenize(text).into_parts();
        let folds = FoldedTokens::new(text, tokens.iter().map(|t| t.span().bytes()));
        let inputs = Inputs {
            text,
            tokens: &tokens,
            folds: &folds,
            sentences: &sentences,
            gazetteer: &gazetteer,
            matches: &[],
            lexicon_labels: &[],
        };
        let cx = Context::new(inputs, &Default::default(), &Default::default());
        contracted
            .find(&cx)
            .iter()
            .map(|f| {
                format!(
                    "{} {}",
                    cx.slice(f.start, f.end),
                    gazetteer.entry(f.entry).name()
                )
            })
            .collect()
    }

    #[test]
    fn fused_articles_before_listed_names() {
        let cases: &[(&str, &[&str])] = &[
            ("Il vit au Caire.", &["Caire Le Caire"]),
            ("Il vient du Caire.", &["Caire Le Caire"]),
            (
                "Ils vont aux Ulis, loin des Ulis.",
                &["Ulis Les Ulis", "Ulis Les Ulis"],
            ),
            // Singular and plural must agree.
            ("Ils vont aux Caire et au Ulis.", &[]),
            // Lower case is the common word; an organisation fuses its article too, but
            // not inside a longer name.
            ("Il vient du caire.", &[]),
            ("Selon un article du Monde.", &["Monde Le Monde"]),
            ("La Coupe du Monde et le Salon du Caire.", &[]),
            ("Il est champion du Monde.", &[]),
            // `La` does not fuse: `à La Haye` is the whole name, for the lists.
            ("Il vit à La Haye.", &[]),
            // The compass point, a longer name going on, the longest rest first.
            ("Il vit dans le département du Nord.", &[]),
            ("Le club du Caire Sporting a gagné.", &[]),
            (
                "Il est né au Puy-en-Velay.",
                &["Puy-en-Velay Le Puy-en-Velay"],
            ),
            // An alias counts as a name. A capitalised word after it makes a longer name
            // unless the lists know it as a first name, and this gazetteer has none
            // (the recognizer's tests have `du Mans Bernard Pivot`).
            ("Le lac du Bourget.", &["Bourget Bourget"]),
            ("Le maire du Caire Ahmed Saleh.", &[]),
            // A sentence end between the article and the name.
            ("Il en sort du. Caire est loin.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(found(text), *expected, "{text}");
        }
    }
}
