"""Tells screen readers about the session's countdown at its few moments that matter.

The countdown label is the live region: at a moment (start, halfway, last ten
seconds, done: ``countdown_moments`` decides which) its accessible description
becomes the sentence, and a ``QAccessibleAnnouncementEvent`` asks the screen reader
to speak it (AT-SPI's ``Announcement`` signal on Linux, Qt ≥ 6.8). Between moments
nothing is sent, so a screen reader is not made to read every second.

Signals: ``announced(str)`` with each sentence sent (tests listen to it).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from backbreak.session.view import Phase, SessionView
from backbreak.ui.countdown_moments import CountdownMoments, Moment, countdown_of


class CountdownAnnouncer(QObject):
    """Announces the moments of each countdown on the ``live`` widget."""

    announced = Signal(str)

    def __init__(self, live: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._live = live
        self._moments = CountdownMoments()

    def observe(self, view: SessionView) -> None:
        """Call at every redraw; announces only when a moment was passed."""
        moments = self._moments.observe(countdown_of(view))
        if moments:
            self.say(" ".join(self._sentence(m, view) for m in moments))

    def say(self, text: str) -> None:
        """Put ``text`` in the live region and ask the screen reader to speak it."""
        self._live.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self._live, text))
        self.announced.emit(text)

    def _sentence(self, moment: Moment, view: SessionView) -> str:
        left = self.spoken(view.remaining or 0.0)
        if moment is Moment.DONE:
            return self.tr("Done.")
        if moment is Moment.HALFWAY:
            return self.tr("Halfway, {left} left.").format(left=left)
        if moment is Moment.LAST_SECONDS:
            return self.tr("{left} left.").format(left=left)
        return self._start(view, left)

    def _start(self, view: SessionView, left: str) -> str:
        name = view.exercise.name if view.exercise else ""
        work = view.work
        if view.phase is Phase.PREPARE:
            return self.tr("Get ready: {name}, starts in {left}.").format(name=name, left=left)
        if view.phase is Phase.REST:
            return self.tr("Rest, {left}.").format(left=left)
        if view.phase is Phase.SWITCH_SIDE:
            return self.tr("Switch sides, {left}.").format(left=left)
        if work is not None and work.is_reps:
            return self.tr("{name}: %n reps, Enter counts one.", "", work.reps).format(name=name)
        if view.overtime:
            return self.tr("Minimum reached; stay on if you like, up to {left} more.").format(
                left=left
            )
        return self.tr("{name}: hold, {left}.").format(name=name, left=left)

    def spoken(self, seconds: float) -> str:
        """A duration as a screen reader should say it: "2 minutes 30 seconds"."""
        whole = max(0, math.ceil(seconds - 1e-6))
        minutes, secs = divmod(whole, 60)
        secs_text = self.tr("%n seconds", "", secs)
        if not minutes:
            return secs_text
        minutes_text = self.tr("%n minutes", "", minutes)
        if not secs:
            return minutes_text
        return self.tr("{minutes} {seconds}").format(minutes=minutes_text, seconds=secs_text)
