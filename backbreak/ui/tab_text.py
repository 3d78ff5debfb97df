"""Tab titles drawn whole: accents above capitals (the dots of "Ü") are not clipped.

Fusion draws a tab's title clipped to a text rectangle one line of the font high, and
shifts the tabs that aren't selected down by a few pixels inside it; a capital's
accent rises above the font's ascent, so "Übungen" lost its dots whenever another tab
was selected. The tab's title rectangle is made taller, around the same centre, so the
text stays where the style puts it and its accents fit.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QTabWidget, QWidget

ACCENT_ROOM = 4
"""Pixels added above and below a tab title's rectangle; more than any accent needs."""


class WholeTabTitles(QProxyStyle):
    """The application's style, with tab title rectangles tall enough for accents."""

    def subElementRect(
        self,
        element: QStyle.SubElement,
        option: QStyleOption,
        /,
        widget: QWidget | None = None,
    ) -> QRect:
        rect = self.baseStyle().subElementRect(element, option, widget)
        if element == QStyle.SubElement.SE_TabBarTabText:
            rect = rect.adjusted(0, -ACCENT_ROOM, 0, ACCENT_ROOM)
        return rect


def keep_tab_titles_whole(tabs: QTabWidget) -> WholeTabTitles:
    """Give ``tabs``' tab bar the style above; keep the returned style alive as long as
    ``tabs`` (a widget does not own a style set on it)."""
    style = WholeTabTitles()
    tabs.tabBar().setStyle(style)
    return style
