//! Crossbar modules ("nouns"). Adding a resource is adding a module here and a line in
//! `lookup`: the pipeline does routing, auth, envelopes and errors for it.

mod about;
pub mod accounts;
mod apps_store;
mod auth_endpoints;
mod blacklists;
mod callflows;
mod carrier;
pub mod cdrs;
mod collection;
mod conferences;
pub(crate) mod devices;
mod directories;
pub(crate) mod e164;
mod e911_provider;
mod faxboxes;
mod groups;
pub(crate) mod limits;
mod media;
mod menus;
pub(crate) mod messages;
pub mod number_inventory;
mod phone_numbers;
mod port_requests;
mod presence;
mod recovery;
mod schemas;
mod search;
pub(crate) mod services;
mod temporal_rules;
mod temporal_rules_sets;
mod uploads;
pub(crate) mod users;
pub(crate) mod vmboxes;
mod whitelabel;

use crate::ctx::{Ctx, Noun, Verb};
use crate::reply::Outcome;

pub trait Resource: Sync {
    /// Verbs allowed on this path (405 otherwise); `None` when the path does not exist
    /// for this module (404 `not_found`).
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]>;

    /// Whether this request is answered without a token.
    fn public(&self, _verb: Verb, _nouns: &[Noun]) -> bool {
        false
    }

    /// Whether this request may carry a non-JSON body (media, logos); the handler then
    /// checks the content type itself instead of the pipeline answering 415.
    fn accepts_binary(&self, _verb: Verb, _nouns: &[Noun]) -> bool {
        false
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome;
}

pub fn lookup(name: &str) -> Option<&'static dyn Resource> {
    Some(match name {
        "accounts" => &accounts::Accounts,
        "users" => &collection::Collection(users::Users),
        "user_auth" => &auth_endpoints::UserAuth,
        "api_auth" => &auth_endpoints::Login(auth_endpoints::api_auth),
        "token_auth" => &auth_endpoints::TokenAuth,
        "auth" => &auth_endpoints::Auth,
        "whitelabel" => &whitelabel::Whitelabel,
        "callflows" => &collection::Collection(callflows::Callflows),
        "phone_numbers" => &phone_numbers::PhoneNumbers,
        "port_requests" => &collection::Collection(port_requests::PortRequests),
        "media" => &collection::Collection(media::Media),
        "cdrs" => &cdrs::Cdrs,
        "apps_store" => &apps_store::AppsStore,
        "about" => &about::About,
        "devices" => &collection::Collection(devices::Devices),
        "groups" => &collection::Collection(groups::Groups),
        "vmboxes" => &collection::Collection(vmboxes::Vmboxes),
        "conferences" => &collection::Collection(conferences::Conferences),
        "menus" => &collection::Collection(menus::Menus),
        "temporal_rules" => &collection::Collection(temporal_rules::TemporalRules),
        "temporal_rules_sets" => &collection::Collection(temporal_rules_sets::TemporalRulesSets),
        "faxboxes" => &collection::Collection(faxboxes::Faxboxes),
        "blacklists" => &collection::Collection(blacklists::Blacklists),
        "directories" => &collection::Collection(directories::Directories),
        "search" => &search::Search,
        "limits" => &limits::Limits,
        "services" => &services::Services,
        "schemas" => &schemas::Schemas,
        "presence" => &presence::Presence,
        "messages" => &messages::Messages,
        _ => return None,
    })
}

/// `/accounts/{A}/<name>` with the given arguments length, the shape of every
/// per-account collection.
pub fn account_scoped<'a>(nouns: &'a [Noun], name: &str) -> Option<&'a [String]> {
    match nouns {
        [account, noun] if account.name == "accounts" && account.args.len() == 1 && noun.name == name => {
            Some(&noun.args)
        }
        _ => None,
    }
}

pub const GET: &[Verb] = &[Verb::Get];
pub const PUT: &[Verb] = &[Verb::Put];
pub const GET_PUT: &[Verb] = &[Verb::Get, Verb::Put];
pub const GET_DELETE: &[Verb] = &[Verb::Get, Verb::Delete];
pub const DOC_VERBS: &[Verb] = &[Verb::Get, Verb::Post, Verb::Patch, Verb::Delete];
pub const ALL_VERBS: &[Verb] = &[Verb::Get, Verb::Put, Verb::Post, Verb::Patch, Verb::Delete];
pub const GET_PUT_POST_DELETE: &[Verb] = &[Verb::Get, Verb::Put, Verb::Post, Verb::Delete];
