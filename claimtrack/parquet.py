"""Parquet output: one flat row per claim, for pandas, polars or DuckDB (needs ``claimtrack[parquet]``).

>>> import claimtrack
>>> from claimtrack.parquet import to_parquet
>>> claims = claimtrack.extract("« Tout va bien », a affirmé le ministre.")
>>> to_parquet(claims, "/tmp/claims.parquet")  # doctest: +SKIP
1

The columns (:data:`COLUMNS`, documented in docs/corpus.md): the record's scalar fields, each span as
``<name>_text``/``_start``/``_end``, lists of texts for ``quotes`` and ``via``, lists of ids for ``denies`` and
``denied_by``, and ``meta`` as one JSON string (so that files of different corpora share one schema).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any

from .extras import require
from .records import Claim

#: (column, arrow type name) in file order; "list" is a list of strings
COLUMNS = (
    ("doc_id", "string"), ("id", "string"), ("lang", "string"), ("act", "string"), ("form", "string"),
    ("content_text", "string"), ("content_start", "int64"), ("content_end", "int64"),
    ("source_text", "string"), ("source_start", "int64"), ("source_end", "int64"),
    ("source_canonical", "string"), ("source_type", "string"),
    ("cue_text", "string"), ("cue_start", "int64"), ("cue_end", "int64"), ("cue_lemma", "string"),
    ("target_text", "string"), ("target_start", "int64"), ("target_end", "int64"),
    ("quotes", "list"), ("via", "list"), ("denies", "list"), ("denied_by", "list"),
    ("sentence", "int64"), ("confidence", "float64"), ("meta", "string"),
)
ROWS_PER_GROUP = 50_000


def schema() -> Any:
    """The ``pyarrow.Schema`` of claimtrack's Parquet files."""
    pa = require("pyarrow", "parquet", "Parquet output")
    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def row(c: Claim) -> dict[str, Any]:
    """The flat row of one claim."""
    out: dict[str, Any] = {"doc_id": c.doc_id, "id": c.id, "lang": c.lang, "act": c.act, "form": c.form}
    for name, span in (("content", c.content), ("source", c.source), ("cue", c.cue), ("target", c.target)):
        out[f"{name}_text"] = None if span is None else span.text
        out[f"{name}_start"] = None if span is None else span.start
        out[f"{name}_end"] = None if span is None else span.end
    out["source_canonical"] = None if c.source is None else c.source.canonical
    out["source_type"] = None if c.source is None else c.source.type
    out["cue_lemma"] = None if c.cue is None else c.cue.lemma
    out["quotes"] = [q.text for q in c.quotes]
    out["via"] = [v.text for v in c.via]
    out["denies"], out["denied_by"] = list(c.denies), list(c.denied_by)
    out["sentence"], out["confidence"] = c.sentence, c.confidence
    out["meta"] = json.dumps(c.meta, ensure_ascii=False, default=str) if c.meta else None
    return out


def _claims(items: Any) -> Iterable[Claim]:
    if isinstance(items, Claim):
        yield items
        return
    for x in items:
        if isinstance(x, Claim):
            yield x
        elif isinstance(x, Iterable) and not isinstance(x, (str, bytes, dict)):
            yield from _claims(x)
        else:
            raise TypeError(f"expected Claim records or Claims, got {type(x).__name__}")


class ParquetWriter:
    """Write claims to a Parquet file in row groups, in bounded memory; use as a context manager.

    >>> with ParquetWriter("/tmp/out.parquet") as w:  # doctest: +SKIP
    ...     for claims in claimtrack.extract_many(articles):
    ...         w.write(claims)
    """

    def __init__(self, path: str | os.PathLike, rows_per_group: int = ROWS_PER_GROUP):
        pq = require("pyarrow.parquet", "parquet", "Parquet output")
        self.schema = schema()
        self.writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")
        self.rows: list[dict[str, Any]] = []
        self.rows_per_group = rows_per_group
        self.count = 0

    def write(self, claims: Any) -> int:
        """Add the claims of ``claims`` (a Claims, a list of them or of Claim records); return how many."""
        n = 0
        for c in _claims(claims):
            self.rows.append(row(c))
            n += 1
        if len(self.rows) >= self.rows_per_group:
            self.flush()
        self.count += n
        return n

    def flush(self) -> None:
        if self.rows:
            pa = require("pyarrow", "parquet", "Parquet output")
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()

    def __enter__(self) -> ParquetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def to_parquet(claims: Any, path: str | os.PathLike) -> int:
    """Write ``claims`` (a Claims, a list of them, or Claim records) to a new Parquet file; return the number of
    rows. An empty input gives a file with the schema and no rows."""
    with ParquetWriter(path) as w:
        w.write(claims)
        return w.count
