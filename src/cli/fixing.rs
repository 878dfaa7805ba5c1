//! Applying fixes to files: repeat until stable, atomic writes.

use std::io::Write;
use std::path::Path;

use copydesk::document::{Document, Format};
use copydesk::fix::{apply_fixes, preferred, Applicability, Fix};
use copydesk::settings::Settings;

/// How many passes at most: each pass re-checks the fixed text.
const MAX_PASSES: usize = 10;

pub struct Fixed {
    pub text: String,
    pub applied: usize,
}

/// Apply fixes at or above `min` applicability, re-checking after each
/// pass, until nothing changes or the cap is reached.
pub fn fix_until_stable(text: &str, format: Format, settings: &Settings, min: Applicability) -> Fixed {
    let mut current = text.to_string();
    let mut applied = 0;
    for _ in 0..MAX_PASSES {
        let doc = Document::new(current.as_str(), format);
        let diagnostics = copydesk::check(&doc, settings);
        // One fix per finding.
        let chosen: Vec<&Fix> = diagnostics.iter().filter_map(|d| preferred(&d.fixes, min)).collect();
        let pass = apply_fixes(&current, chosen);
        if pass.applied == 0 || pass.text == current {
            break;
        }
        applied += pass.applied;
        current = pass.text;
    }
    Fixed { text: current, applied }
}

pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new).unified_diff().context_radius(2).header(&format!("a/{path}"), &format!("b/{path}")).to_string()
}

/// Write `new` over `path` atomically (temporary file in the same folder,
/// then rename), keeping permissions; refuse when the file changed on disk
/// since `original` was read, and never replace a symlink.
pub fn write_atomically(path: &Path, original: &[u8], new: &[u8]) -> Result<(), String> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if meta.file_type().is_symlink() {
        return Err(format!("{}: is a symbolic link; not fixed (fix the file it points to)", path.display()));
    }
    let now = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if now != original {
        return Err(format!("{}: changed on disk since it was read; not fixed", path.display()));
    }
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".copydesk-").tempfile_in(dir).map_err(|e| format!("{}: {e}", path.display()))?;
    tmp.write_all(new).and_then(|_| tmp.as_file().sync_all()).map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::set_permissions(tmp.path(), meta.permissions()).map_err(|e| format!("{}: {e}", path.display()))?;
    tmp.persist(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(())
}
