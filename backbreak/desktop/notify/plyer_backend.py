"""plyer's notifications: the fire-and-forget last resort.

plyer reports nothing back on any platform (on Linux it ends up calling
``notify-send``), so with this backend the app always shows its reminder card too.
"""

from __future__ import annotations

import logging
from typing import Any

from backbreak import APP_NAME
from backbreak.desktop.notify.base import Notifier, Reminder
from backbreak.desktop.reason import Reason, install_package
from backbreak.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

TIMEOUT_S = 30


def _plyer_notification() -> Any:
    try:
        from plyer import notification
    except ImportError:
        return None
    return notification


class PlyerNotifier(Notifier):
    """Sends a plain notification through plyer. Signals: never emitted."""

    name = "plyer"
    reports_clicks = False

    def __init__(self, backend: Any = None) -> None:
        super().__init__()
        self._backend = backend

    def _notification(self) -> Any:
        if self._backend is None:
            self._backend = _plyer_notification()
        return self._backend

    def available(self) -> bool:
        if self._notification() is None:
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "{package} is missing"), package="plyer"
            )
            self.install_hint = install_package("plyer", "pip install plyer")
            return False
        self.reason = self.install_hint = ""
        return True

    def notify(self, reminder: Reminder) -> bool:
        backend = self._notification()
        if backend is None:
            return False
        try:
            backend.notify(
                title=reminder.title, message=reminder.body, app_name=APP_NAME, timeout=TIMEOUT_S
            )
        except Exception as err:  # plyer raises whatever its platform code raises
            log.info("plyer could not notify: %s", err)
            return False
        return True
