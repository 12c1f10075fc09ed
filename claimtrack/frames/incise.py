"""Incise frames: the cue after the content, its subject inverted or set after it.

Examples: « Rien n'est joué », glisse-t-elle. / « … », a affirmé le ministre. / "…," she said. /
"P, officials said." / « A », a-t-il dit, « B » (one claim).
"""

from __future__ import annotations

from .candidate import Candidate, Group
from .content import content_after, region_start
from .phrases import np_right, with_apposition
from .view import END_PUNCT, PUNCT_STOP, SentenceView


def incise_source(S: SentenceView, g: Group, nxt: int) -> tuple[tuple[int, int] | None, int, str]:
    """Source of an incise cue: its inversion clitic or the inverted subject after it.

    Returns (span, last token of the source, kind). A ", selon X," incise between the cue and
    its subject is stepped over: "ont déclaré, selon la radio, des élus".
    """
    if g.clitic is not None:
        return S.clitic_span(g.clitic), max(g.clitic, g.last), "pronoun"
    after = g.last + 1
    np = np_right(S, after, nxt)
    if np is None and S.norm(after) == "," and S.norm(after + 1) in S.lex.marker_first:
        j = after + 1
        while j < S.n and S.norm(j) != ",":
            j += 1
        np = np_right(S, j + 1, S.n) if j < S.n else None
    if np is None:
        return None, -1, "none"
    after_np = np[1] + 1
    if after_np < S.n and not (S.t[after_np].text in PUNCT_STOP or S.norm(after_np) in S.lex.stop_preps
                               or S.norm(after_np) in S.lex.time_words or S.norm(after_np) in S.lex.adverbs
                               or S.norm(after_np) in S.lex.coordinators):
        return None, -1, "none"  # "…, said the report was incomplete": a clause, not an inverted subject
    kind = "pronoun" if np[0] == np[1] and S.norm(np[0]) in S.lex.subject_pronouns else "np"
    np = with_apposition(S, np)
    return S.span(*np), np[1], kind


def incise(S: SentenceView, g: Group, nxt: int, cands: list[Candidate], act: str, cue, weak: bool) -> Candidate | None:
    """ "…, a affirmé X" / "« … », dit-elle" / "« A », a-t-il dit, « B »" / "En mars, a-t-elle dit, P"."""
    t = S.t
    src, src_end, src_kind = incise_source(S, g, nxt)
    if src is None:
        return None
    cend = g.first - 1
    if t[cend].text == ",":
        cend -= 1
    start = region_start(S, cend + 1, cands)
    if cend < start:
        return None
    quoted_end = cend in S.quote_close
    if quoted_end:
        qs = S.quote_close[cend]
        # "Il meurt, « … », avait-il dit": a quote set off by a comma is the content by itself
        if qs > start and S.norm(qs - 1) == ",":
            start = qs
    s, e = t[start].start, t[cend].end
    k = src_end + 1
    if S.norm(k) == "," and k + 1 < S.n:
        if k + 1 in S.quote_open and quoted_end:
            e = t[S.quote_open[k + 1]].end  # the quote goes on after the incise
        elif cend - start <= 3 and not quoted_end and g.clitic is not None and \
                (S.norm(start) in S.lex.stop_preps | S.lex.time_words | {"en"} or t[start].text[:1].isdigit()):
            tail = content_after(S, k + 1, S.n)  # short lead-in: the incise sits inside the claim
            if tail:
                e = tail[1]
    if e <= s:
        return None
    conf = 0.9 if quoted_end else 0.8
    if weak:
        conf -= 0.15 if (quoted_end or g.clitic is not None) else 0.35
    c = Candidate(act, (s, e), src, cue, g.lemma, S.sent.index, conf, "post", g)
    c.source_kind = src_kind
    return c


def post_subject(S: SentenceView, g: Group, np: tuple[int, int], kind: str, cands: list[Candidate], act: str, cue,
                  weak: bool) -> Candidate | None:
    """Subject and cue after the content: "“A,” she said (in an interview)", "“A,” she said, “B”",
    "P, officials said.", and the incise in the middle: "After a year, Mr. X said, P"."""
    lex = S.lex
    t = S.t
    tail_words = lex.channel_preps | lex.stop_preps | lex.addressee_preps
    if not S.fr:
        tail_words = tail_words | lex.subordinators
    rest = g.last + 1
    while rest < S.n and (S.norm(rest) in lex.time_words or S.norm(rest) in lex.adverbs):
        rest += 1
    if S.norm(rest) in lex.complementizers:
        return None
    # a trailing phrase after the cue: "said at a meeting in Pellston, Ore.,"
    pp_end = rest
    if S.norm(rest) in tail_words and not S.fr or S.norm(rest) == "," and S.norm(rest + 1) in tail_words:
        j = rest + (1 if S.norm(rest) == "," else 0)
        while j < S.n and t[j].text not in END_PUNCT and j not in S.quote_open and j - rest < 25:
            if t[j].text == "," and (j + 1 in S.quote_open or S.norm(j + 1) not in tail_words and
                                     not t[j + 1].text[:1].isupper()):
                break
            j += 1
        pp_end = j
    at_end = pp_end >= S.n or t[pp_end].text in END_PUNCT
    resumes = S.norm(pp_end) == "," and pp_end + 1 in S.quote_open
    clause_after = S.norm(pp_end) == "," and pp_end + 1 < S.n and not resumes and rest == pp_end
    cend = np[0] - 1
    if t[cend].text == ",":
        cend -= 1
    quoted_before = cend in S.quote_close
    if resumes and not quoted_before:
        return None  # "…, O'Neill said, « … »": the quote after the cue is the content
    coordinated = S.norm(pp_end) == "," and S.norm(pp_end + 1) in lex.coordinators
    if quoted_before and not S.fr and S.norm(pp_end) == "," and not resumes:
        at_end, clause_after = True, False  # "“A,” she said, adding …": the quote is the claim whatever follows
    elif coordinated:
        at_end, clause_after = True, False  # "P, the office said in a memo, and Q"
    if not (at_end or resumes or clause_after):
        return None
    start = region_start(S, cend + 1, cands)
    if cend < start:
        return None
    s, e = t[start].start, t[cend].end
    conf = 0.85 - (0.3 if weak else 0)
    if resumes and cend in S.quote_close:
        e = t[S.quote_open[pp_end + 1]].end  # "“A,” she said, “B.”": one claim
    elif clause_after:
        if cend in S.quote_close or cend - start > 6:
            return None  # a full clause on each side: not an incise
        more = content_after(S, pp_end + 1, S.n)
        if more is None:
            return None
        adverbial = S.norm(start) in lex.stop_preps | lex.time_words | lex.subordinators or t[start].text[:1].isdigit()
        # "After a year in office, Mr. X said, a majority …": the claim is what follows the incise;
        # "The council, a spokesman said, would meet …": the incise sits inside the claim
        s, e = (more[0] if adverbial else s), more[1]
        conf -= 0.1
    c = Candidate(act, (s, e), S.span(*np), cue, g.lemma, S.sent.index, conf, "post_subject", g)
    c.source_kind = kind
    return c
