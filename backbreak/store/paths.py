"""Where backbreak keeps the user's files.

platformdirs gives each OS its proper places (XDG on Linux, AppData on Windows,
Application Support on macOS); ``BACKBREAK_CONFIG_DIR`` and ``BACKBREAK_DATA_DIR``
override them, for tests and for people who keep their files elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "backbreak"


def config_dir() -> Path:
    """Settings and the user's own catalog additions."""
    override = os.environ.get("BACKBREAK_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def data_dir() -> Path:
    """History (SQLite)."""
    override = os.environ.get("BACKBREAK_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def settings_file() -> Path:
    return config_dir() / "settings.json"


def user_catalog_file() -> Path:
    return config_dir() / "catalog.json"


def history_file() -> Path:
    return data_dir() / "history.sqlite3"
