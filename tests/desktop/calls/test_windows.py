"""Windows' consent store, read through a fake registry."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from backbreak.desktop.calls.source import CAMERA, MICROPHONE
from backbreak.desktop.calls.windows import (
    CONSENT_STORE,
    WindowsConsentBackend,
    app_label,
    users_now,
)

MIC = f"{CONSENT_STORE}\\microphone"


class FakeRegistry:
    """Keys as paths; a key's values as a dict. Missing keys raise OSError, as winreg does."""

    def __init__(self, keys: dict[str, dict[str, object]]) -> None:
        self.keys = keys

    def subkeys(self, path: str) -> list[str]:
        if path not in self.keys:
            raise OSError(2, "The system cannot find the file specified")
        prefix = path + "\\"
        return sorted({k[len(prefix) :].split("\\")[0] for k in self.keys if k.startswith(prefix)})

    def values(self, path: str) -> Mapping[str, object]:
        if path not in self.keys:
            raise OSError(2, "The system cannot find the file specified")
        return self.keys[path]


def used(start: int, stop: int) -> dict[str, object]:
    return {"LastUsedTimeStart": start, "LastUsedTimeStop": stop}


def store(**apps: dict[str, object]) -> FakeRegistry:
    keys: dict[str, dict[str, object]] = {MIC: {}, f"{MIC}\\NonPackaged": {}}
    keys[f"{CONSENT_STORE}\\webcam"] = {}
    for key, values in apps.items():
        keys[key] = values
    return FakeRegistry(keys)


ZOOM = f"{MIC}\\NonPackaged\\C:#Users#ada#AppData#Roaming#Zoom#bin#Zoom.exe"
TEAMS = f"{MIC}\\MSTeams_8wekyb3d8bbwe"


def test_an_app_with_a_start_and_no_stop_is_using_the_microphone() -> None:
    registry = store(**{ZOOM: used(133_700_000_000_000_000, 0), TEAMS: used(1, 2)})
    assert users_now(registry, "microphone") == ["Zoom.exe"]


def test_apps_that_stopped_or_never_started_are_not_in_use() -> None:
    registry = store(**{ZOOM: used(5, 9), TEAMS: used(0, 0)})
    assert users_now(registry, "microphone") == []


def test_app_labels_are_short() -> None:
    assert app_label("C:#Program Files#Zoom#bin#Zoom.exe") == "Zoom.exe"
    assert app_label("Microsoft.WindowsCamera_8wekyb3d8bbwe") == "Microsoft.WindowsCamera"


def test_the_backend_answers_and_says_what() -> None:
    registry = store(**{TEAMS: used(10, 0)})
    backend = WindowsConsentBackend(MICROPHONE, registry)
    assert backend.available()
    assert backend.in_call() is True
    assert backend.what() == "microphone in use by MSTeams"


def test_the_webcam_is_its_own_capability() -> None:
    registry = store(**{TEAMS: used(10, 0)})
    backend = WindowsConsentBackend(CAMERA, registry)
    assert backend.name == "windows-camera"
    assert backend.in_call() is False


def test_without_the_consent_store_the_backend_says_why() -> None:
    backend = WindowsConsentBackend(MICROPHONE, FakeRegistry({}))
    assert not backend.available()
    assert "consent store" in backend.reason
    assert backend.in_call() is None


@pytest.mark.skipif(__import__("sys").platform == "win32", reason="winreg exists here")
def test_off_windows_there_is_no_registry() -> None:
    backend = WindowsConsentBackend(MICROPHONE)
    assert not backend.available()
    assert backend.reason == "not Windows (no winreg)"
