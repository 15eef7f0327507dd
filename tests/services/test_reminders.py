"""催缴记录: contacts logged with what was said and promised, the day's follow-ups (a later
contact closes an earlier one's), notices logged when printed, and the message lists."""
import csv
from datetime import date

import openpyxl
import pytest

from counter_app.core.errors import CounterError, PermissionDenied
from counter_app.ledger import clock
from counter_app.services.reports import notices, reminders
from counter_app.store.models import AuditLog, Reminder
from tests.factories import at, bill_months


@pytest.fixture
def owing(estate):
    return bill_months(estate, "2025-12", "2026-01", "2026-02")


def test_contacts_follow_ups_and_notices_are_logged(owing):
    with clock.frozen(at(2026, 2, 20, 9)):
        first = reminders.log_reminder(owing.cashier, "3-2-501", "phone", "说月底来交", promised_on=date(2026, 2, 28),
                                       follow_up_on=date(2026, 2, 20))
        reminders.log_reminder(owing.manager, "3-1-102", "visit", "不在家", follow_up_on=date(2026, 2, 22))
        assert first.owed_fen > 0 and first.channel == "电话" and first.by == "cashier"
        assert [c.unit for c in reminders.follow_ups(owing.manager)] == ["3-2-501"]           # due today
        assert [c.unit for c in reminders.follow_ups(owing.manager, date(2026, 2, 22))] == ["3-2-501", "3-1-102"]
        reminders.log_reminder(owing.manager, "3-2-501", "phone", "已答应今天来")                # closes the first
        assert [c.unit for c in reminders.follow_ups(owing.manager)] == []
        assert [c.note for c in reminders.contacts_of(owing.cashier, "3-2-501")] == ["已答应今天来", "说月底来交"]
        batch = notices.notices(owing.manager, "overdue", building_code="3")
        assert reminders.log_notices(owing.manager, batch) == len(batch.notices)
        assert Reminder.select().where(Reminder.channel == "notice").count() == len(batch.notices)
        assert AuditLog.select().where(AuditLog.action.in_(["reminder.log", "reminder.notices"])).count() == 4
        with pytest.raises(CounterError, match="已过"):
            reminders.log_reminder(owing.cashier, "3-2-501", "phone", promised_on=date(2026, 2, 1))
        with pytest.raises(CounterError, match="催缴方式"):
            reminders.log_reminder(owing.cashier, "3-2-501", "pigeon")
        with pytest.raises(PermissionDenied):
            reminders.follow_ups(owing.cashier)


def test_message_lists_in_the_platforms_layouts_phones_masked_unless_asked(owing, tmp_path):
    with clock.frozen(at(2026, 2, 20, 9)):
        path, count = reminders.message_list(owing.manager, tmp_path / "list.csv", due=date(2026, 2, 28))
        with open(path, encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
        assert rows[0] == list(reminders.LAYOUTS["generic"]) and len(rows) == count + 1 > 1
        assert all("****" in r[1] for r in rows[1:]) and all("2026-02-28" in r[5] for r in rows[1:])
        path, count = reminders.message_list(owing.manager, tmp_path / "send.xlsx", layout="number_text",
                                             full_phones=True, template="{unit}欠费{amount}元", purpose="短信催缴")
        sheet = openpyxl.load_workbook(path).active
        values = [[c.value for c in row] for row in sheet.iter_rows()]
        assert values[0] == ["手机号码", "短信内容"] and any(v[0] == "13500004444" for v in values[1:])
        with pytest.raises(PermissionDenied):
            reminders.message_list(owing.cashier, tmp_path / "x.csv")
        with pytest.raises(CounterError, match="占位符"):
            reminders.message_list(owing.manager, tmp_path / "x.csv", template="{nobody}")
        with pytest.raises(CounterError, match="已过"):
            reminders.message_list(owing.manager, tmp_path / "x.csv", due=date(2026, 1, 1))
        with pytest.raises(CounterError, match="没有需要提醒"):
            reminders.message_list(owing.manager, tmp_path / "x.csv", minimum_fen=10**9)
