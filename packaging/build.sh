#!/usr/bin/env bash
# build.sh - build backbreak's PyInstaller onedir bundle.
#
# usage: packaging/build.sh [--clean]
#   --clean   start over: remove packaging/out/ (venv, build and dist) first
#
# Everything goes under packaging/out/ (gitignored):
#   out/venv/        a venv of its own with the project (a normal, non-editable
#                    install, so backbreak.assets is a real package) and PyInstaller
#   out/src/         the copy of the source tree that gets installed (so the build
#                    leaves no build/ or *.egg-info in the work tree)
#   out/build/       PyInstaller's work folder
#   out/dist/backbreak/   the bundle: run out/dist/backbreak/backbreak
# PYTHON (default: python3) is the interpreter the venv is made from; the bundle
# carries that Python, so build with the oldest one you support.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
OUT="$HERE/out"
PYTHON="${PYTHON:-python3}"
PYINSTALLER_REQ="pyinstaller>=6.10,<7"

if [ "${1:-}" = "--clean" ]; then rm -rf "$OUT"; shift; fi
[ $# -eq 0 ] || { echo "build.sh: unknown argument $1 (see the header of $0)" >&2; exit 2; }
mkdir -p "$OUT"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_PROGRESS_BAR=off

if [ ! -x "$OUT/venv/bin/python" ]; then
  echo "build: making $OUT/venv with $("$PYTHON" --version)"
  "$PYTHON" -m venv "$OUT/venv"
fi
VPY="$OUT/venv/bin/python"

echo "build: copying the source tree to $OUT/src"
rm -rf "$OUT/src"; mkdir -p "$OUT/src"
tar -C "$ROOT" -cf - \
  --exclude=./.git --exclude=./.venv --exclude=./packaging/out --exclude=./build \
  --exclude=./dist --exclude='*.egg-info' --exclude=__pycache__ --exclude=.mypy_cache \
  --exclude=.ruff_cache --exclude=.pytest_cache --exclude=.hypothesis --exclude=./tests \
  . | tar -C "$OUT/src" -xf -

echo "build: installing backbreak and $PYINSTALLER_REQ"
"$VPY" -m pip install -q "$OUT/src" "$PYINSTALLER_REQ"
# pip skips a same-version reinstall of a local folder on some versions: force it,
# so the bundle always holds the tree as it is now.
"$VPY" -m pip install -q --no-deps --force-reinstall "$OUT/src"

echo "build: running PyInstaller"
"$OUT/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/build" "$HERE/backbreak.spec"

echo "build: done: $OUT/dist/backbreak/backbreak ($(du -sh "$OUT/dist/backbreak" | cut -f1))"
