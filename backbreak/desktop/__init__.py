"""The OS edges: notifications, idle/lock/suspend, autostart, single instance."""
