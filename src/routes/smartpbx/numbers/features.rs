//! Smart PBX › Numbers › one number: its outbound CNAM (with inbound lookup) and its
//! E911 service address, written as Monster's shared number widgets write them
//! (`origin: "common"`), and releasing the number from the account.

use leptos::prelude::*;
use patchbay_monster::phone::readable;

use crate::components::leave_guard::use_unsaved_fields;

use crate::components::flash::Flash;

use crate::components::confirm::Confirm;

use crate::hooks::watch;
use leptos_router::hooks::{use_navigate, use_params_map};
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::number_features::{
    address_choices, check, common_stamp, features_of, features_offered, features_patch, offers, Cnam, E911,
};
use serde_json::Value;

use super::routing::NumberRoutingForm;
use crate::api::{use_load, use_save, Crossbar};
use crate::components::doc_links::DocLinks;
use crate::components::error_notice::error_text;
use crate::components::form::CheckboxField;
use crate::components::form::TextField;
use crate::components::loaded::Loaded;
use crate::config::RuntimeConfig;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::stamped;
use crate::routes::table::{Screen, Spbx};

#[component]
pub fn NumberFeaturesScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let params = use_params_map();
    let number = params.with_untracked(|p| p.get("number").unwrap_or_default());
    // The router hands the segment over still encoded on some paths; `+` is the only
    // character a phone number brings that needs it.
    let number = number.replace("%2B", "+").replace("%2b", "+");
    let path = StoredValue::new(format!("accounts/{}/phone_numbers/{}", seg(&client.account_id()), seg(&number)));
    let doc =
        use_load(|| t("action-open-number"), move |call| async move { Ok(call.get(&path.get_value()).await?.data) });
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    view! {
        <section class="screen" aria-labelledby="number-title">
            <h2 id="number-title">{readable(&number)}</h2>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/phone_numbers"] />
            <Loaded load=doc let:d>
                <NumberFeaturesForm number=number.clone() path=path.get_value() doc=d.clone() />
                <NumberRoutingForm number=number.clone() path=path.get_value() doc=d />
            </Loaded>
        </section>
    }
}

#[component]
fn NumberFeaturesForm(number: String, path: String, doc: Value) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let navigate = use_navigate();
    let flash = expect_context::<Flash>();
    let released = StoredValue::new(readable(&number));
    let version = use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version);
    let meta = StoredValue::new(common_stamp(version.as_deref()));
    let account_name = StoredValue::new(client.session.get_untracked().map(|s| s.account_name).unwrap_or_default());
    // What the number's carrier lets it have: a feature it does not offer is not shown,
    // and not written.
    let offered = features_offered(&doc);
    let (cnam_offered, e911_offered) = (offers(offered.as_deref(), "cnam"), offers(offered.as_deref(), "e911"));
    let (cnam, e911) = features_of(&doc);
    let cnam_on = RwSignal::new(cnam.is_some());
    let cnam = cnam.unwrap_or_default();
    let display_name = RwSignal::new(cnam.display_name);
    let inbound = RwSignal::new(cnam.inbound_lookup);
    let e911_on = RwSignal::new(e911.is_some());
    let e911 = e911.unwrap_or_default();
    let street = RwSignal::new(e911.street_address);
    let extended = RwSignal::new(e911.extended_address);
    let locality = RwSignal::new(e911.locality);
    let region = RwSignal::new(e911.region);
    let postal = RwSignal::new(e911.postal_code);
    let emails = RwSignal::new(e911.notification_contact_emails.join(", "));
    let bad = RwSignal::new(Vec::<&'static str>::new());
    let status = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);
    let confirm_release = RwSignal::new(false);
    // The addresses the E911 provider suggests when the one typed is ambiguous.
    let choices = RwSignal::new(Vec::<E911>::new());
    let chosen = RwSignal::new(None::<usize>);
    let path = StoredValue::new(path);
    let label = StoredValue::new(number);
    let error_for = move |field: &'static str, key: &'static str| {
        Signal::derive(move || bad.with(|b| b.contains(&field)).then(|| t(key)))
    };

    let write = use_save(
        move |_: &Value| t_with("action-save-number-features", &[("number", arg(label.get_value()))]),
        move |call, body: Value| async move { call.patch(&path.get_value(), body).await.map(|_| ()) },
    );
    let erase = use_save(
        move |_: &()| t_with("action-release-number", &[("number", arg(label.get_value()))]),
        move |call, ()| async move { call.delete_stamped(&path.get_value(), &meta.get_value()).await.map(|_| ()) },
    );
    // Asked about before leaving the screen while the form has unsaved changes.
    let guarded = use_unsaved_fields();
    watch(move || match write.value().get() {
        Some(Ok(())) => {
            guarded.saved();
            status.set(Some(t("saved")));
        }
        Some(Err(CrossbarError::MultipleChoice { data })) => {
            choices.set(address_choices(&data));
            chosen.set(None);
            form_error.set(Some(t("number-e911-choose")));
        }
        Some(Err(e)) => {
            // The provider could not place the address (`address.invalid`): said at the street.
            if e.message_for("address").is_some() {
                bad.update(|b| b.push("address"));
            }
            form_error.set(Some(error_text(&e)));
        }
        None => {}
    });
    watch(move || match erase.value().get() {
        Some(Ok(())) => {
            let message = t_with("done-number-released", &[("number", arg(released.get_value()))]);
            flash.go(&navigate, Screen::SmartPbx(Spbx::Numbers), message);
        }
        Some(Err(e)) => form_error.set(Some(error_text(&e))),
        None => {}
    });
    let busy = Signal::derive(move || write.pending().get() || erase.pending().get());
    let submit = move || {
        let cnam = cnam_on
            .get_untracked()
            .then(|| Cnam { display_name: display_name.get_untracked(), inbound_lookup: inbound.get_untracked() });
        let e911 = e911_on.get_untracked().then(|| E911 {
            street_address: street.get_untracked(),
            extended_address: extended.get_untracked(),
            locality: locality.get_untracked(),
            region: region.get_untracked(),
            postal_code: postal.get_untracked(),
            notification_contact_emails: emails
                .get_untracked()
                .split(',')
                .map(|m| m.trim().to_string())
                .filter(|m| !m.is_empty())
                .collect(),
        });
        let mut problems = check(cnam.as_ref(), e911.as_ref());
        if cnam.as_ref().is_some_and(|c| patchbay_crossbar::names::has_hidden_characters(&c.display_name)) {
            problems.push("display_name");
        }
        bad.set(problems.clone());
        status.set(None);
        if !problems.is_empty() {
            form_error.set(Some(t("form-has-errors")));
            return;
        }
        form_error.set(None);
        choices.set(vec![]);
        let mut patch = features_patch(cnam.as_ref(), e911.as_ref(), &account_name.get_value());
        for (key, offered) in [("cnam", cnam_offered), ("e911", e911_offered)] {
            if !offered {
                patch.as_object_mut().map(|p| p.remove(key));
            }
        }
        write.dispatch(stamped(patch, &meta.get_value()));
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submit();
    };
    // A suggested address replaces the typed one, and is saved.
    let use_choice = move |_| {
        let Some(pick) = chosen.get_untracked().and_then(|i| choices.with_untracked(|c| c.get(i).cloned())) else {
            return;
        };
        street.set(pick.street_address);
        extended.set(pick.extended_address);
        locality.set(pick.locality);
        region.set(pick.region);
        postal.set(pick.postal_code);
        submit();
    };
    let release = move |_| {
        erase.dispatch(());
    };
    view! {
        <form class="form" on:submit=save novalidate=true aria-labelledby="number-features-title" node_ref=guarded.form on:focusin=guarded.on_focusin()>
            <h3 id="number-features-title">{t("number-features-title")}</h3>
            {if cnam_offered {
                view! {
                    <CheckboxField label=t("number-cnam-on") checked=cnam_on />
                    <Show when=move || cnam_on.get()>
                        <TextField label=t("number-cnam-name") value=display_name maxlength=15 error=error_for("display_name", "number-cnam-name-invalid") />
                        <CheckboxField label=t("number-cnam-inbound") checked=inbound />
                    </Show>
                }.into_any()
            } else {
                view! { <p>{t("number-cnam-not-offered")}</p> }.into_any()
            }}
            {(!e911_offered).then(|| view! { <p>{t("number-e911-not-offered")}</p> })}
            <Show when=move || e911_offered>
            <CheckboxField label=t("number-e911-on") checked=e911_on />
            <Show when=move || e911_on.get()>
                <TextField label=t("number-e911-street") value=street required=true error=Signal::derive(move || {
                    bad.with(|b| {
                        if b.contains(&"address") { Some(t("number-e911-not-found")) }
                        else if b.contains(&"street_address") { Some(t("field-required-short")) }
                        else { None }
                    })
                }) />
                <TextField label=t("number-e911-extended") value=extended />
                <TextField label=t("number-e911-locality") value=locality required=true error=error_for("locality", "field-required-short") />
                <TextField label=t("number-e911-region") value=region required=true maxlength=2 error=error_for("region", "number-e911-region-invalid") />
                <TextField label=t("number-e911-postal") value=postal required=true error=error_for("postal_code", "field-required-short") />
                <TextField label=t("number-e911-emails") value=emails hint=t("number-e911-emails-hint") error=error_for("notification_contact_emails", "field-email") />
            </Show>
            </Show>
            <Show when=move || !choices.with(Vec::is_empty)>
                <fieldset class="fieldset">
                    <legend>{t("number-e911-suggestions")}</legend>
                    {move || choices.get().into_iter().enumerate().map(|(i, a)| {
                        let id = format!("e911-choice-{i}");
                        let line = [a.street_address, a.extended_address, a.locality, a.region, a.postal_code]
                            .into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(", ");
                        view! {
                            <div class="field field--check">
                                <input type="radio" id=id.clone() name="e911-choice" on:change=move |_| chosen.set(Some(i)) />
                                <label for=id>{line}</label>
                            </div>
                        }
                    }).collect_view()}
                    <button type="button" disabled=move || busy.get() || chosen.get().is_none() on:click=use_choice>{t("number-e911-use-choice")}</button>
                </fieldset>
            </Show>
            <div class="form-error" role="alert">{move || form_error.get()}</div>
            <div class="form-actions">
                <button type="submit" class="primary" disabled=move || busy.get()>{t("save")}</button>
                <span role="status">{move || status.get()}</span>
            </div>
        </form>
        <h3>{t("number-release-title")}</h3>
        <Show
            when=move || confirm_release.get()
            fallback=move || view! { <button type="button" on:click=move |_| confirm_release.set(true)>{t("number-release")}</button> }
        >
            <Confirm label=t("number-release") on_cancel=Callback::new(move |_| confirm_release.set(false))>
                <p>{t("number-release-confirm")}</p>
                <button type="button" class="danger" on:click=release disabled=move || busy.get()>{t("number-release-yes")}</button>
                <button type="button" on:click=move |_| confirm_release.set(false)>{t("cancel")}</button>
            </Confirm>
        </Show>
    }
}
