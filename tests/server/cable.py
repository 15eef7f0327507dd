"""The network cable between a counter and the server, as a TCP relay a test can pull out: every
connection goes through it, and it can be cut now, cut when the counter's COMMIT has gone through
to the server but before the answer comes back (the one moment a counter cannot tell what
happened), or cut before the COMMIT reaches the server; while cut it turns new connections away,
until it is mended. It reads the counter's messages (the protocol's type and length) only to
find the COMMIT."""
from __future__ import annotations

import socket
import struct
import threading

SSL_REQUEST = 80877103


class Cable:
    def __init__(self, server_port: int):
        self.server_port = server_port
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(50)
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.cut_off = False
        self.at_commit: str | None = None          # "after": the COMMIT goes through; "before": it does not
        self.marker = b""
        self.mend_after_cut = False                # a COMMIT cut: the line is back at once (new connections)
        self.commits_cut = 0
        self.muted: set[socket.socket] = set()   # server sides whose answers no longer reach the counter
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}?sslmode=disable"

    # -- pulling it out and putting it back ------------------------------------------------------
    def cut(self) -> None:
        """Out now: every connection through it ends, new ones are turned away."""
        with self.lock:
            self.cut_off = True
            pairs, self.pairs = self.pairs, []
        for client, server in pairs:
            _close(client)
            _close(server)

    def cut_at_commit(self, when: str, marker: bytes = b'INSERT INTO "payment"') -> None:
        """Out at the COMMIT of the next transaction that sends `marker` (a payment's, by default):
        "after" it has gone through to the server (its answer never comes back), "before" it
        reaches the server."""
        self.at_commit, self.marker = when, marker

    def mend(self) -> None:
        self.cut_off = False

    def close(self) -> None:
        self.running = False
        self.cut()
        _close(self.listener)

    # -- relaying --------------------------------------------------------------------------------
    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.cut_off:
                _close(client)
                continue
            try:
                server = socket.create_connection(("127.0.0.1", self.server_port))
            except OSError:
                _close(client)
                continue
            with self.lock:
                self.pairs.append((client, server))
            threading.Thread(target=self._to_server, args=(client, server), daemon=True).start()
            threading.Thread(target=self._to_client, args=(server, client), daemon=True).start()

    def _to_client(self, server: socket.socket, client: socket.socket) -> None:
        try:
            while data := server.recv(65536):
                if server not in self.muted:       # the answer to a cut COMMIT never arrives
                    client.sendall(data)
        except OSError:
            pass
        _close(client)

    def _to_server(self, client: socket.socket, server: socket.socket) -> None:
        reader = _Messages(client)
        committing = marked = False
        try:
            for kind, message in reader:
                marked = marked or (self.marker and self.marker in message)
                # A COMMIT comes as a simple query, or parsed and then run at the Sync that follows.
                if self.at_commit and marked and kind in (b"Q", b"P") and b"COMMIT\x00" in message:
                    committing = True
                    # From here nothing the server says reaches the counter, and it cannot connect
                    # again: else the COMMIT's answer, or a fresh connection's lookup, could slip
                    # in before the line is pulled.
                    self.muted.add(server)
                    self.cut_off = not self.mend_after_cut
                    if self.at_commit == "before":
                        self._pull(client, server)
                        return
                server.sendall(message)
                if committing and kind in (b"Q", b"S"):   # it goes through; the answer does not come back
                    self._pull(client, server, server_later=True)
                    return
        except OSError:
            pass
        _close(server)

    def _pull(self, client: socket.socket, server: socket.socket, server_later: bool = False) -> None:
        self.at_commit = None
        self.commits_cut += 1
        self.cut_off = not self.mend_after_cut
        _close(client)
        with self.lock:
            self.pairs = [p for p in self.pairs if p[0] is not client]
        if server_later:          # the server reads what came and commits before it sees the line go
            threading.Timer(0.3, _close, args=(server,)).start()
        else:
            _close(server)


class _Messages:
    """The counter's side of the protocol as (type, whole message) pairs: the first ones (a TLS
    request, the start-up) carry no type."""

    def __init__(self, sock: socket.socket):
        self.sock, self.buffer, self.started = sock, b"", False

    def _take(self, n: int) -> bytes:
        while len(self.buffer) < n:
            data = self.sock.recv(65536)
            if not data:
                raise OSError("closed")
            self.buffer += data
        out, self.buffer = self.buffer[:n], self.buffer[n:]
        return out

    def __iter__(self):
        while True:
            if not self.started:
                head = self._take(8)
                length, code = struct.unpack("!ii", head)
                body = self._take(length - 8)
                if code != SSL_REQUEST:
                    self.started = True
                yield b"", head + body
                continue
            kind = self._take(1)
            length_bytes = self._take(4)
            (length,) = struct.unpack("!i", length_bytes)
            yield kind, kind + length_bytes + self._take(length - 4)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass

