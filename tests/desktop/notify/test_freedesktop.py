"""The D-Bus backend: what it sends, and that it reports only clicks on its own
notifications (other apps' ActionInvoked signals go to the same bus)."""

from __future__ import annotations

from typing import Any

from helpers.fakes import FakeBusConnection
from jeepney import DBusAddress, new_method_return, new_signal
from jeepney.low_level import HeaderFields

from backbreak import APP_ID
from backbreak.desktop.notify import Reminder
from backbreak.desktop.notify.freedesktop import (
    INTERFACE,
    OBJECT_PATH,
    FreedesktopNotifier,
)

EMITTER = DBusAddress(OBJECT_PATH, bus_name=":1.5", interface=INTERFACE)


def notify_and_reply(
    notifier: FreedesktopNotifier, bus: FakeBusConnection, key: str, nid: int
) -> None:
    assert notifier.notify(Reminder(key, "Time for a break: Prone holds", "About 5 min"))
    call = bus.calls("Notify")[-1]
    bus.incoming.append(new_method_return(call, "u", (nid,)))
    notifier._drain()


def test_notify_sends_actions_and_desktop_entry(qtbot: Any) -> None:
    bus = FakeBusConnection(first_serial=100)
    notifier = FreedesktopNotifier(connect=lambda: bus)
    notify_and_reply(notifier, bus, "b1", 7)
    call = bus.calls("Notify")[0]
    app, replaces, _icon, summary, body, actions, hints, timeout = call.body
    assert (app, replaces, summary, body) == (
        "backbreak",
        0,
        "Time for a break: Prone holds",
        "About 5 min",
    )
    assert actions == ["default", "Start", "start", "Start", "snooze", "Snooze", "skip", "Skip"]
    assert hints["desktop-entry"] == ("s", APP_ID)
    assert hints["urgency"] == ("y", 1)
    assert _icon.endswith(f"{APP_ID}.svg"), "the icon as a path: found before installation"
    assert timeout == 0
    assert len(bus.calls("AddMatch")) == 2, "subscribed to ActionInvoked and NotificationClosed"


def test_default_action_means_start(qtbot: Any) -> None:
    bus = FakeBusConnection(first_serial=100)
    notifier = FreedesktopNotifier(connect=lambda: bus)
    notify_and_reply(notifier, bus, "b1", 7)
    bus.incoming.append(new_signal(EMITTER, "ActionInvoked", "us", (7, "default")))
    with qtbot.waitSignal(notifier.action_invoked, timeout=1000) as got:
        notifier._drain()
    assert got.args == ["b1", "start"]


def test_buttons_are_reported(qtbot: Any) -> None:
    bus = FakeBusConnection(first_serial=100)
    notifier = FreedesktopNotifier(connect=lambda: bus)
    notify_and_reply(notifier, bus, "b1", 7)
    seen: list[tuple[str, str]] = []
    notifier.action_invoked.connect(lambda k, a: seen.append((k, a)))
    bus.incoming.append(new_signal(EMITTER, "ActionInvoked", "us", (7, "snooze")))
    bus.incoming.append(new_signal(EMITTER, "ActionInvoked", "us", (7, "skip")))
    notifier._drain()
    assert seen == [("b1", "snooze"), ("b1", "skip")]


def test_other_apps_notifications_are_ignored(qtbot: Any) -> None:
    """Another app's click must not start a break (Qt's messageClicked problem)."""
    bus = FakeBusConnection(first_serial=100)
    notifier = FreedesktopNotifier(connect=lambda: bus)
    notify_and_reply(notifier, bus, "b1", 7)
    seen: list[Any] = []
    notifier.action_invoked.connect(lambda *a: seen.append(a))
    bus.incoming.append(new_signal(EMITTER, "ActionInvoked", "us", (99, "default")))
    bus.incoming.append(new_signal(EMITTER, "ActionInvoked", "us", (7, "open-url")))
    notifier._drain()
    assert seen == []


def test_closed_and_withdraw(qtbot: Any) -> None:
    bus = FakeBusConnection(first_serial=100)
    notifier = FreedesktopNotifier(connect=lambda: bus)
    notify_and_reply(notifier, bus, "b1", 7)
    notify_and_reply(notifier, bus, "b2", 8)
    closed: list[str] = []
    notifier.closed.connect(closed.append)
    bus.incoming.append(new_signal(EMITTER, "NotificationClosed", "uu", (7, 2)))
    notifier._drain()
    assert closed == ["b1"]
    notifier.withdraw("b2")
    assert bus.calls("CloseNotification")[0].body == (8,)


def test_reoffer_replaces_the_old_notification(qtbot: Any) -> None:
    """A re-offered break replaces its notification instead of stacking a second."""
    bus = FakeBusConnection(first_serial=100)
    notifier = FreedesktopNotifier(connect=lambda: bus)
    notify_and_reply(notifier, bus, "b1", 7)
    notifier.notify(Reminder("b1", "again", "x", again=True))
    body = bus.calls("Notify")[-1].body
    assert body[1] == 7
    assert body[6]["urgency"] == ("y", 0), "a re-offer is low urgency"


def test_no_bus_means_unavailable(qtbot: Any) -> None:
    notifier = FreedesktopNotifier(connect=lambda: None)
    assert not notifier.available()
    assert notifier.reason == "no D-Bus session bus"
    assert not notifier.notify(Reminder("k", "t", "b"))


def test_available_asks_who_owns_the_name(qtbot: Any) -> None:
    bus = FakeBusConnection(first_serial=100)
    notifier = FreedesktopNotifier(connect=lambda: bus)
    original_send = bus.send

    def send(message: Any, serial: int | None = None) -> None:
        original_send(message, serial)
        if message.header.fields.get(HeaderFields.member) == "NameHasOwner":
            bus.incoming.append(new_method_return(message, "b", (True,)))

    bus.send = send  # type: ignore[method-assign]
    assert notifier.available()
    assert notifier.available(), "cached"
    assert len(bus.calls("NameHasOwner")) == 1
    assert notifier.reports_clicks, "a server that does not answer GetCapabilities: as before"


def answering(bus: FakeBusConnection, owner: bool, caps: list[str] | None) -> None:
    """Make ``bus`` answer NameHasOwner with ``owner`` and GetCapabilities with ``caps``."""
    original_send = bus.send

    def send(message: Any, serial: int | None = None) -> None:
        original_send(message, serial)
        member = message.header.fields.get(HeaderFields.member)
        if member == "NameHasOwner":
            bus.incoming.append(new_method_return(message, "b", (owner,)))
        elif member == "GetCapabilities" and caps is not None:
            bus.incoming.append(new_method_return(message, "as", (caps,)))

    bus.send = send  # type: ignore[method-assign]


def test_a_server_without_actions_lets_the_card_take_clicks(qtbot: Any) -> None:
    bus = FakeBusConnection(first_serial=100)
    answering(bus, True, ["body", "persistence"])
    notifier = FreedesktopNotifier(connect=lambda: bus)
    assert notifier.available()
    assert not notifier.reports_clicks
    assert notifier.reason == "org.freedesktop.Notifications has no actions capability"


def test_a_server_with_actions_reports_clicks(qtbot: Any) -> None:
    bus = FakeBusConnection(first_serial=100)
    answering(bus, True, ["actions", "body"])
    notifier = FreedesktopNotifier(connect=lambda: bus)
    assert notifier.available() and notifier.reports_clicks
    assert notifier.reason == ""


def test_no_server_says_what_to_run(qtbot: Any) -> None:
    bus = FakeBusConnection(first_serial=100)
    answering(bus, False, None)
    notifier = FreedesktopNotifier(connect=lambda: bus)
    assert not notifier.available()
    assert notifier.reason == "no org.freedesktop.Notifications on the session bus"
    assert "dunst" in notifier.install_hint


def test_a_quiet_reminder_asks_for_no_sound_at_low_urgency() -> None:
    from backbreak.desktop.notify.base import Reminder
    from backbreak.desktop.notify.freedesktop import URGENCY_LOW, URGENCY_NORMAL, notify_message

    quiet = notify_message(Reminder("b", "Time for a break", "", quiet=True), 0, "icon")
    hints = quiet.body[6]
    assert hints["suppress-sound"] == ("b", True) and hints["urgency"] == ("y", URGENCY_LOW)
    usual = notify_message(Reminder("b", "Time for a break", ""), 0, "icon").body[6]
    assert "suppress-sound" not in usual and usual["urgency"] == ("y", URGENCY_NORMAL)
