//! Smart PBX › Users: the account's users, fed page by page with `next_start_key`
//! (never `paginate=false`, which Crossbar may refuse with 416 on large accounts).

use leptos::prelude::*;
use leptos::task::spawn_local;
use patchbay_crossbar::gating::PrivLevel;
use patchbay_crossbar::CrossbarError;
use serde::Deserialize;

use crate::api::Crossbar;
use crate::components::doc_links::DocLinks;
use crate::components::error_notice::ErrorNotice;
use crate::i18n::{t, t_with};
use leptos_router::components::A;

const PAGE_SIZE: u32 = 50;

/// A row of `GET /v2/accounts/{A}/users`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct UserRow {
    pub id: String,
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub username: Option<String>,
    /// Smart PBX keeps the main extension here.
    #[serde(default)]
    pub presence_id: Option<String>,
    #[serde(default)]
    pub priv_level: PrivLevel,
}

fn users_path(account_id: &str, start_key: Option<&str>) -> String {
    let mut path = format!("accounts/{account_id}/users?ascending=true&page_size={PAGE_SIZE}");
    if let Some(key) = start_key {
        path.push_str("&start_key=");
        path.push_str(&url::form_urlencoded::byte_serialize(key.as_bytes()).collect::<String>());
    }
    path
}

#[component]
pub fn UsersScreen() -> impl IntoView {
    let navigate = leptos_router::hooks::use_navigate();
    let guide = expect_context::<crate::config::RuntimeConfig>().docs.smartpbx_guide;
    let client = expect_context::<Crossbar>();
    let rows = RwSignal::new(Vec::<UserRow>::new());
    let next_key = RwSignal::new(None::<String>);
    let loading = RwSignal::new(false);
    let loaded_once = RwSignal::new(false);
    let error = RwSignal::new(None::<CrossbarError>);

    let load = move |more: bool| {
        let Some(account_id) = client.session.get_untracked().map(|s| s.account_id) else { return };
        let start = if more { next_key.get_untracked() } else { None };
        loading.set(true);
        error.set(None);
        spawn_local(async move {
            let label = if more { t("action-load-more-users") } else { t("action-open-users") };
            let call = client.action(label);
            match call.get(&users_path(&account_id, start.as_deref())).await {
                Ok(env) => match env.data_as::<Vec<UserRow>>() {
                    Ok(page) => {
                        rows.update(|r| {
                            if !more {
                                r.clear();
                            }
                            r.extend(page);
                        });
                        next_key.set(env.paging.next_start_key.clone());
                        loaded_once.set(true);
                    }
                    Err(e) => error.set(Some(e)),
                },
                Err(e) => error.set(Some(e)),
            }
            loading.set(false);
        });
    };
    load(false);

    let showing = move || {
        let more = if next_key.with(Option::is_some) { t("users-more-available") } else { t("users-all-loaded") };
        t_with("users-showing", &[("shown", rows.with(Vec::len).into()), ("total", crate::i18n::arg(more))])
    };

    view! {
        <section class="screen users" aria-labelledby="users-title">
            <h2 id="users-title">{t("users-title")}</h2>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/users", "/v2/accounts/x/vmboxes", "/v2/accounts/x/callflows"] />
            <p>
                <button type="button" class="primary" on:click=move |_| navigate("/smartpbx/users/new", Default::default())>
                    {t("users-add")}
                </button>
            </p>
            <ErrorNotice error=Signal::derive(move || error.get()) on_retry=Callback::new(move |_| load(rows.with_untracked(|r| !r.is_empty()))) />
            <Show when=move || loading.get() && !loaded_once.get()>
                <p role="status">{t("loading")}</p>
            </Show>
            <Show when=move || loaded_once.get()>
                <table class="table">
                    <caption class="visually-hidden">{t("users-title")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("users-col-name")}</th>
                            <th scope="col">{t("users-col-extension")}</th>
                            <th scope="col">{t("users-col-role")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|u| u.id.clone() let:user>
                            <tr>
                                <th scope="row">
                                    <A href=format!("/smartpbx/users/{}", user.id)>{format!("{} {}", user.first_name, user.last_name)}</A>
                                </th>
                                <td>{user.presence_id.clone().unwrap_or_else(|| t("no-extension"))}</td>
                                <td>{if user.priv_level == PrivLevel::Admin { t("role-admin") } else { t("role-user") }}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
                <Show when=move || rows.with(Vec::is_empty)>
                    <p>{t("users-empty")}</p>
                </Show>
                <p class="list-count" role="status">{showing}</p>
                <Show when=move || next_key.with(Option::is_some)>
                    <button type="button" on:click=move |_| load(true) disabled=move || loading.get()>{t("users-load-more")}</button>
                </Show>
            </Show>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_keys_are_sent_back_url_encoded() {
        assert_eq!(users_path("a", None), "accounts/a/users?ascending=true&page_size=50");
        assert_eq!(
            users_path("a", Some("g2+/=")),
            "accounts/a/users?ascending=true&page_size=50&start_key=g2%2B%2F%3D"
        );
    }

    #[test]
    fn listing_rows_tolerate_missing_fields() {
        let row: UserRow = serde_json::from_str(r#"{"id":"u1","first_name":"Ada"}"#).unwrap();
        assert_eq!(row.priv_level, PrivLevel::User);
        assert_eq!(row.presence_id, None);
    }
}
