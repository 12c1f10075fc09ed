"""Frame readers: candidate attributions of one sentence, read from the cues and their neighbours.

Each cue (a verb group of the lexicon or an "according to" marker, :mod:`.cue_groups`) is read in the
frame its neighbours show, one module per frame family over one sentence view (:mod:`.view`):

- :mod:`.incise` — the cue after the content: ``« … », glisse-t-elle``, ``"…," she said``, ``P, officials said``;
- :mod:`.cue_content` — subject, cue, content: ``X a annoncé que …``, ``X a déclaré : « … »``, ``X nie avoir …``;
- :mod:`.according` — ``Selon X, …``, ``…, selon X``, ``according to X``, ``Pour X, …``;
- :mod:`.accusation` — ``X a accusé Y de …``, ``X est accusé par Y de …``, ``accusé de …``;
- :mod:`.denial` — ``…, ce que X dément``, ``which X denies``, ``… ont été rejetées par X``;
- :mod:`.quotes` — speaker labels (``WALLACE: …``) and bare quotes no cue claims.

Nothing here looks beyond the sentence: floating quotes, pronouns and denial links are linking's work.
Example: ``sentence_candidates(doc, sent, lex)`` on « Rien n'est joué », glisse-t-elle. gives one
``post`` candidate, source "elle", cue "glisse-t-elle".
"""

from __future__ import annotations

from .. import syntax
from ..document import Document, Sentence
from ..lexicon import Lexicon
from .according import read_according
from .accusation import passive_accusation
from .candidate import Candidate, Group
from .content import content_quotes, form_of
from .cue_content import read_verb
from .cue_groups import cue_groups
from .denial import object_cues_dropped, passive_denial
from .incise import unknown_verb_incises
from .parsed import with_parse
from .quotes import (
    bare_quotes,
    colon_quote,
    line_start,
    quote_then_speaker,
    speaker_label,
    speaker_relative_quote,
)
from .via import find_via
from .view import SentenceView

__all__ = ["Candidate", "Group", "content_quotes", "form_of", "sentence_candidates"]


def sentence_candidates(doc: Document, sent: Sentence, lex: Lexicon) -> list[Candidate]:
    """Every candidate attribution of one sentence."""
    if not sent.tokens:
        return []
    # the tokens that may open a cue group, found once: cue_groups looks only there
    openers = lex.cue_openers
    norms = [t.norm for t in sent.tokens]
    hits = [i for i, w in enumerate(norms) if w in openers] if not openers.isdisjoint(norms) else []
    if not hits and not sent.quotes and not doc.parsed and not line_start(doc, sent):
        return []  # most sentences hold no cue at all: say so before building the analysis state
    S = SentenceView(doc, sent, lex, norms)
    groups = object_cues_dropped(S, cue_groups(S, hits))
    cands: list[Candidate] = []
    parsed = doc.parsed and syntax.parsed(S)  # only an aligned parse sets heads
    for gi, g in enumerate(groups):
        nxt = groups[gi + 1].first if gi + 1 < len(groups) else S.n
        c = read_group(S, g, nxt, cands)
        if parsed and g.kind == "verb":
            c = with_parse(S, g, c)
        if c is not None:
            c.group = g
            find_via(S, g, c, nxt)
            cands.append(c)
            if c.cue and c.frame in ("post", "according_post", "rel_denial"):
                S.floor = max(S.floor, S.next_comma(S.index_after(c.cue[1])) + 1)
    if lex.unknown_verb_incise and S.quote_close:
        cands.extend(unknown_verb_incises(S, cands))
    label = speaker_label(S) or quote_then_speaker(S)
    if label is not None:
        cands.insert(0, label)
    for extra in (colon_quote(S, cands), speaker_relative_quote(S, cands)):
        if extra is not None:
            cands.append(extra)
    bare_quotes(S, cands)
    for c in cands:
        if c.source is not None and lex.subject_pronouns.get(S.text[c.source[0]:c.source[1]].lower()) == "x":
            c.source, c.source_kind = None, "none"  # "On raconte que …": the indefinite pronoun names no one
    return cands


def read_group(S: SentenceView, g: Group, nxt: int, cands: list[Candidate]) -> Candidate | None:
    """The frame reader for one cue group."""
    if g.kind in ("according", "according_weak"):
        return read_according(S, g, cands)
    if g.passive and g.cls == "accuse":
        return passive_accusation(S, g, nxt)
    if g.passive and g.cls == "deny":
        return passive_denial(S, g, nxt)
    after = S.norm(g.verb + 1)
    if g.cls == "accuse" and not g.aux and (after in S.lex.accusation_preps or after in S.lex.agent_preps) \
            and S.t[g.verb].norm.endswith(("é", "ée", "és", "ées", "ed")):
        return passive_accusation(S, g, nxt)  # reduced passive: "… accusé de …"
    return read_verb(S, g, nxt, cands)
