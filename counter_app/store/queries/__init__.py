"""Every hand-written statement of the program, one named function each, by subject.

Each returns plain rows (tuples or named tuples) with dates and times converted
(store/convert.py); the engine's differences come from store/dialect.py. Services hold no SQL text.
Statements use "?" placeholders; `store.db.rows` puts in the bound engine's own.
"""
