"""Answers the engine keeps for one state of its cadences.

A timer and its jobs ask the engine the same questions several times per wake-up, and
between two changes of state the answers don't change: the work hours and the
composer's rules per settings object and zone, the triggers and the next break per
state (``Engine._state``). The memo keeps them; old states are dropped now and then.
"""

from __future__ import annotations

from datetime import tzinfo

from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.planning.composer import Rules
from backbreak.planning.hours import ActiveHours

KEEP = 64
"""States kept before the old ones are dropped (work hours and rules stay)."""

Key = tuple[object, ...]


class Memo:
    """Answers per state, and the work hours and rules per settings and zone."""

    def __init__(self) -> None:
        self._kept: dict[Key, object] = {}

    def get(self, key: Key) -> object | None:
        return self._kept.get(key)

    def remember(self, key: Key, value: object) -> None:
        if len(self._kept) > KEEP:
            self._kept = {k: v for k, v in self._kept.items() if k[0] in ("hours", "rules")}
        self._kept[key] = value

    def hours(self, settings: Settings, tz: tzinfo) -> ActiveHours:
        key = ("hours", id(settings), tz)
        hours = self._kept.get(key)
        if not isinstance(hours, ActiveHours):
            hours = ActiveHours(settings, tz)
            self._kept[key] = hours
        return hours

    def rules(self, catalog: Catalog, settings: Settings, tz: tzinfo) -> Rules:
        key = ("rules", id(settings), tz)
        rules = self._kept.get(key)
        if not isinstance(rules, Rules):
            rules = Rules(catalog, settings, self.hours(settings, tz), tz)
            self._kept[key] = rules
        return rules
