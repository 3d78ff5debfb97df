"""Persistence: the settings file and the SQLite history.

``settings_file`` (with ``settings_migrations`` and ``locking``) reads and writes the
settings; ``history`` opens the history and writes to it, ``history_reads`` queries
it, ``history_schema`` creates and migrates its tables, ``history_queue`` keeps the
records the database can't take yet; ``stats`` and ``csv_export`` read it for the
history window and the export; ``paths`` says where the files live.
"""
