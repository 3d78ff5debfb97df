"""What every login-item backend does, and the one shared by those that are one file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol


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
