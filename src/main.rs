fn main() {
    console_error_panic_hook::set_once();
    // Before the router adds its own listener (see `hear_history_first`).
    patchbay::components::leave_guard::hear_history_first();
    leptos::mount::mount_to_body(patchbay::App);
}
