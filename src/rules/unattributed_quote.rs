//! `unattributed-quote`: a quotation with nobody saying it.

use super::{RuleContext, RuleDoc};
use crate::analysis::SourceKind;
use crate::diagnostic::{quoted_message, Diagnostic};
use crate::document::BlockKind;
use crate::fix::{Edit, Fix};
use crate::span::Span;
use crate::rules::Rule;

pub const DOC: RuleDoc = RuleDoc {
    summary: "A quotation of a full sentence or more with no speaker in, before or after its sentence.",
    body: r#"
## What it flags
A quotation of a full sentence or more whose speaker is not named in the
sentence that contains it, the sentence before, or the sentence after. A
paragraph that is one quotation continuing the speaker just named in the
previous paragraph has its speaker, and so has a quotation that a clause
naming someone introduces with a colon (“Kerrigan was blunt: “We were
robbed. …””, “Her verdict was simple: …”) or that a speaker with a role
closes (“…,” said co-author Professor Martin Reyes; “…,” Nadia Perrin, 52,
a Socialist member of the cantonal parliament, told reporters). The sentence after
may open the next paragraph: a quotation that ends its paragraph is
attributed by ““…,” Marchant said.” at the start of the next. A short
sentence naming someone right before the quotation (up to 16 words:
“Asked what he would do on his first morning of retirement, Mr Hartley
laughed.”) introduces its speaker, and so does one that opens with a
name and an age (“Ellery, 27, was close to tears afterwards.”).

Not flagged: what a written thing the sentence places read (“A post on
the race's social media page read: "Thank you ..."”); scare quotes and
quoted titles or terms (a “hoax”, an
exhibition's “Common Ground: 100 Objects from Our City,”: every word
capitalised but the small ones); block
quotes whose source line is given (`> ...` followed by `> — Name`, or by
a one-line `> - Dame Patricia Oduya, chair of trustees`, its dash read as
a list marker); a quotation whose next paragraph says whose words they were
(“That was Amira, 34, a care worker from Stockton, who ...”, “That
warning came from Kathy Bostjancic, chief economist at Nationwide”);
quotations in a footnote's own text, where a report lists its sources
(`[^1]: Ofsted, "Childcare providers and inspections", July 2025.`), and
a reference's quoted title, its authors right before it or a DOI after it
(`Okafor, L., Brandt, S. and Haugen, M. "Drivers of ..."`, `Okafor H,
Reyes M, et al. "Post-meal ..."`).

## Why
A quotation without a speaker cannot be checked or weighed, and readers
assume the writer is hiding the source.

## Example
> “We will not negotiate under fire.” The talks ended on Friday.

Use instead:
> “We will not negotiate under fire,” Foreign Minister Andrii Sybiha said.

## Fix safety
Inserting a `[citation needed]` placeholder is **safe**; it goes after the
quotation's closing mark (for a quotation of several sentences too, never
inside it). Inserting
“[SPEAKER] said” after the quotation is **unsafe**; when the quotation ends
its sentence with its own full stop, the stop becomes a comma and the tag
ends the sentence (“We will not negotiate under fire,” [SPEAKER] said.). It is not offered when a verb of saying already follows the quotation (“...,” said five-time world snooker champion Ken Doherty), where it would read “said said”.
Either fix leaves the quotation sourced, so a second `--fix` pass finds
nothing more (for a quotation of several sentences too, whose placeholder
or tag follows its last sentence).
"#,
};

pub fn check(cx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
    let blocks = &cx.analysis.blocks;
    // (where each block quotation ends: asked once per quotation, not
    // walked again from each of its blocks)
    let mut run_end = 0;
    let mut run_has_source_line = false;
    for (bi, block) in blocks.iter().enumerate() {
        if block.in_block_quote && bi >= run_end {
            run_end = bi + blocks[bi..].iter().take_while(|b| b.in_block_quote).count();
            run_has_source_line = cx.has_source_line(bi..run_end);
        }
        // A footnote is where a report gives its sources: a quotation there
        // is a title ("[^1]: Ofsted, "Childcare providers ...", July 2025.").
        if block.kind == BlockKind::Footnote || block.in_block_quote && run_has_source_line {
            continue;
        }
        for q in block.quotes.iter().filter(|q| q.is_full_sentence && q.speaker.is_none()) {
            // (a reference's quoted title: "Okafor, L., Brandt, S. and
            // Haugen, M. "Drivers of ..." *Nature Climate Change*.
            // doi:10.1038/...")
            if is_reference_entry(cx.text(), q.span) {
                continue;
            }
            // Sentences are disjoint and in order: the first that overlaps.
            let first = block.sentences.partition_point(|s| s.span.end <= q.span.start);
            let mut overlapping = block.sentences[first..].iter().take_while(|s| s.span.start < q.span.end).filter(|s| s.span.overlaps(q.span));
            let Some(sentence) = overlapping.next() else { continue };
            // (a quotation of several sentences is sourced by a later one
            // that cites or names: its last one carries the placeholder or
            // "[SPEAKER] said" a fix put after the closing mark; not by one
            // carried over from the quotation's own first sentence)
            if sentence.is_sourced() || sentence.is_vague() || overlapping.any(|s| s.sourced_in_itself()) {
                continue;
            }
            // The next sentence may open the next paragraph: a quotation
            // that ends its paragraph, followed by "“...,” Marchant said."
            // (a quotation of several sentences: its last one ends the paragraph)
            let ends_block = block.sentences.last().is_some_and(|last| last.span.overlaps(q.span));
            let next_names_speaker = ends_block
                && blocks.get(bi + 1).is_some_and(|next| {
                    next.kind == block.kind && next.sentences.first().is_some_and(|s| s.attributions.iter().any(|a| a.kind != SourceKind::Vague) || introduces_the_speaker(cx.slice(s.span)))
                });
            if next_names_speaker {
                continue;
            }
            let close = q.span.end;
            // (a quotation of several sentences takes its placeholder after
            // its closing mark, not inside it after its first sentence)
            let through_close = Span::new(sentence.span.start, sentence.span.end.max(close));
            // (a quotation that ends its sentence with its own full stop:
            // the stop becomes a comma and the tag takes the sentence's,
            // “... homes,” [SPEAKER] said., not “... homes.” [SPEAKER] said
            // The protest ...)
            let ends_sentence = cx.text().get(close..).is_none_or(|rest| rest.chars().next().is_none_or(char::is_whitespace));
            let stop = cx.slice(q.inner).trim_end().ends_with('.').then(|| cx.slice(q.inner).trim_end().len() - 1 + q.inner.start);
            let speaker_edits = match stop {
                Some(at) if ends_sentence => vec![Edit::replace(Span::new(at, at + 1), ","), Edit::insert(close, " [SPEAKER] said.")],
                _ => vec![Edit::insert(close, " [SPEAKER] said")],
            };
            // (no "[SPEAKER] said" before a verb of saying already there:
            // "“...,” said former world champion Ken Doherty" would read
            // "[SPEAKER] said said")
            // (in the same paragraph: a line break at most, not a blank line
            // or a comment line before the next paragraph's "Told")
            let saying_follows = cx.text().get(close..).is_some_and(|rest| {
                let rest = rest.trim_start_matches([' ', '\t']);
                let rest = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n')).or_else(|| rest.strip_prefix('\r')).map_or(rest, |line| line.trim_start_matches([' ', '\t']));
                let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                matches!(word.to_ascii_lowercase().as_str(), "said" | "says" | "added" | "adds" | "told" | "tells" | "asked" | "explained" | "wrote" | "writes")
            });
            out.push(
                Diagnostic::new(Rule::UnattributedQuote, sentence.span, quoted_message("Quotation has no speaker: “", cx.slice(q.inner), "”"))
                    .with_fix(cx.placeholder_fix(through_close))
                    .with_fix((!saying_follows && !super::holds(cx.slice(cx.fix_zone(through_close)), "[SPEAKER]")).then(|| Fix::unsafe_("Insert “[SPEAKER] said”", speaker_edits))),
            );
        }
    }
}

/// A quotation that is the title of a reference: the authors, by surname
/// and initials or "et al.", right before it on its line ("Okafor, L.,
/// Brandt, S. and Haugen, M. "Drivers of ..."", "Okafor H, Reyes M, et
/// al. "Post-meal ..."", "Smith J (2024). "...""), or a DOI after it.
fn is_reference_entry(text: &str, quote: Span) -> bool {
    // (any of LSP's line ends: "\n", "\r\n", or a lone "\r")
    let line_start = text.get(..quote.start).and_then(|b| b.rfind(['\n', '\r'])).map_or(0, |n| n + 1);
    let line_end = text.get(quote.end..).and_then(|a| a.find(['\n', '\r'])).map_or(text.len(), |n| quote.end + n);
    let (Some(before), Some(after)) = (text.get(line_start..quote.start), text.get(quote.end..line_end)) else { return false };
    let after = after.to_ascii_lowercase();
    if after.contains("doi:") || after.contains("doi.org/") {
        return true;
    }
    let before = before.trim_end().trim_end_matches(['.', ',', ':']);
    let b = before.as_bytes();
    // (an initial standing alone after a space: ", L." or " H,")
    let initial_at = |k: usize| b[k].is_ascii_uppercase() && k > 0 && b[k - 1] == b' ' && b.get(k + 1).is_none_or(|&c| c == b',' || c == b'.' || c == b' ');
    let initials = (1..b.len()).filter(|&k| initial_at(k)).count();
    let ends_with_authors = b.len().checked_sub(1).is_some_and(initial_at) || before.ends_with("et al") || before.ends_with(')') && before.len() >= 6 && before[before.len() - 5..before.len() - 1].bytes().all(|c| c.is_ascii_digit());
    ends_with_authors && (initials >= 2 || before.ends_with("et al") || before.ends_with(')'))
}

/// A sentence after a quotation that says whose words they were: "That
/// was Amira, 34, a care worker from Stockton, who ...", "Those were the
/// words of Dame Patricia Oduya".
fn introduces_the_speaker(sentence: &str) -> bool {
    ["That was ", "This was ", "Those were the words of ", "These were the words of ", "So says ", "Such was the view of "]
        .iter()
        .find_map(|lead| sentence.strip_prefix(lead))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()) && !rest.starts_with("The ") && !rest.starts_with("It "))
        // ("That warning came from Kathy Bostjancic, chief economist at
        // Nationwide")
        || crate::analysis::author_named_in(sentence).is_some()
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{allows, flags};
    use crate::rules::Rule::UnattributedQuote as R;

    #[test]
    fn flags_quotes_without_speakers() {
        flags(R, "The talks ended early.\n\n“We will not negotiate under fire, not now and not ever.” The room was silent.", &["“We will not negotiate under fire, not now and not ever.”"]);
    }

    #[test]
    fn a_reference_entry_is_its_own_line_whatever_ends_it() {
        // (a citation in the line before, "(Smith 2020)", belongs to that
        // line: with "\r" line ends as with "\n")
        for eol in ["\n", "\r\n", "\r"] {
            let text = ["> “The plan,” an official said (Smith 2020).", eol, eol, "\"We will not negotiate under fire.\" The talks ended."].concat();
            flags(R, &text, &["\"We will not negotiate under fire.\""]);
        }
    }

    #[test]
    fn the_speaker_tag_takes_the_quotations_full_stop() {
        let text = "\"We will not negotiate under fire.\" The talks ended.";
        let d = crate::rules::test_support::first_finding(R, text);
        let speaker = d.fixes.iter().find(|f| f.title.contains("[SPEAKER]")).expect("a speaker fix");
        let fixed = crate::fix::apply_fixes(text, [speaker]).text;
        assert_eq!(fixed, "\"We will not negotiate under fire,\" [SPEAKER] said. The talks ended.");
    }

    #[test]
    fn a_verb_of_saying_in_the_next_paragraph_is_not_the_quotations() {
        let text = "\"Two days ago the.\"\n\nTold the yesterday.";
        let d = crate::rules::test_support::first_finding(R, text);
        assert!(d.fixes.iter().any(|f| f.title.contains("[SPEAKER]")), "{:?}", d.fixes);
    }

    #[test]
    fn no_speaker_tag_before_a_verb_of_saying() {
        // (whoever the tag names, found or not, a second "said" would read
        // "said said")
        let text = "\"He is the best potter on the tour,\" said five-time world snooker champion Ken Doherty.";
        let doc = crate::document::Document::new(text, crate::document::Format::Markdown);
        for d in crate::check(&doc, &crate::settings::Settings::default()).iter().filter(|d| d.rule == R) {
            assert!(d.fixes.iter().all(|f| !f.title.contains("[SPEAKER]")), "{:?}", d.fixes);
        }
    }

    #[test]
    fn allows_attributed_scare_and_block_quotes() {
        // (a role of three words before the name)
        allows(R, "\"He's the best long potter on the tour,\" said former world champion Ken Doherty on Eurosport 2.");
        allows(R, "“We will not negotiate under fire, not now and not ever,” the minister said.");
        allows(R, "The minister spoke last. “We will not negotiate under fire, not now and not ever.”");
        allows(R, "Asked what he would do on his first morning of retirement, Mr Hartley laughed. \"Sleep past four o'clock, I hope.\"");
        allows(R, "The Kremlin called the reports a “hoax.”");
        allows(R, "> We will not negotiate under fire, not now and not ever.\n>\n> — Andrii Sybiha\n");
        // (the next paragraph says whose words they were)
        allows(R, "\"I had bailiffs at the door and I didn't know where to turn. Within a week I had a plan.\"\n\nThat was Amira, 34, a care worker from Stockton, who came to our hub in January.");
        flags(R, "\"I had bailiffs at the door and I didn't know where to turn. Within a week I had a plan.\"\n\nThat was the worst year of my life.", &["\"I had bailiffs at the door and I didn't know where to turn."]);
        // (the source line's dash read as a list marker)
        allows(R, "> \"The difference between a crisis and a catastrophe is often one phone call. Harbour Light picks up that phone.\"\n>\n> - Dame Patricia Oduya, chair of trustees\n");
        flags(R, "> \"The council has failed every family on this estate. Nobody listens to us.\"\n>\n> - Item one\n> - Item two\n", &["\"The council has failed every family on this estate."]);
        allows(R, "Sybiha said the talks were over.\n\n“We will not negotiate under fire, not now and not ever.”");
        // (what either fix leaves is sourced: one pass of --fix is stable)
        allows(R, "\"We will not negotiate under fire. We never have.\" [citation needed]\n\nThe union left.");
        allows(R, "\"We will not negotiate under fire. We never have,\" [SPEAKER] said.\n\nThe union left.");
        // (the next sentence opens the next paragraph)
        let s = "The swimming group, which once had more than 60 members, now meets at a leisure centre pool in a town twenty miles away. \"It breaks my heart. The river was the whole reason we moved here.\"";
        flags(R, s, &["\"It breaks my heart."]);
        allows(R, &format!("{s}\n\n\"You could smell it,\" Marchant said."));
    }
}
