"""``xdg``: an XDG autostart entry (Linux and the other freedesktop Unixes)."""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from backbreak import APP_ID
from backbreak.desktop.autostart.base import LoginFile
from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

NOT_XDG = Reason(QT_TRANSLATE_NOOP("backend", "not a freedesktop (XDG) platform"))


class XdgAutostart(LoginFile):
    """``$XDG_CONFIG_HOME/autostart/<APP_ID>.desktop`` (freedesktop autostart spec)."""

    name = "xdg"
    install_hint = ""

    def __init__(self, config_home: Path | None = None, platform: str = sys.platform) -> None:
        self._platform = platform
        self.reason = ""
        if config_home is None:
            env = os.environ.get("XDG_CONFIG_HOME")
            config_home = Path(env) if env else Path.home() / ".config"
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"

    def available(self) -> bool:
        """Every Unix desktop but macOS reads the XDG autostart folder."""
        ok = self._platform not in ("win32", "darwin")
        self.reason = "" if ok else NOT_XDG
        return ok

    def enable(self, command: Sequence[str]) -> None:
        text = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                "Name=backbreak",
                "Comment=Reminders and guided exercises for your back",
                f"Exec={shlex.join(command)}",
                f"Icon={APP_ID}",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )
        self._write(text.encode("utf-8"))
