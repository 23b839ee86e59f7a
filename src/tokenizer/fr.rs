//! French lexicons the tokenizer needs: elided clitics, lexicalised words, inverted
//! pronouns and abbreviations. They follow the Universal Dependencies French conventions.
//!
//! All look-ups are case-insensitive and accept `'`, `’` and `ʼ` alike.

/// Clitics that lose their vowel before a vowel and stand as tokens of their own:
/// `l'` `armée`, `jusqu'` `à`, `lorsqu'` `il`.
const CLITICS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "ç", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Words that contain an elision or an inverted pronoun but are one token:
/// splitting them would break a lexical unit.
const LEXICALISED: &[&str] = &[
    "c'est-à-dire",
    "l'on",
    "m'as-tu-vu",
    "qu'en-dira-t-on",
    "rendez-vous",
    "sans-le-sou",
    "chez-soi",
    "chez-moi",
    "chez-nous",
    "prie-dieu",
];

/// Pronouns that follow a verb with a hyphen (`dit-il`, `a-t-elle`, `est-ce`, `allez-y`)
/// and are tokens of their own, hyphen included. Longest first, so that `-t-il` wins
/// over a shorter reading.
const INVERTED_PRONOUNS: &[&str] = &[
    "-t-elles", "-t-elle", "-t-ils", "-t-il", "-t-on", "-elles", "-elle", "-leurs", "-leur",
    "-nous", "-vous", "-ils", "-il", "-on", "-je", "-tu", "-ce", "-moi", "-toi", "-lui", "-les",
    "-le", "-la", "-y", "-en",
];

/// Abbreviations that keep their period and precede a name, so they never end a sentence.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "Mr", "Mrs", "Ms",
    "St", "Ste", "Sts", "Gal", "Gén", "Col", "Cdt", "Cne", "Lt", "Sgt", "Adj", "Capt", "Prof",
    "Jr", "Sr",
];

/// Other abbreviations that keep their period (matched case-insensitively).
const ABBREVIATIONS: &[&str] = &[
    "av", "apr", "cf", "etc", "ex", "p", "pp", "vol", "éd", "ed", "no", "art", "chap", "fig",
    "env", "hab", "cie", "inc", "ltd", "corp", "vs", "bd", "boul", "tél", "ibid", "op", "cit",
    "al", "sq", "janv", "fév", "févr", "avr", "juil", "oct", "nov", "déc", "coll", "dir", "trad",
    "nb", "approx", "ch", "réf", "min", "max", "hr", "ann", "éds",
];

/// Ordinal endings that stay with their digits: `1er`, `2e`, `3ème`, `1re`, `2nde`.
/// Any other letters after digits are a token of their own (`160` `km`, `20` `h` `30`),
/// as in the Universal Dependencies French treebanks.
const ORDINAL_SUFFIXES: &[&str] = &[
    "e", "er", "re", "ère", "è", "ème", "eme", "es", "ers", "res", "ères", "èmes", "emes", "nd",
    "nde", "nds", "ndes", "d", "de", "bis", "ter",
];

/// Function words that open sentences and are not names when capitalised: a capital
/// `Il` or `Les` after `;`, `:` or a lone initial marks a new sentence, since French
/// puts a small letter there otherwise.
const SENTENCE_OPENERS: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "ce",
    "cet",
    "cette",
    "ces",
    "c'",
    "il",
    "ils",
    "elle",
    "elles",
    "on",
    "je",
    "j'",
    "nous",
    "vous",
    "en",
    "dans",
    "au",
    "aux",
    "pour",
    "par",
    "sur",
    "avec",
    "depuis",
    "après",
    "avant",
    "puis",
    "mais",
    "si",
    "quand",
    "lorsque",
    "alors",
    "cependant",
    "enfin",
    "ainsi",
    "selon",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "notre",
    "nos",
    "d'",
    "qu'",
    "s'",
    "n'",
    "déjà",
    "pourtant",
    "toutefois",
    "néanmoins",
    "aujourd'hui",
];

/// Subject pronouns and other words that are never part of a name, which start a new
/// sentence even after no punctuation at all when they are capitalised in mid-text:
/// `… sans se ruiner Il dénonce …`.
const SUBJECT_PRONOUNS: &[&str] = &[
    "il", "ils", "elle", "elles", "on", "je", "j'", "cette", "ces", "puis",
];

/// Abbreviations after which a sentence may still end, when a capital follows:
/// `… des fusils, des obus, etc. Le lendemain …`.
const SENTENCE_FINAL_ABBREVIATIONS: &[&str] = &["etc", "al", "J.-C"];

fn fold_apostrophe(c: char) -> char {
    match c {
        '’' | 'ʼ' => '\'',
        c => c,
    }
}

/// Whether `a` and `b` are the same word, ignoring case and apostrophe variants.
fn same_word(a: &str, b: &str) -> bool {
    let mut a = a.chars().map(fold_apostrophe).flat_map(char::to_lowercase);
    let mut b = b.chars().map(fold_apostrophe).flat_map(char::to_lowercase);
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => continue,
            _ => return false,
        }
    }
}

/// If `text` starts with `word` (case-insensitively), the byte length it covers there.
fn prefix_len(text: &str, word: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    for w in word.chars() {
        let (_, c) = chars.next()?;
        let c = fold_apostrophe(c);
        if c != w && !c.to_lowercase().eq(w.to_lowercase()) {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| i))
}

fn ends_word(rest: &str) -> bool {
    rest.chars()
        .next()
        .is_none_or(|c| !(c.is_alphanumeric() || c == '-' || is_apostrophe(c)))
}

/// Whether `c` is one of the apostrophes French text uses.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Whether `word` (without its apostrophe) is an elided clitic: `l`, `qu`, `jusqu`…
pub(crate) fn is_clitic(word: &str) -> bool {
    word.len() <= 8 && CLITICS.iter().any(|c| same_word(word, c))
}

/// Byte length of a lexicalised word at the start of `text`, if one is there and
/// ends at a word boundary.
pub(crate) fn lexicalised_len(text: &str) -> Option<usize> {
    LEXICALISED.iter().find_map(|w| {
        let len = prefix_len(text, w)?;
        ends_word(&text[len..]).then_some(len)
    })
}

/// Byte length of an inverted pronoun (`-t-il`, `-elle`) at the start of `text`, if one
/// is there and ends the word.
pub(crate) fn inverted_pronoun_len(text: &str) -> Option<usize> {
    INVERTED_PRONOUNS.iter().find_map(|p| {
        let len = prefix_len(text, p)?;
        ends_word(&text[len..]).then_some(len)
    })
}

/// How a word followed by a period is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbreviation {
    /// Not an abbreviation: the period is punctuation.
    No,
    /// A title or initial before a name (`M.`, `Dr.`, `A.`): never ends a sentence.
    BeforeName,
    /// Any other abbreviation (`av.`, `J.-C.`, `etc.`).
    Other,
    /// An abbreviation after which a sentence may end (`etc.`).
    MayEndSentence,
}

/// Classifies `word`, which is followed by a period in the text.
pub(crate) fn abbreviation(word: &str) -> Abbreviation {
    let mut chars = word.chars();
    let first = chars.next();
    if let (Some(c), None) = (first, chars.next()) {
        // A lone capital is an initial (`A. Dupont`); a lone small letter (`p.`) is in the list.
        if c.is_uppercase() {
            return Abbreviation::BeforeName;
        }
    }
    if word.len() > 8 {
        return if is_initialism(word) {
            Abbreviation::BeforeName
        } else {
            Abbreviation::No
        };
    }
    if TITLE_ABBREVIATIONS.contains(&word) {
        Abbreviation::BeforeName
    } else if SENTENCE_FINAL_ABBREVIATIONS
        .iter()
        .any(|a| same_word(word, a))
    {
        Abbreviation::MayEndSentence
    } else if is_initialism(word) {
        Abbreviation::BeforeName
    } else if ABBREVIATIONS.iter().any(|a| same_word(word, a)) {
        Abbreviation::Other
    } else {
        Abbreviation::No
    }
}

/// Whether `suffix` (the letters right after digits) is an ordinal ending.
pub(crate) fn is_ordinal_suffix(suffix: &str) -> bool {
    suffix.len() <= 8 && ORDINAL_SUFFIXES.iter().any(|s| same_word(suffix, s))
}

/// Whether `word` is a function word that opens sentences (see [`SENTENCE_OPENERS`]).
pub(crate) fn is_sentence_opener(word: &str) -> bool {
    word.len() <= 14 && SENTENCE_OPENERS.iter().any(|s| same_word(word, s))
}

/// Whether `word` is a subject pronoun (see [`SUBJECT_PRONOUNS`]).
pub(crate) fn is_subject_pronoun(word: &str) -> bool {
    word.len() <= 6 && SUBJECT_PRONOUNS.iter().any(|s| same_word(word, s))
}

/// `R.E.M`, `U.S.A`, `J.-C`: letters of one or two, joined by periods.
fn is_initialism(word: &str) -> bool {
    let mut groups = 0;
    for group in word.split('.') {
        let group = group.strip_prefix('-').unwrap_or(group);
        let letters = group.chars().count();
        if letters == 0 || letters > 2 || !group.chars().all(char::is_alphabetic) {
            return false;
        }
        groups += 1;
    }
    groups >= 2 && word.starts_with(|c: char| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitics_ignore_case() {
        for w in ["l", "L", "qu", "Qu", "QU", "jusqu", "Lorsqu"] {
            assert!(is_clitic(w), "{w}");
        }
        for w in ["aujourd", "presqu", "la", "O", ""] {
            assert!(!is_clitic(w), "{w}");
        }
    }

    #[test]
    fn lexicalised_words_need_a_boundary() {
        assert_eq!(
            lexicalised_len("c'est-à-dire que"),
            Some("c'est-à-dire".len())
        );
        assert_eq!(lexicalised_len("C’est-à-dire,"), Some("C’est-à-dire".len()));
        assert_eq!(lexicalised_len("l'on dit"), Some(4));
        assert_eq!(lexicalised_len("l'onde"), None);
        assert_eq!(lexicalised_len("rendez-vous."), Some(11));
    }

    #[test]
    fn inverted_pronouns_prefer_the_longest() {
        assert_eq!(inverted_pronoun_len("-t-il ?"), Some(5));
        assert_eq!(inverted_pronoun_len("-elle,"), Some(5));
        assert_eq!(inverted_pronoun_len("-ELLE"), Some(5));
        assert_eq!(inverted_pronoun_len("-le-Bretonneux"), None);
        assert_eq!(inverted_pronoun_len("-Louis"), None);
        assert_eq!(inverted_pronoun_len("-ci"), None);
    }

    #[test]
    fn ordinal_suffixes() {
        for s in ["er", "e", "ème", "re", "ÈME", "nde"] {
            assert!(is_ordinal_suffix(s), "{s}");
        }
        for s in ["h", "km", "m", "ans"] {
            assert!(!is_ordinal_suffix(s), "{s}");
        }
    }

    #[test]
    fn openers_and_pronouns() {
        assert!(is_sentence_opener("Les"));
        assert!(is_sentence_opener("L’"));
        assert!(!is_sentence_opener("Kaboul"));
        assert!(is_subject_pronoun("Il"));
        assert!(!is_subject_pronoun("Les"));
    }

    #[test]
    fn abbreviation_classes() {
        use Abbreviation::*;
        let table = [
            ("M", BeforeName),
            ("Mme", BeforeName),
            ("A", BeforeName),
            ("Dr", BeforeName),
            ("etc", MayEndSentence),
            ("J.-C", MayEndSentence),
            ("R.E.M", BeforeName),
            ("sept", No),
            ("av", Other),
            ("Av", Other),
            ("p", Other),
            ("Kaboul", No),
            ("a", No),
            ("2020", No),
            ("01.01.2012", No),
            ("VIDATI.fr", No),
        ];
        for (word, expected) in table {
            assert_eq!(abbreviation(word), expected, "{word}");
        }
    }
}
