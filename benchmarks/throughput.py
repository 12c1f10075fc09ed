"""Throughput of the surface path on one core: characters/s and claims/s, plus import time.

usage: python benchmarks/throughput.py [--chars N] [--backend surface|spacy|stanza]
Runs `claimtrack.extract` over a generated corpus (benchmarks/corpus.py) in French and English,
best of 3 runs, and prints one line per language.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from corpus import corpus  # noqa: E402

import claimtrack  # noqa: E402


def import_time() -> float:
    code = "import time; t = time.perf_counter(); import claimtrack; print(time.perf_counter() - t)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            for _ in range(3)]
    return min(runs)


def bench(lang: str, chars: int, backend: str = "surface") -> tuple[float, float, int]:
    docs = []
    total = 0
    for text in corpus(10_000, lang):
        docs.append(text)
        total += len(text)
        if total >= chars:
            break
    claimtrack.extract(docs[0], lang=lang, backend=backend)  # warm-up: loading is start-up, not throughput
    best = float("inf")
    n_claims = 0
    for _ in range(3):
        t = time.perf_counter()
        n_claims = sum(len(claimtrack.extract(d, lang=lang, backend=backend)) for d in docs)
        best = min(best, time.perf_counter() - t)
    return total / best, n_claims / best, total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--backend", default="surface")
    args = ap.parse_args()
    print(f"import claimtrack: {import_time() * 1000:.0f} ms")
    for lang in ("fr", "en"):
        cps, claims_ps, total = bench(lang, args.chars, args.backend)
        print(f"{lang}: {cps:,.0f} chars/s, {claims_ps:,.0f} claims/s on {total:,} chars (one core, best of 3)")


if __name__ == "__main__":
    main()
