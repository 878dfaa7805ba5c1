//! Edit-to-diagnostics latency of `copydesk lsp` on a 1 MB report.
//!
//! Opens a report of about 1 MB (the corpus texts in `benches/data`, bodies
//! repeated), then applies 200 single-character edits (insert a character
//! at a pseudo-random word start, then delete it again) with `debounceMs: 0`
//! and measures, for each, the time from sending `didChange` to receiving
//! the `publishDiagnostics` of that version. Prints the median and p95.
//!
//! Run: `cargo bench --bench lsp_latency` (the target is p95 < 30 ms).
//! It also prints the server's own split of each lint (from `$/logTrace`);
//! `COPYDESK_BENCH_TRACE=1` lists every lint, `COPYDESK_BENCH_STDERR=1`
//! prints the server's stderr.

#[path = "../tests/support/lsp_client.rs"]
mod lsp_client;

use std::path::Path;
use std::time::{Duration, Instant};

use lsp_client::{LspClient, position_utf16};
use serde_json::json;

const TARGET_BYTES: usize = 1_000_000;
const EDITS: usize = 200;

fn strip_front_matter(text: &str) -> &str {
    if let Some(rest) = text.strip_prefix("---\n")
        && let Some(end) = rest.find("\n---\n")
    {
        return &rest[end + 5..];
    }
    text
}

fn report() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "md")).collect();
    files.sort();
    let bodies: Vec<String> = files.iter().map(|p| strip_front_matter(&std::fs::read_to_string(p).unwrap()).trim().to_string()).collect();
    let mut out = String::from("# Latency benchmark report\n\n");
    'fill: loop {
        for b in &bodies {
            out.push_str(b);
            out.push_str("\n\n");
            if out.len() >= TARGET_BYTES {
                break 'fill;
            }
        }
    }
    out
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs it too: keep that short.
    let quick = !std::env::args().any(|a| a == "--bench");
    let edits = if quick { 10 } else { EDITS };
    let text = report();
    // Word starts in prose lines, spread over the document.
    let candidates: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| c == ' ' && text[i + 1..].starts_with(|n: char| n.is_ascii_lowercase()))
        .map(|(i, _)| i + 1)
        .collect();
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut next = || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };

    let mut client = LspClient::spawn(env!("CARGO_BIN_EXE_copydesk"), &[]);
    client.initialize_with(None, json!({}), json!({"debounceMs": 0}), "verbose");
    let uri = "file:///bench/report.md";
    let opened = Instant::now();
    client.open(uri, &text, 1);
    let (at, first) = client
        .wait_for_timed(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == 1, Duration::from_secs(120))
        .expect("diagnostics on open");
    let findings = first["params"]["diagnostics"].as_array().map_or(0, Vec::len);
    let publish_bytes = serde_json::to_vec(&first).unwrap().len();
    println!("report: {} bytes, {} lines, {findings} findings ({publish_bytes} bytes of publishDiagnostics)", text.len(), text.lines().count());
    println!("open -> first diagnostics: {:.1} ms", ms(at - opened));

    let mut latencies = Vec::with_capacity(edits);
    let mut traces = Vec::new();
    let mut at_offset = 0;
    for i in 0..edits {
        let version = i as i64 + 2;
        let change = if i % 2 == 0 {
            at_offset = candidates[next() % candidates.len()];
            let p = position_utf16(&text, at_offset);
            json!([{"range": {"start": p, "end": p}, "text": "x"}])
        } else {
            // The text is the original again after this deletion.
            let mut edited = text.clone();
            edited.insert(at_offset, 'x');
            let s = position_utf16(&edited, at_offset);
            let e = position_utf16(&edited, at_offset + 1);
            json!([{"range": {"start": s, "end": e}, "text": ""}])
        };
        client.drain();
        let sent = Instant::now();
        client.change(uri, version, change);
        let (at, _) = client
            .wait_for_timed(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == version, Duration::from_secs(60))
            .unwrap_or_else(|| panic!("no diagnostics for version {version}"));
        latencies.push(at - sent);
        let v = format!("version {version}:");
        if let Some(t) = client.wait_for(|m| m["method"] == "$/logTrace" && m["params"]["message"].as_str().unwrap_or("").contains(&v), Duration::from_millis(100)) {
            traces.push(format!("{} | {}", t["params"]["message"].as_str().unwrap_or(""), t["params"]["verbose"].as_str().unwrap_or("")));
        }
    }
    if std::env::var_os("COPYDESK_BENCH_TRACE").is_some() {
        for t in &traces {
            println!("  {t}");
        }
    }
    let mut sorted = latencies.clone();
    sorted.sort();
    println!(
        "didChange -> publishDiagnostics over {edits} single-character edits: median {:.1} ms, p95 {:.1} ms, min {:.1} ms, max {:.1} ms",
        ms(percentile(&sorted, 50.0)),
        ms(percentile(&sorted, 95.0)),
        ms(sorted[0]),
        ms(sorted[sorted.len() - 1])
    );
    // Where the server spent the time (its own $/logTrace of each lint).
    let stage = |name: &str| -> Vec<f64> {
        traces
            .iter()
            .filter_map(|t| {
                let at = t.find(name)? + name.len();
                t[at..].trim_start().split(' ').next()?.parse::<f64>().ok()
            })
            .collect()
    };
    let median = |mut v: Vec<f64>| -> f64 {
        if v.is_empty() {
            return f64::NAN;
        }
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "server-side lint, median: {:.1} ms = parse {:.1} + analysis {:.1} + rules {:.1} + conversion {:.1} (the rest is scheduling and the pipe)",
        median(stage("findings in")),
        median(stage("parse")),
        median(stage("analysis")),
        median(stage("rules")),
        median(stage("conversion"))
    );
    if std::env::var_os("COPYDESK_BENCH_STDERR").is_some() {
        eprintln!("{}", client.stderr.lock().unwrap());
    }
    let status = client.shutdown_and_exit();
    assert!(status.success());
}
