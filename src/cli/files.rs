//! Finding and reading the files to check.

use std::path::{Path, PathBuf};

/// Extensions checked when walking a folder.
pub const EXTENSIONS: &[&str] = &["md", "markdown", "txt", "tex", "typ"];

/// Expand paths: files as given; folders walked recursively, respecting
/// `.gitignore`, picking Markdown, text, LaTeX and Typst files, in sorted order.
pub fn expand(paths: &[PathBuf], errors: &mut Vec<String>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(path.clone());
            continue;
        }
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let mut found = Vec::new();
                let walker = ignore::WalkBuilder::new(path).follow_links(false).hidden(true).require_git(false).build();
                for entry in walker {
                    match entry {
                        Ok(e) => {
                            let p = e.path();
                            let wanted = e.file_type().is_some_and(|t| t.is_file())
                                && p.extension().and_then(|x| x.to_str()).is_some_and(|x| EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()));
                            if wanted {
                                found.push(p.to_path_buf());
                            }
                        }
                        Err(e) => errors.push(format!("{}: {}", path.display(), e)),
                    }
                }
                found.sort();
                out.extend(found);
            }
            Ok(_) => out.push(path.clone()),
            Err(e) => errors.push(format!("{}: {}", path.display(), e)),
        }
    }
    out
}

/// Why a file could not be read as text.
pub fn read_text(path: &Path) -> Result<(String, Vec<u8>), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {}", path.display(), e))?;
    decode(path, bytes)
}

pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<(String, Vec<u8>), String> {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) && !looks_like_utf16(head) {
        return Err(format!("{}: binary file (contains NUL bytes), not checked", path.display()));
    }
    match std::str::from_utf8(&bytes) {
        Ok(s) => Ok((s.to_string(), bytes)),
        Err(e) => {
            let (line, col) = line_col(&bytes, e.valid_up_to());
            Err(format!("{}:{}:{}: not valid UTF-8 (byte offset {}), not checked", path.display(), line, col, e.valid_up_to()))
        }
    }
}

fn looks_like_utf16(head: &[u8]) -> bool {
    head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF])
}

fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = offset - before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
    (line, col)
}
