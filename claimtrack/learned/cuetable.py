"""Every cue form of a language's lexicon with its class and measured precision, for model features.

Unlike :class:`claimtrack.lexicon.Lexicon`, no cue is left out for low precision: the model learns
how far to trust each one.

>>> cue_table("en")["said"]
('report', 0.8)
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from ..lexicon import spelling_variants


def _bucket(p: float) -> float:
    """Precision rounded down to a tenth (a feature value, not a number to learn per word)."""
    return min(0.9, int(p * 10) / 10)


def _precision(e: object) -> float:
    p = e.get("precision") if isinstance(e, dict) else None
    return 1.0 if p is None else float(p)


@cache
def cue_table(lang: str) -> dict[str, tuple[str, float]]:
    """Lower-cased one-word cue form -> (class, precision bucket); multiword cues by their first word,
    markers ("according to") with class ``marker``."""
    path = resources.files("claimtrack").joinpath("data", lang, "cues.json")
    try:
        cues = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    out: dict[str, tuple[str, float]] = {}
    for table in ("lemmas", "multiword"):
        for lemma, e in cues.get(table, {}).items():
            p = _bucket(_precision(e))
            for f in (v for form in e.get("forms", [lemma]) for v in spelling_variants(form, lang)):
                w = f.lower().replace("’", "'").split()[0]
                if w not in out or out[w][1] < p:
                    out[w] = (e.get("class", "report"), p)
    for m, e in cues.get("markers", {}).items():
        p = _bucket(_precision(e))
        w = m.lower().replace("’", "'").split()[0]
        if p >= 0.3 and (w not in out or out[w][1] < p):
            out[w] = ("marker", p)
    return out
