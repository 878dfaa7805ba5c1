//! A document: its text, a same-length "prose" copy in which everything that
//! is not prose (markup, code, HTML, URLs, front matter) is blanked, and the
//! blocks of prose that analysis reads.
//!
//! Blanking keeps every byte offset of the prose copy equal to the offset in
//! the text as read, so every later stage reports spans of the original file
//! without any mapping table.

mod front_matter;
mod latex;
pub mod line_index;
mod lines;
mod markdown;
mod plain;
mod typst;

pub use front_matter::FrontMatter;
pub use line_index::{ColumnUnit, LineCol, LineIndex};

use crate::span::Span;

/// Which parser a document goes through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Markdown,
    Text,
    Latex,
    Typst,
}

impl Format {
    /// The format for a file name: Markdown unless the extension says
    /// text (`.txt`, `.text`), LaTeX (`.tex`, `.ltx`) or Typst (`.typ`).
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".txt") || lower.ends_with(".text") {
            Format::Text
        } else if lower.ends_with(".tex") || lower.ends_with(".ltx") {
            Format::Latex
        } else if lower.ends_with(".typ") {
            Format::Typst
        } else {
            Format::Markdown
        }
    }

    /// A comment line holding `directive` (e.g. `copydesk-disable-next-line
    /// relative-date`) in this format's comment syntax, without a line end.
    pub fn comment(self, directive: &str) -> String {
        match self {
            Format::Markdown | Format::Text => format!("<!-- {directive} -->"),
            Format::Latex => format!("% {directive}"),
            Format::Typst => format!("// {directive}"),
        }
    }
}

/// What kind of prose a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    Paragraph,
    Heading,
    ListItem,
    Footnote,
    /// A paragraph answering an interviewer's question: the interviewee's
    /// own words, as if quoted ([`mark_interview_answers`]).
    Answer,
}

/// A run of prose: a paragraph, heading, list item or footnote text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
    /// Inside a `>` block quote.
    pub in_block_quote: bool,
}

/// An HTML (or `%`/`//`) comment, kept for suppression directives.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Comment {
    pub span: Span,
    /// The comment's inner text, trimmed.
    pub body: String,
}

#[derive(Clone, Debug)]
pub struct Document {
    text: String,
    prose: String,
    format: Format,
    blocks: Vec<Block>,
    /// Links, bare URLs and footnote references: each cites its sentence.
    /// Sorted.
    links: Vec<Span>,
    /// The furthest end of `links[..=k]`, for each `k`: where a block's
    /// links start, found by binary search ([`Document::links_touching`]).
    link_ends_so_far: Vec<usize>,
    comments: Vec<Comment>,
    front_matter: Option<FrontMatter>,
    /// A date the document declares in its own syntax (LaTeX `\date{..}`,
    /// Typst `#set document(date: ..)`).
    declared_date: Option<jiff::civil::Date>,
    line_index: LineIndex,
}

impl Document {
    pub fn new(text: impl Into<String>, format: Format) -> Document {
        let text = text.into();
        let mut prose = blank_copy(&text);
        // Front matter is a Markdown and plain-text convention; LaTeX and
        // Typst declare their metadata in their own syntax.
        let front_matter = match format {
            Format::Markdown | Format::Text => FrontMatter::find(&text),
            Format::Latex | Format::Typst => None,
        };
        let body_start = front_matter.as_ref().map_or(bom_len(&text), |f| f.span.end);
        let mut parsed = match format {
            Format::Markdown => markdown::parse(&text, body_start, &mut prose),
            Format::Text => plain::parse(&text, body_start, &mut prose),
            Format::Latex => latex::parse(&text, body_start, &mut prose),
            Format::Typst => typst::parse(&text, body_start, &mut prose),
        };
        parsed.blocks.sort_by_key(|b| b.span.start);
        mark_source_lists(&mut parsed.blocks, &text, &prose);
        mark_interview_answers(&mut parsed.blocks, &text, &prose);
        blank_bare_urls(&mut prose, &mut parsed.links);
        parsed.links.sort();
        // Every change above kept whole characters, so this never fails.
        let prose = String::from_utf8(prose).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        let line_index = LineIndex::new(&text);
        let link_ends_so_far = furthest_ends(&parsed.links);
        Document {
            text,
            prose,
            format,
            blocks: parsed.blocks,
            links: parsed.links,
            link_ends_so_far,
            comments: parsed.comments,
            front_matter,
            declared_date: parsed.date,
            line_index,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }
    /// The text with every non-prose byte replaced by a space (line ends kept).
    pub fn prose(&self) -> &str {
        &self.prose
    }
    pub fn format(&self) -> Format {
        self.format
    }
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }
    pub fn links(&self) -> &[Span] {
        &self.links
    }
    /// The links that start in `span` (or right after its end), or open
    /// before it and run into it (Typst's `#quote(attribution: ..)[..]`
    /// around its paragraph), in order. Found by binary search: each block
    /// asking through every link of the document made a document with a
    /// link in each paragraph quadratic.
    pub fn links_touching(&self, span: Span) -> impl Iterator<Item = &Span> {
        let end = self.links.partition_point(|l| l.start <= span.end + 1);
        let starts_inside = self.links[..end].partition_point(|l| l.start < span.start);
        // (before those, only from the first link whose run, with those
        // before it, reaches into the span)
        let first = self.link_ends_so_far[..starts_inside].partition_point(|&furthest| furthest <= span.start);
        self.links[first..end].iter().filter(move |l| l.start >= span.start || l.end > span.start)
    }
    pub fn comments(&self) -> &[Comment] {
        &self.comments
    }
    pub fn front_matter(&self) -> Option<&FrontMatter> {
        self.front_matter.as_ref()
    }
    /// The date the document declares in its own syntax: LaTeX
    /// `\date{3 October 2024}` or Typst `#set document(date: datetime(..))`.
    pub fn declared_date(&self) -> Option<jiff::civil::Date> {
        self.declared_date
    }
    pub fn line_index(&self) -> &LineIndex {
        &self.line_index
    }
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }
    pub fn position(&self, offset: usize, unit: ColumnUnit) -> LineCol {
        self.line_index.position(&self.text, offset, unit)
    }
}

/// Output of a format parser.
#[derive(Default)]
struct Parsed {
    blocks: Vec<Block>,
    links: Vec<Span>,
    comments: Vec<Comment>,
    date: Option<jiff::civil::Date>,
}

/// Builds the blocks of a parser that reveals prose run by run: a block
/// opens at the first non-blank prose and grows to the last, until broken.
struct BlockBuilder {
    blocks: Vec<Block>,
    open: Option<Block>,
    /// The kind of the next block opened.
    kind: BlockKind,
}

impl BlockBuilder {
    fn new() -> BlockBuilder {
        BlockBuilder { blocks: Vec::new(), open: None, kind: BlockKind::Paragraph }
    }

    /// Reveal `text[start..end]` as prose and add it to the open block.
    fn prose(&mut self, text: &str, prose: &mut [u8], start: usize, end: usize) {
        let Some(run) = text.get(start..end) else { return };
        reveal(text, prose, start, end);
        let lead = run.len() - run.trim_start().len();
        let trimmed = run.trim();
        if trimmed.is_empty() {
            return;
        }
        let span = Span::new(start + lead, start + lead + trimmed.len());
        match &mut self.open {
            Some(b) => b.span = b.span.cover(span),
            None => self.open = Some(Block { kind: self.kind, span, in_block_quote: false }),
        }
    }

    /// End the open block; the next one is of `kind`.
    fn brk(&mut self, kind: BlockKind) {
        if let Some(b) = self.open.take() {
            self.blocks.push(b);
        }
        self.kind = kind;
    }

    fn finish(mut self) -> Vec<Block> {
        self.brk(BlockKind::Paragraph);
        self.blocks
    }
}

/// A date written out in a document's metadata: ISO `2024-10-03` (a
/// timestamp after it is ignored), `3 October 2024`, `October 3, 2024`,
/// `3 Oct. 2024`.
fn parse_written_date(value: &str) -> Option<jiff::civil::Date> {
    let v = value.trim();
    if let Some(d) = v.get(..10).and_then(|h| h.parse::<jiff::civil::Date>().ok()) {
        return Some(d);
    }
    let words: Vec<&str> = v.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).take(4).collect();
    let number = |w: &str| w.trim_end_matches(['.']).trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse::<i16>().ok();
    let (day, month, year) = match words.as_slice() {
        [d, m, y, ..] if number(d).is_some() => (number(d)?, month_number(m)?, number(y)?),
        [m, d, y, ..] => (number(d)?, month_number(m)?, number(y)?),
        _ => return None,
    };
    jiff::civil::Date::new(year, month, i8::try_from(day).ok()?).ok()
}

fn month_number(word: &str) -> Option<i8> {
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 || !w.is_ascii() {
        return None;
    }
    let i = MONTHS.iter().position(|m| w.starts_with(m))?;
    let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"][i];
    (full.starts_with(&w) || (i == 8 && w == "sept")).then(|| i as i8 + 1)
}

fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{feff}') { 3 } else { 0 }
}

/// Same length as `text`, all spaces but for line ends.
fn blank_copy(text: &str) -> Vec<u8> {
    // One pass the compiler vectorises (jumping from line end to line end
    // with memchr cost more, a line being about 40 bytes).
    text.as_bytes().iter().map(|&b| if b == b'\n' || b == b'\r' { b } else { b' ' }).collect()
}

/// `str::is_char_boundary` for the bytes of a string.
fn is_char_boundary(bytes: &[u8], i: usize) -> bool {
    i == bytes.len() || bytes.get(i).is_some_and(|&b| (b as i8) >= -0x40)
}

/// Copy `text[range]` into the prose copy.
fn reveal(text: &str, prose: &mut [u8], start: usize, end: usize) {
    if start >= end || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return;
    }
    // Both ranges are on char boundaries of texts with identical byte
    // lengths and `prose` is ASCII outside revealed ranges, so the copy
    // stays valid UTF-8.
    if is_char_boundary(prose, start) && is_char_boundary(prose, end) {
        prose[start..end].copy_from_slice(&text.as_bytes()[start..end]);
    }
}

/// Blank a range of the prose copy (which must lie on char boundaries).
fn blank(prose: &mut [u8], start: usize, end: usize) {
    if start >= end || end > prose.len() || !is_char_boundary(prose, start) || !is_char_boundary(prose, end) {
        return;
    }
    for b in &mut prose[start..end] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// Bare `http(s)://` and `www.` addresses, and domains with a path
/// (`hartley.gov.uk/planning`), are citations in prose and never prose.
fn blank_bare_urls(prose: &mut [u8], links: &mut Vec<Span>) {
    let mut found = Vec::new();
    let bytes = &*prose;
    // Only "http" or "www." can start an address: jump from one to the next
    // (neither overlaps itself or the other, so the two searches' positions,
    // merged, are every occurrence of both).
    let mut http = memchr::memmem::find_iter(bytes, b"http").peekable();
    let mut www = memchr::memmem::find_iter(bytes, b"www.").peekable();
    let candidates = std::iter::from_fn(|| match (http.peek().copied(), www.peek().copied()) {
        (Some(h), Some(w)) if w < h => www.next(),
        (Some(_), _) => http.next(),
        (None, _) => www.next(),
    });
    let mut next = 0;
    for i in candidates {
        if i < next {
            continue;
        }
        if let Some(end) = url_end(bytes, i) {
            found.push(Span::new(i, end));
            next = end.max(i + 1);
        }
    }
    // ("on the council's website at hartley.gov.uk/planning": a domain with
    // a path and no scheme)
    let mut before = 0;
    for slash in memchr::memchr_iter(b'/', bytes) {
        while found.get(before).is_some_and(|s: &Span| s.end <= slash) {
            before += 1;
        }
        if found.get(before).is_some_and(|s| s.start <= slash) {
            continue;
        }
        if let Some(start) = domain_before(bytes, slash) {
            found.insert(before, Span::new(start, address_end(bytes, start)));
        }
    }
    for span in found {
        blank(prose, span.start, span.end);
        links.push(span);
    }
}

/// Where the domain ending right before the `/` at byte `slash` starts:
/// dotted names, the last of two to six letters ("hartley.gov.uk"), not
/// "and/or", "U.S./Mexico" or "1.5/10".
fn domain_before(bytes: &[u8], slash: usize) -> Option<usize> {
    let start = bytes[..slash].iter().rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))).map_or(0, |p| p + 1);
    let domain = &bytes[start..slash];
    let last_dot = domain.iter().rposition(|&b| b == b'.')?;
    let top = &domain[last_dot + 1..];
    let opens_word = start == 0 || bytes[start - 1].is_ascii_whitespace() || matches!(bytes[start - 1], b'(' | b'[');
    (opens_word && domain.first().is_some_and(u8::is_ascii_alphanumeric) && (2..=6).contains(&top.len()) && top.iter().all(u8::is_ascii_alphabetic) && bytes.get(slash + 1).is_some_and(u8::is_ascii_alphanumeric)).then_some(start)
}

/// Where the address starting at byte `i` ends, when one starts there.
fn url_end(bytes: &[u8], i: usize) -> Option<usize> {
    let rest = &bytes[i..];
    let starts_url = rest.starts_with(b"http://") || rest.starts_with(b"https://") || rest.starts_with(b"www.");
    if !starts_url || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
        return None;
    }
    Some(address_end(bytes, i))
}

/// Where an address starting at byte `i` ends: at a space, a non-ASCII
/// byte or a bracket, less any sentence punctuation after it.
fn address_end(bytes: &[u8], i: usize) -> usize {
    let mut end = i;
    while end < bytes.len() && !bytes[end].is_ascii_whitespace() && bytes[end] < 0x80 && !matches!(bytes[end], b'<' | b'>' | b'"') {
        end += 1;
    }
    // Trailing sentence punctuation is not part of the address.
    while end > i && matches!(bytes[end - 1], b'.' | b',' | b';' | b':' | b')' | b'!' | b'?' | b'\'') {
        end -= 1;
    }
    end
}

/// The line ending a document uses: its first one, else `\n`.
pub fn line_ending(text: &str) -> &'static str {
    match text.find(['\n', '\r']) {
        Some(i) if text[i..].starts_with("\r\n") => "\r\n",
        Some(i) if text.as_bytes()[i] == b'\r' => "\r",
        _ => "\n",
    }
}

/// Each block's kind and prose, runs of blanks squeezed to one space: what
/// the parsers' tests compare.
#[cfg(test)]
pub(crate) fn block_texts(text: &str, format: Format) -> Vec<(BlockKind, String)> {
    let d = Document::new(text, format);
    d.blocks().iter().map(|b| (b.kind, d.prose()[b.span.range()].split_whitespace().collect::<Vec<_>>().join(" "))).collect()
}

/// An interview written as questions and answers: the paragraphs after an
/// interviewer's question, up to the next question or heading, are the
/// interviewee's own words ([`BlockKind::Answer`]). A question is a
/// paragraph labelled "Q:" (its answers "A:"), or a whole paragraph in bold
/// ending in "?"; bold questions make an interview only when there are two
/// or more and a third of them or more ask "you" (an explainer's bold
/// questions, "**Why does it matter?**", are answered by the writer).
fn mark_interview_answers(blocks: &mut [Block], text: &str, prose: &[u8]) {
    let labelled = |t: &str, label: char| {
        let mut chars = t.chars();
        chars.next() == Some(label) && matches!(chars.next(), Some(':' | '.'))
    };
    let asks_you = |t: &str| t.split(|c: char| !c.is_alphanumeric() && c != '\'').any(|w| matches!(w.to_ascii_lowercase().as_str(), "you" | "your" | "you've" | "you're" | "you'd" | "yours"));
    let is_question = |b: &Block, t: &str| b.kind == BlockKind::Paragraph && (labelled(t, 'Q') || wholly_bold(text, b) && t.ends_with('?'));
    // (only a paragraph opening with "Q" or closing with "?" is read: the
    // rest are passed over by their end bytes, unvalidated)
    let may_ask = |b: &Block| {
        let bytes = prose.get(b.span.range()).unwrap_or_default().trim_ascii();
        b.kind == BlockKind::Paragraph && (bytes.first() == Some(&b'Q') || bytes.last() == Some(&b'?'))
    };
    let questions: Vec<(usize, bool)> = blocks.iter().enumerate().filter(|(_, b)| may_ask(b)).filter_map(|(k, b)| {
        let t = block_text(prose, b);
        is_question(b, t).then(|| (k, labelled(t, 'Q') || asks_you(t)))
    }).collect();
    let to_you = questions.iter().filter(|(_, you)| *you).count();
    if questions.len() < 2 || to_you * 3 < questions.len() {
        return;
    }
    // (a thematic break ends the interview: the editor's note after it is
    // the writer's: "---" then "*Solberg will lecture on 14 May.*")
    let broken_before = |blocks: &[Block], k: usize| {
        let gap = text.get(k.checked_sub(1).map_or(0, |p| blocks[p].span.end)..blocks[k].span.start).unwrap_or("");
        gap.lines().any(|l| {
            let l = l.trim();
            l.len() >= 3 && (l.chars().all(|c| c == '-' || c == ' ') || l.chars().all(|c| c == '*' || c == ' ') || l.chars().all(|c| c == '_' || c == ' '))
        })
    };
    let mut answering = false;
    for k in 0..blocks.len() {
        let asks = questions.binary_search_by_key(&k, |&(q, _)| q).is_ok();
        if blocks[k].kind == BlockKind::Heading || asks {
            answering = asks;
        } else if answering && broken_before(blocks, k) {
            answering = false;
        } else if answering && blocks[k].kind == BlockKind::Paragraph {
            blocks[k].kind = BlockKind::Answer;
        }
    }
}

/// Whether the whole of a block's text is in bold ("**...**" or "__...__"
/// right around its span).
fn wholly_bold(text: &str, block: &Block) -> bool {
    let (before, after) = (text.get(..block.span.start).unwrap_or(""), text.get(block.span.end..).unwrap_or(""));
    (before.ends_with("**") && after.starts_with("**")) || (before.ends_with("__") && after.starts_with("__"))
}

/// A block's prose, trimmed (blocks end on character boundaries: the prose
/// copy keeps whole characters).
fn block_text<'p>(prose: &'p [u8], block: &Block) -> &'p str {
    prose.get(block.span.range()).and_then(|t| std::str::from_utf8(t).ok()).unwrap_or("").trim()
}

/// The furthest end of `spans[..=k]`, for each `k`.
fn furthest_ends(spans: &[Span]) -> Vec<usize> {
    spans
        .iter()
        .scan(0, |furthest, s| {
            *furthest = s.end.max(*furthest);
            Some(*furthest)
        })
        .collect()
}

/// A section of sources ("References", "Bibliography", "Notes", "Works
/// cited"): its entries are what the report cites, as footnotes are, not
/// what it asserts ("Mackay F, et al. Sleep regularity and mortality in
/// 61,000 UK adults. *Sleep Health*. 2026."). So is a glossary ("Glossary",
/// "Key terms"): its entries define words ("Gigawatt (GW): one billion
/// watts"). Every block after such a heading, up to the next heading, is
/// made a [`BlockKind::Footnote`]. A short paragraph wholly in bold
/// ("**Key terms**") opens such a section as a heading does.
fn mark_source_lists(blocks: &mut [Block], text: &str, prose: &[u8]) {
    const TITLES: [&str; 24] = [
        "references", "reference list", "bibliography", "sources", "notes", "endnotes", "footnotes", "works cited", "literature cited", "citations", "further reading", "notes and references", "sources and notes",
        "glossary", "glossary of terms", "key terms", "key terms explained", "definitions", "terminology", "terms used", "abbreviations", "list of abbreviations", "acronyms", "jargon buster",
    ];
    // (a bold line of a few words: "**Key terms**", not a bold sentence)
    let bold_title = |b: &Block| b.kind == BlockKind::Paragraph && b.span.len() <= 40 && wholly_bold(text, b);
    let mut in_sources = false;
    for block in blocks {
        // ("7. References", "Sources:")
        let titled = || {
            let title = block_text(prose, block).trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ').trim_end_matches(':').trim_end();
            TITLES.iter().any(|t| t.eq_ignore_ascii_case(title))
        };
        if block.kind == BlockKind::Heading {
            in_sources = titled();
        } else if bold_title(block) && titled() {
            // (a bold line opens a section; only a heading closes one, since
            // a list of sources may group its entries under bold lines)
            in_sources = true;
        } else if in_sources {
            block.kind = BlockKind::Footnote;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_touching_a_span_are_those_the_plain_filter_keeps() {
        // Random sorted links, some long and nested, against random spans:
        // the binary search keeps exactly what a walk of every link keeps.
        let mut next = crate::analysis::random_below(0x9e37_79b9_7f4a_7c15_u64);
        for _ in 0..300 {
            let mut doc = Document::new("", Format::Markdown);
            let count = next(12);
            doc.links = (0..count).map(|_| {
                let start = next(200);
                Span::new(start, start + if next(4) == 0 { next(120) } else { next(8) })
            }).collect();
            doc.links.sort();
            doc.link_ends_so_far = furthest_ends(&doc.links);
            for _ in 0..20 {
                let start = next(220);
                let span = Span::new(start, start + next(40));
                let plain: Vec<Span> = doc.links.iter().filter(|l| (l.start >= span.start || l.end > span.start) && l.start <= span.end + 1).copied().collect();
                let searched: Vec<Span> = doc.links_touching(span).copied().collect();
                assert_eq!(searched, plain, "{span:?} in {:?}", doc.links);
            }
        }
    }

    #[test]
    fn an_interviews_answers_are_the_interviewees_words() {
        use BlockKind::*;
        let kinds = |text: &str| Document::new(text, Format::Markdown).blocks().iter().map(|b| b.kind).collect::<Vec<_>>();
        let interview = "Dr Solberg leads the group.\n\n**You've just come back. What were you doing?**\n\nWe drilled three boreholes.\n\nIt took weeks.\n\n**Why does it matter?**\n\nIt holds back the ice.\n\n## Notes\n\nEdited.\n";
        assert_eq!(kinds(interview), vec![Paragraph, Paragraph, Answer, Answer, Paragraph, Answer, Heading, Footnote]);
        let with_break = "**What were you doing, in your words?**\n\nDrilling.\n\n**And you?**\n\nResting.\n\n---\n\n*She will lecture on 14 May.*\n";
        assert_eq!(kinds(with_break), vec![Paragraph, Answer, Paragraph, Answer, Paragraph]);
        assert_eq!(kinds("Q: What did you find?\n\nA: Three boreholes.\n\nQ: And then?\n\nA: We left.\n"), vec![Paragraph, Answer, Paragraph, Answer]);
        // An explainer's bold questions are answered by the writer.
        let explainer = "**What is a heat pump?**\n\nIt moves heat.\n\n**Why does it matter?**\n\nHeating is 17% of emissions.\n";
        assert_eq!(kinds(explainer), vec![Paragraph, Paragraph, Paragraph, Paragraph]);
    }

    #[test]
    fn a_section_of_sources_is_footnotes_up_to_the_next_heading() {
        let text = "# Findings\n\nRates rose 4%.\n\n## 7. References\n\n1. Mackay F. Sleep in 61,000 adults. 2026.\n\nSmith J. Notes. 2024.\n\n## Methods\n\nWe asked 300 people.\n";
        let doc = Document::new(text, Format::Markdown);
        let kinds: Vec<BlockKind> = doc.blocks().iter().map(|b| b.kind).collect();
        use BlockKind::*;
        assert_eq!(kinds, vec![Heading, Paragraph, Heading, Footnote, Footnote, Heading, Paragraph]);
        // (a heading that only mentions sources starts no such section)
        let doc = Document::new("## Notes to editors\n\nRates rose 4%.\n", Format::Markdown);
        assert_eq!(doc.blocks()[1].kind, Paragraph);
        // A glossary defines words; a bold line of its title opens it, and
        // only a heading closes it.
        let kinds = |text: &str| Document::new(text, Format::Markdown).blocks().iter().map(|b| b.kind).collect::<Vec<_>>();
        let glossary = "Storage rose 4%.\n\n**Key terms**\n\n- GW: one billion watts.\n\n**Storage**\n\nMWh: a unit.\n\n## Outlook\n\nIt rose.\n";
        assert_eq!(kinds(glossary), vec![Paragraph, Paragraph, Footnote, Footnote, Footnote, Heading, Paragraph]);
        // (a bold line of another title, or a bold sentence, opens nothing)
        assert_eq!(kinds("**Price**\n\nIt costs £649.\n"), vec![Paragraph, Paragraph]);
        assert_eq!(kinds("**The council said on Monday that it had approved the plan to build homes.**\n\nIt costs £649.\n"), vec![Paragraph, Paragraph]);
    }

    #[test]
    fn prose_copy_keeps_offsets() {
        let doc = Document::new("# Title\n\nSome *bold* text with `code` and [a link](http://x.y).\n", Format::Markdown);
        assert_eq!(doc.prose().len(), doc.text().len());
        let p = doc.prose();
        assert!(p.contains("Some  bold  text with"));
        assert!(!p.contains("code"));
        assert!(!p.contains("http"));
        assert!(p.contains("a link"));
        assert_eq!(doc.links().len(), 1);
        assert_eq!(doc.blocks().len(), 2);
        assert_eq!(doc.blocks()[0].kind, BlockKind::Heading);
    }

    #[test]
    fn bare_urls_are_citations() {
        let doc = Document::new("Data at https://example.org/x. More.", Format::Text);
        assert_eq!(doc.links().len(), 1);
        assert_eq!(doc.slice(doc.links()[0]), "https://example.org/x");
        assert!(!doc.prose().contains("example"));
        // (a domain with a path needs no scheme; "and/or", "U.S./Mexico",
        // "1.5/10" and "24/7" are no addresses)
        let doc = Document::new("Papers at hartley.gov.uk/planning. Open 24/7 and/or across the U.S./Mexico border, rated 1.5/10 (see www.x.org/a and y.co.uk/b).", Format::Text);
        let links: Vec<&str> = doc.links().iter().map(|l| doc.slice(*l)).collect();
        assert_eq!(links, ["hartley.gov.uk/planning", "www.x.org/a", "y.co.uk/b"]);
    }

    /// The first implementation, stopping at every `h` and `w`: the
    /// reference for the one that jumps between "http" and "www.".
    fn blank_bare_urls_reference(prose: &mut [u8], links: &mut Vec<Span>) {
        let mut found = Vec::new();
        let bytes = &*prose;
        let mut next = 0;
        for i in memchr::memchr2_iter(b'h', b'w', bytes) {
            if i < next {
                continue;
            }
            if let Some(end) = url_end(bytes, i) {
                found.push(Span::new(i, end));
                next = end.max(i + 1);
            }
        }
        for span in found {
            blank(prose, span.start, span.end);
            links.push(span);
        }
    }

    #[test]
    fn bare_urls_match_the_reference_on_random_text() {
        let pieces = [
            "http://", "https://", "www.", "http", "hhttp://", "wwww.", "www.www.", "httphttps://a", "x", "h", "w", ".", " ", "\n", "é", "(", ")", "<",
            ">", "\"", "'", "a.b/c", "?", "!", ";", ":", ",", "1",
        ];
        for s in crate::analysis::random_texts(&pieces, 17, 20000, 60, 0, 11) {
            let (mut a, mut b) = (s.clone().into_bytes(), s.clone().into_bytes());
            let (mut la, mut lb) = (Vec::new(), Vec::new());
            blank_bare_urls(&mut a, &mut la);
            blank_bare_urls_reference(&mut b, &mut lb);
            assert_eq!((a, la), (b, lb), "{s:?}");
        }
    }
}
