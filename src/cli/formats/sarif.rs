//! SARIF 2.1.0 (OASIS): one run, `tool.driver` listing every rule, one
//! result per finding with its region, snippet and fixes. Columns are
//! UTF-16 code units (`run.columnKind`), lines and columns 1-based.
//!
//! Written as the reports come: the fixed parts (schema, tool and rules),
//! then each file's results, serialized one by one straight from its
//! findings, then the invocation (whose notifications, the files that
//! could not be checked, are only known at the end). Nothing holds more
//! than one file's findings; a result refers to its rule by id and index,
//! the rule's metadata is written once, in `tool.driver.rules`.

use std::cell::RefCell;
use std::io::Write;

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};
use serde_json::{Value, json};

use copydesk::diagnostic::{Diagnostic, Severity};
use copydesk::document::LineIndex;
use copydesk::fix::{Applicability, Fix};
use copydesk::rules::Rule;

use super::{Fingerprints, HOMEPAGE, Region, help_uri, relative_path};
use crate::cli::reports::Reports;

pub const SCHEMA_URI: &str = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// SARIF `level` for a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// `unsourced-figure` -> `UnsourcedFigure`: SARIF's `name` is an identifier
/// readable by people, conventionally in Pascal case.
fn pascal_case(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

/// A relative path as a URI reference: characters outside the unreserved
/// and sub-delimiter sets percent-encoded (`:` too, so that a first segment
/// is never read as a scheme). Absolute paths become `file://` URIs.
pub fn uri(display: &str) -> String {
    let path = relative_path(display);
    let absolute = path.starts_with('/') || std::path::Path::new(&path).is_absolute();
    let encoded: String = path
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => (b as char).to_string(),
            b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'=' | b'@' => (b as char).to_string(),
            b':' if absolute => ":".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    match (absolute, encoded.starts_with('/')) {
        (false, _) => encoded,
        (true, true) => format!("file://{encoded}"),
        (true, false) => format!("file:///{encoded}"),
    }
}

/// A rule's entry in `tool.driver.rules` (once per log, so a JSON value).
fn rule_json(rule: Rule) -> Value {
    let doc = rule.documentation();
    json!({
        "id": rule.id(),
        "name": pascal_case(rule.id()),
        "shortDescription": { "text": rule.doc().summary },
        "fullDescription": { "text": doc },
        "help": { "text": doc, "markdown": doc },
        "helpUri": help_uri(rule.id()),
        "defaultConfiguration": { "level": level(rule.default_severity()) },
        "properties": { "tags": [rule.family()] },
    })
}

#[derive(Serialize)]
struct Message<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRegion<'a> {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Message<'a>>,
}

impl SarifRegion<'_> {
    fn new(r: Region) -> Self {
        SarifRegion { start_line: r.start_line, start_column: r.start_column, end_line: r.end_line, end_column: r.end_column, snippet: None }
    }
}

#[derive(Serialize)]
struct ArtifactLocation<'a> {
    uri: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<SarifRegion<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
struct Fingerprint<'a> {
    #[serde(rename = "copydesk/v1")]
    v1: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Message<'a>,
    locations: [Location<'a>; 1],
    partial_fingerprints: Fingerprint<'a>,
    #[serde(skip_serializing_if = "Fixes::is_empty")]
    fixes: Fixes<'a>,
}

/// A finding's fixes with edits, serialized from the finding itself.
struct Fixes<'a> {
    index: &'a LineIndex,
    text: &'a str,
    artifact: &'a str,
    fixes: &'a [Fix],
}

impl Fixes<'_> {
    fn with_edits(&self) -> impl Iterator<Item = &Fix> {
        self.fixes.iter().filter(|f| !f.edits.is_empty())
    }
    fn is_empty(&self) -> bool {
        self.with_edits().next().is_none()
    }
}

impl Serialize for Fixes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.with_edits().map(|fix| SarifFix {
            description: Message { text: &fix.title },
            artifact_changes: [ArtifactChange {
                artifact_location: ArtifactLocation { uri: self.artifact },
                replacements: Replacements { index: self.index, text: self.text, fix },
            }],
            properties: FixProperties {
                applicability: match fix.applicability {
                    Applicability::Safe => "safe",
                    Applicability::Unsafe => "unsafe",
                },
            },
        }))
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix<'a> {
    description: Message<'a>,
    artifact_changes: [ArtifactChange<'a>; 1],
    properties: FixProperties,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange<'a> {
    artifact_location: ArtifactLocation<'a>,
    replacements: Replacements<'a>,
}

struct Replacements<'a> {
    index: &'a LineIndex,
    text: &'a str,
    fix: &'a Fix,
}

impl Serialize for Replacements<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.fix.edits.iter().map(|e| Replacement {
            deleted_region: SarifRegion::new(Region::exact(self.index, self.text, e.span)),
            inserted_content: Message { text: &e.new_text },
        }))
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement<'a> {
    deleted_region: SarifRegion<'a>,
    inserted_content: Message<'a>,
}

#[derive(Serialize)]
struct FixProperties {
    applicability: &'static str,
}

/// A file that could not be checked, as a tool execution notification.
#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: OwnedMessage,
    #[serde(skip_serializing_if = "Option::is_none")]
    locations: Option<[OwnedLocation; 1]>,
}

#[derive(Serialize)]
struct OwnedMessage {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OwnedLocation {
    physical_location: OwnedPhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OwnedPhysicalLocation {
    artifact_location: OwnedArtifact,
}

#[derive(Serialize)]
struct OwnedArtifact {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation<'a> {
    execution_successful: bool,
    tool_execution_notifications: &'a [Notification],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<Value>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

/// The one run: the tool, then the results as the reports come, then the
/// invocation with the notifications gathered meanwhile.
struct Run<'r, 'a> {
    reports: RefCell<&'r mut Reports<'a>>,
    notifications: RefCell<Vec<Notification>>,
}

impl Serialize for Run<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut run = s.serialize_struct("run", 4)?;
        let tool = Tool {
            driver: Driver {
                name: "copydesk",
                version: env!("CARGO_PKG_VERSION"),
                semantic_version: env!("CARGO_PKG_VERSION"),
                information_uri: HOMEPAGE,
                rules: Rule::EVERY.iter().map(|r| rule_json(*r)).collect(),
            },
        };
        run.serialize_field("tool", &tool)?;
        run.serialize_field("columnKind", "utf16CodeUnits")?;
        run.serialize_field("results", &Results(self))?;
        let notifications = self.notifications.borrow();
        run.serialize_field("invocations", &[Invocation { execution_successful: notifications.is_empty(), tool_execution_notifications: &notifications }])?;
        run.end()
    }
}

struct Results<'s, 'r, 'a>(&'s Run<'r, 'a>);

impl Serialize for Results<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        let mut reports = self.0.reports.borrow_mut();
        for r in reports.by_ref() {
            if let Some(e) = &r.error {
                let locations = (&r.display != e).then(|| [OwnedLocation { physical_location: OwnedPhysicalLocation { artifact_location: OwnedArtifact { uri: uri(&r.display) } } }]);
                self.0.notifications.borrow_mut().push(Notification { level: "error", message: OwnedMessage { text: e.clone() }, locations });
                continue;
            }
            let index = LineIndex::new(&r.text);
            let artifact = uri(&r.display);
            let mut fingerprints = Fingerprints::new(&r);
            for d in &r.diagnostics {
                let fingerprint = fingerprints.next(d);
                seq.serialize_element(&result(&index, &r.text, &artifact, d, &fingerprint))?;
            }
        }
        seq.end()
    }
}

fn result<'a>(index: &'a LineIndex, text: &'a str, artifact: &'a str, d: &'a Diagnostic, fingerprint: &'a str) -> SarifResult<'a> {
    let mut region = SarifRegion::new(Region::of_finding(index, text, d.span));
    region.snippet = Some(Message { text: text.get(d.span.range()).unwrap_or("") });
    SarifResult {
        rule_id: d.rule.id(),
        rule_index: Rule::EVERY.iter().position(|x| *x == d.rule).unwrap_or(0),
        level: level(d.severity),
        message: Message { text: &d.message },
        locations: [Location { physical_location: PhysicalLocation { artifact_location: ArtifactLocation { uri: artifact }, region: Some(region) } }],
        partial_fingerprints: Fingerprint { v1: fingerprint },
        fixes: Fixes { index, text, artifact, fixes: &d.fixes },
    }
}

#[derive(Serialize)]
struct Log<'s, 'r, 'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [&'s Run<'r, 'a>; 1],
}

/// Write the SARIF log of the reports, taking them one at a time.
pub fn write(reports: &mut Reports<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    let run = Run { reports: RefCell::new(reports), notifications: RefCell::default() };
    serde_json::to_writer_pretty(&mut *out, &Log { schema: SCHEMA_URI, version: "2.1.0", runs: [&run] })?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_uris() {
        assert_eq!(pascal_case("unsourced-figure"), "UnsourcedFigure");
        assert_eq!(uri("./reports/a b.md"), "reports/a%20b.md");
        assert_eq!(uri("c:x.md"), "c%3Ax.md");
        assert_eq!(uri("reports/é.md"), "reports/%C3%A9.md");
        assert_eq!(uri("/elsewhere/x.md").split_once("://").map(|p| p.0), Some("file"));
    }
}
