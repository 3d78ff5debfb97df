"""Reminders: how a due break reaches the user, and what their answer does.

A break the engine announces is offered through presence (held while the user is busy
or in a call) and then shown through the notifier and/or the in-app card
(``plan_for``); a break a long call held past its limit comes quietly: a notification
without sound, and the card only when no notification could be sent. The answer
(Start / Snooze / Skip, from a notification or the card) withdraws the reminder
everywhere; Start is passed on (``start_requested``), Snooze and Skip are recorded and
told to the engine's driver. ``backbreak remind`` shows the next break early.

Signals:
    start_requested(Break): the user chose Start for this break.
    held_changed(): presence began holding a break, changed why, or let it go.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Signal

from backbreak.app.seams import Driver, Presence
from backbreak.clock import Clock
from backbreak.desktop.backend import Choice
from backbreak.desktop.notify import (
    Notifier,
    NullNotifier,
    Reminder,
    ReminderAction,
    notifier_choice,
    plan_for,
)
from backbreak.desktop.presence_status import describe_notifications
from backbreak.domain.catalog import Catalog
from backbreak.domain.history import BreakEvent, BreakRecord, OutcomeRecorder, skip_detail
from backbreak.domain.settings import Settings
from backbreak.planning.model import Break
from backbreak.ui.reminder_card import ReminderCard

log = logging.getLogger(__name__)


def reminder_for(brk: Break, catalog: Catalog, again: bool = False) -> Reminder:
    """The words of a reminder: title, how long, which exercises."""
    names = [catalog.exercises[e].name if e in catalog.exercises else e for e in brk.exercises]
    minutes = max(1, round(brk.estimated_minutes))
    if names:
        body = QCoreApplication.translate(
            "reminders", "About %n min: {exercises}", "", minutes
        ).format(exercises=", ".join(names))
    else:
        body = QCoreApplication.translate("reminders", "About %n min.", "", minutes)
    if again:
        title = QCoreApplication.translate("reminders", "Still waiting: {title}").format(
            title=brk.title
        )
    else:
        title = QCoreApplication.translate("reminders", "Time for a break: {title}").format(
            title=brk.title
        )
    return Reminder(key=brk.id, title=title, body=body, again=again)


class Reminders(QObject):
    """Offer, show, withdraw and answer reminders (signals in the module docstring)."""

    start_requested = Signal(object)
    held_changed = Signal()

    def __init__(
        self,
        driver: Driver,
        catalog: Catalog,
        clock: Clock,
        recorder: OutcomeRecorder,
        settings: Callable[[], Settings],
        *,
        presence: Presence | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._driver = driver
        self._catalog = catalog
        self._clock = clock
        self._recorder = recorder
        self._settings = settings
        self._presence = presence
        self.notifier: Notifier = NullNotifier()
        self.notifier_choice: Choice[Notifier] | None = None
        """The chosen notifier and the backends refused before it, once started."""
        self._card: ReminderCard | None = None
        self._offered: dict[str, Break] = {}
        """Breaks with a reminder up and no answer yet, by id."""
        self._reminded_early: set[str] = set()
        """Breaks reminded of before they were due (``backbreak remind``)."""
        self._with_presence: dict[str, Break] = {}
        """Breaks handed to presence, which may hold one while the user is busy."""
        if presence is not None:
            presence.reminder_ready.connect(self.show)
            presence.reminder_ready_quiet.connect(lambda brk: self.show(brk, quiet=True))
            presence.reminder_held.connect(lambda _brk, _why: self.held_changed.emit())

    def choose_notifier(self, candidates: Sequence[Callable[[], Notifier]]) -> None:
        """Pick the notification backend, keeping why better ones were refused (status)."""
        self.notifier_choice = notifier_choice(candidates)
        self.notifier = self.notifier_choice.backend
        self.notifier.action_invoked.connect(self.answer)
        log.info("notifications: %s", describe_notifications(self.notifier_choice))

    def offer(self, brk: Break) -> None:
        """A due break: through presence (which may hold it), else shown at once."""
        if self._presence is not None:
            self._with_presence[brk.id] = brk
            self._presence.offer_reminder(brk, self._call_release_by(brk))
        else:
            self.show(brk)

    def _call_release_by(self, brk: Break) -> datetime | None:
        """Past this a call no longer holds ``brk``: its overdue moment (the prone holds'
        overdue time when it has them) plus the call maximum from the settings."""
        if brk.overdue is None:
            return None
        return brk.overdue + timedelta(minutes=self._settings().call_max_minutes)

    def show(self, brk: Break, *, early: bool = False, quiet: bool = False) -> None:
        """Announce a break through the notifier and/or the card (see ``plan_for``);
        ``quiet``: no sound, and the card only if the notification could not be sent."""
        if self._with_presence.pop(brk.id, None) is not None:
            self.held_changed.emit()
        if early:
            self._reminded_early.add(brk.id)
        elif brk.id in self._reminded_early:
            self._reminded_early.discard(brk.id)
            self._offered.pop(brk.id, None)
        again = brk.id in self._offered
        if not again:
            self.record(brk, BreakEvent.OFFERED)
        self._offered[brk.id] = brk
        reminder = replace(reminder_for(brk, self._catalog, again=again), quiet=quiet)
        plan = plan_for(self.notifier, self._settings().notification_style)
        delivered = (plan.desktop or quiet) and self.notifier.notify(reminder)
        card = not delivered if quiet else plan.card or not delivered
        if card:
            self.card.show_reminder(reminder)
        log.info(
            "reminder shown: %s (%s)%s%s",
            brk.id,
            reminder.title,
            " as a notification" if delivered else "",
            " on the card" if card else "",
        )

    @property
    def card(self) -> ReminderCard:
        """The reminder card, built the first time a reminder needs it."""
        if self._card is None:
            self._card = ReminderCard()
            self._card.action_invoked.connect(self.answer)
        return self._card

    def card_visible(self) -> bool:
        return self._card is not None and self._card.isVisible()

    def held_id(self) -> str | None:
        """The break presence holds back until the user is free, if any."""
        if self._presence is None:
            return None
        held = self._presence.held()
        return next((k for k, b in self._with_presence.items() if b is held), None)

    def held_reason(self) -> str:
        """Why presence holds a break back ("you're in a call"), "" when it holds none."""
        if self._presence is None or self.held_id() is None:
            return ""
        return self._presence.hold_reason()

    def withdraw(self, key: str) -> None:
        self._offered.pop(key, None)
        self._reminded_early.discard(key)
        brk = self._with_presence.pop(key, None)
        if self._presence is not None and brk is not None and self._presence.held() is brk:
            self._presence.cancel_held()
            self.held_changed.emit()
        self.notifier.withdraw(key)
        if self._card is not None:
            self._card.withdraw(key)

    def withdraw_all(self) -> None:
        for key in list(self._offered):
            self.withdraw(key)

    def drop_stale(self) -> None:
        """The engine moved on: take down reminders of breaks no longer due (not those
        reminded of early)."""
        cur = self._driver.engine.current_break()
        for key in list(self._offered):
            if key not in self._reminded_early and (cur is None or cur.id != key):
                self.withdraw(key)

    def answer(self, key: str, action: str) -> None:
        """Start / Snooze / Skip from a notification or the card."""
        brk = self._offered.get(key) or self._break_by_id(key)
        self.withdraw(key)
        if brk is None:
            log.info("answer %s for a break no longer offered: %s", action, key)
            return
        if action == ReminderAction.START.value:
            self.start_requested.emit(brk)
        elif action == ReminderAction.SNOOZE.value:
            self.snooze()
        elif action == ReminderAction.SKIP.value:
            self.skip()

    def _break_by_id(self, key: str) -> Break | None:
        engine = self._driver.engine
        for brk in (engine.current_break(), engine.next_break()):
            if brk is not None and brk.id == key:
                return brk
        return None

    def remind_now(self) -> Break | None:
        """Show the next break's reminder now (``backbreak remind``)."""
        engine = self._driver.engine
        cur = engine.current_break()
        brk = cur or engine.next_break()
        if brk is not None:
            self.show(brk, early=cur is None)
        return brk

    def snooze(self, minutes: int | None = None) -> None:
        cur = self._driver.engine.current_break()
        if cur is not None:
            snooze = minutes or self._settings().snooze_minutes
            self.record(cur, BreakEvent.SNOOZED, f"{snooze}")
        self._driver.snooze(minutes)

    def skip(self) -> None:
        cur = self._driver.engine.current_break()
        if cur is not None:
            # What the skip answered, so a restart replays it as the live engine did.
            self.record(cur, BreakEvent.SKIPPED, skip_detail(cur.covers))
        self._driver.skip()

    def pause(self, minutes: int | None, *, until_tomorrow: bool = False) -> None:
        """Pause reminders; whatever reminder is up goes away too."""
        self.withdraw_all()
        self._driver.pause(minutes, until_tomorrow=until_tomorrow)

    def shutdown(self) -> None:
        if self._card is not None:
            self._card.hide()
        self.withdraw_all()
        self.notifier.shutdown()

    def record(self, brk: Break, event: BreakEvent, detail: str = "") -> None:
        record = BreakRecord(
            brk.id, event, self._clock.now(), brk.kind.value, tuple(brk.exercises), detail
        )
        try:
            self._recorder.record_break(record)
        except Exception:  # the store reports its own errors; a reminder must still work
            log.exception("could not record %s", event.value)
