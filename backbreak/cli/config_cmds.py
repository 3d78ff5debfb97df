"""``backbreak config ...`` (read and change settings) and ``backbreak export --csv``.

``config set`` validates through the same ``Settings`` model as the file and the
dialog: an unknown key or a bad value is refused with the model's message (exit 2)
and the file is left as it was. After a change, a running backbreak is asked to
re-read the file (its ``reload-settings`` control command).

VALUE is read as JSON when it parses (``90``, ``true``, ``[0,1,2]``,
``{"cat-camel": "pain"}``), otherwise as a plain string (``08:30``, ``rotate``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from backbreak.cli.errors import CliError


def register(sub: Any) -> None:
    config = sub.add_parser(
        "config",
        help="show or change settings",
        description="Show or change backbreak's settings (the same ones as the settings dialog).",
    )
    csub = config.add_subparsers(dest="config_command", metavar="ACTION")
    config.set_defaults(handler=lambda _args: _usage(config))

    p = csub.add_parser("path", help="print where the settings file is")
    p.set_defaults(handler=cmd_path)

    p = csub.add_parser("get", help="print all settings, or one", description="Print settings.")
    p.add_argument("key", nargs="?", metavar="KEY", help="one setting (default: all, as JSON)")
    p.set_defaults(handler=cmd_get)

    p = csub.add_parser(
        "set",
        help="change one setting",
        description=(
            "Change one setting. VALUE is read as JSON when it parses, else as text: "
            "'config set work_start 08:30', 'config set work_days [0,1,2,3]', "
            "'config set sounds_enabled false'."
        ),
    )
    p.add_argument("key", metavar="KEY")
    p.add_argument("value", metavar="VALUE")
    p.set_defaults(handler=cmd_set)

    p = csub.add_parser("reset", help="go back to the default settings")
    p.set_defaults(handler=cmd_reset)

    p = sub.add_parser(
        "export",
        help="export the history",
        description="Export every break and exercise outcome as CSV (one row per record).",
    )
    p.add_argument(
        "--csv", required=True, metavar="FILE", help="file to write; '-' for standard output"
    )
    p.set_defaults(handler=cmd_export)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _settings_path() -> Path:
    from backbreak.store.paths import settings_file

    return settings_file()


def _load() -> Any:
    """The current settings; problems with the file go to stderr (once: it is then fixed)."""
    from backbreak.store.settings_file import load_settings

    result = load_settings(_settings_path())
    for problem in result.problems:
        print(f"backbreak: {problem}", file=sys.stderr)
    return result.settings


def cmd_path(args: argparse.Namespace) -> int:
    print(_settings_path())
    return 0


def cmd_get(args: argparse.Namespace) -> int:
    from backbreak.store.settings_file import settings_json

    data = settings_json(_load())
    if args.key is None:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    if args.key not in data:
        raise CliError(_unknown_key(args.key, data))
    value = data[args.key]
    print(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
    return 0


def parse_value(text: str) -> Any:
    """JSON when it parses, else the text itself."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def cmd_set(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from backbreak.domain.settings import Settings
    from backbreak.store.settings_file import settings_json

    key = args.key
    if key == "version":
        raise CliError("'version' is the file format's version; it can't be set")

    def change(settings: Settings) -> Settings:  # runs under the settings lock
        current = settings_json(settings)
        if key not in current:
            raise CliError(_unknown_key(key, current))
        current[key] = parse_value(args.value)
        try:
            return Settings.model_validate(current)
        except ValidationError as err:
            messages = "; ".join(_message(e) for e in err.errors())
            raise CliError(f"{key}: {args.value!r} refused: {messages}") from None

    new = _update(change)
    for warning in new.warnings():
        print(f"backbreak: note: {warning}", file=sys.stderr)
    value = settings_json(new)[key]
    print(f"{key} = {value if isinstance(value, str) else json.dumps(value)}")
    _tell_running_app()
    return 0


def cmd_reset(args: argparse.Namespace) -> int:
    from backbreak.domain.settings import Settings

    _update(lambda _current: Settings())
    print(f"Settings reset to the defaults in {_settings_path()}")
    _tell_running_app()
    return 0


def _update(change: Any) -> Any:
    """Read, change and write the settings file under its lock (see settings_file)."""
    from backbreak.store.settings_file import SettingsUnreadable, update_settings

    def report(problem: str) -> None:
        print(f"backbreak: {problem}", file=sys.stderr)

    try:
        return update_settings(change, _settings_path(), report=report)
    except SettingsUnreadable as err:
        raise CliError(str(err), 1) from None
    except OSError as err:
        raise CliError(f"could not write {_settings_path()}: {err}", 1) from None


def _tell_running_app() -> None:
    """A running backbreak re-reads the file at once (else it would at its next start)."""
    try:
        from backbreak.desktop.single_instance import NotRunning, request, send_request
    except ImportError:
        return
    try:
        answer = send_request(request("reload-settings"))
    except NotRunning:
        return
    except (OSError, ValueError) as err:
        print(f"backbreak: could not tell the running backbreak: {err}", file=sys.stderr)
        return
    if answer.get("ok"):
        print("The running backbreak now uses the new settings.")
    else:
        print(f"backbreak: the running backbreak said: {answer.get('message')}", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    import sqlite3

    from backbreak.store.csv_export import write_csv
    from backbreak.store.history import HistoryStore
    from backbreak.store.history_schema import SchemaTooNew
    from backbreak.store.paths import history_file

    path = history_file()
    try:
        history = HistoryStore.open(path)
    except (SchemaTooNew, sqlite3.DatabaseError) as err:
        raise CliError(f"{path}: can't read the history: {err}", 1) from None
    try:
        if args.csv == "-":
            count = write_csv(history, sys.stdout)
        else:
            try:
                with open(args.csv, "w", encoding="utf-8", newline="") as out:
                    count = write_csv(history, out)
            except OSError as err:
                raise CliError(f"can't write {args.csv}: {err.strerror}", 1) from None
            print(f"Wrote {count} records to {args.csv}", file=sys.stderr)
    finally:
        history.close()
    return 0


def _unknown_key(key: str, data: dict[str, Any]) -> str:
    names = ", ".join(k for k in data if k != "version")
    return f"no setting called {key!r}. Settings: {names}"


def _message(error: Any) -> str:
    return str(error["msg"]).removeprefix("Value error, ")
