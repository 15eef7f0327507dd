"""Plumbing the use cases share that holds no rule of the ledger: the open database (session),
reading sheets and writing exports. The shared rules live in counter_app/ledger."""
