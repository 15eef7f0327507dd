#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs the whole test suite: everything on SQLite, then the store,
# services and reliability tests again on a PostgreSQL server the run starts for itself
# (tests/pg_server.py). Arguments go to both pytest runs.
# Both runs spread the tests over every core (pytest-xdist): each worker is its own process with
# its own data folder, PostgreSQL server and X display, so no test may depend on another's order
# or process. COUNTER_APP_TEST_WORKERS=0 runs them in this one process (e.g. to debug); an
# argument "-n N" given to this script wins over it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
workers=(-n "${COUNTER_APP_TEST_WORKERS:-auto}" --dist worksteal)
.venv/bin/python -m pytest "${workers[@]}" "$@"
if [ -z "${COUNTER_APP_SQLITE_ONLY:-}" ]; then
    echo "== the same store, services and reliability tests on PostgreSQL =="
    .venv/bin/python -m pytest tests/store tests/services tests/reliability --engine postgresql \
        "${workers[@]}" "$@"
fi
