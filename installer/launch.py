"""Entry point of the frozen program (PyInstaller runs this file)."""
import sys

from counter_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
