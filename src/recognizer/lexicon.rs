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

/// Nouns of people that a number of years after `de` gives the age of (`un homme de 34
/// ans`, `une fillette de 6 ans`, `un bébé de 3 mois`), not a duration.
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "homme",
    "hommes",
    "femme",
    "femmes",
    "garcon",
    "garcons",
    "fille",
    "filles",
    "fillette",
    "enfant",
    "enfants",
    "adolescent",
    "adolescente",
    "adolescents",
    "adolescentes",
    "jeune",
    "jeunes",
    "bebe",
    "bebes",
    "nourrisson",
    "retraite",
    "retraitee",
    "victime",
    "victimes",
    "suspect",
    "suspecte",
    "suspects",
    "individu",
    "individus",
    "mineur",
    "mineure",
    "lyceen",
    "lyceenne",
    "collegien",
    "collegienne",
    "etudiant",
    "etudiante",
    "conducteur",
    "conductrice",
    "automobiliste",
    "motard",
    "cycliste",
    "pieton",
    "pietonne",
    "passager",
    "passagere",
    "chauffeur",
    "touriste",
    "randonneur",
    "randonneuse",
    "soldat",
    "policier",
    "policiere",
    "gendarme",
    "pompier",
    "detenu",
    "detenue",
    "pere",
    "mere",
    "fils",
    "frere",
    "soeur",
    "mari",
    "epouse",
    "veuf",
    "veuve",
    "salarie",
    "salariee",
    "ouvrier",
    "ouvriere",
    "agriculteur",
    "agricultrice",
    "migrant",
    "migrante",
    "ressortissant",
    "ressortissante",
    "joueur",
    "joueuse",
    "athlete",
    "militant",
    "militante",
    "infirmier",
    "infirmiere",
    "habitant",
    "habitante",
    "riverain",
    "riveraine",
    "otage",
    "blesse",
    "blessee",
    "defunt",
    "defunte",
    "inconnu",
    "inconnue",
    "agresseur",
    "assaillant",
    "tireur",
    "meurtrier",
    "auteur",
    "prevenu",
    "prevenue",
    "accuse",
    "accusee",
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
    "j'", "m'", "t'", "ainsi", "donc", "car", "si", "soit", "afin", "malgre", "puisque", "puisqu'",
    "tandis", "hormis", "sauf", "envers", "aupres", "quant", "plutot", "toujours", "jamais",
    "bientot", "voire", "environ", "loin", "tard", "surtout",
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

/// A few bits that rule most words out of a set before any hashing: one bit per
/// combination of length, first, second and last byte that a word of the set has
/// (a one-probe Bloom filter of 4,096 bits). Most words of a text fail here.
#[derive(Debug, Clone)]
pub(crate) struct WordFilter {
    bits: Box<[u64; 64]>,
    /// The empty word is in the set.
    empty: bool,
}

impl Default for WordFilter {
    fn default() -> WordFilter {
        WordFilter {
            bits: Box::new([0; 64]),
            empty: false,
        }
    }
}

impl WordFilter {
    #[cfg(test)]
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> WordFilter {
        let mut filter = WordFilter::default();
        for word in words {
            filter.add(word);
        }
        filter
    }

    /// Lets `word` through from now on.
    pub(crate) fn add(&mut self, word: &str) {
        match Self::slot(word.as_bytes()) {
            Some(slot) => self.bits[slot >> 6] |= 1 << (slot & 63),
            None => self.empty = true,
        }
    }

    /// The bit of a non-empty word.
    #[inline]
    fn slot(word: &[u8]) -> Option<usize> {
        let (&first, &last) = (word.first()?, word.last()?);
        let second = word.get(1).copied().unwrap_or(0);
        let key = (u64::from(first) << 16 | u64::from(second) << 8 | u64::from(last))
            .wrapping_add((word.len() as u64) << 24);
        // Multiplying moves entropy only upwards: the slot is read from the high bits.
        Some((key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize)
    }

    /// False when `word` is surely not in the set; true when it may be.
    #[inline]
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        match Self::slot(word.as_bytes()) {
            Some(slot) => self.bits[slot >> 6] & (1 << (slot & 63)) != 0,
            None => self.empty,
        }
    }
}

/// Every word the recognizer reads by list, with all it knows of each: a document's
/// context looks each token up here once, instead of each stage hashing it again.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocabulary {
    filter: WordFilter,
    words: rustc_hash::FxHashMap<Box<str>, WordInfo>,
}

/// What the [`Vocabulary`] knows of one word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct WordInfo {
    /// Its classes, a bit each: [`FUNCTION`], [`DATE_START`], [`PREPOSITION`],
    /// [`PARTICLE`], [`DE_PARTICLE`], [`QUANTITY_START`].
    pub(crate) classes: u8,
    /// The number the word writes (`trois` → 3), or NaN.
    pub(crate) number: f64,
    /// The rules that can start with the word, as an index the recognizer gave, or
    /// `u32::MAX`.
    pub(crate) rules: u32,
    /// The word's bit among the words rules require ([`word_need`]), or 0.
    pub(crate) needs: u64,
}

/// The bit a word stands for in the masks of what a rule requires and what a stretch of
/// text has: 64 bits for all words and labels, so two may share one (the masks only
/// ever rule a match out when it surely cannot happen).
pub(crate) fn word_need(word: &str) -> u64 {
    need_bit(('w', word))
}

/// The bit of a gazetteer label (`@TITLE`) in the same masks as [`word_need`].
pub(crate) fn label_need(label: &str) -> u64 {
    need_bit(('@', label))
}

fn need_bit(key: impl std::hash::Hash) -> u64 {
    use std::hash::BuildHasher;
    1 << (rustc_hash::FxBuildHasher.hash_one(key) >> 58)
}

impl Default for WordInfo {
    fn default() -> WordInfo {
        WordInfo {
            classes: 0,
            number: f64::NAN,
            rules: u32::MAX,
            needs: 0,
        }
    }
}

/// A function word: a determiner, pronoun, preposition, conjunction, common
/// auxiliary or linking adverb (`le`, `selon`, `ont`, `toutefois`).
pub(crate) const FUNCTION: u8 = 1;
/// A word a date can start with (`mercredi`, `janv.`, `hier`).
pub(crate) const DATE_START: u8 = 2;
/// A preposition (`à`, `dans`, `selon`).
pub(crate) const PREPOSITION: u8 = 4;
/// A particle that joins the words of a name (`al`, `van`, `ben`).
pub(crate) const PARTICLE: u8 = 8;
/// A particle that joins them only before a word that is no known entity (`de`, `le`).
pub(crate) const DE_PARTICLE: u8 = 16;
/// A word a count can start with (`environ`, `plusieurs`).
pub(crate) const QUANTITY_START: u8 = 32;

impl Vocabulary {
    /// The entry of `word` (folded), added empty if it is new.
    pub(crate) fn entry(&mut self, word: &str) -> &mut WordInfo {
        self.filter.add(word);
        self.words.entry(word.into()).or_default()
    }

    /// What is known of `word` (folded).
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<&WordInfo> {
        if self.filter.may_contain(word) {
            self.words.get(word)
        } else {
            None
        }
    }

    /// The word classes of this module and their words: function words, prepositions,
    /// particles.
    pub(crate) fn classes() -> impl Iterator<Item = (u8, &'static str)> {
        let class = |c: u8, words: &'static [&'static str]| words.iter().map(move |&w| (c, w));
        class(FUNCTION, FUNCTION_WORDS)
            .chain(class(FUNCTION, LINKING_ADVERBS))
            .chain(class(PREPOSITION, PREPOSITIONS))
            .chain(class(PARTICLE, PARTICLES))
            .chain(class(DE_PARTICLE, DE_PARTICLES))
    }
}

/// Prepositions (folded), elided ones included.
const PREPOSITIONS: &[&str] = &[
    "a", "au", "aux", "de", "du", "des", "d'", "en", "dans", "vers", "depuis", "par", "pour",
    "sur", "sous", "chez", "contre", "avec", "sans", "entre", "pres", "selon", "apres", "avant",
];

/// Particles that join the words of a name when a capitalised word follows
/// (`Abdul Ghani Baradar`, `Ibn al-Khattab`, `Ludwig van Beethoven`).
const PARTICLES: &[&str] = &[
    "al", "el", "ben", "bin", "ibn", "bou", "abu", "van", "von", "der", "den", "da", "di", "dos",
    "das", "del", "della", "ul", "y", "e",
];

/// Particles that join only before a word that is not already a place or an
/// organisation (`Charles de Gaulle`, not `Leggett de Kaboul`).
const DE_PARTICLES: &[&str] = &["de", "du", "des", "d'", "la", "le"];

/// `nord`, `sud`, `est`, `ouest` (folded): a point of the compass.
pub(crate) fn is_cardinal(folded: &str) -> bool {
    matches!(folded, "nord" | "sud" | "est" | "ouest")
}

/// `nord`, `sud-ouest` (folded): a point of the compass, simple or compound.
pub(crate) fn is_compass_point(folded: &str) -> bool {
    folded.split('-').all(is_cardinal)
}

/// Words after which `à` introduces whom something is given, said or owed, a rival, or
/// a thing reached (`permet à Usain Bolt`, `succède à Park Geun-hye`, `face à
/// Cesson-Rennes`, `similaire à Snapchat`, `l'accès à Wikipédia`), not a place (folded).
pub(crate) const RECIPIENT_CUES: &[&str] = &[
    "permet",
    "permettre",
    "permettant",
    "permis",
    "offre",
    "offert",
    "offrir",
    "donne",
    "donner",
    "accorde",
    "attribue",
    "decerne",
    "remis",
    "remet",
    "vendu",
    "cede",
    "demande",
    "demander",
    "dit",
    "repond",
    "repondu",
    "explique",
    "ecrit",
    "parle",
    "telephone",
    "propose",
    "promis",
    "conseille",
    "reproche",
    "interdit",
    "impose",
    "succede",
    "succeder",
    "successeur",
    "appartient",
    "appartenait",
    "appartenir",
    "confie",
    "confiance",
    "hommage",
    "merci",
    "grace",
    "face",
    "oppose",
    "opposee",
    "similaire",
    "comparable",
    "identique",
    "acces",
    "lie",
    "liee",
    "lies",
    "liees",
];

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
    "lance",
    "ecrit",
    "tweete",
    "martele",
    "denonce",
    "regrette",
    "confirme",
    "dement",
    "detaille",
    "rappelle",
    "previent",
    "avertit",
    "glisse",
    "lache",
    "tranche",
    "ironise",
    "admet",
    "concede",
    "nuance",
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
    fn compass_points() {
        for (folded, expected) in [
            ("nord", true),
            ("sud-ouest", true),
            ("nord-est", true),
            ("ouest-france", false),
            ("nord-", false),
            ("", false),
        ] {
            assert_eq!(is_compass_point(folded), expected, "{folded}");
        }
    }

    #[test]
    fn word_classes() {
        let mut vocabulary = Vocabulary::default();
        for (class, w) in Vocabulary::classes() {
            vocabulary.entry(w).classes |= class;
        }
        let is_function_word =
            |w: &str| vocabulary.get(w).is_some_and(|i| i.classes & FUNCTION != 0);
        for w in ["le", "selon", "d'", "dans", "ont", "toutefois"] {
            assert!(is_function_word(w), "{w}");
        }
        for w in ["talibans", "Le", "kaboul", ""] {
            assert!(!is_function_word(w), "{w}");
        }
        assert_eq!(vocabulary.get("kaboul"), None);
        assert!(vocabulary.get("et").is_some_and(|i| i.number.is_nan()));
        let is = |w: &str, class: u8| vocabulary.get(w).is_some_and(|i| i.classes & class != 0);
        assert!(is("depuis", PREPOSITION) && is("depuis", FUNCTION));
        assert!(!is("et", PREPOSITION));
        assert!(is("van", PARTICLE) && !is("van", DE_PARTICLE));
        assert!(is("de", DE_PARTICLE) && is("de", PREPOSITION));
    }

    #[test]
    fn word_filters_pass_every_member_and_rule_out_most_other_words() {
        let members = [FUNCTION_WORDS, LINKING_ADVERBS].concat();
        let filter = WordFilter::new(members.iter().copied());
        for w in &members {
            assert!(filter.may_contain(w), "{w}");
        }
        // Content words of a news sentence: the filter's point is to stop nearly all.
        let others = [
            "talibans",
            "attaque",
            "kaboul",
            "soldats",
            "province",
            "gouverneur",
            "frappe",
            "americaine",
            "morts",
            "blesses",
            "porte-parole",
            "ministere",
            "defense",
            "armee",
            "mercredi",
            "2021",
            "43",
            "explosion",
            "vehicule",
            "combattants",
        ];
        let passed = others.iter().filter(|w| filter.may_contain(w)).count();
        assert!(passed <= 3, "{passed} of {} passed", others.len());
        assert!(!WordFilter::new([]).may_contain(""));
        assert!(WordFilter::new([""]).may_contain(""));
    }
}
