//! Arbitrary bytes, taken as UTF-8 (lossily), through parse + analysis +
//! rules in both formats. Invariants (tests/support/invariants.rs): no
//! panic; every block, link, comment, analysis span, diagnostic span and fix
//! edit lies inside the text on char boundaries; diagnostics are sorted.
#![no_main]

use copydesk::document::Format;
use copydesk::settings::Settings;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let settings = Settings::default();
    for format in [Format::Markdown, Format::Text, Format::Latex, Format::Typst] {
        invariants::check_text(&text, format, &settings);
    }
});
