"""claimtrack.dask on a local cluster of 2 worker processes vs claimtrack.extract_many with 1 and 2 processes.

usage: python benchmarks/dask_engine.py [--n 4000] [--backend surface] [--repeat 2]

The corpus is --n generated articles (benchmarks/make_corpus.py). Times are for the extraction alone, the
cluster already started (its start-up is printed apart), best of --repeat; the records are checked identical.
Also printed: how busy the rest of the machine was (other programs' CPU, in cores): a speed-up measured while
other programs hold a core is not the speed-up of an idle machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_corpus import articles  # noqa: E402
from parallel import _busy_seconds  # noqa: E402


def _cpu(client=None) -> float:
    """CPU seconds of this process and its finished children, plus those of the cluster's workers."""
    t = os.times()
    total = t.user + t.system + t.children_user + t.children_system
    if client is not None:
        total += sum(w.user + w.system for w in client.run(os.times).values())
    return total


def timed(run, repeat: int, client=None) -> tuple[float, list, float]:
    """(best seconds, records of the last run, other programs' cores during the best run)."""
    best, out, others = float("inf"), [], float("nan")
    for _ in range(repeat):
        me0 = _cpu(client)
        busy0, t = _busy_seconds(), time.perf_counter()
        out = [[r.to_dict() for r in c] for c in run()]
        wall = time.perf_counter() - t
        busy1, me1 = _busy_seconds(), _cpu(client)
        if wall < best:
            best = wall
            mine = me1 - me0
            if busy0 is not None and busy1 is not None:
                others = max(0.0, (busy1 - busy0 - mine) / wall)
    return best, out, others


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--backend", default="surface")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()

    import distributed

    import claimtrack
    import claimtrack.dask

    arts = list(articles(args.n))
    chars = sum(len(a["text"]) for a in arts)
    print(f"corpus: {len(arts)} articles, {chars:,} characters; backend {args.backend}; {os.cpu_count()} CPUs")
    results = {}
    for n in (1, 2):
        results[f"extract_many n_process={n}"] = timed(
            lambda n=n: claimtrack.extract_many(arts, n_process=n, backend=args.backend), args.repeat)
    t = time.perf_counter()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc, \
            distributed.Client(lc) as client:
        client.run(lambda: claimtrack.extract("« Oui », a dit la maire.", backend=args.backend))  # warm workers
        print(f"LocalCluster(2 worker processes) started and warmed in {time.perf_counter() - t:.1f} s")
        results["claimtrack.dask 2 workers"] = timed(
            lambda: claimtrack.dask.extract_many(arts, client=client, backend=args.backend), args.repeat, client)
    ref = results["extract_many n_process=1"]
    for name, (wall, out, others) in results.items():
        same = "same records" if out == ref[1] else "RECORDS DIFFER"
        print(f"{name}: {wall:.2f} s, {chars / wall:,.0f} chars/s, {ref[0] / wall:.2f}x vs 1 process; {same}; "
              f"other programs {others:.2f} cores")


if __name__ == "__main__":
    main()
