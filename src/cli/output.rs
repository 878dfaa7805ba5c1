//! Output formats: human (terminal) and json (the catalogue's contract).

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;

use copydesk::diagnostic::{Diagnostic, Severity};
use copydesk::document::line_index::floor_char_boundary;
use copydesk::document::{ColumnUnit, LineIndex};

use super::FileReport;

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
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    diagnostics: usize,
    by_rule: BTreeMap<&'static str, usize>,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    files: Vec<JsonFile<'a>>,
    summary: JsonSummary,
}

pub fn by_rule(reports: &[FileReport]) -> BTreeMap<&'static str, usize> {
    let mut by_rule = BTreeMap::new();
    for r in reports {
        for d in &r.diagnostics {
            *by_rule.entry(d.rule.id()).or_insert(0) += 1;
        }
    }
    by_rule
}

pub fn json(reports: &[FileReport], out: &mut dyn Write) -> std::io::Result<()> {
    let files: Vec<JsonFile<'_>> = reports
        .iter()
        .filter(|r| r.error.is_none())
        .map(|r| {
            let index = LineIndex::new(&r.text);
            JsonFile { path: &r.display, diagnostics: r.diagnostics.iter().map(|d| json_diagnostic(&index, &r.text, d)).collect() }
        })
        .collect();
    let total: usize = reports.iter().map(|r| r.diagnostics.len()).sum();
    let report = JsonReport { version: 1, summary: JsonSummary { files: files.len(), diagnostics: total, by_rule: by_rule(reports) }, files };
    serde_json::to_writer_pretty(&mut *out, &report)?;
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

pub fn human(reports: &[FileReport], style: &Style, out: &mut dyn Write) -> std::io::Result<()> {
    for r in reports {
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
    }
    Ok(())
}

pub fn summary(reports: &[FileReport], fixed: usize, out: &mut dyn Write) -> std::io::Result<()> {
    let checked = reports.iter().filter(|r| r.error.is_none()).count();
    let mut counts = [0usize; 3];
    for d in reports.iter().flat_map(|r| &r.diagnostics) {
        counts[d.severity as usize] += 1;
    }
    let total: usize = counts.iter().sum();
    let errors = reports.iter().filter(|r| r.error.is_some()).count();
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
    let fixable = reports.iter().flat_map(|r| &r.diagnostics).filter(|d| d.fixes.iter().any(|f| f.applicability == copydesk::fix::Applicability::Safe)).count();
    if fixable > 0 {
        line.push_str(&format!("; {fixable} fixable with --fix"));
    }
    writeln!(out, "{line}")
}
