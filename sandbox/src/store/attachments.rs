//! Binary attachments (media files, whitelabel logos), kept beside their document like
//! CouchDB attachments: keyed by account, document id and attachment name.

use super::Store;
use rusqlite::{params, OptionalExtension};

pub struct Attachment {
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

impl Store {
    /// Stores `bytes` under `name`; `replace_all` first drops the document's other
    /// attachments (a new media upload overwrites the previous file).
    pub fn put_attachment(
        &self,
        account_id: &str,
        doc_id: &str,
        attachment: &Attachment,
        replace_all: bool,
    ) -> anyhow::Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        if replace_all {
            tx.execute("DELETE FROM attachments WHERE account_id = ?1 AND doc_id = ?2", params![account_id, doc_id])?;
        }
        tx.execute(
            "INSERT INTO attachments (account_id, doc_id, name, content_type, bytes) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(account_id, doc_id, name) DO UPDATE
             SET content_type = excluded.content_type, bytes = excluded.bytes",
            params![account_id, doc_id, attachment.name, attachment.content_type, attachment.bytes],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The named attachment, or the document's first one when `name` is `None`.
    pub fn get_attachment(
        &self,
        account_id: &str,
        doc_id: &str,
        name: Option<&str>,
    ) -> anyhow::Result<Option<Attachment>> {
        let conn = self.conn();
        let row = |r: &rusqlite::Row<'_>| Ok(Attachment { name: r.get(0)?, content_type: r.get(1)?, bytes: r.get(2)? });
        let found = match name {
            Some(name) => conn
                .query_row(
                    "SELECT name, content_type, bytes FROM attachments
                     WHERE account_id = ?1 AND doc_id = ?2 AND name = ?3",
                    params![account_id, doc_id, name],
                    row,
                )
                .optional()?,
            None => conn
                .query_row(
                    "SELECT name, content_type, bytes FROM attachments
                     WHERE account_id = ?1 AND doc_id = ?2 ORDER BY name LIMIT 1",
                    params![account_id, doc_id],
                    row,
                )
                .optional()?,
        };
        Ok(found)
    }
}
