//! Edits, fixes and their safety, and applying fixes to a text.
//!
//! Applying follows ruff: edits are sorted, an edit overlapping one already
//! taken is skipped (its finding stays for the next pass), and the caller
//! re-checks and re-applies until nothing changes, with a cap.

use std::borrow::Cow;

use serde::Serialize;

use crate::span::Span;

/// A fix's title or an edit's text: most are fixed strings ("Insert
/// [citation needed]"), kept without a copy; the rest are built.
pub type FixText = Cow<'static, str>;

/// How far a fix may be trusted. Ordered: `Unsafe < Safe`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Changes what the text says; applied only on request.
    Unsafe,
    /// Cannot change what the text claims: inserts a visible marker or makes
    /// a date explicit from the known document date.
    Safe,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Edit {
    pub span: Span,
    pub new_text: FixText,
}

impl Edit {
    pub fn insert(at: usize, text: impl Into<FixText>) -> Edit {
        Edit { span: Span::empty(at), new_text: text.into() }
    }
    pub fn replace(span: Span, text: impl Into<FixText>) -> Edit {
        Edit { span, new_text: text.into() }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Fix {
    pub title: FixText,
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

impl Fix {
    pub fn safe(title: impl Into<FixText>, edits: Vec<Edit>) -> Fix {
        Fix { title: title.into(), applicability: Applicability::Safe, edits }
    }
    pub fn unsafe_(title: impl Into<FixText>, edits: Vec<Edit>) -> Fix {
        Fix { title: title.into(), applicability: Applicability::Unsafe, edits }
    }
    /// The span covering all edits.
    pub fn span(&self) -> Span {
        self.edits.iter().map(|e| e.span).reduce(Span::cover).unwrap_or_default()
    }
}

/// The fix `check --fix` applies for a finding: the safest one at or above
/// `min`, and of equals the first, which the rule lists as the likelier
/// reading ("December 2026" before "December 2025"). A suppression comment
/// ([`crate::suppress::is_suppression`]) silences rather than fixes: it is
/// offered in the editor, never chosen here.
pub fn preferred(fixes: &[Fix], min: Applicability) -> Option<&Fix> {
    fixes.iter().filter(|f| f.applicability >= min && !crate::suppress::is_suppression(f)).fold(None, |best: Option<&Fix>, f| match best {
        Some(b) if b.applicability >= f.applicability => Some(b),
        _ => Some(f),
    })
}

/// Result of one pass of applying fixes.
#[derive(Debug, Default)]
pub struct Applied {
    pub text: String,
    pub applied: usize,
    pub skipped: usize,
}

/// Apply the given fixes in one pass: sorted by position, skipping any fix
/// whose edits overlap an edit already taken, or that lies outside the text
/// or off a char boundary.
pub fn apply_fixes<'a>(text: &str, fixes: impl IntoIterator<Item = &'a Fix>) -> Applied {
    let mut fixes: Vec<&Fix> = fixes.into_iter().filter(|f| !f.edits.is_empty()).collect();
    fixes.sort_by_key(|f| (f.span().start, f.span().end));
    let mut taken: Vec<&Edit> = Vec::new();
    // The edits taken by where they start, and the longest: an edit can
    // clash only with one that starts at most that far before it and no
    // later than its end (asking every edit taken for every fix made
    // fixing a long report quadratic).
    let mut taken_by_start: std::collections::BTreeMap<usize, Vec<usize>> = std::collections::BTreeMap::new();
    let mut longest = 0;
    let mut applied = 0;
    let mut skipped = 0;
    for fix in fixes {
        let valid = fix.edits.iter().all(|e| {
            e.span.start <= e.span.end
                && e.span.end <= text.len()
                && text.is_char_boundary(e.span.start)
                && text.is_char_boundary(e.span.end)
        })
            // (a fix whose own edits clash is malformed: applied, its edits
            // would overlap in the text built below)
            && fix.edits.iter().enumerate().all(|(k, e)| fix.edits[k + 1..].iter().all(|o| !edits_clash(e, o)));
        let clashes = valid
            && fix.edits.iter().any(|e| taken_by_start.range(e.span.start.saturating_sub(longest)..=e.span.end).flat_map(|(_, at)| at).any(|&k| edits_clash(e, taken[k])));
        if !valid || clashes {
            skipped += 1;
            continue;
        }
        for e in &fix.edits {
            taken_by_start.entry(e.span.start).or_default().push(taken.len());
            longest = longest.max(e.span.len());
            taken.push(e);
        }
        applied += 1;
    }
    // (at one point, a placeholder after what else is inserted there)
    taken.sort_by_key(|e| (e.span.start, e.span.end, is_placeholder(&e.new_text)));
    let mut out = String::with_capacity(text.len() + taken.iter().map(|e| e.new_text.len()).sum::<usize>());
    let mut at = 0;
    for edit in taken {
        out.push_str(&text[at..edit.span.start]);
        out.push_str(&edit.new_text);
        at = edit.span.end;
    }
    out.push_str(&text[at..]);
    Applied { text: out, applied, skipped }
}

/// Two edits clash when their ranges overlap, or when both insert at the
/// same point (their order would be arbitrary), unless one of the two is a
/// pure insertion of a bracketed placeholder (" [citation needed]") and the
/// other an insertion or a replacement ending there: the placeholder then
/// goes last ("on 9 October 2026 [citation needed]").
fn edits_clash(a: &Edit, b: &Edit) -> bool {
    a.span.overlaps(b.span)
        || (a.span.start == b.span.start && (a.span.is_empty() || b.span.is_empty()) && !may_share_a_point(a, b))
        || (a.span.is_empty() && b.span.contains_offset(a.span.start) && a.span.start != b.span.start)
        || (b.span.is_empty() && a.span.contains_offset(b.span.start) && a.span.start != b.span.start)
}

/// Two insertions at one point, exactly one of them a bracketed
/// placeholder: both can be applied, the placeholder last.
fn may_share_a_point(a: &Edit, b: &Edit) -> bool {
    a.span.is_empty() && b.span.is_empty() && is_placeholder(&a.new_text) != is_placeholder(&b.new_text)
}

fn is_placeholder(text: &str) -> bool {
    let text = text.trim_start();
    text.starts_with('[') && text.ends_with(']')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applies_in_order_and_skips_overlaps() {
        let text = "abc def ghi";
        let f1 = Fix::safe("a", vec![Edit::replace(Span::new(4, 7), "DEF")]);
        let f2 = Fix::safe("b", vec![Edit::insert(0, ">")]);
        let f3 = Fix::safe("c", vec![Edit::replace(Span::new(5, 6), "x")]);
        let r = apply_fixes(text, [&f1, &f2, &f3]);
        assert_eq!(r.text, ">abc DEF ghi");
        assert_eq!((r.applied, r.skipped), (2, 1));
    }

    #[test]
    fn a_placeholder_and_a_year_at_one_point_are_both_applied_placeholder_last() {
        let text = "A 7-2 vote on 9 October.";
        let cite = Fix::safe("cite", vec![Edit::insert(23, " [citation needed]")]);
        let year = Fix::safe("year", vec![Edit::insert(23, " 2026")]);
        for order in [[&cite, &year], [&year, &cite]] {
            let r = apply_fixes(text, order);
            assert_eq!(r.text, "A 7-2 vote on 9 October 2026 [citation needed].");
            assert_eq!((r.applied, r.skipped), (2, 0));
        }
        // (two placeholders, or two other insertions, at one point still clash)
        let source = Fix::unsafe_("source", vec![Edit::insert(23, " [SOURCE]")]);
        assert_eq!(apply_fixes(text, [&cite, &source]).skipped, 1);
        let comma = Fix::safe("comma", vec![Edit::insert(23, ",")]);
        assert_eq!(apply_fixes(text, [&year, &comma]).skipped, 1);
    }

    #[test]
    fn the_edits_searched_by_position_clash_as_every_edit_asked_would() {
        // The first implementation asked every edit taken; random fixes of
        // one or two edits (insertions, replacements, placeholders) must
        // come out the same.
        fn asking_every_edit(text: &str, fixes: &[Fix]) -> (usize, usize) {
            let mut fixes: Vec<&Fix> = fixes.iter().filter(|f| !f.edits.is_empty()).collect();
            fixes.sort_by_key(|f| (f.span().start, f.span().end));
            let (mut taken, mut applied, mut skipped): (Vec<&Edit>, usize, usize) = (Vec::new(), 0, 0);
            for fix in fixes {
                let valid = fix.edits.iter().all(|e| e.span.start <= e.span.end && e.span.end <= text.len()) && fix.edits.iter().enumerate().all(|(k, e)| fix.edits[k + 1..].iter().all(|o| !edits_clash(e, o)));
                if !valid || fix.edits.iter().any(|e| taken.iter().any(|t| edits_clash(e, t))) {
                    skipped += 1;
                    continue;
                }
                taken.extend(fix.edits.iter());
                applied += 1;
            }
            (applied, skipped)
        }
        let mut next = crate::analysis::random_below(0x2545_f491_4f6c_dd1d_u64);
        let text = "a".repeat(120);
        for _ in 0..2000 {
            let mut fixes: Vec<Fix> = Vec::new();
            for _ in 0..next(14) {
                let mut edits = Vec::new();
                for _ in 0..1 + usize::from(next(3) == 0) {
                    let start = next(121);
                    let len = if next(3) == 0 { 0 } else { next(30).min(120 - start) };
                    let new_text = if next(4) == 0 { " [citation needed]" } else { "x" };
                    edits.push(Edit::replace(Span::new(start, start + len), new_text));
                }
                fixes.push(Fix::safe("f", edits));
            }
            let r = apply_fixes(&text, &fixes);
            assert_eq!((r.applied, r.skipped), asking_every_edit(&text, &fixes), "{fixes:?}");
        }
    }

    #[test]
    fn refuses_edits_off_char_boundaries() {
        let text = "é";
        let f = Fix::safe("x", vec![Edit::insert(1, "!")]);
        let r = apply_fixes(text, [&f]);
        assert_eq!(r.text, "é");
        assert_eq!(r.skipped, 1);
    }
}
