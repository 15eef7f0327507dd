"""How a command ends when something went wrong: the sentence printed and the exit status.

0 done (also: recorded though its output was lost), 1 a fault of the program (details in the
log), 2 refused (a value, a rule, a permission, a file path given), 3 the database, the disk or
the server failed, 130 cancelled. The one error boundary is run.main.
"""
from __future__ import annotations

import errno
import logging
import os
import sys

from .. import paths
from ..core.errors import Word, text_of
from ..store import failures
from . import output as out


def sentence(exc: BaseException) -> str:
    """The one place an exception becomes the sentence the command line prints, in the language
    of COUNTER_APP_LANG or the window's setting (counter_app/catalogue.py, no Qt)."""
    # why: the catalogue is read only when a command fails
    from ..catalogue import error_text
    return error_text(exc)


def in_language(value) -> str:
    """A Word (with its values) or a plain text as the command line says it (see sentence)."""
    # why: the catalogue is read only when a command fails
    from ..catalogue import translator
    return text_of(value, translator())


def say(words: str) -> None:
    # why: the catalogue is read only when a command fails
    from ..catalogue import translator
    print(translator()("错误：{text}").replace("{text}", words), file=sys.stderr)


def output_lost(args) -> int:
    """Whoever read the output went away (`… | head`, a closed terminal): what was recorded is
    said where it still can be, and it counts as done."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())      # nothing more to write there, nor at exit
    recorded = getattr(args, "recorded", None)
    try:
        if recorded:
            print(in_language(Word("已记账：{recorded}；但结果没能输出（接收输出的程序已关闭）", recorded=recorded)),
                  file=sys.stderr)
        else:
            print(in_language(Word("输出中断：接收输出的程序已关闭")), file=sys.stderr)
    except OSError:
        pass
    return 0 if recorded else 3


# A file the system refused, by its errno: what it means, and whether it was the path given (2) or
# the device under it (3).
_FILE_FAILURES = {errno.ENOSPC: ("磁盘已满，没有写完", 3), errno.EIO: ("读写出错（磁盘或 U 盘有故障？）", 3),
                  errno.ENOENT: ("文件或文件夹不存在", 2), errno.ENOTDIR: ("路径里有一级不是文件夹", 2),
                  errno.EISDIR: ("这是一个文件夹，不是文件", 2), errno.EEXIST: ("已有同名的文件", 2),
                  errno.EACCES: ("没有权限", 2), errno.EPERM: ("没有权限", 2), errno.EROFS: ("磁盘是只读的", 2),
                  errno.ENAMETOOLONG: ("名字太长", 2)}


def file_failed(args, exc: OSError) -> int:
    logging.getLogger("counter_app.cli").warning("command %s: %s", args.command, exc)
    words, code = _FILE_FAILURES.get(exc.errno, (None, 3))
    why = Word(words) if words else exc.strerror or type(exc).__name__
    where = exc.filename if exc.filename is not None else ""
    say(in_language(Word("{path}：{why}", path=str(where), why=why) if where else why))
    return code


def failed(args, exc: Exception) -> int:
    # why: the request ids and the database's failures are only needed when a command has failed
    from ..services.counter import request_ids
    if isinstance(exc, request_ids.RecordedUnread):         # recorded: done, though not yet read back
        out.emit(args, {"number": exc.number, "request_id": exc.request_id, "recorded": True, "read_back": False},
                 sentence(exc))
        return 0
    if isinstance(exc, request_ids.Uncertain):
        say(sentence(exc))
        return 3
    logging.getLogger("counter_app.cli").exception("command %s failed", args.command)
    message = failures.worded(exc, getattr(args, "db", None), retry=failures.AT_THE_COMMAND_LINE)
    if message:
        say(in_language(message))
        return 3
    say(in_language(Word("程序内部错误（{kind}），详情已写入日志 {path}。", kind=type(exc).__name__,
                         path=str(paths.logs_dir()))))
    return 1
