//! The flow drawn as Monster draws it — a box per step with its action, caption and the
//! branch it hangs on, children below — and, in the same elements, an ARIA tree: one
//! Tab stop, arrow keys to move (Up/Down in reading order, Left to the parent, Right to
//! the first child), Enter to edit, Delete to remove. Steps can be dragged onto another
//! step too.
//!
//! Drawn as one piece of HTML (`tree_html`, every text escaped) set at once, with one
//! listener of each kind on the tree and the selected, dragged and Tab-stop marks put on
//! the two steps they move between: built element by element through the view
//! machinery, a 500-step callflow took ~130 ms to appear (`cargo xtask bench`); as one
//! string it takes a few. The tree is drawn again only when the flow or its folding
//! changes. Branches off screen are not laid out until they scroll near (`size_branches`).

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

/// The path a step's element id holds (see `step_id`).
pub fn path_of_step_id(id: &str) -> Option<Path> {
    let rest = id.strip_prefix("cf-step")?;
    rest.split('-')
        .skip(1)
        .map(|hex| {
            let bytes: Option<Vec<u8>> = (0..hex.len())
                .step_by(2)
                .map(|i| hex.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok()))
                .collect();
            bytes.and_then(|b| String::from_utf8(b).ok())
        })
        .collect()
}

/// The step an event happened on: the tree item around its target.
fn step_of_event(ev: &web_sys::Event) -> Option<Path> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let item = target.closest("[role=treeitem]").ok()??;
    path_of_step_id(&item.id())
}

/// Text for HTML: `&`, `<`, `>` and both quotes escaped, so a hostile name stays text.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// What every step of one drawing needs: the words it shows, looked up once, and where
/// the marks are when it is drawn.
struct Drawing<'a> {
    turned_off: String,
    selected: Option<&'a Path>,
    moving: Option<&'a Path>,
}

/// One step and, unless folded, its branches, as the tree's HTML.
fn step_html(
    out: &mut String,
    node: &Node,
    path: &mut Path,
    parent: Option<(&Node, &str)>,
    folded: &[Path],
    metadata: &Value,
    drawing: &Drawing,
) {
    let branch = parent.and_then(|(p, key)| branch_text(p, key, metadata));
    let (name, caption) = (step_name(node), step_caption(node, metadata));
    // The step's box is the tree item, named by its own text ("Key 1: User, Ada Admin
    // (turned off)"); its branches are a group beside it that it owns, so the name is
    // never the whole subtree's text.
    let id = step_id(path);
    let is_folded = folded.iter().any(|f| f == path);
    let has_children = !node.children.is_empty();
    out.push_str(r#"<li role="none" class="cf-item"#);
    // A branch with steps below is skipped while off screen (see `callflows.css`); its
    // drawn size is known from its shape, so nothing moves when it comes into view.
    if parent.is_some() && has_children && !is_folded {
        let (leaves, levels) = extent(node, path, folded);
        out.push_str(&format!(r#"" data-extent="{leaves} {levels}"#));
    }
    out.push_str(r#""><div role="treeitem" id=""#);
    out.push_str(&id);
    let selected = drawing.selected == Some(&*path);
    // The one Tab stop: the selected step, or the first step while none is.
    let tab_stop = selected || (drawing.selected.is_none() && path.is_empty());
    out.push_str(r#"" class="cf-node"#);
    for (on, class) in [
        (node.disabled(), " cf-node--off"),
        (selected, " cf-node--selected"),
        (drawing.moving == Some(&*path), " cf-node--moving"),
    ] {
        if on {
            out.push_str(class);
        }
    }
    out.push_str(&format!(
        r#"" aria-selected="{selected}" tabindex="{}" draggable="true""#,
        if tab_stop { "0" } else { "-1" }
    ));
    if has_children {
        out.push_str(&format!(r#" aria-owns="{id}-branches" aria-expanded="{}""#, !is_folded));
    }
    out.push('>');
    if let Some(b) = branch {
        out.push_str(&format!(
            r#"<span class="cf-node__branch">{}</span><span class="visually-hidden">: </span>"#,
            escape(&b)
        ));
    }
    out.push_str(&format!(r#"<span class="cf-node__action">{}</span>"#, escape(&name)));
    if !caption.is_empty() {
        out.push_str(&format!(
            r#"<span class="visually-hidden">, </span><span class="cf-node__caption">{}</span>"#,
            escape(&caption)
        ));
    }
    if node.disabled() {
        out.push_str(&format!(r#"<span class="visually-hidden"> {}</span>"#, escape(&drawing.turned_off)));
    }
    if has_children && is_folded {
        let hidden = t_with("cf-branches-folded", &[("count", node.children.len().into())]);
        out.push_str(&format!(
            r#"<span class="visually-hidden">, </span><span class="cf-node__folded">{}</span>"#,
            escape(&hidden)
        ));
    }
    out.push_str("</div>");
    if has_children && !is_folded {
        out.push_str(&format!(r#"<ul role="group" id="{id}-branches" class="cf-branches">"#));
        for (key, child) in &node.children {
            path.push(key.clone());
            step_html(out, child, path, Some((node, key)), folded, metadata, drawing);
            path.pop();
        }
        out.push_str("</ul>");
    }
    out.push_str("</li>");
}

/// How many columns (steps drawn with nothing below them) and rows of steps a step and
/// what is drawn below it take.
fn extent(node: &Node, path: &mut Path, folded: &[Path]) -> (usize, usize) {
    if node.children.is_empty() || folded.iter().any(|f| f == path) {
        return (1, 1);
    }
    let (mut leaves, mut levels) = (0, 0);
    for (key, child) in &node.children {
        path.push(key.clone());
        let (l, d) = extent(child, path, folded);
        path.pop();
        leaves += l;
        levels = levels.max(d);
    }
    (leaves, levels + 1)
}

/// Gives each skipped branch the size it will have when drawn: a column is a box (11rem)
/// and its margins (1rem) wide, a row about 5.5rem high (`callflows.css`). Set through
/// the style object, which the page's content security policy allows (a `style`
/// attribute in the HTML it would not).
fn size_branches() {
    let Ok(found) = document().query_selector_all("[data-extent]") else { return };
    for i in 0..found.length() {
        let Some(el) = found.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        let extent = el.get_attribute("data-extent").unwrap_or_default();
        let mut parts = extent.split(' ').filter_map(|p| p.parse::<u32>().ok());
        if let (Some(leaves), Some(levels)) = (parts.next(), parts.next()) {
            // Whole numbers only (no float formatting in the bundle): 5.5rem a row, in tenths.
            let tenths = levels * 55;
            let size = format!("auto {}rem auto {}.{}rem", leaves * 12, tenths / 10, tenths % 10);
            let _ = el.style().set_property("contain-intrinsic-size", &size);
        }
    }
}

/// The whole tree's HTML: the root step and everything below it, the marks where
/// `selected` and `moving` say.
fn tree_html(root: &Node, folded: &[Path], metadata: &Value, selected: Option<&Path>, moving: Option<&Path>) -> String {
    let drawing = Drawing { turned_off: t("cf-turned-off"), selected, moving };
    let mut out = String::with_capacity(256);
    step_html(&mut out, root, &mut Vec::new(), None, folded, metadata, &drawing);
    out
}

/// Puts the selected, dragged and Tab-stop marks where the editor says they are.
fn mark_steps(selected: Option<&Path>, moving: Option<&Path>) {
    let doc = document();
    let each = |selector: &str, f: &dyn Fn(&web_sys::Element)| {
        if let Ok(found) = doc.query_selector_all(selector) {
            for i in 0..found.length() {
                if let Some(el) = found.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    f(&el);
                }
            }
        }
    };
    each(".cf-node--selected, .cf-node--moving, .cf-node[tabindex='0']", &|el| {
        let _ = el.class_list().remove_2("cf-node--selected", "cf-node--moving");
        let _ = el.set_attribute("aria-selected", "false");
        let _ = el.set_attribute("tabindex", "-1");
    });
    let by_path = |path: &Path| doc.get_element_by_id(&step_id(path));
    // The one Tab stop: the selected step, or the first step while none is.
    let stop = selected.cloned().unwrap_or_default();
    if let Some(el) = by_path(&stop) {
        let _ = el.set_attribute("tabindex", "0");
    }
    if let Some(el) = selected.and_then(by_path) {
        let _ = el.class_list().add_1("cf-node--selected");
        let _ = el.set_attribute("aria-selected", "true");
    }
    if let Some(el) = moving.and_then(by_path) {
        let _ = el.class_list().add_1("cf-node--moving");
    }
}

/// Whether the focus is on one of the tree's steps.
fn focus_in_tree() -> bool {
    document().active_element().is_some_and(|e| e.closest(".cf-tree").ok().flatten().is_some())
}

/// Puts the focus on a step's box (after the tree was drawn). A branch just drawn is
/// skipped until the browser has placed it on screen (`content-visibility: auto`), and a
/// skipped box may refuse the focus: the branches on the way to it are drawn at once.
pub fn focus_step(path: &[String]) {
    let Some(el) = document().get_element_by_id(&step_id(path)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let mut around = el.parent_element();
    while let Some(item) = around {
        if item.class_list().contains("cf-item") {
            if let Some(item) = item.dyn_ref::<web_sys::HtmlElement>() {
                let _ = item.style().set_property("content-visibility", "visible");
            }
        }
        if item.class_list().contains("cf-tree") {
            break;
        }
        around = item.parent_element();
    }
    let _ = el.focus();
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
    // One listener of each kind for the whole tree, finding the step from the event.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(path) = step_of_event(&ev) {
            editor.selected.set(Some(path));
        }
    };
    let on_dblclick = move |ev: leptos::ev::MouseEvent| {
        if let Some(path) = step_of_event(&ev) {
            on_edit.run(path);
        }
    };
    let on_dragstart = move |ev: leptos::ev::DragEvent| {
        if let Some(path) = step_of_event(&ev) {
            if let Some(dt) = ev.data_transfer() {
                let _ = dt.set_data("text/plain", &step_id(&path));
            }
            editor.moving.set(Some(path));
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let (Some(to), Some(from)) = (step_of_event(&ev), editor.moving.get_untracked()) {
            editor.moving.set(None);
            super::moves::move_under(editor, from, to);
        }
    };
    // The tree is drawn when the flow or its folding changes; the marks follow the
    // selection and the drag, and are put back after each drawing.
    // Whether the focus was in the tree when it was last drawn again: the drawing replaces
    // the focused box, and the focus is put back on the selected step at once (before
    // anything else, a key press included, can reach the page).
    let had_focus = StoredValue::new(false);
    let html = Memo::new(move |_| {
        had_focus.set_value(focus_in_tree());
        let folded = editor.folded.get();
        let (selected, moving) = (editor.selected.get_untracked(), editor.moving.get_untracked());
        editor.flow.with(|f| {
            f.root.as_ref().map(|root| {
                editor.metadata.with_untracked(|m| tree_html(root, &folded, m, selected.as_ref(), moving.as_ref()))
            })
        })
    });
    crate::hooks::watch(move || {
        html.track();
        size_branches();
    });
    crate::hooks::watch(move || {
        html.track();
        let (selected, moving) = (editor.selected.get(), editor.moving.get());
        mark_steps(selected.as_ref(), moving.as_ref());
        // Once per drawing: a later change of selection alone never moves the focus here.
        if had_focus.get_value() && !focus_in_tree() {
            if let Some(step) = &selected {
                focus_step(step);
            }
        }
        had_focus.set_value(false);
    });
    view! {
        <div class="cf-canvas">
            {move || match html.get() {
                None => view! { <p class="cf-empty">{t("cf-flow-empty")}</p> }.into_any(),
                Some(html) => view! {
                    <ul role="tree" class="cf-tree" aria-label=t("cf-tree-label") on:keydown=on_keydown
                        on:click=on_click on:dblclick=on_dblclick on:dragstart=on_dragstart
                        on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop
                        inner_html=html></ul>
                }
                .into_any(),
            }}
        </div>
    }
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
        for path in [p(&[]), p(&["1", "_"]), p(&["a-b", "Ünïcode key", ""])] {
            assert_eq!(path_of_step_id(&step_id(&path)), Some(path.clone()));
        }
        assert_eq!(path_of_step_id("cf-step-3"), None);
    }

    #[test]
    fn a_branch_is_sized_by_its_columns_and_rows_and_a_folded_one_is_one_box() {
        let flow = Flow::from_json(Some(&json!({"module": "menu", "data": {"id": "m"}, "children": {
            "1": {"module": "menu", "data": {"id": "n"}, "children": {
                "1": {"module": "user", "data": {"id": "u"}, "children": {"_": {"module": "voicemail", "data": {"id": "v"}, "children": {}}}},
                "2": {"module": "voicemail", "data": {"id": "v"}, "children": {}},
                "3": {"module": "voicemail", "data": {"id": "w"}, "children": {}}
            }},
            "2": {"module": "menu", "data": {"id": "o"}, "children": {
                "1": {"module": "voicemail", "data": {"id": "v"}, "children": {}},
                "2": {"module": "voicemail", "data": {"id": "w"}, "children": {}}
            }},
            "_": {"module": "voicemail", "data": {"id": "v"}, "children": {}}
        }})));
        let root = flow.root.as_ref().unwrap();
        assert_eq!(extent(root, &mut Vec::new(), &[]), (6, 4));
        let folded = vec![vec!["2".to_string()]];
        assert_eq!(extent(root, &mut Vec::new(), &folded), (5, 4));
        let html = tree_html(root, &folded, &json!({}), None, None);
        // The root is never skipped; a branch with steps below says its shape; a folded
        // one and a single box take the stylesheet's size.
        assert_eq!(html.matches("data-extent").count(), 2, "{html}");
        assert!(html.contains(r#"data-extent="3 3""#), "{html}");
        assert!(html.contains(r#"data-extent="1 2""#), "{html}");
    }

    #[test]
    fn the_tree_html_keeps_hostile_names_as_text_and_owns_its_branches() {
        let flow = Flow::from_json(Some(&json!({"module": "branch_variable", "data": {"variable": "x"}, "children": {
            "<img src=x onerror=alert(1)>": {"module": "zz\"><script>", "data": {}, "children": {}},
            "_": {"module": "voicemail", "data": {"id": "v", "skip_module": true}, "children": {}}
        }})));
        let root = flow.root.as_ref().unwrap();
        let html = tree_html(root, &[], &json!({}), None, None);
        assert!(!html.contains("<img") && !html.contains("<script"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{html}");
        assert!(html.contains(r#"aria-owns="cf-step-branches" aria-expanded="true""#), "{html}");
        assert!(html.contains("cf-node cf-node--off"), "{html}");
        assert_eq!(html.matches(r#"role="treeitem""#).count(), 3);
        // Nothing selected: the first step is the one Tab stop.
        assert_eq!(html.matches(r#"tabindex="0""#).count(), 1);
        assert!(html.contains(r#"id="cf-step" class="cf-node" aria-selected="false" tabindex="0""#), "{html}");
        let chosen = tree_html(root, &[], &json!({}), Some(&vec!["_".to_string()]), None);
        assert!(
            chosen.contains(r#"cf-node cf-node--off cf-node--selected" aria-selected="true" tabindex="0""#),
            "{chosen}"
        );
        assert_eq!(chosen.matches(r#"tabindex="0""#).count(), 1);
        // Folded, its branches are not drawn and it says how many are hidden.
        let folded = tree_html(root, &[vec![]], &json!({}), None, None);
        assert_eq!(folded.matches(r#"role="treeitem""#).count(), 1);
        assert!(folded.contains(r#"aria-expanded="false""#));
    }
}
