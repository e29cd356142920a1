//! The Branding form: look (company name, colour, logo, icon), web address (the domain,
//! then the DNS records it needs), support (Monster's `callReportEmail` and `nav.help`)
//! and the two switches for the brand's customers, beside a live preview of the
//! sign-in page. One Save sends it all (`save`); field errors land on their fields.

use leptos::prelude::*;
use serde_json::Value;

use super::dns::DnsHints;
use super::doc::{field_for, validate, BrandForm, Picture};
use super::fields::{ColourField, PictureField};
use super::preview::SignInPreview;
use super::save::{save, Draft, Outcome};
use super::{Stored, Whitelabel};
use crate::api::{use_save, Crossbar};
use crate::components::error_notice::{error_text, problem_in_words};
use crate::components::form::{CheckboxField, FieldErrors, SaveState, TextField};
use crate::components::leave_guard::use_unsaved_form;
use crate::components::media_file::{object_url, revoke};
use crate::config::RuntimeConfig;
use crate::hooks::watch;
use crate::i18n::t;

/// A file chosen in a picture field and not saved yet (a browser object: this thread's).
pub type Chosen = RwSignal<Option<web_sys::File>, LocalStorage>;

/// Object URLs this form made (stored pictures, chosen files), given back when it goes.
#[derive(Clone, Copy)]
struct Urls(StoredValue<Vec<String>>);

impl Urls {
    fn new() -> Self {
        let made = StoredValue::new(Vec::<String>::new());
        on_cleanup(move || {
            if let Some(urls) = made.try_get_value() {
                urls.iter().for_each(|u| revoke(u));
            }
        });
        Urls(made)
    }

    fn of_stored(&self, stored: Option<Stored>) -> Option<String> {
        let (kind, bytes) = stored?;
        let url = object_url(&bytes, &kind)?;
        self.0.update_value(|u| u.push(url.clone()));
        Some(url)
    }

    fn of_file(&self, file: &web_sys::File) -> Option<String> {
        let url = web_sys::Url::create_object_url_with_blob(file).ok()?;
        self.0.update_value(|u| u.push(url.clone()));
        Some(url)
    }
}

/// Crossbar's field errors, on the form's fields (a domain another account holds said
/// as such).
fn server_field_errors(error: &patchbay_crossbar::CrossbarError) -> FieldErrors {
    error
        .field_errors()
        .iter()
        .filter_map(|fe| {
            let key = field_for(&fe.path)?;
            let message = match (key, fe.validator.as_str()) {
                ("domain", "unique") => t("branding-domain-taken"),
                _ => problem_in_words(fe),
            };
            Some((key, message))
        })
        .collect()
}

#[component]
pub fn BrandingForm(whitelabel: Whitelabel) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let standard_name = expect_context::<RuntimeConfig>().brand_name;
    let standard_name = if standard_name.trim().is_empty() { t("brand-default") } else { standard_name };
    let initial = BrandForm::of(whitelabel.doc.as_ref().unwrap_or(&Value::Null));
    let loaded = StoredValue::new(initial.clone());

    let company_name = RwSignal::new(initial.company_name.clone());
    let brand_color = RwSignal::new(initial.brand_color.clone());
    let domain = RwSignal::new(initial.domain.clone());
    let support_email = RwSignal::new(initial.support_email.clone());
    let help_url = RwSignal::new(initial.help_url.clone());
    let hide_docs = RwSignal::new(initial.hide_docs);
    let hide_inspector = RwSignal::new(initial.hide_inspector);
    let logo_file = RwSignal::new_local(None::<web_sys::File>);
    let icon_file = RwSignal::new_local(None::<web_sys::File>);
    let reset_files = RwSignal::new(0u32);
    // The domain the DNS records are for: the saved one.
    let saved_domain = RwSignal::new(initial.domain.clone());

    let urls = Urls::new();
    let stored_logo = RwSignal::new(urls.of_stored(whitelabel.logo));
    let stored_icon = RwSignal::new(urls.of_stored(whitelabel.icon));
    let shown = move |file: Chosen, stored: RwSignal<Option<String>>| {
        Memo::new(move |_| file.with(|f| f.as_ref().and_then(|f| urls.of_file(f))).or_else(|| stored.get()))
    };
    let logo_shown = shown(logo_file, stored_logo);
    let icon_shown = shown(icon_file, stored_icon);

    let current = move || BrandForm {
        company_name: company_name.get_untracked(),
        brand_color: brand_color.get_untracked(),
        domain: domain.get_untracked(),
        support_email: support_email.get_untracked(),
        help_url: help_url.get_untracked(),
        hide_docs: hide_docs.get_untracked(),
        hide_inspector: hide_inspector.get_untracked(),
    };
    // A chosen file is an unsaved change too.
    let unsaved = use_unsaved_form(move || {
        (current(), logo_file.with_untracked(Option::is_some), icon_file.with_untracked(Option::is_some))
    });

    let gate = SaveState::plain();
    let write = use_save(
        |_: &Draft| t("action-save-branding"),
        move |call, draft: Draft| save(call, client.account_id(), draft),
    );
    // The form now shows what was saved (a domain as stored, lower-case).
    let take_saved = move |doc: &Value| {
        let form = BrandForm::of(doc);
        company_name.set(form.company_name.clone());
        brand_color.set(form.brand_color.clone());
        domain.set(form.domain.clone());
        support_email.set(form.support_email.clone());
        help_url.set(form.help_url.clone());
        hide_docs.set(form.hide_docs);
        hide_inspector.set(form.hide_inspector);
        saved_domain.set(form.domain.clone());
        loaded.set_value(form);
    };
    // Pictures that were sent now show as the stored ones; the choosers are emptied
    // (a refused file is said beside its field, to choose again).
    let keep_sent = move |refused: &[(Picture, String)]| {
        for (picture, file, stored, shown) in
            [(Picture::Logo, logo_file, stored_logo, logo_shown), (Picture::Icon, icon_file, stored_icon, icon_shown)]
        {
            let sent = file.with_untracked(Option::is_some) && !refused.iter().any(|(p, _)| *p == picture);
            if sent {
                stored.set(shown.get_untracked());
            }
            file.set(None);
        }
        reset_files.update(|n| *n += 1);
    };
    watch(move || match write.value().get() {
        Some(Ok(Outcome::Saved(doc))) => {
            take_saved(&doc);
            keep_sent(&[]);
            unsaved.saved();
            gate.saved(t("saved"));
        }
        Some(Ok(Outcome::PicturesRefused { doc, refused })) => {
            take_saved(&doc);
            keep_sent(&refused);
            unsaved.saved();
            gate.failed(t("branding-saved-but-picture"), refused.into_iter().map(|(p, why)| (p.key(), why)).collect());
        }
        Some(Err(e)) => gate.failed(error_text(&e), server_field_errors(&e)),
        None => {}
    });
    let busy = write.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = current();
        if gate.pass(validate(&form), false) {
            let draft = Draft {
                form,
                loaded: loaded.get_value(),
                logo: logo_file.get_untracked(),
                icon: icon_file.get_untracked(),
            };
            write.dispatch(draft);
        }
    };

    let preview_name = Signal::derive(move || {
        let typed = company_name.with(|n| n.trim().to_string());
        if typed.is_empty() {
            standard_name.clone()
        } else {
            typed
        }
    });

    view! {
        <div class="branding__layout">
            <form class="form branding__form" on:submit=submit novalidate=true>
                <fieldset>
                    <legend>{t("branding-look")}</legend>
                    <TextField label=t("branding-company-name") value=company_name maxlength=128
                        hint=t("branding-company-name-hint") error=gate.error_for("company_name") />
                    <ColourField label=t("branding-colour") value=brand_color error=gate.error_for("brand_color") />
                    <PictureField picture=Picture::Logo chosen=logo_file shown=logo_shown.into() gate=gate reset=reset_files />
                    <PictureField picture=Picture::Icon chosen=icon_file shown=icon_shown.into() gate=gate reset=reset_files />
                </fieldset>
                <fieldset>
                    <legend>{t("branding-address")}</legend>
                    <TextField label=t("branding-domain") value=domain maxlength=253
                        hint=t("branding-domain-hint") error=gate.error_for("domain") />
                </fieldset>
                <fieldset>
                    <legend>{t("branding-support")}</legend>
                    <TextField label=t("branding-support-email") value=support_email input_type="email" maxlength=254
                        hint=t("branding-support-email-hint") error=gate.error_for("support_email") />
                    <TextField label=t("branding-help-url") value=help_url input_type="url"
                        hint=t("branding-help-url-hint") error=gate.error_for("help_url") />
                </fieldset>
                <fieldset>
                    <legend>{t("branding-customers")}</legend>
                    <p class="field__hint">{t("branding-switches-hint")}</p>
                    <CheckboxField label=t("branding-hide-docs") checked=hide_docs />
                    <CheckboxField label=t("branding-hide-inspector") checked=hide_inspector />
                </fieldset>
                <div class="form-error" role="alert">{move || gate.form_error.get()}</div>
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>{t("save")}</button>
                    <span role="status">{move || gate.status.get()}</span>
                </div>
            </form>
            <SignInPreview
                name=preview_name
                colour=brand_color.into()
                domain=domain.into()
                logo=logo_shown.into()
                icon=icon_shown.into()
            />
        </div>
        {move || Some(saved_domain.get()).filter(|d| !d.trim().is_empty()).map(|d| view! { <DnsHints domain=d /> })}
    }
}
