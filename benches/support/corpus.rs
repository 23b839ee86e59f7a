//! The bench corpus: the bundled sample articles repeated up to about 1 MB.

/// The sample articles of `examples/data/`, repeated until the text reaches 1 MiB; after
/// the article number `i`, `extra(i)` is appended (a sentence with a synthetic name, or
/// nothing).
pub fn corpus(extra: impl Fn(usize) -> String) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data");
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    let articles: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    assert!(
        !articles.is_empty(),
        "examples/data holds the sample articles"
    );
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 1 << 20 {
        text.push_str(&articles[i % articles.len()]);
        text.push_str("\n\n");
        text.push_str(&extra(i));
        i += 1;
    }
    text
}
