//! Synthetic gazetteers of any size, for benches and the `scale` example: names built
//! from French-looking and Afghan-looking syllables, one to three words each.

/// A gazetteer file of `n` entries (TSV text), deterministic for a given `n`.
pub fn gazetteer_tsv(n: usize) -> String {
    let mut out = String::with_capacity(n * 48);
    for i in 0..n {
        out.push_str(&format!("syn:{i}\tLOC\t{}\t\tcountry=AF\n", name(i)));
    }
    out
}

/// The canonical name of entry `i`: two capitalised words of two syllables each, from
/// 32 syllables, so that names share prefixes as real place names do (`Kala`, `Qal'a`)
/// and average 11 bytes, about the mean length of GeoNames names. Distinct for every
/// `i` below 32⁴ = 1,048,576; larger indexes get a third word.
pub fn name(i: usize) -> String {
    const SYLLABLES: [&str; 32] = [
        "ka", "bul", "dor", "min", "sha", "rif", "ghaz", "ni", "lo", "gar", "zan", "bek", "qal",
        "a", "mar", "jah", "sang", "in", "tor", "kham", "ver", "dun", "bel", "rou", "mon", "tel",
        "ier", "vil", "lers", "pan", "jsh", "ir",
    ];
    // Scatter neighbouring indexes over the name space (an odd multiplier is a bijection
    // modulo 2^20).
    let x = (i as u64 & 0xF_FFFF).wrapping_mul(0x9E37_79B1) & 0xF_FFFF;
    let digit = |k: u32| SYLLABLES[((x >> (5 * k)) & 31) as usize];
    let word = |a: &str, b: &str| {
        let mut w = String::new();
        let mut chars = a.chars();
        if let Some(first) = chars.next() {
            w.extend(first.to_uppercase());
            w.push_str(chars.as_str());
        }
        w.push_str(b);
        w
    };
    let mut name = format!("{} {}", word(digit(0), digit(1)), word(digit(2), digit(3)));
    if i >= 1 << 20 {
        name.push(' ');
        name.push_str(&word(SYLLABLES[(i >> 20) % 32], "a"));
    }
    name
}
