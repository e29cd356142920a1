//! The flow drawn as Monster draws it — a box per step with its action, caption and the
//! branch it hangs on, children below — and, in the same elements, an ARIA tree: one
//! Tab stop, arrow keys to move (Up/Down in reading order, Left to the parent, Right to
//! the first child), Enter to edit, Delete to remove. Steps can be dragged onto another
//! step too.

use leptos::prelude::*;
use patchbay_monster::callflow::{Flow, Node, Path};
use serde_json::Value;
use wasm_bindgen::JsCast;

use super::names::{branch_text, step_caption, step_name};
use super::state::Editor;
use crate::i18n::{t, t_with};

/// The element id of a step: its path, hex-encoded (branch keys may hold anything).
pub fn step_id(path: &[String]) -> String {
    let mut id = String::from("cf-step");
    for key in path {
        id.push('-');
        for b in key.bytes() {
            id.push_str(&format!("{b:02x}"));
        }
    }
    id
}

/// Puts the focus on a step's box (after the tree was drawn).
pub fn focus_step(path: &[String]) {
    if let Some(el) =
        document().get_element_by_id(&step_id(path)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// What a key does on the step at `at`.
#[derive(Debug, Clone, PartialEq)]
enum KeyMove {
    /// Go to this step.
    To(Path),
    /// Hide this step's branches (Left on an open step), or show them (Right on a
    /// folded one).
    Fold(Path),
    Unfold(Path),
}

/// The tree's keys, as the ARIA tree pattern has them: Up/Down in reading order over the
/// steps on show, Home/End, Left folds an open step or goes to its parent, Right unfolds
/// a folded step or goes to its first branch.
fn step_for_key(flow: &Flow, at: &[String], key: &str, folded: &[Path]) -> Option<KeyMove> {
    let hidden = |p: &Path| folded.iter().any(|f| p.len() > f.len() && p.starts_with(f));
    let order: Vec<Path> = flow.walk().into_iter().map(|(p, _)| p).filter(|p| !hidden(p)).collect();
    let i = order.iter().position(|p| p.as_slice() == at)?;
    let has_branches = flow.node(at).is_some_and(|n| !n.children.is_empty());
    let is_folded = folded.iter().any(|f| f.as_slice() == at);
    match key {
        "ArrowDown" => order.get(i + 1).cloned().map(KeyMove::To),
        "ArrowUp" => i.checked_sub(1).and_then(|j| order.get(j).cloned()).map(KeyMove::To),
        "Home" => order.first().cloned().map(KeyMove::To),
        "End" => order.last().cloned().map(KeyMove::To),
        "ArrowLeft" if has_branches && !is_folded => Some(KeyMove::Fold(at.to_vec())),
        "ArrowLeft" => at.split_last().map(|(_, parent)| KeyMove::To(parent.to_vec())),
        "ArrowRight" if is_folded => Some(KeyMove::Unfold(at.to_vec())),
        "ArrowRight" => flow.node(at)?.children.first().map(|(k, _)| {
            let mut p = at.to_vec();
            p.push(k.clone());
            KeyMove::To(p)
        }),
        _ => None,
    }
}

#[component]
pub fn FlowTree(
    editor: Editor,
    /// Enter on a step, or a double click: edit it.
    on_edit: Callback<Path>,
    /// Delete on a step.
    on_remove: Callback<Path>,
) -> impl IntoView {
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(at) = editor.selected.get_untracked() else { return };
        let key = ev.key();
        match key.as_str() {
            "Enter" => {
                ev.prevent_default();
                on_edit.run(at);
            }
            "Delete" | "Backspace" => {
                ev.prevent_default();
                on_remove.run(at);
            }
            _ => {
                let folded = editor.folded.get_untracked();
                let next = editor.flow.with_untracked(|f| step_for_key(f, &at, &key, &folded));
                if next.is_some() {
                    ev.prevent_default();
                }
                match next {
                    Some(KeyMove::To(next)) => {
                        editor.selected.set(Some(next.clone()));
                        focus_step(&next);
                    }
                    Some(KeyMove::Fold(path)) => editor.fold(path, true),
                    Some(KeyMove::Unfold(path)) => editor.fold(path, false),
                    None => {}
                }
            }
        }
    };
    view! {
        <div class="cf-canvas">
            // Drawn again when the flow changes or a step is folded.
            {move || { editor.folded.track(); editor.flow.with(|f| match &f.root {
                None => view! { <p class="cf-empty">{t("cf-flow-empty")}</p> }.into_any(),
                Some(root) => {
                    let metadata = editor.metadata.get_untracked();
                    view! {
                        <ul role="tree" class="cf-tree" aria-label=t("cf-tree-label") on:keydown=on_keydown>
                            {step(editor, root, Vec::new(), None, &metadata, on_edit)}
                        </ul>
                    }
                    .into_any()
                }
            })}}
        </div>
    }
}

fn step(
    editor: Editor,
    node: &Node,
    path: Path,
    parent: Option<(&Node, &str)>,
    metadata: &Value,
    on_edit: Callback<Path>,
) -> AnyView {
    let branch = parent.and_then(|(p, key)| branch_text(p, key, metadata));
    let (name, caption) = (step_name(node), step_caption(node, metadata));
    // The step's box is the tree item, named by its own text ("Key 1: User, Ada Admin
    // (turned off)"); its branches are a group beside it that it owns, so the name is
    // never the whole subtree's text.
    let id = step_id(&path);
    let group_id = format!("{id}-branches");
    let off = node.disabled();
    let folded = editor.folded.with_untracked(|f| f.contains(&path));
    let has_children = !node.children.is_empty();
    let hidden_branches = (has_children && folded).then_some(node.children.len());
    let (here, here_tab, here_click, here_dbl, here_drag, here_drop) =
        (path.clone(), path.clone(), path.clone(), path.clone(), path.clone(), path.clone());
    let selected = Memo::new(move |_| editor.selected.with(|s| s.as_deref() == Some(here.as_slice())));
    let tabindex = move || {
        let focusable =
            editor.selected.with(|s| s.as_deref().map_or(here_tab.is_empty(), |s| s == here_tab.as_slice()));
        if focusable {
            "0"
        } else {
            "-1"
        }
    };
    let moving = move || editor.moving.with(|m| m.as_deref() == Some(path.as_slice()));
    let children = (has_children && !folded).then(|| {
        let kids: Vec<AnyView> = node
            .children
            .iter()
            .map(|(key, child)| {
                let mut child_path = here_drop.clone();
                child_path.push(key.clone());
                step(editor, child, child_path, Some((node, key)), metadata, on_edit)
            })
            .collect();
        view! { <ul role="group" id=group_id.clone() class="cf-branches">{kids}</ul> }
    });
    let owns = has_children.then(|| format!("{id}-branches"));
    view! {
        <li role="none" class="cf-item">
            <div
                role="treeitem"
                id=id
                class="cf-node"
                class:cf-node--off=off
                class:cf-node--selected=move || selected.get()
                class:cf-node--moving=moving
                aria-owns=owns
                aria-selected=move || selected.get().to_string()
                aria-expanded=has_children.then_some(if folded { "false" } else { "true" })
                tabindex=tabindex
                draggable="true"
                on:click=move |_| editor.selected.set(Some(here_click.clone()))
                on:dblclick=move |_| on_edit.run(here_dbl.clone())
                on:dragstart=move |ev: leptos::ev::DragEvent| {
                    editor.moving.set(Some(here_drag.clone()));
                    if let Some(dt) = ev.data_transfer() {
                        let _ = dt.set_data("text/plain", &step_id(&here_drag));
                    }
                }
                on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop={
                    let to = here_drop.clone();
                    move |ev: leptos::ev::DragEvent| {
                        ev.prevent_default();
                        if let Some(from) = editor.moving.get_untracked() {
                            editor.moving.set(None);
                            super::moves::move_under(editor, from, to.clone());
                        }
                    }
                }
            >
                {branch.map(|b| view! { <span class="cf-node__branch">{b}</span><span class="visually-hidden">": "</span> })}
                <span class="cf-node__action">{name}</span>
                {(!caption.is_empty()).then(|| view! { <span class="visually-hidden">", "</span><span class="cf-node__caption">{caption}</span> })}
                {off.then(|| view! { <span class="visually-hidden">" "{t("cf-turned-off")}</span> })}
                {hidden_branches.map(|n| view! { <span class="visually-hidden">", "</span><span class="cf-node__folded">{t_with("cf-branches-folded", &[("count", n.into())])}</span> })}
            </div>
            {children}
        </li>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn arrow_keys_walk_the_tree_in_reading_order() {
        let flow = Flow::from_json(Some(&json!({"module": "menu", "data": {"id": "m"}, "children": {
            "1": {"module": "user", "data": {"id": "u"}, "children": {"_": {"module": "voicemail", "data": {"id": "v"}, "children": {}}}},
            "_": {"module": "voicemail", "data": {"id": "v"}, "children": {}}
        }})));
        let p = |keys: &[&str]| keys.iter().map(|k| k.to_string()).collect::<Path>();
        let to = |keys: &[&str]| Some(KeyMove::To(p(keys)));
        let open: &[Path] = &[];
        assert_eq!(step_for_key(&flow, &p(&[]), "ArrowDown", open), to(&["1"]));
        assert_eq!(step_for_key(&flow, &p(&["1", "_"]), "ArrowDown", open), to(&["_"]));
        assert_eq!(step_for_key(&flow, &p(&["_"]), "ArrowUp", open), to(&["1", "_"]));
        assert_eq!(step_for_key(&flow, &p(&["1", "_"]), "ArrowLeft", open), to(&["1"]));
        assert_eq!(step_for_key(&flow, &p(&[]), "ArrowRight", open), to(&["1"]));
        assert_eq!(step_for_key(&flow, &p(&[]), "ArrowUp", open), None);
        assert_eq!(step_for_key(&flow, &p(&["_"]), "End", open), to(&["_"]));
        // Left folds an open step; its branches are skipped until Right unfolds it.
        assert_eq!(step_for_key(&flow, &p(&["1"]), "ArrowLeft", open), Some(KeyMove::Fold(p(&["1"]))));
        let folded = [p(&["1"])];
        assert_eq!(step_for_key(&flow, &p(&["1"]), "ArrowDown", &folded), to(&["_"]));
        assert_eq!(step_for_key(&flow, &p(&["1"]), "ArrowLeft", &folded), to(&[]));
        assert_eq!(step_for_key(&flow, &p(&["1"]), "ArrowRight", &folded), Some(KeyMove::Unfold(p(&["1"]))));
        assert_eq!(step_id(&p(&["1", "_"])), "cf-step-31-5f");
    }
}
