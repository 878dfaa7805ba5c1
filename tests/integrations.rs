//! The CI integrations shipped at the repository root: `.pre-commit-hooks.yaml`
//! and the composite GitHub Action `action.yml` parse and say what
//! `docs/ci.md` says, the action's steps are the ones the docs show (and
//! they run), and every copy-paste setup in the docs parses and uses only
//! options `copydesk check` has.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use yaml_rust2::{Yaml, YamlLoader};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn yaml(text: &str, what: &str) -> Yaml {
    let mut docs = YamlLoader::load_from_str(text).unwrap_or_else(|e| panic!("{what} is not YAML: {e}"));
    assert_eq!(docs.len(), 1, "{what}: one YAML document");
    docs.remove(0)
}

fn str_of<'a>(y: &'a Yaml, what: &str) -> &'a str {
    y.as_str().unwrap_or_else(|| panic!("{what} is not a string: {y:?}"))
}

/// Fenced code blocks of a Markdown file with the given info string.
fn code_blocks(markdown: &str, lang: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match &mut current {
            None if line.trim_end() == format!("```{lang}") => current = Some(String::new()),
            Some(block) if line.trim_end() == "```" => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    assert!(current.is_none(), "unclosed ```{lang} block");
    blocks
}

fn action() -> Yaml {
    yaml(&read("action.yml"), "action.yml")
}

/// (name, env keys, script) of each `run` step of the action.
fn action_steps() -> Vec<(String, Vec<String>, String)> {
    let action = action();
    action["runs"]["steps"]
        .as_vec()
        .expect("runs.steps")
        .iter()
        .filter(|s| !s["run"].is_badvalue())
        .map(|s| {
            let env = s["env"].as_hash().map(|h| h.keys().map(|k| str_of(k, "env key").to_string()).collect()).unwrap_or_default();
            (str_of(&s["name"], "step name").to_string(), env, str_of(&s["run"], "run").to_string())
        })
        .collect()
}

fn step(name: &str) -> (Vec<String>, String) {
    action_steps().into_iter().find(|(n, _, _)| n == name).map(|(_, e, s)| (e, s)).unwrap_or_else(|| panic!("no step {name:?}"))
}

/// The long options `copydesk check --help` lists.
fn check_options() -> BTreeSet<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk")).args(["check", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    help.split(|c: char| c.is_whitespace() || c == ',' || c == '[' || c == ']' || c == '=' || c == '<')
        .filter(|w| w.starts_with("--") && w.len() > 2)
        .map(str::to_string)
        .collect()
}

#[test]
fn pre_commit_hook_runs_copydesk_check_on_markdown_and_text() {
    let hooks = yaml(&read(".pre-commit-hooks.yaml"), ".pre-commit-hooks.yaml");
    let hooks = hooks.as_vec().expect("a list of hooks");
    assert_eq!(hooks.len(), 1);
    let hook = &hooks[0];
    assert_eq!(str_of(&hook["id"], "id"), "copydesk");
    assert_eq!(str_of(&hook["language"], "language"), "rust");
    assert_eq!(str_of(&hook["entry"], "entry"), "copydesk check");
    assert!(hook["name"].as_str().is_some_and(|n| !n.is_empty()));
    let types: Vec<&str> = hook["types_or"].as_vec().expect("types_or").iter().map(|t| str_of(t, "type")).collect();
    assert_eq!(types, ["markdown", "plain-text"]);
    // pre-commit builds with `cargo install --path .`: the crate must have the binary.
    assert!(read("Cargo.toml").contains("name = \"copydesk\"") && root().join("src/main.rs").is_file());
}

#[test]
fn action_is_a_composite_action_with_the_documented_inputs() {
    let action = action();
    assert_eq!(str_of(&action["runs"]["using"], "runs.using"), "composite");
    assert!(action["name"].as_str().is_some() && action["description"].as_str().is_some());
    let inputs: Vec<&str> = action["inputs"].as_hash().expect("inputs").keys().map(|k| str_of(k, "input")).collect();
    assert_eq!(inputs, ["paths", "args", "sarif-file", "version"]);
    for (_, input) in action["inputs"].as_hash().unwrap() {
        assert!(input["description"].as_str().is_some() && input["default"].as_str().is_some(), "{input:?}");
    }
    let docs = read("docs/ci.md");
    for input in inputs {
        assert!(docs.contains(&format!("| `{input}` |")), "docs/ci.md documents input {input}");
    }
    for s in action["runs"]["steps"].as_vec().unwrap() {
        assert_eq!(str_of(&s["shell"], "shell"), "bash", "composite run steps need a shell");
        // Inputs reach scripts through env, never spliced into the script.
        assert!(!str_of(&s["run"], "run").contains("${{"), "step {:?} splices an expression into its script", s["name"]);
    }
}

#[test]
fn action_steps_are_the_ones_docs_ci_shows() {
    let docs = read("docs/ci.md");
    let shown = code_blocks(&docs, "bash");
    let steps = action_steps();
    assert_eq!(steps.len(), 3);
    for (name, env, script) in &steps {
        assert!(shown.contains(script), "docs/ci.md does not show the action's step {name:?} as it is:\n{script}");
        for var in env {
            assert!(script.contains(&format!("${var}")) || script.contains(&format!("\"${var}\"")), "{name}: env {var} unused");
        }
    }
    let scripts: String = steps.iter().map(|s| s.2.as_str()).collect();
    assert!(scripts.contains("copydesk check \"${args[@]}\" --format github"));
    assert!(scripts.contains("--format sarif --fail-on never"));
    assert!(scripts.contains("cargo install --locked --path"));
    assert!(scripts.contains("cargo install --locked --git https://github.com/copydesk/copydesk"));
}

#[test]
fn docs_ci_setups_parse_and_use_real_options() {
    let docs = read("docs/ci.md");
    let blocks = code_blocks(&docs, "yaml");
    assert!(blocks.len() >= 7, "GitHub (3 and without the action), GitLab (2), pre-commit (2)");
    let hooks = yaml(&read(".pre-commit-hooks.yaml"), ".pre-commit-hooks.yaml");
    let hook_ids: Vec<&str> = hooks.as_vec().unwrap().iter().map(|h| str_of(&h["id"], "id")).collect();
    let action = action();
    let inputs: Vec<&str> = action["inputs"].as_hash().unwrap().keys().map(|k| str_of(k, "input")).collect();
    let mut commands = Vec::new();
    let (mut workflows, mut gitlab, mut precommit) = (0, 0, 0);
    for block in &blocks {
        let doc = yaml(block, &format!("docs/ci.md block:\n{block}"));
        if block.starts_with("# .github/workflows/") {
            workflows += 1;
            for (_, job) in doc["jobs"].as_hash().expect("jobs") {
                for s in job["steps"].as_vec().expect("steps") {
                    if s["uses"].as_str().is_some_and(|u| u.starts_with("copydesk/copydesk@")) {
                        for (k, _) in s["with"].as_hash().into_iter().flatten() {
                            assert!(inputs.contains(&str_of(k, "with")), "the action has no input {k:?}");
                        }
                    }
                    if let Some(run) = s["run"].as_str() {
                        commands.push(run.to_string());
                    }
                }
            }
        } else if block.starts_with("# .gitlab-ci.yml") {
            gitlab += 1;
            for (_, job) in doc.as_hash().expect("jobs") {
                let script = job["script"].as_vec().expect("script");
                commands.extend(script.iter().map(|c| str_of(c, "script line").to_string()));
                for (_, path) in job["artifacts"]["reports"].as_hash().expect("artifacts.reports") {
                    let path = str_of(path, "report path");
                    assert!(script.iter().any(|c| c.as_str().is_some_and(|c| c.ends_with(&format!("> {path}")))), "a script line writes {path}");
                }
            }
        } else if block.starts_with("# .pre-commit-config.yaml") {
            precommit += 1;
            let repo = &doc["repos"][0];
            assert_eq!(str_of(&repo["repo"], "repo"), "https://github.com/copydesk/copydesk");
            for h in repo["hooks"].as_vec().unwrap() {
                assert!(hook_ids.contains(&str_of(&h["id"], "id")));
                let args: Vec<String> = h["args"].as_vec().into_iter().flatten().map(|a| str_of(a, "arg").to_string()).collect();
                if !args.is_empty() {
                    commands.push(format!("copydesk check {}", args.join(" ")));
                }
            }
        } else {
            panic!("docs/ci.md YAML block without a `# file` first line:\n{block}");
        }
    }
    assert_eq!((workflows, gitlab, precommit), (4, 2, 2));
    commands.extend(code_blocks(&docs, "sh").into_iter().flat_map(|b| b.lines().map(str::to_string).collect::<Vec<_>>()));
    commands.extend(code_blocks(&docs, "bash").into_iter().flat_map(|b| b.lines().map(str::to_string).collect::<Vec<_>>()));
    let options = check_options();
    let formats = ["human", "json", "sarif", "github", "gitlab", "junit"];
    let mut checked = 0;
    for command in &commands {
        let Some(at) = command.find("copydesk check") else { continue };
        checked += 1;
        let words: Vec<&str> = command[at..].split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            if w.starts_with("--") && *w != "--" {
                let name = w.split('=').next().unwrap();
                assert!(options.contains(name), "`{command}` uses {name}, which `copydesk check` does not have");
            }
            if *w == "--format" {
                assert!(formats.contains(&words[i + 1]), "`{command}`: no format {}", words[i + 1]);
            }
        }
    }
    assert!(checked >= 10, "found only {checked} copydesk check commands");
}

/// Run one of the action's steps as GitHub would: bash, with the step's env.
fn run_step(name: &str, env: &[(&str, &str)], path: &str, cwd: &Path) -> std::process::Output {
    let (keys, script) = step(name);
    let mut given: Vec<&str> = env.iter().map(|(k, _)| *k).collect();
    given.sort_unstable();
    let mut wanted: Vec<&str> = keys.iter().map(String::as_str).collect();
    wanted.sort_unstable();
    assert_eq!(given, wanted, "env of step {name}");
    Command::new("bash").arg("-c").arg(&script).envs(env.iter().copied()).env("PATH", path).env_remove("NO_COLOR").current_dir(cwd).output().unwrap()
}

fn bin_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_copydesk")).parent().unwrap().to_path_buf()
}

fn path_with(first: &Path) -> String {
    std::env::join_paths(std::iter::once(first.to_path_buf()).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()))).unwrap().into_string().unwrap()
}

#[test]
fn action_check_and_sarif_steps_run() {
    let path = path_with(&bin_dir());
    let paths = "tests/fixtures/seed.md";
    let out = run_step("Check reports", &[("COPYDESK_PATHS", paths), ("COPYDESK_ARGS", "")], &path, root());
    assert_eq!(out.status.code(), Some(1), "warnings fail the job: {}", String::from_utf8_lossy(&out.stderr));
    let annotations = String::from_utf8(out.stdout).unwrap();
    assert!(annotations.lines().count() > 0 && annotations.lines().all(|l| l.starts_with("::")), "{annotations}");
    // `args` can change the threshold; it comes before --format, so it cannot change that.
    let out = run_step("Check reports", &[("COPYDESK_PATHS", paths), ("COPYDESK_ARGS", "--fail-on never --format json")], &path, root());
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("::"));
    // Globs in inputs are not expanded by the shell.
    let out = run_step("Check reports", &[("COPYDESK_PATHS", "tests/fixtures/*.md"), ("COPYDESK_ARGS", "")], &path, root());
    assert_eq!(out.status.code(), Some(2), "no file is literally named *.md");

    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("out.sarif");
    let out = run_step(
        "Write SARIF report",
        &[("COPYDESK_PATHS", paths), ("COPYDESK_ARGS", "--fail-on warning"), ("COPYDESK_SARIF_FILE", sarif.to_str().unwrap())],
        &path,
        root(),
    );
    assert_eq!(out.status.code(), Some(0), "the SARIF step never fails on findings: {}", String::from_utf8_lossy(&out.stderr));
    let log: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    assert_eq!(log["version"], "2.1.0");
    assert!(!log["runs"][0]["results"].as_array().unwrap().is_empty());
}

#[test]
fn action_install_step_picks_the_source_from_version() {
    // A stand-in `cargo` records its arguments; `copydesk --version` is the real binary.
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("cargo.log");
    let cargo = dir.path().join("cargo");
    std::fs::write(&cargo, format!("#!/bin/sh\necho \"$@\" >> '{}'\n", log.display())).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&cargo, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let path = std::env::join_paths([dir.path().to_path_buf(), bin_dir()]).unwrap().into_string().unwrap();
    let path = format!("{path}:/usr/bin:/bin");
    let sha = "0123456789abcdef0123456789abcdef01234567";
    for version in ["", sha, "v0.1.0"] {
        let out = run_step("Install copydesk", &[("COPYDESK_VERSION", version), ("COPYDESK_ACTION_PATH", "/action")], &path, root());
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")), "prints the installed version");
    }
    let calls = std::fs::read_to_string(&log).unwrap();
    assert_eq!(
        calls.lines().collect::<Vec<_>>(),
        [
            "install --locked --path /action".to_string(),
            format!("install --locked --git https://github.com/copydesk/copydesk --rev {sha} copydesk"),
            "install --locked --git https://github.com/copydesk/copydesk --tag v0.1.0 copydesk".to_string(),
        ]
    );
    // No cargo: a clear annotation and a failed step.
    let empty = tempfile::tempdir().unwrap();
    let bash_only = format!("{}:/nonexistent", empty.path().display());
    let (_, script) = step("Install copydesk");
    let out = Command::new("/bin/bash").arg("-c").arg(&script).env("PATH", &bash_only).env("COPYDESK_VERSION", "").env("COPYDESK_ACTION_PATH", "/action").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("::error title=copydesk::cargo not found"));
}

#[test]
fn docs_plain_shell_script_runs() {
    let docs = read("docs/ci.md");
    let script = code_blocks(&docs, "sh").into_iter().find(|b| b.starts_with("#!/bin/sh")).expect("the plain shell script");
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("reports")).unwrap();
    std::fs::copy(root().join("tests/fixtures/seed.md"), d.join("reports/seed.md")).unwrap();
    let path = path_with(&bin_dir());
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args(args)
            .current_dir(d)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CEILING_DIRECTORIES", std::env::temp_dir())
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    git(&["init", "-q"]);
    git(&["-c", "user.name=T", "-c", "user.email=t@example.com", "add", "reports"]);
    git(&["-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "reports"]);
    let run = |args: &[&str]| {
        Command::new("sh")
            .arg("-c")
            .arg(&script)
            .arg("copydesk.sh")
            .args(args)
            .current_dir(d)
            .env("PATH", &path)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CEILING_DIRECTORIES", std::env::temp_dir())
            .output()
            .unwrap()
    };
    let all = run(&[]);
    assert_eq!(all.status.code(), Some(1), "{}", String::from_utf8_lossy(&all.stderr));
    assert!(String::from_utf8_lossy(&all.stdout).contains("copydesk: findings above"));
    let unchanged = run(&["HEAD"]);
    assert_eq!(unchanged.status.code(), Some(0), "{}", String::from_utf8_lossy(&unchanged.stderr));
    assert!(String::from_utf8_lossy(&unchanged.stdout).contains("copydesk: no findings"));
    let bad = run(&["no-such-branch"]);
    assert_eq!(bad.status.code(), Some(2));
}
