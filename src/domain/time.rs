//! Times as people read them: local date and time with the zone, from
//! seconds since the epoch and a time zone passed in (tests pass a fixed
//! zone; the app passes the system's).

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::session::Timestamp;

/// E.g. `2026-11-26 05:30 CET (UTC+01:00)`; a zone without an abbreviation
/// shows only the offset. A time jiff cannot represent falls back to UTC
/// ISO-8601 (see [`super::format_utc`]).
pub fn local(t: Timestamp, tz: &TimeZone) -> String {
    let Some(zoned) = zoned(t, tz) else {
        return super::format_utc(t);
    };
    let offset = zoned.strftime("%:z").to_string();
    let abbrev = zoned.strftime("%Z").to_string();
    let when = zoned.strftime("%Y-%m-%d %H:%M");
    if abbrev.is_empty() || abbrev.starts_with(['+', '-']) {
        format!("{when} (UTC{offset})")
    } else {
        format!("{when} {abbrev} (UTC{offset})")
    }
}

/// The local calendar date of `t` in `tz`.
pub fn local_date(t: Timestamp, tz: &TimeZone) -> Option<Date> {
    zoned(t, tz).map(|z| z.date())
}

fn zoned(t: Timestamp, tz: &TimeZone) -> Option<jiff::Zoned> {
    let secs = i64::try_from(t).ok()?;
    let ts = jiff::Timestamp::from_second(secs).ok()?;
    Some(ts.to_zoned(tz.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cet() -> TimeZone {
        TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").unwrap()
    }

    #[test]
    fn local_times_carry_the_zone_and_its_offset() {
        // 2026-11-26T04:30:00Z is winter: CET, UTC+1.
        assert_eq!(
            local(1_795_667_400, &cet()),
            "2026-11-26 05:30 CET (UTC+01:00)"
        );
        // 2026-07-01T12:00:00Z is summer: CEST, UTC+2.
        assert_eq!(
            local(1_782_907_200, &cet()),
            "2026-07-01 14:00 CEST (UTC+02:00)"
        );
        assert_eq!(local(0, &TimeZone::UTC), "1970-01-01 00:00 UTC (UTC+00:00)");
        let fixed = TimeZone::fixed(jiff::tz::offset(-5));
        assert!(
            local(0, &fixed).starts_with("1969-12-31 19:00"),
            "{}",
            local(0, &fixed)
        );
        assert!(local(0, &fixed).ends_with("(UTC-05:00)"));
    }

    #[test]
    fn the_local_date_can_differ_from_the_utc_date() {
        // 23:30 UTC on 2026-11-30 is already 1 December in CET.
        let t = 1_796_081_400;
        assert_eq!(crate::domain::format_utc(t), "2026-11-30T23:30:00Z");
        assert_eq!(local_date(t, &cet()), Some("2026-12-01".parse().unwrap()));
    }
}
