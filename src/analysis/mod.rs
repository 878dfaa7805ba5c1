//! Facts found once per document: sentences, quotations, attributions,
//! citations, figures and time expressions. Rules only query these.
//!
//! Each block is analysed on its own slice of the prose copy, with a small
//! [`Context`] carried over from the block before it (an open quotation, a
//! speaker just named, whether an anonymous source was introduced). A
//! block's result depends only on (its text, its kind, that context, the
//! lexicon), so it can be cached and reused after edits elsewhere; its spans
//! are relative to the block until [`BlockAnalysis::shifted`] places them.

/// A word list as a membership test: a `match`, which the compiler turns
/// into a dispatch on the word's length and a few comparisons, where a
/// slice's `contains` compared the word with every entry in turn (about
/// five instructions an entry, on some of the analysis's hottest paths).
/// (With `const NAME` after the test, the words are also a slice, for a
/// word-class table to be built from the same list.)
macro_rules! word_list {
    ($(#[$attr:meta])* $vis:vis fn $test:ident = [$($w:literal),+ $(,)?];) => {
        $(#[$attr])*
        #[inline]
        $vis fn $test(word: &str) -> bool {
            matches!(word, $($w)|+)
        }
    };
    ($(#[$attr:meta])* $vis:vis fn $test:ident, $cvis:vis const $list:ident = [$($w:literal),+ $(,)?];) => {
        $(#[$attr])*
        #[inline]
        $vis fn $test(word: &str) -> bool {
            matches!(word, $($w)|+)
        }
        $cvis const $list: &[&str] = &[$($w),+];
    };
}

pub mod attribution;
pub mod citations;
pub mod figures;
pub mod lexicon;
pub mod quotes;
pub mod sentences;
pub mod time;
pub mod tokens;

use serde::Serialize;

pub use attribution::{Attribution, SourceKind};
pub use figures::Figure;
pub use lexicon::Lexicon;
pub use quotes::Quote;
pub use time::{TimeExpr, TimeKind};

use crate::document::{Block, BlockKind, Document};
use crate::span::Span;

/// What a block inherits from the block before it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Context {
    /// The previous block ended inside an open quotation.
    pub open_quote: bool,
    /// The previous block's last sentence named a source.
    pub speaker_named: bool,
    /// The anonymous sources introduced earlier in the document.
    #[serde(serialize_with = "attribution::AnonymousSeen::serialize_any")]
    pub anonymous_seen: attribution::AnonymousSeen,
    /// The list this block may belong to was introduced by a sentence that
    /// names its source or proposes it ("According to the paper:", "We
    /// recommend that the council:"): its items are that source's, or
    /// proposals, not claims of the writer's.
    pub list_vouched: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Sentence {
    pub span: Span,
    pub attributions: Vec<Attribution>,
    pub figures: Vec<Figure>,
    #[serde(skip)]
    pub times: Vec<TimeExpr>,
    /// A link, URL or citation marker inside or right after the sentence.
    pub cited: bool,
    /// Continues the account of the previous sentence's source.
    pub carried_over: bool,
    /// Lies inside a quotation whose speaker is named.
    pub quoted_speaker: bool,
    /// Subject is a named body stating its own act ("The Committee decided
    /// ..."): asked only of a sentence with a figure or a claim, the two
    /// findings it exempts.
    pub own_act: bool,
    /// A complete declarative sentence of some length (see [`claim::is_declarative`]).
    pub declarative: bool,
    /// A declarative sentence worded as a contestable claim (see [`claim::is_claim`]).
    pub claim: bool,
    /// May hold one of [`EVENT_WORDS`] as a whole word: false only when it
    /// cannot. Looked for in the tokens already made, in the declarative
    /// sentences of paragraphs outside block quotes and without a time (the
    /// ones `undated-event` asks about); true in the other declarative
    /// sentences of paragraphs with a time, false elsewhere.
    #[serde(skip)]
    pub event_word: bool,
}

/// The last word of every phrase of the event lists (`data/event-words.txt`,
/// `data/event-nouns.txt`): a sentence that has none of them as a whole
/// word reports no event in their words.
pub static EVENT_WORDS: std::sync::LazyLock<lexicon::PhraseMatcher> = std::sync::LazyLock::new(|| {
    let lists = [include_str!("../../data/event-words.txt"), include_str!("../../data/event-nouns.txt")];
    let words: Vec<&str> = lists.iter().flat_map(|l| l.lines()).map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).filter_map(|l| l.split(' ').next_back()).collect();
    lexicon::PhraseMatcher::new(&words, aho_corasick::MatchKind::Standard).with_class(lexicon::class::EVENT_KEY)
});

impl Sentence {
    /// Names a source (identifiable or anonymous), cites, or carries one over.
    pub fn is_sourced(&self) -> bool {
        self.carried_over || self.sourced_in_itself()
    }
    /// Names a source (identifiable or anonymous) or cites, in its own
    /// words: [`Sentence::is_sourced`] without what it carries over.
    pub fn sourced_in_itself(&self) -> bool {
        self.cited || self.quoted_speaker || self.attributions.iter().any(|a| a.kind != SourceKind::Vague)
    }
    pub fn is_vague(&self) -> bool {
        self.attributions.iter().any(|a| a.kind == SourceKind::Vague)
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct BlockAnalysis {
    pub kind: BlockKind,
    pub span: Span,
    pub in_block_quote: bool,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    pub citations: Vec<Span>,
    /// Context handed to the next block.
    pub outgoing: Context,
    /// Date styles of the block's dates, when its prose was scanned.
    #[serde(skip)]
    pub date_styles: Option<time::StyleCounts>,
}

impl BlockAnalysis {
    /// The quotations overlapping `span`. A block's quotations are disjoint
    /// and in order, so this is a binary search, not a scan: rules ask it
    /// per sentence and per date, and a long paragraph has thousands.
    pub fn quotes_overlapping(&self, span: Span) -> &[Quote] {
        let first = self.quotes.partition_point(|q| q.span.end <= span.start);
        let len = self.quotes[first..].partition_point(|q| q.span.start < span.end);
        &self.quotes[first..first + len]
    }

    /// Whether `span` lies inside a quotation's words.
    pub fn in_quote(&self, span: Span) -> bool {
        let first = self.quotes.partition_point(|q| q.span.end < span.end);
        self.quotes[first..].iter().take_while(|q| q.span.start <= span.start).any(|q| q.inner.contains(span))
    }

    /// Move every span by `delta` bytes (from block-relative to document).
    pub fn shifted(mut self, delta: usize) -> BlockAnalysis {
        let sh = |s: &mut Span| {
            s.start += delta;
            s.end += delta;
        };
        sh(&mut self.span);
        for q in &mut self.quotes {
            sh(&mut q.span);
            sh(&mut q.inner);
            if let Some(s) = &mut q.speaker {
                sh(s);
            }
        }
        for c in &mut self.citations {
            sh(c);
        }
        for s in &mut self.sentences {
            sh(&mut s.span);
            for a in &mut s.attributions {
                sh(&mut a.cue);
                sh(&mut a.trigger);
                if let Some(src) = &mut a.source {
                    sh(src);
                }
            }
            for f in &mut s.figures {
                sh(&mut f.span);
                sh(&mut f.number);
            }
            for t in &mut s.times {
                t.span = t.span.start + delta..t.span.end + delta;
            }
        }
        self
    }
}

/// The analysis of a whole document.
#[derive(Clone, Debug, Serialize)]
pub struct Analysis {
    pub blocks: Vec<BlockAnalysis>,
}

impl Analysis {
    pub fn sentences(&self) -> impl Iterator<Item = (&BlockAnalysis, &Sentence)> {
        self.blocks.iter().flat_map(|b| b.sentences.iter().map(move |s| (b, s)))
    }
}

/// Per-block analyses kept between versions of one document. A block is
/// reused when its prose, kind, block-quote flag, links and incoming
/// context are unchanged; the owner clears the cache when the lexicon
/// changes. Entries not used by the latest analysis are dropped.
#[derive(Default)]
pub struct AnalysisCache {
    entries: std::collections::HashMap<u64, BlockAnalysis>,
    /// Blocks analysed (not reused) by the latest call.
    pub last_analysed: usize,
    /// Blocks reused by the latest call.
    pub last_reused: usize,
}

impl AnalysisCache {
    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

fn block_key(slice: &str, block: &Block, links: &[Span], ctx: Context) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    slice.hash(&mut h);
    block.kind.hash(&mut h);
    block.in_block_quote.hash(&mut h);
    links.hash(&mut h);
    ctx.hash(&mut h);
    h.finish()
}

/// Analyse a document, reusing the cached analysis of every block whose
/// inputs did not change.
pub fn analyze_cached(doc: &Document, lexicon: &Lexicon, cache: &mut AnalysisCache) -> Analysis {
    let mut ctx = Context::default();
    let mut blocks = Vec::with_capacity(doc.blocks().len());
    let mut fresh = std::collections::HashMap::with_capacity(doc.blocks().len());
    let (mut analysed, mut reused) = (0, 0);
    for block in doc.blocks() {
        let Some(slice) = doc.prose().get(block.span.range()) else { continue };
        let links = block_links(doc, block, slice.len());
        let key = block_key(slice, block, &links, ctx);
        let relative = match cache.entries.remove(&key).or_else(|| fresh.get(&key).cloned()) {
            Some(hit) => {
                reused += 1;
                hit
            }
            None => {
                analysed += 1;
                analyze_slice(slice, block.kind, block.in_block_quote, &links, ctx, lexicon)
            }
        };
        ctx = relative.outgoing;
        blocks.push(relative.clone().shifted(block.span.start));
        fresh.insert(key, relative);
    }
    cache.entries = fresh;
    cache.last_analysed = analysed;
    cache.last_reused = reused;
    Analysis { blocks }
}

fn block_links(doc: &Document, block: &Block, len: usize) -> Vec<Span> {
    // (a link that opens before the block and runs into it counts too)
    let mut links: Vec<Span> = doc
        .links_touching(block.span)
        .map(|l| Span::new(l.start.saturating_sub(block.span.start), l.end.saturating_sub(block.span.start).min(len)))
        .collect();
    links.sort();
    links
}

/// Analyse every block of a document.
pub fn analyze(doc: &Document, lexicon: &Lexicon) -> Analysis {
    let mut ctx = Context::default();
    let mut blocks = Vec::with_capacity(doc.blocks().len());
    for block in doc.blocks() {
        let result = analyze_block(doc, block, ctx, lexicon);
        ctx = result.outgoing;
        blocks.push(result);
    }
    Analysis { blocks }
}

/// Analyse one block in context: spans in document coordinates.
pub fn analyze_block(doc: &Document, block: &Block, ctx: Context, lexicon: &Lexicon) -> BlockAnalysis {
    let Some(slice) = doc.prose().get(block.span.range()) else {
        return BlockAnalysis { kind: block.kind, span: block.span, in_block_quote: block.in_block_quote, sentences: Vec::new(), quotes: Vec::new(), citations: Vec::new(), outgoing: ctx, date_styles: None };
    };
    let links = block_links(doc, block, slice.len());
    analyze_slice(slice, block.kind, block.in_block_quote, &links, ctx, lexicon).shifted(block.span.start)
}

/// Analyse a block's prose with spans relative to the slice. `links` are
/// link/URL/footnote spans found by the parser, relative to the slice.
pub fn analyze_slice(slice: &str, kind: BlockKind, in_block_quote: bool, links: &[Span], ctx: Context, lexicon: &Lexicon) -> BlockAnalysis {
    let whole = Span::new(0, slice.len());
    let sentence_spans = sentences::split(slice, whole, lexicon);
    let (mut quotes, ends_open) = quotes::find(slice, whole, ctx.open_quote);
    // An interview's answer is the interviewee's words, quoted whole.
    if kind == BlockKind::Answer {
        quotes = vec![quotes::Quote { span: whole, inner: whole, words: slice.split_whitespace().count(), is_full_sentence: true, continued: false, speaker: None }];
    }
    // (a headline quotes in single marks: "## 'Today we got justice'")
    if kind == BlockKind::Heading && quotes.is_empty() && slice.contains(['\'', '‘']) {
        quotes = quotes::find_single_in_heading(slice, 0);
    }
    let mut citations = citations::find(slice, &lexicon.placeholders);
    citations.extend_from_slice(links);
    citations.sort();
    let quote_spans: Vec<Span> = quotes.iter().map(|q| q.inner).collect();
    // Each sentence looks only at the quotations, citations and times that
    // overlap it: scanning the block's whole lists per sentence made one
    // long paragraph quadratic. (A superset of what every test below needs:
    // they all ask about spans inside the sentence.)
    let quotes_at = overlapping_each(&sentence_spans, &quote_spans);
    let citations_at = overlapping_each(&sentence_spans, &citations);
    // A citation cites its sentence up to where the next one starts.
    let cite_ranges: Vec<Span> = if citations.is_empty() {
        Vec::new()
    } else {
        (0..sentence_spans.len()).map(|n| Span::new(sentence_spans[n].start, sentence_spans.get(n + 1).map_or(slice.len() + 1, |s| s.start))).collect()
    };
    let cited_at = overlapping_each(&cite_ranges, &citations);
    let (mut block_tokens, mut lowered) = tokens::take_spare();
    lowered.push_str(slice);
    lowered.make_ascii_lowercase();
    tokens::tokenize_classified_into(slice, &lowered, whole, &lexicon.classes, &mut block_tokens);
    // The time scan is skipped when no word can name a time and no digit
    // is there: the tokens' classes answer the first without a search.
    let may_name_time = block_tokens.iter().any(|t| t.may_be(lexicon::class::TIME_WORD)) || time::has_ascii_digit(slice.as_bytes());
    let (times, date_styles) = time::scan_tokens_counting_styles_if(slice, &block_tokens, &lexicon.classes, may_name_time);
    let time_spans: Vec<Span> = times.iter().map(|t| Span::new(t.span.start, t.span.end)).collect();
    let times_at = overlapping_each(&sentence_spans, &time_spans);
    let mut anonymous_seen = ctx.anonymous_seen;
    let mut sentences_out: Vec<Sentence> = Vec::with_capacity(sentence_spans.len());
    let mut first_token = 0;
    // Per-sentence lists, their room kept from sentence to sentence.
    let (mut sentence_quotes, mut excluded): (Vec<Span>, Vec<Span>) = (Vec::new(), Vec::new());
    for (n, &span) in sentence_spans.iter().enumerate() {
        let own_tokens;
        let toks = match sentence_tokens(slice, &block_tokens, &mut first_token, span) {
            Some(t) => t,
            None => {
                own_tokens = tokens::tokenize(slice, span);
                &own_tokens[..]
            }
        };
        sentence_quotes.clear();
        sentence_quotes.extend(quotes_at.of(n).iter().map(|&i| quote_spans[i]));
        let attributions = attribution::find(slice, span, toks, &sentence_quotes, lexicon, anonymous_seen);
        for a in attributions.iter().filter(|a| a.kind == SourceKind::Anonymous) {
            let source = a.source.unwrap_or(a.trigger);
            let first = toks.partition_point(|t| t.span.end <= source.start);
            let last = toks.partition_point(|t| t.span.start < source.end);
            anonymous_seen.add(toks, (first, last.saturating_sub(1).max(first)));
        }
        let cited = !cited_at.of(n).is_empty() || citations::source_in_closing_brackets(toks);
        let sentence_times: Vec<TimeExpr> = times_at.of(n).iter().map(|&i| &times[i]).filter(|t| t.span.start >= span.start && t.span.end <= span.end).cloned().collect();
        excluded.clear();
        excluded.extend(sentence_times.iter().map(|t| Span::new(t.span.start, t.span.end)));
        excluded.extend(sentence_quotes.iter().copied());
        excluded.extend(citations_at.of(n).iter().map(|&i| citations[i]));
        let headline = kind == BlockKind::Heading || claim::is_all_caps(&slice[span.range()]);
        // An instruction asserts nothing: no figure ("Take 10 micrograms a
        // day."), no claim.
        // The writers' signposting ("Several limitations should be noted.",
        // "Three caveats must be borne in mind") asserts nothing either.
        // Nor does a definition ("A typical household is defined as one
        // using 2,700 kWh a year").
        let imperative = claim::is_imperative(toks) || claim::signposts_or_defines(toks);
        let mut figures = if headline || imperative { Vec::new() } else { figures::find(slice, toks, &excluded) };
        // (a worked example's figures are the writer's arithmetic: asked
        // only of a sentence with figures and a currency sign, the bytes
        // "$", and the last of "£" or "€", found by `memchr` first)
        let worked_example = !figures.is_empty() && slice.get(span.range()).is_some_and(|t| memchr::memchr3(b'$', 0xA3, 0xAC, t.as_bytes()).is_some()) && figures::is_worked_example(toks);
        if worked_example {
            figures.clear();
        }
        if !figures.is_empty() {
            figures::drop_by_sentence(toks, &mut figures);
        }
        let declarative = !headline && !imperative && claim::is_declarative(slice, span, toks);
        // A sentence anchored in time reports an event (undated-event's
        // business), unless the time is part of the claim ("first since 1958").
        // (or in a "since" clause: "the largest deal since the CMA blocked
        // the merger in 2019")
        let since = |t: &TimeExpr| {
            words_before(slice, t.span.start, 1).eq_ignore_ascii_case("since")
                || slice[t.span.clone()].get(..6).is_some_and(|w| w.eq_ignore_ascii_case("since "))
                || slice.get(span.start..t.span.start).is_some_and(|before| {
                    let clause = &before[before.rfind([',', ';', ':']).map_or(0, |c| c + 1)..];
                    clause.split_whitespace().rev().take(14).any(|w| w.eq_ignore_ascii_case("since"))
                })
        };
        // (but a change over a year is a claim about the world, dated:
        // "Sewage spills rose sharply in 2023")
        // (or over years: "Anxiety about exams has risen sharply in recent
        // years")
        let over_years = |t: &TimeExpr| matches!(t.kind, time::TimeKind::Relative(_)) && slice.get(t.span.clone()).is_some_and(|w| w.contains("years") || w.contains("decade"));
        let change_over_a_year = || {
            toks.iter().any(|t| matches!(t.lower(), "rose" | "fell" | "increased" | "decreased" | "doubled" | "halved" | "tripled" | "grew" | "declined" | "surged" | "plunged" | "soared" | "dropped" | "climbed" | "jumped" | "risen" | "fallen" | "grown" | "worsened" | "improved"))
                // ("this year" as much as "in 2026": the claim is the same
                // before and after the date fix writes the year)
                && sentence_times.iter().all(|t| matches!(t.kind, time::TimeKind::Absolute { month: None, day: None, .. }) || matches!(&t.kind, time::TimeKind::Relative(r) if matches!(r.reference, time::Reference::Year(_))) || over_years(t))
        };
        // (a time told only from the writing anchors nothing: "Stock
        // markets fell sharply today", "Talks resumed last week", "is now
        // higher than ever" still assert what they tell, and relative-date's
        // finding about the time is another family's)
        let from_the_writing = |t: &TimeExpr| matches!(&t.kind, time::TimeKind::Relative(_));
        let anchored = (sentence_times.iter().any(|t| !since(t) && !from_the_writing(t)) && !change_over_a_year()) || claim::mentions_clock_time(toks);
        // The writer's own experience, in the first person ("I never saw it
        // stutter"), is vouched for by the byline.
        // (and so is the publication's own reporting, in the third person:
        // "Over six months, this newspaper tracked timber", "This newspaper
        // sent five requests for comment")
        // (one pass over the tokens, asked at most once per sentence)
        let mut first_person_known = None;
        let mut first_person = || {
            *first_person_known.get_or_insert_with(|| {
                toks.iter().enumerate().any(|(k, t)| match t.text {
                    "I" => !sentence_quotes.iter().any(|q| q.contains(t.span)),
                    "this" | "This" => toks.get(k + 1).is_some_and(|n| matches!(n.lower(), "newspaper" | "paper" | "publication" | "website" | "magazine" | "reporter" | "correspondent" | "programme" | "program")),
                    _ => false,
                })
            })
        };
        // (a list's item that is only a noun phrase completes its lead-in:
        // "The main ones are:" then "2. A further escalation of trade
        // tensions with the United States.")
        let noun_phrase_item = || {
            kind == BlockKind::ListItem
                && toks.first().is_some_and(|t| matches!(t.text, "A" | "An"))
                && !toks.iter().any(|t| t.lower().ends_with("ed") && !t.is_capitalized() || matches!(t.lower(), "is" | "are" | "was" | "were" | "be" | "been" | "has" | "have" | "had" | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "does" | "do" | "did" | "which" | "that" | "who"))
        };
        let claim = declarative && !anchored && !worked_example && !first_person() && !noun_phrase_item() && claim::is_claim(slice, span, toks);
        // Asked only where it can exempt a finding: a figure or a claim.
        // (the writer's own experience vouches for its figures too: "I was
        // usually down to about 15% by 10pm")
        // (and of a lead-in, which vouches for its list: "IRN distributed
        // the following in the week to 3 September:")
        let lead_in = toks.last().is_some_and(|t| t.is_punct(":"));
        let mut own = (!figures.is_empty() || claim || lead_in) && (own_act(toks) || first_person());
        // ("Scotland cut its limit to 50mg in 2014, while England and Wales
        // remain at 80mg": a body's act covers its own clause, not a
        // contrasting one; the figures of the other clause are asked for a
        // source)
        if own && !figures.is_empty()
            && let Some(b) = contrasting_clause_at(toks)
        {
            let boundary = toks[b].span.start;
            // (each clause asked on its own, the second from past its
            // conjunction: "Lumen only promises three years of updates,
            // while Samsung and Google offer seven years" is two acts)
            let second = b + 1 + usize::from(toks.get(b + 1).is_some_and(|t| matches!(t.lower(), "while" | "whereas" | "but")));
            let act_before = own_act(&toks[..b]);
            if act_before != own_act(toks.get(second..).unwrap_or(&[])) {
                figures.retain(|f| (f.span.start >= boundary) == act_before);
                own = figures.is_empty();
            }
        }
        // ("likely to encourage the Bank of England, which cut interest
        // rates to 3.5% earlier this month": a named body's act in the
        // relative clause after its name, later in the sentence, covers
        // that clause's figures)
        if !own && !figures.is_empty() {
            for (start, end) in relative_clauses_of_acts(toks) {
                let (from, to) = (toks[start].span.start, toks[end.min(toks.len() - 1)].span.end);
                figures.retain(|f| !(f.span.start >= from && f.span.end <= to));
            }
        }
        // undated-event skips a paragraph with a time in a sentence: with none
        // in the block the tokens are looked at; with one, whether it lies in
        // a sentence is not known yet, so the answer is "may".
        let event_word = declarative && kind == BlockKind::Paragraph && !in_block_quote && (!times.is_empty() || EVENT_WORDS.may_match_tokens(toks));
        sentences_out.push(Sentence { span, attributions, figures, times: sentence_times, cited, carried_over: false, quoted_speaker: false, own_act: own, declarative, claim, event_word });
    }
    tokens::put_spare(tokens::emptied(block_tokens), lowered);
    assign_speakers(slice, &mut quotes, &mut sentences_out, ctx);
    if kind == BlockKind::Answer {
        for q in &mut quotes {
            q.speaker = Some(Span::empty(0));
        }
        for sentence in &mut sentences_out {
            sentence.quoted_speaker = true;
        }
    }
    // Carry-over inside the block: a pronoun-led or "also"-continued sentence
    // after a sourced one.
    // A citation covers only its own sentence; a named source carries over.
    // The study a source reported at the end of the previous block, named
    // again at the start of this one.
    if let Some(first) = sentences_out.first_mut()
        && ctx.speaker_named
        && !first.is_sourced()
    {
        let [w1, w2, _] = leading_words(slice, first.span);
        if refers_to_the_study(w1, w2) {
            first.carried_over = true;
        }
    }
    // The items of a list introduced by a source or a proposal.
    if kind == BlockKind::ListItem && ctx.list_vouched {
        for sentence in sentences_out.iter_mut().filter(|s| !s.is_sourced()) {
            sentence.carried_over = true;
        }
    }
    for n in 1..sentences_out.len() {
        let prev = &sentences_out[n - 1];
        // (a body's own act, or the writers' own test, vouches for what the
        // next sentence adds about it: "In my testing the battery lasted 14
        // hours. It went from empty to full in 85 minutes.")
        // (and so does the writer speaking in the first person: "I'm calling
        // on Congress to pass the proposals. These proposals increase
        // penalties on smugglers.")
        let in_first_person = || matches!(leading_words(slice, prev.span)[0], "I" | "I'm" | "I’m" | "I've" | "I’ve" | "We" | "We're" | "We’re" | "We've" | "We’ve");
        let prev_has_source = || prev.quoted_speaker || prev.carried_over || prev.own_act || prev.attributions.iter().any(|a| a.kind != SourceKind::Vague) || in_first_person();
        // (the evidence a court heard goes on in the past: "The court heard
        // that Mr Okafor was cycling to work. The lorry, driven by Paul
        // Reddish, had stopped beside him at a red light.")
        // (through the sentences that already go on with it: "Many were
        // matted ... Two had to be put down")
        let goes_on_with_the_evidence = || {
            let heard = |s: &Sentence| s.attributions.iter().any(|a| a.kind != SourceKind::Vague && slice.get(a.cue.range()).is_some_and(|c| c.eq_ignore_ascii_case("heard")));
            let mut k = n - 1;
            let told_in_court = loop {
                if heard(&sentences_out[k]) {
                    break true;
                }
                if k == 0 || !sentences_out[k].carried_over {
                    break false;
                }
                k -= 1;
            };
            told_in_court && slice.get(sentences_out[n].span.range()).is_some_and(|t| [" had ", " was ", " were "].iter().any(|w| t.contains(w)))
        };
        // (the figures that bear out a finding just stated: "Our own
        // analysis of the survey suggests the burden is heavily skewed.
        // Households in the poorest tenth spend about 9.1% of their income
        // on energy")
        let bears_out_the_finding = || {
            prev.figures.is_empty()
                && !sentences_out[n].figures.is_empty()
                && sentences_out[n].attributions.is_empty()
                && prev.attributions.iter().any(|a| a.kind != SourceKind::Vague && slice.get(a.cue.range()).is_some_and(|c| ["suggests", "shows", "finds", "found", "showed", "suggested", "indicates", "indicated", "reveals", "revealed"].iter().any(|v| c.eq_ignore_ascii_case(v))))
        };
        // (the next step of an account a source gave: "According to
        // prosecutors, the organisation hid cocaine in shipping containers.
        // Corrupt dock workers in Miami then removed the drugs")
        let next_step_of_the_account = || (prev.carried_over || prev.attributions.iter().any(|a| a.kind != SourceKind::Vague)) && tells_what_came_next(&slice[sentences_out[n].span.range()]);
        let continues = || continues_account(slice, sentences_out[n].span, prev.span) || continues_figures(slice, prev, &sentences_out[n]) || share_of_those_counted(slice, sentences_out[n].span) || goes_on_with_the_evidence() || bears_out_the_finding() || next_step_of_the_account();
        // (the poll a source named a sentence or three before, between
        // them sentences that give no source of their own: "An Irish
        // Times/Ipsos poll published Thursday put Fianna Fáil on 21%. ...
        // The poll had a margin of error of 2.8 percentage points.")
        let names_the_study_again = || {
            let [first, second, _] = leading_words(slice, sentences_out[n].span);
            refers_to_the_study(first, second)
                && second != "trial"
                && sentences_out[n.saturating_sub(4)..n].iter().any(|s| s.attributions.iter().any(|a| a.kind != SourceKind::Vague) && slice.get(s.span.range()).is_some_and(|t| t.contains(second)))
        };
        if !sentences_out[n].is_sourced() && (prev_has_source() && continues() || names_the_study_again()) {
            sentences_out[n].carried_over = true;
        }
    }
    // What a carried-over sentence expects or links is its source's ("The
    // report sets out eight findings. The most significant are:" then "-
    // Only one hospital is expected to open on time").
    // ("The prosecution alleges that the group targeted 63 stores. Stolen
    // goods were allegedly sold on through a market stall": the hedge goes
    // on with the allegation a named party made in the sentence before;
    // and "He is alleged to have ...")
    for n in 1..sentences_out.len() {
        let alleged_by_a_name = |s: &Sentence| s.attributions.iter().any(|a| a.kind != SourceKind::Vague && slice.get(a.cue.range()).is_some_and(|c| ["alleges", "alleged", "allege"].iter().any(|v| c.eq_ignore_ascii_case(v))));
        let hedged = |a: &Attribution| a.kind == SourceKind::Vague && slice.get(a.cue.range()).is_some_and(|c| c.eq_ignore_ascii_case("allegedly") || ends_with_ignore_ascii_case(c, " alleged to"));
        if sentences_out[n].attributions.iter().any(hedged) && alleged_by_a_name(&sentences_out[n - 1]) {
            sentences_out[n].attributions.retain(|a| !hedged(a));
        }
    }
    // (not what is expected of the person the account named, the sentence
    // opening with them: "Whitfield has said her first act will be to
    // order a review." then "She is expected to name a chief deputy": no
    // one expects it of themselves)
    let expected_of_a_person = |sentence_start: usize, a: &Attribution| slice.get(sentence_start..a.trigger.start).is_some_and(|opening| matches!(opening.trim_end(), "He" | "She")) && slice.get(a.trigger.range()).is_some_and(|cue| cue.contains(" expected "));
    for sentence in sentences_out.iter_mut().filter(|s| s.carried_over) {
        let start = sentence.span.start;
        sentence.attributions.retain(|a| a.kind != SourceKind::Vague || !attribution::holder_unsaid(&slice[a.trigger.range()]) || expected_of_a_person(start, a));
    }
    // (or a statement introduced by its maker, the quotation to follow:
    // "Secretary of Labor Dana Whitcombe issued the following statement
    // today ...:")
    // (or read out by a name, the statement to follow: "Outside court,
    // Mr Wieczorek's widow, Agnieszka, read a statement on behalf of the
    // family." then the statement in quotation marks)
    // (asked of every block's last sentence: one search for "statement"
    // first, most have none)
    static STATEMENT: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| memchr::memmem::Finder::new("statement"));
    let introduces_a_statement = |s: &Sentence| {
        let text = &slice[s.span.range()];
        let ends_in_colon = text.trim_end().ends_with(':');
        (ends_in_colon || STATEMENT.find(text.as_bytes()).is_some())
            && (ends_in_colon && ["the following statement", "this statement", "a statement", "the statement below", "the following remarks"].iter().any(|p| text.contains(p))
                || [" read a statement", " read out a statement", " read a family statement", " read a short statement"].iter().any(|p| text.contains(p)))
            && text.split_whitespace().skip(1).any(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    let speaker_named = sentences_out.last().is_some_and(|s| s.attributions.iter().any(|a| a.kind != SourceKind::Vague) || s.quoted_speaker || introduces_a_statement(s));
    let list_vouched = vouches_for_a_list(slice, kind, &sentences_out, ctx);
    BlockAnalysis {
        kind,
        span: Span::new(0, slice.len()),
        in_block_quote,
        sentences: sentences_out,
        quotes,
        citations,
        outgoing: Context { open_quote: ends_open, speaker_named, anonymous_seen, list_vouched },
        date_styles: Some(date_styles),
    }
}

/// The date style of a document's dates ([`time::detect_style`] of its
/// prose), reusing the counts of every block whose text is a whole
/// paragraph of the prose instead of scanning it again.
pub fn detect_style(doc: &Document, analysis: &Analysis) -> Option<time::DateStyle> {
    let prose = doc.prose();
    // (trimmed start, trimmed end, counts) by start, looked up by binary
    // search rather than hashed: the blocks come in order, so the sort has
    // nothing to do. Of blocks with one start the last one counts, as a map
    // built from them would keep.
    let mut known: Vec<(usize, usize, time::StyleCounts)> = block_style_counts(prose, analysis).collect();
    known.sort_by_key(|k| k.0);
    time::detect_style_with(prose, |r| {
        let after = known.partition_point(|k| k.0 <= r.start);
        after.checked_sub(1).map(|i| known[i]).filter(|k| k.0 == r.start && k.1 == r.end).map(|k| k.2)
    })
}

/// The date-style counts of the blocks whose prose was scanned, with the
/// trimmed range of their text: (start, end, counts).
fn block_style_counts<'a>(prose: &'a str, analysis: &'a Analysis) -> impl Iterator<Item = (usize, usize, time::StyleCounts)> + 'a {
    analysis.blocks.iter().filter_map(move |b| {
        let counts = b.date_styles?;
        prose.get(b.span.range())?;
        let r = time::trim_range(prose, b.span.range());
        Some((r.start, r.end, counts))
    })
}

/// The first implementation of [`detect_style`].
#[cfg(test)]
fn detect_style_reference(doc: &Document, analysis: &Analysis) -> Option<time::DateStyle> {
    let prose = doc.prose();
    let known: std::collections::HashMap<usize, (usize, time::StyleCounts)> = block_style_counts(prose, analysis).map(|(start, end, counts)| (start, (end, counts))).collect();
    time::detect_style_with(prose, |r| known.get(&r.start).filter(|(end, _)| *end == r.end).map(|&(_, c)| c))
}

/// The tokens of the sentence at `span`, taken from its block's tokens
/// (`from` is where the previous sentence's tokens began). They are the
/// tokens of the sentence alone when white space separates it from the rest
/// of the block: no token contains white space, and the tokenizer looks at
/// most one character back and two ahead, which across white space decide
/// nothing. Otherwise `None`: tokenize the sentence on its own.
fn sentence_tokens<'t, 'a>(slice: &str, all: &'t [tokens::Token<'a>], from: &mut usize, span: Span) -> Option<&'t [tokens::Token<'a>]> {
    let apart = slice.get(..span.start)?.chars().next_back().is_none_or(char::is_whitespace) && slice.get(span.end..)?.chars().next().is_none_or(char::is_whitespace);
    if !apart {
        return None;
    }
    // Tokens are in order and disjoint: both ends are binary searches
    // (walking touched every token once more).
    let rest = all.get(*from..)?;
    *from += rest.partition_point(|t| t.span.start < span.start);
    let to = *from + all[*from..].partition_point(|t| t.span.end <= span.end);
    Some(&all[*from..to])
}

/// For each span of `ranges` (sorted and disjoint), the indices of the
/// `items` that overlap it ([`Span::overlaps`]), in order. Costs a binary
/// search per item plus the overlaps found, never ranges × items; nothing
/// is allocated when there are no items (most blocks have no quotation or
/// citation).
pub fn overlapping_each(ranges: &[Span], items: &[Span]) -> Overlaps {
    if items.is_empty() {
        return Overlaps(Vec::new());
    }
    let mut out = vec![Vec::new(); ranges.len()];
    for (i, item) in items.iter().enumerate() {
        let mut k = ranges.partition_point(|r| r.end < item.start);
        while k < ranges.len() && ranges[k].start <= item.end {
            let r = ranges[k];
            if r.overlaps(*item) {
                out[k].push(i);
            }
            k += 1;
        }
    }
    Overlaps(out)
}

/// What [`overlapping_each`] found: the items of each range.
pub struct Overlaps(Vec<Vec<usize>>);

impl Overlaps {
    /// The indices of the items overlapping range `n`.
    pub fn of(&self, n: usize) -> &[usize] {
        self.0.get(n).map_or(&[], Vec::as_slice)
    }
}

/// Indices of the sentences (sorted and disjoint) that overlap `span`.
fn sentences_overlapping(sentences: &[Sentence], span: Span) -> Vec<usize> {
    let first = sentences.partition_point(|s| s.span.end <= span.start);
    (first..sentences.len()).take_while(|&i| sentences[i].span.start < span.end).filter(|&i| sentences[i].span.overlaps(span)).collect()
}

/// Give each quotation its speaker: a non-vague source in a sentence the
/// quotation overlaps, or the sentence right before or after it; a block
/// that is one quotation continuing the speaker just named inherits it.
fn assign_speakers(slice: &str, quotes: &mut [Quote], sentences: &mut [Sentence], ctx: Context) {
    let source_of = |s: &Sentence| s.attributions.iter().find(|a| a.kind != SourceKind::Vague).and_then(|a| a.source);
    for q in quotes.iter_mut() {
        let overlapping: Vec<usize> = sentences_overlapping(sentences, q.span);
        let mut speaker = overlapping.iter().find_map(|&i| source_of(&sentences[i]));
        if speaker.is_none()
            && let (Some(&first), Some(&last)) = (overlapping.first(), overlapping.last()) {
                let before = first.checked_sub(1).and_then(|i| source_of(&sentences[i]));
                let after = sentences.get(last + 1).and_then(source_of);
                speaker = before.or(after);
            }
        if speaker.is_none() {
            speaker = introduced_by_colon(slice, q, sentences).or_else(|| introduced_by_lead_in(slice, q, sentences));
        }
        if speaker.is_none()
            && let Some(&last) = overlapping.last()
        {
            speaker = sentences.get(last + 1).and_then(|next| named_as_its_author(slice, next.span));
        }
        let opens_block = slice[..q.span.start].trim().is_empty();
        if speaker.is_none() && opens_block && (q.continued || ctx.speaker_named) {
            // A paragraph that is one quotation of the speaker just named.
            let covers_block = q.span.end + 3 >= slice.trim_end().len() || slice[q.span.end..].trim_start().starts_with(['“', '"']);
            if covers_block || q.continued {
                speaker = Some(Span::empty(0));
            }
        }
        q.speaker = speaker;
        if speaker.is_some() {
            for &i in &overlapping {
                if q.inner.len() * 2 >= sentences[i].span.len() || q.is_full_sentence {
                    sentences[i].quoted_speaker = true;
                }
            }
        }
    }
}

/// "That warning came from Kathy Bostjancic, chief economist at
/// Nationwide.": the sentence after a quotation that names whose words they
/// were, by what they were and "came from" a name; the name's span.
fn named_as_its_author(slice: &str, span: Span) -> Option<Span> {
    let (start, end) = author_named_in(slice.get(span.range())?)?;
    Some(Span::new(span.start + start, span.start + end))
}

/// [`named_as_its_author`] in a sentence's own text: the byte range of the
/// name.
pub(crate) fn author_named_in(text: &str) -> Option<(usize, usize)> {
    let mut words = text.split(' ');
    let (first, noun, came, from) = (words.next()?, words.next()?, words.next()?, words.next()?);
    let told = matches!(first, "That" | "The" | "This" | "Those" | "These")
        && matches!(noun, "warning" | "warnings" | "comment" | "comments" | "remark" | "remarks" | "assessment" | "view" | "verdict" | "prediction" | "criticism" | "words" | "message" | "plea" | "appeal" | "claim" | "admission")
        && came == "came"
        && from == "from";
    if !told {
        return None;
    }
    let start = first.len() + noun.len() + came.len() + from.len() + 4;
    // (the capitalised words after "from", up to the punctuation that ends
    // the name)
    let mut end = start;
    for word in text.get(start..)?.split(' ') {
        if !word.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        let name = word.trim_end_matches([',', '.', ';', ':']);
        end += name.len();
        if name.len() < word.len() {
            break;
        }
        end += 1;
    }
    let end = if text.get(..end).is_some_and(|t| t.ends_with(' ')) { end - 1 } else { end };
    (end > start).then_some((start, end))
}

/// The last `n` words before `offset` (trimmed), looking back no further
/// than needed: callers test what precedes a span without copying the text
/// before it.
pub fn words_before(text: &str, offset: usize, n: usize) -> &str {
    let offset = crate::document::line_index::floor_char_boundary(text, offset);
    let head = text[..offset].trim_end();
    let mut start = head.len();
    let mut words = 0;
    for (i, c) in head.char_indices().rev() {
        if c.is_whitespace() {
            words += 1;
            if words == n {
                break;
            }
        }
        start = i;
    }
    &head[start..]
}

/// Whether `s` ends with `suffix`, ASCII letters in any case.
pub(crate) fn ends_with_ignore_ascii_case(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len() && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Whether `s` contains a four-digit year (1500-2099) as a whole word.
pub fn mentions_year(s: &str) -> bool {
    first_year_end(s).is_some()
}

/// The end of the first year [`mentions_year`] finds in `s`.
pub fn first_year_end(s: &str) -> Option<usize> {
    // A year has no letter or digit either side: it is a whole run of
    // exactly four digits, so look at digit runs only.
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(start) = next_digit(b, i) {
        let end = start + b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
        if end - start == 4 && year_at(b, start) {
            return Some(end);
        }
        i = end;
    }
    None
}

/// The first implementation of [`first_year_end`].
#[cfg(test)]
fn first_year_end_reference(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(u8::is_ascii_digit) {
        let start = i + p;
        let end = start + b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
        if end - start == 4 && year_at(b, start) {
            return Some(end);
        }
        i = end;
    }
    None
}

/// The first ASCII digit of `b` at or after `from`. Paragraphs are mostly
/// letters: eight bytes are tested at a time, where a byte-by-byte search
/// cost several instructions a byte (undated-event asks it of every
/// undated paragraph).
fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    let mut i = from;
    while let Some(word) = b.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()).map(u64::from_le_bytes) {
        // With the top bits cleared, adding `0x80 - lo` sets a byte's top bit
        // exactly when it is at least `lo`, with no carry between bytes; a
        // byte with its top bit set is no ASCII digit.
        let low = word & !HIGH;
        let digits = (low + ONES * u64::from(0x80 - b'0')) & !(low + ONES * u64::from(0x80 - b'9' - 1)) & !word & HIGH;
        if digits != 0 {
            return Some(i + (digits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b.get(i..)?.iter().position(u8::is_ascii_digit).map(|p| i + p)
}

/// A year stands at `b[i..i + 4]`, as a whole word of `b`.
fn year_at(b: &[u8], i: usize) -> bool {
    (i == 0 || !b[i - 1].is_ascii_alphanumeric())
        && (i + 4 == b.len() || !b[i + 4].is_ascii_alphanumeric())
        && b[i..i + 4].iter().all(u8::is_ascii_digit)
        && (b[i] == b'1' && b[i + 1] >= b'5' || b[i] == b'2' && b[i + 1] == b'0')
}

/// `mentions_year(&s[..end])`, for many `end`s in one long `s`:
/// `first_end` is `first_year_end(s)`, computed once.
pub fn mentions_year_before(s: &str, first_end: Option<usize>, end: usize) -> bool {
    // A year wholly before `end` is a word in `s` too, unless it runs into
    // `s[end]`; that one is a word of `s[..end]` all the same.
    first_end.is_some_and(|e| e <= end) || (end >= 4 && year_at(&s.as_bytes()[..end], end - 4))
}

/// Deterministic pseudo-random texts for the tests that compare a fast
/// routine with a simple reference: `count` texts, each a run of `pieces`,
/// `(x >> len_shift) + min_len` long for a linear-congruential `x` started
/// at `seed`; `mix_shift` stirs the piece choice.
#[cfg(test)]
pub(crate) fn random_texts<'p>(pieces: &'p [&'p str], seed: u64, count: usize, len_shift: u32, min_len: u64, mix_shift: u32) -> impl Iterator<Item = String> + 'p {
    let mut seed = seed;
    (0..count).map(move |_| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let mut r = seed;
        let mut s = String::new();
        for _ in 0..(seed >> len_shift) + min_len {
            s.push_str(pieces[(r % pieces.len() as u64) as usize]);
            r = r / pieces.len() as u64 + (seed >> mix_shift);
        }
        s
    })
}

/// Deterministic pseudo-random numbers below a bound, for the tests that
/// compare a fast search with a plain walk on random inputs (xorshift from
/// `seed`, which must not be zero).
#[cfg(test)]
pub(crate) fn random_below(seed: u64) -> impl FnMut(usize) -> usize {
    let mut seed = seed;
    move |bound: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % bound as u64) as usize
    }
}

#[cfg(test)]
mod helper_tests {
    #[test]
    fn instructions_are_imperative_and_noun_openings_are_not() {
        let imperative = |s: &str| super::claim::is_imperative(&super::tokens::tokenize(s, crate::span::Span::new(0, s.len())));
        for s in ["Take effective measures to protect detainees.", "Always lock the office.", "Raise the quota to 40%.", "Please reply to this email.", "Use existing guidance issued by the board.", "Keep remaining stock sealed."] {
            assert!(imperative(s), "{s}");
        }
        for s in ["Use of force rose.", "Support for the plan fell.", "Check is made daily.", "The council will raise the quota.", "take the money", "Contact tracing coverage dropped to 54 percent."] {
            assert!(!imperative(s), "{s}");
        }
    }

    #[test]
    fn mentions_year_as_every_window_does() {
        let windows = |s: &str| {
            let b = s.as_bytes();
            (0..b.len().saturating_sub(3)).any(|i| {
                (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                    && (i + 4 == b.len() || !b[i + 4].is_ascii_alphanumeric())
                    && b[i..i + 4].iter().all(u8::is_ascii_digit)
                    && (b[i] == b'1' && b[i + 1] >= b'5' || b[i] == b'2' && b[i + 1] == b'0')
            })
        };
        let pieces = ["1", "2", "0", "5", "9", "19", "20", "2024", "1499", " ", "a", "é", "-", "٣"];
        for s in super::random_texts(&pieces, 5, 20000, 60, 1, 11) {
            assert_eq!(super::mentions_year(&s), windows(&s), "{s:?}");
            let b = s.as_bytes();
            let first = (0..b.len().saturating_sub(3)).find(|&i| super::year_at(b, i)).map(|i| i + 4);
            assert_eq!(super::first_year_end(&s), first, "{s:?}");
            assert_eq!(super::first_year_end(&s), super::first_year_end_reference(&s), "{s:?}");
        }
        // Long texts: the eight-byte steps, and digits at every position in them.
        let pieces = ["1", "2", "0", "9", "2024", "1499", "19", " ", "abcdefg", "é", "/", ":", "\u{3000}", "٣", "xx 1999x"];
        for s in super::random_texts(&pieces, 41, 20000, 57, 1, 9) {
            assert_eq!(super::first_year_end(&s), super::first_year_end_reference(&s), "{s:?}");
        }
    }

    #[test]
    fn overlaps_are_those_of_every_pair() {
        use crate::span::Span;
        // Sorted, disjoint ranges and items anywhere (overlapping one
        // another, empty, out of order), against every range-item pair.
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..3000 {
            let mut ranges = Vec::new();
            let mut at = next(3);
            for _ in 0..next(6) {
                let len = next(5);
                ranges.push(Span::new(at, at + len));
                at += len + next(3);
            }
            let items: Vec<Span> = (0..next(7)).map(|_| { let start = next(at + 2); Span::new(start, start + next(6)) }).collect();
            let found = super::overlapping_each(&ranges, &items);
            for (n, range) in ranges.iter().enumerate() {
                let pairs: Vec<usize> = items.iter().enumerate().filter(|(_, item)| range.overlaps(**item)).map(|(i, _)| i).collect();
                assert_eq!(found.of(n), pairs.as_slice(), "{ranges:?} {items:?}");
            }
            assert!(found.of(ranges.len()).is_empty());
        }
    }

    #[test]
    fn date_style_is_found_as_the_first_implementation_found_it() {
        use crate::document::{Document, Format};
        let pieces = [
            "3 October", "October 3", "on 3 Oct 2024", "Oct. 3, 2024", "in June", " ", "\n", "\n\n", "\n\n- ", "\n\n# ", "\n\n> ", "The minister said.", "  ", "\t",
            "12 May and May 12", "<!-- c -->", "```\n3 October\n```\n", "| 3 May | x |\n",
        ];
        let settings = crate::settings::Settings::default();
        let lexicon = &settings.lexicon;
        for (n, s) in super::random_texts(&pieces, 43, 3000, 58, 1, 12).enumerate() {
            for format in [Format::Markdown, Format::Text] {
                let doc = Document::new(s.as_str(), format);
                let analysis = super::analyze(&doc, lexicon);
                assert_eq!(super::detect_style(&doc, &analysis), super::detect_style_reference(&doc, &analysis), "{n} {format:?} {s:?}");
            }
        }
    }

    #[test]
    fn all_caps_counts_as_chars_do() {
        let naive = |t: &str| {
            let letters = t.chars().filter(|c| c.is_alphabetic()).count();
            let upper = t.chars().filter(|c| c.is_uppercase()).count();
            letters >= 12 && upper * 10 >= letters * 8
        };
        let pieces = ["THE MINISTER SAID", "the", "É", "Ⓐ", "ß", "İ", " ", "1,500", "“", "[@`{", "Z", "z", "a", "A", "ÿ", "\u{7f}", "🄰", "Ⅻ", "abcdefgh", "ABCDEFGHIJ", "Übersicht"];
        let mut seed = 1u64;
        for _ in 0..20000 {
            let mut s = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            for k in 0..(seed >> 59) {
                s.push_str(pieces[((seed >> (k * 3 % 48)) % pieces.len() as u64) as usize]);
            }
            assert_eq!(super::claim::is_all_caps(&s), naive(&s), "{s:?}");
        }
    }

    #[test]
    fn definitions_are_found_as_the_unicode_lowercase_finds_them() {
        let pieces = [" is a form of ", " IS A \u{212A}IND OF ", " is a kind of", " İs a form of ", " is the name of ", " Refers To ", " is ", "is", " ", "a", "type", "of ", "defined as ", "ß", "É", "\u{130}", "\u{212A}", "x"];
        let mut found = 0;
        for s in super::random_texts(&pieces, 29, 20000, 60, 1, 11) {
            let reference = super::claim::is_definition_reference(&s);
            assert_eq!(super::claim::is_definition(&s), reference, "{s:?}");
            found += usize::from(reference);
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn words_before_looks_back_a_few_words() {
        assert_eq!(super::words_before("march every 1 May", 12, 1), "every");
        assert_eq!(super::words_before("a b  c d", 8, 2), "c d");
        assert_eq!(super::words_before("  ", 2, 1), "");
        assert_eq!(super::words_before("é ü", 5, 5), "é ü");
        assert_eq!(super::words_before("é ü", 4, 5), "é");
    }
}

#[cfg(test)]
mod cache_tests {
    use super::*;
    use crate::document::Format;
    use crate::settings::Settings;

    #[test]
    fn an_edit_reanalyses_only_its_block_and_matches_a_fresh_check() {
        let paragraphs: Vec<String> = (0..20).map(|i| format!("Paragraph {i} says the war has significantly drained reserves. Officials said {i} shells were sent.")).collect();
        let text = paragraphs.join("\n\n");
        let settings = Settings::default();
        let mut cache = AnalysisCache::default();
        let doc = Document::new(text.as_str(), Format::Markdown);
        analyze_cached(&doc, &settings.lexicon, &mut cache);
        assert_eq!((cache.last_analysed, cache.last_reused), (20, 0));
        let edited = text.replacen("Paragraph 7 says", "Paragraph 7 now says", 1);
        let doc = Document::new(edited.as_str(), Format::Markdown);
        let analysis = analyze_cached(&doc, &settings.lexicon, &mut cache);
        assert_eq!((cache.last_analysed, cache.last_reused), (1, 19));
        let incremental = crate::check_analyzed(&doc, &analysis, &settings);
        assert_eq!(incremental, crate::check(&doc, &settings));
    }
}

/// `Boswell stating: “...”`, `She continued: “...”`: a quotation introduced
/// by a colon after a clause whose subject names someone.
fn introduced_by_colon(slice: &str, q: &Quote, sentences: &[Sentence]) -> Option<Span> {
    let at = Span::new(q.span.start, q.span.start);
    let first = sentences.partition_point(|s| s.span.end < at.start);
    let sentence = sentences[first..].iter().take_while(|s| s.span.start <= at.start).find(|s| s.span.contains(at))?;
    let before = slice[sentence.span.start..q.span.start].trim_end();
    if !before.ends_with(':') {
        return None;
    }
    // ("Kerrigan was blunt:", "Her verdict was simple:": before a colon that
    // opens a quotation, a capital opening the sentence is a name too,
    // unless it is a word any sentence may open with)
    let opener = before.split_whitespace().next().unwrap_or("");
    let names_opener = opener.chars().next().is_some_and(char::is_uppercase)
        && !matches!(opener, "The" | "A" | "An" | "This" | "That" | "These" | "Those" | "It" | "Its" | "In" | "On" | "At" | "For" | "But" | "And" | "One" | "Some" | "Many" | "There" | "What" | "When" | "If" | "As");
    let possessive = before.split_whitespace().any(|w| matches!(w, "His" | "Her" | "Their" | "his" | "her" | "their"));
    // ("A post on the race's social media page read:": what a written
    // thing the sentence places read)
    let read_from = (before.ends_with(" read:") || before.ends_with(" reads:")) && before.split_whitespace().skip(1).any(|w| w.ends_with("'s") || w.ends_with("’s") || w.starts_with(char::is_uppercase));
    (names_opener || possessive || read_from || names_someone(before)).then(|| Span::new(sentence.span.start, sentence.span.start + before.len()))
}

/// Whether a clause names a person: a personal pronoun, or a capitalized
/// word that does not merely start the sentence.
fn names_someone(clause: &str) -> bool {
    clause.split_whitespace().enumerate().any(|(i, w)| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        matches!(w, "He" | "She" | "They" | "he" | "she" | "they") || (i > 0 && w.chars().next().is_some_and(char::is_uppercase))
    })
}

/// `Smith was defiant. “We will rebuild.”`: a short sentence naming
/// someone, right before the sentence a quotation opens, introduces its
/// speaker.
fn introduced_by_lead_in(slice: &str, q: &Quote, sentences: &[Sentence]) -> Option<Span> {
    let opening = sentences.iter().position(|s| s.span.start == q.span.start || slice.get(s.span.start..q.span.start).is_some_and(|gap| gap.trim().is_empty()))?;
    let lead = &sentences[opening.checked_sub(1)?];
    let text = &slice[lead.span.range()];
    // ("Asked what he would do on his first morning of retirement, Mr
    // Hartley laughed.": 13 words)
    let short = text.split_whitespace().count() <= 16;
    let no_quote = !text.contains(['“', '"']);
    // ("Ellery, 27, was close to tears afterwards.": a name and an age)
    (short && no_quote && !lead.is_vague() && (names_someone(text) || opens_with_a_name_and_age(text, 1..=1))).then_some(lead.span)
}

/// "Ellery, 27, was close to tears", "Marcus Lee, 38, who pleaded guilty":
/// `words` capitalised words opening the text (a name's letters, and its
/// ".", "'", "-"), then an age in commas: someone's name.
pub(crate) fn opens_with_a_name_and_age(text: &str, words: std::ops::RangeInclusive<usize>) -> bool {
    let Some((name, rest)) = text.split_once(", ") else { return false };
    words.contains(&name.split(' ').count())
        && name.split(' ').all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')))
        && rest.split_once(',').is_some_and(|(age, _)| (1..=3).contains(&age.len()) && age.bytes().all(|b| b.is_ascii_digit()))
}

/// "He added that ...", "She also ...", "The official also said ...".
fn continues_account(slice: &str, span: Span, prev: Span) -> bool {
    let [first, second, third] = leading_words(slice, span);
    // ("These proposals", "Those cuts": what the previous sentence named)
    matches!(first, "He" | "She" | "They" | "His" | "Her" | "Their" | "These" | "Those")
        // (after an opening word or two: "On average, they will lose
        // around £11,500", "Overall, she said")
        || first.ends_with(',') && matches!(second, "he" | "she" | "they")
        || second.ends_with(',') && matches!(third, "he" | "she" | "they")
        || (first == "The" && (third == "also" || third == "further"))
        // ("The other four were treated at the scene": the rest of what the
        // previous sentence counted)
        || (first == "The" && matches!(second, "other" | "remaining" | "rest"))
        // "That is roughly 45% of the homes": the figure just reported, restated.
        // ("That leaves fewer than 1,000 spare places": what it comes to)
        // ("The figure compares with a revised 2.6% rate": the figure just
        // reported, set beside another)
        || (first == "The" && matches!(second, "figure" | "figures" | "rate" | "total" | "number") && matches!(third, "compares" | "compared"))
        // ("That compares with 73.0% a year earlier": set beside another)
        || (matches!(first, "That" | "This") && matches!(second, "is" | "was" | "represents" | "represented" | "means" | "meant" | "amounts" | "amounted" | "equals" | "equates" | "leaves" | "left" | "brings" | "brought" | "takes" | "took" | "compares" | "compared"))
        // ("That would take the rate for an eldest child to about £28.08":
        // what the figure just reported comes to)
        || (matches!(first, "That" | "This") && matches!(second, "would" | "will") && matches!(third, "take" | "bring" | "leave" | "mean" | "put" | "push" | "lift" | "raise" | "cut" | "add" | "cost"))
        || first == "That's"
        || (matches!(first, "It" | "This") && matches!(second, "also" | "added" | "further"))
        || first == "Its"
        // ("On one night, two care workers were responsible for 39
        // residents": one case of what the account just counted)
        || matches!(first, "On" | "In" | "At") && matches!(second, "one" | "another") && !third.is_empty()
        || first == "It" && it_is_the_subject_reported_on(second, third)
        // (a trial only one the sentence before told of: not a court's, "Keane
        // denies bribery. The trial is expected to last eight weeks.")
        || refers_to_the_study(first, second) && (second != "trial" || slice.get(prev.range()).is_some_and(|p| ["trial", "study", "patients", "participants"].iter().any(|w| p.contains(w))))
        // ("The newspaper's survey of 800 adults": the study, its owner
        // before it)
        || (second.ends_with("'s") || second.ends_with("’s")) && third != "trial" && refers_to_the_study(first, third)
}

/// "Corrupt dock workers in Miami then removed the drugs": a subject, then
/// "then" and a past form, the next step of a story told before (not "If
/// it fails, then", nor "The then minister").
fn tells_what_came_next(sentence: &str) -> bool {
    let words: Vec<&str> = sentence.split_whitespace().take(12).collect();
    words.iter().position(|&w| w == "then").is_some_and(|at| {
        at >= 2
            && !words[..at].iter().any(|w| w.ends_with(',') || matches!(*w, "if" | "If" | "When" | "when"))
            && !matches!(words[at - 1], "the" | "The")
            && words.get(at + 1).is_some_and(|v| v.len() > 3 && v.ends_with("ed") || figures::is_irregular_past(v))
    })
}

/// Whether "It" opening a sentence with these next two words is the body
/// or thing the sentence before reported on: "It employs 140 people", "It
/// was the third monthly rise in a row" (the change just reported, ranked),
/// "It has destroyed 37 structures" (in the perfect), "It was felt as far
/// away as Quito" (in the passive); not the "it" of "it is likely that",
/// "It has been a difficult year", "It was expected to" (nobody's).
fn it_is_the_subject_reported_on(second: &str, third: &str) -> bool {
    match second {
        "is" | "was" => {
            // ("It was 15% contained as of Friday morning": a measure of
            // the subject just reported on)
            third == "the"
                || third.starts_with(|c: char| c.is_ascii_digit())
                || (third.len() > 3 && third.ends_with("ed") || matches!(third, "felt" | "built" | "made" | "seen" | "heard" | "hit" | "struck" | "shaken" | "held" | "run" | "sold"))
                    && !matches!(third, "expected" | "believed" | "thought" | "reported" | "understood" | "claimed" | "alleged" | "estimated" | "rumoured" | "rumored" | "suspected" | "feared" | "hoped" | "decided" | "agreed" | "needed" | "found")
        }
        "has" | "had" => third.len() > 3 && third.ends_with("ed") && !matches!(third, "needed" | "seemed" | "appeared" | "looked"),
        "'s" | "’s" | "seems" | "seemed" | "appears" | "appeared" | "remains" | "remained" | "may" | "might" | "could" | "would" | "will" | "took" | "takes" | "looks" | "became" | "becomes" => false,
        _ => true,
    }
}

/// "Just under half were seen sleeping rough for the first time", "About a
/// third of them had been in care": a share with no noun of its own, so of
/// the people or things the previous sentence counted.
fn share_of_those_counted(slice: &str, span: Span) -> bool {
    let mut words = slice[span.range()].trim_start_matches(['“', '"', '(', ' ']).split_whitespace();
    let mut word = words.next().unwrap_or("");
    // (the hedge before the share: "Just under", "Well over", "Nearly")
    for _ in 0..3 {
        if !["just", "well", "nearly", "almost", "about", "around", "roughly", "approximately", "more", "less", "fewer", "than", "over", "under", "only", "exactly", "precisely", "some"].iter().any(|h| word.eq_ignore_ascii_case(h)) {
            break;
        }
        word = words.next().unwrap_or("");
    }
    if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("one") || word.eq_ignore_ascii_case("the") {
        word = words.next().unwrap_or("");
    }
    let share = ["half", "third", "quarter", "fifth", "tenth", "two-thirds", "three-quarters", "one-third", "one-quarter", "one-fifth", "majority", "minority"].iter().any(|f| word.eq_ignore_ascii_case(f));
    // ("Some 44 per cent opposed the action", "A further 12% said": a
    // percentage of those asked)
    // ("About 110,000 of them": a digit group's comma too)
    let number = |w: &str| w.bytes().next().is_some_and(|b| b.is_ascii_digit()) && w.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
    let percentage = if let Some(n) = word.strip_suffix('%') {
        number(n)
    } else if number(word) {
        let mut ahead = words.clone();
        match ahead.next().unwrap_or("") {
            "percent" => {
                words.next();
                true
            }
            "per" if ahead.next() == Some("cent") => {
                words.next();
                words.next();
                true
            }
            _ => false,
        }
    } else {
        false
    };
    // ("Four of them, including two plant workers, were discharged": a
    // count of those counted, with "of them")
    let count_of_them = || {
        let mut ahead = words.clone();
        (number(word) || figures::number_word(&word.to_ascii_lowercase()).is_some()) && ahead.next() == Some("of") && ahead.next().is_some_and(|w| matches!(w.trim_end_matches(','), "them" | "those" | "these"))
    };
    if !share && !percentage && !count_of_them() {
        return false;
    }
    // (the share stands alone: a verb follows, or "of them"; not "half the
    // country's councils", a whole of its own)
    let next = words.next().unwrap_or("");
    match next {
        "of" => matches!(words.next().unwrap_or(""), "them" | "those" | "these" | "them," | "those," | "these,"),
        _ => matches!(next, "were" | "was" | "are" | "is" | "had" | "have" | "has" | "did" | "do" | "will" | "would" | "could" | "can" | "said" | "say" | "came" | "went" | "got" | "gave" | "remain" | "remained" | "live" | "lived") || (next.len() > 4 && next.ends_with("ed")),
    }
}

/// "Health care led the gains with 52,000 new jobs, according to the
/// report. Financial activities added 21,000 ...": a bare number with no
/// unit of its own continues the quantities of the previous sentence, so
/// the sentence continues that sentence's account.
fn continues_figures(slice: &str, prev: &Sentence, sentence: &Sentence) -> bool {
    if prev.figures.is_empty() || sentence.figures.is_empty() {
        return false;
    }
    // "Rents rose 6.2%, the ONS said. The gap was widest in Wales, where
    // rents rose 8.1%.": the same statistics, broken down.
    let [first, second, _] = leading_words(slice, sentence.span);
    let breaks_down = first == "The"
        && (matches!(second, "gap" | "rise" | "increase" | "fall" | "drop" | "decline" | "growth" | "figure" | "figures" | "total" | "share" | "rate" | "change" | "difference" | "remainder" | "rest" | "balance")
            // ("The average was 10.4 particles a litre": of what was just
            // counted; "The margin of error was plus or minus 3 points": the
            // poll's)
            || matches!(second, "average" | "median" | "mean" | "margin")
            || matches!(second, "biggest" | "largest" | "highest" | "lowest" | "smallest" | "sharpest" | "steepest" | "strongest" | "weakest" | "fastest" | "slowest" | "widest" | "narrowest" | "greatest" | "deepest" | "worst" | "best" | "most" | "least"));
    // (the word tests first: `same_measure` walks both sentences)
    // ("Donations from the public made up 41% of that": a share of the
    // amount just given)
    let share_of_that = || sentence.figures.iter().any(|f| slice.get(f.span.end..).is_some_and(|rest| ["of that", "of this", "of those", "of these", "of them", "of it"].iter().any(|p| rest.trim_start().strip_prefix(p).is_some_and(|r| r.is_empty() || r.starts_with([',', '.', ';', ')']) || r.starts_with(" and ") || r.starts_with(" while ")))));
    breaks_down || breaks_down_by_part(first, second) || sentence.figures.iter().any(|f| is_elliptical(slice, f)) || share_of_that() || shares_of_a_subgroup(slice, prev, sentence, first) || same_measure(slice, prev, sentence) || refers_back_to_a_measure(slice, sentence) || more_results(slice, prev, sentence) || more_shares_of_the_poll(slice, prev, sentence)
}

/// "A YouGov poll put her on 36 per cent. Reform UK's candidate was second
/// on 29 per cent, with the Greens on 17 per cent.": the rest of the same
/// poll's shares (no date of their own, which would make them another
/// poll's or a result's).
fn more_shares_of_the_poll(slice: &str, prev: &Sentence, sentence: &Sentence) -> bool {
    let is_share = |f: &figures::Figure| is_a_share(slice, f);
    // (the words before the source, forty bytes at least and up to eighty
    // within its sentence: "A poll of 612 adults in the constituency,
    // carried out by Survation")
    let before_source = |s: Span| s.start.saturating_sub(80).max(prev.span.start).min(s.start.saturating_sub(40));
    let by_a_poll = prev.attributions.iter().any(|a| a.kind != SourceKind::Vague && a.source.and_then(|s| slice.get(before_source(s)..s.end)).is_some_and(|t| t.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w.to_ascii_lowercase().as_str(), "poll" | "polls" | "survey" | "polling"))));
    sentence.times.is_empty() && sentence.figures.iter().all(is_share) && prev.figures.iter().any(is_share) && by_a_poll
}

/// A figure given as a percentage ("36%", "36 per cent").
fn is_a_share(slice: &str, figure: &figures::Figure) -> bool {
    slice.get(figure.span.range()).is_some_and(|t| t.contains('%') || t.contains("per cent") || t.contains("percent"))
}

/// "Under SSP5-8.5 that share rises to 80%", "This figure is up from 12%":
/// the measure just given, pointed back to in the sentence's first words.
fn refers_back_to_a_measure(slice: &str, sentence: &Sentence) -> bool {
    let Some(text) = slice.get(sentence.span.range()) else { return false };
    let words: Vec<&str> = text.split_whitespace().take(7).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let measure = |w: &str| matches!(w, "share" | "figure" | "rate" | "proportion" | "percentage" | "total" | "number" | "level" | "gap");
    // ("In inner London the figure is £21,900": the same measure for a
    // place or group an opening phrase names)
    // (or for another time a time opening the sentence names: "A year ago
    // the figures were 5.02% and 4.84%")
    let for_a_part = words.first().is_some_and(|w| matches!(*w, "In" | "For" | "Among" | "Across" | "Outside" | "Excluding")) || sentence.times.first().is_some_and(|t| t.span.start == sentence.span.start);
    // (the figure itself, not a measure of another count: "In some
    // schools the rate is below 80%" is told anew)
    words.windows(2).any(|w| matches!(w[0], "that" | "this" | "That" | "This") && measure(w[1]) || for_a_part && w[0] == "the" && matches!(w[1], "figure" | "figures" | "equivalent"))
}

/// "Underlying pre-tax profit rose to £412 million ..., the company said.
/// Revenue climbed 4.1 per cent to £9.84 billion.": the next line of the
/// same results, a measure of them the subject.
fn more_results(slice: &str, prev: &Sentence, sentence: &Sentence) -> bool {
    const RESULTS: [&str; 9] = ["revenue", "revenues", "sales", "turnover", "profit", "profits", "earnings", "ebitda", "dividend"];
    let (Some(text), Some(before)) = (slice.get(sentence.span.range()), slice.get(prev.span.range())) else { return false };
    let mut words = text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase());
    // (the measure opening the sentence, an adjective or two before it:
    // "Like-for-like sales rose 2.1%", "Group revenue climbed")
    let opens_with_result = words.by_ref().take(3).any(|w| RESULTS.contains(&w.as_str()));
    // (the results' own statement, not what analysts expected of them:
    // "against the $1.81 analysts polled by LSEG had expected")
    let stated = prev.attributions.iter().any(|a| a.kind != SourceKind::Vague && slice.get(a.cue.range()).is_some_and(|c| ["said", "says", "reported", "reports", "announced", "posted", "statement"].iter().any(|v| c.to_ascii_lowercase().contains(v))));
    opens_with_result && stated && before.split(|c: char| !c.is_alphanumeric()).any(|w| RESULTS.iter().any(|r| w.eq_ignore_ascii_case(r)))
}

/// "..., down from 22.9% in 2025, Ofqual said. In English language, 27.4%
/// reached a grade 4": shares after shares, for a group an opening phrase
/// names.
fn shares_of_a_subgroup(slice: &str, prev: &Sentence, sentence: &Sentence, first: &str) -> bool {
    let is_share = |f: &figures::Figure| is_a_share(slice, f);
    // (the group's phrase closed by a comma, or followed by a pronoun for
    // the measure: "In London they fell 0.4%")
    let pronoun_after_group = || slice.get(sentence.span.range()).is_some_and(|t| t.split_whitespace().skip(1).take(4).any(|w| matches!(w, "they" | "it")));
    matches!(first, "In" | "Among" | "For" | "Of")
        && (slice.get(sentence.span.range()).and_then(|t| t.find(',')).is_some_and(|comma| comma < 60) || pronoun_after_group())
        && sentence.figures.iter().all(is_share)
        && prev.figures.iter().any(is_share)
}

/// "Consumer price inflation was 3.1%, the ONS said. Services inflation,
/// which the Bank watches closely, eased to 4.6%.": the head of the
/// sentence's subject names a measure the previous sentence gave figures
/// of.
fn same_measure(slice: &str, prev: &Sentence, sentence: &Sentence) -> bool {
    let (Some(text), Some(before)) = (slice.get(sentence.span.range()), slice.get(prev.span.range())) else { return false };
    // (an opening phrase is not the subject: "Over the same period, local
    // authority spending ... fell by 42%")
    let opens_with_phrase = text.split_whitespace().next().is_some_and(|w| {
        matches!(w, "In" | "Over" | "During" | "Since" | "For" | "At" | "On" | "By" | "After" | "Before" | "Across" | "Among" | "Between" | "From" | "Meanwhile," | "However,")
    });
    let subject = if opens_with_phrase { text.split_once(',').map_or("", |(_, rest)| rest) } else { text };
    let mut head = "";
    for word in subject.split_whitespace() {
        let bare = word.trim_end_matches([',', ';', ':', '.']);
        let ends_phrase = bare.len() != word.len()
            || matches!(bare, "of" | "on" | "in" | "for" | "which" | "that" | "who" | "was" | "were" | "is" | "are" | "has" | "have" | "had" | "rose" | "fell" | "grew" | "eased")
            || bare.ends_with("ed");
        if !ends_phrase {
            head = bare;
        }
        if ends_phrase || !bare.chars().all(|c| c.is_alphabetic() || c == '-') {
            if bare.len() != word.len() && bare.chars().all(char::is_alphabetic) {
                head = bare;
            }
            break;
        }
    }
    let stem = head.trim_end_matches('s');
    stem.len() >= 4
        && !matches!(stem.to_ascii_lowercase().as_str(), "number" | "figure" | "total" | "share" | "rate" | "people" | "level" | "price" | "cost")
        && before.split(|c: char| !c.is_alphabetic()).any(|w| w.trim_end_matches('s').eq_ignore_ascii_case(stem))
}

/// "In the Eastgate ward it was under 19%", "Most of the losses were among
/// childminders": a part of the whole the previous sentence counted.
fn breaks_down_by_part(first: &str, second: &str) -> bool {
    // ("Of those, 87% said": the comma after the pronoun)
    let second = second.trim_end_matches(',');
    matches!((first, second), ("Most" | "Much" | "Half" | "Some" | "All" | "None" | "Part", "of") | ("Of", "these" | "those" | "this" | "them" | "the"))
}

/// A figure that is a number standing alone ("added 21,000 and ...",
/// "... and warehousing 18,000, while"): digits, no unit or noun of its
/// own, followed by punctuation or a conjunction.
fn is_elliptical(slice: &str, figure: &figures::Figure) -> bool {
    let Some(number) = slice.get(figure.span.range()) else { return false };
    if figure.span != figure.number || !number.starts_with(|c: char| c.is_ascii_digit()) || !number.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
        return false;
    }
    let rest = slice.get(figure.span.end..).unwrap_or_default();
    match rest.chars().next() {
        None => true,
        Some(',' | ';' | '.' | ')') => true,
        Some(c) if c.is_whitespace() => {
            let next = rest.trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            rest.trim_start().is_empty() || matches!(next, "and" | "while" | "but" | "or" | "whereas" | "against")
        }
        Some(_) => false,
    }
}

/// Whether a block introduces (or, as an item, continues) a list whose
/// items its source vouches for: its last sentence ends in a colon and
/// names a source ("According to the paper:", "Key figures from the
/// Treasury:"), speaks in the writers' voice ("We found:") or proposes
/// ("We recommend that the council:", "Ministers should:"), is a short
/// lead-in right after a sourced sentence ("The report sets out eight
/// findings. The most significant are:") or has a vague source, flagged
/// there once for the whole list ("Among the measures the council is
/// expected to consider:"). An item passes on what its list was given.
fn vouches_for_a_list(slice: &str, kind: BlockKind, sentences: &[Sentence], ctx: Context) -> bool {
    if kind == BlockKind::ListItem && ctx.list_vouched {
        return true;
    }
    let Some(last) = sentences.last() else { return false };
    let text = slice[last.span.range()].trim_end();
    if !text.ends_with(':') {
        return false;
    }
    const PROPOSING: &[&str] = &["we", "our", "recommend", "recommends", "recommended", "recommendations", "propose", "proposes", "urge", "urges", "should", "must"];
    let proposes = text.split(|c: char| !c.is_alphanumeric()).any(|w| PROPOSING.iter().any(|p| w.eq_ignore_ascii_case(p)));
    // (a short lead-in after a sourced sentence: "The report sets out eight
    // findings. The most significant are:")
    let short_after_a_source = sentences.len() >= 2 && text.split_whitespace().count() <= 8 && {
        let prev = &sentences[sentences.len() - 2];
        prev.is_sourced() || prev.own_act
    };
    // ("Since the start of the year, Clearwater has:": the items are the
    // named body's own acts)
    // ("Reform has pledged to:": the items are a named body's pledges)
    let pledges = text.strip_suffix(" to:").and_then(|t| t.rsplit(' ').next()).is_some_and(|w| {
        matches!(w, "pledged" | "promised" | "vowed" | "committed" | "agreed" | "decided" | "voted" | "proposed" | "plans" | "intends" | "aims" | "wants" | "pledges" | "promises" | "proposes")
    });
    // ("During the reporting period FRB:": the acts of the body the
    // lead-in ends on; "FHA is supporting the Ministry of Health with:":
    // what it brings)
    let ends_on_a_body = text.strip_suffix(':').and_then(|t| t.rsplit(' ').next()).is_some_and(|w| w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase()));
    let supports_with = text.ends_with(" with:") && opens_with_a_name(text) && text.split_whitespace().any(|w| matches!(w, "supporting" | "providing" | "helping" | "assisting" | "supported" | "provided" | "helped" | "assisted"));
    let own_acts = (["has:", "have:", "had:", "will:"].iter().any(|e| text.ends_with(e)) || pledges) && (names_someone(text) || opens_with_a_name(text)) || ends_on_a_body || supports_with;
    // ("The agreement also includes:", "Under the approved plans, the
    // development would have included:": the items are a document's terms)
    let terms = terms_of_a_document(text);
    // ("The report's main findings are:", "Its conclusions:": what a
    // document the story names found)
    let findings = || {
        let mut words = text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|w| !w.is_empty());
        let owned = text.split_whitespace().any(|w| w.ends_with("'s") || w.ends_with("’s") || matches!(w, "Its" | "its" | "Their" | "their"));
        // (or a named source's, after "of the", "in the" or "from the":
        // "The main findings of the NHS England data were:", "The main
        // figures in the ONS release were:"; or the document the story has
        // named: "Among the details in the report:", "Key points from the
        // statement:")
        let sourced_after_the = || {
            [" of the ", " in the ", " from the "].iter().filter_map(|p| text.split_once(p)).any(|(_, rest)| {
                rest.starts_with(|c: char| c.is_uppercase())
                    || matches!(rest.trim_end_matches(':').trim_end(), "report" | "survey" | "study" | "release" | "review" | "data" | "figures" | "audit" | "inspection" | "document" | "filing" | "statement" | "minutes")
            })
        };
        (owned || sourced_after_the()) && words.any(|w| matches!(w, "findings" | "conclusions" | "figures" | "results" | "statistics" | "details" | "highlights" | "points"))
    };
    // ("Among the measures the council is expected to consider:": a vague
    // source's list, whose one finding is the lead-in's: naming the source
    // there sources the items)
    let vague_source = || last.attributions.iter().any(|a| a.kind == SourceKind::Vague);
    // ("The update set out the group's revised outlook:", "The rates
    // approved by parliament are:": what a statement sets out, or the terms
    // a body approved)
    // ("The breakdown of outstanding jobs released to the Tenants' Voice
    // Alliance is as follows:": data a body released)
    let set_out_or_approved = || [" set out ", " sets out ", " approved by ", " agreed by ", " passed by ", " set by ", " released to ", " released by ", " published by "].iter().any(|p| text.contains(p));
    // ("The consultation document sets out three options:")
    // ("The report, which is based on 11 days of fieldwork, lists a series
    // of failings:": what a document opening the lead-in lists)
    let document_lists = || {
        let mut words = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        let first = words.next().unwrap_or("");
        let is_document = |w: &str| matches!(w, "report" | "review" | "inspection" | "study" | "survey" | "audit" | "document" | "paper" | "inquiry" | "assessment" | "evaluation" | "analysis");
        matches!(first, "The" | "This" | "Its" | "Their")
            && words.take(2).any(is_document)
            && [" lists ", " outlines ", " identifies ", " highlights ", " details ", " describes "].iter().any(|p| text.contains(p))
    };
    last.is_sourced() || last.own_act || proposes || short_after_a_source || own_acts || terms || findings() || vague_source() || set_out_or_approved() || document_lists()
}

/// A lead-in listing a document's terms: "The agreement also includes:",
/// "The deal covers:", "Under the approved plans, the development would
/// have included:".
fn terms_of_a_document(text: &str) -> bool {
    const DOCUMENTS: [&str; 21] = [
        "agreement", "deal", "plan", "plans", "settlement", "contract", "budget", "bill", "proposals", "package", "scheme", "offer", "policy", "strategy", "framework", "treaty",
        "accord", "ruling", "judgment", "order", "permission",
    ];
    let is_document = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        DOCUMENTS.iter().any(|d| w.eq_ignore_ascii_case(d))
    };
    let Some(head) = text.strip_suffix(':') else { return false };
    let mut words = head.split_whitespace();
    let lists = head.rsplit(' ').next().is_some_and(|w| matches!(w, "includes" | "include" | "included" | "covers" | "cover" | "covered" | "contains" | "contained" | "comprises"));
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let subject = matches!(first, "The" | "This" | "Its" | "Their") && is_document(second) || matches!(first, "The" | "This") && head.split_whitespace().nth(2).is_some_and(is_document);
    let under = first == "Under" && head.split(',').next().is_some_and(|opening| opening.split_whitespace().skip(1).any(is_document));
    // ("The trust unveiled a recovery plan in the summer that includes:":
    // the document the relative clause hangs on)
    let relative = {
        let mut back = head.rsplit(' ').skip(1);
        matches!(back.next(), Some("that" | "which")) && back.take(5).any(is_document)
    };
    lists && (subject || under || relative)
}

/// Whether a sentence opens with a one-word name ("Reform has pledged
/// to:", "Tesco will:"): a capital that is not a word any sentence may
/// open with, nor a plural common noun ("Officials").
fn opens_with_a_name(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    first.chars().next().is_some_and(char::is_uppercase)
        && (!first.ends_with('s') || first.ends_with("'s") || first.ends_with("’s"))
        && !matches!(first, "The" | "A" | "An" | "This" | "That" | "It" | "Its" | "There" | "What" | "When" | "If" | "As" | "In" | "On" | "At" | "For" | "But" | "And" | "One" | "Each" | "Every" | "Our" | "We" | "I" | "You" | "He" | "She" | "Both" | "Most" | "Many" | "Some" | "All")
}

/// The first three words of a sentence (empty past its end), after any
/// opening quotation mark or bracket.
fn leading_words(slice: &str, span: Span) -> [&str; 3] {
    let mut words = slice[span.range()].trim_start_matches(['“', '"', '(', ' ']).split_whitespace();
    [words.next().unwrap_or(""), words.next().unwrap_or(""), words.next().unwrap_or("")]
}

/// "The trial followed 12,400 patients": the study the previous sentence's
/// source reported, named again.
fn refers_to_the_study(first: &str, second: &str) -> bool {
    matches!(first, "The" | "This")
        && matches!(second, "study" | "trial" | "survey" | "report" | "poll" | "research" | "analysis" | "review" | "audit" | "investigation" | "paper" | "census")
}

word_list! {
    /// What the writers' own figures come from or count, after "our".
    fn is_own_data_noun = [
        "estimate", "estimates", "forecast", "forecasts", "figures", "data", "analysis", "survey", "surveys", "index", "research", "calculations",
        "modelling", "modeling", "model", "projections", "count", "series", "sample", "numbers", "records", "tests", "testing", "measurements",
        "panel", "respondents", "buyers", "sellers", "customers", "clients", "members", "branches", "listings", "users", "readers", "subscribers",
        "stores", "agents", "staff",
    ];
}

/// What researchers did to gather their evidence.
const METHOD_VERBS: &[&str] = &[
    "surveyed", "interviewed", "sampled", "analysed", "analyzed", "collected", "reviewed", "conducted", "visited", "measured",
    "recorded", "tested", "examined", "studied", "contacted", "asked", "polled", "coded", "screened", "selected", "recruited",
    // A paper's present tense: "We study 214 farms", "We use data from ...".
    "survey", "interview", "sample", "analyse", "analyze", "collect", "review", "visit", "measure", "test", "examine", "study", "use", "used",
    // a trial's: "We enrolled 4,212 patients", "We randomised them to ..."
    "enrolled", "randomised", "randomized", "included", "followed", "enrol", "enroll", "include",
    // a brief's: "We assess three options", "We propose two changes"
    "assess", "consider", "compare", "outline", "propose", "identify", "discuss",
];

word_list! {
    /// Decisions, intentions and changes a body makes to what it controls
    /// (a rate, a forecast, a budget); not ordinary verbs ("set a record",
    /// "held a rally").
    fn is_act, const ACTS = [
        "unanimously", "decided", "voted", "agreed", "approved", "adopted", "will", "intends", "plans", "anticipates", "expects", "pledged", "promised", "vowed", "committed", "authorized", "authorised", "continues", "established", "is", "maintained", "kept", "raised", "lowered", "cut", "reduced", "increased", "extended", "allocated", "awarded", "granted", "created", "launched", "introduced", "defines", "defined",
        // offers and demands in a negotiation, deals: "Westmoor Connect has offered 4.5%"
        // (and a plan: "Northfell Renewables wants to build 22 turbines")
        "offered", "offers", "proposed", "proposes", "acquired", "bought", "sold", "wants",
        // (a central bank's aim: "The bank aims to keep inflation between 0%
        // and 2%")
        "aims",
        // (its own shares: "The bank repurchased $1.5 billion of its own
        // shares")
        "repurchased",
        // an application or a bid: "Castlegate Homes has applied to build
        // 420 homes", "The council submitted an £18 million bid"
        "applied", "submitted", "lodged",
        // what it met to do: "The board ... met in public on Thursday to
        // approve a £4.2 million winter plan"
        "approve", "adopt",
        // a maker's commitment to its customers ("Lumen promises three years of updates")
        "promises", "guarantees", "pledges",
        // a body's orders, warnings and hires: "The Environment Agency has issued two severe flood warnings"
        "issued", "arrested", "signed", "hired", "appointed",
        // a court's: "Mrs Justice Okafor ordered the developer to pay the
        // claimants' costs, capped at £35,000"
        "ordered",
        // a government's: "the Treasury Department sanctioned 31
        // people", "the President convened governors from 22 states"
        "sanctioned", "convened", "deployed", "designated", "seized",
        // a licensing board's: "The state's POST board revoked 41
        // certifications"
        "revoked", "rescinded",
        // a body's stance: "The PLSA has backed a move to 12%"
        "backed", "endorsed",
        // and what it asked for: "The NHF had lobbied for a settlement of
        // at least ten years"
        "lobbied", "campaigned", "demanded",
        // and its answer to an offer: "The NEU accepted a 6.5% deal"
        "accepted", "rejected",
        // a developer's change to its own plan, of things it counts:
        // "Northfell later moved two turbines about 400 metres further from
        // the nesting site" (not "The Warriors moved to San Francisco")
        "moved", "relocated",
        // "The charity is also launching a winter appeal"
        "launching",
        // a forecaster's own revision: "The Treasury Department
        // revised its borrowing estimate to $590 billion"
        "revised", "upgraded", "downgraded",
        // and its own estimate: "The ONS had put third-quarter growth at
        // 0.2%"
        "put", "puts",
        // a payer's or a regulator's own level: "The company also lifted
        // its quarterly dividend by 4% to 7.8p", "The Scottish government
        // froze most rents and then capped increases at 3%"
        "lifted", "trimmed", "slashed", "capped", "froze",
        // its own budget: "The city has budgeted a 3% raise"
        "budgeted",
        // a lender's provision: "The bank set aside $138 million"
        "aside",
    ];
}

word_list! {
    /// What a named body's own work delivers and records, which it is the
    /// source of: "The World Food Programme (WFP) has distributed food to
    /// 64,000 people", "The Directorate General of Health Services recorded
    /// 3,870 cases", "The Flood Response Plan seeks US$62.5 million" (asked
    /// only after a name: "Snow closed 40 schools" is no body's act).
    fn is_work, const WORKS = [
        "distributed", "delivered", "installed", "provided", "supplied", "released", "vaccinated", "treated", "screened", "recorded", "registered", "donated", "built", "repaired", "restored", "rehoused", "evacuated", "rescued", "seeks", "sought",
        // (a service's crews: "Greater Manchester Fire and Rescue Service
        // sent 12 engines")
        "sent", "dispatched",
        // (a forecaster's odds: "the Climate Prediction Center gives
        // Phoenix a 60 percent chance")
        "gives", "gave",
        // (its standing method, in the present: "The ONS measures it by
        // tracking the prices of around 700 items")
        "measures", "tracks", "samples", "surveys", "monitors",
        // (its standing target: "The Fed targets inflation of 2% over time")
        "targets",
        // (a chain's own branches: "It opened 11 new convenience stores in
        // the half")
        "opened",
        // (and closed, or a service's cancelled: "Sainsbury's closed 16
        // standalone Argos stores", "The School District canceled classes
        // at 14 schools"; asked only of a body, and a closure only of
        // places: "Shares closed 12 points lower" is a market's close)
        "closed", "shut", "cancelled", "canceled",
    ];
}

word_list! {
    /// A named body's own method: "Human Rights Watch interviewed 34
    /// people", "The Committee received 187 submissions".
    fn is_own_method, const OWN_METHODS = [
        "interviewed", "surveyed", "sampled", "polled", "visited", "reviewed", "received", "collected", "conducted", "analysed", "analyzed", "examined", "tested", "contacted", "tracked", "monitored", "recruited", "enrolled", "randomised", "randomized",
        "modelled", "modeled", "simulated",
    ];
}

word_list! {
    /// A rate a body keeps where it is: "The ECB left its deposit rate
    /// unchanged at 2%", "held Bank Rate at 4%".
    fn holds_steady, const HOLDS = ["left", "leaves", "held", "holds", "kept", "keeps"];
}

word_list! {
    /// A penalty a body imposes: "The regulator fined the company £8.7 million".
    fn imposes_a_penalty, const PENALTIES = ["fined", "imposed", "levied"];
}

/// A charge a company books against its profit: "took a $640 million
/// impairment".
fn is_a_charge(word: &str) -> bool {
    matches!(word, "impairment" | "charge" | "writedown" | "write-down" | "provision" | "writeoff" | "write-off")
}

word_list! {
    /// An act a body starts: "Cornwall Council began charging a 100% premium".
    fn starts_an_act, const STARTS = ["began", "started", "begins", "starts"];
}

word_list! {
    /// A body's target for what it controls: "the government has set a
    /// target of 20GW by 2030" (asked with the target after it: "set a
    /// record" is no act).
    fn sets_a_target, const SETS = ["set", "sets"];
}

word_list! {
    /// An index's publisher placing a name it ranks: "Transparency
    /// International ranked Romania 65th out of 180 countries" (not a name
    /// placed itself: "The university ranked fifth").
    fn ranks_a_name, const RANKS = ["ranked", "ranks", "rated", "rates"];
}

word_list! {
    /// Commitments in the plural, after names only: "Samsung and Google
    /// offer seven years of updates".
    fn commits_in_plural, const COMMITS_IN_PLURAL = ["offer", "promise", "guarantee", "pledge"];
}

/// Where a contrasting clause opens: the comma before "while", "whereas"
/// or "but", or before an appositive with a relative clause ("..., a
/// proposal that drew"), or a semicolon.
fn contrasting_clause_at(toks: &[tokens::Token<'_>]) -> Option<usize> {
    // (or an appositive telling what the act's thing did in turn: "..., a
    // proposal that drew hundreds of residents to a packed public hearing")
    let appositive_clause = |k: usize| toks.get(k + 1).is_some_and(|t| matches!(t.lower(), "a" | "an")) && toks.get(k + 3).is_some_and(|t| matches!(t.lower(), "that" | "which"));
    (1..toks.len()).find(|&k| toks[k].is_punct(";") || toks[k].is_punct(",") && (toks.get(k + 1).is_some_and(|t| matches!(t.lower(), "while" | "whereas" | "but")) || appositive_clause(k)))
}

/// Every word own-act's verb tests ask for, with "is", "are" and "made"
/// (class [`lexicon::class::OWN_ACT_VERB`]): most words of a sentence are
/// none of them and skip the tests.
pub(crate) fn own_act_verbs() -> impl Iterator<Item = &'static str> {
    [ACTS, WORKS, OWN_METHODS, HOLDS, PENALTIES, STARTS, COMMITS_IN_PLURAL, RANKS, SETS, &["is", "are", "made", "took", "requires", "required", "require", "asked", "booked", "passed"]].into_iter().flatten().copied()
}

/// Money taken in after a method's verb: "The company collected about $48
/// million from the sales", "received £2 million in donations": takings,
/// a figure of the world's, not a sample a body gathered ("The Committee
/// received 187 submissions").
fn takes_in_money(after: &[tokens::Token<'_>]) -> bool {
    let at = after.iter().position(|t| !matches!(t.lower(), "about" | "around" | "roughly" | "nearly" | "almost" | "some" | "more" | "than" | "over" | "just" | "under" | "an" | "estimated")).unwrap_or(after.len());
    after.get(at).is_some_and(|t| matches!(t.text, "$" | "£" | "€" | "¥"))
}

/// An ordinal in words, "first" to "tenth".
pub(crate) fn is_ordinal_word(word: &str) -> bool {
    matches!(word, "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth" | "tenth")
}

/// An ordinal in digits: "23rd", "90th", "2nd".
pub(crate) fn is_numeric_ordinal(word: &str) -> bool {
    word.len() >= 3 && word.starts_with(|c: char| c.is_ascii_digit()) && ["st", "nd", "rd", "th"].iter().any(|s| word.ends_with(s))
}

/// The words that open own-act's court, rule and first-person readings
/// (class [`lexicon::class::OWN_ACT_KEY`]).
pub(crate) const OWN_ACT_KEYS: [&str; 7] = ["court", "magistrates", "tribunal", "judge", "under", "our", "my"];

/// Whether the closure or cancellation at `k` is a body's own, of its places
/// or services: the word before it a body ("Sainsbury's", "the Santa
/// Rosita Unified School District", "Devon and Somerset Fire and Rescue
/// Service"), and a closure's count of places ("closed 16 standalone Argos
/// stores", not "closed 12 points lower").
fn closed_by_a_body(toks: &[tokens::Token<'_>], k: usize) -> bool {
    let Some(before) = k.checked_sub(1).map(|b| &toks[b]) else { return false };
    let body = before.is_possessive() || before.is_abbreviation() || attribution::is_institution(before.lower()) || matches!(before.lower(), "district" | "council" | "service" | "trust" | "authority" | "board" | "company" | "airline" | "operator" | "chain" | "group" | "retailer" | "bank");
    if !body {
        return false;
    }
    if matches!(toks[k].lower(), "cancelled" | "canceled") {
        return true;
    }
    let places = |w: &str| {
        matches!(
            w,
            "stores" | "shops" | "branches" | "stations" | "schools" | "sites" | "offices" | "plants" | "factories" | "depots" | "libraries" | "centres" | "centers" | "clinics" | "wards" | "restaurants" | "pubs" | "outlets" | "mines" | "routes" | "lines" | "services" | "units" | "venues" | "theatres" | "cinemas"
        )
    };
    toks.get(k + 1).is_some_and(figures::is_count) && toks.iter().skip(k + 2).take(4).any(|n| places(n.lower()))
}

/// A kind of body that "the" makes one the reader knows: "the company",
/// "the regulator", "the committee".
fn is_body_kind(word: &str) -> bool {
    attribution::is_producer(word) || attribution::is_institution(word) || matches!(word, "committee" | "firm" | "union" | "society" | "association" | "federation" | "trust" | "foundation" | "charity" | "partnership" | "consortium" | "coalition" | "alliance")
        // (a police force: "The force recorded 3,912 offences"; a
        // study's authors: "The authors modelled 25,000 savers")
        || matches!(word, "force" | "constabulary" | "authors" | "researchers")
        // (a school's own hires: "The school is also recruiting two
        // additional maths specialists")
        || matches!(word, "school" | "college" | "inspectorate" | "hospice")
        // ("The statistics body also revised September's figure")
        || matches!(word, "body" | "watchdog")
        // (a local government: "The county will give the fair $85,000")
        || matches!(word, "county" | "borough" | "city" | "district")
        // (the bodies of a dispute the story has named: "The companies
        // have offered 4.5% backdated to April")
        || matches!(word, "companies" | "firms" | "operators" | "employers" | "unions" | "lenders")
        // (a business by its trade: "The retailer closed 16 stores",
        // "The airline cancelled 200 flights")
        || matches!(word, "retailer" | "chain" | "supermarket" | "grocer" | "airline" | "carrier" | "lender" | "insurer" | "operator")
        // (a scheme's developer: "The developer has agreed to pay £4.2m
        // towards a new junction")
        || matches!(word, "developer" | "housebuilder" | "builder" | "contractor")
}

/// A name ("Tesco", "Sainsbury's", "the Competition and Markets
/// Authority") or a body's kind after "the" ("the company"): not a
/// plural common noun that opens the sentence ("Officials").
fn names_a_body(phrase: &[tokens::Token<'_>]) -> bool {
    match phrase {
        [only] => only.is_capitalized() && (!only.lower().ends_with('s') || only.lower().ends_with("'s") || only.is_abbreviation()),
        [first, rest @ ..] => {
            rest.iter().any(tokens::Token::is_capitalized)
                || first.lower() == "the" && rest.len() == 1 && is_body_kind(rest[0].lower())
        }
        [] => false,
    }
}

/// An act a body has under way, in the progressive after "is": "The
/// charity is also launching a winter appeal", "The RMT union is also
/// balloting members at four companies".
fn is_act_under_way(word: &str) -> bool {
    matches!(word, "launching" | "offering" | "investing" | "spending" | "raising" | "cutting" | "funding" | "recruiting" | "hiring" | "trimming" | "reducing" | "buying" | "balloting")
}

/// Whether `verb` is a body's act ([`is_act`]) in the sentence it opens at
/// `toks`: a move or an answer to an offer only of a count within three
/// words ("moved two turbines", "accepted a 6.5% deal"; not "moved to San
/// Francisco", "rejected the application after more than 1,200 objections
/// were lodged").
fn is_act_here(verb: &tokens::Token<'_>, after: &[tokens::Token<'_>]) -> bool {
    is_act(verb.lower()) && (!matches!(verb.lower(), "moved" | "relocated" | "accepted" | "rejected") || after.iter().take(3).any(figures::is_count))
}

/// The relative clauses that tell a named body's own act after its name,
/// past the sentence's first words (which [`own_act`] reads): "..., the
/// Bank of England, which cut interest rates to 3.5% earlier this month."
/// Each as the token range from "which" or "who" to the clause's last word;
/// and the clauses of time a named body's act opens ("a week after the
/// Bank of England held interest rates at 4.25%"), from the body's name.
fn relative_clauses_of_acts(toks: &[tokens::Token<'_>]) -> Vec<(usize, usize)> {
    let mut clauses = Vec::new();
    for k in 2..toks.len() {
        // (or a clause of time the body opens: "a week after the Bank of
        // England held interest rates at 4.25%")
        if matches!(toks[k - 1].lower(), "after" | "since" | "when" | "before" | "as" | "until") {
            let name_start = k + usize::from(toks[k].lower() == "the");
            let name_len = toks.iter().skip(name_start).take(6).take_while(|t| t.is_capitalized() || matches!(t.lower(), "of" | "for" | "and")).count();
            let verb_at = name_start + name_len;
            let Some(verb) = toks.get(verb_at) else { continue };
            let held_rates = verb.lower() == "held" && toks.iter().skip(name_start + name_len + 1).take(2).any(|t| matches!(t.lower(), "rates" | "rate"));
            if name_len > 0 && toks[name_start + name_len - 1].is_capitalized() && names_a_body(&toks[name_start..name_start + name_len]) && (is_act_here(verb, &toks[verb_at + 1..]) && !matches!(verb.lower(), "is" | "will" | "continues") || held_rates) {
                let end = toks.iter().skip(k).position(|t| t.is_punct(",") || t.is_punct(";")).map_or(toks.len() - 1, |p| k + p);
                clauses.push((k, end));
            }
            continue;
        }
        if !(toks[k - 1].is_punct(",") && matches!(toks[k].lower(), "which" | "who") && toks[k - 2].is_capitalized()) {
            continue;
        }
        // (the name back to its first capital: "Bank of England")
        let mut start = k - 2;
        while start > 0 && (toks[start - 1].is_capitalized() || matches!(toks[start - 1].lower(), "of" | "for" | "and") && start >= 2 && toks[start - 2].is_capitalized()) {
            start -= 1;
        }
        if start == 0 || !names_a_body(&toks[start..k - 1]) {
            continue;
        }
        let verb = (k + 1..toks.len()).take(3).find(|&v| !matches!(toks[v].lower(), "has" | "had" | "have" | "already" | "also" | "previously" | "earlier" | "recently"));
        if !verb.is_some_and(|v| is_act_here(&toks[v], &toks[v + 1..]) && !matches!(toks[v].lower(), "is" | "will" | "continues")) {
            continue;
        }
        let end = toks.iter().skip(k + 1).position(|t| t.is_punct(",") || t.is_punct(";")).map_or(toks.len() - 1, |p| k + p);
        clauses.push((k, end));
    }
    clauses
}

/// "The Committee decided to ...": a named body stating its own act.
fn own_act(toks: &[tokens::Token<'_>]) -> bool {
    // The work verb follows the name (or its bracketed abbreviation, or the
    // body's kind) with only an auxiliary or adverb between: "WHO has
    // deployed", "The World Food Programme (WFP) has distributed"; not a
    // later verb of others ("Two firefighters suffered burns on Sunday and
    // were treated").
    // (an aside between counts as nothing: "UNICEF, working with the
    // Department of Public Health Engineering, has installed"; `aside` is
    // where its opening comma stands)
    fn right_after_the_name(toks: &[tokens::Token<'_>], k: usize, aside: Option<usize>) -> bool {
        let Some(at) = toks[..k].iter().rposition(|t| !matches!(t.lower(), "has" | "have" | "had" | "also" | "already" | "now" | "recently" | "so" | "far")) else { return false };
        let at = match aside {
            Some(open) if toks[at].is_punct(",") && at > open && open > 0 => open - 1,
            _ => at,
        };
        let t = &toks[at];
        t.is_capitalized() || t.text == ")" || is_body_kind(t.lower())
    }
    // The plural forms only after names and nothing else: "Samsung and
    // Google offer seven years of updates" (not "Several European countries
    // guarantee ...", where a common noun is the subject).
    fn names_commit(toks: &[tokens::Token<'_>], k: usize) -> bool {
        commits_in_plural(toks[k].lower())
            && k > 0
            && toks[..k].iter().all(|t| t.is_capitalized() || matches!(t.text, "and" | "&" | ","))
            && toks[..k].iter().filter(|t| t.is_capitalized()).count() >= 2
    }
    // "Lumen only promises three years of updates": a capitalised first
    // word with a third-person verb of commitment right after it (an adverb
    // between) is a name: a common noun there would need an article.
    fn commits_in_third_person(word: &str) -> bool {
        matches!(word, "promises" | "offers" | "guarantees" | "pledges" | "plans" | "intends" | "expects" | "anticipates" | "proposes")
    }
    // A court's sentence, whoever the grammar puts first: "Jones was jailed
    // for four years at Cardiff Crown Court", "fined £500 by magistrates".
    const SENTENCES: &[&str] = &["jailed", "sentenced", "fined", "ordered", "banned", "disqualified", "convicted", "acquitted", "imprisoned", "awarded"];
    // (the court, "under" and "our" or "my" are rare: one walk of the
    // tokens' classes rules all three readings out in most sentences)
    let keyed = toks.iter().any(|t| t.may_be(lexicon::class::OWN_ACT_KEY));
    // (the court first: one match per token, where the verbs are ten)
    if keyed && toks.iter().any(|t| matches!(t.lower(), "court" | "magistrates" | "tribunal" | "judge")) && toks.iter().any(|t| SENTENCES.contains(&t.lower())) {
        return true;
    }
    // A named law's or rule's own terms: "Under the Flag Referendum Bill,
    // voters will choose between up to five designs", "30 minutes a day
    // under Rule 41 of the detention regulations".
    // (asked only of a sentence with "under": every sentence with a figure
    // or a claim asks)
    let has_under = keyed && toks.iter().any(|t| t.lower() == "under");
    let under_a_named_rule = has_under && toks.windows(4).any(|w| {
        w[0].lower() == "under"
            && (w[1].lower() == "the" && w[2].is_capitalized() && w[3].is_capitalized()
                || matches!(w[1].lower(), "rule" | "article" | "section" | "regulation" | "clause" | "schedule" | "paragraph") && w[1].is_capitalized() && w[2].kind == tokens::TokenKind::Number)
    }) && toks.iter().any(|t| t.is_capitalized() && matches!(t.lower(), "bill" | "act" | "law" | "treaty" | "agreement" | "convention" | "directive" | "code" | "regulations" | "rules" | "rule" | "article" | "section" | "regulation" | "clause" | "schedule" | "paragraph" | "charter" | "accord" | "plan"));
    // ("Under UK261 rules, passengers ... can claim up to £520": a code's
    // name, letters and digits)
    let under_a_code = has_under && toks.windows(3).any(|w| {
        w[0].lower() == "under" && w[1].text.starts_with(|c: char| c.is_ascii_uppercase()) && w[1].text.bytes().any(|b| b.is_ascii_digit()) && matches!(w[2].lower(), "rules" | "regulations" | "regulation" | "law" | "rule")
    });
    // ("Under HB 4120, cities of more than 10,000 people would have to":
    // a bill by its number)
    let under_a_bill = has_under && toks.windows(4).any(|w| w[0].lower() == "under" && w[1].is_abbreviation() && w[1].text.len() <= 3 && w[2].kind == tokens::TokenKind::Number && w[3].is_punct(","));
    if under_a_named_rule || under_a_code || under_a_bill {
        return true;
    }
    // The writers' own testing, estimates and data: only a sentence with
    // "our" or "my" can state them (one pass finds out; most have neither).
    if keyed && toks.iter().any(|t| matches!(t.lower(), "our" | "my")) {
        // "In our standard rundown test the tablet lasted 16 hours", "In
        // my testing, ...": the setting.
        let first_person_setting = toks.first().is_some_and(|t| matches!(t.lower(), "in" | "during" | "over" | "across"))
            && toks.get(1).is_some_and(|t| matches!(t.lower(), "our" | "my"))
            && toks.iter().skip(2).take(5).take_while(|t| t.kind == tokens::TokenKind::Word).any(|t| matches!(t.lower(), "test" | "tests" | "testing" | "trial" | "trials" | "benchmark" | "benchmarks" | "measurement" | "measurements" | "review" | "experience" | "use" | "hands"));
        // ... and its own runs mid-sentence: "scored 3,104 in our runs",
        // "in our standard web-browsing test at 200 nits", "80 decibels on
        // my phone's meter", "On my two visits" (not after
        // another clause, whose figures are not the runs': "The cell is
        // 11% larger than last year's, and in our standard test ...")
        let own_runs = || {
            toks.windows(2).enumerate().any(|(k, w)| {
                matches!(w[0].lower(), "in" | "during" | "across" | "on")
                    && matches!(w[1].lower(), "our" | "my")
                    && !toks[..k].windows(2).any(|p| p[0].is_punct(",") && matches!(p[1].lower(), "and" | "but") || p[0].is_punct(";"))
                    && toks.iter().skip(k + 2).take(4).take_while(|t| t.kind == tokens::TokenKind::Word).any(|t| matches!(t.lower(), "runs" | "run" | "test" | "tests" | "testing" | "benchmark" | "benchmarks" | "measurements" | "trials" | "visits" | "visit" | "meter" | "readings"))
            })
        };
        // "which would raise about £300m a year, by our estimates", "On our
        // calculations, ...": the estimate.
        // (or its scenarios, a word or two before the noun: "could rise by
        // 2 to 3 percent in our high case", "in our central forecast")
        let own_estimate = || {
            toks.windows(3).enumerate().any(|(k, w)| {
                matches!(w[0].lower(), "by" | "on" | "in" | "to" | "from" | "under")
                    && matches!(w[1].lower(), "our" | "my")
                    && (matches!(w[2].lower(), "estimates" | "estimate" | "calculations" | "calculation" | "analysis" | "count" | "modelling" | "modeling" | "reckoning" | "projections")
                        // (not after another clause, whose figures are not
                        // the scenario's: "Those carriers carry roughly a
                        // fifth of passengers, and their fares could rise
                        // by 2 to 3 percent in our high case")
                        || !toks[..k].windows(2).any(|p| p[0].is_punct(",") && matches!(p[1].lower(), "and" | "but") || p[0].is_punct(";"))
                            && toks.iter().skip(k + 2).take(3).take_while(|t| t.kind == tokens::TokenKind::Word).any(|t| matches!(t.lower(), "case" | "cases" | "scenario" | "scenarios" | "forecast" | "forecasts" | "projection" | "baseline" | "outlook")))
            })
        };
        // "Our latest provisional estimate is 204,000", "18% of the homes
        // our branches listed", "36% of our buyers" (an adjective or two may
        // come between): the data and the people it counts.
        let own_data = || {
            toks.iter().enumerate().any(|(k, t)| {
                t.lower() == "our" && toks.iter().skip(k + 1).take(3).take_while(|n| n.kind == tokens::TokenKind::Word).any(|n| is_own_data_noun(n.lower()))
            })
        };
        if first_person_setting || own_runs() || own_estimate() || own_data() {
            return true;
        }
    }
    // Skip a wire dateline ("WASHINGTON (AP) — The Federal Reserve cut
    // ..."): place and agency in capitals, then a dash.
    let toks = match toks.iter().take(8).position(|t| matches!(t.text, "—" | "–" | "-")) {
        // ("RIVERTON, Ohio — ...": a state or country after the place)
        Some(dash) if dash > 0 && toks[..dash].iter().all(|t| t.kind != tokens::TokenKind::Word || t.is_abbreviation() || t.is_capitalized() || matches!(t.text, "Reuters" | "Bloomberg")) && toks[0].is_abbreviation() => &toks[dash + 1..],
        _ => toks,
    };
    // Skip an opening phrase ("In a related action, the Board approved ...",
    // "Since the start of the cycle, the Bank has lowered rates ...").
    // (or a purpose or a means: "To separate the role of climate change
    // from natural variability, the team ran simulations", "Using that
    // measure, the researchers identified ...")
    // (a purpose's or a means' phrase may run longer)
    let phrase_words = match toks.first().map_or("", |t| t.lower()) {
        "in" | "on" | "at" | "after" | "with" | "as" | "for" | "since" | "during" | "following" | "over" | "under" | "earlier" | "later" | "meanwhile" | "separately" | "elsewhere" | "however" | "from" | "until" | "before" | "between" => Some(10),
        // (a time named in a word or two: "Last month, ...", "This past
        // weekend, ..."; not the document's "This brief sets out why bills
        // remain high, who ...")
        "last" | "this" => Some(4),
        "to" | "using" | "by" => Some(16),
        _ => None,
    };
    // (a date's phrase needs no comma: "In 1997 the Millennium Commission
    // awarded", "On 3 May the board approved")
    let dated_phrase = || {
        let date_words = toks.iter().skip(1).take(3).take_while(|t| t.kind == tokens::TokenKind::Number || figures::is_month(t.lower())).count();
        let next = toks.get(1 + date_words);
        if date_words > 0 && next.is_some_and(|n| n.kind == tokens::TokenKind::Word && (n.lower() == "the" || n.is_capitalized())) { 1 + date_words } else { 0 }
    };
    let subject_start = phrase_words.map_or(0, |n| toks.iter().take(n).position(|t| t.is_punct(",")).map_or_else(dated_phrase, |c| c + 1));
    // (past a relative clause on the phrase: "At the two-day meeting, which
    // ended on November 4, the Federal Open Market Committee voted")
    let subject_start = match toks.get(subject_start) {
        Some(t) if subject_start > 0 && matches!(t.lower(), "which" | "where" | "when") => toks.iter().skip(subject_start + 1).take(12).position(|t| t.is_punct(",")).map_or(subject_start, |c| subject_start + c + 2),
        _ => subject_start,
    };
    let toks = &toks[subject_start..];
    // (and a connective's aside after it: "Since April 2019, however, the
    // Academy Trust Handbook has required")
    let toks = match toks {
        [first, comma, rest @ ..] if subject_start > 0 && comma.is_punct(",") && matches!(first.lower(), "however" | "meanwhile" | "moreover" | "furthermore" | "though" | "also" | "separately" | "too") => rest,
        _ => toks,
    };
    // The writers' own method: "We surveyed 1,200 households".
    if toks.first().is_some_and(|t| t.lower() == "we") && toks.get(1).is_some_and(|t| METHOD_VERBS.contains(&t.lower())) {
        return true;
    }
    // A named subject's own pledge, told after its verb: "Alvarado made
    // housing the centerpiece of her campaign, pledging to build 10,000
    // affordable units", "Whitlock campaigned on a promise to hire 300 more
    // officers".
    // (the "to" asked first: it is two bytes, the pledge words are rare)
    if toks.windows(2).any(|w| w[1].text == "to" && matches!(w[0].lower(), "pledging" | "promising" | "vowing" | "promise" | "pledge"))
        && toks.first().is_some_and(|t| t.is_capitalized() && !t.is_abbreviation() && !matches!(t.lower(), "the" | "a" | "an" | "this" | "that" | "it" | "there" | "some" | "many" | "most" | "all" | "one"))
        && names_a_body(&toks[..toks.iter().take(4).take_while(|t| t.is_word() && t.is_capitalized()).count().max(1)])
    {
        return true;
    }
    // ... and the work of the body that writes in the first person plural,
    // an aid agency's report of its own response: "We distributed 4,000
    // hygiene kits", "Our mobile clinics carried out 6,230 consultations",
    // "Our North Darfur appeal seeks US$12.6 million".
    let own_work = |w: &str| is_work(w) || is_own_method(w) || matches!(w, "reached" | "supported" | "trained" | "carried" | "helped" | "served" | "opened" | "referred" | "admitted" | "ran" | "run" | "runs" | "operate" | "operates" | "operated" | "deployed" | "set" | "reach" | "support" | "provide" | "distribute" | "need" | "needs" | "require" | "requires");
    // (the verb of the three words from `from`, past an auxiliary or an
    // adverb: "We have so far reached")
    let works_from = |from: usize| toks.iter().skip(from).take(3).find(|t| !matches!(t.lower(), "have" | "has" | "had" | "also" | "now" | "so" | "far" | "already" | "will")).is_some_and(|t| own_work(t.lower()));
    if toks.first().is_some_and(|t| t.text == "We") && works_from(1) {
        return true;
    }
    if toks.first().is_some_and(|t| t.text == "Our")
        && let Some(unit) = toks.iter().skip(1).take(3).position(|t| matches!(t.lower(), "clinics" | "clinic" | "teams" | "team" | "staff" | "partners" | "volunteers" | "workers" | "programme" | "programmes" | "program" | "programs" | "centres" | "centers" | "kitchens" | "units" | "appeal" | "response" | "operations" | "nurses" | "doctors" | "caseworkers"))
        && works_from(unit + 2)
    {
        return true;
    }
    // A study's method, the study or its authors the subject: "The study
    // followed 48,312 children aged 6 to 12", "The researchers adjusted for
    // ...", "The trial enrolled 4,212 patients" (the study a summary is of;
    // its results still need their source).
    // ("The team combined 43 years of satellite data with output from 28
    // climate models": a research team's, in a summary of its work)
    // ("The study, by researchers at the Northfield Institute, tested
    // urine samples from 4,212 women": an aside naming it between)
    let study_verb_at = match toks.get(2) {
        Some(comma) if comma.is_punct(",") => toks.iter().skip(3).take(16).position(|t| t.is_punct(",")).map_or(2, |c| c + 4),
        _ => 2,
    };
    if toks.first().is_some_and(|t| t.lower() == "the")
        && toks.get(1).is_some_and(|t| matches!(t.lower(), "study" | "trial" | "cohort" | "researchers" | "authors" | "investigators" | "team"))
        && toks.get(study_verb_at).is_some_and(|t| METHOD_VERBS.contains(&t.lower()) && t.lower().ends_with("ed") || matches!(t.lower(), "adjusted" | "excluded" | "tracked" | "modelled" | "modeled" | "controlled" | "combined" | "pooled" | "merged" | "ran" | "simulated"))
    {
        return true;
    }
    // ... and a reviewer's: "I have been using a review unit for ten days",
    // "I ran the benchmark three times".
    if toks.first().is_some_and(|t| matches!(t.text, "I" | "We")) && toks.iter().skip(1).take(3).any(|t| METHOD_VERBS.contains(&t.lower()) || matches!(t.lower(), "using" | "testing" | "ran" | "timed" | "tried")) {
        return true;
    }
    // The document describing itself: "This brief reviews 48 communities".
    const SELF: &[&str] = &["report", "brief", "briefing", "memo", "explainer", "study", "paper", "survey", "review", "analysis", "article", "note", "chapter", "section", "document"];
    // (and a plan stating what it proposes: "The draft budget proposes
    // raising fees from £48 to £62"; not what it has: "The budget has a
    // £4m gap")
    const PLANS: &[&str] = &["budget", "plan", "strategy", "proposals"];
    const PROPOSES: &[&str] = &["proposes", "propose", "includes", "include", "sets", "set", "outlines", "outline", "allocates", "allocate", "earmarks", "earmark"];
    const DESCRIBES: &[&str] = &[
        "reviews", "examines", "studies", "analyses", "analyzes", "covers", "surveys", "uses", "draws", "describes", "assesses", "compares", "maps",
        "summarises", "summarizes", "presents", "documents", "considers", "explores", "looks", "has", "makes", "contains", "sets", "includes", "lists", "gives",
        "offers", "identifies", "proposes", "focuses", "focused", "concentrates", "centres", "centers",
    ];
    // (one word may describe it: "The draft budget", "This new report")
    // (after an opening phrase too: "Alongside the council tax rise, the
    // draft budget sets out £6.8 million of savings")
    let describes_itself = |toks: &[tokens::Token<'_>]| {
        toks.first().is_some_and(|t| matches!(t.lower(), "this" | "our" | "the")) && {
            let described = usize::from(toks.get(1).is_some_and(|t| t.kind == tokens::TokenKind::Word && !t.is_capitalized() && !SELF.contains(&t.lower()) && !PLANS.contains(&t.lower())));
            toks.get(1 + described).zip(toks.get(2 + described)).is_some_and(|(noun, verb)| SELF.contains(&noun.lower()) && DESCRIBES.contains(&verb.lower()) || PLANS.contains(&noun.lower()) && PROPOSES.contains(&verb.lower()))
        }
    };
    if describes_itself(toks) || toks.iter().take(10).position(|t| t.is_punct(",")).is_some_and(|comma| describes_itself(&toks[comma + 1..])) {
        return true;
    }
    // A committee's members counted in its own vote: "Four members,
    // including Deputy Governor Sarah Breeden, voted for a reduction to
    // 3.25%", "Three members, A, B and C, voted".
    if toks.len() > 3
        && toks[1].lower() == "members"
        && (toks[0].kind == tokens::TokenKind::Number || figures::number_word(toks[0].lower()).is_some())
        && toks.iter().take(20).position(|t| t.lower() == "voted").is_some_and(|v| toks[2..v].iter().all(|t| t.is_punct(",") || t.is_capitalized() || matches!(t.lower(), "including" | "and" | "of" | "the")))
    {
        return true;
    }
    // A name's own act in the relative clause after it: "Tesco, which had
    // offered to sell 85 stores, declined to comment".
    if let Some(comma) = toks.iter().take(6).position(|t| t.is_punct(","))
        && comma > 0
        && toks[..comma].iter().all(|t| t.kind == tokens::TokenKind::Word)
        && names_a_body(&toks[..comma])
        && toks.get(comma + 1).is_some_and(|t| matches!(t.lower(), "which" | "who"))
    {
        let not_aux = |&v: &usize| !matches!(toks[v].lower(), "has" | "had" | "have" | "already" | "also" | "previously" | "earlier");
        let act_at = |v: usize| toks[v].lower() != "is" && is_act_here(&toks[v], &toks[v + 1..]);
        let verb = (comma + 2..toks.len()).take(3).find(not_aux);
        if verb.is_some_and(act_at) {
            return true;
        }
        // (and the name's act after that clause: "The NHF, which
        // represents housing associations, had lobbied for a settlement";
        // not what the clause itself counts, "The Conservative group,
        // which holds four seats, voted against the budget")
        let close = toks.iter().skip(comma + 2).take(12).position(|t| t.kind == tokens::TokenKind::Punct).map(|k| comma + 2 + k).filter(|&k| toks[k].is_punct(",") && !toks[comma + 2..k].iter().any(|t| t.kind == tokens::TokenKind::Number || figures::number_word(t.lower()).is_some()));
        let verb = close.and_then(|close| (close + 1..toks.len()).take(3).find(not_aux));
        if verb.is_some_and(act_at) {
            return true;
        }
        // (or one under way: "The rival RMT union, which represents guards,
        // is also balloting members at four companies")
        let after_is = close.and_then(|close| toks.get(close + 1)).filter(|t| matches!(t.lower(), "is" | "are")).and_then(|_| close.and_then(|close| toks.iter().skip(close + 2).find(|t| !matches!(t.lower(), "also" | "now" | "currently" | "still" | "already"))));
        if after_is.is_some_and(|t| is_act_under_way(t.lower())) {
            return true;
        }
    }
    // A run-in label before the sentence ("**Food security:** The World
    // Food Programme has distributed ..."): the subject follows it.
    let toks = match toks.iter().take(5).position(|t| t.is_punct(":")) {
        Some(colon) if colon > 0 && toks[0].is_capitalized() && toks[..colon].iter().all(|t| t.kind == tokens::TokenKind::Word) && toks.get(colon + 1).is_some_and(tokens::Token::is_capitalized) => &toks[colon + 1..],
        _ => toks,
    };
    // A name in apposition to a common noun is the subject: "A developer,
    // Castlegate Homes, has also applied to build 420 homes" (its closing
    // comma is passed over below).
    let apposition = toks.first().is_some_and(|t| matches!(t.lower(), "a" | "an" | "the"))
        .then(|| toks.iter().take(4).position(|t| t.is_punct(",")))
        .flatten()
        .filter(|&open| open >= 2 && toks.get(open + 1).is_some_and(tokens::Token::is_capitalized))
        .and_then(|open| {
            let close = open + 1 + toks[open + 1..].iter().take(6).position(|t| t.is_punct(","))?;
            toks[open + 1..close].iter().all(|t| t.kind == tokens::TokenKind::Word && t.is_capitalized()).then_some((open, close))
        });
    let (toks, apposition_close) = match apposition {
        Some((open, close)) => (&toks[open + 1..], Some(close - open - 1)),
        None => (toks, None),
    };
    let mut seen_name = false;
    // (a bracketed abbreviation of the name is part of it: "The Monetary
    // Policy Committee (MPC) voted")
    let mut in_brackets = false;
    // (and so is an aside after it: "UNICEF, working with the Department of
    // Public Health Engineering, has installed 220 units"; its words do not
    // count towards the ten the subject and verb must come in)
    let mut in_aside = false;
    let mut aside_words = 0;
    let mut aside_open = None;
    // (a long name counts as little as an aside: "the Monetary Policy
    // Board of the Reserve Bank of Aldania decided")
    let mut name_words = 0;
    // (a name that opens the subject: "the Monetary Policy Board of ...")
    // (or a body's kind of one: "The board of Northfield and Vale NHS
    // Foundation Trust met ... to approve")
    let subject_named = toks.iter().take(3).any(|n| n.kind == tokens::TokenKind::Word && n.is_capitalized() && !n.eq_ignore_case("the"))
        || toks.get(2).is_some_and(|n| n.lower() == "of") && toks.get(3).is_some_and(tokens::Token::is_capitalized) && toks.get(1).is_some_and(|n| is_body_kind(n.lower()));
    for (k, t) in toks.iter().enumerate().take(30) {
        if k >= 10 + aside_words + name_words {
            break;
        }
        // (only the words that go on a name: "of the Reserve Bank", not
        // "The number of Valtorian firms exporting outside the EU")
        // (and a body's kind before "of": "The board of Northfield and Vale
        // NHS Foundation Trust")
        let name_goes_on = || {
            k > 1
                && toks[k - 1].kind == tokens::TokenKind::Word
                && (toks[k - 1].is_capitalized() || matches!(toks[k - 1].lower(), "of" | "the" | "for" | "and") && (toks[k - 2].is_capitalized() || is_body_kind(toks[k - 2].lower())) || toks[k - 1].lower() == "the" && toks[k - 2].lower() == "of" || t.lower() == "of" && is_body_kind(toks[k - 1].lower()))
        };
        if seen_name && subject_named && t.kind == tokens::TokenKind::Word && (t.is_capitalized() || matches!(t.lower(), "of" | "the" | "for" | "and")) && name_goes_on() {
            name_words = (name_words + 1).min(6);
        }
        if in_aside {
            aside_words += 1;
            in_aside = !t.is_punct(",");
            continue;
        }
        if t.kind != tokens::TokenKind::Word {
            match t.text {
                "(" if seen_name && !in_brackets => in_brackets = true,
                "," if Some(k) == apposition_close => {}
                ")" if in_brackets => in_brackets = false,
                // (an ampersand inside a name: "S&P Global revised",
                // "Procter & Gamble raised")
                "&" if k > 0 && toks[k - 1].is_capitalized() && toks.get(k + 1).is_some_and(tokens::Token::is_capitalized) => seen_name = true,
                // (or a date as an aside: "The Bank has, as of November
                // 2026, cut rates eight times", as the fix for "now" writes)
                // (or where it was told: "Analysts at Morgan Stanley, in a
                // note to clients on Tuesday, raised their price target")
                "," if seen_name && !in_brackets && aside_words == 0 && toks.get(k + 1).is_some_and(|n| n.kind == tokens::TokenKind::Word && (n.lower().ends_with("ing") || n.lower().ends_with("ed") || matches!(n.lower(), "the" | "a" | "an") || matches!(n.lower(), "as" | "in") && toks.get(k + 2).is_some_and(|o| if n.lower() == "as" { o.lower() == "of" } else { matches!(o.lower(), "a" | "an" | "its" | "their") }))) => {
                    in_aside = true;
                    aside_words = 1;
                    aside_open = Some(k);
                }
                _ => return false,
            }
            continue;
        }
        if in_brackets {
            continue;
        }
        // A name, a pronoun/demonstrative standing for the body just named,
        // or the body's kind after "the" ("The company raised its forecast").
        // (one adjective may come between: "The central bank has cut")
        // (or its owner: "The trust's board approved a £14.5 million plan")
        // (or after a named owner: "Riverton's transit authority approved")
        let owned = toks[0].is_capitalized() && toks[0].is_possessive();
        let named_kind = (toks[0].lower() == "the" || owned && k == 2)
            && is_body_kind(t.lower())
            && (k == 1
                || k == 2
                    && !toks[1].is_capitalized()
                    && (matches!(
                        toks[1].lower(),
                        "central" | "federal" | "national" | "regional" | "local" | "state" | "city" | "county" | "district" | "health" | "planning" | "electoral" | "statistics" | "competition"
                            | "transit" | "transport" | "water" | "housing" | "education" | "select" | "finance" | "energy" | "fire" | "police" | "parish" | "town" | "borough" | "regulatory" | "audit" | "licensing" | "highways" | "rail" | "port" | "pensions" | "medicines" | "gambling" | "food"
                    ) || toks[1].is_possessive()
                        // (its size: "The nine-member committee voted 5-4")
                        || toks[1].lower().ends_with("-member") || toks[1].lower().ends_with("-strong")));
        let named_first = k == 0 && t.is_capitalized() && {
            let next = toks.get(1).map_or("", |n| n.lower());
            let next = if matches!(next, "only" | "now" | "also" | "still" | "already" | "currently" | "recently" | "later" | "then" | "subsequently" | "eventually") { toks.get(2).map_or("", |n| n.lower()) } else { next };
            // (and in the past after a name, which a plural common noun is
            // not: "Birmingham recently committed to reaching 25% canopy",
            // not "Officials promised 500 new homes")
            commits_in_third_person(next) || matches!(next, "committed" | "pledged" | "promised" | "vowed") && names_a_body(&toks[..1])
                // ("BlueIsle has offered 4.5 per cent": a name's act in the
                // present perfect)
                || matches!(next, "has" | "have" | "had") && toks.get(2).is_some_and(|n| matches!(n.lower(), "offered" | "proposed" | "pledged" | "promised" | "committed" | "agreed" | "decided" | "voted" | "approved" | "vowed" | "backed" | "endorsed" | "demanded")) && names_a_body(&toks[..1])
                // ("Ofwat fined the company £8.7 million": a regulator's penalty)
                // ("Carrow also booked a £7.5 million charge": a company's
                // entry in its own accounts)
                || matches!(next, "fined" | "imposed" | "levied" | "booked") && names_a_body(&toks[..1])
                // ("Northfell later moved two turbines", "Aslef accepted the
                // offer": a name's own change of plan or answer to an offer)
                || matches!(next, "accepted" | "rejected" | "moved" | "relocated") && names_a_body(&toks[..1])
                // ("Meridian also took a $640 million impairment": a charge
                // a company books)
                || next == "took" && names_a_body(&toks[..1]) && toks.iter().skip(2).take(8).any(|n| is_a_charge(n.lower()))
                // ("Harbor set aside $812 million": a lender's provision)
                || next == "set" && toks.get(2).is_some_and(|n| n.lower() == "aside") && names_a_body(&toks[..1])
                // ("Skyvale kept its full-year guidance unchanged,
                // forecasting ...": a name's own figures held steady)
                // (its own: not "Demand kept prices unchanged")
                || holds_steady(next) && names_a_body(&toks[..1]) && toks.get(2).is_some_and(|n| matches!(n.lower(), "its" | "their")) && toks.iter().skip(3).take(5).any(|n| matches!(n.lower(), "unchanged" | "steady"))
                // ("Nationwide cut selected fixed rates by up to 0.25
                // percentage points": a lender's or seller's own prices;
                // not a common noun's effect, "Inflation cut real wages")
                || matches!(next, "cut" | "raised" | "lowered" | "reduced" | "increased" | "hiked" | "trimmed")
                    && names_a_body(&toks[..1])
                    && !["ion", "ity", "ness", "ment", "ing", "ure", "ance", "ence"].iter().any(|e| t.lower().ends_with(e))
                    // (or its own rule's limit: "Scotland cut its limit to 50mg")
                    && toks.iter().skip(2).take(4).any(|n| matches!(n.lower(), "rates" | "rate" | "prices" | "price" | "fees" | "tariffs" | "charges" | "fares" | "premiums" | "dividend" | "forecast" | "guidance" | "limit" | "cap" | "threshold" | "allowance"))
                // ("Ofwat, the industry regulator, fined ...": a name the
                // aside after it says is a body)
                || next == "," && names_a_body(&toks[..1]) && toks.iter().skip(2).take(6).take_while(|t| !t.is_punct(",")).any(|t| is_body_kind(t.lower()))
                // ("Clearwater is seeking £1.8 million": a name's appeal)
                || next == "is" && toks.get(2).is_some_and(|n| matches!(n.lower(), "seeking" | "appealing")) && names_a_body(&toks[..1])
                // ("WHO has deployed 12 rapid response teams": an
                // abbreviation names a body, whatever it does)
                || t.is_abbreviation() && (is_work(next) || is_act(next) || matches!(next, "has" | "have" | "had" | "and" | "," | "("))
                // ("Brightway's board also approved a dividend": a named
                // body's own board or committee)
                || t.is_possessive() && is_body_kind(next)
                // ("Sainsbury's closed 16 standalone Argos stores": a chain
                // by its owner's name, its own branches; not "Flooding
                // closed 16 schools")
                || t.is_possessive() && matches!(next, "opened" | "closed" | "shut")
        };
        if (t.is_capitalized() && (k > 0 || subject_start > 0)) || (k == 0 && matches!(t.text, "It" | "This" | "These" | "He" | "She" | "They")) || named_kind || named_first {
            seen_name = true;
        }
        // (each test below asks for one of its verbs, which most words are
        // not: one bit of the word's classes rules them all out)
        if !t.may_be(lexicon::class::OWN_ACT_VERB) {
            continue;
        }
        // (a participle after an article is an adjective: "was running on
        // a reduced schedule")
        if k > 0 && matches!(toks[k - 1].lower(), "a" | "an" | "the") && t.lower().ends_with("ed") {
            continue;
        }
        // "The TWU is seeking a pay rise of 9%".
        // "The REGULATE study is randomising 2,400 adults": a study's own method.
        if matches!(t.lower(), "is" | "are") && toks.get(k + 1).is_some_and(|n| matches!(n.lower(), "seeking" | "asking" | "making" | "providing" | "investing" | "appealing" | "offering" | "proposing" | "demanding" | "planning" | "randomising" | "randomizing" | "recruiting" | "enrolling" | "tracking" | "surveying")) {
            return seen_name;
        }
        // (a long name of the rate between: "left its benchmark one-week
        // repo rate unchanged at 36 percent")
        if seen_name && holds_steady(t.lower()) && (toks.iter().skip(k + 1).take(5).any(|n| matches!(n.lower(), "unchanged" | "steady" | "at")) || toks.iter().skip(k + 1).take(9).take_while(|n| n.kind != tokens::TokenKind::Punct || n.is_punct("-")).any(|n| matches!(n.lower(), "unchanged" | "steady"))) {
            return true;
        }
        if names_commit(toks, k) {
            return true;
        }
        if seen_name && ranks_a_name(t.lower()) && right_after_the_name(toks, k, aside_open) && toks.get(k + 1).is_some_and(|n| n.kind == tokens::TokenKind::Word && n.is_capitalized()) {
            return true;
        }
        if seen_name && sets_a_target(t.lower()) && right_after_the_name(toks, k, aside_open) && toks.iter().skip(k + 1).take(3).any(|n| matches!(n.lower(), "target" | "targets" | "goal" | "goals" | "cap" | "limit" | "ceiling")) {
            return true;
        }
        // ("the Academy Trust Handbook has required trusts to seek approval
        // for any contract worth more than £40,000": a named rule's terms)
        if seen_name
            && matches!(t.lower(), "requires" | "required" | "require")
            && toks[..k].iter().any(|n| n.is_capitalized() && matches!(n.lower(), "handbook" | "act" | "code" | "regulations" | "rules" | "guidance" | "framework" | "directive" | "law" | "standard" | "standards" | "bill" | "treaty" | "charter" | "constitution"))
        {
            return true;
        }
        // ("The force set up a retail crime unit with 22 officers": what a
        // body establishes; "The committee took evidence over eight
        // sessions": its inquiry's method)
        if seen_name && right_after_the_name(toks, k, aside_open) && (sets_a_target(t.lower()) && toks.get(k + 1).is_some_and(|n| n.lower() == "up") || t.lower() == "took" && toks.get(k + 1).is_some_and(|n| n.lower() == "evidence")) {
            return true;
        }
        // (not a penalty the body suffers: "Tejo Marine Works was fined")
        // (nor a booking: "Carrow also booked a £7.5 million charge" is the
        // company's own entry, "Five players were booked" no act of theirs)
        if seen_name && (imposes_a_penalty(t.lower()) || t.lower() == "booked") && k > 0 && !matches!(toks[k - 1].lower(), "was" | "were" | "been" | "be" | "being" | "is" | "are" | "ever") {
            return true;
        }
        // ("Meridian also took a $640 million impairment": a charge a
        // company books)
        if seen_name && t.lower() == "took" && right_after_the_name(toks, k, aside_open) && toks.iter().skip(k + 1).take(6).any(|n| is_a_charge(n.lower())) {
            return true;
        }
        // ("Universities UK has asked for a rise of 3 per cent": what a
        // body demands)
        // (whom it asked may come between: "Sheriff Raymond Ortiz asked
        // county commissioners on Tuesday for an extra $4.1 million")
        // (or what it asked to be done: "Board member Grace Ortiz asked
        // staff to cost a plan that would reduce hours at all 14 branches")
        if seen_name && t.lower() == "asked" && toks.iter().skip(k + 1).take(6).take_while(|n| n.kind == tokens::TokenKind::Word).any(|n| matches!(n.lower(), "for" | "to")) && right_after_the_name(toks, k, aside_open) {
            return true;
        }
        // ("The Ohio Senate on Wednesday passed a bill that would cap
        // costs at $35 a month": a legislature's own bill)
        if seen_name && t.lower() == "passed" && toks.iter().skip(k + 1).take(3).any(|n| matches!(n.lower(), "bill" | "law" | "measure" | "motion" | "budget" | "resolution" | "legislation" | "amendment")) {
            return true;
        }
        // "The committee made six recommendations": what a body proposes
        if seen_name && t.lower() == "made" && toks.iter().skip(k + 1).take(4).any(|n| matches!(n.lower(), "recommendations" | "proposals")) {
            return true;
        }
        // ("The charity is also launching a winter appeal": an act under way)
        // ("The RMT union is also balloting members at four companies": a
        // union's own ballot)
        // ("The school is also recruiting two additional maths specialists":
        // hires under way)
        if seen_name && matches!(t.lower(), "is" | "are") {
            let next = toks[k + 1..].iter().find(|n| !matches!(n.lower(), "also" | "now" | "currently" | "still" | "already"));
            // ("It is currently trimming its monthly purchases of bonds by
            // about 200 billion yen": a central bank's own purchases)
            if next.is_some_and(|n| is_act_under_way(n.lower())) {
                return true;
            }
        }
        if seen_name && starts_an_act(t.lower()) && toks.get(k + 1).is_some_and(|n| n.kind == tokens::TokenKind::Word && n.lower().len() > 4 && n.lower().ends_with("ing")) {
            return true;
        }
        // (a want only as a plan to act: "wants to build 22 turbines", not
        // "wants the gap narrowed")
        // (an opening only of a count of things: "It opened 11 new stores",
        // not "It opened at the Fringe", "opened its doors")
        let opens_a_count = || t.lower() != "opened" || toks.iter().skip(k + 1).take(3).any(figures::is_count);
        // (a closure or a cancellation by a body, not by the weather:
        // "Storm Bert closed 40 schools"; a closure of places counted)
        let ends_its_own = || !matches!(t.lower(), "closed" | "shut" | "cancelled" | "canceled") || closed_by_a_body(toks, k);
        if is_act_here(t, &toks[k + 1..]) && (!matches!(t.lower(), "wants" | "aims") || toks.get(k + 1).is_some_and(|n| n.lower() == "to"))
            || seen_name && (is_own_method(t.lower()) && !takes_in_money(&toks[k + 1..]) || is_work(t.lower()) && right_after_the_name(toks, k, aside_open) && !attribution::is_determiner(toks[k - 1].lower()) && opens_a_count() && ends_its_own())
        {
            return seen_name && t.lower() != "is";
        }
    }
    false
}

pub mod claim {
    //! Whether a sentence reads as a contestable claim about the world.
    //!
    //! A plain record of an event ("Belgium faced Panama in Sochi") is a
    //! claim too, but flagging every such sentence buries the ones an editor
    //! would query. copydesk reports only sentences whose wording asserts a
    //! cause, a change, a degree, an evaluation or a generalisation (word
    //! list `data/claim-markers.txt`), and leaves out the writer's or
    //! issuer's own first-person statements.
    use std::sync::LazyLock;

    use aho_corasick::MatchKind;

    use super::lexicon::PhraseMatcher;

    use super::tokens::{Token, TokenKind};
    use crate::span::Span;

    pub(crate) static MARKERS: LazyLock<PhraseMatcher> = LazyLock::new(|| {
        let words: Vec<&str> = include_str!("../../data/claim-markers.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        PhraseMatcher::new(&words, MatchKind::LeftmostLongest).with_class(super::lexicon::class::CLAIM_KEY)
    });

    /// The words [`signposts_or_defines`] turns on (class
    /// [`super::lexicon::class::SIGNPOST`]).
    pub(crate) const SIGNPOST_WORDS: [&str; 14] = ["should", "must", "can", "may", "defined", "called", "known", "definition", "refers", "means", "denotes", "signifies", "indicates", "stand"];
    /// The units [`mentions_clock_time`] looks for (class
    /// [`super::lexicon::class::CLOCK`]).
    pub(crate) const CLOCK_WORDS: [&str; 11] = ["minute", "minutes", "hour", "hours", "half", "quarter", "inning", "innings", "round", "lap", "seconds"];

    /// Does the sentence contain a claim marker as whole words? "since" only
    /// marks a record ("the first win since 1958", "the lowest since
    /// 2003"); alone it dates a state ("has served as chair since 2018").
    /// `toks` are the sentence's tokens (white space around `text` aside).
    pub fn has_marker(text: &str, toks: &[Token<'_>]) -> bool {
        // (a comparison is asked only of a sentence with no marker and with
        // "than", found by a byte search whose searcher is built once)
        static THAN: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new(b" than "));
        marked(text, toks) || THAN.find(text.as_bytes()).is_some() && compares(toks)
    }

    fn marked(text: &str, toks: &[Token<'_>]) -> bool {
        super::lexicon::any_phrase_in_tokens(&MARKERS, text, 0, text.len(), toks, |(_, start, end)| {
            let marker = &text[start..end];
            if marker.eq_ignore_ascii_case("since") {
                states_a_record(text)
            } else if marker.eq_ignore_ascii_case("every") {
                !names_a_period(&text[end..])
            } else if marker.eq_ignore_ascii_case("further") {
                // ("needing a further 191", "a further £2m": one more of a
                // count, no degree)
                !text[end..].trim_start().starts_with(|c: char| c.is_ascii_digit() || matches!(c, '£' | '$' | '€'))
            } else if marker.eq_ignore_ascii_case("record") {
                // ("holds a record of the climate": what is kept on record,
                // not a record set; "a record of 40 goals" sets one)
                text[end..].strip_prefix(" of ").is_none_or(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            } else if marker.get(..4).is_some_and(|the| the.eq_ignore_ascii_case("the ")) {
                !judges_a_thing(&text[end..])
            } else {
                true
            }
        })
    }

    /// A superlative's noun "thing" a word or two after it ("The opening
    /// scene is the strongest thing in the evening", "the most daring thing
    /// in the evening"): a judgement of a thing, no record ("the largest
    /// employer in the town" is one). Kept out of line: written inside the
    /// marker search's closure it cost that search 4 M instructions per MB.
    #[inline(never)]
    fn judges_a_thing(after_marker: &str) -> bool {
        after_marker.split_whitespace().take(2).any(|w| matches!(w.trim_end_matches([',', '.', ';']), "thing" | "things"))
    }

    /// A comparison asserted of something ("Absence is much higher in
    /// secondary schools than in primary schools", "Shopworkers are worse
    /// off in real terms than they were", "Landlords are more likely than
    /// owners to"): a comparative adjective, or "more"/"less" and a word,
    /// after a linking verb (an adverb of degree between), a few words
    /// before "than". Not a quantity ("more than 40", "fewer than half":
    /// the figure's), nor a comparison with an expectation ("higher than
    /// expected": the figure's too).
    fn compares(toks: &[Token<'_>]) -> bool {
        let lower_at = |k: usize| toks.get(k).map_or("", |t| t.lower());
        toks.iter().enumerate().any(|(k, t)| {
            t.lower() == "than"
                && !toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Number || matches!(n.lower(), "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "half" | "a" | "double" | "twice" | "expected" | "forecast" | "planned" | "budgeted" | "anticipated"))
                && (k.saturating_sub(6)..k).rev().take_while(|&j| toks[j].kind == TokenKind::Word).any(|j| {
                    let w = toks[j].lower();
                    let comparative = w.len() > 4 && w.ends_with("er") || matches!(w, "worse" | "better") || matches!(w, "more" | "less") && lower_at(j + 1) != "than";
                    let mut v = j;
                    while v > 0 && matches!(lower_at(v - 1), "much" | "far" | "significantly" | "slightly" | "considerably" | "substantially" | "even" | "still" | "now" | "generally" | "often" | "typically" | "no" | "not" | "also" | "markedly" | "notably") {
                        v -= 1;
                    }
                    comparative && v > 0 && matches!(lower_at(v - 1), "is" | "are" | "was" | "were" | "be" | "been" | "remain" | "remains" | "remained" | "become" | "becomes" | "became" | "seem" | "seems" | "look" | "looks" | "appear" | "appears" | "grown" | "grew" | "proved" | "proving")
                })
        })
    }

    /// "every Thursday", "every year", "every two weeks": how often, not a
    /// claim about all of something ("every position", "every country").
    fn names_a_period(after: &str) -> bool {
        const PERIODS: &[&str] = &[
            "day", "days", "night", "nights", "morning", "evening", "afternoon", "week", "weeks", "weekend", "month", "months", "year", "years",
            "decade", "season", "summer", "winter", "spring", "autumn", "quarter", "hour", "hours", "minute", "minutes", "time", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday",
        ];
        const COUNTS: &[&str] = &["other", "few", "two", "three", "four", "five", "six", "ten", "single"];
        let mut words = after.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        let is = |w: Option<&str>, list: &[&str]| w.is_some_and(|w| list.iter().any(|p| w.eq_ignore_ascii_case(p)));
        let first = words.next();
        is(first, PERIODS) || (is(first, COUNTS) && is(words.next(), PERIODS)) || (first.is_some_and(|w| w.eq_ignore_ascii_case("couple")) && is(words.nth(1), PERIODS))
    }

    fn states_a_record(text: &str) -> bool {
        const RECORD_WORDS: &[&str] = &[
            "first", "only", "record", "most", "least", "biggest", "largest", "highest", "lowest", "worst", "best", "fastest", "slowest", "strongest",
            "weakest", "sharpest", "steepest", "deadliest", "longest", "shortest",
        ];
        text.split(|c: char| !c.is_alphanumeric()).any(|w| RECORD_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r)))
    }

    /// Declarative, complete, long enough to assert something, and not
    /// the writer's signposting.
    pub fn is_declarative(slice: &str, span: Span, toks: &[Token<'_>]) -> bool {
        let text = slice[span.range()].trim();
        // (six words are enough to count; a "?”" needs a "?", looked for
        // with memchr before a substring search)
        let few_words = toks.iter().filter(|t| t.kind == TokenKind::Word).nth(5).is_none();
        if few_words || !text.ends_with(['.', '”', '"']) || text.ends_with("?") || (memchr::memchr(b'?', text.as_bytes()).is_some() && text.contains("?”")) {
            return false;
        }
        let first = toks.first().map(|t| t.lower()).unwrap_or_default();
        if matches!(first, "this" | "here" | "below" | "in" | "see" | "for" | "note" | "as") && toks.get(1).is_some_and(|t| matches!(t.lower(), "report" | "article" | "section" | "chapter" | "summary" | "brief" | "paper" | "are" | "is" | "example" | "more" | "details")) {
            return false;
        }
        // A label and what it names: "Proposal 3: a cap on property tax
        // increases." (a run-in label, then an indefinite noun phrase)
        if let Some(colon) = toks.iter().take(5).position(|t| t.is_punct(":"))
            && colon > 0
            && toks[..colon].iter().all(|t| t.is_capitalized() || t.kind == TokenKind::Number)
            && toks.get(colon + 1).is_some_and(|t| matches!(t.text, "a" | "an"))
            // (with no verb of its own after it: "Update: a cap on rises has
            // hurt schools" asserts)
            && !toks[colon + 1..].iter().any(|t| matches!(t.lower(), "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would" | "can" | "could" | "does" | "do" | "did") || t.lower().len() > 4 && t.lower().ends_with("ed"))
        {
            return false;
        }
        // Starts with a quote: a quotation, handled by unattributed-quote.
        // (An instruction is not declarative either: the analysis asks
        // [`is_imperative`] once for this and for the figures.)
        !text.starts_with(['“', '"'])
    }

    /// One of `data/imperative-verbs.txt` (lower case).
    pub fn is_imperative_verb(lower: &str) -> bool {
        // (hashed with foldhash, as the other word lists: every sentence
        // opening with a capital asks)
        static VERBS: std::sync::LazyLock<std::collections::HashSet<&'static str, foldhash::fast::FixedState>> =
            std::sync::LazyLock::new(|| include_str!("../../data/imperative-verbs.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect());
        VERBS.contains(lower)
    }

    /// An instruction or a recommendation: "Take effective measures to
    /// protect detainees.", "Always lock the office.", "Raise the quota to
    /// 40%." It asserts nothing. The opening verb is one of
    /// `data/imperative-verbs.txt`, after "Please", "Always", "Never" or
    /// "Do"; the word after it must not make it a noun or a finite verb
    /// ("Use of force rose", "Cut in rates", "Check is ...").
    pub fn is_imperative(toks: &[Token<'_>]) -> bool {
        // (a word after the verb that makes it a noun or a finite verb:
        // "Use of force rose", "Cut in rates", "Check is ...")
        let no_verb_before = |next: &Token<'_>| matches!(next.lower(), "of" | "in" | "is" | "was" | "were" | "are" | "has" | "had" | "will" | "would" | "to" | "for" | "on" | "at" | "by" | "and" | "or" | "up" | "down" | "rose" | "fell");
        // (after a phrase of purpose or condition: "For further
        // information, contact the coordination cell", "If symptoms
        // persist, call 111"; the verb in lower case, its next word as
        // strict as for a verb that opens the sentence)
        if toks.first().is_some_and(|t| matches!(t.text, "For" | "To" | "If"))
            && let Some(comma) = toks.iter().take(8).position(|t| t.is_punct(","))
            && let (Some(verb), Some(next)) = (toks.get(comma + 1), toks.get(comma + 2))
            && verb.kind == TokenKind::Word
            && !verb.is_capitalized()
            && is_imperative_verb(verb.lower())
            && next.kind == TokenKind::Word
            && !no_verb_before(next)
        {
            return true;
        }
        let mut k = 0;
        while toks.get(k).is_some_and(|t| matches!(t.lower(), "please" | "always" | "never" | "do" | "also" | "then")) {
            k += 1;
        }
        let (Some(verb), Some(next)) = (toks.get(k), toks.get(k + 1)) else { return false };
        // (lower case after an opener: "always lock"; capitalised first)
        let placed = if k == 0 { verb.is_capitalized() } else { verb.kind == TokenKind::Word };
        // (after "Please" or "Always" the verb is one whatever follows)
        // ("Fund at least three years of aftercare": a quantity after the verb)
        let at_least = next.lower() == "at" && toks.get(k + 2).is_some_and(|t| matches!(t.lower(), "least" | "most"));
        // ("Deploy 30 additional surveillance officers": a count as its
        // object)
        let counted_object = next.kind == TokenKind::Number && toks.get(k + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalized());
        placed
            && is_imperative_verb(verb.lower())
            && (next.kind == TokenKind::Word || counted_object)
            && (k > 0 || at_least || counted_object || !no_verb_before(next))
            && !names_a_practice(toks.get(k + 1..).unwrap_or(&[]))
    }

    /// "Contact tracing coverage dropped to 54 percent": the opening verb
    /// with a gerund after it names a practice, the subject of the verb of
    /// change two words on (not "Use existing guidance issued by ...",
    /// "Keep remaining stock sealed.").
    fn names_a_practice(after_verb: &[Token<'_>]) -> bool {
        let [gerund, noun, finite, next, ..] = after_verb else { return false };
        gerund_subject_then_verb([gerund.text, noun.text, finite.text, next.text])
    }

    /// The four words after an opening verb of [`is_imperative_verb`]
    /// (as written) make it a gerund subject's: "Contact | tracing coverage
    /// dropped to", "... rose 4", "... was from".
    pub fn gerund_subject_then_verb([gerund, noun, finite, next]: [&str; 4]) -> bool {
        let word = |w: &str| w.starts_with(|c: char| c.is_ascii_lowercase()) && w.chars().all(char::is_alphabetic);
        word(gerund)
            && gerund.ends_with("ing")
            && word(noun)
            && word(finite)
            && (finite.ends_with("ed") || matches!(finite, "rose" | "fell" | "grew" | "is" | "was" | "are" | "were" | "has" | "had" | "remains" | "remained"))
            && (matches!(next, "to" | "from") || next.starts_with(|c: char| c.is_ascii_digit()))
    }

    /// The writers' signposting ("Several limitations should be noted.",
    /// "Three caveats must be borne in mind"), a definition ("A typical
    /// household is defined as one using 2,700 kWh a year") or a scale's
    /// ("A score of 100 means perfectly regular"). One pass, each token
    /// matched once: three passes over every sentence's windows cost 5 M
    /// instructions per MB.
    pub fn signposts_or_defines(toks: &[Token<'_>]) -> bool {
        let lower = |k: usize| toks.get(k).map_or("", |t| t.lower());
        // (the class bit first: every sentence asks, and a `match` on each
        // word mispredicted its jump table's branch)
        (0..toks.len()).any(|k| toks[k].may_be(super::lexicon::class::SIGNPOST) && match toks[k].lower() {
            "should" | "must" | "can" | "may" => lower(k + 1) == "be" && matches!(lower(k + 2), "noted" | "mentioned" | "highlighted" | "borne" | "stressed" | "emphasised" | "emphasized"),
            // (what the sentence's subject is defined as: "A typical
            // household is defined as ..."; not an aside defining a term
            // on the way, "Persistent absence, defined as missing 10% or
            // more of sessions, fell to 18.1%")
            "defined" => lower(k + 1) == "as" && k > 0 && matches!(lower(k - 1), "is" | "are" | "was" | "were" | "be" | "been"),
            // ("Particles below 1 micrometre are usually called
            // nanoplastics", "are known as"): a name given
            // (the name ending the sentence: not "is known as a tough
            // employer and cut 400 jobs")
            "called" | "known" => (toks[k].lower() == "called" || lower(k + 1) == "as") && toks.len() <= k + 6 && k > 0 && (matches!(lower(k - 1), "is" | "are") || k > 1 && matches!(lower(k - 1), "usually" | "often" | "commonly" | "sometimes" | "also") && matches!(lower(k - 2), "is" | "are")),
            // ("based on a definition of a migrant as someone who ...")
            "definition" => (k + 1..toks.len().min(k + 8)).any(|n| toks[n].lower() == "as"),
            // ("PM2.5 refers to particles with a diameter of 2.5 micrometres
            // or less": a term, opening the sentence, defined)
            // (a name or "the term", not "The figure refers to 4,000 homes")
            // (or a term with its abbreviation in brackets: "Fine
            // particulate matter (PM2.5) refers to")
            "refers" => {
                let bracketed = k > 1 && toks[k - 1].is_punct(")");
                lower(k + 1) == "to" && (1..=if bracketed { 9 } else { 5 }).contains(&k) && (bracketed || toks[..k].iter().all(|t| !t.is_word() || t.is_capitalized() && t.lower() != "this" || matches!(t.lower(), "the" | "term" | "word" | "phrase" | "acronym" | "abbreviation" | "label")))
            }
            // ("Three constraints stand out.": the count of what the next
            // paragraphs take up, a sentence of its own)
            "stand" => lower(k + 1) == "out" && (2..=3).contains(&k) && toks.len() <= k + 3 && (toks[0].kind == TokenKind::Number || matches!(toks[0].lower(), "two" | "three" | "four" | "five" | "six" | "seven" | "several")),
            // ("A reading below 50 indicates contraction": a threshold's
            // meaning)
            "means" | "denotes" | "signifies" | "indicates" => k >= 4 && toks[k - 1].kind == TokenKind::Number && matches!(toks[k - 2].lower(), "of" | "below" | "above" | "under" | "over") && matches!(toks[k - 4].lower(), "a" | "an"),
            _ => false,
        })
    }

    /// "in the 28th minute", "Four minutes later": match or clock time.
    pub fn mentions_clock_time(toks: &[Token<'_>]) -> bool {
        if !toks.iter().any(|t| t.may_be(super::lexicon::class::CLOCK)) {
            return false;
        }
        toks.windows(2).any(|w| {
            let unit = matches!(w[1].lower(), "minute" | "minutes" | "hour" | "hours" | "half" | "quarter" | "inning" | "innings" | "round" | "lap");
            let l = w[0].lower();
            let ordinal = w[0].is_word() && super::is_numeric_ordinal(l);
            unit && (ordinal || matches!(w[0].lower(), "first" | "second" | "third" | "final" | "injury"))
        }) || toks.windows(3).any(|w| matches!(w[1].lower(), "minutes" | "hours" | "seconds") && matches!(w[2].lower(), "later" | "earlier" | "into" | "in"))
    }

    /// A sentence set in capitals is a headline or a memo's subject line.
    pub fn is_all_caps(text: &str) -> bool {
        // Eight ASCII bytes at a time where possible, other characters one
        // by one.
        let b = text.as_bytes();
        let (mut letters, mut upper, mut ascii_lower) = (0usize, 0usize, 0usize);
        let mut i = 0;
        while i < b.len() {
            if let Some(word) = b.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()).map(u64::from_le_bytes)
                && word & 0x8080_8080_8080_8080 == 0
            {
                let (lower_here, upper_here) = (ascii_in_range(word, b'a', b'z' + 1), ascii_in_range(word, b'A', b'Z' + 1));
                letters += lower_here + upper_here;
                upper += upper_here;
                ascii_lower += lower_here;
                // Enough lower-case letters settle it, whatever follows:
                // each byte still to come adds at most 2.5 to 10 × upper -
                // 8 × letters (a non-ASCII capital that is no letter, of two
                // bytes or more, adds 10), each lower-case letter takes 8,
                // so the sum stays negative once 13 × lower > 5 × length.
                if ascii_lower * 13 > b.len() * 5 {
                    return false;
                }
                i += 8;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            letters += usize::from(c.is_alphabetic());
            upper += usize::from(c.is_uppercase());
            i += c.len_utf8();
        }
        letters >= 12 && upper * 10 >= letters * 8
    }

    /// How many of the eight ASCII bytes of `word` lie in `lo..hi`.
    fn ascii_in_range(word: u64, lo: u8, hi: u8) -> usize {
        const ONES: u64 = 0x0101_0101_0101_0101;
        let flags = super::tokens::bytes_in_range(word, lo, hi) >> 7;
        // Sum the eight 0/1 bytes into the top byte.
        (flags.wrapping_mul(ONES) >> 56) as usize
    }

    /// A declarative sentence worded as a contestable claim, not in the
    /// writer's or issuer's own first-person voice.
    pub fn is_claim(slice: &str, span: Span, toks: &[Token<'_>]) -> bool {
        let text = slice[span.range()].trim();
        // The writer's or issuer's own voice: "I will", "We have".
        let first_person = toks.iter().take(4).any(|t| matches!(t.lower(), "i" | "we" | "i'm" | "i've" | "we're" | "we've" | "i'll" | "we'll" | "my" | "our" | "you" | "your"));
        if first_person {
            return false;
        }
        // The marker first: most sentences have none, and need no lower-case copy.
        if !has_marker(text, toks) {
            return false;
        }
        !is_definition(text) && !declines_to_say(toks) && !recommends(toks)
    }

    /// "It should come before any increase, not after.", "Farmers who want
    /// to contribute should contact their regional office.": what ought to
    /// be done is an argument or an instruction, not a checkable fact
    /// ("should have acted sooner" still tells of the past).
    fn recommends(toks: &[Token<'_>]) -> bool {
        toks.iter().enumerate().any(|(k, t)| {
            let next = toks.get(k + 1).map_or("", |n| n.lower());
            match t.lower() {
                "should" => !matches!(next, "have" | "not" | "n't"),
                "ought" => next == "to",
                // ("Tenants who want to share their experience can contact
                // our investigations team": a service note to the reader)
                // (an adverb between: "can also contact the highways team")
                "can" => {
                    let verb = if matches!(next, "also" | "still" | "always" | "now") { toks.get(k + 2).map_or("", |n| n.lower()) } else { next };
                    matches!(verb, "contact" | "email" | "e-mail" | "call" | "phone" | "ring" | "text" | "message")
                }
                _ => false,
            }
        })
    }

    /// "The company declined to comment", "The council did not respond to
    /// a request for comment", "Reyes declined to blame it": the reporting's
    /// own record of a refusal,
    /// not a claim about the world.
    fn declines_to_say(toks: &[Token<'_>]) -> bool {
        toks.windows(3).any(|w| {
            let (a, b, c) = (w[0].lower(), w[1].lower(), w[2].lower());
            matches!((a, b), ("declined" | "refused" | "declines" | "refuses", "to")) && matches!(c, "comment" | "say" | "confirm" | "respond" | "answer" | "discuss" | "elaborate" | "name" | "identify" | "disclose" | "reveal" | "specify" | "blame" | "speculate" | "criticise" | "criticize" | "predict" | "guess")
                // (and in the perfect: "The company has not said what caused
                // the failure")
                || matches!(a, "not" | "n't") && matches!(b, "respond" | "comment" | "say" | "confirm" | "reply" | "return" | "responded" | "commented" | "said" | "confirmed" | "replied" | "returned" | "explained" | "disclosed" | "revealed") && matches!(c, "to" | "on" | "." | "whether" | "how" | "why" | "what" | "when")
        })
        // ("The Swiss Insurance Association declined to give an estimate":
        // a figure it would not give)
        || toks.windows(4).any(|w| {
            matches!(w[0].lower(), "declined" | "refused" | "declines" | "refuses")
                && w[1].lower() == "to"
                && matches!(w[2].lower(), "give" | "provide" | "put" | "offer" | "release" | "publish")
                && matches!(w[3].lower(), "an" | "a" | "any" | "details" | "figures" | "numbers")
        })
    }

    /// "Homeopathy is a form of alternative medicine ...": the phrases are
    /// matched in the lower-case text.
    pub(super) fn is_definition(text: &str) -> bool {
        // (each with an "f": see below)
        const DEFINITIONS: [&str; 6] = [" is a form of ", " is a type of ", " is a kind of ", " is defined as ", " is the name of ", " refers to "];
        // Only the Kelvin sign and the dotted capital I lowercase to ASCII
        // letters; without them, lowercasing the ASCII letters alone finds
        // the same phrases.
        if !text.is_ascii() && text.contains(['\u{212A}', '\u{130}']) {
            let lower = text.to_lowercase();
            return DEFINITIONS.iter().any(|d| lower.contains(d));
        }
        // A phrase in the ASCII-lowercased text is the phrase in any ASCII
        // case in the text itself, found without a lower-case copy: every
        // phrase has an "f" ("of", "form", "defined", "refers"), a rare
        // letter, so the phrases are compared only where memchr2 finds an
        // "f" or "F", each starting as far before it as its own first "f".
        const fn first_f(phrase: &str) -> usize {
            let b = phrase.as_bytes();
            let mut i = 0;
            while i < b.len() && b[i] != b'f' {
                i += 1;
            }
            i
        }
        const F_AT: [usize; 6] = [
            first_f(DEFINITIONS[0]),
            first_f(DEFINITIONS[1]),
            first_f(DEFINITIONS[2]),
            first_f(DEFINITIONS[3]),
            first_f(DEFINITIONS[4]),
            first_f(DEFINITIONS[5]),
        ];
        // (checked when compiling: a phrase without an "f" would be missed)
        const _: () = {
            let mut n = 0;
            while n < DEFINITIONS.len() {
                assert!(F_AT[n] < DEFINITIONS[n].len(), "every definition phrase has an f");
                n += 1;
            }
        };
        let b = text.as_bytes();
        memchr::memchr2_iter(b'f', b'F', b).any(|p| {
            DEFINITIONS.iter().zip(F_AT).any(|(d, k)| p >= k && b.get(p - k..p - k + d.len()).is_some_and(|w| w.eq_ignore_ascii_case(d.as_bytes())))
        })
    }

    /// The first implementation of [`is_definition`].
    #[cfg(test)]
    pub(super) fn is_definition_reference(text: &str) -> bool {
        let lower = text.to_lowercase();
        [" is a form of ", " is a type of ", " is a kind of ", " is defined as ", " refers to ", " is the name of "].iter().any(|d| lower.contains(d))
    }
}
