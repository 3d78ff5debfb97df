"""Every test here may install another language; each leaves English behind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from backbreak import i18n


@pytest.fixture(autouse=True)
def restore_language() -> Iterator[None]:
    """German also sets the default locale; put both back for the tests after these."""
    before = QLocale()
    yield
    i18n.install("en")
    QLocale.setDefault(before)
