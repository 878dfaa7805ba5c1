//! The one place where LSP positions meet byte offsets.
//!
//! Everything inside copydesk is a UTF-8 byte offset into the text as read;
//! the client speaks in (line, column) pairs whose column unit is the
//! position encoding negotiated at `initialize`. Lines end at `\n`, `\r\n`
//! or `\r` only, on both sides (the library's `LineIndex` and ropey built
//! without `unicode_lines`). Every conversion clamps: a line past the end
//! is the end of the text, a column past the end of its line is the end of
//! that line, a column inside a character is that character's start.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use copydesk::document::line_index::floor_char_boundary;
use copydesk::document::{ColumnUnit, LineCol, LineIndex};
use copydesk::span::Span;
use ropey::Rope;
use tower_lsp_server::UriExt;
use tower_lsp_server::lsp_types::{Position, PositionEncodingKind, Range, Uri};

/// The column unit agreed with the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client offers it (no conversion at all), else the
    /// mandatory UTF-16.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    fn unit(self) -> ColumnUnit {
        match self {
            Encoding::Utf8 => ColumnUnit::Utf8,
            Encoding::Utf16 => ColumnUnit::Utf16,
        }
    }
}

/// A text and its line index: converts between byte offsets and positions.
#[derive(Clone)]
pub struct Lines<'a> {
    pub text: &'a str,
    pub index: &'a LineIndex,
    pub encoding: Encoding,
    /// The last UTF-16 conversion (line, offset, column): offsets met in
    /// increasing order on one long line are counted from there.
    cursor: Cell<(usize, usize, usize)>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str, index: &'a LineIndex, encoding: Encoding) -> Self {
        Lines { text, index, encoding, cursor: Cell::new((usize::MAX, 0, 0)) }
    }

    /// The position of a byte offset (clamped to a char boundary and to
    /// the text). Same result as `LineIndex::position`, counting UTF-16
    /// units with a byte scan instead of decoding chars (diagnostics of a
    /// large document convert thousands of offsets per edit).
    pub fn position(&self, offset: usize) -> Position {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.index.line_of(offset);
        let start = self.index.line_start(line);
        let col = match self.encoding {
            Encoding::Utf8 => offset - start,
            Encoding::Utf16 => {
                let (c_line, c_offset, c_col) = self.cursor.get();
                let col = if c_line == line && c_offset <= offset {
                    c_col + utf16_len(&self.text.as_bytes()[c_offset..offset])
                } else {
                    utf16_len(&self.text.as_bytes()[start..offset])
                };
                self.cursor.set((line, offset, col));
                col
            }
        };
        Position::new(line as u32, col as u32)
    }

    pub fn offset(&self, position: Position) -> usize {
        self.index.offset(self.text, LineCol { line: position.line, col: position.character }, self.encoding.unit())
    }

    pub fn range(&self, span: Span) -> Range {
        Range::new(self.position(span.start), self.position(span.end))
    }

    /// The byte span of a range; a reversed range is read as empty at its start.
    pub fn span(&self, range: Range) -> Span {
        let start = self.offset(range.start);
        let end = self.offset(range.end).max(start);
        Span::new(start, end)
    }
}

/// UTF-16 length of valid UTF-8: one unit per char, two for the chars
/// that take four bytes.
pub fn utf16_len(bytes: &[u8]) -> usize {
    if bytes.is_ascii() {
        return bytes.len();
    }
    bytes.iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
}

/// The char index of a position in a rope, clamped like [`Lines::offset`].
pub fn rope_char(rope: &Rope, position: Position, encoding: Encoding) -> usize {
    let line_idx = position.line as usize;
    if line_idx >= rope.len_lines() {
        return rope.len_chars();
    }
    let line_start = rope.line_to_char(line_idx);
    let line = rope.line(line_idx);
    let content_chars = line.len_chars() - line_break_chars(&line);
    let content = line.slice(..content_chars);
    let col = position.character as usize;
    let within = match encoding {
        Encoding::Utf8 => {
            let byte = col.min(content.len_bytes());
            // `byte_to_char` gives the char containing the byte: its start.
            content.byte_to_char(byte)
        }
        Encoding::Utf16 => content.utf16_cu_to_char(col.min(content.len_utf16_cu())),
    };
    line_start + within
}

/// How many chars of line break end this line (0, 1 or 2).
fn line_break_chars(line: &ropey::RopeSlice<'_>) -> usize {
    let n = line.len_chars();
    if n == 0 {
        return 0;
    }
    match line.char(n - 1) {
        '\n' if n >= 2 && line.char(n - 2) == '\r' => 2,
        '\n' | '\r' => 1,
        _ => 0,
    }
}

/// Apply one `didChange` content change: a range edit, or the whole text
/// when `range` is `None`.
pub fn apply_change(rope: &mut Rope, range: Option<Range>, text: &str, encoding: Encoding) {
    match range {
        None => *rope = Rope::from_str(text),
        Some(range) => {
            let start = rope_char(rope, range.start, encoding);
            let end = rope_char(rope, range.end, encoding).max(start);
            if start < end {
                rope.remove(start..end);
            }
            if !text.is_empty() {
                rope.insert(start, text);
            }
        }
    }
}

pub use copydesk::document::line_ending;

/// The local path of a `file:` URI.
pub fn uri_to_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.scheme().is_some_and(|s| s.as_str().eq_ignore_ascii_case("file")) {
        return None;
    }
    uri.to_file_path().map(|p| p.into_owned())
}

/// A `file:` URI for an absolute path (which need not exist).
pub fn path_to_uri(path: &Path) -> Option<Uri> {
    if path.is_absolute() { Uri::from_file_path(path) } else { None }
}

/// A URI from a string known to be valid.
pub fn parse_uri(s: &str) -> Option<Uri> {
    Uri::from_str(s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(text: &str) -> LineIndex {
        LineIndex::new(text)
    }

    /// Every char boundary converts to a position and back to itself, in
    /// both encodings, and the rope agrees with the string.
    fn roundtrip_all(text: &str) {
        let index = lines_of(text);
        let rope = Rope::from_str(text);
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            let lines = Lines::new(text, &index, enc);
            for (offset, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
                // The fast conversion agrees with the library's.
                let lc = index.position(text, offset, enc.unit());
                assert_eq!(lines.position(offset), Position::new(lc.line, lc.col), "{enc:?} at {offset} in {text:?}");
                // The point between CR and LF has no position of its own.
                if text[..offset].ends_with('\r') && text[offset..].starts_with('\n') {
                    continue;
                }
                let pos = lines.position(offset);
                assert_eq!(lines.offset(pos), offset, "{enc:?} offset {offset} in {text:?} -> {pos:?}");
                let ch = rope_char(&rope, pos, enc);
                assert_eq!(rope.char_to_byte(ch), offset, "{enc:?} rope at {pos:?} in {text:?}");
            }
        }
    }

    #[test]
    fn utf16_length_by_bytes() {
        for s in ["", "abc", "é", "中文", "😀", "a😀é中z\r\n"] {
            assert_eq!(utf16_len(s.as_bytes()), s.encode_utf16().count(), "{s:?}");
        }
        // Offsets inside a char clamp to its start, as in the library.
        let text = "a😀b";
        let index = lines_of(text);
        let lines = Lines::new(text, &index, Encoding::Utf16);
        assert_eq!(lines.position(3), Position::new(0, 1));
        assert_eq!(lines.position(5), Position::new(0, 3));
        // Out of order on one line, and across lines: the cursor never misleads.
        let text = "é😀x y中z\nü😀w";
        let index = lines_of(text);
        let lines = Lines::new(text, &index, Encoding::Utf16);
        let offsets = [text.find('z').unwrap(), 2, text.find('y').unwrap(), text.find('w').unwrap(), text.find('ü').unwrap(), text.len(), 0];
        for o in offsets {
            let lc = index.position(text, o, ColumnUnit::Utf16);
            assert_eq!(lines.position(o), Position::new(lc.line, lc.col), "offset {o}");
        }
    }

    #[test]
    fn negotiates_utf8_only_when_offered() {
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(Some(&[PositionEncodingKind::UTF16])), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(Some(&[PositionEncodingKind::UTF32, PositionEncodingKind::UTF8])), Encoding::Utf8);
        assert_eq!(Encoding::negotiate(Some(&[PositionEncodingKind::UTF32])), Encoding::Utf16);
    }

    #[test]
    fn emoji_columns() {
        let text = "a😀b said so.\n";
        let index = lines_of(text);
        let b = text.find('b').unwrap();
        assert_eq!(Lines::new(text, &index, Encoding::Utf16).position(b), Position::new(0, 3));
        assert_eq!(Lines::new(text, &index, Encoding::Utf8).position(b), Position::new(0, 5));
        // A UTF-16 column inside the surrogate pair clamps to the emoji's start.
        assert_eq!(Lines::new(text, &index, Encoding::Utf16).offset(Position::new(0, 2)), 1);
        let rope = Rope::from_str(text);
        assert_eq!(rope_char(&rope, Position::new(0, 2), Encoding::Utf16), 1);
        assert_eq!(rope_char(&rope, Position::new(0, 3), Encoding::Utf16), 2);
        // A UTF-8 column inside the emoji clamps to its start too.
        assert_eq!(Lines::new(text, &index, Encoding::Utf8).offset(Position::new(0, 3)), 1);
        assert_eq!(rope_char(&rope, Position::new(0, 3), Encoding::Utf8), 1);
        roundtrip_all(text);
    }

    #[test]
    fn cjk_columns() {
        let text = "中文报道\n说：据报道，朝鲜已派兵。";
        let index = lines_of(text);
        let bao = text.rfind('报').unwrap();
        assert_eq!(Lines::new(text, &index, Encoding::Utf16).position(bao), Position::new(1, 3));
        assert_eq!(Lines::new(text, &index, Encoding::Utf8).position(bao), Position::new(1, 9));
        roundtrip_all(text);
    }

    #[test]
    fn crlf_and_cr_line_ends() {
        let text = "one\r\ntwo\rthree\nfour\u{2028}still four\r\n";
        let index = lines_of(text);
        let lines = Lines::new(text, &index, Encoding::Utf16);
        assert_eq!(lines.position(text.find("two").unwrap()), Position::new(1, 0));
        assert_eq!(lines.position(text.find("three").unwrap()), Position::new(2, 0));
        // U+2028 is not a line break in LSP.
        assert_eq!(lines.position(text.find("still").unwrap()), Position::new(3, 5));
        let rope = Rope::from_str(text);
        assert_eq!(rope.len_lines(), 5);
        // A column past the end of a CRLF line stops before the CR.
        assert_eq!(lines.offset(Position::new(0, 99)), 3);
        assert_eq!(rope_char(&rope, Position::new(0, 99), Encoding::Utf16), 3);
        assert_eq!(rope_char(&rope, Position::new(1, 99), Encoding::Utf8), 8);
        roundtrip_all(text);
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let text = "ab\ncd";
        let index = lines_of(text);
        let rope = Rope::from_str(text);
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            let lines = Lines::new(text, &index, enc);
            assert_eq!(lines.offset(Position::new(7, 0)), text.len());
            assert_eq!(lines.offset(Position::new(0, u32::MAX)), 2);
            assert_eq!(rope_char(&rope, Position::new(u32::MAX, u32::MAX), enc), rope.len_chars());
            assert_eq!(lines.position(999), Position::new(1, 2));
            // A reversed range reads as empty.
            assert_eq!(lines.span(Range::new(Position::new(1, 1), Position::new(0, 0))), Span::new(4, 4));
        }
    }

    #[test]
    fn incremental_changes_apply_in_order() {
        let mut rope = Rope::from_str("Hello 😀 world\r\nsecond line\n");
        let enc = Encoding::Utf16;
        // Replace "world" (UTF-16 columns 9..14 after the emoji).
        apply_change(&mut rope, Some(Range::new(Position::new(0, 9), Position::new(0, 14))), "there", enc);
        assert_eq!(rope.to_string(), "Hello 😀 there\r\nsecond line\n");
        // Join the lines: delete the CRLF; later changes see the edited text.
        apply_change(&mut rope, Some(Range::new(Position::new(0, 14), Position::new(1, 0))), " ", enc);
        assert_eq!(rope.to_string(), "Hello 😀 there second line\n");
        apply_change(&mut rope, Some(Range::new(Position::new(0, 0), Position::new(0, 0))), "中", enc);
        apply_change(&mut rope, Some(Range::new(Position::new(0, 1), Position::new(0, 1))), "文", enc);
        assert_eq!(rope.to_string(), "中文Hello 😀 there second line\n");
        // Out-of-range: appends at the end.
        apply_change(&mut rope, Some(Range::new(Position::new(40, 3), Position::new(41, 0))), "end", enc);
        assert_eq!(rope.to_string(), "中文Hello 😀 there second line\nend");
        // Whole-text change.
        apply_change(&mut rope, None, "new", enc);
        assert_eq!(rope.to_string(), "new");
    }

    #[test]
    fn a_cr_then_lf_inserted_separately_form_one_line_break() {
        let mut rope = Rope::from_str("ab");
        apply_change(&mut rope, Some(Range::new(Position::new(0, 1), Position::new(0, 1))), "\r", Encoding::Utf8);
        assert_eq!(rope.len_lines(), 2);
        apply_change(&mut rope, Some(Range::new(Position::new(1, 0), Position::new(1, 0))), "\n", Encoding::Utf8);
        assert_eq!(rope.to_string(), "a\r\nb");
        assert_eq!(rope.len_lines(), 2);
        let text = rope.to_string();
        assert_eq!(LineIndex::new(&text).line_count(), 2);
    }

    #[test]
    fn line_endings_and_uris() {
        assert_eq!(line_ending("a\r\nb\n"), "\r\n");
        assert_eq!(line_ending("a\rb"), "\r");
        assert_eq!(line_ending("a"), "\n");
        let uri = path_to_uri(Path::new("/tmp/a b/copydesk.toml")).unwrap();
        assert_eq!(uri.as_str(), "file:///tmp/a%20b/copydesk.toml");
        assert_eq!(uri_to_path(&uri).unwrap(), PathBuf::from("/tmp/a b/copydesk.toml"));
        assert_eq!(uri_to_path(&parse_uri("untitled:Untitled-1").unwrap()), None);
    }
}
