"""About & safety names the sources and the safety rule."""

from __future__ import annotations

from typing import Any

from backbreak.ui.about import SAFETY, AboutDialog, about_html


def test_about_names_every_source_and_the_safety_rule(qtbot: Any, catalog: Any) -> None:
    html = about_html(catalog)
    assert "stop it and see a physiotherapist or doctor" in SAFETY
    for source in catalog.sources.values():
        assert source.title.replace("&", "&amp;") in html
    dialog = AboutDialog(catalog)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "About backbreak"
