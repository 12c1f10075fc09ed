"""Extraction over a corpus: :func:`extract_many` streams articles in, one :class:`Claims` per article out.

Articles are strings or dicts ``{"id": ..., "text": ..., <metadata>...}``; results come back in input order,
in this process or in worker processes (``n_process > 1``: :mod:`claimtrack.workers`).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import io
import logging
import math
import operator
import pickle
import queue
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from .backend import resolve_auto
from .io import write_jsonl
from .langdetect import detect_lang
from .lexicon import LANGS
from .pipeline import extract
from .records import Claim, Claims, Cue, Source, Span
from .similarity import content_terms
from .workers import START_SECONDS, WorkerError, run_ordered, start_method

__all__ = ["JsonlBlock", "WorkerError", "extract_jsonl", "extract_many"]

log = logging.getLogger("claimtrack")

ERRORS = ("raise", "skip")
RESERVED_KEYS = frozenset({"id", "doc_id", "text", "lang"})  # article fields that are not metadata


def extract_many(articles: Iterable[str | Mapping[str, Any]], lang: str | None = None, backend: str = "auto",
                 n_process: int = 1, batch_size: int | None = None, errors: str = "raise",
                 **backend_options: Any) -> Iterator[Claims]:
    """Extract the claims of every article of ``articles``; yield one :class:`Claims` per article, in order.

    An article is a string, or a dict with ``"text"`` and an ``"id"`` (or ``"doc_id"``); its other fields
    except ``"lang"`` (date, url, outlet…) are copied into the ``meta`` of each of its records, and its own
    ``"lang"`` overrides ``lang``. ``doc_id`` of the records is the article's id turned into a string; a
    plain string, or a dict without id, gets its 0-based position in ``articles`` (``"0"``, ``"1"``…).
    An article without claims gives an empty ``Claims``.

    ``articles`` is consumed lazily and at most a few batches are in flight, so a corpus of any size runs in
    bounded memory. ``n_process > 1`` extracts in that many worker processes (forked where safe, else
    spawned: :func:`claimtrack.workers.start_method`), from a script (with or without
    ``if __name__ == "__main__":``), ``python -c``, standard input or a notebook alike: the workers never
    re-import the main module. ``batch_size`` articles go to a worker at a time; by default (``None``) the
    size adapts: single articles first so that every worker starts at once, then about 0.1 s of work per
    batch, by characters. With the surface rules this process works too: alone while the work left in a list
    of articles costs less than starting workers (a small corpus needs none), then on the batches the workers
    have not taken yet while they start. A worker that cannot start or dies raises :class:`WorkerError`
    (nothing hangs, nothing retries).

    ``errors="raise"`` re-raises the first failure (from a worker too); ``errors="skip"`` yields an empty
    ``Claims`` whose ``.error`` is ``"<ExceptionType>: <message>"`` and logs a warning on the
    ``"claimtrack"`` logger naming the article. ``backend`` and ``backend_options`` go to
    :func:`claimtrack.extract` unchanged.

    Arguments are checked when called: ``ValueError`` / ``TypeError`` before any article is read.
    """
    opts = _checked(articles, lang, backend, n_process, batch_size, errors, backend_options)
    if n_process == 1:
        return _serial(articles, opts)
    return _parallel(articles, opts, n_process, batch_size, CLAIMS)


def extract_jsonl(articles: Iterable[str | Mapping[str, Any]], lang: str | None = None, backend: str = "auto",
                  n_process: int = 1, batch_size: int | None = None, errors: str = "raise",
                  **backend_options: Any) -> Iterator[JsonlBlock]:
    """:func:`extract_many`, each article's records as the JSON lines :func:`claimtrack.write_jsonl` writes for
    them (one :class:`JsonlBlock` per article, in order): with ``n_process > 1`` the workers write them, so that
    this process only hands them on (what ``claimtrack extract --processes N`` writes).

    >>> [b.text.count("\\n") for b in extract_jsonl(["« Oui », a dit la maire.", "Rien."], backend="surface")]
    [1, 0]
    """
    opts = _checked(articles, lang, backend, n_process, batch_size, errors, backend_options)
    if n_process == 1:
        return (JsonlBlock(*jsonl_block(claims)) for claims in _serial(articles, opts))
    return _parallel(articles, opts, n_process, batch_size, JSONL)


def _checked(articles: Any, lang: str | None, backend: str, n_process: Any, batch_size: Any, errors: str,
             options: Mapping[str, Any]) -> tuple:
    """The options tuple (lang, backend, errors, options), once every argument is checked."""
    if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be an int >= 1, not {n_process!r}")
    if batch_size is not None and (isinstance(batch_size, bool) or not isinstance(batch_size, int)
                                   or batch_size < 1):
        raise ValueError(f"batch_size must be None or an int >= 1, not {batch_size!r}")
    check_arguments(articles, lang, backend, errors, options)
    return lang, backend, errors, options


@attrs.frozen
class JsonlBlock:
    """One article's records as JSON lines (``text``: ``""`` when it has none), its ``doc_id``, its ``error``
    (``errors="skip"``) and, as ``len()``, its number of records."""

    doc_id: str | None
    error: str | None
    count: int
    text: str

    def __len__(self) -> int:
        return self.count


def jsonl_block(claims: Claims) -> tuple[str | None, str | None, int, str]:
    """The fields of the :class:`JsonlBlock` of ``claims`` (a plain tuple: what a worker sends back)."""
    buf = io.StringIO()
    write_jsonl(claims, buf)
    return claims.doc_id, claims.error, len(claims), buf.getvalue()


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


def _serial(articles: Iterable[Any], opts: tuple) -> Iterator[Claims]:
    for index, article in enumerate(articles):
        claims = _one(index, article, *opts)
        warn_skipped(claims, index)
        yield claims


# --- worker processes ---------------------------------------------------------------------------------------

_WORKER_OPTS: tuple | None = None


_WARM_UP = {"fr": "« Nous restons », a déclaré la maire.", "en": '"We stay," the mayor said.'}


def _init_worker(opts: tuple) -> None:
    """Worker set-up: keep the options and build the backend once (lexicons, and the parser of a parse
    backend when the language is known)."""
    global _WORKER_OPTS
    _WORKER_OPTS = opts
    _warm_up(opts)


def _warm_up(opts: tuple, langs: Iterable[str] = ()) -> None:
    """Load what extracting with ``opts`` needs, here: lexicons, the English tagger, a parse backend's models —
    for ``lang``, else for ``langs`` (with ``langs`` empty, the lexicons only: the rest at the first article of
    each language, so that a worker never holds the models of a language its corpus lacks)."""
    lang, backend, _, options = opts
    if lang is not None:
        warm = {lang: _WARM_UP.get(lang, "")}
    else:
        warm = {**dict.fromkeys(LANGS, ""), **{code: _WARM_UP.get(code, "") for code in langs}}
    for code, text in warm.items():
        try:
            extract(text, lang=code, backend=backend, **options)
            if text:
                content_terms(text, code)  # the lemma dictionary, loaded at the first denial or restatement
        except Exception:  # a failing backend is reported per article, never by a dying worker
            pass


def _work(batch: list[tuple[int, Any]]) -> tuple[bytes, BaseException | None]:
    assert _WORKER_OPTS is not None, "worker not initialised"
    return extract_batch(batch, _WORKER_OPTS)


def _work_jsonl(batch: list[tuple[int, Any]]) -> tuple[list[tuple], BaseException | None]:
    assert _WORKER_OPTS is not None, "worker not initialised"
    blocks, exc = jsonl_batch(batch, _WORKER_OPTS)
    return blocks, None if exc is None else portable(exc)


def jsonl_batch(batch: list[tuple[int, Any]], opts: tuple) -> tuple[list[tuple], BaseException | None]:
    """:func:`extract_batch`, each result as the fields of its :class:`JsonlBlock`."""
    out, exc = extract_batch(batch, opts, encode=False)
    return [jsonl_block(claims) for claims in out], exc


def portable(exc: BaseException) -> BaseException:
    """``exc``, or a ``RuntimeError`` saying what it was when it cannot be pickled (to reach another process)."""
    try:
        pickle.dumps(exc)
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def extract_batch(batch: list[tuple[int, Any]], opts: tuple, encode: bool = True) -> tuple[Any, BaseException | None]:
    """Extract a batch of (index, article) with ``opts`` = (lang, backend, errors, backend options): the
    results, encoded for another process (:func:`decode_results`) unless ``encode=False``, and the error that
    stopped the batch (``errors="raise"``), so that the articles before the failing one still reach the
    caller. What a worker (process or cluster) runs."""
    out = []
    for index, article in batch:
        try:
            out.append(_one(index, article, *opts))
        except Exception as exc:
            return (encode_results(out) if encode else out), (portable(exc) if encode else exc)
    return (encode_results(out) if encode else out), None


def check_arguments(articles: Any, lang: str | None, backend: str, errors: str, options: Mapping[str, Any]) -> None:
    """The checks every engine makes before reading an article: ``ValueError`` / ``TypeError``."""
    if errors not in ERRORS:
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    if isinstance(articles, (str, bytes, Mapping)):
        raise TypeError("articles must be an iterable of articles (str or dict), not a single "
                        f"{type(articles).__name__}; wrap it in a list")
    # checks lang, backend and the options the way every article will use them (and loads the lexicon)
    extract("", lang=lang, backend=backend, **options)


def warn_skipped(claims: Claims, index: int) -> None:
    """Log an article skipped with ``errors="skip"`` on the ``claimtrack`` logger."""
    if claims.error is not None:
        log.warning("skipped article %s (index %d): %s", claims.doc_id, index, claims.error)


class _Raised:
    def __init__(self, exc: BaseException):
        self.exc = exc


_END = object()
_POLL = 0.05  # seconds between looks at the stop flag while waiting; also how long a partial batch waits


HEAD_START = True  # False: this process extracts nothing itself (tests of the workers themselves, benchmarks)


class BatchSizer:
    """Articles per task: small first batches so every worker gets work at once (a corpus of 20 articles is
    shared, not given to one worker), then as many as fill about ``target`` seconds of a worker's time, as
    measured (few tasks per second keep the parent's share small on a corpus of thousands). :meth:`observe`
    hears (articles, seconds) for :meth:`next`, or (weight, seconds) for :meth:`limits`.

    >>> s = BatchSizer(n_process=2)
    >>> [s.next() for _ in range(4)]
    [1, 1, 2, 2]
    >>> s.observe(10, 0.01); s.next()  # 1 ms an article: 0.1 s of work
    100
    """

    def __init__(self, n_process: int, fixed: int | None = None, target: float = 0.1, most: int = 1000):
        self.n_process, self.fixed, self.target, self.most = n_process, fixed, target, most
        self.sent = 0
        self.per_unit: float | None = None  # seconds per article (or per unit of weight), smoothed

    def next(self) -> int:
        if self.fixed is not None:
            return self.fixed
        self.sent += 1
        if self.per_unit is None:
            return min(self.most, 1 << min(10, (self.sent - 1) // self.n_process))
        return max(1, min(self.most, round(self.target / max(self.per_unit, 1e-6))))

    def limits(self) -> tuple[int, float]:
        """(articles, weight) the next batch may hold, with weights (:func:`batch_weight`) observed: the ramp of
        :meth:`next` until a rate is known, then ``target`` seconds of weight, so that a batch of long articles
        is as long to run as a batch of short ones.

        >>> s = BatchSizer(n_process=2); s.limits()
        (1, inf)
        >>> s.observe(10_000, 0.01); s.limits()  # 1 µs a character: 100,000 characters
        (1000, 100000.0)
        """
        if self.fixed is not None or self.per_unit is None:
            return self.next(), math.inf
        self.sent += 1
        return self.most, round(self.target / max(self.per_unit, 1e-9), 1)

    def observe(self, n: float, seconds: float) -> None:
        if n:
            rate = seconds / n
            self.per_unit = rate if self.per_unit is None else 0.7 * self.per_unit + 0.3 * rate


PER_ARTICLE = 100  # what an article costs besides its text, in characters' worth (its id, metadata, records)


def article_weight(article: Any) -> int:
    """How much work an article is, in characters: its text's length plus :data:`PER_ARTICLE`.

    >>> article_weight({"id": 1, "text": "abc"}), article_weight("abcd")
    (103, 104)
    """
    text = article.get("text") if isinstance(article, Mapping) else article
    return PER_ARTICLE + (len(text) if isinstance(text, str) else 0)


def batch_weight(batch: list[tuple[int, Any]]) -> int:
    """The weight of a batch of (index, article): the sum of :func:`article_weight`."""
    return sum(article_weight(article) for _, article in batch)


def _batches(articles: Iterable[Any], sizer: BatchSizer, stop: threading.Event) -> Iterator[list]:
    """Batches of (index, article), as long as ``sizer`` allows in articles and weight. The input is read in a
    thread of its own, so that a batch goes out with what there is when a stream pauses, and a blocking input
    (stdin, a pipe) never blocks the workers."""
    queued: queue.Queue = queue.Queue(maxsize=sizer.fixed or 64)  # read ahead a little, not the corpus

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

    threading.Thread(target=read, name="claimtrack-extract-many-reader", daemon=True).start()
    while True:
        size, budget = sizer.limits()
        batch: list[tuple[int, Any]] = []
        weight = 0
        while len(batch) < size and weight < budget:
            try:
                item = queued.get(timeout=_POLL)
            except queue.Empty:
                if stop.is_set():
                    return
                if batch:
                    break
                continue
            if item is _END:
                if batch:
                    yield batch
                return
            if isinstance(item, _Raised):
                if batch:
                    yield batch
                raise item.exc
            batch.append(item)
            weight += article_weight(item[1])
        yield batch


START_FACTOR = 2.0  # workers start when what is left would take this process over twice what starting them costs
SECONDS_PER_CHAR = 3e-6  # the surface rules' cost of a character until one is measured (the English default's)


class WorkLeft:
    """Whether a corpus of known weight is small enough for this process to finish alone: what is left, at the
    rate measured so far, takes less than ``START_FACTOR`` times what starting workers with ``method`` costs.
    Passed to :func:`claimtrack.workers.run_ordered` as ``alone`` (and ``done`` as its ``on_timing``).

    >>> sizer = BatchSizer(2); left = WorkLeft(10_000, "fork", sizer)
    >>> left()  # 0.03 s of work at 3 µs a character: not worth a fork (0.02 s)
    True
    >>> left.total = 1_000_000; left()
    False
    """

    def __init__(self, total: int, method: str, sizer: BatchSizer):
        self.total, self.sizer = total, sizer
        self.threshold = START_FACTOR * START_SECONDS[method]

    def done(self, weight: float, seconds: float) -> None:
        self.total -= weight
        self.sizer.observe(weight, seconds)

    def __call__(self) -> bool:
        return self.total * (self.sizer.per_unit or SECONDS_PER_CHAR) < self.threshold


def _first_languages(articles: Iterable[Any], n: int = 64) -> set[str]:
    """The languages of the first ``n`` articles of a list (their own ``lang``, else detected), or every one."""
    if not isinstance(articles, (list, tuple)):
        return set(LANGS)
    found = set()
    for article in articles[:n]:
        text = article.get("text") if isinstance(article, Mapping) else article
        code = article.get("lang") if isinstance(article, Mapping) else None
        if code is None and isinstance(text, str):
            code = detect_lang(text[:2000])
        found.add(code)
    return found & set(LANGS)


CLAIMS, JSONL = "claims", "jsonl"  # what _parallel yields: Claims, or JsonlBlock


def _parallel(articles: Iterable[Any], opts: tuple, n_process: int, batch_size: int | None,
              form: str) -> Iterator[Any]:
    sizer = BatchSizer(n_process, batch_size)
    stop = threading.Event()
    # With the surface rules (nothing to load), this process extracts too: alone while what is left is less than
    # starting workers costs (a small list of articles needs no worker), then the batches the workers have not
    # taken. A parse backend is left to the workers: a copy of its models here would cost one more worker's memory.
    lang, backend = opts[0], opts[1]
    light = HEAD_START and all(resolve_auto(code) == "surface" if backend == "auto" else backend == "surface"
                for code in ([lang] if lang else LANGS))
    if form == JSONL:
        work, here = _work_jsonl, functools.partial(jsonl_batch, opts=opts)
    else:
        work, here = _work, functools.partial(extract_batch, opts=opts, encode=False)
    local = here if light else None
    on_timing, alone = sizer.observe, None
    method = start_method()
    if light and isinstance(articles, (list, tuple)):
        left = WorkLeft(sum(map(article_weight, articles)), method, sizer)
        on_timing, alone = left.done, left
    if light and method == "fork" and not (alone is not None and alone()):
        _warm_up(opts, _first_languages(articles))  # before the fork: the workers inherit what it loads
    try:
        index = 0
        for payload, exc in run_ordered(_batches(articles, sizer, stop), n_process, _init_worker, (opts,), work,
                                        on_timing=on_timing, local=local, alone=alone, weigh=batch_weight):
            if form == JSONL:
                results: Iterable[Any] = (JsonlBlock(*fields) for fields in payload)
            else:
                results = decode_results(payload) if isinstance(payload, bytes) else payload
            for result in results:
                warn_skipped(result, index)
                index += 1
                yield result
            if exc is not None:
                raise exc
    finally:
        stop.set()


# --- compact transfer of results between processes ---------------------------------------------------------
# Pickling attrs instances goes through a Python-level __setstate__ per object. The workers pickle with a
# dispatch table of their own instead, so that unpickling in the parent calls each class's constructor straight
# from C: the parent's share of the work (which limits the speed-up on few cores) is the constructors only.


def rebuild_claims(rows: list[Claim], text: str | None, lang: str | None, doc_id: str | None,
                   error: str | None) -> Claims:
    """A :class:`Claims` from its parts (what unpickling a worker's result calls)."""
    return Claims(rows, text=text, lang=lang, doc_id=doc_id, error=error)


def _reducer(cls: type) -> Any:
    fields = operator.attrgetter(*(f.name for f in attrs.fields(cls)))  # one C call for the tuple of fields

    def reduce(obj: Any) -> tuple:
        return cls, fields(obj)
    return reduce


def _slot_setters(cls: type) -> tuple:
    return tuple(cls.__dict__[f.name].__set__ for f in attrs.fields(cls))


_CLAIM_SETTERS = _slot_setters(Claim)


def rebuild_claim(*values: Any) -> Claim:
    """A :class:`Claim` from its field values, in field order, as a worker's (validated, converted) record had
    them: its slots are set through their descriptors (what ``object.__setattr__``, attrs's documented way around
    ``frozen``, does), skipping the validators and converters the worker already ran (most of the constructor)."""
    claim = object.__new__(Claim)
    for put, value in zip(_CLAIM_SETTERS, values, strict=True):
        put(claim, value)
    return claim


_DISPATCH = {cls: _reducer(cls) for cls in (Span, Source, Cue)}
_CLAIM_FIELDS = operator.attrgetter(*(f.name for f in attrs.fields(Claim)))
_DISPATCH[Claim] = lambda c: (rebuild_claim, _CLAIM_FIELDS(c))
_DISPATCH[Claims] = lambda c: (rebuild_claims, (list(c), c.text, c.lang, c.doc_id, c.error))


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Without the cyclic garbage collector for a moment: (un)pickling a batch makes thousands of tuples and
    records, none of them garbage, and each 700 of them would start a collection (half the cost of decoding)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def encode_results(results: list[Claims]) -> bytes:
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH
    with _no_gc():
        pickler.dump(results)
    return buf.getvalue()


def decode_results(payload: bytes) -> list[Claims]:
    with _no_gc():
        return pickle.loads(payload)
