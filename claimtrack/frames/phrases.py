"""Noun phrases around a cue: the subject left of it, the phrase right of it, appositions.

Example: in "Le maire de Lyon a déclaré que …" ``subject_of`` gives "Le maire de Lyon"; in
"…, a affirmé la ministre." ``np_right`` after the cue gives "la ministre".
"""

from __future__ import annotations

from .candidate import Candidate, Group
from .view import END_PUNCT, MAX_NP, PUNCT_STOP, QUOTE_CHARS, SentenceView

DATIVE = ("à", "au", "aux")
CONTRACTED = ("au", "aux", "du", "des", "of")  # a preposition with its article: the noun after it opens a phrase


def np_right(S: SentenceView, k: int, limit: int | None = None) -> tuple[int, int] | None:
    """Token range of a noun phrase starting at or after ``k`` (time words skipped)."""
    lex = S.lex
    limit = S.n if limit is None else limit
    while k < limit and (S.norm(k) in lex.time_words or S.norm(k) in lex.adverbs) \
            and not S.t[k].text[:1].isupper() and S.norm(k) not in lex.determiners:
        k += 1
    if k >= limit or not S.is_np_start(k) and not S.is_name_like(k):
        return None
    if S.norm(k) in lex.boundaries and S.norm(k) not in lex.determiners \
            or S.norm(k) in lex.complementizers:
        return None
    j = k
    while j < limit and j - k < MAX_NP:
        tok = S.t[j]
        w = tok.norm
        if j > k and j in S.quote_open and S.quote_open[j] - j <= 4 and S.quote_open[j] < limit \
                and (S.quote_open[j] + 1 >= S.n or S.t[S.quote_open[j] + 1].text in END_PUNCT):
            j = S.quote_open[j] + 1  # a short quoted word ending the phrase: "…, répond le « boxeur »."
            continue
        if tok.text in PUNCT_STOP and not (tok.text == "." and j > k and S.abbrev_period(j)):
            break
        if j > k and (w in lex.boundaries or w in lex.stop_preps
                      or w in lex.auxiliaries and not tok.text[:1].isupper()  # "le Secteur Est"
                      or w in lex.forms and not tok.text[:1].isupper()
                      and S.norm(j - 1) not in lex.determiners
                      and not lex.ambiguous.get(w, "").startswith("noun")):  # "l'ancien conseiller"
            break
        if j > k and w in lex.time_words and w not in lex.determiners and w not in lex.np_preps \
                and not tok.text[:1].isupper() and not time_adjective(S, j):
            break
        if j > k and w in lex.accusation_preps and infinitive_at(S, j + 1) \
                and (w not in lex.determiners or w in lex.object_preps):
            break  # "accusé de mentir" (but "du dossier": an article never stands before an infinitive)
        j += 1
    while j > k and (S.norm(j - 1) in lex.np_preps or S.norm(j - 1) in lex.determiners):
        j -= 1
    return (k, j - 1) if j > k else None


def time_adjective(S: SentenceView, j: int) -> bool:
    """Is the time word at ``j`` an adjective between a determiner and its noun ("selon le dernier recensement",
    "la prochaine réunion"), not a time phrase ("ce matin le ministre", "la semaine dernière")?"""
    lex = S.lex
    if S.norm(j - 1) not in lex.determiners or j + 1 >= S.n or not S.t[j + 1].text[:1].isalpha():
        return False
    nxt = S.norm(j + 1)
    return not (nxt in lex.time_words or nxt in lex.determiners or nxt in lex.boundaries or nxt in lex.stop_preps
                or nxt in lex.auxiliaries or nxt in lex.np_preps
                or nxt in lex.forms and not lex.ambiguous.get(nxt, "").startswith("noun"))  # "la dernière note"


def infinitive_at(S: SentenceView, i: int) -> bool:
    """Does an infinitive clause start at token ``i`` ("de livrer", "d'avoir", "of having")?"""
    if not 0 <= i < S.n:
        return False
    tok = S.t[i]
    w = tok.norm
    if w in S.lex.infinitive_heads or w in S.lex.object_clitics and infinitive_at(S, i + 1):
        return True
    if S.fr and w in S.lex.negation:
        # "à ne pas céder", "à ne « pas bloquer les routes »": the negation (and a quote mark) before it
        j = i + 1
        while j < S.n and (S.norm(j) in S.lex.infinitive_negation or S.t[j].text in QUOTE_CHARS):
            j += 1
        return j > i + 1 and S.norm(j) not in S.lex.negation and infinitive_at(S, j)
    if not S.fr:
        return w.endswith("ing")
    return tok.text[:1].islower() and len(w) > 3 and (w.endswith(("er", "ir", "oir")) or w in S.lex.forms)


def bare_infinitive_at(S: SentenceView, i: int) -> bool:
    """Does a bare infinitive clause start at ``i``: "avoir payé", "ne plus vouloir", "l'avoir vu", "regretter"?"""
    lex = S.lex
    if not S.fr:
        return False
    if S.norm(i) in lex.negation:
        i += 1
        while S.norm(i) in lex.infinitive_negation:
            i += 1
    while S.norm(i) in lex.object_clitics or S.norm(i) in ("les", "nous", "vous"):
        i += 1
    if not 0 <= i < S.n:
        return False
    w = S.norm(i)
    if w in lex.infinitive_heads:
        return True
    if not S.t[i].text[:1].islower() or len(w) < 4 or w in lex.determiners or w in lex.time_words \
            or w in lex.stop_preps or w in lex.adverbs or w in lex.boundaries or w in lex.not_infinitives:
        return False
    return w.endswith(("er", "ir", "re"))


def bare_np(S: SentenceView, k: int, limit: int) -> tuple[int, int] | None:
    """A noun phrase without determiner ("by prosecutors", "par des experts" is not bare): lowercase words
    up to a preposition, punctuation or verb."""
    lex = S.lex
    j = k
    while j < limit and j - k < 4 and S.t[j].text[:1].isalpha() and S.norm(j) not in lex.stop_preps \
            and S.norm(j) not in lex.accusation_preps and S.norm(j) not in lex.boundaries \
            and S.norm(j) not in lex.auxiliaries and S.norm(j) not in lex.forms:
        j += 1
    return (k, j - 1) if j > k else None


def np_left(S: SentenceView, k: int, floor: int = 0) -> tuple[int, int] | None:
    """Token range of the noun phrase ending right before token ``k`` (a subject)."""
    lex = S.lex
    end = phrase_end_before(S, k, floor)
    if end >= floor and S.norm(end) in lex.subject_pronouns:
        return (end, end)
    j = end
    while j >= floor and end - j < MAX_NP:
        tok = S.t[j]
        w = tok.norm
        if j in S.quote_close and j - S.quote_close[j] <= 4 and S.norm(S.quote_close[j] - 1) in lex.determiners \
                and S.quote_close[j] - 1 >= floor:
            j = S.quote_close[j] - 1  # a quoted noun inside the phrase: "Le « boxeur » répète que …"
            continue
        if tok.text in PUNCT_STOP:
            if tok.text == "." and j > floor and S.abbrev_period(j):
                j -= 1
                continue
            break
        if w in lex.boundaries and w not in lex.determiners:
            break
        if w in lex.auxiliaries and j != end and w != "'s":
            break
        if w in lex.forms and j != end and not tok.text[:1].isupper() \
                and S.norm(j - 1) not in lex.determiners:
            break
        if w in lex.time_words and w not in lex.determiners and j != end and not tok.text[:1].isupper():
            break
        if w in lex.sentence_adverbs and j < end:
            break
        j -= 1
    return phrase_from(S, j + 1, end)


def phrase_end_before(S: SentenceView, k: int, floor: int) -> int:
    """The last token of a phrase ending before ``k``: adverbs skipped, and a parenthesis after a name
    ("Tom Reyes (D-Ore.) said": the name is before it)."""
    lex = S.lex
    j = k - 1
    while j >= floor and S.norm(j) in lex.adverbs and not S.t[j].text[:1].isupper() \
            and S.norm(j) not in lex.subject_pronouns:
        j -= 1
    if j >= floor and S.t[j].text == ")":
        m = j - 1
        while m >= floor and j - m < 20 and S.t[m].text not in "()":
            m -= 1
        if m >= floor and S.t[m].text == "(":
            j = m - 1
    return j


def phrase_from(S: SentenceView, start: int, end: int) -> tuple[int, int] | None:
    """The tokens ``start..end`` walked back from a cue, trimmed to where a subject can start: the tail of an
    over-long run, no leading conjunction-like adverb, a determiner, name, title, pronoun or group noun first."""
    lex = S.lex
    if start > end:
        return None
    if end - start + 1 >= MAX_NP:
        # too long to be one phrase: keep the tail from its last determiner or name
        for m in range(end, start - 1, -1):
            if S.norm(m) in lex.determiners or S.t[m].text[:1].isupper():
                start = m
                if S.norm(m) in lex.determiners:
                    break
    while start <= end and S.norm(start) in lex.sentence_adverbs:
        start += 1
    if start > end:
        return None
    contracted = False
    if not (S.is_np_start(start) or S.norm(start) in lex.stressed_pronouns):
        # "renvoyé le trésorier": the phrase starts at its determiner or name
        for m in range(start + 1, end + 1):
            if S.is_np_start(m) or S.norm(m - 1) in CONTRACTED:
                contracted = not S.is_np_start(m)
                start = m
                break
    first = S.t[start]
    # a subject starts with a determiner, a name, a title, a pronoun or a group noun; after a contracted
    # article ("aux auteurs du livre, qui …") the article is inside the contraction
    if not (S.is_np_start(start) or first.norm in lex.stressed_pronouns
            or contracted and S.fr and content_word(S, start)):
        return None
    return (start, end)


def content_word(S: SentenceView, i: int) -> bool:
    """A lower-case word that can head a noun phrase: no cue, clause boundary, adverb or time word."""
    w = S.norm(i)
    lex = S.lex
    return S.t[i].text[:1].isalpha() and not (w in lex.forms or w in lex.boundaries or w in lex.adverbs
                                              or w in lex.time_words or w in lex.auxiliaries)


def with_apposition(S: SentenceView, np: tuple[int, int]) -> tuple[int, int]:
    """Where the language's convention wants it, extend a name over its closing apposition:
    "said Ann Lee, director of the institute." (up to the sentence end)."""
    if not S.lex.source_apposition or S.norm(np[1] + 1) != "," or not S.is_np_start(np[1] + 2):
        return np
    j = np[1] + 2
    while j < S.n and j - np[1] < 25 and S.t[j].text not in END_PUNCT:
        if S.t[j].text in PUNCT_STOP and S.t[j].text != ",":
            return np
        j += 1
    if j >= S.n or S.t[j].text not in END_PUNCT:
        return np
    return (np[0], j - 1)


def participial_subject(S: SentenceView, k: int) -> tuple[int, int] | None:
    """ "La défense, emmenée par A, B et C, avait demandé": the sentence's first phrase, set off by a comma and
    a participial modifier that runs up to the comma before the cue at ``k``."""
    if not S.fr:
        return None
    # the clause starts at the sentence start or after a colon: "« … » : le joueur X, jugé mardi, regrette …"
    cs = next((i + 1 for i in range(k - 1, -1, -1) if S.t[i].text == ":" and not S.inside_quote(i)), 0)
    first = S.next_comma(cs)
    if first >= k - 2 or not past_participle(S, first + 1) or S.inside_quote(first):
        return None
    np = np_left(S, first)
    if np is None or np[0] != cs and not all(S.t[i].text in PUNCT_STOP for i in range(cs, np[0])):
        return None
    return np


def with_name_apposition(S: SentenceView, np: tuple[int, int]) -> tuple[int, int]:
    """A role followed by the person's name between commas: "le maire de Nantes, Paul Mercier, …" (the name
    gives the canonical source)."""
    j = np[1] + 2
    if S.norm(np[1] + 1) != "," or not S.is_name_like(j) or S.norm(j) in S.lex.determiners \
            or S.t[np[0]].text[:1].isupper() and S.norm(np[0]) not in S.lex.determiners:
        return np
    m = j
    while m + 1 < S.n and S.is_name_like(m + 1) and m - j < 4:
        m += 1
    if m + 1 < S.n and S.t[m + 1].text not in END_PUNCT and S.t[m + 1].text != ",":
        return np
    return (np[0], m)


def subject_of(S: SentenceView, g: Group) -> tuple[tuple[int, int] | None, str]:
    """The subject left of a verb group, resolving "qui" and appositions; (range, kind)."""
    lex = S.lex
    k = g.first
    prev = S.norm(k - 1)
    if prev in ("qui", "who") or prev in lex.relative_subjects and S.norm(k - 2) == ",":
        np = relative_antecedent(S, k - 1)  # "…, lesquels ont estimé que …" too
        return (np, "np") if np else (None, "none")
    if prev == ",":
        modified = participial_subject(S, k)
        if modified is not None:
            return modified, "np"
        if not lex.source_apposition and any(S.norm(j) in lex.coordinators for j in range(S.next_comma(0), k)):
            opening, kind = opening_subject(S, k)  # "Les prévenus, A, 35 ans, et B, 28 ans, nient": the head
            if opening is not None and S.norm(opening[0]) in lex.determiners:
                return opening, kind
        np2 = np_left(S, k - 1)
        if np2 and S.norm(np2[0] - 1) == ",":
            np1 = np_left(S, np2[0] - 1)
            if np1:
                if lex.source_apposition:
                    return (np1[0], np2[1]), "np"
                if S.t[np2[0]].text[:1].isupper() and S.norm(np2[0]) not in lex.determiners:
                    return np2, "np"
                return np1, "np"
        # a longer incise between commas: "X, who served as …, said" / "X, chairman of …, said"
        j = k - 2
        while j > 0 and k - j < 40 and S.t[j].text not in END_PUNCT and S.t[j].text not in QUOTE_CHARS:
            if S.t[j].text == ",":
                inner = S.norm(j + 1)
                if inner in ("qui", "who", "which") or inner in lex.determiners or inner in lex.titles \
                        or S.t[j + 1].text[:1].isupper() or not S.fr:
                    np1 = np_left(S, j)
                    # a short adverbial: "The union, for its part, said" (not "X, of the union," nor "X, including …")
                    adverbial = inner in lex.stop_preps and k - j <= 6
                    if np1:
                        return ((np1[0], k - 2) if lex.source_apposition and not adverbial else np1), "np"
                break
            j -= 1
        return opening_subject(S, k)
    np = np_left(S, k)
    if np is None:
        return None, "none"
    if np[0] == np[1] and S.norm(np[0]) in lex.subject_pronouns:
        return np, "pronoun"
    return np, "np"


def relative_antecedent(S: SentenceView, q: int) -> tuple[int, int] | None:
    """The speaker a relative "qui" at ``q`` stands for: the phrase before it (", qui" or "X qui")."""
    m = q - 1
    if S.norm(m) == ",":
        m -= 1
    np = np_left(S, m + 1)
    if np and S.t[np[0]].text[:1].isdigit() and S.norm(np[0] - 1) == ",":
        np = np_left(S, np[0] - 1) or np  # "Paul R., 49 ans, qui …": the age is no antecedent
    if np and S.fr:
        # "confié le chantier aux architectes, qui …": a dative "à" phrase is its own argument, and the
        # relative clause goes with it, the nearest phrase
        for j in range(np[1] - 1, np[0], -1):
            if S.norm(j) in DATIVE:
                np = (j + 1, np[1])
                break
    if np and np[0] < np[1] and S.norm(np[0]) in S.lex.object_preps and S.t[np[0] + 1].text[:1].isupper():
        np = (np[0] + 1, np[1])  # "celui de Marc, qui …": the name, not "de Marc"
    return speaker_in(S, np) if np else None


def coordinated_relative(S: SentenceView, g: Group) -> tuple[int, int] | None:
    """A verb coordinated inside a relative clause shares its "qui": in "le maire, qui a reçu les élus et a
    affirmé que …", "a affirmé" is the maire's (the clause runs without punctuation back to "qui")."""
    if S.norm(g.first - 1) not in S.lex.coordinators:
        return None
    top = g.first - 2 - (S.norm(g.first - 2) == ",")  # "…, qui vit dans la vallée, et explique : « … »"
    for j in range(top, max(-1, top - MAX_NP * 2), -1):
        if S.t[j].text in PUNCT_STOP or S.norm(j) in S.lex.complementizers:
            return None
        if S.norm(j) in ("qui", "who"):
            return relative_antecedent(S, j)
    return None


def speaker_noun(S: SentenceView, i: int) -> bool:
    """Can the word at ``i`` head a speaker: a name, a title, an organisation or a group noun?"""
    w = S.norm(i)
    return S.t[i].text[:1].isupper() or w in S.lex.titles or w in S.lex.org_heads or w in S.lex.group_nouns


def speaker_in(S: SentenceView, np: tuple[int, int]) -> tuple[int, int]:
    """The speaker of "les menaces du patronat, qui réfute …" is "patronat": when the head of ``np`` cannot
    speak and its "de" complement can, the relative clause is the complement's."""
    lex = S.lex
    head = np[0] + (S.norm(np[0]) in lex.determiners)
    if head > np[1] or speaker_noun(S, head):
        return np
    for j in range(head + 1, np[1]):
        if S.norm(j) in lex.np_preps and (S.norm(j) in lex.determiners or S.norm(j) in lex.charge_preps):
            k = j + 1 + (S.norm(j + 1) in lex.determiners)
            if k <= np[1] and speaker_noun(S, k):
                return (j + 1 if S.norm(j) in lex.charge_preps else k, np[1])
            break
    return np


def opening_subject(S: SentenceView, k: int) -> tuple[tuple[int, int] | None, str]:
    """The noun phrase opening the sentence up to its first comma, when only commas, names and a relative
    clause stand between it and the verb at ``k``: "Les prévenus, Marc L., 35 ans, et Hugo T., nient …"."""
    c = S.next_comma(0)
    if c <= 0 or c >= k - 1 or not S.is_np_start(0) or S.norm(0) in S.lex.subject_pronouns:
        return None, "none"
    np = np_left(S, c)
    if not np or np[0] != 0:
        return None, "none"
    if any(S.norm(j) in S.lex.forms and S.norm(j - 1) not in ("qui", "who") for j in range(c + 1, k - 1)):
        return None, "none"  # another cue in between: not one long apposition
    return np, "np"


def past_participle(S: SentenceView, i: int) -> bool:
    """A French past participle form at ``i`` ("interrogé", "emmenée", "posté")."""
    # (also the -it participles made feminine, "écrite", "dite", which no finite form shares)
    return 0 <= i < S.n and S.t[i].text[-1:].isalpha() and S.norm(i).endswith(("é", "ée", "és", "ées", "rite",
                                                                                "rites", "dite", "dites"))


def time_lead(S: SentenceView, j: int) -> bool:
    """Does a time phrase and its comma open the clause at ``j``? ("Jeudi soir, un porte-parole …")"""
    m = j
    while m < S.n and S.norm(m) in S.lex.time_words:
        m += 1
    return m > j and S.norm(m) == ","


def main_subject(S: SentenceView, g: Group) -> tuple[tuple[int, int] | None, str]:
    """Subject of the sentence's main clause, for a participle cue: "X a réagi, affirmant que …"."""
    lex = S.lex
    j = 0
    while j < g.first and (S.t[j].text in PUNCT_STOP or S.norm(j) in lex.sentence_adverbs):
        j += 1
    if S.norm(j) in lex.stop_preps or S.norm(j) in lex.channel_preps or S.norm(j) in ("en", "in") \
            or S.fr and past_participle(S, j) or time_lead(S, j):
        # a leading adverbial ("Au Yémen, des manifestants …", "Interrogé lundi, le ministre …"):
        # the subject comes after its comma
        c = S.next_comma(j)
        if c >= g.first:
            return None, "none"
        j = c + 1
    if S.norm(j) in lex.subject_pronouns and j < g.first:
        return (j, j), "pronoun"  # "Il termine en expliquant que …": the pronoun alone
    k = j
    while k < g.first and S.t[k].text not in PUNCT_STOP and S.norm(k) not in lex.auxiliaries \
            and S.norm(k) not in lex.forms and k - j < MAX_NP:
        k += 1
    if k == j or not S.is_np_start(j):
        return None, "none"
    kind = "pronoun" if k - j == 1 and S.norm(j) in lex.subject_pronouns else "np"
    return (j, k - 1), kind


def shared_subject(S: SentenceView, g: Group, cands: list[Candidate]) -> tuple[tuple[int, int] | None, str]:
    """A coordinated cue shares the subject of the cue before it: "X a déclaré que P, et a révélé Q"."""
    for c in reversed(cands):
        if c.sentence == S.sent.index and c.source is not None and c.group is not None \
                and c.group.last < g.first:
            by_start = {tok.start: i for i, tok in enumerate(S.t)}
            by_end = {tok.end: i for i, tok in enumerate(S.t)}
            a, b = by_start.get(c.source[0]), by_end.get(c.source[1])
            if a is not None and b is not None:
                return (a, b), c.source_kind
            if b is not None and c.group.clitic == b:
                return (b, b), "pronoun"  # the clitic of "plaide-t-il"
    return None, "none"


def media_like(S: SentenceView, np: tuple[int, int]) -> bool:
    words = " ".join(S.t[i].norm for i in range(np[0], np[1] + 1))
    lex = S.lex
    if any(w in lex.agencies or w in lex.media for w in (words, words.split(" ", 1)[-1])):
        return True
    return any(S.t[i].norm in lex.org_heads and lex.org_heads[S.t[i].norm] == "media"
               for i in range(np[0], np[1] + 1))


def passive_agent(S: SentenceView, g: Group, nxt: int) -> tuple[tuple[int, int] | None, int]:
    """The agent of a passive cue ("est accusé par le parquet") and the token after it."""
    lex = S.lex
    k = g.last + 1
    if S.norm(k) in lex.agent_preps:
        np = np_right(S, k + 1, nxt) or bare_np(S, k + 1, nxt)
        if np:
            return np, np[1] + 1
    return None, k
