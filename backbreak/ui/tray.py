"""The tray icon and the menu of every action (some tray hosts swallow clicks, so
everything a click could do is also in the menu).

:class:`AppActions` owns the QActions and the menu; the no-tray main window shows
the same actions. :class:`TrayIcon` puts that menu on a ``QSystemTrayIcon`` and
shows the state (idle, break due, paused) in its icon and tooltip. Both only emit
signals; ``backbreak.app`` decides what the actions do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFontMetrics,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from backbreak.assets_path import asset
from backbreak.i18n import QT_TRANSLATE_NOOP, formats

PAUSE_CHOICES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("AppActions", "30 minutes"), 30),
    (QT_TRANSLATE_NOOP("AppActions", "1 hour"), 60),
    (QT_TRANSLATE_NOOP("AppActions", "2 hours"), 120),
    (QT_TRANSLATE_NOOP("AppActions", "Until tomorrow"), None),
)
"""Pause menu entries: label and minutes (None = until tomorrow)."""


class IconState(str, Enum):
    IDLE = "idle"
    DUE = "due"
    PAUSED = "paused"


_FALLBACK_COLOURS = {
    IconState.IDLE: "#3f8f5a",
    IconState.DUE: "#d9822b",
    IconState.PAUSED: "#7a7f87",
}


def state_icon(state: IconState) -> QIcon:
    """The tray icon for a state: ``assets/icons/tray-<state>.svg``, or one drawn here."""
    path = asset("icons", f"tray-{state.value}.svg")
    if path.is_file():
        icon = QIcon(str(path))
        if not icon.isNull() and not icon.pixmap(22, 22).isNull():
            return icon
    return drawn_icon(state)


def drawn_icon(state: IconState, size: int = 64) -> QIcon:
    """A plain round icon in the state's colour: the fallback while SVGs are missing."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QBrush(QColor(_FALLBACK_COLOURS[state])))
    painter.setPen(QPen(QColor("#ffffff"), size / 16))
    margin = size / 16
    painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - margin, size / 2 - margin)
    bar = QPen(QColor("#ffffff"), size / 10)
    bar.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(bar)
    if state is IconState.PAUSED:
        for x in (0.4, 0.6):
            painter.drawLine(QPointF(size * x, size * 0.3), QPointF(size * x, size * 0.7))
    else:
        painter.drawLine(QPointF(size * 0.5, size * 0.25), QPointF(size * 0.5, size * 0.75))
    painter.end()
    return QIcon(pixmap)


@dataclass(frozen=True)
class MenuState:
    """What the menu and tooltip show. Built by the app from the engine's answers."""

    next_title: str | None = None
    next_due: datetime | None = None
    due_title: str | None = None
    """The break offered now and not yet answered, if any."""
    paused: bool = False
    paused_until: datetime | None = None
    """When the pause ends; None while paused means until resumed."""
    routines: Sequence[tuple[str, str]] = field(default_factory=tuple)
    """(routine id, name) for the "Start a break now" submenu."""
    now: datetime | None = None
    """The app clock's time when this was built: times on another day show their
    weekday. Without it (a state built with no clock) every time shows its weekday."""
    held: str = ""
    """Why the due break is held back ("you're in a call"), empty when it isn't."""

    @property
    def icon_state(self) -> IconState:
        if self.paused:
            return IconState.PAUSED
        if self.due_title is not None:
            return IconState.DUE
        return IconState.IDLE

    def tooltip(self) -> str:
        lines = ["backbreak"]
        if self.due_title is not None:
            lines.append(
                QCoreApplication.translate("tray", "Break due now: {title}").format(
                    title=self.due_title
                )
            )
        if self.held:
            lines.append(
                QCoreApplication.translate("tray", "held: {reason}").format(reason=self.held)
            )
        if self.paused:
            if self.paused_until:
                until = _when(self.paused_until, self.now)
                lines.append(
                    QCoreApplication.translate("tray", "Paused until {time}").format(time=until)
                )
            else:
                lines.append(QCoreApplication.translate("tray", "Paused until you resume"))
        elif self.next_title is not None and self.next_due is not None:
            lines.append(
                QCoreApplication.translate("tray", "Next: {title} at {time}").format(
                    title=self.next_title, time=_when(self.next_due, self.now)
                )
            )
        elif self.due_title is None:
            lines.append(QCoreApplication.translate("tray", "No break planned"))
        return "\n".join(lines)


def menu_text(text: str) -> str:
    """Menu labels treat "&" as a shortcut marker; show a literal one."""
    return text.replace("&", "&&")


TITLE_EM = 40
"""The widest a break's title runs in the menu, in average character widths; a merged
break's title ("Prone holds + Upper back block + Cat-camel") is elided past it, so the
menu stays narrow in longer languages, and shown whole as the item's tooltip."""


def _menu_title(menu: QMenu, title: str) -> str:
    metrics = QFontMetrics(menu.font())
    room = TITLE_EM * metrics.averageCharWidth()
    return metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)


def _when(moment: datetime, now: datetime | None) -> str:
    """``14:05`` on the day of ``now``, ``Tue 14:05`` on another (or when now is unknown)."""
    today = now.astimezone(moment.tzinfo).date() if now is not None else None
    return formats.day_and_clock(moment, today)


class AppActions(QObject):
    """Every user action as a QAction, and the menu that holds them.

    Signals:
        start_requested(object routine_id): "Start a break now" (None = the break due
            now, or the next planned one; a str = that routine).
        next_requested(): start the next planned break early.
        snooze_requested(), skip_requested()
        pause_requested(object minutes): minutes as int, None = until tomorrow.
        resume_requested(), settings_requested(), history_requested(),
        about_requested(), quit_requested()
    """

    start_requested = Signal(object)
    next_requested = Signal()
    snooze_requested = Signal()
    skip_requested = Signal()
    pause_requested = Signal(object)
    resume_requested = Signal()
    settings_requested = Signal()
    history_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.menu.setObjectName("backbreak-menu")
        self.menu.setToolTipsVisible(True)
        self.start_menu = QMenu(self.tr("Start a break now"), self.menu)
        self.menu.addMenu(self.start_menu)
        self.next_action = self._action(self.tr("Next: nothing planned"), self.next_requested.emit)
        self.menu.addSeparator()
        self.snooze_action = self._action(self.tr("Snooze"), self.snooze_requested.emit)
        self.skip_action = self._action(self.tr("Skip"), self.skip_requested.emit)
        self.pause_menu = QMenu(self.tr("Pause"), self.menu)
        for label, minutes in PAUSE_CHOICES:
            act = self.pause_menu.addAction(self.tr(label))
            act.triggered.connect(lambda _=False, m=minutes: self.pause_requested.emit(m))
        self.pause_menu_action = self.menu.addMenu(self.pause_menu)
        self.resume_action = self._action(self.tr("Resume"), self.resume_requested.emit)
        self.menu.addSeparator()
        self.settings_action = self._action(self.tr("Settings…"), self.settings_requested.emit)
        self.history_action = self._action(self.tr("History…"), self.history_requested.emit)
        self.about_action = self._action(self.tr("About && safety"), self.about_requested.emit)
        self.menu.addSeparator()
        self.quit_action = self._action(self.tr("Quit"), self.quit_requested.emit)
        self._routines: tuple[tuple[str, str], ...] | None = None
        self.update(MenuState())

    def _action(self, text: str, slot: object) -> QAction:
        act = self.menu.addAction(text)
        act.triggered.connect(lambda _=False: slot())  # type: ignore[operator]
        return act

    def update(self, state: MenuState) -> None:
        """Show ``state``: labels, which actions are enabled, pause vs resume."""
        routines = tuple(state.routines)
        if routines != self._routines:
            self._fill_start_menu(routines)
        if state.next_title is not None and state.next_due is not None:
            text = self.tr("Next: {title} at {time}")
            when = _when(state.next_due, state.now)
            shown = menu_text(_menu_title(self.menu, state.next_title))
            self.next_action.setText(text.format(title=shown, time=when))
            self.next_action.setToolTip(text.format(title=state.next_title, time=when))
            self.next_action.setEnabled(True)
        else:
            self.next_action.setText(self.tr("Next: nothing planned"))
            self.next_action.setToolTip("")
            self.next_action.setEnabled(False)
        due = state.due_title is not None
        self.snooze_action.setEnabled(due)
        self.skip_action.setEnabled(due)
        paused = state.paused
        self.pause_menu_action.setVisible(not paused)
        self.resume_action.setVisible(paused)
        if paused and state.paused_until is not None:
            self.resume_action.setText(
                self.tr("Resume (paused until {time})").format(
                    time=_when(state.paused_until, state.now)
                )
            )

    def _fill_start_menu(self, routines: tuple[tuple[str, str], ...]) -> None:
        self._routines = routines
        self.start_menu.clear()
        now = self.start_menu.addAction(self.tr("The next break"))
        now.triggered.connect(lambda _=False: self.start_requested.emit(None))
        if routines:
            self.start_menu.addSeparator()
        for routine_id, name in routines:
            act = self.start_menu.addAction(menu_text(name))
            act.triggered.connect(lambda _=False, r=routine_id: self.start_requested.emit(r))

    def action_texts(self) -> list[str]:
        """The visible top-level entries, as a user reads them (for tests and logs)."""
        return [
            a.text().replace("&&", "&")
            for a in self.menu.actions()
            if a.isVisible() and not a.isSeparator()
        ]


class TrayIcon(QObject):
    """The system tray icon. A click opens the menu (or, where the host sends it, starts
    the due break); the menu is the reliable path.

    Signals:
        activated(): the icon itself was clicked (left or double click).
    """

    activated = Signal()

    def __init__(
        self,
        actions: AppActions,
        parent: QObject | None = None,
        *,
        icon: QSystemTrayIcon | None = None,
    ) -> None:
        """``icon``: one already shown while the app started, to take over (see launch.py)."""
        super().__init__(parent)
        self.icon = icon or QSystemTrayIcon()
        self.icon.setParent(self)
        self.icon.setContextMenu(actions.menu)
        self.icon.activated.connect(self._on_activated)
        self.state = IconState.IDLE
        self.icon.setIcon(state_icon(self.state))
        self.icon.setToolTip("backbreak")

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def update(self, state: MenuState) -> None:
        if state.icon_state is not self.state:
            self.state = state.icon_state
            self.icon.setIcon(state_icon(self.state))
        self.icon.setToolTip(state.tooltip())

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.activated.emit()


def popup_menu_at(actions: AppActions, widget: QWidget | None = None) -> None:
    """Open the menu below a widget, or at the cursor (the no-tray window's button)."""
    from PySide6.QtGui import QCursor

    if widget is not None:
        actions.menu.popup(widget.mapToGlobal(widget.rect().bottomLeft()))
    else:
        actions.menu.popup(QCursor.pos())
