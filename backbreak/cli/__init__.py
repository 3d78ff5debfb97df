"""The ``backbreak`` command line.

Each command group lives in its own module with a ``register(subparsers)`` function;
handlers import what they need (Qt, the scheduler) only when they run, so that
``backbreak --help`` and the catalog commands start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from backbreak import __version__
from backbreak.cli import catalog_cmds, config_cmds, control_cmds, plan_cmd
from backbreak.cli.errors import CliError

COMMAND_MODULES: tuple[ModuleType, ...] = (catalog_cmds, plan_cmd, config_cmds, control_cmds)
WINDOW_COMMANDS = frozenset({"start"})
"""Commands that may make a QApplication (and install the language on it)."""

DESCRIPTION = """\
backbreak reminds you to do your back exercises while you sit at a computer, and
guides you through them. Run it without a command to start the tray app.

The exercises are general advice from a physiotherapy handout and a trainer's guide,
not a prescription for you. If something gets worse, stop and see a professional.
"""


class _Parser(argparse.ArgumentParser):
    """argparse, but errors name the command and exit 2 without a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\nTry '{self.prog} --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="backbreak",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"backbreak {__version__}")
    parser.add_argument(
        "--backend",
        action="append",
        default=[],
        metavar="KIND=NAME",
        help=(
            "use this backend for one OS edge, for debugging (repeatable; e.g. idle=x11-xss,"
            " notifications=card, busy=none); `backbreak status` lists the names"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse, run the command, map user errors to exit code 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.backend:
        try:
            force_backends(args.backend)
        except ValueError as err:
            print(f"backbreak: {err}", file=sys.stderr)
            return 2
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return run_default(args)
        if args.command not in WINDOW_COMMANDS:
            from backbreak.i18n import install_for_cli

            install_for_cli()
        return int(handler(args) or 0)
    except CliError as err:
        print(f"backbreak: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def force_backends(values: Sequence[str]) -> None:
    """``--backend KIND=NAME`` values into ``BACKBREAK_BACKENDS`` for the app this starts.

    They are added after what the environment already asks for, so they win. Raises
    ValueError on a malformed value or an unknown kind.
    """
    from backbreak.desktop.backend import FORCE_ENV, parse_force

    forced = parse_force(values)
    earlier = os.environ.get(FORCE_ENV, "")
    os.environ[FORCE_ENV] = f"{earlier},{forced}" if earlier else forced


def run_default(args: argparse.Namespace) -> int:
    """No command: start the tray app (or hand over to the running one)."""
    return control_cmds.run_app(args)
