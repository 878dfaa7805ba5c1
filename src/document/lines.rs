//! Line helpers over raw bytes for the hand-written scanners (LaTeX,
//! Typst): only `\n`, `\r\n` and `\r` end a line.

pub(super) fn is_eol(c: u8) -> bool {
    c == b'\n' || c == b'\r'
}

/// End of the line holding `i` (the offset of its line end, or the end).
pub(super) fn line_end(b: &[u8], i: usize) -> usize {
    memchr::memchr2(b'\n', b'\r', &b[i.min(b.len())..]).map_or(b.len(), |n| i + n)
}

/// Past the line end at `i` (CRLF counts as one).
pub(super) fn past_eol(b: &[u8], i: usize) -> usize {
    if b.get(i) == Some(&b'\r') && b.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 }
}

/// The line end at `i` is followed by a blank line (or the end).
pub(super) fn blank_line_after(b: &[u8], i: usize) -> bool {
    let mut j = past_eol(b, i);
    while j < b.len() && matches!(b[j], b' ' | b'\t') {
        j += 1;
    }
    j >= b.len() || is_eol(b[j])
}

#[cfg(test)]
mod tests {
    #[test]
    fn line_ends() {
        let b = b"a\r\n\r\nb\rc\n  \nd";
        assert_eq!(super::line_end(b, 0), 1);
        assert_eq!(super::past_eol(b, 1), 3);
        assert!(super::blank_line_after(b, 1));
        assert!(!super::blank_line_after(b, 6));
        assert!(super::blank_line_after(b, 8));
        assert_eq!(super::line_end(b, 12), b.len());
    }
}
