"""Use cases, one transaction each, callable from the UI, the CLI and tests. No Qt here."""
