//! Citation markers written in the text: `[1]`, `[2, 3]`, `[^note]`,
//! `[@smith2020]`, `(Smith 2020)`, `(Smith and Lee, 2020, p. 4)`. Links,
//! bare URLs and Markdown footnote references are found by the document
//! parser.

use std::sync::LazyLock;

use regex::Regex;

use crate::span::Span;

static MARKERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]",
        r"|\[\^[^\]\s]{1,40}\]",
        r"|\[@[\w:.\-]+(?:\s*;\s*@[\w:.\-]+)*\]",
        r"|\((?:see\s+)?\p{Lu}[\p{L}’'\-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}’'\-]+)?,?\s+(?:1[6-9]|20)\d\d[a-z]?(?:[,;:][^)]{0,40})?\)",
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
    if !text.contains(['[', '(']) && custom.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<Span> = MARKERS.find_iter(text).map(|m| Span::new(m.start(), m.end())).collect();
    for p in PLACEHOLDERS.iter().copied().chain(custom.iter().map(String::as_str)).filter(|p| !p.is_empty()) {
        out.extend(text.match_indices(p).map(|(i, m)| Span::new(i, i + m.len())));
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        let t = "A [1]. B [2, 3]. C [^n]. D [@smith2020; @lee]. E (Smith 2020). F (Smith et al., 2019, p. 4). G (in 2020). H (Brown and Lee 2021)";
        let found: Vec<&str> = find(t, &[]).into_iter().map(|s| &t[s.range()]).collect();
        assert_eq!(found, vec!["[1]", "[2, 3]", "[^n]", "[@smith2020; @lee]", "(Smith 2020)", "(Smith et al., 2019, p. 4)", "(Brown and Lee 2021)"]);
    }

    #[test]
    fn placeholders_mark_a_sentence() {
        let t = "It fell [citation needed]. It rose [source?].";
        let found: Vec<&str> = find(t, &["[source?]".to_string()]).into_iter().map(|s| &t[s.range()]).collect();
        assert_eq!(found, vec!["[citation needed]", "[source?]"]);
    }
}
