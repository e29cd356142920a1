//! One finding: what is wrong in words, and its mend as a named action (or where a
//! person mends it).

use leptos::prelude::*;
use leptos_router::components::A;
use patchbay_crossbar::path::seg;
use patchbay_monster::doctor::{patch_for, Inventory, Problem};
use patchbay_smartpbx::user_voicemail::add_voicemail_box;
use serde_json::Value;

use crate::api::{use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;
use crate::routes::table::{Screen, Spbx};

fn describe(p: &Problem) -> String {
    match p {
        Problem::RingGroupWithoutType { name, .. } => t_with("doctor-group-type", &[("name", arg(name.clone()))]),
        Problem::VmboxOwnerGone { name, .. } => t_with("doctor-vmbox-owner", &[("name", arg(name.clone()))]),
        Problem::DeviceOwnerGone { name, .. } => t_with("doctor-device-owner", &[("name", arg(name.clone()))]),
        Problem::UserWithoutVmbox { name, .. } => t_with("doctor-user-vmbox", &[("name", arg(name.clone()))]),
        Problem::UserWithoutCallflow { name, .. } => t_with("doctor-user-callflow", &[("name", arg(name.clone()))]),
        Problem::MainRuleGone { rule_id, .. } => t_with("doctor-main-rule", &[("rule", arg(rule_id.clone()))]),
        Problem::StepTargetGone { name, module, target_id, .. } => t_with(
            "doctor-step-target",
            &[("name", arg(name.clone())), ("module", arg(module.clone())), ("target", arg(target_id.clone()))],
        ),
        Problem::NumberTwice { number, callflow_ids } => {
            t_with("doctor-number-twice", &[("number", arg(number.clone())), ("count", callflow_ids.len().into())])
        }
        Problem::Unstamped { name, id, .. } => {
            t_with("doctor-unstamped", &[("name", arg(if name.is_empty() { id.clone() } else { name.clone() }))])
        }
    }
}

/// The mend's name, for its button and its inspector action.
fn mend_name(p: &Problem) -> Option<String> {
    Some(match p {
        Problem::RingGroupWithoutType { name, .. } => t_with("doctor-fix-group-type", &[("name", arg(name.clone()))]),
        Problem::VmboxOwnerGone { name, .. } => t_with("doctor-fix-vmbox-owner", &[("name", arg(name.clone()))]),
        Problem::DeviceOwnerGone { name, .. } => t_with("doctor-fix-device-owner", &[("name", arg(name.clone()))]),
        Problem::UserWithoutVmbox { name, .. } => t_with("doctor-fix-user-vmbox", &[("name", arg(name.clone()))]),
        Problem::MainRuleGone { rule_id, .. } => t_with("doctor-fix-main-rule", &[("rule", arg(rule_id.clone()))]),
        Problem::Unstamped { name, id, .. } => {
            t_with("doctor-fix-unstamped", &[("name", arg(if name.is_empty() { id.clone() } else { name.clone() }))])
        }
        _ => return None,
    })
}

/// Where a person mends what has no mend here.
fn place(p: &Problem) -> Option<(Screen, String)> {
    match p {
        Problem::UserWithoutCallflow { user_id, name } => Some((
            Screen::SmartPbx(Spbx::User(user_id.clone())),
            t_with("doctor-open-user", &[("name", arg(name.clone()))]),
        )),
        Problem::StepTargetGone { callflow_id, name, .. } => Some((
            Screen::Callflow(callflow_id.clone()),
            t_with("doctor-open-callflow", &[("name", arg(name.clone()))]),
        )),
        Problem::NumberTwice { callflow_ids, number } => callflow_ids
            .first()
            .map(|id| (Screen::Callflow(id.clone()), t_with("doctor-open-number", &[("number", arg(number.clone()))]))),
        _ => None,
    }
}

#[component]
pub fn Finding(problem: Problem, inventory: StoredValue<Inventory>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let said = RwSignal::new(None::<Result<(), String>>);
    let text = describe(&problem);
    let mend = mend_name(&problem).map(|name| {
        let label = name.clone();
        let problem = problem.clone();
        let fix = use_save(
            move |_: &()| name.clone(),
            move |call, ()| {
                let (problem, account, inv) = (problem.clone(), client.account_id(), inventory.get_value());
                async move {
                    let base = format!("accounts/{}", seg(&account));
                    if let Problem::UserWithoutVmbox { user_id, .. } = &problem {
                        let user = inv.users.iter().find(|u| u["id"] == user_id.as_str()).cloned().unwrap_or(Value::Null);
                        let user = call.get(&format!("{base}/users/{}", seg(user_id))).await.map(|e| e.data).unwrap_or(user);
                        let main = inv.callflows.iter().find(|c| c["owner_id"] == user_id.as_str() && c.get("type").and_then(Value::as_str).is_none_or(|t| t == "mainUserCallflow"));
                        return add_voicemail_box(&call, &smartpbx_stamp(), &account, &user, main)
                            .await
                            .map(|_| ())
                            .map_err(|e| match e {
                                patchbay_smartpbx::user_voicemail::AddVmboxError::NoExtension => t("voicemail-box-no-extension"),
                                patchbay_smartpbx::user_voicemail::AddVmboxError::Crossbar(e) => error_text(&e),
                            });
                    }
                    let Some((path, body)) = patch_for(&problem, &inv, &smartpbx_stamp()) else { return Ok(()) };
                    call.patch(&format!("{base}/{path}"), body).await.map(|_| ()).map_err(|e| error_text(&e))
                }
            },
        );
        watch(move || {
            if let Some(result) = fix.value().get() {
                said.set(Some(result));
            }
        });
        view! {
            <button type="button" disabled=move || fix.pending().get() || matches!(said.get(), Some(Ok(()))) on:click=move |_| fix.dispatch(())>
                {label}
            </button>
        }
    });
    let place = place(&problem).map(|(screen, label)| view! { <A href=screen.href()>{label}</A> });
    view! {
        <li class="doctor__finding">
            <p>{text}</p>
            <div class="doctor__mend">
                {mend}
                {place}
                <span role="status">
                    {move || match said.get() {
                        Some(Ok(())) => Some(t("doctor-fixed")),
                        Some(Err(e)) => Some(e),
                        None => None,
                    }}
                </span>
            </div>
        </li>
    }
}
