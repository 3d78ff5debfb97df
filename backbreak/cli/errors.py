"""Errors a user can cause on the command line."""

from __future__ import annotations

import sys


class CliError(Exception):
    """A clear message for stderr and an exit code; never a traceback."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def warn(message: str) -> None:
    """A message for the user on stderr, after the program's name."""
    print(f"backbreak: {message}", file=sys.stderr)
