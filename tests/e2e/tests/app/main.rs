//! The end-to-end suite as one test binary: every module drives the built SPA in headless
//! Chromium against its own freshly seeded sandbox. One binary links once (fantoccini, the
//! sandbox, tokio) instead of once per file, which keeps CI's build time and disk in check.

mod accounts;
mod api_console;
mod branding;
mod callflows;
mod cross_origin;
mod inspector;
mod interaction;
mod lists;
mod my_settings;
mod sections;
mod security;
mod skeleton;
mod smartpbx_dashboard;
mod smartpbx_devices;
mod smartpbx_main_number;
mod smartpbx_numbers;
mod smartpbx_people;
mod smartpbx_screens;
mod smartpbx_user_settings;
mod smartpbx_users;
