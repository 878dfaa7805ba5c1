//! GitHub Actions workflow commands: one `::error` / `::warning` /
//! `::notice` line per finding, which the runner turns into an annotation
//! on the file and lines.
//!
//! Escaping follows GitHub's toolkit (`@actions/core`, `command.ts`):
//! in the message `%`, `\r`, `\n`; in property values also `:` and `,`.
//!
//! GitHub turns at most 10 commands of each kind per step into annotations
//! (the rest stay in the log). When a kind goes over, a notice saying so
//! comes first, so that it is itself shown.

use std::io::Write;

use copydesk::diagnostic::Severity;
use copydesk::document::LineIndex;

use super::{Region, Spool, relative_path};
use crate::cli::reports::Reports;

/// Escape a command's message (its data).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escape a property value.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Annotations GitHub shows per kind and step.
pub const SHOWN_PER_KIND: usize = 10;

/// The commands, written as the reports come: to a spool, because the
/// notice that goes first needs the counts of the whole run.
pub fn write(reports: &mut Reports<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    let mut spool = Spool::new();
    for r in reports.by_ref() {
        if let Some(e) = &r.error {
            writeln!(spool, "::error title={}::{}", escape_property("copydesk"), escape_data(e))?;
            continue;
        }
        let index = LineIndex::new(&r.text);
        let file = escape_property(&relative_path(&r.display));
        for d in &r.diagnostics {
            let reg = Region::of_finding(&index, &r.text, d.span);
            writeln!(
                spool,
                "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                command(d.severity),
                file,
                reg.start_line,
                reg.start_column,
                reg.end_line,
                reg.end_column,
                escape_property(&format!("copydesk({})", d.rule.id())),
                escape_data(&d.message),
            )?;
        }
    }
    let totals = &reports.totals;
    let mut counts = totals.by_severity;
    counts[Severity::Error as usize] += totals.not_checked;
    if counts.iter().any(|&n| n > SHOWN_PER_KIND) {
        writeln!(
            out,
            "::notice title={}::{}",
            escape_property("copydesk"),
            escape_data(&format!(
                "{} findings ({} error, {} warning, {} info). GitHub shows at most {SHOWN_PER_KIND} annotations of each kind per step: the step's log lists every finding, and --format sarif with code scanning shows them all.",
                totals.findings(),
                counts[Severity::Error as usize],
                counts[Severity::Warning as usize],
                counts[Severity::Info as usize],
            ))
        )?;
    }
    spool.copy_to(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use copydesk::diagnostic::Diagnostic;
    use copydesk::rules::Rule;
    use copydesk::span::Span;

    use crate::cli::FileReport;

    fn report(findings: usize) -> FileReport {
        let text = "x\n".repeat(findings);
        let diagnostics = (0..findings).map(|i| Diagnostic::new(Rule::VagueAttribution, Span::new(2 * i, 2 * i + 1), "m")).collect();
        FileReport { display: "a.md".into(), text, diagnostics, error: None, fixed: 0, diff: None }
    }

    fn lines(findings: usize) -> Vec<String> {
        let mut out = Vec::new();
        write(&mut Reports::new([report(findings)].into_iter()), &mut out).unwrap();
        String::from_utf8(out).unwrap().lines().map(str::to_string).collect()
    }

    #[test]
    fn says_first_when_github_will_not_show_every_annotation() {
        let ten = lines(10);
        assert_eq!(ten.len(), 10);
        assert!(ten.iter().all(|l| l.starts_with("::warning file=a.md,")));
        let eleven = lines(11);
        assert_eq!(eleven.len(), 12);
        assert!(eleven[0].starts_with("::notice title=copydesk::11 findings (0 error, 11 warning, 0 info). GitHub shows at most 10"), "{}", eleven[0]);
        assert_eq!(eleven[1], "::warning file=a.md,line=1,col=1,endLine=1,endColumn=2,title=copydesk(vague-attribution)::m");
    }

    #[test]
    fn escapes_as_the_toolkit_does() {
        assert_eq!(escape_data("50% off\r\nnext: a, b"), "50%25 off%0D%0Anext: a, b");
        assert_eq!(escape_property("a:b,c%d\ne"), "a%3Ab%2Cc%25d%0Ae");
        // `%` first, so an escape is never escaped twice.
        assert_eq!(escape_property("%3A"), "%253A");
    }
}
