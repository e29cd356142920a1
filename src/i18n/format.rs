//! Dates, times and numbers in the user's locale and timezone, by the browser's
//! `Intl` (it carries the CLDR and tz data, so the app does not ship its own).

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

fn intl_constructor(name: &str) -> Option<Function> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    Reflect::get(&intl, &name.into()).ok()?.dyn_into().ok()
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), &(*v).into());
    }
    o
}

/// `new Intl.<name>(locale, options)`, or `None` when the browser rejects the
/// locale or timezone (a bad `timezone` on a user document must not crash a page).
fn construct(name: &str, locale: &str, opts: &Object) -> Option<JsValue> {
    let ctor = intl_constructor(name)?;
    let args = Array::of2(&locale.into(), opts);
    Reflect::construct(&ctor, &args).ok()
}

fn call_format(formatter: &JsValue, value: &JsValue) -> Option<String> {
    let format: Function = Reflect::get(formatter, &"format".into()).ok()?.dyn_into().ok()?;
    format.call1(formatter, value).ok()?.as_string()
}

/// A moment (UNIX milliseconds) as date and time in `locale`, in `time_zone` when
/// given and valid, else the browser's zone.
/// `new Intl.PluralRules(locale).select(n)`: `one`, `few`, `other` … (in the browser only).
#[cfg(target_arch = "wasm32")]
pub fn plural_category(locale: &str, n: f64) -> Option<String> {
    let rules = construct("PluralRules", locale, &Object::new())?;
    let select: Function = Reflect::get(&rules, &"select".into()).ok()?.dyn_into().ok()?;
    select.call1(&rules, &JsValue::from_f64(n)).ok()?.as_string()
}

pub fn format_timestamp_ms(ms: f64, locale: &str, time_zone: Option<&str>) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms));
    let mut pairs = vec![("dateStyle", "medium"), ("timeStyle", "medium")];
    if let Some(tz) = time_zone.filter(|tz| !tz.is_empty()) {
        pairs.push(("timeZone", tz));
        if let Some(s) = construct("DateTimeFormat", locale, &options(&pairs)).and_then(|f| call_format(&f, &date)) {
            return s;
        }
        pairs.pop();
    }
    construct("DateTimeFormat", locale, &options(&pairs))
        .and_then(|f| call_format(&f, &date))
        .unwrap_or_else(|| String::from(date.to_iso_string()))
}

/// A duration in milliseconds, e.g. "1,234 ms" in en-US.
pub fn format_duration_ms(ms: f64, locale: &str) -> String {
    let opts = options(&[("style", "unit"), ("unit", "millisecond"), ("unitDisplay", "short")]);
    let _ = Reflect::set(&opts, &"maximumFractionDigits".into(), &0.into());
    construct("NumberFormat", locale, &opts)
        .and_then(|f| call_format(&f, &JsValue::from_f64(ms.round())))
        .unwrap_or_else(|| format!("{} ms", ms.round() as i64))
}

/// A number as `locale` writes it ("1,234.5" in en-US, "1 234,5" in fr-FR).
pub fn format_number(n: f64, locale: &str) -> String {
    construct("NumberFormat", locale, &Object::new())
        .and_then(|f| call_format(&f, &JsValue::from_f64(n)))
        .unwrap_or_else(|| n.to_string())
}

/// An amount of money in `currency` (ISO 4217) as `locale` writes it ("$1,234.50").
pub fn format_money(amount: f64, locale: &str, currency: &str) -> String {
    construct("NumberFormat", locale, &options(&[("style", "currency"), ("currency", currency)]))
        .and_then(|f| call_format(&f, &JsValue::from_f64(amount)))
        .unwrap_or_else(|| format!("{amount:.2} {currency}"))
}

/// IANA timezone names the browser knows, for timezone pickers.
pub fn time_zones() -> Vec<String> {
    let Some(intl) = Reflect::get(&js_sys::global(), &"Intl".into()).ok() else {
        return vec![];
    };
    let Some(f) = Reflect::get(&intl, &"supportedValuesOf".into()).ok().and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return vec![];
    };
    f.call1(&intl, &"timeZone".into())
        .ok()
        .and_then(|v| v.dyn_into::<Array>().ok())
        .map(|a| a.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// A time of day (seconds from midnight) in `locale`, e.g. "9:00 AM" in en-US.
pub fn format_time_of_day(secs: u32, locale: &str) -> String {
    let opts = options(&[("hour", "numeric"), ("minute", "2-digit"), ("timeZone", "UTC")]);
    let date = js_sys::Date::new(&JsValue::from_f64(f64::from(secs.min(86_399)) * 1000.0));
    let text = construct("DateTimeFormat", locale, &opts)
        .and_then(|f| call_format(&f, &date))
        .unwrap_or_else(|| format!("{}:{:02}", secs / 3600, secs / 60 % 60));
    // 86400 is "midnight at the end of the day", which Intl cannot express.
    if secs >= 86_400 {
        format!("{text} +1")
    } else {
        text
    }
}

/// A calendar day without a year (month 1-12), e.g. "December 25" in en-US.
pub fn format_month_day(month: u8, day: u8, locale: &str) -> String {
    let opts = options(&[("month", "long"), ("day", "numeric"), ("timeZone", "UTC")]);
    let ms = js_sys::Date::utc(2000.0, f64::from(month.saturating_sub(1))) + f64::from(day.max(1) - 1) * 86_400_000.0;
    construct("DateTimeFormat", locale, &opts)
        .and_then(|f| call_format(&f, &js_sys::Date::new(&JsValue::from_f64(ms)).into()))
        .unwrap_or_else(|| format!("{month}/{day}"))
}

/// A month's name, e.g. "November".
pub fn format_month(month: u8, locale: &str) -> String {
    let opts = options(&[("month", "long"), ("timeZone", "UTC")]);
    let ms = js_sys::Date::utc(2000.0, f64::from(month.saturating_sub(1))) + 14.0 * 86_400_000.0;
    construct("DateTimeFormat", locale, &opts)
        .and_then(|f| call_format(&f, &js_sys::Date::new(&JsValue::from_f64(ms)).into()))
        .unwrap_or_else(|| month.to_string())
}
