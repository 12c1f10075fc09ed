"""Language detection between the supported languages, from function-word counts."""

from __future__ import annotations

import re

from .lexicon import LANGS, get_lexicon

_WORD = re.compile(r"[^\W\d_]+")
SAMPLE = 20_000  # characters looked at


def detect_lang(text: str) -> str:
    """The supported language whose function words are most frequent in ``text`` (French on a tie)."""
    words = [w.lower() for w in _WORD.findall(text[:SAMPLE])]
    best, best_score = LANGS[0], -1
    for lang in LANGS:
        vocab = get_lexicon(lang).detect_words
        score = sum(1 for w in words if w in vocab)
        if score > best_score:
            best, best_score = lang, score
    return best
