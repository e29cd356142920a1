//! Outbound caller ID (one of the user's own numbers) and music on hold (account media).

use leptos::prelude::*;
use patchbay_monster::phone::readable;
use patchbay_monster::user_features::{external_caller_id_patch, music_on_hold_patch};
use patchbay_monster::user_listing::PHONE_NUMBER_MIN_LEN;
use serde_json::Value;

use super::section::{use_section_save, SettingsSection};
use super::{Related, UserCtx};
use crate::components::form::SaveState;
use crate::components::form::SelectField;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::strs;
use crate::routes::table::{Screen, Spbx};
use leptos_router::components::A;

fn str_at(v: &Value, pointer: &str) -> String {
    v.pointer(pointer).and_then(Value::as_str).unwrap_or_default().to_string()
}

/// Caller ID and music on hold as stored, in a few words; `media` names the account's media.
fn caller_id_summary(user: &Value, media: &[(String, String)]) -> String {
    let number = str_at(user, "/caller_id/external/number");
    let shown = if number.is_empty() {
        t("user-caller-id-summary-company")
    } else {
        t_with("user-caller-id-summary", &[("number", arg(readable(&number)))])
    };
    let moh = str_at(user, "/music_on_hold/media_id");
    match media.iter().find(|(id, _)| *id == moh) {
        Some((_, name)) if !moh.is_empty() => {
            t_with("user-moh-summary", &[("caller_id", arg(shown)), ("name", arg(name.clone()))])
        }
        _ => shown,
    }
}

#[component]
pub fn CallerIdSection(ctx: UserCtx, user: Value, related: Related) -> impl IntoView {
    let caller_id = RwSignal::new(str_at(&user, "/caller_id/external/number"));
    let moh = RwSignal::new(str_at(&user, "/music_on_hold/media_id"));
    let mut numbers: Vec<String> = strs(related.main_callflow.as_ref().and_then(|cf| cf.get("numbers")))
        .filter(|n| n.chars().count() >= PHONE_NUMBER_MIN_LEN)
        .map(str::to_string)
        .collect();
    // Without a phone number of their own there is nothing to show callers but the
    // company's number: say so, and where to get one.
    let has_number = !numbers.is_empty();
    let has_spare = !related.spare_numbers.is_empty();
    let current = caller_id.get_untracked();
    if !current.is_empty() && !numbers.contains(&current) {
        numbers.insert(0, current);
    }
    let number_options = Signal::derive(move || {
        let mut all = vec![(String::new(), t("user-caller-id-none"))];
        all.extend(numbers.iter().map(|n| (n.clone(), readable(n))));
        all
    });
    let media: Vec<(String, String)> = related.media.iter().map(|m| (str_at(m, "/id"), str_at(m, "/name"))).collect();
    let media = StoredValue::new(media);
    let media_options = Signal::derive(move || {
        let mut all = vec![(String::new(), t("moh-default"))];
        all.extend(media.get_value());
        all
    });
    let stored = ctx.stored;
    let summary = Signal::derive(move || media.with_value(|m| stored.with(|u| caller_id_summary(u, m))));
    let state = SaveState::plain();
    let save = {
        let ctx = ctx.clone();
        use_section_save(&ctx.clone(), "action-save-user-caller-id", state, move |call, body: Value| {
            let ctx = ctx.clone();
            async move { ctx.patch(&call, &ctx.user_path(), body).await.map(|_| ()) }
        })
    };
    let outside = ctx.outside;
    let on_save = Callback::new(move |_| {
        let number = caller_id.get_untracked();
        let media_id = moh.get_untracked();
        let mut body = external_caller_id_patch(Some(number.as_str()).filter(|n| !n.is_empty()));
        body["music_on_hold"] =
            music_on_hold_patch(Some(media_id.as_str()).filter(|m| !m.is_empty()))["music_on_hold"].clone();
        save.dispatch(body);
    });
    view! {
        <SettingsSection id="user-caller-id" title_key="user-caller-id-title" save_key="user-caller-id-save" outside=outside state=state busy=save.pending() on_save=on_save summary=summary>
            <SelectField label=t("user-caller-id-number") value=caller_id options=number_options />
            {(!has_number).then(|| view! {
                <p class="field__hint">
                    {if has_spare { t("user-caller-id-no-number-spare") } else { t("user-caller-id-no-number") }}
                    " "
                    <A href=Screen::SmartPbx(Spbx::BuyNumbers).href()>{t("buy-title")}</A>
                </p>
            })}
            <SelectField label=t("moh-media") value=moh options=media_options />
        </SettingsSection>
    }
}
