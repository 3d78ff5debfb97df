"""``backbreak status`` and the backends' reasons in German, and unchanged in English.

Reasons are made before a language is installed (at import, in ``available()``): each
test makes them first and installs German after, so only translation when shown can
pass. Every backend runs against fakes (an empty PATH, a display that won't open, a bus
that answers no), so nothing depends on this machine.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from helpers.fakes import FakeBusConnection
from jeepney import new_method_return
from jeepney.low_level import HeaderFields

from backbreak import i18n
from backbreak.cli.status_text import status_text
from backbreak.desktop.backend import FORCE_ENV, Choice, Refusal, choose, choose_all
from backbreak.desktop.calls.linux import PipeWireBackend, pipewire_snapshot
from backbreak.desktop.calls.monitor import CallMonitor
from backbreak.desktop.calls.source import MICROPHONE, Activity
from backbreak.desktop.idle import NullIdleMonitor, X11IdleMonitor, choose_idle_monitor
from backbreak.desktop.notify.base import Notifier, NullNotifier
from backbreak.desktop.notify.freedesktop import FreedesktopNotifier
from backbreak.desktop.presence_status import describe_notifications
from backbreak.desktop.reason import Reason, shown
from backbreak.desktop.sound.chooser import choose_sound
from backbreak.desktop.wayland.client import WaylandClient, open_subscribed
from backbreak.domain.settings import Settings
from backbreak.i18n import QT_TRANSLATE_NOOP

STATUS = {
    "version": "1.0",
    "pid": 42,
    "next_break": {"title": "Bauchlage", "due": "2026-03-02T12:00:00+01:00"},
    "presence": {
        "notifications": "freedesktop",
        "idle": "gnome-mutter",
        "held": "Sie sind in einem Anruf (Mikrofon in Gebrauch durch zoom)",
        "held break": "b-1",
        "new kind": "x",
    },
}


def in_german(make: Callable[[], str]) -> str:
    """``make()`` with the German catalog installed."""
    assert i18n.install("de")
    try:
        return make()
    finally:
        i18n.install("en")


def test_status_lines_name_each_kind_in_german() -> None:
    lines = in_german(lambda: status_text(STATUS)).splitlines()
    assert "Benachrichtigungen: freedesktop" in lines
    assert "Leerlauf: gnome-mutter" in lines
    assert "Pause wartet: Sie sind in einem Anruf (Mikrofon in Gebrauch durch zoom)" in lines
    assert "New kind: x" in lines, "a key the CLI doesn't know is shown as is"
    english = status_text(STATUS).splitlines()
    assert "Notifications: freedesktop" in english and "Idle: gnome-mutter" in english
    assert "Held: Sie sind in einem Anruf (Mikrofon in Gebrauch durch zoom)" in english


class Fake:
    """A backend that fits or not, with a translatable reason made when it is built."""

    def __init__(self, name: str, ok: bool) -> None:
        self.name = name
        self.ok = ok
        self.reason = "" if ok else Reason(QT_TRANSLATE_NOOP("backend", "not macOS"))
        self.install_hint = (
            ""
            if ok
            else Reason(QT_TRANSLATE_NOOP("backend", "install {package}"), package=f"{name}-utils")
        )

    def available(self) -> bool:
        return self.ok


def _none(_refused: tuple[Refusal, ...]) -> Fake:
    return Fake("none", True)


def test_a_refused_and_a_forced_choice_in_german() -> None:
    refused = choose("idle", [Fake("a", False), Fake("b", True)], _none, environ={})
    forced = choose("idle", [Fake("a", True)], _none, environ={FORCE_ENV: "idle=a"})
    missing = choose("idle", [Fake("a", True)], _none, environ={FORCE_ENV: "idle=x"})
    busy = choose_all("busy", [Fake("a", False)], environ={FORCE_ENV: "busy=none"})
    assert in_german(refused.describe) == "b (a: nicht macOS; Installieren Sie a-utils)"
    assert in_german(forced.describe) == f"a (erzwungen durch {FORCE_ENV})"
    assert in_german(missing.describe) == f"a ({FORCE_ENV} verlangt 'x', das nicht verfügbar ist)"
    assert in_german(lambda: busy.describe("keine")) == f"keine (erzwungen durch {FORCE_ENV})"
    assert refused.describe() == "b (a: not macOS; install a-utils)"
    assert missing.describe() == f"a ({FORCE_ENV} asked for 'x', which is not available)"


def test_a_reason_with_a_reason_inside_is_translated_whole() -> None:
    inner = Reason(QT_TRANSLATE_NOOP("backend", "X11 sees XWayland windows only"))
    outer = Reason(QT_TRANSLATE_NOOP("backend", "Wayland session ({effect})"), effect=inner)
    assert outer == "Wayland session (X11 sees XWayland windows only)", "English as a str"
    assert in_german(lambda: shown(outer)) == "Wayland-Sitzung (X11 sieht nur XWayland-Fenster)"
    assert shown("plain text") == "plain text"


def _answering_no(bus: FakeBusConnection) -> None:
    """``bus`` says nobody owns org.freedesktop.Notifications."""
    original = bus.send

    def send(message: Any, serial: int | None = None) -> None:
        original(message, serial)
        if message.header.fields.get(HeaderFields.member) == "NameHasOwner":
            bus.incoming.append(new_method_return(message, "b", (False,)))

    bus.send = send  # type: ignore[method-assign]


def test_no_notification_server_in_german(qtbot: Any) -> None:
    bus = FakeBusConnection()
    _answering_no(bus)
    choice = choose("notifications", [FreedesktopNotifier(connect=lambda: bus)], _card, environ={})
    german = in_german(lambda: describe_notifications(choice))
    assert german == (
        "Erinnerungskarte (freedesktop: kein org.freedesktop.Notifications auf dem Sitzungsbus; "
        "Starten Sie einen Benachrichtigungsdienst, etwa dunst oder den des Desktops)"
    )
    assert describe_notifications(choice) == (
        "reminder card (freedesktop: no org.freedesktop.Notifications on the session bus; "
        "run a notification daemon such as dunst or the desktop's own)"
    )


def _card(_refused: tuple[Refusal, ...]) -> Notifier:
    return NullNotifier()


def test_x11_idle_without_a_display_in_german() -> None:
    monitor = X11IdleMonitor(":9", opener=lambda _name: None)
    choice = choose_idle_monitor([monitor], environ={})
    assert in_german(choice.describe) == (
        "none (keine Quelle für die Leerlaufzeit funktioniert hier; es zählt nur die Uhr; "
        "x11-xss: das X-Display lässt sich nicht öffnen, oder libX11 fehlt; "
        "Installieren Sie libx11-6)"
    )
    assert choice.describe() == (
        "none (no idle-time source works here; relying on the clock; "
        "x11-xss: cannot open the X display or libX11 is missing; install libx11-6)"
    )
    assert NullIdleMonitor().reason == "no idle-time source works here; relying on the clock"


def test_no_sound_player_in_german(tmp_path: Path) -> None:
    choice = choose_sound("linux", {"PATH": str(tmp_path)})
    german = in_german(choice.describe)
    assert german.startswith(
        "none (kein Abspielprogramm für Töne gefunden "
        "(versucht: pw-play, paplay, canberra, aplay); "
        "pw-play: pw-play nicht gefunden; Installieren Sie pipewire-bin (pw-play); "
    )
    assert "aplay: aplay nicht gefunden; Installieren Sie alsa-utils (aplay))" in german
    assert choice.describe().startswith(
        "none (no sound player found (tried pw-play, paplay, canberra, aplay); "
        "pw-play: pw-play not found; install pipewire-bin (pw-play); "
    )


def test_no_wayland_session_in_german() -> None:
    client, reason = open_subscribed(lambda: WaylandClient.connect({}), lambda _c: "")
    assert client is None
    assert reason == "not a Wayland session (WAYLAND_DISPLAY is not set)"
    assert in_german(lambda: shown(reason)) == (
        "keine Wayland-Sitzung (WAYLAND_DISPLAY ist nicht gesetzt)"
    )


def test_the_calls_line_and_what_holds_a_break_in_german() -> None:
    pipewire = PipeWireBackend(MICROPHONE, pipewire_snapshot(), which=lambda _tool: None)
    monitor = CallMonitor([pipewire], enabled=[MICROPHONE])
    assert in_german(monitor.describe) == (
        "Mikrofon: keine (nicht verwendet: pipewire-microphone: pw-dump ist nicht installiert; "
        "Installieren Sie pipewire-bin (pw-dump, pw-mon))"
    )
    assert monitor.describe() == (
        "microphone: none (not used: pipewire-microphone: pw-dump is not installed; "
        "install pipewire-bin (pw-dump, pw-mon))"
    )
    zoom = Activity(MICROPHONE, "zoom")
    assert in_german(zoom.text) == "Mikrofon in Gebrauch durch zoom"
    assert zoom.text() == "microphone in use by zoom"


def test_the_running_app_says_sound_is_off_in_german(make_rig: Any) -> None:
    rig = make_rig(settings=Settings(safety_notice_seen=True, sounds_enabled=False))

    def status() -> str:
        answer: dict[str, Any] = rig.app.handle({"cmd": "status", "args": {}})
        return str(answer["message"])

    german = in_german(status)
    assert "Töne: aus (in den Einstellungen ausgeschaltet)" in german.splitlines()
    assert "Sound: off (turned off in settings)" in status().splitlines()


def test_a_choice_keeps_its_english_text_for_logs() -> None:
    """A reason is still the English ``str`` it was: logs and ``--json`` tests read it."""
    choice: Choice[Fake] = choose("idle", [Fake("a", False)], _none, environ={})
    assert choice.refused[0].reason == "not macOS"
    assert in_german(lambda: choice.refused[0].reason) == "not macOS"
