//! Due dates as the team types them after `due:`: an ISO date
//! (`2026-12-01`), `today`, `tomorrow` or a weekday (`fri`, `Friday`),
//! resolved against a `today` passed in (nothing here reads the clock) with
//! `jiff`'s calendar. A weekday is the next such day after today: `fri`
//! typed on a Friday is the Friday a week later (`today` is today).

use jiff::civil::{Date, Weekday};

/// What `due:` accepts, for messages and help.
pub const ACCEPTED: &str = "due: takes a date (2026-12-01), today, tomorrow or a weekday (fri)";

/// The date `word` names, seen from `today`; `None` for anything else
/// (case does not matter).
pub fn resolve(word: &str, today: Date) -> Option<Date> {
    let lower = word.to_lowercase();
    match lower.as_str() {
        "today" => return Some(today),
        "tomorrow" => return today.tomorrow().ok(),
        _ => {}
    }
    if let Some(day) = weekday(&lower) {
        return today.nth_weekday(1, day).ok();
    }
    iso_date(word)
}

/// `YYYY-MM-DD` exactly (jiff would also read other ISO 8601 forms).
fn iso_date(word: &str) -> Option<Date> {
    let b = word.as_bytes();
    let shaped = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    shaped.then(|| word.parse::<Date>().ok()).flatten()
}

/// A weekday by its English name or a usual abbreviation (lower case).
fn weekday(name: &str) -> Option<Weekday> {
    Some(match name {
        "mon" | "monday" => Weekday::Monday,
        "tue" | "tues" | "tuesday" => Weekday::Tuesday,
        "wed" | "weds" | "wednesday" => Weekday::Wednesday,
        "thu" | "thur" | "thurs" | "thursday" => Weekday::Thursday,
        "fri" | "friday" => Weekday::Friday,
        "sat" | "saturday" => Weekday::Saturday,
        "sun" | "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn dates_today_and_tomorrow() {
        let today = d("2026-12-02"); // a Wednesday
        assert_eq!(resolve("2026-12-01", today), Some(d("2026-12-01")));
        assert_eq!(resolve("today", today), Some(today));
        assert_eq!(resolve("Tomorrow", today), Some(d("2026-12-03")));
        assert_eq!(resolve("TODAY", today), Some(today));
    }

    #[test]
    fn a_weekday_is_the_next_one_after_today() {
        let wednesday = d("2026-12-02");
        assert_eq!(wednesday.weekday(), Weekday::Wednesday);
        assert_eq!(resolve("fri", wednesday), Some(d("2026-12-04")));
        assert_eq!(resolve("Friday", wednesday), Some(d("2026-12-04")));
        assert_eq!(resolve("thu", wednesday), Some(d("2026-12-03")));
        assert_eq!(resolve("mon", wednesday), Some(d("2026-12-07")));
        // The same weekday as today: a week later, not today.
        assert_eq!(resolve("wed", wednesday), Some(d("2026-12-09")));
        assert_eq!(resolve("WEDNESDAY", wednesday), Some(d("2026-12-09")));
    }

    #[test]
    fn months_years_and_leap_days_wrap() {
        // Tomorrow and a weekday across the end of a month and a year.
        assert_eq!(resolve("tomorrow", d("2026-11-30")), Some(d("2026-12-01")));
        assert_eq!(resolve("tomorrow", d("2026-12-31")), Some(d("2027-01-01")));
        assert_eq!(resolve("mon", d("2026-12-31")), Some(d("2027-01-04")));
        // 2028 is a leap year, 2027 is not.
        assert_eq!(resolve("tomorrow", d("2028-02-28")), Some(d("2028-02-29")));
        assert_eq!(resolve("tomorrow", d("2027-02-28")), Some(d("2027-03-01")));
        assert_eq!(resolve("tue", d("2028-02-28")), Some(d("2028-02-29")));
        assert_eq!(
            resolve("2028-02-29", d("2026-01-01")),
            Some(d("2028-02-29"))
        );
        assert_eq!(resolve("2027-02-29", d("2026-01-01")), None);
    }

    #[test]
    fn anything_else_is_refused() {
        let today = d("2026-12-02");
        for word in [
            "next-sprint",
            "friday!",
            "2026-13-01",
            "2026-02-30",
            "20261201",
            "2026-12-1",
            "+002026-12-01",
            "yesterday",
            "",
        ] {
            assert_eq!(resolve(word, today), None, "{word}");
        }
    }
}
