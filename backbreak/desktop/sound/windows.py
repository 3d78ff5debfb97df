"""Windows' ``winsound.PlaySound`` with ``SND_ASYNC``: returns at once, no process.

A new cue stops the one still playing, as ``SND_ASYNC`` does; cues are short.
``winsound`` has no volume: the cue files' own level is used.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from types import ModuleType

from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class WinSound:
    name = "winsound"
    install_hint = ""

    def __init__(self) -> None:
        self.reason = ""
        self._module: ModuleType | None = None
        self._complained = False

    def available(self) -> bool:
        try:
            self._module = importlib.import_module("winsound")
        except ImportError:
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "{module} exists only on Windows"), module="winsound"
            )
            return False
        return True

    def play(self, path: Path, volume: float) -> None:
        module = self._module
        if module is None:
            return
        flags = module.SND_FILENAME | module.SND_ASYNC | module.SND_NODEFAULT
        try:
            module.PlaySound(str(path), flags)
        except RuntimeError as err:
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "{call} failed: {error}"), call="PlaySound", error=err
            )
            if not self._complained:
                self._complained = True
                log.warning("sound cue not played: %s", self.reason)

    def reap(self) -> None:
        """``PlaySound`` plays inside the process: there is no child to collect."""
        return None
