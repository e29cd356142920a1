//! Small reactive helpers shared by every screen, one per file (as leptos-use keeps them).

mod follow_screen;
mod watch;

pub use follow_screen::follow_screen;
pub use watch::watch;
