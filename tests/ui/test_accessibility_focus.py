"""Keyboard focus is visible on every kind of control, in every palette, and the
settings dialog's Tab order follows the form top to bottom.

(The session window's buttons never take the focus, on purpose: its keys act the same
whatever was clicked; ``test_accessibility_names`` checks every button has a key.)"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.ui import palettes
from backbreak.ui.palettes import AA_LARGE, contrast


@pytest.fixture(params=sorted(palettes.PALETTES))
def styled(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in Fusion (the style the palettes are made for) and one palette; both are
    put back afterwards."""
    old_palette, old_style = QPalette(qapp.palette()), qapp.style().name()
    qapp.setStyle("Fusion")
    qapp.setPalette(palettes.PALETTES[request.param]())
    yield request.param
    qapp.setStyle(old_style)
    qapp.setPalette(old_palette)


def _strongest_change(before: QImage, after: QImage) -> float:
    """The largest contrast between a pixel before and after (1.0: nothing changed)."""
    best = 1.0
    for y in range(before.height()):
        for x in range(before.width()):
            a, b = before.pixelColor(x, y), after.pixelColor(x, y)
            if a != b:
                best = max(best, contrast(a, b))
    return best


@pytest.mark.parametrize("make", [QPushButton, QCheckBox, QSpinBox, QComboBox, QTimeEdit])
def test_keyboard_focus_shows(styled: str, qtbot: Any, make: type[QWidget]) -> None:
    """Focus reached with Tab changes the control's look by at least 3:1 somewhere."""
    window = QWidget()
    column = QVBoxLayout(window)
    first = QPushButton("before")
    column.addWidget(first)
    control = make("Label") if make in (QPushButton, QCheckBox) else make()  # type: ignore[call-arg]
    column.addWidget(control)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first.setFocus()
    before = control.grab().toImage()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert control.hasFocus()
    after = control.grab().toImage()
    assert _strongest_change(before, after) >= AA_LARGE


def test_settings_tab_order_goes_down_the_form(qtbot: Any, catalog: Catalog) -> None:
    """Tab moves through each page's controls in reading order (down, then across)."""
    from backbreak.ui.settings_dialog import SettingsDialog

    # Widgets of earlier tests, deleted late, could leave stale wrappers at addresses
    # the focus chain's widgets reuse: clear them before walking the chain.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    dialog = SettingsDialog(Settings(safety_notice_seen=True), catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        chain = _focus_chain(page)
        assert len(chain) > 1, tabs.tabText(index)
        places = [w.mapTo(page, w.rect().topLeft()) for w in chain]
        rows = [(p.y() // 8, p.x()) for p in places]
        backwards = [
            (chain[i].accessibleName() or type(chain[i]).__name__)
            for i in range(1, len(rows))
            if rows[i][0] < rows[i - 1][0] - 2
        ]
        assert backwards == [], tabs.tabText(index)


def _focus_chain(page: QWidget) -> list[QWidget]:
    """The visible Tab-focusable widgets of ``page`` in the order Tab visits them."""
    start = page.nextInFocusChain()
    chain: list[QWidget] = []
    widget = start
    for _ in range(2000):
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        own = widget.focusProxy() is None and widget not in chain
        if page.isAncestorOf(widget) and widget.isVisibleTo(page) and takes_tab and own:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return chain
