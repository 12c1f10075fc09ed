"""The English tagger: speed of the English default, first-call latency, model load time and file size,
and quality per mode on PolNeAR dev with a reliability table (precision per confidence decile).

usage: python benchmarks/english_model.py [--gold ../shared/eval/en-polnear-dev.jsonl] [--no-quality]
One core: threads pinned to 1. Speed is the best of 3 passes over the gold texts (or, without the gold
file, the generated English corpus of benchmarks/corpus.py). First-call latency runs in a fresh process:
``import claimtrack`` and one ``extract`` of a short English text, the model loaded on the way.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")
sys.path.insert(0, os.path.dirname(__file__))
ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "en-polnear-dev.jsonl"
SCORER = ROOT.parent / "shared" / "tools"

FIRST_CALL = ("import time; t = time.perf_counter(); import claimtrack; "
              "claimtrack.extract('The mayor said that the bridge would open in May.', lang='en', backend='surface'); "
              "print(time.perf_counter() - t)")


def first_call() -> float:
    env = dict(os.environ, CLAIMTRACK_BACKEND="surface")
    return min(float(subprocess.run([sys.executable, "-c", FIRST_CALL], capture_output=True, text=True, check=True,
                                    env=env).stdout) for _ in range(3))


def load_time() -> tuple[float, float]:
    from claimtrack.learned.model import _open, default_path

    t = time.perf_counter()
    _open(str(default_path()))
    return time.perf_counter() - t, default_path().stat().st_size / 1e6


def speed(texts: list[str], how: str) -> float:
    import claimtrack

    os.environ["CLAIMTRACK_EN"] = how
    claimtrack.extract(texts[0], lang="en", backend="surface")
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        for x in texts:
            claimtrack.extract(x, lang="en", backend="surface")
        best = min(best, time.perf_counter() - t)
    return sum(map(len, texts)) / best


def _matches(score, text: str, gold: list[dict], preds: list[dict]) -> dict[int, bool]:
    """Prediction index -> source right, for the predictions the scorer's matching pairs with a gold claim."""
    pairs = []
    for gi, g in enumerate(gold):
        gs = score.trim(text, g["content"]["start"], g["content"]["end"])
        for pi, p in enumerate(preds):
            d = score.dice(gs, score.trim(text, p["content"]["start"], p["content"]["end"]))
            if d >= 0.5:
                pairs.append((d, -gi, -pi))
    out: dict[int, bool] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(pairs, reverse=True):
        if -gi in used or -pi in out:
            continue
        used.add(-gi)
        out[-pi] = bool(score.source_ok(text, gold[-gi], preds[-pi]))
    return out


def reliability(docs: list[dict], score) -> list[tuple[str, int, float, float]]:
    """Per confidence decile of the default mode's claims: count, claims precision, attributed precision."""
    import claimtrack

    os.environ.pop("CLAIMTRACK_EN", None)
    bins: dict[int, list[tuple[int, int]]] = {}
    for d in docs:
        preds = [c.to_dict() for c in claimtrack.extract(d["text"], lang="en", backend="surface")]
        m = _matches(score, d["text"], d["claims"], preds)
        for i, p in enumerate(preds):
            k = min(9, int(p["confidence"] * 10))
            bins.setdefault(k, []).append((int(i in m), int(m.get(i, False))))
    return [(f"{k / 10:.1f}-{(k + 1) / 10:.1f}", len(v), sum(x for x, _ in v) / len(v), sum(y for _, y in v) / len(v))
            for k, v in sorted(bins.items())]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--no-quality", action="store_true")
    args = ap.parse_args()
    if args.gold.is_file():
        docs = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
        texts = [d["text"] for d in docs]
    else:
        from corpus import corpus

        docs, texts = [], list(corpus(300, "en"))
    load_s, size = load_time()
    print(f"model file {size:.1f} MB, load {load_s * 1000:.0f} ms; first call (import + extract) {first_call():.2f} s")
    for how in ("rules", "model", "union"):
        print(f"{how:6s} {speed(texts, how):>12,.0f} chars/s ({sum(map(len, texts)):,} chars, one core)")
    if docs and not args.no_quality:
        sys.path.insert(0, str(SCORER))
        import score

        for how in ("rules", "model", "union"):
            os.environ["CLAIMTRACK_EN"] = how
            import claimtrack

            t = score.score(docs, lambda text, lang=None: claimtrack.extract(text, lang="en", backend="surface"))
            print(how, score.summary(t))
        print("| confidence | claims | claims precision | attributed precision |")
        print("|---|---|---|---|")
        for band, n, p, a in reliability(docs, score):
            print(f"| {band} | {n} | {p:.3f} | {a:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
