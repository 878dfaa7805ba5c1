//! Resolving relative time expressions against a document date, and the
//! fix text for the dates family (`relative-date`, `missing-year`).
//!
//! Everything here is pure: a [`TimeExpr`] from
//! [`crate::analysis::time::scan`] plus a document date in, an edit out.
//! Edits are `(byte range in the text, replacement)`; an empty range is an
//! insertion.

use std::ops::Range;
use std::sync::LazyLock;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use regex::Regex;

use crate::analysis::time::{
    DateStyle, DayPart, Lead, Reference, Season, TimeExpr, TimeKind, month_from_name,
};

/// What a relative reference points at, given the document date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    Day(Date),
    /// ISO week, by its Monday.
    Week {
        monday: Date,
    },
    /// A weekend, by its Saturday.
    Weekend {
        saturday: Date,
    },
    Month {
        year: i16,
        month: i8,
    },
    Quarter {
        year: i16,
        quarter: i8,
    },
    /// A season; a winter is named by the year of its December.
    Season {
        year: i16,
        season: Season,
    },
    Year(i16),
    YearEnd(i16),
    /// The present: "as of November 2026".
    AsOf {
        year: i16,
        month: i8,
    },
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(m: i8) -> &'static str {
    MONTHS
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("January")
}

fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    let span = jiff::Span::new().try_days(n).ok()?;
    d.checked_add(span).ok()
}

fn month_shift(year: i16, month: i8, n: i32) -> Option<(i16, i8)> {
    let idx = i64::from(year) * 12 + i64::from(month) - 1 + i64::from(n);
    let y = idx.div_euclid(12);
    let m = idx.rem_euclid(12) + 1;
    (-9999..=9999).contains(&y).then_some((y as i16, m as i8))
}

fn season_start(season: Season) -> i8 {
    match season {
        Season::Spring => 3,
        Season::Summer => 6,
        Season::Autumn => 9,
        Season::Winter => 12,
    }
}

/// First and last day of a season instance (winter named by its December).
fn season_bounds(year: i16, season: Season) -> Option<(Date, Date)> {
    let start = Date::new(year, season_start(season), 1).ok()?;
    let end = start
        .checked_add(3.months())
        .ok()?
        .checked_sub(1.day())
        .ok()?;
    Some((start, end))
}

/// Whether `reference` is "last <season>" and the season it resolves to
/// ended less than three months before the document date: "up from 31
/// last summer", written on 8 September, may mean the summer just gone or
/// the one a year before it. The year it resolves to is returned.
pub fn season_just_gone(reference: &Reference, doc_date: Date) -> Option<i16> {
    let Reference::Season { offset: -1, .. } = reference else { return None };
    let Some(Resolved::Season { year, season }) = resolve(reference, doc_date) else { return None };
    let (_, end) = season_bounds(year, season)?;
    (end < doc_date && (doc_date - end).get_days() <= 92).then_some(year)
}

/// Resolve a relative reference against the document date. `None` for
/// [`Reference::Unresolvable`] (and for dates out of range).
pub fn resolve(reference: &Reference, doc_date: Date) -> Option<Resolved> {
    let doc = doc_date;
    let wd = i64::from(doc.weekday().to_monday_zero_offset());
    let monday = add_days(doc, -wd)?;
    Some(match *reference {
        Reference::DayOffset(n) => Resolved::Day(add_days(doc, i64::from(n))?),
        Reference::Weekday {
            weekday,
            forward,
            strict,
        } => {
            let target = i64::from(weekday.to_monday_zero_offset());
            let mut diff = if forward {
                (target - wd).rem_euclid(7)
            } else {
                (wd - target).rem_euclid(7)
            };
            if diff == 0 && strict {
                diff = 7;
            }
            Resolved::Day(add_days(doc, if forward { diff } else { -diff })?)
        }
        Reference::WeekdayOfWeek { weekday, week } => Resolved::Day(add_days(monday, 7 * i64::from(week) + i64::from(weekday.to_monday_zero_offset()))?),
        Reference::Week(n) => Resolved::Week {
            monday: add_days(monday, 7 * i64::from(n))?,
        },
        Reference::Weekend(n) => Resolved::Weekend {
            saturday: add_days(monday, 5 + 7 * i64::from(n))?,
        },
        Reference::RecentWeekend => {
            let saturday = if wd >= 5 {
                add_days(monday, 5)?
            } else {
                add_days(monday, -2)?
            };
            Resolved::Weekend { saturday }
        }
        Reference::Month(n) => {
            let (year, month) = month_shift(doc.year(), doc.month(), n)?;
            Resolved::Month { year, month }
        }
        Reference::Quarter(n) => {
            let q0 = i64::from((doc.month() - 1) / 3);
            let idx = i64::from(doc.year()) * 4 + q0 + i64::from(n);
            let year = i16::try_from(idx.div_euclid(4)).ok()?;
            Resolved::Quarter {
                year,
                quarter: (idx.rem_euclid(4) + 1) as i8,
            }
        }
        Reference::Year(n) => {
            Resolved::Year(i16::try_from(i64::from(doc.year()) + i64::from(n)).ok()?)
        }
        Reference::Season { season, offset } => {
            let y = doc.year();
            let year = match offset {
                // the instance of the writing year (a winter: the one under
                // way, or the coming one)
                0 => {
                    if season == Season::Winter && doc.month() <= 2 {
                        y - 1
                    } else {
                        y
                    }
                }
                // the latest one already over
                o if o < 0 => {
                    let mut year = y;
                    while season_bounds(year, season)?.1 >= doc {
                        year -= 1;
                    }
                    i16::try_from(i64::from(year) + i64::from(o) + 1).ok()?
                }
                // the first one not yet begun
                o => {
                    let mut year = y - 1;
                    while season_bounds(year, season)?.0 <= doc {
                        year += 1;
                    }
                    i16::try_from(i64::from(year) + i64::from(o) - 1).ok()?
                }
            };
            Resolved::Season { year, season }
        }
        Reference::YearEnd => Resolved::YearEnd(doc.year()),
        Reference::Now => Resolved::AsOf {
            year: doc.year(),
            month: doc.month(),
        },
        Reference::Unresolvable => return None,
    })
}

/// The calendar day a reference points at, when it names one day
/// ("yesterday", "on Tuesday", "three days ago", "tonight"); `None` for
/// weeks, months, years and unresolvable references. Used for the bracketed
/// date after a quoted relative word: "yesterday [27 November 2026]".
pub fn resolve_date(reference: &Reference, doc_date: Date) -> Option<Date> {
    match resolve(reference, doc_date)? {
        Resolved::Day(d) => Some(d),
        _ => None,
    }
}

/// "27 November 2026" / "November 27, 2026".
pub fn format_date(date: Date, style: DateStyle) -> String {
    match style {
        DateStyle::DayMonth => format!(
            "{} {} {}",
            date.day(),
            month_name(date.month()),
            date.year()
        ),
        DateStyle::MonthDay => format!(
            "{} {}, {}",
            month_name(date.month()),
            date.day(),
            date.year()
        ),
    }
}

/// "28–29 November 2026", "31 October – 1 November 2026", "November 28–29, 2026".
fn format_range(a: Date, b: Date, style: DateStyle) -> String {
    match (style, a.year() == b.year(), a.month() == b.month()) {
        (DateStyle::DayMonth, true, true) => format!(
            "{}–{} {} {}",
            a.day(),
            b.day(),
            month_name(a.month()),
            a.year()
        ),
        (DateStyle::DayMonth, true, false) => format!(
            "{} {} – {} {} {}",
            a.day(),
            month_name(a.month()),
            b.day(),
            month_name(b.month()),
            a.year()
        ),
        (DateStyle::MonthDay, true, true) => format!(
            "{} {}–{}, {}",
            month_name(a.month()),
            a.day(),
            b.day(),
            a.year()
        ),
        (DateStyle::MonthDay, true, false) => format!(
            "{} {} – {} {}, {}",
            month_name(a.month()),
            a.day(),
            month_name(b.month()),
            b.day(),
            a.year()
        ),
        _ => format!("{} – {}", format_date(a, style), format_date(b, style)),
    }
}

fn ordinal_word(q: i8) -> &'static str {
    match q {
        1 => "first",
        2 => "second",
        3 => "third",
        _ => "fourth",
    }
}

fn part_word(p: DayPart) -> &'static str {
    match p {
        DayPart::Morning => "morning",
        DayPart::Afternoon => "afternoon",
        DayPart::Evening => "evening",
        DayPart::Night => "night",
    }
}

fn season_phrase(year: i16, season: Season) -> String {
    match season {
        Season::Spring => format!("the spring of {year}"),
        Season::Summer => format!("the summer of {year}"),
        Season::Autumn => format!("the autumn of {year}"),
        Season::Winter => format!(
            "the winter of {}–{:02}",
            year,
            (i32::from(year) + 1).rem_euclid(100)
        ),
    }
}

/// `s` with its first letter in upper case.
pub(crate) fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The qualifier of a count of time "ago" ending right before `at` (where
/// the count starts), by where it puts the time: "more than three months
/// ago" is before August 2026, "less than a year ago" after November 2025,
/// "about three weeks ago" around the week of 2 November 2026. Its start,
/// and the word that says so with a date ("before", "after", "around").
/// (Dated as if unqualified, "more than in August 2026" lost the sense and
/// the grammar.)
pub(crate) fn ago_qualifier(text: &str, at: usize) -> Option<(usize, &'static str)> {
    let before = text.get(..at)?.strip_suffix(' ')?;
    let tail_start = crate::document::line_index::floor_char_boundary(before, before.len().saturating_sub(24));
    let tail = before.get(tail_start..)?.to_ascii_lowercase();
    // (longest first: "just over" before "over")
    const QUALIFIERS: [(&str, &str); 24] = [
        ("a little more than", "before"),
        ("a little over", "before"),
        ("almost exactly", "around"),
        ("more or less", "around"),
        ("approximately", "around"),
        ("more than", "before"),
        ("well over", "before"),
        ("just over", "before"),
        ("upwards of", "before"),
        ("at least", "before"),
        ("less than", "after"),
        ("just under", "after"),
        ("fewer than", "after"),
        ("not even", "after"),
        ("close to", "around"),
        ("roughly", "around"),
        ("nearly", "around"),
        ("almost", "around"),
        ("around", "around"),
        ("about", "around"),
        ("under", "after"),
        ("some", "around"),
        ("over", "before"),
        ("circa", "around"),
    ];
    QUALIFIERS.iter().find_map(|&(q, word)| {
        let start = tail.strip_suffix(q)?.len();
        // (a whole word: not the "some" of "handsome")
        let whole = start == 0 && tail_start == 0 || tail.as_bytes().get(start.wrapping_sub(1)).is_some_and(|b| !b.is_ascii_alphanumeric());
        // (not a comparison's "than" after an amount: "about 2,600 more
        // than five years ago", "far fewer than a decade ago")
        let compares = q.ends_with(" than") && {
            let amount = before.get(..tail_start + start).unwrap_or("").trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
            amount.contains(|c: char| c.is_ascii_digit() || c == '%')
                || ["far", "much", "many", "lot", "slightly", "significantly", "considerably", "substantially", "rather", "even", "still", "no", "any", "times", "cent", "percent", "bit", "people", "ones"].iter().any(|w| amount.eq_ignore_ascii_case(w))
        };
        (whole && !compares).then_some((tail_start + start, word))
    })
}

/// The end of a year-less date right before `at`, one space between
/// ("12 March", "March 12", "March"), and whether its month comes first.
fn day_month_before(text: &str, at: usize) -> Option<(usize, bool)> {
    let before = text.get(..at)?.strip_suffix(' ')?;
    let mut words = before.rsplit(' ');
    let last = words.next()?;
    let is_month = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase()) && w.len() >= 3 && !w.ends_with('.') && crate::analysis::time::month_from_name(w).is_some();
    let is_day = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit()) && (w.len() == digits.len() || matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th"))
    };
    if is_month(last) {
        return Some((before.len(), false));
    }
    (is_day(last) && words.next().is_some_and(is_month)).then_some((before.len(), true))
}

/// How the replacement has to fit the words around it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// stands alone: needs its own preposition ("on 27 November 2026")
    Adverbial,
    /// after a preposition or "early"/"mid-"/"late": bare ("27 November 2026")
    Bare,
    /// "yesterday's meeting": a modifier ("the 27 November 2026 meeting")
    Possessive,
}

/// Replacement edit for a relative expression: (byte range in `text` to
/// replace, new text). The range is the expression's core (a leading
/// preposition or modifier stays as written). `None` when the expression
/// cannot be resolved or rewritten grammatically (the caller then offers an
/// unsafe `[DATE]` placeholder).
///
/// `yesterday` -> `on 27 November 2026`, `since yesterday` -> `since 27
/// November 2026`, `on Tuesday` -> `on Tuesday, 24 November 2026`, `this
/// year` -> `in 2026`, `last month` -> `in October 2026`, `currently` -> `as
/// of November 2026`, `by year's end` -> `by the end of 2026`, `yesterday's
/// meeting` -> `the 27 November 2026 meeting`, `Yesterday,` -> `On 27
/// November 2026,` (document date 2026-11-28).
pub fn relative_fix(
    text: &str,
    expr: &TimeExpr,
    doc_date: Date,
    style: DateStyle,
) -> Option<(Range<usize>, String)> {
    let TimeKind::Relative(r) = &expr.kind else {
        return None;
    };
    let core = expr.span.start + r.core.start..expr.span.start + r.core.end;
    let core_text = text.get(core.clone())?;
    // "will be decided over the weekend": the coming weekend (this week's)
    // ("are likely on high ground this weekend", written on a Friday: the
    // weekend about to start, whatever the tense)
    let this_on_a_friday = || doc_date.weekday() == jiff::civil::Weekday::Friday && core_text.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("this "));
    let reference = if r.reference == Reference::RecentWeekend && (r.forward || this_on_a_friday()) { Reference::Weekend(0) } else { r.reference.clone() };
    let resolved = resolve(&reference, doc_date)?;
    // ("more than three months ago" -> "before August 2026": the qualifier
    // goes with the count, and the date takes a word that keeps its sense)
    if core_text.len() > 4
        && core_text.get(core_text.len() - 4..).is_some_and(|w| w.eq_ignore_ascii_case(" ago"))
        && let Some((from, word)) = ago_qualifier(text, core.start)
    {
        // (a bound is the day itself, which a week's or a month's name
        // would shift: "less than two weeks ago" is after 13 November, not
        // after the week of 9 November; what is about right is named as
        // the count names it)
        // (asked only of a bound)
        let day = || match reference {
            Reference::DayOffset(n) => add_days(doc_date, i64::from(n)),
            Reference::Week(n) => add_days(doc_date, 7 * i64::from(n)),
            Reference::Month(n) => doc_date.checked_add(jiff::Span::new().try_months(n).ok()?).ok(),
            Reference::Year(n) => doc_date.checked_add(jiff::Span::new().try_months(n.checked_mul(12)?).ok()?).ok(),
            _ => None,
        };
        let anchor = match resolved {
            _ if word != "around" => format_date(day()?, style),
            Resolved::Day(d) => format_date(d, style),
            Resolved::Week { monday } => format!("the week of {}", format_date(monday, style)),
            Resolved::Month { year, month } => format!("{} {year}", month_name(month)),
            Resolved::Year(year) => year.to_string(),
            _ => return None,
        };
        let new = [word, " ", &anchor].concat();
        let new = if text.get(from..).is_some_and(|t| t.starts_with(char::is_uppercase)) { capitalize(&new) } else { new };
        return Some((from..core.end, new));
    }
    let prefix = text
        .get(expr.span.start..core.start)?
        .trim()
        .to_ascii_lowercase();
    // the sentence goes on after the expression: an appositive date needs
    // its closing comma
    let after = text.get(expr.span.end..).unwrap_or("");
    // "Last year was the warmest", "Yesterday saw the most arrivals": the
    // expression is the sentence's subject, a noun with no preposition
    let next_word = after.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let opens_sentence = text.get(..expr.span.start).is_some_and(|b| {
        let b = b.trim_end_matches([' ', '"', '“', '*', '_']);
        b.is_empty() || b.ends_with(['.', '!', '?', '\n', ':'])
    });
    // ("Is this year different?": the subject of a question, after the
    // verb that opens it)
    let question_subject = || {
        text.get(..expr.span.start).is_some_and(|b| {
            let b = b.trim_end_matches(' ');
            let verb_at = b.char_indices().rev().find(|&(_, c)| !c.is_alphabetic()).map_or(0, |(k, c)| k + c.len_utf8());
            let mut before_verb = b[..verb_at].trim_end_matches([' ', '"', '“', '*', '_']);
            // ("Why is this year different?")
            for wh in ["Why", "How", "What", "When", "Where"] {
                if let Some(rest) = before_verb.strip_suffix(wh) {
                    before_verb = rest.trim_end_matches([' ', '"', '“', '*', '_']);
                    break;
                }
            }
            let verb = &b[verb_at..];
            ["is", "was", "will", "has", "had", "could", "would", "should", "can", "might", "does", "did"].iter().any(|v| verb.eq_ignore_ascii_case(v))
                && (before_verb.is_empty() || before_verb.ends_with(['.', '!', '?', '\n', ':']))
        })
    };
    let subject = r.lead == Lead::None
        && r.reference != Reference::Now
        && after.starts_with(' ')
        && ((opens_sentence && matches!(next_word, "was" | "is" | "were" | "are" | "has" | "had" | "will" | "would" | "saw" | "sees" | "marked" | "marks" | "brought" | "brings" | "proved" | "became" | "remains" | "remained")) || question_subject());
    // ("spent last night at the rest centre": a part of a day as the verb's
    // object; not "Council spending last year rose", nor a year "the money
    // spent last year" was spent in)
    let spent = || r.part.is_some() && ["spent", "spend", "spends"].iter().any(|w| crate::analysis::words_before(text, expr.span.start, 1).eq_ignore_ascii_case(w));
    // ("compared with last year", "up 4% on last year": a preposition
    // before the expression takes the date bare, "compared with 2025"; not
    // "than", which keeps "in": "higher than in 2025")
    let after_preposition = || {
        r.lead == Lead::None && {
            let before = crate::analysis::words_before(text, expr.span.start, 1);
            ["with", "from", "since", "against", "versus", "on", "over"].iter().any(|p| before.eq_ignore_ascii_case(p))
                // ("as soon as next year" -> "as soon as 2027", "as early as
                // next month")
                || before.eq_ignore_ascii_case("as") && ["soon as", "early as", "late as"].iter().any(|p| crate::analysis::words_before(text, expr.span.start, 2).eq_ignore_ascii_case(p))
        }
    };
    let slot = if r.possessive {
        Slot::Possessive
    } else if subject || r.lead == Lead::None && spent() || after_preposition() {
        Slot::Bare
    } else {
        match r.lead {
            Lead::Preposition | Lead::Joined => Slot::Bare,
            Lead::None | Lead::Comparative | Lead::Time => Slot::Adverbial,
        }
    };
    // (a sum goes on too: "the average is now £312")
    // (not a verb: "results like Thursday's showed", the possessive
    // standing for its noun)
    let verb_after = || {
        let mut words = after.get(1..).unwrap_or("").split(|c: char| !c.is_alphanumeric());
        let next = words.next().unwrap_or("");
        // ("Wednesday's show made a good case": "show" the noun, unless
        // what it shows follows: "this year's show a rise")
        let shows = next == "show" && words.next().is_some_and(|w| matches!(w, "that" | "a" | "an" | "how" | "signs" | "no" | "little"));
        shows || matches!(next, "is" | "was" | "were" | "are" | "has" | "had" | "have" | "will" | "would" | "showed" | "shows" | "suggested" | "suggests" | "proved" | "proves")
    };
    let continues = after.starts_with(' ')
        && after[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '£' | '$' | '€'));
    // ("larger than this year's, driven by ...": a possessive standing for
    // its noun, which "the 2026" cannot)
    let apostrophe = if core_text.contains('’') { "’" } else { "'" };
    // (and so does one before a number, which "the 2026" would run into:
    // "This year's 28 selected projects" -> "2026's 28 selected projects")
    let stands_alone = r.possessive && (!continues || verb_after());
    let keeps_its_s = stands_alone || r.possessive && after.get(1..).is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
    let new = match resolved {
        Resolved::Month { year, month } if keeps_its_s => format!("{} {year}{apostrophe}s", month_name(month)),
        Resolved::Year(year) if keeps_its_s => format!("{year}{apostrophe}s"),
        _ if stands_alone => return None,
        Resolved::Day(d) => {
            let date = format_date(d, style);
            if let Reference::Weekday { weekday, .. } | Reference::WeekdayOfWeek { weekday, .. } = r.reference {
                match slot {
                    Slot::Possessive => {
                        if r.part.is_some() {
                            return None;
                        }
                        // (month first, the year is set off before the
                        // noun: "won the November 24, 2026, runoff")
                        if style == DateStyle::MonthDay { format!("the {date},") } else { format!("the {date}") }
                    }
                    _ => {
                        // "last Saturday" -> "on Saturday, 21 November 2026";
                        // a bare "said Tuesday" stays bare
                        let quantified = core_text.split_whitespace().next().is_some_and(|w| {
                            matches!(
                                w.to_ascii_lowercase().as_str(),
                                "last" | "next" | "this" | "the" | "coming" | "past"
                            )
                        });
                        let mut s = if quantified && slot == Slot::Adverbial {
                            "on ".to_string()
                        } else {
                            String::new()
                        };
                        s.push_str(weekday_name(weekday));
                        if let Some(p) = r.part {
                            s.push(' ');
                            s.push_str(part_word(p));
                        }
                        s.push_str(", ");
                        s.push_str(&date);
                        if continues {
                            s.push(',');
                        }
                        s
                    }
                }
            } else {
                match (slot, r.part) {
                    // (month first, the year is set off before the noun:
                    // "won the November 24, 2026, runoff")
                    (Slot::Possessive, _) if style == DateStyle::MonthDay => format!("the {date},"),
                    (Slot::Possessive, _) => format!("the {date}"),
                    (Slot::Bare, None) => date,
                    (Slot::Bare, Some(p)) => format!("the {} of {date}", part_word(p)),
                    (Slot::Adverbial, None) => format!("on {date}"),
                    (Slot::Adverbial, Some(p)) => format!("on the {} of {date}", part_word(p)),
                }
            }
        }
        Resolved::Week { monday } => match slot {
            Slot::Possessive => return None,
            // (or the sentence's subject: "The week of 30 November 2026 marks")
            Slot::Bare if r.lead == Lead::Preposition || subject => {
                format!("the week of {}", format_date(monday, style))
            }
            _ => format!("in the week of {}", format_date(monday, style)),
        },
        Resolved::Weekend { saturday } => {
            let range = format_range(saturday, add_days(saturday, 1)?, style);
            // ("this weekend" told in the past is the weekend just gone,
            // and reads like any other)
            if r.reference == Reference::RecentWeekend && !core_text.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("this ")) {
                // "over the weekend" is kept and dated
                format!("{core_text} of {range}")
            } else {
                match slot {
                    Slot::Possessive => return None,
                    Slot::Bare if r.lead == Lead::Preposition || subject => format!("the weekend of {range}"),
                    _ => format!("on the weekend of {range}"),
                }
            }
        }
        Resolved::Month { year, month } => match slot {
            Slot::Possessive => format!("the {} {year}", month_name(month)),
            Slot::Bare => format!("{} {year}", month_name(month)),
            Slot::Adverbial => format!("in {} {year}", month_name(month)),
        },
        Resolved::Quarter { year, quarter } => match slot {
            Slot::Possessive => format!("the {}-quarter {year}", ordinal_word(quarter)),
            Slot::Bare if r.lead == Lead::Preposition => {
                format!("the {} quarter of {year}", ordinal_word(quarter))
            }
            _ => format!("in the {} quarter of {year}", ordinal_word(quarter)),
        },
        Resolved::Season { year, season } => {
            // (in the writer's word for it: "this fall" -> "in the fall of 2026")
            let phrase = season_phrase(year, season);
            let phrase = if core_text.to_ascii_lowercase().contains("fall") { phrase.replace("autumn", "fall") } else { phrase };
            match slot {
                Slot::Possessive => return None,
                Slot::Bare if r.lead == Lead::Preposition => phrase,
                _ => format!("in {phrase}"),
            }
        }
        // "on 12 March last year": the year joins the date it belongs to
        // ("on 12 March 2025", "on March 12, 2025"), which "on 12 March in
        // 2025" would leave year-less
        Resolved::Year(year) if slot == Slot::Adverbial && r.lead == Lead::None && let Some(date_end) = day_month_before(text, expr.span.start) => {
            // (month first, "March 12", takes a comma)
            let joined = if date_end.1 { format!(", {year}") } else { format!(" {year}") };
            return Some((date_end.0..core.end, joined));
        }
        Resolved::Year(year) => match slot {
            Slot::Possessive => format!("the {year}"),
            Slot::Bare => year.to_string(),
            Slot::Adverbial => format!("in {year}"),
        },
        Resolved::YearEnd(year) => {
            // the phrase includes its preposition: "by year's end"
            let prep = core_text.split_whitespace().next()?;
            format!("{prep} the end of {year}")
        }
        Resolved::AsOf { year, month } => {
            let when = format!("{} {year}", month_name(month));
            match slot {
                Slot::Possessive => return None,
                Slot::Bare => {
                    // "For now, the council has avoided it": for the time
                    // being, as of the writing ("As of November 2026, the
                    // council has avoided it")
                    if prefix == "for" {
                        let as_of = if text[expr.span.start..].starts_with('F') { "As of" } else { "as of" };
                        return Some((expr.span.start..core.end, format!("{as_of} {when}")));
                    }
                    if !matches!(
                        prefix.as_str(),
                        "until"
                            | "till"
                            | "by"
                            | "up to"
                            | "as of"
                            | "since"
                            | "before"
                            | "up until"
                    ) {
                        return None;
                    }
                    when
                }
                Slot::Adverbial => {
                    // Mid-clause ("are currently training") the date reads as an
                    // aside: "are, as of November 2026, training".
                    let before = text.get(..expr.span.start).unwrap_or("");
                    let mid_clause = !r.sentence_start
                        && before.ends_with(' ')
                        && before.trim_end().chars().next_back().is_some_and(char::is_alphanumeric)
                        && continues;
                    // (not before a participle that describes the noun
                    // before it: "Engineers currently working on the lander
                    // are ..." keeps its word, the date in brackets after it)
                    let after = text.get(core.end..).unwrap_or("").trim_start();
                    // (or a past participle: "supplements currently sold in
                    // pharmacies", "heatwaves of the kind now seen")
                    // (the word after, read once for the three tests below)
                    let word_after = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                    let participle = word_after.len() > 4 && (word_after.ends_with("ing") || word_after.ends_with("ed") && !word_after.ends_with("eed"))
                        || matches!(word_after, "seen" | "sold" | "held" | "known" | "made" | "built" | "given" | "taken" | "kept" | "paid" | "shown" | "done" | "written" | "spent" | "run" | "led" | "grown" | "found" | "bought" | "brought" | "thought" | "taught" | "worn" | "drawn" | "set" | "put");
                    let word_before = before.trim_end().rsplit(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').next().unwrap_or("").to_ascii_lowercase();
                    let auxiliary = matches!(word_before.as_str(), "is" | "are" | "was" | "were" | "be" | "been" | "am" | "not" | "still" | "also" | "and" | "or" | "but" | "has" | "have" | "had" | "having" | "get" | "gets" | "got")
                        || ["'re", "’re", "'s", "’s", "'ve", "’ve", "'d", "’d"].iter().any(|e| word_before.ends_with(e));
                    // (or a place or state after a noun: "Many of the
                    // families now in accommodation centres were resettled")
                    let placed = matches!(word_after, "in" | "at" | "on" | "under" | "inside" | "among" | "with" | "without" | "living" | "awaiting");
                    // (or inside a noun phrase: "based on the currently
                    // available information")
                    let in_a_noun_phrase = matches!(word_before.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "these" | "those" | "any" | "all");
                    // (and so after an aside's comma: "The strings, now
                    // numbering 64 players," keeps its word)
                    let after_a_comma = !r.sentence_start && before.trim_end().ends_with(',');
                    // (and before an amount in an aside: "turnover, currently
                    // £8.4m, is" -> "currently (as of November 2026) £8.4m")
                    let amount_in_an_aside = after_a_comma && after.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '£' | '$' | '€'));
                    if (mid_clause || after_a_comma) && (participle || placed || in_a_noun_phrase || amount_in_an_aside) && !auxiliary && !(after_a_comma && placed) {
                        return Some((core.end..core.end, format!(" (as of {when})")));
                    }
                    if mid_clause {
                        return Some((core.start - 1..core.end, format!(", as of {when},")));
                    }
                    // (after an aside's comma, the date is an aside too: "its
                    // scheme, H&W Plus, now has" -> "H&W Plus, as of November
                    // 2026, has")
                    // (not an aside of its own, a noun's or a place's after
                    // the comma: "A former student, now a professor in the
                    // United States," -> "as of November 2026 a professor")
                    let names_a_thing = matches!(
                        word_after,
                        "a" | "an" | "the" | "in" | "at" | "on" | "with" | "part" | "one" | "among" | "based" | "home" | "his" | "her" | "its" | "their"
                    );
                    if !r.sentence_start && before.trim_end().ends_with(',') && continues && !participle && !names_a_thing {
                        return Some((core.clone(), format!("as of {when},")));
                    }
                    // (the term of a comparison: "on the same day as now" ->
                    // "on the same day as in November 2026", not "as as of")
                    if word_before == "as" {
                        return Some((core.clone(), format!("in {when}")));
                    }
                    format!("as of {when}")
                }
            }
        }
    };
    // "started early this year", "issued late last night": "early" and
    // "late" qualify the verb there, so the date keeps its own preposition
    // ("started early in 2026", "issued late on the night of 11 November
    // 2026"; not after another preposition: "by late last year" -> "by late
    // 2025")
    let mut words_before_core = text.get(..core.start).unwrap_or("").split_whitespace().rev();
    let after_early = slot == Slot::Bare && matches!(words_before_core.next(), Some("early" | "late"));
    let qualifies_verb = after_early
        && words_before_core.next().is_some_and(|w| {
            !w.ends_with(['.', '!', '?', ':', '"', '“', '”'])
                && !matches!(w.to_ascii_lowercase().as_str(), "in" | "by" | "until" | "till" | "since" | "from" | "to" | "before" | "after" | "through" | "during" | "of" | "for" | "at" | "on" | "the" | "and" | "or" | "very" | "too" | "as")
        });
    // (a day after "early" or "late" takes "on" whatever comes before,
    // or it reads as the month's start or end: "through early tomorrow" ->
    // "through early on 28 November 2026", not "early 28 November")
    let new = match resolved {
        Resolved::Day(_) if after_early && !matches!(r.reference, Reference::Weekday { .. } | Reference::WeekdayOfWeek { .. }) => format!("on {new}"),
        Resolved::Month { .. } | Resolved::Year(_) | Resolved::Quarter { .. } | Resolved::Season { .. } if qualifies_verb => format!("in {new}"),
        _ => new,
    };
    // (month first, a full date closes with a comma when the sentence goes
    // on: "On November 27, 2026, I signed", as the year after "on
    // October 3" gets)
    let closes_with_comma = style == DateStyle::MonthDay
        && continues
        && slot != Slot::Possessive
        && matches!(resolved, Resolved::Day(_) | Resolved::Week { .. } | Resolved::Weekend { .. })
        && new.ends_with(|c: char| c.is_ascii_digit());
    let new = if closes_with_comma { new + "," } else { new };
    // ("Ofwat has today fined": between an auxiliary and its verb the day
    // is an aside, "has, on 27 November 2026, fined")
    let before = text.get(..core.start).unwrap_or("");
    let after_auxiliary = before.ends_with(' ')
        && matches!(before.trim_end().rsplit(' ').next().map(str::to_ascii_lowercase).as_deref(), Some("has" | "have" | "had" | "will" | "would"));
    if after_auxiliary && continues && slot == Slot::Adverbial && matches!(resolved, Resolved::Day(_)) && new.starts_with("on ") {
        return Some((core.start - 1..core.end, format!(", {},", new.trim_end_matches(','))));
    }
    let new = if r.sentence_start
        && expr.span.start == core.start
        && core_text.starts_with(|c: char| c.is_uppercase())
    {
        capitalize(&new)
    } else {
        new
    };
    // (a year does not run into the number after it: "So far 620
    // volunteers" -> "As of November 2026, 620 volunteers")
    // (and an opening "As of ..." closes with a comma before its clause:
    // "Currently the Drina is" -> "As of November 2026, the Drina is")
    let opens_with_as_of = new.starts_with("As of ") && text.get(core.end..).is_some_and(|rest| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_alphabetic)));
    let new = if slot != Slot::Possessive && new.ends_with(|c: char| c.is_ascii_digit()) && (opens_with_as_of || text.get(core.end..).is_some_and(|rest| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))) { new + "," } else { new };
    Some((core, new))
}

fn is_leap(y: i16) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The year a date that names its weekday ("Monday 13 October", "Friday,
/// 17 October") must be in: of the document's year and the ones either side,
/// the nearest to the document date whose day falls on that weekday. None
/// without a weekday or a day, or when the weekday fits none of them.
fn named_weekday_year(text: &str, expr: &TimeExpr, month: i8, day: Option<i8>, doc_date: Date) -> Option<i16> {
    let day = day?;
    // The weekday is in the span or among the two words before it.
    let before = crate::analysis::words_before(text, expr.span.start, 2);
    let words = text.get(expr.span.clone())?.split(|c: char| !c.is_alphabetic()).chain(before.split(|c: char| !c.is_alphabetic()));
    let weekday = words.filter_map(weekday_named).next()?;
    let y = doc_date.year();
    [y, y - 1, y + 1]
        .into_iter()
        .filter_map(|year| Date::new(year, month, day).ok())
        .filter(|d| d.weekday() == weekday)
        .min_by_key(|d| doc_date.until(*d).map(|span| span.get_days().unsigned_abs()).unwrap_or(u32::MAX))
        .map(|d| d.year())
}

/// The weekday a word names in full ("Tuesday", any case).
pub(crate) fn weekday_named(word: &str) -> Option<Weekday> {
    (1..=7).filter_map(|n| Weekday::from_monday_one_offset(n).ok()).find(|&w| weekday_name(w).eq_ignore_ascii_case(word))
}

/// Year for a year-less date: the most recent such date on or before
/// `doc_date`; `forward` (explicitly future context such as "will meet on 3
/// October") gives the next one on or after, unless the day is one of the five
/// before `doc_date`. A month without a day counts
/// as the whole month. 29 February goes to the nearest leap year.
pub fn complete_year(month: i8, day: Option<i8>, doc_date: Date, forward: bool) -> i16 {
    let y = doc_date.year();
    let here = (doc_date.month(), day.map(|_| doc_date.day()).unwrap_or(0));
    let there = (month, day.unwrap_or(0));
    if month == 2 && day == Some(29) {
        let mut year = y;
        for _ in 0..8 {
            let ok = is_leap(year)
                && if forward {
                    year > y || there >= here
                } else {
                    year < y || there <= here
                };
            if ok {
                return year;
            }
            year = if forward {
                year.saturating_add(1)
            } else {
                year.saturating_sub(1)
            };
        }
        return y;
    }
    // (a day of the last few is that day, whatever the clause says of it:
    // "the government's budget on 26 November would put money back",
    // written on 27 November; nobody names a day a year ahead so)
    let days_ago = || day.and_then(|d| Date::new(y, month, d).ok()).and_then(|d| d.until(doc_date).ok()).map(|span| span.get_days());
    if forward {
        if there >= here || days_ago().is_some_and(|n| (1..=5).contains(&n)) {
            y
        } else {
            y.saturating_add(1)
        }
    } else if there <= here {
        y
    } else {
        y.saturating_sub(1)
    }
}

/// The prepositions a month named from the writing keeps before it ("from
/// next April" -> "from April 2027").
const MONTH_PREPOSITIONS: [&str; 11] = ["in", "since", "until", "by", "from", "during", "before", "after", "through", "till", "to"];

/// Edit adding the year to a year-less date: "3 October" -> insert " 2024";
/// "October 3" -> ", 2024" (", 2024," when the sentence goes on); "in June"
/// -> " 2024". "last September" / "next June" are rewritten whole:
/// "September 2025" (with "in" unless a preposition precedes).
pub fn missing_year_fix(
    text: &str,
    expr: &TimeExpr,
    doc_date: Date,
    forward: bool,
) -> Option<(Range<usize>, String)> {
    year_fix(text, expr, doc_date, forward, None)
}

/// A year-less date in a clause that looks ahead whose named weekday fits
/// only a year before the document date ("will meet on
/// Tuesday, 9 December", written on 27 November 2026: 9 December is a
/// Tuesday in 2025, a Wednesday in 2026). The weekday or the day is wrong,
/// and which one is the writer's call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekdayClash {
    /// The year in which the date falls on its weekday.
    pub weekday_year: i16,
    /// The year the clause's direction gives.
    pub direction_year: i16,
    /// The date in `direction_year`, and its weekday.
    pub direction_date: Date,
    /// How the date is written, to write `direction_date` the same way.
    pub style: DateStyle,
}

/// The [`WeekdayClash`] of a year-less date in a clause that looks ahead:
/// one whose weekday puts it before `doc_date`.
pub fn weekday_clash(text: &str, expr: &TimeExpr, doc_date: Date) -> Option<WeekdayClash> {
    let TimeKind::MissingYear { month, day: Some(day), style } = expr.kind else { return None };
    let weekday_year = named_weekday_year(text, expr, month, Some(day), doc_date)?;
    if Date::new(weekday_year, month, day).ok()? >= doc_date {
        return None;
    }
    let direction_year = complete_year(month, Some(day), doc_date, true);
    let direction_date = Date::new(direction_year, month, day).ok()?;
    (direction_year != weekday_year).then_some(WeekdayClash { weekday_year, direction_year, direction_date, style })
}

/// [`missing_year_fix`] writing `year` instead of the one the document date
/// and the clause's direction give.
pub fn missing_year_fix_in(text: &str, expr: &TimeExpr, doc_date: Date, year: i16) -> Option<(Range<usize>, String)> {
    year_fix(text, expr, doc_date, false, Some(year))
}

/// The weekday's name, as the fixes write it.
pub fn weekday_of(date: Date) -> &'static str {
    weekday_name(date.weekday())
}

fn year_fix(text: &str, expr: &TimeExpr, doc_date: Date, forward: bool, year: Option<i16>) -> Option<(Range<usize>, String)> {
    let TimeKind::MissingYear { month, day, style } = expr.kind else {
        return None;
    };
    let span_text = text.get(expr.span.clone())?;
    // "what January's rise means": the year goes before the possessive
    // ("January 2027's rise")
    let possessive = ["'s", "’s"].into_iter().find(|p| span_text.ends_with(p));
    let mut words = span_text.split_whitespace().map(str::to_ascii_lowercase);
    let first = words.next().unwrap_or_default();
    // ("from next April": the preposition is kept, the rest rewritten:
    // "from April 2027")
    let (first, prep_len) = match words.next() {
        Some(second) if matches!(second.as_str(), "last" | "next" | "this" | "past") && MONTH_PREPOSITIONS.contains(&first.as_str()) => (second, span_text.find(' ').map_or(0, |sp| sp + 1)),
        _ => (first, 0),
    };
    if day.is_none() && matches!(first.as_str(), "last" | "next" | "this" | "past") {
        let (dy, dm) = (doc_date.year(), doc_date.month());
        let year = match first.as_str() {
            "last" | "past" => {
                if month < dm {
                    dy
                } else {
                    dy - 1
                }
            }
            "next" => {
                if month > dm {
                    dy
                } else {
                    dy + 1
                }
            }
            _ => dy,
        };
        let start = expr.span.start + prep_len;
        let before = text.get(..start)?.trim_end();
        let prev_word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let has_prep = prev_word == "of" || MONTH_PREPOSITIONS.contains(&prev_word.as_str());
        // (a possessive is a noun's modifier, no adverb: "Last April's
        // storm" -> "April 2026's storm")
        let mut new = if has_prep || possessive.is_some() {
            format!("{} {year}", month_name(month))
        } else {
            format!("in {} {year}", month_name(month))
        };
        if text[start..].starts_with(|c: char| c.is_uppercase()) {
            new = capitalize(&new);
        }
        // ("in last April's storm" -> "in April 2026's storm")
        if let Some(possessive) = possessive {
            new.push_str(possessive);
        }
        return Some((start..expr.span.end, new));
    }
    let year = year.or_else(|| named_weekday_year(text, expr, month, day, doc_date)).unwrap_or_else(|| complete_year(month, day, doc_date, forward));
    let mut at = expr.span.end;
    // "on Sunday night (March 4)": the year goes inside the brackets
    let bracketed = span_text.ends_with(')');
    if bracketed {
        at -= 1;
    }
    if let Some(possessive) = possessive {
        at -= possessive.len();
    }
    let new = match (style, day) {
        (DateStyle::MonthDay, Some(_)) if bracketed => format!(", {year}"),
        (DateStyle::MonthDay, Some(_)) => {
            let after = text.get(at..).unwrap_or("");
            let continues = after.starts_with(' ')
                && after[1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric());
            if continues {
                format!(", {year},")
            } else {
                format!(", {year}")
            }
        }
        _ => format!(" {year}"),
    };
    Some((at..at, new))
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ^\s*(?:[*_]+\s*)?
        [\p{Lu}][\p{L}.'’\-]*(?:\s+[\p{L}.'’\-]+){0,3}          # place
        (?:,\s*[\p{Lu}][\p{L}.'’\-]*(?:\s+[\p{L}.'’\-]+){0,2}){0,2}  # region, country
        (?:,\s+|\s*\()                                          # comma, or the date in brackets: ZURICH (Nov 27) -
        (?:[A-Z][a-z]{2,8}\.?,?\s+)?                             # weekday
        (?:
            (?P<m1>[A-Z][a-z]{2,8})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?
          | (?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[A-Z][a-z]{2,8})\.?
        )
        (?:,?\s+(?P<y>\d{4}))?
        \)?                                                      # (the bracket's close)
        \s*(?:\([^)]{1,40}\))?
        \s*(?:[-–—:]|$)
        ",
    )
    .expect("dateline regex")
});

/// Whether [`DATELINE`] can match `head` with an ASCII day number (which
/// `parse_dateline` needs), so that most reports never build or run it: a
/// capital first, then somewhere `,` and white space, an optional weekday,
/// and a day number or a month name, white space and a day number.
fn may_be_dateline(head: &str) -> bool {
    let b = head.as_bytes();
    let starts_capital = head.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_').chars().next().is_some_and(char::is_uppercase);
    // End of `[A-Z][a-z]{2,8}` at `i`.
    let word = |i: usize| -> Option<usize> {
        b.get(i).filter(|c| c.is_ascii_uppercase())?;
        let n = b[i + 1..].iter().take_while(|c| c.is_ascii_lowercase()).count();
        (2..=8).contains(&n).then_some(i + 1 + n)
    };
    // End of `\s+` at `i`.
    let space = |i: usize| -> Option<usize> {
        let n: usize = head.get(i..)?.chars().take_while(|c| c.is_whitespace()).map(char::len_utf8).sum();
        (n > 0).then_some(i + n)
    };
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let skip = |i: usize, c: u8| if b.get(i) == Some(&c) { i + 1 } else { i };
    // A day number, or a month name, an optional period, white space and a day number.
    let date = |i: usize| digit(i) || word(i).and_then(|e| space(skip(e, b'.'))).is_some_and(digit);
    // (or an opening bracket with the date in it: "ZURICH (Nov 27) -")
    starts_capital
        && (memchr::memchr_iter(b',', b).any(|c| {
            space(c + 1).is_some_and(|i| date(i) || word(i).and_then(|e| space(skip(skip(e, b'.'), b','))).is_some_and(date))
        }) || memchr::memchr(b'(', b).is_some_and(|o| date(o + 1)))
}

/// A wire dateline at the start of a report: "KYIV, Oct 3 (Reuters) -",
/// "WASHINGTON, October 3, 2024 —": (month, day, optional year).
pub fn parse_dateline(first_paragraph: &str) -> Option<(i8, i8, Option<i16>)> {
    find_dateline(first_paragraph).map(|d| (d.month, d.day, d.year))
}

/// A wire dateline's date, and where the dateline ends in its paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    pub month: i8,
    pub day: i8,
    pub year: Option<i16>,
    /// Byte offset just past the dateline (its dash included).
    pub end: usize,
}

/// [`parse_dateline`], with the dateline's extent.
pub fn find_dateline(first_paragraph: &str) -> Option<Dateline> {
    let head: &str = match first_paragraph.char_indices().nth(160) {
        Some((i, _)) => &first_paragraph[..i],
        None => first_paragraph,
    };
    if !may_be_dateline(head) {
        return None;
    }
    let c = DATELINE.captures(head)?;
    let (m, d) = match (c.name("m1"), c.name("d1"), c.name("m2"), c.name("d2")) {
        (Some(m), Some(d), _, _) | (_, _, Some(m), Some(d)) => (m.as_str(), d.as_str()),
        _ => return None,
    };
    let month = month_from_name(m)?;
    let day: i8 = d.parse().ok()?;
    let max = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if !(1..=max).contains(&day) {
        return None;
    }
    let year = c.name("y").and_then(|y| y.as_str().parse::<i16>().ok());
    Some(Dateline { month, day, year, end: c.get(0).map_or(0, |m| m.end()) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::time::scan;
    use jiff::civil::date;

    const DM: DateStyle = DateStyle::DayMonth;
    const MD: DateStyle = DateStyle::MonthDay;

    /// Apply the relative fix to the first relative expression of `text`.
    fn fix(text: &str, doc: Date, style: DateStyle) -> Option<String> {
        let exprs = scan(text, 0..text.len());
        let e = exprs
            .iter()
            .find(|e| matches!(e.kind, TimeKind::Relative(_)))
            .unwrap_or_else(|| panic!("no relative expression in {text:?}: {exprs:?}"));
        let (range, new) = relative_fix(text, e, doc, style)?;
        Some(format!(
            "{}{}{}",
            &text[..range.start],
            new,
            &text[range.end..]
        ))
    }

    fn fix_my(text: &str, doc: Date, forward: bool) -> String {
        let exprs = scan(text, 0..text.len());
        let e = exprs
            .iter()
            .find(|e| matches!(e.kind, TimeKind::MissingYear { .. }))
            .unwrap_or_else(|| panic!("no missing-year date in {text:?}: {exprs:?}"));
        let (range, new) = missing_year_fix(text, e, doc, forward).expect("fix");
        format!("{}{}{}", &text[..range.start], new, &text[range.end..])
    }

    #[test]
    fn an_ago_qualifier_is_a_whole_word_before_the_count() {
        assert_eq!(ago_qualifier("set up more than two", 17), Some((7, "before")));
        assert_eq!(ago_qualifier("set up just over a", 17), Some((7, "before")));
        assert_eq!(ago_qualifier("Less than a", 10), Some((0, "after")));
        assert_eq!(ago_qualifier("the handsome two", 13), None);
        assert_eq!(ago_qualifier("only three", 5), None);
        assert_eq!(ago_qualifier("about 2,600 more than five", 22), None);
        assert_eq!(ago_qualifier("far fewer than a", 15), None);
    }

    #[test]
    fn a_full_date_month_first_closes_with_a_comma_when_the_sentence_goes_on() {
        let d = date(2026, 11, 27);
        assert_eq!(fix("Today I signed the bill.", d, MD).as_deref(), Some("On November 27, 2026, I signed the bill."));
        assert_eq!(fix("She resigned last night and left.", d, MD).as_deref(), Some("She resigned on the night of November 26, 2026, and left."));
        assert_eq!(fix("Today is a good day.", d, MD).as_deref(), Some("November 27, 2026, is a good day."));
        // (not at the sentence's end, nor day first)
        assert_eq!(fix("She resigned yesterday.", d, MD).as_deref(), Some("She resigned on November 26, 2026."));
        assert_eq!(fix("Today I signed the bill.", d, DM).as_deref(), Some("On 27 November 2026 I signed the bill."));
        // (the season in the writer's word for it)
        assert_eq!(fix("Hiring slowed earlier this fall.", d, MD).as_deref(), Some("Hiring slowed earlier in the fall of 2026."));
    }

    #[test]
    fn a_day_between_an_auxiliary_and_its_verb_is_an_aside() {
        let d = date(2026, 11, 27);
        assert_eq!(fix("Ofwat has today fined the company.", d, DM).as_deref(), Some("Ofwat has, on 27 November 2026, fined the company."));
        assert_eq!(fix("Ofwat has today fined the company.", d, MD).as_deref(), Some("Ofwat has, on November 27, 2026, fined the company."));
        assert_eq!(fix("The court will tomorrow decide the case.", d, DM).as_deref(), Some("The court will, on 28 November 2026, decide the case."));
        // (not after its verb)
        assert_eq!(fix("The council has decided today.", d, DM).as_deref(), Some("The council has decided on 27 November 2026."));
    }

    #[test]
    fn relative_fixes() {
        // 2026-11-28 is a Saturday
        let d = date(2026, 11, 28);
        let cases: &[(&str, Date, DateStyle, &str)] = &[
            ("He left yesterday.", d, DM, "He left on 27 November 2026."),
            (
                "He left since yesterday.",
                d,
                DM,
                "He left since 27 November 2026.",
            ),
            (
                "Yesterday, he left.",
                d,
                DM,
                "On 27 November 2026, he left.",
            ),
            (
                "Yesterday's meeting was short.",
                d,
                DM,
                "The 27 November 2026 meeting was short.",
            ),
            // a possessive standing for its noun keeps its "'s"
            ("The budget is 4.1% larger than this year's, driven by pay.", d, DM, "The budget is 4.1% larger than 2026's, driven by pay."),
            ("Sales beat last month’s.", d, DM, "Sales beat October 2026’s."),
            // the expression as the subject takes no preposition
            ("Last year was the warmest.", d, DM, "2025 was the warmest."),
            // (a week or weekend as the subject, the verb in the present)
            ("Next week marks the anniversary.", d, DM, "The week of 30 November 2026 marks the anniversary."),
            ("Next weekend brings the first snow.", d, DM, "The weekend of 5–6 December 2026 brings the first snow."),
            // (and so does the subject of a question)
            ("Is this year different? Okafor is cautious.", d, DM, "Is 2026 different? Okafor is cautious."),
            ("Why is this year different?", d, DM, "Why is 2026 different?"),
            ("Prices rose. It is this year that counts.", d, DM, "Prices rose. It is in 2026 that counts."),
            // ... and a part of a day as the object of "spent"
            ("Around 90 people spent last night at the rest centre.", d, DM, "Around 90 people spent the night of 27 November 2026 at the rest centre."),
            ("Council spending last year rose 4%.", d, DM, "Council spending in 2025 rose 4%."),
            // "next door" is a place; a warning in force from a day is to come
            ("He said he had spoken to the family next door on Monday.", d, DM, "He said he had spoken to the family next door on Monday, 23 November 2026."),
            ("The Met Office has issued a yellow warning from 6am on Friday until midnight.", d, DM, "The Met Office has issued a yellow warning from 6am on Friday, 4 December 2026, until midnight."),
            // an adjective after "every" is no past tense; a plain form after "and" is a timetable
            ("The company said it would write to every affected household by Friday.", d, DM, "The company said it would write to every affected household by Friday, 4 December 2026."),
            ("Markets close at 4.30pm and reopen at 8am on Monday.", d, DM, "Markets close at 4.30pm and reopen at 8am on Monday, 30 November 2026."),
            // (an event in the present, its hour before its day: 2026-11-25 is a Wednesday)
            ("Kick-off is at 3pm on Saturday at Twickenham.", date(2026, 11, 25), DM, "Kick-off is at 3pm on Saturday, 28 November 2026, at Twickenham."),
            ("The deadline is midnight on Sunday.", date(2026, 11, 25), DM, "The deadline is midnight on Sunday, 29 November 2026."),
            ("Kick-off was at 3pm on Saturday.", date(2026, 11, 25), DM, "Kick-off was at 3pm on Saturday, 21 November 2026."),
            // told in the past, "this weekend" is the one just gone (2026-11-25 is a Wednesday)
            ("Gullwing returned to the dunes this weekend.", date(2026, 11, 25), DM, "Gullwing returned to the dunes on the weekend of 21–22 November 2026."),
            ("The festival runs this weekend.", date(2026, 11, 25), DM, "The festival runs on the weekend of 28–29 November 2026."),
            ("Gullwing returned to the dunes this weekend.", d, DM, "Gullwing returned to the dunes on the weekend of 28–29 November 2026."),
            // a year after a year-less date joins it
            ("He struck her on 12 March last year when he was driving.", d, DM, "He struck her on 12 March 2025 when he was driving."),
            ("It opened on March 12 last year, officials said.", d, MD, "It opened on March 12, 2025, officials said."),
            // (month first, a day before its noun sets off its year)
            ("Alvarado won Tuesday's runoff.", d, MD, "Alvarado won the November 24, 2026, runoff."),
            // (a day after "early" takes "on"; a year's possessive before a number keeps its "'s")
            ("They need a way through early tomorrow.", d, DM, "They need a way through early on 29 November 2026."),
            ("This year's 28 projects compete.", d, DM, "2026's 28 projects compete."),
            // ("a week ago" is the day a week back; "Recently" before a perfect is "Since")
            ("The plant closed a week ago.", d, DM, "The plant closed on 21 November 2026."),
            ("The ballot runs from 1 March to 31 March next year.", d, DM, "The ballot runs from 1 March to 31 March 2027."),
            ("It opened in March last year.", d, DM, "It opened in March 2025."),
            ("Yesterday was the busiest day.", d, DM, "27 November 2026 was the busiest day."),
            (
                "After yesterday's meeting he left.",
                d,
                DM,
                "After the 27 November 2026 meeting he left.",
            ),
            ("He left yesterday.", d, MD, "He left on November 27, 2026."),
            ("It opens tomorrow.", d, DM, "It opens on 29 November 2026."),
            ("It opens today.", d, DM, "It opens on 28 November 2026."),
            (
                "It fell 2% earlier today.",
                d,
                DM,
                "It fell 2% earlier on 28 November 2026.",
            ),
            (
                "It fell at 16:00 UTC today.",
                d,
                DM,
                "It fell at 16:00 UTC on 28 November 2026.",
            ),
            (
                "He spoke tonight.",
                d,
                DM,
                "He spoke on the night of 28 November 2026.",
            ),
            (
                "Rebels attacked last night.",
                d,
                DM,
                "Rebels attacked on the night of 27 November 2026.",
            ),
            (
                "He spoke yesterday afternoon.",
                d,
                DM,
                "He spoke on the afternoon of 27 November 2026.",
            ),
            (
                "He spoke this morning.",
                d,
                DM,
                "He spoke on the morning of 28 November 2026.",
            ),
            (
                "It closed three days ago.",
                d,
                DM,
                "It closed on 25 November 2026.",
            ),
            (
                "It closed the day before yesterday.",
                d,
                DM,
                "It closed on 26 November 2026.",
            ),
            (
                "The strike began on Tuesday.",
                d,
                DM,
                "The strike began on Tuesday, 24 November 2026.",
            ),
            (
                "The strike began on Tuesday.",
                d,
                MD,
                "The strike began on Tuesday, November 24, 2026.",
            ),
            (
                "The strike began on Saturday.",
                d,
                DM,
                "The strike began on Saturday, 28 November 2026.",
            ),
            (
                "The strike began on Sunday.",
                d,
                DM,
                "The strike began on Sunday, 22 November 2026.",
            ),
            (
                "The strike began last Saturday.",
                d,
                DM,
                "The strike began on Saturday, 21 November 2026.",
            ),
            (
                "Apple said Tuesday that sales rose.",
                d,
                MD,
                "Apple said Tuesday, November 24, 2026, that sales rose.",
            ),
            (
                "The council will vote on Tuesday.",
                d,
                DM,
                "The council will vote on Tuesday, 1 December 2026.",
            ),
            (
                "The vote is next Saturday.",
                d,
                DM,
                "The vote is on Saturday, 5 December 2026.",
            ),
            (
                "I went back the next Tuesday night and it was empty.",
                d,
                DM,
                "I went back on Tuesday night, 1 December 2026, and it was empty.",
            ),
            (
                "Police came on Tuesday night.",
                d,
                DM,
                "Police came on Tuesday night, 24 November 2026.",
            ),
            (
                "Tuesday's vote was close.",
                d,
                DM,
                "The 24 November 2026 vote was close.",
            ),
            ("Sales rose this year.", d, DM, "Sales rose in 2026."),
            ("This year, sales rose.", d, DM, "In 2026, sales rose."),
            ("Sales fell last year.", d, DM, "Sales fell in 2025."),
            (
                "Sales will rise next year.",
                d,
                DM,
                "Sales will rise in 2027.",
            ),
            (
                "Early next year the plant opens.",
                d,
                DM,
                "Early 2027 the plant opens.",
            ),
            // "early" and "late" qualifying the verb keep the date's preposition
            (
                "Work started early this year.",
                d,
                DM,
                "Work started early in 2026.",
            ),
            (
                "The union issued a statement late last night.",
                d,
                DM,
                "The union issued a statement late on the night of 27 November 2026.",
            ),
            (
                "The rate will rise by late next year.",
                d,
                DM,
                "The rate will rise by late 2027.",
            ),
            (
                "Prices rose by the end of this year.",
                d,
                DM,
                "Prices rose by the end of 2026.",
            ),
            (
                "This year's festival was big.",
                d,
                DM,
                "The 2026 festival was big.",
            ),
            (
                "The theme of this years festival is the pig.",
                d,
                DM,
                "The theme of the 2026 festival is the pig.",
            ),
            (
                "Prices fell last month.",
                d,
                DM,
                "Prices fell in October 2026.",
            ),
            (
                "Prices fell since last month.",
                d,
                DM,
                "Prices fell since October 2026.",
            ),
            (
                "Prices rose earlier this month.",
                d,
                DM,
                "Prices rose earlier in November 2026.",
            ),
            (
                "Last month's report was bad.",
                d,
                DM,
                "The October 2026 report was bad.",
            ),
            (
                "The deal closes by year's end.",
                d,
                DM,
                "The deal closes by the end of 2026.",
            ),
            (
                "The deal closes by year end.",
                d,
                DM,
                "The deal closes by the end of 2026.",
            ),
            (
                "The deal closes by the end of the year.",
                d,
                DM,
                "The deal closes by the end of 2026.",
            ),
            (
                "She is currently the head.",
                d,
                DM,
                "She is, as of November 2026, the head.",
            ),
            // (before a participle that describes the noun before it)
            ("Engineers currently working on it are confident.", d, DM, "Engineers currently (as of November 2026) working on it are confident."),
            ("Prices are currently rising.", d, DM, "Prices are, as of November 2026, rising."),
            (
                "The firm now has 300 staff.",
                d,
                DM,
                "The firm, as of November 2026, has 300 staff.",
            ),
            ("Many of the families now in shelters were resettled.", d, DM, "Many of the families now (as of November 2026) in shelters were resettled."),
            ("So far 620 volunteers have registered.", d, DM, "As of November 2026, 620 volunteers have registered."),
            ("It is based on the currently available information.", d, DM, "It is based on the currently (as of November 2026) available information."),
            // (an aside of a noun or a place after the comma)
            ("A former student, now a professor in Ohio, recalled it.", d, DM, "A former student, as of November 2026 a professor in Ohio, recalled it."),
            ("Hopwell expects turnover, currently £8.4m, to reach £20m.", d, DM, "Hopwell expects turnover, currently (as of November 2026) £8.4m, to reach £20m."),
            ("Its best-known painting, now in a gallery of its own, is back.", d, DM, "Its best-known painting, as of November 2026 in a gallery of its own, is back."),
            ("The strings, now numbering 64 players, were superb.", d, DM, "The strings, now (as of November 2026) numbering 64 players, were superb."),
            (
                "Until now, nobody knew.",
                d,
                DM,
                "Until November 2026, nobody knew.",
            ),
            (
                "At present there is no plan.",
                d,
                DM,
                "As of November 2026, there is no plan.",
            ),
            (
                "Talks stalled last week.",
                d,
                DM,
                "Talks stalled in the week of 16 November 2026.",
            ),
            (
                "Talks stalled earlier this week.",
                d,
                MD,
                "Talks stalled earlier in the week of November 23, 2026.",
            ),
            (
                "Shops were busy this weekend.",
                d,
                DM,
                "Shops were busy on the weekend of 28–29 November 2026.",
            ),
            (
                "It fell over the weekend.",
                d,
                DM,
                "It fell over the weekend of 28–29 November 2026.",
            ),
            (
                "Output fell last quarter.",
                d,
                DM,
                "Output fell in the third quarter of 2026.",
            ),
            (
                "It was hot last summer.",
                d,
                DM,
                "It was hot in the summer of 2026.",
            ),
            (
                "The pact was signed 20 years ago.",
                d,
                DM,
                "The pact was signed in 2006.",
            ),
            (
                "It changed two months ago.",
                d,
                DM,
                "It changed in September 2026.",
            ),
        ];
        for (text, doc, style, want) in cases {
            assert_eq!(
                fix(text, *doc, *style).as_deref(),
                Some(*want),
                "fixing {text:?}"
            );
        }
    }

    /// Callers scan a block slice and shift `span` into file coordinates;
    /// `core` is relative to `span`, so the fix still lands right.
    #[test]
    fn fix_after_shifting_spans() {
        let doc = "# Title\n\nThe strike began on Tuesday night.";
        let start = doc.find("The").unwrap();
        let slice = &doc[start..];
        let mut e = scan(slice, 0..slice.len()).remove(0);
        e.span = e.span.start + start..e.span.end + start;
        let (r, new) = relative_fix(doc, &e, date(2026, 11, 28), DM).unwrap();
        assert_eq!(&doc[r.clone()], "Tuesday night");
        assert_eq!(new, "Tuesday night, 24 November 2026");
    }

    #[test]
    fn weekday_arithmetic_across_ends() {
        // 2027-01-01 is a Friday
        let ny = date(2027, 1, 1);
        assert_eq!(
            fix("It began on Tuesday.", ny, DM).unwrap(),
            "It began on Tuesday, 29 December 2026."
        );
        assert_eq!(
            fix("It began on Thursday.", ny, MD).unwrap(),
            "It began on Thursday, December 31, 2026."
        );
        assert_eq!(
            fix("It will begin on Monday.", ny, DM).unwrap(),
            "It will begin on Monday, 4 January 2027."
        );
        assert_eq!(
            fix("It began yesterday.", ny, DM).unwrap(),
            "It began on 31 December 2026."
        );
        assert_eq!(
            fix("It fell last month.", ny, DM).unwrap(),
            "It fell in December 2026."
        );
        assert_eq!(
            fix("It will close next month.", date(2026, 12, 15), DM).unwrap(),
            "It will close in January 2027."
        );
        assert_eq!(
            fix("Talks stalled last week.", ny, DM).unwrap(),
            "Talks stalled in the week of 21 December 2026."
        );
        // month end: 2026-03-01 is a Sunday
        assert_eq!(
            fix("It began on Friday.", date(2026, 3, 1), DM).unwrap(),
            "It began on Friday, 27 February 2026."
        );
        // leap day: 2024-03-01 is a Friday
        assert_eq!(
            fix("It began on Thursday.", date(2024, 3, 1), DM).unwrap(),
            "It began on Thursday, 29 February 2024."
        );
        assert_eq!(
            fix("It began yesterday.", date(2024, 3, 1), DM).unwrap(),
            "It began on 29 February 2024."
        );
        assert_eq!(
            fix("It began yesterday.", date(2023, 3, 1), DM).unwrap(),
            "It began on 28 February 2023."
        );
        assert_eq!(
            fix("It opens tomorrow.", date(2024, 2, 28), MD).unwrap(),
            "It opens on February 29, 2024."
        );
        assert_eq!(
            fix("Output fell last quarter.", date(2026, 2, 10), DM).unwrap(),
            "Output fell in the fourth quarter of 2025."
        );
        assert_eq!(
            fix("Shops open late this weekend.", date(2026, 10, 28), DM).unwrap(),
            "Shops open late on the weekend of 31 October – 1 November 2026."
        );
        assert_eq!(
            fix("Shops open late this weekend.", date(2026, 10, 28), MD).unwrap(),
            "Shops open late on the weekend of October 31 – November 1, 2026."
        );
        assert_eq!(
            fix("Shops were busy over the weekend.", date(2026, 11, 30), DM).unwrap(),
            "Shops were busy over the weekend of 28–29 November 2026."
        );
    }

    #[test]
    fn resolver_table() {
        use Reference as R;
        let d = date(2026, 11, 28); // Saturday
        let w = |weekday, forward, strict| R::Weekday {
            weekday,
            forward,
            strict,
        };
        let cases: Vec<(R, Date, Resolved)> = vec![
            (R::DayOffset(-1), d, Resolved::Day(date(2026, 11, 27))),
            (R::DayOffset(4), d, Resolved::Day(date(2026, 12, 2))),
            (
                R::DayOffset(-366),
                date(2024, 12, 31),
                Resolved::Day(date(2023, 12, 31)),
            ),
            (w(Weekday::Saturday, false, false), d, Resolved::Day(d)),
            (
                w(Weekday::Saturday, false, true),
                d,
                Resolved::Day(date(2026, 11, 21)),
            ),
            (w(Weekday::Saturday, true, false), d, Resolved::Day(d)),
            (
                w(Weekday::Saturday, true, true),
                d,
                Resolved::Day(date(2026, 12, 5)),
            ),
            (
                w(Weekday::Monday, true, false),
                d,
                Resolved::Day(date(2026, 11, 30)),
            ),
            (
                w(Weekday::Friday, false, false),
                d,
                Resolved::Day(date(2026, 11, 27)),
            ),
            (
                w(Weekday::Sunday, false, false),
                date(2027, 1, 2),
                Resolved::Day(date(2026, 12, 27)),
            ),
            (
                w(Weekday::Monday, true, false),
                date(2026, 12, 29),
                Resolved::Day(date(2027, 1, 4)),
            ),
            (
                R::Week(0),
                d,
                Resolved::Week {
                    monday: date(2026, 11, 23),
                },
            ),
            (
                R::Week(-1),
                date(2027, 1, 3),
                Resolved::Week {
                    monday: date(2026, 12, 21),
                },
            ),
            (
                R::Weekend(0),
                date(2026, 11, 25),
                Resolved::Weekend { saturday: d },
            ),
            (
                R::Weekend(-1),
                date(2026, 11, 25),
                Resolved::Weekend {
                    saturday: date(2026, 11, 21),
                },
            ),
            (
                R::RecentWeekend,
                date(2026, 11, 29),
                Resolved::Weekend { saturday: d },
            ),
            (
                R::RecentWeekend,
                date(2026, 11, 25),
                Resolved::Weekend {
                    saturday: date(2026, 11, 21),
                },
            ),
            (
                R::Month(-1),
                date(2026, 1, 15),
                Resolved::Month {
                    year: 2025,
                    month: 12,
                },
            ),
            (
                R::Month(2),
                date(2026, 11, 15),
                Resolved::Month {
                    year: 2027,
                    month: 1,
                },
            ),
            (
                R::Month(-13),
                date(2026, 1, 15),
                Resolved::Month {
                    year: 2024,
                    month: 12,
                },
            ),
            (
                R::Quarter(0),
                d,
                Resolved::Quarter {
                    year: 2026,
                    quarter: 4,
                },
            ),
            (
                R::Quarter(1),
                d,
                Resolved::Quarter {
                    year: 2027,
                    quarter: 1,
                },
            ),
            (R::Year(-1), d, Resolved::Year(2025)),
            (R::Year(-20), d, Resolved::Year(2006)),
            (R::YearEnd, d, Resolved::YearEnd(2026)),
            (
                R::Now,
                d,
                Resolved::AsOf {
                    year: 2026,
                    month: 11,
                },
            ),
            (
                R::Season {
                    season: Season::Summer,
                    offset: -1,
                },
                d,
                Resolved::Season {
                    year: 2026,
                    season: Season::Summer,
                },
            ),
            (
                R::Season {
                    season: Season::Summer,
                    offset: -1,
                },
                date(2026, 7, 1),
                Resolved::Season {
                    year: 2025,
                    season: Season::Summer,
                },
            ),
            (
                R::Season {
                    season: Season::Summer,
                    offset: 1,
                },
                date(2026, 3, 1),
                Resolved::Season {
                    year: 2026,
                    season: Season::Summer,
                },
            ),
            (
                R::Season {
                    season: Season::Summer,
                    offset: 1,
                },
                d,
                Resolved::Season {
                    year: 2027,
                    season: Season::Summer,
                },
            ),
            (
                R::Season {
                    season: Season::Winter,
                    offset: 0,
                },
                date(2026, 1, 10),
                Resolved::Season {
                    year: 2025,
                    season: Season::Winter,
                },
            ),
            (
                R::Season {
                    season: Season::Winter,
                    offset: -1,
                },
                date(2026, 11, 10),
                Resolved::Season {
                    year: 2025,
                    season: Season::Winter,
                },
            ),
        ];
        for (r, doc, want) in cases {
            assert_eq!(resolve(&r, doc), Some(want), "{r:?} at {doc}");
        }
        assert_eq!(resolve(&R::Unresolvable, d), None);
        assert_eq!(resolve_date(&R::DayOffset(-1), d), Some(date(2026, 11, 27)));
        assert_eq!(
            resolve_date(&w(Weekday::Tuesday, false, false), d),
            Some(date(2026, 11, 24))
        );
        assert_eq!(resolve_date(&R::Week(-1), d), None);
    }

    #[test]
    fn complete_year_table() {
        let cases: &[(i8, Option<i8>, Date, bool, i16)] = &[
            (10, Some(3), date(2024, 11, 28), false, 2024),
            (12, Some(3), date(2024, 11, 28), false, 2023),
            (11, Some(28), date(2024, 11, 28), false, 2024),
            (11, Some(29), date(2024, 11, 28), false, 2023),
            (11, Some(28), date(2024, 11, 28), true, 2024),
            (10, Some(3), date(2024, 11, 28), true, 2025),
            (12, Some(3), date(2024, 11, 28), true, 2024),
            (1, Some(5), date(2026, 12, 30), true, 2027),
            (12, Some(31), date(2027, 1, 2), false, 2026),
            (2, Some(29), date(2026, 6, 1), false, 2024),
            (2, Some(29), date(2024, 2, 29), false, 2024),
            (2, Some(29), date(2024, 2, 28), false, 2020),
            (2, Some(29), date(2026, 6, 1), true, 2028),
            (2, Some(29), date(2099, 6, 1), true, 2104),
            (6, None, date(2024, 6, 15), false, 2024),
            (7, None, date(2024, 6, 15), false, 2023),
            (5, None, date(2024, 6, 15), true, 2025),
            (6, None, date(2024, 6, 15), true, 2024),
            (11, Some(26), date(2026, 11, 27), true, 2026),
            (11, Some(22), date(2026, 11, 27), true, 2026),
            (11, Some(21), date(2026, 11, 27), true, 2027),
        ];
        for &(m, d, doc, fwd, want) in cases {
            assert_eq!(
                complete_year(m, d, doc, fwd),
                want,
                "{m}/{d:?} at {doc} forward={fwd}"
            );
        }
    }

    #[test]
    fn a_named_weekday_picks_the_year() {
        // 13 October is a Monday in 2025 and a Sunday in 2024.
        let d = date(2025, 10, 3);
        assert_eq!(fix_my("The session is for Monday 13 October.", d, false), "The session is for Monday 13 October 2025.");
        assert_eq!(fix_my("The office closed on Friday, 26 September.", d, false), "The office closed on Friday, 26 September 2025.");
        // 13 October is a Tuesday in 2026: the weekday outweighs "on or before".
        assert_eq!(fix_my("The session is for Tuesday 13 October.", d, false), "The session is for Tuesday 13 October 2026.");
        // A weekday that fits none of the three years leaves the usual rule.
        assert_eq!(fix_my("The session is for Wednesday 13 October.", d, false), "The session is for Wednesday 13 October 2024.");
        // 13 October 2024 was a Sunday: a past date by its weekday.
        assert_eq!(fix_my("It opened on Sunday 13 October.", date(2025, 3, 1), true), "It opened on Sunday 13 October 2024.");
    }

    #[test]
    fn missing_year_fixes() {
        let d = date(2024, 11, 28);
        assert_eq!(
            fix_my("The strike on 3 October killed two.", d, false),
            "The strike on 3 October 2024 killed two."
        );
        assert_eq!(
            fix_my("The strike on October 3 killed two.", d, false),
            "The strike on October 3, 2024, killed two."
        );
        assert_eq!(
            fix_my("The strike came on October 3.", d, false),
            "The strike came on October 3, 2024."
        );
        assert_eq!(
            fix_my("Sales fell in June.", d, false),
            "Sales fell in June 2024."
        );
        assert_eq!(
            fix_my("Sales fell in December.", d, false),
            "Sales fell in December 2023."
        );
        assert_eq!(
            fix_my("Sales will rise in December.", d, true),
            "Sales will rise in December 2024."
        );
        assert_eq!(
            fix_my("The board will meet on 3 October.", d, true),
            "The board will meet on 3 October 2025."
        );
        assert_eq!(
            fix_my("Sales fell last September.", d, false),
            "Sales fell in September 2024."
        );
        assert_eq!(
            fix_my("Last November sales fell.", d, false),
            "In November 2023 sales fell."
        );
        assert_eq!(
            fix_my("Sales will rise next June.", d, true),
            "Sales will rise in June 2025."
        );
        assert_eq!(
            fix_my("It closed on Oct. 3 after talks.", d, false),
            "It closed on Oct. 3, 2024, after talks."
        );
        assert_eq!(
            fix_my("It closed on February 29.", date(2026, 3, 1), false),
            "It closed on February 29, 2024."
        );
        assert_eq!(
            fix_my(
                "Rain on Sunday night (March 4) ended it.",
                date(2007, 3, 10),
                false
            ),
            "Rain on Sunday night (March 4, 2007) ended it."
        );
        // (3 October was a Thursday in 2024 and a Tuesday in 2023)
        assert_eq!(
            fix_my("Rain on Tuesday, 3 October ended it.", d, false),
            "Rain on Tuesday, 3 October 2023 ended it."
        );
        assert_eq!(
            fix_my("It ran from 3-5 October.", d, false),
            "It ran from 3-5 October 2024."
        );
    }

    #[test]
    fn format() {
        assert_eq!(format_date(date(2026, 11, 27), DM), "27 November 2026");
        assert_eq!(format_date(date(2026, 11, 27), MD), "November 27, 2026");
        assert_eq!(format_date(date(2026, 1, 1), DM), "1 January 2026");
    }

    #[test]
    fn datelines() {
        assert_eq!(
            parse_dateline("KYIV, Oct 3 (Reuters) - Russia said"),
            Some((10, 3, None))
        );
        assert_eq!(parse_dateline("ZURICH (Nov 27) - The Swiss National Bank kept"), Some((11, 27, None)));
        assert_eq!(parse_dateline("Zurich (Reuters) - The bank kept"), None);
        assert_eq!(
            parse_dateline("WASHINGTON, October 3, 2024 — The Senate"),
            Some((10, 3, Some(2024)))
        );
        assert_eq!(
            parse_dateline("LONDON, 3 October (AP) - Prices"),
            Some((10, 3, None))
        );
        assert_eq!(
            parse_dateline("Washington, D.C., Sept. 14 - The"),
            Some((9, 14, None))
        );
        assert_eq!(
            parse_dateline("SAN FRANCISCO, Calif., Jan. 5, 2025 (AP) — Apple"),
            Some((1, 5, Some(2025)))
        );
        assert_eq!(
            parse_dateline("Taipei, Taiwan — The Taipei City Lantern Festival"),
            None
        );
        assert_eq!(
            parse_dateline("The ministry said on October 3 - nothing"),
            None
        );
        assert_eq!(find_dateline("KYIV, Oct 3 (Reuters) - Russia said").map(|d| d.end), Some("KYIV, Oct 3 (Reuters) -".len()));
        assert_eq!(parse_dateline("KYIV, Foo 3 (Reuters) -"), None);
        assert_eq!(parse_dateline("KYIV, Feb 30 (Reuters) -"), None);
        assert_eq!(parse_dateline(""), None);
        assert_eq!(parse_dateline("北京, 10月3日 —"), None);
    }

    #[test]
    fn the_dateline_prefilter_never_hides_a_dateline() {
        // Slots of a dateline, each filled at random (sometimes wrongly).
        let slots: [&[&str]; 9] = [
            &["", " ", "*", "** ", "_", "the "],
            &["KYIV", "Washington", "SAN FRANCISCO", "Éire", "北京", "k", "D.C."],
            &["", ", D.C.", ", Calif.", ",Taiwan", " City"],
            &[",", ", ", ",\u{a0}", " ", ",\n"],
            &["", "Tuesday ", "Tue., ", "Mon,", "Sunday, "],
            &["Oct 3", "Oct. 3", "October 14", "3 October", "3rd Oct", "Sept.\u{a0}14", "٣ Oct", "Octobers 3", "O 3", "3"],
            &["", ", 2024", " 2024", ",2024"],
            &["", " (Reuters)", " (AP) ", "(x)"],
            &[" - ", " — ", ":", "", " x", "-"],
        ];
        let mut seed = 11u64;
        let mut found = 0;
        for _ in 0..30000 {
            let mut s = String::new();
            for slot in slots {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                s.push_str(slot[((seed >> 33) % slot.len() as u64) as usize]);
            }
            if DATELINE.captures(&s).is_some_and(|c| c.name("d1").or(c.name("d2")).is_some_and(|d| d.as_str().bytes().all(|b| b.is_ascii_digit()))) {
                found += 1;
                assert!(may_be_dateline(&s), "{s:?}");
            }
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn fuzz_fixes_apply_cleanly() {
        const PARTS: &[&str] = &[
            "yesterday",
            "Yesterday's",
            "today",
            "on",
            "Tuesday",
            "night",
            "last",
            "next",
            "this",
            "year",
            "week",
            "month",
            "weekend",
            "the",
            "end",
            "of",
            "by",
            "year’s",
            "3",
            "October",
            "June",
            "in",
            "early",
            "ago",
            "two",
            "now",
            "currently",
            "until",
            "will",
            ",",
            ".",
            "😀",
            "会議",
            "é",
            "summer",
            "quarter",
            "over",
        ];
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let docs = [
            date(2024, 2, 29),
            date(2026, 11, 28),
            date(2027, 1, 1),
            date(2026, 12, 31),
        ];
        for _ in 0..3000 {
            let n = (next() % 10) as usize;
            let mut t = String::new();
            for _ in 0..n {
                t.push_str(PARTS[(next() % PARTS.len() as u64) as usize]);
                if next() % 4 != 0 {
                    t.push(' ');
                }
            }
            let doc = docs[(next() % 4) as usize];
            for e in scan(&t, 0..t.len()) {
                for style in [DM, MD] {
                    if let Some((r, new)) = relative_fix(&t, &e, doc, style) {
                        // An aside ("are, as of May 2026, training") also takes
                        // the space before the expression.
                        assert!(
                            r.start + 1 >= e.span.start
                                && r.end <= e.span.end
                                && t.is_char_boundary(r.start)
                                && t.is_char_boundary(r.end)
                        );
                        assert!(!new.is_empty());
                    }
                }
                if let Some((r, _)) = missing_year_fix(&t, &e, doc, next() % 2 == 0) {
                    assert!(
                        t.is_char_boundary(r.start)
                            && t.is_char_boundary(r.end)
                            && r.end <= t.len()
                    );
                }
            }
        }
    }

    #[test]
    fn no_panics_on_unicode() {
        let d = date(2026, 11, 28);
        for text in [
            "昨日 yesterday 🎉 on Tuesday 会議",
            "é yesterday’s 🎉",
            "😀 on 3 October 😀",
            "In June 😀",
            "now😀",
        ] {
            for e in scan(text, 0..text.len()) {
                let _ = relative_fix(text, &e, d, DM);
                let _ = missing_year_fix(text, &e, d, false);
            }
        }
        let _ = parse_dateline("😀😀😀, Oct 3 (Reuters) -");
        let _ = resolve(&Reference::Year(i32::MAX), d);
        let _ = resolve(&Reference::Month(i32::MAX), d);
        let _ = resolve(&Reference::DayOffset(i32::MIN), d);
    }

    #[test]
    fn a_weekend_to_come_is_the_coming_one() {
        let text = "A decision will be made over the weekend.";
        let found = crate::analysis::time::scan(text, 0..text.len());
        let expr = found.iter().find(|e| matches!(e.kind, TimeKind::Relative(_))).expect("a relative date");
        let doc = Date::new(2026, 8, 14).unwrap();
        let (_, new_text) = relative_fix(text, expr, doc, DateStyle::DayMonth).expect("a fix");
        assert!(new_text.contains("15–16 August 2026"), "{new_text}");
        let text = "A meeting has been called for Tuesday evening.";
        let found = crate::analysis::time::scan(text, 0..text.len());
        let expr = found.iter().find(|e| matches!(e.kind, TimeKind::Relative(_))).expect("a relative date");
        let (_, new_text) = relative_fix(text, expr, Date::new(2026, 1, 22).unwrap(), DateStyle::DayMonth).expect("a fix");
        assert!(new_text.contains("27 January 2026"), "{new_text}");
        let text = "The vote is on Thursday.";
        let found = crate::analysis::time::scan(text, 0..text.len());
        let expr = found.iter().find(|e| matches!(e.kind, TimeKind::Relative(_))).expect("a relative date");
        let (_, new_text) = relative_fix(text, expr, Date::new(2026, 6, 7).unwrap(), DateStyle::DayMonth).expect("a fix");
        assert!(new_text.contains("11 June 2026"), "{new_text}");
    }

    #[test]
    fn planning_as_a_noun_looks_at_nothing_to_come() {
        let doc = Date::new(2026, 11, 20).unwrap();
        for (text, want) in [
            ("Plans for 480 homes were approved by the planning committee on Wednesday night.", "18 November 2026"),
            ("The council's plans were approved on Wednesday.", "18 November 2026"),
            ("Staff are planning a walkout on Wednesday.", "25 November 2026"),
            ("The union plans a walkout on Wednesday.", "25 November 2026"),
            // a fixture told in the present
            ("Harrowfield travel to Denby County on Wednesday.", "25 November 2026"),
            ("Stones is a doubt for Wednesday's trip.", "25 November 2026"),
            ("Stones was a doubt for Wednesday's trip.", "18 November 2026"),
            ("Their visit on Wednesday was cut short.", "18 November 2026"),
            // (over an aside in the past)
            ("Leeds United's home match against Newcastle on Wednesday, a fixture that ended 2-2 last season, kicks off at 15:00.", "25 November 2026"),
            // a state in force through a day
            ("The weather service has issued a red flag warning through 8 p.m. Wednesday.", "25 November 2026"),
            ("The warning was in force through Wednesday.", "18 November 2026"),
            // a stage that follows on a day; the day as a present subject
            ("Stage 16, a 31km individual time trial, follows on Wednesday.", "25 November 2026"),
            // what is expected by a day; what was
            ("The final, certified results are expected by Wednesday.", "25 November 2026"),
            ("The results were expected by Wednesday.", "18 November 2026"),
            // a fixture's end told in the present; told in the past
            ("The race finishes on Wednesday with a criterium in Shanghai.", "25 November 2026"),
            ("The race finished on Wednesday with a criterium in Shanghai.", "18 November 2026"),
            // a warning from when it runs, words between
            ("The Met Office has issued a yellow warning for rain for much of Wales and the West Midlands from Wednesday evening until Thursday midday.", "25 November 2026"),
            ("Wednesday is the second rest day, in León.", "25 November 2026"),
            ("Wednesday was the second rest day.", "18 November 2026"),
            // an irregular past before the day, and what comes after a
            // semicolon is another clause's
            ("A joint needs assessment took place on Wednesday in Jamshoro; its findings will be shared soon.", "18 November 2026"),
            // what is due, a sale to come, a set piece of government
            ("- the September jobs report, due on Wednesday;", "25 November 2026"),
            ("The report was due on Wednesday.", "18 November 2026"),
            ("Extra tickets go on sale on Wednesday at 9am.", "25 November 2026"),
            ("The Treasury will set out budgets when the chancellor presents the spending review to the Commons on Wednesday.", "25 November 2026"),
            ("A decision will be made on Wednesday.", "25 November 2026"),
            // a participle with a prefix after "be"; planning over an adverb
            ("She will be re-evaluated on Wednesday.", "25 November 2026"),
            ("She re-signed on Wednesday.", "18 November 2026"),
            ("Villagers are still planning a protest on Wednesday at 11am.", "25 November 2026"),
        ] {
            let found = crate::analysis::time::scan(text, 0..text.len());
            let expr = found.iter().find(|e| matches!(e.kind, TimeKind::Relative(_))).expect("a relative date");
            let (_, new_text) = relative_fix(text, expr, doc, DateStyle::DayMonth).expect("a fix");
            assert!(new_text.contains(want), "{text}: {new_text}");
        }
    }
}
