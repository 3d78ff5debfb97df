"""Plain-language descriptions of doses and cadences, shared by the CLI and the windows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backbreak.domain.exercise import Dose, Exercise
from backbreak.domain.ranges import IntRange


def seconds_text(r: IntRange) -> str:
    """``30–60 s``, or ``3–5 min`` when both ends are whole minutes."""
    if r.min >= 60 and r.min % 60 == 0 and r.max % 60 == 0:
        minutes = IntRange(min=r.min // 60, max=r.max // 60)
        return QCoreApplication.translate("describe", "{minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("describe", "{seconds} s").format(seconds=r)


def dose_text(dose: Dose) -> str:
    """E.g. ``2 sets × 10 reps, 2 s holds`` or ``1–2 sets × 30–60 s hold, each side``."""
    most = dose.sets.max
    #: {count} is a number or a range such as "1–2"; the plural follows its upper end.
    sets = QCoreApplication.translate("describe", "{count} set(s)", "", most)
    sets = sets.format(count=dose.sets)
    if dose.reps is not None:
        if dose.hold_seconds is not None:
            work = QCoreApplication.translate("describe", "{reps} reps, {seconds} holds").format(
                reps=dose.reps, seconds=seconds_text(dose.hold_seconds)
            )
        else:
            work = QCoreApplication.translate("describe", "{reps} reps").format(reps=dose.reps)
    else:
        assert dose.hold_seconds is not None
        work = QCoreApplication.translate("describe", "{seconds} hold").format(
            seconds=seconds_text(dose.hold_seconds)
        )
    text = QCoreApplication.translate("describe", "{sets} × {work}").format(sets=sets, work=work)
    if dose.per_side:
        text = QCoreApplication.translate("describe", "{dose}, each side").format(dose=text)
    if dose.alternating:
        text = QCoreApplication.translate("describe", "{dose}, alternating sides").format(dose=text)
    return text


def frequency_text(exercise: Exercise) -> str:
    if exercise.frequency is None:
        return QCoreApplication.translate("describe", "in routines")
    every = exercise.frequency.every_hours
    if every is not None:
        if every.max == 1:  # "every 1 hour" reads as a form, not as speech
            return QCoreApplication.translate("describe", "every hour")
        most = every.max
        #: {hours} is a number or a range such as "2–3".
        return QCoreApplication.translate("describe", "every {hours} hour(s)", "", most).format(
            hours=every
        )
    times = exercise.frequency.times_per_day
    assert times is not None
    if times.max == 1:
        return QCoreApplication.translate("describe", "once a day")
    most = times.max
    #: {count} is a number or a range such as "2–3".
    return QCoreApplication.translate("describe", "{count} time(s) a day", "", most).format(
        count=times
    )
