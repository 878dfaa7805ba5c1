//! SARIF 2.1.0 (OASIS): one run, `tool.driver` listing every rule, one
//! result per finding with its region, snippet and fixes. Columns are
//! UTF-16 code units (`run.columnKind`), lines and columns 1-based.

use std::io::Write;

use serde_json::{json, Value};

use copydesk::diagnostic::Severity;
use copydesk::document::LineIndex;
use copydesk::fix::{Applicability, Fix};
use copydesk::rules::Rule;

use super::{fingerprints, help_uri, relative_path, Region, HOMEPAGE};
use crate::cli::FileReport;

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

fn region_json(r: Region) -> Value {
    json!({
        "startLine": r.start_line,
        "startColumn": r.start_column,
        "endLine": r.end_line,
        "endColumn": r.end_column,
    })
}

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

fn fix_json(index: &LineIndex, text: &str, artifact: &Value, fix: &Fix) -> Value {
    let replacements: Vec<Value> = fix
        .edits
        .iter()
        .map(|e| {
            json!({
                "deletedRegion": region_json(Region::exact(index, text, e.span)),
                "insertedContent": { "text": e.new_text },
            })
        })
        .collect();
    json!({
        "description": { "text": fix.title },
        "artifactChanges": [ { "artifactLocation": artifact, "replacements": replacements } ],
        "properties": { "applicability": match fix.applicability { Applicability::Safe => "safe", Applicability::Unsafe => "unsafe" } },
    })
}

/// The whole SARIF log.
pub fn log(reports: &[FileReport]) -> Value {
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for r in reports {
        if let Some(e) = &r.error {
            let mut n = json!({ "level": "error", "message": { "text": e } });
            if &r.display != e {
                n["locations"] = json!([ { "physicalLocation": { "artifactLocation": { "uri": uri(&r.display) } } } ]);
            }
            notifications.push(n);
            continue;
        }
        let index = LineIndex::new(&r.text);
        let artifact = json!({ "uri": uri(&r.display) });
        for (d, fingerprint) in r.diagnostics.iter().zip(fingerprints(r)) {
            let mut region = region_json(Region::of_finding(&index, &r.text, d.span));
            region["snippet"] = json!({ "text": r.text.get(d.span.range()).unwrap_or("") });
            let mut result = json!({
                "ruleId": d.rule.id(),
                "ruleIndex": Rule::EVERY.iter().position(|x| *x == d.rule).unwrap_or(0),
                "level": level(d.severity),
                "message": { "text": d.message },
                "locations": [ { "physicalLocation": { "artifactLocation": artifact, "region": region } } ],
                "partialFingerprints": { "copydesk/v1": fingerprint },
            });
            let fixes: Vec<Value> = d.fixes.iter().filter(|f| !f.edits.is_empty()).map(|f| fix_json(&index, &r.text, &artifact, f)).collect();
            if !fixes.is_empty() {
                result["fixes"] = Value::Array(fixes);
            }
            results.push(result);
        }
    }
    json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [ {
            "tool": { "driver": {
                "name": "copydesk",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": HOMEPAGE,
                "rules": Rule::EVERY.iter().map(|r| rule_json(*r)).collect::<Vec<_>>(),
            } },
            "columnKind": "utf16CodeUnits",
            "invocations": [ {
                "executionSuccessful": notifications.is_empty(),
                "toolExecutionNotifications": notifications,
            } ],
            "results": results,
        } ],
    })
}

pub fn write(reports: &[FileReport], out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &log(reports))?;
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
