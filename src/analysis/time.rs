//! Time-expression recognizer.
//!
//! Finds dates and time references in already-masked prose (markup replaced
//! by spaces, byte offsets unchanged) and classifies each one:
//!
//! - [`TimeKind::Absolute`]: carries its year ("3 October 2024", "in 2008");
//! - [`TimeKind::MissingYear`]: a calendar date or month with no year
//!   ("3 October", "in June", "last September");
//! - [`TimeKind::Relative`]: only meaningful relative to the time of
//!   writing ("yesterday", "on Tuesday", "this year", "recently").
//!
//! The recognizer is rule based and tuned for precision: a word is only
//! taken as a date when its context says so ("May" the modal verb, "Black
//! Friday" the name, "now that" the conjunction, "so far as" the
//! comparison do not fire). The word lists live in `data/*.txt` (one entry
//! per line, `#` comments) so that they can be extended without touching
//! the grammar:
//!
//! - `months.txt`, `weekdays.txt`: names and abbreviations;
//! - `relative-time.txt`: single relative words (`yesterday`, `currently`);
//! - `time-units.txt`: `week`, `year`, `summer`, `night`...;
//! - `time-numbers.txt`: `two`, `few`, `several` ...;
//! - `date-names.txt`: names containing those words (`Black Friday`);
//! - `not-temporal.txt`: non-temporal uses (`now that`, `as soon as`).
//!
//! Invariants: `scan` never panics, slices only on char boundaries, and
//! returns sorted, non-overlapping spans inside the range it was given.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use jiff::civil::Weekday;

use super::lexicon::{class, WordClasses};
use super::tokens::{Token, TokenKind, UNCLASSIFIED};

/// One time expression found by [`scan`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    /// Byte range in the scanned text. For relative expressions this
    /// includes a leading preposition ("on Tuesday", "since yesterday") and
    /// modifiers ("by the end of this year", "earlier today").
    pub span: Range<usize>,
    pub kind: TimeKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimeKind {
    /// Has its year: "3 October 2024", "October 3, 2024", "Oct. 3, 2024",
    /// "2024-10-03", "June 2024", "early 2024", "in 2008", "the 1970s".
    Absolute {
        year: i16,
        month: Option<i8>,
        day: Option<i8>,
    },
    /// Calendar date or month with no year: "3 October", "October 3",
    /// "Oct. 3", "September 14th", "in June", "early June", "last September".
    /// For a month without a day, `style` carries no information
    /// (it is `DayMonth`).
    MissingYear {
        month: i8,
        day: Option<i8>,
        style: DateStyle,
    },
    /// Only meaningful relative to the time of writing.
    Relative(Relative),
}

/// Order of day and month in a written date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// "3 October 2024"
    DayMonth,
    /// "October 3, 2024"
    MonthDay,
}

/// A relative time expression and what a fix needs to rewrite it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relative {
    pub reference: Reference,
    /// The words that name the time itself, as byte offsets **relative to
    /// `span.start`** (so that shifting `span` keeps it valid): "this year"
    /// in "by the end of this year", "Tuesday night" in "on Tuesday night",
    /// "yesterday's" in "yesterday's meeting" (with the possessive). It
    /// always ends where `span` ends. For fixed phrases that include their
    /// preposition ("at present", "to date", "over the weekend", "in recent
    /// years") it covers the whole span and `lead` is [`Lead::None`].
    /// In text coordinates: `span.start + core.start..span.start + core.end`.
    pub core: Range<usize>,
    /// What stands right before `core` inside `span`.
    pub lead: Lead,
    /// Part of the day: "Tuesday night", "yesterday morning", "tonight".
    pub part: Option<DayPart>,
    /// The core ends with a possessive: "yesterday's", "Tuesday's",
    /// "this year's" (also the common slip "this years festival").
    pub possessive: bool,
    /// The sentence speaks of the future ("will meet on Tuesday", "next
    /// week", "tomorrow"): weekday and season references look forward.
    pub forward: bool,
    /// The span starts its sentence ("Yesterday, ..."): fixes capitalise.
    pub sentence_start: bool,
}

/// What precedes the core of a relative expression inside its span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lead {
    /// Nothing: the core stands alone ("yesterday", "this year").
    None,
    /// A preposition: "on", "since", "by", "until", "as of", "of" ...
    Preposition,
    /// A word joined directly to the time: "early", "mid-", "late".
    Joined,
    /// "earlier" / "later": needs "on"/"in" before a date.
    Comparative,
    /// A clock time: "16:00 UTC today".
    Time,
}

/// Part of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// Season (northern-hemisphere meteorological seasons when resolved).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// What a relative expression points at, relative to the time of writing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reference {
    /// yesterday -1, today 0, tomorrow +1, "3 days ago" -3, "last night" -1.
    DayOffset(i32),
    /// A bare weekday. `forward`: the next such day (future context, "next
    /// Tuesday"), else the most recent one. `strict`: the writing day itself
    /// is excluded ("last Tuesday", "next Tuesday").
    Weekday {
        weekday: Weekday,
        forward: bool,
        strict: bool,
    },
    /// A weekday of a week counted from the writing's: "Friday last week"
    /// (-1), "on Tuesday next week" (+1), "Monday this week" (0).
    WeekdayOfWeek { weekday: Weekday, week: i32 },
    /// ISO week (Monday to Sunday): this week 0, last week -1.
    Week(i32),
    /// Saturday and Sunday of the ISO week: this weekend 0, last weekend -1.
    Weekend(i32),
    /// "over the weekend": the latest weekend on or before the writing day.
    RecentWeekend,
    Month(i32),
    /// Calendar quarter: this quarter 0, last quarter -1.
    Quarter(i32),
    Year(i32),
    /// "this summer" 0 (the one of the writing year), "last summer" -1 (the
    /// latest one already over), "next summer" +1 (the first not yet begun).
    Season {
        season: Season,
        offset: i32,
    },
    /// "by year's end", "by year end", "by the end of the year".
    YearEnd,
    /// currently, now, at present, at the moment, these days.
    Now,
    /// recently, soon, so far, to date, in recent years, a recent X, the
    /// past decade, the last two years ...
    Unresolvable,
}

// ---------------------------------------------------------------------------
// Public entry points

/// Scan `text[range]` (already-masked prose of one paragraph: markup replaced
/// by spaces, same byte offsets as the file) and return the time expressions
/// in it, spans in `text` coordinates, sorted, non-overlapping.
pub fn scan(text: &str, range: Range<usize>) -> Vec<TimeExpr> {
    scan_found(text, range)
        .into_iter()
        .map(|f| f.expr)
        .collect()
}

/// [`scan_counting_styles`] of all of `text`, given `words`, the tokens of
/// all of `text` by [`super::tokens`] classified by `classes`: the scan
/// builds its own tokens from those instead of reading the text again.
/// `may_name_time` is false only when no word of the text is one of the
/// [`naming_words`] and the text has no digit, and then nothing is scanned
/// (the scan's own prefilter, a search for those words anywhere in the
/// text, is not run again).
pub fn scan_tokens_counting_styles_if(text: &str, words: &[Token<'_>], classes: &WordClasses, may_name_time: bool) -> (Vec<TimeExpr>, StyleCounts) {
    if !may_name_time {
        return (Vec::new(), StyleCounts::default());
    }
    with_style_counts(Scanner::from_main_tokens(text, words, classes.holds_time_entries()).run())
}

/// How many dates with a day a scan found written day-month and month-day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StyleCounts {
    pub day_month: usize,
    pub month_day: usize,
}

impl StyleCounts {
    fn add(&mut self, style: Option<DateStyle>) {
        match style {
            Some(DateStyle::DayMonth) => self.day_month += 1,
            Some(DateStyle::MonthDay) => self.month_day += 1,
            None => {}
        }
    }
}

/// [`scan`], also counting the date styles it saw (for [`detect_style_with`]).
pub fn scan_counting_styles(text: &str, range: Range<usize>) -> (Vec<TimeExpr>, StyleCounts) {
    with_style_counts(scan_found(text, range))
}

/// The expressions found, with the date styles they were written in.
fn with_style_counts(found: Vec<Found>) -> (Vec<TimeExpr>, StyleCounts) {
    let mut counts = StyleCounts::default();
    let exprs = found
        .into_iter()
        .map(|f| {
            counts.add(f.style);
            f.expr
        })
        .collect();
    (exprs, counts)
}

/// Date style used by absolute dates in a text (majority), if any.
/// Only dates with a day count; a tie gives `None`.
pub fn detect_style(text: &str) -> Option<DateStyle> {
    detect_style_with(text, |_| None)
}

/// [`detect_style`], taking the counts of a paragraph from `known` when it
/// has them: `known` gets the paragraph's range trimmed of white space and
/// answers with the counts of a scan of exactly that text (a scan only sees
/// the tokens of its range, so surrounding white space changes nothing).
pub fn detect_style_with(text: &str, known: impl Fn(Range<usize>) -> Option<StyleCounts>) -> Option<DateStyle> {
    let (mut dm, mut md) = (0usize, 0usize);
    for para in paragraphs(text) {
        let counts = match known(trim_range(text, para.clone())) {
            Some(c) => c,
            None => {
                let mut c = StyleCounts::default();
                for f in scan_found(text, para) {
                    c.add(f.style);
                }
                c
            }
        };
        dm += counts.day_month;
        md += counts.month_day;
    }
    match dm.cmp(&md) {
        std::cmp::Ordering::Greater => Some(DateStyle::DayMonth),
        std::cmp::Ordering::Less => Some(DateStyle::MonthDay),
        std::cmp::Ordering::Equal => None,
    }
}

/// Whether the sentence around byte `at` speaks of the future ("will meet on
/// 3 October", "is due to ... on Tuesday"). Used to complete the year of a
/// year-less date forwards. `range` is the paragraph.
pub fn future_context(text: &str, range: Range<usize>, at: usize) -> bool {
    let Some(range) = clamp(text, range) else {
        return false;
    };
    let sc = Scanner::new(text, range);
    let Some(i) = sc.toks.iter().position(|t| t.e() > at) else {
        return false;
    };
    let mut last = i;
    while last + 1 < sc.toks.len() && sc.toks[last + 1].s() < at.max(sc.toks[i].e()) {
        last += 1;
    }
    sc.future_ctx(i, last)
}

/// Whether the clause before the time at byte `at` tells of the past: a
/// past form met before any word that looks forward ("lost 3,100 hours in
/// October"). `range` is the clause or paragraph.
pub fn past_context(text: &str, range: Range<usize>, at: usize) -> bool {
    let Some(range) = clamp(text, range) else {
        return false;
    };
    let sc = Scanner::new(text, range);
    sc.toks.iter().position(|t| t.e() > at).is_some_and(|i| sc.past_ctx(i))
}

/// A past form before "until" that may tell a state still holding, or a
/// plan ("was closed until Monday", "suspended until March", "scheduled
/// until"), not a past that ran out ("believed until late October").
pub fn may_still_hold_until(lower: &str) -> bool {
    matches!(lower, "closed" | "suspended" | "delayed" | "postponed" | "extended" | "scheduled" | "planned" | "expected" | "shut" | "banned" | "frozen" | "paused" | "halted" | "cancelled" | "canceled" | "put" | "was" | "were" | "had")
}

/// A word before a past form and "until" that keeps the state going
/// ("will remain closed until March", "is to stay shut until"): the past
/// form then ran out only without one of these.
pub fn still_holds_before_until(lower: &str) -> bool {
    matches!(lower, "will" | "would" | "shall" | "remain" | "remains" | "stay" | "stays" | "be" | "is" | "are" | "to")
}

/// Month number of a month name or abbreviation from `data/months.txt`
/// ("October", "oct", "Sept"), any case.
pub fn month_from_name(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let &i = LEXICON.map.get(&w)?;
    LEXICON.entries.get(i as usize)?.month.map(|(m, _)| m)
}

// ---------------------------------------------------------------------------
// Word lists

macro_rules! data_file {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $name))
    };
}

fn data_lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RelWord {
    Day(i32),
    Night(i32),
    Now,
    Vague,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    /// two weeks ("a fortnight ago")
    Fortnight,
    Weekend,
    Month,
    Year,
    Decade,
    Century,
    Quarter,
    Hour,
    Minute,
    Season(Season),
    /// a season of play or of a calendar of events ("last season"), which
    /// years it spans the sport decides
    PlaySeason,
    Part(DayPart),
}

#[derive(Clone, Debug, Default)]
struct Lex {
    month: Option<(i8, bool)>,
    weekday: Option<(Weekday, bool)>,
    rel: Option<RelWord>,
    unit: Option<Unit>,
    number: Option<i32>,
    /// grammar classes (`C_*` bits) of a word that can open or shape a
    /// time expression ("on", "the", "early")
    class: u16,
}

const C_PREP: u16 = 1;
const C_THE: u16 = 2;
const C_QUANT: u16 = 4;
const C_PARTW: u16 = 8;
const C_MODI: u16 = 16;
const C_ORD: u16 = 32;
const C_MISC: u16 = 64;
/// words that name the time in a fixed phrase ("to date", "so far")
const C_CONTENT: u16 = 128;

/// Grammar words by class. Every word the grammar tests at the start of
/// an expression must be listed here: unlisted words are skipped fast.
const CLASSES: &[(u16, &[&str])] = &[
    (C_PREP, PREPS),
    (C_THE, &["the"]),
    (
        C_QUANT,
        &[
            "this",
            "last",
            "next",
            "past",
            "coming",
            "previous",
            "following",
        ],
    ),
    (
        C_PARTW,
        &[
            "end",
            "close",
            "start",
            "beginning",
            "middle",
            "rest",
            "remainder",
            "balance",
        ],
    ),
    (C_MODI, &["early", "late", "mid", "earlier", "later"]),
    (
        C_ORD,
        &[
            "first", "second", "third", "fourth", "final", "last", "latter", "early", "later",
            "closing", "opening",
        ],
    ),
    (
        C_MISC,
        &[
            "as", "up", "so", "thus", "these", "very", "quite", "fairly", "pretty", "more", "most",
            "only", "not", "some", "recent", "recently", "lately", "right", "just", "noon",
            "midday", "midnight", "a", "an", "its", "their", "our", "his", "her", "this", "those",
            "my", "your", "year", "until",
        ],
    ),
    (
        C_CONTENT,
        &[
            "recent", "recently", "lately", "present", "moment", "far", "date", "yet", "ago",
            "future", "ahead", "noon", "midday", "midnight",
        ],
    ),
];

/// Longest lead before the word that names the time: "up to the end of",
/// "at 4:30 p.m. UTC on".
const MAX_LEAD: usize = 9;

/// FxHash-style hasher for the word maps.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut v = 0u64;
            for (k, &b) in chunk.iter().enumerate() {
                v |= u64::from(b) << (8 * k);
            }
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

struct Lexicon {
    entries: Vec<Lex>,
    map: HashMap<String, u16, FxBuild>,
    /// the words of `map` by [`word_key`]: the tokenizer looks words up
    /// by the key it builds while reading them, without hashing or
    /// lowercasing the string
    packed: PackedTable,
    /// per entry: a word that names a time (a month, weekday, unit,
    /// relative or content word), so that an expression can end at it
    names_time: Vec<bool>,
}

/// Longest word that has a [`word_key`].
const KEY_MAX_LEN: usize = 16;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = ONES * 0x80;
/// the low five bits of each byte: 1 to 26 for a letter of either case
const LETTER_BITS: u64 = ONES * 0x1F;

/// [`word_key`] at compile time, for the word lists the grammar tests
/// tokens against; a listed word that is not 1 to [`KEY_MAX_LEN`] ASCII
/// letters fails the build (it could never equal a word token).
const fn word_keys<const N: usize>(words: [&str; N]) -> [u128; N] {
    let mut keys = [0u128; N];
    let mut w = 0;
    while w < N {
        let b = words[w].as_bytes();
        assert!(!b.is_empty() && b.len() <= KEY_MAX_LEN, "listed word length");
        let mut n = 0;
        while n < b.len() {
            assert!(b[n].is_ascii_alphabetic(), "listed word must be ASCII letters");
            keys[w] |= ((b[n] & 31) as u128) << (8 * n);
            n += 1;
        }
        w += 1;
    }
    keys
}

/// A list of words as their [`word_key`]s, computed at compile time:
/// `words!["until", "till"]`.
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        &const { word_keys([$($w),*]) }
    };
}

/// Words with their [`word_key`]s computed at compile time, for
/// [`Scanner::which`]: `word_list!["early", "late"]`.
macro_rules! word_list {
    ($($w:literal),* $(,)?) => {
        &const {
            let words = [$($w),*];
            (words, word_keys(words))
        }
    };
}

/// A word as its [`word_key`], computed at compile time: `word!("of")`.
macro_rules! word {
    ($w:literal) => {
        const { word_keys([$w])[0] }
    };
}

/// The key of a word of ASCII letters: a byte per letter, its low five
/// bits (1 to 26 whatever the case), the first letter lowest. Distinct
/// words of up to [`KEY_MAX_LEN`] letters have distinct, non-zero keys.
fn word_key(word: &[u8]) -> Option<u128> {
    (!word.is_empty() && word.len() <= KEY_MAX_LEN && word.iter().all(u8::is_ascii_alphabetic))
        .then(|| {
            word.iter()
                .enumerate()
                .fold(0, |k, (n, &c)| k | (u128::from(c & 31) << (8 * n)))
        })
}

/// Bit 7 of each byte of `x` set iff that byte is an ASCII letter. Per
/// byte, once the case bit is set and bit 7 cleared: adding 0x1F reaches
/// bit 7 from 'a' up, and 0xFA minus it keeps bit 7 up to 'z'; no sum or
/// difference leaves its byte, so bytes do not disturb each other.
#[inline(always)]
fn letter_bytes(x: u64) -> u64 {
    let low = (x | (ONES * 0x20)) & (ONES * 0x7F);
    let at_least_a = low + ONES * (0x80 - b'a' as u64);
    let at_most_z = ONES * (0x7F + b'z' as u64 + 1) - low;
    at_least_a & at_most_z & !x & HIGH_BITS
}

/// The end of the run of ASCII letters at `s` (before `end`) and its
/// [`word_key`] (meaningful up to [`KEY_MAX_LEN`] letters), eight bytes at
/// a time where the range allows.
#[inline(always)]
fn scan_letters(b: &[u8], s: usize, end: usize) -> (usize, u128) {
    // the key's first eight letters, then the next eight
    let mut halves = [0u64; 2];
    let mut e = s;
    while e + 8 <= end {
        let Some(chunk) = b.get(e..e + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) else {
            break;
        };
        let x = u64::from_le_bytes(chunk);
        let others = !letter_bytes(x) & HIGH_BITS;
        // chunks start at a multiple of eight letters into the word
        let half = (e - s) / 8;
        if others == 0 {
            if let Some(h) = halves.get_mut(half) {
                *h = x & LETTER_BITS;
            }
            e += 8;
            continue;
        }
        let letters = others.trailing_zeros() / 8;
        if let Some(h) = halves.get_mut(half) {
            *h = x & LETTER_BITS & ((1u64 << (8 * letters)) - 1);
        }
        let key = u128::from(halves[0]) | (u128::from(halves[1]) << 64);
        return (e + letters as usize, key);
    }
    while e < end && BYTE_CLASS[b[e] as usize] & B_LETTER != 0 {
        let taken = e - s;
        if let Some(h) = halves.get_mut(taken / 8) {
            *h |= u64::from(b[e] & 31) << (8 * (taken % 8));
        }
        e += 1;
    }
    (e, u128::from(halves[0]) | (u128::from(halves[1]) << 64))
}

/// Open-addressing table from word keys to small values. Seven slots in
/// eight stay empty (key 0, which is no word's), so a lookup mostly ends
/// at its first probe.
struct PackedTable {
    slots: Vec<(u128, u16)>,
    shift: u32,
}

impl PackedTable {
    fn new(entries: &[(u128, u16)]) -> Self {
        let size = (entries.len() * 8).next_power_of_two().max(16);
        let mut table = PackedTable {
            slots: vec![(0, 0); size],
            shift: 64 - size.trailing_zeros(),
        };
        for &(key, value) in entries {
            let mask = size - 1;
            let mut h = table.home(key);
            while table.slots[h].0 != 0 && table.slots[h].0 != key {
                h = (h + 1) & mask;
            }
            table.slots[h] = (key, value);
        }
        table
    }

    #[inline(always)]
    fn home(&self, key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline(always)]
    fn get(&self, key: u128) -> Option<u16> {
        let mask = self.slots.len() - 1;
        let mut h = self.home(key) & mask;
        loop {
            let (k, v) = self.slots[h];
            if k == key {
                return Some(v);
            }
            if k == 0 {
                return None;
            }
            h = (h + 1) & mask;
        }
    }
}

impl Lexicon {
    fn slot(&mut self, word: &str) -> &mut Lex {
        let w = word.to_ascii_lowercase();
        let idx = match self.map.get(&w) {
            Some(&i) => i as usize,
            None => {
                self.entries.push(Lex::default());
                let i = self.entries.len() - 1;
                self.map.insert(w, i as u16);
                i
            }
        };
        &mut self.entries[idx]
    }
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lx = Lexicon {
        entries: Vec::new(),
        map: HashMap::default(),
        packed: PackedTable::new(&[]),
        names_time: Vec::new(),
    };
    for (class, words) in CLASSES {
        for w in *words {
            lx.slot(w).class |= class;
        }
    }
    for line in data_lines(data_file!("months.txt")) {
        let mut it = line.split_whitespace();
        let Some(n) = it.next().and_then(|n| n.parse::<i8>().ok()) else {
            continue;
        };
        if let Some(full) = it.next() {
            lx.slot(full).month = Some((n, false));
        }
        for abbr in it {
            lx.slot(abbr).month = Some((n, true));
        }
    }
    const DAYS: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
    for (k, line) in data_lines(data_file!("weekdays.txt")).enumerate() {
        let Some(&wd) = DAYS.get(k) else { break };
        let mut it = line.split_whitespace();
        if let Some(full) = it.next() {
            lx.slot(full).weekday = Some((wd, false));
        }
        for abbr in it {
            lx.slot(abbr).weekday = Some((wd, true));
        }
    }
    for line in data_lines(data_file!("relative-time.txt")) {
        let f: Vec<&str> = line.split_whitespace().collect();
        let n = f
            .get(2)
            .and_then(|n| n.trim_start_matches('+').parse::<i32>().ok())
            .unwrap_or(0);
        let rel = match f.get(1).copied() {
            Some("day") => RelWord::Day(n),
            Some("night") => RelWord::Night(n),
            Some("now") => RelWord::Now,
            Some("vague") => RelWord::Vague,
            _ => continue,
        };
        lx.slot(f[0]).rel = Some(rel);
    }
    for line in data_lines(data_file!("time-units.txt")) {
        let f: Vec<&str> = line.split_whitespace().collect();
        let unit = match f.get(1).copied() {
            Some("day") => Unit::Day,
            Some("week") => Unit::Week,
            Some("weekend") => Unit::Weekend,
            Some("fortnight") => Unit::Fortnight,
            Some("month") => Unit::Month,
            Some("year") => Unit::Year,
            Some("decade") => Unit::Decade,
            Some("century") => Unit::Century,
            Some("quarter") => Unit::Quarter,
            Some("hour") => Unit::Hour,
            Some("minute") => Unit::Minute,
            Some("spring") => Unit::Season(Season::Spring),
            Some("summer") => Unit::Season(Season::Summer),
            Some("autumn") => Unit::Season(Season::Autumn),
            Some("winter") => Unit::Season(Season::Winter),
            Some("season") => Unit::PlaySeason,
            Some("morning") => Unit::Part(DayPart::Morning),
            Some("afternoon") => Unit::Part(DayPart::Afternoon),
            Some("evening") => Unit::Part(DayPart::Evening),
            Some("night") => Unit::Part(DayPart::Night),
            _ => continue,
        };
        lx.slot(f[0]).unit = Some(unit);
    }
    for line in data_lines(data_file!("time-numbers.txt")) {
        let f: Vec<&str> = line.split_whitespace().collect();
        if let Some(n) = f.get(1).and_then(|n| n.parse::<i32>().ok()) {
            lx.slot(f[0]).number = Some(n);
        }
    }
    let packed: Vec<(u128, u16)> = lx
        .map
        .iter()
        .filter_map(|(w, &i)| Some((word_key(w.as_bytes())?, i)))
        .collect();
    lx.packed = PackedTable::new(&packed);
    lx.names_time = lx
        .entries
        .iter()
        .map(|l| {
            l.month.is_some()
                || l.weekday.is_some()
                || l.rel.is_some()
                || l.unit.is_some()
                || l.class & C_CONTENT != 0
        })
        .collect();
    lx
});

#[derive(Clone, Debug, PartialEq, Eq)]
enum PTok {
    /// a word, whether it is possessive, and its [`word_key`] (0 for none)
    Word(String, bool, u128),
    Punct(char),
}

/// A list of phrases, indexed by each of their words (by [`word_key`]):
/// word -> [(phrase, position of the word in the phrase)].
struct PhraseSet {
    phrases: Vec<Vec<PTok>>,
    /// per listed word: [(phrase, position of the word in the phrase)]
    places: Vec<Vec<(usize, usize)>>,
    /// index in `places` by [`word_key`]
    by_key: PackedTable,
    case_sensitive: bool,
}

impl PhraseSet {
    fn new(src: &'static str, case_sensitive: bool) -> Self {
        let mut set = PhraseSet {
            phrases: Vec::new(),
            places: Vec::new(),
            by_key: PackedTable::new(&[]),
            case_sensitive,
        };
        let mut by_word: HashMap<String, Vec<(usize, usize)>, FxBuild> = HashMap::default();
        for line in data_lines(src) {
            let toks = tokenize(line, 0..line.len());
            let p: Vec<PTok> = toks
                .iter()
                .map(|t| match t.k {
                    K::Punct(c) => PTok::Punct(c),
                    _ => {
                        let w = &line[t.s()..t.e()];
                        PTok::Word(w.to_string(), t.poss, word_key(w.as_bytes()).unwrap_or(0))
                    }
                })
                .collect();
            let idx = set.phrases.len();
            for (pos, t) in p.iter().enumerate() {
                if let PTok::Word(w, ..) = t {
                    by_word
                        .entry(w.to_ascii_lowercase())
                        .or_default()
                        .push((idx, pos));
                }
            }
            set.phrases.push(p);
        }
        // a word longer than a key is never looked up (see `in_phrase`)
        let mut keys = Vec::new();
        for (w, places) in by_word {
            if let Some(key) = word_key(w.as_bytes()) {
                keys.push((key, set.places.len() as u16));
                set.places.push(places);
            }
        }
        set.by_key = PackedTable::new(&keys);
        set
    }
}

/// Names containing date words ("Black Friday"), matched case-sensitively.
static NAMES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(data_file!("date-names.txt"), true));

/// Non-temporal uses of relative words ("now that"), any case.
static NOT_TEMPORAL: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(data_file!("not-temporal.txt"), false));

/// The words that can name a time (a month, weekday, unit, relative or
/// content word; every token that can open or complete an expression is one
/// of these or a number), lower case: a text with none of them as a word
/// and no digit has no time expression. The analysis gives them a word
/// class, so that a block's tokens tell whether it needs a scan.
pub fn naming_words() -> impl Iterator<Item = &'static str> {
    let lx = &*LEXICON;
    lx.map
        .iter()
        .filter(|&(_, &i)| lx.names_time.get(i as usize).copied().unwrap_or(false))
        .map(|(w, _)| w.as_str())
}

/// The words of the lexicon a word token can be (1 to [`KEY_MAX_LEN`]
/// ASCII letters), each with its entry plus one (a token's `lex`): the
/// analysis' [`WordClasses`] hold them
/// ([`WordClasses::with_time_entries`]), so that [`tokenize_from_main`]
/// need not look the words up again.
pub(crate) fn lexicon_entries() -> impl Iterator<Item = (&'static str, u16)> {
    LEXICON.map.iter().filter_map(|(w, &i)| {
        let entry = i.checked_add(1)?;
        // (an entry must fit above the class bits, and not fill them: a
        // value of all bits is a word not looked up)
        (u32::from(entry) < u32::MAX >> class::TIME_ENTRY_SHIFT && word_key(w.as_bytes()).is_some()).then_some((w.as_str(), entry))
    })
}

/// Prefilter: a paragraph with none of these (and no digit) has no time
/// expression. Matched ASCII-case-insensitively, anywhere.
static PREFILTER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    let mut pats: Vec<String> = LEXICON
        .map
        .iter()
        .filter(|&(_, &i)| {
            let e = &LEXICON.entries[i as usize];
            // every word that can name a time, the content words included
            // ("lately", "in the near future"), as the scanner's own test
            e.month.is_some() || e.weekday.is_some() || e.rel.is_some() || e.unit.is_some() || e.class & C_CONTENT != 0
        })
        .map(|(w, _)| w.clone())
        .collect();
    pats.push("days".to_string());
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(pats)
        .ok()
});

// ---------------------------------------------------------------------------
// Tokens

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum K {
    Word,
    Num,
    Punct(char),
}

/// Number suffix: none, ordinal (st/nd/rd/th), plural s ("1970s"), other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Suf {
    None,
    Ord,
    S,
    Other,
}

/// A token: 48 bytes (byte offsets of `u32`, the end of a possessive 's
/// kept as its length), so that building a block's tokens and walking them
/// touch less memory. A scan reads no further than [`MAX_SCAN`] bytes into
/// its text.
#[derive(Clone, Copy, Debug)]
struct Tok {
    /// [`word_key`] of a word of up to [`KEY_MAX_LEN`] letters, else 0
    key: u128,
    s: u32,
    /// end of the word (without a possessive 's)
    e: u32,
    k: K,
    val: u32,
    lex: u16,
    ndig: u8,
    suf: Suf,
    /// length of the possessive 's after the word (0 without one)
    pl: u8,
    cap: bool,
    /// whitespace (or the range start) before the token
    gap: bool,
    poss: bool,
    /// touches a non-ASCII letter: part of a longer word
    glued: bool,
    sstart: bool,
}

/// Participles of setting a day for an event: "a meeting has been called
/// for Tuesday".
/// The participles of an event put off or called off ("postponed",
/// "cancelled"): an event told with one had not yet taken place.
const PUT_OFF: &[u128] = words!["postponed", "cancelled", "canceled", "rescheduled", "scrapped"];

const SET_FOR: &[u128] = words!["called", "scheduled", "set", "planned", "arranged", "booked", "slated", "fixed", "pencilled", "penciled", "added"];

/// How far into its text a scan reads (4 GiB, less the longest char a
/// token may read on over): token offsets are `u32`.
const MAX_SCAN: usize = u32::MAX as usize - 8;

impl Tok {
    /// Start of the token, a byte offset.
    #[inline(always)]
    fn s(&self) -> usize {
        self.s as usize
    }
    /// End of the word (without a possessive 's).
    #[inline(always)]
    fn e(&self) -> usize {
        self.e as usize
    }
    /// End including a possessive 's.
    #[inline(always)]
    fn pe(&self) -> usize {
        self.e as usize + usize::from(self.pl)
    }
}

#[inline(always)]
fn is_apostrophe_s(b: &[u8], i: usize, end: usize) -> Option<usize> {
    if i >= end || (b[i] != b'\'' && b[i] != 0xE2) {
        return None;
    }
    let al = if b[i] == b'\'' {
        1
    } else if i + 3 <= end && b[i..i + 3] == [0xE2, 0x80, 0x99] {
        3
    } else {
        return None;
    };
    let j = i + al;
    if j < end && (b[j] | 0x20) == b's' && (j + 1 >= end || !b[j + 1].is_ascii_alphanumeric()) {
        Some(j + 1)
    } else {
        None
    }
}

const B_LOWER: u8 = 1;
const B_UPPER: u8 = 2;
const B_LETTER: u8 = B_LOWER | B_UPPER;
const B_DIGIT: u8 = 4;
/// the white space that needs no decoding: space, tab, LF, CR
const B_SPACE: u8 = 8;

/// The class of each byte: one table load per byte instead of range tests.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = if b.is_ascii_lowercase() {
            B_LOWER
        } else if b.is_ascii_uppercase() {
            B_UPPER
        } else if b.is_ascii_digit() {
            B_DIGIT
        } else if matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            B_SPACE
        } else {
            0
        };
        i += 1;
    }
    table
};

fn tokenize(text: &str, r: Range<usize>) -> Vec<Tok> {
    let mut toks = Vec::new();
    tokenize_into(text, r, &mut toks, &mut Vec::new());
    toks
}

/// [`tokenize`] into `toks` (emptied first), so that a buffer can serve
/// one block after another, and the indices of the marks that can end a
/// sentence into `enders` (emptied first; [`ends_sentence`]).
fn tokenize_into(text: &str, r: Range<usize>, toks: &mut Vec<Tok>, enders: &mut Vec<u32>) {
    toks.clear();
    enders.clear();
    let end = r.end.min(text.len()).min(MAX_SCAN);
    toks.reserve(end.saturating_sub(r.start) / 5 + 1);
    let mut state = TokenizerState::START;
    tokenize_stretch(text, r.start, end, end, &mut state, toks, enders);
}

/// What the tokenizer carries from one token to the next.
#[derive(Clone, Copy, Debug)]
struct TokenizerState {
    /// white space (or the range start) since the last token
    gap: bool,
    /// the last token is a non-ASCII letter: the next, if it touches it,
    /// is glued
    glue_next: bool,
}

impl TokenizerState {
    const START: TokenizerState = TokenizerState {
        gap: true,
        glue_next: false,
    };
    /// Right after a token that is no non-ASCII letter.
    const NONE: TokenizerState = TokenizerState {
        gap: false,
        glue_next: false,
    };
}

/// Tokenize from `from` (a char boundary) up to where the last token
/// starting before `stop` ends (a token reads on up to `end`, as "3's" does
/// over the main tokenizer's "3", "'", "s"), appending to `toks`, and
/// return that end: [`tokenize_into`] in stretches with `state` carried
/// between them.
fn tokenize_stretch(
    text: &str,
    from: usize,
    stop: usize,
    end: usize,
    state: &mut TokenizerState,
    toks: &mut Vec<Tok>,
    enders: &mut Vec<u32>,
) -> usize {
    let b = text.as_bytes();
    let end = end.min(b.len());
    let stop = stop.min(end);
    let mut i = from;
    let TokenizerState {
        mut gap,
        mut glue_next,
    } = *state;
    let lx = &*LEXICON;
    while i < stop {
        let c = b[i];
        if c == b' ' {
            gap = true;
            i += 1;
            continue;
        }
        let class = BYTE_CLASS[c as usize];
        if class & B_SPACE != 0 {
            gap = true;
            i += 1;
            continue;
        }
        let glued = glue_next && !gap;
        glue_next = false;
        let s = i;
        if class & B_LETTER != 0 {
            let (e, key) = scan_letters(b, s, end);
            let cap = class == B_UPPER;
            let (poss, pe) = match is_apostrophe_s(b, e, end) {
                Some(pe) => (true, pe),
                None => (false, e),
            };
            i = pe;
            let key = if e - s <= KEY_MAX_LEN { key } else { 0 };
            toks.push(Tok {
                key,
                s: s as u32,
                e: e as u32,
                pl: (pe - e) as u8,
                k: K::Word,
                lex: if key != 0 {
                    lx.packed.get(key).map_or(0, |ix| ix + 1)
                } else {
                    0
                },
                val: 0,
                ndig: 0,
                suf: Suf::None,
                cap,
                gap,
                poss,
                glued,
                sstart: false,
            });
        } else if class & B_DIGIT != 0 {
            let mut val: u64 = 0;
            while i < end && b[i].is_ascii_digit() {
                val = (val * 10 + u64::from(b[i] - b'0')).min(u64::from(u32::MAX));
                i += 1;
            }
            let ndig = (i - s).min(255) as u8;
            let mut suf = Suf::None;
            if i < end && b[i].is_ascii_alphabetic() {
                let ls = i;
                while i < end && b[i].is_ascii_alphabetic() {
                    i += 1;
                }
                let sx = &b[ls..i];
                suf = if [b"st", b"nd", b"rd", b"th"]
                    .iter()
                    .any(|o| sx.eq_ignore_ascii_case(*o))
                {
                    Suf::Ord
                } else if sx == b"s" {
                    Suf::S
                } else {
                    Suf::Other
                };
            }
            let e = i;
            let (poss, pe) = match is_apostrophe_s(b, e, end) {
                Some(pe) => (true, pe),
                None => (false, e),
            };
            i = pe;
            toks.push(Tok {
                key: 0,
                s: s as u32,
                e: e as u32,
                pl: (pe - e) as u8,
                k: K::Num,
                lex: 0,
                val: val as u32,
                ndig,
                suf,
                cap: false,
                gap,
                poss,
                glued,
                sstart: false,
            });
        } else {
            let ch = if c < 0x80 {
                char::from(c)
            } else {
                text.get(i..).and_then(|rest| rest.chars().next()).unwrap_or(' ')
            };
            let len = ch.len_utf8();
            if ch.is_whitespace() {
                gap = true;
                i += len;
                continue;
            }
            if ch.is_alphanumeric() {
                // a non-ASCII letter: the words around it belong to it
                if !gap
                    && let Some(p) = toks.last_mut()
                    && !matches!(p.k, K::Punct(_))
                {
                    p.glued = true;
                }
                glue_next = true;
            }
            if ends_sentence(K::Punct(ch)) {
                enders.push(toks.len() as u32);
            }
            toks.push(Tok {
                key: 0,
                s: s as u32,
                e: (i + len) as u32,
                pl: 0,
                k: K::Punct(ch),
                lex: 0,
                val: 0,
                ndig: 0,
                suf: Suf::None,
                cap: false,
                gap,
                poss: false,
                glued,
                sstart: false,
            });
            i += len;
        }
        gap = false;
    }
    *state = TokenizerState { gap, glue_next };
    i
}

/// [`tokenize_into`] of all of `text`, given `words`, the main tokenizer's
/// tokens of all of `text` ([`super::tokens`]): white space separates the
/// tokens of both alike, and each token here lies inside one of those or
/// reads on over the next few ("3's"), so the white space is not read
/// again, and a main token of ASCII letters only, the common case, is one
/// word here, whose key is built without scanning it letter by letter,
/// and whose lexicon entry its class value holds when `entries_known`
/// (the classes were [`WordClasses::with_time_entries`]).
fn tokenize_from_main(text: &str, words: &[Token<'_>], entries_known: bool, toks: &mut Vec<Tok>, enders: &mut Vec<u32>) {
    toks.clear();
    enders.clear();
    let b = text.as_bytes();
    toks.reserve(b.len() / 5 + 1);
    let lx = &*LEXICON;
    let mut state = TokenizerState::START;
    // the bytes before `done` are tokenized
    let mut done = 0;
    // (the tokens that end within the first `MAX_SCAN` bytes: their spans
    // are in order)
    let words = if b.len() > MAX_SCAN {
        &words[..words.partition_point(|w| w.span.end <= MAX_SCAN)]
    } else {
        words
    };
    for word in words {
        let (s, e) = (word.span.start, word.span.end);
        if e <= done {
            continue;
        }
        // (only white space lies between main tokens)
        let gap = state.gap || s > done;
        // Each of the two kinds of token taken whole has its own push, with
        // what it does not vary written as constants, so that the common
        // one, a word, keeps its values in registers.
        if s >= done {
            if word.kind == TokenKind::Word && word.is_one_run() {
                if let Some((key, cap)) = letters_key(b, s, e) {
                    // A whole main word is never followed by "'s": the main
                    // tokenizer takes an apostrophe before a letter into its
                    // word.
                    debug_assert!(is_apostrophe_s(b, e, b.len()).is_none());
                    let lex = if entries_known && word.class != UNCLASSIFIED {
                        (word.class >> class::TIME_ENTRY_SHIFT) as u16
                    } else {
                        lx.packed.get(key).map_or(0, |ix| ix + 1)
                    };
                    toks.push(Tok {
                        key,
                        s: s as u32,
                        e: e as u32,
                        pl: 0,
                        k: K::Word,
                        lex,
                        val: 0,
                        ndig: 0,
                        suf: Suf::None,
                        cap,
                        gap,
                        poss: false,
                        glued: state.glue_next && !gap,
                        sstart: false,
                    });
                    state = TokenizerState::NONE;
                    done = e;
                    continue;
                }
            } else if word.kind == TokenKind::Punct {
                // a mark the main tokenizer found no word character and no
                // white space (one char)
                let mark = match *word.text.as_bytes() {
                    [c] => Some(char::from(c)),
                    _ => word.text.chars().next(),
                };
                if let Some(mark) = mark {
                    if ends_sentence(K::Punct(mark)) {
                        enders.push(toks.len() as u32);
                    }
                    toks.push(Tok {
                        key: 0,
                        s: s as u32,
                        e: e as u32,
                        pl: 0,
                        k: K::Punct(mark),
                        lex: 0,
                        val: 0,
                        ndig: 0,
                        suf: Suf::None,
                        cap: false,
                        gap,
                        poss: false,
                        glued: state.glue_next && !gap,
                        sstart: false,
                    });
                    state = TokenizerState::NONE;
                    done = e;
                    continue;
                }
            }
        }
        if s > done {
            state.gap = true;
            done = s;
        }
        done = tokenize_stretch(text, done, e, b.len().min(MAX_SCAN), &mut state, toks, enders);
    }
}

/// The [`word_key`] of `b[s..e]`, a run of alphanumeric characters (a
/// main token that [`Token::is_one_run`]) and whether it is capitalised,
/// when it is 1 to [`KEY_MAX_LEN`] ASCII letters.
#[inline(always)]
fn letters_key(b: &[u8], s: usize, e: usize) -> Option<(u128, bool)> {
    // (one test for both: an empty span wraps round to the largest length)
    let len = e.wrapping_sub(s);
    if len.wrapping_sub(1) >= KEY_MAX_LEN {
        return None;
    }
    let low = run_letters_at(b, s, len.min(8))?;
    let high = if len > 8 { run_letters_at(b, s + 8, len - 8)? } else { 0 };
    let key = u128::from(low & LETTER_BITS) | (u128::from(high & LETTER_BITS) << 64);
    // a letter is a capital when its case bit is clear
    let cap = low & 0x20 == 0;
    Some((key, cap))
}

/// `b[s..s + n]` (`n` from one to eight; alphanumeric characters) as an
/// integer, first byte lowest, zero-padded, when it is all ASCII letters;
/// read in one load where `b` has eight bytes from `s`.
#[inline(always)]
fn run_letters_at(b: &[u8], s: usize, n: usize) -> Option<u64> {
    // (`n` is 1 to 8: the shift is 56 to 0)
    let mask = u64::MAX >> ((8usize.wrapping_sub(n) * 8) & 63);
    let x = match b.get(s..).and_then(|rest| rest.first_chunk::<8>()) {
        Some(chunk) => u64::from_le_bytes(*chunk) & mask,
        None => b
            .get(s..s.checked_add(n)?)?
            .iter()
            .rev()
            .fold(0, |x, &c| x << 8 | u64::from(c)),
    };
    // Of the bytes of alphanumeric characters, an ASCII letter's alone
    // has bit 6 set and bit 7 clear (a digit's has bit 6 clear, and every
    // byte of a longer character has bit 7 set).
    (x & (ONES * 0xC0) == (ONES * 0x40) & mask).then_some(x)
}

fn clamp(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let mut s = r.start.min(text.len());
    let mut e = r.end.min(text.len());
    while s < e && !text.is_char_boundary(s) {
        s += 1;
    }
    while e > s && !text.is_char_boundary(e) {
        e -= 1;
    }
    (s < e).then_some(s..e)
}

/// `range` without the white space at either end.
pub fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let piece = &text[range.clone()];
    let start = range.start + (piece.len() - piece.trim_start().len());
    let end = range.end - (piece.len() - piece.trim_end().len());
    start..end.max(start)
}

/// Paragraphs of a plain text: runs of lines separated by blank lines.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut pos = 0;
    // the lines of `split_inclusive('\n')`, their ends found by the
    // vectorised `memchr` (the byte-wise search cost about a tenth of
    // `detect_style`); the last one ends the text unless the text is empty
    // or ends with a line feed
    let line_ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|i| i + 1)
        .chain(std::iter::once(text.len()));
    for end in line_ends {
        if end <= pos {
            continue;
        }
        // a line feed is ASCII: every line is on char boundaries
        let blank = text.get(pos..end).is_none_or(|line| line.trim().is_empty());
        match (blank, start) {
            (true, Some(s)) => {
                out.push(s..pos);
                start = None;
            }
            (false, None) => start = Some(pos),
            _ => {}
        }
        pos = end;
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

// ---------------------------------------------------------------------------
// Scanner

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "gen", "sen", "rep",
    "gov", "lt", "col", "sgt", "capt", "prof", "vs", "no", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "approx", "est", "fig", "vol", "pp", "ft", "mt", "ave", "blvd",
];

/// [`ABBREVIATIONS`] by packed key: checked at every period after a word.
static ABBREVIATION_KEYS: LazyLock<PackedTable> = LazyLock::new(|| {
    let keys: Vec<(u128, u16)> = ABBREVIATIONS
        .iter()
        .filter_map(|a| Some((word_key(a.as_bytes())?, 1)))
        .collect();
    PackedTable::new(&keys)
});

const PREPS: &[&str] = &[
    "on",
    "since",
    "by",
    "until",
    "till",
    "from",
    "before",
    "after",
    "through",
    "throughout",
    "during",
    "over",
    "in",
    "within",
    "at",
    "for",
    "to",
    "of",
    "around",
    "between",
    "toward",
    "towards",
    "into",
];

/// [`PREPS`] as a [`word_list!`].
const PREP_LIST: ([&str; PREPS.len()], [u128; PREPS.len()]) = {
    let mut words = [""; PREPS.len()];
    let mut i = 0;
    while i < PREPS.len() {
        words[i] = PREPS[i];
        i += 1;
    }
    (words, word_keys(words))
};

/// Prepositions after which a bare month name is a date ("in June").
const MONTH_PREPS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "through",
    "throughout",
    "during",
    "from",
    "before",
    "after",
    "as of",
    "between",
    "around",
    "into",
    "to",
];

const PAST_MARKERS: &[u128] = words![
    "said",
    "says",
    "told",
    "announced",
    "reported",
    "was",
    "were",
    "had",
    "did",
    "stated",
    "added",
    "confirmed",
    "wrote",
    "ago",
    "last",
    "yesterday",
];

/// Words that look forward wherever they stand (the plan nouns "planning"
/// and "plans" are asked more closely, see `Scanner::is_future_marker`).
const FUTURE_MARKERS: &[u128] = words![
    "will",
    // (reported: "said it would hold a meeting on Monday")
    "would",
    // ("said winds should ease on Sunday"; not "should have")
    "should",
    // ("temperatures could fall to minus 12C on Sunday night", "might";
    // not "could have", "could not")
    "could",
    "might",
    "shall",
    "ll",
    "scheduled",
    "upcoming",
    "plans",
    "planned",
    "planning",
    "intends",
    "expects",
    // ("the zoo is expecting around 6,000 visitors over the weekend")
    "expecting",
    // ("were considering moving the ferry back as early as Monday", "was
    // arranging a minibus from Monday": a plan, told in the past)
    "considering",
    "arranging",
    "tomorrow",
    "next",
    "coming",
    "aims",
    "expect",
];

/// Words that look forward only with "to" after them: "is due to", "is
/// forecast to rise by early Saturday", "hopes to sign him by Friday".
const FUTURE_BEFORE_TO: &[u128] = words![
    "set", "going", "due", "expected", "forecast", "projected", "predicted", "likely", "hope", "hopes", "hoping", "plan", "aim", "intend", "preparing",
    // ("said he hoped to have the main back in service by Saturday night")
    "hoped",
    // ("was unlikely to play on Saturday": a prediction, whatever its tense)
    "unlikely",
];

/// A word after "due to" that opens a cause, not a plan: "called off due to
/// the weather", "due to staff illness" (asked by the time recogniser and
/// by `missing-year`'s reading of a clause).
pub(crate) fn names_a_cause(lower: &str) -> bool {
    matches!(
        lower,
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "that" | "these" | "those" | "bad" | "poor" | "heavy" | "high" | "low" | "staff" | "illness" | "lack" | "concerns" | "weather"
    )
}

/// Words that end the noun phrase after "recent".
const NP_STOP: &[u128] = words![
    // ("two bids rejected, the most recent worth £42 million", "the most
    // recent one": a rank among things just named, no noun of its own)
    "worth",
    "one",
    "ones",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "to",
    "into",
    "over",
    "under",
    "about",
    "after",
    "before",
    "since",
    "during",
    // (the other prepositions a noun phrase goes on with: "recent
    // enforcement action against health bodies")
    "against",
    "across",
    "among",
    "amid",
    "between",
    "within",
    "without",
    "through",
    "toward",
    "towards",
    "despite",
    "including",
    "via",
    "per",
    "near",
    "beyond",
    "throughout",
    "and",
    "or",
    "but",
    "nor",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "as",
    "than",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "shall",
    "should",
    "must",
    "do",
    "does",
    "did",
    "not",
    "it",
    "its",
    "this",
    "these",
    "those",
    "there",
    "here",
    "when",
    "where",
    "while",
    "show",
    "shows",
    "found",
    "finds",
    "suggest",
    "suggests",
    "say",
    "says",
    "said",
    "the",
    "a",
    "an",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "so",
    "also",
    "too",
    "very",
    "if",
    "because",
    "although",
    "though",
    "found",
    "showed",
    "indicate",
    "indicates",
    "revealed",
    "reveals",
    "put",
    "saw",
    "sees",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Modi {
    None,
    End,
    Start,
    Middle,
    Rest,
    Part,
    Early,
    Mid,
    Late,
    Earlier,
    Later,
    Time,
}

#[derive(Clone, Copy, Debug)]
struct LeadP {
    /// the preposition, lowercased, if any
    prep: Option<&'static str>,
    modi: Modi,
    /// kind of the element right before the core
    last: Lead,
    /// first token of the core
    next: usize,
}

/// What a core parser found.
#[derive(Clone, Debug)]
enum CoreKind {
    Date {
        kind: TimeKind,
        style: Option<DateStyle>,
    },
    Rel {
        reference: Reference,
        part: Option<DayPart>,
        possessive: bool,
        idiom: bool,
    },
}

#[derive(Clone, Debug)]
struct Core {
    /// first token of the core (== lead.next unless the core is an idiom
    /// that includes its preposition)
    first: usize,
    /// one past the last token
    end: usize,
    kind: CoreKind,
}

#[derive(Clone, Debug)]
struct Found {
    expr: TimeExpr,
    style: Option<DateStyle>,
    first: usize,
    last: usize,
}

struct Scanner<'a> {
    t: &'a str,
    /// the lexicon, dereferenced once rather than at every token test
    lx: &'static Lexicon,
    toks: Vec<Tok>,
    /// the first token of each sentence after the first, in order
    starts: Vec<u32>,
    /// how many weekdays joined one to the next [`Scanner::future_ctx`] is
    /// following back now: a run of them is told as its first is, and the
    /// walk stops after [`JOINED_DAYS_FOLLOWED`] (a hostile sentence of
    /// thousands would otherwise nest as deep and overflow the stack)
    joined_depth: std::cell::Cell<u8>,
}

/// How far back a weekday's direction follows the weekdays joined before it.
const JOINED_DAYS_FOLLOWED: u8 = 8;

fn scan_found(text: &str, range: Range<usize>) -> Vec<Found> {
    let Some(range) = clamp(text, range) else {
        return Vec::new();
    };
    let slice = &text.as_bytes()[range.clone()];
    if !has_ascii_digit(slice) {
        match &*PREFILTER {
            Some(ac) if !ac.is_match(slice) => return Vec::new(),
            _ => {}
        }
    }
    let sc = Scanner::new(text, range);
    sc.run()
}

/// Any ASCII digit in `bytes`, tested eight bytes at a time (the other
/// half, with [`naming_words`], of what can start a time expression).
pub fn has_ascii_digit(bytes: &[u8]) -> bool {
    const LOW7: u64 = ONES * 0x7F;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // per byte: bit 7 set iff '0' <= byte <= '9' (the byte's own bit 7
        // clear): byte & 0x7F + 0x50 carries into bit 7 from '0' up, and
        // 0x7F + 0x3A - (byte & 0x7F) keeps bit 7 up to '9'; no byte carries
        // into its neighbour since each sum stays below 0x100
        let low = x & LOW7;
        let at_least_0 = low + ONES * (0x80 - 0x30);
        let at_most_9 = ONES * (0x7F + 0x3A) - low;
        if at_least_0 & at_most_9 & !x & HIGH_BITS != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(u8::is_ascii_digit)
}

thread_local! {
    /// The token buffer and sentence starts of the last scanner on this
    /// thread: the next one reuses them (scanning one block after another
    /// allocated, and touched afresh, about sixteen bytes of tokens per byte
    /// of text).
    static SPARE_TOKENS: std::cell::Cell<(Vec<Tok>, Vec<u32>)> = const { std::cell::Cell::new((Vec::new(), Vec::new())) };
}

/// The most tokens a spare buffer keeps room for (about 3 MB).
const SPARE_TOKENS_MAX: usize = 1 << 16;

impl Drop for Scanner<'_> {
    fn drop(&mut self) {
        let toks = std::mem::take(&mut self.toks);
        let starts = std::mem::take(&mut self.starts);
        if toks.capacity() <= SPARE_TOKENS_MAX && starts.capacity() <= SPARE_TOKENS_MAX {
            SPARE_TOKENS.set((toks, starts));
        }
    }
}

/// A token that ends a sentence when what follows starts one.
#[inline(always)]
fn ends_sentence(k: K) -> bool {
    matches!(k, K::Punct('.' | '!' | '?' | '…'))
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, range: Range<usize>) -> Self {
        let (mut toks, mut enders) = SPARE_TOKENS.take();
        tokenize_into(text, range, &mut toks, &mut enders);
        Self::with_tokens(text, toks, enders)
    }

    /// [`Scanner::new`] of all of `text`, tokenized from `words`, the main
    /// tokenizer's tokens of all of it ([`tokenize_from_main`]).
    fn from_main_tokens(text: &'a str, words: &[Token<'_>], entries_known: bool) -> Self {
        let (mut toks, mut enders) = SPARE_TOKENS.take();
        tokenize_from_main(text, words, entries_known, &mut toks, &mut enders);
        Self::with_tokens(text, toks, enders)
    }

    /// The scanner of `toks`, the tokens of `text`, once they are given
    /// their sentences, from `enders`, the indices of the tokens that can
    /// end one ([`ends_sentence`]), in order.
    ///
    /// A sentence starts at the first token and after each end mark
    /// (". ! ? …", and the closing quotes and brackets attached to it)
    /// followed by white space and a capitalised word, a number or an
    /// opening mark, unless the period ends an abbreviation; the first word
    /// or number from the start is the sentence's first word, and marks met
    /// before it end nothing. Only the end marks are visited (the tokenizer
    /// listed them), and the tokens keep no sentence number: the starts are
    /// listed instead (see [`Scanner::same_sent`]).
    fn with_tokens(text: &'a str, mut toks: Vec<Tok>, enders: Vec<u32>) -> Self {
        let n = toks.len();
        let first_word = |toks: &[Tok], from: usize| {
            toks.get(from..)
                .and_then(|rest| rest.iter().position(|t| t.k == K::Word || t.k == K::Num))
                .map_or(n, |p| from + p)
        };
        // the first word of the sentence: end marks before it end nothing
        let mut first = first_word(&toks, 0);
        if let Some(t) = toks.get_mut(first) {
            t.sstart = true;
        }
        // The starts are written over the end marks already read: there is
        // at most one start per end mark, written after it is read.
        let mut starts = enders;
        let mut written = 0;
        // the end marks before `next` are done with
        let mut next = first + 1;
        for r in 0..starts.len() {
            let i = starts[r] as usize;
            if i < next {
                continue;
            }
            let K::Punct(c) = toks[i].k else {
                continue;
            };
            let abbrev = c == '.'
                && i > 0
                && !toks[i].gap
                && toks[i - 1].k == K::Word
                && (toks[i - 1].e - toks[i - 1].s == 1
                    // (a word's key is its `word_key`, read with it; 0,
                    // past `KEY_MAX_LEN` letters, is no table's key)
                    || toks[i - 1].key != 0 && ABBREVIATION_KEYS.get(toks[i - 1].key).is_some());
            // closing quotes and brackets stay with the sentence
            let mut j = i + 1;
            while j < n
                && !toks[j].gap
                && matches!(toks[j].k, K::Punct('"' | '\'' | '”' | '’' | ')' | ']'))
            {
                j += 1;
            }
            let next_starts = j < n
                && toks[j].gap
                && match toks[j].k {
                    K::Word => toks[j].cap,
                    K::Num => true,
                    K::Punct(p) => !matches!(p, ',' | ';' | ':' | '.'),
                };
            if next_starts && !abbrev {
                starts[written] = j as u32;
                written += 1;
                first = first_word(&toks, j);
                if let Some(t) = toks.get_mut(first) {
                    t.sstart = true;
                }
                next = first + 1;
            } else {
                next = j;
            }
        }
        starts.truncate(written);
        Scanner {
            t: text,
            lx: &LEXICON,
            toks,
            starts,
            joined_depth: std::cell::Cell::new(0),
        }
    }

    /// The token at `i` can name a time: a number, or a month, weekday,
    /// unit, relative or content word.
    #[inline]
    fn names_time(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.k == K::Num
                || t.lex != 0
                    && !t.glued
                    && self.lx.names_time.get(t.lex as usize - 1).copied().unwrap_or(false)
        })
    }

    // --- token predicates ---------------------------------------------

    fn n(&self) -> usize {
        self.toks.len()
    }
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }
    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.toks.get(i)?;
        (t.k == K::Word).then(|| &self.t[t.s()..t.e()])
    }
    /// The word at `i` is the one with `key` (a [`word!`]), any case.
    #[inline]
    fn is(&self, i: usize, key: u128) -> bool {
        // a non-word token's key is 0, which no word has
        self.toks.get(i).is_some_and(|t| t.key == key)
    }
    /// The word at `i` is one of `words` (a [`words!`] list), any case.
    #[inline]
    fn is_any(&self, i: usize, words: &[u128]) -> bool {
        // a non-word token's key is 0, which no listed word has
        self.toks.get(i).is_some_and(|t| words.contains(&t.key))
    }
    /// Which word of `list` (a [`word_list!`]) the word at `i` is, any case.
    fn which<const N: usize>(
        &self,
        i: usize,
        list: &([&'static str; N], [u128; N]),
    ) -> Option<&'static str> {
        let key = self.toks.get(i)?.key;
        // a non-word token's key is 0, which no listed word has
        let at = list.1.iter().position(|&k| k == key)?;
        list.0.get(at).copied()
    }
    fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.k == K::Punct(c))
    }
    /// token i follows token i-1 with no space
    fn attached(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.gap)
    }
    fn lex(&self, i: usize) -> Option<&'static Lex> {
        let t = self.toks.get(i)?;
        if t.lex == 0 || t.glued {
            return None;
        }
        self.lx.entries.get(t.lex as usize - 1)
    }
    #[inline]
    fn cls(&self, i: usize) -> u16 {
        self.lex(i).map_or(0, |l| l.class)
    }
    fn unit(&self, i: usize) -> Option<Unit> {
        self.lex(i)?.unit
    }
    fn same_sent(&self, a: usize, b: usize) -> bool {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        // no sentence starts after the first and up to the second
        hi < self.n() && {
            let next = self.starts.partition_point(|&s| s as usize <= lo);
            self.starts.get(next).is_none_or(|&s| s as usize > hi)
        }
    }
    /// Lowercase, or capitalised only because it starts the sentence.
    fn plain_case(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| !t.cap || t.sstart || self.upper(t))
    }
    /// A word in capitals: more than one letter, all capitals (read from
    /// the text when asked rather than for every word as it is built; a
    /// word token is ASCII letters).
    fn upper(&self, t: &Tok) -> bool {
        t.k == K::Word
            && t.cap
            && t.e - t.s > 1
            && self.t.as_bytes().get(t.s()..t.e()).is_some_and(|w| w.iter().all(u8::is_ascii_uppercase))
    }
    /// A capitalised word that does not start its sentence (a name?).
    fn cap_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.k == K::Word && t.cap && !t.sstart)
    }

    /// The word at `i` is used in one of the phrases of not-temporal.txt.
    fn not_temporal(&self, i: usize) -> bool {
        self.in_phrase(&NOT_TEMPORAL, i)
    }

    /// The word at `i` is part of a name from date-names.txt.
    fn named(&self, i: usize) -> bool {
        self.in_phrase(&NAMES, i)
    }

    fn in_phrase(&self, set: &PhraseSet, i: usize) -> bool {
        // only words of up to 16 letters are looked up (their key is not 0)
        let Some(t) = self.toks.get(i).filter(|t| t.key != 0) else {
            return false;
        };
        let Some(list) = set.by_key.get(t.key).and_then(|p| set.places.get(p as usize)) else {
            return false;
        };
        'phrases: for &(p, pos) in list {
            let phrase = &set.phrases[p];
            if pos > i || i - pos + phrase.len() > self.n() {
                continue;
            }
            let start = i - pos;
            for (k, pt) in phrase.iter().enumerate() {
                let t = &self.toks[start + k];
                let ok = match pt {
                    PTok::Punct(c) => t.k == K::Punct(*c),
                    PTok::Word(pw, poss, key) => {
                        // A word of the text has its `word_key`, so the two
                        // keys, when the phrase's word has one, tell whether
                        // the words are the same in any case without
                        // comparing them.
                        t.k == K::Word
                            && (*key == 0 || t.key == *key)
                            && {
                                let tw = &self.t[t.s()..t.e()];
                                if set.case_sensitive {
                                    tw == pw
                                } else {
                                    *key != 0 || tw.eq_ignore_ascii_case(pw)
                                }
                            }
                            && (t.poss == *poss || (k + 1 == phrase.len() && !*poss))
                    }
                };
                if !ok {
                    continue 'phrases;
                }
                if k > 0
                    && !t.gap
                    && matches!(pt, PTok::Word(..))
                    && matches!(phrase[k - 1], PTok::Word(..))
                {
                    continue 'phrases;
                }
            }
            return true;
        }
        false
    }

    fn day_num(&self, i: usize) -> Option<i8> {
        let t = self.tok(i)?;
        if t.k != K::Num
            || t.glued
            || t.ndig > 2
            || !matches!(t.suf, Suf::None | Suf::Ord)
            || !(1..=31).contains(&t.val)
        {
            return None;
        }
        if i > 0
            && !t.gap
            && let K::Punct(c) = self.toks[i - 1].k
            && matches!(c, '.' | ',' | '$' | '/' | ':' | '€' | '£' | '#')
        {
            return None;
        }
        Some(t.val as i8)
    }

    fn year_num(&self, i: usize) -> Option<i16> {
        let t = self.tok(i)?;
        if t.k != K::Num
            || t.glued
            || t.ndig != 4
            || t.suf != Suf::None
            || !(1000..=2999).contains(&t.val)
        {
            return None;
        }
        // "2024,000" is not a year
        if self.punct(i + 1, ',')
            && self.attached(i + 1)
            && self.tok(i + 2).is_some_and(|x| x.k == K::Num && !x.gap)
        {
            return None;
        }
        if i > 0
            && !t.gap
            && matches!(
                self.toks[i - 1].k,
                K::Punct('$' | '€' | '£' | '#' | '.' | ',')
            )
        {
            return None;
        }
        Some(t.val as i16)
    }

    /// A capitalised month name at `i`: (month, abbreviation, next token).
    fn month_at(&self, i: usize) -> Option<(i8, bool, usize)> {
        let t = self.tok(i)?;
        if t.k != K::Word || !t.cap || self.named(i) {
            return None;
        }
        let (m, abbr) = self.lex(i)?.month?;
        let mut next = i + 1;
        if abbr && self.punct(next, '.') && self.attached(next) {
            next += 1;
        }
        Some((m, abbr, next))
    }

    /// A day number after a month name, and the token after it. Rejects
    /// "June 10,000", "May 3.5", "March 5 percent".
    fn day_after_month(&self, k: usize, month: i8) -> Option<(i8, usize)> {
        let d = self.day_num(k)?;
        if !self.tok(k).is_some_and(|t| t.gap) || d > max_day(month) {
            return None;
        }
        let mut kd = k + 1;
        if (self.punct(kd, ',') || self.punct(kd, '.') || self.punct(kd, ':'))
            && self.attached(kd)
            && self.tok(kd + 1).is_some_and(|x| x.k == K::Num && !x.gap)
        {
            return None;
        }
        if self.punct(kd, '%')
            || self.is_any(
                kd,
                words![
                    "million", "billion", "trillion", "thousand", "percent", "per", "points",
                    "pct", "bn", "m", "km", "kg", "am", "pm",
                ],
            )
        {
            return None;
        }
        // a count glued to its unit: "the bureau's August 24-month study"
        if (self.punct(kd, '-') || self.punct(kd, '‑'))
            && self.attached(kd)
            && self.tok(kd + 1).is_some_and(|x| x.k == K::Word && !x.gap)
        {
            return None;
        }
        // range "October 3-5"
        if (self.punct(kd, '-') || self.punct(kd, '–'))
            && self.attached(kd)
            && self.day_num(kd + 1).is_some()
            && self.attached(kd + 1)
        {
            kd += 2;
        } else if (self.is_any(kd, words!["to", "through", "and", "until"]) || (self.punct(kd, '-') || self.punct(kd, '–')) && self.tok(kd).is_some_and(|x| x.gap))
            && let Some(d2) = self.day_num(kd + 1)
            && d2 > d
            && d2 <= max_day(month)
            && self.tok(kd + 1).is_some_and(|x| x.gap)
            && self.month_at(kd + 2).is_none()
            && !(self.punct(kd + 2, '%') || self.punct(kd + 2, ':') || self.punct(kd + 2, '.') && self.attached(kd + 2) && self.tok(kd + 3).is_some_and(|x| x.k == K::Num && !x.gap))
            && !self.is_any(kd + 2, words!["million", "billion", "trillion", "thousand", "percent", "per", "points", "pct", "bn", "m", "km", "kg", "am", "pm", "p", "a"])
        {
            // a spaced range of days: "conducted October 18 to 22", "on
            // Nov. 3 and 4" (the year, when given or added, follows the
            // last day)
            kd += 2;
        }
        Some((d, kd))
    }

    /// A year after a date: ", 2024" or " 2024".
    fn year_after(&self, k: usize) -> Option<(i16, usize)> {
        if let Some(y) = self.year_num(k) {
            return Some((y, k + 1));
        }
        if self.punct(k, ',')
            && let Some(y) = self.year_num(k + 1)
        {
            return Some((y, k + 2));
        }
        None
    }

    // --- future / past context ----------------------------------------

    /// [`Scanner::future_ctx`] of the weekday at `day` a later one is
    /// joined to, read with its preposition ("on Friday"), as far back as
    /// [`JOINED_DAYS_FOLLOWED`] such links (past that, no day to come is
    /// read).
    fn future_ctx_of_the_day_before(&self, day: usize) -> bool {
        let first = if day >= 1 && self.is_any(day - 1, words!["on", "for", "by", "until", "till", "from"]) { day - 1 } else { day };
        let depth = self.joined_depth.get();
        if depth >= JOINED_DAYS_FOLLOWED {
            return false;
        }
        self.joined_depth.set(depth + 1);
        let forward = self.future_ctx(first, day);
        self.joined_depth.set(depth);
        forward
    }

    fn future_ctx(&self, first: usize, last: usize) -> bool {
        // "since Tuesday": a start that has passed, whatever looks ahead
        // before it ("Residents have been told to boil water since Tuesday")
        if self.is(first, word!("since")) || first > 0 && self.is(first - 1, word!("since")) {
            return false;
        }
        // ("- Grand prix (57 laps): Sunday, 7pm": a schedule's entry, the
        // event named before a colon, its day and hour after it)
        if first == last && first > 0 && self.punct(first - 1, ':') {
            let hour = if self.punct(last + 1, ',') { last + 2 } else { last + 1 };
            if self.same_sent(first - 1, hour) && self.clock_time(hour).is_some() {
                return true;
            }
        }
        // "after a landslide on Tuesday night sent rock across the road":
        // the day dates a noun whose past verb follows, whatever the main
        // clause tells (not one put off: "The match on Saturday was
        // postponed", read below)
        if first >= 2
            && !self.put_off_at(last + 1)
            && last + 1 < self.n()
            && self.same_sent(first, last + 1)
            && self.is_any(first - 2, words!["a", "an", "the"])
            && self.word(first - 1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
            && self.is_past_marker(last + 1)
        {
            return false;
        }
        // ("The championships conclude on Saturday", "Royal Bank follows
        // on Wednesday": a schedule told in the present right before the
        // day)
        // (not a negated past: "Talks did not begin on 3 December")
        if first > 0
            && self.is(first, word!("on"))
            && self.is_any(first - 1, words!["conclude", "concludes", "finishes", "resume", "resumes", "follow", "follows", "begin", "begins", "starts", "repeats", "returns", "continues"])
            && !(first >= 2 && self.is_any(first - 2, words!["not", "never", "did", "didn", "to"]))
        {
            return true;
        }
        // ("The match, which was due to be played at Brunton Park on
        // Saturday, has been postponed": the day closes an aside on an
        // event the main clause says is put off, which had yet to happen)
        if self.punct(last + 1, ',')
            && self.put_off_at(last + 2)
            && (first.saturating_sub(16)..first).any(|k| self.same_sent(k, first) && self.punct(k, ',') && self.is_any(k + 1, words!["which", "that"]))
        {
            return true;
        }
        // "until Monday", "till Friday": the end of a span that lasts until
        // a day to come, whatever the tense before it ("were suspended
        // until Monday").
        // ("until at least Sunday": a hedge between)
        let hedged = first >= 3 && self.is(first - 2, word!("at")) && self.is(first - 1, word!("least"));
        let until_at = if hedged { first - 3 } else { first.wrapping_sub(1) };
        let until = if self.is_any(first, words!["until", "till"]) {
            Some(first)
        } else {
            Some(until_at).filter(|_| first > 0 && self.is_any(until_at, words!["until", "till"]))
        };
        // (but "did not tell customers until Tuesday" says when it was done:
        // a past negation before "until")
        // (nor "worked at the clinic for five months until October", "had a
        // buy rating on the stock until Wednesday": a time that ran out, told
        // with its length or a past "had")
        let negated_past = |at: usize| {
            let before = at.saturating_sub(10)..at;
            before.clone().any(|k| self.same_sent(k, at) && self.is_any(k, words!["not", "never", "didn"]))
                && before.clone().any(|k| self.same_sent(k, at) && self.is_any(k, words!["did", "didn", "was", "were", "had", "could"]))
                || before.clone().any(|k| self.same_sent(k, at) && self.is(k, word!("for")) && self.tok(k + 1).is_some_and(|t| t.k == K::Num || t.lex != 0) && matches!(self.unit(k + 2), Some(Unit::Day | Unit::Week | Unit::Fortnight | Unit::Month | Unit::Year)))
                // (not a state that may still hold, set in the past perfect:
                // "said they had suspended flights until at least Saturday")
                || before.clone().any(|k| self.same_sent(k, at) && self.is(k, word!("had")) && !self.is(k + 1, word!("been")) && !self.word(k + 1).is_some_and(|w| may_still_hold_until(&w.to_ascii_lowercase())))
                // (or a past verb right before it, nothing between that
                // looks ahead: "The campaign believed until late October",
                // "Talks continued until Friday"; not a state that may still
                // hold: "was closed until Monday")
                || at > 0
                    && self.same_sent(at - 1, at)
                    && self.is_past_verb(at - 1)
                    && !self.word(at - 1).is_some_and(|w| may_still_hold_until(&w.to_ascii_lowercase()))
                    && !before.into_iter().any(|k| self.same_sent(k, at) && self.word(k).is_some_and(|w| still_holds_before_until(&w.to_ascii_lowercase())))
        };
        if until.is_some_and(|at| !negated_past(at)) {
            return true;
        }
        // ("The championships run through Sunday", "The warning remains in
        // force through Saturday": a span told in the present that lasts
        // through a day, the American "until")
        // (where "through" stands before the day, asked again below for an
        // extension)
        let through_at = if self.is(first, word!("through")) { Some(first) } else { first.checked_sub(1).filter(|&k| self.is(k, word!("through"))) };
        if let Some(at) = through_at
            && at > 0
            && self.same_sent(at - 1, at)
            && (self.is_any(at - 1, words!["run", "runs", "continue", "continues", "last", "lasts", "remain", "remains", "stay", "stays", "extends"])
                || at > 2 && self.is_any(at - 1, words!["force", "effect", "place"]) && self.is(at - 2, word!("in")) && self.is_any(at - 3, words!["is", "are", "remains", "remain", "stays", "stay"]))
        {
            return true;
        }
        // "Saturday's match has been postponed", "Sunday's race was
        // called off": an event put off or cancelled had not taken place
        // ("forced the postponement of Saturday's match")
        let put_off_noun = |k: usize| self.is_any(k, words!["postponement", "cancellation", "rescheduling"]);
        if self.tok(last).is_some_and(|t| t.poss) && (self.is(first, word!("of")) && first > 0 && put_off_noun(first - 1) || first > 1 && self.is(first - 1, word!("of")) && put_off_noun(first - 2)) {
            return true;
        }
        if self.tok(last).is_some_and(|t| t.poss)
            && (last + 1..self.n().min(last + 14)).any(|k| {
                self.same_sent(k, last) && (self.is_any(k, PUT_OFF) || self.is(k, word!("called")) && self.is(k + 1, word!("off")))
            })
        {
            return true;
        }
        // "the September jobs report, due on Friday": what is due is to come
        // (not "was due on Friday"; and "Retail sales figures due out on
        // Monday", "due back on Tuesday")
        let due_at = if first > 1 && self.is_any(first - 1, words!["out", "back"]) { first - 2 } else { first.saturating_sub(1) };
        if self.is_any(first, words!["on", "by"]) && first > 0 && self.is(due_at, word!("due")) && !(due_at > 0 && self.is_any(due_at - 1, words!["was", "were", "had"])) {
            return true;
        }
        // "Extra tickets go on sale on Friday": a sale to come
        if self.is(first, word!("on")) && first > 2 && self.is(first - 1, word!("sale")) && self.is(first - 2, word!("on")) && self.is_any(first - 3, words!["go", "goes"]) {
            return true;
        }
        // "The vote is on Thursday": an event scheduled, in the present
        // ("rankings are published on Monday": its present passive)
        if self.is(first, word!("on"))
            && first > 0
            && (self.is_any(first - 1, words!["is", "are"]) || first > 1 && self.is_any(first - 2, words!["is", "are"]) && self.word(first - 1).is_some_and(|w| w.len() > 4 && w.ends_with("ed")))
        {
            return true;
        }
        // ("Kick-off is at 3pm on Saturday", "The deadline is midnight on
        // Sunday": the same, the hour before the day)
        if first > 0
            && self.is_any(first - 1, words!["is", "are"])
            && self.clock_time(if self.is(first, word!("at")) { first + 1 } else { first }).is_some_and(|k| k <= last && self.is(k, word!("on")))
        {
            return true;
        }
        // ("The Coral Gold Cup is the highlight on Saturday": what an event
        // is on its day, in the present)
        if self.is(first, word!("on"))
            && first > 3
            && (first - 4..first - 2).any(|k| {
                self.is_any(k, words!["is", "are"])
                    && self.is_any(k + 1, words!["the", "a", "an"])
                    && (k + 2..first).all(|x| self.word(x).is_some_and(|w| !w.ends_with("ed") && !w.ends_with("ing")) && !self.toks[x].cap)
            })
        {
            return true;
        }
        // "The race finishes on Sunday with a criterium": a fixture's end or
        // start, told in the present (not with a past tense before it)
        if self.is(first, word!("on"))
            && first > 0
            && self.is_any(first - 1, words!["finishes", "ends", "starts", "begins", "opens", "closes", "resumes", "concludes", "reopens"])
            && !(first.saturating_sub(8)..first).any(|k| self.same_sent(k, first) && self.is_past_marker(k))
        {
            return true;
        }
        // "voted to continue the hearing to Feb. 11": a day something is
        // put off to ("called for it to move to early October": or moved to)
        let to_at = if self.is(first, word!("to")) { Some(first) } else { first.checked_sub(1).filter(|&k| self.is(k, word!("to"))) };
        if let Some(to_at) = to_at
            && (to_at.saturating_sub(5)..to_at).any(|k| {
                self.same_sent(k, first)
                    && self.is_any(k, words!["continue", "continued", "postpone", "postponed", "adjourn", "adjourned", "delay", "delayed", "defer", "deferred", "reschedule", "rescheduled", "moved", "pushed", "extend", "extended", "move", "moving", "push", "bring", "brought"])
            })
        {
            return true;
        }
        // "Stones is a doubt for Tuesday's trip": what a present state is
        // for is still to come
        if self.is(first, word!("for")) && (first.saturating_sub(4)..first).any(|k| self.same_sent(k, first) && self.is_any(k, words!["is", "are", "remains", "remain"])) && !(first.saturating_sub(4)..first).any(|k| self.same_sent(k, first) && self.is_past_marker(k)) {
            return true;
        }
        // "has issued a yellow warning for rain for Wednesday": a warning
        // or alert is for a day to come (not one that was: "the warning
        // for Wednesday had been lifted")
        // (or for what it warns of on that day: "a yellow warning for
        // further rain in Wales on Sunday")
        // (or from when it runs: "has issued a yellow warning for rain for
        // much of Wales and the West Midlands from Saturday evening")
        let warning_before = |at: usize, reach: usize| (at.saturating_sub(reach)..at).any(|k| self.same_sent(k, at) && self.is_any(k, words!["warning", "warnings", "alert", "alerts", "advisory", "advisories", "watch", "forecast", "forecasts"]));
        let warned_for = (first.saturating_sub(5)..=first).rev().find(|&k| self.same_sent(k, first) && self.is(k, word!("for"))).filter(|&for_at| warning_before(for_at, 6));
        let warned_from = || self.is(first, word!("from")).then_some(first).filter(|&from_at| warning_before(from_at, 14));
        // (the past told anywhere before it: "The service had rated the
        // hazard as considerable in its forecast for Wednesday")
        if let Some(at) = warned_for.or_else(warned_from)
            && !self.told_in_the_past(first, at, last + 4)
        {
            return true;
        }
        // ("The outlook shows offshore winds easing by Sunday": what a
        // forecast shows by a day is to come)
        if self.is(first, word!("by"))
            && (first.saturating_sub(10)..first).any(|k| self.same_sent(k, first) && self.is_any(k, words!["outlook", "outlooks", "forecast", "forecasts", "forecasters", "models"]))
            && !self.told_in_the_past(first, first, last + 4)
        {
            return true;
        }
        // ("issued a red flag warning on Monday and extended it through
        // Saturday evening": an extension runs on to a day to come)
        if through_at.is_some_and(|at| (at.saturating_sub(4)..at).any(|k| self.same_sent(k, at) && self.is_any(k, words!["extended", "extends", "extend", "extending"]))) {
            return true;
        }
        // ("Northfield Transit said it expected a similar picture on
        // Monday": what is expected is to come; not "was expected on
        // Monday", "had expected")
        if self.is_any(first, words!["on", "for", "by"])
            && self.lex(first + 1).and_then(|l| l.weekday).is_some()
            && (first.saturating_sub(9)..first).any(|k| self.same_sent(k, first) && self.is_any(k, words!["expected", "expects", "expect"]) && !(k > 0 && self.is_any(k - 1, words!["was", "were", "had", "been", "be", "is", "are"])))
        {
            return true;
        }
        // "issued the rating for the Greater Hunter for Saturday", "named
        // his squad for Sunday": the day something is for is still to come
        // (not "was scheduled for Friday", "had been set for Saturday",
        // "The warning for Wednesday was lifted")
        // (and the event of that day it is for: "has recalled Hugo Keenan
        // for Saturday's meeting with South Africa")
        if self.is(first, word!("for"))
            && self.lex(first + 1).and_then(|l| l.weekday).is_some()
            && (!self.toks[first + 1].poss
                || self.is_any(first + 2, words!["meeting", "match", "game", "final", "race", "vote", "clash", "fixture", "showdown", "test", "derby", "tie", "opener", "hearing", "concert", "performance"])
                    // (not one a past tense after it tells: "queued for
                    // Saturday's match, which Leeds won"; but what tickets
                    // were sold for is still to come: "Tickets for Sunday's
                    // final sold out last month")
                    && (first > 0 && self.is_any(first - 1, words!["tickets", "ticket", "seats"]) || !(first + 3..self.n().min(first + 14)).any(|k| self.same_sent(k, first) && (self.is_past_verb(k) || self.is_any(k, words!["was", "were"])))))
            && !self.told_in_the_past(first, first, last + 6)
        {
            return true;
        }
        // "for Wednesday and Thursday": a weekday joined to the one before
        // it is told as that one is
        if first >= 2
            && first == last
            && self.is_any(first - 1, words!["and", "or"])
            && self.lex(first).and_then(|l| l.weekday).is_some()
            && !self.toks[first].poss
            && self.lex(first - 2).and_then(|l| l.weekday).is_some()
        {
            return self.future_ctx_of_the_day_before(first - 2);
        }
        // ("repeats on Friday and Saturday at 8 p.m. and on Sunday at 2
        // p.m.": so is one after the hour of the one before)
        if first >= 4 && self.is(first, word!("on")) && self.is_any(first - 1, words!["and", "or"]) && self.lex(first + 1).and_then(|l| l.weekday).is_some() {
            let hour_word = |w: &str| matches!(w.trim_end_matches('.').to_ascii_lowercase().as_str(), "at" | "p.m" | "a.m" | "pm" | "am" | "p" | "m" | "a" | "noon" | "midday" | "morning" | "afternoon" | "evening" | "night");
            let earlier = (first.saturating_sub(8)..first - 1).rev().take_while(|&k| self.same_sent(k, first) && !self.punct(k, ',') && !self.punct(k, ';')).find(|&k| self.lex(k).and_then(|l| l.weekday).is_some());
            if let Some(day) = earlier
                && !self.toks[day].poss
                && (day + 1..first - 1).all(|k| self.toks[k].k == K::Num || matches!(self.toks[k].k, K::Punct(':' | '.')) || self.word(k).is_some_and(hour_word))
            {
                return self.future_ctx_of_the_day_before(day);
            }
        }
        // "a vigil at the car park on Sunday, which organisers expect
        // several hundred people to attend": the relative clause after the
        // day looks ahead of it
        if self.punct(last + 1, ',')
            && self.is_any(last + 2, words!["which", "when"])
            // (not a modal of what is so generally: "lost 3,100 hours to
            // waiting in October, when crews must stay with a patient")
            && (last + 3..self.n().min(last + 9)).take_while(|&k| self.same_sent(k, last) && !self.punct(k, ',')).any(|k| self.is_future_marker(k) && !self.is_any(k, words!["must", "can", "should", "may", "might", "could"]) || self.is_to_future(k))
        {
            return true;
        }
        // "published ahead of Thursday's meeting": what is ahead is to come
        if first >= 1 && (self.is(first, word!("of")) && self.is(first - 1, word!("ahead")) || first >= 2 && self.is(first - 1, word!("of")) && self.is(first - 2, word!("ahead"))) {
            return true;
        }
        // "a meeting has been called for Tuesday evening": a day set for
        // what is to come
        if self.is(first, word!("for")) && first > 0 && self.is_any(first - 1, SET_FOR) {
            return true;
        }
        // ("a public meeting has been called at the village hall on 3
        // December": an event set, told in the present perfect or present
        // passive, with its place between; not "was called", nor "has been
        // called off")
        if let Some(set_at) = (first.saturating_sub(7)..first).rev().find(|&k| self.same_sent(k, first) && self.is_any(k, SET_FOR))
            && set_at >= 2
            && (self.is(set_at - 1, word!("been")) && self.is_any(set_at - 2, words!["has", "have"]) || self.is_any(set_at - 1, words!["is", "are"]))
            && !self.is(set_at + 1, word!("off"))
            && !(set_at + 1..first).any(|k| self.toks[k].k == K::Word && (self.is_past_marker(k) || self.is_any(k, words!["that", "which", "who", "after", "when"])))
        {
            return true;
        }
        // ("beating Reid 4-3, booking a quarter-final against the defending
        // champion on Saturday": a round won through to is still to come)
        // ("levelling the series at 1-1 and setting up a decider in Sydney
        // on Sunday")
        if let Some(round_at) = (first.saturating_sub(8)..first).rev().find(|&k| self.same_sent(k, first) && self.is_any(k, words!["final", "semi", "tie", "clash", "showdown", "rematch", "decider", "replay", "playoff"]))
            && (round_at.saturating_sub(4)..round_at).any(|k| self.is_any(k, words!["booking", "booked", "books", "earning", "earned", "earns", "securing", "secured", "secures", "setting", "sets"]))
            && !(round_at + 1..first).any(|k| self.toks[k].k == K::Word && (self.is_past_marker(k) || self.is_any(k, words!["that", "which", "who", "after", "when"])))
        {
            return true;
        }
        // "a red flag warning through 8 p.m. Wednesday", issued and in
        // force now: a state running through a day in the present perfect
        // or present ends on a day to come
        // ("through" may stand before a clock time the expression starts at)
        if let Some(until) = (first.saturating_sub(5)..=first).rev().find(|&k| self.same_sent(k, first) && self.is_any(k, words!["through", "until", "till"]))
            && self.told_in_the_present(until, 8, words!["has", "have", "is", "are", "remains", "remain"])
        {
            return true;
        }
        // "has issued a yellow warning from 6am on Friday until midnight":
        // a period in force from the day, told in the present or present
        // perfect, starts on a day to come
        if let Some(from) = (first.saturating_sub(4)..=first).rev().find(|&k| self.same_sent(k, first) && self.is(k, word!("from")))
            && (last + 1..self.n().min(last + 5)).any(|k| self.same_sent(k, last) && self.is_any(k, words!["until", "till", "through", "to"]))
            && self.told_in_the_present(from, 12, words!["has", "have", "is", "are"])
        {
            return true;
        }
        // ("a yellow warning is in place from 6am on Monday to midnight on
        // Tuesday": the end of a range looks the way its start does)
        if self.is_any(first, words!["to", "through", "until", "till"])
            && let Some(from) = (first.saturating_sub(10)..first).rev().find(|&k| self.same_sent(k, first) && self.is(k, word!("from")))
            && (from + 1..first).any(|k| self.lex(k).is_some_and(|l| l.weekday.is_some()))
        {
            return self.future_ctx(from, first - 1);
        }
        // ("The Bank of England, which cut interest rates to 3.5% on
        // Thursday, is expected to ...": the day in a relative clause told
        // in the past, whatever the main clause after it tells)
        if let Some(which) = (first.saturating_sub(10)..first).rev().find(|&k| self.same_sent(k, first) && self.is_any(k, words!["which", "who"]))
            && which > 0
            && self.punct(which - 1, ',')
            // (a verb of its own, not an auxiliary: "which had been due to
            // start in January" may still look ahead)
            && (self.is_past_verb(which + 1) && !self.is_any(which + 1, words!["was", "were", "had", "did"]) || self.is_any(which + 1, words!["cut", "put", "set", "hit", "shut", "let"]))
            && !(which + 1..first).any(|k| self.punct(k, ','))
        {
            return false;
        }
        // look backward, then forward, within the sentence; a past marker
        // met first wins ("said on Tuesday that it will" is past)
        // (not a saying's verb right before a possessive day, which opens
        // what was said: "said Saturday's league fixture would go ahead")
        let opens_what_was_said = first == last && self.toks[last].poss && first > 0 && self.is_any(first - 1, words!["said", "says", "that", "confirmed", "announced", "warned", "added"]);
        // (nor a saying's verb before the subject the day dates, its own
        // verb after the day looking ahead: "Castro said a cold front
        // moving in from the west on Saturday should bring drier air")
        let said_of_what_comes = || {
            let said = (first.saturating_sub(10)..first).rev().find(|&k| self.same_sent(k, first) && self.is_any(k, words!["said", "says", "told", "warned", "added"]))?;
            // (not the day of the saying: "said on Saturday that it would",
            // "told a group of reporters on Saturday that")
            if said + 2 >= first || self.is(last + 1, word!("that")) || (said + 1..first).any(|k| self.is_past_marker(k) && !self.word(k).is_some_and(|w| w.ends_with("ing"))) {
                return None;
            }
            (last + 1..self.n().min(last + 6)).take_while(|&k| self.same_sent(k, last) && !self.punct(k, ',')).find(|&k| self.is_past_marker(k) || self.is_future_marker(k)).map(|k| self.is_future_marker(k))
        };
        if !opens_what_was_said && said_of_what_comes() == Some(true) {
            return true;
        }
        if !opens_what_was_said && let Some(forward) = self.tense_before(first) {
            return forward;
        }
        // "Monday is the second rest day": the day itself, the subject of
        // a present "is", is to come (not "Monday was")
        if first == last && self.is_any(last + 1, words!["is", "brings"]) && (first == 0 || !self.same_sent(first - 1, first)) {
            return true;
        }
        let mut i = last + 1;
        let mut steps = 0;
        while i < self.n() && steps < 8 && self.same_sent(i, last) && !self.punct(i, ';') {
            // (a new clause after a comma and "and" or "but" has its own
            // tense, as before the day: "let students go home early on
            // Thursday, and several events planned for the weekend were
            // cancelled")
            if self.punct(i, ',') && self.is_any(i + 1, words!["and", "but"]) {
                break;
            }
            // (over an aside: "home match against Newcastle on Saturday, a
            // fixture that ended 2-2 last season, kicks off at 15:00")
            if self.punct(i, ',')
                && self.is_any(i + 1, words!["a", "an", "which", "who", "whose"])
                && let Some(close) = (i + 1..self.n().min(i + 16)).take_while(|&k| self.same_sent(k, last)).find(|&k| self.punct(k, ','))
            {
                i = close + 1;
                steps += 1;
                continue;
            }
            if self.toks[i].k == K::Word {
                // ("The home game on Saturday ... has been postponed": an
                // event put off had yet to happen; so had one that "was
                // postponed after a pitch inspection", news told before
                // the day)
                if self.put_off_at(i) {
                    return true;
                }
                if self.is_past_marker(i) {
                    return false;
                }
                // (or a modal of what is allowed or advised, after the day:
                // "Tickets for Tuesday can be used on the day before")
                // ("Monday's final stage runs 142 kilometres": a schedule
                // in the present)
                // ("The walkout on Tuesday coincides with a number of
                // fixtures": what the day's event falls with, in the present)
                if self.is_future_marker(i) || self.is_to_future(i) || self.is_any(i, words!["can", "must", "should", "runs", "starts", "begins", "finishes", "opens", "closes", "resumes", "kicks", "coincides", "clashes"]) {
                    return true;
                }
            }
            i += 1;
            steps += 1;
        }
        false
    }

    /// The "now" at `k`, after a comma, opens an aside the rules leave
    /// alone: an age ("Yusuf, now four, is recovering", "now aged 91"), the
    /// count of a thing's years, which the number dates ("The race, now in
    /// its 41st year, drew a record field"), or a role, told as an age is
    /// ("Ollie Brandt, now assistant at Premier League side Norfield, is").
    fn now_tells_an_aside(&self, k: usize) -> bool {
        let age = self.tok(k + 1).is_some_and(|t| t.k == K::Num) || self.is_any(k + 1, words!["aged", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]);
        let years_count = || {
            self.is(k + 1, word!("in"))
                && self.is_any(k + 2, words!["its", "their", "his", "her"])
                && (self.tok(k + 3).is_some_and(|t| t.k == K::Num && t.suf == Suf::Ord) || self.is_any(k + 3, words!["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "twentieth", "thirtieth", "fortieth", "fiftieth", "hundredth"]))
        };
        let role = || {
            self.word(k + 1).is_some_and(|w| {
                matches!(w, "a" | "an" | "the" | "his" | "her" | "their" | "head" | "chair" | "chairman" | "chairwoman" | "chief" | "deputy" | "captain" | "coach" | "boss" | "editor" | "member" | "minister" | "secretary" | "professor")
                    || w.starts_with(|c: char| c.is_ascii_uppercase())
                    || ["ant", "ent", "er", "or", "ist", "ian", "ive"].iter().any(|e| w.ends_with(e))
            }) && (k + 2..self.n().min(k + 12)).take_while(|&i| self.same_sent(i, k)).find(|&i| self.toks[i].k != K::Word).is_some_and(|close| self.punct(close, ',') && (k + 2..close).any(|i| self.is_any(i, words!["at", "of", "with", "for"])))
        };
        age || years_count() || role()
    }

    /// An event put off, told from its auxiliary at `i`: "has been
    /// postponed", "was cancelled", "were rescheduled" (news of a day to
    /// come: a postponement is told before the day).
    /// Whether the sentence around the weekday at `k` names three or more
    /// weekdays and an opening or a time of day: a timetable of opening
    /// hours ("is open from 10am to 5pm on Monday, Tuesday, Thursday and
    /// Friday"), whose days are every week's.
    /// Whether a verb of saying in the present or the past opens what the
    /// clause at `k` reports, within twelve words before it in its
    /// sentence ("She said many older people were now", "Organisers say
    /// the event was now").
    fn reported_before(&self, k: usize) -> bool {
        (k.saturating_sub(12)..k).rev().take_while(|&m| self.same_sent(m, k)).any(|m| self.is_any(m, words!["said", "says", "told", "tells", "warned", "warns", "added", "explained", "argued", "insisted", "admitted"]))
    }

    fn opening_hours_around(&self, k: usize) -> bool {
        let window = k.saturating_sub(24)..self.n().min(k + 24);
        let in_sentence = |x: &usize| self.same_sent(*x, k);
        // (a day with its date is no day of every week: "from 4am on Monday
        // 14 December until Sunday 20 December" is one strike's)
        let dated = |x: usize| self.tok(x + 1).is_some_and(|t| t.k == K::Num) || self.punct(x + 1, ',') && self.tok(x + 2).is_some_and(|t| t.k == K::Num);
        let days = window.clone().filter(in_sentence).filter(|&x| self.lex(x).is_some_and(|l| l.weekday.is_some_and(|(_, abbr)| !abbr)) && !dated(x)).count();
        // (hours as a span, "from 10am to 5pm", "9am-4pm"; not the start
        // of each of a run's performances: "repeats on Friday and Saturday
        // at 8 p.m. and on Sunday at 2 p.m." are three days to come)
        let hours = |x: usize| {
            self.clock_time(x).is_some_and(|end| (self.is_any(end, words!["to", "until", "till"]) || self.punct(end, '-') || self.punct(end, '–')) && self.clock_time(end + 1).is_some() || x > 0 && self.is(x - 1, word!("from")))
        };
        days >= 3 && window.filter(in_sentence).any(|x| self.is_any(x, words!["open", "opens", "closed", "closes", "opening"]) || hours(x))
    }

    fn put_off_at(&self, i: usize) -> bool {
        let put_off = |k: usize| self.is_any(k, PUT_OFF) || self.is(k, word!("suspended"));
        self.is_any(i, words!["was", "were"]) && put_off(i + 1) || self.is_any(i, words!["has", "have"]) && self.is(i + 1, word!("been")) && put_off(i + 2)
    }

    /// Whether the `window` words of the sentence before `at` hold one of
    /// `present` (a present or present perfect) and no past auxiliary.
    fn told_in_the_present(&self, at: usize, window: usize, present: &[u128]) -> bool {
        let before = at.saturating_sub(window)..at;
        before.clone().any(|k| self.same_sent(k, at) && self.is_any(k, present)) && !before.into_iter().any(|k| self.same_sent(k, at) && self.is_any(k, words!["was", "were", "had"]))
    }

    /// Which way the clause before `first` looks: `Some(true)` when a word
    /// that looks forward comes first, `Some(false)` when a past form
    /// does, `None` when neither is within ten words of the same sentence
    /// (punctuation not counted: "will publish its strike-day timetable on
    /// its website on Monday").
    fn tense_before(&self, first: usize) -> Option<bool> {
        let mut i = first;
        let mut steps = 0;
        // (as far back as an aside's participle: "The offer, set out in a
        // letter from Education Secretary Bridget Phillipson to the four
        // main unions on Thursday, would ...")
        while i > 0 && steps < 16 {
            i -= 1;
            if !self.same_sent(i, first) {
                break;
            }
            // (a new clause after a comma and "and" or "but" has its own
            // tense: "Tickets for the semi-final sold out, and the final on
            // Sunday is expected to draw")
            if self.is_any(i, words!["and", "but"]) && i > 0 && self.punct(i - 1, ',') {
                break;
            }
            if self.toks[i].k != K::Word {
                continue;
            }
            steps += 1;
            // (a verb after "did not" is a past: "Play did not resume until
            // Wednesday morning")
            if i >= 2 && self.is(i - 1, word!("not")) && self.is(i - 2, word!("did")) || (i.saturating_sub(3)..i).any(|k| self.is(k, word!("didn"))) {
                return Some(false);
            }
            // (a word that looks forward is asked first: "have agreed to
            // meet" is a past form that looks ahead)
            if self.is_future_marker(i) || self.is_to_future(i) || self.is_scheduled_present(i) {
                return Some(true);
            }
            // (not a participle describing the object of a verb after a
            // modal: "would publish detailed strike guidance on Monday";
            // not a perfect, "would have closed")
            let describes_an_object = i >= 2
                && self.is_any(i - 2, words!["would", "will", "could", "can", "may", "might", "should", "must", "shall"])
                && self.tok(i - 1).is_some_and(|t| t.k == K::Word && !t.cap)
                && !self.is_any(i - 1, words!["have", "be", "been", "not", "never", "also", "already"]);
            if self.is_past_marker(i) && !describes_an_object {
                return Some(false);
            }
        }
        None
    }

    /// Whether the clause before `first` tells of the past: a past form
    /// met before any word that looks forward.
    fn past_ctx(&self, first: usize) -> bool {
        self.tense_before(first) == Some(false)
    }

    /// Whether a verb of saying comes just before `at`, its subject
    /// between at most: "said snow was", "told reporters the vote was".
    fn reported_right_before(&self, at: usize) -> bool {
        (at.saturating_sub(5)..at).any(|k| self.same_sent(k, at) && self.is_any(k, words!["said", "told", "warned", "added", "says", "warns", "adds"]))
    }

    fn is_future_marker(&self, i: usize) -> bool {
        // ("The final, certified results are expected by Wednesday": what
        // is expected by a day is to come, unless told in the past)
        // ("100 to 150 mm of rain is expected over the weekend")
        if self.is_any(i, words!["expected", "expect", "expects"]) && self.is_any(i + 1, words!["by", "on", "before", "within", "over", "during", "until", "from", "through", "throughout", "into"]) && !(i > 0 && self.is_any(i - 1, words!["was", "were", "had"])) {
            return true;
        }
        // ("Forecasters said snow was expected above 1,500 metres from
        // Saturday": what a saying reports as expected, its "is" shifted
        // back, is to come; not "The verdict was expected on Monday")
        if self.is(i, word!("expected")) && i > 1 && self.is_any(i - 1, words!["was", "were"]) && self.reported_right_before(i - 1) {
            return true;
        }
        // ("more fog is expected across the region on Sunday morning": what
        // is expected, in the present passive, is to come, whatever place
        // comes between)
        if self.is(i, word!("expected")) && i > 0 && self.is_any(i - 1, words!["is", "are"]) {
            return true;
        }
        // ("Racing SA has moved Sunday's meeting to a twilight start": an
        // event put off or moved, in the present perfect, is still to come)
        if self.is_any(i, words!["moved", "postponed", "rescheduled", "cancelled", "canceled", "brought"]) && i > 0 && self.is_any(i - 1, words!["has", "have"]) {
            return true;
        }
        // ("over the weekend, when further strong winds are forecast": what
        // is forecast, told in the present, is to come)
        if self.is_any(i, words!["forecast", "predicted"]) && i > 0 && self.is_any(i - 1, words!["is", "are"]) {
            return true;
        }
        // ("has warned of further heavy rain over the weekend": what is
        // warned of is to come)
        if self.is_any(i, words!["warned", "warns", "warn", "warning", "warnings"]) && self.is(i + 1, word!("of")) && !(i > 0 && self.is(i - 1, word!("had"))) {
            return true;
        }
        if self.is_any(i, FUTURE_BEFORE_TO) {
            // ("called off due to the weather": a cause, not a plan)
            if self.is(i, word!("due")) && self.word(i + 2).is_some_and(|w| names_a_cause(&w.to_ascii_lowercase())) {
                return false;
            }
            // ("was due to begin covering the route on Tuesday": a plan
            // told in the past, for a day gone by)
            if self.is(i, word!("due")) && i > 0 && self.is_any(i - 1, words!["was", "were"]) {
                return false;
            }
            return self.is(i + 1, word!("to"));
        }
        if !self.is_any(i, FUTURE_MARKERS) {
            return false;
        }
        if self.is_any(i, words!["should", "could", "might"]) && self.is_any(i + 1, words!["have", "ve"]) {
            return false;
        }
        // ("could not attend on Monday": an ability that failed, told in the
        // past)
        // (but "could not be ruled out": a possibility still open)
        if self.is(i, word!("could")) && self.is_any(i + 1, words!["not"]) {
            return self.is(i + 2, word!("be")) && self.is_any(i + 3, words!["ruled", "excluded"]);
        }
        // ("would not confirm that on Wednesday": a refusal told in the
        // past, not a future)
        if self.is(i, word!("would")) && self.is(i + 1, word!("not")) && self.is_any(i + 2, words!["confirm", "say", "comment", "discuss", "reveal", "disclose", "name", "give", "answer", "respond", "speculate", "elaborate"]) {
            return false;
        }
        // "set out the spending plans for the coming year ... on
        // Wednesday": a noun phrase's modifier, not the clause's tense
        if self.is_any(i, words!["coming", "upcoming"]) && i > 0 && self.is_any(i - 1, words!["the", "a", "its", "their", "his", "her", "our"]) {
            return false;
        }
        // ("because of planned maintenance in the North Sea in July": a
        // participle as the adjective of a noun after a preposition or a
        // determiner, not a plan the clause tells)
        // (and "scheduled" after a count or a determiner, whatever follows:
        // "cancelled 312 of its 420 scheduled departures on Thursday")
        if self.is_any(i, words!["planned", "scheduled"])
            && i > 0
            && (self.is_any(i - 1, words!["of", "for", "by", "with", "after", "the", "a", "an", "its", "their"]) && self.word(i + 1).is_some_and(|w| !matches!(w, "to" | "for" | "on" | "in" | "at" | "by" | "from" | "until"))
                || self.is(i, word!("scheduled")) && (self.toks[i - 1].k == K::Num || self.is_any(i - 1, words!["the", "a", "its", "their", "his", "her", "our", "all", "some", "many"])))
        {
            return false;
        }
        // ("the family next door", "next to the station": a place)
        if self.is(i, word!("next")) && self.is_any(i + 1, words!["door", "to"]) {
            return false;
        }
        if self.is(i, word!("ll")) {
            return i > 0
                && self.attached(i)
                && (self.punct(i - 1, '\'') || self.punct(i - 1, '’'));
        }
        // "the planning committee", "Plans for 480 homes": nouns, common in
        // local reporting, that plan nothing. "are planning a strike",
        // "plans to", "The union plans a walkout" still look ahead.
        if self.is(i, word!("planning")) {
            // (an adverb may come between: "are now planning a protest")
            let aux_at = if i > 1 && self.is_any(i - 1, words!["now", "also", "still", "already", "currently"]) { i - 2 } else { i.wrapping_sub(1) };
            return self.is(i + 1, word!("to")) || (i > 0 && self.is_any(aux_at, words!["is", "are", "am", "was", "were", "be", "been", "not"]));
        }
        if self.is(i, word!("plans")) {
            let a_noun = self.toks[i].cap
                || self.is_any(i + 1, words!["for", "of", "were", "was", "had", "have", "are", "is", "would", "that"])
                || i > 0 && self.is_any(i - 1, words!["the", "a", "its", "their", "his", "her", "our", "these", "those", "new", "of", "and", "government", "council", "development"])
                // (the object of a past: "The council approved plans on
                // Monday", "Ministers unveiled plans on Monday to cut")
                || i > 0 && self.is_past_verb(i - 1);
            return !a_noun;
        }
        true
    }

    /// "Harrowfield travel to Denby County on Tuesday", "The talks resume
    /// on Monday": a fixture's verb in the present tells a day to come.
    /// (not after a determiner, where it is a noun: "their visit on
    /// Tuesday")
    fn is_scheduled_present(&self, i: usize) -> bool {
        // "The changes take effect on Monday", "comes into force on
        // Friday"; "City go into Saturday's derby"
        // ("is holding a public meeting at the town hall on Tuesday
        // evening", "A public meeting is being held on Monday": an
        // arrangement in the present progressive)
        // (the auxiliary asked first: most words have none before them)
        if i > 0 && self.is_any(i - 1, words!["is", "are", "being"]) && self.is_any(i, words!["holding", "hosting", "staging", "organising", "organizing", "launching", "unveiling", "held", "hosted", "staged", "organised", "organized"]) {
            // (the "-ing" form right after its auxiliary, the participle
            // after "being")
            let ing = self.word(i).is_some_and(|w| w.ends_with("ing"));
            let (aux, progressive) = if self.is(i - 1, word!("being")) { (i.checked_sub(2), !ing) } else { (Some(i - 1), ing) };
            if progressive && aux.is_some_and(|a| self.is_any(a, words!["is", "are"])) {
                return true;
            }
        }
        // ("more closures are likely on Monday"; "is expected" is a future
        // marker wherever it stands, asked first)
        if i > 0 && self.is_any(i - 1, words!["is", "are"]) && self.is_any(i, words!["likely", "possible"]) && self.is_any(i + 1, words!["on", "by", "from"]) {
            return true;
        }
        // ("The first session takes place at the library on Tuesday")
        if self.is_any(i, words!["effect", "force", "place"]) && i > 0 && (self.is_any(i - 1, words!["take", "takes"]) || i > 1 && self.is(i - 1, word!("into")) && self.is_any(i - 2, words!["come", "comes"])) {
            return true;
        }
        if self.is_any(i, words!["go", "goes", "head", "heads"]) && self.is(i + 1, word!("into")) && !self.toks[i].cap {
            return true;
        }
        // "Brentwick are away at Sheffield Wednesday on Tuesday", "are at
        // home to Leeds on Saturday": where a side plays, in the present
        if i > 0 && (self.is(i, word!("away")) && self.is_any(i - 1, words!["is", "are"]) || self.is(i, word!("home")) && self.is(i - 1, word!("at")) && i > 1 && self.is_any(i - 2, words!["is", "are"])) {
            return true;
        }
        let listed = self.is_any(
            i,
            words![
                "travel", "travels", "host", "hosts", "face", "faces", "play", "plays", "meet", "meets", "resume", "resumes", "visit", "visits", "kick", "kicks", "reconvene", "reconvenes",
                "return", "returns", "follows",
                // ("Wetherby races again on Saturday": a course's next meeting)
                // ("She swims in the 50m breaststroke on Saturday": an
                // athlete's next event)
                "race", "races", "compete", "competes", "swims", "rides", "fights",
                // ("The championships continue Saturday with the road races")
                "continue", "continues",
                // a set piece of government or a court's day: "when the
                // chancellor presents the spending review on Wednesday"
                "presents", "unveils", "delivers", "publishes", "launches", "debates", "sits", "rules", "sentences",
                // (and a jury's, a selector's or a chamber's: "when the jury
                // announces its prizes on Saturday", "Southgate names his
                // squad on Thursday", "Parliament votes on Tuesday")
                "announces", "names", "decides", "votes",
            ],
        );
        // (or after a past tense or an adjective, where it is a noun too:
        // "Rain stopped play on Sunday", "to reward aggressive play")
        let after_determiner = || {
            i > 0
                && (self.is_any(i - 1, words!["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "last", "next", "to", "one", "each", "every", "first", "final"])
                    // ("managed only one return crossing on Wednesday": a count before it)
                    || self.toks[i - 1].k == K::Num
                    // ("near the children's play area on 14 June": a possessive's noun)
                    || self.toks[i - 1].poss
                    // (not a body named by its "-ive": "Its executive meets
                    // on Saturday")
                    || self.word(i - 1).is_some_and(|w| w.len() > 4 && w.starts_with(|c: char| c.is_ascii_lowercase()) && ["ed", "ive", "ous", "ful"].iter().any(|e| w.ends_with(e)) && !matches!(w, "executive" | "representative" | "collective"))
                    // ("during a routine visit in August": an adjective of kind)
                    || self.is_any(i - 1, words!["routine", "official", "state", "private", "surprise", "brief", "short", "annual", "royal", "formal", "weekly", "monthly", "return", "site", "home", "away", "recent", "previous", "earlier"]))
        };
        // (a counted noun: "carried out 3,412 home safety visits")
        let counted = || (i.saturating_sub(3)..i).any(|k| self.toks[k].k == K::Num);
        // (what something "follows" came before it: "The judgment follows a
        // nine-day hearing in Birmingham in September")
        let follows_what_was = self.is(i, word!("follows")) && self.is_any(i + 1, words!["a", "an", "the", "his", "her", "their", "its", "last", "months", "weeks", "years"]);
        listed && !self.toks[i].cap && !after_determiner() && !counted() && !follows_what_was
            || self.sets_a_deadline(i)
    }

    /// "Nominations close on Friday", "The season starts on Saturday": a
    /// deadline or an opening in the present, its day right after it (the
    /// plain form after a plural subject: "off to a bright start on
    /// Saturday" is a noun).
    fn sets_a_deadline(&self, i: usize) -> bool {
        let third_person = self.is_any(i, words!["closes", "opens", "reopens", "begins", "starts", "continues", "ends", "concludes", "expires"]);
        // (or after "and", a plain form no past can take: "Markets close
        // at 4.30pm and reopen at 8am on Monday")
        let plural = |k: usize| self.word(k).is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"));
        let plural_subject = || i > 0 && (plural(i - 1) || self.is(i - 1, word!("and")) || self.plural_head_before_its_phrase(i, plural));
        (third_person || self.is_any(i, words!["close", "open", "reopen", "begin", "start", "end", "expire"]) && plural_subject())
            && !self.toks[i].cap
            // (or the day right after it: "The campaign officially begins
            // Monday")
            && (self.is_any(i + 1, words!["on", "at"]) || self.lex(i + 1).is_some_and(|l| l.weekday.is_some_and(|(_, abbr)| !abbr)))
            && !(i > 0 && self.is_any(i - 1, words!["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "last", "next", "to"]))
    }

    /// "Entries for the 2027 event open": a plural head, then "for" or
    /// "of" and up to three words of its phrase (no punctuation), right
    /// before the verb at `i`.
    fn plural_head_before_its_phrase(&self, i: usize, plural: impl Fn(usize) -> bool) -> bool {
        (2..=4).any(|back| {
            i > back
                && self.is_any(i - back, words!["for", "of"])
                && plural(i - back - 1)
                && (i - back + 1..i).all(|k| self.toks.get(k).is_some_and(|t| !matches!(t.k, K::Punct(_))))
                && self.same_sent(i - back - 1, i)
        })
    }

    /// "is to be held", "are to meet": a plan.
    fn is_to_future(&self, i: usize) -> bool {
        // ("leaves the series to be decided in Sunday's final match", "is
        // yet to be settled": what is left to be done; not "was due to be
        // played")
        if i > 1 && self.is(i, word!("be")) && self.is(i - 1, word!("to")) && self.is_any(i - 2, words!["yet", "remains", "remain", "left", "series", "match", "game", "tie", "title"]) {
            return true;
        }
        // "Both sides have agreed to meet on Wednesday": an intention in
        // the present perfect, what it intends still to come
        if i > 0
            && self.is_any(i, words!["agreed", "decided", "voted", "promised", "pledged", "vowed", "offered", "arranged", "undertaken"])
            && self.is_any(i - 1, words!["has", "have"])
            && self.is(i + 1, word!("to"))
        {
            return true;
        }
        // "The council has invited Maisie to present her design on
        // Friday": what someone has been asked to do, still to come
        // ("Families have been invited to a second meeting on Tuesday": in
        // the passive too)
        if i > 0
            && self.is_any(i, words!["invited", "asked", "urged", "told", "ordered", "encouraged", "summoned", "instructed"])
            && {
                let passive = i > 1 && self.is(i - 1, word!("been")) && self.is_any(i - 2, words!["has", "have"]);
                // (the passive's "to" right after it: "invited to a meeting")
                let from = if passive { i + 1 } else { i + 2 };
                (passive || self.is_any(i - 1, words!["has", "have"])) && (from..i + 6).any(|k| self.is(k, word!("to")) && self.same_sent(k, i))
            }
        {
            return true;
        }
        self.is_any(i, words!["is", "are"])
            && self.is(i + 1, word!("to"))
            && self.is_any(
                i + 2,
                words![
                    "be", "meet", "begin", "start", "open", "close", "take", "hold", "vote", "end",
                    "visit", "resume", "return",
                ],
            )
    }

    fn is_past_marker(&self, i: usize) -> bool {
        // (a participle with a prefix, "re-evaluated", has its word before
        // the prefix: "will be re-evaluated on Thursday")
        let i_word = if i >= 3 && self.punct(i - 1, '-') && self.attached(i) && self.attached(i - 1) && self.toks[i - 2].k == K::Word { i - 2 } else { i };
        // ("would be confirmed on Monday": a participle after "be" is no
        // past tense, listed or not)
        if i_word > 0 && self.is_any(i_word - 1, words!["be", "being"]) && self.word(i).is_some_and(|w| w.ends_with("ed")) {
            return false;
        }
        if self.is_any(i, PAST_MARKERS) {
            return true;
        }
        // ("The offer, set out in a letter to the unions on Thursday, would
        // lift ...": a participle opening an aside, the offer already made)
        // (or after a title's holder, who in the present would "set out"
        // with an "s": "after the Chancellor set out a package of measures")
        if i > 0 && self.is_any(i, words!["set", "laid", "put"]) && self.is_any(i + 1, words!["out", "forward", "down"]) && (self.punct(i - 1, ',') || i >= 2 && self.toks[i - 1].cap && self.is_any(i - 2, words!["the"])) {
            return true;
        }
        // ("A joint needs assessment took place on Tuesday": an irregular
        // past form)
        let after_be = i > 0 && self.is_any(i - 1, words!["be", "being", "been"]);
        if !(self.toks[i].cap || after_be) && self.is_any(i, words!["took", "held", "met", "made", "came", "went", "began", "gave", "saw", "fell", "rose", "won", "lost", "sold", "ran", "fled", "struck", "broke", "spoke", "became", "flew", "drew", "beat", "sent", "paid", "brought", "bought", "thought", "kept", "laid"]) {
            return true;
        }
        let Some(w) = self.word(i) else { return false };
        w.len() > 4
            && w.ends_with("ed")
            && !self.toks[i].cap
            && !self.is_any(i, words!["scheduled", "planned", "expected", "need", "indeed"])
            // a state now or to come: "will remain closed", "is closed"
            && !(i > 0 && self.is_any(i - 1, words!["remain", "remains", "stay", "stays", "be", "is", "are"]))
            // an adjective after a determiner: "to visit the affected areas",
            // "would write to every affected household by Friday"
            && !(i > 0 && self.is_any(i - 1, words!["the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "all", "every", "each", "any", "no", "some", "many", "most", "other"]))
            // or after a preposition: "available at staffed stations from
            // Monday"
            && !(i > 0 && self.is_any(i - 1, words!["at", "for", "of", "with", "from", "among", "into", "in", "on", "by", "to", "under", "over", "across", "through", "without", "near"]))
            // or after another such adjective: "on selected fixed deals"
            && !(i > 1
                && self.word(i - 1).is_some_and(|p| p.len() > 4 && p.ends_with("ed"))
                && self.is_any(i - 2, words!["the", "a", "an", "its", "their", "his", "her", "our", "at", "for", "of", "with", "from", "in", "on", "by", "to", "under", "over"]))
    }

    /// A simple past form: "dropped", "was", "became".
    fn is_past_verb(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        if self.toks[i].cap {
            return false;
        }
        (w.len() > 4
            && w.ends_with("ed")
            && !self.is_any(
                i,
                words!["need", "indeed", "speed", "proceed", "succeed", "exceed"],
            ))
            || self.is_any(
                i,
                words![
                    "was", "were", "had", "did", "became", "came", "went", "began", "found",
                    "left", "made", "took", "got", "saw", "fell", "rose", "gave", "grew", "knew",
                    "told", "said", "won", "lost", "sold", "met", "ran", "led", "fled", "spread",
                    "followed",
                ],
            )
    }

    // --- the scan -------------------------------------------------------

    fn run(&self) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        let mut i = 0;
        let n = self.n();
        // the first token at or after the last place searched from that
        // names a time (`n` if none), `None` before the first search; it is
        // looked for only when `i` has passed it, so each token is tested
        // at most once and none after the last such token is tested at all
        // (a table of it for every token cost a pass and an allocation)
        let mut next_content: Option<usize> = None;
        while i < n {
            let t = &self.toks[i];
            // only numbers and listed words open an expression
            if matches!(t.k, K::Punct(_)) || t.glued || (t.k == K::Word && t.lex == 0) {
                i += 1;
                continue;
            }
            // nothing that names a time close ahead: no expression starts here
            let nc = match next_content {
                Some(nc) if nc >= i => nc,
                _ => {
                    let mut nc = i;
                    while nc < n && !self.names_time(nc) {
                        nc += 1;
                    }
                    next_content = Some(nc);
                    nc
                }
            };
            if nc >= n {
                break;
            }
            if nc > i + MAX_LEAD {
                i = nc - MAX_LEAD;
                continue;
            }
            match self.try_at(i) {
                Some(f) => {
                    i = f.last + 1;
                    out.push(f);
                }
                None => i += 1,
            }
        }
        let out = self.drop_year_given(out);
        self.drop_anchored(out)
    }

    /// A year-less date whose year follows as a relative expression ("March
    /// 11 this year", "in April of last year", "February 6 - this year") has
    /// its year: only the relative expression is a finding.
    fn drop_year_given(&self, found: Vec<Found>) -> Vec<Found> {
        let year_rel: Vec<usize> = found
            .iter()
            .filter(|f| matches!(&f.expr.kind, TimeKind::Relative(r) if matches!(r.reference, Reference::Year(_))))
            .map(|f| f.first)
            .collect();
        let n = found.len();
        let mut keep = vec![true; n];
        for (i, f) in found.iter().enumerate() {
            if !matches!(f.expr.kind, TimeKind::MissingYear { .. }) {
                continue;
            }
            // the next finding (through "and"/"or" lists of months)
            let mut j = i + 1;
            let mut last = f.last;
            while j < n
                && matches!(found[j].expr.kind, TimeKind::MissingYear { .. })
                && found[j].first <= last + 2
            {
                last = found[j].last;
                j += 1;
            }
            if let Some(&yf) = year_rel.iter().find(|&&yf| yf > last) {
                let between = &self.toks[last + 1..yf];
                if self.same_sent(yf, last)
                    && between.len() <= 2
                    && between.iter().all(|t| {
                        matches!(t.k, K::Punct(',' | '-' | '–' | '—' | '('))
                            || self.t[t.s()..t.e()].eq_ignore_ascii_case("of")
                    })
                {
                    for k in keep.iter_mut().take(j).skip(i) {
                        *k = false;
                    }
                }
            }
        }
        found
            .into_iter()
            .zip(keep)
            .filter_map(|(f, k)| k.then_some(f))
            .collect()
    }

    fn try_at(&self, i: usize) -> Option<Found> {
        let lead = self.parse_lead(i);
        let core = self.core(&lead)?;
        let end = core.end.max(core.first + 1);
        let last = end - 1;
        let context_first = if core.first < lead.next {
            core.first
        } else {
            i
        };
        // (a possessive's preposition governs its noun, not the time: "ahead
        // of this week's summit"; it still tells which way the time looks:
        // "a doubt for Wednesday's trip")
        let possessive_core = matches!(core.kind, CoreKind::Rel { possessive: true, idiom: false, .. });
        let first_tok = if possessive_core { core.first } else { context_first };
        let span_start = self.toks[first_tok].s();
        let span_end = self.toks[last].pe();
        let (kind, style) = match core.kind {
            CoreKind::Date { kind, style } => (kind, style),
            CoreKind::Rel {
                reference,
                part,
                possessive,
                idiom,
            } => {
                let core_first = if idiom { first_tok } else { core.first };
                let lead_kind = if idiom || core_first == first_tok {
                    Lead::None
                } else {
                    lead.last
                };
                let forward = match &reference {
                    Reference::Weekday { forward, .. } => *forward,
                    Reference::DayOffset(n) => *n > 0,
                    Reference::Week(n)
                    | Reference::Month(n)
                    | Reference::Year(n)
                    | Reference::Weekend(n)
                    | Reference::Quarter(n) => *n > 0,
                    Reference::Season { offset, .. } => *offset > 0,
                    _ => false,
                } || self.future_ctx(context_first, last);
                let reference = match reference {
                    Reference::Weekday {
                        weekday,
                        forward: f,
                        strict,
                    } => Reference::Weekday {
                        weekday,
                        // "last Tuesday" looks back whatever the tense
                        forward: if strict { f } else { f || forward },
                        strict,
                    },
                    // "Gullwing returned to the dunes this weekend", written
                    // on a Monday: the weekend just gone
                    Reference::Weekend(0) if !forward && self.past_ctx(context_first) => Reference::RecentWeekend,
                    r => r,
                };
                let rel = Relative {
                    reference,
                    core: self.toks[core_first].s() - span_start..span_end - span_start,
                    lead: lead_kind,
                    part,
                    possessive,
                    forward,
                    sentence_start: self.toks[first_tok].sstart,
                };
                (TimeKind::Relative(rel), None)
            }
        };
        Some(Found {
            expr: TimeExpr {
                span: span_start..span_end,
                kind,
            },
            style,
            first: first_tok,
            last,
        })
    }

    fn parse_lead(&self, i: usize) -> LeadP {
        let mut j = i;
        let mut prep = None;
        let mut last = Lead::None;
        let c = self.cls(j);
        if c & C_MISC != 0 && self.is(j, word!("as")) && self.is(j + 1, word!("of")) {
            prep = Some("as of");
            j += 2;
        } else if c & C_MISC != 0 && self.is(j, word!("up")) && self.is_any(j + 1, words!["to", "until"]) {
            prep = Some("up to");
            j += 2;
        } else if c & C_PREP != 0
            && let Some(p) = self.which(j, &PREP_LIST)
            // (not the "of" an adjective takes: "kit that was unheard of a
            // decade ago")
            && !(j > 0 && self.is(j, word!("of")) && self.is_any(j - 1, words!["unheard", "heard", "dreamt", "dreamed", "aware", "afraid", "proud", "fond", "tired", "capable"]))
        {
            prep = Some(p);
            j += 1;
        }
        if prep.is_some() {
            last = Lead::Preposition;
            // ("below-average rainfall until at least March": a hedge on
            // the span's end; a month's alone, which needs its "until" to
            // be a date; a day's or a weekday's is found from the day)
            if matches!(prep, Some("until" | "till"))
                && self.is(j, word!("at"))
                && self.is(j + 1, word!("least"))
                && self.month_at(j + 2).is_some_and(|(month, _, next)| self.day_after_month(next, month).is_none())
            {
                j += 2;
            }
        }
        let mut modi = Modi::None;
        // "(the) end of", "the first quarter of"
        let k = if self.cls(j) & C_THE != 0 { j + 1 } else { j };
        let ck = self.cls(k);
        let w = if ck & C_PARTW != 0 {
            self.which(
                k,
                word_list![
                    "end",
                    "close",
                    "start",
                    "beginning",
                    "middle",
                    "rest",
                    "remainder",
                    "balance",
                ],
            )
        } else {
            None
        };
        if let Some(w) = w {
            if self.is(k + 1, word!("of")) {
                modi = match w {
                    "end" | "close" => Modi::End,
                    "start" | "beginning" => Modi::Start,
                    "middle" => Modi::Middle,
                    _ => Modi::Rest,
                };
                j = k + 2;
            }
        } else if k > j
            && ck & C_ORD != 0
            && self.is_any(
                k,
                words![
                    "first", "second", "third", "fourth", "final", "last", "latter", "early",
                    "later", "closing", "opening",
                ],
            )
            && self.is_any(
                k + 1,
                words![
                    "quarter", "half", "week", "weeks", "month", "months", "days", "part",
                    "weekend",
                ],
            )
            && self.is(k + 2, word!("of"))
        {
            modi = Modi::Part;
            j = k + 3;
        } else if k > j
            && ck & C_ORD != 0
            && self.is_any(k, words!["first", "last", "final", "opening", "closing"])
            && (self.is_any(k + 1, words!["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
                || self.tok(k + 1).is_some_and(|t| t.k == K::Num && t.ndig <= 2 && t.suf == Suf::None))
            && self.is_any(k + 2, words!["weeks", "days", "months"])
            && self.is(k + 3, word!("of"))
        {
            // "the first three weeks of November", "the last 10 days of
            // October": a count of a month's parts
            modi = Modi::Part;
            j = k + 4;
        }
        if modi != Modi::None {
            last = Lead::Preposition;
        } else if let Some(w) = if self.cls(j) & C_MODI != 0 {
            self.which(j, word_list!["early", "late", "mid", "earlier", "later"])
        } else {
            None
        } {
            let hyph = self.punct(j + 1, '-') && self.attached(j + 1) && self.attached(j + 2);
            modi = match w {
                "early" => Modi::Early,
                "late" => Modi::Late,
                "mid" => Modi::Mid,
                "earlier" => Modi::Earlier,
                _ => Modi::Later,
            };
            if w == "mid" && !hyph {
                modi = Modi::None;
            } else {
                j += if hyph { 2 } else { 1 };
                last = if matches!(modi, Modi::Earlier | Modi::Later) {
                    Lead::Comparative
                } else {
                    Lead::Joined
                };
                // "early on Tuesday", "later in the week"
                if self.is(j, word!("on"))
                    && matches!(modi, Modi::Early | Modi::Late | Modi::Earlier | Modi::Later)
                {
                    j += 1;
                    last = Lead::Preposition;
                }
            }
        } else if let Some(e) =
            if self.tok(j).is_some_and(|t| t.k == K::Num) || self.cls(j) & C_MISC != 0 {
                self.clock_time(j)
            } else {
                None
            }
        {
            modi = Modi::Time;
            j = e;
            last = Lead::Time;
            if self.is(j, word!("on")) {
                j += 1;
                last = Lead::Preposition;
            }
        }
        LeadP {
            prep,
            modi,
            last,
            next: j,
        }
    }

    /// Whether number `j` is joined by a colon to the number before it
    /// ("51" in "2:04:51", "04" seen from "04:51").
    fn is_stopwatch_part(&self, j: usize) -> bool {
        j >= 2 && self.attached(j) && self.punct(j - 1, ':') && self.attached(j - 1) && self.tok(j - 2).is_some_and(|x| x.k == K::Num)
    }

    /// "16:00", "4:30 p.m.", "9am", "noon", optionally a time zone.
    fn clock_time(&self, j: usize) -> Option<usize> {
        let t = self.tok(j)?;
        let mut k;
        if t.k == K::Num
            && t.ndig <= 2
            && t.suf == Suf::None
            && self.punct(j + 1, ':')
            && self.attached(j + 1)
            && self
                .tok(j + 2)
                .is_some_and(|x| x.k == K::Num && x.ndig == 2 && !x.gap)
        {
            // hours, minutes and seconds run together are a race or a
            // stopwatch time ("a course record of 2:04:51 on Sunday"),
            // not a time of day
            if self.is_stopwatch_part(j) || self.is_stopwatch_part(j + 4) {
                return None;
            }
            k = j + 3;
        } else if t.k == K::Num
            && t.ndig <= 2
            && t.suf == Suf::None
            && self.punct(j + 1, '.')
            && self.attached(j + 1)
            && self.tok(j + 2).is_some_and(|x| x.k == K::Num && x.ndig == 2 && !x.gap)
        {
            // "2.47pm", "2.47 p.m.": a clock with a dot, known by its am or
            // pm (not a decimal: "rose 2.47 points")
            let minutes = self.tok(j + 2)?;
            let w = &self.t[minutes.s()..minutes.e()];
            let suffixed = minutes.suf == Suf::Other && (w.ends_with("am") || w.ends_with("pm"));
            let followed = minutes.suf == Suf::None && (self.is_any(j + 3, words!["am", "pm"]) || self.is_any(j + 3, words!["a", "p"]) && self.punct(j + 4, '.'));
            if !(suffixed || followed) {
                return None;
            }
            k = j + 3;
        } else if t.k == K::Num && t.ndig <= 2 && t.suf == Suf::Other {
            let w = &self.t[t.s()..t.e()];
            if !(w.ends_with("am") || w.ends_with("pm")) {
                return None;
            }
            k = j + 1;
        } else if t.k == K::Num && t.ndig <= 2 && self.is_any(j + 1, words!["am", "pm", "a", "p"]) {
            k = j + 2;
        } else if self.is_any(j, words!["noon", "midday", "midnight"]) {
            k = j + 1;
        } else {
            return None;
        }
        // a.m. / p.m.
        if self.is_any(k, words!["am", "pm"]) {
            k += 1;
        } else if self.is_any(k, words!["a", "p"]) && self.punct(k + 1, '.') && self.is(k + 2, word!("m")) {
            k += 3;
            if self.punct(k, '.') && self.attached(k) {
                k += 1;
            }
        } else if self.is_any(k - 1, words!["a", "p"]) && self.punct(k, '.') && self.is(k + 1, word!("m")) {
            k += 2;
            if self.punct(k, '.') && self.attached(k) {
                k += 1;
            }
        }
        // time zone: UTC, GMT, EST, ET ...
        if let Some(z) = self.tok(k) {
            let w = &self.t[z.s()..z.e()];
            if z.k == K::Word
                && (self.upper(z)
                    && (2..=4).contains(&w.len())
                    && (w.ends_with('T') || w == "UTC" || w == "Z"))
            {
                k += 1;
            }
        }
        Some(k)
    }

    fn core(&self, lead: &LeadP) -> Option<Core> {
        let j = lead.next;
        if j >= self.n() {
            return None;
        }
        // dispatch on the first word; each core re-checks what it needs
        let num = self.toks[j].k == K::Num;
        let lx = self.lex(j);
        let c = lx.map_or(0, |l| l.class);
        let month = lx.is_some_and(|l| l.month.is_some());
        let weekday = lx.is_some_and(|l| l.weekday.is_some());
        let rel = lx.is_some_and(|l| l.rel.is_some());
        let quant = c & (C_THE | C_QUANT) != 0;
        if (num || month)
            && let Some(x) = self.date_core(j, lead)
        {
            return Some(x);
        }
        if (weekday || quant)
            && let Some(x) = self.weekday_core(j, lead)
        {
            return Some(x);
        }
        if (rel || c & C_THE != 0)
            && let Some(x) = self.deictic_core(j, lead)
        {
            return Some(x);
        }
        if lead.prep.is_some()
            && let Some(x) = self.year_end_core(j, lead)
        {
            return Some(x);
        }
        if quant && let Some(x) = self.unit_core(j, lead) {
            return Some(x);
        }
        if (num || lx.is_some_and(|l| l.number.is_some() || l.unit.is_some()) || c & C_MISC != 0)
            && let Some(x) = self.ago_core(j, lead)
        {
            return Some(x);
        }
        if (c != 0 || rel)
            && let Some(x) = self.recent_core(j, lead)
        {
            return Some(x);
        }
        if lead.prep.is_some() || rel || c != 0 || lx.is_some_and(|l| l.unit.is_some()) {
            return self.now_core(j, lead);
        }
        None
    }

    // --- dates ------------------------------------------------------------

    /// A full date with a day at `j` (day-month or month-day), for use after
    /// a weekday.
    fn date_with_day(&self, j: usize) -> Option<Core> {
        let lead = LeadP {
            prep: None,
            modi: Modi::None,
            last: Lead::None,
            next: j,
        };
        let c = self.date_core(j, &lead)?;
        match &c.kind {
            CoreKind::Date {
                kind:
                    TimeKind::Absolute { day: Some(_), .. } | TimeKind::MissingYear { day: Some(_), .. },
                ..
            } => Some(c),
            _ => None,
        }
    }

    fn date_core(&self, j: usize, lead: &LeadP) -> Option<Core> {
        let t = self.tok(j)?;
        let date = |kind, style, end| {
            Some(Core {
                first: j,
                end,
                kind: CoreKind::Date { kind, style },
            })
        };
        if t.k == K::Num {
            // ISO 2024-10-03
            if t.ndig == 4
                && t.suf == Suf::None
                && self.punct(j + 1, '-')
                && self.attached(j + 1)
                && self.attached(j + 2)
                && self.punct(j + 3, '-')
                && self.attached(j + 3)
                && self.attached(j + 4)
            {
                let (m, d) = (self.tok(j + 2)?, self.tok(j + 4)?);
                if m.k == K::Num
                    && d.k == K::Num
                    && m.ndig == 2
                    && d.ndig == 2
                    && (1..=12).contains(&m.val)
                    && d.val >= 1
                    && d.val as i8 <= max_day(m.val as i8)
                    && (1000..=2999).contains(&t.val)
                {
                    return date(
                        TimeKind::Absolute {
                            year: t.val as i16,
                            month: Some(m.val as i8),
                            day: Some(d.val as i8),
                        },
                        Some(DateStyle::DayMonth),
                        j + 5,
                    )
                    .map(|mut c| {
                        // ISO dates say nothing about the house style
                        if let CoreKind::Date { style, .. } = &mut c.kind {
                            *style = None;
                        }
                        c
                    });
                }
            }
            // day month [year]
            if let Some(d) = self.day_num(j) {
                let mut k = j + 1;
                if (self.punct(k, '-') || self.punct(k, '–'))
                    && self.attached(k)
                    && self.day_num(k + 1).is_some()
                    && self.attached(k + 1)
                {
                    k += 2;
                }
                if self.is(k, word!("of")) && t.suf == Suf::Ord {
                    k += 1;
                }
                if let Some((m, _abbr, k2)) = self.month_at(k)
                    && d <= max_day(m)
                    && self.tok(k).is_some_and(|x| x.gap)
                {
                    if let Some((y, k3)) = self.year_after(k2) {
                        return date(
                            TimeKind::Absolute {
                                year: y,
                                month: Some(m),
                                day: Some(d),
                            },
                            Some(DateStyle::DayMonth),
                            k3,
                        );
                    }
                    return date(
                        TimeKind::MissingYear {
                            month: m,
                            day: Some(d),
                            style: DateStyle::DayMonth,
                        },
                        Some(DateStyle::DayMonth),
                        k2,
                    );
                }
            }
            // year alone, in a date context
            if let Some(y) = self.year_num(j) {
                let ctx = lead
                    .prep
                    .is_some_and(|p| p != "to" || lead.modi != Modi::None)
                    || lead.modi != Modi::None && lead.modi != Modi::Time
                    || t.poss
                    || self.is_any(
                        j.wrapping_sub(1),
                        words!["fiscal", "spring", "summer", "autumn", "fall", "winter"],
                    );
                // "a survey of 1709 schoolchildren": a count before a plural noun.
                // (not the year of a season or a part of one: "in the
                // spring of 1831 under the engineer")
                let count_of = lead.prep == Some("of")
                    && !self.is_any(j.wrapping_sub(2), words!["spring", "summer", "autumn", "fall", "winter", "end", "start", "beginning", "middle", "months", "events", "election", "elections", "census", "class"])
                    && self.tok(j + 1).is_some_and(|n| {
                        let w = &self.t[n.s()..n.e()];
                        // (a word glued to a hyphen is a compound noun: "1,500
                        // under-18s")
                        let compound = self.punct(j + 2, '-') && self.attached(j + 2);
                        n.k == K::Word
                            && !n.cap
                            && (compound || !matches!(
                                w,
                                "and" | "to" | "was" | "were" | "when" | "the" | "a" | "an" | "in" | "on"
                                    | "at" | "as" | "with" | "for" | "by" | "from" | "until" | "through"
                                    | "or" | "but" | "that" | "which" | "is" | "had" | "has" | "saw"
                                    | "onwards" | "onward" | "levels" | "figures" | "season" | "election"
                                    | "under" | "after" | "before" | "during" | "amid" | "against" | "following"
                                    | "while" | "where" | "because" | "into" | "over" | "among"
                            ))
                    });
                if ctx
                    && !count_of
                    && !self.is_any(
                        j + 1,
                        words![
                            "people", "percent", "million", "billion", "units", "jobs", "cars",
                            "vehicles",
                        ],
                    )
                {
                    return date(
                        TimeKind::Absolute {
                            year: y,
                            month: None,
                            day: None,
                        },
                        None,
                        j + 1,
                    );
                }
            }
            // "the 1970s"
            if t.ndig == 4 && t.suf == Suf::S && (1000..=2999).contains(&t.val) && t.val % 10 == 0 {
                return date(
                    TimeKind::Absolute {
                        year: t.val as i16,
                        month: None,
                        day: None,
                    },
                    None,
                    j + 1,
                );
            }
            return None;
        }
        let (m, abbr, k) = self.month_at(j)?;
        // month day [year]
        if let Some((d, kd)) = self.day_after_month(k, m) {
            if let Some((y, ky)) = self.year_after(kd) {
                return date(
                    TimeKind::Absolute {
                        year: y,
                        month: Some(m),
                        day: Some(d),
                    },
                    Some(DateStyle::MonthDay),
                    ky,
                );
            }
            return date(
                TimeKind::MissingYear {
                    month: m,
                    day: Some(d),
                    style: DateStyle::MonthDay,
                },
                Some(DateStyle::MonthDay),
                kd,
            );
        }
        // month year
        let ky = if self.is(k, word!("of")) { k + 1 } else { k };
        if let Some(y) = self.year_num(ky)
            && self.tok(ky).is_some_and(|x| x.gap)
        {
            return date(
                TimeKind::Absolute {
                    year: y,
                    month: Some(m),
                    day: None,
                },
                None,
                ky + 1,
            );
        }
        if self.punct(k, ',')
            && !abbr
            && let Some(y) = self.year_num(k + 1)
        {
            return date(
                TimeKind::Absolute {
                    year: y,
                    month: Some(m),
                    day: None,
                },
                None,
                k + 2,
            );
        }
        if abbr || self.upper(&self.toks[j]) {
            return None;
        }
        // month alone: needs a date context and must not start a name
        let is_may = m == 5;
        if self.cap_word(k) && self.month_at(k).is_none() {
            return None;
        }
        if self.toks[j].poss && is_may {
            return None;
        }
        // (or "for" after a plan: "the capital markets day scheduled for
        // February", "the increase pencilled in for April"; not "figures
        // for March", which the month's figures name)
        let planned_for = lead.prep == Some("for")
            && lead.modi == Modi::None
            && j >= 2
            && (self.is_any(j - 2, words!["scheduled", "planned", "pencilled", "penciled", "slated", "set", "due", "booked", "earmarked", "timetabled"])
                || j >= 3 && self.is(j - 2, word!("in")) && self.is_any(j - 3, words!["pencilled", "penciled", "booked", "scheduled"]));
        // ("at any point in a November since records began": any such
        // month, not one of the calendar; "a November report" is one)
        if j > 0 && self.is_any(j - 1, words!["a", "an", "any"]) && self.is_any(k, words!["since", "when", "in", "of", "and", "or", "with", "that", "like", "before", "after", "without", "on", "for"]) {
            return None;
        }
        // (or a bound of when: "could come as soon as February", "no later
        // than March")
        let bound = j >= 3 && (self.is(j - 1, word!("as")) && self.is_any(j - 2, words!["soon", "early", "late"]) && self.is(j - 3, word!("as")) || self.is(j - 1, word!("than")) && self.is_any(j - 2, words!["later", "earlier"]) && self.is(j - 3, word!("no")));
        let by_prep = lead.prep.is_some_and(|p| MONTH_PREPS.contains(&p)) || planned_for || bound && !is_may;
        let by_modi = matches!(
            lead.modi,
            Modi::Early
                | Modi::Mid
                | Modi::Late
                | Modi::End
                | Modi::Start
                | Modi::Middle
                | Modi::Rest
                | Modi::Part
        );
        let ok = if is_may {
            !self.toks[j].sstart
                && (lead.prep.is_some_and(|p| {
                    matches!(
                        p,
                        "in" | "since"
                            | "until"
                            | "by"
                            | "till"
                            | "as of"
                            | "before"
                            | "after"
                            | "during"
                            | "through"
                    )
                }) || matches!(
                    lead.modi,
                    Modi::Early | Modi::Mid | Modi::Late | Modi::End | Modi::Start
                ))
        } else if by_prep || by_modi {
            true
        } else if j > 0 && self.lead_is_plain(j, lead) {
            // "between April and June", "their January sales", "to February's"
            let p = j - 1;
            (self.is_any(p, words!["and", "or", "through", "to"])
                || self.punct(p, '-')
                || self.punct(p, '–'))
                && p > 0
                && (self.month_at(p - 1).is_some()
                    || self.tok(p - 1).is_some_and(|x| x.k == K::Num)
                        && self.month_at(p.wrapping_sub(2)).is_some())
                || self.is_any(p, words!["the", "their", "its", "his", "her", "our", "a"])
                    && self.word(j + 1).is_some_and(|_| !self.toks[j + 1].cap)
                    && !self.toks[j].poss
                || self.toks[j].poss && self.word(p).is_some() && !self.toks[p].cap
        } else {
            false
        };
        if !ok {
            return None;
        }
        date(
            TimeKind::MissingYear {
                month: m,
                day: None,
                style: DateStyle::DayMonth,
            },
            None,
            k,
        )
    }

    /// The lead parsed nothing before `j` (the candidate starts at `j`).
    fn lead_is_plain(&self, j: usize, lead: &LeadP) -> bool {
        lead.next == j && lead.prep.is_none() && lead.modi == Modi::None
    }

    // --- weekdays ---------------------------------------------------------

    fn weekday_core(&self, j: usize, lead: &LeadP) -> Option<Core> {
        let mut k = j;
        let had_the = self.is(k, word!("the")) && self.is_any(k + 1, words!["next", "last", "past", "coming"]);
        if had_the {
            k += 1;
        }
        let mut q = self.which(
            k,
            word_list![
                "this",
                "last",
                "next",
                "past",
                "coming",
                "following",
                "previous",
            ],
        );
        if q.is_some() {
            k += 1;
            if q == Some("this") && self.is_any(k, words!["past", "coming"]) {
                q = self.which(k, word_list!["past", "coming"]);
                k += 1;
            }
        }
        let t = self.tok(k)?;
        if t.k != K::Word || !t.cap || self.upper(t) || self.named(k) {
            return None;
        }
        let (weekday, abbr) = self.lex(k)?.weekday?;
        if abbr || matches!(q, Some("following" | "previous")) {
            return None;
        }
        // "its Thursday and Wednesday series", "Saturday regulars": a
        // weekday that names a weekly run or its people
        let weekly = |n: usize| self.is_any(n, words!["series", "concerts", "matinees", "regulars", "shoppers", "markets", "services", "shifts"]);
        if weekly(k + 1) || self.is(k + 1, word!("and")) && self.lex(k + 2).is_some_and(|l| l.weekday.is_some()) && weekly(k + 3) {
            return None;
        }
        // "every Tuesday", "a Tuesday", "that Tuesday": no particular one, or
        // one fixed by the story ("the parade starts on the Friday evening")
        if j > 0
            && self.is_any(
                j - 1,
                words![
                    "the",
                    "every",
                    "each",
                    "per",
                    "following",
                    "previous",
                    "a",
                    "an",
                    "any",
                    "one",
                    "that",
                    "same",
                    "some",
                ],
            )
        {
            return None;
        }
        // ("heard every Tuesday and Thursday": a weekday joined to one of
        // every week)
        // (or to any one: "usually on a Monday or Tuesday")
        if j >= 3 && self.is_any(j - 1, words!["and", "or"]) && self.lex(j - 2).is_some_and(|l| l.weekday.is_some()) && self.is_any(j - 3, words!["every", "each", "a", "any"]) {
            return None;
        }
        // ("open every day except Monday": a weekly closing day)
        if j >= 3 && self.is_any(j - 1, words!["except", "but"]) && (j.saturating_sub(6)..j).any(|k| self.is(k, word!("every")) && self.is(k + 1, word!("day")) || self.is(k, word!("daily"))) {
            return None;
        }
        // "a rainy Thursday", "one cold Monday", "the fateful Friday": a
        // described day, no weekday counted from the writing
        // (not the occasion a day dates: "she said in an interview
        // Wednesday")
        // (not the day after a place a preposition's object names:
        // "campaigned across the country Friday", "in the city Friday.")
        let after_a_place = || {
            j >= 3
                && self.is(j - 2, word!("the"))
                && self.is_any(j - 3, words!["across", "around", "throughout", "in", "at", "to", "from", "into", "through", "near", "outside", "inside", "toward", "towards"])
                && (self.tok(k + 1).is_none_or(|t| t.k != K::Word || t.cap) || self.is_any(k + 1, words!["morning", "afternoon", "evening", "night"]))
        };
        if j > 1
            && q.is_none()
            && self.tok(j - 1).is_some_and(|t| t.k == K::Word && !t.cap && t.lex == 0)
            && !after_a_place()
            && !self.is_any(j - 1, words!["interview", "statement", "briefing", "speech", "hearing", "session", "call", "post", "letter", "email", "filing", "release", "ruling", "vote"])
            && (self.is_any(j - 2, words!["a", "an", "one", "every", "each", "that", "some", "any", "the"])
                // ("on a bank holiday Monday": two words of it)
                || j > 3 && self.tok(j - 2).is_some_and(|t| t.k == K::Word && !t.cap && t.lex == 0) && self.is_any(j - 3, words!["a", "an"]) && self.is(j - 4, word!("on")))
        {
            return None;
        }
        // "Monday to Friday", "Monday-Friday": a schedule
        let is_wd = |x: usize| {
            self.lex(x)
                .is_some_and(|l| l.weekday.is_some_and(|(_, abbr)| !abbr))
        };
        if (self.is_any(k + 1, words!["to", "through", "thru"])
            || self.punct(k + 1, '-')
            || self.punct(k + 1, '–'))
            && is_wd(k + 2)
            || k >= 2
                && (self.is_any(k - 1, words!["to", "through", "thru"])
                    || self.punct(k - 1, '-')
                    || self.punct(k - 1, '–'))
                && is_wd(k - 2)
        {
            return None;
        }
        // "on Tuesday evenings", "Sunday mornings": a day part in the
        // plural is every such day's; "32 extra Sunday trains", "the Sunday
        // papers": a weekday describing a plural noun after a number or an
        // article is a kind of day
        if self.tok(k + 1).is_some_and(|t| t.k == K::Word && !t.cap) {
            let plural_noun = self.word(k + 1).is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is"));
            let described = j == k
                && j > 0
                && (self.toks[j - 1].k == K::Num || self.is_any(j - 1, words!["the", "a", "an", "extra", "more", "fewer", "additional", "regular", "usual", "its", "their", "his", "her", "our", "some", "all", "no", "weekly", "two", "three", "four", "five"]));
            if plural_noun && (self.is_any(k + 1, words!["mornings", "afternoons", "evenings", "nights", "lunchtimes"]) || described) {
                return None;
            }
            // ("on Friday and Saturday nights": two days' parts in the
            // plural, every week's)
            if self.is_any(k + 1, words!["and", "or"]) && is_wd(k + 2) && self.is_any(k + 3, words!["mornings", "afternoons", "evenings", "nights", "lunchtimes"]) {
                return None;
            }
            // ("Sunday ridership on the line has grown", "Sunday trading
            // laws": a bare weekday before a noun of what runs on such
            // days)
            // ("Sunday parcel deliveries", "Sunday bus services": one
            // plain word between)
            let runs_on_such_days = |x: usize| self.is_any(x, words!["ridership", "trading", "timetable", "timetables", "service", "services", "opening", "schedule", "league", "lunch", "roast", "school", "edition", "supplement", "worship", "mass", "market", "shift", "shifts", "rota", "fixtures", "trains", "buses", "papers", "paper", "prayers", "deliveries", "delivery", "collections", "sailings", "hours", "working", "sessions", "classes", "clubs", "club", "class", "group", "team", "show", "programme", "program", "slot", "session"]);
            // ("Its Saturday rhyme-time sessions": a hyphened word between)
            let hyphened_between = self.punct(k + 2, '-') && self.attached(k + 2) && self.tok(k + 3).is_some_and(|t| t.k == K::Word && !t.cap) && runs_on_such_days(k + 4);
            if j == k
                && lead.prep.is_none()
                && q.is_none()
                && !self.toks[k].poss
                && (runs_on_such_days(k + 1) || !self.toks[k + 1].poss && self.tok(k + 2).is_some_and(|t| t.k == K::Word && !t.cap) && runs_on_such_days(k + 2) || hyphened_between)
            {
                return None;
            }
        }
        // ("open from 10am to 5pm on Monday, Tuesday, Thursday and Friday,
        // and from 10am to 1pm on Saturday": opening hours, a timetable of
        // three or more days with the hours or the opening word)
        if q.is_none() && self.opening_hours_around(k) {
            return None;
        }
        // ("mostly evening, Sunday and rural services": one of a list of
        // words describing a plural noun)
        if j == k
            && lead.prep.is_none()
            && q.is_none()
            && j >= 2
            && self.punct(j - 1, ',')
            && self.tok(j - 2).is_some_and(|t| t.k == K::Word && !t.cap)
            && self.is_any(k + 1, words!["and", "or"])
            && self.tok(k + 2).is_some_and(|t| t.k == K::Word && !t.cap)
            && (k + 2..(k + 5).min(self.n())).any(|x| self.word(x).is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")))
        {
            return None;
        }
        // "Thursday 20 – Sunday 23 November", "from Thursday 19 to Sunday
        // 22 November": the first day of a range of dates, its month after
        // the last
        let day_at = |x: usize| self.tok(x).is_some_and(|t| t.k == K::Num && t.ndig <= 2 && (1..=31).contains(&t.val));
        if day_at(k + 1) && (self.is_any(k + 2, words!["to", "through", "thru", "until", "till", "and"]) || self.punct(k + 2, '-') || self.punct(k + 2, '–')) && (is_wd(k + 3) || day_at(k + 3) && self.month_at(k + 4).is_some()) {
            return None;
        }
        // "the second Saturday in October", "the last Friday of the
        // month": a weekday counted within a month or a period, not from
        // the writing
        // (not "opened last Thursday in the converted tram depot")
        if k > 0
            && self.is_any(k - 1, words!["first", "second", "third", "fourth", "fifth", "last", "final"])
            && (self.is_any(k + 1, words!["in", "of"]) && self.month_at(k + 2).is_some() || self.is(k + 1, word!("of")) && self.is_any(k + 2, words!["the", "every", "each"]))
        {
            return None;
        }
        // "lunch Friday and Saturday", "brunch Sunday": the days a meal is
        // served, a timetable
        if lead.prep.is_none() && q.is_none() {
            let mut first = k;
            while first >= 2 && (self.is_any(first - 1, words!["and", "or"]) || self.punct(first - 1, ',') || self.punct(first - 1, '&')) && is_wd(first - 2) {
                first -= 2;
            }
            // (the meal opening its clause: not "We had lunch Friday")
            if first > 0 && self.is_any(first - 1, words!["lunch", "dinner", "brunch", "breakfast", "supper"]) && (first == 1 || self.tok(first - 2).is_some_and(|t| t.k != K::Word) || !self.same_sent(first - 2, first)) {
                return None;
            }
        }
        // "Tuesday and Thursday, 2pm to 8pm", "Saturday: 9am to 1pm": a
        // timetable's days, the hours after them
        if lead.prep.is_none() && q.is_none() {
            let mut m = k + 1;
            while (self.is_any(m, words!["and", "or"]) || self.punct(m, ',') || self.punct(m, '&')) && is_wd(m + 1) {
                m += 2;
            }
            let hours_from = |x: usize| {
                self.clock_time(x).or_else(|| {
                    // ("8.30am": the dotted form)
                    let t = self.tok(x)?;
                    let after = self.tok(x + 2)?;
                    let w = &self.t[after.s()..after.e()];
                    (t.k == K::Num && t.ndig <= 2 && self.punct(x + 1, '.') && self.attached(x + 1) && after.k == K::Num && (w.ends_with("am") || w.ends_with("pm"))).then_some(x + 3)
                })
            };
            if (self.punct(m, ',') || self.punct(m, ':'))
                && let Some(end) = hours_from(m + 1)
                && (self.is_any(end, words!["to", "until", "till"]) || self.punct(end, '-') || self.punct(end, '–'))
            {
                return None;
            }
        }
        let mut e = k + 1;
        let mut part = None;
        if let Some(Unit::Part(p)) = self.unit(e) {
            if !self.named(e) {
                part = Some(p);
                e += 1;
            }
        } else if self.is(e, word!("overnight")) {
            part = Some(DayPart::Night);
            e += 1;
        }
        let possessive = self.toks[e - 1].poss;
        // "Tuesday, 3 October 2024", "Tuesday October 3": a dated weekday
        if !possessive && q.is_none() {
            let mut m = e;
            if self.punct(m, ',') || self.punct(m, '(') {
                m += 1;
            }
            if self.is(m, word!("the")) {
                m += 1;
            }
            if let Some(mut c) = self.date_with_day(m) {
                if self.punct(c.end, ')') && self.punct(e, '(') {
                    c.end += 1;
                }
                c.first = j;
                return Some(c);
            }
        }
        // "Sunday hours at the branch will be cut", "Saturday jobs": the day
        // as a noun's modifier, no date (after a preposition that does not
        // date: "proposed changes to Sunday working", "the end of Sunday
        // trading"; "On Sunday markets will open" is a day)
        if q.is_none()
            && lead.prep.is_none_or(|p| matches!(p, "to" | "of" | "for" | "about" | "against" | "over"))
            && lead.modi == Modi::None
            && part.is_none()
            && !possessive
            && self.is_any(
                e,
                words![
                    "hours", "opening", "openings", "trading", "service", "services", "school", "schools", "league", "lunch", "lunches", "roast", "roasts", "papers", "paper",
                    "edition", "editions", "shift", "shifts", "rota", "rotas", "market", "markets", "prayers", "mass", "worship", "closures", "closure", "collections",
                    "collection", "parking", "timetable", "timetables", "fixtures", "jobs", "job", "working", "clubs", "club", "supplement", "magazine", "brunch", "sessions",
                    "classes", "schedule", "schedules"
                ],
            )
        {
            return None;
        }
        // "Sunday Times" and other names not listed
        if q.is_none()
            && lead.prep.is_none()
            && lead.modi == Modi::None
            && self.cap_word(e)
            && !possessive
        {
            return None;
        }
        let (forward, strict) = match q {
            Some("next") | Some("coming") => (true, q == Some("next")),
            Some("last") | Some("past") => (false, true),
            _ => (false, false),
        };
        // ("Ofgem said on Friday last week", "on Tuesday of next week": the
        // day of a week counted from the writing's)
        if q.is_none() && !possessive {
            let of = usize::from(self.is(e, word!("of")));
            let week = [(word!("last"), -1), (word!("this"), 0), (word!("next"), 1)].into_iter().find(|&(w, _)| self.is(e + of, w)).map(|(_, n)| n);
            if let Some(week) = week
                && self.is(e + of + 1, word!("week"))
                && self.same_sent(e, e + of + 1)
                && !self.toks[e + of + 1].poss
            {
                return Some(Core { first: j, end: e + of + 2, kind: CoreKind::Rel { reference: Reference::WeekdayOfWeek { weekday, week }, part, possessive: false, idiom: false } });
            }
        }
        Some(Core {
            first: j,
            end: e,
            kind: CoreKind::Rel {
                reference: Reference::Weekday {
                    weekday,
                    forward,
                    strict,
                },
                part,
                possessive,
                idiom: false,
            },
        })
    }

    // --- yesterday / today / tomorrow / tonight ---------------------------

    fn deictic_core(&self, j: usize, _lead: &LeadP) -> Option<Core> {
        let rel = |reference, part, end: usize| {
            let possessive = self.toks[end - 1].poss;
            Some(Core {
                first: j,
                end,
                kind: CoreKind::Rel {
                    reference,
                    part,
                    possessive,
                    idiom: false,
                },
            })
        };
        // "the day before yesterday", "the day after tomorrow"
        if self.is(j, word!("the")) && self.is(j + 1, word!("day")) && self.is_any(j + 2, words!["before", "after"]) {
            let before = self.is(j + 2, word!("before"));
            let w = self.lex(j + 3).and_then(|l| l.rel);
            return match (before, w) {
                (true, Some(RelWord::Day(-1))) => rel(Reference::DayOffset(-2), None, j + 4),
                (false, Some(RelWord::Day(1))) => rel(Reference::DayOffset(2), None, j + 4),
                _ => None,
            };
        }
        let w = self.lex(j)?.rel?;
        let t = &self.toks[j];
        if self.named(j) || (t.cap && !t.sstart && !self.upper(t)) {
            return None;
        }
        if self.not_temporal(j) {
            return None;
        }
        match w {
            // ("in the third Test a week tomorrow": a week after the day)
            RelWord::Day(n) if (0..=1).contains(&n) && j >= 2 && self.is(j - 1, word!("week")) && self.is(j - 2, word!("a")) && !t.poss => Some(Core {
                first: j - 2,
                end: j + 1,
                kind: CoreKind::Rel {
                    reference: Reference::DayOffset(n + 7),
                    part: None,
                    possessive: false,
                    idiom: false,
                },
            }),
            // ("sings her final Tosca of the run tomorrow week": a week after
            // the day)
            RelWord::Day(n) if (0..=1).contains(&n) && self.is(j + 1, word!("week")) && !t.poss && self.same_sent(j, j + 1) => Some(Core {
                first: j,
                end: j + 2,
                kind: CoreKind::Rel {
                    reference: Reference::DayOffset(n + 7),
                    part: None,
                    possessive: self.toks[j + 1].poss,
                    idiom: false,
                },
            }),
            RelWord::Day(n) => {
                let mut e = j + 1;
                let mut part = None;
                if !t.poss
                    && let Some(Unit::Part(p)) = self.unit(e)
                    && (n != 0 || p != DayPart::Night)
                {
                    part = Some(p);
                    e += 1;
                }
                if self.toks[e - 1].poss && n == 0 {
                    // "today's Russia": a name after "today's" is not temporal
                    if self.cap_word(e) {
                        return None;
                    }
                }
                // ("Around one in three people born today will develop the
                // condition": any born now, not on the day)
                if n == 0 && part.is_none() && !t.poss && j >= 2 && self.is(j - 1, word!("born")) && self.word(j - 2).is_some_and(|w| matches!(w, "people" | "children" | "babies" | "those" | "anyone" | "everyone" | "girls" | "boys" | "men" | "women")) {
                    return None;
                }
                // "Today the Drina is a popular destination": opening a
                // sentence whose verb tells a state, "today" is nowadays
                if n == 0 && part.is_none() && !t.poss && t.sstart && (self.tells_a_state_after(e) || self.contrasts_with_a_past_year(j, e)) {
                    return rel(Reference::Now, None, e);
                }
                // ("revenue will drop to 0.5% of GDP by 2040, from 0.8%
                // today": the level it starts from, as things stand; "The
                // museum, founded in 1886, today holds around 40,000
                // objects": a state in the present after the subject)
                // ("is still brewed today", "are still used today": what is
                // still done, nowadays)
                let still_done = j > 2 && self.is(j - 2, word!("still")) && self.is_any(j - 3, words!["is", "are"]) && self.is_any(j - 1, words!["brewed", "used", "made", "produced", "played", "sung", "worn", "performed", "practised", "practiced", "taught", "spoken", "celebrated", "grown", "eaten", "cultivated", "manufactured", "sold", "built", "printed", "published", "mined", "farmed", "fished", "observed", "remembered", "known", "found", "cooked", "baked", "woven"]);
                if n == 0 && part.is_none() && !t.poss && !t.sstart && (still_done || self.after_a_figure_from(j) || self.is_any(e, words!["holds", "employs", "houses", "owns", "contains", "covers", "serves", "numbers", "stands", "lies", "remains", "hosts", "operates"])) {
                    return rel(Reference::Now, None, e);
                }
                rel(Reference::DayOffset(n), part, e)
            }
            RelWord::Night(n) => rel(Reference::DayOffset(n), Some(DayPart::Night), j + 1),
            _ => None,
        }
    }

    /// A "had", "was" or "were" in the sentence of `first`, from well
    /// before `from` (its start, in all but the longest sentences) to
    /// `until`: the day "for" which something was is gone.
    fn told_in_the_past(&self, first: usize, from: usize, until: usize) -> bool {
        (from.saturating_sub(40)..self.n().min(until)).any(|k| self.same_sent(k, first) && self.is_any(k, words!["had", "was", "were"]))
    }

    /// A figure ends right before `j`, and "from" opens it: "from 0.8%",
    /// "from £4bn", "from 12 per cent".
    /// ("rise from about 5 per cent of national income today to more than
    /// 6 per cent": the same, the figure's measure after it, and the level
    /// it goes to after "today")
    /// ("cuts the journey to 58 minutes, from 1 hour 14 minutes today": a
    /// number and its unit of measure)
    fn after_a_figure_from(&self, j: usize) -> bool {
        // (a count of any plural: "up from about 6 gigawatts today")
        let measured = || {
            j > 2
                && self.toks[j - 2].k == K::Num
                && (self.is_any(j - 1, words!["km", "pence"]) || self.word(j - 1).is_some_and(|w| w.len() > 3 && w.ends_with('s') && w.starts_with(|c: char| c.is_ascii_lowercase())))
        };
        // (not a clock time: "a limited timetable from 7am today")
        j > 1
            && ((self.toks[j - 1].k == K::Num && self.toks[j - 1].suf != Suf::Other || self.punct(j - 1, '%') || self.is_any(j - 1, words!["cent", "percent", "bn", "billion", "million", "m"]) || measured())
                && (j.saturating_sub(6)..j - 1).any(|k| self.is(k, word!("from")))
                || self.is(j + 1, word!("to")) && (j.saturating_sub(10)..j - 1).any(|k| self.is(k, word!("from")) && (k + 1..(k + 4).min(j)).any(|n| self.toks[n].k == K::Num)))
    }

    /// "Today," at `j` opens a sentence that says what one can do, after a
    /// sentence that named a year long gone: "In 1948, a man of 65 could
    /// expect to live for 12 more years. Today, a 66-year-old man can
    /// expect to live for more than 19 years" (nowadays, against then).
    fn contrasts_with_a_past_year(&self, j: usize, from: usize) -> bool {
        self.punct(from, ',')
            && (from + 1..self.n().min(from + 9)).take_while(|&k| self.same_sent(k, from)).any(|k| self.is(k, word!("can")))
            && (j.saturating_sub(40)..j).any(|k| !self.same_sent(k, j) && self.toks[k].k == K::Num && self.toks[k].ndig == 4 && (1000..=2015).contains(&self.toks[k].val))
    }

    /// The clause from `from` has a subject of a few words and then "is",
    /// "are" or "remains" with a noun phrase or an adjective after it (not
    /// a progressive, a passive or a plan: "is voting", "is expected to").
    fn tells_a_state_after(&self, from: usize) -> bool {
        let from = from + usize::from(self.punct(from, ','));
        let Some(verb) = (from + 1..self.n().min(from + 6)).take_while(|&k| self.same_sent(k, from) && self.toks[k].k == K::Word).find(|&k| self.is_any(k, words!["is", "are", "remains", "remain"])) else {
            return false;
        };
        // ("Today, boats are towed through by an electric tug": what is
        // done to a kind of thing, a bare plural, is done nowadays)
        let kind_of_thing = verb == from + 1 && self.is(verb, word!("are")) && self.word(from).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()) && crate::analysis::figures::has_a_plural_ending(w));
        self.word(verb + 1).is_some_and(|w| {
            let w = w.to_ascii_lowercase();
            let plan = matches!(w.as_str(), "to" | "due" | "set" | "expected" | "scheduled" | "going" | "about" | "likely" | "unlikely" | "being" | "been" | "not" | "open" | "closed" | "shut");
            !plan && (kind_of_thing && w.ends_with("ed") || !(w.ends_with("ing") || w.ends_with("ed")))
        })
    }

    // --- year's end -------------------------------------------------------

    fn year_end_core(&self, j: usize, lead: &LeadP) -> Option<Core> {
        let by = lead.prep.is_some_and(|p| {
            matches!(
                p,
                "by" | "before" | "until" | "till" | "toward" | "towards" | "at" | "through"
            )
        });
        if !by {
            return None;
        }
        let mut k = j;
        if lead.modi == Modi::End {
            // (the unit after "the", no more words of its own after it)
            let the_unit = |unit: u128, not_after: &[u128]| self.is(k, word!("the")) && self.is(k + 1, unit) && !self.toks[k + 1].poss && !self.is_any(k + 2, not_after) && !self.punct(k + 2, '-');
            // "by the end of the year"; ("would raise £400m a year by the
            // end of the decade": the writing's decade, which the writer
            // must name)
            let reference = if the_unit(word!("year"), words!["of", "before", "after", "in", "when"]) {
                Reference::YearEnd
            } else if the_unit(word!("decade"), words!["of", "before", "after", "in", "when", "that", "to"]) {
                Reference::Unresolvable
            } else {
                return None;
            };
            return Some(Core {
                first: j,
                end: k + 2,
                kind: CoreKind::Rel {
                    reference,
                    part: None,
                    possessive: false,
                    idiom: true,
                },
            });
        }
        if lead.modi != Modi::None {
            return None;
        }
        if self.is(k, word!("the")) {
            // ("reserves of £1.2m at the year end": the balance-sheet date of
            // the period an account reports, not the writing's year)
            if lead.prep == Some("at") {
                return None;
            }
            k += 1;
        }
        if !self.is(k, word!("year")) {
            return None;
        }
        let end = if self.toks[k].poss && self.is(k + 1, word!("end")) {
            k + 2
        } else if self.punct(k + 1, '-')
            && self.attached(k + 1)
            && self.is(k + 2, word!("end"))
            && self.attached(k + 2)
        {
            k + 3
        } else if !self.toks[k].poss && self.is(k + 1, word!("end")) {
            k + 2
        } else {
            return None;
        };
        Some(Core {
            first: j,
            end,
            kind: CoreKind::Rel {
                reference: Reference::YearEnd,
                part: None,
                possessive: false,
                idiom: true,
            },
        })
    }

    // --- this / last / next + unit ---------------------------------------

    fn number_at(&self, k: usize) -> Option<(Option<i32>, usize)> {
        let t = self.tok(k)?;
        if t.k == K::Num
            && t.suf == Suf::None
            && t.ndig <= 4
            && !self.punct(k + 1, ',')
            && !self.punct(k + 1, '.')
        {
            return Some((Some(t.val as i32), k + 1));
        }
        if self.is(k, word!("a")) && self.is(k + 1, word!("few")) {
            return Some((None, k + 2));
        }
        if self.is(k, word!("a")) && self.is(k + 1, word!("couple")) && self.is(k + 2, word!("of")) {
            return Some((Some(2), k + 3));
        }
        if self.is(k, word!("couple")) && self.is(k + 1, word!("of")) {
            return Some((Some(2), k + 2));
        }
        let n = self.lex(k)?.number?;
        Some(((n > 0).then_some(n), k + 1))
    }

    /// "in the new year", "into the new year": the year after the writing,
    /// as "next year" is. Not "the new year" of a named calendar ("New
    /// Year" capitalised is the holiday), nor one describing a noun ("the
    /// new year group", "the new year's budget"), nor "the new financial
    /// year" (no unit right after "new").
    fn new_year_core(&self, j: usize, k: usize, lead: &LeadP) -> Option<Core> {
        if !matches!(lead.prep, Some("in" | "into")) || !self.is(k, word!("new")) || !self.is(k + 1, word!("year")) {
            return None;
        }
        if self.toks.get(k).is_some_and(|t| t.cap) || self.toks.get(k + 1).is_some_and(|t| t.cap || t.poss) {
            return None;
        }
        let end = k + 2;
        if self.word(end).is_some() && !self.cap_word(end) && !self.is_any(end, NP_STOP) {
            return None;
        }
        Some(Core {
            first: j,
            end,
            kind: CoreKind::Rel {
                reference: Reference::Year(1),
                part: None,
                possessive: false,
                idiom: false,
            },
        })
    }

    fn unit_core(&self, j: usize, lead: &LeadP) -> Option<Core> {
        let mut k = j;
        let mut had_the = self.is(k, word!("the"));
        if had_the {
            k += 1;
        }
        if had_the
            && let Some(core) = self.new_year_core(j, k, lead)
        {
            return Some(core);
        }
        // "the current year" is "this year"
        let mut q = if had_the && self.is(k, word!("current")) && self.unit(k + 1).is_some() {
            had_the = false;
            "this"
        } else {
            self.which(
                k,
                word_list![
                    "this",
                    "last",
                    "next",
                    "past",
                    "coming",
                    "previous",
                    "following",
                ],
            )?
        };
        if !self.plain_case(k) && !self.toks[k].cap {
            return None;
        }
        if (had_the && q == "this") || matches!(q, "previous" | "following") {
            return None;
        }
        // "his last year in office": final, not previous
        if !had_the
            && j > 0
            && lead.next == j
            && self.is_any(
                j - 1,
                words![
                    "his", "her", "its", "their", "our", "my", "your", "whose", "a", "an", "the",
                ],
            )
        {
            return None;
        }
        k += 1;
        if q == "this" && self.is_any(k, words!["past", "coming"]) {
            q = if self.is(k, word!("past")) { "last" } else { "next" };
            k += 1;
        }
        let offset = match q {
            "this" => 0,
            "last" | "past" => -1,
            _ => 1,
        };
        let rel = |reference, part, end: usize, possessive| {
            Some(Core {
                first: j,
                end,
                kind: CoreKind::Rel {
                    reference,
                    part,
                    possessive,
                    idiom: false,
                },
            })
        };
        // last September
        if !had_the
            && q != "coming"
            && let Some((m, false, e)) = self.month_at(k)
        {
            if self.cap_word(e) || (m == 5 && self.toks[k].poss) {
                return None;
            }
            return Some(Core {
                first: j,
                end: e,
                kind: CoreKind::Date {
                    kind: TimeKind::MissingYear {
                        month: m,
                        day: None,
                        style: DateStyle::DayMonth,
                    },
                    style: None,
                },
            });
        }
        // the last two years, the next few quarters
        let (num, k2) = match self.number_at(k) {
            Some((n, k2)) if !self.is(k, word!("a")) && !self.is(k, word!("an")) => (Some(n), k2),
            _ => (None, k),
        };
        // "last financial year", "in the last financial year", "this tax
        // year": a year of accounts, which starts on a day the text does
        // not give (April, July or October, by country); and a school's
        // ("the last academic year", "this school year")
        if num.is_none()
            && matches!(q, "this" | "last" | "next")
            && self.is_any(k, words!["financial", "fiscal", "tax", "academic", "school"])
            && self.is(k + 1, word!("year"))
            && !self.toks[k + 1].poss
            && !self.is(k + 2, word!("of"))
            && !(self.punct(k + 2, '-') && self.attached(k + 2))
        {
            return rel(Reference::Unresolvable, None, k + 2, false);
        }
        let unit = self.unit(k2)?;
        if self.named(k2) {
            return None;
        }
        // ("For most of the last century", "this century": a century by
        // its place, which every reader knows, not a time the writing
        // dates; "over the past century" counts back still)
        if num.is_none() && matches!(unit, Unit::Century) && matches!(q, "last" | "this") {
            return None;
        }
        // "this year-to-date", "last year-end"
        if self.punct(k2 + 1, '-') && self.attached(k2 + 1) {
            return None;
        }
        let uw = self.word(k2)?.to_ascii_lowercase();
        let plural = uw.ends_with('s') && uw != "class";
        let end = k2 + 1;
        // "Much of this fall is among dependants", "this fall in prices":
        // a decrease, not the autumn.
        if uw == "fall"
            && (self.is_any(end, words!["is", "was", "in", "of", "has", "had", "came", "comes", "reflects", "follows", "will", "would", "means", "took", "left", "to", "from"])
                || j > 0 && self.is(j - 1, word!("of")))
        {
            return None;
        }
        let followed_by_of = self.is(end, word!("of")) && !self.toks[k2].poss;
        let prep_ok = lead.prep.is_some_and(|p| {
            matches!(
                p,
                "in" | "over"
                    | "within"
                    | "during"
                    | "for"
                    | "throughout"
                    | "by"
                    | "through"
                    | "into"
                    | "from"
            )
        });
        if num.is_some() || had_the {
            if !had_the && lead.prep.is_none() {
                return None;
            }
            // ("is expected to last eight weeks": the verb, how long
            // something goes on, not the weeks just gone)
            if !had_the && q == "last" && lead.prep == Some("to") {
                return None;
            }
            if followed_by_of || self.toks[k2].poss {
                return None;
            }
            // ("The last winter election in Alberta was held in March
            // 2008": the most recent of a season's events, the season its
            // kind)
            if had_the && matches!(unit, Unit::Season(_)) && self.is_any(end, words!["election", "elections", "games", "olympics", "olympic", "session", "term", "timetable", "schedule", "storm", "festival", "tour", "campaign", "solstice"]) {
                return None;
            }
            // ("keep swimming until the last day": the last day of what the
            // story tells, not the day before the writing; "in the last
            // day" is the past 24 hours)
            if had_the && num.is_none() && matches!(unit, Unit::Day) && !plural && !prep_ok {
                return None;
            }
            if num.is_some() && !plural && num != Some(Some(1)) {
                return None;
            }
            if matches!(q, "next" | "coming") && !prep_ok && num.is_none() && !plural {
                return None;
            }
            if matches!(q, "next" | "coming") && !prep_ok {
                return None;
            }
            if matches!(unit, Unit::Part(_) | Unit::Hour | Unit::Minute) {
                return None;
            }
            return rel(Reference::Unresolvable, None, end, false);
        }
        // this years festival (missing apostrophe)
        if plural && unit == Unit::Year && q != "past" && q != "coming" {
            if self.word(end).is_some() && !self.cap_word(end) && !self.is_any(end, NP_STOP) {
                return rel(Reference::Year(offset), None, end, true);
            }
            return None;
        }
        if plural || followed_by_of {
            return None;
        }
        let possessive = self.toks[k2].poss;
        let reference = match unit {
            Unit::Week => Reference::Week(offset),
            // ("last fortnight": which two weeks is not told)
            Unit::Fortnight => Reference::Unresolvable,
            Unit::Weekend => Reference::Weekend(offset),
            Unit::Month => Reference::Month(offset),
            Unit::Year => Reference::Year(offset),
            Unit::Quarter => Reference::Quarter(offset),
            Unit::Season(season) => Reference::Season { season, offset },
            Unit::Decade | Unit::Century | Unit::PlaySeason => Reference::Unresolvable,
            Unit::Part(p) => {
                return match (q, p) {
                    ("last", DayPart::Night | DayPart::Evening) => {
                        rel(Reference::DayOffset(-1), Some(p), end, possessive)
                    }
                    ("this", DayPart::Morning | DayPart::Afternoon | DayPart::Evening) => {
                        rel(Reference::DayOffset(0), Some(p), end, possessive)
                    }
                    _ => None,
                };
            }
            Unit::Day | Unit::Hour | Unit::Minute => return None,
        };
        if q == "past" || q == "coming" {
            // "past week" without "the" is rare and means a duration
            return None;
        }
        rel(reference, None, end, possessive)
    }

    // --- N units ago ------------------------------------------------------

    fn ago_core(&self, j: usize, _lead: &LeadP) -> Option<Core> {
        let rel = |reference, end| {
            Some(Core {
                first: j,
                end,
                kind: CoreKind::Rel {
                    reference,
                    part: None,
                    possessive: false,
                    idiom: false,
                },
            })
        };
        if self.is(j, word!("not")) && self.is(j + 1, word!("long")) && self.is(j + 2, word!("ago")) {
            return rel(Reference::Unresolvable, j + 3);
        }
        if (self.is(j, word!("some")) && self.is(j + 1, word!("time"))
            || self.is(j, word!("a")) && self.is(j + 1, word!("while")))
            && self.is(j + 2, word!("ago"))
        {
            return rel(Reference::Unresolvable, j + 3);
        }
        let (num, k) = match self.number_at(j) {
            Some((n, k)) => (n, k),
            None if self.unit(j).is_some() => (None, j),
            None => return None,
        };
        let unit = self.unit(k)?;
        let uw = self.word(k)?;
        let plural = uw.len() > 3 && uw.ends_with('s');
        if num.is_none() && !plural && k == j {
            return None;
        }
        // ("lived about 166 million years ago": deep time, no date)
        if num.is_none() && j > 0 && self.is_any(j - 1, words!["million", "billion", "thousand", "millions", "billions", "thousands"]) {
            return None;
        }
        if num == Some(1) && plural || num.is_some_and(|n| n > 1) && !plural {
            return None;
        }
        let (sign, end) = if self.is(k + 1, word!("ago")) {
            (-1, k + 2)
        } else if self.is(k + 1, word!("from")) && self.is(k + 2, word!("now")) {
            (1, k + 3)
        } else {
            return None;
        };
        let reference = match (num, unit) {
            (Some(n), Unit::Day) => Reference::DayOffset(sign * n),
            // ("a week ago": seven days back, a day, not a week)
            (Some(1), Unit::Week) => Reference::DayOffset(sign * 7),
            (Some(n), Unit::Week) => Reference::Week(sign * n),
            (Some(n), Unit::Fortnight) => Reference::DayOffset(sign * 14 * n),
            (Some(n), Unit::Month) => Reference::Month(sign * n),
            // ("135.9p a year ago": the same month a year before, which a
            // comparison with a year before means, not the whole year)
            (Some(1), Unit::Year) => Reference::Month(sign * 12),
            (Some(n), Unit::Year) => Reference::Year(sign * n),
            (_, Unit::Part(_) | Unit::Season(_) | Unit::Weekend) => return None,
            _ => Reference::Unresolvable,
        };
        rel(reference, end)
    }

    // --- recent -----------------------------------------------------------

    fn recent_core(&self, j: usize, lead: &LeadP) -> Option<Core> {
        let rel = |end, idiom| {
            Some(Core {
                first: j,
                end,
                kind: CoreKind::Rel {
                    reference: Reference::Unresolvable,
                    part: None,
                    possessive: false,
                    idiom,
                },
            })
        };
        let mut k = j;
        if self.is_any(
            k,
            words!["more", "most", "only", "very", "quite", "fairly", "until"],
        ) && self.is_any(k + 1, words!["recently", "lately"])
        {
            k += 1;
        }
        if self.is_any(k, words!["recently", "lately"]) && self.plain_case(k) {
            // "as recently as 2008": anchored
            if self.is(k + 1, word!("as")) && k > 0 && self.is(k - 1, word!("as")) {
                return None;
            }
            // "most recently in 2019", "recently, in March 2019": dated by
            // the year that follows (or by the month: "three times this
            // year, most recently in September"; a month with no year is
            // missing-year's)
            let at = k + 1 + usize::from(self.punct(k + 1, ','));
            if self.is_any(at, words!["in", "on", "during"]) && (self.year_num(at + 1).is_some() || self.month_at(at + 1).is_some()) {
                return None;
            }
            // (or later in its phrase: "most recently with a 10th-round
            // stoppage of Vincent Feigenbutz in March")
            if k > 0 && self.is(k - 1, word!("most"))
                && (k + 1..self.n().min(k + 16)).take_while(|&m| self.same_sent(m, k) && !self.punct(m, ',') && !self.punct(m, ';')).any(|m| {
                    self.is_any(m, words!["in", "on"]) && (self.year_num(m + 1).is_some() || self.month_at(m + 1).is_some())
                        // (or a year in brackets: "most recently as a location for
                        // the BBC drama *The Marcher Lord* (2023)")
                        || self.punct(m, '(') && self.year_num(m + 1).is_some()
                })
            {
                return None;
            }
            if lead.modi != Modi::None {
                return None;
            }
            // ("some recently qualified GPs", "a recently appointed chief":
            // who they are, as "newly qualified" says, not when)
            if k == j
                && k > 0
                && self.is_any(k - 1, words!["some", "a", "the", "many", "most", "more", "all", "two", "three", "other", "of", "for", "by", "with", "and"])
                // (a status a person holds, not an event: "the recently
                // announced iPhone" is dated by it)
                && self.is_any(k + 1, words!["qualified", "appointed", "elected", "hired", "retired", "graduated", "promoted", "recruited", "arrived", "widowed", "bereaved", "trained", "licensed", "certified", "married", "divorced", "registered"])
                && self.tok(k + 2).is_some_and(|t| t.k == K::Word && !self.is_any(k + 2, words!["in", "on", "at", "by", "to", "from", "for", "with", "that", "and", "as", "after", "before", "since"]))
            {
                return None;
            }
            return rel(k + 1, false);
        }
        // [det] [more|most] recent NP
        let det = self.is_any(
            k,
            words![
                "a", "an", "the", "its", "their", "our", "his", "her", "this", "these", "those",
                "my", "your",
            ],
        );
        if det {
            k += 1;
        }
        // ("More recent modelling suggests": newer than the work just
        // cited, a comparison, not a time relative to the writing)
        if self.is(k, word!("more")) && self.is(k + 1, word!("recent")) || self.is(k, word!("recent")) && k > 0 && self.is(k - 1, word!("more")) {
            return None;
        }
        // ("a survey of 2,000 recent buyers": a kind of buyer, counted)
        if self.is(k, word!("recent")) && k > 0 && self.toks[k - 1].k == K::Num {
            return None;
        }
        // ("Her most recent novel", read from "most" or from its "recent":
        // the last of a person's works, its place in their series; a body's
        // "most recent accounts" or "most recent inspection" still wants its
        // date)
        let most = self.is(k, word!("most"));
        let most_at = if most { Some(k) } else { Some(k.wrapping_sub(1)).filter(|_| k > 0 && self.is(k, word!("recent")) && self.is(k - 1, word!("most"))) };
        // (and the reader's own, in advice: "your most recent P60"; and
        // each of many's own, counted before it: "Two of the services were
        // rated inadequate at their most recent inspection"; not a body's,
        // "on their most recent iPhone model")
        let each_of_many = |m: usize| {
            self.is(m - 1, word!("their"))
                && (m.saturating_sub(14)..m - 1).any(|x| self.same_sent(x, m) && (self.toks[x].k == K::Num || self.is_any(x, words!["all", "each", "both", "many", "several", "most", "half", "majority", "two", "three", "four", "five", "six"])))
        };
        if most_at.is_some_and(|m| m > 0 && (self.is_any(m - 1, words!["his", "her", "your"]) || each_of_many(m))) {
            return None;
        }
        if most {
            k += 1;
        }
        if !self.is(k, word!("recent")) || !self.plain_case(k) && !self.toks[k].cap {
            return None;
        }
        if lead.modi != Modi::None {
            return None;
        }
        let mut e = k + 1;
        let mut words = 0;
        while e < self.n() && words < 3 {
            let t = &self.toks[e];
            match t.k {
                K::Word => {
                    if self.is_any(e, NP_STOP) {
                        break;
                    }
                    let w = &self.t[t.s()..t.e()];
                    if words > 0 && w.len() > 3 && w.ends_with("ed") {
                        break;
                    }
                    words += 1;
                    e += 1;
                    // "recent years", "recent history's"
                    if t.poss || self.unit(e - 1).is_some() || self.is(e - 1, word!("history")) {
                        break;
                    }
                    // U.S.
                    if w.len() == 1 && self.punct(e, '.') && self.attached(e) {
                        e += 1;
                        if self
                            .tok(e)
                            .is_some_and(|x| x.k == K::Word && !x.gap && x.e - x.s == 1)
                        {
                            e += 1;
                            if self.punct(e, '.') && self.attached(e) {
                                e += 1;
                            }
                        }
                    }
                }
                // (a hyphenated word is taken whole, whatever its parts:
                // "the most recent size-and-health survey")
                K::Punct('-') if !t.gap && self.attached(e + 1) && words > 0 => {
                    e += 1;
                    while self.tok(e).is_some_and(|x| x.k == K::Word) {
                        e += 1;
                        if self.punct(e, '-') && self.attached(e) && self.attached(e + 1) {
                            e += 1;
                        } else {
                            break;
                        }
                    }
                }
                _ => break,
            }
        }
        if words == 0 {
            return None;
        }
        // ("the centrepiece of recent policy": a mass noun with no article
        // is the kind of thing, not one dated by the writing; "recent
        // years", "recent history", "recent reports", "recent flooding"
        // are)
        if !det && !most && words == 1 && self.unit(k + 1).is_none() && !self.is(k + 1, word!("history")) && self.word(k + 1).is_some_and(|w| !w.ends_with('s') && !w.ends_with("ing")) {
            return None;
        }
        // ("recent graduates", "recent arrivals": people by how lately they
        // joined, a kind of person, not a time)
        if !most && words == 1 && self.is_any(k + 1, words!["graduates", "arrivals", "immigrants", "migrants", "hires", "recruits", "converts", "retirees", "entrants", "joiners", "leavers", "alumni", "starters", "graduate", "arrival", "hire", "recruit", "entrant"]) {
            return None;
        }
        // ("The airline's most recent offer, made on August 27": the
        // participle after it dates it)
        let at = if self.punct(e, ',') { e + 1 } else { e };
        let dated_by_participle = self.tok(at).is_some_and(|t| t.k == K::Word && {
            let w = &self.t[t.s()..t.e()];
            w.len() > 3 && w.ends_with("ed") || matches!(w, "made" | "held" | "sent" | "given" | "taken" | "put" | "set")
        }) && {
            // (its date a few words on: "most recent accounts, filed with
            // the Charity Commission in September")
            let dated_at = |k: usize| self.is_any(k, words!["on", "in"]) && (self.tok(k + 1).is_some_and(|t| t.k == K::Num) || self.month_at(k + 1).is_some());
            (at + 1..self.n().min(at + 8)).take_while(|&k| self.same_sent(k, at) && !self.punct(k, ',') && !self.punct(k, ';')).any(dated_at)
        };
        // (or a date right after it: "at its most recent inspection in
        // August")
        // ("in August", "on 3 March": "in" or "on", then a month or a day
        // and its month)
        let dated_at = |k: usize| self.is_any(k, words!["in", "on"]) && (self.month_at(k + 1).is_some() || self.tok(k + 1).is_some_and(|t| t.k == K::Num) && self.month_at(k + 2).is_some());
        let dated_after = dated_at(e);
        // (or its verb's date: "Its most recent increase, to 0.5%, came in
        // September"; "took place in")
        let verb_dates_it = most_at.is_some()
            && (e..self.n().min(e + 10))
                .take_while(|&x| self.same_sent(x, e) && !self.punct(x, ';'))
                .any(|x| self.is_any(x, words!["came", "was", "took", "happened", "occurred", "followed"]) && dated_at(x + 1 + usize::from(self.is(x, word!("took")))));
        if dated_by_participle || dated_after || verb_dates_it {
            return None;
        }
        // "in recent years" is a fixed phrase: keep the preposition in the core
        // (a phrase of time only: "the range of recent enforcement action"
        // keeps its "of" out of the finding and its fix)
        let idiom = lead.prep.is_some() && !det && (self.unit(e - 1).is_some() || self.is(e - 1, word!("history")));
        rel(e, idiom)
    }

    // --- now, currently, so far, soon ... --------------------------------

    fn now_core(&self, j: usize, lead: &LeadP) -> Option<Core> {
        let rel = |reference, end, idiom| {
            Some(Core {
                first: j,
                end,
                kind: CoreKind::Rel {
                    reference,
                    part: None,
                    possessive: false,
                    idiom,
                },
            })
        };
        let prep = lead.prep;
        if lead.modi != Modi::None && lead.modi != Modi::Time {
            return None;
        }
        // at present, at the moment, for the moment, at this moment
        if prep == Some("at")
            && self.is(j, word!("present"))
            && !self.toks[j].cap
            && !self.is_any(j + 1, words!["value", "values", "tense", "participle"])
        {
            // "at present levels": an adjective before a plural noun
            let adjective = self.word(j + 1).is_some_and(|w| {
                !self.toks[j + 1].cap
                    && w.len() > 3
                    && w.ends_with('s')
                    && !self.is_any(j + 1, NP_STOP)
                    && !self.is_any(j + 1, words!["seems", "remains", "looks", "appears", "stands"])
            });
            if adjective {
                return None;
            }
            return rel(Reference::Now, j + 1, true);
        }
        if matches!(prep, Some("at" | "for"))
            && self.is_any(j, words!["the", "this"])
            && self.is(j + 1, word!("moment"))
        {
            let e = j + 2;
            let next_ok = match self.tok(e) {
                None => true,
                Some(t) => match t.k {
                    K::Punct(_) => true,
                    K::Word => !self.is_any(
                        e,
                        words![
                            "of", "when", "that", "where", "he", "she", "it", "they", "we", "i",
                            "you", "the", "his", "her", "their", "a", "an",
                        ],
                    ),
                    K::Num => false,
                },
            };
            if next_ok {
                return rel(Reference::Now, e, true);
            }
            return None;
        }
        if prep == Some("at")
            && self.is(j, word!("the"))
            && self.is(j + 1, word!("present"))
            && self.is(j + 2, word!("time"))
        {
            return rel(Reference::Now, j + 3, true);
        }
        // over the weekend ("Roads will stay closed through the weekend")
        if matches!(prep, Some("over" | "at" | "during" | "through" | "throughout"))
            && self.is(j, word!("the"))
            && self.is(j + 1, word!("weekend"))
            && !self.toks[j + 1].poss
            // (not one placed by what it comes before or after: "Talks
            // continued through the weekend before that date")
            && !self.is_any(j + 2, words!["of", "before", "after"])
        {
            return rel(Reference::RecentWeekend, j + 2, true);
        }
        // in the near future; in the coming weeks; in the weeks ahead
        if matches!(prep, Some("in" | "over" | "within")) && self.is(j, word!("the")) {
            if self.is(j + 1, word!("near")) && self.is_any(j + 2, words!["future", "term"]) {
                return rel(Reference::Unresolvable, j + 3, true);
            }
            if let Some(u) = self.unit(j + 1)
                && matches!(u, Unit::Day | Unit::Week | Unit::Fortnight | Unit::Month | Unit::Year)
                && self.is(j + 2, word!("ahead"))
                && self.word(j + 1).is_some_and(|w| w.ends_with('s'))
            {
                return rel(Reference::Unresolvable, j + 3, true);
            }
        }
        // to date (the lead took "to")
        if prep == Some("to") && self.is(j, word!("date")) && !self.toks[j].cap && !self.not_temporal(j) {
            if !self.tok(j + 1).is_some_and(|t| {
                t.k == K::Word
                    && !self.is_any(
                        j + 1,
                        words![
                            "and", "but", "is", "are", "was", "were", "has", "have", "had", "in",
                            "on", "at", "for", "with", "by",
                        ],
                    )
                    && !self.toks[j + 1].cap
            }) {
                return rel(Reference::Unresolvable, j + 1, true);
            }
            return None;
        }
        // year to date
        if self.is(j, word!("year")) && self.is(j + 1, word!("to")) && self.is(j + 2, word!("date"))
            || self.is(j, word!("year"))
                && self.punct(j + 1, '-')
                && self.is(j + 2, word!("to"))
                && self.punct(j + 3, '-')
                && self.is(j + 4, word!("date"))
        {
            let e = if self.is(j + 1, word!("to")) { j + 3 } else { j + 5 };
            return rel(Reference::Unresolvable, e, false);
        }
        // so far, thus far
        if self.is_any(j, words!["so", "thus"]) && self.is(j + 1, word!("far")) && self.plain_case(j) {
            if self.not_temporal(j + 1) || self.not_temporal(j) || self.punct(j + 2, '-') {
                return None;
            }
            // "so far as", "so far from": comparison
            // ("so far this season": the period after it says when, and is
            // a finding itself when it is one: "so far this year")
            if self.is_any(j + 2, words!["as", "from", "that", "this"]) {
                return None;
            }
            // (a distance or a degree: "kept so far upstage that", "so far
            // away", "so far behind the pace")
            if self.is_any(j + 2, words!["away", "upstage", "downstage", "behind", "ahead", "apart", "off", "out", "back", "beyond", "below", "above", "removed", "down", "up", "north", "south", "east", "west", "short", "into", "along", "afield", "adrift", "gone", "inland", "offshore"]) {
                return None;
            }
            // ("so far in 2026", as the fix of "so far this year" writes it:
            // the year says when)
            if self.is(j + 2, word!("in")) && (self.year_num(j + 3).is_some() || self.month_at(j + 3).is_some()) {
                return None;
            }
            // (up to the time of writing: "has so far refused" -> "has, as
            // of November 2026, refused")
            return rel(Reference::Now, j + 2, false);
        }
        // as yet
        if self.is(j, word!("as")) && self.is(j + 1, word!("yet")) && self.plain_case(j) {
            return rel(Reference::Unresolvable, j + 2, false);
        }
        // these days
        if self.is(j, word!("these"))
            && self.is(j + 1, word!("days"))
            && !self.is(j + 2, word!("of"))
            && self.plain_case(j)
        {
            return rel(Reference::Now, j + 2, false);
        }
        // the other day
        if self.is(j, word!("the"))
            && self.is(j + 1, word!("other"))
            && self.is(j + 2, word!("day"))
            && !self.toks[j + 2].poss
        {
            return rel(Reference::Unresolvable, j + 3, false);
        }
        // very soon
        let mut k = j;
        if self.is_any(k, words!["very", "quite", "fairly", "pretty"]) && self.is(k + 1, word!("soon")) {
            k += 1;
        }
        let w = self.lex(k)?.rel?;
        if !self.plain_case(k) || self.named(k) {
            return None;
        }
        // "now-defunct", "soon-to-be"
        if self.punct(k + 1, '-') && self.attached(k + 1) {
            return None;
        }
        match w {
            RelWord::Now => {
                if self.not_temporal(k)
                    || self.upper(&self.toks[k]) && self.toks[k].e - self.toks[k].s <= 3
                {
                    return None;
                }
                // "By 2019 the company was now losing money": the now of
                // the story told in the past, not the time of writing
                // ("jobs now added every month" still is)
                // (but not in what someone said, its verb shifted back: "She
                // said many older people were now reluctant to call 999" is
                // the time of the saying, the writing's)
                if self.is(k, word!("now")) && k > 0 && self.is_any(k - 1, words!["was", "were", "had"]) && !self.reported_before(k) {
                    return None;
                }
                if self.is(k, word!("now")) && k > 0 && self.punct(k - 1, ',') && self.now_tells_an_aside(k) {
                    return None;
                }
                // ("Dogs should be kept on leads in the area for now": what
                // is advised or required for the time being, no time of
                // writing; "For now, districts are planning" is)
                if self.is(k, word!("now")) && k > 1 && self.is(k - 1, word!("for")) && (k.saturating_sub(12)..k - 1).any(|m| self.same_sent(m, k) && self.is_any(m, words!["should", "must", "will", "would", "can", "may", "need", "needs"])) {
                    return None;
                }
                // ("the Sentencing Bill now before parliament would": a
                // state the noun is in, its sentence's verb to come)
                if self.is(k, word!("now")) && k > 0 && self.toks[k - 1].k == K::Word && !self.is_any(k - 1, words!["is", "are", "was", "were", "has", "have", "had", "and", "but"]) && self.is_any(k + 1, words!["before", "under"]) {
                    return None;
                }
                // ("Now 30, Vasquez-Hardy announced": the same age, opening
                // the sentence)
                if self.is(k, word!("now")) && (k == 0 || !self.same_sent(k - 1, k)) && self.tok(k + 1).is_some_and(|t| t.k == K::Num) && self.punct(k + 2, ',') {
                    return None;
                }
                // ("The agency urged eligible people to get vaccinated now":
                // what someone is urged to do without delay, closing the
                // clause, no time to date)
                if self.is(k, word!("now"))
                    && self.tok(k + 1).is_none_or(|t| matches!(t.k, K::Punct('.' | ',' | ';' | '!')))
                    && (k.saturating_sub(5)..k).any(|m| {
                        self.same_sent(m, k)
                            && (self.is(m, word!("to")) && (m.saturating_sub(8)..m).any(|u| self.same_sent(u, k) && self.is_any(u, words!["urged", "urges", "urging", "told", "tells", "asked", "asks", "encouraged", "encourages", "advised", "advises", "reminded", "reminds", "called", "calls"]))
                                // ("people should get vaccinated now")
                                || self.is_any(m, words!["should", "must"]))
                    })
                {
                    return None;
                }
                // "He told the tribunal that he could not now pass the tax
                // on", "they now expected the committee to cut": the now of
                // what was said, told in the past
                if self.is(k, word!("now"))
                    && k > 1
                    && (self.is(k - 1, word!("not")) && self.is_any(k - 2, words!["would", "could", "might", "should"])
                        || self.is_any(k - 1, words!["he", "she", "they", "it", "we"]) && self.is_past_verb(k + 1))
                {
                    return None;
                }
                // "The application will now be referred to the Secretary of
                // State", "The council must now decide": the next step of
                // a process, not the time of writing.
                if self.is(k, word!("now")) && k > 0 && self.is_any(k - 1, words!["will", "would", "must", "should", "shall", "can", "could", "may", "might"]) {
                    return None;
                }
                // "The bill now goes to a committee": the same next step
                // (not where something goes now: "most of our spending now
                // goes on maintenance").
                if self.is(k, word!("now"))
                    && self.is_any(k + 1, words!["goes", "go", "moves", "move", "heads", "head", "passes", "returns", "proceeds"])
                    && self.is_any(k + 2, words!["to", "before", "back", "forward", "through", "into", "ahead", "for"])
                {
                    return None;
                }
                // ("Italy now face Germany in the semi-finals": the next
                // fixture of a draw, its own day given elsewhere)
                // ("Ireland now travel to Cardiff to play Wales": and the
                // next away fixture)
                let opponent_at = |at: usize| self.tok(at).is_some_and(|t| t.cap);
                if self.is(k, word!("now"))
                    && (self.is_any(k + 1, words!["face", "faces", "meet", "meets", "play", "plays", "host", "hosts"]) && opponent_at(k + 2)
                        || self.is_any(k + 1, words!["travel", "travels", "head", "heads"]) && self.is(k + 2, word!("to")) && opponent_at(k + 3))
                {
                    return None;
                }
                let mut e = k + 1;
                if self.is(k, word!("now")) && prep == Some("from") && self.is(e, word!("on")) {
                    e += 1;
                }
                let right = k > 0
                    && lead.next == k
                    && self.is_any(k - 1, words!["right", "just"])
                    && self.is(k, word!("now"));
                let first = if right { k - 1 } else { j };
                Some(Core {
                    first,
                    end: e,
                    kind: CoreKind::Rel {
                        reference: Reference::Now,
                        part: None,
                        possessive: false,
                        idiom: false,
                    },
                })
            }
            RelWord::Vague if self.is(k, word!("soon")) => {
                if self.not_temporal(k) {
                    return None;
                }
                // "they soon dropped it", "it was soon clear": soon after
                // something in the story, not after the time of writing
                // ("a decision is expected soon", "will be announced soon":
                // a participle after a present or future auxiliary looks
                // ahead from the time of writing)
                let present_passive = k >= 2 && self.is_any(k - 2, words!["is", "are", "be"]);
                if self.is_past_verb(k + 1)
                    || k > 0
                        && (self.is_past_verb(k - 1) && !present_passive
                            || self.is_any(k - 1, words!["was", "were", "had", "became", "then"]))
                {
                    return None;
                }
                rel(Reference::Unresolvable, k + 1, false)
            }
            _ => None,
        }
    }

    // --- anchoring ----------------------------------------------------------

    /// Drop relative expressions tied to an explicit date next to them:
    /// "today, 3 October 2024", "two days after the 3 October strike",
    /// "the recent strike on 3 October".
    fn drop_anchored(&self, found: Vec<Found>) -> Vec<Found> {
        let mut dated: Vec<(usize, usize)> = found
            .iter()
            .filter(|f| {
                matches!(
                    f.expr.kind,
                    TimeKind::Absolute { day: Some(_), .. }
                        | TimeKind::MissingYear { day: Some(_), .. }
                        | TimeKind::Absolute { month: Some(_), .. }
                )
            })
            .map(|f| (f.first, f.last))
            .collect();
        // A dateline, "LONDON, 7 May 2026 —": the full date a press
        // release's "today" stands for.
        let dateline = found
            .iter()
            .find(|f| {
                matches!(f.expr.kind, TimeKind::Absolute { day: Some(_), .. })
                    && f.first <= 4
                    && self.tok(f.last + 1).is_some_and(|t| matches!(t.k, K::Punct('—' | '–' | '-')))
            })
            .map(|f| f.last);
        // Only a date at most 6 tokens after can anchor (every branch below
        // bounds `df - f.last`): look there, not through every date of the
        // paragraph, which made a long one quadratic.
        dated.sort_unstable();
        found
            .into_iter()
            .filter(|f| {
                let TimeKind::Relative(r) = &f.expr.kind else {
                    return true;
                };
                if r.reference == Reference::DayOffset(0) && dateline.is_some_and(|d| d < f.first && self.same_sent(d, f.first)) {
                    return false;
                }
                if matches!(
                    r.reference,
                    Reference::Now
                        | Reference::Year(_)
                        | Reference::Month(_)
                        | Reference::YearEnd
                        | Reference::Quarter(_)
                ) {
                    return true;
                }
                let near = dated.partition_point(|&(df, _)| df <= f.last);
                !dated[near..].iter().take_while(|&&(df, _)| df <= f.last + 6).any(|&(df, _)| {
                    if df <= f.last || !self.same_sent(df, f.last) {
                        return false;
                    }
                    // tokens between the relative expression and the date
                    let between = &self.toks[f.last + 1..df];
                    if between.len() <= 2
                        && between.iter().all(|t| {
                            matches!(t.k, K::Punct(',' | '(' | '-' | '–' | '—'))
                                || self.t[t.s()..t.e()].eq_ignore_ascii_case("the")
                        })
                    {
                        return true;
                    }
                    let anchor = (f.last + 1..df).any(|i| {
                        self.is_any(i, words!["after", "before", "following", "since", "than"])
                    });
                    anchor && df - f.last <= 6
                        || matches!(r.reference, Reference::Unresolvable)
                            && df - f.last <= 3
                            && self.is_any(f.last + 1, words!["on", "in", "of"])
                })
            })
            .collect()
    }
}

fn max_day(month: i8) -> i8 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, TimeKind)> {
        scan(text, 0..text.len())
            .into_iter()
            .map(|e| (text[e.span.clone()].to_string(), e.kind))
            .collect()
    }

    fn spans(text: &str) -> Vec<String> {
        found(text).into_iter().map(|(s, _)| s).collect()
    }

    fn rel_spans(text: &str) -> Vec<String> {
        found(text)
            .into_iter()
            .filter(|(_, k)| matches!(k, TimeKind::Relative(_)))
            .map(|(s, _)| s)
            .collect()
    }

    fn reference(text: &str) -> Reference {
        match found(text).into_iter().find_map(|(_, k)| match k {
            TimeKind::Relative(r) => Some(r.reference),
            _ => None,
        }) {
            Some(r) => r,
            None => panic!("no relative expression in {text:?}"),
        }
    }

    fn tokenize_reference(text: &str, r: Range<usize>) -> Vec<Tok> {
        let b = text.as_bytes();
        let mut toks: Vec<Tok> = Vec::with_capacity((r.end - r.start) / 5 + 1);
        let mut i = r.start;
        let mut gap = true;
        let mut glue_next = false;
        let lx = &*LEXICON;
        let mut buf = [0u8; 16];
        while i < r.end {
            let c = b[i];
            if c == b' ' || c == b'\t' || c == b'\n' || c == b'\r' {
                gap = true;
                i += 1;
                continue;
            }
            let blank = Tok {
                key: 0,
                s: i as u32,
                e: i as u32,
                pl: 0,
                k: K::Word,
                lex: 0,
                val: 0,
                ndig: 0,
                suf: Suf::None,
                cap: false,
                gap,
                poss: false,
                glued: glue_next && !gap,
                sstart: false,
            };
            glue_next = false;
            if c.is_ascii_alphabetic() {
                let s = i;
                while i < r.end && b[i].is_ascii_alphabetic() {
                    i += 1;
                }
                let e = i;
                let mut t = Tok {
                    e: e as u32,
                    cap: c.is_ascii_uppercase(),
                    ..blank
                };
                if let Some(pe) = is_apostrophe_s(b, e, r.end) {
                    t.poss = true;
                    t.pl = (pe - e) as u8;
                    i = pe;
                }
                let len = e - s;
                let first = (b[s] | 0x20).wrapping_sub(b'a') as usize;
                // (the longest-word and per-letter length filters that
                // skipped most lookups are left out: they only skipped words
                // the map does not hold)
                if len <= buf.len() && first < 26 {
                    // The word itself when already lower case (most are), else a
                    // lowered copy.
                    let word = if b[s..e].iter().any(u8::is_ascii_uppercase) {
                        for (k, &x) in b[s..e].iter().enumerate() {
                            buf[k] = x.to_ascii_lowercase();
                        }
                        std::str::from_utf8(&buf[..len]).ok()
                    } else {
                        text.get(s..e)
                    };
                    if let Some(w) = word
                        && let Some(&ix) = lx.map.get(w)
                    {
                        t.lex = ix + 1;
                    }
                }
                toks.push(t);
            } else if c.is_ascii_digit() {
                let s = i;
                let mut val: u64 = 0;
                while i < r.end && b[i].is_ascii_digit() {
                    val = (val * 10 + u64::from(b[i] - b'0')).min(u64::from(u32::MAX));
                    i += 1;
                }
                let ndig = (i - s).min(255) as u8;
                let mut suf = Suf::None;
                if i < r.end && b[i].is_ascii_alphabetic() {
                    let ls = i;
                    while i < r.end && b[i].is_ascii_alphabetic() {
                        i += 1;
                    }
                    let sx = &b[ls..i];
                    suf = if [b"st", b"nd", b"rd", b"th"]
                        .iter()
                        .any(|o| sx.eq_ignore_ascii_case(*o))
                    {
                        Suf::Ord
                    } else if sx == b"s" {
                        Suf::S
                    } else {
                        Suf::Other
                    };
                }
                let e = i;
                let mut t = Tok {
                    e: e as u32,
                    k: K::Num,
                    val: val as u32,
                    ndig,
                    suf,
                    ..blank
                };
                if let Some(pe) = is_apostrophe_s(b, e, r.end) {
                    t.poss = true;
                    t.pl = (pe - e) as u8;
                    i = pe;
                }
                toks.push(t);
            } else {
                let ch = text[i..].chars().next().unwrap_or(' ');
                let len = ch.len_utf8();
                if ch.is_whitespace() {
                    gap = true;
                    i += len;
                    continue;
                }
                if ch.is_alphanumeric() {
                    // a non-ASCII letter: the words around it belong to it
                    if !gap
                        && let Some(p) = toks.last_mut()
                        && p.k != K::Punct('-')
                        && !matches!(p.k, K::Punct(_))
                    {
                        p.glued = true;
                    }
                    glue_next = true;
                }
                toks.push(Tok {
                    e: (i + len) as u32,
                    k: K::Punct(ch),
                    ..blank
                });
                i += len;
            }
            gap = false;
        }
        toks
    }


    /// The sentence marks and `next_content` of the scanner as first
    /// written (linear abbreviation search, lexicon entry tests per token).
    fn scanner_parts_reference(text: &str, range: Range<usize>) -> (Vec<Tok>, Vec<u32>, Vec<u32>) {
        let mut toks = tokenize_reference(text, range);
        let n = toks.len();
        // each token's sentence
        let mut sents = vec![0u32; n];
        let mut sent = 0u32;
        let mut expect = true;
        let mut i = 0;
        while i < n {
            sents[i] = sent;
            if expect && toks[i].k != K::Word && toks[i].k != K::Num {
                i += 1;
                continue;
            }
            if expect {
                toks[i].sstart = true;
                expect = false;
            }
            if let K::Punct(c) = toks[i].k
                && matches!(c, '.' | '!' | '?' | '…')
            {
                let abbrev = c == '.'
                    && i > 0
                    && !toks[i].gap
                    && toks[i - 1].k == K::Word
                    && (toks[i - 1].e - toks[i - 1].s == 1
                        || ABBREVIATIONS
                            .iter()
                            .any(|a| text[toks[i - 1].s()..toks[i - 1].e()].eq_ignore_ascii_case(a)));
                let mut j = i + 1;
                while j < n
                    && !toks[j].gap
                    && matches!(toks[j].k, K::Punct('"' | '\'' | '”' | '’' | ')' | ']'))
                {
                    sents[j] = sent;
                    j += 1;
                }
                let next_starts = j < n
                    && toks[j].gap
                    && match toks[j].k {
                        K::Word => toks[j].cap,
                        K::Num => true,
                        K::Punct(p) => !matches!(p, ',' | ';' | ':' | '.'),
                    };
                if next_starts && !abbrev {
                    sent += 1;
                    expect = true;
                }
                i = j;
                continue;
            }
            i += 1;
        }
        let lexicon = &*LEXICON;
        let mut next_content = vec![n as u32; n + 1];
        for i in (0..n).rev() {
            let t = &toks[i];
            let content = t.k == K::Num
                || t.lex != 0
                    && !t.glued
                    && lexicon.entries.get(t.lex as usize - 1).is_some_and(|l| {
                        l.month.is_some()
                            || l.weekday.is_some()
                            || l.rel.is_some()
                            || l.unit.is_some()
                            || l.class & C_CONTENT != 0
                    });
            next_content[i] = if content {
                i as u32
            } else {
                next_content[i + 1]
            };
        }
        (toks, sents, next_content)
    }

    /// `in_phrase` as first written: every word of a phrase compared as a
    /// string.
    fn in_phrase_reference(sc: &Scanner, set: &PhraseSet, i: usize) -> bool {
        let Some(t) = sc.toks.get(i).filter(|t| t.key != 0) else {
            return false;
        };
        let Some(list) = set.by_key.get(t.key).and_then(|p| set.places.get(p as usize)) else {
            return false;
        };
        'phrases: for &(p, pos) in list {
            let phrase = &set.phrases[p];
            if pos > i || i - pos + phrase.len() > sc.n() {
                continue;
            }
            let start = i - pos;
            for (k, pt) in phrase.iter().enumerate() {
                let t = &sc.toks[start + k];
                let ok = match pt {
                    PTok::Punct(c) => t.k == K::Punct(*c),
                    PTok::Word(pw, poss, _) => {
                        let tw = &sc.t[t.s()..t.e()];
                        let same = if set.case_sensitive { tw == pw } else { tw.eq_ignore_ascii_case(pw) };
                        t.k == K::Word && same && (t.poss == *poss || (k + 1 == phrase.len() && !*poss))
                    }
                };
                if !ok {
                    continue 'phrases;
                }
                if k > 0 && !t.gap && matches!(pt, PTok::Word(..)) && matches!(phrase[k - 1], PTok::Word(..)) {
                    continue 'phrases;
                }
            }
            return true;
        }
        false
    }

    /// The phrase test by word keys answers as the string comparison did,
    /// on random texts of the phrases' words in several cases.
    #[test]
    fn in_phrase_matches_reference() {
        let mut pieces: Vec<String> = [" ", " ", " ", "  ", ". ", ",", "-", "'s", "’s", "'", "é", "3", "abcdefghijklmnopq"]
            .iter()
            .map(|p| p.to_string())
            .collect();
        for set in [&*NAMES, &*NOT_TEMPORAL] {
            for phrase in &set.phrases {
                // the phrase itself, as written and in other cases
                let mut whole = String::new();
                for pt in phrase {
                    match pt {
                        PTok::Word(w, poss, _) => {
                            if !whole.is_empty() {
                                whole.push(' ');
                            }
                            whole.push_str(w);
                            if *poss {
                                whole.push_str("'s");
                            }
                        }
                        PTok::Punct(c) => whole.push(*c),
                    }
                }
                pieces.push(whole.to_ascii_lowercase());
                pieces.push(whole.to_ascii_uppercase());
                pieces.push(whole);
                for pt in phrase {
                    match pt {
                        PTok::Word(w, ..) => {
                            pieces.push(w.clone());
                            pieces.push(w.to_ascii_uppercase());
                            pieces.push(w.to_ascii_lowercase());
                        }
                        PTok::Punct(c) => pieces.push(c.to_string()),
                    }
                }
            }
        }
        pieces.sort();
        pieces.dedup();
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let (mut checked, mut found) = (0, 0);
        for text in crate::analysis::random_texts(&pieces, 13, 12000, 61, 1, 12) {
            let sc = Scanner::new(&text, 0..text.len());
            for i in 0..sc.n() + 1 {
                for set in [&*NAMES, &*NOT_TEMPORAL] {
                    let old = in_phrase_reference(&sc, set, i);
                    assert_eq!(sc.in_phrase(set, i), old, "{text:?} {i}");
                    found += usize::from(old);
                    checked += 1;
                }
            }
        }
        assert!(checked > 100_000 && found > 1_000, "{checked} {found}");
    }

    #[test]
    fn digit_test_matches_bytewise() {
        for b in 0..=255u8 {
            for pos in 0..9 {
                let mut v = [b'x'; 9];
                v[pos] = b;
                for len in [pos + 1, 8, 9] {
                    let s = &v[..len.max(pos + 1)];
                    assert_eq!(has_ascii_digit(s), s.iter().any(u8::is_ascii_digit), "{b} {pos}");
                }
            }
            for fill in [0u8, b'/', b':', 0x7F, 0x80, 0xAF, 0xB0, 0xB9, 0xBA, 0xFF] {
                let mut v = vec![fill; 16];
                v[5] = b;
                assert_eq!(has_ascii_digit(&v), v.iter().any(u8::is_ascii_digit), "{b} {fill}");
            }
        }
    }

    #[test]
    fn letter_test_and_keys_match_bytewise() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                let mut v = [b'.'; 8];
                v[pos] = b;
                let mask = letter_bytes(u64::from_le_bytes(v));
                for (k, &x) in v.iter().enumerate() {
                    assert_eq!(mask >> (8 * k + 7) & 1 == 1, x.is_ascii_alphabetic(), "{b} {pos} {k}");
                }
            }
        }
        let text = b"a Zebra's THE internationalisation abcdefghijklmnop abcdefgh abcdefghi x";
        for s in 0..text.len() {
            for end in s..=text.len() {
                let (e, key) = scan_letters(text, s, end);
                let naive = s + text[s..end].iter().take_while(|c| c.is_ascii_alphabetic()).count();
                assert_eq!(e, naive);
                if e > s && e - s <= KEY_MAX_LEN {
                    assert_eq!(Some(key), word_key(&text[s..e]));
                }
            }
        }
    }

    /// The word tests by key (`is`, `is_any`, `which`, the phrase index)
    /// answer as the case-insensitive string comparisons they replace.
    #[test]
    fn word_keys_match_string_compare() {
        const WORDS: &[&str] = &[
            "the", "of", "a", "p", "m", "am", "pm", "ll", "s", "till", "until", "scheduled",
            "previous", "following", "remainder", "noon", "weekend", "abcdefghijklmnop",
        ];
        let keys: Vec<u128> = WORDS.iter().map(|w| word_key(w.as_bytes()).unwrap_or(0)).collect();
        let pieces = [
            " ", " ", "The", "THE", "tHe", "the", "thee", "th", "Of", "OF", "a", "A", "P", "m", "AM",
            "pM", "'ll", "’ll", "'s", "Till", "UNTIL", "Scheduled", "previous", "Following",
            "REMAINDER", "noon", "weekend", "Abcdefghijklmnop", "abcdefghijklmnopq", "é", "thé",
            "3", "3rd", ".", ",", "-", "\u{a0}",
        ];
        for text in crate::analysis::random_texts(&pieces, 7, 3000, 59, 1, 9) {
            let sc = Scanner::new(&text, 0..text.len());
            for i in 0..sc.n() + 2 {
                let word = sc.word(i);
                let old_is = |w: &str| word.is_some_and(|x| !x.is_empty() && x.eq_ignore_ascii_case(w));
                for (w, &key) in WORDS.iter().zip(&keys) {
                    assert_eq!(sc.is(i, key), old_is(w), "{text:?} {i} {w}");
                }
                assert_eq!(sc.is_any(i, &keys), WORDS.iter().any(|w| old_is(w)), "{text:?} {i}");
                let list = word_list!["the", "of", "till", "abcdefghijklmnop"];
                assert_eq!(sc.which(i, list), list.0.iter().copied().find(|w| old_is(w)), "{text:?} {i}");
            }
        }
        // the phrase index gives each word the places a map of the
        // phrases' lower-cased words gave
        for set in [&*NAMES, &*NOT_TEMPORAL] {
            let mut words: Vec<String> = WORDS.iter().map(|w| w.to_string()).collect();
            for phrase in &set.phrases {
                for pt in phrase {
                    if let PTok::Word(w, ..) = pt {
                        words.push(w.clone());
                        words.push(w.to_ascii_uppercase());
                    }
                }
            }
            for w in &words {
                let expected: Vec<(usize, usize)> = set
                    .phrases
                    .iter()
                    .enumerate()
                    .flat_map(|(p, phrase)| {
                        phrase.iter().enumerate().filter_map(move |(pos, pt)| match pt {
                            PTok::Word(pw, ..) if pw.eq_ignore_ascii_case(w) => Some((p, pos)),
                            _ => None,
                        })
                    })
                    .collect();
                let found = word_key(w.as_bytes())
                    .and_then(|key| set.by_key.get(key))
                    .and_then(|p| set.places.get(p as usize))
                    .cloned()
                    .unwrap_or_default();
                // only a word token (ASCII letters) is looked up
                if w.len() <= KEY_MAX_LEN && w.bytes().all(|c| c.is_ascii_alphabetic()) {
                    assert_eq!(found, expected, "{w}");
                }
            }
        }
    }

    /// The tokenizer and the scanner's sentence and content marks agree
    /// with their first versions on random texts made to stress them.
    /// `Scanner::run` as first written: with a table of the next token that
    /// names a time, built for every token before the scan.
    fn run_reference(sc: &Scanner, next_content: &[u32]) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        let mut i = 0;
        let n = sc.n();
        while i < n {
            let t = &sc.toks[i];
            if matches!(t.k, K::Punct(_)) || t.glued || (t.k == K::Word && t.lex == 0) {
                i += 1;
                continue;
            }
            let nc = next_content[i] as usize;
            if nc >= n {
                break;
            }
            if nc > i + MAX_LEAD {
                i = nc - MAX_LEAD;
                continue;
            }
            match sc.try_at(i) {
                Some(f) => {
                    i = f.last + 1;
                    out.push(f);
                }
                None => i += 1,
            }
        }
        let out = sc.drop_year_given(out);
        sc.drop_anchored(out)
    }

    /// `scan_found` with [`run_reference`].
    fn scan_found_reference(text: &str, range: Range<usize>) -> Vec<Found> {
        let Some(range) = clamp(text, range) else {
            return Vec::new();
        };
        let slice = &text.as_bytes()[range.clone()];
        if !slice.iter().any(u8::is_ascii_digit)
            && PREFILTER.as_ref().is_some_and(|ac| !ac.is_match(slice))
        {
            return Vec::new();
        }
        let (_, _, next_content) = scanner_parts_reference(text, range.clone());
        run_reference(&Scanner::new(text, range), &next_content)
    }

    #[test]
    fn scan_matches_reference() {
        const PIECES: &[&str] = &[
            " ", " ", " ", " ", " ", "\n", "\r\n", "\u{a0}", ", ", ". ", ".", "! ", "? ", "… ",
            "the", "The", "market", "people", "rose", "sharply", "officials", "company",
            "shares", "and", "that", "a", "an", "its", "very", "so", "as", "up", "to", "of",
            "on", "in", "at", "by", "from", "until", "Until", "till", "since", "will", "would",
            "said", "Said", "told", "was", "were", "is", "are", "be", "held", "closed", "remain",
            "ago", "long", "not", "some", "time", "while", "far", "yet", "date", "present",
            "moment", "recent", "recently", "lately", "soon", "now", "Now", "currently", "right",
            "just", "today", "Today", "yesterday", "tomorrow", "tonight", "day", "days", "week",
            "weeks", "weekend", "month", "months", "year", "years", "year's", "end", "start",
            "early", "late", "mid", "-", "earlier", "later", "first", "quarter", "this", "This",
            "last", "Last", "next", "past", "coming", "current", "few", "two", "three",
            "several", "night", "morning", "summer", "May", "may", "June", "March", "Jan.",
            "Sept.", "October", "Oct", "Monday", "Tuesday", "Tues", "Friday", "Black",
            "Sunday", "Times", "U.S.", "Dr.", "Mr.", "St.", "near", "future", "ahead", "noon",
            "midnight", "a.m.", "p.m.", "UTC", "16:00", "4:30", "9am", "1", "3", "3rd", "12",
            "31", "2024", "2008", "1970s", "2024-10-03", "10,000", "5%", "$", "\"", "“", "”",
            "'", "’s", "'s", "(", ")", "é", "café", "Straße", "٣", "so far", "to date",
            "as of", "up to the end of", "by year end", "in recent years", "these days",
        ];
        let mut checked = 0;
        let mut found = 0;
        for text in crate::analysis::random_texts(PIECES, 29, 20000, 56, 1, 7) {
            for range in [0..text.len(), text.len() / 4..text.len() * 3 / 4] {
                let old = scan_found_reference(&text, range.clone());
                let new = scan_found(&text, range.clone());
                assert_eq!(format!("{new:?}"), format!("{old:?}"), "{text:?} {range:?}");
                let counts = |f: &[Found]| {
                    let mut c = StyleCounts::default();
                    for f in f {
                        c.add(f.style);
                    }
                    c
                };
                assert_eq!(
                    scan_counting_styles(&text, range.clone()).1,
                    counts(&old),
                    "{text:?}"
                );
                found += old.len();
                checked += 1;
            }
        }
        assert!(checked == 40000 && found > 20000, "{checked} {found}");
    }

    /// `paragraphs` as first written, over `split_inclusive`.
    fn paragraphs_reference(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut pos = 0;
        for line in text.split_inclusive('\n') {
            let blank = line.trim().is_empty();
            match (blank, start) {
                (true, Some(s)) => {
                    out.push(s..pos);
                    start = None;
                }
                (false, None) => start = Some(pos),
                _ => {}
            }
            pos += line.len();
        }
        if let Some(s) = start {
            out.push(s..text.len());
        }
        out
    }

    #[test]
    fn paragraphs_match_reference() {
        const PIECES: &[&str] = &[
            "\n", "\n", "\r\n", "\r", " ", "\t", "\u{a0}", "\u{2028}", "\u{85}", "\u{b}", "a",
            "May", "é", "中", ".", "\n\n",
        ];
        let mut paragraphs_seen = 0;
        for text in crate::analysis::random_texts(PIECES, 3, 20000, 58, 0, 9) {
            let new = paragraphs(&text);
            assert_eq!(new, paragraphs_reference(&text), "{text:?}");
            paragraphs_seen += new.len();
        }
        for text in ["", "\n", "a", "a\n", "\na", "a\n\nb", "a\n \n\nb\n", " \u{a0}\n"] {
            assert_eq!(paragraphs(text), paragraphs_reference(text), "{text:?}");
        }
        assert!(paragraphs_seen > 20000, "{paragraphs_seen}");
    }

    #[test]
    fn tokens_match_reference() {
        const PIECES: &[&str] = &[
            " ", " ", " ", "  ", "\n", "\r\n", "\t", "\u{a0}", "\u{2009}", "\u{b}", "\u{c}",
            "the", "The", "THE", "a", "A", "as", "of", "on", "in", "up", "to", "May", "may",
            "MARCH", "Sept", "sept", "Tues", "tues", "Jan", "yesterday", "Yesterday", "today",
            "years", "week", "weekend", "afternoon", "remainder", "midnight", "noon", "ago",
            "internationalisation", "Abcdefghijklmnop", "abcdefghijklm", "abcdefghijkl",
            "XIV", "Mr", "mr", "Dr", "St", "No", "etc", "U", "S", "e", "g", "x",
            "0", "1", "3", "12", "31", "2024", "1970s", "1st", "2ND", "3rd", "4th", "5TH",
            "21st", "9am", "10PM", "07", "99999999999", "4294967296", "3s", "3S", "5x",
            "'s", "'S", "’s", "’S", "'", "’", "‘", "\"", "“", "”", "'t", "s", "S",
            ".", ".", ",", ";", ":", "!", "?", "…", "-", "–", "—", "(", ")", "[", "]",
            "$", "€", "£", "#", "%", "/", "é", "É", "ß", "ü", "Ω", "٣", "中", "😀",
            "café", "naïve", "Straße", "\u{301}", "\u{85}", "\u{7f}", "\u{0}",
        ];
        let mut checked = 0;
        for text in crate::analysis::random_texts(PIECES, 11, 30000, 58, 1, 9) {
            let ranges = [
                0..text.len(),
                clamp(&text, text.len() / 3..text.len()).unwrap_or(0..0),
            ];
            for range in ranges {
                let old = tokenize_reference(&text, range.clone());
                let new = tokenize(&text, range.clone());
                for t in &new {
                    let word = &text.as_bytes()[t.s()..t.e()];
                    let expected = if t.k == K::Word { word_key(word).unwrap_or(0) } else { 0 };
                    assert_eq!(t.key, expected, "{text:?}");
                }
                let without_keys = |toks: &[Tok]| {
                    let toks: Vec<Tok> = toks.iter().map(|t| Tok { key: 0, ..*t }).collect();
                    format!("{toks:?}")
                };
                assert_eq!(without_keys(&new), without_keys(&old), "{text:?} {range:?}");
                if range.is_empty() {
                    continue;
                }
                let (old_toks, old_sents, old_next) = scanner_parts_reference(&text, range.clone());
                let sc = Scanner::new(&text, range.clone());
                assert_eq!(without_keys(&sc.toks), without_keys(&old_toks), "{text:?}");
                // the sentences: numbered by the starts before each token,
                // and told apart by `same_sent` alike
                let sents: Vec<u32> = (0..sc.n()).map(|i| sc.starts.partition_point(|&s| s as usize <= i) as u32).collect();
                assert_eq!(sents, old_sents, "{text:?}");
                for i in 0..sc.n() {
                    for j in i.saturating_sub(3)..(i + 4).min(sc.n() + 1) {
                        let same = j < sc.n() && old_sents[i] == old_sents[j];
                        assert_eq!(sc.same_sent(i, j), same, "{text:?} {i} {j}");
                        assert_eq!(sc.same_sent(j, i), same, "{text:?} {i} {j}");
                    }
                }
                let mut next_content = vec![sc.n() as u32; sc.n() + 1];
                for i in (0..sc.n()).rev() {
                    next_content[i] = if sc.names_time(i) { i as u32 } else { next_content[i + 1] };
                }
                assert_eq!(next_content, old_next, "{text:?}");
                checked += 1;
            }
        }
        assert!(checked > 30000);
    }

    #[test]
    fn relative_words() {
        let cases: &[(&str, &str)] = &[
            (
                "The ministry said yesterday that it would act.",
                "yesterday",
            ),
            ("Talks resume today.", "today"),
            ("The vote is tomorrow.", "tomorrow"),
            ("He will speak tonight.", "tonight"),
            ("Sales rose this year.", "this year"),
            ("Prices fell last month.", "last month"),
            ("The summit is next week.", "next week"),
            ("Shops were busy this weekend.", "this weekend"),
            ("It was hot last summer.", "last summer"),
            (
                "The firm said earlier this week that it had agreed.",
                "earlier this week",
            ),
            ("Results come later this year.", "later this year"),
            ("He recently moved.", "recently"),
            (
                "A recent missile strike killed two.",
                "A recent missile strike",
            ),
            ("It employs 52,000, according to the agency's most recent size-and-health survey.", "most recent size-and-health survey"),
            // (a preposition ends the noun phrase)
            ("The penalty sat within the range of recent enforcement action against health bodies.", "of recent enforcement action"),
            ("She is currently the head of product.", "currently"),
            // (a clock with a dot is part of the time: not "47pm on Wednesday")
            ("The alarm was raised at 2.47pm on Wednesday.", "at 2.47pm on Wednesday"),
            ("The alarm was raised at 2.47 p.m. yesterday.", "at 2.47 p.m. yesterday"),
            ("At present, there is no plan.", "At present"),
            ("At the moment, talks are stalled.", "At the moment"),
            ("The company now has 300 staff.", "now"),
            ("Most of our spending now goes on maintenance.", "now"),
            ("So far, 20 people have died.", "So far"),
            ("Thus far the plan has worked.", "Thus far"),
            ("It is the largest to date.", "to date"),
            ("The law will change soon.", "soon"),
            ("In recent years prices rose.", "In recent years"),
            ("The plant closed three days ago.", "three days ago"),
            ("The pact was signed 20 years ago.", "20 years ago"),
            ("The deal should close by year's end.", "by year's end"),
            ("The deal should close by year’s end.", "by year’s end"),
            ("Cuts are due by year end.", "by year end"),
            (
                "It will be done by the end of the year.",
                "by the end of the year",
            ),
            ("The strike began on Tuesday.", "on Tuesday"),
            ("Police arrived Tuesday night.", "Tuesday night"),
            (
                "The festival opened on Saturday Night as crowds gathered.",
                "on Saturday Night",
            ),
            (
                "I went back the next Tuesday night and it was empty.",
                "the next Tuesday night",
            ),
            ("Today’s jobs report shows growth.", "Today’s"),
            (
                "Prices rose in the last two years.",
                "in the last two years",
            ),
            (
                "Growth will slow over the next few quarters.",
                "over the next few quarters",
            ),
            ("Tuesday's vote was close.", "Tuesday's"),
            ("Until now, nobody knew.", "Until now"),
            ("By now the ships should have arrived.", "By now"),
            ("We need a decision right now.", "right now"),
            ("Early next year the plant opens.", "Early next year"),
            (
                "The theme of this years festival is the pig.",
                "this years",
            ),
            ("Last Year over 4 million visitors came.", "Last Year"),
            ("Stocks fell 3% at 16:00 UTC today.", "at 16:00 UTC today"),
            ("The market crashed last week.", "last week"),
            ("The index closed higher on Friday.", "on Friday"),
            ("Apple said Monday that it will ship.", "Monday"),
            ("It fell over the weekend.", "over the weekend"),
            (
                "Output fell in the third quarter of this year.",
                "in the third quarter of this year",
            ),
            ("The rebels attacked last night.", "last night"),
            ("He spoke this morning.", "this morning"),
            ("Sales are up 4% year to date.", "year to date"),
            ("These days, few read papers.", "These days"),
            (
                "Sales fell in the current quarter.",
                "in the current quarter",
            ),
            ("The school closed a week ago.", "a week ago"),
            ("Nowadays most people pay by card.", "Nowadays"),
            ("It will open very soon.", "very soon"),
            ("The unit was only recently formed.", "only recently"),
            ("They have been here for a week now.", "now"),
        ];
        let bad: Vec<String> = cases
            .iter()
            .filter_map(|(text, want)| {
                let got = rel_spans(text);
                (got != vec![want.to_string()])
                    .then(|| format!("{text:?}: got {got:?}, want {want:?}"))
            })
            .collect();
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn must_not_flag() {
        let cases: &[&str] = &[
            "Now that the pact exists, trade can grow.",
            "The parade starts on the Friday evening and the fireworks are on the Saturday.",
            "Villa had two bids rejected, the most recent worth £42 million.",
            "A survey of 2,000 recent buyers found that most had help.",
            "Of the three inquiries, the most recent one was the shortest.",
            "The application will now be referred to the Secretary of State.",
            "The bill now goes to a committee of the whole House.",
            "The objects were taken from what is now southern Nigeria.",
            "The council must now decide whether to appeal.",
            "He said it every now and then.",
            "Call as soon as you can.",
            "Soon after the strike, the army withdrew.",
            "He would go so far as to resign.",
            "So far as we know, nobody was hurt.",
            "The records are up to date.",
            "Black Friday sales were strong.",
            "He read the Sunday Times.",
            "It was a Good Friday tradition.",
            "You may leave.",
            "Troops march on the capital.",
            "The Mail on Sunday ran the story.",
            "The band played Saturday Night Live.",
            "He watched USA Today on a tablet.",
            "The minister may resign.",
            "May I ask a question?",
            "Theresa May said the deal was good.",
            "In today's Russia, dissent is rare.",
            "In today's world, data is power.",
            "Two days after the 3 October strike, the army withdrew the battalion.",
            "He spent his last year in office abroad.",
            "It was the last week of the war.",
            "They met every Tuesday.",
            "The shop opens on Mondays.",
            "He served as the next president.",
            "It was soon-to-be law.",
            "The now-defunct agency closed.",
            "Her friend April Jones spoke.",
            "A more recent than expected change.",
            "The following Tuesday, the council met again.",
            "The office is open Monday to Friday.",
            "It happened on a Tuesday.",
            "Prices stayed at present levels.",
            "It is hard to date the fossil.",
            "The company has grown so far from its roots.",
            "He came so far in his career.",
            "Growth slowed in 2008.",
            "The 1970s were hard.",
            "The meeting was held on 3 October 2024.",
            "On Tuesday, 3 October 2024, the army moved.",
            "The last two years of his life were hard.",
            "Every year the festival grows.",
        ];
        let bad: Vec<String> = cases
            .iter()
            .filter_map(|text| {
                let got = rel_spans(text);
                (!got.is_empty()).then(|| format!("{text:?} gave {got:?}"))
            })
            .collect();
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn the_year_of_a_season_is_no_count_whatever_follows_it() {
        assert_eq!(spans("Work began in the spring of 1831 under the engineer."), vec!["of 1831"]);
        assert!(spans("A total of 1500 under-18s were treated.").is_empty());
    }

    #[test]
    fn absolute_and_missing_year() {
        let abs = |year, month, day| TimeKind::Absolute { year, month, day };
        let my = |month, day, style| TimeKind::MissingYear { month, day, style };
        let dm = DateStyle::DayMonth;
        let md = DateStyle::MonthDay;
        let cases: Vec<(&str, &str, TimeKind)> = vec![
            (
                "It happened on 3 October 2024.",
                "on 3 October 2024",
                abs(2024, Some(10), Some(3)),
            ),
            (
                "It happened October 3, 2024, in Kyiv.",
                "October 3, 2024",
                abs(2024, Some(10), Some(3)),
            ),
            (
                "It happened Oct. 3, 2024, in Kyiv.",
                "Oct. 3, 2024",
                abs(2024, Some(10), Some(3)),
            ),
            (
                "Filed 2024-10-03 in court.",
                "2024-10-03",
                abs(2024, Some(10), Some(3)),
            ),
            (
                "It opened in June 2024.",
                "in June 2024",
                abs(2024, Some(6), None),
            ),
            ("It opened early 2024.", "early 2024", abs(2024, None, None)),
            ("It opened in 2008.", "in 2008", abs(2008, None, None)),
            ("The 1970s were hard.", "1970s", abs(1970, None, None)),
            (
                "The strike on 3 October killed two.",
                "on 3 October",
                my(10, Some(3), dm),
            ),
            (
                "The strike on October 3 killed two.",
                "on October 3",
                my(10, Some(3), md),
            ),
            (
                "The strike on Oct. 3 killed two.",
                "on Oct. 3",
                my(10, Some(3), md),
            ),
            (
                "The vote is on September 14th.",
                "on September 14th",
                my(9, Some(14), md),
            ),
            ("Sales fell in June.", "in June", my(6, None, dm)),
            (
                "Sales fell in early June.",
                "in early June",
                my(6, None, dm),
            ),
            (
                "Sales fell last September.",
                "last September",
                my(9, None, dm),
            ),
            (
                "Shares rose on May 16 after the news.",
                "on May 16",
                my(5, Some(16), md),
            ),
            (
                "The deal closes in May, the firm said.",
                "in May",
                my(5, None, dm),
            ),
            (
                "The economy shrank between April and June.",
                "between April",
                my(4, None, dm),
            ),
            (
                "On Monday, October 6, markets fell.",
                "On Monday, October 6",
                my(10, Some(6), md),
            ),
            (
                "Records go back to the 3rd of October.",
                "3rd of October",
                my(10, Some(3), dm),
            ),
        ];
        for (text, span, kind) in cases {
            let got = found(text);
            assert!(!got.is_empty(), "nothing in {text:?}");
            assert_eq!(
                (got[0].0.as_str(), &got[0].1),
                (span, &kind),
                "in {text:?}: {got:?}"
            );
        }
        // "between April and June": both months
        assert_eq!(
            spans("The economy shrank between April and June."),
            vec!["between April", "June"]
        );
        // not dates
        for text in [
            "He scored 10 points in June 10,000 times.",
            "A March 5 percent rise.",
            "June Carter sang.",
            "The minister may resign in May Day parades.",
        ] {
            let got = found(text);
            assert!(
                got.iter().all(|(s, _)| !s.contains("10,000")
                    && !s.contains("March 5")
                    && !s.contains("June Carter")
                    && !s.contains("May Day")),
                "{text:?}: {got:?}"
            );
        }
    }

    #[test]
    fn references() {
        use Reference as R;
        assert_eq!(reference("He left yesterday."), R::DayOffset(-1));
        assert_eq!(reference("He left three days ago."), R::DayOffset(-3));
        assert_eq!(reference("It ends two years from now."), R::Year(2));
        assert_eq!(reference("It ended last week."), R::Week(-1));
        assert_eq!(reference("It ends next month."), R::Month(1));
        assert_eq!(reference("It ended last quarter."), R::Quarter(-1));
        assert_eq!(
            reference("It was hot this summer."),
            R::Season {
                season: Season::Summer,
                offset: 0
            }
        );
        assert_eq!(reference("It is done by year end."), R::YearEnd);
        assert_eq!(reference("It is currently closed."), R::Now);
        assert_eq!(reference("It was recently closed."), R::Unresolvable);
        assert_eq!(
            reference("It closed on Tuesday."),
            R::Weekday {
                weekday: Weekday::Tuesday,
                forward: false,
                strict: false
            }
        );
        assert_eq!(
            reference("It will close on Tuesday."),
            R::Weekday {
                weekday: Weekday::Tuesday,
                forward: true,
                strict: false
            }
        );
        assert_eq!(
            reference("It closes next Tuesday."),
            R::Weekday {
                weekday: Weekday::Tuesday,
                forward: true,
                strict: true
            }
        );
        assert_eq!(
            reference("It closed last Tuesday."),
            R::Weekday {
                weekday: Weekday::Tuesday,
                forward: false,
                strict: true
            }
        );
        assert_eq!(
            reference("It closed the day before yesterday."),
            R::DayOffset(-2)
        );
        assert_eq!(reference("It fell over the weekend."), R::RecentWeekend);
    }

    #[test]
    fn relative_details() {
        let text = "Yesterday's meeting was short.";
        let e = &scan(text, 0..text.len())[0];
        let TimeKind::Relative(r) = &e.kind else {
            panic!()
        };
        assert!(r.possessive && r.sentence_start);
        assert_eq!(
            &text[e.span.start + r.core.start..e.span.start + r.core.end],
            "Yesterday's"
        );
        let text = "Prices rose by the end of this year.";
        let e = &scan(text, 0..text.len())[0];
        let TimeKind::Relative(r) = &e.kind else {
            panic!()
        };
        assert_eq!(&text[e.span.clone()], "by the end of this year");
        assert_eq!(
            &text[e.span.start + r.core.start..e.span.start + r.core.end],
            "this year"
        );
        assert_eq!(r.lead, Lead::Preposition);
        let text = "He spoke on Tuesday night.";
        let e = &scan(text, 0..text.len())[0];
        let TimeKind::Relative(r) = &e.kind else {
            panic!()
        };
        assert_eq!(r.part, Some(DayPart::Night));
        assert_eq!(r.lead, Lead::Preposition);
    }

    #[test]
    fn range_and_offsets() {
        let text = "Intro. Yesterday it rained.\n\nTomorrow it snows.";
        let p2 = text.find("Tomorrow").unwrap();
        let got = scan(text, p2..text.len());
        assert_eq!(got.len(), 1);
        assert_eq!(&text[got[0].span.clone()], "Tomorrow");
        let got = scan(text, 0..p2);
        assert_eq!(got.len(), 1);
        assert_eq!(&text[got[0].span.clone()], "Yesterday");
    }

    #[test]
    fn no_panics_on_unicode() {
        let texts = [
            "昨日 yesterday 🎉 today’s 会議 on 3 October 😀",
            "🎉🎉🎉",
            "Montréal todayé tomorrow",
            "é",
            "’s ’ ' 's",
            "October",
            "3",
            "on",
            "May 3",
            "the end of",
            "2024-",
            "2024-10-",
            "at 16:",
            "Tuesday,",
            "今天 now 現在 so far 到目前为止 — yesterday’",
        ];
        for t in texts {
            for s in 0..=t.len() {
                for e in s..=t.len() {
                    for x in scan(t, s..e) {
                        assert!(t.is_char_boundary(x.span.start) && t.is_char_boundary(x.span.end));
                        assert!(x.span.start >= s && x.span.end <= e.max(s));
                    }
                }
            }
        }
        assert_eq!(spans("Montréal todayé tomorrow"), vec!["tomorrow"]);
        // out-of-range input is clamped
        assert!(scan("today", 3..100).is_empty());
        assert_eq!(scan("xx today", 1..100).len(), 1);
        assert!(scan("today", Range { start: 10, end: 2 }).is_empty());
    }

    /// Pseudo-random texts from date-ish fragments, emoji and CJK: no
    /// panic, spans on char boundaries, inside the range, sorted, disjoint.
    #[test]
    fn fuzz_no_panics() {
        const PARTS: &[&str] = &[
            "yesterday",
            "Today",
            "today’s",
            "on",
            "Tuesday",
            "Tuesday's",
            "night",
            "last",
            "next",
            "this",
            "year",
            "years",
            "week",
            "the",
            "end",
            "of",
            "by",
            "year’s",
            "3",
            "31",
            "2024",
            "2024-10-03",
            "October",
            "Oct.",
            "May",
            "may",
            "in",
            "early",
            "mid",
            "-",
            "ago",
            "two",
            "a",
            "few",
            "so",
            "far",
            "to",
            "date",
            "now",
            "that",
            "recent",
            "recently",
            "at",
            "present",
            "moment",
            ",",
            ".",
            "(",
            ")",
            "“",
            "”",
            "'",
            "’",
            "😀",
            "会議",
            "é",
            "\n",
            "16",
            ":",
            "00",
            "UTC",
            "p.m.",
            "soon",
            "as",
            "these",
            "days",
            "over",
            "weekend",
            "Black",
            "Friday",
            "3rd",
            "1970s",
            "st",
            "  ",
            "\u{a0}",
            "—",
            "–",
            "%",
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let iters = std::env::var("FUZZ_ITERS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(4000);
        for _ in 0..iters {
            let n = (next() % 14) as usize;
            let mut t = String::new();
            for _ in 0..n {
                t.push_str(PARTS[(next() % PARTS.len() as u64) as usize]);
                if next() % 3 != 0 {
                    t.push(' ');
                }
            }
            let a = (next() % (t.len() as u64 + 2)) as usize;
            let b = (next() % (t.len() as u64 + 2)) as usize;
            for r in [0..t.len(), a..b, a.min(b)..a.max(b)] {
                let got = scan(&t, r.clone());
                for e in &got {
                    assert!(
                        t.is_char_boundary(e.span.start) && t.is_char_boundary(e.span.end),
                        "{t:?}"
                    );
                    assert!(
                        e.span.start >= r.start && e.span.end <= r.end && e.span.start < e.span.end,
                        "{t:?} {r:?} {e:?}"
                    );
                    if let TimeKind::Relative(rel) = &e.kind {
                        assert!(
                            rel.core.start < rel.core.end
                                && e.span.start + rel.core.end == e.span.end,
                            "{t:?} {e:?}"
                        );
                    }
                }
                for w in got.windows(2) {
                    assert!(w[0].span.end <= w[1].span.start, "{t:?}");
                }
                let _ = future_context(&t, r.clone(), a);
            }
            let _ = detect_style(&t);
        }
    }

    #[test]
    fn sorted_non_overlapping() {
        let text = "Yesterday, on 3 October, the minister said that last week and this year, recently, sales rose since June 2024 and will rise tomorrow.";
        let got = scan(text, 0..text.len());
        assert!(got.len() >= 6, "{got:?}");
        for w in got.windows(2) {
            assert!(w[0].span.end <= w[1].span.start);
        }
    }

    #[test]
    fn style_detection() {
        assert_eq!(
            detect_style("It began on 3 October 2024 and ended 5 November 2024."),
            Some(DateStyle::DayMonth)
        );
        assert_eq!(
            detect_style("It began October 3, 2024, and ended Nov. 5."),
            Some(DateStyle::MonthDay)
        );
        assert_eq!(detect_style("Nothing dated here."), None);
    }

    #[test]
    fn future() {
        let text = "The council will vote on Tuesday.";
        assert!(future_context(
            text,
            0..text.len(),
            text.find("Tuesday").unwrap()
        ));
        let text = "The council said on Tuesday it voted.";
        assert!(!future_context(
            text,
            0..text.len(),
            text.find("Tuesday").unwrap()
        ));
        // A span that lasts until a day to come, whatever the tense before.
        for text in ["Schools will remain closed until Monday.", "The talks were suspended until Monday.", "Schools stay closed till Monday."] {
            assert!(future_context(text, 0..text.len(), text.find("Monday").unwrap()), "{text}");
        }
        // A state now or to come is not a past event.
        let text = "The road will remain closed on Monday for repairs.";
        assert!(future_context(text, 0..text.len(), text.find("Monday").unwrap()));
        // An -ed adjective after a determiner is not a past verb.
        let text = "The president is due to visit the affected areas on Monday.";
        assert!(future_context(text, 0..text.len(), text.find("Monday").unwrap()));
        let text = "The president visited the flooded areas on Monday.";
        assert!(!future_context(text, 0..text.len(), text.find("Monday").unwrap()));
        // What someone has been asked to do is still to come.
        let text = "The council has invited Maisie to present her design on Monday.";
        assert!(future_context(text, 0..text.len(), text.find("Monday").unwrap()));
        // An -ed adjective after a preposition is not a past verb either;
        // "should" looks ahead, "should have" back.
        for (text, ahead) in [
            ("Printed copies will be available at staffed stations from Monday.", true),
            ("Forecasters said winds should ease on Sunday.", true),
            ("The council should have acted on Sunday.", false),
            ("The zoo is expecting around 6,000 visitors on Sunday.", true),
            ("Temperatures could fall to minus 12C in sheltered glens on Sunday.", true),
            ("He could not attend on Sunday.", false),
        ] {
            let at = text.find("day").and_then(|d| text[..d].rfind(' ')).unwrap() + 1;
            assert_eq!(future_context(text, 0..text.len(), at), ahead, "{text}");
        }
    }

    /// The tokens built from the main tokenizer's are those of
    /// `tokenize_into`, token for token, and so is what the scan finds,
    /// on random texts of the pieces where the two tokenizers part.
    #[test]
    fn tokens_from_main_match_own_tokenizer() {
        const PIECES: &[&str] = &[
            " ", " ", " ", " ", "\n", "\r\n", "\r", "\t", "\u{a0}", "\u{b}", "\u{c}", "\u{2009}",
            ", ", ". ", ".", "! ", "? ", "… ", "the", "The", "THE", "A", "a", "I", "on", "of",
            "in", "last", "Last", "week", "weeks", "year", "years", "May", "MAY", "June", "Monday",
            "Monday's", "Mondays", "Tues", "Sept.", "Jan.", "mid", "mid-2020", "mid-", "-",
            "‐", "—", "1990s", "1990's", "1990’s", "3", "3's", "3’s", "3,000", "3.5", ".5",
            "10,000", "2024-10-03", "16:00", "9am", "3rd", "31st", "5²", "²", "²s", "5%",
            "U.S.", "U.S", "e.g.", "a.m.", "p.m.", "Dr.", "é", "café", "İ", "İstanbul",
            "Straße", "٣", "’s", "'s", "'S", "’", "'", "\"", "“", "”", "(", ")", "[", "]",
            "abcdefghijklmnop", "abcdefghijklmnopq", "ABCDEFGHIJ", "Yesterday", "tomorrow",
            "covid19", "G7", "x", "X", "s", "S", "ago", "since", "until", "quarter", "Q3",
        ];
        // the analysis' classes, which hold the time lexicon's entries, and
        // classes without them (the words are looked up here then)
        let with_entries = &crate::analysis::lexicon::Lexicon::builtin().classes;
        let without_entries = WordClasses::new([("week", 1), ("said", 2)]);
        let mut own = Vec::new();
        let mut fused = Vec::new();
        let mut compared = 0;
        for (n, text) in crate::analysis::random_texts(PIECES, 41, 20000, 57, 1, 5).enumerate() {
            let classes = if n % 4 == 3 { &without_entries } else { with_entries };
            let lowered = text.to_ascii_lowercase();
            let mut main = Vec::new();
            crate::analysis::tokens::tokenize_classified_into(&text, &lowered, crate::span::Span::new(0, text.len()), classes, &mut main);
            let (mut own_enders, mut fused_enders) = (Vec::new(), Vec::new());
            tokenize_into(&text, 0..text.len(), &mut own, &mut own_enders);
            tokenize_from_main(&text, &main, classes.holds_time_entries(), &mut fused, &mut fused_enders);
            assert_eq!(fused_enders, own_enders, "{text:?}");
            let listed: Vec<u32> = (0..own.len() as u32).filter(|&i| ends_sentence(own[i as usize].k)).collect();
            assert_eq!(own_enders, listed, "{text:?}");
            assert_eq!(format!("{fused:?}"), format!("{own:?}"), "{text:?}");
            let old = scan_counting_styles(&text, 0..text.len());
            let new = scan_tokens_counting_styles_if(&text, &main, classes, true);
            assert_eq!(format!("{new:?}"), format!("{old:?}"), "{text:?}");
            compared += own.len();
        }
        assert!(compared > 500_000, "{compared} tokens compared");
    }
}
