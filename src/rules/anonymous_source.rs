//! `anonymous-source`: an unnamed but affiliated source.

use super::{RuleContext, RuleDoc};
use crate::analysis::SourceKind;
use crate::diagnostic::{quoted_message, Diagnostic};
use crate::fix::{Edit, Fix};
use crate::rules::Rule;
use crate::span::Span;

pub const DOC: RuleDoc = RuleDoc {
    summary: "An unnamed but affiliated source: “an official, speaking anonymously”, “U.S. officials said”.",
    body: r#"
## What it flags
The first mention of a source who is identified only by affiliation or
role: `an official, speaking anonymously`, `a person familiar with the
matter`, `a source said`, `Ukrainian intelligence sources`, sources placed
in a body (`Club sources said`, `Sources inside the team say`, `Sources close to the club say`, a party's or
a government's: `Labour sources said`, `Kremlin sources say`, `Ministry of Justice sources said`; a council's
or a family's: `Council sources said`), `U.S. officials
said`, `INRB scientists said`, members of a parliament by its letters or
lawmakers, none named (`Opposition MPs say`, `Tory MPs say`, `Lawmakers
said`), and one unnamed person known only by a role (`a senior police officer
said`, `an employee said`, `one engineer said`, `One member of the 2024
intake said`, `One banker advising on the deal said`, `One 18-year-old
student at the college, who did not want to give her name, said`; an
affiliation or a place names nobody: `a Green Party organiser said`, `One
installer in the West Midlands described`; nor does what it did: `A
firefighter who was among the first at the scene said`, unless the next
sentence names it: “The driver, Gary Hutchison, 52, told reporters”, or
a lede's late identification, the next paragraph opening with a full name
and an age: “A former investment banker told a Manhattan federal jury
...” then “Marcus Lee, 38, who pleaded guilty ...”), people who work or worked
there (`three current and former managers described`), an
unnamed group placed by where it works (`Local officials privately
estimate`), people described only by what they know (`Two people
familiar with the investigation`, `People familiar with the planning
say`), and an unnamed share of a body or a
kind of envoy (`Some Labour MPs believe`, `A number of officials said`,
`Western diplomats say`, the people who run the one body of its kind the story
is about: `Union leaders said`, `Company executives said`, `Council leaders
said` (those who run many, `Hospital leaders say`, are vague), and some of a named body, placed in it: `Some in
the England camp believe`, `Some at the Treasury believe`); a person's circle (“Two people close to her
campaign said”); and one placed by a town and its state, the anonymity
after them (“A pharmacist in Columbus, Ohio, who spoke on condition of
anonymity, said”); one described after a comma or after the verb (“one man
in Alford said”, “said one dancer after the performance”), and one whose
anonymity a clause with no commas gives (“a hospital official who was not
authorized to speak publicly told the Statesman Journal”, “A deputy who
spoke on condition of anonymity because he was not authorized to speak to
reporters said”). The source of a
reduced relative clause is its own plural head (“a project officials say is
needed” flags “officials”). One member of a named party who speaks
anonymously is an anonymous source (“A senior Liberal Democrat, speaking on
condition of anonymity, said”), and people introduced as speaking
anonymously are new, even after their body's officials have spoken (“Two
Fed officials, speaking on condition of anonymity,” after “Fed officials
expect”).

When the sentence already says why (“who spoke on condition of anonymity
because they feared losing their job”, “speaking on background because
...”, “on condition of anonymity to discuss classified assessments”, “asked
not to be named in order to speak freely”), the
finding says so and offers only the suppression comment.

Not flagged: named sources; later references to the same source (`The
official added`, `Officials also said`, “One of them, who was not authorized
to speak publicly, said”, “Coastguard officials said” after “coastguard
officials said”, by the last two words of the source's noun phrase, for the
last eight sources introduced); a participle's phrase inside a short
subject (“Sightings reported by members of the public have also
increased”); a spokesperson speaking on the
record (`his spokesman said`, `a Labour spokesman said`) and whoever acts
for a named client (`a lawyer for the Smith family said`); a person described and then named (“An
aerospace analyst, Richard Aboulafia, said”, “Penrose's chief people
officer, Mark Tillett, said”); anyone at all (“unless a
doctor has told you to”); a view a named document gives (“Fed officials
expect core inflation to fall to 2.4%, according to the projections they
released in September”), and what a hearing was told (“A former fund
manager told clients their money was safe, a jury at Southwark Crown Court
heard”: people in the evidence); advice given in the open (“Officials urged
residents to stay indoors”; what they told residents is still a source's:
“Officials told residents that the water was safe”); a role that names one person (`its chief
executive said`) or speaks for an institution (`police officers said`);
people inside a source's account (“The Prison Officers' Association said
the report confirmed what its members had said”, “A person familiar with
the matter said several officials had argued for a cut”: the first source
is flagged, the officials are what it tells; but the source that closes
the sentence tells all before it: in “Rescuers expect to reach the workers
by Friday, officials said” the officials are flagged); a side taken in a
debate the story tells (“Some committee members argued for a smaller
cut”); an unnamed group whose
words, not whose standing, hold an anonymity phrase (“Campaigners have
long argued that the council is too close to the operator” is vague
attribution, not an anonymous source).

## Why
Anonymous sourcing is sometimes necessary, but house style usually asks the
reader to be told why the source was not named. This rule is informational:
it marks the places an editor will want to look at.

## Example
> A Ukrainian military intelligence official, speaking anonymously, told The
> Washington Post that troops are training in Russia.

Use instead:
> A Ukrainian military intelligence official, who spoke on condition of
> anonymity because he was not authorised to brief the press, told The
> Washington Post that ...

## Fix safety
Appending “, who spoke on condition of anonymity because [REASON],” is
**unsafe**: it adds a statement the writer must complete and check. It goes
after the source (“A person familiar with the deliberations, who spoke on
condition of anonymity because [REASON], said”), and after a relative aside
about the source's place, not between the place and its clause (“Customs
officials at Felixstowe, which handles around 36% of the UK's container
traffic, who spoke on condition of anonymity because [REASON], said”), and so after an aside that describes the source (“Another witness, a taxi driver who was parked nearby, who spoke on condition of anonymity because [REASON], said”); only a phrase that says the
source is unnamed (“speaking anonymously”, “speaking privately”, “who
declined to be named”) is
replaced by it, without its “who” after the source's own clause (“who left
in May and asked not to be named” → “who left in May and spoke on condition
of anonymity because [REASON]”) and as a participle's after a participle
(“said, asking not to be named” → “said, speaking on condition of anonymity
because [REASON]”); the terms alone are completed (“speaking
to us on condition of anonymity” → “... on condition of anonymity because
[REASON]”, and so in the source's own clause: “a former employee who spoke
to this newspaper on condition of anonymity” → “... anonymity because
[REASON]”), and so is a restriction no source chose (“who cannot be named”
→ “who cannot be named because [REASON]”). A source that says it may not speak (“who was not
authorised to speak publicly”), or whose phrase gives one (“A Fed official who asked not to be named because the deliberations were private”), has given its reason: it is still flagged,
and its one fix, also **unsafe**, is a comment that keeps it
(`<!-- copydesk-disable-next-line anonymous-source -->` on the line above).
"#,
};

pub fn check(cx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
    for (_, sentence) in cx.sentences() {
        for a in sentence.attributions.iter().filter(|a| a.kind == SourceKind::Anonymous && !cx.placeholder_follows(a.trigger.end, "[REASON]")) {
            // "The Prison Officers' Association said the report confirmed
            // what its members had said", "A person familiar with the
            // matter said several officials had argued for a cut": people
            // inside a source's account are what it tells, not the report's
            // sources
            // (not a source of its own clause after it: "Ukrainian officials
            // said ..., and one official ... said")
            // (but the source that closes the sentence tells all before it:
            // "Rescuers expect to reach the last three workers by Friday,
            // officials said")
            let closes_the_sentence = || {
                cx.text().get(sentence.span.start..a.trigger.start).is_some_and(|before| before.trim_end().ends_with(','))
                    && a.cue.start >= a.trigger.end
                    && cx.text().get(a.cue.end..sentence.span.end).is_some_and(|after| after.split_whitespace().count() <= 2 && !after.contains([',', '"', '“', '”']))
            };
            // (an anonymous source before it is the same people: "Fed
            // officials expect rates to stay high, officials said")
            if sentence.attributions.iter().any(|b| {
                b.kind != SourceKind::Vague && b.cue != a.cue && b.cue.end <= a.trigger.start && b.trigger.end <= a.trigger.start && !super::new_clause_between(cx.text(), b.cue.end, a.trigger.start) && (b.kind == SourceKind::Anonymous || !closes_the_sentence())
            }) {
                continue;
            }
            if advises_the_public(cx.slice(a.cue), cx.slice(Span::new(a.cue.end, sentence.span.end))) {
                continue;
            }
            if named_in_the_next_sentence(cx.slice(a.trigger), cx.text().get(sentence.span.end..).unwrap_or("")) {
                continue;
            }
            // ("Fed officials expect inflation to fall to 2.4%, according to
            // the projections they released": what they expect is sourced
            // by the document the sentence names)
            // (nor what a hearing was told, closing the sentence: "A former
            // fund manager ... told clients their money was safe, a jury
            // at Southwark Crown Court heard": people in the evidence)
            let heard_closing = |b: &crate::analysis::Attribution| {
                matches!(cx.slice(b.cue).to_ascii_lowercase().as_str(), "heard" | "was told" | "were told")
                    && cx.text().get(a.trigger.end..b.trigger.start.min(b.cue.start)).is_some_and(|between| between.trim_end().ends_with(','))
                    && cx.text().get(b.cue.end..sentence.span.end).is_some_and(|after| after.split_whitespace().count() <= 3 && !after.contains(','))
            };
            if sentence.attributions.iter().any(|b| b.kind == SourceKind::Identifiable && b.trigger.start >= a.trigger.end && (cx.slice(b.cue).eq_ignore_ascii_case("according to") || heard_closing(b))) {
                continue;
            }
            // Still an anonymous source to look at, but not one to ask a
            // reason for when the sentence gives it.
            // (or inside the source's own phrase: "A Fed official who asked
            // not to be named because the deliberations were private")
            let reason_inside = || cx.slice(a.trigger).split_once(' ').is_some_and(|(_, rest)| rest.split(' ').any(|w| w.eq_ignore_ascii_case("because")));
            if gives_reason(cx.slice(Span::new(a.trigger.end, sentence.span.end))) || states_no_authority(cx.slice(a.trigger)) || reason_inside() {
                // (its one fix: keeping the source, with a comment)
                out.push(
                    Diagnostic::new(Rule::AnonymousSource, a.trigger, quoted_message("Anonymous source “", cx.slice(a.trigger), "” (the reason for anonymity is given)."))
                        .with_fix(crate::suppress::suppress_fix(cx.doc, a.trigger.start, Rule::AnonymousSource)),
                );
                continue;
            }
            out.push(
                Diagnostic::new(Rule::AnonymousSource, a.trigger, quoted_message("Anonymous source “", cx.slice(a.trigger), "”: say why the source is not named."))
                    .with_fix(Some(Fix::unsafe_("Explain the anonymity", vec![explain_anonymity(cx, a.trigger)]))),
            );
        }
    }
}

/// The sentence right after the source's names it by its noun and a name
/// in apposition: "A lorry driver who had stopped at the car park said he
/// heard a noise like a train." then "The driver, Gary Hutchison, 52, told
/// reporters ...": a source named, late.
fn named_in_the_next_sentence(source: &str, after: &str) -> bool {
    let core = source.split(" who ").next().unwrap_or(source).split(',').next().unwrap_or(source);
    let Some(head) = core.split_whitespace().last() else { return false };
    // (or the next paragraph opens with a full name and an age, a lede's
    // late identification: "A former investment banker told a Manhattan
    // federal jury ..." then "Marcus Lee, 38, who pleaded guilty ...")
    let indefinite = source.starts_with("A ") || source.starts_with("An ");
    if indefinite && after.trim_start_matches([' ', '"', '”']).starts_with(['\n', '\r']) && crate::analysis::opens_with_a_name_and_age(after.trim_start(), 2..=3) {
        return true;
    }
    // (the next sentence of the same paragraph: no line break between)
    let next = after.trim_start_matches([' ', '"', '”']);
    next.strip_prefix("The ")
        .and_then(|rest| rest.get(..head.len()).filter(|w| w.eq_ignore_ascii_case(head)).map(|_| &rest[head.len()..]))
        .and_then(|rest| rest.strip_prefix(", "))
        .is_some_and(|name| name.starts_with(|c: char| c.is_uppercase()))
}

/// The words right after an anonymous source say why it is not named:
/// "... on condition of anonymity because they feared losing their job",
/// "..., as he was not authorised to speak", "... to discuss classified
/// assessments".
fn gives_reason(after: &str) -> bool {
    let mut words = after.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|w| !w.is_empty()).take(4);
    let pronoun = |w: Option<&str>| w.is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "he" | "she" | "they" | "i" | "we" | "it"));
    match words.next().map(str::to_ascii_lowercase).as_deref() {
        Some("because" | "citing") => true,
        Some("as" | "since") => pronoun(words.next()),
        // ("for fear of reprisals", "who cannot be named for legal reasons")
        Some("for") => words.next().is_some_and(|w| w.eq_ignore_ascii_case("fear") || w.eq_ignore_ascii_case("legal") || w.eq_ignore_ascii_case("safety") || w.eq_ignore_ascii_case("security")),
        // ("asked not to be named in order to speak freely", "so as to
        // protect their job")
        Some("in" | "so") => words.next().is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "order" | "as")) && words.next().is_some_and(|w| w.eq_ignore_ascii_case("to")),
        // ("on condition of anonymity to discuss classified assessments":
        // what they could not discuss openly)
        Some("to") => words.next().is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "discuss" | "describe" | "talk" | "speak" | "share" | "detail" | "disclose" | "reveal" | "comment" | "avoid" | "protect")),
        _ => false,
    }
}

/// The source says it was not allowed to speak ("an official, who was not
/// authorised to speak publicly,"): that is the reason it is not named.
/// "Officials urged residents to stay indoors": public advice, given in
/// the open by whoever holds the office, not a source speaking unnamed
/// (what they told the public is still reported: "Officials told
/// residents that the water was safe").
fn advises_the_public(cue: &str, after: &str) -> bool {
    let directive = matches!(cue.to_ascii_lowercase().as_str(), "urged" | "urge" | "urges" | "advised" | "advise" | "advises" | "asked" | "ask" | "asks" | "told" | "tell" | "tells" | "warned" | "warn" | "warns" | "ordered" | "instructed" | "encouraged" | "encourage" | "encourages");
    if !directive {
        return false;
    }
    let words: Vec<String> = after.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(5).map(str::to_ascii_lowercase).collect();
    let public = |w: &str| matches!(w, "residents" | "people" | "public" | "drivers" | "motorists" | "passengers" | "travellers" | "travelers" | "visitors" | "households" | "parents" | "everyone" | "anyone" | "locals" | "customers" | "families" | "tourists" | "citizens" | "shoppers" | "patients" | "consumers");
    let Some(object) = words.iter().take(3).position(|w| public(w)) else { return false };
    words.get(object + 1..).is_some_and(|rest| rest.first().is_some_and(|w| w == "to" || w == "not") || rest.first().is_some_and(|w| w == "in" || w == "across" || w == "near") && rest.iter().any(|w| w == "to"))
}

fn states_no_authority(source: &str) -> bool {
    let lower = source.to_ascii_lowercase();
    lower.contains("not authorised to") || lower.contains("not authorized to")
}

const REASON: &str = "who spoke on condition of anonymity because [REASON]";

/// Replace a stated anonymity ("speaking anonymously") with one that gives
/// its reason, or append the clause after the source.
fn explain_anonymity(cx: &RuleContext<'_>, trigger: Span) -> Edit {
    let text = cx.text();
    // In the prose copy: a phrase inside a comment the source spans is not
    // the writer's (rewriting it there, unseen, repeated on every pass).
    // (only a phrase that says the source is unnamed is replaced: "familiar
    // with the matter" or "close to the" say who the source is, and the
    // clause goes after them)
    let stated = crate::analysis::lexicon::find_phrases(&cx.settings.lexicon.anonymity_matcher, cx.doc.prose(), trigger.start, trigger.end);
    let says_unnamed = |&&(_, start, end): &&(usize, usize, usize)| {
        let phrase = cx.doc.prose()[start..end].to_ascii_lowercase();
        ["anonym", "name", "identified", "privately", "off the record"].iter().any(|w| phrase.contains(w))
    };
    if let Some(&(_, start, end)) = stated.iter().rfind(says_unnamed) {
        let phrase = &cx.doc.prose()[start..end];
        // (a phrase without its "who" goes on the source's own clause: "who
        // left in the summer and asked not to be named" -> "and spoke on
        // condition of anonymity because [REASON]")
        // (the terms alone after a verb of the writer's: "speaking to us on
        // condition of anonymity" -> "... anonymity because [REASON]")
        // (and a restriction, which no source chose: "who cannot be named"
        // -> "who cannot be named because [REASON]")
        if phrase.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("on ")) || phrase.to_ascii_lowercase().contains("cannot") || phrase.contains("can't") {
            return Edit::insert(end, " because [REASON]");
        }
        // (a participle's phrase stays a participle's: "said, asking not to
        // be named" -> "said, speaking on condition of anonymity because
        // [REASON]")
        let lower = phrase.to_ascii_lowercase();
        if lower.starts_with("asking ") || lower.starts_with("declining ") {
            return Edit::replace(Span::new(start, end), "speaking on condition of anonymity because [REASON]");
        }
        let own_who = phrase.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("who "));
        let reason = if own_who || !cx.doc.prose()[..start].trim_end().ends_with(" and") { REASON } else { &REASON["who ".len()..] };
        return Edit::replace(Span::new(start, end), reason);
    }
    // Close the aside with a comma only when the sentence goes on.
    let goes_on = text[trigger.end..].starts_with(' ');
    let closing = if goes_on { "," } else { "" };
    // (after a relative aside about the source's place, which the clause
    // would cut from its noun: "Customs officials at Felixstowe, which
    // handles around 36% of the UK's container traffic, said")
    let after = &text[trigger.end..];
    // (or an appositive that describes the source: "Another witness, a
    // taxi driver who was parked nearby, said")
    if [", which ", ", where ", ", whose ", ", a ", ", an "].iter().any(|w| after.starts_with(w))
        && let Some(close) = after.get(2..after.len().min(300)).and_then(|aside| aside.find([',', '.', ';', '\n']).filter(|&k| aside[k..].starts_with(", ")))
    {
        return Edit::insert(trigger.end + 2 + close, format!(", {REASON}"));
    }
    if after.starts_with(',') {
        Edit::insert(trigger.end, format!(", {REASON}"))
    } else {
        Edit::insert(trigger.end, format!(", {REASON}{closing}"))
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{allows, findings, flags};
    use crate::rules::Rule::AnonymousSource as R;

    #[test]
    fn a_source_that_cannot_be_named_is_asked_why_not_said_to_have_spoken_anonymously() {
        assert_eq!(crate::rules::test_support::fixed_by(R, "A teenager, who cannot be named, told the court she saw the attack."), "A teenager, who cannot be named because [REASON], told the court she saw the attack.");
        // (a legal reason given is a reason)
        assert!(crate::rules::test_support::first_finding(R, "One shopper, who cannot be named for legal reasons, told the jury she saw it.").message.contains("reason for anonymity is given"));
    }

    #[test]
    fn flags_unnamed_affiliated_sources() {
        flags(R, "A Ukrainian military intelligence official, speaking anonymously, told The Washington Post that troops are in Russia.", &["A Ukrainian military intelligence official, speaking anonymously"]);
        flags(R, "The strike killed 20 soldiers, according to Ukrainian intelligence sources.", &["Ukrainian intelligence sources"]);
        flags(R, "U.S. officials said the talks were over.", &["U.S. officials"]);
        // (sources placed by the body they belong to, not nobody in particular)
        flags(R, "Club sources said Cole had been offered to two London clubs.", &["Club sources"]);
        // (the source that closes the sentence tells all before it, the
        // people in its account too)
        flags(R, "Rescuers now expect to reach the last three workers by Friday, officials said.", &["officials"]);
        flags(R, "The city expects tens of thousands of visitors, officials said.", &["officials"]);
        // (members of a parliament by its letters, of a party or not)
        flags(R, "Opposition MPs say the government is dragging its feet.", &["Opposition MPs"]);
        flags(R, "MPs say the government is dragging its feet.", &["MPs"]);
        flags(R, "Ukrainian intelligence sources said the strike killed 20 soldiers.", &["Ukrainian intelligence sources"]);
        flags(R, "Sources inside the team say he will stay.", &["Sources inside the team"]);
        // (an anonymity phrase in what they said is not theirs)
        flags(R, "Government officials said privately that ministers had been briefed on the closure last week.", &["Government officials"]);
        flags(R, "A person briefed on the matter said the deal was close.", &["A person briefed on the matter"]);
        // (a council's or a family's sources; one member of a named party
        // speaking anonymously)
        flags(R, "Council sources said several members had been under pressure.", &["Council sources"]);
        flags(R, "A senior Liberal Democrat, speaking on condition of anonymity, said the vote had been close.", &["A senior Liberal Democrat, speaking on condition of anonymity"]);
        // (ones introduced as speaking anonymously are new, even where
        // their body's officials spoke before)
        flags(R, "Fed officials expect rates to stay high, officials said.\n\nTwo Fed officials, speaking on condition of anonymity, said several participants had pushed for a pause.", &["Fed officials", "Two Fed officials, speaking on condition of anonymity"]);
    }

    #[test]
    fn a_view_a_named_document_gives_is_sourced() {
        flags(R, "Fed officials expect core inflation to fall to 2.4% by the end of 2027, according to the projections they released in September.", &[]);
    }

    #[test]
    fn the_fix_gives_a_reason() {
        let fixed = |text: &str| crate::rules::test_support::fixed_by(R, text);
        assert_eq!(fixed("An official, speaking anonymously, said it."), "An official, who spoke on condition of anonymity because [REASON], said it.");
        assert_eq!(fixed("U.S. officials said it."), "U.S. officials, who spoke on condition of anonymity because [REASON], said it.");
        // (not between a place and its relative clause)
        assert_eq!(
            fixed("Customs officials at Felixstowe, which handles around 36% of the UK's container traffic, said it."),
            "Customs officials at Felixstowe, which handles around 36% of the UK's container traffic, who spoke on condition of anonymity because [REASON], said it."
        );
        assert_eq!(fixed("An engineer, who left in May and asked not to be named, said it."), "An engineer, who left in May and spoke on condition of anonymity because [REASON], said it.");
        assert_eq!(fixed("\"It was unfair,\" one rider said, asking not to be named."), "\"It was unfair,\" one rider said, speaking on condition of anonymity because [REASON].");
        assert_eq!(fixed("One governor, speaking to us on condition of anonymity, said it."), "One governor, speaking to us on condition of anonymity because [REASON], said it.");
        assert_eq!(fixed("It fell, according to Ukrainian intelligence sources."), "It fell, according to Ukrainian intelligence sources, who spoke on condition of anonymity because [REASON].");
        // (a phrase that says who the source is stays; the clause follows it)
        assert_eq!(
            fixed("A person familiar with the committee's deliberations said the vote was close."),
            "A person familiar with the committee's deliberations, who spoke on condition of anonymity because [REASON], said the vote was close."
        );
        assert_eq!(fixed("Another witness, a taxi driver who was parked nearby, said it."), "Another witness, a taxi driver who was parked nearby, who spoke on condition of anonymity because [REASON], said it.");
        assert_eq!(fixed("An official, who declined to be named, said it."), "An official, who spoke on condition of anonymity because [REASON], said it.");
        assert_eq!(fixed("A council officer, speaking privately, said it."), "A council officer, who spoke on condition of anonymity because [REASON], said it.");
        // (the word that links the sentence to the one before is no part of the source)
        assert_eq!(fixed("However, an official, who declined to be named, said it."), "However, an official, who spoke on condition of anonymity because [REASON], said it.");
        assert_eq!(fixed("But an official, who declined to be named, said it."), "But an official, who spoke on condition of anonymity because [REASON], said it.");
        // The anonymity phrase inside a comment the source phrase spans is
        // left alone, and a second pass changes nothing.
        let text = "Experts say the dam will fail.\n\nThe dam win{document<!-- copydesk-dksable spoke on condition of anonymity-->official said.";
        let once = fixed(text);
        assert!(once.contains("<!-- copydesk-dksable spoke on condition of anonymity-->"), "{once}");
        assert_eq!(fixed(&once), once);
    }

    #[test]
    fn explained_anonymity_is_flagged_without_asking_for_a_reason() {
        for s in [
            "One official, who spoke on condition of anonymity because they feared losing their job, said it was decided.",
            "An official, speaking anonymously as he was not authorised to brief the press, said it was decided.",
            "A diplomat, speaking anonymously for fear of reprisals, said the talks had failed.",
            "The fire has jumped the road, according to a fire service official at the scene, who was not authorised to speak publicly.",
        ] {
            let doc = crate::document::Document::new(s, crate::document::Format::Markdown);
            let found: Vec<_> = crate::check(&doc, &crate::Settings::default()).into_iter().filter(|d| d.rule == R).collect();
            assert_eq!(found.len(), 1, "{s}");
            assert!(found[0].message.contains("reason for anonymity is given") && found[0].fixes.len() == 1 && found[0].fixes[0].title.starts_with("Suppress anonymous-source"), "{:?}", found[0]);
        }
        assert!(super::gives_reason(" because they feared it"));
        assert!(!super::gives_reason(", said it was decided"));
    }

    #[test]
    fn allows_named_and_repeated_sources() {
        allows(R, "Defense Minister Kim Yong-hyun said troops were likely.");
        // (a side taken in a debate the story tells is no source)
        allows(R, "Some committee members argued for a smaller cut of 50 basis points, the bank's minutes show.");
        allows(R, "Two board members argued against the plan.");
        allows(R, "Labour MP Jane Smith said the bill would pass.");
        allows(R, "His spokesman said the minister was ill.");
        let text = "An official said the plan was ready. The official added that it would start soon.";
        assert_eq!(findings(text, R).len(), 1);
        // (one of the people just brought in is not a new source)
        let text = "Two people familiar with the investigation said the attackers used a vendor's login. One of them, who was not authorized to speak publicly, said the intruders had been inside for nine days.";
        assert_eq!(findings(text, R).len(), 1);
    }
}
