"""Persistence: peewee models bound through a proxy at start-up, and forward migrations."""
