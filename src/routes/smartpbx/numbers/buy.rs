//! Smart PBX › Numbers › Buy numbers: find numbers for sale by area code or toll-free
//! prefix, choose some, buy them into the account and put them to use at once — on the
//! main number, the conference or fax line, a user or a ring group — or keep them spare.
//! The requests are Monster's buy-numbers dialog's, then the chosen screen's own
//! (`patchbay_smartpbx::numbers`).

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::names;
use patchbay_monster::phone::readable;
use patchbay_smartpbx::numbers::{assign, buy, is_area_code, search, AssignError, Assignment, Bought, PAGE, TOLL_FREE};
use serde_json::Value;

use crate::api::{fetch_all_pages, use_load, use_save, Crossbar};
use crate::components::confirm::Confirm;
use crate::components::error_notice::error_text;
use crate::components::flash::Flash;
use crate::components::form::{SelectField, TextField};
use crate::components::loaded::Loaded;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;
use crate::routes::table::{Screen, Spbx};

/// One search: the digits after +1, and where in the results to start.
#[derive(Clone)]
struct Query {
    prefix: String,
    offset: usize,
}

/// What the Buy button sends.
#[derive(Clone)]
struct Purchase {
    numbers: Vec<String>,
    to: Assignment,
}

/// A purchase's result: what the carrier sold, and whether putting it to use worked.
#[derive(Clone)]
struct Outcome {
    bought: Bought,
    to: Assignment,
    assigned: Result<(), AssignError>,
}

/// Users and ring groups the numbers can go to, as `(id, name)`.
type Targets = (Vec<(String, String)>, Vec<(String, String)>);

async fn load_targets(call: &crate::api::ActionScope, account: &str) -> Result<Targets, CrossbarError> {
    let base = format!("accounts/{}", seg(account));
    let (users_path, groups_path) = (format!("{base}/users"), format!("{base}/groups"));
    let (users, groups) =
        futures::join!(fetch_all_pages(call, &users_path, ""), fetch_all_pages(call, &groups_path, ""));
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    let users =
        users?.iter().map(|u| (s(u, "id"), names::full_name(&s(u, "first_name"), &s(u, "last_name")))).collect();
    let groups = groups?.iter().map(|g| (s(g, "id"), s(g, "name"))).collect();
    Ok((users, groups))
}

fn assign_error_text(e: &AssignError) -> String {
    match e {
        AssignError::NoMainNumber => t("buy-no-main-number"),
        AssignError::FaxTaken => t("buy-fax-taken"),
        AssignError::NoCallflow => t("buy-no-callflow"),
        AssignError::Crossbar(e) => error_text(e),
    }
}

fn numbers_text(numbers: &[String]) -> String {
    numbers.iter().map(|n| readable(n)).collect::<Vec<_>>().join(", ")
}

#[component]
pub fn BuyNumbersScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let targets = use_load(
        || t("action-open-buy-numbers"),
        move |call| {
            let account = client.account_id();
            async move { load_targets(&call, &account).await }
        },
    );
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t("buy-title")}</h2>
            <p>{t("buy-intro")}</p>
            <Loaded load=targets let:loaded>
                <BuyForm users=loaded.0 groups=loaded.1 />
            </Loaded>
        </section>
    }
}

#[component]
fn BuyForm(users: Vec<(String, String)>, groups: Vec<(String, String)>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let flash = expect_context::<Flash>();
    let navigate = use_navigate();
    let account = StoredValue::new(client.account_id());
    let company = StoredValue::new(client.session.get_untracked().map(|s| s.account_name).unwrap_or_default());
    let meta = StoredValue::new(smartpbx_stamp());

    let toll_free = RwSignal::new(false);
    let area = RwSignal::new(String::new());
    let toll_free_prefix = RwSignal::new(TOLL_FREE[0].to_string());
    let area_error = RwSignal::new(None::<String>);
    let found = RwSignal::new(Vec::<String>::new());
    let searched = RwSignal::new(None::<Query>);
    let has_more = RwSignal::new(false);
    let chosen = RwSignal::new(BTreeSet::<String>::new());
    let use_for = RwSignal::new("spare".to_string());
    let user = RwSignal::new(users.first().map(|u| u.0.clone()).unwrap_or_default());
    let group = RwSignal::new(groups.first().map(|g| g.0.clone()).unwrap_or_default());
    let fax_email = RwSignal::new(String::new());
    let form_error = RwSignal::new(None::<String>);
    let notice = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(None::<Purchase>);

    let find = use_save(
        |q: &Query| t_with("action-find-numbers", &[("prefix", arg(q.prefix.clone()))]),
        move |call, q: Query| async move {
            search(&call, &account.get_value(), &q.prefix, q.offset).await.map(|list| (q, list))
        },
    );
    watch(move || match find.value().get() {
        Some(Ok((q, list))) => {
            has_more.set(list.len() == PAGE);
            if q.offset == 0 {
                chosen.set(BTreeSet::new());
                found.set(list);
            } else {
                found.update(|f| f.extend(list));
            }
            let shown = found.with_untracked(Vec::len);
            notice.set(Some(t_with("buy-found", &[("count", shown.into())])));
            searched.set(Some(q));
        }
        Some(Err(e)) => form_error.set(Some(error_text(&e))),
        None => {}
    });
    let run_search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let prefix = if toll_free.get_untracked() {
            toll_free_prefix.get_untracked()
        } else {
            let typed = area.get_untracked().trim().to_string();
            if !is_area_code(&typed) {
                area_error.set(Some(t("buy-area-code-invalid")));
                return;
            }
            typed
        };
        area_error.set(None);
        form_error.set(None);
        notice.set(None);
        find.dispatch(Query { prefix, offset: 0 });
    };
    let show_more = move |_| {
        if let Some(q) = searched.get_untracked() {
            let offset = found.with_untracked(Vec::len);
            find.dispatch(Query { prefix: q.prefix, offset });
        }
    };

    let purchase = use_save(
        |p: &Purchase| t_with("action-buy-numbers", &[("count", p.numbers.len().into())]),
        move |call, p: Purchase| async move {
            let (account, meta) = (account.get_value(), meta.get_value());
            let bought = buy(&call, &meta, &account, &p.numbers).await?;
            let assigned = if bought.numbers.is_empty() {
                Ok(())
            } else {
                assign(&call, &meta, &account, &bought.numbers, &p.to).await
            };
            Ok::<_, CrossbarError>(Outcome { bought, to: p.to, assigned })
        },
    );
    watch(move || match purchase.value().get() {
        Some(Ok(outcome)) => {
            confirming.set(None);
            let Outcome { bought, to, assigned } = outcome;
            let all_sold = bought.refused.is_empty();
            if all_sold && assigned.is_ok() {
                let key = if to == Assignment::Spare { "done-numbers-bought-spare" } else { "done-numbers-bought" };
                let message = t_with(key, &[("numbers", arg(numbers_text(&bought.numbers)))]);
                flash.go(&navigate, Screen::SmartPbx(Spbx::Numbers), message);
                return;
            }
            // Stay: say what was bought, what was not and why.
            found.update(|f| f.retain(|n| !bought.numbers.contains(n)));
            chosen.update(|c| c.retain(|n| !bought.numbers.contains(n)));
            let mut lines = Vec::new();
            if !bought.numbers.is_empty() {
                lines.push(t_with("buy-bought", &[("numbers", arg(numbers_text(&bought.numbers)))]));
            }
            for (number, reason) in &bought.refused {
                lines
                    .push(t_with("buy-refused", &[("number", arg(readable(number))), ("reason", arg(reason.clone()))]));
            }
            if let Err(e) = &assigned {
                lines.push(t_with("buy-not-assigned", &[("reason", arg(assign_error_text(e)))]));
            }
            form_error.set(Some(lines.join(" ")));
        }
        Some(Err(e)) => {
            confirming.set(None);
            form_error.set(Some(error_text(&e)));
        }
        None => {}
    });

    let ask_to_buy = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        notice.set(None);
        let numbers: Vec<String> = chosen.get_untracked().into_iter().collect();
        if numbers.is_empty() {
            form_error.set(Some(t("buy-choose-some")));
            return;
        }
        let to = match use_for.get_untracked().as_str() {
            "main" => Assignment::MainNumber,
            "conference" => Assignment::Conference,
            "fax" => {
                let email = fax_email.get_untracked().trim().to_string();
                if !email.contains('@') || email.chars().any(char::is_whitespace) {
                    form_error.set(Some(t("numbers-fax-email-required")));
                    return;
                }
                if numbers.len() != 1 {
                    form_error.set(Some(t("buy-fax-one")));
                    return;
                }
                Assignment::Fax { email, company_name: company.get_value() }
            }
            "user" if !user.get_untracked().is_empty() => Assignment::User(user.get_untracked()),
            "group" if !group.get_untracked().is_empty() => Assignment::Group(group.get_untracked()),
            "user" | "group" => {
                form_error.set(Some(t("buy-choose-target")));
                return;
            }
            _ => Assignment::Spare,
        };
        form_error.set(None);
        confirming.set(Some(Purchase { numbers, to }));
    };
    let confirm_buy = move |_| {
        if let Some(p) = confirming.get_untracked() {
            purchase.dispatch(p);
        }
    };

    let busy = Signal::derive(move || find.pending().get() || purchase.pending().get());
    let mut uses = vec![
        ("spare".to_string(), t("buy-use-spare")),
        ("main".to_string(), t("buy-use-main")),
        ("conference".to_string(), t("buy-use-conference")),
        ("fax".to_string(), t("buy-use-fax")),
    ];
    if !users.is_empty() {
        uses.push(("user".to_string(), t("buy-use-user")));
    }
    if !groups.is_empty() {
        uses.push(("group".to_string(), t("buy-use-group")));
    }
    let toll_free_options: Vec<(String, String)> = TOLL_FREE.iter().map(|p| (p.to_string(), p.to_string())).collect();
    // Signals are `Copy`, so the views below can share the lists.
    let toll_free_options = Signal::derive(move || toll_free_options.clone());
    let uses = Signal::derive(move || uses.clone());
    let user_options = Signal::derive(move || users.clone());
    let group_options = Signal::derive(move || groups.clone());
    let count_chosen = move || chosen.with(BTreeSet::len);
    view! {
        <form class="form" novalidate=true on:submit=run_search aria-labelledby="buy-search-title">
            <h3 id="buy-search-title">{t("buy-search-title")}</h3>
            <fieldset class="fieldset">
                <legend>{t("buy-kind")}</legend>
                <div class="field field--check">
                    <input type="radio" id="buy-kind-local" name="buy-kind" checked=move || !toll_free.get() on:change=move |_| toll_free.set(false) />
                    <label for="buy-kind-local">{t("buy-kind-local")}</label>
                </div>
                <div class="field field--check">
                    <input type="radio" id="buy-kind-toll-free" name="buy-kind" checked=move || toll_free.get() on:change=move |_| toll_free.set(true) />
                    <label for="buy-kind-toll-free">{t("buy-kind-toll-free")}</label>
                </div>
            </fieldset>
            <Show
                when=move || toll_free.get()
                fallback=move || view! {
                    <TextField label=t("buy-area-code") value=area maxlength=3 hint=t("buy-area-code-hint") error=Signal::derive(move || area_error.get()) />
                }
            >
                <SelectField label=t("buy-toll-free-prefix") value=toll_free_prefix options=toll_free_options />
            </Show>
            <div class="form-actions">
                <button type="submit" disabled=move || busy.get()>{t("buy-search")}</button>
            </div>
        </form>
        <Show when=move || searched.with(Option::is_some)>
            <form class="form" novalidate=true on:submit=ask_to_buy aria-labelledby="buy-results-title">
                <h3 id="buy-results-title">{t("buy-results-title")}</h3>
                <Show
                    when=move || !found.with(Vec::is_empty)
                    fallback=move || view! { <p>{move || t_with("buy-none", &[("prefix", arg(searched.get().map(|q| q.prefix).unwrap_or_default()))])}</p> }
                >
                    <fieldset class="fieldset">
                        <legend>{t("buy-choose")}</legend>
                        <For each=move || found.get() key=|n| n.clone() let:number>
                            {
                                let id = format!("buy-{}", number.trim_start_matches('+'));
                                let n = number.clone();
                                let toggled = number.clone();
                                view! {
                                    <div class="field field--check">
                                        <input type="checkbox" id=id.clone()
                                            prop:checked=move || chosen.with(|c| c.contains(&n))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                chosen.update(|c| { if on { c.insert(toggled.clone()); } else { c.remove(&toggled); } });
                                            } />
                                        <label for=id>{readable(&number)}</label>
                                    </div>
                                }
                            }
                        </For>
                    </fieldset>
                    <Show when=move || has_more.get()>
                        <button type="button" on:click=show_more disabled=move || busy.get()>{t("buy-more")}</button>
                    </Show>
                    <SelectField label=t("buy-use-for") value=use_for options=uses />
                    <Show when=move || use_for.get() == "user">
                        <SelectField label=t("buy-user") value=user options=user_options />
                    </Show>
                    <Show when=move || use_for.get() == "group">
                        <SelectField label=t("buy-group") value=group options=group_options />
                    </Show>
                    <Show when=move || use_for.get() == "fax">
                        <TextField label=t("numbers-fax-email") value=fax_email input_type="email" required=true hint=t("numbers-fax-email-hint") />
                    </Show>
                    <div class="form-actions">
                        <button type="submit" class="primary" disabled=move || busy.get() || count_chosen() == 0>
                            {move || t_with("buy-submit", &[("count", count_chosen().into())])}
                        </button>
                    </div>
                </Show>
            </form>
        </Show>
        {move || confirming.get().map(|p| {
            let question = t_with("buy-confirm", &[("numbers", arg(numbers_text(&p.numbers))), ("account", arg(company.get_value()))]);
            view! {
                <Confirm labelled_by="buy-confirm-question" on_cancel=Callback::new(move |_| confirming.set(None))>
                    <p id="buy-confirm-question">{question}</p>
                    <button type="button" class="primary" disabled=move || busy.get() on:click=confirm_buy>{t("buy-confirm-yes")}</button>
                    <button type="button" on:click=move |_| confirming.set(None)>{t("cancel")}</button>
                </Confirm>
            }
        })}
        <div class="form-error" role="alert">{move || form_error.get()}</div>
        <p role="status">{move || notice.get()}</p>
    }
}
