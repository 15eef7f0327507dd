"""The pole display the owner reads (a 2 × 20 VFD on a serial port, the CD5220 / ESC-POS command
set, through pyserial): the total while the cashier works, then what was paid and the change.

A VFD has no Chinese characters: it shows ASCII words and amounts in 元. The frame sent for two
lines is

    ESC @            1b 40           initialise
    CLR              0c              clear the screen, cursor home
    ESC Q A text CR  1b 51 41 … 0d   the upper line (20 characters)
    ESC Q B text CR  1b 51 42 … 0d   the lower line

The port is a per-counter setting "PORT[:BAUD]" (COM3:9600, /dev/ttyUSB0); 9600 baud by default.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import Unavailable
from ..core.money import format_yuan
import serial

WIDTH = 20
INIT = b"\x1b@"
CLEAR = b"\x0c"
UPPER = b"\x1bQA"
LOWER = b"\x1bQB"
CR = b"\r"
TIMEOUT_S = 1


@dataclass(frozen=True)
class Port:
    device: str
    baud: int = 9600


def parse(spec: str) -> Port | None:
    spec = (spec or "").strip()
    if not spec:
        return None
    device, _, baud = spec.rpartition(":")
    if device and baud.isdigit():
        return Port(device, int(baud))
    return Port(spec)


def line(label: str, amount_fen: int | None = None) -> str:
    """One line of 20 ASCII characters: the label on the left, the amount on the right."""
    amount = "" if amount_fen is None else format_yuan(amount_fen)
    text = label[:WIDTH - len(amount) - 1] if amount else label[:WIDTH]
    return (text + amount.rjust(WIDTH - len(text)))[:WIDTH].ljust(WIDTH)


def frame(upper: str, lower: str) -> bytes:
    """The bytes that put two lines on the display."""
    def enc(text: str) -> bytes:
        return text[:WIDTH].ljust(WIDTH).encode("ascii", "replace")
    return INIT + CLEAR + UPPER + enc(upper) + CR + LOWER + enc(lower) + CR


def total_frame(total_fen: int) -> bytes:
    return frame(line("TOTAL"), line("", total_fen))


def change_frame(paid_fen: int, change_fen: int) -> bytes:
    return frame(line("PAID", paid_fen), line("CHANGE", change_fen))


def idle_frame(greeting: str = "WELCOME") -> bytes:
    return frame(greeting.center(WIDTH), "")


def send(spec: str, data: bytes) -> None:
    """Write a frame to the display. Raises Unavailable if its port cannot be opened or written."""
    port = parse(spec)
    if port is None:
        return
    try:
        with serial.Serial(port.device, port.baud, timeout=TIMEOUT_S, write_timeout=TIMEOUT_S) as s:
            s.write(data)
            s.flush()
    except (serial.SerialException, OSError, ValueError) as exc:
        raise Unavailable("客显没有显示：串口 {port} 无法打开（{why}）", port=port.device,
                          why=type(exc).__name__) from exc
