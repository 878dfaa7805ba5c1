//! Figures: quantities a reader could check. Digits (with separators and
//! decimals), currency, percentages, multipliers (`1.5 million`),
//! spelled-out numbers (`forty percent`, `six-member team`), vague
//! quantities (`dozens of`, `several thousand`, `hundreds of`) and the
//! qualifiers that belong to them (`at least`, `over`, `nearly`).
//!
//! Not figures: years, dates and times (anything inside a time
//! expression, and the pieces the time recogniser leaves: `2022–23`, `the
//! 2020 and 2021 seasons`, `a 2022 review`, `between 16 and 29 January`),
//! ages (`Smith, 45,`, `45-year-old`, `25 years old`, `aged 40 to 79`,
//! `She was 81.`), numbers in names, labels and identifiers (`G7`,
//! `COVID-19`, `Article 5`, `Windows 7`, `Table 1`, `No. 27`),
//! sports scores (`2-1`), durations that only locate an event (`two days
//! after`), and small counts that tally things named right there
//! (`two politicians, A and B,`).

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Serialize;

use super::tokens::{Token, TokenKind};
use crate::span::Span;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Figure {
    pub span: Span,
    /// Only the number part (for precedence with time expressions).
    pub number: Span,
    pub vague: bool,
}

static NUMBER_WORDS: LazyLock<HashMap<&'static str, u64, foldhash::fast::FixedState>> = LazyLock::new(|| {
    include_str!("../../data/number-words.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (w, v) = l.split_once('\t')?;
            Some((w.trim(), v.trim().parse().ok()?))
        })
        .collect()
});

static QUALIFIERS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    include_str!("../../data/figure-qualifiers.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().collect())
        .collect()
});

word_list! {
    fn is_multiplier = ["hundred", "thousand", "million", "billion", "trillion", "dozen", "m", "bn", "k"];
}

word_list! {
    fn is_percent = ["percent", "per", "percentage"];
}

word_list! {
    /// Units of length, which a measurement of two sides shares ("9 by 12
    /// centimetres").
    fn is_measure_unit = [
        "mm", "cm", "m", "km", "millimetres", "millimeters", "centimetres", "centimeters", "metres", "meters", "kilometres", "kilometers", "inches",
        "in", "feet", "ft", "yards", "miles",
    ];
}

word_list! {
    /// Nouns of the writer's own discourse ("two points", "three
    /// questions"): counting them counts nothing in the world.
    fn is_discourse_noun = [
        "points", "things", "questions", "lessons", "takeaways", "caveats", "themes", "observations", "conclusions", "messages", "reasons",
        "factors", "considerations", "trends", "patterns",
    ];
}

const VAGUE_PLURALS: &[&str] = &["dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores", "tens"];

/// Whether `word` is one of [`VAGUE_PLURALS`].
fn is_vague_plural(word: &str) -> bool {
    matches!(word, "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "trillions" | "scores" | "tens")
}

word_list! {
    fn is_time_unit = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries", "quarter", "quarters"];
}

word_list! {
    fn is_time_locator = ["after", "before", "later", "earlier", "ago", "since", "prior", "from", "into", "through", "ending", "ended", "until"];
}

word_list! {
    /// Words after a number that show it is a year, not a count.
    fn is_after_year = [
        "and", "to", "when", "the", "a", "an", "in", "on", "at", "as", "was", "were", "he", "she", "it", "they", "saw", "season",
        "by", "for", "with", "from", "until", "is", "are", "had", "has", "election", "elections", "census", "edition", "olympics",
        "games", "budget", "survey", "report", "levels", "level", "onwards", "onward", "through", "or", "but", "that", "which",
        "there", "we", "i", "this", "his", "her", "their", "its", "after", "before", "during", "because", "while",
    ];
}

word_list! {
    /// Past tenses that do not end in "-ed", which end a figure's noun phrase.
    pub(crate) fn is_irregular_past = [
        "fell", "rose", "grew", "went", "came", "saw", "made", "took", "began", "became", "won", "lost", "left", "paid", "sold", "bought", "spent", "ran", "hit",
        "held", "kept", "met", "told", "said", "fled", "flew", "died", "got", "gave", "found", "brought", "built", "drove", "led", "stood", "sat", "shut", "sank",
        "sent", "broke", "struck", "wrote", "meant", "drew", "withdrew", "withheld", "upheld", "chose", "spoke", "threw", "fought",
        "sought", "caught", "taught", "dealt", "felt", "swept", "swam", "rode", "froze", "stole", "shook", "undertook", "overtook", "oversaw", "forgave",
    ];
}

word_list! {
    /// Words that end the noun phrase of a figure.
    fn is_stop = [
        "the", "a", "an", "to", "in", "on", "at", "of", "for", "from", "by", "with", "and", "or", "but", "that", "which", "who",
        "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may", "than", "as",
        "into", "over", "per", "since", "during", "after", "before", "while", "when", "it", "they", "he", "she", "this",
        "these", "those", "their", "its", "his", "her", "not", "also", "each", "every", "last", "next", "including",
        "across", "among", "between", "within", "through", "throughout", "under", "against", "around", "amid", "despite", "via",
        // modals and adverbs that follow a figure but are no part of it ("above £25,000 must now be approved")
        "must", "should", "might", "shall", "do", "does", "did", "now", "then", "still", "already", "if", "so", "thus",
        // verbs in the present that follow their subject's figure ("the
        // threshold of £29,385 takes effect", "The change to 67 comes",
        // "the 3.9% rise compares with")
        "takes", "comes", "goes", "remains", "compares", "means", "seems", "becomes", "applies",
    ];
}

/// Whether the day number at `i` is one of a list of days its month closes
/// or opens ("4, 9 and 12 December", "December 4, 9 and 12"): the list's
/// commas, then "and" or "or" before its last day.
fn in_a_list_of_days(tokens: &[Token<'_>], i: usize) -> bool {
    let day = |t: &Token<'_>| t.kind == TokenKind::Number && t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit());
    let month = |t: &Token<'_>| is_month(t.lower()) && t.is_capitalized();
    let joins = |t: &Token<'_>| t.is_punct(",") || matches!(t.lower(), "and" | "or");
    // (forward to the month after the last day)
    let mut k = i;
    while k < i + 12 && tokens.get(k + 1).is_some_and(joins) && tokens.get(k + 2).is_some_and(day) {
        if tokens.get(k + 3).is_some_and(month) && matches!(tokens[k + 1].lower(), "and" | "or") {
            return true;
        }
        k += 2;
    }
    // (back to the month before the first day, the list ending in "and")
    let mut k = i;
    while k >= 2 && k + 12 > i && tokens.get(k - 1).is_some_and(joins) && tokens.get(k - 2).is_some_and(day) {
        if k >= 3 && tokens.get(k - 3).is_some_and(month) {
            let mut end = i;
            while tokens.get(end + 1).is_some_and(joins) && tokens.get(end + 2).is_some_and(day) {
                end += 2;
            }
            // (the join before the list's last day)
            return tokens.get(end - 1).is_some_and(|t| matches!(t.lower(), "and" | "or"));
        }
        k -= 2;
    }
    false
}

/// First bytes and lengths of the number words: most words are answered
/// without hashing.
static NUMBER_SHAPES: LazyLock<super::lexicon::Shapes> = LazyLock::new(|| {
    let mut shapes = super::lexicon::Shapes::default();
    for w in NUMBER_WORDS.keys() {
        shapes.add(w);
    }
    shapes
});

/// The words that can start a figure: number words (whole, or before a
/// hyphen), "one", the vague plurals, "several", "few" ("a few dozen")
/// and "handful" ("a handful of schools").
/// Every word that can start a figure: a token that is none of them (and
/// no number, and not hyphenated) is passed over with one look-up.
static START_WORDS: LazyLock<super::lexicon::WordSet> =
    LazyLock::new(|| NUMBER_WORDS.keys().chain(VAGUE_PLURALS).chain(&["one", "several", "few", "handful"]).chain(MULTIPLES).map(|w| w.to_string()).collect());

/// A change told as a multiple: "Rents have roughly doubled".
const MULTIPLES: &[&str] = &["doubled", "tripled", "trebled", "quadrupled", "halved"];

/// The words of class [`super::lexicon::class::FIGURE_START`].
pub(crate) fn start_words() -> impl Iterator<Item = &'static str> {
    START_WORDS.iter().map(String::as_str)
}

pub(crate) fn number_word(lower: &str) -> Option<u64> {
    let get = |w: &str| if NUMBER_SHAPES.may_contain(w) { NUMBER_WORDS.get(w).copied() } else { None };
    if let Some(v) = get(lower) {
        return Some(v);
    }
    // "twenty-five", "six-member": a number word with a hyphenated tail.
    let dash = lower.bytes().position(|b| b == b'-')?;
    get(&lower[..dash])
}

/// "one" counts only as "one million" or after a qualifier ("only one day").
fn counted_one(tokens: &[Token<'_>], i: usize) -> Option<u64> {
    if !tokens[i].eq_ignore_case("one") {
        return None;
    }
    let multiplier = tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "million" | "billion" | "trillion" | "thousand" | "hundred"));
    // (not the pronoun: "more than one with 25% to put down")
    let qualified = i > 0 && matches!(tokens[i - 1].lower(), "only" | "just" | "over" | "nearly" | "about" | "almost" | "than") && !tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "with" | "who" | "that" | "which" | "whose"));
    // "one in five adults": a ratio.
    let ratio = tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("in")) && tokens.get(i + 2).is_some_and(is_count);
    (multiplier || qualified || ratio || ratio_with_its_noun(tokens, i)).then_some(1)
}

/// The unit glued to a number: "km" of "31km", "cm" of "13.5cm".
fn unit_after_digits(lower: &str) -> &str {
    lower.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
}

/// "9 by 12 centimetres", "13cm by 13cm holes": the sides of a
/// measurement, the figure from `first` to `end` and the number at `end +
/// 2` (asked after the "by" or "x" between them).
fn measures_two_sides(tokens: &[Token<'_>], first: usize, end: usize, excluded: &[Span]) -> bool {
    // (each side with its unit glued on: "13cm by 13cm holes")
    let glued_unit = |t: &Token<'_>| t.text.starts_with(|c: char| c.is_ascii_digit()) && is_measure_unit(unit_after_digits(t.lower()));
    let free = |t: &Token<'_>| !excluded.iter().any(|e| e.overlaps(t.span));
    tokens.get(first).is_some_and(|t| t.kind == TokenKind::Number)
        && tokens.get(end + 2).is_some_and(|t| t.kind == TokenKind::Number && free(t))
        && tokens.get(end + 3).is_some_and(|t| is_measure_unit(t.lower()))
        || tokens.get(end).is_some_and(glued_unit) && tokens.get(end + 2).is_some_and(|t| glued_unit(t) && free(t))
}

/// "roughly one pupil in three": a ratio of one, its noun between (not
/// a time: "at one point in 2023").
fn ratio_with_its_noun(tokens: &[Token<'_>], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.eq_ignore_case("one"))
        && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalized() && !is_stop(t.lower()) && !matches!(t.lower(), "point" | "stage" | "time" | "day" | "year" | "moment"))
        && tokens.get(i + 2).is_some_and(|t| t.eq_ignore_case("in"))
        && tokens.get(i + 3).is_some_and(|t| is_count(t) && !(t.text.len() == 4 && t.text.starts_with(['1', '2'])))
}

/// A number glued to the short form of its unit: millions, billions,
/// trillions or thousands after a currency sign (`after_currency`: "£38m",
/// "$1.2bn", "€2.5tn", "$40k"; millions and more, or metres, without one:
/// "5.88m", "3bn"), pence ("20p") or degrees ("48C", "-5F").
/// Not a name with a number in it ("4G", "A4", "M25": they start with a
/// letter or end in another one).
fn abbreviated_amount(text: &str, after_currency: bool) -> bool {
    let digits_end = text.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(text.len());
    if digits_end == 0 || !text.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    match &text[digits_end..] {
        // (millions or metres without a currency sign: a quantity either
        // way, "The record is 5.88m", "3bn people")
        "m" | "bn" | "tn" | "trn" | "mn" => true,
        "k" | "b" => after_currency,
        "p" | "C" | "F" => !after_currency,
        // measurements written with their unit: "6.1mm", "485g", "45W",
        // "120km", "3.5GHz"
        "mm" | "cm" | "km" | "kg" | "g" | "mg" | "ml" | "kWh" | "MWh" | "GWh" | "kW" | "MW" | "GW" | "W" | "mph" | "kph" | "km/h" | "GB" | "TB" | "MB" | "GHz" | "MHz" | "mAh" | "ha" => !after_currency,
        _ => false,
    }
}

/// A past form by its shape: a word in "-ed" past four letters or one of
/// [`is_irregular_past`] (lower case).
pub(crate) fn is_past_form(lower: &str) -> bool {
    lower.len() > 4 && lower.ends_with("ed") || is_irregular_past(lower)
}

/// A past form, or a past auxiliary: "was", "were", "had", "did".
pub(crate) fn tells_the_past(lower: &str) -> bool {
    matches!(lower, "was" | "were" | "had" | "did") || is_past_form(lower)
}

/// A lower-case word that reads as a plural noun by its "-s" ("cases",
/// "incidents"; not "this", "was", "its", "class"), which a participle
/// before it describes: "among confirmed cases", "14 new confirmed cases".
pub(crate) fn looks_like_a_plural_noun(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word && !t.is_capitalized() && has_a_plural_ending(t.lower())
}

/// A plural's "-s" on a word of four letters or more, not "-ss" and not a
/// common word that only ends so ("this", "was", "plus").
pub(crate) fn has_a_plural_ending(lower: &str) -> bool {
    lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss") && !matches!(lower, "this" | "was" | "has" | "his" | "its" | "thus" | "plus" | "unless")
}

/// A number in digits or words: the second term of a ratio ("one in 20",
/// "one in five"), the count after a body's act ("moved two turbines").
pub(crate) fn is_count(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Number || t.kind == TokenKind::Word && number_word(t.lower()).is_some()
}

pub(crate) fn is_month(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september" | "october"
            | "november" | "december" | "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct"
            | "nov" | "dec"
    )
}

/// The filters the whole sentence decides, after [`find`]: a condition,
/// a count announcing its list, a timeline's minute, a rating line, a
/// cricket match's tallies.
pub fn drop_by_sentence(tokens: &[Token<'_>], figures: &mut Vec<Figure>) {
    drop_list_tally(tokens, figures);
    drop_minute_label(tokens, figures);
    // (the other readings each turn on a word of `DROP_KEYS`: one walk of
    // the tokens' classes rules them out in most sentences)
    if !tokens.iter().any(|t| t.may_be(super::lexicon::class::FIGURE_DROP_KEY)) {
        return;
    }
    drop_conditional(tokens, figures);
    drop_own_count(tokens, figures);
    drop_cue_sports_play(tokens, figures);
    drop_rating(tokens, figures);
    drop_game_tallies(tokens, figures);
    drop_definition_aside(tokens, figures);
}

/// The words [`drop_by_sentence`]'s conditions, ratings, game tallies and
/// definitions turn on (class [`super::lexicon::class::FIGURE_DROP_KEY`];
/// a hyphenated word has the classes of its runs: "6-under-par", "run-out").
/// With them the words of [`GAME_WORDS`].
pub(crate) const DROP_KEYS: &[&str] = &[
    "if", "unless", "defined", "star", "stars",
    // (the second words of a game's pairs, and "par" of "6-under-par")
    "throws", "throw", "goal", "goals", "par", "stump", "spare",
    // (a rugby match's scorers, "tries to Whitby (2)")
    "tries", "try", "conversions", "penalties",
    // (a rating's line, "Rating: 4 out of 5")
    "rating",
    // (a count its subject kept, "by his own count")
    "own",
    // (a snooker or darts match's play, "breaks of 71 and 104", "a 121
    // checkout", "double 16", "a 13-darter")
    "break", "breaks", "clearance", "clearances", "checkout", "checkouts", "double", "treble", "darts", "darter", "darters",
    // (a break by its frame, a clearance by its verb: "a 141 in the 16th
    // frame", "cleared with 68")
    "frame", "cleared",
];

/// A game's own words for its tallies ([`drop_game_tallies`]): cricket's,
/// golf's and basketball's (not words with an everyday sense too:
/// "eagle", "tee", "jumper").
pub(crate) const GAME_WORDS: &[&str] = &[
    "wicket", "wickets", "overs", "innings", "lbw", "stumps", "bowled", "run-out", "fours", "sixes", "midwicket", "wicketkeeper", "wicket-keeper",
    // (a batter's score: "struck an unbeaten 112")
    "unbeaten",
    "off-spinner", "off-spinners", "leg-spinner", "leg-spinners", "left-armer", "right-armer",
    "birdie", "birdies", "birdied", "bogey", "bogeys", "bogeyed", "eagled", "putt", "putts", "putted", "two-putted", "three-putt", "three-putted", "fairway", "fairways", "under-par", "over-par", "leaderboard",
    "rebounds", "three-pointer", "three-pointers", "free-throw", "layup", "layups", "buzzer", "tip-off",
];

/// Drop the figures of an aside that defines a term ("Persistent absence,
/// defined as missing 10% or more of possible sessions, fell to 18.1%"):
/// the threshold a measure is defined by is no quantity asserted.
fn drop_definition_aside(tokens: &[Token<'_>], figures: &mut Vec<Figure>) {
    // (not ", meaning", as often a consequence: "..., meaning that the
    // layoffs will equal about six percent of its workforce")
    let Some(open) = tokens.windows(3).position(|w| w[0].is_punct(",") && w[1].lower() == "defined" && w[2].lower() == "as") else { return };
    let close = tokens[open + 1..].iter().position(|t| t.is_punct(",") || t.is_punct(";")).map_or(tokens.len(), |p| p + open + 1);
    let (from, to) = (tokens[open].span.end, tokens.get(close).map_or(usize::MAX, |t| t.span.start));
    figures.retain(|f| f.span.start < from || f.span.end > to);
}

/// Drop the figures inside a condition: a clause opened by "if" or
/// "unless" (to the next comma, semicolon or colon, or the sentence's end)
/// states what would hold, not what does ("A water point counts as
/// functional only if it delivers at least 10 litres a minute"; "If the
/// rate passes 5%, repayments rise by £200" keeps the £200).
fn drop_conditional(tokens: &[Token<'_>], figures: &mut Vec<Figure>) {
    let mut k = 0;
    while let Some(open) = tokens[k..].iter().position(|t| matches!(t.lower(), "if" | "unless")).map(|p| p + k) {
        let close = tokens[open + 1..].iter().position(|t| t.is_punct(",") || t.is_punct(";") || t.is_punct(":")).map_or(tokens.len(), |p| p + open + 1);
        k = close;
        // (a condition opening the sentence ends at its comma: without
        // one, where it ends is unknown; "if compared to", "if adjusted
        // for" qualify a figure rather than set a condition)
        if open == 0 && close == tokens.len() || tokens.get(open + 1).is_some_and(|t| t.lower().ends_with("ed")) {
            continue;
        }
        let (from, to) = (tokens[open].span.start, tokens.get(close).map_or(usize::MAX, |t| t.span.start));
        figures.retain(|f| f.span.start < from || f.span.end > to);
    }
}

/// Drop the play of a snooker or darts match: a break ("made breaks of 71
/// and 104", "opened with a 118 clearance", "a 97 and a battling 58"), a
/// checkout ("a 121 checkout"), a segment of the board ("double 16"), a leg
/// by its darts ("a 13-darter", "A 14-dart leg") and darts thrown ("missed
/// six darts at double 20", "survived two match darts"): each is its
/// player's score. (Asked only of a sentence with one of their words.)
fn drop_cue_sports_play(tokens: &[Token<'_>], figures: &mut Vec<Figure>) {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    // (each game's words, found in one walk of the sentence)
    let (mut a_break, mut snooker_words, mut darts, mut frames) = (false, false, false, false);
    for t in tokens {
        let w = t.lower();
        a_break |= matches!(w, "break" | "breaks" | "clearance" | "clearances");
        snooker_words |= matches!(w, "frame" | "frames" | "clearance" | "clearances" | "breaks" | "snooker" | "century" | "centuries");
        // (in a match: "The shop sold 40 darts" is a count)
        darts |= matches!(w, "leg" | "legs" | "checkout" | "checkouts" | "double" | "doubles" | "treble" | "bull" | "bullseye" | "oche" | "throw" | "match" | "set" | "sets");
        frames |= matches!(w, "frame" | "frames" | "cleared");
    }
    let snooker = a_break && snooker_words;
    if !snooker && !darts && !frames {
        return;
    }
    figures.retain(|f| {
        let i = tokens.partition_point(|t| t.span.start < f.number.start);
        if tokens.get(i).is_none_or(|t| t.span.start != f.number.start) {
            return true;
        }
        let small = small_count(&tokens[i]);
        let next = lower_at(i + 1);
        let snooker_break = snooker && matches!(small, Some(1..=147)) && (tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct) || matches!(next, "and" | "clearance" | "break" | "total" | "to" | "in" | "as" | "before"));
        // ("including a 141 in the 16th frame", "Reid cleared with 68": a
        // break told by its frame, or a clearance by its verb)
        let frame_break = frames
            && matches!(small, Some(1..=147))
            && (i > 0 && lower_at(i - 1) == "a" && next == "in" && (i + 2..tokens.len().min(i + 6)).any(|k| lower_at(k) == "frame")
                || i > 1 && lower_at(i - 1) == "with" && matches!(lower_at(i - 2), "cleared" | "clears" | "clear"));
        let dart_play = darts
            && (matches!(next, "checkout" | "checkouts" | "darts" | "darters" | "darter")
                || next == "-" && matches!(lower_at(i + 2), "darter" | "darters" | "dart")
                || i > 0 && matches!(lower_at(i - 1), "double" | "treble") && matches!(small, Some(1..=20 | 25))
                || next == "match" && lower_at(i + 2) == "darts");
        !(snooker_break || frame_break || dart_play)
    });
}

/// Drop the figures of a sentence whose subject counted them: "He has
/// carried over 800 kilograms up the hill, by his own count" (the count
/// is his, as "he said" would make it).
fn drop_own_count(tokens: &[Token<'_>], figures: &mut Vec<Figure>) {
    let own_count = tokens.windows(4).any(|w| {
        w[0].lower() == "by" && matches!(w[1].lower(), "his" | "her" | "their" | "its") && w[2].lower() == "own" && matches!(w[3].lower(), "count" | "estimate" | "estimates" | "reckoning" | "calculation" | "calculations" | "tally")
    });
    if own_count {
        figures.clear();
    }
}

/// A worked example: a home priced with "a" or "an" before the amount,
/// in a sentence told in the present or the conditional ("On a £450,000
/// flat in London, that means a bill of £7,500", "A household in a
/// £900,000 house would pay £2,160 a year"): the writer's own arithmetic
/// on a case made up to show a rule, neither figures asserted nor a claim
/// (not "They bought a £2m house in Kensington").
pub(crate) fn is_worked_example(tokens: &[Token<'_>]) -> bool {
    let priced_home = tokens.windows(4).any(|w| {
        matches!(w[0].lower(), "a" | "an") && matches!(w[1].text, "£" | "$" | "€") && w[2].kind == TokenKind::Number && matches!(w[3].lower(), "house" | "flat" | "home" | "property")
    });
    // (a participle after "be" or "have" is no past told: "has to be found")
    let told_in_the_past = || {
        tokens.iter().enumerate().any(|(k, t)| {
            t.kind == TokenKind::Word
                && tells_the_past(t.lower())
                && !(is_past_form(t.lower()) && k > 0 && matches!(tokens[k - 1].lower(), "be" | "been" | "being" | "is" | "are" | "has" | "have"))
        })
    };
    // (or a made-up earner: "Someone earning £15,000 a year currently has
    // contributions calculated on about £8,760")
    let made_up_earner = || {
        tokens.first().is_some_and(|t| matches!(t.lower(), "someone" | "anyone"))
            && tokens.get(1).is_some_and(|t| matches!(t.lower(), "earning" | "on" | "paid" | "making" | "with"))
            && tokens.get(2).is_some_and(|t| matches!(t.text, "£" | "$" | "€"))
    };
    priced_home && !told_in_the_past() || made_up_earner()
}

/// Drop the count that opens a sentence introducing what it counts ("Two
/// amendments were pushed to a vote on Wednesday:", "Three points for our
/// discussion:"): the list or table after the colon names them, a small
/// count tallying things named right there.
fn drop_list_tally(tokens: &[Token<'_>], figures: &mut Vec<Figure>) {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return };
    if !last.is_punct(":") {
        return;
    }
    let small = match first.kind {
        TokenKind::Number => first.text.parse::<u32>().is_ok_and(|n| (2..=10).contains(&n)),
        TokenKind::Word => number_word(first.lower()).is_some_and(|n| (2..=10).contains(&n)),
        _ => false,
    };
    if small {
        figures.retain(|f| f.span.start != first.span.start);
    }
}

/// Drop the figures of a sentence about the play of a cricket match, a
/// round of golf or a basketball game ("took three wickets for 41", "96 for
/// one", "a closing 65 for a total of 21 under, with six birdies", "scored
/// 34 points with five three-pointers"): the game's own tallies, scores
/// the rule does not ask a source for. The words are the game's own, which
/// no other kind of sentence uses.
fn drop_game_tallies(tokens: &[Token<'_>], figures: &mut Vec<Figure>) {
    let game_word = |w: &str| GAME_WORDS.contains(&w) || w.ends_with("-under-par") || w.ends_with("-over-par");
    // (and "free throws", "field goals", "under par", "off stump": two words)
    let game_pair = |a: &str, b: &str| matches!((a, b), ("free", "throws" | "throw") | ("field", "goal" | "goals") | ("under" | "over", "par") | ("off" | "leg" | "middle", "stump"));
    // (and a chase's margin: "with four balls to spare")
    let to_spare = |w: &[Token<'_>]| matches!(w[0].lower(), "balls" | "deliveries" | "wickets") && w[1].lower() == "to" && w[2].lower() == "spare";
    // (a game's word has the drop class: the list is asked of those only)
    if tokens.iter().any(|t| t.may_be(super::lexicon::class::FIGURE_DROP_KEY) && game_word(t.lower())) || tokens.windows(2).any(|w| game_pair(w[0].lower(), w[1].lower())) || tokens.windows(3).any(to_spare) {
        figures.clear();
    }
    // ("- **Melbourne 26**: tries to Whitby (2), Fifita and Nonu; goals to
    // Munro (5 from 5)": a rugby match's scorers, each side's score and
    // tallies)
    // (not a count set beside another side's: "conceded 14 penalties to
    // Bath's nine")
    if tokens.windows(3).any(|w| matches!(w[0].lower(), "tries" | "try" | "goals" | "goal" | "conversions" | "penalties") && w[1].lower() == "to" && w[2].is_capitalized() && !w[2].text.ends_with("'s") && !w[2].text.ends_with("’s")) {
        figures.clear();
    }
}

/// Drop a reviewer's rating standing on its own line ("**Four stars**",
/// "Rating: 4 stars"): the verdict, not a quantity.
fn drop_rating(tokens: &[Token<'_>], figures: &mut Vec<Figure>) {
    if tokens.len() <= 5 && tokens.iter().any(|t| matches!(t.lower(), "stars" | "star")) {
        figures.retain(|f| !tokens.iter().any(|t| matches!(t.lower(), "stars" | "star") && f.span.contains(t.span)));
    }
    // ("Four stars out of five.", "Rating: 4 out of 5 stars": the scale too)
    // ("**Rating: 4 out of 5.**": a rating's line names it)
    if tokens.len() <= 9 && tokens.iter().any(|t| matches!(t.lower(), "stars" | "star" | "rating")) && tokens.windows(2).any(|w| w[0].lower() == "out" && w[1].lower() == "of") {
        figures.clear();
    }
}

/// Drop a match minute that labels a line of a timeline ("- 11 min:
/// Okafor curls in from 20 yards (1-0)"): a time, not a quantity.
/// (and one in added time: "- 90+3' — Kelly (Arsenal) 3-1")
fn drop_minute_label(tokens: &[Token<'_>], figures: &mut Vec<Figure>) {
    let is_minute = |unit: &Token<'_>| matches!(unit.lower(), "min" | "mins" | "minute" | "minutes" | "'" | "’");
    let is_mark = |mark: &Token<'_>| matches!(mark.text, ":" | "-" | "–" | "—");
    match tokens {
        [first, unit, mark, ..] if first.kind == TokenKind::Number && is_minute(unit) && is_mark(mark) => {
            figures.retain(|f| f.span.start != first.span.start);
        }
        [first, plus, added, unit, mark, ..] if first.kind == TokenKind::Number && plus.text == "+" && added.kind == TokenKind::Number && is_minute(unit) && is_mark(mark) => {
            figures.retain(|f| f.span.start != first.span.start && f.span.start != added.span.start);
        }
        _ => {}
    }
}

/// Figures in a sentence's tokens. `excluded` are spans (time expressions,
/// quotations, citations) whose numbers are not figures.
pub fn find(text: &str, tokens: &[Token<'_>], excluded: &[Span]) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let tok = &tokens[i];
        let is_digit = tok.kind == TokenKind::Number;
        // A word must be of the class of words that start a figure: a
        // hyphenated one ("twenty-five") has the classes of its runs.
        // (a word that starts with a digit may be an amount with its unit:
        // "£38m")
        if !is_digit && !tok.may_be(super::lexicon::class::FIGURE_START) && !tok.text.starts_with(|c: char| c.is_ascii_digit()) {
            i += 1;
            continue;
        }
        let lower = tok.lower();
        // ("the big four", "a back three": a group's or a formation's name)
        // (and "the big four grocers", "the big six energy suppliers": the
        // group's name before what its members are)
        let named_group = tok.kind == TokenKind::Word
            && i >= 2
            && matches!(tokens[i - 1].lower(), "big" | "back")
            && matches!(tokens[i - 2].lower(), "the" | "a")
            && matches!(lower, "two" | "three" | "four" | "five" | "six")
            && (tokens.get(i + 1).is_none_or(|t| !t.is_word() || is_stop(t.lower()) || t.lower().ends_with("ed")) || tokens[i - 1].lower() == "big" && tokens[i - 2].lower() == "the");
        // ("a three-on-three rush", "a two-on-one", "one-on-one coaching":
        // a game's or a meeting's kind, no count)
        let matched_sides = tok.kind == TokenKind::Word && lower.split_once("-on-").is_some_and(|(a, b)| number_word(a).is_some() && number_word(b).is_some());
        if named_group || matched_sides {
            i += 1;
            continue;
        }
        let word_value = if tok.kind == TokenKind::Word { number_word(lower).or_else(|| counted_one(tokens, i)) } else { None };
        // ("forced thousands to flee", "Hundreds were injured": people
        // counted vaguely, the noun left out)
        let bare_crowd = matches!(lower, "dozens" | "hundreds" | "thousands" | "millions")
            // (a new clause's subject after ", and": "A public meeting was
            // held, and hundreds attended"; not "tens and hundreds")
            && (i == 0 || !matches!(tokens[i - 1].lower(), "the" | "of" | "in" | "by" | "into" | "to" | "and" | "or") || tokens[i - 1].lower() == "and" && i >= 2 && tokens[i - 2].is_punct(","))
            && tokens.get(i + 1).is_none_or(|t| t.is_punct(".") || t.is_punct(",") || matches!(t.lower(), "to" | "more" | "were" | "are" | "have" | "had" | "fled" | "died" | "gathered" | "marched" | "protested" | "attended" | "remain" | "remained" | "lost" | "packed" | "queued" | "lined" | "crammed" | "flocked" | "rallied" | "turned" | "joined" | "signed" | "braved" | "poured" | "waited"));
        // (not a noun after its determiner: "the scores of institutions are
        // tightly bunched")
        let determined = i > 0 && matches!(tokens[i - 1].lower(), "the" | "their" | "its" | "his" | "her" | "our" | "these" | "those" | "whose");
        // (not the judges' "scores of 77-75 and 78-74")
        let cards = lower == "scores" && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number);
        let vague_plural = tok.kind == TokenKind::Word && is_vague_plural(lower) && !determined && !cards && (tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("of")) || bare_crowd) && !time_scale(tokens, i);
        // "several municipalities", "several member governments", "several
        // thousand": a plural noun within three words, or a multiplier.
        let several = tok.kind == TokenKind::Word
            && lower == "several"
            // ("several of them", "several of the reefs"; not a share of
            // the writer's own people: "Several of our branch managers
            // report")
            // (not a stage of a life told vaguely: "worked for several
            // years as a teacher", "lived for several years in Rome"; a
            // delay "by several years" or an outage "for several hours"
            // stays a figure)
            && !(i > 0 && tokens[i - 1].lower() == "for" && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "years" | "months" | "decades")) && tokens.get(i + 2).is_some_and(|t| matches!(t.lower(), "as" | "in" | "at")))
            && (tokens.get(i + 1).is_some_and(|t| is_multiplier(t.lower()) || t.lower() == "dozen")
                || tokens.get(i + 1).is_some_and(|t| t.lower() == "of") && tokens.get(i + 2).is_some_and(|t| matches!(t.lower(), "them" | "the" | "these" | "those"))
                || tokens[i + 1..tokens.len().min(i + 4)].iter().take_while(|t| t.kind == TokenKind::Word && !is_stop(t.lower()) && !t.is_capitalized()).any(|t| t.lower().ends_with('s')));
        // "a few dozen long-running sites", "a few hundred people"
        let few = tok.kind == TokenKind::Word && lower == "few" && i > 0 && tokens[i - 1].eq_ignore_case("a") && tokens.get(i + 1).is_some_and(|t| is_multiplier(t.lower()) || t.lower() == "dozen");
        // "at least a dozen terraced houses", "half a dozen people": about
        // twelve (not "a few dozen", "several dozen": their own readings)
        let a_dozen = tok.kind == TokenKind::Word
            && lower == "dozen"
            && i > 0
            && tokens[i - 1].eq_ignore_case("a")
            && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && !is_stop(t.lower()) || t.eq_ignore_case("of"))
            // (not the unit a price is quoted in: "Wholesale prices for a
            // dozen large eggs climbed 18 percent")
            && !(i >= 2 && matches!(tokens[i - 2].lower(), "for" | "per") && tokens[..i - 2].iter().any(|t| matches!(t.lower(), "price" | "prices" | "cost" | "costs" | "costing" | "costed" | "sold" | "sells" | "sell" | "selling" | "priced" | "retail" | "wholesale")));
        // "a handful of schools", "only a handful of lorries": a few,
        // told vaguely (not "a handful of them": a share of people just
        // named; nor the hand's own "a handful of rice")
        let a_handful = tok.kind == TokenKind::Word
            && lower == "handful"
            && i > 0
            && tokens[i - 1].eq_ignore_case("a")
            && tokens.get(i + 1).is_some_and(|t| t.eq_ignore_case("of"))
            && tokens[(i + 2).min(tokens.len())..tokens.len().min(i + 5)].iter().take_while(|t| t.kind == TokenKind::Word && !is_stop(t.lower())).any(|t| t.lower().ends_with('s'));
        // "£38m", "$1.2bn", "20p", "48C": an amount written with its unit.
        // (a measurement after an article names a kind: "a 45W charger",
        // "the 10km race")
        let after_article = i > 0 && matches!(tokens[i - 1].lower(), "a" | "an" | "the" | "its" | "their" | "his" | "her" | "this" | "that");
        // (but a stretch measured is a length: "along a 3.2km stretch of
        // the River Lode", "a 20km exclusion zone")
        let measures_an_extent = || tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "stretch" | "section" | "length" | "radius" | "tailback" | "queue" | "extension" | "exclusion" | "buffer" | "cordon"));
        let abbreviated = tok.kind == TokenKind::Word && abbreviated_amount(tok.text, i > 0 && matches!(tokens[i - 1].text, "$" | "£" | "€" | "¥" | "₹")) && (!after_article || tok.text.ends_with(['p', 'C', 'F']) || measures_an_extent());
        // ("caught with 31km to go": a point of a race, its unit glued)
        // (or the race itself: "won the men's 400m individual medley")
        let abbreviated = abbreviated && !(is_distance_unit(unit_after_digits(tok.lower())) && marks_a_course_point(tokens, i, i + 1)) && !names_a_race(tokens, i);
        // (nor a field event's mark: "cleared 6.05m in the pole vault")
        let abbreviated = abbreviated && !field_mark_at(tokens, i);
        // (nor a film's gauge: "the film was made on 35mm", "shot on 16mm
        // film")
        let abbreviated = abbreviated
            && !(matches!(lower, "8mm" | "16mm" | "35mm" | "65mm" | "70mm") && (i > 0 && tokens[i - 1].lower() == "on" || tokens.get(i + 1).is_some_and(|n| matches!(n.lower(), "film" | "stock" | "print" | "prints"))));
        // "Rents have roughly doubled since 2019", "more than tripled": a
        // change told as a multiple, a qualifier or "have" before it (not
        // "doubled as a venue", "doubled down")
        let multiplied = tok.kind == TokenKind::Word
            && MULTIPLES.contains(&lower)
            && !tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "as" | "down" | "up" | "back"))
            && (qualifier_before(tokens, i).is_some_and(|q| !matches!(tokens[q].lower(), "up" | "to" | "at" | "the"))
                // (or told in the perfect with no object: "Prices have
                // doubled since 2019"; not "These measures have halved
                // burglary", a claim of cause)
                || i > 0 && matches!(tokens[i - 1].lower(), "has" | "have" | "had") && tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct || matches!(t.lower(), "since" | "in" | "over" | "from" | "to" | "between" | "during" | "this" | "last" | "compared" | "within")));
        if !(is_digit || word_value.is_some() || vague_plural || several || few || a_dozen || a_handful || abbreviated || multiplied) {
            i += 1;
            continue;
        }
        if excluded.iter().any(|e| e.overlaps(tok.span)) || out.last().is_some_and(|f| f.span.end > tok.span.start) {
            i += 1;
            continue;
        }
        if is_digit && !is_quantity_number(text, tokens, i) || names_a_scale_or_plan(tokens, i) || family_beside_a_spouse(tokens, i) {
            i += 1;
            continue;
        }
        if let Some(v) = word_value
            && !a_dozen
            && !is_quantity_word(tokens, i, v) {
                i += 1;
                continue;
            }
        // Extend left over currency and qualifiers.
        let mut start = i;
        if start > 0 && tokens[start - 1].kind == TokenKind::Punct && matches!(tokens[start - 1].text, "$" | "£" | "€" | "¥" | "₹") {
            start -= 1;
            if start > 0 && tokens[start - 1].text == "US" && tokens[start - 1].span.end == tokens[start].span.start {
                start -= 1;
            }
        }
        // (not the "up" of a verb of movement: "the load factor edged up
        // to 88.6%" has no "up to" qualifier)
        if let Some(q) = qualifier_before(tokens, start).filter(|&q| !(tokens[q].lower() == "up" && q > 0 && moved_up(tokens[q - 1].lower()))) {
            start = q;
        }
        if few {
            start = i - 1;
        }
        // ("Nearly a million young people": the "a" of a multiplier
        // counted on its own, and its qualifier)
        let a_multiplier = || word_value.is_some() && i > 0 && tokens[i - 1].eq_ignore_case("a") && is_multiplier(lower);
        if a_dozen || a_handful || a_multiplier() {
            start = if a_dozen && i >= 2 && tokens[i - 2].eq_ignore_case("half") { i - 2 } else { i - 1 };
            start = qualifier_before(tokens, start).unwrap_or(start);
        }
        // Extend right over the number's parts, unit and noun phrase.
        let mut end = i;
        let mut vague = vague_plural || several || few || a_dozen || a_handful;
        // "several thousand", "tens of thousands of", "1.5 million", "five hundred"
        while end + 1 < tokens.len() {
            let next = &tokens[end + 1];
            let nl = next.lower();
            if next.kind == TokenKind::Word && (is_multiplier(nl) || number_word(nl).is_some() && tokens[end].kind == TokenKind::Word) {
                end += 1;
            } else if next.kind == TokenKind::Word && is_vague_plural(nl) && tokens[end].eq_ignore_case("of") {
                end += 1;
                vague = true;
            } else if nl == "of" && (is_vague_plural(tokens[end].lower()) || tokens[end].eq_ignore_case("dozens") || tokens[end].eq_ignore_case("several") || tokens[end].eq_ignore_case("handful")) {
                end += 1;
            } else {
                break;
            }
        }
        if several && end == i {
            // "several municipalities": the noun is part of the figure.
        }
        // A range is one quantity: "four to six weeks", "between 200 and
        // 300 people", "10-12 people", "2 to 3 million".
        if let (Some(joiner), Some(far)) = (tokens.get(end + 1), tokens.get(end + 2)) {
            let between = start > 0 && tokens[start - 1].eq_ignore_case("between");
            let dash = matches!(joiner.text, "-" | "–") && joiner.span.start == tokens[end].span.end && far.span.start == joiner.span.end;
            let joined = joiner.eq_ignore_case("to") || dash || between && joiner.eq_ignore_case("and");
            // "between £100 and £300": the far end in the same currency
            let far_currency = matches!(far.text, "$" | "£" | "€") && start < i && tokens[start..i].iter().any(|t| t.text == far.text);
            // (not "fell €6 to €211": a change and a level are two)
            if (dash || between && joiner.eq_ignore_case("and")) && far_currency && tokens.get(end + 3).is_some_and(|t| is_count(t) && t.kind == tok.kind && !excluded.iter().any(|e| e.overlaps(t.span))) {
                end += 3;
                while tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Word && is_multiplier(t.lower())) {
                    end += 1;
                }
            } else if joined && is_count(far) && far.kind == tok.kind && !excluded.iter().any(|e| e.overlaps(far.span)) {
                end += 2;
                while tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Word && is_multiplier(t.lower())) {
                    end += 1;
                }
            }
        }
        // A measurement of two sides is one figure: "9 by 12 centimetres",
        // "3m x 4m".
        if tokens.get(end + 1).is_some_and(|t| t.eq_ignore_case("by") || t.text == "x" || t.text == "×") && measures_two_sides(tokens, i, end, excluded) {
            end += 2;
        }
        // A ratio is one figure: "one in 20 patients", "1 in 5", "£1 in
        // every £10".
        let every = usize::from(tokens.get(end + 2).is_some_and(|t| t.eq_ignore_case("every")));
        let currency = usize::from(tokens.get(end + 2 + every).is_some_and(|t| matches!(t.text, "$" | "£" | "€")));
        if tokens.get(end + 1).is_some_and(|t| t.eq_ignore_case("in"))
            && tokens.get(end + 2 + every + currency).is_some_and(|t| is_count(t) && !excluded.iter().any(|e| e.overlaps(t.span)))
        {
            end += 2 + every + currency;
        } else if end == i && word_value == Some(1) && ratio_with_its_noun(tokens, i) && tokens.get(end + 3).is_some_and(|t| !excluded.iter().any(|e| e.overlaps(t.span))) {
            // ("roughly one pupil in three": its noun between)
            end += 3;
        }
        // A part of a whole is one quantity too: "41 of the 106 patients",
        // "three out of four voters", "12 of 15".
        if end == i {
            let of = match (tokens.get(end + 1).map(Token::lower), tokens.get(end + 2).map(Token::lower)) {
                (Some("out"), Some("of")) => Some(end + 2),
                (Some("of"), _) => Some(end + 1),
                _ => None,
            };
            // ("11 of the next 14 points", "three of the last five games")
            let far = of.map(|of| match (tokens.get(of + 1).map(Token::lower), tokens.get(of + 2).map(Token::lower)) {
                (Some("the"), Some("next" | "last" | "first" | "previous" | "past" | "final")) => of + 3,
                (Some("the"), _) => of + 2,
                _ => of + 1,
            });
            // (a word and digits too: "four out of 10")
            // (and a word before digits after "the": "Eight of the 14 new
            // cases")
            if let Some(far) = far
                && tokens.get(far).is_some_and(|t| is_count(t) && (t.kind == tok.kind || tokens[end + 1].lower() == "out" || far >= end + 3 && tokens[far - 1].lower() == "the") && !excluded.iter().any(|e| e.overlaps(t.span)))
            {
                end = far;
            }
        }
        // Percent and units.
        if let Some(next) = tokens.get(end + 1) {
            let nl = next.lower();
            if next.is_punct("%") {
                end += 1;
            } else if is_percent(nl) {
                end += 1;
                if nl == "per" && tokens.get(end + 1).is_some_and(|t| t.eq_ignore_case("cent")) {
                    end += 1;
                }
                if nl == "percentage" && tokens.get(end + 1).is_some_and(|t| t.eq_ignore_case("points") || t.eq_ignore_case("point")) {
                    end += 1;
                }
            }
        }
        // A range of shares is one quantity too: "20% to 30%", "between 5%
        // and 8%", "3 per cent to 4 per cent".
        if end > i
            && let (Some(joiner), Some(far)) = (tokens.get(end + 1), tokens.get(end + 2))
            // (not a change and the level it reached: "from 5% to 8%",
            // "fell 6% to 8%")
            && (joiner.eq_ignore_case("to") && (start == 0 || !(tokens[start - 1].eq_ignore_case("from") || tokens[start - 1].lower().ends_with("ed") || is_irregular_past(tokens[start - 1].lower())))
                || joiner.eq_ignore_case("and") && start > 0 && tokens[start - 1].eq_ignore_case("between")
                // ("a target range of 3.5%-3.75%": a dash with no space)
                || matches!(joiner.text, "-" | "–") && joiner.span.start == tokens[end].span.end && far.span.start == joiner.span.end)
            && far.kind == TokenKind::Number
            && !excluded.iter().any(|e| e.overlaps(far.span))
        {
            let unit = &tokens[i + 1..=end];
            let far_unit = tokens.get(end + 3..end + 3 + unit.len());
            if far_unit.is_some_and(|f| f.iter().zip(unit).all(|(a, b)| a.lower() == b.lower())) {
                end += 2 + unit.len();
            }
        }
        // Noun phrase after (up to four words), then a parenthetical conversion.
        let mut words = 0;
        while end + 1 < tokens.len() && words < 4 {
            let next = &tokens[end + 1];
            let nl = next.lower();
            let hyphen_glue = next.kind == TokenKind::Punct && matches!(next.text, "-" | "‑") && tokens.get(end + 2).is_some_and(|t| t.kind == TokenKind::Word && t.span.start == next.span.end) && next.span.start == tokens[end].span.end;
            if hyphen_glue {
                end += 2;
                words += 1;
                continue;
            }
            // A unit per unit, glued: "70km/h", "80 km/h", "5 m/s".
            let per_unit = next.is_punct("/") && next.span.start == tokens[end].span.end && tokens[end].kind == TokenKind::Word && tokens.get(end + 2).is_some_and(|t| t.kind == TokenKind::Word && t.span.start == next.span.end && t.text.len() <= 3);
            if per_unit {
                end += 2;
                break;
            }
            // ("several of the reefs", "dozens of their supporters")
            if tokens[end].eq_ignore_case("of") && matches!(nl, "the" | "these" | "those" | "their" | "its" | "his" | "her" | "our") && next.kind == TokenKind::Word {
                end += 1;
                continue;
            }
            // (nor into a time: "fell to 4.08% from 4.15% late Tuesday")
            // (nor onto a verb's particle: "wiping around £180m off its
            // market value", "four out of 10"; "a $700 billion bail out"
            // keeps its noun)
            // (nor over a preposition of place: "a 22-kilometer circuit near
            // Te Awamutu")
            // (nor onto a time told after it: "gusts of up to 82mph
            // overnight", "10,000 today"; "2 million overnight stays" keeps
            // its noun)
            let time_after = matches!(nl, "yesterday" | "today" | "tonight" | "tomorrow") || nl == "overnight" && tokens.get(end + 2).is_none_or(|t| t.kind == TokenKind::Punct || is_stop(t.lower()));
            if next.kind != TokenKind::Word || is_stop(nl) || time_after || matches!(nl, "near" | "outside" | "beside" | "behind" | "beyond" | "inside" | "along" | "towards" | "toward" | "until") || (matches!(nl, "off" | "away" | "back") || nl == "out" && tokens.get(end + 2).is_some_and(|t| t.lower() == "of") && !matches!(tokens[end].lower(), "bail" | "buy" | "pay" | "sell" | "walk" | "shut" | "lock" | "roll" | "print" | "turn" | "cash")) || number_word(nl).is_some() || excluded.iter().any(|e| e.overlaps(next.span)) {
                break;
            }
            // A phrase does not run onto the next line (a fact box's next
            // label: "**Battery:** 4,300mAh\n**Weight:** 171g").
            if text.get(tokens[end].span.end..next.span.start).is_some_and(|gap| gap.contains(['\n', '\r'])) {
                break;
            }
            // A past-tense verb ends the phrase ("people attended", "75%
            // loan-to-value fell"), as does an adverb; right after a share,
            // so does any verb form ("27.4% reached a grade 4", "26%
            // compared with").
            let after_share = words == 0 && end > i && tokens[i + 1..=end].iter().any(|t| t.is_punct("%") || matches!(t.lower(), "percent" | "cent"));
            // (a verb right after a bare number: "a crowd of 10,500 rose
            // around her")
            if words == 0 && end == i && tokens[i].kind == TokenKind::Number && matches!(nl, "rose" | "fell" | "grew" | "went" | "came" | "stood" | "sat" | "fled" | "died" | "gathered" | "watched" | "cheered" | "attended") {
                break;
            }
            // (nor, right after the count, a verb of its own: "88p went to
            // services", "as young as eight worked in the mills", "symptoms
            // at 17 compared with", "it feeds two generously"; a participle
            // before its noun stays: "15 injured workers")
            let after_next = tokens.get(end + 2).map_or("", |t| t.lower());
            let verb_then_complement = (nl.ends_with("ed") && !nl.contains('-') || is_irregular_past(nl))
                && (tokens.get(end + 2).is_none_or(|t| t.kind == TokenKind::Punct) || is_preposition_after_verb(after_next));
            let adverb = nl.len() > 4 && nl.ends_with("ly") && !matches!(nl, "early" | "only" | "daily" | "weekly" | "monthly" | "yearly" | "quarterly" | "hourly" | "nightly" | "family" | "elderly" | "likely" | "friendly" | "lovely" | "costly" | "lonely" | "holy" | "ugly" | "silly" | "fully" | "woolly");
            // (nor a comparison's "rather than": "to 68 rather than 67")
            if words == 0 && (verb_then_complement || adverb || nl == "rather") {
                break;
            }
            // (a participle before its plural noun stays: "14 new
            // confirmed cases")
            let before_its_noun = matches!(nl, "confirmed" | "suspected" | "reported" | "registered" | "recorded" | "injured" | "affected" | "displaced" | "infected" | "vaccinated" | "unvaccinated" | "detained" | "combined" | "licensed" | "trained" | "qualified" | "armed" | "skilled" | "related") && tokens.get(end + 2).is_some_and(looks_like_a_plural_noun);
            if words >= 1 && !before_its_noun && (nl.ends_with("ed") && !nl.contains('-') || is_irregular_past(nl) || nl.ends_with("ly") && nl.len() > 4)
                || after_share && (nl.ends_with("ed") && !nl.contains('-') || is_irregular_past(nl) || nl.ends_with("ing"))
                // ("A rise of 1% means £300m more": a verb, no unit)
                || nl == "means"
            {
                break;
            }
            end += 1;
            words += 1;
            // a plural noun usually ends the phrase: "163 teams", "3,000
            // people" (not a singular's "-s" before its noun: "Several bus
            // routes", "two business owners", "three crisis meetings")
            let singular_s = ["ss", "us", "is"].iter().any(|e| nl.ends_with(e));
            if (nl.ends_with('s') && !singular_s || matches!(nl, "people" | "children" | "men" | "women")) && words >= 1 && !next.is_capitalized() {
                break;
            }
        }
        // ("1,900 trillion won ($1.3 trillion)": a currency named after the
        // amount, "won" no verb there, before its conversion)
        if words == 0 && tokens.get(end + 1).is_some_and(|t| matches!(t.lower(), "won" | "yen" | "yuan" | "rupees" | "rupiah" | "pesos" | "rand" | "naira" | "shillings" | "baht" | "dong" | "ringgit" | "lira" | "kronor" | "kroner" | "zloty" | "forint" | "roubles" | "rubles" | "hryvnias")) && tokens.get(end + 2).is_some_and(|t| t.is_punct("(")) {
            end += 1;
            words += 1;
        }
        // "5 feet 10 inches", "(800 km)", "(1.78 m)", "($1.3 trillion)"
        loop {
            if let (Some(a), Some(b)) = (tokens.get(end + 1), tokens.get(end + 2))
                && a.kind == TokenKind::Number && b.kind == TokenKind::Word && !is_stop(b.lower()) && words > 0 && tokens[end].kind == TokenKind::Word {
                    let unit_like = b.text.len() <= 6 || b.lower().ends_with("es") || b.lower().ends_with('s');
                    if unit_like && tokens[i].kind == TokenKind::Number {
                        end += 2;
                        continue;
                    }
                }
            if tokens.get(end + 1).is_some_and(|t| t.is_punct("("))
                && let Some(close) = (end + 2..tokens.len().min(end + 8)).find(|&k| tokens[k].is_punct(")"))
                    && tokens[end + 2..close].iter().any(|t| t.kind == TokenKind::Number) && tokens[end + 2..close].iter().all(|t| t.kind != TokenKind::Word || t.text.len() <= 6 || is_multiplier(t.lower()))
                    // (not a score after it: "curls in from 20 yards (1-0)")
                    && !(close == end + 5 && matches!(tokens[end + 3].text, "-" | "–") && tokens[end + 2].kind == TokenKind::Number && tokens[end + 4].kind == TokenKind::Number) {
                        end = close;
                    }
            break;
        }
        if bounds_a_category(tokens, start, end) {
            i = end + 1;
            continue;
        }
        // (a multiple is a verb: no noun of its own follows)
        if multiplied {
            end = i;
        }
        let span = tokens[start].span.cover(tokens[end].span);
        let number = tok.span;
        out.push(Figure { span, number, vague });
        i = end + 1;
    }
    shares(tokens, excluded, &mut out);
    join_compound_durations(text, &mut out);
    out
}

/// "patients waiting 52 weeks or more", "homes worth £1m or more": a length
/// of time or a sum with an open bound after it marks out whom or what a
/// figure counts; it asserts no quantity of its own.
fn bounds_a_category(tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    let open_bound = tokens.get(end + 1).is_some_and(|t| matches!(t.lower(), "or" | "and"))
        && tokens.get(end + 2).is_some_and(|t| matches!(t.lower(), "more" | "longer" | "over" | "above" | "less" | "fewer" | "under" | "below" | "shorter"))
        // (not the next figure's qualifier: "£2m and more than 40 jobs")
        && !tokens.get(end + 3).is_some_and(|t| t.kind == TokenKind::Number || matches!(t.lower(), "than" | "$" | "£" | "€"));
    // ("Households earning under $60,000", "those earning above $150,000":
    // a sum whose bound comes first, after what it measures)
    // (the figure's span opens with its bound)
    // (describing a noun, not a verb's complement: "Profits were worth
    // over £2m" asserts it)
    let bound_first = start >= 2
        && matches!(tokens[start].lower(), "under" | "over" | "above" | "below")
        && matches!(tokens[start - 1].lower(), "earning" | "earn" | "worth" | "costing" | "priced")
        && tokens[start - 2].kind == TokenKind::Word
        && !matches!(tokens[start - 2].lower(), "is" | "are" | "was" | "were" | "be" | "been" | "being" | "has" | "have" | "had" | "it" | "they" | "he" | "she" | "we" | "i" | "you")
        && tokens.get(start + 1).is_some_and(|t| matches!(t.text, "$" | "£" | "€"));
    bound_first || open_bound && (is_time_unit(tokens[end].lower()) || matches!(tokens[start].text, "$" | "£" | "€"))
}

/// "35 minutes and 18 seconds", "2 hours, 4 minutes and 30 seconds", "six
/// years and eight months", "three miles and two furlongs": one length
/// told in units of one measure, one quantity.
fn join_compound_durations(text: &str, figures: &mut Vec<Figure>) {
    // (each measure's units, largest first: "six years and eight months",
    // a prison term; "three miles and two furlongs", a race's distance;
    // "5 feet 9 inches"; "11 stone and 4 pounds")
    const MEASURES: [&[&str]; 5] = [
        &["year", "month", "week", "day", "hour", "minute", "second"],
        &["mile", "furlong", "yard", "foot", "inch"],
        &["stone", "pound", "ounce"],
        &["kilometre", "metre", "centimetre", "millimetre"],
        &["kilogram", "gram"],
    ];
    // (the measure of a figure's last word as a unit, and its rank in it)
    let unit_rank = |f: &Figure| {
        let word = text.get(f.span.range()).and_then(|t| t.rsplit(' ').next()).unwrap_or("");
        let word = match word {
            "feet" => "foot",
            "inches" => "inch",
            _ => word.strip_suffix('s').unwrap_or(word),
        };
        // (American spellings too: "kilometers", "meters")
        let spelt = |u: &str| u == word || word.strip_suffix("er").is_some_and(|stem| u.strip_suffix("re") == Some(stem));
        MEASURES.iter().enumerate().find_map(|(m, units)| units.iter().position(|u| spelt(u)).map(|r| (m, r)))
    };
    let mut k = 0;
    while k + 1 < figures.len() {
        let (a, b) = (&figures[k], &figures[k + 1]);
        let between = text.get(a.span.end..b.span.start).unwrap_or("x");
        let joined = matches!(between, " and " | ", " | ", and ");
        let smaller = matches!((unit_rank(a), unit_rank(b)), (Some((m, x)), Some((n, y))) if m == n && y > x);
        // (only a number and its unit after the joint)
        let plain = text.get(b.span.range()).is_some_and(|t| t.split(' ').count() == 2);
        if joined && smaller && plain {
            figures[k].span = Span::new(a.span.start, b.span.end);
            figures.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// Shares of a whole: "a fifth of the economy", "two-thirds of voters",
/// "half of the respondents"; not of a time ("a quarter of an hour", "the
/// first half of the year").
/// The parts of a whole [`shares`] knows (class
/// [`super::lexicon::class::SHARE_PART`]).
pub(crate) const PARTS: [&str; 9] = ["half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"];

fn shares(tokens: &[Token<'_>], excluded: &[Span], out: &mut Vec<Figure>) {
    const COUNTS: &[&str] = &["a", "one", "two", "three", "four", "nine"];
    let mut added = false;
    for k in 0..tokens.len() {
        // A part ("half" .. "quarters") or a hyphenated share ("one-half"
        // .. "three-quarters", of the class of its runs): most words stop
        // at their class.
        if !tokens[k].may_be(super::lexicon::class::SHARE_PART) {
            continue;
        }
        let lower = tokens[k].lower();
        // "two-thirds" is one word; "a third" two.
        let start = match lower.split_once('-') {
            Some((count, part)) if COUNTS.contains(&count) && PARTS.contains(&part) => k,
            None if PARTS.contains(&lower) && k > 0 && COUNTS.contains(&tokens[k - 1].lower()) => k - 1,
            None if lower == "half" && (k == 0 || tokens[k - 1].kind == TokenKind::Punct || matches!(tokens[k - 1].lower(), "about" | "nearly" | "almost" | "over" | "than" | "roughly" | "around")) => k,
            _ => continue,
        };
        // A change by a share: "has fallen by more than half", "cut by a
        // third", "grew by two-thirds since 2000".
        let by_change = (start.saturating_sub(3)..start).rev().find(|&b| tokens[b].eq_ignore_case("by")).is_some_and(|b| {
            b > 0 && (tokens[b - 1].lower().ends_with("ed") || matches!(tokens[b - 1].lower(), "fallen" | "fell" | "risen" | "rose" | "grown" | "grew" | "cut" | "shrunk" | "shrank"))
                && tokens[b + 1..start].iter().all(|t| matches!(t.lower(), "more" | "less" | "than" | "about" | "nearly" | "almost" | "over" | "roughly" | "around" | "some" | "well"))
        }) && tokens.get(k + 1).is_none_or(|t| !t.eq_ignore_case("of"));
        if by_change {
            let first = (start.saturating_sub(3)..start).find(|&b| tokens[b].eq_ignore_case("by")).map_or(start, |b| b + 1);
            let span = tokens[first].span.cover(tokens[k].span);
            if !excluded.iter().any(|e| e.overlaps(span)) && !out.iter().any(|f| f.span.overlaps(span)) {
                out.push(Figure { span, number: tokens[k].span, vague: false });
                added = true;
            }
            continue;
        }
        if !tokens.get(k + 1).is_some_and(|t| t.eq_ignore_case("of")) {
            continue;
        }
        // The whole it is a share of: skip an article, then not a time.
        let mut n = k + 2;
        if tokens.get(n).is_some_and(|t| matches!(t.lower(), "a" | "an" | "the" | "all" | "its" | "their")) {
            n += 1;
        }
        if tokens.get(n).is_none_or(|t| t.kind != TokenKind::Word || is_time_unit(t.lower()) || matches!(t.lower(), "year" | "season" | "century" | "decade" | "match" | "game" | "way")) {
            continue;
        }
        // ("won by a third of a length": a race's margin, its score)
        if n == k + 3 && tokens[k + 2].lower() == "a" && tokens[n].lower() == "length" {
            continue;
        }
        let start = qualifier_before(tokens, start).unwrap_or(start);
        let span = tokens[start].span.cover(tokens[k].span);
        if excluded.iter().any(|e| e.overlaps(span)) || out.iter().any(|f| f.span.overlaps(span)) {
            continue;
        }
        out.push(Figure { span, number: tokens[k].span, vague: false });
        added = true;
    }
    if added {
        out.sort_by_key(|f| f.span.start);
    }
}

/// A verb of movement that takes "up": "edged up to", "rose up to".
fn moved_up(word: &str) -> bool {
    matches!(word, "edged" | "edges" | "crept" | "creeps" | "ticked" | "ticks" | "moved" | "moves" | "went" | "goes" | "gone" | "shot" | "shoots" | "jumped" | "jumps" | "climbed" | "climbs" | "inched" | "inches" | "revised" | "pushed" | "pushes" | "rounded" | "stepped" | "ramped" | "scaled" | "bumped" | "notched")
}

/// The qualifiers by their last word, ASCII-lowercased: a qualifier ends
/// right before a figure only if the word there is its last word in any
/// ASCII case, so the word there picks the few to compare.
static QUALIFIERS_BY_LAST: LazyLock<HashMap<Vec<u8>, Vec<usize>, foldhash::fast::FixedState>> = LazyLock::new(|| {
    let mut by_last: HashMap<Vec<u8>, Vec<usize>, foldhash::fast::FixedState> = HashMap::default();
    for (n, q) in QUALIFIERS.iter().enumerate() {
        by_last.entry(q.last().map_or_else(Vec::new, |w| w.as_bytes().to_ascii_lowercase())).or_default().push(n);
    }
    by_last
});

/// Where the qualifier ending right before token `at` starts (the earliest,
/// when several do): "more than", "at least".
fn qualifier_before(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    // (words compared with eq_ignore_case are equal exactly when their
    // ASCII-lowercased bytes are: the key; a long word falls back to them all)
    let matches = |q: &Vec<&str>| q.len() <= at && q.iter().enumerate().all(|(k, w)| tokens[at - q.len() + k].eq_ignore_case(w));
    let last = at.checked_sub(1).map(|k| tokens[k].text.as_bytes())?;
    let mut key = [0u8; 32];
    let Some(key) = key.get_mut(..last.len()) else { return qualifier_before_any(tokens, at) };
    key.copy_from_slice(last);
    key.make_ascii_lowercase();
    let group = QUALIFIERS_BY_LAST.get(&*key)?;
    group.iter().filter(|&&n| matches(&QUALIFIERS[n])).map(|&n| at - QUALIFIERS[n].len()).min()
}

/// [`qualifier_before`], every qualifier compared.
fn qualifier_before_any(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    let mut best = None;
    for q in QUALIFIERS.iter() {
        if q.len() > at {
            continue;
        }
        let s = at - q.len();
        if q.iter().enumerate().all(|(k, w)| tokens[s + k].eq_ignore_case(w)) {
            best = Some(best.map_or(s, |b: usize| b.min(s)));
        }
    }
    best
}

/// A word that opens what a verb takes after it ("worked in", "compared
/// with", "went to"), which a noun phrase's words do not.
fn is_preposition_after_verb(word: &str) -> bool {
    matches!(word, "in" | "with" | "to" | "on" | "at" | "for" | "from" | "into" | "by" | "as" | "the" | "a" | "an" | "their" | "its" | "his" | "her" | "our" | "up" | "out" | "off" | "down" | "over" | "and")
}

/// "over hundreds of thousands of years", "for millions of years": a
/// scale of time told vaguely, not a quantity asserted.
fn time_scale(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    let mut k = i;
    while lower_at(k + 1) == "of" && is_vague_plural(lower_at(k + 2)) {
        k += 2;
    }
    lower_at(k + 1) == "of" && matches!(lower_at(k + 2), "years" | "decades" | "centuries" | "millennia" | "generations")
}

/// A word that names what the number after it labels: "Section 5",
/// "type 2 diabetes", "junctions 10 and 11", "Highway 38".
fn is_label(word: &str) -> bool {
    matches!(
        word,
        "no." | "no" | "number" | "nos." | "#" | "page" | "pp" | "p" | "chapter" | "section" | "article" | "paragraph" | "rule" | "line" | "item" | "version" | "v" | "table" | "figure" | "fig" | "chart" | "box" | "appendix" | "annex" | "exhibit" | "round" | "wave" | "volume" | "vol" | "issue"
        // a law's parts: "contrary to regulation 12 of the 2014 regulations"
        | "regulation"
        // a numbered issue of a series of reports: "Situation report 4", "Bulletin 12"
        | "report" | "bulletin" | "sitrep" | "edition" | "update"
        // kinds and grades named by a number: "type 2 diabetes", "a phase 3 trial", "stage 4 cancer", "a category 4 storm"
        | "type" | "phase" | "stage" | "category" | "grade" | "tier" | "band" | "clause" | "schedule" | "platform" | "terminal" | "route" | "doi" | "room" | "gate" | "ward" | "bay"
        // a race's or a match's numbered parts: "on lap 31", "at hole 17", "game 7"
        | "lap" | "hole" | "game" | "episode" | "leg" | "mile" | "kilometre" | "kilometer" | "km" | "court" | "loop" | "heat"
        // (a game of chess by its moves: "The turning point came on move 23")
        | "move"
        // a germ's type by its number: "Legionella pneumophila serogroup 1"
        | "serogroup" | "serotype" | "genotype" | "clade"
        // a week of the year or of a series: "the end of week 48"
        | "week"
        // places and vehicles named by a number: "runway 27", "junctions 10 and 11", "flight 283"
        | "runway" | "runways" | "junction" | "junctions" | "exit" | "lane" | "pier" | "class" | "berth" | "hangar" | "flight" | "bus" | "channel" | "floor" | "block" | "unit" | "flat" | "apartment" | "suite" | "district" | "zone" | "level" | "grid"
        // ("has worked plot 14 for 32 years": an allotment by its number)
        | "plot"
        // roads and the posts along them: "Highway 38", "mile markers 12 and 31"
        | "highway" | "interstate" | "motorway" | "marker" | "markers" | "milepost" | "mileposts"
        // ballot measures and a plan's numbered parts: "Proposal 3", "Option 2", "Question 1"
        | "proposal" | "proposition" | "prop" | "question" | "amendment" | "option" | "scenario" | "step" | "pillar" | "recommendation" | "objective"
        // a numbered scheme: "Plan 2 loans"
        | "plan"
        // a document's numbered notes: "financial statements 2025-26, note 4"
        | "note" | "footnote" | "endnote"
        // a work's number in its composer's catalogue: "Op. 5", "K. 491",
        // "BWV 1007"
        | "op" | "op." | "kv" | "bwv" | "hwv" | "rv" | "hob"
        // the plural before a list of them: "Sections 1, 3 and 4"
        | "sections" | "chapters" | "articles" | "paragraphs" | "clauses" | "items" | "tables" | "figures" | "pages" | "rules" | "platforms" | "terminals" | "routes" | "gates" | "wards" | "rooms" | "floors" | "districts" | "zones" | "precincts" | "lanes"
        // ("staff on bands 1 to 7", "grades 4 to 9")
        | "bands" | "grades" | "tiers" | "categories" | "phases" | "stages" | "types"
        // ("two theatres, numbers 4 and 5")
        | "numbers"
    )
}

/// A bus or tram named by its number: "the 76 bus", "the 76 and 90 bus
/// routes" (one of a list of numbers, or one number after "the" and
/// before a singular vehicle; "the 90 bus routes" may count them).
fn names_a_bus_route(tokens: &[Token<'_>], i: usize) -> bool {
    let joins = |t: &Token<'_>| t.is_punct(",") || t.is_punct("/") || matches!(t.lower(), "and" | "or" | "&");
    let (mut first, mut last) = (i, i);
    while first >= 2 && joins(&tokens[first - 1]) && tokens[first - 2].kind == TokenKind::Number {
        first -= 2;
    }
    while tokens.get(last + 1).is_some_and(joins) && tokens.get(last + 2).is_some_and(|t| t.kind == TokenKind::Number) {
        last += 2;
    }
    let Some(vehicle) = tokens.get(last + 1) else { return false };
    let listed = last > first && matches!(vehicle.lower(), "bus" | "buses" | "tram" | "trams");
    // (a route by its ends or its service: "the 155 between Barnstaple and
    // South Molton", "The 315 from Exeter to Okehampton", "The last 155
    // service")
    let ends = matches!(vehicle.lower(), "between" | "from")
        && tokens.get(last + 2).is_some_and(Token::is_capitalized)
        && (last + 3..(last + 6).min(tokens.len())).any(|k| matches!(tokens[k].lower(), "and" | "to") && tokens.get(k + 1).is_some_and(Token::is_capitalized));
    let the_before = first > 0 && tokens[first - 1].eq_ignore_case("the") || first > 1 && matches!(tokens[first - 1].lower(), "last" | "first" | "next") && tokens[first - 2].eq_ignore_case("the");
    // ("extend the existing 12 route": a route by its number and its noun)
    let a_route = vehicle.lower() == "route" && first > 1 && tokens[first - 2].eq_ignore_case("the") && matches!(tokens[first - 1].lower(), "existing" | "current" | "new" | "old" | "former" | "popular" | "busy" | "axed" | "scrapped");
    (the_before || a_route) && tokens[first..=last].iter().all(|t| t.kind != TokenKind::Number || t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit())) && (listed || matches!(vehicle.lower(), "bus" | "tram" | "service" | "route") || ends)
}

/// "one of four events in the 4 Deserts series": a number in a name after
/// "the", the kind of thing it names after it.
fn names_a_series(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    i > 0
        && lower_at(i - 1) == "the"
        && tokens[i].kind == TokenKind::Number
        && tokens.get(i + 1).is_some_and(|t| t.is_capitalized() && !t.is_abbreviation())
        && matches!(lower_at(i + 2), "series" | "challenge" | "cup" | "trophy" | "festival" | "awards" | "prize" | "club" | "group" | "index" | "programme" | "program" | "campaign" | "network" | "initiative")
}

/// The number at `i` continues a list of numbers after a label: "3" and
/// "4" in "Sections 1, 3 and 4".
fn is_in_labelled_list(tokens: &[Token<'_>], i: usize) -> bool {
    let joins = |t: &Token<'_>| t.is_punct(",") || t.is_punct("–") || t.is_punct("-") || matches!(t.lower(), "and" | "or" | "to" | "&");
    if i == 0 || !joins(&tokens[i - 1]) {
        return false;
    }
    let mut k = i;
    while k > 0 && (tokens[k - 1].kind == TokenKind::Number || joins(&tokens[k - 1])) {
        k -= 1;
    }
    k > 0 && k < i && tokens[k].kind == TokenKind::Number && tokens[k - 1].kind == TokenKind::Word && is_label(tokens[k - 1].lower())
}

/// Is the digit token at `i` a quantity (not a year, age, name, score...)?
fn is_quantity_number(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let tok = &tokens[i];
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    let next = tokens.get(i + 1);
    // (how many ASCII digits the token has: no copy of them is needed)
    let digits = tok.text.bytes().filter(u8::is_ascii_digit).count();
    let plain_integer = tok.text.chars().all(|c| c.is_ascii_digit());
    // The day of a date next to its month ("February 6", "3 October").
    if prev.is_some_and(|p| is_month(p.lower())) || next.is_some_and(|n| is_month(n.lower()) && n.is_capitalized()) {
        return false;
    }
    // A service's number: a phone line ("report them on 105", "call 999",
    // "dial 101") and a service named by its abbreviation and number ("NHS
    // 111, option 2").
    let ends_here = || next.is_none_or(|n| n.kind == TokenKind::Punct && !matches!(n.text, "%" | "-" | "–" | "/"));
    if plain_integer && (3..=4).contains(&digits) && ends_here() {
        let dialled = prev.is_some_and(|p| matches!(p.lower(), "call" | "calling" | "dial" | "dialling" | "dialing" | "ring" | "phone" | "text"))
            || prev.is_some_and(|p| p.lower() == "on") && tokens[i.saturating_sub(5)..i - 1].iter().any(|t| matches!(t.lower(), "report" | "call" | "ring" | "phone" | "contact" | "dial"));
        let named_service = prev.is_some_and(|p| p.is_abbreviation() && (2..=4).contains(&p.text.len()));
        if dialled || named_service {
            return false;
        }
    }
    // A race card's or a schedule's time opening its line: "- 12.40
    // Juvenile Hurdle: Copper Kettle", "2.25 Mares' Handicap".
    let card_time = || {
        tok.text.split_once('.').is_some_and(|(hour, minutes)| {
            (1..=2).contains(&hour.len())
                && hour.parse::<u8>().is_ok_and(|h| (1..=12).contains(&h))
                && minutes.len() == 2
                && minutes.bytes().all(|b| b.is_ascii_digit())
                && minutes.as_bytes()[0] <= b'5'
        }) && next.is_some_and(|n| n.is_word() && n.is_capitalized())
    };
    if i == 0 && card_time() {
        return false;
    }
    // The first day of a span of days: "between 16 and 29 January", "from 16 to 29 January", "16-29 January".
    let small = |t: &Token<'_>| t.kind == TokenKind::Number && t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit());
    if small(tok) && next.is_some_and(|n| matches!(n.lower(), "and" | "to" | "-" | "–" | "until")) && tokens.get(i + 2).is_some_and(small) && tokens.get(i + 3).is_some_and(|m| is_month(m.lower()) && m.is_capitalized()) {
        return false;
    }
    // A day of a list of days joined to their month: "on 4, 9 and 12
    // December", "on December 4, 9 and 12".
    if small(tok) && (next.is_some_and(|n| n.is_punct(",")) || prev.is_some_and(|p| p.is_punct(",") || matches!(p.lower(), "and" | "or"))) && in_a_list_of_days(tokens, i) {
        return false;
    }
    // Times of day: 10:30, 3 p.m., 7:30am (its minutes glued to "am")
    let minutes = |m: &Token<'_>| m.kind == TokenKind::Number || m.kind == TokenKind::Word && m.text.len() == 4 && m.text.as_bytes()[..2].iter().all(u8::is_ascii_digit) && matches!(m.lower().get(2..), Some("am" | "pm"));
    if next.is_some_and(|n| n.is_punct(":") && tokens.get(i + 2).is_some_and(|m| minutes(m) && m.span.start == n.span.end)) {
        return false;
    }
    if prev.is_some_and(|p| p.is_punct(":") && i >= 2 && tokens[i - 2].kind == TokenKind::Number && p.span.start == tokens[i - 2].span.end) {
        return false;
    }
    if next.is_some_and(|n| matches!(n.lower(), "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m" | "gmt" | "utc" | "o'clock" | "hrs")) {
        return false;
    }
    if is_identifier(tokens, i) || is_clock_time(tokens, i) || names_a_product_size(tokens, i) {
        return false;
    }
    // ("The 777-200LR will be the basis for an all-freight version of the
    // 777": a model the sentence named by its number and a variant)
    if prev.is_some_and(|p| p.lower() == "the") && plain_integer && digits >= 3 && next.is_none_or(|n| n.kind == TokenKind::Punct) && tokens[..i].windows(3).any(|w| w[0].text == tok.text && w[1].text == "-" && w[2].span.start == w[1].span.end && w[2].text.bytes().any(|b| b.is_ascii_alphabetic())) {
        return false;
    }
    if names_a_round_of_a_draw(tokens, i, || tok.text.parse().unwrap_or(0)) {
        return false;
    }
    // A side's score against another: "put 52 points on Wales", "has
    // put 40 points on Scotland" (the rugby idiom for a margin of play)
    if prev.is_some_and(|p| matches!(p.lower(), "put" | "puts" | "putting")) && next.is_some_and(|n| n.lower() == "points") && tokens.get(i + 2).is_some_and(|t| t.lower() == "on") && tokens.get(i + 3).is_some_and(Token::is_capitalized) {
        return false;
    }
    // A listing's running time: "- **Running time:** 2 hours 35 minutes"
    if prev.is_some_and(|p| p.is_punct(":")) && i >= 2 && matches!(tokens[i - 2].lower(), "time" | "duration" | "runtime" | "length") && next.is_some_and(|n| is_time_unit(n.lower())) {
        return false;
    }
    // (the minutes or seconds of the same length go with its hours or
    // minutes: "after 4 hours 11 minutes 38 seconds")
    if prev.is_some_and(|p| matches!(p.lower(), "hours" | "hour" | "minutes" | "minute" | "mins"))
        && next.is_some_and(|n| matches!(n.lower(), "minutes" | "minute" | "mins" | "seconds" | "second" | "secs"))
        && i >= 2
        && tokens[i - 2].kind == TokenKind::Number
    {
        return is_quantity_number(text, tokens, i - 2);
    }
    // A year of the first millennium: "founded on the island in 673 by
    // Æthelthryth", "destroyed in 870 and refounded" (a count after "in"
    // is followed by what it counts).
    if plain_integer && digits == 3 && prev.is_some_and(|p| matches!(p.lower(), "in" | "since" | "until")) && next.is_none_or(|n| n.is_punct(",") || n.is_punct(".") || matches!(n.lower(), "ad" | "bc" | "ce" | "bce" | "by" | "under" | "and" | "when")) {
        return false;
    }
    // "Of the 87 cases, 62 are ...", "Among the 87, 69 were ...": the total
    // just given, named again to be divided.
    // (the total alone or with its noun, then the comma: not "Of the 612
    // contacts currently under follow-up," which says more of them)
    if i == 2 && matches!(tokens[0].lower(), "of" | "among" | "amongst") && tokens[1].lower() == "the" && (tokens.get(3).is_some_and(|t| t.is_punct(",")) || tokens.get(3).is_some_and(Token::is_word) && tokens.get(4).is_some_and(|t| t.is_punct(","))) {
        return false;
    }
    // A p-value is statistical notation: "p<0.001", "p = 0.03".
    if i >= 2 && matches!(tokens[i - 1].text, "<" | "=" | "≤" | ">") && matches!(tokens[i - 2].text, "p" | "P") {
        return false;
    }
    // Statistical notation: the level of a confidence interval ("95% CI")
    // and its bounds ("(95% CI 5.2–10.7)"), which belong to the estimate
    // before them.
    let names_interval = |k: usize| tokens.get(k).is_some_and(|t| t.text == "CI" || (t.eq_ignore_case("confidence") && tokens.get(k + 1).is_some_and(|n| n.eq_ignore_case("interval"))));
    if next.is_some_and(|n| n.text == "%") && names_interval(i + 2) {
        return false;
    }
    if tokens[i.saturating_sub(6)..i].iter().rev().take_while(|t| !matches!(t.text, "(" | ")" | "[" | "]")).any(|t| t.text == "CI") {
        return false;
    }
    // A match report's scorers line: "Goals: Whitlock (pen) 58, Okonkwo 72, 90+3."
    if tokens.len() > 2 && matches!(tokens[0].lower(), "goals" | "scorers" | "scorer" | "tries" | "try" | "sent" | "booked" | "subs") && tokens[1].is_punct(":") && plain_integer && digits <= 3 {
        return false;
    }
    // A stretch of a match: "in the final 20 minutes", "the last 10 minutes";
    // or of a run of shows: "tickets for the final two nights".
    if prev.is_some_and(|p| matches!(p.lower(), "final" | "last" | "first" | "opening" | "closing" | "remaining")) && next.is_some_and(|n| matches!(n.lower(), "minutes" | "seconds" | "overs" | "laps" | "nights" | "evenings" | "weekends")) {
        return false;
    }
    // The second year of a span: "2022–23", "2023-24", "2022/23", "2019–2021".
    if plain_integer && year_span_end(tokens, i) {
        return false;
    }
    // Years.
    if plain_integer && digits == 4 {
        // (a plain integer is all digits: its text is its digits)
        let value: u32 = tok.text.parse().unwrap_or(0);
        if (1000..=2100).contains(&value) {
            let next_is_count_noun = next.is_some_and(|n| {
                n.kind == TokenKind::Word && !n.is_capitalized() && !is_after_year(n.lower()) && !n.lower().ends_with("ly")
            });
            let prev_is_currency = prev.is_some_and(|p| matches!(p.text, "$" | "£" | "€"));
            // "in 2019", and "the 2023 indoor season": a year before its noun.
            // ("Cascadia's 2019 switchover", "Cascadia's own 2019 system
            // switchover": an owner's year of a thing, as "its" is)
            let prev_is_time_preposition = prev.is_some_and(|p| matches!(p.lower(), "in" | "by" | "since" | "until" | "before" | "after" | "during" | "through" | "early" | "late" | "mid" | "the" | "this" | "its" | "their" | "his" | "her" | "whose" | "our" | "my" | "your") || p.is_possessive() && next.is_some_and(|n| !n.lower().ends_with('s')));
            let next_is_verb = next.is_some_and(|n| n.lower().ends_with("ed"));
            // "the 2020 and 2021 seasons": a year joined to a year.
            let joined_to_a_year = i >= 2 && prev.is_some_and(|p| matches!(p.lower(), "and" | "or" | "," | "to")) && is_year_number(&tokens[i - 2]);
            // "a 2022 review": after an article a count would take a plural;
            // so would one opening a sentence or a label ("2024 revenue:
            // $4.1 billion").
            // ("since a 2014 appeals court ruling": after an article a
            // plural is the first word of a compound noun, a count would
            // not take the article)
            let an_article_before_a_compound = |n: &Token<'_>| prev.is_some_and(|p| matches!(p.lower(), "a" | "an")) && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Word && !is_stop(t.lower()) && !t.lower().ends_with("ed")) && n.text.len() > 3;
            let year_of_a_thing = prev.is_none_or(|p| matches!(p.lower(), "a" | "an") || p.kind == TokenKind::Punct && !matches!(p.text, "$" | "£" | "€"))
                && (1900..=2100).contains(&value)
                && next.is_some_and(|n| n.kind == TokenKind::Word && !is_time_unit(n.lower()) && (!n.lower().ends_with('s') || an_article_before_a_compound(n)));
            // ("the celebrated 2018 production": an adjective between the
            // article and the year; a count there would take a plural)
            let described_year = i >= 2
                && (matches!(tokens[i - 2].lower(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that") || tokens[i - 2].is_possessive())
                && prev.is_some_and(|p| p.kind == TokenKind::Word && !p.is_capitalized() && !is_stop(p.lower()))
                && (1900..=2100).contains(&value)
                && next.is_some_and(|n| n.kind == TokenKind::Word && !n.lower().ends_with('s') && !is_time_unit(n.lower()));
            // ("Quarter 2 2026 have been revised": the year of a numbered
            // period or phase)
            let after_a_label = i >= 2 && prev.is_some_and(|p| p.kind == TokenKind::Number) && tokens[i - 2].kind == TokenKind::Word && tokens[i - 2].is_capitalized() && (1900..=2100).contains(&value);
            let count = prev_is_currency || (next_is_count_noun && !next_is_verb && !prev_is_time_preposition && !joined_to_a_year && !year_of_a_thing && !described_year && !after_a_label);
            if !count {
                return false;
            }
        }
    }
    // Identifiers: a capitalized word right before ("Article 5", "Windows 7"),
    // except currencies and sentence-initial words.
    // (not a name's share or amount: "a cut to India's 150 per cent tariff
    // on Scotch")
    // (nor how often, after a name: "has featured in the Vuelta 9 times")
    let count_after_a_name = prev.is_some_and(Token::is_possessive) && next.is_some_and(|n| n.text == "%" || is_percent(n.lower()) || is_multiplier(n.lower())) || next.is_some_and(|n| n.text == "times");
    if let Some(p) = prev.filter(|_| !count_after_a_name) {
        if p.kind == TokenKind::Word && p.is_capitalized() && !is_month(p.lower()) && i >= 2 && !matches!(p.text, "US" | "USD" | "Rs" | "A" | "The" | "About" | "Over" | "Nearly" | "Some" | "Only" | "Around" | "Almost" | "Just" | "More" | "Roughly" | "Approximately" | "Another") {
            return false;
        }
        // (opening the sentence, a name's number ends the subject: "Ironveil
        // 2 launched on Friday", "Windows 11 is"; not "Almost 40 died")
        let ends_subject = |n: &Token<'_>| matches!(n.lower(), "is" | "was" | "has" | "had" | "will" | "launched" | "arrives" | "arrived" | "costs" | "cost" | "sold" | "sells" | "runs" | "ran" | "goes" | "went" | "comes" | "came");
        // (or a title and its years in a list: "Precinct 47 (1986–1992)";
        // or an adverb before the verb: "Hull 801 finally began sailing")
        // (or a title's next word: "- *Holloway 4 Live at the Vanguard*")
        // (or its subtitle: "- *Apollo 11: The Return*")
        let title_then = |n: &Token<'_>| ends_subject(n) || n.is_punct("(") || n.is_punct(":") && tokens.get(3).is_some_and(Token::is_capitalized) || n.lower().len() > 4 && n.lower().ends_with("ly") || n.kind == TokenKind::Word && n.is_capitalized() && !is_month(n.lower());
        if i == 1 && plain_integer && digits <= 3 && p.kind == TokenKind::Word && p.is_capitalized() && p.text.len() > 2 && !p.is_abbreviation() && !is_month(p.lower()) && !is_stop(p.lower()) && !matches!(p.lower(), "almost" | "nearly" | "about" | "around" | "roughly" | "some" | "only" | "just" | "more" | "fewer" | "less" | "approximately" | "another" | "exactly" | "precisely" | "all" | "top" | "first" | "perhaps" | "maybe" | "up" | "least") && tokens.get(2).is_some_and(title_then) {
            return false;
        }
        // A product's name around its number: "- Nova 8 Pro handset",
        // "the Galaxy 24 Ultra" (a capital after the number too)
        // (or after the model it varies: "the Aurora 8 and 8 Pro")
        let variant = tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalized() && matches!(n.lower(), "pro" | "max" | "plus" | "ultra" | "mini" | "lite" | "air" | "se" | "xl" | "edge" | "neo" | "fold" | "flip"));
        if variant && (p.kind == TokenKind::Word && p.is_capitalized() && !is_month(p.lower()) || p.lower() == "and" && i >= 3 && tokens[i - 2].text == tok.text && tokens[i - 3].is_capitalized()) {
            return false;
        }
        // A product name in mixed case: "iPhone 15", "eBay 2".
        if p.kind == TokenKind::Word && p.text.starts_with(|c: char| c.is_lowercase()) && p.text.chars().any(char::is_uppercase) {
            return false;
        }
        // (or a list after a plural label: "Sections 1, 3 and 4 are
        // omitted", "junctions 10 and 11")
        if p.kind == TokenKind::Word && is_label(p.lower()) || is_in_labelled_list(tokens, i)
        {
            return false;
        }
        // "an emergency 999 call", "the 101 non-emergency line", "a 999
        // outage": a phone service's short number
        if plain_integer && digits == 3 && tokens.get(i + 1).is_some_and(|n| matches!(n.lower(), "call" | "calls" | "line" | "number" | "hotline" | "helpline" | "service" | "operator" | "non-emergency" | "outage" | "system")) && (tokens.get(i + 1).is_some_and(|n| n.lower() != "calls") || p.lower() == "emergency") {
            return false;
        }
        // "The 47 service", "the 38 bus": a route's number
        // ("Buses on the 36 and 36A routes")
        // (not "the 14 routes": a count)
        let route = |n: &Token<'_>| matches!(n.lower(), "service" | "route" | "bus" | "tram");
        let routes = |n: &Token<'_>| matches!(n.lower(), "services" | "routes" | "buses" | "trams");
        if plain_integer && digits <= 3 && p.lower() == "the" && (tokens.get(i + 1).is_some_and(route) || tokens.get(i + 1).is_some_and(|n| matches!(n.lower(), "and" | "or")) && tokens.get(i + 3).is_some_and(routes)) {
            return false;
        }
        // "texting TEHAMA to 99411", "text HELP to 85258": a text service's
        // short code
        if plain_integer && (4..=6).contains(&digits) && p.lower() == "to" && tokens[i.saturating_sub(4)..i].iter().any(|t| matches!(t.lower(), "text" | "texting" | "texts" | "sms" | "txt")) {
            return false;
        }
        // "England 27 Argentina 24": a score line, each side's name before
        // its points
        let score = |t: Option<&Token<'_>>| t.and_then(small_count).is_some();
        let side = |t: Option<&Token<'_>>| t.is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalized());
        if plain_integer && digits <= 3 && p.is_capitalized() && p.kind == TokenKind::Word
            && (side(tokens.get(i + 1)) && score(tokens.get(i + 2)) || i >= 3 && score(tokens.get(i - 2)) && side(tokens.get(i - 3)))
        {
            return false;
        }
        // "2.1 vacancies for every 100 jobs", "one attendant for every 50
        // seats": the rate's base, one quantity with the count before it
        if p.eq_ignore_case("every") && i >= 2 && matches!(tokens[i - 2].lower(), "for" | "per" | "in") && tokens[..i - 2].iter().any(|t| t.kind == TokenKind::Number || t.lower() == "one" || number_word(t.lower()).is_some()) {
            return false;
        }
        // "PM2.5", "v1.2": the decimal part of a name with digits in it
        // (a word glued to the period, the number glued after it).
        // (not an amount after a currency's code: "SGD1.75-billion")
        let currency_code = |w: &str| w.len() > 3 && w.as_bytes()[..3].iter().all(u8::is_ascii_uppercase) && w.as_bytes()[3].is_ascii_digit();
        if p.is_punct(".") && p.span.end == tok.span.start && i >= 2 && tokens[i - 2].span.end == p.span.start && tokens[i - 2].kind == TokenKind::Word && tokens[i - 2].text.bytes().any(|b| b.is_ascii_digit()) && !currency_code(tokens[i - 2].text) {
            return false;
        }
        // "No. 27", "Fig. 3": an abbreviated label and its period.
        if p.is_punct(".") && i >= 2 && tokens[i - 2].span.end == p.span.start && matches!(tokens[i - 2].lower(), "no" | "nos" | "fig" | "vol" | "p" | "pp" | "op" | "k" | "hob") {
            return false;
        }
        if p.is_punct("#") || p.is_punct("№") {
            return false;
        }
        // ("Three teenagers, aged 15, 16 and 17": the ages of a list after
        // "aged")
        let mut k = i;
        while k >= 2 && (tokens[k - 1].is_punct(",") || matches!(tokens[k - 1].lower(), "and" | "or")) && tokens[k - 2].kind == TokenKind::Number && tokens[k - 2].text.len() <= 3 {
            k -= 2;
        }
        if k < i && k > 0 && matches!(tokens[k - 1].lower(), "aged" | "ages") {
            return false;
        }
        // "aged 45", "age of 45", "as young as 8", "her two sons, ages 6 and 9"
        if matches!(p.lower(), "aged" | "age" | "ages") || (p.eq_ignore_case("of") && i >= 2 && matches!(tokens[i - 2].lower(), "age" | "ages")) || p.eq_ignore_case("as") && i >= 3 && matches!(tokens[i - 2].lower(), "young" | "old") && tokens[i - 3].eq_ignore_case("as") {
            return false;
        }
        // ("must stay in education or training until 18", "paid until 21":
        // the age a stage of life lasts to; a day or an hour has its month
        // or its minutes after it)
        if matches!(p.lower(), "until" | "till") && plain_integer && tok.text.parse::<u8>().is_ok_and(|n| (16..=21).contains(&n)) && next.is_none_or(|n| n.is_punct(".") || n.is_punct(",") || n.is_punct(";") || matches!(n.lower(), "and" | "or" | "if" | "unless")) {
            return false;
        }
        // ("the Champions League round of 16", "the round of 32": a knockout
        // stage named by the teams left in it)
        if p.eq_ignore_case("of") && i >= 2 && tokens[i - 2].eq_ignore_case("round") && plain_integer && tok.text.parse::<u16>().is_ok_and(|n| n >= 4 && n.is_power_of_two()) {
            return false;
        }
        // "call police on 101", "dial 999": a number to call
        if (matches!(p.lower(), "call" | "dial" | "ring" | "phone" | "text" | "called" | "calls" | "calling" | "dialled" | "dialed" | "dialling" | "dialing" | "rang") || p.eq_ignore_case("on") && i >= 2 && (tokens[i - 2].lower() == "police" || tokens[i.saturating_sub(5)..i - 1].iter().any(|t| matches!(t.lower(), "call" | "ring" | "phone" | "contact")))) && plain_integer && digits <= 4 && next.is_none_or(|n| n.kind == TokenKind::Punct || matches!(n.lower(), "or" | "and" | "quoting" | "for" | "at" | "after" | "when" | "from" | "shortly" | "as" | "but")) {
            return false;
        }
        // ("make calls, including to 999", "a 999 call": an emergency
        // number, called or naming its calls)
        // ("some 911 calls", "Calls come in through 911", "had called 911
        // about themselves")
        if matches!(tok.text, "999" | "911" | "112")
            && (p.eq_ignore_case("to") && tokens[i.saturating_sub(5)..i - 1].iter().any(|t| matches!(t.lower(), "call" | "calls" | "calling" | "called" | "phoned" | "rang"))
                || matches!(p.lower(), "through" | "via" | "called" | "dialled" | "dialed" | "phoned" | "rang" | "ringing" | "calling")
                || !matches!(p.lower(), "took" | "received" | "handled" | "made" | "answered" | "logged") && next.is_some_and(|n| matches!(n.lower(), "call" | "calls" | "caller" | "callers" | "operator" | "operators" | "handler" | "handlers" | "dispatcher" | "dispatchers" | "line" | "centre" | "center")))
        {
            return false;
        }
        // "At 61, Vidal remains a commanding presence": an age opening the
        // sentence
        // (or with its subject right after it: "At 14 she moved to Buenos
        // Aires")
        // (or the age something was done by: "By 16 she was sitting in at
        // the club")
        if (p.eq_ignore_case("at") || p.text == "By") && i == 1 && plain_integer && digits <= 2 && next.is_some_and(|n| n.is_punct(",") || matches!(n.text, "he" | "she" | "they" | "I" | "we")) {
            return false;
        }
        // "at 10 under after a 69", "finished 4 over,": a golfer's total
        // against par, the count right before "under" or "over" ending its
        // phrase
        if plain_integer && digits <= 2 && next.is_some_and(|n| matches!(n.lower(), "under" | "over")) && tokens.get(i + 2).is_some_and(|a| a.kind == TokenKind::Punct && !matches!(a.text, "%" | "-" | "–") || matches!(a.lower(), "after" | "with" | "for" | "and" | "through" | "going" | "overall")) {
            return false;
        }
        // "Mr Hale, now 91, still volunteers": an age in an aside
        if p.eq_ignore_case("now") && i >= 2 && tokens[i - 2].is_punct(",") && plain_integer && digits <= 3 && next.is_some_and(|n| n.is_punct(",") || n.is_punct(")")) {
            return false;
        }
        // "who turned 91 in May": an age reached
        // (and what people who turn it do: "people turning 75 began to
        // receive", "those who turn 75 will")
        if matches!(p.lower(), "turned" | "turns" | "turning" | "turn") && plain_integer && digits <= 3 && tok.text.parse::<u32>().is_ok_and(|n| n <= 120) && next.is_none_or(|n| n.kind == TokenKind::Punct || matches!(n.lower(), "in" | "on" | "last" | "this" | "and" | "years" | "at" | "before" | "after" | "when" | "began" | "begin" | "will" | "are" | "were" | "can" | "could" | "become" | "became" | "qualify" | "receive" | "get" | "must")) {
            return false;
        }
        // "Ibsen's 1879 play", "her 2019 album": a year that dates what a
        // possessor made
        // ("Redmere 2025 copper output": a name's)
        if plain_integer && digits == 4 && (1000..=2099).contains(&tok.text.parse::<u32>().unwrap_or(0)) && (p.text.ends_with("'s") || p.text.ends_with("’s") || matches!(p.lower(), "his" | "her" | "their" | "its") || p.is_capitalized() && i >= 2) && next.is_some_and(|n| n.kind == TokenKind::Word && !n.is_capitalized()) {
            return false;
        }
        // "For every £1 donated, 88p went to services": the unit of a ratio
        // (and any amount after "per": "48.5 cents per $100 of assessed
        // value", the rate before it the figure)
        if matches!(p.text, "$" | "£" | "€") && i >= 2 && (tok.text == "1" && matches!(tokens[i - 2].lower(), "every" | "each") || tokens[i - 2].lower() == "per") {
            return false;
        }
        // "The Cotton Industry Act of 1959": the year in a name
        if p.eq_ignore_case("of") && i >= 2 && tokens[i - 2].is_capitalized() && plain_integer && digits == 4 && (1000..=2999).contains(&tok.text.parse::<u32>().unwrap_or(0)) {
            return false;
        }
        // "7-6 (4)": a tie-break's score after a set's
        if p.is_punct("(") && plain_integer && digits <= 2 && next.is_some_and(|n| n.is_punct(")")) && i >= 3 && tokens[i - 2].kind == TokenKind::Number && i >= 4 && matches!(tokens[i - 3].text, "-" | "–") {
            return false;
        }
        // The far end of an age range or bound: "aged 40 to 79", "aged over 65".
        // (or "the ages of": "between the ages of 18 and 45")
        let before_aged = |k: usize| tokens.get(k).is_some_and(|t| matches!(t.lower(), "aged" | "ages")) || k >= 1 && tokens.get(k).is_some_and(|t| t.eq_ignore_case("of")) && matches!(tokens[k - 1].lower(), "age" | "ages");
        if matches!(p.lower(), "over" | "under" | "above" | "below") && i >= 2 && before_aged(i - 2) {
            return false;
        }
        // ("412 pupils aged four to 11": the near end in words; "The men,
        // aged between 19 and 42,": both ends)
        let near_end = |k: usize| tokens[k].kind == TokenKind::Number || number_word(tokens[k].lower()).is_some();
        if matches!(p.lower(), "to" | "and" | "-" | "–") && i >= 3 && near_end(i - 2) && (before_aged(i - 3) || i >= 4 && tokens[i - 3].eq_ignore_case("between") && before_aged(i - 4)) {
            return false;
        }
        if p.eq_ignore_case("between") && i >= 2 && before_aged(i - 2) || far_end_of_an_age_with_units(tokens, i) {
            return false;
        }
        // "She was 81.": a person's age, stated. ("until they are 18",
        // "when he was 12 and", "Students who turn 19 before": a verb of
        // being or turning, a person before it, no unit after)
        let no_unit_after = next.is_none_or(|n| n.kind == TokenKind::Punct && !matches!(n.text, "%" | "-" | "–") || matches!(n.lower(), "and" | "or" | "but" | "before" | "after" | "when" | "until" | "in" | "at" | "on" | "last" | "this"));
        // "The oldest patient is 44.": the age of the one a superlative
        // picks out
        if matches!(p.lower(), "is" | "was") && plain_integer && digits <= 3 && no_unit_after && tokens[i.saturating_sub(4)..i].iter().any(|t| matches!(t.lower(), "oldest" | "youngest")) {
            return false;
        }
        // ("with the youngest aged 18 and the oldest 79": an age, "aged"
        // left out; not "the oldest 10 buildings")
        if matches!(p.lower(), "oldest" | "youngest" | "eldest") && i >= 2 && tokens[i - 2].eq_ignore_case("the") && plain_integer && digits <= 3 && no_unit_after {
            return false;
        }
        let turned = matches!(p.lower(), "turn" | "turns" | "turned" | "turning");
        // (a name turns an age: "Okafor, who turned 27 on 9 November",
        // "Lima turns 30 in May")
        // (an adverb may stand between: "She is now 34, and")
        let (verb, v) = if matches!(p.lower(), "now" | "still" | "already") && i >= 2 { (&tokens[i - 2], i - 1) } else { (p, i) };
        if (matches!(verb.lower(), "was" | "is" | "are" | "were" | "be") || turned)
            && v >= 2
            && (matches!(tokens[v - 2].lower(), "he" | "she" | "they" | "who" | "you" | "i" | "we" | "children" | "pupils" | "students") || turned && tokens[v - 2].is_capitalized() && tokens[v - 2].span.start != tokens[0].span.start)
            && plain_integer
            && digits <= 3
            && no_unit_after
        {
            return false;
        }
        // "Their drummer is 17.", "Her son was 12.": a person's age, the
        // person named by a possessive and a role
        if matches!(p.lower(), "is" | "was") && (3..=4).contains(&i) && matches!(tokens[0].lower(), "his" | "her" | "their" | "my" | "our") && plain_integer && digits <= 2 && next.is_some_and(|n| n.is_punct(".")) && tokens.len() == i + 2 {
            return false;
        }
        // "Catriona, the keeper's daughter, is 19 and desperate to leave":
        // the age of the name an aside describes
        if matches!(p.lower(), "is" | "was") && i >= 4 && tokens[i - 2].is_punct(",") && tokens[0].is_capitalized() && tokens[1].is_punct(",") && !tokens[0].lower().ends_with('s') && plain_integer && digits <= 2 && no_unit_after {
            return false;
        }
        // "two students for the summer, Hannah and Josh, both 19": the age
        // of the people just named
        if p.eq_ignore_case("both") && i >= 2 && tokens[i - 2].is_punct(",") && plain_integer && digits <= 2 && no_unit_after {
            return false;
        }
        // "Rembrandt was 28 at the time", "Lima was 19 when he signed": a
        // name's age then (a name opening the sentence, no unit after).
        // (a name of up to three words: "Tomás Rinaldi was 23 and playing")
        let named = (2..=4).contains(&i) && tokens[..i - 1].iter().all(|t| t.is_word() && t.is_capitalized()) && !matches!(tokens[0].lower(), "the" | "a" | "an" | "this" | "that" | "it") && !tokens[i - 2].lower().ends_with('s');
        if matches!(p.lower(), "was" | "is") && named && plain_integer && digits <= 3
            // ("Kovalenko was 26 before she won a match")
            && (tokens.get(i + 1).is_some_and(|n| matches!(n.lower(), "when" | "before" | "after" | "until")) || tokens.get(i + 1).zip(tokens.get(i + 2)).zip(tokens.get(i + 3)).is_some_and(|((a, b), c)| a.eq_ignore_case("at") && b.eq_ignore_case("the") && c.eq_ignore_case("time"))
                // ("Rinaldi was 23 and playing in the fourth tier": the age
                // and what the person was doing then)
                || tokens.get(i + 1).zip(tokens.get(i + 2)).is_some_and(|(a, b)| a.eq_ignore_case("and") && b.lower().len() > 4 && b.lower().ends_with("ing")))
        {
            return false;
        }
        // "who do not get a grade 4 at 16 must continue": an age, when what
        // follows is what the person must or can do.
        if p.lower() == "at" && plain_integer && digits <= 2 && next.is_some_and(|n| matches!(n.lower(), "must" | "can" | "cannot" | "could" | "should" | "will" | "may" | "have" | "has")) {
            return false;
        }
        // "heavy users at 14 were twice as likely": young people at an age
        // (a person noun before "at", no unit after the number).
        // (and the later age the sentence compares it with: "... had 1.9
        // times the odds of high depressive symptoms at 17 compared with")
        let young_people = |t: &Token<'_>| matches!(t.lower(), "users" | "children" | "girls" | "boys" | "pupils" | "students" | "teenagers" | "teens" | "adolescents" | "participants" | "respondents");
        let age_at = |k: usize| {
            tokens[k].eq_ignore_case("at")
                && tokens.get(k + 1).is_some_and(|n| n.kind == TokenKind::Number && n.text.len() <= 2 && n.text.bytes().all(|b| b.is_ascii_digit()))
                && tokens.get(k + 2).is_none_or(|n| n.kind == TokenKind::Punct && !matches!(n.text, "%" | "-" | "–") || matches!(n.lower(), "and" | "or" | "were" | "was" | "had" | "have" | "compared" | "than" | "as"))
        };
        if p.lower() == "at" && age_at(i - 1) && (i >= 2 && young_people(&tokens[i - 2]) || (1..i.saturating_sub(2)).any(|k| age_at(k) && young_people(&tokens[k - 1]))) {
            return false;
        }
        // "who took up running at 64", "died at 87", "left school at 16":
        // the age a step in a life was taken at (only people die, retire,
        // marry or leave school; no unit after the number).
        // (an infinitive after the age is no range: "left school at 15 to
        // work at the colliery")
        let then_infinitive = next.is_some_and(|n| n.lower() == "to") && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Word && number_word(t.lower()).is_none());
        if p.lower() == "at" && plain_integer && digits <= 2 && (no_unit_after || then_infinitive) && i >= 2 && {
            let life_step = |k: usize| match tokens[k].lower() {
                "died" | "retired" | "married" | "emigrated" | "widowed" | "orphaned" | "debuted" => true,
                // ("became its leader at 36", "was elected at 29")
                "became" | "becoming" | "elected" | "appointed" => true,
                // ("joined the City of Dundee Amateur Swimming Club at 11",
                // "was let go at 15")
                "joined" => true,
                "go" => k >= 1 && tokens[k - 1].lower() == "let",
                // ("started racing at 14", "turned professional at 19")
                "professional" | "pro" => k >= 1 && matches!(tokens[k - 1].lower(), "turned" | "turning"),
                w if w.len() > 4 && w.ends_with("ing") => k >= 1 && matches!(tokens[k - 1].lower(), "started" | "began" | "starting" | "beginning"),
                "up" => k >= 1 && matches!(tokens[k - 1].lower(), "took" | "taken" | "taking" | "take" | "takes"),
                "school" | "home" => k >= 1 && matches!(tokens[k - 1].lower(), "left" | "leaving" | "leave" | "leaves"),
                // ("a knee injury ended his career at 19")
                "career" => k >= 2 && matches!(tokens[k - 2].lower(), "ended" | "ending" | "ends" | "began" | "started" | "beginning" | "starting"),
                _ => false,
            };
            // (the step right before "at", or before its object of a word or
            // three: "joined the national squad at 15")
            // (or of a name: "joined the City of Dundee Amateur Swimming Club")
            // (or a name's: "joined Bristol City's academy at 12")
            let reach = if tokens[i - 2].is_capitalized() || tokens[i.saturating_sub(4)..i - 1].iter().any(Token::is_capitalized) { 9 } else { 5 };
            (i.saturating_sub(reach)..i - 1).rev().take_while(|&k| tokens[k].kind == TokenKind::Word).any(life_step)
        } {
            return false;
        }
    }
    // Ages: "Smith, 45," and "45-year-old", "25 years old".
    // (or closing the sentence: "and the escort, Margaret Hind, 62.")
    // (or a person's in a list of people: "her sister, Joan Pike, 92; and
    // five grandchildren")
    // (or one a family word names: "and her son Idris, 7; and")
    let closes = |n: &Token<'_>| (n.is_punct(".") || n.is_punct(";")) && i + 2 >= tokens.len() || n.is_punct(";") && i >= 3 && tokens[i - 2].is_capitalized() && (tokens[i - 3].is_capitalized() || is_family_word(tokens[i - 3].lower()));
    // (or a person a role describes: "A retired head teacher, 71, who
    // invested £60,000")
    // (or one by family: "Priya Raman's son, 13, was referred")
    let names_a_person = |t: &Token<'_>| {
        t.is_capitalized()
            || super::attribution::is_person_noun(t.lower())
            || names_a_role(t.lower())
            || is_family_word(t.lower())
    };
    // (the person may have a bracket after the name: "Ada (Grace Lowther),
    // 17,", a character and who plays her)
    let person_before = |k: usize| {
        let k = if tokens[k].is_punct(")") { (k.saturating_sub(6)..k).rev().find(|&o| tokens[o].is_punct("(")).and_then(|o| o.checked_sub(1)).unwrap_or(k) } else { k };
        names_a_person(&tokens[k])
    };
    // (or closing an aside in dashes: "Three other men – Adrian Kovacs,
    // 33, and Ryan Ashby, 28 – received")
    // (or closing a bracket that opened before the name: "Declan (Conor
    // Maguire, 30)", who plays a character)
    let closes_its_bracket = |n: &Token<'_>| n.is_punct(")") && i >= 3 && (i.saturating_sub(6)..i - 2).any(|k| tokens[k].is_punct("("));
    if prev.is_some_and(|p| p.is_punct(",")) && next.is_some_and(|n| n.is_punct(",") || n.is_punct("–") || n.is_punct("—") || closes(n) || closes_its_bracket(n)) && plain_integer && digits <= 3 && i >= 2 && person_before(i - 2) {
        return false;
    }
    // ("- 12.40: Copper Kettle (Tom Farrant), 9-2": a results list's race
    // time opening its line)
    if i == 0 && next.is_some_and(|n| n.is_punct(":")) && tok.text.split_once('.').is_some_and(|(h, m)| h.len() <= 2 && m.len() == 2 && h.parse::<u8>().is_ok_and(|h| h <= 23) && m.parse::<u8>().is_ok_and(|m| m < 60)) {
        return false;
    }
    // ("Brothers Martin and Paul Kettlewell, 63 and 60, took over": two
    // people's ages in commas, either of them)
    let ages_pair = |first: usize| {
        first >= 2
            && tokens[first - 1].is_punct(",")
            && names_a_person(&tokens[first - 2])
            && tokens.get(first + 1).is_some_and(|t| t.lower() == "and")
            && tokens.get(first + 2).is_some_and(|t| t.kind == TokenKind::Number && t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit()))
            && tokens.get(first + 3).is_some_and(|n| n.is_punct(",") || n.is_punct("."))
            && tokens[first].text.len() <= 3
            && tokens[first].text.bytes().all(|b| b.is_ascii_digit())
    };
    if plain_integer && digits <= 3 && (ages_pair(i) || i >= 2 && ages_pair(i - 2)) {
        return false;
    }
    // ("winning his first cap at 20", "made her debut at 17": the age of a
    // first in a career)
    if plain_integer && digits <= 2 && prev.is_some_and(|p| p.lower() == "at") && next.is_none_or(|n| n.kind == TokenKind::Punct) && tokens[i.saturating_sub(4)..i - 1].iter().any(|t| matches!(t.lower(), "cap" | "debut" | "retired" | "died" | "married")) {
        return false;
    }
    // ("The drummer Jonah Prideaux, just 24, plays": an adverb before the
    // age in commas)
    if plain_integer && digits <= 3 && i >= 3 && prev.is_some_and(|p| qualifies_an_age(p.lower())) && tokens[i - 2].is_punct(",") && next.is_some_and(|n| n.is_punct(",") || closes(n)) && names_a_person(&tokens[i - 3]) {
        return false;
    }
    // (a rate's denominator: "35 micrograms per 100 millilitres of
    // breath", "per 100ml of blood"; the rate before it is the figure)
    // (or "in": "94 micrograms of alcohol in 100 millilitres of breath",
    // a measure of something, "of", before it)
    if prev.is_some_and(|p| p.lower() == "per")
        || prev.is_some_and(|p| p.lower() == "in") && i >= 5 && tokens[i - 3].eq_ignore_case("of") && tokens[i - 5].kind == TokenKind::Number && next.is_some_and(|n| n.kind == TokenKind::Word) && tokens.get(i + 2).is_some_and(|t| t.eq_ignore_case("of"))
    {
        return false;
    }
    // (a person's age closing the sentence: "Mr Kyle, a former shop
    // steward at the depot, was 77."; not "The turnout was 77.")
    if plain_integer && digits <= 3 && prev.is_some_and(|p| matches!(p.lower(), "was" | "is")) && next.is_some_and(|n| n.is_punct(".")) && i + 2 >= tokens.len() && opens_with_a_person(tokens) {
        return false;
    }
    // (an age at which something happened: "a stress fracture at 16 sent
    // her to the turbo trainer", the verb right after it)
    // (or before the one it happened to: "and at 15 she won the title")
    if plain_integer && digits <= 2 && prev.is_some_and(|p| p.lower() == "at") && next.is_some_and(|n| n.kind == TokenKind::Word && (!n.is_capitalized() && is_past_form(n.lower()) || matches!(n.lower(), "she" | "he" | "they"))) {
        return false;
    }
    // An age rating: "Age guidance: 12+", "suitable for ages 8+", "rated 15
    // for strong language".
    if plain_integer && digits <= 2 && (next.is_some_and(|n| n.is_punct("+")) && tokens[i.saturating_sub(3)..i].iter().any(|t| matches!(t.lower(), "age" | "ages" | "aged" | "guidance" | "rating" | "rated")) || prev.is_some_and(|p| p.lower() == "rated") && next.is_none_or(|n| n.kind == TokenKind::Punct || n.lower() == "for")) {
        return false;
    }
    if next.is_some_and(|n| n.is_punct("-")) && tokens.get(i + 2).is_some_and(|t| ["year-old", "years-old", "month-old", "months-old", "week-old", "weeks-old", "day-old", "days-old"].iter().any(|o| t.lower().starts_with(o))) {
        return false;
    }
    // ("25 years old", "six weeks old", and a range: "between 3 and 5
    // months old")
    if units_old_at(tokens, i + 1) || next.is_some_and(|n| matches!(n.lower(), "and" | "to" | "or" | "-" | "–")) && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number) && units_old_at(tokens, i + 3) || age_range_in_two_units(tokens, i) {
        return false;
    }
    // (the first age of a band: "18- to 24-year-olds", "16 to 24-year-olds")
    let band_from = |k: usize| tokens.get(k).is_some_and(|t| t.lower() == "to") && tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number) && tokens.get(k + 2).is_some_and(|t| t.is_punct("-")) && tokens.get(k + 3).is_some_and(|t| t.lower().starts_with("year-old"));
    if next.is_some_and(|n| n.is_punct("-")) && band_from(i + 2) || band_from(i + 1) {
        return false;
    }
    // Sports scores and ranges of small numbers: "2-1", "3–0" (not a range
    // of shares: "20–30%", "20-30 per cent").
    let share_at = |k: usize| {
        tokens.get(k).is_some_and(|a| a.text == "%" || matches!(a.lower(), "percent" | "pc") || a.lower() == "per" && tokens.get(k + 1).is_some_and(|c| c.lower() == "cent"))
    };
    // (a frame's score may run to three digits: "Frame scores: 5-118,
    // 141-0", asked only of a sentence with a frame's words)
    let frames = || tokens.iter().any(|t| matches!(t.lower(), "frame" | "frames"));
    let plain = |t: &Token<'_>| t.text.bytes().all(|b| b.is_ascii_digit());
    // (a chess match's, in half points: "level the match at 4.5-4.5")
    let half_point = |t: &Token<'_>| t.text.len() <= 4 && t.text.strip_suffix(".5").is_some_and(|whole| !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit()));
    let in_half_points = |t: &Token<'_>| t.text.len() <= 2 && plain(t) || half_point(t);
    let pairs_with = |other: &Token<'_>| {
        other.kind == TokenKind::Number
            && (other.text.len() <= 2 && digits <= 2 || other.text.len().max(digits) == 3 && plain(other) && plain_integer && frames() || (half_point(other) || half_point(tok)) && in_half_points(other) && in_half_points(tok))
    };
    if next.is_some_and(|n| matches!(n.text, "-" | "–")) && tokens.get(i + 2).is_some_and(pairs_with) && !share_at(i + 3) {
        let after = tokens.get(i + 3);
        let is_result = |w: &str| matches!(w, "win" | "victory" | "defeat" | "loss" | "draw" | "lead" | "down" | "up" | "ahead" | "behind" | "scoreline" | "result" | "deficit" | "margin" | "home" | "away" | "winners" | "winner" | "victors" | "losers" | "score" | "half-time" | "halftime" | "full-time" | "aggregate");
        // ("a 4–0 friendly win", "a 3-1 league defeat": a kind of match between)
        let kind_then_result = after.is_some_and(|a| matches!(a.lower(), "friendly" | "league" | "cup" | "home" | "away" | "emphatic" | "comfortable" | "narrow" | "shock" | "thumping" | "stunning" | "famous" | "quarter-final" | "semi-final" | "final" | "pool" | "group" | "opening" | "bonus-point" | "play-off"))
            && tokens.get(i + 4).is_some_and(|r| is_result(r.lower()))
            // ("came through a 6-5 semi-final against Ireland's Cian
            // O'Dwyer": a round of a draw, its score)
            || after.is_some_and(|a| matches!(a.lower(), "quarter-final" | "semi-final" | "final" | "play-off")) && tokens.get(i + 4).is_none_or(|r| r.kind == TokenKind::Punct || is_stop(r.lower()));
        // ("9–0 v Rochdale", "3-1 vs Leeds": a result against the side named)
        let against_a_side = after.is_some_and(|a| matches!(a.lower(), "v" | "vs" | "versus" | "against")) && tokens.get(i + 4).is_some_and(Token::is_capitalized);
        // ("At 5-5 Reyes double-faulted": the score as it stood, a name
        // after it)
        let as_it_stood = prev.is_some_and(|p| matches!(p.lower(), "at" | "until")) && after.is_some_and(|a| a.is_capitalized());
        if after.is_none_or(|a| a.kind == TokenKind::Punct || is_stop(a.lower()) || is_result(a.lower())) || kind_then_result || against_a_side || as_it_stood {
            return false;
        }
    }
    if prev.is_some_and(|p| matches!(p.text, "-" | "–")) && i >= 2 && pairs_with(&tokens[i - 2]) && !share_at(i + 1) {
        return false;
    }
    // List markers and section numbers at the start of a line: "1." / "3.2".
    // (Only white space may stand between the line start and the number:
    // look back over it, not for the line start, which on a one-line file
    // made every number a scan of the text before it.)
    let before = text[..tok.span.start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n' && c != '\r');
    let at_line_start = before.is_empty() || before.ends_with(['\n', '\r']);
    if at_line_start && next.is_some_and(|n| n.is_punct(".") || n.is_punct(")")) {
        return false;
    }
    // (or a numbered line's name, its places in brackets: "- 189 (Brent
    // Cross to Oxford Circus)", a route)
    if at_line_start && next.is_some_and(|n| n.is_punct("(")) && tokens.get(i + 2).is_some_and(|t| t.is_word() && t.is_capitalized()) {
        return false;
    }
    // Durations that only locate an event: "two days after", "3 years ago".
    // (and, in digits only, a bus route's or an emergency line's number)
    if names_or_tallies(tokens, i) || names_a_bus_route(tokens, i) || an_emergency_number(tokens, i) {
        return false;
    }
    // "towns with populations of 10,000 or more": the bound that defines
    // a class, not a count of it
    if i >= 2
        && tokens[i - 1].lower() == "of"
        && matches!(tokens[i - 2].lower(), "population" | "populations" | "incomes" | "income" | "turnover" | "turnovers" | "workforces" | "headcounts")
        && tokens.get(i + 1).zip(tokens.get(i + 2)).is_some_and(|(a, b)| matches!(a.lower(), "or" | "and") && matches!(b.lower(), "more" | "over" | "above" | "fewer" | "less" | "under" | "below"))
    {
        return false;
    }
    if plain_integer && tallies_names(tokens, i, tok.text.parse().unwrap_or(0)) {
        return false;
    }
    true
}

/// A small count followed by exactly that many names in brackets: "2
/// (Bewdley, Ironbridge)", "three wards (Abbey, Castle and Priory)": a
/// tally of what is named right there.
fn tallies_names(tokens: &[Token<'_>], i: usize, value: u64) -> bool {
    if !(2..=9).contains(&value) {
        return false;
    }
    // (a word or two of what is counted may come before the bracket)
    let Some(open) = tokens.iter().skip(i + 1).take(3).position(|t| t.kind != TokenKind::Word).map(|k| i + 1 + k).filter(|&k| tokens[k].is_punct("(")) else { return false };
    let mut names = 0;
    let mut in_name = false;
    for t in &tokens[open + 1..] {
        match t.kind {
            TokenKind::Word if t.eq_ignore_case("and") => in_name = false,
            TokenKind::Word if t.is_capitalized() => {
                names += u64::from(!in_name);
                in_name = true;
            }
            TokenKind::Punct if t.is_punct(",") => in_name = false,
            TokenKind::Punct if t.is_punct(")") => return names == value,
            _ => return false,
        }
    }
    false
}

/// "two open days on 7 and 8 November": a count of the days it names
/// right after its noun.
fn tallies_days(tokens: &[Token<'_>], i: usize, value: u64) -> bool {
    if !(2..=7).contains(&value) {
        return false;
    }
    let Some(on) = (i + 2..tokens.len().min(i + 5)).find(|&k| tokens[k].eq_ignore_case("on")) else { return false };
    if !tokens[i + 1..on].iter().all(|t| t.kind == TokenKind::Word && !t.is_capitalized()) {
        return false;
    }
    let mut days = 0;
    for t in &tokens[on + 1..] {
        match t.kind {
            TokenKind::Number if small_count(t).is_some_and(|d| (1..=31).contains(&d)) => days += 1,
            TokenKind::Punct if t.is_punct(",") => {}
            TokenKind::Word if t.eq_ignore_case("and") || is_month(t.lower()) => {}
            _ => break,
        }
    }
    days == value
}

/// "no history of drug use or travel, two groups normally at higher risk":
/// a count in apposition that sums up the two or three things just listed.
fn sums_up_a_list(tokens: &[Token<'_>], i: usize, value: u64) -> bool {
    (2..=3).contains(&value)
        && i >= 4
        && tokens[i - 1].is_punct(",")
        && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "groups" | "kinds" | "types" | "categories" | "things" | "factors" | "risks" | "reasons" | "areas" | "measures" | "options" | "sectors" | "issues" | "conditions" | "activities" | "habits" | "behaviours" | "behaviors" | "problems"))
        && tokens[i.saturating_sub(9)..i - 1].iter().filter(|t| matches!(t.lower(), "and" | "or")).count() == 1
}

/// A number that identifies rather than counts: a telephone or reference
/// number ("call 101", "0800 555 111", "crime reference 42/18876/26"), a
/// rating or a date written with a slash ("Verdict: 4/5", "24/7").
fn is_identifier(tokens: &[Token<'_>], i: usize) -> bool {
    let plain = |t: &Token<'_>| t.kind == TokenKind::Number && t.text.bytes().all(|b| b.is_ascii_digit());
    let tok = &tokens[i];
    // "10.1038/s41586-024": a DOI's prefix, its registrant after "10."
    if tok.kind == TokenKind::Number && tok.text.starts_with("10.") && tok.text.len() >= 7 && tokens.get(i + 1).is_some_and(|t| t.is_punct("/") && t.span.start == tok.span.end) {
        return true;
    }
    // "SSP5-8.5", "the SSP2-4.5 scenario": the last part of a code written
    // with letters and digits, after a period inside it
    // (not an amount's: "SGD1.75-billion")
    let unit_glued = tokens.get(i + 1).is_some_and(|t| t.span.start == tok.span.end && (t.is_word() || t.is_punct("-")));
    // (or after a code in capitals: "the GII.4 Sydney variant", "GII.17")
    let code_before = |t: &Token<'_>| t.text.ends_with(|c: char| c.is_ascii_digit()) || t.text.len() >= 2 && t.text.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if plain(tok) && !unit_glued && i >= 2 && tokens[i - 1].is_punct(".") && tokens[i - 2].span.end == tokens[i - 1].span.start && tokens[i - 1].span.end == tok.span.start && tokens[i - 2].kind == TokenKind::Word && code_before(&tokens[i - 2]) && tokens[i - 2].text.starts_with(|c: char| c.is_ascii_uppercase()) {
        return true;
    }
    // ("NMS G.2026.14.1", "2.4.1": a number with two points or more is a
    // catalogue or version number, never an amount)
    if tok.kind == TokenKind::Number && tok.text.bytes().filter(|&b| b == b'.').count() >= 2 && tok.text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return true;
    }
    if !plain(tok) {
        return false;
    }
    // Counts are not written with a leading zero.
    if tok.text.len() > 1 && tok.text.starts_with('0') {
        return true;
    }
    let hyphen_joined = |a: usize, b: usize| tokens.get(a).zip(tokens.get(a + 1)).zip(tokens.get(b)).is_some_and(|((x, dash), y)| dash.is_punct("-") && x.span.end == dash.span.start && dash.span.end == y.span.start);
    // "555-0142": a number joined to one with a leading zero.
    if hyphen_joined(i, i + 2) && tokens.get(i + 2).is_some_and(|t| plain(t) && t.text.len() > 1 && t.text.starts_with('0')) {
        return true;
    }
    // "the 777-200LR": a model, a number joined to a code.
    if hyphen_joined(i, i + 2) && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Word && t.text.starts_with(|c: char| c.is_ascii_digit())) {
        return true;
    }
    // "937-225-4000": three groups of digits joined by hyphens, a
    // telephone number.
    if (hyphen_joined(i, i + 2) && hyphen_joined(i + 2, i + 4) && tokens.get(i + 2).is_some_and(plain) && tokens.get(i + 4).is_some_and(plain))
        || (i >= 2 && hyphen_joined(i - 2, i) && hyphen_joined(i, i + 2) && plain(&tokens[i - 2]) && tokens.get(i + 2).is_some_and(plain))
        || (i >= 4 && hyphen_joined(i - 4, i - 2) && hyphen_joined(i - 2, i) && plain(&tokens[i - 4]) && plain(&tokens[i - 2]))
    {
        return true;
    }
    // "the 1, 2, 3 and B, D lines": routes named by numbers and letters,
    // listed before what they are
    let mut k = i + 1;
    while k < tokens.len().min(i + 16) && (tokens[k].is_punct(",") || matches!(tokens[k].lower(), "and" | "or") || plain(&tokens[k]) || tokens[k].text.len() == 1 && tokens[k].text.bytes().all(|b| b.is_ascii_uppercase())) {
        k += 1;
    }
    if k > i + 1 && tokens.get(k).is_some_and(|t| matches!(t.lower(), "lines" | "routes" | "trains" | "services")) {
        return true;
    }
    // "(202) 693-4676": an area code in brackets before a number of three
    // and four digits joined by a hyphen, a telephone number.
    let digits = |k: usize, n: usize| tokens.get(k).is_some_and(|t| plain(t) && t.text.len() == n);
    let local_number = |k: usize| digits(k, 3) && hyphen_joined(k, k + 2) && digits(k + 2, 4);
    let area_code = |k: usize| k >= 1 && digits(k, 3) && tokens[k - 1].is_punct("(") && tokens.get(k + 1).is_some_and(|t| t.is_punct(")"));
    if area_code(i) && local_number(i + 2) || i >= 3 && area_code(i - 2) && local_number(i) || i >= 5 && area_code(i - 4) && local_number(i - 2) {
        return true;
    }
    // "the 16-25 Railcard": a range of numbers naming a product or scheme,
    // after "the" and with a singular name right after it (not a month,
    // "the 3-5 March meeting", nor a count: "Between 20-30 Labour MPs")
    let names_after = |k: usize| {
        tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalized() && !t.is_abbreviation() && !t.lower().ends_with('s') && !is_month(t.lower()))
            && tokens.get(k + 1).is_none_or(|n| !n.is_capitalized() && !n.is_abbreviation())
    };
    let after_the = |k: usize| k > 0 && matches!(tokens[k - 1].lower(), "the" | "a" | "your" | "their" | "his" | "her");
    if (hyphen_joined(i, i + 2) && after_the(i) && tokens.get(i + 2).is_some_and(plain) && names_after(i + 3)) || (i >= 2 && hyphen_joined(i - 2, i) && after_the(i - 2) && plain(&tokens[i - 2]) && names_after(i + 1)) {
        return true;
    }
    // "a 10-K filing", "an S-1": a form named by a number and a letter.
    if hyphen_joined(i, i + 2) && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Word && t.text.len() == 1 && t.text.chars().all(|c| c.is_ascii_uppercase())) {
        return true;
    }
    // "a Boeing 737-800": the variant of a model named by a number.
    if i >= 3 && hyphen_joined(i - 2, i) && plain(&tokens[i - 2]) && tokens[i - 3].kind == TokenKind::Word && tokens[i - 3].is_capitalized() {
        return true;
    }
    // "junctions 10 and 11": the second of two numbered places.
    if i >= 3 && matches!(tokens[i - 1].lower(), "and" | "or" | "to" | "-" | "–") && plain(&tokens[i - 2]) && matches!(tokens[i - 3].lower(), "junctions" | "runways" | "platforms" | "gates" | "rooms" | "wards" | "chapters" | "sections" | "articles" | "pages" | "tables" | "figures" | "lanes" | "floors" | "terminals" | "markers" | "mileposts" | "highways" | "routes" | "exits") {
        return true;
    }
    if is_street_number(tokens, i) {
        return true;
    }
    // What one calls, dials or quotes.
    if i > 0 && matches!(tokens[i - 1].lower(), "call" | "dial" | "ring" | "text" | "texting" | "phone" | "telephone" | "tel" | "fax" | "quoting" | "quote" | "reference" | "ref" | "helpline" | "hotline" | "extension" | "ext") {
        return true;
    }
    // ("the film was made on 35mm", "shot on 16mm film"): a film gauge
    let (before, after) = (i.checked_sub(1).map(|p| &tokens[p]), tokens.get(i + 1));
    // ("**The Salt Road** (15) is in cinemas": a film's certificate after
    // its title)
    if matches!(tokens[i].lower(), "12" | "15" | "18") && before.is_some_and(|p| p.text == "(") && after.is_some_and(|n| n.text == ")") && i >= 2 && (matches!(tokens[i - 2].text, "*" | "**" | "_") || tokens[i - 2].is_capitalized()) {
        return true;
    }
    // ("quoting incident 1084 of 26 November", "quoting log 312"): what is
    // quoted, by its kind
    if i > 1 && matches!(tokens[i - 2].lower(), "quoting" | "quote") && matches!(tokens[i - 1].lower(), "incident" | "log" | "crime" | "case" | "serial" | "occurrence") {
        return true;
    }
    // Groups of digits: numbers separated by white space only (a telephone
    // number) or joined by slashes (a reference, a rating, a date).
    let (mut first, mut last) = (i, i);
    let mut slashes = 0;
    let mut spaced_leading_zero = false;
    let joined = |a: &Token<'_>, b: &Token<'_>| a.span.end == b.span.start;
    while first >= 2 && tokens[first - 1].is_punct("/") && joined(&tokens[first - 2], &tokens[first - 1]) && joined(&tokens[first - 1], &tokens[first]) && plain(&tokens[first - 2]) {
        first -= 2;
        slashes += 1;
    }
    while tokens.get(last + 2).is_some_and(|t| plain(t) && joined(&tokens[last + 1], t)) && tokens[last + 1].is_punct("/") && joined(&tokens[last], &tokens[last + 1]) {
        last += 2;
        slashes += 1;
    }
    if slashes >= 2 {
        return true;
    }
    // "4/5", "24/7": unless a share of something follows ("1/3 of adults").
    if slashes == 1 && !tokens.get(last + 1).is_some_and(|t| t.eq_ignore_case("of")) {
        return true;
    }
    let mut group = i;
    let mut groups = 1;
    while group > 0 && plain(&tokens[group - 1]) {
        group -= 1;
        groups += 1;
        spaced_leading_zero |= tokens[group].text.starts_with('0');
    }
    let mut group = i;
    while tokens.get(group + 1).is_some_and(plain) {
        group += 1;
        groups += 1;
        spaced_leading_zero |= tokens[group].text.starts_with('0');
    }
    groups >= 3 || groups == 2 && spaced_leading_zero
}

/// "211 Oxford Street", "14–22 Riverside Terrace", "500 Howard St.": the
/// number of a building in its street's name (up to three capitalised
/// words and a street word after it, or after a range of numbers).
fn is_street_number(tokens: &[Token<'_>], i: usize) -> bool {
    let mut at = i + 1;
    if tokens.get(at).is_some_and(|t| t.is_punct("-") || t.is_punct("–")) && tokens.get(at + 1).is_some_and(|t| t.kind == TokenKind::Number) {
        at += 2;
    }
    // (a compass point before the name: "400 W. Main St.", "1200 N Clark
    // Avenue")
    if tokens.get(at).is_some_and(|t| matches!(t.text, "N" | "S" | "E" | "W" | "NE" | "NW" | "SE" | "SW")) {
        at += 1;
        if tokens.get(at).is_some_and(|t| t.is_punct(".")) {
            at += 1;
        }
    }
    let mut names = 0;
    while names < 4 {
        let Some(t) = tokens.get(at) else { return false };
        if !t.is_capitalized() {
            return false;
        }
        if names > 0 && is_street_word(t.lower()) {
            return true;
        }
        // (a street word that comes first: "14 Heol y Felin", "12 Rue de
        // Rivoli")
        if names == 0 && matches!(t.lower(), "heol" | "ffordd" | "rue" | "calle" | "via") && tokens.get(at + 1).is_some_and(|n| n.kind == TokenKind::Word) {
            return true;
        }
        names += 1;
        at += 1;
        // ("Queen's Road": the apostrophe's "s" is part of the name)
        if tokens.get(at).is_some_and(|t| t.is_punct("'") || t.is_punct("’")) && tokens.get(at + 1).is_some_and(|t| t.lower() == "s") {
            at += 2;
        }
    }
    false
}

word_list! {
    fn is_street_word = [
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "terrace", "place", "pl", "square", "sq", "way", "drive", "dr", "boulevard", "blvd", "close",
        "crescent", "court", "ct", "row", "gardens", "parade", "mews", "grove", "highway", "hwy", "parkway", "pkwy", "embankment", "wharf", "quay",
        "approach", "walk", "rise", "vale",
    ];
}

/// "at 7.30 every morning", "from 9.15": a time of day written with a
/// point, after a preposition of time and not followed by a unit.
fn is_clock_time(tokens: &[Token<'_>], i: usize) -> bool {
    let tok = &tokens[i];
    let Some((hours, minutes)) = tok.text.split_once('.') else { return false };
    let clock = hours.len() <= 2 && minutes.len() == 2 && hours.parse::<u8>().is_ok_and(|h| h <= 24) && minutes.parse::<u8>().is_ok_and(|m| m < 60);
    clock
        && i > 0
        && matches!(tokens[i - 1].lower(), "at" | "by" | "from" | "until" | "till" | "before" | "after" | "around")
        && tokens.get(i + 1).is_none_or(|n| n.kind == TokenKind::Punct && matches!(n.text, "," | "." | ";" | ")" | "–" | "-") || matches!(n.lower(), "every" | "each" | "on" | "in" | "and" | "or" | "to" | "that" | "this" | "the" | "a.m." | "p.m." | "am" | "pm" | "sharp" | "today" | "tonight" | "tomorrow" | "yesterday"))
}

/// A token that is a year by its shape: four digits, 1000 to 2100.
fn is_year_number(tok: &Token<'_>) -> bool {
    tok.kind == TokenKind::Number && tok.text.len() == 4 && tok.text.parse::<u32>().is_ok_and(|v| (1000..=2100).contains(&v))
}

/// Whether the number at `i` ends a span of years written from a year
/// ("2022–23", "2023-24", "2022/23", "2019–2021"): the two digits of the
/// next year or a later year in the same decade, or a later four-digit
/// year, joined to it by a dash or a slash with no space.
fn year_span_end(tokens: &[Token<'_>], i: usize) -> bool {
    let (Some(first), Some(joiner)) = (i.checked_sub(2).map(|k| &tokens[k]), i.checked_sub(1).map(|k| &tokens[k])) else { return false };
    let tok = &tokens[i];
    if !is_year_number(first) || !matches!(joiner.text, "-" | "–" | "/") || first.span.end != joiner.span.start || joiner.span.end != tok.span.start {
        return false;
    }
    let (Ok(from), Ok(to)) = (first.text.parse::<u32>(), tok.text.parse::<u32>()) else { return false };
    match tok.text.len() {
        2 => to == (from + 1) % 100 || (to > from % 100 && to - from % 100 <= 10),
        4 => to > from && to - from <= 50,
        _ => false,
    }
}

/// An Australian rules football score, goals and behinds and the total in
/// brackets: "12.10 (82)", either part of it. The total must be six points
/// a goal and one a behind, so that no other decimal in brackets reads so.
fn australian_rules_score_at(tokens: &[Token<'_>], i: usize) -> bool {
    let score_at = |k: usize| {
        let (Some(tally), Some(open), Some(total), Some(close)) = (tokens.get(k), tokens.get(k + 1), tokens.get(k + 2), tokens.get(k + 3)) else { return false };
        let Some((goals, behinds)) = tally.text.split_once('.') else { return false };
        let small = |part: &str| (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
        open.is_punct("(")
            && close.is_punct(")")
            && small(goals)
            && small(behinds)
            && total.text.len() <= 3
            && total.text.parse::<u32>().is_ok_and(|t| goals.parse::<u32>().is_ok_and(|g| behinds.parse::<u32>().is_ok_and(|b| t == 6 * g + b)))
    };
    tokens[i].kind == TokenKind::Number && (score_at(i) || i >= 2 && score_at(i - 2))
}

/// A game's own tallies, which the catalogue counts with sports scores:
/// a player's or team's goals ("five goals", "his 12th try"), a gap in
/// the table ("four points behind", "three points clear") and a run of
/// recent games ("in his last six appearances", "one of their last eight
/// league games").
fn sports_tally(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    if australian_rules_score_at(tokens, i) {
        return true;
    }
    // (a round of golf's score: "nine under after a 67", "followed an
    // opening 75 with a 73", a course's "(par 72)")
    if i > 0 && (lower_at(i - 1) == "par" || golf_round_at(tokens, i)) {
        return true;
    }
    if golf_score_at(tokens, i) || stopwatch_time_at(tokens, i) || time_gap_at(tokens, i) || split_point_at(tokens, i) || placing_in_results(tokens, i) || field_mark_at(tokens, i) {
        return true;
    }
    let mut j = i + 1;
    while matches!(lower_at(j), "league" | "career" | "home" | "away" | "straight" | "consecutive" | "international" | "competitive") {
        j += 1;
    }
    // (a half's: "their 24 second-half points")
    if matches!(lower_at(j), "first" | "second") && lower_at(j + 1) == "-" && lower_at(j + 2) == "half" {
        j += 3;
    } else if matches!(lower_at(j), "first-half" | "second-half") {
        j += 1;
    }
    let unit = lower_at(j);
    // ("after trailing by eight points at half-time", "led by 12 points at
    // the break": the margin in a game as it stood)
    if matches!(unit, "points" | "goals" | "runs")
        && i >= 2
        && lower_at(i - 1) == "by"
        && matches!(lower_at(i - 2), "trailing" | "trailed" | "trail" | "trails" | "leading" | "led" | "lead" | "leads")
        && lower_at(j + 1) == "at"
        && (matches!(lower_at(j + 2), "half-time" | "halftime" | "half") || lower_at(j + 2) == "the" && matches!(lower_at(j + 3), "break" | "interval" | "turn"))
    {
        return true;
    }
    // ("his nearest challenger on nine under after a 67", "finished 13
    // over par": a golfer's score against par)
    if matches!(unit, "under" | "over") && (lower_at(j + 1) == "par" || matches!(lower_at(j + 1), "after" | "with" | "going" | "and" | "," | ".") && tokens.iter().enumerate().any(|(k, t)| scores_a_hole(t.lower()) || k > 0 && golf_round_at(tokens, k))) {
        return true;
    }
    // ("needed three sets to get past Ruiz": a match's length, its result;
    // not "three sets of rules")
    // ("kicked 11 points", "scored 28 points": a player's points in the game)
    // (more of them: "added two more tries in 14 minutes")
    let tallied = if matches!(unit, "more" | "further") { lower_at(j + 1) } else { unit };
    // ("kicked 12 points in a 19-16 win": the match they were scored in,
    // not "scored 5 points higher in the test")
    let in_a_match = |k: usize| lower_at(k) == "in" && (k + 1..k + 5).any(|m| matches!(lower_at(m), "win" | "victory" | "defeat" | "loss" | "draw" | "match" | "game" | "final" | "semi-final" | "quarter-final" | "test" | "derby" | "-" | "–"));
    let tally = matches!(tallied, "goals" | "goal" | "assists" | "appearances" | "caps" | "tries" | "wickets" | "touchdowns" | "rebounds" | "saves" | "frames")
        || unit == "sets" && lower_at(j + 1) != "of"
        || matches!(unit, "points" | "point") && j == i + 1 && i > 0 && matches!(lower_at(i - 1), "kicked" | "kicks" | "kicking" | "scored" | "scores" | "scoring" | "scorer") && (!matches!(lower_at(j + 1), "higher" | "lower" | "more" | "fewer" | "above" | "below" | "on" | "in") || in_a_match(j + 1))
        // ("scored 11 of his 27 points", "finished with 16 points and nine
        // rebounds": a player's points in the game)
        || matches!(unit, "points" | "point") && i > 0 && matches!(lower_at(i - 1), "his" | "her" | "their")
        || lower_at(i + 1) == "of" && matches!(lower_at(i + 2), "his" | "her" | "their") && (i + 4..i + 8).any(|k| lower_at(k) == "points")
        // ("Meafou's yellow card cost them 14 points": points a side lost)
        || matches!(unit, "points" | "point") && i >= 2 && matches!(lower_at(i - 2), "cost" | "costing" | "costs")
        || matches!(unit, "points" | "point") && i >= 2 && lower_at(i - 1) == "with" && lower_at(i - 2) == "finished" && (tokens.iter().any(|t| matches!(t.lower(), "game" | "quarter" | "half" | "match" | "rebounds" | "assists" | "led" | "scored")) || i == 3 && matches!(lower_at(0), "he" | "she"));
    // ("a further 36 points back"; "356 points to Norris's 347": one side's
    // total against another's)
    let table_gap = matches!(unit, "points" | "point")
        && (matches!(lower_at(j + 1), "behind" | "ahead" | "clear" | "adrift" | "off" | "back") || lower_at(j + 1) == "to" && tokens.get(j + 2).is_some_and(|t| t.is_capitalized() && (t.text.ends_with("'s") || t.text.ends_with("’s"))));
    // "missing out on European football by three points", "relegated on
    // goal difference", "won the title by two points": a margin in a
    // league, when the sentence speaks of one.
    let league_margin = matches!(unit, "points" | "point" | "goals")
        && i > 0
        && lower_at(i - 1) == "by"
        && tokens.iter().any(|t| matches!(t.lower(), "football" | "league" | "title" | "relegation" | "relegated" | "promotion" | "promoted" | "championship" | "table" | "play-offs" | "playoffs" | "finished"));
    // ("the title to be settled over the final two rounds": the rounds
    // left in a season)
    let recent_run = i >= 2
        && matches!(lower_at(i - 1), "last" | "first" | "past" | "previous" | "opening" | "final" | "remaining")
        && matches!(lower_at(i - 2), "his" | "her" | "their" | "its" | "the")
        && matches!(unit, "games" | "matches" | "appearances" | "starts" | "outings" | "fixtures" | "races" | "innings" | "bouts" | "fights" | "rounds" | "legs");
    // ("Scotland's third win in four Tests", "their second in five
    // games": a side's record over its last matches; "He won the next
    // three games": the run of a set or a match)
    let games = |w: &str| matches!(w, "games" | "matches" | "tests" | "outings" | "starts" | "fixtures" | "races" | "sets" | "frames" | "points" | "holes");
    let record_in = i >= 2 && lower_at(i - 1) == "in" && games(unit) && unit != "points" && (super::is_ordinal_word(lower_at(i - 2)) || super::is_numeric_ordinal(lower_at(i - 2)) || matches!(lower_at(i - 2), "win" | "wins" | "victory" | "victories" | "defeat" | "defeats"));
    let next_run = i >= 3
        && matches!(lower_at(i - 1), "next" | "last" | "following" | "remaining" | "final")
        && lower_at(i - 2) == "the"
        && matches!(lower_at(i - 3), "won" | "took" | "lost" | "dropped" | "claimed" | "reeled")
        && games(unit);
    // ("eight points from the boot of Tomás Albornoz": a kicker's points)
    let from_the_boot = matches!(unit, "points" | "point") && lower_at(j + 1) == "from" && lower_at(j + 2) == "the" && lower_at(j + 3) == "boot";
    let recent_run = recent_run || record_in || next_run || from_the_boot;
    // "England won 2-1, collecting three points", "took all three points":
    // the points a result earns, which the score already tells.
    let mut k = i;
    while k > 0 && matches!(lower_at(k - 1), "all" | "the" | "up") {
        k -= 1;
    }
    let points_for_result = matches!(unit, "points" | "point")
        && k > 0
        && matches!(lower_at(k - 1), "winning" | "won" | "win" | "wins" | "collecting" | "collected" | "collect" | "taking" | "took" | "take" | "earning" | "earned" | "claiming" | "claimed" | "securing" | "secured" | "picking" | "picked" | "bagged" | "dropping" | "dropped")
        && tokens.iter().any(|t| matches!(t.lower(), "match" | "game" | "half" | "goal" | "goals" | "scored" | "fixture" | "league" | "draw" | "drew" | "victory" | "defeat" | "minute" | "whistle"));
    // "won the World Series over the Cardinals in six games": the length
    // of a series is part of its result.
    let series_length = matches!(unit, "games" | "matches" | "sets" | "frames" | "legs")
        && i > 0
        && lower_at(i - 1) == "in"
        && tokens[..i].iter().any(|t| matches!(t.lower(), "won" | "win" | "wins" | "beat" | "beating" | "defeated" | "swept" | "lost" | "losing" | "winning"));
    // "came from 17 points down", "scored 20 unanswered points", "a
    // 10-point lead": a margin in the game's score.
    let score_margin = matches!(unit, "points" | "point" | "goals" | "runs" | "shots" | "strokes")
        && (matches!(lower_at(j + 1), "down" | "up") || i > 0 && lower_at(i - 1) == "from" && lower_at(j + 1) == "behind");
    let unanswered = matches!(lower_at(i + 1), "unanswered") && matches!(lower_at(i + 2), "points" | "goals" | "runs" | "tries");
    // "driven over from a maul on 22 minutes", "With three minutes left",
    // "three minutes after half-time": the match clock.
    // ("on 68 minutes" is the clock's idiom even with no game word)
    let clock = matches!(unit, "minutes" | "minute")
        && (i > 0 && lower_at(i - 1) == "on" && small_count(&tokens[i]).is_some()
            || i > 0 && matches!(lower_at(i - 1), "on" | "after") && tokens.iter().any(|t| matches!(t.lower(), "try" | "goal" | "scored" | "maul" | "penalty" | "conversion" | "kick" | "half-time" | "whistle" | "match" | "game"))
            || matches!(lower_at(j + 1), "left" | "remaining" | "to") && (lower_at(j + 1) != "to" || matches!(lower_at(j + 2), "go" | "play"))
            // ("in the final four minutes": a game's closing stretch)
            || i >= 2 && matches!(lower_at(i - 1), "final" | "closing") && lower_at(i - 2) == "the"
            || lower_at(j + 1) == "after" && matches!(lower_at(j + 2), "half-time" | "halftime" | "the"));
    // ("sank the winning goal with 22 seconds remaining": the clock's
    // last seconds)
    let clock = clock || unit == "seconds" && i > 0 && lower_at(i - 1) == "with" && (matches!(lower_at(j + 1), "left" | "remaining") || lower_at(j + 1) == "to" && matches!(lower_at(j + 2), "go" | "play"));
    // "Sarti was second at 38 seconds", "crossed the line in 4 hours 51
    // minutes": a race's gaps and finishing times are its result.
    // (or a point of the course in kilometres, "by 40km the gap was 25
    // seconds", or the record run: "took 38 seconds off the course record")
    let raced = || {
        tokens.iter().any(|t| {
            // ("won in 52:04, more than two minutes ahead of", "won the
            // time-trial ..., finishing in 47 minutes 12 seconds")
            matches!(t.lower(), "crossed" | "finished" | "finish" | "finishing" | "line" | "stage" | "race" | "marathon" | "lap" | "second" | "third" | "fourth" | "fifth" | "behind" | "peloton" | "halfway" | "pace" | "won" | "time-trial" | "time-trials" | "stoppage" | "knockout" | "knocked"
                // ("to win the men's individual time trial ..., beating Tom
                // Harland by 14 seconds", "covered the flat course in 45
                // minutes 52 seconds")
                | "win" | "beating" | "course" | "rider" | "riders")
                || t.lower().strip_suffix("km").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        })
    };
    let time_unit = matches!(unit, "seconds" | "second" | "minutes" | "minute" | "hours" | "hour");
    // (a hedge between: "finished in just under five hours")
    let before_hedge = (i.saturating_sub(3)..i).rev().take_while(|&k| matches!(lower_at(k), "just" | "under" | "over" | "about" | "around" | "nearly" | "almost" | "roughly" | "little")).last().unwrap_or(i);
    // (or a comma between: "finished in 1 minute, 9.42 seconds")
    let opens_a_time = before_hedge > 0 && (lower_at(before_hedge - 1) == "at" || lower_at(before_hedge - 1) == "in" && (matches!(unit, "hours" | "hour") || lower_at(j + 2) == "seconds" || lower_at(j + 1) == "," && lower_at(j + 3) == "seconds"));
    // (the minutes and seconds after the hours: "4 hours 51 minutes 12 seconds")
    // (the first count of the time opens it: "in 4 hours 51 minutes 12
    // seconds", not "needed three hours and 14 minutes", one figure)
    let unit_at = |k: usize| matches!(lower_at(k), "hours" | "hour" | "minutes" | "minute");
    let count_at = |k: usize| tokens[k].kind == TokenKind::Number || number_word(tokens[k].lower()).is_some();
    let continues_a_time = || {
        let mut k = i;
        loop {
            // (or a comma: "in 27 hours, 41 minutes and 12 seconds")
            let unit = if k >= 1 && matches!(lower_at(k - 1), "and" | ",") { k.checked_sub(2) } else { k.checked_sub(1) };
            match unit {
                Some(u) if u >= 1 && unit_at(u) && count_at(u - 1) => k = u - 1,
                _ => break,
            }
        }
        k < i && k > 0 && matches!(lower_at(k - 1), "at" | "in")
    };
    let race_time = time_unit && (opens_a_time || continues_a_time()) && raced();
    // "qualified fastest with a flying 200m of 10.198 seconds": a time to
    // the hundredth or thousandth, the stopwatch's, in a sentence of racing
    let clocked = matches!(unit, "seconds" | "second")
        && i > 0
        && matches!(lower_at(i - 1), "of" | "in" | "clocked" | "clocking")
        && tokens[i].text.split_once('.').is_some_and(|(_, fraction)| fraction.len() >= 2)
        && (raced() || tokens.iter().any(|t| matches!(t.lower(), "qualified" | "qualifying" | "fastest" | "heat" | "sprint")));
    // "to finish on 61 points", "sit on 40 points": a side's standing in a
    // points race or table
    // ("finished the series on 4,214 points": the competition between)
    let finishing = |k: usize| matches!(lower_at(k), "finish" | "finished" | "finishes" | "finishing" | "ended" | "end" | "ends" | "sit" | "sits" | "sitting" | "sat" | "stay" | "stays" | "level" | "moved" | "move" | "moves" | "went" | "go" | "goes");
    let on_points = matches!(unit, "points" | "point")
        && j == i + 1
        && i >= 2
        && lower_at(i - 1) == "on"
        && (finishing(i - 2) || i >= 4 && matches!(lower_at(i - 2), "series" | "season" | "championship" | "campaign" | "year" | "standings") && matches!(lower_at(i - 3), "the" | "its" | "his" | "her" | "their") && finishing(i - 4));
    // "61 points, 14 clear of Denmark": a gap told in the points just given
    let gap_in_points = matches!(unit, "clear" | "ahead" | "behind" | "adrift") && lower_at(j + 1) == "of" && j == i + 1 && tokens[..i].iter().any(|t| matches!(t.lower(), "points" | "point"));
    // "won the stage by 11 seconds", "a lead of more than six minutes",
    // "cut the gap to under two minutes": the gaps of a race are its score
    let race_gap = time_unit && {
        let mut k = i;
        while k > 0 && matches!(lower_at(k - 1), "more" | "than" | "less" | "under" | "over" | "nearly" | "almost" | "just" | "about" | "around" | "roughly") {
            k -= 1;
        }
        k > 0 && (lower_at(k - 1) == "by" || k > 1 && matches!(lower_at(k - 1), "of" | "to" | "was" | "is") && matches!(lower_at(k - 2), "lead" | "gap" | "advantage" | "deficit" | "margin"))
    } && raced();
    // ("took 38 seconds off the record set by ...": a record's margin)
    let off_the_record = time_unit && lower_at(j + 1) == "off" && matches!(lower_at(j + 2), "the" | "his" | "her" | "their" | "its") && (lower_at(j + 3) == "record" || lower_at(j + 4) == "record");
    // "saved two match points", "converted three of five break points":
    // a tennis match's own tally
    let tennis_points = matches!(lower_at(j), "match" | "break" | "set" | "championship") && matches!(lower_at(j + 1), "points" | "point");
    // "extends his lead in the championship to 9 points", "356 points": a
    // championship's standings, in a sentence about them
    let standings = matches!(unit, "points" | "point")
        && !matches!(lower_at(j + 1), "of" | "higher" | "lower")
        // (not "drivers": a licence's penalty points are no standings)
        && tokens.iter().any(|t| matches!(t.lower(), "championship" | "standings" | "leaderboard"));
    // "finished 14.8 seconds back", "finished 48 seconds clear": a race's
    // gap behind its winner, or the winner's ahead of the rest
    // ("came out of the water 14 seconds down on the leaders")
    // ("second, 1 minute, 12 seconds behind": the minutes, a comma, then
    // the seconds)
    let gap_word = |k: usize| matches!(lower_at(k), "back" | "behind" | "adrift" | "clear" | "ahead" | "down" | "up");
    let then_seconds = lower_at(j + 1) == "," && tokens.get(j + 2).is_some_and(|t| t.kind == TokenKind::Number) && matches!(lower_at(j + 3), "seconds" | "second" | "sec" | "secs") && gap_word(j + 4);
    let time_back = time_unit && (gap_word(j + 1) || then_seconds) && raced();
    // "a four-try win", "a two-goal lead", "a five-wicket victory": a
    // result told by the game's own scoring unit, which nothing else counts
    let scored_result = tokens[i].lower().split_once('-').is_some_and(|(count, tail)| {
        number_word(count).is_some() && matches!(tail, "try" | "goal" | "wicket" | "set" | "frame" | "run" | "stroke" | "shot")
    }) && matches!(unit, "win" | "wins" | "victory" | "defeat" | "loss" | "lead" | "haul" | "margin" | "thrashing" | "rout" | "comeback" | "advantage" | "cushion" | "deficit");
    // ("controlled the opening three rounds behind a stiff jab",
    // "outpointed Ryan Walsh over 10 rounds, winning 97-93 on two cards": a
    // fight's rounds and its judges' cards, in a sentence about a fight)
    let fight = || tokens.iter().any(|t| matches!(t.lower(), "jab" | "jabs" | "punch" | "punches" | "knockout" | "knockdown" | "bout" | "outpointed" | "stoppage" | "referee" | "scorecards" | "boxing" | "boxer" | "fighter" | "challenger" | "heavyweight" | "cruiserweight" | "middleweight" | "welterweight" | "lightweight" | "featherweight" | "bantamweight" | "flyweight" | "ringside"));
    let fight_rounds = (matches!(unit, "rounds" | "round") || matches!(unit, "cards" | "card" | "scorecards") && i > 0 && lower_at(i - 1) == "on") && fight();
    // ("won by 11 lengths", "a further six lengths back": a horse race's
    // margins; "a 20-1 shot", "6-4 fav": its odds)
    // (and the fraction after them: "by a length and three-quarters")
    let race_lengths = matches!(unit, "lengths" | "length") && lower_at(j + 1) != "of"
        || i >= 2 && matches!(tokens[i].lower(), "three-quarters" | "half" | "quarter") && lower_at(i - 1) == "and" && matches!(lower_at(i - 2), "length" | "lengths");
    // (the number, a hyphen and a small number: "20-1", "14-0")
    let paired = tokens.get(i + 1).is_some_and(|t| t.is_punct("-")) && tokens.get(i + 2).and_then(small_count).is_some();
    let odds = paired && matches!(lower_at(i + 3), "shot" | "fav" | "favourite" | "favorite" | "chance" | "outsider" | "jf" | "jt-fav");
    // ("A 14-0 run early in the third quarter": a spell of the score)
    let scoring_run = paired && lower_at(i + 3) == "run";
    // ("France led 17-3 shortly before half-time": the score as it stood)
    // (the far side of a pair: "111" in "117-111")
    let paired_before = i >= 2 && tokens[i - 1].is_punct("-") && small_count(&tokens[i - 2]).is_some();
    let score_verb = |k: usize| matches!(lower_at(k), "led" | "leading" | "leads" | "lead" | "trailed" | "trailing" | "trail" | "trails" | "won" | "win" | "wins" | "lost" | "lose" | "drew" | "draw" | "level");
    let score_then = paired && i > 0 && score_verb(i - 1) || paired_before && i >= 3 && score_verb(i - 3);
    // ("the judges scored it 117-111, 116-112 and 116-113": a fight's cards)
    // ("a unanimous decision ..., scored 116-112, 117-111, 115-113")
    let scorecard = (paired || paired_before) && tokens.iter().any(|t| matches!(t.lower(), "judges" | "judge" | "scorecards" | "scorecard" | "cards" | "decision" | "scored"));
    // "caught with 9 kilometres left", "crashed 35 kilometres from the
    // finish": where in the race something happened
    let race_position = matches!(unit, "kilometres" | "kilometers" | "km" | "miles" | "metres" | "meters" | "laps")
        && (matches!(lower_at(j + 1), "left" | "remaining") || lower_at(j + 1) == "to" && lower_at(j + 2) == "go" || lower_at(j + 1) == "from" && lower_at(j + 2) == "the" && matches!(lower_at(j + 3), "finish" | "line" | "summit" | "top"));
    race_position || fight_rounds || tally || scored_result || scoring_run || score_then || scorecard || race_lengths || odds || cricket_tally(tokens, i) || race_gap || table_gap || league_margin || recent_run || points_for_result || series_length || score_margin || unanswered || clock || race_time || clocked || on_points || gap_in_points || tennis_points || standings || time_back || off_the_record
}

/// A number of one to three plain digits ("3", "58", "112"): its value.
fn small_count(t: &Token<'_>) -> Option<u32> {
    (t.kind == TokenKind::Number && t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit())).then(|| t.text.parse().ok()).flatten()
}

/// Golf's words for a hole's score: "par", "birdies", "a bogey".
fn scores_a_hole(word: &str) -> bool {
    matches!(word, "par" | "birdie" | "birdies" | "bogey" | "bogeys" | "eagle")
}

/// A round of golf's score at `i` (`i > 0`), by the words before it: "an
/// opening 75", "a closing 66", or "a 67" in a sentence told in golf's
/// words ("nine under", "par", "birdies"). (The word before is asked
/// first: most numbers have none of them.)
fn golf_round_at(tokens: &[Token<'_>], i: usize) -> bool {
    let before = tokens[i - 1].lower();
    // ("after a final-round 69": the round named before its score)
    let named_round = matches!(before, "final-round" | "third-round" | "second-round" | "first-round" | "opening-round" | "closing-round");
    if !(matches!(before, "a" | "an" | "opening" | "closing") || named_round) || !small_count(&tokens[i]).is_some_and(|v| (60..=89).contains(&v)) {
        return false;
    }
    matches!(before, "opening" | "closing") || named_round
        || tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct || matches!(t.lower(), "with" | "and" | "to" | "in" | "on" | "for" | "at"))
            && tokens.iter().any(|t| scores_a_hole(t.lower()) || matches!(t.lower(), "under" | "opening" | "closing"))
}

/// A golfer's score or margin at `i`, told in golf's words: a score to par
/// glued to its "under" or "over" and the round or total after it ("closed
/// with a 3-under 69", "finished at 14-under 274"), a round shot or signed
/// for ("Berg, who shot 67", "He signed for a 71", "a bogey-free 70"), a
/// margin in strokes ("won by two strokes", "two ahead of Berg", "three
/// clear of Halvorsen"), and a leaderboard's total after its rounds
/// ("Okafor, 68-70-67-69 — 274").
fn golf_score_at(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    let glued = |a: usize, b: usize| tokens.get(a).zip(tokens.get(b)).is_some_and(|(a, b)| a.span.end == b.span.start);
    let round_at = |k: usize| tokens.get(k).and_then(small_count).is_some_and(|v| (55..=89).contains(&v));
    let round = || round_at(i);
    // (the number glued to "-under"; the round or total right after it)
    let to_par = lower_at(i + 1) == "-" && matches!(lower_at(i + 2), "under" | "over") && glued(i, i + 1) && glued(i + 1, i + 2);
    let after_to_par = i >= 3 && matches!(lower_at(i - 1), "under" | "over") && lower_at(i - 2) == "-" && tokens[i - 3].kind == TokenKind::Number && glued(i - 3, i - 2) && glued(i - 2, i - 1);
    if to_par || after_to_par {
        return true;
    }
    // ("carded a 68 that included an eagle": an article between)
    let shot_by = |k: usize| matches!(lower_at(k), "shot" | "shoots" | "carded" | "cards" | "bogey-free");
    let shot = i > 0 && (shot_by(i - 1) || i >= 2 && matches!(lower_at(i - 1), "a" | "an") && shot_by(i - 2)) && round();
    // ("to sign for a 69")
    let signed_for = i >= 3 && lower_at(i - 1) == "a" && lower_at(i - 2) == "for" && matches!(lower_at(i - 3), "signed" | "sign" | "signs" | "signing") && round();
    // ("a double-bogey six at the 4th", "a birdie three": a hole's score;
    // "the back nine": the last nine holes)
    let hole_score = i > 0 && (lower_at(i - 1).ends_with("bogey") || matches!(lower_at(i - 1), "birdie" | "eagle")) && count_in_digits_or_words(&tokens[i]).is_some_and(|v| (1..=12).contains(&v));
    let nine_holes = i > 0 && tokens[i].lower() == "nine" && matches!(lower_at(i - 1), "back" | "front");
    if shot || signed_for || hole_score || nine_holes {
        return true;
    }
    // (a leaderboard's line: the total, the name and country in brackets,
    // then the rounds: "- 133 Mikkel Larsen (Den) 67 66")
    let country_closes = |k: usize| lower_at(k) == ")" && k >= 2 && lower_at(k - 2) == "(" && tokens[k - 1].is_capitalized() && (2..=3).contains(&tokens[k - 1].text.len());
    let first_round = round() && i >= 3 && country_closes(i - 1);
    let second_round = round() && i >= 4 && round_at(i - 1) && country_closes(i - 2);
    let total = tokens.get(i).and_then(small_count).is_some_and(|v| (100..=350).contains(&v))
        && tokens.get(i + 1).is_some_and(Token::is_capitalized)
        && (i + 2..tokens.len().min(i + 8)).any(|k| country_closes(k) && round_at(k + 1));
    if first_round || second_round || total {
        return true;
    }
    // (the leaderboard's line: four rounds joined by hyphens, then a dash
    // and the total)
    let dash_before = i >= 8 && matches!(lower_at(i - 1), "—" | "–" | "-");
    if dash_before && (1..=4).all(|r| round_at(i - 2 * r)) && (1..=3).all(|r| matches!(lower_at(i - 2 * r - 1), "-" | "–")) {
        return true;
    }
    // (a short leaderboard line: the day's round, a comma, the total to
    // par: "1. Lachlan Barker (Aus) 66, -17")
    let signed_at = |k: usize| matches!(lower_at(k), "-" | "–" | "+") && glued(k, k + 1) && tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number);
    let round_then_total = round() && lower_at(i + 1) == "," && signed_at(i + 2);
    let total_after_round = i >= 3 && signed_at(i - 1) && lower_at(i - 2) == "," && round_at(i - 3);
    // (a stage of the tournament: "in contention after 36 holes")
    let stage = i > 0 && matches!(lower_at(i - 1), "after" | "through") && lower_at(i + 1) == "holes";
    // (a leaderboard line's total to par after the country: "1. Tom
    // Harland (Eng) -9")
    let total_after_country = i >= 3 && signed_at(i - 1) && country_closes(i - 2);
    if round_then_total || total_after_round || stage || total_after_country {
        return true;
    }
    // (a score to par in words: "who are tied on seven under", "to reach
    // nine under for the championship", "finished at three over par"; not
    // "children under five", "on two under-18 sides")
    let count = small_count(&tokens[i]).is_some() || number_word(tokens[i].lower()).is_some();
    let to_par_in_words = count
        && i > 0
        && matches!(lower_at(i - 1), "on" | "at" | "to" | "reach" | "reached" | "reaches" | "finished" | "is" | "are" | "was" | "were" | "sits" | "sat" | "stands" | "stood" | "level")
        && matches!(lower_at(i + 1), "under" | "over")
        && tokens.get(i + 2).is_none_or(|t| t.kind == TokenKind::Punct || matches!(t.lower(), "par" | "for" | "after" | "and" | "with" | "overall" | "through" | "in" | "on" | "at" | "going" | "heading"));
    // (a margin behind the leader: "three shots off the pace")
    let off_the_lead = count && matches!(lower_at(i + 1), "shots" | "shot" | "strokes" | "stroke") && lower_at(i + 2) == "off";
    if to_par_in_words || off_the_lead {
        return true;
    }
    let golf = || tokens.iter().any(|t| scores_a_hole(t.lower()) || matches!(t.lower(), "golf" | "putt" | "fairway" | "tee" | "strokes" | "holes" | "under-par" | "round"));
    // (a round's score after its article in a sentence about rounds:
    // "produced the round of the day with a 65"; not "a 65-year-old")
    if round() && i > 0 && matches!(lower_at(i - 1), "a" | "an") && lower_at(i + 1) != "-" && golf() {
        return true;
    }
    let by_strokes = matches!(lower_at(i + 1), "strokes" | "stroke" | "shots" | "shot") && i > 0 && lower_at(i - 1) == "by" && count;
    let ahead_of = matches!(lower_at(i + 1), "ahead" | "clear" | "behind") && lower_at(i + 2) == "of" && count;
    (by_strokes || ahead_of) && golf()
}

/// A place in a results line, its period, the name and the country in
/// brackets after it: "1. Léon Marchand (FRA) 3:52.81; 2. Daiya Seto
/// (JPN)". A placing, no quantity.
fn placing_in_results(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    let placing = small_count(&tokens[i]).is_some_and(|v| (1..=20).contains(&v)) && lower_at(i + 1) == ".";
    // (the name after it, when the sentence goes on; or, where the period
    // ended the sentence, the colon or semicolon before the place: "Men's
    // 400m IM: 1." then "Léon Marchand (FRA) 3:52.81 WR; 2.")
    let named_after = || tokens.get(i + 2).is_some_and(Token::is_capitalized) && (i + 3..tokens.len().min(i + 8)).any(|k| lower_at(k) == "(" && tokens.get(k + 1).is_some_and(|c| c.is_abbreviation() && (2..=3).contains(&c.text.len())) && lower_at(k + 2) == ")");
    let listed_last = || i + 2 == tokens.len() && i > 0 && matches!(lower_at(i - 1), ":" | ";");
    placing && (named_after() || listed_last())
}

/// An emergency line by its number: "999 cover", "call 911", "the 111
/// service". An identifier, no quantity.
fn an_emergency_number(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    matches!(tokens[i].text, "999" | "911" | "111" | "112" | "101" | "000")
        && (matches!(lower_at(i + 1), "call" | "calls" | "cover" | "service" | "services" | "number" | "operator" | "operators" | "line" | "crews" | "response" | "emergency" | "emergencies")
            || i > 0 && matches!(lower_at(i - 1), "dial" | "dialled" | "dialed" | "dialling" | "dialing" | "call" | "called" | "calling" | "ring" | "rang" | "phoned"))
}

/// A count written in digits ("7") or in words ("seven").
fn count_in_digits_or_words(t: &Token<'_>) -> Option<u32> {
    small_count(t).or_else(|| number_word(t.lower()).and_then(|v| u32::try_from(v).ok()))
}

/// An age told in units and "old" right after a count at `k - 1`: "nine
/// months old", "25 years old".
fn units_old_at(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|n| matches!(n.lower(), "years" | "months" | "weeks" | "days")) && tokens.get(k + 1).is_some_and(|t| t.eq_ignore_case("old"))
}

/// The readings that make a count no quantity wherever it stands, in
/// digits or in words: a time it locates, a kind or a rule it names, an
/// age group, a race, a game's or a vote's tally, a series, all of a period.
fn names_or_tallies(tokens: &[Token<'_>], i: usize) -> bool {
    locates_in_time(tokens, i) || describes_a_kind(tokens, i) || age_group(tokens, i) || names_a_race(tokens, i) || sports_tally(tokens, i) || vote_tally(tokens, i) || names_a_rule(tokens, i) || names_a_series(tokens, i) || the_whole_period(tokens, i) || picks_from_an_order(tokens, i)
}

/// A few things picked by their place in an order: "the top two bouts",
/// "The top three finishers qualify", "the final two nights". The count
/// says how many are meant, not how many there are (not an amount: "the
/// top 10% of earners", "the last three years", "the first two million
/// doses").
fn picks_from_an_order(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    i >= 2
        && matches!(lower_at(i - 1), "top" | "bottom" | "final" | "last" | "first" | "opening" | "closing" | "remaining")
        && matches!(lower_at(i - 2), "the" | "his" | "her" | "their" | "its" | "our")
        && count_in_digits_or_words(&tokens[i]).is_some_and(|n| (2..=10).contains(&n))
        && tokens.get(i + 1).is_some_and(|t| looks_like_a_plural_noun(t) && !is_time_unit(t.lower()) && !is_multiplier(t.lower()) && !is_percent(t.lower()) && !is_measure_unit(t.lower()))
}

/// All of a period, round the clock: "open 24 hours a day", "staffed seven
/// days a week", "365 days a year". No quantity, a schedule.
fn the_whole_period(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    let count = count_in_digits_or_words(&tokens[i]);
    matches!(lower_at(i + 2), "a" | "per")
        && matches!(
            (count, lower_at(i + 1), lower_at(i + 3)),
            (Some(24), "hours", "day") | (Some(7), "days", "week") | (Some(365), "days", "year") | (Some(52), "weeks", "year") | (Some(12), "months", "year")
        )
}

/// A person named by family: "son", "sister", "widow".
/// "His wife and two teenage children sat in the front row", "with her
/// husband and three sons": someone's family named beside the spouse, a
/// description of the person, no count to source.
fn family_beside_a_spouse(tokens: &[Token<'_>], i: usize) -> bool {
    i >= 3
        && tokens[i - 1].lower() == "and"
        && matches!(tokens[i - 2].lower(), "wife" | "husband" | "partner" | "mother" | "father" | "parents")
        && (matches!(tokens[i - 3].lower(), "his" | "her" | "their") || tokens[i - 3].is_possessive())
        && (tokens[i].kind == TokenKind::Number && tokens[i].text.len() == 1 || number_word(tokens[i].lower()).is_some_and(|n| n <= 9))
        && tokens[i + 1..tokens.len().min(i + 3)].iter().any(|t| matches!(t.lower(), "children" | "sons" | "daughters" | "grandchildren" | "kids" | "brothers" | "sisters" | "stepchildren"))
}

fn is_family_word(lower: &str) -> bool {
    matches!(lower, "son" | "daughter" | "brother" | "sister" | "wife" | "husband" | "boy" | "girl" | "grandson" | "granddaughter" | "nephew" | "niece" | "child" | "baby" | "uncle" | "aunt" | "grandmother" | "grandfather" | "stepson" | "stepdaughter" | "widow" | "widower" | "cousin")
}

/// A time to the hundredth as a stopwatch shows it, its unit left out:
/// "53.05", "124.02" (a word with a period, "U.S.", is none).
fn to_the_hundredth(text: &str) -> bool {
    stopwatch_digits(text).is_some_and(|(whole, fraction)| fraction.len() == 2 && (1..=3).contains(&whole.len()) && whole.bytes().all(|b| b.is_ascii_digit()))
}

/// The whole and fractional parts of a number as a stopwatch shows a time
/// ("56.41", "0.184"): split at its decimal point, no digit group's comma
/// in the whole.
fn stopwatch_digits(text: &str) -> Option<(&str, &str)> {
    text.split_once('.').filter(|(whole, _)| !whole.contains(','))
}

/// A racer's gap to the hundredth or thousandth, its unit left out: "third,
/// 0.31 back", "ninth, 0.87 behind", "0.06 ahead of Odermatt at the last
/// split" (a race's result, as its time is).
fn time_gap_at(tokens: &[Token<'_>], i: usize) -> bool {
    let fine = stopwatch_digits(tokens[i].text).is_some_and(|(whole, fraction)| (2..=3).contains(&fraction.len()) && (1..=2).contains(&whole.len()) && whole.bytes().all(|b| b.is_ascii_digit()));
    fine && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "back" | "behind" | "ahead" | "adrift" | "clear" | "quicker" | "slower" | "faster"))
}

/// A field event's mark, in a sentence naming the event ("cleared 6.05m
/// in the pole vault"), or a jumper's tries at a height ("had three
/// attempts at 6.15m"): a result the reporter saw, as a race's time is.
fn field_mark_at(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    let glued_metres = |k: usize| lower_at(k).strip_suffix('m').is_some_and(|n| n.contains('.') && n.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    let mark = glued_metres(i) && i > 0 && matches!(lower_at(i - 1), "cleared" | "clearing" | "clears" | "jumped" | "leapt" | "leaped" | "threw" | "thrown" | "throwing" | "vaulted" | "at" | "of" | "with" | "to" | "over");
    // (a jumper's tries at a height: "three attempts at 6.15m")
    let tries = matches!(lower_at(i + 1), "attempts" | "tries" | "failures") && lower_at(i + 2) == "at" && glued_metres(i + 3) && count_in_digits_or_words(&tokens[i]).is_some_and(|n| n <= 3);
    tries
        || mark
            && tokens.iter().any(|t| matches!(t.lower(), "vault" | "jump" | "javelin" | "discus" | "hammer" | "shot" | "heptathlon" | "decathlon" | "vaulter" | "jumper" | "thrower"))
}

/// A swimmer's split point, "turned in 24.02 at the 50": the length of the
/// race at which a split was timed, in a sentence with a time to the
/// hundredth.
fn split_point_at(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    i >= 2
        && lower_at(i - 1) == "the"
        && lower_at(i - 2) == "at"
        && tokens[i].text.parse::<u32>().is_ok_and(|n| n > 0 && n <= 1500 && n % 25 == 0)
        && tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct || matches!(t.lower(), "and" | "mark" | "turn" | "wall"))
        && tokens.iter().any(|t| to_the_hundredth(t.text))
}

/// A race's time to the hundredth, written without its unit, in a sentence
/// of the race's own words: "clocking 56.41", "won the 100m freestyle in
/// 51.96", a results line's "Adam Peaty (56.41)".
fn stopwatch_time_at(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    let hundredths = to_the_hundredth(tokens[i].text);
    if !hundredths || i == 0 || !matches!(lower_at(i - 1), "clocking" | "clocked" | "clocks" | "in" | "(") || tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && !matches!(t.lower(), "in" | "and" | "to" | "at" | "on" | "for" | "with" | "after" | "before" | "as" | "but") || t.text == "%") {
        return false;
    }
    // (a racer's time told by the verb of its finish: "turned in 24.02",
    // "finished in 53.05", "took bronze in 53.40")
    if lower_at(i - 1) == "in" && i >= 2 && matches!(lower_at(i - 2), "turned" | "turning" | "finished" | "finishing" | "touched" | "touching" | "home" | "bronze" | "silver" | "gold" | "swam" | "won" | "winning") {
        return true;
    }
    // (a race's distance glued to its metres, "100m", or a stroke)
    tokens.iter().any(|t| {
        let l = t.lower();
        l.strip_suffix('m').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            || matches!(l, "freestyle" | "breaststroke" | "backstroke" | "butterfly" | "medley" | "relay" | "hurdles" | "sprint" | "clocking" | "clocked")
    })
}

/// A cricket match's own figures: a bowler's "3 for 58" and a side's "34
/// for 2" (one of the two numbers at most ten, no unit on either), a win
/// or lead "by 322 runs", an innings "from 187 balls", a batter "caught at
/// slip for 112".
fn cricket_tally(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    let plain = |k: usize| tokens.get(k).and_then(small_count);
    // (the wickets may be written as a word: "61 for three", "three for 52")
    // ("38 for one": "one" is no number word of its own)
    let plain_or_word = |k: usize| plain(k).or_else(|| tokens.get(k).and_then(|t| if t.lower() == "one" { Some(1) } else { number_word(t.lower()) }).and_then(|v| u32::try_from(v).ok()).filter(|&v| v <= 10));
    // (the "for" asked first: most numbers have none two words on)
    let pair = |a: usize, b: usize| lower_at(a + 1) == "for" && b == a + 2 && match (plain_or_word(a), plain_or_word(b)) {
        // (nothing after the second that makes it an amount: "3 for 10 pounds")
        // (or an adverb: "owed their total of 291 for eight largely to")
        // (or a time or the clause's subject: "resumed on 38 for one this
        // morning", "at 71 for three the visitors were wobbling")
        (Some(x), Some(y)) => (x <= 10 || y <= 10) && tokens.get(b + 1).is_none_or(|t| t.kind == TokenKind::Punct && !matches!(t.text, "%" | "-" | "–") || matches!(t.lower(), "from" | "in" | "off" | "with" | "and" | "as" | "before" | "after" | "when" | "at" | "to" | "but" | "while" | "on" | "by" | "until" | "overnight" | "this" | "the") || t.lower().len() > 4 && t.lower().ends_with("ly")),
        _ => false,
    };
    let figures_pair = pair(i, i + 2) || i >= 2 && pair(i - 2, i);
    let unit = lower_at(i + 1);
    let by_runs = unit == "runs" && i > 0 && matches!(lower_at(i - 1), "by" | "of") && tokens.iter().any(|t| matches!(t.lower(), "lead" | "leads" | "led" | "won" | "win" | "winning" | "wins" | "victory" | "defeat" | "beat" | "lost" | "trail" | "trails" | "innings" | "wickets" | "overs" | "target"));
    let from_balls = matches!(unit, "balls" | "deliveries") && i > 0 && matches!(lower_at(i - 1), "from" | "off" | "in" | "facing");
    // ("made 112 from 109 balls", "a brisk 41 from 23 balls": a batter's
    // runs and the balls they took; "needed six from the final delivery":
    // what a chase needs from what is left of it)
    let balls_at = |k: usize| matches!(lower_at(k), "ball" | "balls" | "delivery" | "deliveries" | "over" | "overs");
    let runs_from_balls = unit == "from"
        && plain_or_word(i).is_some()
        && (tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number) && balls_at(i + 3)
            || i > 0 && matches!(lower_at(i - 1), "needed" | "needing" | "need" | "needs" | "required" | "requiring") && (i + 2..i + 6).any(balls_at));
    // ("Chasing 288, Durham needed six": the target a side chased)
    let chasing = i > 0 && matches!(lower_at(i - 1), "chasing" | "chased") && plain(i).is_some() && tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct && t.text != "%" || matches!(t.lower(), "to" | "for" | "in" | "on"));
    let out_for = i > 0 && lower_at(i - 1) == "for" && plain(i).is_some() && tokens[i.saturating_sub(6)..i - 1].iter().any(|t| matches!(t.lower(), "caught" | "bowled" | "stumped" | "lbw" | "dismissed" | "run-out" | "out"));
    // ("lost Tom Lammonby for 9 in the fourth over": a batter lost for
    // his score; "Only Ollie Pope, with 88, passed fifty": a batter's score
    // in an aside)
    let lost_for = i >= 3 && lower_at(i - 1) == "for" && plain(i).is_some() && tokens[i - 2].is_capitalized() && tokens[i.saturating_sub(5)..i - 1].iter().any(|t| t.lower() == "lost");
    let with_score = i >= 2 && lower_at(i - 1) == "with" && tokens[i - 2].is_punct(",") && plain(i).is_some() && tokens.get(i + 1).is_some_and(|t| t.is_punct(","));
    // ("match figures of 9-141": a bowler's wickets and runs)
    // (both its sides: the runs are asked on their own)
    let bowling_at = if i >= 4 && matches!(lower_at(i - 1), "-" | "–" | "/") && plain(i - 2).is_some() { i - 2 } else { i };
    let bowling_figures = bowling_at >= 3 && lower_at(bowling_at - 1) == "of" && lower_at(bowling_at - 2) == "figures" && matches!(lower_at(bowling_at + 1), "-" | "–" | "/") && tokens.get(bowling_at + 2).is_some_and(|t| t.kind == TokenKind::Number);
    // ("was dropped on 38": a batter's score when a catch went down)
    // (and "was put down on 12", "and again on 38" after it)
    let put_down = |k: usize| k >= 2 && lower_at(k) == "down" && lower_at(k - 1) == "put";
    let again_after_a_drop = || i >= 3 && lower_at(i - 2) == "again" && (i.saturating_sub(12)..i - 2).any(|k| lower_at(k + 1) == "on" && (matches!(lower_at(k), "dropped" | "missed" | "reprieved") || put_down(k)));
    let dropped_on = i >= 2 && lower_at(i - 1) == "on" && (matches!(lower_at(i - 2), "dropped" | "missed" | "reprieved") || put_down(i - 2) || again_after_a_drop()) && plain(i).is_some();
    // ("saw them home with 38 not out": a batter's unbeaten score)
    let not_out = plain(i).is_some() && unit == "not" && lower_at(i + 2) == "out";
    // ("a cut for four", "drove him for six": a scoring shot)
    // ("a pulled four", "a lofted six": the stroke named by its runs)
    let shot_for = i >= 2 && lower_at(i - 1) == "for" && matches!(lower_at(i), "four" | "six") && matches!(lower_at(i - 2), "cut" | "drive" | "pull" | "hook" | "sweep" | "shot" | "edge" | "him" | "it" | "boundary" | "swept" | "drove" | "pulled" | "hooked")
        || i >= 1 && matches!(lower_at(i), "four" | "six") && matches!(lower_at(i - 1), "pulled" | "driven" | "cut" | "hooked" | "swept" | "lofted" | "edged" | "slog-swept" | "reverse-swept");
    // ("seven boundaries", "three sixes": a batter's scoring strokes)
    let strokes = matches!(unit, "boundaries" | "sixes" | "fours" | "maidens");
    // (a sentence about an innings: its words, or a side's score "96 for 2")
    let innings = || {
        tokens.iter().any(|t| matches!(t.lower(), "wicket" | "wickets" | "overs" | "innings" | "crease" | "chase" | "declared" | "declare" | "follow-on" | "lbw" | "bowled" | "batting" | "bowling" | "lunch" | "tea" | "stumps" | "century" | "half-century" | "unbeaten" | "fifty" | "slip" | "over"))
            || (0..tokens.len().saturating_sub(2)).any(|k| k != i && tokens[k].kind == TokenKind::Number && lower_at(k + 1) == "for" && plain(k + 2).is_some_and(|w| w <= 10))
    };
    // ("Devon Conway followed for 11": the next batter out, for his score)
    let followed_for = i >= 2 && lower_at(i - 1) == "for" && plain(i).is_some() && matches!(lower_at(i - 2), "followed" | "fell" | "went" | "departed" | "perished" | "gone") && tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct && t.text != "%" || matches!(t.lower(), "and" | "when" | "after" | "before" | "as" | "in")) && (tokens[..i].iter().any(|t| matches!(t.lower(), "caught" | "stumped" | "lbw")) || innings());
    // ("was unbeaten on 118 at the close, alongside Daryl Mitchell on 41": a
    // batter's score at a break)
    let batting_on = i >= 2
        && lower_at(i - 1) == "on"
        && plain(i).is_some()
        && (matches!(lower_at(i - 2), "unbeaten" | "out") || tokens[i - 2].is_word() && tokens[i - 2].is_capitalized())
        && tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct && !matches!(t.text, "%" | "-" | "–") || matches!(t.lower(), "at" | "and" | "alongside" | "when" | "with" | "before" | "after"))
        && innings();
    // ("The pair have added 124 for the fourth wicket": a partnership)
    let partnership = plain(i).is_some() && unit == "for" && lower_at(i + 2) == "the" && lower_at(i + 4) == "wicket";
    // ("needing a further 191", "with 78 still needed", "a lead of 350":
    // the state of a chase or an innings, in a sentence about one)
    let chase = plain(i).is_some()
        && (i >= 3 && lower_at(i - 1) == "further" && matches!(lower_at(i - 2), "a" | "another") && matches!(lower_at(i - 3), "needing" | "need" | "needed" | "needs" | "requiring" | "required")
            || matches!(unit, "still" | "more") && matches!(lower_at(i + 2), "needed" | "required")
            || i >= 2 && lower_at(i - 1) == "of" && lower_at(i - 2) == "lead")
        && innings();
    // ("reached 131-2 in reply before tea", "Wessex 412-7 dec": a side's
    // runs and wickets, in a sentence about an innings or declared)
    // (either number of the pair)
    let runs_at = if i >= 2 && lower_at(i - 1) == "-" { i - 2 } else { i };
    let side_score = lower_at(runs_at + 1) == "-" && plain(runs_at).is_some() && plain(runs_at + 2).is_some_and(|w| w <= 10) && (matches!(lower_at(runs_at + 3), "dec" | "declared") || innings());
    // ("Brook made 171, his ninth Test hundred": a batter's score, in a
    // sentence about an innings or a hundred)
    let made_score = i >= 2
        && matches!(lower_at(i - 1), "made" | "scored" | "hit" | "struck")
        && tokens[i - 2].is_capitalized()
        && plain(i).is_some()
        && (tokens.iter().any(|t| matches!(t.lower(), "hundred" | "hundreds" | "ton")) || innings());
    // ("... and 223 (Williamson 88; Bashir 6-71)": an innings' total on a
    // scorecard, its top scorers in brackets)
    let innings_card = plain(i).is_some() && lower_at(i + 1) == "(" && tokens.get(i + 2).is_some_and(Token::is_capitalized) && tokens.get(i + 3).is_some_and(|t| t.kind == TokenKind::Number);
    figures_pair || by_runs || made_score || innings_card || from_balls || runs_from_balls || chasing || out_for || followed_for || batting_on || partnership || dropped_on || not_out || shot_for || strokes || chase || side_score || (lost_for || with_score || bowling_figures) && innings() || bowling_figures && matches!(lower_at(bowling_at - 3), "match" | "bowling" | "innings" | "career" | "best")
}

/// "No candidate cleared the 50% threshold", "the 2% inflation target",
/// "the two-child limit": a rule's own number, which names the rule; and a
/// named body's standard, sourced by its name: "above the WHO emergency
/// threshold of 15%", "the Sphere minimum standard of 15 litres".
fn names_a_rule(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    // ("38 aftershocks of magnitude 4 or above": the bound on a scale
    // that says which are counted)
    if i >= 1 && lower_at(i - 1) == "magnitude" && matches!(lower_at(i + 1), "or" | "and") && matches!(lower_at(i + 2), "above" | "more" | "greater" | "higher" | "over") {
        return true;
    }
    // ("Anything below 100 per cent means an insurer is making money": the
    // bound a term is defined by)
    if i >= 2 && matches!(lower_at(i - 1), "below" | "above" | "over" | "under") && lower_at(i - 2) == "anything" && tokens[i + 1..].iter().take(5).any(|t| matches!(t.lower(), "means" | "indicates" | "signals")) {
        return true;
    }
    let standard = |w: &str| matches!(w, "threshold" | "standard" | "standards" | "guideline" | "guidelines" | "limit" | "target" | "benchmark" | "minimum" | "maximum" | "ceiling");
    if i >= 3 && lower_at(i - 1) == "of" && standard(lower_at(i - 2)) {
        let from = (i - 2).saturating_sub(4);
        if (from..i - 2).any(|k| k > 0 && tokens[k].is_capitalized() && !tokens[k - 1].is_punct(".")) {
            return true;
        }
    }
    // (or its owner's: "the bank's 2 per cent target", "its 2% target")
    // (an amount's sign between: "The government's £2 fare cap")
    let owned = |w: &str| w.ends_with("'s") || w.ends_with("’s") || matches!(w, "its" | "their" | "our");
    let at = if i >= 2 && matches!(lower_at(i - 1), "£" | "$" | "€") { i - 1 } else { i };
    if at == 0 || !(lower_at(at - 1) == "the" || owned(lower_at(at - 1))) {
        return false;
    }
    let mut k = i + 1;
    match lower_at(k) {
        "%" | "percent" => k += 1,
        "per" if lower_at(k + 1) == "cent" => k += 2,
        "-" => k += 2,
        // ("the 1.5°C goal", "the 2 degrees limit")
        w if w.starts_with('°') || w == "degrees" => {
            k += 1;
            if matches!(lower_at(k), "c" | "f" | "celsius" | "fahrenheit") {
                k += 1;
            }
        }
        _ => {}
    }
    // (one word may name what the rule is about: "the 2% inflation target")
    let rule = |w: &str| matches!(w, "threshold" | "target" | "limit" | "ceiling" | "quota" | "cap" | "goal");
    rule(lower_at(k)) || (tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word) && rule(lower_at(k + 1)))
}

/// A vote's record, which is its result as a score is a game's:
/// "Councillors voted seven to four", "passed by 312 votes to 260", "Two
/// members abstained".
fn vote_tally(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    let to_next = lower_at(i + 1) == "to" || (matches!(lower_at(i + 1), "votes" | "vote") && lower_at(i + 2) == "to");
    let after_vote = i > 0 && matches!(lower_at(i - 1), "voted" | "vote" | "votes" | "by" | "of");
    // ("The Senate passed it 71 to 27": a chamber's vote on a measure)
    let passed = |k: usize| {
        k > 0 && (matches!(lower_at(k - 1), "passed" | "approved" | "rejected" | "adopted")
            || k > 1 && matches!(lower_at(k - 1), "it" | "them") && matches!(lower_at(k - 2), "passed" | "approved" | "rejected" | "adopted"))
    };
    let in_a_vote = || tokens.iter().any(|t| matches!(t.lower(), "voted" | "vote" | "votes" | "ballot"));
    let abstentions = matches!(lower_at(i + 1), "members" | "councillors" | "councilors" | "mps" | "senators" | "judges" | "justices" | "directors" | "governors" | "others")
        && matches!(lower_at(i + 2), "abstained" | "dissented");
    // (and the second number of the tally: "seven to four", "312 votes to 260")
    let second_after = |after: &dyn Fn(usize) -> bool| {
        i >= 2 && lower_at(i - 1) == "to" && {
            let first = if matches!(lower_at(i - 2), "votes" | "vote") { i.saturating_sub(3) } else { i - 2 };
            after(first)
        }
    };
    let second = second_after(&|first| first > 0 && matches!(lower_at(first - 1), "voted" | "vote" | "votes" | "by" | "of"));
    let tally_of_a_measure = tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number || number_word(t.lower()).is_some()) && (to_next && passed(i) || second_after(&passed));
    ((to_next && after_vote) || second) && in_a_vote() || abstentions || tally_of_a_measure
}

/// A product's strength or pack size, part of what names it: "Veltaram
/// 160 mg tablets", "sold in 30- and 90-count bottles", "a 12-pack"; and a
/// book's page count and price in its review's heading ("Harbour & Vane,
/// 432pp, £20").
fn names_a_product_size(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    let pack = |k: usize| lower_at(k) == "-" && matches!(lower_at(k + 1), "count" | "pack");
    match tokens.get(i + 1) {
        Some(unit) if unit.kind == TokenKind::Word => {
            matches!(unit.lower(), "mg" | "mcg" | "µg" | "ml" | "g" | "iu")
                && matches!(lower_at(i + 2), "tablet" | "tablets" | "capsule" | "capsules" | "pill" | "pills" | "vial" | "vials" | "injection" | "injections" | "sachet" | "sachets" | "patch" | "patches" | "syringe" | "syringes" | "pen" | "pens" | "dose" | "strength")
        }
        // ("30- and 90-count": the first of a pair shares the second's noun)
        Some(dash) if dash.is_punct("-") => pack(i + 1) || matches!(lower_at(i + 2), "and" | "or" | "to") && tokens.get(i + 3).is_some_and(|t| t.kind == TokenKind::Number) && pack(i + 4),
        // (the price closing the line)
        next => {
            next.is_none_or(|t| t.kind == TokenKind::Punct)
                && i > 0
                && matches!(tokens[i - 1].text, "£" | "$" | "€")
                && tokens.iter().any(|t| t.lower().strip_suffix("pp").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
        }
    }
}

/// People an age bracket is of: "children under five", "people over 65".
fn names_people(word: &str) -> bool {
    matches!(word, "children" | "kids" | "people" | "adults" | "those" | "women" | "men" | "babies" | "infants" | "patients" | "girls" | "boys" | "anyone" | "residents" | "pensioners")
}

/// A round of a draw, the number of players left, `value` at `i`: "to meet
/// Trump in the last 16" (not "The last 16 people left"). (The value is
/// asked last: most numbers have no "the last" before them.)
fn names_a_round_of_a_draw(tokens: &[Token<'_>], i: usize, value: impl FnOnce() -> u64) -> bool {
    i >= 2
        && tokens[i - 1].lower() == "last"
        && tokens[i - 2].lower() == "the"
        && tokens.get(i + 1).is_none_or(|n| n.kind == TokenKind::Punct || is_stop(n.lower()))
        && matches!(value(), 8 | 16 | 32 | 64)
}

/// "the five-point European scale", "a 10-point plan": a scale or a plan
/// named by how many points it has, not a count asserted.
fn names_a_scale_or_plan(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    let after = if lower_at(i).ends_with("-point") {
        i + 1
    } else if lower_at(i + 1) == "-" && lower_at(i + 2) == "point" {
        i + 3
    } else {
        return false;
    };
    (after..after + 3).take_while(|&k| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)).any(|k| matches!(lower_at(k), "scale" | "scales" | "plan" | "plans" | "checklist" | "programme" | "program" | "strategy" | "charter"))
}

/// A unit of distance a race is run or measured in.
fn is_distance_unit(word: &str) -> bool {
    matches!(word, "m" | "metres" | "meters" | "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" | "mile" | "miles" | "metre" | "meter" | "yards")
}

/// The distance at `i`, its unit ending before `after_unit`, places a
/// moment of a race: "with 31km to go", "went clear after 22km" (not "after
/// 5m downloads": a word after the unit makes it a count).
fn marks_a_course_point(tokens: &[Token<'_>], i: usize, after_unit: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    // ("with 4km left")
    // ("with 3km of the 10km run left": the whole between)
    let whole = if lower_at(after_unit) == "of" && lower_at(after_unit + 1) == "the" && tokens.get(after_unit + 2).is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit())) { 4 } else { 0 };
    let to_go = lower_at(after_unit) == "to" && lower_at(after_unit + 1) == "go" || i > 0 && lower_at(i - 1) == "with" && matches!(lower_at(after_unit + whole), "left" | "remaining");
    // ("sitting in a lead group through 25km before pushing the pace")
    // (not a distance crossed: "runs through 25km of forest")
    let after = i > 0
        && matches!(lower_at(i - 1), "after" | "at" | "past" | "beyond" | "through")
        && tokens.get(after_unit).is_none_or(|t| t.kind == TokenKind::Punct || is_stop(t.lower()) && !(t.lower() == "of" && lower_at(i - 1) == "through"));
    // ("covering the 35km to 40km section in 14:32": a stretch of the course
    // between two of its points)
    let between = i > 1
        && matches!(lower_at(i - 1), "to" | "-" | "–")
        && is_distance_unit(unit_after_digits(lower_at(i - 2)))
        && matches!(lower_at(after_unit), "section" | "stretch" | "segment" | "split" | "splits");
    // ("by 40km the gap was 25 seconds": by the time the race got there)
    let by_then = i > 0 && lower_at(i - 1) == "by" && (lower_at(after_unit) == "the" || tokens.get(after_unit).is_some_and(|t| t.is_punct(",")));
    // ("in the final six kilometres", "ran the final 2.195km in 6:11": the
    // race's last or first stretch)
    let stretch = i > 1 && matches!(lower_at(i - 1), "final" | "last" | "first" | "opening" | "closing") && lower_at(i - 2) == "the";
    to_go || after || by_then || stretch || between
}

/// "the 1500 metres", "won the 800 m final": a race named by its distance.
/// With a point on its course: "was caught with 31km to go", "at the
/// 35-kilometre mark", "went clear after 22km".
fn names_a_race(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    // (a horse race by its distance, glued or hyphened: "the
    // two-and-a-half-mile handicap chase", "the 2-mile hurdle")
    let (glued_unit, unit_end) = match lower_at(i).rsplit_once('-') {
        Some((_, unit)) => (unit, i + 1),
        None if lower_at(i + 1) == "-" => (lower_at(i + 2), i + 3),
        None => ("", i + 1),
    };
    if matches!(glued_unit, "mile" | "furlong") {
        let noun_at = if matches!(lower_at(unit_end), "handicap" | "novices'" | "novices’" | "novice" | "maiden" | "juvenile") { unit_end + 1 } else { unit_end };
        if matches!(lower_at(noun_at), "chase" | "hurdle" | "steeplechase" | "handicap" | "stakes" | "bumper" | "race" | "sprint") || noun_at > unit_end {
            return true;
        }
    }
    // (a putt by its length: "rolled in a nervy four-footer")
    if lower_at(i).ends_with("-footer") || lower_at(i + 1) == "-" && lower_at(i + 2) == "footer" {
        return true;
    }
    if is_distance_unit(lower_at(i + 1)) && marks_a_course_point(tokens, i, i + 2) {
        return true;
    }
    if lower_at(i + 1) == "-" && is_distance_unit(lower_at(i + 2)) && lower_at(i + 3) == "mark" {
        return true;
    }
    // (the unit may be glued to the number: "the men's 400m")
    let glued_at = |k: usize| ["m", "km"].iter().any(|u| lower_at(k).strip_suffix(u).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b',')));
    let glued = glued_at(i);
    // (or joined by a hyphen: "the 2-kilometre race")
    let hyphened = !glued && lower_at(i + 1) == "-";
    let (unit, after) = if glued { ("m", lower_at(i + 1)) } else if hyphened { (lower_at(i + 2), lower_at(i + 3)) } else { (lower_at(i + 1), lower_at(i + 2)) };
    let after_at = if glued { i + 1 } else if hyphened { i + 3 } else { i + 2 };
    // (an event by its distance and stroke, whatever comes before: "bronze,
    // 200m breaststroke", "the 100m and 200m breaststroke")
    // (and "IM", the individual medley: "Men's 400m IM")
    let stroke = |w: &str| matches!(w, "breaststroke" | "freestyle" | "butterfly" | "backstroke" | "medley" | "hurdles" | "steeplechase" | "im");
    if glued && (stroke(after) || after == "and" && glued_at(i + 2) && stroke(lower_at(i + 3))) {
        return true;
    }
    // (a pool's event by its distance alone, in American copy: "the 50
    // freestyle semifinals", "the men's 50 breaststroke")
    if i > 0 && tokens[i].kind == TokenKind::Number && stroke(lower_at(i + 1)) && lower_at(i + 1) != "im" && matches!(lower_at(i - 1), "the" | "men's" | "women's" | "men’s" | "women’s" | "boys'" | "girls'" | "mixed") {
        return true;
    }
    // ("a silver medal over 5,000m": the event a medal was won over)
    if i >= 2 && lower_at(i - 1) == "over" && matches!(unit, "m" | "metres" | "meters" | "km") && tokens[i.saturating_sub(4)..i - 1].iter().any(|t| matches!(t.lower(), "medal" | "gold" | "silver" | "bronze" | "title" | "won" | "win" | "victory" | "record" | "champion")) {
        return true;
    }
    // (whose field may come between: "won the men's 400m individual medley",
    // "silver in the women's 100m behind ...")
    i > 0
        // ("a flying 200m": a sprint's timed distance)
        // ("won the junior 5km": the race of a class of entrants)
        && (matches!(lower_at(i - 1), "the" | "men's" | "women's" | "men’s" | "women’s" | "boys'" | "girls'" | "mixed" | "flying")
            || i > 1 && matches!(lower_at(i - 1), "junior" | "senior" | "elite" | "masters" | "veterans" | "youth" | "open" | "amateur") && matches!(lower_at(i - 2), "the" | "a"))
        && matches!(unit, "m" | "metres" | "meters" | "km" | "mile" | "miles" | "metre" | "meter" | "kilometre" | "kilometres" | "kilometer" | "kilometers")
        // (a hyphened distance is the race's only before its noun)
        // (or its stroke: "the 100-meter butterfly", "the men's 200-meter
        // individual medley")
        && (!hyphened || matches!(after, "race" | "event" | "swim" | "run" | "final" | "sprint" | "relay" | "individual" | "dash") || stroke(after))
        && (tokens.get(after_at).is_none_or(|t| t.kind == TokenKind::Punct) || is_stop(after) || matches!(after, "race" | "final" | "title" | "event" | "hurdles" | "steeplechase" | "freestyle" | "butterfly" | "backstroke" | "breaststroke" | "medley" | "relay" | "individual" | "sprint" | "dash" | "behind" | "heats" | "semi-final" | "semifinal"))
}

/// An age bracket: "children under five", "people over 65".
fn age_group(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    // ("Joanne Pike, 44, a mother of two": a person described, as by an age)
    if i >= 2 && lower_at(i - 1) == "of" && matches!(lower_at(i - 2), "mother" | "father" | "parent" | "grandmother" | "grandfather" | "grandparent") && number_word(lower_at(i)).is_some_and(|v| v <= 12) && !is_time_unit(lower_at(i + 1)) && tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct || matches!(t.lower(), "from" | "who" | "and" | "with" | "in" | "at")) {
        return true;
    }
    let plain_age = || tokens[i].text.len() <= 3 && tokens[i].text.bytes().all(|b| b.is_ascii_digit()) && tokens[i].text.parse::<u32>().is_ok_and(|n| n <= 120);
    // (nothing after it that makes it an amount: "80 or older." but not
    // "80 or older cars")
    // (or a verb, "homeowners 65 and older would be frozen", or a clause
    // about them: "people 80 or older who live alone")
    let ends_there = |k: usize| {
        tokens.get(k).is_none_or(|t| t.kind == TokenKind::Punct && !matches!(t.text, "%" | "-" | "–"))
            // (or a condition on them: "16 or under if they are disabled")
            || matches!(lower_at(k), "and" | "or" | "were" | "was" | "are" | "is" | "had" | "have" | "would" | "will" | "can" | "could" | "may" | "might" | "must" | "should" | "who" | "living" | "if" | "unless")
    };
    // ("The minimum age for automatic enrolment will fall from 22 to 18":
    // the ages an age is moved between)
    let range_ends = |k: usize| ends_there(k) || lower_at(k) == "to" && tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number) && ends_there(k + 2);
    if i > 0 && matches!(lower_at(i - 1), "from" | "to") && plain_age() && tokens[i.saturating_sub(9)..i - 1].iter().any(|t| matches!(t.lower(), "age" | "ages")) && range_ends(i + 1) || i > 2 && lower_at(i - 1) == "to" && lower_at(i - 3) == "from" && plain_age() && tokens[i.saturating_sub(11)..i - 3].iter().any(|t| matches!(t.lower(), "age" | "ages")) && ends_there(i + 1) {
        return true;
    }
    // "14% of participants were 80 or older", "aged 65 and over".
    if matches!(lower_at(i + 1), "or" | "and") && matches!(lower_at(i + 2), "older" | "younger" | "over" | "under") && ends_there(i + 3) && plain_age() {
        return true;
    }
    // "Most are over 60.", "A third of residents at Ferry House are under
    // 25.": people, or a share of them, said to be over or under an age.
    let people = |w: &str| {
        names_people(w) || matches!(w, "users" | "members" | "participants" | "respondents" | "voters" | "workers" | "employees" | "staff" | "customers" | "tenants" | "victims" | "players" | "students" | "pupils")
            // ("where the oldest person is under 80": a rule's age)
            || matches!(w, "person" | "someone" | "anyone" | "applicant" | "applicants" | "claimant" | "claimants" | "couple" | "couples")
    };
    // ("A couple who are both under 80": "both" or "all" between)
    let be_at = |k: usize| matches!(lower_at(k), "are" | "were" | "is" | "was") || k >= 1 && matches!(lower_at(k), "both" | "all") && matches!(lower_at(k - 1), "are" | "were");
    if i >= 3
        && matches!(lower_at(i - 1), "over" | "under")
        && be_at(i - 2)
        && ends_there(i + 1)
        && plain_age()
        && (tokens[..i - 2].iter().any(|t| people(t.lower())) || i == 3 && matches!(lower_at(0), "most" | "many" | "some" | "all" | "half" | "few" | "nearly" | "almost")
            // ("All four were over 70.": a count of people already named)
            || i == 4 && matches!(lower_at(0), "all" | "both" | "the") && tokens.get(1).is_some_and(|t| number_word(t.lower()).is_some()))
    {
        return true;
    }
    // (the three readings below are of a small whole number, asked once)
    if plain_age() {
        // ("expected to draw her pension at 67", "retire at 66", "died at 81":
        // the age something happens at)
        if i >= 2
            && lower_at(i - 1) == "at"
            && tokens[i.saturating_sub(4)..i - 1].iter().any(|t| matches!(t.lower(), "pension" | "pensions" | "retire" | "retires" | "retired" | "retiring" | "retirement" | "died" | "dies"))
            && tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct && !matches!(t.text, "%" | "-" | "–") || matches!(t.lower(), "in" | "and" | "or" | "from" | "after" | "when" | "with" | "rather" | "instead"))
        {
            return true;
        }
        // ("adults between 30 and 60 who had no history of drug use": people
        // of an age range)
        let between_at = if i >= 2 && lower_at(i - 1) == "and" { i - 2 } else { i };
        if between_at >= 2
            && lower_at(between_at - 1) == "between"
            && names_people(lower_at(between_at - 2))
            && lower_at(between_at + 1) == "and"
            && [between_at, between_at + 2].iter().all(|&n| tokens.get(n).and_then(small_count).is_some_and(|v| v <= 120))
            && tokens.get(between_at + 3).is_none_or(|t| t.kind == TokenKind::Punct && !matches!(t.text, "%" | "-" | "–") || matches!(t.lower(), "who" | "and" | "were" | "are" | "with" | "in" | "from"))
        {
            return true;
        }
        // ("the baritone Callum Fraser, who is only 31.", "She was just 19."):
        // a person's age, told with "is"
        let mut k = i;
        while k > 0 && (qualifies_an_age(lower_at(k - 1)) || lower_at(k - 1) == "already") {
            k -= 1;
        }
        if k >= 2 && matches!(lower_at(k - 1), "is" | "was") && matches!(lower_at(k - 2), "who" | "he" | "she") && tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct && matches!(t.text, "." | "," | ";" | "!")) {
            return true;
        }
        // ("a young squad, most of whom are under 24,": people's age
        // bound, told of "who" or "whom")
        if i >= 3
            && matches!(lower_at(i - 1), "under" | "over")
            && matches!(lower_at(i - 2), "are" | "were")
            && matches!(lower_at(i - 3), "who" | "whom")
            && plain_age()
            && tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct && matches!(t.text, "." | "," | ";" | "!"))
        {
            return true;
        }
    }
    // "A boy of about ten", "a woman of 40": an age.
    let k = if i > 0 && matches!(tokens[i - 1].lower(), "about" | "around" | "roughly" | "nearly" | "just" | "almost") { i - 1 } else { i };
    let person_of = k >= 2
        && tokens[k - 1].lower() == "of"
        && matches!(tokens[k - 2].lower(), "boy" | "girl" | "child" | "man" | "woman" | "son" | "daughter" | "baby" | "teenager" | "youth" | "toddler" | "boys" | "girls" | "children")
        && tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct || is_stop(t.lower()) || t.lower() == "was");
    // ("people over 65", "a person over 80", "a driver over 70")
    let person = |w: &str| names_people(w) || matches!(w, "person" | "someone" | "anyone" | "child" | "baby" | "toddler" | "teenager" | "adult") || super::attribution::is_person_noun(w);
    // (and the age joined to it: "children under 16, or under 20 if they
    // stay in education")
    let joined_to_an_age = |k: usize| matches!(lower_at(k), "or" | "and") && (k.saturating_sub(5)..k).any(|p| p >= 1 && person(lower_at(p - 1)) && matches!(lower_at(p), "under" | "over" | "above" | "below"));
    person_of
        || i >= 2
        && matches!(tokens[i - 1].lower(), "under" | "over" | "above" | "below")
        && (person(tokens[i - 2].lower()) || joined_to_an_age(i - 2) && plain_age() && (ends_there(i + 1) || matches!(lower_at(i + 1), "if" | "who" | "when" | "unless")))
}

/// An adverb before an age: "Jonah Prideaux, just 24,", "who is only 31".
fn qualifies_an_age(word: &str) -> bool {
    matches!(word, "only" | "just" | "now" | "then" | "still" | "barely" | "nearly" | "almost")
}

/// A singular noun of a person's role by its ending ("striker", "director",
/// "cyclist", "historian"), for an age given after it: "the England
/// striker, 27,".
fn names_a_role(word: &str) -> bool {
    // (and a team's positions of other endings: "The Polish forward, 27,")
    // (or a title held: "after the defending champion, 20, overreached")
    matches!(word, "forward" | "captain" | "guard" | "prop" | "full-back" | "fly-half" | "scrum-half" | "centre-back" | "netminder" | "champion" | "titleholder" | "favourite" | "favorite" | "contender" | "rookie" | "veteran") || word.len() > 5 && !word.ends_with('s') && (word.ends_with("er") || word.ends_with("or") || word.ends_with("ist") || word.ends_with("ian")) && !matches!(word, "number" | "quarter" | "chapter" | "order" | "letter" | "paper" | "register" | "meter" | "sector" | "factor" | "corridor" | "monitor" | "indicator" | "calendar" | "border" | "other" | "another" | "together" | "however" | "whether" | "either" | "neither" | "rather" | "further" | "after" | "under" | "over" | "later" | "earlier" | "per")
}

/// The sentence opens with a person: a title and a name ("Mr Kyle"), a
/// pronoun, or a name of two capitals ("Jane Smith").
fn opens_with_a_person(tokens: &[Token<'_>]) -> bool {
    let (Some(first), Some(second)) = (tokens.first(), tokens.get(1)) else { return false };
    matches!(first.lower(), "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "lady" | "lord" | "he" | "she")
        || first.is_capitalized() && second.is_capitalized() && first.kind == TokenKind::Word && second.kind == TokenKind::Word && !matches!(first.lower(), "the" | "a" | "an" | "in" | "on" | "at" | "by" | "for" | "its" | "this" | "that")
}

/// A length of time used as a modifier says what kind of thing follows, not
/// how much of it there is: "a 10-year plan", "a 24-hour strike", "the 12
/// year zodiac cycle". Records and distances stay figures: "a 10-year
/// high", "about a 20 minute walk".
fn describes_a_kind(tokens: &[Token<'_>], i: usize) -> bool {
    const SINGULAR_UNITS: &[&str] = &["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"];
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    // "four-year" is one word; "10-year" is a number, a hyphen and a word.
    let (number, unit, noun, hyphenated) = match lower_at(i).rsplit_once('-') {
        Some((number, unit)) => (number, unit, tokens.get(i + 1), true),
        None if tokens.get(i + 1).is_some_and(|t| t.is_punct("-")) => (lower_at(i), lower_at(i + 2), tokens.get(i + 3), true),
        None => (lower_at(i), lower_at(i + 1), tokens.get(i + 2), false),
    };
    // "about a 20 minute walk": a distance, measured.
    let qualified = i >= 2 && matches!(lower_at(i - 1), "a" | "an") && matches!(lower_at(i - 2), "about" | "around" | "roughly" | "some" | "nearly" | "almost" | "over" | "under" | "just");
    // ("A set lunch of three courses costs £39": a meal's kind, as "a
    // three-course lunch" is)
    if i >= 2 && lower_at(i - 1) == "of" && matches!(lower_at(i - 2), "lunch" | "dinner" | "menu" | "meal" | "supper" | "feast" | "brunch") && matches!(lower_at(i + 1), "courses" | "dishes" | "plates") {
        return true;
    }
    let measure = noun.is_some_and(|n| matches!(n.lower(), "walk" | "drive" | "ride" | "flight" | "journey" | "trip" | "commute" | "sail" | "hike"));
    // "a five-bedroom villa", "a 12-storey block", "a three-star hotel": a
    // kind of building or thing, not a count asserted
    // (a small number: "a 412-bed hospital" counts its capacity)
    let small = number.parse::<u32>().ok().or_else(|| number_word(number).and_then(|v| u32::try_from(v).ok())).is_some_and(|v| v <= 12 || v <= 99 && matches!(unit, "storey" | "story"));
    // (or a shape: "a five-pointed star", "a two-pronged approach")
    let kind_of_thing = small
        && (matches!(unit, "bed" | "bedroom" | "bedroomed" | "storey" | "story" | "door" | "seat" | "seater" | "star" | "speed" | "piece" | "berth" | "bay" | "lane" | "track" | "wheel" | "wheeled" | "cylinder" | "engine" | "engined" | "course")
            // (a fixture's or a train's format: "a three-match Test series",
            // "four-car trains")
            || hyphenated && matches!(unit, "match" | "game" | "leg" | "car" | "carriage" | "coach")
            // (a work's form: "a six-part series", "a three-act opera")
            || hyphenated && matches!(unit, "part" | "act" | "episode" | "volume" | "movement")
            || hyphenated && unit.len() > 4 && unit.ends_with("ed"))
        && noun.is_some_and(|n| n.kind == TokenKind::Word && !is_stop(n.lower()));
    // ("trading eight-bar phrases", "a 12-bar blues": a musical form, of
    // any length)
    if lower_at(i + 1) == "-" && matches!(lower_at(i + 2), "bar" | "bars") || lower_at(i).ends_with("-bar") {
        return true;
    }
    // ("The Glasgow five-piece, whose second album ...": a band by its
    // line-up, the noun left out)
    let line_up = small && unit == "piece";
    if (kind_of_thing || line_up) && !qualified {
        return true;
    }
    // "a 20-litre jerrycan", "a 50kg sack": a container by what it holds,
    // the thing a price or a handout counts
    let container = matches!(unit, "litre" | "liter" | "litres" | "liters" | "l" | "ml" | "kg" | "kilo" | "kilogram" | "gallon" | "pint")
        && noun.is_some_and(|n| matches!(n.lower(), "jerrycan" | "jerrycans" | "jerry" | "bottle" | "bottles" | "bag" | "bags" | "sack" | "sacks" | "drum" | "drums" | "tank" | "tanks" | "container" | "containers" | "bucket" | "buckets" | "barrel" | "barrels" | "jar" | "jars" | "tin" | "tins" | "carton" | "cartons" | "can" | "cans" | "cylinder" | "cylinders"));
    if container && i > 0 && matches!(lower_at(i - 1), "a" | "an" | "per" | "each" | "one") {
        return true;
    }
    // "Vehicles over 7.5 tonnes", "lorries above 3.5 tonnes": a class of
    // vehicle by its weight, as a sign or a rule names it
    if i >= 2 && matches!(lower_at(i - 1), "over" | "above" | "under" | "below") && matches!(lower_at(i - 2), "vehicles" | "lorries" | "trucks" | "hgvs" | "goods") && matches!(lower_at(i + 1), "tonnes" | "tonne" | "tons" | "t") {
        return true;
    }
    // "Dinner for two", "a table for four": a party's size
    if i >= 2 && lower_at(i - 1) == "for" && matches!(lower_at(i - 2), "dinner" | "lunch" | "breakfast" | "brunch" | "meal" | "table" | "supper") && number_word(lower_at(i)).is_some_and(|v| v <= 12) {
        return true;
    }
    !qualified
        && !measure
        && SINGULAR_UNITS.contains(&unit)
        && number != "1"
        && number != "one"
        && noun.is_some_and(|n| n.kind == TokenKind::Word && !is_stop(n.lower()) && !matches!(n.lower(), "high" | "highs" | "low" | "lows" | "record" | "peak" | "old"))
}

fn locates_in_time(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    // "after 12 weeks", "within two days": when, not how much.
    if i > 0 && matches!(lower_at(i - 1), "after" | "within") && is_time_unit(lower_at(i + 1)) {
        return true;
    }
    // ("The window is now only five weeks away", "two days away": how far
    // off a time is)
    if is_time_unit(lower_at(i + 1)) && lower_at(i + 2) == "away" {
        return true;
    }
    // ("For 40 minutes it looked as though ...": the stretch of a game a
    // sentence opens on)
    if i == 1 && lower_at(0) == "for" && matches!(lower_at(2), "minutes" | "seconds") && tokens.get(3).is_some_and(|t| t.is_punct(",") || matches!(t.lower(), "it" | "the" | "they" | "he" | "she" | "neither" | "both")) {
        return true;
    }
    // ("In five years it may sound like their best", "In two years, the
    // scheme will pay for itself": the time a sentence opens on)
    if i == 1 && lower_at(0) == "in" && matches!(lower_at(2), "years" | "months" | "weeks" | "days" | "decades") && tokens.get(3).is_some_and(|t| t.is_punct(",") || matches!(t.lower(), "it" | "the" | "they" | "he" | "she" | "we" | "this" | "that" | "there")) {
        return true;
    }
    // ("within her first 100 days", "in its first six months": the start
    // of someone's time in a post, or a thing's)
    if i > 2 && matches!(lower_at(i - 1), "first" | "last") && matches!(lower_at(i - 2), "her" | "his" | "their" | "its" | "the") && matches!(lower_at(i - 3), "within" | "in" | "during" | "after" | "over") && is_time_unit(lower_at(i + 1)) {
        return true;
    }
    // ("doesn't touch a cymbal until nearly three minutes in": how far into
    // a piece or a game)
    if is_time_unit(lower_at(i + 1)) && lower_at(i + 2) == "in" && tokens.get(i + 3).is_none_or(|t| t.kind == TokenKind::Punct) {
        return true;
    }
    // ("Revisions to the latest two months", "over the next two to three
    // weeks": which stretch of time, not how much)
    let stretch = |k: usize| k >= 2 && matches!(lower_at(k - 1), "latest" | "last" | "past" | "previous" | "next" | "coming" | "first" | "final") && lower_at(k - 2) == "the";
    let far_end = i >= 2 && matches!(lower_at(i - 1), "to" | "or") && stretch(i - 2) && is_time_unit(lower_at(i + 1));
    if stretch(i) && (is_time_unit(lower_at(i + 1)) || matches!(lower_at(i + 1), "to" | "or") && is_time_unit(lower_at(i + 3))) || far_end {
        return true;
    }
    // ("Her partner of 30 years": how long a bond has lasted, which says
    // who they are)
    if i >= 2 && lower_at(i - 1) == "of" && matches!(lower_at(i - 2), "partner" | "husband" | "wife" | "spouse" | "companion") && matches!(lower_at(i + 1), "years" | "decades") {
        return true;
    }
    // (its unit left out after a first one: "Within two years she was
    // racing ...; within five she had signed", "back on a bike within five
    // months and racing within ten.")
    let elided = tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct || matches!(t.lower(), "she" | "he" | "they" | "it" | "we" | "i" | "the" | "and" | "of"));
    if i > 0 && matches!(lower_at(i - 1), "after" | "within") && elided && (1..i).any(|k| is_time_unit(lower_at(k)) && is_count(&tokens[k - 1])) {
        return true;
    }
    // "the second price rise in under 12 months", "within less than a
    // year": the window two dated events fall in
    let window = i > 1 && lower_at(i - 1) == "under" && lower_at(i - 2) == "in" || i > 2 && lower_at(i - 1) == "than" && lower_at(i - 2) == "less" && matches!(lower_at(i - 3), "in" | "within");
    if window && matches!(lower_at(i + 1), "months" | "years" | "weeks" | "days") {
        return true;
    }
    // "patients waiting longer than four months": the wait that defines
    // who is counted, not a count.
    // (a participle after its noun, not a verb told: "Some developers
    // now wait more than two years", "Patients are waiting over a year")
    let waiting = |k: usize| lower_at(k) == "waiting" && k > 0 && tokens[k - 1].kind == TokenKind::Word && !matches!(lower_at(k - 1), "are" | "is" | "were" | "was" | "been" | "be" | "still" | "now");
    if is_time_unit(lower_at(i + 1))
        && (i > 2 && lower_at(i - 1) == "than" && matches!(lower_at(i - 2), "longer" | "more") && waiting(i - 3)
            || i > 1 && matches!(lower_at(i - 1), "over" | "beyond") && waiting(i - 2)
            || i > 2 && lower_at(i - 1) == "least" && lower_at(i - 2) == "at" && waiting(i - 3))
    {
        return true;
    }
    // "meets every two weeks": how often; "visited over two days in
    // November": the stretch an event took, dated right after.
    // ("rise by £45 for every further 12 hours": a rate's step)
    if i > 0 && (lower_at(i - 1) == "every" || i > 1 && lower_at(i - 2) == "every" && matches!(lower_at(i - 1), "further" | "additional" | "extra" | "subsequent")) && is_time_unit(lower_at(i + 1)) {
        return true;
    }
    // "The next report will be issued in two weeks": when something to
    // come is due, counted from the writing.
    if i > 0 && lower_at(i - 1) == "in" && is_time_unit(lower_at(i + 1)) && tokens[..i].iter().rev().take(8).any(|t| matches!(t.lower(), "will" | "shall" | "due" | "expected" | "scheduled")) {
        return true;
    }
    // "to invest £24 billion in transmission upgrades over five years":
    // the period an amount is spread over, the amount the figure.
    if i > 0
        && matches!(lower_at(i - 1), "over" | "across")
        && is_time_unit(lower_at(i + 1))
        && tokens.get(i + 2).is_none_or(|t| t.kind == TokenKind::Punct)
        && tokens[..i].iter().rev().take(12).any(|t| matches!(t.text, "$" | "£" | "€"))
    {
        return true;
    }
    if i > 0 && matches!(lower_at(i - 1), "over" | "across") && is_time_unit(lower_at(i + 1)) && matches!(lower_at(i + 2), "in" | "on" | "from" | "between" | "last" | "this" | "earlier") {
        return true;
    }
    // "a difficult two years", "a further 12 months": a stretch of time
    // named as such.
    // (a stretch described by how it felt or as more of the same, not a
    // measured length: "a claimed seven hours of talk time")
    let stretch = |w: &str| {
        matches!(w, "difficult" | "tough" | "hard" | "challenging" | "turbulent" | "tumultuous" | "torrid" | "bruising" | "painful" | "busy" | "long" | "good" | "bad" | "happy" | "remarkable" | "further" | "additional" | "extra" | "full" | "whole")
    };
    if i > 1 && matches!(lower_at(i - 2), "a" | "an") && stretch(lower_at(i - 1)) && is_time_unit(lower_at(i + 1)) {
        return true;
    }
    // "save £18.4m over two years", "rose 20% over five years", "risen by
    // 38 per cent in five years": the period of the figure just before,
    // not a quantity of its own.
    if i > 1
        && (matches!(lower_at(i - 1), "over" | "across" | "within") && is_time_unit(lower_at(i + 1))
            // ("in" a period of months or years: "charged to 50% in 19
            // minutes" measures the time)
            || lower_at(i - 1) == "in" && matches!(lower_at(i + 1), "months" | "years" | "decades" | "quarters"))
        // (an amount with its unit is one word: "18.4m")
        // (or a multiple: "has more than doubled in five years")
        && tokens[i.saturating_sub(4)..i - 1].iter().rev().take_while(|t| t.kind != TokenKind::Punct || t.text == "%").any(|t| t.kind == TokenKind::Number || t.text.starts_with(|c: char| c.is_ascii_digit()) || MULTIPLES.contains(&t.lower()))
    {
        return true;
    }
    // ("a 9 per cent rise over two years", "a 14 per cent rise in
    // emergency presentations over five days": the period of a change
    // told as a rate)
    if i > 2 && matches!(lower_at(i - 1), "over" | "across") && is_time_unit(lower_at(i + 1)) && rate_of_change_before(&tokens[i.saturating_sub(8)..i - 1]) {
        return true;
    }
    let mut j = i + 1;
    if tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && matches!(t.lower(), "more" | "full" | "whole")) {
        j += 1;
    }
    // "giving the developer three weeks to answer": the time a body
    // allows, a deadline it sets (not the time a thing took or takes:
    // "only one day to test it", "It takes 18 months to train a driver");
    // "Five years on, ...": when.
    let allowed = lower_at(j + 1) == "to"
        && tokens.get(j + 2).is_some_and(|t| t.kind == TokenKind::Word && !is_stop(t.lower()))
        // ("The department has two months to reply")
        && ((i.saturating_sub(8)..i).any(|k| matches!(lower_at(k), "giving" | "given" | "gave" | "give" | "gives" | "granted" | "allowed" | "allowing")) || i > 0 && matches!(lower_at(i - 1), "has" | "have"))
        && !(i > 0 && matches!(lower_at(i - 1), "only" | "just"));
    // "than it built in the previous forty years", "over the past five
    // years": a period named from now or from the story's time
    if i > 1 && lower_at(i - 2) == "the" && matches!(lower_at(i - 1), "previous" | "past" | "last" | "next" | "following" | "coming" | "preceding") && (is_time_unit(lower_at(j)) || matches!(lower_at(j), "seasons" | "terms")) {
        return true;
    }
    if is_time_unit(lower_at(j)) && (allowed || lower_at(j + 1) == "on" && tokens.get(j + 2).is_none_or(|t| t.is_punct(",") || t.is_punct("."))) {
        return true;
    }
    // "two minutes in the second half": a point in a match, not an amount.
    let into_a_period = lower_at(j + 1) == "in" && lower_at(j + 2) == "the" && matches!(lower_at(j + 3), "first" | "second" | "third" | "fourth" | "final" | "opening" | "closing" | "extra");
    // "the 12 months to September": a period named by its end.
    let to_a_month = lower_at(j + 1) == "to" && is_month(lower_at(j + 2));
    is_time_unit(lower_at(j)) && (is_time_locator(lower_at(j + 1)) || into_a_period || to_a_month)
}

/// A change told as a rate in `before`, the words before a period: "a 9
/// per cent rise", "a 14 per cent rise in emergency presentations" (no
/// punctuation after the change's word).
fn rate_of_change_before(before: &[Token<'_>]) -> bool {
    let Some(change) = before.iter().rposition(|t| matches!(t.lower(), "rise" | "rises" | "increase" | "increases" | "fall" | "falls" | "drop" | "drops" | "decline" | "declines" | "growth" | "jump" | "cut" | "cuts" | "reduction" | "surge")) else {
        return false;
    };
    !before[change..].iter().any(|t| t.kind == TokenKind::Punct)
        && before[change.saturating_sub(3)..change].iter().any(|t| matches!(t.text, "%" | "cent" | "percent") || t.lower() == "points")
}

/// The far end of an age range in units: "children aged nine months to four
/// years" (the near end and its unit between "aged" and "to").
fn far_end_of_an_age_with_units(tokens: &[Token<'_>], i: usize) -> bool {
    i >= 4 && matches!(tokens[i - 1].lower(), "to" | "and" | "-" | "–") && is_time_unit(tokens[i - 2].lower()) && is_count(&tokens[i - 3]) && opens_an_age_range(tokens, i - 4)
        || age_range_in_two_units(tokens, i)
}

/// "aged", "ages", or "aged from" / "aged between" ending at `k`: what
/// opens a range of ages ("children aged from nine months to four years").
fn opens_an_age_range(tokens: &[Token<'_>], k: usize) -> bool {
    let aged = |k: usize| matches!(tokens[k].lower(), "aged" | "ages");
    aged(k) || k >= 1 && matches!(tokens[k].lower(), "from" | "between") && aged(k - 1)
}

/// Either end of an age range whose ends have units of their own, "old"
/// closing it: "between 14 months and four years old".
fn age_range_in_two_units(tokens: &[Token<'_>], i: usize) -> bool {
    let lower_at = |k: usize| tokens.get(k).map_or("", |t| t.lower());
    let joins = |k: usize| matches!(lower_at(k), "to" | "and" | "-" | "–");
    let count_at = |k: usize| tokens.get(k).is_some_and(is_count);
    let first_end = is_time_unit(lower_at(i + 1)) && joins(i + 2) && count_at(i + 3) && is_time_unit(lower_at(i + 4)) && lower_at(i + 5) == "old";
    let far_end = i >= 3 && is_time_unit(lower_at(i + 1)) && lower_at(i + 2) == "old" && joins(i - 1) && is_time_unit(lower_at(i - 2)) && count_at(i - 3);
    first_end || far_end
}

fn is_quantity_word(tokens: &[Token<'_>], i: usize, value: u64) -> bool {
    let tok = &tokens[i];
    let lower = tok.lower();
    let prev = i.checked_sub(1).map(|p| tokens[p].lower());
    let next = tokens.get(i + 1);
    // A time of day told in words: "half past six", "quarter to seven"
    if i >= 2 && matches!(prev, Some("past" | "to")) && matches!(tokens[i - 2].lower(), "half" | "quarter" | "ten" | "twenty" | "five") {
        return false;
    }
    if names_a_round_of_a_draw(tokens, i, || value) {
        return false;
    }
    // A form of a game: "a five-a-side football match"
    // (or a way of running: "a two-way track", "a one-way street")
    if lower.ends_with("-a-side") || lower.ends_with("-way") {
        return false;
    }
    // Ages: "nine-month-old", "the age of four months".
    // (most number words have no hyphen: one byte search rules them out)
    if lower.contains('-') && (lower.ends_with("-old") || lower.contains("-year-old") || lower.contains("-month-old")) {
        return false;
    }
    // A capitalised number word inside a sentence (a capital there is no
    // sentence's) is a name or part of one:
    if tok.is_capitalized() && i > 0 {
        let before = &tokens[i - 1];
        // after the name's words: "a Big Four firm", "the Group of Seven",
        // "the Big Six clubs"
        let goes_on_a_name = before.is_capitalized() || before.eq_ignore_case("of") && i > 1 && tokens[i - 2].is_capitalized();
        // opening one: "a new production of Three Sisters", "the 2023 Six
        // Nations", a title after a colon, "Berg: Seven Early Songs"
        let opens_a_name = next.is_some_and(|n| {
            n.kind == TokenKind::Word && n.is_capitalized() && (!n.is_abbreviation() || (before.kind == TokenKind::Word || is_year_number(before)) && !is_month(n.lower()))
        });
        // after a lower-case word, which a count in prose is not
        // capitalised after: "EE, Vodafone, O2 and Three all now use", "For
        // a Three customer" (the mobile network)
        let after_prose = before.kind == TokenKind::Word && before.text.starts_with(|c: char| c.is_ascii_lowercase()) && !tok.is_abbreviation();
        if goes_on_a_name || opens_a_name || after_prose {
            return false;
        }
    }
    if i >= 2 && tokens[i - 1].eq_ignore_case("of") && tokens[i - 2].eq_ignore_case("age") {
        return false;
    }
    // The time a price buys: "£3.50 for two hours" (one price, its unit)
    if prev == Some("for") && i >= 3 && tokens[i - 2].kind == TokenKind::Number && matches!(tokens[i - 3].text, "£" | "$" | "€") && next.is_some_and(|n| is_time_unit(n.lower())) {
        return false;
    }
    // A kind or a grade named by a number word: "category two patients",
    // "stage four cancer", "in week two" (the nouns that are no verbs: "to
    // report two cases" counts; not a length after it: "took the stage two
    // hours late")
    // (or a play's or a story's part: "his speech in act three", "scene
    // two", "episode four")
    if matches!(prev, Some("category" | "stage" | "phase" | "tier" | "grade" | "type" | "level" | "week" | "round" | "heat" | "lap" | "platform" | "terminal" | "ward" | "chapter" | "section" | "article" | "paragraph" | "option" | "scenario" | "series" | "season" | "act" | "scene" | "episode" | "book" | "volume"))
        && next.is_none_or(|n| !is_time_unit(n.lower()))
    {
        return false;
    }
    // A rowing boat's class: "won gold in the men's eight", "the women's
    // four", "the coxless pair" (no count of its crew)
    if matches!(value, 2 | 4 | 8)
        && matches!(prev, Some("men's" | "women's" | "mixed" | "coxless" | "coxed" | "lightweight" | "junior"))
        && next.is_none_or(|n| !n.is_word() || is_stop(n.lower()) || matches!(n.lower(), "final" | "crew" | "crews" | "title" | "gold" | "silver" | "bronze" | "race" | "event"))
    {
        return false;
    }
    // "reached three figures": a batter's century, the cricket idiom
    if value == 3 && next.is_some_and(|n| n.lower() == "figures") && matches!(prev, Some("reached" | "reach" | "reaches" | "reaching" | "passed" | "past")) {
        return false;
    }
    // "followed three generations of a family": a family's span, no count
    // asserted
    if value <= 12 && next.is_some_and(|n| n.lower() == "generations") {
        return false;
    }
    // "pupils aged four to 11"
    if i >= 1 && opens_an_age_range(tokens, i - 1) || far_end_of_an_age_with_units(tokens, i) {
        return false;
    }
    // "Children as young as eight": an age
    if i >= 3 && prev == Some("as") && matches!(tokens[i - 2].lower(), "young" | "old") && tokens[i - 3].lower() == "as" {
        return false;
    }
    // "Dinner for two", "a table for four": whom it serves
    if prev == Some("for") && value <= 12 && next.is_none_or(|n| n.kind == TokenKind::Punct || matches!(n.lower(), "costs" | "cost" | "is" | "was" | "came" | "comes" | "people" | "diners" | "guests")) {
        return false;
    }
    // "At six o'clock": a time of day.
    if next.is_some_and(|n| n.lower() == "o'clock") {
        return false;
    }
    // "a second or two longer", "a day or two": a rough length of time.
    if i >= 2 && prev == Some("or") && matches!(tokens[i - 2].lower(), "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade") {
        return false;
    }
    // Multipliers only count after a number ("1.5 million"): handled there;
    // or after "a" with a qualifier before it or a plural noun after
    // ("Nearly a million young people", "a million homes"; not "one in a
    // million", "a million miles from the truth", "a thousand times").
    if is_multiplier(lower) && !lower.contains('-') {
        let after_a = prev == Some("a") && matches!(lower, "hundred" | "thousand" | "million" | "billion");
        let qualified = || qualifier_before(tokens, i - 1).is_some();
        let counts_a_noun = || {
            tokens[i + 1..].iter().take(3).take_while(|t| t.kind == TokenKind::Word && !is_stop(t.lower())).any(|t| (looks_like_a_plural_noun(t) || t.lower() == "people") && !matches!(t.lower(), "miles" | "times" | "years" | "ways" | "reasons" | "things" | "words" | "pieces"))
        };
        return after_a && (qualified() || counts_a_noun());
    }
    // "the two countries", "both", "these three": referring back.
    if !lower.contains('-') && prev.is_some_and(|p| matches!(p, "the" | "these" | "those" | "both" | "all" | "its" | "their" | "his" | "her" | "our" | "first" | "last")) {
        return false;
    }
    // ("recovered the other two from the water": the rest of a number
    // already given)
    if !lower.contains('-') && prev == Some("other") && i >= 2 && tokens[i - 2].eq_ignore_case("the") {
        return false;
    }
    // "two of them", "one or two", "two-thirds" handled as words.
    // (not a part of a counted whole: "Eight of the 14 new cases")
    // (not a year after "the": "Day five of the 2018 World Cup")
    let part_of_a_count = || {
        next.is_some_and(|n| n.eq_ignore_case("of"))
            && tokens.get(i + 2).is_some_and(|t| t.lower() == "the")
            && tokens.get(i + 3).is_some_and(|t| t.kind == TokenKind::Number && t.text.bytes().all(|b| b.is_ascii_digit() || b == b',') && !is_year_number(t))
    };
    if next.is_some_and(|n| n.eq_ignore_case("of") || n.eq_ignore_case("or") || n.eq_ignore_case("and")) && value < 100 && !part_of_a_count() {
        return false;
    }
    if next.is_none_or(|n| n.kind == TokenKind::Punct && !n.is_punct("%")) && !lower.contains('-') {
        return false;
    }
    // ("children from nine months old": an age in words)
    if units_old_at(tokens, i + 1) || names_or_tallies(tokens, i) {
        return false;
    }
    // A count that announces the list after its colon: "three points:",
    // "The MPC has nine members: the Governor, ...".
    if value <= 12 && tokens.get(i + 1..).is_some_and(|rest| rest.iter().take(3).take_while(|t| t.kind == TokenKind::Word).count() >= 1 && rest.iter().take(4).position(|t| t.is_punct(":")).is_some_and(|k| rest[..k].iter().all(|t| t.kind == TokenKind::Word))) {
        return false;
    }
    // (the colon may close a longer lead-in, the list or table in the
    // blocks after it: "Rovers completed three other deals before the
    // deadline:")
    if value <= 12 && tokens.len() > i + 2 && tokens.len() <= i + 9 && tokens.last().is_some_and(|t| t.is_punct(":")) && tokens[i + 1..tokens.len() - 1].iter().all(|t| t.kind == TokenKind::Word) {
        return false;
    }
    // The writer's signposting by count, opening the sentence: "Two points
    // stand out.", "Three questions remain." (the points follow; nothing
    // is counted in the world)
    // (one word may describe them: "Three structural factors explain most
    // of the gap.")
    let described = usize::from(tokens.get(1).is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalized() && !is_discourse_noun(t.lower())));
    if i == 0 && (2..=10).contains(&value) && tokens.get(1 + described).is_some_and(|t| is_discourse_noun(t.lower())) {
        return false;
    }
    // ... or closing it, the points to follow: "Economists point to three
    // factors." ("First, energy. ...")
    // (not a change by so many points: "Support fell by three points.")
    if (2..=10).contains(&value) && prev.is_none_or(|p| !matches!(p, "by" | "of")) && tokens.get(i + 1).is_some_and(|t| is_discourse_noun(t.lower())) && tokens.len() == i + 3 && tokens[i + 2].kind == TokenKind::Punct && matches!(tokens[i + 2].text, "." | ":") {
        return false;
    }
    // Small tallies of items named right there: "two politicians, A and B,".
    if tallies_names(tokens, i, value) || tallies_days(tokens, i, value) || sums_up_a_list(tokens, i, value) {
        return false;
    }
    // (as many as a list in dashes names: "Eight members of OPEC+ — Saudi
    // Arabia, Russia, ... and Oman — will meet")
    if (2..=12).contains(&value)
        && let Some(dash) = tokens[i + 1..tokens.len().min(i + 7)].iter().position(|t| t.is_punct("—") || t.is_punct("–"))
        && items_listed(&tokens[i + 1 + dash + 1..]) == Some(value as usize)
    {
        return false;
    }
    if value <= 5 {
        // (a relative clause may come before the names: "Two council
        // members who voted for the increase, Natarajan and Carlos Mendez,")
        let reach = if tokens.get(i + 2).is_some_and(|t| matches!(t.lower(), "who" | "whom")) || tokens.get(i + 3).is_some_and(|t| matches!(t.lower(), "who" | "whom")) { 12 } else { 7 };
        let window = &tokens[i + 1..tokens.len().min(i + reach)];
        // (or a dash: "Three other men – Adrian Kovacs, 33, Steven Moss, 51,
        // and Ryan Ashby, 28 – received")
        if let Some(k) = window.iter().position(|t| t.is_punct(",") || t.is_punct(":") || t.is_punct("(") || t.is_punct("–") || t.is_punct("—")) {
            let after = &tokens[i + 1 + k + 1..tokens.len().min(i + 1 + k + 14)];
            // (names only up to the "and": "five councillors, Reform two
            // and the Liberal Democrats four" is a list of counts)
            // (each name may carry its age: "Two executives of Dragamar,
            // Paulo Antunes, 55, and Sérgio Lemos, 49,")
            let age = |t: &Token<'_>| t.kind == TokenKind::Number && t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit());
            let names_first = after.iter().take_while(|t| !t.eq_ignore_case("and")).all(|t| t.is_capitalized() || t.is_punct(",") || age(t));
            if after.first().is_some_and(|t| t.is_capitalized()) && after.iter().any(|t| t.eq_ignore_case("and")) && names_first {
                return false;
            }
            // (or as many items as it counts, named in any case: "Two
            // earlier drugs, sotorasib and adagrasib, target")
            if window[k].is_punct(",") && items_listed(&tokens[i + 1 + k + 1..]) == Some(value as usize) {
                return false;
            }
            // (after a colon, each name may carry a description: "Two
            // riders abandoned during the stage: the Australian sprinter
            // Liam Carter and Denmark's Mads Holm."; so may two after a
            // comma: "Two co-defendants, former secretary of state Marius
            // Ghenea and businessman Lucian Stoica, received")
            if (window[k].is_punct(":") || value == 2 && window[k].is_punct(",")) && let Some(and) = after.iter().position(|t| t.eq_ignore_case("and")) {
                let described_name = |part: &[Token<'_>]| part.iter().take(5).take_while(|t| t.kind == TokenKind::Word).any(|t| t.is_capitalized());
                if described_name(&after[..and]) && after[..and].iter().all(|t| t.kind == TokenKind::Word) && described_name(&after[and + 1..]) {
                    return false;
                }
            }
        }
    }
    true
}

/// How many items a list at the start of `tokens` names, when it is a
/// list of short items ("sotorasib and adagrasib,", "Leeds, York and
/// Hull."): one to three words each, joined by commas and a last "and" or
/// "or", closed by a comma, a period or the end.
fn items_listed(tokens: &[Token<'_>]) -> Option<usize> {
    let (mut items, mut words, mut joined) = (0, 0, false);
    // (an item of up to four words: "the United Arab Emirates")
    for (k, t) in tokens.iter().enumerate().take(32) {
        if t.kind == TokenKind::Word && !matches!(t.lower(), "and" | "or") {
            words += 1;
            if words > 4 {
                return None;
            }
            continue;
        }
        if words == 0 {
            return None;
        }
        items += 1;
        words = 0;
        if matches!(t.lower(), "and" | "or") {
            joined = true;
        } else if t.is_punct(",") {
            // (the comma that closes the list, after its "and")
            if joined {
                return Some(items);
            }
        } else if t.is_punct(".") || t.is_punct(")") || t.is_punct("—") || t.is_punct("–") {
            return joined.then_some(items);
        } else {
            return None;
        }
        if k + 1 == tokens.len() {
            return None;
        }
    }
    (joined && words > 0 && tokens.len() <= 16).then_some(items + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokens::tokenize;

    #[test]
    fn qualifiers_found_by_their_last_word_are_those_found_by_comparing_all() {
        let pieces = [
            "more ", "MORE ", "than ", "Than ", "at ", "least ", "up ", "to ", "as ", "many ", "much ", "an ", "estimated ", "a ", "total ", "of ", "nearly ", "only ",
            "über ", "ÜBER", "close ", "To ", " ", "  ", ", ", "5 ", "1,200", "-", "a-very-long-word-that-runs-on-for-more-than-thirty-two-bytes ",
        ];
        let mut found = 0;
        for text in crate::analysis::random_texts(&pieces, 31, 4000, 59, 1, 17) {
            let tokens = tokenize(&text, Span::new(0, text.len()));
            for at in 0..=tokens.len() {
                let expected = qualifier_before_any(&tokens, at);
                assert_eq!(qualifier_before(&tokens, at), expected, "{text:?} at {at}");
                found += usize::from(expected.is_some());
            }
        }
        assert!(found > 1000, "{found}");
    }

    fn figures(s: &str) -> Vec<&str> {
        let toks = tokenize(s, Span::new(0, s.len()));
        find(s, &toks, &[]).into_iter().map(|f| &s[f.span.range()]).collect()
    }

    #[test]
    fn a_verb_or_adverb_right_after_the_count_is_not_its_noun() {
        assert_eq!(figures("The rise in the pension age would come sooner, to 68 rather than 67."), vec!["68", "67"]);
        assert_eq!(figures("For every pound, 88p went to services and the dish feeds 2 generously."), vec!["88p", "2"]);
        // (an amount after "per" is the rate's unit)
        assert_eq!(figures("The new rate of 48.5 cents per $100 of assessed value is up."), vec!["48.5 cents"]);
        // (a verb in the present after its subject's figure)
        assert_eq!(figures("The threshold of £29,385 takes effect, and the 3.9% rise compares with 2.1%."), vec!["£29,385", "3.9% rise", "2.1%"]);
        assert_eq!(figures("Some 2,000 homes were destroyed and a further 95,000 damaged, with 6.57% respectively."), vec!["Some 2,000 homes", "a further 95,000", "6.57%"]);
        // (a participle before its noun is part of the phrase)
        assert_eq!(figures("About 15 injured workers and 12 confirmed cases were reported."), vec!["About 15 injured workers", "12 confirmed cases"]);
    }

    #[test]
    fn a_count_runs_to_its_noun() {
        // ("a million" counted, qualified or before its noun)
        assert_eq!(figures("Nearly a million young people are not in work, and a million homes are cold."), vec!["Nearly a million young people", "a million homes"]);
        assert!(figures("She is one in a million, and a million miles from home.").is_empty());
        // (a singular's "-s" before its noun)
        assert_eq!(figures("Several bus routes and two business owners were hit."), vec!["Several bus routes", "two business owners"]);
    }

    #[test]
    fn service_numbers_tallies_times_and_age_bands_are_not_figures() {
        // (a service's number)
        assert!(figures("Report fallen power lines on 105, or call 999.").is_empty());
        assert!(figures("Use NHS 111, option 2, for urgent support.").is_empty());
        // (a side's record, a run of games, a kicker's points)
        assert!(figures("The win was Scotland's third in four Tests this month.").is_empty());
        assert!(figures("He won the next three games.").is_empty());
        assert!(figures("Argentina led at half-time after eight points from the boot of Albornoz.").is_empty());
        // (the time a sentence opens on)
        assert_eq!(figures("In five years it may sound like their best."), Vec::<&str>::new());
        // (an age band is no figure)
        assert_eq!(figures("The rate among 16 to 24-year-olds climbed to 15.9%."), vec!["15.9%"]);
    }

    #[test]
    fn a_period_after_a_figure_is_its_period() {
        assert_eq!(figures("The council must save £18.4m over two years."), vec!["£18.4m"]);
        assert_eq!(figures("Prices rose 20% over five years."), vec!["20%"]);
        // (a period alone is a figure of its own)
        assert_eq!(figures("The works will take over two years."), vec!["over two years"]);
        // (an amount's period: the amount is the figure)
        assert_eq!(figures("It allows network companies to invest £24 billion in upgrades over five years."), vec!["£24 billion"]);
        // (when something to come is due, counted from the writing; not a
        // change's length)
        assert_eq!(figures("The next report will be issued in two weeks."), Vec::<&str>::new());
        assert_eq!(figures("Prices rose 5% in two weeks."), vec!["5%", "two weeks"]);
        // (a change told as a rate, its period after its words)
        assert_eq!(figures("Drivers were offered a 9 per cent rise over two years."), vec!["9 per cent rise"]);
        assert_eq!(figures("Hospitals saw a 14 per cent rise in emergency presentations over five days."), vec!["14 per cent rise"]);
        assert_eq!(figures("Drivers were offered a rise over two years."), vec!["over two years"]);
        // (a multiple's period)
        assert_eq!(figures("The number of cases has more than doubled in five years."), vec!["more than doubled"]);
    }

    #[test]
    fn a_change_told_as_a_multiple_is_a_figure() {
        assert_eq!(figures("Rents have roughly doubled since 2019."), vec!["roughly doubled"]);
        assert_eq!(figures("Shares more than tripled."), vec!["more than tripled"]);
        assert_eq!(figures("Prices have doubled since 2019."), vec!["doubled"]);
        // (not a use, a particle's verb, nor a cause's claim)
        for s in ["The hall doubled as a venue.", "The party has doubled down on the pledge.", "These measures have halved burglary."] {
            assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
        }
    }

    #[test]
    fn a_pools_events_splits_and_a_field_events_marks_are_results() {
        for s in [
            "Hollis broke the mark in the 100-meter butterfly.",
            "Hollis turned in 24.02 at the 50 and Laurent finished in 53.05.",
            "Zhang took bronze in 53.40.",
            "There was controversy in the men's 50 breaststroke semifinals.",
            "Reyes cleared 6.05m in the pole vault.",
            "Reyes had three attempts at 6.15m but failed with each.",
        ] {
            assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
        }
        // (not a count before a kind's name, nor a height without its event)
        assert_eq!(figures("The lake holds 50 butterfly species."), vec!["50"]);
        assert_eq!(figures("The wall is 6.05m high."), vec!["6.05m high"]);
    }

    #[test]
    fn a_games_margins_and_clock_are_no_figures() {
        for s in [
            "The Hawks came from 17 points down to beat Kingsbridge 27-24.",
            "The Hawks scored 20 unanswered points after the break.",
            "Ashby was driven over from a maul on 22 minutes.",
            "With three minutes left, Ashby was driven over for his second try.",
            "His try, converted three minutes after half-time, stretched the lead.",
        ] {
            assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
        }
        assert_eq!(figures("The council has 17 points to consider and the plan runs 40 minutes."), vec!["17 points", "40 minutes"]);
    }

    #[test]
    fn measurements_written_with_their_unit() {
        assert_eq!(figures("The tablet is 6.1mm thick and weighs 485g."), vec!["6.1mm thick", "485g"]);
        assert!(figures("It ships with a 45W charger and ran the 10km race.").is_empty());
        assert!(figures("The 5G network and the 4K screen.").is_empty());
    }

    #[test]
    fn currency_ranges_and_p_values() {
        assert_eq!(figures("Pensioners receive between £100 and £300, depending on age."), vec!["£100 and £300"]);
        assert_eq!(figures("A 31% lower risk of death (p<0.001)."), vec!["31% lower risk"]);
        assert_eq!(figures("Milling wheat fell €6 to €211 a tonne."), vec!["€6", "€211"]);
        assert_eq!(figures("The target range is now 3.5%-3.75%."), vec!["3.5%-3.75%"]);
    }

    #[test]
    fn bounds_of_a_category_are_not_figures() {
        assert_eq!(figures("More than 300,000 patients had been waiting 52 weeks or more."), vec!["More than 300,000 patients"]);
        assert!(figures("The tax applies to homes worth £2m or more.").is_empty());
        assert_eq!(figures("The cut saved £2m and more than 40 jobs."), vec!["£2m", "more than 40 jobs"]);
    }

    #[test]
    fn frequencies_and_dated_stretches_are_not_figures() {
        assert!(figures("The committee meets every two weeks.").is_empty());
        assert!(figures("Inspectors visited the school over two days in November 2025.").is_empty());
        assert_eq!(figures("Prices rose over two years."), vec!["over two years"]);
    }

    #[test]
    fn league_margins_are_scores() {
        assert!(figures("The club finished ninth, missing out on European football by three points.").is_empty());
        assert_eq!(figures("Support for the party fell by three points."), vec!["three points"]);
        assert!(figures("He scored in a 4–0 friendly win over Wales.").is_empty());
    }

    #[test]
    fn numbered_places_and_models_are_identifiers() {
        assert!(figures("The aircraft overran the end of runway 27 after landing.").is_empty());
        assert!(figures("The aircraft, a Boeing 737-800, was badly damaged.").is_empty());
        assert!(figures("The crash closed the M6 between junctions 10 and 11.").is_empty());
        assert!(figures("The county has set up a hotline at 555-0142.").is_empty());
        // a building's number in its street's name
        assert!(figures("The shop at 211 Oxford Street will close, and the office at 500 Howard St. was shut.").is_empty());
        assert!(figures("Residents of 14–22 Riverside Terrace and of 14 Queen’s Road were moved.").is_empty());
        assert_eq!(figures("Police closed 14 roads in Oxford."), vec!["14 roads"]);
        assert_eq!(figures("Between 10 and 11 people were hurt."), vec!["10 and 11 people"]);
    }

    #[test]
    fn identifiers_and_clock_times_are_not_figures() {
        assert!(figures("Anyone with information is asked to call 101 or Crimestoppers on 0800 555 111.").is_empty());
        assert!(figures("Call 101 quoting crime reference 42/18876/26.").is_empty());
        assert!(figures("Interviews through the press office on 01632 960 442 or +44 113 496 0000.").is_empty());
        assert!(figures("Verdict: 4/5. The helpline is open 24/7.").is_empty());
        assert!(figures("He opens the shop at 7.30 every morning and closes at six o'clock.").is_empty());
        assert!(figures("Its serial number is 001.").is_empty());
        // Still figures: a share, a rate after "at", grouped digits without
        // a leading zero, a time-like decimal with a unit.
        assert!(!figures("About 1/3 of adults agreed.").is_empty());
        assert_eq!(figures("The rate was held at 5.25%."), vec!["5.25%"]);
        assert_eq!(figures("Shares closed at 7.30 euros."), vec!["7.30 euros"]);
        assert_eq!(figures("The two-year fixed rate at 75% loan-to-value fell sharply."), vec!["75% loan-to-value"]);
    }

    #[test]
    fn shares_of_a_whole() {
        assert_eq!(figures("Tourism accounts for a fifth of the economy and two-thirds of all jobs."), vec!["a fifth", "two-thirds"]);
        assert_eq!(figures("Nearly half of the respondents agreed."), vec!["Nearly half"]);
        assert!(figures("It took a quarter of an hour in the first half of the year.").is_empty());
        assert!(figures("The third of October was wet, and half the team left.").is_empty());
        assert_eq!(figures("The number of repairers has fallen by more than half since 2000."), vec!["more than half"]);
        assert_eq!(figures("Funding was cut by a third."), vec!["a third"]);
        assert!(figures("The match was decided by half-time.").is_empty());
    }

    #[test]
    fn counts_money_percentages_and_qualifiers() {
        assert_eq!(figures("Russia has used at least 20 North Korean-made weapons against Ukraine."), vec!["at least 20 North Korean-made weapons"]);
        assert_eq!(figures("It sent over 1.5 million artillery shells."), vec!["over 1.5 million artillery shells"]);
        assert_eq!(figures("It costs nearly $2 trillion in new regulations."), vec!["nearly $2 trillion"]);
        assert_eq!(figures("Some 72% of these burdens"), vec!["Some 72%"]);
        assert_eq!(figures("about 500 miles (800 km) away"), vec!["about 500 miles (800 km)"]);
        assert_eq!(figures("Winds of up to 70km/h will ease, and gusts hit 80 km/h."), vec!["up to 70km/h", "80 km/h"]);
        assert_eq!(figures("The load factor edged up to 88.6% in the quarter."), vec!["88.6%"]);
        // (a period of the figure or a stretch of time is no figure)
        assert_eq!(figures("Rents have risen by 38 per cent in five years."), vec!["38 per cent"]);
        assert_eq!(figures("Results day was the end of a difficult two years."), Vec::<&str>::new());
        assert_eq!(figures("Five years on, the council gave the developer three weeks to answer."), Vec::<&str>::new());
        assert_eq!(figures("The department has two months to reply formally."), Vec::<&str>::new());
        assert_eq!(figures("It plans to connect more capacity than it built in the previous forty years."), Vec::<&str>::new());
        assert_eq!(figures("Prices rose 12% over the past five years."), vec!["12%"]);
        assert_eq!(figures("He was a regular over the next three seasons."), Vec::<&str>::new());
        assert_eq!(figures("Trains run from 7:30am to 6:30pm."), Vec::<&str>::new());
        assert_eq!(figures("It is a new production of Three Sisters, and Two Labour MPs came."), Vec::<&str>::new());
        assert_eq!(figures("Two Labour MPs came to see it."), vec!["Two Labour MPs"]);
        assert_eq!(figures("She crossed the line alone in 4 hours 51 minutes 12 seconds. Sarti was second at 38 seconds."), Vec::<&str>::new());
        assert_eq!(figures("It took the phone from empty to 50% in 19 minutes."), vec!["50%", "19 minutes"]);
        assert_eq!(figures("She beat the third seed 4-6, 6-3, 7-5 in two hours and 51 minutes."), Vec::<&str>::new());
        assert_eq!(figures("Estimates relied on a few dozen long-running sites and a few friends."), vec!["a few dozen long-running sites"]);
        assert_eq!(figures("It takes around 18 months to train a driver, leaving only one day to test it."), vec!["around 18 months", "only one day"]);
        assert_eq!(figures("A crowd of 10,500 rose to applaud, and no more than 7% left."), vec!["10,500", "no more than 7%"]);
        assert_eq!(figures("Sections 1, 3 and 4 are omitted; junctions 10 and 11 are shut."), Vec::<&str>::new());
        assert_eq!(figures("Several of them had been closed, and several of the reefs were damaged."), vec!["Several of them", "several of the reefs"]);
        assert_eq!(figures("It has a claimed seven hours of talk time and charged to 50% in 19 minutes."), vec!["seven hours", "50%", "19 minutes"]);
        assert_eq!(figures("forty percent of voters"), vec!["forty percent"]);
        assert_eq!(figures("dozens of high-level drug traffickers"), vec!["dozens of high-level drug traffickers"]);
        assert_eq!(figures("the six-member Afghan team"), vec!["six-member Afghan team"]);
        assert_eq!(figures("He is 5 feet 10 inches (1.78 m) tall."), vec!["5 feet 10 inches (1.78 m)"]);
        // A modal or an adverb after the number is no part of the figure.
        assert_eq!(figures("All contracts above £25,000 must now be approved."), vec!["above £25,000"]);
    }

    #[test]
    fn not_figures() {
        assert!(figures("World War II ended in 1945, and the G7 met over COVID-19.").is_empty());
        assert!(figures("Under Article 5 of the treaty, Smith, 45, said no.").is_empty());
        assert!(figures("The 45-year-old was 25 years old then.").is_empty());
        assert!(figures("They won 2-1 at 10:30 p.m.").is_empty());
        assert!(figures("Two days after the strike, the two countries met.").is_empty());
        assert!(figures("Two politicians, Ann Lee and Bo Chan, spoke.").is_empty());
        assert!(figures("The world champions put 52 points on Wales in Cardiff.").is_empty());
        assert!(figures("Priya Raman's son, 13, was referred to a counselling service.").is_empty());
        assert_eq!(figures("Parking costs £3.50 for two hours."), ["£3.50"]);
        assert!(figures("The payment is higher where the oldest person is under 80, and lower otherwise.").is_empty());
        assert!(figures("A couple who are both under 80, for example, will each get half.").is_empty());
        assert!(figures("Two council members who voted for the increase, Natarajan and Carlos Mendez, are up for re-election.").is_empty());
        assert!(figures("One of them left.").is_empty());
    }

    #[test]
    fn dates_ages_and_labels_are_not_figures() {
        assert!(figures("Income rose in 2022–23 and fell in 2023-24 and in the 2022/23 financial year and over 2019–2021.").is_empty());
        assert!(figures("We excluded the 2020 and 2021 seasons, and a 2022 review was never published.").is_empty());
        assert!(figures("Volunteers counted between 16 and 29 January 2025 and from 3 to 5 March.").is_empty());
        assert!(figures("Adults aged 40 to 79 were invited, and those aged over 65 were screened.").is_empty());
        assert!(figures("She was 81.").is_empty());
        assert!(figures("Rembrandt was 28 at the time, and the school has 412 pupils aged four to 11.") == vec!["412 pupils"]);
        assert!(figures("Voters backed Proposal 3 and rejected Option 2.").is_empty());
        assert!(figures("The average of the bank's two preferred measures of core inflation, CPI-trim and CPI-median, eased.").is_empty());
        assert!(figures("Okafor, who turned 27 on 9 November, has scored freely.").is_empty());
        assert!(figures("Girls who were heavy users at 14 had higher odds of symptoms at 17 compared with light users.").is_empty());
        assert!(figures("Two executives of Dragamar, Paulo Antunes, 55, and Sérgio Lemos, 49, were charged.").is_empty());
        // (a rate at a level is a figure; so is a count turned over)
        assert_eq!(figures("Inflation stood at 14 in the index and the firm turned over 27 vans."), vec!["14", "over 27 vans"]);
        assert_eq!(figures("Two executives of Dragamar were charged."), vec!["Two executives"]);
        assert!(figures("Table 1 summarises it, Figure 2 shows it, and Policy brief No. 27 and round 3 followed.").is_empty());
        assert!(figures("The advice boils down to three points:").is_empty());
        assert!(figures("She joined a Big Four firm before the Group of Seven met.").is_empty());
        assert_eq!(figures("Recovery takes four to six weeks for between 200 and 300 people, 10-12 staff and 2 to 3 million doses."), vec!["four to six weeks", "200 and 300 people", "10-12 staff", "2 to 3 million doses"]);
        assert_eq!(figures("Prices rose from 4% to 6%."), vec!["4%", "6%"]);
        assert!(figures("Adults with type 2 diabetes joined a phase 3 trial of the stage 4 drug before a category 4 storm.").is_empty());
        assert_eq!(figures("The startup raised £38m, the deficit reached $1.2bn, fares rose 20p and it hit 48C."), vec!["£38m", "$1.2bn", "20p", "48C"]);
        assert!(figures("The 4G network, A4 paper and the M25 motorway.").is_empty());
        assert_eq!(figures("Police detained several hundred protesters and several member governments objected."), vec!["several hundred protesters", "several member governments"]);
        assert!(figures("The MPC has nine members: the Governor, the deputies and the external members.").is_empty());
        assert_eq!(figures("The MPC has nine members."), vec!["nine members"]);
        // Still figures: a count that looks like a year span, a toll, a year-shaped count.
        assert_eq!(figures("Income rose 23% in 2022–23."), vec!["23%"]);
        assert_eq!(figures("The death toll was 81."), vec!["81"]);
        assert_eq!(figures("It has 2021 members."), vec!["2021 members"]);
    }

    #[test]
    fn year_shaped_counts() {
        assert_eq!(figures("a study of 1709 schoolchildren"), vec!["1709 schoolchildren"]);
        assert_eq!(figures("a 2000 year old tradition"), vec!["2000 year old tradition"]);
    }
}
