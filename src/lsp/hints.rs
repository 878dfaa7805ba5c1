//! Hover (a finding's rule documentation, a relative date's resolved date)
//! and inlay hints (`yesterday` [27 Nov 2026]), from the stored result.

use copydesk::analysis::time::DateStyle;
use copydesk::span::Span;
use tower_lsp_server::lsp_types::{Hover, HoverContents, InlayHint, InlayHintLabel, InlayHintTooltip, MarkupContent, MarkupKind};

use super::lint::LintResult;

/// `27 Nov 2026` or `Nov 27, 2026`, following the document's style.
pub fn short_date(date: jiff::civil::Date, style: DateStyle) -> String {
    match style {
        DateStyle::DayMonth => date.strftime("%-d %b %Y").to_string(),
        DateStyle::MonthDay => date.strftime("%b %-d, %Y").to_string(),
    }
}

fn touches(span: Span, offset: usize) -> bool {
    span.start <= offset && (offset < span.end || (span.is_empty() && offset == span.start))
}

pub fn hover(result: &LintResult, offset: usize) -> Option<Hover> {
    if result.too_large.is_some() {
        return None;
    }
    let lines = result.lines();
    let mut parts: Vec<String> = Vec::new();
    let mut cover: Option<Span> = None;
    let mut rules_shown = Vec::new();
    for d in result.diagnostics.iter().filter(|d| touches(d.span, offset)) {
        cover = Some(cover.map_or(d.span, |c| c.cover(d.span)));
        let mut part = format!("**copydesk** `{}`: {}", d.rule.id(), d.message);
        if !rules_shown.contains(&d.rule) {
            rules_shown.push(d.rule);
            part.push_str("\n\n");
            part.push_str(&d.rule.documentation());
        }
        parts.push(part);
    }
    for t in result.times.iter().filter(|t| touches(t.span, offset)) {
        cover = Some(cover.map_or(t.span, |c| c.cover(t.span)));
        let expr = result.doc.slice(t.span).split_whitespace().collect::<Vec<_>>().join(" ");
        let line = match (t.date, result.date) {
            (Some(date), Some(doc_date)) => format!(
                "`{expr}` → **{}** (document date {})",
                copydesk::dates::format_date(date, result.date_style),
                copydesk::dates::format_date(doc_date, result.date_style)
            ),
            (None, Some(doc_date)) => format!("`{expr}` cannot be resolved to a date (document date {}).", copydesk::dates::format_date(doc_date, result.date_style)),
            _ => format!("`{expr}`: no document date is known. Set one (front matter `date:`, a dateline, `documentDate` in the editor settings or `document-date` in copydesk.toml) to see the date it means."),
        };
        parts.insert(0, line);
    }
    let cover = cover?;
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value: parts.join("\n\n---\n\n") }),
        range: Some(lines.range(cover)),
    })
}

pub fn inlay_hints(result: &LintResult, span: Span) -> Vec<InlayHint> {
    if result.too_large.is_some() {
        return Vec::new();
    }
    let lines = result.lines();
    result
        .times
        .iter()
        .filter(|t| t.span.end >= span.start && t.span.start <= span.end)
        .filter_map(|t| {
            let date = t.date?;
            Some(InlayHint {
                position: lines.position(t.span.end),
                label: InlayHintLabel::String(format!("[{}]", short_date(date, result.date_style))),
                kind: None,
                text_edits: None,
                tooltip: result.date.map(|d| InlayHintTooltip::String(format!("Resolved against the document date {}", copydesk::dates::format_date(d, result.date_style)))),
                padding_left: Some(true),
                padding_right: None,
                data: None,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_dates_follow_the_style() {
        let d = jiff::civil::date(2026, 11, 7);
        assert_eq!(short_date(d, DateStyle::DayMonth), "7 Nov 2026");
        assert_eq!(short_date(d, DateStyle::MonthDay), "Nov 7, 2026");
    }
}
