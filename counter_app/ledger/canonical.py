"""The one canonical JSON of what the audit trail hashes: sorted keys, no spaces, text as itself."""
from __future__ import annotations

import json


def canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
