"""The English hook: the rules' candidates of a block in, the claims to keep out, by the chosen mode.

- ``rules``: the rules alone;
- ``model``: the tagger's claims alone (the rules' spans are still its features);
- ``union``: the tagger's claims, plus each rule claim the tagger found nothing at whose content tokens
  the tagger itself still rates as content (mean marginal at least ``UNION_MIN``).

``$CLAIMTRACK_EN`` overrides the English default mode (``DEFAULT_MODE``, chosen by measurement on PolNeAR dev).

>>> mode()   # doctest: +SKIP
'union'
"""

from __future__ import annotations

import os
from bisect import bisect_left, bisect_right
from itertools import accumulate

from ..document import Document
from ..frames import Candidate
from ..lexicon import ACT_OF_CLASS, Lexicon
from ..notclaims import drop_scare_quotes
from .features import token_features
from .linker import Linked, link
from .model import load, tag
from .spans import decode

MODES = ("rules", "model", "union")
DEFAULT_MODE = {"en": "union"}  # other languages: the rules (a delexicalised model did not help French)
UNION_MIN = 0.3
RULE_SURE = 0.8  # a rule claim this sure stays even where the tagger sees no content (-0.002 F1 on dev)


def mode(lang: str = "en") -> str:
    """The mode in force for ``lang``: ``$CLAIMTRACK_EN`` (``$CLAIMTRACK_FR``…) when set, else ``DEFAULT_MODE``."""
    var = f"CLAIMTRACK_{lang.upper()}"
    m = os.environ.get(var) or DEFAULT_MODE.get(lang, "rules")
    if m not in MODES:
        raise ValueError(f"{var}={m!r} is not one of {', '.join(MODES)}")
    return m


def refine(doc: Document, found: list[Candidate], lex: Lexicon, how: str | None = None,
           model_path: str | None = None) -> list[Candidate]:
    """The candidates of one block under mode ``how`` (default: :func:`mode`). English uses word features;
    another language's model is delexicalised (trained on English without word identities)."""
    how = how or mode(doc.lang)
    if how == "rules" or not doc.sentences:
        return found
    tagger = load(model_path, doc.lang)
    feats = token_features(doc, [(c.content, c.source, c.cue) for c in found], lexical=doc.lang == "en")
    starts = [t.start for s in doc.sentences for t in s.tokens]
    ask = sorted({i for c in found for i in _token_range(starts, c.content)}) if how == "union" else []
    labels, probs, content = tag(tagger, feats, ask)
    sent_starts = [s.start for s in doc.sentences]
    out = [_candidate(doc, lex, x, _mean(probs, starts, x[0]), sent_starts)
           for x in link(decode(doc, labels), sent_starts)]
    if how == "union":
        out = _union(out, found, content, starts)
    out = drop_scare_quotes(doc, out, lex)  # "the so-called \"reform\"": the tagger takes it for a quote
    out.sort(key=lambda c: (c.content[0], c.cue[0] if c.cue else -1))
    return out


def _dice(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return 2 * inter / ((a[1] - a[0]) + (b[1] - b[0]) or 1)


def _union(model: list[Candidate], rules: list[Candidate], content: dict[int, float],
           starts: list[int]) -> list[Candidate]:
    """Model claims, each replaced by the rule claim saying the same (content Dice >= 0.5), plus the other
    rule claims the tagger rates as content."""
    by_sentence: dict[int, list[int]] = {}
    for j, r in enumerate(rules):
        by_sentence.setdefault(r.sentence, []).append(j)
    out: list[Candidate] = []
    used: set[int] = set()
    for m in model:
        near = [j for s in (m.sentence - 1, m.sentence, m.sentence + 1) for j in by_sentence.get(s, ())]
        best = max(near, key=lambda j: _dice(m.content, rules[j].content), default=None)
        if best is None or best in used or _dice(m.content, rules[best].content) < 0.5:
            best = _same_cue_act(m, rules, near, used)
        if best is None:
            out.append(m)
            continue
        used.add(best)
        out.append(_adopt(rules[best], m))
    taken = _Taken([c.content for c in out])
    for j, c in enumerate(rules):
        if j in used or taken.overlaps(c.content):
            continue
        p = _mean(content, starts, c.content)
        if p >= UNION_MIN or c.confidence >= RULE_SURE:
            c.confidence = round(c.confidence * p, 3)
            out.append(c)
    return out


def _same_cue_act(m: Candidate, rules: list[Candidate], near: list[int], used: set[int]) -> int | None:
    """The rule denial or accusation on the model claim's cue whose content lies inside the model's: "called
    the report false" denies "the report", "accused the union of fraud" charges the union with "fraud" (the
    rules tell the object from what it is called, the accused from the charge)."""
    for j in near:
        r = rules[j]
        keeps_apart = r.frame == "characterised" or r.target is not None
        if j not in used and keeps_apart and r.cue and m.cue and r.cue[0] < m.cue[1] \
                and m.cue[0] < r.cue[1] and m.content[0] <= r.content[0] and r.content[1] <= m.content[1]:
            return j
    return None


def _adopt(r: Candidate, m: Candidate) -> Candidate:
    """The rule claim ``r`` with the tagger's spans (measured better) and confidence; it keeps what only the
    rules find (channel, target, frame); its source stays when the tagger has none. An accusation or a
    denial keeps the rules' spans: they tell the accuser from the accused, which the tagger does not."""
    r.confidence = m.confidence
    if r.act != "statement":
        return r
    r.content, r.region_start = m.content, m.content[0]
    r.source = m.source or r.source
    if m.cue is not None and m.cue != r.cue:
        r.cue, r.lemma, r.act = m.cue, m.lemma, m.act
    return r


class _Taken:
    """Spans already claimed, to ask in log time whether a new span overlaps one of them."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(accumulate((b for _, b in spans), max))  # furthest end among the first i spans

    def overlaps(self, x: tuple[int, int]) -> bool:
        i = bisect_left(self.starts, x[1])
        return i > 0 and self.reach[i - 1] > x[0]


def _token_range(starts: list[int], span: tuple[int, int]) -> range:
    return range(max(0, bisect_right(starts, span[0]) - 1), bisect_right(starts, span[1] - 1))


def _mean(probs: dict[int, float], starts: list[int], span: tuple[int, int]) -> float:
    r = _token_range(starts, span)
    return sum(probs.get(i, 0.0) for i in r) / len(r) if len(r) else 0.0


_EDGE = " \t\n,;:\u2014\u2013-"


def _trimmed(text: str, span: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """A content without edge punctuation or its opening conjunction ("that the bridge…" -> "the bridge…"),
    the convention of claimtrack's records; unchanged when nothing would be left."""
    a, b = span
    while a < b and text[a] in _EDGE:
        a += 1
    while b > a and text[b - 1] in _EDGE:
        b -= 1
    first = text[a:b].split(maxsplit=1)
    if len(first) == 2 and first[0].lower() in lex.complementizers:
        a = text.index(first[1], a)
    return (a, b) if a < b else span


_SOURCE_EDGE = " \t\n,;:"  # not ".": "Acme Inc." keeps its period


def _edge_trimmed(text: str, span: tuple[int, int], edge: str) -> tuple[int, int]:
    """``span`` without the ``edge`` characters at either end ("The mayor, Paul Girard," -> "The mayor, Paul
    Girard"); unchanged when nothing would be left."""
    a, b = span
    while a < b and text[a] in edge:
        a += 1
    while b > a and text[b - 1] in edge:
        b -= 1
    return (a, b) if a < b else span


def _candidate(doc: Document, lex: Lexicon, x: Linked, conf: float, sent_starts: list[int]) -> Candidate:
    content, source, cue = x
    text = doc.text
    content = _trimmed(text, content, lex)
    if source is not None:
        source = _edge_trimmed(text, source, _SOURCE_EDGE)
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
