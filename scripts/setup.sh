#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks (system packages, a virtual environment, the project).
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(fonts-wqy-microhei poppler-utils zbar-tools xvfb libxcb-icccm4 libxcb-keysyms1
              libxkbcommon-x11-0 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0
              libxcb-xinerama0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
              qt6-l10n-tools nsis libreoffice-calc-nogui postgresql time openssl
              openbox xdotool x11-utils)      # the real window's smoke test: a window manager, X keys
missing=()
for p in "${APT_PACKAGES[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    echo "Installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
    # pip's and setuptools' chatter goes to a log; a person sees progress, and the log on failure.
    log=.venv/setup.log
    echo "Installing the Python packages (a few minutes the first time; details in $log)…"
    if ! { .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip &&
           .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,build]"; } >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        echo "Installing the Python packages failed; the whole log is $log" >&2
        exit 1
    fi
    rm -f .venv/.installed-*
    touch "$stamp"
    echo "Python packages installed."
fi

# Qt translations: compile the .ts files whenever one is newer than its .qm (or its errors_*.json,
# the command line's error words).
for ts in resources/translations/*.ts; do
    qm="${ts%.ts}.qm"
    lang="${ts%.ts}"; lang="${lang##*/counter_app_}"
    json="resources/translations/errors_${lang}.json"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ] || [ ! -f "$json" ] || [ "$ts" -nt "$json" ]; then
        .venv/bin/python scripts/translations.py release
        break
    fi
done
