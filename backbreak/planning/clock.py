"""The local time zone and the wall clock the engine reads.

Planning needs a real IANA zone (``zoneinfo``), not a fixed UTC offset, to stay right
across daylight-saving changes: a fixed offset taken in winter is an hour off in summer.
``local_zone()`` looks for the zone's name the way tzlocal does on Unix, without the
dependency: the ``TZ`` variable, then the ``/etc/localtime`` symlink (its path ends in
the zone name), then ``/etc/timezone`` (Debian). Where none of these names a zone
(Windows, odd containers) it falls back to ``datetime.now().astimezone().tzinfo``, a
fixed offset: right today, possibly an hour off after the next DST change until the app
restarts. Every call looks again, so a changed system zone is picked up on the next tick.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    name = name.strip().lstrip(":")
    if not name or name.startswith("/"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _zone_from_localtime(path: Path) -> ZoneInfo | None:
    try:
        target = os.path.realpath(path)
    except OSError:
        return None
    marker = "zoneinfo/"
    if marker not in target:
        return None
    return _zone(target.split(marker, 1)[1])


def _zone_from_file(path: Path) -> ZoneInfo | None:
    try:
        return _zone(path.read_text(encoding="utf-8").split("\n", 1)[0])
    except (OSError, UnicodeDecodeError):
        return None


def local_zone() -> tzinfo:
    """The system's local zone as a ``ZoneInfo`` when it can be named, else a fixed offset."""
    zone = (
        _zone(os.environ.get("TZ"))
        or _zone_from_localtime(Path("/etc/localtime"))
        or _zone_from_file(Path("/etc/timezone"))
    )
    if zone is not None:
        return zone
    fallback = datetime.now().astimezone().tzinfo
    return fallback if fallback is not None else timezone.utc


def system_clock() -> datetime:
    """Now, aware, in the local zone: the engine's default clock."""
    return datetime.now(local_zone())
