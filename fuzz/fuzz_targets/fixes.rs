//! Apply every fix, safe then all, with a re-check after each pass, as
//! `copydesk check --fix [--unsafe-fixes]` does. Invariants: the loop
//! converges within the cap; edits taken in one pass never overlap once
//! sorted and the output is exactly those edits applied; every intermediate
//! text passes the `check` invariants; safe passes keep the writer's words
//! in order. The first input byte picks the settings (format: bit 0 text,
//! bits 4-5 LaTeX or Typst; a document date so date fixes are offered;
//! footnote placeholders; dates in quotes).
#![no_main]

use copydesk::document::Format;
use copydesk::fix::Applicability;
use copydesk::settings::{Placeholder, Settings};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let format = match (flags & 1, flags >> 4 & 3) {
        (_, 1) => Format::Latex,
        (_, 2) => Format::Typst,
        (0, _) => Format::Markdown,
        _ => Format::Text,
    };
    let mut settings = Settings::default();
    if flags & 2 != 0 {
        settings.date_override = Some(jiff::civil::date(2024, 10, 20));
    }
    if flags & 4 != 0 {
        settings.placeholder = Placeholder::Footnote;
    }
    if flags & 8 != 0 {
        settings.dates_in_quotes = true;
    }
    let safe = invariants::fix_loop(&text, format, &settings, Applicability::Safe);
    assert!(safe.converged, "safe fixes did not converge in {} passes: {:?}", invariants::MAX_PASSES, safe.text);
    let all = invariants::fix_loop(&safe.text, format, &settings, Applicability::Unsafe);
    assert!(all.converged, "unsafe fixes did not converge in {} passes: {:?}", invariants::MAX_PASSES, all.text);
});
