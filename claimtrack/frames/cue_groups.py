"""Cue groups: where a sentence holds a cue verb (with its auxiliaries, clitics, adverbs) or a marker.

Example: in « … », a-t-elle finalement affirmé. the group runs from "a" to "affirmé", clitic "-t-elle";
in "Selon le maire, …" it is the marker "selon" (kind ``according``).
"""

from __future__ import annotations

from ..lexicon import CueEntry
from .candidate import Group
from .phrases import past_participle
from .view import END_PUNCT, SentenceView


def cue_groups(S: SentenceView, hits: list[int] | None = None) -> list[Group]:
    """The cue groups of the sentence, left to right, none overlapping.

    ``hits`` (rising) are the tokens whose norm is a cue form or a marker's first word, the only places a group
    can open; found here when not given. Example: in "Paul a dit que …" the group "a dit" opens at "dit".
    """
    lex = S.lex
    out: list[Group] = []
    t = S.t
    if hits is None:
        hits = [i for i, tok in enumerate(t) if tok.norm in lex.cue_openers]
    nxt = 0  # first token not yet inside a group
    for i in hits:
        if i < nxt:
            continue
        w = t[i].norm
        g = None
        if w in lex.marker_first:
            g = marker_group(S, i)
        if g is None and not (w in lex.relay_participles and S.norm(i + 1) in lex.agent_preps):
            readings = lex.forms.get(w)
            if readings and not name_like(S, i):
                g = verb_group(S, i, readings)
        if g is not None:
            out.append(g)
            nxt = max(g.last, g.verb) + 1
    return out


def name_like(S: SentenceView, i: int) -> bool:
    """A capitalised cue form inside a sentence is a name: "l'ingénieure Lise Caron" (not a form of lire);
    only where the language table says so (English headlines capitalise verbs)."""
    if not S.lex.capitalised_forms_are_names or i == 0 or not S.t[i].text[:1].isupper():
        return False
    return S.t[i - 1].text[:1].isalnum() or S.t[i - 1].text == ","


def marker_group(S: SentenceView, i: int) -> Group | None:
    best = None
    norm = S.norm
    for words, kind in S.lex.markers_by_first.get(S.t[i].norm, ()):
        k = len(words)
        # words[0] is the token's own norm; the last word first rejects most "de …" (no marker) in one lookup
        if norm(i + k - 1) == words[-1] and all(norm(i + j) == words[j] for j in range(1, k - 1)) \
                and (best is None or k > best[0]):
            best = (k, words, kind)
    if best is None:
        return None
    k, words, kind = best
    if kind not in ("according", "according_weak"):
        return None  # relays ("cité par", "citant") are read by _find_via
    if kind == "according_weak":
        # "Pour X, …" only opens a sentence
        if i != 0 and not (i == 1 and S.t[0].text in "«“\"—–-"):
            return None
    g = Group(i, i + k - 1, i, None, kind="according")
    g.lemma = " ".join(words).replace("' ", "'")
    g.cls = "report"
    if kind == "according_weak":
        g.kind = "according_weak"
    return g


def verb_group(S: SentenceView, i: int, readings: list[CueEntry]) -> Group | None:
    """The cue group around the cue form at ``i``: its longest multiword reading, auxiliaries, clitics."""
    entry = None
    last = i
    for r in readings:
        if r.rest and S.norm(i + 1) == r.rest[0]:  # the next word first: most readings fail there
            if all(S.norm(i + 1 + j) == w for j, w in enumerate(r.rest)):
                if entry is None or len(r.rest) > len(entry.rest):
                    entry, last = r, i + len(r.rest)
    if entry is None:
        singles = [r for r in readings if not r.rest]
        if not singles:
            return None
        entry = singles[0]
    g = Group(i, last, i, entry)
    walk_left(S, g)
    if not entry.rest and len(readings) > 1:  # one reading: nothing to choose
        # "se défend" is "se défendre" (deny), "défend" alone is "défendre": the reflexive clitic chooses
        reflexive = any(S.norm(j) in ("se", "s'") for j in range(g.first, i))
        fit = [r for r in readings if not r.rest and r.lemma.startswith(("se ", "s'")) == reflexive]
        if fit and fit[0] is not entry:
            g = Group(i, last, i, fit[0])
            walk_left(S, g)
    if S.fr and g.first == i and S.t[i].norm[-2:] in ("er", "ir", "re") and not entry.rest:
        join_lead(S, g)  # an infinitive: "a tenu à rappeler", "viendra confirmer"
    # inversion clitic right after the verb: dit-elle, confirme-t-on
    k = g.last + 1
    if S.norm(k) in S.lex.inversion_clitics:
        g.clitic = k
        g.last = k
    return None if not_a_cue(S, g) else g


def walk_left(S: SentenceView, g: Group) -> None:
    """Extend ``g`` left over auxiliaries, adverbs between them, object and inversion clitics."""
    lex = S.lex
    j = g.verb - 1
    first = g.verb
    seen_aux = False
    while j >= 0:
        w = S.norm(j)
        if w in lex.inversion_clitics:
            g.clitic = j
        elif w in lex.auxiliaries:
            seen_aux = True
            if w in lex.passive_aux and not g.aux and S.norm(j - 1) not in ("s'", "se"):
                g.passive = True
            g.aux = True
        elif w in lex.adverbs or w in lex.negation or manner_adverb(S, j) and S.norm(j - 1) in lex.auxiliaries:
            pass
        elif w in lex.stressed_pronouns and S.norm(j + 1) in lex.adverbs and S.norm(j - 1) in lex.auxiliaries:
            pass  # "a elle aussi dénoncé", "a lui aussi affirmé": an emphatic pronoun inside the verb group
        elif adverb_phrase_ending(S, j):
            j -= adverb_phrase_ending(S, j)
            continue
        elif w == "," and j + 1 == first and not seen_aux:
            # "a pourtant, lors de la réunion, rappelé": an incise between the auxiliary and the participle
            m = j - 1
            while m > 0 and j - m < 8 and S.norm(m) != "," and S.t[m].text not in END_PUNCT:
                m -= 1
            k = m - 1
            while k >= 0 and S.norm(k) in lex.adverbs:
                k -= 1
            if S.norm(m) != "," or S.norm(k) not in lex.auxiliaries or not S.fr:
                break
            j = k
            continue
        elif w in lex.object_clitics and (j + 1 == first or S.norm(j + 1) in lex.auxiliaries):
            first = j
            j -= 1
            continue
        else:
            break
        if w in lex.auxiliaries or w in lex.inversion_clitics:
            first = j
        j -= 1
    # adverbs are kept only between an auxiliary and the verb
    g.first = first
    if not seen_aux:
        g.passive = False


def join_lead(S: SentenceView, g: Group) -> None:
    """A cue infinitive after a modal, aspect or motion verb joins it and its auxiliaries in one group, whose
    subject is the chain's: "a tenu à rappeler que", "viendra confirmer que", "s'est empressé de préciser que",
    "est venue dire que" (``infinitive_leads`` and ``modal_or_light``; not "veut dire", an idiom)."""
    lex = S.lex
    head = g.entry.lemma.split()[0]
    if S.t[g.verb].norm != head or S.norm(g.first - 1) in lex.auxiliaries \
            or S.norm(g.first - 1) in lex.not_cue_after.get(head, ()):
        return
    leads = lex.infinitive_leads
    a = next((g.first - k for k in (2, 1) if g.first - k >= 0
              and tuple(S.norm(j) for j in range(g.first - k, g.first)) in leads), None)
    if a is None or not S.t[a].text.islower():
        return
    first = a
    j = a - 1
    while j >= 0 and (S.norm(j) in lex.auxiliaries or S.norm(j) in lex.object_clitics or S.norm(j) in lex.negation
                      or S.norm(j) in lex.adverbs):
        if S.norm(j) in lex.auxiliaries or S.norm(j) in lex.object_clitics:
            first = j
        j -= 1
    g.first, g.aux = first, True


def manner_adverb(S: SentenceView, j: int) -> bool:
    """A manner adverb by its form ("farouchement", "strongly"), not a cue form itself."""
    w = S.norm(j)
    return S.t[j].text[:1].islower() and w not in S.lex.forms and (
        S.fr and len(w) > 6 and w.endswith("ment") or not S.fr and len(w) > 4 and w.endswith("ly"))


def not_a_cue(S: SentenceView, g: Group) -> bool:
    """A cue form used as a noun, an infinitive after a preposition, or negated: no cue."""
    lex = S.lex
    i = g.verb
    # a form right after a determiner is a noun ("l'annonce", "the report")
    prev = S.norm(g.first - 1)
    if not g.aux and prev in lex.determiners and prev not in lex.object_clitics and not adverbial_infinitive(S, g):
        return True
    if article_noun(S, g):
        return True
    if S.fr and not g.aux and g.first < i and S.norm(g.first) in lex.determiners \
            and S.t[i].norm.endswith(("é", "ée", "és", "ées")):
        return True  # "l'accusé", "les inculpés": a participle after an article without auxiliary is a noun
    if S.fr and not g.aux and prev in ("de", "d'", "à", "au", "aux", "pour", "sans", "par"):
        # infinitive after a preposition ("pour justifier"), not a cue of its own, but for an adverbial
        # phrase before a que-clause: "avant d'ajouter qu'il regrette"
        if not (S.t[i].norm.endswith(("ant",))) and not adverbial_infinitive(S, g):
            return True
    if not S.fr and prev == "to" and g.first == i:
        return True
    if negated(S, g):
        return True
    if S.fr and not g.aux and g.cls == "report" and g.first == i and past_participle(S, i) \
            and S.t[i - 1].text[:1].islower() and S.t[i - 1].text[:1].isalpha() \
            and prev not in lex.object_clitics and prev not in lex.subject_pronouns and not shared_auxiliary(S, g):
        return True  # a participle after a noun modifies it: "un message posté sur son compte"
    # an infinitive stands as a cue only after a light verb ("faire dire")
    w = S.t[i].norm
    head = g.entry.lemma.split()[0]
    if prev in lex.not_cue_after.get(head, ()):
        return True  # "ça veut dire que …": an idiom, not a speech act
    if S.fr and w == head and w.endswith(("er", "ir", "re")) and not g.aux:
        if prev not in lex.light_verbs and not adverbial_infinitive(S, g):
            return True
    return not S.fr and not g.aux and w == head and prev in lex.determiners


def shared_auxiliary(S: SentenceView, g: Group) -> bool:
    """ "X a affirmé que P et salué une « avancée »": a participle after "et" shares the auxiliary of an
    earlier cue of its sentence."""
    lex = S.lex
    if S.norm(g.first - 1) not in lex.coordinators:
        return False
    return any(S.norm(j) in lex.auxiliaries and S.norm(j + 1) in lex.forms for j in range(g.first - 2))


def article_noun(S: SentenceView, g: Group) -> bool:
    """ "que l'annonce restait …": an article read as an object clitic, before a form the lexicon says is also a
    noun, where no subject could stand before the clitic (after "que", a preposition, a comma, the start)."""
    lex = S.lex
    first = S.norm(g.first)
    if g.aux or g.first == g.verb or first not in lex.object_clitics or first not in lex.determiners \
            or not lex.ambiguous.get(S.t[g.verb].norm, "").startswith("noun"):
        return False
    before = S.norm(g.first - 1)
    return g.first == 0 or before in lex.complementizers or before in lex.coordinators \
        or before in lex.stop_preps or before in lex.object_preps or S.is_punct(g.first - 1)


def adverb_phrase_ending(S: SentenceView, j: int) -> int:
    for ph in S.lex.adverb_phrases_by_last.get(S.norm(j), ()):
        k = len(ph)
        if j - k + 1 >= 0 and all(S.norm(j - k + 1 + m) == ph[m] for m in range(k)):
            return k
    return 0


def negated(S: SentenceView, g: Group) -> bool:
    neg = S.lex.negation
    for j in range(g.first, g.last + 1):
        if S.norm(j) in neg:
            return True
    if S.fr and S.norm(g.first - 1) in ("ne", "n'"):
        return True
    return S.fr and S.norm(g.last + 1) in ("pas", "jamais", "guère", "point", "nullement")


def adverbial_infinitive(S: SentenceView, g: Group) -> bool:
    """A cue infinitive in an adverbial phrase before its que-clause: "avant d'ajouter, aussitôt, qu'il le déplore"."""
    if not S.fr or g.aux or g.first < 2 or S.norm(g.first - 1) not in ("de", "d'") \
            or S.norm(g.first - 2) not in S.lex.adverbial_infinitive_heads:
        return False
    return any(S.norm(j) in S.lex.complementizers for j in range(g.last + 1, min(S.n, g.last + 5)))
