//! LaTeX: one linear scan that reveals the prose of the document body.
//!
//! Prose is the text between commands, the argument of text commands
//! (`\emph`, `\textbf`, `\section`, `\caption`, `\footnote`, the text of
//! `\href`) and of unknown commands when it holds a space. Never prose: the
//! preamble (before `\begin{document}`), command names, optional `[..]`
//! arguments, the arguments of `\label`, `\ref`, `\usepackage` and the like,
//! math (`$..$`, `$$..$$`, `\(..\)`, `\[..\]`, the math environments),
//! `verbatim`, `lstlisting`, `minted`, `tabular` (tables are skipped, as in
//! Markdown), and `%` comments, which are kept for suppression.
//!
//! Blocks: paragraphs split at blank lines and at environment boundaries;
//! `\section{..}` and its kin are headings, `\item` starts a list item,
//! `\footnote{..}` text is a footnote block (and its marker a citation, as
//! are `\cite`-like commands, `\url` and `\href`).
//! Quotations: TeX's ``quotes'' and csquotes' `\enquote{..}` are marked
//! with straight quotation marks in the prose copy.
//!
//! Every search for a closing delimiter stops at a blank line (LaTeX does
//! not let a paragraph end inside an argument or inline math) and a failed
//! search is remembered, so a stray `$` or `{` costs one pass, not one pass
//! per stray: the scan stays linear on any input.

use super::lines::{blank_line_after, is_eol, line_end, past_eol};
use super::{parse_written_date, BlockBuilder, BlockKind, Comment, Parsed};
use crate::span::Span;

/// Nested prose arguments (`\footnote{\emph{..}}`) deeper than this are
/// read as plain groups.
const MAX_DEPTH: usize = 8;

/// Environments whose whole content is never prose.
const SKIP_ENVS: &[&str] = &[
    "equation", "equation*", "align", "align*", "alignat", "alignat*", "flalign", "flalign*", "gather", "gather*", "multline",
    "multline*", "eqnarray", "eqnarray*", "math", "displaymath", "split", "array", "verbatim", "verbatim*", "Verbatim",
    "lstlisting", "minted", "comment", "tabular", "tabular*", "tabularx", "tabulary", "longtable", "supertabular", "tikzpicture",
    "thebibliography", "filecontents", "filecontents*",
];

/// Commands whose arguments are never prose.
const SKIP_COMMANDS: &[&str] = &[
    "label", "ref", "eqref", "pageref", "autoref", "cref", "Cref", "nameref", "vref", "usepackage", "RequirePackage",
    "documentclass", "includegraphics", "input", "include", "includeonly", "bibliography", "bibliographystyle",
    "addbibresource", "printbibliography", "vspace", "hspace", "vskip", "hskip", "setlength", "addtolength", "setcounter",
    "addtocounter", "newcommand", "renewcommand", "providecommand", "newenvironment", "renewenvironment",
    "DeclareMathOperator", "newtheorem", "pagestyle", "thispagestyle", "pagenumbering", "graphicspath", "hypersetup", "geometry",
    "author", "title", "thanks", "affil", "address", "email", "keywords", "color", "definecolor", "fontsize", "selectfont",
    "linespread", "rule", "raisebox", "resizebox", "scalebox", "newpage", "clearpage", "maketitle", "tableofcontents",
    "listoffigures", "listoftables", "appendix", "centering", "noindent", "indent", "today", "bibitem", "hline", "cline",
    "toprule", "midrule", "bottomrule", "multicolumn", "multirow", "phantom", "hphantom", "vphantom", "def", "let",
];

/// Sectioning commands: their argument is a heading.
const HEADINGS: &[&str] = &["part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph"];

/// Text commands whose argument is prose, whatever it holds.
const PROSE_COMMANDS: &[&str] = &[
    "emph", "textbf", "textit", "textsl", "textsc", "textrm", "textsf", "textup", "textmd", "textnormal", "underline", "uline",
    "mbox", "text", "caption", "hl", "abstract",
];

/// Text commands whose first argument is not prose and second is.
const SKIP_FIRST: &[&str] = &["textcolor", "colorbox", "foreignlanguage", "href"];

pub(super) fn parse(text: &str, body_start: usize, prose: &mut [u8]) -> Parsed {
    let mut scanner = Scanner::new(text, prose, true);
    scanner.scan(body_start, text.len(), 0);
    if !scanner.seen_body {
        // No `\begin{document}` (a fragment, or one only in a comment): all
        // of it is body.
        scanner = Scanner::new(text, prose, false);
        scanner.scan(body_start, text.len(), 0);
    }
    Parsed { blocks: scanner.blocks.finish(), links: scanner.links, comments: scanner.comments, date: scanner.date }
}

struct Scanner<'a> {
    text: &'a str,
    b: &'a [u8],
    prose: &'a mut [u8],
    blocks: BlockBuilder,
    links: Vec<Span>,
    comments: Vec<Comment>,
    date: Option<jiff::civil::Date>,
    /// Outside the body (preamble, or after `\end{document}`): nothing is
    /// revealed, comments and `\date` are still read.
    quiet: bool,
    seen_body: bool,
    /// Searches for a closer that start before these offsets fail (an
    /// earlier search failed there): `$`, `$$`, `\)`, `\]`, `}`, `]`.
    failed: [usize; 6],
    /// How many `\enquote` groups the scan is inside.
    enquote_depth: usize,
}

/// Index into `Scanner::failed` per closer.
#[derive(Clone, Copy)]
enum Closer {
    Dollar = 0,
    Dollars = 1,
    Paren = 2,
    Bracket = 3,
    Brace = 4,
    Square = 5,
}


impl<'a> Scanner<'a> {
    fn new(text: &'a str, prose: &'a mut [u8], quiet: bool) -> Scanner<'a> {
        Scanner {
            text,
            b: text.as_bytes(),
            prose,
            blocks: BlockBuilder::new(),
            links: Vec::new(),
            comments: Vec::new(),
            date: None,
            quiet,
            seen_body: false,
            failed: [0; 6],
            enquote_depth: 0,
        }
    }

    fn prose(&mut self, start: usize, end: usize) {
        if !self.quiet {
            self.blocks.prose(self.text, self.prose, start, end);
            self.straighten_quotes(start, end);
        }
    }

    /// TeX's ``quotation marks'': in the prose copy each pair becomes one
    /// straight `"` next to the quoted words and a blank, so quotations are
    /// found as in any other format.
    fn straighten_quotes(&mut self, start: usize, end: usize) {
        let end = end.min(self.b.len());
        let mut i = start;
        while i + 1 < end {
            match (self.b[i], self.b[i + 1]) {
                (b'`', b'`') => {
                    self.prose[i] = b' ';
                    self.prose[i + 1] = b'"';
                    i += 2;
                }
                (b'\'', b'\'') => {
                    self.prose[i] = b'"';
                    self.prose[i + 1] = b' ';
                    i += 2;
                }
                _ => i += 1,
            }
        }
    }

    fn brk(&mut self, kind: BlockKind) {
        self.blocks.brk(kind);
    }




    /// The offset of `close` (a one- or two-byte closer) at or after `from`,
    /// skipping escapes and comments, before the next blank line.
    fn find_closer(&mut self, from: usize, close: &[u8], which: Closer) -> Option<usize> {
        let slot = which as usize;
        if from < self.failed[slot] {
            return None;
        }
        let mut i = from;
        while i < self.b.len() {
            if self.b[i..].starts_with(close) {
                return Some(i);
            }
            match self.b[i] {
                b'\\' => i += 2,
                b'%' => i = line_end(self.b, i),
                c if is_eol(c) => {
                    if blank_line_after(self.b, i) {
                        break;
                    }
                    i = past_eol(self.b, i);
                }
                _ => i += 1,
            }
        }
        self.failed[slot] = i.min(self.b.len()).max(from + 1);
        None
    }

    /// The end (past the closer) of the group opened at `open` (`{` or
    /// `[`), balancing nested groups of the same kind.
    fn group_end(&mut self, open: usize) -> Option<usize> {
        let (o, c, which) = match self.b.get(open) {
            Some(b'[') => (b'[', b']', Closer::Square),
            Some(b'{') => (b'{', b'}', Closer::Brace),
            _ => return None,
        };
        let slot = which as usize;
        if open < self.failed[slot] {
            return None;
        }
        let mut depth = 0usize;
        let mut i = open;
        while i < self.b.len() {
            match self.b[i] {
                b'\\' => {
                    i += 2;
                    continue;
                }
                b'%' => {
                    i = line_end(self.b, i);
                    continue;
                }
                x if x == o => depth += 1,
                x if x == c => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return Some(i + 1);
                    }
                }
                x if is_eol(x) => {
                    if blank_line_after(self.b, i) {
                        break;
                    }
                    i = past_eol(self.b, i);
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        self.failed[slot] = i.min(self.b.len()).max(open + 1);
        None
    }

    /// Past spaces and tabs (not line ends) from `i`.
    fn skip_spaces(&self, mut i: usize) -> usize {
        while i < self.b.len() && matches!(self.b[i], b' ' | b'\t') {
            i += 1;
        }
        i
    }

    /// Past every `*`, `[..]` and `{..}` right after `i` (none spaced off:
    /// a `[citation needed]` after `\cite{..} ` is not an argument).
    fn skip_args(&mut self, mut i: usize) -> usize {
        loop {
            match self.b.get(i) {
                Some(b'*') => i += 1,
                Some(b'[' | b'{') => match self.group_end(i) {
                    Some(end) => i = end,
                    None => return i,
                },
                _ => return i,
            }
        }
    }

    /// Past `*` and optional `[..]` arguments right after `i`.
    fn skip_optional(&mut self, mut i: usize) -> usize {
        loop {
            match self.b.get(i) {
                Some(b'*') => i += 1,
                Some(b'[') => match self.group_end(i) {
                    Some(end) => i = end,
                    None => return i,
                },
                _ => return i,
            }
        }
    }

    /// Scan `text[start..end]`.
    fn scan(&mut self, start: usize, end: usize, depth: usize) {
        let end = end.min(self.b.len());
        let mut i = start;
        let mut run = start;
        while i < end {
            let c = self.b[i];
            if !matches!(c, b'\\' | b'%' | b'{' | b'}' | b'$' | b'~' | b'\n' | b'\r') {
                i += 1;
                continue;
            }
            self.prose(run, i);
            i = match c {
                b'%' => self.comment(i),
                b'{' | b'}' | b'~' => i + 1,
                b'$' => self.dollar(i),
                b'\\' => self.backslash(i, end, depth),
                _ => {
                    // A line end: a blank line after it ends the paragraph.
                    if blank_line_after(self.b, i) {
                        self.brk(BlockKind::Paragraph);
                    }
                    let next = past_eol(self.b, i);
                    self.prose(i, next);
                    next
                }
            }
            .max(i + 1)
            .min(end);
            run = i;
            // Everything skipped over above stays blank, except what the
            // handler revealed itself.
        }
        self.prose(run, end);
    }

    /// A `%` comment to the end of its line.
    fn comment(&mut self, at: usize) -> usize {
        let end = line_end(self.b, at);
        let body = self.text.get(at..end).unwrap_or("").trim_start_matches('%').trim().to_string();
        self.comments.push(Comment { span: Span::new(at, end), body });
        end
    }

    /// Inline `$..$` or display `$$..$$` math; a stray `$` is blanked alone.
    fn dollar(&mut self, at: usize) -> usize {
        let display = self.b.get(at + 1) == Some(&b'$');
        let (close, which, open_len) = if display { (&b"$$"[..], Closer::Dollars, 2) } else { (&b"$"[..], Closer::Dollar, 1) };
        match self.find_closer(at + open_len, close, which) {
            Some(c) => c + close.len(),
            None => at + open_len,
        }
    }

    fn backslash(&mut self, at: usize, end: usize, depth: usize) -> usize {
        let Some(&next) = self.b.get(at + 1) else { return at + 1 };
        if !next.is_ascii_alphabetic() {
            return match next {
                // `\%`, `\$`, `\&`, `\#`, `\_`, `\{`, `\}`: the character is prose.
                b'%' | b'$' | b'&' | b'#' | b'_' | b'{' | b'}' => {
                    self.prose(at + 1, at + 2);
                    at + 2
                }
                b'(' => self.find_closer(at + 2, b"\\)", Closer::Paren).map_or(at + 2, |c| c + 2),
                b'[' => self.find_closer(at + 2, b"\\]", Closer::Bracket).map_or(at + 2, |c| c + 2),
                b'\\' => self.skip_optional(at + 2),
                // A line end, an accent, a spacing command: blank both bytes;
                // a multi-byte character after it stays.
                _ if next.is_ascii() && !is_eol(next) => at + 2,
                _ => at + 1,
            };
        }
        let mut name_end = at + 1;
        while name_end < self.b.len() && self.b[name_end].is_ascii_alphabetic() {
            name_end += 1;
        }
        let name = &self.text[at + 1..name_end];
        match name {
            "begin" => self.begin(name_end),
            "end" => {
                let after = self.skip_args(name_end);
                if self.text.get(name_end..after).is_some_and(|a| a.starts_with("{document}")) {
                    self.quiet = true;
                }
                self.brk(BlockKind::Paragraph);
                after
            }
            "item" => {
                self.brk(BlockKind::ListItem);
                self.skip_optional(name_end)
            }
            "par" => {
                self.brk(BlockKind::Paragraph);
                name_end
            }
            "verb" | "lstinline" => {
                let d = self.skip_optional(name_end);
                match self.b.get(d) {
                    Some(&delim) if delim.is_ascii() && !delim.is_ascii_alphabetic() && !delim.is_ascii_whitespace() => {
                        let delim = if delim == b'{' { b'}' } else { delim };
                        let line_end = line_end(self.b, d + 1);
                        memchr::memchr(delim, &self.b[d + 1..line_end]).map_or(line_end, |n| d + 2 + n)
                    }
                    _ => d,
                }
            }
            "date" => {
                let after = self.skip_optional(name_end);
                let after = self.skip_spaces(after);
                match self.group_end(after) {
                    Some(g) if self.b.get(after) == Some(&b'{') => {
                        if self.date.is_none() {
                            self.date = self.text.get(after + 1..g - 1).and_then(parse_written_date);
                        }
                        g
                    }
                    _ => after,
                }
            }
            "url" | "nolinkurl" => {
                let after = self.skip_args(name_end);
                self.links.push(Span::new(at, after));
                after
            }
            "footnote" | "footnotetext" => self.footnote(at, name_end, end, depth),
            "enquote" => self.enquote(name_end, end, depth),
            "footnotemark" => {
                let after = self.skip_optional(name_end);
                self.links.push(Span::new(at, after));
                after
            }
            _ if HEADINGS.contains(&name) => self.heading(name_end, end, depth),
            _ if name.to_ascii_lowercase().contains("cite") => {
                let after = self.skip_args(name_end);
                self.links.push(Span::new(at, after));
                after
            }
            "ref" | "autoref" | "cref" | "Cref" | "vref" => {
                let after = self.skip_args(name_end);
                if self.refers_to_exhibit(at, name_end, after) {
                    // "(Table~\ref{tab:data})": the report's own exhibit
                    // cites its sentence, as "(Table 2)" does in Markdown.
                    self.links.push(Span::new(at, after));
                }
                after
            }
            _ if SKIP_COMMANDS.contains(&name) => self.skip_args(name_end),
            // The argument reads on as prose; only its braces are blanked.
            _ if PROSE_COMMANDS.contains(&name) => self.skip_optional(name_end),
            _ if SKIP_FIRST.contains(&name) => {
                let first = self.skip_optional(name_end);
                let after = if self.b.get(first) == Some(&b'{') { self.group_end(first).unwrap_or(first) } else { first };
                if name == "href" {
                    // The link is `\href{url}`; its text follows as prose.
                    self.links.push(Span::new(at, after));
                }
                // The text argument is read on as prose (its braces blanked).
                after
            }
            _ => self.unknown_command(name_end),
        }
    }

    /// An unknown command: its name and optional arguments are blanked, and
    /// each short `{..}` argument right after it without a space or a
    /// nested group inside (a length, a key, a colour) too; any other
    /// argument reads as prose. The look-ahead is bounded, so nested
    /// unknown commands stay linear.
    fn unknown_command(&mut self, name_end: usize) -> usize {
        const SHORT: usize = 128;
        let mut i = self.skip_optional(name_end);
        while self.b.get(i) == Some(&b'{') {
            let window = &self.b[i + 1..self.b.len().min(i + 1 + SHORT)];
            match window.iter().position(|&c| c == b'}' || c == b'{' || c.is_ascii_whitespace() || c == b'%') {
                Some(n) if window[n] == b'}' => i += n + 2,
                _ => break,
            }
        }
        i
    }

    fn begin(&mut self, name_end: usize) -> usize {
        self.brk(BlockKind::Paragraph);
        let open = self.skip_spaces(name_end);
        if self.b.get(open) != Some(&b'{') {
            return name_end;
        }
        let Some(close) = self.group_end(open) else { return open + 1 };
        let env = self.text.get(open + 1..close - 1).unwrap_or("").trim();
        if env == "document" {
            self.quiet = false;
            self.seen_body = true;
            return close;
        }
        if SKIP_ENVS.contains(&env) {
            let end_marker = format!("\\end{{{env}}}");
            return self.text[close..].find(&end_marker).map_or(self.b.len(), |n| close + n + end_marker.len());
        }
        self.unknown_command(close)
    }

    /// `\section*[short]{Heading}`: the argument is a heading block.
    fn heading(&mut self, name_end: usize, end: usize, depth: usize) -> usize {
        let open = self.skip_optional(name_end);
        let open = self.skip_spaces(open);
        if self.b.get(open) != Some(&b'{') || depth >= MAX_DEPTH {
            self.brk(BlockKind::Paragraph);
            return open;
        }
        let Some(close) = self.group_end(open) else {
            self.brk(BlockKind::Paragraph);
            return open + 1;
        };
        let close = close.min(end);
        self.brk(BlockKind::Heading);
        self.scan(open + 1, close.saturating_sub(1).max(open + 1), depth + 1);
        self.brk(BlockKind::Paragraph);
        close
    }

    /// A cross-reference at `at` (its name ends at `name_end`, its
    /// arguments at `after`) points at a table, figure, appendix or the
    /// like: by the word before it ("Table~\ref{..}", "Fig.~\ref{..}") or
    /// by the label's conventional prefix (`\cref{fig:yields}`).
    fn refers_to_exhibit(&self, at: usize, name_end: usize, after: usize) -> bool {
        const WORDS: &[&str] = &["table", "tables", "figure", "figures", "fig.", "figs.", "tab.", "chart", "annex", "appendix", "box", "exhibit"];
        const PREFIXES: &[&str] = &["fig:", "tab:", "table:", "figure:", "app:", "appendix:", "fig-", "tab-"];
        let mut from = at.saturating_sub(24);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let before = self.text.get(from..at).unwrap_or("").trim_end_matches(['~', ' ', '\t']);
        let word = before.rsplit([' ', '\t', '\n', '\r', '(', '~']).next().unwrap_or("");
        let label = self.text.get(name_end..after).unwrap_or("").trim_start_matches(['*', '{']);
        WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) || PREFIXES.iter().any(|p| label.get(..p.len()).is_some_and(|l| l.eq_ignore_ascii_case(p)))
    }

    /// csquotes' `\enquote{..}` (and `\enquote*{..}`): in the prose copy
    /// its braces become quotation marks, `"` outside any other `\enquote`
    /// and `'` inside one, so the quotation is found as in any other format.
    fn enquote(&mut self, name_end: usize, end: usize, depth: usize) -> usize {
        let star = name_end + usize::from(self.b.get(name_end) == Some(&b'*'));
        let open = self.skip_optional(star);
        if self.b.get(open) != Some(&b'{') || depth >= MAX_DEPTH {
            return open;
        }
        let Some(close) = self.group_end(open) else { return open + 1 };
        let close = close.min(end);
        if close < open + 2 || self.b[close - 1] != b'}' {
            // The group runs past the end of what is being scanned: read
            // its text as prose, without marks.
            return open + 1;
        }
        let mark = if self.enquote_depth == 0 { b'"' } else { b'\'' };
        self.enquote_depth += 1;
        self.quote_mark(open, mark);
        self.scan(open + 1, close - 1, depth + 1);
        self.quote_mark(close - 1, mark);
        self.enquote_depth -= 1;
        close
    }

    /// The brace at `at` reads as the quotation mark `mark`.
    fn quote_mark(&mut self, at: usize, mark: u8) {
        self.prose(at, at + 1);
        if !self.quiet {
            self.prose[at] = mark;
        }
    }

    /// `\footnote[n]{Text}`: the marker cites its sentence, the text is a
    /// footnote block; the paragraph goes on after it as a new block.
    fn footnote(&mut self, at: usize, name_end: usize, end: usize, depth: usize) -> usize {
        let open = self.skip_optional(name_end);
        if self.text[at..name_end].ends_with("footnote") {
            self.links.push(Span::new(at, open));
        }
        if self.b.get(open) != Some(&b'{') || depth >= MAX_DEPTH {
            return open;
        }
        let Some(close) = self.group_end(open) else { return open + 1 };
        let close = close.min(end);
        let kind = self.blocks.kind;
        self.brk(BlockKind::Footnote);
        self.scan(open + 1, close.saturating_sub(1).max(open + 1), depth + 1);
        self.brk(kind);
        close
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{BlockKind, Document, Format};

    fn doc(text: &str) -> Document {
        Document::new(text, Format::Latex)
    }

    fn blocks(text: &str) -> Vec<(BlockKind, String)> {
        crate::document::block_texts(text, Format::Latex)
    }

    #[test]
    fn tex_quotation_marks_are_quotations() {
        let text = "``We met yesterday,'' the minister said. He called it ``a hoax''.";
        let d = doc(text);
        assert_eq!(d.prose(), " \"We met yesterday,\"  the minister said. He called it  \"a hoax\" .");
        let settings = crate::settings::Settings { date_override: Some(jiff::civil::date(2025, 1, 15)), ..Default::default() };
        assert!(crate::check(&d, &settings).iter().all(|f| f.rule != crate::rules::Rule::RelativeDate));
    }

    #[test]
    fn references_to_exhibits_are_citations() {
        let text = "Yields fell (Figure~\\ref{x}). Costs rose, see \\cref{tab:costs}. As Section~\\ref{sec:data} shows. Prices é\\autoref{fig-prices}.";
        let d = doc(text);
        let links: Vec<&str> = d.links().iter().map(|l| d.slice(*l)).collect();
        assert_eq!(links, ["\\ref{x}", "\\cref{tab:costs}", "\\autoref{fig-prices}"]);
    }

    #[test]
    fn enquote_is_a_quotation() {
        let text = "\\enquote{We met yesterday, \\enquote*{as agreed}} the minister said. \\enquote{Unclosed.\n\nNext paragraph.";
        let d = doc(text);
        let squeezed = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(squeezed(d.prose()).starts_with("\"We met yesterday, 'as agreed'\" the minister said."), "{:?}", d.prose());
        let a = crate::analysis::analyze(&d, crate::analysis::lexicon::Lexicon::builtin());
        let quotes: Vec<String> = a.blocks.iter().flat_map(|b| &b.quotes).map(|q| squeezed(&d.prose()[q.inner.range()])).collect();
        assert_eq!(quotes, ["We met yesterday, 'as agreed'"]);
        assert!(d.prose().contains("Unclosed."));
    }

    #[test]
    fn preamble_commands_and_math_are_not_prose() {
        let text = "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\title{Said yesterday}\n\\begin{document}\n\\section{The \\emph{strike}}\\label{sec:strike}\nPrices rose $x = 40$ and \\(y = 5\\) with \\[z = 7\\] as in \\ref{tab:x}.\n\n\\begin{equation}\n  a = 300\n\\end{equation}\nOnly 12\\% said so.\n\\end{document}\nafter the end\n";
        let d = doc(text);
        let p = d.prose();
        assert_eq!(p.len(), text.len());
        for gone in ["documentclass", "article", "utf8", "inputenc", "yesterday", "label", "sec:strike", "40", "5", "7", "tab:x", "300", "after the end", "emph"] {
            assert!(!p.contains(gone), "{gone:?} is prose in {p:?}");
        }
        let b = blocks(text);
        assert_eq!(b[0], (BlockKind::Heading, "The strike".into()));
        assert_eq!(b[1].1, "Prices rose and with as in .");
        assert_eq!(b[2].1, "Only 12 % said so.");
        assert!(d.prose().contains("Only 12 % said so."));
    }

    #[test]
    fn lists_footnotes_and_citations() {
        let text = "\\begin{itemize}\n\\item[a)] First claim \\cite[p.~4]{smith2020}.\n\\item Second \\href{https://x.org}{the report}.\n\\end{itemize}\nA claim.\\footnote{Ministry of Defence, 2024.} More \\url{https://y.org}.\n";
        let d = doc(text);
        let b = blocks(text);
        assert_eq!(b[0].0, BlockKind::ListItem);
        assert_eq!(b[0].1, "First claim .");
        assert_eq!(b[1], (BlockKind::ListItem, "Second the report .".into()));
        assert_eq!(b[2], (BlockKind::Paragraph, "A claim.".into()));
        assert_eq!(b[3], (BlockKind::Footnote, "Ministry of Defence, 2024.".into()));
        assert!(b[4].1.starts_with("More"));
        let links: Vec<&str> = d.links().iter().map(|l| d.slice(*l)).collect();
        assert_eq!(links, ["\\cite[p.~4]{smith2020}", "\\href{https://x.org}", "\\footnote", "\\url{https://y.org}"]);
        assert!(!d.prose().contains("smith2020") && !d.prose().contains("x.org") && !d.prose().contains("a)"));
    }

    #[test]
    fn comments_are_kept_and_escaped_percent_is_not_one() {
        let text = "% copydesk-disable-next-line relative-date\nIt fell 5\\% yesterday. %% note\n\\begin{verbatim}\n% not a comment\n\\end{verbatim}\n";
        let d = doc(text);
        let bodies: Vec<&str> = d.comments().iter().map(|c| c.body.as_str()).collect();
        assert_eq!(bodies, ["copydesk-disable-next-line relative-date", "note"]);
        assert_eq!(d.slice(d.comments()[0].span), "% copydesk-disable-next-line relative-date");
        assert!(d.prose().contains("It fell 5 % yesterday."));
        assert!(!d.prose().contains("not a comment"));
    }

    #[test]
    fn verbatim_tables_and_unknown_commands() {
        let text = "\\begin{tabular}{ll}\nsaid yesterday & 5 \\\\\n\\end{tabular}\n\\vspace{2mm}\\mycmd{kept words here} \\lstinline|x| \\textcolor{red}{red text} \\verb|code|.\n";
        let p = doc(text).prose().split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(p, "kept words here red text .");
    }

    #[test]
    fn dates_from_date_command() {
        for (text, want) in [("\\date{3 October 2024}\n\\begin{document}x\\end{document}", Some((2024, 10, 3))), ("\\date{October 3, 2024}", Some((2024, 10, 3))), ("\\date{2024-10-03}", Some((2024, 10, 3))), ("\\date{\\today}", None), ("% \\date{3 May 2020}\n", None)] {
            let got = doc(text).declared_date().map(|d| (d.year(), d.month(), d.day()));
            assert_eq!(got, want.map(|(y, m, d)| (y as i16, m as i8, d as i8)), "{text:?}");
        }
    }

    #[test]
    fn hostile_input_never_panics() {
        for text in ["\\", "$", "$$", "{", "}", "\\(", "\\[", "\\begin{verbatim}", "\\begin{", "\\section{", "\\footnote{\\footnote{", "\\verb", "\\verb|", "é\\é", "%", "a\r\rb\\\r", "\\href{", "\\date{", "\\end{document}x", "\\item[", "\\cite{a"] {
            let d = doc(text);
            assert_eq!(d.prose().len(), text.len());
        }
        let deep = "\\footnote{".repeat(5000);
        assert_eq!(doc(&deep).prose().len(), deep.len());
    }

    #[test]
    fn crlf_and_cr_paragraphs() {
        for eol in ["\n", "\r\n", "\r"] {
            let text = "First line\nsame para.\n\nSecond para.\n".replace('\n', eol);
            let b = blocks(&text);
            assert_eq!(b.len(), 2, "{eol:?}: {b:?}");
            assert_eq!(b[1].1, "Second para.");
        }
    }
}
