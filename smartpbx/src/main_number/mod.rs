//! Smart PBX › Main Number: what it reads (`data`), what it creates when pieces are
//! missing (`bootstrap`), and how it saves office hours, holidays, each period's call
//! handling, the virtual receptionists and the main / conference / fax numbers
//! (`save`, `write`).

pub mod bootstrap;
pub mod data;
pub mod save;
pub mod write;
