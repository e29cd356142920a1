//! Role, timezone and language (Smart PBX's name tab, minus what the user form edits).

use leptos::prelude::*;
use patchbay_monster::user_features::locale_patch;
use serde_json::Value;

use super::section::{use_section_save, SettingsSection};
use super::UserCtx;
use crate::components::form::SaveState;
use crate::components::form::SelectField;
use crate::i18n::{arg, t, t_with, time_zones};

/// The languages Smart PBX offers for a user.
const LANGUAGES: [&str; 4] = ["en-US", "fr-FR", "de-DE", "ru-RU"];

fn str_at(user: &Value, key: &str, default: &str) -> String {
    user.get(key).and_then(Value::as_str).filter(|s| !s.is_empty()).unwrap_or(default).to_string()
}

/// Role, timezone and language as stored, in a few words.
fn locale_summary(user: &Value) -> String {
    let role = if str_at(user, "priv_level", "user") == "admin" { t("role-admin") } else { t("role-user") };
    let timezone = match str_at(user, "timezone", "inherit") {
        z if z == "inherit" => t("user-timezone-inherit"),
        z => z,
    };
    let language = match str_at(user, "language", "auto") {
        l if l == "auto" => t("user-language-auto"),
        l => l,
    };
    t_with("user-locale-summary", &[("role", arg(role)), ("timezone", arg(timezone)), ("language", arg(language))])
}

#[component]
pub fn LocaleSection(ctx: UserCtx, user: Value) -> impl IntoView {
    let role = RwSignal::new(str_at(&user, "priv_level", "user"));
    let timezone = RwSignal::new(str_at(&user, "timezone", "inherit"));
    let language = RwSignal::new(str_at(&user, "language", "auto"));
    let state = SaveState::plain();
    let save = {
        let ctx = ctx.clone();
        use_section_save(&ctx.clone(), "action-save-user-locale", state, move |call, body: Value| {
            let ctx = ctx.clone();
            async move { ctx.patch(&call, &ctx.user_path(), body).await.map(|_| ()) }
        })
    };
    let roles = Signal::derive(|| vec![("user".into(), t("role-user")), ("admin".into(), t("role-admin"))]);
    let zones = Signal::derive(move || {
        let mut all = vec![("inherit".to_string(), t("user-timezone-inherit"))];
        let current = timezone.get_untracked();
        let mut names = time_zones();
        if current != "inherit" && !names.contains(&current) {
            names.insert(0, current);
        }
        all.extend(names.into_iter().map(|z| (z.clone(), z)));
        all
    });
    let languages = Signal::derive(|| {
        let mut all = vec![("auto".to_string(), t("user-language-auto"))];
        all.extend(LANGUAGES.iter().map(|l| (l.to_string(), l.to_string())));
        all
    });
    let outside = ctx.outside;
    let stored = ctx.stored;
    let summary = Signal::derive(move || stored.with(locale_summary));
    let on_save = Callback::new(move |_| {
        let body = locale_patch(&role.get_untracked(), &timezone.get_untracked(), &language.get_untracked());
        save.dispatch(body);
    });
    view! {
        <SettingsSection id="user-locale" title_key="user-locale-title" save_key="user-locale-save" outside=outside state=state busy=save.pending() on_save=on_save summary=summary>
            <SelectField label=t("user-role") value=role options=roles />
            <SelectField label=t("user-timezone") value=timezone options=zones />
            <SelectField label=t("user-language") value=language options=languages />
        </SettingsSection>
    }
}
