"""backbreak: break reminders and guided back exercises for people who sit all day."""

__version__ = "0.1.0"
APP_ID = "io.github.backbreak.Backbreak"
APP_NAME = "backbreak"
