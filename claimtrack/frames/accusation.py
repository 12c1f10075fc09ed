"""Accusation frames: "X a accusé Y de P", "X est accusé par Y de P", "accusé de P".

Example: "Le syndicat accuse la direction de mentir." → source "Le syndicat", target "la direction",
content "mentir".
"""

from __future__ import annotations

from ..lexicon import ACT_OF_CLASS
from .candidate import Candidate, Group, make_candidate
from .content import content_after
from .phrases import bare_np, infinitive_at, np_right, passive_agent, subject_of
from .view import SentenceView


def passive_accusation(S: SentenceView, g: Group, nxt: int) -> Candidate | None:
    """ "X est accusé par Y de P", "X est accusé de P par Y", "accusé de P" (reduced passive); P is an
    infinitive clause ("d'avoir menti") or a noun phrase ("de corruption passive")."""
    lex = S.lex
    source, k = passive_agent(S, g, nxt)
    if source and S.norm(k) not in lex.accusation_preps:
        source, k = split_at_charge(S, source)
    subj, _ = subject_of(S, g)
    if S.norm(k) not in lex.accusation_preps:
        return None
    content, after = accused_content(S, k, nxt)
    if content is None:
        return None
    if source is None and S.norm(after) in lex.agent_preps:
        source = np_right(S, after + 1, nxt) or bare_np(S, after + 1, nxt)  # "accusé de corruption par le parquet"
    cue_end = g.last + 1 if source and source[0] == g.last + 2 else g.last  # "est accusé par"
    c = Candidate(ACT_OF_CLASS.get(g.cls, "statement"), content, S.span(*source) if source else None,
                  S.span(g.first, cue_end), g.lemma, S.sent.index, 0.8 if source else 0.75, "passive", g)
    c.source_kind = "np" if source else "none"
    if subj:
        c.target = S.span(*subj)
    return c


def split_at_charge(S: SentenceView, np: tuple[int, int]) -> tuple[tuple[int, int], int]:
    """ "le parquet de corruption" read as one phrase: the phrase up to its last "de" before a lower-case
    word, and that "de" (``np`` and the token after it when there is none)."""
    for j in range(np[1] - 1, np[0], -1):
        if S.norm(j) in S.lex.charge_preps and S.t[j + 1].text[:1].islower():
            return (np[0], j - 1), j
    return np, np[1] + 1


def accused_content(S: SentenceView, k: int, nxt: int, to_comma: bool = False):
    """What the accused is said to have done, after the "de"/"of" at ``k``: an infinitive clause to the end
    of its clause, else the noun phrase alone. Returns (character span, token after it)."""
    if infinitive_at(S, k + 1) or S.norm(k + 1) in S.lex.negation:  # "de ne pas avoir …"
        span = content_after(S, k + 1, nxt, to_comma)
        return span, S.n
    np = charge_np(S, k, nxt)
    if np is None:
        return content_after(S, k + 1, nxt, to_comma), S.n
    return S.span(*np), np[1] + 1


def charge_np(S: SentenceView, k: int, nxt: int) -> tuple[int, int] | None:
    """The noun phrase of a charge after the "de" at ``k``: "de corruption", "du vol d'une voiture" ("du" is
    "de" + article), "d'abus de confiance" (bare nouns with their complements), "of fraud"."""
    np = np_right(S, k + 1, nxt)
    if np is None and S.norm(k) in S.lex.determiners:
        whole = np_right(S, k, nxt)
        np = (k + 1, whole[1]) if whole and whole[1] > k else None
    if np is None:
        np = bare_np(S, k + 1, nxt)
        while np and S.norm(np[1] + 1) in S.lex.np_preps and not infinitive_at(S, np[1] + 2):
            more = bare_np(S, np[1] + 2, nxt)  # "abus de confiance"
            if more is None:
                break
            np = (np[0], more[1])
    return np


def active_accusation(S: SentenceView, g: Group, k: int, nxt: int, to_comma: bool, np, kind: str, act: str,
                      cue) -> tuple[Candidate | None, tuple[int, int] | None]:
    """ "X a accusé Y de P" / "vous m'accusez de P" / "accused him of P", the object starting at token ``k``.

    Returns (the accusation, None) or (None, an object content "X accuse Y" when the cue takes one).
    """
    lex = S.lex
    j = k
    np2 = np_right(S, k, nxt) if S.norm(k) not in lex.charge_preps else None  # "l'accuse de …"
    if np2 is None and (S.norm(k) in lex.stressed_pronouns or S.norm(k) in lex.object_clitics):
        np2 = (k, k)  # "accused him of fraud"
    if np2 is None and lex.bare_objects and g.lemma in lex.accused_of:
        np2 = bare_np(S, k, nxt)  # "accused police of using force"
        np2 = np2 if np2 and S.norm(np2[1] + 1) in lex.accusation_preps else None
    wide = with_apposition(S, np2)
    if wide != np2:
        np2, j = wide, wide[1] + 2  # the charge after the apposition's closing comma
    else:
        if np2 and S.norm(np2[1] + 1) not in lex.accusation_preps and g.lemma in lex.accused_of:
            np2, _ = split_at_charge(S, np2)  # "accuse le maire de corruption"
        j = np2[1] + 1 if np2 else k
    if S.norm(j) in lex.accusation_preps:
        content, _ = accused_content(S, j, nxt, to_comma)
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


def with_apposition(S: SentenceView, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """The accused with a name set off by commas before the charge: "accused the head of the agency, Dan Myers,
    of hiding cash" → "the head of the agency, Dan Myers"."""
    if np is None or S.norm(np[1] + 1) != ",":
        return np
    c = S.next_comma(np[1] + 2)
    if c < S.n and c - np[1] <= 6 and S.norm(c + 1) in S.lex.accusation_preps and S.is_name_like(np[1] + 2):
        return (np[0], c - 1)
    return np
