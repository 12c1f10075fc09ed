"""All benchmarks, one command: `python benchmarks/run_all.py [--quick] [--out docs/benchmarks.md]`.

For each backend that can run here (surface; spaCy when installed), in a fresh subprocess each so
start-up and memory are measured honestly, on a corpus generated from our own sentences
(benchmarks/corpus.py):
- start-up: `import claimtrack`, and the first `extract` (model loading included);
- throughput: characters/s and claims/s over ~1 MB of articles, best of 3, one core (threads pinned);
- peak memory (max RSS of the process);
- scaling: time on one 4x-long document / time on one 1x document (linear is 4.0; the bar is 4.5): 1 MB and
  4 MB for surface and spaCy, 0.1 MB and 0.4 MB for stanza.
Writes the table to docs/benchmarks.md (or --out) and prints it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

CHILD = r"""
import json, os, resource, sys, time
t0 = time.perf_counter()
import claimtrack
t_import = time.perf_counter() - t0
sys.path.insert(0, {here!r})
from corpus import corpus
backend, lang, chars, scale_mb, opts = {backend!r}, {lang!r}, {chars}, {scale_mb}, {opts!r}
t0 = time.perf_counter()
first = {{"fr": "Le maire a dit que la route restera fermée.", "en": "The mayor said the road was closed."}}
claimtrack.extract(first[lang], lang=lang, backend=backend, **opts)
t_first = time.perf_counter() - t0
docs, total = [], 0
for d in corpus(100000, lang):
    docs.append(d); total += len(d)
    if total >= chars: break
best, n = 1e9, 0
for _ in range(3):
    t = time.perf_counter()
    n = sum(len(claimtrack.extract(d, lang=lang, backend=backend, **opts)) for d in docs)
    best = min(best, time.perf_counter() - t)
scale = None
extract_peak = 0
if scale_mb:
    big = "\n\n".join(corpus(100000, lang, seed=11))
    while len(big) < 4 * scale_mb * 1_000_000: big += "\n\n" + big
    times = []
    for mb in (scale_mb, 4 * scale_mb):
        text = big[: int(mb * 1_000_000)]
        t = time.perf_counter()
        claimtrack.extract(text, lang=lang, backend=backend, **opts)
        times.append(time.perf_counter() - t)
    scale = [round(times[0], 2), round(times[1], 2)]
    # memory in a separate pass: tracing allocations slows Python down several times
    import tracemalloc
    tracemalloc.start()
    claims = claimtrack.extract(text, lang=lang, backend=backend, **opts)
    _, extract_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del claims
print(json.dumps(dict(backend=backend, lang=lang, import_s=round(t_import, 3), first_s=round(t_first, 3),
                      chars_per_s=round(total / best), claims_per_s=round(n / best), chars=total,
                      peak_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                      extract_peak_mb=round(extract_peak / 1e6) if scale_mb else None, scale=scale)))
"""


TINY_STANZA = ROOT / "tests" / "data" / "stanza_models"


def options(backend: str) -> dict:
    """Backend options: stanza runs on the toy models this project trains (no real models here)."""
    return {"model_dir": str(TINY_STANZA)} if backend == "stanza" else {}


def available(backend: str, lang: str) -> bool:
    import claimtrack.backend

    if backend == "stanza":
        return (TINY_STANZA / lang).is_dir()
    return claimtrack.backend.available(backend, lang)[0]


def run(backend: str, lang: str, chars: int, scale_mb: float) -> dict:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    env.pop("CLAIMTRACK_BACKEND", None)
    code = CHILD.format(here=str(HERE), backend=backend, lang=lang, chars=chars, scale_mb=scale_mb,
                        opts=options(backend))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def table(rows: list[dict]) -> str:
    lines = ["| backend | lang | chars/s | claims/s | import | first extract | peak RSS | Python memory of the 4x"
             " extract | t(4x) / t(1x) |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        sc = r["scale"]
        ratio = f"{sc[1] / sc[0]:.2f} ({sc[0]} s / {sc[1]} s)" if sc and sc[0] else "n/a"
        name = "stanza (toy models)" if r["backend"] == "stanza" else r["backend"]
        lines.append(f"| {name} | {r['lang']} | {r['chars_per_s']:,} | {r['claims_per_s']:,} | "
                     f"{r['import_s'] * 1000:.0f} ms | {r['first_s']:.2f} s | {r['peak_mb']} MB | "
                     f"{r['extract_peak_mb']} MB | {ratio} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smaller corpus, scaling on 0.25/1 MB")
    ap.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    ap.add_argument("--backends", default="surface,spacy,stanza")
    args = ap.parse_args()
    chars = 300_000 if args.quick else 1_000_000
    rows = []
    for backend in args.backends.split(","):
        for lang in ("fr", "en"):
            if not available(backend, lang):
                print(f"{backend}/{lang}: not available here, skipped", file=sys.stderr)
                continue
            # the neural backends scale on smaller sizes to keep the run short: the ratio is what counts
            scale_mb = {"surface": 1.0, "spacy": 1.0, "stanza": 0.1}[backend] * (0.25 if args.quick else 1.0)
            rows.append(run(backend, lang, chars if backend == "surface" else chars // 5, scale_mb))
            print(json.dumps(rows[-1]), file=sys.stderr)
    md = table(rows)
    print(md)
    doc = Path(args.out)
    head = doc.read_text(encoding="utf-8").split("<!-- results -->")[0] if doc.exists() else ""
    doc.write_text(head + "<!-- results -->\n" + md + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
