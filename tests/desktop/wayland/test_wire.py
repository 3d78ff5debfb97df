"""The wire format: what is encoded is read back, and messages split at their sizes."""

from __future__ import annotations

import pytest

from backbreak.desktop.wayland.wire import array, message, split, string, uint


def test_a_message_reads_back_its_arguments() -> None:
    states = uint(2) + uint(3)
    buffer = bytearray(message(7, 4, uint(42), string("seat0"), array(states)))
    (msg,) = split(buffer)
    args = msg.args()
    assert (msg.object_id, msg.opcode) == (7, 4)
    assert (args.uint(), args.string(), args.uints()) == (42, "seat0", [2, 3])
    assert buffer == bytearray()


def test_strings_are_nul_terminated_and_padded_to_words() -> None:
    encoded = string("abc")
    assert encoded[:4] == uint(4) and encoded[4:] == b"abc\0"
    assert len(string("abcd")) == 4 + 8


def test_a_partial_message_waits_for_the_rest() -> None:
    whole = message(1, 0, uint(5)) + message(2, 1, string("x"))
    buffer = bytearray(whole[:-2])
    assert [m.object_id for m in split(buffer)] == [1]
    buffer += whole[-2:]
    assert [m.object_id for m in split(buffer)] == [2]


def test_a_size_below_the_header_is_refused() -> None:
    with pytest.raises(ValueError):
        list(split(bytearray(uint(1) + uint(4 << 16))))
