//! Quotations: curly (“…”) and straight ("…") double quotes, with single
//! quotes nested inside them. A quotation that opens and does not close
//! before the block ends runs on into the next block when that block opens
//! with a quote mark again (the newspaper convention for multi-paragraph
//! quotes); each block gets its own piece.

use crate::span::Span;

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Quote {
    /// Including the quote marks.
    pub span: Span,
    /// Between the marks.
    pub inner: Span,
    pub words: usize,
    /// A full sentence or more (not a scare quote or quoted term).
    pub is_full_sentence: bool,
    /// Continued from the previous block (multi-paragraph quote).
    pub continued: bool,
    /// The source span of the speaker, once attribution has run.
    pub speaker: Option<Span>,
}

/// Quotations in `text[block]`; `open_from_previous` is true when the
/// previous block ended inside an open quotation. Returns the quotes and
/// whether this block ends inside an open quotation.
pub fn find(text: &str, block: Span, open_from_previous: bool) -> (Vec<Quote>, bool) {
    let mut out = Vec::new();
    let Some(slice) = text.get(block.range()) else { return (out, false) };
    let base = block.start;
    let mut open: Option<(usize, char)> = None;
    let mut continued = false;
    if open_from_previous && slice.starts_with(['“', '"']) {
        continued = true;
    }
    // Only `"`, `“` and `”` (three-byte characters led by 0xE2) change the
    // state: visit those bytes only, with the character before each.
    for i in memchr::memchr2_iter(b'"', 0xE2, slice.as_bytes()) {
        let c = slice[i..].chars().next().unwrap_or(' ');
        if !matches!(c, '"' | '“' | '”') {
            continue;
        }
        let prev = slice[..i].chars().next_back();
        match (open, c) {
            (None, '“') => open = Some((i, '”')),
            (None, '"') if opens_straight(prev) => open = Some((i, '"')),
            (Some((start, close)), c) if c == close || (close == '”' && c == '"' && !opens_straight(prev)) => {
                let end = i + c.len_utf8();
                out.push(make_quote(slice, base, start, end, continued && out.is_empty()));
                open = None;
            }
            (Some(_), '“') => {
                // A new opening mark while one is open: the previous quote ran
                // to the end of its paragraph in the source; restart here.
                open = Some((i, '”'));
            }
            _ => {}
        }
    }
    if let Some((start, _)) = open {
        // Runs to the end of the block (continues in the next one).
        out.push(make_quote(slice, base, start, slice.len(), continued && out.is_empty()));
        return (out, true);
    }
    (out, false)
}

/// A title's words: every word capitalised but the small ones, at least
/// two capitalised, at most twelve words (“Common Ground: 100 Objects from
/// Our City,”): a quoted title, not a sentence, whatever its punctuation.
fn is_title_case(inner: &str) -> bool {
    let mut capitalised = 0;
    for (n, word) in inner.split_whitespace().enumerate() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        match word.chars().next() {
            _ if n >= 12 => return false,
            Some(c) if c.is_uppercase() => capitalised += 1,
            Some(c) if c.is_lowercase() && !matches!(word, "a" | "an" | "the" | "and" | "or" | "but" | "nor" | "of" | "in" | "on" | "at" | "to" | "for" | "from" | "by" | "with" | "as" | "into" | "over" | "vs" | "v") => return false,
            _ => {}
        }
    }
    // (two capitals with only small words between make a title too: "Hands
    // in the Dark")
    capitalised >= 2
}

fn opens_straight(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':' | '‘'))
}

/// Quotations in single quotes in a heading (`slice` is the heading's
/// text), where a headline quotes: "'Today we got justice'". A mark opens
/// at a word's start and closes at a word's end, so an apostrophe inside a
/// word ("we've") does neither.
pub fn find_single_in_heading(slice: &str, base: usize) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut open = None;
    let mut prev = None;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        match (open, c) {
            (None, '\'' | '‘') if opens_straight(prev) && next.is_some_and(char::is_alphanumeric) => open = Some(i),
            (Some(start), '\'' | '’') if !next.is_some_and(char::is_alphanumeric) && prev.is_some_and(|p: char| !p.is_whitespace()) => {
                out.push(quote_of(slice, base, start, i + c.len_utf8(), c.len_utf8(), false));
                open = None;
            }
            _ => {}
        }
        prev = Some(c);
    }
    out
}

fn make_quote(slice: &str, base: usize, start: usize, end: usize, continued: bool) -> Quote {
    let open_len = slice[start..].chars().next().map_or(1, char::len_utf8);
    let close_len = if end > start + open_len {
        slice[..end].chars().next_back().filter(|c| matches!(c, '”' | '"')).map_or(0, char::len_utf8)
    } else {
        0
    };
    quote_of(slice, base, start, end, close_len, continued)
}

/// A quotation from `slice[start..end]`, its closing mark `close_len` bytes.
fn quote_of(slice: &str, base: usize, start: usize, end: usize, close_len: usize, continued: bool) -> Quote {
    let open_len = slice[start..].chars().next().map_or(1, char::len_utf8);
    let inner_start = (start + open_len).min(end);
    let inner_end = end.saturating_sub(close_len).max(inner_start);
    let inner = &slice[inner_start..inner_end];
    let words = inner.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    let first = inner.trim_start().chars().next();
    let starts_capital = first.is_some_and(|c| c.is_uppercase() || c == '.' || c == '…');
    let ends_clause = inner.trim_end().ends_with(['.', '!', '?', ',', '…', ';', ':']);
    // A fragment quoted mid-sentence starts in lower case (“requiring mailers to ...”).
    let is_full_sentence = starts_capital && (words >= 8 || (words >= 4 && ends_clause)) && !is_title_case(inner);
    Quote {
        span: Span::new(base + start, base + end),
        inner: Span::new(base + inner_start, base + inner_end),
        words,
        is_full_sentence,
        continued,
        speaker: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first implementation, char by char: the reference for `find`.
    fn find_reference(text: &str, block: Span, open_from_previous: bool) -> (Vec<Quote>, bool) {
        let mut out = Vec::new();
        let Some(slice) = text.get(block.range()) else { return (out, false) };
        let base = block.start;
        let mut open: Option<(usize, char)> = None;
        let continued = open_from_previous && slice.starts_with(['“', '"']);
        let mut prev: Option<char> = None;
        for (i, c) in slice.char_indices() {
            match (open, c) {
                (None, '“') => open = Some((i, '”')),
                (None, '"') if opens_straight(prev) => open = Some((i, '"')),
                (Some((start, close)), c) if c == close || (close == '”' && c == '"' && !opens_straight(prev)) => {
                    out.push(make_quote(slice, base, start, i + c.len_utf8(), continued && out.is_empty()));
                    open = None;
                }
                (Some(_), '“') => open = Some((i, '”')),
                _ => {}
            }
            prev = Some(c);
        }
        if let Some((start, _)) = open {
            out.push(make_quote(slice, base, start, slice.len(), continued && out.is_empty()));
            return (out, true);
        }
        (out, false)
    }

    #[test]
    fn find_matches_the_reference() {
        let pieces = ["“", "”", "\"", "‘", "’", " ", "(", "[", "—", "-", ":", "He said", "We will go.", "é", "…", "\n"];
        for s in crate::analysis::random_texts(&pieces, 17, 20000, 59, 1, 13) {
            for open in [false, true] {
                let whole = Span::new(0, s.len());
                assert_eq!(find(&s, whole, open), find_reference(&s, whole, open), "{s:?}");
            }
        }
    }

    #[test]
    fn curly_and_straight() {
        let s = "He called it a “hoax,” then said \"We will never accept this deal.\"";
        let (q, open) = find(s, Span::new(0, s.len()), false);
        assert!(!open);
        assert_eq!(q.len(), 2);
        assert!(!q[0].is_full_sentence);
        assert!(q[1].is_full_sentence);
        assert_eq!(&s[q[1].inner.range()], "We will never accept this deal.");
    }

    #[test]
    fn a_quoted_title_is_no_sentence() {
        let s = "The exhibition, \"Common Ground: 100 Objects from Our City,\" runs until March. Then: \"We will not go back to the Table Office.\"";
        let (q, _) = find(s, Span::new(0, s.len()), false);
        assert_eq!(q.iter().map(|q| q.is_full_sentence).collect::<Vec<_>>(), [false, true]);
    }

    #[test]
    fn unclosed_quote_continues() {
        let s = "“We are going to win this war and nobody can stop us.";
        let (q, open) = find(s, Span::new(0, s.len()), false);
        assert!(open);
        assert_eq!(q.len(), 1);
        let next = "“And we will rebuild,” he said.";
        let (q2, open2) = find(next, Span::new(0, next.len()), open);
        assert!(!open2);
        assert!(q2[0].continued);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let s = "Russia’s reserves and the 1990s' stock";
        assert!(find(s, Span::new(0, s.len()), false).0.is_empty());
    }
}
