//! The compiled matcher: one Aho-Corasick automaton over the folded names of every entry.
//!
//! The automaton is aho-corasick's contiguous NFA, chosen by measurement
//! (`cargo run --release --example scale -- 1000000 --kinds`, see the README): at
//! 1,000,000 names it builds in about 2.3 s within 350 MB peak, where daachorse's
//! double array searches about 2× faster but took 3.2 s and 610 MB peak to build, and
//! aho-corasick's DFA is 10× larger already at 100,000 names.

use super::entry::{Arena, StoredEntry, StrRef};
use super::{EntryId, GazetteerMatch};
use crate::normalize::{Folded, fold};
use crate::tokenizer::Token;
use crate::{Error, morph};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// What a pattern of the automaton stands for: one name of one entry.
#[derive(Debug, Clone, Copy)]
struct Target {
    entry: u32,
    /// The name as written, kept only to check case for case-sensitive names.
    name: StrRef,
    case_sensitive: bool,
}

#[derive(Debug, Clone)]
pub(super) struct Matcher {
    automaton: Option<AhoCorasick>,
    /// `targets[first[p]..first[p + 1]]` are the targets of pattern `p`.
    first: Vec<u32>,
    targets: Vec<Target>,
}

/// The key a name or a text is matched on: folded, with hyphens read as spaces so that
/// `Nahr-e-Saraj` and `Nahr-e Saraj`, `Al Qaïda` and `Al-Qaïda` meet.
pub(super) fn match_key(name: &str) -> String {
    let folded = fold(name).replace('-', " ");
    let mut key = String::with_capacity(folded.len());
    for word in folded.split(' ').filter(|w| !w.is_empty()) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
    key
}

impl Matcher {
    pub(super) fn compile(entries: &[StoredEntry], arena: &mut Arena) -> Result<Matcher, Error> {
        let mut keyed: Vec<(String, Target)> = Vec::with_capacity(entries.len() * 2);
        for (index, entry) in entries.iter().enumerate() {
            let entry_index = u32::try_from(index).map_err(|_| too_many())?;
            let mut names: Vec<(String, bool)> = vec![(arena.get(entry.name).to_owned(), false)];
            for alias in arena
                .get(entry.aliases)
                .split('|')
                .filter(|a| !a.is_empty())
            {
                match alias.strip_prefix('=') {
                    Some(bare) => names.push((bare.to_owned(), true)),
                    None => names.push((alias.to_owned(), false)),
                }
            }
            for (name, alias_case) in names {
                let case_sensitive = entry.flags.case_sensitive || alias_case;
                let variants = if entry.flags.inflect {
                    morph::forms(&name)
                } else {
                    vec![name]
                };
                for variant in variants {
                    let key = match_key(&variant);
                    if key.is_empty() {
                        continue;
                    }
                    let name = if case_sensitive {
                        arena.push(&variant)?
                    } else {
                        StrRef::default()
                    };
                    keyed.push((
                        key,
                        Target {
                            entry: entry_index,
                            name,
                            case_sensitive,
                        },
                    ));
                }
            }
        }
        // One pattern per distinct key; its targets in entry order, which is file order.
        keyed.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.entry.cmp(&b.1.entry)));
        keyed.dedup_by(|a, b| {
            a.0 == b.0 && a.1.entry == b.1.entry && a.1.case_sensitive == b.1.case_sensitive
        });
        let mut patterns: Vec<String> = Vec::new();
        let mut first = Vec::new();
        let mut targets = Vec::with_capacity(keyed.len());
        for (key, target) in keyed {
            if patterns.last() != Some(&key) {
                first.push(u32::try_from(targets.len()).map_err(|_| too_many())?);
                patterns.push(key);
            }
            targets.push(target);
        }
        first.push(u32::try_from(targets.len()).map_err(|_| too_many())?);
        let automaton = if patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(&patterns)
                    .map_err(|e| {
                        Error::data(
                            "<gazetteer>",
                            0,
                            0,
                            format!("cannot compile the gazetteer automaton: {e}"),
                        )
                    })?,
            )
        };
        Ok(Matcher {
            automaton,
            first,
            targets,
        })
    }

    /// Every match of every name at token boundaries, in automaton order.
    pub(super) fn find(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        entries: &[StoredEntry],
        arena: &Arena,
        out: &mut Vec<GazetteerMatch>,
    ) {
        let Some(automaton) = &self.automaton else {
            return;
        };
        let mut folded = Folded::new(text);
        folded.replace_ascii(b'-', b' ');
        let hay = folded.as_str();
        let bytes = hay.as_bytes();
        for m in automaton.find_overlapping_iter(hay) {
            // Cheap first test in folded text: no letter or digit right outside the match.
            let glued_before = hay[..m.start()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let glued_after = bytes.get(m.end()).is_some()
                && hay[m.end()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if glued_before || glued_after {
                continue;
            }
            let span = folded.to_original(m.start()..m.end());
            let starts_token = tokens
                .binary_search_by_key(&span.byte_start(), |t| t.span().byte_start())
                .is_ok();
            let ends_token = tokens
                .binary_search_by_key(&span.byte_end(), |t| t.span().byte_end())
                .is_ok();
            if !(starts_token && ends_token) {
                continue;
            }
            let p = m.pattern().as_usize();
            let (from, to) = (self.first[p] as usize, self.first[p + 1] as usize);
            for target in &self.targets[from..to] {
                if target.case_sensitive && !same_case(&text[span.bytes()], arena.get(target.name))
                {
                    continue;
                }
                let entry = &entries[target.entry as usize];
                out.push(GazetteerMatch {
                    span,
                    entry: EntryId(target.entry),
                    priority: entry.priority,
                });
            }
        }
    }

    /// Bytes held by the automaton and the pattern tables.
    pub(super) fn memory_usage(&self) -> usize {
        self.automaton.as_ref().map_or(0, AhoCorasick::memory_usage)
            + self.first.capacity() * 4
            + self.targets.capacity() * std::mem::size_of::<Target>()
    }
}

fn too_many() -> Error {
    Error::data(
        "<gazetteer>",
        0,
        0,
        "more than 4 billion gazetteer names: split them across several extractors",
    )
}

/// Whether `found` has the letters of `name` with the same case (accents aside).
fn same_case(found: &str, name: &str) -> bool {
    let letters = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<Vec<char>>()
    };
    let (a, b) = (letters(found), letters(name));
    a.len() == b.len()
        && a.iter().zip(&b).all(|(x, y)| {
            x.is_uppercase() == y.is_uppercase() && fold(&x.to_string()) == fold(&y.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_and_read_hyphens_as_spaces() {
        assert_eq!(match_key("Nahr-e  Saraj"), "nahr e saraj");
        assert_eq!(match_key("Al-Qaïda"), "al qaida");
        assert_eq!(match_key("l’Otan"), "l'otan");
        assert_eq!(match_key(" - "), "");
    }

    #[test]
    fn case_check() {
        assert!(same_case("EI", "EI"));
        assert!(!same_case("ei", "EI"));
        assert!(!same_case("Ei", "EI"));
        assert!(same_case("ÉTATS-UNIS", "ETATS UNIS"));
    }
}
