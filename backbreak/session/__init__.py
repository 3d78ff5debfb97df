"""The guided-session state machine, driven by a monotonic clock, without widgets.

``Session`` (machine.py) walks a break's exercises through intro → prepare → work →
rest / switch side → … → summary; ``plan.py`` turns a dose into those steps and
``tally.py`` turns the work done into the record written for each exercise.
"""
