//! Doing what a person does: opening a page, typing, choosing, pressing keys, signing
//! in; and waiting for what the app does after the page answered (`eventually`).

use std::time::Duration;

use anyhow::Result;
use fantoccini::key::Key;
use fantoccini::Locator;

use super::{xpath_literal, Harness, PATIENCE};

impl Harness {
    pub async fn open(&self, path: &str) -> Result<()> {
        self.browser.goto(&format!("{}{}", self.base_url, path)).await?;
        Ok(())
    }

    pub async fn fill(&self, label: &str, value: &str) -> Result<()> {
        let f = self.field(label).await?;
        // Select all and delete, as a person would: WebDriver's "clear" fires no
        // `input` event, so the app would never hear about it.
        let (ctrl, release, backspace) = (char::from(Key::Control), char::from(Key::Null), char::from(Key::Backspace));
        f.send_keys(&format!("{ctrl}a{release}{backspace}")).await?;
        if !value.is_empty() {
            f.send_keys(value).await?;
        }
        Ok(())
    }

    /// Unfolds a person's feature row (its heading's button, `aria-expanded`) to change it;
    /// one already open stays open.
    pub async fn open_feature(&self, name: &str) -> Result<()> {
        let n = xpath_literal(name);
        let toggle = self
            .browser
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::XPath(&format!("//h3/button[@aria-expanded][normalize-space(.)={n}]")))
            .await?;
        if toggle.attr("aria-expanded").await?.as_deref() != Some("true") {
            toggle.click().await?;
        }
        Ok(())
    }

    pub async fn sign_in(&self, account: &str, username: &str, password: &str) -> Result<()> {
        self.open("/").await?;
        self.fill("Account name", account).await?;
        self.fill("Username", username).await?;
        self.fill("Password", password).await?;
        self.button("Sign in").await?.click().await?;
        Ok(())
    }

    /// Set a control's value as a picker would (date and time inputs take typed keys
    /// in the browser's locale format), firing the `input` event the app listens to.
    pub async fn set_value(&self, label: &str, value: &str) -> Result<()> {
        let el = self.field(label).await?;
        let arg = serde_json::to_value(&el)?;
        self.browser
            .execute(
                "const [el, v] = arguments; el.value = v; el.dispatchEvent(new Event('input', { bubbles: true }));",
                vec![arg, value.into()],
            )
            .await?;
        Ok(())
    }

    /// On the Users screen: press "Add user" and fill the four fields every new user
    /// needs, as a person would; the test goes on to fill the rest and press Create.
    pub async fn start_adding_user(&self, first: &str, last: &str, extension: &str, email: &str) -> Result<()> {
        self.button("Add user").await?.click().await?;
        self.fill("First name", first).await?;
        self.fill("Last name", last).await?;
        self.fill("Extension", extension).await?;
        self.fill("Email", email).await?;
        Ok(())
    }

    /// Choose the option with this text in the `<select>` labelled `label`, by clicking
    /// it as a person would (the browser fires `change`); a list that fills in after it
    /// is drawn is waited for.
    pub async fn choose(&self, label: &str, option: &str) -> Result<()> {
        let select = self.field(label).await?;
        let xpath = format!(".//option[normalize-space(.)={}]", xpath_literal(option));
        let found = self
            .eventually(&format!("option {option:?} in {label:?}"), || async {
                Ok(select.find_all(Locator::XPath(&xpath)).await?.into_iter().next())
            })
            .await?;
        found.click().await?;
        Ok(())
    }

    /// Press a key chord on the page (e.g. Alt+I), as typed with focus on the page body.
    /// Sends `keys` to whatever has the focus, as a person typing would.
    pub async fn press_on_focused(&self, keys: &str) -> Result<()> {
        self.browser.active_element().await?.send_keys(keys).await?;
        Ok(())
    }

    pub async fn press(&self, keys: &str) -> Result<()> {
        self.browser.find(Locator::Css("body")).await?.send_keys(keys).await?;
        Ok(())
    }

    /// Saves a PNG of the page, for looking at what a failing test saw.
    pub async fn screenshot(&self, path: &str) -> Result<()> {
        std::fs::write(path, self.browser.screenshot().await?)?;
        Ok(())
    }

    /// Waits until `check` finds what it looks for (`Some`), asking again every 100 ms,
    /// for at most `PATIENCE`: for what the app does after the page has answered (a
    /// document stored, a value shown), instead of a fixed sleep.
    pub async fn eventually<T, F, Fut>(&self, what: &str, mut check: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<Option<T>>>,
    {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            if let Some(found) = check().await? {
                return Ok(found);
            }
            if tokio::time::Instant::now() > deadline {
                anyhow::bail!("{what} did not happen within {PATIENCE:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}
