"""The bank layouts a batch can be made in: the generic CSV (core/debit.GENERIC) and each *.toml
in paths.debit_layout_dirs() (shipped, then the office's own, which wins by name)."""
from __future__ import annotations

import tomllib

from ... import paths
from ...core import debit as rules
from ...core.errors import Invalid, NotFound


def available() -> dict[str, rules.Layout]:
    """Every layout by name, the generic one first. A broken office file is refused by name, not
    skipped: a batch in a layout half read would go to the bank wrong."""
    found = {rules.GENERIC.name: rules.GENERIC}
    for folder in paths.debit_layout_dirs():
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise Invalid("代扣格式文件 {file} 读不出：{why}", file=str(path), why=str(exc)) from None
            found[path.stem] = rules.layout_from(path.stem, data)
    return found


def layout(name: str) -> rules.Layout:
    known = available()
    if name not in known:
        raise NotFound("没有代扣格式 {name}（可用：{names}）", name=name, names="、".join(known))
    return known[name]
