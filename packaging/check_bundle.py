"""Build backbreak's PyInstaller bundle, run it, weigh it, and validate the Linux metadata.

usage: python3 packaging/check_bundle.py [--no-build] [--max-mb 120]

Steps (each prints PASS/FAIL; the exit status is 1 if any failed):
  build        packaging/build.sh (a venv of its own under packaging/out/; several
               minutes the first time): skipped with --no-build
  --version    the bundle prints "backbreak <version>"
  catalog      `catalog --json` from the bundle, run from an empty folder with empty
               config dirs, lists every exercise of assets/catalog.json: the catalog
               is found inside the bundle
  starts       the bundle with no command on Qt's offscreen platform is still running
               after a few seconds (the tray app: Qt's plugins and libraries load)
  memory       (Linux) the tray app from the bundle and from the build venv
               (`python -m backbreak`), side by side: seconds until its control socket
               answers, PSS and RSS then and after IDLE_SECONDS more (figures, no target)
  size         the unpacked bundle is at most --max-mb MB (MiB)
  wheel        the wheel build.sh installed carries the assets (backbreak/assets/), as
               `pip install .` users need: the bundle itself takes them from the tree
  desktop file desktop-file-validate (Debian package desktop-file-utils)
  metainfo     appstreamcli validate --no-net (Debian package appstream)

Not part of the default CI run (it takes minutes and downloads PyInstaller).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "io.github.backbreak.Backbreak"
BUNDLE_DIR = HERE / "out" / "dist" / "backbreak"
BUNDLE_EXE = BUNDLE_DIR / ("backbreak.exe" if sys.platform == "win32" else "backbreak")
DESKTOP_FILE = HERE / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = HERE / "linux" / f"{APP_ID}.metainfo.xml"
START_SECONDS = 5.0
IDLE_SECONDS = 10.0
VENV_PYTHON = HERE / "out" / "venv" / "bin" / "python"


@dataclass
class Result:
    step: str
    ok: bool
    detail: str


def project_version() -> str:
    """backbreak.__version__, read from the source without importing the package."""
    text = (ROOT / "backbreak" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("check_bundle: no __version__ in backbreak/__init__.py")
    return match.group(1)


def isolated_env(home: Path) -> dict[str, str]:
    """The caller's environment with empty, private user folders and no source tree."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "BACKBREAK_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        BACKBREAK_CONFIG_DIR=str(home / "bb-config"),
        BACKBREAK_DATA_DIR=str(home / "bb-data"),
    )
    return env


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def step_build() -> Result:
    started = time.monotonic()
    proc = subprocess.run(["bash", str(HERE / "build.sh")], cwd=ROOT)
    took = time.monotonic() - started
    ok = proc.returncode == 0 and BUNDLE_EXE.is_file()
    return Result("build", ok, f"build.sh exit {proc.returncode} in {took:.0f} s")


def step_version(work: Path, env: dict[str, str]) -> Result:
    code, out, err = run([str(BUNDLE_EXE), "--version"], work, env)
    want = f"backbreak {project_version()}"
    ok = code == 0 and out.strip() == want
    return Result("--version", ok, out.strip() or err.strip()[-300:])


def step_catalog(work: Path, env: dict[str, str]) -> Result:
    code, out, err = run([str(BUNDLE_EXE), "catalog", "--json"], work, env)
    if code != 0:
        return Result("catalog --json", False, f"exit {code}: {err.strip()[-400:]}")
    try:
        listed = [item["id"] for item in json.loads(out)]
    except (ValueError, KeyError, TypeError) as exc:
        return Result("catalog --json", False, f"not the documented JSON: {exc}")
    source = json.loads((ROOT / "assets" / "catalog.json").read_text("utf-8"))
    expected = [item["id"] for item in source["exercises"]]
    inside = BUNDLE_DIR / "_internal" / "assets" / "catalog.json"
    ok = listed == expected and inside.is_file()
    where = "inside the bundle" if inside.is_file() else "NOT inside the bundle"
    return Result("catalog --json", ok, f"{len(listed)} of {len(expected)} exercises; {where}")


def step_starts(work: Path, env: dict[str, str]) -> Result:
    """No command = the tray app; on the offscreen platform it should just keep running."""
    env = dict(env, QT_QPA_PLATFORM="offscreen")
    with subprocess.Popen(
        [str(BUNDLE_EXE)],
        cwd=work,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            out, err = proc.communicate(timeout=START_SECONDS)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.communicate(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
            return Result("starts", True, f"still running after {START_SECONDS:.0f} s")
    if proc.returncode == 0 and "usage:" in out:
        return Result("starts", True, "no tray app in this build yet (printed the help)")
    tail = (err or out).strip().splitlines()[-3:]
    return Result("starts", False, f"exit {proc.returncode}: {' | '.join(tail)}")


def memory_mb(pid: int) -> str:
    """PSS and RSS, from /proc/PID/smaps_rollup. PSS splits shared pages among the
    processes that map them, so a run whose Qt libraries other processes also map (a
    shared venv) shows less PSS than one whose copies nobody else maps (the bundle, a
    fresh venv); RSS doesn't depend on the neighbours."""
    fields: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        name, _, value = line.partition(":")
        if value.strip().endswith("kB"):
            fields[name] = int(value.split()[0])
    return f"PSS {fields.get('Pss', 0) / 1024:.1f} MB (RSS {fields.get('Rss', 0) / 1024:.1f} MB)"


def measure_app(command: list[str], work: Path, env: dict[str, str]) -> str:
    """Start the tray app (offscreen), time it until ``status`` answers, read its PSS
    then and IDLE_SECONDS later, quit it; one line of figures."""
    work.mkdir(parents=True, exist_ok=True)
    env = dict(env, QT_QPA_PLATFORM="offscreen", BACKBREAK_RUNTIME_DIR=str(work / "run"))
    started = time.monotonic()
    proc = subprocess.Popen(
        command, cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while time.monotonic() - started < 30:
            probe = subprocess.run([*command, "status"], cwd=work, env=env, capture_output=True)
            if probe.returncode == 0:
                break
            if proc.poll() is not None:
                return f"exited with {proc.returncode}"
        up = time.monotonic() - started
        at_start = memory_mb(proc.pid)
        time.sleep(IDLE_SECONDS)
        idle = memory_mb(proc.pid)
    finally:
        subprocess.run([*command, "quit"], cwd=work, env=env, capture_output=True)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return f"up in {up:.1f} s; at start {at_start}; idle {idle}"


def step_memory(work: Path, env: dict[str, str]) -> Result:
    if not sys.platform.startswith("linux"):
        return Result("memory", True, "skipped (reads /proc)")
    bundle = measure_app([str(BUNDLE_EXE)], work / "bundle", env)
    venv = "no build venv"
    if VENV_PYTHON.is_file():
        venv = measure_app([str(VENV_PYTHON), "-m", "backbreak"], work / "venv", env)
    return Result("memory", True, f"bundle: {bundle}; venv: {venv}")


def step_wheel() -> Result:
    """The non-editable install in packaging/out/venv must carry backbreak/assets/."""
    found = sorted((HERE / "out" / "venv").glob("lib*/python*/site-packages/backbreak"))
    if not found:
        return Result("wheel", False, "no backbreak installed in packaging/out/venv")
    catalog = found[0] / "assets" / "catalog.json"
    detail = (
        "carries backbreak/assets/"
        if catalog.is_file()
        else ("has no backbreak/assets/catalog.json: `pip install .` users get no catalog")
    )
    return Result("wheel", catalog.is_file(), detail)


def bundle_bytes() -> int:
    return sum(
        p.lstat().st_size for p in BUNDLE_DIR.rglob("*") if p.is_file() and not p.is_symlink()
    )


def step_size(max_mb: float) -> tuple[Result, list[str]]:
    size_mb = bundle_bytes() / 2**20
    files = [p for p in BUNDLE_DIR.rglob("*") if p.is_file() and not p.is_symlink()]
    files.sort(key=lambda p: p.lstat().st_size, reverse=True)
    biggest = [
        f"{p.lstat().st_size / 2**20:6.1f} MB  {p.relative_to(BUNDLE_DIR)}" for p in files[:12]
    ]
    return Result("size", size_mb <= max_mb, f"{size_mb:.1f} MB (target <= {max_mb:g})"), biggest


def step_validator(name: str, cmd: list[str], package: str) -> Result:
    if shutil.which(cmd[0]) is None:
        return Result(name, False, f"{cmd[0]} not found: apt-get install {package}")
    code, out, err = run(cmd, ROOT)
    lines = [line for line in (out + err).splitlines() if line.strip()]
    return Result(name, code == 0, " | ".join(lines[-4:]) or "no remarks")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="check the existing bundle")
    parser.add_argument("--max-mb", type=float, default=120.0, help="size target in MiB")
    args = parser.parse_args(argv)

    results: list[Result] = []
    if not args.no_build:
        results.append(step_build())
    biggest: list[str] = []
    if BUNDLE_EXE.is_file():
        with tempfile.TemporaryDirectory(prefix="bb-bundle-check-") as tmp:
            work = Path(tmp)
            env = isolated_env(work / "home")
            results.append(step_version(work, env))
            results.append(step_catalog(work, env))
            results.append(step_starts(work, env))
            results.append(step_memory(work, env))
        size, biggest = step_size(args.max_mb)
        results.append(size)
    else:
        results.append(Result("bundle", False, f"{BUNDLE_EXE} missing: run packaging/build.sh"))
    results.append(step_wheel())
    results.append(
        step_validator(
            "desktop file", ["desktop-file-validate", str(DESKTOP_FILE)], "desktop-file-utils"
        )
    )
    results.append(
        step_validator(
            "metainfo", ["appstreamcli", "validate", "--no-net", str(METAINFO_FILE)], "appstream"
        )
    )

    width = max(len(r.step) for r in results)
    for r in results:
        print(f"{'PASS' if r.ok else 'FAIL'}  {r.step:<{width}}  {r.detail}")
    if biggest:
        print("\nbiggest files in the bundle:")
        print("\n".join(biggest))
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
