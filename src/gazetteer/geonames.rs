//! Loading GeoNames dumps (`allCountries.txt`, `cities15000.txt`, a country's `FR.txt`).
//!
//! Each line of a dump has 19 tab-separated columns: geonameid, name, asciiname,
//! alternatenames (comma-separated), latitude, longitude, feature class, feature code,
//! country code, cc2, admin1 to admin4 codes, population, elevation, dem, timezone and
//! modification date. Each line becomes one entry with id `geonames:ID`, the name as
//! canonical name, the ASCII name and alternate names as aliases, and the attributes
//! `geonames`, `country`, `class`, `code` and `population`.

use super::GazetteerBuilder;
use super::entry::Entry;
use crate::Error;
use std::path::Path;

/// Which GeoNames lines to load, and how.
///
/// ```
/// use gazette::gazetteer::{GazetteerBuilder, GeoNamesOptions};
/// let dump = "1138958\tKandahar\tKandahar\tKandahār,Qandahar\t31.61\t65.71\tP\tPPLA\tAF\t\t23\t\t\t\t391190\t\t1005\tAsia/Kabul\t2020-06-10\n";
/// let mut b = GazetteerBuilder::new();
/// b.add_geonames_str("cities.txt", dump, &GeoNamesOptions::default())?;
/// let g = b.build()?;
/// let e = g.entry_by_id("geonames:1138958").unwrap();
/// assert_eq!((e.label(), e.name(), e.attribute("country")), ("LOC", "Kandahar", Some("AF")));
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeoNamesOptions {
    /// Label of the entries (default `LOC`).
    pub label: String,
    /// Lines with a smaller population are skipped (default 0: keep all).
    pub min_population: u64,
    /// Feature classes to keep (`P` populated places, `A` administrative areas…); empty
    /// keeps all (the default).
    pub feature_classes: String,
    /// Whether alternate names become aliases (default true). Alternate names without a
    /// letter (codes such as `KBL` are kept, bare numbers are not) or containing `|` are
    /// never used.
    pub alternate_names: bool,
}

impl Default for GeoNamesOptions {
    fn default() -> GeoNamesOptions {
        GeoNamesOptions {
            label: "LOC".to_owned(),
            min_population: 0,
            feature_classes: String::new(),
            alternate_names: true,
        }
    }
}

const COLUMNS: usize = 19;

impl GazetteerBuilder {
    /// Adds the places of a GeoNames dump file.
    ///
    /// # Errors
    ///
    /// If the file cannot be read, is not UTF-8, or a line does not have the GeoNames
    /// columns: the error names the path, line and column.
    pub fn add_geonames(
        &mut self,
        path: impl AsRef<Path>,
        options: &GeoNamesOptions,
    ) -> Result<&mut GazetteerBuilder, Error> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = Error::utf8(path, &bytes)?;
        self.add_geonames_str(&path.display().to_string(), text, options)
    }

    /// Adds the places of GeoNames dump text; `name` is the file name errors report.
    ///
    /// # Errors
    ///
    /// As [`GazetteerBuilder::add_geonames`].
    pub fn add_geonames_str(
        &mut self,
        name: &str,
        text: &str,
        options: &GeoNamesOptions,
    ) -> Result<&mut GazetteerBuilder, Error> {
        let file = self.add_file_name(name)?;
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let column_of = |i: usize| {
                let start: usize = fields[..i.min(fields.len())]
                    .iter()
                    .map(|f| f.chars().count() + 1)
                    .sum();
                start + 1
            };
            if fields.len() != COLUMNS {
                return Err(Error::data(
                    name,
                    number,
                    column_of(fields.len().min(COLUMNS)),
                    format!(
                        "expected {COLUMNS} tab-separated GeoNames columns, found {}: load allCountries.txt, cities*.txt or a country file",
                        fields.len()
                    ),
                ));
            }
            let id: u64 = fields[0].parse().map_err(|_| {
                Error::data(
                    name,
                    number,
                    1,
                    format!("geonameid `{}` is not a number", fields[0]),
                )
            })?;
            let population: u64 = if fields[14].is_empty() {
                0
            } else {
                fields[14].parse().map_err(|_| {
                    Error::data(
                        name,
                        number,
                        column_of(14),
                        format!("population `{}` is not a number", fields[14]),
                    )
                })?
            };
            let class = fields[6];
            let keep = population >= options.min_population
                && (options.feature_classes.is_empty()
                    || (!class.is_empty() && options.feature_classes.contains(class)));
            if !keep {
                continue;
            }
            let mut entry = Entry::new(format!("geonames:{id}"), options.label.as_str(), fields[1]);
            let mut aliases: Vec<&str> = vec![fields[2]];
            if options.alternate_names {
                aliases.extend(fields[3].split(','));
            }
            for alias in aliases {
                let alias = alias.trim();
                let usable = alias != fields[1]
                    && alias.chars().any(char::is_alphabetic)
                    && !alias.contains('|')
                    && !alias.starts_with('=');
                if usable && !entry.aliases.iter().any(|a| a == alias) {
                    entry.aliases.push(alias.to_owned());
                }
            }
            for (key, value) in [
                ("geonames", fields[0]),
                ("country", fields[8]),
                ("class", class),
                ("code", fields[7]),
            ] {
                if !value.is_empty() && !value.contains(char::is_whitespace) {
                    entry.attributes.push((key.to_owned(), value.to_owned()));
                }
            }
            if population > 0 {
                entry
                    .attributes
                    .push(("population".to_owned(), population.to_string()));
            }
            let view = entry.view();
            super::load::validate(&view)
                .map_err(|e| Error::data(name, number, column_of(e.field.min(2)), e.message))?;
            let line_u32 = u32::try_from(number).unwrap_or(u32::MAX);
            self.store(&view, file, line_u32)
                .map_err(|message| Error::data(name, number, 1, message))?;
        }
        Ok(self)
    }
}
