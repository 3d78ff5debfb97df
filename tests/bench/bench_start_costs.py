"""Where the tray app's memory goes: PSS added by each step of its start, in start order.

usage: python tests/bench/bench_start_costs.py [--runs N]

``bench_app.py`` says how much the idle app costs; this says what for. Each run starts a
fresh Python (offscreen Qt, empty config and data folders) that walks the same steps as
``backbreak.launch`` and ``backbreak.app.build.build_core``, in the same order, and
reads its own PSS (/proc/self/smaps_rollup) after each one. The control socket's step
also answers one request, as the app does on the first ``backbreak status`` of the day:
what serving a connection loads stays loaded all day. pydantic's share is split
into its import, the fixed cost of the first model class (pydantic builds a class's
validator when the class is defined, and the first one pulls in the schema builder and
its imports), and then backbreak's own model classes.

The cost of a step depends on what came before it (a module imported earlier is free
later), so the figures are "what this step added at this point of the start", not what
the package would cost alone. Prints the median over the runs and each step's share of
the whole. Not collected by pytest (no test_ prefix). Linux only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from typing import Any

PYDANTIC_STEPS = frozenset(
    {"import pydantic", "first pydantic model (fixed cost)", "backbreak's model classes"}
)


def _pss_mib() -> float:
    with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
        for line in rollup:
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024.0
    raise RuntimeError("no Pss line in smaps_rollup")


def started_scheduler() -> object:
    """A stock APScheduler scheduler on the Qt loop, started (no jobs)."""
    from apscheduler.schedulers.qt import QtScheduler

    scheduler = QtScheduler()
    scheduler.start()
    return scheduler


def bare_tray() -> tuple[object, object]:
    """A Qt application and a plain tray icon: the floor of any tray app."""
    from PySide6.QtGui import QColor, QIcon, QPixmap
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    app = QApplication([sys.argv[0]])
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#3c8dbc"))
    icon = QSystemTrayIcon(QIcon(pixmap))
    icon.show()
    return app, icon


def serve_one_ping(name: str) -> None:
    """Have the app answer one request, as it does on the first ``backbreak status``:
    whatever serving a connection loads is part of the app's all-day cost."""
    import socket

    from PySide6.QtWidgets import QApplication

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(name)
        client.sendall(b'{"v": 1, "cmd": "ping", "args": {}}\n')
        client.setblocking(False)
        answer = b""
        while b"\n" not in answer:
            QApplication.processEvents()
            try:
                answer += client.recv(4096)
            except BlockingIOError:
                continue


def floor_child() -> None:
    """The stack floor: a bare tray + pydantic with one model + a started scheduler."""
    from PySide6.QtWidgets import QApplication

    tray = bare_tray()
    import pydantic

    class Probe(pydantic.BaseModel):
        value: int

    probe = Probe(value=1)
    scheduler = started_scheduler()
    QApplication.processEvents()
    print(json.dumps({"floor": _pss_mib()}))
    del probe, scheduler, tray


Kept = dict[str, Any]
"""What the steps so far returned, by step name: later steps build on it."""


def _single_instance(keep: Kept) -> object:
    from backbreak.desktop.single_instance import ControlServer, server_name

    server = ControlServer(lambda request: {})
    server.listen(server_name())
    serve_one_ping(server_name())
    return server


def _tray_icon(keep: Kept) -> object:
    from backbreak.ui.tray import IconState, state_icon

    return state_icon(IconState.IDLE).pixmap(22, 22)


def _first_model(keep: Kept) -> object:
    import pydantic

    class Probe(pydantic.BaseModel):
        value: int

    return Probe(value=1)


def _model_classes(keep: Kept) -> object:
    import backbreak.domain.catalog
    import backbreak.domain.history
    import backbreak.domain.settings

    return backbreak.domain.catalog


def _catalog(keep: Kept) -> object:
    from backbreak.domain.catalog import load_catalog
    from backbreak.store import paths

    return load_catalog(user_file=paths.user_catalog_file())


def _settings(keep: Kept) -> object:
    from backbreak.store.settings_file import load_settings

    return load_settings()


def _history(keep: Kept) -> object:
    from backbreak.store import paths
    from backbreak.store.history import open_history

    return open_history(paths.history_file())


def _engine(keep: Kept) -> object:
    from backbreak.clock import SystemClock, system_clock
    from backbreak.planning.engine import Engine
    from backbreak.planning.qt_driver import EngineDriver

    loaded_catalog = keep["load and validate the catalog"].catalog
    loaded_settings = keep["load and validate the settings"].settings
    store, _problems = keep["open the history (sqlite3)"]
    engine = Engine(loaded_catalog, loaded_settings, store, system_clock)
    driver = EngineDriver(engine, SystemClock())
    driver.start()
    return driver


def _presence(keep: Kept) -> object:
    from backbreak.desktop.presence import create_presence

    return create_presence(5.0, gap_check=False)


def _app_module(keep: Kept) -> object:
    import backbreak.app
    import backbreak.app.build
    import backbreak.ui.window_factory

    return backbreak.app


STEPS: tuple[tuple[str, Callable[[Kept], object]], ...] = (
    ("Qt application + bare tray icon", lambda keep: bare_tray()),
    ("single-instance socket + one request served", _single_instance),
    ("backbreak tray module + state icon", _tray_icon),
    ("import pydantic", lambda keep: __import__("pydantic")),
    ("first pydantic model (fixed cost)", _first_model),
    ("backbreak's model classes", _model_classes),
    ("load and validate the catalog", _catalog),
    ("load and validate the settings", _settings),
    ("open the history (sqlite3)", _history),
    ("APScheduler: import + a started scheduler", lambda keep: started_scheduler()),
    ("planning engine + jobs (Qt driver)", _engine),
    ("presence (idle, busy, sleep watchers)", _presence),
    ("import backbreak.app and its windows", _app_module),
)
"""The start's steps, in the order ``backbreak.launch`` takes them."""
STEP_ORDER = ("python", *(name for name, _action in STEPS))


def child() -> None:
    """One start, step by step; prints {step: PSS after it} as JSON."""
    after: dict[str, float] = {"python": _pss_mib()}
    keep: Kept = {}
    for name, action in STEPS:
        keep[name] = action(keep)
        after[name] = _pss_mib()
    print(json.dumps(after))


def one_run() -> dict[str, float]:
    return {**_run("--child"), **_run("--floor")}


def _run(flag: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bb-start-costs-") as scratch:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            BACKBREAK_CONFIG_DIR=os.path.join(scratch, "config"),
            BACKBREAK_DATA_DIR=os.path.join(scratch, "data"),
            XDG_RUNTIME_DIR=scratch,
        )
        out = subprocess.run(
            [sys.executable, __file__, flag],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    after: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return after


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs to take the median of (5)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--floor", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child()
        return 0
    if args.floor:
        floor_child()
        return 0
    runs = [one_run() for _ in range(max(1, args.runs))]
    total = statistics.median(run[STEP_ORDER[-1]] for run in runs)
    print(f"PSS added by each start step (MB, median of {len(runs)} offscreen runs)")
    print(f"{'step':44} {'added':>7} {'after':>7} {'share':>6}")
    pydantic_total = 0.0
    for index, name in enumerate(STEP_ORDER):
        previous = STEP_ORDER[index - 1] if index else None
        added = statistics.median(run[name] - (run[previous] if previous else 0.0) for run in runs)
        after = statistics.median(run[name] for run in runs)
        if name in PYDANTIC_STEPS:
            pydantic_total += added
        print(f"{name:44} {added:7.1f} {after:7.1f} {added / total:6.0%}")
    floor = statistics.median(run["Qt application + bare tray icon"] for run in runs)
    print(f"\nwhole start: {total:.1f} MB; Python + Qt + bare tray icon: {floor:.1f} MB")
    print(
        f"pydantic (import, first model, backbreak's classes): {pydantic_total:.1f} MB; "
        f"everything else of backbreak's: {total - floor - pydantic_total:.1f} MB"
    )
    stack = statistics.median(run["floor"] for run in runs)
    print(
        f"stack floor (bare tray + pydantic with one model + a started APScheduler "
        f"scheduler, its own process): {stack:.1f} MB; backbreak's own cost above it: "
        f"{total - stack:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
