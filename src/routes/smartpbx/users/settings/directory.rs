//! Whether the user is listed in the company directory (callers dial by name), as Smart
//! PBX's user page sets it: `directories.<SmartPBX Directory id>` pointing at the user's
//! main callflow, or removed (`patchbay_smartpbx::users::set_in_directory`).

use leptos::prelude::*;
use serde_json::Value;

use super::section::{use_section_save, SettingsSection};
use super::{Related, UserCtx};
use crate::components::error_notice::error_text;
use crate::components::feature::FeatureFact;
use crate::components::form::{CheckboxField, SaveState};
use crate::i18n::t;
use crate::routes::smartpbx::json::doc_id;
use crate::routes::smartpbx::smartpbx_stamp;

#[component]
pub fn DirectorySection(ctx: UserCtx, user: Value, related: Related) -> impl IntoView {
    let Some(callflow_id) = related.main_callflow.as_ref().map(doc_id) else {
        // Listed means "dial by name reaches the main callflow": without one there is
        // nothing to reach.
        return view! {
            <FeatureFact id="user-directory" title_key="user-directory-title" summary=t("user-directory-no-callflow") />
        }
        .into_any();
    };
    let listed_in = |dir: &Option<String>| {
        dir.as_ref().is_some_and(|d| user.pointer(&format!("/directories/{d}")).is_some_and(|v| !v.is_null()))
    };
    let listed = RwSignal::new(listed_in(&related.smartpbx_directory));
    // Listed or not as last saved.
    let saved = RwSignal::new(listed.get_untracked());
    let state = SaveState::plain();
    let save = {
        let ctx = ctx.clone();
        use_section_save(&ctx.clone(), "action-save-user-directory", state, move |call, on: bool| {
            let (ctx, callflow_id) = (ctx.clone(), callflow_id.clone());
            async move {
                patchbay_smartpbx::users::set_in_directory(
                    &call,
                    &smartpbx_stamp(),
                    &ctx.account,
                    &ctx.user_id,
                    &callflow_id,
                    on,
                )
                .await
                .map_err(|e| error_text(&e))?;
                let _ = saved.try_set(on);
                Ok(())
            }
        })
    };
    let outside = ctx.outside;
    let summary =
        Signal::derive(move || if saved.get() { t("user-directory-listed") } else { t("user-directory-unlisted") });
    let on_save = Callback::new(move |_| save.dispatch(listed.get_untracked()));
    view! {
        <SettingsSection id="user-directory" title_key="user-directory-title" save_key="user-directory-save" outside=outside state=state busy=save.pending() on_save=on_save summary=summary>
            <CheckboxField label=t("user-in-directory") checked=listed />
            <p class="field__hint">{t("user-directory-hint")}</p>
        </SettingsSection>
    }
    .into_any()
}
