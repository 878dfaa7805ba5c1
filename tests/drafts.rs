//! Drafts of the genres copydesk's users write (a wire story, a science
//! story, a court report, company results, an NGO situation report, a policy
//! brief, a research report, a central-bank statement, an investigation, an
//! audit summary, an obituary, a health explainer, a council budget story, a
//! match report, an election night, a climate story, a startup feature, a
//! conflict dispatch, a rights report, a market report, an inquiry summary,
//! a press release, a staff newsletter, a fact-check), written as
//! professionals write them with a few deliberate flaws. Their findings are
//! snapshotted: a change that adds or removes a finding on them shows up in
//! review, where it is judged against `docs/rules/` (these drafts found most
//! of the false alarms fixed so far).

use std::fmt::Write as _;
use std::path::Path;

use copydesk::document::{Document, Format};
use copydesk::settings::Settings;

#[test]
fn findings_on_the_drafts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/drafts");
    let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).filter(|n| n.ends_with(".md")).collect();
    names.sort();
    assert!(names.len() >= 24, "{names:?}");
    let settings = Settings::default();
    let mut out = String::new();
    for name in names {
        let text = std::fs::read_to_string(dir.join(&name)).unwrap();
        let doc = Document::new(text.as_str(), Format::Markdown);
        let diags = copydesk::check(&doc, &settings);
        writeln!(out, "## {name} ({} findings)", diags.len()).unwrap();
        for d in &diags {
            writeln!(out, "{} {:?}", d.rule.id(), doc.slice(d.span)).unwrap();
        }
        out.push('\n');
    }
    insta::assert_snapshot!("drafts", out);
}
