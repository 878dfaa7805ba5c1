//! Benchmark inputs, generated deterministically from the corpus texts in
//! `benches/data/` (CC BY / public domain; each keeps its front matter with
//! its licence). Shared by `benches/check.rs` and `examples/bench_corpus.rs`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The seed of every generated input.
pub const SEED: u64 = 0x00c0_ffee_d35c;

/// A small deterministic generator (PCG-style LCG), so inputs never depend
/// on a crate's version.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    /// Uniform in `lo..hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() as usize) % (hi - lo)
    }
}

pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data")
}

fn strip_front_matter(text: &str) -> &str {
    if let Some(rest) = text.strip_prefix("---\n")
        && let Some(end) = rest.find("\n---\n")
    {
        return &rest[end + 5..];
    }
    text
}

/// The bodies of the corpus texts, front matter removed, in file-name order.
pub fn bodies() -> Vec<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("benches/data")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    files.iter().map(|p| strip_front_matter(&std::fs::read_to_string(p).expect("corpus text")).trim().to_string()).collect()
}

/// Paragraphs of every body, in order.
pub fn paragraphs() -> Vec<String> {
    bodies().iter().flat_map(|b| b.split("\n\n").map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect::<Vec<_>>()).collect()
}

/// One long report of at least `target` bytes: a front matter with a date,
/// then the corpus bodies repeated in order.
pub fn big_report(target: usize) -> String {
    let bodies = bodies();
    let mut out = String::with_capacity(target + 8192);
    out.push_str("---\ntitle: \"Throughput benchmark report\"\ndate: 2024-10-20\n---\n\n# Throughput benchmark report\n\n");
    'fill: loop {
        for b in &bodies {
            out.push_str(b);
            out.push_str("\n\n");
            if out.len() >= target {
                break 'fill;
            }
        }
    }
    out
}

/// `n` reports of 2-5 KB each: a front matter with a date, a heading, and
/// consecutive corpus paragraphs from a random starting point.
pub fn small_reports(n: usize, seed: u64) -> Vec<String> {
    let paras = paragraphs();
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|k| {
            let target = rng.range(2048, 5120);
            let month = rng.range(1, 13);
            let day = rng.range(1, 29);
            let mut out = format!("---\ntitle: \"Report {k}\"\ndate: 2024-{month:02}-{day:02}\n---\n\n# Report {k}\n\n");
            let mut p = rng.range(0, paras.len());
            while out.len() < target {
                let para = &paras[p % paras.len()];
                if out.len() >= 2048 && out.len() + para.len() + 2 > 5120 {
                    break;
                }
                out.push_str(para);
                out.push_str("\n\n");
                p += 1;
            }
            out
        })
        .collect()
}
