//! Open documents: a rope per document, edited in order as `didChange`
//! notifications arrive, with its version, its latest lint result and the
//! state of its linting (at most one lint at a time, of the newest text).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use copydesk::analysis::{AnalysisCache, Lexicon};
use copydesk::document::Format;
use ropey::Rope;
use tower_lsp_server::lsp_types::{TextDocumentContentChangeEvent, Uri};

use super::convert::{self, Encoding};
use super::lint::LintResult;

/// What an open document is to us.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    /// A report: linted.
    Report,
    /// A `copydesk.toml` open in the editor: validated.
    Config,
}

/// State kept across lints of one document, used only by lint jobs (which
/// run one at a time per document under its lock).
#[derive(Default)]
pub struct DocCache {
    pub analysis: AnalysisCache,
    /// The lexicon the analysis cache was filled with.
    pub lexicon: Option<Arc<Lexicon>>,
    /// The last lint's result, whose serialized diagnostics the next lint
    /// copies where the edit left them in place (`wire`); never the result
    /// of a document too large to check, which has no findings to copy.
    pub previous: Option<Arc<LintResult>>,
}

/// Where the document's linting stands. One lint runs at a time per
/// document, and each takes the newest text when it starts: edits made
/// meanwhile only ask for one more lint (`again`), so a burst of edits
/// queues nothing and versions nobody waited for are never checked.
#[derive(Default)]
pub struct LintState {
    /// A lint loop is running for this document.
    pub active: bool,
    /// Something changed or was asked for since the running lint took its
    /// snapshot: lint once more when it ends.
    pub again: bool,
    /// The text being linted right now (its `tick`).
    pub linting: Option<u64>,
    /// Publish the next result (a lint asked for by an open, an edit, a
    /// save or a settings change; not one a request asked for).
    pub publish: bool,
    /// Publish it even if that version was already shown (settings changed).
    pub force: bool,
}

/// A lint that panicked: the text (`tick`) and settings generation, and why.
pub struct LintFailure {
    pub tick: u64,
    pub generation: u64,
    pub message: String,
}

pub struct OpenDoc {
    /// Tells this opening of the document from a later one of the same URI.
    pub id: u64,
    pub rope: Rope,
    pub version: i32,
    pub format: Format,
    pub kind: DocKind,
    pub path: Option<PathBuf>,
    /// Bumped by every change: tells texts apart even when a client's
    /// versions do not increase. A debounced lint runs only if it is
    /// unchanged; results carry the tick of the text they checked.
    pub tick: u64,
    pub cache: Arc<Mutex<DocCache>>,
    /// The newest lint result (possibly of a version since edited), kept
    /// for requests.
    pub result: Option<Arc<LintResult>>,
    /// The result the client shows (last pushed or pulled).
    pub shown: Option<Arc<LintResult>>,
    pub lint: LintState,
    /// The last lint that panicked, for the requests waiting on its version.
    pub failed: Option<LintFailure>,
    /// Signalled on every edit and whenever a lint starts or ends: requests
    /// waiting for a version's result watch it.
    pub updates: tokio::sync::watch::Sender<()>,
    /// Requests hold it shared until they have the result of the version
    /// they were made on; edits take it exclusively, so an edit that
    /// arrives after a request waits for that request (see `request_result`).
    pub gate: Arc<tokio::sync::RwLock<()>>,
}

/// What a lint job takes away: cheap to make (a rope clone shares its tree).
pub struct Snapshot {
    pub uri: Uri,
    pub version: i32,
    pub tick: u64,
    pub rope: Rope,
    pub format: Format,
    pub path: Option<PathBuf>,
    pub cache: Arc<Mutex<DocCache>>,
}

impl OpenDoc {
    pub fn new(uri: &Uri, text: &str, version: i32, language_id: &str) -> OpenDoc {
        let path = convert::uri_to_path(uri);
        let name = path.as_ref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| uri.path().as_str().rsplit('/').next().unwrap_or("").to_string());
        let kind = if name == copydesk::config::FILE_NAME { DocKind::Config } else { DocKind::Report };
        let format = match language_id {
            "plaintext" | "text" => Format::Text,
            "latex" | "tex" => Format::Latex,
            "typst" => Format::Typst,
            _ => Format::from_path(&name),
        };
        static IDS: AtomicU64 = AtomicU64::new(0);
        OpenDoc {
            id: IDS.fetch_add(1, Ordering::Relaxed),
            rope: Rope::from_str(text),
            version,
            format,
            kind,
            path,
            tick: 0,
            cache: Arc::default(),
            result: None,
            shown: None,
            lint: LintState::default(),
            failed: None,
            updates: tokio::sync::watch::Sender::new(()),
            gate: Arc::default(),
        }
    }

    /// Apply a `didChange` batch in order; each range refers to the text as
    /// left by the change before it.
    pub fn apply(&mut self, version: i32, changes: &[TextDocumentContentChangeEvent], encoding: Encoding) {
        for change in changes {
            convert::apply_change(&mut self.rope, change.range, &change.text, encoding);
        }
        self.version = version;
        self.tick += 1;
        self.updates.send_replace(());
    }

    pub fn snapshot(&self, uri: &Uri) -> Snapshot {
        Snapshot { uri: uri.clone(), version: self.version, tick: self.tick, rope: self.rope.clone(), format: self.format, path: self.path.clone(), cache: self.cache.clone() }
    }

    /// The stored result when it is for this text and these settings.
    pub fn fresh_result(&self, generation: u64) -> Option<Arc<LintResult>> {
        self.result.clone().filter(|r| r.tick == self.tick && r.generation == generation)
    }
}

#[derive(Default)]
pub struct Docs {
    pub open: HashMap<Uri, OpenDoc>,
}
