"""An import's units are sealed (their billing facts written into the audit chain) in one append
whose reads do not grow with the rows: 20,000 units took 24 s when each row read its own last seal
and appended alone. A field edited behind the program is still named before the new seal."""
import json

from counter_app.services.imports import runner
from counter_app.store import db as dbmod
from counter_app.store.models import AuditLog
from tests.outside import execute

from . import files

HEADER = ["楼栋", "单元", "房号", "建筑面积"]


def _file(path, area):
    return files.xlsx(path, HEADER, [[str(b), 1, f"{f}0{r}", area] for b in (1, 2) for f in range(1, 31)
                                     for r in range(1, 11)])          # 600 units: over one batch of 500


def test_an_import_seals_its_units_in_a_few_reads_and_names_an_edit_made_behind_it(office, db_path, monkeypatch,
                                                                                  tmp_path):
    assert runner.run(office.admin, "units", _file(tmp_path / "a.xlsx", 80)).applied
    # Behind the program: a unit moved to the other building (a field no import changes).
    execute(db_path, "UPDATE unit SET building_id = (SELECT building_id FROM unit WHERE code = '2-1-101') "
                     "WHERE code = '1-1-101'")
    database = dbmod.database.obj
    seen = []
    real = database.execute_sql
    monkeypatch.setattr(database, "execute_sql", lambda sql, *a, **k: (seen.append(sql), real(sql, *a, **k))[1])
    done = runner.run(office.admin, "units", _file(tmp_path / "b.xlsx", 81))
    assert done.applied and done.count("change") == 600
    audit_reads = [s for s in seen if s.lstrip().upper().startswith("SELECT") and "audit_log" in s]
    assert len(audit_reads) < 20, len(audit_reads)
    tampered = list(AuditLog.select().where(AuditLog.action == "state.tampered"))
    assert [(t.entity, json.loads(t.after)["fields"]) for t in tampered] == [("unit", ["building"])]
    seal = AuditLog.get_by_id(tampered[0].id + 1)      # the stray field named first, then the seal
    assert (seal.action, seal.entity_id) == ("state.seal", tampered[0].entity_id)
