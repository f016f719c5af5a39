//! Glossary matching throughput: the Aho–Corasick [`Matcher`] against a naive
//! scan that looks for each term separately, on ~1 MB of generated text with
//! 1,000 generated terms (3 aliases for a third of them).
//!
//! `cargo bench -p gloss-core --bench glossary` (about half a minute).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gloss_core::content::model::GlossaryEntry;
use gloss_core::glossary::Matcher;

/// A small deterministic generator (xorshift64*), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn word(rng: &mut Rng) -> String {
    const LETTERS: &[u8] = b"etaoinshrdlucmfwypvbgkqjxz";
    let len = 2 + rng.below(9);
    (0..len)
        .map(|_| LETTERS[rng.below(LETTERS.len()).min(rng.below(LETTERS.len()))] as char)
        .collect()
}

/// `(terms, text)`: `n_terms` entries of 1–3 words drawn from a vocabulary,
/// and about `bytes` of text drawn from the same vocabulary, with capitals,
/// punctuation and (when `unicode`) curly apostrophes and accented words.
fn corpus(n_terms: usize, bytes: usize, unicode: bool) -> (Vec<GlossaryEntry>, String) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let vocab: Vec<String> = (0..5000).map(|_| word(&mut rng)).collect();
    let mut entries = Vec::with_capacity(n_terms);
    for i in 0..n_terms {
        let words = 1 + rng.below(3);
        let term: Vec<&str> = (0..words)
            .map(|_| vocab[rng.below(vocab.len())].as_str())
            .collect();
        let term = term.join(" ");
        let aliases = if i % 3 == 0 {
            vec![
                format!("{term}s"),
                format!("{term}es"),
                format!("the {term}"),
            ]
        } else {
            vec![]
        };
        entries.push(GlossaryEntry {
            term,
            definition: "d".into(),
            aliases,
        });
    }
    let mut text = String::with_capacity(bytes + 64);
    while text.len() < bytes {
        let w = &vocab[rng.below(vocab.len())];
        match rng.below(20) {
            0 => {
                let mut c = w.chars();
                if let Some(f) = c.next() {
                    text.extend(f.to_uppercase());
                    text.push_str(c.as_str());
                }
            }
            1 if unicode => {
                text.push_str(w);
                text.push_str("’s");
            }
            2 if unicode => {
                text.push_str("Émission");
            }
            _ => text.push_str(w),
        }
        text.push_str(match rng.below(12) {
            0 => ", ",
            1 => ". ",
            2 => "-",
            _ => " ",
        });
    }
    (entries, text)
}

/// The naive way: for each spelling of each term, every case-insensitive
/// occurrence (lowercasing the text once), with no boundary check and no
/// overlap resolution, so it does strictly less than the matcher.
fn naive(entries: &[GlossaryEntry], text: &str) -> usize {
    let lower = text.to_lowercase();
    let mut count = 0;
    for e in entries {
        for spelling in std::iter::once(&e.term).chain(&e.aliases) {
            let p = spelling.to_lowercase();
            count += lower.match_indices(p.as_str()).count();
        }
    }
    count
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("glossary");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));

    for unicode in [false, true] {
        let (entries, text) = corpus(1000, 1 << 20, unicode);
        let label = if unicode { "1MB-unicode" } else { "1MB-ascii" };
        let matcher = Matcher::new(&entries);
        eprintln!(
            "{label}: {} bytes, {} entries, {} patterns, {} matches (naive substring hits: {})",
            text.len(),
            entries.len(),
            matcher.pattern_count(),
            matcher.find_all(&text).len(),
            naive(&entries, &text),
        );
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("matcher", label), &text, |b, t| {
            b.iter(|| black_box(matcher.find_all(black_box(t))).len())
        });
        group.bench_with_input(BenchmarkId::new("naive-per-term", label), &text, |b, t| {
            b.iter(|| naive(black_box(&entries), black_box(t)))
        });
    }

    let (entries, _) = corpus(1000, 0, false);
    group.throughput(Throughput::Elements(entries.len() as u64));
    group.bench_function("build-1000-terms", |b| {
        b.iter(|| Matcher::new(black_box(&entries)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
