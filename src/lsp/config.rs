//! Settings: the editor's (initializationOptions, didChangeConfiguration,
//! workspace/configuration) layered over each document's `copydesk.toml`.
//!
//! Order, later wins: built-in defaults, the nearest `copydesk.toml`
//! (searched upward from the document's folder, not above the workspace
//! folder holding it), then the keys the editor sets explicitly (`rules`
//! entries, `documentDate`). A document's own date (front matter, dateline)
//! still beats `documentDate`, which is only the fallback.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use copydesk::config::{self, Config, ConfigError};
use copydesk::diagnostic::Severity;
use copydesk::rules::Rule;
use copydesk::settings::Settings;
use serde_json::Value;

pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(150);
pub const DEFAULT_MAX_FILE_SIZE: usize = 10 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LintOn {
    Change,
    Save,
}

/// What the editor says.
#[derive(Clone, Debug, PartialEq)]
pub struct EditorSettings {
    pub lint_on: LintOn,
    pub debounce: Duration,
    pub document_date: Option<jiff::civil::Date>,
    /// Rule -> severity; `None` is "off".
    pub rules: BTreeMap<Rule, Option<Severity>>,
    pub max_file_size: usize,
}

impl Default for EditorSettings {
    fn default() -> Self {
        EditorSettings { lint_on: LintOn::Change, debounce: DEFAULT_DEBOUNCE, document_date: None, rules: BTreeMap::new(), max_file_size: DEFAULT_MAX_FILE_SIZE }
    }
}

impl EditorSettings {
    /// Read a settings object: `{copydesk: {...}}` or the bare `{...}`.
    /// Keys left out keep their defaults; bad values are ignored with a
    /// warning each.
    pub fn from_value(value: &Value) -> (EditorSettings, Vec<String>) {
        let mut s = EditorSettings::default();
        let mut warnings = Vec::new();
        let obj = match value.get("copydesk") {
            Some(inner) if inner.is_object() => inner,
            _ => value,
        };
        let Some(obj) = obj.as_object() else {
            if !value.is_null() {
                warnings.push(format!("settings must be an object, got {value}"));
            }
            return (s, warnings);
        };
        for (key, v) in obj {
            match key.as_str() {
                "lintOn" => match v.as_str() {
                    Some("change") => s.lint_on = LintOn::Change,
                    Some("save") => s.lint_on = LintOn::Save,
                    _ => warnings.push(format!("`lintOn` must be \"change\" or \"save\", got {v}")),
                },
                "debounceMs" => match v.as_u64() {
                    Some(ms) => s.debounce = Duration::from_millis(ms.min(60_000)),
                    None if v.is_null() => {}
                    None => warnings.push(format!("`debounceMs` must be a whole number of milliseconds, got {v}")),
                },
                "documentDate" => match v {
                    Value::Null => {}
                    Value::String(d) if d.trim().is_empty() => {}
                    Value::String(d) => match d.trim().parse::<jiff::civil::Date>() {
                        Ok(date) => s.document_date = Some(date),
                        Err(_) => warnings.push(format!("`documentDate` must be YYYY-MM-DD, got {d:?}")),
                    },
                    _ => warnings.push(format!("`documentDate` must be a YYYY-MM-DD string, got {v}")),
                },
                "maxFileSize" => match v.as_u64() {
                    Some(n) => s.max_file_size = usize::try_from(n).unwrap_or(usize::MAX),
                    None if v.is_null() => {}
                    None => warnings.push(format!("`maxFileSize` must be a number of bytes, got {v}")),
                },
                "rules" => match v.as_object() {
                    Some(rules) => {
                        for (id, sev) in rules {
                            let Some(rule) = Rule::from_id(id) else {
                                warnings.push(format!("unknown rule `{id}` in `rules`"));
                                continue;
                            };
                            match sev.as_str() {
                                Some("off") => {
                                    s.rules.insert(rule, None);
                                }
                                Some(name) if Severity::parse(name).is_some() => {
                                    s.rules.insert(rule, Severity::parse(name));
                                }
                                _ => warnings.push(format!("rule `{id}`: severity must be \"off\", \"info\", \"warning\" or \"error\", got {sev}")),
                            }
                        }
                    }
                    None if v.is_null() => {}
                    None => warnings.push(format!("`rules` must be an object of rule id to severity, got {v}")),
                },
                // Client-side keys some editors pass through.
                "path" | "languages" | "trace" | "enable" => {}
                other => warnings.push(format!("unknown setting `{other}`")),
            }
        }
        (s, warnings)
    }

    /// Whether a settings object has anything for us (used to tell a real
    /// push of settings from the empty `didChangeConfiguration` that asks
    /// the server to pull them).
    pub fn is_settings_object(value: &Value) -> bool {
        let obj = match value.get("copydesk") {
            Some(inner) => inner,
            None => value,
        };
        obj.as_object().is_some_and(|o| !o.is_empty())
    }
}

/// A `copydesk.toml` as last read.
#[derive(Clone, Debug)]
pub struct ConfigFile {
    pub path: PathBuf,
    pub text: String,
    pub parsed: Result<Config, ConfigError>,
}

/// The settings for one document, and the config file behind them.
#[derive(Clone)]
pub struct Resolved {
    pub settings: Arc<Settings>,
    pub config: Option<Arc<ConfigFile>>,
}

/// Config discovery and parsing, cached until a config file changes.
#[derive(Default)]
pub struct ConfigStore {
    pub roots: Vec<PathBuf>,
    pub editor: EditorSettings,
    /// Folder -> the nearest config file (searching stopped at its root).
    dirs: HashMap<(PathBuf, Option<PathBuf>), Option<PathBuf>>,
    files: HashMap<PathBuf, Arc<ConfigFile>>,
    /// Config file (or none) -> settings; keeps the lexicon `Arc` stable so
    /// the per-document analysis caches stay valid.
    resolved: HashMap<Option<PathBuf>, Arc<Settings>>,
}

impl ConfigStore {
    /// Forget every file read (a config file changed somewhere).
    pub fn invalidate_files(&mut self) {
        self.dirs.clear();
        self.files.clear();
        self.resolved.clear();
    }

    pub fn set_editor(&mut self, editor: EditorSettings) {
        self.editor = editor;
        self.resolved.clear();
    }

    pub fn set_roots(&mut self, roots: Vec<PathBuf>) {
        self.roots = roots;
        self.dirs.clear();
        self.resolved.clear();
    }

    /// The workspace folder holding `path` (the deepest one).
    pub fn root_of(&self, path: &Path) -> Option<&Path> {
        self.roots.iter().filter(|r| path.starts_with(r)).max_by_key(|r| r.as_os_str().len()).map(PathBuf::as_path)
    }

    /// Where the search for a document's config starts and stops: its
    /// folder up to its workspace folder; for documents with no path, the
    /// first workspace folder.
    fn search_dir(&self, doc: Option<&Path>) -> Option<(PathBuf, Option<PathBuf>)> {
        match doc {
            Some(p) => {
                let dir = p.parent()?.to_path_buf();
                let stop = self.root_of(&dir).map(Path::to_path_buf);
                Some((dir, stop))
            }
            None => self.roots.first().map(|r| (r.clone(), Some(r.clone()))),
        }
    }

    /// The nearest existing `copydesk.toml` for a document.
    pub fn config_path_for(&mut self, doc: Option<&Path>) -> Option<PathBuf> {
        let key = self.search_dir(doc)?;
        if let Some(hit) = self.dirs.get(&key) {
            return hit.clone();
        }
        let found = config::discover(&key.0, key.1.as_deref());
        self.dirs.insert(key, found.clone());
        found
    }

    /// Where a new `copydesk.toml` for this document would go: its
    /// workspace folder, else its own folder.
    pub fn new_config_path_for(&self, doc: Option<&Path>) -> Option<PathBuf> {
        let (dir, stop) = self.search_dir(doc)?;
        Some(stop.unwrap_or(dir).join(config::FILE_NAME))
    }

    pub fn load(&mut self, path: &Path) -> Arc<ConfigFile> {
        if let Some(f) = self.files.get(path) {
            return f.clone();
        }
        let file = Arc::new(read_config(path));
        self.files.insert(path.to_path_buf(), file.clone());
        file
    }

    /// Settings for a document at `doc` (or an unsaved one).
    pub fn resolve(&mut self, doc: Option<&Path>) -> Resolved {
        let path = self.config_path_for(doc);
        let config = path.as_deref().map(|p| self.load(p));
        let key = path.clone();
        if let Some(settings) = self.resolved.get(&key) {
            return Resolved { settings: settings.clone(), config };
        }
        let settings = Arc::new(compose(config.as_ref().and_then(|c| c.parsed.as_ref().ok()), &self.editor));
        self.resolved.insert(key, settings.clone());
        Resolved { settings, config }
    }
}

/// Read and parse one config file; an unreadable file is an error too.
pub fn read_config(path: &Path) -> ConfigFile {
    let display = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let parsed = config::parse(&text, &display);
            ConfigFile { path: path.to_path_buf(), text, parsed }
        }
        Err(e) => ConfigFile {
            path: path.to_path_buf(),
            text: String::new(),
            parsed: Err(ConfigError { path: display, line: None, span: None, message: format!("cannot read: {e}") }),
        },
    }
}

/// Defaults, then the file (when it parsed), then the editor's explicit keys.
pub fn compose(config: Option<&Config>, editor: &EditorSettings) -> Settings {
    let mut s = Settings::default();
    if let Some(c) = config {
        c.apply_to(&mut s);
    }
    for (rule, severity) in &editor.rules {
        s.severities.insert(*rule, *severity);
    }
    if let Some(d) = editor.document_date {
        s.default_date = Some(d);
    }
    s
}

/// The edit that turns `rule` off in a `copydesk.toml`: replace its line in
/// `[rules]`, add it under the `[rules]` header, or append the table.
/// Returns the byte span to replace and its new text, or `None` when the
/// result would not be a valid config turning the rule off.
pub fn disable_rule_edit(text: &str, rule: &str) -> Option<(std::ops::Range<usize>, String)> {
    let nl = super::convert::line_ending(text);
    let mut lines: Vec<(usize, usize, usize)> = Vec::new(); // (start, content end, next start)
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let end = rest.find(['\n', '\r']).map_or(text.len(), |i| at + i);
        let next = if text[end..].starts_with("\r\n") { end + 2 } else if end < text.len() { end + 1 } else { end };
        lines.push((at, end, next));
        at = next;
    }
    let bare = |line: &str| -> String {
        let no_comment = line.split('#').next().unwrap_or("");
        no_comment.trim().to_string()
    };
    let header = lines.iter().position(|&(s, e, _)| bare(&text[s..e]).replace(' ', "") == "[rules]");
    let (range, new_text) = match header {
        Some(h) => {
            let table_end = lines[h + 1..].iter().position(|&(s, e, _)| bare(&text[s..e]).starts_with('[')).map_or(lines.len(), |i| h + 1 + i);
            let existing = lines[h + 1..table_end].iter().find(|&&(s, e, _)| {
                let l = bare(&text[s..e]);
                let key = l.split('=').next().unwrap_or("").trim().trim_matches(['"', '\'']);
                l.contains('=') && key == rule
            });
            match existing {
                Some(&(s, e, _)) => {
                    let indent: String = text[s..e].chars().take_while(|c| *c == ' ' || *c == '\t').collect();
                    (s..e, format!("{indent}{rule} = \"off\""))
                }
                None => {
                    let (_, e, next) = lines[h];
                    if next == e {
                        (e..e, format!("{nl}{rule} = \"off\""))
                    } else {
                        (next..next, format!("{rule} = \"off\"{nl}"))
                    }
                }
            }
        }
        None => {
            let lead = if text.is_empty() {
                String::new()
            } else if text.ends_with(['\n', '\r']) {
                nl.to_string()
            } else {
                format!("{nl}{nl}")
            };
            (text.len()..text.len(), format!("{lead}[rules]{nl}{rule} = \"off\"{nl}"))
        }
    };
    let mut result = text.to_string();
    result.replace_range(range.clone(), &new_text);
    let parsed = config::parse(&result, config::FILE_NAME).ok()?;
    (parsed.rules.get(rule).map(|v| v.get_ref().as_str()) == Some("off")).then_some((range, new_text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_nested_and_bare_settings() {
        let (a, w) = EditorSettings::from_value(&json!({"copydesk": {"lintOn": "save", "debounceMs": 0, "rules": {"undated-event": "off", "missing-year": "error"}}}));
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(a.lint_on, LintOn::Save);
        assert_eq!(a.debounce, Duration::ZERO);
        assert_eq!(a.rules.get(&Rule::UndatedEvent), Some(&None));
        assert_eq!(a.rules.get(&Rule::MissingYear), Some(&Some(Severity::Error)));
        let (b, w) = EditorSettings::from_value(&json!({"documentDate": "2026-11-28", "maxFileSize": 5}));
        assert!(w.is_empty());
        assert_eq!(b.document_date, Some(jiff::civil::date(2026, 11, 28)));
        assert_eq!(b.max_file_size, 5);
        let (c, w) = EditorSettings::from_value(&json!({"lintOn": "never", "documentDate": "28/11/2026", "rules": {"nope": "off", "missing-year": "loud"}}));
        assert_eq!(c, EditorSettings::default());
        assert_eq!(w.len(), 4, "{w:?}");
        assert!(!EditorSettings::is_settings_object(&json!(null)));
        assert!(!EditorSettings::is_settings_object(&json!({})));
        assert!(EditorSettings::is_settings_object(&json!({"copydesk": {"lintOn": "save"}})));
    }

    #[test]
    fn editor_keys_win_over_the_file() {
        let file = config::parse("[rules]\nundated-event = \"off\"\nmissing-year = \"error\"\n[dates]\ndocument-date = \"2020-01-01\"\n", "c").unwrap();
        let (editor, _) = EditorSettings::from_value(&json!({"rules": {"missing-year": "info"}, "documentDate": "2026-11-28"}));
        let s = compose(Some(&file), &editor);
        assert!(!s.is_enabled(Rule::UndatedEvent));
        assert_eq!(s.severity(Rule::MissingYear), Some(Severity::Info));
        assert_eq!(s.default_date, Some(jiff::civil::date(2026, 11, 28)));
    }

    fn disabled(text: &str, rule: &str) -> Option<String> {
        let (range, new) = disable_rule_edit(text, rule)?;
        let mut t = text.to_string();
        t.replace_range(range, &new);
        Some(t)
    }

    #[test]
    fn disabling_a_rule_edits_or_creates_the_table() {
        assert_eq!(disabled("", "undated-event").unwrap(), "[rules]\nundated-event = \"off\"\n");
        assert_eq!(disabled("[dates]\nin-quotes = true", "undated-event").unwrap(), "[dates]\nin-quotes = true\n\n[rules]\nundated-event = \"off\"\n");
        assert_eq!(
            disabled("[rules] # house\r\nmissing-year = \"error\"\r\n[dates]\r\n", "undated-event").unwrap(),
            "[rules] # house\r\nundated-event = \"off\"\r\nmissing-year = \"error\"\r\n[dates]\r\n"
        );
        assert_eq!(disabled("[rules]\n  undated-event = \"info\" # noisy\n", "undated-event").unwrap(), "[rules]\n  undated-event = \"off\"\n");
        assert_eq!(disabled("[rules]", "undated-event").unwrap(), "[rules]\nundated-event = \"off\"");
        // A commented-out key is not the key.
        assert_eq!(disabled("[rules]\n# undated-event = \"info\"\n", "undated-event").unwrap(), "[rules]\nundated-event = \"off\"\n# undated-event = \"info\"\n");
        // A broken file is left alone.
        assert_eq!(disabled("[rules\n", "undated-event"), None);
        // The default file, all comments, gains the key under its header.
        let d = disabled(config::DEFAULT_FILE, "relative-date").unwrap();
        assert!(!config::parse(&d, "c").unwrap().settings().is_enabled(Rule::RelativeDate));
    }
}
