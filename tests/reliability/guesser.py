"""A child process that guesses a user's password in a loop, as one of many at once.

Usage: python -m tests.reliability.guesser DB USER GUESSES GO_FILE
Prints "ready", waits until GO_FILE exists (so every guesser starts together), then makes its
guesses and prints how many were refused as wrong and how many as locked.
"""
import os
import sys
import time

from counter_app.core.errors import PermissionDenied
from counter_app.ledger import signin
from counter_app.services.common.session import open_database


def main() -> None:
    db, username, guesses, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    open_database(db)
    print("ready", flush=True)
    deadline = time.monotonic() + 60
    while not os.path.exists(go) and time.monotonic() < deadline:
        time.sleep(0.001)
    wrong = locked = 0
    for i in range(guesses):
        try:
            signin.authenticate(username, f"guess-{os.getpid()}-{i}")
        except PermissionDenied as refused:
            if "锁定" in str(refused):
                locked += 1
            else:
                wrong += 1
    print(f"wrong={wrong} locked={locked}", flush=True)


if __name__ == "__main__":
    main()
