//! French inflection: the number and gender forms of nouns and adjectives.
//!
//! Gazetteer entries flagged `inflect` match these forms too, so that one line for
//! `afghan` finds `afghane`, `afghans` and `afghanes`, and one for `taliban` finds
//! `talibans`.

/// The forms of a French noun or adjective: masculine and feminine, singular and plural.
///
/// The input is taken as the masculine singular. Multi-word names are inflected word by
/// word, every word taking the same form (`casque bleu` → `casques bleus`); words of
/// one or two letters and words with a digit are left alone (`de`, `la`, `F-16`).
/// Duplicates are removed; the input always comes first.
///
/// # Examples
///
/// ```
/// use gazette::morph::forms;
/// assert_eq!(forms("afghan"), ["afghan", "afghane", "afghans", "afghanes"]);
/// assert_eq!(forms("taliban"), ["taliban", "talibane", "talibans", "talibanes"]);
/// assert_eq!(forms("européen"), ["européen", "européenne", "européens", "européennes"]);
/// assert_eq!(forms("Casque bleu"), ["Casque bleu", "Casque bleue", "Casques bleus", "Casques bleues"]);
/// ```
pub fn forms(name: &str) -> Vec<String> {
    let inflect = |f: fn(&str) -> String| -> String {
        name.split(' ')
            .map(|w| if inflectable(w) { f(w) } else { w.to_owned() })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let candidates = [
        name.to_owned(),
        inflect(feminine),
        inflect(plural),
        inflect(|w| plural(&feminine(w))),
    ];
    let mut out: Vec<String> = Vec::with_capacity(4);
    for c in candidates {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

fn inflectable(word: &str) -> bool {
    word.chars().count() > 2 && word.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// The feminine of a masculine singular word: `afghan` → `afghane`, `européen` →
/// `européenne`, `national` → `nationale`, `sportif` → `sportive`, `premier` → `première`.
pub fn feminine(word: &str) -> String {
    let rules: [(&str, &str); 9] = [
        ("ien", "ienne"),
        ("éen", "éenne"),
        ("on", "onne"),
        ("el", "elle"),
        ("eux", "euse"),
        ("if", "ive"),
        ("ier", "ière"),
        ("er", "ère"),
        ("e", "e"),
    ];
    for (end, replacement) in rules {
        if let Some(stem) = word.strip_suffix(end) {
            return format!("{stem}{replacement}");
        }
    }
    format!("{word}e")
}

/// The plural of a singular word: `taliban` → `talibans`, `national` → `nationaux`,
/// `bureau` → `bureaux`, `Français` → `Français`.
pub fn plural(word: &str) -> String {
    if word.ends_with(['s', 'x', 'z']) {
        return word.to_owned();
    }
    if let Some(stem) = word.strip_suffix("al") {
        return format!("{stem}aux");
    }
    let takes_s = ["bleu", "pneu", "émeu"].iter().any(|w| word.ends_with(w));
    if word.ends_with("eau") || (word.ends_with("eu") && !takes_s) {
        return format!("{word}x");
    }
    format!("{word}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feminine_table() {
        let table = [
            ("afghan", "afghane"),
            ("américain", "américaine"),
            ("iranien", "iranienne"),
            ("européen", "européenne"),
            ("breton", "bretonne"),
            ("officiel", "officielle"),
            ("belge", "belge"),
            ("premier", "première"),
            ("offensif", "offensive"),
            ("national", "nationale"),
        ];
        for (m, f) in table {
            assert_eq!(feminine(m), f, "{m}");
        }
    }

    #[test]
    fn plural_table() {
        let table = [
            ("taliban", "talibans"),
            ("afghane", "afghanes"),
            ("national", "nationaux"),
            ("bureau", "bureaux"),
            ("Français", "Français"),
            ("prix", "prix"),
            ("feu", "feux"),
            ("bleu", "bleus"),
        ];
        for (s, p) in table {
            assert_eq!(plural(s), p, "{s}");
        }
    }

    #[test]
    fn short_and_numbered_words_are_left_alone() {
        assert_eq!(
            forms("armée de l'air"),
            ["armée de l'air", "armées de l'air"]
        );
        assert_eq!(forms("F-16"), ["F-16"]);
        assert_eq!(forms("de"), ["de"]);
    }
}
