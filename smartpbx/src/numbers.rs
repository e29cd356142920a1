//! Buying numbers and putting them to use, as Monster's shared buy-numbers dialog does it
//! (monster-ui `src/apps/common/submodules/buyNumbers/buyNumbers.js`
//! `buyNumbersRequestSearchNumbers`, `buyNumbersRequestActivateBlock`) and as Smart PBX
//! then lists a bought number on a user, a group or the main number
//! (monster-ui-voip `submodules/users/users.js` `usersRenderNumbers`,
//! `submodules/strategy/strategy.js` `strategyNumbersBindEvents`).

use crate::main_number::data::main_callflow_rows;
use crate::main_number::write::{add_conference_number, add_fax_number, add_main_number};
use crate::{account_path, stamped};
use patchbay_crossbar::json::str_at;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::{CrossbarError, Transport};
use patchbay_monster::bootstrap::by_key;
use patchbay_monster::{names, UiMetadata};
use serde_json::{json, Value};

/// North America's toll-free area codes, as Monster offers them for a toll-free search.
pub const TOLL_FREE: [&str; 7] = ["800", "833", "844", "855", "866", "877", "888"];

/// How many numbers one search shows.
pub const PAGE: usize = 20;

/// Whether `area` is a North American area code one may search by: three digits, the
/// first 2 to 9.
pub fn is_area_code(area: &str) -> bool {
    area.len() == 3 && area.bytes().all(|b| b.is_ascii_digit()) && !area.starts_with(['0', '1'])
}

/// The carrier's numbers for sale whose ten digits start with `prefix` (an area code,
/// or more digits), `PAGE` of them from `offset`.
pub async fn search(
    call: &impl Transport,
    account: &str,
    prefix: &str,
    offset: usize,
) -> Result<Vec<String>, CrossbarError> {
    let path = format!(
        "{}/phone_numbers?prefix={}&quantity={PAGE}&offset={offset}",
        account_path(account),
        seg(&format!("+1{prefix}"))
    );
    let found = call.get(&path).await?.data;
    // Carriers answer an array, phonebooks an object keyed by number (Monster's
    // `buyNumbersCoerceObjectToArray` accepts both).
    let rows: Vec<Value> = match found {
        Value::Array(rows) => rows,
        Value::Object(map) => map.keys().map(|number| json!({ "number": number })).collect(),
        _ => Vec::new(),
    };
    Ok(rows.iter().map(|r| str_at(r, "number").to_string()).filter(|n| !n.is_empty()).collect())
}

/// What a purchase came to: the numbers now in the account, and those the carrier
/// refused with its reason.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bought {
    pub numbers: Vec<String>,
    pub refused: Vec<(String, String)>,
}

fn refusals(errors: &Value) -> Vec<(String, String)> {
    errors
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(number, e)| {
                    let reason = [str_at(e, "message"), str_at(e, "error")].into_iter().find(|s| !s.is_empty());
                    (number.clone(), reason.unwrap_or_default().to_string())
                })
                .collect()
        })
        .unwrap_or_default()
}

/// `PUT …/phone_numbers/collection/activate` with the chosen numbers, answered
/// `{success: {NUM: …}, error: {NUM: …}}`.
pub async fn buy(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    numbers: &[String],
) -> Result<Bought, CrossbarError> {
    let path = format!("{}/phone_numbers/collection/activate", account_path(account));
    let answer = call.put(&path, stamped(json!({"numbers": numbers}), meta)).await?.data;
    let success = answer.get("success").and_then(Value::as_object);
    let bought = numbers.iter().filter(|n| success.is_some_and(|s| s.contains_key(*n))).cloned().collect();
    Ok(Bought { numbers: bought, refused: refusals(&answer["error"]) })
}

/// Where bought numbers go to work.
#[derive(Debug, Clone, PartialEq)]
pub enum Assignment {
    /// Kept in the account for later.
    Spare,
    MainNumber,
    Conference,
    /// The fax line takes one number, with the address received faxes are mailed to.
    Fax {
        email: String,
        company_name: String,
    },
    User(String),
    Group(String),
}

/// Why numbers could not be put to use.
#[derive(Debug, Clone, PartialEq)]
pub enum AssignError {
    /// The main number's callflows are not set up yet (Smart PBX makes them when Main
    /// Number first opens).
    NoMainNumber,
    /// The fax line already has its one number, or more than one was chosen.
    FaxTaken,
    /// The user has no main callflow, or the group no callflow to ring it.
    NoCallflow,
    Crossbar(CrossbarError),
}

impl From<CrossbarError> for AssignError {
    fn from(e: CrossbarError) -> Self {
        AssignError::Crossbar(e)
    }
}

/// The path of one of Smart PBX's main callflows (`MainCallflow`, `MainConference`,
/// `MainFaxing`), found in the listing once.
async fn main_callflow_path(call: &impl Transport, base: &str, key: &str) -> Result<String, AssignError> {
    let id = by_key(&main_callflow_rows(call, base).await?).get(key).cloned().ok_or(AssignError::NoMainNumber)?;
    Ok(format!("{base}/callflows/{}", seg(&id)))
}

/// Adds the numbers to the callflow's `numbers`, keeping what it had.
async fn list_on(
    call: &impl Transport,
    meta: &UiMetadata,
    base: &str,
    callflow: &Value,
    numbers: &[String],
) -> Result<(), CrossbarError> {
    let mut list = patchbay_crossbar::json::strings(&callflow["numbers"]);
    list.extend(numbers.iter().filter(|n| !list.contains(n)).cloned().collect::<Vec<_>>());
    let path = format!("{base}/callflows/{}", seg(str_at(callflow, "id")));
    call.patch(&path, stamped(json!({"numbers": list}), meta)).await?;
    Ok(())
}

/// Puts the numbers to work where the admin chose, as each Smart PBX screen would.
pub async fn assign(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    numbers: &[String],
    to: &Assignment,
) -> Result<(), AssignError> {
    let base = account_path(account);
    match to {
        Assignment::Spare => Ok(()),
        Assignment::MainNumber => {
            let path = main_callflow_path(call, &base, names::MAIN_CALLFLOW).await?;
            for number in numbers {
                // Read again each time: each number changes it (the first also the caller ID).
                let main = call.get(&path).await?.data;
                add_main_number(call, meta, account, &main, number).await?;
            }
            Ok(())
        }
        Assignment::Conference => {
            let path = main_callflow_path(call, &base, names::MAIN_CONFERENCE).await?;
            for number in numbers {
                let conference = call.get(&path).await?.data;
                add_conference_number(call, meta, account, &conference, number).await?;
            }
            Ok(())
        }
        Assignment::Fax { email, company_name } => {
            let faxing = call.get(&main_callflow_path(call, &base, names::MAIN_FAXING).await?).await?.data;
            let has_number =
                patchbay_crossbar::json::strings(&faxing["numbers"]).iter().any(|n| n != names::NO_FAXING_NUMBER);
            let [number] = numbers else { return Err(AssignError::FaxTaken) };
            if has_number {
                return Err(AssignError::FaxTaken);
            }
            Ok(add_fax_number(call, meta, account, &faxing, number, email, company_name).await?)
        }
        Assignment::User(id) => {
            let query = format!("filter_owner_id={}&filter_type=mainUserCallflow", seg(id));
            let callflow = crate::first_callflow(call, &base, &query).await?.ok_or(AssignError::NoCallflow)?;
            Ok(list_on(call, meta, &base, &callflow, numbers).await?)
        }
        Assignment::Group(id) => {
            // Numbers ring the group through its `userGroup` callflow, where Smart PBX's
            // group editor lists them.
            let query = format!("filter_group_id={}&filter_type=userGroup", seg(id));
            let callflow = crate::first_callflow(call, &base, &query).await?.ok_or(AssignError::NoCallflow)?;
            Ok(list_on(call, meta, &base, &callflow, numbers).await?)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_codes_are_three_digits_from_2() {
        assert!(is_area_code("415"));
        assert!(is_area_code("800"));
        assert!(!is_area_code("015"));
        assert!(!is_area_code("41"));
        assert!(!is_area_code("4155"));
        assert!(!is_area_code("4a5"));
    }

    #[test]
    fn refusals_name_the_carriers_reason() {
        let errors =
            json!({"+14155550100": {"code": 500, "error": "unspecified_fault", "message": "fault by carrier"}});
        assert_eq!(refusals(&errors), vec![("+14155550100".to_string(), "fault by carrier".to_string())]);
        assert!(refusals(&Value::Null).is_empty());
    }
}
