//! The API console (admins): Crossbar's endpoints to search, and a request to build and
//! send by hand — path filled from the account, ids picked by name, paging and filters
//! in the query, a body started from the endpoint's KAZOO schema and checked by Crossbar
//! (`PUT /v2/schemas/{name}/validation`) before it is sent. The answer shows as the
//! inspector shows a call, since it is one: the console sends through the app's one
//! client like every screen.

mod catalogue_list;
mod id_picker;
mod request;

use leptos::prelude::*;
use patchbay_crossbar::catalogue::Endpoint;

use crate::components::section_intro::SectionIntro;
use crate::config::RuntimeConfig;
use catalogue_list::CatalogueList;
use request::{RequestDraft, RequestForm};

/// A call handed over from the inspector's "Edit in the API console": method, path
/// (after `/v2/`) and body, taken by the console when it opens.
#[derive(Clone, Copy)]
pub struct ConsoleHandoff(pub RwSignal<Option<(String, String, String)>>);

impl ConsoleHandoff {
    pub fn provide() {
        provide_context(ConsoleHandoff(RwSignal::new(None)));
    }
}

#[component]
pub fn ApiConsolePage() -> impl IntoView {
    let config = expect_context::<RuntimeConfig>();
    let draft = RequestDraft::new();
    if let Some((method, path, body)) =
        use_context::<ConsoleHandoff>().and_then(|h| h.0.try_update(Option::take).flatten())
    {
        draft.set(method, path, body);
    }
    let choose = Callback::new(move |e: Endpoint| draft.start_from(e));
    view! {
        <section class="screen api-console" aria-labelledby="console-title">
            <SectionIntro
                id="console-title"
                title_key="console-title"
                intro_key="console-intro"
                guide=config.docs.patchbay_guide.clone()
                resources=vec!["/v2/schemas"]
            />
            <div class="api-console__panes">
                <CatalogueList on_choose=choose />
                <RequestForm draft=draft />
            </div>
        </section>
    }
}
