"""The packaging metadata agrees with itself and with the code.

Desktops find an app's icon, its notifications' owner and its store entry through one
reverse-DNS id; a single misspelt copy shows up as a generic icon, notifications that
can't be grouped, or a store page with no app behind it. These tests are fast (no
build): they read packaging/ and the source, and run the freedesktop validators when
they are installed (Debian packages desktop-file-utils and appstream).
"""

from __future__ import annotations

import ast
import configparser
import os
import plistlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backbreak import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
FLATPAK_FILE = PACKAGING / "flatpak" / f"{APP_ID}.yml"
HICOLOR = ROOT / "assets" / "icons" / "hicolor"
ID_PATTERN = re.compile(r"io\.github\.backbreak\.[A-Za-z0-9_-]+", re.IGNORECASE)


def packaging_files() -> list[Path]:
    """Files under packaging/, leaving out the build output in packaging/out/."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(PACKAGING):
        if Path(folder) == PACKAGING:
            dirs[:] = [d for d in dirs if d != "out"]
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        found += [Path(folder) / name for name in files]
    return sorted(found)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def spec_list(name: str) -> list[str]:
    """A list literal assigned at the top of packaging/backbreak.spec."""
    tree = ast.parse((PACKAGING / "backbreak.spec").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(v) for v in value]
    raise AssertionError(f"{name} not found in backbreak.spec")


def test_desktop_file_is_named_and_iconed_by_the_app_id() -> None:
    """The shell matches windows and notifications to this file by its name."""
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "backbreak"


def test_metainfo_names_the_same_app() -> None:
    """Software centres join the metainfo to the desktop file and icon by id."""
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert root.findtext("icon[@type='stock']") == APP_ID
    assert root.findtext("provides/binary") == "backbreak"


def test_metainfo_lists_the_current_release() -> None:
    """A release bump that forgets the metainfo ships a store page with the old version."""
    root = ET.parse(METAINFO_FILE).getroot()
    versions = [r.get("version") for r in root.iterfind("releases/release")]
    assert __version__ in versions


def test_flatpak_manifest_has_the_id_and_the_bus_names_the_app_talks_to() -> None:
    """Without these permissions the sandboxed app has no tray, no clicks, no idle time."""
    text = FLATPAK_FILE.read_text("utf-8")
    assert re.findall(r"^id: (\S+)$", text, re.MULTILINE) == [APP_ID]
    for arg in (
        "--talk-name=org.kde.StatusNotifierWatcher",
        "--talk-name=org.freedesktop.Notifications",
        "--system-talk-name=org.freedesktop.login1",
        "--talk-name=org.freedesktop.ScreenSaver",
        "--talk-name=org.gnome.Mutter.IdleMonitor",
        "--talk-name=org.gnome.ScreenSaver",
    ):
        assert f"- {arg}\n" in text, arg


def test_macos_plist_is_a_tray_only_app_with_the_app_id() -> None:
    """LSUIElement keeps a menu-bar-only app out of the Dock."""
    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        plist = plistlib.load(handle)
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["LSUIElement"] is True


def test_every_spelling_of_the_app_id_is_the_same() -> None:
    """One id everywhere: code, packaging files and asset names."""
    places = [*sorted((ROOT / "backbreak").rglob("*.py")), *packaging_files()]
    places += sorted((ROOT / "assets" / "icons").rglob("*"))
    seen: dict[str, set[str]] = {}
    for path in places:
        if not path.is_file():
            continue
        text = path.as_posix() + "\n"
        if path.suffix in {".py", ".spec", ".desktop", ".xml", ".yml", ".plist", ".in", ".md"}:
            text += path.read_text("utf-8", errors="replace")
        for found in ID_PATTERN.findall(text):
            ident = re.sub(r"(\.(desktop|metainfo|svg|png|yml|plist|xml|ico|icns))+$", "", found)
            seen.setdefault(ident, set()).add(str(path.relative_to(ROOT)))
    assert set(seen) == {APP_ID}, {k: sorted(v)[:3] for k, v in seen.items() if k != APP_ID}


def test_hicolor_icons_are_named_by_the_app_id() -> None:
    """Icon=<APP_ID> resolves only if every hicolor app icon carries that name."""
    if not HICOLOR.is_dir():
        pytest.skip("assets/icons/hicolor not rendered yet")
    icons = sorted(p for p in HICOLOR.rglob("*") if p.is_file())
    assert (HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for icon in icons:
        assert icon.parent.name == "apps", icon
        assert icon.name in {f"{APP_ID}.png", f"{APP_ID}.svg", f"{APP_ID}-symbolic.svg"}, icon
        size = icon.parent.parent.name
        assert size in {"scalable", "symbolic"} or re.fullmatch(r"\d+x\d+(@\d)?", size), icon


def test_desktop_integration_calls_pass_the_app_id() -> None:
    """setDesktopFileName and the notification hint must name the shipped desktop file."""
    for path in sorted((ROOT / "backbreak").rglob("*.py")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if "setDesktopFileName(" in line or '"desktop-entry"' in line:
                assert "APP_ID" in line, f"{path.relative_to(ROOT)}:{number}: {line.strip()}"


def test_bundle_keeps_every_qt_module_backbreak_imports() -> None:
    """A Qt module imported by the code but left out of the bundle fails only when frozen."""
    keep = set(spec_list("QT_KEEP"))
    drop = set(spec_list("QT_DROP"))
    imported: set[str] = set()
    for path in sorted((ROOT / "backbreak").rglob("*.py")):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text("utf-8")))
    assert imported <= keep, sorted(imported - keep)
    assert not keep & drop


@pytest.mark.parametrize(
    ("tool", "args", "path"),
    [
        ("desktop-file-validate", [], DESKTOP_FILE),
        ("appstreamcli", ["validate", "--no-net"], METAINFO_FILE),
    ],
)
def test_freedesktop_validators_accept_the_files(tool: str, args: list[str], path: Path) -> None:
    """The same checks distributions and Flathub run on submission."""
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not installed")
    proc = subprocess.run([tool, *args, str(path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
