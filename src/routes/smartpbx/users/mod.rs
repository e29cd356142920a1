//! Smart PBX › Users: the list, adding and editing a user, and a user's settings.

pub mod all_users;
pub mod form;
pub mod list;
pub(crate) mod settings;

pub use form::{CreateUserScreen, EditUserScreen};
pub use list::UsersScreen;
