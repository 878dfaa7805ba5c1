//! Diagnostics on the wire: the `publishDiagnostics` notification written
//! straight from the findings (no intermediate JSON values: a large report
//! has thousands), reusing the previous lint's bytes for every finding an
//! edit did not move.
//!
//! A one-character edit in a 1 MB report changes the findings of one
//! paragraph; serializing the other thousands again was the largest part
//! of a lint. A finding's JSON depends only on the finding and on the
//! line and column of each offset it holds, so it is reused when the
//! previous lint had the same finding (offsets shifted by the edit) and
//! every offset's position is known not to have changed:
//!
//! - offsets before the first changed byte keep their line and column;
//! - offsets on a line that starts after the last changed byte, and started
//!   at the same place before, keep their column, and their line moves by
//!   the number of lines the edit added (written into the reused bytes).
//!
//! Everything else (the edited line, a finding whose fix reaches across the
//! edit) is serialized afresh. The result is byte for byte what a fresh
//! serialization gives (tested on random edits).

use std::io::Write;
use std::ops::Range as ByteRange;

use copydesk::diagnostic::Diagnostic;
use copydesk::fix::{Applicability, Fix};
use copydesk::rules::Rule;
use memchr::memmem;
use serde::Serialize;
use tower_lsp_server::lsp_types::{DiagnosticSeverity, Range};

use super::convert::Lines;
use super::lint::{SOURCE, rule_doc_url, severity};

/// A serialized `publishDiagnostics` notification and where each
/// diagnostic's JSON object lies in it.
#[derive(Default)]
pub struct Published {
    pub body: Vec<u8>,
    pub items: Vec<ByteRange<usize>>,
    /// How many diagnostics were copied from the previous notification.
    pub reused: usize,
}

/// The previous lint of the same document, as the wire saw it.
pub struct Previous<'a> {
    pub lines: Lines<'a>,
    pub diagnostics: &'a [Diagnostic],
    pub published: &'a Published,
}

/// The shape of a diagnostic on the wire, borrowed from the finding.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireDiagnostic<'a> {
    range: Range,
    severity: DiagnosticSeverity,
    code: &'a str,
    code_description: Href<'a>,
    source: &'static str,
    message: &'a str,
    data: FixData<'a>,
}

#[derive(Serialize)]
struct Href<'a> {
    href: &'a str,
}

/// What `Diagnostic.data` holds: the finding's fixes, with LSP ranges.
#[derive(Serialize)]
pub struct FixData<'a> {
    fixes: Vec<WireFix<'a>>,
}

#[derive(Serialize)]
struct WireFix<'a> {
    title: &'a str,
    applicability: &'static str,
    edits: Vec<WireEdit<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireEdit<'a> {
    range: Range,
    new_text: &'a str,
}

pub fn fix_data<'a>(lines: &Lines<'_>, d: &'a Diagnostic) -> FixData<'a> {
    FixData {
        fixes: d
            .fixes
            .iter()
            .map(|f: &'a Fix| WireFix {
                title: &f.title,
                applicability: match f.applicability {
                    Applicability::Safe => "safe",
                    Applicability::Unsafe => "unsafe",
                },
                edits: f.edits.iter().map(|e| WireEdit { range: lines.range(e.span), new_text: &e.new_text }).collect(),
            })
            .collect(),
    }
}

/// The documentation link of each rule, made once per lint.
struct Hrefs(Vec<(Rule, String)>);

impl Hrefs {
    fn new() -> Hrefs {
        Hrefs(Rule::EVERY.iter().map(|r| (*r, rule_doc_url(*r))).collect())
    }
    fn get(&self, rule: Rule) -> &str {
        self.0.iter().find(|(r, _)| *r == rule).map_or("", |(_, h)| h.as_str())
    }
}

fn write_diagnostic(out: &mut Vec<u8>, lines: &Lines<'_>, d: &Diagnostic, hrefs: &Hrefs) {
    let wire = WireDiagnostic {
        range: lines.range(d.span),
        severity: severity(d.severity),
        code: d.rule.id(),
        code_description: Href { href: hrefs.get(d.rule) },
        source: SOURCE,
        message: &d.message,
        data: fix_data(lines, d),
    };
    // Writing into a Vec fails only on a serializer error, which these
    // plain strings and numbers cannot raise; an empty object keeps the
    // array valid if one ever did.
    if serde_json::to_writer(&mut *out, &wire).is_err() {
        out.extend_from_slice(b"{}");
    }
}

/// The `publishDiagnostics` notification of `diagnostics` on the text of
/// `lines`, copying what it can from `previous`.
pub fn publish(uri: &str, version: Option<i32>, lines: &Lines<'_>, diagnostics: &[Diagnostic], previous: Option<&Previous<'_>>) -> Published {
    let capacity = previous.map_or(diagnostics.len() * 600, |p| p.published.body.len() + 1024);
    let mut body = super::transport::publish_head(uri, version, capacity);
    body.push(b'[');
    let hrefs = Hrefs::new();
    let mut items = Vec::with_capacity(diagnostics.len());
    let mut reused = 0;
    let mut reuse = previous.filter(|p| p.lines.encoding == lines.encoding && p.published.items.len() == p.diagnostics.len()).map(|p| Reuse::new(p, lines));
    for (i, d) in diagnostics.iter().enumerate() {
        if i > 0 {
            body.push(b',');
        }
        let start = body.len();
        if reuse.as_mut().is_some_and(|r| r.copy(d, &mut body)) {
            reused += 1;
        } else {
            write_diagnostic(&mut body, lines, d, &hrefs);
        }
        items.push(start..body.len());
    }
    body.extend_from_slice(b"]}}");
    Published { body, items, reused }
}

/// What an edit left in place between the previous text and this one.
struct Reuse<'p> {
    previous: &'p Previous<'p>,
    /// Offsets up to here (in both texts) keep their position.
    prefix: usize,
    /// From here on the texts agree (in the new text): offsets on a line
    /// that starts here or later, and started at the same place before,
    /// keep their column; they are `delta` bytes and `line_delta` lines
    /// from where they were.
    suffix_start: usize,
    delta: isize,
    line_delta: i64,
    /// The next previous diagnostic that may match (both lists are sorted
    /// by span start, and the edit keeps their order).
    next: usize,
    lines_new: &'p copydesk::document::LineIndex,
    line_finder: memmem::Finder<'static>,
}

impl<'p> Reuse<'p> {
    fn new(previous: &'p Previous<'p>, lines: &Lines<'p>) -> Reuse<'p> {
        let old = previous.lines.text.as_bytes();
        let new = lines.text.as_bytes();
        let mut prefix = common_prefix(old, new);
        // Both texts agree on char boundaries inside the prefix; at its
        // end, only if the next bytes agree.
        while prefix > 0 && !(lines.text.is_char_boundary(prefix) && previous.lines.text.is_char_boundary(prefix)) {
            prefix -= 1;
        }
        // Whether an offset right after a '\r' starts a line depends on
        // the byte after it, which may differ.
        if prefix > 0 && old[prefix - 1] == b'\r' {
            prefix -= 1;
        }
        let room = old.len().min(new.len()) - prefix;
        let suffix = common_suffix(&old[old.len() - room..], &new[new.len() - room..]);
        Reuse {
            previous,
            prefix,
            suffix_start: new.len() - suffix,
            delta: new.len() as isize - old.len() as isize,
            line_delta: lines.index.line_count() as i64 - previous.lines.index.line_count() as i64,
            next: 0,
            lines_new: lines.index,
            line_finder: memmem::Finder::new(b"\"line\":"),
        }
    }

    /// Copy `d`'s JSON from the previous notification when it is there and
    /// unmoved; false when it must be serialized.
    fn copy(&mut self, d: &Diagnostic, out: &mut Vec<u8>) -> bool {
        let (low, high) = offsets(d);
        let (shift, lines_moved) = if high <= self.prefix {
            (0, 0)
        } else if low >= self.suffix_start && self.line_kept(low) {
            (self.delta, self.line_delta)
        } else {
            return false;
        };
        let Some(at) = (d.span.start as isize).checked_sub(shift).map(|s| s as usize) else { return false };
        let old = self.previous.diagnostics;
        while self.next < old.len() && old[self.next].span.start < at {
            self.next += 1;
        }
        let Some(k) = old[self.next..].iter().take_while(|o| o.span.start == at).position(|o| same_shifted(o, d, shift)) else { return false };
        let item = &self.previous.published.body[self.previous.published.items[self.next + k].clone()];
        if lines_moved == 0 {
            out.extend_from_slice(item);
        } else {
            self.shift_lines(item, lines_moved, out);
        }
        true
    }

    /// Whether the line of `offset` (in the common end) starts in the
    /// common end and started at the same place before the edit: then its
    /// text up to `offset` is unchanged, and so is every line after it.
    fn line_kept(&self, offset: usize) -> bool {
        let start = self.lines_new.line_start(self.lines_new.line_of(offset));
        let Some(before) = (start as isize).checked_sub(self.delta).map(|s| s as usize) else { return false };
        let old = self.previous.lines.index;
        start >= self.suffix_start && old.line_start(old.line_of(before)) == before
    }

    /// Write `item` with every `"line":N` made `N + by` (a key can only
    /// appear outside strings: inside one every quote is escaped).
    fn shift_lines(&self, item: &[u8], by: i64, out: &mut Vec<u8>) {
        let mut copied = 0;
        for at in self.line_finder.find_iter(item) {
            let digits = at + b"\"line\":".len();
            let end = digits + item[digits..].iter().take_while(|b| b.is_ascii_digit()).count();
            let line: i64 = std::str::from_utf8(&item[digits..end]).ok().and_then(|s| s.parse().ok()).unwrap_or(0);
            out.extend_from_slice(&item[copied..digits]);
            let _ = write!(out, "{}", line + by);
            copied = end;
        }
        out.extend_from_slice(&item[copied..]);
    }
}

/// The lowest and highest offset a diagnostic holds (its span and its
/// fixes' edits).
fn offsets(d: &Diagnostic) -> (usize, usize) {
    let mut low = d.span.start;
    let mut high = d.span.end;
    for e in d.fixes.iter().flat_map(|f| &f.edits) {
        low = low.min(e.span.start);
        high = high.max(e.span.end);
    }
    (low, high)
}

/// `new` is `old` with every offset moved by `shift`.
fn same_shifted(old: &Diagnostic, new: &Diagnostic, shift: isize) -> bool {
    let moved = |a: usize, b: usize| a as isize + shift == b as isize;
    old.rule == new.rule
        && old.severity == new.severity
        && moved(old.span.start, new.span.start)
        && moved(old.span.end, new.span.end)
        && old.message == new.message
        && old.fixes.len() == new.fixes.len()
        && old.fixes.iter().zip(&new.fixes).all(|(a, b)| {
            a.title == b.title
                && a.applicability == b.applicability
                && a.edits.len() == b.edits.len()
                && a.edits.iter().zip(&b.edits).all(|(x, y)| moved(x.span.start, y.span.start) && moved(x.span.end, y.span.end) && x.new_text == y.new_text)
        })
}

/// Length of the common start of two byte strings (compared a block at a
/// time: the texts are megabytes and differ at one place).
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 256;
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + BLOCK <= n && a[i..i + BLOCK] == b[i..i + BLOCK] {
        i += BLOCK;
    }
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
}

/// Length of the common end of two byte strings of the same length.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 256;
    let n = a.len().min(b.len());
    let (a, b) = (&a[a.len() - n..], &b[b.len() - n..]);
    let mut i = 0;
    while i + BLOCK <= n && a[n - i - BLOCK..n - i] == b[n - i - BLOCK..n - i] {
        i += BLOCK;
    }
    while i < n && a[n - i - 1] == b[n - i - 1] {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use super::super::convert::Encoding;
    use copydesk::document::{Document, Format};
    use copydesk::settings::Settings;

    fn published(text: &str, encoding: Encoding, previous: Option<(&Document, &[Diagnostic], &Published)>) -> (Document, Vec<Diagnostic>, Published) {
        let doc = Document::new(text, Format::Markdown);
        let diagnostics = copydesk::check(&doc, &Settings::default());
        let lines = Lines::new(doc.text(), doc.line_index(), encoding);
        let previous = previous.map(|(doc, diagnostics, published)| Previous { lines: Lines::new(doc.text(), doc.line_index(), encoding), diagnostics, published });
        let p = publish("file:///r.md", Some(1), &lines, &diagnostics, previous.as_ref());
        (doc, diagnostics, p)
    }

    /// A small deterministic generator (no dependency for a test).
    struct Lcg(u64);
    impl Lcg {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((self.0 >> 33) as usize) % n.max(1)
        }
    }

    const REPORT: &str = "# Rail strike\r\n\r\nTrain drivers will walk out yesterday, reportedly over pay.\r\nSources say 40% of services will run on 3 October.\r\n\r\nThe union said 12,000 members voted. 😀 Ministers currently plan talks, officials said.\n\nA source said 20 troops died.\rThe fund grew by £3.4bn last year.\n\n> \"We will not back down,\" a spokesman said.\n\nPrices rose 7% on 12 March.\n";

    #[test]
    fn reused_bytes_equal_a_fresh_serialization_after_any_edit() {
        let inserts = ["x", "é", "😀", "\n", "\r", "\r\n", "\n\n", "12", " yesterday ", "\"", ""];
        let mut rng = Lcg(7);
        let mut reused_some = false;
        for encoding in [Encoding::Utf16, Encoding::Utf8] {
            let mut text = REPORT.to_string();
            let (mut doc, mut diagnostics, mut published_prev) = published(&text, encoding, None);
            for _ in 0..300 {
                // Replace a random char range (possibly empty) by a random insert.
                let a = text.floor_char_boundary(rng.below(text.len() + 1));
                let b = text.floor_char_boundary((a + rng.below(4)).min(text.len()));
                let insert = inserts[rng.below(inserts.len())];
                // Keep the report from shrinking away or growing without end.
                if text.len() < REPORT.len() / 2 && insert.is_empty() || text.len() > REPORT.len() * 2 && b == a {
                    continue;
                }
                text.replace_range(a..b, insert);
                let (new_doc, new_diagnostics, incremental) = published(&text, encoding, Some((&doc, &diagnostics, &published_prev)));
                let (_, _, fresh) = published(&text, encoding, None);
                assert_eq!(String::from_utf8_lossy(&incremental.body), String::from_utf8_lossy(&fresh.body), "after replacing {a}..{b} by {insert:?}");
                assert_eq!(incremental.items, fresh.items);
                reused_some |= incremental.reused > 0;
                (doc, diagnostics, published_prev) = (new_doc, new_diagnostics, incremental);
            }
        }
        assert!(reused_some);
    }

    #[test]
    fn an_edit_reuses_the_findings_before_and_after_it() {
        let text = REPORT.replace('\r', "");
        let (doc, diagnostics, first) = published(&text, Encoding::Utf16, None);
        assert!(diagnostics.len() >= 8, "{diagnostics:?}");
        // A word inserted in the middle paragraph, on a line of its own
        // finding-free text; then a new line there.
        for insert in ["Indeed ", "\n\n"] {
            let at = text.find("The union").unwrap();
            let edited = format!("{}{insert}{}", &text[..at], &text[at..]);
            let (_, after, incremental) = published(&edited, Encoding::Utf16, Some((&doc, &diagnostics, &first)));
            let on_line: usize = after.iter().filter(|d| d.span.start >= at && d.span.start < at + edited[at..].find('\n').unwrap()).count();
            assert_eq!(incremental.reused, after.len() - on_line, "{insert:?}");
            assert_eq!(incremental.body, published(&edited, Encoding::Utf16, None).2.body);
        }
    }

    #[test]
    fn the_array_is_the_body_s_diagnostics() {
        let (_, diagnostics, p) = published(REPORT, Encoding::Utf16, None);
        let v: serde_json::Value = serde_json::from_slice(&p.body).unwrap();
        assert_eq!(v["params"]["diagnostics"].as_array().unwrap().len(), diagnostics.len());
        for (item, d) in p.items.iter().zip(&diagnostics) {
            let one: serde_json::Value = serde_json::from_slice(&p.body[item.clone()]).unwrap();
            assert_eq!(one["code"], d.rule.id());
        }
    }
}
