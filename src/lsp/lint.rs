//! One lint of one document version, run on a blocking thread from a
//! snapshot: the library's `check`, with per-block analysis reuse, and the
//! findings converted once to LSP diagnostics (fixes in `data`).

use std::sync::{Arc, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use copydesk::analysis::time::{DateStyle, TimeKind};
use copydesk::diagnostic::{Diagnostic, Severity};
use copydesk::document::Document;
use copydesk::rules::Rule;
use copydesk::settings::Settings;
use copydesk::span::Span;
use tower_lsp_server::lsp_types::{self as lsp, CodeDescription, DiagnosticSeverity, NumberOrString, Position, Range};

use super::config::{ConfigFile, Resolved};
use super::convert::{Encoding, Lines};
use super::state::Snapshot;
use super::wire::{self, Previous, Published};

pub const SOURCE: &str = "copydesk";
pub const DOCS_BASE: &str = "https://github.com/copydesk/copydesk/blob/main/docs/rules";

/// A relative time expression and the date it resolves to.
#[derive(Clone, Debug)]
pub struct TimeHint {
    pub span: Span,
    pub date: Option<jiff::civil::Date>,
}

pub struct LintResult {
    pub version: i32,
    /// The document's edit count at the snapshot (see `OpenDoc::tick`).
    pub tick: u64,
    /// Settings generation the result was made under.
    pub generation: u64,
    pub encoding: Encoding,
    pub doc: Document,
    pub settings: Arc<Settings>,
    pub config: Option<Arc<ConfigFile>>,
    pub diagnostics: Vec<Diagnostic>,
    /// The `publishDiagnostics` notification for this version, serialized
    /// once here, off the event loop.
    pub published: Published,
    /// `diagnostics` as typed LSP diagnostics, made when first asked for
    /// (pull requests, code actions).
    typed: OnceLock<Vec<lsp::Diagnostic>>,
    /// The diagnostic shown when the document is too large.
    too_large_diagnostic: Option<lsp::Diagnostic>,
    pub times: Vec<TimeHint>,
    pub date: Option<jiff::civil::Date>,
    pub date_style: DateStyle,
    /// Set when the document was over `maxFileSize` (its size) and not checked.
    pub too_large: Option<usize>,
    pub elapsed: Duration,
    /// Where the time went: parse, analysis, rules, conversion to LSP.
    pub stages: [Duration; 4],
    pub analysed: usize,
    pub reused: usize,
}

impl LintResult {
    pub fn lines(&self) -> Lines<'_> {
        Lines::new(self.doc.text(), self.doc.line_index(), self.encoding)
    }

    /// All diagnostics as LSP diagnostics.
    pub fn lsp_diagnostics(&self) -> &[lsp::Diagnostic] {
        self.typed.get_or_init(|| match &self.too_large_diagnostic {
            Some(d) => vec![d.clone()],
            None => {
                let lines = self.lines();
                let links = RuleLinks::new();
                self.diagnostics.iter().map(|d| to_lsp(&lines, d, &links)).collect()
            }
        })
    }

    /// The `i`-th diagnostic as an LSP diagnostic.
    pub fn lsp_diagnostic(&self, i: usize) -> lsp::Diagnostic {
        match self.typed.get() {
            Some(all) => all[i].clone(),
            None => to_lsp(&self.lines(), &self.diagnostics[i], &RuleLinks::new()),
        }
    }
}

/// Lint a snapshot. Lints of one document run one at a time (they share
/// its analysis cache).
pub fn lint(snap: &Snapshot, resolved: Resolved, generation: u64, max_file_size: usize, encoding: Encoding) -> Arc<LintResult> {
    let started = Instant::now();
    let mut cache = snap.cache.lock().unwrap_or_else(PoisonError::into_inner);
    let settings = resolved.settings;
    let size = snap.rope.len_bytes();
    let result = if size > max_file_size {
        let doc = Document::new(String::new(), snap.format);
        let message = format!("copydesk did not check this document: it is {} bytes, over the `maxFileSize` setting ({} bytes).", size, max_file_size);
        let info = lsp::Diagnostic {
            range: Range::new(Position::new(0, 0), Position::new(0, 0)),
            severity: Some(DiagnosticSeverity::INFORMATION),
            code: Some(NumberOrString::String("file-too-large".into())),
            source: Some(SOURCE.into()),
            message,
            ..Default::default()
        };
        let array = serde_json::to_vec(&[&info]).unwrap_or_else(|_| b"[]".to_vec());
        cache.previous = None;
        LintResult {
            version: snap.version,
            tick: snap.tick,
            generation,
            encoding,
            doc,
            settings,
            config: resolved.config,
            diagnostics: Vec::new(),
            published: Published { body: super::transport::publish_body(snap.uri.as_str(), Some(snap.version), &array), items: Vec::new(), reused: 0 },
            typed: OnceLock::new(),
            too_large_diagnostic: Some(info),
            times: Vec::new(),
            date: None,
            date_style: DateStyle::DayMonth,
            too_large: Some(size),
            elapsed: started.elapsed(),
            stages: [Duration::ZERO; 4],
            analysed: 0,
            reused: 0,
        }
    } else {
        let text = snap.rope.to_string();
        test_hook(&text);
        let doc = Document::new(text, snap.format);
        let parsed = started.elapsed();
        if !cache.lexicon.as_ref().is_some_and(|l| Arc::ptr_eq(l, &settings.lexicon)) {
            cache.analysis.clear();
            cache.lexicon = Some(settings.lexicon.clone());
        }
        let analysis = copydesk::analysis::analyze_cached(&doc, &settings.lexicon, &mut cache.analysis);
        let analysed_at = started.elapsed();
        let diagnostics = copydesk::check_analyzed(&doc, &analysis, &settings);
        let checked = started.elapsed();
        let date = copydesk::document_date(&doc, &settings);
        let times: Vec<TimeHint> = analysis
            .sentences()
            .flat_map(|(_, s)| s.times.iter())
            .filter_map(|t| match &t.kind {
                TimeKind::Relative(rel) => Some(TimeHint { span: Span::from(t.span.clone()), date: date.and_then(|d| copydesk::dates::resolve_date(&rel.reference, d)) }),
                _ => None,
            })
            .collect();
        // The style dates are shown in, as the rules write them, from the
        // counts the analysis keeps per paragraph (a scan of the whole
        // document took most of a lint on a large report).
        let date_style = if times.iter().any(|t| t.date.is_some()) { copydesk::analysis::detect_style(&doc, &analysis).unwrap_or(settings.date_style) } else { settings.date_style };
        let lines = Lines::new(doc.text(), doc.line_index(), encoding);
        let previous = cache.previous.take();
        let previous = previous.as_deref().map(|p| Previous { lines: p.lines(), diagnostics: &p.diagnostics, published: &p.published });
        let published = wire::publish(snap.uri.as_str(), Some(snap.version), &lines, &diagnostics, previous.as_ref());
        let converted = started.elapsed();
        LintResult {
            version: snap.version,
            tick: snap.tick,
            generation,
            encoding,
            settings,
            config: resolved.config,
            diagnostics,
            published,
            typed: OnceLock::new(),
            too_large_diagnostic: None,
            times,
            date,
            date_style,
            too_large: None,
            elapsed: converted,
            stages: [parsed, analysed_at - parsed, checked - analysed_at, converted - checked],
            analysed: cache.analysis.last_analysed,
            reused: cache.analysis.last_reused,
            doc,
        }
    };
    let result = Arc::new(result);
    if result.too_large.is_none() {
        cache.previous = Some(result.clone());
    }
    result
}

/// For the end-to-end tests: when the server runs with
/// `COPYDESK_LSP_TEST_PANIC` set, a document containing
/// `copydesk-test-panic` makes the lint panic, to check that a panic does
/// not take the server down (in release builds too, as CI runs them).
fn test_hook(text: &str) {
    static ENABLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if *ENABLED.get_or_init(|| std::env::var_os("COPYDESK_LSP_TEST_PANIC").is_some()) && text.contains("copydesk-test-panic") {
        panic!("test panic requested by the document");
    }
}

/// Where a rule's documentation is (`codeDescription.href`).
pub fn rule_doc_url(rule: Rule) -> String {
    format!("{DOCS_BASE}/{}.md", rule.id())
}

/// The documentation link of each rule, parsed once per lint.
pub struct RuleLinks(Vec<(Rule, Option<lsp::Uri>)>);

impl RuleLinks {
    pub fn new() -> RuleLinks {
        RuleLinks(Rule::EVERY.iter().map(|r| (*r, super::convert::parse_uri(&rule_doc_url(*r)))).collect())
    }
    fn get(&self, rule: Rule) -> Option<lsp::Uri> {
        self.0.iter().find(|(r, _)| *r == rule).and_then(|(_, u)| u.clone())
    }
}

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Info => DiagnosticSeverity::INFORMATION,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Error => DiagnosticSeverity::ERROR,
    }
}

fn to_lsp(lines: &Lines<'_>, d: &Diagnostic, links: &RuleLinks) -> lsp::Diagnostic {
    lsp::Diagnostic {
        range: lines.range(d.span),
        severity: Some(severity(d.severity)),
        code: Some(NumberOrString::String(d.rule.id().to_string())),
        code_description: links.get(d.rule).map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message: d.message.clone(),
        related_information: None,
        tags: None,
        data: serde_json::to_value(wire::fix_data(lines, d)).ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use copydesk::document::Format;

    #[test]
    fn wire_and_typed_diagnostics_agree() {
        let text = "😀 North Korea has reportedly sent over 1.5 million shells.\r\n\r\nA source said 20 troops died.\n";
        let doc = Document::new(text, Format::Markdown);
        let diagnostics = copydesk::check(&doc, &Settings::default());
        assert!(diagnostics.len() >= 2);
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let lines = Lines::new(doc.text(), doc.line_index(), encoding);
            let body: serde_json::Value = serde_json::from_slice(&wire::publish("file:///r.md", None, &lines, &diagnostics, None).body).unwrap();
            let wire: Vec<lsp::Diagnostic> = serde_json::from_value(body["params"]["diagnostics"].clone()).unwrap();
            let links = RuleLinks::new();
            let typed: Vec<lsp::Diagnostic> = diagnostics.iter().map(|d| to_lsp(&lines, d, &links)).collect();
            assert_eq!(wire, typed);
        }
    }
}
