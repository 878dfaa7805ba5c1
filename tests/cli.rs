//! The `copydesk` binary, end to end: output contract, exit codes, bad
//! input, configuration, fixes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_copydesk"));
    c.env_remove("NO_COLOR");
    c
}

fn run(args: &[&str], dir: &Path) -> Output {
    bin().args(args).current_dir(dir).output().expect("run copydesk")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

fn rules_of(value: &serde_json::Value) -> Vec<String> {
    value["files"].as_array().unwrap().iter().flat_map(|f| f["diagnostics"].as_array().unwrap().iter().map(|d| d["rule"].as_str().unwrap().to_string())).collect()
}

#[test]
fn seed_report_yields_every_labelled_finding() {
    let seed = fixture("seed.md");
    let out = run(&["check", "--format", "json", seed.to_str().unwrap()], Path::new("."));
    assert_eq!(out.status.code(), Some(1));
    let value = json(&out);
    let text = std::fs::read_to_string(&seed).unwrap();
    let diags = value["files"][0]["diagnostics"].as_array().unwrap();
    for line in std::fs::read_to_string(fixture("seed.labels.jsonl")).unwrap().lines() {
        let label: serde_json::Value = serde_json::from_str(line).unwrap();
        let quote = label["quote"].as_str().unwrap();
        let n = label["occurrence"].as_u64().unwrap() as usize;
        let start = text.match_indices(quote).nth(n - 1).map(|(i, _)| i).expect("label quote in text");
        let end = start + quote.len();
        let found = diags.iter().any(|d| {
            d["rule"] == label["rule"] && d["span"]["start"].as_u64().unwrap() < end as u64 && d["span"]["end"].as_u64().unwrap() > start as u64
        });
        assert!(found, "missing {} on {quote:?}", label["rule"]);
    }
}

#[test]
fn json_output_has_the_catalogue_shape() {
    let out = run(&["check", "--format", "json", fixture("seed.md").to_str().unwrap()], Path::new("."));
    let value = json(&out);
    assert_eq!(value["version"], 1);
    let d = &value["files"][0]["diagnostics"][0];
    for key in ["rule", "severity", "message", "span", "range", "fixes"] {
        assert!(!d[key].is_null(), "diagnostic lacks {key}: {d}");
    }
    assert!(d["range"]["start"]["line"].is_u64() && d["range"]["start"]["character"].is_u64());
    let fix = &d["fixes"][0];
    assert!(fix["title"].is_string() && fix["applicability"].is_string() && fix["edits"][0]["span"]["start"].is_u64());
    assert_eq!(value["summary"]["files"], 1);
    assert_eq!(value["summary"]["diagnostics"].as_u64().unwrap() as usize, value["files"][0]["diagnostics"].as_array().unwrap().len());
}

#[test]
fn a_fully_sourced_report_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("clean.md");
    std::fs::write(
        &path,
        "---\ndate: 2024-10-20\n---\n\n# Troops in Russia\n\nNorth Korean troops are training in Russia, the Ukrainian defence ministry said on 18 October 2024.\n\nDefence Minister Kim Yong-hyun told lawmakers on 17 October 2024 that a deployment was “highly likely”.\n\n“It is highly likely that North Korea would send additional troops,” he said.\n",
    )
    .unwrap();
    let out = run(&["check", path.to_str().unwrap()], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 findings"));
}

#[test]
fn bad_files_are_reported_and_the_rest_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.md"), "North Korea has reportedly sent shells.\n").unwrap();
    std::fs::write(dir.path().join("bad.md"), b"caf\xe9 au lait\n").unwrap();
    std::fs::write(dir.path().join("binary.txt"), b"\x00\x01\x02binary").unwrap();
    std::fs::write(dir.path().join("empty.md"), b"").unwrap();
    std::fs::write(dir.path().join("ignored.rs"), b"fn main() {}").unwrap();
    let out = run(&["check", "--format", "json", "."], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.md:1:4: not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("binary.txt: binary file"), "{stderr}");
    let value = json(&out);
    let paths: Vec<&str> = value["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, vec!["./empty.md", "./good.md"]);
    assert_eq!(rules_of(&value), vec!["vague-attribution"]);
}

#[test]
fn exit_codes_follow_fail_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "A source said the talks were over.\n").unwrap();
    // anonymous-source is info: below the default threshold.
    assert_eq!(run(&["check", "a.md"], dir.path()).status.code(), Some(0));
    assert_eq!(run(&["check", "--fail-on", "info", "a.md"], dir.path()).status.code(), Some(1));
    std::fs::write(dir.path().join("b.md"), "Troops have reportedly moved.\n").unwrap();
    assert_eq!(run(&["check", "b.md"], dir.path()).status.code(), Some(1));
    assert_eq!(run(&["check", "--fail-on", "never", "b.md"], dir.path()).status.code(), Some(0));
    assert_eq!(run(&["check", "--fail-on", "error", "b.md"], dir.path()).status.code(), Some(0));
    assert_eq!(run(&["check", "--select", "no-such-rule", "b.md"], dir.path()).status.code(), Some(2));
    assert_eq!(run(&["check", "missing.md"], dir.path()).status.code(), Some(2));
}

#[test]
fn select_and_ignore_filter_rules() {
    let seed = fixture("seed.md");
    let s = seed.to_str().unwrap();
    let only = json(&run(&["check", "--format", "json", "--select", "vague-attribution", s], Path::new(".")));
    assert!(rules_of(&only).iter().all(|r| r == "vague-attribution"));
    assert_eq!(rules_of(&only).len(), 4);
    let without = json(&run(&["check", "--format", "json", "--ignore", "vague-attribution,unsourced-figure", s], Path::new(".")));
    assert!(!rules_of(&without).iter().any(|r| r == "vague-attribution" || r == "unsourced-figure"));
}

#[test]
fn stdin_with_a_filename() {
    let mut child = bin()
        .args(["check", "--format", "json", "--stdin-filename", "draft.md", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all("Experts say the dam will fail.\n".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let value = json(&out);
    assert_eq!(value["files"][0]["path"], "draft.md");
    assert_eq!(rules_of(&value), vec!["vague-attribution"]);
}

#[test]
fn human_output_underlines_and_respects_no_color() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "Troops have reportedly moved.\n").unwrap();
    let out = bin().args(["check", "a.md"]).env("NO_COLOR", "1").current_dir(dir.path()).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("a.md:1:13  warning  vague-attribution  Vague attribution “reportedly”"), "{text}");
    assert!(text.contains("            ^^^^^^^^^^"), "{text}");
    assert!(!text.contains('\x1b'));
    assert!(text.contains("1 finding (0 error, 1 warning, 0 info) in 1 file"), "{text}");
}

#[test]
fn explain_prints_the_rule_docs() {
    let out = run(&["explain", "unsourced-figure"], Path::new("."));
    let docs = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules/unsourced-figure.md")).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim_end(), docs.trim_end());
    assert_eq!(run(&["explain", "nope"], Path::new(".")).status.code(), Some(2));
    let rules = String::from_utf8_lossy(&run(&["rules"], Path::new(".")).stdout).to_string();
    assert_eq!(rules.lines().count(), 9);
}

#[test]
fn config_turns_rules_off_and_adds_house_phrases() {
    let dir = tempfile::tempdir().unwrap();
    let text = "The leader spoke during a mass meeting at the terminal.\n\nWord on the street is that the port will close.\n";
    std::fs::write(dir.path().join("a.md"), text).unwrap();
    let before = rules_of(&json(&run(&["check", "--format", "json", "a.md"], dir.path())));
    assert!(before.contains(&"undated-event".to_string()), "{before:?}");
    assert!(!before.contains(&"vague-attribution".to_string()));
    std::fs::write(dir.path().join("copydesk.toml"), "[rules]\nundated-event = \"off\"\n\n[attribution]\nvague-phrases = [\"word on the street\"]\n").unwrap();
    let after = rules_of(&json(&run(&["check", "--format", "json", "a.md"], dir.path())));
    assert!(!after.contains(&"undated-event".to_string()), "{after:?}");
    assert!(after.contains(&"vague-attribution".to_string()), "{after:?}");
}

#[test]
fn a_config_typo_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "Fine.\n").unwrap();
    std::fs::write(dir.path().join("copydesk.toml"), "[rules]\nundated-event = \"off\"\n\n[attribution]\nvague-phrase = [\"x\"]\n").unwrap();
    let out = run(&["check", "a.md"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("copydesk.toml:5:") && stderr.contains("vague-phrase"), "{stderr}");
}

#[test]
fn init_writes_a_config_that_parses() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run(&["init"], dir.path()).status.code(), Some(0));
    assert_eq!(run(&["init"], dir.path()).status.code(), Some(2));
    std::fs::write(dir.path().join("a.md"), "Fine.\n").unwrap();
    assert_eq!(run(&["check", "a.md"], dir.path()).status.code(), Some(0));
}

#[test]
fn config_file_globs_pick_files_in_folders() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("drafts")).unwrap();
    std::fs::write(dir.path().join("a.md"), "Troops have reportedly moved.\n").unwrap();
    std::fs::write(dir.path().join("drafts/b.md"), "Troops have reportedly moved.\n").unwrap();
    std::fs::write(dir.path().join("copydesk.toml"), "[files]\nexclude = [\"drafts/**\"]\n").unwrap();
    let value = json(&run(&["check", "--format", "json", "."], dir.path()));
    let paths: Vec<&str> = value["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, vec!["./a.md"]);
    // A file named explicitly is always checked.
    let value = json(&run(&["check", "--format", "json", "drafts/b.md"], dir.path()));
    assert_eq!(value["files"].as_array().unwrap().len(), 1);
}

#[test]
fn latex_and_typst_files_and_folders() {
    let dir = tempfile::tempdir().unwrap();
    let tex = "\\documentclass{article}\n\\begin{document}\n% copydesk-disable-next-line relative-date\nTroops moved yesterday.\n\nNorth Korea has reportedly sent shells $x = 5000$.\n\nPrices rose 40 percent \\cite{un}.\n\\end{document}\n";
    let typ = "#set page(margin: 2cm)\n// copydesk-disable-next-line relative-date\nTroops moved yesterday.\n\nNorth Korea has reportedly sent shells $x = 5000$.\n\nPrices rose 40 percent @un.\n";
    std::fs::create_dir(dir.path().join("papers")).unwrap();
    std::fs::write(dir.path().join("papers/paper.tex"), tex).unwrap();
    std::fs::write(dir.path().join("papers/notes.typ"), typ).unwrap();
    std::fs::write(dir.path().join("papers/ignored.bib"), "@article{un, title={Reportedly 5000}}").unwrap();
    // Each file on its own: the `%` / `//` suppression holds, math is no figure.
    for (name, comment) in [("papers/paper.tex", "% "), ("papers/notes.typ", "// ")] {
        let out = run(&["check", "--format", "json", name], dir.path());
        assert_eq!(out.status.code(), Some(1), "{name}");
        let value = json(&out);
        assert_eq!(rules_of(&value), ["vague-attribution"], "{name}: {value}");
        let text = std::fs::read_to_string(dir.path().join(name)).unwrap();
        let start = value["files"][0]["diagnostics"][0]["span"]["start"].as_u64().unwrap() as usize;
        assert_eq!(&text[start..start + "reportedly".len()], "reportedly");
        assert!(text.contains(&format!("{comment}copydesk-disable-next-line")));
    }
    // A folder: both files, in order, and nothing else.
    let out = run(&["check", "--format", "json", "papers"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let value = json(&out);
    let paths: Vec<&str> = value["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(paths[0].ends_with("notes.typ") && paths[1].ends_with("paper.tex"), "{paths:?}");
    assert_eq!(rules_of(&value), ["vague-attribution", "vague-attribution"]);
    // `--fix` writes a safe fix into a LaTeX file and keeps its markup.
    let out = run(&["check", "--fix", "papers/paper.tex"], dir.path());
    assert!(out.status.code().is_some(), "{}", String::from_utf8_lossy(&out.stderr));
    let fixed = std::fs::read_to_string(dir.path().join("papers/paper.tex")).unwrap();
    assert!(fixed.contains("[citation needed]") && fixed.contains("$x = 5000$") && fixed.contains("\\cite{un}"), "{fixed}");
}

/// A reader that stops early (`copydesk inspect big.md | head -1`) ends
/// the output quietly: no panic, exit 0, for every command that prints.
#[test]
fn a_closed_pipe_ends_output_quietly() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let paragraph = "The ministry said on 3 October 2024 that 1,200 people had been evacuated, and officials expect more.\n\n";
    let big = dir.path().join("big.md");
    std::fs::write(&big, paragraph.repeat(20_000)).unwrap();
    for args in [&["inspect", "big.md"][..], &["inspect", "--format", "json", "big.md"], &["check", "big.md"], &["check", "--format", "json", "big.md"]] {
        let mut child = bin().args(args).current_dir(dir.path()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("run copydesk");
        let mut first = [0u8; 16];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // (the pipe's reading end is dropped here, with the rest unread)
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(matches!(out.status.code(), Some(0 | 1)), "{args:?}: {:?} {stderr}", out.status);
    }
}
