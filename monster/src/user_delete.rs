//! Deleting a user as Smart PBX does (monster-ui
//! `src/apps/common/submodules/deleteSmartUser/deleteSmartUser.js`): Smart PBX hands it to Monster's
//! shared `deleteSmartUser` widget, so these writes carry `origin: "common"`. The widget lists what the
//! user owns (devices, voicemail boxes, callflows, conferences), then, all at once: deletes or
//! unassigns the devices, deletes or unassigns-and-renames the conferences, deletes the callflows
//! except mobile ones (given back to their mobile device), deletes every owned box — and only then the
//! user.

use serde_json::{json, Value};

use crate::UiMetadata;

/// `ui_metadata.origin` of writes made by Monster's shared widgets.
pub const ORIGIN_COMMON: &str = "common";

/// The stamp of the shared widget that deletes users.
pub fn common_stamp(version: Option<&str>) -> UiMetadata {
    UiMetadata { version: version.map(str::to_string), origin: ORIGIN_COMMON.into() }
}

/// The two choices of Smart PBX's confirmation dialog (both unticked by default).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DeleteChoices {
    pub delete_devices: bool,
    pub delete_conferences: bool,
}

/// One write of the deletion; paths are below `accounts/{a}/`.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Delete(String),
    /// A PATCH with this body (the widget GETs and POSTs the whole document; the
    /// PATCH reaches the same document without dropping other apps' keys).
    Patch(String, Value),
}

fn id_of(v: &Value) -> &str {
    v.get("id").and_then(Value::as_str).unwrap_or_default()
}

/// The writes that go before the user's own DELETE, in Smart PBX's order (they are
/// sent together). `devices`, `vmboxes`, `callflows`, `conferences` are the listing rows
/// filtered by `owner_id`; `mobile_device_of` finds the mobile device of a `mobile`
/// callflow (by `mobile.mdn` = its first number without the first two characters).
pub fn steps(
    choices: DeleteChoices,
    devices: &[Value],
    vmboxes: &[Value],
    callflows: &[Value],
    conferences: &[Value],
    mobile_device_of: impl Fn(&Value) -> Option<String>,
) -> Vec<Step> {
    let mut out = vec![];
    for d in devices {
        let path = format!("devices/{}", id_of(d));
        out.push(if choices.delete_devices {
            Step::Delete(path)
        } else {
            Step::Patch(path, json!({"owner_id": null}))
        });
    }
    for c in conferences {
        let path = format!("conferences/{}", id_of(c));
        out.push(if choices.delete_conferences {
            Step::Delete(path)
        } else {
            let name = c.get("name").and_then(Value::as_str).unwrap_or_default();
            Step::Patch(path, json!({"name": format!("Unassigned {name}"), "owner_id": null}))
        });
    }
    for cf in callflows {
        let path = format!("callflows/{}", id_of(cf));
        if cf.get("type").and_then(Value::as_str) == Some("mobile") {
            let mut patch = json!({"owner_id": null});
            if let Some(device) = mobile_device_of(cf) {
                patch["flow"] = json!({"module": "device", "data": {"id": device}});
            }
            out.push(Step::Patch(path, patch));
        } else {
            out.push(Step::Delete(path));
        }
    }
    for vm in vmboxes {
        out.push(Step::Delete(format!("vmboxes/{}", id_of(vm))));
    }
    out
}

/// The mobile device number Smart PBX looks a mobile callflow's device up by.
pub fn mobile_mdn(callflow: &Value) -> Option<String> {
    let first = callflow.get("numbers")?.as_array()?.first()?.as_str()?;
    Some(first.chars().skip(2).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> (Vec<Value>, Vec<Value>, Vec<Value>, Vec<Value>) {
        (
            vec![json!({"id": "dev-desk", "name": "Ada desk"})],
            vec![json!({"id": "vm-ada", "name": "Ada Lovelace's VMBox"})],
            vec![
                json!({"id": "cf-ada", "type": "mainUserCallflow", "numbers": ["1001"]}),
                json!({"id": "cf-mob", "type": "mobile", "numbers": ["+14155550111"]}),
            ],
            vec![json!({"id": "conf-ada", "name": "Ada Lovelace SmartPBX Conference"})],
        )
    }

    #[test]
    fn by_default_devices_and_conferences_are_kept_but_unassigned() {
        let (d, v, c, k) = rows();
        let found = |cf: &Value| (mobile_mdn(cf).as_deref() == Some("4155550111")).then(|| "dev-mob".to_string());
        assert_eq!(
            steps(DeleteChoices::default(), &d, &v, &c, &k, found),
            vec![
                Step::Patch("devices/dev-desk".into(), json!({"owner_id": null})),
                Step::Patch(
                    "conferences/conf-ada".into(),
                    json!({"name": "Unassigned Ada Lovelace SmartPBX Conference", "owner_id": null})
                ),
                Step::Delete("callflows/cf-ada".into()),
                Step::Patch(
                    "callflows/cf-mob".into(),
                    json!({"owner_id": null, "flow": {"module": "device", "data": {"id": "dev-mob"}}})
                ),
                Step::Delete("vmboxes/vm-ada".into()),
            ]
        );
    }

    #[test]
    fn ticked_choices_delete_devices_and_conferences() {
        let (d, v, c, k) = rows();
        let choices = DeleteChoices { delete_devices: true, delete_conferences: true };
        let s = steps(choices, &d, &v, &c, &k, |_| None);
        assert_eq!(s[0], Step::Delete("devices/dev-desk".into()));
        assert_eq!(s[1], Step::Delete("conferences/conf-ada".into()));
        assert_eq!(s[3], Step::Patch("callflows/cf-mob".into(), json!({"owner_id": null})), "no device found");
    }

    #[test]
    fn the_widget_stamps_as_common() {
        assert_eq!(
            common_stamp(Some("4.3-140")).to_json(),
            json!({"version": "4.3-140", "ui": "monster-ui", "origin": "common"})
        );
    }
}
