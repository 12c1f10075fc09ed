"""Extraction over a corpus: :func:`extract_many` streams articles in, one :class:`Claims` per article out.

Articles are strings or dicts ``{"id": ..., "text": ..., <metadata>...}``; results come back in input order,
in this process or in worker processes (``n_process > 1``, started with the ``spawn`` method).
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import queue
import signal
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from .lexicon import LANGS
from .pipeline import extract
from .records import Claim, Claims, Cue, Source, Span

__all__ = ["extract_many"]

log = logging.getLogger("claimtrack")

ERRORS = ("raise", "skip")
RESERVED_KEYS = frozenset({"id", "doc_id", "text", "lang"})  # article fields that are not metadata


def extract_many(articles: Iterable[str | Mapping[str, Any]], lang: str | None = None, backend: str = "auto",
                 n_process: int = 1, batch_size: int = 64, errors: str = "raise",
                 **backend_options: Any) -> Iterator[Claims]:
    """Extract the claims of every article of ``articles``; yield one :class:`Claims` per article, in order.

    An article is a string, or a dict with ``"text"`` and an ``"id"`` (or ``"doc_id"``); its other fields
    except ``"lang"`` (date, url, outlet…) are copied into the ``meta`` of each of its records, and its own
    ``"lang"`` overrides ``lang``. ``doc_id`` of the records is the article's id turned into a string; a
    plain string, or a dict without id, gets its 0-based position in ``articles`` (``"0"``, ``"1"``…).
    An article without claims gives an empty ``Claims``.

    ``articles`` is consumed lazily and at most a few batches are in flight, so a corpus of any size runs in
    bounded memory. ``n_process > 1`` extracts in that many worker processes (``spawn`` start method:
    call it under ``if __name__ == "__main__":`` in a script), sending ``batch_size`` articles per task.

    ``errors="raise"`` re-raises the first failure (from a worker too); ``errors="skip"`` yields an empty
    ``Claims`` whose ``.error`` is ``"<ExceptionType>: <message>"`` and logs a warning on the
    ``"claimtrack"`` logger naming the article. ``backend`` and ``backend_options`` go to
    :func:`claimtrack.extract` unchanged.

    Arguments are checked when called: ``ValueError`` / ``TypeError`` before any article is read.
    """
    if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be an int >= 1, not {n_process!r}")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be an int >= 1, not {batch_size!r}")
    if errors not in ERRORS:
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    if isinstance(articles, (str, bytes, Mapping)):
        raise TypeError("articles must be an iterable of articles (str or dict), not a single "
                        f"{type(articles).__name__}; wrap it in a list")
    # checks lang, backend and the options the way every article will use them (and loads the lexicon)
    extract("", lang=lang, backend=backend, **backend_options)
    opts = (lang, backend, errors, backend_options)
    if n_process == 1:
        return _serial(articles, opts)
    return _parallel(articles, opts, n_process, batch_size)


# --- one article --------------------------------------------------------------------------------------------


def _article_id(article: Mapping[str, Any], index: int) -> str:
    raw = article.get("id")
    if raw is None:
        raw = article.get("doc_id")
    return str(index) if raw is None else str(raw)


def _one(index: int, article: Any, lang: str | None, backend: str, errors: str,
         options: Mapping[str, Any]) -> Claims:
    doc_id = str(index)
    text: Any = article
    meta: dict[str, Any] = {}
    try:
        if isinstance(article, Mapping):
            doc_id = _article_id(article, index)
            text = article.get("text")
            if article.get("lang") is not None:
                lang = article["lang"]
            meta = {k: v for k, v in article.items() if k not in RESERVED_KEYS}
        claims = extract(text, lang=lang, doc_id=doc_id, backend=backend, **options)
    except Exception as exc:
        if errors == "raise":
            if hasattr(exc, "add_note"):  # Python >= 3.11
                exc.add_note(f"in article {doc_id!r} (index {index})")
            raise
        return Claims(text=text if isinstance(text, str) else None, lang=lang, doc_id=doc_id,
                      error=f"{type(exc).__name__}: {exc}")
    if meta:
        claims[:] = [attrs.evolve(c, meta=dict(meta)) for c in claims]
    return claims


def _warn(claims: Claims, index: int) -> None:
    if claims.error is not None:
        log.warning("skipped article %s (index %d): %s", claims.doc_id, index, claims.error)


def _serial(articles: Iterable[Any], opts: tuple) -> Iterator[Claims]:
    for index, article in enumerate(articles):
        claims = _one(index, article, *opts)
        _warn(claims, index)
        yield claims


# --- worker processes ---------------------------------------------------------------------------------------

_WORKER_OPTS: tuple | None = None


_WARM_UP = {"fr": "« Nous restons », a déclaré la maire.", "en": '"We stay," the mayor said.'}


def _init_worker(opts: tuple) -> None:
    """Pool initializer: keep the options and build the backend once (lexicons, and the parser of a parse
    backend when the language is known); Ctrl-C is the parent's business."""
    global _WORKER_OPTS
    _WORKER_OPTS = opts
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    lang, backend, _, options = opts
    warm = {lang: _WARM_UP.get(lang, "")} if lang is not None else dict.fromkeys(LANGS, "")
    for code, text in warm.items():
        try:
            extract(text, lang=code, backend=backend, **options)
        except Exception:  # a failing backend is reported per article, never by a dying worker
            pass


def _work(batch: list[tuple[int, Any]]) -> tuple[list[tuple], BaseException | None]:
    """Extract a batch of (index, article): the encoded results, and the error that stopped it
    (``errors="raise"``), so that the articles before the failing one still reach the caller."""
    assert _WORKER_OPTS is not None, "worker not initialised"
    out = []
    for index, article in batch:
        try:
            out.append(_encode(_one(index, article, *_WORKER_OPTS)))
        except Exception as exc:
            try:
                pickle.dumps(exc)
            except Exception:
                exc = RuntimeError(f"{type(exc).__name__}: {exc}")
            return out, exc
    return out, None


class _Raised:
    def __init__(self, exc: BaseException):
        self.exc = exc


_END = object()
_POLL = 0.05  # seconds between looks at the stop flag while waiting; also how long a partial batch waits


def _parallel(articles: Iterable[Any], opts: tuple, n_process: int, batch_size: int) -> Iterator[Claims]:
    ctx = multiprocessing.get_context("spawn")
    stop = threading.Event()
    # The input is read in a thread of our own, never by the pool: Pool.terminate() joins the pool's
    # task-handler thread, which would hang for good on an input that blocks (stdin, a pipe).
    queued: queue.Queue = queue.Queue(maxsize=batch_size)

    def put(x: Any) -> bool:
        while not stop.is_set():
            try:
                queued.put(x, timeout=_POLL)
                return True
            except queue.Full:
                pass
        return False

    def read() -> None:
        try:
            for item in enumerate(articles):
                if not put(item):
                    return
        except Exception as exc:  # the input's own error, raised in order to the caller
            put(_Raised(exc))
            return
        put(_END)

    # Batches sent but not yet yielded: two per worker keep them busy. Pool.imap alone would take the whole
    # input and buffer every result; this bound is what keeps memory flat on any corpus.
    window = threading.Semaphore(2 * n_process)

    def batches() -> Iterator[list[tuple[int, Any]]]:  # runs in the pool's task-handler thread
        ended = False
        while not ended:
            while not window.acquire(timeout=_POLL):
                if stop.is_set():
                    return
            batch: list[tuple[int, Any]] = []
            while len(batch) < batch_size:
                try:  # a full batch when the input keeps up; what there is when it pauses (a stream)
                    item = queued.get(timeout=_POLL)
                except queue.Empty:
                    if stop.is_set():
                        return
                    if batch:
                        break
                    continue
                if item is _END:
                    ended = True
                    break
                if isinstance(item, _Raised):
                    if batch:
                        yield batch
                    raise item.exc
                batch.append(item)
            if batch:
                yield batch
            else:
                window.release()

    pool = ctx.Pool(n_process, initializer=_init_worker, initargs=(opts,))
    completed = False
    results = None
    try:
        threading.Thread(target=read, name="claimtrack-extract-many-reader", daemon=True).start()
        # one task per batch (chunksize 1 on batches of batch_size articles, which is imap's chunksize=batch_size
        # with the articles before a failing one kept, and an iterator that can be waited on with a timeout)
        results = pool.imap(_work, batches(), chunksize=1)
        index = 0
        for payloads, exc in results:
            window.release()
            for payload in payloads:
                claims = _decode(payload)
                _warn(claims, index)
                index += 1
                yield claims
            if exc is not None:
                raise exc
        completed = True
    finally:
        stop.set()
        _shutdown(pool, results, completed)


GRACE_SECONDS = 5.0  # on an early stop, how long the workers may take to finish the articles they hold


def _shutdown(pool: Any, results: Any, completed: bool) -> None:
    """Close the pool. On an early stop (caller gone, error, Ctrl-C), first let the workers finish the few
    articles in flight rather than kill them: a worker killed while it holds a lock of the pool's queues
    makes Pool.terminate() hang for good. Terminate only when that takes too long."""
    if not completed and results is not None:
        deadline = time.monotonic() + GRACE_SECONDS
        try:
            while True:
                try:
                    results.next(timeout=max(0.0, deadline - time.monotonic()))
                except StopIteration:
                    completed = True
                    break
                except multiprocessing.TimeoutError:
                    break
                except Exception:  # an article's error that nobody will read now
                    continue
        except BaseException:  # a second Ctrl-C: stop waiting
            _terminate(pool)
            raise
    if completed:
        pool.close()
        pool.join()
    else:
        _terminate(pool)


def _terminate(pool: Any) -> None:
    # in a thread of its own, so that a pool wedged by a dead worker cannot wedge the caller too
    t = threading.Thread(target=pool.terminate, name="claimtrack-extract-many-terminate", daemon=True)
    t.start()
    t.join(timeout=GRACE_SECONDS)


# --- compact transfer of results between processes ---------------------------------------------------------
# Pickling attrs instances goes through a Python-level __setstate__ per object; flat tuples rebuilt with the
# constructors cost the parent about half as much, which is most of what limits the speed-up. If the record
# classes gain fields, _FAST is False and Claims travel as plain pickles (slower, never lossy).

_CLAIM_FIELDS = ("id", "doc_id", "lang", "act", "form", "content", "quotes", "source", "cue", "via", "target",
                 "denies", "denied_by", "sentence", "confidence", "meta")
_FAST = (tuple(f.name for f in attrs.fields(Claim)) == _CLAIM_FIELDS
         and tuple(f.name for f in attrs.fields(Span)) == ("text", "start", "end")
         and tuple(f.name for f in attrs.fields(Source)) == ("text", "start", "end", "canonical", "type")
         and tuple(f.name for f in attrs.fields(Cue)) == ("text", "start", "end", "lemma"))


def _sp(s: Span) -> tuple:
    return (s.text, s.start, s.end)


def _encode(claims: Claims) -> tuple:
    if not _FAST:
        return (claims,)
    rows = [(c.id, c.doc_id, c.lang, c.act, c.form, _sp(c.content), [_sp(q) for q in c.quotes],
             None if c.source is None else (c.source.text, c.source.start, c.source.end, c.source.canonical,
                                            c.source.type),
             None if c.cue is None else (c.cue.text, c.cue.start, c.cue.end, c.cue.lemma),
             [_sp(v) for v in c.via], None if c.target is None else _sp(c.target), c.denies, c.denied_by,
             c.sentence, c.confidence, c.meta) for c in claims]
    return (rows, claims.text, claims.lang, claims.doc_id, claims.error)


def _decode(payload: tuple) -> Claims:
    if len(payload) == 1:
        return payload[0]
    rows, text, lang, doc_id, error = payload
    out = Claims(text=text, lang=lang, doc_id=doc_id, error=error)
    for (id_, doc, lng, act, form, content, quotes, source, cue, via, target, denies, denied_by, sentence,
         confidence, meta) in rows:
        out.append(Claim(id_, doc, lng, act, form, Span(*content), [Span(*q) for q in quotes],
                         None if source is None else Source(*source), None if cue is None else Cue(*cue),
                         [Span(*v) for v in via], None if target is None else Span(*target), denies, denied_by,
                         sentence, confidence, meta))
    return out
