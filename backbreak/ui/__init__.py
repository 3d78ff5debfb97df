"""Qt widgets: tray, reminder card, session window, settings dialog, history window."""
