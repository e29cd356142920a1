//! Adding a step: the palette (Monster's categories in Monster's order, a search box),
//! then the branch it goes on when its parent branches (a menu key, a time of day, a
//! value) and its settings. "Other module" adds a step of any KAZOO callflow module,
//! edited as JSON.

use std::time::Duration;

use leptos::prelude::*;
use patchbay_monster::callflow::actions::{all, children_of};
use patchbay_monster::callflow::{Action, Category, Children, KeyKind, Node, Path};

use super::moves::MENU_KEYS;
use super::names::action_name;
use super::schema_check::use_schema_check;
use super::state::Editor;
use super::step_form::{StepFields, StepForm};
use super::tree::focus_step;
use crate::components::dialog::{open_while, Dialog};
use crate::components::form::unique_id;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use crate::routes::callflows::picker::TargetNames;
use crate::routes::callflows::time_of_day::{RuleDialog, RuleTarget};
use serde_json::Value;

/// Where a new step goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Adding {
    /// The first step of an empty flow.
    Start,
    /// A new branch of the step at this path.
    Under(Path),
    /// In the place of the step at this path, which goes on below it.
    Above(Path),
}

#[derive(Clone)]
enum Chosen {
    Known(&'static Action),
    Other(String),
}

/// How the branch of a step is chosen under its parent.
#[derive(Clone)]
pub(super) enum BranchChoice {
    /// The only branch there is.
    Fixed(String),
    /// One of these (key, label).
    Pick(Vec<(String, String)>),
    /// A time of day (rule or set) or "All other times"; a new rule can be made here.
    Times(Vec<(String, String)>),
    /// Typed; empty means the default branch.
    Typed,
}

/// The branches a step may take under `parent`: the free ones, and `own` (the branch it
/// is on now, when editing).
pub(super) fn branch_choice(parent: &Node, rules: &[(String, String)], own: Option<&str>) -> BranchChoice {
    let free = |key: &str| own == Some(key) || parent.child(key).is_none();
    match children_of(parent) {
        Children::Keyed(KeyKind::MenuDigits) => BranchChoice::Pick(
            MENU_KEYS
                .iter()
                .filter(|k| free(k))
                .map(|k| {
                    let label = match *k {
                        "_" => t("cf-branch-default-action"),
                        "timeout" => t("cf-branch-timeout"),
                        k => t_with("cf-branch-key", &[("key", arg(k.to_string()))]),
                    };
                    (k.to_string(), label)
                })
                .collect(),
        ),
        Children::Keyed(KeyKind::TemporalRules) => {
            let mut options: Vec<(String, String)> = rules.iter().filter(|(id, _)| free(id)).cloned().collect();
            if free("_") {
                options.push(("_".into(), t("cf-branch-all-other-times")));
            }
            BranchChoice::Times(options)
        }
        Children::Keyed(KeyKind::AnyValue) | Children::Any => BranchChoice::Typed,
        Children::One | Children::None => BranchChoice::Fixed("_".into()),
    }
}

/// Whether an action's name holds what was typed (letters and digits, any case).
fn matches(action: &Action, typed: &str) -> bool {
    use patchbay_crossbar::search::normalize;
    let typed = normalize(typed);
    typed.is_empty() || normalize(&action_name(action)).contains(&typed)
}

#[component]
pub fn AddStepDialog(
    editor: Editor,
    adding: RwSignal<Option<Adding>>,
    /// Time-of-day rules and sets of the account: (id, name).
    rules: RwSignal<Vec<(String, String)>>,
) -> impl IntoView {
    let open = open_while(adding);
    let chosen = RwSignal::new(None::<Chosen>);
    let search = RwSignal::new(String::new());
    let other = RwSignal::new(String::new());
    watch(move || {
        if adding.with(Option::is_none) {
            if chosen.with_untracked(Option::is_some) {
                chosen.set(None);
            }
            if !search.with_untracked(String::is_empty) {
                search.set(String::new());
            }
        }
    });
    let search_id = unique_id("palette-search");
    let other_id = unique_id("palette-other");
    view! {
        <Dialog open=open labelled_by="cf-add-title" class="cf-palette">
            {
                let (search_id, other_id) = (search_id.clone(), other_id.clone());
                move || match chosen.get() {
                    None => {
                        let (search_id, other_id) = (search_id.clone(), other_id.clone());
                        view! {
                            <h2 id="cf-add-title">{t("cf-add-title")}</h2>
                            <div class="field" role="search">
                                <label for=search_id.clone()>{t("cf-search-actions")}</label>
                                <input id=search_id type="search" autocomplete="off" bind:value=search />
                            </div>
                            {move || {
                                let words = search.get();
                                Category::ALL.iter().filter_map(|category| {
                                    let actions: Vec<&'static Action> = all().filter(|a| a.listed && a.category == *category && matches(a, &words)).collect();
                                    (!actions.is_empty()).then(|| view! {
                                        <h3>{t(&format!("cf-category-{}", category.key()))}</h3>
                                        <ul class="cf-palette__list">
                                            {actions.into_iter().map(|a| view! {
                                                <li><button type="button" on:click=move |_| chosen.set(Some(Chosen::Known(a)))>{action_name(a)}</button></li>
                                            }).collect_view()}
                                        </ul>
                                    })
                                }).collect_view()
                            }}
                            <h3>{t("cf-other-module-title")}</h3>
                            <p>{t("cf-other-module-hint")}</p>
                            <div class="field">
                                <label for=other_id.clone()>{t("cf-other-module-name")}</label>
                                <input id=other_id type="text" autocomplete="off" spellcheck="false" bind:value=other />
                            </div>
                            <p>
                                <button type="button" on:click=move |_| {
                                    let module = other.get_untracked().trim().to_string();
                                    if !module.is_empty() {
                                        chosen.set(Some(Chosen::Other(module)));
                                    }
                                }>{t("cf-other-module-use")}</button>
                                " "
                                <button type="button" on:click=move |_| adding.set(None)>{t("cancel")}</button>
                            </p>
                        }
                        .into_any()
                    }
                    Some(choice) => view! { <StepDetails editor=editor adding=adding choice=choice rules=rules on_back=Callback::new(move |_| chosen.set(None)) /> }.into_any(),
                }
            }
        </Dialog>
    }
}

#[component]
fn StepDetails(
    editor: Editor,
    adding: RwSignal<Option<Adding>>,
    choice: Chosen,
    rules: RwSignal<Vec<(String, String)>>,
    on_back: Callback<()>,
) -> impl IntoView {
    let (module, action) = match &choice {
        Chosen::Known(a) => (a.module.to_string(), Some(*a)),
        Chosen::Other(m) => (m.clone(), None),
    };
    let name = action.map_or_else(|| t_with("cf-other-module", &[("module", arg(module.clone()))]), action_name);
    let data = action.map_or_else(|| serde_json::json!({}), Action::default_data);
    let form = StepForm::new(&module, action, &data);
    let place = adding.get_untracked();
    let parent = match &place {
        Some(Adding::Under(p)) => editor.flow.with_untracked(|f| f.node(p).cloned()),
        _ => None,
    };
    let choice_of_branch = parent.as_ref().map(|p| rules.with_untracked(|r| branch_choice(p, r, None)));
    let branch = RwSignal::new(match &choice_of_branch {
        Some(BranchChoice::Pick(options) | BranchChoice::Times(options)) => {
            options.first().map(|(k, _)| k.clone()).unwrap_or_default()
        }
        Some(BranchChoice::Fixed(k)) => k.clone(),
        _ => String::new(),
    });
    let error = RwSignal::new(None::<String>);
    let module_for_add = StoredValue::new(module);
    let finish = move |data: Value| {
        let node = Node::new(&module_for_add.get_value(), data);
        let Some(place) = adding.get_untracked() else { return };
        let key = match branch.get_untracked().trim() {
            "" => "_".to_string(),
            k => k.to_string(),
        };
        let mut placed = None;
        let ok = editor.edit(|f| {
            let path = match &place {
                Adding::Start => f.start_with(node)?,
                Adding::Under(p) => f.add(p, &key, node)?,
                Adding::Above(p) => {
                    f.insert_above(p, node)?;
                    p.clone()
                }
            };
            placed = Some(path.clone());
            Ok(Some(path))
        });
        if ok {
            editor.said.set(Some(t("cf-step-added")));
            adding.set(None);
            if let Some(path) = placed {
                set_timeout(move || focus_step(&path), Duration::from_millis(0));
            }
        } else {
            error.set(editor.said.get_untracked());
        }
    };
    let check = use_schema_check(finish, move |why| error.set(Some(why)));
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match form.value() {
            Err(e) => error.set(Some(e)),
            // Typed as JSON (every "Other module" step): KAZOO's schema has a say first.
            Ok(data) if form.as_json.get_untracked() => check.run(&module_for_add.get_value(), data),
            Ok(data) => finish(data),
        }
    };
    view! {
        <h2 id="cf-add-title">{t_with("cf-add-named", &[("action", arg(name))])}</h2>
        <form class="form" novalidate=true on:submit=add>
            {choice_of_branch.map(|choice| view! { <BranchField choice=choice value=branch rules=rules /> })}
            <StepFields form=form />
            <div class="form-error" role="alert">{move || error.get()}</div>
            <div class="form-actions">
                <button type="submit" class="primary" disabled=move || check.pending().get()>{t("cf-add-step")}</button>
                <button type="button" on:click=move |_| on_back.run(())>{t("cf-back")}</button>
            </div>
        </form>
    }
}

/// The branch a step goes on: a list of the free ones, or a typed value. A time of day
/// can also be made here ("New time of day…", as Monster's branch dialog offers): it
/// joins the account's `rules` and becomes the branch.
#[component]
pub(super) fn BranchField(
    choice: BranchChoice,
    value: RwSignal<String>,
    rules: RwSignal<Vec<(String, String)>>,
) -> impl IntoView {
    let id = unique_id("cf-branch");
    match choice {
        BranchChoice::Pick(options) if options.is_empty() => {
            view! { <p class="form-error" role="alert">{t("cf-no-free-branch")}</p> }.into_any()
        }
        BranchChoice::Pick(options) => view! {
            <div class="field">
                <label for=id.clone()>{t("cf-branch")}</label>
                <select id=id on:change=move |ev| value.set(event_target_value(&ev)) prop:value=move || value.get()>
                    {options.into_iter().map(|(k, label)| view! { <option value=k>{label}</option> }).collect_view()}
                </select>
            </div>
        }
        .into_any(),
        BranchChoice::Times(options) => {
            view! { <TimeBranch id=id options=options value=value rules=rules /> }.into_any()
        }
        BranchChoice::Typed => view! {
            <div class="field">
                <label for=id.clone()>{t("cf-branch-typed")}</label>
                <p class="field__hint">{t("cf-branch-typed-hint")}</p>
                <input id=id type="text" bind:value=value />
            </div>
        }
        .into_any(),
        BranchChoice::Fixed(_) => ().into_any(),
    }
}

#[component]
fn TimeBranch(
    id: String,
    options: Vec<(String, String)>,
    value: RwSignal<String>,
    rules: RwSignal<Vec<(String, String)>>,
) -> impl IntoView {
    let options = RwSignal::new(options);
    let creating = RwSignal::new(None::<RuleTarget>);
    let targets = use_context::<TargetNames>();
    let created = Callback::new(move |(rule, name): (String, String)| {
        if let Some(targets) = targets {
            targets.name(&rule, name.clone());
        }
        rules.update(|r| r.push((rule.clone(), name.clone())));
        options.update(|o| o.insert(0, (rule.clone(), name)));
        value.set(rule);
    });
    view! {
        // Mounted on the page's body: the step's own form must not hold this one.
        <leptos::portal::Portal><RuleDialog target=creating on_saved=created /></leptos::portal::Portal>
        <div class="field">
            <label for=id.clone()>{t("cf-branch-time")}</label>
            <select id=id on:change=move |ev| value.set(event_target_value(&ev)) prop:value=move || value.get()>
                {move || options.get().into_iter().map(|(k, label)| {
                    let selected = value.with_untracked(|v| *v == k);
                    view! { <option value=k selected=selected>{label}</option> }
                }).collect_view()}
            </select>
        </div>
        <p><button type="button" on:click=move |_| creating.set(Some(RuleTarget::New))>{t("cf-new-time-of-day")}</button></p>
    }
}
