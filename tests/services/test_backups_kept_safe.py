"""The ledger kept safe: the day's automatic backup and its rotation, a folder that is missing,
read-only or full said in words with nothing touched, the age of the last good backup, what a
backup holds shown before a restore, another ledger's backup refused, and a backup taken while
another process takes payments restoring to a ledger that passes the check."""
import errno
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

from pathlib import Path

import pytest

from counter_app.core import rotation
from counter_app.core.errors import CounterError
from counter_app.services.setup import backups, checkup, restore
from counter_app.store import backup as engine, db as dbmod
from counter_app.store.models import AuditLog, Payment
from tests.factories import bill_months, build_small_estate, open_with_admin

from .test_backups import _pay


def _audit_actions():
    return [a.action for a in AuditLog.select(AuditLog.action).order_by(AuditLog.id)]


def _old_backup(path, at: datetime, named: datetime | None = None) -> None:
    """A backup (by what it holds) that records it was taken at `at`, this PC's local time."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES (?, ?)", (engine.TAKEN_AT, at.astimezone(timezone.utc).isoformat()))
    conn.commit()
    conn.close()


def test_the_automatic_backup_is_taken_once_a_day_and_rotated(estate, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    now = datetime.now().replace(microsecond=0)
    old = [now.replace(hour=8, minute=0, second=0) - timedelta(days=d) for d in range(1, 60)]
    for at in old:                                    # two months of earlier automatic backups
        _old_backup(folder / f"auto-{at:%Y%m%d-%H%M%S}{engine.SQLITE_SUFFIX}", at)
    _old_backup(folder / "counter-20250101-080000.sqlite3", datetime(2025, 1, 1, 8))     # by hand: never rotated
    assert backups.automatic_due()
    result = backups.automatic("cashier", folder)
    assert result.path.startswith(str(folder / "auto-")) and result.audit_rows > 0 and "审计链" in result.checked
    assert not backups.automatic_due()
    assert backups.last_good() is not None and backups.last_error() == ""
    left = backups.automatic_backups(folder)
    assert set(left.values()) == rotation.kept(old + [max(left.values())])
    assert {at.date() for at in left.values()} >= {now.date() - timedelta(days=d) for d in range(14)}
    assert 14 + 1 <= len(left) <= 14 + 3          # and the newest of each month before
    assert (folder / "counter-20250101-080000.sqlite3").exists()
    assert len(result.removed) == 60 - len(left)
    assert backups.automatic_due(date.today() + timedelta(days=1))


def test_a_missing_folder_is_said_and_nothing_is_created_or_recorded(estate, tmp_path):
    before = _audit_actions()
    drive = tmp_path / "E-drive-not-plugged-in" / "backups"
    with pytest.raises(CounterError, match="不存在"):
        backups.back_up(estate.manager, drive)
    assert not drive.parent.exists() and _audit_actions() == before
    assert "不存在" in backups.last_error() and backups.last_good() is None


def test_a_read_only_folder_is_said_and_nothing_is_written(estate, tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    real = type(folder).write_bytes

    def refused(path, data):
        if path.parent == folder:
            raise PermissionError(errno.EROFS, "Read-only file system")
        return real(path, data)
    monkeypatch.setattr(type(folder), "write_bytes", refused)
    with pytest.raises(CounterError, match="没有写入备份位置 .* 的权限"):
        backups.back_up(estate.manager, folder)
    assert list(folder.iterdir()) == []


@pytest.mark.sqlite_only
def test_a_full_folder_is_said_before_writing_or_cleaned_up_after(estate, tmp_path, monkeypatch):
    folder = tmp_path / "full"
    folder.mkdir()
    monkeypatch.setattr(backups.shutil, "disk_usage", lambda p: type("U", (), {"free": 1000})())
    with pytest.raises(CounterError, match="空间不足"):
        backups.back_up(estate.manager, folder)
    assert list(folder.iterdir()) == []
    monkeypatch.undo()

    def half_then_full(source, target, single_file=True):
        target.write_bytes(b"half a backup")
        full = sqlite3.OperationalError("磁盘满了")          # told by its code (SQLITE_FULL), not its words
        full.sqlite_errorcode, full.sqlite_errorname = 13, "SQLITE_FULL"
        raise full
    monkeypatch.setattr(engine, "copy_sqlite", half_then_full)
    with pytest.raises(CounterError, match="空间已满"):
        backups.back_up(estate.manager, folder)
    assert list(folder.iterdir()) == [] and "空间已满" in backups.last_error()


@pytest.mark.sqlite_only
def test_what_a_backup_holds_is_shown_before_it_is_restored(estate, tmp_path):
    bill_months(estate, "2026-01")
    receipt = _pay(estate, "3-2-501", 5)
    taken = backups.back_up(estate.manager, tmp_path / "b")
    info = backups.describe(taken.path)
    assert info.estates == ["测试花园"] and info.last_receipt == receipt.number
    assert (info.units, info.payments) == (4, 1) and info.audit_rows == taken.audit_rows
    assert info.schema_version >= 10 and info.taken_at.date() == date.today()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("same_moment", [False, True], ids=["made-apart", "made-in-the-same-microsecond"])
def test_a_backup_of_another_ledger_is_refused(estate, tmp_path, monkeypatch, same_moment):
    """Another office's ledger is refused, even one made in the same microsecond (a copied install,
    a clock set back): the id its keys are kept under decides, never meta.created_at."""
    from counter_app.store import migrations
    bill_months(estate, "2026-01")
    ours = _pay(estate, "3-2-501", 5)
    made = migrations.get_meta("created_at")
    dbmod.close()
    if same_moment:
        class SameMoment(datetime):
            @classmethod
            def now(cls, tz=None):
                return datetime.fromisoformat(made)
        monkeypatch.setattr(migrations, "datetime", SameMoment)
    other = build_small_estate(open_with_admin(tmp_path / "other.sqlite3"))
    assert (migrations.get_meta("created_at") == made) == same_moment
    theirs = backups.back_up(other.manager, tmp_path / "other-backups")
    dbmod.close()
    from counter_app.services.common.session import open_database
    open_database(estate.ledger.path)
    with pytest.raises(CounterError, match="另一个账本的备份"):
        restore.restore(estate.admin, theirs.path, tmp_path / "safety")
    assert Payment.get().number == ours.number and not (tmp_path / "safety").exists()


def test_a_backup_taken_while_another_process_pays_restores_to_a_ledger_that_passes_the_check(estate, tmp_path):
    bill_months(estate, "2026-01")
    payer = subprocess.Popen([sys.executable, "-m", "tests.reliability.payer", str(estate.ledger.path), "3-2-501",
                              "120"], stdout=subprocess.PIPE, text=True)
    try:
        assert payer.stdout.readline().strip() == "ready"
        taken_after = [payer.stdout.readline() for _ in range(20)]     # paying, well under way
        assert any(line.startswith("SJ") for line in taken_after)
        taken = backups.back_up(estate.manager, tmp_path / "b")
        rest = payer.communicate(timeout=120)[0]
    finally:
        payer.kill()
    assert payer.returncode == 0
    total = Payment.select().count()
    restore.restore(estate.admin, taken.path, tmp_path / "safety", accept_loss=True)
    restored = Payment.select().count()
    assert 10 <= restored < total, (restored, total)       # taken mid-way: some of the payments, whole ones
    report = checkup.check(estate.manager)
    assert report.ok, report.problems
    assert rest.count("SJ") > 0


def test_backups_in_the_same_second_each_keep_their_own_file(estate, tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "_stamp", lambda: "20261202-183000")          # one second for all three
    taken = [backups.back_up(estate.manager, tmp_path / "usb") for _ in range(3)]
    names = [Path(t.path).name for t in taken]
    assert len(set(names)) == 3 and sorted(p.name for p in (tmp_path / "usb").iterdir()) == \
        sorted(names + [n + ".anchor.txt" for n in names])     # each with its head beside it
    for t in taken:                                   # none written over: each a whole, verified backup
        assert engine.kind_of(Path(t.path)) and t.audit_rows > 0 and "审计链" in t.checked


def test_rotation_judges_by_the_time_in_each_backup_and_leaves_the_future_alone(estate, tmp_path):
    """A clock that once ran fast named backups a year ahead: they are neither the newest kept nor
    removed, and are named; the backup just taken always stays."""
    folder = tmp_path / "usb"
    folder.mkdir()
    now = datetime.now().replace(microsecond=0)
    ahead = now + timedelta(days=365)
    for d in range(1, 20):                           # a name that lies (a year ahead) on an old backup
        at = now - timedelta(days=d)
        _old_backup(folder / f"auto-{(at + timedelta(days=365)):%Y%m%d-%H%M%S}.sqlite3", at)
    future = folder / f"auto-{ahead:%Y%m%d-%H%M%S}-9.sqlite3"
    _old_backup(future, ahead)                       # and one that says, inside, it is from next year
    result = backups.automatic("cashier", folder, daily=3, monthly=1)
    assert Path(result.path).exists() and future.exists()
    assert any(future.name in why and "晚于现在" in why for why in result.left)
    kept = {p: at for p, at in backups.automatic_backups(folder).items() if p not in (future, Path(result.path))}
    assert len(kept) == 2 and max(kept.values()).date() == (now - timedelta(days=1)).date()
    assert len(result.removed) == 19 - 2             # by their recorded times, not their names


def test_a_refused_backup_changes_nothing_in_the_ledger(estate, tmp_path):
    from tests.factories import fingerprint
    dbmod.close()
    before = fingerprint(estate.ledger.path)
    from counter_app.services.common.session import open_database
    open_database(estate.ledger.path)
    with pytest.raises(CounterError, match="账本没有改动"):
        backups.back_up(estate.manager, tmp_path / "no-drive" / "backups")
    dbmod.close()
    assert fingerprint(estate.ledger.path) == before
    assert "不存在" in backups.last_error()          # said on this PC, not written into the ledger



def test_a_ledger_and_its_older_copies_upgraded_apart_are_one_ledger(estate):
    """A ledger of before schema 13 and each older backup of it, upgraded on their own, get the
    same id (so the backup is recognised and its keys found); two ledgers get two."""
    from counter_app.store import migrations
    made = migrations.get_meta("created_at")
    assert migrations.ledger_id_of_older(made) == migrations.ledger_id_of_older(made)
    assert migrations.ledger_id_of_older(made) != migrations.ledger_id_of_older(made[:-1] + "9")
    assert migrations.ledger_id_of_older("") != migrations.ledger_id_of_older("")
