//! Today's date, which tests can fix.

use jiff::civil::Date;

/// Today's local date, unless a test fixed it.
pub fn today(fixed: Option<Date>) -> Date {
    fixed.unwrap_or_else(|| jiff::Zoned::now().date())
}
