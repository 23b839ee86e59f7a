//! `extract` must never panic and must keep its invariants, whatever the bytes:
//! entities on char boundaries, in order, never overlapping, their text the slice of
//! their span; with and without a document date.

#![no_main]

use gazette::Extractor;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        Extractor::builder()
            .build()
            .expect("bundled resources build")
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for doc in [
        extractor().extract(&text),
        extractor().extract_with_date(&text, "2021-07-22"),
    ] {
        let mut previous_end = 0;
        for e in doc.entities() {
            let span = e.span();
            assert!(span.byte_start() >= previous_end, "overlap: {e:?}");
            assert_eq!(&text[span.bytes()], e.text());
            previous_end = span.byte_end();
        }
        let _ = doc.to_json(Default::default());
    }
});
