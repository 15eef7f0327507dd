"""Scenarios: whole ledgers built by calling the use cases one after another, as an office would
over years (the demo estate). They sit above services/, beside the command line and the window,
so that no use-case package has to import the others to build one; and what several use cases
make together (a bill's PDF for the mail queue, bills.py)."""
