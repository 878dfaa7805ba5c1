//! YAML (`---`) and TOML (`+++`) front matter: only the keys copydesk reads
//! (`date`, and `copydesk: { disable: [...] }`) are interpreted; the block
//! itself is never prose.

use crate::span::Span;

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct FrontMatter {
    pub span: Span,
    /// The `date:` value when it starts with a `YYYY-MM-DD` date.
    pub date: Option<jiff::civil::Date>,
    /// Rule ids listed under `copydesk: { disable: [...] }`.
    pub disable: Vec<String>,
}

impl FrontMatter {
    /// Front matter at the very start of `text` (after an optional BOM).
    pub fn find(text: &str) -> Option<FrontMatter> {
        let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let body = &text[start..];
        let fence = if body.starts_with("---") {
            "---"
        } else if body.starts_with("+++") {
            "+++"
        } else {
            return None;
        };
        let first_line_end = body.find(['\n', '\r'])?;
        if body[..first_line_end].trim_end() != fence {
            return None;
        }
        let mut offset = first_line_end;
        let mut lines = Vec::new();
        for line in body[first_line_end..].split_inclusive('\n') {
            let content = line.trim_end_matches(['\n', '\r']);
            if offset != first_line_end && (content.trim_end() == fence || (fence == "---" && content.trim_end() == "...")) {
                let end = start + offset + line.len();
                let mut fm = FrontMatter { span: Span::new(start, end), date: None, disable: Vec::new() };
                fm.read_keys(&lines);
                return Some(fm);
            }
            lines.push(content);
            offset += line.len();
        }
        None
    }

    fn read_keys(&mut self, lines: &[&str]) {
        let mut in_copydesk = false;
        let mut in_toml_table = false;
        let mut in_disable_list = false;
        for raw in lines {
            let line = raw.trim_end();
            let indented = line.starts_with([' ', '\t']);
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            if trimmed.starts_with('[') && trimmed.ends_with(']') {
                in_toml_table = trimmed == "[copydesk]";
                in_copydesk = in_toml_table;
                continue;
            }
            if !indented && !in_toml_table {
                in_disable_list = false;
                in_copydesk = false;
            }
            if let Some(value) = key_value(trimmed, "date") {
                if !indented && !in_toml_table {
                    self.date = parse_date_prefix(value);
                }
            } else if let Some(value) = key_value(trimmed, "copydesk") {
                in_copydesk = true;
                // Inline map: { disable: [a, b] }
                if let Some(inner) = value.strip_prefix('{').and_then(|v| v.strip_suffix('}'))
                    && let Some(list) = key_value(inner.trim(), "disable") {
                        self.disable.extend(inline_list(list));
                    }
            } else if in_copydesk {
                if let Some(list) = key_value(trimmed, "disable") {
                    if list.is_empty() {
                        in_disable_list = true;
                    } else {
                        self.disable.extend(inline_list(list));
                    }
                } else if in_disable_list
                    && let Some(item) = trimmed.strip_prefix("- ") {
                        self.disable.push(unquote(item.trim()).to_string());
                    }
            }
        }
    }
}

/// `key: value` or `key = value`, returning the trimmed value.
fn key_value<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(key)?;
    let rest = rest.trim_start();
    let rest = rest.strip_prefix(':').or_else(|| rest.strip_prefix('='))?;
    Some(rest.trim())
}

fn inline_list(value: &str) -> Vec<String> {
    let inner = value.trim().trim_start_matches('[').trim_end_matches(']');
    inner.split(',').map(|s| unquote(s.trim()).to_string()).filter(|s| !s.is_empty()).collect()
}

fn unquote(s: &str) -> &str {
    s.trim_matches(|c| c == '"' || c == '\'')
}

/// A `YYYY-MM-DD` date at the start of a (possibly quoted) value.
pub fn parse_date_prefix(value: &str) -> Option<jiff::civil::Date> {
    let v = unquote(value.trim());
    let head = v.get(..10)?;
    head.parse::<jiff::civil::Date>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter_with_date_and_disable() {
        let text = "---\ntitle: \"x\"\ndate: 2024-10-20\ncopydesk: { disable: [relative-date, missing-year] }\n---\n\nBody.";
        let fm = FrontMatter::find(text).unwrap();
        assert_eq!(fm.date, Some(jiff::civil::date(2024, 10, 20)));
        assert_eq!(fm.disable, vec!["relative-date", "missing-year"]);
        assert_eq!(&text[fm.span.end..], "\nBody.");
    }

    #[test]
    fn yaml_block_list_and_toml() {
        let text = "---\ncopydesk:\n  disable:\n    - undated-event\ndate: \"2008-03-06T10:00:00Z\"\n---\n";
        let fm = FrontMatter::find(text).unwrap();
        assert_eq!(fm.disable, vec!["undated-event"]);
        assert_eq!(fm.date, Some(jiff::civil::date(2008, 3, 6)));
        let toml = "+++\ndate = 2020-01-02\n[copydesk]\ndisable = [\"relative-date\"]\n+++\nText";
        let fm = FrontMatter::find(toml).unwrap();
        assert_eq!(fm.date, Some(jiff::civil::date(2020, 1, 2)));
        assert_eq!(fm.disable, vec!["relative-date"]);
    }

    #[test]
    fn not_front_matter() {
        assert!(FrontMatter::find("--- not\n").is_none());
        assert!(FrontMatter::find("---\nunterminated").is_none());
        assert!(FrontMatter::find("Text\n---\n").is_none());
    }
}
