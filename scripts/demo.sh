#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and opens the application on the demo database (built on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/counter-app --demo "$@"
