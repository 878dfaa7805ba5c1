//! Attributions: the cue (a reporting verb, `according to`, a passive
//! `by`, or a vague phrase such as `reportedly`) and the source it names,
//! classified as identifiable, anonymous (first mention or a repeat) or
//! vague.
//!
//! Cues inside quotations are the speaker's words, not the writer's
//! attribution, and are ignored.

use serde::Serialize;

use super::lexicon::{find_phrases, find_phrases_in_tokens, find_phrases_within, Lexicon};
use super::tokens::{Token, TokenKind};
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// A named person, organisation, publication or document, a pronoun
    /// standing for one, or a definite role ("the minister").
    Identifiable,
    /// An unnamed but affiliated source, first mention.
    Anonymous,
    /// A later reference to an anonymous source already introduced.
    AnonymousRepeat,
    /// Nobody in particular.
    Vague,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Attribution {
    pub cue: Span,
    pub source: Option<Span>,
    pub kind: SourceKind,
    /// The text a finding about this attribution points at.
    pub trigger: Span,
}

/// The anonymous sources a document has introduced so far: whether any
/// has, and the last eight's two core words ("coastguard officials", kept
/// as a hash), so that a later "Coastguard officials said" is the same
/// source told again, not a new one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AnonymousSeen {
    pub any: bool,
    /// Hashes of the two core words, 0 for none; the next goes at
    /// `added % 8`.
    phrases: [u32; 8],
    added: u8,
}

impl AnonymousSeen {
    /// The hash of a source's words `s..=e`: its core's head (the word
    /// before its first preposition) and the word before that, which
    /// places them ("coastguard", "Western"); none for a core of one word
    /// or a word before the head that only counts or ranks them.
    fn phrase_hash(tokens: &[Token<'_>], (s, e): (usize, usize)) -> Option<u32> {
        let core_end = (s + 1..=e).find(|&k| tokens.get(k).is_some_and(|t| is_preposition(t.lower()))).map_or(e, |k| k - 1);
        let modifier = tokens.get(core_end.checked_sub(1).filter(|&m| m >= s)?)?;
        let head = tokens.get(core_end)?;
        // (a count or a rank tells people apart, it does not place them:
        // "one official" after "One official, who spoke ..." may be another)
        if modifier.kind != TokenKind::Word
            || is_determiner(modifier.lower())
            || matches!(modifier.lower(), "one" | "two" | "three" | "four" | "five" | "another" | "other" | "some" | "several" | "many" | "senior" | "junior" | "former" | "current" | "retired" | "two-person")
        {
            return None;
        }
        // (FNV-1a over both words)
        let mut h: u32 = 0x811c_9dc5;
        for b in modifier.lower().bytes().chain([b' ']).chain(head.lower().bytes()) {
            h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
        Some(h.max(1))
    }

    /// Note the anonymous source at words `s..=e`.
    pub fn add(&mut self, tokens: &[Token<'_>], source: (usize, usize)) {
        self.any = true;
        if let Some(h) = Self::phrase_hash(tokens, source).filter(|h| !self.phrases.contains(h)) {
            self.phrases[usize::from(self.added % 8)] = h;
            self.added = self.added.wrapping_add(1);
        }
    }

    /// Whether the source at words `s..=e` names one seen before by the
    /// same two core words.
    fn has(&self, tokens: &[Token<'_>], source: (usize, usize)) -> bool {
        Self::phrase_hash(tokens, source).is_some_and(|h| self.phrases.contains(&h))
    }

    /// Written as whether any was seen (the hashes are the analysis's own).
    pub fn serialize_any<S: serde::Serializer>(seen: &AnonymousSeen, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bool(seen.any)
    }
}

word_list! {
    /// Auxiliaries and adverbs that may sit between a source and its verb.
    fn is_between = [
        "has", "have", "had", "was", "were", "is", "are", "also", "will", "would", "could", "did", "does", "do", "not",
        "then", "later", "previously", "earlier", "first", "repeatedly", "publicly", "recently", "already", "further",
        "once", "again", "has also", "had also", "separately", "likewise", "similarly", "subsequently", "initially",
        "privately", "openly", "now", "reportedly", "allegedly", "may", "might", "can", "should", "must", "never",
        // "have long argued", "had often said"
        "long", "often", "always", "still",
        // "Critics have sometimes accused", "have repeatedly warned"
        "sometimes", "frequently", "occasionally", "regularly", "consistently", "routinely",
    ];
}

word_list! {
    /// Words that end a noun phrase when walking away from a verb.
    fn is_boundary = [
        "that", "and", "but", "which", "who", "whom", "whose", "when", "while", "as", "because", "if", "so", "or", "where",
        "after", "before", "since", "though", "although", "however", "than", "whether", "what", "why", "how", "said",
        "says", "told", "nor", "yet", "until", "unless", "to", "for", "during", "in", "on", "into", "against", "about",
    ];
}

word_list! {
    /// Prepositions that start a complement inside a source phrase
    /// ("researchers at Oxford", "an official with the ministry").
    fn is_preposition = ["at", "of", "from", "with", "in", "for", "within", "inside", "close", "across", "around", "among"];
}

word_list! { pub(crate) fn is_determiner = ["a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "many", "such", "one", "no", "any", "each", "every", "both"]; }
word_list! { fn is_definite = ["the", "this", "that", "these", "those", "same"]; }
word_list! { fn is_pronoun = ["he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "who"]; }

word_list! {
    /// Forms that are as often nouns as verbs: they count as a cue only in
    /// verb position (not after a determiner, and followed by a clause).
    fn is_noun_like = [
        "reports", "report", "claims", "comments", "documents", "records", "record", "estimates", "notes", "points", "projects", "remarks",
        "quotes", "forecasts", "states", "state", "shows", "show", "note", "claim", "comment", "estimate", "forecast",
        "find", "found", "think", "thought", "believe", "documented", "recorded", "measured", "counted", "say", "write",
        "written", "shown", "indicate", "reveal", "describe", "explain", "suggest", "argue", "warn", "confirm",
        "announce", "predict", "deny", "tell", "conclude", "reported", "described", "fear", "fears",
    ];
}

word_list! {
    /// Verbs whose subject is evidence, not a speaker ("the survey shows").
    fn is_evidence_verb = ["show", "shows", "showed", "indicate", "indicates", "indicated", "reveal", "reveals", "revealed", "suggest", "suggests", "suggested", "found", "finds", "find"];
}

word_list! {
    /// Nouns for a document or body of evidence, or the people who produce it.
    fn is_evidence_noun = [
        "data", "figures", "study", "studies", "report", "reports", "survey", "surveys", "poll", "polls", "research", "analysis",
        "statistics", "records", "documents", "document", "results", "evidence", "numbers", "census", "review", "investigation",
        "inquiry", "audit", "inspection", "paper", "researchers", "scientists", "experts", "analysts", "authors", "team", "findings", "tests",
        // ("the BRC-Sensormatic IQ footfall monitor showed")
        "monitor", "tracker", "barometer", "website",
        // (a forecaster's: "The bureau's long-range outlook shows"; a
        // statistical series: "the ANZ-Indeed Job Ads series showed")
        "outlook", "series",
        // (a market's: "pricing in ASX 30-day interbank cash rate futures showed")
        "pricing", "futures",
        // ("Its manifest listed 18 tonnes of ammonia")
        "manifest", "manifests", "logbook", "inventory",
        // ("Traffic counts carried out by the council in May recorded",
        // "The council's own consultation ... found", "The ONS breakdown
        // showed")
        "counts", "consultation", "breakdown",
        "estimates", "memo", "letter", "statement", "statements", "filing", "filings", "assessment", "model", "models", "papers", "polling", "accounts", "minutes",
        // ("The notice lists 1,850 hourly positions": a notice filed)
        "notice", "notices",
        "declaration", "declarations", "count", "tally", "modelling", "modeling", "projections", "calculations",
        // what a company or agency lays out: ", the presentation shows."
        "presentation", "prospectus", "slides", "chart", "charts", "transcript", "bulletin", "dashboard", "database", "register",
        // a statistical release and its tables: ", the release shows."
        "release", "releases", "table", "tables",
        // a ranking: "The guide ranks 132 universities"
        "guide", "guides", "index", "ranking", "rankings",
        // a body's own records: "The logs, covering January 2024 to June 2026, show"
        "logs", "log",
        // a plan's own tables: "The council's medium-term financial plan shows a gap of"
        "plan", "budget", "draft",
        // what was obtained: "Emails obtained by the BBC reveal"
        "emails", "messages", "correspondence",
    ];
}

/// The subject of an evidence verb: a name, a possessive, a pronoun, or a
/// noun for a document or body of evidence.
fn evidence_subject(tokens: &[Token<'_>], (s, e): (usize, usize)) -> bool {
    let head = &tokens[e];
    let hl = head.lower();
    is_pronoun(hl)
        || (head.is_capitalized() && e > 0)
        || is_evidence_noun(hl)
        // (a body that inquires: "The committee found that 42% of ...",
        // "inspectors found")
        || is_institution(hl)
        || matches!(hl, "committee" | "panel" | "inspectors" | "inspectorate" | "watchdog" | "ombudsman" | "tribunal" | "court" | "coroner" | "jury" | "auditors" | "investigators")
        // (the body the story has named, by its kind: "The think tank found
        // that", "The charity found that")
        || e > s && tokens[s].eq_ignore_case("the") && is_kind_of_body(hl)
        || tokens[s..=e].iter().any(|t| t.text.ends_with("’s") || t.text.ends_with("'s"))
        // A noun of evidence leading a longer phrase: "documents seen by
        // this newspaper show", "internal emails and records show".
        || tokens[s..=e].iter().take(3).any(|t| is_evidence_noun(t.lower()))
}

/// A participle that dates a source after its name ("A Eurostat report
/// published in March 2026 found").
fn is_dating_participle(lower: &str) -> bool {
    matches!(lower, "published" | "released" | "issued" | "conducted" | "carried" | "compiled" | "filed" | "submitted" | "lodged" | "covering" | "spanning")
}

/// "The scientists found reduction of yields exceeded 10%": an evidence verb
/// right after a noun of evidence reports a finding even when the clause
/// after it has no "that".
fn reports_evidence(tokens: &[Token<'_>], i: usize) -> bool {
    // (and what it projects: "The bureau's 24-month study projects the lake
    // could fall below 1,040 feet")
    // (and a plural's: "The budget papers forecast a return to surplus")
    (is_evidence_verb(tokens[i].lower()) || matches!(tokens[i].lower(), "projects" | "projected" | "predicts" | "predicted" | "forecasts" | "forecast" | "project" | "predict" | "estimates" | "estimated" | "ranks" | "rates" | "lists" | "listed" | "attributes"
        // (or what it records: "Their report, published on the council's
        // planning portal, records at least 23 female barbastelles")
        | "records" | "recorded" | "documents" | "documented" | "counts" | "counted"))
        && i > 0
        // ("A YouGov poll published on 18 November found 38% ...": the
        // participle phrase that dates it between)
        // (or the period it covers: "The company's accounts for the year to
        // March 2026 show")
        // (or set off by commas: "The agency's weekly report, published
        // yesterday, shows")
        && phrase_before(tokens, i).is_some_and(|(s, e)| {
            let after = if tokens[e + 1].is_punct(",") { e + 2 } else { e + 1 };
            // (or a relative clause set off by commas: "The council's own
            // consultation, which received 4,211 responses, found")
            let aside = tokens[e + 1].is_punct(",") && tokens[i - 1].is_punct(",") && tokens.get(e + 2).is_some_and(|t| matches!(t.lower(), "which" | "who"));
            (e == i - 1 || aside || tokens.get(after).is_some_and(|t| is_dating_participle(t.lower())) || tokens[e + 1].lower() == "for") && (is_evidence_noun(tokens[e].lower()) || tokens[s..e].iter().take(3).any(|t| is_evidence_noun(t.lower())))
        })
        // ("Bank statements shown to the jury recorded payments of ...")
        || i > 2 && (is_evidence_verb(tokens[i].lower()) || matches!(tokens[i].lower(), "recorded" | "record" | "records")) && obtained_evidence_before(tokens, i)
}

/// "Customs records reviewed for this article show", "Emails obtained by
/// the BBC reveal": a noun of evidence, then a participle of how it was
/// got and its complement, right before the verb.
fn obtained_evidence_before(tokens: &[Token<'_>], i: usize) -> bool {
    // (a long agent between: "Police Scotland figures obtained by the
    // cycling group Kirkhaven on Wheels show")
    // ("Figures obtained by the wealth manager Quilter under freedom of
    // information rules showed": how it was got after the agent)
    (i.saturating_sub(14)..i - 1).any(|k| {
        is_evidence_noun(tokens[k].lower())
            // ("CompuBox figures released after the fight showed")
            && matches!(tokens[k + 1].lower(), "reviewed" | "seen" | "obtained" | "examined" | "analysed" | "analyzed" | "leaked" | "shared" | "shown" | "released" | "published" | "compiled")
            && tokens[k + 2..i].iter().all(|t| t.is_word())
    })
}

word_list! {
    /// Reporting verbs that need a following clause to count.
    fn is_clausal = [
        "agree", "agrees", "added", "adds", "add", "show", "shows", "showed", "shown", "projected", "projects", "observed", "observes", "recorded",
        "records", "record", "measured", "counted", "tallied", "pointed", "points", "mentioned", "mentions", "quoted", "quotes", "documented",
        "documents", "indicated", "indicates", "indicate", "revealed", "reveals", "reveal", "calculated", "calculates", "forecast",
        "forecasts", "continued", "continues", "posted", "reads", "asked", "answered", "cited", "cites", "denied", "denies", "deny",
        "promised", "promises", "pledged", "pledges", "vowed", "vows", "ruled", "held", "determined",
        // (a doubt raised, not a suspect interviewed: "Some cardiologists
        // have questioned whether ...", not "Police questioned two men")
        "questioned", "question", "questions",
        // ("his side conceded twice in the final ten minutes")
        "concede", "concedes", "conceded",
        // (a point granted: "the inspector accepted that ...", not "accepted
        // the award")
        "accepted", "accepts",
    ];
}

fn introduces_clause(tokens: &[Token<'_>], i: usize) -> bool {
    // (a time the saying was done on may come first: "the Commerce
    // Department reported last week, helped by", "reported on Thursday
    // that"; a verb of saying or showing only: "The trial continues on
    // Monday, when ..." reports nothing)
    let says = matches!(
        tokens[i].lower(),
        "said" | "reported" | "announced" | "confirmed" | "stated" | "wrote" | "added" | "warned" | "signaled" | "signalled" | "showed" | "found" | "estimated" | "told" | "disclosed" | "revealed" | "indicated" | "noted" | "predicted" | "forecast"
    );
    let time_words = if says { time_of_the_saying(tokens, i) } else { 0 };
    if time_words > 0 && tokens.get(i + 1 + time_words).is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.text, "," | "." | ";") || t.lower() == "that") {
        return true;
    }
    match tokens.get(i + 1) {
        None => true,
        Some(next) => {
            (next.kind == TokenKind::Punct && matches!(next.text, "," | ":" | "“" | "\"" | "." | "—" | ";"))
                || next.lower() == "that"
                // (a doubt raised: "have questioned whether the trial
                // population reflects ...")
                || next.lower() == "whether" && matches!(tokens[i].lower(), "questioned" | "question" | "questions" | "asked")
                // (a promise's infinitive: "Delgado promised to be \"a mayor
                // for every ward\"")
                || next.lower() == "to" && matches!(tokens[i].lower(), "promised" | "promises" | "pledged" | "pledges" | "vowed" | "vows") && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalized())
                // "Sarah Dyke asked Beardmore whether paying £482 million
                // was right": a question put to someone
                || (next.is_capitalized() || matches!(next.lower(), "him" | "her" | "them" | "us" | "me"))
                    && (i + 2..tokens.len().min(i + 5)).any(|k| matches!(tokens[k].lower(), "whether" | "if" | "why" | "how"))
                // (a point granted with its clause, "that" left out:
                // "officials privately concede his place is under review";
                // not "conceded two goals")
                || matches!(tokens[i].lower(), "concede" | "concedes" | "conceded" | "accepted" | "accepts")
                    && matches!(next.lower(), "the" | "his" | "her" | "its" | "their" | "this" | "that" | "it" | "he" | "she" | "they" | "there")
                    && tokens[i + 2..tokens.len().min(i + 8)].iter().take_while(|t| t.kind == TokenKind::Word).any(|t| matches!(t.lower(), "is" | "are" | "was" | "were" | "will" | "would" | "could" | "may" | "might" | "must" | "should" | "had" | "has"))
        }
    }
}

/// How many words right after the verb at `i` tell when it was said:
/// "last week", "on Thursday", "yesterday" (0 when none do).
fn time_of_the_saying(tokens: &[Token<'_>], i: usize) -> usize {
    let lower_at = |k: usize| tokens.get(k).map_or("", Token::lower);
    let is_day = |w: &str| WEEKDAYS.contains(&w);
    match (lower_at(i + 1), lower_at(i + 2)) {
        ("last" | "this" | "earlier" | "late" | "early", w) if is_day(w) || matches!(w, "week" | "month" | "year" | "night" | "today") => 2,
        ("on", w) if is_day(w) => 2,
        (w, _) if is_day(w) || matches!(w, "yesterday" | "today" | "overnight") => 1,
        _ => 0,
    }
}

fn prev_is_quote_or_comma(tokens: &[Token<'_>], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| tokens[p].kind == TokenKind::Punct && matches!(tokens[p].text, "," | "”" | "\""))
}

/// Participles that take a passive `by` source ("confirmed by X").
fn is_participle(lower: &str) -> bool {
    lower.ends_with("ed") || matches!(lower, "found" | "written" | "shown" | "thought" | "said" | "told" | "made" | "known" | "given" | "forecast")
}

/// "according", "per", the nouns of evidence that take a source ("data
/// from") and the verbs of phrasal cues ("put the toll at", "called on").
/// The words besides the reporting verbs that can cue a source (class
/// [`super::lexicon::class::CUE`]).
/// (With the participles of [`PRODUCED`], which are cues too.)
pub(crate) const CUE_WORDS: [&str; 60] = [
    // (a piece in a named publication: "A 1999 review in The Times gave")
    "review", "article", "editorial", "column", "paper",
    "according", "data", "figures", "statistics", "numbers", "report", "study", "survey", "poll", "analysis", "estimates", "research", "census", "per", "put", "puts", "called", "calls", "calling", "point", "points", "pointed", "pointing",
    "heard", "hears", "assumed", "assumes", "assume", "raised", "raise", "raises", "raising", "words",
    // (only after "as" and before "by": "Key specifications, as listed by
    // Orrin:")
    "listed", "outlined", "detailed", "specified", "described", "summarised", "summarized", "cited",
    // (only after a document: "The guide ranks 132 universities", "The Cook
    // Political Report rates four seats as toss-ups", "The trustees' report
    // attributes the drop to the cost-of-living crisis")
    "ranks", "rates", "lists", "attributes",
    // (only after a kind of people or of studies none of which is named:
    // "Scientists have linked the failing rains to warming")
    "linked", "link", "links", "regard", "regards", "regarded", "expected", "anticipated", "pencilled", "penciled",
];

word_list! {
    /// Nouns for a model or forecast: what one assumes or projects is its
    /// own figure.
    fn is_model_noun = [
        "model", "models", "modelling", "modeling", "forecast", "forecasts", "projection", "projections", "scenario", "scenarios",
        "estimates", "calculations", "analysis", "plans", "plan", "budget",
    ];
}

/// "The Treasury's own modelling assumed", "the OBR's central forecast
/// projects": a noun phrase ending in a model noun right before `i`.
fn model_subject(tokens: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
    if i == 0 || !is_model_noun(tokens[i - 1].lower()) {
        return None;
    }
    phrase_before(tokens, i).filter(|&(_, e)| e == i - 1)
}

word_list! {
    /// "a target set by the government", "a survey conducted by YouGov": a
    /// participle of making, after a noun of evidence or of a goal, names
    /// the maker as the source ("accounts filed at Companies House": a
    /// filing names its registry). Whether `word` is one of [`PRODUCED`].
    fn is_produced, pub(crate) const PRODUCED = ["set", "published", "compiled", "produced", "collected", "released", "issued", "conducted", "commissioned", "filed", "surveyed", "polled", "tracked", "monitored"];
}
word_list! { fn is_made_thing = [
        "target", "targets", "goal", "goals", "limit", "limits", "estimate", "estimates", "forecast", "forecasts", "projection", "projections", "figure", "figures", "data", "survey", "surveys", "study",
        "studies", "poll", "polls", "report", "reports", "analysis", "review", "index", "benchmark", "threshold", "statistics", "census", "audit",
        // market data: "swap rates compiled by LSEG", "prices collected by the ONS"
        "rates", "prices", "numbers", "records", "rankings", "totals",
        // filings: "the last accounts filed at Companies House"
        "accounts", "documents", "papers", "filings", "returns",
        // rules and advice: "under national guidance issued by the UK Health
        // Security Agency"
        "guidance", "guidelines", "rules", "regulations", "advice", "recommendations", "standards", "orders", "warnings",
    ];
}

/// Find the attributions of one sentence.
///
/// `tokens` are the sentence's tokens; `quotes` the spans of quotations in
/// its block (cues inside them are ignored); `first_token` is true when
/// tokens[0] starts the sentence (so its capital says nothing).
pub fn find(text: &str, sentence: Span, tokens: &[Token<'_>], quotes: &[Span], lexicon: &Lexicon, anonymous_seen: AnonymousSeen) -> Vec<Attribution> {
    let mut out = Vec::new();
    let outside = |span: Span| !quotes.iter().any(|q| q.contains(span));

    // 1. Vague phrases: "reportedly", "it is believed", "critics say"...
    let mut vague_spans: Vec<Span> = Vec::new();
    for (_, start, end) in find_phrases_in_tokens(&lexicon.vague_matcher, text, sentence.start, sentence.end, tokens) {
        // ("is expected soon", "are expected next": the expectation is the
        // finding, the time word after it only what sets it apart)
        let end = match text.get(start..end).and_then(|m| m.find(" expected ")) {
            Some(at) if !text[start..end].ends_with(" to") && !text[start..end].ends_with(" of") => start + at + " expected".len(),
            _ => end,
        };
        let span = Span::new(start, end);
        // "stickier than headline figures suggest": a comparison with what
        // the evidence seems to say, not a report of it.
        // (the phrase's first token, which the tests below look before)
        let first = tokens.iter().position(|t| t.span.start >= span.start);
        let compared = first.is_some_and(|k| k > 0 && tokens[k - 1].lower() == "than");
        // (the token after the phrase)
        let after = tokens.iter().position(|t| t.span.start >= span.end);
        // ("has been widely criticised by the TUC": its agent named after it)
        // ("according to a study published in The Lancet": the study named
        // by where it appeared or who made it)
        let agent_named = after.is_some_and(|k| {
            let k = if tokens.get(k).is_some_and(|t| matches!(t.lower(), "published" | "conducted" | "commissioned" | "carried" | "released" | "presented")) && tokens.get(k + 1).is_some_and(|t| matches!(t.lower(), "in" | "by" | "for" | "to" | "out")) {
                k + 1 + usize::from(tokens[k + 1].lower() == "out" && tokens.get(k + 2).is_some_and(|t| t.lower() == "by"))
            } else {
                k
            };
            let named_after = |k: usize| phrase_after(tokens, k + 1).is_some_and(|(s, e)| tokens[s..=e].iter().any(Token::is_capitalized));
            // ("has been described as a failure by the Audit Office": a
            // passive's agent further on in its clause)
            let agent_in_clause = || {
                text[span.range()].contains(" been ")
                    && tokens[k..].iter().take_while(|t| !(t.kind == TokenKind::Punct && matches!(t.text, "," | ";" | ":" | "." | "(" | "—" | "–"))).position(|t| t.eq_ignore_case("by")).is_some_and(|j| named_after(k + j))
            };
            // ("according to analysts at Goldman Sachs": the people of a
            // body named after them)
            let of_a_named_body = matches!(tokens[k].lower(), "at" | "from" | "with") && text.get(span.start..span.start + 12).is_some_and(|p| p.eq_ignore_ascii_case("according to")) && named_after(k);
            (tokens[k].eq_ignore_case("by") || k > 0 && matches!(tokens[k].lower(), "in" | "for" | "to") && matches!(tokens[k - 1].lower(), "published" | "conducted" | "commissioned" | "released" | "presented")) && named_after(k) || agent_in_clause() || of_a_named_body
        });
        // ("offences that are reported to and recorded by the police": a
        // passive of reporting to someone, not "are reported to have")
        let to_someone = text[span.range()].ends_with(" to")
            && !text[span.range()].ends_with("linked to")
            && after.is_none_or(|k| {
                let next = &tokens[k];
                next.kind != TokenKind::Word || next.is_capitalized() || matches!(next.lower(), "and" | "or" | "the" | "a" | "an" | "police" | "him" | "her" | "them" | "us" | "me" | "his" | "their" | "its" | "our" | "my" | "authorities")
            });
        // ("the cap has been linked to the retail prices index": pegged to a
        // measure, no finding anybody holds)
        let pegged = text[span.range()].ends_with("linked to")
            && after.is_some_and(|k| tokens[k..].iter().take(5).take_while(|t| t.kind == TokenKind::Word).any(|t| matches!(t.lower(), "index" | "inflation" | "rpi" | "cpi" | "cpih" | "earnings")));
        // ("Pupil absence in England: what the latest figures show", "Here
        // is what the data suggest.": an indirect question about the
        // evidence, which the text then names, not a report of it; "what
        // critics say about it": what they say, about the thing itself)
        let asks_what = after.is_none_or(|k| tokens[k].kind == TokenKind::Punct || tokens[k].eq_ignore_case("about"))
            && tokens.iter().position(|t| t.span.start >= span.start).is_some_and(|k| tokens[k.saturating_sub(4)..k].iter().any(|t| matches!(t.lower(), "what" | "how")));
        // ("No deaths have been reported": nothing reported, by nobody)
        // (nor "No human infections have been linked to the farms": no
        // link found, the count of a finding, not a hedge on one)
        let nothing_reported = (text[span.range()].ends_with(" reported") || text[span.range()].ends_with("linked to")) && first.is_some_and(|k| tokens[k.saturating_sub(4)..k].iter().any(|t| matches!(t.lower(), "no" | "none" | "nothing")));
        // ("Heatwaves killed thousands of salmon, the researchers said": the
        // researchers the report has named, not researchers at large)
        let definite_group = || {
            first.is_some_and(|k| {
                k > 0 && matches!(tokens[k - 1].lower(), "the" | "these" | "those" | "its" | "their" | "his" | "her" | "our")
                    && matches!(tokens[k].lower(), "researchers" | "scientists" | "experts" | "analysts" | "authors" | "investigators")
            })
        };
        if outside(span) && !compared && !agent_named && !to_someone && !pegged && !asks_what && !is_named_owner_before(text, tokens, span) && !affiliated_sources(tokens, span) && !definite_group() && !nothing_reported {
            vague_spans.push(span);
            out.push(Attribution { cue: span, source: None, kind: SourceKind::Vague, trigger: span });
        }
    }

    // 2. Cues with a source phrase.
    // The classes of all the tokens, gathered on the way: the named
    // documents (3.) need a token of their own classes.
    let mut classes = 0;
    for (i, tok) in tokens.iter().enumerate() {
        classes |= tok.class;
        // Only "according", the evidence nouns below and reporting verbs
        // can be cues: the token's classes rule out most words.
        if !tok.may_be(super::lexicon::class::CUE) {
            continue;
        }
        if tok.kind != TokenKind::Word || !outside(tok.span) || vague_spans.iter().any(|v| v.overlaps(tok.span)) {
            continue;
        }
        let lower = tok.lower();
        // ("The city is expected to announce the appointment": a saying to
        // come, expected by nobody named, is no source)
        if i >= 2 && tokens[i - 1].lower() == "to" && matches!(tokens[i - 2].lower(), "expected" | "likely" | "poised" | "slated") {
            continue;
        }
        // "sold for a reported £210 million": an amount reported by nobody
        // named.
        // (or its amount's noun first: "at a reported cost of £3.6 million")
        let amount_at = |k: usize| tokens.get(k).is_some_and(|n| n.kind == TokenKind::Number || matches!(n.text, "$" | "£" | "€"));
        let amount_noun = || {
            tokens.get(i + 1).is_some_and(|n| matches!(n.lower(), "cost" | "price" | "fee" | "sum" | "value" | "salary" | "budget" | "bill" | "payout" | "valuation" | "transfer"))
                && tokens.get(i + 2).is_some_and(|t| t.lower() == "of")
                && amount_at(i + 3)
        };
        if lower == "reported" && i > 0 && matches!(tokens[i - 1].lower(), "a" | "an") && (amount_at(i + 1) || amount_noun()) {
            vague_spans.push(tok.span);
            out.push(Attribution { cue: tok.span, source: None, kind: SourceKind::Vague, trigger: tok.span });
            continue;
        }
        if lower == "according" && tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("to")) {
            if let Some(src) = phrase_after(tokens, i + 2) {
                // ("according to a report to cabinet by the director of
                // children's services": the document's addressee stands
                // between it and its author)
                let by_after_addressee = || {
                    (src.1 + 2..tokens.len().min(src.1 + 6)).take_while(|&k| tokens[k].kind == TokenKind::Word).find(|&k| matches!(tokens[k].lower(), "by" | "from"))
                };
                let src = match tokens.get(src.1 + 1) {
                    Some(to) if to.lower() == "to" && is_evidence_noun(tokens[src.1].lower()) => by_after_addressee().and_then(|by| phrase_after(tokens, by + 1)).map_or(src, |author| (src.0, author.1)),
                    _ => src,
                };
                // ("according to overnight figures from the broadcaster, Sky
                // Sports": the source's name in apposition, closing the
                // sentence or its clause)
                let name_start = src.1 + 2;
                // (the first token after the name, or the sentence's end)
                let name_end = tokens.get(name_start..).map(|rest| name_start + rest.iter().position(|t| !(t.is_capitalized() || t.is_punct("-"))).unwrap_or(rest.len()));
                let named_in_apposition = tokens.get(src.1 + 1).is_some_and(|t| t.is_punct(","))
                    && tokens.get(name_start).is_some_and(|t| t.is_capitalized() && !is_determiner(t.lower()))
                    && name_end.is_some_and(|end| tokens.get(end).is_none_or(|t| t.is_punct(".") || t.is_punct(",")));
                let src = match name_end {
                    Some(end) if named_in_apposition => (src.0, end - 1),
                    _ => src,
                };
                let cue = tok.span.cover(tokens[i + 1].span);
                push(&mut out, text, tokens, cue, src, lexicon, anonymous_seen, sentence);
            }
            continue;
        }
        // "The Treasury's own modelling assumed growth of 1.5%": the figures
        // a model assumes are its own (a person's assumption reports
        // nothing: "He assumed office in 2019").
        // ("The OBR assumed growth of 1.5%": a name's assumption with its
        // figure is its forecast)
        if matches!(lower, "assumed" | "assumes" | "assume") {
            let named_with_figure = i > 0
                && tokens[i - 1].is_capitalized()
                && !is_pronoun(tokens[i - 1].lower())
                && (i + 1..tokens.len().min(i + 6)).any(|k| {
                    // ("of about 340,000": a qualifier may come between)
                    let n = if tokens.get(k + 1).is_some_and(|t| matches!(t.lower(), "about" | "around" | "roughly" | "nearly" | "some" | "over" | "almost" | "just")) { k + 2 } else { k + 1 };
                    matches!(tokens[k].lower(), "of" | "at") && tokens.get(n).is_some_and(|t| t.kind == TokenKind::Number)
                });
            if let Some(src) = model_subject(tokens, i).or_else(|| phrase_before(tokens, i).filter(|&(_, e)| named_with_figure && e == i - 1)) {
                push(&mut out, text, tokens, tok.span, src, lexicon, anonymous_seen, sentence);
            }
            continue;
        }
        // "in the words of the Crown prosecutor, Mark Tedeschi, QC, “...”":
        // the speaker after the phrase.
        if lower == "words" {
            if i >= 2
                && tokens[i - 1].eq_ignore_case("the")
                && tokens[i - 2].eq_ignore_case("in")
                && tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("of"))
                && let Some(src) = phrase_after(tokens, i + 2)
            {
                push(&mut out, text, tokens, tokens[i - 2].span.cover(tokens[i + 1].span), src, lexicon, anonymous_seen, sentence);
            }
            continue;
        }
        // "Some doctors have raised concerns that the trial ...": a worry
        // voiced is a statement by its subject.
        if matches!(lower, "raised" | "raise" | "raises" | "raising") {
            if tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "concerns" | "concern" | "fears" | "doubts" | "questions" | "alarm" | "objections"))
                && tokens.get(i + 2).is_some_and(|t| matches!(t.lower(), "that" | "about" | "over"))
                && let Some(src) = phrase_before(tokens, i)
            {
                push(&mut out, text, tokens, tok.span.cover(tokens[i + 1].span), src, lexicon, anonymous_seen, sentence);
            }
            continue;
        }
        // "The offer, set out by the Department of Health in a letter to
        // the union, would give ...": terms laid out by a name.
        if lower == "set" && tokens.get(i + 1).is_some_and(|t| t.lower() == "out") && tokens.get(i + 2).is_some_and(|t| t.lower() == "by") {
            if let Some(src) = phrase_after(tokens, i + 3).filter(|&(s, e)| tokens[s..=e].iter().any(Token::is_capitalized)) {
                push(&mut out, text, tokens, tok.span.cover(tokens[i + 2].span), src, lexicon, anonymous_seen, sentence);
            }
            continue;
        }
        // "..., Manchester Crown Court heard.", "The jury heard that ...": a
        // court report's source is the evidence the court heard.
        if matches!(lower, "heard" | "hears") {
            if let Some(src) = phrase_before(tokens, i)
                && tokens[src.0..=src.1].iter().any(|t| is_court_word(t.lower()))
            {
                push(&mut out, text, tokens, tok.span, src, lexicon, anonymous_seen, sentence);
            }
            continue;
        }
        // "The hearing at Manchester South Coroner's Court on Thursday was
        // told that ...", "The jury was told": the passive of the same
        // report, the court the sentence's subject (a person told something
        // is no source: "He was told to leave").
        // (an adverb may come between: "The jury was also told")
        let told_at = if i >= 3 && matches!(tokens[i - 1].lower(), "also" | "later" | "previously" | "then" | "further") { i - 1 } else { i };
        if lower == "told" && told_at >= 2 && matches!(tokens[told_at - 1].lower(), "was" | "were" | "been") {
            let aux = if tokens[told_at - 1].lower() == "been" { told_at - 2 } else { told_at - 1 };
            let subject = opening_link(tokens);
            if aux > subject && tokens[subject..aux].iter().all(|t| t.kind != TokenKind::Punct || t.is_punct("'") || t.is_punct("’")) && tokens[subject..aux].iter().any(|t| is_court_word(t.lower())) {
                push(&mut out, text, tokens, tokens[told_at - 1].span.cover(tok.span), (subject, aux - 1), lexicon, anonymous_seen, sentence);
                continue;
            }
        }
        // ", per official results.", ", per the CDC": a source after a comma
        // (not a rate: "$2,100 per family").
        if lower == "per" && i > 0 && tokens[i - 1].is_punct(",") {
            if let Some(src) = phrase_after(tokens, i + 1) {
                push(&mut out, text, tokens, tok.span, src, lexicon, anonymous_seen, sentence);
            }
            continue;
        }
        // "the minister put the cost at €500 million": an estimate stated
        // by the subject.
        // (the object may be a long noun phrase: "put the likely boost to
        // core inflation at 0.3 points"; a clause ends the search)
        // "A YouGov poll put support at 31%": any object, when an amount
        // follows "at".
        let amount_after_at = |k: usize| {
            tokens.get(k + 1).is_some_and(|t| {
                t.kind == TokenKind::Number || matches!(t.text, "$" | "£" | "€") || matches!(t.lower(), "about" | "around" | "nearly" | "some" | "more" | "over" | "roughly" | "almost" | "just" | "between" | "least")
            })
        };
        // ("The union puts that gap at 20.6 per cent": a demonstrative too)
        let determined_object = tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "the" | "its" | "his" | "her" | "their" | "that" | "this" | "these" | "those"));
        // (over an aside after the subject: "Rightmove's House Price
        // Index, published on Monday, put the average asking price at")
        // (an aside that names who made the evidence is its source: "A poll
        // of 612 adults, carried out by Survation for Best for Britain, put
        // Reform on 34%")
        // (its maker may take longer to name than a date or a place: the
        // aside is looked for further back when it names one)
        let aside_open = |reach: usize| {
            (i >= 3 && tokens[i - 1].is_punct(","))
                .then(|| (i.saturating_sub(reach)..i - 1).rev().find(|&k| tokens[k].is_punct(",")))
                .flatten()
                .filter(|&open| open > 0 && tokens.get(open + 1).is_some_and(|t| t.lower().ends_with("ed") || t.lower().ends_with("ing")))
        };
        let subject_before_aside = || aside_open(10).and_then(|open| phrase_before(tokens, open));
        // (the aside's opening comma and the maker's phrase)
        let maker_in_aside = || {
            aside_open(16).and_then(|open| {
                let by = open + 2 + usize::from(tokens[open + 1].lower() == "carried" && tokens.get(open + 2).is_some_and(|t| t.lower() == "out"));
                (matches!(tokens[open + 1].lower(), "conducted" | "carried" | "commissioned" | "produced" | "compiled" | "published") && tokens.get(by).is_some_and(|t| t.lower() == "by"))
                    .then(|| phrase_after(tokens, by + 1))
                    .flatten()
                    .filter(|&(s, e)| e < i - 1 && tokens[s..=e].iter().any(Token::is_capitalized))
                    .map(|maker| (open, maker))
            })
        };
        // (the subject may run on before the aside: "A Harcourt Polling
        // survey for the Riverside Echo, conducted ..., put her on 36 per
        // cent")
        let evidence_in = |(s, e): (usize, usize)| tokens[s.saturating_sub(4)..=e].iter().any(|t| is_evidence_noun(t.lower()));
        let evidence_subject_before = || phrase_before(tokens, i).is_some_and(evidence_in) || maker_in_aside().is_some_and(|(open, _)| tokens[open.saturating_sub(8)..open].iter().any(|t| is_evidence_noun(t.lower())));
        // ("the cost, which the National Audit Office put at £1.8bn": the
        // object is the "which" before the source)
        let object_before = || tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("at")) && amount_after_at(i + 1) && phrase_before(tokens, i).is_some_and(|(s, _)| s > 0 && matches!(tokens[s - 1].lower(), "which" | "that"));
        // (or the noun right before its source: "in front of a crowd the
        // organisers put at 21,000"; the source from its determiner)
        let source_after_its_object = || {
            let (s, e) = phrase_before(tokens, i).filter(|&(_, e)| e + 1 == i)?;
            let d = (s + 1..=e).find(|&d| matches!(tokens[d].lower(), "the" | "its" | "their") && tokens[d - 1].kind == TokenKind::Word && !tokens[d - 1].is_capitalized() && !is_preposition(tokens[d - 1].lower()) && !is_between(tokens[d - 1].lower()) && !is_determiner(tokens[d - 1].lower()))?;
            (tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("at")) && amount_after_at(i + 1)).then_some((d, e))
        };
        // (or a pronoun for someone named before: "at a cost he puts at
        // about £640 a week")
        let pronoun_after_its_object = || {
            (i >= 2
                && matches!(tokens[i - 1].lower(), "he" | "she" | "they")
                && tokens[i - 2].kind == TokenKind::Word
                && !tokens[i - 2].is_capitalized()
                && tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("at"))
                && amount_after_at(i + 1))
            .then_some((i - 1, i - 1))
        };
        if matches!(lower, "put" | "puts")
            && let Some(src) = source_after_its_object().or_else(pronoun_after_its_object)
        {
            push(&mut out, text, tokens, tok.span, src, lexicon, anonymous_seen, sentence);
            continue;
        }
        if matches!(lower, "put" | "puts")
            && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
            // (a comma may stand before "at": "has put the cost of abolition
            // slightly higher, at £3.6 billion")
            // (a poll puts a party or a candidate "on" its share: "A Harcourt
            // Polling survey ... put her on 36 per cent")
            && ((i + 2..tokens.len().min(i + 10)).take_while(|&k| tokens[k].kind != TokenKind::Punct || tokens[k].is_punct(",") && tokens.get(k + 1).is_some_and(|t| t.eq_ignore_case("at"))).any(|k| tokens[k].eq_ignore_case("at") && (determined_object || amount_after_at(k) && evidence_subject_before()) || tokens[k].eq_ignore_case("on") && amount_after_at(k) && evidence_subject_before()) || object_before())
        {
            if let Some(src) = maker_in_aside().map(|(_, maker)| maker).or_else(|| phrase_before(tokens, i)).or_else(subject_before_aside) {
                push(&mut out, text, tokens, tok.span, src, lexicon, anonymous_seen, sentence);
            }
            continue;
        }
        // "reading from Environment Agency data showing that ...": the
        // name right before the evidence is whose it is.
        if matches!(lower, "data" | "figures" | "statistics" | "numbers")
            && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "showing" | "suggesting" | "indicating" | "revealing"))
            && i > 0
            && tokens[i - 1].is_capitalized()
            && tokens[i - 1].span.start != sentence.start
        {
            let start = (0..i).rev().take_while(|&k| tokens[k].is_capitalized() || tokens[k].eq_ignore_case("of") && k > 0 && tokens[k - 1].is_capitalized()).last().unwrap_or(i - 1);
            push(&mut out, text, tokens, tok.span.cover(tokens[i + 1].span), (start, i - 1), lexicon, anonymous_seen, sentence);
            continue;
        }
        // "The Office of Rail and Road published figures showing that ...":
        // the publisher of the evidence is its source.
        // ("the Ombudsman published a report criticising the handling of
        // complaints at several councils": what the report found)
        if matches!(lower, "data" | "figures" | "statistics" | "numbers" | "report" | "study" | "survey" | "poll" | "analysis" | "estimates" | "research" | "census")
            && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "showing" | "suggesting" | "indicating" | "revealing" | "which" | "that" | "criticising" | "criticizing" | "finding" | "concluding" | "highlighting" | "warning"))
            && let Some(verb) = (i.saturating_sub(3)..i).rev().find(|&k| matches!(tokens[k].lower(), "published" | "released" | "issued" | "compiled" | "produced" | "publishes" | "releases"))
            && tokens[verb + 1..i].iter().all(|t| t.kind == TokenKind::Word && !t.is_capitalized())
            && let Some(src) = phrase_before(tokens, verb).filter(|&src| tokens[src.0..=src.1].iter().any(Token::is_capitalized))
        {
            push(&mut out, text, tokens, tokens[verb].span.cover(tok.span), src, lexicon, anonymous_seen, sentence);
            continue;
        }
        // "A 1999 review in The Times gave Casa 31 four out of 10": a piece
        // in a named publication is that publication's
        if matches!(lower, "review" | "article" | "editorial" | "column" | "study" | "paper")
            && tokens.get(i + 1).is_some_and(|t| t.lower() == "in")
            && i > 0
            // (what the piece itself did, not what was done to it: "Her
            // 1997 paper in Nature has been cited more than 6,000 times")
            && let Some(src) = phrase_after(tokens, i + 2).filter(|&(s, e)| {
                let name_end = (i + 2..tokens.len()).find(|&k| !(tokens[k].is_capitalized() || matches!(tokens[k].lower(), "the" | "of" | "&"))).unwrap_or(tokens.len());
                tokens[s..=e].iter().any(Token::is_capitalized) && tokens.get(name_end).is_some_and(|v| v.is_word() && !matches!(v.lower(), "has" | "have" | "had" | "is" | "was" | "were" | "are" | "be" | "been" | "and" | "or"))
            })
            && classify(text, tokens, src, lexicon, anonymous_seen, sentence) == SourceKind::Identifiable
        {
            out.push(Attribution { cue: tok.span, source: Some(tokens[src.0].span.cover(tokens[src.1].span)), kind: SourceKind::Identifiable, trigger: tok.span });
            continue;
        }
        if matches!(lower, "data" | "figures" | "statistics" | "numbers" | "report" | "study" | "survey" | "poll" | "analysis" | "estimates" | "research" | "census")
            && tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("from") || t.eq_ignore_case("by") || t.eq_ignore_case("of"))
        {
            // ("a survey of firms", "a study of 300 patients": after "of",
            // what was studied, unless it is named: "a report of the UN
            // Secretary-General")
            let of_subject = |(s, e): (usize, usize)| {
                matches!(lower, "survey" | "study" | "poll" | "analysis" | "research" | "census") && tokens[i + 1].eq_ignore_case("of") && !tokens[s..=e].iter().any(Token::is_capitalized)
            };
            // ("A survey of 1,012 voters by Opinium for the Observer": the
            // maker after what was surveyed)
            let by_after_subject = || {
                (i + 2..tokens.len().min(i + 10)).take_while(|&k| tokens[k].kind != TokenKind::Punct).find(|&k| tokens[k].eq_ignore_case("by")).and_then(|k| phrase_after(tokens, k + 1))
            };
            let src = match phrase_after(tokens, i + 2) {
                Some(src) if !of_subject(src) => Some(src),
                _ if tokens[i + 1].eq_ignore_case("of") && matches!(lower, "survey" | "study" | "poll" | "analysis" | "research" | "census") => by_after_subject(),
                _ => None,
            };
            if let Some(src) = src {
                let kind = classify(text, tokens, src, lexicon, anonymous_seen, sentence);
                if kind == SourceKind::Identifiable {
                    out.push(Attribution { cue: tok.span, source: Some(tokens[src.0].span.cover(tokens[src.1].span)), kind, trigger: tok.span });
                }
            }
            continue;
        }
        if is_produced(lower) {
            // (a filing at or with a named registry or regulator: "filed
            // with the SEC", "filed at Companies House")
            let filed_at = lower == "filed" && tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("at") || t.eq_ignore_case("with"));
            // (a poll made for a named client: "A poll conducted for the
            // Fiji Times found")
            let made_for = matches!(lower, "conducted" | "commissioned") && tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("for"));
            let named_only = filed_at || made_for;
            // (the people a named pollster asked: "Economists surveyed by
            // Reuters had expected"; the places a named body follows: "the
            // 10 cities tracked by the BRC")
            let asked = matches!(lower, "surveyed" | "polled" | "tracked" | "monitored");
            // (when it was made may come first: "A poll released last month
            // by the Fairhaven Tribune")
            let by_at = if tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "last" | "this" | "earlier" | "yesterday" | "on" | "in")) {
                (i + 2..tokens.len().min(i + 5)).take_while(|&k| tokens[k].kind != TokenKind::Punct).find(|&k| tokens[k].eq_ignore_case("by")).unwrap_or(i + 1)
            } else {
                i + 1
            };
            if i > 0 && (is_made_thing(tokens[i - 1].lower()) || asked) && tokens.get(by_at).is_some_and(|t| t.eq_ignore_case("by") || (filed_at || made_for) && t.kind == TokenKind::Word)
                && let Some(src) = phrase_after(tokens, by_at + 1).filter(|&(s, e)| !(named_only || asked) || tokens[s..=e].iter().any(Token::is_capitalized))
            {
                push(&mut out, text, tokens, tok.span.cover(tokens[by_at].span), src, lexicon, anonymous_seen, sentence);
            }
            if !lexicon.is_reporting_verb(lower) {
                continue;
            }
        }
        // "Key specifications, as listed by Orrin:", "as set out by the
        // Treasury": the source of what the sentence gives
        // (before the reporting verbs: "described" is one)
        if i > 0
            && tokens[i - 1].lower() == "as"
            && matches!(lower, "listed" | "outlined" | "detailed" | "specified" | "described" | "summarised" | "summarized" | "cited")
            && tokens.get(i + 1).is_some_and(|t| t.lower() == "by")
            && let Some(src) = phrase_after(tokens, i + 2).filter(|&(s, e)| tokens[s..=e].iter().any(Token::is_capitalized))
        {
            push(&mut out, text, tokens, tokens[i - 1].span.cover(tokens[i + 1].span), src, lexicon, anonymous_seen, sentence);
            continue;
        }
        // "called on the parties to", "calls for an inquiry": a demand is a
        // statement by its subject ("called" alone names something).
        let demand = matches!(lower, "called" | "calls" | "calling") && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "on" | "for"));
        // "The union called the crash “entirely avoidable”": a verdict quoted
        // after its object (not a name given, "A film called “Harbour
        // Lights”", nor "called the police")
        // (nor what someone called a thing: "in what colonial officials
        // called a “punitive expedition”")
        let verdict = matches!(lower, "called" | "calls")
            && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && !tokens[i.saturating_sub(5)..i].iter().any(|t| t.eq_ignore_case("what"))
            && tokens[i + 2..tokens.len().min(i + 6)].iter().any(|t| t.kind == TokenKind::Punct && matches!(t.text, "“" | "\""));
        // ("Critics called the sum inadequate": a judge's verdict, its
        // object before it, unquoted; not "Residents called the council")
        // (an auxiliary or an adverb between: "several critics here have
        // called it the strongest line-up in a decade")
        let judges_before = || {
            tokens[i.saturating_sub(4)..i]
                .iter()
                .rev()
                .find(|t| !matches!(t.lower(), "have" | "has" | "had" | "also" | "already" | "long" | "here" | "even" | "openly" | "widely"))
                .is_some_and(|t| matches!(t.lower(), "critics" | "opponents" | "sceptics" | "skeptics" | "commentators" | "observers" | "analysts" | "experts"))
        };
        let verdict = verdict
            || lower == "called"
                && i >= 1
                && judges_before()
                && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "the" | "it" | "this" | "that" | "these" | "those" | "them" | "his" | "her" | "its" | "their"));
        // ("A petition signed by several hundred residents calls for ...":
        // the demand is the news, its signers no source of a claim)
        // (and "signed a petition calling on the council": the document
        // right before its participle)
        let a_document = |t: &Token<'_>| matches!(t.lower(), "petition" | "letter" | "motion" | "resolution" | "manifesto");
        if demand && phrase_before(tokens, i).is_some_and(|(s, e)| tokens[s..=e].iter().take(2).any(a_document) || lower == "calling" && a_document(&tokens[e])) {
            continue;
        }
        // ("Hutchins has defended his record, pointing to a drop in violent
        // crime": what the name opening the sentence points to, after its
        // own clause)
        if lower == "pointing"
            && i >= 2
            && tokens[i - 1].is_punct(",")
            && tokens.get(i + 1).is_some_and(|t| t.lower() == "to")
            && let Some(src) = opening_name(&tokens[..i - 1]).filter(|&(s, e)| s == 0 && e < i && tokens[s..=e].iter().all(Token::is_capitalized))
        {
            push(&mut out, text, tokens, tok.span.cover(tokens[i + 1].span), src, lexicon, anonymous_seen, sentence);
            continue;
        }
        // "Critics also point out that": "point" alone is mostly a noun.
        let points_out = matches!(lower, "point" | "points" | "pointed" | "pointing") && tokens.get(i + 1).is_some_and(|t| t.lower() == "out");
        if points_out {
            // (the head before a preposition's complement: "Supporters of
            // the Colorado bill point out")
            let head = |(s, e): (usize, usize)| (s + 1..=e).find(|&k| is_preposition(tokens[k].lower())).map_or(e, |k| k - 1);
            if let Some(src) = phrase_before(tokens, i).filter(|&src| plausible_subject(tokens, src) || lexicon.vague_sources.contains(tokens[head(src)].lower()) || is_kind_of_people(tokens[head(src)].lower())) {
                push(&mut out, text, tokens, tok.span.cover(tokens[i + 1].span), src, lexicon, anonymous_seen, sentence);
            }
            continue;
        }
        // (what a document ranks or rates is its own finding: "The guide
        // ranks 132 universities", "The Cook Political Report rates four
        // seats as toss-ups"; but "Harvard ranks first" names no source)
        // (and what it lists: "Its manifest listed 18 tonnes of ammonia")
        let ranked = matches!(lower, "ranks" | "rates" | "lists" | "listed" | "attributes") && reports_evidence(tokens, i);
        // ("Scientists have linked the failing rains to warming in the
        // Indian Ocean": a finding put in the mouths of a kind of people or
        // of studies none of which is named; a company's "linked its
        // prices to inflation" is its own act)
        // (and a judgement so put: "which many observers regard as a
        // decisive advantage")
        let nobody_named = || {
            phrase_before(tokens, i).is_some_and(|(s, e)| {
                lexicon.vague_sources.contains(tokens[e].lower())
                    && tokens[e].lower().ends_with('s')
                    && tokens[s..e].iter().all(|t| matches!(t.lower(), "many" | "some" | "most" | "several" | "numerous" | "other"))
            })
        };
        let followed_by = |word: &str, reach: usize| tokens[i + 1..].iter().take(reach).any(|t| t.lower() == word);
        // (and an expectation so held: "Most economists had expected a
        // further reduction", "Economists had pencilled in a cut" ("forecast"
        // is a reporting verb of its own); not
        // what is expected of them, "Economists are expected to attend")
        let expected_by_nobody = || {
            matches!(lower, "expected" | "anticipated" | "pencilled" | "penciled")
                && (lower.starts_with("pencil") == tokens.get(i + 1).is_some_and(|t| t.lower() == "in"))
                && i > 0
                && !matches!(tokens[i - 1].lower(), "is" | "are" | "was" | "were" | "be" | "been" | "being" | "as" | "than")
        };
        let linked_by_nobody = (matches!(lower, "linked" | "link" | "links") && followed_by("to", 12) || matches!(lower, "regard" | "regards" | "regarded") && followed_by("as", 8) || expected_by_nobody()) && nobody_named();
        if !(lexicon.is_reporting_verb(lower) || demand || verdict || ranked || linked_by_nobody) || lower == "according" {
            continue;
        }
        // "residents responded to the public consultation": taking part in
        // something, not a statement (what they said follows as its own cue,
        // "responded to the claims by saying")
        // (nor an act it answered with: "Unions responded with indicative
        // ballots"; not "responded with a statement saying")
        if matches!(lower, "responded" | "responds" | "respond" | "responding")
            && (tokens.get(i + 1).is_some_and(|t| t.lower() == "to") && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Word)
                || tokens.get(i + 1).is_some_and(|t| t.lower() == "with") && !tokens[i + 1..].iter().take(5).any(|t| matches!(t.lower(), "statement" | "statements" | "saying" | "remarks" | "comment" | "comments" | "letter") || matches!(t.text, "“" | "\"" | ":"))
                // (or by what it did: "Many housing associations responded
                // by scaling back development"; not "responded by saying")
                || tokens.get(i + 1).is_some_and(|t| t.lower() == "by") && tokens.get(i + 2).is_some_and(|t| t.lower().ends_with("ing") && !matches!(t.lower(), "saying" | "writing" | "telling" | "arguing" | "insisting" | "claiming" | "pointing" | "noting" | "stating" | "issuing" | "calling" | "accusing" | "denying" | "warning")))
        {
            continue;
        }
        // "Fisher-Price recalled 4.7 million sleepers": a product called
        // back, an amount its object (not "recalled that", "recalled
        // how").
        if matches!(lower, "recalled" | "recalls" | "recall" | "recalling")
            && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number || matches!(t.lower(), "about" | "around" | "nearly" | "almost" | "more" | "over" | "some" | "roughly" | "approximately" | "thousands" | "millions" | "hundreds" | "its" | "their") || super::figures::number_word(t.lower()).is_some())
        {
            continue;
        }
        // ("a 31-year-old man from Folkestone accused of organising the
        // trip", "He is accused of fraud": the charge against someone, no
        // saying of theirs; one accuses someone "of" it)
        if lower == "accused" && tokens.get(i + 1).is_some_and(|t| t.lower() == "of") {
            continue;
        }
        // ("from a decision to admit to getting a bed": admitting a
        // patient; one admits "that" something is so)
        if lower == "admit" && i > 0 && tokens[i - 1].lower() == "to" && tokens.get(i + 1).is_none_or(|t| t.lower() != "that") {
            continue;
        }
        // ("Several factors could be to blame": what is at fault, no one
        // blaming)
        if lower == "blame" && i > 0 && tokens[i - 1].lower() == "to" {
            continue;
        }
        // ("In 2022 it recalled a pull-along wooden duck": a thing's recall
        // of a product; a person recalls "that", "how" or "the day")
        if lower == "recalled" && i > 0 && tokens[i - 1].lower() == "it" && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "a" | "an" | "all" | "every")) {
            continue;
        }
        // ("among confirmed cases", "of reported incidents": a participle
        // describing the plural noun after it)
        if i > 0
            && lower.ends_with("ed")
            && matches!(tokens[i - 1].lower(), "among" | "of" | "with" | "for" | "all" | "new" | "other" | "more" | "fewer" | "no" | "any" | "total")
            && tokens.get(i + 1).is_some_and(super::figures::looks_like_a_plural_noun)
        {
            continue;
        }
        // ("retired the Soviet claim, and": the noun after its determiner
        // and adjective, closing its phrase)
        if matches!(lower, "claim" | "estimate" | "forecast" | "warning" | "report")
            && i >= 2
            && matches!(tokens[i - 2].lower(), "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her")
            && tokens[i - 1].kind == TokenKind::Word
            && tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct && matches!(t.text, "," | "." | ";" | ")"))
        {
            continue;
        }
        // ("in several member states.", "the Gulf states": the noun)
        if lower == "states" && i > 0 && (matches!(tokens[i - 1].lower(), "member" | "nation" | "island" | "coastal" | "frontline" | "neighbouring" | "neighboring" | "small" | "southern" | "northern" | "western" | "eastern" | "several" | "other" | "many" | "some" | "all" | "both" | "these" | "those" | "the" | "two" | "three" | "federal" | "rich" | "poor" | "sovereign") || tokens[i - 1].is_capitalized() && tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct)) {
            continue;
        }
        // ("The minutes record that ...": the bare form reports only before
        // its "that"; "a club record." is the noun)
        if lower == "record" && tokens.get(i + 1).is_none_or(|t| t.lower() != "that") {
            continue;
        }
        // ("The average monthly rent claimed rose by 18%": a participle
        // after its noun, the sentence's own verb right after it)
        if lower.ends_with("ed") && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "rose" | "fell" | "grew" | "was" | "were" | "totalled" | "totaled" | "soared" | "slumped" | "dropped" | "jumped" | "climbed" | "doubled" | "halved" | "tripled")) {
            continue;
        }
        // ("Some committee members argued for a smaller cut": a side taken
        // in a debate the story tells, not a statement; one argues "that")
        if matches!(lower, "argued" | "argue" | "argues" | "arguing") && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "for" | "against")) {
            continue;
        }
        // "she insisted on drawing every plan herself": a way of working,
        // not a statement.
        if matches!(lower, "insisted" | "insists" | "insist") && tokens.get(i + 1).is_some_and(|t| t.lower() == "on") && tokens.get(i + 2).is_some_and(|t| t.lower().len() > 4 && t.lower().ends_with("ing")) {
            continue;
        }
        // A verb after a modal of advice or possibility reports nothing:
        // "passengers should expect buses", "readers may recall".
        if i > 0 && matches!(tokens[i - 1].lower(), "should" | "must" | "can" | "may" | "might" | "could") {
            continue;
        }
        // "a decision to acknowledge 40 complaints": an infinitive with its
        // object reports nothing (with a clause it may: "declined to
        // acknowledge that ...")
        if i > 0 && tokens[i - 1].lower() == "to" && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number) {
            continue;
        }
        // A participle of saying reports only after its clause's comma
        // ("has opposed the bill, arguing it would ..."), not inside one.
        if matches!(lower, "arguing" | "noting" | "explaining" | "alleging" | "cautioning" | "finding") && !(i > 0 && tokens[i - 1].is_punct(",")) {
            continue;
        }
        // (a finding is what was found "that ...", not a search's yield:
        // "searched the valley, finding 40 bodies")
        if lower == "finding" && tokens.get(i + 1).is_none_or(|t| t.lower() != "that") {
            continue;
        }
        // "who spoke on condition of anonymity": the aside that hides a
        // source, not a statement of its own.
        // (only "on condition of anonymity" or "with knowledge of" follow
        // the verb: no look-up for "spoke to reporters")
        // "Dozens of residents spoke at the hearing": that they spoke is the
        // event reported; nothing of theirs is asserted
        // ("in which more than 60 residents spoke, many of them opposed")
        if matches!(lower, "spoke" | "speak" | "speaks") && tokens.get(i + 1).is_none_or(|next| matches!(next.lower(), "at" | "in" | "during" | "before" | "for" | "against" | "." | "," | ";" | "briefly")) {
            continue;
        }
        if matches!(lower, "spoke" | "speaking" | "speaks")
            && tokens.get(i + 1).is_some_and(|next| {
                if !matches!(next.lower(), "on" | "with") {
                    return false;
                }
                let window_end = crate::document::line_index::floor_char_boundary(text, (next.span.start + 40).min(sentence.end)).max(next.span.start);
                find_phrases(&lexicon.anonymity_matcher, text, next.span.start, window_end).first().is_some_and(|&(_, start, _)| start == next.span.start)
            })
        {
            continue;
        }
        // A capitalized verb form inside a sentence is part of a name ("the United States").
        if tok.is_capitalized() && i > 0 {
            continue;
        }
        // After an article a participle describes a noun: "an estimated
        // 10,000 hectares", "the reported attack".
        if i > 0 && matches!(tokens[i - 1].lower(), "a" | "an" | "the") {
            continue;
        }
        // ("Statistics Canada publishes its official estimate today": a
        // noun after a determiner and a word that describes evidence)
        // (not "the survey found": a noun before the verb)
        if i >= 2
            && matches!(lower, "estimate" | "estimates" | "forecast" | "forecasts" | "report" | "reports" | "record" | "records" | "claim" | "claims" | "note" | "comment" | "comments" | "projects")
            && matches!(tokens[i - 1].lower(), "official" | "latest" | "provisional" | "preliminary" | "final" | "initial" | "first" | "new" | "own" | "previous" | "annual" | "monthly" | "quarterly" | "revised" | "central" | "flash")
            && matches!(tokens[i - 2].lower(), "its" | "their" | "his" | "her" | "our" | "the" | "a" | "an" | "this" | "that")
        {
            continue;
        }
        // A forecast with its figure as object reports it when a name or a
        // pronoun makes it ("Goldman Sachs forecasts a deficit of 300,000
        // tonnes", "The IMF projects growth of 3%").
        // ("Analysts at Jefferies estimate peak sales of $4.5 billion")
        // (an adverb may come between: "We now forecast growth of 1.3
        // percent")
        // (and a perfect's auxiliary: "Economists had forecast a cut", "The
        // IMF has projected growth of 3%")
        let maker_at = if i >= 2 && matches!(tokens[i - 1].lower(), "now" | "also" | "still" | "currently") { i - 1 } else { i };
        let maker_at = if maker_at >= 2 && matches!(lower, "forecast" | "projected") && matches!(tokens[maker_at - 1].lower(), "had" | "has" | "have") { maker_at - 1 } else { maker_at };
        let named_forecast = matches!(lower, "forecast" | "forecasts" | "projects" | "projected" | "estimate" | "estimates")
            && maker_at > 0
            // (an estimate's maker named past the sentence's first word:
            // "Insurers estimate" is nobody in particular)
            && (tokens[maker_at - 1].is_capitalized() && (maker_at > 1 || !matches!(lower, "estimate" | "estimates")) || matches!(tokens[maker_at - 1].lower(), "he" | "she" | "they" | "it" | "we") || model_subject(tokens, maker_at).is_some()
                // (or a body the story has named, by its kind: "Currently
                // the bank projects growth of 1.2%")
                || maker_at >= 2 && tokens[maker_at - 2].lower() == "the" && (is_institution(tokens[maker_at - 1].lower()) || is_producer(tokens[maker_at - 1].lower())))
            && (tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number || matches!(t.lower(), "a" | "an" | "growth" | "inflation" | "losses" | "profits" | "sales" | "revenue"))
                // "The Met Office forecasts gusts of up to 45 mph": an object
                // whose amount follows within a few words
                // (a hyphened object and a rate's words may come between:
                // "estimates third-quarter growth at an annualized rate of
                // 3.1%")
                // (not a plural noun before its own verb: "Fixed-wireless
                // projects were completed in a median of 11 months")
                || tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalized() && !matches!(t.lower(), "were" | "was" | "are" | "is" | "have" | "has" | "had" | "will" | "would" | "could" | "can" | "may" | "might" | "must" | "should" | "that" | "which" | "who" | "and" | "or")) && tokens.iter().skip(i + 2).take(10).take_while(|t| t.kind != TokenKind::Punct || matches!(t.text, "$" | "£" | "€" | "-")).take(8).any(|t| t.kind == TokenKind::Number));
        // A count a name or a pronoun made, as the verb's object: "UNICEF
        // reported 318 suspected cases", "The Ministry of Health had
        // recorded 318 cases" ("Exports recorded 4% growth" has no maker).
        let named_count = matches!(lower, "reported" | "reports" | "recorded" | "records" | "counted" | "counts" | "tallied" | "documented" | "documents" | "confirmed" | "confirms")
            && names_the_maker(tokens, i)
            // (or a vague count: "Cardiff Airport reported several diversions")
            && tokens.get(i + 1).is_some_and(|t| {
                t.kind == TokenKind::Number
                    || matches!(t.lower(), "some" | "about" | "around" | "nearly" | "almost" | "more" | "over" | "at" | "roughly" | "approximately" | "several" | "dozens" | "hundreds" | "thousands" | "numerous")
                    || super::figures::number_word(t.lower()).is_some()
            });
        // An estimate in a relative clause after what it measures: "a
        // project the regional transit authority estimates at $840
        // million", "the cost, which the agency forecasts will reach £2bn".
        // The source opens with a determiner right after the noun or the
        // "which"/"that" the clause hangs on.
        let relative_estimate = matches!(lower, "estimates" | "estimate" | "forecasts" | "forecast" | "projects" | "values")
            && i >= 3
            && tokens.get(i + 1).is_some_and(|t| {
                t.eq_ignore_case("at") && amount_after_at(i + 1) || matches!(t.lower(), "will" | "would" | "could" | "may" | "might" | "can")
            });
        if relative_estimate
            && let Some((s, e)) = phrase_before(tokens, i).filter(|&(_, e)| e == i - 1)
            && let Some(d) = (s..e).rev().find(|&d| {
                d > 0
                    && matches!(tokens[d].lower(), "the" | "its" | "their")
                    && (matches!(tokens[d - 1].lower(), "which" | "that")
                        || tokens[d - 1].kind == TokenKind::Word && !tokens[d - 1].is_capitalized() && !is_between(tokens[d - 1].lower()) && !is_preposition(tokens[d - 1].lower()) && !is_determiner(tokens[d - 1].lower()))
            })
        {
            push(&mut out, text, tokens, tok.span, (d, e), lexicon, anonymous_seen, sentence);
            continue;
        }
        // A result a name posts, with its amount: "Penrose, which operates
        // 612 stores, reported pre-tax profits of £402m", "Halvorsen
        // reported a loss of $12m" (or finds: "Kantar, which tracks the
        // tills of 100,000 households, found grocery price inflation of 5.1%").
        // ("its rival, Aerlink, which last week reported a 6% decline": a
        // name's relative clause, a time between; the name the source)
        let which_of_a_name = || {
            let k = (i.saturating_sub(4)..i).find(|&k| tokens[k].eq_ignore_case("which"))?;
            (k >= 2 && tokens[k - 1].is_punct(",") && tokens[k - 2].is_capitalized() && tokens[k + 1..i].iter().all(|t| t.kind == TokenKind::Word)).then_some(k - 2)
        };
        let result_verb = matches!(lower, "reported" | "reports" | "posted" | "posts" | "found" | "finds") && i > 0;
        let maker_named = result_verb && names_the_maker(tokens, i);
        // (the name of the relative clause, asked once)
        let which_name = if result_verb && !maker_named { which_of_a_name() } else { None };
        let named_result = result_verb
            // ("Brightcart reported revenue of £386 million": a name opening
            // the sentence, in the singular, which a common noun that makes
            // results seldom is)
            && (maker_named
                || which_name.is_some()
                || i == 1 && tokens[0].kind == TokenKind::Word && tokens[0].is_capitalized() && !tokens[0].lower().ends_with('s') && !is_determiner(tokens[0].lower()) || tokens[i - 1].is_punct(",") && phrase_before(tokens, i).is_some_and(|(s, e)| s == 0 && tokens[s..=e].iter().any(Token::is_capitalized)))
            && ((i + 1..tokens.len().min(i + 6)).take_while(|&k| tokens[k].kind == TokenKind::Word).any(|k| tokens[k].eq_ignore_case("of") && tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number || matches!(t.text, "$" | "£" | "€")))
                // ("Carrow Engineering reported an 18% fall in operating
                // profit": the amount right after the article)
                || matches!(lower, "reported" | "reports") && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "a" | "an")) && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number || matches!(t.text, "$" | "£" | "€")));
        if named_result && let Some(name_end) = which_name {
            let name_start = (0..=name_end).rev().take_while(|&k| tokens[k].is_capitalized()).last().unwrap_or(name_end);
            push(&mut out, text, tokens, tok.span, (name_start, name_end), lexicon, anonymous_seen, sentence);
            continue;
        }
        let named_forecast = named_forecast || named_count || named_result;
        let noun_like = is_noun_like(lower);
        // What a named study showed, in the passive: "which were shown in
        // the DAPA-HF trial to reduce the same endpoint by 26%".
        if matches!(lower, "shown" | "found" | "reported") && tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("in")) && tokens.get(i + 2).is_some_and(|t| t.eq_ignore_case("the")) {
            let end = (i + 3..tokens.len().min(i + 7)).find(|&k| is_study_noun(tokens[k].lower()));
            if let Some(end) = end.filter(|&end| tokens[i + 3..end].iter().any(Token::is_capitalized)) {
                push(&mut out, text, tokens, tok.span.cover(tokens[i + 1].span), (i + 2, end), lexicon, anonymous_seen, sentence);
                continue;
            }
        }
        // "Charities report that ...": the bare form is a verb only before
        // its clause ("until the June acreage report.").
        // "one of the most common forms of abuse reported to councils":
        // what was reported to someone, not who reported it (a clause after
        // makes it a report: "Officials reported to the ministry that ...").
        if matches!(lower, "reported" | "described" | "disclosed")
            && tokens.get(i + 1).is_some_and(|t| t.lower() == "to")
            && i > 0
            && tokens[i - 1].kind == TokenKind::Word
            && !tokens[i - 1].is_capitalized()
            && !is_pronoun(tokens[i - 1].lower())
            && !is_between(tokens[i - 1].lower())
            && !tokens.iter().skip(i + 2).take(6).any(|t| t.eq_ignore_case("that") || t.is_punct(","))
            // (a subject opening its clause reports: "The company reported to regulators a loss")
            && phrase_before(tokens, i).is_some_and(|(s, _)| s > 0 && !tokens[s - 1].is_punct(","))
        {
            continue;
        }
        // ("..., the authors report.": the verb closing the sentence after
        // its subject, which a comma sets off from what it reports)
        // (asked last: its phrase search only where it can decide)
        let closes_after_comma = || {
            tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct && matches!(t.text, "." | "!" | ";"))
                && phrase_before(tokens, i).is_some_and(|(s, e)| e + 1 == i && s > 0 && tokens[s - 1].is_punct(",") && tokens[s].eq_ignore_case("the"))
        };
        if lower == "report" && !tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("that")) && !closes_after_comma() {
            continue;
        }
        // "Several limitations should be noted", "Two concerns were
        // raised": the subject of a passive is not its speaker (a source
        // follows "by", handled above).
        // ("since the attack was first disclosed": an adverb between)
        let mut aux = i;
        while aux > 1 && matches!(tokens[aux - 1].lower(), "first" | "also" | "later" | "previously" | "recently" | "initially" | "publicly" | "officially" | "widely" | "originally" | "formally" | "still" | "often" | "fondly" | "best" | "themselves" | "himself" | "herself" | "itself") {
            aux -= 1;
        }
        // (the agent may follow the description: "was described as a
        // failure by the Audit Office")
        let by_at = if tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("by")) {
            Some(i + 1)
        } else if tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("as")) && is_participle(lower) {
            (i + 2..tokens.len().min(i + 10)).take_while(|&k| tokens[k].kind != TokenKind::Punct).find(|&k| tokens[k].eq_ignore_case("by"))
        } else {
            None
        };
        if is_participle(lower) && lower != "quoted" && aux > 0 && matches!(tokens[aux - 1].lower(), "be" | "been" | "being" | "is" | "are" | "was" | "were") && by_at.is_none() {
            continue;
        }
        // "Aid workers on the ground say ...": an unnamed group placed by a
        // short phrase opening the sentence (the phrase would otherwise read
        // as "on the ground say", a noun in a prepositional phrase).
        if matches!(lower, "say" | "said" | "believe" | "warn" | "warned" | "fear" | "feared" | "report" | "reported" | "claim" | "claimed")
            && let Some(p) = (1..i.min(4)).find(|&k| matches!(tokens[k].lower(), "on" | "in" | "at" | "from" | "across" | "near" | "inside" | "outside" | "around" | "of"))
            && i - p <= 4
            && (lexicon.vague_sources.contains(tokens[p - 1].lower()) || is_kind_of_people(tokens[p - 1].lower()) && (p == 1 || !tokens[p - 1].is_capitalized()))
            && tokens[..i].iter().all(|t| t.kind == TokenKind::Word)
            // ("Experts at the World Health Organization say": named; not a
            // place they are in, "Estate agents in Kent say")
            // (or "on" a street: "Traders on the Soho Road say")
            && (!tokens[p..i].iter().any(Token::is_capitalized)
                || matches!(tokens[p].lower(), "in" | "across" | "around" | "near") && !lexicon.vague_sources.contains(tokens[p - 1].lower())
                || tokens[p].lower() == "on" && tokens[i - 1].is_capitalized() && matches!(tokens[i - 1].lower(), "road" | "street" | "avenue" | "lane" | "estate" | "parade" | "broadway" | "boulevard"))
        {
            push(&mut out, text, tokens, tok.span, (0, p - 1), lexicon, anonymous_seen, sentence);
            continue;
        }
        // ("where members of the team will answer questions": the noun,
        // after a verb that takes it)
        if matches!(lower, "questions" | "question") && i > 0 && matches!(tokens[i - 1].lower(), "answer" | "answered" | "answering" | "answers" | "ask" | "asked" | "asks" | "take" | "took" | "takes" | "face" | "faced" | "faces" | "raise" | "raised" | "raises" | "field" | "fielded" | "put") {
            continue;
        }
        // ("Residents told to close windows": an order passed on, in a
        // headline's passive, not a saying)
        if lower == "told" && tokens.get(i + 1).is_some_and(|t| t.lower() == "to") && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalized() && !is_determiner(t.lower()) && !is_pronoun(t.lower())) {
            continue;
        }
        // ("A person familiar with the inspection records said": the noun
        // heading the subject of the saying right after it)
        if noun_like && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "said" | "says" | "say" | "told" | "tells" | "added" | "adds")) {
            continue;
        }
        let evidence = reports_evidence(tokens, i);
        if noun_like && !in_verb_position(tokens, i) && !evidence && !named_forecast && by_at.is_none() {
            continue;
        }
        // "wrote in a research note on 12 March": the noun of a phrase
        // after a preposition, not a verb with its subject.
        // ("Supporters of the model say it has ...": a verb that is never a
        // noun ends a phrase with a complement)
        // (a past form is no noun: "One installer in the West Midlands
        // described the paperwork as ...")
        let past_form = lower.ends_with("ed") || matches!(lower, "found" | "thought" | "written" | "shown");
        // (nor a verb of evidence after its document's participle phrase:
        // "Ofsted reports published on the inspectorate's website show")
        if noun_like && in_prepositional_phrase(tokens, i) && !seldom_a_noun(lower) && !past_form && !evidence {
            continue;
        }
        // Passive with a source: "confirmed by arms researchers".
        if is_participle(lower) && let Some(by) = by_at {
            let gerund = tokens.get(by + 1).is_some_and(|t| !t.is_capitalized() && t.lower().ends_with("ing"));
            // ("side effects reported by roughly one in 20 patients": the
            // people a figure counts, not a source)
            let counted = |(s, e): (usize, usize)| {
                let quantity = tokens[s].kind == TokenKind::Number || matches!(tokens[s].lower(), "roughly" | "about" | "around" | "nearly" | "almost" | "approximately" | "some" | "one" | "two" | "three" | "half" | "most" | "many" | "few" | "more" | "fewer" | "over" | "under" | "up");
                quantity && tokens[s..tokens.len().min(e + 5)].iter().any(|t| matches!(t.lower(), "patients" | "participants" | "respondents" | "users" | "people" | "adults" | "children" | "women" | "men" | "pupils" | "students" | "customers" | "volunteers" | "subjects"))
            };
            // ("Sightings reported by members of the public have also
            // increased": a participle's phrase inside a short subject,
            // the sentence's verb after it, tells what the subject is)
            let inside_the_subject = |(s, e): (usize, usize)| i <= 3 && tokens[..i].iter().all(|t| t.kind == TokenKind::Word) && (s..=e).any(|k| matches!(tokens[k].lower(), "have" | "has" | "had" | "is" | "are" | "was" | "were" | "will" | "would"));
            if !gerund
                && let Some(src) = phrase_after(tokens, by + 1).filter(|&src| !counted(src) && !inside_the_subject(src)) {
                    push(&mut out, text, tokens, tok.span.cover(tokens[i + 1].span), src, lexicon, anonymous_seen, sentence);
                    continue;
                }
        }
        // Inverted after a quote or comma: ",” he said", ", explains Cha".
        // Verbs that report speech only when a clause or quotation follows
        // ("he added that", "the data show that"); otherwise they are
        // ordinary verbs ("jobs added", "a light show").
        // (evidence shows what it shows with or without "that": "Eurostat
        // data show unemployment rose", "figures show a fall of 0.2 points")
        // ("a strike ..., which ended on November 4, held down payrolls": a
        // phrasal verb, no saying)
        if is_clausal(lower) && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "down" | "up" | "off" | "back")) {
            continue;
        }
        // ("The company pointed to a £1.3bn national programme": what a
        // source points to is its own evidence)
        // (a body named or known by its kind: "Members pointed to" and "fell
        // four points to 412" are not)
        let points_to = lower == "pointed"
            && tokens.get(i + 1).is_some_and(|t| t.lower() == "to")
            && phrase_before(tokens, i).is_some_and(|(s, e)| match &tokens[s..=e] {
                [only] => only.is_capitalized() && !only.lower().ends_with('s'),
                [first, rest @ ..] => rest.iter().any(Token::is_capitalized) || first.lower() == "the" && rest.len() == 1 && (is_producer(rest[0].lower()) || is_institution(rest[0].lower()) || matches!(rest[0].lower(), "firm" | "trust" | "union" | "charity")),
                [] => false,
            });
        if is_clausal(lower) && !introduces_clause(tokens, i) && !prev_is_quote_or_comma(tokens, i) && !named_forecast && !evidence && !closes_after_comma() && !points_to {
            continue;
        }
        // Verbs that take a person as object ("told The Washington Post")
        // never invert.
        let takes_object = matches!(lower, "told" | "tells" | "tell" | "informed" | "informs" | "briefed" | "warned" | "warns" | "reminded" | "assured");
        let prev = i.checked_sub(1).map(|p| &tokens[p]);
        let inverted = !takes_object && prev.is_none_or(|p| p.kind == TokenKind::Punct && matches!(p.text, "," | "”" | "\"" | "—" | "–" | ":"));
        // After a comma, an appositive may separate the subject from its verb
        // ("An official, speaking anonymously, said"): the subject wins.
        let after_quote = prev.is_some_and(|p| matches!(p.text, "”" | "\""));
        // (or a name in apposition after it: "Its chair, Gareth Hughes, said
        // some shops ...")
        let opens_the_sentence = |s: usize| s == 0 || s <= 7 && tokens[s - 1].is_punct(",") && tokens[..s - 1].iter().all(|t| t.kind == TokenKind::Word) && tokens[s].is_capitalized();
        let subject_first = !after_quote && prev.is_some_and(|p| p.is_punct(",")) && phrase_before(tokens, i).is_some_and(|src| starts_like_source(tokens, src.0) && opens_the_sentence(src.0));
        if inverted && !subject_first
            && let Some(src) = phrase_after(tokens, i + 1) {
                let object_clause = tokens.get(src.1 + 1).is_some_and(|t| t.eq_ignore_case("that"));
                // ", who asked not to be named, said many residents had
                // fitted locks": a clause reported, not a speaker named.
                let clause = tokens[src.0..=src.1].iter().any(|t| matches!(t.lower(), "had" | "has" | "have" | "was" | "were" | "is" | "are" | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "did" | "does" | "do"));
                if starts_like_source(tokens, src.0) && !object_clause && !clause {
                    push(&mut out, text, tokens, tok.span, src, lexicon, anonymous_seen, sentence);
                    continue;
                }
                // Then the speaker is the sentence's subject, before its
                // appositives: "Jean Marsh, 72, a retired teacher, said she
                // had ...", "A parish councillor in Felsham, who asked not
                // to be named, said ...".
                // (a participle hangs on a clause, not on an appositive: see
                // below)
                // ("However, a Vantor engineer, who asked not to be named,
                // said", "But a parish councillor, ...": the subject after
                // the word that links the sentence to the one before)
                let subject = opening_link(tokens);
                if clause
                    && !lower.ends_with("ing")
                    && let Some(comma) = tokens[subject..i].iter().position(|t| t.is_punct(",")).map(|c| subject + c)
                    && comma > subject
                    && comma <= subject + 8
                    && starts_like_source(tokens, subject)
                    && tokens[subject..comma].iter().all(|t| t.kind == TokenKind::Word)
                {
                    push(&mut out, text, tokens, tok.span, (subject, comma - 1), lexicon, anonymous_seen, sentence);
                    continue;
                }
                // "He declined to predict ..., stating that the goal was ...".
                if clause && matches!(tokens[0].text, "He" | "She" | "They") {
                    push(&mut out, text, tokens, tok.span, (0, 0), lexicon, anonymous_seen, sentence);
                    continue;
                }
                // "Industry group Airlines for America has opposed the bill,
                // arguing it would raise fares": the subject of the clause
                // the participle hangs on, up to its verb.
                // (a forecast needs no clause: "Savills revised its
                // five-year forecast, predicting growth of 21.6%")
                if (clause || matches!(lower, "predicting" | "forecasting"))
                    && lower.ends_with("ing")
                    && let Some(end) = clause_subject_end(tokens, lexicon).filter(|&e| e > 0 && e < i)
                    && starts_like_source(tokens, 0)
                    && !is_pronoun(tokens[0].lower())
                {
                    push(&mut out, text, tokens, tok.span, (0, end - 1), lexicon, anonymous_seen, sentence);
                    continue;
                }
            }
        // "rated by the Care Quality Commission in its last inspection,
        // which found that ...": the finding of the evidence a body owns,
        // named before the comma.
        if is_evidence_verb(lower)
            && i >= 3
            && tokens[i - 1].eq_ignore_case("which")
            && tokens[i - 2].is_punct(",")
            && let Some(src) = phrase_before(tokens, i - 2).filter(|&(s, e)| {
                let head = tokens[e].lower();
                (is_evidence_noun(head) || matches!(head, "inspection" | "inspections" | "assessment"))
                    && tokens[s..e].iter().any(|t| matches!(t.lower(), "its" | "their") || t.text.ends_with("'s") || t.text.ends_with("’s") || t.is_capitalized())
            })
        {
            push(&mut out, text, tokens, tok.span, src, lexicon, anonymous_seen, sentence);
            continue;
        }
        // "listed as endangered by the International Union for Conservation
        // of Nature, which estimates that fewer than 10,000 remain", "since
        // the Ockenden review of failings at Shrewsbury and Telford in 2022,
        // which found that more than 200 babies ...": what a named body or
        // a named review found or estimates, told in a relative clause on it.
        if (is_evidence_verb(lower) || matches!(lower, "estimates" | "estimated" | "concluded" | "concludes" | "says" | "said" | "reported" | "reports" | "warned" | "warns"))
            && i >= 3
            && tokens[i - 1].eq_ignore_case("which")
            && tokens[i - 2].is_punct(",")
            && tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("that"))
            && let Some(src) = named_before_which(tokens, i - 2)
        {
            push(&mut out, text, tokens, tok.span, src, lexicon, anonymous_seen, sentence);
            continue;
        }
        // "officials have not said why": a refusal to attribute is no attribution.
        if negated(tokens, i) {
            continue;
        }
        // "stickier than headline figures suggest": a comparison, not a report.
        if phrase_before(tokens, i).is_some_and(|src| src.0 > 0 && tokens[src.0 - 1].lower() == "than") {
            continue;
        }
        if let Some(src) = phrase_before(tokens, i) {
            // ("Here is what is changing and what critics say about it": an
            // indirect question, what they say about the thing itself)
            if src.0 > 0 && tokens[src.0 - 1].eq_ignore_case("what") && tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct || t.eq_ignore_case("about")) {
                continue;
            }
            // ", documents seen by this newspaper show.": evidence closing
            // its sentence after a comma.
            // (its day after it: ", the BRC footfall monitor showed on
            // Thursday.")
            let closes_after = |k: usize| tokens.get(k).is_some_and(|t| t.is_punct("."));
            let dated_close = || matches!(tokens.get(i + 1).map(Token::lower), Some("on" | "last" | "this" | "earlier")) && (closes_after(i + 3) || closes_after(i + 4) && !tokens[i + 2].is_punct(".")) || matches!(tokens.get(i + 1).map(Token::lower), Some("yesterday" | "today")) && closes_after(i + 2);
            let trailing_evidence = is_evidence_verb(lower)
                && src.0 > 0
                && tokens[src.0 - 1].is_punct(",")
                && (closes_after(i + 1) || dated_close())
                && evidence_subject(tokens, src);
            // "Water is running short, residents say.": a plural subject
            // between a comma and the sentence's end, with the present verb.
            let trailing_attribution = matches!(lower, "say" | "believe" | "think" | "warn" | "argue" | "claim" | "suggest")
                && src.0 > 0
                && tokens[src.0 - 1].is_punct(",")
                && tokens.get(i + 1).is_none_or(|t| t.is_punct("."))
                && tokens[src.1].lower().ends_with('s');
            // ("Local residents say": an unnamed group is a subject, if a vague one)
            // ("Supporters of the model say": the group heads its phrase)
            // ("Aid workers on the ground say": the group heads the phrase
            // before its preposition)
            // ("Western diplomats say": an unnamed kind of source, too)
            // (the head is found only when the group is asked about)
            let group = || {
                let core_head = || tokens[src.0..=src.1].iter().take_while(|t| !is_preposition(t.lower())).last().map_or("", |t| t.lower());
                // (an adverb or auxiliary may come between: "Local officials
                // privately estimate")
                tokens[src.1 + 1..i].iter().all(|t| is_between(t.lower()) || is_manner_adverb(t))
                    && (lexicon.vague_sources.contains(tokens[src.1].lower())
                        || lexicon.vague_sources.contains(tokens[src.0].lower())
                        || lexicon.vague_sources.contains(core_head())
                        || lexicon.anonymous_sources.contains(core_head())
                        // ("Freight forwarders say", "Hospitality owners
                        // warn": a kind of people, unnamed, opening the
                        // sentence, as "Local residents say")
                        // (not "Letting agents tell a similar story")
                        // (or after "what": "in what volunteers say is the
                        // worst stretch of coast")
                        // (or opening a clause joined to the sentence's:
                        // "The scheme began in April, and ministers say it
                        // will reach 600,000 children")
                        || (src.0 == 0 || matches!(tokens[src.0 - 1].lower(), "what" | "and" | "but" | "while" | "whereas" | "although" | "though")) && lower != "tell" && !tokens[src.1].is_capitalized() && tokens[src.0..=src.1].iter().all(|t| t.is_word() && !t.text.ends_with("'s") && !t.text.ends_with("’s")) && is_kind_of_people(tokens[src.1].lower())
                        // ("Estate agents in Kent say": the kind heads the
                        // phrase before the place it is in)
                        || src.0 == 0 && lower != "tell" && {
                            let head = tokens[..=src.1].iter().position(|t| is_preposition(t.lower())).filter(|&p| p > 0).map(|p| p - 1);
                            head.is_some_and(|h| (h == 0 || !tokens[h].is_capitalized()) && tokens[..=h].iter().all(|t| t.is_word() && !t.text.ends_with("'s") && !t.text.ends_with("’s")) && is_kind_of_people(tokens[h].lower()))
                        })
            };
            if noun_like && !plausible_subject(tokens, src) && !trailing_evidence && !trailing_attribution && !evidence && !group() {
                continue;
            }
            // "Eurostat found that ...": a name opening the sentence is a
            // subject like any other once a "that" clause follows.
            let named_first = src.0 == 0 && src.1 == 0 && tokens[0].is_capitalized() && tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("that"));
            // (or once it finds an amount: "Kantar found grocery price
            // inflation of 5.1%")
            // (or a noun of evidence before the participle phrase that says
            // how it was got: "Customs records reviewed for this article show")
            let obtained = || evidence && obtained_evidence_before(tokens, i);
            // (or one whose office is to find: "The judge found that ...",
            // "The coroner found that ...")
            let finder = matches!(lower, "found" | "finds") && tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("that")) && matches!(tokens[src.1].lower(), "judge" | "judges" | "coroner" | "inspector" | "inspectors" | "jury" | "panel" | "ombudsman" | "inquiry" | "investigation" | "auditor" | "auditors" | "regulator" | "watchdog" | "magistrates" | "sheriff");
            if is_evidence_verb(lower) && !evidence_subject(tokens, src) && !named_first && !named_result && !obtained() && !finder {
                continue;
            }
            // "A survey found that more than half of 16 to 18-year-olds said
            // ...": what a share of a group answered is a finding, not its
            // source.
            if share_of_a_group(tokens, src) {
                continue;
            }
            // "several large penalties announced in recent years were later
            // reduced": a participle describing what a quantified phrase
            // names, its own verb still to come, reports nothing.
            // ("the playground was closed in August after an inspection
            // found structural corrosion": a piece of evidence in a clause
            // of time tells what happened, it sources nothing else; not one
            // that reports a clause, "after an investigation found that the
            // company failed")
            if src.0 > 0
                && matches!(tokens[src.0 - 1].lower(), "after" | "when" | "before" | "until" | "once")
                && matches!(tokens[src.0].lower(), "a" | "an")
                && is_evidence_noun(tokens[src.1].lower())
                && !tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("that"))
            {
                continue;
            }
            // (not a kind of people, who speak: "Some analysts argued the cut
            // was premature")
            let describes_things = matches!(tokens[src.0].lower(), "some" | "many" | "several" | "various" | "numerous" | "most")
                && lower.ends_with("ed")
                && !names_people(tokens[src.1].lower())
                && tokens[i + 1..].iter().take(6).take_while(|t| t.kind == TokenKind::Word && !t.eq_ignore_case("that")).any(|t| matches!(t.lower(), "was" | "were" | "is" | "are" | "had" | "have" | "has"));
            if describes_things {
                continue;
            }
            push(&mut out, text, tokens, tok.span, src, lexicon, anonymous_seen, sentence);
            // "Providers say the rate is too low": a plural common noun alone,
            // capitalised only because it opens the sentence, before a plural
            // verb, is an unnamed group.
            let bare_plural = src.0 == 0
                && src.1 == 0
                && matches!(lower, "say" | "believe" | "think" | "warn" | "argue" | "claim" | "fear" | "insist" | "suggest" | "report" | "complain" | "describe")
                && tokens[0].lower().ends_with('s')
                && !tokens[0].lower().ends_with("ss")
                && !tokens[0].is_abbreviation()
                && tokens[0].text[1..].bytes().all(|b| b.is_ascii_lowercase())
                // ("Organisers say", "Prosecutors say": the party that runs
                // the event or the case the story is about, as "the
                // organisers" is)
                && !matches!(tokens[0].lower(), "organisers" | "organizers" | "prosecutors")
                // ("Opponents, led by the Michigan Municipal League, warned":
                // a group its named leader identifies)
                && !led_by_a_name(&tokens[..i]);
            if bare_plural && let Some(last) = out.last_mut().filter(|a| a.kind == SourceKind::Identifiable) {
                last.kind = SourceKind::Vague;
                last.trigger = tokens[0].span.cover(tok.span);
            }
        }
    }
    // 2b. A body's own projection or data the sentence is set in: "In the
    // Committee's central projection, inflation falls to 2%", "based on the
    // Authority's vehicle location data".
    // (only a sentence with an apostrophe can have a possessor: a byte
    // search, a superset, rules out the rest without walking its tokens)
    let sentence_bytes = text.as_bytes().get(sentence.range()).unwrap_or_default();
    let possessed = if memchr::memchr2(b'\'', 0x99, sentence_bytes).is_some() { possessed_evidence(tokens) } else { Vec::new() };
    for (cue, src) in possessed {
        if outside(tokens[cue.0].span) && !out.iter().any(|a| a.source.is_some_and(|s| s.overlaps(tokens[src.0].span))) {
            push(&mut out, text, tokens, tokens[cue.0].span.cover(tokens[cue.1].span), src, lexicon, anonymous_seen, sentence);
        }
    }
    // 3. A named index or survey the figures are placed on: "ranking 183rd
    // of 191 on the UN Human Development Index".
    // (named_documents passes over every token without one of its classes)
    let named = if classes & (super::lexicon::class::DOCUMENT_KIND | super::lexicon::class::PUBLISHING) != 0 { named_documents(tokens) } else { Vec::new() };
    for (cue, name) in named {
        if outside(cue) && !out.iter().any(|a| a.kind != SourceKind::Vague && a.trigger.overlaps(name)) {
            // "researchers wrote in The BMJ": the title names whom the
            // unnamed group's verb reports.
            // "A study published in the journal Nature Food found": the
            // study its journal names is no unnamed one.
            out.retain(|a| !(a.kind == SourceKind::Vague && (a.cue.end <= cue.start && text[a.cue.end..cue.start].trim().is_empty() || a.trigger.contains(name))));
            out.push(Attribution { cue, source: Some(name), kind: SourceKind::Identifiable, trigger: cue });
        }
    }
    // 4. A source in brackets right after a figure, as fact boxes and
    // tables give it: "16.4% (Kantar, 12 weeks to 2 November)", "1,200
    // (company filings)", "4.8% (Source: ONS)".
    if memchr::memchr(b'(', sentence_bytes).is_some() {
        for (k, open) in tokens.iter().enumerate() {
            if open.is_punct("(")
                && outside(open.span)
                && let Some(src) = bracketed_source(tokens, k)
            {
                let source = tokens[src.0].span.cover(tokens[src.1].span);
                if !out.iter().any(|a| a.source.is_some_and(|s| s.overlaps(source))) {
                    out.push(Attribution { cue: open.span, source: Some(source), kind: SourceKind::Identifiable, trigger: source });
                }
            }
        }
    }
    // "The ministry said talks are expected to resume": the expectation is
    // the named source's.
    // "... after an audit found weaknesses, according to the Auditor
    // General": the unnamed evidence is the named source's.
    // "640 cases have been reported since landfall, according to the
    // Directorate": the named source is who reported them (a hedging
    // adverb, "reportedly", stays vague); and so is a group's view it
    // gives.
    if out.iter().any(|a| a.kind != SourceKind::Vague) {
        let according_at = out.iter().find(|a| a.kind != SourceKind::Vague && text[a.cue.range()].starts_with(['a', 'A']) && text[a.cue.range()].eq_ignore_ascii_case("according to")).map(|a| a.cue.end);
        let according = according_at.is_some();
        // (not a group in a clause of its own after it: "..., according to
        // official figures published on Thursday, as family doctors warn
        // that practices are struggling")
        let in_a_clause_after_it = |a: &Attribution| {
            according_at.is_some_and(|at| {
                a.trigger.start > at && text.get(at..a.trigger.start).is_some_and(|between| [", as ", ", and ", ", while ", ", but ", ", although ", ", though ", ", whereas ", ";"].iter().any(|w| between.contains(w)))
            })
        };
        // "Fedorov said that rescuers were searching for five people
        // believed to be trapped": a belief inside what a named source said
        // is that source's.
        let first_named = out.iter().filter(|a| a.kind != SourceKind::Vague).min_by_key(|a| a.cue.end);
        let first_named_cue = first_named.map_or(usize::MAX, |a| a.cue.end);
        // ("Jane Hill, a union official, said workers had raised concerns":
        // a group's voice inside what a named source said is that source's
        // account)
        const SAYING: [&str; 8] = ["said", "says", "told", "tells", "added", "explained", "wrote", "stated"];
        let reports_what_was_said = first_named.is_some_and(|a| SAYING.iter().any(|w| text[a.cue.range()].eq_ignore_ascii_case(w)));
        // ("A cyclist died at a junction that residents had warned was
        // dangerous, an inquest has heard.": a named source closing the
        // sentence reports all of it, a group's voice before it too)
        let speaks = |a: &Attribution| SAYING.iter().chain(&["heard", "hears"]).any(|w| text[a.cue.range()].eq_ignore_ascii_case(w));
        // (asked only when there is such a group)
        let group_voiced = out.iter().any(|a| a.kind == SourceKind::Vague && a.source.is_some());
        // (the start of the named voice that closes the sentence, looked
        // for once, when a group's voice or a reported belief asks)
        let closing = std::cell::OnceCell::new();
        let closing_voice = || {
            *closing.get_or_init(|| {
                out.iter()
                    .filter(|a| a.kind != SourceKind::Vague && speaks(a))
                    .map(|a| (a.cue.start.min(a.source.map_or(usize::MAX, |s| s.start)), a.cue.end.max(a.source.map_or(0, |s| s.end))))
                    .find(|&(_, end)| tokens.iter().all(|t| t.span.start < end || t.kind == TokenKind::Punct))
                    .map(|(start, _)| start)
            })
        };
        let closing_named = if group_voiced { closing_voice().unwrap_or(0) } else { 0 };
        // ("injuries that were not believed to be life-threatening, police
        // said": a belief the named voice closing the sentence holds)
        let believed_by_the_closing_voice = |a: &Attribution| a.source.is_none() && is_reported_belief(&text[a.trigger.range()]) && out.iter().any(|b| b.kind != SourceKind::Vague && b.cue.start > a.trigger.end) && closing_voice().is_some();
        let believed: Vec<Span> = out.iter().filter(|a| a.kind == SourceKind::Vague && believed_by_the_closing_voice(a)).map(|a| a.trigger).collect();
        // (the named sources' cues, gathered only when a cue leaves its
        // holder unsaid)
        let named_cues: Vec<Span> = if out.iter().any(|a| a.kind == SourceKind::Vague && holder_unsaid(&text[a.trigger.range()])) { out.iter().filter(|b| b.kind != SourceKind::Vague).map(|b| b.cue).collect() } else { Vec::new() };
        out.retain(|a| {
            // (only a vague cue can be held by the named source)
            if a.kind != SourceKind::Vague {
                return true;
            }
            let cue = &text[a.trigger.range()];
            // (not by a source whose saying is an aside about the subject,
            // closed before the expectation: "Mr Pettifer, who spoke only
            // to confirm his name, is expected to give evidence")
            let held_by_the_named_source = holder_unsaid(cue) && !named_cues.iter().all(|&named| said_in_a_closed_aside(text, sentence.start, named, a.trigger.start))
                || believed.contains(&a.trigger)
                || a.source.is_some() && a.trigger.end <= closing_named
                || a.source.is_some_and(|s| starts_indefinite(&text[s.range()]))
                || according && reports_passively(cue)
                // ("Traders put the odds of a cut at 90%, according to CME
                // Group's FedWatch tool": the named source measured the
                // unnamed group's view)
                || according && a.source.is_some() && !in_a_clause_after_it(a)
                || a.trigger.start >= first_named_cue && (is_reported_belief(cue) || reports_what_was_said && !turns_away(&text[first_named_cue..a.trigger.start]));
            !held_by_the_named_source
        });
    }
    out.sort_by_key(|a| a.trigger.start);
    out.dedup_by(|a, b| a.trigger.overlaps(b.trigger) && a.kind == b.kind);
    out
}

/// Whether the words between a cue and what follows it turn to the writer's
/// own clause (", airport operator ANA said, though passengers reported
/// queues"): a contrast or a new clause after a comma.
fn turns_away(between: &str) -> bool {
    // (the words compared in any case where a comma or semicolon starts them)
    between.match_indices([',', ';']).any(|(at, _)| {
        let rest = &between.as_bytes()[at..];
        [", though ", ", but ", ", while ", ", although ", ", whereas ", ", yet ", "; "].iter().any(|w| rest.get(..w.len()).is_some_and(|r| r.eq_ignore_ascii_case(w.as_bytes())))
    })
}

/// The source named in the brackets opening at token `open`, right after
/// a figure: after "Source:" any phrase; otherwise a name followed by a
/// comma and the period or date of the data ("Kantar, 12 weeks to 2
/// November", "ONS, 2024"), or a phrase ending in a noun of evidence
/// ("company filings", "ONS data"). A bare name is left alone: after a
/// figure it is as often the place the figure is of ("4.1% (Scotland)").
fn bracketed_source(tokens: &[Token<'_>], open: usize) -> Option<(usize, usize)> {
    // (a figure just before: "16.4% (", "1,200 stores (", "£4.2m (", "9,112
    // open repair jobs (")
    let before = &tokens[open.saturating_sub(5)..open];
    let figure = before.iter().any(|t| t.kind == TokenKind::Number) && before.iter().skip_while(|t| t.kind != TokenKind::Number).all(|t| t.kind != TokenKind::Punct || t.text == "%");
    if !figure {
        return None;
    }
    let labelled = tokens.get(open + 1).is_some_and(|t| matches!(t.lower(), "source" | "sources")) && tokens.get(open + 2).is_some_and(|t| t.is_punct(":"));
    let start = if labelled { open + 3 } else { open + 1 };
    let words = tokens.get(start..)?.iter().take_while(|t| t.kind == TokenKind::Word).count();
    if words == 0 || words > 6 {
        return None;
    }
    let end = start + words - 1;
    let after = tokens.get(end + 1)?;
    if labelled {
        return matches!(after.text, ")" | "," | ";").then_some((start, end));
    }
    let phrase = &tokens[start..=end];
    let named = phrase.iter().any(|t| t.is_capitalized() && !MONTHS_AND_DAYS.contains(&t.lower()));
    // ("Kantar, 12 weeks to 2 November": the data's period after the name)
    let dated = after.is_punct(",") && tokens.get(end + 2).is_some_and(|t| t.kind == TokenKind::Number || MONTHS_AND_DAYS.contains(&t.lower()) || matches!(t.lower(), "latest" | "provisional" | "estimate" | "q1" | "q2" | "q3" | "q4" | "year" | "quarter" | "week" | "month"));
    // (two words at least: "(estimates)" alone names nobody)
    let evidence = words >= 2 && matches!(after.text, ")" | "," | ";") && is_evidence_noun(phrase[words - 1].lower()) && !matches!(phrase[0].lower(), "estimated" | "provisional");
    ((named && dated) || evidence).then_some((start, end))
}

/// Where the subject opening the sentence ends: at its verb (an
/// auxiliary, a verb of saying, a past form) and, after an article, after
/// its first common noun ("The airline cut 300 flights, saying ...").
fn clause_subject_end(tokens: &[Token<'_>], lexicon: &Lexicon) -> Option<usize> {
    let ends_subject = |t: &Token<'_>| {
        let l = t.lower();
        t.kind != TokenKind::Word || is_between(l) || lexicon.is_reporting_verb(l) || super::figures::is_irregular_past(l) || l.len() > 4 && l.ends_with("ed")
    };
    let head_noun_end = is_determiner(tokens.first()?.lower()).then(|| tokens.iter().skip(1).take(6).position(|t| t.kind == TokenKind::Word && !t.is_capitalized()).map(|k| k + 2)).flatten();
    tokens.iter().take(9).position(ends_subject).map(|e| head_noun_end.map_or(e, |h| h.min(e)))
}

/// A vague cue that only says a thing was reported or confirmed ("have
/// been reported", "people confirmed dead"), not who believes it.
fn reports_passively(trigger: &str) -> bool {
    let last = trigger.rsplit(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).unwrap_or("");
    matches!(last.to_ascii_lowercase().as_str(), "reported" | "confirmed" | "recorded" | "registered" | "documented")
}

/// Words that name no title, in lower case: the full names of months and
/// weekdays in `data/months.txt` and `data/weekdays.txt` (not their
/// abbreviations: "The Sun" is a title).
static MONTHS_AND_DAYS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| full_names(include_str!("../../data/months.txt"), 1).chain(WEEKDAYS.iter().copied()).collect());

/// The full names of the weekdays in `data/weekdays.txt`, in lower case.
static WEEKDAYS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| full_names(include_str!("../../data/weekdays.txt"), 0).collect());

/// Whether a lower-case word is a weekday's full name ("saturday").
pub(crate) fn is_weekday_name(lower: &str) -> bool {
    WEEKDAYS.contains(&lower)
}

/// The words in `column` of a data file's lines.
fn full_names(data: &'static str, column: usize) -> impl Iterator<Item = &'static str> {
    data.lines().filter(|l| !l.starts_with('#')).filter_map(move |l| l.split_whitespace().nth(column))
}

/// The last words of [`named_documents`]' names (class
/// [`super::lexicon::class::DOCUMENT_KIND`], in any case).
pub(crate) const DOCUMENT_KINDS: [&str; 16] = ["Index", "Ranking", "Rankings", "Survey", "Census", "Barometer", "Atlas", "Tracker", "Monitor", "Database", "Scoreboard", "Journal", "Poll", "Average", "Study", "Guide"];

/// Named documents that rank, count or publish findings ("on the UN Human
/// Development Index", "in the Global Peace Index", "by the Annual
/// Population Survey", "in The New England Journal of Medicine", "in the
/// Northgate University Guide 2027"):
/// a preposition, "the", then a capitalised name of two or more words whose
/// last word says what kind of document it is. Returns (preposition, name).
fn named_documents(tokens: &[Token<'_>]) -> Vec<(Span, Span)> {
    use super::lexicon::class::{DOCUMENT_KIND, PUBLISHING};
    let mut out = Vec::new();
    for (k, head) in tokens.iter().enumerate() {
        // The class first: most words are of neither kind.
        if !head.may_be(DOCUMENT_KIND | PUBLISHING) || head.kind != TokenKind::Word {
            continue;
        }
        // "reported in The Lancet", "wrote in The BMJ": a title, its capital
        // "The" inside the sentence, where findings are published.
        // "published in the journal Nature Food": a periodical's name after
        // what it is. "A study published in Nature Food", "in a paper
        // published in Science": a bare name after a study (not "published
        // in London", "wrote in Spanish": no study before them).
        if PUBLISHING_VERBS.contains(&head.lower()) && tokens.get(k + 1).is_some_and(|t| t.eq_ignore_case("in")) {
            let titled = tokens.get(k + 2).is_some_and(|t| t.text == "The");
            // (the article may be left out: "published in journal Nature
            // Climate Change")
            let periodical = (k + 2..tokens.len().min(k + 5))
                .find(|&j| is_periodical(tokens[j].lower()))
                .filter(|&j| tokens[k + 2..j].iter().all(|t| t.kind == TokenKind::Word && !t.is_capitalized()));
            let after_a_study = || tokens[k.saturating_sub(4)..k].iter().any(|t| is_study_noun(t.lower()));
            let name_at = if titled {
                Some(k + 3)
            } else if let Some(j) = periodical {
                Some(j + 1)
            } else if after_a_study() {
                Some(k + 2)
            } else {
                None
            };
            if let Some(n) = name_at
                && tokens.get(n).is_some_and(|t| t.is_capitalized() && !MONTHS_AND_DAYS.contains(&t.lower()))
            {
                let mut last = n;
                while tokens.get(last + 1).is_some_and(|t| t.is_capitalized()) {
                    last += 1;
                }
                out.push((tokens[k + 1].span, tokens[k + 2].span.cover(tokens[last].span)));
                continue;
            }
        }
        // (a pollster's or publisher's name before a kind in lower case:
        // "In the Marist survey released yesterday, independents split",
        // "trails by 2 points in the Ledger average")
        // (not an index in lower case: "shares on the Sensex index fell" is
        // where they trade)
        let lower_kind = matches!(head.text, "survey" | "poll" | "average" | "study");
        if !DOCUMENT_KINDS.contains(&head.text) && !lower_kind {
            continue;
        }
        // The name: capitalised words and numbers before the head ("FTSE 100").
        let mut first = k;
        while first > 0 && (tokens[first - 1].is_capitalized() || tokens[first - 1].kind == TokenKind::Number) {
            first -= 1;
        }
        if lower_kind && !tokens[first..k].iter().any(|t| t.is_capitalized() && t.text != "The" && !MONTHS_AND_DAYS.contains(&t.lower())) {
            continue;
        }
        // "the UN Human Development Index", or "The" as part of the name
        // ("in The New England Journal of Medicine").
        let (article, name_start) = if tokens[first].text == "The" { (first, first + 1) } else { (first.wrapping_sub(1), first) };
        if name_start == k || article == usize::MAX || !tokens[article].eq_ignore_case("the") {
            continue;
        }
        if article > 0 && matches!(tokens[article - 1].lower(), "on" | "in" | "by" | "from") {
            out.push((tokens[article - 1].span, tokens[article].span.cover(head.span)));
            continue;
        }
        // (or its finding, told in a relative clause after it: "the
        // publication of the Labour Force Survey for the third quarter,
        // which shows that unemployment fell")
        let finding = (k + 1..tokens.len().min(k + 12))
            .take_while(|&j| tokens[j].kind != TokenKind::Punct || tokens[j].is_punct(","))
            .find(|&j| tokens[j].is_punct(","))
            .filter(|&j| tokens.get(j + 1).is_some_and(|t| t.eq_ignore_case("which")) && tokens.get(j + 2).is_some_and(|t| is_evidence_verb(t.lower())));
        if let Some(j) = finding {
            out.push((tokens[j + 2].span, tokens[article].span.cover(head.span)));
        }
    }
    out
}

word_list! {
    /// What a named periodical is: "in the journal Nature Food".
    fn is_periodical = ["journal", "magazine", "newspaper", "periodical", "bulletin"];
}

word_list! {
    /// A piece of research whose place of publication names it: "a study
    /// published in Science".
    fn is_study_noun = ["study", "studies", "paper", "papers", "research", "report", "findings", "article", "results", "analysis", "review", "trial", "survey"];
}

/// The verbs after which "in The ..." names where findings were published
/// (class [`super::lexicon::class::PUBLISHING`]).
pub(crate) const PUBLISHING_VERBS: [&str; 8] = ["published", "reported", "wrote", "writing", "write", "writes", "appeared", "appears"];

/// "believed to be", "thought to be": a belief with no holder of its own.
fn is_reported_belief(cue: &str) -> bool {
    let lower = cue.to_ascii_lowercase();
    lower.ends_with(" to be") && ["believed", "thought", "understood", "said", "reported", "rumoured", "rumored"].iter().any(|w| lower.contains(w))
}

/// Whether the source phrase ending at token `e` is followed by a name in
/// Whether the words after a source's core noun (`from..=to`) name
/// something the source belongs to: a capital anywhere in them ("Officials
/// at the Department for Work and Pensions", "Lawyers representing the
/// Smith family"). After a participle of what the people do rather than
/// whom they work for, a name right after it is only what they do it to
/// ("Scientists surveying the northern Great Barrier Reef say", "Analysts
/// tracking the FTSE 100"): it places them only after a preposition
/// ("Doctors treating patients at Al-Shifa").
fn names_a_body_they_belong_to(tokens: &[Token<'_>], from: usize, to: usize, opens_with_a_participle: bool) -> bool {
    let complement = &tokens[from.min(to + 1)..=to];
    let Some(first_name) = complement.iter().position(Token::is_capitalized) else {
        return false;
    };
    let serves_whom_it_names = matches!(complement[0].lower(), "working" | "representing" | "advising" | "serving" | "leading" | "heading" | "running" | "managing" | "acting" | "speaking" | "consulting" | "helping" | "assisting" | "supporting");
    !opens_with_a_participle || serves_whom_it_names || complement.get(1..first_name).is_some_and(|between| between.iter().any(|t| is_preposition(t.lower())))
}

/// apposition: a comma, then a word that opens no phrase of place or
/// purpose, and a capital within three words ("An aerospace analyst,
/// Richard Aboulafia, said", "the council's cabinet member, Cllr Nadia
/// Farouk, said").
fn named_in_apposition(tokens: &[Token<'_>], e: usize) -> bool {
    // (not a place's state or country: "A pharmacist in Columbus, Ohio,")
    let place = e >= 1
        && tokens[e].is_capitalized()
        && (e.saturating_sub(3)..e).any(|k| matches!(tokens[k].lower(), "in" | "from"))
        && tokens.get(e + 3).is_some_and(|t| t.is_punct(","))
        && tokens.get(e + 4).is_some_and(|t| t.is_word() && !t.is_capitalized());
    // (an age glued before the role: "A neighbour, 68-year-old retired
    // postman Derek Whitworth, said")
    let aged = tokens.get(e + 2).is_some_and(|t| t.kind == TokenKind::Number) && tokens.get(e + 3).is_some_and(|t| t.is_punct("-") && t.span.start == tokens[e + 2].span.end);
    let from = if aged { e + 4 } else { e + 2 };
    !place
        && tokens.get(e + 1).is_some_and(|t| t.is_punct(","))
        && tokens.get(from).is_some_and(|t| t.kind == TokenKind::Word && !is_preposition(t.lower()) && !is_boundary(t.lower()))
        && tokens.get(from..).unwrap_or(&[]).iter().take(if aged { 4 } else { 3 }).take_while(|t| t.kind == TokenKind::Word).any(Token::is_capitalized)
}

/// Whether a source's saying (its cue `cue`) stands in a relative clause
/// about the subject that closes before `at`, where an expectation or a
/// hedge follows: "Mr Pettifer, who spoke only to confirm his name, is
/// expected to give evidence" (the expectation is not the speaker's).
pub(crate) fn said_in_a_closed_aside(text: &str, sentence_start: usize, cue: Span, at: usize) -> bool {
    cue.end <= at
        && text.get(cue.end..at).is_some_and(|between| between.trim_end().ends_with(','))
        && text.get(sentence_start..cue.start).is_some_and(|before| before.contains(", who ") || before.contains(", which "))
}

/// A vague cue that leaves its holder unsaid, so that a named source in
/// the sentence holds it: an expectation, a suspicion or an allegation
/// ("talks are expected to resume"), a link or a judgement in the passive ("has been
/// linked to", "has been widely criticised").
pub(super) fn holder_unsaid(cue: &str) -> bool {
    // (in place, in any case: asked of every vague cue)
    let holds = |word: &str| cue.as_bytes().windows(word.len()).any(|w| w.eq_ignore_ascii_case(word.as_bytes()));
    let ends = |word: &str| super::ends_with_ignore_ascii_case(cue, word);
    holds(" expected ") || holds(" suspected ")
        // ("Whitfield is alleged to have told staff ..., the prosecutor
        // said")
        || holds(" alleged ")
        // ("The outbreak has been linked to a farm, the agency said")
        || holds(" linked ") || ends(" criticised") || ends(" criticized") || ends(" condemned")
}

/// The named body or named piece of evidence a relative clause after
/// `comma` hangs on: a name of capitalised words (its "of", "for", "and"
/// between), or an evidence noun a name comes right before ("the Ockenden
/// review"), the words of a phrase after it passed over ("of failings at
/// Shrewsbury and Telford in 2022").
fn named_before_which(tokens: &[Token<'_>], comma: usize) -> Option<(usize, usize)> {
    let joins = |t: &Token<'_>| matches!(t.lower(), "of" | "for" | "and" | "on" | "the");
    // (a name that ends right before the comma)
    let mut start = comma;
    while start > 0 && (tokens[start - 1].is_capitalized() && tokens[start - 1].is_word() || joins(&tokens[start - 1]) && start < comma) {
        start -= 1;
    }
    while start < comma && joins(&tokens[start]) {
        start += 1;
    }
    let capitals = tokens[start..comma].iter().filter(|t| t.is_capitalized()).count();
    if start > 0 && comma - start >= 2 && capitals >= 2 && tokens[comma - 1].is_capitalized() {
        return Some((start, comma - 1));
    }
    // (or a review, a report, an inquiry a name comes before)
    (comma.saturating_sub(12)..comma).rev().take_while(|&k| tokens[k].kind == TokenKind::Word || tokens[k].kind == TokenKind::Number).find(|&k| k > 0 && is_evidence_noun(tokens[k].lower()) && tokens[k - 1].is_capitalized() && !matches!(tokens[k - 1].lower(), "the" | "a" | "an" | "this" | "that" | "its" | "their")).map(|k| {
        let mut s = k - 1;
        while s > 0 && tokens[s - 1].is_capitalized() && tokens[s - 1].is_word() {
            s -= 1;
        }
        (s, k)
    })
}

#[allow(clippy::too_many_arguments)]
fn push(out: &mut Vec<Attribution>, text: &str, tokens: &[Token<'_>], cue: Span, src: (usize, usize), lexicon: &Lexicon, anonymous_seen: AnonymousSeen, sentence: Span) {
    // (no source opens with the verb of the evidence that reports it: in
    // "The Fed's projections, released alongside the statement, show
    // officials expect one cut" the projections say what officials expect)
    if src.0 > 0 && src.1 > src.0 && matches!(tokens[src.0].lower(), "show" | "shows" | "showed" | "suggest" | "suggests" | "indicate" | "indicates" | "reveal" | "reveals" | "revealed") && !tokens[src.0].is_capitalized() {
        return;
    }
    let mut source = tokens[src.0].span.cover(tokens[src.1].span);
    // (a source before its verb marks its anonymity before the verb: in
    // "Campaigners have long argued that the council is too close to the
    // operator" the "close to the" is what they said)
    // (but the phrase right after the verb is the source's: "One
    // professional said, speaking on condition of anonymity, that", "said
    // on condition of anonymity")
    let marked_within = if cue.start >= source.end {
        let after = text.get(cue.end..sentence.end.max(cue.end)).map_or(cue.end, |rest| cue.end + (rest.len() - rest.trim_start_matches([',', ' ']).len()));
        // (searched only after a word that opens such a phrase: most
        // sayings go on with "that", "the" or a pronoun)
        let next_word = text.get(after..).and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next()).unwrap_or("");
        let may_open = matches!(next_word, "speaking" | "on" | "who" | "asking" | "declining" | "asked" | "declined" | "off" | "not");
        let right_after = may_open.then(|| find_phrases(&lexicon.anonymity_matcher, text, after, (after + 48).min(sentence.end).max(after))).and_then(|found| found.first().filter(|&&(_, start, _)| start == after).map(|&(_, _, end)| end));
        Span::new(sentence.start, right_after.unwrap_or(cue.start.clamp(source.end, sentence.end.max(source.end))))
    } else {
        sentence
    };
    let mut kind = classify(text, tokens, src, lexicon, anonymous_seen, marked_within);
    // (the leader may stand in an aside between the group and its verb)
    let cue_at = tokens.partition_point(|t| t.span.start < cue.start).max(src.0);
    if kind == SourceKind::Vague && led_by_a_name(&tokens[src.0..cue_at]) {
        kind = SourceKind::Identifiable;
    }
    // ("Sources inside the team say": sources placed by where they are
    // are anonymous, not nobody in particular)
    if kind == SourceKind::Vague && src.0 == src.1 && tokens[src.0].eq_ignore_case("sources") && cue_at > src.1 + 2 && places_in_a_body(tokens[src.1 + 1].lower()) {
        kind = SourceKind::Anonymous;
        source = source.cover(tokens[cue_at - 1].span);
    }
    // ("Several large employers have announced job cuts": an unnamed
    // group's act, told with its object, not something it says)
    if kind == SourceKind::Vague && matches!(text[cue.range()].to_ascii_lowercase().as_str(), "announced" | "announce" | "announces" | "unveiled") {
        let after = tokens.partition_point(|t| t.span.start < cue.end);
        if tokens.get(after).is_some_and(|t| t.kind == TokenKind::Word && !matches!(t.lower(), "that" | "plans" | "it" | "they" | "on" | "in" | "yesterday" | "today" | "last" | "this" | "earlier")) {
            return;
        }
    }
    let trigger = match kind {
        SourceKind::Vague => source.cover(cue),
        SourceKind::Anonymous => extend_with_anonymity(text, lexicon, source, sentence),
        _ => source,
    };
    out.push(Attribution { cue, source: Some(source), kind, trigger });
}

/// A vague phrase like "figures show" preceded by a named owner
/// ("the Treasury's figures show", "BLS data show") is not vague.
fn is_named_owner_before(text: &str, tokens: &[Token<'_>], span: Span) -> bool {
    let Some(idx) = tokens.iter().position(|t| t.span.start >= span.start) else { return false };
    let first = &text[span.range()];
    if !first.chars().next().is_some_and(|c| c.is_alphabetic()) {
        return false;
    }
    let first_lower = first.to_lowercase();
    let starts_with_noun = ["figures", "data", "statistics", "studies", "research", "media", "the data", "evidence"].iter().any(|w| first_lower.starts_with(w));
    if !starts_with_noun || idx == 0 {
        return false;
    }
    // ("The government's own figures show": "own" between; "The Scottish
    // Government's latest figures show": what they are, up to two words)
    let mut idx = idx;
    for _ in 0..2 {
        if idx >= 2 && matches!(tokens[idx - 1].lower(), "own" | "latest" | "new" | "recent" | "provisional" | "published" | "quarterly" | "monthly" | "annual" | "weekly" | "final" | "updated" | "revised") {
            idx -= 1;
        }
    }
    let prev = &tokens[idx - 1];
    // ("The Scottish Government wants ..., and its latest figures show":
    // the body the sentence named before)
    if matches!(prev.lower(), "its" | "their") && tokens.get(1..idx - 1).unwrap_or(&[]).iter().any(|t| t.is_capitalized() && t.text != "I") {
        return true;
    }
    // (a capital opening the sentence names the owner as an abbreviation,
    // "ONS figures show", or as a word that is no adjective and no kind of
    // data, "Kantar figures show"; "Official figures show", "Crime figures
    // show" are vague)
    let names_data = ["figures", "data", "statistics"].iter().any(|w| first_lower.starts_with(w));
    prev.is_capitalized() && (idx - 1 != 0 || prev.is_abbreviation() || names_data && prev.kind == TokenKind::Word && !describes_data(prev.lower())) || prev.text.ends_with("’s") || prev.text.ends_with("'s") || is_producer(prev.lower())
}

/// A word that opens "... figures show" as what the figures are or what
/// kind, not whose: an adjective by its ending ("Official", "Provisional",
/// "Leaked", "Latest", "Economic", "Monthly") or one of the common words
/// below.
fn describes_data(lower: &str) -> bool {
    const ENDINGS: [&str; 12] = ["al", "ed", "ent", "est", "ive", "ary", "ic", "ous", "ly", "ing", "ble", "ion"];
    ENDINGS.iter().any(|e| lower.ends_with(e))
        || matches!(
            lower,
            "new" | "recent" | "early" | "such" | "these" | "those" | "the" | "some" | "other" | "more" | "further" | "fresh" | "key" | "first" | "last" | "both" | "all" | "many" | "most" | "this" | "that" | "any" | "no" | "raw" | "hard" | "public" | "world" | "our" | "their" | "its" | "his" | "her" | "my" | "your"
                | "government" | "industry" | "trade" | "crime" | "sales" | "census" | "attendance" | "hospital" | "health" | "housing" | "jobs" | "market" | "school" | "council" | "company" | "party" | "city" | "state" | "county" | "town" | "police" | "army" | "military" | "customs" | "border" | "weather" | "traffic" | "transport" | "energy" | "poll" | "survey" | "vote" | "turnout" | "polling" | "price" | "prices" | "wage" | "wages" | "pay" | "tax" | "budget" | "spending" | "debt" | "death" | "deaths" | "birth" | "births" | "case" | "cases" | "arrest" | "arrests" | "visitor" | "visitor's" | "passenger" | "ticket" | "box" | "office" | "exam" | "test" | "trial" | "study" | "research"
        )
}

/// The preposition after "sources" that places them in a body ("Sources
/// inside the team", "sources at the ministry"; not "close to", "in Seoul").
fn places_in_a_body(word: &str) -> bool {
    // (or close to one: "Sources close to the cabinet said", affiliated as
    // "a person close to Mr Dunleavy" is)
    matches!(word, "inside" | "within" | "at" | "close")
}

/// "Club sources said", "Ukrainian intelligence sources say": sources
/// placed by the body they belong to are anonymous, not nobody in
/// particular (the source phrase before the verb is classified instead).
fn affiliated_sources(tokens: &[Token<'_>], span: Span) -> bool {
    let Some(idx) = tokens.iter().position(|t| t.span.start >= span.start) else { return false };
    if idx == 0 || !tokens[idx].eq_ignore_case("sources") {
        return false;
    }
    let prev = &tokens[idx - 1];
    prev.kind == TokenKind::Word
        // (a capital opening the sentence may be any word's: "Industry
        // sources say" names no body)
        && (prev.is_capitalized() && idx > 1 && !matches!(prev.lower(), "some" | "many" | "several" | "other" | "these" | "those" | "the" | "senior" | "unnamed" | "anonymous" | "various")
            || matches!(prev.lower(), "intelligence" | "security" | "military" | "diplomatic" | "government" | "police" | "party" | "club" | "company" | "court" | "palace" | "opposition" | "defence" | "defense" | "union" | "army" | "ministry" | "embassy" | "campaign" | "team" | "coalition" | "cabinet" | "downing"
                // (bodies that open a sentence as often as not: "Labour
                // sources said", "Kremlin sources say")
                | "labour" | "tory" | "conservative" | "liberal" | "democratic" | "republican" | "kremlin" | "pentagon" | "whitehall" | "treasury" | "nato" | "snp" | "eu" | "un"
                // (a local body's or a family's: "Council sources said")
                | "council" | "city" | "department" | "agency" | "board" | "hospital" | "regime" | "rebel" | "family"))
}

word_list! {
    /// Bodies whose name before a data noun says whose data it is ("census
    /// figures", "police data").
    pub(crate) fn is_producer = ["census", "government", "police", "ministry", "treasury", "hospital", "company", "court", "army", "military", "customs", "council"];
}

word_list! {
    /// Bodies that publish data ("figures from the health ministry", "data
    /// from the grid operator"): named by "the" and their kind, they are one
    /// body the reader can identify.
    pub(crate) fn is_institution = [
        "agency", "authority", "bank", "board", "bureau", "commission", "council", "department", "institute", "office", "operator", "regulator", "service", "university",
    ];
}

word_list! {
    /// What a body projects, estimates or records, which a sentence can be set
    /// in ("in the Committee's central projection") or based on ("based on
    /// the Authority's location data").
    fn is_possessed_evidence = [
        "projection", "projections", "estimate", "estimates", "forecast", "forecasts", "assessment", "analysis", "calculations", "data", "figures", "model",
        "modelling", "modeling", "records", "statistics", "survey", "scenario", "view", "opinion", "judgement", "judgment", "words",
        // what a figure is set under: "712 homes a year under the government's standard method"
        "method", "methodology", "formula", "definition", "rules",
    ];
}

/// "In" or "based on", a possessor ("the Committee's", "Eurostat's"; up to
/// four words, the last possessive) and, within four more words, a noun of
/// [`is_possessed_evidence`]: the cue (token range from the preposition to
/// the noun) and the possessor (token range).
fn possessed_evidence(tokens: &[Token<'_>]) -> Vec<((usize, usize), (usize, usize))> {
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        let lower = tokens[i].lower();
        // (or the subject opening the sentence, its figure given by a
        // verb of being: "Eurostat's flash estimate for the euro area as a
        // whole was 2.2%")
        let from = match lower {
            "in" | "under" => i + 1,
            "based" if tokens.get(i + 1).is_some_and(|t| t.lower() == "on") => i + 2,
            _ if i == 0 && tokens[0].is_capitalized() => 0,
            _ => continue,
        };
        let the = tokens.get(from).is_some_and(|t| t.lower() == "the");
        let start = if the { from + 1 } else { from };
        // The possessor: capitalised words ending in a possessive one, or
        // a public body named by its kind ("the government's"; "the
        // company's view" names no one).
        let word_of_name = |k: usize| {
            let t = &tokens[k];
            t.kind == TokenKind::Word
                && (t.is_capitalized()
                    || the && k == start && matches!(t.lower().trim_end_matches("'s").trim_end_matches("’s"), "government" | "treasury" | "ministry" | "council" | "department" | "regulator" | "authority" | "commission" | "agency"))
        };
        let Some(owner_end) = (start..(start + 4).min(tokens.len())).take_while(|&k| word_of_name(k)).find(|&k| {
            let t = tokens[k].text;
            t.ends_with("'s") || t.ends_with("’s")
        }) else {
            continue;
        };
        if let Some(noun) = (owner_end + 1..(owner_end + 5).min(tokens.len())).take_while(|&k| tokens[k].kind == TokenKind::Word).find(|&k| is_possessed_evidence(tokens[k].lower())) {
            let subject_of_its_figure = || (noun + 1..(noun + 10).min(tokens.len())).take_while(|&k| tokens[k].kind == TokenKind::Word).any(|k| matches!(tokens[k].lower(), "was" | "is" | "were" | "are" | "stood" | "stands"));
            if from > 0 || subject_of_its_figure() {
                out.push(((i, noun), (from, owner_end)));
            }
        }
    }
    out
}

/// The verb at `i` follows its maker: a name, a pronoun or a body that
/// produces figures ("the police", "the agency"), directly or after "has",
/// "have" or "had". A capital opening the sentence is a name only in an
/// abbreviation ("UNICEF reported"; "Exports recorded 4% growth" has no
/// maker).
fn names_the_maker(tokens: &[Token<'_>], i: usize) -> bool {
    let maker = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let name = t.is_capitalized() && (k > 0 || t.is_abbreviation());
            t.kind == TokenKind::Word && (name || matches!(t.lower(), "he" | "she" | "they" | "it" | "we") || is_producer(t.lower()) || is_institution(t.lower()))
                || ends_an_address(tokens, k)
        })
    };
    // (or the name before an aside that describes it: "PEN America, a
    // free-expression group, has documented more than 10,000 instances")
    let maker_before_aside = |k: usize| {
        tokens[k].is_punct(",") && (k.saturating_sub(8)..k).rev().find(|&o| tokens[o].is_punct(",")).is_some_and(|open| open > 0 && tokens[open + 1..k].iter().all(|t| t.kind == TokenKind::Word) && tokens.get(open + 1).is_some_and(|t| matches!(t.lower(), "a" | "an" | "the")) && maker(open - 1))
    };
    match i.checked_sub(1) {
        Some(p) if matches!(tokens[p].lower(), "has" | "have" | "had") => p.checked_sub(1).is_some_and(|k| maker(k) || maker_before_aside(k)),
        Some(p) => maker(p),
        None => false,
    }
}

/// The token at `i` ends a phrase that a preposition and a determiner open,
/// with at most two words between ("in a research note", "on the
/// company's records").
fn in_prepositional_phrase(tokens: &[Token<'_>], i: usize) -> bool {
    (1..=3).any(|back| {
        i > back
            && matches!(tokens[i - back].lower(), "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our")
            && matches!(tokens[i - back - 1].lower(), "in" | "on" | "at" | "from" | "with" | "by" | "for" | "into" | "of")
            && tokens[i - back + 1..i].iter().all(|t| t.kind == TokenKind::Word)
            // (not the complement of a plural subject opening the sentence,
            // its verb's clause after it: "Analysts at the Resolution
            // Foundation estimate that ...")
            && !(i - back - 1 == 1 && tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("that")) && {
                let subject = tokens[0].lower();
                subject.len() > 3 && subject.ends_with('s') && !subject.ends_with("ss")
            })
    })
}

/// Plural present forms of reporting verbs that are seldom nouns: after a
/// plural noun or a phrase with a complement they are the verb ("Traders
/// say ...", "Supporters of the model say ...").
fn seldom_a_noun(lower: &str) -> bool {
    matches!(lower, "say" | "believe" | "think" | "argue" | "warn" | "suggest" | "fear" | "insist" | "predict")
}

/// Is the token at `i` used as a verb: not after a determiner or
/// possessive, and followed by a clause or an object.
fn in_verb_position(tokens: &[Token<'_>], i: usize) -> bool {
    if let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) {
        let pl = prev.lower();
        let subject_pronoun = |w: &str| matches!(w, "he" | "she" | "they" | "we" | "i" | "it" | "who");
        if subject_pronoun(pl) {
            return true;
        }
        // (an adverb between: "We now forecast growth of 1.3 percent")
        if i >= 2 && matches!(pl, "now" | "also" | "still" | "previously" | "initially" | "currently") && subject_pronoun(tokens[i - 2].lower()) {
            return true;
        }
        // "Traders say exporters are ...", "Some residents believe ...": a
        // plural noun and the plural present of a verb that is seldom a
        // noun.
        let plural = |t: &Token<'_>| {
            let l = t.lower();
            t.kind == TokenKind::Word && l.len() > 3 && l.ends_with('s') && !l.ends_with("ss") && !is_determiner(l) && !is_boundary(l)
        };
        let plural_subject = plural(prev);
        // (an adverb between: "Financial advisers generally warn against")
        let adverb_between = || i >= 2 && (is_manner_adverb(prev) || matches!(pl, "often" | "also" | "still" | "now" | "long" | "repeatedly" | "broadly")) && plural(&tokens[i - 2]);
        if (plural_subject || adverb_between()) && seldom_a_noun(tokens[i].lower()) && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word) {
            return true;
        }
        // "managers described targets that were impossible": a past form
        // with its object (not "the targets described in the report").
        let past_with_object = tokens[i].lower().ends_with("ed")
            && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalized() && !is_preposition(t.lower()) && !is_boundary(t.lower()) && !matches!(t.lower(), "by" | "above" | "below" | "earlier" | "here" | "there" | "so"));
        if plural_subject && past_with_object {
            return true;
        }
        // ("Syria's state news agency SANA reported minor damage", "The
        // agency reported heavy rain": a past form with its object after a
        // name or a body's kind that opens the sentence or a clause)
        let named_subject = (prev.is_capitalized() || i >= 2 && tokens[i - 2].lower() == "the" && (is_producer(pl) || is_institution(pl)))
            && phrase_before(tokens, i).is_some_and(|(s, e)| e + 1 == i && (s == 0 || tokens[s - 1].is_punct(",")));
        if named_subject && past_with_object {
            return true;
        }
        // ("People familiar with the planning say": the verb after a
        // source placed by what it knows, whatever word ends the place)
        if (i.saturating_sub(5)..i).any(|k| matches!(tokens[k].lower(), "familiar" | "close" | "briefed")) && seldom_a_noun(tokens[i].lower()) {
            return true;
        }
        if is_determiner(pl) || pl.ends_with("'s") || (prev.kind == TokenKind::Word && prev.lower().ends_with("ing")) {
            return false;
        }
    }
    match tokens.get(i + 1) {
        None => true,
        Some(next) => {
            let nl = next.lower();
            next.kind == TokenKind::Punct && matches!(next.text, "," | ":" | "“" | "\"" | "." | "—")
                || matches!(nl, "that" | "by" | "to" | "in" | "on" | "it" | "he" | "she" | "they" | "we" | "this" | "there" | "a" | "an" | "the" | "its" | "their" | "his" | "her" | "no" | "some" | "more" | "up")
                // (a pronoun as object: "Scouts describe him as quick")
                || matches!(nl, "him" | "them" | "us" | "me")
                // (a count opening what is said: "Police say 14 people died",
                // "Doctors believe about 300 were hurt")
                || matches!(tokens[i].lower(), "say" | "says" | "believe" | "think" | "fear" | "fears" | "warn" | "claim" | "confirm" | "estimate" | "suggest" | "indicate" | "argue" | "reckon" | "report")
                    && (next.kind == TokenKind::Number || matches!(nl, "about" | "around" | "nearly" | "almost" | "roughly" | "approximately" | "at" | "more" | "fewer" | "between" | "up" | "some" | "several" | "dozens" | "hundreds" | "thousands"))
                || next.is_capitalized()
                // (the time of the saying before its clause: "Halifax
                // reported last week that")
                || matches!(nl, "last" | "this" | "earlier" | "yesterday" | "today" | "overnight") && tokens[i + 2..tokens.len().min(i + 5)].iter().any(|t| t.eq_ignore_case("that"))
                // (or closing its clause after it: "the Commerce Department
                // reported last week, helped by ...", "reported yesterday.")
                || matches!(nl, "last" | "this" | "earlier" | "yesterday" | "today" | "overnight") && {
                    let n = time_of_the_saying(tokens, i);
                    n > 0 && tokens.get(i + 1 + n).is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.text, "," | "." | ";"))
                }
        }
    }
}

/// A noun-like cue needs a subject that looks like a source: a name, a
/// pronoun, or a determiner-led phrase.
fn plausible_subject(tokens: &[Token<'_>], (s, e): (usize, usize)) -> bool {
    let head = &tokens[e];
    let first = tokens[s].lower();
    is_pronoun(head.lower())
        || head.is_capitalized()
        || ends_an_address(tokens, e)
        || is_determiner(first)
        // Unnamed kinds of organisation ("Landlord groups warn"): a subject,
        // if a vague one.
        || matches!(head.lower(), "groups" | "campaigners" | "activists" | "agencies" | "charities" | "unions")
        || tokens[s..=e].iter().any(|t| t.text.ends_with("’s") || t.text.ends_with("'s") || is_producer(t.lower()))
}

/// The token at `k` ends a site's name by its address, three tokens run
/// together: "fyi" in "The tracker Layoffs.fyi counted 512 tech companies".
fn ends_an_address(tokens: &[Token<'_>], k: usize) -> bool {
    k >= 2 && tokens[k - 1].is_punct(".") && tokens[k - 2].is_capitalized() && tokens[k - 1].span.start == tokens[k - 2].span.end && tokens[k].span.start == tokens[k - 1].span.end
}

/// Does the phrase at `s` start like a source ("he", "the official", "Cha")?
fn starts_like_source(tokens: &[Token<'_>], s: usize) -> bool {
    let t = &tokens[s];
    let l = t.lower();
    // ("said another parent, Tom Bright")
    // (not a time: ", held every 14 June,")
    if matches!(l, "every" | "each") && tokens.get(s + 1).is_some_and(|n| n.kind == TokenKind::Number || MONTHS_AND_DAYS.contains(&n.lower()) || matches!(n.lower(), "year" | "week" | "month" | "day" | "time" | "morning" | "evening" | "night" | "spring" | "summer" | "autumn" | "winter")) {
        return false;
    }
    matches!(l, "he" | "she" | "they" | "we" | "i" | "another") || is_determiner(l) || t.is_capitalized()
        // a role before the name: "said co-author Professor Martin Reyes",
        // "said party spokesman John Smith", "said former world champion
        // Ken Doherty" (not a time: "held on the last Saturday of July")
        // (not a time: ", held every June,")
        || tokens[s..].iter().take(3).take_while(|t| t.kind == TokenKind::Word).any(|t| t.is_capitalized() && !MONTHS_AND_DAYS.contains(&t.lower()))
        || !is_preposition(l) && tokens[s..].iter().take(4).take_while(|t| t.kind == TokenKind::Word).any(|t| t.is_capitalized() && !MONTHS_AND_DAYS.contains(&t.lower()))
        // (a role "of" something: "said chair of trustees Graham Lister",
        // "said chief executive of Oxfam Jane Doe")
        || tokens[s..].iter().take(3).any(|t| t.lower() == "of") && tokens[s..].iter().take(5).take_while(|t| t.kind == TokenKind::Word).any(|t| t.is_capitalized())
}

/// A "not" or "never" among the auxiliaries right before the verb.
fn negated(tokens: &[Token<'_>], verb: usize) -> bool {
    let mut j = verb;
    while j > 0 && is_between(tokens[j - 1].lower()) {
        j -= 1;
        if matches!(tokens[j].lower(), "not" | "never") {
            return true;
        }
    }
    j > 0 && matches!(tokens[j - 1].lower(), "n't" | "didn't" | "hasn't" | "haven't" | "wouldn't" | "won't" | "declined")
}

/// The name that opens a sentence, after an opening phrase that ends with
/// a comma ("In his defence statement, Mr Prewitt"): its capitalised words,
/// an initial's period among them ("President George W. Bush"); none when
/// the sentence opens with anything else ("The minister").
fn opening_name(tokens: &[Token<'_>]) -> Option<(usize, usize)> {
    let first = tokens.first()?;
    let opening_phrase = is_preposition(first.lower()) || matches!(first.lower(), "on" | "at" | "after" | "during" | "by" | "under" | "since" | "before" | "following" | "despite" | "amid" | "as" | "when" | "while");
    let open = if opening_phrase { tokens.iter().position(|t| t.is_punct(","))? + 1 } else { 0 };
    let mut end = open;
    while let Some(t) = tokens.get(end) {
        let initial = t.is_punct(".") && end > open && tokens[end - 1].text.len() == 1;
        if !(t.is_word() && t.is_capitalized() || initial) {
            break;
        }
        end += 1;
    }
    // ("Some residents left early and say": an unnamed group, for the
    // vague reading)
    if tokens.get(open).is_some_and(|t| matches!(t.lower(), "some" | "many" | "most" | "several")) && tokens.get(open + 1).is_some_and(|t| t.is_word() && !t.is_capitalized() && t.lower().len() > 3 && t.lower().ends_with('s')) {
        return Some((open, open + 1));
    }
    // ("She taught at the New School and later said": a person the
    // pronoun names)
    if tokens.get(open).is_some_and(|t| matches!(t.text, "He" | "She" | "They" | "We" | "I")) {
        return Some((open, open));
    }
    // ("The Green Party's national co-leader, Carla Denby, travelled to the
    // count and said": the name in apposition to the subject)
    if tokens.get(open).is_some_and(|t| matches!(t.lower(), "the" | "a" | "an" | "its" | "his" | "her" | "their")) {
        // ("The consumer group Which? compared ... and found that": a kind
        // of body, then its name, opening the sentence)
        let kind_then_name = |k: usize| tokens[k].is_word() && tokens[k].is_capitalized() && k > open + 1 && tokens[open + 1..k].iter().all(|t| t.is_word() && !t.is_capitalized() && !is_boundary(t.lower()));
        if let Some(name) = (open + 1..tokens.len().min(open + 5)).find(|&k| kind_then_name(k)) {
            let run = tokens[name..].iter().take(4).take_while(|t| t.is_word() && t.is_capitalized()).count();
            let last = name + run - 1;
            let ends_the_subject = tokens.get(last + 1).is_none_or(|t| t.is_word() && !t.is_capitalized() || t.is_punct("?") || t.is_punct("!"));
            if ends_the_subject && tokens[open + 1..name].iter().any(|t| is_kind_of_body(t.lower())) {
                return Some((open, last));
            }
        }
        let comma = (open + 1..tokens.len().min(open + 10)).find(|&k| tokens[k].is_punct(","))?;
        let run = tokens[comma + 1..].iter().take(4).take_while(|t| t.is_word() && t.is_capitalized()).count();
        return ((2..=4).contains(&run) && tokens.get(comma + 1 + run).is_some_and(|t| t.is_punct(","))).then_some((comma + 1, comma + run));
    }
    // ("Supporters' trust chair Helen Marsh said ... but warned": a
    // plural's possessive and a title before the name)
    if end > open && tokens.get(end).is_some_and(|t| t.is_punct("'") || t.is_punct("’")) {
        let titled = (end + 1..tokens.len().min(end + 5)).find(|&k| tokens[k].is_word() && tokens[k].is_capitalized()).filter(|&k| k > end + 1 && tokens[end + 1..k].iter().all(|t| t.is_word() && !t.is_capitalized()));
        if let Some(at) = titled {
            let run = tokens[at..].iter().take_while(|t| t.is_word() && t.is_capitalized()).count();
            return Some((at, at + run - 1));
        }
    }
    let name = (end > open).then(|| (open, end - 1))?;
    let not_a_name = |t: &Token<'_>| {
        matches!(t.lower(), "this" | "that" | "these" | "those" | "it" | "but" | "and" | "all" | "some" | "many" | "most" | "both" | "each" | "several" | "one" | "few" | "no" | "there" | "here" | "if")
            || MONTHS_AND_DAYS.contains(&t.lower())
    };
    (!not_a_name(&tokens[open])).then_some(name)
}

/// A kind of body a name follows: "the consumer group Which?", "the
/// charity Shelter", "the think tank Resolution Foundation".
fn is_kind_of_body(lower: &str) -> bool {
    matches!(lower, "group" | "charity" | "company" | "firm" | "bank" | "retailer" | "watchdog" | "regulator" | "agency" | "union" | "consultancy" | "tank" | "insurer" | "lender" | "supermarket" | "chain" | "campaign" | "organisation" | "organization" | "body" | "trust" | "foundation" | "institute" | "publisher" | "broadcaster" | "network" | "platform" | "manager" | "provider" | "operator" | "developer" | "council" | "association" | "federation" | "society" | "alliance" | "confederation" | "chamber")
}

/// The source phrase before the cue at `verb`: (first, last) token indexes.
fn phrase_before(tokens: &[Token<'_>], verb: usize) -> Option<(usize, usize)> {
    let mut j = verb as isize - 1;
    while j >= 0 && (is_between(tokens[j as usize].lower()) || is_manner_adverb(&tokens[j as usize])) {
        j -= 1;
    }
    if j < 0 {
        return None;
    }
    // ("a hospital official who was not authorized to speak publicly told":
    // a restrictive clause of anonymity between the source and its verb)
    if matches!(tokens[j as usize].lower(), "publicly" | "speak" | "named" | "identified" | "record" | "media")
        && let Some(who) = (j.max(10) as usize - 10..j as usize).rev().find(|&k| tokens[k].lower() == "who").filter(|&k| k > 0 && tokens[k..=j as usize].iter().all(|t| t.kind == TokenKind::Word))
    {
        j = who as isize - 1;
    }
    // "A Eurostat report published in March 2026 found": the participle
    // phrase that dates the source is no part of its name.
    // (eight words back: "Traffic counts carried out by the council in May
    // 2026 recorded")
    let published = (j.max(8) as usize - 8..j as usize).find(|&k| {
        (is_dating_participle(tokens[k].lower()) || tokens[k].lower() == "obtained" && tokens.get(k + 1).is_some_and(|t| t.lower() == "by"))
            // ("Campaign finance reports filed with the city clerk show")
            // ("The logs, covering January 2024 to June 2026, show": the
            // period a record covers)
            && tokens.get(k + 1).is_some_and(|t| matches!(t.lower(), "in" | "on" | "last" | "this" | "earlier" | "out" | "with" | "to" | "at" | "yesterday" | "today" | "overnight" | "by") || matches!(tokens[k].lower(), "covering" | "spanning") && MONTHS_AND_DAYS.contains(&t.lower()))
            && tokens[k + 1..=j as usize].iter().all(|t| t.kind != TokenKind::Punct || t.is_punct(","))
            // (a comma only as the aside's close: not "In a report
            // published yesterday, the Transport Select Committee said",
            // whose subject follows the comma)
            && !tokens[k + 1..j as usize].iter().any(|t| t.is_punct(","))
    });
    if let Some(k) = published.filter(|&k| k > 0) {
        // ("A survey carried out by the school's parent council found",
        // "Police Scotland figures obtained by the cycling group Kirkhaven
        // on Wheels show": the agent the participle names is the source)
        let agent = match (tokens.get(k + 1).map(Token::lower), tokens.get(k + 2).map(Token::lower)) {
            (Some("by"), _) => Some(k + 2),
            (Some("out"), Some("by")) => Some(k + 3),
            _ => None,
        };
        if let Some(a) = agent.filter(|&a| a <= j as usize && tokens[a..=j as usize].iter().all(|t| t.kind == TokenKind::Word || t.is_punct("'") || t.is_punct("’"))) {
            return Some((a, j as usize));
        }
        j = k as isize - 1;
        // ("The agency's weekly report, published yesterday, shows": the
        // aside's opening comma)
        if tokens[j as usize].is_punct(",") && j > 0 {
            j -= 1;
        }
    }
    // "Halvorsen's 10-K filing for last year shows", "The company's accounts
    // for the year to March 2026 show": the period a document covers.
    let period_word = |t: &Token<'_>| {
        t.kind == TokenKind::Number
            || t.is_capitalized() && MONTHS_AND_DAYS.contains(&t.lower())
            || matches!(t.lower(), "last" | "this" | "the" | "year" | "years" | "quarter" | "month" | "months" | "to" | "ending" | "ended" | "financial" | "fiscal" | "first" | "second" | "third" | "fourth" | "half" | "-")
    };
    let period = (j.max(7) as usize - 7..j as usize).find(|&k| tokens[k].lower() == "for" && tokens[k + 1..=j as usize].iter().all(period_word));
    if let Some(k) = period.filter(|&k| k > 0) {
        j = k as isize - 1;
    }
    let mut end = j as usize;
    // A bracketed alias between the source and its verb: "The World Health
    // Organisation (WHO) recommends".
    end = before_alias(tokens, end)?;
    // Appositive: "A ... official, speaking anonymously, told"; a longer
    // one only when it opens as a relative or participle clause ("One
    // official, who spoke on condition of anonymity because ..., said").
    if tokens[end].is_punct(",") {
        let comma2 = (end.saturating_sub(12)..end).rev().find(|&k| tokens[k].is_punct(",")).or_else(|| {
            // (or a description of the name just before it: "Cinema United,
            // the trade group formerly known as the National Association of
            // Theatre Owners, said")
            (end.saturating_sub(24)..end.saturating_sub(12)).rev().find(|&k| {
                tokens[k].is_punct(",")
                    // ("Mining company Cerro Verde, which operates one of the
                    // world's largest copper mines 30 kilometres from
                    // Arequipa, said": a body's)
                    // (or who made a document: "The State of Britain's
                    // Hedgehogs 2026 report, produced by the British Hedgehog
                    // Preservation Society and the People's Trust for
                    // Endangered Species, found")
                    && tokens.get(k + 1).is_some_and(|t| matches!(t.lower(), "who" | "whose" | "speaking" | "citing" | "produced" | "published" | "commissioned" | "compiled" | "conducted" | "funded" | "written") || matches!(t.lower(), "the" | "a" | "an" | "which") && k > 0 && tokens[k - 1].is_capitalized()
                        // (a second relative clause: "A corrections officer
                        // who has worked at the jail for 11 years, and who
                        // spoke on condition of anonymity ..., said")
                        || t.lower() == "and" && tokens.get(k + 2).is_some_and(|w| w.lower() == "who"))
                    // (an amount's sign inside it: "FibreNorth, which won a
                    // £46 million contract under ... in 2023, told")
                    && tokens[k + 1..end].iter().all(|t| t.kind != TokenKind::Punct || matches!(t.text, "-" | "(" | ")" | "'" | "’" | "£" | "$" | "€" | "%"))
            })
        })?;
        if comma2 == 0 {
            return None;
        }
        // ("Penrose's chief people officer, Mark Tillett, said": the aside
        // is the name of whom the phrase before it describes)
        let aside = &tokens[comma2 + 1..end];
        if (2..=4).contains(&aside.len()) && aside.iter().all(|t| t.is_capitalized() && !MONTHS_AND_DAYS.contains(&t.lower())) {
            return Some((comma2 + 1, end - 1));
        }
        end = comma2 - 1;
        // ("A pharmacist in Columbus, Ohio, who spoke on condition of
        // anonymity, said": a place and its state or country, the source
        // before them)
        if end >= 3 && tokens[end].is_capitalized() && tokens[end - 1].is_punct(",") && tokens[end - 2].is_capitalized() && (end.saturating_sub(5)..end - 2).any(|k| matches!(tokens[k].lower(), "in" | "from" | "of")) {
            end -= 2;
        }
        // ("Nadia Perrin, 52, a Socialist member of the cantonal
        // parliament, told": an age between the name and its aside)
        if tokens[end].kind == TokenKind::Number && tokens[end].text.len() <= 3 && end >= 2 && tokens[end - 1].is_punct(",") {
            end -= 2;
        }
        // (the name before the aside may have its alias: "The Office for
        // Budget Responsibility (OBR), the government's independent
        // forecaster, estimated")
        end = before_alias(tokens, end)?;
    }
    // ("Pacific Gas and Electric Co. said": a company's abbreviation keeps
    // its period)
    if tokens[end].is_punct(".")
        && end > 0
        && tokens[end - 1].span.end == tokens[end].span.start
        && matches!(tokens[end - 1].text, "Co" | "Corp" | "Inc" | "Ltd" | "Bros" | "Jr" | "Sr" | "Plc" | "Cos" | "Assn" | "Dept")
    {
        end -= 1;
    }
    // ("The consumer group Which? found that", "Yahoo! said": a name's own
    // mark, glued to it)
    if (tokens[end].is_punct("?") || tokens[end].is_punct("!")) && end > 0 && tokens[end - 1].span.end == tokens[end].span.start && tokens[end - 1].is_capitalized() {
        end -= 1;
    }
    if tokens[end].kind != TokenKind::Word {
        return None;
    }
    // ("Jobs welcomed everyone to the event and announced that", "In his
    // defence statement, Mr Prewitt accepts that some loans were improperly
    // approved but says": a verb joined to the clause's own, whose subject
    // is the name opening the sentence, after an opening phrase)
    if matches!(tokens[end].lower(), "but" | "and" | "or" | "yet") {
        return opening_name(&tokens[..end]);
    }
    let mut start = end;
    let mut words = 1;
    while start > 0 {
        let prev = &tokens[start - 1];
        // "A YouGov poll of 2,000 adults put ...": the size of a sample
        // inside the phrase.
        let sample_size = prev.kind == TokenKind::Number && start >= 3 && tokens[start - 2].lower() == "of" && tokens[start - 3].kind == TokenKind::Word;
        // "One member of the 2024 intake said": a year inside the phrase.
        let year_inside = prev.kind == TokenKind::Number && prev.text.len() == 4 && prev.text.starts_with(['1', '2']) && start >= 2 && tokens[start - 2].kind == TokenKind::Word;
        // "One 18-year-old student": a number glued to the hyphenated
        // word after it.
        let glued_age = prev.is_punct("-") && prev.span.end == tokens[start].span.start && start >= 2 && tokens[start - 2].kind == TokenKind::Number && tokens[start - 2].span.end == prev.span.start;
        if glued_age && words + 1 < 8 {
            start -= 2;
            words += 1;
            continue;
        }
        if (sample_size || year_inside) && words + 1 < 8 {
            start -= 1;
            words += 1;
            continue;
        }
        // ("Her report found that 40% of prisoners said": a share of a
        // group, its number and sign opening the phrase)
        if prev.is_punct("%") && tokens[start].eq_ignore_case("of") && start >= 2 && tokens[start - 2].kind == TokenKind::Number && tokens[start - 2].span.end == prev.span.start && words + 2 < 8 {
            start -= 2;
            words += 2;
            continue;
        }
        // ("An officer with more than 15 years' service", "a nurse of 30
        // years' standing": the length of a career inside the phrase, its
        // plural's apostrophe and its count)
        if (prev.is_punct("'") || prev.is_punct("’")) && start >= 3 && tokens[start - 2].span.end == prev.span.start && matches!(tokens[start - 2].lower(), "years" | "months" | "decades" | "weeks") && (tokens[start - 3].kind == TokenKind::Number || super::figures::number_word(tokens[start - 3].lower()).is_some()) && words + 3 < 12 {
            let mut count = start - 3;
            if count >= 2 && tokens[count - 1].eq_ignore_case("than") && matches!(tokens[count - 2].lower(), "more" | "less" | "fewer") {
                count -= 2;
            } else if count >= 1 && matches!(tokens[count - 1].lower(), "over" | "nearly" | "almost" | "about" | "around" | "some") {
                count -= 1;
            }
            words += start - count - 1;
            start = count;
            continue;
        }
        // "Studies in mice have shown", "Officials in Kyiv said": a short
        // subject opening the sentence, its kind or place after "in".
        // (two kinds of people joined: "Nurses and porters on late shifts
        // say")
        let joins_kinds = |k: usize| tokens[k].lower() == "and" && k > 0 && [k - 1, k + 1].iter().all(|&n| tokens.get(n).is_some_and(|t| t.lower().ends_with('s') && !t.lower().ends_with("ss")));
        let opening_complement = matches!(prev.lower(), "in" | "on") && (2..=9).contains(&start) && tokens[..start - 1].iter().enumerate().all(|(k, t)| t.kind == TokenKind::Word && (!is_boundary(t.lower()) || joins_kinds(k)) && !is_pronoun(t.lower()));
        // (up to a dozen words: "A senior nurse at a large teaching hospital
        // in the Midlands said")
        if opening_complement && words + start < 12 {
            start = 0;
            break;
        }
        // ("The phones were down, one man in Alford said": a person
        // described after a comma, the place after "in")
        if matches!(prev.lower(), "in" | "from" | "at")
            && start >= 2
            // (the comma at most four words back: a scan bounded per verb)
            && let Some(opens) = (start.saturating_sub(6)..start - 1).rev().find(|&k| tokens[k].kind == TokenKind::Punct).map(|k| k + 1)
            && (2..=4).contains(&(start - 1 - opens))
            && matches!(tokens[opens].lower(), "one" | "a" | "an" | "another")
            && tokens[opens + 1..start - 1].iter().all(|t| t.kind == TokenKind::Word && !t.is_capitalized() && !is_boundary(t.lower()))
            && words + (start - opens) < 12
        {
            start = opens;
            break;
        }
        // "three current and former managers": one group, two ways
        let current_and_former = prev.lower() == "and" && start >= 2 && matches!((tokens[start - 2].lower(), tokens[start].lower()), ("current", "former") | ("former", "current"));
        if current_and_former && words + 2 < 8 {
            start -= 2;
            words += 2;
            continue;
        }
        // ("A senior official at the Department of Health and Social Care":
        // "and" inside a name; a phrase with a long name may run to twelve
        // words)
        let and_in_a_name = matches!(prev.lower(), "and" | "&") && start >= 2 && tokens[start].is_capitalized() && tokens[start - 2].is_capitalized() && !tokens[start - 2].text.ends_with('s');
        // ("Officials at the Department for Work and Pensions", "the Office
        // for National Statistics": "for" inside a name, not at its start)
        let for_in_a_name = prev.lower() == "for" && start >= 3 && tokens[start].is_capitalized() && tokens[start - 2].is_capitalized() && !MONTHS_AND_DAYS.contains(&tokens[start - 2].lower());
        // ("The minutes of that meeting showed": "that" a determiner after "of")
        let that_after_of = prev.lower() == "that" && start >= 2 && tokens[start - 2].lower() == "of" && tokens[start].is_word() && !tokens[start].is_capitalized();
        if (and_in_a_name || for_in_a_name || that_after_of) && words + 1 < 12 {
            start -= 1;
            words += 1;
            continue;
        }
        let long_name = || tokens[start..=end].iter().filter(|t| t.is_capitalized()).count() >= 3;
        if prev.kind != TokenKind::Word || is_boundary(prev.lower()) || words >= 12 || words >= 8 && !long_name() {
            break;
        }
        // ("On Monday officials said": the day the clause is told on)
        if WEEKDAYS.contains(&prev.lower()) {
            break;
        }
        // ("Currently the bank projects": an adverb opening the sentence
        // before its subject)
        if start == 1 && matches!(prev.lower(), "currently" | "now" | "meanwhile" | "separately" | "today" | "yesterday" | "still" | "however" | "so" | "then") {
            break;
        }
        // A lowercase word before a capitalized run that is not a determiner
        // or adjective-like modifier usually belongs to the clause before.
        start -= 1;
        words += 1;
        // ("She listed some of the payments the prosecution says were
        // made": a plural noun right before a determiner ends the clause
        // the reduced relative clause hangs on)
        if prev.lower() == "the" && start >= 2 && ends_a_noun_phrase_before_a_relative(&tokens[start - 1]) && matches!(tokens[start - 2].lower(), "the" | "these" | "those" | "some" | "many" | "all" | "its" | "their" | "his" | "her" | "our" | "other" | "several") {
            break;
        }
    }
    // "One banker advising on the deal said": a participle's phrase after
    // the subject is no subject; the subject opens the sentence.
    if start >= 3
        && is_boundary(tokens[start - 1].lower())
        && tokens[start - 2].lower().ends_with("ing")
        && !tokens[start - 2].is_capitalized()
        && start - 2 <= 4
        && tokens[..start - 2].iter().all(|t| t.kind == TokenKind::Word && !is_boundary(t.lower()) && !is_between(t.lower()))
    {
        return Some((0, end));
    }
    // "One person who has spoken to several committee members said": a
    // short subject opening the sentence with its relative clause, whose
    // object is no subject.
    // (a count inside the clause: "who has worked at the jail for 11 years")
    // (a longer clause when it tells the anonymity and its reason: "A
    // deputy who spoke on condition of anonymity because he was not
    // authorized to speak to reporters said")
    let tells_anonymity = || tokens[start.saturating_sub(20)..start].iter().any(|t| matches!(t.lower(), "anonymity" | "anonymously" | "authorized" | "authorised"));
    let reach = if start > 8 && tells_anonymity() { 20 } else { 8 };
    if start >= 3
        && let Some(who) = (start.saturating_sub(reach)..start).find(|&k| tokens[k].lower() == "who")
        && (1..=4).contains(&who)
        && tokens[..who].iter().all(|t| t.kind == TokenKind::Word && !is_boundary(t.lower()) && !is_pronoun(t.lower()))
        && tokens[who + 1..start].iter().all(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number)
    {
        return Some((0, end));
    }
    // "Sources close to the club say": the source is who is close.
    if start >= 3 && tokens[start - 1].lower() == "to" && tokens[start - 2].lower() == "close" && tokens[start - 3].kind == TokenKind::Word && !is_boundary(tokens[start - 3].lower()) {
        start -= 3;
        while start > 0 && tokens[start - 1].kind == TokenKind::Word && !is_boundary(tokens[start - 1].lower()) && end - start < 8 {
            start -= 1;
        }
    }
    // ("a project officials say is needed": an article and its singular
    // noun before a plural head open a relative clause whose subject is
    // the head alone)
    if end == start + 2
        && matches!(tokens[start].lower(), "a" | "an")
        && !matches!(tokens[end - 1].lower(), "couple" | "few" | "number" | "handful" | "group" | "lot" | "dozen" | "panel" | "team" | "pair" | "host" | "range" | "series" | "body" | "coalition")
        && tokens[end].kind == TokenKind::Word
        && !tokens[end].is_capitalized()
        && tokens[end].lower().ends_with('s')
        && !tokens[end].lower().ends_with("ss")
        && tokens[end - 1].kind == TokenKind::Word
        && !tokens[end - 1].is_capitalized()
        && !tokens[end - 1].lower().ends_with('s')
        && !tokens[end - 1].lower().ends_with("ed")
        && !tokens[end - 1].lower().ends_with("al")
        && (is_kind_of_people(tokens[end].lower()) || matches!(tokens[end].lower(), "officials" | "sources" | "people" | "experts" | "critics" | "analysts" | "campaigners" | "residents"))
    {
        return Some((end, end));
    }
    Some((start, end))
}

/// A plural noun in lower case ("payments", "figures"), not a
/// preposition that ends in "s" ("across"); asked after a determiner,
/// which a verb ("ignores") does not follow.
fn ends_a_noun_phrase_before_a_relative(t: &Token<'_>) -> bool {
    let lower = t.lower();
    t.kind == TokenKind::Word
        && !t.is_capitalized()
        && lower.len() > 4
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !matches!(lower, "across" | "towards" | "besides" | "versus" | "whereas" | "unless" | "always" | "perhaps" | "afterwards" | "nevertheless" | "regardless")
}

/// The token before a bracketed alias ending at `end` ("The World Health
/// Organisation (WHO)"): `end` itself when it closes no bracket, `None`
/// when the brackets hold more than a few words.
fn before_alias(tokens: &[Token<'_>], end: usize) -> Option<usize> {
    if !tokens[end].is_punct(")") {
        return Some(end);
    }
    let open = (end.saturating_sub(6)..end).rev().find(|&k| tokens[k].is_punct("("))?;
    if open == 0 || !tokens[open + 1..end].iter().all(|t| t.kind == TokenKind::Word) {
        return None;
    }
    Some(open - 1)
}

/// "Research consistently shows": an adverb of manner between a subject
/// and its verb is no part of the subject (by its ending; "family",
/// "assembly", "ally" and "rally" end otherwise or are listed).
fn is_manner_adverb(t: &Token<'_>) -> bool {
    const ENDINGS: [&str; 12] = ["ally", "ently", "antly", "ously", "ively", "ately", "ibly", "ably", "edly", "stly", "ghly", "arly"];
    let l = t.lower();
    t.kind == TokenKind::Word && !t.is_capitalized() && l.len() > 5 && ENDINGS.iter().any(|e| l.ends_with(e)) && !matches!(l, "rally" | "tally" | "ally" | "assembly" | "scholarly")
}

/// The source phrase after a cue, starting at token `from`.
fn phrase_after(tokens: &[Token<'_>], from: usize) -> Option<(usize, usize)> {
    let first = tokens.get(from)?;
    if first.kind != TokenKind::Word {
        return None;
    }
    let mut end = from;
    while end + 1 < tokens.len() && end + 1 - from < 10 {
        let next = &tokens[end + 1];
        // (the "to" of "close to": "according to people close to the
        // talks" is one phrase)
        let close_to = next.lower() == "to" && tokens[end].lower() == "close";
        if next.kind != TokenKind::Word || (is_boundary(next.lower()) && !is_preposition(next.lower()) && !close_to) {
            break;
        }
        end += 1;
    }
    Some((from, end))
}

word_list! {
    /// Words that describe evidence without saying whose it is: "Official
    /// figures", "New data", "Recent studies" (at a sentence's start, where a
    /// name is capitalised as well, they are told apart by this list).
    fn is_generic_modifier = [
        "official", "new", "recent", "latest", "provisional", "preliminary", "early", "initial", "final", "available", "current", "previous", "internal", "public",
        "private", "independent", "separate", "other", "further", "similar", "more", "some", "many", "most", "several", "few", "national", "local", "regional",
        "global", "international", "annual", "monthly", "weekly", "quarterly", "unpublished", "published", "leaked", "confidential", "scientific", "medical",
        "economic", "historical", "anecdotal", "limited", "growing", "mounting", "emerging", "existing", "past", "earlier", "two", "three", "both", "all", "such",
        "these", "those", "our", "their", "its", "industry", "market", "trade", "survey", "polling", "opinion", "clinical", "academic",
    ];
}

word_list! {
    /// People described by their role, for [`classify`]'s "one banker".
    pub(crate) fn is_person_noun = [
        "banker", "student", "teacher", "doctor", "nurse", "resident", "parent", "pupil", "lawyer", "manager", "executive", "trader", "investor",
        "farmer", "driver", "passenger", "shopper", "voter", "soldier", "guard", "witness", "neighbour", "neighbor", "owner", "landlord", "tenant",
        "patient", "customer", "activist", "campaigner", "protester", "supporter", "fan", "player", "coach", "consultant", "contractor",
        "volunteer", "survivor", "relative", "colleague", "analyst", "economist", "researcher", "scientist", "academic", "businessman",
        "businesswoman", "shopkeeper", "pilot", "firefighter", "paramedic", "councillor", "mp", "minister", "diplomat", "commander", "fighter",
        "villager", "local", "man", "woman", "mother", "father", "headteacher", "lecturer", "partner", "director",
        "installer", "organiser", "organizer", "builder", "carer", "surgeon", "midwife", "pharmacist", "constable", "steward", "clerk",
        "dancer", "performer", "musician", "singer", "actor", "rider", "runner", "worker", "boss", "officer", "engineer", "friend",
    ];
}

/// "half of 16 to 18-year-olds", "62% of voters", "a third of them": a
/// source phrase that is a share of a group, "of" right before it (or
/// before the range it opens with) or inside it.
fn share_of_a_group(tokens: &[Token<'_>], (s, e): (usize, usize)) -> bool {
    let share_of = |k: usize| k >= 1 && tokens[k].eq_ignore_case("of") && (is_share_word(tokens[k - 1].lower()) || tokens[k - 1].is_punct("%"));
    let mut k = s;
    if k >= 2 && tokens[k - 1].eq_ignore_case("to") && tokens[k - 2].kind == TokenKind::Number {
        k -= 2;
    }
    (k >= 1 && share_of(k - 1)) || (s + 1..=e).any(share_of)
}

/// A share of a group: "half of", "a third of", "the majority of" (the
/// parts [`super::figures::shares`] knows, and a few more).
fn is_share_word(word: &str) -> bool {
    super::figures::PARTS.contains(&word) || matches!(word, "majority" | "minority" | "proportion" | "percent" | "cent")
}

/// Classify a source phrase.
/// "Opponents, led by the Michigan Municipal League,": a group its named
/// leader identifies.
fn led_by_a_name(tokens: &[Token<'_>]) -> bool {
    tokens.windows(3).enumerate().any(|(k, w)| {
        // ("A previous review, carried out by John Cridland in 2017,
        // recommended": a document's author named)
        matches!(w[0].lower(), "led" | "headed" | "represented" | "organised" | "organized" | "out" | "conducted" | "written" | "commissioned" | "compiled" | "authored" | "chaired")
            && w[1].lower() == "by"
            && (w[2].is_capitalized() || w[2].lower() == "the" && tokens.get(k + 3).is_some_and(Token::is_capitalized))
            // ("Opponents of the scheme, including the Campaign for Better
            // Transport, have argued")
            || w[0].lower() == "including" && (w[1].is_capitalized() || w[1].lower() == "the" && w[2].is_capitalized())
    })
}

fn classify(text: &str, tokens: &[Token<'_>], (s, e): (usize, usize), lexicon: &Lexicon, anonymous_seen: AnonymousSeen, sentence: Span) -> SourceKind {
    // "A number of large employers", "a handful of economists", "dozens
    // of officials": the quantity is not the source; the group after it
    // is, and an unnamed share of a group is nobody in particular.
    let after_quantity = match (tokens[s].lower(), tokens.get(s + 1).map_or("", |t| t.lower()), tokens.get(s + 2).map_or("", |t| t.lower())) {
        ("a", "number" | "handful" | "few" | "couple" | "majority" | "minority" | "host" | "raft" | "string", "of") => Some(s + 3),
        ("dozens" | "hundreds" | "scores" | "thousands" | "several", "of", _) => Some(s + 2),
        _ => None,
    };
    if let Some(group) = after_quantity.filter(|&g| g <= e) {
        // (a share of a group is never a source referred to again)
        let kind = classify(text, tokens, (group, e), lexicon, AnonymousSeen::default(), sentence);
        let named = tokens[group..=e].iter().any(|t| t.is_capitalized() || t.text.ends_with("’s") || t.text.ends_with("'s"));
        return if kind == SourceKind::Identifiable && !named { SourceKind::Vague } else { kind };
    }
    // ("Ministry of Justice sources said": sources of a body whose name
    // holds "of", unnamed, as "Labour sources" are)
    if e > s + 1 && tokens[e].lower() == "sources" && tokens[s].is_capitalized() && tokens[s..e].iter().all(|t| t.is_capitalized() || matches!(t.lower(), "of" | "for" | "and" | "&")) && tokens[s..e].iter().any(|t| matches!(t.lower(), "of" | "for")) {
        return SourceKind::Anonymous;
    }
    // ("A woman who claimed more than £86,000 in benefits": the subject of
    // a relative clause whose verb took the cue's place, no speaker)
    if e > s && tokens[e].lower() == "who" {
        return SourceKind::Identifiable;
    }
    let phrase = &tokens[s..=e];
    let span = phrase[0].span.cover(phrase[phrase.len() - 1].span);
    // (a phrase that starts inside a name: "An Irish Times/Ipsos B&A poll",
    // whose "A" is no article)
    if s > 0 && tokens[s - 1].text == "&" && tokens[s - 1].span.end == tokens[s].span.start {
        return SourceKind::Identifiable;
    }
    if led_by_a_name(phrase) {
        return SourceKind::Identifiable;
    }
    // Lowercased only when the house trusts some sources (none by default).
    if !lexicon.trusted_sources.is_empty() {
        let phrase_text = text[span.range()].to_lowercase();
        if lexicon.trusted_sources.iter().any(|t| phrase_text.contains(&t.to_lowercase())) {
            return SourceKind::Identifiable;
        }
    }
    // The core noun phrase ends before the first preposition.
    // (or before a participle: "One banker advising on the deal")
    let participle = |t: &Token<'_>| {
        let l = t.lower();
        l.len() > 5 && l.ends_with("ing") && !t.is_capitalized() && !matches!(l, "polling" | "modelling" | "modeling" | "testing" | "briefing" | "filing" | "ruling" | "meeting" | "hearing" | "reporting" | "finding" | "funding" | "building" | "housing" | "training" | "spending" | "lending" | "banking" | "planning" | "policing" | "nursing")
    };
    // (a participle before its own complement, not a modifier before a
    // noun: "Several farming groups")
    let participle_phrase = |k: usize| participle(&tokens[k]) && tokens.get(k + 1).is_none_or(|n| k == e || is_boundary(n.lower()) || is_preposition(n.lower()) || is_determiner(n.lower()));
    // (or before a relative clause: "A firefighter who was among the first
    // at the scene")
    let core_end = (s + 1..=e).find(|&k| is_preposition(tokens[k].lower()) || participle_phrase(k) || matches!(tokens[k].lower(), "who" | "whose")).map_or(e, |k| k - 1);
    let head = &tokens[core_end];
    let head_lower = head.lower();
    let head_is_first_word = head.span.start == sentence.start || (core_end == s && is_sentence_start(text, sentence, head.span));
    if is_pronoun(head_lower) {
        return SourceKind::Identifiable;
    }
    let first_lower = tokens[s].lower();
    // "Some Labour MPs believe", "Several Tory backbenchers say": an
    // unnamed share of a body's members (the head may be capitalised).
    let quantifier = matches!(first_lower, "some" | "many" | "most" | "several" | "various" | "numerous");
    let share_of_members = quantifier
        && core_end > s
        && head_lower != "people"
        && (lexicon.anonymous_sources.contains(head_lower) || matches!(head_lower, "mps" | "meps" | "msps" | "peers" | "ministers" | "councillors" | "backbenchers" | "senators" | "lawmakers" | "legislators" | "members" | "delegates"))
        && !tokens[core_end + 1..=e].iter().any(|t| t.is_capitalized())
        // (not insiders of nothing named: "Some insiders believe", below)
        && !(head_lower == "insiders" && core_end == s + 1);
    // "three current and former managers": people who worked there, unnamed.
    let former_insiders = tokens[s..core_end].windows(3).any(|w| matches!((w[0].lower(), w[1].lower(), w[2].lower()), ("current", "and", "former") | ("former", "and", "current")));
    if share_of_members || former_insiders && !tokens[s..=e].iter().any(|t| t.is_capitalized() && t.span.start != sentence.start) {
        return SourceKind::Anonymous;
    }
    // (asked at most once: the capitalised head's reading returns either way)
    let marked_anonymous = || !find_phrases_within(&lexicon.anonymity_matcher, text, span.start, (span.end + 60).min(sentence.end).max(span.end), tokens).is_empty();
    // (members of a parliament by its letters name no one: "Tory MPs say")
    if head.is_capitalized() && !head_is_first_word && !matches!(head_lower, "mps" | "meps" | "msps") {
        // ("A senior Liberal Democrat, speaking on condition of anonymity,
        // said": one member of a named party, unnamed)
        if matches!(first_lower, "a" | "an" | "one") && marked_anonymous() {
            return SourceKind::Anonymous;
        }
        return SourceKind::Identifiable;
    }
    // "The head of one secondary school", "the owner of a nearby café":
    // one person placed by an unnamed body or place, met for the first time
    // though "the" opens the phrase.
    let of_an_unnamed_one = tokens.get(core_end + 1).is_some_and(|t| t.eq_ignore_case("of")) && tokens.get(core_end + 2).is_some_and(|t| matches!(t.lower(), "one" | "a" | "an" | "another"));
    let definite = !of_an_unnamed_one && (is_definite(first_lower) || tokens[s..core_end].iter().any(|t| t.eq_ignore_case("same")));
    let anonymity_marked = marked_anonymous();
    // "A person close to Hale's family", "two people close to Smith": a
    // person's circle, named by whom they are close to, unnamed themselves
    // (the anonymity phrases hold "close to the", "close to her" and titles;
    // a name after "close to" is read here)
    // ("close" ends the core as a preposition does)
    let close_to_someone = matches!(head_lower, "person" | "people" | "source" | "sources" | "someone" | "insider" | "insiders" | "friend" | "friends")
        && tokens.get(core_end + 1).is_some_and(|t| t.eq_ignore_case("close"))
        && tokens.get(core_end + 2).is_some_and(|t| t.eq_ignore_case("to"));
    if close_to_someone && !named_in_apposition(tokens, e) {
        return if definite { SourceKind::AnonymousRepeat } else { SourceKind::Anonymous };
    }
    // "One senior NHS figure", "senior Labour figures": a person of rank,
    // not a number ("figures" alone is data)
    let figure_of_rank = matches!(head_lower, "figure" | "figures") && tokens[s..core_end].iter().any(|t| matches!(t.lower(), "senior" | "leading" | "prominent"));
    // (a place named after people who are known only by where they live
    // does not name them: "Residents living near the Millbridge works say",
    // "Villagers in Hollins Green said")
    let known_by_where_they_live = matches!(head_lower, "residents" | "locals" | "villagers" | "neighbours" | "neighbors" | "householders" | "homeowners" | "tenants");
    let has_named_complement = !known_by_where_they_live && names_a_body_they_belong_to(tokens, core_end + 1, e, core_end < e && participle_phrase(core_end + 1));
    // "People say", "people claim that": nobody in particular.
    if head_lower == "people" && s == e && !anonymity_marked {
        return SourceKind::Vague;
    }
    // "One of them, who was not authorized to speak, said": one of people
    // the story has already brought in, not a new source.
    let one_of_those_before = core_end == s
        && matches!(first_lower, "one" | "two" | "three" | "some" | "each" | "both" | "another")
        && tokens.get(s + 1).is_some_and(|t| t.eq_ignore_case("of"))
        && tokens.get(s + 2).is_some_and(|t| matches!(t.lower(), "them" | "those" | "these" | "us"));
    if one_of_those_before {
        return SourceKind::AnonymousRepeat;
    }
    if lexicon.anonymous_sources.contains(head_lower) || anonymity_marked {
        // (bare "sources said", "Sources in Seoul say"; "Sources inside the
        // team say", "Sources close to the club say" are placed in a body)
        if head_lower == "sources" && core_end == s && (e == s || !places_in_a_body(tokens[s + 1].lower())) {
            return SourceKind::Vague;
        }
        // (so are insiders of nothing named, however many: "Some insiders
        // believe", "Insiders say"; not "Kremlin insiders", "insiders at
        // the club")
        if head_lower == "insiders" && !anonymity_marked && tokens[s..core_end].iter().all(|t| matches!(t.lower(), "some" | "many" | "several" | "most" | "various" | "numerous")) && !tokens.get(core_end + 1).is_some_and(|t| places_in_a_body(t.lower())) {
            return SourceKind::Vague;
        }
        if definite {
            return SourceKind::AnonymousRepeat;
        }
        // (not ones placed in a named body, a group of their own: "Officials
        // at the Department for Work and Pensions said")
        // (nor sources placed by what they are close to or inside, a group
        // told apart: "Sources close to the board say")
        if (head_lower == "officials" || head_lower == "sources") && core_end == s && anonymous_seen.any && !has_named_complement && !(head_lower == "sources" && e > s && places_in_a_body(tokens[s + 1].lower())) {
            return SourceKind::AnonymousRepeat;
        }
        // ("Coastguard officials said" after "coastguard officials said";
        // not ones introduced as speaking anonymously: "Two Fed officials,
        // speaking on condition of anonymity," after "Fed officials expect")
        if core_end > s && !anonymity_marked && anonymous_seen.has(tokens, (s, core_end)) {
            return SourceKind::AnonymousRepeat;
        }
        // (but one employee, unnamed, is an anonymous source: "An employee
        // said", "One employee said")
        // ("One person who has spoken to several committee members said")
        let one_unnamed = matches!(first_lower, "a" | "an" | "one" | "another") && matches!(head_lower, "employee" | "person");
        if matches!(head_lower, "people" | "person" | "individuals" | "individual" | "employees" | "employee") && !anonymity_marked && !one_unnamed {
            // ("Some people claim that ...": nobody in particular, as
            // "people say" is)
            if quantifier && head_lower == "people" && core_end == s + 1 {
                return SourceKind::Vague;
            }
            return SourceKind::Identifiable;
        }
        // (a title named in apposition is no anonymous source: "said
        // Northwind's chief operating officer, Helen Marsh")
        if named_in_apposition(tokens, e) {
            return SourceKind::Identifiable;
        }
        return SourceKind::Anonymous;
    }
    // "One banker said", "A student at the college said": one person
    // described, not named.
    // (opening its clause: "unless a doctor has told you to" is anyone)
    // (or after its verb: "said one dancer after the performance")
    let one_described = (s == 0 || tokens[s - 1].kind == TokenKind::Punct || matches!(tokens[s - 1].lower(), "said" | "says" | "added" | "adds" | "explained" | "recalled" | "admitted" | "complained"))
        && (matches!(first_lower, "a" | "an" | "one" | "another") || first_lower == "the" && of_an_unnamed_one)
        && (is_person_noun(head_lower) || head_lower == "figure" && figure_of_rank || of_an_unnamed_one && matches!(head_lower, "head" | "chair" | "founder" | "principal"))
        // (an affiliation or a place does not name them: "a Green Party
        // organiser", "One installer in the West Midlands"; whom they act
        // for on the record does: "a lawyer for the Smith family", and so
        // does an owner: "a minister's adviser")
        && !tokens.get(core_end + 1).is_some_and(|t| t.eq_ignore_case("for"))
        && !tokens[s + 1..=e].iter().any(|t| t.text.ends_with("’s") || t.text.ends_with("'s"))
        // (a name in apposition names them: "An aerospace analyst, Richard
        // Aboulafia, said", "Another passenger, student Megan Rhys, 19,
        // said"; not a place: "A passenger from Leeds")
        && !named_in_apposition(tokens, e);
    if one_described {
        return SourceKind::Anonymous;
    }
    // ("Senior Labour figures said": unnamed members of rank, as "Labour
    // sources" are; not "The party's senior figures")
    if head_lower == "figures" && figure_of_rank && !definite && !tokens[s..core_end].iter().any(|t| t.text.ends_with("’s") || t.text.ends_with("'s") || matches!(t.lower(), "its" | "their" | "his" | "her")) {
        return if !anonymity_marked && anonymous_seen.has(tokens, (s, core_end)) { SourceKind::AnonymousRepeat } else { SourceKind::Anonymous };
    }
    // "census figures", "police data": the body that produced them.
    let producer_named = tokens[s..core_end].iter().any(|t| is_producer(t.lower()));
    // "figures from the health ministry": the body that produced them, after.
    // ("figures in the report": the document the story has named, as "the
    // report" alone is)
    let producer_after = tokens.get(core_end + 1).is_some_and(|t| matches!(t.lower(), "from" | "by" | "of" | "in"))
        && tokens.get(core_end + 2).is_some_and(|t| t.eq_ignore_case("the"))
        && tokens[(core_end + 3).min(e + 1)..=e].iter().any(|t| is_producer(t.lower()) || is_institution(t.lower()) || is_evidence_noun(t.lower()) && !is_person_noun(t.lower()));
    // A capital opening the sentence names the owner unless it is a word
    // that describes data rather than owns it ("Official figures show").
    // (only before data: "Landlord groups warn" has no owner)
    let of_data = matches!(head_lower, "figures" | "data" | "statistics" | "numbers" | "estimates" | "polls" | "surveys" | "studies" | "reports" | "research" | "evidence");
    let names_owner = |t: &Token<'_>| t.is_capitalized() && (t.span.start != sentence.start || of_data && !is_generic_modifier(t.lower()));
    // "Union leaders said", "Company executives said": the people who run
    // the one body of its kind the story is about, unnamed but placed in it,
    // as "U.S. officials" are; "Hospital leaders say", "Health bosses
    // warn": those who run many, nobody in particular (not "The
    // hospital's managers", nor "its leaders")
    // (plain words before the head, none a determiner or a possessive,
    // and no name after it: "Union leaders", "City engineers")
    let plainly_of_a_kind = || {
        core_end > s && !definite && !has_named_complement && tokens[s..core_end].iter().all(|t| t.is_word() && !t.text.ends_with("’s") && !t.text.ends_with("'s") && !is_determiner(t.lower()))
    };
    let runs_a_kind_of_body = matches!(head_lower, "leaders" | "executives" | "managers" | "bosses" | "chiefs") && plainly_of_a_kind();
    // ("City engineers said", "council planners said": the staff of the
    // one body the story is about, unnamed, as "U.S. officials" are)
    let staff_of_the_body = matches!(head_lower, "engineers" | "planners" | "inspectors" | "surveyors" | "staffers")
        && plainly_of_a_kind()
        && tokens[s..core_end].iter().any(|t| matches!(t.lower(), "city" | "council" | "county" | "company" | "club" | "firm" | "state" | "federal" | "government" | "police" | "ministry" | "department" | "agency"));
    if staff_of_the_body || runs_a_kind_of_body && tokens[s..core_end].iter().any(|t| matches!(t.lower(), "union" | "company" | "council" | "club" | "firm")) {
        return if !anonymity_marked && anonymous_seen.has(tokens, (s, core_end)) { SourceKind::AnonymousRepeat } else { SourceKind::Anonymous };
    }
    if runs_a_kind_of_body && tokens[s..core_end].iter().any(|t| is_producer(t.lower()) || is_institution(t.lower()) || matches!(t.lower(), "health" | "hospital" | "school" | "industry" | "business")) {
        return SourceKind::Vague;
    }
    if lexicon.vague_sources.contains(head_lower) {
        // ("Evidence at trial showed", "evidence given to the inquiry": the
        // record of a hearing the story is about)
        let heard = || tokens[core_end + 1..=e].iter().any(|t| t.eq_ignore_case("trial") || is_court_word(t.lower()));
        // ("Defense lawyers argued": a side of the case the story is
        // about, as "prosecutors" is)
        let party_to_the_case = || tokens[s..core_end].iter().any(|t| matches!(t.lower(), "defence" | "defense" | "prosecution" | "prosecuting"));
        // ("Network Rail owns the bridge. Its own data shows": the body
        // the sentence before named)
        let owned_by_the_body_named = || of_data && tokens[s..core_end].iter().any(|t| matches!(t.lower(), "its" | "their"));
        // ("Her lawyers have said she was not aware": counsel on the record
        // for the person the story names, as "his spokesman" is)
        // ("In a Bloomberg survey conducted Nov. 13-18, 38 of 52 economists
        // said": the people a named poll asked)
        // (within two dozen tokens before: a one-line file is one sentence)
        let asked_by_a_named_poll = || tokens[s.saturating_sub(24)..s].windows(2).any(|w| w[0].is_capitalized() && w[0].span.start != sentence.start && matches!(w[1].lower(), "survey" | "poll" | "surveys" | "polls"));
        let counsel_of_the_one_named = || matches!(head_lower, "lawyers" | "attorneys" | "solicitors" | "barristers") && tokens[s..core_end].iter().any(|t| matches!(t.lower(), "his" | "her" | "their"));
        // ("according to the bookmakers": a whole trade, the article naming
        // none of it)
        let the_trade_at_large = matches!(head_lower, "bookmakers" | "bookies") && e == s + 1 && first_lower == "the";
        // ("A recent poll found that most voters believe": what a poll or
        // study found of people, the finding its source, vague or not)
        let found_of_them = || s >= 2 && tokens[s - 1].eq_ignore_case("that") && matches!(tokens[s - 2].lower(), "found" | "finds" | "showed" | "shows" | "suggests" | "suggested" | "indicates" | "indicated" | "revealed" | "reveals");
        // ("Some in the England camp believe", "Many at the Treasury
        // fear": an unnamed share of a named body, placed in it)
        if core_end == s && has_named_complement && matches!(head_lower, "some" | "many" | "several" | "others" | "most") && tokens.get(s + 1).is_some_and(|t| matches!(t.lower(), "in" | "at" | "within" | "inside" | "among")) {
            return SourceKind::Anonymous;
        }
        if has_named_complement || heard() || party_to_the_case() || owned_by_the_body_named() || counsel_of_the_one_named() || asked_by_a_named_poll() || found_of_them() || definite && !the_trade_at_large || producer_named || producer_after || tokens[s..core_end].iter().enumerate().any(|(k, t)| names_owner(t) && !in_a_street_name(tokens, s + k) || t.text.ends_with("’s") || t.text.ends_with("'s")) {
            return SourceKind::Identifiable;
        }
        // ("INRB scientists said" opening the sentence: people of a body
        // its abbreviation names, unnamed, as "U.S. officials said")
        if tokens[s..core_end].iter().any(Token::is_abbreviation) {
            return SourceKind::Anonymous;
        }
        return SourceKind::Vague;
    }
    // "A survey of 1,200 firms found", "A study showed": a piece of evidence
    // that no name, owner or publisher identifies ("a recent poll found"
    // with no poll named).
    let indefinite = matches!(first_lower, "a" | "an" | "one" | "another");
    // ("a secondary analysis of the same trial": the trial just named)
    let unnamed = !tokens[s + 1..=e].iter().any(|t| t.is_capitalized() || t.text.ends_with("’s") || t.text.ends_with("'s") || matches!(t.lower(), "same" | "this" | "that" | "these" | "its" | "their" | "his" | "her" | "our"));
    // ("the Government Accountability Office, which in a 2023 report
    // recommended": the body the relative clause is about wrote it)
    // (or the body that said it in the report: "Which? said in a report
    // published in August that it had found")
    let producer_before = s >= 3
        && tokens[s - 1].eq_ignore_case("in")
        && (matches!(tokens[s - 2].lower(), "which" | "who") && (tokens[s - 3].is_capitalized() || s >= 4 && tokens[s - 3].is_punct(",") && tokens[s - 4].is_capitalized())
            || matches!(tokens[s - 2].lower(), "said" | "says" | "wrote" | "writes" | "warned" | "warns" | "stated" | "states") && tokens[..s - 2].iter().any(Token::is_capitalized));
    // ("according to a report to the council's executive board published
    // this month": a report its addressee names)
    let addressed = || {
        tokens.get(e + 1).is_some_and(|t| matches!(t.lower(), "to" | "for"))
            && tokens.iter().skip(e + 2).take(4).take_while(|t| t.kind == TokenKind::Word || t.is_punct("'") || t.is_punct("’")).any(|t| t.is_capitalized() || t.is_possessive())
    };
    if indefinite && unnamed && !producer_named && !producer_after && !producer_before && matches!(head_lower, "survey" | "study" | "poll" | "report" | "analysis" | "review" | "paper" | "audit" | "assessment" | "investigation" | "inspection") && !addressed() {
        return SourceKind::Vague;
    }
    // "Some traders", "many investors": a share of an unnamed group is
    // nobody in particular, as "some" and "many" alone are.
    let quantified = matches!(first_lower, "some" | "many" | "most" | "several" | "various" | "numerous") && core_end > s;
    // (a market's street is where they work, no name of theirs: "Several
    // Bay Street economists believe")
    if quantified && !has_named_complement && !producer_named && !(s + 1..=e).any(|k| tokens[k].is_capitalized() && !in_a_street_name(tokens, k) || !tokens[k].is_word()) {
        return SourceKind::Vague;
    }
    // "Freight forwarders said", "Consumer groups have complained": a kind
    // of people in the plural, no article, owner or name, opening its
    // clause, is nobody in particular, as "experts say" is (not a body's
    // papers: "Court papers show")
    // (or "what" they said: "in what volunteers said were the worst
    // conditions")
    let opens_clause = s == 0 || tokens[s - 1].kind == TokenKind::Punct || matches!(tokens[s - 1].lower(), "and" | "but" | "while" | "as" | "what");
    // (a capitalised head is a name unless a common kind of people)
    let people_plural = (!head.is_capitalized() || head_is_first_word && is_common_people(head_lower))
        && (is_kind_of_people(head_lower) || head_lower == "groups")
        && !of_data
        // (and only people speak: not "Pre-orders of the phone began")
        && tokens[e + 1..].iter().take(4).any(|t| is_speech_verb(t.lower()));
    // (a capital opening the sentence may be an affiliation, "Labour
    // councillors said", as "U.S. officials said" is: an unnamed source,
    // not nobody; a trade or a kind opening it is no affiliation:
    // "Restaurant owners said", "Freight forwarders say")
    // (a place they are spread over is no owner: "Care providers across
    // England say")
    // (or in: "Estate agents in Kent say")
    let owned_to = tokens[s..=e].iter().position(|t| matches!(t.lower(), "across" | "throughout" | "in")).map_or(e, |k| s + k);
    if opens_clause && people_plural && !is_determiner(first_lower) && !producer_named && !tokens.get(core_end + 1..=owned_to).unwrap_or(&[]).iter().any(Token::is_capitalized) && !tokens[s..=e].iter().enumerate().any(|(k, t)| s + k <= owned_to && names_owner(t) && !in_a_street_name(tokens, s + k) || t.text.ends_with("’s") || t.text.ends_with("'s") || !t.is_word()) {
        return if core_end > s && tokens[s].is_capitalized() && names_an_affiliation(&tokens[s]) { SourceKind::Anonymous } else { SourceKind::Vague };
    }

    SourceKind::Identifiable
}

/// The plural people nouns of other endings than [`is_kind_of_people`]'s,
/// common nouns even capitalised opening the sentence: "Estate agents
/// report", "Friends said", "Colleagues remembered" (a capitalised head is
/// otherwise a name even opening the sentence: "Reuters says", "Sanders
/// said").
fn is_common_people(lower: &str) -> bool {
    matches!(lower, "agents" | "friends" | "colleagues" | "neighbours" | "neighbors" | "relatives" | "parents" | "residents" | "students" | "patients" | "locals" | "consultants" | "diplomats" | "academics" | "insiders" | "veterans" | "commentators" | "pundits" | "analysts" | "evacuees" | "witnesses" | "tenants" | "families" | "fans" | "pupils")
}

/// A word of a street's name that stands for the trade on it ("Wall
/// Street", "Bay Street", "Fleet Street"): the capitalised word before
/// "Street", or "Street" after one.
fn in_a_street_name(tokens: &[Token<'_>], k: usize) -> bool {
    let is_street = |m: usize| tokens.get(m).is_some_and(|t| t.text == "Street");
    let capitalised = |m: usize| tokens.get(m).is_some_and(Token::is_capitalized);
    is_street(k) && k.checked_sub(1).is_some_and(capitalised) || capitalised(k) && is_street(k + 1)
}

/// People of any kind, the ones whose work is evidence ("analysts",
/// "experts", "researchers") with the rest ([`is_kind_of_people`]).
fn names_people(lower: &str) -> bool {
    is_kind_of_people(lower) || matches!(lower, "researchers" | "scientists" | "experts" | "analysts" | "authors")
}

/// A kind of people in the plural, by its ending ("owners", "forwarders",
/// "operators", "economists", "physicians") or one of
/// [`is_common_people`]: with no article, owner or name, nobody in
/// particular when they speak. Not evidence ("papers", "researchers" read
/// as evidence elsewhere) and not a role that speaks for the body the story
/// is about, as "police officers said" does ("Prosecutors said",
/// "Organisers say").
fn is_kind_of_people(lower: &str) -> bool {
    (lower.ends_with("ers") || lower.ends_with("ors") || lower.ends_with("ists") || lower.ends_with("ians") || is_common_people(lower))
        && !is_evidence_noun(lower)
        && !matches!(lower, "prosecutors" | "organisers" | "organizers" | "investigators" | "inspectors" | "officers" | "firefighters" | "rescuers" | "administrators" | "liquidators" | "receivers" | "auditors")
}

/// A capitalised word opening a source phrase that names whom the people
/// belong to rather than their trade: an abbreviation ("NHS managers"), a
/// nationality or region by its ending ("Ukrainian officers", "British
/// diplomats", "Chinese exporters", "Israeli commanders", "French
/// farmers") or a party or seat of power ("Labour councillors", "Tory
/// backbenchers", "Kremlin insiders").
fn names_an_affiliation(word: &Token<'_>) -> bool {
    let lower = word.lower();
    word.is_abbreviation()
        || lower.len() > 4 && (lower.ends_with("an") || lower.ends_with("ish") || lower.ends_with("ese") || lower.ends_with("ch")) && !matches!(lower, "veteran" | "urban" | "suburban" | "artisan" | "human" | "caravan")
        || lower.len() > 4 && lower.ends_with('i') && !matches!(lower, "taxi")
        || matches!(lower, "labour" | "tory" | "conservative" | "liberal" | "democratic" | "democrat" | "green" | "reform" | "unionist" | "nationalist" | "socialist" | "communist" | "kremlin" | "pentagon" | "whitehall" | "westminster" | "treasury" | "palace" | "vatican" | "opposition" | "government" | "army" | "navy" | "police" | "coalition")
}

word_list! {
    /// What only people do with words or beliefs: the verbs after a plural
    /// kind of people that make it a source.
    fn is_speech_verb = [
        "said", "say", "says", "told", "tell", "complained", "complain", "complains", "argued", "argue", "argues", "warned", "warn", "warns", "believe", "believes",
        "fear", "fears", "feared", "worry", "worries", "claim", "claims", "claimed", "insist", "insisted", "insists", "expect", "expects", "agree", "agreed", "agrees",
        "accused", "accuse", "criticised", "criticized", "urged", "urge", "predict", "predicted", "suggest", "suggested", "report", "reports", "reported", "remembered", "remember",
        "described", "describe", "describes",
    ];
}

/// "a survey ...", "an audit ...": a phrase opening with an indefinite
/// article or "one", "another".
fn starts_indefinite(phrase: &str) -> bool {
    let first = phrase.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    ["a", "an", "one", "another"].iter().any(|w| first.eq_ignore_ascii_case(w))
}

fn is_sentence_start(text: &str, sentence: Span, span: Span) -> bool {
    text[sentence.start..span.start].chars().all(|c| !c.is_alphanumeric())
}

/// A body that hears evidence: "the court", "the jury", "an inquest".
fn is_court_word(word: &str) -> bool {
    matches!(word, "court" | "jury" | "jurors" | "tribunal" | "inquiry" | "inquest" | "magistrates" | "hearing" | "committee" | "panel")
}

/// How many tokens open a sentence to link it to the one before: "But",
/// "And", or an adverb and its comma ("However,", "Meanwhile,").
fn opening_link(tokens: &[Token<'_>]) -> usize {
    match tokens {
        [first, ..] if matches!(first.text, "But" | "And" | "Yet" | "So" | "Still") && tokens.get(1).is_some_and(|t| !t.is_punct(",")) => 1,
        [first, comma, ..]
            if comma.is_punct(",")
                && matches!(first.text, "However" | "Meanwhile" | "Separately" | "Still" | "Instead" | "Moreover" | "Nevertheless" | "Nonetheless" | "Indeed" | "Elsewhere" | "Yet" | "But" | "And" | "Now" | "Later" | "Earlier" | "Overall" | "Similarly" | "Likewise" | "Otherwise" | "Also" | "Further" | "Furthermore" | "Besides") =>
        {
            2
        }
        _ => 0,
    }
}

/// An anonymous source's finding covers its anonymity phrase too ("an
/// official, speaking anonymously,", "a person briefed on the matter"):
/// one right after the source or its appositive ("Another victim, a
/// former nurse who asked not to be named", "A former engineer, who left
/// the company in the summer and asked not to be named"), a word or two
/// between at most (not one in what the source said: "Officials said
/// ministers had been briefed on the closure").
fn extend_with_anonymity(text: &str, lexicon: &Lexicon, source: Span, sentence: Span) -> Span {
    let window_end = (source.end + 100).min(sentence.end);
    let window_end = crate::document::line_index::floor_char_boundary(text, window_end);
    match find_phrases(&lexicon.anonymity_matcher, text, source.end, window_end.max(source.end)).first() {
        // (or in the source's own relative clause: "a former employee who
        // spoke to this newspaper on condition of anonymity")
        Some(&(_, start, end))
            if text[source.end..end].matches(',').count() <= 1
                && (text[source.end..start].trim_start().starts_with(',') || {
                    let words = text[source.end..start].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count();
                    words <= 2 || words <= 8 && text[source.end..start].starts_with(" who ") && !text[source.end..start].contains(',')
                }) =>
        {
            Span::new(source.start, end)
        }
        _ => source,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_joined_verb_after_an_opening_phrase_alone_takes_no_source() {
        // (the opening phrase's comma is the last word before "and": no
        // name after it, and no word to index)
        for text in ["In short, and said he would go.", "In short, but says the plan failed.", "In sum, some say so."] {
            let doc = crate::document::Document::new(text, crate::document::Format::Markdown);
            let found = crate::check(&doc, &crate::settings::Settings::default());
            assert!(found.iter().all(|d| d.rule != crate::rules::Rule::AnonymousSource), "{text}");
        }
    }

    #[test]
    fn a_reduced_relative_clause_has_its_plural_head_for_source() {
        // ("a project officials say is needed": the officials, not the
        // project; "A handful of economists have warned" keeps its phrase)
        let flagged = |text: &str| {
            let doc = crate::document::Document::new(text, crate::document::Format::Markdown);
            crate::check(&doc, &crate::settings::Settings::default()).into_iter().filter(|d| matches!(d.rule, crate::rules::Rule::AnonymousSource | crate::rules::Rule::VagueAttribution)).map(|d| text[d.span.range()].to_string()).collect::<Vec<_>>()
        };
        assert_eq!(flagged("The district unveiled a reservoir, a project officials say is needed to meet demand."), ["officials"]);
        assert_eq!(flagged("A handful of economists have warned of a slowdown."), ["A handful of economists have warned"]);
    }

    #[test]
    fn a_saying_closing_its_clause_with_its_time_names_its_source() {
        // (the time of the saying between the verb and the comma or stop
        // that closes it)
        for text in [
            "Retail sales rose 0.6% in October, the Commerce Department reported last week, helped by early holiday shopping.",
            "Retail sales rose 0.6% in October, the Commerce Department reported yesterday.",
        ] {
            let doc = crate::document::Document::new(text, crate::document::Format::Markdown);
            let settings = crate::settings::Settings::default();
            let analysis = crate::analysis::analyze(&doc, &settings.lexicon);
            let sentence = &analysis.blocks[0].sentences[0];
            assert!(sentence.is_sourced(), "{text}");
        }
    }

    #[test]
    fn the_produced_test_is_the_produced_list() {
        assert!(super::PRODUCED.iter().all(|w| super::is_produced(w)));
        assert!(!super::is_produced("produce") && !super::is_produced("Set"));
    }
}
