//! Suppression comments and front-matter disables.
//!
//! `<!-- copydesk-disable [rules] -->` ... `<!-- copydesk-enable [rules] -->`
//! for a region, `<!-- copydesk-disable-next-line [rules] -->` for the next
//! line, and `<!-- copydesk-disable -->` with no enable for the rest of the
//! file. Rules are separated by spaces or commas; none means all rules.
//!
//! The same words work in LaTeX `%` comments (`% copydesk-disable-next-line
//! relative-date`) and Typst `//` or `/* */` comments: each parser records
//! its comments with their text, which is all this module reads.

use crate::diagnostic::Diagnostic;
use crate::document::{Document, Format};
use crate::fix::{Edit, Fix};
use crate::rules::Rule;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Directive {
    Disable,
    Enable,
    DisableNextLine,
}

#[derive(Clone, Debug)]
struct Suppression {
    comment: Span,
    /// `None` means every rule.
    rules: Option<Vec<Rule>>,
    unknown: Vec<String>,
    region: Span,
    used: bool,
}

fn parse_directive(body: &str) -> Option<(Directive, Vec<&str>)> {
    let mut words = body.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty());
    let directive = match words.next()? {
        "copydesk-disable" => Directive::Disable,
        "copydesk-enable" => Directive::Enable,
        "copydesk-disable-next-line" => Directive::DisableNextLine,
        _ => return None,
    };
    Some((directive, words.collect()))
}

fn collect(doc: &Document) -> Vec<Suppression> {
    let mut out: Vec<Suppression> = Vec::new();
    // Open regions: index into `out`.
    let mut open: Vec<usize> = Vec::new();
    for comment in doc.comments() {
        let Some((directive, names)) = parse_directive(&comment.body) else { continue };
        let mut rules = Vec::new();
        let mut unknown = Vec::new();
        for n in &names {
            match Rule::from_id(n) {
                Some(r) => rules.push(r),
                None => unknown.push((*n).to_string()),
            }
        }
        let rules = if names.is_empty() { None } else { Some(rules) };
        match directive {
            Directive::DisableNextLine => {
                let index = doc.line_index();
                let line = index.line_of(comment.span.end.saturating_sub(1)) + 1;
                let (start, end) = index.line_span(doc.text(), line);
                out.push(Suppression { comment: comment.span, rules, unknown, region: Span::new(start, end.max(start + 1)), used: false });
            }
            Directive::Disable => {
                out.push(Suppression { comment: comment.span, rules, unknown, region: Span::new(comment.span.end, doc.text().len()), used: false });
                open.push(out.len() - 1);
            }
            Directive::Enable => {
                // Close the most recent open region whose rules this names.
                let closes = open.iter().rposition(|&i| match (&out[i].rules, &rules) {
                    (None, None) => true,
                    (Some(a), Some(b)) => a.iter().any(|r| b.contains(r)),
                    (None, Some(_)) | (Some(_), None) => true,
                });
                match closes {
                    Some(k) => {
                        let i = open.remove(k);
                        out[i].region.end = comment.span.start;
                    }
                    None => out.push(Suppression { comment: comment.span, rules, unknown, region: Span::empty(comment.span.start), used: false }),
                }
            }
        }
    }
    out
}

/// Where and what to insert to suppress `rule` on the line of `offset`: a
/// comment line above it with the same indentation (and block-quote
/// markers) and the document's line ending; or, when the line above is
/// already such a comment, the rule added to it.
pub fn suppress_edit(doc: &Document, offset: usize, rule: Rule) -> (usize, String) {
    let text = doc.text();
    let index = doc.line_index();
    let line = index.line_of(offset.min(text.len()));
    let (start, end) = index.line_span(text, line);
    if line > 0 {
        let (ps, pe) = index.line_span(text, line - 1);
        let above = &text[ps..pe];
        let trimmed = above.trim_end();
        let body = trimmed.trim_start_matches([' ', '\t', '>']);
        // The comment above, in this format's syntax: add the rule to it.
        let (open, close) = match doc.format().comment("copydesk-disable-next-line").split_once("copydesk-disable-next-line") {
            Some((open, close)) => (format!("{open}copydesk-disable-next-line"), close.trim().to_string()),
            None => (String::new(), String::new()),
        };
        if !open.is_empty() && body.starts_with(&open) && trimmed.ends_with(close.as_str()) {
            let close_at = ps + trimmed.len() - close.len();
            let before_close = text[..close_at].trim_end_matches([' ', '\t']).len();
            return (before_close, format!(" {}", rule.id()));
        }
    }
    // (a block quote's marks only in Markdown, where they are markup)
    let quote_mark = if doc.format() == Format::Markdown { '>' } else { ' ' };
    let indent: String = text[start..end].chars().take_while(|&c| c == ' ' || c == '\t' || c == quote_mark).collect();
    let nl = crate::document::line_ending(text);
    let comment = doc.format().comment(&format!("copydesk-disable-next-line {}", rule.id()));
    (start, format!("{indent}{comment}{nl}"))
}

/// The fix that suppresses `rule` on the line of `offset` with a comment
/// ([`suppress_edit`]); none in plain text, which has no comment syntax.
pub fn suppress_fix(doc: &Document, offset: usize, rule: Rule) -> Option<Fix> {
    if doc.format() == Format::Text {
        return None;
    }
    let (at, text) = suppress_edit(doc, offset, rule);
    Some(Fix::unsafe_(format!("Suppress {} on this line", rule.id()), vec![Edit::insert(at, text)]))
}

/// Whether `fix` is [`suppress_fix`]'s: a comment that silences the
/// finding rather than an edit of the text.
pub fn is_suppression(fix: &Fix) -> bool {
    fix.edits.iter().any(|e| e.new_text.contains("copydesk-disable"))
}

/// Drop suppressed findings, honour front-matter disables, and report
/// suppressions that suppressed nothing (when that rule is enabled).
pub fn apply(doc: &Document, mut diagnostics: Vec<Diagnostic>, report_unused: bool) -> Vec<Diagnostic> {
    let disabled: Vec<Rule> = doc.front_matter().map(|f| f.disable.iter().filter_map(|id| Rule::from_id(id)).collect()).unwrap_or_default();
    let mut suppressions = collect(doc);
    let mut kept = Vec::with_capacity(diagnostics.len());
    // One sweep in order of position: the regions that have begun enter
    // the active set, those that have ended leave it, and a finding asks
    // only the few active ones (asking every suppression for every finding
    // made a report with a comment in each paragraph quadratic). The sort
    // is stable and the findings are sorted again below, so the order of
    // what is kept does not change.
    diagnostics.sort_by_key(|d| d.span.start);
    let mut by_start: Vec<usize> = (0..suppressions.len()).collect();
    by_start.sort_by_key(|&i| suppressions[i].region.start);
    let (mut next, mut active) = (0, Vec::new());
    for d in diagnostics {
        if disabled.contains(&d.rule) {
            continue;
        }
        let at = d.span.start;
        while let Some(&i) = by_start.get(next).filter(|&&i| suppressions[i].region.start <= at) {
            active.push(i);
            next += 1;
        }
        active.retain(|&i| suppressions[i].region.end > at);
        let mut suppressed = false;
        for &i in &active {
            let s = &mut suppressions[i];
            if s.rules.as_ref().is_none_or(|r| r.contains(&d.rule)) && s.region.contains_offset(at) {
                s.used = true;
                suppressed = true;
            }
        }
        if !suppressed {
            kept.push(d);
        }
    }
    if report_unused {
        for s in suppressions.iter().filter(|s| !s.used || !s.unknown.is_empty()) {
            let message = if !s.unknown.is_empty() {
                format!("Suppression names unknown rule “{}”.", s.unknown.join(", "))
            } else if s.region.is_empty() {
                "`copydesk-enable` closes no `copydesk-disable`.".to_string()
            } else {
                "Suppression comment suppresses nothing.".to_string()
            };
            let removal = removal_span(doc.text(), s.comment);
            kept.push(
                Diagnostic::new(Rule::UnusedSuppression, s.comment, message)
                    .with_fix(Some(Fix::safe("Remove the comment", vec![Edit::replace(removal, "")]))),
            );
        }
    }
    kept.sort_by_key(|d| (d.span.start, d.span.end, d.rule));
    kept
}

/// The comment plus its line end when it stands alone on its line.
fn removal_span(text: &str, comment: Span) -> Span {
    let line_start = text[..comment.start].rfind(['\n', '\r']).map_or(0, |p| p + 1);
    let rest = &text[comment.end..];
    let line_end_rel = rest.find(['\n', '\r']).unwrap_or(rest.len());
    if text[line_start..comment.start].trim().is_empty() && rest[..line_end_rel].trim().is_empty() {
        let mut end = comment.end + line_end_rel;
        if text[end..].starts_with("\r\n") {
            end += 2;
        } else if end < text.len() {
            end += 1;
        }
        Span::new(line_start, end)
    } else {
        comment
    }
}

#[cfg(test)]
mod tests {
    use super::suppress_edit;
    use crate::document::{Document, Format};
    use crate::rules::Rule;
    use crate::settings::Settings;

    fn rules(text: &str) -> Vec<Rule> {
        let doc = Document::new(text, Format::Markdown);
        crate::check(&doc, &Settings::default()).into_iter().map(|d| d.rule).collect()
    }

    #[test]
    fn next_line_region_and_file() {
        let base = "North Korea has reportedly sent shells.\n";
        assert_eq!(rules(base), vec![Rule::VagueAttribution]);
        assert!(rules(&format!("<!-- copydesk-disable-next-line vague-attribution -->\n{base}")).is_empty());
        assert!(rules(&format!("<!-- copydesk-disable -->\n\n{base}")).is_empty());
        let region = format!("<!-- copydesk-disable vague-attribution -->\n\n{base}\n<!-- copydesk-enable vague-attribution -->\n\n{base}");
        assert_eq!(rules(&region), vec![Rule::VagueAttribution]);
        let fm = format!("---\ncopydesk: {{ disable: [vague-attribution] }}\n---\n{base}");
        assert!(rules(&fm).is_empty());
    }

    fn rules_in(text: &str, format: Format) -> Vec<Rule> {
        let doc = Document::new(text, format);
        crate::check(&doc, &Settings::default()).into_iter().map(|d| d.rule).collect()
    }

    #[test]
    fn latex_and_typst_comments_suppress() {
        let base = "North Korea has reportedly sent shells.\n";
        for (format, open, close) in [(Format::Latex, "% ", ""), (Format::Typst, "// ", ""), (Format::Typst, "/* ", " */")] {
            let c = |d: &str| format!("{open}{d}{close}\n");
            assert_eq!(rules_in(base, format), vec![Rule::VagueAttribution], "{format:?}");
            assert!(rules_in(&format!("{}{base}", c("copydesk-disable-next-line vague-attribution")), format).is_empty(), "{format:?}");
            assert!(rules_in(&format!("{}\n{base}", c("copydesk-disable")), format).is_empty(), "{format:?}");
            let region = format!("{}\n{base}\n{}\n{base}", c("copydesk-disable vague-attribution"), c("copydesk-enable vague-attribution"));
            assert_eq!(rules_in(&region, format), vec![Rule::VagueAttribution], "{format:?}");
            let unused = format!("{}The summit opened on 3 October 2024.\n", c("copydesk-disable-next-line relative-date"));
            let doc = Document::new(unused.as_str(), format);
            let found = crate::check(&doc, &Settings::default());
            assert_eq!(found.iter().map(|d| d.rule).collect::<Vec<_>>(), vec![Rule::UnusedSuppression], "{format:?}");
            // Removing an unused comment on its own line takes the line with it.
            let fixed = crate::fix::apply_fixes(&unused, found[0].fixes.iter());
            assert_eq!(fixed.text, "The summit opened on 3 October 2024.\n", "{format:?}");
        }
        // `\%` is a percent sign, not a comment.
        assert_eq!(rules_in("It rose 5\\% copydesk-disable-next-line vague-attribution\n", Format::Latex), vec![Rule::UnsourcedFigure]);
    }

    #[test]
    fn suppression_comment_text_per_format() {
        let d = "copydesk-disable-next-line relative-date";
        assert_eq!(Format::Markdown.comment(d), "<!-- copydesk-disable-next-line relative-date -->");
        assert_eq!(Format::Latex.comment(d), "% copydesk-disable-next-line relative-date");
        assert_eq!(Format::Typst.comment(d), "// copydesk-disable-next-line relative-date");
    }

    #[test]
    fn unused_and_unknown_suppressions_are_reported() {
        let text = "<!-- copydesk-disable-next-line relative-date -->\nThe summit opened on 3 October 2024.\n";
        assert_eq!(rules(text), vec![Rule::UnusedSuppression]);
        let text = "<!-- copydesk-disable-next-line no-such-rule -->\nFine.\n";
        assert_eq!(rules(text), vec![Rule::UnusedSuppression]);
    }

    #[test]
    fn suppression_goes_above_with_indentation_and_line_ending() {
        let text = "Intro.\r\n\r\n  > North Korea has reportedly sent shells.\r\n";
        let doc = Document::new(text, Format::Markdown);
        let at = text.find("reportedly").unwrap();
        let (ins, new) = suppress_edit(&doc, at, Rule::VagueAttribution);
        assert_eq!(ins, text.find("  >").unwrap());
        assert_eq!(new, "  > <!-- copydesk-disable-next-line vague-attribution -->\r\n");
        let text = "<!-- copydesk-disable-next-line unsourced-figure -->\nNorth Korea has reportedly sent 20 shells.\n";
        let doc = Document::new(text, Format::Markdown);
        let (ins, new) = suppress_edit(&doc, text.find("reportedly").unwrap(), Rule::VagueAttribution);
        let mut fixed = text.to_string();
        fixed.insert_str(ins, &new);
        assert_eq!(fixed, "<!-- copydesk-disable-next-line unsourced-figure vague-attribution -->\nNorth Korea has reportedly sent 20 shells.\n");
    }

    #[test]
    fn suppression_uses_the_format_comment_syntax() {
        for (format, comment) in [(Format::Latex, "% copydesk-disable-next-line"), (Format::Typst, "// copydesk-disable-next-line")] {
            let text = "North Korea has reportedly sent 20 shells.\n";
            let doc = Document::new(text, format);
            let (ins, new) = suppress_edit(&doc, text.find("reportedly").unwrap(), Rule::VagueAttribution);
            let mut fixed = text.to_string();
            fixed.insert_str(ins, &new);
            assert_eq!(fixed, format!("{comment} vague-attribution\n{text}"));
            // A second rule joins the comment above.
            let doc = Document::new(fixed.as_str(), format);
            let (ins, new) = suppress_edit(&doc, fixed.find("20").unwrap(), Rule::UnsourcedFigure);
            fixed.insert_str(ins, &new);
            assert_eq!(fixed, format!("{comment} vague-attribution unsourced-figure\n{text}"));
        }
    }
}
