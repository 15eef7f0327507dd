"""A key held down acts once, in a real X window (Xvfb and openbox, keys held by xdotool, the X
server repeating them as a keyboard does): F4 on a print button, Alt+J on the waiver's box. Qt
repeats a button's key as presses; held for a second and a half, F4 printed twice (and on older
code ten times), and Alt+J ticked the waiver and took it off again."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.e2e import test_real_window

ROOT = Path(__file__).resolve().parents[2]
display = test_real_window.display      # the fixture: an X server of our own with openbox


def test_a_key_held_down_clicks_its_button_once_and_leaves_the_focus(display):
    window = subprocess.Popen([sys.executable, "-m", "tests.e2e.held_keys_window", "9"], cwd=ROOT,
                              env=dict(display, QT_QPA_PLATFORM="xcb"), stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "ready"
        time.sleep(1.5)                                   # the window manager gives it the focus
        for key in ("F4", "alt+j"):
            subprocess.run(["xdotool", "keydown", key], env=display, check=True)
            time.sleep(1.6)                               # past the X server's repeat delay (660 ms)
            subprocess.run(["xdotool", "keyup", key], env=display, check=True)
            time.sleep(0.5)
        said = window.stdout.readline().strip()
        window.wait(30)
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
        window.stdout.close()
    assert said == "print=1 waive=1 focus=field", said
