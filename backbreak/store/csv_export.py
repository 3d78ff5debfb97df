"""Export the history as one CSV table (the window's button and ``backbreak export --csv``).

One row per record, oldest first; ``record`` says whether the row is an exercise
outcome or a break event, and the columns that don't apply to it are empty. Times
are the aware ISO-8601 strings the app recorded, so a spreadsheet sees the local
wall clock and the offset.
"""

from __future__ import annotations

import csv
from typing import TextIO

from backbreak.store.history import HistoryStore

COLUMNS = (
    "at",
    "record",
    "id",
    "outcome",
    "fraction",
    "sets_done",
    "reps_done",
    "seconds_done",
    "feeling",
    "break_id",
    "break_kind",
    "exercises",
    "note",
)


def write_csv(history: HistoryStore, out: TextIO) -> int:
    """Write every record to ``out``; returns the number of data rows."""
    rows: list[tuple[float, dict[str, str]]] = []
    for ex in history.exercises_between():
        rows.append(
            (
                ex.at.timestamp(),
                {
                    "at": ex.at.isoformat(),
                    "record": "exercise",
                    "id": ex.exercise_id,
                    "outcome": ex.outcome.value,
                    "fraction": f"{ex.fraction:.2f}",
                    "sets_done": str(ex.sets_done),
                    "reps_done": str(ex.reps_done),
                    "seconds_done": f"{ex.seconds_done:.0f}",
                    "feeling": ex.feeling.value if ex.feeling else "",
                    "break_id": ex.break_id or "",
                    "note": ex.note,
                },
            )
        )
    for br in history.breaks_between():
        rows.append(
            (
                br.at.timestamp(),
                {
                    "at": br.at.isoformat(),
                    "record": "break",
                    "id": br.break_id,
                    "outcome": br.event.value,
                    "break_id": br.break_id,
                    "break_kind": br.kind,
                    "exercises": " ".join(br.exercises),
                    "note": br.detail,
                },
            )
        )
    rows.sort(key=lambda r: r[0])
    writer = csv.DictWriter(out, fieldnames=COLUMNS, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(r for _, r in rows)
    return len(rows)
