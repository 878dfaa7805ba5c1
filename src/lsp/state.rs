//! Open documents: a rope per document, edited in order as `didChange`
//! notifications arrive, with its version and its latest lint result.

use std::collections::HashMap;
use std::path::PathBuf;
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
    /// The latest result, to share it between jobs for the same version.
    pub last: Option<Arc<LintResult>>,
}

pub struct OpenDoc {
    pub rope: Rope,
    pub version: i32,
    pub format: Format,
    pub kind: DocKind,
    pub path: Option<PathBuf>,
    /// Bumped by every change; a debounced lint runs only if it is unchanged.
    pub tick: u64,
    pub cache: Arc<Mutex<DocCache>>,
    /// The latest lint result kept for requests.
    pub result: Option<Arc<LintResult>>,
    /// The result the client shows (last pushed or pulled).
    pub shown: Option<Arc<LintResult>>,
}

/// What a lint job takes away: cheap to make (a rope clone shares its tree).
pub struct Snapshot {
    pub uri: Uri,
    pub version: i32,
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
        OpenDoc { rope: Rope::from_str(text), version, format, kind, path, tick: 0, cache: Arc::default(), result: None, shown: None }
    }

    /// Apply a `didChange` batch in order; each range refers to the text as
    /// left by the change before it.
    pub fn apply(&mut self, version: i32, changes: &[TextDocumentContentChangeEvent], encoding: Encoding) {
        for change in changes {
            convert::apply_change(&mut self.rope, change.range, &change.text, encoding);
        }
        self.version = version;
        self.tick += 1;
    }

    pub fn snapshot(&self, uri: &Uri) -> Snapshot {
        Snapshot { uri: uri.clone(), version: self.version, rope: self.rope.clone(), format: self.format, path: self.path.clone(), cache: self.cache.clone() }
    }

    /// The stored result when it is for this version and these settings.
    pub fn fresh_result(&self, generation: u64) -> Option<Arc<LintResult>> {
        self.result.clone().filter(|r| r.version == self.version && r.generation == generation)
    }
}

#[derive(Default)]
pub struct Docs {
    pub open: HashMap<Uri, OpenDoc>,
}
