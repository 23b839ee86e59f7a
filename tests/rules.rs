//! Every example of every bundled entity rule (`gazetteers/rules/entities.tsv`) holds.

#[test]
fn bundled_rule_examples_hold() {
    let extractor = gazette::Extractor::builder()
        .build()
        .expect("bundled resources build");
    let failures = extractor.rule_example_failures();
    assert!(
        failures.is_empty(),
        "{} rule examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(extractor.rules().len() >= 15);
}

#[test]
fn rule_files_report_path_line_and_column() {
    let dir = std::env::temp_dir().join(format!("gazette-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "# ok\nloc/camp\tLOC\tcamp de < Name\n").expect("write");
    let err = gazette::Extractor::builder()
        .rules_file(&bad)
        .build()
        .expect_err("an unclosed `<` is an error");
    let message = err.to_string();
    assert!(message.contains("bad.tsv:2:"), "{message}");
    assert!(message.contains("never closed"), "{message}");
    let missing = gazette::Extractor::builder()
        .rules_file(dir.join("missing.tsv"))
        .build()
        .expect_err("a missing file is an error");
    assert!(missing.to_string().contains("missing.tsv"), "{missing}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn user_rules_run_after_the_bundled_ones() {
    let extractor = gazette::Extractor::builder()
        .rules_str(
            "camps.tsv",
            "loc/camp\tLOC\tcamp de < Name >\tle camp de [Bir Tawil]\n",
        )
        .build()
        .expect("rules build");
    assert!(extractor.rule_example_failures().is_empty());
    let doc = extractor.extract("Des réfugiés au camp de Bir Tawil.");
    let e = doc
        .entities()
        .iter()
        .find(|e| e.text() == "Bir Tawil")
        .expect("the camp is found");
    assert_eq!((e.label(), e.source()), ("LOC", "rule:loc/camp"));
}

#[test]
fn rules_with_many_optional_elements_take_linear_time() {
    // Tried by backtracking alone, 40 optional elements would take up to 2^40 paths at
    // every word of the runs of adjectives below; remembered failures bound an attempt
    // by elements × tokens. Without them this test does not finish.
    let many = vec!["Lower?"; 40].join(" ");
    let rule = format!("misc/long\tMISC\t{many} < Cap Cap >\tdes plaines [Tel Quel]\n");
    let extractor = gazette::Extractor::builder()
        .rules_str("long.tsv", rule)
        .build()
        .expect("rules build");
    assert!(extractor.rule_example_failures().is_empty());
    let run = "vertes rouges bleues jaunes noires blanches grises douces dures molles \
               chaudes froides tièdes claires sombres vives calmes lentes rapides fortes \
               grandes belles hautes basses larges étroites longues courtes pleines vides";
    let text = format!("Des {run} et {run} encore.");
    let doc = extractor.extract(&text);
    assert!(doc.entities().iter().all(|e| e.label() != "MISC"));
    let text = format!("Des {run} Tel Quel.");
    let doc = extractor.extract(&text);
    let found: Vec<_> = doc
        .entities()
        .iter()
        .filter(|e| e.label() == "MISC")
        .map(|e| e.text())
        .collect();
    assert_eq!(found, ["Tel Quel"]);
}

#[test]
fn remembering_failures_changes_no_match() {
    // Nine optional words that never occur put every bundled rule on the path that
    // remembers failed states, and change nothing else: both must find the same.
    let padding = ["qqqq?"; 9].join(" ");
    let padded: String = include_str!("../gazetteers/rules/entities.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            // Word class definitions stay as they are.
            if l.starts_with('$') {
                return l.to_owned() + "\n";
            }
            let mut fields: Vec<&str> = l.split('\t').collect();
            let pattern = format!("{padding} {}", fields[2]);
            fields[2] = &pattern;
            fields.join("\t") + "\n"
        })
        .collect();
    let plain = gazette::Extractor::builder().build().expect("builds");
    let remembering = gazette::Extractor::builder()
        .without_bundled_rules()
        .rules_str("padded.tsv", padded)
        .build()
        .expect("padded rules build");
    assert!(remembering.rule_example_failures().is_empty());
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data");
    let mut texts = 0;
    for entry in std::fs::read_dir(dir).expect("sample articles") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("text");
        let found = |e: &gazette::Extractor| -> Vec<(String, String, String)> {
            e.extract(&text)
                .entities()
                .iter()
                .map(|e| {
                    (
                        e.text().to_owned(),
                        e.label().to_owned(),
                        e.source().to_owned(),
                    )
                })
                .collect()
        };
        assert_eq!(found(&plain), found(&remembering));
        texts += 1;
    }
    assert!(texts >= 5);
}
