"""The one contract every OS-edge backend keeps, and the one way one is chosen.

Notifications, idle time, do-not-disturb, sleep and lock, autostart and sound each have
several backends, one per desktop or OS. Every backend has a ``name``, says whether it
works here with :meth:`Backend.available`, and when it doesn't, leaves a ``reason`` (what
was missing) and an ``install_hint`` (what the user could install or turn on; empty when
nothing would help). :func:`choose` walks the candidates best first and keeps every
refusal, so ``backbreak status`` can say *why* a fallback is in use.

A ``reason`` or ``install_hint`` is English text; one made as a
:class:`~backbreak.desktop.reason.Reason` is translated when ``describe()`` shows it,
so ``backbreak status`` speaks the app's language (the names stay as they are).

A backend can be forced, for debugging and for tests, with the environment variable
:data:`FORCE_ENV` (``BACKBREAK_BACKENDS="idle=none,notifications=card"``) or the
command line's ``--backend KIND=NAME``, which sets it. A forced name that isn't a
candidate, or that says it isn't available, is reported and the normal choice is made.

The decision and its reasons: README, Design notes, ADR-7.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from backbreak.desktop.reason import Reason, shown
from backbreak.i18n import QT_TRANSLATE_NOOP, translate

FORCE_ENV = "BACKBREAK_BACKENDS"
"""``KIND=NAME[,KIND=NAME…]``: use this backend for this kind of edge."""

KINDS = ("notifications", "idle", "busy", "sleep", "autostart", "sound")
"""The kinds of OS edge; the keys of :data:`FORCE_ENV` and of ``status``."""

NOT_AVAILABLE = Reason(QT_TRANSLATE_NOOP("backend", "not available"))
"""A refusal's reason when the backend gave none."""


def forced_note(forced: str, honoured: bool) -> Reason:
    """What became of the name :data:`FORCE_ENV` asked for."""
    if honoured:
        #: {variable} is BACKBREAK_BACKENDS, the environment variable that forces a backend.
        return Reason(QT_TRANSLATE_NOOP("backend", "forced by {variable}"), variable=FORCE_ENV)
    return Reason(
        #: {name} is the backend's name in quotes ('x11-xss').
        QT_TRANSLATE_NOOP("backend", "{variable} asked for {name}, which is not available"),
        variable=FORCE_ENV,
        name=repr(forced),
    )


class Backend(Protocol):
    """What every OS-edge backend answers.

    ``reason`` and ``install_hint`` are filled in by :meth:`available` when it says no:
    English text, a :class:`~backbreak.desktop.reason.Reason` where the user reads it.
    """

    name: str
    reason: str
    install_hint: str

    def available(self) -> bool: ...


B = TypeVar("B", bound=Backend)


@dataclass(frozen=True)
class Refusal:
    """A candidate that did not fit, and why."""

    name: str
    reason: str
    install_hint: str = ""

    def text(self) -> str:
        """``name: reason; hint``, the reason and hint in the installed language."""
        reason = shown(self.reason or NOT_AVAILABLE)
        hint = f"; {shown(self.install_hint)}" if self.install_hint else ""
        return f"{self.name}: {reason}{hint}"


@dataclass(frozen=True)
class Choice(Generic[B]):
    """The backend chosen for one kind, with the candidates refused before it."""

    kind: str
    backend: B
    refused: tuple[Refusal, ...] = ()
    forced: str | None = None
    """The name asked for in :data:`FORCE_ENV`, whether or not it was honoured."""

    @property
    def fell_back(self) -> bool:
        """True when a better candidate was refused or a forced one was not honoured."""
        return bool(self.refused) or (self.forced is not None and self.forced != self.backend.name)

    def describe(self) -> str:
        """One line for ``backbreak status``: the name, then why the better ones weren't used."""
        notes: list[str] = []
        if self.forced is not None:
            notes.append(shown(forced_note(self.forced, self.forced == self.backend.name)))
        own = getattr(self.backend, "reason", "")
        if own:
            notes.append(shown(own))
        notes += [r.text() for r in self.refused]
        return self.backend.name + (f" ({'; '.join(notes)})" if notes else "")


def forced_names(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The ``KIND=NAME`` pairs of :data:`FORCE_ENV`; malformed parts are ignored."""
    raw = (os.environ if environ is None else environ).get(FORCE_ENV, "")
    pairs: dict[str, str] = {}
    for part in raw.split(","):
        kind, sep, name = part.partition("=")
        if sep and kind.strip() and name.strip():
            pairs[kind.strip().lower()] = name.strip()
    return pairs


def parse_force(values: Iterable[str]) -> str:
    """``--backend KIND=NAME`` values joined into a :data:`FORCE_ENV` value.

    Raises ValueError naming the bad value or unknown kind (the CLI turns it into exit 2),
    in the user's language: the CLI calls this before any Qt application exists, which
    :func:`backbreak.i18n.translate` allows for.
    """
    parts = []
    for value in values:
        kind, sep, name = value.partition("=")
        kind, name = kind.strip().lower(), name.strip()
        if not sep or not kind or not name:
            #: {value} is what the user typed, in quotes.
            bad = translate("backend", "--backend takes KIND=NAME, not {value}")
            raise ValueError(bad.format(value=repr(value)))
        if kind not in KINDS:
            unknown = translate("backend", "unknown backend kind {kind}; known kinds: {kinds}")
            raise ValueError(unknown.format(kind=repr(kind), kinds=", ".join(KINDS)))
        parts.append(f"{kind}={name}")
    return ",".join(parts)


def choose(
    kind: str,
    candidates: Sequence[B] | Callable[[], Sequence[B]],
    fallback: Callable[[tuple[Refusal, ...]], B],
    *,
    environ: Mapping[str, str] | None = None,
) -> Choice[B]:
    """The forced backend if it works, else the first available candidate, else ``fallback``.

    ``fallback`` gets the refusals (so a null backend can say what was tried) and is
    always available. Candidates are asked in order, and only until one says yes.
    """
    found = list(candidates() if callable(candidates) else candidates)
    forced = forced_names(environ).get(kind)
    refused: list[Refusal] = []
    if forced is not None:
        for backend in found:
            if backend.name == forced:
                if backend.available():
                    return Choice(kind, backend, forced=forced)
                refused.append(Refusal(backend.name, backend.reason, backend.install_hint))
                found.remove(backend)
                break
        else:
            null = fallback(())
            if null.name == forced:
                return Choice(kind, null, forced=forced)
    for backend in found:
        if backend.available():
            return Choice(kind, backend, tuple(refused), forced)
        refused.append(Refusal(backend.name, backend.reason, backend.install_hint))
    return Choice(kind, fallback(tuple(refused)), tuple(refused), forced)


@dataclass(frozen=True)
class Choices(Generic[B]):
    """Every backend that works for one kind (busy detectors, sleep sources), and the rest."""

    kind: str
    backends: tuple[B, ...]
    refused: tuple[Refusal, ...] = ()
    forced: str | None = None

    def describe(self, empty: str = "none") -> str:
        """The names joined by " + " (``empty`` when none), then why the others weren't used."""
        notes: list[str] = []
        if self.forced is not None:
            honoured = any(b.name == self.forced for b in self.backends) or self.forced == "none"
            notes.append(shown(forced_note(self.forced, honoured)))
        notes += [r.text() for r in self.refused]
        names = " + ".join(b.name for b in self.backends) or empty
        return names + (f" ({'; '.join(notes)})" if notes else "")


def choose_all(
    kind: str,
    candidates: Sequence[B] | Callable[[], Sequence[B]],
    *,
    environ: Mapping[str, str] | None = None,
) -> Choices[B]:
    """Every available candidate, in order; forcing narrows it to one name (or ``none``).

    A forced name that is not available is reported and every available one is taken.
    """
    found = list(candidates() if callable(candidates) else candidates)
    forced = forced_names(environ).get(kind)
    if forced == "none":
        return Choices(kind, (), forced=forced)
    if forced is not None:
        for backend in found:
            if backend.name == forced and backend.available():
                return Choices(kind, (backend,), forced=forced)
    chosen: list[B] = []
    refused: list[Refusal] = []
    for backend in found:
        if backend.available():
            chosen.append(backend)
        else:
            refused.append(Refusal(backend.name, backend.reason, backend.install_hint))
    return Choices(kind, tuple(chosen), tuple(refused), forced)
