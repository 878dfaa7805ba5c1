//! Position conversions of `LineIndex` (what the language server uses for
//! every request): byte <-> line/column in UTF-8 and UTF-16 round-trip on
//! char boundaries, clamp off them; and a sequence of incremental edits
//! given in line/column ranges, applied through fresh indexes, lands where
//! the positions say.
#![no_main]

use copydesk::document::line_index::{ColumnUnit, LineCol};
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

#[derive(Arbitrary, Debug)]
struct Input {
    text: String,
    utf16: bool,
    edits: Vec<(u16, u16, u16, u16, String)>,
}

fuzz_target!(|input: Input| {
    invariants::assert_line_index(&input.text);
    let unit = if input.utf16 { ColumnUnit::Utf16 } else { ColumnUnit::Utf8 };
    let edits: Vec<invariants::PositionEdit> = input
        .edits
        .into_iter()
        .take(64)
        .map(|(l1, c1, l2, c2, text)| invariants::PositionEdit {
            start: LineCol { line: u32::from(l1 % 64), col: u32::from(c1) },
            end: LineCol { line: u32::from(l2 % 64), col: u32::from(c2) },
            text,
        })
        .collect();
    let out = invariants::apply_position_edits(&input.text, &edits, unit);
    invariants::assert_line_index(&out);
});
