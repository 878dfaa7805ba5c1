//! `missing-year`: a calendar date or month without its year.

use super::{is_one_of, RuleContext, RuleDoc};
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
£300m.”; a comparison such as “a year ago” does not, nor a decade that
describes a thing: “a 1960s block ... by the end of January”, nor a year
that ends a law's name: “under the Proceeds of Crime Act 2002 will take
place in March”). A day whose sentence stated its year is that year's when
named again (“The 2027 Giro d'Italia will ... finish in Rome on 30 May”,
then “- Stage 21, 30 May: Ostia – Rome” → 2027). A season of nature's
bounded in the present comes round every year and is not flagged (“a
secondary severe weather season runs from November into early December”,
“the Atlantic hurricane season runs from June to November”). A date a
present-tense schedule gives (“The council sets its budget on 12
February”, “goes to the polls in May”) may be the last one or the next:
both years are offered, neither applied unasked. A headline's
infinitive looks ahead (“Bin collections to start in February” → 2027),
as do “the next meeting, in February” and “as soon as February”. A year given
before for the same day is not a date to come's (“will be held on 11
January, the 134th anniversary” of “11 January 1893” gets 2027). A day
the report gave as to come keeps its year where it is named again in a
past clause that looks ahead (“ShoreLink said tickets bought before 13
December ... would remain valid” after “from 13 December” gets 2026). A month
joined to a later one of the same year takes its year after the later,
as the later's own fix does (“between April and June” → “between April
and June 2026”; both findings stay, their fixes one edit; a range “to” its
end is in the end's year even where the start alone would look ahead: “the
October to December quarter will follow on 12 February 2027” → “October to
December 2026”); one
joined across a year's end is in the year after (“from November to
February” → “from November 2026 to February 2027”), counted back from
the later month in a clause told in the past (“ran from November to
February” → “from November 2025 to February 2026”). A plan told in the
past perfect no longer holds: “had been planned for September but was
pushed back” is the September gone this year. A verb the same in both
tenses after its subject is past (“The Bank of England cut interest rates
to 3.5% at its meeting on 6 November and is widely expected to cut again”
is 6 November 2026), a host played is no fixture (“last played host to the
final in May”), and what someone expects of a month, what market pricing implies, a possibility not ruled out, or what is booked for
a date is to come (“the bank still expected a cut in February”, “now implies the first reduction in May”, “said a full walkout in January could not be ruled out”, “vehicles
booked in after 19 December”, “has already booked its first gala in the new pool for 14 February”), and the one before of what comes round is gone (“The company's previous trading update, in January, showed”, “The bank's last rate increase, in January, was”), and so is what was done before the clause's act (“holds its rate at 0.75%, after raising it from 0.5% in January”) and the change of the month just gone (“said the October fall was likely to be partly reversed”, written in November). A phrase of time opening the sentence takes the tense of the clause after its comma (“In March, the council will vote” → 2027), unless that clause is a saying told in the past, which the phrase dates (“In a July 16 press conference, Jobs said that all buyers would be eligible”). A decision's act soon after the writing is to come with a tally and a day between (“voted 5-2 on Tuesday to raise water rates by 14% starting January 1” → 2027), and so is the deadline of what was decided or asked (“urged ministers to agree a new contract before April”), what is yet to be decided (“divided over whether to lower interest rates again in December”) and the date of what takes effect (“The new rates take effect with bills mailed in February”), and a calendar told in the present (“Paris-Roubaix takes place a week after Flanders, on 11 April”, “Gent-Wevelgem follow in late March”). A level's “to” is no
infinitive that looks ahead: “It began rising to 67 in May and will reach
67” is May gone. Any such month is no date: “at any point in a November
since records began” is not flagged, nor is the name of what comes round in a month (“the January window”, “the January sales”). A month
joined to one after “each” or “every” recurs (“held each May and August
bank holiday”). A month that
names its noun's time takes the year after the noun (“moved from its
November slot in 2015” is not flagged). A participle
after a determiner or a possessive describes its noun and tells no past
(“as part of the festival's extended programme on 3 December”).

Not flagged: dates with a year (after a bracket that closes on the
date too: “Quarter 3 (July to September) 2026”); months used as names (an edition: “the
September jobs report”, “Our October report”); recurring dates
(“every 1 May”, “reset every 1 January, 1 April, 1 July and 1 October”, “1 May to 30 September of each year”, the dates of a round within the year, three or more listed: “reviews the cap every three months, and new levels take effect on 1 January, 1 April, 1 July and 1 October”, “twice a year, in
April and October”, what falls on a date of a round of years, told in the
present: “is elected every four years, and the winner takes office on
January 1”, the days a yearly round leaves out: “every day of the
year except 25 December”, the season of a weekly round: “every Saturday from March to December”, not “every Saturday in January”, a norm for a time
of every year: “a five-year average of 67% for mid-September”, “2C above
normal for October”, “unusually high for late November”, a record or average for that time of every year:
“would break the November record”, “the lowest level for late November since
records began”, “has been run in
November since 2005”, a habit of the
seasons: “The rainy season usually lasts until late September”, a date kept
every year: “has never missed its Oct. 1 deadline”, “always closes on 24
December”, “held each year on the last weekend of October”, when an
annual event is held: “an annual festival ... held over three nights in
late October”, a season of the year: “The peak season for retail imports
runs from August to November”, a habit in the date's clause: “the
ploughing match traditionally takes place on the second Saturday in
October”, and the habit's verb reaching over a list of places to its
month: “The short rains that normally arrive across northern Kenya,
southern Ethiopia and Somalia in October”, a season's pattern told in the present: “Flow is highest in April
and May ... and lowest in August and September”); dates inside
a block quotation whose source is given, and inside a
direct quotation; the dates of a list its yearly words close (“on 1 January,
1 April, 1 July and 1 October each year”), and a month of the reader's own
story (“30 years after the April you were first due to repay”). What is
added for a date is to come (“two extra matinees have been added for 5 and
12 December” → 2026); a “when” clause's modal does not turn a simple past
forward (“lost 3,100 hours to waiting in October, when paramedics must
stay”), and a participle that places its noun is no past act (“- two
extra crews based in Stayton from December 1;” → 2026); what someone
targets or hoped to do is to come (“is now targeting the London Marathon
in April”, “hoped to run for England ... in March” → 2027), and so do a
deadline in a reader's condition (“If you have not received a letter by 31
January, you should” → 2027) and the items of a list of steps set out (“The
ICB has set out the following steps:”); a past act at a part of a month is
past whatever the main clause's verb (“face higher costs after the cap rose
again at the start of October” → 2026). A range across the year's end
takes two years (“seen between 1 November and 31 March was tested” → 1
November 2025, 31 March 2026), and a range the writing falls in keeps its
start's year (“between Nov. 14 and Dec. 1”, written on 20 November →
2026). The window of a yearly scheme is not flagged, nor a round's frequency over a range of months (“collected monthly between November and February”; “for each seven-day
period of very cold weather between 1 November and 31 March”).

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
looks forward in the date's own clause (read as the time recogniser reads
a weekday's tense, and by the phrases below; not “would have”, what would
have been had the past been otherwise: “would have saved households £340
in the year to September had it been in force” is past: “will meet on 3 October”,
“The full group, which meets on Nov. 30”, a
fixture in the present: “Castlebridge host Ashford Rovers on 28
November”, a start in the present: “the Finals in Turin, which begin on 15
November” (not “Talks did not begin on 3 October”), a deadline or an opening in the present: “Consultation closes:
9 January”, “Nominations close on 22 May”, a reopening: “when the window reopens in
January”, a date something is put off
to: “voted to continue the hearing to Feb. 11”, “Budget vote pushed to
Sept. 22”, a change that takes
effect: “The tax changes take effect on 6 April”, a list item's change from
a month on: “a rise in the living wage to £13.05 an hour from April”, a
list item with no tense of its own after a lead-in that looks ahead (“The
company said the cuts would be made in three stages:” then “3. The
remaining 350 roles, by the end of March.”; what someone was asked, told or
urged to do, in the active: “The panel asked the force to return in
February” (not the passive “He was asked to leave in February”); what
markets “are pricing in”; a ticket to an event: “a Golden Ticket to the
Western States 100 in June”; or a lead-in that names what
is to come or is called for: “Rovers' next three fixtures:”, “The charity is
calling for:”; a list item's tense is read in
its own words, not the item's before: “2. Guidance published: early 2027”
does not make “3. Cap takes effect: 1 April” past), a change that runs from or to a date: “The freeze applies from 6 April”,
“The contract ends in December”, an obligation: “must pay the penalty by
31 March”, work to be done by a date: “a review of staffing levels to be
completed by March”, a purpose: “so that new fares can be published by 2
March”, one more of something: “to justify another cut in December”, an
arrangement in the present: “sessions being held across the city in
December”, a thing's plan told in the present: “It transfers to the Lyric
Hammersmith in January”, “the autumn season, which continues with ... from
6 November”, a forecast's odds: “a 60 percent chance of above-normal
temperatures through November”, “unlikely before the end of November”, an expectation: “the studio expected the
film to play well into October”, “The airline expects the last of those jets
to return to service in June”, a release on a timetable told in the
present: “Third-quarter GDP is published at the end of October”, advice: “Submit a meter reading on or just
before 31 December”, a heading of advice: “What to do before 1 March” (not
a name that opens with a verb: “Visit Cornwall estimates that visitors
came ... between April and September”), what must not happen: “warned that
the Budget on 25 November must not add to inflationary pressure”, a hedged
end: “to stay on strike through at least Dec. 4”, a
list item's phrase of its own from a date: “- a £250 hardship payment ...,
paid from 26 October;”; not the date of a saying: “It
said in November that spending would rise”, “Asda's chairman, Roger Pell,
told investors in July that the turnaround would take three years”; not what has gone on since a month or an event: “its first move since
August, but warned that further cuts would come only gradually”, “has been
on bail since his arrest on 14 November”; not a past act a participle tells
right after its noun: “to the heights seen on 11 October”, nor the
setting of a saying before its “that” (“The OBR forecast at the Budget on
12 November that the economy would grow”), nor an earlier value compared
(“down from 3.1% in September”), nor “planned” as a noun's adjective
(“because of planned maintenance in July”), or opening the
aside the date closes: “The deal, first put to unions on October 29, will
raise ...”, nor a date something is backdated to: “will be backdated to 1
September”, “a 5% raise retroactive to September 1”, whatever the clause
expects, nor a plan for a date just gone, told as undone: “the ceremony
planned for November 11 had already been cancelled”; a date inside what
someone said, with no “that”, looks ahead with the complement's modal:
“said a hike in January would be awkward” (not “would have”); so do a date
set for a thing (“set sentencing for March 12”), an outlook in the present
(“said it still sees a December cut as likely”) and, with both years
offered, a request for a month just ahead (“had been asked to cancel annual
leave in December”); a day the report dated before takes the year it gave
(“admitted on 11 March 2023” then “died on the afternoon of 11 March” →
“11 March 2023”), and so does a date under a heading that gives its
section's year (“### 2025: Madrid title” then “in July” → “July 2025”; not
a year a comparison in it reaches back to: “highest since 2016”; nor a year
to come for a date told in the past: “profit rose in the 12 months to
September 30” under “... warns on 2027 capacity”); a deadline told in the
present is to come (“are looking at extending it to every practice by
March”); a plan since changed is read for the nearer of the two,
behind or ahead: “was originally scheduled for November 6” (written on 27
November) is the one just gone, “was initially due on 3 December” the one
to come, and so is the date a plan was moved from (“a meeting brought
forward from December 18”); so is an offer “from January”, a departure
(“leaves office in January”), the bound of an expected move (“had not
expected a move before December”), a date after a plan's participle and
its noun (“until the scheduled assessment on 10 December”, unless a past
follows: “The planned strike on 3 November went ahead”) and a month early
in the year “this winter”; a price on a day just gone is gone (“the
closing price on November 20”) (but a plan looks ahead: “the ruling expected on 3 March”,
and so does an event set for a date: “has notified a second 24-hour strike
for 1 October”, not one told in the past after it: “The strike for 1
September went ahead”; so does a date with a condition after it: “voted to
walk out on 8 December if the district does not improve its offer”, a
“when” clause after it that looks ahead: “higher costs from April, when the
national living wage will rise”, a day a meeting has been called for: “a
public meeting has been called at the village hall on 3 December”, what
attention turns to: “Attention now turns to the London sales in March”,
a date something is to be moved to: “called for it to move to early
October”, and what still needs to be done: “still need to be formally
adopted by the EU Council in December” (not a time that ran out, told with
its length: “worked at the clinic for five months until October”); an adverb between an auxiliary and its verb changes
nothing: “will be formally announced on 3 December” looks ahead; a year
right after the month is its own: “goes on sale in late October from
2027” has no finding),
nor a relative clause's own past: “a tour that opened in Dublin on 8
September and closes in Lisbon on 12 December” (the 12 December looks
ahead), nor a past tense after its subject, the date its adjunct: “The
minister visited the works on 3 September and said the government would
act” (not an adjective: “will unveil the revised plan on 3 December”);
not “In a letter dated 2 September, the agency said designs
would need approval”, nor a document's date: “confirmed in a customer
advisory dated 9 October that it would levy a fee”, nor a fixture's verb used
as a noun: “refused to work the face on 3 October”, nor an act a participle tells just
before the date: “changes announced in the Autumn Budget on 26 November will
raise costs” (a passive to come looks ahead: “will be announced on 3
December”, “The deal, to be signed on 3 December,”), nor a relative clause after a
date in the past: “passed a stopgap bill on September 30 that runs only until
November 21”, nor a past perfect before it: “that it had inspected the home on
3 October and rated it “requires improvement”” (a quotation's words are
not the clause's tense), nor what was due or a cause: “the day before she
was due to be admitted”, “called off due to the weather”, nor the month a
set of figures covers: “will publish October's inflation figures”, “October's figure is likely to be revised”, nor a day of the five before the writing: “the budget on 26 November would put money back”, written on 27 November, nor what a judgment follows: “follows a nine-day hearing in September”, nor a past verb right before “until”: “believed until late October”, “did not leave until October 9”, nor what a past verb after the date says: “A report by the Local Government Association in June estimated that councils would need to spend”, nor a possessive's noun: “near the children's play area on 14 June”, nor things listed for sale: “leases listed for sale ... between August and October”; but what may yet happen, what tickets are sold for and a squad just named look ahead: “Further strike days in January are possible”, “Tickets for the return fixture on 14 February went on sale”, “has been named in the squad for the Swim Cup in March”, a term that ends: “The terms of two board members end in April”, and a period an infinitive staffs or covers: “to staff the clinics through December”, a job booked: “had been booked to repair the ceiling on 3 December”, a month a plan is set for: “the capital markets day scheduled for February”, “the increase pencilled in for April”, what is trained for or qualified for: “treated the race as preparation for the finale in Dubai on 12 December”, “as a qualifier for the Marathon Swim Series final in February”, a decision's act by a deadline: “voted on Wednesday to shut three pools by the end of March”, and one asked of others: “urged ministers to publish the plan by the end of March”, “has recommended that the government publish a timetable by the end of March” (not a deadline in the six weeks before the writing: “Residents were asked to register by 20 November”), a forecast in the present: “currently predicts a cap of £1,768 from April”, a likely date: “likely in January”, and an infinitive after a comma that hangs on an intention: “She intends to ... and, for the first time in three decades, to take a holiday in August”). A period paid or covered to the end of a month soon after the writing (“all had been paid to the end of December”) gets both years, unsafe, and so does a plan told in the past for a month soon after the writing (“an exhibition he was due to play in Abu Dhabi in December”); the start of a range that ends later in the same year is not soon after (“between January and September”). A story's year more than a year after the writing, or after it for a date since which something has gone on, is not offered. A possessive month takes
its year before the “'s” (“January 2027's rise”). A month named from the
writing is rewritten whole, its preposition kept (“from next April” →
“from April 2027”, “in last April's storm” → “in April 2026's storm”). A date that names its weekday
takes the year, of the document's and the ones either side, in which it
falls on that weekday (document 2025-10-03: `Monday 13 October` → `Monday
13 October 2025`), unless its clause looks ahead and that year puts it
before the document date (“will meet on Tuesday, 9
December”, written on 27 November 2026, when 9 December 2026 is a
Wednesday): the weekday or the day is wrong, the message says so, and
both years are offered as **unsafe** fixes. Without a document date the fix inserts an **unsafe**
`[YEAR]` placeholder. A date less than two months after the document's, in
a clause that does not say which way it looks (“The Budget on 26 November
is the main risk”, written on 20 November; and one that was then to come:
“A cut in December was possible”), gets both years as **unsafe**
fixes, and so does “last September” written later in the same year (the
September just gone, or the one before?), and the month a period was meant to last to (“rejected his
amendment to keep both branches open through June”). A spaced range of
days gets its year after the last day (“conducted October 18 to 22” →
“October 18 to 22, 2026,”). A clause with no verb of its own inside or at the end of its
sentence (“The strikes, on 8, 9 and 10 December, will halt services”) is
asked with the nearest clause that has one, other than a saying's tag
(“..., and health coverage through January, the company said” is asked
with the clause before it), and so is a clause led by a participle (“The
funeral will be private, followed by a public service on 19 December”).
“next year” elsewhere in a past clause does not make it look ahead
(“Prices had fallen 9% in September on worries about a glut next year”).
When one of the two paragraphs before dates its story in another year (“was
injured on 21 September 2024 ... He returned to training in April”), or its
own paragraph does so later in an earlier year (“In August, Mr Okafor was
called ... before the final meeting on 14 November 2024”), a fix
that does not look ahead is **unsafe**, and that story's year is offered
too: the date may belong to that story. A future told from a past (“had
been unsure whether he would start after a fractured collarbone in
August”) may lie either side of the writing: both years are offered,
**unsafe**, the past first.
"#,
};

/// Words that look forward, each between spaces as it is searched for in
/// the lower-case sentence (those that open a sentence with no space
/// before them).
const FORWARD: &[&str] = &[
    " will ", " shall ", " scheduled ", " upcoming ", " is due ", " are due ", " plans to ", " planned for ", " to be held ", " expected to ",
    " pencilled in ", " penciled in ", " slated for ", " earmarked for ", " timetabled for ",
    // a forecast in the present: "currently predicts a cap of £1,768 from April"
    " predicts a ", " predicts that ",
    " would ", " until ", " deadline ", " is expected ", " are expected ", " expected by ", " preparing to ", " prepares to ", " prepare to ",
    " intends to ", " intend to ", " booked to ", " likely in ", " likely by ", " aims to ", " aim to ", " requiring ", " requires ", " hopes to ", " hope to ", " hoped to ", " targeting ", " targets ", " aiming for ", " going to ", " in the coming ", " in the run-up to ", " ahead of ",
    // what is awaited: "cutting rates in anticipation of a move in February"
    " in anticipation of ", " in expectation of ",
    // what is trained for: "had treated the race as preparation for the
    // finale in Dubai on 12 December"; "as a qualifier for the Marathon
    // Swim Series final in February")
    " preparation for ", " build-up to ", " buildup to ", " qualifier for ",
    // what is in prospect: "loaders who stand to be moved to a lower grade in April"
    " stand to ", " stands to ",
    // a hearing set down for a day: "The appeal has been listed for 9 February"
    " been listed for ", " is listed for ", " are listed for ", " was listed for ", " set down for ",
    // whatever comes: "Whatever happens in April, she will race again"
    "whatever happens ",
    // what markets expect: "Markets currently price in one more cut by the
    // end of March"
    " price in ", " prices in ", " are pricing in ", " is pricing in ",
    // (a place won at what is to come: "earns Okafor a Golden Ticket to the
    // Western States 100 in June")
    " ticket to ", " tickets to ",
    // and what they bet on: "pricing a 60% probability of a cut at the
    // February meeting", "traders pared back bets on a December move"
    " probability of ", " bets on ",
    // what tickets are sold for is still to come: "Tickets for the return
    // fixture at Wexley on 14 February went on sale this morning"
    "tickets for ",
    // what may yet happen: "Further strike days in January are possible"
    " are possible", " is possible", " remain possible", " remains possible",
    // a term in the present: "The terms of two board members end in April"
    " members end ", " terms end ", " contracts end ", " term ends ", " contract ends ",
    // a squad just picked is for what is to come: "She has also been named
    // in the British squad for the Swim Cup in Eindhoven in March"
    " has been named in ", " has also been named in ", " have been named in ", " has been selected ", " has also been selected ", " have been selected ", " has been called up ", " have been called up ",
    // a move or a fitness doubt in the present: "The production transfers
    // to the Theatre Royal Bath in February", "is a doubt for the opener
    // on 12 December"
    " transfers to ", " moves to ", " returns to ", " a doubt for ",
    // a fixture in the present: "Castlebridge host Ashford Rovers on 28 November"
    // (and the verbs of FIXTURE_VERBS)
    " travel to ", " travels to ", " reconvene ", " reconvenes ", " kick off ", " kicks off ",
    // a sale set for a date: "The phone goes on sale December 4"
    " goes on sale ", " go on sale ",
    // a birth to come: "the couple are expecting their first child in April"
    " are expecting their ", " is expecting her ", " is expecting his ", " is expecting their ",
    // work to be done by a date: "a review of staffing levels to be
    // completed by March"
    " to be completed ", " to be finished ", " to be delivered ", " to be published ",
    // a purpose: "so that new fares can be published by 2 March"
    " so that ",
    // an arrangement in the present: "drop-in sessions being held across
    // the city in December"
    " being held ",
    // a change in the present that starts on a date: "The tax changes take effect on 6 April"
    " take effect ", " takes effect ", " come into force ", " comes into force ", " come into effect ", " comes into effect ",
    // ... or runs from or to one: "The freeze applies from 6 April", "The contract ends in December"
    " applies from ", " apply from ", " ends in ", " ends on ", " expires in ", " expires on ", " expire in ", " expire on ",
    // a forecast's odds: "a 60 percent chance of above-normal temperatures through November"
    " chance of ", " likely to ",
    // a prediction of when: "which Southvale said was unlikely before the end of November"
    " unlikely before ", " unlikely until ", " likely before ", " no earlier than ",
    // a release on a timetable, told in the present: "Third-quarter GDP is
    // published at the end of October"
    " is published ", " are published ", " is released ", " are released ", " is announced ", " are announced ",
    // a demand or a recommendation in the present: "The report calls for
    // the council to review its guidance by 31 March"
    " calls for ", " call for ", " urges ", " recommends ",
    // what is still needed: "The figures still need to be formally adopted
    // by the EU Council in December"
    " need to be ", " needs to be ", " still need to ", " still needs to ",
    // what comes next, in the present: "Attention now turns to the London
    // sales in March"
    "attention turns to ", "attention now turns to ", "focus turns to ", "focus now turns to ", "focus shifts to ", "attention shifts to ",
];

/// A fixture's verb in the present, which looks forward like [`FORWARD`]'s
/// words but is a noun after a determiner ("refused to work the face on 3
/// October"); so does a start in the present ("the Finals in Turin, which
/// begin on 15 November").
const FIXTURE_VERBS: &[&str] = &[
    " host ", " hosts ", " face ", " faces ", " resume ", " resumes ", " begin ", " begins ", " starts ", " expire ", " expires ",
    // ("Paris-Roubaix takes place a week later, on 11 April", "The E3 Saxo
    // Classic and Gent-Wevelgem follow in late March": a calendar told in
    // the present)
    " takes place ", " take place ", " follow in ", " follows in ", " follow on ", " follows on ",
    // (a departure set for a date: "who is term-limited and leaves office
    // in January", "steps down in March")
    " leaves office ", " steps down ", " stands down ",
];

/// Whether one of [`FIXTURE_VERBS`] is in the lower-case clause as a verb,
/// found by the automaton that found the list there (every occurrence of
/// every verb, overlapping: no search of its own per verb).
fn has_a_fixture_verb(lower: &str) -> bool {
    FORWARD_OR_FIXTURE.find_overlapping_iter(lower).any(|m| {
        if m.pattern().as_usize() < FORWARD.len() {
            return false;
        }
        let before = lower[..m.start()].rsplit(|c: char| !c.is_alphanumeric()).find(|p| !p.is_empty()).unwrap_or("");
        // (nor a negated past: "Talks did not begin on 3 October")
        // (nor a noun: "played host to the final in May")
        !matches!(before, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that" | "whose" | "not" | "never" | "did" | "didn't" | "played" | "play" | "plays" | "playing")
    })
}

/// Whether a lower-case clause looks forward: a word of [`FORWARD`], or one
/// of the readings below (its words split once for all of them).
fn clause_looks_forward(lower: &str) -> bool {
    // (an aside of what is to be done: "The deal, to be signed on 3
    // December, will ...")
    if lower.trim_start_matches([',', ' ', '—', '–']).starts_with("to be ") {
        return true;
    }
    // ("worked at the clinic for five months until October": a time that
    // ran out, told with its length, is no "until" to come)
    // (nor a negated past: "did not leave until October 9", "was not
    // repaired until March", as the time recogniser reads a weekday)
    let until_ran_out = |at: usize| {
        let mut back = lower[..at].split_whitespace().rev();
        let unit = back.next().unwrap_or("");
        // (the count between: "for five months")
        if matches!(unit, "days" | "weeks" | "months" | "years") && back.nth(1) == Some("for") {
            return true;
        }
        let before: Vec<&str> = lower[..at].split_whitespace().rev().take(10).collect();
        let negated_past = before.iter().any(|w| matches!(*w, "not" | "never" | "didn't" | "didn’t" | "wasn't" | "weren't"))
            && before.iter().any(|w| matches!(*w, "did" | "didn't" | "didn’t" | "was" | "were" | "wasn't" | "weren't" | "had" | "could"));
        // (nor a past verb right before it, with nothing that looks ahead:
        // "The campaign believed until late October that ...")
        let past_right_before = before.first().is_some_and(|w| crate::analysis::figures::is_past_form(w) && !crate::analysis::time::may_still_hold_until(w))
            && !before.iter().take(6).any(|w| crate::analysis::time::still_holds_before_until(w));
        negated_past || past_right_before
    };
    // (one automaton finds whether any word of the lists is there at all:
    // most clauses hold none, and a search per word cost ten thousand
    // instructions a clause)
    // ("would have saved households £340 in the year to September had it
    // been in force": what would have been, had the past been otherwise,
    // is past)
    let forward_word = |w: &&str| match *w {
        " until " => lower.match_indices(w).any(|(at, _)| !until_ran_out(at)),
        " would " => lower.match_indices(w).any(|(at, w)| !lower[at + w.len()..].starts_with("have ")),
        // (not an inspector's grade: "rated the service as requiring
        // improvement", "was rated requires improvement")
        " requiring " | " requires " => lower.match_indices(w).any(|(at, w)| !lower[..at].ends_with(" as") && !lower[..at].ends_with(" rated") && !lower[at + w.len()..].starts_with("improvement")),
        _ => lower.contains(w),
    };
    let any_listed = FORWARD_OR_FIXTURE.is_match(lower);
    if any_listed && (FORWARD.iter().any(forward_word) || has_a_fixture_verb(lower)) || due_ahead(lower) {
        return true;
    }
    obliges(lower) || later_readings(lower)
}

/// The words of [`FORWARD`], then those of [`FIXTURE_VERBS`], in one
/// automaton: whether a clause holds any of them at all.
static FORWARD_OR_FIXTURE: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    aho_corasick::AhoCorasick::new(FORWARD.iter().chain(FIXTURE_VERBS)).expect("the forward words build an automaton")
});

/// An obligation: "must resit the subject in November" (not "must have
/// known in March").
fn obliges(lower: &str) -> bool {
    lower.match_indices(" must ").any(|(at, m)| !lower[at + m.len()..].starts_with("have "))
}

/// The readings of [`clause_looks_forward`] that read the clause's words.
fn later_readings(lower: &str) -> bool {
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    schedules(&words) || expects_it_to(&words) || present_of_a_thing(&words) || sets_a_date_for(&words)
}

/// "Judge Elena Marquez set sentencing for March 12", "The council has set
/// a date for 3 March": a date set for a thing is to come.
fn sets_a_date_for(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        matches!(*w, "set" | "sets" | "fixed")
            && words.iter().enumerate().skip(k + 1).take(4).find(|(_, n)| **n == "for").is_some_and(|(f, _)| {
                words.get(f + 1).is_some_and(|m| crate::analysis::time::month_from_name(m).is_some() || m.bytes().all(|b| b.is_ascii_digit()) && m.len() <= 2)
            })
    })
}

/// "October's inflation figures", "the September jobs figures": a month
/// (with no day) as the period a set of figures covers, the figures a word
/// or two after it.
fn names_a_data_period(text: &str, kind: &TimeKind, span: Span) -> bool {
    if !matches!(kind, TimeKind::MissingYear { day: None, .. }) {
        return false;
    }
    let data_noun = |w: &str| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase().as_str(),
            "figures" | "figure" | "reading" | "print" | "data" | "statistics" | "numbers" | "inflation" | "jobs" | "payrolls" | "unemployment" | "sales" | "gdp" | "borrowing" | "trade" | "output" | "cpi" | "quarter"
                // ("in line with the September consumer prices index")
                | "consumer" | "index" | "rpi" | "cpih"
        )
    };
    let after = text.get(span.end..).unwrap_or("");
    let after = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).unwrap_or(after);
    after.starts_with(' ') && after.split_whitespace().take(2).any(data_noun)
}

/// "Quarter 3 (July to September) 2026": the year right after the bracket
/// that closes on the date.
fn year_after_its_bracket(text: &str, span: Span) -> bool {
    let after = text.get(span.end..).unwrap_or("");
    after.strip_prefix(')').map(str::trim_start).and_then(|rest| rest.get(..4)).is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()) && (y.starts_with("19") || y.starts_with("20")))
        && !text.get(span.end + 1..).unwrap_or("").trim_start().get(4..5).is_some_and(|c| c.bytes().all(|b| b.is_ascii_digit()))
}

/// `text[clause]` in lower case, the quotations the analysis found in it
/// blanked.
fn lower_without_quotations(text: &str, clause: Span, quotes: &[crate::analysis::quotes::Quote]) -> String {
    let mut out = String::with_capacity(clause.len());
    let mut at = clause.start;
    for q in quotes {
        if q.span.start >= clause.end || q.span.end <= at {
            continue;
        }
        let (start, end) = (q.span.start.max(at), q.span.end.min(clause.end));
        out.push_str(&text[at..start]);
        out.extend(std::iter::repeat_n(' ', text[start..end].chars().count()));
        at = end;
    }
    out.push_str(&text[at..clause.end]);
    out.to_lowercase()
}

/// "The vote, due to take place on 3 December": something due to happen.
/// Not what was due ("the day before she was due to be admitted": a past
/// plan) nor a cause ("cancelled due to the weather in March").
fn due_ahead(lower: &str) -> bool {
    lower.match_indices(" due to ").any(|(at, m)| {
        let before = lower[..at].rsplit(' ').next().unwrap_or("");
        let after = lower[at + m.len()..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        !matches!(before, "was" | "were" | "been") && !crate::analysis::time::names_a_cause(after)
    })
}

/// "the studio expected the film to play well into October", "expects
/// prices to fall in March": an expectation with its subject between.
fn expects_it_to(words: &[&str]) -> bool {
    // ("expects the last of those jets to return to service in June": a
    // noun phrase of a few words between)
    words.iter().enumerate().any(|(k, w)| matches!(*w, "expect" | "expects" | "expected" | "expecting") && words[k + 1..].iter().take(7).any(|n| *n == "to"))
}

/// "It transfers to the Lyric Hammersmith in January", "the autumn season,
/// which continues with ... from 6 November": a thing's plan told in the
/// present (a pronoun or "which" and a verb in -s), which looks ahead.
fn present_of_a_thing(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        // (an adverb may come between: "it still sees")
        let verb = match words.get(k + 1) {
            Some(&("still" | "now" | "also" | "currently" | "already")) => words.get(k + 2),
            next => next,
        };
        let Some(&verb) = verb else { return false };
        matches!(*w, "it" | "which" | "he" | "she")
            // ("JPMorgan said it still sees a December cut as likely": an
            // outlook, in the present)
            && (verb.len() > 4 || verb == "sees")
            && verb.ends_with('s')
            && !verb.ends_with("ss")
            && !matches!(verb, "says" | "seems" | "appears" | "remains" | "means" | "looks" | "happens" | "does" | "needs" | "includes" | "follows" | "reflects" | "suggests" | "shows" | "describes" | "explains" | "recalls" | "admits" | "insists" | "argues" | "believes" | "thinks" | "notes" | "claims")
    })
}

/// Whether the line that introduces a list item's list looks forward: "The
/// company said the cuts would be made in three stages:" then "3. The
/// remaining 350 roles, ..., by the end of March." (an item with no verb of
/// its own is told in its lead-in's tense).
/// The lead-ins are tabulated once per check, in [`RuleContext::lead_ins`]
/// (walking back over a long list for each of its dates made it
/// quadratic).
pub(super) fn lead_in_looks_forward(cx: &RuleContext<'_>, item: &crate::analysis::BlockAnalysis) -> bool {
    let blocks = &cx.analysis.blocks;
    let before = blocks.partition_point(|b| b.span.end <= item.span.start);
    let leads = cx.lead_ins.get_or_init(|| {
        let mut last = 0;
        std::iter::once(0)
            .chain(blocks.iter().enumerate().map(|(k, b)| {
                if b.kind != crate::document::BlockKind::ListItem {
                    last = k + 1;
                }
                last
            }))
            .collect()
    });
    let Some(lead) = leads[before].checked_sub(1).map(|k| &blocks[k]) else { return false };
    let Some(last) = lead.sentences.last() else { return false };
    let text = cx.slice(last.span).trim_end();
    // (or names what is to come, or what is called for: "Rovers' next
    // three fixtures:", "The charity is calling for:", "The ICB has set
    // out the following steps:")
    let lower = format!(" {} ", text.to_lowercase());
    let names_what_is_to_come = [" next ", " upcoming ", " coming ", " forthcoming ", " calling for", " calls for", " call for", " demands", " wants", " following steps", " steps:", " timetable:", " timeline:"].iter().any(|w| lower.contains(w));
    lead.kind == crate::document::BlockKind::Paragraph && text.ends_with(':') && (names_what_is_to_come || clause_looks_forward(&lower))
}

/// "asked the force to return" (the words right before a date): a
/// request in the active, its object between, and the infinitive asked
/// for last (not the passive "was asked to leave", told of the past).
fn asked_to_act_at(words: &str) -> bool {
    let words: Vec<&str> = words.split(' ').collect();
    let Some(to) = words.len().checked_sub(2).filter(|&to| words[to].eq_ignore_ascii_case("to")) else { return false };
    words[..to].iter().enumerate().any(|(k, w)| {
        matches!(w.to_ascii_lowercase().as_str(), "asked" | "urged" | "told" | "ordered" | "instructed" | "invited" | "directed")
            && k + 1 < to
            && !words[..k].last().is_some_and(|b| matches!(b.to_ascii_lowercase().as_str(), "was" | "were" | "been" | "being"))
    })
}

/// Whether a lower-case clause has a tensed word (an auxiliary or a form
/// of "be", "have", "do"): a list item without one is told in its
/// lead-in's tense.
pub(super) fn has_a_tense(lower: &str) -> bool {
    lower.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "is" | "are" | "was" | "were" | "will" | "would" | "has" | "have" | "had" | "can" | "could" | "did" | "does" | "do" | "may" | "might" | "must" | "shall" | "should" | "been"))
}

/// "Submit a meter reading on or just before 31 December": a sentence that
/// opens with an instruction (`data/imperative-verbs.txt`).
/// (and a heading or sentence of advice: "What to do before 1 March", "How
/// to claim by 31 January")
fn opens_with_an_instruction(sentence: &str) -> bool {
    let mut words = sentence.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let second = words.next();
    let advice = matches!(first, "What" | "How" | "When" | "Where") && second == Some("to");
    // (not a name that opens with a verb and is the subject of the next:
    // "Visit Cornwall estimates that"; "Contact Citizens Advice before 1
    // March" is an instruction)
    let third = words.next().unwrap_or("");
    let name = second.is_some_and(|w| w.starts_with(char::is_uppercase)) && third.starts_with(|c: char| c.is_ascii_lowercase()) && (third.ends_with('s') || third.ends_with("ed") || third == "said");
    // (nor a gerund subject: "Contact tracing coverage dropped to 54
    // percent ... in September")
    let mut practice = || crate::analysis::claim::gerund_subject_then_verb([second.unwrap_or(""), third, words.next().unwrap_or(""), words.next().unwrap_or("")]);
    advice || !name && first.chars().next().is_some_and(char::is_uppercase) && crate::analysis::claim::is_imperative_verb(&first.to_lowercase()) && !practice()
}

/// A participle of a plan or a need ("scheduled", "expected", "due",
/// "required"): a date after it is still to come, not an act done.
fn names_a_plan(word: &str) -> bool {
    matches!(word, "expected" | "scheduled" | "planned" | "proposed" | "intended" | "due" | "slated" | "set" | "timed" | "pencilled" | "penciled" | "booked" | "needed" | "required")
}

/// Whether the words before a date expect something of it: "said the bank
/// still expected a cut in February", "implies the first reduction in May"
/// (not what was or had been expected).
fn expects_of_the_month(words_before: &str) -> bool {
    // (a handful of words: walked again rather than collected)
    let word = |k: usize| words_before.split(' ').nth(k);
    // (or what market pricing implies or a forecaster predicts: "now
    // implies the first reduction in May", "predicts a rise in March")
    let Some(at) = words_before.split(' ').enumerate().filter(|(_, w)| is_one_of(w, &["expect", "expects", "expected", "expecting", "implies", "imply", "predicts", "predict"])).last().map(|(k, _)| k) else { return false };
    words_before.split(' ').count() - at <= 4
        && word(at + 1).is_some_and(|w| is_one_of(w, &["a", "an", "another", "further", "more"]) || w.eq_ignore_ascii_case("the") && word(at + 2).is_some_and(|n| is_one_of(n, &["first", "next"])))
        && !at.checked_sub(1).and_then(word).is_some_and(|w| is_one_of(w, &["was", "were", "had", "been"]))
}

/// Whether the words before a date end in what is booked or scheduled for
/// it, the participle right before it or before "in" / "for": "vehicles
/// booked in after 19 December", "the hearing scheduled for 3 March"; not
/// one told in the past ("was scheduled for") or since changed
/// ("originally scheduled for").
fn booked_for_the_date(words_before: &str) -> bool {
    let mut back = words_before.rsplit(' ');
    let last = back.next().unwrap_or("");
    let (plan, before) = if last.eq_ignore_ascii_case("in") || last.eq_ignore_ascii_case("for") { (back.next().unwrap_or(""), back.next().unwrap_or("")) } else { (last, back.next().unwrap_or("")) };
    is_one_of(plan, &BOOKED) && !is_one_of(before, &["was", "were", "had", "been", "originally", "initially", "previously"])
}

const BOOKED: [&str; 8] = ["booked", "scheduled", "planned", "slated", "pencilled", "penciled", "proposed", "intended"];

/// Whether the words before a date end in a participle of booking before
/// its noun, after an article or a possessive ("until the scheduled
/// assessment on 10 December"), and the rest of the sentence tells no past
/// of it ("The planned strike on 3 November went ahead" is gone).
fn booked_before_its_noun(words_before: &str, rest: &str) -> bool {
    let mut back = words_before.rsplit(' ');
    let noun = back.next().unwrap_or("");
    let booked = noun.bytes().all(|b| b.is_ascii_lowercase()) && back.next().is_some_and(|p| is_one_of(p, &BOOKED)) && back.next().is_some_and(|d| is_one_of(d, &["the", "a", "an", "its", "their", "his", "her", "our"]));
    // (a perfect after a modal is what would have been: "would have risked")
    booked && !rest.split(|c: char| !c.is_alphanumeric()).scan("", |before, w| Some((std::mem::replace(before, w), w))).any(|(before, w)| matches!(w, "was" | "were" | "went" | "took" | "did" | "had") || w.len() > 4 && w.ends_with("ed") && !matches!(before, "have" | "has" | "be" | "been"))
}

/// Whether a verb of booking stands among the words before a date "for"
/// it, told in no past tense that undoes it ("has already booked its first
/// gala in the new pool"; not "was booked", "had originally booked").
fn booked_before(words_before: &str) -> bool {
    let words: Vec<&str> = words_before.split(' ').collect();
    words.iter().enumerate().any(|(k, w)| {
        is_one_of(w, &["booked", "scheduled", "slated", "pencilled", "penciled"])
            && !k.checked_sub(1).and_then(|b| words.get(b)).is_some_and(|b| is_one_of(b, &["was", "were", "had", "been", "originally", "initially", "previously"]))
            && !words[k + 1..].iter().any(|later| later.ends_with(',') || is_one_of(later, &["and", "but", "which", "that", "who"]))
    })
}

/// Whether a modal that looks ahead comes within six words after a date
/// ("in January would be", "in March will cost"), not one of what would
/// have been.
fn modal_ahead_after(after: &str) -> bool {
    let mut words = after.split_whitespace().take(8);
    while let Some(w) = words.next() {
        if is_one_of(w, &["would", "will", "could", "might", "may", "shall"]) {
            let next = words.next().unwrap_or("");
            let next = if is_one_of(next, &["not", "never"]) { words.next().unwrap_or("") } else { next };
            return !is_one_of(next, &["have", "'ve"]);
        }
    }
    false
}

/// Whether the words right after a date go on in the past tense of
/// what became of a plan: "had (already) been cancelled", "was called
/// off", "were postponed".
fn told_undone_after(after: &str) -> bool {
    let mut words = after.split_whitespace().map(|w| w.trim_end_matches([',', '.', ';']));
    let Some(first) = words.next() else { return false };
    let had = first.eq_ignore_ascii_case("had");
    if !had && !is_one_of(first, &["was", "were"]) {
        return false;
    }
    let mut next = words.next().unwrap_or("");
    if is_one_of(next, &["already", "since", "then", "later"]) {
        next = words.next().unwrap_or("");
    }
    if had {
        if !next.eq_ignore_ascii_case("been") {
            return false;
        }
        next = words.next().unwrap_or("");
    }
    is_one_of(next, &["cancelled", "canceled", "postponed", "called", "scrapped", "abandoned", "moved", "delayed", "held", "dropped"])
}

/// Whether the words before a date end in a plan's participle after "had
/// been" ("had been planned", "had originally been scheduled").
fn had_been_planned(words_before: &str) -> bool {
    let mut back = words_before.rsplit(' ').map(str::to_ascii_lowercase);
    let plan = back.next().unwrap_or_default();
    let been = back.next().unwrap_or_default();
    let been = if is_ly_adverb(&been) { back.next().unwrap_or_default() } else { been };
    let had = back.next().unwrap_or_default();
    let had = if is_ly_adverb(&had) { back.next().unwrap_or_default() } else { had };
    names_a_plan(&plan) && been == "been" && matches!(had.as_str(), "had" | "'d")
}

/// A participle that places its noun rather than telling a past act
/// ("two extra crews based in Stayton from December 1").
fn names_a_place(word: &str) -> bool {
    matches!(word, "based" | "located" | "stationed" | "situated" | "housed")
}

/// An adverb by its ending ("formally", "officially"), which may stand
/// between an auxiliary and its verb.
fn is_ly_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly")
}

/// "the heights seen on 11 October", "the flights cancelled on Monday": a
/// past participle right after its noun (no auxiliary before it) dates
/// what was done; not a plan ("the vote expected on 3 December").
fn participle_dates_a_past_act(participle: &str, before: &str) -> bool {
    let past = crate::analysis::figures::is_irregular_past(participle)
        || matches!(participle, "seen" | "done" | "shown" | "given" | "taken" | "written" | "broken" | "struck" | "reached" | "recorded")
        || participle.len() > 4 && participle.ends_with("ed");
    let plan = names_a_plan(participle);
    let auxiliary = matches!(before, "be" | "been" | "being" | "is" | "are" | "was" | "were" | "will" | "would" | "has" | "have" | "had" | "to" | "not" | "it" | "they" | "he" | "she" | "we" | "i" | "you" | "who" | "which" | "that");
    // (an adverb is no noun: "will be formally announced on 3 December")
    let adverb = is_ly_adverb(before);
    past && !plan && !auxiliary && !adverb && !before.is_empty()
}

pub fn check(cx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
    let mut first_years = FirstYears::default();
    let mut known_years: Option<KnownYears> = None;
    // (month, day) -> the year a clause that looks ahead gave a year-less
    // day, or the year its sentence stated before it: the same day named
    // again later, where its clause does not say which way it looks, is
    // the same day ("layoffs would begin Jan. 30" ... "- Jan. 30: about
    // 220 workers laid off", "The 2027 Giro ... finish in Rome on 30 May"
    // ... "- Stage 21, 30 May"; not one told in the past: "The vote was
    // initially due on 3 October")
    let mut told_ahead: std::collections::HashMap<(i8, i8), i16> = std::collections::HashMap::new();
    // (the years the current block's story may be told in, found for its
    // first date that asks)
    let mut story_years: Option<StoryYears> = None;
    for (block, sentence) in cx.sentences() {
        for expr in &sentence.times {
            let TimeKind::MissingYear { .. } = expr.kind else { continue };
            let span = Span::new(expr.span.start, expr.span.end);
            if block.in_quote(span) || shares_the_next_year(cx.text(), &sentence.times, expr) || dated_by_a_relative_year(cx.text(), &sentence.times, expr) || cx.dateline.is_some_and(|d| d.overlaps(span)) {
                continue;
            }
            if first_years.stated_before(cx, block, expr) {
                // (a day whose sentence states its year before it is that
                // year's when named again: "The 2027 Giro d'Italia will
                // ... finish in Rome on 30 May" ... "- Stage 21, 30 May:
                // Ostia – Rome")
                if let TimeKind::MissingYear { month, day: Some(day), .. } = expr.kind
                    && let Some(year) = year_of_the_sentence(cx.text(), sentence.span, span)
                {
                    told_ahead.entry((month, day)).or_insert(year);
                }
                continue;
            }
            if recurring(cx.text(), expr) || names_an_edition(cx.text(), span) || cx.text()[span.end..].starts_with(" [YEAR]") || year_after_its_bracket(cx.text(), span) {
                continue;
            }
            // (the year-less months joined to it, after and before, found
            // once for both readings of the fix below)
            let (joined_after, joined_before) = (joined_month(cx.text(), &sentence.times, expr, true), joined_month(cx.text(), &sentence.times, expr, false));
            // (a month joined to a later one of the same year takes its
            // year after the later, as the later's own fix does: "between
            // April and June 2026", not "April 2026 and June 2026"; the
            // two fixes are one edit)
            let fix_expr = joined_after.filter(|&(_, month, later)| later > month).map_or(expr, |(later, ..)| later);
            let mut d = Diagnostic::new(Rule::MissingYear, span, quoted_message("Date “", cx.slice(span), "” has no year."));
            // Only a fix from the document date asks which way the sentence looks.
            // (asked of the date's own clause: in "In a letter dated 2
            // September, the agency said designs would need approval" the
            // "would" belongs to another clause)
            // (a clause with no verb of its own inside or at the end of its
            // sentence, "The strikes, on 8, 9 and 10 December, will halt
            // ...", ", with results in August", is asked with the nearest
            // clause that has one, the next first; an opening phrase is
            // not: "In a July 16 press conference, Jobs said buyers would")
            let clause = clause_around(cx.text(), sentence.span, span);
            // (what has gone on since a month began before the writing: "its
            // first move since August, but warned that ... would"; looks
            // neither ahead nor both ways)
            let led_by_since = |w: &str| w.eq_ignore_ascii_case("since");
            // (or since an event a few words before the date: "since his
            // arrest on 14 November")
            // (the nine words before the date, read once: fewer are their
            // tail; and the date's own first word, its preposition when it
            // has one)
            // (within the sentence: a list item's words are not the one
            // before's, "2. Guidance published: early 2027" over "3. Cap
            // takes effect: 1 April")
            let nine_before = crate::analysis::words_before(cx.text().get(sentence.span.start..span.start).unwrap_or(""), span.start.saturating_sub(sentence.span.start), 9);
            let nine_starts = last_word_starts(nine_before);
            let words_back = |n: usize| nine_before.get(nine_starts[n.min(WIDEST)]..).unwrap_or("");
            let own_first = cx.slice(span).split_once(' ').map_or("", |(w, _)| w);
            let since = words_back(3).split(' ').any(led_by_since) || led_by_since(own_first);
            // (or "at" a part of the month: "rose again at the start of
            // October")
            let led_by_on_or_in = own_first.eq_ignore_ascii_case("on") || own_first.eq_ignore_ascii_case("in") || own_first.eq_ignore_ascii_case("at") && cx.slice(span).split_whitespace().nth(2).is_some_and(|w| matches!(w, "start" | "end" | "beginning" | "turn" | "close"));
            // (the one before of something that comes round: "The
            // company's previous Christmas trading update, in January,
            // showed" is gone, even soon after the writing)
            // (or the last one, the date in commas after it: "The BOJ's last
            // rate increase, in January, was its first since March 2024")
            let in_commas = || cx.text().get(..span.start).is_some_and(|b| b.ends_with(", ")) && cx.text().get(span.end..).is_some_and(|a| a.starts_with(','));
            let previous_one = led_by_on_or_in && (words_back(5).split(' ').any(|w| is_one_of(w, &["previous", "prior", "preceding"])) || words_back(4).split(' ').any(|w| w.eq_ignore_ascii_case("last")) && in_commas());
            let forward = || {
                // (a date right after a verb of saying dates the saying:
                // "It said in November that spending would rise")
                let word_before = words_back(1);
                // (what someone expects of a month is to come, and what is
                // booked or scheduled for a date)
                // (but a plan for a date just gone, told as undone in the
                // past: "the ceremony planned for November 11 had already
                // been cancelled" is this November's)
                // (or, "for" the date, booked a few words before: "The club
                // has already booked its first gala in the new pool for 14
                // February")
                let booked = booked_for_the_date(words_back(4)) || own_first.eq_ignore_ascii_case("for") && booked_before(words_back(8)) || booked_before_its_noun(words_back(3), cx.text().get(span.end..sentence.span.end).unwrap_or(""));
                if booked && told_undone_after(cx.text().get(span.end..sentence.span.end).unwrap_or("")) && cx.date.is_some_and(|date| falls_just_before(&expr.kind, date)) {
                    return false;
                }
                // (or the bound of it: "Most economists had not expected a
                // move before December")
                let led_by_a_bound = own_first.eq_ignore_ascii_case("before") || own_first.eq_ignore_ascii_case("by");
                if (led_by_on_or_in || led_by_a_bound) && expects_of_the_month(words_back(5)) || booked {
                    return true;
                }
                if previous_one {
                    return false;
                }
                // (what takes effect, told in the present, is to come, and
                // so is the date that tells when: "The new rates take effect
                // with bills mailed in February")
                // (one byte search first: most sentences have neither)
                if cx.text().get(sentence.span.start..span.start).is_some_and(|before| {
                    let effect = memchr::memmem::find(before.as_bytes(), b" effect").is_some() && (before.contains("take effect") || before.contains("takes effect"));
                    effect || memchr::memmem::find(before.as_bytes(), b"into force").is_some() && (before.contains("come into force") || before.contains("comes into force"))
                }) {
                    return true;
                }
                // (a month describing a change: "a January move was a live
                // option", "a March cut" is one that may come; "the October
                // drop was partly payback" one measured)
                if own_first.is_empty() && let Some(reading) = month_describing_a_change(words_back(2), cx.text().get(span.end..sentence.span.end).unwrap_or(""), month_just_gone(&expr.kind, cx.date)) {
                    return reading;
                }
                // (an event named right before a date in the six weeks up
                // to the writing is that one, whatever its clause says
                // after: "the Bank of England's rate cut on 6 November would
                // ease financing costs"; and a price then: "a premium of 38%
                // to Altice's closing price on November 20")
                if own_first.eq_ignore_ascii_case("on")
                    && is_one_of(word_before, &["cut", "rise", "hike", "increase", "decision", "vote", "announcement", "statement", "meeting", "election", "attack", "crash", "fire", "strike", "budget", "speech", "price", "close"])
                    && cx.date.is_some_and(|date| falls_just_before(&expr.kind, date))
                {
                    return false;
                }
                // (a past passive governing the date: "An independent
                // commission was set up in April and will report next year";
                // not a plan, "was expected in April")
                if led_by_on_or_in && told_in_a_past_passive(words_back(3)) {
                    return false;
                }
                // (and "in" it: "said a pause in December was a live
                // option", not one made: "completed a move in January")
                if own_first.eq_ignore_ascii_case("in")
                    && let Some((article, noun)) = words_back(2).split_once(' ')
                    && matches!(article.to_ascii_lowercase().as_str(), "a" | "an")
                    && is_a_change_to_come(noun)
                    && words_back(3).split(' ').next().is_some_and(expects_a_change)
                {
                    return true;
                }
                // (what was decided or agreed to be done on a date soon
                // after the writing: "The committee agreed to end the runoff
                // of its balance sheet on December 1")
                if (!led_by_on_or_in || own_first.eq_ignore_ascii_case("on")) && cx.text().get(sentence.span.start..span.start).is_some_and(decided_to_act) && cx.date.is_some_and(|date| falls_soon_after(&expr.kind, date)) {
                    return true;
                }
                // (a target's deadline: "against a target of 80% by March")
                if own_first.eq_ignore_ascii_case("by") && words_back(5).split(' ').any(|w| is_one_of(w, &["target", "targets", "goal", "aim", "ambition"])) {
                    return true;
                }
                // (and the deadline of what was decided or asked to be done:
                // "urged ministers to agree a new contract before April";
                // not one in the six weeks before the writing: "Residents
                // were asked to register by 10 November")
                if (own_first.eq_ignore_ascii_case("by") || own_first.eq_ignore_ascii_case("before")) && cx.text().get(clause.start..span.start).is_some_and(decided_to_act) && !cx.date.is_some_and(|date| falls_just_before(&expr.kind, date)) {
                    return true;
                }
                // (what is yet to be decided: "were divided over whether to
                // lower interest rates again in December")
                if words_back(8).split(' ').scan("", |before, w| Some(std::mem::replace(before, w).eq_ignore_ascii_case("whether") && w.eq_ignore_ascii_case("to"))).any(|found| found) {
                    return true;
                }
                // (what a decision or an order sets going "from" a month:
                // "the Budget, which confirmed a higher multiplier from
                // April", "had commissioned 12 new sessions a week from
                // January"; not a span, "from April to June")
                if own_first.eq_ignore_ascii_case("from") && cx.text().get(clause.start..span.start).is_some_and(starts_what_was_decided) && !cx.text().get(span.end..).is_some_and(|after| [" to ", " until ", " till ", " through ", "-", "–"].iter().any(|p| after.starts_with(p))) {
                    return true;
                }
                // (a plan told in the past perfect no longer holds: "The
                // opening had been planned for September but was pushed
                // back" is the September gone, when one has gone this year)
                if had_been_planned(words_back(4)) && cx.date.is_some_and(|date| matches!(expr.kind, TimeKind::MissingYear { month, day, .. } if jiff::civil::Date::new(date.year(), month, day.unwrap_or(1)).is_ok_and(|d| d <= date))) {
                    return false;
                }
                // (what someone was asked to do by a date, told in the
                // active: "The panel asked the force to return in February
                // with a revised plan")
                if led_by_on_or_in && asked_to_act_at(words_back(7)) {
                    return true;
                }
                // (and so does a document's date: "in a customer advisory
                // dated 9 October that it would levy a fee")
                // (not a passive to come: "The plan will be announced on 3
                // December")
                // (an adverb may come between: "will be formally announced")
                let passive = || {
                    let mut back = words_back(3).rsplit(' ').skip(1).map(str::to_ascii_lowercase);
                    let before = back.next().unwrap_or_default();
                    let before = if is_ly_adverb(&before) { back.next().unwrap_or_default() } else { before };
                    matches!(before.as_str(), "be" | "been" | "being")
                };
                if is_said_past(word_before) && !passive() || word_before.eq_ignore_ascii_case("dated") {
                    return false;
                }
                // (or a verb of saying a few words before, the date then
                // closing its setting before "that": "The OBR forecast at
                // the Budget on 12 November that the economy would grow")
                if cx.text().get(span.end..).is_some_and(|after| after.starts_with(" that "))
                    && words_back(6).split(' ').any(|w| is_said_past(w) || matches!(w.to_ascii_lowercase().as_str(), "forecast" | "estimated" | "projected"))
                {
                    return false;
                }
                // (one more of something, told right before the date, is
                // still to come: "too high to justify another cut in
                // December")
                let mut two_before = words_back(2).split(' ');
                // ("with further strikes on 21 December")
                if two_before.next().is_some_and(|w| w.eq_ignore_ascii_case("another") || w.eq_ignore_ascii_case("further"))
                    && two_before.next().is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()) && w.len() > 2)
                    && led_by_on_or_in
                {
                    return true;
                }
                // (the next of something that comes round, right before the
                // date: "little chance of a move at the next meeting, in
                // February", "at its next sitting on 3 March")
                if led_by_on_or_in
                    && has_word_pair(words_back(3), |a, b| {
                        let (a, b) = (a.trim_end_matches(','), b.trim_end_matches(','));
                        (a.eq_ignore_ascii_case("next") || a.eq_ignore_ascii_case("upcoming")) && is_one_of(b, &["meeting", "meetings", "hearing", "election", "vote", "review", "decision", "session", "sitting", "round", "update", "release", "payment", "statement", "budget", "test"])
                    })
                {
                    return true;
                }
                // (a value compared with an earlier one, "Inflation fell to
                // 2.6% in October, down from 3.1% in September": the earlier
                // one is gone)
                let four_before = words_back(4).to_ascii_lowercase();
                if four_before.starts_with("down from ") || four_before.starts_with("up from ") || four_before.contains(" down from ") || four_before.contains(" up from ") {
                    return false;
                }
                // (a past act told by the participle opening the aside the
                // date closes:
                // "The deal, first put to unions by Education Secretary
                // Bridget Phillipson on October 29, will raise ...")
                let aside_opening = cx.text().get(sentence.span.start..span.start).and_then(|before| before.rfind(", ").map(|c| &before[c + 2..])).filter(|aside| !aside.contains([',', ';', '(']) && aside.split_whitespace().count() <= 12);
                if let Some(aside) = aside_opening
                    && cx.text().get(span.end..).is_some_and(|after| after.starts_with(','))
                {
                    let mut words = aside.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
                    let first = words.next().unwrap_or("");
                    let participle = if matches!(first, "first" | "initially" | "originally" | "previously" | "already" | "formally" | "jointly") { words.next().unwrap_or("") } else { first };
                    // ("The levy, set out in the white paper in May, would
                    // cost": what a document set out; not a plan, "set for
                    // May")
                    let set_out = participle == "set" && words.next().is_some_and(|w| matches!(w, "out" | "down"));
                    if participle.starts_with(|c: char| c.is_ascii_lowercase()) && (participle_dates_a_past_act(participle, "aside") || set_out || matches!(participle, "put" | "sent" | "cut" | "drawn" | "thrown")) {
                        return false;
                    }
                }
                // (a date something is backdated to is gone: "The increase
                // will be backdated to 1 September")
                if is_one_of(word_before, &["backdated", "retroactive", "retroactively", "retrospective", "retrospectively"]) {
                    return false;
                }
                // (an event set for a date: "has notified a second 24-hour
                // strike for 1 October"; one held is "on" its date, and so
                // is one a past tense after the date tells: "The strike for
                // 1 September went ahead")
                let past_after = || {
                    cx.text().get(span.end..sentence.span.end).is_some_and(|rest| {
                        rest.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "was" | "were" | "went" | "had" | "took" | "did") || w.len() > 4 && w.ends_with("ed"))
                    })
                };
                if own_first.eq_ignore_ascii_case("for")
                    && matches!(word_before.to_ascii_lowercase().as_str(), "strike" | "strikes" | "walkout" | "walkouts" | "stoppage" | "vote" | "ballot" | "election" | "meeting" | "hearing" | "protest" | "march" | "rally" | "launch" | "opening" | "deadline")
                    && !past_after()
                {
                    return true;
                }
                // (a hedged end: "to stay on strike through at least Dec. 4",
                // "until at least March")
                let three_before = words_back(3).to_ascii_lowercase();
                // (a headline's infinitive tells what is to come:
                // "Fortnightly bin collections to start in February")
                if block.kind == crate::document::BlockKind::Heading && led_by_on_or_in && has_word_pair(words_back(3), |a, b| a == "to" && b.bytes().all(|c| c.is_ascii_lowercase())) {
                    return true;
                }
                // (the soonest a thing is looked for: "Markets see a cut as
                // soon as February")
                if three_before == "as soon as" {
                    return true;
                }
                if let Some(end) = three_before.strip_suffix(" at least")
                    && ["through", "until", "till"].contains(&end)
                {
                    return true;
                }
                // (a condition after it: "voted to walk out on 8 December if
                // the district does not improve its offer"; or a "when"
                // clause that looks ahead: "higher costs from April, when
                // the national living wage will rise", "from 13 December,
                // when the new timetable comes into force")
                let after = cx.text().get(span.end..sentence.span.end).unwrap_or("").to_ascii_lowercase();
                if after.starts_with(" if ") || after.starts_with(" unless ") || after.starts_with(", unless ") {
                    return true;
                }
                if let Some(when) = after.strip_prefix(", when ") {
                    let when_clause = &when[..when.find([',', ';', '.']).unwrap_or(when.len())];
                    // (not a modal of what is so in general: "lost 3,100
                    // hours to waiting in October, when crews must stay
                    // with a patient")
                    let when_clause: String = when_clause.split(' ').filter(|w| !matches!(*w, "must" | "can" | "should" | "may" | "might" | "could")).flat_map(|w| [" ", w]).collect();
                    // (nor after a simple past: "ambulances lost more than
                    // 3,100 hours in October, when paramedics must stay with a
                    // patient until a bed becomes available")
                    if clause_looks_forward(&[&when_clause, " "].concat()) && !crate::analysis::time::past_context(cx.text(), clause.range(), span.start) {
                        return true;
                    }
                }
                // (an arrangement reported in the past progressive, its month
                // nearer ahead of the writing than behind it: "The trust
                // said it ... was opening a new assessment hub in January")
                if let (TimeKind::MissingYear { month, .. }, Some(date)) = (&expr.kind, cx.date)
                    && cx.text().get(sentence.span.start..span.start).is_some_and(|before| {
                        first_saying(before).is_some_and(|at| before[at..].split_whitespace().collect::<Vec<_>>().windows(2).any(|w| matches!(w[0], "was" | "were") && w[1].len() > 4 && w[1].ends_with("ing")))
                    })
                {
                    let ahead = (i32::from(*month) - i32::from(date.month())).rem_euclid(12);
                    if ahead > 0 && ahead < 6 {
                        return true;
                    }
                }
                // (a month early in the year the sentence says is to come:
                // "The cycle continues in the new year with the Eighth,
                // performed on 14 and 15 January")
                // (and so is one of "this winter" told late in the year:
                // "his main goal this winter was the world championship
                // downhill at Crans-Montana in February")
                // (a time in the subject of a modal that looks ahead: "a
                // strike lasting through December could cost small firms
                // more than C$1 billion"; not "could not", "could have")
                if cx.text().get(span.end..sentence.span.end).is_some_and(|after| {
                    let mut words = after.split_whitespace();
                    words.next().is_some_and(|m| matches!(m, "could" | "might" | "may" | "would")) && words.next().is_some_and(|v| !matches!(v, "have" | "not" | "never" | "well" | "also") && v.bytes().all(|b| b.is_ascii_lowercase()))
                }) {
                    return true;
                }
                if matches!(expr.kind, TimeKind::MissingYear { month: 1..=3, .. }) && (cx.slice(sentence.span).contains("in the new year") || cx.date.is_some_and(|d| d.month() >= 9) && cx.slice(sentence.span).contains("this winter")) {
                    return true;
                }
                // (the month a set of figures covers is one gone by, whenever
                // they come out: "will publish October's inflation figures")
                if names_a_data_period(cx.text(), &expr.kind, span) {
                    return false;
                }
                let before = nine_before.to_ascii_lowercase();
                // (a plan since changed, made for a date near the writing
                // on either side: "The report was originally scheduled for
                // November 6" is the November 6 just gone, "was initially
                // due on 3 December" the one to come)
                // (and so is the date a plan was moved from: "a meeting that
                // had been brought forward from December 18")
                let moved_from = || {
                    own_first.eq_ignore_ascii_case("from") && {
                        let mut back = before.rsplit(' ');
                        let (last, before_last) = (back.next().unwrap_or(""), back.next().unwrap_or(""));
                        matches!(last, "postponed" | "rescheduled" | "deferred" | "delayed")
                            || matches!((before_last, last), ("brought" | "pulled" | "moved" | "put", "forward") | ("moved", "up") | ("pushed" | "put" | "moved", "back"))
                    }
                };
                if (before.rsplit(' ').take(4).any(|w| matches!(w, "originally" | "initially" | "previously")) || moved_from())
                    && let (TimeKind::MissingYear { month, day, .. }, Some(date)) = (&expr.kind, cx.date)
                {
                    let here = (i32::from(date.month()), i32::from(day.map_or(0, |_| date.day())));
                    let there = (i32::from(*month), i32::from(day.unwrap_or(0)));
                    let ahead = (there.0 - here.0).rem_euclid(12);
                    let behind = (here.0 - there.0).rem_euclid(12);
                    return if ahead == 0 && behind == 0 { there >= here } else { ahead < behind };
                }
                // (and an act told by a participle just before the date:
                // "changes announced in the Autumn Budget on 26 November
                // will raise costs")
                // (not a passive to come: "will be announced on 3 December")
                // (a participle after its noun, the date's preposition in
                // its span: "the heights seen on 11 October")
                // (in lower case: "away at Wexford United on 15 March" is a
                // name)
                let mut last_two = words_back(2).rsplit(' ').map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
                if let (Some(participle), Some(noun)) = (last_two.next(), last_two.next())
                    && participle.starts_with(|c: char| c.is_ascii_lowercase())
                    && led_by_on_or_in
                    && participle_dates_a_past_act(participle, &noun.to_ascii_lowercase())
                {
                    return false;
                }
                // (the same words as written, for the past-tense test: "away
                // at Wexford United on 15 March" is a name)
                let as_written = |n: usize| nine_before.rsplit(' ').nth(n).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
                // (a complement passed: "warned that the Budget on 25
                // November must not add" dates what follows "that")
                let mut beyond_complement = false;
                // (the nine words back, with their punctuation and without;
                // in arrays: asked of every year-less date)
                let (mut raw, mut back) = ([""; 10], [""; 10]);
                let mut count = 0;
                for w in before.rsplit(' ').take(10) {
                    (raw[count], back[count]) = (w, w.trim_matches(|c: char| !c.is_alphanumeric()));
                    count += 1;
                }
                let back = &back[..count];
                // (the word before the `n`th word back, past any adverbs in
                // -ly: "will be formally welcomed on 9 December")
                let back_word_before = |n: usize| back.iter().skip(n + 1).find(|w| !is_ly_adverb(w)).copied();
                let words = back.iter().copied().enumerate();
                let mut later = "";
                // (a conjunction passed: the words before it are another
                // clause's, "which opened on Thursday and runs until 24
                // October")
                let mut other_clause = false;
                for (n, word) in words {
                    // (an aside's comma: "directed by Denis Villeneuve,
                    // opens on September 18")
                    beyond_complement |= raw[n].ends_with([',', ';', ':']) && !later.is_empty();
                    other_clause |= matches!(word, "and" | "but" | "or");
                    // (a past perfect: "that it had inspected Willowmead
                    // House on 3 October")
                    if word == "had" && later.len() > 3 && later.ends_with("ed") {
                        return false;
                    }
                    // (and a past form of an irregular verb: "tariffs that took
                    // effect on September 1", whatever "ahead of" says elsewhere)
                    if matches!(word, "announced" | "unveiled" | "published" | "released" | "presented" | "passed" | "approved" | "introduced" | "signed" | "agreed" | "took" | "came" | "began" | "went") {
                        if back_word_before(n).is_some_and(|w| matches!(w, "be" | "been" | "being" | "is" | "are" | "was" | "were")) {
                            break;
                        }
                        return false;
                    }
                    // (a past told with "did": "did not have a scan until 9
                    // October", "did not open until March")
                    let did = |w: &str| matches!(w, "did" | "didn't" | "didn’t");
                    if !other_clause && (did(word) || matches!(word, "have" | "be" | "get") && back.get(n + 1..(n + 3).min(back.len())).is_some_and(|b| b.iter().any(|w| did(w)))) {
                        return false;
                    }
                    // (not the "to" of a level: "began rising to 67 in May")
                    // (nor of a plea: "pleaded guilty to fraud in January")
                    let to_no_infinitive = word == "to" && (later.starts_with(|c: char| c.is_ascii_digit()) || back.get(n + 1).is_some_and(|w| matches!(*w, "guilty" | "admitted" | "pleaded")));
                    if matches!(word, "will" | "would" | "must" | "is" | "are" | "was" | "were" | "has" | "have" | "had" | "to" | "be") && !to_no_infinitive {
                        break;
                    }
                    // (a past tense after its subject, the date its
                    // adjunct: "The minister visited the works on 3
                    // September and said the government would act"; not an
                    // adjective after a determiner or a preposition, "will
                    // unveil the revised plan on 3 December", "a job fair for
                    // affected workers on Dec. 12", nor a passive to come,
                    // "will be opened on 3 December")
                    // (or an irregular past with an adverb between: "sales
                    // fell unexpectedly in October", not "will hit shelves
                    // in October")
                    // (and a form the same in both tenses, after its
                    // subject: "The Bank of England cut rates at its meeting
                    // on 6 November"; the modals before it are ruled out
                    // below)
                    // (a verb of saying with a complement and no "that",
                    // the date inside it: "said a hike in January would be
                    // awkward" dates the hike, not the saying)
                    // (not what would have been: "said heavy rain in
                    // October would have increased the flow")
                    if n > 0 && matches!(word, "said" | "says" | "added" | "argued" | "insisted" | "suggested" | "predicted") && !matches!(back[n - 1], "in" | "on" | "at" | "during" | "to" | "last" | "earlier" | "this" | "that" | "it" | "by" | "after" | "before") && modal_ahead_after(cx.text().get(span.end..sentence.span.end).unwrap_or("")) {
                        beyond_complement = true;
                        later = word;
                        continue;
                    }
                    let past_form = word.len() > 4 && word.ends_with("ed") || n > 0 && (crate::analysis::figures::is_irregular_past(word) || matches!(word, "cut" | "hit" | "put" | "shut" | "let" | "quit" | "split"));
                    if !other_clause
                        && !beyond_complement
                        && led_by_on_or_in
                        && past_form
                        && later != "by"
                        && !names_a_plan(word)
                        && !names_a_place(word)
                        // (nor after a possessive: "the London Jazz Festival's
                        // extended programme on 3 December")
                        && back_word_before(n).is_some_and(|w| !w.is_empty() && !w.ends_with("'s") && !w.ends_with("’s") && !matches!(w, "be" | "been" | "being" | "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "my" | "your" | "this" | "that" | "these" | "those" | "each" | "every" | "all" | "any" | "no" | "now" | "not" | "for" | "of" | "with" | "from" | "among" | "about" | "into" | "at" | "will" | "would" | "to" | "can" | "could" | "may" | "might" | "must" | "should" | "shall" | "do" | "does" | "did"))
                        // (nor the object of an infinitive: "is due to set out
                        // updated forecasts on 3 March", "to publish revised
                        // figures")
                        && !after_an_infinitive(back, n)
                        && as_written(n)
                    {
                        return false;
                    }
                    // (a relative clause's own past: "a tour that opened in
                    // Dublin on 8 September and closes in Lisbon")
                    if !other_clause && word.len() > 4 && word.ends_with("ed") && !names_a_plan(word) && back_word_before(n).is_some_and(|w| matches!(w, "that" | "which" | "who")) {
                        return false;
                    }
                    beyond_complement |= matches!(word, "that" | "which" | "who" | "whether" | "if");
                    later = word;
                }
                if since {
                    return false;
                }
                // (the date's own preposition, inside its span or just before it)
                let led_by = |prep: &str| own_first.eq_ignore_ascii_case(prep) || word_before.eq_ignore_ascii_case(prep);
                // (not a relative clause after a date in the past: in
                // "Congress passed a stopgap bill on September 30 that runs
                // only until November 21" the "until" is the bill's)
                let clause = without_relative_clause(cx.text(), clause, span);
                // (a quotation's words are not the clause's tense: 'rated it
                // "requires improvement"')
                let lower = lower_without_quotations(cx.text(), clause, &block.quotes);
                // (a decision's act by a deadline: "The cabinet voted on
                // Wednesday to shut three pools by the end of March")
                // (and a deadline in a reader's condition: "If you think you
                // qualify but have not received a letter by 31 January, you
                // should contact the helpline")
                let readers_condition = || cx.text().get(sentence.span.start..span.start).is_some_and(|before| before.starts_with("If you ") || before.starts_with("If your "));
                // (not a deadline just gone, which the decision or request
                // may have set: "Residents were asked to register by 20
                // November", written on 27 November)
                if led_by("by") && (cx.text().get(sentence.span.start..span.start).is_some_and(decided_to_act) && !cx.date.is_some_and(|date| falls_just_before(&expr.kind, date)) || readers_condition()) {
                    return true;
                }
                // (the time recogniser's reading of the clause's tense too:
                // "It meets again in April", "remain closed until March")
                if clause_looks_forward(&lower) || (led_by("to") || led_by("into")) && puts_off(&lower) || crate::analysis::time::future_context(cx.text(), clause.range(), span.start) {
                    return true;
                }
                // (advice: "Submit a meter reading on or just before 31
                // December so you are not billed ... before 1 January")
                if opens_with_an_instruction(&cx.doc.prose()[sentence.span.range()]) {
                    return true;
                }
                // ("- a rise in the living wage to £13.05 an hour from
                // April;": a list's change with no verb, from a month on)
                // (or with no tense of its own, after a lead-in that looks
                // ahead: "The company said the cuts would be made in three
                // stages:" then "3. The remaining 350 roles, spread across
                // marketing, by the end of March.")
                let tensed = || has_a_tense(&lower);
                // (or a participle's phrase of its own after a comma: "- a
                // £250 hardship payment ..., paid from 26 October;")
                // (not a change's "unchanged from September", "up from")
    let participle_phrase = || lower.trim_start_matches([',', ' ']).split_whitespace().next().is_some_and(|w| !matches!(w, "unchanged" | "up" | "down" | "compared" | "changed" | "increased" | "decreased" | "rising" | "falling" | "rose" | "fell")) && lower.trim_start_matches([',', ' ']).split_whitespace().nth(1).is_some_and(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == "from") && (lower.starts_with(',') || cx.text().get(..clause.start).is_some_and(|b| b.trim_end().ends_with(',')));
                if block.kind == crate::document::BlockKind::ListItem && ((!has_a_verb(&lower) || participle_phrase()) && led_by("from") || !tensed() && lead_in_looks_forward(cx, block)) {
                    return true;
                }
                // (a clause led by a participle hangs on the one before:
                // "The funeral will be private, followed by a service on
                // 19 December")
                // (and an infinitive's on the words before it: "She
                // intends to spend more time ... and, for the first time in
                // three decades, to take a holiday in August")
                if opens_with_an_infinitive(&lower) && cx.text().get(sentence.span.start..clause.start).is_some_and(|before| clause_looks_forward(&before.to_lowercase())) {
                    return true;
                }
                // (a phrase of time opening the sentence hangs on the clause
                // after its comma: "In March, the council will vote on the
                // plan", "From April, relief ... will continue")
                // (a deadline told in the present or the infinitive, no past
                // in its clause, is one to come: "Officials want to extend
                // online booking by March", "are looking at extending it to
                // every practice by March")
                // (a list's item with no tense takes its lead-in's, read below)
                if led_by("by") && (tensed() || block.kind != crate::document::BlockKind::ListItem && has_a_verb(&lower)) && !looks_back(&lower) && !crate::analysis::time::past_context(cx.text(), clause.range(), span.start) {
                    return true;
                }
                let opens_the_sentence = cx.text().get(sentence.span.start..clause.start).is_none_or(|before| before.trim().is_empty());
                let before_a_comma = lower.trim_end().ends_with(',') || cx.text().get(clause.end..sentence.span.end).is_some_and(|after| after.starts_with(','));
                if has_a_verb(&lower) && !opens_with_a_participle(&lower) || opens_the_sentence && !before_a_comma {
                    return false;
                }
                // (for a phrase opening the sentence, not when that clause is
                // a saying told in the past, which the phrase dates: "In a
                // July 16 press conference, Jobs said that all buyers would
                // be eligible")
                nearest_clause_with_a_verb(cx.text(), sentence.span, clause).is_some_and(|c| {
                    let next = cx.slice(c).to_lowercase();
                    clause_looks_forward(&next) && !(opens_the_sentence && next.split(|ch: char| !ch.is_alphanumeric()).any(is_said_past))
                })
            };
            // (not the start of a period the writing falls in: "expected to
            // screen 18 million passengers between Nov. 21 and Dec. 1",
            // written on 27 November)
            let runs_through_the_writing = || {
                let (TimeKind::MissingYear { month, day: Some(day), .. }, Some(date)) = (&expr.kind, cx.date) else { return false };
                let opens = own_first.eq_ignore_ascii_case("between") || own_first.eq_ignore_ascii_case("from") || own_first.is_empty() && ["between", "from"].iter().any(|p| words_back(1).eq_ignore_ascii_case(p));
                let this_year = jiff::civil::Date::new(date.year(), *month, *day).ok();
                opens && this_year.is_some_and(|start| start <= date && date.since(start).is_ok_and(|d| d.get_days() <= 31)) && range_end_month(cx.text(), span).is_some_and(|end| end > date.month())
            };
            let looks_forward = cx.date.is_some() && forward() && !runs_through_the_writing();
            // A date a few weeks after the document's, in a sentence that
            // does not say which way it looks ("The Budget on 26 November is
            // the main risk", written on 20 November): this year's or last
            // year's? Both are offered, neither applied unasked.
            // (a clause in the past settles it: "The council met on 26
            // November")
            // A period something was meant to last to ("rejected his
            // amendment to keep both branches open through June"): the
            // purpose looks ahead of an act whose own time is not given, so
            // both years are offered too.
            // (and a period paid or covered to the end of a month soon
            // after the writing: "all had been paid to the end of
            // December", written in November)
            let meant_to_last = !looks_forward && (lasts_until(cx.text(), span) && cx.date.is_some() || runs_to_the_end_of(cx.slice(span)) && cx.date.is_some_and(|date| falls_soon_after(&expr.kind, date)));
            // (whether the date's clause tells of the past: asked at most
            // once, by the two readings below that need it)
            let told_back = std::cell::OnceCell::new();
            // (the clause in lower case, made once for the readings below)
            let clause_lower = std::cell::OnceCell::new();
            let lower_clause = || clause_lower.get_or_init(|| cx.slice(clause).to_lowercase()).as_str();
            let clause_looks_back = || *told_back.get_or_init(|| looks_back(lower_clause()));
            // A future told from a past ("Kristensen had been unsure whether
            // he would start after a fractured collarbone in August"): the
            // date may be before the writing or after it; both years are
            // offered.
            // (not a past perfect inside what was said, the saying the
            // frame: "Whitcombe said the party had built a base and would be
            // back in May" looks ahead of the writing)
            let future_in_the_past = looks_forward
                && cx.text().get(sentence.span.start..span.start).is_some_and(|before| {
                    let had_at = before.find(" had ").or_else(|| before.find("Had "));
                    before.contains(" would ") && had_at.is_some_and(|at| first_saying(&before[..at]).is_none())
                });
            // (not the start of a range that ends later in the same year,
            // the end not soon after: "between January and September")
            let range_ends_later = || {
                let TimeKind::MissingYear { month, .. } = expr.kind else { return false };
                cx.date.is_some_and(|date| range_end_month(cx.text(), span).is_some_and(|end| end > month && !month_falls_soon_after(end, None, date)))
            };
            // (and so is a date a present-tense schedule gives, which may be
            // the last one or the next: "The council sets its budget on 12
            // February", "goes to the polls in May")
            // (a plan told in the past may still be to come: "an exhibition
            // he was due to play in Abu Dhabi in December", written in
            // November)
            // (or a request: "had been asked to cancel annual leave in
            // December", written in November)
            let plan_told_in_the_past = || {
                ["was due to ", "were due to ", "was scheduled to ", "were scheduled to ", "was set to ", "were set to ", "asked to ", "told to ", "ordered to ", "urged to ", "instructed to ", "advised to ", "invited to "]
                    .iter()
                    .any(|p| lower_clause().contains(p))
            };
            // (not a level a figure is compared with, which was: "down from
            // 6.9% in January", "up from 1.2% in December")
            let level_before = || {
                let before = cx.text().get(sentence.span.start..span.start).unwrap_or("");
                let tail = &before[crate::document::line_index::floor_char_boundary(before, before.len().saturating_sub(32))..];
                ["down from ", "up from ", "compared with ", "compared to "].iter().any(|p| tail.rfind(p).is_some_and(|at| {
                    // (the level right before the date: not "up from 3.8p,
                    // payable on 8 January")
                    let level = &tail[at + p.len()..];
                    level.bytes().any(|b| b.is_ascii_digit()) && !level.contains(',') && level.split_whitespace().count() <= 3
                }))
            };
            let falls_soon = cx.date.is_some_and(|date| falls_soon_after(&expr.kind, date)) && !level_before();
            // (and so may an event named by a month just ahead, whatever
            // tense reports it: "wrote that a pause was the most likely
            // outcome at the December meeting", written in November)
            let names_an_event = || {
                let after = cx.text().get(span.end..).unwrap_or("");
                [" meeting", " vote", " decision", " election", " summit", " hearing", " budget", " deadline", " conference"].iter().any(|e| after.starts_with(e))
            };
            let soon_after = meant_to_last || !looks_forward && !since && !previous_one && (falls_soon || cx.date.is_some() && tells_a_schedule(lower_clause())) && (!clause_looks_back() || falls_soon && (plan_told_in_the_past() || names_an_event())) && !range_ends_later();
            // (the later month's fix only where it gives the year this
            // month's own would: "sales in November and December" written
            // in November 2026 are not a December gone's)
            let fix_for = |forward: bool| {
                let fix_of = |e: &TimeExpr| cx.date.and_then(|date| crate::dates::missing_year_fix(cx.text(), e, date, forward)).filter(|(range, new)| !super::glues(cx.text(), range.clone(), new));
                // ("from November to February": months across the year's
                // end, the later in the year after the earlier's; a range
                // told in the past counted back from its end, "ran from
                // November to February", any other from its start)
                let across = if clause_looks_back() {
                    joined_after.filter(|&(_, month, end)| end < month).map(|(end, ..)| (end, -1))
                } else {
                    joined_before.filter(|&(_, month, start)| start > month).map(|(start, ..)| (start, 1))
                };
                if let Some((other, step)) = across
                    && let Some(year) = fix_of(other).and_then(|(_, new)| year_written(&new))
                {
                    return cx.date.and_then(|date| crate::dates::missing_year_fix_in(cx.text(), expr, date, year + step)).filter(|(range, new)| !super::glues(cx.text(), range.clone(), new));
                }
                let own = fix_of(expr);
                if std::ptr::eq(fix_expr, expr) {
                    return own;
                }
                let joined = fix_of(fix_expr);
                // (a range within one year is in its end's year: "the
                // October to December figures", not October 2027 to
                // December 2026)
                let range = || {
                    let between = cx.text().get(expr.span.end..fix_expr.span.start).unwrap_or("x").trim();
                    let later = cx.text().get(fix_expr.span.clone()).unwrap_or("");
                    matches!(between, "to" | "through" | "until" | "till" | "-" | "–") || between.is_empty() && ["to ", "through ", "until ", "till "].iter().any(|p| later.get(..p.len()).is_some_and(|w| w.eq_ignore_ascii_case(p)))
                };
                match (&own, &joined) {
                    (Some((_, a)), Some((_, b))) if year_written(a) == year_written(b) || range() => joined,
                    _ => own,
                }
            };
            let title_of = |range: &std::ops::Range<usize>, new_text: &str| ["Add the year: “", cx.slice(Span::new(span.start, range.start.max(span.start))), new_text, "”"].concat();
            // (one of the years offered when the writer must choose)
            let unsafe_year = |(range, new_text): (std::ops::Range<usize>, String)| Fix::unsafe_(title_of(&range, &new_text), vec![Edit::replace(Span::new(range.start, range.end), new_text)]);
            // "up from £1,085 last September", written in October: the
            // September just gone, or the one a year before it? Readers
            // differ, so both are offered and neither applied unasked.
            let last_named = cx.date.filter(|date| {
                let TimeKind::MissingYear { month, day: None, .. } = expr.kind else { return false };
                month < date.month() && cx.slice(span).split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("last") || w.eq_ignore_ascii_case("past"))
            });
            // (the year the report gave that day before, or the one its
            // section's heading gives; tabulated once, for the first date
            // that asks)
            let day = match expr.kind {
                TimeKind::MissingYear { month, day: Some(day), .. } => Some((month, day)),
                _ => None,
            };
            let given_year = known_years.get_or_insert_with(|| KnownYears::of(cx)).for_date(&expr.kind, span.start).or_else(|| day.filter(|_| !looks_forward && !told_ahead.is_empty() && (!clause_looks_back() || told_to_come(lower_clause()))).and_then(|day| told_ahead.get(&day).copied()));
            let given_of = |new_text: &str| -> Option<String> {
                let (year, date) = (given_year?, cx.date?);
                // (not a year gone for a date to come: "A memorial service
                // will be held on 11 January, the 134th anniversary" of "11
                // January 1893")
                if looks_forward && year < date.year() {
                    return None;
                }
                // (nor a year to come for a date told in the past: "profit
                // rose 27% in the 12 months to September 30" under "... but
                // warns on 2027 capacity")
                if !looks_forward && year > date.year() && clause_looks_back() {
                    return None;
                }
                let added = [date.year() - 1, date.year(), date.year() + 1].into_iter().map(|y| y.to_string()).find(|y| new_text.contains(y.as_str()))?;
                Some(new_text.replace(&added, &year.to_string()))
            };
            // A weekday that, in a clause that looks ahead, fits only a
            // year before the document date ("will meet on Tuesday, 9
            // December", written on 27 November 2026, when 9 December 2026
            // is a Wednesday): the weekday or the day is wrong; both years
            // are offered. (Not asked of a clause that looks back: its past
            // is read from looser signs, "is confirmed for Monday 13
            // October" among them.)
            let clash = cx.date.filter(|_| looks_forward).and_then(|date| Some((crate::dates::weekday_clash(cx.text(), expr, date)?, date)));
            match fix_for(looks_forward) {
                Some((range, new_text)) if let Some(given) = given_of(&new_text) => {
                    d.fixes.push(Fix::safe(title_of(&range, &given), vec![Edit::replace(Span::new(range.start, range.end), given)]));
                }
                Some(_) if let Some((clash, date)) = clash => {
                    let named = crate::dates::weekday_of(clash.direction_date);
                    let mut told = crate::dates::format_date(clash.direction_date, clash.style);
                    // ("December 9, 2026, is a Wednesday")
                    if clash.style == crate::analysis::time::DateStyle::MonthDay {
                        told.push(',');
                    }
                    d.message = [d.message.as_str(), " Its weekday fits ", &clash.weekday_year.to_string(), ", but the sentence looks ahead: ", &told, " is a ", named, "."].concat();
                    for year in [clash.direction_year, clash.weekday_year] {
                        if let Some(fix) = crate::dates::missing_year_fix_in(cx.text(), fix_expr, date, year).filter(|(range, new)| !super::glues(cx.text(), range.clone(), new)) {
                            d.fixes.push(unsafe_year(fix));
                        }
                    }
                }
                Some((range, new_text)) if let Some(date) = last_named => {
                    let this_year = date.year().to_string();
                    let year_before = (date.year() - 1).to_string();
                    let earlier = new_text.replace(&this_year, &year_before);
                    d.fixes.push(unsafe_year((range.clone(), new_text)));
                    d.fixes.push(unsafe_year((range, earlier)));
                }
                // (either way, the other reading first: a future told from a
                // past looks ahead, a date soon after the writing does not)
                Some((range, new_text)) if future_in_the_past || soon_after => {
                    if let Some(other) = fix_for(!looks_forward).filter(|(_, t)| *t != new_text) {
                        d.fixes.push(unsafe_year(other));
                    }
                    d.fixes.push(unsafe_year((range, new_text)));
                }
                // (a story the paragraphs just before set in another year:
                // "injured on 21 September 2024 ... He returned in April")
                // (that year is offered too: "In August" -> "In August 2024")
                Some((range, new_text))
                    if !looks_forward
                        && let Some(told) = story_years.filter(|y| y.block_start == block.span.start).unwrap_or_else(|| *story_years.insert(StoryYears::of(cx, block))).other_than(&new_text) =>
                {
                    // (a story's year after the writing's is no reading of
                    // a date since which something has gone on, nor one
                    // more than a year ahead of a date that does not look
                    // ahead: "will start in April 2028" two blocks before
                    // does not date "have fallen since September"; it still
                    // leaves the year in doubt)
                    let later = cx.date.is_some_and(|date| told > date.year() + 1 || since && told > date.year());
                    d.fixes.push(unsafe_year((range, new_text)));
                    if let Some(story) = cx.date.filter(|_| !later).and_then(|date| crate::dates::missing_year_fix_in(cx.text(), fix_expr, date, told)).filter(|(range, new)| !super::glues(cx.text(), range.clone(), new)) {
                        d.fixes.push(unsafe_year(story));
                    }
                }
                Some((range, new_text)) => {
                    let title = title_of(&range, &new_text);
                    d.fixes.push(Fix::safe(title, vec![Edit::replace(Span::new(range.start, range.end), new_text)]));
                }
                None => d.fixes.push(Fix::unsafe_("Insert “[YEAR]”", vec![Edit::insert(span.end, " [YEAR]")])),
            }
            // (a year the clause's direction gave, not one given before)
            if looks_forward
                && given_year.is_none()
                && let (Some(day), [fix]) = (day, d.fixes.as_slice())
                && fix.applicability == crate::fix::Applicability::Safe
                && let Some(year) = fix.edits.first().and_then(|e| year_written(&e.new_text))
            {
                told_ahead.entry(day).or_insert(year);
            }
            out.push(d);
        }
    }
}

/// A clause (in lower case) that tells of what is still to come, whatever
/// its past: "ShoreLink said tickets bought before 13 December ... would
/// remain valid" is about the 13 December the report gave as to come.
fn told_to_come(clause: &str) -> bool {
    clause.contains(" would ") || clause.contains(" will ")
}

/// The year a fix's text writes (" 2026", ", 2027").
/// Where the first verb of saying in `before` stands (" said ", " says ",
/// " told "): what follows it is reported.
fn first_saying(before: &str) -> Option<usize> {
    [" said ", " says ", " told "].iter().filter_map(|w| before.find(w)).min()
}

/// Whether `told` (padded with spaces) is in the present: "is" or "are",
/// and no past form of "be" or "have".
fn told_in_the_present(told: &str) -> bool {
    [" is ", " are "].iter().any(|w| told.contains(w)) && ![" was ", " were ", " had "].iter().any(|w| told.contains(w))
}

fn year_written(fix_text: &str) -> Option<i16> {
    fix_text.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 4).and_then(|w| w.parse().ok())
}

/// The years a block's story may be told in: the last full date or month
/// with a year in the block itself, and in the two blocks before it ("on
/// 21 September 2024", "in March 2023"). Found once per block, not per
/// date (a long paragraph has thousands of dates).
#[derive(Clone, Copy)]
struct StoryYears {
    block_start: usize,
    own: Option<i16>,
    before: Option<i16>,
}

impl StoryYears {
    fn of(cx: &RuleContext<'_>, block: &BlockAnalysis) -> StoryYears {
        let at = cx.analysis.blocks.partition_point(|b| b.span.start < block.span.start);
        let last_told = |blocks: &[BlockAnalysis]| {
            blocks.iter().rev().flat_map(|b| b.sentences.iter().rev().flat_map(|s| s.times.iter().rev())).find_map(|t| match t.kind {
                TimeKind::Absolute { year, month: Some(_), .. } => Some(year),
                _ => None,
            })
        };
        StoryYears { block_start: block.span.start, own: last_told(std::slice::from_ref(block)), before: last_told(&cx.analysis.blocks[at.saturating_sub(2)..at]) }
    }

    /// The year, other than the one a fix would write (`new_text` holds
    /// it), that the story may be told in: its own block's when earlier
    /// ("In August, Mr Okafor was called ... before the final meeting on
    /// 14 November 2024"; not a target to come, "by March 2027"), else the
    /// two blocks before's. The year-less date may belong to that story.
    fn other_than(&self, new_text: &str) -> Option<i16> {
        let year = year_written(new_text)?;
        self.own.filter(|&told| told < year).or(self.before).filter(|&told| told != year)
    }
}

/// Whether a year-less date's next instance after `doc_date` (a month
/// alone from its first day) falls within two months of it ("January"
/// written on 27 November).
fn falls_soon_after(kind: &TimeKind, doc_date: jiff::civil::Date) -> bool {
    let TimeKind::MissingYear { month, day, .. } = *kind else { return false };
    month_falls_soon_after(month, day, doc_date)
}

/// Whether a year-less date falls in the six weeks up to the document's
/// date this year (a month by its first day, a month still running
/// counting).
fn falls_just_before(kind: &TimeKind, doc_date: jiff::civil::Date) -> bool {
    let TimeKind::MissingYear { month, day, .. } = *kind else { return false };
    jiff::civil::Date::new(doc_date.year(), month, day.unwrap_or(1)).is_ok_and(|date| date <= doc_date && (doc_date - date).get_days() <= 42)
}

/// Whether a month with no day is the document's month or the one before
/// it.
fn month_just_gone(kind: &TimeKind, doc_date: Option<jiff::civil::Date>) -> bool {
    let (TimeKind::MissingYear { month, day: None, .. }, Some(date)) = (kind, doc_date) else { return false };
    let this = date.month();
    *month == this || *month == if this == 1 { 12 } else { this - 1 }
}

/// [`falls_soon_after`] for a month and maybe a day.
fn month_falls_soon_after(month: i8, day: Option<i8>, doc_date: jiff::civil::Date) -> bool {
    [doc_date.year(), doc_date.year() + 1].into_iter().filter_map(|year| jiff::civil::Date::new(year, month, day.unwrap_or(1)).ok()).find(|date| *date > doc_date).is_some_and(|date| (date - doc_date).get_days() <= 62)
}

/// The clause of `sentence` nearest to `clause` that has a verb: the
/// following ones first, then the ones before.
fn nearest_clause_with_a_verb(text: &str, sentence: Span, clause: Span) -> Option<Span> {
    // (not a saying's tag: in "..., and health coverage through January,
    // the company said." the date belongs to what was said)
    let has_verb = |c: Span| text.get(c.range()).is_some_and(|t| has_a_verb(&t.to_lowercase()) && !is_a_sayings_tag(t));
    let mut at = clause;
    while at.end < sentence.end {
        let next = clause_around(text, sentence, Span::new(at.end, at.end));
        if next.end <= at.end {
            break;
        }
        // (past a relative clause on a name, which tells of it, not of the
        // date: "In October, activist fund Halvard Capital, which holds a
        // 2.8% stake, wrote to the board")
        let relative = text.get(next.range()).is_some_and(|t| {
            let t = t.trim_start_matches([',', ';', ':', '—', '–', ' ']);
            ["which ", "who ", "whose "].iter().any(|w| t.starts_with(w))
        });
        if has_verb(next) && !relative {
            return Some(next);
        }
        at = next;
    }
    let mut at = clause;
    while at.start > sentence.start {
        let prev = clause_around(text, sentence, Span::new(at.start, at.start));
        if prev.start >= at.start {
            break;
        }
        if has_verb(prev) {
            return Some(prev);
        }
        at = prev;
    }
    None
}

/// ", followed by a public service", ", including ...": a lower-case clause
/// whose first word is a participle.
fn opens_with_a_participle(lower: &str) -> bool {
    let first = lower.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
    matches!(first, "followed" | "preceded" | "including" | "starting" | "beginning" | "ending" | "culminating" | "leading")
}

/// A clause that opens with "to" and a verb, which hangs on the words
/// before it: "She intends to spend more time ... and, for the first time in
/// three decades, to take a holiday in August" (not "to the end of",
/// "to 4 December").
fn opens_with_an_infinitive(lower: &str) -> bool {
    let mut words = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    words.next() == Some("to")
        && words.next().is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_lowercase())
                && !crate::analysis::figures::is_month(w)
                && !matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "this" | "that" | "these" | "those" | "be" | "date" | "mid" | "early" | "late" | "end")
        })
}

/// ", the company said.": a short clause whose verb is one of saying.
fn is_a_sayings_tag(clause: &str) -> bool {
    let words: Vec<&str> = clause.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.len() <= 6 && words.iter().any(|w| is_said_past(w) || w.eq_ignore_ascii_case("says"))
}

/// Whether two words in a row of `tail` (split on spaces, as
/// `words_before` gives them) answer `pair`: "the next meeting", a
/// headline's "to start".
fn has_word_pair(tail: &str, pair: impl Fn(&str, &str) -> bool) -> bool {
    let words = tail.split(' ');
    words.clone().zip(words.skip(1)).any(|(a, b)| pair(a, b))
}

/// A date that ends what an infinitive of lasting keeps going: "to keep
/// both branches open through June", "to stay in office until March".
fn lasts_until(text: &str, span: Span) -> bool {
    // (only a date led by "through", "until" or "till", inside its span or
    // just before it, can end a period; the words before that lead)
    let led = |w: &str| w.eq_ignore_ascii_case("through") || w.eq_ignore_ascii_case("until") || w.eq_ignore_ascii_case("till");
    let own_lead = text.get(span.range()).unwrap_or("").split_once(' ').is_some_and(|(w, _)| led(w));
    let before = crate::analysis::words_before(text, span.start, 8);
    let before = if own_lead {
        before
    } else {
        match before.rsplit_once(' ') {
            Some((rest, last)) if led(last) => rest,
            _ => return false,
        }
    };
    before.to_ascii_lowercase().rsplit(['.', ';', ',']).next().is_some_and(|clause| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        words.windows(2).any(|w| w[0] == "to" && matches!(w[1], "keep" | "stay" | "remain" | "run" | "continue" | "extend" | "operate" | "last" | "hold" | "maintain" | "staff" | "cover" | "fund" | "serve"))
    })
}

/// The month that ends a range the date at `span` opens: "September" in
/// "between January and September", "from March to June".
fn range_end_month(text: &str, span: Span) -> Option<i8> {
    let after = text.get(span.end..)?;
    let rest = [" and ", " to ", " until ", " through ", "–", "-", " – "].iter().find_map(|joint| after.strip_prefix(joint))?;
    let word = rest.split(|c: char| !c.is_alphabetic()).next()?;
    crate::analysis::time::month_from_name(word)
}

/// A decision to act: "voted on Wednesday to shut", "agreed to sell"
/// (the "to" within four words of the decision's verb).
/// A bare month before the noun of a change it dates: with "a" the change
/// may come ("a January move was a live option": `Some(true)`), with "the"
/// and a past "was" one measured ("the October drop was partly payback":
/// `Some(false)`); anything else is not read here. `two_before`: the two
/// words before the month; `after`: the sentence after it.
fn month_describing_a_change(two_before: &str, after: &str, just_gone: bool) -> Option<bool> {
    let mut words = after.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let noun = words.next()?;
    if !noun.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let (verb_before, article) = two_before.rsplit_once(' ').unwrap_or(("", two_before));
    match article.to_ascii_lowercase().as_str() {
        "a" | "an" if !made_it(verb_before) && is_a_change_to_come(noun) => Some(true),
        "the" if matches!(noun, "drop" | "fall" | "rise" | "decline" | "jump" | "dip" | "surge" | "slump" | "increase" | "decrease") => {
            // (the month just gone, whose figures are out: "said the
            // October fall was likely to be partly reversed", written in
            // November)
            if just_gone {
                return Some(false);
            }
            let verb = words.next()?;
            let next = words.next().unwrap_or("");
            (matches!(verb, "was" | "were") && !matches!(next, "expected" | "likely" | "due" | "set" | "forecast" | "predicted" | "unlikely")).then_some(false)
        }
        _ => None,
    }
}

/// "was set up", "were opened", "was launched": the three words before a
/// date tell a past passive, its participle (and a particle) right before
/// it; not a plan ("was expected", "was scheduled", "was due").
fn told_in_a_past_passive(three_before: &str) -> bool {
    let mut back = three_before.rsplit(' ').map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let last = back.next().unwrap_or("");
    let participle = if matches!(last, "up" | "out" | "off" | "down") { back.next().unwrap_or("") } else { last };
    let aux = back.next().unwrap_or("");
    is_one_of(aux, &["was", "were"])
        && (participle.len() > 4 && participle.ends_with("ed") || matches!(participle, "set" | "held" | "made" | "built" | "shut" | "cut" | "sold" | "won" | "lost" | "hit" | "begun" | "taken" | "given" | "sent" | "found"))
        && !matches!(participle, "expected" | "scheduled" | "planned" | "slated" | "pencilled" | "penciled" | "timetabled" | "booked" | "earmarked" | "proposed" | "intended" | "forecast" | "predicted" | "projected" | "due")
}

/// A word before a change that says it was spoken of or looked for, not
/// made: "said a pause in December was a live option", "priced in a cut in
/// March", "talk of a rise in February".
fn expects_a_change(word: &str) -> bool {
    matches!(word.to_ascii_lowercase().as_str(), "said" | "says" | "see" | "sees" | "saw" | "expect" | "expects" | "expected" | "signalled" | "signaled" | "flagged" | "in" | "predicted" | "predicts" | "forecast" | "forecasts" | "that" | "of" | "about" | "favour" | "favours" | "favor" | "favors" | "backed" | "backs")
}

/// A verb that tells the change after it was made: "completed a January
/// move to Leeds", "sealed a move in January".
fn made_it(verb: &str) -> bool {
    verb.ends_with("ed") || matches!(verb, "made" | "won" | "got" | "sealed" | "earned")
}

/// A change or a decision that "a" may say is to come: "a January move", "a
/// pause in December".
fn is_a_change_to_come(noun: &str) -> bool {
    matches!(noun, "move" | "cut" | "hike" | "rise" | "increase" | "reduction" | "pause" | "election" | "referendum" | "reshuffle" | "launch")
}

/// A past act that sets something going, its object then dated "from" a
/// month ("confirmed a higher multiplier from April", "commissioned 12
/// sessions a week from January"), with no verb of a change or a state
/// in the clause. `words_before`: the clause up to the date.
fn starts_what_was_decided(words_before: &str) -> bool {
    words_before.split(' ').map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).any(|w| is_one_of(w, &["confirmed", "announced", "agreed", "approved", "commissioned", "ordered", "unveiled", "pledged", "promised", "offered", "proposed", "offers", "proposes"]))
        && !words_before.split(' ').any(|w| is_one_of(w, &["rose", "fell", "grew", "was", "were", "been", "since"]))
}

fn decided_to_act(before: &str) -> bool {
    const DECISIONS: [&str; 7] = ["voted", "agreed", "decided", "resolved", "pledged", "promised", "vowed"];
    // (or asked someone else to: "urged ministers to publish the plan by the
    // end of March", "has recommended that the government publish a
    // timetable by the end of March")
    const REQUESTS: [&str; 10] = ["urged", "urges", "asked", "asks", "recommended", "recommends", "demanded", "demands", "ordered", "instructed"];
    let words: Vec<&str> = before.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.iter().enumerate().any(|(k, w)| {
        // (a tally and a day may come between: "voted 5-2 on Tuesday to
        // raise water rates")
        DECISIONS.iter().any(|d| w.eq_ignore_ascii_case(d)) && words.iter().skip(k + 1).take(6).any(|n| n.eq_ignore_ascii_case("to"))
            || REQUESTS.iter().any(|d| w.eq_ignore_ascii_case(d)) && (words.iter().skip(k + 1).take(4).any(|n| n.eq_ignore_ascii_case("to")) || words.get(k + 1).is_some_and(|n| n.eq_ignore_ascii_case("that")))
    })
}

/// A date that ends a period at a month's end: "to the end of December",
/// "until the end of March".
fn runs_to_the_end_of(date: &str) -> bool {
    ["to the end of ", "until the end of ", "till the end of ", "through the end of "].iter().any(|lead| date.get(..lead.len()).is_some_and(|p| p.eq_ignore_ascii_case(lead)))
}

/// Whether a lower-case clause has a verb of a schedule in the present
/// ("sets its budget", "goes to the polls", "meets", "plans a second
/// search"), which may tell the last time or the next.
fn tells_a_schedule(lower: &str) -> bool {
    let mut before = "";
    lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).any(|w| {
        // (a noun after a number or a determiner is no verb: "by 143 runs",
        // "the votes")
        let noun = before.bytes().all(|b| b.is_ascii_digit()) || matches!(before, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "of" | "by" | "in" | "on" | "for" | "with" | "and");
        before = w;
        !noun && matches!(w, "goes" | "meets" | "sets" | "holds" | "plans" | "opens" | "closes" | "starts" | "begins" | "runs" | "takes" | "faces" | "hosts" | "heads" | "returns" | "plays" | "visits" | "travels" | "launches" | "publishes" | "decides" | "votes")
    })
}

/// Whether the `n`th word back (`back` runs from the date backwards) follows
/// an infinitive, as its object's adjective: "to publish revised figures",
/// "to set out updated forecasts".
fn after_an_infinitive(back: &[&str], n: usize) -> bool {
    let at = |k: usize| back.get(k).copied().unwrap_or("");
    at(n + 2) == "to" && !at(n + 1).ends_with("ed") || at(n + 3) == "to" && matches!(at(n + 1), "out" | "up" | "off" | "down")
}

/// Whether a lower-case clause tells of the past: a past form of a common
/// verb (the irregular ones the figures know, and a few more), or a word in
/// "-ed" that is not a plan ("scheduled", "planned").
fn looks_back(lower: &str) -> bool {
    // (words keep their inner apostrophes, for the possessive below)
    let mut words = lower.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').map(|w| w.trim_matches(['\'', '’'])).filter(|w| !w.is_empty()).peekable();
    let mut before = "";
    let (mut before2, mut before3) = ("", "");
    while let Some(w) = words.next() {
        // (a participle after a determiner or a possessive describes its
        // noun: "the festival's extended programme", "the revised plan")
        // (and so does one right after an infinitive: "is due to set out
        // updated forecasts", "to publish revised figures"; and one after
        // "be" is no past: "to be published")
        let describes = matches!(before, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that" | "each" | "every" | "be")
            || before.ends_with("'s")
            || before.ends_with("’s")
            || before2 == "to"
            || before3 == "to" && matches!(before, "out" | "up" | "off" | "down");
        (before3, before2, before) = (before2, before, w);
        if describes && w.len() > 4 && w.ends_with("ed") {
            continue;
        }
        // (not what was then to come: "A cut in December was possible",
        // "were likely")
        if matches!(w, "was" | "were") && words.peek().is_some_and(|n| matches!(*n, "possible" | "likely" | "unlikely" | "probable" | "expected" | "due" | "set" | "scheduled" | "planned" | "certain" | "inevitable")) {
            continue;
        }
        // (what was done before the sentence's act: "holds its rate at
        // 0.75%, after raising it from 0.5% in January")
        if before2 == "after" && w.len() > 4 && w.ends_with("ing") && !lower.contains(" will ") {
            return true;
        }
        if crate::analysis::figures::is_irregular_past(w)
            || matches!(w, "was" | "were" | "had" | "did" | "ago" | "thought" | "chose" | "knew" | "spoke" | "threw" | "wore")
            || w.len() > 4 && w.ends_with("ed") && !matches!(w, "scheduled" | "planned" | "expected" | "proposed" | "intended" | "needed" | "required")
        {
            return true;
        }
    }
    false
}

/// `clause` up to a relative clause that follows the date, when the words
/// before the date tell of the past ("passed a stopgap bill on September 30
/// that runs only until November 21").
fn without_relative_clause(text: &str, clause: Span, date: Span) -> Span {
    let (Some(before), Some(after)) = (text.get(clause.start..date.start), text.get(date.end..clause.end)) else { return clause };
    let relative = [" that ", " which ", " who "].iter().filter_map(|w| after.find(w)).min();
    match relative {
        Some(at) if looks_back(&before.to_lowercase()) => Span::new(clause.start, date.end + at),
        _ => clause,
    }
}

/// "the September jobs report", "Our October report": a month naming an
/// edition of a publication, not a date.
fn names_an_edition(text: &str, date: Span) -> bool {
    let Some(month) = text.get(date.range()) else { return false };
    if month.contains(|c: char| c.is_ascii_digit() || c.is_whitespace()) {
        return false;
    }
    let before = crate::analysis::words_before(text, date.start, 1).to_ascii_lowercase();
    let after = text.get(date.end..).unwrap_or("").split_whitespace().take(2).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase()).collect::<Vec<_>>();
    let is_edition = |w: &str| matches!(w, "report" | "reports" | "figures" | "data" | "survey" | "release" | "edition" | "issue" | "update" | "statement" | "minutes" | "bulletin" | "index" | "payrolls" | "payroll" | "numbers" | "forecast" | "outlook" | "newsletter" | "review");
    matches!(before.as_str(), "the" | "its" | "our" | "their" | "his" | "her" | "this" | "that")
        && (after.first().is_some_and(|w| is_edition(w)) || after.first().is_some_and(|w| matches!(w.as_str(), "jobs" | "inflation" | "cpi" | "retail" | "labour" | "labor" | "trade" | "housing" | "budget" | "monetary" | "quarterly")) && after.get(1).is_some_and(|w| is_edition(w)))
}

/// Whether a lower-case clause puts something off, so that a date it is
/// put off "to" lies ahead: "voted to continue the hearing to Feb. 11",
/// "adjourned the case to 3 March".
fn puts_off(lower_clause: &str) -> bool {
    const PUT_OFF: [&str; 9] = ["continue", "postpone", "adjourn", "delay", "defer", "reschedul", "moved", "pushed", "extend"];
    PUT_OFF.iter().any(|w| lower_clause.contains(w))
}

/// Whether a lower-case clause sets a deadline or an opening in the
/// present, which looks forward: "Consultation closes: 9 January",
/// "Nominations close on 22 May", "The exhibition opens in March".
/// A verb of saying in the past ("said", "announced"): what it reports may
/// look ahead, the saying does not.
fn is_said_past(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "said" | "announced" | "told" | "wrote" | "reported" | "confirmed" | "warned" | "added" | "stated" | "predicted" | "promised" | "pledged" | "disclosed" | "revealed" | "signalled" | "signaled" | "indicated"
    )
}

/// (the plain form after a plural subject and before its date: "a strong
/// start in March" is a noun)
fn schedules(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        let plural_subject = k > 0 && words[k - 1].len() > 3 && words[k - 1].ends_with('s') && !words[k - 1].ends_with("ss");
        let before_a_date = words.get(k + 1).is_some_and(|n| matches!(*n, "on" | "in"));
        matches!(*w, "closes" | "opens" | "reopens" | "begins" | "starts") || matches!(*w, "close" | "open" | "reopen" | "begin" | "start") && plural_subject && before_a_date
    })
}

/// Whether a lower-case clause has a verb of its own: a past or present
/// form of the common verbs, or a word in "-ed" (a participle counts:
/// "In a letter dated 2 September,").
fn has_a_verb(lower: &str) -> bool {
    const VERBS: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "said", "says",
        "takes", "take", "took", "meets", "meet", "met", "opens", "open", "opened", "begins", "begin", "began", "starts", "start", "ends", "end", "runs", "run", "ran",
        "falls", "fall", "fell", "comes", "come", "came", "goes", "go", "went", "gets", "got", "sees", "saw", "holds", "hold", "held", "publishes", "publish",
        "closes", "close", "closed",
    ];
    // (and the irregular past forms the figures know: "told investors in
    // July" has its verb)
    // (and a relative clause has one after its pronoun, whatever its form:
    // "which last cut rates in October")
    let is_verb = |w: &str| VERBS.contains(&w) || w.len() > 4 && w.ends_with("ed") && !names_a_place(w) || crate::analysis::figures::is_irregular_past(w);
    // (the month is no modal: "and stronger in May", "by 3 May")
    let month_may = |before: &str| matches!(before, "in" | "of" | "by" | "until" | "till" | "since" | "from" | "to" | "through" | "early" | "late" | "mid" | "last" | "next" | "this" | "and" | "or") || before.bytes().all(|b| b.is_ascii_digit());
    let mut words = lower.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty());
    let mut before = "";
    match words.next() {
        Some("which" | "who") if words.next().is_some() => true,
        first => {
            first.is_some_and(|w| w != "may" && is_verb(w))
                || words.any(|w| {
                    let verb = is_verb(w) && !(w == "may" && month_may(before));
                    before = w;
                    verb
                })
        }
    }
}

/// The clause of `sentence` that holds `date`: from the last comma,
/// semicolon, colon or dash before it to the first one after it (each
/// break included, so a forward word right after it still has its space).
fn clause_around(text: &str, sentence: Span, date: Span) -> Span {
    const BREAKS: &[char] = &[',', ';', ':', '—', '–'];
    let (Some(before), Some(after)) = (text.get(sentence.start..date.start), text.get(date.end..sentence.end)) else { return sentence };
    // (a digit group's comma is no break: "cleared 6,000 cubic metres of
    // waste in January")
    let digit_group = |s: &str, k: usize| s.as_bytes()[k] == b',' && k > 0 && s.as_bytes()[k - 1].is_ascii_digit() && s.as_bytes().get(k + 1).is_some_and(u8::is_ascii_digit);
    let start = before.char_indices().rev().find(|&(k, c)| BREAKS.contains(&c) && !digit_group(before, k)).map_or(sentence.start, |(k, _)| sentence.start + k);
    let end = after.char_indices().find(|&(k, c)| BREAKS.contains(&c) && !digit_group(after, k)).map_or(sentence.end, |(k, c)| date.end + k + c.len_utf8());
    // (nor past a second verb of its subject that says something: "cut
    // its rate on October 28 and said it would watch the data")
    // (one search for " and ", the word after it asked: a search per verb
    // cost 2 M instructions per MB)
    let said_next = after
        .match_indices(" and ")
        .find(|&(k, m)| after.get(k + m.len()..).and_then(|rest| rest.split(' ').next()).is_some_and(|w| matches!(w, "said" | "says" | "added" | "warned" | "signalled" | "signaled" | "indicated" | "announced")))
        .map(|(k, _)| date.end + k + 1);
    // (nor into what a past verb after the date says: "A report by the
    // Local Government Association in June estimated that councils would
    // need to spend" dates the report)
    let said_after = after
        .match_indices(" that ")
        .next()
        .filter(|&(k, _)| after[..k].rsplit(' ').next().is_some_and(|w| crate::analysis::figures::is_past_form(w) && !matches!(w, "expected" | "hoped" | "planned" | "scheduled" | "intended")))
        .map(|(k, _)| date.end + k + 1);
    Span::new(start, said_next.into_iter().chain(said_after).fold(end, usize::min))
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
                // (a decade that describes a thing states no year: "a 1960s
                // block ... by the end of January"; "That changed in the
                // 1980s ... the second review, in June" does)
                .filter(|t| matches!(&t.kind, TimeKind::Absolute { .. }) && !describes_by_decade(cx.text(), Span::new(t.span.start, t.span.end)) || names_a_year(cx.slice(Span::new(t.span.start, t.span.end)), &t.kind))
                .map(|t| t.span.end)
                .min();
            self.year_end = first_year_stated(prose);
        }
        if self.absolute_end.is_some_and(|e| e <= expr.span.start) {
            return true;
        }
        crate::analysis::mentions_year_before(prose, self.year_end, expr.span.start.saturating_sub(block.span.start).min(prose.len()))
    }
}


/// The one year the sentence states before a date in it ("The 2027 Giro
/// d'Italia will start ... on 8 May"): none when it states two.
fn year_of_the_sentence(text: &str, sentence: Span, date: Span) -> Option<i16> {
    let before = text.get(sentence.start..date.start)?;
    let mut years = before.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).filter_map(|w| w.parse::<i16>().ok()).filter(|y| (1900..=2100).contains(y));
    let year = years.next()?;
    years.all(|other| other == year).then_some(year)
}

/// The end of the first year in `prose` that states a year: not one that
/// ends a law's name ("under the Proceeds of Crime Act 2002 ... in March").
fn first_year_stated(prose: &str) -> Option<usize> {
    let mut from = 0;
    loop {
        let end = from + crate::analysis::first_year_end(prose.get(from..)?)?;
        let before = prose.get(..end - 4).unwrap_or("").trim_end();
        if !["Act", "Acts", "Regulations", "Order", "Rules", "Bill", "Directive", "Convention"].iter().any(|name| before.ends_with(name)) {
            return Some(end);
        }
        from = end;
    }
}

/// "a 1960s block": a decade after "a" or "an", which says what kind of
/// thing follows (its text ends with the decade's "s").
fn describes_by_decade(text: &str, span: Span) -> bool {
    let decade = text.get(span.range()).unwrap_or("");
    let before = text.get(..span.start).unwrap_or("").trim_end();
    decade.ends_with('s')
        && decade.trim_end_matches('s').trim_end_matches(['\'', '’']).ends_with('0')
        && before.rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
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
/// Whether `next` is joined to `current` as one list or range of dates:
/// "October and November", "18 October to 15 November", "September,
/// October".
fn joined_dates(text: &str, current: &TimeExpr, next: &TimeExpr) -> bool {
    let between = text.get(current.span.end..next.span.start).unwrap_or("x").trim();
    // (the joint may open the next expression: "18 October to 15 November
    // 2026" is "18 October" and "to 15 November 2026")
    let next_text = text.get(next.span.clone()).unwrap_or("");
    let opens = |joint: &str| next_text.get(..joint.len()).is_some_and(|w| w.eq_ignore_ascii_case(joint));
    let joint_in_next = between.is_empty() && ["to ", "until ", "till ", "through ", "and "].into_iter().any(opens);
    // (months the recogniser left inside a list: "September, October and
    // November")
    // (a month among them: ", and" alone before a date with its own
    // preposition joins two clauses, "on Oct. 14, and in September a
    // jeweler ... was sentenced")
    let months_listed = || {
        let words = between.split([' ', ',']).filter(|w| !w.is_empty());
        let mut any_month = false;
        words.into_iter().all(|w| {
            let month = crate::analysis::time::month_from_name(w).is_some();
            any_month |= month;
            matches!(w, "and" | "or") || month
        }) && any_month
    };
    // (a comma joins a list, not a date with a preposition of its own:
    // "the next price cap, covering April to June, on 26 February")
    let listed_after_comma = || between == "," && !next_text.starts_with(|c: char| c.is_ascii_lowercase());
    joint_in_next || matches!(between.to_ascii_lowercase().as_str(), "and" | "or" | "to" | "through" | "until" | "till" | "-" | "–" | "—" | "/" | "&") || listed_after_comma() || months_listed()
}

/// A month whose noun phrase a relative year closes: "a December cut last
/// year", "the March deadline this year" (relative-date dates the year).
fn dated_by_a_relative_year(text: &str, times: &[TimeExpr], expr: &TimeExpr) -> bool {
    times.iter().find(|t| t.span.start >= expr.span.end).is_some_and(|next| {
        matches!(&next.kind, TimeKind::Relative(r) if matches!(r.reference, crate::analysis::time::Reference::Year(_)))
            && text.get(expr.span.end..next.span.start).is_some_and(|between| {
                let words: Vec<&str> = between.split_whitespace().collect();
                words.len() <= 2 && words.iter().all(|w| w.bytes().all(|b| b.is_ascii_lowercase()) && !matches!(*w, "and" | "or" | "but" | "until" | "to" | "than" | "by" | "before" | "after" | "since"))
            })
    })
}

/// The year-less month (with no day) joined to the year-less month `expr`,
/// the next time told after it (`after`) or the last before it, and the
/// months of both: "close in August and September", "from November to
/// February".
fn joined_month<'t>(text: &str, times: &'t [TimeExpr], expr: &TimeExpr, after: bool) -> Option<(&'t TimeExpr, i8, i8)> {
    let TimeKind::MissingYear { month, day, .. } = expr.kind else { return None };
    let other = if after { times.iter().find(|t| t.span.start >= expr.span.end) } else { times.iter().rev().find(|t| t.span.end <= expr.span.start) }?;
    let TimeKind::MissingYear { month: other_month, day: other_day, .. } = other.kind else { return None };
    // (days too, when the range crosses the year's end: "between 1 November
    // and 31 March"; within a year each day keeps its own fix)
    let crosses = if after { other_month < month } else { other_month > month };
    if (day.is_some() || other_day.is_some()) && !crosses {
        return None;
    }
    let (first, second) = if after { (expr, other) } else { (other, expr) };
    joined_dates(text, first, second).then_some((other, month, other_month))
}

fn shares_the_next_year(text: &str, times: &[TimeExpr], expr: &TimeExpr) -> bool {
    // (through the dates joined to it: "from April to October in 2022")
    let mut current = expr;
    while let Some(next) = times.iter().find(|t| t.span.start >= current.span.end) {
        let between = text.get(current.span.end..next.span.start).unwrap_or("x").trim();
        let next_text = text.get(next.span.clone()).unwrap_or("").to_ascii_lowercase();
        let joined = joined_dates(text, current, next);
        match next.kind {
            TimeKind::Absolute { .. } => {
                // ("moved to October in 2022": the year the month was in;
                // "goes on sale in late October from 2027": the year it
                // starts from)
                // (or a month naming its noun's time: "moved from its
                // November slot in 2015", "the March meeting in 2019")
                let names_its_noun = || {
                    let before = crate::analysis::words_before(text, current.span.start, 1).to_ascii_lowercase();
                    between.bytes().all(|b| b.is_ascii_lowercase())
                        && (matches!(before.as_str(), "its" | "their" | "his" | "her" | "the" | "our") || before.ends_with("'s") || before.ends_with("’s"))
                };
                let year_of_it = (between.is_empty() || names_its_noun())
                    && ["in ", "from ", "of "].iter().any(|p| next_text.strip_prefix(p).is_some_and(|y| y.trim_start().starts_with(|c: char| c.is_ascii_digit())));
                return joined || year_of_it;
            }
            TimeKind::MissingYear { .. } if joined => current = next,
            _ => return false,
        }
    }
    false
}

/// The years a report has given before a point: of each day and month
/// written with its year ("admitted on 11 March 2023", so "on the afternoon
/// of 11 March" is that day), and of each section whose heading gives one
/// ("### 2025: Madrid title", so "in July" under it is July 2025).
struct KnownYears {
    /// (month, day) -> (start, year) of the full dates, in order.
    days: std::collections::HashMap<(i8, i8), Vec<(usize, i16)>>,
    /// (start, the heading's year) of every heading, in order.
    headings: Vec<(usize, Option<i16>)>,
}

impl KnownYears {
    fn of(cx: &RuleContext<'_>) -> KnownYears {
        let mut days: std::collections::HashMap<(i8, i8), Vec<(usize, i16)>> = std::collections::HashMap::new();
        let mut headings = Vec::new();
        for block in &cx.analysis.blocks {
            if block.kind == crate::document::BlockKind::Heading {
                let title = cx.text().get(block.span.range()).unwrap_or("");
                // (not a year a comparison reaches back to: "UK unemployment
                // climbs to 5.1%, highest since 2016")
                let year = crate::analysis::first_year_end(title)
                    .filter(|&end| !["since", "than", "before", "after", "until", "till", "from"].iter().any(|w| crate::analysis::words_before(title, end - 4, 1).eq_ignore_ascii_case(w)))
                    .and_then(|end| title.get(end - 4..end))
                    .and_then(|y| y.parse().ok());
                headings.push((block.span.start, year));
            }
            for t in block.sentences.iter().flat_map(|s| s.times.iter()) {
                if let TimeKind::Absolute { year, month: Some(month), day: Some(day) } = t.kind {
                    days.entry((month, day)).or_default().push((t.span.end, year));
                }
            }
        }
        KnownYears { days, headings }
    }

    /// The year for a year-less date at `at`: its day's, given before, else
    /// its section's.
    fn for_date(&self, kind: &TimeKind, at: usize) -> Option<i16> {
        let TimeKind::MissingYear { month, day, .. } = *kind else { return None };
        let given_day = day.and_then(|day| {
            let seen = self.days.get(&(month, day))?;
            seen[..seen.partition_point(|&(end, _)| end <= at)].last().map(|&(_, year)| year)
        });
        given_day.or_else(|| self.headings[..self.headings.partition_point(|&(start, _)| start < at)].last().and_then(|&(_, year)| year))
    }
}

/// "every 1 May", "each March", and a date the rest of its clause makes
/// yearly ("1 May to 30 September of each year", "in March every year").
fn recurring(text: &str, expr: &TimeExpr) -> bool {
    let span = Span::new(expr.span.start, expr.span.end);
    // (the twenty words before the date, lower-cased once, and the last n
    // of them as the tail of that copy: every year-less date asks, and
    // the readings below ask for three to twenty words back)
    let wide = crate::analysis::words_before(text, span.start, 20);
    let wide_lower = wide.to_ascii_lowercase();
    let starts = last_word_starts(wide);
    let words_back = |n: usize| wide_lower.get(starts[n.min(WIDEST)]..).unwrap_or("");
    let before = words_back(3);
    if before.ends_with("every") || before.ends_with("each") || before.ends_with("annually on") || before.ends_with("every year on") {
        return true;
    }
    // ("The tax year begins on 6 April", "the school year starts in
    // September": a yearly period's bounds, told in the present)
    let five_words = words_back(5);
    if five_words.as_bytes().windows(4).any(|w| w == b"year") {
        let bound = |p: &str| five_words.strip_suffix(p).is_some() || five_words.match_indices(p).any(|(at, _)| five_words[at + p.len()..].starts_with(' '));
        if [" year begins", " year starts", " year ends", " year runs"].into_iter().any(bound) && ["tax year", "financial year", "school year", "academic year", "fiscal year"].iter().any(|k| five_words.contains(k)) {
            return true;
        }
    }
    // ("the Atlantic hurricane season runs from June to November", "where
    // a secondary severe weather season runs from November into early
    // December": a season of nature's, which comes round every year,
    // bounded in the present; not a league's, "The new season starts in
    // August")
    if five_words.contains("season ") {
        let bound = [" season runs", " season lasts", " season starts", " season begins", " season ends", " season peaks", " season stretches", " season extends"].iter().any(|p| five_words.contains(p));
        // (the word right before each "season")
        let of_nature = five_words.match_indices(" season").any(|(at, _)| {
            let kind = five_words[..at].rsplit(' ').next().unwrap_or("");
            matches!(kind, "weather" | "hurricane" | "tornado" | "typhoon" | "cyclone" | "monsoon" | "storm" | "wildfire" | "fire" | "flu" | "breeding" | "nesting" | "growing" | "planting" | "harvest" | "rainy" | "wet" | "dry" | "pollen" | "migration")
        });
        if bound && of_nature {
            return true;
        }
    }
    // ("held each May and August bank holiday": a month joined to one
    // after "each" or "every")
    let mut three = before.split_whitespace().rev();
    if let (Some("and" | "or"), Some(month), Some("each" | "every")) = (three.next(), three.next(), three.next())
        && crate::analysis::time::month_from_name(month).is_some()
    {
        return true;
    }
    // ("twice a year, in April and October", "in March and September each
    // year"): the months of a yearly round, and the month joined to them
    let six_words = words_back(6);
    if ["twice a year", "twice yearly", "each year,", "every year,", "a year,", "annually,"].iter().any(|p| six_words.contains(p)) {
        return true;
    }
    // ("The sheriff is elected every four years, and the winner takes
    // office on January 1": a round of years, and what falls on its date
    // told in the present)
    // (the words split only when "every" or "each" is there: this is asked
    // of every year-less date)
    let sentence_before = words_back(14);
    let may_recur = ["every", "each"].iter().any(|w| sentence_before.contains(w));
    if may_recur {
        let words: Vec<&str> = sentence_before.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let round_of_years = words.windows(3).any(|w| matches!(w[0], "every" | "each") && (matches!(w[1], "year" | "years") || matches!(w[2], "year" | "years")));
        if round_of_years && words.iter().rev().take(3).any(|w| matches!(*w, "takes" | "begins" | "starts" | "opens" | "ends" | "closes" | "falls" | "expires" | "runs" | "take" | "begin" | "start" | "end" | "fall" | "expire")) {
            return true;
        }
    }
    // ("Ofgem reviews the cap every three months, and new levels take
    // effect on 1 January, 1 April, 1 July and 1 October": the dates of a
    // round within the year, three or more listed)
    // (asked only of a day listed with others, and the words split only
    // when "every", "each" or "quarterly" is there: this is asked of every
    // year-less date)
    let listed = || {
        let after = text.get(span.end..).unwrap_or("");
        let before = text.get(..span.start).unwrap_or("");
        after.starts_with(',') || after.starts_with(" and ") || before.ends_with(", ") || before.ends_with(" and ")
    };
    let twenty_before = if matches!(expr.kind, TimeKind::MissingYear { day: Some(_), .. }) && listed() { words_back(WIDEST) } else { "" };
    if ["every", "each", "quarterly"].iter().any(|w| twenty_before.contains(w)) {
        let lower = twenty_before;
        let round = ["every three months", "every quarter", "each quarter", "quarterly", "every six months", "every two months", "every month"].iter().any(|p| lower.contains(p));
        let after = text.get(span.end..).unwrap_or("");
        let after = &after[..crate::document::line_index::floor_char_boundary(after, after.find(['.', ';', '\n']).unwrap_or(after.len()).min(120))];
        let months = |s: &str| s.split(|c: char| !c.is_alphanumeric()).filter(|w| crate::analysis::time::month_from_name(&w.to_ascii_lowercase()).is_some()).count();
        if round && months(&lower[lower.rfind(['.', ';']).map_or(0, |k| k + 1)..]) + months(after) >= 2 {
            return true;
        }
        // ("which is reset every 1 January, 1 April, 1 July and 1
        // October": a date of a list that "every" opens)
        if let Some(at) = ["every ", "each "].iter().filter_map(|w| lower.rfind(w).map(|k| k + w.len())).max()
            && lower[at..].split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).all(|w| w.bytes().all(|b| b.is_ascii_digit()) || matches!(w, "and" | "or") || crate::analysis::time::month_from_name(w).is_some())
        {
            return true;
        }
    }
    // ("runs every day of the year except 25 December": the days a yearly
    // round leaves out)
    if six_words.ends_with("of the year except") || six_words.ends_with("year except for") || six_words.ends_with("every day except") {
        return true;
    }
    // ("every Saturday from March to December", "on Saturdays from April":
    // the season of a weekly round; not "every Saturday in January", one
    // month's run)
    // (a weekday's name, or its plural: "on Saturdays")
    let weekday = |w: &str| crate::analysis::attribution::is_weekday_name(w.strip_suffix('s').unwrap_or(w));
    let from = crate::analysis::words_before(text, span.end, 4).to_ascii_lowercase();
    if from.split(' ').any(|w| w == "from") {
        let words: Vec<&str> = six_words.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        if words.windows(2).any(|w| matches!(w[0], "every" | "each") && weekday(w[1]) || w[0] == "on" && w[1].ends_with("days") && weekday(w[1])) {
            return true;
        }
    }
    let rest = text.get(span.end..).unwrap_or("");
    // ("written off 30 years after the April you were first due to repay":
    // a month each reader's own story places, no calendar month; not "the
    // April they took office", one April the story knows)
    if matches!(expr.kind, TimeKind::MissingYear { day: None, .. })
        && before.ends_with("the")
        && rest.split_whitespace().next().is_some_and(|w| w == "you")
    {
        return true;
    }
    // ("The January window opens on 1 January", "the January sales": the
    // name of what comes round in that month, no date)
    if matches!(expr.kind, TimeKind::MissingYear { day: None, .. })
        && before.ends_with("the")
        && rest.split_whitespace().next().is_some_and(|w| matches!(w.trim_end_matches([',', '.', ';', ':']), "window" | "sales" | "transfer"))
    {
        return true;
    }
    // ("The race has been run in November since 2005": in that month every
    // year since)
    if rest.strip_prefix(" since ").and_then(|r| r.get(..4)).is_some_and(crate::analysis::mentions_year) {
        return true;
    }
    // ("a five-year average of 67% for mid-September", "2C above normal
    // for October": a norm of that time of every year)
    if text[span.range()].get(..4).is_some_and(|w| w.eq_ignore_ascii_case("for "))
        && ["-year average", "long-term average", "term average", " normal", "seasonal average", "typical", "unusually ", "unseasonably ", "exceptionally "].iter().any(|w| [" ", five_words].concat().contains(w))
    {
        return true;
    }
    // ("the lowest level for late November since records began", "the
    // wettest for October on record": a record for that time of every
    // year; "would break the November record", "the October average")
    let record_after = rest.trim_start_matches(['\'', '’', 's', ' ']).split(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| matches!(w, "record" | "records" | "average" | "averages" | "norm" | "mean"));
    let superlative_for = text[span.range()].get(..4).is_some_and(|w| w.eq_ignore_ascii_case("for ")) && five_words.split_whitespace().any(|w| w.len() > 5 && w.ends_with("est") || w == "record");
    let on_record = rest.starts_with(" since records began") || rest.starts_with(" on record");
    // (a month with no day: "the November record", not "the 3 November record")
    let month_only = matches!(expr.kind, TimeKind::MissingYear { day: None, .. });
    if month_only && (record_after || superlative_for || on_record && five_words.split_whitespace().any(|w| w.len() > 5 && w.ends_with("est"))) {
        return true;
    }
    // ("Flow ... is highest in April and May, ... and lowest in August and
    // September": a season's pattern, told in the present)
    // (and the month joined to one: "lowest in August and September")
    let is_superlative = |w: &str| w.len() > 5 && w.ends_with("est") || matches!(w, "peak" | "peaks");
    let joined_to_a_month = || {
        let words: Vec<&str> = five_words.split_whitespace().collect();
        matches!(words.as_slice(), [.., sup, "in", month, "and" | "or"] if is_superlative(sup) && crate::analysis::figures::is_month(month))
    };
    let superlative_before = five_words.split_whitespace().next_back().is_some_and(is_superlative) && text[span.range()].get(..3).is_some_and(|w| w.eq_ignore_ascii_case("in "));
    if month_only && (superlative_before || joined_to_a_month()) {
        // (back to the sentence's start, at most twenty words)
        let told = words_back(WIDEST).rsplit(". ").next().unwrap_or("");
        let told = [" ", told, " "].concat();
        if told_in_the_present(&told) {
            return true;
        }
    }
    let clause = &rest[..rest.find(['.', ',', ';', ':', '!', '?', '\n']).unwrap_or(rest.len())];
    let clause = clause.to_ascii_lowercase();
    let yearly = |clause: &str| [" each year", " every year", " annually", " year after year", " yearly"].iter().any(|w| clause.contains(w));
    if yearly(&clause) {
        return true;
    }
    // ("on 1 January, 1 April, 1 July and 1 October each year": the dates
    // of a list the yearly words end)
    if rest.starts_with(", ") {
        let sentence = &rest[..rest.find(['.', ';', ':', '!', '?', '\n']).unwrap_or(rest.len())];
        let mut pieces = sentence.split(',').skip(1).peekable();
        while let Some(piece) = pieces.next() {
            let words: Vec<&str> = piece.split_whitespace().collect();
            let a_date = |w: &&str| crate::analysis::time::month_from_name(w).is_some() || w.bytes().all(|b| b.is_ascii_digit());
            let dated = words.iter().any(a_date);
            if pieces.peek().is_none() {
                if dated && yearly(&piece.to_ascii_lowercase()) {
                    return true;
                }
            } else if !(dated && words.len() <= 3 && words.iter().all(|w| a_date(w) || matches!(*w, "and" | "or"))) {
                break;
            }
        }
    }
    // A habit of the seasons: "The rainy season usually lasts until late
    // September", "Harvest typically begins in August".
    // ("The festival is held each year on the last weekend of October")
    if [" each year", " every year", "annually", "yearly"].iter().any(|w| [" ", six_words].concat().contains(w)) {
        return true;
    }
    // "an annual festival of light, music and street theatre held over three
    // nights in late October": when an annual thing is held.
    let wider = words_back(16).rsplit(['.', ';', '!', '?']).next().unwrap_or("");
    // ("for each seven-day period of very cold weather between 1 November
    // and 31 March": the window of a yearly scheme, its periods counted
    // each or every)
    let own = text[span.range()].to_ascii_lowercase();
    let opens_a_range = own.starts_with("between ") || own.starts_with("from ") || wider.ends_with(" between") || wider.ends_with(" from");
    // (or its end: "between 1 November and 31 March", "from 1 November to
    // 31 March")
    let ends_a_range = || {
        [" between ", " from "].iter().any(|p| {
            wider.rsplit_once(p).is_some_and(|(_, tail)| tail.split_whitespace().count() <= 3 && (tail.ends_with(" and") || tail.ends_with(" to") || own.starts_with("and ") || own.starts_with("to ")))
        })
    };
    let in_a_range = opens_a_range || ends_a_range();
    if in_a_range {
        let words: Vec<&str> = wider.split_whitespace().collect();
        // (or a round's frequency, over a whole range: "from fortnightly to
        // monthly between November and February"; not a change's start,
        // "every two weeks instead of weekly from April")
        let periodic = words.windows(2).any(|w| matches!(w[0], "each" | "every") && ["period", "day", "week", "month", "winter", "spell", "season"].iter().any(|p| w[1].contains(p)) || matches!(w[0], "each" | "every") && w[1].ends_with("-day"))
            || words.iter().any(|w| matches!(*w, "monthly" | "weekly" | "fortnightly" | "daily")) && (ends_a_range() || [" and ", " to "].iter().any(|w| rest.starts_with(w)));
        if periodic {
            return true;
        }
    }
    // ("In most years cases peak in September and fall by mid-November":
    // what most years hold, in the sentence before the date)
    if ["in most years", "in a typical year", "in an average year", "in a normal year"].iter().any(|p| wider.contains(p)) {
        return true;
    }
    // ("Landslides and floods are common in Indonesia between November and
    // March": how often a thing happens in a part of every year, told in
    // the present)
    if month_only {
        let told = [" ", wider, " "].concat();
        let how_often = [" common ", " rare ", " frequent ", " typical ", " usual ", " prevalent ", " widespread "];
        if told_in_the_present(&told) && how_often.iter().any(|w| told.contains(w)) && !told.contains(" will ") {
            return true;
        }
    }
    let held = |w: &str| matches!(w, "held" | "staged" | "celebrated" | "observed" | "marked" | "falls" | "runs" | "opens" | "place" | "hosts" | "holds" | "stages");
    // (not one year's: "The annual conference was held in October")
    let words = || wider.split(|c: char| !c.is_alphanumeric());
    if words().any(|w| w == "annual") && words().any(held) && !words().any(|w| matches!(w, "was" | "were" | "been" | "had" | "last" | "this" | "next")) {
        return true;
    }
    // ("The peak season for retail imports runs from August to November":
    // a season of the year, in the present)
    let of_the_year = |w: &str| {
        matches!(w, "peak" | "rainy" | "dry" | "wet" | "monsoon" | "hurricane" | "typhoon" | "cyclone" | "fire" | "wildfire" | "breeding" | "nesting" | "migration" | "growing" | "harvest" | "planting" | "tourist" | "holiday" | "flu" | "pollen" | "hunting" | "fishing" | "shooting" | "lambing" | "calving" | "spawning" | "busy" | "quiet" | "off")
    };
    // (split into words only when a season is named: every year-less date asks)
    let season_words: Vec<&str> = if wider.contains("season") { wider.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect() } else { Vec::new() };
    if season_words.windows(2).any(|p| of_the_year(p[0]) && p[1] == "season")
        && season_words.iter().any(|w| matches!(*w, "runs" | "lasts" | "begins" | "starts" | "ends" | "peaks" | "stretches" | "extends" | "spans" | "run" | "last" | "begin" | "start" | "end"))
        && !season_words.iter().any(|w| matches!(*w, "was" | "were" | "this" | "last" | "next" | "will"))
    {
        return true;
    }
    // ("Riverton has never missed its Oct. 1 deadline": a date kept every
    // year; "the ploughing match traditionally takes place on the second
    // Saturday in October": in the date's clause)
    let habitual = |w: &str| matches!(w, "usually" | "typically" | "normally" | "generally" | "traditionally" | "customarily" | "always" | "never" | "often" | "frequently" | "regularly" | "tends");
    let clause = words_back(10).rsplit(['.', ';', ',', ':']).next().unwrap_or("");
    if clause.split_whitespace().any(habitual) {
        return true;
    }
    // ("The short rains that normally arrive across northern Kenya,
    // southern Ethiopia and Somalia in October": the habit's verb, in the
    // present, reaches over a list of places to its month; not a turn to
    // one year, "usually meet in private, but on 3 October voted")
    let sentence = words_back(WIDEST).rsplit(['.', ';', ':', '!', '?']).next().unwrap_or("");
    let mut words = sentence.split_whitespace();
    words.any(habitual)
        && words.next().is_some_and(|verb| verb.chars().all(|c| c.is_ascii_lowercase()) && !verb.ends_with("ed"))
        && !words.any(|w| matches!(w.trim_end_matches(','), "but" | "yet" | "while" | "whereas" | "this" | "last" | "was" | "were" | "had" | "did"))
}

/// The most words back [`recurring`] reads before a date (and
/// [`last_word_starts`] finds the start of).
const WIDEST: usize = 20;

/// Where, in `wide` (the words before a date, as
/// [`crate::analysis::words_before`] gives them), each of its last n words
/// starts, for n up to [`WIDEST`]: `wide[starts[n]..]` is what
/// `words_before` of n would give (the same walk back over white space,
/// done once for every n the readings ask).
fn last_word_starts(wide: &str) -> [usize; WIDEST + 1] {
    let mut starts = [0; WIDEST + 1];
    let mut start = wide.len();
    let mut words = 0;
    for (i, c) in wide.char_indices().rev() {
        if c.is_whitespace() {
            words += 1;
            starts[words] = start;
            if words == WIDEST {
                return starts;
            }
        }
        start = i;
    }
    // (fewer words: the rest reach back to the start)
    for s in starts.iter_mut().skip(words + 1) {
        *s = start;
    }
    starts
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{allows, flags};
    use crate::rules::Rule::MissingYear as R;

    #[test]
    fn the_last_words_are_found_in_one_walk_as_words_before_finds_them() {
        let texts = [
            "The festival is held each year on the last weekend of",
            "two  spaces\tand a tab before  the",
            "one",
            "",
            "Ofgem reviews the cap every three months, and new levels take effect on 1 January, 1 April, 1 July and",
            "a café’s “quoted” words\u{a0}with a no-break space and more words than twenty of them in all here now at the end",
        ];
        for text in texts {
            let wide = crate::analysis::words_before(text, text.len(), super::WIDEST);
            let starts = super::last_word_starts(wide);
            for n in 1..=super::WIDEST {
                assert_eq!(&wide[starts[n]..], crate::analysis::words_before(text, text.len(), n), "{n} words back in {text:?}");
            }
        }
    }

    #[test]
    fn flags_yearless_dates() {
        flags(R, "A strike near Donetsk City on 3 October killed 20 soldiers.", &["on 3 October"]);
        flags(R, "The school suspended him on September 14.", &["on September 14"]);
        // (a hedge on the end of a span)
        flags(R, "Forecasts point to below-average rainfall until at least March.", &["until at least March"]);
        flags(R, "The road is closed until at least 3 March.", &["3 March"]);
    }

    #[test]
    fn a_date_after_a_story_told_in_another_year_gets_its_year_unsafe() {
        let fixes = fixes_of("Ferreira was injured on 21 September 2024 and missed seven months.\n\nHe returned to training in April.");
        assert_eq!(fixes, vec![(" 2026".into(), false), (" 2024".into(), false)]);
        // (a year given after the date in its own paragraph, an earlier one)
        let fixes = fixes_of("In August, he was called to a meeting. The final meeting was on 14 November 2024.");
        assert_eq!(fixes, vec![(" 2026".into(), false), (" 2024".into(), false)]);
        // (not a target to come)
        let fixes = fixes_of("The list fell in September. The target is to reach 92% by March 2027.");
        assert_eq!(fixes, vec![(" 2026".into(), true)]);
        // (a future told from a past: either year)
        let fixes = fixes_of("Kristensen had been unsure whether he would start after a fractured collarbone in August.");
        assert_eq!(fixes, vec![(" 2026".into(), false), (" 2027".into(), false)]);
        let fixes = fixes_of("The council met on 3 March 2026.\n\nIt met again in April.");
        assert_eq!(fixes, vec![(" 2026".into(), true)]);
        let fixes = fixes_of("The council met on 3 March 2026.\n\nIt meets again in April.");
        assert_eq!(fixes, vec![(" 2027".into(), true)]);

    }

    #[test]
    fn last_and_a_month_earlier_in_the_writing_year_gets_both_years_unsafe() {
        // (written on 20 November 2026)
        assert_eq!(fixes_of("Rents reached £1,150, up from £1,085 last September."), vec![("in September 2026".into(), false), ("in September 2025".into(), false)]);
        assert_eq!(fixes_of("Rents rose last December."), vec![("in December 2025".into(), true)]);
    }

    #[test]
    fn a_month_since_which_something_has_gone_on_is_past() {
        assert_eq!(fixes_of("The bank cut rates on Thursday, its first move since August, but warned that further cuts would come only gradually."), vec![(" 2026".into(), true)]);
        assert_eq!(fixes_of("Inspectors had visited six homes since December and were expected to report before Christmas."), vec![(" 2025".into(), true)]);
    }

    #[test]
    fn a_spaced_range_of_days_gets_its_year_after_the_last_day() {
        flags(R, "A poll conducted October 18 to 22 among 600 likely voters showed a tie.", &["October 18 to 22"]);
        assert_eq!(fixes_of("A poll conducted October 18 to 22 among 600 likely voters showed a tie."), vec![(", 2026,".into(), true)]);
        // (not a range of days: a count or a time after the "to")
        flags(R, "Scores fell on October 18 to 22 points.", &["on October 18"]);
    }

    #[test]
    fn a_period_meant_to_last_to_a_month_gets_both_years_unsafe() {
        let fixes = fixes_of("He added that the council had rejected his amendment to draw $1.2 million from the reserve fund to keep both branches open through June.");
        assert_eq!(fixes, vec![(" 2027".into(), false), (" 2026".into(), false)]);
        let fixes = fixes_of("The branch stayed open through June.");
        assert_eq!(fixes, vec![(" 2026".into(), true)]);
    }

    #[test]
    fn a_month_joined_to_one_kept_each_year_is_recurring() {
        allows(R, "The tournament is held each May and August bank holiday.");
        allows(R, "The club meets every May and August.");
    }

    #[test]
    fn a_date_kept_every_year_is_recurring() {
        allows(R, "Riverton has never missed its Oct. 1 deadline for adopting a budget.");
        allows(R, "The shop always closes on 24 December.");
        allows(R, "The festival is held each year on the last weekend of October.");
        allows(R, "The Lantern Festival is an annual festival of light, music and street theatre held over three nights in late October.");
        flags(R, "The annual festival was cancelled. It was held in October instead.", &["in October"]);
        flags(R, "The annual conference was held in October.", &["in October"]);
        allows(R, "Each year on 1 February, commemorations are held in Zeeland.");
    }

    #[test]
    fn allows_years_recurring_and_quotes() {
        allows(R, "The rainy season usually lasts until late September.");
        allows(R, "Harvest typically begins in August in the south.");
        // (the habit's verb reaching over a list of places to its month)
        allows(R, "NAIROBI — The short rains that normally arrive across northern Kenya, southern Ethiopia and Somalia in October have largely failed.");
        allows(R, "The pact was signed on 3 October 2024.");
        allows(R, "In 2023 the team won on 3 October and lost in June.");
        allows(R, "Workers march every 1 May.");
        allows(R, "The trust runs the minibus every day of the year except 25 December.");
        allows(R, "The data cover 1 May to 30 September of each year from 2015 to 2022.");
        allows(R, "The festival is held in March every year.");
        allows(R, "“We meet on 3 October,” she said.");
        allows(R, "She may attend.");
        allows(R, "We surveyed households in March and April 2024, and again from May to July 2024.");
        // A wire dateline gives the document's date; it is not queried.
        allows(R, "WASHINGTON, Oct 11 (Reuters) - The Federal Reserve held rates.");
    }

    /// The fixes of the first missing-year finding in `body`, written on
    /// 20 November 2026: (new text, whether safe).
    fn fixes_of(body: &str) -> Vec<(String, bool)> {
        let d = crate::rules::test_support::first_finding(R, &format!("---\ndate: 2026-11-20\n---\n{body}\n"));
        d.fixes.iter().map(|f| (f.edits[0].new_text.to_string(), f.applicability == crate::fix::Applicability::Safe)).collect()
    }

    #[test]
    fn months_joined_in_one_year_take_it_once() {
        for (text, fixed) in [
            ("The library will close in August and September for repairs.", "The library will close in August and September 2027 for repairs."),
            ("The economy shrank between April and June, the ministry said.", "The economy shrank between April and June 2026, the ministry said."),
            // (across a year's end, the later month in the year after; a
            // range gone counted back from its end)
            ("Works run from November to February.", "Works run from November 2026 to February 2027."),
            ("The works ran from November to February.", "The works ran from November 2025 to February 2026."),
            ("The works will run from December to March.", "The works will run from December 2026 to March 2027."),
        ] {
            let doc_text = format!("---\ndate: 2026-11-27\n---\n{text}\n");
            let doc = crate::document::Document::new(&doc_text, crate::document::Format::Markdown);
            let found = crate::check(&doc, &crate::settings::Settings::default());
            assert_eq!(found.iter().filter(|d| d.rule == R).count(), 2, "{text}");
            let applied = crate::fix::apply_fixes(&doc_text, found.iter().filter(|d| d.rule == R).flat_map(|d| d.fixes.first()));
            assert_eq!(applied.text.trim_start_matches("---\ndate: 2026-11-27\n---\n").trim_end(), fixed);
        }
    }

    #[test]
    fn a_day_told_as_to_come_keeps_its_year_where_a_past_clause_looks_ahead() {
        let text = "---\ndate: 2026-11-27\n---\nThe new timetable starts from 13 December, the operator said.\n\nShoreLink said tickets bought before 13 December for travel after that date would remain valid.\n";
        let doc = crate::document::Document::new(text, crate::document::Format::Markdown);
        let years: Vec<String> = crate::check(&doc, &crate::settings::Settings::default()).into_iter().filter(|d| d.rule == R).map(|d| d.fixes[0].edits[0].new_text.to_string()).collect();
        assert_eq!(years, [" 2026", " 2026"]);
    }

    #[test]
    fn periods_ranges_and_plans_settle_the_year() {
        // (written on 20 November 2026: each text, then its fixes and whether each is safe)
        let cases: &[(&str, &[(&str, bool)])] = &[
            // a plan in the past perfect no longer holds: its month gone
            // this year is the one; a level's "to" is no infinitive; a
            // range within a year is in its end's year
            ("The opening had been planned for September but was pushed back twice.", &[(" 2026", true)]),
            // a plan for a date just gone, told as undone, was this year's;
            // one still to come looks ahead
            ("The flooding was so severe that the town's Remembrance Day ceremony planned for November 11 had already been cancelled.", &[(", 2026,", true)]),
            ("The hearing scheduled for 3 March was postponed.", &[(" 2027", true)]),
            // a possibility still open, and what market pricing implies,
            // look ahead
            ("The union said a full walkout in January could not be ruled out.", &[(" 2027", true)]),
            ("Pricing in the futures market now implies the first reduction in May.", &[(" 2027", true)]),
            // a phrase of time opening the sentence hangs on the clause
            // after its comma, unless that clause is a saying in the past
            ("In March, the council will vote on the plan.", &[(" 2027", true)]),
            ("In a March press conference, the minister said that all buyers would be eligible.", &[(" 2026", true)]),
            // what was done before the clause's act, the last one named
            // before its date in commas, and the month just gone's change
            // are past
            ("The bank holds its rate at 0.75%, after raising it from 0.5% in January.", &[(" 2026", true)]),
            ("The bank's last rate increase, in January, was its first in a decade.", &[(" 2026", true)]),
            ("Rob Wood said the October fall was likely to be partly reversed.", &[(" 2026", true)]),
            // the one before of what comes round is gone, even soon after
            // the writing; what is booked for a date, a few words before
            // it, is to come
            ("The company's previous trading update, in January, showed its best performance.", &[(" 2026", true)]),
            ("The club has already booked its first gala in the new pool for 14 February.", &[(" 2027", true)]),
            // a decision's act soon after, a tally and a day between; a
            // deadline of what was asked; what is yet to be decided; what
            // takes effect
            ("The council voted 5-2 on Tuesday to raise water rates by 14% starting January 1.", &[(", 2027", true)]),
            ("The association urged ministers to agree a new contract before April.", &[(" 2027", true)]),
            ("Officials were divided over whether to lower interest rates again in December.", &[(" 2026", true)]),
            ("The new rates take effect with bills mailed in February.", &[(" 2027", true)]),
            // a calendar told in the present
            ("Paris-Roubaix takes place a week after Flanders, on 11 April.", &[(" 2027", true)]),
            ("The E3 Saxo Classic and Gent-Wevelgem follow in late March.", &[(" 2027", true)]),
            // a participle after an infinitive describes its object; a
            // request told in the past may be for a month to come
            ("Reeves is due to set out updated forecasts on 3 March.", &[(" 2027", true)]),
            ("Staff said they had been asked to cancel annual leave in December.", &[(" 2026", false), (" 2025", false)]),
            // a date set for a thing is to come; an outlook in the present
            // looks ahead; a level compared with was
            ("Judge Elena Marquez set sentencing for March 12.", &[(", 2027", true)]),
            ("JPMorgan Chase said it still sees a December cut as likely.", &[(" 2026", true)]),
            ("The average rate was 6.1% last week, down from 6.9% in January.", &[(" 2026", true)]),
            // an event named by a month just ahead, in reported speech
            ("Price wrote that a pause was \"the most likely outcome\" at the December meeting.", &[(" 2026", false), (" 2025", false)]),
            // a plan in a relative clause's past perfect may still be ahead
            ("Construction, which had been due to start in January, will not now begin before 2028.", &[(" 2027", true)]),
            // what a saying's complement looks ahead to, with no "that";
            // not what would have been; a pay rise backdated
            ("A senior lawmaker said a hike in January would be politically awkward.", &[(" 2027", true)]),
            ("Dr Menon said heavy rain in October would have increased the flow through the culvert.", &[(" 2026", true)]),
            ("Teachers will receive a 5% raise retroactive to September 1, followed by 4.5% raises in each of the next two years.", &[(", 2026", true)]),
            // a date and a month in clauses of their own, joined by ", and"
            ("Prosecutors charged a gold dealer on Oct. 14, and in September a jeweler was sentenced to 12 years.", &[(", 2026", true)]),
            // a form the same in both tenses after its subject is past; what
            // someone expects of a month, and what is booked for a date, are
            // to come; a host played is no fixture verb
            ("The Bank of England cut interest rates to 3.5% at its meeting on 6 November and is widely expected to cut again in February.", &[(" 2026", true)]),
            ("Westpac chief economist Luci Ellis said the bank still expected a cut in February, arguing that the spike was one-off.", &[(" 2027", true)]),
            ("Customers with vehicles booked in after 19 December are being contacted by the garage.", &[(" 2026", true)]),
            ("Hollins Park last played host to the district schools' football final in May, when its team lost 3-1 to Peel Park.", &[(" 2026", true)]),
            ("It began rising to 67 in May and will reach 67 for everyone.", &[(" 2026", true)]),
            ("The first estimate for the October to December quarter will follow on 12 February 2027.", &[(" 2026", true)]),
            // what would have been, had the past been otherwise, is past
            ("The institute estimates the cap would have saved households £340 in the year to September had it been in force.", &[(" 2026", true)]),
            // what is added for a date is to come; a "when" clause's modal
            // does not turn a simple past forward; a participle that places
            // its noun is no past act
            ("Two extra matinees have been added for 5 and 12 December.", &[(" 2026", true)]),
            // what someone targets or hoped to do is to come
            ("She is now targeting the London Marathon in April.", &[(" 2027", true)]),
            // a past act at a part of the month is past, whatever the main
            // clause's fixture verb; a deadline in a reader's condition, and
            // a list of steps set out, look ahead
            ("Households face higher costs after the cap rose again at the start of October.", &[(" 2026", true)]),
            // a range across the year's end told in the past counts back
            // from its end; a range the writing falls in keeps its start
            ("Every patient seen between 1 November and 31 March was tested.", &[(" 2025", true)]),
            ("The TSA said it expected to screen 18 million passengers between Nov. 14 and Dec. 1.", &[(", 2026,", true)]),
            ("If you have not received a letter by 31 January, you should contact the helpline.", &[(" 2027", true)]),
            ("The ICB has set out the following steps:\n\n1. Letters to all registered patients by 11 December.", &[(" 2026", true)]),
            ("Ellis said he hoped to run for England at the home countries international in March.", &[(" 2027", true)]),
            ("Ambulances lost more than 3,100 hours to waiting in October, when paramedics must stay with a patient until a bed becomes available.", &[(" 2026", true)]),
            ("The measures approved by the board include:\n\n- two extra crews based in Stayton and Silverton from December 1;", &[(", 2026", true)]),
            // what someone was asked to do by a date, told in the active,
            // looks ahead; the passive is told of the past
            ("The panel asked the force to return in February with a revised plan.", &[(" 2027", true)]),
            ("He was asked to leave in February.", &[(" 2026", true)]),
            // what markets are pricing in and a ticket to an event are to
            // come; not a market's pricing over a period gone
            ("Markets are pricing in another quarter-point reduction by February.", &[(" 2027", true)]),
            ("The win earns Okafor a Golden Ticket to the Western States 100 in June.", &[(" 2027", true)]),
            ("The projections assume that Bank Rate follows the path implied by market pricing in the two weeks to 10 November.", &[(" 2026", true)]),
            // a list of what is called for looks ahead
            ("The charity is calling for:\n\n- a dedicated dementia workforce plan by 1 April.", &[(" 2027", true)]),
            // a list item's words are its own, not the item's before
            ("Key dates:\n\n1. Guidance published: early 2027\n2. Cap takes effect: 1 April", &[(" 2027", true)]),
            // a period paid to the end of a month soon after the writing: either year
            ("Mrs Marlowe said all had been paid to the end of December.", &[(" 2026", false), (" 2025", false)]),
            // (not one long gone)
            ("Mrs Marlowe said all had been paid to the end of September.", &[(" 2026", true)]),
            // an infinitive after a comma hangs on the intention before it
            ("She intends to spend more time with her grandchildren and, for the first time in three decades, to take a holiday in August.", &[(" 2027", true)]),
            // a job booked and a likely date are to come
            ("A spokesperson said a contractor had been booked to repair the ceiling on 3 December.", &[(" 2026", true)]),
            ("The company expects to release details when its investigation concludes, likely in January.", &[(" 2027", true)]),
            // a month a plan is set for ("for" after the plan's word)
            ("Investors want a plan at the capital markets day scheduled for February.", &[(" 2027", true)]),
            ("The Chancellor scrapped the increase pencilled in for April.", &[(" 2027", true)]),
            // ("each affected branch": a participle after a determiner is no past)
            ("The council will hold drop-in sessions at each affected branch in December to explain the changes.", &[(" 2026", true)]),
            // (a year gone, given for the same day before, is not a date to
            // come's: an anniversary)
            ("The Corinthia left Liverpool on 11 January 1893.\n\nA memorial service will be held at St Keverne church on 11 January, the 134th anniversary.", &[(" 2027", true)]),
            // a present-tense schedule may tell the last time or the next
            ("The county council sets its own budget on 12 February.", &[(" 2027", false), (" 2026", false)]),
            ("Scotland goes to the polls in May.", &[(" 2027", false), (" 2026", false)]),
            // (not a noun after a number: "by 143 runs")
            ("New Zealand lead the series after winning the first Test by 143 runs on 16 November.", &[(" 2026", true)]),
            // (nor one after a possessive: the clause tells no past, and a
            // date soon after the writing gets both years)
            ("Okafor plays the Queen Elizabeth Hall as part of the London Jazz Festival's extended programme on 3 December, followed by dates in Leeds.", &[(" 2026", false), (" 2025", false)]),
            // what a race was preparation for is to come
            ("She said she had treated the race as preparation for the finale in Dubai on 12 December.", &[(" 2026", true)]),
            ("Several swimmers had travelled to Sydney as a qualifier for the Marathon Swim Series final in February.", &[(" 2027", true)]),
            // (leases listed for sale are no hearing listed for a day; a report
            // dated before what it estimates would happen; a decision's act by a
            // deadline; a possessive's noun is no fixture's verb)
            ("We analysed 214 leases listed for sale on the three largest portals between August and October.", &[(" 2026", true)]),
            ("A report by the Local Government Association in June estimated that councils would need to spend £1.2 billion.", &[(" 2026", true)]),
            ("The cabinet voted on Wednesday to shut Eastgate Baths and Moorside Pool by the end of March.", &[(" 2027", true)]),
            // so does a request's deadline, unless just gone
            ("The committee has recommended that the government publish a timetable by the end of March.", &[(" 2027", true)]),
            ("The council urged ministers to publish the plan by the end of March.", &[(" 2027", true)]),
            ("Residents were asked to register by 10 November.", &[(" 2026", true)]),
            // a plan told in the past, for a month soon after the writing,
            // may still be to come: both years, the coming one first
            ("He asked to be released from an exhibition he was due to play in Abu Dhabi in December.", &[(" 2026", false), (" 2025", false)]),
            // a date after a comma with its own preposition is no part of a
            // range before it
            ("Ofgem will announce the next price cap, covering April to June, on 26 February.", &[(" 2027", true)]),
            // a section's heading gives its year, not a year a comparison
            // in it reaches back to
            ("### 2025: Madrid title\n\nShe won the final in July.", &[(" 2025", true)]),
            ("# Unemployment climbs to 5.1%, highest since 2016\n\nThe rate rose in the three months to September.", &[(" 2026", true)]),
            // (nor a year to come in a headline, for a date told in the past)
            ("# Airline posts record profit as fuel costs ease, but warns on 2027 capacity\n\nPre-tax profit rose 27% in the 12 months to September 30.", &[(", 2026", true)]),
            ("## The 2025 season\n\nShe won the final in July.", &[(" 2025", true)]),
            ("The girl was playing near the children's play area at about 5.15pm on 14 June when the dog ran at her.", &[(" 2026", true)]),
            // a forecast in the present
            ("Cornwall Insight currently predicts a cap of £1,768 from April, a fall of 1.4%.", &[(" 2027", true)]),
            // the start of a range that ends later in the year is not soon after
            ("Of the carriers operating flights between January and September, most ran late.", &[(" 2026", true)]),
            // a story two blocks before set in a year after the next gives no
            // reading of a date since which something has gone on
            ("The duty will start in April 2028.\n\n## Prices\n\nPump prices have fallen by about 4p since September.", &[(" 2026", false)]),
            // an irregular past, a document's aside and a past with "did"
            // tell what is done
            ("The charity withdrew its objection in January.", &[(" 2026", true)]),
            ("The levy, set out in the immigration white paper in May, would cost the sector millions.", &[(" 2026", true)]),
            ("She did not have a scan until 9 October.", &[(" 2026", true)]),
            // a headline's infinitive looks ahead
            ("# Bin collections to start in February\n\nThe council voted on Wednesday.", &[(" 2027", true)]),
            // a plea's "to" is no infinitive
            ("Kemble pleaded guilty to fraud in January and will be sentenced alongside the other two.", &[(" 2026", true)]),
            // the soonest a thing is looked for, and a bound of when
            ("Markets see a cut as soon as February.", &[(" 2027", true)]),
            ("The plan must be agreed no later than March.", &[(" 2027", true)]),
            // the next of something that comes round is to come
            ("Investors see little chance of a move at the next meeting, in February.", &[(" 2027", true)]),
            // (a plan is not what a document set out)
            ("The deal, set for 3 March, would cost the sector millions.", &[(" 2027", true)]),
            // a deadline told in the present is to come; a date a plan was
            // moved from is the nearer one
            ("Officials are understood to be looking at extending online booking to every practice by March.", &[(" 2027", true)]),
            ("The firm wants to open the store by March.", &[(" 2027", true)]),
            ("Sales rose 5% by March.", &[(" 2026", true)]),
            ("The decision was made at a meeting that had been brought forward from December 18.", &[(", 2026", true)]),
            ("The vote was moved up from 3 September.", &[(" 2026", true)]),
            // the month an index's figures cover is gone
            ("Benefits will rise in line with the September consumer prices index.", &[(" 2026", true)]),
            // an offer from a month, a departure set for one, and the bound
            // of an expected move are to come; a price on a day just gone
            // is gone
            ("The company has offered 4.5% from January, with no lump sum.", &[(" 2027", true)]),
            ("The governor, who is term-limited and leaves office in January, has not said whether he would sign.", &[(" 2027", true)]),
            ("Most economists had not expected a move before December.", &[(" 2026", true)]),
            ("Shareholders will receive $9.75 a share, a premium of 38% to the closing price on November 12.", &[(", 2026", true)]),
            // a plan's participle before its noun looks ahead, unless a
            // past follows; a month early in the year this winter is to come
            ("Waiting until the scheduled assessment on 10 December would have risked a further rise.", &[(" 2026", true)]),
            ("The planned strike on 3 November went ahead.", &[(" 2026", true)]),
            ("He said his main goal this winter was the world championship downhill in February.", &[(" 2027", true)]),
            // a day whose sentence stated its year is that year's when
            // named again
            // an inspector's grade is no plan; a time in the subject of a
            // modal looks ahead; a relative clause on a name tells no tense
            // of the date's
            ("A Care Quality Commission inspection in March rated the service as requiring improvement.", &[(" 2026", true)]),
            ("The federation estimated that a strike lasting through December could cost small firms more than C$1 billion.", &[(" 2026", true)]),
            ("In October, activist fund Halvard Capital, which holds a 2.8% stake, wrote to the board.", &[(" 2026", true)]),
            ("The 2027 Giro d'Italia will finish in Rome on 30 May.\n\nThe last stages are:\n\n- Stage 21, 30 May: Ostia to Rome, 143km", &[(" 2027", true)]),
        ];
        for (text, expected) in cases {
            let expected: Vec<(String, bool)> = expected.iter().map(|&(t, safe)| (t.to_string(), safe)).collect();
            assert_eq!(fixes_of(text), expected, "{text}");
        }
    }

    #[test]
    fn more_ways_a_clause_looks_back_or_ahead() {
        // (written on 20 November 2026)
        // a document's date is past, whatever the clause reports
        assert_eq!(fixes_of("Maersk confirmed in a customer advisory dated 9 October that it would levy a fee."), vec![(" 2026".into(), true)]);
        // a counted noun is no fixture's verb ("visits"); an irregular past
        // before the date settles it
        assert_eq!(fixes_of("The fire service said it had carried out 3,412 home safety visits in the six months to September."), vec![(" 2026".into(), true)]);
        assert_eq!(fixes_of("Net exports fell as imports picked up ahead of new tariffs that took effect on September 1."), vec![(", 2026".into(), true)]);
        // a list item with no tense of its own is told in its lead-in's
        assert_eq!(fixes_of("The company said the cuts would be made in three stages:\n\n1. About 900 roles in sales.\n2. The remaining 350 roles, spread across marketing, by the end of March."), vec![(" 2027".into(), true)]);
        assert_eq!(fixes_of("The company made the cuts in three stages:\n\n1. About 900 roles in sales.\n2. The remaining 350 roles, spread across marketing, by the end of March."), vec![(" 2026".into(), true)]);
        // a prediction of when looks ahead (written in November: next year's October)
        assert_eq!(fixes_of("The ban stays until reservoirs recover, which the company said was unlikely before the end of October."), vec![(" 2027".into(), true)]);
        // an obligation is ahead, whatever a relative clause before it did
        assert_eq!(fixes_of("Pupils who failed must resit the subject in March."), vec![(" 2027".into(), true)]);
        assert_eq!(fixes_of("He must have known in March."), vec![(" 2026".into(), true)]);
        // a demand's deadline is ahead
        assert_eq!(fixes_of("The report also calls for the Sentencing Council to review guidance on suspended sentences by 31 March."), vec![(" 2027".into(), true)]);
        // what was due is past, and so is a cause; what is due looks ahead
        assert_eq!(fixes_of("Her operation was cancelled twice, most recently on 22 September, the day before she was due to be admitted."), vec![(" 2026".into(), true)]);
        assert_eq!(fixes_of("The vote, due to take place on 3 December, was delayed."), vec![(" 2026".into(), true)]);
        assert_eq!(fixes_of("The match was called off due to the weather on 3 October."), vec![(" 2026".into(), true)]);
        // a past perfect before the date settles it, whatever a quotation after it says
        assert_eq!(fixes_of("The CQC said that it had inspected Willowmead House on 3 October and rated it \"requires improvement\"."), vec![(" 2026".into(), true)]);
        // the month a set of figures covers has gone by
        assert_eq!(fixes_of("The ONS will publish October's inflation figures later."), vec![(" 2026".into(), true)]);
        // "the face" is a noun, no fixture
        assert_eq!(fixes_of("Several miners refused to work the face on 3 October."), vec![(" 2026".into(), true)]);
        assert_eq!(fixes_of("Castlebridge face Ashford Rovers on 3 March."), vec![(" 2027".into(), true)]);
        // a thing's plan in the present
        assert_eq!(fixes_of("It transfers to the Lyric Hammersmith in March."), vec![(" 2027".into(), true)]);
        assert_eq!(fixes_of("The season, which continues with a new musical from 6 March, is full."), vec![(" 2027".into(), true)]);
        assert_eq!(fixes_of("It opened in March."), vec![(" 2026".into(), true)]);
        // a forecast's odds, an expectation with its subject between, advice
        assert_eq!(fixes_of("The Center gives Phoenix a 60 percent chance of above-normal temperatures through March."), vec![(" 2027".into(), true)]);
        assert_eq!(fixes_of("The studio expected the film to play well into March."), vec![(" 2027".into(), true)]);
        assert_eq!(fixes_of("Submit a meter reading before 31 March so you are not billed at the new rate."), vec![(" 2027".into(), true)]);
        // within two months after the writing, across the new year: both
        assert_eq!(fixes_of("The Budget on 10 January is the main risk."), vec![(" 2027".into(), false), (" 2026".into(), false)]);
        // (what was then to come is no past: both, as for a clause that
        // says nothing; what was done is past)
        assert_eq!(fixes_of("A cut in December was possible, the governor said."), vec![(" 2026".into(), false), (" 2025".into(), false)]);
        assert_eq!(fixes_of("The strike in December was called off."), vec![(" 2025".into(), true)]);
        // (a relative clause after its pronoun has its own verb: "last cut")
        assert_eq!(fixes_of("The Fed, which last cut rates in October, is expected to meet again on December 16."), vec![(" 2026".into(), true)]);
        assert_eq!(fixes_of("The couple are expecting their first child in April."), vec![(" 2027".into(), true)]);
        // (not what has gone on since a month)
        assert_eq!(fixes_of("Rates have fallen since December."), vec![(" 2025".into(), true)]);
        // an act told by a participle just before the date is past; a
        // passive to come and an aside of what is to be done look ahead
        assert_eq!(fixes_of("Changes announced in the Autumn Budget on 10 November will raise costs."), vec![(" 2026".into(), true)]);
        assert_eq!(fixes_of("The plan will be announced on 3 March."), vec![(" 2027".into(), true)]);
        assert_eq!(fixes_of("The deal, to be signed on 3 March, will raise costs."), vec![(" 2027".into(), true)]);
        // a participle right after its noun dates a past act, whatever the
        // clause expects; not a plan, nor a name
        assert_eq!(fixes_of("River levels are not expected to rise again to the heights seen on 11 November."), vec![(" 2026".into(), true)]);
        assert_eq!(fixes_of("The flights cancelled on 12 November will be refunded."), vec![(" 2026".into(), true)]);
        assert_eq!(fixes_of("The ruling expected on 3 March will decide it."), vec![(" 2027".into(), true)]);
        assert_eq!(fixes_of("The college will hold a job fair for affected workers on 12 March."), vec![(" 2027".into(), true)]);
        // the same day named again later is the same day
        assert_eq!(fixes_of("Layoffs would begin Jan. 30, the company said.\n\nThe timetable:\n\n- Jan. 30: about 220 workers laid off"), vec![(", 2027".into(), true)]);
        let text = "---\ndate: 2026-11-20\n---\nLayoffs would begin Jan. 30, the company said.\n\nThe timetable:\n\n- Jan. 30: about 220 workers laid off\n";
        assert_eq!(crate::rules::test_support::fixed_by(R, text), text.replace("Jan. 30", "Jan. 30, 2027"));
        assert_eq!(fixes_of("The next match is away at Wexford United on 15 March, a game they must win."), vec![(" 2027".into(), true)]);
        // since an event a few words before the date: past, even soon after the writing
        assert_eq!(fixes_of("He has been on bail since his arrest on 14 December."), vec![(" 2025".into(), true)]);
        // a list item's participle phrase from a date looks ahead
        assert_eq!(fixes_of("The plan includes:\n\n- a hardship payment for every flooded household, paid from 26 November;\n- free skips."), vec![(" 2026".into(), true)]);
        assert_eq!(fixes_of("The plan included:\n\n- a hardship payment for every flooded household, paid from 16 March;\n- free skips."), vec![(" 2027".into(), true)]);
        // a heading of advice looks ahead; a name that opens with a verb is no instruction
        assert_eq!(fixes_of("## What to do before 1 March\n\nBuy your ticket."), vec![(" 2027".into(), true)]);
        assert_eq!(fixes_of("Visit Cornwall estimates that 5.1 million visitors came to the county between April and September."), vec![(" 2026".into(), true)]);
        // what must not happen looks ahead; a hedged end too
        assert_eq!(fixes_of("He warned that the Budget on 25 March must not add to inflationary pressure."), vec![(" 2027".into(), true)]);
        assert_eq!(fixes_of("Teachers voted to stay on strike through at least Dec. 4, keeping students out of class."), vec![(", 2026".into(), true)]);
        // a relative clause's own past (not past a conjunction: the date's
        // own verb comes after it)
        assert_eq!(fixes_of("It was the fourth night of a tour that opened in Dublin on 8 November and closes in Lisbon on 12 December."), vec![(" 2026".into(), true)]);
        assert_eq!(fixes_of("It is a new production, which opened on Thursday and runs until 24 March."), vec![(" 2027".into(), true)]);
        assert_eq!(fixes_of("2. Send Q4 budget drafts to your country finance lead by 17 March."), vec![(" 2027".into(), true)]);
    }

    #[test]
    fn a_weekday_on_the_other_side_of_the_writing_offers_both_years() {
        // (written on 20 November 2026: 9 December is a Wednesday in 2026,
        // a Tuesday in 2025)
        assert_eq!(fixes_of("The committee will meet on Tuesday, 9 December."), vec![(" 2026".into(), false), (" 2025".into(), false)]);
        // (a past the clause only seems to tell does not: "is confirmed for")
        assert_eq!(fixes_of("The handover is confirmed for Monday, 7 December."), vec![(" 2026".into(), true)]);
        // (a weekday that fits the direction settles the year)
        assert_eq!(fixes_of("The committee will meet on Wednesday, 9 December."), vec![(" 2026".into(), true)]);
        assert_eq!(fixes_of("The committee met on Tuesday, 9 December."), vec![(" 2025".into(), true)]);
        let d = crate::rules::test_support::first_finding(R, "---\ndate: 2026-11-20\n---\nThe vote will be held on Tuesday, December 9.\n");
        assert_eq!(d.message, "Date “on Tuesday, December 9” has no year. Its weekday fits 2025, but the sentence looks ahead: December 9, 2026, is a Wednesday.");
    }

    #[test]
    fn a_relative_clause_after_a_past_date_and_an_edition_do_not_decide() {
        // (written on 20 November 2026)
        assert_eq!(fixes_of("Congress passed a stopgap funding bill on September 30 that runs only until December 21."), vec![(", 2026,".into(), true)]);
        allows(R, "Economists await the September jobs report.");
        allows(R, "Our October report found prices rose.");
        flags(R, "The September meeting was tense.", &["September"]);
    }

    #[test]
    fn a_possessive_month_takes_its_year_before_the_s() {
        let text = "---\ndate: 2026-08-20\n---\nThe council said what January's rise means for bills.\n";
        assert!(crate::rules::test_support::fixed_by(R, text).contains("January 2026's rise"));
    }

    #[test]
    fn a_season_of_the_year_and_a_habit_in_the_clause_recur() {
        allows(R, "The peak season for retail imports runs from August to November, and the canal is closed.");
        allows(R, "The ploughing match traditionally takes place on the second Saturday in October.");
        flags(R, "Demand has never been higher. In the year to 31 March we supported 18,400 households.", &["to 31 March"]);
        flags(R, "The new season starts in August.", &["in August"]);
        // (a season's pattern in the present, and the month joined to it)
        allows(R, "Flow varies through the year: it is highest in April and May, when snow melts, and lowest in August and September.");
        flags(R, "Sales were lowest in August and September.", &["in August", "September"]);
    }

    #[test]
    fn a_digit_groups_comma_and_a_change_from_a_month_do_not_split_the_clause() {
        // (the clause's past is before the number's comma)
        assert_eq!(fixes_of("Authorities cleared more than 6,000 cubic metres of waste in January."), vec![(" 2026".to_string(), true)]);
        // ("unchanged from September" is no plan from a month on)
        assert_eq!(fixes_of("- Core inflation was 2.7%, unchanged from September."), vec![(" 2026".to_string(), true)]);
        // (a notice requiring a thing by a date sets a deadline to come)
        assert_eq!(fixes_of("The regulator issued a notice requiring the trust to make improvements by 31 January."), vec![(" 2027".to_string(), true)]);
    }

    #[test]
    fn a_day_the_report_dated_before_keeps_its_year() {
        // (written on 20 November 2026)
        assert_eq!(fixes_of("The boy was admitted on 11 March 2023 with a fever.\n\nHe died on the afternoon of 11 March, the court heard."), vec![(" 2023".to_string(), true)]);
        // (another day gets the year of the writing, unsafe: the story
        // told is of another year)
        assert_eq!(fixes_of("The boy was admitted on 11 March 2023 with a fever.\n\nThe inquest opened on 12 March."), vec![(" 2026".to_string(), false), (" 2023".to_string(), false)]);
        // (a plan since changed: the nearer of the two)
        assert_eq!(fixes_of("The report was originally scheduled for November 6."), vec![(", 2026".to_string(), true)]);
        assert_eq!(fixes_of("It was initially due on 3 December but will now come later."), vec![(" 2026".to_string(), true)]);
    }

    #[test]
    fn an_adverb_after_a_past_a_quoted_comma_and_a_reported_past_perfect_do_not_turn_the_fix() {
        // (written on 20 November 2026; one safe fix each)
        for (body, fix) in [
            // an irregular past with an adverb before the date is past, whatever
            // "ahead of" says later
            ("Retail sales fell unexpectedly in October as households held back spending ahead of Black Friday.", " 2026"),
            ("The new phones will hit shelves in March ahead of the launch.", " 2027"),
            // the month is no modal in the clause a quotation's comma leaves
            ("Whitcombe said the party would be \"back, and stronger\" in May.", " 2027"),
            // a past perfect inside what was said: the saying frames the future
            ("Whitcombe said the party had built a base and would be back in May.", " 2027"),
            // what is awaited, put off into a month, or told with "the new
            // year" looks ahead
            ("Mortgage lenders have already begun cutting rates in anticipation of a move in February.", " 2027"),
            ("Hospitals will prioritise cancer care, with many planned operations rescheduled into January.", " 2027"),
            ("The cycle continues in the new year with the Eighth Symphony, performed on 14 and 15 January.", " 2027"),
            // (a negated past before "until" says when it was done; a gerund
            // subject is no instruction)
            ("Her son said she was fit for discharge but did not leave until October 9.", ", 2026"),
            ("The road will not reopen until October 9.", ", 2027"),
            ("Contact tracing coverage dropped to 54 percent in North Kivu, from 71 percent in September.", " 2026"),
            // (a second verb of saying after the date has its own tense; what
            // markets price or bet on is to come)
            ("The Bank of Canada, which cut its rate to 2.25 percent on October 28 and said it would watch the data, held firm.", ", 2026,"),
            ("Markets are pricing a 60% probability of a cut at the February meeting.", " 2027"),
            ("The dollar fell as traders pared back bets on a December move.", " 2026"),
            // (what a judgment follows came before it; a past verb right before
            // "until" ran out; a squad just named and tickets sold are for what
            // is to come)
            ("The judgment, which runs to 63 pages, follows a nine-day hearing in Birmingham in September.", " 2026"),
            ("The mayor's campaign believed until late October that his margin would be enough.", " 2026"),
            ("She has also been named in the British squad for the Swim Cup in Eindhoven in March.", " 2027"),
            ("Tickets for the return fixture at Wexley on 14 February went on sale this morning.", " 2027"),
            // (what may yet happen is to come; a day of the last few is that
            // day; the month a figure covers is gone by)
            ("Further strike days in January are possible.", " 2027"),
            ("Reeves said that the budget on 18 November would put money back in pockets.", " 2026"),
            ("Retail sales are volatile, and October's figure is likely to be revised.", " 2026"),
            // (a term in the present ends ahead)
            ("The terms of two board members end in April.", " 2027"),
            // a hearing listed for a day, whatever happens in a month, what one
            // stands to undergo: ahead
            ("The appeal has been listed for 9 February.", " 2027"),
            ("Whatever happens in April, she will race again.", " 2027"),
            ("About 60 loaders stand to be moved to a lower grade in April.", " 2027"),
            ("The production transfers to the Theatre Royal Bath in February.", " 2027"),
            ("The trust said it was opening a new assessment hub in Gateshead in January.", " 2027"),
            ("Markets currently price in one more cut by the end of March.", " 2027"),
            ("Inspectors first found bacteria in a drain at the plant during a routine visit in August.", " 2026"),
        ] {
            assert_eq!(fixes_of(body), vec![(fix.to_string(), true)], "{body}");
        }
        // a list of months takes the year that closes it
        crate::rules::test_support::allows(R, "---\ndate: 2026-11-20\n---\nTalks were held in September, October and November 2025.\n");
    }

    #[test]
    fn the_fix_asks_the_dates_own_clause_which_way_it_looks() {
        let fix_of = |body: &str| fixes_of(body)[0].0.clone();
        // A past tense after its subject dates its own clause, whatever the
        // clause joined to it looks to; not an adjective, a passive to
        // come, a participle after "by" or a name ("Wexford United").
        assert!(fix_of("The minister visited the works on 3 September and said the government would act.").contains("2026"));
        assert!(fix_of("The minister will unveil the revised plan on 3 February.").contains("2027"));
        assert!(fix_of("The bridge will be opened on 3 February.").contains("2027"));
        assert!(fix_of("The film, directed by Denis Villeneuve, opens on 3 February.").contains("2027"));
        assert!(fix_of("Ashford's next match is away at Wexford United on 15 March.").contains("2027"));
        assert!(fix_of("He warned that the Budget on 25 February must not add to inflation.").contains("2027"));
        // (an adverb between the auxiliary and the verb changes nothing)
        assert!(fix_of("Ms Maddern will be formally welcomed at the meeting on 9 December.").contains("2026"));
        assert!(fix_of("The plan will be formally announced on 3 December.").contains("2026"));
        // A start in the present looks ahead; a negated past does not.
        assert!(fix_of("It secures a place at the Finals in Turin, which begin on 15 December.").contains("2026"));
        assert!(fix_of("Talks did not begin on 3 December.").contains("2025"));
        // An event set for a date is still to come, unless told as past.
        assert!(fix_of("The union has notified a second 24-hour strike for 1 December.").contains("2026"));
        assert!(fix_of("The strike for 1 November went ahead.").contains("2026"));
        assert!(fix_of("The strike for 1 December went ahead.").contains("2025"));
        // "would" belongs to the reported clause, not to the letter's date.
        assert!(fix_of("In a letter dated 2 September, the agency said designs would need approval.").contains("2026"));
        assert!(fix_of("The committee will meet on 5 February to decide.").contains("2027"));
        assert!(fix_of("The next decision is due on 5 February, when it will also publish forecasts.").contains("2027"));
        assert!(fix_of("Harrowfield travel to Denby on Tuesday, while Castlebridge host Ashford Rovers on 28 November.").contains("2026"));
        assert!(fix_of("Castlebridge host Ashford Rovers on 5 February.").contains("2027"));
        // A clause with no verb of its own is asked with the nearest one
        // that has one; an opening phrase is not.
        assert!(fix_of("The strikes, on 8, 9 and 10 February, will halt almost all services, the union said.").contains("2027"));
        assert!(fix_of("Ofqual will publish final, rather than provisional, figures on 10 February.").contains("2027"));
        assert!(fix_of("The next resit series takes place in May and June, with results in August.").contains("2027"));
        assert!(fix_of("In a 16 July press conference, Jobs said that buyers would get a free case.").contains("2026"));
        // (a verb of saying in the past, however its subject is named)
        assert!(fix_of("Asda's chairman, Roger Pell, told investors in July that the turnaround would take three years.").contains("2026"));
        // (a release on a timetable; an expectation with a longer noun phrase between)
        assert!(fix_of("Fourth-quarter GDP is published at the end of February.").contains("2027"));
        assert!(fix_of("The airline expects the last of those jets to return to service in June.").contains("2027"));
        // Plans and expectations look forward.
        assert!(fix_of("A final decision is expected by May.").contains("2027"));
        assert!(fix_of("Lenders are preparing to cut rates again in January if swap rates settle.").contains("2027"));
        // A deadline or an opening in the present looks forward, in a fact
        // box too; a noun does not.
        assert!(fix_of("- **Consultation closes:** 9 January").contains("2027"));
        assert!(fix_of("Nominations close on 22 January.").contains("2027"));
        assert!(fix_of("The exhibition opens in March at the Tate.").contains("2027"));
        assert!(fix_of("The side made a strong start in March, the club said.").contains("2026"));
        assert_eq!(fixes_of("Nominations close on 26 November."), vec![(" 2026".into(), true)]);
        // The date of a saying is past, whatever the saying looks to.
        assert!(fix_of("It said in October that capital spending would rise.").contains("2026"));
        assert!(fix_of("The ministry said on 14 October that the vote would go ahead.").contains("2026"));
        assert!(fix_of("The ministry said the vote would go ahead on 14 February.").contains("2027"));
        // A date something is put off to is ahead; a past act on a date is not.
        assert!(fix_of("Council members voted 5-2 to continue the hearing to 11 February.").contains("2027"));
        assert!(fix_of("The judge adjourned the case to 3 March.").contains("2027"));
        assert!(fix_of("The council adjourned on 3 March after a long debate.").contains("2026"));
        // A change that takes effect, or starts "from" a month in a clause
        // with no verb, is ahead.
        assert!(fix_of("Most of the tax changes take effect on 6 April, the start of the new tax year.").contains("2027"));
        assert!(fix_of("- a rise in the national living wage to £13.05 an hour from April;").contains("2027"));
        assert!(fix_of("Sales rose from April, the firm said.").contains("2026"));
        // What a decision sets going from a month is ahead; a span from a
        // month to another is not read so.
        assert!(fix_of("The Budget, delivered on Wednesday, confirmed a higher business rates multiplier for large properties from April.").contains("2027"));
        assert!(fix_of("The board said it had commissioned 12 new sessions a week from January.").contains("2027"));
        assert!(fix_of("The council approved a rise from April to June.").contains("2026"));
        // A month describing a change: one that may come after "a", one
        // measured after "the" and a past "was".
        assert!(fix_of("One of them said a January move was a live option but far from certain.").contains("2027"));
        assert!(fix_of("He completed a January move to Leeds, the club said.").contains("2026"));
        assert!(fix_of("The economist said a pause in December was a live option.").contains("2026"));
        // An event named right before a date just gone is that one; a past
        // passive governing the date is past, whatever the next clause says.
        assert!(fix_of("Economists said the Bank of England's rate cut on 6 November would ease financing costs.").contains("2026"));
        assert!(fix_of("An independent commission was set up in April and will report next year.").contains("2026"));
        // One more after "further", and a target's deadline, are ahead.
        assert_eq!(fixes_of("The union named a first walkout, with further strikes on 21 December."), vec![(" 2026".into(), true)]);
        assert!(fix_of("Performance slipped to 74.2% against a target of 80% by March.").contains("2027"));
        // (a quarter named by its last month is a data period, gone by)
        assert!(fix_of("Markets priced in a cut after the September quarter consumer price index showed inflation easing.").contains("2026"));
        assert!(fix_of("He completed a move in January, the club said.").contains("2026"));
        // What was agreed to be done on a date soon after the writing is
        // ahead; on one long gone, not.
        assert!(fix_of("The committee agreed to end the runoff of its balance sheet on December 1.").contains("2026"));
        assert!(fix_of("The committee agreed to end the runoff of its balance sheet on January 4.").contains("2027"));
        assert!(fix_of("The council agreed to close the pool on 3 October.").contains("2026"));
        assert!(fix_of("Capital Economics said the October drop was partly payback for a strong September and would probably reverse.").contains("2026"));
        // A change that runs from or to a date, and an obligation, look ahead.
        assert!(fix_of("The freeze applies from 6 April, when the new benefit year begins.").contains("2027"));
        assert!(fix_of("The team's contract with its main sponsor ends in March, the manager said.").contains("2027"));
        assert!(fix_of("The company must pay the penalty by 31 March.").contains("2027"));
        assert!(fix_of("He must have known in March.").contains("2026"));
        // A past act told by the participle of the aside the date closes,
        // and a date something is backdated to, are gone.
        assert!(fix_of("The deal, first put to unions by the Education Secretary on 29 October, will raise salaries.").contains("2026"));
        assert!(fix_of("The increase will be backdated to 1 September, the start of the school year.").contains("2026"));
        assert!(fix_of("The strike, set for 3 December, will close schools.").contains("2026"));
        // The date of a forecast's setting, a value compared with an
        // earlier one, and planned work as a noun's adjective, are gone.
        assert!(fix_of("The OBR forecast at the Budget on 12 November that the economy would grow by 1.5%.").contains("2026"));
        assert!(fix_of("Inflation fell to 2.6% in October, down from 3.1% in September, and is expected to return to target.").contains("2026"));
        assert!(fix_of("Production fell, largely because of planned maintenance in the North Sea in July.").contains("2026"));
        // One more of something before the date, and an arrangement in
        // the present, look ahead.
        assert!(fix_of("A growing number argued that inflation remained too high to justify another cut in December.").contains("2026"));
        assert!(fix_of("Residents can comment at one of six drop-in sessions being held across the city in December.").contains("2026"));
        assert!(fix_of("Another fire broke out in March.").contains("2026"));
        // Work to be done by a date, or a purpose, looks ahead.
        assert!(fix_of("Members are asked to approve it now so that new fares can be published by 2 March.").contains("2027"));
        assert!(fix_of("Management offered a review of staffing levels to be completed by March.").contains("2027"));
        // A clause with no verb after a saying's tag is asked with the
        // clause before it; a reopening in the present is ahead; a vote
        // pushed to a date is put off to it.
        assert!(fix_of("Staff will receive 16 weeks of pay, and health coverage through January, the company said.").contains("2027"));
        assert!(fix_of("Villa could return for him when the window reopens in January.").contains("2027"));
        assert!(fix_of("Budget vote pushed to Feb. 22").contains("2027"));
        // A participle's clause hangs on the clause before it; "next year"
        // later in a past clause does not make it look ahead.
        assert!(fix_of("The funeral will be private, followed by a public service at St Giles' Cathedral on 19 December.").contains("2026"));
        assert!(fix_of("Prices had fallen about 9% in September on worries about a glut next year.").contains("2026"));
    }

    #[test]
    fn a_date_soon_after_the_documents_with_no_tense_gets_both_years_unsafe() {
        assert_eq!(fixes_of("The Budget on 26 November is the main risk to the market."), vec![(" 2026".into(), false), (" 2025".into(), false)]);
        // (a headline's infinitive tells what is to come)
        assert_eq!(fixes_of("# Drivers to strike in December as talks collapse"), vec![(" 2026".into(), true)]);
        // The past, or a date well before the document's, settles it.
        assert_eq!(fixes_of("The council met on 26 November to discuss the budget."), vec![(" 2025".into(), true)]);
        assert_eq!(fixes_of("The Budget on 3 October was the main risk."), vec![(" 2026".into(), true)]);
    }

    #[test]
    fn a_year_stated_relatively_covers_the_paragraph() {
        allows(R, "Attacks hit retailers last year. M&S said the attack on its systems in April cost it £300m.");
        flags(R, "M&S said the attack on its systems in April cost it £300m, more than it made last year.", &["in April"]);
    }

    #[test]
    fn a_dateline_exempts_only_itself() {
        flags(R, "KYIV, Oct 3 (Reuters) - The strike on 1 October killed 20 soldiers.", &["on 1 October"]);
        // (the date in brackets after the place: "ZURICH (Nov 27) -")
        flags(R, "ZURICH (Nov 27) - The bank cut rates on 3 November.", &["on 3 November"]);
    }
}
