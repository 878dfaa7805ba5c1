//! A small LSP client for tests and benchmarks: spawns the real `copydesk
//! lsp` binary and speaks JSON-RPC over its stdio with Content-Length
//! framing. Server-to-client requests are answered automatically
//! (`workspace/configuration` with the configured reply, others with null).

#![allow(dead_code)]

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

pub const TIMEOUT: Duration = Duration::from_secs(30);

pub struct LspClient {
    child: Child,
    stdin: Arc<Mutex<ChildStdin>>,
    rx: Receiver<(Instant, Value)>,
    backlog: VecDeque<(Instant, Value)>,
    next_id: i64,
    /// What `workspace/configuration` is answered with (one item per request item).
    pub configuration: Arc<Mutex<Value>>,
    pub stderr: Arc<Mutex<String>>,
    /// `publishDiagnostics` of versions below this are dropped as they
    /// arrive, unparsed (see [`ignore_diagnostics_below`](Self::ignore_diagnostics_below)).
    ignore_below: Arc<AtomicI64>,
}

/// Just enough of a `publishDiagnostics` to know its version; the
/// diagnostics are skipped, not built.
#[derive(serde::Deserialize)]
struct PublishHead {
    method: String,
    params: PublishHeadParams,
}

#[derive(serde::Deserialize)]
struct PublishHeadParams {
    version: Option<i64>,
    #[allow(dead_code)]
    diagnostics: serde::de::IgnoredAny,
}

/// Whether a message is a `publishDiagnostics` of a version below `floor`.
fn is_old_publish(body: &[u8], floor: i64) -> bool {
    let head = &body[..body.len().min(120)];
    if floor == i64::MIN || !head.windows(31).any(|w| w == b"textDocument/publishDiagnostics") {
        return false;
    }
    serde_json::from_slice::<PublishHead>(body).is_ok_and(|p| p.method == "textDocument/publishDiagnostics" && p.params.version.is_some_and(|v| v < floor))
}

pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

fn write_msg(stdin: &Mutex<ChildStdin>, msg: &Value) {
    let body = serde_json::to_vec(msg).unwrap();
    let mut w = stdin.lock().unwrap();
    let _ = w.write_all(&frame(&body));
    let _ = w.flush();
}

/// Read one framed message; `None` at end of stream.
fn read_frame(r: &mut impl BufRead) -> Option<Vec<u8>> {
    let mut len = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length:") {
            len = v.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; len?];
    r.read_exact(&mut body).ok()?;
    Some(body)
}

impl LspClient {
    /// Start `copydesk lsp` (the binary cargo built for this package).
    pub fn spawn(bin: &str, envs: &[(&str, &str)]) -> LspClient {
        let mut cmd = Command::new(bin);
        cmd.arg("lsp").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start copydesk lsp");
        let stdin = Arc::new(Mutex::new(child.stdin.take().unwrap()));
        let stdout = child.stdout.take().unwrap();
        let stderr_pipe = child.stderr.take().unwrap();
        let stderr = Arc::new(Mutex::new(String::new()));
        let configuration = Arc::new(Mutex::new(Value::Null));
        let ignore_below = Arc::new(AtomicI64::new(i64::MIN));
        let (tx, rx) = mpsc::channel();
        {
            let stdin = stdin.clone();
            let configuration = configuration.clone();
            let ignore_below = ignore_below.clone();
            std::thread::spawn(move || {
                let mut r = BufReader::new(stdout);
                while let Some(body) = read_frame(&mut r) {
                    let arrived = Instant::now();
                    if is_old_publish(&body, ignore_below.load(Ordering::Relaxed)) {
                        continue;
                    }
                    let Ok(msg) = serde_json::from_slice::<Value>(&body) else { continue };
                    if let (Some(id), Some(method)) = (msg.get("id"), msg.get("method").and_then(Value::as_str)) {
                        let result = if method == "workspace/configuration" {
                            let n = msg["params"]["items"].as_array().map_or(1, Vec::len);
                            Value::Array(vec![configuration.lock().unwrap().clone(); n])
                        } else {
                            Value::Null
                        };
                        write_msg(&stdin, &json!({"jsonrpc": "2.0", "id": id, "result": result}));
                    }
                    if tx.send((arrived, msg)).is_err() {
                        break;
                    }
                }
            });
        }
        {
            let stderr = stderr.clone();
            std::thread::spawn(move || {
                let mut r = BufReader::new(stderr_pipe);
                let mut line = String::new();
                while r.read_line(&mut line).unwrap_or(0) > 0 {
                    stderr.lock().unwrap().push_str(&line);
                    line.clear();
                }
            });
        }
        LspClient { child, stdin, rx, backlog: VecDeque::new(), next_id: 1, configuration, stderr, ignore_below }
    }

    /// Drop `publishDiagnostics` of versions below `version` as they arrive,
    /// without parsing their diagnostics: a client sending thousands of
    /// edits to a large document does not keep megabytes per version.
    pub fn ignore_diagnostics_below(&self, version: i64) {
        self.ignore_below.store(version, Ordering::Relaxed);
    }

    pub fn send(&self, msg: &Value) {
        write_msg(&self.stdin, msg);
    }

    pub fn send_raw(&self, bytes: &[u8]) {
        let mut w = self.stdin.lock().unwrap();
        w.write_all(bytes).unwrap();
        w.flush().unwrap();
    }

    pub fn notify(&self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Send a request without waiting; returns its id.
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    /// The server's process id (to sample its memory).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Send a request and wait for its response (the whole message).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        self.wait_for(|m| m.get("id") == Some(&json!(id)) && m.get("method").is_none(), TIMEOUT)
            .unwrap_or_else(|| panic!("no response to {method}; stderr:\n{}", self.stderr.lock().unwrap()))
    }

    /// The result of a request, panicking on an error response.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        let resp = self.request(method, params);
        assert!(resp.get("error").is_none(), "{method} failed: {resp}");
        resp["result"].clone()
    }

    /// The first message (seen or to come) matching `pred`, removed from the backlog.
    pub fn wait_for(&mut self, pred: impl Fn(&Value) -> bool, timeout: Duration) -> Option<Value> {
        self.wait_for_timed(pred, timeout).map(|(_, m)| m)
    }

    /// Like [`wait_for`](Self::wait_for), with the instant the message's
    /// last byte was read.
    pub fn wait_for_timed(&mut self, pred: impl Fn(&Value) -> bool, timeout: Duration) -> Option<(Instant, Value)> {
        if let Some(i) = self.backlog.iter().position(|(_, m)| pred(m)) {
            return self.backlog.remove(i);
        }
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok((at, msg)) if pred(&msg) => return Some((at, msg)),
                Ok(item) => self.backlog.push_back(item),
                Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
    }

    /// Whether a matching message arrives within `timeout` (left in the backlog).
    pub fn sees(&mut self, pred: impl Fn(&Value) -> bool, timeout: Duration) -> bool {
        match self.wait_for_timed(&pred, timeout) {
            Some(item) => {
                self.backlog.push_back(item);
                true
            }
            None => false,
        }
    }

    /// Every matching message received so far or within `linger`, in
    /// arrival order, with arrival instants.
    pub fn take_all(&mut self, pred: impl Fn(&Value) -> bool, linger: Duration) -> Vec<(Instant, Value)> {
        let deadline = Instant::now() + linger;
        while let Ok(item) = self.rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            self.backlog.push_back(item);
        }
        let (hit, keep): (Vec<_>, Vec<_>) = self.backlog.drain(..).partition(|(_, m)| pred(m));
        self.backlog = keep.into();
        hit
    }

    /// Forget the messages received so far.
    pub fn drain(&mut self) {
        self.backlog.clear();
        while self.rx.try_recv().is_ok() {}
    }

    /// The diagnostics published for `uri` (at `version` when given).
    pub fn diagnostics(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
        let found = self.wait_for(
            |m| {
                m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri && version.is_none_or(|v| m["params"]["version"] == json!(v))
            },
            TIMEOUT,
        );
        let msg = found.unwrap_or_else(|| panic!("no diagnostics for {uri} version {version:?}; stderr:\n{}", self.stderr.lock().unwrap()));
        msg["params"]["diagnostics"].as_array().cloned().unwrap_or_default()
    }

    pub fn initialize(&mut self, root: Option<&Path>, capabilities: Value, options: Value) -> Value {
        self.initialize_with(root, capabilities, options, "off")
    }

    /// `initialize` with a `trace` value ("off", "messages", "verbose").
    pub fn initialize_with(&mut self, root: Option<&Path>, capabilities: Value, options: Value, trace: &str) -> Value {
        let folders = root.map(|r| json!([{"uri": file_uri(r), "name": "ws"}])).unwrap_or(Value::Null);
        let result = self.call(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root.map(file_uri),
                "workspaceFolders": folders,
                "capabilities": capabilities,
                "initializationOptions": options,
                "trace": trace,
            }),
        );
        self.notify("initialized", json!({}));
        result
    }

    pub fn open(&self, uri: &str, text: &str, version: i64) {
        self.notify("textDocument/didOpen", json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": version, "text": text}}));
    }

    pub fn change(&self, uri: &str, version: i64, changes: Value) {
        self.notify("textDocument/didChange", json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}));
    }

    /// `shutdown`, `exit`, and the exit status.
    pub fn shutdown_and_exit(mut self) -> ExitStatus {
        let r = self.request("shutdown", Value::Null);
        assert!(r.get("error").is_none(), "shutdown failed: {r}");
        self.notify("exit", Value::Null);
        self.wait_exit()
    }

    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "server did not exit");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for LspClient {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A `file://` URI for an absolute path (spaces and the like escaped).
pub fn file_uri(path: &Path) -> String {
    let mut out = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Byte offset of an LSP position (UTF-16 columns) in `text`; independent
/// of the server's own conversion.
pub fn offset_utf16(text: &str, line: u64, character: u64) -> usize {
    let mut at = 0;
    let mut current = 0;
    let bytes = text.as_bytes();
    while current < line {
        match text[at..].find(['\n', '\r']) {
            Some(i) => {
                at += i;
                at += if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') { 2 } else { 1 };
                current += 1;
            }
            None => return text.len(),
        }
    }
    let mut units = 0;
    for (i, c) in text[at..].char_indices() {
        if units >= character || c == '\n' || c == '\r' {
            return at + i;
        }
        units += c.len_utf16() as u64;
    }
    text.len()
}

/// The LSP position (UTF-16 columns) of a byte offset.
pub fn position_utf16(text: &str, offset: usize) -> Value {
    let before = &text[..offset];
    let mut line = 0;
    let mut line_start = 0;
    let b = before.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            line += 1;
            line_start = i + 1;
        }
        i += 1;
    }
    let character: usize = before[line_start..].encode_utf16().count();
    json!({"line": line, "character": character})
}

/// Apply LSP text edits (UTF-16 positions) to a text, as a client does.
pub fn apply_edits(text: &str, edits: &[Value]) -> String {
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            let r = &e["range"];
            let s = offset_utf16(text, r["start"]["line"].as_u64().unwrap(), r["start"]["character"].as_u64().unwrap());
            let t = offset_utf16(text, r["end"]["line"].as_u64().unwrap(), r["end"]["character"].as_u64().unwrap());
            (s, t, e["newText"].as_str().unwrap().to_string())
        })
        .collect();
    spans.sort_by_key(|(s, _, _)| std::cmp::Reverse(*s));
    let mut out = text.to_string();
    for (s, t, n) in spans {
        out.replace_range(s..t, &n);
    }
    out
}

/// The edits of a WorkspaceEdit for one document (`changes` or `documentChanges`).
pub fn edits_for(edit: &Value, uri: &str) -> Vec<Value> {
    if let Some(e) = edit["changes"][uri].as_array() {
        return e.clone();
    }
    edit["documentChanges"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["textDocument"]["uri"] == uri)
        .flat_map(|c| c["edits"].as_array().cloned().unwrap_or_default())
        .collect()
}
