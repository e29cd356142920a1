//! The compatibility doctor (admins): a scan of the signed-in account for documents
//! that break what Smart PBX and Callflows expect (`patchbay_monster::doctor`), each
//! finding said in words with its mend as a named action — its calls in the inspector
//! like any screen's — or a link to where a person mends it.

mod finding;
mod scan;

use leptos::prelude::*;
use patchbay_monster::doctor::{diagnose, Inventory, Problem};

use crate::api::{use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::section_intro::SectionIntro;
use crate::config::RuntimeConfig;
use crate::hooks::watch;
use crate::i18n::t;
use crate::i18n::t_with;
use finding::Finding;
use scan::{scan, Progress};

#[component]
pub fn DoctorPage() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let config = expect_context::<RuntimeConfig>();
    let progress = Progress::new();
    let found = RwSignal::new(None::<(Vec<Problem>, bool)>);
    let inventory = StoredValue::new(Inventory::default());
    let error = RwSignal::new(None::<String>);
    let run = use_save(
        move |_: &()| {
            let account =
                client.session.with_untracked(|s| s.map(|s| s.working_account_name().to_string())).unwrap_or_default();
            t_with("action-doctor-scan", &[("account", account.into())])
        },
        move |call, ()| {
            let account = client.account_id();
            async move { scan(&call, &account, progress).await }
        },
    );
    watch(move || match run.value().get() {
        Some(Ok(scanned)) => {
            let problems = diagnose(&scanned.inventory);
            inventory.set_value(scanned.inventory);
            found.set(Some((problems, scanned.stopped)));
        }
        Some(Err(e)) => error.set(Some(error_text(&e))),
        None => {}
    });
    let start = move |_| {
        error.set(None);
        found.set(None);
        progress.stop.set(false);
        progress.read.set((0, 0));
        run.dispatch(());
    };
    let busy = run.pending();
    view! {
        <section class="screen doctor" aria-labelledby="doctor-title">
            <SectionIntro
                id="doctor-title"
                title_key="doctor-title"
                intro_key="doctor-intro"
                guide=config.docs.patchbay_guide.clone()
                resources=vec!["/v2/accounts/x/callflows", "/v2/accounts/x/vmboxes"]
            />
            <div class="form-actions">
                <button type="button" class="primary" on:click=start disabled=move || busy.get()>{t("doctor-scan")}</button>
                <Show when=move || busy.get()>
                    <button type="button" on:click=move |_| progress.stop.set(true)>{t("doctor-stop")}</button>
                </Show>
            </div>
            <p role="status">
                {move || {
                    let (read, all) = progress.read.get();
                    if busy.get() {
                        Some(t_with("doctor-progress", &[("read", read.into()), ("count", all.into())]))
                    } else {
                        found.with(|f| f.as_ref().map(|(p, stopped)| {
                            let line = t_with("doctor-found", &[("count", p.len().into())]);
                            if *stopped { format!("{line} {}", t("doctor-stopped")) } else { line }
                        }))
                    }
                }}
            </p>
            <p role="alert" class="error-notice">{move || error.get()}</p>
            {move || found.get().map(|(problems, _)| view! {
                <ul class="doctor__findings">
                    {problems.into_iter().map(|p| view! { <Finding problem=p inventory=inventory /> }).collect_view()}
                </ul>
            })}
        </section>
    }
}
