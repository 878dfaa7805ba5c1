//! Sentence boundaries inside one block of prose.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or
//! brackets after it) followed by white space and a character that can start
//! a sentence (a capital, a digit, an opening quote or bracket). Periods of
//! abbreviations (`Dr.`, `Jan.`, `No. 5`), initials (`J. Smith`) and dotted
//! abbreviations (`U.S.`, `e.g.`) do not end sentences; decimals never have
//! white space after the point.

use super::lexicon::Lexicon;
use crate::span::Span;

const CLOSERS: &[char] = &['"', '”', '’', '\'', ')', ']', '»', '*', '_'];
const OPENERS: &[char] = &['"', '“', '‘', '\'', '(', '[', '«', '¿', '¡', '*', '_', '-', '—'];

/// Sentence spans of `text[block]`, trimmed of surrounding white space.
pub fn split(text: &str, block: Span, lexicon: &Lexicon) -> Vec<Span> {
    let mut out = Vec::new();
    let Some(slice) = text.get(block.range()) else { return out };
    let base = block.start;
    let mut start = 0usize;
    let bytes = slice.as_bytes();
    let char_at = |i: usize| slice.get(i..).and_then(|r| r.chars().next());
    let mut pos = 0;
    // Only `.`, `!`, `?` and `…` (a three-byte character led by 0xE2) can
    // end a sentence: jump from one candidate byte to the next. The next
    // 0xE2 is searched apart (memchr takes at most three bytes) and kept
    // until passed.
    let mut next_e2: Option<usize> = None;
    let mut next_candidate = |pos: usize| {
        if next_e2.is_none_or(|e| e < pos) {
            next_e2 = Some(memchr::memchr(0xE2, &bytes[pos..]).map_or(bytes.len(), |o| pos + o));
        }
        let stop = memchr::memchr3(b'.', b'!', b'?', &bytes[pos..]).map_or(bytes.len(), |o| pos + o);
        let i = stop.min(next_e2.unwrap_or(bytes.len()));
        (i < bytes.len()).then_some(i)
    };
    while let Some(i) = next_candidate(pos) {
        let c = char_at(i).unwrap_or(' ');
        if !matches!(c, '.' | '!' | '?' | '…') {
            pos = i + c.len_utf8();
            continue;
        }
        // Extend over repeated terminators and closers.
        let mut end = i + c.len_utf8();
        while let Some(n) = char_at(end) {
            if matches!(n, '.' | '!' | '?' | '…') || CLOSERS.contains(&n) {
                end += n.len_utf8();
            } else {
                break;
            }
        }
        // Citation markers right after the terminator belong to this sentence.
        loop {
            let rest = &slice[end..];
            let lead = rest.len() - rest.trim_start().len();
            match citation_marker_len(&rest[lead..]) {
                Some(n) => end += lead + n,
                None => break,
            }
        }
        pos = end;
        let rest = &slice[end..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() && !rest.is_empty() {
            continue; // no white space after the terminator
        }
        if !trimmed.is_empty() {
            let next = trimmed.chars().next().unwrap_or(' ');
            let can_start = next.is_uppercase() || next.is_ascii_digit() || OPENERS.contains(&next) || next == '$' || next == '£' || next == '€';
            if !can_start {
                continue;
            }
            if c == '.' && end == i + 1 && !ends_sentence_after_period(&slice[..i], lexicon) && !starts_sentence(trimmed, &slice[..i]) {
                continue;
            }
            if c == '.' && end == i + 1 && labels_a_number(&slice[..i], next) {
                continue;
            }
        }
        push_trimmed(&mut out, slice, base, start, end);
        start = end;
    }
    push_trimmed(&mut out, slice, base, start, slice.len());
    out
}

/// After a dotted abbreviation such as "D.C." or "U.S.", a following word
/// that almost only ever starts a sentence ("The", "He") means the period
/// ended one. Titles and initials ("Dr.", "J.") are never followed so.
fn starts_sentence(rest: &str, before: &str) -> bool {
    const STARTERS: &[&str] = &[
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "These", "Those", "There", "But", "And", "However",
        "After", "Before", "When", "While", "Its", "His", "Her", "Their", "In", "On", "At", "As", "Since", "Meanwhile",
    ];
    // The word starts after the last whitespace character, which may be wider
    // than one byte (a no-break space before "D.C.").
    let word_start = before.char_indices().rfind(|(_, c)| c.is_whitespace()).map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    if !word.contains('.') {
        return false;
    }
    let next: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    STARTERS.contains(&next.as_str()) && rest[next.len()..].starts_with(' ')
}

/// Length of a bracketed citation marker at the start of `s`: `[1]`,
/// `[2, 3]`, `[^note]`, `[@key]`.
fn citation_marker_len(s: &str) -> Option<usize> {
    if let Some(p) = super::citations::PLACEHOLDERS.iter().find(|p| s.starts_with(**p)) {
        return Some(p.len());
    }
    let inner = s.strip_prefix('[')?;
    let close = inner.find(']')?;
    let body = &inner[..close];
    let ok = !body.is_empty()
        && close <= 40
        && (body.starts_with('^') || body.starts_with('@') || body.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | ' ' | '-' | '–')));
    ok.then_some(close + 2)
}

fn push_trimmed(out: &mut Vec<Span>, slice: &str, base: usize, start: usize, end: usize) {
    let piece = &slice[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(base + start + lead, base + end - trail));
    }
}

/// "Situation report no. 7", "see p. 12": a lower-case label's period
/// before its number (`next` is the character after the white space).
fn labels_a_number(before: &str, next: char) -> bool {
    // (the digit first: most periods are followed by a capital)
    next.is_ascii_digit() && matches!(before.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or(""), "no" | "nos" | "p" | "pp" | "vol" | "fig" | "ch" | "art" | "sec" | "para" | "op")
}

/// Whether a period right after `before` ends a sentence: not after an
/// abbreviation, an initial, or a dotted abbreviation.
fn ends_sentence_after_period(before: &str, lexicon: &Lexicon) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '\''))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    if lexicon.abbreviations.contains(word) {
        return false;
    }
    // An initial: a single capital letter.
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next())
        && first.is_uppercase() {
            return false;
        }
    // "U.S" / "e.g" before the final period: dotted abbreviation. A
    // country abbreviation can end a sentence, but splitting there is the
    // costlier mistake (it cuts an attribution off its claim).
    // (letters only: "4.8%" and "£2.1m" are amounts, which end sentences)
    if word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2 && part.chars().all(char::is_alphabetic)) {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first implementation, char by char: the reference for `split`.
    fn split_reference(text: &str, block: Span, lexicon: &Lexicon) -> Vec<Span> {
        let mut out = Vec::new();
        let Some(slice) = text.get(block.range()) else { return out };
        let base = block.start;
        let mut start = 0usize;
        let mut iter = slice.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, n)) = iter.peek() {
                if matches!(n, '.' | '!' | '?' | '…') || CLOSERS.contains(&n) {
                    end = j + n.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            loop {
                let rest = &slice[end..];
                let lead = rest.len() - rest.trim_start().len();
                match citation_marker_len(&rest[lead..]) {
                    Some(n) => {
                        end += lead + n;
                        while let Some(&(j, _)) = iter.peek() {
                            if j < end { iter.next(); } else { break; }
                        }
                    }
                    None => break,
                }
            }
            let rest = &slice[end..];
            let trimmed = rest.trim_start();
            if trimmed.len() == rest.len() && !rest.is_empty() {
                continue;
            }
            if !trimmed.is_empty() {
                let next = trimmed.chars().next().unwrap_or(' ');
                let can_start = next.is_uppercase() || next.is_ascii_digit() || OPENERS.contains(&next) || next == '$' || next == '£' || next == '€';
                if !can_start {
                    continue;
                }
                if c == '.' && end == i + 1 && !ends_sentence_after_period(&slice[..i], lexicon) && !starts_sentence(trimmed, &slice[..i]) {
                    continue;
                }
                if c == '.' && end == i + 1 && labels_a_number(&slice[..i], next) {
                    continue;
                }
            }
            push_trimmed(&mut out, slice, base, start, end);
            start = end;
        }
        push_trimmed(&mut out, slice, base, start, slice.len());
        out
    }

    #[test]
    fn split_matches_the_reference() {
        let pieces = ["He won", ".", "!", "?", "…", " ", "  ", "\n", "U.S.", "Dr.", "J.", "The", "then", "”", "’", ")", "]", "*", "[1]", "[2, 3]", "[^n]", "“", "\"", "5", "$", "é", "É", "—", "e.g.", "D.C.", "\u{a0}", "\u{2009}"];
        for s in crate::analysis::random_texts(&pieces, 13, 20000, 59, 1, 13) {
            let whole = Span::new(0, s.len());
            assert_eq!(split(&s, whole, Lexicon::builtin()), split_reference(&s, whole, Lexicon::builtin()), "{s:?}");
        }
    }

    fn sentences(s: &str) -> Vec<&str> {
        split(s, Span::new(0, s.len()), Lexicon::builtin()).into_iter().map(|sp| &s[sp.range()]).collect()
    }

    #[test]
    fn abbreviations_initials_and_decimals() {
        assert_eq!(
            sentences("Dr. Smith met U.S. officials on Jan. 5 in No. 5 Street. J. R. Doe paid 1.5 million, e.g. cash. It rained."),
            vec!["Dr. Smith met U.S. officials on Jan. 5 in No. 5 Street.", "J. R. Doe paid 1.5 million, e.g. cash.", "It rained."]
        );
    }

    #[test]
    fn quotes_that_end_with_attribution() {
        assert_eq!(
            sentences("“It is likely,” he stated. “Stop!” she said. “Go.” Then he left."),
            vec!["“It is likely,” he stated.", "“Stop!” she said.", "“Go.”", "Then he left."]
        );
    }

    #[test]
    fn citation_markers_stay_with_their_sentence() {
        assert_eq!(sentences("He won. [1] [2] Then he lost.[3] Done."), vec!["He won. [1] [2]", "Then he lost.[3]", "Done."]);
    }

    #[test]
    fn an_amount_with_a_decimal_point_ends_a_sentence() {
        assert_eq!(sentences("Fares rose by 4.8%. Passengers were angry, the watchdog said."), vec!["Fares rose by 4.8%.", "Passengers were angry, the watchdog said."]);
        assert_eq!(sentences("The deal was worth £2.1m. Shareholders approved it."), vec!["The deal was worth £2.1m.", "Shareholders approved it."]);
    }

    #[test]
    fn a_lower_case_label_before_its_number_ends_no_sentence() {
        assert_eq!(sentences("Situation report no. 7, issued by the agency. See p. 12 for more."), vec!["Situation report no. 7, issued by the agency.", "See p. 12 for more."]);
    }

    #[test]
    fn dotted_abbreviation_at_sentence_end() {
        assert_eq!(sentences("They met in Washington D.C. The team won."), vec!["They met in Washington D.C.", "The team won."]);
        assert_eq!(sentences("The U.S. Army left."), vec!["The U.S. Army left."]);
        // A no-break space (two bytes) before the abbreviation.
        assert_eq!(sentences("They met in\u{a0}D.C. The team won."), vec!["They met in\u{a0}D.C.", "The team won."]);
    }

    #[test]
    fn questions_and_ellipses() {
        assert_eq!(sentences("Why? Because… It works"), vec!["Why?", "Because…", "It works"]);
    }
}
