//! The TCP side of the server: a listener that tells handlers who is connecting, and
//! answers the requests hyper refuses before any handler runs in Crossbar's envelope.
//!
//! hyper rejects a request line over 64 KB (414), oversized headers (431) and
//! unparsable requests (400) itself, with an empty body that no route ever sees. A
//! client then gets a bare status where every other error of the API is an envelope.
//! `GuardedIo` recognises those canned answers as hyper writes them — a head with
//! `content-length: 0` and one of those three statuses, which no handler of ours sends
//! — and writes the envelope in their place. hyper closes the connection after them.

use crate::doc;
use axum::extract::connect_info::Connected;
use axum::serve::{IncomingStream, Listener};
use serde_json::json;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// The peer address of a connection, for `ConnectInfo`.
#[derive(Clone, Copy, Debug)]
pub struct ClientAddr(pub SocketAddr);

pub struct GuardedListener(pub TcpListener);

impl Listener for GuardedListener {
    type Io = GuardedIo;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let (stream, addr) = Listener::accept(&mut self.0).await;
        (GuardedIo { inner: stream, pending: Vec::new() }, addr)
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        Listener::local_addr(&self.0)
    }
}

impl Connected<IncomingStream<'_, GuardedListener>> for ClientAddr {
    fn connect_info(stream: IncomingStream<'_, GuardedListener>) -> Self {
        ClientAddr(*stream.remote_addr())
    }
}

pub struct GuardedIo {
    inner: TcpStream,
    /// A replacement answer still to be written.
    pending: Vec<u8>,
}

/// The status of a response head hyper generated for a request it could not parse.
fn canned_status(buf: &[u8]) -> Option<u16> {
    let head = std::str::from_utf8(buf).ok()?;
    let status: u16 = head.strip_prefix("HTTP/1.1 ")?.get(..3)?.parse().ok()?;
    let empty = head.ends_with("\r\n\r\n") && head.to_ascii_lowercase().contains("\r\ncontent-length: 0\r\n");
    (matches!(status, 400 | 414 | 431) && empty).then_some(status)
}

/// The whole HTTP response sent instead of hyper's canned one.
fn envelope_response(status: u16) -> Vec<u8> {
    let (reason, tag, message) = match status {
        414 => ("URI Too Long", "uri_too_long", "the request's path and query are too long"),
        431 => ("Request Header Fields Too Large", "headers_too_large", "the request's headers are too large"),
        _ => ("Bad Request", "bad_request", "the request could not be read"),
    };
    let body = json!({
        "data": {"message": message},
        "error": status.to_string(),
        "message": tag,
        "status": "error",
        "timestamp": doc::iso8601(doc::now_unix()),
        "request_id": uuid::Uuid::new_v4().to_string(),
        "auth_token": "",
    })
    .to_string();
    format!(
        "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         access-control-allow-origin: *\r\nx-content-type-options: nosniff\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

impl GuardedIo {
    /// Writes what is left of a replacement answer; `Ready` once it is all out.
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while !self.pending.is_empty() {
            match Pin::new(&mut self.inner).poll_write(cx, &self.pending) {
                Poll::Ready(Ok(0)) => return Poll::Ready(Err(io::ErrorKind::WriteZero.into())),
                Poll::Ready(Ok(n)) => {
                    self.pending.drain(..n);
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(Ok(()))
    }
}

impl AsyncRead for GuardedIo {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for GuardedIo {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        if self.drain(cx)?.is_pending() {
            return Poll::Pending;
        }
        if let Some(status) = canned_status(buf) {
            self.pending = envelope_response(status);
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if self.drain(cx)?.is_pending() {
            return Poll::Pending;
        }
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if self.drain(cx)?.is_pending() {
            return Poll::Pending;
        }
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    // Whole buffers only, so a canned head always arrives in one `poll_write`.
    fn is_write_vectored(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_only_hypers_bodyless_parse_errors() {
        let canned = b"HTTP/1.1 414 URI Too Long\r\ncontent-length: 0\r\ndate: Sun, 06 Dec 2026 00:00:00 GMT\r\n\r\n";
        assert_eq!(canned_status(canned), Some(414));
        let ours = b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: 120\r\n\r\n{";
        assert_eq!(canned_status(ours), None);
        let ok = b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(canned_status(ok), None);
    }
}
