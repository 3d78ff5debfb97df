"""The microphone, camera and screen from PipeWire's graph: ``pw-dump`` output (pure).

``pw-dump`` prints every object as JSON; nodes carry ``media.class``, a state
(``running`` while data flows) and properties, links say which node feeds which. From
that:

- microphone: a running ``Stream/Input/Audio`` that is not a meter (see
  :mod:`~backbreak.desktop.calls.streams`) and, when it is linked, is fed by an audio
  source rather than a sink (a sink feeding a capture stream is a recording of what
  plays);
- camera: a running ``Video/Source`` node of a camera device (``device.api`` v4l2 or
  libcamera, or ``media.role`` Camera), the app being the stream linked to it; or a
  running ``Stream/Input/Video`` whose role is Camera;
- screen: a running ``Video/Source`` with no device behind it, which is what the
  screencast portals' compositors (mutter, KWin, xdg-desktop-portal-wlr) publish, the
  app being the stream reading it; or a running ``Stream/Input/Video`` whose role is
  Screen (OBS's and browsers' screen captures).
  A PipeWire-only virtual camera would count as a screen share: rare, and still a call.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from backbreak.desktop.calls.source import CAMERA, MICROPHONE, SCREEN, Activity
from backbreak.desktop.calls.streams import app_name, is_meter

DUMP = ("pw-dump",)
MONITOR = ("pw-mon", "-N")
CAMERA_APIS = frozenset({"v4l2", "libcamera"})


@dataclass(frozen=True)
class Node:
    id: int
    media_class: str
    state: str
    props: Mapping[str, object]

    @property
    def running(self) -> bool:
        return self.state == "running"


@dataclass(frozen=True)
class Graph:
    """The nodes and the (output node, input node) pairs of the links of one dump."""

    nodes: dict[int, Node] = field(default_factory=dict)
    links: frozenset[tuple[int, int]] = frozenset()

    def feeding(self, node_id: int) -> list[Node]:
        """The nodes linked into ``node_id``."""
        return [self.nodes[o] for o, i in self.links if i == node_id and o in self.nodes]

    def fed_by(self, node_id: int) -> list[Node]:
        """The nodes ``node_id`` is linked into."""
        return [self.nodes[i] for o, i in self.links if o == node_id and i in self.nodes]


def _node(entry: Mapping[str, Any]) -> Node | None:
    info = entry.get("info")
    if not isinstance(info, dict) or not isinstance(entry.get("id"), int):
        return None
    raw = info.get("props")
    props: dict[str, object] = raw if isinstance(raw, dict) else {}
    return Node(entry["id"], str(props.get("media.class", "")), str(info.get("state", "")), props)


def _link(entry: Mapping[str, Any]) -> tuple[int, int] | None:
    info = entry.get("info")
    if not isinstance(info, dict):
        return None
    out, into = info.get("output-node-id"), info.get("input-node-id")
    return (out, into) if isinstance(out, int) and isinstance(into, int) else None


def parse_dump(text: str) -> Graph:
    """The graph in ``pw-dump``'s JSON; ValueError when the text is not that."""
    data = json.loads(text)
    if not isinstance(data, list):
        raise ValueError("pw-dump printed no JSON list")
    nodes: dict[int, Node] = {}
    links: set[tuple[int, int]] = set()
    for entry in data:
        if not isinstance(entry, dict):
            continue
        kind = str(entry.get("type", ""))
        if kind.startswith("PipeWire:Interface:Node") and (node := _node(entry)):
            nodes[node.id] = node
        elif kind.startswith("PipeWire:Interface:Link") and (link := _link(entry)):
            links.add(link)
    return Graph(nodes, frozenset(links))


def _fed_by_sink_only(graph: Graph, node: Node) -> bool:
    feeders = graph.feeding(node.id)
    return bool(feeders) and all(f.media_class.startswith("Audio/Sink") for f in feeders)


def microphone_captures(graph: Graph) -> list[Activity]:
    """Running capture streams that hear a source, meters and sink recordings left out."""
    return [
        Activity(MICROPHONE, app_name(node.props))
        for node in graph.nodes.values()
        if node.media_class == "Stream/Input/Audio"
        and node.running
        and not is_meter(node.props)
        and not _fed_by_sink_only(graph, node)
    ]


def _role(node: Node) -> str:
    return str(node.props.get("media.role", "")).lower()


def is_camera(node: Node) -> bool:
    """A camera device's node."""
    api = str(node.props.get("device.api", "")).lower()
    return node.media_class.startswith("Video/Source") and (
        api in CAMERA_APIS or _role(node) == "camera"
    )


def is_screencast(node: Node) -> bool:
    """A video source with no device behind it: what a compositor publishes to share."""
    no_device = "device.api" not in node.props and "device.id" not in node.props
    return node.media_class.startswith("Video/Source") and no_device and _role(node) != "camera"


def _video_users(graph: Graph, source: str, is_producer: Callable[[Node], bool]) -> list[Activity]:
    """The streams reading a running producer (the producer alone when none is linked),
    and running video streams whose ``media.role`` names the source (``Camera``,
    ``Screen``: what OBS and browsers set), even when their producer isn't visible."""
    running = [n for n in graph.nodes.values() if n.running]
    found: list[Activity] = []
    for producer in filter(is_producer, running):
        readers = [n for n in graph.fed_by(producer.id) if n.media_class.startswith("Stream/")]
        found += [Activity(source, app_name(n.props)) for n in readers] or [Activity(source)]
    role = "camera" if source == CAMERA else "screen"
    found += [
        Activity(source, app_name(n.props))
        for n in running
        if n.media_class == "Stream/Input/Video" and _role(n) == role
    ]
    return list(dict.fromkeys(found))


def camera_users(graph: Graph) -> list[Activity]:
    """A running camera, with the apps reading it."""
    return _video_users(graph, CAMERA, is_camera)


def screencasts(graph: Graph) -> list[Activity]:
    """A running screencast, with the apps reading it."""
    return _video_users(graph, SCREEN, is_screencast)


def is_graph_event(line: str) -> bool:
    """A ``pw-mon`` line that starts or describes a node or link change."""
    text = line.strip()
    return text.startswith("removed:") or text.startswith(
        ("type: PipeWire:Interface:Node", "type: PipeWire:Interface:Link")
    )
