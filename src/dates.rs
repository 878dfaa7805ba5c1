//! Placeholder replaced by the date resolver.
use crate::analysis::time::{DateStyle, Reference, TimeExpr};
use jiff::civil::Date;
pub fn relative_fix(_t: &str, _e: &TimeExpr, _d: Date, _s: DateStyle) -> Option<(std::ops::Range<usize>, String)> { None }
pub fn missing_year_fix(_t: &str, _e: &TimeExpr, _d: Date, _f: bool) -> Option<(std::ops::Range<usize>, String)> { None }
pub fn resolve_date(_r: &Reference, _d: Date) -> Option<Date> { None }
pub fn format_date(d: Date, _s: DateStyle) -> String { d.to_string() }
pub fn parse_dateline(_p: &str) -> Option<(i8, i8, Option<i16>)> { None }
