"""Command-line edges: bad input, unreadable files, night shifts.

``plan --date 9999-12-31`` gave a traceback; ``config`` alone printed help to stdout;
a failed export created the data folder and an empty history; unknown exercise ids
were accepted as disabled; a data folder that can't be created crashed the commands;
``config set`` took one pair, so a night shift could not be entered in either order.
"""

from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path

import pytest
from helpers.cli import run

from backbreak.cli.errors import CliError
from backbreak.cli.plan_cmd import parse_day
from backbreak.store import paths
from backbreak.store.settings_file import load_settings

# -- plan --date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("9999-12-31", "too far ahead"),
        ("2200-01-01", "too far ahead"),
        ("0001-01-01", "has passed"),
        ("1800-06-01", "has passed"),
    ],
)
def test_plan_dates_out_of_range_are_refused(text: str, says: str) -> None:
    """plan walks forward from today (at most a year and a bit): no traceback, words."""
    with pytest.raises(CliError, match=says):
        parse_day(text, today=date(2026, 3, 30))


def test_plan_dates_in_range_and_default() -> None:
    today = date(2026, 3, 30)
    assert parse_day(None, today=today) == today
    assert parse_day("2027-04-30", today=today) == date(2027, 4, 30)
    with pytest.raises(CliError, match="not a date like"):
        parse_day("tomorrow", today=today)


def test_plan_far_date_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "plan", "--date", "9999-12-31")
    assert (code, out) == (2, "")
    assert "too far ahead" in err and "Traceback" not in err


# -- config -----------------------------------------------------------------------------


def test_config_without_an_action_is_a_usage_error_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "config")
    assert (code, out) == (2, "")
    assert "choose an action: path, get, set or reset" in err


def test_config_set_takes_several_pairs_checked_together(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """18:00 alone is refused while work_end is 17:00? Not any more; and both at once work."""
    code, out, err = run(capsys, "config", "set", "work_end", "02:00", "work_start", "18:00")
    assert code == 0, err
    assert out.splitlines()[:2] == ["work_end = 02:00:00", "work_start = 18:00:00"]
    saved = load_settings().settings
    assert (saved.work_start, saved.work_end) == (time(18), time(2))


def test_config_set_refuses_the_whole_command_when_one_pair_is_bad(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(
        capsys, "config", "set", "snooze_minutes", "5", "block_interval_minutes", "true"
    )
    assert code == 2
    assert (
        "block_interval_minutes must be a whole number of minutes from 15 to 240; got 'true'" in err
    )
    assert not paths.settings_file().exists()


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["work_start", "08:00", "work_end"], "'work_end' has no value"),
        (["snooze_minutes", "5", "snooze_minutes", "6"], "snooze_minutes is given twice"),
    ],
)
def test_config_set_pairs_must_pair(
    capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    code, _, err = run(capsys, "config", "set", *argv)
    assert code == 2 and words in err


def test_config_set_accepts_8_00(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "config", "set", "work_start", "8:00")
    assert (code, out.splitlines()[0]) == (0, "work_start = 08:00:00")


def test_disabled_exercises_must_be_known(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "config", "set", "disabled_exercises", '{"no-such-exercise": "pain"}'
    )
    assert code == 2
    assert "unknown: 'no-such-exercise'" in err and "cat-camel" in err
    assert not paths.settings_file().exists()
    assert run(capsys, "config", "set", "disabled_exercises", '{"cat-camel": "pain"}')[0] == 0


# -- export -----------------------------------------------------------------------------


def test_a_failed_export_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "export", "--csv", str(tmp_path / "nonexistent" / "x.csv"))
    assert code == 1 and "can't write" in err
    assert not paths.data_dir().exists()


def test_export_without_history_writes_the_header_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_file = tmp_path / "x.csv"
    code, _, err = run(capsys, "export", "--csv", str(out_file))
    assert code == 0 and "No history yet" in err
    assert out_file.read_text().startswith("at,record,")
    assert not paths.data_dir().exists()


# -- a data folder that can't be created ------------------------------------------------


@pytest.fixture
def blocked_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file where the data folder's parent should be: mkdir fails, even as root."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("BACKBREAK_DATA_DIR", str(blocker / "backbreak"))
    return blocker


@pytest.mark.usefixtures("blocked_data_dir")
def test_export_with_an_uncreatable_data_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Nothing to export and nothing created; a message, not a traceback."""
    code, out, err = run(capsys, "export", "--csv", "-")
    assert code == 0
    assert out.startswith("at,record,") and "No history yet" in err


@pytest.mark.usefixtures("blocked_data_dir")
def test_the_app_records_in_memory_when_the_data_folder_cant_be_made() -> None:
    """``backbreak`` and ``start`` build the same services: they run, and say so once."""
    from backbreak.app.build import open_history_or_memory

    history, problems = open_history_or_memory(paths.history_file())
    try:
        (problem,) = problems
        assert str(paths.data_dir()) in problem
        assert "nothing is recorded this session" in problem
        assert list(history.breaks_between()) == []
    finally:
        history.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_start_and_app_with_uncreatable_data_folder_in_a_subprocess(
    blocked_data_dir: Path, tmp_path: Path
) -> None:
    """The real ``build_core`` (catalog, settings, engine, presence) survives it."""
    import subprocess
    import sys

    code = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from backbreak.app.build import build_core; s = build_core().services;"
        "print('|'.join(s.problems))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "can't create the data folder" in done.stdout
