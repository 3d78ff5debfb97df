"""The guided-session state machine, driven by a monotonic clock, without widgets."""
