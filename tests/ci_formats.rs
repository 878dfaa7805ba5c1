//! The CI output formats (`--format sarif|github|gitlab|junit`) on the seed
//! report: snapshots, the SARIF schema, and the properties CI systems rely
//! on (severity kept, escaping, stable fingerprints); and on a report with
//! a great many findings, the memory each format adds per finding.
//!
//! The findings on the seed change as the analysis is tuned: after such a
//! change, review and accept the new snapshots
//! (`INSTA_UPDATE=always cargo test --test ci_formats`).

use std::path::Path;
use std::process::{Command, Output};

use copydesk::rules::Rule;
use serde_json::Value;

const SEED: &str = "tests/fixtures/seed.md";

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_copydesk")).args(args).current_dir(dir).env_remove("NO_COLOR").output().expect("run copydesk")
}

/// `copydesk check --format FORMAT tests/fixtures/seed.md` from the
/// repository root, so paths print as `tests/fixtures/seed.md`.
fn seed(format: &str) -> String {
    let out = run_in(manifest_dir(), &["check", "--format", format, SEED]);
    assert_eq!(out.status.code(), Some(1), "the seed has warnings; stderr: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn seed_json() -> Value {
    serde_json::from_str(&seed("json")).unwrap()
}

fn seed_findings() -> usize {
    seed_json()["files"][0]["diagnostics"].as_array().unwrap().len()
}

/// The SARIF validator: the official OASIS schema (draft-04), formats
/// checked, and every remote `$ref` refused (nothing is fetched in tests).
fn sarif_validator() -> jsonschema::Validator {
    struct NoRemote;
    impl jsonschema::Retrieve for NoRemote {
        fn retrieve(&self, uri: &jsonschema::Uri<String>) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
            Err(format!("refusing to fetch {uri}: the SARIF schema must be self-contained").into())
        }
    }
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(manifest_dir().join("tests/schemas/sarif-schema-2.1.0.json")).unwrap()).unwrap();
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .should_validate_formats(true)
        .with_retriever(NoRemote)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

fn assert_valid_sarif(validator: &jsonschema::Validator, log: &Value) {
    let errors: Vec<String> = validator.iter_errors(log).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "SARIF log fails the schema:\n{}", errors.join("\n"));
}

/// The SARIF log with what changes for other reasons than the findings
/// (the version, each rule's full documentation) replaced by placeholders,
/// after checking those parts.
fn sarif_for_snapshot(mut log: Value) -> Value {
    let driver = &mut log["runs"][0]["tool"]["driver"];
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    driver["version"] = "[version]".into();
    driver["semanticVersion"] = "[version]".into();
    for rule in driver["rules"].as_array_mut().unwrap() {
        let id = rule["id"].as_str().unwrap().to_string();
        let doc = Rule::from_id(&id).unwrap().documentation();
        assert_eq!(rule["fullDescription"]["text"], doc.as_str());
        assert_eq!(rule["help"]["markdown"], doc.as_str());
        rule["fullDescription"]["text"] = format!("[documentation of {id}]").into();
        rule["help"]["text"] = format!("[documentation of {id}]").into();
        rule["help"]["markdown"] = format!("[documentation of {id}]").into();
    }
    log
}

#[test]
fn sarif_snapshot() {
    let log: Value = serde_json::from_str(&seed("sarif")).unwrap();
    insta::assert_snapshot!("sarif", serde_json::to_string_pretty(&sarif_for_snapshot(log)).unwrap());
}

#[test]
fn github_snapshot() {
    insta::assert_snapshot!("github", seed("github"));
}

#[test]
fn gitlab_snapshot() {
    insta::assert_snapshot!("gitlab", seed("gitlab"));
}

#[test]
fn junit_snapshot() {
    insta::assert_snapshot!("junit", seed("junit"));
}

#[test]
fn sarif_validates_against_the_oasis_schema() {
    let validator = sarif_validator();
    let log: Value = serde_json::from_str(&seed("sarif")).unwrap();
    assert_valid_sarif(&validator, &log);
    // The validator does reject what the schema forbids.
    let mut bad = log.clone();
    bad["runs"][0]["results"][0]["level"] = "info".into();
    assert!(!validator.is_valid(&bad), "a level outside the SARIF enum must fail");
    let mut bad = log;
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0.into();
    assert!(!validator.is_valid(&bad), "line 0 must fail");
}

#[test]
fn sarif_stays_valid_on_awkward_input() {
    // Odd file names, CRLF, astral characters, an empty file, a file with
    // no findings, a missing file (a tool notification) and an absolute
    // path outside the current folder.
    let dir = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a b:c,d%.md"), "The army has 😀 reportedly 20,000 tanks.\r\nIt said so yesterday.\r\n").unwrap();
    std::fs::write(dir.path().join("empty.md"), "").unwrap();
    std::fs::write(dir.path().join("clean.md"), "# Title\n").unwrap();
    let outside = other.path().join("é.md");
    std::fs::write(&outside, "Officials reportedly met on Tuesday.\n").unwrap();
    let out = run_in(dir.path(), &["check", "--format", "sarif", "a b:c,d%.md", "empty.md", "clean.md", "missing.md", outside.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "a missing file is an input error");
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid_sarif(&sarif_validator(), &log);
    let run = &log["runs"][0];
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    let uris: Vec<&str> = run["results"].as_array().unwrap().iter().map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap()).collect();
    assert!(uris.contains(&"a%20b%3Ac,d%25.md"), "{uris:?}");
    assert!(uris.iter().any(|u| u.starts_with("file:///") && u.ends_with("/%C3%A9.md")), "{uris:?}");
    // Columns are UTF-16 code units: "😀" counts two.
    let tanks = run["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == "vague-attribution" && r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a%20b%3Ac,d%25.md").unwrap();
    let region = &tanks["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startColumn"], "The army has 😀 ".encode_utf16().count() + 1);
    assert_eq!(region["snippet"]["text"], "reportedly");
}

#[test]
fn sarif_lists_every_rule_and_indexes_results_into_them() {
    let log: Value = serde_json::from_str(&seed("sarif")).unwrap();
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "utf16CodeUnits");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, Rule::EVERY.iter().map(|r| r.id()).collect::<Vec<_>>());
    for (rule, r) in Rule::EVERY.iter().zip(rules) {
        assert_eq!(r["shortDescription"]["text"], rule.doc().summary);
        assert_eq!(r["helpUri"], format!("https://github.com/copydesk/copydesk/blob/main/docs/rules/{}.md", rule.id()));
        assert!(manifest_dir().join(format!("docs/rules/{}.md", rule.id())).is_file(), "helpUri of {} points at a missing page", rule.id());
    }
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), seed_findings());
    for r in results {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
        assert!(["error", "warning", "note"].contains(&r["level"].as_str().unwrap()));
    }
    // Every fix of the JSON output is there, edit for edit.
    let json = seed_json();
    let diags = json["files"][0]["diagnostics"].as_array().unwrap();
    for (d, r) in diags.iter().zip(results) {
        let fixes = r["fixes"].as_array().map(Vec::len).unwrap_or(0);
        assert_eq!(fixes, d["fixes"].as_array().unwrap().len());
        for (f, sf) in d["fixes"].as_array().unwrap().iter().zip(r["fixes"].as_array().into_iter().flatten()) {
            assert_eq!(sf["description"]["text"], f["title"]);
            let replacements = sf["artifactChanges"][0]["replacements"].as_array().unwrap();
            for (e, rep) in f["edits"].as_array().unwrap().iter().zip(replacements) {
                assert_eq!(rep["insertedContent"]["text"], e["new_text"]);
            }
        }
    }
}

#[test]
fn github_lines_keep_severity_and_escape_properties() {
    let out = seed("github");
    // More than ten of a kind: a leading notice says GitHub will not show them all.
    let lines: Vec<&str> = out.lines().filter(|l| l.contains("file=")).collect();
    assert_eq!(lines.len(), seed_findings());
    let json = seed_json();
    for (line, d) in lines.iter().zip(json["files"][0]["diagnostics"].as_array().unwrap()) {
        let cmd = match d["severity"].as_str().unwrap() {
            "error" => "::error ",
            "warning" => "::warning ",
            _ => "::notice ",
        };
        assert!(line.starts_with(cmd), "{line}");
        assert!(line.contains(&format!(",title=copydesk({})::", d["rule"].as_str().unwrap())), "{line}");
        let start = &d["range"]["start"];
        assert!(line.contains(&format!("file=tests/fixtures/seed.md,line={},", start["line"].as_u64().unwrap() + 1)), "{line}");
    }
    // Commas, colons and percent signs in a file name are escaped.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a,b:c%.md"), "The army reportedly has 20,000 tanks.\n").unwrap();
    let out = run_in(dir.path(), &["check", "--format", "github", "a,b:c%.md"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("file=a%2Cb%3Ac%25.md,line=1,"), "{text}");
}

#[test]
fn gitlab_fingerprints_are_unique_and_survive_edits_elsewhere() {
    let issues = |text: &str| -> Vec<Value> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("report.md"), text).unwrap();
        let out = run_in(dir.path(), &["check", "--format", "gitlab", "report.md"]);
        serde_json::from_slice::<Value>(&out.stdout).unwrap().as_array().unwrap().clone()
    };
    let seed_text = std::fs::read_to_string(manifest_dir().join(SEED)).unwrap();
    let before = issues(&seed_text);
    assert!(!before.is_empty());
    let prints: Vec<&str> = before.iter().map(|i| i["fingerprint"].as_str().unwrap()).collect();
    let unique: std::collections::HashSet<_> = prints.iter().collect();
    assert_eq!(unique.len(), prints.len(), "fingerprints must be unique");
    assert_eq!(issues(&seed_text), before, "same input, same report");
    // A heading added at the top moves every line but no fingerprint.
    let body = seed_text.find("\nA Ukrainian military").unwrap();
    let edited = format!("{}\n# Background\n{}", &seed_text[..body], &seed_text[body..]);
    let after = issues(&edited);
    let after_prints: Vec<&str> = after.iter().map(|i| i["fingerprint"].as_str().unwrap()).collect();
    assert_eq!(after_prints, prints);
    assert_ne!(after[0]["location"]["lines"]["begin"], before[0]["location"]["lines"]["begin"]);
    for i in &before {
        assert!(["info", "minor", "major", "critical", "blocker"].contains(&i["severity"].as_str().unwrap()));
        assert!(i["description"].is_string() && i["check_name"].is_string() && i["location"]["path"] == "report.md");
    }
}

#[test]
fn junit_has_one_case_per_file_and_a_failure_per_finding() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(manifest_dir().join(SEED), dir.path().join("seed.md")).unwrap();
    std::fs::write(dir.path().join("clean & <ok>.md"), "# Title\n").unwrap();
    let out = run_in(dir.path(), &["check", "--format", "junit", "seed.md", "clean & <ok>.md"]);
    let xml = String::from_utf8(out.stdout).unwrap();
    assert_eq!(xml.matches("<testsuite ").count(), 1);
    assert_eq!(xml.matches("<testcase ").count(), 2);
    assert_eq!(xml.matches("<failure ").count(), seed_findings());
    assert!(xml.contains(r#"<testcase name="clean &amp; &lt;ok&gt;.md" classname="copydesk" file="clean &amp; &lt;ok&gt;.md"/>"#), "{xml}");
    assert!(xml.contains(&format!(r#"tests="2" failures="{}" errors="0""#, seed_findings())));
}

/// Peak resident memory in KiB (VmHWM, sampled every 5 ms; 0 where /proc
/// is missing) of `copydesk ARGS` in `dir`, its output discarded, with
/// its exit code.
fn peak_memory(dir: &Path, args: &[&str]) -> (u64, Option<i32>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(args)
        .current_dir(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run copydesk");
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        let hwm = std::fs::read_to_string(&status_file).ok().and_then(|s| s.lines().find_map(|l| l.strip_prefix("VmHWM:")).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok()));
        peak = peak.max(hwm.unwrap_or(0));
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    (peak, status.code())
}

#[test]
fn ci_formats_write_as_they_go_with_little_memory_per_finding() {
    // One line of prose with a finding every 60 bytes or so: 10 MB (about
    // 180,000 findings) in an optimised build, 1 MB in a debug build.
    const PROSE: &str = "North Korea has reportedly sent 3,000 troops, officials said yesterday. “We will not negotiate under fire,” the minister said on Tuesday. Prices rose 12% (Smith 2020) on 3 October. A source said the talks collapsed during a meeting. ";
    let size = if cfg!(debug_assertions) { 1 << 20 } else { 10 << 20 };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.md"), PROSE.repeat(size / PROSE.len())).unwrap();
    let summary = run_in(dir.path(), &["check", "--quiet", "big.md"]);
    let findings: u64 = String::from_utf8_lossy(&summary.stdout).split_whitespace().next().and_then(|n| n.parse().ok()).unwrap();
    assert!(findings as usize > size / 100, "{findings} findings");
    // The findings themselves are held either way (the summary needs
    // them); what a format adds must stay small per finding. Building the
    // SARIF log as one JSON value took about 26 KB per finding (4.5 GB
    // here), the GitLab array about 0.8 KB.
    let (quiet, code) = peak_memory(dir.path(), &["check", "--quiet", "big.md"]);
    assert_eq!(code, Some(1));
    if quiet == 0 {
        eprintln!("no /proc: memory not measured");
        return;
    }
    for format in ["sarif", "gitlab", "json", "github", "junit"] {
        let (peak, code) = peak_memory(dir.path(), &["check", "--format", format, "big.md"]);
        assert_eq!(code, Some(1), "{format}");
        let extra = peak.saturating_sub(quiet);
        eprintln!("--format {format}: peak {} MiB, {} MiB more than --quiet, for {findings} findings", peak / 1024, extra / 1024);
        assert!(extra * 1024 < findings * 256 + (16 << 20), "--format {format}: {extra} KiB more than the summary alone for {findings} findings");
    }
}
