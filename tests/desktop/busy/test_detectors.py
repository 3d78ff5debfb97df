"""Do-not-disturb detectors with their OS calls faked, and the choice among them."""

from __future__ import annotations

from typing import Any

import pytest

from backbreak.desktop.busy import (
    GNOME_INHIBIT_IDLE,
    GnomeInhibitDetector,
    NotificationsInhibitedDetector,
    WindowsNotificationStateDetector,
    busy_reason,
    choose_busy_detectors,
)
from backbreak.desktop.busy.windows_state import (
    QUNS_ACCEPTS_NOTIFICATIONS,
    QUNS_BUSY,
    QUNS_NOT_PRESENT,
    QUNS_PRESENTATION_MODE,
    QUNS_QUIET_TIME,
)
from backbreak.desktop.dbus_util import BusClient

GSM = "org.gnome.SessionManager"
NOTIFICATIONS = "org.freedesktop.Notifications"


def test_gnome_inhibit_asks_about_the_idle_flag(client: BusClient, fake_service: Any) -> None:
    """Flag 8 (idle) is what video players and presenters set; flag 4 is for downloads."""
    inhibited = {GNOME_INHIBIT_IDLE: True}
    service = fake_service(GSM).on(
        GSM, "IsInhibited", lambda msg: ("b", (inhibited.get(msg.body[0], False),))
    )
    detector = GnomeInhibitDetector(client)
    assert detector.available(), detector.reason
    assert detector.is_busy()
    inhibited.clear()
    assert not detector.is_busy()
    assert {call[2] for call in service.calls if call[1] == "IsInhibited"} == {(8,)}


def test_gnome_inhibit_without_gnome(client: BusClient) -> None:
    detector = GnomeInhibitDetector(client)
    assert not detector.available()
    assert GSM in detector.reason


def test_notification_server_inhibited_property(client: BusClient, fake_service: Any) -> None:
    """KDE's do-not-disturb shows as the notification server's Inhibited property."""
    state = {"on": True}
    service = fake_service(NOTIFICATIONS)
    service.on(
        "org.freedesktop.DBus.Properties",
        "Get",
        lambda msg: ("v", (("b", state["on"]),)),
    )
    detector = NotificationsInhibitedDetector(client)
    assert detector.available(), detector.reason
    assert detector.is_busy()
    state["on"] = False
    assert not detector.is_busy()


def test_notification_server_without_the_property(client: BusClient, fake_service: Any) -> None:
    """dunst and GNOME have no Inhibited property: the detector says it can't tell."""
    fake_service(NOTIFICATIONS)
    detector = NotificationsInhibitedDetector(client)
    assert not detector.available()
    assert "Inhibited" in detector.reason


@pytest.mark.parametrize(
    ("state", "busy"),
    [
        (QUNS_ACCEPTS_NOTIFICATIONS, False),
        (QUNS_BUSY, True),
        (QUNS_PRESENTATION_MODE, True),
        (QUNS_QUIET_TIME, True),
        (QUNS_NOT_PRESENT, True),
    ],
)
def test_windows_notification_state(state: int, busy: bool) -> None:
    detector = WindowsNotificationStateDetector(lambda: state)
    assert detector.available()
    assert detector.is_busy() is busy


def test_windows_detector_off_windows() -> None:
    detector = WindowsNotificationStateDetector()
    assert not detector.available()
    assert "Windows" in detector.reason


class Flag:
    def __init__(self, name: str, ok: bool, busy: bool) -> None:
        self.name, self.ok, self.busy, self.reason = name, ok, busy, ""
        self.install_hint = ""

    def available(self) -> bool:
        return self.ok

    def is_busy(self) -> bool:
        return self.busy


def test_choose_keeps_every_available_detector() -> None:
    chosen = choose_busy_detectors(
        [Flag("a", True, False), Flag("b", False, True), Flag("c", True, True)], environ={}
    ).backends
    assert [d.name for d in chosen] == ["a", "c"]
    assert busy_reason(chosen) == "c"
    assert busy_reason([]) is None
