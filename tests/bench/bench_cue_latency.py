"""How long from ``CuePlayer.play()`` to the cue's first sound at the speakers.

usage: python tests/bench/bench_cue_latency.py [--runs N] [--backend NAME] [--qt]

A private PulseAudio server with a null sink (``helpers.headless_desktop.SoundServer``)
stands in for the speakers; ``parec`` reads the sink's monitor in 5 ms fragments, each
stamped with the monotonic time it arrived. A cue is played through the real player
(``backbreak.ui.sound.CuePlayer`` on the chosen, or ``--backend``-forced, sound backend),
and the latency is the time from just before ``play()`` to the arrival of the first
non-silent sample (an upper bound: the monitor's own delay is included). Prints the
median, min and max over the runs, for the countdown tick (the "3, 2, 1"), and what the
player added to this process's PSS (a Qt application is made before the first reading).

``--qt`` measures QtMultimedia's ``QSoundEffect`` the same way, for comparison (needs
PySide6-Addons, which backbreak no longer depends on). Not collected by pytest (no
test_ prefix). Linux only; Debian packages pulseaudio pulseaudio-utils.
"""

from __future__ import annotations

import argparse
import array
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))

from helpers.headless_desktop import SOUND_RATE, SoundServer  # noqa: E402

THRESHOLD = 300
"""A sample above this (of 32767) is sound; the null sink's silence is exactly 0."""
GAP_SECONDS = 0.6


class Monitor:
    """``parec`` on the null sink's monitor, read in a thread: (arrival time, samples)."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [
                *("parec", "--device=test.monitor", "--raw", "--format=s16le"),
                *(f"--rate={SOUND_RATE}", "--channels=1", "--latency-msec=5"),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.lock = threading.Lock()
        self.first_sound: float | None = None
        self.armed = False
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        while True:
            chunk = self.proc.stdout.read1(4096)  # type: ignore[attr-defined]
            if not chunk:
                return
            now = time.monotonic()
            samples = array.array("h", chunk[: len(chunk) // 2 * 2])
            with self.lock:
                waiting = self.armed and self.first_sound is None
                if waiting and any(abs(s) > THRESHOLD for s in samples):
                    self.first_sound = now

    def arm(self) -> None:
        with self.lock:
            self.armed, self.first_sound = True, None

    def wait(self, timeout: float = 2.0) -> float | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if self.first_sound is not None:
                    self.armed = False
                    return self.first_sound
            time.sleep(0.002)
        return None

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(5)


def pss_mb() -> float:
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(play: Callable[[], None], monitor: Monitor, runs: int) -> list[float]:
    """The latency of ``runs`` plays, after one uncounted play: the first sound of a
    fresh null sink and monitor takes about a second whatever plays it."""
    monitor.arm()
    play()
    monitor.wait()
    latencies = []
    for _ in range(runs):
        time.sleep(GAP_SECONDS)
        monitor.arm()
        started = time.monotonic()
        play()
        heard = monitor.wait()
        if heard is not None:
            latencies.append((heard - started) * 1000)
    return latencies


def backbreak_player(backend: str | None) -> tuple[Callable[[], None], str]:
    from PySide6.QtCore import QCoreApplication

    from backbreak.session.events import Cue
    from backbreak.ui.sound import CuePlayer

    if backend:
        os.environ["BACKBREAK_BACKENDS"] = f"sound={backend}"
    QCoreApplication.instance() or QCoreApplication([])
    player = CuePlayer(enabled=True)
    return (lambda: player.play(Cue.COUNTDOWN)), player.choice.describe()


def qt_player() -> tuple[Callable[[], None], str]:
    """QSoundEffect, loaded first (as the old player did), played from a running loop."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QUrl
    from PySide6.QtMultimedia import QSoundEffect

    from backbreak.session.events import Cue
    from backbreak.ui.sound import sound_file

    app = QCoreApplication.instance() or QCoreApplication([])
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(sound_file(Cue.COUNTDOWN)))
    while effect.status() is QSoundEffect.Status.Loading:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def play() -> None:
        effect.play()
        end = time.monotonic() + 0.5
        while time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    return play, "QSoundEffect (QtMultimedia)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--backend", help="force this sound backend (e.g. paplay)")
    parser.add_argument("--qt", action="store_true", help="measure QSoundEffect instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bb-cue-latency-") as folder:
        root = Path(folder)
        runtime = root / "run"
        runtime.mkdir(mode=0o700)
        server = SoundServer(runtime, root, root / "pulseaudio.log").start()
        os.environ.update(server.env, XDG_RUNTIME_DIR=str(runtime))
        monitor = Monitor(dict(os.environ))
        try:
            from PySide6.QtCore import QCoreApplication

            _app = QCoreApplication.instance() or QCoreApplication([])
            before = pss_mb()
            play, what = qt_player() if args.qt else backbreak_player(args.backend)
            latencies = measure(play, monitor, args.runs)
            added = pss_mb() - before
        finally:
            monitor.stop()
            server.stop()
    print(f"player: {what}; PSS added by the player: {added:.1f} MB")
    if not latencies:
        print("no cue was heard")
        return 1
    print(
        f"play() to first sound, {len(latencies)} of {args.runs} heard: "
        f"median {statistics.median(latencies):.1f} ms, "
        f"min {min(latencies):.1f} ms, max {max(latencies):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
