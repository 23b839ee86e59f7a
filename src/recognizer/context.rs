//! What the recognizer knows of a document while it works: tokens with their folded
//! text, sentence limits, and the gazetteer matches indexed by token.

use super::Inputs;
use super::lexicon::{self, Vocabulary};
use crate::gazetteer::{EntryId, Gazetteer};
use crate::normalize::FoldedTokens;
use crate::tokenizer::{Token, TokenFlags, TokenKind};

/// A gazetteer match, in tokens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mark<'g> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) entry: EntryId,
    pub(crate) label: &'g str,
    /// A lexicon label (TITLE, DEMONYM, FIRSTNAME…): context for rules, never an entity.
    pub(crate) lexicon: bool,
}

/// The most tokens a name can have (`Abou Bakr al-Baghdadi al-Husseini al-Qurashi`).
const MAX_NAME_TOKENS: usize = 12;

pub(crate) struct Context<'a, 't> {
    pub(crate) gazetteer: &'a Gazetteer,
    pub(crate) text: &'t str,
    pub(crate) tokens: &'a [Token<'t>],
    folds: &'a FoldedTokens,
    sentence_ends: Vec<u32>,
    /// Marks sorted by start token; `mark_index[i]..mark_index[i + 1]` start at token i.
    marks: Vec<Mark<'a>>,
    mark_index: Vec<u32>,
    /// Per token, what the recogniser asks of it again and again, as bits: the lexicon
    /// labels of the marks starting there (see `lexicon_bit`), its word classes (a
    /// function word, a preposition, a name particle, a word a date starts with),
    /// whether it is capitalised.
    bits: Vec<u16>,
    /// Per token, the number it writes (`43`, `5 000`, `trois`), or NaN.
    numbers: Vec<f64>,
    /// Per token, the rules it can start, as the recognizer indexes them.
    rules: Vec<u32>,
    /// Per token, the words and labels rules require that its sentence has from it on,
    /// as a mask of `lexicon::word_need` and `lexicon::label_need` bits.
    needs_from: Vec<u64>,
}

// The low byte: lexicon labels of the marks starting at the token, and its case.
const TITLE: u16 = 1;
const DEMONYM: u16 = 2;
const FIRST_NAME: u16 = 4;
const ORG_WORD: u16 = 8;
const COMMON: u16 = 16;
const HONORIFIC: u16 = 32;
const CAPITALISED: u16 = 64;
/// In a sentence written in capitals (`LE HAMAS A PARLÉ`), where case tells nothing.
const IN_CAPITALS: u16 = 128;

/// The high byte: the token's word classes, the vocabulary's own bits as they are.
const fn word_class(class: u8) -> u16 {
    (class as u16) << 8
}
const FUNCTION_WORD: u16 = word_class(lexicon::FUNCTION);
const DATE_START: u16 = word_class(lexicon::DATE_START);
const PREPOSITION: u16 = word_class(lexicon::PREPOSITION);
const PARTICLE: u16 = word_class(lexicon::PARTICLE);
const DE_PARTICLE: u16 = word_class(lexicon::DE_PARTICLE);
const QUANTITY_START: u16 = word_class(lexicon::QUANTITY_START);

/// Whether a sentence is written in capitals: four words or more, seven in ten of them
/// without a lower-case letter (acronyms, and `À`, `L'` count), its first word of two
/// letters or more among them. Flags first, and it gives up at the first word that is
/// not in capitals: most sentences start so.
fn written_in_capitals(tokens: &[Token<'_>]) -> bool {
    let mut words = tokens.iter().filter(|t| t.kind() == TokenKind::Word);
    let first_long = words
        .clone()
        .find(|t| t.text().chars().nth(1).is_some_and(char::is_alphabetic));
    if !first_long.is_some_and(|t| t.is(TokenFlags::ALL_CAPS)) {
        return false;
    }
    let (mut count, mut capitals) = (0usize, 0usize);
    for t in words.by_ref() {
        count += 1;
        capitals += usize::from(
            t.is(TokenFlags::ALL_CAPS)
                || (t.is(TokenFlags::CAPITALIZED) && !t.text().chars().any(char::is_lowercase)),
        );
    }
    count >= 4 && capitals * 10 >= count * 7
}

fn capitalised(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Word
        && !t.is(TokenFlags::ELIDED)
        && (((t.is(TokenFlags::CAPITALIZED) || t.is(TokenFlags::ALL_CAPS))
            && t.text().chars().next().is_some_and(char::is_uppercase))
            || joined_article_name(t.text()))
}

/// The lexicon labels the recognizer asks about for nearly every token, as bits.
/// Inlined, so that the label a caller writes out is matched at compile time.
#[inline]
fn lexicon_bit(label: &str) -> u16 {
    match label {
        "TITLE" => TITLE,
        "HONORIFIC" => HONORIFIC,
        "DEMONYM" => DEMONYM,
        "FIRSTNAME" => FIRST_NAME,
        "ORGWORD" => ORG_WORD,
        "COMMON" => COMMON,
        _ => 0,
    }
}

impl<'a, 't> Context<'a, 't> {
    pub(crate) fn new(
        inputs: Inputs<'a, 't>,
        vocabulary: &Vocabulary,
        first_names: &rustc_hash::FxHashSet<String>,
    ) -> Context<'a, 't> {
        let Inputs {
            text,
            tokens,
            folds,
            sentences,
            gazetteer,
            matches,
            lexicon_labels,
        } = inputs;
        let mut sentence_ends = vec![tokens.len() as u32; tokens.len()];
        for sentence in sentences {
            let range = sentence.tokens();
            for end in sentence_ends.get_mut(range.clone()).into_iter().flatten() {
                *end = range.end as u32;
            }
        }
        let mut marks = Vec::with_capacity(matches.len());
        for m in matches {
            let std::ops::Range { start, end } = m.tokens();
            if start >= end || end > tokens.len() {
                continue;
            }
            let entry = gazetteer.entry(m.entry());
            let label = entry.label();
            marks.push(Mark {
                start,
                end,
                entry: m.entry(),
                label,
                lexicon: lexicon_labels.iter().any(|l| l == label),
            });
        }
        marks.sort_by_key(|m| (m.start, m.end));
        let mut mark_index = Vec::with_capacity(tokens.len() + 1);
        let mut k = 0;
        for i in 0..=tokens.len() {
            while k < marks.len() && marks[k].start < i {
                k += 1;
            }
            mark_index.push(k as u32);
        }
        // One look-up of each token in the vocabulary gives what every stage asks of it.
        let mut bits = vec![0u16; tokens.len()];
        let mut numbers = vec![f64::NAN; tokens.len()];
        let mut rules = vec![u32::MAX; tokens.len()];
        let mut needs_from = vec![0u64; tokens.len()];
        // The lists' marks first: a first name of the lists needs no compound test below.
        for m in &marks {
            bits[m.start] |= lexicon_bit(m.label);
            needs_from[m.start] |= lexicon::label_need(m.label);
        }
        for (i, token) in tokens.iter().enumerate() {
            let folded = folds.token(i);
            let info = vocabulary.get(folded);
            if let Some(info) = info {
                bits[i] |= word_class(info.classes);
                rules[i] = info.rules;
                needs_from[i] |= info.needs;
            }
            if capitalised(token) {
                bits[i] |= CAPITALISED;
                // `Jean-Marc`, `Marie-Amélie`: a compound of a first name and
                // capitalised parts.
                let text = token.text();
                if bits[i] & FIRST_NAME == 0
                    && has_hyphen(text)
                    && text.starts_with(char::is_uppercase)
                {
                    let mut parts = text.split('-');
                    let first = parts.next().map(crate::normalize::fold).unwrap_or_default();
                    if first_names.contains(&first)
                        && parts.all(|p| p.starts_with(char::is_uppercase))
                    {
                        bits[i] |= FIRST_NAME;
                    }
                }
            }
            numbers[i] = match token.kind() {
                TokenKind::Number => super::numbers::digits_value(folded).unwrap_or(f64::NAN),
                TokenKind::Word => match info {
                    Some(info) => info.number,
                    // Compounds (`vingt-quatre`) are read part by part; number words
                    // are short.
                    None if folded.len() <= 24 && has_hyphen(folded) => {
                        super::numbers::word_value(folded).unwrap_or(f64::NAN)
                    }
                    None => f64::NAN,
                },
                _ => f64::NAN,
            };
        }
        for sentence in sentences {
            let range = sentence.tokens();
            if let Some(sentence_bits) = bits.get_mut(range.clone())
                && written_in_capitals(&tokens[range])
            {
                for b in sentence_bits {
                    *b |= IN_CAPITALS;
                }
            }
        }
        // What follows in the sentence, from the end backwards; a token whose sentence
        // is not the next token's (one no sentence holds) gets every bit.
        for i in (0..tokens.len().saturating_sub(1)).rev() {
            needs_from[i] |= if sentence_ends[i] == sentence_ends[i + 1] {
                needs_from[i + 1]
            } else if (i + 1) as u32 == sentence_ends[i] {
                0
            } else {
                u64::MAX
            };
        }
        Context {
            gazetteer,
            numbers,
            rules,
            bits,
            text,
            tokens,
            folds,
            sentence_ends,
            marks,
            mark_index,
            needs_from,
        }
    }

    /// The folded text of token `i`.
    pub(crate) fn folded(&self, i: usize) -> &'a str {
        self.folds.token(i)
    }

    /// Whether a gazetteer entry is a minor place: neither a country nor a capital nor
    /// a hand-written place (all have a `type` other than these). Towns and provinces
    /// of the world lists may bear a first name (`Allen`, `Florence`).
    pub(crate) fn is_minor_place(&self, entry: EntryId) -> bool {
        let e = self.gazetteer.entry(entry);
        !matches!(
            e.attribute("type"),
            Some("country" | "capital" | "region") | None
        )
    }

    /// The number token `i` writes (`43`, `5 000`, `1,5`, `trois`, `vingt-quatre`).
    pub(crate) fn number(&self, i: usize) -> Option<f64> {
        self.numbers.get(i).copied().filter(|v| !v.is_nan())
    }

    /// The number written from token `i` on, before `limit`: one token (`43`, `5 000`,
    /// `trois`) or number words over several (`deux mille cinq cents`, `vingt et un`);
    /// its value and the token after it.
    pub(crate) fn number_span(&self, i: usize, limit: usize) -> Option<(f64, usize)> {
        let value = self.number(i)?;
        let at = |k: usize| if k < limit { self.folded(k) } else { "" };
        let is_word = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.kind() == TokenKind::Word)
        };
        let multiplier = |w: &str| matches!(w, "cent" | "cents" | "mille");
        // Most numbers are one token: what may follow a number word is asked first.
        if !is_word(i) || !(multiplier(at(i + 1)) || at(i + 1) == "et") {
            return Some((value, i + 1));
        }
        let mut end = i + 1;
        loop {
            let w = at(end);
            let adds = multiplier(at(end - 1))
                && !matches!(w, "un" | "une")
                && self.number(end).is_some()
                && is_word(end);
            if multiplier(w) || adds {
                end += 1;
            } else if w == "et" && matches!(at(end + 1), "un" | "une" | "onze") {
                end += 2;
            } else {
                break;
            }
        }
        if end == i + 1 {
            return Some((value, end));
        }
        let value = super::numbers::words_value((i..end).map(|t| self.folded(t)))?;
        Some((value, end))
    }

    /// The text of tokens `start..end` (`start < end`), spaces between them included.
    pub(crate) fn slice(&self, start: usize, end: usize) -> &'t str {
        &self.text[self.tokens[start].span().byte_start()..self.tokens[end - 1].span().byte_end()]
    }

    /// A hash of the folded tokens `start..end`: the key a name is compared by within a
    /// document (`Leggett`, `LEGGETT` and `Leggett` meet), without allocating.
    pub(crate) fn key(&self, start: usize, end: usize) -> u64 {
        use std::hash::Hasher;
        let mut hasher = rustc_hash::FxHasher::default();
        for k in start..end.min(self.tokens.len()) {
            hasher.write(self.folded(k).as_bytes());
            hasher.write_u8(0xff);
        }
        hasher.finish()
    }

    /// Whether token `i` is a preposition (`à`, `dans`, `selon`).
    pub(crate) fn is_preposition(&self, i: usize) -> bool {
        self.bits.get(i).is_some_and(|b| b & PREPOSITION != 0)
    }

    /// `von der`, `van den`, `de La`: two particles in a row inside a name (`Ursula von
    /// der Leyen`, `Jean de La Fontaine`) at `k` and `k + 1`. `de la` in lower case is
    /// left out, as it mostly follows a name rather than continues it (`Jean Dupont de
    /// la Croix-Rouge`); so are `de` and `la` as second particle otherwise.
    pub(crate) fn two_particles(&self, k: usize) -> bool {
        let Some(second) = self.tokens.get(k + 1) else {
            return false;
        };
        let joins_any_name = self.bits.get(k + 1).is_some_and(|b| b & PARTICLE != 0);
        let capital_article =
            matches!(self.folded(k + 1), "la" | "le") && second.text().starts_with('L');
        self.is_particle(k) && (joins_any_name || (self.folded(k) == "de" && capital_article))
    }

    /// Whether token `i` is a particle inside a name: `al`, `van`, `de`, `le`…
    pub(crate) fn is_particle(&self, i: usize) -> bool {
        self.bits
            .get(i)
            .is_some_and(|b| b & (PARTICLE | DE_PARTICLE) != 0)
    }

    /// Whether a date can start with token `i` (`mercredi`, `janv.`, `hier`).
    pub(crate) fn is_date_start(&self, i: usize) -> bool {
        self.bits.get(i).is_some_and(|b| b & DATE_START != 0)
    }

    /// Whether a count can start with token `i` besides a number (`environ`, `une`).
    pub(crate) fn is_quantity_start(&self, i: usize) -> bool {
        self.bits.get(i).is_some_and(|b| b & QUANTITY_START != 0)
    }

    /// The index of the rules token `i` can start by its word (`usize::MAX` for none).
    pub(crate) fn rules_slot(&self, i: usize) -> usize {
        self.rules.get(i).map_or(usize::MAX, |&k| k as usize)
    }

    /// The words and labels rules require (see [`Pattern::needs`]) that the sentence
    /// of token `i` has from `i` on.
    ///
    /// [`Pattern::needs`]: super::pattern::Pattern::needs
    pub(crate) fn needs_from(&self, i: usize) -> u64 {
        self.needs_from.get(i).copied().unwrap_or(u64::MAX)
    }

    /// Whether token `i` is a function word (`le`, `selon`, `dans`…), precomputed.
    pub(crate) fn is_function_word(&self, i: usize) -> bool {
        self.bits.get(i).is_some_and(|b| b & FUNCTION_WORD != 0)
    }

    /// The end (exclusive) of the sentence of token `i`.
    pub(crate) fn sentence_end(&self, i: usize) -> usize {
        self.sentence_ends
            .get(i)
            .map_or(self.tokens.len(), |&e| e as usize)
    }

    /// Gazetteer matches starting at token `i`.
    pub(crate) fn marks_at(&self, i: usize) -> impl DoubleEndedIterator<Item = &Mark<'a>> {
        let from = self.mark_index.get(i).map_or(0, |&k| k as usize);
        let to = self
            .mark_index
            .get(i + 1)
            .map_or(self.marks.len(), |&k| k as usize);
        self.marks[from..to.max(from)].iter()
    }

    /// Every gazetteer match.
    pub(crate) fn marks(&self) -> &[Mark<'a>] {
        &self.marks
    }

    /// Whether token `i` carries a lexicon label such as `FIRSTNAME`.
    #[inline]
    pub(crate) fn has_lexicon(&self, i: usize, label: &str) -> bool {
        match lexicon_bit(label) {
            0 => self.marks_at(i).any(|m| m.label == label),
            bit => self.bits.get(i).is_some_and(|b| b & bit != 0),
        }
    }

    /// The end of the longest entity (non-lexicon) match starting at `i`.
    pub(crate) fn entity_end(&self, i: usize, limit: usize) -> Option<usize> {
        self.marks_at(i)
            .filter(|m| !m.lexicon && m.end <= limit)
            .map(|m| m.end)
            .max()
    }

    pub(crate) fn is(&self, i: usize, flag: TokenFlags) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is(flag))
    }

    /// Whether token `i` is in a sentence written in capitals, where case tells
    /// nothing of names.
    pub(crate) fn in_capitals(&self, i: usize) -> bool {
        self.bits.get(i).is_some_and(|b| b & IN_CAPITALS != 0)
    }

    /// A word starting with a capital letter (not an elided `L'`).
    /// Also true of an Arabic name with its article joined (`al-Kazimi`, `el-Sissi`).
    /// Precomputed: the recogniser asks this of nearly every token, often.
    pub(crate) fn is_capitalised(&self, i: usize) -> bool {
        self.bits.get(i).is_some_and(|b| b & CAPITALISED != 0)
    }

    /// A lower-case word that is not a function word (nationalities included).
    pub(crate) fn is_lower_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.kind() == TokenKind::Word
                && t.text().chars().next().is_some_and(char::is_lowercase)
                && !self.is_function_word(i)
        })
    }

    /// A lower-case content word in the plural (`soldats`, `prix`): what a number counts.
    pub(crate) fn is_plural_noun(&self, i: usize) -> bool {
        self.is_lower_word(i) && self.folded(i).ends_with(['s', 'x', 'z'])
    }

    /// A lower-case word shaped like an adjective (`nationale`, `européen`, `pénale`,
    /// `unies`), or a nationality: not a verb such as `constitue` or `atteignent`.
    pub(crate) fn is_adjective(&self, i: usize) -> bool {
        // `hier`, `janvier` end like adjectives (`-ier`) but date the sentence.
        if !self.is_lower_word(i) || self.is_date_start(i) {
            return false;
        }
        if self.has_lexicon(i, "DEMONYM") {
            return true;
        }
        const ENDINGS: &[&str] = &[
            "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "ien", "ienne", "iens",
            "iennes", "ain", "aine", "ains", "aines", "ais", "aise", "aises", "ois", "oise",
            "oises", "ique", "iques", "iste", "istes", "if", "ive", "ifs", "ives", "aire", "aires",
            "e", "ee", "es", "ees", "eur", "eure", "eurs", "ier", "iere", "iers", "ieres", "in",
            "ine", "ins", "ines", "ante", "antes", "ente", "entes", "unie", "unies", "uni", "unis",
            "eme", "ieme", "ible", "ibles", "able", "ables", "ile", "iles", "ique", "oire",
            "oires", "rouge", "rouges", "vert", "verts", "verte", "libre", "libres", "ouvert",
            "ouverte", "lyonnais", "neuf", "neuve", "ere", "eres",
        ];
        let w = self.folded(i);
        // `-e`, `-es` alone would take verbs (`constitue`, `menace`): only after `é`,
        // or written `é` (`armé`, `armés`: participles that qualify a noun).
        let text = self.tokens[i].text();
        ENDINGS.iter().any(|e| {
            w.ends_with(e)
                && match *e {
                    "e" | "es" => {
                        text.ends_with("ée")
                            || text.ends_with("ées")
                            || text.ends_with("ème")
                            || text.ends_with('é')
                            || text.ends_with("és")
                    }
                    // `étrangère`, `première`; not `pouvoir`-like words with no grave.
                    "ere" | "eres" => text.ends_with("ère") || text.ends_with("ères"),
                    _ => true,
                }
        })
    }

    /// A word shaped like an acronym (`CENTCOM`, `CNDD-FDD`; see [`acronym_shaped`]).
    pub(crate) fn is_acronym(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Word && acronym_shaped(t.text()))
    }

    /// The end of a name starting at `i`: capitalised words or entities, joined by
    /// particles.
    pub(crate) fn name_end(&self, i: usize, limit: usize) -> Option<usize> {
        // No name runs longer: this also keeps matching linear on text that is one
        // endless run of capitalised words.
        let limit = limit.min(i + MAX_NAME_TOKENS);
        let mut end = match self.name_part_end(i, limit) {
            Some(end) => end,
            None if self.is_article_of_name(i) => self.name_part_end(i + 1, limit)?,
            None => return None,
        };
        // `le Sud`, `l'Est`: a cardinal point alone is a direction, not a name; `un
        // autre Allemand`: a nationality alone is a person's, not a name, but for the
        // streets named after a people (`rue des Italiens`, `promenade des Anglais`).
        let nationality =
            || self.has_lexicon(i, "DEMONYM") && !(i > 0 && self.folded(i - 1) == "des");
        if end == i + 1
            && (lexicon::is_cardinal(self.folded(i)) || nationality())
            && self.name_part_end(end, limit).is_none()
        {
            return None;
        }
        loop {
            if let Some(next) = self.name_part_end(end, limit) {
                end = next;
                continue;
            }
            let bits = self.bits.get(end).copied().unwrap_or(0);
            let joins = if bits & PARTICLE != 0
                || (bits & DE_PARTICLE != 0
                    && (self.entity_end(end + 1, limit).is_none()
                        || self.first_name_and_town(i, end)))
            {
                self.name_part_end(end + 1, limit).or_else(|| {
                    (self.two_particles(end) && self.entity_end(end + 2, limit).is_none())
                        .then(|| self.name_part_end(end + 2, limit))
                        .flatten()
                })
            } else {
                None
            };
            match joins {
                Some(next) => end = next,
                None => return Some(end),
            }
        }
    }

    /// `Le`, `La`, `Les` with a capital inside a sentence, after a word or a comma: the
    /// article is part of a name there (`selon Le Pen`, `le ministre Le Drian`).
    pub(crate) fn is_article_of_name(&self, i: usize) -> bool {
        i > 0
            && self.bits.get(i).is_some_and(|b| b & CAPITALISED != 0)
            && !self.is(i, TokenFlags::SENTENCE_START)
            && !self.is(i, TokenFlags::LINE_START)
            && matches!(self.folded(i), "le" | "la" | "les")
            && (self.tokens[i - 1].kind() == TokenKind::Word || self.folded(i - 1) == ",")
    }

    /// A capital letter and its period, glued (`D.`), at `k`.
    pub(crate) fn is_initial(&self, k: usize) -> bool {
        let Some(token) = self.tokens.get(k) else {
            return false;
        };
        let mut letters = token.text().chars();
        letters.next().is_some_and(char::is_uppercase)
            && letters.next().is_none()
            && self.tokens.get(k + 1).is_some_and(|t| t.text() == ".")
            && !self.is(k + 1, TokenFlags::SPACE_BEFORE)
    }

    /// `Pierre de Villiers`: a lone first name of the lists at `i` (not a compound read
    /// by shape, such as the `Victor-Hugo` of a school), then `de` at `particle` and a
    /// one-word town of the lists, which is the family name here (a country or a capital
    /// is not: `Marie de France`).
    fn first_name_and_town(&self, i: usize, particle: usize) -> bool {
        particle == i + 1
            && self.marks_at(i).any(|m| m.label == "FIRSTNAME")
            && self.marks_at(particle + 1).any(|m| {
                !m.lexicon
                    && m.label == "LOC"
                    && m.end == particle + 2
                    && self.is_minor_place(m.entry)
            })
    }

    /// The end of one part of a name at `i`: an entity or a capitalised word.
    pub(crate) fn name_part_end(&self, i: usize, limit: usize) -> Option<usize> {
        if i >= limit {
            return None;
        }
        if let Some(end) = self.entity_end(i, limit) {
            return Some(end);
        }
        (self.is_capitalised(i) && !self.is_function_word(i)).then_some(i + 1)
    }
}

/// Whether a word has a hyphen: a plain loop, as words are short and `memchr` costs
/// more to set up than it saves on them.
fn has_hyphen(word: &str) -> bool {
    word.bytes().any(|b| b == b'-')
}

/// `al-Kazimi`, `el-Sissi`, `ben-Salmane`, `abou-Bakr`: a lower-case article or
/// particle joined by a hyphen to a capitalised name.
fn joined_article_name(text: &str) -> bool {
    // The article is at most four letters: look for its hyphen there only, as this
    // runs on every word.
    let Some(dash) = text.bytes().take(5).position(|b| b == b'-') else {
        return false;
    };
    let (article, rest) = (&text[..dash], &text[dash + 1..]);
    matches!(
        article,
        "al" | "el"
            | "ul"
            | "ad"
            | "ar"
            | "as"
            | "at"
            | "az"
            | "an"
            | "ash"
            | "bin"
            | "ben"
            | "ibn"
            | "abu"
            | "abou"
            | "bou"
    ) && rest.chars().next().is_some_and(char::is_uppercase)
}

/// 2 to 8 capitals, or two such runs joined by a hyphen (`CNDD-FDD`, `FARC-EP`), and
/// no Roman numeral (`XXI`, `XIV-XV`).
fn acronym_shaped(s: &str) -> bool {
    let capitals =
        |p: &str| (2..=8).contains(&p.chars().count()) && p.chars().all(char::is_uppercase);
    let mut parts = s.split('-');
    parts.next().is_some_and(capitals)
        && parts.next().is_none_or(capitals)
        && parts.next().is_none()
        && !s.split('-').any(is_roman_numeral)
}

fn is_roman_numeral(s: &str) -> bool {
    s.chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_articles() {
        for (text, expected) in [
            ("al-Kazimi", true),
            ("el-Sissi", true),
            ("ben-Salmane", true),
            ("al-qaida", false),
            ("Al-Qaïda", false),
            ("anti-Trump", false),
            ("al", false),
            ("", false),
        ] {
            assert_eq!(joined_article_name(text), expected, "{text}");
        }
    }

    #[test]
    fn acronym_shapes() {
        for (text, expected) in [
            ("OTAN", true),
            ("CNDD-FDD", true),
            ("FARC-EP", true),
            ("É", false),
            ("ABCDEFGHI", false),
            ("CNDD-", false),
            ("-FDD", false),
            ("A-B-C", false),
            ("PS-Ump", false),
            ("XXI", false),
            ("XIV-XV", false),
            ("Otan", false),
        ] {
            assert_eq!(acronym_shaped(text), expected, "{text}");
        }
    }

    #[test]
    fn roman_numerals() {
        assert!(is_roman_numeral("XXI"));
        assert!(is_roman_numeral("IV"));
        assert!(!is_roman_numeral("CIA"));
        assert!(!is_roman_numeral("ONU"));
    }

    #[test]
    fn lexicon_bits_are_distinct() {
        let bits = [
            TITLE,
            DEMONYM,
            FIRST_NAME,
            ORG_WORD,
            COMMON,
            FUNCTION_WORD,
            CAPITALISED,
            DATE_START,
            PREPOSITION,
            PARTICLE,
            DE_PARTICLE,
            HONORIFIC,
        ];
        for (i, a) in bits.iter().enumerate() {
            assert_eq!(a.count_ones(), 1);
            for b in &bits[i + 1..] {
                assert_eq!(a & b, 0);
            }
        }
        assert_eq!(lexicon_bit("FIRSTNAME"), FIRST_NAME);
        assert_eq!(lexicon_bit("LOC"), 0);
    }
}
