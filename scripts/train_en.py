"""Retrain the English attribution tagger from PolNeAR train (deterministic; see scripts/README.md).

    nice python scripts/train_en.py                       # -> claimtrack/learned/en-attribution.crfsuite
    nice python scripts/train_en.py --docs 200 --iterations 50 --out /tmp/small.crfsuite   # quick try
    nice python scripts/train_en.py --delex --out claimtrack/learned/delex-attribution.crfsuite

Only the train file is read. The rules' own claims (surface backend, ``CLAIMTRACK_EN=rules``) are
computed for every text and become features. ``--docs N`` takes N documents chosen with ``--seed``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "eval" / "en-polnear-train.jsonl"


def _span(x):
    return None if x is None else (x["start"], x["end"])


def read(path: Path, docs: int | None, seed: int) -> list[dict]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    if docs is not None and docs < len(rows):
        keep = sorted(random.Random(seed).sample(range(len(rows)), docs))
        rows = [rows[i] for i in keep]
    return rows


def examples(rows: list[dict], lexical: bool):
    import claimtrack
    from claimtrack.learned.training import example, rule_spans

    for row in rows:
        text = row["text"]
        gold = [(_span(c["content"]), _span(c["source"]), _span(c["cue"])) for c in row["claims"]]
        rules = rule_spans(claimtrack.extract(text, lang="en", backend="surface"))
        yield example(text, gold, rules, lang="en", lexical=lexical)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=TRAIN)
    ap.add_argument("--out", type=Path, default=ROOT / "claimtrack" / "learned" / "en-attribution.crfsuite")
    ap.add_argument("--docs", type=int, default=None, help="train on this many documents (default: all)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--c1", type=float, default=1.0)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--min-freq", type=float, default=2)
    ap.add_argument("--delex", action="store_true", help="no word identities (for other languages)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))  # train with the claimtrack of this tree
    os.environ["CLAIMTRACK_EN"] = "rules"  # the rules' spans are features: compute them without the model
    from claimtrack.learned.training import train

    t0 = time.perf_counter()
    rows = read(args.train, args.docs, args.seed)
    train(examples(rows, not args.delex), args.out, c1=args.c1, c2=args.c2, max_iterations=args.iterations,
          min_freq=args.min_freq)
    size = args.out.stat().st_size / 1e6
    print(f"{len(rows)} documents, {time.perf_counter() - t0:.0f} s, {args.out} ({size:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
