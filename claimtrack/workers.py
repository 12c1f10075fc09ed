"""Worker processes that never hang their caller: a small ordered pool for :func:`claimtrack.extract_many`.

>>> from claimtrack.workers import run_ordered  # doctest: +SKIP
>>> list(run_ordered(iter([[1, 2], [3]]), 2, init, (), work))  # work(batch) -> result, in batch order

Workers are started with the ``spawn`` method (safe whatever the caller has loaded: threads, torch) but never
import the caller's main module: a script read from standard input, ``python -c``, a notebook and a script
without ``if __name__ == "__main__":`` all work the same. A worker that cannot start or dies raises one
:class:`WorkerError` within a poll interval, naming what happened and what to do; nothing is respawned.
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator
from typing import Any

POLL = 0.05  # seconds between looks at the workers and the stop flag
LEAD_SECONDS = 0.25  # with a local function, how long it works alone before any worker is started (about what
# starting one costs): a corpus done by then never pays for workers
GRACE_SECONDS = 5.0  # how long workers may take to exit once told to


class WorkerError(RuntimeError):
    """A worker process could not start, could not read its task, or died; the message says why."""


_MAIN_LOCK = threading.Lock()


def _start(process: Any) -> None:
    """Start a spawn process with a blank ``__main__``: the child then does not re-run the caller's script
    (which fails for stdin and recurses without a ``__main__`` guard); workers need only claimtrack."""
    with _MAIN_LOCK:
        saved = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            process.start()
        finally:
            if saved is not None:
                sys.modules["__main__"] = saved


def _worker(init: Callable, initargs: tuple, func: Callable, tasks: Any, results: Any) -> None:
    """A worker's life: initialise, say ready, then run (seq, batch) tasks until ``None``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    pid = os.getpid()
    try:
        init(*initargs)
    except BaseException as exc:
        results.put(("failed", pid, f"initialising failed: {type(exc).__name__}: {exc}"))
        return
    results.put(("ready", pid, None))
    while True:
        try:
            task = tasks.get()
        except Exception as exc:  # a task that cannot be unpickled here
            results.put(("failed", pid, f"could not read its task ({type(exc).__name__}: {exc}); articles and "
                                        "options must be plain data (objects defined in a __main__ script "
                                        "cannot reach worker processes: define them in a module)"))
            return
        if task is None:
            return
        seq, batch = task
        t0 = time.perf_counter()
        try:
            out = func(batch)
        except BaseException as exc:
            results.put(("failed", pid, f"failed on a task: {type(exc).__name__}: {exc}"))
            return
        results.put(("done", seq, (out, len(batch), time.perf_counter() - t0)))


def _died(p: Any) -> str:
    code = p.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        how = f"was killed by {name}" + (" (out of memory?)" if -code == signal.SIGKILL else "")
    else:
        how = f"exited with code {code}"
    return f"worker process {p.pid} {how}"


class _Feeder:
    """Sends batches to the task queue from a thread of its own, at most ``window`` unanswered."""

    def __init__(self, batches: Iterator[list], tasks: Any, window: int, stop: threading.Event):
        self.batches, self.tasks, self.stop = batches, tasks, stop
        self.window = threading.Semaphore(window)
        self.count = 0  # batches sent
        self.done = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="claimtrack-workers-feeder", daemon=True)

    def _run(self) -> None:
        try:
            for batch in self.batches:
                while not self.window.acquire(timeout=POLL):
                    if self.stop.is_set():
                        return
                if self.stop.is_set():
                    return
                self.tasks.put((self.count, batch))
                self.count += 1
        except BaseException as exc:  # the input's own error: raised to the caller after what came before
            self.error = exc
        finally:
            self.done.set()


def run_ordered(batches: Iterator[list], n_process: int, init: Callable, initargs: tuple,
                func: Callable[[list], Any], on_timing: Callable[[int, float], None] | None = None,
                window: int | None = None, local: Callable[[list], Any] | None = None) -> Iterator[Any]:
    """``func(batch)`` for each batch of ``batches`` in ``n_process`` spawned workers (each set up once with
    ``init(*initargs)``); yield the results in batch order. ``on_timing(len(batch), seconds)`` hears how long
    each batch took. At most ``window`` (default 2 per worker) batches are in flight.

    ``local``, when given, runs batches here too: alone for ``LEAD_SECONDS`` first (a worker needs a few tenths
    of a second to start Python and import claimtrack, so a small corpus is done without any), then, once the
    workers are started, every task they have not taken yet when this process has no result to yield."""
    batches = iter(batches)
    done_here = 0
    if local is not None:  # alone first (a corpus that ends then needs no worker), then while the workers start
        done_here, exhausted = yield from _head_start(batches, local, on_timing, time.monotonic() + LEAD_SECONDS)
        nxt = None if exhausted else next(batches, None)
        if nxt is None:
            return
        batches = itertools.chain([nxt], batches)
    ctx = multiprocessing.get_context("spawn")
    tasks, results = ctx.Queue(), ctx.Queue()
    stop = threading.Event()
    feeder = _Feeder(batches, tasks, window or 2 * n_process, stop)
    procs = [ctx.Process(target=_worker, args=(init, initargs, func, tasks, results), daemon=True,
                         name=f"claimtrack-worker-{i}") for i in range(n_process)]
    completed = False
    try:
        for p in procs:
            _start(p)
        feeder.count = done_here
        feeder.thread.start()
        steal = None if local is None else functools.partial(_steal, tasks, local)
        yield from _collect(feeder, results, procs, on_timing, done_here, steal)
        completed = True
    finally:
        stop.set()
        _close(procs, tasks, results, completed)


def _head_start(batches: Iterator[list], local: Callable, on_timing: Callable | None,
                deadline: float) -> Iterator[Any]:
    """Run batches here until ``deadline``; return (batches run here, whether the input ended)."""
    n = 0
    while True:
        if time.monotonic() >= deadline:
            return n, False
        try:
            batch = next(batches)
        except StopIteration:
            return n, True
        t0 = time.perf_counter()
        out = local(batch)
        if on_timing is not None:
            on_timing(len(batch), time.perf_counter() - t0)
        n += 1
        yield out


def _steal(tasks: Any, local: Callable) -> tuple[int, Any, int, float] | None:
    """Take a task the workers have not taken yet and run it here: (seq, result, articles, seconds), or None."""
    try:
        seq, batch = tasks.get_nowait()
    except queue.Empty:
        return None
    t0 = time.perf_counter()
    return seq, local(batch), len(batch), time.perf_counter() - t0


def _collect(feeder: _Feeder, results: Any, procs: list, on_timing: Callable | None, nxt: int = 0,
             steal: Callable | None = None) -> Iterator[Any]:
    """Yield results in order; with ``steal``, this process also runs tasks while it has nothing to yield
    (no encoding, no decoding for those: its share of the work is then extraction, not overhead)."""
    pending: dict[int, Any] = {}
    ready = 0
    while True:
        if nxt in pending:
            yield pending.pop(nxt)
            feeder.window.release()
            nxt += 1
            continue
        if feeder.done.is_set() and nxt >= feeder.count:
            if feeder.error is not None:
                raise feeder.error
            return
        if steal is not None and results.empty():
            stolen = steal()
            if stolen is not None:
                seq, pending[seq], n, seconds = stolen
                if on_timing is not None:
                    on_timing(n, seconds)
                _check_alive(procs, ready)
                continue
        try:
            kind, key, value = results.get(timeout=POLL)
        except queue.Empty:
            _check_alive(procs, ready)
            continue
        if kind == "ready":
            ready += 1
        elif kind == "failed":
            raise WorkerError(f"worker process {key} {value}")
        else:
            out, n, seconds = value
            pending[key] = out
            if on_timing is not None:
                on_timing(n, seconds)


def _check_alive(procs: list, ready: int) -> None:
    for p in procs:
        if p.exitcode is not None:
            when = "before it was ready" if ready < len(procs) else "while extracting"
            raise WorkerError(f"{_died(p)} {when}; nothing was retried. Run with n_process=1 to see "
                              "the error in this process")


def _close(procs: list, tasks: Any, results: Any, completed: bool) -> None:
    """Tell the workers to stop (after their current batch), wait a little, then terminate the rest."""
    started = [p for p in procs if p.pid is not None]
    if completed:
        for _ in started:
            tasks.put(None)
    else:
        tasks.cancel_join_thread()  # unsent tasks are dropped: exiting must not wait on a full pipe
    deadline = time.monotonic() + (GRACE_SECONDS if completed else 0.0)
    for p in started:
        p.join(timeout=max(0.0, deadline - time.monotonic()))
    for p in started:
        if p.exitcode is None:
            p.terminate()
    for p in started:
        p.join(timeout=GRACE_SECONDS)
        if p.exitcode is None:
            p.kill()
    tasks.close()
    results.close()
