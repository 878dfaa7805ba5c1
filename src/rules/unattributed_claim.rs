//! `unattributed-claim`: a checkable claim with no source.

use super::{RuleContext, RuleDoc};
use crate::diagnostic::{quoted_message, Diagnostic};
use crate::document::BlockKind;
use crate::rules::Rule;

pub const DOC: RuleDoc = RuleDoc {
    summary: "A declarative claim about the world with no attribution, citation or link.",
    body: r#"
## What it flags
A sentence that asserts a checkable fact (an event, a state of affairs, a
cause, a prediction) and names no source: no reporting verb with a source
(one whose office is to find counts when it finds “that”: “The judge found
that ...”; a body assessing: “WHO assesses the risk as high”),
no `according to`, no link, URL, footnote or citation marker, and no
carry-over from the previous sentence's source in the same paragraph (a
pronoun-led continuation, “That is roughly 45% of the total”, “It was the
third monthly rise in a row”, a share of what it counted: “Just under
half were seen sleeping rough for the first time”, “Four of them, including
two plant workers, were discharged”, “These
proposals increase penalties” after the writer's own “I'm calling on
Congress to pass the proposals”, the evidence a court heard going on in
the past: “The court heard that Mr Okafor was cycling to work. The lorry
had stopped beside him at a red light.”, through every sentence that goes
on with it: “Many were matted and underweight. Two had to be put
down.”) or from the line that introduces its
list (“According to the paper:”, “We recommend that the council:”, or a
short lead-in after a sourced sentence: “The report sets out eight
findings. The most significant are:”). “In
the words of X” names a source too.

Not flagged: headings, questions, instructions and recommendations (“Take
effective measures to protect detainees.”, what should be done: “Any fare
rise should come after the new timetable”, “Farmers who want to contribute
should contact their regional office”, and a service note to the reader:
“Residents who want to raise concerns can also contact the council's
highways team”), the writer's signposting (“This
report covers...”, “Several limitations should be noted.”, a study
describing its own focus: “The study focuses on ...”), the writer's
own experience in the first person (“I never saw it stutter”), a judgement of a thing by a superlative (“The opening scene is the strongest thing in the evening”; “the largest employer in the town” is a claim), a record
of a refusal to comment (“The company declined to comment”, “did not
respond to a request for comment”, “The company has not said what caused
the failure”, “The Swiss Insurance Association declined to give an
estimate”), what the name opening the sentence points to (“Hutchins
has defended his record, pointing to a drop in violent crime”), events
dated in their sentence (`undated-event`'s business; a change over a year
or over years, “rose sharply in 2023”, “has risen sharply in recent
years”, and a record since a dated event, “the largest deal since the
regulator blocked a merger in 2019”, are still claims, and so is what
is told with only a time counted from the writing: “Overcrowding is
currently the most serious problem”, “Child poverty is now higher than
at any point since records began”, “It was the largest seizure in the
region this year”, whose times `relative-date` flags too), quotations (see
`unattributed-quote`), sentences already
flagged by `unsourced-figure` or `vague-attribution` (one finding per root
cause), and sentences that state only common, stable knowledge. copydesk
errs towards silence here: it flags sentences whose wording makes a
contestable claim (causes, evaluations, changes, predictions, and
comparisons asserted of something: “Absence is much higher in secondary
schools than in primary schools”, “Shopworkers are worse off in real terms
than they were”; not a quantity's “more than 40” nor “higher than
expected”), not every unsourced sentence. A cause credited by a named
person is attributed (“Commander Paul Stride ... credited targeted stop and
search”, “Delgado attributed much of the increase to”), and so is what a name reports, its object right after the verb (“Syria's state news agency SANA reported minor damage”, “The agency reported heavy rain”), and so is the next step of a source's account, told with “then”
(“According to prosecutors, the organization hid cocaine in shipping
containers. Corrupt dock workers in Miami then removed the drugs”).

## Why
An unsourced claim is the writer's word against the reader's doubt. A copy
desk asks for the source of every claim that is not common knowledge.

## Example
> The prolonged war has significantly drained Russia’s reserves of military
> equipment.

Use instead:
> The prolonged war has significantly drained Russia’s reserves of military
> equipment, according to the Royal United Services Institute.

## Fix safety
Inserting a `[citation needed]` placeholder is **safe**; inserting
“according to [SOURCE]” is **unsafe**.
"#,
};

pub fn check(cx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
    for (block, sentence) in cx.sentences() {
        if !sentence.claim
            || !matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem)
            || block.in_block_quote
            || sentence.is_sourced()
            || sentence.own_act
            || !sentence.attributions.is_empty()
            || !sentence.figures.is_empty()
            || block.quotes_overlapping(sentence.span).iter().any(|q| q.inner.len() * 2 > sentence.span.len())
        {
            continue;
        }
        let (placeholder, according_to) = cx.source_fixes(sentence.span);
        out.push(
            Diagnostic::new(Rule::UnattributedClaim, sentence.span, quoted_message("Claim has no source: “", cx.slice(sentence.span), "”"))
                .with_fix(placeholder)
                .with_fix(according_to),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{allows, flags};
    use crate::rules::Rule::UnattributedClaim as R;

    #[test]
    fn flags_unsourced_claims() {
        let s = "The prolonged war has significantly drained Russia’s reserves of military equipment and ammunition.";
        flags(R, s, &[s]);
    }

    #[test]
    fn the_source_goes_after_a_closing_quotation_with_its_stop() {
        use crate::document::{Document, Format};
        let text = "A medical examiner ruled the death a homicide caused by \"compression asphyxia.\" No deputies were charged.";
        let doc = Document::new(text, Format::Markdown);
        let d = crate::check(&doc, &crate::settings::Settings::default()).into_iter().find(|d| d.rule == R).unwrap();
        let according = d.fixes.iter().find(|f| f.title.contains("according to")).unwrap();
        assert_eq!(crate::fix::apply_fixes(text, [according]).text, "A medical examiner ruled the death a homicide caused by \"compression asphyxia\", according to [SOURCE]. No deputies were charged.");
    }

    #[test]
    fn allows_sourced_and_non_claims() {
        allows(R, "The prolonged war has drained Russia’s reserves, the ministry said in a statement.");
        allows(R, "The war has drained Russia’s reserves of military equipment [1].");
        allows(R, "The war has drained Russia’s reserves of equipment ([source](https://example.org)).");
        allows(R, "# The war has drained Russia’s reserves of military equipment");
        allows(R, "Has the war drained Russia’s reserves of military equipment?");
        allows(R, "This report covers the war and its effect on reserves.");
        allows(R, "Russia has reportedly drained its reserves of military equipment.");
        allows(R, "The minister said the war was long. He added that reserves were drained by the fighting.");
        allows(R, "Food inflation rose to 4.1% in April, figures from the ONS showed. It was the third monthly rise in a row and the highest rate since 2024.");
        // (a label and the thing it names)
        allows(R, "- **Proposal 3:** a cap on property tax increases.");
        flags(R, "Update: a cap on property tax increases has hurt schools.", &["Update: a cap on property tax increases has hurt schools."]);
    }
}
