"""The control commands from the shell: clear errors (exit 2, no traceback), a clear
"not running" (exit 1), forwarding to the running app, and no QtWidgets in the client."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from backbreak.cli import main
from backbreak.desktop import single_instance as si


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "rt"
    monkeypatch.setenv("BACKBREAK_RUNTIME_DIR", str(directory))
    return directory


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["pause", "abc"], "'abc' is neither a number of minutes"),
        (["snooze", "-5"], "-5 minutes is out of range"),
        (["snooze", "x"], "'x' is not a number of minutes"),
        (["pause", "0"], "neither a number of minutes (1 to 1440) nor 'tomorrow'"),
        (["autostart", "maybe"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_a_message(
    argv: list[str], needle: str, capsys: pytest.CaptureFixture[str], runtime: Path
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [["remind"], ["snooze"], ["pause", "30"], ["resume"], ["quit"]])
def test_not_running_exits_1(
    argv: list[str], capsys: pytest.CaptureFixture[str], runtime: Path
) -> None:
    assert main(argv) == 1
    assert "backbreak is not running" in capsys.readouterr().err


def test_status_not_running(capsys: pytest.CaptureFixture[str], runtime: Path) -> None:
    assert main(["status"]) == 1
    assert "not running" in capsys.readouterr().out
    assert main(["status", "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == {"running": False}


def test_start_unknown_routine_without_app(
    capsys: pytest.CaptureFixture[str], runtime: Path
) -> None:
    assert main(["start", "no-such-routine"]) == 2
    assert "no routine 'no-such-routine'" in capsys.readouterr().err


def run_cli(qtbot: Any, argv: list[str]) -> int:
    """The CLI blocks on the socket, so it runs beside the event loop that answers."""
    out: dict[str, int] = {}
    thread = threading.Thread(target=lambda: out.setdefault("rc", main(argv)))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
    return out["rc"]


def test_commands_reach_the_running_app(
    make_rig: Any, qtbot: Any, capsys: pytest.CaptureFixture[str], runtime: Path, due: Any
) -> None:
    rig = make_rig()
    server = si.ControlServer(rig.app.handle)
    assert server.listen(si.server_name())
    assert run_cli(qtbot, ["status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["running"] and status["next_break"]["title"] == "Prone holds"
    assert run_cli(qtbot, ["remind"]) == 0
    assert [r.key for r in rig.notifier.shown] == ["b-next"]
    rig.driver.make_due(due)
    assert run_cli(qtbot, ["snooze", "15"]) == 0
    assert rig.driver.calls[-1] == ("snooze", 15)
    assert run_cli(qtbot, ["pause", "tomorrow"]) == 0
    assert rig.driver.calls[-1] == ("pause", (None, True))
    assert run_cli(qtbot, ["start", "nope"]) == 2
    assert "no routine 'nope'" in capsys.readouterr().err
    server.close()


def test_client_does_not_import_qtwidgets(runtime: Path) -> None:
    """CLI commands start fast: only the app itself loads the widget libraries."""
    code = (
        "import sys\n"
        "from backbreak.cli import main\n"
        "rc = main(['status'])\n"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets imported'\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1, result.stderr
    assert "not running" in result.stdout


def test_start_without_app_runs_just_the_session(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, make_rig: Any, now: Any
) -> None:
    """`backbreak start` with nothing running opens the session itself and ends with it;
    what was done counts (engine.complete)."""
    from backbreak.app.build import open_session_only
    from backbreak.domain.history import ExerciseRecord, Outcome

    rig = make_rig()
    ended: list[bool] = []
    open_session_only(rig.engine, rig.windows.session, "block-core", lambda: ended.append(True))
    window = rig.windows.sessions[-1]
    assert window.isVisible() and window.brk.id == "manual-block-core"
    window.finished.emit([ExerciseRecord("cat-camel", Outcome.DONE, now)])
    assert ended == [True]
    assert ("complete", ("manual-block-core", ["cat-camel"])) in rig.engine.calls
