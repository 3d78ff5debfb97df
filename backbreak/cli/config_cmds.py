"""``backbreak config ...`` (read and change settings) and ``backbreak export --csv``.

``config set`` validates through the same ``Settings`` model as the file and the
dialog: an unknown key or a bad value is refused, naming the setting and what it
accepts (``backbreak.domain.settings_messages``), with exit 2, and the file is left
as it was. Several ``KEY VALUE`` pairs in one command are validated together, so
``config set work_start 18:00 work_end 02:00`` works in either order. After a
change, a running backbreak is asked to re-read the file (its ``reload-settings``
control command).

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
        help="change one or more settings",
        description=(
            "Change settings: one or more KEY VALUE pairs, checked together. VALUE is read "
            "as JSON when it parses, else as text: 'config set work_start 08:30', "
            "'config set work_days [0,1,2,3]', 'config set sounds_enabled false', "
            "'config set work_start 22:00 work_end 06:00'."
        ),
    )
    p.add_argument("key", metavar="KEY")
    p.add_argument("value", metavar="VALUE")
    p.add_argument("more", nargs="*", metavar="KEY VALUE", help="more pairs, checked together")
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
    """``config`` without an action is a usage error: a short usage line on stderr, exit 2."""
    parser.print_usage(sys.stderr)
    print(
        f"{parser.prog}: error: choose an action: path, get, set or reset\n"
        f"Try '{parser.prog} --help'.",
        file=sys.stderr,
    )
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


def set_pairs(args: argparse.Namespace) -> dict[str, str]:
    """The KEY VALUE pairs of ``config set``, in order; a key given twice is refused."""
    words = [args.key, args.value, *args.more]
    if len(words) % 2:
        raise CliError(f"'{words[-1]}' has no value: give KEY VALUE pairs")
    pairs: dict[str, str] = {}
    for key, value in zip(words[::2], words[1::2], strict=True):
        if key in pairs:
            raise CliError(f"{key} is given twice")
        pairs[key] = value
    return pairs


def cmd_set(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from backbreak.domain.settings import Settings
    from backbreak.domain.settings_messages import describe_settings_error
    from backbreak.store.settings_file import settings_json

    pairs = set_pairs(args)
    if "version" in pairs:
        raise CliError("'version' is the file format's version; it can't be set")

    def change(settings: Settings) -> Settings:  # runs under the settings lock
        current = settings_json(settings)
        for key in pairs:
            if key not in current:
                raise CliError(_unknown_key(key, current))
        current.update({key: parse_value(text) for key, text in pairs.items()})
        try:
            updated = Settings.model_validate(current)
        except ValidationError as err:
            raise CliError(
                f"refused, nothing changed:\n{describe_settings_error(err, pairs)}"
            ) from None
        if "disabled_exercises" in pairs:
            _check_exercise_ids(list(updated.disabled_exercises))
        return updated

    new = _update(change)
    for warning in new.warnings():
        print(f"backbreak: note: {warning}", file=sys.stderr)
    saved = settings_json(new)
    for key in pairs:
        value = saved[key]
        print(f"{key} = {value if isinstance(value, str) else json.dumps(value)}")
    _tell_running_app()
    return 0


def _check_exercise_ids(ids: list[str]) -> None:
    """disabled_exercises may name only exercises the catalog has (built-in or the user's)."""
    from backbreak.cli.catalog_cmds import load_user_catalog

    known = load_user_catalog().exercises
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise CliError(
            "disabled_exercises must name exercises from the catalog; unknown: "
            + ", ".join(repr(i) for i in unknown)
            + ". Known ids: "
            + ", ".join(known)
        )


def cmd_reset(args: argparse.Namespace) -> int:
    from backbreak.domain.settings import Settings

    _update(lambda _current: Settings())
    from PySide6.QtCore import QCoreApplication

    print(
        QCoreApplication.translate(
            "config_cmds", "Settings reset to the defaults in {file}"
        ).format(file=_settings_path())
    )
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
        from PySide6.QtCore import QCoreApplication

        print(
            QCoreApplication.translate(
                "config_cmds", "The running backbreak now uses the new settings."
            )
        )
    else:
        print(f"backbreak: the running backbreak said: {answer.get('message')}", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    """Export never creates anything but the output file: not the data folder, not an
    empty history. The output is opened first, so a bad ``--csv`` path fails before the
    history is touched; with no history yet, the CSV holds just the header."""
    import contextlib
    import sqlite3

    from backbreak.store.csv_export import write_csv
    from backbreak.store.history import MEMORY, HistoryStore
    from backbreak.store.history_schema import SchemaTooNew
    from backbreak.store.paths import history_file

    path = history_file()
    with contextlib.ExitStack() as stack:
        if args.csv == "-":
            out = sys.stdout
        else:
            try:
                out = stack.enter_context(open(args.csv, "w", encoding="utf-8", newline=""))
            except OSError as err:
                raise CliError(f"can't write {args.csv}: {err.strerror}", 1) from None
        try:
            exists = path.exists()
        except OSError as err:
            raise CliError(f"{path}: can't reach the history: {err.strerror}", 1) from None
        try:
            history = HistoryStore.open(path if exists else MEMORY)
        except (SchemaTooNew, sqlite3.DatabaseError) as err:
            raise CliError(f"{path}: can't read the history: {err}", 1) from None
        except OSError as err:
            raise CliError(f"{path}: can't open the history: {err.strerror}", 1) from None
        stack.callback(history.close)
        try:
            count = write_csv(history, out)
        except OSError as err:
            raise CliError(f"can't write {args.csv}: {err.strerror}", 1) from None
    if not exists:
        from PySide6.QtCore import QCoreApplication

        none_yet = QCoreApplication.translate(
            "config_cmds", "No history yet ({file} does not exist)."
        )
        print(none_yet.format(file=path), file=sys.stderr)
    if args.csv != "-":
        from PySide6.QtCore import QCoreApplication

        wrote = QCoreApplication.translate("config_cmds", "Wrote %n record(s) to {file}", "", count)
        print(wrote.format(file=args.csv), file=sys.stderr)
    return 0


def _unknown_key(key: str, data: dict[str, Any]) -> str:
    names = ", ".join(k for k in data if k != "version")
    return f"no setting called {key!r}. Settings: {names}"
