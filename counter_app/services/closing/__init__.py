"""Shifts and their close: opening with a float, X and Z reports, the day close, statement checks."""
