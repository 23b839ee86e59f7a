//! Tables of the hard cases of matching French text, and loader errors.

use super::*;
use crate::tokenizer::tokenize;

fn gazetteer(lines: &str) -> Gazetteer {
    let mut b = GazetteerBuilder::new();
    b.add_str("test.tsv", lines).expect("test gazetteer parses");
    b.build().expect("test gazetteer builds")
}

/// The texts of the resolved matches, with their entry ids.
fn found(g: &Gazetteer, text: &str) -> Vec<(String, String)> {
    let tokens = tokenize(text);
    resolve_overlaps(&g.find(text, tokens.tokens()))
        .iter()
        .map(|m| {
            (
                text[m.span().bytes()].to_owned(),
                g.entry(m.entry()).id().to_owned(),
            )
        })
        .collect()
}

fn texts(g: &Gazetteer, text: &str) -> Vec<String> {
    found(g, text).into_iter().map(|(t, _)| t).collect()
}

const LIST: &str = "\
loc:kandahar\tLOC\tKandahar
loc:afghanistan\tLOC\tAfghanistan
loc:us\tLOC\tÉtats-Unis\tEtats-Unis|=USA|=US
loc:nahr\tLOC\tNahr-e Saraj
org:nato\tORG\tOtan\tOTAN|NATO
org:taliban\tORG\ttaliban\t\t\tinflect
org:isis\tORG\tÉtat islamique\tDaech|=EI
dem:af\tDEMONYM\tafghan\t\tcountry=AF\tinflect
loc:paris\tLOC\tParis
org:psg\tORG\tParis Saint-Germain
per:jean\tPER\tJean
loc:washington\tLOC\tWashington
org:wapo\tORG\tWashington Post
org:coeur\tORG\tCœur de Lion
loc:co\tLOC\tCo
org:dares\tORG\tDares\t=DARES\t\tcase
loc:alma\tLOC\tAlma\t\t\tcase
per:le-maire\tPER\tBruno Le Maire\t=Le Maire
";

macro_rules! matching {
    ($($name:ident: $text:expr => [$($m:expr),* $(,)?];)*) => {
        $(#[test] fn $name() {
            let g = gazetteer(LIST);
            let expected: Vec<String> = vec![$($m.to_string()),*];
            assert_eq!(texts(&g, $text), expected, "text: {:?}", $text);
        })*
    };
}

matching! {
    plain: "Frappe à Kandahar." => ["Kandahar"];
    no_match_inside_word: "Les Kandahari et Kandaharis" => [];
    all_caps: "KANDAHAR (Reuters)" => ["KANDAHAR"];
    accents_folded: "Les Etats-Unis et les ÉTATS-UNIS" => ["Etats-Unis", "ÉTATS-UNIS"];
    elision_straight: "l'Afghanistan et d'Afghanistan" => ["Afghanistan", "Afghanistan"];
    elision_curly: "l’Otan, d’Afghanistan" => ["Otan", "Afghanistan"];
    hyphen_or_space: "Nahr-e Saraj, Nahr-e-Saraj, Nahr e Saraj" => ["Nahr-e Saraj", "Nahr-e-Saraj", "Nahr e Saraj"];
    nbsp_and_double_space: "Nahr-e\u{A0}Saraj et Nahr-e  Saraj" => ["Nahr-e\u{A0}Saraj", "Nahr-e  Saraj"];
    plural_allowed: "les taliban, les talibans, les Talibans" => ["taliban", "talibans", "Talibans"];
    plural_not_allowed: "les Kandahars" => [];
    feminine_plural_demonyms: "afghan, afghane, afghans, afghanes" => ["afghan", "afghane", "afghans", "afghanes"];
    case_sensitive_alias: "l'EI et Daech, mais pas ei ni Ei" => ["EI", "Daech"];
    case_sensitive_acronym: "les US, nous, USA" => ["US", "USA"];
    case_sensitive_forms_that_fold_alike: "la Dares, la DARES, les dares" => ["Dares", "DARES"];
    case_sensitive_names_in_capitals_among_capitals: "À ALMA, LE MAIRE DIT" => ["ALMA"];
    case_sensitive_names_in_capitals_next_to_lower_case: "l'ESO ALMA et le DARES" => ["DARES"];
    case_sensitive_aliases_never_in_capitals: "BRUNO LE MAIRE ET LE MAIRE DE ALMA" => ["BRUNO LE MAIRE", "ALMA"];
    longest_wins: "le Paris Saint-Germain à Paris" => ["Paris Saint-Germain", "Paris"];
    compound_first_name_not_split: "Jean-Pierre et Jean" => ["Jean"];
    washington_post: "selon le Washington Post, Washington dément" => ["Washington Post", "Washington"];
    empty_text: "" => [];
    line_break_inside_name: "Nahr-e\nSaraj, Nahr-e \r\n Saraj" => ["Nahr-e\nSaraj", "Nahr-e \r\n Saraj"];
    name_at_end_of_text: "Kandahar" => ["Kandahar"];
    ligature_folds_both_ways: "Cœur de Lion, COEUR DE LION, Coeur de lion" => ["Cœur de Lion", "COEUR DE LION", "Coeur de lion"];
    prefix_of_a_folded_char_is_no_match: "Cœur" => [];
    name_then_punctuation: "(Kandahar)." => ["Kandahar"];
}

#[test]
fn all_candidates_are_kept() {
    let g = gazetteer(LIST);
    let text = "le Paris Saint-Germain";
    let t = tokenize(text);
    let all = g.find(text, t.tokens());
    let ids: Vec<&str> = all.iter().map(|m| g.entry(m.entry()).id()).collect();
    assert_eq!(ids, ["loc:paris", "org:psg"]);
}

#[test]
fn priority_beats_length_and_file_order_breaks_ties() {
    let g = gazetteer(
        "a\tLOC\tSaint-Germain\t\t\tpriority=5\nb\tORG\tParis Saint-Germain\nc\tPER\tParis\nd\tLOC\tParis\n",
    );
    assert_eq!(
        found(&g, "Paris Saint-Germain"),
        [
            ("Paris".to_owned(), "c".to_owned()),
            ("Saint-Germain".to_owned(), "a".to_owned())
        ]
    );
}

#[test]
fn entries_record_their_source() {
    let g = gazetteer(LIST);
    let text = "à Kandahar";
    let t = tokenize(text);
    let m = g.find(text, t.tokens())[0];
    let e = g.entry(m.entry());
    assert_eq!((e.label(), e.name()), ("LOC", "Kandahar"));
    assert_eq!(e.source().to_string(), "test.tsv:1");
    let dem = g.entry_by_id("dem:af").unwrap();
    assert_eq!(dem.attribute("country"), Some("AF"));
    assert_eq!(dem.source().line, 8);
    let us = g.entry_by_id("loc:us").unwrap();
    assert_eq!(
        us.aliases().collect::<Vec<_>>(),
        ["Etats-Unis", "USA", "US"]
    );
}

#[test]
fn entries_from_code() {
    let mut b = GazetteerBuilder::new();
    b.add_str("test.tsv", LIST).unwrap();
    b.add_entry(Entry::new("loc:alingar", "LOC", "Alingar").attribute("country", "AF"))
        .unwrap();
    let g = b.build().unwrap();
    assert_eq!(texts(&g, "le district d'Alingar"), ["Alingar"]);
    assert_eq!(
        g.entry_by_id("loc:alingar").unwrap().source().file,
        "<code>"
    );
}

#[test]
fn loader_errors_name_path_line_and_column() {
    let table = [
        (
            "ok\tLOC\tDoha\nbad LOC Doha\n",
            "f.tsv:2:1: expected 3 to 6 tab-separated columns",
        ),
        (
            "# c\n\nx\tLOC\tDoha\t\tcountry\n",
            "f.tsv:3:13: attribute `country` has no `=`",
        ),
        ("x\tlieu\tDoha\n", "f.tsv:1:3: bad label `lieu`"),
        ("x\t\tDoha\n", "f.tsv:1:3: missing label"),
        ("x\tLOC\t \n", "f.tsv:1:8: empty name"),
        (
            "é\tLOC\tDoha\t\t\tloud\n",
            "f.tsv:1:14: unknown flag `loud`",
        ),
    ];
    for (text, expected) in table {
        let mut b = GazetteerBuilder::new();
        let err = b.add_str("f.tsv", text).unwrap_err();
        assert!(err.to_string().starts_with(expected), "{text:?}: {err}");
    }
}

#[test]
fn duplicate_ids_are_errors() {
    let mut b = GazetteerBuilder::new();
    b.add_str("a.tsv", "x\tLOC\tDoha\n").unwrap();
    b.add_str("b.tsv", "# two\nx\tLOC\tKaboul\n").unwrap();
    let err = b.build().unwrap_err();
    assert_eq!(
        err.to_string(),
        "b.tsv:2:1: duplicate id `x`, first defined at a.tsv:1: give each entry its own id"
    );
}

#[test]
fn file_errors() {
    let dir = std::env::temp_dir().join(format!("gazette-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, b"x\tLOC\tDoh\xFFa\n").unwrap();
    let err = GazetteerBuilder::new().add_file(&bad).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("bad.tsv:1:10: invalid UTF-8: save the file as UTF-8"),
        "{err}"
    );
    let err = GazetteerBuilder::new()
        .add_file(dir.join("missing.tsv"))
        .unwrap_err();
    assert!(matches!(err.kind(), crate::ErrorKind::Io { .. }));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bundled_resources_load() {
    let mut b = GazetteerBuilder::new();
    b.with_bundled().expect("bundled gazetteers are valid");
    let g = b.build().expect("bundled gazetteers build");
    assert!(g.len() > 1000);
    let text =
        "Les talibans ont frappé à Lashkar Gah, dans le Helmand, selon le Pentagone et l’Otan.";
    let names: Vec<String> = texts(&g, text);
    for expected in ["talibans", "Lashkar Gah", "Helmand", "Pentagone", "Otan"] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} not in {names:?}"
        );
    }
}

#[test]
fn geonames_fixture() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/geonames-sample.txt"
    );
    let mut b = GazetteerBuilder::new();
    b.add_geonames(path, &GeoNamesOptions::default()).unwrap();
    let g = b.build().unwrap();
    assert_eq!(g.len(), 4);
    let kandahar = g.entry_by_id("geonames:1138958").unwrap();
    assert_eq!(kandahar.attribute("population"), Some("391190"));
    assert!(kandahar.aliases().any(|a| a == "Qandahar"));
    assert_eq!(
        texts(&g, "Frappes près de Qandahar et de Lashkar Gah."),
        ["Qandahar", "Lashkar Gah"]
    );

    let mut b = GazetteerBuilder::new();
    let options = GeoNamesOptions {
        min_population: 200_000,
        feature_classes: "P".into(),
        ..GeoNamesOptions::default()
    };
    b.add_geonames(path, &options).unwrap();
    assert_eq!(b.len(), 3);

    let err = GazetteerBuilder::new()
        .add_geonames_str("x.txt", "1\tKaboul\n", &GeoNamesOptions::default())
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("x.txt:1:10: expected 19 tab-separated GeoNames columns, found 2"),
        "{err}"
    );
    let err = GazetteerBuilder::new()
        .add_geonames_str(
            "x.txt",
            &"abc\tKaboul"
                .to_owned()
                .chars()
                .chain(std::iter::repeat_n('\t', 17))
                .collect::<String>(),
            &GeoNamesOptions::default(),
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("x.txt:1:1: geonameid `abc` is not a number"),
        "{err}"
    );
}

#[test]
fn gazetteer_is_send_sync() {
    fn check<T: Send + Sync>() {}
    check::<Gazetteer>();
}

/// The two walks, folding on the fly (`find`) and over a document folded once
/// (`find_folded`, the extractor's), find the same matches, hard cases included.
#[test]
fn both_walks_agree() {
    let mut b = GazetteerBuilder::new();
    b.with_bundled().expect("bundled gazetteers are valid");
    let g = b.build().expect("bundled gazetteers build");
    let mut texts: Vec<String> = [
        "Les États\u{2011}Unis et l’Otan à Nahr-e  Saraj, puis Kaboul.",
        "Œuvre de Kaboul : Lashkar\u{A0}Gah, Mazar-e-Charif et e\u{301}te\u{301} à Hérat.",
        "\u{301}Kaboul \u{301} Kandahar\u{301} ﬁn — «\u{202F}Doha\u{202F}» ÉTATS-UNIS",
        "",
        "   ",
        "l'Afghanistan d'Afghanistan D’AFGHANISTAN",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data");
    for entry in std::fs::read_dir(dir).expect("sample articles").flatten() {
        texts.push(std::fs::read_to_string(entry.path()).expect("a sample article"));
    }
    // And texts made at random of the pieces where the two could part: marks that fold
    // to nothing, runs of white space, ligatures, elisions, hyphens, names.
    let pieces = [
        "Kaboul", "Kandahar", "\u{301}", " ", "  ", "\u{A0}", "\n", "\u{B}", "-", "\u{2011}", "l’",
        "d'", "Œ", "ﬁ", "États", "Unis", "Nahr", "e", "Saraj", ",", ".", "Otan", "é",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..8 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        texts.push(text);
    }
    for text in &texts {
        let tokens = tokenize(text);
        let folds = FoldedTokens::new(text, tokens.tokens().iter().map(|t| t.span().bytes()));
        assert_eq!(
            g.find(text, tokens.tokens()),
            g.find_folded(&folds, text, tokens.tokens()),
            "{text:?}"
        );
    }
}

#[test]
fn every_id_finds_its_entry() {
    let lines: String = (0..500)
        .map(|i| format!("x:{}\tLOC\tLieu {i}\n", (i * 7919) % 1000))
        .collect();
    let g = gazetteer(&lines);
    for e in g.entries() {
        assert_eq!(
            g.entry_by_id(e.id()).map(|found| found.name()),
            Some(e.name())
        );
    }
    assert!(g.entry_by_id("x:1001").is_none());
    assert!(g.entry_by_id("").is_none());
}
