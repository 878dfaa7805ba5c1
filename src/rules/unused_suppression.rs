//! `unused-suppression`: a copydesk suppression comment that suppresses
//! nothing (copydesk's own rule, not in the catalogue).

use super::RuleDoc;

pub const DOC: RuleDoc = RuleDoc {
    summary: "A copydesk-disable comment that suppresses no finding (or names an unknown rule).",
    body: r#"
## What it flags
A `<!-- copydesk-disable ... -->`, `<!-- copydesk-disable-next-line ... -->`
or `<!-- copydesk-enable ... -->` comment that suppresses no finding, or that
names a rule copydesk does not know.

## Why
Stale suppressions hide future findings at that place. Cleaning them up
keeps suppression meaningful.

## Example
> <!-- copydesk-disable-next-line relative-date -->
> The summit opened on 3 October 2024.

## Fix safety
Removing the comment is **safe**: it changes no word of the text.
"#,
};
