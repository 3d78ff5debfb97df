"""The Linux sound-server backends: PipeWire (all three sources) and PulseAudio (microphone).

They answer from a :class:`~backbreak.desktop.calls.snapshot.Snapshot` that a runner
refreshes. ``available`` only looks for the tool and the server's socket, so it never
blocks; a server that is there but doesn't answer shows as None from ``in_call``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

from backbreak.desktop.calls import pipewire, pulse
from backbreak.desktop.calls.pipewire import Graph
from backbreak.desktop.calls.snapshot import Snapshot
from backbreak.desktop.calls.source import CAMERA, MICROPHONE, SCREEN, Activity, describe
from backbreak.desktop.reason import Reason, install_package
from backbreak.i18n import QT_TRANSLATE_NOOP

Which = Callable[[str], str | None]
Finder = Callable[[Graph], list[Activity]]

_FINDERS: dict[str, Finder] = {
    MICROPHONE: pipewire.microphone_captures,
    CAMERA: pipewire.camera_users,
    SCREEN: pipewire.screencasts,
}


def pipewire_snapshot() -> Snapshot[Graph]:
    return Snapshot(
        [pipewire.DUMP],
        lambda outputs: pipewire.parse_dump(outputs[0]),
        pipewire.MONITOR,
        pipewire.is_graph_event,
    )


def pulse_snapshot() -> Snapshot[list[Activity]]:
    def parse(outputs: list[str]) -> list[Activity]:
        monitors = pulse.monitor_sources(outputs[1])
        return pulse.microphone_captures(outputs[0], monitors)

    return Snapshot(
        [pulse.SOURCE_OUTPUTS, pulse.SOURCES], parse, pulse.SUBSCRIBE, pulse.is_capture_event
    )


def _runtime_dir(environ: Mapping[str, str]) -> Path | None:
    folder = environ.get("XDG_RUNTIME_DIR")
    return Path(folder) if folder else None


class _SnapshotBackend:
    """Shared by both servers: tool + socket for ``available``, the snapshot for answers."""

    name = ""
    source = ""
    tool = ""
    hint: str = ""
    """What to install when ``tool`` is missing (``install_hint`` is set only then)."""

    def __init__(self, environ: Mapping[str, str] | None = None, which: Which = shutil.which):
        self._environ = os.environ if environ is None else environ
        self._which = which
        self._found: list[Activity] = []
        self.reason = ""
        self.install_hint = ""

    def _socket(self) -> Path | None:
        raise NotImplementedError

    def _activities(self) -> list[Activity] | None:
        raise NotImplementedError

    def available(self) -> bool:
        self.install_hint = ""
        if self._which(self.tool) is None:
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "{program} is not installed"), program=self.tool
            )
            self.install_hint = self.hint
            return False
        socket = self._socket()
        if socket is None:
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "no server socket ({variable} is not set)"),
                variable="XDG_RUNTIME_DIR",
            )
            return False
        if not socket.exists():
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "no server socket ({path})"), path=socket
            )
            return False
        self.reason = ""
        return True

    def in_call(self) -> bool | None:
        found = self._activities()
        self._found = found or []
        return None if found is None else bool(found)

    def what(self) -> str:
        return describe(self._found)


class PipeWireBackend(_SnapshotBackend):
    """One source (microphone, camera or screen) read from the shared ``pw-dump`` graph."""

    tool = "pw-dump"
    hint = install_package("pipewire-bin", "pw-dump, pw-mon")

    def __init__(
        self,
        source: str,
        snapshot: Snapshot[Graph],
        environ: Mapping[str, str] | None = None,
        which: Which = shutil.which,
    ) -> None:
        super().__init__(environ, which)
        self.source = source
        self.name = f"pipewire-{source}"
        self.snapshot = snapshot
        self._find = _FINDERS[source]

    def _socket(self) -> Path | None:
        remote = self._environ.get("PIPEWIRE_REMOTE", "pipewire-0")
        if remote.startswith("/"):
            return Path(remote)
        folder = _runtime_dir(self._environ)
        return folder / remote if folder else None

    def _activities(self) -> list[Activity] | None:
        graph = self.snapshot.value
        return None if graph is None else self._find(graph)


class PulseMicrophoneBackend(_SnapshotBackend):
    """The microphone from PulseAudio's capture streams (``pactl`` 16+ for JSON).

    With ``instead_of`` (the PipeWire microphone backend) it steps aside when that one
    works: pipewire-pulse would answer the same question a second time.
    """

    name = "pulseaudio-microphone"
    source = MICROPHONE
    tool = "pactl"
    hint = Reason(
        QT_TRANSLATE_NOOP("backend", "install {package} {version} or later ({command})"),
        package="pulseaudio-utils",
        version="16",
        command="pactl -f json",
    )

    def __init__(
        self,
        snapshot: Snapshot[list[Activity]],
        environ: Mapping[str, str] | None = None,
        which: Which = shutil.which,
        instead_of: PipeWireBackend | None = None,
    ) -> None:
        super().__init__(environ, which)
        self.snapshot = snapshot
        self._preferred = instead_of

    def available(self) -> bool:
        if self._preferred is not None and self._preferred.available():
            self.reason = Reason(
                #: {name} is another backend's name.
                QT_TRANSLATE_NOOP("backend", "{name} answers instead"),
                name=self._preferred.name,
            )
            return False
        return super().available()

    def _socket(self) -> Path | None:
        server = self._environ.get("PULSE_SERVER", "")
        if server.startswith("unix:"):
            return Path(server[len("unix:") :])
        if server:
            return Path("/")  # a remote server: let pactl try it
        folder = _runtime_dir(self._environ)
        return folder / "pulse" / "native" if folder else None

    def _activities(self) -> list[Activity] | None:
        return self.snapshot.value
