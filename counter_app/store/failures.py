"""What a database failure means to the person at the counter, in one sentence that says what to
do: a busy file, a corrupt one, a read-only or missing folder, a full disk. Shared by the command
line's error boundary and the window."""
from __future__ import annotations

import sqlite3

import peewee

BUSY = "数据库正被另一个程序或收费窗口占用，等待超时。请稍候重试；若一直如此，请关闭其他正在使用该数据库的程序。"


SERVER_LOST = ("连接不上数据库服务器{where}（网络断开或服务器停机）。本次操作没有记账；收款内容仍在屏幕上，"
               "程序会自动重试。若一直如此，请检查网线或请管理员检查服务器。")


def _driver_errors() -> tuple:
    try:
        import psycopg
    except ImportError:      # a SQLite-only installation
        return ()
    return (psycopg.Error,)


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, (sqlite3.Error, peewee.PeeweeException, *_driver_errors()))


def is_connection_lost(exc: BaseException) -> bool:
    """The server could not be reached or the connection dropped: nothing of the transaction was
    kept, and the same action may be tried again once the server answers."""
    text = str(exc).lower()
    return is_database_error(exc) and any(s in text for s in (
        "connection refused", "server closed the connection", "terminating connection", "connection is lost",
        "connection is closed", "could not connect", "connection failed", "timeout expired", "no route to host",
        "network is unreachable", "connection timed out", "consuming input failed", "the connection is bad"))


def is_retryable(exc: BaseException) -> bool:
    """Busy or cut off: the same action may simply be tried again."""
    return is_busy(exc) or is_connection_lost(exc)


def is_busy(exc: BaseException) -> bool:
    """Only busy: the same action may simply be tried again."""
    text = str(exc).lower()
    return is_database_error(exc) and ("locked" in text or "busy" in text or "lock timeout" in text)


def describe(exc: BaseException, path=None) -> str | None:
    """A sentence for the user, or None when `exc` is not a database failure."""
    if not is_database_error(exc):
        return None
    text = str(exc).lower()
    from .server import is_server_url, redacted
    if path and is_server_url(str(path)):
        path = redacted(str(path))     # never a password in a message
    where = f" {path}" if path else ""
    if is_busy(exc):
        return BUSY
    if is_connection_lost(exc):
        return SERVER_LOST.format(where=where)
    if "password authentication failed" in text or "no pg_hba.conf entry" in text:
        return f"数据库服务器{where}拒绝了登录：用户名、密码或允许连接的地址不对。请管理员检查连接设置。"
    if "does not exist" in text and "database" in text:
        return f"数据库服务器上没有设置里的数据库{where}。请检查数据库名称。"
    if "not a database" in text or "malformed" in text or "disk image" in text or "corrupt" in text:
        return (f"数据库文件{where}已损坏或不是本程序的数据库。请不要再在它上面收款：从备份恢复，"
                "或联系管理员；损坏的文件请保留以便检查。")
    if "readonly" in text or "read-only" in text:
        return f"数据库文件{where}或它所在的文件夹是只读的，无法记账。请检查文件夹的写入权限，或把数据库放到可写的位置。"
    if "unable to open" in text:
        return f"无法打开数据库文件{where}：文件夹不存在或没有访问权限。请检查路径（--db）和文件夹权限。"
    if "full" in text:
        return f"磁盘已满，数据库{where}无法写入。请腾出磁盘空间后重试；本次操作没有记账。"
    return f"数据库出错（{exc}）。本次操作没有记账；请重试，若仍出错请联系管理员。"
