//! `relative-date`: a time reference only meaningful relative to when the
//! text was written.

use super::{RuleContext, RuleDoc};
use crate::analysis::time::{Reference, TimeExpr, TimeKind};
use crate::analysis::BlockAnalysis;
use crate::diagnostic::{quoted, Diagnostic};
use crate::fix::{Edit, Fix};
use crate::rules::Rule;
use crate::span::Span;

pub const DOC: RuleDoc = RuleDoc {
    summary: "A relative time reference (“yesterday”, “on Tuesday”, “currently”) in the writer's own words.",
    body: r#"
## What it flags
Time references that only make sense relative to when the text was
written: `yesterday`, `today`, `tomorrow`, `tonight`, `this / last / next
week / month / year`, `earlier / later this week`, `recently`, `a recent
<event>`, `currently`, `at present`, `at the moment`, `now` (temporal sense),
`so far`, `thus far`, `to date`, `soon`, `in recent years`, `N days ago`,
`by year's end`, and bare weekdays (`on Tuesday`). A weekday with its week
is one time (“on Friday last week” -> “on Friday, 20 November 2026”, “on
Tuesday of next week”), and so is “tomorrow week”, a week after tomorrow. “so far this year” is one
time, reported once (as “this year”: “so far in 2026”). “in the new year”
and “into the new year” are the year after the writing, as “next year” is
(“in 2027”; not “the New Year”, “the new year group”, “the new financial
year”). A year of accounts (“in the last financial year”, “this tax year”,
“last fiscal year”), or of a school (“the last academic year”), starts on a day that differs by country, so its fix is
a placeholder: “in the [DATE] financial year” (a period within it keeps
its words: “the first six months of the [DATE] financial year”). A fortnight is two weeks (“a fortnight ago” → “on 13 November
2026”, “within the next fortnight” → “by [DATE]”).

Not flagged: the same words in a non-temporal sense (“now that the pact
exists”, a heading's “What happens now”, “then as now”, “visitors per Saturday”, a weekly run or its people: “its Thursday and Wednesday series”, “Saturday regulars”); an account's balance-sheet date
(“reserves of £1.2m at the year end”, the end of the period the account
reports; “by the year end” is flagged); a weekday of the story's own
time (“the parade starts on the Friday evening”, “that Tuesday”, “every
Tuesday”); a weekday counted within a month (“on the second Saturday in
October”, “the last Friday of the month”, “the first Thursday of every month”) and a timetable's days (“Tuesday
and Thursday, 2pm to 8pm”, “lunch Friday and Saturday”); a superlative dated by its participle (“The airline's most
recent offer, made on August 27”, or a few words on: “the theatre's most
recent accounts, filed with the Charity Commission in September”) or by a year in brackets (“most recently as a location for *The Marcher Lord* (2023)”), a person's last work (“Her most recent novel”; the reader's own in advice: “your most recent P60”; a body's “its most recent accounts” is flagged); real terms (“£190,000 in today's prices”), a generic “today's” (“Today's
audiences know the ending”), a day as a noun's modifier (“Sunday hours at the
branch”, “32 extra Sunday trains”, “the Sunday papers”, “Sunday ridership on
the line”, “mostly evening, Sunday and rural services”, after a preposition that does not date: “changes to Sunday working”), a day's part in the plural (“on
Tuesday evenings”: every Tuesday's), the first day of a range of dates
(“Thursday 20 – Sunday 23 November”: the range's end is `missing-year`'s),
a weekday that is part of a name (“Sheffield Wednesday”, “Good Friday”), a
status “recently” gives a person (“some recently qualified GPs”, as “newly
qualified” does; not “the recently announced iPhone”), “so far” before the period it
runs in (“sold out for every game so far this season”) and one of distance
(“kept so far upstage”), a recent event its date in commas follows (“The
most recent strike, in October, led to”), an age in an aside (“Yusuf, now four, is recovering”, “Now 30, Vasquez-Hardy announced”), a role
in an aside, told as an age is (“Ollie Brandt, now assistant at Premier
League side Norfield, is”), a state a noun is in before its verb (“the
Sentencing Bill now before parliament would”), anyone born now (“one in
three people born today will develop the condition”), a described weekday
(“on a bank holiday Monday”), a weekday that names what runs on such days (“Sunday bus services”, “its Saturday chess club”), a weekly closing day (“open every day except
Monday”), what someone is urged or bound to do without delay, “now” closing the clause (“The agency urged eligible people to get vaccinated now”, “people should get vaccinated now”), a period counted from each case a condition on anyone sets (“if they have not been on one in the past three years”; not a named party's deadline: “If Chrysler succeeds in the next 30 days”); the now of what was said, told in the past (“he told the tribunal that he could not now pass the tax on”, “they now expected two cuts”); words in a block quotation whose source is given (a source
line, or a lead-in naming one: “The full text of the Federal Reserve's
statement:”); the “now” of a story told in the past (“By 2019 the company was
now losing money”; but one shifted back in what someone said is the saying's, the writing's: “She said many older people were now reluctant to call 999” is flagged) and the “now” of a process's next step (“The
application will now be referred to the Secretary of State”, “The bill now
goes to a committee”, a hedge: “at least for now”; but “most of our spending now goes on maintenance”
is the time of writing; nor a draw's next fixture: “Italy now face Germany
in the semi-finals”), “too soon” (“it is too soon to judge”), a length of time something is
to last (“is expected to last eight weeks”), the “now” of present-day geography (“what is now
southern Nigeria”); a comparison with earlier work (“More recent modelling
suggests”), a kind of person counted (“a survey of 2,000 recent buyers”), a kind of
thing named by a mass noun with no article (“the centrepiece of recent
policy”; not “recent years”, “recent reports”, “recent flooding”)
and a rank among things just named (“two bids rejected, the most
recent worth £42 million”, “the most recent one”); references anchored in the same sentence (“two days
after the 3 October strike”; a period a dated survey asked about: “A survey
... in September found that 71% had worked shifts in the past month”); a count of units on from the story's own
time, told in the past (“In August 1987 she flew to McMurdo. Over the next
10 weeks her team launched 41 balloons”); words inside a direct quotation (in a heading, single marks quote too:
“## 'Today we got justice'”), and an
interview's answers, which are the interviewee's words (the speaker's words
cannot be changed; set `dates-in-quotes = true` in `copydesk.toml` to flag
them too, with a bracketed date as the fix); an expression whose date
follows it in square brackets (“yesterday [26 November 2026]”,
“yesterday [DATE]”; a note's number or another placeholder is no date:
“next week [1]” and “soon [citation needed]” are flagged). A fixture
told in the present is to come (“The first drop-in session takes place at
Ashby Road Library on Tuesday”, “The championships continue Saturday”),
and so is a round won through to (“booking a quarter-final against the
defending champion on Saturday”), and a match whose postponement is told (“forced the postponement of
Saturday's match” → “the 28 November 2026”); a possessive standing for its
noun before a verb gets a placeholder, not a date that would read as its
noun (“results like Thursday's showed”). An arrangement in the present
progressive (“is holding a public meeting at the town hall on Tuesday
evening”, “A public meeting is being held ... on Monday”) and what is likely
on a day (“more closures are likely on Monday”) are to come, and so is a
possessive day that opens what was said (“said Saturday's league fixture
would go ahead”). Not flagged: a weekday joined to one of every week
(“heard every Tuesday and Thursday”), and what is advised for the time
being (“should be kept on leads in the area for now”). “by the end of the
decade” is flagged, with a placeholder, and so is a season of play (“finished
third last season”, “nine penalties this season”), whose years the sport
decides. “this decade” is the document date's decade (“earlier this decade”
→ “earlier in the 2020s”; a subject, “This decade has been”, becomes “The
2020s has been”, whose verb the writer then makes agree). What is expected
soon is to come (“a decision is expected soon” → “by [DATE]”), and so is
a day what is expected in the present passive falls on, whatever place
comes between (“more fog is expected across the region on Sunday
morning” → “Sunday morning, 29 November 2026”). A bare weekday after the
occasion it dates is flagged (“she said in an interview Wednesday”), where
one after a described day is not (“a rainy Thursday”). What an event is
on its day, told in the present, is to come (“The Coral Gold Cup is the
highlight on Saturday” → “Saturday, 28 November 2026”). “the last day” is
the last day of what the story tells (“keep swimming until the last day”),
unless counted back from the writing (“in the last day”). The “now” of what
a source dated to an earlier year found gets its date only on request (“A
study published in Nature Communications in 2023 found that Atlantic
hurricanes are now twice as likely”), and so does the “so far” of figures
a source published in an earlier month (“so far, according to figures
published by the university in October”). What a day's event falls with in the present is to come (“The
walkout on Tuesday coincides with a number of fixtures”), and so is the day
of what was said when its own verb looks ahead (“Castro said a cold front
moving in from the west on Saturday should bring drier air”; not the day of
the saying: “told a group of reporters on Saturday that it would rain”).
What someone hoped to do by a day is to come (“said he hoped to have the
main back in service by Saturday night”). A perfect's change runs from its
start (“have worsened recently” → “have worsened since [DATE]”), and a
period as subject is named by it (“Recent years have seen” → “The years
since [DATE] have seen”). Not flagged: urgency (“urged people to act
now”), and “now” as what is asked about (“whether people think now is a
good time to buy”).

## Why
Reports are read, quoted and archived long after they are written;
“yesterday” is wrong the day after publication.

## Example
> The troops could be deployed by year’s end.

Use instead (document dated 28 November 2026):
> The troops could be deployed by the end of 2026.

## Fix safety
With a known document date (front matter `date:`, a dateline, `--date` or
`document-date` in `copydesk.toml`), replacing the expression with the
absolute date is **safe**: `yesterday` → `on 27 November 2026`, `a year
ago` → `in November 2025` (the same month a year before, which a comparison
with a year before means; `three years ago` → `in 2023`), after a
preposition the date stands bare (`compared with last year` → `compared
with 2025`; `higher than last year` keeps its `in`), `on Tuesday`
→ `on Tuesday, 24 November 2026` (the coming Tuesday when the sentence
looks ahead: “will”, “said it would hold a meeting on Monday”, “is forecast to”, “hopes to”, “until at least
Sunday”, “Nominations close on Friday”, “close at 4.30pm and reopen at 8am on Monday”, “have agreed to meet on Wednesday”, “has invited Maisie to present her
design on Friday”, a fixture in the present: “Harrowgate return to league
action on Tuesday”,
“rankings are published on Monday”, “postponed the vote to Tuesday”, “The
new rules take effect on Monday”, “City go into Saturday's derby”, “would
be confirmed on Monday”, a modal or a schedule in the present after the
day: “Tickets for Tuesday can be used ...”, “Monday's final stage runs 142
kilometres”, also over an aside in the past: “home match on Saturday, a
fixture that ended 2-2 last season, kicks off at 15:00”, and a state in
force through the day: “has issued a red flag warning through 8 p.m.
Wednesday”, or from the day until a time: “has issued a yellow warning
from 6am on Friday until midnight”, a warning or alert for the day: “has
issued a yellow warning for rain for Wednesday” (not “The warning for
Wednesday was lifted”) or from when it runs: “a yellow warning for rain
for much of Wales from Saturday evening”, a fixture's end or start told in
the present: “The race finishes on Sunday”, a weekday joined to the one before it told as that
one is: “for Wednesday and Thursday”, what is ahead: “published ahead of
Thursday's meeting”, what is due: “the September jobs report, due on Friday”, a sale
to come: “Extra tickets go on sale on Friday”, a set piece of government
or a court told in the present: “when the chancellor presents the spending
review to the Commons on Wednesday”, an athlete's next event: “She swims in
the 50m breaststroke on Saturday”; an irregular past before the day
looks back: “took place on Tuesday in Jamshoro; its findings will be
shared soon”, the clause after a semicolon being another's; but a past negation before “until” says when it was done:
“It did not tell customers until Tuesday”, and so does a refusal: “would
not confirm that on Wednesday”; not a noun
phrase's “the coming”: “set out plans for the coming spending round on
Wednesday”; what a day is set for looks ahead: “issued the rating for the
region for Saturday”, and so does the event of the day something is for (“has recalled Hugo Keenan for Saturday's meeting with South Africa”; not one a past tense after it tells: “queued for Saturday's match, which Leeds won”, but what tickets were sold for: “Tickets for Sunday's final sold out last month”), “a public meeting has been called at the village hall
on Thursday”, “a yellow warning for further rain in Wales on Sunday”,
“Brentwick are away at Sheffield Wednesday on Tuesday”, and an event put off or called off had not taken place: “Saturday's match has been postponed”, but not “was
scheduled for Friday” nor “The warning for Wednesday was lifted”; the end of
a range looks the way its start does: “in place from 6am on Monday to
midnight on Tuesday”; a clause after a comma and “and” has its own tense:
“Tickets sold out, and the final on Sunday is expected to draw”; a plan told
in the past is past: “was due to begin on Tuesday” (a prediction is not:
“was unlikely to play on Saturday” looks ahead), and so is a time that
ran out with a past “had”: “had a buy rating on the stock until
Wednesday”), `this year` → `in 2026`, `currently` → `as
of November 2026` (and `so far`: “has so far refused” → “has, as of November
2026, refused”; a day between an auxiliary and its verb is an aside too:
“Ofwat has today fined” → “Ofwat has, on 27 November 2026, fined”; `For now,` → `As of November 2026,`; after an aside's comma the
date closes the aside: “its scheme, H&W Plus, now has” → “H&W Plus, as of
November 2026, has”, but an aside that names a thing or a place takes the
date in its place: “A former student, now a professor in Ohio,” → “as of
November 2026 a professor in Ohio,”); as a sentence's subject the date takes no preposition
(`Last year was the warmest` → `2025 was the warmest`, `Is this year
different?` → `Is 2026 different?`), and so does the object of “spent”
(`spent last night at the rest centre` → `spent the night of 13 October
2026 at the rest centre`); `this weekend` told in the past is the
weekend just gone (“returned to the dunes this weekend”, written on a
Monday), but written on a Friday it is the weekend about to start (“more
fog is likely on high ground this weekend” → “on the weekend of 28–29
November 2026”); a weekday that describes its noun after a word of habit
or standing is every week's (“her former Saturday assistant”, “his normal
Thursday takings”), and a place “now known as” its name is no time; a
weekday whose noun a date follows (“the minutes of Wednesday's meeting on
10 December”) may or may not be that date, and its fix is **unsafe**; a possessive
with no noun after it keeps its “'s” (“larger than this year's, driven by”
→ “larger than 2026's, driven by”); after an “early” or “late” that
qualifies the verb the date keeps its preposition (“started early this
year” → “started early in 2026”, “issued late last night” → “issued late
on the night of 11 November 2026”). Words that cannot be resolved (`recently`, `soon`) get an
**unsafe** `[DATE]` placeholder (a period counted back takes it whole:
“until recently” → “until [DATE]”, “in recent years” and “in the past year” → “since [DATE]” (but “than in recent years” → “than in [DATE]”, and after a simple past the period runs to its end: “closed 20 prisons over the past decade” → “in the decade to [DATE]”), “four decades ago” → “in [DATE]”, a period counted on to its end:
“over the next two years” → “over the period to [DATE]”, “in the coming weeks” → “by [DATE]”; an edition's “most recent” gives way to it: “in its most recent Corruption Perceptions Index” → “in its [DATE] Corruption Perceptions Index”, and so does “recent”: “A recent survey found” → “A [DATE] survey found”; “most of the past decade” → “most of the decade to [DATE]”, “for the past decade” → “since [DATE]”; “have recently begun” → “have since [DATE] begun”, “had only recently moved” → “had in [DATE] moved”, “unlikely to return soon” → “unlikely to return by [DATE]”).
Month first, a full date closes with a comma when the sentence goes on
(“Today I signed” → “On November 27, 2026, I signed”); a season keeps the
writer's word for it (“this fall” → “in the fall of 2026”); “now” or
“currently” before a participle that describes a noun keeps its word, the
date in brackets after it (“supplements currently sold in pharmacies” →
“currently (as of November 2026) sold”). Not flagged: “now more than
ever” (emphasis), an aside that describes the time just named (“in September, the most recent month for which figures are available”), “most recently in 2019”, “most recently in September” and “so far in 2026” (dated by
their year), a heading's “Recent history”, and a heading's present (“## Why
the bill has landed now”, “## A play for now”, “currently”, “at present”,
“## The road so far”). Nor is a weekly round (“trains on Tuesday and Thursday nights”). `next Thursday` written earlier in the same
week (tomorrow, or Thursday of next week?) gets the nearer date as an
**unsafe** fix: readers differ, so the writer decides; so does `last
Saturday` written on the Sunday after it (yesterday, or a week earlier?).
A weekday after a
full date of an earlier week in its paragraph (“On 3 March 2024 the council
met. On Tuesday the mayor resigned.”) may be the Tuesday of the story
told: its fix is **unsafe** too. So is “last summer” written less than
three months after that summer ended: “in the summer of 2026” and “in the
summer of 2025” are both offered. “currently” before a participle that
describes the noun before it keeps its word and takes the date in brackets
(“Engineers currently working on the lander are ...” → “Engineers
currently (as of October 2026) working ...”), and so does one inside a
noun phrase (“the currently available information” → “the currently (as
of November 2026) available information”) and “now” before a
place or state after a noun (“families now in shelters” → “families now (as
of November 2026) in shelters”), which then counts as dated. A year the
fix writes does not run into a number after it (“So far 620 volunteers” →
“As of November 2026, 620 volunteers”). A year after a year-less date joins it (“on 12 March last year” →
“on 12 March 2025”, “on March 12 last year” → “on March 12, 2025”). The
“now” of what an unnamed source found (“A recent survey found that one in
four parents now believe”) is that source's time, not surely the
writing's: its fix is **unsafe**. Planning in the progressive looks ahead
over an adverb (“are now planning a protest ... on Saturday”). A heading's
“Why now”, “What should I do now?” or closing “today” (“How the formula
responds today”) is no time, nor are people by how lately they joined
(“recent graduates”), nor “most recently” dated later in its phrase (“most
recently with a stoppage of Feigenbutz in March”), nor “scheduled” as an
adjective (“420 scheduled departures on Thursday” is past), nor a team's
next fixture (“Ireland now travel to Cardiff”); what “is expected over the
weekend” is to come; a clause after a comma and “and” or “but” has its
own tense after the day too (“let students go home early on Thursday, and
several events planned for the weekend were cancelled” is the Thursday
gone). “Today” opening
a sentence that tells a state is nowadays: “Today the Drina is a popular
destination” → “As of November 2026, the Drina is”, and so is one that
tells what is done to a kind of thing: “Today, boats are towed through”, or what one can do against a year long gone in the sentence before (“In 1948, a man of 65 could expect to live for 12 more years. Today, a 66-year-old man can expect ...” → “As of November 2026, a 66-year-old man”), and so is “today” after the level a change starts from (“from 0.8% today”, “from 1 hour 14 minutes today”, “from about 5 per cent of national income today to more than 6 per cent”), before a state after the subject (“The museum, founded in 1886, today holds”) or after what is still done (“is still brewed today”; not “is still closed today”). An aside's “now in its 41st year” counts the years and is not flagged, nor is “now rather than waiting” (straight away). “a week tomorrow” is the day a week after tomorrow (“on 5 December 2026”); the “of” an adjective takes is not the date's (“unheard of a decade ago” → “unheard of in [DATE]”). An event on a day that “has been postponed” or “was postponed” (or
cancelled, rescheduled, scrapped, suspended) had yet to happen, and so had one a body “has moved”
(“Racing SA has moved Sunday's meeting to a twilight start”); what “is forecast” is to come
(“over the weekend, when further strong winds are forecast”); a list item
with no tense of its own takes its lead-in's direction (“Rovers' next three
fixtures:” then “- Saturday: Hollins Park (away)” is the coming Saturday).
“the past eight months”, with no preposition, becomes “the eight months to
[DATE]” (unsafe), and “of the past three quarters” “of the three quarters to
[DATE]”. A day dating a noun whose past verb follows is gone, whatever the main clause tells (“will remain closed until January after a landslide on Tuesday night sent rock across the road”); a plan told in the past looks ahead (“were considering moving the ferry back as early as Monday”, “was arranging a minibus from Monday”, “was preparing to reopen the road on Monday”), and so does what is expected through or into a time (“showers are expected into the evening before the winds ease on Sunday”). A clock time is no level a change starts from (“from 7am today” → “from 7am on 27 November 2026”); a count of any plural is (“up from about 6 gigawatts today” → “as of November 2026”). A qualified count back keeps its sense, the qualifier replaced with the date: a bound is the day itself (“more than three months ago” → “before 27 August 2026”, “less than a year ago” → “after 27 November 2025”), what is about right is named as the count names it (“about three weeks ago” → “around the week of 2 November 2026”, “some 10 years ago” → “around 2016”, “more than a decade ago” → “before [DATE]”); not a comparison's “than” after an amount (“about 2,600 more than five years ago”). Deep time is no date (“lived about 166 million years ago”), nor is “cannot come soon enough”, nor the same period a year before the one an amount is reported for (“generated $4.3 billion in the quarter, up from $1.5 billion a year ago”). The “now” of a saying dated beside its verb is the saying's and not flagged (“The company said on Thursday that all doses were now available”, “told the Guardian last month that he now finds”); the date beside the verb is. A jury's, a selector's or a chamber's act in the present before its day is to come (“when the jury announces its prizes on Saturday”, “Southgate names his squad on Thursday”). What someone expects on a day is to come (“said it expected a similar picture on Monday”; not “was expected on Monday”). A day a forecast or squad is “for” is to come unless the sentence is told in the past (“had rated the hazard ... in its forecast for Wednesday” is the Wednesday just gone). What people have been invited to is to come (“Families have been invited to a second meeting on Tuesday”); a start “since” a day has passed. A body's “most recent inspection in August” is dated by its month. A plural head before its phrase opens a schedule: “Entries for the 2027 event open on Monday” is the coming Monday. What is left to be done is to come: “leaves the series to be decided on Sunday” is the coming Sunday. “a week ago” is the day
a week back (“on 20 November 2026”); a day after “early” or “late” takes
“on” (“through early tomorrow” → “through early on 28 November 2026”); a
year's possessive before a number keeps its “'s” (“This year's 28 projects”
→ “2026's 28 projects”); month first, a day before its noun sets off its
year (“Tuesday's runoff” → “the November 24, 2026, runoff”); an opening “As
of ...” closes with a comma. Placeholders: “Recently,” before a perfect →
“Since [DATE],”; “for the next nine days” → “until [DATE]”. A participle with a
prefix after “be” is no past (“will be re-evaluated on Thursday” is the
coming Thursday). Output follows the
date style the document already uses (`3 October 2024` or `October 3,
2024`).
"#,
};

pub fn check(cx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
    // The first full date of an earlier week in the current block, found
    // once per block (a walk of the block's dates for every weekday made a
    // long paragraph quadratic).
    let mut earlier_week: Option<(usize, Option<Span>)> = None;
    for (block, sentence) in cx.sentences() {
        for expr in &sentence.times {
            let ahead = told_ahead_by_its_list(cx, block, sentence, expr);
            let expr = ahead.as_ref().unwrap_or(expr);
            let TimeKind::Relative(rel) = &expr.kind else { continue };
            let span = Span::new(expr.span.start, expr.span.end);
            let in_quote = block.in_quote(span);
            if passed_over(cx, block, sentence, span, in_quote) {
                continue;
            }
            let text = cx.slice(span);
            // "in September, the most recent month for which figures are
            // available": an aside that describes the time just named
            // (a time of the sentence that is a date, where `at` says)
            let dated = |at: &dyn Fn(&TimeExpr) -> bool| sentence.times.iter().any(|t| at(t) && !matches!(t.kind, TimeKind::Relative(_)));
            let opens_with = |prefixes: &[&str]| prefixes.iter().any(|p| text.get(..p.len()).is_some_and(|w| w.eq_ignore_ascii_case(p)));
            let describes_the_time_before = || {
                cx.text()[..span.start].strip_suffix(", ").is_some_and(|before| dated(&|t| t.span.end == before.len())) && opens_with(&["the most recent ", "the latest "])
            };
            // ("The most recent strike, in October, led to": the time in
            // commas right after it says when)
            let dated_right_after = || {
                cx.text().get(span.end..).is_some_and(|after| after.starts_with(", ")) && opens_with(&["the most recent ", "the latest ", "a recent ", "the recent "]) && dated(&|t| t.span.start == span.end + 2)
            };
            if describes_the_time_before() || dated_right_after() {
                continue;
            }
            // "so far this year": one time, reported (and fixed: "so far in
            // 2026") by its second part
            let next_joined = sentence.times.iter().any(|t| matches!(t.kind, TimeKind::Relative(_)) && cx.text().get(span.end..t.span.start) == Some(" "));
            if next_joined && matches!(text.to_ascii_lowercase().as_str(), "so far" | "thus far" | "to date") {
                continue;
            }
            if counts_on_from_the_story(cx.text(), span, sentence.span) || compares_with_the_period_before(cx.text(), span, sentence.span) || now_of_a_dated_saying(cx.text(), sentence, &rel.reference, span) {
                continue;
            }
            // Quoted once for whichever message the finding gets; messages and
            // titles are joined, not formatted (every finding builds them).
            let shown_text = quoted(text);
            let mut message = None;
            let mut fixes = Vec::new();
            let resolved = if in_quote { None } else { cx.date.and_then(|date| crate::dates::relative_fix(cx.text(), expr, date, cx.date_style)).filter(|(range, new)| !super::glues(cx.text(), range.clone(), new)) };
            if let Some((range, new_text)) = resolved {
                let shown = new_text.trim().trim_matches(',').trim();
                let other_day = cx.date.and_then(|date| weekday_is_ambiguous(&rel.reference, date));
                let ambiguous = other_day.is_some();
                // (the date a narrative weekday may belong to, as quoted)
                let near = if ambiguous || !matches!(rel.reference, Reference::Weekday { .. }) {
                    None
                } else {
                    cx.date.and_then(|date| {
                        let first = match earlier_week {
                            Some((at, first)) if at == block.span.start => first,
                            _ => {
                                let first = first_date_of_an_earlier_week(block, date);
                                earlier_week = Some((block.span.start, first));
                                first
                            }
                        };
                        first.filter(|a| a.end <= span.start)
                    }).map(|a| without_preposition(cx.slice(a)))
                };
                let (resolved_message, title) = match near {
                    _ if let Some(other) = other_day => (["Relative date “", &shown_text, "”: write the date (“", shown, "”, or ", other, "?)."].concat(), ["Replace with “", shown, "” (check: not ", other, "?)"].concat()),
                    Some(near) => (
                        ["Relative date “", &shown_text, "”: write the date (“", shown, "”, or the one near “", near, "”?)."].concat(),
                        ["Replace with “", shown, "” (check: not the one near “", near, "”?)"].concat(),
                    ),
                    // (a date added beside the word that keeps it: "now
                    // (as of November 2026) numbering")
                    None => (["Relative date “", &shown_text, "”: write the date (“", shown, "”)."].concat(), [if range.is_empty() { "Insert “" } else { "Replace with “" }, shown, "”"].concat()),
                };
                let ambiguous = ambiguous || near.is_some() || dated_after_its_noun(cx.text(), sentence, &rel.reference, span) || held_by_nobody_named(sentence, &rel.reference, span) || cx.date.is_some_and(|date| found_in_an_earlier_year(sentence, &rel.reference, span, date));
                // ("last summer" written just after it: this year's or the
                // one before? both offered, neither applied unasked)
                if let Some((season_message, season_fixes)) = cx.date.and_then(|date| season_choices(&rel.reference, date, &shown_text, Span::new(range.start, range.end), &new_text)) {
                    message = Some(season_message);
                    fixes.extend(season_fixes);
                } else {
                    message = Some(resolved_message);
                    let edits = vec![Edit::replace(Span::new(range.start, range.end), new_text)];
                    fixes.push(if ambiguous { Fix::unsafe_(title, edits) } else { Fix::safe(title, edits) });
                }
            } else if in_quote && let Some(fix) = bracketed_date_fix(cx, &rel.reference, span) {
                fixes.push(fix);
            }
            if fixes.is_empty()
                && !in_quote
                && let Some(fix) = cx.date.and_then(|date| this_decade_fix(text, span, cx.text().get(span.end..sentence.span.end).unwrap_or(""), date))
            {
                message = Some(["Relative date “", &shown_text, "”: write the decade."].concat());
                fixes.push(fix);
            }
            if fixes.is_empty() {
                fixes.push(placeholder_fix(&rel.reference, cx.text(), span, crate::analysis::words_before(cx.text(), span.start, 8), cx.text().get(span.end..sentence.span.end).unwrap_or("")));
            }
            let message = message.unwrap_or_else(|| ["Relative date “", &shown_text, "”: write the date."].concat());
            let mut d = Diagnostic::new(Rule::RelativeDate, span, message);
            d.fixes = fixes;
            out.push(d);
        }
    }
}

/// "this decade" told as the decade of the document's date: "earlier this
/// decade" -> "earlier in the 2020s", "by the end of this decade" -> "by
/// the end of the 2020s", "this decade" alone -> "in the 2020s", and a
/// sentence's subject -> "The 2020s" ("This decade has been the warmest").
fn this_decade_fix(text: &str, span: Span, rest_of_sentence: &str, date: jiff::civil::Date) -> Option<Fix> {
    let lead_len = text.len().checked_sub("this decade".len())?;
    let lead = text.get(..lead_len)?;
    if !text.get(lead_len..)?.eq_ignore_ascii_case("this decade") || !(lead.is_empty() || lead.ends_with(' ')) {
        return None;
    }
    let decade = ["the ", &(date.year() / 10 * 10).to_string(), "s"].concat();
    let new = match lead.trim_end().rsplit(' ').next().map(str::to_ascii_lowercase).as_deref() {
        // (capitalised and followed by its verb: the sentence's subject)
        Some("") if text.starts_with(char::is_uppercase) && rest_of_sentence.starts_with(' ') => decade,
        Some("") => ["in ", &decade].concat(),
        Some("earlier" | "later") => [lead, "in ", &decade].concat(),
        _ => [lead, &decade].concat(),
    };
    let new = if text.starts_with(char::is_uppercase) { crate::dates::capitalize(&new) } else { new };
    Some(Fix::safe(["Replace with “", &new, "”"].concat(), vec![Edit::replace(span, new)]))
}

/// The first implementation of [`first_date_of_an_earlier_week`], asked
/// for each weekday (kept for [`check_reference`]).
#[cfg(test)]
fn set_in_an_earlier_week(block: &crate::analysis::BlockAnalysis, span: Span, reference: &Reference, doc_date: jiff::civil::Date) -> Option<Span> {
    if !matches!(reference, Reference::Weekday { .. }) {
        return None;
    }
    let week = |d: jiff::civil::Date| {
        let w = d.iso_week_date();
        (w.year(), w.week())
    };
    block.sentences.iter().flat_map(|s| &s.times).filter(|t| t.span.end <= span.start).find(|t| match t.kind {
        TimeKind::Absolute { year, month: Some(month), day: Some(day) } => {
            jiff::civil::Date::new(year, month, day).is_ok_and(|d| d < doc_date && week(d) != week(doc_date))
        }
        _ => false,
    }).map(|t| Span::new(t.span.start, t.span.end))
}

/// The first implementation of [`check`].
#[cfg(test)]
pub(crate) fn check_reference(cx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
    for (block, sentence) in cx.sentences() {
        for expr in &sentence.times {
            let ahead = told_ahead_by_its_list(cx, block, sentence, expr);
            let expr = ahead.as_ref().unwrap_or(expr);
            let TimeKind::Relative(rel) = &expr.kind else { continue };
            let span = Span::new(expr.span.start, expr.span.end);
            let in_quote = block.in_quote(span);
            if passed_over(cx, block, sentence, span, in_quote) || compares_with_the_period_before(cx.text(), span, sentence.span) || now_of_a_dated_saying(cx.text(), sentence, &rel.reference, span) {
                continue;
            }
            let text = cx.slice(span);
            let mut d = Diagnostic::new(Rule::RelativeDate, span, format!("Relative date “{}”: write the date.", quoted(text)));
            let resolved = if in_quote { None } else { cx.date.and_then(|date| crate::dates::relative_fix(cx.text(), expr, date, cx.date_style)).filter(|(range, new)| !super::glues(cx.text(), range.clone(), new)) };
            if let Some((range, new_text)) = resolved {
                let shown = new_text.trim().trim_matches(',').trim().to_string();
                let edits = vec![Edit::replace(Span::new(range.start, range.end), new_text.clone())];
                let narrative = cx.date.and_then(|date| set_in_an_earlier_week(block, span, &rel.reference, date));
                if let Some((season_message, season_fixes)) = cx.date.and_then(|date| season_choices(&rel.reference, date, &quoted(text), Span::new(range.start, range.end), &new_text)) {
                    d.message = season_message;
                    d.fixes.extend(season_fixes);
                } else {
                d.fixes.push(if let Some(other) = cx.date.and_then(|date| weekday_is_ambiguous(&rel.reference, date)) {
                    d.message = format!("Relative date “{}”: write the date (“{shown}”, or {other}?).", quoted(text));
                    Fix::unsafe_(format!("Replace with “{shown}” (check: not {other}?)"), edits)
                } else if let Some(anchor) = narrative {
                    let anchor = without_preposition(cx.slice(anchor));
                    d.message = format!("Relative date “{}”: write the date (“{shown}”, or the one near “{anchor}”?).", quoted(text));
                    Fix::unsafe_(format!("Replace with “{shown}” (check: not the one near “{anchor}”?)"), edits)
                } else {
                    d.message = format!("Relative date “{}”: write the date (“{shown}”).", quoted(text));
                    let title = if range.is_empty() { format!("Insert “{shown}”") } else { format!("Replace with “{shown}”") };
                    if held_by_nobody_named(sentence, &rel.reference, span) || dated_after_its_noun(cx.text(), sentence, &rel.reference, span) || cx.date.is_some_and(|date| found_in_an_earlier_year(sentence, &rel.reference, span, date)) { Fix::unsafe_(title, edits) } else { Fix::safe(title, edits) }
                });
                }
            } else if in_quote && let Some(fix) = bracketed_date_fix(cx, &rel.reference, span) {
                d.fixes.push(fix);
            }
            if d.fixes.is_empty()
                && !in_quote
                && let Some(fix) = cx.date.and_then(|date| this_decade_fix(text, span, cx.text().get(span.end..sentence.span.end).unwrap_or(""), date))
            {
                d.message = format!("Relative date “{}”: write the decade.", quoted(text));
                d.fixes.push(fix);
            }
            if d.fixes.is_empty() {
                d.fixes.push(placeholder_fix(&rel.reference, cx.text(), span, crate::analysis::words_before(cx.text(), span.start, 8), ""));
            }
            out.push(d);
        }
    }
}

/// A weekday in a list item with no tense of its own, after a lead-in
/// that looks ahead ("Rovers' next three fixtures:" then "- Saturday:
/// Hollins Park (away)"): the day to come, as the item's reading.
fn told_ahead_by_its_list(cx: &RuleContext<'_>, block: &BlockAnalysis, sentence: &crate::analysis::Sentence, expr: &TimeExpr) -> Option<TimeExpr> {
    let TimeKind::Relative(rel) = &expr.kind else { return None };
    let Reference::Weekday { weekday, forward: false, strict } = rel.reference else { return None };
    if block.kind != crate::document::BlockKind::ListItem || super::missing_year::has_a_tense(&cx.slice(sentence.span).to_lowercase()) || !super::missing_year::lead_in_looks_forward(cx, block) {
        return None;
    }
    let mut ahead = expr.clone();
    if let TimeKind::Relative(rel) = &mut ahead.kind {
        rel.reference = Reference::Weekday { weekday, forward: true, strict };
        rel.forward = true;
    }
    Some(ahead)
}

/// "A recent survey found that one in four parents now believe ...": the
/// "now" of what an unnamed source found is that source's time, which
/// may not be the writing's; its date is the writer's call.
/// A weekday whose noun a day's date follows, the next time told: "the
/// minutes of Wednesday's meeting on 10 December", which the weekday may
/// be or not (not "on Monday, which will run until 18 December", nor "voted
/// on Thursday to walk out on 8 December").
fn dated_after_its_noun(text: &str, sentence: &crate::analysis::Sentence, reference: &Reference, span: Span) -> bool {
    matches!(reference, Reference::Weekday { .. })
        && sentence.times.iter().find(|t| t.span.start >= span.end).is_some_and(|t| {
            t.span.start - span.end <= 24
                && matches!(t.kind, TimeKind::MissingYear { day: Some(_), .. } | TimeKind::Absolute { day: Some(_), .. })
                && text.get(span.end..t.span.start).is_some_and(|between| between.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') && (1..=2).contains(&between.split_whitespace().count()) && !between.split_whitespace().any(|w| matches!(w, "to" | "and" | "or" | "but")))
                && text.get(t.span.start..t.span.start + 3).is_some_and(|on| on.eq_ignore_ascii_case("on "))
        })
}

/// "The company said on Thursday that all doses were now available": the
/// "now" of what a source said is the time of the saying, which the
/// sentence tells right beside the verb (after it, or before it: "On
/// Thursday the ministry said", or after its hearer: "told the Guardian
/// last month that"); that time is the finding, if relative.
fn now_of_a_dated_saying(text: &str, sentence: &crate::analysis::Sentence, reference: &Reference, span: Span) -> bool {
    let told = |cue: Span| text.get(cue.start..cue.end).is_some_and(|cue| cue.ends_with("told") || cue.ends_with("tells") || cue.ends_with("telling"));
    matches!(reference, Reference::Now)
        && sentence.attributions.iter().filter(|a| a.cue.end <= span.start).any(|a| {
            sentence.times.iter().any(|t| {
                t.span.end <= span.start
                    && !matches!(&t.kind, TimeKind::Relative(r) if matches!(r.reference, Reference::Now))
                    // (not the source itself: "A recent survey found that")
                    && a.source.is_none_or(|source| source.end <= t.span.start || t.span.end <= source.start)
                    && (t.span.start >= a.cue.end && text.get(a.cue.end..t.span.start).is_some_and(|between| between.trim().is_empty() || told(a.cue) && between.len() <= 32 && !between.contains([',', '"', '“', ';']) && !between.contains(" that "))
                        // (not a time of a clause before it: "is possible early next week, though it said")
                        || t.span.end <= a.cue.start && a.cue.start - t.span.end <= 24 && (t.span.start == sentence.span.start || text.get(t.span.end..a.cue.start).is_some_and(|between| !between.contains([',', ';']))))
            })
        })
}

fn held_by_nobody_named(sentence: &crate::analysis::Sentence, reference: &Reference, span: Span) -> bool {
    matches!(reference, Reference::Now) && sentence.attributions.iter().any(|a| a.kind == crate::analysis::SourceKind::Vague && a.cue.end <= span.start)
}

/// "A study published in Nature Communications in 2023 found that Atlantic
/// hurricanes are now twice as likely": the "now" of what a source dated to
/// an earlier year found may be that year's, not the writing's.
/// (and "About 60 staff have taken voluntary severance so far, according
/// to figures published by the university in October": the "so far" of
/// figures a source published in an earlier month is that month's)
fn found_in_an_earlier_year(sentence: &crate::analysis::Sentence, reference: &Reference, span: Span, doc_date: jiff::civil::Date) -> bool {
    let in_an_earlier_year = |kind: &TimeKind| matches!(*kind, TimeKind::Absolute { year, .. } if year < doc_date.year());
    // (after the "now", a year-less month before the document's is earlier too)
    let earlier = |kind: &TimeKind| in_an_earlier_year(kind) || matches!(*kind, TimeKind::MissingYear { month, .. } if month < doc_date.month());
    matches!(reference, Reference::Now)
        && (sentence.attributions.iter().any(|a| a.cue.end <= span.start) && sentence.times.iter().any(|t| t.span.end <= span.start && in_an_earlier_year(&t.kind))
            || sentence.attributions.iter().any(|a| a.cue.start >= span.end) && sentence.times.iter().any(|t| t.span.start >= span.end && earlier(&t.kind)))
}

/// Expressions not reported: in a quotation (unless the house asks), with
/// a bracketed date or `[DATE]` right after (already fixed), or in the
/// dateline.
fn passed_over(cx: &RuleContext<'_>, block: &BlockAnalysis, sentence: &crate::analysis::Sentence, span: Span, in_quote: bool) -> bool {
    // ("### Recent history": a section's title, no time of the writing)
    if block.kind == crate::document::BlockKind::Heading && cx.slice(span).get(..6).is_some_and(|w| w.eq_ignore_ascii_case("recent")) {
        return true;
    }
    // ("## How the formula responds today": a heading's "as things stand")
    if block.kind == crate::document::BlockKind::Heading && cx.slice(span).eq_ignore_ascii_case("today") && cx.text().get(span.end..block.span.end).is_some_and(|rest| rest.trim().is_empty()) {
        return true;
    }
    // ("## Why the bill has landed now", "## A play for now", "### Fares
    // unchanged for now": a title's present is the story's, not a time
    // the writer can date, and "as of November 2026" would rewrite the
    // title)
    if block.kind == crate::document::BlockKind::Heading {
        let text = cx.slice(span).to_ascii_lowercase();
        let last = text.rsplit(' ').next().unwrap_or("");
        // ("## The road so far", "### The season so far": a section's
        // account up to the story's present)
        let ends_the_heading = || cx.text().get(span.end..block.span.end).is_some_and(|rest| rest.trim().is_empty());
        if matches!(last, "now" | "currently" | "nowadays") || matches!(text.as_str(), "at present" | "at the moment" | "these days") || text == "so far" && ends_the_heading() {
            return true;
        }
    }
    let after = &cx.text()[span.end..];
    // ("trains on Tuesday and Thursday nights": a weekly round, the day's
    // part in the plural after the weekday joined to it)
    let weekly = || {
        let mut words = after.split(' ').skip(1);
        let last = cx.slice(span).rsplit(' ').next().unwrap_or("");
        crate::dates::weekday_named(last).is_some()
            && matches!(words.next(), Some("and" | "or"))
            && words.next().is_some_and(|w| crate::dates::weekday_named(w).is_some())
            && words.next().is_some_and(|w| matches!(w.trim_end_matches([',', '.', ';']), "nights" | "evenings" | "mornings" | "afternoons"))
    };
    // ("her former Saturday assistant", "its popular Saturday story hour",
    // "his normal Thursday takings": a weekday that describes its noun
    // after a word of habit or standing, every week's)
    let describes_its_noun = || {
        crate::dates::weekday_named(cx.slice(span)).is_some()
            && matches!(crate::analysis::words_before(cx.text(), span.start, 1).to_ascii_lowercase().as_str(), "normal" | "usual" | "regular" | "popular" | "former" | "traditional" | "typical" | "weekly" | "customary" | "busy" | "quiet" | "favourite" | "favorite" | "old")
            && after.strip_prefix(' ').is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    if weekly() || describes_its_noun() {
        return true;
    }
    // ("can choose a course instead of a fine, if they have not been on
    // one in the past three years": a period counted from each case a
    // condition sets, no time of the writing)
    // (a period told from the writing, "in the past three years", "over
    // the coming months": whether it runs back to it, and how many words
    // follow its direction word)
    let period = || {
        let lower = cx.slice(span).to_ascii_lowercase();
        let mut words = lower.split(' ');
        let opens = matches!(words.next(), Some("in" | "within" | "over" | "during")) && words.next() == Some("the");
        let back = match words.next().filter(|_| opens)? {
            "past" | "last" | "previous" => true,
            "next" | "coming" => false,
            _ => return None,
        };
        Some((back, words.count()))
    };
    let counted_period = || period().is_some_and(|(_, rest)| rest >= 2);
    // (of anyone it applies to, not a named party's deadline: "If Chrysler
    // succeeds in the next 30 days" is the writing's)
    let on_a_condition = || {
        let before = cx.text().get(block.span.start..span.start).unwrap_or("");
        let clause = before.rsplit([',', ';', ':', '.']).next().unwrap_or("");
        let mut words = clause.split(' ').skip_while(|w| !(w.eq_ignore_ascii_case("if") || w.eq_ignore_ascii_case("unless")));
        words.next().is_some() && words.next().is_some_and(|w| super::is_one_of(w, &["they", "you", "someone", "anyone", "a", "an", "people"]))
    };
    // (or a rule told to the reader: "You can usually buy voluntary
    // contributions to fill gaps in the past six years")
    let told_to_the_reader = || cx.text().get(sentence.span.start..span.start).is_some_and(|before| before.starts_with("You ") && !before.contains(" will ") && !before.contains(" have "));
    if counted_period() && (on_a_condition() || told_to_the_reader()) {
        return true;
    }
    // ("A survey of members conducted by the union in September found
    // that 71% had worked shifts in the past month": the period those
    // asked told of, counted from the date the sentence gives the survey)
    let in_dated_findings = || {
        let found_at = cx.text().get(sentence.span.start..span.start).and_then(|before| {
            [" found ", " showed ", " revealed ", " suggested ", " indicated "].iter().filter_map(|v| memchr::memmem::find(before.as_bytes(), v.as_bytes())).min()
        });
        found_at.is_some_and(|at| sentence.times.iter().any(|t| t.span.end <= sentence.span.start + at && !matches!(t.kind, TimeKind::Relative(_))))
    };
    let period_up_to = || period().is_some_and(|(back, _)| back);
    if period_up_to() && in_dated_findings() {
        return true;
    }
    // (or its date in round brackets, as the fix for "currently" before a
    // describing participle writes it: "Engineers currently (as of
    // November 2026) working")
    // (a date in square brackets, not a note's number or a placeholder of
    // another kind: "next week [1]", "yesterday [citation needed]")
    let bracketed = after.strip_prefix(" [").and_then(|rest| rest.get(..rest.bytes().take(31).position(|b| b == b']')?)).is_some_and(names_a_date) || after.starts_with(" (as of ");
    (in_quote && !cx.settings.dates_in_quotes) || bracketed || cx.dateline.is_some_and(|d| d.overlaps(span))
}

/// Whether the words before an expression, back to the clause's start,
/// tell of the past in a simple past ("closed more than 20 prisons"), not
/// a perfect ("have closed", "has risen").
fn told_in_the_simple_past(words_before: &str) -> bool {
    let clause = words_before.rsplit([',', ';', ':']).next().unwrap_or("").to_ascii_lowercase();
    let words = || clause.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty());
    !words().any(|w| matches!(w, "has" | "have" | "had" | "'ve" | "’ve" | "is" | "are" | "will" | "would" | "been"))
        && words().any(|w| w.len() > 3 && w.ends_with("ed") || crate::analysis::figures::is_irregular_past(w))
}

/// Whether the words in a bracket a fix or the writer put after an
/// expression give its date: "[DATE]", "[20 April 2022]", "[April 2022]",
/// "[2022]", "[Tuesday]" (not "[1]" nor "[citation needed]").
fn names_a_date(inner: &str) -> bool {
    let digits = inner.bytes().filter(u8::is_ascii_digit).count();
    inner == "DATE"
        || digits == 4 || digits > 0 && inner.bytes().any(|b| b.is_ascii_alphabetic())
        || inner.split(|c: char| !c.is_alphabetic()).any(|w| crate::analysis::figures::is_month(&w.to_ascii_lowercase()) && w.len() > 2 || crate::dates::weekday_named(w).is_some())
}

/// The date in brackets after an expression inside a quotation (the
/// speaker's words stay), when it resolves; never inside a word
/// ("Tuesday4"), which the bracket would split.
fn bracketed_date_fix(cx: &RuleContext<'_>, reference: &Reference, span: Span) -> Option<Fix> {
    if cx.text()[span.end..].starts_with(char::is_alphanumeric) {
        return None;
    }
    let label = crate::dates::format_date(crate::dates::resolve_date(reference, cx.date?)?, cx.date_style);
    Some(Fix::safe(format!("Add “[{label}]”"), vec![Edit::insert(span.end, format!(" [{label}]"))]))
}

/// The `[DATE]` placeholder: replacing a lone adverb that cannot be
/// resolved ("recently" -> "on [DATE]"), else inserted after, for the
/// expression at `span` of `full_text`. `words_before` are the words before the expression, `rest_of_sentence`
/// the text after it to its sentence's end.
fn placeholder_fix(reference: &Reference, full_text: &str, span: Span, words_before: &str, rest_of_sentence: &str) -> Fix {
    let text = full_text.get(span.start..span.end).unwrap_or("");
    // (a perfect after the word makes "since" its preposition: "Recently,
    // the government has come under pressure"; asked only of "recently")
    let perfect_after = || {
        let head = &rest_of_sentence[..crate::document::line_index::floor_char_boundary(rest_of_sentence, rest_of_sentence.len().min(60))];
        head.contains(" has ") || head.contains(" have ")
    };
    let before = words_before.rsplit(' ').next().unwrap_or("");
    // ("until recently" -> "until [DATE]", "in recent years" and "in the
    // past few months" -> "since [DATE]": the period's start is what the
    // writer must give, and the phrase goes with the placeholder)
    // ("four decades ago" -> "in [DATE]"; "over the next two years" -> "over
    // the period to [DATE]", "in the coming months" -> "by [DATE]": the
    // period's end)
    let lower = text.to_ascii_lowercase();
    let before = before.to_ascii_lowercase();
    let periods = ["years", "months", "weeks", "fortnight", "days", "decades", "quarters", "year", "month", "week", "decade", "quarter"];
    let counted_back = ["in recent ", "over recent ", "in the past ", "over the past ", "in the last ", "over the last ", "for the past ", "for the last ", "of the past ", "of the last "];
    let counted_on = ["in the next ", "in the coming ", "within the next ", "over the next ", "over the coming ", "for the next ", "for the coming "];
    let after_preposition = matches!(before.as_str(), "until" | "till" | "since" | "from" | "before" | "after");
    // ("recently", or with a word that qualifies it: "only recently")
    let lone_adverb = lower.rsplit(' ').next().is_some_and(|w| matches!(w, "recently" | "lately")) && lower.split(' ').rev().skip(1).all(|w| matches!(w, "only" | "very" | "quite" | "more" | "most" | "fairly"));
    // ("in the last financial year" -> "in the [DATE] financial year",
    // "this tax year" -> "the [DATE] tax year": a year of accounts, named
    // by its dates)
    if let Some(kind) = ["financial year", "fiscal year", "tax year", "academic year", "school year"].into_iter().find(|k| lower.ends_with(k)) {
        // (its own preposition kept, "for this tax year" -> "for the [DATE]
        // tax year"; as a time of its own it takes "in": "Bills will rise
        // this tax year" -> "in the [DATE] tax year")
        // (a period within the year keeps its words: "for the first six
        // months of this financial year" -> "for the first six months of
        // the [DATE] financial year")
        let head = lower.get(..lower.len() - kind.len()).unwrap_or("").trim_end();
        // (its own article left out: "at the end of the next academic year"
        // keeps "at the end of")
        let head_words = head.rsplit_once(' ').map_or("", |(rest, _)| rest);
        let head_words = head_words.strip_suffix(" the").unwrap_or(head_words);
        if head_words.split(' ').filter(|w| !w.is_empty() && *w != "the").count() > 1
            && let Some(kept) = text.get(..head_words.len())
        {
            let new = [kept, " the [DATE] ", kind].concat();
            return Fix::unsafe_(["Replace with “", &new, "”"].concat(), vec![Edit::replace(span, new)]);
        }
        let first = text.split(' ').next().unwrap_or("");
        let own_preposition = matches!(first.to_ascii_lowercase().as_str(), "in" | "of" | "for" | "during" | "since" | "from" | "until" | "till" | "before" | "after" | "over" | "throughout" | "through" | "into" | "to" | "by" | "at" | "on" | "across" | "within");
        let lead = if own_preposition { [first, " the "].concat() } else if text.starts_with(char::is_uppercase) { "In the ".to_string() } else { "in the ".to_string() };
        let new = [lead.as_str(), "[DATE] ", kind].concat();
        return Fix::unsafe_(["Replace with “", &new, "”"].concat(), vec![Edit::replace(span, new)]);
    }
    // ("the past eight months had been": the period itself, with no
    // preposition, runs to its end: "the eight months to [DATE]")
    if let Some(period) = ["the past ", "the last "].iter().find_map(|p| lower.strip_prefix(p)).filter(|period| periods.iter().any(|u| period.ends_with(u)) && !after_preposition) {
        let new = [if text.starts_with(char::is_uppercase) { "The " } else { "the " }, period, " to [DATE]"].concat();
        return Fix::unsafe_(["Replace with “", &new, "”"].concat(), vec![Edit::replace(span, new)]);
    }
    let replaced = if lower == "until recently" || lower == "until lately" {
        Some("until [DATE]")
    } else if counted_back.iter().any(|p| lower.starts_with(p)) && periods.iter().any(|u| lower.ends_with(u)) {
        // (a comparison's term is the period itself: "stronger than in
        // recent years" -> "stronger than in [DATE]")
        // (a simple past counts the period to its end: "closed more than 20
        // prisons over the past decade" -> "in the decade to [DATE]"; "since"
        // goes with a perfect, "have risen since [DATE]")
        if before == "than" && lower.starts_with("in ") {
            Some("in [DATE]")
        } else if let Some((lead, period)) = ["of the past ", "of the last "]
            .iter()
            .find_map(|p| lower.strip_prefix(p))
            // ("most of the past decade" -> "most of the decade to [DATE]")
            .map(|period| ("of the ", period))
            .or_else(|| counted_back.iter().find_map(|p| lower.strip_prefix(p)).filter(|_| told_in_the_simple_past(words_before)).map(|period| (if text.starts_with(char::is_uppercase) { "In the " } else { "in the " }, period)))
        {
            let new = [lead, period, " to [DATE]"].concat();
            return Fix::unsafe_(["Replace with “", &new, "”"].concat(), vec![Edit::replace(span, new)]);
        } else {
            Some("since [DATE]")
        }
    } else if counted_on.iter().any(|p| lower.starts_with(p)) && periods.iter().any(|u| lower.ends_with(u)) {
        // ("for the next nine days" -> "until [DATE]")
        Some(if lower.starts_with("over ") { "over the period to [DATE]" } else if lower.starts_with("for ") { "until [DATE]" } else { "by [DATE]" })
    } else if lower.ends_with(" ago") && !after_preposition {
        // ("more than a decade ago" -> "before [DATE]": the qualifier
        // goes with the count, not "more than in [DATE]")
        // (the qualifier before the span, or its first word: "over a
        // decade ago")
        let second_word = lower.find(' ').map_or(0, |k| k + 1);
        if let Some((from, word)) = [0, second_word].iter().find_map(|&k| crate::dates::ago_qualifier(full_text, span.start + k)) {
            let new = [word, " [DATE]"].concat();
            let new = if full_text.get(from..).is_some_and(|t| t.starts_with(char::is_uppercase)) { crate::dates::capitalize(&new) } else { new };
            return Fix::unsafe_(["Replace with “", &new, "”"].concat(), vec![Edit::replace(Span::new(from.min(span.start), span.end), new)]);
        }
        Some("in [DATE]")
    } else if lower.ends_with(" ago") {
        Some("[DATE]")
    } else if lone_adverb && matches!(before.as_str(), "has" | "have" | "'ve" | "’ve") {
        // ("have recently begun" -> "have since [DATE] begun")
        Some("since [DATE]")
    } else if lone_adverb && lower == "recently" && (before.ends_with("ed") || crate::analysis::figures::is_irregular_past(&before)) && words_before.rsplit(' ').nth(1).is_some_and(|w| matches!(w, "has" | "have" | "'ve" | "’ve")) {
        // ("have worsened recently" -> "have worsened since [DATE]": a
        // perfect's change runs from its start)
        Some("since [DATE]")
    } else if lone_adverb && before == "had" {
        // ("had recently finished a draft" -> "had in [DATE] finished a
        // draft": a past perfect's time is a point before the story's)
        Some("in [DATE]")
    } else if lower == "recently" && text.starts_with(char::is_uppercase) && perfect_after() {
        // ("Recently, the government has come under pressure" -> "Since
        // [DATE], the government has come under pressure")
        Some("since [DATE]")
    } else if lower == "soon" || lower == "shortly" {
        // ("are unlikely to return to pre-crisis levels soon" -> "by
        // [DATE]": what is to come is bounded by its date)
        Some("by [DATE]")
    } else if lone_adverb && lower.contains(' ') {
        Some("on [DATE]")
    } else {
        None
    };
    // ("in its most recent Corruption Perceptions Index" -> "in its [DATE]
    // Corruption Perceptions Index", "Her most recent novel" -> "Her [DATE]
    // novel": the edition's date in the place of the words that stand for it)
    if matches!(reference, Reference::Unresolvable)
        && replaced.is_none()
        && let Some(at) = lower.find("most recent ").filter(|&at| at == 0 || lower.as_bytes()[at - 1] == b' ')
    {
        return Fix::unsafe_("Replace “most recent” with “[DATE]”", vec![Edit::replace(Span::new(span.start + at, span.start + at + "most recent".len()), "[DATE]")]);
    }
    // ("Recent years have seen a surge" -> "The years since [DATE] have
    // seen": a period, not a thing dated)
    if matches!(reference, Reference::Unresolvable)
        && replaced.is_none()
        && let Some(period) = lower.strip_prefix("recent ").filter(|p| matches!(*p, "years" | "months" | "weeks" | "decades" | "days"))
    {
        let new = [if text.starts_with(char::is_uppercase) { "The " } else { "the " }, period, " since [DATE]"].concat();
        return Fix::unsafe_(["Replace with “", &new, "”"].concat(), vec![Edit::replace(span, new)]);
    }
    // ("A recent survey found" -> "A [DATE] survey found", "Recent surveys
    // have recorded" -> "[DATE] surveys have recorded": the time in the
    // place of the word that stands for it)
    if matches!(reference, Reference::Unresolvable)
        && replaced.is_none()
        && let Some(at) = lower.find("recent ").filter(|&at| at == 0 || lower.as_bytes()[at - 1] == b' ')
    {
        return Fix::unsafe_("Replace “recent” with “[DATE]”", vec![Edit::replace(Span::new(span.start + at, span.start + at + "recent".len()), "[DATE]")]);
    }
    if let Some(new) = replaced.filter(|_| matches!(reference, Reference::Unresolvable)) {
        let new = if text.starts_with(char::is_uppercase) { crate::dates::capitalize(new) } else { new.to_string() };
        return Fix::unsafe_(["Replace with “", &new, "”"].concat(), vec![Edit::replace(span, new)]);
    }
    if matches!(reference, Reference::Unresolvable) && !text.contains(' ') {
        // (capitalised as the word it replaces: "Recently, the Department
        // ..." -> "On [DATE], the Department ...")
        let on = if text.starts_with(char::is_uppercase) { "On [DATE]" } else { "on [DATE]" };
        Fix::unsafe_(["Replace with “", on, "”"].concat(), vec![Edit::replace(span, on)])
    } else {
        Fix::unsafe_("Insert “[DATE]”", vec![Edit::insert(span.end, " [DATE]")])
    }
}

/// "On 3 March 2024 the council met. On Tuesday the mayor resigned.": a
/// weekday after a full date of an earlier week, in the same paragraph, may
/// be the Tuesday of the story told, not of the writing week; the date is
/// then the writer's call, not a safe fix. This is the first such date of
/// the block; a weekday after it is asked (the block's times are in order
/// and do not overlap, so when the first ends after the weekday begins, so
/// do the rest).
fn first_date_of_an_earlier_week(block: &crate::analysis::BlockAnalysis, doc_date: jiff::civil::Date) -> Option<Span> {
    let week = |d: jiff::civil::Date| {
        let w = d.iso_week_date();
        (w.year(), w.week())
    };
    block.sentences.iter().flat_map(|s| &s.times).find(|t| match t.kind {
        TimeKind::Absolute { year, month: Some(month), day: Some(day) } => {
            jiff::civil::Date::new(year, month, day).is_ok_and(|d| d < doc_date && week(d) != week(doc_date))
        }
        _ => false,
    }).map(|t| Span::new(t.span.start, t.span.end))
}

/// A date as the message quotes it, without its preposition ("On 3 March
/// 2024" -> "3 March 2024").
fn without_preposition(date: &str) -> &str {
    date.split_once(' ').filter(|(first, _)| matches!(first.to_ascii_lowercase().as_str(), "on" | "in" | "since" | "by" | "from" | "until" | "after" | "before")).map_or(date, |(_, rest)| rest)
}

/// "In August 1987 she flew to McMurdo. Over the next 10 weeks her team
/// launched 41 balloons": a count of units from the story's own time, told
/// in the past, is no time relative to the writing.
/// "Velmora generated $4.3 billion in the quarter, up from $1.5 billion a
/// year ago", "rose to 17%, up from 14% a year ago": the amount compared
/// is the same period's a year (a month, a quarter) before the one
/// reported, not a day counted back from the writing.
fn compares_with_the_period_before(text: &str, span: Span, sentence: Span) -> bool {
    let own = text.get(span.range()).unwrap_or("");
    if !matches!(own, "a year ago" | "a month ago" | "a quarter ago") {
        return false;
    }
    let before = text.get(sentence.start..span.start).unwrap_or("");
    let mut words = before.split_whitespace().rev();
    // (the amount: "$1.5 billion", "14%", "2.4 per cent", "3,100 units")
    let amount = |w: &str| w.bytes().any(|b| b.is_ascii_digit()) || crate::analysis::figures::number_word(&w.to_ascii_lowercase()).is_some();
    let mut seen_amount = false;
    for word in words.by_ref().take(4) {
        let lower = word.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
        if amount(word) {
            seen_amount = true;
        } else if seen_amount && matches!(lower.as_str(), "from" | "than" | "with" | "against" | "versus" | "vs") {
            return true;
        } else if !seen_amount && !matches!(lower.as_str(), "cent" | "per" | "percent" | "points" | "billion" | "million" | "bn" | "m" | "units" | "pence" | "cents") {
            return false;
        }
    }
    false
}

fn counts_on_from_the_story(text: &str, span: Span, sentence: Span) -> bool {
    let own = text.get(span.range()).unwrap_or("");
    // (asked of every relative date: most have no "next" to look at)
    if !(own.contains("next ") || own.contains("Next ")) {
        return false;
    }
    let lower = own.to_ascii_lowercase();
    let Some(rest) = lower.split_once("the next ").map(|(_, r)| r) else { return false };
    let mut words = rest.split_whitespace();
    let counted = words.next().is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()) || crate::analysis::figures::number_word(n).is_some());
    let unit = words.next().is_some_and(|u| matches!(u, "days" | "weeks" | "months" | "years" | "decades" | "hours" | "seasons"));
    if !(counted && unit && words.next().is_none()) {
        return false;
    }
    // (the sentence in the past, with no auxiliary that looks ahead)
    let rest = [text.get(sentence.start..span.start).unwrap_or(""), text.get(span.end..sentence.end).unwrap_or("")].concat().to_ascii_lowercase();
    let words: Vec<&str> = rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    !words.iter().any(|w| matches!(*w, "will" | "would" | "is" | "are" | "has" | "have" | "shall" | "can" | "may" | "must" | "plans" | "expects"))
        && words.iter().any(|w| crate::analysis::figures::is_irregular_past(w) || matches!(*w, "was" | "were" | "had") || w.len() > 4 && w.ends_with("ed"))
}

/// "last summer" written just after it ([`crate::dates::season_just_gone`]):
/// the message and the two unsafe fixes, this year's and the one before.
fn season_choices(reference: &Reference, doc_date: jiff::civil::Date, shown_text: &str, range: Span, new_text: &str) -> Option<(String, Vec<Fix>)> {
    let year = crate::dates::season_just_gone(reference, doc_date)?;
    let earlier = new_text.replace(&year.to_string(), &(year - 1).to_string());
    let (shown, shown_earlier) = (new_text.trim().trim_matches(',').trim(), earlier.trim().trim_matches(',').trim());
    let message = ["Relative date “", shown_text, "”: write the date (“", shown, "” or “", shown_earlier, "”?)."].concat();
    let fixes = vec![
        Fix::unsafe_(["Replace with “", shown, "”"].concat(), vec![Edit::replace(range, new_text.to_string())]),
        Fix::unsafe_(["Replace with “", shown_earlier, "”"].concat(), vec![Edit::replace(range, earlier.clone())]),
    ];
    Some((message, fixes))
}

/// The other day a weekday may mean, when readers differ, so that making it
/// explicit is the writer's call, not a safe fix: "next Thursday" written
/// on a Wednesday (tomorrow, or "a week later"?), "last Saturday" written
/// on a Sunday (yesterday, or "a week earlier"?). (A bare weekday to come
/// that is the writing day's is that day: wire copy writes "The markets
/// are closed on Monday" on the Monday.)
fn weekday_is_ambiguous(reference: &Reference, doc_date: jiff::civil::Date) -> Option<&'static str> {
    let Reference::Weekday { forward, strict, .. } = *reference else { return None };
    let same_week = || {
        crate::dates::resolve_date(reference, doc_date).is_some_and(|day| {
            let (a, b) = (day.iso_week_date(), doc_date.iso_week_date());
            a.year() == b.year() && a.week() == b.week()
        })
    };
    // (the writing's own weekday: "said on Friday" in a report dated a
    // Friday is that day in wire style, but the one a week before in a
    // story told the day after, as "after forecasts on Friday predicted
    // the cold snap" for a race on the Sunday before)
    let the_writing_day = || crate::dates::resolve_date(reference, doc_date) == Some(doc_date);
    match (forward, strict) {
        (true, true) if same_week() => Some("a week later"),
        (false, true) if same_week() => Some("a week earlier"),
        (true, false) if the_writing_day() => Some("a week later"),
        (false, false) if the_writing_day() => Some("a week earlier"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{allows, flags};
    use crate::rules::Rule::RelativeDate as R;

    #[test]
    fn the_placeholder_keeps_the_capital_of_the_word_it_replaces() {
        let fixes = |text: &str| crate::rules::test_support::first_finding(R, text).fixes.iter().flat_map(|f| f.edits.iter().map(|e| e.new_text.to_string())).collect::<Vec<_>>();
        assert_eq!(fixes("Recently, the department said it would review fees."), vec!["On [DATE]"]);
        assert_eq!(fixes("Fees rose recently."), vec!["on [DATE]"]);
    }

    #[test]
    fn a_weekday_in_an_aside_of_what_was_set_out_is_past() {
        // (27 November 2026 is a Friday)
        assert_eq!(
            fixes("The offer, set out in a letter from Education Secretary Bridget Phillipson to the four main unions on Thursday, would lift the starting salary."),
            vec!["Thursday, 26 November 2026"]
        );
    }

    /// The new texts of the first finding's fixes, written on 27 November 2026.
    fn fixes(text: &str) -> Vec<String> {
        crate::rules::test_support::first_finding(R, &format!("---\ndate: 2026-11-27\n---\n{text}\n")).fixes.iter().flat_map(|f| f.edits.iter().map(|e| e.new_text.to_string())).collect()
    }

    #[test]
    fn the_sentence_tells_which_day_or_now() {
        // (each text, then the new texts of its first finding's fixes)
        let cases: &[(&str, &[&str])] = &[
            // what an event is on its day, in the present, is to come
            ("The Coral Gold Cup is the highlight on Saturday.", &["Saturday, 28 November 2026"]),
            // a schedule in the present right before the day is to come; a
            // start as a noun is not one
            ("The championships conclude on Saturday with the men's 1500m freestyle.", &["Saturday, 28 November 2026,"]),
            ("Royal Bank of Canada follows on Wednesday.", &["Wednesday, 2 December 2026"]),
            ("She is tipped to win when the jury announces its prizes on Saturday.", &["Saturday, 28 November 2026"]),
            // a span told in the present lasts through a day to come; what
            // a saying reports as expected is to come
            ("The championships, held every two years, run through Sunday.", &["Sunday, 29 November 2026"]),
            ("The championships ran through Sunday.", &["Sunday, 22 November 2026"]),
            ("Forecasters at MeteoSwiss said snow was expected above 1,500 metres from Saturday.", &["Saturday, 28 November 2026"]),
            // a weekday after the hour of one joined to a schedule is told
            // as that one
            ("The performance repeats on Saturday at 8 p.m. and on Sunday at 2 p.m.", &["Saturday, 28 November 2026,"]),
            // the event of a day something is for is to come, unless a past
            // tense after it tells it
            ("Andy Farrell has recalled Hugo Keenan for Saturday's meeting with South Africa.", &["the 28 November 2026"]),
            ("Fans queued for Saturday's match, which Leeds won.", &["the 21 November 2026"]),
            ("Tickets for Sunday's final sold out last month.", &["the 29 November 2026"]),
            // the now of what someone said, its verb shifted back
            ("She said many older people were now reluctant to call 999.", &[", as of November 2026,"]),
            // (the term of a comparison)
            ("Bins will be collected on the same weekday as at present.", &["in November 2026"]),
            ("The festival was off to a bright start on Saturday night.", &["Saturday night, 21 November 2026"]),
            // an aside's day on an event the main clause puts off is to come
            ("The match, which was due to be played at Brunton Park on Saturday, has been postponed.", &["Saturday, 28 November 2026"]),
            // an extension runs on to a day to come; what a forecast shows
            // by a day is to come (not what it had shown)
            ("Forecasters extended the warning through Saturday evening.", &["Saturday evening, 28 November 2026"]),
            ("The agency's fire-weather outlook shows offshore winds easing by Sunday.", &["Sunday, 29 November 2026"]),
            ("The outlook had shown winds easing by Sunday.", &["Sunday, 22 November 2026"]),
            // a weekday of a week counted from the writing's
            ("The cap will rise, Ofgem said on Friday last week.", &["Friday, 20 November 2026"]),
            ("Talks began on Monday of last week.", &["Monday, 16 November 2026"]),
            ("The talks resume on Tuesday next week.", &["Tuesday, 1 December 2026"]),
            // a decider set up is to come; a day in a participle's or a
            // relative clause told in the past is gone, whatever the main
            // clause tells; an adjective in -ed is no past; a week after
            // tomorrow
            ("England levelled the series at 1-1, setting up a decider in Sydney on Sunday.", &["Sunday, 29 November 2026"]),
            ("Under regulations laid before Parliament on Tuesday, two changes will be made.", &["Tuesday, 24 November 2026"]),
            ("The Bank of England, which cut interest rates to 3.5% on Thursday, is expected to hold them.", &["Thursday, 26 November 2026"]),
            ("Nationwide will lower rates on selected fixed deals by up to 0.2 percentage points from Monday.", &["Monday, 30 November 2026"]),
            ("Davidsen sings her final Tosca of the run tomorrow week.", &["on 5 December 2026"]),
            // "show" after a possessive is its noun, unless what it shows follows
            ("Wednesday's show made a good case.", &["The 25 November 2026"]),
            // a course's next meeting, in the present
            ("Wetherby races again on Saturday, when the card is headed by a handicap hurdle.", &["Saturday, 28 November 2026"]),
            ("She swims in the 50m breaststroke on Saturday.", &["Saturday, 28 November 2026"]),
            // (a body named by its "-ive" is no adjective; an opening with
            // its day right after it)
            ("Its executive meets on Saturday to decide whether to ballot.", &["Saturday, 28 November 2026,"]),
            ("The campaign officially begins Monday.", &["Monday, 30 November 2026"]),
            ("The campaign began Monday.", &["Monday, 23 November 2026"]),
            // (through the weekend, the coming one when told ahead)
            ("Crews will work through the weekend.", &["through the weekend of 28–29 November 2026"]),
            // a state set in the past perfect that may still hold until a day
            ("Virgin Australia and Jetstar said they had suspended flights to Bali until at least Saturday.", &["Saturday, 28 November 2026"]),
            // a round won through to is to come
            ("Brouwer beat Reid 4-3, booking a quarter-final against the defending champion on Saturday.", &["Saturday, 28 November 2026"]),
            // what is due out is to come
            ("Retail sales figures due out on Monday will be closely watched.", &["Monday, 30 November 2026,"]),
            // "this decade" is the document date's
            ("House prices rose faster earlier this decade.", &["earlier in the 2020s"]),
            ("Output will double by the end of this decade.", &["by the end of the 2020s"]),
            ("Prices have risen sharply this decade.", &["in the 2020s"]),
            ("This decade has been the warmest on record.", &["The 2020s"]),
            ("This decade, fares have doubled.", &["In the 2020s"]),
            // "today" before what is done to a kind of thing is nowadays
            ("Today, boats are towed through by an electric tug.", &["As of November 2026"]),
            // and so is "Today," against a year long gone in the sentence
            // before, in what one can do
            ("In 1948, a man of 65 could expect to live for 12 more years. Today, a 66-year-old man can expect to live for more than 19 years.", &["As of November 2026"]),
            // a fixture told in the present is to come, and so is one whose
            // postponement is told
            ("The first drop-in session takes place at Ashby Road Library on Tuesday from 4pm to 7pm.", &["Tuesday, 1 December 2026,"]),
            ("The championships continue Saturday with the road races.", &["Saturday, 28 November 2026,"]),
            // an arrangement in the present progressive, or what is likely
            // on a day, is to come; so is a possessive day that opens what
            // was said, its own verb looking ahead
            ("A public meeting is being held at the village hall on Monday.", &["Monday, 30 November 2026"]),
            ("A parents' group is holding a public meeting at the town hall on Tuesday evening.", &["Tuesday evening, 1 December 2026"]),
            ("Several schools closed yesterday, and more closures are likely on Monday.", &["on 26 November 2026"]),
            ("More closures are likely on Monday.", &["Monday, 30 November 2026"]),
            ("The walkout on Tuesday coincides with a number of Championship fixtures.", &["Tuesday, 1 December 2026,"]),
            // what someone hoped to do by a day is to come
            ("Strand said he hoped to have the main back in service by Saturday night.", &["Saturday night, 28 November 2026"]),
            // a perfect's change runs from its start; a period as subject
            ("Waiting times have worsened recently.", &["since [DATE]"]),
            ("Recent years have seen a surge in Italian tennis talent.", &["The years since [DATE]"]),
            // the day of what was said, its own verb after it looking ahead;
            // not the day of the saying
            ("Castro said a cold front moving in from the west on Saturday should bring drier air.", &["Saturday, 28 November 2026,"]),
            ("Castro told a group of reporters on Saturday that it would rain.", &["Saturday, 21 November 2026,"]),
            ("Ashdown Town FC said Saturday's league fixture against Dunmore Rovers would go ahead.", &["the 28 November 2026"]),
            ("The manager said Saturday's defeat was a disgrace.", &["the 21 November 2026"]),
            ("The storm forced the postponement of Saturday's match at Pittodrie.", &["the 28 November 2026"]),
            // a possessive standing for its noun before a verb keeps its
            // place: no date is written into it
            ("Kenyon said results like Thursday's showed the programme was on track.", &[" [DATE]"]),
            ("Today, ministers are expected to approve the plan.", &["On 27 November 2026"]),
            // (the level a change starts from, and a state after the subject)
            ("The OBR forecasts that revenue will drop to 0.5% of GDP by 2040, from 0.8% today.", &["as of November 2026"]),
            ("The timetable cuts the journey to 58 minutes, from 1 hour 14 minutes today.", &["as of November 2026"]),
            ("The museum, founded in 1886, today holds around 40,000 objects.", &["as of November 2026,"]),
            ("The court today hears the appeal.", &["on 27 November 2026"]),
            // (the level a change starts from, its measure after it; what is still done)
            ("The cost is on course to rise from about 5 per cent of national income today to more than 6 per cent.", &[", as of November 2026,"]),
            ("A bitter called Dockside is still brewed today.", &["as of November 2026"]),
            ("The plant is still closed today.", &["on 27 November 2026"]),
            // (a week after the day: "a week tomorrow")
            ("England play the third Test a week tomorrow.", &["on 5 December 2026"]),
            // (a day dating a noun whose past verb follows; a plan told in
            // the past; what is expected through a time is to come)
            ("The road will remain closed until January after a landslide on Tuesday night sent rock across both carriageways.", &["Tuesday night, 24 November 2026,"]),
            ("Managers were considering moving the ferry back to the route as early as Monday.", &["Monday, 30 November 2026"]),
            ("The head said the school was arranging a minibus from Monday.", &["Monday, 30 November 2026"]),
            ("The council said it was preparing to reopen the road on Monday.", &["Monday, 30 November 2026"]),
            ("Forecasters said showers are expected into the evening before the winds ease on Sunday.", &["Sunday, 29 November 2026"]),
            // (a clock time is no level a change starts from; a count of
            // any plural is)
            ("CalMac said it expected to run a limited timetable from 7am today.", &["on 27 November 2026"]),
            ("Britain will need 27 gigawatts of battery capacity by 2030, up from about 6 gigawatts today.", &["as of November 2026"]),
            // (the period itself, no preposition: its end is the writer's)
            ("Her fiancé said outside court that the past eight months had been a nightmare.", &["the eight months to [DATE]"]),
            // (an event put off in the present perfect had yet to happen;
            // what is forecast in the present is to come)
            ("The club's home game on Saturday, which Sleaford won 3-1 when the sides last met in September, has been postponed.", &["Saturday, 28 November 2026"]),
            ("Officials warned people to stay away from damaged buildings over the weekend, when further strong winds are forecast.", &["over the weekend of 28–29 November 2026"]),
            // (an event put off, told in the past, was news before its day)
            ("Ross County's home match against Dundee United on Saturday was postponed after a pitch inspection.", &["Saturday, 28 November 2026,"]),
            // (an event moved in the present perfect is still to come)
            ("Racing SA has moved Sunday's meeting at Morphettville to a twilight start.", &["the 29 November 2026"]),
            // (a list item with no tense after a lead-in that looks ahead)
            ("Rovers' next three fixtures:\n\n- Saturday: Hollins Park (away)", &["Saturday, 28 November 2026"]),
            // ("the new year" is the year after the writing, as "next year" is)
            ("Work on the bridge will start early in the new year.", &["2027"]),
            // (a forecast for a day, told in the past however far back)
            ("The service had rated the hazard as considerable, level 3 on a scale, in its forecast for Wednesday.", &["Wednesday, 25 November 2026"]),
            ("The Met Office has issued a yellow warning for rain for Wednesday.", &["Wednesday, 2 December 2026"]),
            // (what is expected is to come; what was expected is gone)
            ("Northfield Transit said it expected a similar picture on Monday.", &["Monday, 30 November 2026"]),
            ("The strike was expected on Monday.", &["Monday, 23 November 2026"]),
            ("Ms Marsh said the company expected most customers to have water again by Saturday evening.", &["Saturday evening, 28 November 2026"]),
            // a plural head before its phrase sets a deadline
            ("Entries for the 2027 event open on Monday.", &["Monday, 30 November 2026"]),
            ("The team got off to a bright start on Monday.", &["Monday, 23 November 2026"]),
            // (what people have been invited to is to come; a start "since" a
            // day has passed, whatever looks ahead before it)
            ("Families have been invited to a second meeting on Tuesday.", &["Tuesday, 1 December 2026"]),
            ("Residents have been told to boil water since Tuesday.", &["Tuesday, 24 November 2026"]),
            // what is left to be decided is to come
            ("It leaves the series to be decided on Sunday at the same venue.", &["Sunday, 29 November 2026,"]),
            // a schedule's entry: the event, a colon, its day and hour
            ("- Grand prix (57 laps): Sunday, 7pm", &["Sunday, 29 November 2026"]),
            // a verb after "did not" is a past; a participle describing the
            // object of a verb after a modal is no past; a noun "plans"
            // after a past is the object of it
            ("Play did not resume until Wednesday morning.", &["Wednesday morning, 25 November 2026"]),
            ("The union said it would publish detailed strike guidance for members on Monday.", &["Monday, 30 November 2026"]),
            ("The council approved plans on Monday.", &["Monday, 23 November 2026"]),
            // the day after a place a preposition's object names
            ("The parties campaigned across the country Monday.", &["Monday, 23 November 2026"]),
        ];
        for (text, expected) in cases {
            assert_eq!(fixes(text), *expected, "{text}");
        }
    }

    #[test]
    fn a_qualified_count_back_keeps_its_sense() {
        // (each sentence as the first fix writes it, on 27 November 2026)
        let fixed = |text: &str| {
            let doc = format!("---\ndate: 2026-11-27\n---\n{text}\n");
            let finding = crate::rules::test_support::first_finding(R, &doc);
            let applied = crate::fix::apply_fixes(&doc, finding.fixes.first());
            applied.text.trim_start_matches("---\ndate: 2026-11-27\n---\n").trim_end().to_string()
        };
        let cases = [
            ("The plant closed more than three months ago.", "The plant closed before 27 August 2026."),
            ("More than three months ago, the plant closed.", "Before 27 August 2026, the plant closed."),
            ("The scheme was set up over two years ago.", "The scheme was set up before 27 November 2024."),
            ("It was set up just over a year ago.", "It was set up before 27 November 2025."),
            ("It was set up less than a year ago.", "It was set up after 27 November 2025."),
            ("The scheme was set up about three weeks ago.", "The scheme was set up around the week of 2 November 2026."),
            ("The scheme was set up some 10 years ago.", "The scheme was set up around 2016."),
            ("It was set up almost exactly a year ago.", "It was set up around November 2025."),
            ("It closed around six months ago.", "It closed around May 2026."),
            ("It opened less than two weeks ago.", "It opened after 13 November 2026."),
            // (a count that cannot be dated keeps its qualifier's sense too)
            ("The scheme was set up more than a decade ago.", "The scheme was set up before [DATE]."),
            ("The scheme was set up nearly a decade ago.", "The scheme was set up around [DATE]."),
            // (not a focus word)
            ("It closed only three days ago.", "It closed only on 24 November 2026."),
            // (a fortnight is two weeks)
            ("Officials met a fortnight ago.", "Officials met on 13 November 2026."),
            ("Prices rose over the past fortnight.", "Prices rose in the fortnight to [DATE]."),
            ("The results are due within the next fortnight.", "The results are due by [DATE]."),
            // (a year of accounts, and a period within one)
            ("Repairs cost £4m in the last financial year.", "Repairs cost £4m in the [DATE] financial year."),
            ("Bills will rise this tax year.", "Bills will rise in the [DATE] tax year."),
            ("Pay rose 5.5% in the last academic year.", "Pay rose 5.5% in the [DATE] academic year."),
            ("The school will close at the end of the next academic year.", "The school will close at the end of the [DATE] academic year."),
            ("Sales for the first six months of this financial year rose.", "Sales for the first six months of the [DATE] financial year rose."),
        ];
        for (text, expected) in cases {
            assert_eq!(fixed(text), expected, "{text}");
        }
    }

    #[test]
    fn flags_relative_dates() {
        flags(R, "Troops are currently training and could deploy by year’s end.", &["currently", "by year’s end"]);
        flags(R, "The minister resigned yesterday.", &["yesterday"]);
        flags(R, "The vote took place on Tuesday.", &["on Tuesday"]);
        // (a race time is no time of day: the weekday alone)
        flags(R, "Kipchoge won the marathon in a course record of 2:04:51 on Sunday.", &["on Sunday"]);
        flags(R, "The meeting starts at 10:30 on Sunday.", &["at 10:30 on Sunday"]);
    }

    #[test]
    fn last_season_written_just_after_it_gets_both_years_unsafe() {
        let fixes = |date: &str| {
            let d = crate::rules::test_support::first_finding(R, &format!("---\ndate: {date}\n---\nThe city runs 58 centres, up from 31 last summer.\n"));
            d.fixes.iter().map(|f| (f.edits[0].new_text.to_string(), f.applicability == crate::fix::Applicability::Safe)).collect::<Vec<_>>()
        };
        assert_eq!(fixes("2026-09-08"), vec![("in the summer of 2026".to_string(), false), ("in the summer of 2025".to_string(), false)]);
        assert_eq!(fixes("2026-12-20"), vec![("in the summer of 2026".to_string(), true)]);
    }

    #[test]
    fn last_weekday_in_the_writing_week_gets_its_fix_unsafe() {
        // (22 November 2026 is a Sunday: "last Saturday", yesterday or the
        // Saturday before?)
        let d = crate::rules::test_support::first_finding(R, "---\ndate: 2026-11-22\n---\nEngland beat Australia 22-19 last Saturday.\n");
        assert!(d.message.contains("or a week earlier?"), "{}", d.message);
        assert!(d.fixes.iter().all(|f| f.applicability == crate::fix::Applicability::Unsafe));
    }

    #[test]
    fn a_timetable_and_a_weekday_counted_in_a_month_are_not_relative() {
        allows(R, "- Millfield Health Centre: Tuesday and Thursday, 2pm to 8pm");
        allows(R, "- Eastvale outpatients, Block C: Saturday, 9am to 1pm");
        allows(R, "The ploughing match takes place on the second Saturday in October.");
        allows(R, "The march is on the last Saturday of the month.");
        allows(R, "A pot of £190,000 in today's prices buys an income of £9,000.");
        flags(R, "Ember & Oak opened last Thursday in the converted tram depot.", &["last Thursday"]);
        flags(R, "Talks resume on Saturday, 9am to 1pm.", &["on Saturday"]);
    }

    #[test]
    fn a_count_on_from_the_storys_time_in_the_past_is_not_relative() {
        use crate::rules::test_support::{allows, flags};
        use crate::rules::Rule::RelativeDate as R;
        allows(R, "In August 1987 she flew to McMurdo Station. Over the next 10 weeks her team launched 41 balloons.");
        allows(R, "She joined the board in 2001 and over the next two years she rebuilt it.");
        flags(R, "Over the next 10 weeks the council will consult residents.", &["Over the next 10 weeks"]);
        flags(R, "Airbus has announced 10,000 job cuts over the next four years.", &["over the next four years"]);
    }

    #[test]
    fn a_weekday_with_a_date_after_its_noun_is_not_a_safe_fix() {
        let d = crate::rules::test_support::first_finding(R, "---\ndate: 2026-11-27\n---\nThe committee will confirm the minutes of Wednesday's meeting on 10 December.\n");
        assert!(d.fixes.iter().all(|f| f.applicability == crate::fix::Applicability::Unsafe), "{d:?}");
        for text in ["Members will be consulted from Monday, which will run until 18 December.", "Teachers voted overwhelmingly on Thursday to walk out on 8 December."] {
            let d = crate::rules::test_support::first_finding(R, &format!("---\ndate: 2026-11-27\n---\n{text}\n"));
            assert!(d.fixes.first().is_some_and(|f| f.applicability == crate::fix::Applicability::Safe), "{d:?}");
        }
    }

    #[test]
    fn next_weekday_in_the_writing_week_is_not_a_safe_fix() {
        use crate::document::{Document, Format};
        use crate::fix::Applicability;
        // Wednesday 15 January 2025: "next Thursday" may be tomorrow or the 23rd;
        // "next Tuesday" can only be the 21st.
        let settings = crate::settings::Settings { date_override: Some(jiff::civil::date(2025, 1, 15)), ..Default::default() };
        for (text, safe) in [("The minister will travel to Paris next Thursday.", false), ("The minister will travel to Paris next Tuesday.", true), ("The minister will travel to Paris on Thursday.", true)] {
            let doc = Document::new(text, Format::Markdown);
            let d = crate::check(&doc, &settings).into_iter().find(|d| d.rule == R).unwrap();
            assert_eq!(d.fixes[0].applicability == Applicability::Safe, safe, "{text}: {:?}", d.fixes);
        }
    }

    #[test]
    fn too_soon_is_no_time() {
        allows(R, "It is too soon to judge whether the scheme has worked.");
    }

    #[test]
    fn a_length_of_time_to_last_is_no_time() {
        allows(R, "The trial, before Judge Sarah Moreton, is expected to last eight weeks.");
        flags(R, "Prices rose over the last eight weeks.", &["over the last eight weeks"]);
    }

    /// The first fix's text of the `nth` finding of this rule in `text`,
    /// written on Friday 9 January 2026.
    fn fix_on_friday_9_january(text: &str, nth: usize) -> String {
        use crate::document::{Document, Format};
        let settings = crate::settings::Settings { date_override: Some(jiff::civil::date(2026, 1, 9)), ..Default::default() };
        let doc = Document::new(text, Format::Markdown);
        let d = crate::check(&doc, &settings).into_iter().filter(|d| d.rule == R).nth(nth).unwrap();
        d.fixes[0].edits[0].new_text.to_string()
    }

    #[test]
    fn a_year_ago_is_the_same_month_a_year_before() {
        assert_eq!(fix_on_friday_9_january("Petrol cost 135.9p a litre a year ago, the ONS said.", 0), "in January 2025");
        assert_eq!(fix_on_friday_9_january("The plant closed three years ago, the council said.", 0), "in 2023");
    }

    #[test]
    fn a_weekday_joined_to_the_one_before_is_told_as_that_one() {
        for (text, fixed) in [
            ("The Met Office has issued a yellow warning for rain for Wednesday and Thursday, with 30mm expected on high ground.", "Thursday, 15 January 2026"),
            ("Talks will be held on Tuesday and Thursday.", "Thursday, 15 January 2026"),
            ("Talks were held on Tuesday and Thursday.", "Thursday, 8 January 2026"),
        ] {
            let new_text = fix_on_friday_9_january(text, 1);
            assert!(new_text.starts_with(fixed), "{text}: {new_text:?}");
        }
    }

    #[test]
    fn a_future_verb_ten_words_back_sets_the_weekday_ahead() {
        use crate::document::{Document, Format};
        let settings = crate::settings::Settings { date_override: Some(jiff::civil::date(2026, 11, 20)), ..Default::default() };
        let doc = Document::new("Northern Cross will publish its strike-day timetable on its website on Monday.", Format::Markdown);
        let d = crate::check(&doc, &settings).into_iter().find(|d| d.rule == R).unwrap();
        assert_eq!(d.fixes[0].edits[0].new_text, "Monday, 23 November 2026");
    }

    #[test]
    fn forecasts_hopes_deadlines_and_hedged_ends_look_ahead() {
        for (text, fixed) in [
            ("The Severn is forecast to rise to between 5.2m and 5.4m by early Saturday.", "Saturday, 10 January 2026"),
            ("Transport for Wales has suspended services until at least Sunday after a landslip.", "Sunday, 11 January 2026"),
            ("The club hopes to complete the signing on Monday.", "Monday, 12 January 2026"),
            ("Nominations close on Tuesday.", "Tuesday, 13 January 2026"),
            ("Lumora said it would hold an all-hands meeting on Monday.", "Monday, 12 January 2026"),
            ("Lumora said on Monday that it would cut jobs.", "Monday, 5 January 2026"),
            // an intention in the present perfect, a modal after the day
            ("Both sides have agreed to meet at Acas on Wednesday, the day between the two strikes.", "Wednesday, 14 January 2026"),
            ("Tickets for Tuesday can be used on the day before.", "Tuesday, 13 January 2026"),
            ("Both sides agreed on Wednesday to meet again.", "Wednesday, 7 January 2026"),
            // a schedule in the present passive, a day something is put off to
            ("The rankings are published on Monday.", "Monday, 12 January 2026"),
            ("Members voted to postpone the vote to Tuesday.", "Tuesday, 13 January 2026"),
            ("The new rules take effect on Monday.", "Monday, 12 January 2026"),
            // a participle after "be" is no past; a schedule in the present
            // after the day; a past negation before "until" says when it was done
            ("Race organisers said the attendance figure would be confirmed on Monday.", "Monday, 12 January 2026"),
            ("Monday's final stage runs 142 kilometres from Millau to Montpellier.", "The 12 January 2026"),
            ("It did not tell customers until Tuesday, when emails began arriving.", "Tuesday, 6 January 2026"),
            ("Northbridge City go into Saturday's derby unbeaten.", "the 10 January 2026"),
            // a noun phrase's "coming" sets nothing
            ("The Chancellor set out plans for the coming spending round in the Commons on Wednesday.", "Wednesday, 7 January 2026"),
            // a noun, and a verb with no day after it, set nothing
            ("The festival was off to a bright start on Tuesday night.", "Tuesday night, 6 January 2026"),
            ("Since market open, shares rose, a drop of only $2.46 since Wednesday's close.", "the 7 January 2026"),
            // a "will" more than ten words before the day; a hearing that
            // continues on a day
            ("The council will hold a public meeting about the closure at Eastbank Community Centre on Thursday at 7pm.", "Thursday, 15 January 2026,"),
            ("The inquest continues on Monday.", "Monday, 12 January 2026"),
            // a warning is for a day to come (not one that was lifted)
            ("The Met Office has issued a yellow warning for rain for Wednesday, with 30mm expected.", "Wednesday, 14 January 2026"),
            ("The warning for Wednesday was lifted.", "Wednesday, 7 January 2026"),
            // what is ahead is to come; a refusal told in the past is past
            ("Board papers were published ahead of Thursday's meeting.", "the 15 January 2026"),
            ("The board president would not confirm that on Wednesday.", "Wednesday, 7 January 2026"),
            // after a preposition the date stands bare
            ("Bookings were down compared with last year.", "2025"),
            // a fixture's verb after a past tense or an adjective is a noun
            // ("play"); after a name it is the fixture's
            ("Rain stopped play on Sunday.", "Sunday, 4 January 2026"),
            ("The course was set up to reward aggressive play on Sunday.", "Sunday, 4 January 2026"),
            ("Leeds United play Arsenal on Sunday.", "Sunday, 11 January 2026"),
        ] {
            let new_text = fix_on_friday_9_january(text, 0);
            assert!(new_text.starts_with(fixed), "{text}: {new_text:?}");
        }
    }

    #[test]
    fn a_weekday_after_a_date_of_an_earlier_week_is_not_a_safe_fix() {
        use crate::document::{Document, Format};
        use crate::fix::Applicability;
        let settings = crate::settings::Settings { date_override: Some(jiff::civil::date(2026, 11, 20)), ..Default::default() };
        for (text, safe) in [
            // the Tuesday of the story, or of the writing week?
            ("On 3 March 2024 the council met to discuss the budget. On Tuesday the mayor resigned after the vote.", false),
            ("The council met on 3 March 2024, and on Tuesday the mayor resigned after the vote.", false),
            // a date of the writing week, a year-less date or a date in another paragraph sets nothing
            ("On 17 November 2026 the council met to discuss the budget. On Tuesday the mayor resigned.", true),
            ("The council has met every month since 2024. On Tuesday the mayor resigned after the vote.", true),
            ("On 3 March 2024 the council met to discuss the budget.\n\nOn Tuesday the mayor resigned after the vote.", true),
        ] {
            let doc = Document::new(text, Format::Markdown);
            let d = crate::check(&doc, &settings).into_iter().find(|d| d.rule == R && d.message.contains("Tuesday")).unwrap();
            assert_eq!(d.fixes[0].applicability == Applicability::Safe, safe, "{text}: {:?}", d.fixes);
            if !safe {
                assert!(d.message.contains("or the one near “3 March 2024”"), "{}", d.message);
            }
        }
    }

    #[test]
    fn a_bracketed_date_never_splits_a_word() {
        use crate::document::{Document, Format};
        let settings = crate::settings::Settings { date_override: Some(jiff::civil::date(2024, 10, 20)), dates_in_quotes: true, ..Default::default() };
        let text = "“We met on Tuesday4 people died,” he said.";
        let doc = Document::new(text, Format::Markdown);
        for d in crate::check(&doc, &settings).iter().filter(|d| d.rule == R) {
            assert!(d.fixes.iter().all(|f| f.applicability != crate::fix::Applicability::Safe), "{:?}", d.fixes);
        }
        let text = "“We met on Tuesday,” he said.";
        let doc = Document::new(text, Format::Markdown);
        let d = crate::check(&doc, &settings).into_iter().find(|d| d.rule == R).unwrap();
        assert_eq!(d.fixes[0].title, "Add “[15 October 2024]”");
    }

    #[test]
    fn the_now_of_what_nobody_named_found_is_not_dated_unasked() {
        use crate::fix::Applicability;
        // (the applicability of the first fix of the finding on `word`)
        let first_fix = |text: &str, date: jiff::civil::Date, word: &str| {
            let doc = crate::document::Document::new(text, crate::document::Format::Markdown);
            let settings = crate::settings::Settings { date_override: Some(date), ..Default::default() };
            crate::check(&doc, &settings).into_iter().find(|d| d.rule == R && doc.slice(d.span) == word).map(|d| d.fixes[0].applicability)
        };
        let now = |text: &str| first_fix(text, jiff::civil::date(2026, 11, 20), "now");
        assert_eq!(now("A recent survey found that one in four parents now believe absence is acceptable."), Some(Applicability::Unsafe));
        assert_eq!(now("The ONS said prices are now falling."), Some(Applicability::Safe));
        // (the "now" of a saying the sentence dates beside its verb is that
        // day's, and not flagged; not a time of another clause)
        assert_eq!(now("The company said on Thursday that all doses were now available."), None);
        assert_eq!(now("Officials told the Guardian last month that he now finds the rules unworkable."), None);
        assert_eq!(now("The ministry said prices rose in October and are now falling."), Some(Applicability::Safe));
        let currently = |text: &str| first_fix(text, jiff::civil::date(2026, 11, 20), "currently");
        assert_eq!(currently("Storms are possible early next week, though it said the greatest risk currently lies farther east."), Some(Applicability::Safe));
        // (nor the "now" of what a source dated to an earlier year found)
        assert_eq!(now("A study published in Nature Communications in 2023 found that Atlantic hurricanes are now twice as likely to intensify rapidly."), Some(Applicability::Unsafe));
        // (nor the "so far" of figures a source published in an earlier month)
        let so_far = |text: &str| first_fix(text, jiff::civil::date(2026, 11, 27), "so far");
        assert_eq!(so_far("About 60 staff have taken voluntary severance so far, according to figures published by the university in October."), Some(Applicability::Unsafe));
        assert_eq!(so_far("About 60 staff have taken voluntary severance so far."), Some(Applicability::Safe));
    }

    #[test]
    fn allows_quotes_and_non_temporal_now() {
        allows(R, "Now that the pact exists, trade has grown.");
        allows(R, "“We met yesterday,” the minister said.");
        // (a headline quotes in single marks; an apostrophe in a word is no mark)
        allows(R, "## 'Today we got justice'\n\nThe family spoke outside court.");
        flags(R, "## 'We've waited' today, says mum\n\nThe family spoke outside court.", &["today"]);
        allows(R, "The summit opened on 3 October 2024.");
        allows(R, "KYIV, Tuesday, Oct 3 (Reuters) - The summit opened.");
        allows(R, "## What happens now\n\nThe form goes to a caseworker.");
        allows(R, "## Why now\n\nThe contract ends in March 2027.");
        allows(R, "## Why the bill has landed now\n\nThe contract ends in March 2027.");
        allows(R, "### Fares unchanged for now\n\nThe contract ends in March 2027.");
        allows(R, "## What should I do now?\n\nCheck your tariff.");
        // a block quotation whose source is named before it
        allows(R, "The statement of the Federal Open Market Committee in full:\n\n> Job gains have slowed this year.\n");
    }

    #[test]
    fn so_far_this_year_is_one_time() {
        flags(R, "Admissions have risen by a fifth so far this year.", &["this year"]);
    }
}
