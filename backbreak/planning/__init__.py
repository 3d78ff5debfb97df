"""When to remind: the engine and what it is built from.

``engine`` (what is owed, offered, answered) over ``cadences`` (each cadence's state,
trigger and owed item), ``routines`` (what the catalog offers under the settings),
``rebuild`` (that state from the history at start), ``triggers`` and ``hours`` (the
cadences' rules in work hours), ``composer`` and ``dosing`` (due items merged into a
break and filled to its time), ``model`` (items and breaks). ``scheduler``,
``qt_scheduler``, ``runner`` and ``qt_driver`` drive it with APScheduler; ``dayplan``
runs the same code on a simulated clock for ``backbreak plan``.
"""
