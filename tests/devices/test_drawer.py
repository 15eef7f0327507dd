"""The cash drawer's pulse: the bytes the library makes, and the bytes that reach a network
printer (a listener on 127.0.0.1 stands in for it), a raw print queue, and a dead printer."""
import socket
import subprocess
import threading

import pytest

from counter_app.core.errors import Invalid, Unavailable
from counter_app.devices import drawer

KICK = bytes.fromhex("1b 70 00 32 32")      # ESC p 0 50 50: pin 2, 100 ms on, 100 ms off


def test_the_pulse_is_the_escpos_drawer_kick_made_by_the_library():
    from escpos.printer import Dummy
    dummy = Dummy()
    dummy.cashdraw(2)
    assert drawer.pulse() == dummy.output == KICK


class Listener:
    """A network printer's raw port on 127.0.0.1 that keeps every byte it is sent."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = b""
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        conn, _ = self.server.accept()
        with conn:
            while chunk := conn.recv(1024):
                self.received += chunk

    def close(self):
        self.thread.join(5)
        self.server.close()


def test_a_network_printer_receives_exactly_the_kick():
    listener = Listener()
    try:
        conn = drawer.open_drawer(f"network:127.0.0.1:{listener.port}")
        listener.thread.join(5)
        assert listener.received == KICK
        assert (conn.kind, conn.target, conn.option) == ("network", "127.0.0.1", str(listener.port))
    finally:
        listener.close()


def test_a_printer_that_does_not_answer_is_unavailable_not_a_crash():
    with socket.create_server(("127.0.0.1", 0)) as s:
        port = s.getsockname()[1]             # closed again: nothing listens there
    with pytest.raises(Unavailable) as caught:
        drawer.open_drawer(f"network:127.0.0.1:{port}")
    assert "钱箱没有打开" in str(caught.value) and str(port) in str(caught.value)


def test_no_drawer_configured_is_unavailable():
    with pytest.raises(Unavailable):
        drawer.open_drawer("")


def test_a_raw_queue_job_is_the_kick_given_to_lp_raw():
    seen = []

    def runner(args, **kw):
        seen.append((args, kw["input"]))
        return subprocess.CompletedProcess(args, 0)
    drawer.open_drawer("queue:EPSON TM-T82", runner=runner)
    assert seen == [(["lp", "-d", "EPSON TM-T82", "-o", "raw"], KICK)]


def test_a_queue_that_refuses_the_job_is_unavailable():
    def runner(args, **kw):
        return subprocess.CompletedProcess(args, 1)
    with pytest.raises(Unavailable) as caught:
        drawer.open_drawer("queue:gone", runner=runner)
    assert "gone" in str(caught.value)


@pytest.mark.parametrize("spec, parts", [
    ("network:10.0.0.5", ("network", "10.0.0.5", "9100")),
    ("network:10.0.0.5:9101", ("network", "10.0.0.5", "9101")),
    ("usb:04b8:0202", ("usb", "04b8", "0202")),
    ("serial:/dev/ttyS0", ("serial", "/dev/ttyS0", "9600")),
    ("serial:COM1:19200", ("serial", "COM1", "19200")),
    ("queue:EPSON TM", ("queue", "EPSON TM", "")),
    ("", ("", "", "")),
])
def test_connection_strings(spec, parts):
    c = drawer.parse(spec)
    assert (c.kind, c.target, c.option) == parts


@pytest.mark.parametrize("spec", ["lpt1", "usb:zz:01", "network:", "bluetooth:x"])
def test_unknown_connections_are_refused(spec):
    with pytest.raises(Invalid):
        drawer.parse(spec)


@pytest.mark.parametrize("methods, opens", [
    (["cash"], True), (["wechat", "cash"], True), (["card"], False), (["wechat"], False),
    (["alipay"], False), (["transfer"], False), (["prepaid"], False),
    (["card", "wechat", "alipay", "transfer"], False), ([], False)])
def test_only_a_cash_tender_opens_the_drawer(methods, opens):
    assert drawer.has_cash(methods) is opens


@pytest.mark.parametrize("spec", ["usb:04b8:0202", "serial:/dev/no-such-port:9600"])
def test_a_usb_or_serial_printer_that_is_not_there_is_unavailable(spec):
    with pytest.raises(Unavailable) as caught:
        drawer.open_drawer(spec)
    assert "钱箱没有打开" in str(caught.value)
