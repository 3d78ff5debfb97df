"""In a call or not, from every enabled source: :class:`CallMonitor`.

The monitor holds the backends that said they work here, asks the ones whose source is
enabled, and answers with the first source in use and who uses it. A source with no
working backend, or whose backends can't tell right now, makes the answer None only
when no other source could answer either.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from backbreak.clock import Clock
from backbreak.desktop.backend import Refusal
from backbreak.desktop.calls.linux import (
    PipeWireBackend,
    PulseMicrophoneBackend,
    pipewire_snapshot,
    pulse_snapshot,
)
from backbreak.desktop.calls.macos import CoreAudioMicrophoneBackend
from backbreak.desktop.calls.procfs import ProcCameraBackend
from backbreak.desktop.calls.snapshot import Snapshot
from backbreak.desktop.calls.source import (
    CAMERA,
    MICROPHONE,
    SCREEN,
    SOURCE_NAMES,
    SOURCES,
    CallBackend,
)
from backbreak.desktop.calls.windows import WindowsConsentBackend


@dataclass(frozen=True)
class CallStatus:
    """``in_call`` None: no enabled source could tell. ``what``: "microphone in use by zoom"."""

    in_call: bool | None
    source: str = ""
    backend: str = ""
    what: str = ""


class CallMonitor:
    """Asks the available backends of the enabled sources; see the module docstring."""

    def __init__(self, backends: Sequence[CallBackend], enabled: Collection[str] = SOURCES) -> None:
        refused: list[Refusal] = []
        working: list[CallBackend] = []
        for backend in backends:
            if backend.available():
                working.append(backend)
            else:
                refused.append(Refusal(backend.name, backend.reason, backend.install_hint))
        self.backends = tuple(working)
        self.refused = tuple(refused)
        self.enabled = frozenset(enabled)

    def sources(self) -> dict[str, list[str]]:
        """Each enabled source and the names of the backends that answer for it."""
        return {
            s: [b.name for b in self.backends if b.source == s]
            for s in SOURCES
            if s in self.enabled
        }

    def snapshots(self) -> list[Snapshot[Any]]:
        """The snapshots the working backends read: what a runner must keep fresh."""
        found: list[Snapshot[Any]] = []
        for backend in self.backends:
            snapshot = getattr(backend, "snapshot", None)
            if isinstance(snapshot, Snapshot) and snapshot not in found:
                found.append(snapshot)
        return found

    def describe(self) -> str:
        """One line for ``backbreak status``: the backends per enabled source, then refusals."""
        none = QCoreApplication.translate("calls", "none")
        parts = [
            f"{SOURCE_NAMES.get(s, s)}: {', '.join(names) or none}"
            for s, names in self.sources().items()
        ]
        line = "; ".join(parts)
        if not self.refused:
            return line
        refused = "; ".join(r.text() for r in self.refused)
        #: {sources} lists what answers for each source; {refused} the backends not used, and why.
        with_refused = QCoreApplication.translate("calls", "{sources} (not used: {refused})")
        return with_refused.format(sources=line, refused=refused)

    def check(self) -> CallStatus:
        """The first enabled source in use, else False, else None (nobody could tell)."""
        told = False
        for backend in self.backends:
            if backend.source not in self.enabled:
                continue
            answer = backend.in_call()
            if answer:
                return CallStatus(True, backend.source, backend.name, backend.what())
            told = told or answer is False
        return CallStatus(False if told else None)


def default_call_backends(clock: Clock, proc_root: Path = Path("/proc")) -> list[CallBackend]:
    """Every candidate, best first: PipeWire (all sources), PulseAudio (when PipeWire is
    not there), /proc for cameras, Windows' consent store, macOS' CoreAudio. Those that
    don't work here drop out in :class:`CallMonitor`."""
    graph = pipewire_snapshot()
    pipewire = {s: PipeWireBackend(s, graph) for s in (MICROPHONE, CAMERA, SCREEN)}
    return [
        *pipewire.values(),
        PulseMicrophoneBackend(pulse_snapshot(), instead_of=pipewire[MICROPHONE]),
        ProcCameraBackend(clock, proc_root),
        WindowsConsentBackend(MICROPHONE),
        WindowsConsentBackend(CAMERA),
        CoreAudioMicrophoneBackend(),
    ]
