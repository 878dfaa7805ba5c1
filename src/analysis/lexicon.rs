//! Word lists, embedded from `data/` at build time and parsed once on first
//! use (a few hundred short lines: microseconds). Houses extend them through
//! `copydesk.toml`; see `Lexicon::with_extensions`.

use std::collections::HashSet;
use std::sync::{Arc, LazyLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

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

/// A set of words, looked up once per token: hashed with a fast fixed
/// hasher (SipHash cost more than the rest of the lookup), behind a
/// [`Shapes`] filter.
#[derive(Clone, Debug, Default)]
pub struct WordSet {
    set: HashSet<String, foldhash::fast::FixedState>,
    shapes: Shapes,
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
        self.shapes = Shapes::default();
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
    pub vague_matcher: AhoCorasick,
    pub anonymity_matcher: AhoCorasick,
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

fn phrase_matcher(phrases: &[String]) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        // A full DFA: a few hundred short phrases, and several passes per sentence.
        .kind(Some(AhoCorasickKind::DFA))
        .build(phrases)
        .expect("word lists are small and valid")
}

/// Find whole-word matches of a phrase matcher in `text[start..end]`,
/// treating curly apostrophes as straight ones by matching on a copy.
pub fn find_phrases(matcher: &AhoCorasick, text: &str, start: usize, end: usize) -> Vec<(usize, usize, usize)> {
    let Some(hay) = text.get(start..end) else { return Vec::new() };
    matcher
        .find_iter(hay)
        .filter(|m| {
            let before_ok = !hay[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric);
            let after_ok = !hay[m.end()..].chars().next().is_some_and(char::is_alphanumeric);
            before_ok && after_ok
        })
        .map(|m| (m.pattern().as_usize(), start + m.start(), start + m.end()))
        .collect()
}
