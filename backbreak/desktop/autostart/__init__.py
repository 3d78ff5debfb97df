"""Start backbreak at login: an XDG autostart entry (Linux), an HKCU Run value
(Windows) or a LaunchAgent (macOS).

Each platform is a small backend in its own module, with ``enable(command)``, ``disable()`` and
``is_enabled()``, and the OS-edge contract (``name``, ``available()``, ``reason``,
``install_hint``); :func:`choose_autostart` picks the one for the running OS through
:func:`backbreak.desktop.backend.choose` (``autostart=NAME`` forces one). Paths and
the registry module are injectable so every backend is testable anywhere.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Mapping, Sequence

from backbreak import APP_NAME
from backbreak.desktop.autostart.base import AutostartBackend, AutostartError
from backbreak.desktop.autostart.macos_launch_agent import MacLaunchAgent
from backbreak.desktop.autostart.windows_run_key import RUN_KEY, WindowsRunKey
from backbreak.desktop.autostart.xdg import XdgAutostart
from backbreak.desktop.backend import Choice, Refusal, choose

__all__ = [
    "RUN_KEY",
    "AutostartBackend",
    "AutostartError",
    "MacLaunchAgent",
    "WindowsRunKey",
    "XdgAutostart",
    "autostart_candidates",
    "backend_for",
    "choose_autostart",
    "launch_command",
    "set_autostart",
]


def launch_command() -> list[str]:
    """How to start backbreak at login: the installed script, else ``python -m backbreak``."""
    script = shutil.which(APP_NAME)
    if script:
        return [script]
    return [sys.executable, "-m", APP_NAME]


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
