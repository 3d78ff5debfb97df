"""The wheel that `pip install .` and `pipx install .` build carries the whole app.

Built from a copy of the tree with the build backend in this environment (no build
isolation, no network: a few seconds), then compared file by file with the tree: every
module, every asset (catalog, icons, illustrations, sounds), the typing marker and the
``backbreak`` command, and nothing from tests/ or packaging/. The wheel's requirements
name PySide6-Essentials and never the 440 MB Addons.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIP_DIRS = {".git", ".venv", "tests", "packaging", "build", "dist", "__pycache__"}


def can_build_wheels() -> bool:
    """setuptools >= 70.1 builds wheels itself; older ones need the ``wheel`` package."""
    probe = "import setuptools.command.bdist_wheel"
    if subprocess.run([sys.executable, "-c", probe], capture_output=True).returncode == 0:
        return True
    return (
        subprocess.run([sys.executable, "-c", "import wheel"], capture_output=True).returncode == 0
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    if not can_build_wheels():
        pytest.skip("needs setuptools>=70.1 or the wheel package (pip install '.[test]')")
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    shutil.copytree(
        ROOT,
        source,
        ignore=lambda folder, names: [
            n for n in names if n in SKIP_DIRS or n.endswith(".egg-info") or n.startswith(".")
        ],
    )
    out = work / "out"
    build = (
        "import sys; from setuptools import build_meta; print(build_meta.build_wheel(sys.argv[1]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", build, str(out)],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    name = result.stdout.strip().splitlines()[-1]
    return zipfile.ZipFile(out / name)


def expected_files() -> set[str]:
    files = {
        str(p.relative_to(ROOT))
        for p in (ROOT / "backbreak").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    files |= {
        "backbreak/assets/" + str(p.relative_to(ROOT / "assets"))
        for p in (ROOT / "assets").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    return files


def test_wheel_holds_every_module_and_asset_of_the_tree(wheel: zipfile.ZipFile) -> None:
    inside = {n for n in wheel.namelist() if ".dist-info/" not in n}
    assert inside == expected_files()
    sounds = {n for n in inside if n.startswith("backbreak/assets/sounds/")}
    assert len(sounds) == 7 and all(n.endswith(".wav") for n in sounds)


def test_wheel_installs_the_command_and_asks_only_for_essentials(wheel: zipfile.ZipFile) -> None:
    meta_name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    meta = Parser().parsestr(wheel.read(meta_name).decode())
    requires = meta.get_all("Requires-Dist") or []
    assert any(r.startswith("PySide6-Essentials") for r in requires), requires
    assert not any(
        r.split()[0].split(";")[0].lower().startswith("pyside6-addons") for r in requires
    )
    assert not any(r.lower().startswith("pyside6 ") or r.lower() == "pyside6" for r in requires)
    points = next(n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt"))
    assert "backbreak = backbreak.cli:main" in wheel.read(points).decode()


def test_installed_wheel_runs_from_any_folder(wheel: zipfile.ZipFile, tmp_path: Path) -> None:
    """Unpacked alone on the path (its dependencies from this environment), run from an
    empty folder: ``--version`` and ``catalog --json`` answer from the wheel's files."""
    site = tmp_path / "site"
    wheel.extractall(site)
    env = dict(os.environ, PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen")
    for args, want in ((["--version"], "backbreak "), (["catalog", "--json"], '"cat-camel"')):
        code = (
            "import sys, backbreak, backbreak.cli\n"
            f"assert backbreak.__file__.startswith({str(site)!r}), backbreak.__file__\n"
            f"sys.exit(backbreak.cli.main({args!r}))"
        )
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert want in result.stdout
