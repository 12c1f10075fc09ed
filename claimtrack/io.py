"""JSONL reading and writing of claim records, through ``jsonlines``."""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from typing import IO, Any

import jsonlines

from .records import Claim, Claims
from .tracking.records import Track

PathOrFile = str | os.PathLike | IO[str]


class JSONLError(ValueError):
    """A line of a JSONL file could not be read; the message names the file and the line."""


def write_jsonl(claims: Iterable[Claim | Track], dest: PathOrFile, *, mode: str = "w") -> int:
    """Write one claim (or one track) per line to a path or an open text file; return the number of lines."""
    n = 0
    if isinstance(dest, (str, os.PathLike)):
        with open(dest, mode, encoding="utf-8", newline="\n") as fh:
            return write_jsonl(claims, fh)
    writer = jsonlines.Writer(dest, compact=True, flush=True, dumps=_dumps)
    for c in claims:
        if not isinstance(c, (Claim, Track)):
            raise TypeError(f"expected Claim or Track records, got {type(c).__name__}")
        writer.write(c.to_dict())
        n += 1
    return n


def _dumps(obj: Any) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def iter_jsonl(src: PathOrFile) -> Iterable[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-empty line; ``JSONLError`` naming file and line otherwise."""
    name = str(src) if isinstance(src, (str, os.PathLike)) else getattr(src, "name", "<stream>")
    if isinstance(src, (str, os.PathLike)):
        with open(src, encoding="utf-8-sig", newline="") as fh:
            yield from iter_jsonl(_Named(fh, name))
        return
    for lineno, line in enumerate(src, 1):
        if not line.strip():
            continue
        try:
            obj = jsonlines.Reader(io.StringIO(line)).read(type=dict)
        except (jsonlines.InvalidLineError, EOFError) as exc:
            raise JSONLError(f"{name}, line {lineno}: not a JSON object ({exc.__class__.__name__}: "
                             f"{str(exc).splitlines()[0]})") from None
        yield lineno, obj


class _Named:
    def __init__(self, fh, name):
        self.fh = fh
        self.name = name

    def __iter__(self):
        return iter(self.fh)


def read_jsonl(src: PathOrFile) -> Claims:
    """Read claim records written by :func:`write_jsonl` (path or open text file)."""
    name = str(src) if isinstance(src, (str, os.PathLike)) else getattr(src, "name", "<stream>")
    out = Claims()
    for lineno, obj in iter_jsonl(src):
        try:
            out.append(Claim.from_dict(obj))
        except (KeyError, TypeError, ValueError) as exc:
            raise JSONLError(f"{name}, line {lineno}: not a claim record ({exc.__class__.__name__}: {exc})") \
                from None
    if out:
        out.doc_id = out[0].doc_id
        out.lang = out[0].lang
    return out
