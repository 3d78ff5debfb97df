"""``macos-launch-agent``: a LaunchAgent property list with RunAtLoad (macOS)."""

from __future__ import annotations

import plistlib
import sys
from collections.abc import Sequence
from pathlib import Path

from backbreak import APP_ID
from backbreak.desktop.autostart.base import LoginFile
from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

NOT_MACOS = Reason(QT_TRANSLATE_NOOP("backend", "not macOS"))


class MacLaunchAgent(LoginFile):
    """``~/Library/LaunchAgents/<APP_ID>.plist`` with RunAtLoad."""

    name = "macos-launch-agent"
    install_hint = ""

    def __init__(self, home: Path | None = None, platform: str = sys.platform) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
        self._platform = platform
        self.reason = ""

    def available(self) -> bool:
        ok = self._platform == "darwin"
        self.reason = "" if ok else NOT_MACOS
        return ok

    def enable(self, command: Sequence[str]) -> None:
        data = {
            "Label": APP_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        self._write(plistlib.dumps(data))
