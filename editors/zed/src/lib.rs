//! Zed extension for copydesk: starts `copydesk lsp` for Markdown and
//! plain text. Zed cannot start a language server from settings alone; this
//! extension only tells it how. Settings (Zed's settings.json):
//!
//! ```json
//! "lsp": {
//!   "copydesk": {
//!     "binary": { "path": "/home/me/.cargo/bin/copydesk", "arguments": ["lsp"] },
//!     "settings": { "documentDate": "2024-10-20", "rules": { "undated-event": "off" } }
//!   }
//! }
//! ```

use zed_extension_api::{self as zed, serde_json, settings::LspSettings, LanguageServerId, Result};

struct CopydeskExtension;

impl CopydeskExtension {
    fn lsp_settings(id: &LanguageServerId, worktree: &zed::Worktree) -> Option<LspSettings> {
        LspSettings::for_worktree(id.as_ref(), worktree).ok()
    }
}

impl zed::Extension for CopydeskExtension {
    fn new() -> Self {
        CopydeskExtension
    }

    fn language_server_command(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let binary = Self::lsp_settings(id, worktree).and_then(|s| s.binary);
        let configured = binary.as_ref().and_then(|b| b.path.clone());
        let command = configured.or_else(|| worktree.which("copydesk")).ok_or_else(|| {
            "copydesk: the `copydesk` binary is not on PATH. Install it (`cargo install --path .` in the \
             copydesk repository) or set lsp.copydesk.binary.path in Zed's settings."
                .to_string()
        })?;
        let args = binary
            .and_then(|b| b.arguments)
            .unwrap_or_else(|| vec!["lsp".to_string()]);
        Ok(zed::Command {
            command,
            args,
            env: worktree.shell_env(),
        })
    }

    fn language_server_initialization_options(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        let s = Self::lsp_settings(id, worktree);
        Ok(s.and_then(|s| s.initialization_options.or(s.settings)))
    }

    fn language_server_workspace_configuration(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        let s = Self::lsp_settings(id, worktree).and_then(|s| s.settings);
        Ok(s.map(|v| serde_json::json!({ "copydesk": v })))
    }
}

zed::register_extension!(CopydeskExtension);
