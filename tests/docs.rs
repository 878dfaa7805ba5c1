//! `docs/rules/<id>.md` is generated from each rule's documentation (the
//! same text `copydesk explain` prints and LSP hover shows). Run with
//! `COPYDESK_UPDATE_DOCS=1` to rewrite the files after changing a rule's doc.

use copydesk::rules::Rule;

#[test]
fn rule_docs_match_the_rule_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let update = std::env::var_os("COPYDESK_UPDATE_DOCS").is_some();
    let mut stale = Vec::new();
    for rule in Rule::EVERY {
        let path = dir.join(format!("{}.md", rule.id()));
        let expected = format!("{}\n", rule.documentation().trim_end());
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &expected).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(expected.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "stale rule docs (run COPYDESK_UPDATE_DOCS=1 cargo test --test docs): {stale:?}");
}

#[test]
fn every_rule_doc_has_the_sections() {
    for rule in Rule::EVERY {
        let doc = rule.documentation();
        for section in ["## What it flags", "## Why", "## Example", "## Fix safety"] {
            assert!(doc.contains(section), "{} lacks {section}", rule.id());
        }
    }
}
