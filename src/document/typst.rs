//! Typst: one linear scan that reveals the prose of the markup.
//!
//! Prose is the markup text and the content (`[..]`) arguments of function
//! calls (`#emph[..]`, `#link("url")[..]`, `#footnote[..]`). Never prose:
//! `#set`, `#show`, `#let`, `#import` and other code expressions, function
//! names and their `(..)` arguments (so `#table(..)` and `#figure(..)`
//! are skipped), `$..$` math, raw `` `..` `` and ```` ``` ```` blocks,
//! `<label>`s, `@key` references, the `*strong*` / `_emph_` markers and
//! the heading and list markers, and `//` and `/* */` comments, which are
//! kept for suppression.
//!
//! Blocks: paragraphs split at blank lines; `= Heading` lines are headings;
//! `- `, `+ `, `/ ` and `1. ` start list items; `#footnote[..]` text is a
//! footnote block (and its marker a citation, as are `@key`, `#cite(..)`
//! and `#link(..)`).
//! `#quote[..]` is a quotation (its brackets read as quotation marks);
//! `#quote(attribution: ..)[..]` is cited by its attribution; the
//! `caption: [..]` of a `#figure(..)` is a paragraph of prose.
//!
//! A failed search for a closer is remembered, so stray delimiters cost one
//! pass each at most once: the scan stays linear on any input.

use super::lines::{blank_line_after, is_eol, line_end, past_eol};
use super::{BlockBuilder, BlockKind, Comment, Parsed};
use crate::span::Span;

/// Content arguments nested deeper than this are blanked.
const MAX_DEPTH: usize = 8;

/// Keywords whose whole expression (to the end of its line, or of its
/// brackets) is code.
const KEYWORDS: &[&str] = &["set", "show", "let", "import", "include", "if", "else", "for", "while", "context", "return", "break", "continue"];

pub(super) fn parse(text: &str, body_start: usize, prose: &mut [u8]) -> Parsed {
    let mut s = Scanner { text, b: text.as_bytes(), prose, blocks: BlockBuilder::new(), links: Vec::new(), comments: Vec::new(), date: None, failed: [0; 3] };
    s.scan(body_start, text.len(), 0);
    Parsed { blocks: s.blocks.finish(), links: s.links, comments: s.comments, date: s.date }
}

struct Scanner<'a> {
    text: &'a str,
    b: &'a [u8],
    prose: &'a mut [u8],
    blocks: BlockBuilder,
    links: Vec<Span>,
    comments: Vec<Comment>,
    date: Option<jiff::civil::Date>,
    /// Searches that start before these offsets fail (an earlier one did):
    /// `$`, a backtick, a bracket group.
    failed: [usize; 3],
}

#[derive(Clone, Copy)]
enum Closer {
    Dollar = 0,
    Tick = 1,
    Group = 2,
}


fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

fn is_label(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b':' | b'.')
}

impl Scanner<'_> {
    fn prose(&mut self, start: usize, end: usize) {
        self.blocks.prose(self.text, self.prose, start, end);
    }




    /// The closing `$` after `from`, skipping escapes, before a blank line.
    fn find_dollar(&mut self, from: usize) -> Option<usize> {
        if from < self.failed[Closer::Dollar as usize] {
            return None;
        }
        let mut i = from;
        while i < self.b.len() {
            match self.b[i] {
                b'$' => return Some(i),
                b'\\' => i += 2,
                c if is_eol(c) => {
                    if blank_line_after(self.b, i) {
                        break;
                    }
                    i = past_eol(self.b, i);
                }
                _ => i += 1,
            }
        }
        self.failed[Closer::Dollar as usize] = i.min(self.b.len()).max(from + 1);
        None
    }

    /// The end (past the closer) of the bracket group opened at `open`
    /// (`(`, `[` or `{`): code inside `(..)`/`{..}` with strings and
    /// comments, markup inside `[..]` with escapes and raw text.
    fn group_end(&mut self, open: usize) -> Option<usize> {
        if !matches!(self.b.get(open), Some(b'(' | b'[' | b'{')) || open < self.failed[Closer::Group as usize] {
            return None;
        }
        let mut stack: Vec<u8> = Vec::new();
        let mut i = open;
        while i < self.b.len() {
            let c = self.b[i];
            let markup = stack.last() == Some(&b']');
            match c {
                b'(' if !markup => stack.push(b')'),
                b'{' if !markup => stack.push(b'}'),
                b'[' => stack.push(b']'),
                b')' | b'}' | b']' if stack.last() == Some(&c) => {
                    stack.pop();
                    if stack.is_empty() {
                        return Some(i + 1);
                    }
                }
                b'\\' => i += 1,
                b'"' if !markup => {
                    // A string: to its unescaped closing quote.
                    i += 1;
                    while i < self.b.len() && self.b[i] != b'"' {
                        i += if self.b[i] == b'\\' { 2 } else { 1 };
                    }
                }
                b'`' if markup => {
                    if let Some(n) = memchr::memchr(b'`', &self.b[i + 1..]) {
                        i += n + 1;
                    }
                }
                b'/' if !markup && self.b.get(i + 1) == Some(&b'/') => i = line_end(self.b, i),
                _ => {}
            }
            i += 1;
        }
        self.failed[Closer::Group as usize] = i.min(self.b.len()).max(open + 1);
        None
    }

    /// Scan `text[start..end]` as markup.
    fn scan(&mut self, start: usize, end: usize, depth: usize) {
        let end = end.min(self.b.len());
        // Markers count only at the start of a line of the file, not of a
        // content argument.
        let at_line_start = start == 0 || self.b.get(start - 1).is_some_and(|&c| is_eol(c)) || self.text[..start].ends_with('\u{feff}');
        let mut i = if at_line_start { self.line_start(start, end) } else { start };
        let mut run = i;
        while i < end {
            let c = self.b[i];
            let special = match c {
                b'\\' | b'/' | b'$' | b'`' | b'#' | b'@' | b'<' | b'~' | b'\n' | b'\r' => true,
                b'*' | b'_' => self.is_marker(i),
                b'h' => self.b[i..].starts_with(b"http://") || self.b[i..].starts_with(b"https://"),
                _ => false,
            };
            if !special {
                i += 1;
                continue;
            }
            self.prose(run, i);
            let next = match c {
                b'\\' => self.escape(i),
                b'/' => self.slash(i),
                b'$' => self.find_dollar(i + 1).map_or(i + 1, |c| c + 1),
                b'`' => self.raw(i),
                b'#' => self.hash(i, end, depth),
                b'@' => self.reference(i),
                b'<' => self.label(i),
                b'h' => {
                    // A bare address: prose for now (its `//` is no comment);
                    // the document blanks it and takes it for a citation.
                    let mut j = i;
                    while j < end && !self.b[j].is_ascii_whitespace() && !matches!(self.b[j], b']' | b'<' | b'>' | b'"') {
                        j += 1;
                    }
                    self.prose(i, j);
                    j
                }
                b'\n' | b'\r' => {
                    let heading = self.blocks.kind == BlockKind::Heading;
                    if heading || blank_line_after(self.b, i) {
                        self.blocks.brk(BlockKind::Paragraph);
                    }
                    self.line_start(past_eol(self.b, i), end)
                }
                _ => i + 1,
            };
            i = next.max(i + 1).min(end);
            run = i;
        }
        self.prose(run, end);
    }

    /// `*` or `_` as a strong/emphasis marker: not inside a word.
    fn is_marker(&self, i: usize) -> bool {
        let before = i.checked_sub(1).map(|j| self.b[j]);
        let after = self.b.get(i + 1).copied();
        !(before.is_some_and(|c| c.is_ascii_alphanumeric()) && after.is_some_and(|c| c.is_ascii_alphanumeric()))
    }

    /// At the start of a line: heading and list markers (blanked); a line
    /// not indented ends a list item. Returns where the line's text starts.
    fn line_start(&mut self, at: usize, end: usize) -> usize {
        let mut i = at;
        while i < end && matches!(self.b[i], b' ' | b'\t') {
            i += 1;
        }
        let rest = &self.b[i..end];
        let marker = |n: usize| rest.get(n).is_none_or(|&c| c == b' ' || c == b'\t' || is_eol(c));
        let eqs = rest.iter().take_while(|&&c| c == b'=').count();
        let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        if eqs > 0 && marker(eqs) {
            self.blocks.brk(BlockKind::Heading);
            return i + eqs;
        }
        if matches!(rest.first(), Some(b'-' | b'+' | b'/')) && marker(1) && !rest.starts_with(b"//") {
            self.blocks.brk(BlockKind::ListItem);
            return i + 1;
        }
        if digits > 0 && rest.get(digits) == Some(&b'.') && marker(digits + 1) {
            self.blocks.brk(BlockKind::ListItem);
            return i + digits + 1;
        }
        if i == at && self.blocks.kind == BlockKind::ListItem && i < end && !is_eol(self.b[i]) {
            self.blocks.brk(BlockKind::Paragraph);
        }
        at
    }

    /// `\#`, `\*`..: the character is prose; `\` before a line end or a
    /// space is a line break; `\u{..}` an escape.
    fn escape(&mut self, at: usize) -> usize {
        match self.b.get(at + 1) {
            Some(b'u') if self.b.get(at + 2) == Some(&b'{') => {
                let window = &self.b[at..self.b.len().min(at + 16)];
                memchr::memchr(b'}', window).map_or(at + 2, |n| at + n + 1)
            }
            Some(&c) if c.is_ascii_punctuation() => {
                self.prose(at + 1, at + 2);
                at + 2
            }
            _ => at + 1,
        }
    }

    /// `//` and `/* */` comments (block comments nest); else a slash.
    fn slash(&mut self, at: usize) -> usize {
        match self.b.get(at + 1) {
            Some(b'/') => {
                let end = line_end(self.b, at);
                let body = self.text.get(at + 2..end).unwrap_or("").trim_start_matches('/').trim().to_string();
                self.comments.push(Comment { span: Span::new(at, end), body });
                end
            }
            Some(b'*') => {
                let mut depth = 0usize;
                let mut i = at;
                let mut end = self.b.len();
                while i + 1 < self.b.len() {
                    if self.b[i] == b'/' && self.b[i + 1] == b'*' {
                        depth += 1;
                        i += 2;
                    } else if self.b[i] == b'*' && self.b[i + 1] == b'/' {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            end = i;
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                let inner_end = if end >= at + 4 && self.b[..end].ends_with(b"*/") { end - 2 } else { end };
                let body = self.text.get(at + 2..inner_end).unwrap_or("").trim().to_string();
                self.comments.push(Comment { span: Span::new(at, end), body });
                end
            }
            _ => {
                self.prose(at, at + 1);
                at + 1
            }
        }
    }

    /// Raw text: `` `..` `` or a fence of three or more backticks.
    fn raw(&mut self, at: usize) -> usize {
        let n = self.b[at..].iter().take_while(|&&c| c == b'`').count();
        let open_end = at + n;
        if n == 2 {
            return open_end;
        }
        if n >= 3 {
            let fence = &self.b[at..open_end];
            return memchr::memmem::find(&self.b[open_end..], fence).map_or(self.b.len(), |k| open_end + k + n);
        }
        if open_end < self.failed[Closer::Tick as usize] {
            return open_end;
        }
        match memchr::memchr(b'`', &self.b[open_end..]) {
            Some(k) => open_end + k + 1,
            None => {
                self.failed[Closer::Tick as usize] = self.b.len();
                open_end
            }
        }
    }

    /// `@key` (with an optional `[supplement]`): a citation.
    fn reference(&mut self, at: usize) -> usize {
        let after_word = at > 0 && self.b[at - 1].is_ascii_alphanumeric();
        let mut j = at + 1;
        while j < self.b.len() && is_label(self.b[j]) {
            j += 1;
        }
        while j > at + 1 && matches!(self.b[j - 1], b'.' | b':') {
            j -= 1;
        }
        if after_word || j == at + 1 {
            self.prose(at, at + 1);
            return at + 1;
        }
        if self.b.get(j) == Some(&b'[')
            && let Some(g) = self.group_end(j)
        {
            j = g;
        }
        self.links.push(Span::new(at, j));
        j
    }

    /// `<label>`: blanked; a lone `<` is prose.
    fn label(&mut self, at: usize) -> usize {
        let mut j = at + 1;
        while j < self.b.len() && is_label(self.b[j]) {
            j += 1;
        }
        if j > at + 1 && self.b.get(j) == Some(&b'>') {
            return j + 1;
        }
        self.prose(at, at + 1);
        at + 1
    }

    /// A `#` expression.
    fn hash(&mut self, at: usize, end: usize, depth: usize) -> usize {
        let Some(&c) = self.b.get(at + 1) else { return at + 1 };
        if c == b'(' || c == b'{' {
            return self.group_end(at + 1).unwrap_or(at + 1);
        }
        if c == b'[' {
            return self.content_args(at + 1, end, depth, None);
        }
        if !is_ident_start(c) {
            self.prose(at, at + 1);
            return at + 1;
        }
        let mut j = at + 1;
        while j < self.b.len() && is_ident(self.b[j]) {
            j += 1;
        }
        let name = &self.text[at + 1..j];
        if KEYWORDS.contains(&name) {
            let expr_end = self.expression_end(j);
            if name == "set"
                && self.date.is_none()
                && let Some(args) = self.text.get(j..expr_end).and_then(|e| e.trim_start().strip_prefix("document"))
            {
                self.date = datetime(args);
            }
            return expr_end;
        }
        // Field and method access: `#template.with(..)`, `#sym.arrow`.
        while self.b.get(j) == Some(&b'.') && self.b.get(j + 1).is_some_and(|&c| is_ident_start(c)) {
            j += 1;
            while j < self.b.len() && is_ident(self.b[j]) {
                j += 1;
            }
            if self.b.get(j) == Some(&b'(') {
                j = self.group_end(j).unwrap_or(j);
            }
        }
        let marker_end = j;
        if self.b.get(j) == Some(&b'(') {
            j = self.group_end(j).unwrap_or(j);
        }
        match name {
            "cite" | "ref" => {
                self.links.push(Span::new(at, j));
                j
            }
            "footnote" => {
                self.links.push(Span::new(at, marker_end));
                self.content_args(j, end, depth, Some(BlockKind::Footnote))
            }
            "link" => {
                let k = self.content_args(j, end, depth, None);
                self.links.push(Span::new(at, k));
                k
            }
            "quote" if self.text.get(marker_end..j).is_some_and(|args| args.contains("attribution")) => {
                // `#quote(attribution: [Smith])[..]`: the attribution sources
                // the quoted text, as a citation over it does.
                let k = self.content_args(j, end, depth, None);
                self.links.push(Span::new(at, k));
                k
            }
            "quote" => self.quoted_content(j, end, depth),
            "figure" => {
                // `#figure(image(..), caption: [..])`: the caption is prose,
                // a paragraph of its own.
                if let Some(open) = self.caption_content(marker_end, j) {
                    self.content_args(open, j.min(end), depth, Some(BlockKind::Paragraph));
                }
                self.content_args(j, end, depth, None)
            }
            _ => self.content_args(j, end, depth, None),
        }
    }

    /// Trailing `[..]` content arguments from `at`: prose, brackets blanked;
    /// with `kind`, a block of their own between the blocks around them.
    fn content_args(&mut self, mut at: usize, end: usize, depth: usize, kind: Option<BlockKind>) -> usize {
        while self.b.get(at) == Some(&b'[') {
            let Some(close) = self.group_end(at) else { return at + 1 };
            let close = close.min(end);
            if depth < MAX_DEPTH {
                let outer = self.blocks.kind;
                if let Some(k) = kind {
                    self.blocks.brk(k);
                }
                self.scan(at + 1, close.saturating_sub(1).max(at + 1), depth + 1);
                if kind.is_some() {
                    self.blocks.brk(outer);
                }
            }
            at = close;
        }
        at
    }

    /// Where the `[..]` of a `caption: [..]` argument opens inside the
    /// arguments `args_start..args_end`, if there is one.
    fn caption_content(&self, args_start: usize, args_end: usize) -> Option<usize> {
        let args = self.text.get(args_start..args_end)?;
        let mut from = 0;
        while let Some(k) = args[from..].find("caption") {
            let after = from + k + "caption".len();
            let rest = args[after..].trim_start();
            let word_start = args[..from + k].chars().next_back().is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '-'));
            if word_start && let Some(value) = rest.strip_prefix(':') {
                let value = value.trim_start();
                if value.starts_with('[') {
                    return Some(args_end - value.len());
                }
            }
            from = after;
        }
        None
    }

    /// The `[..]` content of a `#quote` without attribution: its brackets
    /// read as quotation marks in the prose copy, so it is a quotation as
    /// `"..."` in the markup is.
    fn quoted_content(&mut self, at: usize, end: usize, depth: usize) -> usize {
        if self.b.get(at) != Some(&b'[') || depth >= MAX_DEPTH {
            return self.content_args(at, end, depth, None);
        }
        let Some(close) = self.group_end(at) else { return at + 1 };
        let close = close.min(end);
        if close < at + 2 || self.b[close - 1] != b']' {
            return self.content_args(at, end, depth, None);
        }
        self.prose(at, at + 1);
        self.prose[at] = b'"';
        self.scan(at + 1, close - 1, depth + 1);
        self.prose(close - 1, close);
        self.prose[close - 1] = b'"';
        close
    }

    /// The end of a keyword expression: its line, and any bracket group
    /// opened on it.
    fn expression_end(&mut self, from: usize) -> usize {
        let mut i = from;
        while i < self.b.len() && !is_eol(self.b[i]) {
            match self.b[i] {
                b'(' | b'[' | b'{' => match self.group_end(i) {
                    Some(g) => {
                        i = g;
                        continue;
                    }
                    None => return line_end(self.b, i),
                },
                b'"' => {
                    i += 1;
                    while i < self.b.len() && self.b[i] != b'"' && !is_eol(self.b[i]) {
                        i += if self.b[i] == b'\\' { 2 } else { 1 };
                    }
                }
                b'/' if self.b.get(i + 1) == Some(&b'/') => return i,
                _ => {}
            }
            i += 1;
        }
        i.min(self.b.len())
    }
}

/// `(title: .., date: datetime(year: 2024, month: 10, day: 3))`.
fn datetime(args: &str) -> Option<jiff::civil::Date> {
    let at = args.find("date:")?;
    let rest = args[at + 5..].trim_start().strip_prefix("datetime")?.trim_start().strip_prefix('(')?;
    let inner = &rest[..rest.find(')')?];
    let field = |key: &str| -> Option<i16> {
        let p = inner.find(key)?;
        let v = inner[p + key.len()..].trim_start().strip_prefix(':')?.trim_start();
        let digits: String = v.chars().take_while(char::is_ascii_digit).take(4).collect();
        digits.parse().ok()
    };
    let (y, m, d) = (field("year")?, field("month")?, field("day")?);
    jiff::civil::Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use crate::document::{BlockKind, Document, Format};

    fn doc(text: &str) -> Document {
        Document::new(text, Format::Typst)
    }

    fn blocks(text: &str) -> Vec<(BlockKind, String)> {
        crate::document::block_texts(text, Format::Typst)
    }

    #[test]
    fn code_math_raw_and_labels_are_not_prose() {
        let text = "#import \"@preview/x:0.1.0\": *\n#set page(\n  margin: 2cm,\n)\n#let total = 300\n= The *strike* <sec:strike>\nPrices rose $x = 40$ and `said 5` with _emphasis_ in #total units.\n\n```\nsaid yesterday\n```\n#table(columns: 2, [yesterday], [12])\n";
        let d = doc(text);
        let p = d.prose();
        assert_eq!(p.len(), text.len());
        for gone in ["import", "preview", "margin", "2cm", "300", "sec:strike", "40", "said 5", "yesterday", "12", "total", "*", "_"] {
            assert!(!p.contains(gone), "{gone:?} is prose in {p:?}");
        }
        let b = blocks(text);
        assert_eq!(b[0], (BlockKind::Heading, "The strike".into()));
        assert_eq!(b[1].1, "Prices rose and with emphasis in units.");
    }

    #[test]
    fn lists_footnotes_and_citations() {
        let text = "- First claim @smith2020.\n- Second #link(\"https://x.org\")[the report].\n  still second\nA claim.#footnote[Ministry of Defence, 2024.] More #cite(<un2024>) and https://y.org/a.\n+ numbered\n";
        let d = doc(text);
        let b = blocks(text);
        assert_eq!(b[0], (BlockKind::ListItem, "First claim .".into()));
        assert_eq!(b[1].0, BlockKind::ListItem);
        assert!(b[1].1.starts_with("Second") && b[1].1.ends_with("still second"), "{b:?}");
        assert_eq!(b[2], (BlockKind::Paragraph, "A claim.".into()));
        assert_eq!(b[3], (BlockKind::Footnote, "Ministry of Defence, 2024.".into()));
        assert_eq!(b[5], (BlockKind::ListItem, "numbered".into()));
        let links: Vec<&str> = d.links().iter().map(|l| d.slice(*l)).collect();
        assert_eq!(links, ["@smith2020", "#link(\"https://x.org\")[the report]", "#footnote", "#cite(<un2024>)", "https://y.org/a"]);
        assert!(d.prose().contains("the report") && !d.prose().contains("x.org"));
    }

    #[test]
    fn quotes_are_quotations_or_attributed() {
        let text = "#quote(attribution: [Jones])[Nothing will reverse it.]\n\nShe wrote #quote[prices fell 40%] last year.\n";
        let d = doc(text);
        let links: Vec<&str> = d.links().iter().map(|l| d.slice(*l)).collect();
        assert_eq!(links, ["#quote(attribution: [Jones])[Nothing will reverse it.]"]);
        assert!(d.prose().contains("\"prices fell 40%\""), "{:?}", d.prose());
        // The attributed quotation is sourced: no claim finding in it.
        let text = "#quote(attribution: [Jones])[Drought is the most important driver of yield losses.]\n";
        let d = doc(text);
        let found = crate::check(&d, &crate::Settings::default());
        assert!(found.is_empty(), "{found:?}");
        let unattributed = doc("#quote[Drought is the most important driver of yield losses.]\n");
        assert!(!crate::check(&unattributed, &crate::Settings::default()).is_empty());
    }

    #[test]
    fn figure_captions_are_prose() {
        let text = "Before.\n#figure(image(\"caption.png\"), caption: [Yields fell by 40%.]) <fig>\nAfter.\n";
        let b = blocks(text);
        assert_eq!(b, [(BlockKind::Paragraph, "Before.".into()), (BlockKind::Paragraph, "Yields fell by 40%.".into()), (BlockKind::Paragraph, "After.".into())]);
        let d = doc(text);
        assert!(!d.prose().contains("png"));
    }

    #[test]
    fn comments_are_kept() {
        let text = "// copydesk-disable-next-line relative-date\nIt fell yesterday. /* copydesk-disable\nvague-attribution */ Next /* a /* nested */ one */ end.\nEmail a@b.org and https://z.org stay.\n";
        let d = doc(text);
        let bodies: Vec<&str> = d.comments().iter().map(|c| c.body.as_str()).collect();
        assert_eq!(bodies, ["copydesk-disable-next-line relative-date", "copydesk-disable\nvague-attribution", "a /* nested */ one"]);
        assert_eq!(d.slice(d.comments()[0].span), "// copydesk-disable-next-line relative-date");
        assert!(d.prose().contains("It fell yesterday.") && d.prose().contains("Next") && !d.prose().contains("nested"));
        assert!(d.prose().contains("Email a@b.org"));
    }

    #[test]
    fn document_date() {
        let text = "#set document(title: \"R\", date: datetime(year: 2024, month: 10, day: 3))\nText.";
        assert_eq!(doc(text).declared_date(), Some(jiff::civil::date(2024, 10, 3)));
        assert_eq!(doc("#set document(date: auto)").declared_date(), None);
        assert_eq!(doc("// #set document(date: datetime(year: 2024, month: 10, day: 3))").declared_date(), None);
    }

    #[test]
    fn hostile_input_never_panics() {
        for text in ["\\", "$", "`", "``", "```", "#", "#f(", "#f[", "#(", "@", "<", "/*", "/* /*", "*/", "#set", "#link(\"", "=", "- ", "é#é", "a\r\rb\\\r", "#footnote[#footnote[", "\\u{", "#x.y.z("] {
            let d = doc(text);
            assert_eq!(d.prose().len(), text.len());
        }
        let deep = "#f[".repeat(5000);
        assert_eq!(doc(&deep).prose().len(), deep.len());
        let stray = "$ a ".repeat(5000);
        assert_eq!(doc(&stray).prose().len(), stray.len());
    }

    #[test]
    fn crlf_and_cr_paragraphs() {
        for eol in ["\n", "\r\n", "\r"] {
            let text = "= Head\nFirst line\nsame para.\n\nSecond para.\n".replace('\n', eol);
            let b = blocks(&text);
            assert_eq!(b.len(), 3, "{eol:?}: {b:?}");
            assert_eq!(b[0], (BlockKind::Heading, "Head".into()));
            assert_eq!(b[2].1, "Second para.");
        }
    }
}
