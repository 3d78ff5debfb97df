"""What `pip install .` puts on a user's machine: every package, and every data file.

The top-level assets/ folder is installed as `backbreak.assets` through an explicit
package list in pyproject.toml; a new subpackage or a new kind of asset that the list
forgets would work from a checkout and break for everyone who installs the app.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
tomllib = pytest.importorskip("tomllib")


def pyproject() -> dict[str, object]:
    return dict(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8")))


def test_package_list_matches_the_tree() -> None:
    setuptools = pyproject()["tool"]["setuptools"]  # type: ignore[index]
    listed = set(setuptools["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "backbreak").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert listed == on_disk | {"backbreak.assets"}


def test_every_asset_file_is_package_data() -> None:
    """Each file under assets/ has an ending the package-data globs install."""
    patterns = pyproject()["tool"]["setuptools"]["package-data"]["backbreak.assets"]  # type: ignore[index]
    endings = {pattern.rsplit("*", 1)[-1] for pattern in patterns}
    for path in (ROOT / "assets").rglob("*"):
        if path.is_file() and path.name != "__init__.py" and "__pycache__" not in path.parts:
            assert path.suffix in endings, f"{path.relative_to(ROOT)} would not be installed"


def test_installed_app_finds_its_catalog_from_any_folder(tmp_path: Path) -> None:
    """Run from an unrelated folder, so only the installed package can answer."""
    result = subprocess.run(
        [sys.executable, "-m", "backbreak", "show", "cat-camel"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Cat-camel" in result.stdout
