//! Code actions, all computed from the stored lint result of the current
//! version (never by re-linting per request) and all plain
//! `WorkspaceEdit`s, so every editor can apply them:
//!
//! - each fix of each finding in the range (`quickfix`; the safe one preferred);
//! - "Suppress RULE on this line" (a `copydesk-disable-next-line` comment above);
//! - "Disable RULE in copydesk.toml" (edit, or create, the nearest config);
//! - `source.fixAll.copydesk`: every safe fix, re-checked until stable. It
//!   re-checks the whole document up to ten times, so when the client did
//!   not ask for it by kind and can resolve edits, it is offered without
//!   its edit, computed by `codeAction/resolve` if the user picks it.

use std::collections::HashMap;
use std::path::PathBuf;

use copydesk::document::{Document, Format, LineIndex};
use copydesk::fix::{Applicability, Fix, FixText, apply_fixes};
use copydesk::rules::Rule;
use copydesk::span::Span;
use copydesk::suppress::suppress_edit;
use tower_lsp_server::lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CreateFile, CreateFileOptions, DocumentChangeOperation, DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier, Position, Range, ResourceOp, TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};

use super::config::disable_rule_edit;
use super::convert::{self, Encoding, Lines};
use super::lint::LintResult;

pub const FIX_ALL_KIND: &str = "source.fixAll.copydesk";
/// How many fix-and-recheck passes `fixAll` makes at most.
const MAX_PASSES: usize = 10;

/// What the client can apply.
#[derive(Clone, Copy, Debug, Default)]
pub struct EditCaps {
    pub document_changes: bool,
    pub create_files: bool,
    /// The client fills in an action's `edit` with `codeAction/resolve`.
    pub resolve_edit: bool,
}

/// The config file a "Disable RULE" action edits.
pub enum ConfigTarget {
    /// An existing file, with its current text (and version when open).
    Existing { uri: Uri, text: String, version: Option<i32> },
    /// No file yet: create this one.
    New { uri: Uri },
}

pub struct Request<'a> {
    pub uri: &'a Uri,
    pub result: &'a LintResult,
    pub span: Span,
    pub only: Option<&'a [CodeActionKind]>,
    pub caps: EditCaps,
    pub config: Option<ConfigTarget>,
}

/// Whether an action of `kind` was asked for.
fn wanted(only: Option<&[CodeActionKind]>, kind: &str) -> bool {
    match only {
        None => true,
        Some(kinds) => kinds.iter().any(|k| {
            let k = k.as_str();
            k.is_empty() || kind == k || (kind.starts_with(k) && kind.as_bytes().get(k.len()) == Some(&b'.'))
        }),
    }
}

pub fn code_actions(req: &Request<'_>) -> Vec<CodeActionOrCommand> {
    let result = req.result;
    let mut out: Vec<CodeAction> = Vec::new();
    if result.too_large.is_some() {
        return Vec::new();
    }
    let lines = result.lines();
    if wanted(req.only, CodeActionKind::QUICKFIX.as_str()) {
        // The findings touching the range (a cursor right after a finding counts).
        let hits: Vec<usize> = (0..result.diagnostics.len())
            .filter(|&i| {
                let s = result.diagnostics[i].span;
                s.start <= req.span.end && req.span.start <= s.end
            })
            .collect();
        // Identical fixes offered by several findings become one action.
        let mut seen: HashMap<(FixText, Vec<(Span, FixText)>), usize> = HashMap::new();
        for &i in &hits {
            let d = &result.diagnostics[i];
            let lsp_diag = result.lsp_diagnostic(i);
            let mut preferred_given = false;
            for fix in &d.fixes {
                let key = (fix.title.clone(), fix.edits.iter().map(|e| (e.span, e.new_text.clone())).collect());
                if let Some(&at) = seen.get(&key) {
                    out[at].diagnostics.get_or_insert_with(Vec::new).push(lsp_diag.clone());
                    continue;
                }
                let preferred = fix.applicability == Applicability::Safe && !preferred_given;
                preferred_given |= preferred;
                seen.insert(key, out.len());
                out.push(CodeAction {
                    title: fix.title.to_string(),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![lsp_diag.clone()]),
                    edit: Some(doc_edit(req.uri, result.version, fix_edits(&lines, fix), req.caps)),
                    is_preferred: preferred.then_some(true),
                    ..Default::default()
                });
            }
        }
        let mut suppressed: Vec<(Rule, usize)> = Vec::new();
        for &i in &hits {
            let d = &result.diagnostics[i];
            // Plain text has no comment syntax to suppress with.
            if d.rule == Rule::UnusedSuppression || result.doc.format() == Format::Text {
                continue;
            }
            let (at, text) = suppress_edit(&result.doc, d.span.start, d.rule);
            // (nor twice: a finding may offer it as its own fix)
            if suppressed.contains(&(d.rule, at)) || d.fixes.iter().any(|f| matches!(&f.edits[..], [e] if e.span == Span::empty(at) && e.new_text == text)) {
                continue;
            }
            suppressed.push((d.rule, at));
            let title = format!("Suppress {} on this line", d.rule.id());
            let edit = TextEdit { range: lines.range(Span::empty(at)), new_text: text };
            out.push(CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![result.lsp_diagnostic(i)]),
                edit: Some(doc_edit(req.uri, result.version, vec![edit], req.caps)),
                ..Default::default()
            });
        }
        if let Some(target) = &req.config {
            let mut done: Vec<Rule> = Vec::new();
            for &i in &hits {
                let rule = result.diagnostics[i].rule;
                if done.contains(&rule) {
                    continue;
                }
                done.push(rule);
                if let Some(edit) = disable_action(target, rule, result.encoding, req.caps) {
                    out.push(CodeAction {
                        title: format!("Disable {} in copydesk.toml", rule.id()),
                        kind: Some(CodeActionKind::QUICKFIX),
                        diagnostics: Some(hits.iter().filter(|&&j| result.diagnostics[j].rule == rule).map(|&j| result.lsp_diagnostic(j)).collect()),
                        edit: Some(edit),
                        ..Default::default()
                    });
                }
            }
        }
    }
    if wanted(req.only, FIX_ALL_KIND) {
        if req.only.is_none() && req.caps.resolve_edit {
            // Asked for every kind (a light bulb): the edit when picked.
            if result.diagnostics.iter().any(|d| d.fixes.iter().any(|f| f.applicability == Applicability::Safe)) {
                out.push(CodeAction {
                    title: FIX_ALL_TITLE.to_string(),
                    kind: Some(CodeActionKind::from(FIX_ALL_KIND)),
                    data: Some(serde_json::json!({ "uri": req.uri })),
                    ..Default::default()
                });
            }
        } else if let Some(edits) = fix_all(result) {
            out.push(CodeAction {
                title: FIX_ALL_TITLE.to_string(),
                kind: Some(CodeActionKind::from(FIX_ALL_KIND)),
                edit: Some(fix_all_edit(req.uri, result, edits, req.caps)),
                ..Default::default()
            });
        }
    }
    out.into_iter().map(CodeActionOrCommand::CodeAction).collect()
}

const FIX_ALL_TITLE: &str = "Fix all safe copydesk findings";

/// The edit of `source.fixAll.copydesk` for the document of `uri`.
pub fn fix_all_edit(uri: &Uri, result: &LintResult, edits: Vec<TextEdit>, caps: EditCaps) -> WorkspaceEdit {
    doc_edit(uri, result.version, edits, caps)
}

/// The document a code action left to resolve is about (its `data`).
pub fn resolve_target(action: &CodeAction) -> Option<Uri> {
    if action.kind.as_ref().map(CodeActionKind::as_str) != Some(FIX_ALL_KIND) || action.edit.is_some() {
        return None;
    }
    convert::parse_uri(action.data.as_ref()?.get("uri")?.as_str()?)
}

fn fix_edits(lines: &Lines<'_>, fix: &Fix) -> Vec<TextEdit> {
    fix.edits.iter().map(|e| TextEdit { range: lines.range(e.span), new_text: e.new_text.to_string() }).collect()
}

/// Edits to one document, versioned when the client takes `documentChanges`.
fn doc_edit(uri: &Uri, version: i32, edits: Vec<TextEdit>, caps: EditCaps) -> WorkspaceEdit {
    if caps.document_changes {
        WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier { uri: uri.clone(), version: Some(version) },
                edits: edits.into_iter().map(OneOf::Left).collect(),
            }])),
            ..Default::default()
        }
    } else {
        WorkspaceEdit { changes: Some(HashMap::from([(uri.clone(), edits)])), ..Default::default() }
    }
}

fn disable_action(target: &ConfigTarget, rule: Rule, encoding: Encoding, caps: EditCaps) -> Option<WorkspaceEdit> {
    match target {
        ConfigTarget::Existing { uri, text, version } => {
            let (range, new_text) = disable_rule_edit(text, rule.id())?;
            let index = LineIndex::new(text);
            let lines = Lines::new(text, &index, encoding);
            let edit = TextEdit { range: lines.range(Span::from(range)), new_text };
            if caps.document_changes {
                Some(WorkspaceEdit {
                    document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                        text_document: OptionalVersionedTextDocumentIdentifier { uri: uri.clone(), version: *version },
                        edits: vec![OneOf::Left(edit)],
                    }])),
                    ..Default::default()
                })
            } else {
                Some(WorkspaceEdit { changes: Some(HashMap::from([(uri.clone(), vec![edit])])), ..Default::default() })
            }
        }
        ConfigTarget::New { uri } => {
            if !(caps.document_changes && caps.create_files) {
                return None;
            }
            let (_, new_text) = disable_rule_edit("", rule.id())?;
            let zero = Range::new(Position::new(0, 0), Position::new(0, 0));
            Some(WorkspaceEdit {
                document_changes: Some(DocumentChanges::Operations(vec![
                    DocumentChangeOperation::Op(ResourceOp::Create(CreateFile { uri: uri.clone(), options: Some(CreateFileOptions { overwrite: Some(false), ignore_if_exists: Some(true) }), annotation_id: None })),
                    DocumentChangeOperation::Edit(TextDocumentEdit {
                        text_document: OptionalVersionedTextDocumentIdentifier { uri: uri.clone(), version: None },
                        edits: vec![OneOf::Left(TextEdit { range: zero, new_text })],
                    }),
                ])),
                ..Default::default()
            })
        }
    }
}

/// Apply every safe fix, re-check, repeat until nothing changes (at most
/// [`MAX_PASSES`] passes); the edits that turn the current text into the
/// result, or `None` when there is nothing to fix.
pub fn fix_all(result: &LintResult) -> Option<Vec<TextEdit>> {
    let original = result.doc.text();
    let format = result.doc.format();
    let mut current = original.to_string();
    let mut diagnostics = result.diagnostics.clone();
    for pass in 0..MAX_PASSES {
        // (the fix `check --fix` takes for each finding)
        let chosen: Vec<&Fix> = diagnostics.iter().filter_map(|d| copydesk::fix::preferred(&d.fixes, Applicability::Safe)).collect();
        if chosen.is_empty() {
            break;
        }
        let applied = apply_fixes(&current, chosen);
        if applied.applied == 0 || applied.text == current {
            break;
        }
        current = applied.text;
        if pass + 1 < MAX_PASSES {
            let doc = Document::new(current.as_str(), format);
            diagnostics = copydesk::check(&doc, &result.settings);
        }
    }
    if current == original {
        return None;
    }
    Some(diff_edits(&result.lines(), original, &current))
}

/// Small edits turning `old` into `new`: a line diff whose changed runs are
/// trimmed of their common prefix and suffix.
pub fn diff_edits(lines: &Lines<'_>, old: &str, new: &str) -> Vec<TextEdit> {
    let diff = similar::TextDiff::configure().timeout(std::time::Duration::from_secs(2)).diff_lines(old, new);
    let offsets = |slices: &[&str]| -> Vec<usize> {
        let mut v = Vec::with_capacity(slices.len() + 1);
        let mut at = 0;
        v.push(0);
        for s in slices {
            at += s.len();
            v.push(at);
        }
        v
    };
    let old_at = offsets(diff.old_slices());
    let new_at = offsets(diff.new_slices());
    let mut edits = Vec::new();
    let mut run: Option<(usize, usize, usize, usize)> = None; // old lines a..b, new lines c..d
    let flush = |run: (usize, usize, usize, usize), edits: &mut Vec<TextEdit>| {
        let (a, b, c, d) = run;
        let (mut os, mut oe) = (old_at[a], old_at[b]);
        let (mut ns, mut ne) = (new_at[c], new_at[d]);
        // Trim the common prefix and suffix, on char boundaries.
        let prefix = common_prefix(&old[os..oe], &new[ns..ne]);
        os += prefix;
        ns += prefix;
        let suffix = common_suffix(&old[os..oe], &new[ns..ne]);
        oe -= suffix;
        ne -= suffix;
        edits.push(TextEdit { range: lines.range(Span::new(os, oe)), new_text: new[ns..ne].to_string() });
    };
    for op in diff.ops() {
        let (tag, o, n) = op.as_tag_tuple();
        if tag == similar::DiffTag::Equal {
            if let Some(r) = run.take() {
                flush(r, &mut edits);
            }
            continue;
        }
        run = Some(match run {
            Some((a, _, c, _)) => (a, o.end, c, n.end),
            None => (o.start, o.end, n.start, n.end),
        });
    }
    if let Some(r) = run {
        flush(r, &mut edits);
    }
    edits
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices().zip(b.chars()).find(|((_, x), y)| x != y).map_or(a.len().min(b.len()), |((i, _), _)| i).min(floor_boundary(a, b))
}

fn floor_boundary(a: &str, b: &str) -> usize {
    let mut n = a.len().min(b.len());
    while !(a.is_char_boundary(n) && b.is_char_boundary(n)) {
        n -= 1;
    }
    n
}

fn common_suffix(a: &str, b: &str) -> usize {
    let mut n = 0;
    for (x, y) in a.chars().rev().zip(b.chars().rev()) {
        if x != y {
            break;
        }
        n += x.len_utf8();
    }
    n
}

/// Where a "Disable RULE" action would create a config file, as a URI.
pub fn new_config_uri(path: Option<PathBuf>) -> Option<Uri> {
    path.and_then(|p| convert::path_to_uri(&p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(old: &str, edits: &[TextEdit]) -> String {
        let index = LineIndex::new(old);
        let lines = Lines::new(old, &index, Encoding::Utf16);
        let mut spans: Vec<(Span, &str)> = edits.iter().map(|e| (lines.span(e.range), e.new_text.as_str())).collect();
        spans.sort_by_key(|(s, _)| std::cmp::Reverse(s.start));
        let mut t = old.to_string();
        for (s, n) in spans {
            t.replace_range(s.range(), n);
        }
        t
    }

    #[test]
    fn diff_edits_are_small_and_exact() {
        for (old, new) in [
            ("a b c\nsame\nx 😀 y\n", "a B c\nsame\nx 😀 z\n"),
            ("one\r\ntwo\r\n", "one [citation needed]\r\ntwo\r\n"),
            ("keep\n", "keep\nadded\n"),
            ("gone\nkeep", "keep"),
            ("中文", "中文字"),
        ] {
            let index = LineIndex::new(old);
            let lines = Lines::new(old, &index, Encoding::Utf16);
            let edits = diff_edits(&lines, old, new);
            assert_eq!(apply(old, &edits), new, "{old:?} -> {new:?}: {edits:?}");
        }
        let old = "a b c\nsame\n";
        let index = LineIndex::new(old);
        let edits = diff_edits(&Lines::new(old, &index, Encoding::Utf16), old, "a B c\nsame\n");
        assert_eq!(edits.len(), 1);
        assert_eq!(edits[0].new_text, "B");
    }

    #[test]
    fn kinds_filter() {
        let q = [CodeActionKind::QUICKFIX];
        assert!(wanted(Some(&q), "quickfix"));
        assert!(!wanted(Some(&q), FIX_ALL_KIND));
        assert!(wanted(Some(&[CodeActionKind::SOURCE_FIX_ALL]), FIX_ALL_KIND));
        assert!(wanted(Some(&[CodeActionKind::SOURCE]), FIX_ALL_KIND));
        assert!(!wanted(Some(&[CodeActionKind::from("source.fix")]), FIX_ALL_KIND));
        assert!(wanted(None, FIX_ALL_KIND));
    }
}
