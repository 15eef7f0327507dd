"""Where a SQLite file may live: on this PC's own disk only.

SQLite's write-ahead log needs shared memory between the processes using the file, which network
file systems (a Windows share, a mapped network drive, NFS, SMB/CIFS) do not provide: two counters
on one shared file can corrupt it. Several counters share a PostgreSQL server instead.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..core.errors import Refused

# Linux file-system types that live on another machine.
NETWORK_FS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre",
                        "fuse.sshfs", "fuse.glusterfs", "fuse.davfs2", "davfs", "fuse.rclone", "fuse.s3fs"})
DRIVE_REMOTE = 4   # GetDriveTypeW


def _mount_of(path: str, mounts: str) -> str:
    """The file-system type of the longest mount point that holds `path` (/proc/mounts text)."""
    best, kind = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def network_location(path: str | Path, *, mounts: str | None = None, windows: bool | None = None) -> str:
    """What makes `path` a network location ("" if it is a local disk): a UNC name, a mapped
    network drive, or a network file system's mount."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return "UNC 网络路径"
    windows = os.name == "nt" if windows is None else windows
    if windows:
        import ctypes   # why: Windows only (the drive type)
        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE:
            return f"映射的网络驱动器 {drive}"
        return ""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    folder = Path(text).resolve().parent
    kind = _mount_of(str(folder), mounts)
    return f"网络文件系统（{kind}）" if kind in NETWORK_FS else ""


def require_local(path: str | Path, **probe) -> None:
    where = network_location(path, **probe)
    if where:
        raise Refused(
            "数据库文件 {path} 位于{where}上。SQLite 数据库只能放在本机硬盘上：网络共享不支持它的日志方式，"
            "多台电脑同时使用会损坏账目。请把数据库放回本机；几个收费窗口共用一套账时，请使用 PostgreSQL 服务器。",
            path=str(path), where=where)
