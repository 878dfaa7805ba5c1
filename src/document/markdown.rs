//! Markdown (CommonMark + GFM tables, footnotes, strikethrough, task lists)
//! through pulldown-cmark's offset iterator. Text events are revealed in the
//! prose copy; code, HTML, math, images, link destinations and tables stay
//! blank. Tables are skipped entirely for now: their cells are rarely
//! sentences and need a model of their own.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{reveal, Block, BlockKind, Comment, Parsed};
use crate::span::Span;

/// What an open container means for the text inside it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Container {
    /// A prose block; index into `Parsed::blocks` once text arrives.
    Prose { kind: BlockKind, block: Option<usize> },
    /// Never linted: code blocks, tables, images, metadata, HTML blocks.
    Skip,
    BlockQuote,
    Link,
    Other,
}

pub(super) fn parse(text: &str, body_start: usize, prose: &mut [u8]) -> Parsed {
    let mut parsed = Parsed::default();
    let body = &text[body_start..];
    // pulldown-cmark does not take a lone CR for a line end (CommonMark
    // does): in a CR-only file an HTML comment or fence swallowed the rest
    // of the file and headings ran on. Parse a copy with each lone CR made
    // LF, one byte for one, so every offset still points into `text`.
    let lf_copy;
    let body = if has_lone_cr(body) {
        lf_copy = lone_cr_to_lf(body);
        lf_copy.as_str()
    } else {
        body
    };
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let mut stack: Vec<Container> = Vec::new();
    let mut skip_depth = 0usize;
    let mut quote_depth = 0usize;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let (start, end) = (range.start + body_start, range.end + body_start);
        match event {
            Event::Start(tag) => {
                let container = match tag {
                    // A paragraph inside a list item or footnote is a block of its own.
                    Tag::Paragraph => Container::Prose { kind: inherited_kind(&stack), block: None },
                    Tag::Heading { .. } => Container::Prose { kind: BlockKind::Heading, block: None },
                    Tag::Item => Container::Prose { kind: BlockKind::ListItem, block: None },
                    Tag::FootnoteDefinition(_) => Container::Prose { kind: BlockKind::Footnote, block: None },
                    Tag::BlockQuote(_) => {
                        quote_depth += 1;
                        Container::BlockQuote
                    }
                    Tag::Link { .. } => {
                        parsed.links.push(Span::new(start, end));
                        Container::Link
                    }
                    Tag::CodeBlock(_) | Tag::Table(_) | Tag::Image { .. } | Tag::HtmlBlock | Tag::MetadataBlock(_) => {
                        skip_depth += 1;
                        Container::Skip
                    }
                    _ => Container::Other,
                };
                stack.push(container);
            }
            Event::End(tag) => {
                if let Some(container) = stack.pop() {
                    match container {
                        Container::Skip => skip_depth = skip_depth.saturating_sub(1),
                        Container::BlockQuote => quote_depth = quote_depth.saturating_sub(1),
                        _ => {}
                    }
                }
                let _ = tag == TagEnd::Paragraph;
            }
            Event::Text(_) => {
                if skip_depth > 0 {
                    continue;
                }
                // An autolink's text is its address: not prose.
                if stack.last() == Some(&Container::Link) && looks_like_address(&text[start..end]) {
                    continue;
                }
                reveal(text, prose, start, end);
                attach(&mut stack, &mut parsed.blocks, quote_depth > 0, Span::new(start, end));
            }
            Event::FootnoteReference(_) => parsed.links.push(Span::new(start, end)),
            Event::Html(html) | Event::InlineHtml(html) => collect_comments(&html, start, &mut parsed.comments),
            Event::SoftBreak | Event::HardBreak => {}
            _ => {}
        }
    }
    parsed.blocks.sort_by_key(|b| b.span.start);
    parsed
}

fn has_lone_cr(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(b'\r', b).any(|i| b.get(i + 1) != Some(&b'\n'))
}

fn lone_cr_to_lf(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(if c == '\r' && chars.peek() != Some(&'\n') { '\n' } else { c });
    }
    out
}

/// Paragraphs inside list items and footnotes keep their container's kind.
fn inherited_kind(stack: &[Container]) -> BlockKind {
    for c in stack.iter().rev() {
        if let Container::Prose { kind, .. } = c {
            if *kind == BlockKind::Footnote {
                return BlockKind::Footnote;
            }
            if *kind == BlockKind::ListItem {
                return BlockKind::ListItem;
            }
        }
    }
    BlockKind::Paragraph
}

/// Add a text span to the innermost prose container, opening its block.
fn attach(stack: &mut [Container], blocks: &mut Vec<Block>, in_block_quote: bool, span: Span) {
    let Some(container) = stack.iter_mut().rev().find(|c| matches!(c, Container::Prose { .. })) else {
        // Text outside any block (should not happen in CommonMark): its own paragraph.
        blocks.push(Block { kind: BlockKind::Paragraph, span, in_block_quote });
        return;
    };
    if let Container::Prose { kind, block } = container {
        match block {
            Some(i) => blocks[*i].span = blocks[*i].span.cover(span),
            None => {
                blocks.push(Block { kind: *kind, span, in_block_quote });
                *block = Some(blocks.len() - 1);
            }
        }
    }
}

fn looks_like_address(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www.") || s.starts_with("mailto:") || (s.contains('@') && !s.contains(' '))
}

fn collect_comments(html: &str, offset: usize, out: &mut Vec<Comment>) {
    let mut from = 0;
    while let Some(open) = html[from..].find("<!--") {
        let open = from + open;
        let Some(close) = html[open + 4..].find("-->") else { break };
        let close = open + 4 + close;
        out.push(Comment {
            span: Span::new(offset + open, offset + close + 3),
            body: html[open + 4..close].trim().to_string(),
        });
        from = close + 3;
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{BlockKind, Document, Format};

    fn blocks(text: &str) -> Vec<(BlockKind, String)> {
        let doc = Document::new(text, Format::Markdown);
        doc.blocks().iter().map(|b| (b.kind, doc.prose()[b.span.range()].to_string())).collect()
    }

    #[test]
    fn lists_headings_quotes_and_footnotes() {
        let b = blocks("## Head\n\n- one item\n- two\n\n> quoted para\n\nText[^1].\n\n[^1]: The note.\n");
        assert_eq!(b[0], (BlockKind::Heading, "Head".into()));
        assert_eq!(b[1], (BlockKind::ListItem, "one item".into()));
        assert_eq!(b[3].1, "quoted para");
        assert_eq!(b[5], (BlockKind::Footnote, "The note.".into()));
    }

    #[test]
    fn code_tables_and_html_are_not_prose() {
        let text = "```\nsaid yesterday\n```\n\n| a | b |\n|---|---|\n| yesterday | 5 |\n\n<div>today</div>\n\nok <!-- copydesk-disable-next-line relative-date --> here\n";
        let doc = Document::new(text, Format::Markdown);
        assert!(!doc.prose().contains("yesterday"));
        assert!(!doc.prose().contains("today"));
        assert_eq!(doc.comments().len(), 1);
        assert_eq!(doc.comments()[0].body, "copydesk-disable-next-line relative-date");
    }

    #[test]
    fn lone_cr_ends_lines() {
        // Each of these read as one run-on block (or none) with CR-only line ends.
        for eol in ["\n", "\r\n", "\r"] {
            let text = "<!-- note -->\nAfter the comment.\n\n```\nsaid yesterday\n```\n\n# Head\nBody.\n\n> Quoted.\n".replace('\n', eol);
            let b = blocks(&text);
            let prose: Vec<&str> = b.iter().map(|(_, p)| p.as_str()).collect();
            assert_eq!(prose, ["After the comment.", "Head", "Body.", "Quoted."], "{eol:?}");
            assert_eq!(b[1].0, BlockKind::Heading);
            let doc = Document::new(text.as_str(), Format::Markdown);
            assert_eq!(doc.comments().len(), 1);
            assert!(!doc.prose().contains("yesterday"));
            assert!(doc.blocks()[3].in_block_quote);
        }
    }

    #[test]
    fn autolinks_are_citations_not_prose() {
        let doc = Document::new("See <https://example.org> now.", Format::Markdown);
        assert!(!doc.prose().contains("example"));
        assert_eq!(doc.links().len(), 1);
    }
}
