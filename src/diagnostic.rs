//! Findings as plain data: rule, severity, message, byte span, fixes.

use serde::{Deserialize, Serialize};

use crate::fix::Fix;
use crate::rules::Rule;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Diagnostic {
    pub rule: Rule,
    pub severity: Severity,
    pub message: String,
    pub span: Span,
    pub fixes: Vec<Fix>,
}

impl Diagnostic {
    pub fn new(rule: Rule, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { rule, severity: rule.default_severity(), message: message.into(), span, fixes: Vec::new() }
    }
    pub fn with_fix(mut self, fix: Option<Fix>) -> Diagnostic {
        if let Some(f) = fix {
            self.fixes.push(f);
        }
        self
    }
}

/// Quote a span of text for a message: one line, at most 80 characters.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(100));
    push_quoted(&mut out, text);
    out
}

/// `format!("{before}{}{after}", quoted(text))` without the intermediate
/// string or the formatting machinery: every finding builds one of these.
pub fn quoted_message(before: &str, text: &str, after: &str) -> String {
    let mut out = String::with_capacity(before.len() + text.len().min(100) + after.len() + 3);
    out.push_str(before);
    push_quoted(&mut out, text);
    out.push_str(after);
    out
}

/// Append [`quoted`]`(text)` to `out`: the words joined by single spaces,
/// stopping once past 80 characters; past 80, the first 77 characters, the
/// trailing space dropped, and an ellipsis. Words are pushed whole; their
/// ends are found eight bytes at a time (only a byte that is not printable
/// ASCII is looked at by itself) and an ASCII word's characters are its
/// bytes, so the text is read once and nothing is allocated but `out`.
pub fn push_quoted(out: &mut String, text: &str) {
    let start = out.len();
    let b = text.as_bytes();
    let mut chars = 0usize;
    let mut i = 0;
    let mut plain = false;
    // Most quoted text is printable ASCII words with one space between
    // them: then the words to write stand in the text as they are written,
    // and are pushed in one piece.
    if let Some((from, to)) = plain_words(b) {
        out.push_str(&text[from..to]);
        chars = to - from;
        i = b.len();
        plain = true;
    }
    'words: while chars <= 80 {
        // Skip white space to the next word.
        loop {
            if i >= b.len() {
                break 'words;
            }
            let (space, len) = space_at(text, i);
            if !space {
                break;
            }
            i += len;
        }
        let word_start = i;
        let mut ascii = true;
        loop {
            i = printable_run_end(b, i);
            if i >= b.len() {
                break;
            }
            let (space, len) = space_at(text, i);
            if space {
                break;
            }
            ascii &= b[i] < 0x80;
            i += len;
        }
        let word = &text[word_start..i];
        if out.len() > start {
            out.push(' ');
            chars += 1;
        }
        out.push_str(word);
        chars += if ascii { word.len() } else { word.chars().count() };
    }
    if chars > 80 {
        // Cut after 77 characters of what was written, in place.
        // (what plain_words wrote is ASCII: a character is a byte)
        let cut = if plain { start + 77 } else { out[start..].char_indices().nth(77).map_or(out.len(), |(k, _)| start + k) };
        out.truncate(cut);
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('…');
    }
}

/// The range of `b` that [`push_quoted`] writes, when its words (up to the
/// one that takes it past 80 characters, or the last) are printable ASCII
/// joined by single spaces after leading ASCII white space: the words
/// joined by single spaces are then that range of the text itself. `None`
/// when some other byte comes first (a non-ASCII character, a control
/// character, two spaces, a tab or a line end between words, trailing
/// white space): the word loop handles those.
fn plain_words(b: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i < b.len() && matches!(b[i], b'\t'..=b'\r' | b' ') {
        i += 1;
    }
    let start = i;
    if i == b.len() {
        return Some((start, start));
    }
    if !(0x21..0x80).contains(&b[i]) {
        return None;
    }
    loop {
        let end = printable_run_end(b, i);
        let Some(&after) = b.get(end) else { return Some((start, end)) };
        // A byte that is not ASCII white space may carry the word on.
        if !matches!(after, b'\t'..=b'\r' | b' ') {
            return None;
        }
        // The word ends here; past 80 characters it is the last one.
        if end - start > 80 {
            return Some((start, end));
        }
        if after != b' ' || !b.get(end + 1).is_some_and(|c| (0x21..0x80).contains(c)) {
            return None;
        }
        i = end + 1;
    }
}

/// The first byte of `b` at or after `i` that is not printable ASCII
/// (`!`..=DEL), or `b.len()`: no such byte is white space or starts a
/// character that may be.
fn printable_run_end(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    while let Some(word) = b.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()).map(u64::from_le_bytes) {
        // A byte below 0x21 borrows and sets its top bit, one from 0x80 up has
        // it set already; a borrow only runs on from a byte so flagged, so the
        // lowest flagged byte is the first one wanted.
        let flags = (word.wrapping_sub(ONES * 0x21) | word) & HIGH;
        if flags != 0 {
            return i + (flags.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && (0x21..0x80).contains(&b[i]) {
        i += 1;
    }
    i
}

/// Whether the character at byte `i` of `text` is white space, and its
/// length; ASCII answered without decoding.
#[inline]
fn space_at(text: &str, i: usize) -> (bool, usize) {
    let c = text.as_bytes()[i];
    if c < 0x80 {
        // char::is_whitespace in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
        (matches!(c, b'\t'..=b'\r' | b' '), 1)
    } else {
        let ch = text[i..].chars().next().unwrap_or(' ');
        (ch.is_whitespace(), ch.len_utf8())
    }
}

/// The first implementation of [`quoted`].
#[cfg(test)]
fn quoted_reference(text: &str) -> String {
    // The words joined by single spaces, stopping once past 80 characters.
    let mut one_line = String::with_capacity(text.len().min(100));
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars > 80 {
            break;
        }
        if !one_line.is_empty() {
            one_line.push(' ');
            chars += 1;
        }
        one_line.push_str(word);
        chars += word.chars().count();
    }
    if chars <= 80 {
        one_line
    } else {
        let cut: String = one_line.chars().take(77).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoted_is_one_line_of_at_most_80_characters() {
        let reference = |text: &str| {
            let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if one_line.chars().count() <= 80 {
                one_line
            } else {
                let cut: String = one_line.chars().take(77).collect();
                format!("{}…", cut.trim_end())
            }
        };
        let pieces = ["word", " ", "\n", "  ", "é", "“quoted”", "x", "ten chars.", "\t"];
        for s in crate::analysis::random_texts(&pieces, 19, 5000, 58, 0, 15) {
            assert_eq!(super::quoted(&s), reference(&s), "{s:?}");
        }
    }

    #[test]
    fn quoted_writes_what_the_first_implementation_did() {
        let pieces = [
            "word", " ", "\n", "  ", "é", "“quoted”", "x", "ten chars.", "\t", "\u{b}", "\u{c}", "\u{1c}", "\u{85}", "\u{a0}", "\u{3000}", "\u{2028}",
            "\u{200b}", "ab\u{2009}cd", "日本語", "🙂", "a-very-long-word-that-runs-on-and-on-without-any-break-at-all-for-quite-a-while", "\u{1}", "\u{7f}",
            "!", "  !x ",
        ];
        for s in crate::analysis::random_texts(&pieces, 23, 20000, 57, 0, 13) {
            let expected = super::quoted_reference(&s);
            assert_eq!(super::quoted(&s), expected, "{s:?}");
            assert_eq!(super::quoted_message("A “", &s, "” b."), format!("A “{expected}” b."), "{s:?}");
        }
    }
}
