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


CLAIM_KEYS = ("id", "act", "form", "content")  # what every claim record has


def read_jsonl(src: PathOrFile) -> Claims:
    """Read claim records written by :func:`write_jsonl` (path or open text file).

    A file of articles (``{"id", "text"}`` lines, the input of ``claimtrack extract``) is not one of claims:
    the error says so, naming what it found and what it expected."""
    name = str(src) if isinstance(src, (str, os.PathLike)) else getattr(src, "name", "<stream>")
    out = Claims()
    for lineno, obj in iter_jsonl(src):
        missing = [k for k in CLAIM_KEYS if k not in obj]
        if missing and "text" in obj:
            raise JSONLError(f"{name}, line {lineno}: this looks like an article ({_keys(obj)}), not a claim "
                             f"record (expected {', '.join(CLAIM_KEYS)}, ...): extract it first with "
                             f"`claimtrack extract {name}` or claimtrack.extract_many")
        try:
            out.append(Claim.from_dict(obj))
        except (KeyError, TypeError, ValueError) as exc:
            raise JSONLError(f"{name}, line {lineno}: not a claim record ({exc.__class__.__name__}: {exc}; found "
                             f"{_keys(obj)}, expected {', '.join(CLAIM_KEYS)}, ...)") from None
    if out:
        out.doc_id = out[0].doc_id
        out.lang = out[0].lang
    return out


def _keys(obj: dict[str, Any]) -> str:
    keys = list(obj)
    return "keys " + ", ".join(map(str, keys[:6])) + (", ..." if len(keys) > 6 else "")


def read_articles(path: str | os.PathLike) -> list[dict[str, Any]]:
    """The articles of a ``.jsonl`` file of ``{"id", "text", ...}`` objects (an article without id gets
    ``<file stem>:<line>``) or of a text file (one article, id = file stem); ``JSONLError`` on a bad line.

    >>> read_articles("examples/article-fr.txt")[0]["id"]  # doctest: +SKIP
    'article-fr'
    """
    p = os.fspath(path)
    stem = os.path.splitext(os.path.basename(p))[0]
    if not p.endswith(".jsonl"):
        with open(p, encoding="utf-8-sig", newline="") as fh:
            return [{"id": stem, "text": fh.read()}]
    out = []
    for lineno, obj in iter_jsonl(p):
        if not isinstance(obj.get("text"), str):
            raise JSONLError(f"{p}, line {lineno}: an article needs a string 'text' field (found {_keys(obj)})")
        art = {k: v for k, v in obj.items() if k not in ("id", "doc_id")}
        raw = obj.get("id", obj.get("doc_id"))
        art["id"] = f"{stem}:{lineno}" if raw is None else str(raw)
        out.append(art)
    return out
