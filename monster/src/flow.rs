//! Finding a step in a callflow's `flow` the way Smart PBX finds the one it edits: from
//! the top, along the default branch (`children._`), the first step whose module is
//! one of those asked for (monster-ui-voip `users.js` `usersRenderFindMeFollowMe`,
//! `groups.js` `groupsRenderRingback`, `groupsFormatNextActionData`).

use serde_json::Value;

fn module_of(step: &Value) -> &str {
    step.get("module").and_then(Value::as_str).unwrap_or_default()
}

/// The first step on the default branch whose module is in `modules`.
pub fn step_of<'a>(flow: &'a Value, modules: &[&str]) -> Option<&'a Value> {
    let mut step = flow;
    while !modules.contains(&module_of(step)) {
        step = step.pointer("/children/_")?;
    }
    Some(step)
}

/// [`step_of`], to change the step in place.
pub fn step_of_mut<'a>(flow: &'a mut Value, modules: &[&str]) -> Option<&'a mut Value> {
    let mut step = flow;
    while !modules.contains(&module_of(step)) {
        step = step.get_mut("children")?.get_mut("_")?;
    }
    Some(step)
}

/// A whole number as KAZOO stores it in a step's data: a number, or the digits Smart
/// PBX's forms send as a string (`"20"`).
pub fn u32_of(v: Option<&Value>) -> Option<u32> {
    match v? {
        Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_step_is_found_along_the_default_branch_only() {
        let mut flow = json!({"module": "record_call", "children": {
            "1": {"module": "user"},
            "_": {"module": "user", "data": {"timeout": "25"}, "children": {}}}});
        assert_eq!(step_of(&flow, &["user", "ring_group"]).map(|s| &s["data"]["timeout"]), Some(&json!("25")));
        assert_eq!(u32_of(step_of(&flow, &["user"]).and_then(|s| s.pointer("/data/timeout"))), Some(25));
        assert!(step_of(&flow, &["voicemail"]).is_none());
        step_of_mut(&mut flow, &["user"]).unwrap()["data"]["timeout"] = 30.into();
        assert_eq!(flow["children"]["_"]["data"]["timeout"], 30);
        assert_eq!(u32_of(Some(&json!(-1))), None);
        assert_eq!(u32_of(Some(&json!(true))), None);
    }
}
