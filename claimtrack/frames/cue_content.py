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
from .content import content_after
from .denial import points_back, relative_denial
from .incise import incise, post_subject
from .phrases import infinitive_at, main_subject, media_like, np_right, shared_subject, subject_of
from .view import SentenceView

CAUSATIVE = ("faire", "fait", "font", "faisait", "fera", "ferait")
NOT_CONTENT_EN = ("to", "about", "so", "it", "nothing", "something", "anything", "yes", "no")


def read_verb(S: SentenceView, g: Group, nxt: int, cands: list[Candidate]) -> Candidate | None:
    """The claim of a verb cue: as an incise, with a relative denial, after its content, or before it."""
    act = ACT_OF_CLASS.get(g.cls, "statement")
    cue = S.span(g.first, g.last)
    weak = bool(g.entry and g.entry.weak)
    prevw = S.norm(g.first - 1)
    participle = S.t[g.verb].norm.endswith("ant" if S.fr else "ing") and not g.aux
    if participle and prevw not in (",", "en"):
        return None  # "son message justifiant …": a modifier, not a cue
    # 1. incise after the content
    if g.first > 0 and (prevw == "," or g.first - 1 in S.quote_close) and not participle:
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


def verb_subject(S: SentenceView, g: Group, cands: list[Candidate], participle: bool):
    """(subject range, kind, guessed) of a verb cue: its own subject, the main clause's for a participle,
    the previous cue's for a coordinated verb."""
    guessed = participle  # the source is a guess (the sentence's first phrase), which a parse may correct
    if S.norm(g.first - 1) in S.lex.clause_preps and (g.aux or infinitive_at(S, g.verb)):
        c = S.next_comma(g.last)  # "Après avoir démenti tout contact, le second a reconnu …"
        np = np_right(S, c + 1) if c < S.n else None
        return np, ("np" if np else "none"), False
    np, kind = subject_of(S, g)
    if participle:
        np, kind = main_subject(S, g)
    if np is None and S.norm(g.first - 1) in S.lex.coordinators:
        np, kind = shared_subject(S, g, cands)
        if np is None:
            np, kind = main_subject(S, g)
            guessed = np is not None
    return np, kind, guessed


def skip_adverbials(S: SentenceView, k: int) -> int:
    """First token at or after ``k`` past adverbs and time phrases ("a déclaré hier en mai que")."""
    lex = S.lex
    while k < S.n:
        w = S.norm(k)
        manner = S.fr and len(w) > 6 and w.endswith("ment") and w not in lex.forms  # "nient farouchement"
        if (w in lex.adverbs or w in lex.time_words or manner) and w not in lex.complementizers \
                and not S.t[k].text[:1].isupper() and w not in lex.determiners:
            k += 1
        elif w in ("en", "in") and (S.norm(k + 1) in lex.time_words
                                     or S.t[k + 1 if k + 1 < S.n else k].text.isdigit()):
            k += 2  # "en mai", "in 2004"
        else:
            break
    return k


def addressee(S: SentenceView, g: Group, k: int, np, kind: str):
    """Step over an addressee before the complement: "a confié aux enquêteurs que", "told them that";
    in "faire dire à X que" X is the source. Returns (k, np, kind, addressee range)."""
    lex = S.lex
    if (S.norm(k) in lex.stop_preps | lex.addressee_preps or S.norm(k) == ",") and k + 1 in S.quote_open:
        return k + 1, np, kind, None  # "insiste sur « … »", "She continued, “…”"
    if not (S.norm(k) in lex.addressee_preps or S.norm(k) in lex.stop_preps and S.fr or
            (not S.fr and g.lemma in ("tell", "inform", "assure", "remind", "warn", "brief"))):
        return k, np, kind, None
    j = k + (1 if S.norm(k) in lex.addressee_preps or S.norm(k) in lex.stop_preps else 0)
    while j < S.n and S.norm(j) in lex.time_words and S.norm(j) not in lex.determiners:
        j += 1
    np2 = np_right(S, j, min(S.n, j + 10)) if j < S.n else None
    if np2 is None and S.fr and S.norm(j) in lex.time_words | lex.stop_preps:
        # "faire dire en juin aux syndicats que": a time phrase, then the addressee
        j2 = j + 1
        while j2 < S.n and S.norm(j2) in lex.time_words | lex.stop_preps:
            j2 += 1
        np2 = np_right(S, j2, min(S.n, j2 + 10))
    if not (np2 and (S.norm(np2[1] + 1) in lex.complementizers or S.norm(np2[1] + 1) == ":"
                     or not S.fr and np2[1] + 1 < S.n and S.t[np2[1] + 1].text[:1].isalpha())):
        return k, np, kind, None
    if S.fr and np is None and S.norm(g.first - 1) in CAUSATIVE[:4]:
        return np2[1] + 1, np2, "np", None  # causative: "faire dire à X que" — X says
    return np2[1] + 1, np, kind, np2


def content_frame(S: SentenceView, g: Group, nxt: int, np, kind: str, guessed: bool, act: str, cue,
                  weak: bool) -> Candidate | None:
    """Content after the cue: "que P", ": « … »", "« … »", "de P", an object, an English bare clause."""
    to_comma = np is not None and (S.norm(np[0] - 1) in S.lex.subordinators or np[0] > g.last)
    k = skip_adverbials(S, g.last + 1)
    if S.fr and S.norm(g.first - 1) in CAUSATIVE:
        np, kind = None, "none"  # "faire dire à X que …": X says, not the subject of "faire"
    k, np, kind, addr = addressee(S, g, k, np, kind)
    found = complement(S, g, k, nxt, to_comma, np, kind, act, cue)
    if isinstance(found, Candidate):
        return found
    content, frame, conf = found
    if content is None:
        return None
    if np is None and frame in ("object", "infinitive"):
        return None  # "Asked about the fire, …": without a subject an object is no claim
    if weak and frame not in ("que", "quote", "colon") and not points_back(S, g, k):
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
    if w in lex.complementizers:
        return content_after(S, k + 1, nxt, to_comma), "que", 0.8
    if w == ":":
        return content_after(S, k + 1, nxt, to_comma), "colon", 0.85 if (k + 1) in S.quote_open else 0.7
    if k in S.quote_open:
        return content_after(S, k, nxt, to_comma), "quote", 0.8
    if g.cls == "accuse" and entry and not g.passive:
        c, content = active_accusation(S, g, k, nxt, to_comma, np, kind, act, cue)
        return c if c is not None else (content, "object", 0.65)
    if g.cls == "deny" and S.norm(k) in lex.charge_preps and not infinitive_at(S, k + 1):
        np = charge_np(S, k, nxt)  # "se défend de toute ambition", "se défend d'un quelconque calcul"
        if np:
            return S.span(*np), "object", 0.7
    if infinitive_at(S, k) and S.norm(k) in lex.infinitive_heads or \
            (S.fr and S.norm(k) in ("de", "d'") and infinitive_at(S, k + 1)):
        return content_after(S, k, nxt, to_comma), "infinitive", 0.6
    if entry and (entry.object or g.cls == "deny") and S.is_np_start(k) and \
            S.norm(k) not in lex.subject_pronouns and not (g.cls == "deny" and S.norm(k) in lex.indefinites):
        return content_after(S, k, nxt, to_comma), "object", 0.45 if g.cls == "report" else 0.7
    if not S.fr and k < S.n and S.t[k].text[:1].isalnum() and S.norm(k) not in lex.stop_preps \
            and S.norm(k) not in NOT_CONTENT_EN and np is not None and g.cls == "report":
        return content_after(S, k, nxt, to_comma), "bare_clause", 0.55
    return None, None, 0.8
