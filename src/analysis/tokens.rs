//! A small tokenizer over the prose copy: words (with inner apostrophes,
//! hyphens and abbreviation periods), numbers (with separators and
//! decimals) and single punctuation marks, each with its byte span.

use std::borrow::Cow;

use super::lexicon::WordClasses;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: TokenKind,
    pub span: Span,
    pub text: &'a str,
    /// Lowercase form with curly apostrophes made straight; borrowed when
    /// the text already is.
    lower: Cow<'a, str>,
    /// The text is one run of alphanumeric characters: no inner apostrophe,
    /// hyphen, period or digit separator.
    one_run: bool,
    /// The word classes this token may belong to ([`super::lexicon::class`]):
    /// every bit until [`super::lexicon::WordClasses::classify`] has looked
    /// the token up, so that a test on a bit never rules out a token that
    /// was not classified. Above the class bits, a word of one run looked
    /// up in classes built with the time lexicon's entries has its entry
    /// ([`super::lexicon::WordClasses::with_time_entries`]).
    pub(crate) class: u32,
}

impl<'a> Token<'a> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.text == p
    }
    pub fn is_capitalized(&self) -> bool {
        self.kind == TokenKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    /// Lowercase form, with curly apostrophes made straight.
    pub fn lower(&self) -> &str {
        &self.lower
    }
    /// Whether the text is one run of alphanumeric characters
    /// ([`char::is_alphanumeric`]), so that splitting it into such runs is
    /// not needed.
    pub fn is_one_run(&self) -> bool {
        self.one_run
    }
    /// Whether the token may be a word of one of the classes `bits`
    /// ([`super::lexicon::class`]): false only when it surely is not.
    #[inline(always)]
    pub fn may_be(&self, bits: u32) -> bool {
        self.class & bits != 0
    }

    fn new(kind: TokenKind, span: Span, text: &'a str) -> Token<'a> {
        if !text.is_ascii() {
            return Token::beyond_ascii(kind, span, text, text.chars().all(is_word_char));
        }
        let lower = if text.bytes().any(|b| b.is_ascii_uppercase()) { Cow::Owned(text.to_ascii_lowercase()) } else { Cow::Borrowed(text) };
        let one_run = !text.is_empty() && text.chars().all(is_word_char);
        // (a punctuation mark is of no class)
        Token { kind, span, text, lower, one_run, class: if kind == TokenKind::Punct { 0 } else { UNCLASSIFIED } }
    }

    /// [`Token::new`] of a text with characters beyond ASCII, whose
    /// `one_run` the tokenizer learnt while scanning it.
    fn beyond_ascii(kind: TokenKind, span: Span, text: &'a str, one_run: bool) -> Token<'a> {
        let lower = text.to_lowercase();
        let lower = Cow::Owned(if lower.contains('’') { lower.replace('’', "'") } else { lower });
        Token { kind, span, text, lower, one_run, class: if kind == TokenKind::Punct { 0 } else { UNCLASSIFIED } }
    }
    /// A word in capitals of two letters or more ("ONS", "UNICEF"): a name
    /// even where every word is capitalised, at a sentence's start.
    pub fn is_abbreviation(&self) -> bool {
        self.kind == TokenKind::Word && self.text.len() > 1 && self.text.chars().all(char::is_uppercase)
    }
    pub fn eq_ignore_case(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }
    /// A word in the possessive, with a straight or a curly apostrophe:
    /// "Sainsbury's", "the council’s".
    pub fn is_possessive(&self) -> bool {
        self.text.ends_with("'s") || self.text.ends_with("’s")
    }
}

/// The class of a token not looked up: every class.
pub(crate) const UNCLASSIFIED: u32 = u32::MAX;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Tokenize `text[span]`; token spans are in `text` coordinates.
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    tokenize_with(text, None, span)
}

/// [`tokenize`], with `lowered` = `text.to_ascii_lowercase()`: the lower-case
/// form of every ASCII token is borrowed from it instead of allocated. (The
/// analysis tokenizes with [`tokenize_classified_into`]; this is that
/// without the classes, for the tests that compare the tokenizers.)
#[cfg(test)]
pub fn tokenize_lowered<'a>(text: &'a str, lowered: &'a str, span: Span) -> Vec<Token<'a>> {
    debug_assert_eq!(text.len(), lowered.len());
    tokenize_with(text, Some(lowered).filter(|l| l.len() == text.len()), span)
}

thread_local! {
    /// The token buffer and lower-case copy of the last block tokenized on
    /// this thread, for the next one ([`take_spare`], [`put_spare`]): a
    /// fresh buffer per block allocated, and touched afresh, about
    /// thirteen bytes of tokens per byte of text.
    static SPARE: std::cell::Cell<(Vec<Token<'static>>, String)> = const { std::cell::Cell::new((Vec::new(), String::new())) };
}

/// The most tokens a spare buffer keeps room for (about 4 MB).
const SPARE_MAX: usize = 1 << 16;

/// An empty token buffer and an empty string, with the room the last
/// block's left on this thread.
pub fn take_spare<'a>() -> (Vec<Token<'a>>, String) {
    let (tokens, lowered) = SPARE.take();
    (tokens, lowered)
}

/// The room of a token buffer, emptied, free of what its tokens borrowed
/// (for [`put_spare`]).
// (`filter` would keep the borrowing type: the point is to leave it)
#[allow(clippy::unnecessary_filter_map)]
pub fn emptied(mut tokens: Vec<Token<'_>>) -> Vec<Token<'static>> {
    tokens.clear();
    // An empty vector's room, re-typed in place (no element is mapped).
    tokens.into_iter().filter_map(|_| None).collect()
}

/// Keep `tokens`' ([`emptied`]) and `lowered`'s room for the next block on
/// this thread.
pub fn put_spare(tokens: Vec<Token<'static>>, mut lowered: String) {
    lowered.clear();
    if tokens.capacity() <= SPARE_MAX && lowered.capacity() <= SPARE_MAX * 8 {
        SPARE.set((tokens, lowered));
    }
}

/// [`tokenize_lowered`] into `out` (emptied first), each token given its
/// word classes ([`Token::may_be`]) by `classes`.
pub fn tokenize_classified_into<'a>(text: &'a str, lowered: &'a str, span: Span, classes: &WordClasses, out: &mut Vec<Token<'a>>) {
    debug_assert_eq!(text.len(), lowered.len());
    out.clear();
    tokenize_into(text, Some(lowered).filter(|l| l.len() == text.len()), span, Some(classes), out);
}

/// [`tokenize_classified_into`] into a new vector.
#[cfg(test)]
pub fn tokenize_classified<'a>(text: &'a str, lowered: &'a str, span: Span, classes: &WordClasses) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    tokenize_classified_into(text, lowered, span, classes, &mut out);
    out
}

/// ASCII letters and digits, by byte: one load instead of three range tests.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The first bytes of the inner apostrophes and hyphens: ' - and the first
/// of ’ and ‐.
static MAY_JOIN: [bool; 256] = {
    let mut table = [false; 256];
    table[b'\'' as usize] = true;
    table[b'-' as usize] = true;
    table[0xe2] = true;
    table
};

/// The top bit of each byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The top bit of each byte of `word` that is an ASCII letter or digit
/// (eight [`ASCII_ALPHANUMERIC`] look-ups at once).
#[inline(always)]
fn ascii_alphanumeric_bytes(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // (the bytes' low seven bits; a byte beyond ASCII is ruled out by its
    // own top bit at the end)
    let low = word & !HIGH_BITS;
    let folded = low | (ONES * 0x20);
    (bytes_in_range(folded, b'a', b'z' + 1) | bytes_in_range(low, b'0', b'9' + 1)) & !word
}

/// The top bit of each byte of `word` that lies in `lo..hi`, for a `word`
/// of seven-bit bytes: adding `0x80 - lo` sets a byte's top bit exactly
/// when it is at least `lo` (no carries: every byte and addend is below
/// 0x80).
#[inline(always)]
pub(crate) fn bytes_in_range(word: u64, lo: u8, hi: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let at_least = |lo: u8| word + ONES * u64::from(0x80 - lo);
    at_least(lo) & !at_least(hi) & HIGH_BITS
}

/// Whether the character starting at byte `i` of `s` is a word character.
#[inline]
fn word_char_at(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => ASCII_ALPHANUMERIC[usize::from(b)],
        Some(_) => s.get(i..).and_then(|rest| rest.chars().next()).is_some_and(is_word_char),
        None => false,
    }
}

/// End of the run of word characters starting at byte `i` of `s` (a char
/// boundary); clears `ascii` when the run has a non-ASCII character.
#[inline(always)]
fn word_chars_end(s: &str, mut i: usize, ascii: &mut bool) -> usize {
    let bytes = s.as_bytes();
    // Eight bytes at a time while they are all ASCII letters or digits:
    // where the word ends is computed, not found by a branch per byte,
    // whose exit after a word's varying length the processor mispredicted
    // about once a word.
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let stops = !ascii_alphanumeric_bytes(u64::from_le_bytes(*chunk)) & HIGH_BITS;
        if stops != 0 {
            i += (stops.trailing_zeros() / 8) as usize;
            break;
        }
        i += 8;
    }
    // (a loop on the bytes themselves: a scan of the slice from `i` cost
    // its setup per run, and its stop byte loaded again)
    while let Some(&b) = bytes.get(i) {
        if ASCII_ALPHANUMERIC[usize::from(b)] {
            i += 1;
        } else if b < 0x80 {
            break;
        } else {
            match word_char_len_beyond_ascii(s, i) {
                0 => break,
                len => {
                    *ascii = false;
                    i += len;
                }
            }
        }
    }
    i
}

/// The length of the word character beyond ASCII at byte `i` of `s`, 0 if
/// there is none: out of line, so that the loop over ASCII letters keeps
/// its values in registers.
#[inline(never)]
fn word_char_len_beyond_ascii(s: &str, i: usize) -> usize {
    match s.get(i..).and_then(|rest| rest.chars().next()) {
        Some(c) if is_word_char(c) => c.len_utf8(),
        _ => 0,
    }
}

/// A word token of `slice[start..end]` (spans moved by `base`), its
/// lower-case form borrowed from `lowered` (the slice's ASCII lowercase)
/// when it is ASCII, and then given its classes by `classes` when given
/// (a word beyond ASCII is not looked up).
#[inline(always)]
fn word_token<'a>(slice: &'a str, lowered: Option<&'a str>, classes: Option<&WordClasses>, base: usize, (start, end): (usize, usize), ascii: bool, one_run: bool) -> Token<'a> {
    let span = Span::new(base + start, base + end);
    let text = &slice[start..end];
    // (the form's bytes and the lowered text from it, for the look-up,
    // taken from the slice of the form rather than sliced again)
    match lowered.filter(|_| ascii).and_then(|l| Some((l.get(start..end)?, l.as_bytes().get(start..)?))) {
        Some((lower, rest)) => {
            let class = match classes {
                Some(classes) => classes.of_word(lower.as_bytes(), rest, one_run),
                None => UNCLASSIFIED,
            };
            Token { kind: TokenKind::Word, span, text, lower: Cow::Borrowed(lower), one_run, class }
        }
        None if ascii => Token::new(TokenKind::Word, span, text),
        None => Token::beyond_ascii(TokenKind::Word, span, text, one_run),
    }
}

/// A token with no capital letters (a number, ASCII punctuation): its own
/// lower-case form.
#[inline(always)]
fn uncased_token(slice: &str, base: usize, kind: TokenKind, (start, end): (usize, usize), one_run: bool) -> Token<'_> {
    let text = &slice[start..end];
    Token { kind, span: Span::new(base + start, base + end), text, lower: Cow::Borrowed(text), one_run, class: if kind == TokenKind::Punct { 0 } else { UNCLASSIFIED } }
}

/// A punctuation mark beyond ASCII ("“", "—", "’") with its lower-case
/// form, without allocating: the mark itself, or "'" for the curly
/// apostrophe ([`Token::new`] for the rare mark that has a lower case).
fn punct_token(slice: &str, base: usize, (start, end): (usize, usize), mark: char) -> Token<'_> {
    let span = Span::new(base + start, base + end);
    let text = &slice[start..end];
    let lower = if mark == '’' {
        "'"
    } else if mark.to_lowercase().eq(std::iter::once(mark)) {
        text
    } else {
        return Token::new(TokenKind::Punct, span, text);
    };
    Token { kind: TokenKind::Punct, span, text, lower: Cow::Borrowed(lower), one_run: false, class: 0 }
}

/// One pass over the bytes: ASCII is classified by byte, and only non-ASCII
/// characters are decoded. Each token learns while it is scanned whether it
/// is ASCII and one alphanumeric run, so its lower-case form is borrowed
/// from `lowered` (or is the text itself: numbers and ASCII punctuation have
/// no capitals) without scanning it again; only non-ASCII tokens are
/// lowercased one by one.
fn tokenize_with<'a>(text: &'a str, lowered: Option<&'a str>, span: Span) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    tokenize_into(text, lowered, span, None, &mut out);
    out
}

/// The classes ([`WordClasses::of_form`]) of a word or number token of
/// `source[start..end]`, its ASCII lower-case form (`lowered` for a word,
/// the text for a number), when `classes` are given and the form is known;
/// every class otherwise.
#[inline(always)]
fn classes_of(classes: Option<&WordClasses>, source: Option<&[u8]>, (start, end): (usize, usize), one_run: bool) -> u32 {
    match (classes, source) {
        (Some(classes), Some(source)) => classes.of_form(source, start, end, one_run),
        _ => UNCLASSIFIED,
    }
}

/// [`tokenize_with`], appending to `out`, each token classified by
/// `classes` when given.
fn tokenize_into<'a>(text: &'a str, lowered: Option<&'a str>, span: Span, classes: Option<&WordClasses>, out: &mut Vec<Token<'a>>) {
    let Some(slice) = text.get(span.range()) else { return };
    // `lowered` has the same byte layout as `text`, so its slice for the
    // span has the slice's char boundaries.
    let lowered = lowered.and_then(|l| l.get(span.range()));
    out.reserve(slice.len() / 5 + 8);
    let base = span.start;
    let bytes = slice.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // A word starts here (the length of its first char), or a number (None).
        let word_start = if b < 0x80 {
            match b {
                b'a'..=b'z' | b'A'..=b'Z' => Some(1),
                b' ' | 0x09..=0x0d => {
                    i += 1;
                    continue;
                }
                b'0'..=b'9' => None,
                b'.' if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) && !prev_is_word(slice, i) => None,
                _ => {
                    out.push(uncased_token(slice, base, TokenKind::Punct, (i, i + 1), false));
                    i = past_space(bytes, i + 1);
                    continue;
                }
            }
        } else {
            let Some(c) = slice.get(i..).and_then(|rest| rest.chars().next()) else { break };
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            if !is_word_char(c) {
                let end = i + c.len_utf8();
                out.push(punct_token(slice, base, (i, end), c));
                i = end;
                continue;
            }
            // A number and a word glued to it ("5²": their runs are not
            // the tokens' runs) both keep every class when classified.
            // Only a word that starts beyond ASCII can follow a number
            // directly (a letter after digits makes one word with them,
            // and a number ends at a digit not followed by another),
            // and such a word is not looked up. (Tested here, where such
            // a word starts, rather than for every word.)
            if classes.is_some()
                && let Some(prev) = out.last_mut()
                && prev.kind == TokenKind::Number
                && prev.span.end == base + i
            {
                prev.class = UNCLASSIFIED;
            }
            Some(c.len_utf8())
        };
        match word_start {
            None => {
                // Number: digits with , . separators between digits.
                let mut end = i + 1;
                let mut one_run = b != b'.';
                while let Some(&n) = bytes.get(end) {
                    // A digit, or a separator between digits.
                    if n.is_ascii_digit() {
                        end += 1;
                    } else if (n == b',' || n == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
                        one_run = false;
                        end += 1;
                    } else {
                        break;
                    }
                }
                // A number glued to letters ("G7", "COVID-19", "3rd", "1990s") is a word.
                let glued = match bytes.get(end) {
                    Some(&n) if n < 0x80 => n.is_ascii_alphabetic(),
                    Some(_) => slice.get(end..).and_then(|rest| rest.chars().next()).is_some_and(char::is_alphabetic),
                    None => false,
                };
                if glued {
                    let mut ascii = true;
                    let wend = word_chars_end(slice, end, &mut ascii);
                    out.push(word_token(slice, lowered, classes, base, (i, wend), ascii, one_run));
                    i = past_space(bytes, wend);
                } else {
                    let mut t = uncased_token(slice, base, TokenKind::Number, (i, end), one_run);
                    // A number's form is its text.
                    t.class = classes_of(classes, Some(bytes), (i, end), one_run);
                    out.push(t);
                    i = past_space(bytes, end);
                }
            }
            Some(first_len) => {
                let mut ascii = first_len == 1;
                // Dotted abbreviations ("U.S.", "e.g.", "a.m.") are one word.
                let dotted = if bytes.get(i + 1) == Some(&b'.') { dotted_abbreviation(&slice[i..]) } else { 0 };
                let (end, one_run) = if dotted > 0 {
                    (i + dotted, false)
                } else {
                    let mut end = i + first_len;
                    let mut one_run = true;
                    loop {
                        end = word_chars_end(slice, end, &mut ascii);
                        // Inner apostrophe or hyphen.
                        // (most words end at none: one load of a table rules
                        // the three first bytes out)
                        let joiner = match bytes.get(end) {
                            Some(&b) if !MAY_JOIN[usize::from(b)] => 0,
                            Some(b'\'' | b'-') => 1,
                            // ’ and ‐ (U+2019, U+2010) are three bytes each.
                            Some(0xe2) if matches!(bytes.get(end + 1..end + 3), Some([0x80, 0x99 | 0x90])) => 3,
                            _ => 0,
                        };
                        if joiner > 0 && word_char_at(slice, end + joiner) {
                            ascii &= joiner == 1;
                            one_run = false;
                            end += joiner;
                        } else {
                            break;
                        }
                    }
                    (end, one_run)
                };
                out.push(word_token(slice, lowered, classes, base, (i, end), ascii, one_run));
                i = past_space(bytes, end);
            }
        }
    }
}

/// `end`, or past the space there: most tokens are followed by one, and
/// skipping it here costs less than a turn of the loop over the bytes.
#[inline(always)]
fn past_space(bytes: &[u8], end: usize) -> usize {
    end + usize::from(bytes.get(end) == Some(&b' '))
}

/// Length of a leading `X.Y.` (two or more single letters each followed by a period).
fn dotted_abbreviation(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    let mut letters = 0;
    while i + 1 < b.len() && b[i].is_ascii_alphabetic() && b[i + 1] == b'.' {
        letters += 1;
        i += 2;
    }
    if letters >= 2 { i } else { 0 }
}

fn prev_is_word(slice: &str, i: usize) -> bool {
    slice[..i].chars().next_back().is_some_and(is_word_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_bytes_at_once_are_classed_as_one_by_one() {
        for b in 0..=255u8 {
            for at in 0..8 {
                // (each byte among neighbours of every kind)
                for fill in [b'a', b'Z', b'5', b' ', 0x7f, 0x80, 0xff, 0x00] {
                    let mut bytes = [fill; 8];
                    bytes[at] = b;
                    let mask = ascii_alphanumeric_bytes(u64::from_le_bytes(bytes));
                    for (k, &byte) in bytes.iter().enumerate() {
                        assert_eq!(mask >> (8 * k + 7) & 1 == 1, ASCII_ALPHANUMERIC[usize::from(byte)], "{bytes:?} at {k}");
                    }
                    assert_eq!(mask & !HIGH_BITS, 0);
                }
            }
        }
    }

    /// The first implementation, char by char: the reference for the fast one.
    fn tokenize_reference(text: &str, span: Span) -> Vec<Token<'_>> {
        let mut out = Vec::new();
        let Some(slice) = text.get(span.range()) else { return out };
        let base = span.start;
        let mut chars = slice.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c.is_whitespace() {
                continue;
            }
            if c.is_ascii_digit() || (c == '.' && chars.peek().is_some_and(|(_, n)| n.is_ascii_digit()) && !prev_is_word(slice, i)) {
                // Number: digits with , . separators between digits.
                let mut end = i + c.len_utf8();
                while let Some(&(j, n)) = chars.peek() {
                    if n.is_ascii_digit() {
                        end = j + 1;
                        chars.next();
                    } else if (n == ',' || n == '.') && slice[j + 1..].starts_with(|d: char| d.is_ascii_digit()) {
                        chars.next();
                        end = j + 1;
                    } else {
                        break;
                    }
                }
                // A number glued to letters ("G7", "COVID-19", "3rd", "1990s") is a word.
                if let Some(&(j, n)) = chars.peek()
                    && n.is_alphabetic() {
                        let mut wend = j;
                        while let Some(&(k, m)) = chars.peek() {
                            if is_word_char(m) {
                                wend = k + m.len_utf8();
                                chars.next();
                            } else {
                                break;
                            }
                        }
                        out.push(Token::new(TokenKind::Word, Span::new(base + i, base + wend), &slice[i..wend]));
                        continue;
                    }
                out.push(Token::new(TokenKind::Number, Span::new(base + i, base + end), &slice[i..end]));
            } else if is_word_char(c) {
                // Dotted abbreviations ("U.S.", "e.g.", "a.m.") are one word.
                let dotted = dotted_abbreviation(&slice[i..]);
                if dotted > 0 {
                    let end = i + dotted;
                    while chars.peek().is_some_and(|&(j, _)| j < end) {
                        chars.next();
                    }
                    out.push(Token::new(TokenKind::Word, Span::new(base + i, base + end), &slice[i..end]));
                    continue;
                }
                let mut end = i + c.len_utf8();
                while let Some(&(j, n)) = chars.peek() {
                    if is_word_char(n) {
                        end = j + n.len_utf8();
                        chars.next();
                    } else if matches!(n, '\'' | '’' | '-' | '‐') && slice[j + n.len_utf8()..].chars().next().is_some_and(is_word_char) {
                        // Inner apostrophe or hyphen.
                        chars.next();
                        end = j + n.len_utf8();
                    } else {
                        break;
                    }
                }
                out.push(Token::new(TokenKind::Word, Span::new(base + i, base + end), &slice[i..end]));
            } else {
                let end = i + c.len_utf8();
                out.push(Token::new(TokenKind::Punct, Span::new(base + i, base + end), &slice[i..end]));
            }
        }
        out
    }

    #[test]
    fn fast_tokenizer_matches_the_reference() {
        let pieces = ["The", " ", "U.S.", "a.m.", "1,500.5", ",", ".", ".348", "Kim’s", "G7", "COVID-19", "3rd", "1990s", "’", "'", "-", "‐", "é", "Ⅻ", "٣", "\u{a0}", "\u{2028}", "x", "9", "$", "“", "—", "a-", "-b", "e.g", "ß", "İ", "\n", "\t"];
        let mut seed = 7u64;
        for _ in 0..20000 {
            let mut s = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let mut r = seed;
            for _ in 0..(seed >> 60) + 1 {
                s.push_str(pieces[(r % pieces.len() as u64) as usize]);
                r /= pieces.len() as u64;
                if r == 0 {
                    r = seed.rotate_left(17);
                }
            }
            let whole = Span::new(0, s.len());
            assert_eq!(tokenize(&s, whole), tokenize_reference(&s, whole), "{s:?}");
            assert_eq!(tokenize_lowered(&s, &s.to_ascii_lowercase(), whole), tokenize(&s, whole), "{s:?}");
        }
    }

    #[test]
    fn fast_tokenizer_matches_the_reference_on_random_texts() {
        let pieces = [
            "The", " ", "U.S.", "e.g.", "a.m.", "U.S", "1,500.5", "3.", ",", ".", ".5", "’s", "'s", "Kim", "“", "”", "é", "ß", "İ", "\u{212A}", "\u{a0}", "\u{2028}",
            "-", "‐", "’", "'", "it is said", "habit", "according to", "sources say", "COVID-19", "٣", "²", "Ⅻ", "9", "x", "\n", "—", "$", "%", "(", ")",
        ];
        for s in crate::analysis::random_texts(&pieces, 11, 20000, 58, 1, 13) {
            let whole = Span::new(0, s.len());
            let reference = tokenize_reference(&s, whole);
            assert_eq!(tokenize(&s, whole), reference, "{s:?}");
            assert_eq!(tokenize_lowered(&s, &s.to_ascii_lowercase(), whole), reference, "{s:?}");
            // A span inside the text, on char boundaries.
            let from = (1..s.len()).find(|&k| s.is_char_boundary(k)).unwrap_or(0);
            let part = Span::new(from, s.len());
            assert_eq!(tokenize_lowered(&s, &s.to_ascii_lowercase(), part), tokenize_reference(&s, part), "{s:?}");
        }
    }

    /// The classes given token by token after the tokenizing, as the first
    /// classifying tokenizer gave them: the reference for the classes given
    /// while scanning.
    fn classified_reference<'a>(text: &'a str, lowered: &'a str, span: Span, classes: &WordClasses) -> Vec<Token<'a>> {
        let mut out: Vec<Token<'a>> = Vec::new();
        for t in tokenize_lowered(text, lowered, span) {
            let kind = t.kind;
            out.push(t);
            if kind == TokenKind::Punct {
                continue;
            }
            match &mut out[..] {
                [.., prev, t] if prev.kind == TokenKind::Number && prev.span.end == t.span.start => prev.class = UNCLASSIFIED,
                [.., t] => {
                    let (start, end) = (t.span.start - span.start, t.span.end - span.start);
                    let source = match t.kind {
                        TokenKind::Number => &text.as_bytes()[span.range()],
                        _ if matches!(t.lower, Cow::Borrowed(_)) => &lowered.as_bytes()[span.range()],
                        _ => continue,
                    };
                    t.class = classes.of_form(source, start, end, t.one_run);
                }
                [] => {}
            }
        }
        out
    }

    #[test]
    fn classes_given_while_scanning_match_the_reference() {
        let pieces = [
            "The", " ", "U.S.", "e.g.", "1,500.5", "3.", ",", ".", ".5", "’s", "'s", "said", "Said", "according", "to", "yesterday", "March", "é", "ß", "İ", "\u{212A}ey", "\u{a0}",
            "-", "‐", "’", "'", "COVID-19", "G7", "5", "٣", "²", "Ⅻ", "9", "x", "\n", "—", "$", "%", "(", ")", "two-thirds", "it's",
        ];
        let lexicon = crate::analysis::Lexicon::builtin();
        for s in crate::analysis::random_texts(&pieces, 13, 20000, 58, 1, 13) {
            let lowered = s.to_ascii_lowercase();
            let whole = Span::new(0, s.len());
            assert_eq!(tokenize_classified(&s, &lowered, whole, &lexicon.classes), classified_reference(&s, &lowered, whole, &lexicon.classes), "{s:?}");
            let from = (1..s.len()).find(|&k| s.is_char_boundary(k)).unwrap_or(0);
            let part = Span::new(from, s.len());
            assert_eq!(tokenize_classified(&s, &lowered, part, &lexicon.classes), classified_reference(&s, &lowered, part, &lexicon.classes), "{s:?}");
        }
    }

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len())).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(texts("The U.S. sent 1,500.5 shells, Kim’s G7 COVID-19."), vec!["The", "U.S.", "sent", "1,500.5", "shells", ",", "Kim’s", "G7", "COVID-19", "."]);
        assert_eq!(texts("a .348 average"), vec!["a", ".348", "average"]);
        assert_eq!(texts("$2,100 (72%)"), vec!["$", "2,100", "(", "72", "%", ")"]);
        assert_eq!(texts("end. Next"), vec!["end", ".", "Next"]);
    }

    #[test]
    fn a_spare_buffer_keeps_its_room_for_the_next_block() {
        let text = "Some words, Here: 1,500 of them.\n".repeat(100);
        let (mut toks, mut lowered) = take_spare();
        lowered.push_str(&text);
        lowered.make_ascii_lowercase();
        let classes = &crate::analysis::Lexicon::builtin().classes;
        tokenize_classified_into(&text, &lowered, Span::new(0, text.len()), classes, &mut toks);
        let fresh_lowered = text.to_ascii_lowercase();
        assert_eq!(toks, tokenize_classified(&text, &fresh_lowered, Span::new(0, text.len()), classes));
        let (room, at) = (toks.capacity(), toks.as_ptr() as usize);
        put_spare(emptied(toks), lowered);
        let (again, lowered) = take_spare();
        assert!(again.is_empty() && again.capacity() == room && again.as_ptr() as usize == at);
        assert!(lowered.is_empty() && lowered.capacity() >= text.len());
    }
}
