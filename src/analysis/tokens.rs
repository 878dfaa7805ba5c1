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
        let plain = text.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80);
        let lower = if plain { Cow::Borrowed(text) } else { Cow::Owned(text.to_lowercase().replace('’', "'")) };
        Token { kind, span, text, lower }
    }
    pub fn eq_ignore_case(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Tokenize `text[span]`; token spans are in `text` coordinates.
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
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
            if let Some(&(j, n)) = chars.peek() {
                if n.is_alphabetic() {
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
