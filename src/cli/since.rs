//! `check --since REV`: keep only findings on lines added or changed since a
//! git revision, uncommitted changes included.
//!
//! The changes come from the `git` binary: `git diff --unified=0 REV --
//! PATH` compares the revision with the file in the work tree, and its hunk
//! headers (`@@ -a,b +c,d @@`) give the new side's changed lines. A file
//! git does not track is new: every line counts. Pure deletions mark no
//! line. A finding counts when any line it covers has changed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

use copydesk::diagnostic::Diagnostic;

/// Which lines of a file changed (1-based, inclusive ranges, sorted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangedLines {
    /// A file new since the revision: every line.
    All,
    Ranges(Vec<(u32, u32)>),
}

impl ChangedLines {
    pub fn touches(&self, first: u32, last: u32) -> bool {
        match self {
            ChangedLines::All => true,
            ChangedLines::Ranges(ranges) => ranges.iter().any(|&(a, b)| a <= last && first <= b),
        }
    }
}

/// The new-side line ranges of a diff's hunks. Hunks that only delete
/// (`+c,0`) add nothing.
pub fn parse_hunks(diff: &str) -> Vec<(u32, u32)> {
    let mut ranges = Vec::new();
    for line in diff.lines() {
        let Some(rest) = line.strip_prefix("@@ ") else { continue };
        let Some(new) = rest.split(' ').find(|part| part.starts_with('+')) else { continue };
        let new = &new[1..];
        let (start, count) = match new.split_once(',') {
            Some((s, c)) => (s.parse::<u32>(), c.parse::<u32>()),
            None => (new.parse::<u32>(), Ok(1)),
        };
        if let (Ok(start), Ok(count)) = (start, count)
            && count > 0
            && start > 0
        {
            ranges.push((start, start + count - 1));
        }
    }
    ranges.sort_unstable();
    ranges
}

/// 1-based first and last line a finding covers, lines ended by `\n` as git
/// counts them. A span that ends right after a line break does not cover
/// the next line.
pub fn finding_lines(newlines: &[usize], d: &Diagnostic) -> (u32, u32) {
    let line_of = |offset: usize| newlines.partition_point(|&nl| nl < offset) as u32 + 1;
    let first = line_of(d.span.start);
    let last = if d.span.end > d.span.start { line_of(d.span.end - 1) } else { first };
    (first, last.max(first))
}

/// Keep the findings that touch a changed line.
pub fn filter(text: &str, diagnostics: &mut Vec<Diagnostic>, changed: &ChangedLines) {
    if *changed == ChangedLines::All {
        return;
    }
    let newlines: Vec<usize> = text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i).collect();
    diagnostics.retain(|d| {
        let (first, last) = finding_lines(&newlines, d);
        changed.touches(first, last)
    });
}

/// A repository's top level and the revision resolved in it, or why not.
type Resolved = Result<(PathBuf, String), String>;

/// The revision to compare with, resolved once per folder.
pub struct Since {
    rev: String,
    repos: Mutex<HashMap<PathBuf, Resolved>>,
}

fn git(dir: &Path, args: &[&str]) -> Result<Output, String> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .map_err(|e| format!("--since runs `git`, which could not be started: {e}"))
}

fn first_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string()
}

/// The folder a path lives in (itself for a folder), never empty.
fn folder_of(path: &Path) -> PathBuf {
    let dir = if path.is_dir() { path } else { path.parent().unwrap_or(Path::new(".")) };
    if dir.as_os_str().is_empty() { PathBuf::from(".") } else { dir.to_path_buf() }
}

impl Since {
    pub fn new(rev: &str) -> Since {
        Since { rev: rev.to_string(), repos: Mutex::new(HashMap::new()) }
    }

    /// The repository holding `dir` and the revision resolved in it.
    fn repo(&self, dir: &Path) -> Resolved {
        let mut repos = self.repos.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(found) = repos.get(dir) {
            return found.clone();
        }
        let found = self.resolve(dir);
        repos.insert(dir.to_path_buf(), found.clone());
        found
    }

    fn resolve(&self, dir: &Path) -> Resolved {
        let top = git(dir, &["rev-parse", "--show-toplevel"])?;
        if !top.status.success() {
            let shown = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
            return Err(format!(
                "--since compares with a git revision, but {} is not inside a git repository ({})",
                shown.display(),
                first_line(&top.stderr)
            ));
        }
        let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim_end_matches(['\n', '\r']));
        let spec = format!("{}^{{commit}}", self.rev);
        let rev = git(dir, &["rev-parse", "--verify", "--quiet", "--end-of-options", &spec])?;
        if !rev.status.success() || self.rev.is_empty() {
            return Err(format!("--since: `{}` is not a revision (commit, branch or tag) in the git repository at {}", self.rev, top.display()));
        }
        Ok((top, String::from_utf8_lossy(&rev.stdout).trim().to_string()))
    }

    /// Check up front that every path given is in a repository that knows
    /// the revision, so a mistake is one clear error before any output.
    pub fn precheck(&self, paths: &[PathBuf]) -> Result<(), String> {
        for path in paths {
            let dir = if path.as_os_str() == "-" { PathBuf::from(".") } else { folder_of(path) };
            if dir.exists() {
                self.repo(&dir)?;
            }
        }
        Ok(())
    }

    /// Changed lines of a file on disk.
    pub fn changed_lines(&self, path: &Path) -> Result<ChangedLines, String> {
        let dir = folder_of(path);
        let (_, commit) = self.repo(&dir)?;
        let name = path.file_name().map(Path::new).unwrap_or(path);
        let name = name.to_str().ok_or_else(|| format!("{}: --since needs a UTF-8 file name", path.display()))?;
        let tracked = git(&dir, &["ls-files", "--error-unmatch", "--", name])?;
        if !tracked.status.success() {
            return Ok(ChangedLines::All);
        }
        let diff = git(&dir, &["diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "--ignore-submodules", &commit, "--", name])?;
        if !diff.status.success() {
            return Err(format!("{}: git diff failed: {}", path.display(), first_line(&diff.stderr)));
        }
        Ok(ChangedLines::Ranges(parse_hunks(&String::from_utf8_lossy(&diff.stdout))))
    }

    /// Changed lines of text read from stdin, named by `--stdin-filename`
    /// (relative to the current folder): compared with that path's content
    /// at the revision.
    pub fn changed_lines_of_text(&self, name: &str, text: &str) -> Result<ChangedLines, String> {
        let (_, commit) = self.repo(Path::new("."))?;
        let rel = name.replace('\\', "/");
        if rel.starts_with('/') {
            return Ok(ChangedLines::All);
        }
        let object = format!("{commit}:./{}", rel.trim_start_matches("./"));
        let old = git(Path::new("."), &["show", "--no-textconv", &object])?;
        if !old.status.success() {
            return Ok(ChangedLines::All);
        }
        let old = String::from_utf8_lossy(&old.stdout);
        let diff = similar::TextDiff::from_lines(old.as_ref(), text);
        let mut ranges = Vec::new();
        for op in diff.ops() {
            let new = op.new_range();
            if op.tag() != similar::DiffTag::Equal && new.end > new.start {
                ranges.push((new.start as u32 + 1, new.end as u32));
            }
        }
        Ok(ChangedLines::Ranges(ranges))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use copydesk::rules::Rule;
    use copydesk::span::Span;

    #[test]
    fn parses_hunk_headers() {
        let diff = "diff --git a/x.md b/x.md\n--- a/x.md\n+++ b/x.md\n@@ -3 +3 @@ heading\n-old\n+new\n@@ -10,0 +11,2 @@\n+a\n+b\n@@ -20,4 +21,0 @@\n-gone\n@@ -30,2 +29 @@\n";
        assert_eq!(parse_hunks(diff), vec![(3, 3), (11, 12), (29, 29)]);
        assert_eq!(parse_hunks("@@ -0,0 +1,5 @@\n"), vec![(1, 5)]);
    }

    #[test]
    fn findings_touch_changed_lines() {
        let text = "one\ntwo\nthree\nfour\n";
        let d = |start: usize, end: usize| Diagnostic::new(Rule::UnattributedClaim, Span::new(start, end), "m");
        let mut ds = vec![d(0, 3), d(4, 7), d(4, 14), d(14, 18), d(0, 4)];
        filter(text, &mut ds, &ChangedLines::Ranges(vec![(3, 3)]));
        // "two\nthree" covers line 3; "one\n" ends at the break and covers line 1 only.
        assert_eq!(ds.iter().map(|d| (d.span.start, d.span.end)).collect::<Vec<_>>(), vec![(4, 14)]);
    }
}
