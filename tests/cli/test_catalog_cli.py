"""The catalog commands, as a user types them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from backbreak import __version__
from backbreak.cli import main


def test_catalog_table_lists_every_exercise(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["ID", "NAME", "GROUP"]
    assert "prone-on-elbows" in out and "every 2–3 hours" in out
    assert "13 exercises" in out


def test_catalog_json_is_the_documented_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 13
    required = {
        "id",
        "name",
        "group",
        "steps",
        "dose",
        "frequency",
        "equipment",
        "cautions",
        "modifications",
        "source",
    }
    for item in data:
        assert required <= item.keys()
        assert set(item["dose"]) >= {"sets", "reps", "hold_seconds", "per_side"}
        for key in ("sets", "reps", "hold_seconds"):
            value = item["dose"][key]
            assert value is None or set(value) == {"min", "max"}
    by_id = {item["id"]: item for item in data}
    assert by_id["prone-lying"]["frequency"] == {"every_hours": {"min": 2, "max": 3}}
    assert by_id["cat-camel"]["frequency"] == {"times_per_day": {"min": 3, "max": 3}}
    assert by_id["dead-bug-heel-touch"]["frequency"] is None
    assert by_id["cat-camel"]["dose"]["reps"] == {"min": 10, "max": 10}


def test_show_tells_everything(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "prone-lying"]) == 0
    out = capsys.readouterr().out
    for heading in ("Steps:", "Dose:", "How often:", "Cautions:", "Modifications:", "Source:"):
        assert heading in out
    assert "pillow" in out and "every 2–3 hours" in out and "3–5 min hold" in out


def test_unknown_id_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "handstand"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no exercise with id 'handstand'" in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.parametrize("argv", [["--bogus"], ["catalog", "--yaml"], ["show"], ["frobnicate"]])
def test_bad_options_exit_2_with_a_message(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "error:" in err and "--help" in err


def test_broken_user_catalog_is_reported_and_builtin_still_shown(
    capsys: pytest.CaptureFixture[str],
    isolated_dirs: object,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: object,
) -> None:
    from backbreak.store.paths import user_catalog_file

    path = user_catalog_file()
    path.parent.mkdir(parents=True)
    path.write_text('{"exercises": [{"id": "x"}]}', encoding="utf-8")
    assert main(["catalog", "--json"]) == 0
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)) == 13
    assert str(path) in captured.err and "left out" in captured.err


def test_module_entry_point_and_version() -> None:
    """`python -m backbreak` is the same program as the `backbreak` script."""
    result = subprocess.run(
        [sys.executable, "-m", "backbreak", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"backbreak {__version__}"
    help_text = subprocess.run(
        [sys.executable, "-m", "backbreak", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "not a prescription" in help_text and "catalog" in help_text
