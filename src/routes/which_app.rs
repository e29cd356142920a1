//! "Which app should I use?": Smart PBX vs Callflows vs the API, side by side; then each
//! everyday task with where to do it, a link to the screen that does it and its KAZOO
//! docs page (a filter finds one); and the one job that takes several apps — a sub-menu
//! on the main number — as steps, each linking its screen.

use leptos::prelude::*;
use leptos_router::components::A;
use patchbay_crossbar::docs::docs_url;

use crate::components::doc_links::DocLinks;
use crate::components::form::unique_id;
use crate::config::RuntimeConfig;
use crate::i18n::{arg, t, t_with};
use crate::routes::table::{Screen, Spbx};

/// Where a task is done.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    SmartPbx,
    Callflows,
    Accounts,
    Api,
}

impl Place {
    fn key(self) -> &'static str {
        match self {
            Place::SmartPbx => "which-col-smartpbx",
            Place::Callflows => "which-col-callflows",
            Place::Accounts => "which-col-accounts",
            Place::Api => "which-col-api",
        }
    }
}

/// A task: its name, where to do it, the screen, the Crossbar resource its docs cover.
struct Task {
    key: &'static str,
    place: Place,
    screen: fn() -> Screen,
    screen_key: &'static str,
    resource: &'static str,
}

const TASKS: &[Task] = &[
    Task {
        key: "task-initial-setup",
        place: Place::Accounts,
        screen: || Screen::Accounts,
        screen_key: "which-screen-accounts",
        resource: "/v2/accounts/x",
    },
    Task {
        key: "task-users-devices",
        place: Place::SmartPbx,
        screen: || Screen::SmartPbx(Spbx::Users),
        screen_key: "which-screen-users",
        resource: "/v2/accounts/x/users",
    },
    Task {
        key: "task-office-hours",
        place: Place::SmartPbx,
        screen: || Screen::SmartPbx(Spbx::MainNumber),
        screen_key: "which-screen-main-number",
        resource: "/v2/accounts/x/temporal_rules",
    },
    Task {
        key: "task-hold-music",
        place: Place::SmartPbx,
        screen: || Screen::SmartPbx(Spbx::Dashboard),
        screen_key: "which-screen-dashboard",
        resource: "/v2/accounts/x/media",
    },
    Task {
        key: "task-incoming-routing",
        place: Place::SmartPbx,
        screen: || Screen::SmartPbx(Spbx::MainNumber),
        screen_key: "which-screen-main-number",
        resource: "/v2/accounts/x/callflows",
    },
    Task {
        key: "task-default-language",
        place: Place::Callflows,
        screen: || Screen::AccountSettings,
        screen_key: "which-screen-account-settings",
        resource: "/v2/accounts/x",
    },
    Task {
        key: "task-billing",
        place: Place::Accounts,
        screen: || Screen::Accounts,
        screen_key: "which-screen-accounts",
        resource: "/v2/accounts/x/services",
    },
    Task {
        key: "task-ring-groups",
        place: Place::SmartPbx,
        screen: || Screen::SmartPbx(Spbx::Groups),
        screen_key: "which-screen-groups",
        resource: "/v2/accounts/x/groups",
    },
    Task {
        key: "task-sub-menus",
        place: Place::Callflows,
        screen: || Screen::Entities(patchbay_monster::callflow::entity::MENU.key),
        screen_key: "which-screen-menus",
        resource: "/v2/accounts/x/menus",
    },
    Task {
        key: "task-trunking",
        place: Place::Api,
        screen: || Screen::ApiConsole,
        screen_key: "which-screen-console",
        resource: "/v2/accounts/x/connectivity",
    },
    Task {
        key: "task-feature-codes",
        place: Place::Callflows,
        screen: || Screen::CallflowFeatureCodes,
        screen_key: "which-screen-feature-codes",
        resource: "/v2/accounts/x/callflows",
    },
    Task {
        key: "task-automation",
        place: Place::Api,
        screen: || Screen::ApiConsole,
        screen_key: "which-screen-console",
        resource: "/v2/accounts/x/webhooks",
    },
];

/// One step of a recipe: its screen, the screen's name and what to do there.
type Step = (fn() -> Screen, &'static str, &'static str);

/// The sub-menu on the main number, step by step.
const RECIPE: &[Step] = &[
    (|| Screen::SmartPbx(Spbx::Groups), "which-screen-groups", "recipe-step-groups"),
    (|| Screen::NewCallflow, "which-screen-new-callflow", "recipe-step-menu"),
    (|| Screen::NewCallflow, "which-screen-new-callflow", "recipe-step-list"),
    (|| Screen::SmartPbx(Spbx::MainNumber), "which-screen-main-number", "recipe-step-main-number"),
];

const ROWS: &[(&str, [&str; 3])] = &[
    ("which-row-who", ["which-who-smartpbx", "which-who-callflows", "which-who-api"]),
    ("which-row-what", ["which-what-smartpbx", "which-what-callflows", "which-what-api"]),
    ("which-row-how", ["which-how-smartpbx", "which-how-callflows", "which-how-api"]),
    ("which-row-risk", ["which-risk-smartpbx", "which-risk-callflows", "which-risk-api"]),
];

#[component]
pub fn WhichAppPage() -> impl IntoView {
    let config = expect_context::<RuntimeConfig>();
    view! {
        <section class="screen" aria-labelledby="which-title">
            <h1 id="which-title">{t("which-title")}</h1>
            <p>{t("which-intro")}</p>
            <table class="table comparison">
                <caption class="visually-hidden">{t("which-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("which-col-aspect")}</th>
                        <th scope="col">{t("which-col-smartpbx")}</th>
                        <th scope="col">{t("which-col-callflows")}</th>
                        <th scope="col">{t("which-col-api")}</th>
                    </tr>
                </thead>
                <tbody>
                    {ROWS
                        .iter()
                        .map(|(row, cells)| view! {
                            <tr>
                                <th scope="row">{t(row)}</th>
                                {cells.iter().map(|c| view! { <td>{t(c)}</td> }).collect_view()}
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            <p class="advice">{t("which-advice")}</p>
            <TaskMatrix />
            <section aria-labelledby="recipe-title">
                <h2 id="recipe-title">{t("recipe-title")}</h2>
                <p>{t("recipe-intro")}</p>
                <ol class="recipe">
                    {RECIPE.iter().map(|(screen, link_key, step_key)| view! {
                        <li>{t(step_key)} " " <A href=screen().href()>{t(link_key)}</A></li>
                    }).collect_view()}
                </ol>
            </section>
            <DocLinks guide=config.docs.patchbay_guide.clone() resources=vec!["/v2/accounts/x/callflows"] />
        </section>
    }
}

/// Everyday tasks and where to do them, filtered as one types.
#[component]
fn TaskMatrix() -> impl IntoView {
    let config = expect_context::<RuntimeConfig>();
    let query = RwSignal::new(String::new());
    let docs = config.docs.crossbar.clone();
    let id = unique_id("task-filter");
    let shown = move |task: &Task| {
        let q = query.get().to_ascii_lowercase();
        q.split_whitespace()
            .all(|w| format!("{} {}", t(task.key), t(task.place.key())).to_ascii_lowercase().contains(w))
    };
    view! {
        <section aria-labelledby="tasks-title">
            <h2 id="tasks-title">{t("tasks-title")}</h2>
            <label for=id.clone()>{t("tasks-filter")}</label>
            <input id=id type="search" prop:value=query on:input=move |ev| query.set(event_target_value(&ev)) />
            <table class="table comparison">
                <caption class="visually-hidden">{t("tasks-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("tasks-col-task")}</th>
                        <th scope="col">{t("tasks-col-where")}</th>
                        <th scope="col">{t("tasks-col-screen")}</th>
                        <th scope="col" hidden=crate::branding::docs_hidden>{t("tasks-col-docs")}</th>
                    </tr>
                </thead>
                <tbody>
                    {TASKS.iter().map(|task| {
                        let docs_link = docs_url(&docs, task.resource);
                        view! {
                            <tr hidden=move || !shown(task)>
                                <th scope="row">{t(task.key)}</th>
                                <td>{t(task.place.key())}</td>
                                <td><A href=(task.screen)().href()>{t(task.screen_key)}</A></td>
                                <td hidden=crate::branding::docs_hidden>{docs_link.map(|url| view! {
                                    <a href=url target="_blank" rel="noopener noreferrer">{t_with("tasks-docs-link", &[("task", arg(t(task.key)))])}</a>
                                })}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
