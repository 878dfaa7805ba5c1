//! `vague-attribution`: attribution to nobody in particular.

use crate::document::BlockKind;
use super::{RuleContext, RuleDoc};
use crate::analysis::SourceKind;
use crate::diagnostic::{quoted_message, Diagnostic};
use crate::fix::{Edit, Fix};
use crate::rules::Rule;
use crate::span::Span;

pub const DOC: RuleDoc = RuleDoc {
    summary: "Attribution to nobody in particular: “reportedly”, “sources say”, “experts believe”.",
    body: r#"
## What it flags
Words that attribute a claim without naming who makes it: `reportedly`,
an amount `a reported £210 million` (or `at a reported cost of £3.6 million`), `there were reports that`, `has long been described as`, `allegedly`, `it is said / believed / understood`, a belief denied with nobody holding it (`is not thought to`, `is not believed to`), `sources say`, `some
say`, `many believe`, a share of an unnamed group (`some traders believe`,
`many investors think`, `Many report that`; insiders of nothing named, `Some insiders believe`,
`Insiders say`, where `Kremlin insiders` are anonymous sources), `according to the bookmakers`, an expectation or a view with an adverb between (`are now expected to`, `is now widely seen as`), `experts / critics / analysts / supporters / residents / aid workers say`
with none named (and a verdict they give, an auxiliary or adverb between:
`Critics have called it a disaster`, `several critics here have called it
the strongest line-up in a decade`), other unnamed groups speaking as one (`Traders say`,
`Lawyers say`, `Charities report that`, `Several councils have warned`,
`people claim that`, `Providers say` (not `Organisers say` or `Prosecutors
say`, the party running the event or the case, nor a party named in a
reduced relative clause: “some of the payments the prosecution says were
made”, nor “allegedly” right after a sentence in which a named party alleges
(“The prosecution alleges that the group targeted 63 stores. Stolen goods
were allegedly sold on”: the hedge goes on with its allegation), nor the
agent a participle names after an indefinite document: “A survey
carried out by the school's parent council found”, nor a name after a
plural's possessive and a title, the subject of a second verb: “Supporters' trust chair Helen Marsh said fans would welcome the
change but warned”), any other kind of people
in the plural, unnamed and with no article, that says, argues, complains,
fears or worries (`Consumer groups have complained that`, `For years, car
manufacturers have argued`, `local traders said`, `Freight forwarders
say`, `Restaurant owners said`; one opening the sentence after a
nationality, a party or an abbreviation, `Labour councillors said`,
`Ukrainian commanders said`, names an affiliation and is an
`anonymous-source`), `Aid workers on the ground say`,
`Scientists fear`, `Seismologists warned`, those who run many bodies of a kind (`Hospital leaders say`, `Health leaders warned`), `Friends said`, `Colleagues remembered`,
`Several said` (some of the people just met, none named), a critic's
verdict (`Critics called the sum inadequate`; not `Residents called the
council`), what an unnamed group said (`in what volunteers said were the
worst conditions`), an assumption nobody holds (`It has long been assumed
that`), `by some accounts`, `was widely considered`, `Research consistently shows`, `It is feared that`,
`it is widely thought`, `is widely thought to`, `It is widely understood that`, a doubt an unnamed group raised (`Some cardiologists have questioned whether`), `are also believed to`, `College leaders have long argued`, `Some doctors
have raised concerns that`, `Scouts describe him as`, `Industry bodies
estimate`, `Studies in mice have shown` (not `Studies in The Lancet`), a
link or a judgement in the passive with nobody behind it (`has been linked
to`, `has since been widely criticised`; not `has been widely criticised by
the TUC`, nor when the sentence names who made the link: “The outbreak has
been linked to a farm, the agency said”, nor a link nobody found: “No
human infections have been linked to the farms”),
an unnamed share of a group: `A handful of economists have warned`,
`Historians estimate`, a link, a judgement or an expectation an unnamed
kind of people made (`Scientists have linked the failing rains to
warming`, `which many observers regard as a decisive advantage`, `Most
economists had expected a further reduction`; not a body's own, “The
company linked its prices to inflation”, nor what is expected of them,
“Economists at the Bank are expected by the governor to attend”); not the people of a body named after them: `according to analysts at Goldman Sachs`; a place names no one known only by where they live: `Some residents of Beira said`, `Residents in south Bristol have long complained`), a belief with no
holder (`a fee believed to be around £1.8m`; not inside what a named
source said: “Fedorov said rescuers were searching for five people
believed to be trapped”),
`according to reports`, `a recent poll found` or `the available data
indicate` with no poll or data named (also `A survey of 1,200 firms
found`, `A study showed`, `An inspection found that`, but not a piece of evidence in a clause of time that reports no clause: `the playground was closed after an inspection found structural corrosion`, `A recent survey found that more than half of
16 to 18-year-olds said`: the respondents are no source; not `A YouGov
poll`, `a study published in The Lancet`, `according to a study published
in The Lancet`, `A study published in the
journal Nature Food found`), `are understood / reported / said to`, passive attributions to an unnamed
group (`confirmed by arms researchers`), and `is expected to` / `is
suspected of` / `is alleged to` when nobody in the sentence holds the
expectation or the allegation (“the ministry said talks are expected to
resume” and “Whitfield is alleged to have told staff ..., the prosecutor
said” are not flagged; in “The FDA is expected to widen its review,
industry analysts say” only `analysts say` is; a source speaking in an
aside about the subject holds nothing: “Mr Pettifer, who spoke only to
confirm his name, is expected to give evidence” is flagged, and so is what
is expected of the person a named account went on about: “Whitfield has
said she will order a review. She is expected to name a deputy”), and an
expectation of when held by nobody (`A decision is expected soon`, `is
expected early next year`, `is expected by mid-2027`; not “Talks are
expected soon, the ministry said”).

A question attributes nothing (“What do experts say?”, a common
heading) and is not flagged, nor is a heading that names one (“What the
data show”), nor a heading whose section names a source: a headline's
“Hosts say” or “as passenger groups warn” is shorthand for the people
its story names (“## Experts say the dam will fail” over a section that
names nobody is flagged) or an indirect question about the evidence (“Pupil absence in
England: what the latest figures show”, “Here is what the data suggest.”,
“what critics say about it”). Nor is the record of a hearing the story is
about (“Evidence at trial showed”, “evidence given to the inquiry”). A hedge on a named source is still flagged (“the ministry reportedly told
staff”): the hedge says the writer has not confirmed it. Words inside a
quotation are the speaker's and are not flagged, and neither is a
group's voice inside what a named source said (“Jane Hill, a union
official, said workers had raised concerns”, or one before a named source
that closes the sentence: “a junction that residents had warned was
dangerous, an inquest has heard”; after a turn to the writer's
own clause it is flagged: “..., airport operator ANA said, though
passengers reported queues”), nor data named
by the body that produced it (“figures from the health ministry show”,
“data from Eurostat show”, “ONS figures show”, “Eurostat data show”, a
name opening the sentence that is no adjective and no kind of data:
“Kantar figures show” (not “Official figures show”, “Crime figures
show”), an owner before a word of what they are: “The Scottish
Government's latest figures show”, or a body the sentence named before
“its”: “The Scottish Government wants ..., and its latest figures show”,
“according to council figures”) or by the document the story named
(“according to figures in the report”), a measure something is pegged
to (“the cap has been linked to the retail prices index”), or a group whose publication is named
(“researchers wrote in The BMJ”), a report the sentence's named subject
published (“In a report published yesterday, the Transport Select
Committee said”), an act a group answered with (“Unions responded with
indicative ballots”), a group its named leader or member
identifies (“Opponents, led by the Michigan Municipal League, warned”, a
document whose author is named: “A previous review, carried out by John
Cridland in 2017, recommended”,
“Opponents of the scheme, including the Campaign for Better Transport,
have argued”), and sources placed in a body, which are anonymous sources
(“Club sources said”, “Ukrainian intelligence sources say”, “Sources
inside the team say”; not “Industry sources say”, “Sources in Seoul say”). A passive report whose sentence names
the reporter is not flagged (“640 cases have been reported since landfall,
according to the Directorate General of Health Services”), nor a consent
still to come (“before some lenders would agree.”), nor the share of those a
named survey asked, in a list its sourced lead-in opens (“Among the report's
findings:” then “- 62% of prisoners said it was easy to get drugs;”) or
the members such a record counts (“The minutes also showed:” then “- Several
participants raised concerns”), nor
is a group's view that a named source gives (“Traders put the odds at 90%,
according to CME Group's FedWatch tool”), a passive of reporting to
someone (“offences that are reported to and recorded by the police”),
nothing reported (“No deaths have been reported”), an unnamed group's act told with its object (“Several large employers have
announced job cuts”: a vague quantity, `unsourced-figure`'s), the
researchers or experts the report has named (“the researchers said”),
an expectation in a sentence that continues a named source's account (“He
added that talks are expected to resume”, an item of a list its sourced
lead-in introduced),
advice (“passengers should expect buses”), taking part in something
(“residents responded to the public consultation”, “a meeting in which
more than 60 residents spoke, many of them opposed”), nor a
comparison with what evidence seems to say (“stickier than headline
figures suggest”), evidence whose sentence names its source (“The figures
show a rise, NHS England said”), or an expectation held by the vague
source before it, which is the one flagged (“Pundits say he is
expected to sign”), or a belief a named source's “according to” right
after it holds (“The fire is believed to have started in the kitchen,
according to West Yorkshire Police”). Words in a block quotation whose source is
given (a source line, or a lead-in naming one: “The full text of the
Federal Reserve's statement:”) are the source's. A source named in
apposition is named (“according to overnight figures from the broadcaster,
Sky Sports”), and a side of the case is identifiable, as “prosecutors” is
(“Defense lawyers argued”); a kind of people is nobody in particular
even spread over a place or reporting what they saw (“Care providers
across England say”, “Estate agents in the capital say”, two kinds
joined: “Nurses and porters on late shifts say”, “Financial advisers reported a surge in calls”), and
so is a kind of body in the plural (“Rescue centres report that”, “Schools
in the area reported that”, “Retailers have blamed”), and a saying to come names no source
for the expectation (“The city is expected to announce the appointment”
flags “is expected to”). Counsel for the person the story
names is identifiable (“Her lawyers have said she was not aware”), and so
are the people a named poll asked (“In a Bloomberg survey conducted Nov.
13-18, 38 of 52 economists said”), the data of the body the sentence
before named (“Network Rail owns the bridge. Its own data shows”), an appeal told as what a group did (“Others, including students, urged the board to keep the books”), the data an earlier sentence gave with its source, told again with “the” (“..., according to NHS England figures published on Thursday.” then “The data show that”, or later “..., the figures show.”), and a
belief the named voice closing the sentence holds (“injuries that were not
believed to be life-threatening, police said”).

## Why
Vague attribution reads like sourcing but gives the reader nothing to
check; a copy editor will ask “says who?” every time.

## Example
> North Korea has reportedly sent over 1.5 million artillery shells to Russia.

Use instead:
> North Korea has sent over 1.5 million artillery shells to Russia, according
> to South Korea's National Intelligence Service.

A sentence with a vague attribution does not also get `unsourced-figure` or
`unattributed-claim`: naming the source fixes all of them.

## Fix safety
Inserting a `[citation needed]` placeholder is **safe** (it claims nothing). Both
fixes go at the end of the hedge's own clause when a clause with a named source
follows it (“The landlord has reportedly put the property up for sale
[citation needed], and Hussain says ...”), and after the closing mark of a
quotation the sentence opens, never inside it (“Voss allegedly wrote: "Make
the numbers look like last month. Nobody checks." [citation needed]”).
Removing the hedge and adding “according to [SOURCE]” is **unsafe**: it
changes what the sentence says. A hedge that opens its sentence takes its
comma with it and hands on its capital (“Reportedly, the site will be sold”
→ “The site will be sold, according to [SOURCE].”). The “according to
[SOURCE]” stays in the hedge's clause when a later clause has a source of
its own, vague or named (“Tottenham made an approach, according to
[SOURCE], and Chelsea are said to have asked about a loan”).
"#,
};

/// Whether the section under `heading` (to the next heading) names a
/// source.
fn names_a_source_below(cx: &RuleContext<'_>, heading: &crate::analysis::BlockAnalysis) -> bool {
    let blocks = &cx.analysis.blocks;
    // (the blocks are in the document's order: the heading's place found
    // by a search, not a walk of every block before it)
    blocks[blocks.partition_point(|b| b.span.start <= heading.span.start)..]
        .iter()
        .take_while(|b| b.kind != BlockKind::Heading)
        .flat_map(|b| b.sentences.iter())
        .any(|s| s.attributions.iter().any(|a| a.kind == SourceKind::Identifiable))
}

/// Whether a sentence names the source of data it gives: a named source's
/// attribution and a word for data ("according to NHS England figures",
/// "ONS data show").
fn names_its_data(cx: &RuleContext<'_>, sentence: &crate::analysis::Sentence) -> bool {
    sentence.attributions.iter().any(|a| a.kind == SourceKind::Identifiable)
        && cx.slice(sentence.span).split(|c: char| !c.is_ascii_alphabetic()).any(|w| matches!(w, "figures" | "data" | "statistics" | "survey" | "census"))
}

const HEDGE_ADVERBS: &[&str] = &["reportedly", "allegedly", "purportedly", "supposedly", "reputedly"];

pub fn check(cx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
    // (the sentences before the current one, read once as far as needed:
    // whether one of them named its data, for "the figures show" below)
    let mut earlier = cx.sentences().peekable();
    let mut data_named = false;
    for (block, sentence) in cx.sentences() {
        // A cited sentence (or one marked with a placeholder) gives the
        // reader something to check.
        // (and a sentence without a vague attribution has nothing to flag:
        // asked first, it spares the question tests below)
        if sentence.cited || !sentence.attributions.iter().any(|a| a.kind == SourceKind::Vague) {
            continue;
        }
        // "What do experts say?": a question attributes nothing; it asks.
        // Neither does a heading that names a question ("What the data show").
        let text = cx.slice(sentence.span).trim();
        let asks = text.trim_end_matches(['"', '”', '’', '\'', ')', '*', '_']).ends_with('?');
        let names_a_question = block.kind == BlockKind::Heading
            && text.trim_start_matches(['*', '_']).split_whitespace().next().is_some_and(|w| matches!(w, "What" | "How" | "Why" | "Who" | "Where" | "When" | "Which"));
        if asks || names_a_question {
            continue;
        }
        let named = sentence.attributions.iter().any(|a| a.kind == SourceKind::Identifiable);
        for a in sentence.attributions.iter().filter(|a| a.kind == SourceKind::Vague) {
            let trigger = cx.slice(a.trigger);
            let lower = trigger.to_ascii_lowercase();
            // "The figures show a rise, NHS England said.": evidence its
            // sentence names the source of
            let evidence = lower.split_whitespace().any(|w| matches!(w, "show" | "shows" | "showed" | "indicate" | "indicates" | "suggest" | "suggests"));
            // "# A&E waits worsen as winter pressure builds early, figures
            // show": a headline's shorthand for the evidence its story names
            if evidence && block.kind == BlockKind::Heading {
                continue;
            }
            // ("## Hosts say the rules will cost them", then "Fiona
            // Campbell, who lets two flats, said": the people the section
            // under it names; not "## Experts say the dam will fail" over
            // a section that names nobody)
            if block.kind == BlockKind::Heading && names_a_source_below(cx, block) {
                continue;
            }
            // ("Others, including students, urged the board to keep the
            // books": an appeal made, told as what they did, asserts
            // nothing for a source to stand behind)
            let appeal = matches!(cx.slice(a.cue).to_ascii_lowercase().as_str(), "urged" | "urge" | "urges" | "urging")
                && cx.text().get(a.cue.end..sentence.span.end).is_some_and(|rest| rest.split_whitespace().take(6).any(|w| w == "to"));
            if appeal {
                continue;
            }
            // ("before some lenders would agree.": a consent to come, its
            // verb ending the sentence after a modal, says nothing said)
            let ends_the_sentence = cx.text().get(a.cue.end..sentence.span.end).is_some_and(|rest| rest.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | ';')).is_empty());
            if ends_the_sentence && ["would", "could", "will", "might", "can", "may"].iter().any(|m| crate::analysis::words_before(cx.text(), a.cue.start, 1).eq_ignore_ascii_case(m)) {
                continue;
            }
            // ("Among the report's findings:" then "- 62% of prisoners said
            // it was easy to get drugs": the share of those a named survey
            // asked, which the source of the lead-in vouches for)
            if sentence.carried_over && lower.starts_with("of ") {
                continue;
            }
            // ("The minutes also showed:" then "- Several participants
            // raised concerns about asset valuations": the members a named
            // record counts, which the lead-in's source vouches for)
            let counted_members = ["several ", "some ", "many ", "most ", "a few ", "a number of ", "a majority of ", "a minority of ", "few "].iter().any(|q| lower.starts_with(q));
            if sentence.carried_over && block.kind == BlockKind::ListItem && counted_members {
                continue;
            }
            // "Pundits say he is expected to sign": the
            // expectation is held by the source before it, flagged there
            // (and so is an expectation of when: "Talks are expected soon,
            // the ministry said")
            let expectation = lower.contains("expected to") || lower.ends_with(" expected");
            // (not a source's saying in an aside about the subject, closed
            // before the expectation: "Mr Pettifer, who spoke only to
            // confirm his name, is expected to give evidence")
            let held_before = expectation && sentence.attributions.iter().any(|b| b.cue.end <= a.trigger.start && !super::new_clause_between(cx.text(), b.cue.end, a.trigger.start) && !crate::analysis::attribution::said_in_a_closed_aside(cx.text(), sentence.span.start, b.cue, a.trigger.start));
            // ("The FDA is expected to widen its review, industry analysts
            // say": the source after it, in the same clause, holds it too)
            let held_after = expectation && sentence.attributions.iter().any(|b| b.cue.start >= a.trigger.end && !super::new_clause_between(cx.text(), a.trigger.end, b.cue.start));
            // (and a belief a named source's "according to" right after it
            // holds: "The fire is believed to have started in the kitchen,
            // according to West Yorkshire Police")
            let belief = || ["believed to", "thought to", "understood to"].iter().any(|b| lower.contains(b));
            let held_by_a_name_after = || {
                sentence.attributions.iter().any(|b| {
                    b.kind == SourceKind::Identifiable && b.cue.start >= a.trigger.end && cx.slice(b.cue).eq_ignore_ascii_case("according to") && !super::new_clause_between(cx.text(), a.trigger.end, b.cue.start)
                })
            };
            if evidence && named || held_before || held_after || belief() && held_by_a_name_after() {
                continue;
            }
            // ("..., according to NHS England figures published on
            // Thursday." then "The data show that ...", or later ", the
            // figures show.": the data an earlier sentence named, told
            // again with "the")
            let definite = || ["the data ", "the figures ", "the statistics "].iter().any(|d| lower.starts_with(d)) || ["data ", "figures ", "statistics "].iter().any(|d| lower.starts_with(d)) && crate::analysis::words_before(cx.text(), a.trigger.start, 1).eq_ignore_ascii_case("the");
            if evidence && definite() {
                while !data_named && let Some((_, s)) = earlier.next_if(|(_, s)| s.span.start < sentence.span.start) {
                    data_named = names_its_data(cx, s);
                }
                if data_named {
                    continue;
                }
            }
            // (the end of the hedge's own clause when a named source's clause
            // follows it: "The landlord has reportedly put the property up
            // for sale, and Hussain says he is in talks to buy it")
            let own_clause_end = cx.text().get(a.trigger.end..sentence.span.end).and_then(|rest| [", and ", ", but ", "; "].iter().filter_map(|b| rest.find(b)).min()).map(|k| a.trigger.end + k);
            let clause_end = own_clause_end.filter(|&at| sentence.attributions.iter().any(|b| b.kind == SourceKind::Identifiable && b.cue.start > at));
            // ("Tottenham reportedly made an approach, and Chelsea are said
            // to have asked about a loan": the source the hedge stands for
            // goes in its own clause when another clause has a source of
            // its own, vague or not)
            let replaced_at = own_clause_end.filter(|&at| sentence.attributions.iter().any(|b| b.cue.start > at));
            let placeholder = match clause_end {
                Some(at) => cx.placeholder_fix_at(sentence.span, at),
                None => cx.placeholder_fix(sentence.span),
            };
            let mut d = Diagnostic::new(Rule::VagueAttribution, a.trigger, quoted_message("Vague attribution “", trigger, "”: name who says so.")).with_fix(placeholder);
            if HEDGE_ADVERBS.iter().any(|h| trigger.eq_ignore_ascii_case(h)) {
                let (removal, rest) = remove_word(cx.text(), a.trigger);
                let at = replaced_at.unwrap_or_else(|| cx.sentence_end_insertion(sentence.span));
                if !removal.overlaps(Span::empty(at)) || removal.end < at {
                    // (at the sentence's end, a stop inside its closing
                    // quotation moves after the source)
                    let added = if replaced_at.is_some() { vec![Edit::insert(at, ", according to [SOURCE]")] } else { cx.according_to_edits(at) };
                    d.fixes.push(Fix::unsafe_(format!("Replace “{trigger}” with “according to [SOURCE]”"), std::iter::once(Edit::replace(removal, rest)).chain(added).collect()));
                }
            } else if trigger.to_lowercase().starts_with("according to") {
                d.fixes.push(Fix::unsafe_("Replace with “according to [SOURCE]”", vec![Edit::replace(a.trigger, "according to [SOURCE]")]));
            }
            out.push(d);
        }
    }
}

/// The word's span plus one neighbouring space, so removing it leaves
/// single spacing.
/// A sentence-opening hedge takes its comma with it and hands its capital
/// to the next word ("Reportedly, the site" → "The site"): the span to
/// replace and what replaces it.
fn remove_word(text: &str, span: Span) -> (Span, String) {
    let bytes = text.as_bytes();
    let opens = text[span.range()].starts_with(|c: char| c.is_uppercase());
    if opens && let Some(next) = text.get(span.end..).and_then(|r| r.strip_prefix(", ")).and_then(|r| r.chars().next()).filter(|c| c.is_lowercase()) {
        return (Span::new(span.start, span.end + 2 + next.len_utf8()), next.to_uppercase().collect());
    }
    let removal = if span.end < bytes.len() && bytes[span.end] == b' ' {
        Span::new(span.start, span.end + 1)
    } else if span.start > 0 && bytes[span.start - 1] == b' ' {
        Span::new(span.start - 1, span.end)
    } else {
        span
    };
    (removal, String::new())
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{allows, flags};
    use crate::rules::Rule::VagueAttribution as R;

    #[test]
    fn flags_hedges_and_nameless_groups() {
        flags(R, "North Korea has reportedly sent shells to Russia.", &["reportedly"]);
        // (a sentence-opening hedge's fix hands its capital on)
        let text = "Reportedly, the site will be sold for housing.";
        let doc = crate::document::Document::new(text, crate::document::Format::Markdown);
        let d = crate::check(&doc, &crate::Settings::default()).into_iter().find(|d| d.rule == R).expect("a finding");
        let replace = d.fixes.iter().find(|f| f.title.starts_with("Replace")).expect("a replacing fix");
        assert_eq!(crate::fix::apply_fixes(text, [replace]).text, "The site will be sold for housing, according to [SOURCE].");
        flags(R, "Experts say the dam will fail within a decade.", &["Experts say"]);
        flags(R, "It is believed that the talks have stalled.", &["It is believed"]);
        flags(R, "The debris was confirmed by arms researchers and documented by the UN.", &["confirmed by arms researchers"]);
        flags(R, "The ministry reportedly told staff to stay home.", &["reportedly"]);
        flags(R, "According to sources, the deal is done.", &["According to sources"]);
        flags(R, "Doctors advise people with asthma to stay indoors.", &["Doctors advise"]);
        // (a link or a judgement put in the mouths of a kind of people)
        flags(R, "Scientists have linked the failing rains to warming in the Indian Ocean.", &["Scientists have linked"]);
        flags(R, "Caruana has white in two of the three games, which many observers regard as a decisive advantage.", &["many observers regard"]);
        flags(R, "Fishermen in the area say the currents are treacherous.", &["Fishermen in the area say"]);
        // (an expectation an unnamed group held)
        flags(R, "Most economists had expected a further reduction.", &["Most economists had expected"]);
        flags(R, "Analysts had anticipated weaker sales.", &["Analysts had anticipated"]);
        // (an expectation of when, held by nobody)
        flags(R, "A decision by the European Medicines Agency is expected by mid-2027.", &["is expected"]);
        flags(R, "A decision is expected early next year.", &["is expected"]);
    }

    #[test]
    fn allows_a_link_no_one_found_and_a_named_judgement() {
        // (no link found: a count of the finding, not a hedge on one)
        allows(R, "No human infections have been linked to the Pennsylvania farms so far.");
        allows(R, "The company linked its prices to inflation.");
        allows(R, "The council regards the plan as sound.");
        // (an expectation of when, held by the source closing the sentence)
        allows(R, "Talks are expected soon, the ministry said.");
        allows(R, "Growth is expected early next year, the Bank said.");
        // (what was expected of them, or a comparison with it)
        allows(R, "Economists at the Bank are expected by the governor to attend.");
        allows(R, "The cut was larger than economists expected, Reuters reported.");
        // (a link its agent makes, not a kind of people's finding)
        allows(R, "Police have linked the two attacks to the same gang, the force said.");
    }

    #[test]
    fn a_hedge_before_a_named_sources_clause_is_fixed_in_its_own_clause() {
        use crate::rules::test_support::fixed_by;
        let fixed = fixed_by(R, "The landlord has reportedly put the property up for sale, and Hussain says he is in talks to buy it.");
        // (both fixes applied: the hedge replaced and the placeholder, in
        // the hedge's clause)
        assert_eq!(fixed, "The landlord has put the property up for sale, according to [SOURCE] [citation needed], and Hussain says he is in talks to buy it.");
        let fixed = fixed_by(R, "The landlord has reportedly put the property up for sale, and prices rose.");
        assert!(fixed.ends_with("prices rose, according to [SOURCE] [citation needed]."), "{fixed}");
        // (the other clause's own vague source keeps the hedge's in its clause)
        let fixed = fixed_by(R, "Tottenham reportedly made an approach in June 2026, and Chelsea are said to have asked about a loan.");
        assert!(fixed.starts_with("Tottenham made an approach in June 2026, according to [SOURCE], and Chelsea"), "{fixed}");
    }

    #[test]
    fn allows_questions_and_headings_that_name_one() {
        allows(R, "What do experts say about the dam?");
        allows(R, "## What the data show\n\nThe dam is old.");
        allows(R, "## What experts say\n\nThe dam is old.");
        allows(R, "# Pupil absence in England: what the latest figures show\n\nAbsence fell.");
        allows(R, "Here is what the data suggest.");
        flags(R, "## Experts say the dam will fail\n\nThe dam is old.", &["Experts say"]);
    }

    #[test]
    fn allows_named_sources_and_quotes() {
        allows(R, "The Kremlin said the claims were a hoax.");
        // (a group's voice inside what a named source said is the source's
        // account; not after the writer turns to a clause of their own)
        allows(R, "Jane Hill, a union official, said workers had raised concerns about the wiring.");
        flags(R, "Flights were largely unaffected, airport operator ANA said, though passengers reported queues of up to two hours.", &["passengers reported"]);
        // (a group its named leader identifies)
        allows(R, "Opponents, led by the Michigan Municipal League, warned that the cap would cost local services $400 million.");
        allows(R, "## Hosts say the new rules will cost them\n\nFiona Campbell, who lets two flats, said the fee was too high.");
        flags(R, "Opponents warned that the cap would cost local services $400 million.", &["Opponents warned"]);
        flags(R, "Sources said the plan was dead. Industry sources say prices will rise.", &["Sources said", "sources say"]);
        allows(R, "Opponents of the scheme, including the Campaign for Better Transport, have argued that it will cost £90m.");
        flags(R, "The chain was sold for a reported £210 million.", &["reported"]);
        allows(R, "The figures show a sharp rise in admissions, NHS England said.");
        // one finding for one vague source, not one for what it expects too
        flags(R, "Pundits say he is expected to sign a new contract.", &["Pundits say"]);
        // (sources close to a body are placed by it: anonymous-source's)
        allows(R, "Sources close to the club say he is expected to sign a new contract.");
        flags(R, "Industry groups reportedly pushed for a longer window, and the reforms are expected to slip.", &["reportedly", "are expected to"]);
        allows(R, "“It is believed to be the largest ever,” said Kim Jong Un.");
        allows(R, "Researchers at the University of Oxford found the effect was small.");
        allows(R, "According to the UN, the talks have stalled.");
        allows(R, "The report sets out eight findings. The most significant are:\n\n1. Only one hospital, Carlow, is expected to open on time.\n");
        allows(R, "The minister said the plan was ready. He added that talks are expected to resume.");
        allows(R, "Engineering work will close the line, so passengers should expect buses on that route.");
        allows(R, "Traders put the odds of a cut in January at about 90%, according to CME Group's FedWatch tool.");
        // A passive of reporting to someone is no hedge.
        allows(R, "The figures cover offences that are reported to and recorded by the police.");
        allows(R, "The theft was reported to the council in writing.");
        flags(R, "The minister is reported to have resigned.", &["is reported to"]);
        flags(R, "High blood pressure has been linked to the drug.", &["has been linked to"]);
    }
}
