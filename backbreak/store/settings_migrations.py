"""Upgrading an older settings file's JSON to the current ``Settings`` layout.

Each step takes the raw dict of one version and returns the dict of the next; the
steps run in order, so a file several versions old walks up one version at a time.
Steps work on plain dicts (not the model) because an old file's shape is exactly
what the current model may no longer accept.

Version 1 is the first released layout, so ``STEPS`` is empty today; the framework is
tested with synthetic steps (tests/store/test_settings_migrations.py). To change the
layout: bump ``SETTINGS_VERSION`` in backbreak/domain/settings.py and add the step
from the previous version here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from backbreak.domain.settings import SETTINGS_VERSION

RawSettings = dict[str, Any]
Step = Callable[[RawSettings], RawSettings]

STEPS: Mapping[int, Step] = {}
"""from-version -> the function that turns that version's dict into the next version's."""


class MigrationError(ValueError):
    """The file's version can't be brought to the current one."""


def file_version(raw: Mapping[str, Any]) -> int:
    """The ``version`` a file declares; a file without one is version 1 (the first layout)."""
    version = raw.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        #: Keep "version" as it is: the key in the settings file.
        text = QCoreApplication.translate(
            "settings_migrations", "version: {version} is not a settings version"
        )
        raise MigrationError(text.format(version=repr(version)))
    return version


def migrate(
    raw: RawSettings,
    *,
    steps: Mapping[int, Step] = STEPS,
    target: int = SETTINGS_VERSION,
) -> RawSettings:
    """Return ``raw`` upgraded to ``target``; the input dict is not modified.

    A file newer than ``target`` is returned unchanged (the caller reports it and
    keeps what it understands); a missing step raises ``MigrationError``.
    """
    version = file_version(raw)
    data = dict(raw)
    while version < target:
        step = steps.get(version)
        if step is None:
            text = QCoreApplication.translate(
                "settings_migrations", "no way to upgrade settings from version {version}"
            )
            raise MigrationError(text.format(version=version))
        data = step(data)
        version += 1
        data["version"] = version
    return data
