"""Start at login on each OS: Linux for real in a temp HOME, Windows and macOS with
their writes isolated (a fake winreg module, a temp home)."""

from __future__ import annotations

import plistlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from backbreak.desktop.autostart import (
    RUN_KEY,
    AutostartError,
    MacLaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    backend_for,
    launch_command,
    set_autostart,
)

APP_ID = "io.github.backbreak.Backbreak"


def test_xdg_entry_written_and_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    backend = XdgAutostart()
    where = set_autostart(True, backend, ["/opt/back break/bin/backbreak"])
    path = tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop"
    assert where == str(path) and backend.is_enabled()
    text = path.read_text()
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert "Exec='/opt/back break/bin/backbreak'" in text
    set_autostart(False, backend)
    assert not path.exists() and not backend.is_enabled()
    set_autostart(False, backend)  # turning off twice is fine


def test_xdg_defaults_to_home_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert XdgAutostart().path == tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"


def test_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(AutostartError, match="could not write"):
        XdgAutostart(config_home=blocker).enable(["backbreak"])


@pytest.mark.skipif(sys.platform != "linux", reason="the CLI writes the XDG entry")
def test_cli_autostart_for_real(tmp_path: Path) -> None:
    """`backbreak autostart on|off` in a fresh HOME, as a user runs it."""
    env = {
        "HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "XDG_RUNTIME_DIR": str(tmp_path / "rt"),
        "BACKBREAK_CONFIG_DIR": str(tmp_path / "config"),
        "BACKBREAK_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    (tmp_path / "rt").mkdir(mode=0o700)
    run = [sys.executable, "-m", "backbreak", "autostart"]
    on = subprocess.run([*run, "on"], env=env, capture_output=True, text=True, timeout=60)
    assert on.returncode == 0, on.stderr
    entry = tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"
    assert entry.is_file() and "Exec=" in entry.read_text()
    off = subprocess.run([*run, "off"], env=env, capture_output=True, text=True, timeout=60)
    assert off.returncode == 0, off.stderr
    assert not entry.exists()


class FakeKey:
    def __init__(self, store: dict[str, Any], path: str) -> None:
        self.store, self.path = store, path

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class FakeWinreg:
    """Just enough of winreg: one in-memory hive."""

    HKEY_CURRENT_USER = "HKCU"
    REG_SZ = 1
    KEY_SET_VALUE = 2

    def __init__(self) -> None:
        self.values: dict[str, dict[str, Any]] = {}

    def CreateKey(self, hive: str, path: str) -> FakeKey:
        return FakeKey(self.values.setdefault(f"{hive}\\{path}", {}), path)

    def OpenKey(self, hive: str, path: str, *_: Any) -> FakeKey:
        key = f"{hive}\\{path}"
        if key not in self.values:
            raise FileNotFoundError(path)
        return FakeKey(self.values[key], path)

    def SetValueEx(self, key: FakeKey, name: str, _r: int, kind: int, value: str) -> None:
        key.store[name] = (kind, value)

    def QueryValueEx(self, key: FakeKey, name: str) -> Any:
        if name not in key.store:
            raise FileNotFoundError(name)
        return key.store[name]

    def DeleteValue(self, key: FakeKey, name: str) -> None:
        if name not in key.store:
            raise FileNotFoundError(name)
        del key.store[name]


def test_windows_run_value() -> None:
    reg = FakeWinreg()
    backend = WindowsRunKey(reg)
    assert not backend.is_enabled()
    set_autostart(True, backend, [r"C:\Py\pythonw.exe", "-m", "backbreak"])
    assert reg.values[f"HKCU\\{RUN_KEY}"]["backbreak"] == (
        1,
        r'"C:\Py\pythonw.exe" "-m" "backbreak"',
    )
    assert backend.is_enabled()
    set_autostart(False, backend)
    assert not backend.is_enabled()
    set_autostart(False, backend)


def test_macos_launch_agent(tmp_path: Path) -> None:
    backend = MacLaunchAgent(home=tmp_path)
    set_autostart(True, backend, ["/usr/local/bin/backbreak"])
    path = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    data = plistlib.loads(path.read_bytes())
    assert data["Label"] == APP_ID
    assert data["ProgramArguments"] == ["/usr/local/bin/backbreak"]
    assert data["RunAtLoad"] is True
    set_autostart(False, backend)
    assert not path.exists()


def test_backend_per_platform() -> None:
    assert isinstance(backend_for("linux"), XdgAutostart)
    assert isinstance(backend_for("darwin"), MacLaunchAgent)
    assert launch_command()


def test_each_backend_says_where_it_works() -> None:
    from backbreak.desktop.autostart import choose_autostart

    assert choose_autostart("linux", environ={}).describe() == "xdg"
    mac = choose_autostart("darwin", environ={})
    assert mac.backend.name == "macos-launch-agent"
    assert WindowsRunKey(winreg=object()).available()
    linux = XdgAutostart(platform="linux")
    assert linux.available() and not MacLaunchAgent(platform="linux").available()
    off = MacLaunchAgent(platform="win32")
    off.available()
    assert off.reason == "not macOS"
