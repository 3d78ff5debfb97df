"""Running the command line in-process, as the CLI tests do."""

from __future__ import annotations

import pytest

from backbreak.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``backbreak ARGV``: (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
