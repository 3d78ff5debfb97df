"""The last answer of a command, parsed: what the subprocess-based backends read.

A backend must answer at once, from the GUI thread, so it never runs its command
itself: it reads a :class:`Snapshot`, which a runner (``QProcess`` in the app, a plain
call in tests) refreshes with the command's output. Before the first output, or after
a failure, a snapshot holds nothing and its backends answer None ("can't tell").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class Snapshot(Generic[T]):
    """``commands`` are run in order; ``parse`` gets their outputs, in the same order.

    ``watch`` is a long-running command whose output lines announce changes, and
    ``is_event`` picks the lines that mean "run the commands again".
    """

    def __init__(
        self,
        commands: Sequence[Sequence[str]],
        parse: Callable[[list[str]], T],
        watch: Sequence[str] = (),
        is_event: Callable[[str], bool] = lambda line: True,
    ) -> None:
        self.commands = tuple(tuple(c) for c in commands)
        self._parse = parse
        self.watch = tuple(watch)
        self.is_event = is_event
        self.value: T | None = None
        self.error = ""

    def feed(self, outputs: list[str]) -> None:
        """The commands' outputs; an unparsable one empties the snapshot, with why."""
        try:
            self.value = self._parse(outputs)
            self.error = ""
        except (ValueError, KeyError, TypeError, IndexError) as err:
            self.value = None
            self.error = f"{' '.join(self.commands[0])}: unreadable output ({err})"

    def fail(self, error: str) -> None:
        """A command could not run or ended badly."""
        self.value = None
        self.error = error
