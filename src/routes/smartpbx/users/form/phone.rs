//! "Add user"'s optional desk phone, as Smart PBX offers it when a phone provisioner
//! is configured: a brand (or none), one of its models, a name and a MAC address.
//! Without a provisioner, or when its catalogue cannot be read, the section says so
//! and the user is created without a phone, as Smart PBX hides the section then.

use leptos::prelude::*;
use leptos::task::spawn_local;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::provisioned_phone::{catalog_brands, PhoneBrand, ProvisionedPhone};

use crate::api::{Crossbar, Rounds};
use crate::components::error_notice::error_text;
use crate::components::form::{SelectField, TextField};
use crate::config::RuntimeConfig;
use crate::i18n::t;

/// What the form knows of the provisioner's catalogue.
#[derive(Debug, Clone, PartialEq)]
pub enum Catalog {
    NotConfigured,
    Loading,
    Ready(Vec<PhoneBrand>),
    Failed(String),
}

/// The phone section's values; an empty brand means "no phone".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PhoneFields {
    pub brand: String,
    /// The chosen model's index among the brand's models (a select value).
    pub model: String,
    pub name: String,
    pub mac_address: String,
}

impl PhoneFields {
    /// The chosen phone, resolved against the catalogue; `None` when no brand is picked
    /// or the picked model is not in it (validation reports the latter).
    pub fn chosen(&self, brands: &[PhoneBrand]) -> Option<ProvisionedPhone> {
        let brand = brands.iter().find(|b| b.name == self.brand)?;
        let model = brand.models.get(self.model.parse::<usize>().ok()?)?;
        Some(ProvisionedPhone {
            brand: brand.name.clone(),
            family: model.family.clone(),
            model: model.name.clone(),
            template_id: model.template_id.clone(),
            name: self.name.clone(),
            mac_address: self.mac_address.clone(),
        })
    }
}

/// The provisioner root: config.json's wins (a deployment's choice), else the one the
/// server advertised at sign-in.
fn provisioner_root(client: &Crossbar) -> Option<String> {
    let configured = use_context::<RuntimeConfig>().and_then(|c| c.provisioner_url);
    configured
        .or_else(|| client.session.get_untracked().and_then(|s| s.provisioner_url))
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty())
}

/// `<root>phones`, as Monster's request resolves it under its `apiRoot`. The root is
/// taken as a folder even without its trailing slash (`…/api` → `…/api/phones`), and a
/// relative root is resolved against the Crossbar root, where the sandbox serves it.
fn catalog_url(crossbar_root: &str, provisioner_root: &str) -> Option<String> {
    under_root(crossbar_root, provisioner_root, "phones")
}

fn under_root(crossbar_root: &str, provisioner_root: &str, relative: &str) -> Option<String> {
    let folder =
        if provisioner_root.ends_with('/') { provisioner_root.to_string() } else { format!("{provisioner_root}/") };
    let root = patchbay_crossbar::path::resolve(crossbar_root, &folder)?;
    patchbay_crossbar::path::resolve(&root, relative)
}

/// `<root><relative>` for the configured provisioner (`ui/yealink/t4x/t46s`,
/// `locks/<account>/<mac>`); `None` when there is no provisioner.
pub fn provisioner_url(client: &Crossbar, relative: &str) -> Option<String> {
    provisioner_root(client).and_then(|root| under_root(&client.root(), &root, relative))
}

/// Reads the catalogue once, as its own inspector action (cancelled if the form is left
/// before it answers). Call while the form is being set up.
pub fn load_catalog(client: Crossbar) -> RwSignal<Catalog> {
    let catalog = RwSignal::new(Catalog::NotConfigured);
    let Some(url) = provisioner_root(&client).and_then(|root| catalog_url(&client.root(), &root)) else {
        return catalog;
    };
    catalog.set(Catalog::Loading);
    let call = Rounds::new().scope(client, t("action-load-phones"));
    spawn_local(async move {
        let next = match call.get_external(&url).await {
            Ok(env) => Catalog::Ready(catalog_brands(&env.data)),
            Err(CrossbarError::Cancelled) => return,
            Err(e) => Catalog::Failed(error_text(&e)),
        };
        catalog.set(next);
    });
    catalog
}

/// The chosen brand's model as a `provision` choice (`None` for no brand, or a model not
/// in the catalogue).
pub fn chosen_model(catalog: &Catalog, brand: &str, model: &str) -> Option<patchbay_monster::device::Provision> {
    let Catalog::Ready(brands) = catalog else { return None };
    let brand = brands.iter().find(|b| b.name == brand)?;
    let m = brand.models.get(model.parse::<usize>().ok()?)?;
    Some(patchbay_monster::device::Provision {
        brand: brand.name.clone(),
        family: m.family.clone(),
        model: m.name.clone(),
        template_id: m.template_id.clone(),
    })
}

/// The brand and model selects, offered from the provisioner's catalogue, and what is
/// said while it is read, absent or unreadable. Shared by "Add user"'s phone and
/// "Add device"'s desk phone.
#[component]
pub fn ModelFields(catalog: RwSignal<Catalog>, brand: RwSignal<String>, model: RwSignal<String>) -> impl IntoView {
    let brands = move || match catalog.get() {
        Catalog::Ready(b) => b,
        _ => vec![],
    };
    let brand_options = Signal::derive(move || {
        std::iter::once((String::new(), t("user-phone-none")))
            .chain(brands().into_iter().map(|b| (b.name.clone(), b.name)))
            .collect::<Vec<_>>()
    });
    let model_options = Signal::derive(move || {
        let chosen = brand.get();
        brands()
            .into_iter()
            .find(|b| b.name == chosen)
            .map(|b| b.models.into_iter().enumerate().map(|(i, m)| (i.to_string(), m.name)).collect())
            .unwrap_or_default()
    });
    // A new brand starts on its first model, so the select never shows a stale one.
    Effect::new(move |previous: Option<String>| {
        let current = brand.get();
        if previous.is_some_and(|p| p != current) {
            model.set(if current.is_empty() { String::new() } else { "0".into() });
        }
        current
    });
    view! {
        {move || match catalog.get() {
            Catalog::NotConfigured => view! { <p class="field__hint">{t("user-phone-no-provisioner")}</p> }.into_any(),
            Catalog::Loading => view! { <p role="status">{t("user-phone-loading")}</p> }.into_any(),
            Catalog::Failed(reason) => view! {
                <p class="field__hint" role="note">{t("user-phone-unavailable")}" "{reason}</p>
            }.into_any(),
            Catalog::Ready(_) => view! {
                <SelectField label=t("user-phone-brand") value=brand options=brand_options />
                <Show when=move || !brand.get().is_empty()>
                    <SelectField label=t("user-phone-model") value=model options=model_options />
                </Show>
            }.into_any(),
        }}
    }
}

#[component]
pub fn PhoneSection(
    catalog: RwSignal<Catalog>,
    brand: RwSignal<String>,
    model: RwSignal<String>,
    name: RwSignal<String>,
    mac_address: RwSignal<String>,
    name_error: Signal<Option<String>>,
    mac_error: Signal<Option<String>>,
    model_error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <fieldset class="form__group">
            <legend>{t("user-phone-legend")}</legend>
            <ModelFields catalog=catalog brand=brand model=model />
            <Show when=move || matches!(catalog.get(), Catalog::Ready(_)) && !brand.get().is_empty()>
                {move || model_error.get().map(|e| view! { <p class="field__error" role="alert">{e}</p> })}
                <TextField label=t("user-phone-name") value=name required=true maxlength=128 error=name_error />
                <TextField
                    label=t("user-phone-mac")
                    value=mac_address
                    required=true
                    maxlength=17
                    hint=t("user-phone-mac-hint")
                    error=mac_error
                />
            </Show>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::catalog_url;

    #[test]
    fn the_catalogue_is_under_the_provisioner_root_taken_as_a_folder() {
        let crossbar = "https://pbx.example.com:8443/v2";
        let url = |root: &str| catalog_url(crossbar, root).unwrap_or_default();
        assert_eq!(url("https://prov.example.com/api/"), "https://prov.example.com/api/phones");
        assert_eq!(url("https://prov.example.com/api"), "https://prov.example.com/api/phones");
        assert_eq!(url("/provisioner/"), "https://pbx.example.com:8443/provisioner/phones");
        assert_eq!(catalog_url("not a url", "/provisioner/"), None);
    }
}
