//! Line starts of a text, for turning byte offsets into line/column pairs.
//!
//! Only `\n`, `\r\n` and `\r` end lines, as in LSP. Columns are counted in
//! the unit the caller asks for (UTF-8 bytes or UTF-16 code units); nothing
//! here rescans the whole text per lookup.

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

#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    /// Byte offset at which each line starts; always begins with 0.
    starts: Vec<usize>,
    len: usize,
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
        LineIndex { starts, len: text.len() }
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
            ColumnUnit::Utf16 => text[start..offset].chars().map(char::len_utf16).sum(),
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
                let mut units = 0;
                for (i, c) in text[start..end].char_indices() {
                    let next = units + c.len_utf16();
                    if next > col {
                        return start + i;
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
