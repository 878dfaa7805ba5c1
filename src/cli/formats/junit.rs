//! JUnit XML, for CI systems that read test reports: one test suite, one
//! test case per checked file, one `<failure>` per finding; a file that
//! could not be checked is a test case with an `<error>`.

use std::io::Write;

use copydesk::document::LineIndex;

use super::{Region, Spool, relative_path};
use crate::cli::reports::Reports;

/// Escape text for XML 1.0 content and attribute values. Characters XML 1.0
/// cannot carry at all (most C0 controls) become U+FFFD.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The test cases, written as the reports come: to a spool, because the
/// suite's opening tag carries the counts of the whole run.
pub fn write(reports: &mut Reports<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    let mut cases = Spool::new();
    for r in reports.by_ref() {
        let path = relative_path(&r.display);
        let name = escape(&path);
        if let Some(e) = &r.error {
            writeln!(cases, r#"    <testcase name="{name}" classname="copydesk">"#)?;
            writeln!(cases, r#"      <error message="{}" type="input-error">{}</error>"#, escape(e), escape(e))?;
            writeln!(cases, "    </testcase>")?;
            continue;
        }
        if r.diagnostics.is_empty() {
            writeln!(cases, r#"    <testcase name="{name}" classname="copydesk" file="{name}"/>"#)?;
            continue;
        }
        writeln!(cases, r#"    <testcase name="{name}" classname="copydesk" file="{name}">"#)?;
        let index = LineIndex::new(&r.text);
        for d in &r.diagnostics {
            let reg = Region::of_finding(&index, &r.text, d.span);
            let flagged = r.text.get(d.span.range()).unwrap_or("");
            let body = format!(
                "{path}:{}:{}: {} {}: {}\n{}",
                reg.start_line,
                reg.start_column,
                d.severity.as_str(),
                d.rule.id(),
                d.message,
                flagged
            );
            writeln!(
                cases,
                r#"      <failure message="{}" type="{}">{}</failure>"#,
                escape(&format!("{}:{}: {}", reg.start_line, reg.start_column, d.message)),
                d.rule.id(),
                escape(&body)
            )?;
        }
        writeln!(cases, "    </testcase>")?;
    }
    let totals = &reports.totals;
    let (tests, failures, errors) = (totals.files, totals.findings(), totals.not_checked);
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(out, r#"<testsuites name="copydesk" tests="{tests}" failures="{failures}" errors="{errors}">"#)?;
    writeln!(out, r#"  <testsuite name="copydesk" tests="{tests}" failures="{failures}" errors="{errors}" skipped="0">"#)?;
    cases.copy_to(out)?;
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_forbidden_controls() {
        assert_eq!(escape(r#"<a href="x">&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
        assert_eq!(escape("a\u{0}b\u{1b}c\td"), "a\u{FFFD}b\u{FFFD}c\td");
    }
}
