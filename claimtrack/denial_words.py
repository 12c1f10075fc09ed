"""The words denial linking reads, per language (``claimtrack/data/<lang>/denials.json``), and word helpers.

>>> from claimtrack.denial_words import denial_words, has_phrase, words_of
>>> has_phrase(words_of("« Tout en bloc »"), denial_words("fr").whole_objects)
True
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources

from .lexicon import Lexicon
from .linking import fold

_TOKEN = re.compile(r"[^\W_]+(?:['’](?=[^\W_]))?", re.UNICODE)


class DenialWords:
    """The per-language words denial linking needs (``data/<lang>/denials.json``)."""

    def __init__(self, lang: str):
        path = resources.files("claimtrack").joinpath("data", lang, "denials.json")
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            d = {}
        self.accusation_nouns = phrases(d.get("accusation_nouns", []))
        self.claim_nouns = phrases(d.get("claim_nouns", []))
        self.object_nouns = self.accusation_nouns | self.claim_nouns
        self.whole_objects = phrases(d.get("whole_objects", []))
        self.lie_words = phrases(d.get("lie_words", []))
        self.accused_nouns = phrases(d.get("accused_nouns", []))
        self.false_accusation = phrases(d.get("false_accusation", []))
        self.numbers = frozenset(fold(w) for w in d.get("numbers", []))
        self.quantifiers = frozenset(fold(w) for w in d.get("quantifiers", []))
        self.lie_adjectives = frozenset(fold(w) for w in d.get("lie_adjectives", []))
        self.group_members = phrases(d.get("group_members", []))
        self.lie_firsts = firsts(self.lie_words | self.false_accusation)
        self.reflexives = frozenset(fold(w) for w in d.get("reflexives", []))
        self.negation_openers = frozenset(fold(w) for w in d.get("negation_openers", []))
        self.guilt_nouns = phrases(d.get("guilt_nouns", []))
        self.representatives = phrases(d.get("representatives", []))
        self.advocates = phrases(d.get("advocates", []))
        self.speaker_possessives = frozenset(fold(w) for w in d.get("speaker_possessives", []))
        self.object_markers = phrases(d.get("object_markers", []))
        self.party_links = frozenset(fold(w) for w in d.get("party_links", []))
        self.possessives = frozenset(fold(w) for w in d.get("possessives", []))
        self.agent_markers = frozenset(fold(w) for w in d.get("agent_markers", []))
        asc = d.get("as_clause", {})
        self.as_heads = phrases(asc.get("heads", []))
        self.as_clitics = frozenset(fold(w) for w in asc.get("object_clitics", []))


def phrases(words: list[str]) -> frozenset[tuple[str, ...]]:
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
    starts = firsts(phrases)
    if starts.isdisjoint(words):
        return False  # most calls: no first word of any phrase
    n = len(words)
    return any(tuple(words[i:i + k]) in phrases for i in range(n) if words[i] in starts for k in (1, 2, 3)
               if i + k <= n)


@cache
def firsts(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(p[0] for p in phrases if p)


def word_spans(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(lower-cased word, start, end) of the words of ``text[start:end]`` (accents kept, as the cue forms)."""
    return [(m.group().lower().replace("’", "'"), start + m.start(), start + m.end())
            for m in _TOKEN.finditer(text[start:end])]


def calls_a_lie(words: tuple[str, ...], dw: DenialWords, lex: Lexicon) -> bool:
    """Is there a lie word in ``words``? An adjective before a noun describes the noun ("une fausse piste")
    and calls nothing a lie; "C'est faux", "faux et archifaux" do."""
    kept = [w for k, w in enumerate(words) if w not in dw.lie_adjectives or k + 1 == len(words)
            or words[k + 1] in lex.coordinators]
    return has_phrase(kept, dw.lie_words) or has_phrase(words, dw.false_accusation)
