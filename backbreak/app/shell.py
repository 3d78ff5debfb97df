"""Shell: what the user sees of the running app besides reminders and the session.

The tray icon when there is a tray host, else the small main window (plain GNOME);
the switch between them when a tray host comes or goes; the menu state shown by both;
and the settings, history and about windows, each opened once and raised after.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from backbreak.app.seams import EngineView, TrayWatch, Window
from backbreak.ui.tray import AppActions, MenuState, TrayIcon

if TYPE_CHECKING:
    from backbreak.ui.main_window import MainWindow
    from backbreak.ui.window_factory import WindowFactory


def raise_window(window: Window) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


class Shell(QObject):
    """Tray or main window, the menu state, and the once-open windows."""

    def __init__(
        self,
        actions: AppActions,
        windows: WindowFactory,
        *,
        tray_watch: TrayWatch | None = None,
        startup_icon: QSystemTrayIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.actions = actions
        self.windows = windows
        self.tray_watch = tray_watch
        self._startup_icon = startup_icon
        """The icon ``backbreak.launch`` put up before the app was built; the tray adopts it."""
        self.tray: TrayIcon | None = None
        self.main_window: MainWindow | None = None
        self._open: dict[str, Window] = {}
        self._state = MenuState()
        if tray_watch is not None:
            tray_watch.changed.connect(self.tray_changed)

    def start(self) -> None:
        """Tray or main window, as the tray host says now."""
        self.tray_changed(self.tray_watch.available() if self.tray_watch is not None else False)

    def show_state(self, state: MenuState) -> None:
        """Bring the tray, menu and window up to date."""
        self._state = state
        self.actions.update(state)
        if self.tray is not None:
            self.tray.update(state)
        if self.main_window is not None:
            self.main_window.update_state(state)

    def tray_changed(self, available: bool) -> None:
        if available and self.tray is None:
            self.tray = TrayIcon(self.actions, self, icon=self._startup_icon)
            self._startup_icon = None
            self.tray.activated.connect(self._tray_clicked)
            self.tray.update(self._state)
            self.tray.show()
        elif not available and self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
        if self._startup_icon is not None:  # not adopted: no tray after all
            self._startup_icon.hide()
            self._startup_icon.deleteLater()
            self._startup_icon = None
        if self.tray is None:
            self.show_main_window()
        elif self.main_window is not None:
            self.main_window.set_tray_present(True)

    def _tray_clicked(self) -> None:
        from backbreak.ui.tray import popup_menu_at

        popup_menu_at(self.actions)

    def show_main_window(self) -> None:
        if self.main_window is None:
            self.main_window = self.windows.main_window(self.actions)
            self.main_window.update_state(self._state)
        self.main_window.set_tray_present(self.tray is not None)
        raise_window(self.main_window)

    def open_once(self, name: str, make: Callable[[], Window | None]) -> Window | None:
        """The window called ``name``: raised if open, else made (None: not available)."""
        window = self._open.get(name)
        if window is None or not window.isVisible():
            window = make()
            if window is None:
                return None
            self._open[name] = window
        raise_window(window)
        return window

    def message(self, title: str, text: str) -> None:
        self.windows.message(title, text)

    def quit(self) -> None:
        for window in [self.main_window, *self._open.values()]:
            if window is not None:
                window.hide()
        if self.tray is not None:
            self.tray.hide()


def menu_state(
    engine: EngineView, routines: tuple[tuple[str, str], ...], now: datetime
) -> MenuState:
    """What the tray menu, icon and main window show of the engine's state."""
    nxt = engine.next_break()
    cur = engine.current_break()
    return MenuState(
        next_title=nxt.title if nxt is not None else None,
        next_due=nxt.due if nxt is not None else None,
        due_title=cur.title if cur is not None else None,
        paused=engine.is_paused,
        paused_until=engine.paused_until,
        routines=routines,
        now=now,
    )
