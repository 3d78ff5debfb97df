"""argparse's own words through our catalog, only while the CLI parses (parsing.py)."""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from backbreak import i18n
from backbreak.cli import parsing
from backbreak.cli.parsing import argparse_in_language
from backbreak.cli.plan_cmd import raised_dose


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    i18n.install("de")
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def test_argparse_speaks_the_catalog_inside_the_block_only(german: None) -> None:
    module = vars(argparse)  # argparse's globals, as its code looks them up
    with argparse_in_language():
        assert module["_"]("usage: ") == "Aufruf: "
        plural = module["ngettext"]("expected %s argument", "expected %s arguments", 2)
        assert plural % 2 == "erwartet 2 Argumente"
        other = module["ngettext"](
            "conflicting option string: %s", "conflicting option strings: %s", 2
        )
        assert other == "conflicting option strings: %s", "a pair we do not list stays English"
    assert module["_"] is gettext.gettext
    assert module["ngettext"] is gettext.ngettext


def test_the_globals_come_back_after_an_error() -> None:
    with pytest.raises(RuntimeError), argparse_in_language():
        raise RuntimeError
    assert vars(argparse)["_"] is gettext.gettext


def test_the_raised_dose_out_of_the_planners_note(german: None) -> None:
    assert raised_dose("heute 2 Sätze: in diesem Block ist Zeit dafür") == "2 Sätze"
    assert raised_dose("2 sets today: this block has room") == (
        "2 sets today: this block has room"
    ), "a note in another language is kept whole"


def test_the_raised_dose_in_english() -> None:
    assert raised_dose("2 sets and 20 reps today: this block has room") == "2 sets and 20 reps"


def test_a_translation_that_lost_a_placeholder_gives_the_english(
    german: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """argparse fills in ``%(message)s`` after the lookup: a translation without it would
    end every usage error in a traceback."""
    monkeypatch.setattr(parsing, "translate", lambda _context, _text, *_n: "Argument: kaputt")
    template = "argument %(argument_name)s: %(message)s"
    with argparse_in_language():
        assert vars(argparse)["_"](template) == template
