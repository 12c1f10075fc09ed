"""Denial linking: which claims of the article each denial rejects, over the claims of the whole document.

Runs after sources are analysed (every candidate has its mention key, :mod:`.article_claims`), so that it
can compare parties and contents across the article:

- ``…, ce que X dément``: the claims before it in its own sentence;
- the denier is the accused: ``X nie les faits`` denies the accusations whose target is X, and
  ``les accusés nient`` every accusation of the article made by another party;
- anaphoric objects (``a démenti ces allégations``, ``cette hypothèse est réfutée``, ``nie tout en bloc``):
  the most recent claims the noun can stand for, or every earlier claim of the other parties;
- restated material (``X nie avoir frappé Y`` ↔ ``« X a frappé Y », dit Z``): content terms compared
  with negation removed (:mod:`claimtrack.similarity`), claims of the other parties only;
- ``…, comme le prétend Z`` inside a denial is an accusation by Z (:mod:`.as_clauses`), denied by it;
- denials without a denial verb (« Elle ment », ``X assure n'avoir jamais …``) are found first
  (:mod:`.denial_acts`).

The words come from ``claimtrack/data/<lang>/denials.json`` (:mod:`.denial_words`).
"""

from __future__ import annotations

from .article_claims import NEAR, ArticleClaims, same_party, target_keys
from .denial_acts import promote
from .denial_parties import object_owner
from .denial_words import DenialWords, calls_a_lie, has_phrase, words_of
from .frames import Candidate
from .lexicon import Lexicon
from .linking import Mention

NESTED = 30  # a denial object shorter than this (characters) holds no claim of its own
RECENT = 4  # sentences back in which an anaphoric object ("ces accusations") finds what it stands for


def resolve_denials(text: str, cands: list[Candidate], mentions: dict[int, Mention], lex: Lexicon,
                    pairs: list[tuple[Candidate, Candidate]] = ()) -> dict[int, set[int]]:
    """:func:`claimtrack.denial_acts.promote_denials`, then :func:`link_denials`, over one view of the document:
    the (denial index → denied indices) links."""
    doc = ArticleClaims(text, cands, mentions, lex)
    if promote(doc):  # promotion gave statements a target: read the targets again
        doc.retarget(target_keys(text, cands, mentions, lex))
    return link(doc, pairs)


def link_denials(text: str, cands: list[Candidate], mentions: dict[int, Mention], lex: Lexicon,
                 pairs: list[tuple[Candidate, Candidate]] = ()) -> dict[int, set[int]]:
    """Map each denial (candidate index) to the indices of the claims it denies (see the module docstring).

    ``pairs`` are the (denial, accusation) pairs :func:`split_as_clauses` made.
    """
    return link(ArticleClaims(text, cands, mentions, lex), pairs)


def link(doc: ArticleClaims, pairs: list[tuple[Candidate, Candidate]] = ()) -> dict[int, set[int]]:
    """:func:`link_denials` on a document view."""
    cands = doc.cands
    index = {id(c): i for i, c in enumerate(cands)}
    links: dict[int, set[int]] = {}
    for d, a in pairs:
        if id(d) in index and id(a) in index:
            links.setdefault(index[id(d)], set()).add(index[id(a)])
    for i, d in enumerate(cands):
        if d.act == "denial":
            found = _denied(doc, i) | links.get(i, set())
            if found:
                links[i] = found
    return links


def _denied(doc: ArticleClaims, i: int) -> set[int]:
    d = doc.cands[i]
    dw = doc.words
    before = doc.before(i)
    prior = doc.others(i, before)
    found: set[int] = set()
    if d.frame == "rel_denial":
        found = {j for j in before if doc.cands[j].sentence == d.sentence}
    words = words_of(doc.content(i))
    head = words[:4]
    guilt = bool(words) and words[0] in dw.quantifiers and has_phrase(words[1:3], dw.guilt_nouns)
    party = set(doc.accusations_against(i))  # what is said against the denier's party, whatever its words
    if doc.accused(i):
        party |= {j for j in doc.others(i, list(range(len(doc.cands))))
                  if doc.cands[j].act == "accusation" and j != i and not doc.self_directed(j)}
    if has_phrase(head, dw.whole_objects) and not has_phrase(words[1:], dw.object_nouns):
        found |= set(prior)  # "nie tout en bloc": everything the other parties said
    elif d.anaphoric or has_phrase(head, dw.object_nouns):
        owner = object_owner(doc.content(i), dw, doc.lex)
        found |= _claims_of(doc, i, owner) if owner else set()
        if not found:
            found |= _anaphora(doc, i, prior, has_phrase(head, dw.accusation_nouns))
        found |= _nested(doc, i)
    else:
        found |= set(doc.restated(i, prior) or (doc.answered(i, prior) if d.frame != "rel_denial" else ()))
    if guilt:
        found |= set(doc.about(i, prior))  # "nie toute implication", "denied any wrongdoing": what is said of them
    if not (found or party) and d.frame != "rejects_words" and not _new_material(words, doc.cands[i], dw, doc.lex):
        found |= _fallback(doc, i, prior)
    if found and doc.heads:
        found |= _restatements(doc, i, found - party)
    return found | party if party else found


def _claims_of(doc: ArticleClaims, i: int, owner: str) -> set[int]:
    """``a rejeté les accusations de l'opposition``: the claims of that party before the denial or in its
    sentence ("…, qui affirme que …")."""
    d = doc.cands[i]
    return {j for j, c in enumerate(doc.cands) if j != i and c.act != "denial" and c.sentence <= d.sentence
            and same_party(doc.keys.get(j, ""), owner)}


def _nested(doc: ArticleClaims, i: int) -> set[int]:
    """``a démenti les informations selon lesquelles P`` / ``dismissed the claims that P``: the claims
    whose content lies inside the denial's object."""
    a, b = doc.cands[i].content
    if b - a < NESTED:
        return set()  # "ces informations": no room for a claim inside
    return {j for j, c in enumerate(doc.cands) if j != i and c.act != "denial" and a <= c.content[0]
            and c.content[1] <= b}


def _restatements(doc: ArticleClaims, i: int, found: set[int]) -> set[int]:
    """The claims of the headline (the first sentence) that restate a denied claim of the body: a denial
    rejects every restatement of what it rejects, and a headline sums up the body."""
    top = [j for j in doc.heads if j != i and j not in found]
    if not (top and found):
        return set()
    return {j for j in doc.others(i, top) if any(doc.restates(j, k) for k in found)}


def _new_material(words: tuple[str, ...], d: Candidate, dw: DenialWords, lex: Lexicon) -> bool:
    """Does the denial bring its own material rather than point back: a quantified object ("toute
    appartenance", "any contact") or a quote in its own words?"""
    return bool(words) and (words[0] in dw.quantifiers
                            or d.form == "direct" and not calls_a_lie(words, dw, lex))  # "Elle ment" points back


def _anaphora(doc: ArticleClaims, i: int, prior: list[int], accusation: bool) -> set[int]:
    """``ces accusations`` / ``ce scénario``: the accusations of the last sentences and what their authors
    said around them; ``ces informations``: the claims of the last sentence that has one and the recent
    claims that name the denier ("Pike called the report false" after "… reported that Pike …")."""
    s = doc.cands[i].sentence
    recent = [j for j in prior if doc.cands[j].sentence >= s - RECENT]
    if not recent:
        return set()
    cands, keys = doc.cands, doc.keys
    acc = [j for j in recent if cands[j].act == "accusation"]
    if acc and (accusation or cands[recent[-1]].act == "accusation"):
        out = set(acc)
        accusers = {keys[j] for j in acc if keys.get(j)}
        if accusers and len(acc) < len(recent):
            out.update(j for j in recent if j in keys and (keys[j] in accusers
                                                           or any(same_party(keys[j], a) for a in accusers)))
        return out
    last = cands[recent[-1]].sentence
    out = {j for j in recent if cands[j].sentence == last}
    if len(out) < len(recent):
        out.update(doc.about(i, [j for j in recent if j not in out]))
    return out


def _fallback(doc: ArticleClaims, i: int, prior: list[int]) -> set[int]:
    """A denial with no object to go on denies the accusations made before it (anywhere in the article when
    it calls them lies: « Elle ment » as an intertitle answers what follows too), else the last claim nearby."""
    pool = prior
    if calls_a_lie(words_of(doc.content(i)), doc.words, doc.lex):
        pool = doc.others(i, [j for j in range(len(doc.cands)) if j != i])
    acc = [j for j in pool if doc.cands[j].act == "accusation" and not doc.self_directed(j)]
    if acc:
        return set(acc)
    s = doc.cands[i].sentence
    near = [j for j in prior if doc.cands[j].sentence >= s - NEAR]
    return {near[-1]} if near else set()
