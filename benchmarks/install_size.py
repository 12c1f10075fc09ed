"""Disk size of a fresh venv with claimtrack installed: bare (`pip install .`) and full (CPU torch, then
`pip install ".[all]"`), and whether torch came in.

usage: python benchmarks/install_size.py [--keep DIR]

Each venv is built from scratch in a temporary folder (or DIR) from this checkout; sizes by `du -sk`.
The full install takes torch==2.13.0 first, as the README says (on plain PyPI, take it from PyTorch's CPU index).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build(where: str, steps: list[list[str]]) -> tuple[float, list[str]]:
    """Make a venv at ``where``, run each pip step in it; return (MB on disk, installed package names)."""
    subprocess.run([sys.executable, "-m", "venv", where], check=True)
    py = os.path.join(where, "bin", "python")
    for step in steps:
        subprocess.run([py, "-m", "pip", "install", "-q", *step], check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
    listed = subprocess.run([py, "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True).stdout
    kb = int(subprocess.run(["du", "-sk", where], capture_output=True, text=True).stdout.split()[0])
    return kb / 1024, [line.split("==")[0].lower() for line in listed.split()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", help="build the venvs here and keep them")
    args = ap.parse_args()
    base = args.keep or tempfile.mkdtemp(prefix="claimtrack-size-")
    for name, steps in (("bare", [["."]]), ("full", [["torch==2.13.0"], [".[all]"]])):
        mb, pkgs = build(os.path.join(base, name), steps)
        heavy = [p for p in ("torch", "stanza", "spacy", "pandas", "numpy", "dask", "pyarrow") if p in pkgs]
        print(f"{name}: {mb:,.0f} MB, {len(pkgs)} packages; heavy: {', '.join(heavy) or 'none'}")


if __name__ == "__main__":
    main()
