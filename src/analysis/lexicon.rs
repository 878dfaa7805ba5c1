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
        let vague_matcher = phrase_matcher(&vague_phrases);
        let anonymity: Vec<String> = lines(ANONYMITY_PHRASES).map(lower).collect();
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
}

impl PhraseMatcher {
    /// Bytes searched with the NFA before the DFA is built.
    const DFA_AFTER: usize = 64 * 1024;

    pub fn new<P: AsRef<str>>(patterns: &[P], kind: MatchKind) -> PhraseMatcher {
        let patterns: Vec<String> = patterns.iter().map(|p| p.as_ref().to_string()).collect();
        let nfa = Self::build(&patterns, kind, AhoCorasickKind::ContiguousNFA);
        let key_words = KeyWords::new(&patterns);
        PhraseMatcher { patterns, kind, nfa, dfa: OnceLock::new(), searched: AtomicUsize::new(0), key_words }
    }

    fn build(patterns: &[String], kind: MatchKind, automaton: AhoCorasickKind) -> AhoCorasick {
        AhoCorasickBuilder::new().ascii_case_insensitive(true).match_kind(kind).kind(Some(automaton)).build(patterns).expect("word lists are small and valid")
    }

    /// Whether a text whose tokens are `tokens` ([`super::tokens::tokenize`]
    /// of exactly the text, white space around it aside) may hold a
    /// whole-word match: false only when none of its maximal alphanumeric
    /// runs is a key word (see [`KeyWords`]), so that none can.
    pub fn may_match_tokens(&self, tokens: &[Token<'_>]) -> bool {
        self.key_words.as_ref().is_none_or(|k| k.any_in_tokens(tokens))
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
}

impl KeyWords {
    /// None when a pattern has no alphanumeric run: it can match anywhere.
    fn new(patterns: &[String]) -> Option<KeyWords> {
        let mut key_words = KeyWords { shapes: PairShapes::default(), by_first_byte: vec![Vec::new(); 256], shortest: usize::MAX };
        for pattern in patterns {
            // The longest run (the first of equals): rarer in text than the
            // short words of a phrase ("it", "is").
            let key = pattern.split(|c: char| !c.is_alphanumeric()).rev().max_by_key(|run| run.len()).filter(|run| !run.is_empty())?;
            let key = key.to_ascii_lowercase().into_bytes();
            key_words.shapes.add_bytes(&key);
            key_words.shortest = key_words.shortest.min(key.len());
            let bucket = &mut key_words.by_first_byte[usize::from(key[0])];
            if !bucket.iter().any(|k| **k == *key) {
                bucket.push(key.into_boxed_slice());
            }
        }
        Some(key_words)
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
    let Some(hay) = text.get(start..end) else { return Vec::new() };
    matcher
        .automaton(hay.len())
        .find_iter(hay)
        .filter(|m| {
            let before_ok = !hay[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric);
            let after_ok = !hay[m.end()..].chars().next().is_some_and(char::is_alphanumeric);
            before_ok && after_ok
        })
        .map(|m| (m.pattern().as_usize(), start + m.start(), start + m.end()))
        .collect()
}

/// [`find_phrases`] for a text whose tokens are known: `tokens` must be
/// the tokens of exactly `text[start..end]` (white space around it aside).
/// A text without any of the matcher's key words has no match (see
/// [`KeyWords`]) and is not searched: checking the tokens costs far less
/// than the search. Otherwise the automaton's matches are filtered as
/// always (a match starting inside a word can hide a whole-word one, and
/// still does).
pub fn find_phrases_in_tokens(matcher: &PhraseMatcher, text: &str, start: usize, end: usize, tokens: &[Token<'_>]) -> Vec<(usize, usize, usize)> {
    if matcher.key_words.as_ref().is_some_and(|k| !k.any_in_tokens(tokens)) {
        return Vec::new();
    }
    find_phrases(matcher, text, start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    type Matches = Vec<(usize, usize, usize)>;

    /// Matches with the key-word prefilter and without it, on `text[start..end]`.
    fn both(matcher: &PhraseMatcher, text: &str, start: usize, end: usize) -> (Matches, Matches) {
        let tokens = crate::analysis::tokens::tokenize(text, crate::span::Span::new(start, end));
        (find_phrases_in_tokens(matcher, text, start, end, &tokens), find_phrases(matcher, text, start, end))
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
        let matchers = [&builtin.vague_matcher, &builtin.anonymity_matcher, &claim, &extended.vague_matcher, &no_words];
        let pieces = [
            " ", "it is said", "It Is SAID", "habit", "is said to", "according to", "According", "sources say", "Sources close to", "over", "report", "edly",
            "reportedly", "officials", "speaking anonymously", "since", "caused", "the most", "significantly", "über", "ÜBER-Quelle", "Quelle", "U.S.", "e.g.",
            "1,500.5", "’s", "'s", "“", "”", "é", "ß", "İ", "\u{212A}", "\u{a0}", "-", "‐", "9", "٣", "²", "x", ",", ".", "--", "\n", "studies", "show", "said", "it", "is", "to", "was", "the", "data",
        ];
        let mut found = 0;
        for s in crate::analysis::random_texts(&pieces, 23, 20000, 59, 1, 13) {
            for m in matchers {
                let (filtered, unfiltered) = both(m, &s, 0, s.len());
                assert_eq!(filtered, unfiltered, "{s:?}");
                found += filtered.len();
                // A part of the text: its ends are the ends of its runs.
                let mid = (s.len() / 2..s.len()).find(|&k| s.is_char_boundary(k)).unwrap_or(s.len());
                let (filtered, unfiltered) = both(m, &s, mid, s.len());
                assert_eq!(filtered, unfiltered, "{s:?} from {mid}");
            }
        }
        assert!(found > 1000, "the texts exercise the matchers: {found}");
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
    fn a_match_inside_a_word_still_hides_a_whole_word_one() {
        let text = "The habit is said to spread.";
        assert_eq!(both(&Lexicon::builtin().vague_matcher, text, 0, text.len()), (Vec::new(), Vec::new()));
        let text = "It is said to spread.";
        let (filtered, unfiltered) = both(&Lexicon::builtin().vague_matcher, text, 0, text.len());
        assert_eq!((filtered.len(), unfiltered.len()), (1, 1));
    }
}
