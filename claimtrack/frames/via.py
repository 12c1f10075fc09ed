"""Relaying channels after a cue: "cité par X", "dans un communiqué", "in a statement".

Example: in "a-t-il déclaré dans un communiqué" the via is "un communiqué".
"""

from __future__ import annotations

from .candidate import Candidate, Group
from .phrases import np_right
from .view import SentenceView


def find_via(S: SentenceView, g: Group, c: Candidate, nxt: int) -> None:
    """Relaying channels after the cue: "cité par X", "dans un communiqué", "told Reuters"."""
    lex = S.lex
    k = g.last + 1
    lim = min(S.n, nxt if nxt > k else S.n)
    while k < lim:
        k = S.next_via_opener(k)  # the walk visits only the tokens a channel can open at
        if k >= lim:
            break
        w = S.norm(k)
        if w in lex.relay_participles and S.norm(k + 1) in lex.agent_preps:
            np = np_right(S, k + 2, S.n)
            if np:
                c.via.append(S.span(*np))
                k = np[1] + 1
                continue
        if w in lex.channel_preps:
            # the channel ends where an inverted source starts: "a indiqué dans un communiqué le ministère"
            end = S.index_after(c.source[0]) if c.source and c.source[0] > S.t[k].start else S.n
            np = np_right(S, k + 1, end)
            if np and any(S.norm(i) in lex.channel_nouns for i in range(np[0], np[1] + 1)):
                c.via.append(S.span(*np))
                k = np[1] + 1
                continue
        k += 1
