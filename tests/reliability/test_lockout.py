"""Twelve processes guessing one user's password at once get no more password checks than the
lockout allows, and the account is locked once: each check is counted in one guarded statement
inside the write transaction before it is made, and no write clears a lock it did not see
(services/admin/users.py). On SQLite and on the server alike."""
import subprocess
import sys
from pathlib import Path

from counter_app.ledger import signin
from counter_app.store import db as dbmod
from counter_app.store.models import AuditLog, User

GUESSERS, GUESSES = 12, 6


def test_parallel_guessers_get_at_most_the_allowed_checks(estate, tmp_path):
    target = str(estate.ledger.path)
    dbmod.close()
    go = tmp_path / "go"
    root = Path(__file__).resolve().parents[2]
    procs = [subprocess.Popen([sys.executable, "-m", "tests.reliability.guesser", target, "cashier", str(GUESSES),
                               str(go)], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(GUESSERS)]
    try:
        for p in procs:
            assert p.stdout.readline().strip() == "ready", p.stderr.read()
        go.write_text("go")
        outcomes = [p.communicate(timeout=180) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert all(p.returncode == 0 for p in procs), [err for _, err in outcomes]
    wrong = sum(int(out.split()[0].split("=")[1]) for out, _ in outcomes)
    locked = sum(int(out.split()[1].split("=")[1]) for out, _ in outcomes)
    assert wrong + locked == GUESSERS * GUESSES
    from counter_app.services.common.session import open_database
    open_database(target)
    checks = AuditLog.select().where(AuditLog.action == "login.failed").count()
    lockouts = AuditLog.select().where(AuditLog.action == "login.lockout").count()
    assert checks == wrong <= signin.MAX_FAILED, (checks, wrong)
    assert lockouts == 1
    user = User.get(User.username == "cashier")
    assert user.locked_until is not None
    from counter_app.ledger import verify
    assert verify.verify_all().ok                     # every count and the lock were sealed as they happened
