"""Running a piece of a test as an ordinary user, for the permission tests.

Root reads every file, so "this file can't be read" can only be tested as someone else.
When the tests run as root (as CI does), ``unprivileged.run(fn, ...)`` forks, drops to
uid/gid 65534 (``nobody``) with no supplementary groups, runs ``fn`` there and hands its
JSON-able result back; as any other user it just calls ``fn`` (its own chmod 000 files
are then unreadable to it already).

Why fork rather than ``setpriv --reuid=65534 ... python``: the interpreter lives under
``/root`` (pyenv, mode 0700 here), which uid 65534 can't even execute; a forked child
already has the interpreter and backbreak's modules loaded before it gives up root.
Everything the child imports lazily is imported here first for the same reason.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

NOBODY = 65534


def _preload() -> None:
    """Import what backbreak imports lazily, while the interpreter's files are readable."""
    import backbreak.cli
    import backbreak.cli.config_cmds
    import backbreak.desktop.single_instance
    import backbreak.domain.settings
    import backbreak.store.history
    import backbreak.store.settings_file  # noqa: F401


@dataclass
class Unprivileged:
    """A folder the unprivileged user owns, and a way to run code as that user."""

    home: Path
    as_root: bool

    def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        if not self.as_root:
            return fn(*args)
        _preload()
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: drop root for good, run, report, never return
            os.close(read_fd)
            try:
                os.setgroups([])
                os.setresgid(NOBODY, NOBODY, NOBODY)
                os.setresuid(NOBODY, NOBODY, NOBODY)
                result = {"ok": fn(*args)}
            except BaseException:
                result = {"error": traceback.format_exc()}
            with os.fdopen(write_fd, "w") as out:
                json.dump(result, out, default=str)
            os._exit(0)
        os.close(write_fd)
        with os.fdopen(read_fd) as inp:
            text = inp.read()
        os.waitpid(pid, 0)
        result = json.loads(text)
        if "error" in result:
            raise AssertionError("in the unprivileged child:\n" + result["error"])
        return result["ok"]

    def give(self, path: Path) -> None:
        """Hand a file or folder made by the test to the unprivileged user."""
        if self.as_root:
            os.chown(path, NOBODY, NOBODY)


@pytest.fixture
def unprivileged(monkeypatch: pytest.MonkeyPatch) -> Iterator[Unprivileged]:
    """``BACKBREAK_CONFIG_DIR`` / ``BACKBREAK_DATA_DIR`` in a folder the user owns."""
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if os.name == "nt":
        pytest.skip("POSIX permissions")
    # Not under tmp_path: pytest's base temp folder is private to the user running it.
    home = Path(tempfile.mkdtemp(prefix="backbreak-perm-"))
    who = Unprivileged(home, as_root)
    who.give(home)
    monkeypatch.setenv("BACKBREAK_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("BACKBREAK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("BACKBREAK_RUNTIME_DIR", str(home / "run"))
    try:
        yield who
    finally:
        shutil.rmtree(home, ignore_errors=True)
