//! The French resources bundled with gazette, compiled into the library so that they are
//! there whatever the working directory or installation.

/// `(path, content)` of every bundled gazetteer file, in loading order.
pub(super) const FILES: &[(&str, &str)] = &[
    (
        "gazetteers/countries.tsv",
        include_str!("../../gazetteers/countries.tsv"),
    ),
    (
        "gazetteers/subdivisions.tsv",
        include_str!("../../gazetteers/subdivisions.tsv"),
    ),
    (
        "gazetteers/places.tsv",
        include_str!("../../gazetteers/places.tsv"),
    ),
    (
        "gazetteers/cities.tsv",
        include_str!("../../gazetteers/cities.tsv"),
    ),
    (
        "gazetteers/organisations.tsv",
        include_str!("../../gazetteers/organisations.tsv"),
    ),
    (
        "gazetteers/people.tsv",
        include_str!("../../gazetteers/people.tsv"),
    ),
    (
        "gazetteers/demonyms.tsv",
        include_str!("../../gazetteers/demonyms.tsv"),
    ),
    (
        "gazetteers/titles.tsv",
        include_str!("../../gazetteers/titles.tsv"),
    ),
    (
        "gazetteers/org_words.tsv",
        include_str!("../../gazetteers/org_words.tsv"),
    ),
    (
        "gazetteers/first_names.tsv",
        include_str!("../../gazetteers/first_names.tsv"),
    ),
    (
        "gazetteers/common_acronyms.tsv",
        include_str!("../../gazetteers/common_acronyms.tsv"),
    ),
    (
        "gazetteers/world_subdivisions.tsv",
        include_str!("../../gazetteers/world_subdivisions.tsv"),
    ),
    (
        "gazetteers/world_cities.tsv",
        include_str!("../../gazetteers/world_cities.tsv"),
    ),
];
