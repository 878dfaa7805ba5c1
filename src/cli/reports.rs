//! Checking files in parallel and handing their reports to the output in
//! path order, one at a time, as they are ready: the output formats write
//! each file's findings and drop it, so memory holds the files in flight,
//! not the whole run. What the run adds up to (`Totals`) is counted as the
//! reports go by.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, sync_channel};

use copydesk::fix::Applicability;

use super::FileReport;

/// Counts over every report seen so far.
#[derive(Debug, Default)]
pub struct Totals {
    /// Reports (checked files and files that could not be checked).
    pub files: usize,
    /// Files that could not be checked.
    pub not_checked: usize,
    /// Findings by severity (`Severity as usize`).
    pub by_severity: [usize; 3],
    pub by_rule: BTreeMap<&'static str, usize>,
    /// Fixes applied by `--fix`.
    pub fixed: usize,
    /// Findings with a safe fix.
    pub fixable: usize,
}

impl Totals {
    pub fn add(&mut self, r: &FileReport) {
        self.files += 1;
        if r.error.is_some() {
            self.not_checked += 1;
        }
        for d in &r.diagnostics {
            self.by_severity[d.severity as usize] += 1;
            *self.by_rule.entry(d.rule.id()).or_insert(0) += 1;
            if d.fixes.iter().any(|f| f.applicability == Applicability::Safe) {
                self.fixable += 1;
            }
        }
        self.fixed += r.fixed;
    }

    pub fn checked(&self) -> usize {
        self.files - self.not_checked
    }

    pub fn findings(&self) -> usize {
        self.by_severity.iter().sum()
    }
}

/// The reports of a run, in order, counted as they are taken. A file that
/// could not be checked is reported on stderr when its turn comes, or
/// kept for later (`deferred`) while a progress line is shown there.
pub struct Reports<'a> {
    inner: Box<dyn Iterator<Item = FileReport> + 'a>,
    pub totals: Totals,
    pub deferred: Option<Vec<String>>,
}

impl<'a> Reports<'a> {
    pub fn new(inner: impl Iterator<Item = FileReport> + 'a) -> Reports<'a> {
        Reports { inner: Box::new(inner), totals: Totals::default(), deferred: None }
    }

    /// Keep the errors in `deferred` instead of printing them.
    pub fn defer_errors(mut self, defer: bool) -> Reports<'a> {
        self.deferred = defer.then(Vec::new);
        self
    }
}

impl Iterator for Reports<'_> {
    type Item = FileReport;

    fn next(&mut self) -> Option<FileReport> {
        let r = self.inner.next()?;
        if let Some(e) = &r.error {
            match &mut self.deferred {
                Some(later) => later.push(e.clone()),
                None => eprintln!("error: {e}"),
            }
        }
        self.totals.add(&r);
        Some(r)
    }
}

/// Check `paths` with `workers` tasks on rayon's thread pool and pass
/// their reports to `consume`, on this thread, in the order of `paths`,
/// each as soon as it and those before it are done. Files are taken in
/// order too, so only about `workers` reports wait at any time. When
/// `consume` returns early, the files not started yet are not checked.
pub fn check_in_order<T>(paths: &[PathBuf], workers: usize, check: impl Fn(&PathBuf) -> FileReport + Sync, consume: impl FnOnce(InOrder) -> T) -> T {
    let workers = workers.clamp(1, paths.len().max(1));
    let next = AtomicUsize::new(0);
    rayon::in_place_scope(|scope| {
        let (tx, rx) = sync_channel(workers);
        for _ in 0..workers {
            let tx = tx.clone();
            let (next, check) = (&next, &check);
            scope.spawn(move |_| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = paths.get(i) else { break };
                    if tx.send((i, check(path))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        // Consumed (and dropped) before the scope waits for the workers:
        // a worker blocked on a full channel then sees it closed.
        consume(InOrder { rx, waiting: HashMap::new(), next: 0 })
    })
}

/// The workers' reports, put back in path order.
pub struct InOrder {
    rx: Receiver<(usize, FileReport)>,
    waiting: HashMap<usize, FileReport>,
    next: usize,
}

impl Iterator for InOrder {
    type Item = FileReport;

    fn next(&mut self) -> Option<FileReport> {
        loop {
            if let Some(r) = self.waiting.remove(&self.next) {
                self.next += 1;
                return Some(r);
            }
            let (i, r) = self.rx.recv().ok()?;
            self.waiting.insert(i, r);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(name: &str) -> FileReport {
        FileReport { display: name.to_string(), text: String::new(), diagnostics: Vec::new(), error: None, fixed: 0, diff: None }
    }

    #[test]
    fn reports_come_in_path_order_whatever_the_workers_finish_first() {
        let paths: Vec<PathBuf> = (0..200).map(|i| PathBuf::from(format!("{i}.md"))).collect();
        let names = check_in_order(
            &paths,
            4,
            |p| {
                // Later files finish first now and then.
                let n: u64 = p.to_string_lossy().trim_end_matches(".md").parse().unwrap();
                std::thread::sleep(std::time::Duration::from_micros((200 - n) % 7 * 100));
                report(&p.display().to_string())
            },
            |reports| reports.map(|r| r.display).collect::<Vec<_>>(),
        );
        assert_eq!(names, paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>());
    }

    #[test]
    fn stopping_early_stops_the_workers() {
        let paths: Vec<PathBuf> = (0..10_000).map(|i| PathBuf::from(format!("{i}.md"))).collect();
        let checked = AtomicUsize::new(0);
        let first = check_in_order(
            &paths,
            3,
            |p| {
                checked.fetch_add(1, Ordering::Relaxed);
                report(&p.display().to_string())
            },
            |mut reports| reports.next().map(|r| r.display),
        );
        assert_eq!(first.as_deref(), Some("0.md"));
        assert!(checked.load(Ordering::Relaxed) < 100, "{} checked", checked.load(Ordering::Relaxed));
    }

    #[test]
    fn totals_count_findings_fixes_and_refusals() {
        use copydesk::diagnostic::{Diagnostic, Severity};
        use copydesk::rules::Rule;
        use copydesk::span::Span;
        let mut ok = report("a.md");
        ok.diagnostics = vec![Diagnostic::new(Rule::VagueAttribution, Span::new(0, 1), "m"), Diagnostic::new(Rule::UnsourcedFigure, Span::new(1, 2), "m")];
        ok.fixed = 3;
        let mut bad = report("b.md");
        bad.error = Some("b.md: not valid UTF-8".to_string());
        let mut reports = Reports::new(vec![ok, bad].into_iter());
        assert_eq!(reports.by_ref().count(), 2);
        let t = &reports.totals;
        assert_eq!((t.files, t.checked(), t.not_checked, t.fixed, t.findings()), (2, 1, 1, 3, 2));
        assert_eq!(t.by_severity[Severity::Warning as usize], 2);
        assert_eq!(t.by_rule.get("vague-attribution"), Some(&1));
    }
}
