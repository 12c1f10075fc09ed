"""Denial figures on a gold file, with the scorer's own matching.

usage: PYTHONPATH=. python benchmarks/denials.py GOLD.jsonl [--score ../shared/tools/score.py] [--show] [--links]

Prints denial recall (gold denials matched, through the scorer's content matching, by a predicted claim
whose act is ``denial``), denial precision (predicted denials matched to a gold denial) and, for English
PolNeAR files, the recall of gold claims whose cue lemma is a denial word of our lexicon. The scorer is
imported at run time; nothing from the gold is written anywhere. ``--links`` prints, per document, the denial
links (denier → denied, gold ids) that were missed and those predicted wrongly: a diagnosis for development
files only (never for the held-out sets).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

import claimtrack
from claimtrack.lexicon import get_lexicon

DEFAULT_SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def match(sc, text: str, gold: list[dict], preds: list[dict]) -> dict[int, int]:
    """Gold index → prediction index, best Dice first, one to one (the scorer's rule)."""
    pairs = []
    for gi, g in enumerate(gold):
        gs = sc.trim(text, g["content"]["start"], g["content"]["end"])
        for pi, p in enumerate(preds):
            ps = sc.span_of(p.get("content"), len(text))
            if ps:
                d = sc.dice(gs, sc.trim(text, *ps))
                if d >= 0.5:
                    pairs.append((d, -gi, -pi))
    pairs.sort(reverse=True)
    g2p: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if -gi in g2p or -pi in used:
            continue
        g2p[-gi] = -pi
        used.add(-pi)
    return g2p


def is_denial_cue(g: dict, lang: str) -> bool:
    """Is the gold cue a denial word of our lexicon (its lemma or a form of it)?"""
    cue = (g.get("cue") or {}).get("text") or ""
    lex = get_lexicon(lang)
    words = [w.lower() for w in cue.replace("’", "'").split()]
    return any(e.cls == "deny" for w in words for e in lex.cue_readings(w))


def link_pairs(claims: list[dict], ids: dict) -> set[tuple]:
    """(denier, denied) pairs from ``denies`` and ``denied_by``, through ``ids`` (claim id → gold id or None)."""
    out = set()
    for c in claims:
        for d in c.get("denies") or []:
            out.add((ids.get(c["id"]), ids.get(d)))
        for d in c.get("denied_by") or []:
            out.add((ids.get(d), ids.get(c["id"])))
    return out


def show_links(doc: dict, gold: list[dict], preds: list[dict], g2p: dict[int, int]) -> None:
    gid = {g["id"]: g["id"] for g in gold}
    pid = {preds[p]["id"]: gold[g]["id"] for g, p in g2p.items()}
    want, got = link_pairs(gold, gid), link_pairs(preds, pid)
    text = {g["id"]: g["content"]["text"][:60] for g in gold}
    for tag, pairs in (("MISSED", want - got), ("WRONG", got - want)):
        for a, b in sorted(pairs, key=str):
            print(f"  {tag:6} {doc['doc_id']} {a}→{b}: {text.get(a, '?')!r} → {text.get(b, '?')!r}")


def run(path: str, scorer: Path, show: bool = False, links: bool = False) -> dict:
    sc = load_scorer(scorer)
    tot = dict(gold_den=0, found=0, pred_den=0, pred_ok=0, cue_gold=0, cue_found=0)
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        doc = json.loads(line)
        text, lang = doc["text"], doc.get("lang") or "fr"
        preds = [c.to_dict() for c in claimtrack.extract(text, lang=lang)]
        gold = doc["claims"]
        g2p = match(sc, text, gold, preds)
        p2g = {p: g for g, p in g2p.items()}
        if links:
            show_links(doc, gold, preds, g2p)
        for gi, g in enumerate(gold):
            hit = gi in g2p and preds[g2p[gi]]["act"] == "denial"
            if g.get("act") == "denial":
                tot["gold_den"] += 1
                tot["found"] += hit
                if show and not hit:
                    print(f"  MISS {doc['doc_id']} {g['id']}")
            if is_denial_cue(g, lang):
                tot["cue_gold"] += 1
                tot["cue_found"] += gi in g2p
        for pi, p in enumerate(preds):
            if p["act"] == "denial":
                tot["pred_den"] += 1
                ok = pi in p2g and gold[p2g[pi]].get("act") == "denial"
                tot["pred_ok"] += ok
                if show and not ok:
                    print(f"  FP   {doc['doc_id']} {p['id']} at {p['content']['start']}")
    r = tot["found"] / tot["gold_den"] if tot["gold_den"] else None
    p = tot["pred_ok"] / tot["pred_den"] if tot["pred_den"] else None
    cr = tot["cue_found"] / tot["cue_gold"] if tot["cue_gold"] else None
    return dict(tot, denial_recall=r and round(r, 3), denial_precision=p and round(p, 3),
                denial_cue_recall=cr and round(cr, 3))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--links", action="store_true")
    a = ap.parse_args()
    print("  ".join(f"{k}={v}" for k, v in run(a.gold, a.score, a.show, a.links).items()))


if __name__ == "__main__":
    main()
