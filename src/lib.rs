//! copydesk: a linter for reporting. `document` -> `analysis` -> `rules` ->
//! `diagnostic`/`fix`, a pure library: no IO, no LSP types, never panics on
//! any text, all offsets UTF-8 byte ranges into the text as read.

pub mod analysis;
pub mod config;
pub mod dates;
pub mod diagnostic;
pub mod document;
pub mod fix;
pub mod rules;
pub mod settings;
pub mod span;
pub mod suppress;

use analysis::Analysis;
use diagnostic::Diagnostic;
use document::Document;
use rules::RuleContext;
use settings::Settings;

/// Check a document: every enabled rule, suppressions applied, sorted by
/// position.
pub fn check(doc: &Document, settings: &Settings) -> Vec<Diagnostic> {
    let analysis = analysis::analyze(doc, &settings.lexicon);
    check_analyzed(doc, &analysis, settings)
}

/// Run the rules over an analysis already made (the language server keeps
/// per-block analyses and reuses them between edits).
pub fn check_analyzed(doc: &Document, analysis: &Analysis, settings: &Settings) -> Vec<Diagnostic> {
    // Found once: it gives the document date and exempts its own date.
    let line = dateline(doc);
    let cx = RuleContext {
        doc,
        analysis,
        settings,
        date: date_with_dateline(doc, settings, line.map(|(_, l)| l)),
        dateline: line.map(|(span, _)| span),
        date_style: analysis::detect_style(doc, analysis).unwrap_or(settings.date_style),
        sourced_quotes: Default::default(),
        lead_ins: Default::default(),
    };
    let found = rules::run(&cx);
    let report_unused = settings.report_unused_suppressions && settings.is_enabled(rules::Rule::UnusedSuppression);
    suppress::apply(doc, found, report_unused)
}

/// The date a document was written: `--date` first, then front matter
/// `date:` (or the date a LaTeX or Typst document declares), then a wire dateline in the first paragraph, then a
/// date heading the text ("Housing policy briefing - 4 November 2025"), then the configured default.
pub fn document_date(doc: &Document, settings: &Settings) -> Option<jiff::civil::Date> {
    date_with_dateline(doc, settings, dateline(doc).map(|(_, l)| l))
}

/// [`document_date`], given the document's dateline (if any).
fn date_with_dateline(doc: &Document, settings: &Settings, line: Option<dates::Dateline>) -> Option<jiff::civil::Date> {
    if let Some(d) = settings.date_override {
        return Some(d);
    }
    if let Some(d) = doc.front_matter().and_then(|f| f.date).or(doc.declared_date()) {
        return Some(d);
    }
    if let Some(line) = line {
        let year = line.year.or_else(|| settings.default_date.map(|d| d.year()));
        if let Some(date) = year.and_then(|y| jiff::civil::Date::new(y, line.month, line.day).ok()) {
            return Some(date);
        }
    }
    header_date(doc).or(settings.default_date)
}

/// A memo's or briefing's heading line that carries its date ("Housing
/// policy briefing - 4 November 2025", "Date: 4 November 2025"): the first
/// line of the first block, short, not a sentence, holding one full date.
fn header_date(doc: &Document) -> Option<jiff::civil::Date> {
    let block = doc.blocks().first()?;
    let prose = doc.prose();
    let text = prose.get(block.span.range())?;
    let line = text.lines().next()?.trim_end();
    if line.len() > 100 || line.split_whitespace().count() > 14 || line.ends_with(['.', '!', '?', ':', ',']) {
        return None;
    }
    let start = block.span.start;
    let mut full_dates = analysis::time::scan(prose, start..start + line.len()).into_iter().filter_map(|t| match t.kind {
        analysis::time::TimeKind::Absolute { year, month: Some(month), day: Some(day) } => jiff::civil::Date::new(year, month, day).ok(),
        _ => None,
    });
    let date = full_dates.next()?;
    // Two dates ("1 May 2024 to 3 June 2024") say what the text is about, not when it was written.
    full_dates.next().is_none().then_some(date)
}

/// A wire dateline opening the first paragraph ("KYIV, Oct 3 (Reuters) -"),
/// with its span in the text. (short lines before it, a byline or a
/// standfirst's credit, are passed over: "By Dana Whitfield")
pub fn dateline(doc: &Document) -> Option<(span::Span, dates::Dateline)> {
    const SHORT_LINE: usize = 80;
    for block in doc.blocks().iter().filter(|b| b.kind != document::BlockKind::Heading).take(3) {
        let prose = &doc.prose()[block.span.range()];
        if let Some(line) = dates::find_dateline(prose) {
            return Some((span::Span::new(block.span.start, block.span.start + line.end), line));
        }
        if prose.trim().len() > SHORT_LINE {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use document::Format;

    fn date_of(text: &str, format: Format) -> Option<jiff::civil::Date> {
        document_date(&Document::new(text, format), &Settings::default())
    }

    #[test]
    fn a_dated_heading_line_gives_the_document_date() {
        let d = Some(jiff::civil::date(2025, 11, 4));
        assert_eq!(date_of("Housing policy briefing - 4 November 2025\n\nRents rose currently.\n", Format::Text), d);
        assert_eq!(date_of("Date: 4 November 2025\n\nText.\n", Format::Text), d);
        assert_eq!(date_of("# Q3 note, November 4, 2025\n\nText.\n", Format::Markdown), d);
        // A sentence, two dates, or a long line is not a heading date.
        assert_eq!(date_of("The summit opened on 4 November 2025.\n\nText.\n", Format::Text), None);
        assert_eq!(date_of("Report for 1 May 2024 to 4 November 2025\n\nText.\n", Format::Text), None);
        assert_eq!(date_of("Notes\n\nHousing policy briefing - 4 November 2025\n", Format::Text), None);
        // A dateline after a byline dates the text too.
        assert_eq!(date_of("# Fines\n\nBy Dana Whitfield\n\nWASHINGTON, Nov 24, 2025 (Reuters) - The department fined the airline.\n", Format::Markdown), Some(jiff::civil::date(2025, 11, 24)));
        assert_eq!(date_of("# Fines\n\nThe department fined the airline on Tuesday after a long inquiry into its outage.\n\nWASHINGTON, Nov 24, 2025 (Reuters) - More.\n", Format::Markdown), None);
        // Front matter wins.
        assert_eq!(date_of("---\ndate: 2026-01-02\n---\nBriefing - 4 November 2025\n", Format::Markdown), Some(jiff::civil::date(2026, 1, 2)));
    }
}
