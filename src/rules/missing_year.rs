//! `missing-year`: a calendar date or month without its year.

use super::{RuleContext, RuleDoc};
use crate::analysis::time::TimeKind;
use crate::analysis::{BlockAnalysis, TimeExpr};
use crate::diagnostic::{quoted_message, Diagnostic};
use crate::fix::{Edit, Fix};
use crate::rules::Rule;
use crate::span::Span;

pub const DOC: RuleDoc = RuleDoc {
    summary: "A calendar date or month with no year (“on 3 October”, “in June”) and no year earlier in its paragraph.",
    body: r#"
## What it flags
A date or month written without a year in the writer's own words (`on 3
October`, `in June`, `March 5`) when no year is stated earlier in the same
sentence or paragraph (a year named relative to the writing counts:
“Attacks hit retailers last year. M&S said the attack in April cost it
£300m.”; a comparison such as “a year ago” does not).

Not flagged: dates with a year; months used as names; recurring dates
(“every 1 May”, “1 May to 30 September of each year”); dates inside a
direct quotation.

## Why
A year-less date is ambiguous as soon as the report is read in another
year, and wrong if the writer assumed the wrong one.

## Example
> A missile strike near Donetsk on 3 October killed 20 soldiers.

Use instead (document dated 20 October 2024):
> A missile strike near Donetsk on 3 October 2024 killed 20 soldiers.

## Fix safety
With a known document date, adding the year is **safe**: the year chosen is
the one that puts the date on or before the document date (document
2024-01-10: `3 October` → `3 October 2023`), or after it when the sentence
looks forward in the date's own clause (“will meet on 3 October”, a
fixture in the present: “Castlebridge host Ashford Rovers on 28
November”; not “In a letter dated 2 September, the agency said designs
would need approval”). A date that names its weekday
takes the year, of the document's and the ones either side, in which it
falls on that weekday (document 2025-10-03: `Monday 13 October` → `Monday
13 October 2025`). Without a document date the fix inserts an **unsafe**
`[YEAR]` placeholder.
"#,
};

/// Words that look forward, each between spaces as it is searched for in
/// the lower-case sentence.
const FORWARD: &[&str] = &[
    " will ", " shall ", " scheduled ", " upcoming ", " due to ", " is due ", " are due ", " plans to ", " planned for ", " to be held ", " expected to ", " next ",
    " would ", " until ", " deadline ",
    // a fixture in the present: "Castlebridge host Ashford Rovers on 28 November"
    " host ", " hosts ", " travel to ", " travels to ", " face ", " faces ", " resume ", " resumes ", " reconvene ", " reconvenes ", " kick off ", " kicks off ",
];

pub fn check(cx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
    let mut first_years = FirstYears::default();
    for (block, sentence) in cx.sentences() {
        for expr in &sentence.times {
            let TimeKind::MissingYear { .. } = expr.kind else { continue };
            let span = Span::new(expr.span.start, expr.span.end);
            if block.in_quote(span) || shares_the_next_year(cx.text(), &sentence.times, expr) || cx.dateline.is_some_and(|d| d.overlaps(span)) || first_years.stated_before(cx, block, expr) || recurring(cx.text(), span) || cx.text()[span.end..].starts_with(" [YEAR]") {
                continue;
            }
            let mut d = Diagnostic::new(Rule::MissingYear, span, quoted_message("Date “", cx.slice(span), "” has no year."));
            // Only a fix from the document date asks which way the sentence looks.
            // (asked of the date's own clause: in "In a letter dated 2
            // September, the agency said designs would need approval" the
            // "would" belongs to another clause)
            let forward = || {
                let lower = cx.slice(clause_around(cx.text(), sentence.span, span)).to_lowercase();
                FORWARD.iter().any(|w| lower.contains(w))
            };
            match cx.date.and_then(|date| crate::dates::missing_year_fix(cx.text(), expr, date, forward())).filter(|(range, new)| !super::glues(cx.text(), range.clone(), new)) {
                Some((range, new_text)) => {
                    let title = ["Add the year: “", cx.slice(Span::new(span.start, range.start.max(span.start))), &new_text, "”"].concat();
                    d.fixes.push(Fix::safe(title, vec![Edit::replace(Span::new(range.start, range.end), new_text)]));
                }
                None => d.fixes.push(Fix::unsafe_("Insert “[YEAR]”", vec![Edit::insert(span.end, " [YEAR]")])),
            }
            out.push(d);
        }
    }
}

/// The clause of `sentence` that holds `date`: from the last comma,
/// semicolon, colon or dash before it to the first one after it (each
/// break included, so a forward word right after it still has its space).
fn clause_around(text: &str, sentence: Span, date: Span) -> Span {
    const BREAKS: &[char] = &[',', ';', ':', '—', '–'];
    let (Some(before), Some(after)) = (text.get(sentence.start..date.start), text.get(date.end..sentence.end)) else { return sentence };
    let start = before.rfind(BREAKS).map_or(sentence.start, |k| sentence.start + k);
    let end = after.char_indices().find(|(_, c)| BREAKS.contains(c)).map_or(sentence.end, |(k, c)| date.end + k + c.len_utf8());
    Span::new(start, end)
}

/// Where a year is first stated in the current block: the earliest end of
/// an absolute date, and of a four-digit year. Found once per block, not
/// per date (a long paragraph has thousands of dates).
#[derive(Default)]
struct FirstYears {
    block: Option<Span>,
    absolute_end: Option<usize>,
    year_end: Option<usize>,
}

impl FirstYears {
    /// A year (an absolute date, a four-digit year, or a year stated
    /// relatively: "last year") earlier in the paragraph.
    fn stated_before(&mut self, cx: &RuleContext<'_>, block: &BlockAnalysis, expr: &TimeExpr) -> bool {
        let prose = &cx.doc.prose()[block.span.range()];
        if self.block != Some(block.span) {
            self.block = Some(block.span);
            // ("... retailers hit last year. M&S said the attack in April
            // cost it £300m": a year stated relatively states it too)
            self.absolute_end = block
                .sentences
                .iter()
                .flat_map(|s| s.times.iter())
                .filter(|t| matches!(&t.kind, TimeKind::Absolute { .. }) || names_a_year(cx.slice(Span::new(t.span.start, t.span.end)), &t.kind))
                .map(|t| t.span.end)
                .min();
            self.year_end = crate::analysis::first_year_end(prose);
        }
        if self.absolute_end.is_some_and(|e| e <= expr.span.start) {
            return true;
        }
        crate::analysis::mentions_year_before(prose, self.year_end, expr.span.start.saturating_sub(block.span.start).min(prose.len()))
    }
}


/// "last year", "this year", "next year": a calendar year named relative
/// to the writing ("a year ago", "the same month a year earlier" compare,
/// and name no year).
fn names_a_year(text: &str, kind: &TimeKind) -> bool {
    let TimeKind::Relative(r) = kind else { return false };
    if !matches!(r.reference, crate::analysis::time::Reference::Year(_)) {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    ["last year", "this year", "next year"].iter().any(|y| lower.contains(y))
}

/// "in March and April 2024", "from 3 to 5 October 2024", "May–June 2024":
/// a date joined to the next one, which states the year for both.
fn shares_the_next_year(text: &str, times: &[TimeExpr], expr: &TimeExpr) -> bool {
    let Some(next) = times.iter().find(|t| t.span.start >= expr.span.end) else { return false };
    let between = text.get(expr.span.end..next.span.start).unwrap_or("x").trim();
    let joined = matches!(between.to_ascii_lowercase().as_str(), "and" | "or" | "to" | "through" | "until" | "till" | "-" | "–" | "—" | "/" | "&" | ",");
    joined && matches!(next.kind, TimeKind::Absolute { .. })
}

/// "every 1 May", "each March", and a date the rest of its clause makes
/// yearly ("1 May to 30 September of each year", "in March every year").
fn recurring(text: &str, span: Span) -> bool {
    let before = crate::analysis::words_before(text, span.start, 3).to_lowercase();
    if before.ends_with("every") || before.ends_with("each") || before.ends_with("annually on") || before.ends_with("every year on") {
        return true;
    }
    let rest = text.get(span.end..).unwrap_or("");
    let clause = &rest[..rest.find(['.', ',', ';', ':', '!', '?', '\n']).unwrap_or(rest.len())];
    let clause = clause.to_ascii_lowercase();
    [" each year", " every year", " annually", " year after year", " yearly"].iter().any(|w| clause.contains(w))
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{allows, flags};
    use crate::rules::Rule::MissingYear as R;

    #[test]
    fn flags_yearless_dates() {
        flags(R, "A strike near Donetsk City on 3 October killed 20 soldiers.", &["on 3 October"]);
        flags(R, "The school suspended him on September 14.", &["on September 14"]);
    }

    #[test]
    fn allows_years_recurring_and_quotes() {
        allows(R, "The pact was signed on 3 October 2024.");
        allows(R, "In 2023 the team won on 3 October and lost in June.");
        allows(R, "Workers march every 1 May.");
        allows(R, "The data cover 1 May to 30 September of each year from 2015 to 2022.");
        allows(R, "The festival is held in March every year.");
        allows(R, "“We meet on 3 October,” she said.");
        allows(R, "She may attend.");
        allows(R, "We surveyed households in March and April 2024, and again from May to July 2024.");
        // A wire dateline gives the document's date; it is not queried.
        allows(R, "WASHINGTON, Oct 11 (Reuters) - The Federal Reserve held rates.");
    }

    #[test]
    fn the_fix_asks_the_dates_own_clause_which_way_it_looks() {
        use crate::document::{Document, Format};
        let fix_of = |body: &str| {
            let text = format!("---\ndate: 2026-11-20\n---\n{body}\n");
            let doc = Document::new(&text, Format::Markdown);
            let diags = crate::check(&doc, &crate::settings::Settings::default());
            let d = diags.iter().find(|d| d.rule == R).expect("a missing-year finding");
            d.fixes[0].edits[0].new_text.to_string()
        };
        // "would" belongs to the reported clause, not to the letter's date.
        assert!(fix_of("In a letter dated 2 September, the agency said designs would need approval.").contains("2026"));
        assert!(fix_of("The committee will meet on 5 February to decide.").contains("2027"));
        assert!(fix_of("The next decision is due on 5 February, when it will also publish forecasts.").contains("2027"));
        assert!(fix_of("Harrowfield travel to Denby on Tuesday, while Castlebridge host Ashford Rovers on 28 November.").contains("2026"));
        assert!(fix_of("Castlebridge host Ashford Rovers on 5 February.").contains("2027"));
    }

    #[test]
    fn a_year_stated_relatively_covers_the_paragraph() {
        allows(R, "Attacks hit retailers last year. M&S said the attack on its systems in April cost it £300m.");
        flags(R, "M&S said the attack on its systems in April cost it £300m, more than it made last year.", &["in April"]);
    }

    #[test]
    fn a_dateline_exempts_only_itself() {
        flags(R, "KYIV, Oct 3 (Reuters) - The strike on 1 October killed 20 soldiers.", &["on 1 October"]);
    }
}
