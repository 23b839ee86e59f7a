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
