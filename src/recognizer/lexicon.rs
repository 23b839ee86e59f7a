//! Closed word classes of French the recognizer reads context with (folded forms).

/// Words before `16 heures` that make it a time of day rather than a duration.
pub(crate) const TIME_PREPOSITIONS: &[&str] = &[
    "a", "vers", "des", "avant", "apres", "jusqu'a", "entre", "et", "de",
];

/// Words before a month alone that make it a date (`en avril`, `depuis mai`).
pub(crate) const DATE_PREPOSITIONS: &[&str] = &[
    "en", "depuis", "des", "avant", "apres", "fin", "debut", "mi", "d'ici", "jusqu'en", "courant",
    "de", "d'", "mois", "au", "vers", "le", "du", "entre", "et", "a", "pour",
];

/// Determiners, pronouns, prepositions, conjunctions and the commonest auxiliaries: a
/// word after a number that is one of these is not what the number counts, and none of
/// them is a name.
const FUNCTION_WORDS: &[&str] = &[
    "a", "au", "aux", "apres", "avant", "avec", "ce", "ces", "cette", "chez", "comme", "contre",
    "dans", "de", "des", "du", "d'", "elle", "elles", "en", "entre", "et", "il", "ils", "je", "l'",
    "la", "le", "les", "leur", "leurs", "lors", "mais", "ni", "nous", "on", "ou", "ou", "par",
    "pour", "puis", "qu'", "que", "qui", "quand", "sa", "sans", "se", "selon", "ses", "son",
    "sous", "sur", "un", "une", "vers", "vous", "y", "est", "sont", "etait", "ont", "avait",
    "sera", "fut", "alors", "deja", "encore", "aussi", "lorsque", "lorsqu'", "dont", "jusqu'a",
    "depuis", "pendant", "parmi", "durant", "ne", "n'", "pas", "plus", "moins", "tres", "c'", "s'",
    "j'", "m'", "t'", "ainsi", "donc", "car", "si", "soit",
];

/// Linking adverbs that open clauses (`Toutefois,`): function words too.
const LINKING_ADVERBS: &[&str] = &[
    "toutefois",
    "cependant",
    "neanmoins",
    "pourtant",
    "enfin",
    "ensuite",
    "desormais",
    "egalement",
    "notamment",
    "finalement",
    "auparavant",
    "certes",
    "outre",
    "sinon",
];

/// A set of words, hashed once: these lists are read for nearly every token, and most
/// tokens are in none of them, so the set first rules words out by their length and
/// first byte before it hashes them.
pub(crate) struct WordSet(pub(crate) std::sync::LazyLock<WordSetInner>);

pub(crate) struct WordSetInner {
    words: rustc_hash::FxHashSet<&'static str>,
    filter: WordFilter,
}

impl WordSetInner {
    pub(crate) fn new(words: &[&'static str]) -> WordSetInner {
        WordSetInner {
            words: words.iter().copied().collect(),
            filter: WordFilter::new(words.iter().copied()),
        }
    }
}

impl WordSet {
    pub(crate) fn contains(&self, word: &str) -> bool {
        let set = &*self.0;
        set.filter.may_contain(word) && set.words.contains(word)
    }
}

/// A few bits that rule most words out of a set before any hashing: the lengths and the
/// first bytes of its words.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordFilter {
    /// Bit `n` set when a word is `n` bytes long (63 stands for 63 and more).
    lengths: u64,
    /// Bit `b` set when a word starts with byte `b`.
    firsts: [u64; 4],
    /// The empty word is in the set.
    empty: bool,
}

impl WordFilter {
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> WordFilter {
        let mut filter = WordFilter::default();
        for word in words {
            filter.lengths |= 1 << word.len().min(63);
            match word.as_bytes().first() {
                Some(&b) => filter.firsts[usize::from(b >> 6)] |= 1 << (b & 63),
                None => filter.empty = true,
            }
        }
        filter
    }

    /// False when `word` is surely not in the set; true when it may be.
    #[inline]
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        match word.as_bytes().first() {
            Some(&b) => {
                self.lengths & (1 << word.len().min(63)) != 0
                    && self.firsts[usize::from(b >> 6)] & (1 << (b & 63)) != 0
            }
            None => self.empty,
        }
    }
}

macro_rules! word_set {
    ($list:expr) => {
        $crate::recognizer::lexicon::WordSet(std::sync::LazyLock::new(|| {
            $crate::recognizer::lexicon::WordSetInner::new(&$list)
        }))
    };
}
pub(crate) use word_set;

static FUNCTION_WORD_SET: WordSet = word_set!([FUNCTION_WORDS, LINKING_ADVERBS].concat());
static PREPOSITION_SET: WordSet = word_set!(PREPOSITIONS);

pub(crate) fn is_function_word(folded: &str) -> bool {
    FUNCTION_WORD_SET.contains(folded)
}

/// Prepositions (folded), elided ones included.
const PREPOSITIONS: &[&str] = &[
    "a", "au", "aux", "de", "du", "des", "d'", "en", "dans", "vers", "depuis", "par", "pour",
    "sur", "sous", "chez", "contre", "avec", "sans", "entre", "pres", "selon", "apres", "avant",
];

pub(crate) fn is_preposition(folded: &str) -> bool {
    PREPOSITION_SET.contains(folded)
}

/// Words right before a speaker's name (`selon X`, `a déclaré X`, `rédigé par X`).
pub(crate) const SPEAKER_CUES: &[&str] = &[
    "selon",
    "declare",
    "dit",
    "indique",
    "affirme",
    "explique",
    "estime",
    "ajoute",
    "precise",
    "annonce",
    "souligne",
    "assure",
    "confie",
    "raconte",
    "rapporte",
    "temoigne",
    "deplore",
    "par",
    "signe",
    "interroge",
    "repond",
    "reconnait",
    "insiste",
    "conclut",
    "poursuit",
];

/// Words that announce what is to come (`doit se rendre jeudi`).
pub(crate) const FUTURE_CUES: &[&str] = &[
    "doit",
    "doivent",
    "devra",
    "devront",
    "devrait",
    "devraient",
    "va",
    "vont",
    "prevu",
    "prevue",
    "prevus",
    "prevues",
    "prevoit",
    "prevoient",
    "aura",
    "auront",
    "sera",
    "seront",
    "prochain",
    "prochaine",
    "compte",
    "comptent",
    "attendu",
    "attendue",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_classes() {
        for w in ["le", "selon", "d'", "dans", "ont", "toutefois"] {
            assert!(is_function_word(w), "{w}");
        }
        for w in ["talibans", "Le", "kaboul", ""] {
            assert!(!is_function_word(w), "{w}");
        }
        assert!(is_preposition("depuis"));
        assert!(!is_preposition("et"));
    }

    #[test]
    fn word_sets_rule_out_by_length_and_first_byte_only_what_they_lack() {
        static SET: WordSet = word_set!(["a", "été", "jusqu'à", ""]);
        static LONG: std::sync::LazyLock<&'static str> =
            std::sync::LazyLock::new(|| "m".repeat(80).leak());
        let long_set = WordSet(std::sync::LazyLock::new(|| WordSetInner::new(&[*LONG])));
        let table: &[(&str, bool)] = &[
            ("a", true),
            ("été", true),
            ("jusqu'à", true),
            ("", true),
            ("b", false),
            ("ét", false),
            ("jusqu'a", false),
            ("aa", false),
        ];
        for &(word, expected) in table {
            assert_eq!(SET.contains(word), expected, "{word:?}");
        }
        // Lengths from 63 bytes on share one bit: the hash settles them.
        assert!(long_set.contains(&LONG));
        assert!(!long_set.contains(&"m".repeat(79)));
    }
}
