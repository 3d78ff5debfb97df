"""``windows-run-key``: a value under ``HKCU\\...\\CurrentVersion\\Run`` (Windows)."""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType
from typing import Any

from backbreak import APP_NAME
from backbreak.desktop.autostart.base import REMOVE_FAILED, WRITE_FAILED, failed
from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
NOT_WINDOWS = Reason(QT_TRANSLATE_NOOP("backend", "not Windows (no {module})"), module="winreg")


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
                self.reason = NOT_WINDOWS
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
            raise failed(WRITE_FAILED, where=f"HKCU\\{RUN_KEY}", error=err) from None

    def disable(self) -> None:
        reg = self._reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, APP_NAME)
        except FileNotFoundError:
            return
        except OSError as err:
            where = f"HKCU\\{RUN_KEY}\\{APP_NAME}"
            raise failed(REMOVE_FAILED, where=where, error=err) from None

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
