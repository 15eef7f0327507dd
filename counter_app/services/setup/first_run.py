"""First run: a new database with the office's estate and its administrator."""
from __future__ import annotations

from pathlib import Path

from ...core.errors import CounterError
from ...store.db import write_transaction
from ...store.models import Estate, User
from ..admin import users
from ..common import audit, seals
from ..common.session import open_database


def needs_setup() -> bool:
    return not User.select().exists()


def initialise(path: str | Path, *, estate_name: str, company: str, admin_password: str,
               admin_name: str = "管理员") -> None:
    """Create (or complete) the database at `path` with an estate and the `admin` user."""
    users.check_new_password("admin", admin_password)
    if not estate_name.strip() or not company.strip():
        raise CounterError("请填写小区名称和物业公司名称")
    open_database(path)
    if not needs_setup():
        raise CounterError("此数据库已经设置过")
    with write_transaction():
        estate = Estate.create(name=estate_name.strip(), company=company.strip(),
                               receipt_title=f"{estate_name.strip()}收款收据")
        admin = User.create(username="admin", display_name=admin_name, role="admin",
                            password_hash=users.hash_password(admin_password))
        audit.record("admin", "setup.initialise", "estate", estate.id,
                     after={"estate": estate.name, "company": estate.company, "admin": admin.username})
        seals.seal_estate("admin", estate)
        seals.seal_user("admin", admin)
