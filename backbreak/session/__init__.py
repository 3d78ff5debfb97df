"""The guided-session state machine, driven by a monotonic clock, without widgets.

``Session`` (machine.py) walks a break's exercises through intro → prepare → work →
rest / switch side → … → summary and is all the session window holds. Behind it:

- ``plan``: how a dose unfolds into steps (prepare, work, rest, switch side) and the
  work of one set (a timed hold, or reps paced by beats);
- ``cursor``: where the break stands (phase, exercise, step, pain advice);
- ``timing``: the step in progress on the clock: its deadline, timed cues, reps and
  beats, pauses, and the thresholds below which a cue would only be noise;
- ``walk``: steps ending on their deadlines, one after another;
- ``tally`` and ``outcomes``: the work done on an exercise and the records written;
- ``readout`` and ``view``: the snapshot the window draws; ``events``: what listeners hear.
"""
