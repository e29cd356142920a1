//! The Time of Day form in a dialog, for a new rule or one of the list's (monster-ui-callflows
//! `submodules/timeofday/timeofday.js` `timeofdayRender`): how it repeats, on which days,
//! from when to when, from which date, and whether it is forced on or off. The same
//! dialog opens from a time-of-day step's branch ("New time of day…"), where the rule it
//! makes becomes the branch at once. What it writes is built by
//! `patchbay_monster::callflow::time_of_day`.

use leptos::prelude::*;
use patchbay_monster::callflow::time_of_day::{parse_clock, rule_doc, rule_form, Cycle, RuleError, RuleForm, ORDINALS};
use patchbay_monster::hours::WEEKDAYS;
use patchbay_monster::stamp::{origin_of, stamp, UiMetadata, ORIGIN_SMARTPBX};
use serde_json::Value;

use super::super::save_doc;
use crate::api::use_save;
use crate::components::dialog::{open_while, Dialog};
use crate::components::error_notice::error_text;
use crate::components::form::dates::{date_text, local_offset, offset_today, ymd};
use crate::components::form::{unique_id, CheckboxField, SelectField, TextField};
use crate::config::RuntimeConfig;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};

/// The rule the dialog edits: a new one, or one as read from Crossbar.
#[derive(Clone, Debug, PartialEq)]
pub enum RuleTarget {
    New,
    Existing(Value),
}

/// "09:30", as `<input type="time">` holds it.
fn time_value(seconds: u32) -> String {
    format!("{:02}:{:02}", seconds / 3600 % 24, seconds / 60 % 60)
}

fn rule_error_text(e: RuleError) -> String {
    t(match e {
        RuleError::Name => "tod-error-name",
        RuleError::NoDay => "tod-error-no-day",
        RuleError::Window => "tod-error-window",
        RuleError::Date => "tod-error-date",
    })
}

fn options(items: impl IntoIterator<Item = (String, String)>) -> Signal<Vec<(String, String)>> {
    let items: Vec<(String, String)> = items.into_iter().collect();
    Signal::derive(move || items.clone())
}

#[component]
pub fn RuleDialog(
    target: RwSignal<Option<RuleTarget>>,
    /// Hears the saved rule's id and name.
    on_saved: Callback<(String, String)>,
) -> impl IntoView {
    let open = open_while(target);
    view! {
        <Dialog open=open labelled_by="tod-rule-title" class="tod-dialog">
            {move || target.get().map(|t| view! { <RuleFields target=t done=target on_saved=on_saved /> })}
        </Dialog>
    }
}

#[component]
fn RuleFields(
    target: RuleTarget,
    done: RwSignal<Option<RuleTarget>>,
    on_saved: Callback<(String, String)>,
) -> impl IntoView {
    let version = StoredValue::new(use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version));
    let loaded = match &target {
        RuleTarget::New => Value::Object(Default::default()),
        RuleTarget::Existing(doc) => doc.clone(),
    };
    let id = loaded.get("id").and_then(Value::as_str).map(str::to_string);
    // Smart PBX's office hours and holidays are Smart PBX's to change (Monster's
    // Callflows app shows them without a Save button).
    let smartpbx_owned = origin_of(&loaded) == Some(ORIGIN_SMARTPBX);
    let form = match &target {
        RuleTarget::New => RuleForm::default(),
        RuleTarget::Existing(doc) => rule_form(doc, offset_today()),
    };
    let name = RwSignal::new(form.name.clone());
    let cycle = RwSignal::new(form.cycle.key().to_string());
    let interval = RwSignal::new(form.interval.to_string());
    let days: Vec<(&'static str, RwSignal<bool>)> =
        WEEKDAYS.into_iter().map(|d| (d, RwSignal::new(form.wdays.contains(&d)))).collect();
    let days = StoredValue::new(days);
    let ordinal = RwSignal::new(form.ordinal.to_string());
    let weekday = RwSignal::new(form.weekday.to_string());
    let day = RwSignal::new(form.day.to_string());
    let form_days = StoredValue::new(form.days.clone());
    let month = RwSignal::new(form.month.to_string());
    let start = RwSignal::new(form.start_date.map(date_text).unwrap_or_default());
    let all_day = RwSignal::new(form.all_day);
    let from = RwSignal::new(time_value(if form.all_day { 9 * 3600 } else { form.from }));
    let to = RwSignal::new(time_value(if form.all_day { 17 * 3600 } else { form.to }));
    let status = RwSignal::new(
        match form.enabled {
            None => "clock",
            Some(true) => "on",
            Some(false) => "off",
        }
        .to_string(),
    );
    let error = RwSignal::new(None::<String>);
    let loaded = StoredValue::new(loaded);
    let is_new = id.is_none();
    let rule_id = StoredValue::new(id);

    let save = use_save(
        |doc: &Value| {
            let name = doc.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
            t_with("action-save-time-of-day", &[("name", arg(name))])
        },
        move |call, mut doc: Value| {
            stamp(&mut doc, &UiMetadata::callflows(version.get_value().as_deref()));
            let id = rule_id.get_value();
            async move { save_doc(&call, "temporal_rules", id.as_deref(), doc).await }
        },
    );
    watch(move || match save.value().get() {
        Some(Ok(rule)) => {
            let text = |k: &str| rule.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
            done.set(None);
            on_saved.run((text("id"), text("name")));
        }
        Some(Err(e)) => error.set(Some(error_text(&e))),
        None => {}
    });

    let current = move || -> Result<(RuleForm, i64), String> {
        let whole = |s: RwSignal<String>| s.get_untracked().trim().parse::<u32>().map_err(|_| t("tod-error-number"));
        let start_date = match start.get_untracked().trim() {
            "" => None,
            text => Some(ymd(text).ok_or_else(|| t("tod-error-date"))?),
        };
        let clock = |s: RwSignal<String>| parse_clock(&s.get_untracked()).ok_or_else(|| t("tod-error-window"));
        let all = all_day.get_untracked();
        let form = RuleForm {
            name: name.get_untracked(),
            cycle: Cycle::from_key(&cycle.get_untracked()).unwrap_or(Cycle::Weekly),
            interval: whole(interval)?.max(1),
            wdays: days.with_value(|d| d.iter().filter(|(_, on)| on.get_untracked()).map(|(d, _)| *d).collect()),
            ordinal: ORDINALS.into_iter().find(|o| *o == ordinal.get_untracked()).unwrap_or("first"),
            weekday: WEEKDAYS.into_iter().find(|d| *d == weekday.get_untracked()).unwrap_or("monday"),
            day: whole(day)? as u8,
            days: form_days.get_value(),
            month: whole(month)? as u8,
            start_date,
            all_day: all,
            from: if all { 0 } else { clock(from)? },
            to: if all { 86_400 } else { clock(to)? },
            enabled: match status.get_untracked().as_str() {
                "on" => Some(true),
                "off" => Some(false),
                _ => None,
            },
        };
        let offset = start_date.map_or(0, |(y, m, d)| local_offset(y, m, d));
        Ok((form, offset))
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let doc = current()
            .and_then(|(form, offset)| loaded.with_value(|l| rule_doc(&form, l, offset)).map_err(rule_error_text));
        match doc {
            Ok(doc) => {
                error.set(None);
                save.dispatch(doc);
            }
            Err(e) => error.set(Some(e)),
        }
    };

    let weekly = move || cycle.get() == "weekly";
    let every = move || ordinal.get() == "every";
    let day_name = |d: &str| t(&format!("weekday-{d}"));
    let cycles = options(Cycle::ALL.into_iter().map(|c| (c.key().to_string(), t(&format!("tod-cycle-{}", c.key())))));
    let ordinals = options(ORDINALS.into_iter().map(|o| (o.to_string(), t(&format!("tod-ordinal-{o}")))));
    let weekdays = options(WEEKDAYS.into_iter().map(|d| (d.to_string(), day_name(d))));
    let month_days = options((1..=31).map(|d| (d.to_string(), d.to_string())));
    let lang = crate::i18n::language();
    let months = options((1..=12).map(|m| (m.to_string(), crate::i18n::format_month(m, &lang))));
    let statuses = options(["clock", "on", "off"].into_iter().map(|s| (s.to_string(), t(&format!("tod-status-{s}")))));
    let (start_id, from_id, to_id, days_id) =
        (unique_id("tod-start"), unique_id("tod-from"), unique_id("tod-to"), unique_id("tod-days"));
    let title = if is_new { t("tod-new-title") } else { t("tod-edit-title") };
    view! {
        <h2 id="tod-rule-title">{title}</h2>
        {smartpbx_owned.then(|| view! { <p class="notice">{t("tod-made-by-smartpbx")}</p> })}
        <form class="form" novalidate=true on:submit=submit>
            <TextField label=t("tod-name") value=name required=true maxlength=128 />
            <SelectField label=t("tod-cycle") value=cycle options=cycles />
            <Show when=weekly>
                <TextField label=t("tod-every-weeks") value=interval input_type="number" />
            </Show>
            <Show when=move || cycle.get() == "monthly">
                <TextField label=t("tod-every-months") value=interval input_type="number" />
            </Show>
            <Show when=weekly>
                <fieldset class="tod-days" aria-describedby=days_id.clone()>
                    <legend>{t("tod-days")}</legend>
                    <p class="field__hint" id=days_id.clone()>{t("tod-days-hint")}</p>
                    {days.get_value().into_iter().map(|(d, on)| view! { <CheckboxField label=day_name(d) checked=on /> }).collect_view()}
                </fieldset>
            </Show>
            <Show when=move || !weekly()>
                <Show when=move || cycle.get() == "yearly">
                    <SelectField label=t("tod-month") value=month options=months />
                </Show>
                <SelectField label=t("tod-ordinal") value=ordinal options=ordinals />
                <Show when=every fallback=move || view! { <SelectField label=t("tod-weekday") value=weekday options=weekdays /> }>
                    <SelectField label=t("tod-day-of-month") value=day options=month_days />
                </Show>
            </Show>
            <CheckboxField label=t("tod-all-day") checked=all_day />
            <Show when=move || !all_day.get()>
                <div class="field-row">
                    <div class="field">
                        <label for=from_id.clone()>{t("tod-from")}</label>
                        <input id=from_id.clone() type="time" step="300" bind:value=from />
                    </div>
                    <div class="field">
                        <label for=to_id.clone()>{t("tod-to")}</label>
                        <input id=to_id.clone() type="time" step="300" bind:value=to />
                    </div>
                </div>
            </Show>
            <div class="field">
                <label for=start_id.clone()>{t("tod-start")}</label>
                <input id=start_id.clone() type="date" bind:value=start />
            </div>
            <SelectField label=t("tod-status") value=status options=statuses />
            <div class="form-error" role="alert">{move || error.get()}</div>
            <div class="form-actions">
                {(!smartpbx_owned).then(|| view! {
                    <button type="submit" class="primary" disabled=move || save.pending().get()>
                        {if is_new { t("tod-create") } else { t("save") }}
                    </button>
                })}
                <button type="button" on:click=move |_| done.set(None)>{t("cancel")}</button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn times_show_as_the_time_input_holds_them() {
        assert_eq!(super::time_value(9 * 3600 + 5 * 60), "09:05");
        assert_eq!(super::time_value(86_400), "00:00");
    }
}
