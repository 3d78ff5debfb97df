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
from typing import TYPE_CHECKING, Any

from backbreak.cli.errors import CliError, warn
from backbreak.cli.parsing import argparse_in_language, error_text
from backbreak.i18n import translate

if TYPE_CHECKING:  # sqlite and the store: imported when the command runs
    from backbreak.store.history import HistoryStore


def register(sub: Any) -> None:
    config = sub.add_parser(
        "config",
        help=translate("config_cmds", "show or change settings"),
        description=translate(
            "config_cmds",
            "Show or change backbreak's settings (the same ones as the settings dialog).",
        ),
    )
    csub = config.add_subparsers(dest="config_command", metavar=translate("config_cmds", "ACTION"))
    config.set_defaults(handler=lambda _args: _usage(config))
    _register_actions(csub)

    p = sub.add_parser(
        "export",
        help=translate("config_cmds", "export the history"),
        description=translate(
            "config_cmds",
            "Export every break and exercise outcome as CSV (one row per record).",
        ),
    )
    p.add_argument(
        "--csv",
        required=True,
        metavar=translate("config_cmds", "FILE"),
        help=translate("config_cmds", "file to write; '-' for standard output"),
    )
    p.set_defaults(handler=cmd_export)


def _register_actions(csub: Any) -> None:
    """``config path``, ``get``, ``set`` and ``reset``."""
    p = csub.add_parser("path", help=translate("config_cmds", "print where the settings file is"))
    p.set_defaults(handler=cmd_path)

    p = csub.add_parser(
        "get",
        help=translate("config_cmds", "print all settings, or one"),
        description=translate("config_cmds", "Print settings."),
    )
    key, value = translate("config_cmds", "KEY"), translate("config_cmds", "VALUE")
    p.add_argument(
        "key",
        nargs="?",
        metavar=key,
        help=translate("config_cmds", "one setting (default: all, as JSON)"),
    )
    p.set_defaults(handler=cmd_get)

    p = csub.add_parser(
        "set",
        help=translate("config_cmds", "change one or more settings"),
        description=translate(
            "config_cmds",
            "Change settings: one or more KEY VALUE pairs, checked together. VALUE is read "
            "as JSON when it parses, else as text: 'config set work_start 08:30', "
            "'config set work_days [0,1,2,3]', 'config set sounds_enabled false', "
            "'config set work_start 22:00 work_end 06:00'.",
        ),
    )
    p.add_argument("key", metavar=key)
    p.add_argument("value", metavar=value)
    p.add_argument(
        "more",
        nargs="*",
        metavar=f"{key} {value}",
        help=translate("config_cmds", "more pairs, checked together"),
    )
    p.set_defaults(handler=cmd_set)

    p = csub.add_parser("reset", help=translate("config_cmds", "go back to the default settings"))
    p.set_defaults(handler=cmd_reset)


def _usage(parser: argparse.ArgumentParser) -> int:
    """``config`` without an action is a usage error: a short usage line on stderr, exit 2."""
    with argparse_in_language():
        parser.print_usage(sys.stderr)
    message = translate("config_cmds", "choose an action: path, get, set or reset")
    sys.stderr.write(error_text(parser.prog, message))
    return 2


def _settings_path() -> Path:
    from backbreak.store.paths import settings_file

    return settings_file()


def _load() -> Any:
    """The current settings; problems with the file go to stderr (once: it is then fixed)."""
    from backbreak.store.settings_file import load_settings

    result = load_settings(_settings_path())
    for problem in result.problems:
        warn(problem)
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
        message = translate("config_cmds", "'{key}' has no value: give KEY VALUE pairs")
        raise CliError(message.format(key=words[-1]))
    pairs: dict[str, str] = {}
    for key, value in zip(words[::2], words[1::2], strict=True):
        if key in pairs:
            raise CliError(translate("config_cmds", "{key} is given twice").format(key=key))
        pairs[key] = value
    return pairs


def cmd_set(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from backbreak.domain.settings import Settings
    from backbreak.domain.settings_messages import describe_settings_error
    from backbreak.store.settings_file import settings_json

    pairs = set_pairs(args)
    if "version" in pairs:
        raise CliError(
            translate("config_cmds", "'version' is the file format's version; it can't be set")
        )

    def change(settings: Settings) -> Settings:  # runs under the settings lock
        current = settings_json(settings)
        for key in pairs:
            if key not in current:
                raise CliError(_unknown_key(key, current))
        current.update({key: parse_value(text) for key, text in pairs.items()})
        try:
            updated = Settings.model_validate(current)
        except ValidationError as err:
            #: {reasons} is one or more lines, each naming a setting and what it accepts.
            refused = translate("config_cmds", "refused, nothing changed:\n{reasons}")
            raise CliError(refused.format(reasons=describe_settings_error(err, pairs))) from None
        if "disabled_exercises" in pairs:
            _check_exercise_ids(list(updated.disabled_exercises))
        return updated

    new = _update(change)
    for warning in new.warnings():
        warn(translate("config_cmds", "note: {warning}").format(warning=warning))
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
        message = translate(
            "config_cmds",
            "disabled_exercises must name exercises from the catalog; unknown: {unknown}. "
            "Known ids: {ids}",
        )
        raise CliError(
            message.format(unknown=", ".join(repr(i) for i in unknown), ids=", ".join(known))
        )


def cmd_reset(args: argparse.Namespace) -> int:
    from backbreak.domain.settings import Settings

    _update(lambda _current: Settings())
    reset = translate("config_cmds", "Settings reset to the defaults in {file}")
    print(reset.format(file=_settings_path()))
    _tell_running_app()
    return 0


def _update(change: Any) -> Any:
    """Read, change and write the settings file under its lock (see settings_file)."""
    from backbreak.store.settings_file import SettingsUnreadable, update_settings

    try:
        return update_settings(change, _settings_path(), report=warn)
    except SettingsUnreadable as err:
        raise CliError(str(err), 1) from None
    except OSError as err:
        message = translate("config_cmds", "could not write {file}: {error}")
        raise CliError(message.format(file=_settings_path(), error=err), 1) from None


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
        message = translate("config_cmds", "could not tell the running backbreak: {error}")
        warn(message.format(error=err))
        return
    if answer.get("ok"):
        print(translate("config_cmds", "The running backbreak now uses the new settings."))
    else:
        said = translate("config_cmds", "the running backbreak said: {message}")
        warn(said.format(message=answer.get("message")))


def cmd_export(args: argparse.Namespace) -> int:
    """Export never creates anything but the output file: not the data folder, not an
    empty history. The output is opened first, so a bad ``--csv`` path fails before the
    history is touched; with no history yet, the CSV holds just the header."""
    import contextlib

    from backbreak.store.csv_export import write_csv
    from backbreak.store.paths import history_file

    path = history_file()
    cant_write = translate("config_cmds", "can't write {file}: {error}")
    with contextlib.ExitStack() as stack:
        if args.csv == "-":
            out = sys.stdout
        else:
            try:
                out = stack.enter_context(open(args.csv, "w", encoding="utf-8", newline=""))
            except OSError as err:
                raise CliError(cant_write.format(file=args.csv, error=err.strerror), 1) from None
        exists = _history_exists(path)
        history = _open_history(path, exists)
        stack.callback(history.close)
        try:
            count = write_csv(history, out)
        except OSError as err:
            raise CliError(cant_write.format(file=args.csv, error=err.strerror), 1) from None
    if not exists:
        none_yet = translate("config_cmds", "No history yet ({file} does not exist).")
        print(none_yet.format(file=path), file=sys.stderr)
    if args.csv != "-":
        wrote = translate("config_cmds", "Wrote %n record(s) to {file}", "", count)
        print(wrote.format(file=args.csv), file=sys.stderr)
    return 0


def _history_exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError as err:
        message = translate("config_cmds", "{file}: can't reach the history: {error}")
        raise CliError(message.format(file=path, error=err.strerror), 1) from None


def _open_history(path: Path, exists: bool) -> HistoryStore:
    """The history to export: the file, or an empty one in memory when there is none."""
    import sqlite3

    from backbreak.store.history import MEMORY, HistoryStore
    from backbreak.store.history_schema import SchemaTooNew

    try:
        return HistoryStore.open(path if exists else MEMORY)
    except (SchemaTooNew, sqlite3.DatabaseError) as err:
        message = translate("config_cmds", "{file}: can't read the history: {error}")
        raise CliError(message.format(file=path, error=err), 1) from None
    except OSError as err:
        message = translate("config_cmds", "{file}: can't open the history: {error}")
        raise CliError(message.format(file=path, error=err.strerror), 1) from None


def _unknown_key(key: str, data: dict[str, Any]) -> str:
    names = ", ".join(k for k in data if k != "version")
    message = translate("config_cmds", "no setting called {key}. Settings: {names}")
    return message.format(key=repr(key), names=names)
