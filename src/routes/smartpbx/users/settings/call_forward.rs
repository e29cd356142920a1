//! Call forward: off, always, or when the user's devices fail (`call_failover`).

use leptos::prelude::*;
use patchbay_monster::user_features::{call_forward_of, call_forward_patch, CallForward, ForwardMode};
use serde_json::Value;

use super::section::{use_section_save, SettingsSection};
use super::UserCtx;
use crate::components::form::CheckboxField;
use crate::components::form::SaveState;
use crate::components::form::{unique_id, TextField};
use crate::i18n::{arg, t, t_with};
use patchbay_monster::phone::readable;

/// Call forward as stored, in a few words.
pub fn call_forward_summary(user: &Value) -> String {
    let now = call_forward_of(user);
    let to = || arg(readable(&now.number));
    match now.mode {
        ForwardMode::Off => t("feature-off"),
        ForwardMode::Always => t_with("call-forward-summary-always", &[("number", to())]),
        ForwardMode::Failover => t_with("call-forward-summary-failover", &[("number", to())]),
    }
}

/// A dialable forward target: digits with an optional leading `+`, 3 to 20 of them.
pub fn forward_number_ok(number: &str) -> bool {
    let digits = number.trim().strip_prefix('+').unwrap_or(number.trim());
    (3..=20).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

#[component]
pub fn CallForwardSection(ctx: UserCtx, user: Value) -> impl IntoView {
    let before = call_forward_of(&user);
    let mode = RwSignal::new(before.mode);
    let number = RwSignal::new(before.number.clone());
    let require_keypress = RwSignal::new(before.require_keypress);
    let keep_caller_id = RwSignal::new(before.keep_caller_id);
    let direct_calls_only = RwSignal::new(before.direct_calls_only);
    let number_error = RwSignal::new(None::<String>);
    let state = SaveState::plain();
    let save = {
        let ctx = ctx.clone();
        use_section_save(&ctx.clone(), "action-save-call-forward", state, move |call, form: CallForward| {
            let ctx = ctx.clone();
            async move { ctx.patch(&call, &ctx.user_path(), call_forward_patch(&form)).await.map(|_| ()) }
        })
    };
    let outside = ctx.outside;
    let stored = ctx.stored;
    let summary = Signal::derive(move || stored.with(call_forward_summary));
    let on_save = Callback::new(move |_| {
        let form = CallForward {
            mode: mode.get_untracked(),
            number: number.get_untracked(),
            require_keypress: require_keypress.get_untracked(),
            keep_caller_id: keep_caller_id.get_untracked(),
            direct_calls_only: direct_calls_only.get_untracked(),
        };
        if form.mode != ForwardMode::Off && !forward_number_ok(&form.number) {
            number_error.set(Some(t("call-forward-number-invalid")));
            state.form_error.set(Some(t("form-has-errors")));
            return;
        }
        number_error.set(None);
        save.dispatch(form);
    });
    let group = unique_id("forward-mode");
    let radio = move |value: ForwardMode, key: &'static str| {
        let id = unique_id("forward");
        let name = group.clone();
        view! {
            <div class="field field--check">
                <input
                    type="radio"
                    id=id.clone()
                    name=name
                    prop:checked=move || mode.get() == value
                    on:change=move |_| mode.set(value)
                />
                <label for=id>{t(key)}</label>
            </div>
        }
    };
    view! {
        <SettingsSection id="user-call-forward" title_key="call-forward-title" save_key="call-forward-save" outside=outside state=state busy=save.pending() on_save=on_save summary=summary>
            <fieldset>
                <legend>{t("call-forward-mode")}</legend>
                {radio(ForwardMode::Off, "call-forward-off")}
                {radio(ForwardMode::Always, "call-forward-always")}
                {radio(ForwardMode::Failover, "call-forward-failover")}
            </fieldset>
            <TextField label=t("call-forward-number") value=number input_type="tel" maxlength=24 error=Signal::derive(move || number_error.get()) />
            <CheckboxField label=t("call-forward-require-keypress") checked=require_keypress />
            <CheckboxField label=t("call-forward-keep-caller-id") checked=keep_caller_id />
            <CheckboxField label=t("call-forward-direct-only") checked=direct_calls_only />
        </SettingsSection>
    }
}

#[cfg(test)]
mod tests {
    use super::{call_forward_summary, forward_number_ok};
    use crate::routes::smartpbx::users::settings::presence::presence_summary;
    use serde_json::json;

    #[test]
    fn the_row_states_call_forward_as_stored() {
        assert_eq!(call_forward_summary(&json!({})), "Off");
        let always = json!({"call_forward": {"enabled": true, "number": "+14155550199"}});
        assert_eq!(call_forward_summary(&always), "All calls go to +1 415-555-0199");
        // Failover wins when both are on, as Smart PBX reads it (users.js usersFormatCallForwardData).
        let both = json!({"call_forward": {"enabled": true, "failover": true, "number": "2001"},
            "call_failover": {"enabled": true, "number": "2001"}});
        assert_eq!(call_forward_summary(&both), "Calls nobody answers go to 2001");
    }

    #[test]
    fn the_row_states_do_not_disturb_and_hot_desking() {
        assert_eq!(presence_summary(&json!({})), "Taking calls");
        let both = json!({"do_not_disturb": {"enabled": true}, "hotdesk": {"enabled": true, "id": "2002"}});
        assert_eq!(presence_summary(&both), "Do not disturb is on; hot desking with ID 2002");
    }

    #[test]
    fn forward_targets_are_dialable_numbers() {
        assert!(forward_number_ok("+14155550199"));
        assert!(forward_number_ok(" 911 "));
        assert!(!forward_number_ok("+1 415 555"));
        assert!(!forward_number_ok("call me"));
        assert!(!forward_number_ok(""));
    }
}
