//! Dates, times and durations, with ISO 8601 values resolved against the document date.
//!
//! | text | label | value (document dated 2021-07) |
//! |---|---|---|
//! | `1er mai 2021`, `samedi 1er mai` | DATE | `2021-05-01` |
//! | `1/05/2021`, `01.05.2021`, `2021-05-01` | DATE | `2021-05-01` |
//! | `11 septembre`, `31 août prochain` | DATE | `2021-09-11`, `2021-08-31` |
//! | `avril`, `novembre prochain`, `février 2020` | DATE | `2021-04`, `2021-11`, `2020-02` |
//! | `2016`, `XXe siècle`, `les années 1990` | DATE | `2016`, `19`, `199` (on `1990`) |
//! | `mercredi`, `samedi dernier`, `hier`, `ce matin`, `la nuit de mardi à mercredi` | DATE | the day (the night: the day it begins) when the document date has one, else none |
//! | `la semaine prochaine`, `cette semaine` | DATE | the ISO week (`2021-W27`) when the document date has a day |
//! | `cette année`, `ce mois-ci`, `la mi-mai` | DATE | `2021`, `2021-07`, `2021-05` |
//! | `le week-end dernier` | DATE | none |
//! | `12h30`, `à 16 heures`, `10h GMT` | TIME | `T12:30`, `T16:00`, `T10:00Z` |
//! | `14 mois`, `24 heures`, `trois ans` | DURATION | `P14M`, `PT24H`, `P3Y` |
//!
//! An age (`un homme de 34 ans`, `âgée de 17 ans`, `Karim B., 34 ans,`) is no
//! duration: it is left to the counts.
//!
//! A date without a year takes the year that puts it closest to the reference
//! (`dernier` and `prochain` choose the side); a weekday next to a day of month picks
//! the year where that day is that weekday, nearest the reference. The reference is
//! the document date, or else the first date of the text that has a month and a year
//! (a year alone dates the background more often than the text, a date of birth a
//! life). What cannot be resolved keeps no value, or a partial one (`XXXX-05-01`):
//! never a guess.

use super::context::Context;
use super::lexicon;
use super::numbers;
use crate::tokenizer::{TokenFlags, TokenKind};
use chrono::{Datelike, Days, NaiveDate};

/// A date, time or duration found in tokens `start..end`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) label: &'static str,
    pub(crate) value: Option<String>,
    pub(crate) rule: &'static str,
    /// Deictic or relative to the writing date, without a day number or a year
    /// (`mercredi`, `hier`, `avril`, `le mois dernier`).
    pub(crate) relative: bool,
}

/// What a document date or a date of the text tells: a year, maybe a month and a day.
///
/// ```
/// use gazette::recognizer::Reference;
/// assert!(Reference::parse("2020-03").is_some());
/// assert!(Reference::parse("2021-02-29").is_none()); // no such day
/// assert!(Reference::parse("mars 2020").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

impl Reference {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Reference> {
        let mut parts = s.trim().split('-');
        let year = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
        let month = match parts.next() {
            Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(d.parse().ok().filter(|d| (1..=31).contains(d))?),
            None => None,
        };
        if parts.next().is_some() || (day.is_some() && month.is_none()) {
            return None;
        }
        let r = Reference { year, month, day };
        if let (Some(m), Some(d)) = (month, day) {
            NaiveDate::from_ymd_opt(year, m, d)?;
        }
        Some(r)
    }

    fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }

    /// Months since year 0, for distances.
    fn month_index(&self) -> Option<i64> {
        Some(self.year as i64 * 12 + self.month? as i64 - 1)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relative {
    None,
    Last,
    Next,
}

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Calendar {
        weekday: Option<u32>,
        day: Option<u32>,
        month: u32,
        year: Option<i32>,
        relative: Relative,
    },
    Year(i32),
    YearRange(i32, i32),
    Century(i32),
    /// The decade of the 1990s as `199`.
    Decade(i32),
    WeekdayDay(u32, u32),
    Weekday(u32, Relative),
    Deictic(i64),
    YearOffset(i32),
    MonthOffset(i64),
    /// The week before (-1) or after (1) the document's, as an ISO week.
    WeekOffset(i64),
    Vague,
    /// Hour, minute, and whether in universal time (`GMT`, `UTC`).
    Time(u32, u32, bool),
    Duration(String),
    /// A holiday that follows Easter: days after Easter Sunday, and the year if given.
    Easter(i64, Option<i32>),
}

impl Expr {
    fn is_relative(&self) -> bool {
        match self {
            Expr::Calendar { day, year, .. } => day.is_none() && year.is_none(),
            Expr::Weekday(..)
            | Expr::Deictic(_)
            | Expr::YearOffset(_)
            | Expr::MonthOffset(_)
            | Expr::WeekOffset(_)
            | Expr::Vague => true,
            Expr::Year(_)
            | Expr::Easter(..)
            | Expr::YearRange(..)
            | Expr::Century(_)
            | Expr::Decade(_)
            | Expr::WeekdayDay(..)
            | Expr::Time(..)
            | Expr::Duration(_) => false,
        }
    }
}

struct Parsed {
    start: usize,
    end: usize,
    expr: Expr,
    rule: &'static str,
}

/// Finds every date, time and duration of the document, in order.
pub(crate) fn find(cx: &Context<'_, '_>, document_date: Option<Reference>) -> Vec<Found> {
    // French news writes a date or a duration every forty tokens or so.
    let mut parsed = Vec::with_capacity(cx.tokens.len() / 32 + 4);
    let mut i = 0;
    while i < cx.tokens.len() {
        match may_start(cx, i).then(|| parse_at(cx, i)).flatten() {
            Some(p) => {
                i = p.end;
                parsed.push(p);
            }
            None => i += 1,
        }
    }
    let reference = document_date.or_else(|| reference_in_text(cx, &parsed));
    parsed
        .into_iter()
        .map(|p| {
            let (label, value) = resolve(&p.expr, reference);
            Found {
                start: p.start,
                end: p.end,
                label,
                value,
                rule: p.rule,
                relative: p.expr.is_relative(),
            }
        })
        .collect()
}

/// ISO numbering: Monday is 1.
const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// Months and their abbreviations (folded, without the abbreviation's period).
const MONTHS: &[(&str, u32)] = &[
    ("janvier", 1),
    ("janv", 1),
    ("fevrier", 2),
    ("fevr", 2),
    ("fev", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("aout", 8),
    ("septembre", 9),
    ("sept", 9),
    ("octobre", 10),
    ("oct", 10),
    ("novembre", 11),
    ("nov", 11),
    ("decembre", 12),
    ("dec", 12),
];

/// Words a date, a time or a duration can start with besides weekdays, months, numbers
/// and roman centuries.
const OTHER_STARTS: &[&str] = &[
    "debut",
    "fin",
    "mi",
    "nuit",
    "soiree",
    "matinee",
    "journee",
    "week-end",
    "weekend",
    "an",
    "annee",
    "mois",
    "semaine",
    "ce",
    "cet",
    "cette",
    "hier",
    "avant-hier",
    "aujourd'hui",
    "demain",
    "apres-demain",
    "annees",
    "ete",
    "hiver",
    "printemps",
    "automne",
    "premier",
    "1er",
    "nouvel",
];

/// Holidays on a fixed day: folded word, month, day.
const FIXED_HOLIDAYS: &[(&str, u32, u32)] = &[
    ("noel", 12, 25),
    ("toussaint", 11, 1),
    ("saint-sylvestre", 12, 31),
    ("saint-valentin", 2, 14),
    ("assomption", 8, 15),
];

/// Holidays that move with Easter: folded word, days after Easter Sunday.
const EASTER_HOLIDAYS: &[(&str, i64)] = &[("paques", 0), ("ascension", 39), ("pentecote", 49)];

/// Every word a date can start with, abbreviations with their period too (`janv.`):
/// the recognizer's [`lexicon::Vocabulary`] marks them.
pub(crate) fn start_words() -> impl Iterator<Item = String> {
    let words = || {
        WEEKDAYS
            .iter()
            .chain(MONTHS.iter().map(|(m, _)| m))
            .chain(OTHER_STARTS)
            .chain(FIXED_HOLIDAYS.iter().map(|(h, ..)| h))
            .chain(EASTER_HOLIDAYS.iter().map(|(h, _)| h))
    };
    words()
        .map(|w| (*w).to_owned())
        .chain(words().map(|w| format!("{w}.")))
        // `la mi-mai`: one token.
        .chain(MONTHS.iter().map(|(m, _)| format!("mi-{m}")))
}

/// A cheap first test, so that most tokens are passed over at once.
fn may_start(cx: &Context<'_, '_>, i: usize) -> bool {
    cx.tokens[i].kind() == TokenKind::Number || cx.is_date_start(i) || cx.number(i).is_some() || {
        let f = cx.folded(i);
        f.starts_with(['i', 'v', 'x']) && roman_century(f).is_some()
    }
}

/// The reference a text gives itself when the document has no date: its first full
/// date (a weekday fixes a day and month against the text's first year), else its
/// first month and year. A year alone is no reference: it most often dates the
/// background (`depuis 2015`, `en 2023`), and a day resolved against it is a guess;
/// nor is a date of birth.
fn reference_in_text(cx: &Context<'_, '_>, parsed: &[Parsed]) -> Option<Reference> {
    // A date of birth (`né à Paris le 3 décembre 1930`) dates a life, never the text.
    let born = |p: &&Parsed| {
        (p.start.saturating_sub(6)..p.start).any(|k| {
            matches!(
                cx.tokens[k].text(),
                "né" | "née" | "nés" | "nées" | "Né" | "Née" | "Nés" | "Nées"
            )
        })
    };
    let dates = || parsed.iter().filter(|p| !born(p));
    let text_year = dates().find_map(|p| match p.expr {
        Expr::Calendar { year: Some(y), .. } | Expr::Year(y) => Some(y),
        _ => None,
    });
    let full = dates().find_map(|p| match p.expr {
        Expr::Calendar {
            day: Some(day),
            month,
            year: Some(year),
            ..
        } => Some(Reference {
            year,
            month: Some(month),
            day: Some(day),
        }),
        Expr::Calendar {
            weekday: Some(w),
            day: Some(day),
            month,
            year: None,
            ..
        } => {
            let base = Reference {
                year: text_year?,
                month: None,
                day: None,
            };
            Reference::parse(&calendar(
                Some(w),
                Some(day),
                month,
                None,
                Relative::None,
                Some(base),
            ))
        }
        _ => None,
    });
    full.or_else(|| {
        dates().find_map(|p| match p.expr {
            Expr::Calendar {
                month,
                year: Some(year),
                ..
            } => Some(Reference {
                year,
                month: Some(month),
                day: None,
            }),
            _ => None,
        })
    })
}

fn weekday(w: &str) -> Option<u32> {
    WEEKDAYS.iter().position(|d| *d == w).map(|k| k as u32 + 1)
}

fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    MONTHS.iter().find(|(m, _)| *m == w).map(|&(_, n)| n)
}

fn relative(w: &str) -> Relative {
    match w {
        "dernier" | "derniere" | "derniers" | "dernieres" | "passe" | "passee" => Relative::Last,
        "prochain" | "prochaine" | "prochains" | "prochaines" => Relative::Next,
        _ => Relative::None,
    }
}

fn small_number(cx: &Context<'_, '_>, i: usize) -> Option<u32> {
    let t = cx.tokens.get(i)?;
    if t.kind() != TokenKind::Number {
        return None;
    }
    let f = cx.folded(i);
    if f.len() > 2 || !f.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    f.parse().ok()
}

/// A range of years written as one token: `2015-2016`.
fn year_range(folded: &str) -> Option<(i32, i32)> {
    let (from, to) = folded.split_once('-')?;
    let (from, to) = (from.parse::<i32>().ok()?, to.parse::<i32>().ok()?);
    (folded.len() == 9 && (1000..=2199).contains(&from) && from < to && to <= from + 100)
        .then_some((from, to))
}

/// Whether token `i` is a year or a range of years (`2016`, `2016-2017`), whatever
/// its context.
pub(crate) fn is_year(cx: &Context<'_, '_>, i: usize) -> bool {
    year_number(cx, i).is_some() || year_range(cx.folded(i)).is_some()
}

/// A holiday at `i`, written with its capital, and the year that may follow: `à Noël`,
/// `la Toussaint 2016`, `Pâques`, `le Nouvel An`; returns where it ends.
fn holiday(cx: &Context<'_, '_>, i: usize, limit: usize) -> Option<(usize, Expr)> {
    // In lower case these are common words (`l'ascension du mont Blanc`).
    if !cx.is(i, TokenFlags::CAPITALIZED) {
        return None;
    }
    let f = cx.folded(i);
    enum Day {
        Fixed { month: u32, day: u32 },
        AfterEaster(i64),
    }
    let (end, day) = if f == "nouvel" && i + 1 < limit && cx.folded(i + 1) == "an" {
        (i + 2, Day::Fixed { month: 1, day: 1 })
    } else if let Some(&(_, month, day)) = FIXED_HOLIDAYS.iter().find(|(h, ..)| *h == f) {
        (i + 1, Day::Fixed { month, day })
    } else if let Some(&(_, days)) = EASTER_HOLIDAYS.iter().find(|(h, _)| *h == f) {
        (i + 1, Day::AfterEaster(days))
    } else {
        return None;
    };
    // `Noël Mamère`, `Toussaint Louverture`: a name; `le Père Noël`, `l'île de Pâques`.
    let before = |k: usize| i.checked_sub(k).map_or("", |b| cx.folded(b));
    if (end < limit && cx.is_capitalised(end))
        || before(1) == "pere"
        || (before(1) == "de" && before(2) == "ile")
    {
        return None;
    }
    let year = (end < limit).then(|| year_number(cx, end)).flatten();
    let expr = match day {
        Day::Fixed { month, day } => Expr::Calendar {
            weekday: None,
            day: Some(day),
            month,
            year,
            relative: Relative::None,
        },
        Day::AfterEaster(days) => Expr::Easter(days, year),
    };
    Some((end + usize::from(year.is_some()), expr))
}

/// Easter Sunday of `year` (the Gregorian computus).
fn easter(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The year written at `i`: four digits, 1000 to 2199.
pub(crate) fn year_number(cx: &Context<'_, '_>, i: usize) -> Option<i32> {
    let f = cx.folded(i);
    (f.len() == 4 && f.bytes().all(|b| b.is_ascii_digit()))
        .then(|| f.parse().ok())
        .flatten()
        .filter(|y| (1000..=2199).contains(y))
}

/// A date written in figures at `i`, day first as in French (`5/03/2021`, `05.03.2021`)
/// or in ISO order (`2021-03-05`), with a four-digit year and a day that exists; returns
/// the token after it, the day, the month and the year.
fn numeric_date(cx: &Context<'_, '_>, i: usize, limit: usize) -> Option<(usize, u32, u32, i32)> {
    let f = cx.folded(i);
    if !f.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    let ([a, b, c], end) = if f.contains(['.', '-']) {
        // One token: `05.03.2021`, `2021-03-05`.
        let mut parts = f.split(['.', '-']);
        let three = [parts.next()?, parts.next()?, parts.next()?];
        if parts.next().is_some() {
            return None;
        }
        (three, i + 1)
    } else {
        // `5/03/2021` is five tokens, written without spaces.
        let glued = (i + 1..i + 5).all(|k| k < limit && !cx.is(k, TokenFlags::SPACE_BEFORE));
        if !(glued && cx.folded(i + 1) == "/" && cx.folded(i + 3) == "/") {
            return None;
        }
        ([f, cx.folded(i + 2), cx.folded(i + 4)], i + 5)
    };
    if ![a, b, c].into_iter().all(digits) {
        return None;
    }
    let (day, month, year) = match (a.len(), c.len()) {
        (1 | 2, 4) => (a, b, c),
        (4, 1 | 2) if f.contains('-') => (c, b, a),
        _ => return None,
    };
    let (day, month, year) = (day.parse().ok()?, month.parse().ok()?, year.parse().ok()?);
    NaiveDate::from_ymd_opt(year, month, day)?;
    Some((end, day, month, year))
}

/// A day of month at `i`: `3`, `1er`, `1 er`, `premier`; returns it and the next token.
fn day_of_month(cx: &Context<'_, '_>, i: usize, limit: usize) -> Option<(u32, usize)> {
    if i >= limit {
        return None;
    }
    let f = cx.folded(i);
    if f == "1er" || f == "premier" {
        return Some((1, i + 1));
    }
    // `le quatorze juillet`: a day written out, right before its month and after a word
    // that announces a date (not `vingt et un juin`, nor `les deux mars`).
    let written_out = || {
        let n = cx.number(i)?;
        let month_next = i + 1 < limit && month(cx.folded(i + 1)).is_some();
        let announced = i > 0
            && (matches!(
                cx.folded(i - 1),
                "le" | "du" | "au" | "ce" | "des" | "depuis" | "jusqu'au" | "avant" | "apres"
            ) || weekday(cx.folded(i - 1)).is_some());
        (cx.tokens[i].kind() == TokenKind::Word && month_next && announced && n.fract() == 0.0)
            .then_some(n as u32)
    };
    let d = small_number(cx, i)
        .or_else(written_out)
        .filter(|d| (1..=31).contains(d))?;
    if d == 1 && i + 1 < limit && cx.folded(i + 1) == "er" {
        return Some((1, i + 2));
    }
    Some((d, i + 1))
}

fn parse_at(cx: &Context<'_, '_>, i: usize) -> Option<Parsed> {
    let limit = cx.sentence_end(i);
    let f = cx.folded(i);
    let at = |k: usize| if k < limit { cx.folded(k) } else { "" };
    let parsed = |end, expr, rule| {
        Some(Parsed {
            start: i,
            end,
            expr,
            rule,
        })
    };

    // `cette semaine`, `cette année`, `ce mois-ci`: the period of the document date
    // (not `ce mois de mars`, which the month dates); `ce matin`, `cet après-midi`,
    // `ce soir`, `cette nuit`: its day. First, as `ce` starts nothing else.
    if matches!(f, "ce" | "cet" | "cette") {
        let month_named = matches!(at(i + 2), "de" | "d'") && month(at(i + 3)).is_some();
        let (expr, rule) = match at(i + 1) {
            _ if month_named => return None,
            "annee" => (Expr::YearOffset(0), "date/relative-period"),
            "mois" | "mois-ci" => (Expr::MonthOffset(0), "date/relative-period"),
            "semaine" => (Expr::WeekOffset(0), "date/relative-period"),
            "matin" | "apres-midi" | "soir" | "nuit" => (Expr::Deictic(0), "date/deictic"),
            _ => return None,
        };
        return parsed(i + 2, expr, rule);
    }

    // Times: 12h30, 12 h 30, 14:30, 16 heures; `10h GMT`, `12h00 UTC` in universal time.
    let time = |end: usize, hour: u32, minute: u32, rule| {
        let utc = matches!(at(end), "gmt" | "utc");
        parsed(end + usize::from(utc), Expr::Time(hour, minute, utc), rule)
    };
    if let Some(hour) = small_number(cx, i).filter(|h| *h <= 24) {
        let unit = at(i + 1);
        if unit == "h" || (unit == ":" && !cx.is(i + 1, TokenFlags::SPACE_BEFORE)) {
            let (minute, end) = match small_number(cx, i + 2).filter(|_| i + 2 < limit) {
                Some(m) if m < 60 => (m, i + 3),
                _ if unit == ":" => return None,
                _ => (0, i + 2),
            };
            return time(end, hour, minute, "time/clock");
        }
        if matches!(unit, "heure" | "heures") {
            let before = if i > 0 { cx.folded(i - 1) } else { "" };
            // `moins de 10 heures`, `plus de 10 heures`: an amount of hours.
            let amount = before == "de"
                && i > 1
                && matches!(cx.folded(i - 2), "moins" | "plus" | "pres" | "autour");
            if lexicon::TIME_PREPOSITIONS.contains(&before) && hour < 24 && !amount {
                let (minute, end) = match small_number(cx, i + 2).filter(|_| i + 2 < limit) {
                    Some(m) if m < 60 => (m, i + 3),
                    _ => (0, i + 2),
                };
                return time(end, hour, minute, "time/heures");
            }
        }
    }

    // Durations: 14 mois, trois ans, 24 heures, trois cents ans; not ages (`un homme
    // de 34 ans`).
    if let Some((n, after)) = cx.number_span(i, limit)
        && let Some(unit) = duration_unit_after(cx, i, after, limit)
    {
        let amount = numbers::format(n);
        let value = match unit {
            'H' | 'm' => format!("PT{amount}{}", unit.to_ascii_uppercase()),
            _ => format!("P{amount}{unit}"),
        };
        return parsed(after + 1, Expr::Duration(value), "duration/number-unit");
    }

    if let Some((end, expr)) = holiday(cx, i, limit) {
        return parsed(end, expr, "date/holiday");
    }

    // Ranges of days, `du 13 au 15 juin`: as TimeML does, two dates, the first taking
    // the month and year of the second, which is read next on its own.
    if let Some((from, next)) = day_of_month(cx, i, limit)
        && (matches!(at(next), "au" | "et")
            || (at(next) == "-" && !cx.is(next, TokenFlags::SPACE_BEFORE)))
        && let Some((to, after)) = day_of_month(cx, next + 1, limit)
        && let Some(m) = month(at(after))
        && from < to
    {
        let year = year_number(cx, after + 1).filter(|_| after + 1 < limit);
        return Some(Parsed {
            start: i,
            end: next,
            expr: Expr::Calendar {
                weekday: None,
                day: Some(from),
                month: m,
                year,
                relative: Relative::None,
            },
            rule: "date/day-range-start",
        });
    }
    if let Some((end, day, month, year)) = numeric_date(cx, i, limit) {
        let expr = Expr::Calendar {
            weekday: None,
            day: Some(day),
            month,
            year: Some(year),
            relative: Relative::None,
        };
        return parsed(end, expr, "date/numeric");
    }
    // Calendar dates, optionally introduced by a weekday or `début`/`fin`.
    let mut k = i;
    if matches!(f, "debut" | "fin" | "mi") && month(at(i + 1)).is_some() {
        k += 1;
    }
    let wd = weekday(at(k));
    let after_weekday = if wd.is_some() { k + 1 } else { k };
    let (day, after_day) = match day_of_month(cx, after_weekday, limit) {
        Some((d, next)) if month(at(next)).is_some() => (Some(d), next),
        _ => (None, after_weekday),
    };
    // `la mi-mai`, `mi-novembre 2023` (one token): the month, as `mi mai` is.
    let month_at = |k: usize| month(at(k).strip_prefix("mi-").unwrap_or(at(k)));
    if let Some(m) = month_at(after_day)
        && (day.is_some() || month_word_is_date(cx, after_day, limit))
    {
        let mut end = after_day + 1;
        let year = year_number(cx, end).filter(|_| end < limit);
        if year.is_some() {
            end += 1;
        }
        let rel = relative(at(end));
        if rel != Relative::None {
            end += 1;
        }
        let start_weekday = if day.is_some() { wd } else { None };
        let start = if wd.is_some() && day.is_none() {
            after_weekday
        } else {
            i
        };
        return Some(Parsed {
            start,
            end,
            expr: Expr::Calendar {
                weekday: start_weekday,
                day,
                month: m,
                year,
                relative: rel,
            },
            rule: if day.is_some() {
                "date/day-month"
            } else {
                "date/month"
            },
        });
    }
    // A weekday and a day without the month: `samedi 16`.
    if let Some(w) = weekday(f)
        && let Some((d, end)) = day_of_month(cx, i + 1, limit)
        && (end >= limit
            || cx.tokens[end].kind() != TokenKind::Word
            || cx.is_function_word(end)
            || cx.is_capitalised(end))
    {
        return parsed(end, Expr::WeekdayDay(w, d), "date/weekday-day");
    }
    // `jeudi soir`, `hier matin`: the part of the day goes with the day.
    let part_of_day = |k: usize| {
        usize::from(matches!(
            at(k),
            "matin" | "soir" | "midi" | "apres-midi" | "soiree" | "matinee"
        ))
    };
    if let Some(w) = weekday(f) {
        let mut end = i + 1;
        end += part_of_day(end);
        let rel = relative(at(end));
        if rel != Relative::None {
            end += 1;
        }
        // `doit rencontrer jeudi`: a weekday in a sentence about what is to come is the
        // next one; otherwise news reports what happened, so the last one.
        let rel = if rel == Relative::None && announces_future(cx, i, limit) {
            Relative::Next
        } else {
            rel
        };
        return parsed(end, Expr::Weekday(w, rel), "date/weekday");
    }

    // The night of Tuesday to Wednesday; the weekend; last week, last year.
    if matches!(f, "nuit" | "soiree" | "matinee" | "journee")
        && matches!(at(i + 1), "de" | "du")
        && let Some(first) = weekday(at(i + 2))
    {
        let mut end = i + 3;
        if matches!(at(end), "a" | "au") && weekday(at(end + 1)).is_some() {
            end += 2;
        }
        // Dated by the day it begins, read as a weekday alone is.
        let rel = if announces_future(cx, i, limit) {
            Relative::Next
        } else {
            Relative::None
        };
        return parsed(end, Expr::Weekday(first, rel), "date/night-of");
    }
    if matches!(f, "week-end" | "weekend") {
        let rel = relative(at(i + 1));
        let end = if rel == Relative::None { i + 1 } else { i + 2 };
        return parsed(end, Expr::Vague, "date/weekend");
    }
    if matches!(f, "an" | "annee" | "mois" | "semaine") {
        let rel = relative(at(i + 1));
        if rel != Relative::None {
            let step = if rel == Relative::Last { -1 } else { 1 };
            let expr = match f {
                "an" | "annee" => Expr::YearOffset(step),
                "mois" => Expr::MonthOffset(step as i64),
                _ => Expr::WeekOffset(step as i64),
            };
            return parsed(i + 2, expr, "date/relative-period");
        }
    }
    let days = match f {
        "hier" => Some(-1),
        "avant-hier" => Some(-2),
        "aujourd'hui" => Some(0),
        "demain" => Some(1),
        "apres-demain" => Some(2),
        _ => None,
    };
    if let Some(days) = days {
        let end = i + 1 + part_of_day(i + 1);
        return parsed(end, Expr::Deictic(days), "date/deictic");
    }

    // Centuries: XXe siècle, XXIe siècle, XX e siècle.
    if let Some(c) = roman_century(f) {
        let mut end = i + 1;
        if matches!(at(end), "e" | "eme") && f.chars().all(|c| c.is_ascii_alphabetic()) {
            end += 1;
        }
        if at(end) == "siecle" {
            return parsed(end + 1, Expr::Century(c), "date/century");
        }
    }

    // Decades: `les années 1990`, `les années 90`, `les années 2000`. The number is
    // the entity, as named-entity corpora mark it, and its value the decade.
    if f == "annees"
        && i + 1 < limit
        && let Some(decade) = decade(cx.folded(i + 1))
    {
        return Some(Parsed {
            start: i + 1,
            end: i + 2,
            expr: Expr::Decade(decade),
            rule: "date/decade",
        });
    }

    // Seasons with a year: `l'été 2002`.
    if matches!(f, "ete" | "hiver" | "printemps" | "automne")
        && let Some(y) = year_number(cx, i + 1).filter(|_| i + 1 < limit)
    {
        return parsed(i + 2, Expr::Year(y), "date/season-year");
    }
    // A range of years, one token for the tokenizer: `2015-2016`.
    if let Some((from, to)) = year_range(f) {
        return parsed(i + 1, Expr::YearRange(from, to), "date/year-range");
    }
    // A year alone, unless it counts something (`2000 soldats`) or names something
    // (`2014 UZ224`).
    if let Some(y) = year_number(cx, i) {
        let before = if i > 0 { cx.folded(i - 1) } else { "" };
        let supported = lexicon::DATE_PREPOSITIONS.contains(&before)
            || matches!(
                before,
                "annee" | "annees" | "saison" | "edition" | "an" | "("
            );
        let next = i + 1;
        // What a year-like number counts is a plural noun (`2000 soldats`); a verb
        // after a year is its predicate (`2016 commence`).
        let counts = next < limit && cx.is_plural_noun(next);
        let names = next < limit
            && cx.tokens[next].kind() == TokenKind::Word
            && cx.is(next, TokenFlags::ALL_CAPS);
        let in_number = next < limit
            && matches!(cx.folded(next), "," | ".")
            && !cx.is(next, TokenFlags::SPACE_BEFORE)
            && !cx.is(next + 1, TokenFlags::SPACE_BEFORE)
            && small_number(cx, next + 1).is_some();
        // Right after a name, a year is part of it: `Euro 2016`, `championnat de
        // France 2016`, `Rio 2016` name events, not dates.
        let after_name = i > 0 && cx.is_capitalised(i - 1) && !supported;
        let plausible = supported || (1900..=2100).contains(&y);
        if plausible && (supported || !counts) && !names && !in_number && !after_name {
            return parsed(next, Expr::Year(y), "date/year");
        }
    }
    None
}

/// Whether the clause around token `i` speaks of the future (`doit`, `devrait`, `va`,
/// `prévu`, a verb in the future tense such as `se rendra`).
fn announces_future(cx: &Context<'_, '_>, i: usize, limit: usize) -> bool {
    let mut from = i;
    while from > 0 && i - from < 8 && cx.sentence_end(from - 1) == limit {
        from -= 1;
    }
    (from..limit.min(i + 4)).any(|k| {
        let w = cx.folded(k);
        lexicon::FUTURE_CUES.contains(&w)
            || (w.len() > 5
                && (w.ends_with("era")
                    || w.ends_with("ira")
                    || w.ends_with("eront")
                    || w.ends_with("iront"))
                && !cx.is_capitalised(k))
    })
}

/// A month name alone is a date only in lower case (`en avril`) or at the start of a
/// sentence; `Mars` inside a sentence is the planet or a name.
fn month_word_is_date(cx: &Context<'_, '_>, i: usize, limit: usize) -> bool {
    if i >= limit {
        return false;
    }
    let t = &cx.tokens[i];
    let word = cx.folded(i);
    // `mai` and `mars` are also common words and names: only with a year, a
    // `dernier`/`prochain`, or after a preposition that asks for a date.
    let before = if i > 0 { cx.folded(i - 1) } else { "" };
    let next = if i + 1 < limit { cx.folded(i + 1) } else { "" };
    let supported = lexicon::DATE_PREPOSITIONS.contains(&before)
        || relative(next) != Relative::None
        || year_number(cx, i + 1).is_some();
    let lower = !t.is(TokenFlags::CAPITALIZED) || t.is(TokenFlags::SENTENCE_START);
    if word == "mars" || word == "mai" {
        return lower && supported;
    }
    lower || supported
}

/// The unit of the duration whose number starts at `i` and ends before `unit_at` (`20
/// minutes`, `trois cents ans`), unless the number is an age: what a count leaves to
/// this module, modifier or not (`près de 20 minutes`).
pub(crate) fn duration_unit_after(
    cx: &Context<'_, '_>,
    i: usize,
    unit_at: usize,
    limit: usize,
) -> Option<char> {
    let unit = duration_unit(if unit_at < limit {
        cx.folded(unit_at)
    } else {
        ""
    })?;
    (!is_age(cx, i, unit_at, unit, limit)).then_some(unit)
}

/// Whether the number of years (or months, weeks, days) at `i`, its unit at `unit_at`,
/// is someone's age rather than a duration: after `âgé de` or `l'âge de`, after a noun
/// of people and `de` (`un homme de 34 ans`, `un bébé de 3 mois`), or in apposition to
/// a name (`Karim B., 34 ans,`, `Jeanne Roux (52 ans)`), or as the second of two ages
/// (`âgés de 19 et 23 ans`). `N ans de …` stays a duration
/// (`un soldat de 20 ans de carrière`), and so does `à 20 ans`, as in `condamné à 20
/// ans`.
fn is_age(cx: &Context<'_, '_>, i: usize, unit_at: usize, unit: char, limit: usize) -> bool {
    if unit == 'H' || unit == 'm' {
        return false;
    }
    let before = |back: usize| i.checked_sub(back).map_or("", |k| cx.folded(k));
    let after = if unit_at + 1 < limit {
        cx.folded(unit_at + 1)
    } else {
        ""
    };
    if matches!(after, "de" | "d'") {
        return false;
    }
    let of_age = |noun: &str| {
        matches!(noun, "age" | "agee" | "ages" | "agees") || lexicon::PERSON_NOUNS.contains(&noun)
    };
    if matches!(before(1), "de" | "d'") {
        return of_age(before(2));
    }
    // `âgés de 19 et 23 ans`, `des jeunes de 15 à 17 ans`: the second of two ages.
    if matches!(before(1), "et" | "a" | "ou")
        && i >= 2
        && cx.number(i - 2).is_some()
        && matches!(before(3), "de" | "d'")
    {
        return of_age(before(4));
    }
    let closes = match before(1) {
        "," => matches!(after, "," | ")" | "." | ";" | ""),
        "(" => after == ")",
        _ => false,
    };
    // The name may end with an initial and its period (`Karim B.`).
    let name_before = |k: usize| {
        cx.is_capitalised(k) || (cx.folded(k) == "." && k > 0 && cx.is_capitalised(k - 1))
    };
    unit == 'Y' && closes && i >= 2 && name_before(i - 2)
}

fn duration_unit(w: &str) -> Option<char> {
    Some(match w {
        "an" | "ans" | "annee" | "annees" => 'Y',
        "mois" => 'M',
        "semaine" | "semaines" => 'W',
        "jour" | "jours" | "journee" | "journees" => 'D',
        "heure" | "heures" => 'H',
        "minute" | "minutes" => 'm',
        _ => return None,
    })
}

/// `date` moved by `days`, forwards or backwards.
fn shift_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days < 0 {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    }
}

/// `1990`, `90` (the 1900s for two digits) as the decade number ISO 8601 writes: `199`.
fn decade(w: &str) -> Option<i32> {
    if !w.bytes().all(|b| b.is_ascii_digit()) || !w.ends_with('0') {
        return None;
    }
    let year: i32 = match w.len() {
        4 => w.parse().ok().filter(|y| (1000..=2190).contains(y))?,
        2 => 1900 + w.parse::<i32>().ok()?,
        _ => return None,
    };
    Some(year / 10)
}

/// `xx`, `xxi` (folded) as the century number ISO 8601 writes (`19` for the 1900s).
fn roman_century(w: &str) -> Option<i32> {
    let letters = w
        .strip_suffix("eme")
        .or_else(|| w.strip_suffix('e'))
        .unwrap_or(w);
    if letters.is_empty() || !letters.chars().all(|c| matches!(c, 'i' | 'v' | 'x')) {
        return None;
    }
    let mut total = 0;
    let mut prev = 0;
    for c in letters.chars().rev() {
        let v = match c {
            'i' => 1,
            'v' => 5,
            _ => 10,
        };
        if v < prev {
            total -= v;
        } else {
            total += v;
            prev = v;
        }
    }
    (1..=30).contains(&total).then_some(total - 1)
}

fn resolve(expr: &Expr, reference: Option<Reference>) -> (&'static str, Option<String>) {
    let value = match *expr {
        Expr::Time(h, m, utc) => {
            let iso = Iso::new("T").num(h, 2).sep(':').num(m, 2).0;
            return ("TIME", Some(if utc { iso + "Z" } else { iso }));
        }
        Expr::Duration(ref v) => return ("DURATION", Some(v.clone())),
        Expr::Year(y) => Some(Iso::new("").num(y, 4).0),
        Expr::YearRange(from, to) => Some(Iso::new("").num(from, 4).sep('/').num(to, 4).0),
        Expr::WeekdayDay(w, d) => reference.and_then(|r| {
            // The month where day `d` is weekday `w`, nearest the reference month.
            let base = r.month_index()?;
            (0..=12i64)
                .flat_map(|delta| [base - delta, base + delta])
                .find_map(|m| {
                    let date = NaiveDate::from_ymd_opt(
                        m.div_euclid(12) as i32,
                        m.rem_euclid(12) as u32 + 1,
                        d,
                    )?;
                    (date.weekday().number_from_monday() == w).then(|| iso(date))
                })
        }),
        Expr::Century(c) => Some(Iso::new("").num(c, 2).0),
        Expr::Decade(d) => Some(Iso::new("").num(d, 3).0),
        Expr::Calendar {
            weekday,
            day,
            month,
            year,
            relative,
        } => Some(calendar(weekday, day, month, year, relative, reference)),
        Expr::Weekday(w, rel) => reference
            .and_then(|r| r.date())
            .map(|d| iso(nearest_weekday(d, w, rel))),
        Expr::Deictic(offset) => reference
            .and_then(|r| r.date())
            .and_then(|d| shift_days(d, offset))
            .map(iso),
        Expr::YearOffset(step) => reference.map(|r| Iso::new("").num(r.year + step, 4).0),
        Expr::MonthOffset(step) => reference.and_then(|r| r.month_index()).map(|m| {
            let m = m + step;
            Iso::new("")
                .num(m.div_euclid(12), 4)
                .sep('-')
                .num(m.rem_euclid(12) + 1, 2)
                .0
        }),
        Expr::WeekOffset(step) => reference.and_then(|r| r.date()).and_then(|d| {
            let week = shift_days(d, 7 * step)?.iso_week();
            Some(
                Iso::new("")
                    .num(week.year(), 4)
                    .sep('-')
                    .sep('W')
                    .num(week.week(), 2)
                    .0,
            )
        }),
        Expr::Easter(days, year) => {
            let in_year = |y: i32| easter(y).and_then(|sunday| shift_days(sunday, days));
            match (year, reference) {
                (Some(y), _) => in_year(y),
                // The one nearest the document's day, before or after it.
                (None, Some(r)) => match r.date() {
                    Some(today) => [r.year - 1, r.year, r.year + 1]
                        .into_iter()
                        .filter_map(in_year)
                        .min_by_key(|d| (*d - today).num_days().abs()),
                    None => in_year(r.year),
                },
                (None, None) => None,
            }
            .map(iso)
        }
        Expr::Vague => None,
    };
    ("DATE", value)
}

fn calendar(
    weekday: Option<u32>,
    day: Option<u32>,
    month: u32,
    year: Option<i32>,
    relative: Relative,
    reference: Option<Reference>,
) -> String {
    let year = year.or_else(|| {
        let r = reference?;
        if let (Some(w), Some(d)) = (weekday, day) {
            // The weekday fixes the year: the nearest one where the day is that weekday.
            let mut best: Option<i32> = None;
            for delta in 0..=14 {
                for y in [r.year + delta, r.year - delta] {
                    let fits = NaiveDate::from_ymd_opt(y, month, d)
                        .is_some_and(|date| date.weekday().number_from_monday() == w);
                    if fits && best.is_none() {
                        best = Some(y);
                    }
                }
            }
            if best.is_some() {
                return best;
            }
        }
        let Some(ref_month) = r.month_index() else {
            return Some(r.year);
        };
        let candidates = [r.year - 1, r.year, r.year + 1];
        let distance = |y: i32| y as i64 * 12 + month as i64 - 1 - ref_month;
        let pick = match relative {
            Relative::Next => candidates.into_iter().find(|&y| distance(y) >= 0),
            Relative::Last => candidates.into_iter().rev().find(|&y| distance(y) <= 0),
            Relative::None => candidates.into_iter().min_by_key(|&y| distance(y).abs()),
        };
        pick.or(Some(r.year))
    });
    match (year, day) {
        (Some(y), Some(d)) if NaiveDate::from_ymd_opt(y, month, d).is_some() => {
            Iso::new("")
                .num(y, 4)
                .sep('-')
                .num(month, 2)
                .sep('-')
                .num(d, 2)
                .0
        }
        (Some(_), Some(d)) | (None, Some(d)) => {
            Iso::new("XXXX-").num(month, 2).sep('-').num(d, 2).0
        }
        (Some(y), None) => Iso::new("").num(y, 4).sep('-').num(month, 2).0,
        (None, None) => Iso::new("XXXX-").num(month, 2).0,
    }
}

fn iso(d: NaiveDate) -> String {
    Iso::new("")
        .num(d.year(), 4)
        .sep('-')
        .num(d.month(), 2)
        .sep('-')
        .num(d.day(), 2)
        .0
}

/// An ISO 8601 value written piece by piece: `format!` cost more than finding the
/// date, and every date of every document is written.
struct Iso(String);

impl Iso {
    fn new(prefix: &str) -> Iso {
        let mut s = String::with_capacity(16);
        s.push_str(prefix);
        Iso(s)
    }

    /// `n` zero-padded to `width` chars, sign included, as `format!("{n:0width$}")`.
    fn num(mut self, n: impl Into<i64>, width: usize) -> Iso {
        let n: i64 = n.into();
        let mut digits = itoa::Buffer::new();
        let digits = digits.format(n.unsigned_abs());
        let sign = usize::from(n < 0);
        if n < 0 {
            self.0.push('-');
        }
        for _ in digits.len() + sign..width {
            self.0.push('0');
        }
        self.0.push_str(digits);
        self
    }

    fn sep(mut self, c: char) -> Iso {
        self.0.push(c);
        self
    }
}

/// The weekday `w` nearest before `date` (on or before; `prochain`: after).
fn nearest_weekday(date: NaiveDate, w: u32, rel: Relative) -> NaiveDate {
    let today = date.weekday().number_from_monday();
    if rel == Relative::Next {
        let ahead = (w + 7 - today) % 7;
        let ahead = if ahead == 0 { 7 } else { ahead };
        date.checked_add_days(Days::new(ahead as u64))
            .unwrap_or(date)
    } else {
        let back = (today + 7 - w) % 7;
        let back = if back == 0 && rel == Relative::Last {
            7
        } else {
            back
        };
        date.checked_sub_days(Days::new(back as u64))
            .unwrap_or(date)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn iso_pieces_pad_as_format_does() {
        for (n, width) in [
            (7i64, 2usize),
            (2021, 4),
            (5, 4),
            (-1, 4),
            (-12345, 2),
            (0, 2),
        ] {
            assert_eq!(super::Iso::new("").num(n, width).0, format!("{n:0width$}"));
        }
    }

    #[test]
    fn every_weekday_and_month_may_start_a_date() {
        let starts: Vec<String> = start_words().collect();
        let is_date_word = |w: &str| starts.iter().any(|s| s == w);
        let weekdays = [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ];
        for w in weekdays {
            assert!(weekday(w).is_some() && is_date_word(w), "{w}");
        }
        let months = [
            "janvier",
            "janv",
            "fevrier",
            "fevr",
            "fev",
            "mars",
            "avril",
            "avr",
            "mai",
            "juin",
            "juillet",
            "juil",
            "aout",
            "septembre",
            "sept",
            "octobre",
            "oct",
            "novembre",
            "nov",
            "decembre",
            "dec",
        ];
        for m in months {
            assert!(month(m).is_some() && is_date_word(m), "{m}");
            // An abbreviation the tokenizer keeps with its period (`janv.`).
            let dotted = format!("{m}.");
            let text = format!("le 3 {dotted} 2020");
            let kept = crate::tokenizer::tokenize(&text)
                .tokens()
                .iter()
                .any(|t| t.text() == dotted);
            if kept {
                assert!(is_date_word(&dotted), "{dotted}");
            }
        }
    }

    use super::*;

    #[test]
    fn easter_sundays() {
        for (year, month, day) in [
            (1818, 3, 22),
            (1961, 4, 2),
            (2000, 4, 23),
            (2016, 3, 27),
            (2019, 4, 21),
            (2024, 3, 31),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(
                easter(year),
                NaiveDate::from_ymd_opt(year, month, day),
                "{year}"
            );
        }
    }

    #[test]
    fn references() {
        assert_eq!(
            Reference::parse("2020-03"),
            Some(Reference {
                year: 2020,
                month: Some(3),
                day: None
            })
        );
        assert!(Reference::parse("2021-02-29").is_none());
        assert!(Reference::parse("2020-13").is_none());
        assert!(Reference::parse("20-03").is_none());
        assert!(Reference::parse("").is_none());
    }

    #[test]
    fn centuries() {
        assert_eq!(roman_century("xxe"), Some(19));
        assert_eq!(roman_century("xxie"), Some(20));
        assert_eq!(roman_century("xix"), Some(18));
        assert_eq!(roman_century("mai"), None);
    }

    #[test]
    fn calendar_years() {
        let r = Reference::parse("2021-07");
        let none = Relative::None;
        assert_eq!(calendar(None, Some(11), 9, None, none, r), "2021-09-11");
        assert_eq!(calendar(None, None, 4, None, none, r), "2021-04");
        assert_eq!(
            calendar(
                None,
                None,
                11,
                None,
                Relative::Next,
                Reference::parse("2020-03")
            ),
            "2020-11"
        );
        assert_eq!(
            calendar(None, None, 12, None, none, Reference::parse("2021-01")),
            "2020-12"
        );
        assert_eq!(
            calendar(
                None,
                None,
                1,
                None,
                Relative::Last,
                Reference::parse("2021-01")
            ),
            "2021-01"
        );
        assert_eq!(
            calendar(Some(6), Some(1), 5, None, none, Reference::parse("2020")),
            "2021-05-01"
        );
        assert_eq!(
            calendar(None, Some(29), 2, None, none, Reference::parse("2021-03")),
            "XXXX-02-29"
        );
        assert_eq!(calendar(None, Some(3), 3, None, none, None), "XXXX-03-03");
    }

    #[test]
    fn weekdays_before_the_document_date() {
        let d = NaiveDate::from_ymd_opt(2020, 3, 5).unwrap(); // a Thursday
        assert_eq!(nearest_weekday(d, 3, Relative::None).day(), 4);
        assert_eq!(nearest_weekday(d, 4, Relative::None).day(), 5);
        assert_eq!(nearest_weekday(d, 4, Relative::Last).day(), 27);
        assert_eq!(nearest_weekday(d, 1, Relative::Next).day(), 9);
    }
}
