//! Property tests on generated Markdown-like reports (also read as plain
//! text, LaTeX and Typst, with LaTeX and Typst markup mixed in): paragraphs of
//! sentences with straight and curly quotes, attributions, figures, dates,
//! links, citations and footnotes, emoji, CJK and invisible characters, in
//! headings, lists and block quotes, with LF, CRLF or CR line ends and an
//! optional BOM and front matter.
//!
//! The invariants are the fuzz targets' (tests/support/invariants.rs), plus:
//! checking is deterministic and the incremental analysis agrees with a
//! fresh one; suppressing a finding's rule on its line removes exactly the
//! findings of that rule there; safe fixes keep the writer's words in order
//! and every fix loop converges.
//!
//! Sized (128 cases each) to keep `cargo test` within a couple of minutes on
//! two cores; `PROPTEST_CASES=5000 cargo test --release --test properties`
//! runs more.

#[path = "support/invariants.rs"]
mod invariants;

use copydesk::analysis::{analyze_cached, AnalysisCache};
use copydesk::diagnostic::Diagnostic;
use copydesk::document::line_index::{ColumnUnit, LineCol};
use copydesk::document::{Document, Format};
use copydesk::fix::Applicability;
use copydesk::rules::Rule;
use copydesk::settings::{Placeholder, Settings};
use proptest::prelude::*;
use proptest::sample::{select, Index};

const WORDS: &[&str] = &[
    "the", "troops", "minister", "said", "says", "told", "reporters", "reportedly", "allegedly", "officials", "an", "official",
    "according", "to", "experts", "believe", "people", "died", "rose", "fell", "prices", "government", "will", "resign",
    "a", "source", "sources", "familiar", "with", "matter", "spoke", "on", "condition", "of", "anonymity", "it", "is",
    "believed", "that", "dam", "fail", "strike", "killed", "soldiers", "near", "Donetsk", "Kim", "Yong-hyun", "Dr.",
    "Smith", "U.S.", "Ministry", "of", "Defence", "announced", "during", "meeting", "after", "dispute", "in", "and",
    "about", "more", "than", "percent", "million", "billion", "crime", "record", "highest", "ever", "widely", "known",
];
const FIGURES: &[&str] = &["12", "5,000", "42%", "$3.2 billion", "3.5", "1990", "2024", "300", "two-thirds", "dozens", "No. 5", "1.5m"];
const DATES: &[&str] = &[
    "yesterday", "today", "on Tuesday", "3 October", "October 3, 2024", "last week", "next year", "in June", "recently",
    "currently", "two days ago", "on 3 October 2024", "this year", "by year’s end",
];
const ODD: &[&str] = &["😀", "👩‍👩‍👧", "🇺🇦", "中文报道", "東京", "café", "naïve", "\u{200b}", "\u{202e}", "\u{2066}", "e\u{301}", "\u{feff}", "\t", "&amp;", "*bold*", "`code`", "_it_"];
/// LaTeX and Typst markup, balanced and not, for the other two parsers.
const MARKUP: &[&str] = &[
    "\\emph{said}", "\\cite{smith2020}", "\\footnote{The ministry said so.}", "$x = 5$", "$", "\\(", "\\[a\\]", "{", "}", "\\",
    "\\%", "% note", "\\section{Head}", "\\item", "\\begin{equation}", "\\end{equation}", "\\href{https://e.org}{the report}",
    "#emph[said]", "#footnote[The ministry said so.]", "@smith2020", "#cite(<k>)", "<lbl>", "// note", "/*", "*/", "#set text(size: 11pt)",
    "#link(\"https://e.org\")[the report]", "`raw`", "#f(", "#[", "]", "\\begin{document}",
    "\\enquote{", "\\enquote*{We met}", "Table~\\ref{tab:x}", "\\cref{fig:y}", "#quote[", "#quote(attribution: [Smith])[It fell.]",
    "#figure(image(\"a.png\"), caption: [Yields fell 40%.])",
];
const CITES: &[&str] = &[" [1]", "[^1]", " (Smith 2020)", " [the report](https://example.org/r)", " https://example.org/x", " [@smith2020]", " <https://a.example>"];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => select(WORDS).prop_map(String::from),
        2 => select(FIGURES).prop_map(String::from),
        2 => select(DATES).prop_map(String::from),
        1 => select(ODD).prop_map(String::from),
        1 => select(MARKUP).prop_map(String::from),
    ]
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn sentence() -> impl Strategy<Value = String> {
    (prop::collection::vec(word(), 2..12), select(&[".", ".", ".", "!", "?", "…", ""][..]), 0..8usize, prop::option::weighted(0.2, select(CITES)))
        .prop_map(|(words, end, quote, cite)| {
            let body = capitalise(&words.join(" "));
            let cite = cite.unwrap_or("");
            match quote {
                0 => format!("“{body},” an official said{cite}."),
                1 => format!("\"{body}{end}\"{cite}"),
                2 => format!("‘{body}’ {}{end}{cite}", words.first().map_or("", String::as_str)),
                3 => format!("Smith said: “{body}{end}”{cite}"),
                _ => format!("{body}{cite}{end}"),
            }
        })
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..4).prop_map(|s| s.join(" "))
}

/// One block; `one_line` keeps every block on a single line.
fn block(one_line: bool) -> BoxedStrategy<String> {
    let single = prop_oneof![
        6 => paragraph(),
        1 => paragraph().prop_map(|p| format!("# {}", p.chars().take(60).collect::<String>())),
        2 => paragraph().prop_map(|p| format!("- {p}")),
        1 => paragraph().prop_map(|p| format!("1. {p}")),
        2 => paragraph().prop_map(|p| format!("> {p}")),
        1 => paragraph().prop_map(|p| format!("[^1]: {p}")),
    ];
    if one_line {
        return single.boxed();
    }
    prop_oneof![
        8 => single,
        1 => prop::collection::vec(paragraph(), 2..4).prop_map(|items| items.iter().map(|i| format!("- {i}")).collect::<Vec<_>>().join("\n")),
        1 => prop::collection::vec(paragraph(), 2..3).prop_map(|lines| lines.iter().map(|l| format!("> {l}")).collect::<Vec<_>>().join("\n>\n")),
        1 => (paragraph(), paragraph()).prop_map(|(a, b)| format!("{a}\n{b}")),
        1 => paragraph().prop_map(|p| format!("```\n{p}\n```")),
        1 => (paragraph(), select(FIGURES)).prop_map(|(p, f)| format!("| a | b |\n|---|---|\n| {p} | {f} |")),
        1 => Just("<!-- copydesk-disable-next-line vague-attribution -->".to_string()),
    ]
    .boxed()
}

#[derive(Clone, Debug)]
struct Report {
    text: String,
    /// The line end used throughout.
    eol: &'static str,
    bom: bool,
}

fn report_with(one_line: bool, front_matter: bool) -> impl Strategy<Value = Report> {
    (prop::collection::vec(block(one_line), 1..8), select(&["\n", "\r\n", "\r"][..]), any::<bool>(), prop::bool::weighted(if front_matter { 0.3 } else { 0.0 }), any::<bool>())
        .prop_map(|(blocks, eol, bom, fm, trailing)| {
            let mut text = blocks.join("\n\n");
            if fm {
                text = format!("---\ndate: 2024-10-20\n---\n\n{text}");
            }
            if trailing {
                text.push('\n');
            }
            let text = text.replace('\n', eol);
            let text = if bom { format!("\u{feff}{text}") } else { text };
            Report { text, eol, bom }
        })
}

fn report() -> impl Strategy<Value = Report> {
    report_with(false, true)
}

const FORMATS: [Format; 4] = [Format::Markdown, Format::Text, Format::Latex, Format::Typst];

fn settings_variant(n: u8) -> Settings {
    let mut s = Settings::default();
    if n & 1 != 0 {
        s.date_override = Some(jiff::civil::date(2024, 10, 20));
    }
    if n & 2 != 0 {
        s.placeholder = Placeholder::Footnote;
    }
    if n & 4 != 0 {
        s.dates_in_quotes = true;
    }
    s
}

fn shifted_back(mut d: Diagnostic, at: usize, by: usize) -> Diagnostic {
    let back = |p: &mut usize| {
        if *p >= at + by {
            *p -= by;
        }
    };
    back(&mut d.span.start);
    back(&mut d.span.end);
    for f in &mut d.fixes {
        for e in &mut f.edits {
            back(&mut e.span.start);
            back(&mut e.span.end);
        }
    }
    d
}

/// 128 cases, or `PROPTEST_CASES` when set.
fn config() -> ProptestConfig {
    if std::env::var_os("PROPTEST_CASES").is_some() { ProptestConfig::default() } else { ProptestConfig::with_cases(128) }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn invariants_hold_for_generated_reports(r in report(), variant in 0u8..8) {
        let settings = settings_variant(variant);
        for format in FORMATS {
            invariants::check_text(&r.text, format, &settings);
        }
        invariants::assert_line_index(&r.text);
    }

    #[test]
    fn invariants_hold_for_any_unicode(text in any::<String>(), variant in 0u8..8) {
        let settings = settings_variant(variant);
        for format in FORMATS {
            invariants::check_text(&text, format, &settings);
        }
        invariants::assert_line_index(&text);
    }

    #[test]
    fn check_is_deterministic_and_incremental_analysis_agrees(r in report(), other in paragraph(), which in any::<Index>()) {
        let settings = Settings::default();
        let doc = Document::new(r.text.as_str(), Format::Markdown);
        let first = copydesk::check(&doc, &settings);
        let again = copydesk::check(&Document::new(r.text.as_str(), Format::Markdown), &settings);
        prop_assert_eq!(&first, &again);
        // What the language server does: keep a cache, edit one block, re-analyse.
        let mut cache = AnalysisCache::default();
        let cached = analyze_cached(&doc, &settings.lexicon, &mut cache);
        prop_assert_eq!(&copydesk::check_analyzed(&doc, &cached, &settings), &first);
        if doc.blocks().is_empty() {
            return Ok(());
        }
        let b = doc.blocks()[which.index(doc.blocks().len())].span;
        let mut edited = r.text.clone();
        edited.replace_range(b.start..b.end, &other);
        let doc2 = Document::new(edited.as_str(), Format::Markdown);
        let incremental = analyze_cached(&doc2, &settings.lexicon, &mut cache);
        prop_assert_eq!(copydesk::check_analyzed(&doc2, &incremental, &settings), copydesk::check(&doc2, &settings));
        prop_assert_eq!(serde_json::to_string(&incremental).unwrap(), serde_json::to_string(&copydesk::analysis::analyze(&doc2, &settings.lexicon)).unwrap());
    }

    /// Every block on one line, blocks separated by blank lines: a
    /// `copydesk-disable-next-line RULE` comment (HTML in Markdown, `%` in
    /// LaTeX, `//` in Typst) on its own line right above the line where a
    /// finding starts suppresses the findings of RULE that start on that
    /// line, and nothing else changes.
    #[test]
    fn suppressing_a_finding_removes_exactly_it(r in report_with(true, false), pick in any::<Index>(), format in select(&[Format::Markdown, Format::Latex, Format::Typst][..])) {
        let settings = Settings::default();
        let doc = Document::new(r.text.as_str(), format);
        let before = copydesk::check(&doc, &settings);
        let candidates: Vec<&Diagnostic> = before.iter().filter(|d| d.rule != Rule::UnusedSuppression).collect();
        if candidates.is_empty() {
            return Ok(());
        }
        let target = candidates[pick.index(candidates.len())];
        let index = doc.line_index();
        let line = index.line_of(target.span.start);
        let mut at = index.line_start(line);
        if at == 0 && r.bom {
            at = 3;
        }
        // (indented as its line, as the editor's "suppress here" writes it:
        // a comment at the margin before "\t yesterday." in a list item
        // would end the list and make the line a code block)
        let quote_mark = if format == Format::Markdown { '>' } else { ' ' };
        let indent: String = r.text[at..].chars().take_while(|&c| c == ' ' || c == '\t' || c == quote_mark).collect();
        let comment = format!("{indent}{}{}", format.comment(&format!("copydesk-disable-next-line {}", target.rule.id())), r.eol);
        let mut text = r.text.clone();
        text.insert_str(at, &comment);
        let doc2 = Document::new(text.as_str(), format);
        // Only a comment the parser reads as one (not one inside a LaTeX
        // equation or a Typst raw block that runs across lines).
        prop_assume!(doc2.comments().iter().any(|c| c.span.start == at + indent.len()));
        let after: Vec<Diagnostic> = copydesk::check(&doc2, &settings)
            .into_iter()
            .map(|d| shifted_back(d, at, comment.len()))
            .collect();
        let expected: Vec<&Diagnostic> = before.iter().filter(|d| !(d.rule == target.rule && index.line_of(d.span.start) == line)).collect();
        let after_refs: Vec<&Diagnostic> = after.iter().collect();
        prop_assert_eq!(after_refs, expected, "text: {:?}", text);
    }

    #[test]
    fn safe_fixes_keep_words_and_every_fix_loop_converges(r in report(), variant in 0u8..8, format in select(&FORMATS[..])) {
        let settings = settings_variant(variant);
        // Safe passes assert that the writer's words survive (see `fix_loop`).
        let safe = invariants::fix_loop(&r.text, format, &settings, Applicability::Safe);
        prop_assert!(safe.converged, "safe fixes did not converge: {:?}", safe.text);
        let all = invariants::fix_loop(&safe.text, format, &settings, Applicability::Unsafe);
        prop_assert!(all.converged, "unsafe fixes did not converge: {:?}", all.text);
        // A BOM stays first; line ends stay the document's.
        // (The text may also start with U+FEFF from its generated words.)
        prop_assert_eq!(safe.text.starts_with('\u{feff}'), r.text.starts_with('\u{feff}'));
        let has_eol = r.text.contains(['\n', '\r']);
        match r.eol {
            _ if !has_eol => {}
            "\r\n" => prop_assert!(!all.text.replace("\r\n", "").contains(['\n', '\r']), "a bare line end in a CRLF file: {:?}", all.text),
            "\r" => prop_assert!(!all.text.contains('\n'), "a LF in a CR file: {:?}", all.text),
            _ => prop_assert!(!all.text.contains('\r'), "a CR in a LF file: {:?}", all.text),
        }
    }

    #[test]
    fn incremental_edits_through_positions(r in report(), edits in prop::collection::vec((0u32..12, 0u32..90, 0u32..12, 0u32..90, select(&["", "x", "é", "😀", "\n", "\r\n", "\r", "中文 said.", " reportedly "][..])), 0..24), utf16 in any::<bool>()) {
        let unit = if utf16 { ColumnUnit::Utf16 } else { ColumnUnit::Utf8 };
        let edits: Vec<invariants::PositionEdit> = edits
            .into_iter()
            .map(|(l1, c1, l2, c2, t)| invariants::PositionEdit { start: LineCol { line: l1, col: c1 }, end: LineCol { line: l2, col: c2 }, text: t.to_string() })
            .collect();
        let out = invariants::apply_position_edits(&r.text, &edits, unit);
        invariants::assert_line_index(&out);
        invariants::check_text(&out, Format::Markdown, &Settings::default());
    }
}
