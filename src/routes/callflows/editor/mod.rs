//! One callflow in the editor: the root (name, numbers, flags), the flow as a diagram
//! and tree, a toolbar for the selected step, dialogs to add and edit steps, Undo and
//! Redo of every change, Save (a `PUT` for a new callflow, else a `POST` of the document
//! as loaded with the flow replaced — monster-ui-callflows `app.js` `save`) and Delete.
//! A callflow another app made opens read-only until the person chooses to edit it.

mod members;
mod moves;
mod names;
mod palette;
mod root;
mod rule_choice;
mod schema_check;
mod state;
mod step_form;
mod tree;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use patchbay_crossbar::paging::fetch_all_pages;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::callflow::list::{owner, warns_before_edit, Owner};
use patchbay_monster::callflow::save::{check_numbers, save_body, Root, RootProblem};
use patchbay_monster::callflow::{action_for, Flow, Path};
use serde_json::Value;

use self::moves::move_under;
use self::names::step_name;
use self::palette::{branch_choice, AddStepDialog, Adding, BranchChoice, BranchField};
use self::root::{RootFields, RootPanel};
use self::state::Editor;
use self::step_form::{StepFields, StepForm};
use self::tree::{focus_step, FlowTree};
use super::{account_path, number_text};
use crate::api::{use_load, use_save, ActionScope, Crossbar};
use crate::components::confirm::Confirm;
use crate::components::dialog::{open_while, Dialog};
use crate::components::doc_links::DocLinks;
use crate::components::error_notice::error_text;
use crate::components::flash::Flash;
use crate::components::leave_guard::use_unsaved_form;
use crate::components::loaded::Loaded;
use crate::config::RuntimeConfig;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::str_field;
use crate::routes::table::{Screen, Spbx};

/// What the editor needs besides the callflow, read once the callflow is drawn (the
/// diagram does not wait for it): which numbers other callflows have (caught before
/// sending), the spare numbers to offer, the time-of-day rules and sets a time-of-day step
/// branches on.
#[derive(Clone, Default)]
struct Around {
    taken: Vec<(String, String)>,
    spare: Vec<String>,
    rules: Vec<(String, String)>,
}

async fn read_around(call: &ActionScope) -> Result<Around, CrossbarError> {
    let base = account_path();
    let account = expect_context::<Crossbar>().account_id();
    let (callflows, rules, sets) =
        (format!("{base}/callflows"), format!("{base}/temporal_rules"), format!("{base}/temporal_rules_sets"));
    let (all, numbers, rules, sets) = futures::join!(
        fetch_all_pages(call, &callflows, ""),
        crate::routes::smartpbx::numbers::load_all(call, &account),
        fetch_all_pages(call, &rules, ""),
        fetch_all_pages(call, &sets, ""),
    );
    let taken = all?
        .iter()
        .flat_map(|cf| {
            let id = str_field(cf, "id").to_string();
            patchbay_crossbar::json::strings(cf.get("numbers")).into_iter().map(move |n| (n, id.clone()))
        })
        .collect();
    let spare = numbers?
        .into_iter()
        .filter(|(_, n)| n.get("used_by").and_then(Value::as_str).unwrap_or_default().is_empty())
        .map(|(number, _)| number)
        .collect();
    let named = |rows: Vec<Value>| -> Vec<(String, String)> {
        rows.iter().map(|r| (str_field(r, "id").to_string(), str_field(r, "name").to_string())).collect()
    };
    let mut rules = named(rules?);
    rules.extend(named(sets?));
    Ok(Around { taken, spare, rules })
}

/// The editor's `Around`, as signals the editor reads. Read beside the callflow, not
/// under the `Loaded` that waits for it: a read started inside would hold the diagram back
/// until every callflow, number and rule of the account was in.
#[derive(Clone, Copy)]
struct AroundSignals {
    taken: RwSignal<Vec<(String, String)>>,
    spare: RwSignal<Vec<String>>,
    rules: RwSignal<Vec<(String, String)>>,
}

fn use_around() -> AroundSignals {
    let around = use_load(|| t("action-read-callflow-context"), move |call| async move { read_around(&call).await });
    let signals =
        AroundSignals { taken: RwSignal::new(vec![]), spare: RwSignal::new(vec![]), rules: RwSignal::new(vec![]) };
    watch(move || {
        if let Some(Ok(a)) = around.get() {
            signals.taken.set(a.taken);
            signals.spare.set(a.spare);
            signals.rules.set(a.rules);
        }
    });
    signals
}

#[component]
pub fn EditCallflowScreen() -> impl IntoView {
    let params = use_params_map();
    // The callflow first: the screen waits for it alone, and the server and the browser's
    // connections take requests in the order they are asked for.
    let opened = use_load(
        || t("action-open-callflow"),
        move |call| {
            let id = params.with(|p| p.get("id").unwrap_or_default());
            let path = format!("{}/callflows/{}", account_path(), seg(&id));
            async move { call.get(&path).await.map(|e| Some(e.data)) }
        },
    );
    let around = use_around();
    view! {
        <Loaded load=opened let:doc>
            <CallflowEditor doc=doc around=around />
        </Loaded>
    }
}

#[component]
pub fn NewCallflowScreen() -> impl IntoView {
    let around = use_around();
    view! { <CallflowEditor doc=None around=around /> }
}

/// The Smart PBX screen that manages a callflow another app made.
fn owning_screen(doc: &Value) -> Screen {
    let owner_id = str_field(doc, "owner_id");
    let group_id = str_field(doc, "group_id");
    Screen::SmartPbx(match str_field(doc, "type") {
        "main" => Spbx::MainNumber,
        _ if !owner_id.is_empty() => Spbx::User(owner_id.to_string()),
        _ if !group_id.is_empty() => Spbx::Group(group_id.to_string()),
        _ => Spbx::Dashboard,
    })
}

fn root_problem_text(p: &RootProblem) -> String {
    match p {
        RootProblem::NoNumber => t("cf-error-no-number"),
        RootProblem::Duplicate(n) => t_with("cf-error-number-twice", &[("number", arg(number_text(n)))]),
        RootProblem::Taken { number, .. } => t_with("cf-error-number-taken", &[("number", arg(number_text(number)))]),
    }
}

#[component]
fn CallflowEditor(doc: Option<Value>, around: AroundSignals) -> impl IntoView {
    let guide = expect_context::<RuntimeConfig>().docs.callflows_guide;
    let version = StoredValue::new(expect_context::<RuntimeConfig>().ui_metadata_version);
    let flash = expect_context::<Flash>();
    let navigate = use_navigate();
    let AroundSignals { taken, spare, rules } = around;
    let id = StoredValue::new(doc.as_ref().map(|d| str_field(d, "id").to_string()));
    let loaded = StoredValue::new(doc.clone());
    let made_elsewhere = doc.as_ref().is_some_and(warns_before_edit);
    let made_by = doc.as_ref().and_then(owner);
    let owning = doc.as_ref().map(owning_screen);
    let flow = Flow::from_json(doc.as_ref().and_then(|d| d.get("flow")));
    let metadata = doc.as_ref().and_then(|d| d.get("metadata")).cloned().unwrap_or(Value::Null);
    let editor = Editor::new(flow, metadata, made_elsewhere);
    provide_context(crate::routes::callflows::picker::TargetNames(editor.metadata));
    let fields = RootFields::new(&doc.as_ref().map(Root::of).unwrap_or_default());
    let title = doc.as_ref().map(|d| str_field(d, "name").to_string()).filter(|n| !n.is_empty());
    let title = title.unwrap_or_else(|| if doc.is_some() { t("cf-unnamed") } else { t("cf-new-title") });

    // Asked about before leaving with changes not saved.
    let unsaved = use_unsaved_form(move || (editor.flow.with_untracked(Flow::to_json), fields.root()));

    let adding = RwSignal::new(None::<Adding>);
    let editing = RwSignal::new(None::<Path>);
    let status = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let confirming_delete = RwSignal::new(false);
    watch(move || {
        if let Some(said) = editor.said.get() {
            status.set(Some(said));
        }
    });

    let selected_node = move || editor.selected.get().and_then(|p| editor.flow.with(|f| f.node(&p).cloned()));
    let remove = Callback::new(move |path: Path| {
        if editor.edit(|f| {
            f.remove(&path)?;
            Ok(path.split_last().map(|(_, parent)| parent.to_vec()))
        }) {
            editor.said.set(Some(t("cf-step-removed")));
            if let Some(p) = editor.selected.get_untracked() {
                set_timeout(move || focus_step(&p), std::time::Duration::from_millis(0));
            }
        }
    });
    let edit_step = Callback::new(move |path: Path| editing.set(Some(path)));

    // Save: the numbers checked first, then one request.
    let write = use_save(
        |(_, name, _): &(Option<String>, String, Value)| t_with("action-save-callflow", &[("name", arg(name.clone()))]),
        move |call, (id, _name, body): (Option<String>, String, Value)| async move {
            let base = account_path();
            match id {
                Some(id) => call.post(&format!("{base}/callflows/{}", seg(&id)), body).await,
                None => call.put(&format!("{base}/callflows"), body).await,
            }
            .map(|e| e.data)
        },
    );
    {
        let navigate = navigate.clone();
        watch(move || match write.value().get() {
            Some(Ok(saved)) => {
                unsaved.saved();
                editor.saved();
                error.set(None);
                let was_new = id.get_value().is_none();
                let new_id = str_field(&saved, "id").to_string();
                loaded.set_value(Some(saved));
                id.set_value(Some(new_id.clone()));
                if was_new {
                    flash.go(&navigate, Screen::Callflow(new_id), t("cf-saved"));
                } else {
                    status.set(Some(t("cf-saved")));
                }
            }
            Some(Err(e)) => error.set(Some(error_text(&e))),
            None => {}
        });
    }
    let save = move |_| {
        status.set(None);
        let root = fields.root();
        if let Err(problem) = taken.with_untracked(|taken| check_numbers(&root, taken, id.get_value().as_deref())) {
            error.set(Some(root_problem_text(&problem)));
            return;
        }
        error.set(None);
        let body = loaded.with_value(|l| {
            save_body(l.as_ref(), &root, editor.flow.with_untracked(Flow::to_json), version.get_value().as_deref())
        });
        let name = if root.name.trim().is_empty() { root.numbers.join(", ") } else { root.name.trim().to_string() };
        write.dispatch((id.get_value(), name, body));
    };

    let erase = use_save(
        |name: &String| t_with("action-delete-callflow", &[("name", arg(name.clone()))]),
        move |call, _name: String| {
            let meta = patchbay_monster::UiMetadata::callflows(version.get_value().as_deref());
            async move {
                let Some(id) = id.get_value() else { return Ok(Value::Null) };
                call.delete_stamped(&format!("{}/callflows/{}", account_path(), seg(&id)), &meta).await.map(|e| e.data)
            }
        },
    );
    {
        let navigate = navigate.clone();
        watch(move || match erase.value().get() {
            Some(Ok(_)) => {
                unsaved.saved();
                let name = fields.name.get_untracked();
                let name = if name.trim().is_empty() { t("cf-unnamed") } else { name };
                flash.go(&navigate, Screen::Callflows, t_with("cf-deleted", &[("name", arg(name))]));
            }
            Some(Err(e)) => {
                confirming_delete.set(false);
                error.set(Some(error_text(&e)));
            }
            None => {}
        });
    }
    let freed = move || {
        let numbers: Vec<String> = fields.numbers.get().iter().map(|n| number_text(n)).collect();
        if numbers.is_empty() {
            t("cf-delete-question-no-numbers")
        } else {
            t_with("cf-delete-question", &[("numbers", arg(numbers.join(", ")))])
        }
    };

    let read_only = editor.read_only;
    let nothing_selected = move || editor.selected.with(Option::is_none) || read_only.get();
    view! {
        <section class="screen cf-editor" aria-labelledby="screen-title">
            <h2 id="screen-title">{title}</h2>
            <p><A href=Screen::Callflows.href()>{t("cf-back-to-list")}</A></p>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/callflows"] />
            {made_elsewhere.then(|| {
                let who = match made_by {
                    Some(Owner::SmartPbx) | None => t("cf-made-elsewhere-smartpbx"),
                    Some(_) => t("cf-made-elsewhere-other"),
                };
                view! {
                    <div class="notice" role="note">
                        <p>{who}</p>
                        <p>{t("cf-made-elsewhere-what-happens")}</p>
                        <Show when=move || read_only.get()>
                            <p>
                                {owning.clone().map(|s| view! { <A href=s.href()>{t("cf-open-in-smartpbx")}</A> " " })}
                                <button type="button" on:click=move |_| read_only.set(false)>{t("cf-edit-anyway")}</button>
                            </p>
                        </Show>
                    </div>
                }
            })}
            <RootPanel fields=fields spare=spare read_only=read_only />
            <div class="cf-toolbar" role="group" aria-label=t("cf-toolbar")>
                {move || editor.flow.with(|f| f.root.is_none()).then(|| view! {
                    <button type="button" class="primary" disabled=move || read_only.get() on:click=move |_| adding.set(Some(Adding::Start))>{t("cf-add-action")}</button>
                })}
                {move || editor.flow.with(|f| f.root.is_some()).then(|| view! {
                    <button type="button" disabled=nothing_selected on:click=move |_| adding.set(editor.selected.get_untracked().map(Adding::Under))>{t("cf-add-action")}</button>
                    <button type="button" disabled=nothing_selected on:click=move |_| adding.set(editor.selected.get_untracked().map(Adding::Above))>{t("cf-insert-above")}</button>
                    <button type="button" disabled=nothing_selected on:click=move |_| if let Some(p) = editor.selected.get_untracked() { editing.set(Some(p)) }>{t("cf-edit-step")}</button>
                    {move || match editor.moving.get() {
                        None => view! { <button type="button" disabled=nothing_selected on:click=move |_| { editor.moving.set(editor.selected.get_untracked()); status.set(Some(t("cf-moving-hint"))); }>{t("cf-move")}</button> }.into_any(),
                        Some(from) => view! {
                            <button type="button" on:click=move |_| {
                                editor.moving.set(None);
                                if let Some(to) = editor.selected.get_untracked() { move_under(editor, from.clone(), to) }
                            }>{t("cf-move-here")}</button>
                            <button type="button" on:click=move |_| editor.moving.set(None)>{t("cf-move-cancel")}</button>
                        }.into_any(),
                    }}
                    <button type="button" disabled=nothing_selected on:click=move |_| {
                        let Some(p) = editor.selected.get_untracked() else { return };
                        let off = editor.flow.with_untracked(|f| f.node(&p).is_some_and(|n| n.disabled()));
                        if editor.edit(|f| f.set_disabled(&p, !off).map(|_| None)) {
                            editor.said.set(Some(t(if off { "cf-step-on" } else { "cf-step-turned-off" })));
                        }
                    }>{move || if selected_node().is_some_and(|n| n.disabled()) { t("cf-turn-on") } else { t("cf-turn-off") }}</button>
                    <button type="button" disabled=nothing_selected on:click=move |_| if let Some(p) = editor.selected.get_untracked() { remove.run(p) }>{t("cf-remove-step")}</button>
                    <button type="button" disabled=move || selected_node().is_none_or(|n| n.children.is_empty()) on:click=move |_| {
                        let Some(p) = editor.selected.get_untracked() else { return };
                        let folded = editor.folded.with_untracked(|f| f.contains(&p));
                        editor.fold(p, !folded);
                    }>{move || if editor.selected.get().is_some_and(|p| editor.folded.with(|f| f.contains(&p))) { t("cf-unfold") } else { t("cf-fold") }}</button>
                })}
                <button type="button" disabled=move || !editor.can_undo() on:click=move |_| editor.undo()>{t("cf-undo")}</button>
                <button type="button" disabled=move || !editor.can_redo() on:click=move |_| editor.redo()>{t("cf-redo")}</button>
            </div>
            <p class="notice-line" role="status">{move || status.get()}</p>
            <FlowTree editor=editor on_edit=edit_step on_remove=remove />
            <div class="form-error" role="alert">{move || error.get()}</div>
            <div class="form-actions">
                <button type="button" class="primary" disabled=move || read_only.get() || write.pending().get() on:click=save>{t("cf-save")}</button>
                {id.get_value().is_some().then(|| view! {
                    <button type="button" class="danger" disabled=move || read_only.get() on:click=move |_| confirming_delete.set(true)>{t("cf-delete")}</button>
                })}
            </div>
            <Show when=move || confirming_delete.get()>
                <Confirm labelled_by="cf-delete-question" on_cancel=Callback::new(move |_| confirming_delete.set(false))>
                    <p id="cf-delete-question">{freed}</p>
                    <button type="button" class="danger" disabled=move || erase.pending().get() on:click=move |_| erase.dispatch(fields.name.get_untracked())>{t("cf-delete-yes")}</button>
                    <button type="button" on:click=move |_| confirming_delete.set(false)>{t("cancel")}</button>
                </Confirm>
            </Show>
            <AddStepDialog editor=editor adding=adding rules=rules />
            <EditStepDialog editor=editor editing=editing rules=rules />
        </section>
    }
}

/// A step's settings in a dialog: the branch it is on (when its parent branches), what it
/// does, a link to KAZOO's page for its module, and for a step going to another callflow,
/// that callflow.
#[component]
fn EditStepDialog(
    editor: Editor,
    editing: RwSignal<Option<Path>>,
    rules: RwSignal<Vec<(String, String)>>,
) -> impl IntoView {
    let open = open_while(editing);
    view! {
        <Dialog open=open labelled_by="cf-edit-title">
            {move || editing.get().and_then(|path| {
                let (node, parent) = editor.flow.with_untracked(|f| {
                    let parent = path.split_last().and_then(|(_, p)| f.node(p).cloned());
                    f.node(&path).cloned().map(|n| (n, parent))
                })?;
                let form = StepForm::new(&node.module, action_for(&node), &node.data);
                let own_key = path.last().cloned();
                let choice = parent.as_ref().map(|p| rules.with_untracked(|r| branch_choice(p, r, own_key.as_deref())));
                let choice = choice.filter(|c| !matches!(c, BranchChoice::Fixed(_)));
                let branch = RwSignal::new(own_key.clone().unwrap_or_default());
                let error = RwSignal::new(None::<String>);
                let name = step_name(&node);
                let docs = format!("{KAZOO_CALLFLOW_DOCS}{}.md", node.module);
                let target = (node.module == "callflow")
                    .then(|| node.data.get("id").and_then(Value::as_str).filter(|id| *id != "null").map(str::to_string))
                    .flatten();
                let (at, own) = (StoredValue::new(path.clone()), StoredValue::new(own_key.clone()));
                let finish = move |data: Value| {
                    let key = match branch.get_untracked().trim() {
                        "" => "_".to_string(),
                        k => k.to_string(),
                    };
                    let rekey = own.with_value(|own| own.as_ref().is_some_and(|own| *own != key));
                    let at = at.get_value();
                    if editor.edit(move |f| {
                        let at = if rekey { f.rekey(&at, &key)? } else { at };
                        f.set_data(&at, data)?;
                        Ok(Some(at))
                    }) {
                        editor.said.set(Some(t("cf-step-changed")));
                        editing.set(None);
                    } else {
                        error.set(editor.said.get_untracked());
                    }
                };
                let check = schema_check::use_schema_check(finish, move |why| error.set(Some(why)));
                let module = StoredValue::new(node.module.clone());
                let apply = move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    match form.value() {
                        Err(e) => error.set(Some(e)),
                        // Typed as JSON: KAZOO's schema has a say first.
                        Ok(data) if form.as_json.get_untracked() => check.run(&module.get_value(), data),
                        Ok(data) => finish(data),
                    }
                };
                Some(view! {
                    <h2 id="cf-edit-title">{t_with("cf-edit-named", &[("action", arg(name))])}</h2>
                    <p>
                        <a href=docs target="_blank" rel="noopener noreferrer" hidden=crate::branding::docs_hidden>{t_with("cf-module-docs", &[("module", arg(node.module.clone()))])}</a>
                        {target.map(|id| view! { " · " <A href=Screen::Callflow(id).href()>{t("cf-open-target")}</A> })}
                    </p>
                    <form class="form" novalidate=true on:submit=apply>
                        {choice.map(|choice| view! { <BranchField choice=choice value=branch rules=rules /> })}
                        <StepFields form=form />
                        <div class="form-error" role="alert">{move || error.get()}</div>
                        <div class="form-actions">
                            <button type="submit" class="primary" disabled=move || editor.read_only.get() || check.pending().get()>{t("cf-apply")}</button>
                            <button type="button" on:click=move |_| editing.set(None)>{t("cancel")}</button>
                        </div>
                    </form>
                })
            })}
        </Dialog>
    }
}

/// KAZOO's page for each callflow module (`applications/callflow/doc/<module>.md`).
const KAZOO_CALLFLOW_DOCS: &str = "https://github.com/2600hz/kazoo/blob/master/applications/callflow/doc/";
