//! Finding what a person finds: buttons and links by their name, fields by their label,
//! headings, text and roles — waiting up to `PATIENCE` for the app to show them.

use anyhow::{anyhow, Context, Result};
use fantoccini::elements::Element;
use fantoccini::Locator;

use super::{Harness, PATIENCE};

/// An XPath string literal for any text (XPath 1 has no escape for quotes).
pub fn xpath_literal(s: &str) -> String {
    if !s.contains('\'') {
        format!("'{s}'")
    } else if !s.contains('"') {
        format!("\"{s}\"")
    } else {
        let parts: Vec<String> = s.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

impl Harness {
    async fn wait_xpath(&self, xpath: &str, what: &str) -> Result<Element> {
        self.browser
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::XPath(xpath))
            .await
            .with_context(|| format!("no {what} appeared within {PATIENCE:?}"))
    }

    /// A button by its accessible name (its text, or `aria-label`).
    pub async fn button(&self, name: &str) -> Result<Element> {
        let n = xpath_literal(name);
        self.wait_xpath(
            &format!(
                "//button[normalize-space(.)={n} or @aria-label={n}] | //*[@role='button'][normalize-space(.)={n}]"
            ),
            &format!("button named {name:?}"),
        )
        .await
    }

    /// A button named `name` in the open modal dialog (the page behind it is inert, and may
    /// hold a button of the same name).
    pub async fn dialog_button(&self, name: &str) -> Result<Element> {
        let n = xpath_literal(name);
        self.wait_xpath(
            &format!("(//dialog[@open])[last()]//button[normalize-space(.)={n} or @aria-label={n}]"),
            &format!("button named {name:?} in the open dialog"),
        )
        .await
    }

    /// A button whose name starts with `prefix` (inspector rows carry timing after the label).
    pub async fn button_starting(&self, prefix: &str) -> Result<Element> {
        let n = xpath_literal(prefix);
        self.wait_xpath(
            &format!("//button[starts-with(normalize-space(.), {n})]"),
            &format!("button starting {prefix:?}"),
        )
        .await
    }

    /// Whether a button whose name starts with `prefix` is on the page right now (no waiting).
    pub async fn has_button_starting(&self, prefix: &str) -> Result<bool> {
        let n = xpath_literal(prefix);
        let xpath = format!("//button[starts-with(normalize-space(.), {n})]");
        Ok(!self.browser.find_all(Locator::XPath(&xpath)).await?.is_empty())
    }

    pub async fn link(&self, name: &str) -> Result<Element> {
        let n = xpath_literal(name);
        self.wait_xpath(
            &format!("//a[@href][normalize-space(.)={n} or @aria-label={n}]"),
            &format!("link named {name:?}"),
        )
        .await
    }

    pub async fn link_starting(&self, prefix: &str) -> Result<Element> {
        let n = xpath_literal(prefix);
        self.wait_xpath(
            &format!("//a[@href][starts-with(normalize-space(.), {n})]"),
            &format!("link starting {prefix:?}"),
        )
        .await
    }

    /// Whether a link with this name is on the page right now (no waiting).
    pub async fn has_link(&self, name: &str) -> Result<bool> {
        let n = xpath_literal(name);
        Ok(!self.browser.find_all(Locator::XPath(&format!("//a[@href][normalize-space(.)={n}]"))).await?.is_empty())
    }

    /// A form control by the text of its `<label>`.
    pub async fn field(&self, label: &str) -> Result<Element> {
        let n = xpath_literal(label);
        let label_el =
            self.wait_xpath(&format!("//label[normalize-space(.)={n}]"), &format!("field labelled {label:?}")).await?;
        let id = label_el.attr("for").await?.ok_or_else(|| anyhow!("label {label:?} is not tied to a control"))?;
        Ok(self.browser.find(Locator::Id(&id)).await?)
    }

    /// Waits for a heading; the first time a test reaches a screen (URL path) this way,
    /// axe-core checks it (see `check_accessibility`).
    pub async fn heading(&self, name: &str) -> Result<Element> {
        let n = xpath_literal(name);
        let heading = self
            .wait_xpath(
                &format!("//*[self::h1 or self::h2 or self::h3][normalize-space(.)={n}]"),
                &format!("heading {name:?}"),
            )
            .await?;
        let path = self.browser.current_url().await?.path().to_string();
        let first_visit = self.checked.lock().map(|mut seen| seen.insert(path)).unwrap_or(false);
        if first_visit {
            self.check_accessibility().await?;
        }
        Ok(heading)
    }

    /// Wait until an element with `role` (explicit, or implicit for `<table>` cells etc.)
    /// contains `text`.
    pub async fn role_with_text(&self, role: &str, text: &str) -> Result<Element> {
        let t = xpath_literal(text);
        self.wait_xpath(
            &format!("//*[@role={}][contains(normalize-space(.), {t})]", xpath_literal(role)),
            &format!("{role} saying {text:?}"),
        )
        .await
    }

    /// Wait for visible text anywhere on the page.
    pub async fn text(&self, text: &str) -> Result<Element> {
        let t = xpath_literal(text);
        self.wait_xpath(&format!("//body//*[contains(normalize-space(text()), {t})]"), &format!("text {text:?}")).await
    }

    /// Value of a form control found by label.
    pub async fn value_of(&self, label: &str) -> Result<String> {
        Ok(self.field(label).await?.prop("value").await?.unwrap_or_default())
    }

    /// The focused element's accessible text (its text, else `aria-label`), trimmed.
    pub async fn focused_text(&self) -> Result<String> {
        let v = self
            .browser
            .execute(
                "const e = document.activeElement; return e ? (e.textContent.trim() || e.getAttribute('aria-label') || '') : '';",
                vec![],
            )
            .await?;
        Ok(v.as_str().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// The document's title.
    pub async fn title(&self) -> Result<String> {
        Ok(self.browser.title().await?)
    }
}
