//! Numbers as French news writes them: `43`, `5 000`, `1,5`, `trois`, `vingt-quatre`,
//! `une centaine`.

/// The value of a folded token written in digits: `43`, `5 000` (any space as
/// thousands separator), `1,5`, `1.5`.
pub(crate) fn digits_value(folded: &str) -> Option<f64> {
    // Most number tokens are a few plain digits: their value is exact in an f64 (below
    // 2^53), with no parsing.
    if (1..=15).contains(&folded.len()) && folded.bytes().all(|b| b.is_ascii_digit()) {
        let n = folded
            .bytes()
            .fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
        return Some(n as f64);
    }
    // Digits and one decimal point, gathered on the stack: this runs on every number
    // token of every document.
    let mut plain = [0u8; 48];
    let mut len = 0;
    let mut seen_digit = false;
    for b in folded.bytes() {
        let kept = match b {
            b'0'..=b'9' => {
                seen_digit = true;
                b
            }
            b' ' => continue,
            b',' | b'.' if seen_digit => b'.',
            _ => return None,
        };
        *plain.get_mut(len)? = kept;
        len += 1;
    }
    let plain = std::str::from_utf8(&plain[..len]).ok()?;
    if !seen_digit || plain.ends_with('.') {
        return None;
    }
    plain.parse().ok()
}

/// The number words that add their value (`trois`, `vingt`); `cent` and `mille`
/// multiply (see [`word_value`]).
const UNITS: &[(&str, u64)] = &[
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("vingts", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
];

/// Every word a number is written with, each a number alone (`trois`, `vingt`,
/// `cent`, `mille`): what the recognizer's vocabulary knows the value of.
pub(crate) fn number_words() -> impl Iterator<Item = &'static str> {
    UNITS
        .iter()
        .map(|(w, _)| *w)
        .chain(["cent", "cents", "mille"])
}

/// The value of a number written in words, one token (`trois`, `vingt-quatre`,
/// `quatre-vingt-dix`, `deux-cents`). The recognizer reads words of one part from its
/// vocabulary, and calls this for compounds.
pub(crate) fn word_value(folded: &str) -> Option<f64> {
    words_value(folded.split('-'))
}

/// The value of a number written in words over several tokens or parts (`deux`
/// `mille` `cinq` `cents`), each folded; hyphenated parts are read one by one.
pub(crate) fn words_value<'w>(words: impl IntoIterator<Item = &'w str>) -> Option<f64> {
    let mut total = 0u64;
    let mut current = 0u64;
    let mut any = false;
    for part in words
        .into_iter()
        .flat_map(|w| w.split('-'))
        .filter(|p| !p.is_empty())
    {
        match part {
            "et" => continue,
            "cent" | "cents" => current = current.max(1) * 100,
            "mille" => {
                total += current.max(1) * 1000;
                current = 0;
            }
            _ => {
                let v = UNITS.iter().find(|(w, _)| *w == part)?.1;
                // `quatre-vingt`: a multiplier before twenty.
                if v == 20 && current == 4 {
                    current = 80;
                } else {
                    current += v;
                }
            }
        }
        any = true;
    }
    any.then_some((total + current) as f64)
}

/// Approximate counts: `une centaine (de)` → 100, `des dizaines (de)` → tens.
pub(crate) fn approximate_value(folded: &str) -> Option<f64> {
    Some(match folded {
        "dizaine" | "dizaines" => 10.0,
        "douzaine" | "douzaines" => 12.0,
        "quinzaine" | "quinzaines" => 15.0,
        "vingtaine" | "vingtaines" => 20.0,
        "trentaine" | "trentaines" => 30.0,
        "quarantaine" | "quarantaines" => 40.0,
        "cinquantaine" | "cinquantaines" => 50.0,
        "soixantaine" | "soixantaines" => 60.0,
        "centaine" | "centaines" => 100.0,
        "millier" | "milliers" => 1000.0,
        "million" | "millions" => 1_000_000.0,
        "milliard" | "milliards" => 1_000_000_000.0,
        _ => return None,
    })
}

/// `v` times `scale` (a count word: `millier`, `million`), as the decimal number it
/// writes: `4,1 milliards` is 4 100 000 000, where binary arithmetic gives
/// 4 099 999 999.999 999 5. Both factors hold at most 15 significant digits, so the
/// product rounded to 15 is the number written.
pub(crate) fn scaled(v: f64, scale: f64) -> f64 {
    let product = v * scale;
    format!("{product:.14e}").parse().unwrap_or(product)
}

/// Any number token: digits or words.
#[cfg(test)]
pub(crate) fn value(folded: &str) -> Option<f64> {
    digits_value(folded).or_else(|| word_value(folded))
}

/// Writes a value without a useless `.0`.
pub(crate) fn format(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        let cases: &[(&str, Option<f64>)] = &[
            ("43", Some(43.0)),
            ("5 000", Some(5000.0)),
            ("1,5", Some(1.5)),
            ("trois", Some(3.0)),
            ("vingt-quatre", Some(24.0)),
            ("quatre-vingt-dix", Some(90.0)),
            ("soixante-et-onze", Some(71.0)),
            ("deux-cents", Some(200.0)),
            ("trois-mille", Some(3000.0)),
            ("une", Some(1.0)),
            ("troupes", None),
            ("", None),
            (",", None),
            ("12h30", None),
        ];
        for (text, expected) in cases {
            assert_eq!(value(text), *expected, "{text}");
        }
        assert_eq!(
            words_value(["deux", "mille", "cinq", "cents"]),
            Some(2500.0)
        );
        assert_eq!(words_value(["vingt", "et", "un"]), Some(21.0));
        assert_eq!(words_value(["vingt-deux", "mille"]), Some(22000.0));
        assert_eq!(words_value(["deux", "soldats"]), None);
        assert_eq!(approximate_value("centaine"), Some(100.0));
        assert_eq!(format(5000.0), "5000");
        assert_eq!(format(scaled(4.1, 1e9)), "4100000000");
        assert_eq!(format(scaled(2.3, 1e6)), "2300000");
        assert_eq!(format(scaled(1.15, 1e3)), "1150");
        assert_eq!(format(scaled(0.5, 1e6)), "500000");
        assert_eq!(format(1.5), "1.5");
    }
}
