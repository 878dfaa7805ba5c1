//! Hostile input: huge, deep, binary, broken or looping. Each test states
//! its bound: wall time (asserted, generously: the machine is shared) and,
//! where the command line runs it, peak memory (VmHWM of the child,
//! sampled every 20 ms). The figures measured are in docs/reliability.md.
//!
//! The big inputs are full size in an optimised build (`cargo test
//! --release`, as CI runs it) and a tenth of that in a debug build, which
//! is about ten times slower, so that `cargo test` stays quick.

#[path = "support/invariants.rs"]
mod invariants;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use copydesk::document::{Document, Format};
use copydesk::settings::Settings;

/// Full size in release builds, a tenth in debug builds.
fn scaled(n: usize) -> usize {
    if cfg!(debug_assertions) { n / 10 } else { n }
}

/// Time limits: generous, and three times that for a debug build.
fn limit(secs: u64) -> Duration {
    Duration::from_secs(if cfg!(debug_assertions) { secs * 3 } else { secs })
}

struct Measured {
    out: Output,
    elapsed: Duration,
    /// Peak resident memory of the child in KiB (0 where /proc is missing).
    peak_kib: u64,
}

fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find_map(|l| l.strip_prefix("VmHWM:")).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Run copydesk in `dir`, killing it past `deadline`, sampling its memory.
fn run(args: &[&str], dir: &Path, deadline: Duration) -> Measured {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run copydesk");
    let pid = child.id();
    // Drain the pipes on threads so a chatty child never blocks.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_thread = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut v).ok();
        v
    });
    let err_thread = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut v).ok();
        v
    });
    let mut peak = 0;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        peak = peak.max(peak_kib(pid).unwrap_or(0));
        if started.elapsed() > deadline {
            child.kill().ok();
            child.wait().ok();
            panic!("copydesk {args:?} still running after {deadline:?}: killed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let elapsed = started.elapsed();
    let out = Output { status, stdout: out_thread.join().unwrap(), stderr: err_thread.join().unwrap() };
    Measured { out, elapsed, peak_kib: peak }
}

fn stderr(m: &Measured) -> String {
    String::from_utf8_lossy(&m.out.stderr).into_owned()
}

fn json(m: &Measured) -> serde_json::Value {
    serde_json::from_slice(&m.out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&m.out.stdout)))
}

fn paths(value: &serde_json::Value) -> Vec<String> {
    value["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap().to_string()).collect()
}

fn report(m: &Measured, what: &str) {
    eprintln!("{what}: {:.2} s, peak {} MiB, exit {:?}", m.elapsed.as_secs_f64(), m.peak_kib / 1024, m.out.status.code());
}

/// Prose with everything the analysis looks at: attributions, quotes,
/// figures, relative and year-less dates, links and citations.
const PROSE: &str = "North Korea has reportedly sent 3,000 troops, officials said yesterday. “We will not negotiate under fire,” the minister said on Tuesday. \"It is over.\" See [the report](https://example.org/x) for more [1]. Prices rose 12% (Smith 2020) on 3 October. A source said the talks collapsed during a meeting. ";

#[test]
fn a_fifty_megabyte_single_line_file() {
    // Bound: 60 s and 4 GiB (release, 50 MB; measured about 8 s and 1.3 GB).
    let dir = tempfile::tempdir().unwrap();
    let size = scaled(50 << 20);
    let text = PROSE.repeat(size / PROSE.len());
    std::fs::write(dir.path().join("big.md"), &text).unwrap();
    let m = run(&["check", "--quiet", "big.md"], dir.path(), limit(60));
    report(&m, &format!("{:.1} MB on one line, --quiet", text.len() as f64 / 1048576.0));
    assert_eq!(m.out.status.code(), Some(1), "{}", stderr(&m));
    let summary = String::from_utf8_lossy(&m.out.stdout);
    let findings: usize = summary.split_whitespace().next().unwrap().parse().unwrap();
    assert!(findings > text.len() / PROSE.len() * 4, "{summary}");
    assert!(m.elapsed < limit(60), "{:?}", m.elapsed);
    assert!(m.peak_kib < 4 << 20, "peak {} KiB", m.peak_kib);
    // Every output format, not only the summary, is linear in the line's
    // length: each shows a window of the line, never all of it (10 MB).
    let text = PROSE.repeat(scaled(10 << 20) / PROSE.len());
    std::fs::write(dir.path().join("big.md"), &text).unwrap();
    for format in ["human", "json", "sarif", "github", "gitlab", "junit"] {
        let m = run(&["check", "--format", format, "big.md"], dir.path(), limit(60));
        report(&m, &format!("{:.1} MB on one line, --format {format}", text.len() as f64 / 1048576.0));
        assert_eq!(m.out.status.code(), Some(1));
        assert!(m.out.stdout.len() < text.len() * 50, "{format}: {} bytes of output", m.out.stdout.len());
    }
}

#[test]
fn a_million_one_word_paragraphs() {
    // Bound: 60 s and 2 GiB through the command line (release: 1,000,000
    // paragraphs, 7 MB); 30 s through the library.
    let n = scaled(1_000_000);
    let text = "Word\n\n".repeat(n);
    let started = Instant::now();
    let doc = Document::new(text.as_str(), Format::Markdown);
    assert_eq!(doc.blocks().len(), n);
    let found = copydesk::check(&doc, &Settings::default());
    assert!(found.is_empty());
    let lib = started.elapsed();
    eprintln!("{n} one-word paragraphs, library: {:.2} s", lib.as_secs_f64());
    assert!(lib < limit(30), "{lib:?}");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("words.md"), &text).unwrap();
    let m = run(&["check", "words.md"], dir.path(), limit(60));
    report(&m, &format!("{n} one-word paragraphs"));
    assert_eq!(m.out.status.code(), Some(0), "{}", stderr(&m));
    assert!(m.peak_kib < 2 << 20, "peak {} KiB", m.peak_kib);
}

#[test]
fn thousands_of_weekdays_joined_in_one_sentence() {
    // Bound: 30 s each, no stack overflow (a weekday joined to the one
    // before is told as that one is: the walk back is cut short), also on
    // the command line's worker threads.
    let days = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    let cases = [
        ("hours", format!("---\ndate: 2026-11-27\n---\nThe show repeats on Friday at 8pm{}.\n", days.iter().cycle().take(8_400).map(|d| format!(" and on {d} at 2pm")).collect::<String>())),
        ("bare", format!("---\ndate: 2026-11-27\n---\nTalks are on Monday{}.\n", days.iter().cycle().take(8_400).map(|d| format!(" and {d}")).collect::<String>())),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in &cases {
        checked_within_30_s(&format!("joined weekdays ({name})"), name, &format!("{name}.md"), text, "the weekdays were not checked", dir.path());
    }
}

/// Checks `text` through the library and then, saved as `file` in `dir`,
/// through the command line, each within 30 s, asserting findings in both
/// (the command line's exit code 1); `what` names the case in the log.
fn checked_within_30_s(what: &str, name: &str, file: &str, text: &str, unchecked: &str, dir: &Path) -> Measured {
    let started = Instant::now();
    let (_, found) = invariants::check_text(text, Format::Markdown, &Settings::default());
    let lib = started.elapsed();
    eprintln!("{what}: library {:.2} s, {} findings", lib.as_secs_f64(), found.len());
    assert!(lib < limit(30), "{name}: {lib:?}");
    assert!(!found.is_empty(), "{name}: {unchecked}");
    std::fs::write(dir.join(file), text).unwrap();
    let m = run(&["check", "--format", "json", file], dir, limit(30));
    report(&m, what);
    assert_eq!(m.out.status.code(), Some(1), "{name}: {}", stderr(&m));
    m
}

#[test]
fn ten_thousand_deep_quotes_and_lists() {
    // Bound: 30 s each, no stack overflow (also on the command line, where
    // files are checked on worker threads), 1 GiB.
    let sentence = "Officials said 5,000 people died yesterday.";
    let cases = [
        ("quotes", format!("{}{sentence}\n", "> ".repeat(10_000))),
        ("lists", format!("{}{sentence}\n", "- ".repeat(10_000))),
        ("ordered lists", format!("{}{sentence}\n", "1. ".repeat(10_000))),
        ("quotes and lists", format!("{}{sentence}\n", "> - ".repeat(5_000))),
        ("quote lines, each one deeper (1,000)", (1..=1_000).map(|d| format!("{}{sentence}\n", "> ".repeat(d))).collect::<String>()),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in &cases {
        let file = format!("{}.md", name.split(',').next().unwrap().replace(' ', "-"));
        let m = checked_within_30_s(&format!("deep {name}"), name, &file, text, "the sentence at the bottom was not checked", dir.path());
        assert!(m.peak_kib < 1 << 20, "peak {} KiB", m.peak_kib);
    }
}

#[test]
fn nul_zero_width_and_bidi_characters_in_prose() {
    let text = "Officials\0 said 5,000\u{200b} people \u{202e}died\u{202c} yesterday.\u{2066} A\u{200d}source\u{feff} said \u{2067}“it is over”\u{2069}.\0\n\n\u{200f}Troops have reportedly moved.\u{0}";
    for format in [Format::Markdown, Format::Text] {
        let (_, found) = invariants::check_text(text, format, &Settings::default());
        assert!(!found.is_empty(), "{format:?}");
        for variant in [copydesk::fix::Applicability::Safe, copydesk::fix::Applicability::Unsafe] {
            assert!(invariants::fix_loop(text, format, &Settings::default(), variant).converged);
        }
    }
    let dir = tempfile::tempdir().unwrap();
    // The command line refuses a file with a NUL in its first 8 KiB as binary...
    std::fs::write(dir.path().join("nul.md"), text).unwrap();
    let m = run(&["check", "nul.md"], dir.path(), limit(30));
    assert_eq!(m.out.status.code(), Some(2));
    assert!(stderr(&m).contains("nul.md: binary file (contains NUL bytes), not checked"), "{}", stderr(&m));
    // ...checks one whose first NUL comes later as text...
    let late = format!("{}{text}", "Fine words here.\n\n".repeat(600));
    std::fs::write(dir.path().join("late.md"), &late).unwrap();
    let m = run(&["check", "--format", "json", "late.md"], dir.path(), limit(30));
    assert_eq!(m.out.status.code(), Some(1), "{}", stderr(&m));
    assert!(!json(&m)["files"][0]["diagnostics"].as_array().unwrap().is_empty());
    // ...and zero-width and bidi controls without NULs are ordinary text.
    std::fs::write(dir.path().join("bidi.md"), text.replace('\0', "")).unwrap();
    let m = run(&["check", "bidi.md"], dir.path(), limit(30));
    assert_eq!(m.out.status.code(), Some(1), "{}", stderr(&m));
}

#[test]
fn cr_only_line_ends() {
    let dir = tempfile::tempdir().unwrap();
    let text = "# Report\r\rIntro.\r\r<!-- copydesk-disable-next-line vague-attribution -->\rExperts say the dam will fail.\r\rTroops have reportedly moved.\r";
    std::fs::write(dir.path().join("cr.md"), text).unwrap();
    let m = run(&["check", "--format", "json", "cr.md"], dir.path(), limit(30));
    let value = json(&m);
    let d = &value["files"][0]["diagnostics"];
    assert_eq!(d.as_array().unwrap().len(), 1, "{d}");
    assert_eq!(d[0]["rule"], "vague-attribution");
    assert_eq!(d[0]["span"]["start"].as_u64().unwrap() as usize, text.find("reportedly").unwrap());
    assert_eq!(d[0]["range"]["start"]["line"], 7);
    assert_eq!(d[0]["range"]["start"]["character"], 12);
    let m = run(&["check", "--no-color", "cr.md"], dir.path(), limit(30));
    assert!(String::from_utf8_lossy(&m.out.stdout).contains("cr.md:8:13  warning  vague-attribution"), "{}", String::from_utf8_lossy(&m.out.stdout));
}

#[test]
fn a_bom_is_part_of_the_file_as_read() {
    let dir = tempfile::tempdir().unwrap();
    let text = "\u{feff}Troops have reportedly moved.\n";
    std::fs::write(dir.path().join("bom.md"), text).unwrap();
    let m = run(&["check", "--format", "json", "bom.md"], dir.path(), limit(30));
    let value = json(&m);
    let d = &value["files"][0]["diagnostics"][0];
    // Byte offsets count the BOM's three bytes: spans index the file as read.
    assert_eq!(d["span"]["start"].as_u64().unwrap() as usize, text.find("reportedly").unwrap());
    assert_eq!(&text.as_bytes()[15..25], b"reportedly");
    let m = run(&["check", "--no-color", "bom.md"], dir.path(), limit(30));
    assert!(String::from_utf8_lossy(&m.out.stdout).contains("bom.md:1:14  warning  vague-attribution"), "{}", String::from_utf8_lossy(&m.out.stdout));
}

#[test]
fn invalid_utf8_in_a_folder_of_valid_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("drafts/old")).unwrap();
    for i in 0..20 {
        std::fs::write(dir.path().join(format!("drafts/{i:02}.md")), "Troops have reportedly moved.\n").unwrap();
    }
    std::fs::write(dir.path().join("drafts/old/latin1.md"), b"Fine.\n\nThe caf\xe9 said so.\n").unwrap();
    std::fs::write(dir.path().join("drafts/old/utf16.txt"), b"\xff\xfeH\0i\0").unwrap();
    let m = run(&["check", "--format", "json", "drafts"], dir.path(), limit(30));
    assert_eq!(m.out.status.code(), Some(2));
    let err = stderr(&m);
    assert!(err.contains("drafts/old/latin1.md:3:8: not valid UTF-8 (byte offset 14), not checked"), "{err}");
    assert!(err.contains("drafts/old/utf16.txt:1:1: not valid UTF-8"), "{err}");
    let value = json(&m);
    assert_eq!(paths(&value).len(), 20);
    assert_eq!(value["summary"]["diagnostics"], 20);
}

#[test]
fn a_copydesk_toml_that_is_not_toml() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "Fine.\n").unwrap();
    for (name, bytes) in [("not toml", &b"this is [not toml\n"[..]), ("binary", &b"\x00\xff\xfe garbage"[..]), ("wrong types", &b"[rules]\nvague-attribution = 3\n"[..])] {
        std::fs::write(dir.path().join("copydesk.toml"), bytes).unwrap();
        let m = run(&["check", "a.md"], dir.path(), limit(30));
        assert_eq!(m.out.status.code(), Some(2), "{name}");
        assert!(stderr(&m).contains("copydesk.toml"), "{name}: {}", stderr(&m));
        let m = run(&["check", "--config", "copydesk.toml", "a.md"], dir.path(), limit(30));
        assert_eq!(m.out.status.code(), Some(2), "{name} via --config");
        assert!(stderr(&m).contains("copydesk.toml"), "{name} via --config: {}", stderr(&m));
    }
}

#[cfg(unix)]
#[test]
fn symlink_loops_in_a_checked_folder() {
    use std::os::unix::fs::symlink;
    // Bound: 30 s; every file once.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("reports");
    std::fs::create_dir_all(root.join("a/b")).unwrap();
    std::fs::write(root.join("top.md"), "Troops have reportedly moved.\n").unwrap();
    std::fs::write(root.join("a/b/deep.md"), "Experts say the dam will fail.\n").unwrap();
    symlink(".", root.join("here")).unwrap(); // reports/here -> reports
    symlink("../..", root.join("a/b/up")).unwrap(); // reports/a/b/up -> reports
    symlink("self.md", root.join("self.md")).unwrap(); // a link to itself
    symlink("top.md", root.join("alias.md")).unwrap(); // a second name for a file
    let m = run(&["check", "--format", "json", "reports"], dir.path(), limit(30));
    assert_eq!(m.out.status.code(), Some(1), "{}", stderr(&m));
    let mut found = paths(&json(&m));
    found.sort();
    assert_eq!(found, vec!["reports/a/b/deep.md", "reports/top.md"]);
    // Naming the looping link itself: an error, not a hang.
    let m = run(&["check", "reports/self.md"], dir.path(), limit(30));
    assert_eq!(m.out.status.code(), Some(2));
    assert!(stderr(&m).contains("reports/self.md"), "{}", stderr(&m));
}

#[test]
fn stdin_of_binary_noise_is_refused_or_checked_never_a_crash() {
    // Random bytes through stdin: refused as binary or invalid UTF-8 (exit
    // 2), never a panic.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..5 {
        let bytes: Vec<u8> = (0..4096)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                (seed >> 24) as u8
            })
            .collect();
        let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk")).args(["check", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        child.stdin.take().unwrap().write_all(&bytes).unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("binary file") || err.contains("not valid UTF-8"), "{err}");
    }
}

#[test]
fn latex_and_typst_pathological_inputs_stay_linear() {
    // Stray and deeply nested delimiters, each ~200 KB: every search for a
    // closer that fails is remembered, so none is repeated per stray.
    let sentence = "Officials said 5,000 people died yesterday.\n\n";
    let latex = [
        ("stray dollars", "$ a ".repeat(50_000)),
        ("unclosed braces", "\\textcolor{ ".repeat(20_000)),
        ("nested footnotes", "\\footnote{".repeat(20_000)),
        ("unclosed math", "\\( x \\[ ".repeat(25_000)),
        ("unclosed verbatim", format!("{sentence}\\begin{{verbatim}}{}", " x".repeat(100_000))),
        ("comments and escapes", "\\%% \\\\\n".repeat(30_000)),
        ("begin document in comments", "% \\begin{document}\n".repeat(10_000)),
        ("nested unknown commands", format!("{}{}", "\\x{ a ".repeat(20_000), "}".repeat(20_000))),
        ("nested links", format!("{}{}", "\\href{u}{".repeat(20_000), "}".repeat(20_000))),
        ("nested headings", format!("{}{}", "\\section{\\footnote{".repeat(10_000), "}".repeat(20_000))),
    ];
    let typst = [
        ("stray dollars", "$ a ".repeat(50_000)),
        ("unclosed calls", "#f( ".repeat(50_000)),
        ("nested content", "#f[".repeat(50_000)),
        ("unclosed comments", "/* ".repeat(50_000)),
        ("backticks", "` a ".repeat(50_000)),
        ("references and labels", "@a <b ".repeat(30_000)),
        ("set lines", "#set text(\n".repeat(20_000)),
        ("nested calls", format!("{}{}", "#f(a, [b ".repeat(20_000), "])".repeat(20_000))),
        ("nested content", format!("{}{}", "#emph[#link(\"u\")[".repeat(10_000), "]".repeat(20_000))),
        ("unicode escapes", "\\u{".repeat(50_000)),
    ];
    for (format, cases) in [(Format::Latex, latex), (Format::Typst, typst)] {
        for (name, body) in cases {
            let text = format!("{sentence}{body}");
            let started = Instant::now();
            let (_, _found) = invariants::check_text(&text, format, &Settings::default());
            let took = started.elapsed();
            eprintln!("{format:?} {name}: {:.3} s", took.as_secs_f64());
            assert!(took < limit(10), "{format:?} {name}: {took:?}");
        }
    }
}
