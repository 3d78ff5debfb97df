"""What every login-item backend does, and the one shared by those that are one file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from backbreak.i18n import QT_TRANSLATE_NOOP


class AutostartError(Exception):
    """The login item could not be written or removed; the message says where, in the
    language installed when it is raised (:func:`failed`)."""


def failed(template: str, **values: object) -> AutostartError:
    """An :class:`AutostartError` whose ``template`` is marked with
    ``QT_TRANSLATE_NOOP("autostart", ...)`` and formatted after translating."""
    return AutostartError(QCoreApplication.translate("autostart", template).format(**values))


#: {where} is a file path or a registry key; {error} the system's own message.
WRITE_FAILED = QT_TRANSLATE_NOOP("autostart", "could not write {where}: {error}")
REMOVE_FAILED = QT_TRANSLATE_NOOP("autostart", "could not remove {where}: {error}")


class AutostartBackend(Protocol):
    name: str
    reason: str
    install_hint: str

    def available(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...

    def is_enabled(self) -> bool: ...

    def location(self) -> str: ...


class LoginFile:
    """A login item that is one file: written whole (temp file, then rename), or removed."""

    path: Path

    def _write(self, data: bytes) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_bytes(data)
            tmp.replace(self.path)
        except OSError as err:
            raise failed(WRITE_FAILED, where=self.path, error=err.strerror) from None

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as err:
            raise failed(REMOVE_FAILED, where=self.path, error=err.strerror) from None

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def location(self) -> str:
        return str(self.path)
