//! Incoming call handling per period (monster-ui-voip `submodules/strategy/strategy.js`
//! `strategyCallsBindEvents`): open hours always; lunch, after hours and holidays when their rules are
//! active. Each period chooses one of Smart PBX's four shapes and saves its sub-callflow's `flow`.

use leptos::prelude::*;
use patchbay_monster::call_handling::{flow, read, Entity, Handling};
use patchbay_monster::stamp::{made_outside, ORIGIN_SMARTPBX};
use serde_json::Value;

use super::data::{Choices, Office};
use super::menu::MenuEditor;
use super::use_section_save;
use super::write::save_period;
use crate::api::Crossbar;
use crate::components::form::bound;
use crate::components::form::MadeOutsideConfirm;
use crate::components::form::SaveState;
use crate::components::leave_guard::use_unsaved_form;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::doc_id;
use crate::routes::smartpbx::smartpbx_stamp;

/// The ring choice's `<select>` value for an entity read from a flow.
fn entity_value(e: &Entity, c: &Choices) -> String {
    match e {
        Entity::User(id) if c.users.iter().any(|(u, _)| u == id) => format!("user:{id}"),
        Entity::RingGroup(g) => format!("group:{g}"),
        Entity::Callflow(id) => match c.base_groups.iter().find(|(_, cf)| *cf == id) {
            Some((g, _)) => format!("group:{g}"),
            None if c.advanced.iter().any(|(a, _)| a == id) => format!("callflow:{id}"),
            None => "current".into(),
        },
        _ => "current".into(),
    }
}

/// The entity a ring choice means; groups ring through their `baseGroup` callflow.
fn entity_of(value: &str, c: &Choices, current: Option<&Entity>) -> Option<Entity> {
    let (kind, id) = value.split_once(':').unwrap_or((value, ""));
    match kind {
        "user" => Some(Entity::User(id.into())),
        "group" => {
            Some(c.base_groups.get(id).map(|cf| Entity::Callflow(cf.clone())).unwrap_or(Entity::RingGroup(id.into())))
        }
        "callflow" => Some(Entity::Callflow(id.into())),
        "current" => current.cloned(),
        _ => None,
    }
}

fn mode_of(h: &Handling) -> &'static str {
    match h {
        Handling::Menu => "menu",
        Handling::EntityThenMenu(_) => "entity-menu",
        Handling::ThenVoicemail { .. } => "entity-voicemail",
        Handling::Advanced(_) => "advanced",
        Handling::Other => "other",
    }
}

/// The periods Smart PBX shows a tab for.
pub fn active_periods(has_lunch: bool, has_hours: bool, has_holidays: bool) -> Vec<&'static str> {
    use patchbay_monster::main_number::{AFTER, HOLIDAYS, LUNCH, OPEN};
    let mut out = vec![OPEN];
    if has_lunch {
        out.push(LUNCH);
    }
    if has_hours {
        out.push(AFTER);
    }
    if has_holidays {
        out.push(HOLIDAYS);
    }
    out
}

#[component]
pub fn IncomingCalls(
    office: StoredValue<Office>,
    periods: Vec<&'static str>,
    on_saved: Callback<String>,
) -> impl IntoView {
    view! {
        <section aria-labelledby="calls-title">
            <h3 id="calls-title">{t("calls-title")}</h3>
            <p>{t("calls-intro")}</p>
            {periods.into_iter().map(|label| view! { <PeriodForm label=label office=office on_saved=on_saved /> }).collect_view()}
        </section>
    }
}

#[component]
fn PeriodForm(label: &'static str, office: StoredValue<Office>, on_saved: Callback<String>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let notice = expect_context::<SaveState>().status;
    let meta = StoredValue::new(smartpbx_stamp());
    let (sub, menu_cf, choices) = office.with_value(|o| {
        (
            o.subs.get(label).cloned().unwrap_or_default(),
            doc_id(&o.menu_callflows.get(label).cloned().unwrap_or_default()),
            o.choices.clone(),
        )
    });
    let current = read(sub.get("flow").unwrap_or(&Value::Null), Some(&menu_cf));
    let current_entity = match &current {
        Handling::EntityThenMenu(e) | Handling::ThenVoicemail { entity: Some(e), .. } => Some(e.clone()),
        _ => None,
    };
    let outside = made_outside(&sub, ORIGIN_SMARTPBX);
    let period = t(&format!("period-{label}"));
    let mode = RwSignal::new(mode_of(&current).to_string());
    let ring = RwSignal::new(current_entity.as_ref().map(|e| entity_value(e, &choices)).unwrap_or_default());
    let vmbox = RwSignal::new(match &current {
        Handling::ThenVoicemail { vmbox, .. } => vmbox.clone(),
        _ => choices.vmboxes.first().map(|(id, _)| id.clone()).unwrap_or_default(),
    });
    let advanced = RwSignal::new(match &current {
        Handling::Advanced(id) => id.clone(),
        _ => choices.advanced.first().map(|(id, _)| id.clone()).unwrap_or_default(),
    });
    let error = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);
    // Asked about before leaving the screen with a choice changed but not saved.
    let unsaved = use_unsaved_form(move || [mode, ring, vmbox, advanced].map(|f| f.get_untracked()));
    let (sub, choices) = (StoredValue::new(sub), StoredValue::new(choices));
    let current_entity = StoredValue::new(current_entity);

    let wanted = move || -> Result<Handling, String> {
        let c = choices.get_value();
        let entity = entity_of(&ring.get_untracked(), &c, current_entity.get_value().as_ref());
        match mode.get_untracked().as_str() {
            "menu" => Ok(Handling::Menu),
            "entity-menu" => entity.map(Handling::EntityThenMenu).ok_or_else(|| t("calls-ring-required")),
            "entity-voicemail" => {
                let vm = vmbox.get_untracked();
                if vm.is_empty() {
                    return Err(t("calls-vmbox-required"));
                }
                Ok(Handling::ThenVoicemail { entity, vmbox: vm })
            }
            "advanced" => {
                let a = advanced.get_untracked();
                if a.is_empty() {
                    return Err(t("calls-advanced-required"));
                }
                Ok(Handling::Advanced(a))
            }
            _ => Err(t("calls-choose")),
        }
    };
    let period_for_save = period.clone();
    let write = use_section_save(
        move |(_, period): &(Value, String)| t_with("action-save-period", &[("period", arg(period.clone()))]),
        move |call, (new_flow, period): (Value, String)| {
            let (meta, sub, account) = (meta.get_value(), sub.get_value(), client.account_id());
            async move {
                save_period(&call, &meta, &account, &sub, &new_flow).await?;
                unsaved.saved();
                Ok(t_with("calls-saved", &[("period", arg(period))]))
            }
        },
        error,
        on_saved,
    );
    let busy = write.pending();
    let save = move |confirmed: bool| {
        notice.set(None);
        let handling = match wanted() {
            Ok(h) => h,
            Err(e) => {
                error.set(Some(e));
                return;
            }
        };
        error.set(None);
        if outside && !confirmed {
            confirming.set(true);
            return;
        }
        confirming.set(false);
        let Some(new_flow) = flow(&handling, &menu_cf) else { return };
        write.dispatch((new_flow, period_for_save.clone()));
    };
    let save_confirmed = save.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save(false);
    };
    let id = move |what: &str| format!("calls-{label}-{what}");
    let with_period = |key: &str| t_with(key, &[("period", arg(period.clone()))]);
    let (users, groups, vmboxes, advanced_cfs) =
        choices.with_value(|c| (c.users.clone(), c.groups.clone(), c.vmboxes.clone(), c.advanced.clone()));
    let has_current = current_entity.with_value(|e| e.is_some()) && ring.get_untracked() == "current";
    let show_ring = move || matches!(mode.get().as_str(), "entity-menu" | "entity-voicemail");
    view! {
        <form class="form" on:submit=submit novalidate=true aria-labelledby=id("title")>
            <h4 id=id("title")>{period.clone()}</h4>
            {outside.then(|| view! { <p class="badge badge--outside" role="note">{t("made-outside-smartpbx")}</p> })}
            <div class="field">
                <label for=id("mode")>{with_period("calls-mode")}</label>
                <select id=id("mode") node_ref=bound(mode) on:change=move |ev| mode.set(event_target_value(&ev))>
                    <option value="menu">{t("calls-mode-menu")}</option>
                    <option value="entity-menu">{t("calls-mode-entity-menu")}</option>
                    <option value="entity-voicemail">{t("calls-mode-entity-voicemail")}</option>
                    <option value="advanced">{t("calls-mode-advanced")}</option>
                    {(mode.get_untracked() == "other").then(|| view! { <option value="other">{t("calls-mode-other")}</option> })}
                </select>
            </div>
            <div class="field" style:display=move || if show_ring() { "" } else { "none" }>
                <label for=id("ring")>{with_period("calls-ring")}</label>
                <select id=id("ring") node_ref=bound(ring) on:change=move |ev| ring.set(event_target_value(&ev))>
                    <option value="">{t("calls-ring-nobody")}</option>
                    {has_current.then(|| view! { <option value="current">{t("calls-ring-current")}</option> })}
                    <optgroup label=t("calls-users")>
                        {users.into_iter().map(|(u, n)| view! { <option value=format!("user:{u}")>{n}</option> }).collect_view()}
                    </optgroup>
                    <optgroup label=t("calls-groups")>
                        {groups.into_iter().map(|(g, n)| view! { <option value=format!("group:{g}")>{n}</option> }).collect_view()}
                    </optgroup>
                    <optgroup label=t("calls-advanced")>
                        {advanced_cfs.iter().cloned().map(|(a, n)| view! { <option value=format!("callflow:{a}")>{n}</option> }).collect_view()}
                    </optgroup>
                </select>
            </div>
            <div class="field" style:display=move || if mode.get() == "entity-voicemail" { "" } else { "none" }>
                <label for=id("vmbox")>{with_period("calls-vmbox")}</label>
                <select id=id("vmbox") node_ref=bound(vmbox) on:change=move |ev| vmbox.set(event_target_value(&ev))>
                    {vmboxes.into_iter().map(|(v, n)| view! { <option value=v>{n}</option> }).collect_view()}
                </select>
            </div>
            <div class="field" style:display=move || if mode.get() == "advanced" { "" } else { "none" }>
                <label for=id("advanced")>{with_period("calls-advanced-callflow")}</label>
                <select id=id("advanced") node_ref=bound(advanced) on:change=move |ev| advanced.set(event_target_value(&ev))>
                    {advanced_cfs.into_iter().map(|(a, n)| view! { <option value=a>{n}</option> }).collect_view()}
                </select>
            </div>
            <div class="form-error" role="alert">{move || error.get()}</div>
            <MadeOutsideConfirm
                    open=confirming
                    question_key="calls-outside-confirm"
                    question_id=id("confirm")
                    on_confirm=Callback::new({ let s = save_confirmed.clone(); move |_| s(true) })
                />
            <div class="form-actions">
                <button type="submit" class="primary" disabled=move || busy.get()>{with_period("calls-save")}</button>
            </div>
        </form>
        <MenuEditor label=label office=office on_saved=on_saved />
    }
}
