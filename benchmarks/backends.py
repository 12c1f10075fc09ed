"""Compare backends on the shared gold files: quality (shared scorer) and characters/s on one core.

usage: python benchmarks/backends.py [--backends surface,spacy,gold] [--json]
- surface / spacy / stanza: `claimtrack.extract(text, lang, backend=...)` on the gold texts;
- gold: the gold UD trees of French dev (`../shared/ud/fr-ud-dev.conllu`) through `read_conllu`.
Model loading is excluded from the timing and reported apart. Threads are pinned to 1 (torch, spaCy's
BLAS) so the figure is per core.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import claimtrack  # noqa: E402
import claimtrack.backend  # noqa: E402
from claimtrack.parse import read_conllu  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
sys.path.insert(0, str(SHARED / "tools"))
import score as shared_score  # noqa: E402

FILES = {"fr-seed": "fr", "fr-ud-dev": "fr", "en-polnear-dev": "en"}
KEYS = ("claims_F1", "attributed_F1", "source_acc", "denial_F1", "chars_per_s")


def run(backend: str, name: str) -> dict | None:
    gold = shared_score.load([str(SHARED / "eval" / f"{name}.jsonl")])
    if backend == "gold":
        if name != "fr-ud-dev":
            return None
        trees = {doc_id: sdoc for doc_id, sdoc in read_conllu(SHARED / "ud" / "fr-ud-dev.conllu")}
        by_text = {sdoc.text: sdoc for sdoc in trees.values()}

        def ex(text, lang):
            return claimtrack.extract(by_text[text], lang=lang)
    else:
        lang = FILES[name]
        ok, why = claimtrack.backend.available(backend, lang)
        if not ok:
            return {"unavailable": why}
        t0 = time.perf_counter()
        claimtrack.extract("Il a dit que oui." if lang == "fr" else "He said yes.", lang=lang, backend=backend)
        load = time.perf_counter() - t0

        def ex(text, lang):
            return claimtrack.extract(text, lang=lang, backend=backend)
    out = shared_score.summary(shared_score.score(gold, ex))
    if backend != "gold":
        out["load_s"] = round(load, 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--backends", default="surface,spacy,gold")
    ap.add_argument("--files", default=",".join(FILES))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    rows = []
    for backend in args.backends.split(","):
        for name in args.files.split(","):
            r = run(backend, name)
            if r is not None:
                rows.append({"backend": backend, "file": name, **r})
    if args.json:
        print(json.dumps(rows))
        return
    for r in rows:
        if "unavailable" in r:
            print(f"{r['backend']:8s} {r['file']:15s} unavailable: {r['unavailable']}")
            continue
        figs = "  ".join(f"{k}={r.get(k)}" for k in KEYS + ("load_s",) if k in r)
        print(f"{r['backend']:8s} {r['file']:15s} {figs}")


if __name__ == "__main__":
    main()
