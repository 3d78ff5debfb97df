"""Benchmark backbreak on a real (headless) desktop, beside a bare PySide6 tray icon.

usage: python tests/bench/bench_app.py [--runs N] [--quick] [--app-cmd CMD] [--json FILE]

Brings up its own desktop (Xvfb, private D-Bus, dunst, xfce4-panel as the
StatusNotifierWatcher host; see tests/helpers/headless_desktop.py), then in each of N runs starts
the floor (tests/bench/floor_tray.py, a bare PySide6 tray icon), then backbreak, one at a
time (so that neither's PSS is lowered by the other mapping the same Qt libraries), and
measures:

  tray          launch -> StatusNotifierItem registered with the watcher, by our PID
  idle memory   PSS, USS and RSS after --settle s (20) of doing nothing (smaps_rollup)
  CPU, wakeups  over --idle s (60): CPU time, and voluntary context switches of all
                threads per minute (each one is a sleep after a wakeup)
  click->window `backbreak remind`, wait for the notification, invoke its default
                action the way a click does (dunst's NotificationAction), until a new
                top-level window of the app is mapped (polled every 2 ms)
  growth        PSS after opening (`backbreak start`) and closing (WM_DELETE_WINDOW)
                the session window --cycles times (20), minus PSS after the first
                open/close (which pays one-time costs: modules, fonts, images)
  plan a year   in-process: backbreak.planning.Engine answering every break for
                365 days on a fake clock
and prints the median of the N runs (min-max beside it) with the targets, then the
import costs of `backbreak --version` and of the tray app's start (-X importtime).
Not collected by pytest (no test_ prefix): it takes minutes. Linux only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import procstats
from jeepney import DBusAddress, Properties, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.wrappers import DBusErrorResponse
from x11windows import X11Windows

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for helpers
from helpers.headless_desktop import HeadlessDesktop, missing_tools, stop_process

HERE = Path(__file__).resolve().parent
FLOOR_SCRIPT = HERE / "floor_tray.py"
WATCHER = DBusAddress(
    "/StatusNotifierWatcher",
    bus_name="org.kde.StatusNotifierWatcher",
    interface="org.kde.StatusNotifierWatcher",
)
DUNST = DBusAddress(
    "/org/freedesktop/Notifications",
    bus_name="org.freedesktop.Notifications",
    interface="org.dunstproject.cmd0",
)
MIB = 1024.0


@dataclass(frozen=True)
class Target:
    limit: float
    unit: str


TARGETS = {
    "tray": Target(0.4, "s"),
    "pss": Target(60.0, "MB"),
    "wakeups": Target(5.0, "/min"),
    "click": Target(150.0, "ms"),
    "growth": Target(3.0, "MB"),
}


@dataclass
class Samples:
    """Per-metric lists of one value per run, for backbreak and for the floor."""

    app: dict[str, list[float]] = field(default_factory=dict)
    floor: dict[str, list[float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, who: str, key: str, value: float | None) -> None:
        if value is not None:
            (self.app if who == "app" else self.floor).setdefault(key, []).append(value)

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)


@dataclass(frozen=True)
class Options:
    app_cmd: list[str]
    runs: int
    settle: float
    idle: float
    cycles: int


# ---- the desktop probes -------------------------------------------------------------


class Probe:
    """D-Bus and X11 questions about the desktop: who has a tray item, is a window up."""

    def __init__(self, desktop: HeadlessDesktop) -> None:
        self.desktop = desktop
        self.x11 = X11Windows(desktop.env["DISPLAY"])
        self._pids: dict[str, int | None] = {}

    def tray_pids(self) -> set[int]:
        reply = self.desktop.bus.send_and_get_reply(
            Properties(WATCHER).get("RegisteredStatusNotifierItems"), timeout=5
        )
        pids: set[int] = set()
        for item in reply.body[0][1]:
            service = item.split("/", 1)[0]
            if service not in self._pids:
                try:
                    answer = self.desktop.bus.send_and_get_reply(
                        message_bus.GetConnectionUnixProcessID(service), timeout=5
                    )
                    self._pids[service] = int(answer.body[0])
                except DBusErrorResponse:
                    self._pids[service] = None
            pid = self._pids[service]
            if pid is not None:
                pids.add(pid)
        return pids

    def notifications_shown(self) -> int:
        reply = self.desktop.bus.send_and_get_reply(
            Properties(DUNST).get("displayedLength"), timeout=5
        )
        return int(reply.body[0][1])

    def click_notification(self) -> None:
        """What a left click on dunst's first notification does: its default action."""
        self.desktop.bus.send_and_get_reply(
            new_method_call(DUNST, "NotificationAction", "u", (0,)), timeout=5
        )

    def close_notifications(self) -> None:
        self.desktop.bus.send_and_get_reply(
            new_method_call(DUNST, "NotificationCloseAll"), timeout=5
        )


def poll(check: Callable[[], Any], timeout: float, interval: float = 0.002) -> Any:
    """Call ``check`` until it returns something truthy; None after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            return None
        time.sleep(interval)


def write_settings(path: Path) -> None:
    """Default settings, the first-run safety notice (a modal dialog) marked as seen."""
    try:
        from backbreak.domain.settings import Settings
        from backbreak.store.settings_file import save_settings
    except ImportError:  # benchmarking a bundle from a Python without backbreak
        path.write_text(json.dumps({"version": 1, "safety_notice_seen": True}), "utf-8")
        return
    save_settings(Settings(safety_notice_seen=True), path)


# ---- one process under test -----------------------------------------------------------


class Subject:
    """A process started on the desktop (backbreak or the floor) and its own folders."""

    def __init__(self, name: str, cmd: list[str], desktop: HeadlessDesktop, work: Path) -> None:
        self.name = name
        self.cmd = cmd
        home = work / name
        config = home / "bb-config"
        config.mkdir(parents=True)
        write_settings(config / "settings.json")
        runtime = home / "rt"
        runtime.mkdir(mode=0o700)
        self.env = dict(
            desktop.env,
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
            BACKBREAK_CONFIG_DIR=str(config),
            BACKBREAK_DATA_DIR=str(home / "bb-data"),
            BACKBREAK_RUNTIME_DIR=str(runtime),
        )
        self.log = home / "output.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def launch(self, probe: Probe, timeout: float = 20.0) -> float | None:
        """Start it; seconds until its tray item is registered (None: never, or it died)."""
        with self.log.open("ab") as log:
            started = time.monotonic()
            self.proc = subprocess.Popen(self.cmd, env=self.env, stdout=log, stderr=log)
        proc = self.proc

        def registered() -> bool:
            return proc.poll() is not None or proc.pid in probe.tray_pids()

        poll(registered, timeout, interval=0.005)
        took = time.monotonic() - started
        if proc.poll() is not None or proc.pid not in probe.tray_pids():
            return None
        return took

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def run_cli(self, *args: str, timeout: float = 30.0) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.cmd, *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)

    def tail(self) -> str:
        lines = self.log.read_text("utf-8", errors="replace").strip().splitlines()
        return " | ".join(lines[-3:])


# ---- the measurements -----------------------------------------------------------------


def measure_click(app: Subject, probe: Probe, samples: Samples) -> None:
    """`backbreak remind`, then a click on the notification, until a new window is mapped."""
    done = app.run_cli("remind")
    if done.returncode != 0:
        samples.note(f"click->window: `remind` failed ({done.returncode}): {done.stderr.strip()}")
        return
    if not poll(probe.notifications_shown, 5.0, 0.01):
        samples.note("click->window: `remind` showed no desktop notification")
        return
    time.sleep(0.5)  # let the app settle (its reminder card, if any, is up by now)
    before = probe.x11.viewable(app.pid)
    started = time.monotonic()
    probe.click_notification()
    new = poll(lambda: probe.x11.viewable(app.pid) - before, 5.0)
    took = time.monotonic() - started
    if not new:
        samples.note("click->window: no new window within 5 s of the click")
        probe.close_notifications()
        return
    samples.add("app", "click", took * 1000)
    close_windows(probe, app, new, samples)
    probe.close_notifications()
    close_windows(probe, app, probe.x11.viewable(app.pid), samples)


def close_windows(probe: Probe, app: Subject, windows: set[int], samples: Samples) -> bool:
    for window in windows:
        probe.x11.request_close(window)
    gone = poll(lambda: not (probe.x11.viewable(app.pid) & windows), 5.0, 0.01)
    if not gone:
        samples.note("session window: WM_DELETE_WINDOW did not close it within 5 s")
    return bool(gone)


def open_and_close(app: Subject, probe: Probe, samples: Samples) -> bool:
    before = probe.x11.viewable(app.pid)
    done = app.run_cli("start")
    if done.returncode != 0:
        samples.note(f"growth: `start` failed ({done.returncode}): {done.stderr.strip()}")
        return False
    new = poll(lambda: probe.x11.viewable(app.pid) - before, 10.0, 0.01)
    if not new:
        samples.note("growth: `start` mapped no new window within 10 s")
        return False
    time.sleep(0.3)  # let it paint and run its first timer ticks
    return close_windows(probe, app, new, samples)


def measure_growth(app: Subject, probe: Probe, cycles: int, samples: Samples) -> None:
    pss_before = procstats.memory(app.pid).pss_kib
    if not open_and_close(app, probe, samples):
        return
    time.sleep(1.0)
    pss_warm = procstats.memory(app.pid).pss_kib
    trail: list[float] = []
    for _ in range(cycles):
        if not open_and_close(app, probe, samples):
            return
        trail.append(procstats.memory(app.pid).pss_kib)
    time.sleep(2.0)
    pss_after = procstats.memory(app.pid).pss_kib
    samples.add("app", "first_open", (pss_warm - pss_before) / MIB)
    samples.add("app", "growth", (pss_after - pss_warm) / MIB)
    later = trail[len(trail) // 2 :]
    if len(later) >= 3:
        # the slope over the second half: a leak keeps climbing, one-time costs level off
        slope = statistics.linear_regression(range(len(later)), later).slope
        samples.add("app", "per_cycle", slope)


def measure_idle(subject: Subject, who: str, options: Options, samples: Samples) -> None:
    """Memory after settling, then CPU time and wakeups over the idle window."""
    time.sleep(options.settle)
    if not subject.alive():
        samples.note(f"{subject.name} died while settling: {subject.tail()}")
        return
    mem = procstats.memory(subject.pid)
    samples.add(who, "pss", mem.pss_kib / MIB)
    samples.add(who, "uss", mem.uss_kib / MIB)
    samples.add(who, "rss", mem.rss_kib / MIB)
    samples.add(who, "threads", procstats.thread_count(subject.pid))
    first = procstats.activity(subject.pid)
    time.sleep(options.idle)
    if not subject.alive():
        samples.note(f"{subject.name} died while idle: {subject.tail()}")
        return
    spent = procstats.activity(subject.pid).minus(first)
    per_minute = 60.0 / options.idle
    samples.add(who, "cpu", spent.cpu_seconds * 1000 * per_minute)
    samples.add(who, "wakeups", spent.voluntary * per_minute)
    samples.add(who, "preempt", spent.involuntary * per_minute)


def one_run(options: Options, desktop: HeadlessDesktop, probe: Probe, samples: Samples) -> None:
    """The floor alone, then backbreak alone: each is the only Qt app on the desktop,
    so neither's PSS is lowered by the other mapping the same Qt libraries."""
    with tempfile.TemporaryDirectory(prefix="bb-bench-run-") as tmp:
        work = Path(tmp)
        floor = Subject("floor", [sys.executable, str(FLOOR_SCRIPT)], desktop, work)
        app = Subject("app", options.app_cmd, desktop, work)
        for who, subject in (("floor", floor), ("app", app)):
            try:
                took = subject.launch(probe)
                if took is None:
                    samples.note(f"{subject.name}: no tray item within 20 s: {subject.tail()}")
                    continue
                samples.add(who, "tray", took)
                measure_idle(subject, who, options, samples)
                if who == "app" and app.alive():
                    measure_click(app, probe, samples)
                if who == "app" and app.alive():
                    measure_growth(app, probe, options.cycles, samples)
            finally:
                subject.stop()


def plan_a_year() -> tuple[float, int] | None:
    """Seconds for the planning engine to answer every break of 365 days, and how many."""
    try:
        from backbreak.domain.catalog import load_catalog
        from backbreak.domain.settings import Settings
        from backbreak.planning.engine import Engine
        from backbreak.store.history import HistoryStore
    except ImportError:
        return None
    catalog = load_catalog().catalog
    history = HistoryStore.open(":memory:")
    now = [datetime(2026, 1, 5, 8, 0).astimezone()]
    engine = Engine(catalog, Settings(), history, lambda: now[0])
    end = now[0] + timedelta(days=365)
    breaks = 0
    started = time.perf_counter()
    for _ in range(1_000_000):
        if now[0] >= end:
            break
        wakeup = engine.next_wakeup()
        if wakeup is None:
            break
        now[0] = max(wakeup, now[0] + timedelta(seconds=1))
        brk = engine.tick()
        if brk is not None:
            breaks += 1
            engine.complete(brk, brk.exercises)
    took = time.perf_counter() - started
    history.close()
    return took, breaks


# ---- import costs -----------------------------------------------------------------------

IMPORT_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)")


def import_profile(stderr: str, top: int = 8) -> tuple[float, list[tuple[str, float]]]:
    """Total import seconds, and the packages that cost most, from -X importtime.

    Each line's *self* time goes to its top-level package (pydantic, PySide6,
    backbreak, ...): self times add up to the total, so nothing is counted twice.
    """
    by_package: dict[str, float] = {}
    for match in IMPORT_LINE.finditer(stderr):
        package = match.group(4).split(".", 1)[0]
        by_package[package] = by_package.get(package, 0.0) + int(match.group(1)) / 1e6
    ranked = sorted(by_package.items(), key=lambda item: item[1], reverse=True)
    return sum(by_package.values()), ranked[:top]


def cli_import_costs(app_python: Sequence[str], runs: int) -> dict[str, Any]:
    walls: list[float] = []
    stderr = ""
    for _ in range(runs):
        started = time.monotonic()
        done = subprocess.run(
            [*app_python, "-X", "importtime", "-m", "backbreak", "--version"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        walls.append(time.monotonic() - started)
        stderr = done.stderr
    total, top = import_profile(stderr)
    return {"wall": statistics.median(walls), "imports": total, "top": top}


def app_import_costs(
    app_python: Sequence[str], desktop: HeadlessDesktop, probe: Probe
) -> dict[str, Any] | None:
    """Import cost of the tray app up to its tray icon (stopped right after)."""
    with tempfile.TemporaryDirectory(prefix="bb-bench-imports-") as tmp:
        subject = Subject(
            "app", [*app_python, "-X", "importtime", "-m", "backbreak"], desktop, Path(tmp)
        )
        took = subject.launch(probe)
        time.sleep(0.5)
        subject.stop()
        if took is None:
            return None
        total, top = import_profile(subject.log.read_text("utf-8", errors="replace"), top=12)
        return {"tray": took, "imports": total, "top": top}


# ---- the report -----------------------------------------------------------------------------

ROWS = [
    ("tray", "launch -> tray item registered", "s", 3),
    ("pss", "idle PSS", "MB", 1),
    ("uss", "idle USS (private pages)", "MB", 1),
    ("rss", "idle RSS", "MB", 1),
    ("threads", "threads", "", 0),
    ("cpu", "CPU time while idle", "ms/min", 1),
    ("wakeups", "wakeups while idle (voluntary ctx sw.)", "/min", 1),
    ("preempt", "involuntary ctx switches while idle", "/min", 1),
    ("click", "notification click -> window mapped", "ms", 0),
    ("first_open", "PSS added by the first session window", "MB", 1),
    ("growth", "PSS growth over the next open/close cycles", "MB", 2),
    ("per_cycle", "PSS slope over the second half of the cycles", "KB/cycle", 0),
    ("year", "plan a year (engine, in-process)", "s", 3),
]


def summary(values: list[float] | None, digits: int) -> str:
    if not values:
        return "n/a"
    median = statistics.median(values)
    text = f"{median:.{digits}f}"
    if len(values) > 1:
        text += f" ({min(values):.{digits}f}-{max(values):.{digits}f})"
    return text


def verdict(key: str, values: list[float] | None) -> str:
    target = TARGETS.get(key)
    if target is None:
        return ""
    if not values:
        return f"<= {target.limit:g} {target.unit}: not measured"
    ok = statistics.median(values) <= target.limit
    return f"<= {target.limit:g} {target.unit}: {'ok' if ok else 'FAIL'}"


def print_report(samples: Samples, options: Options, extra: dict[str, Any]) -> None:
    print(
        f"\nbackbreak benchmark: median of {options.runs} run(s) (min-max); "
        f"settle {options.settle:g} s, idle window {options.idle:g} s, "
        f"{options.cycles} open/close cycles; load average {os.getloadavg()[0]:.2f}"
    )
    print(f"app: {shlex.join(options.app_cmd)}\n")
    header = ("metric", "unit", "backbreak", "floor (bare tray)", "target")
    table = [header]
    for key, label, unit, digits in ROWS:
        table.append(
            (
                label,
                unit,
                summary(samples.app.get(key), digits),
                summary(samples.floor.get(key), digits) if key in samples.floor else "",
                verdict(key, samples.app.get(key)),
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for number, row in enumerate(table):
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if number == 0:
            print("  ".join("-" * w for w in widths))
    if samples.notes:
        print("\nnotes:")
        for note in samples.notes:
            print(f"  - {note}")
    cli = extra.get("cli")
    if cli:
        print(
            f"\n`backbreak --version`: {cli['wall'] * 1000:.0f} ms wall, "
            f"{cli['imports'] * 1000:.0f} ms of imports; by package (self time):"
        )
        for name, cost in cli["top"]:
            print(f"  {cost * 1000:7.1f} ms  {name}")
    app = extra.get("app_imports")
    if app:
        print(
            f"\ntray app start (-X importtime, tray after {app['tray']:.2f} s): "
            f"{app['imports'] * 1000:.0f} ms of imports; by package (self time):"
        )
        for name, cost in app["top"]:
            print(f"  {cost * 1000:7.1f} ms  {name}")


# ---- main -------------------------------------------------------------------------------------


def default_app_cmd() -> list[str]:
    script = Path(sys.executable).parent / "backbreak"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "backbreak"]


def parse(argv: Sequence[str] | None) -> tuple[Options, argparse.Namespace]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs to take the median of (3)")
    parser.add_argument(
        "--quick", action="store_true", help="short windows: settle 5 s, idle 15 s, 5 cycles"
    )
    parser.add_argument("--settle", type=float, help="seconds before the memory sample (20)")
    parser.add_argument("--idle", type=float, help="idle window in seconds (60)")
    parser.add_argument("--cycles", type=int, help="session window open/close cycles (20)")
    parser.add_argument(
        "--app-cmd",
        help="command that starts the tray app; CLI commands are appended to it "
        "(default: the `backbreak` beside this Python)",
    )
    parser.add_argument("--json", type=Path, help="also write the raw samples here")
    args = parser.parse_args(argv)
    quick = args.quick
    options = Options(
        app_cmd=shlex.split(args.app_cmd) if args.app_cmd else default_app_cmd(),
        runs=max(1, args.runs),
        settle=args.settle if args.settle is not None else (5.0 if quick else 20.0),
        idle=args.idle if args.idle is not None else (15.0 if quick else 60.0),
        cycles=args.cycles if args.cycles is not None else (5 if quick else 20),
    )
    return options, args


def main(argv: Sequence[str] | None = None) -> int:
    if not sys.platform.startswith("linux"):
        print("bench_app: Linux only (/proc, Xvfb)", file=sys.stderr)
        return 2
    missing = missing_tools()
    if missing:
        print(
            f"bench_app: missing {', '.join(missing)} (see .ci/run for the packages)",
            file=sys.stderr,
        )
        return 2
    options, args = parse(argv)
    samples = Samples()
    extra: dict[str, Any] = {}
    with HeadlessDesktop(system_bus=True) as desktop:
        probe = Probe(desktop)
        try:
            for number in range(options.runs):
                print(f"bench_app: run {number + 1} of {options.runs}", file=sys.stderr)
                one_run(options, desktop, probe, samples)
                year = plan_a_year()
                if year is None:
                    samples.note("plan a year: backbreak.planning.engine not importable")
                else:
                    samples.add("app", "year", year[0])
                    samples.note(f"plan a year: {year[1]} breaks answered")
            app_python = [sys.executable]
            extra["cli"] = cli_import_costs(app_python, options.runs)
            extra["app_imports"] = app_import_costs(app_python, desktop, probe)
        finally:
            probe.x11.close_display()
    print_report(samples, options, extra)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "app": samples.app,
                    "floor": samples.floor,
                    "notes": samples.notes,
                    "extra": extra,
                },
                indent=2,
            ),
            "utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
