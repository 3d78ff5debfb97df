"""Is the user in a call? The microphone is captured, the camera is open, or the screen is shared.

Each *source* (:data:`~backbreak.desktop.calls.source.SOURCES`: ``microphone``,
``camera``, ``screen``) is answered by backends that keep the shared OS-edge contract
(:mod:`backbreak.desktop.backend`) plus ``in_call()`` and ``what()``;
:class:`~backbreak.desktop.calls.monitor.CallMonitor` asks the enabled ones.

Where the answers come from:

- Linux, PipeWire: one ``pw-dump`` snapshot answers all three sources (a running
  ``Stream/Input/Audio`` fed by a real source; a running camera node; a screencast node
  and the stream that reads it). PulseAudio without PipeWire: ``pactl -f json list
  source-outputs`` (microphone only). Passive level meters (pavucontrol's "Peak detect",
  captures of a ``.monitor`` source or of a sink, ``stream.monitor``/``resample.peaks``
  streams, corked or passive streams) are not a call.
- Linux, any: processes of this user that hold ``/dev/video*`` open (``/proc/*/fd``),
  scanned at most every 10 s; cheap enough to do synchronously.
- Windows: the privacy consent store in the registry (``LastUsedTimeStop == 0``), for
  the microphone and the webcam. macOS: CoreAudio's ``DeviceIsRunningSomewhere`` on
  the default input device (microphone only; it can't name the app).

The subprocess answers never block the GUI thread: the backends answer from the last
parsed output, which :class:`~backbreak.desktop.calls.qt_runner.CommandRefresher`
refreshes through ``QProcess``. Changes are *subscribed to*, not polled fast:
:class:`~backbreak.desktop.calls.qt_runner.ChangeWatch` keeps ``pw-mon`` (or ``pactl
subscribe``) running and turns its event lines into at most one refresh a second,
because a call starts and ends rarely while a fast poll costs a process spawn every few
seconds all day. When the watcher can't start or dies, a slow poll (every 30 s) takes
over: a late answer only delays a reminder a little.
"""
