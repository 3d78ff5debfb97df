"""Screenshots of every window, in each language and look, for the README and reviews.

Each look runs in its own Python (the scale factor and the palette are chosen before
the QApplication exists) and renders the windows offscreen into
``packaging/screenshots/<window>-<look>.png``:

- each language (``en``, ``de``) and ``pseudo`` (``pseudo`` is every text about 40% longer,
  with accents, for checking that layouts survive longer languages);
- ``dark`` and ``high-contrast``: the palettes, in English;
- ``2x``: German at ``QT_SCALE_FACTOR=2`` (HiDPI).

The windows are drawn by Qt without the desktop's frame; ``tests/e2e`` takes real
screenshots of the tray menu and the card on the test desktop. Look at every image
after a change to a window: a window nobody looked at is not finished.

Run with the project's Python: ``python packaging/take_screenshots.py`` (all looks) or
``--look de``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from backbreak.i18n import PSEUDO, SUPPORTED  # noqa: E402  (the checkout's, not an installed one)

OUT = ROOT / "packaging" / "screenshots"
LOOKS: dict[str, dict[str, str]] = {
    **{language: {"BACKBREAK_LANGUAGE": language} for language in (*SUPPORTED, PSEUDO)},
    "dark": {"BACKBREAK_LANGUAGE": "en", "BACKBREAK_PALETTE": "dark"},
    "high-contrast": {"BACKBREAK_LANGUAGE": "en", "BACKBREAK_PALETTE": "high-contrast"},
    "2x": {"BACKBREAK_LANGUAGE": "de", "QT_SCALE_FACTOR": "2"},
}
SCREEN = {"name": "screenshots", "x": 0, "y": 0, "width": 3840, "height": 2400, "dpr": 1}
"""The offscreen platform's screen (its ``configfile`` format)."""
DAY = date(2026, 12, 2)
"""A Wednesday: the planned day the reminder and the menu are taken from."""


def render(look: str) -> list[Path]:
    """Every window in the look this process was started with; the files written."""
    from PySide6.QtWidgets import QApplication

    from backbreak import i18n
    from backbreak.ui.palettes import apply_from_env

    app = QApplication([sys.argv[0]])
    apply_from_env(app)
    language = i18n.pick_language()
    i18n.install(language)
    from backbreak.domain.catalog import load_catalog

    catalog = load_catalog(language=language).catalog
    shots = _windows(catalog)
    written = []
    for name, widget in shots.items():
        widget.show()
        app.processEvents()
        path = OUT / f"{name}-{look}.png"
        widget.grab().save(str(path))
        written.append(path)
        widget.hide()
    return written


def _windows(catalog: object) -> dict[str, object]:  # shape: one window per line, in order
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from backbreak.app.reminders import reminder_for
    from backbreak.domain.catalog import Catalog
    from backbreak.domain.settings import Settings
    from backbreak.planning.dayplan import plan_day
    from backbreak.session.events import Cue
    from backbreak.store.history import MEMORY, HistoryStore
    from backbreak.ui.about import AboutDialog
    from backbreak.ui.history_window import HistoryWindow
    from backbreak.ui.reminder_card import ReminderCard
    from backbreak.ui.session_window import SessionWindow
    from backbreak.ui.settings_dialog import SettingsDialog
    from backbreak.ui.tray import AppActions, MenuState

    assert isinstance(catalog, Catalog)
    settings = Settings()
    breaks = plan_day(catalog, settings, DAY, UTC)
    merged = max(breaks, key=lambda b: len(b.exercises))

    class Silent:
        def play(self, cue: Cue) -> None:
            del cue

    class Recorder:
        def record_exercise(self, record: object) -> None:
            del record

        def record_break(self, record: object) -> None:
            del record

    session = SessionWindow(
        catalog,
        list(merged.exercises),
        title=merged.title,
        break_id=None,
        recorder=Recorder(),  # type: ignore[arg-type]
        settings=settings,
        sound=Silent(),
    )
    session.resize(1024, 720)
    session.show()
    QTest.keyClick(session, Qt.Key.Key_Right)  # from the intro to the first exercise
    settings_dialog = SettingsDialog(settings, catalog)
    exercises_tab = SettingsDialog(settings, catalog)
    exercises_tab.tabs.setCurrentWidget(exercises_tab.exercises)
    clock = datetime(DAY.year, DAY.month, DAY.day, 10, 0, tzinfo=UTC)
    history = HistoryWindow(HistoryStore.open(MEMORY), catalog, settings, clock=lambda: clock)
    card = ReminderCard()
    card.show_reminder(reminder_for(merged, catalog))
    actions = AppActions()
    routines = [(r.id, r.name) for r in catalog.routines.values()]
    state = MenuState(next_title=merged.title, next_due=merged.due, now=clock, routines=routines)
    actions.update(state)
    actions.menu.adjustSize()
    return {
        "session": session,
        "settings": settings_dialog,
        "settings-exercises": exercises_tab,
        "history": history,
        "card": card,
        "tray-menu": actions.menu,
        "about": AboutDialog(catalog),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--look", choices=sorted(LOOKS), action="append", help="default: all")
    parser.add_argument("--here", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.here:
        for path in render(args.look[0]):
            print(path.relative_to(ROOT))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # A large virtual screen: Qt keeps a menu within its screen, and the offscreen
        # platform's default (800x600, 400x300 at 2x) cut the 2x tray menu short.
        screen = Path(tmp) / "screen.json"
        screen.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
        platform = f"offscreen:configfile={screen}"
        for look in args.look or LOOKS:
            env = {**os.environ, "QT_QPA_PLATFORM": platform, **LOOKS[look]}
            command = [sys.executable, __file__, "--here", "--look", look]
            subprocess.run(command, env=env, check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
