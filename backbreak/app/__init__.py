"""The running app, split by concern and wired in one place.

- ``build``: the composition root; builds the real parts (``build_app``, ``serve``,
  ``run_session_only``).
- ``core``: :class:`BackbreakApp`, which wires the controllers, starts and quits.
- ``reminders``, ``session_control``, ``settings_control``, ``shell``, ``commands``:
  one controller per concern (reminders; the session; the current settings; tray,
  main window and other windows; control commands).
- ``seams``: the typed protocols the controllers are given, which the test fakes
  implement; ``status``: the status dict of ``backbreak status``.
"""

from backbreak.app.core import BackbreakApp

__all__ = ["BackbreakApp"]
