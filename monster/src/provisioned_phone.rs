//! The optional desk phone of Smart PBX's "Add user" dialog (`usersFormatCreationData`,
//! monster-ui-voip `submodules/users/users.js`): the provisioner's phone catalogue as the dialog offers it,
//! and the device document written for the chosen model.
//!
//! The catalogue is what a provisioner answers on `GET <provisioner>phones`: brands,
//! each with families, each with models. The dialog shows one model list per brand,
//! so families are flattened into the models and remembered beside each one.

use patchbay_crossbar::order;
use serde_json::{json, Map, Value};

use crate::device::{format_mac, SipCredentials};

/// One model the person can pick, with the family it came from and the provisioner's
/// template for it (the model's `id`, which monster-ui's `chooseModel.js` keeps as
/// `template_id` and writes as `provision.id`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PhoneModel {
    pub name: String,
    pub family: String,
    pub template_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneBrand {
    pub name: String,
    pub models: Vec<PhoneModel>,
}

/// Brands sorted by name, each with its models in catalogue order. Families and
/// models may be arrays or objects keyed by name (provisioners answer both ways);
/// entries without a name are skipped rather than offered as blank choices.
pub fn catalog_brands(data: &Value) -> Vec<PhoneBrand> {
    let mut brands: Vec<PhoneBrand> = entries(data)
        .filter_map(|(key, brand)| {
            let name = name_of(brand, key)?;
            let models = entries(brand.get("families").unwrap_or(&Value::Null))
                .filter_map(|(key, family)| Some((name_of(family, key)?, family)))
                .flat_map(|(family_name, family)| {
                    entries(family.get("models").unwrap_or(&Value::Null))
                        .filter_map(|(key, model)| {
                            let template_id = model.get("id").and_then(Value::as_str).map(str::to_string);
                            Some(PhoneModel { name: name_of(model, key)?, family: family_name.clone(), template_id })
                        })
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>();
            (!models.is_empty()).then_some(PhoneBrand { name, models })
        })
        .collect();
    order::sort_by(&mut brands, |a, b| a.name.cmp(&b.name));
    brands
}

/// Array items (no key) or object members (their key), uniformly.
fn entries(v: &Value) -> Box<dyn Iterator<Item = (Option<&str>, &Value)> + '_> {
    match v {
        Value::Array(items) => Box::new(items.iter().map(|i| (None, i))),
        Value::Object(map) => Box::new(map.iter().map(|(k, v)| (Some(k.as_str()), v))),
        _ => Box::new(std::iter::empty()),
    }
}

fn name_of(v: &Value, key: Option<&str>) -> Option<String> {
    v.get("name").and_then(Value::as_str).or(key).map(str::trim).filter(|n| !n.is_empty()).map(str::to_string)
}

/// What the person chose in the dialog's phone section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProvisionedPhone {
    pub brand: String,
    pub family: String,
    pub model: String,
    pub template_id: Option<String>,
    pub name: String,
    /// As typed; written normalised (`format_mac`).
    pub mac_address: String,
}

/// The `provision` block of a phone picked from the provisioner's catalogue, as
/// monster-ui `src/apps/common/submodules/chooseModel/chooseModel.js
/// chooseModelRenderProvisioner` writes it: brand, family and model lower-cased, and the
/// model's template as `id` when the catalogue names one.
pub fn provision_block(brand: &str, family: &str, model: &str, template_id: Option<&str>) -> Value {
    let mut block = json!({
        "endpoint_brand": brand.to_ascii_lowercase(),
        "endpoint_family": family.to_ascii_lowercase(),
        "endpoint_model": model.to_ascii_lowercase(),
    });
    if let Some(id) = template_id.filter(|id| !id.is_empty()) {
        block["id"] = id.into();
    }
    block
}

/// The device Smart PBX creates for the new user, keys in its order: the provision
/// block lower-cased, generated SIP credentials in the account's realm, unregister
/// notifications on, and the stray top-level `family` the dialog leaves behind (kept
/// because Smart PBX writes it, so the documents stay indistinguishable).
pub fn provisioned_phone_doc(phone: &ProvisionedPhone, owner_id: &str, sip: &SipCredentials, realm: &str) -> Value {
    let mac = format_mac(&phone.mac_address).unwrap_or_else(|| phone.mac_address.trim().to_string());
    let mut doc = Map::new();
    doc.insert("device_type".into(), "sip_device".into());
    doc.insert("enabled".into(), true.into());
    doc.insert("mac_address".into(), mac.into());
    doc.insert("name".into(), phone.name.trim().into());
    doc.insert(
        "provision".into(),
        provision_block(&phone.brand, &phone.family, &phone.model, phone.template_id.as_deref()),
    );
    doc.insert("sip".into(), json!({"password": sip.password, "realm": realm, "username": sip.username}));
    doc.insert("suppress_unregister_notifications".into(), false.into());
    doc.insert("family".into(), phone.family.clone().into());
    doc.insert("owner_id".into(), owner_id.into());
    Value::Object(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_flattens_families_into_each_brands_models_sorted_by_brand() {
        let data = json!([
            {"id": "b2", "name": "Yealink", "families": [
                {"name": "T4X", "models": [{"name": "T46S", "id": "tpl-t46s"}, {"name": "T48S"}]},
                {"name": "T5X", "models": {"T54W": {"name": "T54W"}}}
            ]},
            {"id": "b1", "name": "Polycom", "families": {"VVX": {"models": [{"name": "VVX 450"}]}}},
            {"id": "b3", "name": "Empty", "families": []},
            {"id": "b4", "name": "  ", "families": [{"name": "x", "models": [{"name": "y"}]}]}
        ]);
        let brands = catalog_brands(&data);
        assert_eq!(brands.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(), ["Polycom", "Yealink"]);
        assert_eq!(brands[0].models, [PhoneModel { name: "VVX 450".into(), family: "VVX".into(), template_id: None }]);
        assert_eq!(brands[1].models[0].template_id.as_deref(), Some("tpl-t46s"), "the model's template");
        assert_eq!(
            brands[1].models.iter().map(|m| (m.family.as_str(), m.name.as_str())).collect::<Vec<_>>(),
            [("T4X", "T46S"), ("T4X", "T48S"), ("T5X", "T54W")]
        );
        assert!(catalog_brands(&json!({"status": "error"})).is_empty());
    }

    #[test]
    fn the_phone_is_written_as_smart_pbx_writes_it() {
        let phone = ProvisionedPhone {
            brand: "Yealink".into(),
            family: "T4X".into(),
            model: "T46S".into(),
            template_id: Some("tpl-t46s".into()),
            name: " Desk ".into(),
            mac_address: "00-04-F2-AA-BB-CC".into(),
        };
        let sip = SipCredentials { username: "user_x8kq2lmp0a".into(), password: "qw3rty7uio9p".into() };
        let doc = provisioned_phone_doc(&phone, "user-ada", &sip, "acme.sip.example.com");
        let expected = json!({
            "device_type": "sip_device", "enabled": true, "mac_address": "00:04:f2:aa:bb:cc", "name": "Desk",
            "provision": {"endpoint_brand": "yealink", "endpoint_family": "t4x", "endpoint_model": "t46s", "id": "tpl-t46s"},
            "sip": {"password": "qw3rty7uio9p", "realm": "acme.sip.example.com", "username": "user_x8kq2lmp0a"},
            "suppress_unregister_notifications": false, "family": "T4X", "owner_id": "user-ada"
        });
        assert_eq!(doc, expected);
        let keys: Vec<&str> = doc.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "device_type",
                "enabled",
                "mac_address",
                "name",
                "provision",
                "sip",
                "suppress_unregister_notifications",
                "family",
                "owner_id"
            ]
        );
    }
}
