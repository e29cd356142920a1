//! Small reactive helpers shared by every screen, one per file (as leptos-use keeps them).

mod watch;

pub use watch::watch;
