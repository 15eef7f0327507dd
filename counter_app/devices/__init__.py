"""Counter hardware: the cash drawer (through the receipt printer's drawer port) and the pole
display. Plain Python (no Qt, no database): each device is described by a connection string kept
in the counter's settings, and a failure is an `Unavailable` error that never touches the ledger."""
