//! GitHub Actions workflow commands: one `::error` / `::warning` /
//! `::notice` line per finding, which the runner turns into an annotation
//! on the file and lines.
//!
//! Escaping follows GitHub's toolkit (`@actions/core`, `command.ts`):
//! in the message `%`, `\r`, `\n`; in property values also `:` and `,`.

use std::io::Write;

use copydesk::diagnostic::Severity;
use copydesk::document::LineIndex;

use super::{relative_path, Region};
use crate::cli::FileReport;

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

pub fn write(reports: &[FileReport], out: &mut dyn Write) -> std::io::Result<()> {
    for r in reports {
        if let Some(e) = &r.error {
            writeln!(out, "::error title={}::{}", escape_property("copydesk"), escape_data(e))?;
            continue;
        }
        let index = LineIndex::new(&r.text);
        let file = escape_property(&relative_path(&r.display));
        for d in &r.diagnostics {
            let reg = Region::of_finding(&index, &r.text, d.span);
            writeln!(
                out,
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
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_toolkit_does() {
        assert_eq!(escape_data("50% off\r\nnext: a, b"), "50%25 off%0D%0Anext: a, b");
        assert_eq!(escape_property("a:b,c%d\ne"), "a%3Ab%2Cc%25d%0Ae");
        // `%` first, so an escape is never escaped twice.
        assert_eq!(escape_property("%3A"), "%253A");
    }
}
