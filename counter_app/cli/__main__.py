"""`python -m counter_app.cli`: the command line, or the window with no command."""
import sys

from . import main

sys.exit(main())
