"""Fixtures of the state-machine tests; the clock and recorder fakes are shared with the
window tests (``helpers.session_fakes``)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from helpers.session_fakes import FakeClock, FakeRecorder

from backbreak.domain.catalog import Catalog, load_catalog


def fixed_wall() -> datetime:
    return datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog().catalog


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def recorder() -> FakeRecorder:
    return FakeRecorder()
