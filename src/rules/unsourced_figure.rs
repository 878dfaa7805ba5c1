//! `unsourced-figure`: a quantity asserted as fact with no source.

use super::{RuleContext, RuleDoc};
use crate::analysis::SourceKind;
use crate::diagnostic::{quoted_message, Diagnostic};
use crate::document::BlockKind;
use crate::rules::Rule;

pub const DOC: RuleDoc = RuleDoc {
    summary: "A count, amount, percentage or vague quantity stated as fact with no source.",
    body: r#"
## What it flags
A quantity in a sentence that names no source and cites nothing (a link,
a bare address, `https://...`, `www....` or a domain with a path,
`hartley.gov.uk/planning`, a footnote or citation marker): counts,
amounts, money, percentages, rates, ranks, measurements, and vague
quantities (`several thousand`, `dozens of`, `hundreds of`, `several
municipalities`, `several of them`, `a few dozen`, `at least 20`, `over
1.5 million`, `no more than 7%`), a speed with its unit (`70km/h`), including amounts
written with a short unit (`£38m`, `$1.2bn`, `20p`, `48C`, `6.1mm`,
`485g`, and without a currency sign `5.88m`, `3bn`; after an article only
a stretch measured, `along a 3.2km stretch`, `a 20km exclusion zone`, not
a kind named, `a 45W charger`, `the 10km race`) and changes by a share (`fell by more than half`). One finding per
quantity, and one for the same quantity said again in the sentence (“You
pay 9% of everything you earn above the threshold, not 9% of your whole
salary”; a bare number again may count something else); a range is one quantity (`four to six weeks`, `between 200 and
300 people`, `10-12 staff`, `between £100 and £300`, `20% to 30%`, `between
5% and 8%`; not a change and the level it reached: `fell 6% to 8%`), so is
an amount with its conversion in brackets (`1,900 trillion won ($1.3
trillion)`), a part of a whole (`41 of the 106 patients`, `three out of four voters`,
`11 of the next 14 points`), a measurement of two sides (`9 by 12
centimetres`), a ratio (`one in 20 patients`, `more than £1 in every £10`; not the
pronoun: `lower than one with a variable rate`),
and so is a length of time told in units (`35 minutes and 18 seconds`, `six years and
eight months`), a ratio of one with its noun between (`roughly one pupil in three`;
not `at one point in 2023`), `a dozen` (`at least a dozen terraced houses`,
`half a dozen people`; not the unit a price is quoted in, “prices for a dozen large eggs climbed 18 percent”), `a handful of` (`only a handful of residents`; not
`a handful of them`, nor `a handful of rice`), and two sides with their units glued on (`13cm by 13cm
holes`). A crowd
counted without its noun is a vague quantity too (`forced thousands to
flee`, `Hundreds were injured`, `dozens packed the chamber`), and so is a
change told as a multiple (`Rents have roughly doubled since 2019`, `more
than tripled`; not `doubled as a venue`, `doubled down`, nor a cause's
claim with its object, `These measures have halved burglary`). A count before a list of counts is no
tally of names (`five councillors, Reform two and the Liberal Democrats
four`). A source that only tells of an event after the figure, in a clause
of time, is no source for it: in “Shares fell 9% after the company
reported a loss” the company's report is sourced, the 9% is not.

Not flagged: figures in an instruction or recommendation (“Fund at least
three years of aftercare”, “Deploy 30 additional surveillance officers”); in a condition (“counts as functional only if
it delivers at least 10 litres a minute”, “Unless 300 more staff are
hired,”) or a definition (“a definition of a migrant as someone who moves
for at least 12 months”, an aside defining a term: “Persistent absence,
defined as missing 10% or more of sessions, fell to 18.1%” keeps the
18.1%), a name given (“Particles below 1 micrometre are usually called
nanoplastics”); the writer's signposting by count (“Two points stand out.”, “Three structural factors explain most of the gap.”, “We assess three options”), and the count of the list a paragraph leads into (“Three groups are poorly served by the current system.” before a list of three; “The consultation runs in several stages:” before its list);
a scale of time told vaguely (“over hundreds of thousands of years”); a
window two events fall in (“the second price rise in under 12 months”); a stretch of time (“a difficult two years”,
“Five years on,”) and a time allowed (“giving the developer three weeks to
answer”); numbers after a plural label (“Sections 1, 3 and 4”); a body's
own act after a wire dateline (“WASHINGTON (AP) — The Federal Reserve cut
its rate by a quarter of a percentage point”); a race's finishing times and
gaps, which are its result (“crossed the line in 4 hours 51 minutes 12
seconds”, “finished in just under five hours”, “second at 38 seconds”, a sprint's “flying 200m of 10.198 seconds” timed to the hundredth, a swimmer's “turned in 24.02 at the 50”, a pool's events “the 100-meter butterfly”, “the men's 50 breaststroke semifinals”), a field event's marks (“cleared 6.05m in the pole vault”, “three attempts at 6.15m”), a points race's standing (“to finish on 61 points, 14 clear of Denmark”); a number word opening a name inside a
sentence (“a new production of Three Sisters”); a year naming what it is of (“a 2022 review”, a label's
“2024 revenue:”, a numbered period's “Quarter 2 2026”); what a court heard (“..., Manchester Crown Court heard”, “The
court heard that ...”: the evidence is the source); a rule's own number, which names it (“the 50% threshold”,
“the 2% inflation target”, “the bank's 2 per cent target”, “the two-child limit”); dates, times and durations that only locate an event in time
(“two days later”, “after 12 weeks”, “within 30 days”, “every two weeks”, “a second or two longer”,
“over two days in November 2025”, “The next report will be issued in two weeks”), the period of the figure before it
(“save £18.4m over two years”, “to invest £24 billion in upgrades over five years”: one finding, for the amount), a period
named from the story's time (“than it built in the previous forty years”,
“over the next three seasons”), the time a body has (“The department has
two months to reply”), the bound of a category (“patients who have waited
52 weeks or more”, “homes worth £2m or more”, “Households earning under $60,000”), times of day (“at 7.30”, “six
o'clock”), including spans of
years and days (“2022–23”, “the 2020 and 2021 seasons”, “between 16 and 29
January”); ages (“Smith, 45,”, “the defending champion, 20,”, “25 years old”, “a boy of about ten”, “aged 40 to 79”, “aged nine months to four years”, “homeowners 65 and older would”, the ages an age moves between: “The minimum age ... will fall from 22 to 18”, “She was
81.”, “until they are 18”, “Students who turn 19”, “Okafor, who turned 27 on 9
November”, “Rembrandt was 28 at the time”, “Tomás Rinaldi was 23 and playing in the fourth tier”, “pupils aged four to 11”, “heavy
users at 14”, “a grade 4 at 16 must”, “Hannah and Josh, both 19”, “Their drummer is 17.”, “aged between 19
and 42”, “the escort, Margaret Hind, 62.”, “Catriona, the keeper's daughter,
is 19”, an age band: “18- to 24-year-olds”, a step in a life: “took up running
at 64”, “died at 87”, “became its leader at 36”, an age opening the
sentence: “At 61, Vidal remains a commanding presence”, “At 14 she moved”, “By 16 she was sitting in”, “left school at 15 to work”, “started racing at 14”, “people turning 75 began”, people
over or under an age: “Most are over 60.”, “14% of participants were 80 or older”, “a person over 80”, “All four were over 70.”, “where the oldest person is under 80”, “A couple who are both under 80”, “the youngest aged 18 and the oldest 79”; how long a bond has lasted: “Her partner of 30 years”; which stretch of time: “Revisions to the latest two months”, how far off a time is: “only five weeks away”, “within her first 100 days”, “over the next two to three weeks”; a court's order: “Mrs Justice Okafor ordered the developer to pay costs capped at £35,000”; a role's age: “the England striker, 27,”, an age range in two units: “between 14 months and four years old”, “and at 15 she won”, “Mr Kyle, a former shop steward, was 77.”; an age before what it brought: “a stress fracture at 16 sent her”; a time whose unit is left out after a first: “within two years she was racing; within five she had signed”); numbers in names, labels and identifiers (`World War II`, `G7`,
`COVID-19`, `Article 5`, `Table 1`, `Proposal 3`, `Option 2`, `No. 27`, a service's phone number (“report them on 105”, “call 999”, `NHS 111`), a work's catalogue number (`Op. 5`, `K. 491`, `BWV 1007`), `a Big Four firm`, `the big four grocers`, `type 2 diabetes`, a grade or a kind in words (`category two patients`, `stage four cancer`), a play's or a series' part (`in act three`, `episode four`), a model the sentence named by its number and variant (“The 777-200LR will be the basis for a version of the 777”), a rowing boat's class (`the men's eight`), `a phase 3
trial`, `runway 27`, `junctions 10 and 11`, `the 1, 2, 3 and B, D lines`, `Highway 38`, `mile markers 12 and 31`, `a Boeing 737-800`, `on lap 31`, `on move 23`, `at mile 16`, `Loop 1: 4:12:30`, `heat 3`, a band's
line-up: `The Glasgow five-piece`, a kind of play: `a three-on-three rush`, a year after its describing word: `the celebrated 2018 production`, `whose 1968 single`,
`the 47 service`, `the 36 and 36A routes`, a route by its number when the
document names it (`the 14 is the only public transport` after `Route 14`,
`The 22 and 22A will run hourly`), `a band 5 nurse`, a title in a list: `- Precinct 47 (1986–1992)`, `- *Holloway 4 Live at the Vanguard*`, a product's name: `Nova 8 Pro`,
`Ironveil 2 launched`, the decimal of a name: `PM2.5`, the last part of a
code: `SSP5-8.5`, a DOI's prefix: `doi:10.1038/...`, a scheme named by a
range: `the 16-25 Railcard`, a group's or a formation's name: `the big
four`, `a back three`, numbered rooms: `two theatres, numbers 4 and 5`, a
product's strength or pack size: `160 mg tablets`, `30- and 90-count
bottles`, a book's page count and price: `Harbour & Vane, 432pp, £20`), addresses
(`211 Oxford Street`, `14–22 Riverside Terrace`, `500 Howard St.`, `400 W. Main St.`, `1
Station Approach`, `14 Heol y Felin`), telephone
and reference numbers (`937-225-4000`, `(202) 693-4676`, `a 10-K filing`, `call 101`, `quoting incident 1084 of 26 November`, a film's gauge and certificate: `made on 35mm`, `**The Salt Road** (15)`, `an emergency 999 call`, a text service's short code: `texting HELP to 99411`, `the 101 non-emergency line`, `0800 555 111`, `crime reference
42/18876/26`) and ratings (`Verdict: 4/5`, a line of its own: `**Four stars**`); statistical notation (a
p-value, `p<0.001`), the
level and bounds of a confidence interval (“7.9% (95% CI 5.2–10.7)” is one
figure, 7.9%); the time a price buys (“£3.50 for two hours”); sports scores and a game's own tallies (“put 52 points on Wales”, “five
goals in his last six appearances”, “four points behind the leaders”, “2-1
up”, a racer's gap to the hundredth (“third, 0.31 back”), a score line: “England 27 Argentina 24”, a chess match's in half points (“level the match at 4.5-4.5”), a player's points (“He finished with 14 points”, “kicked 12 points in a 19-16 win”), a golfer's round and putt (“after a final-round 69”, “a nervy four-footer”), a horse race by its distance (“the two-and-a-half-mile handicap chase”), an Australian rules score with its total: “12.10 (82) to 9.8 (62)”, a cricket match's tallies: “took
three wickets for 41”, “96 for one”, “took 3 for 58”, “came in at 34 for 2”,
“wobbling at 61 for three”, “291 for eight largely to”, “was dropped on 38”, “put down on 12 ... and again on 38”,
“lead by 322 runs”, “from 187 balls”, “made 112 from 109 balls”, a chase's
target and what it needs, “Chasing 288, Durham needed six from the final
delivery”, “caught at slip for 112”, a side's
runs and wickets in a sentence about an innings: “reached 131-2 in reply
before tea”, “Wessex 412-7 dec”, and a sentence told in the game's words:
“faced 251 balls and hit 17 fours and two sixes”, “to hit off stump”, a rugby
match's “a four-try win”, “added two more tries”, its scorers' line (“Melbourne 26:
tries to Whitby (2), Fifita and Nonu; goals to Munro (5 from 5)”; not “conceded 14 penalties to Bath's nine”), “kicked 11 points”, a round of golf's and a basketball
game's, told in their own words: “a seven-under-par 65 with six birdies”, “finished the day at 10 under”, “tied on seven under”, “three shots off the pace”, “the round of the day with a 65”, a leaderboard's “1. Tom Harland (Eng) -9”, a results line's placings (“Men's 400m IM: 1. Léon Marchand (FRA) 3:52.81; 2. ...”),
“34 points, including five three-pointers”, “11 of his 27 points”,
“a 14-0 run”, “with six minutes to play”, “a 4–0 friendly win”, “in the final 20 minutes”, a scorers line “Goals: Whitlock 58, Okonkwo
72”, “missing out on European football by three points”, the points a
result earns: “winning 2-1 and collecting three points”, and a series'
length: “won the World Series over the Cardinals in six games”, a margin
in the score: “came from 17 points down”, “20 unanswered points”, and the
match clock: “on 22 minutes”, a tennis match's “saved two match points”, a
championship's standings: “356 points to Norris's 347”, “a further 36 points
back”, “finished the series on 4,214 points”, a race's “14.8 seconds back”,
“48 seconds clear” and “14 seconds down on the leaders”, a point on its course:
“caught with 31km to go”, “with 9 kilometres left”, “with 3km of the 10km run left”, “crashed 35 kilometres from the finish”, “went clear after 22km”, “with 4km left”, “through 25km before pushing the pace”, “the 35km to 40km section”, “at the 35-kilometre mark”, a horse race's “won by
11 lengths”, “by a length and three-quarters” (and a boat race's “by a third of a length”; not “a third of
the length of the old one”) and odds, “a 20-1 shot”, “With three minutes left”, a timeline's “- 11 min: Okafor
curls in” and “- 90+3' — Kelly”, the last seconds: “with 22 seconds remaining”, a score before the round it won “a 26-7 quarter-final win”; a numbered scheme: “Plan 2 loans”, a week of the year: “week 48”, a numbered update: “Update 4”, a court by its number: “on court 2”, a germ's type: “serogroup 1”, a code's part: “the GII.4 Sydney variant”, a time told in words: “half past six”, a round of a draw: “in the last 16”, a form of a game: “a five-a-side football match”, a way of running: “a two-way track”, a margin as a game stood: “after trailing by eight points at half-time”, the stretch of a game a sentence opens on: “For 40 minutes it looked as though”, a cricket chase's margin: “with four balls to spare”, a batter's score: “an unbeaten 112”, a snooker break: “made breaks of 71 and 104”, “a 118 clearance”, “a 141 in the 16th frame”, “cleared with 68”, a frame's score: “Frame scores: 5-118, 141-0”, frames won: “won five frames in a row”, a darts match's play: “a 121 checkout”, “double 16”, “a 13-darter”, “missed six darts at double 20”, a round's score: “a 6-5 semi-final”, a title's or a name's number word: “Berg: Seven Early Songs”, “O2 and Three all now use”, a scale or plan by its points: “the five-point European scale”, a listing's “Running time: 2 hours 35 minutes”, a tennis score as it stood: “At 5-5 Reyes double-faulted”; and a worked example's arithmetic, a home priced after “a” in a sentence told in the present or the conditional: “A household in a £900,000 house would pay £2,160 a year”, “Someone earning £15,000 a year currently has contributions calculated on about £8,760”, which is no claim either; not “paid £120,000 in stamp duty on a £2,000,000 house”; and a count its subject kept: “by his own count”; a person's age told with
“is” or an adverb: “Callum Fraser, who is only 31”, “Jonah Prideaux, just 24,”,
“Osei-Bramwell, then 23,”, or after a team's position: “The Polish forward, 27,”,
or people's age bound told of “who” or “whom”: “a young squad, most of whom
are under 24,”;
a knockout's time: “knocked out Ivan Babic in 2 minutes 14 seconds”; a
round of golf: “nine under after a 67”, “followed an opening 75 with a
73”, “(par 72)”;
a rate's denominator: “35 micrograms per 100 millilitres” (the 35 is the
figure); people of an age range: “adults
between 30 and 60 who”, the age something happens at: “to draw her pension
at 67”; a count of the days named right after it: “two open days on 7 and 8
November” (not “three open days on 7 and 8 November”), a count that sums up
the two or three things just listed: “drug use or travel, two groups
normally at higher risk”, the rest of a number given: “the other two”; a
phone service's number: “a 999 outage”; a catalogue or version number
with two points: “NMS G.2026.14.1”; a named rule's amount: “The
government's £2 fare cap”; a race's result told in words: “finishing in 47 minutes 12 seconds”,
“won in 52:04, more than two minutes ahead of”; a race by its class: “won the junior 5km”, “the
2-kilometre race” (not “the 2-kilometre road”); the bound a term is defined
by: “Anything below 100 per cent means”), and a
vote's record (“Councillors voted seven to four”, “Two members
abstained”, a chamber's on a measure: “The Senate passed it 71 to 27”); a
shape (“a five-pointed star”); a person described as a parent (“a mother of two”) a named body's or a named review's finding told in a relative clause on it (“the International Union for Conservation of Nature, which estimates that fewer than 10,000 remain”, “the Ockenden review of failings at Shrewsbury and Telford in 2022, which found that more than 200 babies ...”); a hospice's own plan (“The hospice plans to close eight of its 16 inpatient beds”); and someone's family beside the spouse (“His wife and two teenage children sat in the front row”); a year before a compound noun after an article (“since a 2014 appeals court ruling”); a named body's own act past an aside on where it was told (“Analysts at Morgan Stanley, in a note to clients, raised their price target to $480 from $430”); a result against a side (“9–0 v Rochdale”); a fixture's or a train's format (“a three-match Test series”, “four-car trains”) and a work's (“a six-part series”); a numbered issue of a report (“Situation report 4”), numbers after a plural place label (“Districts 3 and 7”) and a title's before its subtitle (“*Apollo 11: The Return*”); a fight's scorecards (“the judges scored it 117-111, 116-112 and 116-113”), a score as it stood (“France led 17-3”), points a side lost or scored (“cost them 14 points”, “10 of their 24 second-half points”); a numbered line's name with its places in brackets (“- 189 (Brent Cross to Oxford Circus)”, a route); a swimming or track event by distance and stroke (“bronze, 200m breaststroke”, “the 100m and 200m breaststroke”); an age a club was joined at (“joined the City of Dundee Amateur Swimming Club at 11”); a named body's own release of funds (“The Somalia Humanitarian Fund released $12 million”, also past a relative clause on an opening phrase: “At the meeting, which ended on 4 November, the Committee voted to cut ...”) and a named subject's own pledge (“..., pledging to build 10,000 affordable units”, “campaigned on a promise to hire 300 more officers”); figures whose source is a piece in a named publication (“A 1999 review in The Times gave Casa 31 four out of 10”; not what was done to it: “Her paper in Nature has been cited more than 6,000 times” is flagged), a named body's estimate as the subject (“Eurostat's flash estimate for the euro area was 2.2%”) and a poll's maker after when it was released (“A poll released last month by the Fairhaven Tribune showed”); a family's span (“three generations of a family”); a vague stretch of time (“worked for several years as a teacher”); the bound that defines a class (“towns with populations of 10,000 or more”); an age after an adverb or before what came of it (“She is now 34”, “Kovalenko was 26 before she won a match”); a poll's shares when an aside names who carried it out (“A poll of 612 adults, carried out by Survation for Best for Britain, put Reform on 34%”); a scale's bound on what is counted (“aftershocks of magnitude 4 or above”); a batter's “38 not out”, “unbeaten on 118”, “followed for 11”, “reached three figures”, a partnership's “124 for the fourth wicket”, “a cut for four”, “seven boundaries” and the state of an innings (“needing a further 191”, “a lead of 350”, in a sentence about one); a container by what it holds (“a 20-litre jerrycan”); a named body's standard (“the WHO emergency
threshold of 15%”); a race by its distance (“the men's 400m individual
medley”); a score before its winners (“21-12 winners over the Solomon
Islands”); an age range (“between the ages of 18 and 45”);
numbers in attributed sentences or attributed quotations (an interview's
answers, after the interviewer's question, are the interviewee's quoted
words), including those
attributed to where they were published (“researchers reported in The
Lancet”) or to who made them (“a target set by the government”, “UNICEF
reported 318 suspected cases”, “the police counted 4,000 protesters”,
“Duarte put the boost to core inflation at 0.3 points”, “The cost,
which the National Audit Office put at £1.8 billion,”) or to the named
document or a body's evidence whose finding a relative clause tells (“the
Labour Force Survey for the third quarter, which shows that”, “by the Care
Quality Commission in its last inspection, which found that”) or that a
figure is given in (“scored 81% in the Complete University Guide 2027”), or set in or based
on what a named body projects or records (“In the Committee's central
projection, inflation falls to 2%”, “based on the Authority's location
data”, “712 homes a year under the government's standard method”), or to
the writers' own estimate, data and experience (“about £300m a year, by
our estimates”, “Our latest provisional estimate is 204,000”, “36% of our
buyers”, “I was usually down to about 15% by 10pm”, the publication's own
reporting: “Over six months, this newspaper tracked timber”), or to what a model or
a named body assumes (“The Treasury's own modelling assumed growth of
1.5%”, “The OBR assumes net migration of about 340,000”), or to a study
named by where it was published (“A study published in Nature Food”, “A YouGov poll
published on 18 November found 38%”, “The bureau's 24-month study projects the
lake could fall below 1,040 feet”, “..., the presentation shows.”, “under national
guidance issued by the UK Health Security Agency”, what a document shows for its period (“Halvorsen's 10-K filing for last
year shows”, “The company's accounts for the year to March 2026 show”), a
list item's bracketed source (“9,112 open repair jobs (board papers, September
2026)”), a name with a long description before
its verb: “Cinema United, the trade group formerly known as the National
Association of Theatre Owners, said”, “Mining company Cerro Verde, which
operates one of the world's largest copper mines 30 kilometres from
Arequipa, said”, “Pacific Gas and Electric Co. said”; a result a name
posts: “Penrose, which operates 612 stores, reported pre-tax profits of
£402m”, “Brightcart reported revenue of £386 million”, “its rival,
Aerlink, which last week reported a 6% decline”; guidance a name keeps
(“Skyvale kept its full-year guidance unchanged, forecasting ...”); a
committee's own vote, its size before it (“The nine-member committee voted
5-4 to hold, with four members backing a reduction to 3.25%”); an estimate
a pronoun's person puts on it (“at a cost he puts at about £640 a week”); figures a
named group obtained (“Police Scotland figures obtained by the cycling
group Kirkhaven on Wheels show”); a
name told after a long relative clause (“FibreNorth, which won a £46
million contract under ... in 2023, told councillors”); a
level a body sets for what it pays or rules (“The company also lifted its
quarterly dividend by 4% to 7.8p”, “The Scottish government froze most
rents in 2022 and then capped increases at 3%”; not a share price's move,
“Barclays lifted 3% in early trading”); a measure of the subject a sourced
sentence reported on (“..., according to Cal Fire. It was 15% contained as
of Friday morning”); an estimate in a relative clause: “a project the regional transit
authority estimates at $840 million”; a statistical release: “..., the
release shows.”; a body's figures: “according to council figures”; a body that inquires:
“The committee found that 42% of prisoners ...”) or by
who made it (“A survey of 1,012 voters by Opinium”), or to a filing at a
named registry (“in the last accounts filed at Companies House”), or to the source in
brackets after it, as fact boxes give it (“16.4% (Kantar, 12 weeks to 2
November)”, “1,200 (company filings)”, “3.8% (Source: ONS)”; a bare name in
brackets is as often the figure's place, “4.1% (Scotland)”, and is no
source); a named body's own act stated with it as subject or in the
relative clause after it, in its own clause (not a contrasting one after
“, while”, “, but” or “;”: in “Scotland cut its limit to 50mg in 2014,
while England and Wales remain at 80mg” the 80mg is flagged) (“Tesco, which had offered to sell 85 stores”, a count a name records after an aside that describes it: “PEN America, a free-expression group, has documented more than 10,000 instances”, later in the sentence too: “likely to encourage the Bank of England, which cut interest rates to 3.5% in November”, or in a clause of time it opens: “a week after the Bank of England held interest rates at 4.25%”, a chain's or a service's closures and cancellations, “Sainsbury's closed 16 standalone Argos stores”, “The School District canceled classes at 14 schools” (not the weather's: “Storm Bert closed 40 schools”),
“The Environment Agency has issued two severe flood warnings”, “the
Treasury Department sanctioned 31 individuals”, “HHS is making $1.5
billion available”; its work, which it is the source of, when the verb
follows the name: “The World Food Programme (WFP) has distributed food to
64,000 people”, “UNICEF, working with the Department of Public Health
Engineering, has installed 220 units”, “The Directorate General of Health
Services recorded 3,870 cases”, “The force recorded 3,912 offences” (not
money it took in, “The company collected about $48 million from the
sales”), a rate it held with a long name between (“Turkey's central bank
left its benchmark one-week repo rate unchanged at 36 percent”), what
it sets up or the evidence its inquiry took: “The force set up a retail
crime unit with 22 officers”, “The committee took evidence over eight
sessions”, a named rule's terms: “the Academy Trust Handbook has required
trusts to seek approval for any contract worth more than £40,000”, the
body's kind after its owner or a word: “Riverton's transit authority
approved a plan eliminating 14 routes”, what it met to do: “The board of
Northfield and Vale NHS Foundation Trust met in public on Thursday to
approve a £4.2 million winter plan”, the act after a date's phrase with
no comma: “In 1997 the Millennium Commission awarded a grant of £15
million”, “The charity is also launching a
winter appeal to fund 20 new rescue centres”, “The rival RMT union, which represents guards, is also balloting members at four companies”, a lead-in's for its list:
“IRN distributed the following in the week to 3 September:”, “the Climate
Prediction Center gives Phoenix a 60 percent chance”; not “Two firefighters suffered burns on
Sunday and were treated”), a plan's
own proposal (“The draft budget proposes raising fees from £48 to £62”,
“Alongside the council tax rise, the draft budget sets out £6.8 million of
savings”, and a list after a plan's relative clause: “The trust unveiled a
recovery plan in the summer that includes:”; not
what it has: “The budget has a £4m gap”), a scale's definition (“A score of
100 means perfectly regular”) (“the Committee
decided to raise the rate to 1/2 percent”, “The Monetary Policy Committee
(MPC) maintained the rate at 5.25%”, “Since the start of the cycle, the
Bank has lowered rates six times”, “The ECB left its deposit rate
unchanged at 2%”, “Samsung and Google offer seven years of updates”, “Birmingham recently
committed to reaching 25% canopy”, “The company raised its forecast to
$7.10 a share”, “Westmoor Connect has offered 4.5%”, “Northfell Renewables wants to build 22 turbines” (not “wants the gap narrowed”), “Scotland cut its limit to 50mg”, “The PLSA has backed a move to 12%”, “BlueIsle has offered 4.5 per
cent”, “The TWU is seeking a pay rise of 9%”, “The union is asking for a 9
per cent rise”, “The committee made six recommendations”, after a wire
dateline: “RIVERTON, Ohio — The Riverton City Council voted 5-2 ...”, a regulator's penalty: “Ofwat fined the
company £8.7 million”, a forecaster's revision: “The Treasury Department revised its
borrowing estimate to $590 billion”, “Ofwat, the industry regulator, fined ...”, a lender's or seller's own
prices: “Nationwide cut selected fixed rates by up to 0.25 percentage
points”, not “Inflation cut real wages by 3%”, nor “The company was fined £2.4 million”) and a court's sentence (“jailed for four years at Cardiff
Crown Court”); a named law's or rule's own terms (“Under UK261 rules, passengers ... can claim up to £520”, “Under the Flag
Referendum Bill, voters will choose between up to five designs”, “30
minutes a day under Rule 41 of the detention regulations”); a named
pollster's or client's survey (“Economists surveyed by Reuters had
expected 150,000”, “A Harcourt Polling survey for the Riverside Echo,
conducted between 3 and 7 September, put her on 36 per cent”, “A poll conducted for the Fiji Times found that 60 per
cent”, “In the Marist survey released on Monday, independents split 41
percent to 39 percent”) and what a document ranks or rates (“The guide
ranks 132 universities”, “The Cook Political Report rates four seats as
toss-ups”, also after a dating aside: “The agency's weekly report,
published yesterday, shows”, “The logs, covering January 2024 to June 2026,
show”); an age reached or in an aside (“who turned 91 in May”, “Mr Hale, now 91,”, “A
retired head teacher, 71, who”, “a knee injury ended his career at 19”, “a
14-month-old girl”), a reviewer's rating (“Four stars out of five”, “Rating: 4 out of 5”), an age rating (“Age
guidance: 12+”, “rated 15 for strong language”), the wait that defines who
is counted (“patients waiting longer than four months”; not a wait told:
“Some developers now wait more than two years”), a number to call (“call police on 101”, “A neighbour called 999 at 8.15pm”) and a year
that dates a possessor's work (“Ibsen's 1879 play”); numbers in a block quotation whose source is given; a count announcing the list after its colon (“nine members:
the Governor, ...”, “Two amendments were pushed to a vote:”, “Rovers
completed three other deals before the deadline:” before a table) or
closing a sentence the points follow (“Economists point to three
factors.”); small
counts that only tally things named right there (“two politicians, A and
B,”, “2 (Bewdley, Ironbridge)”, “Two riders abandoned: the Australian
sprinter Liam Carter and Denmark's Mads Holm”, as many items as the count,
in any case: “Two earlier drugs, sotorasib and adagrasib, target”); a document's numbered note
(“financial statements 2025-26, note 4”); list markers and section numbers; figures in a footnote's own text
(a footnote is where a report gives its sources: “Household survey, April
2025, n = 1,152”), the items of a list that a named source introduces
(“Key specifications, as listed by Orrin:”), that a statement sets out or a
body approved (“The update set out the group's revised outlook:”, “The
rates approved by parliament are:”) or that a source line right
after it vouches for (“*Match statistics supplied by Opta.*”, “Source: Land
Registry.”, as a table's “Source:” line does) and in a section of sources (the entries under a
“References”, “Bibliography” or “Notes” heading) and in a glossary (the
entries under a “Glossary” or “Key terms” heading or bold line: “Gigawatt
(GW): one billion watts”); the writers' own method (“We surveyed 1,200
households”, “Human Rights Watch interviewed 34 people”, an index's publisher ranking a name: “Transparency International ranked Romania 65th out of 180 countries”, a body's target: “The government has set a target of 20GW by 2030”, “Researchers at the University of Edinburgh tracked the sleep of 61,000 adults”, “The REGULATE study is randomising 2,400 adults”, “The authors modelled 25,000 savers”, “The team combined 43 years of satellite data with output from 28 climate models”, after a phrase of purpose or means: “To separate the role of climate change, the team ran simulations with 14 climate models”, with an aside naming it: “The study, by researchers at the Northfield Institute, tested samples from 4,212 women”, an aid agency's own response in the first person plural: “We distributed 4,000 hygiene kits”, “Our mobile clinics carried out 6,230 consultations”, its forecasts and scenarios: “We now forecast growth of 1.3 percent”, “by 2 to 3 percent in our high case”, “This brief reviews
48 communities”, “This chapter has three sections”, “In our rundown test
the tablet lasted 16 hours”, “The phone scored 3,104 in our runs”, “80
decibels on my phone's meter”, “We enrolled 4,212 patients”); a figure
restating the one its previous sentence sourced (“That is roughly 45% of
the total”, “That leaves fewer than 1,000 spare places”, “That compares with 73.0% a year
earlier”, “The figure compares with a revised 2.6% rate”, the same measure for a place or a group: “In inner London the figure is £21,900”, or for another time: “A year
earlier the figures were 5.02% and 4.84%”, “Donations made up 41% of that”), continuing its source with a pronoun (“It employs 140
people”) or with the rest of its count (“Six workers were injured, a
hospital spokeswoman said. The other four were treated at the scene.”), breaking its statistics down, averaging them or giving their margin of error (“..., the ONS said. The gap was
widest in Wales, where rents rose 8.1%.”, “Most of the losses were among
childminders”), giving the next figure of a measure it gave (“Consumer
price inflation was 3.1%, the ONS said. Services inflation eased to
4.6%.”), giving a share of those it counted (“..., a YouGov poll found. Some 44
per cent opposed the action.”), giving shares for a group an opening phrase names (“..., Ofqual
said. In English language, 27.4% reached a grade 4”, “..., the ONS said.
In London they fell 0.4%.”), giving the rest of a poll's shares (“A YouGov
poll put Labour on 36 per cent. The Conservatives were second on 29 per
cent.”), the next line of the results a company stated (“..., the company
said. Revenue climbed 4.1 per cent to £9.84 billion.”; not after what
analysts expected), pointing back to the measure (“Under SSP5-8.5 that
share rises to 80%.”) or continuing its quantities with
bare numbers (“Financial activities added 21,000 and transportation
18,000”); the
items of a list introduced by a source, a proposal or a named body's
pledges (“According to the paper:”, “We recommend that the council:”,
“Reform has pledged to:”: a recommendation is not
asserted as fact), a document's findings (“The report's main findings are:”, “The main
findings of the NHS England data were:”), data a body released (“The
breakdown of outstanding jobs released to the Tenants' Voice Alliance is as
follows:”) or a document's terms (“The agreement also includes:”,
“Under the approved plans, the development would have included:”), and an instruction or a recommendation itself (“Raise
the quota to 40% on large sites.”). A sentence with a
`vague-attribution` finding does not also get this one, nor do the items
of a list its lead-in introduces (“Among the measures the council is
expected to consider:”): naming the source there sources them all, and
so do figures in a named release (“The main figures in the ONS release
were:”). Not a text number (“by texting 61016”) nor one to call (“can contact
the force on 101”, “make calls, including to 999”), a rate's step (“£45 for
every further 12 hours”), the days of a list their month closes or opens
(“on 4, 9 and 12 December”, “on December 5, 10 and 13”), what a document
records (“Their report ... records at least 23 female barbastelles”), nor
a race's margin and time (“beating Tom Harland by 14 seconds”, “covered
the flat course in 45 minutes 52 seconds”), nor children's ages (“her two sons, ages 6 and 9”, “aged 15, 16 and 17”),
nor judges' cards (“with scores of 77-75 and 78-74”), nor a cricket
match's margin, bowling figures, a batter's score and a scorecard's innings
(“won the second Test by 143 runs”, “took six for 71 on a pitch”, “Brook
made 171, his ninth Test hundred”, “and 223 (Williamson 88; Bashir
6-71)”), nor a body's own estimate (“The ONS had put third-quarter growth
at 0.2%”) or bid (“The council submitted an £18 million bid”), nor what a
body points to (“The company pointed to a £1.3bn national programme”), nor
what a document shows or lists after the phrase that places or makes it
(“Ofsted reports published on the inspectorate's website show”, “The State
of Britain's Hedgehogs 2026 report, produced by the British Hedgehog
Preservation Society and the People's Trust for Endangered Species, found”,
“Its manifest listed 18 tonnes”), a bill's own terms by its number (“Under
HB 4120, cities of more than 10,000 people would have to:” and its list),
two people's ages in commas (“Brothers Martin and Paul Kettlewell, 63 and
60,”), the age of a first (“winning his first cap at 20”), nor an emergency
number (“some 911 calls”, “through 911”), how far into a piece or a game
(“until nearly three minutes in”), a musical form (“eight-bar phrases”), a
number in a name before the kind of thing it names (“the 4 Deserts
series”), nor a race time told with commas (“in 27 hours, 41 minutes and
12 seconds”) or opening a results list's line (“- 12.40: Copper Kettle”),
nor a bus route by its ends or its service (“the 155 between Barnstaple
and South Molton”, “The last 155 service”), nor a character's age after who
plays her (“Ada (Grace Lowther), 17,”), nor a law's part (“regulation 12
of the 2014 regulations”), nor what a service sends (“Greater Manchester
Fire and Rescue Service sent 12 engines”) or a bank buys back (“The bank
repurchased $1.5 billion of its own shares”), nor figures a
named monitor showed on a day (“, the BRC-Sensormatic IQ footfall monitor
showed on Thursday.”), nor a golfer's scores and
margins (“a 3-under 69”, “at 14-under 274”, “who shot 67”, “signed for a
71”, “by two strokes”, “two ahead of Berg”, a fight's rounds and cards: “controlled the opening three rounds behind a stiff jab”, “winning 97-93 on two cards”, a short leaderboard line's “66, -17”, a stage: “after 36 holes”, a race card's time opening its line: “- 12.40 Juvenile Hurdle:”, a leaderboard's “68-70-67-69 —
274”). A figure's noun phrase stops
at a preposition of place (“a 22-kilometer circuit” near Te Awamutu).

## Why
Figures are what readers quote and what corrections are made of; an editor
asks “says who?” for every one.

## Example
> Since then, Russia has used at least 20 North Korean-made weapons.

Use instead:
> Since then, Russia has used at least 20 North Korean-made weapons,
> according to the UN sanctions monitors' report.

## Fix safety
Inserting a `[citation needed]` placeholder (or the configured placeholder)
is **safe**: it claims nothing. It goes before the sentence's final stop,
or after it when the stop also ends an abbreviation (“went out at 7.58 p.m.
[citation needed]”). Inserting “according to [SOURCE]” is
**unsafe**: it changes the sentence.
"#,
};

/// Numbers the document gives as a bus or tram route's ("Route 14", "the
/// 22 bus", "bus 7"): "the 14" elsewhere names the route.
fn route_numbers(prose: &str) -> Vec<&str> {
    static ROUTE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b(?:[Rr]oute|[Bb]us|[Tt]ram) ([0-9]{1,3})\b|\b([0-9]{1,3}) (?:bus|buses|tram|trams|route)\b").expect("a valid pattern")
    });
    ROUTE.captures_iter(prose).filter_map(|c| c.get(1).or_else(|| c.get(2))).map(|m| m.as_str()).collect()
}

pub fn check(cx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
    let sourced_lists = cx.lists_with_a_source_line();
    // (found once, and only for a document with a bare number after "the")
    let routes = std::cell::OnceCell::new();
    let prose = cx.doc.prose();
    // "For residents of Hollins Green, the 14 is the only public transport"
    // after "Route 14 ... will end", "The 22 and 22A will run hourly": a
    // route by its number
    let names_a_route = |figure: &crate::analysis::Figure| {
        let text = cx.slice(figure.span);
        !text.is_empty()
            && text.len() <= 3
            && text.bytes().all(|b| b.is_ascii_digit())
            && prose.get(..figure.span.start).is_some_and(|before| before.ends_with("the ") || before.ends_with("The "))
            && (prose.get(figure.span.end..).and_then(|after| after.strip_prefix(" and ")).and_then(|rest| rest.strip_prefix(text)).is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
                || routes.get_or_init(|| route_numbers(prose)).contains(&text))
    };
    for (block, sentence) in cx.sentences() {
        if sentence.figures.is_empty() || sentence.is_vague() || sentence.own_act || matches!(block.kind, BlockKind::Heading | BlockKind::Footnote) {
            continue;
        }
        if block.kind == BlockKind::ListItem && sourced_lists.iter().any(|list| list.start <= block.span.start && block.span.end <= list.end) {
            continue;
        }
        // A sourced sentence's figures are sourced, unless its only sources
        // report an event after the figures: "Shares fell 9% after the
        // company reported a loss" gives no source for the 9%.
        let figures = if sentence.is_sourced() {
            let scope = sourced_from(cx, sentence);
            let before = sentence.figures.partition_point(|f| f.span.end <= scope);
            &sentence.figures[..before]
        } else {
            &sentence.figures[..]
        };
        // (not the count of the list the paragraph leads into: "Three
        // groups are poorly served by the current system." before a list of
        // the three)
        let figures = match figures.split_first() {
            Some((first, rest)) if tallies_the_list_after(cx, block, sentence, first) => rest,
            _ => figures,
        };
        if figures.is_empty() {
            continue;
        }
        // (one finding per quantity: the same figure again in the sentence
        // is the same claim, "You pay 9% of everything you earn above the
        // threshold, not 9% of your whole salary"; looked for among a few
        // before it, a one-line file being one sentence; a bare number
        // again may count something else: "boreholes 14 and 15 ..., bringing
        // the total to 15")
        let repeats = |k: usize| {
            let text = cx.slice(figures[k].span);
            !text.bytes().all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.')) && figures[k.saturating_sub(8)..k].iter().any(|f| cx.slice(f.span) == text)
        };
        let mut kept = (0..figures.len()).filter(|&k| !repeats(k) && !names_a_route(&figures[k])).map(|k| &figures[k]).peekable();
        // The fixes are the sentence's: found once, whatever its number of figures.
        let (placeholder, according_to) = cx.source_fixes(sentence.span);
        let finding = |figure: &crate::analysis::Figure| Diagnostic::new(Rule::UnsourcedFigure, figure.span, quoted_message("Figure “", cx.slice(figure.span), "” has no source."));
        while let Some(figure) = kept.next() {
            if kept.peek().is_some() {
                out.push(finding(figure).with_fix(placeholder.clone()).with_fix(according_to.clone()));
            } else {
                out.push(finding(figure).with_fix(placeholder).with_fix(according_to));
                break;
            }
        }
    }
}

/// Whether `figure` opens the last sentence of a paragraph with a small count
/// that the list right after it holds as many items as ("Three groups are
/// poorly served by the current system." then "1. ...", "2. ...", "3.
/// ..."): it tallies the things the list names.
fn tallies_the_list_after(cx: &RuleContext<'_>, block: &crate::analysis::BlockAnalysis, sentence: &crate::analysis::Sentence, figure: &crate::analysis::Figure) -> bool {
    // (or anywhere in a lead-in that ends on its colon, the count vague or
    // not: "The consultation runs in several stages:", "The statement
    // included several changes from the October text:")
    let lead_in = cx.slice(sentence.span).trim_end().ends_with(':');
    if !lead_in && figure.span.start != sentence.span.start || block.kind != BlockKind::Paragraph || block.sentences.last().is_none_or(|last| last.span != sentence.span) {
        return false;
    }
    let first = cx.slice(figure.number).to_ascii_lowercase();
    let vague = lead_in && matches!(first.as_str(), "several" | "a number of" | "a series of" | "a few" | "various" | "a handful of");
    let Some(count) = crate::analysis::figures::number_word(&first).or_else(|| first.parse().ok()).filter(|n| (2..=12).contains(n)).or(vague.then_some(0)) else { return false };
    let blocks = &cx.analysis.blocks;
    let after = blocks.partition_point(|b| b.span.start <= block.span.start);
    let items = blocks[after..].iter().take(13).take_while(|b| b.kind == BlockKind::ListItem).count();
    if vague { items >= 2 } else { items as u64 == count }
}

/// Where a sourced sentence's sources start to vouch for its words: its
/// start, unless every source it names is the subject of an event told in a
/// clause of time after the main one ("..., after the company reported",
/// "when the ministry announced"), which tells what that source said, not
/// where the words before it come from.
fn sourced_from(cx: &RuleContext<'_>, sentence: &crate::analysis::Sentence) -> usize {
    if sentence.cited || sentence.carried_over || sentence.quoted_speaker {
        return sentence.span.start;
    }
    let prose = cx.doc.prose();
    let mut from = sentence.span.end;
    for a in sentence.attributions.iter().filter(|a| a.kind != SourceKind::Vague) {
        let Some(source) = a.source.filter(|s| s.start < a.cue.start) else { return sentence.span.start };
        let before = crate::analysis::words_before(prose, source.start, 1);
        if !matches!(before.to_ascii_lowercase().as_str(), "after" | "before" | "when" | "following" | "until") {
            return sentence.span.start;
        }
        from = from.min(before.as_ptr() as usize - prose.as_ptr() as usize);
    }
    from
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{allows, flags};
    use crate::rules::Rule::UnsourcedFigure as R;

    #[test]
    fn flags_unsourced_quantities() {
        flags(R, "Since then, Russia has used at least 20 North Korean-made weapons against Ukraine.", &["at least 20 North Korean-made weapons"]);
        flags(R, "Hundreds of thousands of people attended, and 163 teams competed.", &["Hundreds of thousands of people", "163 teams"]);
        flags(R, "Prices rose 49 percent over the decade.", &["49 percent"]);
        // (the same quantity again in the sentence is the same claim)
        flags(R, "You pay 9% of everything you earn above the threshold, not 9% of your whole salary.", &["9%"]);
        flags(R, "The club has 300 members, and 300 more are on its waiting list.", &["300 members", "300 more"]);
        // (a source that reports an event after the figure vouches for
        // what it said, not for the figure before it)
        flags(R, "Shares in Halden Foods fell 9% after the company reported a fall in profit.", &["9%"]);
        flags(R, "Shares rose 4% when the company said sales grew 20% in the quarter.", &["4%"]);
        // (the unit of a price is no count, the change in it is)
        flags(R, "Wholesale prices for a dozen large eggs climbed 18 percent.", &["18 percent"]);
        flags(R, "Police found a dozen large knives.", &["a dozen large knives"]);
        // (money a company took in is no sample it gathered)
        flags(R, "The company collected about $48 million from the sales.", &["about $48 million"]);
        // (a name's share is no identifier, as "Article 5" is)
        flags(R, "Whisky makers want a cut to India's 150 per cent tariff on Scotch.", &["150 per cent tariff"]);
        flags(R, "The Angliru has featured in the Vuelta 9 times since its debut in 1999.", &["9 times"]);
        // (a participle after its noun is no source: the rent claimed)
        flags(R, "The average monthly rent claimed rose by 18% in 2025.", &["18%"]);
    }

    #[test]
    fn allows_a_games_scores_ages_and_moves() {
        allows(R, "Caruana beat Gukesh on Thursday to level the match at 4.5-4.5.");
        allows(R, "The 34-year-old challenger won after the defending champion, 20, overreached.");
        allows(R, "The turning point came on move 23, when Gukesh pushed his h-pawn.");
        allows(R, "Prendergast kicked the winning goal. He finished with 14 points.");
        allows(R, "Johnny Sexton kicked 12 points in a 19-16 win.");
        // (a golfer's round and putt, a horse race by its distance)
        allows(R, "Jordan Pike finished tied for fourth at eight under after a final-round 69.");
        allows(R, "He rolled in a nervy four-footer on the 18th green.");
        allows(R, "Harbour Lights held off the favourite in the two-and-a-half-mile handicap chase.");
        flags(R, "Traffic queued along a three-mile road.", &["three-mile road"]);
        // (a central bank's own rate, a long name between)
        allows(R, "Turkey's central bank left its benchmark one-week repo rate unchanged at 36 percent on Thursday.");
    }

    #[test]
    fn allows_attributed_named_and_dated_numbers() {
        allows(R, "The UN said Russia has used at least 20 North Korean-made weapons.");
        // (a site named by its address counts as its maker)
        allows(R, "The tracker Layoffs.fyi counted 512 tech companies announcing cuts.");
        allows(R, "World War II ended in 1945, after the G7 met.");
        allows(R, "Smith, 45, joined the COVID-19 task force under Article 5.");
        allows(R, "“We lost 300 men,” the commander said.");
        allows(R, "The Committee decided to lower the rate to 0 to 1/4 percent.");
        allows(R, "Russia has reportedly used 20 weapons.");
        allows(R, "Russia has used 20 weapons [1].");
        allows(R, "Profits fell 9%, the company said after the market closed.");
        allows(R, "The Office for Budget Responsibility (OBR), the government's independent forecaster, estimated that the freeze will raise £8.3 billion a year.");
        // A body's own act after a wire dateline.
        allows(R, "WASHINGTON (AP) — The Federal Reserve cut its benchmark interest rate by a quarter of a percentage point on Wednesday.");
        flags(R, "NEW YORK — Prices rose 5% in March.", &["5%"]);
        // A list after a short lead-in that follows its source.
        allows(R, "The report sets out eight findings. The most significant are:\n\n1. Costs have risen by at least 45%.\n2. Around a third of the sites are late.\n");
        flags(R, "The most significant are:\n\n1. Costs have risen by at least 45%.\n", &["at least 45%"]);
        // A body's own data, appeal and acts.
        allows(R, "The government's own figures show rents rose 6% in a year.");
        allows(R, "Clearwater is seeking £1.8 million over 12 months.");
        allows(R, "Since the start of the year, Clearwater has:\n\n- installed 14 hand pumps;\n- built 220 latrines.\n");
        // (a body's recommendations listed after it)
        allows(R, "The department is currently recommending:\n\n- a booster during every pregnancy, ideally between 27 and 36 weeks;\n- the full five-dose series for children.\n");
        // A definition states what a word means.
        allows(R, "Users should note that estimates use a definition of a migrant as someone who moves for at least 12 months.");
        // A condition states what would hold.
        allows(R, "A water point counts as functional only if it delivers at least 10 litres a minute.");
        allows(R, "Unless 300 more staff are hired, waits will grow.");
        flags(R, "If the rate passes 5%, repayments will rise by £200 a month.", &["£200"]);
        flags(R, "If Chrysler succeeds with its plan it would be eligible for a $6 billion loan.", &["$6 billion loan"]);
        flags(R, "Sales doubled if compared to the $565 million profit of last year.", &["$565 million profit"]);
        // (a figure's phrase stops where a time starts)
        flags(R, "The yield on the 10-year note fell to 4.08% from 4.15% late Tuesday.", &["4.08%", "4.15%"]);
        allows(R, "The company reported a 9% fall in profit after a poor harvest.");
        allows(R, "Shares fell 9% after the company reported a loss, Reuters reported.");
        allows(R, "## 3 key findings");
    }
}
