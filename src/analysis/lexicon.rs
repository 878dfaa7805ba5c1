//! Word lists, embedded from `data/` at build time and parsed once on first
//! use (a few hundred short lines: microseconds). Houses extend them through
//! `copydesk.toml`; see `Lexicon::with_extensions`.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::tokens::{Token, TokenKind};

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

pub const REPORTING_VERBS: &str = include_str!("../../data/reporting-verbs.txt");
pub const VAGUE_SOURCES: &str = include_str!("../../data/vague-sources.txt");
pub const VAGUE_PHRASES: &str = include_str!("../../data/vague-phrases.txt");
pub const ANONYMOUS_SOURCES: &str = include_str!("../../data/anonymous-sources.txt");
pub const ANONYMITY_PHRASES: &str = include_str!("../../data/anonymity-phrases.txt");
pub const ABBREVIATIONS: &str = include_str!("../../data/abbreviations.txt");

/// Which (first byte, length) pairs a list of words has: most absent words
/// are answered by one table look-up, without hashing.
#[derive(Clone, Debug)]
pub struct Shapes(Vec<u32>);

impl Default for Shapes {
    fn default() -> Shapes {
        Shapes(vec![0; 256])
    }
}

impl Shapes {
    fn bit(word: &str) -> Option<(usize, u32)> {
        let first = *word.as_bytes().first()?;
        Some((usize::from(first), 1 << word.len().min(31)))
    }
    pub fn add(&mut self, word: &str) {
        if let Some((i, bit)) = Shapes::bit(word) {
            self.0[i] |= bit;
        }
    }
    /// False only when no word of the list has this first byte and length
    /// (the empty word always passes).
    pub fn may_contain(&self, word: &str) -> bool {
        Shapes::bit(word).is_none_or(|(i, bit)| self.0[i] & bit != 0)
    }
}

/// Which (first two bytes, length) triples a list of words has, the two
/// bytes folded to their low five bits (which tell ASCII letters apart):
/// finer than [`Shapes`] ("said" and "some" differ), for a list of common
/// word shapes such as the reporting verbs.
#[derive(Clone, Debug)]
pub struct PairShapes(Box<[u32; 1024]>);

impl Default for PairShapes {
    fn default() -> PairShapes {
        PairShapes(Box::new([0; 1024]))
    }
}

impl PairShapes {
    #[inline(always)]
    fn bit(bytes: &[u8]) -> Option<(usize, u32)> {
        let first = *bytes.first()?;
        let second = bytes.get(1).copied().unwrap_or(0);
        Some((usize::from(first & 0x1f) << 5 | usize::from(second & 0x1f), 1 << bytes.len().min(31)))
    }
    pub fn add(&mut self, word: &str) {
        self.add_bytes(word.as_bytes());
    }
    fn add_bytes(&mut self, word: &[u8]) {
        if let Some((i, bit)) = PairShapes::bit(word) {
            self.0[i] |= bit;
        }
    }
    /// False only when no word of the list has this shape (the empty word
    /// always passes). The folding to five bits makes the answer the same
    /// for every ASCII case of `word`.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        self.may_contain_bytes(word.as_bytes())
    }
    #[inline(always)]
    fn may_contain_bytes(&self, word: &[u8]) -> bool {
        PairShapes::bit(word).is_none_or(|(i, bit)| self.0[i] & bit != 0)
    }
}

/// A set of words, looked up once per token: hashed with a fast fixed
/// hasher (SipHash cost more than the rest of the lookup), behind a
/// [`PairShapes`] filter.
#[derive(Clone, Debug, Default)]
pub struct WordSet {
    set: HashSet<String, foldhash::fast::FixedState>,
    shapes: PairShapes,
}

impl WordSet {
    pub fn contains(&self, word: &str) -> bool {
        self.shapes.may_contain(word) && self.set.contains(word)
    }
    /// False only when `word` is surely not in the set (no hashing).
    pub fn may_contain(&self, word: &str) -> bool {
        self.shapes.may_contain(word)
    }
    pub fn insert(&mut self, word: String) -> bool {
        self.shapes.add(&word);
        self.set.insert(word)
    }
    pub fn retain(&mut self, keep: impl FnMut(&String) -> bool) {
        self.set.retain(keep);
        self.shapes = PairShapes::default();
        for w in &self.set {
            self.shapes.add(w);
        }
    }
    pub fn len(&self) -> usize {
        self.set.len()
    }
    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.set.iter()
    }
}

impl Extend<String> for WordSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, words: I) {
        for w in words {
            self.insert(w);
        }
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> WordSet {
        let mut set = WordSet::default();
        set.extend(words);
        set
    }
}

/// Word classes: the questions the analysis asks of every word, answered
/// for all of a block's tokens by one look-up each
/// ([`WordClasses::classify`]) instead of by each part with its own filter.
/// A token's bits are a superset of its classes: a clear bit rules the
/// class out, a set bit still needs the exact test.
pub mod class {
    /// A maximal alphanumeric run of the token is a key word of the vague
    /// phrases ([`super::Lexicon::vague_matcher`]).
    pub const VAGUE_KEY: u32 = 1 << 0;
    /// ... of the claim markers (`data/claim-markers.txt`).
    pub const CLAIM_KEY: u32 = 1 << 1;
    /// ... of the event words ([`crate::analysis::EVENT_WORDS`]).
    pub const EVENT_KEY: u32 = 1 << 2;
    /// A reporting verb, "according", or another word that can cue a
    /// source ("data", "per", "called", "points").
    pub const CUE: u32 = 1 << 3;
    /// A word that can start a figure ("twelve", "dozens", "several").
    pub const FIGURE_START: u32 = 1 << 4;
    /// A unit of match or clock time ("minute", "half", "innings").
    pub const CLOCK: u32 = 1 << 5;
    /// A part of a whole ("half", "thirds", "quarter").
    pub const SHARE_PART: u32 = 1 << 6;
    /// A kind of document that publishes findings ("Index", "Survey").
    pub const DOCUMENT_KIND: u32 = 1 << 7;
    /// A verb after which "in The ..." names a publication ("reported").
    pub const PUBLISHING: u32 = 1 << 8;
    /// A word that can name a time ([`crate::analysis::time::naming_words`]).
    pub const TIME_WORD: u32 = 1 << 9;
    /// A word a signpost or a definition turns on ("noted" after "should
    /// be", "defined", "refers", "means"): [`crate::analysis::claim::SIGNPOST_WORDS`].
    pub const SIGNPOST: u32 = 1 << 10;
    /// A word that opens one of own-act's rarer readings: a court, "under"
    /// a named rule, the writers' "our" or "my"
    /// ([`crate::analysis::OWN_ACT_KEYS`]).
    pub const OWN_ACT_KEY: u32 = 1 << 11;
    /// A word that can drop a sentence's figures: a condition ("if"), a
    /// definition ("defined"), a rating ("stars"), a game's tally
    /// ("wickets", "birdies", "free throws"):
    /// [`crate::analysis::figures::DROP_KEYS`].
    pub const FIGURE_DROP_KEY: u32 = 1 << 12;
    /// A verb one of own-act's tests asks for ("decided", "fined",
    /// "interviewed"): [`crate::analysis::own_act_verbs`].
    pub const OWN_ACT_VERB: u32 = 1 << 13;
    /// The bits the classes may use: a token's class value holds its time
    /// lexicon entry above them ([`super::WordClasses::with_time_entries`]).
    pub(crate) const BITS: u32 = 0xFFFF;
    /// Where that entry starts.
    pub(crate) const TIME_ENTRY_SHIFT: u32 = BITS.count_ones();
}

/// A fixed set of ASCII lower-case words with their class bits, in an
/// open-addressing table keyed by the word's first eight bytes and length:
/// most look-ups load one slot and compare one integer.
#[derive(Clone, Debug)]
pub struct WordClasses {
    /// The words' shapes: most words of a text are ruled out by one
    /// look-up, without hashing.
    shapes: PairShapes,
    slots: Box<[ClassSlot]>,
    shift: u32,
    /// Which hashes ([`WordClasses::hash`]) the words have, by their top
    /// [`HOMES_BITS`] bits, one bit each: a word of a text whose bit is
    /// clear is absent without a probe of the slots (whose linear probing,
    /// half full, visits two or three slots for an absent word). Of a fixed
    /// size (eight bits per slot of the built-in table's 2048), so that
    /// its index needs no bounds test nor a shift by a loaded amount.
    homes: Box<[u64; HOMES_LEN]>,
    /// The bytes past the eighth of the longer words.
    tails: Vec<u8>,
    /// Some words longer than eight bytes did not fit in `tails`.
    tails_full: bool,
    /// The table holds every word of the time expressions' lexicon with
    /// its entry ([`WordClasses::with_time_entries`]).
    time_entries: bool,
}

/// Sixteen bytes, so that the table of a few hundred words stays small in
/// the cache.
#[derive(Clone, Copy, Debug, Default)]
struct ClassSlot {
    head: u64,
    /// The word's classes ([`class::BITS`]) and, above them, its time
    /// lexicon entry plus one (0 for none).
    class: u32,
    /// The word's length (low eight bits; 0 marks an empty slot) and where
    /// its bytes past the eighth start in `tails` (the rest).
    len_tail: u32,
}

/// How many top bits of a word's hash index `homes` ([`WordClasses`]).
const HOMES_BITS: u32 = 14;
/// The integers of `homes`.
const HOMES_LEN: usize = (1 << HOMES_BITS) / 64;
/// The longest word the table holds; a longer one is answered with every
/// class.
const LONGEST_WORD: usize = 255;
/// The most bytes of tails the table holds (words past it are answered
/// with every class when longer than eight bytes).
const MOST_TAILS: usize = 1 << 24;

impl WordClasses {
    pub fn new<'w>(words: impl IntoIterator<Item = (&'w str, u32)>) -> WordClasses {
        WordClasses::build(words, std::iter::empty(), false)
    }

    /// [`WordClasses::new`], the table also holding `entries`, every word
    /// of the time expressions' lexicon with its entry plus one
    /// ([`crate::analysis::time::lexicon_entries`]): the class value
    /// [`WordClasses::of_form`] gives a word of one run holds its entry
    /// above [`class::BITS`] (0 for none), so that the time scan need not
    /// look the word up again.
    pub fn with_time_entries<'w, 'e>(words: impl IntoIterator<Item = (&'w str, u32)>, entries: impl IntoIterator<Item = (&'e str, u16)>) -> WordClasses {
        WordClasses::build(words, entries, true)
    }

    /// Whether the table was built [`WordClasses::with_time_entries`].
    pub fn holds_time_entries(&self) -> bool {
        self.time_entries
    }

    fn build<'w, 'e>(words: impl IntoIterator<Item = (&'w str, u32)>, entries: impl IntoIterator<Item = (&'e str, u16)>, time_entries: bool) -> WordClasses {
        // (a map: merging by a scan of the list cost more than the rest of
        // building the lexicon)
        let mut merged: std::collections::HashMap<Vec<u8>, u32, foldhash::fast::FixedState> = Default::default();
        let mut merge = |word: &str, bits: u32| {
            let word = word.to_ascii_lowercase().into_bytes();
            // Only ASCII words are looked up (see `of_form`).
            if !word.is_empty() && word.is_ascii() {
                *merged.entry(word).or_default() |= bits;
            }
        };
        for (word, bits) in words {
            merge(word, bits & class::BITS);
        }
        for (word, entry) in entries {
            merge(word, u32::from(entry) << class::TIME_ENTRY_SHIFT);
        }
        let size = (merged.len() * 2).next_power_of_two().max(16);
        let mut table = WordClasses {
            shapes: PairShapes::default(),
            slots: vec![ClassSlot::default(); size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
            homes: Box::new([0; HOMES_LEN]),
            tails: Vec::new(),
            tails_full: false,
            time_entries,
        };
        for (word, class) in merged {
            table.shapes.add_bytes(&word);
            // (a word left out here is answered with every class)
            let tail = table.tails.len();
            if word.len() > LONGEST_WORD {
                continue;
            }
            if word.len() > 8 && tail + word.len() - 8 > MOST_TAILS {
                table.tails_full = true;
                continue;
            }
            table.tails.extend_from_slice(word.get(8..).unwrap_or_default());
            let hash = WordClasses::hash(head(&word), word.len());
            let bit = (hash >> (64 - HOMES_BITS)) as usize;
            table.homes[bit / 64] |= 1 << (bit % 64);
            let mut i = table.home(head(&word), word.len());
            while table.slots[i].len_tail != 0 {
                i = (i + 1) & (table.slots.len() - 1);
            }
            table.slots[i] = ClassSlot { head: head(&word), class, len_tail: (tail as u32) << 8 | word.len() as u32 };
        }
        table
    }

    /// The hash of a word of length `len` and head `h`: its top bits are
    /// its slot's ([`WordClasses::home`]) and its bit's in `homes`.
    #[inline(always)]
    fn hash(h: u64, len: usize) -> u64 {
        (h ^ (len as u64).rotate_right(8)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }

    /// The first slot to look in for a word of length `len` and head `h`.
    #[inline(always)]
    fn home(&self, h: u64, len: usize) -> usize {
        (WordClasses::hash(h, len) >> self.shift) as usize
    }

    /// The classes of `word`, ASCII lower case; 0 for a word of no class.
    #[inline]
    pub fn get(&self, word: &[u8]) -> u32 {
        if !self.shapes.may_contain_bytes(word) {
            return 0;
        }
        classes_of(self.get_with_head(word, head(word)))
    }

    /// The value of `word`, its classes and time entry ([`ClassSlot`]), or
    /// every bit when it is not known, with `h` = [`head`]`(word)`.
    #[inline(always)]
    fn get_with_head(&self, word: &[u8], h: u64) -> u32 {
        let len = word.len();
        if len == 0 {
            return 0;
        }
        if len > LONGEST_WORD || (len > 8 && self.tails_full) {
            return u32::MAX;
        }
        let mut i = self.home(h, len);
        loop {
            let slot = &self.slots[i];
            if slot.len_tail == 0 {
                return 0;
            }
            if slot.head == h && (slot.len_tail & 0xff) as usize == len {
                let tail = (slot.len_tail >> 8) as usize;
                if len <= 8 || self.tails.get(tail..tail + len - 8) == word.get(8..) {
                    return slot.class;
                }
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }

    /// [`WordClasses::get_with_head`], out of line.
    #[inline(never)]
    fn probe(&self, word: &[u8], h: u64) -> u32 {
        self.get_with_head(word, h)
    }

    /// The classes of a token whose ASCII lower-case form is
    /// `source[start..end]`: those of the form and, unless it is `one_run`,
    /// of each of its alphanumeric runs; and, when it is `one_run`, its time
    /// lexicon entry above [`class::BITS`] when the table holds them
    /// ([`WordClasses::with_time_entries`]). The form's first eight bytes
    /// are read from `source` in one load where it has them.
    // (inlined into the tokenizer, its one caller, with the runs of a word
    // of several looked up out of line: the call cost a tenth of a look-up)
    #[inline(always)]
    pub fn of_form(&self, source: &[u8], start: usize, end: usize, one_run: bool) -> u32 {
        // (`end` before `start` leaves no form, as `source.get(start..end)`)
        match source.get(start..).and_then(|rest| Some((rest.get(..end.wrapping_sub(start))?, rest))) {
            Some((form, rest)) => self.of_word(form, rest, one_run),
            None => super::tokens::UNCLASSIFIED,
        }
    }

    /// [`WordClasses::of_form`] of `form`, the start of `rest` (from which
    /// its first eight bytes are read in one load where it has them).
    #[inline(always)]
    pub fn of_word(&self, form: &[u8], rest: &[u8], one_run: bool) -> u32 {
        debug_assert!(rest.starts_with(form));
        let len = form.len();
        let class = if len == 0 || len > LONGEST_WORD || (len > 8 && self.tails_full) {
            // (a word left out of the table has every class, unless its
            // shape rules it out)
            if self.shapes.may_contain_bytes(form) { self.get_with_head(form, head(form)) } else { 0 }
        } else {
            // The hash's bit rules out most absent words: more of them,
            // for fewer instructions, than the shapes (a third of the words
            // of a text are in the table, and their hash is needed anyway).
            let h = match rest.first_chunk::<8>() {
                Some(&first) => u64::from_le_bytes(first) & head_mask(len),
                _ => head(form),
            };
            let hash = WordClasses::hash(h, len);
            let bit = (hash >> (64 - HOMES_BITS)) as usize;
            if self.homes.get(bit / 64).is_some_and(|w| w & 1 << (bit % 64) != 0) {
                // A word of eight bytes or fewer in its home slot (most
                // words found) is answered here, the rest by the probe.
                match self.slots.get((hash >> self.shift) as usize) {
                    Some(slot) if len <= 8 && slot.head == h && (slot.len_tail & 0xff) as usize == len => slot.class,
                    _ => self.probe(form, h),
                }
            } else {
                0
            }
        };
        if one_run { class } else { self.with_runs(class, form) }
    }

    /// The classes of the value `class` of `form`, a word of several runs,
    /// and of each of its alphanumeric runs.
    #[inline(never)]
    fn with_runs(&self, class: u32, form: &[u8]) -> u32 {
        let mut class = classes_of(class);
        for run in form.split(|b| !b.is_ascii_alphanumeric()) {
            class |= self.get(run);
        }
        class
    }
}

/// The classes of a table value: its class bits, or every class when the
/// word was not known ([`super::tokens::UNCLASSIFIED`]).
#[inline(always)]
fn classes_of(value: u32) -> u32 {
    if value == super::tokens::UNCLASSIFIED { value } else { value & class::BITS }
}

/// The mask of the first `len` bytes of an integer of eight.
#[inline(always)]
fn head_mask(len: usize) -> u64 {
    // (a shift by a multiple of eight, none past 64, instead of a branch)
    u64::MAX.checked_shr(8 * (8 - len.min(8)) as u32).unwrap_or(0)
}

/// The first eight bytes of `word`, zero-padded, as one integer.
#[inline(always)]
fn head(word: &[u8]) -> u64 {
    match word.first_chunk::<8>() {
        Some(first) => u64::from_le_bytes(*first),
        // (byte by byte: a copy of a variable length is a call to memcpy)
        None => word.iter().rev().fold(0, |h, &b| h << 8 | u64::from(b)),
    }
}

/// The word lists one check uses: built-ins plus house extensions.
#[derive(Debug)]
pub struct Lexicon {
    pub reporting_verbs: WordSet,
    pub vague_sources: WordSet,
    pub anonymous_sources: WordSet,
    pub trusted_sources: Vec<String>,
    pub vague_phrases: Vec<String>,
    pub never_vague: Vec<String>,
    pub vague_matcher: PhraseMatcher,
    pub anonymity_matcher: PhraseMatcher,
    pub abbreviations: WordSet,
    /// The house's custom source placeholder, which marks a sentence as
    /// awaiting its source like `[citation needed]` does.
    pub placeholders: Vec<String>,
    /// Every word of a [`class`], for [`WordClasses::classify`].
    pub classes: WordClasses,
}

/// House changes to the built-in lists.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct LexiconExtensions {
    pub reporting_verbs: Vec<String>,
    pub trusted_sources: Vec<String>,
    pub vague_phrases: Vec<String>,
    pub never_vague: Vec<String>,
    pub placeholders: Vec<String>,
}

impl LexiconExtensions {
    pub fn is_empty(&self) -> bool {
        *self == LexiconExtensions::default()
    }
}

static DEFAULT: LazyLock<Arc<Lexicon>> = LazyLock::new(|| Arc::new(Lexicon::build(&LexiconExtensions::default())));

impl Lexicon {
    pub fn builtin() -> &'static Lexicon {
        &DEFAULT
    }

    /// The built-in lexicon, shared.
    pub fn shared() -> Arc<Lexicon> {
        Arc::clone(&DEFAULT)
    }

    /// The built-in lexicon, or one built with the house extensions.
    pub fn with_extensions(ext: &LexiconExtensions) -> Arc<Lexicon> {
        if ext.is_empty() { Lexicon::shared() } else { Arc::new(Lexicon::build(ext)) }
    }

    pub fn build(ext: &LexiconExtensions) -> Lexicon {
        let lower = |s: &str| s.to_lowercase();
        let mut reporting_verbs: WordSet = lines(REPORTING_VERBS).map(lower).collect();
        reporting_verbs.extend(ext.reporting_verbs.iter().map(|s| lower(s)));
        let never_vague: Vec<String> = ext.never_vague.iter().map(|s| lower(s)).collect();
        let mut vague_phrases: Vec<String> = lines(VAGUE_PHRASES).map(lower).collect();
        vague_phrases.extend(ext.vague_phrases.iter().map(|s| lower(s)));
        vague_phrases.retain(|p| !never_vague.contains(p));
        let mut vague_sources: WordSet = lines(VAGUE_SOURCES).map(lower).collect();
        vague_sources.retain(|w| !never_vague.contains(w));
        let vague_matcher = phrase_matcher(&vague_phrases).with_class(class::VAGUE_KEY);
        let anonymity: Vec<String> = lines(ANONYMITY_PHRASES).map(lower).collect();
        let claim_markers: &PhraseMatcher = &super::claim::MARKERS;
        let event_words: &PhraseMatcher = &super::EVENT_WORDS;
        let classes = WordClasses::with_time_entries(
            [(&vague_matcher, class::VAGUE_KEY), (claim_markers, class::CLAIM_KEY), (event_words, class::EVENT_KEY)]
                .into_iter()
                .flat_map(|(matcher, bit)| matcher.key_words.iter().flat_map(KeyWords::words).map(move |w| (w, bit)))
                .chain(reporting_verbs.iter().map(|w| (w.as_str(), class::CUE)))
                .chain(super::attribution::CUE_WORDS.iter().chain(super::attribution::PRODUCED).map(|w| (*w, class::CUE)))
                .chain(super::figures::start_words().map(|w| (w, class::FIGURE_START)))
                .chain(super::claim::CLOCK_WORDS.iter().map(|w| (*w, class::CLOCK)))
                .chain(super::claim::SIGNPOST_WORDS.iter().map(|w| (*w, class::SIGNPOST)))
                .chain(super::OWN_ACT_KEYS.iter().map(|w| (*w, class::OWN_ACT_KEY)))
                .chain(super::own_act_verbs().map(|w| (w, class::OWN_ACT_VERB)))
                .chain(super::figures::DROP_KEYS.iter().chain(super::figures::GAME_WORDS).map(|w| (*w, class::FIGURE_DROP_KEY)))
                .chain(super::figures::PARTS.iter().map(|w| (*w, class::SHARE_PART)))
                .chain(super::attribution::DOCUMENT_KINDS.iter().map(|w| (*w, class::DOCUMENT_KIND)))
                .chain(super::attribution::PUBLISHING_VERBS.iter().map(|w| (*w, class::PUBLISHING)))
                .chain(super::time::naming_words().map(|w| (w, class::TIME_WORD))),
            super::time::lexicon_entries(),
        );
        Lexicon {
            reporting_verbs,
            vague_sources,
            anonymous_sources: lines(ANONYMOUS_SOURCES).map(lower).collect(),
            trusted_sources: ext.trusted_sources.clone(),
            vague_phrases,
            never_vague,
            vague_matcher,
            anonymity_matcher: phrase_matcher(&anonymity),
            abbreviations: lines(ABBREVIATIONS).map(str::to_string).collect(),
            placeholders: ext.placeholders.clone(),
            classes,
        }
    }

    pub fn is_reporting_verb(&self, lower: &str) -> bool {
        self.reporting_verbs.contains(lower)
    }
}

fn phrase_matcher(phrases: &[String]) -> PhraseMatcher {
    PhraseMatcher::new(phrases, MatchKind::LeftmostLongest)
}

/// An ASCII-case-insensitive Aho-Corasick matcher that starts as an NFA,
/// cheap to build (a short check starts fast), and becomes a DFA, several
/// times costlier to build but faster to search, once it has searched
/// enough text to pay for it. The matches are the same either way.
#[derive(Debug)]
pub struct PhraseMatcher {
    patterns: Vec<String>,
    kind: MatchKind,
    nfa: AhoCorasick,
    dfa: OnceLock<AhoCorasick>,
    searched: AtomicUsize,
    /// One word of every pattern, when every pattern has one.
    key_words: Option<KeyWords>,
    /// The [`class`] bit of the key words, when they have one: then a
    /// classified token answers whether it holds one without a look-up.
    class: u32,
}

impl PhraseMatcher {
    /// Bytes searched with the NFA before the DFA is built.
    const DFA_AFTER: usize = 64 * 1024;

    pub fn new<P: AsRef<str>>(patterns: &[P], kind: MatchKind) -> PhraseMatcher {
        let patterns: Vec<String> = patterns.iter().map(|p| p.as_ref().to_string()).collect();
        let nfa = Self::build(&patterns, kind, AhoCorasickKind::ContiguousNFA);
        let key_words = KeyWords::new(&patterns);
        PhraseMatcher { patterns, kind, nfa, dfa: OnceLock::new(), searched: AtomicUsize::new(0), key_words, class: 0 }
    }

    /// The matcher whose key words are the words of class `bit`
    /// ([`Lexicon::classes`] must hold them under it): tokens are then
    /// asked for the bit instead of looked up.
    pub fn with_class(mut self, bit: u32) -> PhraseMatcher {
        if self.key_words.is_some() {
            self.class = bit;
        }
        self
    }

    /// Whether some token may hold a key word (see [`KeyWords`]).
    fn any_key_in_tokens(&self, tokens: &[Token<'_>]) -> bool {
        match &self.key_words {
            None => true,
            Some(k) if self.class != 0 => (0..tokens.len()).any(|at| tokens[at].may_be(self.class) && k.may_match_around(tokens, at)),
            Some(k) => k.any_in_tokens(tokens),
        }
    }

    fn build(patterns: &[String], kind: MatchKind, automaton: AhoCorasickKind) -> AhoCorasick {
        AhoCorasickBuilder::new().ascii_case_insensitive(true).match_kind(kind).kind(Some(automaton)).build(patterns).expect("word lists are small and valid")
    }

    /// Whether a text whose tokens are `tokens` ([`super::tokens::tokenize`]
    /// of exactly the text, white space around it aside) may hold a
    /// whole-word match: false only when none of its maximal alphanumeric
    /// runs is a key word (see [`KeyWords`]), so that none can.
    pub fn may_match_tokens(&self, tokens: &[Token<'_>]) -> bool {
        self.any_key_in_tokens(tokens)
    }

    /// The automaton to search a haystack of `len` bytes with.
    pub fn automaton(&self, len: usize) -> &AhoCorasick {
        if let Some(dfa) = self.dfa.get() {
            return dfa;
        }
        if self.searched.fetch_add(len, Ordering::Relaxed) + len < Self::DFA_AFTER {
            return &self.nfa;
        }
        self.dfa.get_or_init(|| Self::build(&self.patterns, self.kind, AhoCorasickKind::DFA))
    }
}

/// One word of every phrase: its longest maximal alphanumeric run
/// ([`char::is_alphanumeric`]), lowercased in ASCII.
///
/// A whole-word match of a phrase (what [`find_phrases`] keeps) contains
/// each of the phrase's runs, equal up to ASCII case, bounded by characters
/// that are not alphanumeric or by the match's ends, and the match is itself
/// bounded so; so each run of the phrase is a maximal run of the text. A
/// text none of whose runs is a key word has no whole-word match, and is
/// not searched.
#[derive(Debug)]
struct KeyWords {
    /// The key words' shapes: most words of a text that are not key words
    /// are ruled out by one look-up.
    shapes: PairShapes,
    /// The key words by their first byte.
    by_first_byte: Vec<Vec<Box<[u8]>>>,
    /// The length of the shortest key word: a shorter token ("the", "of")
    /// holds none, and needs no look-up.
    shortest: usize,
    /// Each key word's phrases, as their runs (ASCII lower case) and the
    /// position of the key word among them.
    phrases: std::collections::HashMap<Box<[u8]>, Vec<PhraseRuns>, foldhash::fast::FixedState>,
}

/// A phrase's runs (ASCII lower case) and the position of its key word
/// among them.
type PhraseRuns = (Box<[Box<[u8]>]>, usize);

impl KeyWords {
    /// None when a pattern has no alphanumeric run: it can match anywhere.
    fn new(patterns: &[String]) -> Option<KeyWords> {
        let mut key_words = KeyWords { shapes: PairShapes::default(), by_first_byte: vec![Vec::new(); 256], shortest: usize::MAX, phrases: Default::default() };
        for pattern in patterns {
            // The longest run (the first of equals): rarer in text than the
            // short words of a phrase ("it", "is").
            let key = pattern.split(|c: char| !c.is_alphanumeric()).rev().max_by_key(|run| run.len()).filter(|run| !run.is_empty())?;
            let key = key.to_ascii_lowercase().into_bytes();
            let runs: Box<[Box<[u8]>]> = pattern.split(|c: char| !c.is_alphanumeric()).filter(|run| !run.is_empty()).map(|run| run.to_ascii_lowercase().into_bytes().into_boxed_slice()).collect();
            let entry = key_words.phrases.entry(key.clone().into_boxed_slice()).or_default();
            for (at, run) in runs.iter().enumerate() {
                if **run == *key {
                    entry.push((runs.clone(), at));
                }
            }
            key_words.shapes.add_bytes(&key);
            key_words.shortest = key_words.shortest.min(key.len());
            let bucket = &mut key_words.by_first_byte[usize::from(key[0])];
            if !bucket.iter().any(|k| **k == *key) {
                bucket.push(key.into_boxed_slice());
            }
        }
        Some(key_words)
    }

    /// Whether a phrase may match around token `at`, a key word's token
    /// (see [`class`]) among a text's `tokens`: false only when for each
    /// of the word's phrases a run of the phrase next to the key word
    /// differs from the text's run there. A whole-word match is a run of
    /// the text's maximal alphanumeric runs, in order; the tokens give
    /// them (punctuation between them aside) when each is one classified
    /// run: a token that is not ([`crate::analysis::tokens::UNCLASSIFIED`],
    /// or several runs) is taken to match.
    fn may_match_around(&self, tokens: &[Token<'_>], at: usize) -> bool {
        let opaque = |t: &Token<'_>| t.class == super::tokens::UNCLASSIFIED || !t.is_one_run();
        let key = &tokens[at];
        if opaque(key) {
            return true;
        }
        let Some(phrases) = self.phrases.get(key.lower().as_bytes()) else { return true };
        let fits = |run: &[u8], t: Option<&Token<'_>>| t.is_some_and(|t| opaque(t) || t.lower().as_bytes() == run);
        phrases.iter().any(|(runs, key_at)| {
            // The runs before the key word, nearest first, against the
            // words before it; then those after.
            let mut before = tokens[..at].iter().rev().filter(|t| t.kind != TokenKind::Punct);
            let mut after = tokens[at + 1..].iter().filter(|t| t.kind != TokenKind::Punct);
            runs[..*key_at].iter().rev().all(|run| fits(run, before.next())) && runs[key_at + 1..].iter().all(|run| fits(run, after.next()))
        })
    }

    /// The key words, ASCII lower case.
    fn words(&self) -> impl Iterator<Item = &str> {
        self.by_first_byte.iter().flatten().filter_map(|k| std::str::from_utf8(k).ok())
    }

    /// Whether `run` is a key word, in any ASCII case.
    #[inline(always)]
    fn is_key(&self, run: &[u8]) -> bool {
        self.shapes.may_contain_bytes(run) && run.first().is_some_and(|&first| self.by_first_byte[usize::from(first.to_ascii_lowercase())].iter().any(|k| k.eq_ignore_ascii_case(run)))
    }

    /// Whether some maximal alphanumeric run of a text is a key word, for
    /// `tokens`, the text's tokens ([`super::tokens::tokenize`]). Every
    /// alphanumeric character is in a word or number token; a token's runs
    /// are runs of the text, since a token ends before an alphanumeric
    /// character only where a number meets a non-ASCII digit or numeral
    /// ("5²"), which is answered with yes.
    fn any_in_tokens(&self, tokens: &[Token<'_>]) -> bool {
        let mut number_end = None;
        for t in tokens {
            if t.kind == TokenKind::Punct {
                continue;
            }
            if number_end == Some(t.span.start) {
                return true;
            }
            number_end = (t.kind == TokenKind::Number).then_some(t.span.end);
            if t.text.len() < self.shortest {
                continue;
            }
            let found = if t.is_one_run() { self.is_key(t.text.as_bytes()) } else { t.text.split(|c: char| !c.is_alphanumeric()).any(|run| self.is_key(run.as_bytes())) };
            if found {
                return true;
            }
        }
        false
    }
}

/// Find whole-word matches of a phrase matcher in `text[start..end]`,
/// treating curly apostrophes as straight ones by matching on a copy.
pub fn find_phrases(matcher: &PhraseMatcher, text: &str, start: usize, end: usize) -> Vec<(usize, usize, usize)> {
    phrases(matcher, text, start, end).collect()
}

/// The matches of [`find_phrases`], searched for as they are asked for.
fn phrases<'m>(matcher: &'m PhraseMatcher, text: &'m str, start: usize, end: usize) -> impl Iterator<Item = (usize, usize, usize)> + 'm {
    text.get(start..end).into_iter().flat_map(move |hay| {
        let automaton = matcher.automaton(hay.len());
        let mut from = 0;
        std::iter::from_fn(move || {
            while from <= hay.len() {
                let m = automaton.find(aho_corasick::Input::new(hay).range(from..))?;
                let before_ok = !hay[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric);
                let after_ok = !hay[m.end()..].chars().next().is_some_and(char::is_alphanumeric);
                if before_ok && after_ok {
                    from = m.end();
                    return Some((m.pattern().as_usize(), start + m.start(), start + m.end()));
                }
                // A match that is no whole phrase ("it is reported" in "it
                // is reportedly") must not hide one that starts inside it
                // ("reportedly"): search again from its next character.
                from = m.start() + hay[m.start()..].chars().next().map_or(1, char::len_utf8);
            }
            None
        })
    })
}

/// [`find_phrases`] for a text whose tokens are known: `tokens` must be
/// the tokens of exactly `text[start..end]` (white space around it aside).
/// A text without any of the matcher's key words has no match (see
/// [`KeyWords`]) and is not searched: checking the tokens costs far less
/// than the search. Otherwise the automaton's matches are filtered as
/// always.
pub fn find_phrases_in_tokens(matcher: &PhraseMatcher, text: &str, start: usize, end: usize, tokens: &[Token<'_>]) -> Vec<(usize, usize, usize)> {
    if !matcher.any_key_in_tokens(tokens) {
        return Vec::new();
    }
    find_phrases(matcher, text, start, end)
}

/// Whether some match of [`find_phrases_in_tokens`] passes `keep`: the
/// search stops at the first that does.
pub fn any_phrase_in_tokens(matcher: &PhraseMatcher, text: &str, start: usize, end: usize, tokens: &[Token<'_>], keep: impl FnMut((usize, usize, usize)) -> bool) -> bool {
    matcher.any_key_in_tokens(tokens) && phrases(matcher, text, start, end).any(keep)
}

/// [`find_phrases`] for a stretch `text[start..end]` of a text whose
/// tokens `tokens` (spans in `text`, in order) cover every alphanumeric
/// character of the stretch: not searched when no token inside it holds
/// a key word (see [`KeyWords`]); a token cut by either end of the
/// stretch, whose runs may not be the stretch's, lets it be searched.
pub fn find_phrases_within(matcher: &PhraseMatcher, text: &str, start: usize, end: usize, tokens: &[Token<'_>]) -> Vec<(usize, usize, usize)> {
    if let Some(key_words) = &matcher.key_words {
        let first = tokens.partition_point(|t| t.span.end <= start);
        let inside = &tokens[first..tokens.partition_point(|t| t.span.start < end).max(first)];
        let cut = inside.first().is_some_and(|t| t.span.start < start) || inside.last().is_some_and(|t| t.span.end > end);
        if !cut && !key_words.any_in_tokens(inside) {
            return Vec::new();
        }
    }
    find_phrases(matcher, text, start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    type Matches = Vec<(usize, usize, usize)>;

    /// Matches with the key-word prefilter and without it, on `text[start..end]`.
    /// Matches with the key-word prefilter on tokens classified by
    /// `lexicon` and without it, on `text[start..end]`; checks on the way
    /// that unclassified tokens give the same.
    fn both(matcher: &PhraseMatcher, lexicon: &Lexicon, text: &str, start: usize, end: usize) -> (Matches, Matches) {
        let span = crate::span::Span::new(start, end);
        let unclassified = crate::analysis::tokens::tokenize(text, span);
        let lowered = text.to_ascii_lowercase();
        let tokens = crate::analysis::tokens::tokenize_classified(text, &lowered, span, &lexicon.classes);
        let filtered = find_phrases_in_tokens(matcher, text, start, end, &tokens);
        assert_eq!(filtered, find_phrases_in_tokens(matcher, text, start, end, &unclassified), "{text:?}");
        let mut seen = Vec::new();
        let second = filtered.get(1).copied();
        assert_eq!(any_phrase_in_tokens(matcher, text, start, end, &tokens, |m| { seen.push(m); Some(m) == second }), second.is_some(), "{text:?}");
        assert_eq!(seen, filtered[..filtered.len().min(2)], "the search stops at the first match kept: {text:?}");
        (filtered, find_phrases(matcher, text, start, end))
    }

    #[test]
    fn the_key_word_prefilter_changes_no_match() {
        let claim_markers: Vec<&str> = lines(include_str!("../../data/claim-markers.txt")).collect();
        let claim = PhraseMatcher::new(&claim_markers, MatchKind::LeftmostLongest);
        let builtin = Lexicon::builtin();
        let extended = Lexicon::build(&LexiconExtensions {
            vague_phrases: vec!["Sources close to".into(), "the habit".into(), "ÜBER-Quelle".into(), "U.S. officials".into(), "9٣".into()],
            never_vague: vec!["reportedly".into()],
            ..LexiconExtensions::default()
        });
        let no_words = phrase_matcher(&["it is said".to_string(), "--".to_string()]);
        assert!(extended.vague_matcher.key_words.is_some() && no_words.key_words.is_none());
        let claim_classed: &PhraseMatcher = &crate::analysis::claim::MARKERS;
        let events: &PhraseMatcher = &crate::analysis::EVENT_WORDS;
        let matchers = [
            (&builtin.vague_matcher, builtin),
            (&builtin.anonymity_matcher, builtin),
            (&claim, builtin),
            (claim_classed, builtin),
            (events, builtin),
            (&extended.vague_matcher, &extended),
            (&no_words, builtin),
        ];
        let pieces = [
            " ", "it is said", "It Is SAID", "habit", "is said to", "according to", "According", "sources say", "Sources close to", "over", "report", "edly",
            "reportedly", "officials", "speaking anonymously", "since", "caused", "the most", "significantly", "über", "ÜBER-Quelle", "Quelle", "U.S.", "e.g.",
            "1,500.5", "’s", "'s", "“", "”", "é", "ß", "İ", "\u{212A}", "\u{a0}", "-", "‐", "9", "٣", "²", "x", ",", ".", "--", "\n", "studies", "show", "said", "it", "is", "to", "was", "the", "data", "been", "has", "say", "people", "some", "many", "believe", "a", "poll", "found",
            "recent", "led", "due", "because", "of", "well-it", "5", "²", "٣٣", "cases",
        ];
        let mut found = 0;
        for s in crate::analysis::random_texts(&pieces, 23, 20000, 59, 1, 13) {
            for (m, lexicon) in matchers {
                let (filtered, unfiltered) = both(m, lexicon, &s, 0, s.len());
                assert_eq!(filtered, unfiltered, "{s:?}");
                found += filtered.len();
                // A part of the text: its ends are the ends of its runs.
                let mid = (s.len() / 2..s.len()).find(|&k| s.is_char_boundary(k)).unwrap_or(s.len());
                let (filtered, unfiltered) = both(m, lexicon, &s, mid, s.len());
                assert_eq!(filtered, unfiltered, "{s:?} from {mid}");
            }
        }
        assert!(found > 1000, "the texts exercise the matchers: {found}");
    }

    /// The gate of [`find_phrases_within`] hides no match, on stretches of
    /// random texts that start and end anywhere, inside words too.
    #[test]
    fn the_gate_of_a_stretch_changes_no_match() {
        let builtin = Lexicon::builtin();
        let pieces = [
            " ", " ", ", ", ". ", "speaking anonymously", "anonymously", "anonymouslyx", "on condition of anonymity", "who declined to be named", "named", "familiar with the", "familiar",
            "with", "the", "matter", "close to the", "closed", "briefed on the", "with knowledge of", "knowledge", "not authorized to speak", "officials", "said", "A", "an", "official",
            "é", "ß", "İ", "5", "²", "٣", "x", "-", "’", "'", "“", "\n",
        ];
        let mut found = 0;
        for s in crate::analysis::random_texts(&pieces, 47, 1500, 59, 1, 11) {
            let tokens = crate::analysis::tokens::tokenize(&s, crate::span::Span::new(0, s.len()));
            let bounds: Vec<usize> = (0..=s.len()).filter(|&k| s.is_char_boundary(k)).collect();
            for (i, &start) in bounds.iter().enumerate().step_by(5) {
                for &end in bounds[i..].iter().step_by(11) {
                    let gated = find_phrases_within(&builtin.anonymity_matcher, &s, start, end, &tokens);
                    assert_eq!(gated, find_phrases(&builtin.anonymity_matcher, &s, start, end), "{s:?} {start}..{end}");
                    found += gated.len();
                }
            }
        }
        assert!(found > 1000, "the texts exercise the matcher: {found}");
    }

    #[test]
    fn word_sets_find_every_word_they_hold() {
        let lexicon = Lexicon::builtin();
        for set in [&lexicon.reporting_verbs, &lexicon.vague_sources, &lexicon.anonymous_sources, &lexicon.abbreviations] {
            for w in set.iter() {
                assert!(set.may_contain(w) && set.contains(w), "{w:?}");
            }
        }
        let set: WordSet = ["said", "é", "a", "x"].into_iter().map(String::from).collect();
        for absent in ["some", "sa", "saidx", "", "ë", "b", "A"] {
            assert!(!set.contains(absent), "{absent:?}");
        }
        assert!(!set.may_contain("some") && !set.may_contain("such") && set.may_contain(""));
    }

    #[test]
    fn a_match_inside_a_word_does_not_hide_a_whole_word_one() {
        // ("it is said" inside "habit is said" is no phrase; "is said to" is)
        let text = "The habit is said to spread.";
        let builtin = Lexicon::builtin();
        let (filtered, unfiltered) = both(&builtin.vague_matcher, builtin, text, 0, text.len());
        assert_eq!(filtered, unfiltered);
        assert_eq!(filtered.iter().map(|&(_, s, e)| &text[s..e]).collect::<Vec<_>>(), ["is said to"]);
        // ("it is reported" is no whole phrase in "it is reportedly")
        let text = "A plan to replace it is reportedly on hold.";
        let (filtered, unfiltered) = both(&builtin.vague_matcher, builtin, text, 0, text.len());
        assert_eq!(filtered, unfiltered);
        assert_eq!(filtered.iter().map(|&(_, s, e)| &text[s..e]).collect::<Vec<_>>(), ["reportedly"]);
        let text = "It is said to spread.";
        let (filtered, unfiltered) = both(&builtin.vague_matcher, builtin, text, 0, text.len());
        assert_eq!((filtered.len(), unfiltered.len()), (1, 1));
    }

    #[test]
    fn word_classes_hold_their_words_and_no_others() {
        let classes = WordClasses::new([("said", 1), ("according", 2), ("internationally", 4), ("internationalist", 8), ("a", 16), ("Said", 32), ("ÜBER", 64)]);
        assert_eq!(classes.get(b"said"), 1 | 32, "a word given twice has both classes");
        assert_eq!(classes.get(b"according"), 2);
        assert_eq!(classes.get(b"internationally"), 4);
        assert_eq!(classes.get(b"internationalist"), 8, "long words sharing eight bytes differ by their tails");
        assert_eq!(classes.get(b"a"), 16);
        let long = "x".repeat(LONGEST_WORD + 1);
        let classes_with_long = WordClasses::new([(long.as_str(), 1), ("said", 2)]);
        assert_eq!(classes_with_long.get(long.as_bytes()) & 1, 1, "a word too long for the table has every class");
        assert_eq!(classes_with_long.get(b"said"), 2);
        for absent in [&b"sai"[..], b"saidx", b"", b"internationall", b"internationallyx", b"b", b"SAID", "über".as_bytes()] {
            assert_eq!(classes.get(absent), 0, "{:?}", String::from_utf8_lossy(absent));
        }
        // `of_form` answers as `get` for a word of one run, read from a text
        // with bytes after it (its head read in one load) or without.
        let mut words: Vec<Vec<u8>> = ["said", "according", "internationally", "internationalist", "a", "sai", "saidx", "internationall", "internationallyx", "b", "SAID", "über", "x"].iter().map(|w| w.as_bytes().to_vec()).collect();
        words.push(long.into_bytes());
        words.push(b"y".repeat(LONGEST_WORD + 1));
        for table in [&classes, &classes_with_long] {
            for word in &words {
                let padded = [b"  ".as_slice(), word, b" and some more"].concat();
                assert_eq!(table.of_form(&padded, 2, 2 + word.len(), true), table.get(word), "{:?}", String::from_utf8_lossy(word));
                assert_eq!(table.of_form(word, 0, word.len(), true), table.get(word), "{:?}", String::from_utf8_lossy(word));
            }
            // A span outside the source, or ending before it starts, has no
            // form: every class.
            let source = b"said and more";
            for (start, end) in [(3, 2), (4, 14), (14, 14), (20, 24), (usize::MAX, 0)] {
                assert_eq!(table.of_form(source, start, end, true), crate::analysis::tokens::UNCLASSIFIED, "{start}..{end}");
            }
        }
    }

    /// What each class stands for, asked as the analysis asked before the
    /// classes: the bits of a classified token must cover it.
    fn expected_classes(lexicon: &Lexicon, token: &Token<'_>) -> u32 {
        let mut bits = 0;
        let key = |m: &PhraseMatcher| m.key_words.as_ref().is_some_and(|k| token.text.split(|c: char| !c.is_alphanumeric()).any(|run| k.is_key(run.as_bytes())));
        let lower = token.lower();
        for (hit, bit) in [
            (key(&lexicon.vague_matcher), class::VAGUE_KEY),
            (key(&crate::analysis::claim::MARKERS), class::CLAIM_KEY),
            (key(&crate::analysis::EVENT_WORDS), class::EVENT_KEY),
            (lexicon.reporting_verbs.contains(lower) || crate::analysis::attribution::CUE_WORDS.contains(&lower) || crate::analysis::attribution::PRODUCED.contains(&lower), class::CUE),
            (crate::analysis::figures::start_words().any(|w| w == lower), class::FIGURE_START),
            (crate::analysis::claim::CLOCK_WORDS.contains(&lower), class::CLOCK),
            (crate::analysis::claim::SIGNPOST_WORDS.contains(&lower), class::SIGNPOST),
            (crate::analysis::OWN_ACT_KEYS.contains(&lower), class::OWN_ACT_KEY),
            (crate::analysis::own_act_verbs().any(|w| w == lower), class::OWN_ACT_VERB),
            (crate::analysis::figures::DROP_KEYS.iter().chain(crate::analysis::figures::GAME_WORDS).any(|k| lower == *k || lower.split('-').any(|run| run == *k)), class::FIGURE_DROP_KEY),
            (crate::analysis::figures::PARTS.iter().any(|p| lower == *p || lower.split('-').any(|run| run == *p)), class::SHARE_PART),
            (crate::analysis::attribution::DOCUMENT_KINDS.iter().any(|k| k.eq_ignore_ascii_case(lower)), class::DOCUMENT_KIND),
            (crate::analysis::attribution::PUBLISHING_VERBS.contains(&lower), class::PUBLISHING),
            (crate::analysis::time::naming_words().any(|w| w == lower), class::TIME_WORD),
        ] {
            if hit && token.kind != TokenKind::Punct {
                bits |= bit;
            }
        }
        bits
    }

    #[test]
    fn classified_tokens_have_every_class_of_their_words() {
        let extended = Lexicon::build(&LexiconExtensions { vague_phrases: vec!["Sources close to".into(), "the habit".into()], reporting_verbs: vec!["Opined".into()], ..LexiconExtensions::default() });
        let pieces = [
            " ", "said", "Said", "SAID", "according", "to", "reportedly", "increase", "since", "attacked", "killed", "twelve", "Twenty-five", "dozens", "several", "one", "minutes",
            "later", "half", "two-thirds", "quarters", "a", "third", "Index", "survey", "Journal", "data", "per", "opined", "habit", "close", "U.S.", "it's", "it’s", "yesterday", "March", "days", "now", "should", "defined", "Called", "court", "under", "My", "Decided", "fined", "are", "interviewed", "if", "stars", "wickets", "run-out", "6-under-par", "two-putted", "free", "throws", "über", "\u{212A}ey", "İ", "5", "1,500.5", "²", "٣", "-", "'", ".", ",", "\n", "é", "x",
        ];
        let mut classified = 0;
        for s in crate::analysis::random_texts(&pieces, 41, 3000, 59, 1, 13) {
            for lexicon in [Lexicon::builtin(), &extended] {
                let lowered = s.to_ascii_lowercase();
                let tokens = crate::analysis::tokens::tokenize_classified(&s, &lowered, crate::span::Span::new(0, s.len()), &lexicon.classes);
                for t in &tokens {
                    let expected = expected_classes(lexicon, t);
                    assert_eq!(t.class & expected, expected, "{:?} in {s:?}", t.text);
                    if t.class != crate::analysis::tokens::UNCLASSIFIED {
                        classified += 1;
                        // An ASCII word of one run gets exactly its classes.
                        if t.is_one_run() && t.text.is_ascii() {
                            assert_eq!(t.class & class::BITS, expected, "{:?} in {s:?}", t.text);
                            // and above them its time lexicon entry
                            let entry = crate::analysis::time::lexicon_entries().find(|(w, _)| w.eq_ignore_ascii_case(t.text)).map_or(0, |(_, e)| e);
                            assert_eq!(t.class >> class::TIME_ENTRY_SHIFT, u32::from(entry), "{:?} in {s:?}", t.text);
                        }
                    }
                }
            }
        }
        assert!(classified > 10_000, "{classified}");
    }

    /// The analysis skips the time scan of a block none of whose tokens may
    /// be a [`class::TIME_WORD`] and that has no digit: the scan must find
    /// nothing there.
    #[test]
    fn a_text_without_time_words_or_digits_has_no_time_expression() {
        let pieces = [
            " ", " ", ", ", ". ", "the", "The", "on", "in", "last", "Last", "next", "this", "that", "ago", "now", "Now", "currently", "recently", "yesterday", "Monday", "Monday's",
            "March", "march", "May", "may", "week", "weeks", "days", "mid-", "year", "early", "late", "so far", "at present", "x", "é", "İ", "²", "5", "'", "-", "“", "”",
        ];
        let lexicon = Lexicon::builtin();
        let (mut skipped, mut found) = (0, 0);
        for s in crate::analysis::random_texts(&pieces, 43, 4000, 60, 1, 9) {
            let lowered = s.to_ascii_lowercase();
            let tokens = crate::analysis::tokens::tokenize_classified(&s, &lowered, crate::span::Span::new(0, s.len()), &lexicon.classes);
            let times = crate::analysis::time::scan(&s, 0..s.len());
            found += usize::from(!times.is_empty());
            if !tokens.iter().any(|t| t.may_be(class::TIME_WORD)) && !crate::analysis::time::has_ascii_digit(s.as_bytes()) {
                skipped += 1;
                assert!(times.is_empty(), "{s:?}: {times:?}");
            }
        }
        assert!(skipped > 500 && found > 300, "{skipped} {found}");
    }
}
