"""Token features for the attribution tagger: word, shape, quotes, punctuation, cue lexicon, rule spans.

One feature list per token of a segmented document (or block). ``rule_spans`` are the rules' own
claims as (content, source, cue) offsets, so the model learns when the rules are right and where
spans end. ``lexical=False`` leaves word identities out (the delexicalised variant for other languages).

>>> from claimtrack.segmentation import segment
>>> doc = segment("He said it was fine.", "en")
>>> "cue=report" in token_features(doc, [])[1]
True
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..document import Document, Token
from .cuetable import cue_table

Span = tuple[int, int]
RuleSpans = Sequence[tuple[Span, Span | None, Span | None]]

_OPEN = frozenset("“‘«\u201e")
_CLOSE = frozenset("”’»")
_STRAIGHT = frozenset("\"'")


@lru_cache(maxsize=65536)
def _shape(t: str) -> str:
    if not t[:1].isalnum():
        return t[:2]
    if t.isdigit():
        return "d"
    if t.isupper():
        return "X" if len(t) > 1 else "X1"
    if t[:1].isupper():
        return "Xx"
    return "x"


def _quote_states(doc: Document, tokens: list[Token]) -> list[str]:
    """Per token: ``o`` outside quotes, ``i`` inside, ``b``/``e`` the opening/closing mark."""
    out = ["o"] * len(tokens)
    qs = sorted((q.start, q.end) for q in doc.quotes)
    k = 0
    for i, t in enumerate(tokens):
        while k < len(qs) and qs[k][1] <= t.start:
            k += 1
        if k < len(qs) and qs[k][0] <= t.start < qs[k][1]:
            a, b = qs[k]
            out[i] = "b" if t.start == a else "e" if t.end == b else "i"
    return out


def _rule_labels(tokens: list[Token], rule_spans: RuleSpans) -> list[str]:
    """Per token: the rules' label (cue k, source s, content c; B when it opens the span), or ``-``."""
    out = ["-"] * len(tokens)
    starts = [t.start for t in tokens]
    marks: list[tuple[int, int, int, str]] = []
    for content, source, cue in rule_spans:
        marks.append((0, *content, "c"))
        if source:
            marks.append((1, *source, "s"))
        if cue:
            marks.append((2, *cue, "k"))
    from bisect import bisect_left
    for _, a, b, lab in sorted(marks):
        i = bisect_left(starts, a)
        first = True
        while i < len(tokens) and tokens[i].start < b:
            out[i] = ("B" if first else "I") + lab
            first = False
            i += 1
    return out


def _cue_info(tokens: list[Token], lang: str) -> list[tuple[str, float] | None]:
    table = cue_table(lang)
    return [table.get(t.norm) if t.is_word else None for t in tokens]


def _distance(d: int) -> str:
    a = abs(d)
    b = str(a) if a < 4 else "4-7" if a < 8 else "8+"
    return ("-" if d < 0 else "+") + b


def token_features(doc: Document, rule_spans: RuleSpans, lexical: bool = True) -> list[list[str]]:
    """The feature strings of every token of ``doc`` (all sentences, in order)."""
    tokens = [t for s in doc.sentences for t in s.tokens]
    sent_of: list[int] = []
    first_of: list[bool] = []
    for s in doc.sentences:
        sent_of.extend([s.index] * len(s.tokens))
        first_of.extend([True] + [False] * (len(s.tokens) - 1))
    quotes = _quote_states(doc, tokens)
    rules = _rule_labels(tokens, rule_spans)
    cues = _cue_info(tokens, doc.lang)
    n = len(tokens)
    near = _nearest_cues(cues, sent_of)
    sent_kind = _sentence_kinds(doc, rules, cues, tokens, sent_of)
    text = doc.text
    out: list[list[str]] = []
    for i, t in enumerate(tokens):
        f = ["b", "sh=" + _shape(t.text), "q=" + quotes[i], "r=" + rules[i], "d=" + near[i]]
        if lexical:
            f += ["w=" + t.norm, "s3=" + t.norm[-3:]]
        if not t.text[:1].isalnum():
            f.append("p=" + t.text[:2])
        c = cues[i]
        if c:
            f += ["cue=" + c[0], f"cp={c[1]}", f"cue={c[0]}|q={quotes[i]}"]
        if first_of[i]:
            f.append("first")
        if i + 1 == n or sent_of[i + 1] != sent_of[i]:
            f.append("last")
        if i and "\n" in text[tokens[i - 1].end:t.start]:
            f.append("para")
        for k in (-2, -1, 1, 2):
            j = i + k
            if not 0 <= j < n:  # no feature: the first sentence of a text must look like any other
                continue
            o = tokens[j]
            f += [f"{k}:r={rules[j]}", f"{k}:q={quotes[j]}"]
            if lexical:
                f.append(f"{k}:w={o.norm}")
            if not o.text[:1].isalnum():
                f.append(f"{k}:p={o.text[:2]}")
            else:
                f.append(f"{k}:sh={_shape(o.text)}")
            if cues[j]:
                f.append(f"{k}:cue={cues[j][0]}")
        if i:  # nothing marks the start of the text: a short text starts like any sentence, not like a headline
            f.append(f"r={rules[i]}|-1:r={rules[i - 1]}")
            if lexical:
                f.append(f"w2={tokens[i - 1].norm}|{t.norm}")
        f.append(sent_kind[sent_of[i]])
        out.append(f)
    return out


def _sentence_kinds(doc: Document, rules: list[str], cues: list, tokens: list[Token],
                    sent_of: list[int]) -> dict[int, str]:
    """Per sentence: whether the rules found a claim in it, it holds a quote, a likely cue."""
    rule = {sent_of[i] for i, r in enumerate(rules) if r != "-"}
    quoted = {s.index for s in doc.sentences if s.quotes}
    cued = {sent_of[i] for i, c in enumerate(cues) if c and c[1] >= 0.5}
    return {s.index: f"S={int(s.index in rule)}{int(s.index in quoted)}{int(s.index in cued)}"
            for s in doc.sentences}


def _nearest_cues(cues: list[tuple[str, float] | None], sent_of: list[int]) -> list[str]:
    """Signed distance (in tokens, bucketed) to the nearest likely cue of the same sentence, or ``none``."""
    n = len(cues)
    out = ["none"] * n
    pos = [i for i, c in enumerate(cues) if c and c[1] >= 0.3]
    k = 0
    for i in range(n):
        while k + 1 < len(pos) and abs(pos[k + 1] - i) <= abs(pos[k] - i):
            k += 1
        if pos and sent_of[pos[k]] == sent_of[i]:
            out[i] = _distance(pos[k] - i)
    return out
