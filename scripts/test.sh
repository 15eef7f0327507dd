#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs the whole test suite: everything on SQLite, then the store,
# services and reliability tests again on a PostgreSQL server the run starts for itself
# (tests/pg_server.py). Arguments go to both pytest runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest "$@"
if [ -z "${COUNTER_APP_SQLITE_ONLY:-}" ]; then
    echo "== the same store, services and reliability tests on PostgreSQL =="
    .venv/bin/python -m pytest tests/store tests/services tests/reliability --engine postgresql "$@"
fi
