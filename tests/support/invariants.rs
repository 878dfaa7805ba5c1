//! Invariants that must hold for any text, shared by the fuzz targets
//! (`fuzz/fuzz_targets/*.rs`, which include this file by path) and the
//! property tests (`tests/properties.rs`). Every function panics with a
//! message naming the broken invariant, which is what both harnesses want.

#![allow(dead_code)]

use copydesk::diagnostic::Diagnostic;
use copydesk::document::line_index::{ColumnUnit, LineCol, LineIndex};
use copydesk::document::{Document, Format};
use copydesk::fix::{apply_fixes, Applicability, Edit, Fix};
use copydesk::rules::Rule;
use copydesk::settings::Settings;
use copydesk::span::Span;

/// Same cap as the command line's `--fix` loop (`src/cli/fixing.rs`).
pub const MAX_PASSES: usize = 10;

/// A span lies inside `text` and on char boundaries.
#[track_caller]
pub fn assert_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what}: reversed span {span:?}");
    assert!(span.end <= text.len(), "{what}: span {span:?} past the end ({})", text.len());
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{what}: span {span:?} off a char boundary");
}

/// The document's own structure: prose copy, blocks, links and comments.
pub fn assert_document(doc: &Document) {
    let text = doc.text();
    assert_eq!(doc.prose().len(), text.len(), "prose copy length differs from the text");
    for (p, t) in doc.prose().bytes().zip(text.bytes()) {
        // (TeX's ``quotes'' become a straight quote and a blank; the braces
        // of `\enquote{..}` and the brackets of Typst's `#quote[..]` become
        // quotation marks.)
        let tex_quote = p == b'"' && (t == b'`' || t == b'\'');
        let quote_mark = matches!(p, b'"' | b'\'') && matches!(t, b'{' | b'}' | b'[' | b']');
        assert!(p == t || p == b' ' || tex_quote || quote_mark || !p.is_ascii() || !t.is_ascii(), "prose copy has a byte not in the text");
    }
    for b in doc.blocks() {
        assert_span(text, b.span, "block");
    }
    assert!(doc.blocks().windows(2).all(|w| w[0].span.start <= w[1].span.start), "blocks unsorted");
    for l in doc.links() {
        assert_span(text, *l, "link");
    }
    for c in doc.comments() {
        assert_span(text, c.span, "comment");
    }
}

/// Spans of one diagnostic list: inside the text, on char boundaries,
/// sorted, with positions the fronts can compute.
pub fn assert_diagnostics(doc: &Document, diagnostics: &[Diagnostic]) {
    let text = doc.text();
    for d in diagnostics {
        assert_span(text, d.span, d.rule.id());
        assert!(!d.message.is_empty(), "{}: empty message", d.rule.id());
        for fix in &d.fixes {
            assert!(!fix.edits.is_empty(), "{}: fix {:?} has no edit", d.rule.id(), fix.title);
            for e in &fix.edits {
                assert_span(text, e.span, &format!("{} fix {:?}", d.rule.id(), fix.title));
            }
            // Insertions at one point are applied in the order listed.
            let mut edits: Vec<&Edit> = fix.edits.iter().collect();
            edits.sort_by_key(|e| (e.span.start, e.span.end));
            for w in edits.windows(2) {
                assert!(w[0].span.end <= w[1].span.start, "{}: fix {:?} has overlapping edits", d.rule.id(), fix.title);
            }
        }
        for unit in [ColumnUnit::Utf8, ColumnUnit::Utf16] {
            let a = doc.position(d.span.start, unit);
            let b = doc.position(d.span.end, unit);
            assert!(a <= b, "{}: start position after end position", d.rule.id());
        }
    }
    let keys: Vec<(usize, usize, Rule)> = diagnostics.iter().map(|d| (d.span.start, d.span.end, d.rule)).collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "diagnostics unsorted: {keys:?}");
}

/// Parse, analyse and check `text`; assert every structural invariant.
pub fn check_text(text: &str, format: Format, settings: &Settings) -> (Document, Vec<Diagnostic>) {
    let doc = Document::new(text, format);
    assert_eq!(doc.text(), text);
    assert_document(&doc);
    let analysis = copydesk::analysis::analyze(&doc, &settings.lexicon);
    for b in &analysis.blocks {
        assert_span(text, b.span, "analysed block");
        for s in &b.sentences {
            assert_span(text, s.span, "sentence");
            for a in &s.attributions {
                assert_span(text, a.cue, "attribution cue");
                assert_span(text, a.trigger, "attribution trigger");
                if let Some(src) = a.source {
                    assert_span(text, src, "attribution source");
                }
            }
            for f in &s.figures {
                assert_span(text, f.span, "figure");
            }
            for t in &s.times {
                assert_span(text, Span::new(t.span.start, t.span.end), "time expression");
            }
        }
        for q in &b.quotes {
            assert_span(text, q.span, "quote");
        }
    }
    let diagnostics = copydesk::check(&doc, settings);
    assert_diagnostics(&doc, &diagnostics);
    (doc, diagnostics)
}

/// The fix the command line picks for a finding.
pub fn chosen_fix(d: &Diagnostic, min: Applicability) -> Option<&Fix> {
    copydesk::fix::preferred(&d.fixes, min)
}

/// Apply one pass of fixes and check it against an independent model: the
/// edits taken never overlap once sorted, and the output is the input with
/// exactly those edits applied.
pub fn apply_pass(text: &str, fixes: &[&Fix]) -> (String, usize, Vec<Edit>) {
    let applied = apply_fixes(text, fixes.iter().copied());
    // Model: same order and clash rule as documented in `fix::apply_fixes`.
    let mut sorted: Vec<&Fix> = fixes.iter().copied().filter(|f| !f.edits.is_empty()).collect();
    sorted.sort_by_key(|f| (f.span().start, f.span().end));
    // (fix number, edit)
    let mut taken: Vec<(usize, Edit)> = Vec::new();
    let mut count = 0;
    for (n, fix) in sorted.into_iter().enumerate() {
        // (two insertions at one point may stand together when exactly one
        // is a bracketed placeholder, which goes last)
        let placeholder = |e: &Edit| {
            let t = e.new_text.trim_start();
            t.starts_with('[') && t.ends_with(']')
        };
        let together = |e: &Edit, t: &Edit| e.span.is_empty() && t.span.is_empty() && placeholder(e) != placeholder(t);
        let clash = fix.edits.iter().any(|e| {
            taken.iter().any(|(_, t)| e.span.overlaps(t.span) || e.span.start == t.span.start && !together(e, t) || (e.span.is_empty() && t.span.contains_offset(e.span.start)) || (t.span.is_empty() && e.span.contains_offset(t.span.start)))
        });
        if !clash {
            taken.extend(fix.edits.iter().map(|e| (n, e.clone())));
            count += 1;
        }
    }
    let is_placeholder = |e: &Edit| {
        let t = e.new_text.trim_start();
        t.starts_with('[') && t.ends_with(']')
    };
    taken.sort_by_key(|(_, e)| (e.span.start, e.span.end, is_placeholder(e)));
    for w in taken.windows(2) {
        let ((fa, a), (fb, b)) = (&w[0], &w[1]);
        // Two fixes never touch one point (their order would be
        // arbitrary), except a placeholder after another insertion.
        let placeholder_last = a.span.is_empty() && b.span.is_empty() && !is_placeholder(a) && is_placeholder(b);
        assert!(a.span.end <= b.span.start && (fa == fb || a.span.start != b.span.start || placeholder_last), "edits overlap after sorting: {a:?} / {b:?}");
    }
    let taken: Vec<Edit> = taken.into_iter().map(|(_, e)| e).collect();
    let mut expected = String::new();
    let mut at = 0;
    for e in &taken {
        expected.push_str(&text[at..e.span.start]);
        expected.push_str(&e.new_text);
        at = e.span.end;
    }
    expected.push_str(&text[at..]);
    assert_eq!(applied.applied, count, "apply_fixes took a different number of fixes than the model");
    assert_eq!(applied.text, expected, "apply_fixes output differs from the edits it took");
    (applied.text, count, taken)
}

/// Words: maximal runs of alphanumeric characters.
pub fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

/// `needle` is a subsequence of `hay`; on failure, the first word missing.
pub fn missing_word<'a>(needle: &[&'a str], hay: &[&str]) -> Option<(usize, &'a str)> {
    let mut it = hay.iter();
    for (i, w) in needle.iter().enumerate() {
        if !it.any(|h| h == w) {
            return Some((i, w));
        }
    }
    None
}

/// `text` with the characters of `blanked` replaced by spaces and those of
/// `deleted` removed.
pub fn blank_spans(text: &str, blanked: &[Span], deleted: &[Span]) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if deleted.iter().any(|s| s.contains_offset(i)) {
            continue;
        }
        if blanked.iter().any(|s| s.contains_offset(i)) {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// What a run of the fix loop did.
pub struct FixRun {
    pub text: String,
    pub passes: usize,
    pub applied: usize,
    /// The loop stopped because nothing was left to apply (not at the cap).
    pub converged: bool,
}

/// The command line's `--fix` loop, with invariants after every pass: each
/// pass re-checks the text (all invariants of [`check_text`]); edits never
/// overlap; when `min` is `Safe`, the writer's words survive every pass:
/// the words of the text before the pass, less suppression comments removed
/// and relative dates replaced by a fix, appear in order in the text after.
pub fn fix_loop(text: &str, format: Format, settings: &Settings, min: Applicability) -> FixRun {
    let mut current = text.to_string();
    let mut applied_total = 0;
    for pass in 0..=MAX_PASSES {
        let (_doc, diagnostics) = check_text(&current, format, settings);
        let chosen: Vec<(&Diagnostic, &Fix)> = diagnostics.iter().filter_map(|d| chosen_fix(d, min).map(|f| (d, f))).collect();
        let fixes: Vec<&Fix> = chosen.iter().map(|(_, f)| *f).collect();
        let (next, applied, taken) = apply_pass(&current, &fixes);
        if applied == 0 || next == current {
            return FixRun { text: current, passes: pass, applied: applied_total, converged: true };
        }
        if pass == MAX_PASSES {
            return FixRun { text: current, passes: pass, applied: applied_total, converged: false };
        }
        if min == Applicability::Safe {
            assert_words_kept(&current, &next, &chosen, &taken);
        }
        applied_total += applied;
        current = next;
    }
    unreachable!()
}

/// Safe fixes only insert text, except two documented replacements: a
/// relative date written out as the absolute date, and an unused
/// suppression comment removed. Everything else the writer wrote stays, in
/// order.
#[track_caller]
pub fn assert_words_kept(before: &str, after: &str, chosen: &[(&Diagnostic, &Fix)], taken: &[Edit]) {
    let (mut replaced, mut deleted) = (Vec::new(), Vec::new());
    for e in taken.iter().filter(|e| !e.span.is_empty()) {
        let owner = chosen.iter().find(|(_, f)| f.edits.contains(e)).map(|(d, _)| d.rule);
        match owner {
            // A comment is invisible: "a<!-- x -->b" already reads "ab".
            Some(Rule::UnusedSuppression) => deleted.push(e.span),
            Some(Rule::RelativeDate) => replaced.push(e.span),
            Some(Rule::MissingYear) => {
                // Adding a year keeps the words of the date.
                let old = words(&before[e.span.range()]);
                assert!(missing_word(&old, &words(&e.new_text)).is_none(), "missing-year fix drops words of {:?}: {:?}", &before[e.span.range()], e.new_text);
            }
            other => panic!("safe fix of {other:?} replaces {:?} with {:?}", &before[e.span.range()], e.new_text),
        }
    }
    let kept = blank_spans(before, &replaced, &deleted);
    let old_words = words(&kept);
    let new_words = words(after);
    if let Some((i, w)) = missing_word(&old_words, &new_words) {
        panic!("safe fixes lost or reordered the writer's word #{i} {w:?}\nbefore: {before:?}\nafter:  {after:?}");
    }
}

/// LineIndex conversions for every char boundary of `text` (and a few
/// offsets that are not boundaries): byte -> line/col -> byte round-trips
/// in both units, positions are monotonic, and out-of-range positions clamp.
pub fn assert_line_index(text: &str) {
    let index = LineIndex::new(text);
    assert!(index.line_count() >= 1);
    assert_eq!(index.line_start(0), 0);
    let mut last = [LineCol::default(); 2];
    let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
    for &offset in &boundaries {
        let line = index.line_of(offset);
        assert!(line < index.line_count());
        assert!(index.line_start(line) <= offset);
        for (k, unit) in [ColumnUnit::Utf8, ColumnUnit::Utf16].into_iter().enumerate() {
            let pos = index.position(text, offset, unit);
            assert!(pos >= last[k], "positions not monotonic at {offset}");
            last[k] = pos;
            let back = index.offset(text, pos, unit);
            // An offset between `\r` and `\n` is not a position a client can name.
            let inside_crlf = offset > 0 && text.as_bytes()[offset - 1] == b'\r' && text.as_bytes().get(offset) == Some(&b'\n');
            if !inside_crlf {
                assert_eq!(back, offset, "{unit:?} round trip of {offset} via {pos:?}");
            }
            // Columns past the end of a line clamp to its end; lines past the end clamp to the text end.
            let (_, end) = index.line_span(text, pos.line as usize);
            assert_eq!(index.offset(text, LineCol { line: pos.line, col: u32::MAX / 2 }, unit), end);
        }
    }
    assert_eq!(index.offset(text, LineCol { line: index.line_count() as u32, col: 0 }, ColumnUnit::Utf16), text.len());
    // Offsets inside a character clamp to its start.
    for (i, c) in text.char_indices().filter(|(_, c)| c.len_utf8() > 1).take(64) {
        let inside = index.position(text, i + 1, ColumnUnit::Utf16);
        assert_eq!(inside, index.position(text, i, ColumnUnit::Utf16), "offset inside {c:?} did not clamp");
    }
}

/// One incremental edit as an editor sends it: a range in line/column of
/// `unit` and its replacement.
#[derive(Clone, Debug)]
pub struct PositionEdit {
    pub start: LineCol,
    pub end: LineCol,
    pub text: String,
}

/// Apply edits given in positions to a text, converting through a fresh
/// LineIndex each time (as a server would), and check the result against a
/// model that applies the same edits by char index.
pub fn apply_position_edits(initial: &str, edits: &[PositionEdit], unit: ColumnUnit) -> String {
    let mut text = initial.to_string();
    for e in edits {
        let index = LineIndex::new(&text);
        let a = index.offset(&text, e.start, unit);
        let b = index.offset(&text, e.end, unit);
        let (a, b) = (a.min(b), a.max(b));
        assert!(text.is_char_boundary(a) && text.is_char_boundary(b), "offset off a char boundary");
        assert!(b <= text.len());
        let before_len = text.len();
        text.replace_range(a..b, &e.text);
        assert_eq!(text.len(), before_len - (b - a) + e.text.len());
        // The inserted text sits where the edit's start position says.
        let index = LineIndex::new(&text);
        let at = index.position(&text, a, unit);
        if !(a > 0 && text.as_bytes()[a - 1] == b'\r' && text.as_bytes().get(a) == Some(&b'\n')) {
            assert_eq!(index.offset(&text, at, unit), a);
        }
        assert_eq!(&text[a..a + e.text.len()], e.text);
    }
    text
}
