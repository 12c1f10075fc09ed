"""How likely two claims assert the same proposition: one comparison for denial linking and tracking.

>>> from claimtrack.similarity import text_similarity
>>> text_similarity("Le maire a détourné des fonds", "le maire n'a jamais détourné de fonds", "fr") > 0.5
True

The comparison works on content words (lemmas when ``simplemma`` is installed), with negation words
removed, so that a denial and the claim it rejects compare as the same proposition. Layers that need
more (MinHash over quotes, TF-IDF over a corpus, sentence vectors) build on :func:`content_terms` in the
tracking package; they never reimplement the normalisation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .records import Claim

_WORD = re.compile(r"\w+", re.UNICODE)

# function words and negation per language: the comparison ignores them (a denial repeats the
# proposition it rejects with a negation added)
_STOP = {
    "fr": frozenset(
        "le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi dont où ce cet cette ces "
        "son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos il elle ils elles on je j tu nous vous "
        "me m te t se s lui y en ne n pas plus jamais rien aucun aucune point guère a ai as avait avoir été être "
        "est sont était sera fait faire par pour sur sous dans avec sans entre vers chez comme si très tout tous "
        "toute toutes aussi déjà encore".split()),
    "en": frozenset(
        "the a an and or but nor so that which who whom whose this these those it its he she they them his her "
        "their i me my we our you your to of in on at by for with from as is are was were be been being has have "
        "had do does did not no never none nothing n't t s will would can could should may might must there "
        "than then also very all any some".split()),
}


def _fold(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def _lemma(word: str, lang: str) -> str:
    try:
        import simplemma
    except ImportError:  # the comparison still works on folded word forms
        return word
    try:
        return simplemma.lemmatize(word, lang=lang)
    except Exception:  # noqa: BLE001 - an unknown language or odd token keeps its form
        return word


def content_terms(text: str, lang: str = "fr") -> frozenset[str]:
    """The folded content lemmas of ``text``, without function words and negation.

    >>> sorted(content_terms("Il n'a jamais frappé les policiers", "fr"))
    ['frappe', 'policier']
    """
    stop = _STOP.get(lang, frozenset())
    out = set()
    for w in _WORD.findall(text):
        low = w.lower()
        if low in stop or len(low) < 2:
            continue
        term = _fold(_lemma(low, lang))
        if term not in stop:
            out.add(term)
    return frozenset(out)


def text_similarity(a: str, b: str, lang: str = "fr", lang_b: str | None = None) -> float:
    """Overlap of content terms (Dice coefficient), 0 to 1."""
    ta, tb = content_terms(a, lang), content_terms(b, lang_b or lang)
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def claim_similarity(a: Claim, b: Claim) -> float:
    """How likely claims ``a`` and ``b`` assert the same proposition, 0 to 1 (content only, not source)."""
    return text_similarity(a.content.text, b.content.text, a.lang, b.lang)


def fold(word: str) -> str:
    """Lower case without accents: the form every comparison uses.

    >>> fold("Élysée")
    'elysee'
    """
    return _fold(word)


def quote_words(text: str) -> list[str]:
    """The folded words of a quotation, punctuation and quote marks dropped (Quotebank's key, accents folded too).

    >>> quote_words("« Je n’ai RIEN fait ! »")
    ['je', 'n', 'ai', 'rien', 'fait']
    """
    return [_fold(w) for w in _WORD.findall(text)]


def lexical_terms(text: str, lang: str = "fr") -> frozenset[str]:
    """Content terms plus the numbers of ``text``: what TF-IDF weighs when comparing claims across documents.

    >>> sorted(lexical_terms("Il a reçu 3 000 euros", "fr"))
    ['000', '3', 'euro', 'recevoir']
    """
    nums = {w for w in _WORD.findall(text) if w.isdigit()}
    return content_terms(text, lang) | nums
