//! What the benchmark installs in every page, and the conditions it waits for.

/// Installed in every document before its own scripts (CDP), so that the sign-in form is
/// timed from navigation start. `__bench` offers:
/// - `signIn`: resolves with `performance.now()` when the form's "Sign in" button is
///   present and enabled;
/// - `arm(trigger, cond)`: remembers the time stamp of the next `click` (or of the last
///   `input`) and resolves `run.ready` with `performance.now()` once `cond()` holds after it;
/// - `until(cond)`: resolves with `performance.now()` once `cond()` holds;
/// - `within(promise, ms, what)`: the promise, or a rejection after `ms` (a deadline, not
///   a measurement);
/// - `api(from, to)`: the Crossbar requests (`/v2/`) that started between two times.
pub(crate) const PAGE_JS: &str = r#"(() => {
    performance.setResourceTimingBufferSize(100000);
    const observe = cond => new Promise(resolve => {
        const check = () => {
            if (!cond()) return false;
            observer.disconnect();
            resolve(performance.now());
            return true;
        };
        const observer = new MutationObserver(check);
        if (!check()) observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    });
    const b = window.__bench = {};
    // Trunk's loader announces the instantiated module; its linear memory is the app's heap.
    addEventListener('TrunkApplicationStarted', e => { b.wasm = e.detail.wasm; });
    b.until = observe;
    b.signIn = observe(() => [...document.querySelectorAll('button[type=submit]')]
        .some(x => !x.disabled && x.textContent.trim() === 'Sign in'));
    b.arm = (trigger, cond) => {
        const run = b.run = { start: null };
        const seen = e => { run.start = e.timeStamp; };
        document.addEventListener(trigger, seen, true);
        run.ready = observe(() => run.start !== null && cond()).then(t => {
            document.removeEventListener(trigger, seen, true);
            return t;
        });
    };
    b.within = (promise, ms, what) => Promise.race([promise, new Promise((_, reject) =>
        setTimeout(() => reject(new Error(what + ' did not happen within ' + ms + ' ms')), ms))]);
    b.api = (from, to) => performance.getEntriesByType('resource')
        .filter(e => e.name.includes('/v2/') && e.startTime >= from && e.startTime <= to)
        .map(e => ({ name: e.name, start: e.startTime, end: e.responseEnd }));
    b.heading = text => [...document.querySelectorAll('h1, h2, h3')].some(h => h.textContent.trim() === text);
    b.status = () => (document.querySelector('p.list-count') || {}).textContent || '';
    b.rows = () => [...document.querySelectorAll('tbody tr[aria-rowindex]')];
})();"#;

/// Shown on the Dashboard: its heading and the "Office at a glance" list.
pub(crate) const DASHBOARD_SHOWN: &str = "() => __bench.heading('Dashboard') && document.querySelector('dl.counts')";
/// The Dashboard's users and devices counted (no cell says "Counting…").
pub(crate) const DASHBOARD_COUNTED: &str = "() => { const dl = document.querySelector('dl.counts'); \
     return dl && ![...dl.querySelectorAll('dd')].some(d => d.textContent.includes('Counting')); }";
