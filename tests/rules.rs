//! Rule fixtures: `tests/fixtures/rules/<rule-id>.md` has a `# Flags`
//! section (every paragraph must get a finding of that rule) and a
//! `# Allows` section (no paragraph may). The findings are snapshotted, and
//! every fixture also checks the fix invariants: each finding offers a fix,
//! safe fixes apply cleanly, applying them again changes nothing, and the
//! fixed text no longer has the fixed finding at that place.

use std::fmt::Write;
use std::path::Path;

use copydesk::document::{ColumnUnit, Document, Format};
use copydesk::fix::{apply_fixes, Applicability};
use copydesk::rules::Rule;
use copydesk::settings::Settings;

fn fixture_text(rule: Rule) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules").join(format!("{}.md", rule.id()));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Paragraph spans (blocks) under a heading section.
fn section_blocks(doc: &Document, heading: &str) -> Vec<(usize, usize)> {
    let text = doc.text();
    let start = text.find(&format!("# {heading}\n")).unwrap_or_else(|| panic!("no # {heading}"));
    let end = if heading == "Flags" { text.find("# Allows\n").unwrap_or(text.len()) } else { text.len() };
    // Each paragraph's region reaches back to the end of the block before it,
    // so a comment line right above a paragraph belongs to that paragraph.
    let blocks: Vec<_> = doc.blocks().iter().filter(|b| b.span.start > start && b.span.end <= end).collect();
    let mut regions = Vec::new();
    let mut from = start + heading.len() + 3;
    for b in blocks {
        if b.kind != copydesk::document::BlockKind::Heading {
            regions.push((from, b.span.end));
        }
        from = b.span.end;
    }
    regions
}

fn render(doc: &Document, rule: Rule, diags: &[copydesk::diagnostic::Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags.iter().filter(|d| d.rule == rule) {
        let p = doc.position(d.span.start, ColumnUnit::Utf8);
        writeln!(out, "{}:{} {} {:?}", p.line + 1, p.col + 1, d.severity.as_str(), doc.slice(d.span)).unwrap();
        writeln!(out, "    {}", d.message).unwrap();
        for f in &d.fixes {
            let edits: Vec<String> = f.edits.iter().map(|e| format!("{}..{} {:?}", e.span.start, e.span.end, e.new_text)).collect();
            writeln!(out, "    fix ({:?}) {}: {}", f.applicability, f.title, edits.join("; ")).unwrap();
        }
    }
    out
}

fn check_fixture(rule: Rule) {
    let text = fixture_text(rule);
    let doc = Document::new(text.as_str(), Format::Markdown);
    let settings = Settings::default();
    let diags = copydesk::check(&doc, &settings);
    let of_rule: Vec<_> = diags.iter().filter(|d| d.rule == rule).collect();
    for (start, end) in section_blocks(&doc, "Flags") {
        assert!(of_rule.iter().any(|d| d.span.start < end && d.span.end > start), "{}: nothing flagged in {:?}", rule.id(), &text[start..end]);
    }
    for (start, end) in section_blocks(&doc, "Allows") {
        let hits: Vec<&str> = of_rule.iter().filter(|d| d.span.start < end && d.span.end > start).map(|d| doc.slice(d.span)).collect();
        assert!(hits.is_empty(), "{}: flagged {hits:?} in {:?}", rule.id(), &text[start..end]);
    }
    insta::assert_snapshot!(rule.id(), render(&doc, rule, &diags));
    check_fix_invariants(&text, &settings);
}

fn check_fix_invariants(text: &str, settings: &Settings) {
    let doc = Document::new(text, Format::Markdown);
    let diags = copydesk::check(&doc, settings);
    for d in &diags {
        // Every finding offers a fix (an anonymous source whose reason is
        // already given: the comment that keeps it).
        assert!(!d.fixes.is_empty(), "{} at {:?} offers no fix", d.rule, doc.slice(d.span));
        for f in &d.fixes {
            for e in &f.edits {
                assert!(e.span.end <= text.len() && text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end), "bad edit {e:?}");
            }
        }
    }
    // Applying every safe fix, re-checking in between, settles within a
    // few passes; afterwards nothing with a safe fix is left and another
    // pass changes nothing.
    assert_safe_fixes_settle(text, Format::Markdown, settings);
}

macro_rules! fixture_tests {
    ($($name:ident => $rule:expr),* $(,)?) => {
        $(#[test] fn $name() { check_fixture($rule); })*
    };
}

fixture_tests! {
    unattributed_claim => Rule::UnattributedClaim,
    vague_attribution => Rule::VagueAttribution,
    anonymous_source => Rule::AnonymousSource,
    unattributed_quote => Rule::UnattributedQuote,
    unsourced_figure => Rule::UnsourcedFigure,
    relative_date => Rule::RelativeDate,
    missing_year => Rule::MissingYear,
    undated_event => Rule::UndatedEvent,
    unused_suppression => Rule::UnusedSuppression,
}

/// `tests/fixtures/formats/report.{tex,typ}`: the same report in LaTeX and
/// Typst. Every rule fires where the prose asks for it and nowhere in the
/// preamble, math, verbatim, raw, tables or code; a cited claim is not
/// flagged; `%`, `//` and `/* */` suppressions hold; the declared document
/// date resolves relative dates. The findings are snapshotted.
fn check_format_fixture(name: &str, format: Format) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc = Document::new(text.as_str(), format);
    assert_eq!(doc.format(), Format::from_path(name));
    assert_eq!(doc.declared_date(), Some(jiff::civil::date(2024, 10, 20)));
    let settings = Settings::default();
    let diags = copydesk::check(&doc, &settings);
    let flagged = |rule: Rule, quote: &str| diags.iter().any(|d| d.rule == rule && doc.slice(d.span).contains(quote));
    for (rule, quote) in [
        (Rule::VagueAttribution, "reportedly"),
        (Rule::UnsourcedFigure, "40"),
        (Rule::RelativeDate, "last week"),
        (Rule::RelativeDate, "recently"),
        (Rule::MissingYear, "3 October"),
        (Rule::UnattributedClaim, "Russia's reserves"),
        (Rule::UnusedSuppression, "copydesk-disable-next-line relative-date"),
    ] {
        assert!(flagged(rule, quote), "{name}: {rule} not flagged on {quote:?}");
    }
    // Never flagged: a cited claim, a suppressed finding, math numbers,
    // the preamble, verbatim or raw text, tables, code.
    for quote in ["Ukraine", "allegedly", "5000", "300", "12 \\times", "Preamble", "Sources say", "yesterday", "5,000", "North Korean-made"] {
        let hits: Vec<String> = diags.iter().filter(|d| doc.slice(d.span).contains(quote)).map(|d| d.rule.to_string()).collect();
        assert!(hits.is_empty(), "{name}: {quote:?} flagged by {hits:?}");
    }
    // The date fix uses the date the document declares.
    let last_week = diags.iter().find(|d| d.rule == Rule::RelativeDate && doc.slice(d.span) == "last week").unwrap();
    assert!(last_week.fixes.iter().any(|f| f.edits.iter().any(|e| e.new_text.contains("7 October 2024"))), "{:?}", last_week.fixes);
    let mut out = String::new();
    for rule in Rule::EVERY {
        out.push_str(&render(&doc, rule, &diags));
    }
    insta::assert_snapshot!(name.replace('.', "-"), out);
    assert_safe_fixes_settle(&text, format, &settings);
}

/// Safe fixes applied until stable leave nothing with a safe fix behind.
fn assert_safe_fixes_settle(text: &str, format: Format, settings: &Settings) {
    let mut current = text.to_string();
    for _ in 0..5 {
        let doc = Document::new(current.as_str(), format);
        let diags = copydesk::check(&doc, settings);
        let safe: Vec<_> = diags.iter().filter_map(|d| d.fixes.iter().find(|f| f.applicability == Applicability::Safe)).collect();
        let pass = apply_fixes(&current, safe.iter().copied());
        if pass.text == current {
            break;
        }
        current = pass.text;
    }
    let doc = Document::new(current.as_str(), format);
    let left: Vec<String> = copydesk::check(&doc, settings)
        .into_iter()
        .filter(|d| d.fixes.iter().any(|f| f.applicability == Applicability::Safe))
        .map(|d| format!("{} {:?}", d.rule, doc.slice(d.span)))
        .collect();
    assert!(left.is_empty(), "safe fixes did not settle: {left:?}\n{current}");
}

#[test]
fn latex_report() {
    check_format_fixture("report.tex", Format::Latex);
}

#[test]
fn typst_report() {
    check_format_fixture("report.typ", Format::Typst);
}
