"""``X nie avoir frappé Y, comme le prétend Z`` / ``X denied it, as Z alleges``: the as-clause inside a
denial is an accusation by Z, and the denial denies it.

Example: in "Le chauffeur nie avoir roulé vite, comme le prétend le gendarme." the denial's content becomes
"avoir roulé vite" and "comme le prétend le gendarme" an accusation by "le gendarme", target "Le chauffeur".
"""

from __future__ import annotations

import re

from .denial_objects import split_reported_objects
from .denial_words import DenialWords, denial_words, word_spans, words_of
from .frames import Candidate
from .lexicon import Lexicon
from .linking import fold


def split_as_clauses(text: str, cands: list[Candidate], lex: Lexicon) -> list[tuple[Candidate, Candidate]]:
    """``X nie avoir frappé Y, comme le prétend Z``: the denial's content stops before ``comme``, and
    ``comme le prétend Z`` becomes an accusation by Z. The clause may be inside the content or right after
    it (when the sentence reader already ended the content there). Returns the new (denial, accusation)
    pairs, with those of :func:`claimtrack.denial_objects.split_reported_objects`; the new claims are appended
    to ``cands``."""
    dw = denial_words(lex.lang)
    pairs = []
    heads = {h[0] for h in dw.as_heads}
    for d in list(cands):
        end = _clause_end(text, d.content[1])
        if d.act != "denial" or not heads & set(words_of(text[d.content[0]:end])):
            continue
        toks = word_spans(text, d.content[0], end)
        for k in range(1, len(toks)):
            hit = _as_clause(text, toks, k, dw, lex)
            if hit is None:
                continue
            verb, src = hit
            cut = min(toks[k][1], d.content[1])
            while cut > d.content[0] and text[cut - 1] in " ,;\u00a0":
                cut -= 1
            if cut <= d.content[0] or text[cut:toks[k][1]].strip(" ,\u00a0"):
                break  # nothing left to deny, or other words between the content and the clause
            acc = Candidate("accusation", (toks[k][1], max(src[1], verb[1])), src, verb, lemma_of(text, verb, lex),
                            d.sentence, 0.6, "as_clause")
            acc.target = d.source
            d.content = (d.content[0], cut)
            cands.append(acc)
            pairs.append((d, acc))
            break
    return pairs + split_reported_objects(text, cands, lex)  # "les informations de Y selon lesquelles P"


def _clause_end(text: str, pos: int) -> int:
    """End of the clause that goes on at ``pos``: the next sentence-final mark, semicolon or line break."""
    m = _CLAUSE_END.search(text, pos, pos + 200)
    return m.start() if m else min(len(text), pos + 200)


_CLAUSE_END = re.compile(r"[.!?;\n]")


def lemma_of(text: str, span: tuple[int, int], lex: Lexicon) -> str:
    word = text[span[0]:span[1]].lower().replace("’", "'")
    readings = lex.cue_readings(word)
    return readings[0].lemma if readings else word


def _as_clause(text: str, toks: list, k: int, dw: DenialWords, lex: Lexicon):
    """(verb span, source span) of ``comme le prétend Z`` / ``comme Z le prétend`` / ``as Z alleges`` at token k."""
    n = len(toks)
    for size in (2, 1):
        if tuple(fold(t[0]) for t in toks[k:k + size]) in dw.as_heads:
            j = k + size
            break
    else:
        return None
    if j < n and fold(toks[j][0]) in dw.as_clitics:
        j += 1
    if j < n and _is_cue(toks[j][0], lex):  # verb first: "comme le prétend Z"
        src = _np(text, toks, j + 1, lex)
        return ((toks[j][1], toks[j][2]), src) if src else None
    src = _np(text, toks, j, lex)
    if src is None:
        return None
    m = next((i for i in range(j, min(n, j + 8)) if toks[i][1] >= src[1]), None)
    if m is not None and m < n and fold(toks[m][0]) in dw.as_clitics:
        m += 1
    if m is not None and m < n and _is_cue(toks[m][0], lex):
        return (toks[m][1], toks[m][2]), src
    return None


def _is_cue(word: str, lex: Lexicon) -> bool:
    return any(e.cls in ("report", "accuse") and not e.rest for e in lex.cue_readings(word))


def _np(text: str, toks: list, j: int, lex: Lexicon) -> tuple[int, int] | None:
    """A source noun phrase at token j: up to a comma, a relative pronoun or a cue (at most six words)."""
    if j >= len(toks):
        return None
    end = j
    while end < len(toks) and end - j < 6:
        if end > j and ("," in text[toks[end - 1][2]:toks[end][1]] or toks[end][0] in ("dont", "qui", "que", "who",
                                                                                          "which", "whose")
                        or _is_cue(toks[end][0], lex)):
            break
        end += 1
    return toks[j][1], toks[end - 1][2]
