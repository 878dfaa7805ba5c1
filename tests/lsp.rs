//! End-to-end tests of `copydesk lsp`: the real binary, driven over its
//! stdio by a small JSON-RPC client (no mocks).

#[path = "support/lsp_client.rs"]
mod lsp_client;

use std::path::Path;
use std::time::Duration;

use lsp_client::{LspClient, apply_edits, edits_for, file_uri, position_utf16};
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_copydesk");

fn seed() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed.md")).unwrap()
}

fn seed_uri() -> String {
    file_uri(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed.md"))
}

/// A started server with plain capabilities (UTF-16, pushed diagnostics).
fn server(options: Value) -> LspClient {
    server_with(None, json!({}), options)
}

fn server_with(root: Option<&Path>, capabilities: Value, options: Value) -> LspClient {
    let mut c = LspClient::spawn(BIN, &[("COPYDESK_LSP_TEST_PANIC", "1")]);
    c.initialize(root, capabilities, options);
    c
}

fn codes(diags: &[Value]) -> Vec<String> {
    diags.iter().map(|d| d["code"].as_str().unwrap_or("").to_string()).collect()
}

fn pos(text: &str, needle: &str) -> Value {
    position_utf16(text, text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in text")))
}

fn range_of(text: &str, needle: &str) -> Value {
    let s = text.find(needle).unwrap();
    json!({"start": position_utf16(text, s), "end": position_utf16(text, s + needle.len())})
}

fn explain(rule: &str) -> String {
    let out = std::process::Command::new(BIN).args(["explain", rule]).output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn diagnostics_on_open_for_the_seed_report() {
    let mut c = server(json!({}));
    let text = seed();
    let uri = seed_uri();
    c.open(&uri, &text, 1);
    let diags = c.diagnostics(&uri, Some(1));
    let found = codes(&diags);
    for rule in ["vague-attribution", "anonymous-source", "unsourced-figure", "unattributed-claim"] {
        assert!(found.iter().any(|c| c == rule), "{rule} missing from {found:?}");
    }
    for d in &diags {
        let code = d["code"].as_str().unwrap();
        assert_eq!(d["source"], "copydesk");
        assert_eq!(d["codeDescription"]["href"], format!("https://github.com/copydesk/copydesk/blob/main/docs/rules/{code}.md"));
        assert!(d["data"]["fixes"].is_array(), "{d}");
        let expected = if matches!(code, "anonymous-source" | "undated-event") { 3 } else { 2 };
        assert_eq!(d["severity"], expected, "{d}");
    }
    // The published findings are the CLI's, at the same positions.
    let cli = std::process::Command::new(BIN).args(["check", "--format", "json", "tests/fixtures/seed.md"]).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
    let cli: Value = serde_json::from_slice(&cli.stdout).unwrap();
    let cli_diags = cli["files"][0]["diagnostics"].as_array().unwrap();
    assert_eq!(cli_diags.len(), diags.len());
    for (a, b) in cli_diags.iter().zip(&diags) {
        assert_eq!(a["rule"], b["code"]);
        assert_eq!(a["range"], b["range"]);
    }
    // Pull diagnostics give the same, then "unchanged" for the same result id.
    let report = c.call("textDocument/diagnostic", json!({"textDocument": {"uri": uri}}));
    assert_eq!(report["kind"], "full");
    assert_eq!(report["items"].as_array().unwrap().len(), diags.len());
    let id = report["resultId"].clone();
    let again = c.call("textDocument/diagnostic", json!({"textDocument": {"uri": uri}, "previousResultId": id}));
    assert_eq!(again["kind"], "unchanged");
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn incremental_edit_removes_a_finding_and_moves_the_rest() {
    let mut c = server(json!({"debounceMs": 0}));
    let text = seed();
    let uri = "file:///tmp/copydesk-incremental.md";
    c.open(uri, &text, 1);
    let before = c.diagnostics(uri, Some(1));
    let vague_before = codes(&before).iter().filter(|c| *c == "vague-attribution").count();
    // Delete "reportedly " in "North Korea has reportedly sent", in two
    // changes of one notification (the second range refers to the text
    // left by the first).
    let at = text.find("has reportedly sent").unwrap() + "has ".len();
    let start = position_utf16(&text, at);
    let mid = position_utf16(&text, at + "report".len());
    c.change(uri, 2, json!([
        {"range": {"start": start, "end": mid}, "text": ""},
        {"range": {"start": start, "end": position_utf16(&text, at + "edly ".len())}, "text": ""},
    ]));
    let edited = text.replacen("has reportedly sent", "has sent", 1);
    let after = c.diagnostics(uri, Some(2));
    let vague_after = codes(&after).iter().filter(|c| *c == "vague-attribution").count();
    assert_eq!(vague_after, vague_before - 1, "{after:#?}");
    // What follows equals a fresh check of the edited text.
    let fresh_uri = "file:///tmp/copydesk-fresh.md";
    c.open(fresh_uri, &edited, 1);
    let fresh = c.diagnostics(fresh_uri, Some(1));
    let strip = |v: &[Value]| v.iter().map(|d| (d["code"].clone(), d["range"].clone(), d["message"].clone(), d["data"].clone())).collect::<Vec<_>>();
    assert_eq!(strip(&after), strip(&fresh));
    // Findings on the lines below the edit are untouched.
    let line = start["line"].as_u64().unwrap();
    let below = |v: &[Value]| v.iter().filter(|d| d["range"]["start"]["line"].as_u64().unwrap() > line).map(|d| (d["code"].clone(), d["range"].clone())).collect::<Vec<_>>();
    assert!(!below(&before).is_empty());
    assert_eq!(below(&after), below(&before));
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn rapid_typing_keeps_edits_in_order() {
    let mut c = server(json!({"debounceMs": 0}));
    let uri = "file:///tmp/copydesk-typing.md";
    let mut text = String::from("Intro 😀.\n\n");
    c.open(uri, &text, 1);
    c.diagnostics(uri, Some(1));
    // One notification per keystroke, sent without waiting.
    let typed = "North Korea has reportedly sent 20 shells, officials said.\n";
    let mut version = 1;
    for ch in typed.chars() {
        version += 1;
        let at = position_utf16(&text, text.len());
        c.change(uri, version, json!([{"range": {"start": at, "end": at}, "text": ch.to_string()}]));
        text.push(ch);
    }
    // The last version is published, and equals a fresh check of the text.
    let (final_at, last) = c
        .wait_for_timed(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri && m["params"]["version"] == version, lsp_client::TIMEOUT)
        .expect("diagnostics of the last version");
    let last = last["params"]["diagnostics"].as_array().cloned().unwrap();
    // Versions only ever increase, and nothing older follows the last one.
    let others = c.take_all(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri, Duration::from_millis(300));
    let versions: Vec<i64> = others.iter().map(|(_, m)| m["params"]["version"].as_i64().unwrap()).collect();
    assert!(versions.windows(2).all(|w| w[0] < w[1]), "{versions:?}");
    assert!(others.iter().all(|(at, _)| *at < final_at), "{versions:?}");
    let fresh_uri = "file:///tmp/copydesk-typing-fresh.md";
    c.open(fresh_uri, &text, 1);
    let fresh = c.diagnostics(fresh_uri, Some(1));
    let strip = |v: &[Value]| v.iter().map(|d| (d["code"].clone(), d["range"].clone(), d["message"].clone())).collect::<Vec<_>>();
    assert_eq!(strip(&last), strip(&fresh));
    assert!(codes(&last).contains(&"vague-attribution".to_string()), "{last:?}");
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn code_actions_applied_by_the_client() {
    let mut c = server(json!({"debounceMs": 0}));
    let uri = "file:///tmp/copydesk-actions.md";
    let text = "Intro line.\n\nNorth Korea has reportedly sent shells.\n";
    c.open(uri, text, 1);
    let diags = c.diagnostics(uri, Some(1));
    assert!(codes(&diags).contains(&"vague-attribution".to_string()));
    let actions = c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range_of(text, "reportedly"), "context": {"diagnostics": []}}),
    );
    let actions = actions.as_array().unwrap();
    let titles: Vec<&str> = actions.iter().map(|a| a["title"].as_str().unwrap()).collect();
    let placeholder = actions.iter().find(|a| a["title"] == "Insert [citation needed]").unwrap_or_else(|| panic!("{titles:?}"));
    assert_eq!(placeholder["kind"], "quickfix");
    assert_eq!(placeholder["isPreferred"], true);
    assert!(placeholder.get("command").is_none());
    assert_eq!(apply_edits(text, &edits_for(&placeholder["edit"], uri)), "Intro line.\n\nNorth Korea has reportedly sent shells [citation needed].\n");
    let replace = actions.iter().find(|a| a["title"].as_str().unwrap().starts_with("Replace “reportedly”")).unwrap();
    assert!(replace.get("isPreferred").is_none());
    assert_eq!(apply_edits(text, &edits_for(&replace["edit"], uri)), "Intro line.\n\nNorth Korea has sent shells, according to [SOURCE].\n");

    // Suppress: a comment line above; after the edit the finding is gone.
    let suppress = actions.iter().find(|a| a["title"] == "Suppress vague-attribution on this line").unwrap_or_else(|| panic!("{titles:?}"));
    let suppressed = apply_edits(text, &edits_for(&suppress["edit"], uri));
    assert_eq!(suppressed, "Intro line.\n\n<!-- copydesk-disable-next-line vague-attribution -->\nNorth Korea has reportedly sent shells.\n");
    c.change(uri, 2, json!([{"text": suppressed}]));
    assert!(!codes(&c.diagnostics(uri, Some(2))).contains(&"vague-attribution".to_string()));

    // Fix all: every safe fix, as `copydesk check --fix` would.
    c.change(uri, 3, json!([{"text": text}]));
    c.diagnostics(uri, Some(3));
    let source = c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "context": {"diagnostics": [], "only": ["source.fixAll.copydesk"]}}),
    );
    let fix_all = &source.as_array().unwrap()[0];
    let fixed = apply_edits(text, &edits_for(&fix_all["edit"], uri));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.md");
    std::fs::write(&file, text).unwrap();
    std::process::Command::new(BIN).args(["check", "--fix"]).arg(&file).output().unwrap();
    assert_eq!(fixed, std::fs::read_to_string(&file).unwrap());
    assert_ne!(fixed, text);
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn fix_all_is_resolved_when_picked_by_clients_that_resolve_edits() {
    let caps = json!({"textDocument": {"codeAction": {"resolveSupport": {"properties": ["edit"]}}}});
    let mut c = server_with(None, caps, json!({"debounceMs": 0}));
    let uri = "file:///tmp/copydesk-resolve.md";
    let text = "Intro line.\n\nNorth Korea has reportedly sent shells.\n";
    c.open(uri, text, 1);
    c.diagnostics(uri, Some(1));
    // Asked for every kind (a light bulb): fix all comes without its edit.
    let actions = c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range_of(text, "reportedly"), "context": {"diagnostics": []}}),
    );
    let lazy = actions.as_array().unwrap().iter().find(|a| a["kind"] == "source.fixAll.copydesk").unwrap_or_else(|| panic!("{actions}")).clone();
    assert!(lazy.get("edit").is_none(), "{lazy}");
    assert!(actions.as_array().unwrap().iter().filter(|a| a["kind"] == "quickfix").all(|a| a["edit"].is_object()));
    // Resolved, it is the edit a request for that kind gets.
    let resolved = c.call("codeAction/resolve", lazy);
    let eager = c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range_of(text, "reportedly"), "context": {"diagnostics": [], "only": ["source.fixAll.copydesk"]}}),
    );
    assert_eq!(resolved["edit"], eager[0]["edit"]);
    assert_eq!(apply_edits(text, &edits_for(&resolved["edit"], uri)), "Intro line.\n\nNorth Korea has reportedly sent shells [citation needed].\n");
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn a_request_is_answered_for_the_version_it_was_made_on() {
    // Edits sent right behind a hover, without waiting: the hover is
    // answered from the text it was made on, not ContentModified.
    let mut c = server(json!({"debounceMs": 0}));
    let uri = "file:///tmp/copydesk-versions.md";
    let text = "North Korea has reportedly sent shells.\n";
    c.open(uri, text, 1);
    c.diagnostics(uri, Some(1));
    let mut version = 1;
    let mut hovers = Vec::new();
    for _ in 0..20 {
        // Each round moves "reportedly" one word to the right, then hovers
        // on where it now is.
        version += 1;
        c.change(uri, version, json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "Now "}]));
        let at = json!({"line": 0, "character": 4 * (version - 1) + "North Korea has ".len() as i64});
        hovers.push(c.send_request("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": at})));
    }
    for id in hovers {
        let r = c.wait_for(|m| m["id"] == id && m.get("method").is_none(), lsp_client::TIMEOUT).expect("hover answered");
        assert!(r.get("error").is_none(), "{r}");
        assert!(r["result"]["contents"]["value"].as_str().unwrap_or("").contains("vague-attribution"), "{r}");
    }
    // An edit held behind a hover still comes before the close sent after
    // it (no "not open" for the edit).
    let other = "file:///tmp/copydesk-versions-close.md";
    c.open(other, &seed().repeat(20), 1);
    let id = c.send_request("textDocument/hover", json!({"textDocument": {"uri": other}, "position": {"line": 0, "character": 0}}));
    c.change(other, 2, json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "x"}]));
    c.notify("textDocument/didClose", json!({"textDocument": {"uri": other}}));
    assert!(c.wait_for(|m| m["id"] == id && m.get("method").is_none(), lsp_client::TIMEOUT).is_some());
    let closed = c.wait_for(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == other && m["params"]["diagnostics"] == json!([]), lsp_client::TIMEOUT);
    assert!(closed.is_some(), "diagnostics cleared on close");
    let logs = c.take_all(|m| m["method"] == "window/logMessage" && m["params"]["message"].as_str().unwrap_or("").contains("not open"), Duration::from_millis(200));
    assert!(logs.is_empty(), "{logs:?}");
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn hover_shows_the_rule_documentation() {
    let mut c = server(json!({}));
    let uri = "file:///tmp/copydesk-hover.md";
    let text = "North Korea has reportedly sent shells.\n";
    c.open(uri, text, 1);
    c.diagnostics(uri, Some(1));
    let hover = c.call("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": pos(text, "portedly")}));
    let value = hover["contents"]["value"].as_str().unwrap();
    assert_eq!(hover["contents"]["kind"], "markdown");
    assert!(value.contains(explain("vague-attribution").trim()), "{value}");
    assert_eq!(hover["range"], range_of(text, "reportedly"));
    // Nothing to say on plain words.
    let none = c.call("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 1}}));
    assert!(none.is_null(), "{none}");
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn utf16_columns_after_an_emoji() {
    let mut c = server(json!({}));
    let uri = "file:///tmp/copydesk-emoji.md";
    let text = "😀😀 中文 North Korea has reportedly sent shells.\n";
    c.open(uri, text, 1);
    let diags = c.diagnostics(uri, Some(1));
    let vague = diags.iter().find(|d| d["code"] == "vague-attribution").unwrap();
    let col = text[..text.find("reportedly").unwrap()].encode_utf16().count();
    assert_eq!(vague["range"]["start"], json!({"line": 0, "character": col}));
    assert_eq!(col, 2 + 2 + 1 + 2 + " North Korea has ".len());
    // An edit addressed in UTF-16 after the emoji lands where the client meant.
    c.change(uri, 2, json!([{"range": range_of(text, "reportedly "), "text": ""}]));
    let after = c.diagnostics(uri, Some(2));
    assert!(!codes(&after).contains(&"vague-attribution".to_string()), "{after:?}");
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn utf8_positions_when_the_client_offers_them() {
    let mut c = LspClient::spawn(BIN, &[]);
    let init = c.initialize(None, json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}}), json!({}));
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    let uri = "file:///tmp/copydesk-utf8.md";
    let text = "😀 North Korea has reportedly sent shells.\n";
    c.open(uri, text, 1);
    let diags = c.diagnostics(uri, Some(1));
    let vague = diags.iter().find(|d| d["code"] == "vague-attribution").unwrap();
    assert_eq!(vague["range"]["start"]["character"], text.find("reportedly").unwrap());
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn config_file_change_relints_open_documents() {
    let ws = tempfile::tempdir().unwrap();
    let root = ws.path().canonicalize().unwrap();
    std::fs::create_dir(root.join("drafts")).unwrap();
    let doc = root.join("drafts/report.md");
    let text = "North Korea has reportedly sent shells.\n";
    std::fs::write(&doc, text).unwrap();
    let caps = json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}, "workspaceEdit": {"documentChanges": true, "resourceOperations": ["create"]}}});
    let mut c = server_with(Some(&root), caps, json!({"debounceMs": 0}));
    // The watcher is registered dynamically.
    let reg = c.wait_for(|m| m["method"] == "client/registerCapability", lsp_client::TIMEOUT).expect("registerCapability");
    let watcher = &reg["params"]["registrations"][0];
    assert_eq!(watcher["method"], "workspace/didChangeWatchedFiles");
    assert_eq!(watcher["registerOptions"]["watchers"][0]["globPattern"], "**/copydesk.toml");
    let uri = file_uri(&doc);
    c.open(&uri, text, 1);
    assert!(codes(&c.diagnostics(&uri, Some(1))).contains(&"vague-attribution".to_string()));

    // No config yet: "Disable" offers to create one at the workspace root.
    let actions = c.call("textDocument/codeAction", json!({"textDocument": {"uri": uri}, "range": range_of(text, "reportedly"), "context": {"diagnostics": []}}));
    let disable = actions.as_array().unwrap().iter().find(|a| a["title"] == "Disable vague-attribution in copydesk.toml").expect("disable action");
    let ops = disable["edit"]["documentChanges"].as_array().unwrap();
    let config = root.join("copydesk.toml");
    let config_uri = file_uri(&config);
    assert_eq!(ops[0]["kind"], "create");
    assert_eq!(ops[0]["uri"], config_uri.as_str());
    let created = apply_edits("", &edits_for(&disable["edit"], &config_uri));
    assert_eq!(created, "[rules]\nvague-attribution = \"off\"\n");

    // The client writes it, the watcher reports it: the document is re-checked from memory.
    std::fs::write(&config, &created).unwrap();
    c.notify("workspace/didChangeWatchedFiles", json!({"changes": [{"uri": config_uri, "type": 1}]}));
    let diags = c.diagnostics(&uri, Some(1));
    assert!(!codes(&diags).contains(&"vague-attribution".to_string()), "{diags:?}");

    // A broken config: a diagnostic on it, a message, and defaults meanwhile.
    std::fs::write(&config, "[rules]\nvague-attribution = \"loud\"\n").unwrap();
    c.notify("workspace/didChangeWatchedFiles", json!({"changes": [{"uri": config_uri, "type": 2}]}));
    let on_config = c.diagnostics(&config_uri, None);
    assert_eq!(on_config.len(), 1);
    assert_eq!(on_config[0]["range"]["start"]["line"], 1);
    assert!(on_config[0]["message"].as_str().unwrap().contains("bad severity"));
    let shown = c.wait_for(|m| m["method"] == "window/showMessage", lsp_client::TIMEOUT).expect("showMessage");
    assert_eq!(shown["params"]["type"], 1);
    assert!(codes(&c.diagnostics(&uri, Some(1))).contains(&"vague-attribution".to_string()));

    // Fixed again: the config diagnostic clears, the rule is off again, and
    // "Disable" now edits the existing file.
    std::fs::write(&config, "[rules]\nundated-event = \"info\"\n").unwrap();
    c.notify("workspace/didChangeWatchedFiles", json!({"changes": [{"uri": config_uri, "type": 2}]}));
    assert!(c.diagnostics(&config_uri, None).is_empty());
    c.diagnostics(&uri, Some(1));
    let actions = c.call("textDocument/codeAction", json!({"textDocument": {"uri": uri}, "range": range_of(text, "reportedly"), "context": {"diagnostics": []}}));
    let disable = actions.as_array().unwrap().iter().find(|a| a["title"] == "Disable vague-attribution in copydesk.toml").expect("disable action");
    let edited = apply_edits("[rules]\nundated-event = \"info\"\n", &edits_for(&disable["edit"], &config_uri));
    assert_eq!(edited, "[rules]\nvague-attribution = \"off\"\nundated-event = \"info\"\n");
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn editor_settings_from_did_change_configuration() {
    let mut c = server(json!({"debounceMs": 0}));
    let uri = "file:///tmp/copydesk-settings.md";
    let text = "North Korea has reportedly sent shells.\n";
    c.open(uri, text, 1);
    assert_eq!(c.diagnostics(uri, Some(1))[0]["severity"], 2);
    c.notify("workspace/didChangeConfiguration", json!({"settings": {"copydesk": {"rules": {"vague-attribution": "error"}}}}));
    assert_eq!(c.diagnostics(uri, Some(1))[0]["severity"], 1);
    c.notify("workspace/didChangeConfiguration", json!({"settings": {"rules": {"vague-attribution": "off"}}}));
    assert!(c.diagnostics(uri, Some(1)).is_empty());
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn lint_on_save_waits_for_the_save() {
    let mut c = server(json!({"lintOn": "save", "debounceMs": 0}));
    let uri = "file:///tmp/copydesk-save.md";
    let text = "North Korea has reportedly sent shells.\n";
    c.open(uri, text, 1);
    assert_eq!(c.diagnostics(uri, Some(1)).len(), 1);
    c.change(uri, 2, json!([{"range": range_of(text, "reportedly "), "text": ""}]));
    assert!(!c.sees(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == 2, Duration::from_millis(500)));
    c.notify("textDocument/didSave", json!({"textDocument": {"uri": uri}}));
    assert!(c.diagnostics(uri, Some(2)).is_empty());
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn documents_over_the_size_limit_get_one_info_diagnostic() {
    let mut c = server(json!({"maxFileSize": 64}));
    let uri = "file:///tmp/copydesk-large.md";
    let text = "North Korea has reportedly sent shells. ".repeat(10);
    c.open(uri, &text, 1);
    let diags = c.diagnostics(uri, Some(1));
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0]["severity"], 3);
    assert!(diags[0]["message"].as_str().unwrap().contains("maxFileSize"));
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn pull_clients_get_no_pushed_diagnostics() {
    let mut c = server_with(None, json!({"textDocument": {"diagnostic": {"dynamicRegistration": false}}}), json!({"debounceMs": 0}));
    let uri = "file:///tmp/copydesk-pull.md";
    let text = "North Korea has reportedly sent shells.\n";
    c.open(uri, text, 1);
    let report = c.call("textDocument/diagnostic", json!({"textDocument": {"uri": uri}}));
    assert_eq!(report["kind"], "full");
    assert_eq!(codes(report["items"].as_array().unwrap()), vec!["vague-attribution"]);
    assert!(!c.sees(|m| m["method"] == "textDocument/publishDiagnostics", Duration::from_millis(300)));
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn garbage_is_answered_with_errors_and_the_server_keeps_serving() {
    let mut c = server(json!({}));
    let uri = "file:///tmp/copydesk-garbage.md";
    let text = "North Korea has reportedly sent shells.\n";
    c.open(uri, text, 1);
    c.diagnostics(uri, Some(1));

    // A body that is not JSON.
    c.send_raw(&lsp_client::frame(b"{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":"));
    let err = c.wait_for(|m| m.get("error").is_some() && m["id"].is_null(), lsp_client::TIMEOUT).expect("parse error response");
    assert_eq!(err["error"]["code"], -32700);
    // JSON that is no JSON-RPC message, and headers without a length.
    c.send_raw(&lsp_client::frame(br#"{"id":7,"method":42}"#));
    let err = c.wait_for(|m| m["id"] == 7, lsp_client::TIMEOUT).expect("invalid request response");
    assert_eq!(err["error"]["code"], -32600);
    c.send_raw(b"Content-Type: nothing\r\n\r\n");
    let err = c.wait_for(|m| m.get("error").is_some() && m["id"].is_null(), lsp_client::TIMEOUT).expect("header error");
    assert_eq!(err["error"]["code"], -32700);
    // An unknown method.
    let r = c.request("copydesk/noSuchMethod", json!({}));
    assert_eq!(r["error"]["code"], -32601);
    // Malformed params for a known method.
    let r = c.request("textDocument/hover", json!({"textDocument": {"uri": uri}}));
    assert_eq!(r["error"]["code"], -32602);
    // A document that is not open.
    let r = c.request("textDocument/hover", json!({"textDocument": {"uri": "file:///tmp/never-opened.md"}, "position": {"line": 0, "character": 0}}));
    assert_eq!(r["error"]["code"], -32602);
    assert!(r["error"]["message"].as_str().unwrap().contains("not open"));
    c.change("file:///tmp/never-opened.md", 2, json!([{"text": "x"}]));
    let log = c.wait_for(|m| m["method"] == "window/logMessage" && m["params"]["message"].as_str().unwrap_or("").contains("not open"), lsp_client::TIMEOUT);
    assert_eq!(log.expect("logMessage")["params"]["type"], 1);
    // Out-of-range positions clamp.
    let r = c.call("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": 9999, "character": 9999}}));
    assert!(r.is_null());
    let r = c.call("textDocument/inlayHint", json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 4000000000u32, "character": 4000000000u32}}}));
    assert!(r.is_array());
    c.change(uri, 2, json!([{"range": {"start": {"line": 77, "character": 3}, "end": {"line": 99, "character": 0}}, "text": "More text."}]));
    let diags = c.diagnostics(uri, Some(2));
    assert_eq!(codes(&diags)[0], "vague-attribution");
    // A lint that panics is an error in the log, not a dead server.
    let bad = "file:///tmp/copydesk-panic.md";
    c.open(bad, "copydesk-test-panic\n", 1);
    let log = c.wait_for(|m| m["method"] == "window/logMessage" && m["params"]["message"].as_str().unwrap_or("").contains("failed"), lsp_client::TIMEOUT);
    assert_eq!(log.expect("panic logged")["params"]["type"], 1);
    let r = c.request("textDocument/hover", json!({"textDocument": {"uri": bad}, "position": {"line": 0, "character": 0}}));
    assert_eq!(r["error"]["code"], -32603);
    // Still serving.
    let hover = c.call("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": pos(text, "reportedly")}));
    assert!(hover["contents"]["value"].as_str().unwrap().contains("vague-attribution"));
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn shutdown_then_exit_and_exit_without_shutdown() {
    let mut c = server(json!({}));
    let r = c.request("shutdown", Value::Null);
    assert!(r["result"].is_null() && r.get("error").is_none(), "{r}");
    // After shutdown, requests are refused.
    let r = c.request("textDocument/hover", json!({"textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}}));
    assert_eq!(r["error"]["code"], -32600);
    c.notify("exit", Value::Null);
    assert_eq!(c.wait_exit().code(), Some(0));

    let mut c = server(json!({}));
    c.notify("exit", Value::Null);
    assert_eq!(c.wait_exit().code(), Some(1));
}

#[test]
fn relative_dates_get_inlay_hints_and_hover_dates() {
    let mut c = server(json!({}));
    let uri = "file:///tmp/copydesk-dates.md";
    let text = "---\ndate: 2026-11-28\n---\n\nThe ministry said yesterday that it had sent shells.\n";
    c.open(uri, text, 1);
    let diags = c.diagnostics(uri, Some(1));
    assert!(codes(&diags).contains(&"relative-date".to_string()), "{diags:?}");
    let hints = c.call("textDocument/inlayHint", json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 9, "character": 0}}}));
    let hints = hints.as_array().unwrap();
    assert_eq!(hints.len(), 1, "{hints:?}");
    assert_eq!(hints[0]["label"], "[27 Nov 2026]");
    let end = text.find("yesterday").unwrap() + "yesterday".len();
    assert_eq!(hints[0]["position"], position_utf16(text, end));
    let hover = c.call("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": pos(text, "sterday")}));
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(value.contains("27 November 2026"), "{value}");
    assert!(value.contains(explain("relative-date").trim()), "{value}");
    assert!(c.shutdown_and_exit().success());
}
