//! The main, conference and fax numbers (monster-ui-voip `submodules/strategy/strategy.js` `strategyNumbersBindEvents`,
//! `strategyConfNumBindEvents`, `strategyFaxingNumBindEvents`): spare numbers of the
//! account's inventory are added to MainCallflow, MainConference or MainFaxing (with
//! its main faxbox); removing one asks first and says what else goes.

use super::conference_greeting::ConferenceGreeting;
use super::fax_email::FaxEmail;
use crate::routes::table::{Screen, Spbx};
use leptos::prelude::*;
use leptos_router::components::A;

use leptos::context::Provider;

use super::{say_here, Saved, Stale};
use crate::components::leave_guard::use_unsaved_form;
use patchbay_monster::phone::readable;

use crate::components::confirm::Confirm;
use patchbay_monster::main_number::{main_numbers, real_numbers};
use serde_json::Value;

use super::data::Office;
use super::use_section_save;
use super::write::{
    add_conference_number, add_fax_number, add_main_number, remove_conference_number, remove_fax_number,
    remove_main_number, MainRemoval,
};
use crate::api::Crossbar;
use crate::branding::Branding;
use crate::components::form::bound;
use crate::components::form::SaveState;
use crate::components::form::TextField;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::strings;
use crate::routes::smartpbx::smartpbx_stamp;

/// Which callflow a list of numbers belongs to; its i18n keys start with its prefix.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Main,
    Conference,
    Fax,
}

impl Kind {
    fn prefix(self) -> &'static str {
        match self {
            Kind::Main => "numbers-main",
            Kind::Conference => "numbers-conference",
            Kind::Fax => "numbers-fax",
        }
    }

    fn key(self, what: &str) -> String {
        format!("{}-{what}", self.prefix())
    }

    fn callflow(self, o: &Office) -> Value {
        match self {
            Kind::Main => o.main.clone(),
            Kind::Conference => o.conference.clone(),
            Kind::Fax => o.faxing.clone(),
        }
    }
}

/// The three number lists. Each is drawn again only when its own callflow or the spare
/// numbers change, so a save elsewhere on the screen (a holiday rewrites the main
/// callflow) leaves what is being typed into the others.
#[component]
pub fn NumbersEditor(office: Memo<Office>, saved: Saved) -> impl IntoView {
    let list = move |kind: Kind| {
        let share = Memo::new(move |_| office.with(|o| (kind.callflow(o), o.spare_numbers.clone())));
        let (state, on_saved) = say_here(saved, Stale::Office);
        view! {
            <Provider value=state>
                {move || {
                    let (callflow, spare) = share.get();
                    view! { <NumberList kind=kind callflow=callflow spare=spare on_saved=on_saved /> }
                }}
            </Provider>
            <p class="notice-line" role="status">{move || state.status.get()}</p>
        }
    };
    let greeting = {
        let conference = Memo::new(move |_| office.with(|o| o.conference.clone()));
        let (state, on_saved) = say_here(saved, Stale::Office);
        view! {
            <Provider value=state>
                {move || view! { <ConferenceGreeting callflow=conference.get() on_saved=on_saved /> }}
            </Provider>
            <p class="notice-line" role="status">{move || state.status.get()}</p>
        }
    };
    view! {
        {list(Kind::Main)}
        {list(Kind::Conference)}
        {greeting}
        {list(Kind::Fax)}
    }
}

#[component]
fn NumberList(kind: Kind, callflow: Value, spare: Vec<String>, on_saved: Callback<String>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let notice = expect_context::<SaveState>().status;
    let company = StoredValue::new(use_context::<Branding>().map(|b| b.name.get_untracked()).unwrap_or_default());
    let meta = StoredValue::new(smartpbx_stamp());
    let all = strings(&callflow["numbers"]);
    let numbers = if kind == Kind::Main { main_numbers(&all) } else { real_numbers(&all) };
    let has_faxbox = callflow.pointer("/flow/data/id").and_then(Value::as_str).is_some();
    let callflow = StoredValue::new(callflow);
    let chosen = RwSignal::new(spare.first().cloned().unwrap_or_default());
    let email = RwSignal::new(String::new());
    let removing = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    // Asked about before leaving with another number chosen or a fax email typed in.
    let unsaved = use_unsaved_form(move || (chosen.get_untracked(), email.get_untracked()));

    let write = use_section_save(
        move |(adding, number, _): &(bool, String, String)| {
            let what = if *adding { "action-add" } else { "action-remove" };
            t_with(&kind.key(what), &[("number", arg(readable(number)))])
        },
        move |call, (adding, number, mail): (bool, String, String)| {
            let (meta, cf, company, account) =
                (meta.get_value(), callflow.get_value(), company.get_value(), client.account_id());
            async move {
                match (kind, adding) {
                    (Kind::Main, true) => add_main_number(&call, &meta, &account, &cf, &number).await,
                    (Kind::Main, false) => match remove_main_number(&call, &meta, &account, &cf, &number).await? {
                        MainRemoval::Removed => Ok(()),
                        // Emergency calls need a number with an address: said, nothing removed.
                        MainRemoval::LastE911 => {
                            removing.set(None);
                            error.set(Some(t("numbers-main-last-e911")));
                            return Ok(String::new());
                        }
                    },
                    (Kind::Conference, true) => add_conference_number(&call, &meta, &account, &cf, &number).await,
                    (Kind::Conference, false) => remove_conference_number(&call, &meta, &account, &cf, &number).await,
                    (Kind::Fax, true) => add_fax_number(&call, &meta, &account, &cf, &number, &mail, &company).await,
                    (Kind::Fax, false) => remove_fax_number(&call, &meta, &account, &cf, &number).await,
                }?;
                removing.set(None);
                unsaved.saved();
                let done = if adding { "added" } else { "removed" };
                Ok(t_with(&kind.key(done), &[("number", arg(readable(&number)))]))
            }
        },
        error,
        on_saved,
    );
    let busy = write.pending();
    let run = move |adding: bool, number: String| {
        let mail = email.get_untracked().trim().to_string();
        if adding && kind == Kind::Fax && !mail.contains('@') {
            error.set(Some(t("numbers-fax-email-required")));
            return;
        }
        error.set(None);
        notice.set(None);
        write.dispatch((adding, number, mail));
    };
    let title_id = kind.key("title");
    let title_id_ref = title_id.clone();
    let can_add = !spare.is_empty() && (kind != Kind::Fax || numbers.is_empty());
    let wants_one = spare.is_empty() && (kind != Kind::Fax || numbers.is_empty());
    let numbers_empty = numbers.is_empty();
    let faxbox = callflow.with_value(|cf| cf.pointer("/flow/data/id").and_then(Value::as_str).map(str::to_string));
    view! {
        <section aria-labelledby=title_id_ref>
            <h3 id=title_id>{t(&kind.key("title"))}</h3>
            {if numbers.is_empty() {
                view! { <p>{t(&kind.key("none"))}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {numbers.into_iter().map(|n| {
                            let label = t_with(&kind.key("remove"), &[("number", arg(readable(&n)))]);
                            let target = n.clone();
                            view! {
                                <li>{readable(&n)}" "<button type="button" class="link" aria-label=label on:click=move |_| removing.set(Some(target.clone()))>{t("remove")}</button></li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {move || removing.get().map(|n| {
                let question = if kind == Kind::Fax && has_faxbox {
                    t_with("numbers-fax-remove-confirm", &[("number", arg(readable(&n)))])
                } else {
                    t_with("numbers-remove-confirm", &[("number", arg(readable(&n))), ("what", arg(t(&kind.key("title"))))])
                };
                let q_id = format!("{}-confirm", kind.prefix());
                let q_ref = q_id.clone();
                view! {
                    <Confirm labelled_by=q_ref on_cancel=Callback::new(move |_| removing.set(None))>
                        <p id=q_id>{question}</p>
                        <button type="button" class="primary" disabled=move || busy.get() on:click=move |_| run(false, n.clone())>{t("numbers-remove-yes")}</button>
                        <button type="button" on:click=move |_| removing.set(None)>{t("cancel")}</button>
                    </Confirm>
                }
            })}
            {can_add.then(|| {
                let select_id = format!("{}-spare", kind.prefix());
                view! {
                    <form class="form" novalidate=true on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); run(true, chosen.get_untracked()); }>
                        <div class="field">
                            <label for=select_id.clone()>{t(&kind.key("spare"))}</label>
                            <select id=select_id node_ref=bound(chosen) on:change=move |ev| chosen.set(event_target_value(&ev))>
                                {spare.iter().map(|n| view! { <option value=n.clone()>{readable(n)}</option> }).collect_view()}
                            </select>
                        </div>
                        {(kind == Kind::Fax).then(|| view! {
                            <TextField label=t("numbers-fax-email") value=email input_type="email" required=true hint=t("numbers-fax-email-hint") />
                        })}
                        <button type="submit" class="primary" disabled=move || busy.get()>{t(&kind.key("add"))}</button>
                    </form>
                }
            })}
            {(kind == Kind::Fax && !numbers_empty).then(|| faxbox.map(|id| view! { <FaxEmail faxbox_id=id on_saved=on_saved /> }))}
            // No spare number to add: the way to one.
            {wants_one.then(|| view! {
                <p class="field__hint">
                    {t("numbers-no-spare")}" "
                    <A href=Screen::SmartPbx(Spbx::BuyNumbers).href()>{t("buy-title")}</A>
                </p>
            })}
            <div class="form-error" role="alert">{move || error.get()}</div>
        </section>
    }
}
