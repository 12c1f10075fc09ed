"""Speed-up of `claimtrack.extract_many` with worker processes (default backend unless --backend).

usage: python benchmarks/parallel.py [CORPUS.jsonl] [--n 2000] [--processes 1 2] [--repeat 3]
                                     [--batch-size N] [--backend auto] [--cli]

--cli times `claimtrack extract CORPUS -o OUT.jsonl --processes N` instead (JSON lines written; the files
of every run are checked byte-identical).

--batch-size defaults to extract_many's adaptive batches.

Each configuration runs in a fresh Python process, as `claimtrack extract --processes N` would: the time is
end to end (interpreter, `import claimtrack`, spawning the workers, loading the backend's models in each of
them, extraction); the runs of each configuration are interleaved (1, 2, 1, 2, ...) and the median of
--repeat is reported (every run is printed too). "steady" is the rate once results flow (articles after the first result
over the time after it), i.e. without the start-up. The corpus is CORPUS.jsonl (benchmarks/make_corpus.py)
or --n generated articles, half French, half English.

Also printed: the CPU seconds of the parent and of the workers, and how busy the rest of the machine was
(other programs' CPU, in cores; Linux only) -- a speed-up measured while other programs hold a core is not
the speed-up of an idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def _busy_seconds() -> float | None:
    """CPU seconds the whole machine has been busy, from /proc/stat."""
    try:
        with open("/proc/stat") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return (sum(fields) - fields[3] - (fields[4] if len(fields) > 4 else 0)) / os.sysconf("SC_CLK_TCK")


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    """The run of median wall time (the lower middle one for an even count)."""
    return sorted(runs, key=lambda r: r["wall"])[(len(runs) - 1) // 2]


def cli_child(corpus: str, n: int, batch_size: int | None, backend: str, out: str) -> None:
    """One timed run of the command line, in this fresh process; prints a JSON line."""
    import hashlib
    import resource

    from claimtrack.cli import main

    t0 = time.perf_counter()
    size = [] if batch_size is None else ["--batch-size", str(batch_size)]
    main(["extract", corpus, "-o", out, "--processes", str(n), "--backend", backend, *size])
    end = time.perf_counter()
    with open(out, "rb") as fh:
        data = fh.read()
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"run": end - t0, "claims": data.count(b"\n"), "steady": float("nan"),
                      "sha": hashlib.sha256(data).hexdigest(),
                      "cpu_parent": me.ru_utime + me.ru_stime, "cpu_workers": kids.ru_utime + kids.ru_stime}))


def child(corpus: str, n: int, batch_size: int | None, backend: str) -> None:
    """One timed run, in this fresh process; prints a JSON line."""
    import resource

    import claimtrack

    with open(corpus, encoding="utf-8") as fh:
        arts = [json.loads(line) for line in fh if line.strip()]
    t0 = time.perf_counter()
    first = None
    claims = 0
    for c in claimtrack.extract_many(arts, n_process=n, batch_size=batch_size, backend=backend):
        if first is None:
            first = time.perf_counter()
        claims += len(c)
    end = time.perf_counter()
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    after_first = len(arts) - (1 if n == 1 else min(batch_size or 1, len(arts)))
    print(json.dumps({"run": end - t0, "claims": claims, "steady": after_first / max(1e-9, end - first),
                      "cpu_parent": me.ru_utime + me.ru_stime, "cpu_workers": kids.ru_utime + kids.ru_stime}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", help="JSONL of articles (default: --n generated articles)")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=None)
    ap.add_argument("--backend", default="auto")
    ap.add_argument("--cli", action="store_true", help="time `claimtrack extract -o` instead")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        if args.cli:
            cli_child(args.corpus, args.child, args.batch_size, args.backend, args.out)
        else:
            child(args.corpus, args.child, args.batch_size, args.backend)
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = os.path.join(tmp, "corpus.jsonl")
            subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), str(args.n), corpus],
                           check=True, capture_output=True)
        with open(corpus, encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh if line.strip()]
        chars = sum(map(len, texts))
        resolved = subprocess.run(
            [sys.executable, "-c", "from claimtrack.backend import resolve_auto as r; print(r('fr'), r('en'))"],
            capture_output=True, text=True).stdout.split() if args.backend == "auto" else [args.backend] * 2
        print(f"corpus: {len(texts)} articles, {chars:,} characters; backend {args.backend} "
              f"(fr: {resolved[0] if resolved else '?'}, en: {resolved[1] if len(resolved) > 1 else '?'}); "
              f"{os.cpu_count()} CPUs; batch size {args.batch_size or 'adaptive'}; median of {args.repeat}, "
              "interleaved, fresh process each", flush=True)
        runs: dict[int, list[dict[str, float]]] = {}
        for _ in range(args.repeat):
            for n in args.processes:
                busy0, t = _busy_seconds(), time.perf_counter()
                size = [] if args.batch_size is None else ["--batch-size", str(args.batch_size)]
                cli = ["--cli", "--out", os.path.join(tmp, f"out-{n}-{len(runs.get(n, []))}.jsonl")] if args.cli else []
                proc = subprocess.run([sys.executable, __file__, corpus, "--child", str(n), *size,
                                       "--backend", args.backend, *cli],
                                      capture_output=True, text=True, check=True)
                wall = time.perf_counter() - t
                busy1 = _busy_seconds()
                r = json.loads(proc.stdout.strip().splitlines()[-1])
                r["wall"] = wall
                r["others"] = (float("nan") if busy0 is None or busy1 is None
                               else max(0.0, (busy1 - busy0 - r["cpu_parent"] - r["cpu_workers"]) / wall))
                runs.setdefault(n, []).append(r)
                print(f"  run n_process={n}: {wall:.2f} s (other programs {r['others']:.2f} cores)", flush=True)
    best = {n: _median(rs) for n, rs in runs.items()}
    if args.cli:
        shas = {r["sha"] for rs in runs.values() for r in rs}
        print(f"output files: {'all byte-identical' if len(shas) == 1 else 'DIFFERENT: ' + ', '.join(shas)}")
    for n, r in best.items():
        print(f"n_process={n}: {r['wall']:.2f} s end to end, {chars / r['wall']:,.0f} chars/s; steady "
              f"{r['steady']:,.0f} articles/s; {r['claims']:,} claims (CPU: parent {r['cpu_parent']:.2f} s, "
              f"workers {r['cpu_workers']:.2f} s; other programs {r['others']:.2f} cores)")
    if 1 in best:
        for n, r in best.items():
            if n > 1:
                print(f"speed-up {n} vs 1 process: {best[1]['wall'] / r['wall']:.2f}x end to end, "
                      f"{r['steady'] / best[1]['steady']:.2f}x steady")


if __name__ == "__main__":
    main()
