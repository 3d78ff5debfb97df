"""The microphone and webcam on Windows: the privacy consent store in the registry.

Windows 10/11 records, per app, when it last started and stopped using a capability,
under ``HKCU\\...\\CapabilityAccessManager\\ConsentStore\\<capability>``: one key per
packaged app (``Microsoft.WindowsCamera_8wekyb3d8bbwe``), and under ``NonPackaged`` one
key per program path with ``#`` for ``\\``. ``LastUsedTimeStop == 0`` after a non-zero
``LastUsedTimeStart`` means "in use now". Reading a few keys takes microseconds, so it
runs in the GUI thread. The registry is read through :class:`RegistryReader`, so the
rules are tested anywhere with a fake.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, Protocol

from backbreak.desktop.calls.source import CAMERA, MICROPHONE, Activity, describe
from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

CONSENT_STORE = (
    "Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore"
)
CAPABILITIES = {MICROPHONE: "microphone", CAMERA: "webcam"}
NO_CONSENT_STORE = {
    MICROPHONE: Reason(
        QT_TRANSLATE_NOOP("backend", "no consent store for the microphone (Windows before 1903?)")
    ),
    CAMERA: Reason(
        QT_TRANSLATE_NOOP("backend", "no consent store for the webcam (Windows before 1903?)")
    ),
}
NOT_WINDOWS = Reason(QT_TRANSLATE_NOOP("backend", "not Windows (no {module})"), module="winreg")
NON_PACKAGED = "NonPackaged"


class RegistryReader(Protocol):
    """Reads ``HKEY_CURRENT_USER``; both raise OSError for a missing key."""

    def subkeys(self, path: str) -> list[str]: ...

    def values(self, path: str) -> Mapping[str, object]: ...


class WinRegReader:
    """The real registry, through ``winreg`` (only importable on Windows)."""

    def __init__(self) -> None:
        self._winreg: Any = importlib.import_module("winreg")

    def subkeys(self, path: str) -> list[str]:
        with self._winreg.OpenKey(self._winreg.HKEY_CURRENT_USER, path) as key:
            count = self._winreg.QueryInfoKey(key)[0]
            return [self._winreg.EnumKey(key, i) for i in range(count)]

    def values(self, path: str) -> Mapping[str, object]:
        winreg = self._winreg
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
            count = winreg.QueryInfoKey(key)[1]
            triples = [winreg.EnumValue(key, i) for i in range(count)]
        return {name: value for name, value, _kind in triples}


def app_label(key: str) -> str:
    """``C:#Program Files#Zoom#bin#Zoom.exe`` → ``Zoom.exe``;
    ``Microsoft.WindowsCamera_8wekyb3d8bbwe`` → ``Microsoft.WindowsCamera``."""
    if "#" in key:
        return key.rsplit("#", 1)[-1]
    return key.rsplit("_", 1)[0] if "_" in key else key


def _in_use(values: Mapping[str, object]) -> bool:
    start, stop = values.get("LastUsedTimeStart"), values.get("LastUsedTimeStop")
    return isinstance(start, int) and start > 0 and stop == 0


def _children(reader: RegistryReader, path: str) -> list[str]:
    try:
        return reader.subkeys(path)
    except OSError:
        return []


def users_now(reader: RegistryReader, capability: str) -> list[str]:
    """The apps the consent store says use ``capability`` (``microphone``, ``webcam``) now.
    OSError when the capability's key can't be read at all."""
    base = f"{CONSENT_STORE}\\{capability}"
    keys = [f"{base}\\{k}" for k in reader.subkeys(base) if k != NON_PACKAGED]
    keys += [f"{base}\\{NON_PACKAGED}\\{k}" for k in _children(reader, f"{base}\\{NON_PACKAGED}")]
    found = []
    for key in keys:
        try:
            if _in_use(reader.values(key)):
                found.append(app_label(key.rsplit("\\", 1)[-1]))
        except OSError:
            continue
    return found


class WindowsConsentBackend:
    """The microphone or the camera, from the consent store (Windows 10 1903 and later)."""

    install_hint = ""

    def __init__(self, source: str, reader: RegistryReader | None = None) -> None:
        self.source = source
        self.name = f"windows-{source}"
        self._capability = CAPABILITIES[source]
        self._reader = reader
        self._found: list[Activity] = []
        self.reason = ""

    def available(self) -> bool:
        if self._reader is None:
            try:
                self._reader = WinRegReader()
            except ImportError:
                self.reason = NOT_WINDOWS
                return False
        if self.in_call() is None:
            self.reason = NO_CONSENT_STORE[self.source]
            return False
        self.reason = ""
        return True

    def in_call(self) -> bool | None:
        if self._reader is None:
            return None
        try:
            apps = users_now(self._reader, self._capability)
        except OSError:
            return None
        self._found = [Activity(self.source, app) for app in apps]
        return bool(apps)

    def what(self) -> str:
        return describe(self._found)
