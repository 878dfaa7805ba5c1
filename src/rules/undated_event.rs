//! `undated-event`: a one-off past event with no date in sight.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::analysis::EVENT_WORDS;

use super::{RuleContext, RuleDoc};
use crate::analysis::tokens::{tokenize, TokenKind};
use crate::analysis::{BlockAnalysis, Sentence, SourceKind};
use crate::diagnostic::{quoted_message, Diagnostic};
use crate::document::BlockKind;
use crate::fix::{Edit, Fix};
use crate::rules::Rule;

pub const DOC: RuleDoc = RuleDoc {
    summary: "A specific one-off past event (a strike, meeting, death, vote) with no date or time in its sentence or paragraph.",
    body: r#"
## What it flags
A sentence reporting a specific, one-off past event (a strike, meeting,
signing, death, vote, launch, arrest) when neither the sentence nor its
paragraph gives any date or time reference. A gathering held or that took
place is one, told by its noun a few words before (“A second protest was
held outside the hospital”, “A public meeting took place at the community
centre”), or by its noun within a few words after an active “held”
(“Local fishermen held a meeting at the sailing club”); not “was held in
custody”, “held placards”, nor what took place every month.

Not flagged: statements (`said`, `told`), whose time is the time of
reporting, and the events a named source reports in them (“The agency said
14 people had died”, or all of a sentence the source closes: “Heatwaves
killed thousands of salmon, the researchers said”); ongoing states and tolls counted so far (“The war has killed tens of
thousands of people”); events dated anywhere in the paragraph
(including by a relative date, which `relative-date` reports); an event told
as the next step of an account (“Then England opened the scoring”, “Moments
later the roof collapsed”: the openers are in `data/sequence-openers.txt`),
which the account dates; a paragraph with a time of day (“shortly before
5am”) or one that points back to a time the account gave (“held on the
same day”, “that night”, “the following morning”, “the day after the
attack”, the occasion the report is about: “after the event”, “after the
match”, “before the vote”) or counts from one (“died
of his injuries two days later”, “arrested 40 minutes after the stabbing”, “warned weeks before Kieran died”) or that puts its events on
a match's clock (“in the 23rd minute”, “just before half-time”); a count from an anchor (“killed since the war began”); a participle
or a present passive that tells no past event (“Anyone arrested has the
right to a lawyer”, “once the contract is signed”, “A petition signed by
several hundred residents calls for ...”, “A company convicted of
corporate manslaughter faces an unlimited fine”), an event to come
(“Damages will be assessed at a later hearing”), a kind of event in a sentence told in the present (“Car seats remain the most effective way to protect young children in a crash”) or as a rule (“defendants convicted at trial typically receive longer sentences”), what would follow a condition (“If convicted, she faces up to 20 years in prison”); a sentence dated by a holiday (“collapsed before dawn on Thanksgiving”) and one negated (“though no
contract has yet been signed”); an obituary's occasion
(“Margaret Ashdown, who has died aged 84, ...”), which the piece dates; the
terms of the reporting itself (“They spoke on condition of anonymity
because they had signed agreements ...”); a sentence with a season
(“launched in the spring”), a loose time but a time; “signed up to speak”
(no document signed), “He signed for a 66” (a golfer's card); news told in the present perfect (“At least four
people have died”, “The minister has resigned”), which the piece's date
dates; a word of the list as an adjective or noun (“a drowned maze”, “the
last shot”, “the lifeboat for collapsed schemes”), a kind of event in a relative clause (“those that died of the disease”), a tennis match's points (“on the first match point”) and a shot taken rather than a shooting (“shot 12 of 21 from
the field”, “shot the film on 35mm stock”; “was shot”, “shot dead” are
events). An event noun must follow its article with only
modifiers between: in “said in a statement after the hearing” the
statement has no event of its own. The setting of a statement, between
its verb and what it said, is the time of the reporting, as the verb is:
“Sheriff Dana Whitlock told reporters at a briefing that deputies had
gone door to door”, “..., she told reporters at a news conference.” (not after what it said: “The agency said the toll
would rise during a press conference” is flagged); so is the occasion of
a statement opening its sentence (“At a news conference after the two-day
meeting, Fed Chair Robert Ames said”). A race's lap by its order is a
time in the race (“by the end of the second lap”, “on lap 3”), as a
match's minute is.

## Why
“When?” is the second question a reader asks. An undated event cannot be
checked against the record and drifts in meaning as the report ages.

## Example
> Kim Yong-hyun described the reports as “highly likely” during a National
> Assembly meeting.

Use instead:
> Kim Yong-hyun described the reports as “highly likely” during a National
> Assembly meeting on 18 October 2024.

## Fix safety
Inserting an `on [DATE]` placeholder is **unsafe**: the writer must fill it
in, and where it goes in the sentence may need rewording. It goes at the
end of the event's clause, before a clause that tells another event (“She
resigned from the panel on [DATE] after ministers rejected its advice”), or
at the end of the sentence; an age in commas after a name does not end the
clause (“convicted Oliver Strand, 44, of two counts of fraud on [DATE] after
nine hours”).
"#,
};

/// A gathering that is held or takes place ("A second protest was held",
/// "A public meeting took place").
fn is_a_gathering(lower: &str) -> bool {
    matches!(
        lower,
        "protest" | "protests" | "meeting" | "meetings" | "vigil" | "rally" | "march" | "demonstration" | "vote" | "ballot" | "referendum" | "hearing" | "inquest" | "funeral" | "ceremony" | "consultation" | "summit" | "talks" | "debate" | "auction" | "memorial"
    )
}

/// Phrases of a word list, by their first word (looked up once per token).
type Phrases = HashMap<&'static str, Vec<Vec<&'static str>>, foldhash::fast::FixedState>;

fn words(data: &'static str) -> Phrases {
    let mut by_first = Phrases::default();
    for l in data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let phrase: Vec<&str> = l.split(' ').collect();
        by_first.entry(phrase[0]).or_default().push(phrase);
    }
    by_first
}

static EVENT_VERBS: LazyLock<Phrases> = LazyLock::new(|| words(include_str!("../../data/event-words.txt")));
static EVENT_NOUNS: LazyLock<Phrases> = LazyLock::new(|| words(include_str!("../../data/event-nouns.txt")));
static SEQUENCE_OPENERS: LazyLock<Phrases> = LazyLock::new(|| words(include_str!("../../data/sequence-openers.txt")));

/// Whether `text` may report an event: it has one of the event words
/// ([`EVENT_WORDS`], one word of every phrase of both lists) as a whole
/// word. A token equal to a phrase word is that word, as a whole word, in
/// the text (only the Kelvin sign lowercases to an ASCII letter), so a
/// sentence without any of them cannot match and is not tokenized.
fn may_match(text: &str) -> bool {
    text.contains('\u{212A}')
        || EVENT_WORDS.automaton(text.len()).find_overlapping_iter(text).any(|m| {
            !text[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric) && !text[m.end()..].chars().next().is_some_and(char::is_alphanumeric)
        })
}

pub fn check(cx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
    // Whether the document holds a Kelvin sign at all: asked once, and only
    // when a sentence without an event word is met (most are).
    let mut kelvin_in_document = None;
    for block in &cx.analysis.blocks {
        if block.kind != BlockKind::Paragraph || block.in_block_quote || block.sentences.iter().any(|s| !s.times.is_empty()) {
            continue;
        }
        // Whether the paragraph mentions a year: asked once, and only when a
        // sentence could be flagged (many paragraphs have none).
        let mut year = None;
        let mut clock = None;
        for sentence in &block.sentences {
            if !sentence.declarative {
                continue;
            }
            // Without an event word among its tokens (the analysis looked), the
            // search could only succeed on a Kelvin sign.
            let text = cx.doc.prose().get(sentence.span.range()).unwrap_or("");
            let mut kelvin = || *kelvin_in_document.get_or_insert_with(|| cx.doc.prose().contains('\u{212A}')) && text.contains('\u{212A}');
            if !sentence.event_word && !kelvin() {
                continue;
            }
            if super::holds(cx.slice(sentence.span), "[DATE]") {
                continue;
            }
            // (asked of a paragraph only once one of its sentences may report an event)
            if *year.get_or_insert_with(|| crate::analysis::mentions_year(&cx.doc.prose()[block.span.range()])) {
                break;
            }
            if sentence.event_word && !may_match(text) {
                continue;
            }
            if let Some(d) = undated(cx, block, sentence) {
                // A clock time in the paragraph dates its events ("shortly
                // before 5am"): asked only of a paragraph with a finding.
                // (the paragraph lower-cased once for the three tests)
                if *clock.get_or_insert_with(|| {
                    let paragraph = cx.doc.prose()[block.span.range()].to_ascii_lowercase();
                    gives_time_of_day(&paragraph) || refers_to_a_time_told(&paragraph) || gives_match_time(&paragraph)
                }) {
                    break;
                }
                out.push(d);
            }
        }
    }
}

/// Whether lower-case `lower` places its events on a match's clock: "in
/// the 23rd minute", "just before half-time", "in stoppage time", "four
/// minutes later" (the match itself dated elsewhere in the report).
fn gives_match_time(lower: &str) -> bool {
    const CLOCK: [&str; 18] = [
        "half-time", "half time", "halftime", "stoppage time", "injury time", "extra time", "the first half", "the second half", "minutes later", "minutes into", "minutes from time", "minutes remaining",
        // (a tennis match's points and a race's last lap: "collapsed on to
        // his back after Reyes netted a forehand on the first match point")
        "match point", "championship point", "set point", "break point", "the final lap", "the last lap",
    ];
    // (a race's laps by their order: "by the end of the second lap", "on
    // lap 3")
    let on_a_lap = || {
        lower.match_indices(" lap").any(|(i, m)| {
            let after = &lower[i + m.len()..];
            let order = lower[..i].rsplit(' ').next().unwrap_or("");
            (after.is_empty() || after.starts_with([' ', ',', '.', ';']))
                && (crate::analysis::is_ordinal_word(order) || matches!(order, "opening" | "penultimate") || crate::analysis::is_numeric_ordinal(order) || after.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        })
    };
    CLOCK.iter().any(|p| lower.contains(p))
        || on_a_lap()
        || lower.match_indices(" minute").any(|(i, _)| {
            // (an ordinal before it: "the 23rd minute", "the 90th minute")
            crate::analysis::is_numeric_ordinal(lower[..i].rsplit(' ').next().unwrap_or(""))
        })
}

/// Whether lower-case `lower` points back to a time the account has given:
/// "held on the same day", "that night", "the following morning".
fn refers_to_a_time_told(lower: &str) -> bool {
    const BACK: [&str; 36] = [
        "the same day", "the same night", "the same week", "the same time", "that day", "that night", "that morning", "that evening", "that afternoon",
        "the following day", "the following morning", "the next day", "the next morning", "the day before",
        // ("Marsh was arrested at his home the day after the attack")
        "the day after", "the morning after", "the night before", "the night after",
        // (an occasion of the story's told before or after: "At a public
        // hearing before the vote, several residents said")
        "before the vote", "after the vote", "before the meeting", "before the hearing", "before the match", "before the game", "before the election", "after the election",
        // (the occasion the report is about: "In a brief hands-on session
        // after the event, ...")
        "after the event", "at the event", "during the event", "after the launch", "at the launch", "after the match", "after the game", "after the meeting", "after the hearing", "after the ceremony",
    ];
    BACK.iter().any(|p| lower.match_indices(p).any(|(i, m)| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })) || counts_from_a_time_told(lower)
}

/// Whether lower-case `text` counts a time from one the account has given:
/// "died of his injuries two days later", "arrested 40 minutes after the
/// stabbing", "a week before the vote".
fn counts_from_a_time_told(lower: &str) -> bool {
    const UNITS: [&str; 6] = ["minute", "hour", "day", "week", "month", "year"];
    const COUNTS: [&str; 16] = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "some", "many"];
    // (the two words before each "later", "earlier", "after", "before")
    [" later", " earlier", " after ", " before "].iter().any(|k| {
        lower.match_indices(k).any(|(at, _)| {
            let mut before = lower[..at].rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
            let (unit, count) = (before.next().unwrap_or(""), before.next().unwrap_or(""));
            // (a plural unit counts on its own: "weeks before Kieran died")
            UNITS.iter().any(|u| unit.strip_prefix(u).is_some_and(|rest| rest.is_empty() || rest == "s"))
                && (COUNTS.contains(&count) || !count.is_empty() && count.bytes().all(|b| b.is_ascii_digit()) || unit.ends_with('s') && !matches!(count, "the" | "these" | "those" | "recent" | "past" | "last" | "next" | "coming"))
        })
    })
}

/// Whether lower-case `lower` gives a time of day: "5am", "5.30 p.m.",
/// "17:45", "noon", "midnight".
fn gives_time_of_day(lower: &str) -> bool {
    let b = lower.as_bytes();
    let after_digits = |i: usize| {
        let rest = lower[i..].trim_start();
        rest.starts_with("am") || rest.starts_with("pm") || rest.starts_with("a.m") || rest.starts_with("p.m") || rest.starts_with("gmt") || rest.starts_with("bst") || rest.starts_with("utc")
    };
    let clock = (0..b.len()).any(|i| {
        b[i].is_ascii_digit()
            && b.get(i + 1).is_none_or(|c| !c.is_ascii_digit())
            && (after_digits(i + 1) || b.get(i + 1) == Some(&b':') && b.get(i + 2).is_some_and(u8::is_ascii_digit) && b.get(i + 3).is_some_and(u8::is_ascii_digit))
    });
    clock || lower.split(|c: char| !c.is_alphabetic()).any(|w| matches!(w, "noon" | "midnight" | "midday"))
}

/// The finding for a declarative sentence of an undated paragraph, if it
/// reports an event.
fn undated(cx: &RuleContext<'_>, block: &BlockAnalysis, sentence: &Sentence) -> Option<Diagnostic> {
    let toks = tokenize(cx.doc.prose(), sentence.span);
    let quotes = block.quotes_overlapping(sentence.span);
    let outside_quotes = |i: usize| !quotes.iter().any(|q| q.inner.contains(toks[i].span));
    let lower: Vec<&str> = toks.iter().map(|t| t.lower()).collect();
    let matches_at = |i: usize, phrase: &[&str]| phrase.iter().enumerate().all(|(k, w)| lower.get(i + k).is_some_and(|l| l == w));
    let any_at = |i: usize, list: &Phrases| list.get(lower[i]).is_some_and(|ps| ps.iter().any(|p| matches_at(i, p)));
    // "Then England opened the scoring": an event told as the next step of
    // an account is dated by the account.
    if !lower.is_empty() && any_at(0, &SEQUENCE_OPENERS) {
        return None;
    }
    // ("collapsed before dawn on Thanksgiving": a holiday dates it)
    if lower.windows(2).any(|w| matches!(w[0], "on" | "at" | "over" | "before" | "after" | "during") && matches!(w[1], "thanksgiving" | "christmas" | "easter" | "halloween" | "hanukkah" | "diwali" | "eid" | "passover" | "hogmanay")) {
        return None;
    }
    // ("defendants convicted at trial typically receive longer sentences":
    // what happens as a rule, no one event)
    if lower.iter().any(|w| matches!(*w, "typically" | "usually" | "generally" | "routinely" | "normally" | "invariably")) {
        return None;
    }
    // ("If convicted, she faces up to 20 years in prison": what would
    // follow a condition, no event that has happened)
    if lower.first().is_some_and(|w| matches!(*w, "if" | "unless")) {
        return None;
    }
    // "The agency said 14 people had died": an event the named
    // source reports is dated by the report, like a statement.
    // (all of it, when the source closes the sentence after a comma:
    // "Heatwaves killed thousands of salmon, the researchers said.")
    let prose = cx.doc.prose();
    let closes_the_sentence = |a: &crate::analysis::Attribution| {
        let end = a.cue.end.max(a.source.map_or(0, |s| s.end));
        let start = a.cue.start.min(a.source.map_or(usize::MAX, |s| s.start));
        prose.get(end..sentence.span.end).is_some_and(|rest| rest.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '”' | '"' | '’' | '\'')).is_empty())
            && prose.get(sentence.span.start..start).is_some_and(|before| before.trim_end().ends_with([',', '”', '"']))
    };
    let reported_from = sentence.attributions.iter().filter(|a| a.kind != SourceKind::Vague).map(|a| if closes_the_sentence(a) { sentence.span.start } else { a.cue.end }).min();
    let reported = |i: usize| reported_from.is_some_and(|from| toks[i].span.start >= from);
    // "Anyone arrested has the right", "once the contract is signed": a
    // participle describing someone, or a present passive, tells no past event
    // ("More than 60 residents signed up to speak": no document signed)
    // (nor a golfer's card: "He signed for a 66", a round's score)
    let phrasal = |i: usize| {
        lower[i] == "signed"
            && (lower.get(i + 1).is_some_and(|n| matches!(*n, "up" | "off" | "on"))
                || lower.get(i + 1) == Some(&"for") && lower.get(i + 2).is_some_and(|a| matches!(*a, "a" | "an")) && toks.get(i + 3).is_some_and(|t| t.kind == TokenKind::Number))
    };
    // ("though no contract has yet been signed": what has not happened)
    let negated = |i: usize| (i.saturating_sub(5)..i).any(|k| matches!(lower[k], "not" | "never" | "no" | "yet" | "n't" | "nt"));
    // ("A petition signed by several hundred residents calls for ...": a
    // participle after its noun describes the thing the sentence is about)
    // (and "A company convicted of corporate manslaughter faces an
    // unlimited fine": anyone of a kind, described)
    let describes_a_noun = |i: usize| {
        i > 0 && lower[i].ends_with("ed") && lower.get(i + 1).is_some_and(|n| *n == "by" || matches!(*n, "of" | "with" | "for") && i > 1 && matches!(lower[i - 2], "a" | "an" | "any" | "every" | "each")) && toks[i - 1].kind == TokenKind::Word && !toks[i - 1].is_capitalized()
            && !matches!(lower[i - 1], "was" | "were" | "been" | "be" | "is" | "are" | "has" | "have" | "had" | "being" | "got" | "get" | "gets" | "and" | "or" | "then" | "also" | "later" | "jointly" | "formally")
    };
    // ("At least four people have died in storm-related incidents", "The
    // minister has resigned": the present perfect tells news as of the
    // writing, which the piece dates; so are a toll counted so far, "The
    // war has killed tens of thousands of people", and an obituary's
    // occasion, "Margaret Ashdown, who has died aged 84, ...")
    let perfect = |i: usize| i > 0 && (matches!(lower[i - 1], "has" | "have" | "'ve") || i > 1 && lower[i - 1] == "been" && matches!(lower[i - 2], "has" | "have"));
    // ("a drowned maze of bell towers", "the last shot": a word of the list
    // as an adjective or a noun after a determiner; not after "that", a
    // relative pronoun as often: "the fire that killed three people")
    // (or after a preposition, before a plural noun: "the lifeboat for
    // collapsed schemes")
    let modifies = |i: usize| {
        i > 0 && matches!(lower[i - 1], "a" | "an" | "the" | "this" | "its" | "their" | "his" | "her" | "our" | "last" | "first")
            || i > 0 && matches!(lower[i - 1], "for" | "of" | "with" | "from" | "about") && lower.get(i + 1).is_some_and(|n| n.len() > 3 && n.ends_with('s') && !n.ends_with("ss") && toks[i + 1].is_word())
    };
    // ("shot 12 of 21 from the field", "shot much of the film on 35mm
    // stock": a shot taken, not a shooting, unless passive or fatal)
    let not_a_shooting = |i: usize| {
        lower[i] == "shot"
            && !(i > 0 && matches!(lower[i - 1], "was" | "were" | "been" | "being" | "fatally" | "got"))
            && !lower.get(i + 1).is_some_and(|n| matches!(*n, "dead" | "and" | "by" | "in" | "at" | "during"))
    };
    // ("include birds culled as well as those that died of the disease":
    // the kind the relative clause describes)
    let of_a_kind = |i: usize| i > 1 && matches!(lower[i - 1], "that" | "who" | "which") && matches!(lower[i - 2], "those" | "anyone" | "anybody" | "everyone" | "people");
    // ("A second protest was held outside the hospital", "A public meeting
    // took place at Westfield community centre": a gathering held, told by
    // its noun a few words before; not "He was held in custody", nor what
    // takes place each year)
    // (found once per sentence, whichever candidate asks first)
    let tells_a_custom = std::cell::OnceCell::new();
    let recurring = || *tells_a_custom.get_or_init(|| lower.iter().any(|w| matches!(*w, "every" | "each" | "annually" | "annual" | "usually" | "traditionally")));
    let not_a_gathering = |i: usize| {
        matches!((lower[i], lower.get(i + 1).copied()), ("was" | "were", Some("held")) | ("took", Some("place")))
            && (!(i.saturating_sub(4)..i).any(|k| is_a_gathering(lower[k])) || recurring())
    };
    // ("Local fishermen held a meeting at the sailing club", "The group held
    // its first meeting": a gathering held, its noun within four words
    // after; not "held hostage", "held the lead", nor a passive's "held")
    let not_held_by_its_subject = |i: usize| {
        lower[i] == "held"
            && (i > 0 && matches!(lower[i - 1], "was" | "were" | "be" | "been" | "being" | "is" | "are")
                || !(i + 1..(i + 5).min(lower.len())).any(|k| is_a_gathering(lower[k]))
                || recurring())
    };
    let not_past = |i: usize| {
        not_a_gathering(i)
            || not_held_by_its_subject(i)
            || i > 0 && matches!(lower[i - 1], "anyone" | "anybody" | "everyone" | "someone" | "those" | "people" | "nobody" | "is" | "are" | "be" | "being" | "get" | "gets")
            || of_a_kind(i)
            || phrasal(i)
            || negated(i)
            || describes_a_noun(i)
            || perfect(i)
            || modifies(i)
            || not_a_shooting(i)
    };
    // "They spoke on condition of anonymity because they had signed
    // agreements": the terms of the reporting itself; "launched in the
    // spring": a season is a time, if a loose one
    if lower.iter().any(|w| matches!(*w, "anonymity" | "spring" | "summer" | "autumn" | "winter")) {
        return None;
    }
    let verb_at = (0..toks.len()).find(|&i| any_at(i, &EVENT_VERBS) && outside_quotes(i) && !reported(i) && !not_past(i));
    // "killed in the city since the war began": counted from an anchor
    if lower.contains(&"since") {
        return None;
    }
    // "during a National Assembly meeting": a preposition, an indefinite
    // article, up to three modifiers, an event noun.
    // ("Sheriff Dana Whitlock told reporters at a briefing that ...": the
    // statement's own setting, between its verb and what it said, is the
    // time of the reporting, as the verb is)
    let cue_ends: Vec<usize> = sentence.attributions.iter().filter(|a| a.kind != SourceKind::Vague).map(|a| a.cue.end).collect();
    let sets_the_statement = |i: usize| {
        let right_after_cue = (i.saturating_sub(3)..i).any(|c| cue_ends.contains(&toks[c].span.end) && (c + 1..i).all(|k| toks[k].kind == TokenKind::Word && !matches!(lower[k], "that" | "it" | "they")));
        // (or closing the sentence after what was said: '"We have real
        // discretion," she told reporters at a news conference.')
        let closes_a_saying = || i > 3 && toks.len() - i <= 6 && toks[i + 1..].iter().all(|t| t.kind == TokenKind::Word || t.is_punct(".")) && toks[..i - 2].iter().any(|t| t.is_punct(","));
        right_after_cue && ((i + 2..(i + 7).min(toks.len())).any(|k| matches!(lower[k], "that" | ":")) || closes_a_saying())
    };
    // ("At a news conference after the two-day meeting, Fed Chair Robert
    // Ames said": the occasion of the statement the sentence reports,
    // opening it, is the time of the reporting too)
    let opens_the_statement = |i: usize| {
        i == 0
            && sentence.attributions.iter().any(|a| a.kind != SourceKind::Vague && a.cue.start > toks[0].span.start && matches!(cx.slice(a.cue).to_ascii_lowercase().as_str(), "said" | "says" | "told" | "tells" | "added" | "warned" | "stated" | "explained" | "argued" | "insisted" | "acknowledged" | "announced"))
            && (2..7.min(toks.len())).any(|k| matches!(lower[k], "conference" | "briefing" | "speech" | "interview" | "hearing" | "meeting" | "session" | "debate" | "appearance" | "rally" | "event"))
    };
    let noun_at = || {
        (0..toks.len()).find(|&i| {
            matches!(lower[i], "during" | "at" | "in" | "after" | "before")
                && !sets_the_statement(i)
                && !opens_the_statement(i)
                && lower.get(i + 1).is_some_and(|a| *a == "a" || *a == "an")
                // (the modifiers stop at a preposition or an article: in
                // "said in a statement after the hearing" the hearing is not
                // the statement's)
                && (i + 2..(i + 6).min(toks.len()))
                    .take_while(|&k| toks[k].kind == TokenKind::Word && !matches!(lower[k], "after" | "before" | "at" | "in" | "on" | "of" | "for" | "the" | "a" | "an" | "to" | "with" | "by" | "from"))
                    .any(|k| outside_quotes(k) && any_at(k, &EVENT_NOUNS))
        })
    };
    // (an event to come is no past one: "Damages will be assessed at a
    // later hearing")
    let to_come = |i: usize| (0..i).any(|k| matches!(lower[k], "will" | "shall" | "later" | "upcoming" | "forthcoming")) || lower.get(i + 2).is_some_and(|w| matches!(*w, "later" | "future" | "further" | "next"));
    // (and one in a sentence told in the present, with no past form at
    // all, is a kind of event, not one that happened: "Car seats remain the
    // most effective way to protect young children in a crash")
    let told_in_the_present = || {
        lower.iter().any(|w| matches!(*w, "is" | "are" | "remain" | "remains" | "can" | "may")) && !lower.iter().any(|w| crate::analysis::figures::tells_the_past(w))
    };
    let event_at = verb_at.or_else(|| noun_at().filter(|&i| !to_come(i) && !told_in_the_present()))?;
    // The date goes at the end of the event's clause, before a clause that
    // tells another event ("She resigned from the panel on [DATE] after
    // ministers rejected its advice, and she was warned ..."), or at the
    // sentence's end.
    // (an age in commas after a name is no clause's end: "convicted Oliver
    // Strand, 44, of two counts")
    let opens_an_age = |k: usize| lower[k] == "," && toks.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number) && lower.get(k + 2).is_some_and(|w| *w == ",");
    let closes_an_age = |k: usize| lower[k] == "," && k >= 2 && toks[k - 1].kind == TokenKind::Number && lower[k - 2] == ",";
    let clause_end = (event_at + 1..toks.len()).find(|&k| {
        outside_quotes(k)
            && !opens_an_age(k)
            && !closes_an_age(k)
            && (matches!(lower[k], "," | ";" | ":" | "—" | "–" | "(")
                || matches!(lower[k], "after" | "before" | "because" | "when" | "while" | "although" | "though" | "but" | "if" | "unless" | "until" | "whereas") && toks[k].is_word()
                // (or a second act of the same subject: "held an emergency
                // meeting and voted to back a rent strike")
                || lower[k] == "and" && lower.get(k + 1).is_some_and(|w| crate::analysis::figures::tells_the_past(w)))
    });
    let at = clause_end.map_or_else(|| cx.sentence_end_insertion(sentence.span), |k| toks[k - 1].span.end);
    Some(
        Diagnostic::new(Rule::UndatedEvent, sentence.span, quoted_message("Event has no date: “", cx.slice(sentence.span), "”"))
            .with_fix((!super::holds(cx.slice(cx.fix_zone(sentence.span)), "[DATE]")).then(|| Fix::unsafe_("Insert “on [DATE]”", vec![Edit::insert(at, " on [DATE]")]))),
    )
}

/// The first implementation of [`check`].
#[cfg(test)]
pub(crate) fn check_reference(cx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
    for block in &cx.analysis.blocks {
        if block.kind != BlockKind::Paragraph || block.in_block_quote {
            continue;
        }
        let prose = &cx.doc.prose()[block.span.range()];
        let has_time = block.sentences.iter().any(|s| !s.times.is_empty()) || crate::analysis::mentions_year(prose) || gives_time_of_day(&prose.to_ascii_lowercase());
        if has_time {
            continue;
        }
        for sentence in &block.sentences {
            if !sentence.declarative || cx.slice(sentence.span).contains("[DATE]") || !may_match(cx.doc.prose().get(sentence.span.range()).unwrap_or("")) {
                continue;
            }
            // (The finding itself was not rewritten: the reference is of
            // which sentences are asked.)
            if let Some(d) = undated(cx, block, sentence) {
                out.push(d);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{allows, flags};
    use crate::rules::Rule::UndatedEvent as R;

    #[test]
    fn flags_undated_events() {
        let s = "Kim Yong-hyun described the reports as “highly likely” during a National Assembly meeting.";
        flags(R, s, &[s]);
        let s = "She died from an infection that her parents had treated with homeopathy.";
        flags(R, s, &[s]);
    }

    #[test]
    fn a_sentence_the_search_matches_has_an_event_word() {
        // The analysis's token look-up may only rule out sentences the
        // search would not match (a Kelvin sign aside).
        use crate::document::{Document, Format};
        let pieces = [
            " ", "died", "Killed", "KILLED", "\u{212A}illed", "re-elected", "vote-rigging", "attack’s", "strike.", "strikes", "meetings", "5²", "9٣", "é", "x", ",", "-", "\n\n",
            "The minister said", "that", "the", "people", "had", "during a", "press conference", "“", "”", "U.S.", "1,500", "shot", "visit", ".", "\u{a0}",
        ];
        let settings = crate::settings::Settings::default();
        let mut matched = 0;
        for s in crate::analysis::random_texts(&pieces, 53, 12000, 57, 8, 11) {
            let doc = Document::new(s.as_str(), Format::Markdown);
            let analysis = crate::analysis::analyze(&doc, &settings.lexicon);
            for (block, sentence) in analysis.sentences() {
                let text = &doc.prose()[sentence.span.range()];
                let asked = sentence.declarative && block.kind == crate::document::BlockKind::Paragraph && !block.in_block_quote;
                if asked && super::may_match(text) {
                    matched += 1;
                    assert!(sentence.event_word || text.contains('\u{212A}'), "{text:?} in {s:?}");
                }
            }
        }
        assert!(matched > 300, "{matched}");
    }

    #[test]
    fn allows_dated_events_and_statements() {
        allows(R, "The minister resigned on 3 October 2024 after a long and bitter dispute.");
        allows(R, "The minister said the reports were highly likely to be accurate.");
        // (a golfer's card is no signing)
        allows(R, "He signed for a 66 and finished alone in second at 11 under.");
        allows(R, "The minister resigned in 2019 after a long and bitter dispute with the party.");
        allows(R, "The agency said 14 people had died and that the toll was likely to rise.");
        allows(R, "According to the ministry, the minister resigned after a long and bitter dispute.");
        allows(R, "The war has killed tens of thousands of people and displaced more than 12 million.");
        allows(R, "Margaret Ashdown, who has died aged 84, spent much of her career proving that the reefs were rich.");
        // the setting of a statement, the terms of the reporting, a season,
        // a phrasal verb
        allows(R, "Detective Constable Helen Baines said in a statement after the hearing: \"This was a cruel offender.\"");
        allows(R, "They spoke on condition of anonymity because they had signed agreements barring them from discussing internal matters.");
        allows(R, "The company's sofa range, launched in the spring, sold out twice.");
        allows(R, "More than 60 residents signed up to speak, and public comment lasted nearly three hours.");
        let s = "Margaret Ashdown died after a long illness at her home in Oban.";
        flags(R, s, &[s]);
        // The statement's own setting is still an event to date.
        let s = "The agency said the toll would rise during a press conference.";
        flags(R, s, &[s]);
        // news as of the writing, a shot taken, an adjective
        allows(R, "At least four people have died in storm-related incidents across the parish.");
        allows(R, "Stewart shot 12 of 21 from the field and added 11 rebounds.");
        allows(R, "But the city itself, a drowned maze of bell towers, is a triumph.");
        let s = "A man was shot at the station after a row.";
        flags(R, s, &[s]);
        let s = "The fire that killed three people was started deliberately.";
        flags(R, s, &[s]);
        // a time counted from one the account gave dates it; a count of
        // something else does not
        allows(R, "He was taken to hospital but died of his injuries two days later.");
        allows(R, "Pryce was arrested at his home 40 minutes after the stabbing.");
        let s = "Margaret Ashdown died after two weeks of illness at her home in Oban.";
        flags(R, s, &[s]);
    }

    #[test]
    fn the_date_goes_at_the_end_of_the_events_clause() {
        let fixed = |text: &str| crate::rules::test_support::fixed_by(R, text);
        assert_eq!(
            fixed("She resigned from the advisory panel in protest after ministers rejected its advice, and she was warned that her funding would suffer."),
            "She resigned from the advisory panel in protest on [DATE] after ministers rejected its advice, and she was warned that her funding would suffer."
        );
        assert_eq!(fixed("The minister resigned, saying the party had lost its way."), "The minister resigned on [DATE], saying the party had lost its way.");
        assert_eq!(
            fixed("The tenants' federation held an emergency meeting and voted to back a rent strike if no progress is seen."),
            "The tenants' federation held an emergency meeting on [DATE] and voted to back a rent strike if no progress is seen."
        );
        // (an age in commas is no clause's end)
        assert_eq!(fixed("A jury convicted Oliver Strand, 44, of two counts of fraud after nine hours."), "A jury convicted Oliver Strand, 44, of two counts of fraud on [DATE] after nine hours.");
        assert_eq!(fixed("She died from an infection that her parents had treated with homeopathy."), "She died from an infection that her parents had treated with homeopathy on [DATE].");
        // (a second pass finds the placeholder and offers nothing)
        let once = fixed("The minister resigned, saying the party had lost its way.");
        assert_eq!(fixed(&once), once);
    }

    #[test]
    fn allows_the_next_step_of_an_account() {
        allows(R, "Then England opened the scoring, when Harry Kane scored a close-range shot.");
        allows(R, "Moments later the roof collapsed and two firefighters were injured.");
        allows(R, "Shortly afterwards, police arrested a second man near the station.");
        // Not an opener: the event still has no date.
        let s = "The minister then resigned after a long and bitter dispute.";
        flags(R, s, &[s]);
    }
}
