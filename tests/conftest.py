"""Test configuration shared by every test.

Qt runs on the offscreen platform here, set before any QApplication exists, so the
unit and widget tests need no display; the end-to-end tests bring up their own
desktop (tests/e2e). Every test gets its own config and data directories, so no
test reads or writes the developer's real settings or history.

The local zone is pinned to Europe/Berlin (``TZ``, read by the C library and by
``backbreak.clock.local_zone``), so no test depends on ``/etc/localtime``. No test
should depend on the machine's real hour either: take the time from
``helpers.fakes.FakeClock``, or start the e2e app at a chosen moment (tests/e2e).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from backbreak.domain.catalog import Catalog, load_catalog
from backbreak.qt_guard import guard_singleton_refcounts

pytest_plugins = ("helpers.app_rig",)
"""The app rig's fixtures (make_rig, due, now, notifier_of) for tests/app and tests/cli."""

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
TEST_ZONE = "Europe/Berlin"
os.environ["TZ"] = TEST_ZONE
time.tzset()

# A whole test run makes enough Qt calls to abort CPython < 3.12 under PySide6 6.12.0.
guard_singleton_refcounts()


@pytest.fixture(autouse=True, scope="session")
def english_texts(qapp: object) -> None:
    """Every test reads the English texts (with their plural forms), whatever the
    machine's language; the QApplication exists before any CLI test could make a
    QCoreApplication in its place."""
    from backbreak import i18n

    i18n.install("en")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point BACKBREAK_CONFIG_DIR / BACKBREAK_DATA_DIR / BACKBREAK_RUNTIME_DIR at a fresh
    temp folder: no test reads the developer's files or reaches a backbreak running on
    this machine."""
    config = tmp_path / "config"
    data = tmp_path / "data"
    monkeypatch.setenv("BACKBREAK_CONFIG_DIR", str(config))
    monkeypatch.setenv("BACKBREAK_DATA_DIR", str(data))
    monkeypatch.setenv("BACKBREAK_RUNTIME_DIR", str(tmp_path / "run"))
    yield tmp_path


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The built-in catalog (a frozen model: one load serves every test)."""
    return load_catalog().catalog
