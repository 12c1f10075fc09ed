"""Denials without a denial verb: a statement that answers a claim of the article is a denial.

« Elle ment », a réagi X. / « C'est faux » / X assure n'avoir jamais vu ce document (when the article
accuses X) / Elle répète qu'elle n'est pas une « voleuse » (negated quoted words); and a statement whose subject
is the accused (``selon la plaignante, les prévenus l'auraient frappée``) is an accusation.
"""

from __future__ import annotations

import re

from .article_claims import ArticleClaims
from .denial_words import DenialWords, calls_a_lie, firsts, has_phrase, word_spans, words_of
from .frames import Candidate
from .lexicon import Lexicon
from .linking import Mention

SHORT = 10  # at most this many words in a content that calls a claim a lie ("Elle ment", "C'est faux")
_ELIDED_NE = re.compile(r"(?i)\b(?:ne|n['’])\s*$")


def promote_denials(text: str, cands: list[Candidate], mentions: dict[int, Mention], lex: Lexicon) -> None:
    """A statement is a denial when it answers a claim of the article: it calls something a lie
    (« Elle ment », « C'est faux »), or it negates (``X assure n'avoir jamais …``) what the article
    accuses its speaker of or what another party said."""
    promote(ArticleClaims(text, cands, mentions, lex))


def promote(doc: ArticleClaims) -> bool:
    """:func:`promote_denials` on a document view; True when a statement became an accusation (with a target)."""
    text, cands, lex, dw = doc.text, doc.cands, doc.lex, doc.words
    targeted = False
    for i, c in enumerate(cands):
        if c.act != "statement":
            continue
        words = words_of(doc.content(i))
        if _accuses_the_accused(text, c, words, dw, lex):
            targeted = True
            continue
        if _answers(doc, i, words):
            c.act = "denial"
    return targeted


def _answers(doc: ArticleClaims, i: int, words: tuple[str, ...]) -> bool:
    """Does statement i deny something: a lie word or a negation that answers a claim of the article?"""
    c, dw = doc.cands[i], doc.words
    negated = _negated(doc.text, c, words, dw, doc.lex)
    if not negated and words and words[0] in dw.speaker_possessives and c.source is not None \
            and not dw.negation_openers.isdisjoint(words[1:3]) and not _question(doc.content(i)) \
            and doc.accusations_against(i):
        return True  # « Mon client n'a jamais … » by the accused's side: a negation after a first-person subject
    if not negated and dw.lie_firsts.isdisjoint(words):
        return False  # most statements: no negation, no lie word
    if negated and _question(doc.content(i)):
        return False  # « N'est-ce pas un aveu ? »: a negative question asserts, it does not deny
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
        return bool(doc.accusations_against(i) or (doc.accused(i) and prior) or doc.restated(i, prior)
                    or doc.answered(i, [j for j in prior if _hearsay(doc, j)]))
    return False


def _hearsay(doc: ArticleClaims, j: int) -> bool:
    """Is claim j reported hearsay ("selon La Gazette, X aurait …", a newspaper's report) that the party it
    names may answer with a negation?"""
    m = doc.mentions.get(j)
    return doc.cands[j].frame.startswith("according") or m is not None and m.type == "media"


def _question(content: str) -> bool:
    return content.rstrip(" »”\"'’").endswith("?")


def _accuses_the_accused(text: str, c: Candidate, words: tuple[str, ...], dw: DenialWords, lex: Lexicon) -> bool:
    """A statement whose subject is the accused (``les prévenus l'auraient menacé``) is an accusation,
    with that subject as its target."""
    if firsts(dw.accused_nouns).isdisjoint(words[:6]):
        return False  # most statements: no accused noun where a subject can be
    k = 0
    while k < len(words) and k < 3 and (words[k] in lex.determiners or words[k].isdigit() or words[k] in dw.numbers):
        k += 1
    for size in (3, 2, 1):
        if k + size <= len(words) and tuple(words[k:k + size]) in dw.accused_nouns:  # (a slice may run short)
            toks = word_spans(text, *c.content)
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
    if len(words) > SHORT or _question(content):
        return False
    return calls_a_lie(words, dw, lex)




def _rejects_quoted_words(text: str, c: Candidate, dw: DenialWords) -> bool:
    """``X répète qu'elle n'est pas une « voleuse »``: a negation right before quoted words rejects what someone
    called the speaker, whether or not the article reports who did."""
    for a, b in c.quotes:
        gap = words_of(text[max(c.content[0], a - 40):a])[-5:]
        inside = words_of(text[a:b])[:1]
        if inside and inside[0] in dw.negation_openers:
            continue  # "exhorté à ne « pas bloquer les routes »": the quote carries the negation, it rejects nothing
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
