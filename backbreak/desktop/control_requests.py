"""The control commands' requests, checked the same way on both ends of the socket.

The command line builds its requests here (:func:`make_request`) and the running app
checks every line it receives here (:func:`parse_request`), with the same limits, so
that a hand-written ``{"cmd": "snooze", "args": {"minutes": -30}}`` is refused just
as ``backbreak snooze -30`` is. A request names a known command, carries only the
arguments that command takes, each of its type and range, and ``v`` is the integer
:data:`PROTOCOL_VERSION` (``true`` is not 1 here).

Plain Python, no pydantic and no Qt: ``backbreak snooze`` must start fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

PROTOCOL_VERSION = 1
MAX_MINUTES = 24 * 60
"""Snooze and pause take 1 minute to a day."""
MAX_ID_LENGTH = 100

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class RequestError(ValueError):
    """A request the running app won't act on; the message says why (exit code 2)."""

    code = 2


@dataclass(frozen=True)
class Request:
    """A checked request: a known command and its arguments, of the right types."""

    cmd: str
    args: dict[str, Any] = field(default_factory=dict)

    def wire(self) -> dict[str, Any]:
        """The JSON object sent over the socket."""
        return {"v": PROTOCOL_VERSION, "cmd": self.cmd, "args": dict(self.args)}


def check_minutes(value: Any, what: str = "minutes") -> int:
    """A whole number of minutes from 1 to a day (not a bool, not a float, not text)."""
    if type(value) is not int:
        raise RequestError(f"{what} must be a whole number of minutes; got {value!r}")
    if not 1 <= value <= MAX_MINUTES:
        raise RequestError(f"{what} must be from 1 to {MAX_MINUTES} minutes; got {value}")
    return value


def _optional_minutes(args: Mapping[str, Any], key: str = "minutes") -> int | None:
    value = args.get(key)
    return None if value is None else check_minutes(value, key)


def _flag(args: Mapping[str, Any], key: str) -> bool:
    value = args.get(key, False)
    if type(value) is not bool:
        raise RequestError(f"{key} must be true or false; got {value!r}")
    return value


def _routine(args: Mapping[str, Any]) -> dict[str, Any]:
    routine = args.get("routine")
    if routine is None:
        return {"routine": None}
    if not isinstance(routine, str) or len(routine) > MAX_ID_LENGTH or not _ID.match(routine):
        raise RequestError(f"routine must be a routine id such as 'block-core'; got {routine!r}")
    return {"routine": routine}


def _snooze(args: Mapping[str, Any]) -> dict[str, Any]:
    return {"minutes": _optional_minutes(args)}


def _pause(args: Mapping[str, Any]) -> dict[str, Any]:
    minutes = _optional_minutes(args)
    tomorrow = _flag(args, "tomorrow")
    if (minutes is None) == (not tomorrow):
        raise RequestError("pause takes minutes or tomorrow: true, one of the two")
    return {"minutes": minutes, "tomorrow": tomorrow}


def _autostart(args: Mapping[str, Any]) -> dict[str, Any]:
    if "enabled" not in args:
        raise RequestError("autostart needs enabled: true or false")
    return {"enabled": _flag(args, "enabled")}


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _plan(args: Mapping[str, Any]) -> dict[str, Any]:
    day = args.get("date")
    if not isinstance(day, str) or not _DATE.match(day):
        raise RequestError(f"plan needs date: a day like 2026-03-30; got {day!r}")
    return {"date": day}


def _no_args(_args: Mapping[str, Any]) -> dict[str, Any]:
    return {}


COMMANDS: dict[str, tuple[frozenset[str], Callable[[Mapping[str, Any]], dict[str, Any]]]] = {
    "ping": (frozenset(), _no_args),
    "activate": (frozenset(), _no_args),
    "status": (frozenset(), _no_args),
    "remind": (frozenset(), _no_args),
    "skip": (frozenset(), _no_args),
    "resume": (frozenset(), _no_args),
    "settings": (frozenset(), _no_args),
    "quit": (frozenset(), _no_args),
    "reload-settings": (frozenset(), _no_args),
    "start": (frozenset({"routine"}), _routine),
    "snooze": (frozenset({"minutes"}), _snooze),
    "pause": (frozenset({"minutes", "tomorrow"}), _pause),
    "autostart": (frozenset({"enabled"}), _autostart),
    "plan": (frozenset({"date"}), _plan),
}
"""Each command: the argument names it takes, and the check that returns them typed."""


def check_args(cmd: str, args: Mapping[str, Any]) -> Request:
    """``cmd`` with ``args`` checked; raises :class:`RequestError` saying what is wrong."""
    spec = COMMANDS.get(cmd)
    if spec is None:
        raise RequestError(f"unknown command {cmd!r}; known: {', '.join(COMMANDS)}")
    allowed, check = spec
    unknown = sorted(str(k) for k in args if k not in allowed)
    if unknown:
        takes = ", ".join(sorted(allowed)) or "no arguments"
        raise RequestError(f"{cmd} does not take {', '.join(unknown)} (it takes {takes})")
    return Request(cmd, check(args))


def make_request(cmd: str, **args: Any) -> dict[str, Any]:
    """A request for the wire, checked before it is sent (``None`` arguments are left out)."""
    return check_args(cmd, {k: v for k, v in args.items() if v is not None}).wire()


def parse_request(obj: Any) -> Request:
    """A decoded protocol line as a checked :class:`Request`.

    Raises :class:`RequestError` for anything else. A version that is not the integer
    :data:`PROTOCOL_VERSION` gets its own message: the two backbreaks differ.
    """
    if not isinstance(obj, dict):
        raise RequestError("not a backbreak request (expected one JSON object)")
    version = obj.get("v")
    if type(version) is not int or version != PROTOCOL_VERSION:
        raise RequestError(
            f"protocol version {version!r} is not {PROTOCOL_VERSION}: "
            "this backbreak and the running one differ; restart it"
        )
    extra = sorted(str(k) for k in obj if k not in ("v", "cmd", "args"))
    if extra:
        raise RequestError(f"unknown request fields: {', '.join(extra)}")
    cmd = obj.get("cmd")
    if not isinstance(cmd, str):
        raise RequestError(f"cmd must be a command name; got {cmd!r}")
    args = obj.get("args", {})
    if args is None:
        args = {}
    if not isinstance(args, dict):
        raise RequestError(f"args must be a JSON object; got {type(args).__name__}")
    return check_args(cmd, args)
