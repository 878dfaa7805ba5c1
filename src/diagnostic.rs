//! Findings as plain data: rule, severity, message, byte span, fixes.

use serde::{Deserialize, Serialize};

use crate::fix::Fix;
use crate::rules::Rule;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Diagnostic {
    pub rule: Rule,
    pub severity: Severity,
    pub message: String,
    pub span: Span,
    pub fixes: Vec<Fix>,
}

impl Diagnostic {
    pub fn new(rule: Rule, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { rule, severity: rule.default_severity(), message: message.into(), span, fixes: Vec::new() }
    }
    pub fn with_fix(mut self, fix: Option<Fix>) -> Diagnostic {
        if let Some(f) = fix {
            self.fixes.push(f);
        }
        self
    }
}

/// Quote a span of text for a message: one line, at most 80 characters.
pub fn quoted(text: &str) -> String {
    // The words joined by single spaces, stopping once past 80 characters.
    let mut one_line = String::with_capacity(text.len().min(100));
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars > 80 {
            break;
        }
        if !one_line.is_empty() {
            one_line.push(' ');
            chars += 1;
        }
        one_line.push_str(word);
        chars += word.chars().count();
    }
    if chars <= 80 {
        one_line
    } else {
        let cut: String = one_line.chars().take(77).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoted_is_one_line_of_at_most_80_characters() {
        let reference = |text: &str| {
            let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if one_line.chars().count() <= 80 {
                one_line
            } else {
                let cut: String = one_line.chars().take(77).collect();
                format!("{}…", cut.trim_end())
            }
        };
        let pieces = ["word", " ", "\n", "  ", "é", "“quoted”", "x", "ten chars.", "\t"];
        for s in crate::analysis::random_texts(&pieces, 19, 5000, 58, 0, 15) {
            assert_eq!(super::quoted(&s), reference(&s), "{s:?}");
        }
    }
}
