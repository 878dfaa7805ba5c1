//! The `copydesk` command: check | rules | explain | inspect | init | lsp.
//! Two thin fronts over the library: `cli` and `lsp` (the only module that
//! knows LSP types).

mod cli;
mod lsp;

fn main() {
    std::process::exit(cli::run());
}

/// The message a panic carried, for the front that caught it to report.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| payload.downcast_ref::<String>().cloned()).unwrap_or_else(|| "panic".to_string())
}
