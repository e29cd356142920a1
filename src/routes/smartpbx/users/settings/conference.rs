//! The user's personal conference (Smart PBX's "Conferencing" feature): callers dial
//! the account's conference line and enter the user's conference number; optionally a
//! video conference. Made, changed and removed by `patchbay_smartpbx::user_conference`.

use leptos::prelude::*;
use leptos_router::components::A;
use patchbay_monster::user_conference::{form_of, valid_number};
use patchbay_smartpbx::user_conference::{self, Conferencing};
use serde_json::Value;

use super::section::{use_section_save, SettingsSection};
use super::UserCtx;
use crate::api::use_load;
use crate::components::error_notice::error_text;
use crate::components::feature::FeatureFact;
use crate::components::form::{CheckboxField, SaveState, TextField};
use crate::components::loaded::Loaded;
use crate::i18n::{arg, t, t_with};
use crate::routes::table::{Screen, Spbx};

#[component]
pub fn ConferenceSection(ctx: UserCtx, user: Value) -> impl IntoView {
    let found = {
        let ctx = ctx.clone();
        let name = ctx.name.clone();
        use_load(
            move || t_with("action-open-user-conference", &[("name", arg(name.clone()))]),
            move |call| {
                let ctx = ctx.clone();
                async move { user_conference::load(&call, &ctx.account, &ctx.user_id).await }
            },
        )
    };
    view! {
        <Loaded load=found let:found>
            <ConferenceForm ctx=ctx.clone() user=user.clone() found=found />
        </Loaded>
    }
}

#[component]
fn ConferenceForm(ctx: UserCtx, user: Value, found: Conferencing) -> impl IntoView {
    if found.line_numbers.is_empty() {
        return view! {
            <FeatureFact id="user-conference" title_key="user-conference-title" summary=t("user-conference-no-line")>
                <A href=Screen::SmartPbx(Spbx::MainNumber).href()>{t("user-conference-main-number")}</A>
            </FeatureFact>
        }
        .into_any();
    }
    let stored = RwSignal::new(found.conference.clone());
    let summary = Signal::derive(move || {
        stored.with(|c| match c {
            None => t("feature-off"),
            Some(c) => t_with("user-conference-summary", &[("number", arg(form_of(Some(c)).0))]),
        })
    });
    let (number, video) = form_of(found.conference.as_ref());
    let on = RwSignal::new(found.conference.is_some());
    let number = RwSignal::new(number);
    let video = RwSignal::new(video);
    let state = SaveState::plain();
    let user = StoredValue::new(user);
    let save = {
        let ctx = ctx.clone();
        use_section_save(
            &ctx.clone(),
            "action-save-user-conference",
            state,
            move |call, (on, number, video): (bool, String, bool)| {
                let (ctx, before) = (ctx.clone(), stored.get_untracked());
                let user = user.get_value();
                async move {
                    if on {
                        let saved = user_conference::save(
                            &call,
                            &ctx.meta,
                            &ctx.account,
                            &user,
                            &number,
                            video,
                            before.as_ref(),
                        )
                        .await
                        .map_err(|e| error_text(&e))?;
                        // The stored conference now: its id from the answer, the rest as sent.
                        let _ = stored.try_set(Some(saved));
                    } else if before.is_some() {
                        user_conference::remove(&call, &ctx.meta, &ctx.account, &ctx.user_id)
                            .await
                            .map_err(|e| error_text(&e))?;
                        let _ = stored.try_set(None);
                    }
                    Ok(())
                }
            },
        )
    };
    let on_save = Callback::new(move |_| {
        let n = number.get_untracked().trim().to_string();
        if on.get_untracked() && !valid_number(&n) {
            let why = t("user-conference-number-format");
            state.failed(why.clone(), vec![("number", why)]);
            return;
        }
        save.dispatch((on.get_untracked(), n, video.get_untracked()));
    });
    let lines = found.line_numbers.iter().map(|n| patchbay_monster::phone::readable(n)).collect::<Vec<_>>().join(", ");
    view! {
        <SettingsSection id="user-conference" title_key="user-conference-title" save_key="user-conference-save" outside=false state=state busy=save.pending() on_save=on_save summary=summary>
            <CheckboxField label=t("user-conference-on") checked=on />
            <Show when=move || on.get()>
                <TextField label=t("user-conference-number") value=number maxlength=10 hint=t_with("user-conference-number-hint", &[("lines", arg(lines.clone()))]) error=state.error_for("number") />
                <CheckboxField label=t("user-conference-video") checked=video />
            </Show>
        </SettingsSection>
    }
    .into_any()
}
