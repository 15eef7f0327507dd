"""One SMTP delivery through the office's own server, its outcome as a word for the queue.

Outcomes: "sent"; "retry" when the network or server is away (refused, timeout, 4xx), the row
stays queued; "failed" on a permanent 5xx refusal, with the server's words kept.
"""
from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

TLS_MODES = ("none", "starttls", "ssl")


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    tls: str = "starttls"
    user: str = ""
    password: str = ""      # from the key store at the caller, never from a settings file
    timeout: float = 10.0


@dataclass(frozen=True)
class Outcome:
    state: str              # "sent" | "retry" | "failed"
    detail: str = ""


def _connect(server: Server) -> smtplib.SMTP:
    if server.tls == "ssl":
        return smtplib.SMTP_SSL(server.host, server.port, timeout=server.timeout,
                                context=ssl.create_default_context())
    conn = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
    if server.tls == "starttls":
        conn.starttls(context=ssl.create_default_context())
    return conn


def _words(code: int, text: bytes | str) -> str:
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {text}"


def deliver(server: Server, msg: EmailMessage) -> Outcome:
    if server.tls not in TLS_MODES:
        raise ValueError(server.tls)
    try:
        with _connect(server) as conn:
            if server.user:
                conn.login(server.user, server.password)
            refused = conn.send_message(msg)
    except smtplib.SMTPRecipientsRefused as exc:
        code, text = next(iter(exc.recipients.values()))
        return Outcome("failed" if code >= 500 else "retry", _words(code, text))
    except smtplib.SMTPResponseException as exc:
        return Outcome("failed" if exc.smtp_code >= 500 else "retry",
                       _words(exc.smtp_code, exc.smtp_error))
    except (OSError, smtplib.SMTPServerDisconnected, socket.timeout) as exc:
        # Refused, unreachable, timed out: the network or the server is away; try again later.
        return Outcome("retry", type(exc).__name__)
    if refused:
        code, text = next(iter(refused.values()))
        return Outcome("failed" if code >= 500 else "retry", _words(code, text))
    return Outcome("sent")
