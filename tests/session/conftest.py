"""Fixtures of the state-machine tests: the shared clock and recorder fakes
(``helpers.fakes``); ``catalog`` comes from the root conftest."""

from __future__ import annotations

import pytest
from helpers.fakes import FakeClock, FakeRecorder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def recorder() -> FakeRecorder:
    return FakeRecorder()
