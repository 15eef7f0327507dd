"""First run: a new database with the office's estate and its administrator."""
from __future__ import annotations

from pathlib import Path

from ...core.errors import Invalid, Refused
from ...store.db import write_transaction
from ...store.queries import estate as estates, users
from ...ledger import passwords
from ...ledger.estate import checked_settings
from ...ledger import audit, seals
from ..common.session import open_database


def needs_setup() -> bool:
    return not users.any_user()


DEFAULT_TIMEZONE = "Asia/Shanghai"


def initialise(path: str | Path, *, estate_name: str, company: str, admin_password: str,
               admin_name: str = "管理员", receipt_title: str = "", receipt_format: str = "",
               timezone: str = DEFAULT_TIMEZONE) -> None:
    """Create (or complete) the database at `path` with an estate and the `admin` user. The
    estate's settings are checked as the settings screen checks them (number formats that number
    gaplessly and distinctly, a real time zone) before anything is written."""
    passwords.check_new_password("admin", admin_password)
    if not estate_name.strip() or not company.strip():
        raise Invalid("请填写小区名称和物业公司名称")
    defaults = estates.default_formats()
    settings = checked_settings({"name": estate_name, "company": company,
                                 "receipt_title": receipt_title.strip() or f"{estate_name.strip()}收款收据",
                                 "receipt_format": receipt_format.strip() or defaults["receipt_format"],
                                 "timezone": timezone or DEFAULT_TIMEZONE}, defaults)
    open_database(path)
    if not needs_setup():
        raise Refused("此数据库已经设置过")
    with write_transaction():
        estate = estates.new_estate(**settings)
        admin = users.new_user(username="admin", display_name=admin_name, role="admin",
                               password_hash=passwords.hash_password(admin_password))
        audit.record("admin", "setup.initialise", "estate", estate.id,
                     after={"estate": estate.name, "company": estate.company, "admin": admin.username,
                            "receipt_format": estate.receipt_format, "timezone": estate.timezone})
        seals.seal_estate("admin", estate)
        seals.seal_user("admin", admin)
