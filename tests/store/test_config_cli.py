"""``backbreak config`` and ``backbreak export``: the same validation as the file and dialog."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers.cli import run

from backbreak.domain.history import BreakEvent, BreakRecord, ExerciseRecord, Feeling, Outcome
from backbreak.store import paths
from backbreak.store.history import HistoryStore
from backbreak.store.settings_file import load_settings


def test_config_path(capsys: pytest.CaptureFixture[str]) -> None:
    """Prints where the settings live (the config dir, overridable for tests)."""
    assert run(capsys, "config", "path") == (0, f"{paths.settings_file()}\n", "")


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("work_start", "08:30", time(8, 30)),
        ("work_days", "[0,1,2]", [0, 1, 2]),
        ("sounds_enabled", "false", False),
        ("snooze_minutes", "25", 25),
        ("evening_mode", "all", "all"),
        ("disabled_exercises", '{"cat-camel": "pain"}', {"cat-camel": "pain"}),
    ],
)
def test_config_set_parses_json_else_text(
    capsys: pytest.CaptureFixture[str], key: str, value: str, expected: object
) -> None:
    """JSON when it parses, plain text otherwise; the file then holds the new value."""
    code, out, _ = run(capsys, "config", "set", key, value)
    assert code == 0, out
    got = getattr(load_settings().settings, key)
    assert got == expected or json.loads(json.dumps(got, default=str)) == expected


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("snoze_minutes", "5", "no setting called 'snoze_minutes'"),
        ("snooze_minutes", "0", "snooze_minutes must be a whole number of minutes from 1 to"),
        ("work_end", "09:00", "work_end must differ from work_start"),
        ("work_days", "[7]", "from 0 (Monday) to 6 (Sunday)"),
        ("evening_mode", "sometimes", "evening_mode"),
        ("version", "2", "can't be set"),
    ],
)
def test_config_set_refuses_bad_input(
    capsys: pytest.CaptureFixture[str], key: str, value: str, message: str
) -> None:
    """Refused with the model's message and exit 2; the file is not written."""
    code, _out, err = run(capsys, "config", "set", key, value)
    assert code == 2
    assert message in err
    assert not paths.settings_file().exists()


def test_config_set_warns_outside_the_guide(capsys: pytest.CaptureFixture[str]) -> None:
    """Allowed but off-prescription values are saved with a note, like in the dialog."""
    code, _, err = run(capsys, "config", "set", "block_interval_minutes", "200")
    assert code == 0
    assert "1-2 hours" in err


def test_config_get_and_reset(capsys: pytest.CaptureFixture[str]) -> None:
    """get prints one value plainly or all as JSON; reset brings the defaults back."""
    run(capsys, "config", "set", "work_start", "07:15")
    assert run(capsys, "config", "get", "work_start") == (0, "07:15:00\n", "")
    _code, out, _ = run(capsys, "config", "get")
    assert json.loads(out)["work_start"] == "07:15:00"
    assert run(capsys, "config", "get", "nope")[0] == 2
    assert run(capsys, "config", "reset")[0] == 0
    assert load_settings().settings.work_start == time(9)


def test_config_reports_a_broken_file_once(capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI prints the load problems to stderr, and only the first time."""
    paths.settings_file().parent.mkdir(parents=True)
    paths.settings_file().write_text("{broken")
    code, out, err = run(capsys, "config", "get", "snooze_minutes")
    assert (code, out) == (0, "10\n")
    assert "not valid JSON" in err and "kept as" in err
    assert run(capsys, "config", "get", "snooze_minutes")[2] == ""


def _seed() -> None:
    tz = ZoneInfo("Europe/Berlin")
    store = HistoryStore.open(paths.history_file())
    t = datetime(2026, 3, 2, 10, tzinfo=tz)
    store.record_break(BreakRecord("b1", BreakEvent.STARTED, t, "work-block", ("cat-camel",)))
    store.record_exercise(
        ExerciseRecord("cat-camel", Outcome.PAIN, t, 0.4, 1, 4, 20.0, "b1", Feeling.SAME, "a, b")
    )
    store.close()


def test_export_csv_to_stdout_and_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """One row per record, a header, and notes with commas survive."""
    _seed()
    code, out, _ = run(capsys, "export", "--csv", "-")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["record"] for r in rows] == ["exercise", "break"]
    assert rows[0]["note"] == "a, b" and rows[0]["feeling"] == "same"
    assert rows[0]["at"] == "2026-03-02T10:00:00+01:00"
    assert rows[1]["exercises"] == "cat-camel"
    target = tmp_path / "out.csv"
    code, _, err = run(capsys, "export", "--csv", str(target))
    assert code == 0 and "Wrote 2 records" in err
    assert target.read_text() == out


def test_export_to_unwritable_place_fails_clearly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A bad target is a message and exit 1, not a traceback."""
    code, _, err = run(capsys, "export", "--csv", str(tmp_path / "no" / "such" / "dir.csv"))
    assert code == 1 and "can't write" in err


def test_config_set_tells_the_running_app(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A running app is asked to reload, so the change takes effect without a restart."""
    from backbreak.desktop import single_instance

    sent: list[dict[str, object]] = []

    def fake_send(req: dict[str, object], *args: object, **kw: object) -> dict[str, object]:
        sent.append(req)
        return {"ok": True, "message": "Settings reloaded."}

    monkeypatch.setattr(single_instance, "send_request", fake_send)
    code, out, _ = run(capsys, "config", "set", "snooze_minutes", "7")
    assert code == 0
    assert [r["cmd"] for r in sent] == ["reload-settings"]
    assert "running backbreak now uses" in out
