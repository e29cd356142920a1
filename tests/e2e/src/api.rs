//! Checking what landed in the database: Crossbar called from the page with the
//! signed-in session's token, as a developer would from the console.

use anyhow::Result;

use super::Harness;

impl Harness {
    /// Call Crossbar from the page with the signed-in session's token, the way a
    /// developer would from the console: returns the HTTP status and the envelope.
    pub async fn api(
        &self,
        method: &str,
        path: &str,
        data: Option<serde_json::Value>,
    ) -> Result<(u16, serde_json::Value)> {
        let script = r#"
            const [method, path, data, done] = arguments;
            const session = JSON.parse(sessionStorage.getItem('patchbay.session') || '{}');
            const headers = { 'Content-Type': 'application/json' };
            if (session.token) headers['X-Auth-Token'] = session.token;
            fetch('/v2/' + path.replace(/^\//, ''), { method, headers, body: data === null ? undefined : JSON.stringify({ data }) })
                .then(async r => done([r.status, await r.json().catch(() => null)]))
                .catch(e => done([0, String(e)]));
        "#;
        let out = self
            .browser
            .execute_async(script, vec![method.into(), path.into(), data.unwrap_or(serde_json::Value::Null)])
            .await?;
        let status = out[0].as_u64().unwrap_or(0) as u16;
        Ok((status, out[1].clone()))
    }

    /// GET a binary (a media's `raw`) with the session's token: its bytes.
    pub async fn api_bytes(&self, path: &str) -> Result<Vec<u8>> {
        let script = r#"
            const [path, done] = arguments;
            const session = JSON.parse(sessionStorage.getItem('patchbay.session') || '{}');
            fetch('/v2/' + path.replace(/^\//, ''), { headers: { 'X-Auth-Token': session.token || '' } })
                .then(r => r.arrayBuffer())
                .then(b => done(Array.from(new Uint8Array(b))))
                .catch(e => done(String(e)));
        "#;
        let out = self.browser.execute_async(script, vec![path.into()]).await?;
        let bytes = out.as_array().ok_or_else(|| anyhow::anyhow!("GET {path}: {out}"))?;
        Ok(bytes.iter().filter_map(|b| b.as_u64()).map(|b| b as u8).collect())
    }

    /// The signed-in account's id, from the tab's session.
    pub async fn account_id(&self) -> Result<String> {
        let v = self
            .browser
            .execute("return JSON.parse(sessionStorage.getItem('patchbay.session') || '{}').account_id || ''", vec![])
            .await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }
}
