"""The English hook: the rules' candidates of a block in, the claims to keep out, by the chosen mode.

- ``rules``: the rules alone;
- ``model``: the tagger's claims alone (the rules' spans are still its features);
- ``union``: the tagger's claims, plus each rule claim the tagger found nothing at whose content tokens
  the tagger itself still rates as content (mean marginal at least ``UNION_MIN``).

``$CLAIMTRACK_EN`` overrides the default mode (``DEFAULT_MODE``, chosen by measurement on PolNeAR dev).

>>> mode()   # doctest: +SKIP
'union'
"""

from __future__ import annotations

import os
from bisect import bisect_right

from ..attribution import Candidate
from ..document import Document
from ..lexicon import ACT_OF_CLASS, Lexicon
from .features import token_features
from .linker import Linked, link
from .model import load, tag
from .spans import decode

MODES = ("rules", "model", "union")
DEFAULT_MODE = "union"
UNION_MIN = 0.3


def mode() -> str:
    """The English mode in force: ``$CLAIMTRACK_EN`` when set, else ``DEFAULT_MODE``."""
    m = os.environ.get("CLAIMTRACK_EN") or DEFAULT_MODE
    if m not in MODES:
        raise ValueError(f"CLAIMTRACK_EN={m!r} is not one of {', '.join(MODES)}")
    return m


def refine(doc: Document, found: list[Candidate], lex: Lexicon, how: str | None = None,
           model_path: str | None = None) -> list[Candidate]:
    """The candidates of one block under mode ``how`` (default: :func:`mode`)."""
    how = how or mode()
    if how == "rules" or not doc.sentences:
        return found
    tagger = load(model_path)
    feats = token_features(doc, [(c.content, c.source, c.cue) for c in found])
    labels, probs = tag(tagger, feats)
    tokens = [t for s in doc.sentences for t in s.tokens]
    starts = [t.start for t in tokens]
    sent_starts = [s.start for s in doc.sentences]
    out = [_candidate(doc, lex, x, _mean(probs, starts, x[0]), sent_starts) for x in link(decode(doc, labels),
                                                                                          sent_starts)]
    if how == "union":
        out = _union(out, found, tagger, feats, starts)
    out.sort(key=lambda c: (c.content[0], c.cue[0] if c.cue else -1))
    return out


def _dice(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return 2 * inter / ((a[1] - a[0]) + (b[1] - b[0]) or 1)


def _union(model: list[Candidate], rules: list[Candidate], tagger, feats: list[list[str]],
           starts: list[int]) -> list[Candidate]:
    """Model claims, each replaced by the rule claim saying the same (content Dice >= 0.5), plus the other
    rule claims the tagger rates as content."""
    variant = os.environ.get("CLAIMTRACK_EN_MERGE", "all")
    out: list[Candidate] = []
    used: set[int] = set()
    for m in model:
        best = max(range(len(rules)), key=lambda j: _dice(m.content, rules[j].content), default=None)
        if best is None or best in used or _dice(m.content, rules[best].content) < 0.5 or variant == "none":
            out.append(m)
            continue
        used.add(best)
        r = rules[best]
        if variant == "rule":
            r.confidence = round((r.confidence + m.confidence) / 2, 3)
        elif variant == "content":
            r.content, r.region_start = m.content, m.content[0]
        elif variant == "source":
            r.content, r.region_start = m.content, m.content[0]
            if m.source is not None:
                r.source = m.source
        elif variant == "all":
            r.content, r.region_start = m.content, m.content[0]
            r.source = m.source or r.source
            if m.cue is not None and m.cue != r.cue:
                r.cue, r.lemma, r.act = m.cue, m.lemma, m.act
        out.append(r)
    taken = [c.content for c in out]
    for j, c in enumerate(rules):
        if j in used or any(a < c.content[1] and c.content[0] < b for a, b in taken):
            continue
        p = _content_probability(tagger, feats, starts, c.content)
        if p >= UNION_MIN:
            c.confidence = round(c.confidence * p, 3)
            out.append(c)
    return out


def _token_range(starts: list[int], span: tuple[int, int]) -> range:
    return range(max(0, bisect_right(starts, span[0]) - 1), bisect_right(starts, span[1] - 1))


def _mean(probs: list[float], starts: list[int], span: tuple[int, int]) -> float:
    r = _token_range(starts, span)
    return sum(probs[i] for i in r) / len(r) if len(r) else 0.0


def _content_probability(tagger, feats: list[list[str]], starts: list[int], span: tuple[int, int]) -> float:
    """Mean over the span's tokens of the tagger's probability that the token is content (B-C or I-C)."""
    r = _token_range(starts, span)
    if not len(r):
        return 0.0
    import pycrfsuite

    tagger.set(pycrfsuite.ItemSequence(feats))
    return sum(tagger.marginal("B-C", i) + tagger.marginal("I-C", i) for i in r) / len(r)


def _candidate(doc: Document, lex: Lexicon, x: Linked, conf: float, sent_starts: list[int]) -> Candidate:
    content, source, cue = x
    text = doc.text
    lemma, act = None, "statement"
    if cue is not None:
        words = text[cue[0]:cue[1]].lower().replace("’", "'").split()
        readings = [r for w in words for r in lex.cue_readings(w)]
        if readings:
            lemma, act = readings[0].lemma, ACT_OF_CLASS.get(readings[0].cls, "statement")
        else:
            lemma = " ".join(words)
    anchor = cue or content
    sentence = doc.first + max(0, bisect_right(sent_starts, anchor[0]) - 1)
    c = Candidate(act, content, source, cue, lemma, sentence, round(conf, 3), "learned")
    return c
