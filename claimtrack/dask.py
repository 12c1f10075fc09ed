"""Extraction on a Dask ``distributed`` cluster, for corpora past one machine (``pip install "claimtrack[dask]"``).

>>> from distributed import Client  # doctest: +SKIP
>>> import claimtrack.dask
>>> client = Client("tcp://scheduler:8786")  # doctest: +SKIP
>>> for claims in claimtrack.dask.extract_many(articles, client=client):  # doctest: +SKIP
...     print(claims.doc_id, len(claims))

:func:`extract_many` has the contract of :func:`claimtrack.extract_many` (same records, input order, same
``errors``); :func:`extract_to` writes one JSONL or Parquet file per partition and skips the partitions already
written, so an interrupted run resumes. Each worker process builds its backend once (models are cached per
process). :func:`map_partitions` and :func:`get_client` are the generic engine, for other per-article work.
"""

from __future__ import annotations

import io
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .corpus import BatchSizer, check_arguments, decode_results, extract_batch, warn_skipped
from .extras import require
from .io import read_articles, write_jsonl
from .records import Claims

FORMATS = ("jsonl", "parquet")


def get_client(client: Any = None) -> Any:
    """``client`` when given, else the current ``distributed`` client (the last one created, or the one of
    the task this runs in); ``ValueError`` saying how to get one when there is none."""
    if client is not None:
        return client
    distributed = require("distributed", "dask", "claimtrack.dask")
    try:
        return distributed.get_client()
    except ValueError:
        raise ValueError("no Dask client: create one first (distributed.Client('tcp://SCHEDULER:8786'), or "
                         "distributed.Client(distributed.LocalCluster()) on this machine) or pass client=")\
            from None


def workers(client: Any) -> int:
    """How many workers the cluster has now (at least 1)."""
    try:
        return max(1, len(client.scheduler_info().get("workers", {})))
    except Exception:  # an unusual client object: plan for one worker
        return 1


def map_partitions(func: Callable[..., Any], partitions: Iterable[Any], client: Any = None,
                   window: int | None = None, **kwargs: Any) -> Iterator[Any]:
    """``func(partition, **kwargs)`` on the cluster for each partition, results yielded in partition order.

    ``partitions`` is read lazily and at most ``window`` (default 2 per worker) tasks are in flight, so a
    corpus of any size runs in bounded memory; a task's error is raised when its turn comes, and the tasks
    still in flight are cancelled when the caller stops early.

    >>> list(map_partitions(sum, [[1, 2], [3]], client))  # doctest: +SKIP
    [3, 3]
    """
    client = get_client(client)
    window = window or 2 * workers(client)
    pending: deque = deque()
    try:
        for part in partitions:
            pending.append(client.submit(func, part, pure=False, **kwargs))
            while len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def _extract_partition(batch: list[tuple[int, Any]], opts: tuple) -> tuple[bytes, BaseException | None, int, float]:
    t0 = time.perf_counter()
    payload, exc = extract_batch(batch, opts)
    return payload, exc, len(batch), time.perf_counter() - t0


def _partitions(articles: Iterable[Any], sizer: BatchSizer) -> Iterator[list[tuple[int, Any]]]:
    batch: list[tuple[int, Any]] = []
    size = sizer.next()
    for item in enumerate(articles):
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
            size = sizer.next()
    if batch:
        yield batch


def extract_many(articles: Iterable[Any], client: Any = None, lang: str | None = None, backend: str = "auto",
                 errors: str = "raise", partition_size: int | None = None, **backend_options: Any) -> Iterator[Claims]:
    """:func:`claimtrack.extract_many` on a cluster: one :class:`Claims` per article, in input order.

    ``client`` is a ``distributed.Client`` (default: the current one). Partitions of ``partition_size``
    articles (default adaptive: small first, then about half a second of a worker's work) go to the workers;
    arguments are checked when called, before any article is read."""
    check_arguments(articles, lang, backend, errors, backend_options)
    if partition_size is not None and (isinstance(partition_size, bool) or not isinstance(partition_size, int)
                                       or partition_size < 1):
        raise ValueError(f"partition_size must be None or an int >= 1, not {partition_size!r}")
    client = get_client(client)
    return _run(articles, client, (lang, backend, errors, backend_options), partition_size)


def _run(articles: Iterable[Any], client: Any, opts: tuple, partition_size: int | None) -> Iterator[Claims]:
    sizer = BatchSizer(workers(client), partition_size, target=0.5)
    index = 0
    for payload, exc, n, seconds in map_partitions(_extract_partition, _partitions(articles, sizer), client,
                                                   opts=opts):
        sizer.observe(n, seconds)
        for claims in decode_results(payload):
            warn_skipped(claims, index)
            index += 1
            yield claims
        if exc is not None:
            raise exc


# --- partitioned output -------------------------------------------------------------------------------------


def _write_partition(part: Any, dest: str, fmt: str, opts: tuple) -> dict[str, int]:
    """Extract one partition (a list of (index, article), or a path read here, on the worker) and write
    ``dest`` atomically; return its counts."""
    if isinstance(part, str):
        part = list(enumerate(read_articles(part)))
    payload, exc = extract_batch(part, opts)
    if exc is not None:
        raise exc
    results = decode_results(payload)
    tmp = f"{dest}.{os.getpid()}.tmp"
    if fmt == "parquet":
        from .parquet import to_parquet

        to_parquet(results, tmp)
    else:
        buf = io.StringIO()
        for claims in results:
            write_jsonl(claims, buf)
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(buf.getvalue())
            fh.flush()
            os.fsync(fh.fileno())
    os.replace(tmp, dest)
    return {"articles": len(results), "claims": sum(len(c) for c in results),
            "failed": sum(c.error is not None for c in results)}


def _inputs(articles_or_paths: Any, partition_size: int) -> Iterator[Any]:
    """Partitions: one per file for a folder or a list of ``Path``s (read on the workers: they must see the
    same file system), else lists of ``partition_size`` (index, article)."""
    if isinstance(articles_or_paths, (str, os.PathLike)):
        root = Path(articles_or_paths)
        if not root.is_dir():
            raise ValueError(f"{root} is not a folder; pass a folder of *.jsonl / *.txt files, a list of Paths, "
                             "or an iterable of articles")
        articles_or_paths = sorted(p for p in root.iterdir() if p.suffix in (".jsonl", ".txt") and p.is_file())
    batch: list[tuple[int, Any]] = []
    index = 0
    for item in articles_or_paths:
        if isinstance(item, os.PathLike):
            if batch:
                raise TypeError("extract_to takes articles or paths, not both")
            yield os.fspath(item)
            continue
        batch.append((index, item))
        index += 1
        if len(batch) >= partition_size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_to(articles_or_paths: Any, out_dir: str | os.PathLike, client: Any = None, format: str = "jsonl",
               partition_size: int = 1000, lang: str | None = None, backend: str = "auto", errors: str = "skip",
               **backend_options: Any) -> dict[str, int]:
    """Extract a corpus on the cluster into ``out_dir/part-00000.jsonl`` (or ``.parquet``), one file per
    partition, written atomically by the workers (``out_dir`` must be on a file system they share).

    ``articles_or_paths``: an iterable of articles (partitions of ``partition_size`` in input order), a folder
    or a list of ``pathlib.Path`` (one partition per ``*.jsonl`` / ``*.txt`` file). A partition whose file
    exists is skipped, so running the same call again after an interruption does only what is left (give the
    same input in the same order). ``errors="skip"`` (default) keeps going past a bad article; records are
    those of :func:`claimtrack.extract_many`. Returns counts: partitions, written, already_done, articles,
    claims, failed (of the partitions written now)."""
    if format not in FORMATS:
        raise ValueError(f"format must be 'jsonl' or 'parquet', not {format!r}")
    if format == "parquet":
        require("pyarrow", "parquet", "Parquet output")
    if isinstance(partition_size, bool) or not isinstance(partition_size, int) or partition_size < 1:
        raise ValueError(f"partition_size must be an int >= 1, not {partition_size!r}")
    check_arguments([], lang, backend, errors, backend_options)
    client = get_client(client)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    opts = (lang, backend, errors, backend_options)
    counts = {"partitions": 0, "written": 0, "already_done": 0, "articles": 0, "claims": 0, "failed": 0}

    def todo() -> Iterator[tuple[Any, str]]:
        for i, part in enumerate(_inputs(articles_or_paths, partition_size)):
            counts["partitions"] += 1
            dest = out / f"part-{i:05d}.{format}"
            if dest.exists():
                counts["already_done"] += 1
                continue
            yield part, str(dest)

    for done in map_partitions(_write_todo, todo(), client, fmt=format, opts=opts):
        counts["written"] += 1
        for k in ("articles", "claims", "failed"):
            counts[k] += done[k]
    return counts


def _write_todo(item: tuple[Any, str], fmt: str, opts: tuple) -> dict[str, int]:
    part, dest = item
    return _write_partition(part, dest, fmt, opts)
