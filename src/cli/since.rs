//! `check --since REV`: keep only findings on lines added or changed since a
//! git revision, uncommitted changes included.
//!
//! The changes come from the `git` binary, once per repository for all the
//! paths given: `git diff --unified=0 REV -- PATHS` compares the revision
//! with the files in the work tree, and its hunk headers (`@@ -a,b +c,d
//! @@`) give each file's changed lines on the new side; `git ls-files`
//! tells which files git tracks. A file git does not track is new: every
//! line counts. Pure deletions mark no line. A finding counts when any line
//! it covers has changed.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

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

/// What changed in one repository since the revision, for the paths given
/// on the command line: the files git tracks and the changed line ranges
/// of each file the diff lists (paths relative to the top level).
#[derive(Debug, Default)]
struct RepoChanges {
    tracked: HashSet<PathBuf>,
    changed: HashMap<PathBuf, Vec<(u32, u32)>>,
}

/// The revision to compare with, resolved once per folder; the changes,
/// computed once per repository with one `git ls-files` and one `git diff`
/// for all the files checked there.
pub struct Since {
    rev: String,
    /// The paths given on the command line, made absolute.
    args: Mutex<Vec<PathBuf>>,
    repos: Mutex<HashMap<PathBuf, Resolved>>,
    changes: Mutex<HashMap<PathBuf, Arc<Result<RepoChanges, String>>>>,
}

fn git(dir: &Path, args: &[&str]) -> Result<Output, String> {
    git_with(dir, args, &[])
}

fn git_with(dir: &Path, args: &[&str], paths: &[PathBuf]) -> Result<Output, String> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["--literal-pathspecs", "-c", "core.quotePath=false"])
        .args(args)
        .args(paths)
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

/// A path made absolute and free of symlinks where it exists.
fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_path_buf()))
}

/// Undo git's C-style quoting of a path in a diff header (`"a\"b.md"`).
fn unquote(path: &str) -> Vec<u8> {
    let Some(inner) = path.strip_prefix('"').and_then(|p| p.strip_suffix('"')) else { return path.as_bytes().to_vec() };
    let bytes = inner.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' && i + 1 < bytes.len() {
            let c = bytes[i + 1];
            let simple = match c {
                b'n' => Some(b'\n'),
                b't' => Some(b'\t'),
                b'r' => Some(b'\r'),
                b'a' => Some(7),
                b'b' => Some(8),
                b'f' => Some(12),
                b'v' => Some(11),
                b'"' | b'\\' => Some(c),
                _ => None,
            };
            if let Some(b) = simple {
                out.push(b);
                i += 2;
                continue;
            }
            if i + 3 < bytes.len() && bytes[i + 1..i + 4].iter().all(|d| (b'0'..=b'7').contains(d)) {
                let v = bytes[i + 1..i + 4].iter().fold(0u32, |acc, d| acc * 8 + u32::from(d - b'0'));
                out.push(v as u8);
                i += 4;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

#[cfg(unix)]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

/// A hunk header `@@ -a,b +c,d @@`: how many lines it removes (`b`) and
/// adds (`d`), and the new side's changed lines (none for a deletion).
#[derive(Debug, PartialEq, Eq)]
struct Hunk {
    removed: u32,
    added: u32,
    lines: Option<(u32, u32)>,
}

fn hunk_header(line: &str) -> Option<Hunk> {
    let rest = line.strip_prefix("@@ ")?;
    let mut parts = rest.split(' ');
    let old = parts.next()?.strip_prefix('-')?;
    let new = parts.next()?.strip_prefix('+')?;
    let count = |s: &str| -> Option<(u32, u32)> {
        match s.split_once(',') {
            Some((a, b)) => Some((a.parse().ok()?, b.parse().ok()?)),
            None => Some((s.parse().ok()?, 1)),
        }
    };
    let (_, old_count) = count(old)?;
    let (start, new_count) = count(new)?;
    let lines = (new_count > 0 && start > 0).then(|| (start, start + new_count - 1));
    Some(Hunk { removed: old_count, added: new_count, lines })
}

/// Per-file changed ranges of a multi-file `git diff --unified=0` with
/// `a/` and `b/` prefixes. Hunk bodies are skipped by count, so an added
/// line that looks like a header is never read as one.
fn parse_diff(diff: &[u8]) -> HashMap<PathBuf, Vec<(u32, u32)>> {
    let mut out: HashMap<PathBuf, Vec<(u32, u32)>> = HashMap::new();
    let mut current: Option<PathBuf> = None;
    let mut lines = diff.split(|&b| b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l));
    while let Some(raw) = lines.next() {
        let line = String::from_utf8_lossy(raw);
        if line.starts_with("diff --git ") {
            current = None;
        } else if let Some(path) = line.strip_prefix("+++ ") {
            // git ends the name with a tab when it has a space in it.
            let bytes = unquote(path.strip_suffix('\t').unwrap_or(path));
            current = bytes.strip_prefix(b"b/").map(|p| path_from_bytes(p.to_vec()));
            if let Some(p) = &current {
                out.entry(p.clone()).or_default();
            }
        } else if let Some(hunk) = hunk_header(&line) {
            if let (Some(p), Some(r)) = (&current, hunk.lines) {
                out.entry(p.clone()).or_default().push(r);
            }
            let (mut old, mut new) = (hunk.removed, hunk.added);
            while old + new > 0 {
                let Some(body) = lines.next() else { break };
                match body.first() {
                    Some(b'-') => old = old.saturating_sub(1),
                    Some(b'+') => new = new.saturating_sub(1),
                    Some(b'\\') => {}
                    _ => break,
                }
            }
        }
    }
    for ranges in out.values_mut() {
        ranges.sort_unstable();
    }
    out
}

impl Since {
    pub fn new(rev: &str) -> Since {
        Since { rev: rev.to_string(), args: Mutex::new(Vec::new()), repos: Mutex::new(HashMap::new()), changes: Mutex::new(HashMap::new()) }
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
            return Err(format!(
                "--since compares with a git revision, but {} is not inside a git repository ({})",
                canonical(dir).display(),
                first_line(&top.stderr)
            ));
        }
        let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim_end_matches(['\n', '\r']));
        let top = canonical(&top);
        let spec = format!("{}^{{commit}}", self.rev);
        let rev = git(dir, &["rev-parse", "--verify", "--quiet", "--end-of-options", &spec])?;
        if !rev.status.success() || self.rev.is_empty() {
            return Err(format!("--since: `{}` is not a revision (commit, branch or tag) in the git repository at {}", self.rev, top.display()));
        }
        Ok((top, String::from_utf8_lossy(&rev.stdout).trim().to_string()))
    }

    /// Check up front that every path given is in a repository that knows
    /// the revision, so a mistake is one clear error before any output.
    /// Remembers the paths: the diff of each repository is limited to them.
    pub fn precheck(&self, paths: &[PathBuf]) -> Result<(), String> {
        for path in paths {
            let dir = if path.as_os_str() == "-" { PathBuf::from(".") } else { folder_of(path) };
            if dir.exists() {
                self.repo(&dir)?;
            }
            if path.as_os_str() != "-" {
                self.args.lock().unwrap_or_else(|p| p.into_inner()).push(canonical(path));
            }
        }
        Ok(())
    }

    /// What changed in the repository at `top`, computed on first use.
    fn changes(&self, top: &Path, commit: &str) -> Arc<Result<RepoChanges, String>> {
        let mut all = self.changes.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(found) = all.get(top) {
            return found.clone();
        }
        let found = Arc::new(self.compute_changes(top, commit));
        all.insert(top.to_path_buf(), found.clone());
        found
    }

    fn compute_changes(&self, top: &Path, commit: &str) -> Result<RepoChanges, String> {
        let mut pathspecs: Vec<PathBuf> = self.args.lock().unwrap_or_else(|p| p.into_inner()).iter().filter_map(|a| a.strip_prefix(top).ok().map(Path::to_path_buf)).collect();
        pathspecs.sort();
        pathspecs.dedup();
        if pathspecs.is_empty() || pathspecs.iter().any(|p| p.as_os_str().is_empty()) {
            pathspecs = vec![PathBuf::from(".")];
        }
        let listed = git_with(top, &["ls-files", "-z", "--"], &pathspecs)?;
        if !listed.status.success() {
            return Err(format!("git ls-files failed in {}: {}", top.display(), first_line(&listed.stderr)));
        }
        let tracked = listed.stdout.split(|&b| b == 0).filter(|p| !p.is_empty()).map(|p| path_from_bytes(p.to_vec())).collect();
        let diff = git_with(
            top,
            &["diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "--ignore-submodules", "--src-prefix=a/", "--dst-prefix=b/", commit, "--"],
            &pathspecs,
        )?;
        if !diff.status.success() {
            return Err(format!("git diff failed in {}: {}", top.display(), first_line(&diff.stderr)));
        }
        Ok(RepoChanges { tracked, changed: parse_diff(&diff.stdout) })
    }

    /// Changed lines of a file on disk.
    pub fn changed_lines(&self, path: &Path) -> Result<ChangedLines, String> {
        let (top, commit) = self.repo(&folder_of(path))?;
        let changes = self.changes(&top, &commit);
        let changes = changes.as_ref().as_ref().map_err(Clone::clone)?;
        let file = canonical(path);
        let Ok(rel) = file.strip_prefix(&top) else { return Ok(ChangedLines::All) };
        if !changes.tracked.contains(rel) {
            return Ok(ChangedLines::All);
        }
        Ok(ChangedLines::Ranges(changes.changed.get(rel).cloned().unwrap_or_default()))
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
        let h = |removed, added, lines| Some(Hunk { removed, added, lines });
        assert_eq!(hunk_header("@@ -3 +3 @@ heading"), h(1, 1, Some((3, 3))));
        assert_eq!(hunk_header("@@ -10,0 +11,2 @@"), h(0, 2, Some((11, 12))));
        assert_eq!(hunk_header("@@ -20,4 +21,0 @@"), h(4, 0, None));
        assert_eq!(hunk_header("@@ -0,0 +1,5 @@"), h(0, 5, Some((1, 5))));
        assert_eq!(hunk_header("@@@ -1 -1 +1 @@@"), None);
    }

    #[test]
    fn parses_multi_file_diffs_by_counting_hunk_bodies() {
        let diff = concat!(
            "diff --git a/x.md b/x.md\n",
            "index 1..2 100644\n",
            "--- a/x.md\n",
            "+++ b/x.md\n",
            "@@ -3 +3 @@ heading\n",
            "-old\n",
            "+new\n",
            "@@ -10,0 +11,2 @@\n",
            "+++ b/not-a-header.md\n",
            "+diff --git a/y b/y\n",
            "\\ No newline at end of file\n",
            "diff --git \"a/sub/q\\\"\\303\\251.md\" \"b/sub/q\\\"\\303\\251.md\"\n",
            "--- \"a/sub/q\\\"\\303\\251.md\"\n",
            "+++ \"b/sub/q\\\"\\303\\251.md\"\n",
            "@@ -20,4 +21,0 @@\n",
            "-a\n-b\n-c\n-d\n",
            "diff --git a/a b/c.md b/a b/c.md\n",
            "--- a/a b/c.md\t\n",
            "+++ b/a b/c.md\t\n",
            "@@ -1 +1 @@\n",
            "-x\n",
            "+y\n",
            "diff --git a/gone.md b/gone.md\n",
            "--- a/gone.md\n",
            "+++ /dev/null\n",
            "@@ -1 +0,0 @@\n",
            "-x\n",
        );
        let parsed = parse_diff(diff.as_bytes());
        assert_eq!(parsed.len(), 3, "{parsed:?}");
        assert_eq!(parsed[Path::new("a b/c.md")], vec![(1, 1)]);
        assert_eq!(parsed[Path::new("x.md")], vec![(3, 3), (11, 12)]);
        assert_eq!(parsed[Path::new("sub/q\"é.md")], Vec::<(u32, u32)>::new());
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
