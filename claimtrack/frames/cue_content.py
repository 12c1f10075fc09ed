"""Cue-then-content frames: the subject, the cue, then what was said.

Examples: "X a annoncé que P" (``que``), "X a déclaré : « … »" (``colon``), "X a lancé « … »" (``quote``),
"X nie avoir P" (``infinitive``), "X dément ces accusations" (``object``), "Y said P" (``bare_clause``),
"X a confié aux enquêteurs que P" (addressee stepped over), "faire dire à X que P" (X says).
A cue after its content goes to :mod:`.incise` first.
"""

from __future__ import annotations

from ..lexicon import ACT_OF_CLASS
from .accusation import active_accusation, charge_np
from .candidate import Candidate, Group, make_candidate
from .content import content_after, quoted_phrase
from .cue_groups import adverbial_infinitive
from .denial import (
    bare_object_at,
    falsity_predicate,
    object_before_predicate,
    points_back,
    relative_denial,
    without_time_tail,
)
from .incise import incise, post_subject
from .phrases import (
    bare_infinitive_at,
    coordinated_relative,
    infinitive_at,
    main_subject,
    media_like,
    np_right,
    participial_subject,
    shared_subject,
    subject_of,
)
from .view import PUNCT_STOP, SentenceView

CAUSATIVE = ("faire", "fait", "font", "faisait", "fera", "ferait")
NOT_CONTENT_EN = ("to", "about", "so", "it", "nothing", "something", "anything", "yes", "no")


def read_verb(S: SentenceView, g: Group, nxt: int, cands: list[Candidate]) -> Candidate | None:
    """The claim of a verb cue: as an incise, with a relative denial, after its content, or before it."""
    act = ACT_OF_CLASS.get(g.cls, "statement")
    cue = S.span(g.first, g.last)
    weak = bool(g.entry and g.entry.weak)
    prevw = S.norm(g.first - 1)
    participle = S.t[g.verb].norm.endswith("ant" if S.fr else "ing") and not g.aux \
        or adverbial_infinitive(S, g)
    gerund = S.fr and S.norm(g.first) == "en"  # "a répondu en affirmant que …": the group holds its "en"
    if participle and prevw not in (",", "en") and not gerund and not adverbial_infinitive(S, g) \
            and not coordinated_participle(S, g, cands):
        if not (S.fr and S.t[g.first - 1].text[:1].isupper()):
            return None  # "son message justifiant …": a modifier, not a cue
        # "un discours du président Paul Marin jugeant que …": the name before the participle says it
        return content_frame(S, g, nxt, name_before(S, g.first), "np", False, act, cue, weak)
    c = comparative_incise(S, g, nxt, cands, act, weak)
    if c is not None:
        return c
    # 1. incise after the content
    # (not after "X, emmenée par Y, …": the subject and its participial modifier, then the verb)
    if g.first > 0 and (prevw == "," or g.first - 1 in S.quote_close) and not participle \
            and participial_subject(S, g.first) is None:
        c = incise(S, g, nxt, cands, act, cue, weak)
        if c is not None:
            return c
    # 2. subject before the cue
    np, kind, guessed = verb_subject(S, g, cands, participle)
    if g.clitic is not None and np is None:
        return None
    if np is not None and S.inside_quote(g.first) and S.norm(np[0]) in S.lex.subject_pronouns \
            and S.lex.subject_pronouns[S.norm(np[0])] in ("1", "1p", "2"):
        return None  # "« … nous pensons que … »": the speaker's own words, not a new attribution
    c = relative_denial(S, g, np, kind, act, cue)
    if c is not None:
        return c
    # content before, subject after it: "…, officials said." / "« … », le ministre l'a confirmé."
    if np is not None and np[0] > 0 and (S.norm(np[0] - 1) == "," or np[0] - 1 in S.quote_close):
        c = post_subject(S, g, np, kind, cands, act, cue, weak)
        if c is not None:
            return c
    # 3. content after the cue
    return content_frame(S, g, nxt, np, kind, guessed, act, cue, weak)


def comparative_incise(S: SentenceView, g: Group, nxt: int, cands: list[Candidate], act: str,
                       weak: bool) -> Candidate | None:
    """ "P, comme l'explique un témoin." / "P, as the mayor said.": the comparison names who says P (inside a
    denial it is an accusation instead, :mod:`claimtrack.as_clauses`)."""
    k = g.first - 1
    if S.norm(k) not in S.lex.comparative_markers or S.norm(k - 1) != "," \
            or any(c.act == "denial" and c.sentence == S.sent.index for c in cands):
        return None
    wide = Group(k, g.last, g.verb, g.entry, g.kind)
    wide.clitic, wide.passive, wide.aux, wide.lemma, wide.cls = g.clitic, g.passive, g.aux, g.lemma, g.cls
    return incise(S, wide, nxt, cands, act, S.span(k, g.last), weak)


def coordinated_participle(S: SentenceView, g: Group, cands: list[Candidate]) -> bool:
    """Is the participle cue ``g`` coordinated with an earlier participle cue of the sentence? "…, précisant
    que P et demandant aux parents de Q" (the second shares the first one's source)."""
    if S.norm(g.first - 1) not in S.lex.coordinators:
        return False
    return any(c.group is not None and c.sentence == S.sent.index and c.group.last < g.first
               and S.t[c.group.verb].norm.endswith("ant" if S.fr else "ing") for c in cands)


def name_before(S: SentenceView, k: int) -> tuple[int, int]:
    """The capitalised name ending before token ``k``, with a title just before it ("président Paul Marin")."""
    j = k - 1
    while j > 0 and S.t[j - 1].text[:1].isupper() and k - j < 6:
        j -= 1
    if S.norm(j - 1) in S.lex.titles:
        j -= 1
    return (j, k - 1)


def verb_subject(S: SentenceView, g: Group, cands: list[Candidate], participle: bool):
    """(subject range, kind, guessed) of a verb cue: its own subject, the main clause's for a participle,
    the previous cue's for a coordinated verb."""
    guessed = participle  # the source is a guess (the sentence's first phrase), which a parse may correct
    if S.norm(g.first - 1) in S.lex.clause_preps and (g.aux or infinitive_at(S, g.verb)):
        c = S.next_comma(g.last)  # "Après avoir nié toute dépense, la trésorière a admis …"
        np = np_right(S, c + 1) if c < S.n else None
        return np, ("np" if np else "none"), False
    np, kind = subject_of(S, g)
    if participle:
        # "…, a indiqué le maire, précisant que …": the participle's subject is the previous cue's source
        np, kind = shared_subject(S, g, cands)
        if np is None:
            np, kind = main_subject(S, g)
    if np is None and S.norm(g.first - 1) in S.lex.coordinators:
        np = coordinated_relative(S, g)
        np, kind = (np, "np") if np else shared_subject(S, g, cands)
        if np is None:
            np, kind = main_subject(S, g)
            guessed = np is not None
    return np, kind, guessed


def skip_adverbials(S: SentenceView, k: int) -> int:
    """First token at or after ``k`` past adverbs and time phrases ("a déclaré hier en mai que", "ajoute,
    encore, que")."""
    lex = S.lex
    while k < S.n:
        w = S.norm(k)
        if w == "," and S.norm(k + 1) in lex.adverbs and S.norm(k + 2) == "," and S.norm(k + 3) in lex.complementizers:
            k += 3
            continue
        manner = S.fr and len(w) > 6 and w.endswith("ment") and w not in lex.forms  # "nient farouchement"
        if (w in lex.adverbs or w in lex.time_words or manner) and w not in lex.complementizers \
                and w not in lex.negation \
                and not S.t[k].text[:1].isupper() and w not in lex.determiners:
            k += 1
        elif w in ("en", "in") and (S.norm(k + 1) in lex.time_words
                                     or S.t[k + 1 if k + 1 < S.n else k].text.isdigit()):
            k += 2  # "en mai", "in 2004"
        elif pp_before_complementizer(S, k) > k:
            k = pp_before_complementizer(S, k)  # "said on Tuesday that", "a déclaré dans un communiqué que"
        else:
            break
    return k


def skip_time(S: SentenceView, k: int) -> int:
    while k < S.n and S.norm(k) in S.lex.time_words and S.norm(k) not in S.lex.determiners:
        k += 1
    return k


def pp_before_complementizer(S: SentenceView, k: int) -> int:
    """Index of the complementizer after a prepositional phrase starting at ``k`` ("in a statement that"),
    else ``k``: the phrase is a circumstance of the cue, not its content."""
    lex = S.lex
    if S.norm(k) not in lex.stop_preps and S.norm(k) not in lex.channel_preps or S.norm(k) in lex.addressee_preps:
        return k  # an addressee ("aux syndicats que") is read by addressee()
    for j in range(k + 1, min(S.n, k + 7)):
        w = S.norm(j)
        if w in lex.complementizers:
            return j if j > k + 1 else k
        if S.t[j].text in PUNCT_STOP or w in lex.auxiliaries or w in lex.subject_pronouns \
                or w in lex.forms and S.norm(j - 1) not in lex.determiners:
            return k
    return k


def addressee(S: SentenceView, g: Group, k: int, np, kind: str):
    """Step over an addressee before the complement: "a confié aux enquêteurs que", "told them that";
    in "faire dire à X que" X is the source. Returns (k, np, kind, addressee range)."""
    lex = S.lex
    if (S.norm(k) in lex.stop_preps or S.norm(k) in lex.addressee_preps or S.norm(k) == ",") and k + 1 in S.quote_open:
        return k + 1, np, kind, None  # "insiste sur « … »", "She continued, “…”"
    if g.lemma in lex.object_addressee_cues:
        # "a appelé Paris et Berlin à négocier": the object is the addressee, the infinitive the content
        obj = np_right(S, k)
        if obj and S.norm(obj[1] + 1) in lex.coordinators:
            more = np_right(S, obj[1] + 2)  # "Paris et Berlin"
            obj = (obj[0], more[1]) if more else obj
        if obj and S.norm(obj[1] + 1) in ("à", "de", "d'") and infinitive_at(S, obj[1] + 2):
            return obj[1] + 1, np, kind, None
    if not (S.norm(k) in lex.addressee_preps or S.norm(k) in lex.stop_preps and S.fr or
            g.lemma in lex.addressee_cues):
        return k, np, kind, None
    j = k + (1 if S.norm(k) in lex.addressee_preps or S.norm(k) in lex.stop_preps else 0)
    while j < S.n and S.norm(j) in lex.time_words and S.norm(j) not in lex.determiners:
        j += 1
    np2 = np_right(S, j, min(S.n, j + 10)) if j < S.n else None
    if np2 is None and S.fr and (S.norm(j) in lex.time_words or S.norm(j) in lex.stop_preps):
        # "faire dire en juin aux syndicats que": a time phrase, then the addressee
        j2 = j + 1
        while j2 < S.n and (S.norm(j2) in lex.time_words or S.norm(j2) in lex.stop_preps):
            j2 += 1
        np2 = np_right(S, j2, min(S.n, j2 + 10))
    if np2 is not None and not S.fr:
        # an English addressee is a bare object ("told reporters"); the French one comes with "à" (below)
        np2_end = pp_before_complementizer(S, skip_time(S, np2[1] + 1)) - 1  # "told reporters on Monday that"
        if S.norm(np2_end + 1) in lex.complementizers or np2_end + 1 in S.quote_open:
            return np2_end + 1, np, kind, np2  # "Ana told Pierre “…”"
    if not (np2 and (S.norm(np2[1] + 1) in lex.complementizers or S.norm(np2[1] + 1) == ":"
                     or not S.fr and np2[1] + 1 < S.n and S.t[np2[1] + 1].text[:1].isalpha()
                     or g.lemma in lex.infinitive_cues and bare_infinitive_at(S, np2[1] + 1)
                     or S.fr and S.norm(np2[1] + 1) in ("de", "d'") and infinitive_at(S, np2[1] + 2))):
        return k, np, kind, None
    if S.fr and np is None and S.norm(g.first - 1) in CAUSATIVE[:4]:
        return np2[1] + 1, np2, "np", None  # causative: "faire dire à X que" — X says
    return np2[1] + 1, np, kind, np2


def content_frame(S: SentenceView, g: Group, nxt: int, np, kind: str, guessed: bool, act: str, cue,
                  weak: bool) -> Candidate | None:
    """Content after the cue: "que P", ": « … »", "« … »", "de P", an object, an English bare clause."""
    # the content of a subordinate or comma-set relative clause ends at its comma: "X, qui a promis P, a …";
    # so does one whose subject follows the cue ("Après avoir démenti P, X a …")
    to_comma = np is not None and (S.norm(np[0] - 1) in S.lex.subordinators or S.norm(np[0] - 1)
                                   in S.lex.complementizers and S.norm(np[0] - 2) in S.lex.subordinators
                                   or np[0] > g.last) \
        or S.norm(g.first - 1) in ("qui", "who") and S.norm(g.first - 2) == "," \
        or S.fr and S.t[g.verb].norm.endswith("ant") and not g.aux and S.norm(g.first - 1) != ","
    k = skip_adverbials(S, g.last + 1)
    if S.fr and S.norm(g.first - 1) in CAUSATIVE:
        np, kind = None, "none"  # "faire dire à X que …": X says, not the subject of "faire"
    k, np, kind, addr = addressee(S, g, k, np, kind)
    found = complement(S, g, k, nxt, to_comma, np, kind, act, cue)
    if isinstance(found, Candidate):
        return found
    content, frame, conf = found
    if content is None or frame == "object" and only_time_words(S, content):
        return None  # "comme elle l'avait raconté ces dernières semaines": a time phrase is no object
    if np is None and frame in ("object", "infinitive", "quoted_object"):
        return None  # "Asked about the fire, …": without a subject an object is no claim
    if weak and frame not in ("que", "quote", "colon", "quoted_object") and not points_back(S, g, k):
        return None  # a doubtful cue needs a sure frame; "disputed the allegations" is one
    if weak:
        conf -= 0.15
    if np is None:
        conf -= 0.2
    c = make_candidate(S, g, act, content, np, kind, cue, conf, frame)
    c.weak_source = guessed
    if addr and media_like(S, addr):
        c.via.append(S.span(*addr))
    if points_back(S, g, k):
        c.anaphoric = True  # "a démenti ces accusations": the object points back at an earlier claim
    return c


def complement(S: SentenceView, g: Group, k: int, nxt: int, to_comma: bool, np, kind: str, act: str, cue):
    """The complement starting at token ``k``: (content, frame, confidence), or an accusation candidate."""
    lex = S.lex
    w = S.norm(k)
    entry = g.entry
    if g.cls == "deny" and w in lex.complementizers and w in lex.anaphoric_dets \
            and S.norm(k + 1) in lex.anaphoric_objects:
        return S.span(k, k + 1), "object", 0.75  # "rejected that argument": a demonstrative, not a conjunction
    if w in lex.complementizers and k - 2 > g.last and S.norm(k - 2) in lex.comparative_words \
            and S.t[k - 1].text.isalpha() and S.t[k - 1].text.islower() and S.norm(k - 1) not in lex.time_words:
        return None, None, 0.8  # "se règlent plus vite que …": a comparison, not a que-clause
    if w in lex.complementizers:
        return content_after(S, k + 1, nxt, to_comma), "que", 0.8
    if w == ":":
        return content_after(S, k + 1, nxt, to_comma), "colon", 0.85 if (k + 1) in S.quote_open else 0.7
    if k in S.quote_open:
        return content_after(S, k, nxt, to_comma), "quote", 0.8
    if g.cls == "accuse" and entry and not g.passive:
        c, content = active_accusation(S, g, k, nxt, to_comma, np, kind, act, cue)
        return c if c is not None else (before_relative_cue(S, k, nxt, content), "object", 0.65)
    if g.cls == "deny" and S.norm(k) in lex.charge_preps and not infinitive_at(S, k + 1):
        np = charge_np(S, k, nxt)  # "se défend de toute ambition", "se défend d'un quelconque calcul"
        if np:
            return S.span(*np), "object", 0.7
    if S.fr and S.norm(k) in ("de", "d'") and k + 1 in S.quote_open and infinitive_at(S, k + 2):
        # "a ordonné de « prendre des mesures » pour …": a quoted infinitive clause runs on after its quote
        return content_after(S, k + 1, nxt, to_comma), "infinitive", 0.6
    obj = falsity_predicate(S, g, k, nxt) if g.lemma in lex.characterising_cues else None
    if obj is not None:  # "called the report false": a denial of the report
        c = make_candidate(S, g, "denial", S.span(*obj), np, kind, cue, 0.7, "characterised")
        c.anaphoric = S.norm(k) in lex.anaphoric_dets and S.norm(k + 1) in lex.anaphoric_objects
        return c if np is not None else (None, None, 0.8)
    if g.cls == "report" and not g.passive and not (entry and entry.weak and S.inside_quote(g.first)):
        # a quote in the object: "salue une « avancée »", "parle d'un dîner « bruyant »", "appelle à la « patience »"
        start = k + 1 if S.norm(k) in lex.object_preps else k
        phrase = quoted_phrase(S, start, nxt) if S.is_np_start(start) or start in S.quote_open else None
        phrase = phrase or characterised_as(S, start, nxt)
        if phrase is not None:
            return phrase, "quoted_object", 0.6
    if infinitive_at(S, k) and S.norm(k) in lex.infinitive_heads or \
            (S.fr and S.norm(k) in ("de", "d'") and infinitive_at(S, k + 1)) or \
            (g.lemma in lex.object_addressee_cues and S.norm(k) == "à" and infinitive_at(S, k + 1)):
        # the content is the infinitive clause, without its "de": "il a promis de revenir" → "revenir"
        start = k + 1 if S.norm(k) in ("de", "d'", "à") else k
        return content_after(S, start, nxt, to_comma), "infinitive", 0.6
    if g.lemma in lex.infinitive_cues and bare_infinitive_at(S, k):
        return content_after(S, k, nxt, to_comma, colon_ends=True), "infinitive", 0.6  # "il affirme avoir payé"
    if g.cls == "deny" and bare_object_at(S, k):  # "denied wrongdoing on Monday", "denies taking payments"
        gerund = S.norm(k).endswith("ing")  # a clause object is surer than a lone noun
        content = object_before_predicate(S, k, without_time_tail(S, k, content_after(S, k, nxt, to_comma)))
        return content, "object", 0.8 if gerund else 0.7
    if entry and (entry.object or g.cls == "deny") and S.is_np_start(k) and \
            S.norm(k) not in lex.subject_pronouns and not (g.cls == "deny" and S.norm(k) in lex.indefinites):
        content = before_relative_cue(S, k, nxt, content_after(S, k, nxt, to_comma))
        if g.cls == "deny":
            content = object_before_predicate(S, k, content)  # "dismissed the allegations as baseless"
        return content, "object", 0.45 if g.cls == "report" else 0.7
    if not S.fr and k < S.n and S.t[k].text[:1].isalnum() and S.norm(k) not in lex.stop_preps \
            and (S.norm(k) not in NOT_CONTENT_EN or pronoun_clause(S, k)) and np is not None and g.cls == "report":
        return content_after(S, k, nxt, to_comma), "bare_clause", 0.55
    return None, None, 0.8


def pronoun_clause(S: SentenceView, k: int) -> bool:
    """ "said it would close": "it" before an auxiliary is the subject of a bare clause, not the object."""
    return S.norm(k) == "it" and S.norm(k + 1) in S.lex.auxiliaries


def before_relative_cue(S: SentenceView, k: int, nxt: int, content):
    """An object content stops before a relative clause that holds the next cue: in "a critiqué la réponse du
    maire, auquel ils reprochent son silence" the object is "la réponse du maire" (the relative is a claim)."""
    if content is None or nxt >= S.n or S.t[nxt].start >= content[1]:
        return content
    for j in range(nxt - 1, max(k, nxt - 5), -1):
        if S.norm(j) in S.lex.relative_pronouns and not S.inside_quote(j) \
                and not any(S.norm(m) in S.lex.passive_aux for m in range(j + 1, nxt + 2)):
            # (not a passive relative: "nie les faits qui lui sont reprochés" names what is denied)
            end = j - 1 - (S.norm(j - 1) == ",")
            return (content[0], S.t[end].end) if end >= k else content
    return content


def only_time_words(S: SentenceView, content: tuple[int, int]) -> bool:
    """Is ``content`` nothing but a time phrase ("ces derniers jours", "lundi dernier")?"""
    toks = [i for i in range(S.index_after(content[0]), S.n) if S.t[i].end <= content[1]]
    return bool(toks) and all(S.norm(i) in S.lex.time_words or S.norm(i) in S.lex.determiners
                              or S.t[i].text.isdigit() for i in toks)


def characterised_as(S: SentenceView, k: int, nxt: int) -> tuple[int, int] | None:
    """ "a parlé de ce parking comme d'une « folie coûteuse »": an object phrase, then "comme" and a quote that
    names it; the content runs from the phrase to the quote's end."""
    if not S.is_np_start(k):
        return None
    for j in range(k + 1, min(S.n, nxt, k + 15)):
        if S.t[j].text in PUNCT_STOP or S.norm(j) in S.lex.complementizers:
            return None
        if S.norm(j) in S.lex.comparative_markers:
            q = next((m for m in range(j + 1, min(S.n, j + 4)) if m in S.quote_open), None)
            return (S.t[k].start, S.t[S.quote_open[q]].end) if q is not None else None
    return None
