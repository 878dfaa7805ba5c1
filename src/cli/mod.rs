//! Command-line front: argument parsing, file handling and output. A thin
//! client of the library.

mod files;
mod fixing;
mod formats;
mod output;
mod reports;
mod since;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use clap::{Parser, Subcommand, ValueEnum};

use copydesk::config::{self, Config};
use copydesk::diagnostic::{Diagnostic, Severity};
use copydesk::document::{Document, Format};
use copydesk::fix::Applicability;
use copydesk::rules::Rule;
use copydesk::settings::Settings;

use self::reports::Reports;

#[derive(Parser)]
#[command(name = "copydesk", version, about = "A copy desk for reports: unsourced claims, vague attribution, unsourced figures, relative and year-less dates.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    /// For people at a terminal.
    Human,
    /// copydesk's own JSON (see the rule catalogue).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// GitLab Code Quality report.
    Gitlab,
    /// JUnit XML test report.
    Junit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum InspectFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Info,
    Warning,
    Error,
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// Check reports (files, folders, or `-` for stdin).
    Check(CheckArgs),
    /// List the rules with one-line summaries.
    Rules,
    /// Print a rule's documentation.
    Explain {
        /// Rule id, e.g. `unsourced-figure`.
        rule: String,
    },
    /// Print the analysis of a file: sentences, quotes, attributions, figures, dates.
    Inspect {
        file: PathBuf,
        #[arg(long, value_enum, default_value = "human")]
        format: InspectFormat,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// Write a commented default copydesk.toml in the current folder.
    Init {
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Run the language server on stdin/stdout.
    Lsp,
}

#[derive(clap::Args)]
#[command(args_override_self = true)]
struct CheckArgs {
    /// Files or folders; `-` reads stdin.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "human")]
    format: OutputFormat,
    /// Exit 1 when a finding at or above this severity is made.
    #[arg(long, value_enum, default_value = "warning")]
    fail_on: FailOn,
    /// Only these rules (comma-separated ids).
    #[arg(long, value_delimiter = ',')]
    select: Vec<String>,
    /// Skip these rules (comma-separated ids).
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// Document date for resolving relative and year-less dates (overrides the document's own).
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// Name to report for stdin (also picks the format by extension).
    #[arg(long)]
    stdin_filename: Option<String>,
    /// Use this copydesk.toml instead of searching upward from each file.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Apply safe fixes in place.
    #[arg(long)]
    fix: bool,
    /// With --fix or --diff, apply unsafe fixes too.
    #[arg(long)]
    unsafe_fixes: bool,
    /// Print the fixes as a unified diff; write nothing.
    #[arg(long)]
    diff: bool,
    /// Never colour the output.
    #[arg(long)]
    no_color: bool,
    /// Print only the summary (human format).
    #[arg(long, short)]
    quiet: bool,
    /// Report only findings on lines added or changed since this git
    /// revision (uncommitted changes included), e.g. `origin/main`, `HEAD~3`.
    #[arg(long, value_name = "REV")]
    since: Option<String>,
}

/// One checked (or refused) file.
pub struct FileReport {
    pub display: String,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
    pub error: Option<String>,
    pub fixed: usize,
    pub diff: Option<String>,
}

pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Command::Check(args) => check(args),
        Command::Rules => {
            let mut text = String::new();
            for rule in Rule::EVERY {
                let _ = writeln!(text, "{:<20} {:<8} {}", rule.id(), rule.default_severity().as_str(), rule.doc().summary);
            }
            exit_after_writing(&text, 0)
        }
        Command::Explain { rule } => match Rule::from_id(&rule) {
            Some(r) => exit_after_writing(&(r.documentation() + "\n"), 0),
            None => {
                eprintln!("error: unknown rule `{rule}`; `copydesk rules` lists them");
                2
            }
        },
        Command::Inspect { file, format, date } => inspect(&file, format, date.as_deref()),
        Command::Init { force } => init(force),
        Command::Lsp => copydesk_lsp(),
    }
}

fn copydesk_lsp() -> i32 {
    crate::lsp::run_stdio()
}

fn init(force: bool) -> i32 {
    let path = Path::new(config::FILE_NAME);
    if path.exists() && !force {
        eprintln!("error: {} exists; use --force to overwrite", path.display());
        return 2;
    }
    match std::fs::write(path, config::DEFAULT_FILE) {
        Ok(()) => {
            println!("wrote {}", path.display());
            0
        }
        Err(e) => {
            eprintln!("error: {}: {e}", path.display());
            2
        }
    }
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse().map_err(|_| format!("bad date `{s}`: expected YYYY-MM-DD"))
}

/// The configuration that applies in a folder: the file found and what it
/// says, none, or why it could not be read.
type FoundConfig = Result<Option<(PathBuf, Config)>, String>;

/// Settings per configuration file, read once each.
struct ConfigCache {
    explicit: Option<Result<Config, String>>,
    explicit_path: Option<PathBuf>,
    by_dir: Mutex<HashMap<PathBuf, FoundConfig>>,
}

impl ConfigCache {
    fn new(explicit: Option<&Path>) -> ConfigCache {
        let explicit_path = explicit.map(Path::to_path_buf);
        let explicit = explicit.map(load_config);
        ConfigCache { explicit, explicit_path, by_dir: Mutex::new(HashMap::new()) }
    }

    fn for_file(&self, file: &Path) -> Result<Option<Config>, String> {
        self.with_dir(file).map(|o| o.map(|(_, c)| c))
    }

    /// The configuration for a file and the folder its globs are relative to.
    fn with_dir(&self, file: &Path) -> Result<Option<(PathBuf, Config)>, String> {
        if let Some(e) = &self.explicit {
            let dir = self.explicit_path.as_ref().and_then(|p| p.parent()).map(Path::to_path_buf).unwrap_or_default();
            return e.clone().map(|c| Some((dir, c)));
        }
        let dir = file.parent().map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p }).unwrap_or(Path::new("."));
        let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        let mut cache = self.by_dir.lock().unwrap_or_else(|p| p.into_inner());
        let entry = cache.entry(dir.clone()).or_insert_with(|| match config::discover(&dir, None) {
            Some(path) => load_config(&path).map(|c| Some((path, c))),
            None => Ok(None),
        });
        entry.clone().map(|o| o.map(|(path, c)| (path.parent().map(Path::to_path_buf).unwrap_or_default(), c)))
    }

    /// Whether a file found by walking a folder is wanted under its
    /// configuration's `[files]` include/exclude globs.
    fn wants(&self, file: &Path) -> Result<bool, String> {
        let Some((dir, config)) = self.with_dir(file)? else { return Ok(true) };
        if config.files.include.is_empty() && config.files.exclude.is_empty() {
            return Ok(true);
        }
        let absolute = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
        let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
        let relative = absolute.strip_prefix(&dir).unwrap_or(&absolute);
        let set = |globs: &[String]| -> Result<globset::GlobSet, String> {
            let mut b = globset::GlobSetBuilder::new();
            for g in globs {
                b.add(globset::Glob::new(g).map_err(|e| format!("copydesk.toml: bad glob `{g}`: {e}"))?);
            }
            b.build().map_err(|e| e.to_string())
        };
        let included = config.files.include.is_empty() || set(&config.files.include)?.is_match(relative);
        let excluded = set(&config.files.exclude)?.is_match(relative);
        Ok(included && !excluded)
    }
}

fn load_config(path: &Path) -> Result<Config, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    config::parse(&text, &path.display().to_string()).map_err(|e| e.to_string())
}

fn rule_list(ids: &[String]) -> Result<Vec<Rule>, String> {
    ids.iter()
        .filter(|s| !s.is_empty())
        .map(|id| Rule::from_id(id.trim()).ok_or_else(|| format!("unknown rule `{id}`; `copydesk rules` lists them")))
        .collect()
}

fn check(args: CheckArgs) -> i32 {
    let date = match args.date.as_deref().map(parse_date).transpose() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let (select, ignore) = match (rule_list(&args.select), rule_list(&args.ignore)) {
        (Ok(s), Ok(i)) => (s, i),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let configs = ConfigCache::new(args.config.as_deref());
    if let Some(Err(e)) = &configs.explicit {
        eprintln!("error: {e}");
        return 2;
    }
    let since = args.since.as_deref().map(since::Since::new);
    if let Some(since) = &since
        && let Err(e) = since.precheck(&args.paths)
    {
        eprintln!("error: {e}");
        return 2;
    }
    let mut errors = Vec::new();
    let explicit_files: Vec<&PathBuf> = args.paths.iter().filter(|p| !p.is_dir()).collect();
    let paths: Vec<PathBuf> = files::expand(&args.paths, &mut errors)
        .into_iter()
        .filter(|p| {
            if explicit_files.contains(&p) || p.as_os_str() == "-" {
                return true;
            }
            match configs.wants(p) {
                Ok(w) => w,
                Err(e) => {
                    errors.push(e);
                    false
                }
            }
        })
        .collect();
    let settings_for = |config: Option<&Config>| -> Settings {
        let mut s = config.map(Config::settings).unwrap_or_default();
        if !select.is_empty() {
            for rule in Rule::EVERY {
                if !select.contains(&rule) {
                    s.severities.insert(rule, None);
                }
            }
        }
        for rule in &ignore {
            s.severities.insert(*rule, None);
        }
        if date.is_some() {
            s.date_override = date;
        }
        s
    };
    let fix_mode = if args.fix || args.diff {
        Some(if args.unsafe_fixes { Applicability::Unsafe } else { Applicability::Safe })
    } else {
        None
    };
    let progress = paths.len() > 50 && std::io::stderr().is_terminal() && args.format == OutputFormat::Human;
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = paths.len();
    let check_file = |path: &PathBuf| {
        // A bug in the checks fails its file, loudly, not the run: the
        // other files are still checked and the exit status says so.
        let report = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check_one(path, &args, &configs, &settings_for, fix_mode, since.as_ref()))).unwrap_or_else(|payload| {
            let error = format!("{}: internal error, file not checked (please report it): {}", path.display(), crate::panic_message(payload.as_ref()));
            FileReport { display: path.display().to_string(), text: String::new(), diagnostics: Vec::new(), error: Some(error), fixed: 0, diff: None }
        });
        if progress {
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            if n.is_multiple_of(50) || n == total {
                eprint!("\rchecked {n}/{total}");
            }
        }
        report
    };
    let refused: Vec<FileReport> = errors.iter().map(|e| FileReport { display: e.clone(), text: String::new(), diagnostics: Vec::new(), error: Some(e.clone()), fixed: 0, diff: None }).collect();
    let color = !args.no_color && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal();
    // Each file's output is written as soon as it and the files before it
    // are checked, and the file dropped. Standard output is not locked for
    // the run: a worker prints the text it fixed from stdin. Under a
    // progress line the output and the errors wait, to follow it.
    let (written, totals, deferred) = reports::check_in_order(&paths, rayon::current_num_threads(), check_file, |checked| {
        let mut reports = Reports::new(checked.chain(refused)).defer_errors(progress);
        let mut out = if progress { Out::Later(formats::Spool::new()) } else { Out::Now(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())) };
        let written = write_output(&args, color, &mut reports, &mut out).and_then(|()| out.flush());
        // The output failed (a closed pipe): check the rest anyway, for the
        // exit status.
        if written.is_err() {
            reports.by_ref().for_each(drop);
        }
        (written.map(|()| out), reports.totals, reports.deferred)
    });
    if progress {
        eprintln!();
    }
    for e in deferred.into_iter().flatten() {
        eprintln!("error: {e}");
    }
    let written = written.and_then(|out| match out {
        Out::Later(spool) => {
            let mut stdout = std::io::stdout().lock();
            spool.copy_to(&mut stdout).and_then(|()| stdout.flush())
        }
        Out::Now(_) => Ok(()),
    });
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("error: {e}");
        return 2;
    }
    if totals.not_checked > 0 {
        return 2;
    }
    let threshold = match args.fail_on {
        FailOn::Never => return 0,
        FailOn::Info => Severity::Info,
        FailOn::Warning => Severity::Warning,
        FailOn::Error => Severity::Error,
    };
    if totals.by_severity[threshold as usize..].iter().any(|&n| n > 0) { 1 } else { 0 }
}

/// Where the output of `check` goes: standard output as it is written, or
/// a spool copied out at the end.
enum Out {
    Now(std::io::BufWriter<std::io::Stdout>),
    Later(formats::Spool),
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Out::Now(w) => w.write(buf),
            Out::Later(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Out::Now(w) => w.flush(),
            Out::Later(w) => w.flush(),
        }
    }
}

/// Write the reports in the chosen format, taking them one at a time.
fn write_output(args: &CheckArgs, color: bool, reports: &mut Reports<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    // (the writers write a few bytes at a time, JSON's pretty printer
    // most: into a buffer of a known type, not through `dyn Write` for
    // each piece, which cost about 30 instructions per byte of output)
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    let out = &mut buffered;
    match args.format {
        OutputFormat::Json => output::json(reports, out),
        OutputFormat::Sarif => formats::sarif::write(reports, out),
        OutputFormat::Github => formats::github::write(reports, out),
        OutputFormat::Gitlab => formats::gitlab::write(reports, out),
        OutputFormat::Junit => formats::junit::write(reports, out),
        OutputFormat::Human => output::human(reports, &output::Style { color }, args.diff, args.quiet, out),
    }?;
    buffered.flush()
}

fn check_one(
    path: &Path,
    args: &CheckArgs,
    configs: &ConfigCache,
    settings_for: &(dyn Fn(Option<&Config>) -> Settings + Sync),
    fix_mode: Option<Applicability>,
    since: Option<&since::Since>,
) -> FileReport {
    let stdin = path.as_os_str() == "-";
    let display = if stdin { args.stdin_filename.clone().unwrap_or_else(|| "<stdin>".to_string()) } else { path.display().to_string() };
    let fail = |error: String| FileReport { display: display.clone(), text: String::new(), diagnostics: Vec::new(), error: Some(error), fixed: 0, diff: None };
    let read = if stdin {
        let mut bytes = Vec::new();
        match std::io::stdin().read_to_end(&mut bytes) {
            Ok(_) => files::decode(Path::new(&display), bytes),
            Err(e) => Err(format!("{display}: {e}")),
        }
    } else {
        files::read_text(path)
    };
    let (text, original_bytes) = match read {
        Ok(t) => t,
        Err(e) => return fail(e),
    };
    let config_path = if stdin { args.stdin_filename.as_deref().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("./stdin.md")) } else { path.to_path_buf() };
    let config = match configs.for_file(&config_path) {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let settings = settings_for(config.as_ref());
    let format = Format::from_path(&display);
    let mut report = FileReport { display: display.clone(), text, diagnostics: Vec::new(), error: None, fixed: 0, diff: None };
    if let Some(min) = fix_mode {
        let result = fixing::fix_until_stable(&report.text, format, &settings, min);
        if result.applied > 0 {
            if args.diff {
                report.diff = Some(fixing::unified_diff(&display, &report.text, &result.text));
            } else if stdin {
                if let Err(e) = write_stdout(&result.text) {
                    return fail(e.to_string());
                }
            } else if let Err(e) = fixing::write_atomically(path, &original_bytes, result.text.as_bytes()) {
                return fail(e);
            }
            report.fixed = if args.diff { 0 } else { result.applied };
            if !args.diff {
                report.text = result.text;
            }
        }
    }
    let doc = Document::new(report.text.as_str(), format);
    report.diagnostics = copydesk::check(&doc, &settings);
    if let Some(since) = since {
        let changed = if stdin {
            match &args.stdin_filename {
                Some(name) => since.changed_lines_of_text(name, &report.text),
                None => Err("--since with stdin needs --stdin-filename, to know which file to compare with".to_string()),
            }
        } else {
            since.changed_lines(path)
        };
        match changed {
            Ok(changed) => since::filter(&report.text, &mut report.diagnostics, &changed),
            Err(e) => return fail(e),
        }
    }
    report
}

fn inspect(file: &Path, format: InspectFormat, date: Option<&str>) -> i32 {
    let (text, _) = match files::read_text(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let mut settings = Settings::default();
    if let Some(d) = date {
        match parse_date(d) {
            Ok(d) => settings.date_override = Some(d),
            Err(e) => {
                eprintln!("error: {e}");
                return 2;
            }
        }
    }
    let doc = Document::new(text, Format::from_path(&file.display().to_string()));
    let analysis = copydesk::analysis::analyze(&doc, &settings.lexicon);
    let doc_date = copydesk::document_date(&doc, &settings);
    let mut text = String::new();
    match format {
        InspectFormat::Json => {
            let value = serde_json::json!({
                "path": file.display().to_string(),
                "document_date": doc_date.map(|d| d.to_string()),
                "blocks": analysis.blocks,
            });
            let _ = writeln!(text, "{}", serde_json::to_string_pretty(&value).unwrap_or_default());
        }
        InspectFormat::Human => {
            let _ = writeln!(text, "document date: {}", doc_date.map_or("unknown".to_string(), |d| d.to_string()));
            for block in &analysis.blocks {
                let _ = writeln!(text, "\n[{:?}{}] {}..{}", block.kind, if block.in_block_quote { ", block quote" } else { "" }, block.span.start, block.span.end);
                for q in &block.quotes {
                    let _ = writeln!(text, "  quote{} {:?} speaker: {}", if q.is_full_sentence { " (sentence)" } else { "" }, doc.slice(q.span), q.speaker.map_or("none".to_string(), |s| format!("{:?}", doc.slice(s))));
                }
                for s in &block.sentences {
                    let mut flags = Vec::new();
                    if s.cited { flags.push("cited"); }
                    if s.carried_over { flags.push("carried-over"); }
                    if s.quoted_speaker { flags.push("quoted-speaker"); }
                    if s.own_act { flags.push("own-act"); }
                    if s.claim { flags.push("claim"); }
                    let _ = writeln!(text, "  sentence [{}] {:?}", flags.join(", "), doc.slice(s.span));
                    for a in &s.attributions {
                        let _ = writeln!(text, "    attribution {:?}: cue {:?}, source {:?}", a.kind, doc.slice(a.cue), a.source.map(|x| doc.slice(x)).unwrap_or(""));
                    }
                    for f in &s.figures {
                        let _ = writeln!(text, "    figure {:?}", doc.slice(f.span));
                    }
                    for t in &s.times {
                        let _ = writeln!(text, "    time {:?}: {:?}", &doc.text()[t.span.clone()], t.kind);
                    }
                }
            }
        }
    }
    if let Err(e) = write_stdout(&text) {
        eprintln!("error: {e}");
        return 2;
    }
    0
}

/// Write `text` to standard output. A reader that stopped reading (`copydesk
/// inspect big.md | head`) is no error: the rest is not wanted.
fn write_stdout(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        result => result,
    }
}

/// [`write_stdout`], then `code`; 2 when writing failed.
fn exit_after_writing(text: &str, code: i32) -> i32 {
    match write_stdout(text) {
        Ok(()) => code,
        Err(e) => {
            eprintln!("error: {e}");
            2
        }
    }
}
