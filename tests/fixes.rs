//! Fixes, before and after: every rule's fixes on texts with CRLF line
//! ends, a BOM, curly quotes and multi-byte characters before the edit;
//! `check --fix` / `--diff` on files.

use std::path::Path;
use std::process::Command;

use copydesk::document::{Document, Format};
use copydesk::fix::{apply_fixes, Applicability};
use copydesk::settings::Settings;

/// Every fix of every finding, applied alone: "title\n  before → after".
fn each_fix(text: &str, date: Option<&str>) -> String {
    let settings = Settings { date_override: date.map(|d| d.parse().unwrap()), ..Settings::default() };
    let doc = Document::new(text, Format::Markdown);
    let mut out = String::new();
    for d in copydesk::check(&doc, &settings) {
        for f in &d.fixes {
            let fixed = apply_fixes(text, [f]).text;
            // Show the changed line(s) only.
            let before_lines: Vec<&str> = text.split_inclusive('\n').collect();
            let after_lines: Vec<&str> = fixed.split_inclusive('\n').collect();
            let changed: Vec<String> = after_lines.iter().filter(|l| !before_lines.contains(l)).map(|l| format!("{l:?}")).collect();
            out.push_str(&format!("{} [{:?}] {}\n    {}\n", d.rule, f.applicability, f.title, changed.join("\n    ")));
        }
    }
    out
}

#[test]
fn fixes_before_and_after() {
    let text = "\u{feff}---\r\ndate: 2026-11-28\r\n---\r\n\r\nCafé owners in Zürich said on Tuesday that “the plan” had failed.\r\n\r\nNorth Korea has reportedly sent over 1.5 million shells to Russia.\r\n\r\nThe war has significantly drained Russia’s reserves.\r\n\r\nA senior official, speaking anonymously, said the talks were over.\r\n\r\nTroops are currently training and will deploy by year’s end.\r\n\r\nThe ministry met again on 3 October, and the 😀 summit ends tomorrow.\r\n\r\nThe leader spoke during a mass meeting at the terminal.\r\n\r\nSales rose recently.\r\n";
    insta::assert_snapshot!("fixes_crlf_bom", each_fix(text, None));
}

#[test]
fn fixes_without_a_document_date_are_unsafe_placeholders() {
    let text = "The vote took place on Tuesday and the count ended on 3 October.\n";
    let out = each_fix(text, None);
    assert!(out.contains("relative-date [Unsafe]") && out.contains("missing-year [Unsafe]"), "{out}");
    let dated = each_fix(text, Some("2024-10-20"));
    assert!(dated.contains("on Tuesday, 15 October 2024") && dated.contains("3 October 2024"), "{dated}");
}

#[test]
fn month_day_documents_get_month_day_dates() {
    let text = "The report was filed on October 1, 2024. The vote was yesterday.\n";
    let out = each_fix(text, Some("2024-10-20"));
    assert!(out.contains("on October 19, 2024"), "{out}");
}

fn copydesk(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_copydesk")).args(args).current_dir(dir).output().unwrap()
}

#[test]
fn fix_on_the_seed_adds_the_year_and_diff_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed.md");
    let original = std::fs::read_to_string(&seed).unwrap();
    std::fs::write(dir.path().join("seed.md"), &original).unwrap();
    let diff = copydesk(&["check", "--date", "2024-10-20", "--diff", "seed.md"], dir.path());
    let diff_text = String::from_utf8_lossy(&diff.stdout);
    assert!(diff_text.contains("+A Ukrainian missile strike near Donetsk City on 3 October 2024 reportedly"), "{diff_text}");
    assert_eq!(std::fs::read_to_string(dir.path().join("seed.md")).unwrap(), original, "--diff wrote the file");
    let fixed = copydesk(&["check", "--date", "2024-10-20", "--fix", "seed.md"], dir.path());
    let summary = String::from_utf8_lossy(&fixed.stdout);
    assert!(summary.contains("fixed"), "{summary}");
    let after = std::fs::read_to_string(dir.path().join("seed.md")).unwrap();
    assert!(after.contains("on 3 October 2024 reportedly"));
    assert!(!after.contains("on 3 October reportedly"));
    // A second run has nothing safe left to do.
    let again = copydesk(&["check", "--date", "2024-10-20", "--fix", "seed.md"], dir.path());
    assert_eq!(std::fs::read_to_string(dir.path().join("seed.md")).unwrap(), after);
    assert!(!String::from_utf8_lossy(&again.stdout).contains("fixed"));
}

#[test]
fn fix_keeps_crlf_and_bom_and_permissions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.md");
    std::fs::write(&path, "\u{feff}Troops are training.\r\n\r\nThe minister resigned yesterday.\r\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let out = copydesk(&["check", "--date", "2026-11-28", "--fix", "a.md"], dir.path());
    assert!(out.status.code().is_some());
    let after = std::fs::read(&path).unwrap();
    assert_eq!(String::from_utf8(after).unwrap(), "\u{feff}Troops are training.\r\n\r\nThe minister resigned on 27 November 2026.\r\n");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 1, "temporary files left: {leftovers:?}");
}

#[test]
fn unsafe_fixes_only_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.md");
    std::fs::write(&path, "Sales rose recently.\n").unwrap();
    copydesk(&["check", "--fix", "a.md"], dir.path());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "Sales rose recently.\n");
    copydesk(&["check", "--fix", "--unsafe-fixes", "a.md"], dir.path());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "Sales rose on [DATE].\n");
}

#[test]
fn unsafe_fixes_take_the_first_alternative_and_never_a_suppression() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.md");
    // Two readings of the year, the likelier first; a source whose reason
    // for anonymity is given, whose only offer is a suppression comment.
    let text = "---\ndate: 2026-11-27\n---\n\nThe closing ceremony takes place on 6 December.\n\nA senior official, speaking anonymously because she was not authorised to comment, said the talks were over.\n";
    std::fs::write(&path, text).unwrap();
    copydesk(&["check", "--fix", "--unsafe-fixes", "a.md"], dir.path());
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert!(fixed.contains("on 6 December 2026."), "{fixed}");
    assert!(!fixed.contains("copydesk-disable"), "{fixed}");
}

#[test]
fn safe_fixes_keep_every_word() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed.md")).unwrap();
    let settings = Settings { date_override: Some("2024-10-20".parse().unwrap()), ..Settings::default() };
    let doc = Document::new(text.as_str(), Format::Markdown);
    let diags = copydesk::check(&doc, &settings);
    let safe: Vec<_> = diags.iter().filter_map(|d| d.fixes.iter().find(|f| f.applicability == Applicability::Safe)).collect();
    let fixed = apply_fixes(&text, safe).text;
    // Only date words are replaced; every other word stays, in order.
    let date_words = ["currently", "by", "year’s", "end."];
    let mut fixed_words = fixed.split_whitespace();
    for w in text.split_whitespace().filter(|w| !date_words.contains(w)) {
        assert!(fixed_words.any(|f| f == w || f.starts_with(w.trim_end_matches('.'))), "lost or reordered {w:?}");
    }
}
