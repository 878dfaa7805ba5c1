//! The `copydesk` command: check | rules | explain | inspect | init | lsp.

fn main() {
    std::process::exit(copydesk_cli::run());
}

#[path = "cli/mod.rs"]
mod copydesk_cli;
