//! In-process benchmarks of the library (criterion):
//!
//! - `check/10MB`: parse + analysis + rules of one 10 MB report on one
//!   thread (figure (a) of `docs/performance.md`; target 50 MB/s);
//! - `check/2KB`: the same for one 2 KB report (the library part of
//!   figure (c));
//! - `edit/1MB`: one one-character edit in a 1 MB report: re-analysis with
//!   the per-block cache, then the rules (the library part of figure (d)).
//!
//! Inputs are generated from `benches/data/` with a fixed seed.
//! Run: `cargo bench --bench check`; whole-process figures: `benches/run.sh`.

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use copydesk::analysis::{analyze_cached, AnalysisCache};
use copydesk::document::{Document, Format};
use copydesk::settings::Settings;

fn check(c: &mut Criterion) {
    let settings = Settings::default();
    let mut group = c.benchmark_group("check");
    let big = corpus::big_report(10_000_000);
    let small = corpus::small_reports(200, corpus::SEED ^ 1).into_iter().min_by_key(|r| r.len().abs_diff(2048)).unwrap_or_default();
    for (name, text, samples) in [("10MB", &big, 10), ("2KB", &small, 100)] {
        group.sample_size(samples);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| {
                let doc = Document::new(text.as_str(), Format::Markdown);
                copydesk::check(&doc, &settings)
            })
        });
    }
    group.finish();
}

fn edit(c: &mut Criterion) {
    let settings = Settings::default();
    let text = corpus::big_report(1_000_000);
    // Word starts to edit, spread over the document.
    let starts: Vec<usize> = text.match_indices(" t").map(|(i, _)| i + 1).step_by(97).collect();
    let mut cache = AnalysisCache::default();
    analyze_cached(&Document::new(text.as_str(), Format::Markdown), &settings.lexicon, &mut cache);
    let mut n = 0;
    let mut group = c.benchmark_group("edit");
    group.sample_size(20);
    group.bench_function("1MB", |b| {
        b.iter(|| {
            // Insert a character, check; the next iteration edits elsewhere
            // (and the cache drops the previous edit's block).
            let at = starts[n % starts.len()];
            n += 1;
            let mut edited = String::with_capacity(text.len() + 1);
            edited.push_str(&text[..at]);
            edited.push('x');
            edited.push_str(&text[at..]);
            let doc = Document::new(edited, Format::Markdown);
            let analysis = analyze_cached(&doc, &settings.lexicon, &mut cache);
            copydesk::check_analyzed(&doc, &analysis, &settings)
        })
    });
    group.finish();
}

criterion_group!(benches, check, edit);
criterion_main!(benches);
