"""The composition root builds the real app, and its windows cost nothing until opened.

An app that lives all day pays for every module it imports: the session window, the
settings dialog and the history window (with its charts and statistics) are imported
when first opened, not when the app starts. Checked in a fresh Python, since this test
process has imported everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

LAZY = [
    "backbreak.ui.session_window",
    "backbreak.ui.settings_dialog",
    "backbreak.ui.history_window",
    "backbreak.ui.charts",
    "backbreak.store.stats",
]

SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication
qapp = QApplication([])
from backbreak.app.build import build_app
app = build_app()
app.start()
lazy = json.loads(sys.argv[1])
seen = {"started": [m for m in lazy if m in sys.modules]}
app.open_settings()
seen["settings"] = [m for m in lazy if m in sys.modules]
app.open_history()
seen["history"] = [m for m in lazy if m in sys.modules]
app.start_now("prone-holds")
seen["session"] = [m for m in lazy if m in sys.modules]
app.quit()
print(json.dumps(seen))
"""


def test_windows_are_imported_when_first_opened(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(sys.path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "BACKBREAK_RUNTIME_DIR": str(tmp_path / "run"),
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}",
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(LAZY)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["started"] == []
    assert seen["settings"] == ["backbreak.ui.settings_dialog"]
    assert set(seen["history"]) == {
        "backbreak.ui.settings_dialog",
        "backbreak.ui.history_window",
        "backbreak.ui.charts",
        "backbreak.store.stats",
    }
    assert set(seen["session"]) == set(LAZY)
