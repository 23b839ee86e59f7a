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

/// Determiners, pronouns, prepositions, conjunctions and the commonest auxiliaries:
/// a word after a number that is one of these is not what the number counts.
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

/// A set of words, hashed once: these lists are read for nearly every token.
pub(crate) struct WordSet(pub(crate) std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>>);

impl WordSet {
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

macro_rules! word_set {
    ($list:expr) => {
        $crate::recognizer::lexicon::WordSet(std::sync::LazyLock::new(|| {
            $list.iter().copied().collect()
        }))
    };
}
pub(crate) use word_set;

/// The length in bytes of the longest word of `words`.
const fn longest(words: &[&str]) -> usize {
    let mut max = 0;
    let mut i = 0;
    while i < words.len() {
        if words[i].len() > max {
            max = words[i].len();
        }
        i += 1;
    }
    max
}

static FUNCTION_WORD_SET: WordSet = word_set!(FUNCTION_WORDS);
static PREPOSITION_SET: WordSet = word_set!(PREPOSITIONS);

pub(crate) fn is_function_word(folded: &str) -> bool {
    // Function words are short: most words are settled without hashing.
    const MAX: usize = longest(FUNCTION_WORDS);
    folded.len() <= MAX && FUNCTION_WORD_SET.contains(folded)
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
        for w in ["le", "selon", "d'", "dans", "ont"] {
            assert!(is_function_word(w), "{w}");
        }
        for w in ["talibans", "Le", "kaboul", ""] {
            assert!(!is_function_word(w), "{w}");
        }
        assert!(is_preposition("depuis"));
        assert!(!is_preposition("et"));
    }
}
