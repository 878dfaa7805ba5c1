//! Plain text: paragraphs are separated by blank lines; everything is prose.

use super::{reveal, Block, BlockKind, Parsed};
use crate::span::Span;

pub(super) fn parse(text: &str, body_start: usize, prose: &mut [u8]) -> Parsed {
    reveal(text, prose, body_start, text.len());
    let mut parsed = Parsed::default();
    let bytes = text.as_bytes();
    let mut para_start: Option<usize> = None;
    let mut line_start = body_start;
    while line_start < bytes.len() {
        let mut line_end = line_start;
        while line_end < bytes.len() && bytes[line_end] != b'\n' && bytes[line_end] != b'\r' {
            line_end += 1;
        }
        let blank = text[line_start..line_end].trim().is_empty();
        if blank {
            if let Some(start) = para_start.take() {
                push_block(&mut parsed, text, start, line_start);
            }
        } else if para_start.is_none() {
            para_start = Some(line_start);
        }
        let mut next = line_end;
        if next < bytes.len() {
            next += if bytes[next] == b'\r' && bytes.get(next + 1) == Some(&b'\n') { 2 } else { 1 };
        } else {
            next = bytes.len();
        }
        line_start = next;
    }
    if let Some(start) = para_start {
        push_block(&mut parsed, text, start, text.len());
    }
    parsed
}

fn push_block(parsed: &mut Parsed, text: &str, start: usize, end: usize) {
    let trimmed = text[start..end].trim_end();
    parsed.blocks.push(Block { kind: BlockKind::Paragraph, span: Span::new(start, start + trimmed.len()), in_block_quote: false });
}
