"""Does `confidence` mean something? Precision of the more confident half of the claims vs the other half.

usage: python benchmarks/confidence.py [GOLD.jsonl ...]   (default: ../shared/eval/fr-ud-dev.jsonl)
A prediction is correct when it matches a gold claim (content Dice >= 0.5, the shared scorer's rule).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import claimtrack

SHARED = Path(__file__).resolve().parents[2] / "shared"
sys.path.insert(0, str(SHARED / "tools"))
from score import dice, trim  # noqa: E402  (the shared scorer's own matching)


def scored_predictions(path: Path) -> list[tuple[float, bool]]:
    out = []
    for line in path.open(encoding="utf-8"):
        doc = json.loads(line)
        text = doc["text"]
        gold = [trim(text, g["content"]["start"], g["content"]["end"]) for g in doc["claims"]]
        preds = claimtrack.extract(text, lang=doc.get("lang"))
        pairs = sorted(((dice(gs, trim(text, p.content.start, p.content.end)), gi, pi)
                        for gi, gs in enumerate(gold) for pi, p in enumerate(preds)), reverse=True)
        used_g, used_p = set(), set()
        for d, gi, pi in pairs:
            if d < 0.5 or gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
        out += [(p.confidence, pi in used_p) for pi, p in enumerate(preds)]
    return out


def main(paths: list[str]) -> None:
    for p in paths or [str(SHARED / "eval" / "fr-ud-dev.jsonl")]:
        preds = sorted(scored_predictions(Path(p)), key=lambda x: -x[0])
        half = len(preds) // 2
        top, bottom = preds[:half], preds[half:]
        prec = lambda xs: sum(ok for _, ok in xs) / len(xs) if xs else float("nan")  # noqa: E731
        print(f"{Path(p).name}: {len(preds)} claims; precision of the more confident half "
              f"{prec(top):.3f} (confidence >= {top[-1][0] if top else 0:.2f}), other half {prec(bottom):.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
