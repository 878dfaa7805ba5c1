//! Everything one check depends on besides the text: rule severities, the
//! document date, date style, placeholder style and the word lists.
//! Built by the fronts from `copydesk.toml`, editor settings and flags.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::analysis::time::DateStyle;
use crate::analysis::Lexicon;
use crate::diagnostic::Severity;
use crate::rules::Rule;

/// What a source placeholder looks like.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Placeholder {
    /// ` [citation needed]`
    CitationNeeded,
    /// A Markdown footnote reference `[^source]` with a definition appended.
    Footnote,
    /// Any text, inserted after a space.
    Custom(String),
}

#[derive(Clone, Debug)]
pub struct Settings {
    /// Per-rule severity override; `None` turns the rule off. Rules absent
    /// here run at their default severity.
    pub severities: BTreeMap<Rule, Option<Severity>>,
    /// Overrides every date found in the document (`--date`).
    pub date_override: Option<jiff::civil::Date>,
    /// Used when the document states no date (config `document-date`).
    pub default_date: Option<jiff::civil::Date>,
    /// Style for dates written by fixes when the document has none.
    pub date_style: DateStyle,
    pub placeholder: Placeholder,
    pub lexicon: Arc<Lexicon>,
    /// Also flag relative dates inside quotations (fix adds a bracketed date).
    pub dates_in_quotes: bool,
    /// Report suppression comments that suppress nothing.
    pub report_unused_suppressions: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            severities: BTreeMap::new(),
            date_override: None,
            default_date: None,
            date_style: DateStyle::DayMonth,
            placeholder: Placeholder::CitationNeeded,
            lexicon: Lexicon::shared(),
            dates_in_quotes: false,
            report_unused_suppressions: true,
        }
    }
}

impl Settings {
    /// The severity a rule runs at, or `None` when it is off.
    pub fn severity(&self, rule: Rule) -> Option<Severity> {
        match self.severities.get(&rule) {
            Some(s) => *s,
            None => Some(rule.default_severity()),
        }
    }
    pub fn is_enabled(&self, rule: Rule) -> bool {
        self.severity(rule).is_some()
    }
}
