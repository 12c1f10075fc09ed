"""According-to frames: "Selon X, P", "P, selon X", "Pour X, P", "according to X".

Example: "Selon la préfecture, la route restera fermée." → source "la préfecture", content after the comma.
"""

from __future__ import annotations

from .candidate import Candidate, Group
from .content import content_after, region_start
from .phrases import np_right
from .view import END_PUNCT, MAX_NP, PUNCT_STOP, SentenceView


def read_according(S: SentenceView, g: Group, cands: list[Candidate]) -> Candidate | None:
    """ "Selon X, P" / "P, selon X" / "P, selon X, Q" / "according to X"."""
    lex = S.lex
    k = g.last + 1
    np = np_right(S, k)
    if np is None:
        if S.norm(k) in lex.stressed_pronouns:
            np = (k, k)
        else:
            return None
    if S.norm(np[0]) in lex.own_pronouns:
        return None  # "selon moi", "pour nous": an opinion of whoever speaks, not an attribution
    if S.norm(np[0]) in lex.stressed_pronouns:
        np = (np[0], np[0])  # a pronoun is the whole phrase: "selon elle le droit …" is no longer source
    # the source runs to the next comma (or a quote / end): "selon un élu installé à Valbonne"
    j = np[1] + 1
    while j < S.n and S.t[j].text not in PUNCT_STOP and j - np[0] < MAX_NP:
        j += 1
    if j < S.n and S.t[j].text not in PUNCT_STOP:
        j = np[1] + 1
    src_end = j - 1
    at_start = g.first == 0 or all(not S.t[i].text[:1].isalnum() for i in range(g.first))
    if at_start or (g.first > 0 and S.norm(g.first - 1) not in (",", "(") and g.kind == "according_weak"):
        c = according_before(S, g, np, src_end)
    elif g.kind == "according_weak":
        return None
    else:
        c = according_after(S, g, np, src_end, cands)
    if c is not None and c.frame != "according_mid":
        c.source_kind = "pronoun" if S.norm(np[0]) in lex.stressed_pronouns else "np"
    return c


def according_before(S: SentenceView, g: Group, np: tuple[int, int], src_end: int) -> Candidate | None:
    """ "Selon X, P" (and "Selon X il …" with no comma; "Pour X, P" with a short capitalised X)."""
    lex = S.lex
    gap = 2
    if S.norm(src_end + 1) == ":" and g.kind == "according" and src_end + 2 in S.quote_open:
        pass  # "D'après la mairie : « … »"
    elif S.norm(src_end + 1) != ",":
        # "Selon la légende elle a été fondée …": no comma, the clause starts at its subject pronoun
        m = next((m for m in range(np[0] + 1, src_end + 2) if S.norm(m) in lex.subject_pronouns
                  and S.t[m].text.islower() and lex.subject_pronouns[S.norm(m)] not in ("1", "1p", "2")), None)
        if m is None or g.kind != "according":
            return None
        src_end, gap = m - 1, 1
    content = content_after(S, src_end + gap, S.n)
    if content is None:
        return None
    if g.kind == "according_weak":
        head = np[0] + (S.norm(np[0]) in lex.determiners)
        # "Pour Paul Roux, P" / "Pour elle, P" / "Pour la ministre, P" (a title or an organisation speaks)
        ok = S.t[np[0]].text[:1].isupper() or S.norm(np[0]) in lex.stressed_pronouns \
            or S.norm(head) in lex.titles or S.norm(head) in lex.org_heads
        if not ok or src_end - np[0] > 4:
            return None
    return Candidate("statement", content, S.span(np[0], src_end), S.span(g.first, g.last), g.lemma,
                     S.sent.index, 0.9 if g.kind == "according" else 0.55, "according_pre", g)


def according_after(S: SentenceView, g: Group, np: tuple[int, int], src_end: int,
                    cands: list[Candidate]) -> Candidate | None:
    """ "P, selon X" / "P, selon X, Q" / "P selon X." / a relay after a claim / "selon elle" mid-clause."""
    t = S.t
    src = S.span(np[0], src_end)
    prev = g.first - 1
    relayed = relayed_claim(S, prev, cands)
    if relayed is not None:
        relayed.via.append(src)  # "« … », a affirmé X, selon une vidéo de l'armée": the video relays X
        return None
    final = (src_end + 1 >= S.n or t[src_end + 1].text in END_PUNCT) \
        and (src_end == np[1] or S.norm(np[0]) not in S.lex.stressed_pronouns)  # not "selon elle le droit …"
    if S.norm(prev) != ",":
        inner = mid_clause(S, g, np, cands)
        if inner is not None:
            return inner
        # "éprouve, selon X « … »" is handled the same, and "P selon X." closing the sentence;
        # anything else is a phrase, not an attribution
        if prev not in S.quote_close and not (final and t[prev].text[:1].isalnum() and g.kind == "according"):
            return None
    cend = prev - 1 if S.norm(prev) == "," else prev
    start_tok = region_start(S, cend + 1, cands)
    if cend < start_tok:
        return None
    s, e = t[start_tok].start, t[cend].end
    tail = src_end + 1
    if tail < S.n and t[tail].text not in END_PUNCT:
        # material after "selon X": the claim spans the whole sentence
        more = content_after(S, tail + (1 if S.norm(tail) == "," else 0), S.n)
        if more:
            e = more[1]
    around = [(a, b) for a, b in S.quote_open.items() if a < g.first and src_end < b]
    if around:
        # "« pour P, selon les mots de X, Q »": the quote is X's, from mark to mark
        a, b = around[-1]
        s, e = t[a].start, t[b].end
    return Candidate("statement", (s, e), src, S.span(g.first, g.last), g.lemma, S.sent.index, 0.85,
                     "according_post", g)


def relayed_claim(S: SentenceView, comma: int, cands: list[Candidate]) -> Candidate | None:
    """The claim of this sentence that ends right before the comma of ", selon X", when it has a cue and a
    source of its own: then X relays it. "« … », a déclaré le ministre, selon une vidéo diffusée par l'armée" /
    "Il affirme « … », selon un texte qu'il a lu." (but "P, selon X" with no claim before is X's claim)."""
    if S.norm(comma) != "," or comma < 1:
        return None
    end = S.t[comma - 1].end
    for c in reversed(cands):
        if c.cue is not None and c.source is not None and c.sentence == S.sent.index \
                and max(c.content[1], c.source[1], c.cue[1]) == end:
            return c
    return None


def mid_clause(S: SentenceView, g: Group, np: tuple[int, int], cands: list[Candidate]) -> Candidate | None:
    """ "une pratique qui viole selon elle le droit": "selon" + a pronoun inside a clause, no commas around it.
    The claim is the clause around it, from the comma (or claim) before to the comma or end after."""
    if g.kind != "according" or np[0] != np[1] or S.norm(np[0]) not in S.lex.stressed_pronouns \
            or S.norm(np[0]) in S.lex.own_pronouns or S.is_punct(np[1] + 1) and np[1] + 1 not in S.quote_open:
        return None
    start = region_start(S, g.first, cands)
    for i in range(g.first - 1, start - 1, -1):
        if S.norm(i) == ",":
            start = i + 1
            break
    after = content_after(S, np[1] + 1, S.n, to_comma=True)
    if after is None or start >= g.first:
        return None
    c = Candidate("statement", (S.t[start].start, after[1]), S.span(*np), S.span(g.first, g.last), g.lemma,
                  S.sent.index, 0.7, "according_mid", g)
    c.source_kind = "pronoun"
    return c
