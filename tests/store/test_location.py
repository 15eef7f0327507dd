"""A SQLite ledger is refused on a network location (WAL needs shared memory that network file
systems do not give): UNC names, network mounts; a local file stays WAL."""
import pytest

from counter_app.core.errors import CounterError
from counter_app.services.common.session import open_database
from counter_app.store import db as dbmod
from counter_app.store.location import network_location, require_local

pytestmark = pytest.mark.sqlite_only   # about SQLite itself; the server run leaves it out

MOUNTS = """/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export /mnt/office nfs4 rw,relatime 0 0
//nas/share /mnt/share cifs rw 0 0
/dev/vdb1 /mnt/share/local ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize("path, kind", [
    ("/mnt/office/counter.sqlite3", "nfs4"),
    ("/mnt/share/ledger/counter.sqlite3", "cifs"),
])
def test_network_mounts_are_named(path, kind):
    assert kind in network_location(path, mounts=MOUNTS, windows=False)


@pytest.mark.parametrize("path", ["/home/cashier/counter.sqlite3", "/mnt/share/local/counter.sqlite3",
                                  "/mnt/officeX/counter.sqlite3", "/tmp/counter.sqlite3"])
def test_local_disks_are_not(path):
    assert network_location(path, mounts=MOUNTS, windows=False) == ""


@pytest.mark.parametrize("path", [r"\\server\share\counter.sqlite3", "//server/share/counter.sqlite3"])
def test_unc_names_are_network_paths_on_any_system(path):
    assert "UNC" in network_location(path, mounts=MOUNTS, windows=False)
    with pytest.raises(CounterError, match="PostgreSQL"):
        require_local(path, mounts=MOUNTS, windows=False)


def test_opening_a_ledger_on_a_share_is_refused_and_creates_nothing(tmp_path, monkeypatch):
    """The refusal comes before anything is created, from the one place SQLite files are opened."""
    share = tmp_path / "share"
    monkeypatch.setattr("counter_app.store.location.Path.read_text",
                        lambda self, **kw: f"//nas/office {share} cifs rw 0 0\n")
    with pytest.raises(CounterError, match="网络文件系统（cifs）"):
        open_database(share / "counter.sqlite3")
    assert not share.exists()


def test_a_local_file_stays_in_wal_mode(db_path):
    open_database(db_path)
    assert dbmod.database.obj.pragma("journal_mode") == "wal"
