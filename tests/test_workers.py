"""extract_many(n_process > 1) never hangs: it works from a script read on standard input, ``python -c``, a script
without a ``__main__`` guard, and a notebook-like exec; a worker that cannot start or dies raises WorkerError.

Each case runs in a fresh interpreter with a generous timeout: a hang fails the test instead of the suite.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import types
from pathlib import Path

import pytest

import claimtrack
from claimtrack import workers
from claimtrack.corpus import BatchSizer
from claimtrack.workers import WorkerError, run_ordered, start_method

ROOT = str(Path(__file__).resolve().parent.parent)
SCRIPT = """
import claimtrack, claimtrack.corpus
claimtrack.corpus.HEAD_START = False  # every article through the workers, which this tests
arts = [{"id": str(i), "text": "« Nous restons », a déclaré la maire. Selon le préfet, la route rouvrira."}
        for i in range(30)]
out = list(claimtrack.extract_many(arts, n_process=2, backend="surface"))
print("OK", len(out), sum(len(c) for c in out), out[0].doc_id, out[-1].doc_id)
"""
TIMEOUT = 180  # seconds: far above what a run takes; only a hang gets there


METHODS = ["fork", "spawn"]  # the start methods: each never-hang case is run with both


@pytest.fixture(params=METHODS)
def method(request, monkeypatch):
    """Forces a start method, here and in the interpreters the test starts."""
    monkeypatch.setenv("CLAIMTRACK_START_METHOD", request.param)
    return request.param


def _python(args: list[str], stdin: str | None = None, cwd: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True, timeout=TIMEOUT,
                          env=env, cwd=cwd)


def _ok(proc: subprocess.CompletedProcess) -> None:
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["OK", "30", "60", "0", "29"]


def test_script_read_from_standard_input(method):
    _ok(_python(["-"], stdin=SCRIPT))


def test_python_dash_c(method):
    _ok(_python(["-c", SCRIPT]))


def test_script_without_main_guard(tmp_path, method):
    path = tmp_path / "no_guard.py"
    path.write_text(SCRIPT, encoding="utf-8")
    _ok(_python([str(path)], cwd=str(tmp_path)))


def test_notebook_like_exec_of_cells(method):
    """A notebook kernel runs cells with exec() in a __main__ that has no file: the same as here."""
    _ok(_python(["-c", f"exec(compile({SCRIPT!r}, '<cell>', 'exec'))"]))


def test_worker_that_cannot_start_raises_at_once(method):
    with pytest.raises(WorkerError, match=r"exited with code 3 before it was ready"):
        list(run_ordered(iter([[1]]), 2, os._exit, (3,), len))


def test_worker_killed_while_working_raises(method):
    with pytest.raises(WorkerError, match=r"killed by SIGKILL"):
        list(run_ordered(iter([signal.SIGKILL]), 1, int, (), signal.raise_signal))


def test_worker_whose_task_fails_raises_with_the_cause(method):
    with pytest.raises(WorkerError, match=r"ZeroDivisionError"):
        list(run_ordered(iter([[1], [0]]), 1, int, (), _invert))


def _invert(batch: list[int]) -> float:
    return 1 / batch[0]


def test_results_come_back_in_batch_order(method):
    batches = [[i] * (i % 3 + 1) for i in range(12)]
    assert list(run_ordered(iter(batches), 2, int, (), len)) == [len(b) for b in batches]


def test_batches_start_small_then_fill_a_tenth_of_a_second():
    s = BatchSizer(n_process=2)
    assert [s.next() for _ in range(6)] == [1, 1, 2, 2, 4, 4]
    s.observe(100, 0.5)  # 5 ms an article
    assert s.next() == 20
    assert BatchSizer(2, fixed=7).next() == 7


def test_batches_by_characters_once_a_rate_is_known():
    s = BatchSizer(n_process=2)
    assert [s.limits() for _ in range(3)] == [(1, math.inf), (1, math.inf), (2, math.inf)]
    s.observe(50_000, 0.1)  # 2 µs a character: a tenth of a second is 50,000 characters, however many articles
    assert s.limits() == (1000, 50_000)
    assert BatchSizer(2, fixed=7).limits() == (7, math.inf)


def test_fork_only_where_it_is_safe(monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_START_METHOD", raising=False)
    if not sys.platform.startswith("linux"):
        assert start_method() == "spawn"
        return
    for name in workers.FORK_UNSAFE_MODULES:  # other tests may have loaded torch (stanza)
        monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.setattr(workers, "_os_threads", lambda: 1)
    assert start_method() == "fork"
    monkeypatch.setattr(workers, "_os_threads", lambda: 3)  # another thread (the caller's, a BLAS pool…)
    assert start_method() == "spawn"
    monkeypatch.setattr(workers, "_os_threads", lambda: 1)
    monkeypatch.setitem(sys.modules, "torch", types.ModuleType("torch"))
    assert start_method() == "spawn"
    monkeypatch.setenv("CLAIMTRACK_START_METHOD", "fork")
    assert start_method() == "fork"
    monkeypatch.setenv("CLAIMTRACK_START_METHOD", "vfork")
    with pytest.raises(ValueError, match="CLAIMTRACK_START_METHOD"):
        start_method()


def test_a_thread_means_spawn(monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_START_METHOD", raising=False)
    release = threading.Event()
    t = threading.Thread(target=release.wait)
    t.start()
    try:
        assert start_method() == "spawn"
    finally:
        release.set()
        t.join()


def test_forked_workers_do_not_repeat_what_the_caller_printed():
    """stdout is a pipe here, so "before" sits in the caller's buffer when the workers are forked: each would
    write it again as it exits, were it not flushed first."""
    script = 'print("before")\n' + SCRIPT
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=TIMEOUT,
                          env={**os.environ, "PYTHONPATH": ROOT, "CLAIMTRACK_START_METHOD": "fork"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["before", "OK", "30", "60", "0", "29"]


def test_a_small_list_needs_no_worker(method):
    arts = [f"« Phrase {i} », a dit la maire." for i in range(3)]
    out = []
    for claims in claimtrack.extract_many(arts, n_process=2, backend="surface"):
        assert multiprocessing.active_children() == []
        out.append(claims)
    assert out == list(claimtrack.extract_many(arts, backend="surface"))


def test_a_larger_corpus_the_same_with_either_start_method(method):
    """Enough work for workers (with fork at least): the caller and the workers share it, in order."""
    arts = [{"id": f"a{i}", "text": (f"« Le pont {i} rouvrira », a déclaré la maire. " if i % 2 else
                                     f'"Bridge {i} will reopen," the mayor said. ') * (1 + i % 9),
             "outlet": "Gazette"} for i in range(300)]
    assert list(claimtrack.extract_many(arts, n_process=2)) == list(claimtrack.extract_many(arts))


def test_small_corpus_in_order_with_a_head_start():
    """With the surface rules this process extracts while the workers start: a small corpus may be done before
    any worker is ready; the records are the same either way."""
    arts = [f"« Phrase {i} », a dit la maire." for i in range(20)]
    out = list(claimtrack.extract_many(arts, n_process=2, backend="surface"))
    assert [c.doc_id for c in out] == [str(i) for i in range(20)]
    assert out == list(claimtrack.extract_many(arts, backend="surface"))
    s = BatchSizer(n_process=2)
    assert max(s.next() for _ in range(4)) < 20  # a corpus of 20 is shared between the workers


def test_head_start_then_workers(method):
    """Batches run here until a worker is ready, the rest in the workers, all in order."""
    import time

    def slow_local(batch):
        time.sleep(0.05)
        return len(batch)

    batches = [[0] * (i % 4 + 1) for i in range(40)]
    assert list(run_ordered(iter(batches), 2, int, (), len, local=slow_local)) == [len(b) for b in batches]


def test_worker_dying_during_the_head_start_is_reported(method):
    def slow_local(batch):
        import time

        time.sleep(0.05)
        return batch

    with pytest.raises(WorkerError, match=r"exited with code 4"):
        list(run_ordered(iter([[1]] * 400), 2, os._exit, (4,), len, local=slow_local))
