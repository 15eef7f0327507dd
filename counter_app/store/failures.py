"""What a database failure means to the person at the counter, in one sentence that says what to
do, and whether the same action may simply be tried again. Shared by the command line's error
boundary and the window.

Failures are told apart by the drivers' codes, never by their words (which come in the server's
or the C library's language): SQLite's result code, PostgreSQL's SQLSTATE, the state of the
connection, and, for a server that would not let this counter in, the code it answered with
(store/server_probe.py). Each kind has its sentence and says whether a retry can help."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import peewee

from ..core.errors import Word, text_of
from .server_urls import CannotConnect, is_server_url, redacted

BUSY = "数据库正被另一个程序或收费窗口占用，等待超时。请稍候重试；若一直如此，请关闭其他正在使用该数据库的程序。"
SERVER_LOST = "连接不上数据库服务器{where}（网络断开或服务器停机）。本次操作没有记账；{retry}若一直如此，请检查网线或请管理员检查服务器。"
# What happens next after a failure that may pass by itself: the window retries on its own, the
# command line does not (it says how to run the same command again without recording twice).
AT_THE_WINDOW = "收款内容仍在屏幕上，程序会自动重试。"
AT_THE_COMMAND_LINE = "稍后可再运行同一命令（收款、作废、退款带上同一个 --request-id，不会重复记账）。"


@dataclass(frozen=True)
class Kind:
    name: str
    sentence: str            # {where}: the database, named without its password
    retry: bool              # the same action may simply be tried again (it may succeed by itself)


KINDS = {k.name: k for k in (
    Kind("busy", BUSY, True),
    Kind("lost", SERVER_LOST, True),
    Kind("unknown_host", "找不到数据库服务器{where}：这个名字在网络上查不到（网络断开，或地址写错）。本次操作没有记账；"
                         "{retry}若一直如此请管理员检查连接设置里的服务器地址。", True),
    Kind("crowded", "数据库服务器{where}的连接数已满或正在启动。本次操作没有记账；{retry}", True),
    Kind("not_postgres", "地址{where}上的程序不是 PostgreSQL 数据库服务器。请管理员检查连接设置里的服务器地址和端口。", False),
    Kind("password", "数据库服务器{where}拒绝了登录：用户名或密码不对。请管理员检查连接设置（或 pgpass 文件）里的密码。", False),
    Kind("password_missing", "数据库服务器{where}要求密码，但连接设置里没有密码。请管理员在地址或 pgpass 文件里写上密码。", False),
    Kind("host_refused", "数据库服务器{where}不允许这台电脑（或这个用户）连接（pg_hba.conf 没有相应的条目）。"
                         "请管理员在服务器的 pg_hba.conf 里允许这台电脑的地址。", False),
    Kind("tls_required", "数据库服务器{where}只接受加密（TLS）连接，而连接设置没有要求加密。请在地址后加上 "
                         "?sslmode=require（见 docs/SERVER.md 第 3、5 节）。", False),
    Kind("tls_unavailable", "连接设置要求加密（sslmode），但数据库服务器{where}没有开启加密（TLS）。请管理员在服务器上"
                            "开启 ssl（见 docs/SERVER.md 第 3 节），或改正连接设置。", False),
    Kind("tls_untrusted", "数据库服务器{where}的证书不受信任或与地址不符（sslmode=verify-full）。请管理员检查 root.crt "
                          "和服务器证书。", False),
    Kind("no_database", "数据库服务器上没有设置里的数据库{where}。请检查数据库名称。", False),
    Kind("no_privilege", "数据库服务器{where}不允许这个用户使用设置里的数据库（没有 CONNECT 权限）。请管理员授权。", False),
    Kind("damaged", "数据库文件{where}已损坏或不是本程序的数据库。请不要再在它上面收款：从备份恢复，或联系管理员；"
                    "损坏的文件请保留以便检查。", False),
    Kind("read_only", "数据库文件{where}或它所在的文件夹是只读的，无法记账。请检查文件夹的写入权限，或把数据库放到可写的位置。",
         False),
    Kind("cant_open", "无法打开数据库文件{where}：文件夹不存在或没有访问权限。请检查路径（--db）和文件夹权限。", False),
    Kind("full", "磁盘已满，数据库{where}无法写入。请腾出磁盘空间后重试；本次操作没有记账。", False),
    Kind("io", "读写数据库文件{where}时磁盘出错（U 盘或硬盘被拔出、或硬盘故障）。本次操作没有记账；请检查磁盘后重试。", False),
    Kind("other", "数据库出错（{code}）。本次操作没有记账；请重试，若仍出错请联系管理员。", False),
)}

# SQLite's primary result codes (the low byte of the extended code Python gives).
_SQLITE = {5: "busy", 6: "busy", 8: "read_only", 3: "read_only", 11: "damaged", 26: "damaged", 13: "full",
           14: "cant_open", 10: "io", 23: "read_only"}
# PostgreSQL's SQLSTATEs, by code or by class (its first two characters).
_SQLSTATE = {"55P03": "busy", "40001": "busy", "40P01": "busy", "57014": "busy",
             "57P01": "lost", "57P02": "lost", "57P03": "crowded", "25P03": "lost", "53300": "crowded",
             "28P01": "password", "28000": "host_refused", "3D000": "no_database", "42501": "no_privilege",
             "53100": "full", "25006": "read_only"}
_SQLSTATE_CLASS = {"08": "lost"}


def _driver_errors() -> tuple:
    try:
        import psycopg   # why: a SQLite-only installation may lack the server's driver
    except ImportError:      # a SQLite-only installation
        return ()
    return (psycopg.Error,)


def driver_error(exc: BaseException) -> BaseException:
    """The driver's own exception under peewee's wrapper (peewee keeps it as `orig`)."""
    for _ in range(5):
        inner = getattr(exc, "orig", None) if isinstance(exc, peewee.PeeweeException) else None
        if not isinstance(inner, BaseException):
            return exc
        exc = inner
    return exc


def sqlstate_kind(state: str) -> str:
    """The kind a PostgreSQL SQLSTATE names."""
    return _SQLSTATE.get(state) or _SQLSTATE_CLASS.get(state[:2]) or "other"


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, (sqlite3.Error, peewee.PeeweeException, CannotConnect, *_driver_errors()))


def kind_of(exc: BaseException) -> Kind | None:
    """The kind of a database failure, by its code; None when `exc` is not one."""
    if not is_database_error(exc):
        return None
    inner = driver_error(exc)
    if isinstance(inner, CannotConnect):
        return KINDS[inner.reason] if inner.reason in KINDS else KINDS["other"]
    if isinstance(inner, sqlite3.Error):
        code = getattr(inner, "sqlite_errorcode", None)
        return KINDS[_SQLITE.get(code & 0xFF, "other")] if isinstance(code, int) else KINDS["other"]
    state = getattr(inner, "sqlstate", None)
    if state:
        return KINDS[sqlstate_kind(state)]
    driver = _driver_errors()
    if driver and isinstance(inner, driver[0]):
        import psycopg   # why: present, since driver[0] came from it; absent in a SQLite-only install
        # No SQLSTATE: the client library failed on the connection itself (the server went away,
        # the socket broke, a pipeline was left half-read), not on a statement.
        if isinstance(inner, psycopg.OperationalError):
            return KINDS["lost"]
    return KINDS["other"]


def code_of(exc: BaseException) -> str:
    """The code a failure was told apart by, for the sentence of an unexpected one and the log."""
    inner = driver_error(exc)
    if isinstance(inner, CannotConnect):
        return inner.code
    if isinstance(inner, sqlite3.Error) and getattr(inner, "sqlite_errorname", None):
        return inner.sqlite_errorname
    return getattr(inner, "sqlstate", None) or type(inner).__name__


def is_connection_lost(exc: BaseException) -> bool:
    """The server could not be reached or the connection dropped: the same action may be tried
    again once the server answers (whether a cut transaction was committed is for the caller to
    find out: services/common/request_ids.py)."""
    kind = kind_of(exc)
    return kind is not None and kind.name in ("lost", "unknown_host", "crowded")


def is_busy(exc: BaseException) -> bool:
    """Only busy: the same action may simply be tried again."""
    kind = kind_of(exc)
    return kind is not None and kind.name == "busy"


def is_retryable(exc: BaseException) -> bool:
    """Busy or cut off: the same action may simply be tried again."""
    kind = kind_of(exc)
    return kind is not None and kind.retry


def describe(exc: BaseException, path=None, retry: str = AT_THE_WINDOW) -> str | None:
    """A sentence for the user, or None when `exc` is not a database failure; `retry` says what
    happens next when it may pass by itself (AT_THE_WINDOW, AT_THE_COMMAND_LINE)."""
    found = worded(exc, path, retry)
    return None if found is None else text_of(found, str)


def worded(exc: BaseException, path=None, retry: str = AT_THE_WINDOW) -> Word | None:
    """describe's sentence as a Word with its values, to be said in the person's language."""
    kind = kind_of(exc)
    if kind is None:
        return None
    if path and is_server_url(str(path)):
        path = redacted(str(path))     # never a password in a message
    return Word(kind.sentence, where=f" {path}" if path else "", code=code_of(exc), retry=Word(retry))
