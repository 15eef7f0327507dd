"""The program in a real window: an X server (Xvfb, 1366×768) with a window manager (openbox), the
program started as the office starts it, and real X key events typed by xdotool into whatever
window the window manager gave the focus. A cashier takes a payment in cash; a manager closes the
day (Enter never locks it; Ctrl+L asks; L locks). Every wait is on a condition, with a generous
limit, so a loaded machine is slow, not wrong. A missing tool fails the test: scripts/setup.sh
installs them."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "openbox", "xdotool")
LIMIT_S = 90


@pytest.fixture
def display(tmp_path):
    """A fresh X display of our own (the number chosen by the server: never another's) with openbox."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    assert not missing, f"{missing} missing: scripts/setup.sh installs xvfb, openbox and xdotool"
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    with os.fdopen(read, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            assert chunk, "Xvfb did not start"
            number += chunk
    env = dict(os.environ, DISPLAY=f":{number.decode().strip()}")
    manager = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in subprocess.run(
        ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env, capture_output=True, text=True).stdout,
        "the window manager")
    yield env
    for process in (manager, server):
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def wait_for(condition, what: str, limit: float = LIMIT_S):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"waited {limit:.0f} s for {what}")


class Screen:
    """xdotool on our display: windows found by their titles, keys typed into the focused one."""

    def __init__(self, env, app: subprocess.Popen):
        self.env, self.app = env, app

    def _run(self, *args) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=60).stdout

    def window(self, title: str) -> str:
        """The visible window whose title contains `title`, once it is there and has the focus."""
        def shown():
            assert self.app.poll() is None, f"the program ended (status {self.app.returncode})"
            return self._focused(title)
        return wait_for(shown, f"the window “{title}” to have the focus; titles: {self.titles()}")

    def titles(self) -> list[str]:
        ids = self._run("search", "--onlyvisible", "--name", ".").split()
        return [self._run("getwindowname", i).strip() for i in ids]

    def keys_until(self, title: str, *names: str) -> str:
        """Keys that only open a window (F6 opens the payment): pressed again until it opens, so a
        key typed before the window underneath was ready is not waited on for ever."""
        deadline = time.monotonic() + LIMIT_S
        while True:
            self.keys(*names)
            try:
                return wait_for(lambda: self._focused(title), f"“{title}”", limit=5)
            except AssertionError:
                if time.monotonic() > deadline:
                    raise AssertionError(f"“{title}” never opened; titles: {self.titles()}") from None

    def _focused(self, title: str) -> str | None:
        ids = self._run("search", "--onlyvisible", "--name", title).split()
        return ids[-1] if ids and self._run("getwindowfocus").strip() in ids else None

    def gone(self, title: str) -> None:
        wait_for(lambda: not self._run("search", "--onlyvisible", "--name", title).split(), f"“{title}” to close")

    def keys(self, *names: str) -> None:
        for name in names:
            self._run("key", "--clearmodifiers", name)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        self._run("type", "--delay", "60", text)
        time.sleep(0.15)

    def size(self, window: str) -> tuple[int, int]:
        out = self._run("getwindowgeometry", window)
        width, height = out.split("Geometry:")[1].split()[0].split("x")
        return int(width), int(height)


def rows(db: str, sql: str) -> list:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def program(display, billed_db, tmp_path):
    """The program on the ledger, as an office starts it, printing receipts to a file."""
    data = tmp_path / "appdata"
    data.mkdir(exist_ok=True)
    (data / "counter.ini").write_text(
        "[print]\nreceipt_printer=pdf:{}\nreport_printer=pdf:{}\nsilent=true\n[session]\nidle_lock_minutes=0\n"
        .format(tmp_path / "receipt.pdf", tmp_path / "report.pdf"), encoding="utf-8")
    env = dict(display, COUNTER_APP_DATA=str(data), QT_QPA_PLATFORM="xcb", LANG="C.UTF-8")
    with open(tmp_path / "program.log", "w") as log:
        app = subprocess.Popen([sys.executable, "-m", "counter_app.cli", "--database", billed_db], env=env,
                               stdout=subprocess.DEVNULL, stderr=log)
        yield Screen(display, app), billed_db, tmp_path
        app.terminate()
        try:
            app.wait(15)
        except subprocess.TimeoutExpired:
            app.kill()


def sign_in(screen: Screen, user: str) -> str:
    screen.window("登录")
    screen.type(user)
    screen.keys("Tab")
    screen.type(user)
    screen.keys("Return")
    return screen.window("物业收费前台")


def test_a_cash_payment_and_the_day_close_typed_into_the_real_window(program):
    screen, db, folder = program
    main = sign_in(screen, "cashier")
    width, height = screen.size(main)
    assert width >= 1300 and height >= 650, (width, height)        # opened maximised on 1366×768
    # F2, the unit, Enter; F6 all due; F5 the exact cash; Enter takes it; the receipt; Esc.
    screen.keys("F2")
    screen.type("3-2-501")
    screen.keys("Return")
    screen.keys_until("收款 — 3-2-501", "F6")
    screen.keys("F5", "Return")
    screen.window("收据 SJ")
    assert wait_for(lambda: rows(db, "SELECT count(*) FROM payment WHERE kind = 'counter'")[0][0] == 1, "the payment")
    wait_for(lambda: (folder / "receipt.pdf").exists(), "the receipt printed")
    screen.keys("Escape")
    screen.gone("收据 SJ")
    # Another user: 系统 → 注销 / 切换用户 (Alt+Y, L); the manager closes the day.
    screen.window("物业收费前台")
    screen.keys("alt+y", "l")
    main = sign_in(screen, "manager")
    screen.keys_until("日结", "alt+s", "d")                         # 班次 → 日结
    screen.keys("Return", "Return", "Return")                      # Enter, however often, never locks
    screen.keys("ctrl+l")                                          # the lock's own key: it asks
    screen.window("日结 20")
    assert rows(db, "SELECT count(*) FROM day_close")[0][0] == 0   # the Enters came first: nothing locked
    screen.keys("Return")                                          # 取消 is the answer Enter gives
    screen.gone("日结 20")
    assert rows(db, "SELECT count(*) FROM day_close")[0][0] == 0
    screen.keys("ctrl+l")
    screen.window("日结 20")
    screen.keys("l")                                               # 日结并锁定(L)
    assert wait_for(lambda: rows(db, "SELECT count(*) FROM day_close")[0][0] == 1, "the day closed")
    assert Path(folder / "program.log").read_text(encoding="utf-8", errors="replace").count("Traceback") == 0


def test_an_import_typed_into_the_real_window_refuses_a_messy_file_whole_and_takes_the_mended_one(program):
    """资料 → 导入资料 by keys (Alt+D, Enter), a path typed, Enter previews: a workbook kept per
    building with a merged title, a hidden row, a totals row and one bad area writes nothing even
    when Ctrl+Enter is pressed; the mended file previewed and imported (Ctrl+Enter, Enter answers 取消, then I
    on the question) adds exactly the rows the command line's dry run said it would add."""
    from tests.outside import fingerprint
    from tests.services.imports import files
    screen, db, folder = program
    header = ["房号", "面积(㎡)", "备注"]
    sheets = {"5栋": [["新城花园 5栋"], header, ["5-1-101", "88.5㎡", None], ["5#1-102", "88.555", None],
                      ["5-1-103", 70, "已拆"], ["合计", 158.5, "共 2 户"]],
              "六栋": [header, ["六栋1单元101", 90, None]], "说明": [["填表说明"]]}
    layout = dict(hidden_rows={"5栋": [5]}, merges={"5栋": ["A1:C1"]})
    bad = files.book(folder / "bad.xlsx", sheets, **layout)
    sheets["5栋"][3][1] = "88.55"
    good = files.book(folder / "good.xlsx", sheets, **layout)
    env = dict(os.environ, COUNTER_APP_PASSWORD="admin")
    exe = shutil.which("counter-app", path=os.path.dirname(sys.executable))
    said = subprocess.run([exe, "import", "units", str(good), "--dry-run", "--user", "admin", "--db", db, "--json"],
                          capture_output=True, text=True, timeout=120, env=env)
    import json
    planned = json.loads(said.stdout)
    added = sorted(r["key"] for r in planned["rows"] if r["action"] == "add")
    assert added == ["5-1-101", "5-1-102", "6-1-101"], said.stdout[:2000]

    screen.window("登录")
    screen.type("admin")
    screen.keys("Tab")
    screen.type("admin")
    screen.keys("Return")
    screen.window("账本密钥恢复码")                                   # an administrator's first sign-in
    screen.keys("Escape")                                          # 下次再说
    screen.window("物业收费前台")
    screen.keys_until("导入资料", "alt+d", "Return")
    screen.keys("Tab", "Tab")                                      # 资料类别 (楼栋与房屋) → 下载模板 → 文件
    before = fingerprint(db)
    screen.type(str(bad))
    screen.keys("Return")
    wait_for(lambda: (folder / "bad-导入检查.xlsx").exists(), "the preview's list of problems")
    screen.keys("ctrl+Return")                                     # refused: the key does nothing
    time.sleep(1)
    assert screen.titles().count("导入资料") == 1 and fingerprint(db) == before
    screen.keys("ctrl+a")
    screen.type(str(good))
    screen.keys("Return")
    screen.keys_until("导入资料", "ctrl+Return")                    # the question, once the preview is in
    wait_for(lambda: screen.titles().count("导入资料") == 2, "the question")
    screen.keys("Return")                                          # 取消 is what Enter answers
    wait_for(lambda: screen.titles().count("导入资料") == 1, "the question answered")
    assert fingerprint(db) == before
    screen.keys_until("导入资料", "ctrl+Return")
    wait_for(lambda: screen.titles().count("导入资料") == 2, "the question")
    screen.keys("i")                                               # 导入(&I)
    codes = lambda: sorted(c for (c,) in rows(db, "SELECT code FROM unit WHERE code LIKE '5-%' OR code LIKE '6-%'"))
    wait_for(lambda: codes() == added, "the import")
    assert rows(db, "SELECT count(*) FROM audit_log WHERE action = 'import.units'")[0][0] == 1
