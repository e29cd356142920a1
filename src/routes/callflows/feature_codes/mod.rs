//! Callflows › Feature codes (monster-ui-callflows `submodules/featurecodes/featurecodes.js`):
//! every code the Callflows app defines, with its digits and whether it is on. Saving
//! creates what was turned on, deletes what was turned off and re-reads then rewrites
//! what was re-numbered — onto the callflow as read, so parking timeouts and anything
//! else in it survive (Monster's Save replaces the document and loses them). What is
//! written is built by `patchbay_monster::callflow::feature_codes`.

mod parking;

use futures::future::join_all;
use leptos::prelude::*;
use leptos_router::components::A;
use patchbay_crossbar::paging::fetch_all_pages;
use patchbay_crossbar::path::seg;
use patchbay_monster::callflow::feature_codes::{definition_of, shown_digits, Definition, CATEGORIES, DEFINITIONS};
use patchbay_monster::stamp::{stamp, UiMetadata};
use serde_json::Value;

use super::account_path;
use crate::api::{use_load, use_save, ActionScope};
use crate::components::doc_links::DocLinks;
use crate::components::error_notice::error_text;
use crate::components::form::unique_id;
use crate::components::loaded::Loaded;
use crate::config::RuntimeConfig;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::feature_codes::feature_label;
use crate::routes::smartpbx::json::str_field;
use crate::routes::table::Screen;
use parking::ParkingDialog;

/// One definition's row: what is stored (if it is on) and what the form says.
#[derive(Clone, Copy)]
struct Row {
    def: &'static Definition,
    /// The stored callflow's id, when the code is on.
    id: Option<StoredValue<String>>,
    stored_digits: StoredValue<String>,
    digits: RwSignal<String>,
    on: RwSignal<bool>,
}

/// What a save changes.
#[derive(Clone, Debug, Default)]
struct Changes {
    create: Vec<(&'static Definition, String)>,
    delete: Vec<(&'static Definition, String)>,
    renumber: Vec<(&'static Definition, String, String)>,
}

impl Changes {
    fn is_empty(&self) -> bool {
        self.create.is_empty() && self.delete.is_empty() && self.renumber.is_empty()
    }
}

async fn apply(call: &ActionScope, changes: Changes, meta: UiMetadata) -> Result<(), String> {
    let base = format!("{}/callflows", account_path());
    let named = |def: &Definition| feature_label(def.name);
    let creates = changes.create.iter().map(|(def, digits)| {
        let base = base.clone();
        let meta = meta.clone();
        async move {
            let mut doc = def.new_doc(digits).map_err(|_| named(def))?;
            stamp(&mut doc, &meta);
            call.put(&base, doc).await.map(|_| ()).map_err(|e| format!("{}: {}", named(def), error_text(&e)))
        }
    });
    let deletes = changes.delete.iter().map(|(def, id)| {
        let path = format!("{base}/{}", seg(id));
        let meta = meta.clone();
        async move {
            call.delete_stamped(&path, &meta)
                .await
                .map(|_| ())
                .map_err(|e| format!("{}: {}", named(def), error_text(&e)))
        }
    });
    let renumbers = changes.renumber.iter().map(|(def, id, digits)| {
        let path = format!("{base}/{}", seg(id));
        let meta = meta.clone();
        async move {
            let failed = |e: patchbay_crossbar::CrossbarError| format!("{}: {}", named(def), error_text(&e));
            let loaded = call.get(&path).await.map_err(failed)?.data;
            let mut doc = def.with_digits(&loaded, digits).map_err(|_| named(def))?;
            stamp(&mut doc, &meta);
            call.post(&path, doc).await.map(|_| ()).map_err(failed)
        }
    });
    let (a, b, c) = futures::join!(join_all(creates), join_all(deletes), join_all(renumbers));
    let failed: Vec<String> = a.into_iter().chain(b).chain(c).filter_map(Result::err).collect();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(t_with("cfc-not-saved", &[("codes", arg(failed.join("; ")))]))
    }
}

#[component]
pub fn CallflowFeatureCodesScreen() -> impl IntoView {
    let guide = expect_context::<RuntimeConfig>().docs.callflows_guide;
    let version = StoredValue::new(use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version));
    let stored = use_load(
        || t("action-open-feature-codes"),
        |call| async move { fetch_all_pages(&call, &format!("{}/callflows", account_path()), "has_key=featurecode").await },
    );
    let said = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let save = use_save(
        |changes: &Changes| {
            let count = changes.create.len() + changes.delete.len() + changes.renumber.len();
            t_with("action-save-feature-codes", &[("count", count.into())])
        },
        move |call, changes: Changes| {
            let meta = UiMetadata::callflows(version.get_value().as_deref());
            async move { apply(&call, changes, meta).await }
        },
    );
    watch(move || match save.value().get() {
        Some(Ok(())) => {
            error.set(None);
            said.set(Some(t("saved")));
            stored.refetch();
        }
        Some(Err(e)) => {
            error.set(Some(e));
            stored.refetch();
        }
        None => {}
    });
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <p><A href=Screen::Callflows.href()>{t("cf-back-to-list")}</A></p>
            <h2 id="screen-title">{t("cfc-title")}</h2>
            <p>{t("cfc-intro")}</p>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/callflows"] />
            <Loaded load=stored reread=true let:docs>
                <CodesForm docs=docs save=move |c| { said.set(None); save.dispatch(c) } pending=save.pending() said=said error=error />
            </Loaded>
        </section>
    }
}

#[component]
fn CodesForm(
    docs: Vec<Value>,
    save: impl Fn(Changes) + 'static,
    pending: Memo<bool>,
    said: RwSignal<Option<String>>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let rows: Vec<Row> = DEFINITIONS
        .iter()
        .map(|def| {
            let doc = docs.iter().find(|d| definition_of(d).is_some_and(|found| found.name == def.name));
            let digits = doc.map_or_else(|| def.digits.to_string(), shown_digits);
            Row {
                def,
                id: doc.map(|d| StoredValue::new(str_field(d, "id").to_string())),
                stored_digits: StoredValue::new(digits.clone()),
                digits: RwSignal::new(digits),
                on: RwSignal::new(doc.is_some()),
            }
        })
        .collect();
    let rows = StoredValue::new(rows);
    let parking = RwSignal::new(None::<(String, String)>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut changes = Changes::default();
        for row in rows.get_value() {
            let digits = row.digits.get_untracked().trim().to_string();
            match (row.id, row.on.get_untracked()) {
                (None, true) => changes.create.push((row.def, digits)),
                (Some(id), false) => changes.delete.push((row.def, id.get_value())),
                (Some(id), true) if digits != row.stored_digits.get_value() => {
                    changes.renumber.push((row.def, id.get_value(), digits))
                }
                _ => {}
            }
        }
        let bad: Vec<String> = changes
            .create
            .iter()
            .map(|(d, digits)| (d, digits))
            .chain(changes.renumber.iter().map(|(d, _, digits)| (d, digits)))
            .filter(|(d, digits)| d.new_doc(digits).is_err())
            .map(|(d, _)| feature_label(d.name))
            .collect();
        if !bad.is_empty() {
            return error.set(Some(t_with("cfc-bad-digits", &[("codes", arg(bad.join(", ")))])));
        }
        if changes.is_empty() {
            return said.set(Some(t("cfc-nothing-changed")));
        }
        error.set(None);
        save(changes);
    };
    view! {
        <form class="form" novalidate=true on:submit=submit>
            {CATEGORIES.into_iter().map(|category| {
                let in_category: Vec<Row> = rows.get_value().into_iter().filter(|r| r.def.category == category).collect();
                view! {
                    <table class="table cfc-table">
                        <caption>{t(&format!("fc-category-{category}"))}</caption>
                        <thead><tr>
                            <th scope="col">{t("fc-col-feature")}</th>
                            <th scope="col">{t("fc-col-code")}</th>
                            <th scope="col">{t("cfc-col-on")}</th>
                        </tr></thead>
                        <tbody>{in_category.into_iter().map(|row| code_row(row, parking)).collect_view()}</tbody>
                    </table>
                }
            }).collect_view()}
            <div class="form-error" role="alert">{move || error.get()}</div>
            <div class="form-actions">
                <button type="submit" class="primary" disabled=move || pending.get()>{t("save")}</button>
                <span role="status">{move || said.get()}</span>
            </div>
        </form>
        <ParkingDialog target=parking on_saved=Callback::new(move |_| said.set(Some(t("saved")))) />
    }
}

fn code_row(row: Row, parking: RwSignal<Option<(String, String)>>) -> impl IntoView {
    let name = feature_label(row.def.name);
    let (digits_id, on_id) = (unique_id("cfc-digits"), unique_id("cfc-on"));
    let parks = row.def.category == "parking" && row.def.name != "retrieve";
    let label = name.clone();
    view! {
        <tr>
            <th scope="row">{name.clone()}</th>
            <td>
                <label class="visually-hidden" for=digits_id.clone()>{t_with("cfc-digits-for", &[("code", arg(name.clone()))])}</label>
                <span class="cfc-dial">
                    {row.def.star.then_some("*")}
                    <input id=digits_id type="text" inputmode="numeric" size="6" autocomplete="off" bind:value=row.digits />
                </span>
            </td>
            <td>
                <input id=on_id.clone() type="checkbox" bind:checked=row.on />
                <label class="visually-hidden" for=on_id>{t_with("cfc-on-for", &[("code", arg(name.clone()))])}</label>
                {(parks && row.id.is_some()).then(|| {
                    let id = row.id.map(|i| i.get_value()).unwrap_or_default();
                    view! {
                        " "
                        <button type="button" aria-label=t_with("cfc-parking-for", &[("code", arg(label.clone()))])
                            on:click=move |_| parking.set(Some((id.clone(), label.clone())))>{t("cfc-parking")}</button>
                    }
                })}
            </td>
        </tr>
    }
}
