//! Line starts of a text, for turning byte offsets into line/column pairs.
//!
//! Only `\n`, `\r\n` and `\r` end lines, as in LSP. Columns are counted in
//! the unit the caller asks for (UTF-8 bytes or UTF-16 code units); nothing
//! here rescans the whole text per lookup. Long lines carry a UTF-16 mark
//! every [`MARK_EVERY`] bytes, so a column costs at most that much counting
//! however long its line (a one-line 50 MB file has a finding every few
//! hundred bytes, and counting each from the line start was quadratic).

/// How columns are counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnUnit {
    Utf8,
    Utf16,
}

/// A 0-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// Bytes between UTF-16 marks on a long line.
pub const MARK_EVERY: usize = 1024;

#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    /// Byte offset at which each line starts; always begins with 0.
    starts: Vec<usize>,
    len: usize,
    /// On lines longer than `MARK_EVERY`: (byte offset on a char boundary
    /// inside the line, UTF-16 column there), sorted by offset.
    marks: Vec<(usize, usize)>,
}

/// UTF-16 code units of a UTF-8 string: one per char, two for the
/// four-byte ones; counted on bytes.
fn utf16_len(s: &str) -> usize {
    s.bytes().map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while let Some(pos) = memchr2(b'\n', b'\r', &bytes[i..]) {
            let at = i + pos;
            if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                i = at + 2;
            } else {
                i = at + 1;
            }
            starts.push(i);
        }
        let mut marks = Vec::new();
        for (n, &start) in starts.iter().enumerate() {
            let end = starts.get(n + 1).copied().unwrap_or(text.len());
            if end - start <= MARK_EVERY {
                continue;
            }
            let (mut at, mut col) = (start, 0);
            loop {
                let next = floor_char_boundary(text, at + MARK_EVERY);
                if next >= end || next <= at {
                    break;
                }
                col += utf16_len(&text[at..next]);
                marks.push((next, col));
                at = next;
            }
        }
        LineIndex { starts, len: text.len(), marks }
    }

    /// The last mark at or before `offset` on the line starting at `start`,
    /// or the line start.
    fn mark_before(&self, start: usize, offset: usize) -> (usize, usize) {
        let k = self.marks.partition_point(|m| m.0 <= offset);
        match k.checked_sub(1).map(|k| self.marks[k]) {
            Some(m) if m.0 > start => m,
            _ => (start, 0),
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte offset where `line` starts (clamped to the text).
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.len)
    }

    /// Byte range of `line` without its line ending.
    pub fn line_span(&self, text: &str, line: usize) -> (usize, usize) {
        let start = self.line_start(line);
        let mut end = self.starts.get(line + 1).copied().unwrap_or(self.len);
        let bytes = text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        (start, end)
    }

    /// 0-based line containing `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// Line and column of a byte offset; offsets inside a character or past
    /// the end are clamped to the previous boundary.
    pub fn position(&self, text: &str, offset: usize, unit: ColumnUnit) -> LineCol {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let start = self.starts[line];
        let col = match unit {
            ColumnUnit::Utf8 => offset - start,
            ColumnUnit::Utf16 => {
                let (from, col) = self.mark_before(start, offset);
                col + utf16_len(&text[from..offset])
            }
        };
        LineCol { line: line as u32, col: col as u32 }
    }

    /// Byte offset of a line and column. A column past the end of the line
    /// clamps to the line end; a line past the end clamps to the text end;
    /// a column inside a character clamps to that character's start.
    pub fn offset(&self, text: &str, pos: LineCol, unit: ColumnUnit) -> usize {
        let line = pos.line as usize;
        if line >= self.starts.len() {
            return text.len();
        }
        let (start, end) = self.line_span(text, line);
        let col = pos.col as usize;
        match unit {
            ColumnUnit::Utf8 => floor_char_boundary(text, (start + col).min(end)),
            ColumnUnit::Utf16 => {
                // Start from the last mark of this line at or before the column.
                let lo = self.marks.partition_point(|m| m.0 <= start);
                let hi = self.marks.partition_point(|m| m.0 < end);
                let line_marks = &self.marks[lo..hi];
                let (from, mut units) = match line_marks.partition_point(|m| m.1 <= col) {
                    0 => (start, 0),
                    k => line_marks[k - 1],
                };
                for (i, c) in text[from..end].char_indices() {
                    let next = units + c.len_utf16();
                    if next > col {
                        return from + i;
                    }
                    units = next;
                }
                end
            }
        }
    }
}

/// Largest char boundary at or below `offset`.
pub fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    if offset >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn memchr2(a: u8, b: u8, hay: &[u8]) -> Option<usize> {
    memchr::memchr2(a, b, hay)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_are_lf_crlf_and_cr_only() {
        let text = "a\nb\r\nc\rd\u{2028}e";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 4);
        assert_eq!(idx.line_start(3), 7);
        assert_eq!(idx.line_span(text, 1), (2, 3));
    }

    #[test]
    fn utf16_columns_count_surrogate_pairs() {
        let text = "x😀y\n中文z";
        let idx = LineIndex::new(text);
        let y = text.find('y').unwrap();
        assert_eq!(idx.position(text, y, ColumnUnit::Utf16), LineCol { line: 0, col: 3 });
        assert_eq!(idx.position(text, y, ColumnUnit::Utf8), LineCol { line: 0, col: 5 });
        let z = text.find('z').unwrap();
        assert_eq!(idx.position(text, z, ColumnUnit::Utf16), LineCol { line: 1, col: 2 });
        for offset in [0, 1, y, z, text.len()] {
            for unit in [ColumnUnit::Utf8, ColumnUnit::Utf16] {
                let pos = idx.position(text, offset, unit);
                assert_eq!(idx.offset(text, pos, unit), offset);
            }
        }
    }

    #[test]
    fn long_lines_use_marks_and_agree_with_counting() {
        // Marks fall inside multi-byte characters and surrogate pairs.
        let line: String = (0..3000).map(|i| ["a", "é", "😀", "中", "\t"][i % 5]).collect();
        let text = format!("{line}\r\n{line}\n\nshort\r{line}");
        let idx = LineIndex::new(&text);
        assert!(idx.marks.len() > 12);
        let mut line_no = 0;
        let mut line_start = 0;
        let boundaries = text.char_indices().map(|(i, _)| i).chain([text.len()]);
        for offset in boundaries {
            if idx.line_of(offset) != line_no {
                line_no = idx.line_of(offset);
                line_start = idx.line_start(line_no);
            }
            let expected: usize = text[line_start..offset].chars().map(char::len_utf16).sum();
            let pos = idx.position(&text, offset, ColumnUnit::Utf16);
            assert_eq!(pos, LineCol { line: line_no as u32, col: expected as u32 }, "at {offset}");
            let inside_crlf = text.as_bytes().get(offset) == Some(&b'\n') && offset > 0 && text.as_bytes()[offset - 1] == b'\r';
            if !inside_crlf {
                assert_eq!(idx.offset(&text, pos, ColumnUnit::Utf16), offset);
            }
        }
        // A column inside a surrogate pair far along a long line clamps to its start.
        let emoji = text.match_indices('😀').nth(500).unwrap().0;
        let pos = idx.position(&text, emoji, ColumnUnit::Utf16);
        assert_eq!(idx.offset(&text, LineCol { line: pos.line, col: pos.col + 1 }, ColumnUnit::Utf16), emoji);
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let text = "ab\r\ncd";
        let idx = LineIndex::new(text);
        assert_eq!(idx.offset(text, LineCol { line: 0, col: 99 }, ColumnUnit::Utf16), 2);
        assert_eq!(idx.offset(text, LineCol { line: 9, col: 0 }, ColumnUnit::Utf16), 6);
        // A UTF-16 column in the middle of a surrogate pair clamps to the char start.
        let text = "😀a";
        let idx = LineIndex::new(text);
        assert_eq!(idx.offset(text, LineCol { line: 0, col: 1 }, ColumnUnit::Utf16), 0);
    }
}
