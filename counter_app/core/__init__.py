"""Pure domain logic: no Qt, no database, no I/O. Money is always an int of 分."""
