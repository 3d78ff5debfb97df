"""Which backend shows reminders, and when the app's own card is added."""

from __future__ import annotations

from typing import Any

from backbreak.desktop.notify import (
    Notifier,
    NullNotifier,
    Reminder,
    choose_notifier,
    default_candidates,
    notifier_choice,
    plan_for,
)
from backbreak.desktop.notify.plyer_backend import PlyerNotifier
from backbreak.desktop.notify.tray_message import TrayMessageNotifier
from backbreak.domain.settings import NotificationStyle


class Stub(Notifier):
    def __init__(self, name: str, ok: bool, clicks: bool) -> None:
        super().__init__()
        self.name = name
        self._ok = ok
        self.reports_clicks = clicks
        self.shut = False

    def available(self) -> bool:
        return self._ok

    def shutdown(self) -> None:
        self.shut = True


def test_first_available_backend_wins(qtbot: Any) -> None:
    dead = Stub("freedesktop", ok=False, clicks=True)
    plyer = Stub("plyer", ok=True, clicks=False)
    chosen = choose_notifier([lambda: dead, lambda: plyer], environ={})
    assert chosen is plyer
    assert dead.shut, "a backend passed over releases its bus connection"


def test_nothing_available_gives_the_null_notifier(qtbot: Any) -> None:
    chosen = choose_notifier([lambda: Stub("a", ok=False, clicks=False)], environ={})
    assert isinstance(chosen, NullNotifier)
    assert not chosen.notify(Reminder("k", "t", "b"))


def test_candidates_per_platform(qtbot: Any) -> None:
    """Linux tries D-Bus first; Windows/macOS the tray message; plyer is always last."""
    linux = [make() for make in default_candidates("linux", tray=lambda: None)]
    assert [n.name for n in linux] == ["freedesktop", "plyer"]
    windows = [make() for make in default_candidates("win32", tray=lambda: None)]
    assert [n.name for n in windows] == ["tray-message", "plyer"]
    mac = [make() for make in default_candidates("darwin", tray=None)]
    assert [n.name for n in mac] == ["plyer"]


def test_card_whenever_clicks_cannot_be_reported(qtbot: Any) -> None:
    clicky = Stub("freedesktop", ok=True, clicks=True)
    blind = Stub("plyer", ok=True, clicks=False)
    desktop = NotificationStyle.DESKTOP
    assert plan_for(clicky, desktop).card is False
    assert plan_for(blind, desktop).card is True and plan_for(blind, desktop).desktop
    assert plan_for(NullNotifier(), desktop).desktop is False
    assert plan_for(NullNotifier(), desktop).card is True
    assert plan_for(clicky, NotificationStyle.CARD).desktop is False
    both = plan_for(clicky, NotificationStyle.BOTH)
    assert both.desktop and both.card


def test_plyer_sends_and_forgets(qtbot: Any) -> None:
    sent: list[dict[str, Any]] = []

    class FakePlyer:
        def notify(self, **kwargs: Any) -> None:
            sent.append(kwargs)

    notifier = PlyerNotifier(FakePlyer())
    assert notifier.available() and not notifier.reports_clicks
    assert notifier.notify(Reminder("k", "Time for a break", "5 min"))
    assert sent[0]["title"] == "Time for a break" and sent[0]["app_name"] == "backbreak"


def test_plyer_failure_is_not_fatal(qtbot: Any) -> None:
    class Broken:
        def notify(self, **kwargs: Any) -> None:
            raise NotImplementedError("no platform support")

    assert not PlyerNotifier(Broken()).notify(Reminder("k", "t", "b"))


def test_tray_message_needs_a_visible_icon(qtbot: Any) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    assert not TrayMessageNotifier(lambda: None).available()
    icon = QSystemTrayIcon()
    notifier = TrayMessageNotifier(lambda: icon)
    assert not notifier.notify(Reminder("k", "t", "b")), "hidden icon: nothing to show on"
    assert not notifier.reports_clicks


def test_status_says_why_the_card_is_shown(qtbot: Any) -> None:
    """`backbreak status` names the backend, the card when it is added, and why."""
    from backbreak.desktop.presence_status import describe_notifications

    no_server = Stub("freedesktop", ok=False, clicks=True)
    no_server.reason = "no org.freedesktop.Notifications on the session bus"
    no_server.install_hint = "run a notification daemon such as dunst or the desktop's own"
    card = notifier_choice([lambda: no_server], environ={})
    assert describe_notifications(card) == (
        "reminder card (freedesktop: no org.freedesktop.Notifications on the session bus; "
        "run a notification daemon such as dunst or the desktop's own)"
    )
    plain = Stub("freedesktop", ok=True, clicks=False)
    plain.reason = "org.freedesktop.Notifications has no actions capability"
    both = notifier_choice([lambda: plain], environ={})
    assert describe_notifications(both) == (
        "freedesktop + reminder card (org.freedesktop.Notifications has no actions capability)"
    )
    clicky = notifier_choice([lambda: Stub("freedesktop", ok=True, clicks=True)], environ={})
    assert describe_notifications(clicky) == "freedesktop"


def test_the_card_alone_can_be_forced(qtbot: Any) -> None:
    from backbreak.desktop.backend import FORCE_ENV

    ok = Stub("freedesktop", ok=True, clicks=True)
    choice = notifier_choice([lambda: ok], environ={FORCE_ENV: "notifications=card"})
    assert isinstance(choice.backend, NullNotifier)
    assert ok.shut
