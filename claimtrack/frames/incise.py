"""Incise frames: the cue after the content, its subject inverted or set after it.

Examples: « Rien n'est joué », glisse-t-elle. / « … », a affirmé le ministre. / "…," she said. /
"P, officials said." / « A », a-t-il dit, « B » (one claim).
"""

from __future__ import annotations

from .candidate import Candidate, Group
from .content import content_after, region_start
from .phrases import bare_np, infinitive_at, media_like, np_right, with_apposition, with_name_apposition
from .view import END_PUNCT, OPEN_Q, PUNCT_STOP, SentenceView


def impersonal_source(S: SentenceView, g: Group) -> tuple[int, int] | None:
    """The source named after an impersonal incise: "a-t-on appris de sources diplomatiques",
    "apprend-on auprès de la mairie", "est-il écrit dans le rapport" (on / impersonal il say nothing)."""
    lex = S.lex
    pron = lex.inversion_clitics.get(S.norm(g.clitic), "")
    if not (pron == "on" or pron == "il" and g.passive):
        return None
    j = g.last + 1
    while j < S.n and (S.norm(j) in lex.time_words or S.norm(j) in lex.adverbs) and not S.t[j].text[:1].isupper():
        j += 1
    if S.norm(j) == "auprès":
        j += 1
    if S.norm(j) not in lex.source_preps:
        return None
    np = np_right(S, j + 1) or bare_np(S, j + 1, S.n)
    if np is None or np[1] + 1 < S.n and S.t[np[1] + 1].text not in PUNCT_STOP:
        return None
    return np


def incise_source(S: SentenceView, g: Group, nxt: int) -> tuple[tuple[int, int] | None, int, str]:
    """Source of an incise cue: its inversion clitic or the inverted subject after it.

    Returns (span, last token of the source, kind). A ", selon X," incise between the cue and
    its subject is stepped over: "ont déclaré, selon la radio, des élus".
    """
    if g.clitic is not None:
        named = impersonal_source(S, g)
        if named is not None:
            return S.span(*named), named[1], "np"
        return S.clitic_span(g.clitic), max(g.clitic, g.last), "pronoun"
    after = g.last + 1
    np = np_right(S, after, nxt)
    if np is None and S.norm(after) == "," and S.norm(after + 1) in S.lex.marker_first:
        j = after + 1
        while j < S.n and S.norm(j) != ",":
            j += 1
        np = np_right(S, j + 1, S.n) if j < S.n else None
    np = past_adjuncts(S, after, np, nxt)
    if np is None or prepositional(S, np[0]):
        return None, -1, "none"
    after_np = np[1] + 1
    if after_np < S.n and not (S.t[after_np].text in PUNCT_STOP or S.norm(after_np) in S.lex.stop_preps
                               or S.norm(after_np) in S.lex.time_words or S.norm(after_np) in S.lex.adverbs
                               or S.norm(after_np) in S.lex.coordinators):
        return None, -1, "none"  # "…, said the report was incomplete": a clause, not an inverted subject
    kind = "pronoun" if np[0] == np[1] and S.norm(np[0]) in S.lex.subject_pronouns else "np"
    np = with_apposition(S, np)
    if kind == "np":
        np = with_name_apposition(S, np)
    return S.span(*np), np[1], kind


def prepositional(S: SentenceView, i: int) -> bool:
    """Does the phrase at ``i`` open with "de" as a preposition, so it cannot be an inverted subject?
    "a répondu d'une voix calme", "lui a conseillé de partir" (but "ont dit de nombreux élus",
    "ont affirmé d'autres témoins": there "de" is a determiner)."""
    if S.norm(i) not in S.lex.object_preps or S.norm(i) in S.lex.addressee_preps:
        return False
    nxt = S.norm(i + 1)
    return nxt in S.lex.determiners and nxt not in S.lex.partitive_adjectives or nxt in S.lex.object_clitics \
        or infinitive_at(S, i + 1)


def past_adjuncts(S: SentenceView, after: int, np, nxt: int):
    """The inverted subject behind time phrases and prepositional phrases between the cue and it:
    "a annoncé mardi dans une note le ministère", "a expliqué aux juges la victime",
    "a écrit quelques heures après le vote le sénateur". ``np`` is the first phrase after the cue (or None);
    it stays the subject unless it is followed by a preposition and a later phrase ends the stretch."""
    lex = S.lex
    preps = lex.stop_preps | lex.addressee_preps | lex.channel_preps
    if not lex.subject_after_adjuncts or np is not None and S.norm(np[1] + 1) not in preps:
        return np
    e = after
    while e < min(S.n, nxt, after + 14) and not (S.t[e].text in PUNCT_STOP and not S.abbrev_period(e)):
        w = S.norm(e)
        if w in lex.auxiliaries and not S.t[e].text[:1].isupper() or w in lex.complementizers \
                or w in lex.subject_pronouns \
                or w in lex.forms and not S.t[e].text[:1].isupper() and S.norm(e - 1) not in lex.determiners \
                and not (S.norm(e - 1) in preps and not w.endswith(("er", "ir", "re"))):
            return np  # a verb or a clause after the cue: not a run of adjuncts
        e += 1
    for p in range(after + 1, e):
        w = S.norm(p)
        if not (w in lex.determiners or w in lex.titles or S.t[p].text[:1].isupper()) or w in lex.np_preps:
            continue
        prev = S.norm(p - 1)
        inside_name = S.t[p - 1].text[:1].isupper() and S.t[p].text[:1].isupper()
        if prev in preps or prev in lex.np_preps or prev in lex.determiners or inside_name:
            continue
        if np is not None and not (w in lex.determiners or w in lex.titles):
            continue  # "a lancé un élu sur le réseau Weibo": a name closing a phrase does not replace the subject
        late = np_right(S, p, e)
        if late is not None and late[1] == e - 1:
            return late
    return np


def incise(S: SentenceView, g: Group, nxt: int, cands: list[Candidate], act: str, cue, weak: bool) -> Candidate | None:
    """ "…, a affirmé X" / "« … », dit-elle" / "« A », a-t-il dit, « B »" / "En mars, a-t-elle dit, P"."""
    t = S.t
    last = S.norm(g.last)
    if not S.fr and g.entry is not None and g.entry.rest and (last in S.lex.np_preps or last in S.lex.stop_preps):
        return None  # "X, who …, apologized for her words": a cue ending in a preposition has no inverted subject
    if S.fr and not g.aux and g.clitic is None and g.first == g.verb and S.t[g.verb].norm.endswith("s"):
        return None  # "…, cibles des forces adverses": a simple form in -s is no third person, so a noun
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
    if not quoted_end and subject_apposition(S, start, cend):
        return None  # "Le maire, Paul Girard, conteste ces chiffres": the verb's subject, not a content
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
                (S.norm(start) in S.lex.stop_preps or S.norm(start) in S.lex.time_words or S.norm(start) == "en"
                 or t[start].text[:1].isdigit()):
            tail = content_after(S, k + 1, S.n)  # short lead-in: the incise sits inside the claim
            if tail:
                e = tail[1]
    e = inside_quote_end(S, g, start, src_end, e)
    if e <= s:
        return None
    conf = 0.9 if quoted_end else 0.8
    if weak:
        conf -= 0.15 if (quoted_end or g.clitic is not None) else 0.35
    c = Candidate(act, (s, e), src, cue, g.lemma, S.sent.index, conf, "post", g)
    c.source_kind = src_kind
    return c


def subject_apposition(S: SentenceView, start: int, cend: int) -> bool:
    """True when the words before the cue's comma are a noun phrase opening the sentence and one comma-set
    phrase that can only qualify it: a name ("Le maire, Paul Girard, conteste …", "Les suspects, Marc L. et
    Hugo T., nient …"), an age ("Anne Roy, 54 ans, …", "The mayor, 54, …"), a description after a name
    ("Paul Roux, porte-parole du parti, dément …"), a stressed pronoun ("Le syndicat, lui, conteste …"), a
    relative clause ("Le ministre, qui était à Lyon, …", "The firm, which employs 300 people, …") or an adverbial
    opening with a preposition ("The union, for its part, …"). Such a run is the subject of the cue, never an
    incise's content."""
    if start != 0 or not S.is_np_start(0):
        return False
    commas = [j for j in range(start, cend + 1) if S.t[j].text == ","]
    if len(commas) != 1 or commas[0] < 1 or commas[0] == cend:
        return False
    head, tail = range(start, commas[0]), range(commas[0] + 1, cend + 1)
    lex = S.lex
    first = S.norm(tail[0])
    if first in lex.relative_subjects or len(tail) == 1 and first in lex.stressed_pronouns:
        return True
    if all_name(S, tail):
        return True
    if short_set_phrase(S, head, tail):
        return True
    # after a name, a phrase opening with a determiner, a title, a number or a bare noun describes the person
    return all_name(S, head) and (first in lex.determiners or first in lex.titles or S.t[tail[0]].text[:1].isdigit()
                                  or S.t[tail[0]].text[:1].islower() and S.t[tail[0]].is_word)


def short_set_phrase(S: SentenceView, head: range, tail: range) -> bool:
    """After a short noun phrase (not a time or place adverbial), an age ("The mayor, 54, …", "Le maire, 54 ans,
    …") or a short adverbial opening with a preposition ("The union, for its part, …", "Le syndicat, de son côté,
    …"; not "des avions …", where "des" is a determiner)."""
    lex = S.lex
    w0 = S.norm(head[0])
    if len(head) > 8 or len(tail) > 4 or w0 in lex.stop_preps or w0 in lex.np_preps or w0 in lex.time_words:
        return False
    first = S.norm(tail[0])
    if S.t[tail[0]].text[:1].isdigit():
        return len(tail) <= 3
    return first in lex.stop_preps and first not in lex.determiners \
        or first in lex.np_preps and S.norm(tail[0] + 1) in lex.determiners


def all_name(S: SentenceView, span: range) -> bool:
    """Every token of ``span`` a capitalised word, a coordinator or an initial's period: "Marc L. et Hugo T.";
    a word capitalised only because it opens the sentence ("En Chine", "After Paris") is no name."""
    lex = S.lex
    function_words = lex.stop_preps | lex.np_preps | lex.subordinators | lex.complementizers | lex.time_words
    return all((S.is_name_like(j) and not (j == 0 and S.norm(j) in function_words))
               or S.norm(j) in lex.coordinators or S.norm(j) == "." and S.abbrev_period(j) for j in span)


def inside_quote_end(S: SentenceView, g: Group, start: int, src_end: int, e: int) -> int:
    """« A, dit-elle, B » / « A, a expliqué X. B »: an incise inside the quote that opens the content makes
    the whole quote one claim; a quote left open (it goes on in the next paragraph) runs to the sentence end."""
    for a, b in S.quote_open.items():
        if a == start and a < g.first and b > src_end:
            return S.t[b].end
    if S.t[start].text in OPEN_Q and start not in S.quote_open and not any(a > start for a in S.quote_close):
        return S.t[S.n - 1].end if S.t[S.n - 1].text not in END_PUNCT else S.t[max(start, S.n - 2)].end
    return e


def cue_tail(S: SentenceView, g: Group) -> tuple[int, int, tuple[int, int] | None] | None:
    """What follows a post-posed cue: (first token after its adverbs and addressee, end of a trailing
    phrase, addressee span or None); None when a complementizer follows ("said that …" is no incise).

    ``“…,” he told the court on Monday, …``: the addressee "the court" is neither content nor source;
    ``said at a meeting in Pellston, Ore.,``: the trailing phrase runs to its last comma."""
    lex = S.lex
    t = S.t
    tail_words = lex.channel_preps | lex.stop_preps | lex.addressee_preps | lex.topic_preps
    if not S.fr:
        tail_words = tail_words | lex.subordinators
    rest = g.last + 1
    while rest < S.n and (S.norm(rest) in lex.time_words or S.norm(rest) in lex.adverbs):
        rest += 1
    if S.norm(rest) in lex.complementizers:
        return None
    addressee = None
    if g.lemma in lex.addressee_cues:
        addressee = np_right(S, rest)
        if addressee is not None:
            rest = addressee[1] + 1
            while rest < S.n and (S.norm(rest) in lex.time_words or S.norm(rest) in lex.adverbs):
                rest += 1
    pp_end = rest
    if S.norm(rest) in tail_words and not S.fr or S.norm(rest) == "," and S.norm(rest + 1) in tail_words:
        j = rest + (1 if S.norm(rest) == "," else 0)
        while j < S.n and t[j].text not in END_PUNCT and j not in S.quote_open and j - rest < 25:
            if t[j].text == "," and (j + 1 in S.quote_open or S.norm(j + 1) not in tail_words and
                                     not t[j + 1].text[:1].isupper()):
                break
            j += 1
        pp_end = j
    return rest, pp_end, addressee


def post_subject(S: SentenceView, g: Group, np: tuple[int, int], kind: str, cands: list[Candidate], act: str, cue,
                  weak: bool) -> Candidate | None:
    """Subject and cue after the content: "“A,” she said (in an interview)", "“A,” she said, “B”",
    "P, officials said.", and the incise in the middle: "After a year, Mr. X said, P"."""
    lex = S.lex
    t = S.t
    tail = cue_tail(S, g)
    if tail is None:
        return None
    rest, pp_end, addressee = tail
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
    # a participle after the cue's comma is no rest of the content: "La directrice, Mme Roy, a démenti, ajoutant …"
    goes_on = clause_after and not S.t[pp_end + 1].norm.endswith("ant" if S.fr else "ing")
    if not (quoted_before or goes_on or resumes) and S.norm(np[1] + 1) == "," \
            and subject_apposition(S, start, np[1]):
        # "La directrice, Mme Roy, a démenti.": a phrase set off by two commas, then the cue, is one subject; not
        # "P, Mr. X said." (no comma before the cue) nor "Acts of protest, Mr. X said, are …" (the claim goes on)
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
        w = S.norm(start)
        adverbial = w in lex.stop_preps or w in lex.time_words or w in lex.subordinators or t[start].text[:1].isdigit()
        # "After a year in office, Mr. X said, a majority …": the claim is what follows the incise;
        # "The council, a spokesman said, would meet …": the incise sits inside the claim
        s, e = (more[0] if adverbial else s), more[1]
        conf -= 0.1
    c = Candidate(act, (s, e), S.span(*np), cue, g.lemma, S.sent.index, conf, "post_subject", g)
    c.source_kind = kind
    if addressee is not None and media_like(S, addressee):
        c.via.append(S.span(*addressee))  # "told the BBC": a medium relays the claim
    return c


def unknown_verb_incises(S: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """ "« … », ironise le ministre." / "« … », tranche-t-il." / "« … », s'amuse Paul Roux." / "« … », n'a eu de cesse
    de rappeler la ministre.": right after a quote and its comma, a short verb chain the cue groups did not read,
    then an inverted subject that ends the clause (or an inversion clitic), is an incise whatever its verb (the
    cue is read from the structure, with a lower confidence; its lemma is the last word)."""
    out = []
    for b, a in S.quote_close.items():
        if S.norm(b + 1) != "," or b + 2 >= S.n or any(c.content[0] <= S.t[a].start < c.content[1] for c in cands):
            continue
        start = region_start(S, a, cands)
        if any(not S.is_punct(i) for i in range(start, a)):
            continue  # the quote must open its clause: "Le produit, vendu comme « … », ne porte …" is no incise
        found = verb_chain_subject(S, b + 2)
        if found is None:
            continue
        last, src, kind = found
        c = Candidate("statement", (S.t[min(start, a)].start, S.t[b].end), src, S.span(b + 2, last),
                      S.norm(last).lstrip("-"), S.sent.index, 0.6, "post", None)
        c.source_kind = kind
        out.append(c)
    return out


def verb_chain_subject(S: SentenceView, v: int) -> tuple[int, tuple[int, int], str] | None:
    """(last token of the verb chain, source span, kind) for a chain starting at ``v``: at most eight lower-case
    words, opening with a content word, a negation, a clitic or an auxiliary ("n'a eu de cesse de rappeler"),
    its prepositions followed by an infinitive; then an inversion clitic or a noun phrase ending the clause."""
    lex = S.lex
    w0 = S.norm(v)
    if unknown_blocked(S, v) and w0 not in lex.negation and w0 not in lex.auxiliaries and w0 not in ("s'", "se"):
        return None
    for m in range(v, min(S.n, v + 8)):
        tok = S.t[m]
        if S.norm(m) in lex.object_preps and S.norm(m + 1) not in lex.partitive_adjectives:
            if infinitive_at(S, m + 1) or S.t[m + 1 if m + 1 < S.n else m].text.islower() \
                    and S.norm(m + 2) in lex.object_preps:
                continue  # a preposition inside the chain ("de cesse de rappeler"), not a partitive subject
            return None  # "film culte de Victor Hugo": a noun phrase, no verb chain
        if S.norm(m) in lex.inversion_clitics:
            ok = m > v and not unknown_blocked(S, m - 1)
            return (m, S.clitic_span(m), "pronoun") if ok and clause_ends(S, m + 1) else None
        if m > v and (S.norm(m) in lex.determiners or S.is_name_like(m)) and not prepositional(S, m):
            np = np_right(S, m)
            if unknown_blocked(S, m - 1) or np is None or S.norm(np[0]) in lex.subject_pronouns \
                    or not clause_ends(S, np[1] + 1) or not verb_like(S, v, m, np):
                return None
            return m - 1, S.span(*np), "np"
        if not (tok.text.replace("'", "").replace("’", "").isalpha() and tok.text.islower()) \
                or m > v and (S.norm(m) in lex.stop_preps or S.norm(m) in lex.time_words):
            return None
    return None


def verb_like(S: SentenceView, v: int, m: int, np: tuple[int, int]) -> bool:
    """Is the chain ``v..m-1`` a verb before the subject ``np``? With an auxiliary, a negation or a reflexive it
    is; a single word must end like a third-person form (-e, -t, -d: "ironise", "sourit", "répond") and be
    followed by a definite subject or a name ("« Le Monde », quotidien du soir" is an apposition)."""
    lex = S.lex
    words = [S.norm(i) for i in range(v, m)]
    if any(w in lex.auxiliaries or w in lex.negation or w in ("s'", "se") for w in words):
        return True
    return len(words) == 1 and words[0].endswith(("e", "t", "d")) and S.norm(np[0]) not in lex.indefinites


def clause_ends(S: SentenceView, i: int) -> bool:
    return i >= S.n or S.t[i].text in END_PUNCT or S.t[i].text == ","


def unknown_blocked(S: SentenceView, v: int) -> bool:
    """Words that cannot end the verb chain of an incise: function words, time words, adverbs."""
    lex = S.lex
    w = S.norm(v)
    return w in lex.determiners or w in lex.stop_preps or w in lex.object_preps or w in lex.adverbs \
        or w in lex.time_words or w in lex.boundaries or w in lex.complementizers or w in lex.auxiliaries \
        or w in lex.subject_pronouns or w in lex.stressed_pronouns or w in lex.coordinators or w in lex.negation \
        or w in lex.object_clitics or w in ("s'", "se")
