"""The pole display's bytes, read back from the other end of a pseudo-terminal pair."""
import os
import select

import pytest

from counter_app.core.errors import Unavailable
from counter_app.devices import pole


@pytest.fixture
def pty_pair():
    master, slave = os.openpty()
    yield master, os.ttyname(slave)
    os.close(slave)
    os.close(master)


def read_until(fd, ending: bytes, seconds: float = 5) -> bytes:
    """What the display was sent, read until it ends with `ending` (frames come in their own
    writes, from another thread: a loaded machine splits them) or nothing more comes."""
    got = b""
    while not got.endswith(ending) and select.select([fd], [], [], seconds)[0]:
        got += os.read(fd, 4096)
    return got


def read_all(fd, want: int) -> bytes:
    got = b""
    while len(got) < want and select.select([fd], [], [], 5)[0]:
        got += os.read(fd, 4096)
    return got


def test_the_total_reaches_the_display_as_cd5220_lines(pty_pair):
    master, name = pty_pair
    pole.send(f"{name}:9600", pole.total_frame(123456))
    expected = (b"\x1b@" b"\x0c" b"\x1bQA" + b"TOTAL".ljust(20) + b"\r"
                b"\x1bQB" + b"1,234.56".rjust(20) + b"\r")
    assert read_all(master, len(expected)) == expected


def test_paid_and_change(pty_pair):
    master, name = pty_pair
    pole.send(name, pole.change_frame(10000, 1250))
    got = read_all(master, 50)
    assert got == (b"\x1b@\x0c\x1bQA" + b"PAID" + b"100.00".rjust(16) + b"\r"
                   b"\x1bQB" + b"CHANGE" + b"12.50".rjust(14) + b"\r")


def test_lines_are_always_twenty_characters():
    assert len(pole.line("TOTAL", 99999999999)) == 20
    assert len(pole.line("A VERY LONG GREETING INDEED")) == 20
    assert pole.line("CHANGE", 0).endswith("0.00")


def test_a_missing_port_is_unavailable():
    with pytest.raises(Unavailable):
        pole.send("/dev/no-such-port:9600", pole.total_frame(100))


def test_no_display_configured_sends_nothing():
    pole.send("", pole.total_frame(100))


@pytest.mark.parametrize("spec, port", [("COM3:9600", pole.Port("COM3", 9600)), ("COM3", pole.Port("COM3")),
                                        ("/dev/ttyUSB0:19200", pole.Port("/dev/ttyUSB0", 19200)),
                                        ("/dev/ttyUSB0", pole.Port("/dev/ttyUSB0"))])
def test_port_settings(spec, port):
    assert pole.parse(spec) == port
