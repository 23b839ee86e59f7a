//! The `date YYYY-MM[-DD]` header line some wire feeds put before the text.

/// A header at the start of a text: the date it gives and where it ends (bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Header<'t> {
    pub(crate) date: &'t str,
    pub(crate) end: usize,
}

/// Reads `date 2020-03`, `date 2020-03-05` (after optional white space) at the start
/// of `text`, followed by white space or the end.
pub(crate) fn read(text: &str) -> Option<Header<'_>> {
    let start = text.len() - text.trim_start().len();
    let rest = text[start..].strip_prefix("date")?;
    let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    if gap == 0 {
        return None;
    }
    let value_start = start + 4 + gap;
    let value_len = text[value_start..]
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(text.len() - value_start);
    let date = &text[value_start..value_start + value_len];
    let well_formed = matches!(date.len(), 7 | 10)
        && date.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let after = &text[value_start + value_len..];
    if !well_formed || !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return None;
    }
    Some(Header {
        date,
        end: value_start + value_len,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        let cases: &[(&str, Option<&str>)] = &[
            ("date 2020-03\nTexte", Some("2020-03")),
            (" date 2021-07 KABOUL (Reuters)", Some("2021-07")),
            ("date 2020-03-05", Some("2020-03-05")),
            ("date 2020", None),
            ("date 2020-03x", None),
            ("dates 2020-03 ", None),
            ("La date 2020-03", None),
            ("date\u{a0}2020-03", None),
            ("", None),
        ];
        for (text, expected) in cases {
            assert_eq!(read(text).map(|h| h.date), *expected, "{text:?}");
        }
        assert_eq!(read("date 2020-03\n").unwrap().end, 12);
    }
}
