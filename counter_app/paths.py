"""Every file location in one place. Tests and portable installs override the data folder."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from platformdirs import user_data_dir

APP_NAME = "CounterApp"
APP_AUTHOR = "CounterApp"
PORTABLE_MARKER = "portable.txt"


def install_root() -> Path:
    """Where the shipped resources/ and reports/ are: the source tree or the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return install_root() / "resources"


def reports_dir() -> Path:
    return install_root() / "reports"


def font_file() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def data_dir() -> Path:
    """The per-user data folder; COUNTER_APP_DATA or a portable marker next to the program wins."""
    override = os.environ.get("COUNTER_APP_DATA")
    if override:
        return Path(override)
    exe_dir = Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False) and (exe_dir / PORTABLE_MARKER).exists():
        return exe_dir / "data"
    return Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def debit_layout_dirs() -> list[Path]:
    """Where bank direct-debit layouts (*.toml) are read from, later ones winning by name: the
    shipped resources/debit, then the office's own copies in the data folder's debit/."""
    return [resources_dir() / "debit", data_dir() / "debit"]


def default_db() -> Path:
    return data_dir() / "counter.sqlite3"


def demo_db() -> Path:
    return data_dir() / "demo.sqlite3"


def backups_dir() -> Path:
    return data_dir() / "backups"


def logs_dir() -> Path:
    return data_dir() / "logs"


def user_reports_dir() -> Path:
    """Office-specific layout templates (套打 positions) that override the shipped ones."""
    return data_dir() / "reports"


def voucher_layouts_dir() -> Path:
    """The shipped column layouts of voucher files (金蝶, 用友, CSV)."""
    return resources_dir() / "vouchers"


def user_voucher_layouts_dir() -> Path:
    """The office's own copies of the voucher layouts, which override the shipped ones."""
    return data_dir() / "vouchers"
