"""The Wayland wire format: encode requests, split and read events.

A message is the object id (uint32), then one uint32 holding the message's size in
bytes (high 16 bits) and its opcode (low 16 bits), then the arguments: uint/int/object/
new_id as one 32-bit word each, strings and arrays as a length word and the bytes
padded to 4. Words are in the host's byte order (the socket is local).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

HEADER = struct.Struct("=II")
WORD = struct.Struct("=I")


def uint(value: int) -> bytes:
    return WORD.pack(value & 0xFFFFFFFF)


def _padded(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % 4)


def string(text: str) -> bytes:
    data = text.encode() + b"\0"
    return WORD.pack(len(data)) + _padded(data)


def array(data: bytes) -> bytes:
    return WORD.pack(len(data)) + _padded(data)


def message(object_id: int, opcode: int, *args: bytes) -> bytes:
    """One message for ``object_id``; ``args`` are already encoded (:func:`uint` etc.)."""
    body = b"".join(args)
    return HEADER.pack(object_id, ((HEADER.size + len(body)) << 16) | opcode) + body


@dataclass(frozen=True)
class Message:
    object_id: int
    opcode: int
    body: bytes

    def args(self) -> Args:
        return Args(self.body)


class Args:
    """Reads one message's arguments in order."""

    def __init__(self, body: bytes) -> None:
        self._body = body
        self._at = 0

    def uint(self) -> int:
        (value,) = WORD.unpack_from(self._body, self._at)
        self._at += WORD.size
        return int(value)

    def _blob(self) -> bytes:
        size = self.uint()
        data = self._body[self._at : self._at + size]
        if len(data) != size:
            raise ValueError("argument runs past the end of the message")
        self._at += size + (-size % 4)
        return data

    def string(self) -> str:
        return self._blob().rstrip(b"\0").decode(errors="replace")

    def array(self) -> bytes:
        return self._blob()

    def uints(self) -> list[int]:
        """An array argument read as uint32 words (a toplevel's states, say)."""
        data = self.array()
        return [int(w) for (w,) in WORD.iter_unpack(data[: len(data) - len(data) % 4])]


def split(buffer: bytearray) -> Iterator[Message]:
    """Take every whole message off the front of ``buffer`` (the rest stays there)."""
    while len(buffer) >= HEADER.size:
        object_id, word = HEADER.unpack_from(buffer)
        size = word >> 16
        if size < HEADER.size:
            raise ValueError(f"bad message size {size}")
        if len(buffer) < size:
            return
        body = bytes(buffer[HEADER.size : size])
        del buffer[:size]
        yield Message(object_id, word & 0xFFFF, body)
