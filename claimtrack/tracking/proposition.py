"""The proposition tracking compares: a claim's content, plus its cue's words when the content is short.

>>> from claimtrack.records import Claim, Cue, Span
>>> cue = Cue("regrette", 0, 8, "regretter")
>>> c = Claim("c1", "d", "fr", "statement", "mixed", Span("une « maladresse »", 9, 27), cue=cue)
>>> cue_part(c)
(frozenset({'regretter'}), 'regrette une « maladresse »')

A short content ('une « maladresse »', 'his “blunder”', 'the decision') carries its proposition largely in the
cue ('regrette', 'apologised for', 'criticised'): compared without it, two short claims of one speaker about
one act ('regrette une maladresse', 'regretter ses paroles') share no word, and 'welcomed the decision' looks the same
as 'criticised the decision'. So when a content has fewer than ``SHORT_CONTENT`` content words, the lexical
layer adds the cue's content lemmas (weighed ``CUE_WEIGHT`` times their TF-IDF weight: the cue then outweighs
the one or two words beside it) and the semantic layer reads the cue before the content, and compares two such
claims only if their cues agree (matching.cues_agree: the embedder reads 'welcomed X' and 'criticised X' as
close, the two cues alone apart). A negated cue ('did
not welcome', « n'a pas salué ») keeps its negation: its terms take a ``not:`` prefix, so it never shares them
with the plain cue. Not for denials, whose cue ('dément', 'denied') is the act itself and which are compared
with the proposition they reject, nor for cues that take no object ('said', « a ajouté », 'selon'), which
introduce a content without saying anything of it (``object`` in the language's cue table). The same rule
in every language; the negation words come from the language's ``frames.json``. The parameters were chosen
on our written stories (benchmarks/short_claims.py, docs/tracking.md).
"""

from __future__ import annotations

import re

from ..lexicon import get_lexicon
from ..records import Claim, Cue
from ..similarity import content_terms, fold

SHORT_CONTENT = 5  # contents with fewer content words take the cue's words (benchmarks/short_claims.py)
CUE_WEIGHT = 1.5  # the cue terms' weight relative to their TF-IDF weight (benchmarks/short_claims.py)
NEGATED = "not:"

_WORD = re.compile(r"\w+", re.UNICODE)


def negated(cue_text: str, lang: str) -> bool:
    """Does the cue carry a negation ('did not welcome', « n'a pas salué »)?

    >>> negated("n'a pas salué", "fr"), negated("didn't welcome", "en"), negated("welcomed", "en")
    (True, True, False)
    """
    try:
        neg = {fold(w).strip("'’") for w in get_lexicon(lang).negation}
    except ValueError:
        return False
    words = set(_WORD.findall(fold(cue_text).replace("n't", " not").replace("n’t", " not")))
    return not neg.isdisjoint(words)


def takes_object(cue: Cue, lang: str) -> bool:
    """Is the cue one whose noun-phrase object is its content ('criticised the decision', « regrette une maladresse »;
    ``object`` in the language's cue table)? Such a cue says something about its object; a verb that only
    introduces a clause ('said', « a ajouté »), or a marker ('selon'), says nothing of it.

    >>> takes_object(Cue("a salué", 0, 7, "saluer"), "fr"), takes_object(Cue("a dit", 0, 5, "dire"), "fr")
    (True, False)
    """
    try:
        lex = get_lexicon(lang)
    except ValueError:
        return False
    words = [cue.lemma.lower(), *_WORD.findall(cue.text.lower())]
    return any(e.object for w in words for e in lex.cue_readings(w) + lex.cue_readings(fold(w)))


def cue_part(claim: Claim, short: int | None = None) -> tuple[frozenset[str], str]:
    """The cue terms the lexical layer adds to ``claim`` and the text the embedder reads: (no terms, the content)
    when the content has ``short`` (default ``SHORT_CONTENT``) content words or more, the claim is a denial, or
    its cue is missing or takes no object."""
    text, cue, lang = claim.content.text, claim.cue, claim.lang or "fr"
    short = SHORT_CONTENT if short is None else short
    if cue is None or claim.act == "denial" or len(content_terms(text, lang)) >= short or not takes_object(cue, lang):
        return frozenset(), text
    terms = content_terms(cue.text, lang) or content_terms(cue.lemma, lang)
    if negated(cue.text, lang):
        terms = frozenset(NEGATED + t for t in terms)
    return terms, f"{cue.text} {text}" if terms else text
