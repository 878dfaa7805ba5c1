//! `copydesk.toml`: parsing (pure: text in, settings out) and discovery
//! (walking up from a file's folder, the only IO here).
//!
//! Unknown keys and bad values are errors naming the file, line and key.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::analysis::lexicon::LexiconExtensions;
use crate::analysis::time::DateStyle;
use crate::analysis::Lexicon;
use crate::diagnostic::Severity;
use crate::rules::Rule;
use crate::settings::{Placeholder, Settings};

pub const FILE_NAME: &str = "copydesk.toml";

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    #[serde(default)]
    pub rules: BTreeMap<String, toml::Spanned<String>>,
    #[serde(default)]
    pub dates: DatesConfig,
    #[serde(default)]
    pub placeholder: PlaceholderConfig,
    #[serde(default)]
    pub attribution: AttributionConfig,
    #[serde(default)]
    pub files: FilesConfig,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct DatesConfig {
    pub document_date: Option<toml::Spanned<String>>,
    pub style: Option<toml::Spanned<String>>,
    #[serde(default)]
    pub in_quotes: bool,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PlaceholderConfig {
    pub style: Option<toml::Spanned<String>>,
    pub text: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AttributionConfig {
    #[serde(default)]
    pub reporting_verbs: Vec<String>,
    #[serde(default)]
    pub trusted_sources: Vec<String>,
    #[serde(default)]
    pub vague_phrases: Vec<String>,
    #[serde(default)]
    pub never_vague: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FilesConfig {
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
}

/// A configuration error, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// Byte range in the file, when known.
    pub span: Option<(usize, usize)>,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Parse and validate a `copydesk.toml`.
pub fn parse(text: &str, path: &str) -> Result<Config, ConfigError> {
    let config: Config = toml::from_str(text).map_err(|e| {
        let span = e.span();
        ConfigError {
            path: path.to_string(),
            line: span.as_ref().map(|s| line_of(text, s.start)),
            span: span.map(|s| (s.start, s.end)),
            message: e.message().trim().to_string(),
        }
    })?;
    let err = |span: std::ops::Range<usize>, message: String| ConfigError { path: path.to_string(), line: Some(line_of(text, span.start)), span: Some((span.start, span.end)), message };
    for (id, value) in &config.rules {
        if Rule::from_id(id).is_none() {
            let known: Vec<&str> = Rule::EVERY.iter().map(|r| r.id()).collect();
            return Err(err(value.span(), format!("unknown rule `{id}` in [rules]; known rules: {}", known.join(", "))));
        }
        if value.get_ref() != "off" && Severity::parse(value.get_ref()).is_none() {
            return Err(err(value.span(), format!("bad severity `{}` for `{id}`: expected \"off\", \"info\", \"warning\" or \"error\"", value.get_ref())));
        }
    }
    if let Some(d) = &config.dates.document_date
        && d.get_ref().parse::<jiff::civil::Date>().is_err() {
            return Err(err(d.span(), format!("bad `document-date` `{}`: expected YYYY-MM-DD", d.get_ref())));
        }
    if let Some(s) = &config.dates.style
        && !matches!(s.get_ref().as_str(), "day-month" | "month-day") {
            return Err(err(s.span(), format!("bad date `style` `{}`: expected \"day-month\" (3 October 2024) or \"month-day\" (October 3, 2024)", s.get_ref())));
        }
    if let Some(s) = &config.placeholder.style {
        if !matches!(s.get_ref().as_str(), "citation-needed" | "footnote" | "custom") {
            return Err(err(s.span(), format!("bad placeholder `style` `{}`: expected \"citation-needed\", \"footnote\" or \"custom\"", s.get_ref())));
        }
        if s.get_ref() == "custom" && config.placeholder.text.as_deref().is_none_or(str::is_empty) {
            return Err(err(s.span(), "placeholder style \"custom\" needs a `text`".to_string()));
        }
    }
    Ok(config)
}

impl Config {
    /// Settings for a check under this configuration.
    pub fn settings(&self) -> Settings {
        let mut s = Settings::default();
        self.apply_to(&mut s);
        s
    }

    /// Layer this configuration over existing settings.
    pub fn apply_to(&self, s: &mut Settings) {
        for (id, value) in &self.rules {
            if let Some(rule) = Rule::from_id(id) {
                s.severities.insert(rule, Severity::parse(value.get_ref()));
            }
        }
        if let Some(d) = self.dates.document_date.as_ref().and_then(|d| d.get_ref().parse().ok()) {
            s.default_date = Some(d);
        }
        if let Some(style) = &self.dates.style {
            s.date_style = if style.get_ref() == "month-day" { DateStyle::MonthDay } else { DateStyle::DayMonth };
        }
        s.dates_in_quotes = self.dates.in_quotes;
        if let Some(style) = &self.placeholder.style {
            s.placeholder = match style.get_ref().as_str() {
                "footnote" => Placeholder::Footnote,
                "custom" => Placeholder::Custom(self.placeholder.text.clone().unwrap_or_default()),
                _ => Placeholder::CitationNeeded,
            };
        }
        let ext = LexiconExtensions {
            reporting_verbs: self.attribution.reporting_verbs.clone(),
            trusted_sources: self.attribution.trusted_sources.clone(),
            vague_phrases: self.attribution.vague_phrases.clone(),
            never_vague: self.attribution.never_vague.clone(),
            placeholders: match &s.placeholder {
                Placeholder::Custom(text) => vec![text.clone()],
                _ => Vec::new(),
            },
        };
        s.lexicon = Lexicon::with_extensions(&ext);
    }
}

/// The nearest `copydesk.toml` in `dir` or a parent, not above `stop_at`
/// when given.
pub fn discover(dir: &Path, stop_at: Option<&Path>) -> Option<PathBuf> {
    let mut current = Some(dir);
    while let Some(d) = current {
        let candidate = d.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if stop_at.is_some_and(|s| d == s) {
            return None;
        }
        current = d.parent();
    }
    None
}

/// The commented default file `copydesk init` writes.
pub const DEFAULT_FILE: &str = r#"# copydesk.toml: house settings for copydesk (https://github.com/copydesk/copydesk)
# Every key is optional; delete what you do not need.

[rules]
# Per-rule severity: "off", "info", "warning" or "error".
# unattributed-claim = "warning"
# vague-attribution = "warning"
# anonymous-source = "info"
# unattributed-quote = "warning"
# unsourced-figure = "warning"
# relative-date = "warning"
# missing-year = "warning"
# undated-event = "info"
# unused-suppression = "info"

[dates]
# Date used to resolve "yesterday" and year-less dates when a document has
# no front matter `date:` or dateline.
# document-date = "2026-11-28"
# Style of dates written by fixes when the document uses none:
# "day-month" (3 October 2024) or "month-day" (October 3, 2024).
# style = "day-month"
# Also flag relative dates inside quotations (fix adds "[27 November 2026]").
# in-quotes = false

[placeholder]
# What "insert a source placeholder" inserts: "citation-needed"
# ([citation needed]), "footnote" ([^source] plus a definition), or "custom".
# style = "citation-needed"
# text = "[source?]"

[attribution]
# Extra words that report speech ("quipped").
# reporting-verbs = []
# Sources always treated as identifiable.
# trusted-sources = []
# Extra phrases that attribute to nobody.
# vague-phrases = []
# Built-in vague phrases or source nouns that are fine in this house.
# never-vague = []

[files]
# Globs (relative to this file) of files to check and to skip.
# include = ["**/*.md", "**/*.txt"]
# exclude = ["drafts/**"]
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_file_parses() {
        assert_eq!(parse(DEFAULT_FILE, "copydesk.toml").unwrap(), Config::default());
    }

    #[test]
    fn errors_name_line_and_key() {
        let e = parse("[rules]\nundated-event = \"off\"\n[datse]\nx = 1\n", "c.toml").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("datse"), "{}", e.message);
        let e = parse("[rules]\nno-such = \"off\"\n", "c.toml").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.to_string().starts_with("c.toml:2: unknown rule `no-such`"));
        let e = parse("[rules]\nmissing-year = \"loud\"\n", "c.toml").unwrap_err();
        assert!(e.message.contains("bad severity"));
        assert!(parse("not toml at all [", "c.toml").is_err());
    }

    #[test]
    fn settings_follow_config() {
        let c = parse("[rules]\nundated-event = \"off\"\nmissing-year = \"error\"\n[attribution]\nvague-phrases = [\"word on the street\"]\n", "c.toml").unwrap();
        let s = c.settings();
        assert!(!s.is_enabled(Rule::UndatedEvent));
        assert_eq!(s.severity(Rule::MissingYear), Some(Severity::Error));
        assert!(s.lexicon.vague_phrases.iter().any(|p| p == "word on the street"));
    }
}
