//! Output formats: human (terminal) and json (the catalogue's contract).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::Write;

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use copydesk::diagnostic::{Diagnostic, Severity};
use copydesk::document::line_index::floor_char_boundary;
use copydesk::document::{ColumnUnit, LineIndex};

use super::FileReport;
use super::formats::Spool;
use super::reports::{Reports, Totals};

/// A 0-based line and UTF-16 character, as in LSP.
#[derive(Serialize)]
pub struct Position {
    pub line: u32,
    pub character: u32,
}

#[derive(Serialize)]
pub struct Range {
    pub start: Position,
    pub end: Position,
}

pub fn range(index: &LineIndex, text: &str, span: copydesk::span::Span) -> Range {
    let at = |offset| {
        let p = index.position(text, offset, ColumnUnit::Utf16);
        Position { line: p.line, character: p.col }
    };
    Range { start: at(span.start), end: at(span.end) }
}

/// One diagnostic in the catalogue's JSON shape.
#[derive(Serialize)]
pub struct JsonDiagnostic<'a> {
    pub rule: &'static str,
    pub severity: &'static str,
    pub message: &'a str,
    pub span: copydesk::span::Span,
    pub range: Range,
    pub fixes: &'a [copydesk::fix::Fix],
}

pub fn json_diagnostic<'a>(index: &LineIndex, text: &str, d: &'a Diagnostic) -> JsonDiagnostic<'a> {
    JsonDiagnostic { rule: d.rule.id(), severity: d.severity.as_str(), message: &d.message, span: d.span, range: range(index, text, d.span), fixes: &d.fixes }
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    diagnostics: JsonDiagnostics<'a>,
}

/// A file's findings in the JSON shape, serialized one by one.
struct JsonDiagnostics<'a> {
    index: &'a LineIndex,
    text: &'a str,
    diagnostics: &'a [Diagnostic],
}

impl Serialize for JsonDiagnostics<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.diagnostics.iter().map(|d| json_diagnostic(self.index, self.text, d)))
    }
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    files: usize,
    diagnostics: usize,
    by_rule: &'a BTreeMap<&'static str, usize>,
}

/// `{"version", "files", "summary"}`, the files written as the reports
/// come and the summary, counted meanwhile, after them.
struct JsonReport<'r, 'a>(RefCell<&'r mut Reports<'a>>);

impl Serialize for JsonReport<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut report = s.serialize_struct("JsonReport", 3)?;
        report.serialize_field("version", &1u32)?;
        report.serialize_field("files", &JsonFiles(&self.0))?;
        let reports = self.0.borrow();
        let totals = &reports.totals;
        report.serialize_field("summary", &JsonSummary { files: totals.checked(), diagnostics: totals.findings(), by_rule: &totals.by_rule })?;
        report.end()
    }
}

struct JsonFiles<'c, 'r, 'a>(&'c RefCell<&'r mut Reports<'a>>);

impl Serialize for JsonFiles<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut files = s.serialize_seq(None)?;
        let mut reports = self.0.borrow_mut();
        for r in reports.by_ref().filter(|r| r.error.is_none()) {
            let index = LineIndex::new(&r.text);
            files.serialize_element(&JsonFile { path: &r.display, diagnostics: JsonDiagnostics { index: &index, text: &r.text, diagnostics: &r.diagnostics } })?;
        }
        files.end()
    }
}

pub fn json(reports: &mut Reports<'_>, out: &mut impl Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &JsonReport(RefCell::new(reports)))?;
    writeln!(out)
}

pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() }
    }
    fn severity(&self, s: Severity) -> String {
        match s {
            Severity::Error => self.paint("1;31", "error"),
            Severity::Warning => self.paint("1;33", "warning"),
            Severity::Info => self.paint("1;36", "info"),
        }
    }
}

/// Characters of a long line shown before and after a finding, and of the
/// finding itself, in the human format.
const CONTEXT_CHARS: usize = 80;
const SPAN_CHARS: usize = 160;

/// The human format: with `diff`, each file's diff and, after all of them,
/// the findings (kept in a spool meanwhile); the findings unless `quiet`;
/// then the summary line.
pub fn human(reports: &mut Reports<'_>, style: &Style, diff: bool, quiet: bool, out: &mut dyn Write) -> std::io::Result<()> {
    let mut findings_later = (diff && !quiet).then(Spool::new);
    for r in reports.by_ref() {
        if diff && let Some(d) = &r.diff {
            write!(out, "{d}")?;
        }
        if !quiet {
            match &mut findings_later {
                Some(spool) => human_file(&r, style, spool)?,
                None => human_file(&r, style, out)?,
            }
        }
    }
    if let Some(spool) = findings_later {
        spool.copy_to(out)?;
    }
    summary(&reports.totals, out)
}

/// One file's findings, each with its line (a window of it when long).
fn human_file(r: &FileReport, style: &Style, out: &mut dyn Write) -> std::io::Result<()> {
    let text = r.text.as_str();
    let index = LineIndex::new(text);
    // (line, byte offset, char column) of the previous finding: findings
    // come sorted, so on one long line each column is counted on from
    // the one before instead of from the line start.
    let mut cursor = (usize::MAX, 0, 0);
    for d in &r.diagnostics {
        let p = index.position(text, d.span.start, ColumnUnit::Utf8);
        let line = p.line as usize;
        let (ls, le) = index.line_span(text, line);
        let start = floor_char_boundary(text, d.span.start.clamp(ls, le));
        let col_chars = if cursor.0 == line && cursor.1 <= start { cursor.2 + text[cursor.1..start].chars().count() } else { text[ls..start].chars().count() };
        cursor = (line, start, col_chars);
        writeln!(out, "{}:{}:{}  {}  {}  {}", style.paint("1", &r.display), p.line + 1, col_chars + 1, style.severity(d.severity), style.paint("2", d.rule.id()), d.message)?;
        // The line, cut to a window around the finding when it is long.
        let end = floor_char_boundary(text, d.span.end.clamp(start, le));
        let end = text[start..end].char_indices().nth(SPAN_CHARS).map_or(end, |(i, _)| start + i);
        let from = text[ls..start].char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(ls, |(i, _)| ls + i);
        let to = text[end..le].char_indices().nth(CONTEXT_CHARS).map_or(le, |(i, _)| end + i);
        let (before, after) = (if from > ls { "…" } else { "" }, if to < le { "…" } else { "" });
        let shown: String = text[from..to].chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
        let underline_start = before.chars().count() + text[from..start].chars().count();
        let underline_len = text[start..end].chars().count().max(1);
        writeln!(out, "    {before}{shown}{after}")?;
        writeln!(out, "    {}{}", " ".repeat(underline_start), style.paint("1;33", &"^".repeat(underline_len)))?;
    }
    Ok(())
}

pub fn summary(totals: &Totals, out: &mut dyn Write) -> std::io::Result<()> {
    let checked = totals.checked();
    let counts = totals.by_severity;
    let total = totals.findings();
    let errors = totals.not_checked;
    let fixed = totals.fixed;
    let mut line = format!(
        "{} finding{} ({} error, {} warning, {} info) in {} file{}",
        total,
        if total == 1 { "" } else { "s" },
        counts[Severity::Error as usize],
        counts[Severity::Warning as usize],
        counts[Severity::Info as usize],
        checked,
        if checked == 1 { "" } else { "s" }
    );
    if errors > 0 {
        line.push_str(&format!("; {errors} file{} not checked", if errors == 1 { "" } else { "s" }));
    }
    if fixed > 0 {
        line.push_str(&format!("; fixed {fixed}"));
    }
    if totals.fixable > 0 {
        line.push_str(&format!("; {} fixable with --fix", totals.fixable));
    }
    writeln!(out, "{line}")
}
