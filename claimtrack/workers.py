"""Worker processes that never hang their caller: a small ordered pool for :func:`claimtrack.extract_many`.

>>> from claimtrack.workers import run_ordered
>>> list(run_ordered(iter([[1, 2], [3]]), 2, int, (), len))  # init(*initargs) once a worker; len(batch), in order
[2, 1]

Workers are forked where that is safe (Linux, a caller with a single thread and without torch: a fork costs
milliseconds and inherits the loaded lexicons), else started with ``spawn`` (safe whatever the caller has
loaded, but each worker pays for a fresh interpreter and ``import claimtrack``); ``$CLAIMTRACK_START_METHOD``
(``fork`` or ``spawn``) forces one. Neither imports the caller's main module: a script read from standard
input, ``python -c``, a notebook and a script without ``if __name__ == "__main__":`` all work the same. A
worker that cannot start or dies raises one :class:`WorkerError` within a poll interval, naming what happened
and what to do; nothing is respawned.
"""

from __future__ import annotations

import functools
import gc
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
LEAD_SECONDS = 0.25  # with a local function and no other rule, how long it works alone before spawning workers
# (about what starting one costs): a corpus done by then never pays for workers
START_SECONDS = {"fork": 0.02, "spawn": 0.5}  # what starting a worker costs, about (interpreter, import, set-up)
FORK_UNSAFE_MODULES = ("torch", "tensorflow", "jax")  # their thread pools and device state do not survive a fork
GRACE_SECONDS = 5.0  # how long workers may take to exit once told to


class WorkerError(RuntimeError):
    """A worker process could not start, could not read its task, or died; the message says why."""


_MAIN_LOCK = threading.Lock()


def _os_threads() -> int:
    """Threads of this process as the kernel counts them (native ones too: OpenMP, BLAS), or Python's count."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("Threads:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return threading.active_count()


def start_method() -> str:
    """``"fork"`` where forking this process now is safe, else ``"spawn"``; ``$CLAIMTRACK_START_METHOD`` wins.

    >>> start_method() in ("fork", "spawn")
    True

    A fork copies one thread: a lock held by another one (in malloc, an I/O buffer, a thread pool) would stay
    locked in the child for ever, so a process with threads, or with a library that makes pools of them, spawns.
    macOS forks badly (its system libraries are not fork-safe) and Windows cannot."""
    forced = os.environ.get("CLAIMTRACK_START_METHOD")
    if forced:
        if forced not in ("fork", "spawn"):
            raise ValueError(f"CLAIMTRACK_START_METHOD={forced!r}: use 'fork' or 'spawn'")
        return forced
    if (sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
            and _os_threads() == 1 and not any(m in sys.modules for m in FORK_UNSAFE_MODULES)):
        return "fork"
    return "spawn"


def _start(process: Any, method: str) -> None:
    """Start a worker. A spawned one gets a blank ``__main__``: it then does not re-run the caller's script
    (which fails for stdin and recurses without a ``__main__`` guard); workers need only claimtrack. Before a
    fork, what the standard streams hold is flushed: the child would write it a second time when it exits."""
    if method == "fork":
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (AttributeError, OSError, ValueError):
                pass
        process.start()
        return
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
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker would have the caller's handler
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
    """Sends batches to the task queue from a thread of its own, at most ``window`` unanswered; keeps the weight
    of each batch sent until its result is in."""

    def __init__(self, batches: Iterator[list], tasks: Any, window: int, stop: threading.Event,
                 weigh: Callable[[list], float], count: int):
        self.batches, self.tasks, self.stop, self.weigh = batches, tasks, stop, weigh
        self.window = threading.Semaphore(window)
        self.count = count  # batches sent (or run here before the workers started)
        self.weights: dict[int, float] = {}
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
                self.weights[self.count] = self.weigh(batch)
                self.tasks.put((self.count, batch))
                self.count += 1
        except BaseException as exc:  # the input's own error: raised to the caller after what came before
            self.error = exc
        finally:
            self.done.set()


def run_ordered(batches: Iterator[list], n_process: int, init: Callable, initargs: tuple,
                func: Callable[[list], Any], on_timing: Callable[[float, float], None] | None = None,
                window: int | None = None, local: Callable[[list], Any] | None = None,
                alone: Callable[[], bool] | None = None, weigh: Callable[[Any], float] | None = None) -> Iterator[Any]:
    """``func(batch)`` for each batch of ``batches`` in ``n_process`` workers (each set up once with
    ``init(*initargs)``); yield the results in batch order. ``on_timing(weigh(batch), seconds)`` hears how long
    each batch took (default weight: its length). At most ``window`` (default 4 per worker: results wait for the
    one before them, and a worker must not idle meanwhile) batches are in flight.

    ``local``, when given, runs batches here too: alone first, as long as ``alone()`` says so (what is left is
    less than starting workers costs; default: for ``LEAD_SECONDS`` when workers are spawned, not at all when
    they are forked), so that a small corpus needs no worker; then, until every worker is ready, the tasks they
    have not taken yet when this process has no result to yield. Workers are forked before any thread of ours
    starts."""
    batches = iter(batches)
    weigh = weigh or _length
    method = start_method()
    done_here = 0
    if local is not None:
        if alone is None:
            deadline = time.monotonic() + (0.0 if method == "fork" else LEAD_SECONDS)
            alone = functools.partial(_before, deadline)
        if alone():
            done_here, exhausted = yield from _head_start(batches, local, on_timing, alone, weigh)
            nxt = None if exhausted else next(batches, None)
            if nxt is None:
                return
            batches = itertools.chain([nxt], batches)
            method = start_method() if method == "fork" else method  # the input's reader thread runs now
    ctx = multiprocessing.get_context(method)
    tasks, results = ctx.Queue(), ctx.Queue()
    stop = threading.Event()
    feeder = _Feeder(batches, tasks, window or 4 * n_process, stop, weigh, done_here)
    procs = [ctx.Process(target=_worker, args=(init, initargs, func, tasks, results), daemon=True,
                         name=f"claimtrack-worker-{i}") for i in range(n_process)]
    ready: set[int] = set()
    completed = False
    try:
        _start_all(procs, method)
        feeder.thread.start()
        steal = None if local is None else functools.partial(_steal, tasks, local, feeder.weights)
        yield from _collect(feeder, results, procs, ready, on_timing, done_here, steal)
        completed = True
    finally:
        stop.set()
        _close(procs, ready, tasks, results, completed)


def _start_all(procs: list, method: str) -> None:
    """Start the workers. Before forking, the objects there are go to the collector's permanent generation, so
    that a collection in a worker does not write to (and so copy) every page of the caller's memory."""
    if method != "fork":
        for p in procs:
            _start(p, method)
        return
    gc.freeze()
    try:
        for p in procs:
            _start(p, method)
    finally:
        gc.unfreeze()


def _length(batch: Any) -> int:
    return len(batch) if hasattr(batch, "__len__") else 1


def _before(deadline: float) -> bool:
    return time.monotonic() < deadline


def _head_start(batches: Iterator[list], local: Callable, on_timing: Callable | None, alone: Callable[[], bool],
                weigh: Callable[[list], float]) -> Iterator[Any]:
    """Run batches here while ``alone()``; return (batches run here, whether the input ended)."""
    n = 0
    while alone():
        try:
            batch = next(batches)
        except StopIteration:
            return n, True
        t0 = time.perf_counter()
        out = local(batch)
        if on_timing is not None:
            on_timing(weigh(batch), time.perf_counter() - t0)
        n += 1
        yield out
    return n, False


def _steal(tasks: Any, local: Callable, weights: dict) -> tuple[int, Any, float, float] | None:
    """Take a task the workers have not taken yet and run it here: (seq, result, weight, seconds), or None."""
    try:
        seq, batch = tasks.get_nowait()
    except queue.Empty:
        return None
    t0 = time.perf_counter()
    return seq, local(batch), weights.pop(seq, 0), time.perf_counter() - t0


def _collect(feeder: _Feeder, results: Any, procs: list, ready: set, on_timing: Callable | None, nxt: int = 0,
             steal: Callable | None = None) -> Iterator[Any]:
    """Yield results in order (adding the pid of each worker that says it is ready to ``ready``); with
    ``steal``, this process also runs tasks while it has nothing to yield and a worker is still starting (no
    encoding, no decoding for those). Once every worker is ready it leaves them the cores: a third process
    extracting on 2 cores slows the other two, and a worker whose next results wait on this one starves."""
    pending: dict[int, Any] = {}
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
        if steal is not None and len(ready) < len(procs) and results.empty():
            stolen = steal()
            if stolen is not None:
                seq, pending[seq], weight, seconds = stolen
                if on_timing is not None:
                    on_timing(weight, seconds)
                _check_alive(procs, ready)
                continue
        try:
            kind, key, value = results.get(timeout=POLL)
        except queue.Empty:
            _check_alive(procs, ready)
            continue
        if kind == "ready":
            ready.add(key)
        elif kind == "failed":
            raise WorkerError(f"worker process {key} {value}")
        else:
            out, _, seconds = value
            pending[key] = out
            weight = feeder.weights.pop(key, 0)
            if on_timing is not None:
                on_timing(weight, seconds)


def _check_alive(procs: list, ready: set) -> None:
    for p in procs:
        if p.exitcode is not None:
            when = "before it was ready" if len(ready) < len(procs) else "while extracting"
            raise WorkerError(f"{_died(p)} {when}; nothing was retried. Run with n_process=1 to see "
                              "the error in this process")


def _close(procs: list, ready: set, tasks: Any, results: Any, completed: bool) -> None:
    """Tell the workers to stop (after their current batch) and wait a little for those that were ready; end the
    rest at once (a worker still starting holds no result: the caller never waits for it)."""
    started = [p for p in procs if p.pid is not None]
    if completed:
        for _ in started:
            tasks.put(None)
    deadline = time.monotonic() + (GRACE_SECONDS if completed else 0.0)
    for p in started:
        if p.pid in ready:
            p.join(timeout=max(0.0, deadline - time.monotonic()))
    for p in started:
        if p.exitcode is None:
            p.terminate()
    for p in started:
        p.join(timeout=GRACE_SECONDS)
        if p.exitcode is None:
            p.kill()
    tasks.cancel_join_thread()  # what no worker read is dropped: exiting must not wait on a full pipe
    tasks.close()
    results.close()
