"""Denial linking: which claims of the article each denial rejects, over the claims of the whole document.

Runs after sources are analysed (every candidate has its mention key), so that it can compare parties
and contents across the article:

- ``…, ce que X dément``: the claims before it in its own sentence;
- the denier is the accused: ``X nie les faits`` denies the accusations whose target is X, and
  ``les accusés nient`` every accusation of the article made by another party;
- anaphoric objects (``a démenti ces allégations``, ``ce scénario est réfuté``, ``nie tout en bloc``):
  the most recent claims the noun can stand for, or every earlier claim of the other parties;
- restated material (``X nie avoir frappé Y`` ↔ ``« X a frappé Y », dit Z``): content terms compared
  with negation removed (:mod:`claimtrack.similarity`), claims of the other parties only;
- ``…, comme le prétend Z`` inside a denial is an accusation by Z, denied by the denial;
- a statement that calls a claim a lie (« Elle ment », « C'est faux ») or negates what the article
  accuses its speaker of (``X assure n'avoir jamais …``) is a denial: :func:`promote_denials`.

The words come from ``claimtrack/data/<lang>/denials.json``.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources

from .frames import Candidate
from .lexicon import Lexicon
from .linking import Mention, fold, plain_key
from .similarity import content_terms

RECENT = 4  # sentences back in which an anaphoric object ("ces accusations") finds what it stands for
NEAR = 3  # sentences back in which a denial with nothing else to go on takes the last claim
SHORT = 10  # at most this many words in a content that calls a claim a lie ("Elle ment", "C'est faux")
_ELIDED_NE = re.compile(r"(?i)\b(?:ne|n['’])\s*$")
_TOKEN = re.compile(r"[^\W_]+(?:['’](?=[^\W_]))?", re.UNICODE)


class DenialWords:
    """The per-language words denial linking needs (``data/<lang>/denials.json``)."""

    def __init__(self, lang: str):
        path = resources.files("claimtrack").joinpath("data", lang, "denials.json")
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            d = {}
        self.accusation_nouns = _phrases(d.get("accusation_nouns", []))
        self.claim_nouns = _phrases(d.get("claim_nouns", []))
        self.whole_objects = _phrases(d.get("whole_objects", []))
        self.lie_words = _phrases(d.get("lie_words", []))
        self.accused_nouns = _phrases(d.get("accused_nouns", []))
        self.false_accusation = _phrases(d.get("false_accusation", []))
        self.numbers = frozenset(fold(w) for w in d.get("numbers", []))
        self.quantifiers = frozenset(fold(w) for w in d.get("quantifiers", []))
        self.lie_adjectives = frozenset(fold(w) for w in d.get("lie_adjectives", []))
        self.group_members = _phrases(d.get("group_members", []))
        self.lie_firsts = _firsts(self.lie_words | self.false_accusation)
        self.reflexives = frozenset(fold(w) for w in d.get("reflexives", []))
        self.negation_openers = frozenset(fold(w) for w in d.get("negation_openers", []))
        asc = d.get("as_clause", {})
        self.as_heads = _phrases(asc.get("heads", []))
        self.as_clitics = frozenset(fold(w) for w in asc.get("object_clitics", []))


def _phrases(words: list[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words_of(w)) for w in words)


@cache
def denial_words(lang: str) -> DenialWords:
    """The (cached) denial words of ``lang``."""
    return DenialWords(lang)


@lru_cache(maxsize=16384)
def words_of(text: str) -> tuple[str, ...]:
    """Folded words, an elided article kept as its own word: ``"L'accusé ment"`` → ``("l'", "accuse", "ment")``."""
    return tuple(fold(m.group()) for m in _TOKEN.finditer(text))


def has_phrase(words: tuple[str, ...], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Does one of ``phrases`` occur in ``words`` (whole words)?"""
    firsts = _firsts(phrases)
    n = len(words)
    return any(tuple(words[i:i + k]) in phrases for i in range(n) if words[i] in firsts for k in (1, 2, 3)
               if i + k <= n)


@cache
def _firsts(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(p[0] for p in phrases if p)


def same_party(a: str, b: str) -> bool:
    """Are two mention keys the same party? Equal, or one name inside the other (``martin`` / ``paul martin``)."""
    if not a or not b:
        return False
    if a == b:
        return True
    wa, wb = set(a.split()), set(b.split())
    return (wa <= wb or wb <= wa) and any(len(w) > 3 for w in wa & wb)


def coverage(denial: str, claim: str, lang: str) -> float:
    """Share of the denial's content terms that ``claim`` repeats, negation ignored (0 when fewer than two
    terms are shared, unless the denial has only one): ``"nie avoir volé la voiture"`` ↔ ``"il a volé la voiture"``
    → 1.0. Builds on :func:`claimtrack.similarity.content_terms`; a denial restates part of a longer claim,
    so the share is taken over the denial's terms rather than a symmetric overlap."""
    return term_coverage(content_terms(denial, lang), content_terms(claim, lang))


def term_coverage(td: frozenset[str], tc: frozenset[str]) -> float:
    """:func:`coverage` on term sets already computed."""
    if not td:
        return 0.0
    shared = td & tc
    return len(shared) / len(td) if len(shared) >= min(2, len(td)) else 0.0


def target_keys(text: str, cands: list[Candidate], mentions: dict[int, Mention], lex: Lexicon) -> dict[int, str]:
    """The mention key of every accusation's target; a pronoun target (``il est accusé de …``) takes the key
    of the last source mentioned before it."""
    by_start = sorted(mentions.values(), key=lambda m: m.start)
    out = {}
    for i, c in enumerate(cands):
        if c.target is None or c.target[0] == c.target[1]:
            continue
        t = text[c.target[0]:c.target[1]]
        low = fold(t)
        if low in denial_words(lex.lang).reflexives:
            if i in mentions:  # "Les deux parties s'accusent de …": the accusation targets its own source
                out[i] = mentions[i].key
            continue
        if low in lex.subject_pronouns or low in lex.stressed_pronouns or low in lex.object_clitics:
            before = [m for m in by_start if m.start <= c.target[0] and m is not mentions.get(i)]
            if before:
                out[i] = before[-1].key
            continue
        out[i] = plain_key(t, lex)
    return out


def _spans(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(lower-cased word, start, end) of the words of ``text[start:end]`` (accents kept, as the cue forms)."""
    return [(m.group().lower().replace("’", "'"), start + m.start(), start + m.end())
            for m in _TOKEN.finditer(text[start:end])]


def split_as_clauses(text: str, cands: list[Candidate], lex: Lexicon) -> list[tuple[Candidate, Candidate]]:
    """``X nie avoir frappé Y, comme le prétend Z``: the denial's content stops before ``comme``, and
    ``comme le prétend Z`` becomes an accusation by Z. Returns the new (denial, accusation) pairs; the
    accusations are appended to ``cands``."""
    dw = denial_words(lex.lang)
    pairs = []
    heads = {h[0] for h in dw.as_heads}
    for d in list(cands):
        if d.act != "denial" or not heads & set(words_of(text[d.content[0]:d.content[1]])):
            continue
        toks = _spans(text, *d.content)
        for k in range(1, len(toks)):
            hit = _as_clause(text, toks, k, dw, lex)
            if hit is None:
                continue
            verb, src = hit
            cut = toks[k][1]
            while cut > d.content[0] and text[cut - 1] in " ,;\u00a0":
                cut -= 1
            if cut <= d.content[0]:
                break
            acc = Candidate("accusation", (toks[k][1], max(src[1], verb[1])), src, verb, lemma_of(text, verb, lex),
                            d.sentence, 0.6, "as_clause")
            acc.target = d.source
            d.content = (d.content[0], cut)
            cands.append(acc)
            pairs.append((d, acc))
            break
    return pairs


def lemma_of(text: str, span: tuple[int, int], lex: Lexicon) -> str:
    word = text[span[0]:span[1]].lower().replace("’", "'")
    readings = lex.cue_readings(word)
    return readings[0].lemma if readings else word


def _as_clause(text: str, toks: list, k: int, dw: DenialWords, lex: Lexicon):
    """(verb span, source span) of ``comme le prétend Z`` / ``comme Z le prétend`` / ``as Z alleges`` at token k."""
    n = len(toks)
    for size in (2, 1):
        if tuple(fold(t[0]) for t in toks[k:k + size]) in dw.as_heads:
            j = k + size
            break
    else:
        return None
    if j < n and fold(toks[j][0]) in dw.as_clitics:
        j += 1
    if j < n and _is_cue(toks[j][0], lex):  # verb first: "comme le prétend Z"
        src = _np(text, toks, j + 1, lex)
        return ((toks[j][1], toks[j][2]), src) if src else None
    src = _np(text, toks, j, lex)
    if src is None:
        return None
    m = next((i for i in range(j, min(n, j + 8)) if toks[i][1] >= src[1]), None)
    if m is not None and m < n and fold(toks[m][0]) in dw.as_clitics:
        m += 1
    if m is not None and m < n and _is_cue(toks[m][0], lex):
        return (toks[m][1], toks[m][2]), src
    return None


def _is_cue(word: str, lex: Lexicon) -> bool:
    return any(e.cls in ("report", "accuse") and not e.rest for e in lex.cue_readings(word))


def _np(text: str, toks: list, j: int, lex: Lexicon) -> tuple[int, int] | None:
    """A source noun phrase at token j: up to a comma, a relative pronoun or a cue (at most six words)."""
    if j >= len(toks):
        return None
    end = j
    while end < len(toks) and end - j < 6:
        if end > j and ("," in text[toks[end - 1][2]:toks[end][1]] or toks[end][0] in ("dont", "qui", "que", "who",
                                                                                          "which", "whose")
                        or _is_cue(toks[end][0], lex)):
            break
        end += 1
    return toks[j][1], toks[end - 1][2]


@lru_cache(maxsize=4096)
def _terms_of(text: str, lang: str) -> frozenset[str]:
    # the same contents are compared while promoting and while linking: compute their terms once
    return content_terms(text, lang)


class _Doc:
    """The claims of one document as denial linking sees them: keys, targets, order."""

    def __init__(self, text: str, cands: list[Candidate], mentions: dict[int, Mention], lex: Lexicon):
        self.text = text
        self.cands = cands
        self.lang = lex.lang
        self.lex = lex
        self.words = denial_words(lex.lang)
        self.keys = {i: m.key for i, m in mentions.items()}
        self.mentions = mentions
        self.targets = target_keys(text, cands, mentions, lex)
        self._terms: dict[int, frozenset[str]] = {}

    def terms(self, i: int) -> frozenset[str]:
        if i not in self._terms:
            self._terms[i] = _terms_of(self.content(i), self.lang)
        return self._terms[i]

    def content(self, i: int) -> str:
        c = self.cands[i]
        return self.text[c.content[0]:c.content[1]]

    def before(self, i: int) -> list[int]:
        """Claims (not denials) that come before claim i in the text."""
        d = self.cands[i]
        return [j for j, c in enumerate(self.cands) if j != i and c.act != "denial"
                and (c.sentence < d.sentence or c.content[1] <= d.content[0])]


    def others(self, i: int, js: list[int]) -> list[int]:
        """Those of ``js`` not stated by the party of claim i (a pronoun source counts as that party only in
        the sentence of claim i: a pronoun resolved from afar is too unsure to exclude a claim)."""
        key = self.keys.get(i, "")
        s = self.cands[i].sentence
        return [j for j in js if not same_party(self.keys.get(j, ""), key)
                or (self.mentions[j].pronoun and self.cands[j].sentence != s)]

    def accused(self, i: int) -> bool:
        """Is the source of claim i named as the accused ("les accusés", "the defendant")?"""
        m = self.mentions.get(i)
        if m is None:
            return False
        if has_phrase(words_of(m.text), self.words.accused_nouns):
            return True
        if tuple(words_of(m.text)) in self.words.group_members:  # "Les accusés … nient. Le second a démenti …"
            s, start = self.cands[i].sentence, self.cands[i].content[0]
            near = [j for j in self.mentions if j != i and s - NEAR <= self.cands[j].sentence <= s
                    and self.cands[j].content[0] < start]
            return any(has_phrase(words_of(self.mentions[j].text), self.words.accused_nouns) for j in near)
        return False

    def accusations_against(self, i: int) -> list[int]:
        """Accusations anywhere in the article whose target is the source of claim i (an unresolved pronoun
        source is the target of the last accusation with one: ``X est accusé de … Il nie``)."""
        key = self.keys.get(i, "")
        m = self.mentions.get(i)
        if m is not None and m.pronoun and key == fold(m.text):
            s = self.cands[i].sentence
            last = [j for j in self.before(i) if j in self.targets and self.cands[j].act == "accusation"
                    and self.cands[j].sentence >= s - NEAR]
            key = self.targets[last[-1]] if last else key
        return [j for j, c in enumerate(self.cands) if j != i and c.act == "accusation"
                and same_party(self.targets.get(j, ""), key) and not same_party(self.keys.get(j, ""), key)]

    def self_directed(self, j: int) -> bool:
        """Does accusation j target its own source ("s'accusent mutuellement de …")?"""
        return same_party(self.targets.get(j, ""), self.keys.get(j, ""))

    def restated(self, i: int, js: list[int]) -> list[int]:
        """Those of ``js`` whose content the content of claim i repeats (negation ignored)."""
        return [j for j in js if term_coverage(self.terms(i), self.terms(j)) >= 0.5]


def resolve_denials(text: str, cands: list[Candidate], mentions: dict[int, Mention], lex: Lexicon,
                    pairs: list[tuple[Candidate, Candidate]] = ()) -> dict[int, set[int]]:
    """:func:`promote_denials`, then :func:`link_denials`, over one view of the document."""
    doc = _Doc(text, cands, mentions, lex)
    promote(doc)
    doc.targets = target_keys(text, cands, mentions, lex)  # promotion may have given statements a target
    return link(doc, pairs)


def promote_denials(text: str, cands: list[Candidate], mentions: dict[int, Mention], lex: Lexicon) -> None:
    """A statement is a denial when it answers a claim of the article: it calls something a lie
    (« Elle ment », « C'est faux »), or it negates (``X assure n'avoir jamais …``) what the article
    accuses its speaker of or what another party said."""
    promote(_Doc(text, cands, mentions, lex))


def promote(doc: _Doc) -> None:
    """:func:`promote_denials` on a document view."""
    text, cands, lex, dw = doc.text, doc.cands, doc.lex, doc.words
    for i, c in enumerate(cands):
        if c.act != "statement":
            continue
        words = words_of(doc.content(i))
        if _accuses_the_accused(text, c, words, dw, lex):
            continue
        if _answers(doc, i, words):
            c.act = "denial"


def _answers(doc: _Doc, i: int, words: tuple[str, ...]) -> bool:
    """Does statement i deny something: a lie word or a negation that answers a claim of the article?"""
    c, dw = doc.cands[i], doc.words
    negated = _negated(doc.text, c, words, dw, doc.lex)
    if not negated and dw.lie_firsts.isdisjoint(words):
        return False  # most statements: no negation, no lie word
    if negated and _rejects_quoted_words(doc.text, c, dw):
        c.frame = "rejects_words"  # it answers the words it quotes, not necessarily a claim of the article
        return True
    if c.source is None and not has_phrase(words, dw.false_accusation):
        return False
    if _calls_a_lie(doc.content(i), words, dw, doc.lex):
        accusations = [j for j, o in enumerate(doc.cands) if o.act == "accusation" and j != i]
        return bool(doc.others(i, accusations) or doc.accusations_against(i) or doc.others(i, doc.before(i)))
    if negated:
        prior = doc.others(i, doc.before(i))
        return bool(doc.accusations_against(i) or (doc.accused(i) and prior) or doc.restated(i, prior))
    return False


def _accuses_the_accused(text: str, c: Candidate, words: tuple[str, ...], dw: DenialWords, lex: Lexicon) -> bool:
    """A statement whose subject is the accused (``les prévenus l'auraient menacé``) is an accusation,
    with that subject as its target."""
    k = 0
    while k < len(words) and k < 3 and (words[k] in lex.determiners or words[k].isdigit() or words[k] in dw.numbers):
        k += 1
    for size in (3, 2, 1):
        if tuple(words[k:k + size]) in dw.accused_nouns:
            toks = _spans(text, *c.content)
            if any(t[0] in lex.passive_aux for t in toks[k + size:k + size + 3]):
                return False  # "les prévenus ont été arrêtés": what was done to them, no accusation
            c.act = "accusation"
            c.target = (toks[0][1], toks[k + size - 1][2])
            return True
    return False


def _calls_a_lie(content: str, words: tuple[str, ...], dw: DenialWords, lex: Lexicon) -> bool:
    """« Elle ment », « C'est totalement faux », « faussement accusé »: a short content (no question) with a
    word that calls a claim a lie."""
    if has_phrase(words, dw.false_accusation):
        return True
    if len(words) > SHORT or content.rstrip(" »”\"'’").endswith("?"):
        return False
    return calls_a_lie(words, dw, lex)


def calls_a_lie(words: tuple[str, ...], dw: DenialWords, lex: Lexicon) -> bool:
    """Is there a lie word in ``words``? An adjective before a noun describes the noun ("une fausse piste")
    and calls nothing a lie; "C'est faux", "faux et archifaux" do."""
    kept = [w for k, w in enumerate(words) if w not in dw.lie_adjectives or k + 1 == len(words)
            or words[k + 1] in lex.coordinators]
    return has_phrase(kept, dw.lie_words) or has_phrase(words, dw.false_accusation)


def _rejects_quoted_words(text: str, c: Candidate, dw: DenialWords) -> bool:
    """``X répète qu'il n'est pas un « voyou »``: a negation right before quoted words rejects what someone
    called the speaker, whether or not the article reports who did."""
    for a, _ in c.quotes:
        gap = words_of(text[max(c.content[0], a - 40):a])[-5:]
        if any(w in dw.negation_openers for w in gap):
            return True
    return False


def _negated(text: str, c: Candidate, words: tuple[str, ...], dw: DenialWords, lex: Lexicon) -> bool:
    """Does the content open with a negation (``n'avoir jamais …``, ``qu'il n'a pas …``, « Non, … »)?"""
    if _ELIDED_NE.search(text, max(0, c.content[0] - 4), c.content[0]):
        return True  # the content starts after an elided "n'": "assure n'avoir jamais …"
    k = 0
    while k < len(words) and k < 3 and (words[k] in lex.subject_pronouns or words[k] in lex.complementizers
                                        or words[k] in lex.auxiliaries or words[k] in lex.modal):
        k += 1
    return k < len(words) and words[k] in dw.negation_openers


def link_denials(text: str, cands: list[Candidate], mentions: dict[int, Mention], lex: Lexicon,
                 pairs: list[tuple[Candidate, Candidate]] = ()) -> dict[int, set[int]]:
    """Map each denial (candidate index) to the indices of the claims it denies (see the module docstring).

    ``pairs`` are the (denial, accusation) pairs :func:`split_as_clauses` made.
    """
    return link(_Doc(text, cands, mentions, lex), pairs)


def link(doc: _Doc, pairs: list[tuple[Candidate, Candidate]] = ()) -> dict[int, set[int]]:
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


def _denied(doc: _Doc, i: int) -> set[int]:
    d = doc.cands[i]
    dw = doc.words
    prior = doc.others(i, doc.before(i))
    found: set[int] = set()
    if d.frame == "rel_denial":
        found |= {j for j in doc.before(i) if doc.cands[j].sentence == d.sentence}
    found |= set(doc.accusations_against(i))
    if doc.accused(i):
        found |= {j for j in doc.others(i, list(range(len(doc.cands))))
                  if doc.cands[j].act == "accusation" and j != i and not doc.self_directed(j)}
    words = words_of(doc.content(i))
    head = words[:4]
    if has_phrase(head, dw.whole_objects) and not has_phrase(words[1:], dw.claim_nouns | dw.accusation_nouns):
        found |= set(prior)  # "nie tout en bloc": everything the other parties said
    elif d.anaphoric or has_phrase(head, dw.accusation_nouns | dw.claim_nouns):
        found |= _anaphora(doc, i, prior, has_phrase(head, dw.accusation_nouns))
    else:
        found |= set(doc.restated(i, prior))
    if not found and d.frame != "rejects_words" and not _new_material(words, doc.cands[i], dw, doc.lex):
        found |= _fallback(doc, i, prior)
    return found


def _new_material(words: tuple[str, ...], d: Candidate, dw: DenialWords, lex: Lexicon) -> bool:
    """Does the denial bring its own material rather than point back: a quantified object ("toute
    appartenance", "any contact") or a quote in its own words?"""
    return bool(words) and (words[0] in dw.quantifiers
                            or d.form == "direct" and not calls_a_lie(words, dw, lex))  # "Elle ment" points back


def _anaphora(doc: _Doc, i: int, prior: list[int], accusation: bool) -> set[int]:
    """``ces accusations`` / ``ce scénario``: the accusations of the last sentences; ``ces informations``:
    the claims of the last sentence that has one."""
    s = doc.cands[i].sentence
    recent = [j for j in prior if doc.cands[j].sentence >= s - RECENT]
    acc = [j for j in recent if doc.cands[j].act == "accusation"]
    if acc and (accusation or not recent or doc.cands[recent[-1]].act == "accusation"):
        return set(acc)
    if not recent:
        return set()
    last = doc.cands[recent[-1]].sentence
    return {j for j in recent if doc.cands[j].sentence == last}


def _fallback(doc: _Doc, i: int, prior: list[int]) -> set[int]:
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
