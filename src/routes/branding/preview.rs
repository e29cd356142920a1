//! The sign-in page as the brand's domain will show it, drawn from the form as it is
//! typed: the tab (icon and name), the logo, the company name and the brand colour.
//! A picture, not a form: nothing in it can be focused or pressed.

use leptos::prelude::*;

use crate::branding::{safe_colour, set_css_variable};
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};

#[component]
pub fn SignInPreview(
    /// The company name as typed, or the standard name when empty.
    name: Signal<String>,
    colour: Signal<String>,
    domain: Signal<String>,
    logo: Signal<Option<String>>,
    icon: Signal<Option<String>>,
) -> impl IntoView {
    let frame = NodeRef::<leptos::html::Figure>::new();
    // Through the CSSOM, which the Content-Security-Policy allows (see `branding`).
    watch(move || {
        let colour = colour.with(|c| safe_colour(c.trim()).map(str::to_string));
        if let Some(frame) = frame.get() {
            set_css_variable(&frame, "--preview-brand", colour.as_deref());
        }
    });
    let caption = move || {
        let domain = domain.with(|d| d.trim().to_ascii_lowercase());
        match domain.is_empty() {
            true => t("branding-preview-no-domain"),
            false => t_with("branding-preview", &[("domain", arg(domain))]),
        }
    };
    let address = move || {
        let domain = domain.with(|d| d.trim().to_ascii_lowercase());
        format!("https://{}/", if domain.is_empty() { t("branding-preview-your-domain") } else { domain })
    };
    view! {
        <figure class="branding-preview" node_ref=frame aria-labelledby="branding-preview-caption">
            <figcaption id="branding-preview-caption">{caption}</figcaption>
            <div class="branding-preview__browser">
                <p class="branding-preview__tab">
                    {move || icon.get().map(|url| view! { <img class="branding-preview__icon" src=url alt="" /> })}
                    <span>{move || format!("{} — {}", t("sign-in-title"), name.get())}</span>
                </p>
                <p class="branding-preview__address">{address}</p>
                <div class="branding-preview__page">
                    <div class="branding-preview__card">
                        {move || logo.get().map(|url| view! {
                            <img class="branding-preview__logo" src=url alt=t_with("brand-logo-alt", &[("name", arg(name.get()))]) />
                        })}
                        <p class="branding-preview__brand">{move || name.get()}</p>
                        <p class="branding-preview__title">{t("sign-in-title")}</p>
                        <span class="branding-preview__input"></span>
                        <span class="branding-preview__input"></span>
                        <span class="branding-preview__button">{t("sign-in-submit")}</span>
                    </div>
                </div>
            </div>
        </figure>
    }
}
