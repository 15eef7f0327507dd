"""Secrets kept outside the ledger, per ledger and by name (the audit chain's keys; later a
receipt-signing key or a mail password): in the operating system's key store through `keyring`
(Windows Credential Manager, macOS Keychain, the Secret Service), or, where there is none (a
Linux PC without a desktop session, a portable install), in a file of the data folder readable
by this user only. A secret is moved to another PC as text: its recovery code, or a bundle of a
ledger's secrets (`export_text` / `import_text`).

COUNTER_APP_KEYSTORE picks the store: "file" (the data folder's file: tests, portable installs),
"keyring" (the OS store, refused if there is none), or unset (the OS store when a real one is
there, else the file). The file holds secrets in the clear: whoever can read this user's files
can read it, as with any key kept on a PC; what it protects against is someone who has only a
copy of the ledger.
"""
from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from . import paths
from .core.errors import CounterError

ENV = "COUNTER_APP_KEYSTORE"
SERVICE = "counter-app"
FILE_NAME = "keys.json"
_NAMES = "_names"           # the keyring cannot list what it holds: an index of names per ledger


class KeyStoreError(CounterError):
    """The chosen key store cannot be used (no OS key store where one was required, a bad code)."""


@contextlib.contextmanager
def _locked(path: Path):
    """Held by one process of this PC at a time while the store is read and written back: the
    window sealing, a command making a key and a restore checking a copy never lose each other's
    keys (nor a name of the keyring's index). The OS drops the lock with a process that dies."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.name == "nt":
            import msvcrt   # why: Windows only
            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)     # itself retries for 10 s, then raises
                    break
                except OSError:
                    continue
            try:
                yield
            finally:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl   # why: not on Windows
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
    finally:
        os.close(fd)


class FileStore:
    """{ledger: {name: base64}} in one JSON file, written whole and replaced atomically, mode 0600,
    under a lock held across processes."""
    where = "file"

    def __init__(self, path: Path | None = None):
        self.path = path or paths.data_dir() / FILE_NAME

    def _load(self) -> dict:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise KeyStoreError("密钥文件 {path} 读不出来：{why}", path=str(self.path), why=str(exc)) from None

    def _save(self, data: dict) -> None:
        fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)   # mode 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=1, sort_keys=True)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, ledger: str, name: str) -> bytes | None:
        value = self._load().get(ledger, {}).get(name)
        return base64.b64decode(value) if value else None

    def put(self, ledger: str, name: str, secret: bytes) -> None:
        with _locked(self.path.with_name(self.path.name + ".lock")):
            data = self._load()
            data.setdefault(ledger, {})[name] = base64.b64encode(secret).decode()
            self._save(data)

    def names(self, ledger: str) -> list[str]:
        return sorted(self._load().get(ledger, {}))


class KeyringStore:
    """The operating system's key store: one entry per secret, service "counter-app:LEDGER"."""
    where = "keyring"

    def __init__(self, backend, lock: Path | None = None):
        self.backend = backend
        self.lock = lock or paths.data_dir() / "keyring.lock"

    def _service(self, ledger: str) -> str:
        return f"{SERVICE}:{ledger}"

    def get(self, ledger: str, name: str) -> bytes | None:
        value = self.backend.get_password(self._service(ledger), name)
        return base64.b64decode(value) if value else None

    def put(self, ledger: str, name: str, secret: bytes) -> None:
        with _locked(self.lock):
            self.backend.set_password(self._service(ledger), name, base64.b64encode(secret).decode())
            names = set(self.names(ledger)) | {name}
            self.backend.set_password(self._service(ledger), _NAMES, json.dumps(sorted(names)))

    def names(self, ledger: str) -> list[str]:
        value = self.backend.get_password(self._service(ledger), _NAMES)
        return json.loads(value) if value else []


def os_keyring():
    """The OS key store if a real one is there (keyring's fail and null backends have priority
    below 1), else None."""
    try:
        import keyring   # why: keyring scans its backends on import; only a secret needs it
        backend = keyring.get_keyring()
    except Exception:        # a broken desktop session must not stop the counter
        return None
    return backend if getattr(backend, "priority", 0) >= 1 else None


_chosen = None


def store():
    """The key store in use (chosen once per process and data folder)."""
    global _chosen
    choice = os.environ.get(ENV, "").strip().lower()
    key = (choice, str(paths.data_dir()))
    if _chosen is not None and _chosen[0] == key:
        return _chosen[1]
    if choice == "file":
        found = FileStore()
    else:
        backend = os_keyring()
        if backend is None and choice == "keyring":
            raise KeyStoreError("本机没有可用的系统密钥库（COUNTER_APP_KEYSTORE=keyring）")
        found = KeyringStore(backend) if backend is not None else FileStore()
    _chosen = (key, found)
    return found


def use(found) -> None:
    """Use this store from now on in this process (tests: an OS-like store of their own)."""
    global _chosen
    _chosen = ((os.environ.get(ENV, "").strip().lower(), str(paths.data_dir())), found)


def get(ledger: str, name: str) -> bytes | None:
    return store().get(ledger, name)


def put(ledger: str, name: str, secret: bytes) -> None:
    store().put(ledger, name, secret)


def names(ledger: str) -> list[str]:
    return store().names(ledger)


# -- recovery codes and bundles ---------------------------------------------------------------

_GROUP = 5
_CHECK = 2          # bytes of SHA-256 appended, so a mistyped code is refused, not taken as another key


def recovery_code(secret: bytes) -> str:
    """A secret as text a person can print, keep and type back: base32 in groups of five."""
    raw = secret + hashlib.sha256(secret).digest()[:_CHECK]
    text = base64.b32encode(raw).decode().rstrip("=")
    return "-".join(text[i:i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_code(text: str) -> bytes:
    """The secret of a recovery code as typed: case, spaces and dashes do not matter, and 0, 1, 8
    read as the letters O, I, B they are mistaken for. A code whose check fails is refused."""
    cleaned = re.sub(r"[\s\-]", "", text or "").upper().translate(str.maketrans("018", "OIB"))
    if not cleaned or not re.fullmatch(r"[A-Z2-7]+", cleaned):
        raise KeyStoreError("恢复码只含字母 A–Z 和数字 2–7（可带空格和连字符）")
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        raise KeyStoreError("恢复码长度不对，请核对后重新输入") from None
    secret, check = raw[:-_CHECK], raw[-_CHECK:]
    if len(secret) < 16 or hashlib.sha256(secret).digest()[:_CHECK] != check:
        raise KeyStoreError("恢复码校验不符（抄错或输错了字符），请核对后重新输入")
    return secret


BUNDLE_HEADER = "counter-app ledger keys v1"


def export_text(ledger: str) -> str:
    """Every secret this PC holds for the ledger, one recovery code a line with its name (names
    beginning with "_" are this PC's own notes, not secrets, and stay)."""
    lines = [BUNDLE_HEADER, f"ledger: {ledger}"]
    for name in names(ledger):
        if name.startswith("_"):
            continue
        secret = get(ledger, name)
        if secret:
            lines.append(f"{name}: {recovery_code(secret)}")
    return "\n".join(lines) + "\n"


def read_bundle(text: str) -> tuple[str, dict[str, bytes]]:
    """(ledger, {name: secret}) of an exported bundle; refused if it is none or a code is wrong."""
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    if not lines or lines[0] != BUNDLE_HEADER:
        raise KeyStoreError("这不是本程序导出的密钥文件")
    ledger, secrets = "", {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip() == "ledger":
            ledger = value.strip()
        elif value.strip():
            secrets[name.strip()] = parse_recovery_code(value)
    if not ledger:
        raise KeyStoreError("密钥文件里没有账本编号")
    return ledger, secrets
