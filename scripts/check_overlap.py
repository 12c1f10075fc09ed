"""Check that no text from ``../shared`` (gold sets, corpus) was copied into the repository.

The project's tests, examples and docs use sentences written for it; gold and corpus text is read at run
time only. This script lists every run of N words (default 7) shared by a tracked text file and a text of
``../shared/eval/*.jsonl`` or ``../shared/corpus/``, and exits 1 when there is one.

    python scripts/check_overlap.py                 # ../shared beside the repository
    python scripts/check_overlap.py --shared /path/to/shared --words 8
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

WORD = re.compile(r"\w+", re.UNICODE)
REPO = Path(__file__).resolve().parent.parent


def ngrams(text: str, n: int) -> Iterator[tuple[str, ...]]:
    """Runs of ``n`` lower-cased words: ``ngrams("A b c", 2)`` gives ``("a", "b"), ("b", "c")``."""
    words = [w.lower() for w in WORD.findall(text)]
    for i in range(len(words) - n + 1):
        yield tuple(words[i : i + n])


def shared_texts(shared: Path) -> Iterator[tuple[str, str]]:
    """(origin, text) for every document text in the gold files and every corpus file."""
    for path in sorted((shared / "eval").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    yield f"{path.name}:{number}", json.loads(line).get("text", "")
    for path in sorted((shared / "corpus").rglob("*")):
        if path.is_file():
            yield str(path.relative_to(shared)), path.read_text(encoding="utf-8", errors="replace")


def tracked_texts() -> Iterator[tuple[str, str]]:
    """(path, text) of every tracked file that reads as UTF-8 text."""
    names = subprocess.run(["git", "ls-files"], cwd=REPO, check=True, capture_output=True, text=True).stdout
    for name in names.splitlines():
        try:
            yield name, (REPO / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue  # binary (a model file) or a submodule


def overlaps(shared: Iterable[tuple[str, str]], tracked: Iterable[tuple[str, str]], n: int) -> list[str]:
    """One line per tracked file sharing an n-gram with a shared text."""
    index: dict[tuple[str, ...], str] = {}
    for origin, text in shared:
        for gram in ngrams(text, n):
            index.setdefault(gram, origin)
    found = []
    for name, text in tracked:
        for gram in ngrams(text, n):
            if gram in index:
                found.append(f"{name}: {' '.join(gram)!r} (from {index[gram]})")
                break
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--words", type=int, default=7)
    args = parser.parse_args(argv)
    if not (args.shared / "eval").is_dir():
        print(f"no gold folder under {args.shared}: nothing to check", file=sys.stderr)
        return 0
    found = overlaps(shared_texts(args.shared), tracked_texts(), args.words)
    for line in found:
        print(line)
    print(f"{len(found)} tracked file(s) share a run of {args.words} words with ../shared", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
