//! The user's fax box (Smart PBX's "Fax box" feature): faxes sent to the chosen number
//! arrive in a fax box of the user's. Made, moved and removed by
//! `patchbay_smartpbx::user_fax`; the fax header names the company as branded.

use leptos::prelude::*;
use leptos_router::components::A;
use patchbay_smartpbx::user_fax::{self, FaxLine};
use serde_json::Value;

use super::section::{use_section_save, SettingsSection};
use super::{Related, UserCtx};
use crate::api::use_load;
use crate::branding::Branding;
use crate::components::error_notice::error_text;
use crate::components::feature::FeatureFact;
use crate::components::form::{CheckboxField, SaveState, SelectField};
use crate::components::loaded::Loaded;
use crate::i18n::{arg, t, t_with};
use crate::routes::table::{Screen, Spbx};

#[component]
pub fn FaxSection(ctx: UserCtx, user: Value, related: Related) -> impl IntoView {
    let found = {
        let ctx = ctx.clone();
        let name = ctx.name.clone();
        use_load(
            move || t_with("action-open-user-fax", &[("name", arg(name.clone()))]),
            move |call| {
                let ctx = ctx.clone();
                async move { user_fax::load(&call, &ctx.account, &ctx.user_id).await }
            },
        )
    };
    view! {
        <Loaded load=found let:found>
            <FaxForm ctx=ctx.clone() user=user.clone() line=found spare=related.spare_numbers.clone() />
        </Loaded>
    }
}

#[component]
fn FaxForm(ctx: UserCtx, user: Value, line: Option<FaxLine>, spare: Vec<String>) -> impl IntoView {
    let current = line.as_ref().map(FaxLine::number).filter(|n| !n.is_empty());
    let mut numbers: Vec<String> = current.iter().cloned().chain(spare).collect();
    numbers.dedup();
    if numbers.is_empty() {
        return view! {
            <FeatureFact id="user-fax" title_key="user-fax-title" summary=t("user-fax-no-number")>
                <A href=Screen::SmartPbx(Spbx::BuyNumbers).href()>{t("user-fax-buy")}</A>
            </FeatureFact>
        }
        .into_any();
    }
    let options: Vec<(String, String)> =
        numbers.iter().map(|n| (n.clone(), patchbay_monster::phone::readable(n))).collect();
    let line = RwSignal::new(line);
    let on = RwSignal::new(line.with_untracked(Option::is_some));
    let summary = Signal::derive(move || {
        line.with(|l| match l {
            None => t("feature-off"),
            Some(l) => t_with("user-fax-summary", &[("number", arg(patchbay_monster::phone::readable(&l.number())))]),
        })
    });
    let number = RwSignal::new(current.unwrap_or_else(|| numbers[0].clone()));
    let company = expect_context::<Branding>().name;
    let state = SaveState::plain();
    let user = StoredValue::new(user);
    let save = {
        let ctx = ctx.clone();
        use_section_save(&ctx.clone(), "action-save-user-fax", state, move |call, (on, number): (bool, String)| {
            let (ctx, before, user, company) =
                (ctx.clone(), line.get_untracked(), user.get_value(), company.get_untracked());
            async move {
                match (on, before) {
                    (true, before) => {
                        user_fax::save(&call, &ctx.meta, &ctx.account, &user, &company, &number, before.as_ref())
                            .await
                            .map_err(|e| error_text(&e))?;
                        let now =
                            user_fax::load(&call, &ctx.account, &ctx.user_id).await.map_err(|e| error_text(&e))?;
                        let _ = line.try_set(now);
                    }
                    (false, Some(before)) => {
                        user_fax::remove(&call, &ctx.meta, &ctx.account, &ctx.user_id, &before)
                            .await
                            .map_err(|e| error_text(&e))?;
                        let _ = line.try_set(None);
                    }
                    (false, None) => {}
                }
                Ok(())
            }
        })
    };
    let on_save = Callback::new(move |_| save.dispatch((on.get_untracked(), number.get_untracked())));
    let name = ctx.name.clone();
    view! {
        <SettingsSection id="user-fax" title_key="user-fax-title" save_key="user-fax-save" outside=false state=state busy=save.pending() on_save=on_save summary=summary>
            <CheckboxField label=t("user-fax-on") checked=on />
            <Show when=move || on.get()>
                <SelectField label=t("user-fax-number") value=number options=Signal::derive({ let options = options.clone(); move || options.clone() }) />
                <p class="field__hint">{t_with("user-fax-hint", &[("name", arg(name.clone()))])}</p>
            </Show>
        </SettingsSection>
    }
    .into_any()
}
