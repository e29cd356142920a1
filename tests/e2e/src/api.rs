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

    /// The signed-in account's id, from the tab's session.
    pub async fn account_id(&self) -> Result<String> {
        let v = self
            .browser
            .execute("return JSON.parse(sessionStorage.getItem('patchbay.session') || '{}').account_id || ''", vec![])
            .await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }
}
