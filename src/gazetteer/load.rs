//! The gazetteer file format: parsing and validation, with errors that say where and how
//! to fix.
//!
//! One entry a line, columns separated by tabs:
//!
//! ```text
//! # id          label  name       aliases                attributes                 flags
//! loc:helmand   LOC    Helmand    Hilmand|Helmund        wikidata=Q173864 country=AF
//! org:taliban   ORG    taliban    Taleban                cameo=AFGREB               inflect
//! org:isis      ORG    État islamique  Daech|ISIS|=EI    cameo=IMGMUSISI            priority=1
//! ```
//!
//! - `id`: stable and unique across all loaded files; no white space.
//! - `label`: `PER`, `LOC`, `ORG`, or a label of your own, in capitals (`[A-Z][A-Z0-9_]*`).
//! - `name`: the canonical name.
//! - `aliases` (optional): other names, separated by `|`; a leading `=` makes that alias
//!   case-sensitive (`=EI` matches `EI`, not `ei`).
//! - `attributes` (optional): `key=value` pairs separated by spaces.
//! - `flags` (optional), separated by commas: `case` (every name case-sensitive),
//!   `inflect` (plural and feminine forms match too), `priority=N` (-128 to 127, higher
//!   wins overlaps).
//!
//! Blank lines and lines starting with `#` are skipped. Trailing empty columns may be
//! left out.

use super::entry::{EntryFlags, EntryView};

/// A problem in one field, before it is placed in a file.
#[derive(Debug)]
pub(super) struct FieldError {
    /// Column index (0-based) of the field at fault.
    pub(super) field: usize,
    pub(super) message: String,
}

fn fail<T>(field: usize, message: impl Into<String>) -> Result<T, FieldError> {
    Err(FieldError {
        field,
        message: message.into(),
    })
}

pub(super) const ID: usize = 0;
const LABEL: usize = 1;
const NAME: usize = 2;
const ALIASES: usize = 3;
const ATTRIBUTES: usize = 4;
const FLAGS: usize = 5;

/// Parses the columns of one line into an entry borrowed from them.
pub(super) fn parse_line<'a>(fields: &[&'a str]) -> Result<EntryView<'a>, FieldError> {
    if fields.len() < 3 || fields.len() > 6 {
        let field = fields.len().min(6);
        return fail(
            field.saturating_sub(1),
            format!(
                "expected 3 to 6 tab-separated columns (id, label, name, aliases, attributes, flags), found {}: separate the columns with tabs",
                fields.len()
            ),
        );
    }
    let get = |i: usize| fields.get(i).copied().unwrap_or("");
    if let Some(pair) = get(ATTRIBUTES)
        .split_whitespace()
        .find(|pair| !pair.contains('='))
    {
        return fail(
            ATTRIBUTES,
            format!(
                "attribute `{pair}` has no `=`: write attributes as key=value, separated by spaces"
            ),
        );
    }
    let mut flags = EntryFlags::default();
    let mut priority = 0;
    for flag in get(FLAGS).split([',', ' ']).filter(|f| !f.is_empty()) {
        match flag {
            "case" => flags.case_sensitive = true,
            "inflect" => flags.inflect = true,
            _ => match flag.strip_prefix("priority=").map(str::parse::<i8>) {
                Some(Ok(p)) => priority = p,
                Some(Err(_)) => {
                    return fail(
                        FLAGS,
                        format!("bad priority `{flag}`: write priority=N with N from -128 to 127"),
                    );
                }
                None => {
                    return fail(
                        FLAGS,
                        format!(
                            "unknown flag `{flag}`: the flags are case, inflect and priority=N"
                        ),
                    );
                }
            },
        }
    }
    let columns = [
        get(ID),
        get(LABEL),
        get(NAME),
        get(ALIASES),
        get(ATTRIBUTES),
    ];
    let entry = EntryView::from_columns(columns, flags, priority);
    validate(&entry)?;
    Ok(entry)
}

/// Checks an entry, from a file or from code.
pub(super) fn validate(entry: &EntryView<'_>) -> Result<(), FieldError> {
    if entry.id.is_empty() {
        return fail(
            ID,
            "empty id: give the entry a stable identifier such as loc:helmand",
        );
    }
    if entry.id.chars().any(|c| c.is_whitespace() || c == '|') {
        return fail(
            ID,
            format!(
                "id `{}` contains white space or `|`: use letters, digits, `:`, `-`, `_`",
                entry.id
            ),
        );
    }
    if entry.label.is_empty() {
        return fail(
            LABEL,
            "missing label: write PER, LOC, ORG or a label of your own in capitals",
        );
    }
    if !super::is_label_name(entry.label) {
        return fail(
            LABEL,
            format!(
                "bad label `{}`: labels are capitals, digits and `_`, starting with a capital (PER, LOC, ORG, WEAPON)",
                entry.label
            ),
        );
    }
    check_name(
        entry.name,
        NAME,
        "name",
        "write the canonical name in column 3",
    )?;
    for alias in entry.aliases() {
        let bare = alias.strip_prefix('=').unwrap_or(alias);
        check_name(
            bare,
            ALIASES,
            "alias",
            "remove the extra `|` or write the alias",
        )?;
    }
    for (key, value) in entry.attributes() {
        let key_ok = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !key_ok {
            return fail(
                ATTRIBUTES,
                format!("bad attribute key `{key}`: use small letters, digits, `_` or `-`"),
            );
        }
        if value.is_empty() || value.chars().any(char::is_whitespace) {
            return fail(
                ATTRIBUTES,
                format!("attribute `{key}` needs a value without spaces: write {key}=value"),
            );
        }
    }
    Ok(())
}

fn check_name(name: &str, field: usize, what: &str, fix: &str) -> Result<(), FieldError> {
    if name.trim().is_empty() {
        return fail(field, format!("empty {what}: {fix}"));
    }
    if name.contains(['|', '\t', '\n']) {
        return fail(
            field,
            format!(
                "{what} `{name}` contains `|`, a tab or a line break: put aliases in column 4, one per `|`"
            ),
        );
    }
    if !name.chars().any(char::is_alphanumeric) {
        return fail(
            field,
            format!("{what} `{name}` has no letter or digit, so it could never match"),
        );
    }
    Ok(())
}

/// Splits a line into trimmed fields.
pub(super) fn split_fields(line: &str) -> Vec<&str> {
    // By bytes: a tab is one byte, and `split('\t')` costs more to set up than these
    // short lines take to scan.
    let mut fields = Vec::with_capacity(6);
    let mut start = 0;
    for (i, &b) in line.as_bytes().iter().enumerate() {
        if b == b'\t' {
            fields.push(line[start..i].trim());
            start = i + 1;
        }
    }
    fields.push(line[start..].trim());
    fields
}

/// The char column (1-based) where field `index` of `line` starts, for error messages:
/// counted only when there is an error to report (counting chars on every line took a
/// sixth of the time to load a large gazetteer).
pub(super) fn field_column(line: &str, index: usize) -> usize {
    let mut start = 0;
    for (k, field) in line.split('\t').enumerate() {
        if k == index {
            let lead = field.len() - field.trim_start().len();
            return line[..start + lead].chars().count() + 1;
        }
        start += field.len() + 1;
    }
    1
}

/// Whether a line holds no entry (blank or a comment).
pub(super) fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim_start();
    t.is_empty() || t.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<EntryView<'_>, String> {
        parse_line(&split_fields(line)).map_err(|e| e.message)
    }

    #[test]
    fn full_line() {
        let e = parse("org:isis\tORG\tÉtat islamique\tDaech| =EI \tcameo=IMGMUSISI wikidata=Q2429253\tinflect,priority=2").unwrap();
        assert_eq!(e.id, "org:isis");
        assert_eq!(e.aliases().collect::<Vec<_>>(), ["Daech", "=EI"]);
        assert_eq!(
            e.attributes().collect::<Vec<_>>(),
            [("cameo", "IMGMUSISI"), ("wikidata", "Q2429253")]
        );
        assert!(e.flags.inflect && !e.flags.case_sensitive);
        assert_eq!(e.priority, 2);
    }

    #[test]
    fn short_line() {
        let e = parse("loc:doha\tLOC\tDoha").unwrap();
        assert!(e.aliases().next().is_none() && e.attributes().next().is_none());
    }

    #[test]
    fn errors_say_how_to_fix() {
        let table = [
            ("loc:x LOC Doha", "expected 3 to 6 tab-separated columns"),
            ("\tLOC\tDoha", "empty id"),
            ("a b\tLOC\tDoha", "contains white space"),
            ("loc:x\t\tDoha", "missing label"),
            ("loc:x\tloc\tDoha", "bad label `loc`"),
            ("loc:x\tLOC\t", "empty name"),
            ("loc:x\tLOC\tDoha\ta||b", "empty alias"),
            (
                "loc:x\tLOC\tDoha\t\tcountry",
                "attribute `country` has no `=`",
            ),
            (
                "loc:x\tLOC\tDoha\t\tCountry=QA",
                "bad attribute key `Country`",
            ),
            ("loc:x\tLOC\tDoha\t\tcountry=", "needs a value"),
            ("loc:x\tLOC\tDoha\t\t\tloud", "unknown flag `loud`"),
            ("loc:x\tLOC\tDoha\t\t\tpriority=999", "bad priority"),
            ("loc:x\tLOC\t« »", "no letter or digit"),
            ("a\tLOC\tb\tc\td\te\tf", "found 7"),
        ];
        for (line, expected) in table {
            let err = parse(line).unwrap_err();
            assert!(err.contains(expected), "{line:?}: {err}");
        }
    }

    #[test]
    fn columns_are_char_based() {
        let line = "é:1\tLOC\t Été";
        let columns: Vec<usize> = (0..4).map(|k| field_column(line, k)).collect();
        assert_eq!(columns, [1, 5, 10, 1]);
    }
}
