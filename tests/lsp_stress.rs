//! The language server under stress: a scripted client sends 2,000 edits as
//! fast as it can to a 1 MB document while asking for code actions and
//! hovers (500 edits to 128 KB in a debug build, ten times slower). The
//! server lints far fewer versions than it gets; every request is answered,
//! nearly all with a result (ContentModified only if an edit overtook it),
//! with a bounded median wait; the last diagnostics equal a fresh
//! `copydesk check` of the final text, and the server's memory stays
//! bounded. Then wrong versions and lone surrogates: logged or refused,
//! never a crash. Figures go to stderr (`--nocapture`) and
//! docs/reliability.md.

#[path = "support/lsp_client.rs"]
mod lsp_client;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use lsp_client::LspClient;
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_copydesk");

fn peak_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("VmHWM:")).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok()))
        .unwrap_or(0)
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PARAGRAPHS: &[&str] = &[
    "North Korea has reportedly sent 3,000 troops to Russia, officials said yesterday.",
    "“We will not negotiate under fire,” the minister told reporters on Tuesday. 😀 The talks ended.",
    "Prices rose 12% in June, according to the statistics office [1].",
    "A source familiar with the matter said the deal collapsed during a meeting on 3 October.",
    "Experts believe the dam will fail. 東京 and Seoul declined to comment.",
    "The committee voted to approve the budget of $3.2 billion for 2025.",
];

const INSERTS: &[&str] = &[" reportedly", " 42%", " yesterday", "😀", " 中文", "“", "”", " officials said", ".", " [1]", "é", "\n", "\n\n"];

/// The document as lines (without their `\n`), so positions are cheap to
/// compute on the client side.
struct Doc {
    lines: Vec<String>,
}

impl Doc {
    fn text(&self) -> String {
        self.lines.join("\n")
    }
    /// A char boundary of line `l`, and its UTF-16 column.
    fn boundary(&self, rng: &mut Rng, l: usize) -> (usize, usize) {
        let line = &self.lines[l];
        let chars: Vec<usize> = line.char_indices().map(|(i, _)| i).chain([line.len()]).collect();
        let at = chars[rng.below(chars.len())];
        (at, utf16_len(&line[..at]))
    }
    /// Replace bytes `a..b` of line `l` with `new` (which may hold `\n`).
    fn replace(&mut self, l: usize, a: usize, b: usize, new: &str) {
        let line = std::mem::take(&mut self.lines[l]);
        let joined = format!("{}{}{}", &line[..a], new, &line[b..]);
        let parts: Vec<String> = joined.split('\n').map(String::from).collect();
        self.lines.splice(l..=l, parts);
    }
}

#[test]
fn two_thousand_edits_to_a_megabyte_document_with_requests() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stress.md");
    let uri = lsp_client::file_uri(&path);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut text = String::from("---\ndate: 2024-10-20\n---\n\n# Stress\n\n");
    let (size, edits) = if cfg!(debug_assertions) { (128 << 10, 500) } else { (1 << 20, 2_000) };
    while text.len() < size {
        text.push_str(PARAGRAPHS[rng.below(PARAGRAPHS.len())]);
        text.push_str("\n\n");
    }
    let mut doc = Doc { lines: text.split('\n').map(String::from).collect() };
    let mut c = LspClient::spawn(BIN, &[]);
    // A client as editors are: it resolves a code action's edit when the
    // user picks it (so "fix all" is not computed for every light bulb).
    // Traces: one `$/logTrace` per lint the server runs.
    let caps = json!({"textDocument": {"codeAction": {"resolveSupport": {"properties": ["edit"]}}}});
    c.initialize_with(Some(dir.path()), caps, json!({"debounceMs": 0}), "verbose");
    c.open(&uri, &text, 1);
    c.diagnostics(&uri, Some(1));
    // Only the last version's diagnostics are compared; the others (megabytes
    // each) are dropped as they arrive.
    c.ignore_diagnostics_below(1 + edits as i64);

    let started = Instant::now();
    let mut sent: HashMap<i64, (Instant, &str)> = HashMap::new();
    let mut version = 1;
    let mut peak = 0;
    for n in 0..edits {
        // One edit: insert, delete or replace inside a line, sometimes
        // splitting it; positions in UTF-16 as the client computes them.
        let l = rng.below(doc.lines.len());
        let (a, ca) = doc.boundary(&mut rng, l);
        let (b, cb) = doc.boundary(&mut rng, l);
        let (a, ca, b, cb) = if a <= b { (a, ca, b, cb) } else { (b, cb, a, ca) };
        let new = match n % 3 {
            0 => INSERTS[rng.below(INSERTS.len())].to_string(),
            1 => String::new(),
            _ => PARAGRAPHS[rng.below(PARAGRAPHS.len())].chars().take(rng.below(40)).collect(),
        };
        let (b, cb) = if n % 3 == 0 { (a, ca) } else { (b, cb) };
        version += 1;
        c.change(&uri, version, json!([{"range": {"start": {"line": l, "character": ca}, "end": {"line": l, "character": cb}}, "text": new}]));
        doc.replace(l, a, b, &new);
        if n % 10 == 0 {
            let l = rng.below(doc.lines.len());
            let end = utf16_len(&doc.lines[l]);
            let id = c.send_request("textDocument/codeAction", json!({"textDocument": {"uri": uri}, "range": {"start": {"line": l, "character": 0}, "end": {"line": l, "character": end}}, "context": {"diagnostics": []}}));
            sent.insert(id, (Instant::now(), "codeAction"));
            let (_, col) = doc.boundary(&mut rng, l);
            let id = c.send_request("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": l, "character": col}}));
            sent.insert(id, (Instant::now(), "hover"));
        }
        if n % 100 == 0 {
            peak = peak.max(peak_kib(c.pid()));
        }
    }
    let sending = started.elapsed();
    // Every request answered, without an error.
    let mut latencies = Vec::new();
    let mut modified = 0;
    let deadline = Instant::now() + Duration::from_secs(if cfg!(debug_assertions) { 600 } else { 300 });
    while !sent.is_empty() {
        let left = deadline.saturating_duration_since(Instant::now());
        let ids: Vec<i64> = sent.keys().copied().collect();
        let (at, resp) = c
            .wait_for_timed(|m| m.get("method").is_none() && m["id"].as_i64().is_some_and(|id| ids.contains(&id)), left)
            .unwrap_or_else(|| panic!("{} requests unanswered; stderr:\n{}", sent.len(), c.stderr.lock().unwrap()));
        let (asked, method) = sent.remove(&resp["id"].as_i64().unwrap()).unwrap();
        // ContentModified is the protocol's answer for a request overtaken
        // by an edit; any other error is a failure.
        if resp.get("error").is_some() {
            assert_eq!(resp["error"]["code"], -32801, "{method}: {resp}");
            modified += 1;
        }
        latencies.push(at.duration_since(asked));
        peak = peak.max(peak_kib(c.pid()));
    }
    // The last version's diagnostics equal a fresh check of the final text.
    let final_text = doc.text();
    let last = c.diagnostics(&uri, Some(version));
    let total = started.elapsed();
    peak = peak.max(peak_kib(c.pid()));
    std::fs::write(&path, &final_text).unwrap();
    let out = std::process::Command::new(BIN).args(["check", "--format", "json", "stress.md"]).current_dir(dir.path()).output().unwrap();
    let cli: Value = serde_json::from_slice(&out.stdout).unwrap();
    let from_cli: Vec<(String, Value, String)> = cli["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["rule"].as_str().unwrap().to_string(), d["range"].clone(), d["message"].as_str().unwrap().to_string()))
        .collect();
    let from_lsp: Vec<(String, Value, String)> = last
        .iter()
        .map(|d| (d["code"].as_str().unwrap().to_string(), d["range"].clone(), d["message"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(from_lsp.len(), from_cli.len());
    assert!(from_lsp == from_cli, "the server's last diagnostics differ from a fresh check");
    // The lints the server ran (one `$/logTrace` each): the total, then
    // parse, analysis, rules and conversion, on average.
    let traces = c.take_all(|m| m["method"] == "$/logTrace", Duration::ZERO);
    let mut split = [0.0; 5];
    for (_, m) in &traces {
        let text = format!("{} {}", m["params"]["message"].as_str().unwrap_or(""), m["params"]["verbose"].as_str().unwrap_or(""));
        let ms: Vec<f64> = text.split(" ms").filter_map(|s| s.rsplit(' ').next()?.parse().ok()).collect();
        for (sum, x) in split.iter_mut().zip(ms) {
            *sum += x;
        }
    }
    let per_lint = split.map(|x| x / traces.len().max(1) as f64);
    latencies.sort();
    let p = |q: f64| latencies[((latencies.len() - 1) as f64 * q) as usize];
    let answered = latencies.len() - modified;
    eprintln!(
        "{edits} edits to {} KB with {} requests, {answered} answered with a result ({modified} ContentModified): sent in {:.1} s, all answered and final diagnostics in {:.1} s; wait p50 {:.2} s, p95 {:.2} s, max {:.2} s; {} lints of {} versions, {:.1} ms each (parse {:.1}, analysis {:.1}, rules {:.1}, conversion {:.1}); server peak {} MiB; {} findings",
        text.len() / 1024,
        latencies.len(),
        sending.as_secs_f64(),
        total.as_secs_f64(),
        p(0.5).as_secs_f64(),
        p(0.95).as_secs_f64(),
        latencies.last().unwrap().as_secs_f64(),
        traces.len(),
        version,
        per_lint[0],
        per_lint[1],
        per_lint[2],
        per_lint[3],
        per_lint[4],
        peak / 1024,
        last.len()
    );
    // Superseded versions are skipped: far fewer lints than versions.
    assert!(traces.len() < edits / 2, "{} lints for {edits} edits", traces.len());
    // Requests are answered from the result of their own version, without
    // waiting behind lints of older ones: nearly all with a result, and
    // soon. The wait is mostly the client's own backlog (it writes as fast
    // as the pipe takes, and each request pair costs about one lint): a
    // median of 4 s measured on a loaded two-core machine (debug: 2.6 s),
    // where linting every version in turn gave 29-69 s (debug: 26 s) and
    // up to 381 of 400 ContentModified (docs/reliability.md).
    assert!(answered * 10 >= latencies.len() * 9, "only {answered} of {} requests answered with a result", latencies.len());
    let bound = Duration::from_secs(if cfg!(debug_assertions) { 30 } else { 15 });
    assert!(p(0.5) < bound, "median wait {:?}", p(0.5));
    // Bounded: 1 GiB for a 1 MB document (measured in docs/reliability.md).
    assert!(peak < 1 << 20, "server peak {} KiB", peak);

    // Wrong versions: a version that does not increase is logged; the edit
    // still applies in arrival order and the server keeps serving.
    let stale = version - 5;
    c.change(&uri, stale, json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": ""}]));
    let hover = c.request("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": 6, "character": 3}}));
    assert!(hover.get("error").is_none(), "{hover}");
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn lone_surrogates_and_broken_escapes_are_refused_and_the_server_keeps_serving() {
    let mut c = LspClient::spawn(BIN, &[]);
    c.initialize(None, json!({}), json!({"debounceMs": 0}));
    let uri = "file:///tmp/copydesk-surrogates.md";
    c.open(uri, "North Korea has reportedly sent shells.\n", 1);
    assert_eq!(c.diagnostics(uri, Some(1)).len(), 1);
    // JSON can spell a lone surrogate; a Rust string cannot hold one.
    let bodies: [&[u8]; 4] = [
        br#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///tmp/copydesk-surrogates.md","version":2},"contentChanges":[{"text":"A \ud800 B reportedly."}]}}"#,
        br#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/copydesk-lone.md","languageId":"markdown","version":1,"text":"\udc00 reportedly"}}}"#,
        br#"{"jsonrpc":"2.0","id":500,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///tmp/copydesk-surrogates.md\ud83d"},"position":{"line":0,"character":1}}}"#,
        b"{\"jsonrpc\":\"2.0\",\"id\":501,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///tmp/\xff\xfe.md\"},\"position\":{\"line\":0,\"character\":1}}}",
    ];
    for body in bodies {
        c.send_raw(&lsp_client::frame(body));
    }
    // A character in the middle of a surrogate pair clamps to the pair's start.
    c.change(uri, 3, json!([{"text": "😀 reportedly.\n"}]));
    c.change(uri, 4, json!([{"range": {"start": {"line": 0, "character": 1}, "end": {"line": 0, "character": 1}}, "text": "x"}]));
    let diags = c.diagnostics(uri, Some(4));
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0]["range"]["start"], json!({"line": 0, "character": 4}));
    let hover = c.call("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 6}}));
    assert!(hover["contents"]["value"].as_str().unwrap().contains("vague-attribution"), "{hover}");
    let stderr = c.stderr.clone();
    assert!(c.shutdown_and_exit().success(), "stderr:\n{}", stderr.lock().unwrap());
}
