"""Start backbreak at login: an XDG autostart entry (Linux), an HKCU Run value
(Windows) or a LaunchAgent (macOS).

Each platform is a small backend with ``enable(command)``, ``disable()`` and
``is_enabled()``, and the OS-edge contract (``name``, ``available()``, ``reason``,
``install_hint``); :func:`choose_autostart` picks the one for the running OS through
:func:`backbreak.desktop.backend.choose` (``autostart=NAME`` forces one). Paths and
the registry module are injectable so every backend is testable anywhere.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from backbreak import APP_ID, APP_NAME
from backbreak.desktop.backend import Choice, Refusal, choose

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class AutostartError(Exception):
    """The login item could not be written or removed; the message says where."""


class AutostartBackend(Protocol):
    name: str
    reason: str
    install_hint: str

    def available(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...

    def is_enabled(self) -> bool: ...

    def location(self) -> str: ...


def launch_command() -> list[str]:
    """How to start backbreak at login: the installed script, else ``python -m backbreak``."""
    script = shutil.which(APP_NAME)
    if script:
        return [script]
    return [sys.executable, "-m", APP_NAME]


class _LoginFile:
    """A login item that is one file: written whole (temp file, then rename), or removed."""

    path: Path

    def _write(self, data: bytes) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_bytes(data)
            tmp.replace(self.path)
        except OSError as err:
            raise AutostartError(f"could not write {self.path}: {err.strerror}") from None

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as err:
            raise AutostartError(f"could not remove {self.path}: {err.strerror}") from None

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def location(self) -> str:
        return str(self.path)


class XdgAutostart(_LoginFile):
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
        self.reason = "" if ok else "not a freedesktop (XDG) platform"
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


class WindowsRunKey:
    """The ``backbreak`` value under ``HKCU\\...\\CurrentVersion\\Run``."""

    name = "windows-run-key"
    install_hint = ""

    def __init__(self, winreg: ModuleType | Any | None = None) -> None:
        self._given: Any = winreg
        self.reason = ""

    @property
    def _reg(self) -> Any:
        if self._given is None:
            import winreg as real  # type: ignore[import-not-found,unused-ignore]

            self._given = real
        return self._given

    def available(self) -> bool:
        if self._given is None:
            try:
                import winreg  # type: ignore[import-not-found,unused-ignore]  # noqa: F401
            except ImportError:
                self.reason = "not Windows (no winreg)"
                return False
        self.reason = ""
        return True

    def enable(self, command: Sequence[str]) -> None:
        reg = self._reg
        value = " ".join(f'"{part}"' for part in command)
        try:
            with reg.CreateKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                reg.SetValueEx(key, APP_NAME, 0, reg.REG_SZ, value)
        except OSError as err:
            raise AutostartError(f"could not write HKCU\\{RUN_KEY}: {err}") from None

    def disable(self) -> None:
        reg = self._reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, APP_NAME)
        except FileNotFoundError:
            return
        except OSError as err:
            raise AutostartError(f"could not remove HKCU\\{RUN_KEY}\\{APP_NAME}: {err}") from None

    def is_enabled(self) -> bool:
        reg = self._reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                reg.QueryValueEx(key, APP_NAME)
        except OSError:
            return False
        return True

    def location(self) -> str:
        return f"HKCU\\{RUN_KEY}\\{APP_NAME}"


class MacLaunchAgent(_LoginFile):
    """``~/Library/LaunchAgents/<APP_ID>.plist`` with RunAtLoad."""

    name = "macos-launch-agent"
    install_hint = ""

    def __init__(self, home: Path | None = None, platform: str = sys.platform) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
        self._platform = platform
        self.reason = ""

    def available(self) -> bool:
        ok = self._platform == "darwin"
        self.reason = "" if ok else "not macOS"
        return ok

    def enable(self, command: Sequence[str]) -> None:
        data = {
            "Label": APP_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        self._write(plistlib.dumps(data))


def autostart_candidates(platform: str = sys.platform) -> list[AutostartBackend]:
    """Every backend, the one for ``platform`` first (each checks the platform itself)."""
    if platform == "win32":
        return [WindowsRunKey(), XdgAutostart(platform=platform)]
    if platform == "darwin":
        return [MacLaunchAgent(platform=platform), XdgAutostart(platform=platform)]
    return [XdgAutostart(platform=platform)]


def choose_autostart(
    platform: str = sys.platform, *, environ: Mapping[str, str] | None = None
) -> Choice[AutostartBackend]:
    """The login-item backend for ``platform``; XDG where none says yes (other Unixes)."""

    def fallback(_refused: tuple[Refusal, ...]) -> AutostartBackend:
        return XdgAutostart(platform="linux")

    return choose("autostart", autostart_candidates(platform), fallback, environ=environ)


def backend_for(platform: str = sys.platform) -> AutostartBackend:
    """The chosen backend of :func:`choose_autostart`."""
    return choose_autostart(platform).backend


def set_autostart(
    enabled: bool,
    backend: AutostartBackend | None = None,
    command: Sequence[str] | None = None,
) -> str:
    """Turn start-at-login on or off; returns where the entry lives."""
    backend = backend or backend_for()
    if enabled:
        backend.enable(command or launch_command())
    else:
        backend.disable()
    return backend.location()
