"""Denial frames: "X dément ces accusations", "…, ce que X dément", "which X denies", "rejetées par X".

Example: "Il aurait menti, ce que son avocat dément." → a denial by "son avocat" whose content runs from
"ce que" to the cue; linking then ties it to the claim it denies.
"""

from __future__ import annotations

from ..lexicon import ACT_OF_CLASS
from .candidate import Candidate, Group
from .phrases import passive_agent, subject_of
from .view import SentenceView


def appositive_object(S: SentenceView, k: int) -> int:
    """Start of ", a charge (that) X denies" ending before token ``k``, else -1."""
    j = k - 1
    if S.norm(j) in S.lex.complementizers or S.norm(j) in ("which", "that"):
        j -= 1
    if S.norm(j) in S.lex.anaphoric_objects and S.norm(j - 1) in S.lex.determiners | S.lex.anaphoric_dets \
            and S.norm(j - 2) == ",":
        return j - 1
    return -1


def relative_denial_at(S: SentenceView, j: int) -> bool:
    """Does a relative denial start at token ``j`` (", ce que X dément", ", which X denies")?"""
    lex = S.lex
    if S.norm(j) in ("qui", "who"):  # ", qui dément": the antecedent's own denial
        m = j + 1
        while m < S.n and m - j < 4 and (S.norm(m) in lex.auxiliaries or S.norm(m) in lex.adverbs
                                          or S.norm(m) in lex.object_clitics):
            m += 1
        if any(r.cls == "deny" for r in lex.forms.get(S.norm(m), ())):
            return True
    for pat in lex.relative_objects:
        if all(S.norm(j + m) == pat[m] for m in range(len(pat))):
            for m in range(j + len(pat), min(j + len(pat) + 6, S.n)):
                if any(r.cls == "deny" for r in lex.forms.get(S.norm(m), ())):
                    return True
    return False


def relative_denial(S: SentenceView, g: Group, np, kind: str, act: str, cue) -> Candidate | None:
    """A deny cue whose subject follows a relative or appositive object: ", ce que X dément",
    ", a charge his office denies"; ``np`` is the phrase left of the cue."""
    lex = S.lex
    t = S.t
    if np is None or g.cls != "deny":
        return None
    if np[1] - np[0] >= 2 and S.norm(np[0]) in lex.determiners \
            and S.norm(np[0] + 1) in lex.anaphoric_objects and S.norm(np[0] - 1) == ",":
        sub = np[0] + 2 + (S.norm(np[0] + 2) in ("that", "which"))
        if sub <= np[1]:
            c = Candidate(act, (t[np[0]].start, t[g.last].end), S.span(sub, np[1]), cue, g.lemma,
                          S.sent.index, 0.85, "rel_denial", g)  # ", a charge his office denies"
            c.source_kind = "pronoun" if sub == np[1] and S.norm(sub) in lex.subject_pronouns else "np"
            return c
    for pat in lex.relative_objects:
        k0 = np[0] - len(pat)
        if k0 >= 0 and all(S.norm(k0 + m) == pat[m] for m in range(len(pat))) or \
                pat == lex.relative_objects[0] and (k0 := appositive_object(S, np[0])) >= 0:
            c = Candidate(act, (t[k0].start, t[g.last].end), S.span(*np), cue, g.lemma, S.sent.index,
                          0.85, "rel_denial", g)
            c.source_kind = kind
            return c
    return None


def passive_denial(S: SentenceView, g: Group, nxt: int) -> Candidate | None:
    """ "Les accusations ont été rejetées par X": the subject is what X denies."""
    source, _ = passive_agent(S, g, nxt)
    subj, _ = subject_of(S, g)
    if not (source and subj):
        return None
    return Candidate(ACT_OF_CLASS.get(g.cls, "statement"), S.span(*subj), S.span(*source), S.span(g.first, g.last),
                     g.lemma, S.sent.index, 0.75, "passive_deny", g)


def points_back(S: SentenceView, g: Group, k: int) -> bool:
    """ "a démenti ces accusations": a deny cue whose object (at ``k``) points back at an earlier claim."""
    return g.cls == "deny" and S.norm(k) in S.lex.anaphoric_dets and S.norm(k + 1) in S.lex.anaphoric_objects


def bare_object_at(S: SentenceView, k: int) -> bool:
    """Does a determinerless object start at ``k`` ("denied wrongdoing", "denies taking payments")? Only where
    the language table allows it (English); a function word, pronoun or adverb is no object."""
    lex = S.lex
    if not lex.bare_objects or not 0 <= k < S.n:
        return False
    text, w = S.t[k].text, S.norm(k)
    if not (text.isalpha() and text[:1].islower()) or len(w) < 3 or any(
            w in ws for ws in (lex.determiners, lex.stop_preps, lex.complementizers, lex.subject_pronouns,
                               lex.stressed_pronouns, lex.auxiliaries, lex.adverbs, lex.time_words, lex.negation,
                               lex.coordinators, lex.infinitive_heads, lex.boundaries, lex.relative_pronouns)):
        return False
    if w.endswith("ing"):
        return True  # a gerund clause: "denied taking payments"
    after = S.norm(k + 1)  # a bare noun ends its phrase: "denied wrongdoing.", "denied involvement in …"
    return k + 1 >= S.n or not S.t[k + 1].text[:1].isalnum() or after in lex.stop_preps \
        or after in lex.np_preps or after in lex.time_words or after in lex.coordinators \
        or after in lex.complementizers  # "disputed claims that …"


def without_time_tail(S: SentenceView, k: int, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """``content`` (starting at token ``k``) less a final time phrase: "wrongdoing on Wednesday" → "wrongdoing"."""
    if content is None:
        return None
    e = max((i for i in range(k, S.n) if S.t[i].end <= content[1]), default=k)
    j = e
    while j > k and S.norm(j) in S.lex.time_words:
        j -= 1
    if j < e and j > k and S.norm(j) in S.lex.stop_preps:
        j -= 1  # "on Wednesday", "in the morning" is not handled: a determiner stops it
    return content if j == e or S.norm(j) in S.lex.time_words else (content[0], S.t[j].end)


def object_before_predicate(S: SentenceView, k: int, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """A deny cue's object stops before what it is called: "dismissed the allegations as baseless" →
    "the allegations"."""
    if content is None or not S.lex.predicate_markers:
        return content
    for j in range(k + 1, S.n):
        if S.t[j].start >= content[1]:
            break
        if S.norm(j) in S.lex.predicate_markers and not S.inside_quote(j):
            return (content[0], S.t[j - 1].end)
    return content


def falsity_predicate(S: SentenceView, g: Group, k: int, nxt: int) -> tuple[int, int] | None:
    """ "called the report false", "described the claims as a smear": a characterising cue, its object, then a
    word of falsity; the object's token range (the denied material), else None."""
    lex = S.lex
    if g.lemma not in lex.characterising_cues or not S.is_np_start(k) or S.norm(k) in lex.subject_pronouns:
        return None
    for j in range(k + 1, min(S.n, nxt, k + 10)):
        w = S.norm(j)
        if S.t[j].text in (",", ";", ":") or w in lex.complementizers and w not in lex.determiners:
            return None
        m = j
        while m < S.n and m - j < 3 and (S.norm(m) in lex.predicate_markers or S.norm(m) in lex.determiners
                                         or S.norm(m) in lex.adverbs or not S.t[m].text[:1].isalnum()):
            m += 1  # "as", "a", "completely", a quote mark before the word: "as \"fantasy\""
        if S.norm(m) in lex.falsity_predicates:
            return (k, j - 1)
    return None


def object_cues_dropped(S: SentenceView, groups: list[Group]) -> list[Group]:
    """``groups`` without a cue form right after a deny verb, which is its bare object, not a second verb:
    "disputed claims that …", "rejected calls to resign", "denied saying that …" (where the language table
    allows bare objects)."""
    if not S.lex.bare_objects or len(groups) < 2:
        return groups
    out = [groups[0]]
    for g in groups[1:]:
        prev = out[-1]
        if not (prev.kind == "verb" and prev.cls == "deny" and not prev.passive and g.first == prev.last + 1
                and not g.aux and S.t[g.first].text[:1].islower()):
            out.append(g)
    return out
