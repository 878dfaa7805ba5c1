//! GitLab Code Quality report: a JSON array of issues (a subset of the Code
//! Climate format) that GitLab shows in merge requests when a job uploads
//! it as `artifacts:reports:codequality`.

use std::io::Write;

use serde_json::{json, Value};

use copydesk::diagnostic::Severity;
use copydesk::document::LineIndex;

use super::{fingerprints, relative_path, Region};
use crate::cli::FileReport;

/// GitLab's severities are info, minor, major, critical and blocker;
/// copydesk's three map onto the lower three. Nothing copydesk finds stops
/// a report from being published, so critical and blocker are not used.
pub fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Info => "info",
        Severity::Warning => "minor",
        Severity::Error => "major",
    }
}

pub fn issues(reports: &[FileReport]) -> Vec<Value> {
    let mut issues = Vec::new();
    for r in reports.iter().filter(|r| r.error.is_none()) {
        let index = LineIndex::new(&r.text);
        let path = relative_path(&r.display);
        for (d, fingerprint) in r.diagnostics.iter().zip(fingerprints(r)) {
            let reg = Region::of_finding(&index, &r.text, d.span);
            issues.push(json!({
                "type": "issue",
                "description": d.message,
                "check_name": d.rule.id(),
                "fingerprint": fingerprint,
                "severity": severity(d.severity),
                "location": { "path": path, "lines": { "begin": reg.start_line, "end": reg.end_line } },
            }));
        }
    }
    issues
}

pub fn write(reports: &[FileReport], out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &issues(reports))?;
    writeln!(out)
}
