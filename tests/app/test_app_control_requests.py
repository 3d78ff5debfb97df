"""The running app checks control requests with the command line's rules (#16 point 13)."""

from __future__ import annotations

from typing import Any


def test_the_app_checks_direct_calls_too(make_rig: Any) -> None:
    """``BackbreakApp.handle`` applies the same checks (the socket is one caller)."""
    rig = make_rig()
    rig.app.handle({"cmd": "remind", "args": {}})
    answer = rig.app.handle({"cmd": "snooze", "args": {"minutes": -30}})
    assert not answer["ok"] and answer["code"] == 2 and "got -30" in answer["message"]
