//! Helper for `benches/run.sh`: writes the benchmark inputs and measures
//! single-threaded analysis + rules throughput in-process.
//!
//! ```text
//! cargo run --release --example bench_corpus -- generate DIR [--files N] [--big BYTES]
//! cargo run --release --example bench_corpus -- throughput FILE [--reps N]
//! ```
//!
//! `generate` writes `DIR/big.md` (10 MB by default), `DIR/reports/*.md`
//! (5,000 reports of 2-5 KB) and `DIR/one.md` (one report of about 2 KB),
//! all from the corpus texts in `benches/data/` with a fixed seed.
//!
//! `throughput` parses and checks FILE `--reps` times on this thread and
//! prints `check_mb_s=` (best run) and `ref_mb_s=`, the speed of a plain
//! pass over the same text (counting words), so that a run can be compared
//! with a baseline as a ratio on the same machine.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::path::Path;
use std::time::{Duration, Instant};

use copydesk::document::{Document, Format};
use copydesk::settings::Settings;

fn arg(args: &[String], name: &str) -> Option<usize> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok())
}

fn generate(dir: &Path, files: usize, big: usize) -> std::io::Result<()> {
    let reports = dir.join("reports");
    if reports.exists() {
        std::fs::remove_dir_all(&reports)?;
    }
    std::fs::create_dir_all(&reports)?;
    std::fs::write(dir.join("big.md"), corpus::big_report(big))?;
    let small = corpus::small_reports(files, corpus::SEED);
    for (k, r) in small.iter().enumerate() {
        std::fs::write(reports.join(format!("r{k:05}.md")), r)?;
    }
    // One report of about 2 KB, from the same generator.
    let one = corpus::small_reports(200, corpus::SEED ^ 1).into_iter().min_by_key(|r| r.len().abs_diff(2048)).unwrap_or_default();
    std::fs::write(dir.join("one.md"), one)?;
    Ok(())
}

/// A plain pass over the text for reference: count whitespace-separated words.
fn reference(text: &str) -> usize {
    text.split_whitespace().count()
}

fn time<T>(f: impl FnOnce() -> T) -> Duration {
    let start = Instant::now();
    std::hint::black_box(f());
    start.elapsed()
}

fn throughput(file: &Path, reps: usize) {
    let text = std::fs::read_to_string(file).expect("read input");
    let settings = Settings::default();
    let mb = text.len() as f64 / 1e6;
    let mut findings = 0;
    // Best of `reps` for the check, best of ten passes after each for the
    // reference: interleaved, so that both see the same machine.
    let (mut check, mut refd) = (Duration::MAX, Duration::MAX);
    for _ in 0..reps {
        check = check.min(time(|| {
            let doc = Document::new(text.as_str(), Format::Markdown);
            findings = copydesk::check(&doc, &settings).len();
        }));
        for _ in 0..10 {
            refd = refd.min(time(|| reference(&text)));
        }
    }
    println!("bytes={} findings={} check_s={:.4} check_mb_s={:.2} ref_mb_s={:.2}", text.len(), findings, check.as_secs_f64(), mb / check.as_secs_f64(), mb / refd.as_secs_f64());
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("generate") if args.len() >= 2 => {
            let files = arg(&args, "--files").unwrap_or(5000);
            let big = arg(&args, "--big").unwrap_or(10_000_000);
            if let Err(e) = generate(Path::new(&args[1]), files, big) {
                eprintln!("error: {e}");
                std::process::exit(2);
            }
        }
        Some("throughput") if args.len() >= 2 => throughput(Path::new(&args[1]), arg(&args, "--reps").unwrap_or(3)),
        _ => {
            eprintln!("usage: bench_corpus generate DIR [--files N] [--big BYTES] | throughput FILE [--reps N]");
            std::process::exit(2);
        }
    }
}
