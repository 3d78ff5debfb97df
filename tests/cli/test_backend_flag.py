"""``backbreak --backend KIND=NAME``: forces a backend for the app it starts, for debugging."""

from __future__ import annotations

import os
from typing import Any

import pytest
from helpers.cli import run

from backbreak.cli import main
from backbreak.desktop.backend import FORCE_ENV


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """What ``BACKBREAK_BACKENDS`` said when the app would have started."""
    seen: list[str | None] = []

    def fake_run(_args: Any) -> int:
        seen.append(os.environ.get(FORCE_ENV))
        return 0

    monkeypatch.setenv(FORCE_ENV, "")  # recorded, so what the CLI sets is undone after
    monkeypatch.delenv(FORCE_ENV)
    monkeypatch.setattr("backbreak.cli.control_cmds.run_app", fake_run)
    return seen


def test_backend_flags_reach_the_app_it_starts(started: list[str | None]) -> None:
    assert main(["--backend", "idle=none", "--backend", "Notifications=card"]) == 0
    assert started == ["idle=none,notifications=card"]


def test_flags_win_over_the_environment(
    started: list[str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FORCE_ENV, "idle=x11-xss")
    assert main(["--backend", "idle=none"]) == 0
    assert started == ["idle=x11-xss,idle=none"]
    from backbreak.desktop.backend import forced_names

    assert forced_names({FORCE_ENV: started[0] or ""}) == {"idle": "none"}


@pytest.mark.parametrize(
    ("value", "message"),
    [("idle", "--backend takes KIND=NAME, not 'idle'"), ("mouse=x", "unknown backend kind")],
)
def test_bad_backend_values_exit_2_with_a_clear_message(
    started: list[str | None], capsys: pytest.CaptureFixture[str], value: str, message: str
) -> None:
    code, _out, err = run(capsys, "--backend", value)
    assert code == 2
    assert message in err
    assert started == [], "the app is not started"
