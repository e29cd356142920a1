//! Asks what to do when a save ran into someone else's change (see
//! `crate::api::ConflictGate`): the save waits while this dialog shows what the other
//! person changed and what this form would change, and the person chooses to keep
//! their changes, merge them with the other person's, reload, or cancel. Nothing is
//! written until they choose, and cancelling (or Escape) keeps what they typed.

use leptos::html;
use leptos::prelude::*;

use crate::hooks::watch;
use patchbay_crossbar::conflict::Change;
use serde_json::Value;

use crate::api::{Crossbar, Resolution};
use crate::i18n::{arg, t, t_or, t_with};

/// A field's name for people: a known label, else its path in words
/// (`call_forward.number` → "Call forward › Number").
pub fn field_label(path: &[String]) -> String {
    let key = format!("doc-field-{}", path.join("-").replace('_', "-"));
    let words = path
        .iter()
        .map(|segment| {
            let spaced = segment.replace('_', " ");
            let mut chars = spaced.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" › ");
    t_or(&key, &words)
}

/// A stored value for people: text as is, switches as on/off, lists joined.
pub fn value_text(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => t("conflict-none"),
        Some(Value::String(s)) if s.is_empty() => t("conflict-none"),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(true)) => t("conflict-on"),
        Some(Value::Bool(false)) => t("conflict-off"),
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => {
            items.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", ")
        }
        Some(other) => other.to_string(),
    }
}

fn change_line(change: &Change, also_theirs: bool) -> impl IntoView {
    let text = t_with(
        "conflict-change",
        &[("before", arg(value_text(change.before.as_ref()))), ("after", arg(value_text(change.after.as_ref())))],
    );
    view! {
        <li>
            <span class="conflict__field">{field_label(&change.path)}</span>": "<span>{text}</span>
            {also_theirs.then(|| view! { " " <span class="conflict__both">{t("conflict-both-changed")}</span> })}
        </li>
    }
}

#[component]
pub fn ConflictDialog() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let gate = client.conflicts;
    let dialog = NodeRef::<html::Dialog>::new();
    // A native modal dialog: focus moves into it, the page behind is inert, and Escape
    // cancels (nothing written, the form keeps what was typed).
    watch(move || {
        let open = gate.question().is_some();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let choose = move |resolution: Resolution| move |_| gate.answer(resolution);
    let on_cancel = move |ev: leptos::ev::Event| {
        ev.prevent_default();
        gate.answer(Resolution::Cancel);
    };

    view! {
        <dialog node_ref=dialog class="conflict" aria-labelledby="conflict-title" aria-describedby="conflict-intro" on:cancel=on_cancel>
            {move || gate.question().map(|q| {
                let c = q.collision.clone();
                let theirs: Vec<_> = c.theirs.iter().map(|ch| change_line(ch, false)).collect();
                let mine: Vec<_> = c.mine.iter().map(|ch| change_line(ch, c.overlaps(&ch.path))).collect();
                let has_theirs = !c.theirs.is_empty();
                let has_mine = !c.mine.is_empty();
                view! {
                    <h2 id="conflict-title">{t("conflict-title")}</h2>
                    <p id="conflict-intro">
                        {t_with(if q.deleting { "conflict-intro-delete" } else { "conflict-intro" }, &[("action", arg(q.action.clone()))])}
                    </p>
                    <h3>{t("conflict-theirs")}</h3>
                    {if has_theirs {
                        view! { <ul class="conflict__changes">{theirs}</ul> }.into_any()
                    } else {
                        view! { <p>{t("conflict-theirs-hidden")}</p> }.into_any()
                    }}
                    {(!q.deleting && has_mine).then(|| view! {
                        <h3>{t("conflict-mine")}</h3>
                        <ul class="conflict__changes">{mine}</ul>
                    })}
                    <div class="form-actions">
                        <button type="button" class="primary" on:click=choose(Resolution::KeepMine)>
                            {if q.deleting { t("conflict-delete-anyway") } else { t("conflict-keep-mine") }}
                        </button>
                        {(!q.deleting).then(|| view! {
                            <button type="button" on:click=choose(Resolution::Merge)>{t("conflict-merge")}</button>
                        })}
                        <button type="button" on:click=choose(Resolution::Reload)>{t("conflict-reload")}</button>
                        <button type="button" on:click=choose(Resolution::Cancel)>{t("conflict-cancel")}</button>
                    </div>
                    <p class="hint">{if q.deleting { t("conflict-hint-delete") } else { t("conflict-hint") }}</p>
                }
            })}
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_as_words() {
        let path = |p: &str| p.split('.').map(String::from).collect::<Vec<_>>();
        assert_eq!(field_label(&path("call_forward.number")), "Call forwarding number");
        assert_eq!(field_label(&path("hotdesk.require_pin")), "Hotdesk › Require pin");
        assert_eq!(value_text(Some(&Value::Bool(true))), "on");
        assert_eq!(value_text(None), "(none)");
        assert_eq!(value_text(Some(&serde_json::json!(["a", "b"]))), "a, b");
    }
}
