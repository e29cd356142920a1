//! Keep an active session alive; let an idle one lapse.
//!
//! Shortly before the token expires, if the person has typed or clicked since the
//! token was issued, `PUT /v2/auth {"action":"refresh_token"}` fetches a new one.
//! An idle tab is left to expire (a forgotten screen should not stay signed in),
//! and the next request then asks for the password and retries, losing nothing.

use leptos::prelude::*;

use crate::hooks::watch;
use leptos::task::spawn_local;
use leptos_use::{use_event_listener, use_window};
use patchbay_crossbar::jwt::{decode_claims, refresh_at};

use crate::api::{now_ms, Crossbar};
use crate::i18n::t;

pub fn keep_session_alive(client: Crossbar) {
    let session = client.session;
    let mark = move || session.last_activity_ms.set(now_ms());
    let _ = use_event_listener(use_window(), leptos::ev::keydown, move |_| mark());
    let _ = use_event_listener(use_window(), leptos::ev::pointerdown, move |_| mark());

    // A new generation per token: a timer from an older token does nothing.
    let generation = StoredValue::new(0u64);
    watch(move || {
        let Some((token, exp, issued_at_ms)) = session.with(|d| d.map(|d| (d.token.clone(), d.exp, d.issued_at_ms)))
        else {
            return;
        };
        let my_generation = generation.get_value() + 1;
        generation.set_value(my_generation);
        let now_s = (now_ms() / 1000.0) as i64;
        let wait_ms = ((refresh_at(now_s, exp) - now_s).max(0) as u32).saturating_mul(1000);
        spawn_local(async move {
            gloo_timers::future::TimeoutFuture::new(wait_ms).await;
            let still_current = generation.get_value() == my_generation;
            let active = session.last_activity_ms.get_untracked() > issued_at_ms;
            if !still_current || !active {
                return;
            }
            let call = client.action(t("action-refresh-session"));
            if let Ok(env) = call.refresh_token(&token).await {
                if let Some(new_token) = env.auth_token {
                    let exp = decode_claims(&new_token).map(|c| c.exp).unwrap_or(exp);
                    session.update(|d| {
                        d.token = new_token;
                        d.exp = exp;
                        d.issued_at_ms = now_ms();
                    });
                }
            }
        });
    });
}
