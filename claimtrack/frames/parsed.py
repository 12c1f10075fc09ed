"""Surface readings completed with the dependency tree, when the backend gives one.

Example: in "Le ministre, arrivé tard et visiblement fatigué, a fini par reconnaître que …" the tree finds
the subject the surface rules could not reach.
"""

from __future__ import annotations

from .. import syntax
from ..lexicon import ACT_OF_CLASS
from .candidate import Candidate, Group
from .view import SentenceView


def with_parse(S: SentenceView, g: Group, c: Candidate | None) -> Candidate | None:
    """Complete a surface reading with the dependency tree (see :mod:`claimtrack.syntax`).

    The tree recovers a cue the surface frames could not read (coordinated verbs, subjects far from
    their verb) and gives a source where the surface found none; it does not overrule a surface source:
    measured on French dev, overruling helps with gold trees only as much as filling does, and a
    predicted parse's errors then cost more than they fix (docs/backends.md).
    """
    src, kind = syntax.source_of(S, g)
    if c is None:
        if src is None or (g.entry and g.entry.weak):
            return None
        content = syntax.content_of(S, g)
        if content is None or content[0] <= g.verb <= content[1]:
            return None
        if S.inside_quote(g.first) and S.norm(src[0]) in S.lex.subject_pronouns \
                and S.lex.subject_pronouns[S.norm(src[0])] in ("1", "1p", "2"):
            return None  # the quoted speaker's own words
        act = ACT_OF_CLASS.get(g.cls, "statement")
        c = Candidate(act, S.span(*content), S.span(*src), S.span(g.first, g.last), g.lemma, S.sent.index,
                      0.6, "parse", g)
        c.source_kind = "pronoun" if kind == "pronoun" else "np"
        if g.cls == "accuse":
            tgt = syntax.target_of(S, g)
            c.target = S.span(*tgt) if tgt else None
        return c
    if src is not None and (c.source is None or c.weak_source) \
            and c.frame not in ("passive", "according_pre", "according_post"):
        c.source = S.span(*src)
        c.source_kind = "pronoun" if kind == "pronoun" else "np"
    return c
