"""A minimal Wayland client: the socket, the registry and the few protocols backbreak reads.

No widgets and no libwayland: the wire format (:mod:`.wire`) is a handful of 32-bit
words per message, and backbreak only binds globals, sends a few requests and reads
events (idle notifications, toplevel states) that carry no file descriptors.
"""

from backbreak.desktop.wayland.client import WaylandClient, WaylandError, socket_path

__all__ = ["WaylandClient", "WaylandError", "socket_path"]
