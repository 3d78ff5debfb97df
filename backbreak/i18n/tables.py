"""Lookup tables of English texts that are translated when read.

Module-level tables are built at import, before a translator is installed; this table
keeps the English (marked with ``QT_TRANSLATE_NOOP(context, ...)`` so lupdate extracts
it) and translates on every lookup, so the language installed when the text is shown
counts.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, Mapping, ValuesView
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

K = TypeVar("K")


class Translated(Mapping[K, str]):
    """``{key: English text}`` read back in the installed language; ``context`` is the
    one the texts were marked with."""

    def __init__(self, context: str, texts: Mapping[K, str]) -> None:
        self._context = context
        self._texts = dict(texts)

    def __getitem__(self, key: K) -> str:
        return QCoreApplication.translate(self._context, self._texts[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def items(self) -> ItemsView[K, str]:
        return ItemsView(self)

    def values(self) -> ValuesView[str]:
        return ValuesView(self)
