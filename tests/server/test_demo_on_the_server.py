"""`counter-app demo --db postgresql://…` builds the demo on the server, in an empty database only,
and no file appears on this PC."""
from counter_app import cli
from counter_app.services.common.session import open_database
from counter_app.ledger import verify
from counter_app.store import db as dbmod
from counter_app.store.models import Unit


def test_the_demo_is_built_on_the_server_named(pg, tmp_path, capsys, monkeypatch):
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    url = pg.empty_database()
    assert cli.main(["demo", "--small", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "服务器上的演示账本已建好" in out and not list(work.iterdir())
    assert not [p for p in tmp_path.rglob("*") if p.suffix == ".sqlite3" or "postgresql" in p.name]
    open_database(url)
    assert Unit.select().count() == 60 and verify.verify_all().ok
    dbmod.close()
    assert cli.main(["demo", "--small", "--db", url]) == 2                 # only into an empty database
    assert "已经有账本" in capsys.readouterr().err
    pg.drop(url)
