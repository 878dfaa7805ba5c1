//! Stdio framing in front of tower-lsp-server.
//!
//! tower-lsp-server's reader stops reading for good after one message it
//! cannot decode (tokio-util's `FramedRead` ends the stream after a decoder
//! error), which would leave the editor with a silent, dead server. So the
//! server reads through this filter instead: every frame whose body is a
//! well-formed JSON-RPC message is passed on unchanged; any other frame is
//! answered here with a JSON-RPC error (`-32700` parse error, or `-32600`
//! invalid request when it is JSON with an id) and reading goes on. The
//! server's output goes through one writer shared with those answers, a
//! whole frame at a time.
//!
//! `publishDiagnostics` also takes that writer directly: the notification
//! is serialized once by the lint job, off the event loop, instead of going
//! through tower-lsp's `Client` (which builds a `serde_json::Value` tree of
//! every diagnostic and serializes it again on the event loop: for a large
//! report, most of the time between an edit and its diagnostics).

use std::pin::Pin;
use std::sync::Arc;

use serde::Deserialize;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::Mutex;
use tower_lsp_server::jsonrpc;

/// The shared output: stdout, a whole frame per lock.
pub type Output = Arc<Mutex<Pin<Box<dyn AsyncWrite + Send>>>>;

/// Write one message body as a frame.
pub async fn write_frame(out: &Output, body: &[u8]) -> std::io::Result<()> {
    let header = format!("Content-Length: {}\r\n\r\n", body.len());
    let mut o = out.lock().await;
    o.write_all(header.as_bytes()).await?;
    o.write_all(body).await?;
    o.flush().await
}

/// The body of a `textDocument/publishDiagnostics` notification around an
/// already serialized JSON array of diagnostics.
pub fn publish_body(uri: &str, version: Option<i32>, diagnostics: &[u8]) -> Vec<u8> {
    let mut body = publish_head(uri, version, diagnostics.len() + 2);
    body.extend_from_slice(diagnostics);
    body.extend_from_slice(b"}}");
    body
}

/// The start of a `publishDiagnostics` body, up to where its array of
/// diagnostics goes (to be followed by the array and `}}`), with room for
/// `capacity` more bytes.
pub fn publish_head(uri: &str, version: Option<i32>, capacity: usize) -> Vec<u8> {
    let mut body = Vec::with_capacity(capacity + uri.len() + 128);
    body.extend_from_slice(br#"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"#);
    body.extend_from_slice(&serde_json::to_vec(uri).unwrap_or_default());
    if let Some(v) = version {
        body.extend_from_slice(format!(r#","version":{v}"#).as_bytes());
    }
    body.extend_from_slice(br#","diagnostics":"#);
    body
}

/// What tower-lsp-server's codec accepts.
#[derive(Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
enum Message {
    Response(jsonrpc::Response),
    Request(jsonrpc::Request),
}

pub enum Frame {
    Body(Vec<u8>),
    /// Headers without a usable `Content-Length`.
    BadHeader(String),
}

/// Read one frame; `None` at the end of the stream.
pub async fn read_frame<R: AsyncRead + Unpin>(r: &mut BufReader<R>) -> std::io::Result<Option<Frame>> {
    let mut len: Option<usize> = None;
    let mut bad: Option<String> = None;
    let mut saw_header = false;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).await? == 0 {
            return Ok(None);
        }
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if saw_header {
                break;
            }
            continue;
        }
        saw_header = true;
        match line.split_once(':') {
            Some((name, value)) if name.trim().eq_ignore_ascii_case("content-length") => match value.trim().parse() {
                Ok(n) => len = Some(n),
                Err(_) => bad = Some(format!("bad Content-Length {:?}", value.trim())),
            },
            Some(_) => {}
            None => bad = Some(format!("not a header: {line:?}")),
        }
    }
    match (len, bad) {
        (Some(n), None) => {
            let mut body = vec![0; n];
            r.read_exact(&mut body).await?;
            Ok(Some(Frame::Body(body)))
        }
        (_, Some(why)) => Ok(Some(Frame::BadHeader(why))),
        (None, None) => Ok(Some(Frame::BadHeader("missing Content-Length".to_string()))),
    }
}

fn framed(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// The error response for a body the server cannot take, if any is due.
pub fn reject(body: &[u8]) -> Option<Value> {
    if serde_json::from_slice::<Message>(body).is_ok() {
        return None;
    }
    Some(match serde_json::from_slice::<Value>(body) {
        Err(e) => json!({"jsonrpc": "2.0", "id": null, "error": {"code": -32700, "message": format!("Parse error: {e}")}}),
        Ok(v) => {
            let id = v.get("id").filter(|id| id.is_number() || id.is_string()).cloned().unwrap_or(Value::Null);
            json!({"jsonrpc": "2.0", "id": id, "error": {"code": -32600, "message": "Invalid request: not a JSON-RPC 2.0 request, notification or response"}})
        }
    })
}

/// Pass well-formed frames from `input` to `to_server`; answer the others
/// on `out`. Returns at the end of `input`.
pub async fn filter_input<R, W>(input: R, mut to_server: W, out: Output)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = BufReader::with_capacity(1 << 16, input);
    loop {
        let frame = match read_frame(&mut reader).await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                eprintln!("copydesk lsp [error] reading stdin: {e}");
                break;
            }
        };
        let error = match &frame {
            Frame::Body(body) => reject(body),
            Frame::BadHeader(why) => Some(json!({"jsonrpc": "2.0", "id": null, "error": {"code": -32700, "message": format!("Parse error: {why}")}})),
        };
        match (frame, error) {
            (Frame::Body(body), None) => {
                if to_server.write_all(&framed(&body)).await.is_err() {
                    break;
                }
            }
            (Frame::BadHeader(_), None) => {}
            (_, Some(error)) => {
                eprintln!("copydesk lsp [error] rejected a message: {}", error["error"]["message"]);
                let _ = write_frame(&out, &serde_json::to_vec(&error).unwrap_or_default()).await;
            }
        }
    }
    let _ = to_server.shutdown().await;
}

/// Copy the server's frames to `out`, one whole frame at a time.
pub async fn forward_output<R>(from_server: R, out: Output)
where
    R: AsyncRead + Unpin,
{
    let mut reader = BufReader::with_capacity(1 << 16, from_server);
    while let Ok(Some(Frame::Body(body))) = read_frame(&mut reader).await {
        if write_frame(&out, &body).await.is_err() {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_what_the_server_cannot_decode() {
        assert!(reject(br#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#).is_none());
        assert!(reject(br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#).is_none());
        assert!(reject(br#"{"jsonrpc":"2.0","id":3,"result":null}"#).is_none());
        assert_eq!(reject(br#"{"jsonrpc":"2.0","id":7,"#).unwrap()["error"]["code"], -32700);
        let e = reject(br#"{"id":7,"method":42}"#).unwrap();
        assert_eq!((e["id"].clone(), e["error"]["code"].clone()), (json!(7), json!(-32600)));
        assert_eq!(reject(br#"[1,2]"#).unwrap()["error"]["code"], -32600);
    }

    #[test]
    fn publish_bodies_are_notifications() {
        let body = publish_body("file:///a%20b.md", Some(3), br#"[{"x":1}]"#);
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v, json!({"jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": {"uri": "file:///a%20b.md", "version": 3, "diagnostics": [{"x": 1}]}}));
        let v: Value = serde_json::from_slice(&publish_body("untitled:1", None, b"[]")).unwrap();
        assert!(v["params"].get("version").is_none());
    }

    #[tokio::test]
    async fn frames_survive_garbage() {
        let input = b"Content-Length: 5\r\n\r\nhello\r\nX-Bad\r\n\r\nContent-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".to_vec();
        let mut r = BufReader::new(&input[..]);
        assert!(matches!(read_frame(&mut r).await.unwrap(), Some(Frame::Body(b)) if b == b"hello"));
        assert!(matches!(read_frame(&mut r).await.unwrap(), Some(Frame::BadHeader(_))));
        assert!(matches!(read_frame(&mut r).await.unwrap(), Some(Frame::Body(b)) if b == b"{}"));
        assert!(read_frame(&mut r).await.unwrap().is_none());
    }
}
