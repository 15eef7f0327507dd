"""Why a server did not let this counter in, as the server said it.

libpq keeps only the words of a refused connection (in the server's language), not its SQLSTATE,
so after the driver fails to connect, this asks once more over the wire protocol itself and reads
the code: the socket's errno when nothing answers, the server's answer to the TLS request, and the
SQLSTATE of its ErrorResponse (28P01 a wrong password, 28000 no pg_hba.conf entry, 3D000 no such
database …). It authenticates as libpq would (SCRAM-SHA-256, MD5 or a plain password) only to
learn whether the password was the refusal, and then ends the session. Never on the hot path: only
when a connection has already failed."""
from __future__ import annotations

import base64
import errno
import getpass
import hashlib
import hmac
import os
import socket
import ssl
import struct
from pathlib import Path

from .failures import sqlstate_kind
from psycopg.conninfo import conninfo_to_dict

SSL_REQUEST = 80877103
PROTOCOL_3 = 196608
TLS_MODES = ("require", "verify-ca", "verify-full")


def settings_of(url: str) -> dict:
    """The connection's parameters with libpq's defaults and environment filled in."""
    params = {k: str(v) for k, v in conninfo_to_dict(url).items() if v is not None}
    host = (params.get("host") or os.environ.get("PGHOST") or "localhost").split(",")[0]
    port = (params.get("port") or os.environ.get("PGPORT") or "5432").split(",")[0] or "5432"
    user = params.get("user") or os.environ.get("PGUSER") or getpass.getuser()
    out = {"host": host, "hostaddr": params.get("hostaddr", "").split(",")[0], "port": int(port), "user": user,
           "dbname": params.get("dbname") or os.environ.get("PGDATABASE") or user,
           "sslmode": params.get("sslmode") or os.environ.get("PGSSLMODE") or "prefer",
           "sslrootcert": params.get("sslrootcert") or os.environ.get("PGSSLROOTCERT", ""),
           "timeout": min(int(params.get("connect_timeout") or 5), 5)}
    out["password"] = (params.get("password") or os.environ.get("PGPASSWORD")
                       or _pgpass(params.get("passfile") or os.environ.get("PGPASSFILE"), out))
    return out


def _pgpass(passfile: str | None, p: dict) -> str | None:
    """The password a pgpass file gives this host, port, database and user (libpq's format)."""
    if passfile:
        path = Path(passfile)
    elif os.name == "nt":
        path = Path(os.environ.get("APPDATA", "")) / "postgresql" / "pgpass.conf"
    else:
        path = Path.home() / ".pgpass"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    wanted = [p["host"], str(p["port"]), p["dbname"], p["user"]]
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        fields, field, escaped = [], "", False
        for c in line:
            if escaped:
                field, escaped = field + c, False
            elif c == "\\":
                escaped = True
            elif c == ":" and len(fields) < 4:
                fields, field = fields + [field], ""
            else:
                field += c
        if len(fields) == 4 and all(f in ("*", w) for f, w in zip(fields, wanted)):
            return field
    return None


class _Wire:
    def __init__(self, sock):
        self.sock = sock

    def send(self, kind: bytes, payload: bytes) -> None:
        self.sock.sendall(kind + struct.pack("!i", len(payload) + 4) + payload)

    def exactly(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            part = self.sock.recv(n - len(data))
            if not part:
                raise ConnectionResetError(errno.ECONNRESET, "closed")
            data += part
        return data

    def message(self) -> tuple[bytes, bytes]:
        kind = self.exactly(1)
        (length,) = struct.unpack("!i", self.exactly(4))
        if not 4 <= length <= 1 << 20:
            raise ValueError("not the PostgreSQL protocol")
        return kind, self.exactly(length - 4)


def _fields(payload: bytes) -> dict[str, str]:
    out = {}
    for part in payload.split(b"\x00"):
        if part:
            out[chr(part[0])] = part[1:].decode("utf-8", "replace")
    return out


def _tls(sock, p: dict):
    context = ssl.create_default_context()
    if p["sslmode"] in ("verify-ca", "verify-full"):
        root = p["sslrootcert"] or str(Path(os.environ.get("APPDATA", "")) / "postgresql" / "root.crt" if os.name == "nt"
                                       else Path.home() / ".postgresql" / "root.crt")
        context.load_verify_locations(root)
        context.check_hostname = p["sslmode"] == "verify-full"
    else:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context.wrap_socket(sock, server_hostname=p["host"])


def _connect_socket(p: dict):
    if p["host"].startswith("/"):          # a Unix-domain socket's folder
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(p["timeout"])
        sock.connect(f"{p['host']}/.s.PGSQL.{p['port']}")
        return sock
    return socket.create_connection((p["hostaddr"] or p["host"], p["port"]), timeout=p["timeout"])


def diagnose(url: str) -> tuple[str, str]:
    """(reason, code) of a connection to `url`: reason is one of store/failures.py's kinds, or
    "accepted" when the server lets this counter in now; code is the SQLSTATE, errno name or
    protocol fact it was told by."""
    try:
        p = settings_of(url)
    except Exception:
        return "other", "bad-url"
    return _diagnose(p, None)


def _diagnose(p: dict, tls: bool | None) -> tuple[str, str]:
    """`tls` None follows sslmode; True asks for TLS whatever it says (the second look at a
    refusal without it)."""
    try:
        sock = _connect_socket(p)
    except socket.gaierror as exc:
        return "unknown_host", f"EAI{exc.errno}"
    except OSError as exc:
        return "lost", errno.errorcode.get(exc.errno or 0, "timeout")
    try:
        return _converse(sock, p, tls)
    except ssl.SSLCertVerificationError:
        return "tls_untrusted", "certificate"
    except (ssl.SSLError, ValueError, UnicodeError, struct.error, KeyError):
        return "not_postgres", "protocol"
    except OSError as exc:
        return "lost", errno.errorcode.get(exc.errno or 0, "timeout")
    finally:
        sock.close()


def _converse(sock, p: dict, tls: bool | None) -> tuple[str, str]:
    wire = _Wire(sock)
    try:
        return _startup(wire, p, tls)
    finally:
        if wire.sock is not sock:            # the TLS layer over it
            wire.sock.close()


def _startup(wire: _Wire, p: dict, tls: bool | None) -> tuple[str, str]:
    sock = wire.sock
    asked_tls = p["sslmode"] != "disable" if tls is None else tls
    secured = False
    if asked_tls:
        sock.sendall(struct.pack("!ii", 8, SSL_REQUEST))
        answer = wire.exactly(1)
        if answer == b"S":
            wire.sock = _tls(sock, p)
            secured = True
        elif answer == b"N":
            if p["sslmode"] in TLS_MODES:
                return "tls_unavailable", "N"
        else:
            return "not_postgres", "protocol"
    startup = b"".join(k.encode() + b"\x00" + v.encode() + b"\x00" for k, v in
                       (("user", p["user"]), ("database", p["dbname"]), ("application_name", "counter-app-probe")))
    payload = struct.pack("!i", PROTOCOL_3) + startup + b"\x00"
    wire.sock.sendall(struct.pack("!i", len(payload) + 4) + payload)
    scram = None
    while True:
        kind, body = wire.message()
        if kind == b"E":
            code = _fields(body).get("C", "")
            if code == "28000" and not secured and tls is None and p["sslmode"] != "require":
                # Refused without TLS: a server that takes this counter only over TLS says so
                # when asked again with it.
                again, _ = _diagnose(p, True)
                if again in ("accepted", "password", "no_database", "no_privilege"):
                    return "tls_required", code
            return sqlstate_kind(code), code or "?"
        if kind == b"Z":
            wire.send(b"X", b"")
            return "accepted", "OK"
        if kind != b"R":
            continue                                   # parameter status, key data, notices
        (method,) = struct.unpack("!i", body[:4])
        if method == 0:
            continue                                   # authenticated; the database check follows
        if p["password"] is None and method in (3, 5, 10):
            return "password_missing", "no-password"
        if method == 3:
            wire.send(b"p", p["password"].encode() + b"\x00")
        elif method == 5:
            inner = hashlib.md5((p["password"] + p["user"]).encode()).hexdigest().encode()
            wire.send(b"p", b"md5" + hashlib.md5(inner + body[4:8]).hexdigest().encode() + b"\x00")
        elif method == 10:
            if b"SCRAM-SHA-256\x00" not in body[4:]:
                return "other", "sasl"
            scram = _Scram(p["password"])
            first = scram.first()
            wire.send(b"p", b"SCRAM-SHA-256\x00" + struct.pack("!i", len(first)) + first)
        elif method == 11 and scram is not None:
            wire.send(b"p", scram.final(body[4:]))
        elif method == 12:
            continue
        else:
            return "other", f"auth{method}"


class _Scram:
    """The client side of SCRAM-SHA-256 (RFC 5802/7677), without channel binding."""

    def __init__(self, password: str):
        self.password = password.encode("utf-8")
        self.nonce = base64.b64encode(os.urandom(18)).decode()
        self.bare = f"n=,r={self.nonce}"

    def first(self) -> bytes:
        return f"n,,{self.bare}".encode()

    def final(self, server_first: bytes) -> bytes:
        text = server_first.decode()
        fields = dict(part.split("=", 1) for part in text.split(","))
        salted = hashlib.pbkdf2_hmac("sha256", self.password, base64.b64decode(fields["s"]), int(fields["i"]))
        client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
        stored = hashlib.sha256(client_key).digest()
        without_proof = f"c=biws,r={fields['r']}"
        signature = hmac.new(stored, f"{self.bare},{text},{without_proof}".encode(), hashlib.sha256).digest()
        proof = bytes(a ^ b for a, b in zip(client_key, signature))
        return f"{without_proof},p={base64.b64encode(proof).decode()}".encode()
