"""What a command prints: its text, or with --json the same data as JSON (one call, so both say
the same thing)."""
from __future__ import annotations

import dataclasses
import json
from datetime import date


def jsonable(value):
    if dataclasses.is_dataclass(value):
        return {k: jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def emit(args, data, text: str) -> None:
    if args.json:
        print(json.dumps(jsonable(data), ensure_ascii=False, indent=2, default=str))
    else:
        print(text)
