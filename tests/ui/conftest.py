"""Fixtures of the session window tests: the shared clock and recorder fakes
(``helpers.fakes``), a sound sink, and a window factory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from helpers.fakes import FakeClock, FakeRecorder

from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.session.events import Cue


class FakeSound:
    def __init__(self) -> None:
        self.played: list[Cue] = []

    def play(self, cue: Cue) -> None:
        self.played.append(cue)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def recorder() -> FakeRecorder:
    return FakeRecorder(failure="database is locked")


@pytest.fixture
def sound() -> FakeSound:
    return FakeSound()


@pytest.fixture
def make_window(
    qtbot: Any, catalog: Catalog, clock: FakeClock, recorder: FakeRecorder, sound: FakeSound
) -> Iterator[Callable[..., Any]]:
    """Build a SessionWindow on the fake clock; ``advance(w, s)`` moves time like its timer."""
    from backbreak.ui.session_window import SessionWindow

    def make(ids: list[str], **kw: Any) -> SessionWindow:
        window = SessionWindow(
            catalog,
            ids,
            title=kw.pop("title", "Test break"),
            break_id=kw.pop("break_id", "brk-1"),
            recorder=recorder,
            settings=kw.pop("settings", Settings()),
            clock=clock,
            sound=sound,
            **kw,
        )
        qtbot.addWidget(window)
        window.show()
        return window

    yield make
