//! "Which app should I use?": Smart PBX vs Callflows vs the API, side by side.

use leptos::prelude::*;

use crate::components::doc_links::DocLinks;
use crate::config::RuntimeConfig;
use crate::i18n::t;

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
            <DocLinks guide=config.docs.patchbay_guide.clone() resources=vec!["/v2/accounts/x/callflows"] />
        </section>
    }
}
