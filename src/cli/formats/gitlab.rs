//! GitLab Code Quality report: a JSON array of issues (a subset of the Code
//! Climate format) that GitLab shows in merge requests when a job uploads
//! it as `artifacts:reports:codequality`. Written as the reports come, each
//! issue serialized straight from its finding.

use std::cell::RefCell;
use std::io::Write;

use serde::ser::SerializeSeq;
use serde::{Serialize, Serializer};

use copydesk::diagnostic::Severity;
use copydesk::document::LineIndex;

use super::{Fingerprints, Region, relative_path};
use crate::cli::reports::Reports;

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

/// One issue, its fields in alphabetical order (as the report has always
/// been written).
#[derive(Serialize)]
struct Issue<'a> {
    check_name: &'static str,
    description: &'a str,
    fingerprint: String,
    location: IssueLocation<'a>,
    severity: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
}

#[derive(Serialize)]
struct IssueLocation<'a> {
    lines: Lines,
    path: &'a str,
}

#[derive(Serialize)]
struct Lines {
    begin: u32,
    end: u32,
}

struct Issues<'r, 'a>(RefCell<&'r mut Reports<'a>>);

impl Serialize for Issues<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        let mut reports = self.0.borrow_mut();
        for r in reports.by_ref().filter(|r| r.error.is_none()) {
            let index = LineIndex::new(&r.text);
            let path = relative_path(&r.display);
            let mut fingerprints = Fingerprints::new(&r);
            for d in &r.diagnostics {
                let reg = Region::of_finding(&index, &r.text, d.span);
                seq.serialize_element(&Issue {
                    check_name: d.rule.id(),
                    description: &d.message,
                    fingerprint: fingerprints.next(d),
                    location: IssueLocation { lines: Lines { begin: reg.start_line, end: reg.end_line }, path: &path },
                    severity: severity(d.severity),
                    kind: "issue",
                })?;
            }
        }
        seq.end()
    }
}

pub fn write(reports: &mut Reports<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &Issues(RefCell::new(reports)))?;
    writeln!(out)
}
