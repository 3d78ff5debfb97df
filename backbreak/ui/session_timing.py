"""When the session window's single timer should fire next (pure; no Qt)."""

from __future__ import annotations

import math

MIN_DELAY_MS = 5
MAX_DELAY_MS = 1000
"""At least once a second, so a clock that jumped is noticed within a second."""


def wake_delay_ms(now: float, wake: float | None, remaining: float | None) -> int:
    """Milliseconds to the next event: the session's next wakeup, the next change of the
    displayed second (``remaining`` counts down), or a second, whichever comes first."""
    candidates = [now + 1.0]
    if wake is not None:
        candidates.append(wake)
    if remaining is not None and remaining > 0:
        frac = remaining - math.floor(remaining)
        candidates.append(now + (frac if frac > 1e-3 else 1.0))
    delay_ms = math.ceil((min(candidates) - now) * 1000)
    return max(MIN_DELAY_MS, min(MAX_DELAY_MS, delay_ms))
