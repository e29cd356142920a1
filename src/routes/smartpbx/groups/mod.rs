//! Smart PBX › Groups: the list of ring groups, a new group and editing one (the group
//! document with its three callflows).

mod create;
mod edit;
mod features;
mod fields;
mod list;

pub use create::CreateGroupScreen;
pub use edit::EditGroupScreen;
pub use list::GroupsScreen;
