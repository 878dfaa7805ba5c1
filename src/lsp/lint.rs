//! One lint of one document version, run on a blocking thread from a
//! snapshot: the library's `check`, with per-block analysis reuse, and the
//! findings converted once to LSP diagnostics (fixes in `data`).

use std::sync::{Arc, PoisonError};
use std::time::{Duration, Instant};

use copydesk::analysis::time::{self, DateStyle, TimeKind};
use copydesk::diagnostic::{Diagnostic, Severity};
use copydesk::document::Document;
use copydesk::fix::{Applicability, Fix};
use copydesk::rules::Rule;
use copydesk::settings::Settings;
use copydesk::span::Span;
use serde_json::{Value, json};
use tower_lsp_server::lsp_types::{self as lsp, CodeDescription, DiagnosticSeverity, NumberOrString, Position, Range};

use super::config::{ConfigFile, Resolved};
use super::convert::{Encoding, Lines};
use super::state::Snapshot;

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
    /// Settings generation the result was made under.
    pub generation: u64,
    pub encoding: Encoding,
    pub doc: Document,
    pub settings: Arc<Settings>,
    pub config: Option<Arc<ConfigFile>>,
    pub diagnostics: Vec<Diagnostic>,
    /// `diagnostics` as LSP diagnostics, same order.
    pub lsp: Vec<lsp::Diagnostic>,
    pub times: Vec<TimeHint>,
    pub date: Option<jiff::civil::Date>,
    pub date_style: DateStyle,
    /// Set when the document was over `maxFileSize` (its size) and not checked.
    pub too_large: Option<usize>,
    pub elapsed: Duration,
    pub analysed: usize,
    pub reused: usize,
}

impl LintResult {
    pub fn lines(&self) -> Lines<'_> {
        Lines::new(self.doc.text(), self.doc.line_index(), self.encoding)
    }
}

/// Lint a snapshot. Jobs for one document run one at a time (they share its
/// analysis cache); a job finding the same version already done reuses it.
pub fn lint(snap: &Snapshot, resolved: Resolved, generation: u64, max_file_size: usize, encoding: Encoding) -> Arc<LintResult> {
    let started = Instant::now();
    let mut cache = snap.cache.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(last) = &cache.last
        && last.version == snap.version
        && last.generation == generation
    {
        return last.clone();
    }
    let settings = resolved.settings;
    let size = snap.rope.len_bytes();
    let result = if size > max_file_size {
        let doc = Document::new(String::new(), snap.format);
        let message = format!("copydesk did not check this document: it is {} bytes, over the `maxFileSize` setting ({} bytes).", size, max_file_size);
        let lsp = vec![lsp::Diagnostic {
            range: Range::new(Position::new(0, 0), Position::new(0, 0)),
            severity: Some(DiagnosticSeverity::INFORMATION),
            code: Some(NumberOrString::String("file-too-large".into())),
            source: Some(SOURCE.into()),
            message,
            ..Default::default()
        }];
        LintResult {
            version: snap.version,
            generation,
            encoding,
            doc,
            settings,
            config: resolved.config,
            diagnostics: Vec::new(),
            lsp,
            times: Vec::new(),
            date: None,
            date_style: DateStyle::DayMonth,
            too_large: Some(size),
            elapsed: started.elapsed(),
            analysed: 0,
            reused: 0,
        }
    } else {
        let text = snap.rope.to_string();
        test_hook(&text);
        let doc = Document::new(text, snap.format);
        if !cache.lexicon.as_ref().is_some_and(|l| Arc::ptr_eq(l, &settings.lexicon)) {
            cache.analysis.clear();
            cache.lexicon = Some(settings.lexicon.clone());
        }
        let analysis = copydesk::analysis::analyze_cached(&doc, &settings.lexicon, &mut cache.analysis);
        let diagnostics = copydesk::check_analyzed(&doc, &analysis, &settings);
        let date = copydesk::document_date(&doc, &settings);
        let date_style = time::detect_style(doc.prose()).unwrap_or(settings.date_style);
        let times = analysis
            .sentences()
            .flat_map(|(_, s)| s.times.iter())
            .filter_map(|t| match &t.kind {
                TimeKind::Relative(rel) => Some(TimeHint { span: Span::from(t.span.clone()), date: date.and_then(|d| copydesk::dates::resolve_date(&rel.reference, d)) }),
                _ => None,
            })
            .collect();
        let lines = Lines::new(doc.text(), doc.line_index(), encoding);
        let hrefs = RuleLinks::new();
        let lsp = diagnostics.iter().map(|d| to_lsp(&lines, d, &hrefs)).collect();
        LintResult {
            version: snap.version,
            generation,
            encoding,
            settings,
            config: resolved.config,
            diagnostics,
            lsp,
            times,
            date,
            date_style,
            too_large: None,
            elapsed: started.elapsed(),
            analysed: cache.analysis.last_analysed,
            reused: cache.analysis.last_reused,
            doc,
        }
    };
    let result = Arc::new(result);
    cache.last = Some(result.clone());
    result
}

/// Debug builds only: a document containing this marker makes the lint
/// panic when `COPYDESK_LSP_TEST_PANIC` is set, so the end-to-end tests can
/// check that a panic does not take the server down.
fn test_hook(text: &str) {
    if cfg!(debug_assertions) && std::env::var_os("COPYDESK_LSP_TEST_PANIC").is_some() && text.contains("copydesk-test-panic") {
        panic!("test panic requested by the document");
    }
}

/// The documentation link of each rule, parsed once per lint.
pub struct RuleLinks(Vec<(Rule, Option<lsp::Uri>)>);

impl RuleLinks {
    pub fn new() -> RuleLinks {
        RuleLinks(Rule::EVERY.iter().map(|r| (*r, super::convert::parse_uri(&format!("{DOCS_BASE}/{}.md", r.id())))).collect())
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

pub fn fix_json(lines: &Lines<'_>, fix: &Fix) -> Value {
    json!({
        "title": fix.title,
        "applicability": match fix.applicability { Applicability::Safe => "safe", Applicability::Unsafe => "unsafe" },
        "edits": fix.edits.iter().map(|e| json!({ "range": lines.range(e.span), "newText": e.new_text })).collect::<Vec<_>>(),
    })
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
        data: Some(json!({ "fixes": d.fixes.iter().map(|f| fix_json(lines, f)).collect::<Vec<_>>() })),
    }
}
