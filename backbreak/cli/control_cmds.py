"""Control the running tray app: ``start``, ``remind``, ``snooze``, ``skip``, ``pause``,
``resume``, ``status``, ``settings``, ``quit`` and ``autostart``; and ``backbreak``
with no command, which starts the app (or brings the running one forward).

Commands travel over the single-instance socket (``backbreak.desktop.single_instance``).
This module never imports QtWidgets: only the app itself (``backbreak.app``), or
``start`` with no app running, brings up widgets.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from backbreak.cli.errors import CliError, warn
from backbreak.desktop.control_requests import MAX_MINUTES, RequestError, check_minutes
from backbreak.i18n import QT_TRANSLATE_NOOP, translate

NOT_RUNNING = QT_TRANSLATE_NOOP(
    "control_cmds", "backbreak is not running. Start it with 'backbreak'."
)
"""Translated by :func:`not_running`."""


def not_running() -> str:
    return translate("control_cmds", NOT_RUNNING)


def minutes_arg(text: str) -> int:
    """A whole number of minutes from 1 to a day; argparse turns the error into exit 2."""
    try:
        value = int(text)
    except ValueError:
        message = translate(
            "control_cmds", "'{text}' is not a number of minutes (a whole number, e.g. 15)"
        )
        raise argparse.ArgumentTypeError(message.format(text=text)) from None
    try:  # the limits the running app checks too (control_requests)
        return check_minutes(value)
    except RequestError:
        message = translate(
            "control_cmds", "{value} minutes is out of range: use 1 to {most} minutes"
        )
        raise argparse.ArgumentTypeError(message.format(value=value, most=MAX_MINUTES)) from None


def pause_arg(text: str) -> int | str:
    if text.lower() == "tomorrow":
        return "tomorrow"
    try:
        return minutes_arg(text)
    except argparse.ArgumentTypeError:
        message = translate(
            "control_cmds", "'{text}' is neither a number of minutes (1 to {most}) nor 'tomorrow'"
        )
        raise argparse.ArgumentTypeError(message.format(text=text, most=MAX_MINUTES)) from None


def register(sub: Any) -> None:
    """Add the control commands to the ``backbreak`` parser's subcommands."""
    _register_break_commands(sub)
    _register_pause_commands(sub)
    _register_app_commands(sub)


def _register_break_commands(sub: Any) -> None:
    """What to do about a break: start, remind, snooze."""
    p = sub.add_parser(
        "start",
        help=translate("control_cmds", "start a break now"),
        description=translate(
            "control_cmds",
            "Start a break now: the routine named, or the break that is due (or next). "
            "Works without the tray app too: the session window opens on its own.",
        ),
    )
    p.add_argument(
        "routine",
        nargs="?",
        metavar=translate("control_cmds", "ROUTINE"),
        help=translate("control_cmds", "a routine id (see README)"),
    )
    p.set_defaults(handler=cmd_start)

    p = sub.add_parser(
        "remind",
        help=translate("control_cmds", "show the next break's reminder now"),
        description=translate(
            "control_cmds",
            "Show the reminder for the break that is due (or the next one) now, "
            "the same way a due break is announced.",
        ),
    )
    p.set_defaults(handler=lambda a: forward("remind"))

    p = sub.add_parser("snooze", help=translate("control_cmds", "snooze the break that is due"))
    p.add_argument(
        "minutes",
        nargs="?",
        type=minutes_arg,
        metavar=translate("control_cmds", "MINUTES"),
        help=translate("control_cmds", "default: your setting"),
    )
    p.set_defaults(handler=lambda a: forward("snooze", minutes=a.minutes))


def _register_pause_commands(sub: Any) -> None:
    """Leaving breaks out: skip, pause, resume."""
    p = sub.add_parser(
        "skip", help=translate("control_cmds", "skip the break that is due (recorded as skipped)")
    )
    p.set_defaults(handler=lambda a: forward("skip"))

    p = sub.add_parser(
        "pause",
        help=translate("control_cmds", "pause reminders"),
        description=translate(
            "control_cmds", "Pause reminders for MINUTES, or until tomorrow morning."
        ),
    )
    #: "tomorrow" is typed as it is: translate only MINUTES (as in "snooze MINUTES").
    p.add_argument("until", type=pause_arg, metavar=translate("control_cmds", "MINUTES|tomorrow"))
    p.set_defaults(handler=cmd_pause)

    p = sub.add_parser("resume", help=translate("control_cmds", "end a pause"))
    p.set_defaults(handler=lambda a: forward("resume"))


def _register_app_commands(sub: Any) -> None:
    """The running app itself: status, settings, quit, autostart."""
    p = sub.add_parser(
        "status", help=translate("control_cmds", "is backbreak running, what is next")
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("control_cmds", "print the status as JSON (see README)"),
    )
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser(
        "settings", help=translate("control_cmds", "open the settings dialog of the running app")
    )
    p.set_defaults(handler=lambda a: forward("settings"))

    p = sub.add_parser("quit", help=translate("control_cmds", "end the running app"))
    p.set_defaults(handler=lambda a: forward("quit"))

    p = sub.add_parser(
        "autostart",
        help=translate("control_cmds", "start backbreak at login, or not"),
        description=translate(
            "control_cmds",
            "Turn starting at login on or off (an XDG autostart entry on Linux, "
            "the Run key on Windows, a LaunchAgent on macOS).",
        ),
    )
    p.add_argument("state", choices=["on", "off"], metavar="{on,off}")
    p.set_defaults(handler=cmd_autostart)


def _send(cmd: str, **args: Any) -> dict[str, Any] | None:
    """The running app's reply, or None when it isn't running."""
    from backbreak.desktop.single_instance import NotRunning, request, send_request

    try:
        req = request(cmd, **args)  # checked here with the running app's own rules
    except RequestError as err:
        raise CliError(str(err), err.code) from None
    try:
        return send_request(req)
    except NotRunning:
        return None
    except ValueError as err:
        message = translate(
            "control_cmds", "the running backbreak answered something unreadable: {error}"
        )
        raise CliError(message.format(error=err), 1) from None


def _finish(answer: dict[str, Any]) -> int:
    message = str(answer.get("message", ""))
    if answer.get("ok"):
        if message:
            print(message)
        return 0
    refused = message or translate("control_cmds", "the running backbreak refused")
    raise CliError(refused, int(answer.get("code", 1)))


def forward(cmd: str, **args: Any) -> int:
    answer = _send(cmd, **args)
    if answer is None:
        raise CliError(not_running(), 1)
    return _finish(answer)


def cmd_pause(args: argparse.Namespace) -> int:
    if args.until == "tomorrow":
        return forward("pause", tomorrow=True)
    return forward("pause", minutes=args.until)


def cmd_status(args: argparse.Namespace) -> int:
    answer = _send("status")
    if answer is None:
        if args.json:
            print(json.dumps({"running": False}))
        else:
            print(not_running())
        return 1
    if args.json and answer.get("ok"):
        print(json.dumps(answer.get("data", {}), indent=2))
        return 0
    return _finish(answer)


def cmd_start(args: argparse.Namespace) -> int:
    answer = _send("start", routine=args.routine)
    if answer is not None:
        return _finish(answer)
    from backbreak.cli.catalog_cmds import load_user_catalog

    catalog = load_user_catalog()
    if args.routine is not None and args.routine not in catalog.routines:
        message = translate("control_cmds", "no routine '{routine}'. Known routines: {routines}")
        raise CliError(message.format(routine=args.routine, routines=", ".join(catalog.routines)))
    from backbreak.app.build import run_session_only

    return run_session_only(args.routine)


def cmd_autostart(args: argparse.Namespace) -> int:
    enabled = args.state == "on"
    answer = _send("autostart", enabled=enabled)
    if answer is not None:
        return _finish(answer)
    from backbreak.desktop.autostart import AutostartError, set_autostart

    try:
        where = set_autostart(enabled)
    except AutostartError as err:
        raise CliError(str(err), 1) from None
    _save_autostart_setting(enabled)
    if enabled:
        done = translate("control_cmds", "Start at login on ({where}).")
    else:
        done = translate("control_cmds", "Start at login off ({where}).")
    print(done.format(where=where))
    return 0


def _save_autostart_setting(enabled: bool) -> None:
    try:
        from backbreak.store.settings_file import update_settings
    except ImportError:
        return
    try:
        update_settings(lambda current: current.model_copy(update={"autostart": enabled}))
    except OSError as err:
        message = translate("control_cmds", "the setting could not be saved: {error}")
        warn(message.format(error=err))


def run_app(args: argparse.Namespace) -> int:
    """``backbreak`` with no command: hand over to the running app, else become it."""
    answer = _send("activate")
    if answer is not None:
        return _finish(answer)
    from backbreak.launch import launch

    return launch()
