//! One module per page.

pub mod accounts;
pub mod api_console;
pub mod branding;
pub mod callflows;
pub mod chunks;
pub mod doctor;
pub mod gate;
pub mod home;
pub mod my_settings;
pub mod new_password;
pub mod not_found;
pub mod shell;
pub mod sign_in;
pub mod smartpbx;
pub mod table;
pub mod which_app;
