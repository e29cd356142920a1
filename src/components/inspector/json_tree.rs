//! A JSON body as a tree to fold and unfold (objects and arrays are `<details>`, so the
//! keyboard and screen readers know them), each value's name a button that copies its
//! path (`data.caller_id.external.number`) for code or jq. Children are drawn only once
//! their parent is opened, so a long listing costs nothing until it is read.

use leptos::prelude::*;
use patchbay_crossbar::json::{path_child, PathStep};
use serde_json::Value;

use crate::i18n::{arg, t_with};

/// Copies a path; the detail says what was copied.
pub type CopyPath = Callback<String>;

#[component]
pub fn JsonTree(value: Value, on_copy: CopyPath) -> impl IntoView {
    view! { <ul class="json-tree">{children(&value, "", 0, on_copy)}</ul> }
}

fn children(value: &Value, path: &str, depth: usize, on_copy: CopyPath) -> AnyView {
    match value {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| node(k.clone(), path_child(path, PathStep::Key(k)), v.clone(), depth, on_copy))
            .collect_view()
            .into_any(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| node(format!("[{i}]"), path_child(path, PathStep::Index(i)), v.clone(), depth, on_copy))
            .collect_view()
            .into_any(),
        _ => ().into_any(),
    }
}

fn node(name: String, path: String, value: Value, depth: usize, on_copy: CopyPath) -> AnyView {
    let copy = {
        let path = path.clone();
        view! {
            <button type="button" class="json-tree__key" aria-label=t_with("inspector-copy-path", &[("path", arg(path.clone()))])
                on:click=move |_| on_copy.run(path.clone())>{name}</button>
        }
    };
    let size = match &value {
        Value::Object(m) => Some(format!("{{…}} {}", m.len())),
        Value::Array(a) => Some(format!("[…] {}", a.len())),
        _ => None,
    };
    match size {
        None => view! { <li>{copy} ": " <span class="json-tree__value">{value.to_string()}</span></li> }.into_any(),
        Some(size) => {
            // The envelope's first two levels are open at first: `data` and its fields.
            let open = RwSignal::new(depth < 2);
            view! {
                <li>
                    {copy}
                    <details prop:open=open on:toggle=move |ev| open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
                        <summary>{size}</summary>
                        {move || open.get().then(|| view! { <ul>{children(&value, &path, depth + 1, on_copy)}</ul> })}
                    </details>
                </li>
            }
            .into_any()
        }
    }
}
