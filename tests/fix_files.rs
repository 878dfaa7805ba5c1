//! `check --fix` never damages a file: it keeps permissions, line ends and
//! a BOM; it writes through a temporary file in the same folder and a
//! rename, so a run killed midway leaves the old file or the new one; it
//! refuses a file that changed since it was read, and a symbolic link.
//!
//! `write_atomically` lives in the binary (`src/cli/fixing.rs`); it is
//! compiled in here by path to test the changed-on-disk refusal without a
//! race.

#![cfg(unix)]

#[allow(dead_code)]
#[path = "../src/cli/fixing.rs"]
mod fixing;

use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn copydesk(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_copydesk")).args(args).current_dir(dir).output().expect("run copydesk")
}

/// Temporary files a fix run may have left in `dir`.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with(".copydesk-")).collect()
}

const DRAFT: &str = "# Troops\n\nTroops have reportedly moved 500 tanks.\n\nCrime rose 40% in 2023.\n\n“We will not negotiate,” a source said.\n";

#[test]
fn fix_keeps_permissions_line_ends_and_bom() {
    let dir = tempfile::tempdir().unwrap();
    let mut n = 0;
    for eol in ["\n", "\r\n", "\r"] {
        for bom in ["", "\u{feff}"] {
            for mode in [0o644, 0o600, 0o755, 0o640] {
                n += 1;
                let name = format!("draft{n}.md");
                let path = dir.path().join(&name);
                let text = format!("{bom}{}", DRAFT.replace('\n', eol));
                std::fs::write(&path, &text).unwrap();
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
                let inode = std::fs::metadata(&path).unwrap().ino();
                let out = copydesk(&["check", "--fix", &name], dir.path());
                assert!(matches!(out.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&out.stderr));
                let fixed = std::fs::read_to_string(&path).unwrap();
                assert_ne!(fixed, text, "nothing fixed");
                assert!(fixed.contains("[citation needed]"), "{fixed:?}");
                assert_eq!(fixed.starts_with('\u{feff}'), !bom.is_empty(), "BOM: {fixed:?}");
                assert_eq!(fixed.matches('\u{feff}').count(), bom.len() / 3);
                let other_ends = match eol {
                    "\r\n" => fixed.replace("\r\n", "").contains(['\r', '\n']),
                    "\r" => fixed.contains('\n'),
                    _ => fixed.contains('\r'),
                };
                assert!(!other_ends, "line ends changed ({eol:?}): {fixed:?}");
                let meta = std::fs::metadata(&path).unwrap();
                assert_eq!(meta.permissions().mode() & 0o7777, mode, "{name}");
                // Replaced by a rename, not rewritten in place.
                assert_ne!(meta.ino(), inode);
            }
        }
    }
    assert!(leftovers(dir.path()).is_empty(), "{:?}", leftovers(dir.path()));
}

#[test]
fn a_file_changed_between_read_and_write_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.md");
    std::fs::write(&path, "Troops have reportedly moved.\n").unwrap();
    let original = std::fs::read(&path).unwrap();
    // The writer saves in their editor while copydesk works.
    std::fs::write(&path, "Troops have moved, the ministry said.\n").unwrap();
    let err = fixing::write_atomically(&path, &original, b"Troops have reportedly moved [citation needed].\n").unwrap_err();
    assert!(err.ends_with("a.md: changed on disk since it was read; not fixed"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "Troops have moved, the ministry said.\n");
    assert!(leftovers(dir.path()).is_empty());
    // Unchanged: written, atomically, with no temporary file left.
    let original = std::fs::read(&path).unwrap();
    fixing::write_atomically(&path, &original, b"new\n").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
    assert!(leftovers(dir.path()).is_empty());
    // A file that disappeared is an error too, and nothing is created.
    std::fs::remove_file(&path).unwrap();
    assert!(fixing::write_atomically(&path, &original, b"x").is_err());
    assert!(!path.exists());
}

#[test]
fn fix_on_a_symlink_is_refused_and_its_target_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let draft = "Troops have reportedly moved.\n";
    std::fs::write(dir.path().join("target.md"), draft).unwrap();
    std::fs::write(outside.path().join("elsewhere.md"), draft).unwrap();
    symlink("target.md", dir.path().join("link.md")).unwrap();
    let out = copydesk(&["check", "--fix", "link.md"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("link.md: is a symbolic link; not fixed (fix the file it points to)"), "{stderr}");
    assert_eq!(std::fs::read_to_string(dir.path().join("target.md")).unwrap(), draft);
    assert!(std::fs::symlink_metadata(dir.path().join("link.md")).unwrap().file_type().is_symlink());
    // In a folder, links are not followed: not to a file, not to a folder
    // outside the paths given; the real file in the folder is fixed.
    std::fs::create_dir(dir.path().join("drafts")).unwrap();
    std::fs::write(dir.path().join("drafts/real.md"), draft).unwrap();
    symlink(outside.path().join("elsewhere.md"), dir.path().join("drafts/file-link.md")).unwrap();
    symlink(outside.path(), dir.path().join("drafts/folder-link")).unwrap();
    let out = copydesk(&["check", "--fix", "drafts"], dir.path());
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&out.stderr));
    assert_ne!(std::fs::read_to_string(dir.path().join("drafts/real.md")).unwrap(), draft);
    assert_eq!(std::fs::read_to_string(outside.path().join("elsewhere.md")).unwrap(), draft);
    assert!(std::fs::symlink_metadata(dir.path().join("drafts/file-link.md")).unwrap().file_type().is_symlink());
}

#[test]
fn a_fix_run_killed_midway_leaves_the_old_file_or_the_new_one() {
    // A long report so the run takes a while; killed at increasing delays.
    let dir = tempfile::tempdir().unwrap();
    let paragraph = "Troops have reportedly moved 500 tanks. Crime rose 40% in 2023. “We will not negotiate,” a source said.\n\n";
    let old = paragraph.repeat(if cfg!(debug_assertions) { 500 } else { 5_000 });
    let path = dir.path().join("long.md");
    std::fs::write(&path, &old).unwrap();
    let started = std::time::Instant::now();
    assert!(matches!(copydesk(&["check", "--quiet", "--fix", "long.md"], dir.path()).status.code(), Some(0 | 1)));
    let full = started.elapsed();
    let new = std::fs::read_to_string(&path).unwrap();
    assert_ne!(new, old);
    let (mut saw_old, mut saw_new) = (false, false);
    // From right away to past the end of a whole run, in steps of a tenth.
    for k in 0..=14u32 {
        let delay = full * k / 10;
        std::fs::write(&path, &old).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
            .args(["check", "--quiet", "--fix", "long.md"])
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        child.kill().ok();
        child.wait().unwrap();
        let now = std::fs::read_to_string(&path).unwrap();
        assert!(now == old || now == new, "killed after {delay:?}: a mix of old and new ({} bytes)", now.len());
        saw_old |= now == old;
        saw_new |= now == new;
    }
    eprintln!("a whole run: {full:?}; killed runs left the old file: {saw_old}, the new file: {saw_new}");
    // A temporary file of a killed run is hidden (`.copydesk-*`) and never checked.
    std::fs::write(dir.path().join(".copydesk-leftover"), "Troops have reportedly moved.\n").unwrap();
    let out = copydesk(&["check", "--format", "json", "."], dir.path());
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<&str> = value["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, vec!["./long.md"]);
}
