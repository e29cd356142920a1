//! Smart PBX's feature-code bootstrap (monster-ui-voip `submodules/strategy/strategy.js`
//! `strategyHandleFeatureCodes`): every standard code whose `featurecode.name` no
//! callflow carries is created with `PUT /callflows`, all at once, each exactly as
//! Smart PBX writes it (`patchbay_monster::feature_codes`).

use futures::future::join_all;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::Transport;
use patchbay_monster::feature_codes::FeatureCode;
use patchbay_monster::UiMetadata;

use crate::stamped;

/// Creates the codes in parallel; the names of those that failed.
pub async fn create_all(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    codes: &[&'static FeatureCode],
) -> Vec<String> {
    let path = format!("accounts/{}/callflows", seg(account));
    let results = join_all(codes.iter().map(|code| {
        let (path, body) = (path.clone(), stamped(code.callflow_doc(), meta));
        async move { call.put(&path, body).await.map_err(|_| code.name.to_string()) }
    }))
    .await;
    results.into_iter().filter_map(Result::err).collect()
}
