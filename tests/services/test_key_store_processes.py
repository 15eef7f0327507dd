"""One PC, several processes at the key store at once (the window sealing, a command making a key,
a restore checking a copy): each read-modify-write of the store is locked across processes, so no
process loses another's key, nor a name from the keyring's index."""
import base64
import multiprocessing
import os
from pathlib import Path

import pytest

from counter_app import keystore

WRITERS, KEYS = 6, 25


class FolderBackend:
    """A keyring backend whose own entries are safe (one file each, replaced atomically), like the
    OS stores: what is left to race is the store's index of names."""
    priority = 1

    def __init__(self, folder):
        self.folder = Path(folder)

    def _path(self, service, name):
        return self.folder / base64.urlsafe_b64encode(f"{service}\0{name}".encode()).decode()

    def get_password(self, service, name):
        try:
            return self._path(service, name).read_text()
        except FileNotFoundError:
            return None

    def set_password(self, service, name, value):
        path = self._path(service, name)
        tmp = path.with_name(f"{path.name}.{os.getpid()}")
        tmp.write_text(value)
        os.replace(tmp, path)


def _store(kind, folder):
    if kind == "file":
        return keystore.FileStore(Path(folder) / "keys.json")
    return keystore.KeyringStore(FolderBackend(folder))


def _writer(kind, folder, writer, start):
    store = _store(kind, folder)
    start.wait()
    for i in range(KEYS):
        # two ledgers on one PC, and one ledger's keys made by several processes
        store.put(f"ledger-{writer % 2}", f"audit-{writer}-{i}", os.urandom(32))


@pytest.mark.parametrize("kind", ["file", "keyring"])
def test_processes_writing_at_once_keep_every_key(kind, tmp_path, monkeypatch):
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path / "data"))
    context = multiprocessing.get_context("fork")
    start = context.Barrier(WRITERS)
    workers = [context.Process(target=_writer, args=(kind, str(tmp_path), w, start)) for w in range(WRITERS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert [w.exitcode for w in workers] == [0] * WRITERS
    store = _store(kind, tmp_path)
    for ledger in ("ledger-0", "ledger-1"):
        expected = {f"audit-{w}-{i}" for w in range(WRITERS) if w % 2 == int(ledger[-1]) for i in range(KEYS)}
        assert set(store.names(ledger)) == expected
        assert all(len(store.get(ledger, name)) == 32 for name in expected)
