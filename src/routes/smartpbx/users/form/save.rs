//! Sending the user form through Smart PBX's user operations
//! (`patchbay_smartpbx::users`: adding with rollback, editing only what changed), with
//! Crossbar's field errors put beside the form field they are about.

use patchbay_crossbar::CrossbarError;
use patchbay_monster::device::generated_credentials;
use patchbay_monster::provisioned_phone::ProvisionedPhone;
use patchbay_monster::user::NewUser;
use patchbay_monster::UiMetadata;
use patchbay_smartpbx::users::{self, AddError, NewPhone, Step, UserEdit};
use serde_json::Value;

use super::fields::Fields;
use crate::api::ActionScope;
use crate::components::error_notice::{error_text, problem_in_words};
use crate::i18n::t;

pub use crate::components::form::SaveError;

/// Which form field a Crossbar validation error belongs to, by the document it came from.
fn field_for(step: Step, path: &str) -> Option<&'static str> {
    match (step, path) {
        (Step::User, "first_name") => Some("first_name"),
        (Step::User, "last_name") => Some("last_name"),
        (Step::User, "username") => Some("username"),
        (Step::User, "email") => Some("email"),
        (Step::User, "password") => Some("password"),
        (Step::User, "presence_id") | (Step::Vmbox, "mailbox") | (Step::Callflow, "numbers") => Some("extension"),
        (Step::Phone, "mac_address") => Some("phone_mac"),
        (Step::Phone, "name") => Some("phone_name"),
        _ => None,
    }
}

fn at(step: Step, error: CrossbarError) -> SaveError {
    let fields = error
        .field_errors()
        .iter()
        .filter_map(|f| {
            let field = field_for(step, &f.path)?;
            let message = match (field, f.validator.as_str()) {
                ("extension", "unique") => t("user-extension-taken"),
                ("phone_mac", "unique") => t("device-mac-taken"),
                _ => problem_in_words(f),
            };
            Some((field, message))
        })
        .collect();
    SaveError { message: error_text(&error), fields }
}

fn edit_of(f: &Fields) -> UserEdit {
    UserEdit {
        first_name: f.first_name.clone(),
        last_name: f.last_name.clone(),
        email: f.email.clone(),
        password: f.password.clone(),
        extension: f.extension.clone(),
        username: f.username.clone(),
    }
}

pub async fn create(
    call: &ActionScope,
    meta: &UiMetadata,
    account: &str,
    f: &Fields,
    phone: Option<ProvisionedPhone>,
) -> Result<String, SaveError> {
    let new = NewUser {
        first_name: f.first_name.trim().into(),
        last_name: f.last_name.trim().into(),
        username: f.email.trim().to_ascii_lowercase(),
        password: Some(f.password.clone()).filter(|p| !p.is_empty()),
        extension: f.extension.trim().into(),
        different_email: None,
        create_vmbox: f.create_vmbox,
        send_email_on_creation: f.send_email,
    };
    let phone = phone.map(|phone| NewPhone { phone, sip: generated_credentials(js_sys::Math::random) });
    users::add(call, meta, account, &new, f.in_directory, phone).await.map_err(|e| match e {
        AddError::ExtensionTaken => {
            let message = t("user-extension-taken");
            SaveError { message: message.clone(), fields: vec![("extension", message)] }
        }
        AddError::MacTaken => {
            let message = t("device-mac-taken");
            SaveError { message: message.clone(), fields: vec![("phone_mac", message)] }
        }
        // On creation the username is the email: a clash is said at the email.
        AddError::At(step, error) => {
            let mut e = at(step, error);
            for (field, _) in e.fields.iter_mut().filter(|(f, _)| *f == "username") {
                *field = "email";
            }
            e
        }
    })
}

pub async fn update(
    call: &ActionScope,
    meta: &UiMetadata,
    account: &str,
    user: &Value,
    before: &Fields,
    after: &Fields,
) -> Result<(), SaveError> {
    users::update(call, meta, account, user, &edit_of(before), &edit_of(after))
        .await
        .map_err(|(step, error)| at(step, error))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossbar_errors_land_on_the_field_that_caused_them() {
        assert_eq!(field_for(Step::Callflow, "numbers"), Some("extension"));
        assert_eq!(field_for(Step::Vmbox, "mailbox"), Some("extension"));
        assert_eq!(field_for(Step::User, "username"), Some("username"));
        assert_eq!(field_for(Step::Callflow, "name"), None);
        assert_eq!(field_for(Step::Phone, "mac_address"), Some("phone_mac"));
    }
}
