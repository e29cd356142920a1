//! RS256 JWTs with Crossbar's claims. The RSA key is generated once and kept in the
//! database, so tokens stay valid across sandbox restarts.

use crate::store::Store;
use anyhow::Context;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rsa::pkcs1::{EncodeRsaPrivateKey, EncodeRsaPublicKey, LineEnding};
use rsa::{RsaPrivateKey, RsaPublicKey};
use serde::{Deserialize, Serialize};

const KEY_META: &str = "jwt_rsa_private_key_pem";
pub const ISSUER: &str = "kazoo";

/// The claims Crossbar puts in a token (`crossbar_auth:create_auth_token/3`).
/// There is no `priv_level` claim: authorization looks the user up.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Claims {
    pub account_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    pub method: String,
    pub exp: u64,
    pub iss: String,
    /// When the token was minted (UNIX seconds): a credential change by the user
    /// themselves needs a password sign-in moments before (`auth::self_service`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<u64>,
}

pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    kid: String,
}

impl TokenKeys {
    pub fn load_or_create(store: &Store) -> anyhow::Result<Self> {
        let pem = match store.meta_get(KEY_META)? {
            Some(pem) => pem,
            None => {
                let key = RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048).context("generating the RSA signing key")?;
                let pem = key.to_pkcs1_pem(LineEnding::LF)?.to_string();
                store.meta_set(KEY_META, &pem)?;
                pem
            }
        };
        Self::from_private_pem(&pem)
    }

    fn from_private_pem(pem: &str) -> anyhow::Result<Self> {
        use rsa::pkcs1::DecodeRsaPrivateKey;
        let private = RsaPrivateKey::from_pkcs1_pem(pem).context("stored RSA key")?;
        let public_pem = RsaPublicKey::from(&private).to_pkcs1_pem(LineEnding::LF)?;
        Ok(Self {
            encoding: EncodingKey::from_rsa_pem(pem.as_bytes())?,
            decoding: DecodingKey::from_rsa_pem(public_pem.as_bytes())?,
            kid: crate::doc::md5_hex(&public_pem),
        })
    }

    pub fn mint(&self, claims: &Claims) -> anyhow::Result<String> {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(self.kid.clone());
        Ok(jsonwebtoken::encode(&header, claims, &self.encoding)?)
    }

    /// The claims of a valid, unexpired token; `None` for anything else.
    pub fn verify(&self, token: &str) -> Option<Claims> {
        let mut validation = Validation::new(Algorithm::RS256);
        validation.leeway = 0;
        validation.set_issuer(&[ISSUER]);
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation).ok().map(|data| data.claims)
    }
}
