//! How calls reach the user: all their phones at once for a ringing time, or
//! find-me/follow-me — chosen phones, each after its own delay for its own time
//! (`patchbay_monster::user_ringing`). Written on the main callflow's ringing step and
//! flagged on the user, as Smart PBX does.

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::patch::patch_between;
use patchbay_monster::user_ringing::{find_me_follow_me_patch, flow_with_ringing, ringing_of, RingEndpoint, Ringing};
use serde_json::Value;

use super::section::{use_section_save, SettingsSection};
use super::{Related, UserCtx};
use crate::components::feature::FeatureFact;
use crate::components::form::{unique_id, SaveState, TextField};
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::doc_id;

/// One of the user's phones in the form: rung or not, after how long, for how long.
#[derive(Clone, Copy)]
struct PhoneRow {
    rung: RwSignal<bool>,
    delay: RwSignal<String>,
    timeout: RwSignal<String>,
}

fn seconds(typed: &str, max: u32) -> Option<u32> {
    typed.trim().parse().ok().filter(|s| *s <= max)
}

/// How calls reach the person, in a few words.
fn ringing_summary(ringing: &Ringing) -> String {
    match ringing {
        Ringing::AllDevices { timeout } => t_with("ringing-summary-all", &[("seconds", (*timeout).into())]),
        Ringing::FindMeFollowMe(endpoints) => t_with("ringing-summary-find-me", &[("count", endpoints.len().into())]),
    }
}

#[component]
pub fn RingingSection(ctx: UserCtx, related: Related) -> impl IntoView {
    let fact =
        |key: &str| view! { <FeatureFact id="user-ringing" title_key="ringing-title" summary=t(key) /> }.into_any();
    let Some(callflow) = related.main_callflow.clone() else {
        return fact("numbers-no-callflow");
    };
    let Some(now) = callflow.get("flow").and_then(ringing_of) else {
        return fact("ringing-made-elsewhere");
    };
    let (chosen, all_timeout) = match &now {
        Ringing::FindMeFollowMe(e) => (e.clone(), 20),
        Ringing::AllDevices { timeout } => (Vec::new(), *timeout),
    };
    let find_me = RwSignal::new(matches!(now, Ringing::FindMeFollowMe(_)));
    let timeout = RwSignal::new(all_timeout.to_string());
    // The user's phones: the ones find-me/follow-me rings first, in its order, then the rest.
    let name_of = |d: &Value| d.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
    let mut phones: Vec<(String, String, PhoneRow)> = Vec::new();
    for e in &chosen {
        let name = related.owned_devices.iter().find(|d| doc_id(d) == e.device_id).map(name_of);
        let row = PhoneRow {
            rung: RwSignal::new(true),
            delay: RwSignal::new(e.delay.to_string()),
            timeout: RwSignal::new(e.timeout.to_string()),
        };
        phones.push((e.device_id.clone(), name.unwrap_or_else(|| t("ringing-phone-gone")), row));
    }
    for d in related.owned_devices.iter().filter(|d| !chosen.iter().any(|e| e.device_id == doc_id(d))) {
        let row = PhoneRow {
            rung: RwSignal::new(false),
            delay: RwSignal::new("0".into()),
            timeout: RwSignal::new("20".into()),
        };
        phones.push((doc_id(d), name_of(d), row));
    }
    let phones = StoredValue::new(phones);
    let stored = RwSignal::new(callflow.clone());
    let summary = Signal::derive(move || {
        stored.with(|cf| cf.get("flow").and_then(ringing_of).map(|r| ringing_summary(&r)).unwrap_or_default())
    });
    let callflow_path = format!("{}/callflows/{}", ctx.base(), seg(&doc_id(&callflow)));
    let state = SaveState::plain();
    let timeout_error = RwSignal::new(None::<String>);
    let save = {
        let ctx = ctx.clone();
        use_section_save(&ctx.clone(), "action-save-ringing", state, move |call, ringing: Ringing| {
            let (ctx, path) = (ctx.clone(), callflow_path.clone());
            async move {
                let before = stored.get_untracked();
                let mut after = before.clone();
                after["flow"] = flow_with_ringing(&before["flow"], &ctx.user_id, &ringing);
                let patch = patch_between(&before, &after);
                if !patch.is_empty() {
                    let saved = ctx.patch(&call, &path, Value::Object(patch)).await?;
                    let _ = stored.try_set(saved);
                }
                ctx.patch(&call, &ctx.user_path(), find_me_follow_me_patch(&ringing)).await.map(|_| ())
            }
        })
    };
    let outside = ctx.outside;
    let on_save = Callback::new(move |_| {
        timeout_error.set(None);
        let ringing = if find_me.get_untracked() {
            let mut endpoints = Vec::new();
            for (id, _, row) in phones.get_value().into_iter().filter(|(_, _, r)| r.rung.get_untracked()) {
                match (seconds(&row.delay.get_untracked(), 600), seconds(&row.timeout.get_untracked(), 600)) {
                    (Some(delay), Some(timeout)) if timeout > 0 => {
                        endpoints.push(RingEndpoint { device_id: id, delay, timeout })
                    }
                    _ => {
                        state.form_error.set(Some(t("ringing-phone-times-invalid")));
                        return;
                    }
                }
            }
            if endpoints.is_empty() {
                state.form_error.set(Some(t("ringing-choose-a-phone")));
                return;
            }
            Ringing::FindMeFollowMe(endpoints)
        } else {
            match seconds(&timeout.get_untracked(), 600).filter(|s| *s >= 5) {
                Some(timeout) => Ringing::AllDevices { timeout },
                None => {
                    timeout_error.set(Some(t("ringing-timeout-invalid")));
                    state.form_error.set(Some(t("form-has-errors")));
                    return;
                }
            }
        };
        save.dispatch(ringing);
    });
    let group = unique_id("ringing-mode");
    let radio = move |value: bool, label: String| {
        let id = unique_id("ringing");
        view! {
            <div class="field field--check">
                <input type="radio" id=id.clone() name=group.clone() prop:checked=move || find_me.get() == value on:change=move |_| find_me.set(value) />
                <label for=id>{label}</label>
            </div>
        }
    };
    let has_phones = phones.with_value(|p| !p.is_empty());
    view! {
        <SettingsSection id="user-ringing" title_key="ringing-title" save_key="ringing-save" outside=outside state=state busy=save.pending() on_save=on_save summary=summary>
            <fieldset>
                <legend>{t("ringing-mode")}</legend>
                {radio(false, t("ringing-all"))}
                {radio(true, t("ringing-find-me"))}
            </fieldset>
            <Show when=move || !find_me.get()>
                <TextField label=t("ringing-timeout") value=timeout input_type="number" hint=t("ringing-timeout-hint") error=Signal::derive(move || timeout_error.get()) />
            </Show>
            <Show when=move || find_me.get()>
                {if has_phones {
                    view! {
                        <table class="members-table">
                            <caption>{t("ringing-phones")}</caption>
                            <thead><tr>
                                <th scope="col">{t("ringing-phone")}</th>
                                <th scope="col">{t("group-delay")}</th>
                                <th scope="col">{t("group-timeout")}</th>
                            </tr></thead>
                            <tbody>
                                {phones.get_value().into_iter().map(|(_, name, row)| {
                                    let check_id = unique_id("ring-phone");
                                    let (delay_id, timeout_id) = (unique_id("ring-delay"), unique_id("ring-time"));
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <input type="checkbox" id=check_id.clone() bind:checked=row.rung />
                                                " "<label for=check_id>{t_with("ringing-ring-phone", &[("name", arg(name.clone()))])}</label>
                                            </th>
                                            <td>
                                                <label for=delay_id.clone() class="visually-hidden">{t_with("group-delay-of", &[("name", arg(name.clone()))])}</label>
                                                <input id=delay_id type="number" min="0" max="600" class="seconds" bind:value=row.delay />
                                            </td>
                                            <td>
                                                <label for=timeout_id.clone() class="visually-hidden">{t_with("group-timeout-of", &[("name", arg(name.clone()))])}</label>
                                                <input id=timeout_id type="number" min="1" max="600" class="seconds" bind:value=row.timeout />
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                } else {
                    view! { <p>{t("ringing-no-phones")}</p> }.into_any()
                }}
            </Show>
        </SettingsSection>
    }
    .into_any()
}
