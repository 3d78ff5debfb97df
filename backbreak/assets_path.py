"""Where backbreak's data files live, whether installed or run from a checkout."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def assets_dir() -> Path:
    """Return the folder holding catalog.json, icons/, illustrations/ and sounds/.

    An installed wheel carries it as the package `backbreak.assets`; a source
    checkout (or an editable install) has it at the top level beside `backbreak/`.
    """
    checkout = Path(__file__).resolve().parent.parent / "assets"
    if (checkout / "catalog.json").is_file():
        return checkout
    return Path(str(resources.files("backbreak.assets")))


def asset(*parts: str) -> Path:
    """Path of one data file, e.g. ``asset("icons", "tray-idle.svg")``."""
    return assets_dir().joinpath(*parts)
