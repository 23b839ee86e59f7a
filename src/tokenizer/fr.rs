//! French lexicons the tokenizer needs: elided clitics, lexicalised words, inverted
//! pronouns and abbreviations. They follow the Universal Dependencies French conventions.
//!
//! All look-ups are case-insensitive and accept `'`, `’` and `ʼ` alike.

use std::sync::LazyLock;

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
const SENTENCE_FINAL_ABBREVIATIONS: &[&str] = &["etc", "al", "j.-c"];

/// A word list compiled for look-ups at the start of a text: each folded byte of the
/// text narrows the words it can still be (a bit each), and the look-up gives up at the
/// first byte none continues with, mostly the second or third. The tokenizer looks up
/// the compound at every hyphen and apostrophe of a word; measuring and folding each
/// compound first cost a few hundred instructions there, and read an endless compound
/// (`a-a-a-…`) to its end at each of its hyphens, in quadratic time.
struct CompiledList {
    /// `at[k][b]`: the words whose byte `k` (folded) is `b`.
    at: Vec<[u64; 256]>,
    /// `ending[k]`: the words of `k` bytes.
    ending: Vec<u64>,
}

impl CompiledList {
    /// Compiles `words`, written folded (small letters, `'` for every apostrophe); at
    /// most 64 of them.
    fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> CompiledList {
        let mut list = CompiledList {
            at: Vec::new(),
            ending: Vec::new(),
        };
        for (i, word) in words.into_iter().enumerate().take(64) {
            let bit = 1u64 << i;
            for (k, &b) in word.as_bytes().iter().enumerate() {
                if list.at.len() <= k {
                    list.at.push([0; 256]);
                }
                list.at[k][usize::from(b)] |= bit;
            }
            if list.ending.len() <= word.len() {
                list.ending.resize(word.len() + 1, 0);
            }
            list.ending[word.len()] |= bit;
        }
        list
    }

    /// Byte length of the compound at the start of `text` (its letters, digits, inner
    /// apostrophes and hyphens) when it is one of the words, folded.
    fn compound_len(&self, text: &str) -> Option<usize> {
        self.prefix_len(text, |c| is_alphanumeric(c) || c == '-' || is_apostrophe(c))
    }

    /// Whether `word` is one of the words, folded.
    fn contains(&self, word: &str) -> bool {
        self.prefix_len(word, |_| true) == Some(word.len())
    }

    /// Byte length of the run of chars `in_word` at the start of `text` when it is one
    /// of the words, folded: small letters, `'` for `’` and `ʼ`.
    fn prefix_len(&self, text: &str, in_word: impl Fn(char) -> bool) -> Option<usize> {
        let mut words = u64::MAX;
        let mut k = 0;
        let mut narrow = |b: u8, k: &mut usize| {
            words &= self.at.get(*k).map_or(0, |at| at[usize::from(b)]);
            *k += 1;
            words != 0
        };
        for (i, c) in text.char_indices() {
            if !in_word(c) {
                return self.ends(words, k).then_some(i);
            }
            let alive = if c.is_ascii() {
                narrow((c as u8).to_ascii_lowercase(), &mut k)
            } else if is_apostrophe(c) {
                narrow(b'\'', &mut k)
            } else {
                let mut buf = [0u8; 4];
                c.to_lowercase().all(|lower| {
                    lower
                        .encode_utf8(&mut buf)
                        .bytes()
                        .all(|b| narrow(b, &mut k))
                })
            };
            if !alive {
                return None;
            }
        }
        self.ends(words, k).then_some(text.len())
    }

    fn ends(&self, words: u64, len: usize) -> bool {
        self.ending
            .get(len)
            .is_some_and(|&ending| ending & words != 0)
    }
}

/// Every word list of this module, compiled once, on first use.
struct Lists {
    clitics: CompiledList,
    lexicalised: CompiledList,
    inverted_pronouns: CompiledList,
    sentence_final_abbreviations: CompiledList,
    abbreviations: CompiledList,
    ordinal_suffixes: CompiledList,
    sentence_openers: CompiledList,
    subject_pronouns: CompiledList,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let compile = |list: &[&str]| CompiledList::new(list.iter().copied());
    Lists {
        clitics: compile(CLITICS),
        lexicalised: compile(LEXICALISED),
        // The list writes each pronoun with its plain hyphen (`-t-il`, `-elle`); the
        // look-up starts after it.
        inverted_pronouns: CompiledList::new(INVERTED_PRONOUNS.iter().map(|p| &p[1..])),
        sentence_final_abbreviations: compile(SENTENCE_FINAL_ABBREVIATIONS),
        abbreviations: compile(ABBREVIATIONS),
        ordinal_suffixes: compile(ORDINAL_SUFFIXES),
        sentence_openers: compile(SENTENCE_OPENERS),
        subject_pronouns: compile(SUBJECT_PRONOUNS),
    }
});

/// `char::is_alphanumeric` with fast answers for the chars of French text: Unicode
/// table look-ups are slow, and the tokenizer asks this of most chars.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        c if c.is_ascii() => c.is_ascii_alphanumeric(),
        // Latin-1 and Latin Extended letters, save two signs.
        '\u{C0}'..='\u{24F}' => c != '×' && c != '÷',
        // Latin-1 punctuation and signs (`«`, `°`, NBSP) and general punctuation (`’`, `…`).
        '\u{80}'..='\u{BF}' | '\u{2000}'..='\u{206F}' => false,
        c => c.is_alphanumeric(),
    }
}

/// `char::is_numeric`, with the same fast answers as [`is_alphanumeric`].
#[inline]
pub(crate) fn is_numeric(c: char) -> bool {
    match c {
        c if c.is_ascii() => c.is_ascii_digit(),
        '\u{C0}'..='\u{24F}' | '\u{2000}'..='\u{206F}' => false,
        c => c.is_numeric(),
    }
}

/// Whether `c` is one of the apostrophes French text uses.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Whether `word` (without its apostrophe) is an elided clitic: `l`, `qu`, `jusqu`…
pub(crate) fn is_clitic(word: &str) -> bool {
    LISTS.clitics.contains(word)
}

/// Byte length of a lexicalised word at the start of `text`, if one is there and
/// ends at a word boundary.
pub(crate) fn lexicalised_len(text: &str) -> Option<usize> {
    LISTS.lexicalised.compound_len(text)
}

/// Byte length of an inverted pronoun (`-t-il`, `-elle`) at the start of `text`, if one
/// is there and ends the word.
pub(crate) fn inverted_pronoun_len(text: &str) -> Option<usize> {
    let mut chars = text.chars();
    if !matches!(chars.next(), Some('-' | '\u{2010}' | '\u{2011}')) {
        return None;
    }
    let rest = chars.as_str();
    // `Dupont-Le Goff`, `Ruiz-La Torre`: `Le`, `La`, `Les` with a capital are the
    // article of a double surname (the pronoun is in small letters, or in capitals in a
    // text in capitals: `DITES-LE`; `sois-Tu`, capitalised for reverence, stays one).
    let mut letters = rest.chars();
    if letters.next() == Some('L') && letters.next().is_some_and(|c| matches!(c, 'a' | 'e')) {
        return None;
    }
    Some(text.len() - rest.len() + LISTS.inverted_pronouns.compound_len(rest)?)
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
    // No listed abbreviation is longer than `approx`: a longer word (most words before
    // a full stop) is one only as an initialism.
    if word.len() > 6 {
        return if is_initialism(word) {
            Abbreviation::BeforeName
        } else {
            Abbreviation::No
        };
    }
    if TITLE_ABBREVIATIONS.contains(&word) {
        Abbreviation::BeforeName
    } else if LISTS.sentence_final_abbreviations.contains(word) {
        Abbreviation::MayEndSentence
    } else if is_initialism(word) {
        Abbreviation::BeforeName
    } else if LISTS.abbreviations.contains(word) {
        Abbreviation::Other
    } else {
        Abbreviation::No
    }
}

/// Whether `suffix` (the letters right after digits) is an ordinal ending.
pub(crate) fn is_ordinal_suffix(suffix: &str) -> bool {
    LISTS.ordinal_suffixes.contains(suffix)
}

/// Whether `word` is a function word that opens sentences (see [`SENTENCE_OPENERS`]).
pub(crate) fn is_sentence_opener(word: &str) -> bool {
    LISTS.sentence_openers.contains(word)
}

/// Whether `word` is a subject pronoun (see [`SUBJECT_PRONOUNS`]).
pub(crate) fn is_subject_pronoun(word: &str) -> bool {
    LISTS.subject_pronouns.contains(word)
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
    fn no_listed_abbreviation_is_longer_than_six_bytes() {
        let lists = [
            TITLE_ABBREVIATIONS,
            ABBREVIATIONS,
            SENTENCE_FINAL_ABBREVIATIONS,
        ];
        let longest = lists.iter().flat_map(|l| l.iter()).map(|w| w.len()).max();
        assert_eq!(longest, Some(6));
    }

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

    /// The plain comparison the compiled lists are held to: `word` in small letters,
    /// with `'` for every apostrophe, compared with every entry of `list`.
    fn lookup(word: &str, list: &[&str]) -> bool {
        let folded: String = word
            .chars()
            .map(|c| if is_apostrophe(c) { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .collect();
        list.contains(&folded.as_str())
    }

    /// What a compiled list answers: the compound at the start of the text, measured
    /// to its end, then folded and compared with every word.
    fn reference_compound_len(text: &str, list: &[&str]) -> Option<usize> {
        let end = text
            .char_indices()
            .find(|&(_, c)| !(is_alphanumeric(c) || c == '-' || is_apostrophe(c)))
            .map_or(text.len(), |(i, _)| i);
        lookup(&text[..end], list).then_some(end)
    }

    #[test]
    fn compiled_lists_answer_as_the_lists_do() {
        let long = "a-".repeat(40);
        let texts = [
            "c'est-à-dire, dit-il",
            "C’EST-À-DIRE.",
            "c'est-à-dires",
            "l'on",
            "L’on dit",
            "lʼon-",
            "l'onde",
            "l'armée",
            "rendez-vous",
            "Rendez-Vous!",
            "rendez-vous-là",
            "t-il",
            "t-elles,",
            "T-IL",
            "elle",
            "ellen",
            "il-t",
            "y",
            "",
            "'",
            "-",
            "é",
            "\u{130}l",
            "Ème",
            "ÈMES",
            "er.",
            "Aujourd’hui",
            "J'",
            "Cette",
            "il.",
            &long,
        ];
        let lists: [Vec<&str>; 6] = [
            LEXICALISED.to_vec(),
            CLITICS.to_vec(),
            INVERTED_PRONOUNS.iter().map(|p| &p[1..]).collect(),
            ORDINAL_SUFFIXES.to_vec(),
            SENTENCE_OPENERS.to_vec(),
            SUBJECT_PRONOUNS.to_vec(),
        ];
        for words in &lists {
            let compiled = CompiledList::new(words.iter().copied());
            for text in texts {
                assert_eq!(
                    compiled.compound_len(text),
                    reference_compound_len(text, words),
                    "{text:?} in {words:?}"
                );
            }
            for word in words {
                assert_eq!(compiled.compound_len(word), Some(word.len()), "{word}");
            }
        }
        assert_eq!(lexicalised_len("c’est-à-dire,"), Some("c’est-à-dire".len()));
        assert_eq!(inverted_pronoun_len("-t-il."), Some(5));
        assert_eq!(inverted_pronoun_len(&format!("-t-il{long}")), None);
        assert!(is_clitic("Qu") && !is_clitic("que"));
        // Whole words, whatever their chars: the abbreviations.
        for list in [SENTENCE_FINAL_ABBREVIATIONS, ABBREVIATIONS] {
            let compiled = CompiledList::new(list.iter().copied());
            for word in [
                "J.-C", "j.-c", "J.-c.", "etc", "ETC", "Etc.", "al", "Al", "approx", "éd", "ÉD",
                "éds", "av", "x", "", "fév", "FÉVR", "tél", "déc.", "ibid",
            ] {
                assert_eq!(compiled.contains(word), lookup(word, list), "{word:?}");
            }
            for word in list {
                assert!(compiled.contains(word), "{word}");
            }
        }
    }

    #[test]
    fn word_lists_fit_a_compiled_list() {
        for list in [SENTENCE_FINAL_ABBREVIATIONS, ABBREVIATIONS] {
            assert!(list.len() <= 64);
            assert!(list.iter().all(|w| !w.chars().any(char::is_uppercase)));
        }
        // Those looked up as compounds hold only the chars a compound holds.
        for list in [
            LEXICALISED,
            CLITICS,
            INVERTED_PRONOUNS,
            ORDINAL_SUFFIXES,
            SENTENCE_OPENERS,
            SUBJECT_PRONOUNS,
        ] {
            assert!(list.len() <= 64);
            for word in list {
                assert!(
                    word.chars()
                        .all(|c| is_alphanumeric(c) || c == '-' || c == '\''),
                    "{word}"
                );
                assert!(!word.chars().any(char::is_uppercase), "{word}");
            }
        }
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
