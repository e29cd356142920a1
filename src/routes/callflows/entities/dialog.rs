//! One entity's form in a dialog — a new one, or one of the list's read afresh — with a
//! field per entry of its `patchbay_monster::callflow::entity::Entity`, written by
//! `entity::write` onto the document as read, so keys the form does not show survive.

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::callflow::entity::{inputs, write, Entity, Input, Problem, Shape};
use patchbay_monster::stamp::{stamp, UiMetadata};
use serde_json::Value;

use super::super::picker::Picker;
use super::super::{account_path, save_doc};
use super::members::{DirectoryMembers, Members};
use crate::api::{use_load, use_save};
use crate::components::dialog::{open_while, Dialog};
use crate::components::error_notice::error_text;
use crate::components::form::unique_id;
use crate::components::loaded::Loaded;
use crate::config::RuntimeConfig;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use patchbay_monster::directory::membership_patches;

/// What the dialog edits.
#[derive(Clone, Debug, PartialEq)]
pub enum EntityTarget {
    New,
    /// The id of one to read and edit.
    Existing(String),
}

#[component]
pub fn EntityDialog(
    entity: &'static Entity,
    target: RwSignal<Option<EntityTarget>>,
    /// Hears the saved document's id and name.
    on_saved: Callback<(String, String)>,
) -> impl IntoView {
    let open = open_while(target);
    let title_id = unique_id("entity-title");
    view! {
        <Dialog open=open labelled_by=title_id.clone() class="entity-dialog">
            {
                let title_id = title_id.clone();
                move || target.get().map(|which| {
                    let title_id = title_id.clone();
                    match which {
                        EntityTarget::New => view! {
                            <EntityForm entity=entity loaded=Value::Object(Default::default()) title_id=title_id done=target on_saved=on_saved />
                        }.into_any(),
                        EntityTarget::Existing(id) => view! { <ReadThenEdit entity=entity id=id title_id=title_id done=target on_saved=on_saved /> }.into_any(),
                    }
                })
            }
        </Dialog>
    }
}

/// Reads the document afresh (a listing holds only names), then shows its form.
#[component]
fn ReadThenEdit(
    entity: &'static Entity,
    id: String,
    title_id: String,
    done: RwSignal<Option<EntityTarget>>,
    on_saved: Callback<(String, String)>,
) -> impl IntoView {
    let path = StoredValue::new(format!("{}/{}/{}", account_path(), entity.collection, seg(&id)));
    let doc = use_load(
        move || t(&format!("action-open-{}", entity.key)),
        move |call| async move { call.get_owned(path.get_value()).await.map(|e| e.data) },
    );
    view! {
        <Loaded load=doc let:doc>
            <EntityForm entity=entity loaded=doc title_id=title_id.clone() done=done on_saved=on_saved />
        </Loaded>
    }
}

#[derive(Clone, Copy)]
enum Control {
    Text(RwSignal<String>),
    Flag(RwSignal<bool>),
}

#[component]
fn EntityForm(
    entity: &'static Entity,
    loaded: Value,
    title_id: String,
    done: RwSignal<Option<EntityTarget>>,
    on_saved: Callback<(String, String)>,
) -> impl IntoView {
    let version = StoredValue::new(use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version));
    let id = loaded.get("id").and_then(Value::as_str).map(str::to_string);
    let is_new = id.is_none();
    let controls: Vec<Control> = inputs(entity, &loaded)
        .into_iter()
        .map(|input| match input {
            Input::Text(s) => Control::Text(RwSignal::new(s)),
            Input::Flag(b) => Control::Flag(RwSignal::new(b)),
        })
        .collect();
    let controls = StoredValue::new(controls);
    // A directory's members are written on its users, after the directory itself.
    let members = (entity.collection == "directories").then(Members::new);
    let error = RwSignal::new(None::<String>);
    let loaded = StoredValue::new(loaded);
    let doc_id = StoredValue::new(id);
    let save = use_save(
        move |doc: &Value| {
            let name = doc.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
            t_with(&format!("action-save-{}", entity.key), &[("name", arg(name))])
        },
        move |call, mut doc: Value| {
            stamp(&mut doc, &UiMetadata::callflows(version.get_value().as_deref()));
            let id = doc_id.get_value();
            let membership = members.map(|m| (m.before.get_value(), m.now.get_untracked()));
            async move {
                let saved = save_doc(&call, entity.collection, id.as_deref(), doc).await?;
                if let Some((before, now)) = membership {
                    let directory = saved.get("id").and_then(Value::as_str).unwrap_or_default();
                    let users = format!("{}/users", account_path());
                    for (user, patch) in membership_patches(directory, &before, &now) {
                        call.patch(&format!("{users}/{}", seg(&user)), patch).await?;
                    }
                }
                Ok(saved)
            }
        },
    );
    watch(move || match save.value().get() {
        Some(Ok(saved)) => {
            let text = |k: &str| saved.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
            done.set(None);
            on_saved.run((text("id"), text("name")));
        }
        Some(Err(e)) => error.set(Some(error_text(&e))),
        None => {}
    });
    let label = move |i: usize| t(&format!("ent-{}", entity.fields[i].key));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form: Vec<Input> = controls.with_value(|c| {
            c.iter()
                .map(|c| match c {
                    Control::Text(s) => Input::Text(s.get_untracked()),
                    Control::Flag(b) => Input::Flag(b.get_untracked()),
                })
                .collect()
        });
        match loaded.with_value(|l| write(entity, &form, l)) {
            Ok(doc) => {
                error.set(None);
                save.dispatch(doc);
            }
            Err(Problem::Required(i)) => error.set(Some(t_with("ent-required", &[("field", arg(label(i)))]))),
            Err(Problem::Whole(i)) => error.set(Some(t_with("ent-whole", &[("field", arg(label(i)))]))),
            Err(Problem::Digits(i)) => error.set(Some(t_with("ent-digits", &[("field", arg(label(i)))]))),
            Err(Problem::Email(i)) => error.set(Some(t_with("ent-emails", &[("field", arg(label(i)))]))),
        }
    };
    let (main, more): (Vec<_>, Vec<_>) =
        controls.get_value().into_iter().enumerate().partition(|(i, _)| !entity.fields[*i].more);
    let main = main.into_iter().map(|(i, control)| field_view(entity, i, control)).collect_view();
    let more = (!more.is_empty()).then(|| {
        let fields = more.into_iter().map(|(i, control)| field_view(entity, i, control)).collect_view();
        view! { <details class="entity-more"><summary>{t("ent-more")}</summary>{fields}</details> }
    });
    let heading =
        if is_new { t(&format!("ent-{}-new-title", entity.key)) } else { t(&format!("ent-{}-edit-title", entity.key)) };
    view! {
        <h2 id=title_id>{heading}</h2>
        <form class="form" novalidate=true on:submit=submit>
            {main}
            {members.map(|m| view! { <DirectoryMembers directory_id=doc_id.get_value() members=m /> })}
            {more}
            <div class="form-error" role="alert">{move || error.get()}</div>
            <div class="form-actions">
                <button type="submit" class="primary" disabled=move || save.pending().get()>
                    {if is_new { t(&format!("ent-{}-create", entity.key)) } else { t("save") }}
                </button>
                <button type="button" on:click=move |_| done.set(None)>{t("cancel")}</button>
            </div>
        </form>
    }
}

fn field_view(entity: &'static Entity, i: usize, control: Control) -> AnyView {
    let field = &entity.fields[i];
    let id = unique_id("entity-field");
    let label = t(&format!("ent-{}", field.key));
    let hint_key = format!("ent-{}-hint", field.key);
    let hint = crate::i18n::t_or(&hint_key, "");
    let hint_id = format!("{id}-hint");
    let described = (!hint.is_empty()).then(|| hint_id.clone());
    let hint_view = (!hint.is_empty()).then(|| view! { <p class="field__hint" id=hint_id.clone()>{hint.clone()}</p> });
    match (field.shape, control) {
        (_, Control::Flag(on)) => view! {
            <div class="field field--check">
                <input id=id.clone() type="checkbox" bind:checked=on aria-describedby=described />
                <label for=id>{label}</label>
                {hint_view}
            </div>
        }
        .into_any(),
        (Shape::Pick(collection), Control::Text(value)) => {
            view! { <Picker id=id label=label value=value collection=collection /> }.into_any()
        }
        (Shape::Choice(values), Control::Text(value)) => view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <select id=id on:change=move |ev| value.set(event_target_value(&ev)) prop:value=move || value.get()>
                    {values.iter().map(|v| view! { <option value=*v>{t(&format!("ent-{}-{}", field.key, v.replace('_', "-")))}</option> }).collect_view()}
                </select>
            </div>
        }
        .into_any(),
        (Shape::NumberSet, Control::Text(value)) => view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                {hint_view}
                <textarea id=id rows="5" spellcheck="false" bind:value=value aria-describedby=described></textarea>
            </div>
        }
        .into_any(),
        (shape, Control::Text(value)) => {
            let numeric = matches!(shape, Shape::Whole | Shape::Seconds | Shape::OneMore);
            view! {
                <div class="field">
                    <label for=id.clone()>{label}</label>
                    {hint_view}
                    <input id=id type=if numeric { "number" } else { "text" } min=numeric.then_some("0")
                        required=field.required autocomplete="off" bind:value=value aria-describedby=described />
                </div>
            }
            .into_any()
        }
    }
}
