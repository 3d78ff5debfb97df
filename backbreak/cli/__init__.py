"""The ``backbreak`` command line.

Each command group lives in its own module with a ``register(subparsers)`` function;
handlers import what they need (Qt, the scheduler) only when they run, so that
``backbreak --help`` and the catalog commands start fast.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from types import ModuleType

from backbreak import __version__
from backbreak.cli import catalog_cmds, config_cmds, control_cmds, plan_cmd
from backbreak.cli.errors import CliError, warn
from backbreak.cli.parsing import Parser, argparse_in_language
from backbreak.i18n import QT_TRANSLATE_NOOP, translate

COMMAND_MODULES: tuple[ModuleType, ...] = (catalog_cmds, plan_cmd, config_cmds, control_cmds)
WINDOW_COMMANDS = frozenset({"start"})
"""Commands that may make a QApplication (and install the language on it)."""

#: Printed as written: keep the line breaks, each line under 80 characters.
DESCRIPTION = QT_TRANSLATE_NOOP(
    "cli",
    "backbreak reminds you to do your back exercises while you sit at a computer, and\n"
    "guides you through them. Run it without a command to start the tray app.\n"
    "\n"
    "The exercises are general advice from a physiotherapy handout and a trainer's guide,\n"
    "not a prescription for you. If something gets worse, stop and see a professional.\n",
)
"""Shown as written (line breaks kept): a translation is wrapped to fit 80 columns."""


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; its texts are translated as it is built, so build it
    inside :func:`~backbreak.cli.parsing.argparse_in_language`."""
    parser = Parser(
        prog="backbreak",
        description=translate("cli", DESCRIPTION),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"backbreak {__version__}",
        help=translate("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--backend",
        action="append",
        default=[],
        metavar="KIND=NAME",
        help=translate(
            "cli",
            "use this backend for one OS edge, for debugging (repeatable; e.g. idle=x11-xss,"
            " notifications=card, busy=none); `backbreak status` lists the names",
        ),
    )
    sub = parser.add_subparsers(
        dest="command", metavar=translate("cli", "COMMAND"), parser_class=Parser
    )
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse, run the command, map user errors to exit code 2."""
    with argparse_in_language():
        args = build_parser().parse_args(argv)
    if args.backend:
        try:
            force_backends(args.backend)
        except ValueError as err:
            warn(str(err))
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
        warn(str(err))
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def force_backends(values: Sequence[str]) -> None:
    """``--backend KIND=NAME`` values into ``BACKBREAK_BACKENDS`` for the app this starts.

    They are added after what the environment already asks for, so they win. Raises
    ValueError, in the user's language, on a malformed value or an unknown kind.
    """
    from backbreak.desktop.backend import FORCE_ENV, parse_force

    forced = parse_force(values)
    earlier = os.environ.get(FORCE_ENV, "")
    os.environ[FORCE_ENV] = f"{earlier},{forced}" if earlier else forced


def run_default(args: argparse.Namespace) -> int:
    """No command: start the tray app (or hand over to the running one)."""
    return control_cmds.run_app(args)
