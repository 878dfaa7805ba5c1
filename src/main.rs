//! The `copydesk` command: check | rules | explain | inspect | init | lsp.
//! Two thin fronts over the library: `cli` and `lsp` (the only module that
//! knows LSP types).

mod cli;
mod lsp;

fn main() {
    std::process::exit(cli::run());
}
