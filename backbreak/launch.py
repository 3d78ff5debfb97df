"""Starting the tray app: the icon first, everything else after.

A tray app is judged by how soon its icon appears. Loading the catalog, settings and
history means importing pydantic and building the models (about 0.3 s), so this module
stays light: it makes the QApplication, claims the single instance (an flocked lock
file, then the socket; a second launch hands over and adds no icon), puts up the idle
tray icon, and only then imports ``backbreak.app.build`` (the composition root), whose
app adopts that icon.

The decision and its reasons: README, Design notes, ADR-2.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from backbreak import APP_ID, APP_NAME, __version__
from backbreak.i18n import translate
from backbreak.qt_guard import guard_singleton_refcounts

if TYPE_CHECKING:
    from backbreak.app.core import BackbreakApp
    from backbreak.desktop.single_instance import ControlServer


def launch(argv: Sequence[str] | None = None) -> int:
    """Run the tray app until Quit; returns the exit code."""
    guard_singleton_refcounts()
    logging.basicConfig(
        level=os.environ.get("BACKBREAK_LOG", "WARNING").upper(),
        format="backbreak: %(name)s: %(message)s",
    )
    qapp = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    assert isinstance(qapp, QApplication)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    qapp.setQuitOnLastWindowClosed(False)
    from backbreak.ui.palettes import apply_from_env

    apply_from_env(qapp)  # BACKBREAK_PALETTE=dark|high-contrast|light

    holder: dict[str, BackbreakApp] = {}
    server = claim_instance(holder)
    if server is None:
        return hand_over_to_running()
    startup_icon = show_startup_icon()
    from backbreak.app.build import serve

    try:
        return serve(qapp, holder, startup_icon=startup_icon)
    finally:
        server.close()


def claim_instance(holder: dict[str, BackbreakApp]) -> ControlServer | None:
    """Listen on the control socket, answering through the app once ``holder`` has it;
    None when another instance holds it.

    The claim is atomic (an flock held for the life of the process, then the socket):
    of two launches at the same moment exactly one gets a server.
    """
    from backbreak.desktop.single_instance import ControlServer, reply, server_name

    def handle(req: dict[str, Any]) -> dict[str, Any]:
        app = holder.get("app")
        if app is None:
            starting = translate("launch", "backbreak is still starting; try again.")
            return reply(False, starting, code=1)
        return app.handle(req)

    server = ControlServer(handle)
    return server if server.listen(server_name()) else None


def hand_over_to_running() -> int:
    """Another instance runs: ask it to come forward; the exit code of this launch."""
    from backbreak.desktop.single_instance import hand_over, request, server_name

    answer = hand_over(request("activate"), server_name())
    if answer is None:
        silent = translate(
            "launch", "another instance holds the instance lock but does not answer."
        )
        print(f"backbreak: {silent}", file=sys.stderr)
        return 1
    print(answer.get("message", ""), file=sys.stderr)
    return 0


def show_startup_icon() -> QSystemTrayIcon | None:
    """The idle tray icon, shown before the app is built; None without a tray host."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    from backbreak.ui.tray import IconState, state_icon

    icon = QSystemTrayIcon(state_icon(IconState.IDLE))
    icon.setToolTip("backbreak is starting…")
    icon.show()
    return icon
