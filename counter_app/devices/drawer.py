"""The cash drawer, kicked through the receipt printer's drawer port with the ESC/POS pulse.

The bytes are made by python-escpos (`cashdraw(2)`: ESC p 0 50 50 = 1b 70 00 32 32, pin 2, 100 ms
on, 100 ms off) and sent one of five ways, chosen per counter by a connection string:

    ""                          no drawer
    network:HOST[:PORT]         a network printer's raw port (9100 by default)
    usb:VID:PID                 a USB printer (hex ids, e.g. usb:04b8:0202)
    serial:DEVICE[:BAUD]        a serial printer (e.g. serial:COM1:9600)
    queue:PRINTER               a raw job through the OS printer queue (Windows: win32print RAW;
                                elsewhere CUPS: lp -d PRINTER -o raw)

The drawer opens after a payment's commit, and only when the payment has a cash tender.
"""
from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from ..core.errors import Invalid, Unavailable
from escpos.printer import Dummy
from escpos import printer

PIN = 2                       # the drawer's connector pin (2 on nearly every drawer cable)
KINDS = ("network", "usb", "serial", "queue")
TIMEOUT_S = 3


def pulse() -> bytes:
    """The ESC/POS drawer kick, as the library makes it."""
    dummy = Dummy()
    dummy.cashdraw(PIN)
    return dummy.output


@dataclass(frozen=True)
class Connection:
    kind: str        # "" (none) or one of KINDS
    target: str = ""
    option: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.kind)


def parse(spec: str) -> Connection:
    """A connection string from the settings, checked."""
    spec = (spec or "").strip()
    if not spec:
        return Connection("")
    kind, _, rest = spec.partition(":")
    if kind not in KINDS or not rest:
        raise Invalid("钱箱连接 {spec} 无法识别（可用：network:地址、usb:VID:PID、serial:端口、queue:打印机）",
                      spec=spec)
    if kind == "queue":
        return Connection(kind, rest)
    target, _, option = rest.rpartition(":")
    if kind == "network":
        host, port = (target, option) if target and option.isdigit() else (rest, "9100")
        return Connection(kind, host, port)
    if kind == "usb":
        try:
            int(target, 16), int(option, 16)
        except ValueError:
            raise Invalid("钱箱连接 {spec} 无法识别：USB 需要 usb:厂商号:产品号（十六进制）", spec=spec) from None
        return Connection(kind, target, option)
    if target and option.isdigit():            # serial:DEVICE:BAUD
        return Connection(kind, target, option)
    return Connection(kind, rest, "9600")


def has_cash(methods: Iterable[str]) -> bool:
    """Whether a payment settled with these tender methods puts cash in the drawer."""
    return any(m == "cash" for m in methods)


def open_drawer(spec: str, *, runner=subprocess.run) -> Connection:
    """Send the pulse. Raises Unavailable if the drawer's printer cannot be reached."""
    conn = parse(spec)
    if not conn.configured:
        raise Unavailable("没有设置钱箱（打印设置 → 钱箱连接）")
    data = pulse()
    try:
        if conn.kind == "queue":
            _send_queue(conn.target, data, runner)
        else:
            printer = _printer(conn)
            try:
                printer.cashdraw(PIN)
            finally:
                printer.close()
    except Unavailable:
        raise
    except Exception as exc:   # the library's and the OS's many failures, all "cannot reach it"
        raise Unavailable("钱箱没有打开：{where} 无法连接（{why}）", where=_where(conn),
                          why=type(exc).__name__) from exc
    return conn


def _where(conn: Connection) -> str:
    return ":".join(p for p in (conn.kind, conn.target, conn.option) if p)


def _printer(conn: Connection):
    if conn.kind == "network":
        # The socket is opened here and handed to the library: its own open() drops the socket
        # unclosed when the printer does not answer.
        p = printer.Network(conn.target, int(conn.option), timeout=TIMEOUT_S)
        p.device = socket.create_connection((conn.target, int(conn.option)), timeout=TIMEOUT_S)
        return p
    if conn.kind == "usb":
        p = printer.Usb(int(conn.target, 16), int(conn.option, 16), timeout=TIMEOUT_S * 1000)
    else:
        p = printer.Serial(conn.target, int(conn.option), timeout=TIMEOUT_S)
    p.open(raise_not_found=True)
    return p


def _send_queue(name: str, data: bytes, runner) -> None:
    """A raw job through the operating system's printer queue."""
    if sys.platform == "win32":
        import win32print  # why: Windows only; pywin32 is part of the Windows build
        handle = win32print.OpenPrinter(name)
        try:
            win32print.StartDocPrinter(handle, 1, ("drawer", None, "RAW"))
            try:
                win32print.StartPagePrinter(handle)
                win32print.WritePrinter(handle, data)
                win32print.EndPagePrinter(handle)
            finally:
                win32print.EndDocPrinter(handle)
        finally:
            win32print.ClosePrinter(handle)
        return
    done = runner(["lp", "-d", name, "-o", "raw"], input=data, capture_output=True, timeout=TIMEOUT_S * 3)
    if done.returncode != 0:
        raise Unavailable("钱箱没有打开：打印队列 {name} 拒绝了任务（lp 退出码 {code}）", name=name,
                          code=done.returncode)
