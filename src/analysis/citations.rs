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

/// Citation markers in `text` (spans relative to `text`).
pub fn find(text: &str) -> Vec<Span> {
    if !text.contains(['[', '(']) {
        return Vec::new();
    }
    MARKERS.find_iter(text).map(|m| Span::new(m.start(), m.end())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        let t = "A [1]. B [2, 3]. C [^n]. D [@smith2020; @lee]. E (Smith 2020). F (Smith et al., 2019, p. 4). G (in 2020). H (Brown and Lee 2021)";
        let found: Vec<&str> = find(t).into_iter().map(|s| &t[s.range()]).collect();
        assert_eq!(found, vec!["[1]", "[2, 3]", "[^n]", "[@smith2020; @lee]", "(Smith 2020)", "(Smith et al., 2019, p. 4)", "(Brown and Lee 2021)"]);
    }
}
