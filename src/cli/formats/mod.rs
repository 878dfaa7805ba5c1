//! Output formats for CI systems: SARIF 2.1.0, GitHub Actions workflow
//! commands, GitLab Code Quality and JUnit XML. The human and json formats
//! live in `output.rs`.
//!
//! Shared here: how a report's path is written (relative, forward slashes),
//! 1-based regions, and stable fingerprints.

pub mod github;
pub mod gitlab;
pub mod junit;
pub mod sarif;

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Seek, SeekFrom, Write};

use copydesk::diagnostic::Diagnostic;
use copydesk::document::{ColumnUnit, LineIndex};
use copydesk::span::Span;

use super::FileReport;

/// The project's home, for tool metadata.
pub const HOMEPAGE: &str = "https://github.com/copydesk/copydesk";

/// Where a rule's documentation is published.
pub fn help_uri(rule_id: &str) -> String {
    format!("{HOMEPAGE}/blob/main/docs/rules/{rule_id}.md")
}

/// A report's path as CI systems want it: relative to the current folder
/// when it can be, with forward slashes and no leading `./`.
pub fn relative_path(display: &str) -> String {
    let mut path = display.replace('\\', "/");
    if std::path::Path::new(display).is_absolute()
        && let Ok(cwd) = std::env::current_dir()
        && let Ok(rest) = std::path::Path::new(display).strip_prefix(&cwd)
    {
        path = rest.to_string_lossy().replace('\\', "/");
    }
    while let Some(rest) = path.strip_prefix("./") {
        path = rest.trim_start_matches('/').to_string();
    }
    path
}

/// A 1-based region: lines and columns, columns in UTF-16 code units, the
/// end column exclusive (one past the last character), as SARIF counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    pub start_line: u32,
    pub start_column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

impl Region {
    /// The exact region of a span.
    pub fn exact(index: &LineIndex, text: &str, span: Span) -> Region {
        let start = index.position(text, span.start, ColumnUnit::Utf16);
        let end = index.position(text, span.end.max(span.start), ColumnUnit::Utf16);
        Region { start_line: start.line + 1, start_column: start.col + 1, end_line: end.line + 1, end_column: end.col + 1 }
    }

    /// The region of a finding for display: a span that ends just after a
    /// line break ends at the end of the previous line instead of column 1
    /// of the next.
    pub fn of_finding(index: &LineIndex, text: &str, span: Span) -> Region {
        let mut end = span.end.max(span.start);
        if end > span.start {
            let bytes = text.as_bytes();
            while end > span.start && matches!(bytes.get(end - 1), Some(b'\n' | b'\r')) {
                end -= 1;
            }
        }
        Region::exact(index, text, Span::new(span.start, end))
    }
}

/// FNV-1a, 128 bits: a small, stable, dependency-free hash. Not for
/// security; for fingerprints that must not change between runs, machines
/// or Rust releases.
pub fn fnv1a_128(parts: &[&[u8]]) -> String {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut hash = OFFSET;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            // A separator, so ("ab", "c") and ("a", "bc") differ.
            hash ^= 0xff;
            hash = hash.wrapping_mul(PRIME);
        }
        for &b in *part {
            hash ^= u128::from(b);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    format!("{hash:032x}")
}

/// Fingerprints of a report's findings, one by one in the order of
/// `diagnostics`: a hash of the path, the rule, the flagged text and which
/// occurrence of that (rule, text) pair in the file it is. Offsets and line
/// numbers are left out, so the fingerprint survives edits elsewhere in the
/// file.
pub struct Fingerprints<'a> {
    path: String,
    text: &'a str,
    seen: HashMap<(&'static str, &'a str), usize>,
}

impl<'a> Fingerprints<'a> {
    pub fn new(report: &'a FileReport) -> Fingerprints<'a> {
        Fingerprints { path: relative_path(&report.display), text: &report.text, seen: HashMap::new() }
    }

    /// The fingerprint of the report's next finding.
    pub fn next(&mut self, d: &Diagnostic) -> String {
        let flagged = flagged_text(self.text, d);
        let n = self.seen.entry((d.rule.id(), flagged)).or_insert(0);
        *n += 1;
        fnv1a_128(&[self.path.as_bytes(), d.rule.id().as_bytes(), flagged.as_bytes(), n.to_string().as_bytes()])
    }
}

/// Output that must wait for something known only at the end (a header
/// with the totals of the run): kept in a temporary file rather than in
/// memory, then copied out after that.
pub enum Spool {
    File(BufWriter<File>),
    /// When no temporary file can be made.
    Memory(Vec<u8>),
}

impl Spool {
    pub fn new() -> Spool {
        match tempfile::tempfile() {
            Ok(f) => Spool::File(BufWriter::with_capacity(1 << 16, f)),
            Err(_) => Spool::Memory(Vec::new()),
        }
    }

    pub fn copy_to(self, out: &mut dyn Write) -> std::io::Result<()> {
        match self {
            Spool::File(w) => {
                let mut f = w.into_inner().map_err(|e| e.into_error())?;
                f.seek(SeekFrom::Start(0))?;
                std::io::copy(&mut f, out)?;
                Ok(())
            }
            Spool::Memory(v) => out.write_all(&v),
        }
    }
}

impl Write for Spool {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Spool::File(w) => w.write(buf),
            Spool::Memory(v) => v.write(buf),
        }
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match self {
            Spool::File(w) => w.write_all(buf),
            Spool::Memory(v) => v.write_all(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Spool::File(w) => w.flush(),
            Spool::Memory(_) => Ok(()),
        }
    }
}

/// The text a finding points at ("" when its span is not in the text).
pub fn flagged_text<'a>(text: &'a str, d: &Diagnostic) -> &'a str {
    text.get(d.span.range()).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_use_forward_slashes_and_drop_dot_slash() {
        assert_eq!(relative_path("./docs/a.md"), "docs/a.md");
        assert_eq!(relative_path(".//docs/a.md"), "docs/a.md");
        assert_eq!(relative_path("docs\\b.md"), "docs/b.md");
        let cwd = std::env::current_dir().unwrap();
        let abs = cwd.join("x").join("y.md");
        assert_eq!(relative_path(&abs.display().to_string()), "x/y.md");
    }

    #[test]
    fn regions_are_one_based_utf16_with_exclusive_end() {
        let text = "a😀b\ncd\n";
        let index = LineIndex::new(text);
        let b = text.find('b').unwrap();
        let r = Region::exact(&index, text, Span::new(b, b + 1));
        assert_eq!(r, Region { start_line: 1, start_column: 4, end_line: 1, end_column: 5 });
        // A span swallowing the line break ends on its own line.
        let r = Region::of_finding(&index, text, Span::new(0, b + 2));
        assert_eq!(r, Region { start_line: 1, start_column: 1, end_line: 1, end_column: 5 });
        let r = Region::exact(&index, text, Span::new(0, b + 2));
        assert_eq!((r.end_line, r.end_column), (2, 1));
    }

    #[test]
    fn a_spool_gives_back_what_was_written() {
        let mut spool = Spool::new();
        for i in 0..20_000 {
            writeln!(spool, "line {i}").unwrap();
        }
        let mut out = b"header\n".to_vec();
        spool.copy_to(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("header\nline 0\nline 1\n"));
        assert!(text.ends_with("line 19999\n"));
        assert_eq!(text.lines().count(), 20_001);
    }

    #[test]
    fn fnv_is_stable_and_separates_parts() {
        assert_eq!(fnv1a_128(&[b""]), "6c62272e07bb014262b821756295c58d");
        assert_ne!(fnv1a_128(&[b"ab", b"c"]), fnv1a_128(&[b"a", b"bc"]));
    }
}
