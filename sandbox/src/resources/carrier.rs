//! The sandbox's carrier: the numbers a console can find and buy
//! (`applications/crossbar/doc/phone_numbers.md`, "Search For Available Numbers On
//! System" and "Buy a number once searched for").
//!
//! Its stock is every North American area code's `555-0100`…`555-0199`, the block the
//! NANP keeps for fiction, so nothing bought here can ever ring a real person. Toll-free
//! area codes (800, 833 … 888) are in stock like the others. A number some account holds
//! is not for sale; releasing it puts it back.

use super::{e164, number_inventory};
use crate::store::Store;
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// The exchange and the first line digits every number in stock shares.
const STOCK_EXCHANGE: &str = "55501";

/// KAZOO answers one number when `quantity` is missing; carriers cap a page.
const DEFAULT_QUANTITY: usize = 1;
const MAX_QUANTITY: usize = 100;

/// The ten NANP digits a search prefix asks for: `415`, `1415`, `+1415` and `%2B1415`
/// (already decoded) all mean area code 415. `None` when it is not a NANP prefix.
pub fn nanp_prefix(prefix: &str) -> Option<String> {
    let p = prefix.trim();
    let digits = p.strip_prefix("+1").or_else(|| p.strip_prefix('1').filter(|r| r.len() >= 3)).unwrap_or(p);
    let valid_area = digits.len() >= 3
        && digits.len() <= 10
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (b'2'..=b'9').contains(&digits.as_bytes()[0]);
    valid_area.then(|| digits.to_string())
}

/// Whether the carrier stocks `number` (E.164): `+1 NPA 555 01XX`.
pub fn stocks(number: &str) -> bool {
    let Some(ten) = number.strip_prefix("+1").filter(|t| t.len() == 10) else {
        return false;
    };
    nanp_prefix(&ten[..3]).is_some() && ten[3..8] == *STOCK_EXCHANGE && ten[8..].bytes().all(|b| b.is_ascii_digit())
}

/// Every number some account holds, so a search never offers it.
fn held(store: &Store) -> anyhow::Result<BTreeSet<String>> {
    Ok(store
        .list_all(number_inventory::DOC_ID)?
        .iter()
        .filter_map(Value::as_object)
        .flat_map(|inventory| number_inventory::entries(inventory).map(|(n, _)| n.clone()).collect::<Vec<_>>())
        .collect())
}

/// What a search asks: the prefix as sent, how many, from where.
pub struct Search<'a> {
    pub prefix: &'a str,
    pub quantity: Option<usize>,
    pub offset: usize,
}

/// The numbers for sale under the prefix, in order, `quantity` of them from `offset`.
pub fn search(store: &Store, search: &Search) -> anyhow::Result<Vec<String>> {
    let Some(prefix) = nanp_prefix(search.prefix) else {
        return Ok(Vec::new());
    };
    let held = held(store)?;
    let area = &prefix[..3];
    let quantity = search.quantity.unwrap_or(DEFAULT_QUANTITY).clamp(1, MAX_QUANTITY);
    Ok((0..100)
        .map(|line| format!("+1{area}{STOCK_EXCHANGE}{line:02}"))
        .filter(|n| n[2..].starts_with(&prefix) && !held.contains(n))
        .skip(search.offset)
        .take(quantity)
        .collect())
}

/// One search result as the system-wide search answers it.
pub fn found_view(number: &str) -> Value {
    let ten = &number[2..];
    json!({
        "e164": number,
        "formatted_number": format!("1-{}-{}-{}", &ten[..3], &ten[3..6], &ten[6..]),
        "npa_nxx": &ten[..6],
        "number": number,
        "status": "Available",
        "ten_digit": ten,
    })
}

/// One search result as the account's search answers it.
pub fn found_in_account_view(number: &str) -> Value {
    json!({"number": number, "state": "available"})
}

/// Whether a number the carrier stocks is still free to buy.
pub fn for_sale(store: &Store, number: &str) -> anyhow::Result<bool> {
    Ok(stocks(&e164::normalize(number)) && number_inventory::owner_of(store, number)?.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_read_as_area_codes() {
        assert_eq!(nanp_prefix("415").as_deref(), Some("415"));
        assert_eq!(nanp_prefix("+1415").as_deref(), Some("415"));
        assert_eq!(nanp_prefix("1800").as_deref(), Some("800"));
        assert_eq!(nanp_prefix("4155550").as_deref(), Some("4155550"));
        assert_eq!(nanp_prefix("15"), None, "too short to be an area code");
        assert_eq!(nanp_prefix("041"), None, "no area code starts with 0");
        assert_eq!(nanp_prefix("+44"), None);
        assert_eq!(nanp_prefix("41a"), None);
    }

    #[test]
    fn only_the_fiction_block_is_stocked() {
        assert!(stocks("+14155550100"));
        assert!(stocks("+18005550199"));
        assert!(!stocks("+14155550200"));
        assert!(!stocks("+14155551234"));
        assert!(!stocks("+441234555010"));
    }
}
