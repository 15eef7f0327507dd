"""A server's address: whether a --db names a server, the address without its password, and the
failure to reach one. No driver and no peewee here: the failures module and the server's
connection both read it."""
from __future__ import annotations

SCHEMES = ("postgresql://", "postgres://")


def is_server_url(target) -> bool:
    return isinstance(target, str) and target.startswith(SCHEMES)


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    from psycopg.conninfo import conninfo_to_dict   # why: the driver loads only for a server
    try:
        params = conninfo_to_dict(url)
    except Exception:    # not a URL psycopg can read: say nothing of it
        return "postgresql://…"
    params.pop("password", None)
    host, port, name = params.get("host", ""), params.get("port", ""), params.get("dbname", "")
    user = params.get("user", "")
    return f"postgresql://{user + '@' if user else ''}{host}{':' + str(port) if port else ''}/{name}"


class CannotConnect(Exception):
    """The server could not be reached or would not let this counter in. `reason` is one of
    store/failures.py's kinds, `code` what it was told by: the SQLSTATE of the server's refusal, an
    errno name, or a fact of the protocol (store/server_probe.py)."""

    def __init__(self, reason: str, code: str, url: str):
        super().__init__(f"{redacted(url)}: {reason} ({code})")
        self.reason, self.code = reason, code
