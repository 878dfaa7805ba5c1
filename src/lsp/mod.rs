//! `copydesk lsp`: the language server (LSP 3.17 over stdio), the only
//! module that knows LSP types.
//!
//! - `convert`: positions <-> byte offsets (negotiated UTF-8 or UTF-16).
//! - `state`: open documents in ropes, edited in order, with their results.
//! - `lint`: one lint of one version on a blocking thread, from a snapshot.
//!   A document has at most one lint running; each takes the newest text
//!   when it starts, so a burst of edits queues nothing (`want_lint`).
//! - `config`: editor settings and `copydesk.toml` discovery.
//! - `actions`, `hints`: code actions, hover and inlay hints from stored results.
//!
//! Invariants: `didChange` edits queue on the document's gate in arrival
//! order (its first `.await`) and are applied synchronously once through
//! (`didSave`, `didClose` and a second `didOpen` queue there too);
//! no mutex is held across an `.await` (the gate is an async lock: requests
//! hold it shared until they have their result, so an edit arriving after
//! a request waits, for at most `HOLD_EDITS`); linting never runs on the
//! event loop; a result is published only while its text is the document's
//! current one; requests read the result of the version they were made on
//! (linting it once if needed), never the file on disk.

mod actions;
mod config;
mod convert;
mod hints;
mod lint;
mod state;
mod transport;
mod wire;

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use serde_json::Value;
use tower_lsp_server::jsonrpc::{self, ErrorCode};
use tower_lsp_server::lsp_types::notification::LogTrace;
use tower_lsp_server::lsp_types::*;
use tower_lsp_server::{Client, LanguageServer, LspService, Server};

use self::actions::{ConfigTarget, EditCaps};
use self::config::{ConfigStore, EditorSettings, LintOn};
use self::convert::{Encoding, Lines};
use self::lint::LintResult;
use self::state::{DocCache, DocKind, Docs, LintFailure, OpenDoc};

/// Run the server on stdin/stdout until `exit` (or the end of stdin).
/// Returns the process exit code: 0 after `shutdown` then `exit`, else 1.
pub fn run_stdio() -> i32 {
    // Few blocking threads (stdin's reader is one): every thread that lints
    // allocates in a malloc arena of its own, and what a lint frees stays in
    // its arena. On a 1 MB report, 8 threads peaked at 102-120 MB, 3 at 78
    // MB, with the same edit latency (benches/lsp_latency.rs).
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).max_blocking_threads(3).thread_name("copydesk-lsp").enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("copydesk lsp: cannot start the runtime: {e}");
            return 2;
        }
    };
    let shut_down = Arc::new(AtomicBool::new(false));
    let flag = shut_down.clone();
    runtime.block_on(async move {
        // The server reads and writes through a filter that answers
        // malformed messages itself (see `transport`).
        let stdout: transport::Output = Arc::new(tokio::sync::Mutex::new(Box::pin(tokio::io::stdout())));
        let out = stdout.clone();
        let (service, socket) = LspService::build(move |client| Backend::new(client, flag, out)).custom_method("$/setTrace", Backend::set_trace).finish();
        let (to_server, server_in) = tokio::io::duplex(1 << 16);
        let (server_out, from_server) = tokio::io::duplex(1 << 16);
        tokio::spawn(transport::filter_input(tokio::io::stdin(), to_server, stdout.clone()));
        let output = tokio::spawn(transport::forward_output(from_server, stdout));
        // Handlers start in arrival order whatever the level; a higher one
        // only keeps a few slow requests (fixAll on a large report) from
        // holding up the edits behind them.
        Server::new(server_in, server_out, socket).concurrency_level(16).serve(service).await;
        // Let the last responses out.
        let _ = tokio::time::timeout(Duration::from_secs(1), output).await;
    });
    // Lint jobs still running are abandoned: nobody is listening any more.
    runtime.shutdown_timeout(Duration::from_millis(200));
    if shut_down.load(Ordering::SeqCst) { 0 } else { 1 }
}

/// What the client told us it can do, fixed at `initialize`.
#[derive(Clone, Copy, Debug, Default)]
struct ClientCaps {
    encoding: Encoding,
    /// The client pulls diagnostics (`textDocument/diagnostic`): then we do
    /// not push them too, or they would show twice.
    pull: bool,
    diagnostic_refresh: bool,
    inlay_hint_refresh: bool,
    watch_dynamic: bool,
    configuration_pull: bool,
    configuration_dynamic: bool,
    edit: EditCaps,
}

impl ClientCaps {
    fn from(c: &ClientCapabilities) -> ClientCaps {
        let ws = c.workspace.as_ref();
        let edit = ws.and_then(|w| w.workspace_edit.as_ref());
        ClientCaps {
            encoding: Encoding::negotiate(c.general.as_ref().and_then(|g| g.position_encodings.as_deref())),
            pull: c.text_document.as_ref().is_some_and(|t| t.diagnostic.is_some()),
            diagnostic_refresh: ws.and_then(|w| w.diagnostic.as_ref()).and_then(|d| d.refresh_support).unwrap_or(false),
            inlay_hint_refresh: ws.and_then(|w| w.inlay_hint.as_ref()).and_then(|d| d.refresh_support).unwrap_or(false),
            watch_dynamic: ws.and_then(|w| w.did_change_watched_files.as_ref()).and_then(|d| d.dynamic_registration).unwrap_or(false),
            configuration_pull: ws.and_then(|w| w.configuration).unwrap_or(false),
            configuration_dynamic: ws.and_then(|w| w.did_change_configuration.as_ref()).and_then(|d| d.dynamic_registration).unwrap_or(false),
            edit: EditCaps {
                document_changes: edit.and_then(|e| e.document_changes).unwrap_or(false),
                create_files: edit.and_then(|e| e.resource_operations.as_ref()).is_some_and(|ops| ops.contains(&ResourceOperationKind::Create)),
                resolve_edit: c
                    .text_document
                    .as_ref()
                    .and_then(|t| t.code_action.as_ref())
                    .and_then(|a| a.resolve_support.as_ref())
                    .is_some_and(|r| r.properties.iter().any(|p| p == "edit")),
            },
        }
    }
}

struct Inner {
    client: Client,
    /// Where `publishDiagnostics` frames are written (see `transport`).
    out: transport::Output,
    docs: Mutex<Docs>,
    configs: Mutex<ConfigStore>,
    caps: Mutex<ClientCaps>,
    /// Bumped whenever settings or config files change; results carry it.
    generation: AtomicU64,
    /// Held while checking that a result is current and publishing it, so
    /// an older result can never overtake a newer one.
    publish: tokio::sync::Mutex<()>,
    trace: Mutex<TraceValue>,
    shut_down: Arc<AtomicBool>,
    /// Config files with a problem already reported: path -> message.
    config_problems: Mutex<HashMap<PathBuf, String>>,
}

/// What one round of a document's lint loop produced.
struct Round {
    version: i32,
    tick: u64,
    generation: u64,
    publish: bool,
    force: bool,
    outcome: Result<Arc<LintResult>, String>,
}

/// Drop a result on a blocking thread: freeing a large one takes a while,
/// and not on the event loop.
fn reap<T: Send + 'static>(value: Option<T>) {
    if let Some(v) = value {
        tokio::task::spawn_blocking(move || drop(v));
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

#[derive(Clone)]
pub struct Backend(Arc<Inner>);

#[derive(Debug)]
enum LintError {
    NotOpen,
    Panicked(String),
}

impl LintError {
    fn into_rpc(self, uri: &Uri) -> jsonrpc::Error {
        match self {
            LintError::NotOpen => invalid_params(format!("document is not open: {}", uri.as_str())),
            LintError::Panicked(msg) => jsonrpc::Error { code: ErrorCode::InternalError, message: format!("copydesk failed on {}: {msg}", uri.as_str()).into(), data: None },
        }
    }
}

fn content_modified() -> jsonrpc::Error {
    jsonrpc::Error { code: ErrorCode::ContentModified, message: "the document changed before this request could be answered".into(), data: None }
}

/// How long a request waiting for the result of its version holds back
/// the edits that arrived after it. Past that, typing goes on, and the
/// request is `ContentModified` if its version is edited before checked.
const HOLD_EDITS: Duration = Duration::from_secs(1);

fn invalid_params(message: String) -> jsonrpc::Error {
    jsonrpc::Error { code: ErrorCode::InvalidParams, message: message.into(), data: None }
}


/// Run request code; a panic becomes an internal-error response.
fn guard<T>(what: &str, f: impl FnOnce() -> T) -> jsonrpc::Result<T> {
    std::panic::catch_unwind(AssertUnwindSafe(f)).map_err(|p| {
        let msg = crate::panic_message(p.as_ref());
        eprintln!("copydesk lsp [error] {what} panicked: {msg}");
        jsonrpc::Error { code: ErrorCode::InternalError, message: format!("copydesk: {what} failed: {msg}").into(), data: None }
    })
}

impl Backend {
    fn new(client: Client, shut_down: Arc<AtomicBool>, out: transport::Output) -> Backend {
        Backend(Arc::new(Inner {
            client,
            out,
            docs: Mutex::default(),
            configs: Mutex::default(),
            caps: Mutex::default(),
            generation: AtomicU64::new(0),
            publish: tokio::sync::Mutex::new(()),
            trace: Mutex::new(TraceValue::Off),
            shut_down,
            config_problems: Mutex::default(),
        }))
    }

    fn caps(&self) -> ClientCaps {
        *lock(&self.0.caps)
    }

    fn generation(&self) -> u64 {
        self.0.generation.load(Ordering::SeqCst)
    }

    async fn log(&self, typ: MessageType, message: impl Into<String>) {
        let message = message.into();
        let level = match typ {
            MessageType::ERROR => "error",
            MessageType::WARNING => "warning",
            MessageType::INFO => "info",
            _ => "log",
        };
        eprintln!("copydesk lsp [{level}] {message}");
        self.0.client.log_message(typ, message).await;
    }

    /// `$/logTrace`, when the client asked for traces.
    async fn trace(&self, message: impl FnOnce() -> (String, String)) {
        let value = *lock(&self.0.trace);
        if value == TraceValue::Off {
            return;
        }
        let (message, verbose) = message();
        let verbose = (value == TraceValue::Verbose).then_some(verbose);
        self.0.client.send_notification::<LogTrace>(LogTraceParams { message, verbose }).await;
    }

    async fn set_trace(&self, params: SetTraceParams) {
        *lock(&self.0.trace) = params.value;
    }

    // ----- linting -----

    /// Ask for a lint of the document's newest text. When a lint of this
    /// document is running, this only marks that one more is wanted: the
    /// next lint starts when the running one ends and takes the text as it
    /// is then, so versions superseded meanwhile are never checked.
    /// `publish`: push the result to the client (an open, edit, save or
    /// settings change asked for it, not a request); `force`: even if
    /// that version was already shown.
    fn want_lint(&self, uri: &Uri, publish: bool, force: bool) {
        let start = {
            let mut docs = lock(&self.0.docs);
            let Some(doc) = docs.open.get_mut(uri).filter(|d| d.kind == DocKind::Report) else { return };
            doc.lint.publish |= publish;
            doc.lint.force |= force;
            if doc.lint.active {
                doc.lint.again = true;
                None
            } else {
                doc.lint.active = true;
                Some(doc.id)
            }
        };
        if let Some(id) = start {
            let this = self.clone();
            let uri = uri.clone();
            tokio::spawn(async move { this.lint_loop(uri, id).await });
        }
    }

    /// Lint the document (opening `id`) until nothing more is wanted: each
    /// round lints the newest text once, stores the result for requests and
    /// publishes it when asked to and still current.
    async fn lint_loop(&self, uri: Uri, id: u64) {
        loop {
            let encoding = self.caps().encoding;
            let inner = self.0.clone();
            let u = uri.clone();
            // The snapshot is taken on the blocking thread, when the lint
            // really starts, not when it was asked for.
            let job = tokio::task::spawn_blocking(move || {
                let (snap, generation, publish, force) = {
                    let mut docs = lock(&inner.docs);
                    let doc = docs.open.get_mut(&u).filter(|d| d.id == id)?;
                    let generation = inner.generation.load(Ordering::SeqCst);
                    let publish = std::mem::take(&mut doc.lint.publish);
                    let force = std::mem::take(&mut doc.lint.force);
                    doc.lint.again = false;
                    if let Some(r) = doc.fresh_result(generation) {
                        return Some(Round { version: r.version, tick: r.tick, generation, publish, force, outcome: Ok(r) });
                    }
                    doc.lint.linting = Some(doc.tick);
                    doc.updates.send_replace(());
                    (doc.snapshot(&u), generation, publish, force)
                };
                let (resolved, max) = {
                    let mut configs = lock(&inner.configs);
                    let max = configs.editor.max_file_size;
                    (configs.resolve(snap.path.as_deref()), max)
                };
                let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| lint::lint(&snap, resolved, generation, max, encoding))).map_err(|p| crate::panic_message(p.as_ref()));
                Some(Round { version: snap.version, tick: snap.tick, generation, publish, force, outcome })
            });
            let round = match job.await {
                Ok(Some(round)) => round,
                // The document was closed (or opened anew, with a loop of its own).
                Ok(None) => return,
                Err(e) => {
                    // The blocking task itself failed (the runtime is going down).
                    eprintln!("copydesk lsp [error] lint task: {e}");
                    if let Some(doc) = lock(&self.0.docs).open.get_mut(&uri).filter(|d| d.id == id) {
                        doc.lint = Default::default();
                        doc.updates.send_replace(());
                    }
                    return;
                }
            };
            match round.outcome {
                Ok(result) => {
                    let replaced = {
                        let mut docs = lock(&self.0.docs);
                        match docs.open.get_mut(&uri).filter(|d| d.id == id) {
                            Some(doc) => {
                                // Rounds run one after another, each on the
                                // newest text and settings: this result is
                                // the newest there is.
                                doc.lint.linting = None;
                                let same = doc.result.as_ref().is_some_and(|r| Arc::ptr_eq(r, &result));
                                let replaced = if same { None } else { doc.result.replace(result.clone()) };
                                doc.updates.send_replace(());
                                replaced
                            }
                            None => return,
                        }
                    };
                    reap(replaced);
                    self.after_lint(&uri, &result).await;
                    if round.publish {
                        self.publish_if_current(&uri, id, &result, round.force).await;
                    }
                }
                Err(msg) => {
                    if let Some(doc) = lock(&self.0.docs).open.get_mut(&uri).filter(|d| d.id == id) {
                        doc.lint.linting = None;
                        // Start the next lint of this document from a clean cache.
                        doc.cache = Arc::new(Mutex::new(DocCache::default()));
                        doc.failed = Some(LintFailure { tick: round.tick, generation: round.generation, message: msg.clone() });
                        doc.updates.send_replace(());
                    }
                    self.log(MessageType::ERROR, format!("checking {} (version {}) failed: {msg}", uri.as_str(), round.version)).await;
                }
            }
            let more = {
                let mut docs = lock(&self.0.docs);
                match docs.open.get_mut(&uri).filter(|d| d.id == id) {
                    Some(doc) if doc.lint.again => true,
                    Some(doc) => {
                        doc.lint.active = false;
                        false
                    }
                    None => false,
                }
            };
            if !more {
                return;
            }
        }
    }

    async fn after_lint(&self, uri: &Uri, result: &LintResult) {
        if let Some(cfg) = &result.config {
            self.report_config(&cfg.path, cfg.parsed.as_ref().err(), &cfg.text).await;
        }
        let (uri_s, version, n, elapsed, stages, analysed, reused) = (uri.as_str().to_string(), result.version, result.diagnostics.len(), result.elapsed, result.stages, result.analysed, result.reused);
        let copied = result.published.reused;
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        self.trace(|| {
            (
                format!("checked {uri_s} version {version}: {n} findings in {:.1} ms", ms(elapsed)),
                format!(
                    "parse {:.1} ms, analysis {:.1} ms ({analysed} blocks analysed, {reused} reused), rules {:.1} ms, conversion {:.1} ms ({copied} diagnostics copied from the last lint)",
                    ms(stages[0]),
                    ms(stages[1]),
                    ms(stages[2]),
                    ms(stages[3])
                ),
            )
        })
        .await;
    }

    /// For clients that take pushed diagnostics: publish a result if it is
    /// still the document's current version and settings. `force`
    /// republishes a version already published (after a settings change).
    async fn publish_if_current(&self, uri: &Uri, id: u64, result: &Arc<LintResult>, force: bool) {
        if self.caps().pull {
            return;
        }
        let _turn = self.0.publish.lock().await;
        let (current, old) = {
            let mut docs = lock(&self.0.docs);
            let generation = self.generation();
            match docs.open.get_mut(uri) {
                Some(doc) if doc.id == id && doc.tick == result.tick && result.generation == generation => {
                    let already = doc.shown.as_ref().is_some_and(|s| s.tick == result.tick && s.generation == result.generation);
                    (force || !already, doc.shown.replace(result.clone()))
                }
                _ => (false, None),
            }
        };
        reap(old);
        if current && let Err(e) = transport::write_frame(&self.0.out, &result.published.body).await {
            eprintln!("copydesk lsp [error] writing diagnostics: {e}");
        }
    }

    /// Publish small typed diagnostics (config files, a closed document)
    /// through the same writer as lint results, in order with them.
    async fn publish(&self, uri: &Uri, diagnostics: &[Diagnostic], version: Option<i32>) {
        let array = serde_json::to_vec(diagnostics).unwrap_or_else(|_| b"[]".to_vec());
        let body = transport::publish_body(uri.as_str(), version, &array);
        let _turn = self.0.publish.lock().await;
        if let Err(e) = transport::write_frame(&self.0.out, &body).await {
            eprintln!("copydesk lsp [error] writing diagnostics: {e}");
        }
    }

    /// Lint and publish after `delay` (the debounce), if no edit came in
    /// the meantime (`tick`, the document's edit count when asked).
    fn spawn_lint(&self, uri: Uri, delay: Duration, tick: u64) {
        let this = self.clone();
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            let still = lock(&this.0.docs).open.get(&uri).is_some_and(|d| d.tick == tick);
            if still {
                this.want_lint(&uri, true, false);
            }
        });
    }

    /// Settings or config files changed: every open report is re-linted
    /// from memory and its diagnostics re-published (or re-pulled).
    async fn settings_changed(&self) {
        self.0.generation.fetch_add(1, Ordering::SeqCst);
        let uris: Vec<Uri> = lock(&self.0.docs).open.iter().filter(|(_, d)| d.kind == DocKind::Report).map(|(u, _)| u.clone()).collect();
        let caps = self.caps();
        if caps.pull {
            if caps.diagnostic_refresh {
                let _ = self.0.client.workspace_diagnostic_refresh().await;
            }
        } else {
            for uri in uris {
                self.want_lint(&uri, true, true);
            }
        }
        if caps.inlay_hint_refresh {
            let _ = self.0.client.inlay_hint_refresh().await;
        }
    }

    // ----- configuration -----

    async fn apply_editor_settings(&self, value: &Value, origin: &str) {
        // Clients with nothing configured send `{}` (Eglot's
        // didChangeConfiguration, lsp-mode's workspace/configuration answer):
        // that is "no change", not "reset what initializationOptions set".
        if !EditorSettings::is_settings_object(value) {
            return;
        }
        let (settings, warnings) = EditorSettings::from_value(value);
        for w in &warnings {
            self.log(MessageType::WARNING, format!("{origin}: {w} (ignored)")).await;
        }
        if let Some(first) = warnings.first() {
            self.0.client.show_message(MessageType::WARNING, format!("copydesk: {first} (ignored; see the log)")).await;
        }
        let changed = {
            let mut configs = lock(&self.0.configs);
            let changed = configs.editor != settings;
            if changed {
                configs.set_editor(settings);
            }
            changed
        };
        if changed {
            self.settings_changed().await;
        }
    }

    async fn pull_configuration(&self) {
        let items = vec![ConfigurationItem { scope_uri: None, section: Some("copydesk".to_string()) }];
        match self.0.client.configuration(items).await {
            Ok(values) => {
                if let Some(v) = values.into_iter().next().filter(|v| !v.is_null()) {
                    self.apply_editor_settings(&v, "workspace/configuration").await;
                }
            }
            Err(e) => self.log(MessageType::WARNING, format!("workspace/configuration failed: {e}")).await,
        }
    }

    /// Show a broken config once (diagnostic on the file + a message), and
    /// clear it once it is fixed. An open config document shows its own
    /// diagnostics instead.
    async fn report_config(&self, path: &std::path::Path, error: Option<&copydesk::config::ConfigError>, text: &str) {
        let message = error.map(|e| e.to_string());
        {
            let mut problems = lock(&self.0.config_problems);
            match &message {
                Some(m) if problems.get(path) == Some(m) => return,
                Some(m) => {
                    problems.insert(path.to_path_buf(), m.clone());
                }
                None => {
                    if problems.remove(path).is_none() {
                        return;
                    }
                }
            }
        }
        let Some(uri) = convert::path_to_uri(path) else { return };
        let open = lock(&self.0.docs).open.contains_key(&uri);
        if !open && !self.caps().pull {
            let diags = error.map(|e| config_diagnostics(text, Err(e), self.caps().encoding)).unwrap_or_default();
            self.publish(&uri, &diags, None).await;
        }
        if let Some(m) = message {
            self.log(MessageType::ERROR, format!("{m}; using the default settings for the documents it covers")).await;
            self.0.client.show_message(MessageType::ERROR, format!("copydesk: {m}. The default settings are used until it is fixed.")).await;
        } else {
            self.log(MessageType::INFO, format!("{} is valid again", path.display())).await;
        }
    }

    /// Validate an open `copydesk.toml` from its buffer and publish.
    async fn check_config_doc(&self, uri: &Uri) {
        let (text, version, path) = {
            let docs = lock(&self.0.docs);
            let Some(doc) = docs.open.get(uri) else { return };
            (doc.rope.to_string(), doc.version, doc.path.clone())
        };
        let display = path.map(|p| p.display().to_string()).unwrap_or_else(|| uri.as_str().to_string());
        let parsed = copydesk::config::parse(&text, &display);
        let diags = config_diagnostics(&text, parsed.as_ref().map(|_| ()), self.caps().encoding);
        if !self.caps().pull {
            self.publish(uri, &diags, Some(version)).await;
        }
    }

    /// Config files changed on disk: forget what was read, re-validate the
    /// changed files, re-lint everything open.
    async fn config_files_changed(&self, changed: Vec<(PathBuf, bool)>) {
        lock(&self.0.configs).invalidate_files();
        for (path, deleted) in changed {
            if deleted {
                self.report_config(&path, None, "").await;
                continue;
            }
            let p = path.clone();
            let Ok(file) = tokio::task::spawn_blocking(move || config::read_config(&p)).await else { continue };
            self.report_config(&path, file.parsed.as_ref().err(), &file.text).await;
        }
        self.log(MessageType::INFO, "copydesk.toml changed: re-checking open documents").await;
        self.settings_changed().await;
    }

    async fn register_dynamic(&self) {
        let caps = self.caps();
        let mut registrations = Vec::new();
        if caps.watch_dynamic {
            let options = DidChangeWatchedFilesRegistrationOptions {
                watchers: vec![FileSystemWatcher { glob_pattern: GlobPattern::String(format!("**/{}", copydesk::config::FILE_NAME)), kind: None }],
            };
            registrations.push(Registration {
                id: "copydesk-config-watcher".to_string(),
                method: "workspace/didChangeWatchedFiles".to_string(),
                register_options: serde_json::to_value(options).ok(),
            });
        }
        if caps.configuration_dynamic {
            registrations.push(Registration { id: "copydesk-configuration".to_string(), method: "workspace/didChangeConfiguration".to_string(), register_options: None });
        }
        if !registrations.is_empty()
            && let Err(e) = self.0.client.register_capability(registrations).await
        {
            self.log(MessageType::WARNING, format!("client/registerCapability failed: {e}; copydesk.toml changes are picked up on save only")).await;
        }
        if caps.configuration_pull {
            self.pull_configuration().await;
        }
    }

    // ----- requests -----

    /// The result of the version a request was made on: the stored one, or
    /// that of the lint under way or about to start (never behind lints of
    /// older versions). Edits arriving after the request wait until it has
    /// its result, for at most `HOLD_EDITS`; if one then supersedes the
    /// version before it was checked, the request is `ContentModified`.
    async fn request_result(&self, uri: &Uri) -> jsonrpc::Result<Arc<LintResult>> {
        let not_open = || LintError::NotOpen.into_rpc(uri);
        let Some((id, gate)) = lock(&self.0.docs).open.get(uri).map(|d| (d.id, d.gate.clone())) else { return Err(not_open()) };
        // Shared, in arrival order: behind the edits that came before.
        let held = gate.read_owned().await;
        let (tick, generation, mut updates) = {
            let docs = lock(&self.0.docs);
            let doc = docs.open.get(uri).filter(|d| d.id == id).ok_or_else(content_modified)?;
            (doc.tick, self.generation(), doc.updates.subscribe())
        };
        let mut held = Some(held);
        let release = tokio::time::Instant::now() + HOLD_EDITS;
        loop {
            let lint_needed = {
                let docs = lock(&self.0.docs);
                let Some(doc) = docs.open.get(uri) else { return Err(not_open()) };
                if doc.id != id {
                    return Err(content_modified());
                }
                if let Some(r) = doc.result.as_ref().filter(|r| r.tick == tick && r.generation >= generation) {
                    return Ok(r.clone());
                }
                if let Some(f) = doc.failed.as_ref().filter(|f| f.tick == tick && f.generation >= generation) {
                    return Err(LintError::Panicked(f.message.clone()).into_rpc(uri));
                }
                let linting = doc.lint.linting == Some(tick);
                if doc.tick != tick && !linting {
                    return Err(content_modified());
                }
                !linting
            };
            if lint_needed {
                self.want_lint(uri, false, false);
            }
            tokio::select! {
                changed = updates.changed() => if changed.is_err() {
                    // The document was closed, or opened anew.
                    let open = lock(&self.0.docs).open.contains_key(uri);
                    return Err(if open { content_modified() } else { not_open() });
                },
                () = tokio::time::sleep_until(release), if held.is_some() => held = None,
            }
        }
    }

    /// Wait until the edits that arrived before this notification are
    /// applied (they may wait behind a request, see `request_result`), by
    /// taking the document's gate in turn; held, no edit comes in between.
    async fn edits_before(&self, uri: &Uri) -> Option<tokio::sync::OwnedRwLockWriteGuard<()>> {
        let gate = lock(&self.0.docs).open.get(uri).map(|d| d.gate.clone())?;
        Some(gate.write_owned().await)
    }

    fn ensure_report(&self, uri: &Uri) -> jsonrpc::Result<()> {
        match lock(&self.0.docs).open.get(uri).map(|d| d.kind) {
            Some(DocKind::Report) => Ok(()),
            Some(DocKind::Config) => Err(invalid_params(format!("not a report: {}", uri.as_str()))),
            None => Err(LintError::NotOpen.into_rpc(uri)),
        }
    }

    /// Which config file a "Disable RULE" action edits or creates.
    fn config_target(&self, uri: &Uri, result: &LintResult) -> Option<ConfigTarget> {
        let doc_path = lock(&self.0.docs).open.get(uri).and_then(|d| d.path.clone());
        match &result.config {
            Some(cfg) => {
                let cfg_uri = convert::path_to_uri(&cfg.path)?;
                let open = lock(&self.0.docs).open.get(&cfg_uri).map(|d| (d.rope.to_string(), d.version));
                match open {
                    Some((text, version)) => Some(ConfigTarget::Existing { uri: cfg_uri, text, version: Some(version) }),
                    None => std::fs::read_to_string(&cfg.path).ok().map(|text| ConfigTarget::Existing { uri: cfg_uri, text, version: None }),
                }
            }
            None => {
                let path = lock(&self.0.configs).new_config_path_for(doc_path.as_deref());
                actions::new_config_uri(path).map(|uri| ConfigTarget::New { uri })
            }
        }
    }
}

/// A config file's problem as diagnostics on it.
fn config_diagnostics(text: &str, parsed: Result<(), &copydesk::config::ConfigError>, encoding: Encoding) -> Vec<Diagnostic> {
    let Err(e) = parsed else { return Vec::new() };
    let index = copydesk::document::LineIndex::new(text);
    let lines = Lines::new(text, &index, encoding);
    let range = match (e.span, e.line) {
        (Some((s, end)), _) => lines.range(copydesk::span::Span::new(s, end.max(s))),
        (None, Some(line)) => {
            let (s, end) = index.line_span(text, line.saturating_sub(1));
            lines.range(copydesk::span::Span::new(s, end))
        }
        _ => Range::default(),
    };
    vec![Diagnostic {
        range,
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String("invalid-config".to_string())),
        source: Some(lint::SOURCE.to_string()),
        message: e.message.clone(),
        ..Default::default()
    }]
}

fn result_id(r: &LintResult) -> String {
    format!("{}:{}", r.generation, r.version)
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> jsonrpc::Result<InitializeResult> {
        let caps = ClientCaps::from(&params.capabilities);
        *lock(&self.0.caps) = caps;
        *lock(&self.0.trace) = params.trace.unwrap_or(TraceValue::Off);
        #[allow(deprecated)]
        let roots: Vec<PathBuf> = match &params.workspace_folders {
            Some(folders) => folders.iter().filter_map(|f| convert::uri_to_path(&f.uri)).collect(),
            None => params.root_uri.as_ref().and_then(convert::uri_to_path).into_iter().collect(),
        };
        lock(&self.0.configs).set_roots(roots);
        if let Some(options) = &params.initialization_options {
            let (settings, warnings) = EditorSettings::from_value(options);
            for w in warnings {
                self.log(MessageType::WARNING, format!("initializationOptions: {w} (ignored)")).await;
            }
            lock(&self.0.configs).set_editor(settings);
        }
        let fix_all = CodeActionKind::from(actions::FIX_ALL_KIND);
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(caps.encoding.kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    will_save: None,
                    will_save_wait_until: None,
                    save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions { include_text: Some(false) })),
                })),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                    code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, fix_all]),
                    resolve_provider: Some(true),
                    work_done_progress_options: WorkDoneProgressOptions::default(),
                })),
                inlay_hint_provider: Some(OneOf::Left(true)),
                diagnostic_provider: Some(DiagnosticServerCapabilities::Options(DiagnosticOptions {
                    identifier: Some("copydesk".to_string()),
                    inter_file_dependencies: false,
                    workspace_diagnostics: false,
                    work_done_progress_options: WorkDoneProgressOptions::default(),
                })),
                workspace: Some(WorkspaceServerCapabilities {
                    workspace_folders: Some(WorkspaceFoldersServerCapabilities { supported: Some(true), change_notifications: Some(OneOf::Left(true)) }),
                    file_operations: None,
                }),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo { name: "copydesk".to_string(), version: Some(env!("CARGO_PKG_VERSION").to_string()) }),
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let caps = self.caps();
        self.log(
            MessageType::INFO,
            format!(
                "copydesk {} language server ready (positions in {}, diagnostics {})",
                env!("CARGO_PKG_VERSION"),
                caps.encoding.kind().as_str(),
                if caps.pull { "pulled" } else { "pushed" }
            ),
        )
        .await;
        let this = self.clone();
        tokio::spawn(async move { this.register_dynamic().await });
    }

    async fn shutdown(&self) -> jsonrpc::Result<()> {
        self.0.shut_down.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let td = params.text_document;
        // Opened again while open: after the edits queued for the old text.
        let _after = self.edits_before(&td.uri).await;
        let kind = {
            let mut docs = lock(&self.0.docs);
            let doc = OpenDoc::new(&td.uri, &td.text, td.version, &td.language_id);
            let kind = doc.kind;
            docs.open.insert(td.uri.clone(), doc);
            kind
        };
        match kind {
            DocKind::Config => self.check_config_doc(&td.uri).await,
            DocKind::Report => self.want_lint(&td.uri, true, true),
        }
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let version = params.text_document.version;
        let encoding = self.caps().encoding;
        // The document's gate is taken exclusively here, before any other
        // await, so edits queue in arrival order, and behind the requests
        // that arrived before them until those have their results.
        let gate = lock(&self.0.docs).open.get(&uri).map(|d| (d.id, d.gate.clone()));
        let edit = match &gate {
            Some((id, gate)) => Some((*id, gate.write().await)),
            None => None,
        };
        let applied = {
            let mut docs = lock(&self.0.docs);
            match (docs.open.get_mut(&uri), edit) {
                (Some(doc), Some((id, _edit))) if doc.id == id => {
                    let old = doc.version;
                    doc.apply(version, &params.content_changes, encoding);
                    Ok((old, doc.tick, doc.kind))
                }
                _ => Err(()),
            }
        };
        let Ok((old, tick, kind)) = applied else {
            self.log(MessageType::ERROR, format!("didChange for a document that is not open: {} (ignored)", uri.as_str())).await;
            return;
        };
        if version <= old {
            self.log(MessageType::WARNING, format!("didChange for {} went from version {old} to {version}; versions must increase", uri.as_str())).await;
        }
        match kind {
            DocKind::Config => self.check_config_doc(&uri).await,
            DocKind::Report => {
                let (lint_on, debounce) = {
                    let c = lock(&self.0.configs);
                    (c.editor.lint_on, c.editor.debounce)
                };
                if lint_on == LintOn::Change && !self.caps().pull {
                    if debounce.is_zero() {
                        self.want_lint(&uri, true, false);
                    } else {
                        self.spawn_lint(uri, debounce, tick);
                    }
                }
            }
        }
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        let uri = params.text_document.uri;
        // The text saved is the one after the edits sent before the save.
        drop(self.edits_before(&uri).await);
        let kind = lock(&self.0.docs).open.get(&uri).map(|d| (d.kind, d.path.clone()));
        match kind {
            Some((DocKind::Config, path)) => {
                // Clients without file watching still see config edits on save.
                if let Some(path) = path {
                    self.config_files_changed(vec![(path, false)]).await;
                }
            }
            Some((DocKind::Report, _)) => {
                if self.caps().pull {
                    if self.caps().diagnostic_refresh && lock(&self.0.configs).editor.lint_on == LintOn::Save {
                        let _ = self.0.client.workspace_diagnostic_refresh().await;
                    }
                } else {
                    self.want_lint(&uri, true, false);
                }
            }
            None => self.log(MessageType::ERROR, format!("didSave for a document that is not open: {}", uri.as_str())).await,
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let _after = self.edits_before(&uri).await;
        let removed = lock(&self.0.docs).open.remove(&uri);
        let was_open = removed.is_some();
        reap(removed);
        if !was_open {
            self.log(MessageType::WARNING, format!("didClose for a document that is not open: {}", uri.as_str())).await;
            return;
        }
        if !self.caps().pull {
            self.publish(&uri, &[], None).await;
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        if EditorSettings::is_settings_object(&params.settings) {
            self.apply_editor_settings(&params.settings, "didChangeConfiguration").await;
        } else if self.caps().configuration_pull {
            self.pull_configuration().await;
        } else if params.settings.is_object() {
            self.apply_editor_settings(&params.settings, "didChangeConfiguration").await;
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let changed: Vec<(PathBuf, bool)> = params
            .changes
            .iter()
            .filter_map(|c| {
                let path = convert::uri_to_path(&c.uri)?;
                (path.file_name()? == copydesk::config::FILE_NAME).then_some((path, c.typ == FileChangeType::DELETED))
            })
            .collect();
        if !changed.is_empty() {
            self.config_files_changed(changed).await;
        }
    }

    async fn did_change_workspace_folders(&self, params: DidChangeWorkspaceFoldersParams) {
        {
            let mut configs = lock(&self.0.configs);
            let mut roots = configs.roots.clone();
            for removed in &params.event.removed {
                if let Some(p) = convert::uri_to_path(&removed.uri) {
                    roots.retain(|r| *r != p);
                }
            }
            roots.extend(params.event.added.iter().filter_map(|f| convert::uri_to_path(&f.uri)));
            configs.set_roots(roots);
        }
        self.settings_changed().await;
    }

    async fn hover(&self, params: HoverParams) -> jsonrpc::Result<Option<Hover>> {
        let uri = params.text_document_position_params.text_document.uri;
        self.ensure_report(&uri)?;
        let result = self.request_result(&uri).await?;
        let offset = result.lines().offset(params.text_document_position_params.position);
        guard("hover", || hints::hover(&result, offset))
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> jsonrpc::Result<Option<Vec<InlayHint>>> {
        let uri = params.text_document.uri;
        self.ensure_report(&uri)?;
        let result = self.request_result(&uri).await?;
        let span = result.lines().span(params.range);
        guard("inlay hints", || Some(hints::inlay_hints(&result, span)))
    }

    async fn code_action(&self, params: CodeActionParams) -> jsonrpc::Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        self.ensure_report(&uri)?;
        let result = self.request_result(&uri).await?;
        let span = result.lines().span(params.range);
        let caps = self.caps().edit;
        let this = self.clone();
        let only = params.context.only;
        // Off the event loop: reading copydesk.toml and re-checking for fixAll.
        let job = tokio::task::spawn_blocking(move || {
            guard("code actions", || {
                let config = this.config_target(&uri, &result);
                let req = actions::Request { uri: &uri, result: &result, span, only: only.as_deref(), caps, config };
                actions::code_actions(&req)
            })
        });
        match job.await {
            Ok(actions) => Ok(Some(actions?)),
            Err(e) => Err(jsonrpc::Error { code: ErrorCode::InternalError, message: e.to_string().into(), data: None }),
        }
    }

    /// The edit of a `source.fixAll.copydesk` offered without one: every
    /// safe fix of the document as it is now.
    async fn code_action_resolve(&self, mut action: CodeAction) -> jsonrpc::Result<CodeAction> {
        let Some(uri) = actions::resolve_target(&action) else { return Ok(action) };
        self.ensure_report(&uri)?;
        let result = self.request_result(&uri).await?;
        let caps = self.caps().edit;
        let job = tokio::task::spawn_blocking(move || {
            guard("fix all", || {
                let edits = actions::fix_all(&result).unwrap_or_default();
                actions::fix_all_edit(&uri, &result, edits, caps)
            })
        });
        match job.await {
            Ok(edit) => {
                action.edit = Some(edit?);
                action.data = None;
                Ok(action)
            }
            Err(e) => Err(jsonrpc::Error { code: ErrorCode::InternalError, message: e.to_string().into(), data: None }),
        }
    }

    async fn diagnostic(&self, params: DocumentDiagnosticParams) -> jsonrpc::Result<DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        let info = lock(&self.0.docs).open.get(&uri).map(|d| (d.kind, d.fresh_result(self.generation()).is_some(), d.shown.clone(), d.tick));
        let Some((kind, fresh, shown, tick)) = info else {
            return Err(LintError::NotOpen.into_rpc(&uri));
        };
        let full = |id: Option<String>, items: Vec<Diagnostic>| {
            Ok(DocumentDiagnosticReportResult::Report(DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport { result_id: id, items },
            })))
        };
        if kind == DocKind::Config {
            let text = lock(&self.0.docs).open.get(&uri).map(|d| d.rope.to_string()).unwrap_or_default();
            let parsed = copydesk::config::parse(&text, uri.as_str());
            return full(None, config_diagnostics(&text, parsed.as_ref().map(|_| ()), self.caps().encoding));
        }
        let (lint_on, debounce) = {
            let c = lock(&self.0.configs);
            (c.editor.lint_on, c.editor.debounce)
        };
        if !fresh {
            match (lint_on, &shown) {
                // Checked on save only: keep what the client shows until then.
                (LintOn::Save, Some(s)) if s.tick != tick && params.previous_result_id.as_deref() == Some(result_id(s).as_str()) => {
                    return Ok(DocumentDiagnosticReportResult::Report(DocumentDiagnosticReport::Unchanged(RelatedUnchangedDocumentDiagnosticReport {
                        related_documents: None,
                        unchanged_document_diagnostic_report: UnchangedDocumentDiagnosticReport { result_id: result_id(s) },
                    })));
                }
                // Debounce: a newer change cancels this request first.
                (LintOn::Change, _) if !debounce.is_zero() => tokio::time::sleep(debounce).await,
                _ => {}
            }
        }
        let result = self.request_result(&uri).await?;
        let id = result_id(&result);
        let old = lock(&self.0.docs).open.get_mut(&uri).and_then(|doc| doc.shown.replace(result.clone()));
        reap(old);
        if params.previous_result_id.as_deref() == Some(id.as_str()) {
            return Ok(DocumentDiagnosticReportResult::Report(DocumentDiagnosticReport::Unchanged(RelatedUnchangedDocumentDiagnosticReport {
                related_documents: None,
                unchanged_document_diagnostic_report: UnchangedDocumentDiagnosticReport { result_id: id },
            })));
        }
        full(Some(id), result.lsp_diagnostics().to_vec())
    }
}
