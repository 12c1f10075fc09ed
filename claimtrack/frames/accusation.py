"""Accusation frames: "X a accusé Y de P", "X est accusé par Y de P", "accusé de P".

Example: "Le syndicat accuse la direction de mentir." → source "Le syndicat", target "la direction",
content "mentir".
"""

from __future__ import annotations

from ..lexicon import ACT_OF_CLASS
from .candidate import Candidate, Group, make_candidate
from .content import content_after
from .phrases import np_right, passive_agent, subject_of
from .view import SentenceView


def passive_accusation(S: SentenceView, g: Group, nxt: int) -> Candidate | None:
    """ "X est accusé par Y de P", "accusé de P" (reduced passive)."""
    source, k = passive_agent(S, g, nxt)
    subj, _ = subject_of(S, g)
    if S.norm(k) not in S.lex.accusation_preps:
        return None
    content = content_after(S, k + 1, nxt)
    if content is None:
        return None
    cue_end = g.last + 1 if source else g.last  # "est accusé par"
    c = Candidate(ACT_OF_CLASS.get(g.cls, "statement"), content, S.span(*source) if source else None,
                  S.span(g.first, cue_end), g.lemma, S.sent.index, 0.8 if source else 0.75, "passive", g)
    c.source_kind = "np" if source else "none"
    if subj:
        c.target = S.span(*subj)
    return c


def active_accusation(S: SentenceView, g: Group, k: int, nxt: int, to_comma: bool, np, kind: str, act: str,
                      cue) -> tuple[Candidate | None, tuple[int, int] | None]:
    """ "X a accusé Y de P" / "vous m'accusez de P", the object starting at token ``k``.

    Returns (the accusation, None) or (None, an object content "X accuse Y" when the cue takes one).
    """
    lex = S.lex
    j = k
    np2 = np_right(S, k, nxt)
    if np2:
        j = np2[1] + 1
    if S.norm(j) in lex.accusation_preps:
        content = content_after(S, j + 1, nxt, to_comma)
        if content:
            c = make_candidate(S, g, act, content, np, kind, cue, 0.8, "accuse_active")
            if np2:
                c.target = S.span(*np2)
            elif S.norm(g.first) in lex.object_clitics:
                c.target = S.span(g.first, g.first)
            return c, None
    if g.entry.object and np2:
        return None, content_after(S, k, nxt, to_comma)
    return None, None
