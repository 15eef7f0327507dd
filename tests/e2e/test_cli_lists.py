"""`counter-app report renewals | data-quality | buildings | forecast` on the hand-built estates
of tests/services/test_office_lists.py: the same figures as the services, the files written, the
PDFs read back by pdftotext."""
import csv
import json
import subprocess

import pytest

from counter_app import cli
from counter_app.ledger import clock
from counter_app.store import db as dbmod
from tests.factories import at
from tests.services.test_office_lists import office_with_habits, office_with_payments


@pytest.fixture
def habits(ledger):
    return office_with_habits(ledger)


@pytest.fixture
def office(ledger):
    return office_with_payments(ledger)


def run(capsys, monkeypatch, db, *argv, when=(2026, 3, 10, 15)):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    with clock.frozen(at(*when)):
        code = cli.main(["report", *argv, "--user", "manager", "--db", db])
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_lists_from_the_command_line(office, capsys, monkeypatch, tmp_path):
    db = str(office.ledger.path)
    dbmod.close()
    code, out, err = run(capsys, monkeypatch, db, "renewals", "--days", "60", "--json")
    assert code in (0, None), err
    data = json.loads(out)
    assert data["units"] == 2 and [ln["paid_through"] for ln in data["lines"]] == ["2026-03-31", "2026-04-30"]
    code, out, err = run(capsys, monkeypatch, db, "renewals", "--days", "60", "--export", str(tmp_path / "m.csv"),
                         "--layout", "number_text", "--full-phones", "--purpose", "续费提醒")
    assert code in (0, None), err
    with open(tmp_path / "m.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["手机号码", "短信内容"] and [r[0] for r in rows[1:]] == ["13812340000", "13812340001"]
    code, out, err = run(capsys, monkeypatch, db, "data-quality", "--json")
    assert code in (0, None), err
    assert json.loads(out)["counts"] == {"无适用收费项目": 1, "适用项目无生效标准": 1, "建筑面积为 0": 0, "无业主": 1}
    code, out, err = run(capsys, monkeypatch, db, "buildings", "--day", "2026-03-10", "--out", str(tmp_path))
    assert code in (0, None), err
    assert "1栋：本日已交 1 户，历史欠费清缴 1 户 200.00 元" in out
    text = pdf_text(tmp_path / "buildings-2026-03-10.pdf")
    assert "楼栋收费情况 2026-03-10" in text and "历史欠费清缴户" in text and "200.00" in text


def test_the_forecast_from_the_command_line(habits, capsys, monkeypatch, tmp_path):
    db = str(habits.ledger.path)
    dbmod.close()
    code, out, err = run(capsys, monkeypatch, db, "forecast", "--json", "--out", str(tmp_path), when=(2026, 3, 15, 9))
    assert code in (0, None), err
    data = json.loads(out)
    assert data["as_of"] == "2026-02"
    assert [(m["month"], m["expected_fen"]) for m in data["months"]] == [("2026-03", 27500), ("2026-04", 30000),
                                                                       ("2026-05", 30000)]
    assert data["classes"] == {"on_time": 1, "late": 1, "habitually_late": 1, "not_paying": 2}
    assert [(m["month"], m["expected_fen"], m["collected_fen"]) for m in data["back_test"]] == [
        ("2025-12", 0, 30000), ("2026-01", 0, 20000), ("2026-02", 20000, 40000)]
    text = pdf_text(tmp_path / "forecast-2026-02.pdf")
    assert "收费预测" in text and "习惯性迟缴" in text and "回测" in text and "-77.78%" in text and "回款曲线" in text
    code, out, err = run(capsys, monkeypatch, db, "forecast", "--as-of", "2026-03", when=(2026, 3, 15, 9))
    assert code == 2 and "2026-02 或更早" in err
