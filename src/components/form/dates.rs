//! Dates as `<input type="date">` holds them, and the browser's offset from UTC on a
//! day: rules that start "on a day" start at that day's midnight where the admin is,
//! as Monster's forms write them.

/// `YYYY-MM-DD` → (year, month, day).
pub fn ymd(date: &str) -> Option<(i32, u8, u8)> {
    let mut parts = date.split('-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    Some((y, m, d))
}

/// (year, month, day) → `YYYY-MM-DD`.
pub fn date_text((y, m, d): (i32, u8, u8)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// Seconds east of UTC of the browser's zone on that day.
pub fn local_offset(year: i32, month: u8, day: u8) -> i64 {
    let date = js_sys::Date::new_with_year_month_day(year as u32, i32::from(month) - 1, i32::from(day));
    -(date.get_timezone_offset() as i64) * 60
}

/// The browser's offset from UTC today.
pub fn offset_today() -> i64 {
    -(js_sys::Date::new_0().get_timezone_offset() as i64) * 60
}
