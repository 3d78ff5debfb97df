"""Persistence: the settings file and the SQLite history."""
