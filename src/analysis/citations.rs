//! Citation markers written in the text: `[1]`, `[2, 3]`, `[^note]`,
//! `[@smith2020]`, `(Smith 2020)`, `(Smith and Lee, 2020, p. 4)`, and a
//! figure's source named in closing brackets (`7.1 (USGS)`). Links,
//! bare URLs and Markdown footnote references are found by the document
//! parser.

use std::sync::LazyLock;

use regex::Regex;

use super::tokens::{Token, TokenKind};
use crate::span::Span;

static MARKERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]",
        r"|\[\^[^\]\s]{1,40}\]",
        r"|\[@[\w:.\-]+(?:\s*;\s*@[\w:.\-]+)*\]",
        // an author or a body of up to six words ("Brown and Lee", "Department
        // for Education", "Bank of England") and a year
        r"|\((?:see\s+)?\p{Lu}[\p{L}’'\-]+(?:\s+et\s+al\.?|(?:\s+(?:(?:and|&|for|of|the|on)\s+)?\p{Lu}[\p{L}’'\-]+){1,5})?,?\s+(?:1[6-9]|20)\d\d[a-z]?(?:[,;:][^)]{0,40})?\)",
        // A report's own exhibits: "(Table 2)", "(see Figure 3a)", "(Annex B)".
        r"|\((?:see\s+)?(?:Table|Tables|Figure|Figures|Fig\.|Chart|Annex|Appendix|Box|Exhibit)\s+[A-Z0-9][A-Za-z0-9.\-]{0,6}(?:\s*(?:,|and|&|–|-)\s*[A-Z0-9][A-Za-z0-9.\-]{0,6})*\)",
    ))
    .expect("citation pattern")
});

/// Placeholders copydesk's fixes insert. A sentence carrying one has been
/// marked as awaiting its source, so it is not flagged again (and applying
/// fixes converges).
pub const PLACEHOLDERS: &[&str] = &["[citation needed]", "[SOURCE]", "[SPEAKER]"];

/// Citation markers and source placeholders in `text` (spans relative to
/// `text`). `custom` are the house's own placeholder texts.
pub fn find(text: &str, custom: &[String]) -> Vec<Span> {
    if memchr::memchr2(b'[', b'(', text.as_bytes()).is_none() && custom.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<Span> = if may_have_marker(text) { MARKERS.find_iter(text).map(|m| Span::new(m.start(), m.end())).collect() } else { Vec::new() };
    // A placeholder's first byte must occur first (most blocks have no `[`).
    let occurs = |p: &&str| p.as_bytes().first().is_some_and(|&b| memchr::memchr(b, text.as_bytes()).is_some());
    for p in PLACEHOLDERS.iter().copied().chain(custom.iter().map(String::as_str)).filter(occurs) {
        out.extend(text.match_indices(p).map(|(i, m)| Span::new(i, i + m.len())));
    }
    out.sort();
    out
}

/// Whether [`MARKERS`] can match in `text` (so that most texts never build
/// or run it): every match starts with `[` and a digit, `^` or `@`, or with
/// `(`, an `s` ("see") or a capital, and holds a year (`16`-`20` and two
/// digits) before the first `)` or names an exhibit ("(Table 2)").
fn may_have_marker(text: &str) -> bool {
    const EXHIBITS: &[&str] = &["Table", "Figure", "Fig.", "Chart", "Annex", "Appendix", "Box", "Exhibit"];
    let b = text.as_bytes();
    memchr::memchr2_iter(b'[', b'(', b).any(|i| {
        let next = text[i + 1..].chars().next();
        if b[i] == b'[' {
            next.is_some_and(|c| c == '^' || c == '@' || c.is_numeric())
        } else {
            let inner = &b[i + 1..];
            let inner = &inner[..memchr::memchr(b')', inner).unwrap_or(inner.len())];
            // `inner` ends before an ASCII `)` (or at the end): whole characters.
            let words = std::str::from_utf8(inner).unwrap_or("");
            let words = words.strip_prefix("see").map_or(words, str::trim_start);
            let exhibit = EXHIBITS.iter().any(|e| words.starts_with(e));
            next.is_some_and(|c| c == 's' || c.is_uppercase()) && (exhibit || inner.windows(2).any(|w| (w[0] == b'1' && (b'6'..=b'9').contains(&w[1])) || w == b"20"))
        }
    })
}

/// "Magnitude: 7.1 (USGS)", "Deaths: at least 214 (National Risk
/// Management Secretariat)": a figure with its source's name in brackets
/// closing the sentence or list item (a name or an abbreviation, a number
/// at most three tokens before the bracket).
pub fn source_in_closing_brackets(toks: &[Token<'_>]) -> bool {
    let end = match toks {
        [.., last] if last.kind == TokenKind::Punct && matches!(last.text, "." | ";") => toks.len() - 1,
        _ => toks.len(),
    };
    if end < 3 || !toks[end - 1].is_punct(")") {
        return false;
    }
    let Some(open) = toks[..end - 1].iter().rposition(|t| t.is_punct("(")) else { return false };
    let inner = &toks[open + 1..end - 1];
    // (a body: an abbreviation of three letters or more, or a name with a
    // body's kind in it; not "(Series B)", a funding round)
    let body = |t: &Token<'_>| t.is_abbreviation() && t.text.len() >= 3 && inner.len() == 1 || super::attribution::is_institution(t.lower()) || super::attribution::is_producer(t.lower()) || matches!(t.lower(), "secretariat" | "ministry" | "survey" | "organization" | "organisation" | "statistics" | "centre" | "center");
    let names = !inner.is_empty()
        && inner.len() <= 6
        && inner[0].is_capitalized()
        && inner.iter().all(|t| t.is_capitalized() || matches!(t.lower(), "of" | "for" | "and" | "the" | "on"))
        && inner.iter().any(body)
        // (not a year or a section: no digits in it)
        && inner.iter().all(|t| !t.text.bytes().any(|b| b.is_ascii_digit()));
    names && toks[open.saturating_sub(3)..open].iter().any(|t| t.kind == TokenKind::Number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        let t = "A [1]. B [2, 3]. C [^n]. D [@smith2020; @lee]. E (Smith 2020). F (Smith et al., 2019, p. 4). G (in 2020). H (Brown and Lee 2021)";
        let found: Vec<&str> = find(t, &[]).into_iter().map(|s| &t[s.range()]).collect();
        assert_eq!(found, vec!["[1]", "[2, 3]", "[^n]", "[@smith2020; @lee]", "(Smith 2020)", "(Smith et al., 2019, p. 4)", "(Brown and Lee 2021)"]);
        let t = "A (Department for Education 2026). B (Bank of England, 2025). C (Office for National Statistics 2024a). D (in the Bank of England 2025). E (OECD 2023)";
        let found: Vec<&str> = find(t, &[]).into_iter().map(|s| &t[s.range()]).collect();
        assert_eq!(found, vec!["(Department for Education 2026)", "(Bank of England, 2025)", "(Office for National Statistics 2024a)", "(OECD 2023)"]);
        let t = "A (Table 2). B (see Figure 3a). C (Tables 4 and 5). D (Annex B). E (table of contents). F (Tabled 2)";
        let found: Vec<&str> = find(t, &[]).into_iter().map(|s| &t[s.range()]).collect();
        assert_eq!(found, vec!["(Table 2)", "(see Figure 3a)", "(Tables 4 and 5)", "(Annex B)"]);
    }

    #[test]
    fn the_prefilter_never_hides_a_marker() {
        let pieces = ["[", "]", "(", ")", "1", "2", "3", "7", "0", "19", "20", "^", "@", "see ", "Smith", "et al.", " and ", " for ", "Education", "&", ",", ";", ":", " ", "s", "٣", "É", "p. 4", "-", "’", "Table ", "Figure ", "Annex ", "B"];
        for s in crate::analysis::random_texts(&pieces, 3, 20000, 59, 2, 7) {
            if MARKERS.is_match(&s) {
                assert!(may_have_marker(&s), "{s:?}");
            }
        }
        for t in ["(Smith 2020)", "(see Brown and Lee, 1999, p. 4)", "[٣]", "[^n]", "[@k]"] {
            assert!(may_have_marker(t) && MARKERS.is_match(t), "{t}");
        }
    }

    #[test]
    fn placeholders_mark_a_sentence() {
        let t = "It fell [citation needed]. It rose [source?].";
        let found: Vec<&str> = find(t, &["[source?]".to_string()]).into_iter().map(|s| &t[s.range()]).collect();
        assert_eq!(found, vec!["[citation needed]", "[source?]"]);
    }
}
