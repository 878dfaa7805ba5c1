//! A small tokenizer over the prose copy: words (with inner apostrophes,
//! hyphens and abbreviation periods), numbers (with separators and
//! decimals) and single punctuation marks, each with its byte span.

use std::borrow::Cow;

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

    fn new(kind: TokenKind, span: Span, text: &'a str) -> Token<'a> {
        let lower = if text.is_ascii() {
            if text.bytes().any(|b| b.is_ascii_uppercase()) { Cow::Owned(text.to_ascii_lowercase()) } else { Cow::Borrowed(text) }
        } else {
            let lower = text.to_lowercase();
            Cow::Owned(if lower.contains('’') { lower.replace('’', "'") } else { lower })
        };
        Token { kind, span, text, lower }
    }
    pub fn eq_ignore_case(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The character starting at byte `i` of `s` (a char boundary), if any.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => s[i..].chars().next(),
        None => None,
    }
}

/// Tokenize `text[span]`; token spans are in `text` coordinates.
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    tokenize_with(text, None, span)
}

/// [`tokenize`], with `lowered` = `text.to_ascii_lowercase()`: the lower-case
/// form of every ASCII token is borrowed from it instead of allocated.
pub fn tokenize_lowered<'a>(text: &'a str, lowered: &'a str, span: Span) -> Vec<Token<'a>> {
    debug_assert_eq!(text.len(), lowered.len());
    tokenize_with(text, Some(lowered).filter(|l| l.len() == text.len()), span)
}

fn tokenize_with<'a>(text: &'a str, lowered: Option<&'a str>, span: Span) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    let Some(slice) = text.get(span.range()) else { return out };
    out.reserve(slice.len() / 5 + 8);
    let base = span.start;
    let bytes = slice.as_bytes();
    let make = |kind: TokenKind, start: usize, end: usize| {
        let t = &slice[start..end];
        match lowered.and_then(|l| l.get(base + start..base + end)).filter(|_| t.is_ascii()) {
            Some(lower) => Token { kind, span: Span::new(base + start, base + end), text: t, lower: Cow::Borrowed(lower) },
            None => Token::new(kind, Span::new(base + start, base + end), t),
        }
    };
    let mut i = 0;
    while let Some(c) = char_at(slice, i) {
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if c.is_ascii_digit() || (c == '.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) && !prev_is_word(slice, i)) {
            // Number: digits with , . separators between digits.
            let mut end = i + 1;
            while let Some(&n) = bytes.get(end) {
                // A digit, or a separator between digits.
                if n.is_ascii_digit() || (n == b',' || n == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
                    end += 1;
                } else {
                    break;
                }
            }
            // A number glued to letters ("G7", "COVID-19", "3rd", "1990s") is a word.
            if char_at(slice, end).is_some_and(char::is_alphabetic) {
                let mut wend = end;
                while let Some(m) = char_at(slice, wend).filter(|&m| is_word_char(m)) {
                    wend += m.len_utf8();
                }
                out.push(make(TokenKind::Word, i, wend));
                i = wend;
                continue;
            }
            out.push(make(TokenKind::Number, i, end));
            i = end;
        } else if is_word_char(c) {
            // Dotted abbreviations ("U.S.", "e.g.", "a.m.") are one word.
            let dotted = if bytes.get(i + 1) == Some(&b'.') { dotted_abbreviation(&slice[i..]) } else { 0 };
            let end = if dotted > 0 {
                i + dotted
            } else {
                let mut end = i + c.len_utf8();
                loop {
                    // Plain ASCII letters and digits first, then the general case.
                    while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                        end += 1;
                    }
                    match char_at(slice, end) {
                        Some(n) if is_word_char(n) => end += n.len_utf8(),
                        // Inner apostrophe or hyphen.
                        Some(n @ ('\'' | '’' | '-' | '‐')) if char_at(slice, end + n.len_utf8()).is_some_and(is_word_char) => end += n.len_utf8(),
                        _ => break,
                    }
                }
                end
            };
            out.push(make(TokenKind::Word, i, end));
            i = end;
        } else {
            let end = i + c.len_utf8();
            out.push(make(TokenKind::Punct, i, end));
            i = end;
        }
    }
    out
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
}
