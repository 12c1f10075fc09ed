"""Who a denier speaks for, and which claims are about a party: the party side of denial linking.

A spokesperson, a lawyer or an office denies on behalf of the party it represents ("un porte-parole du
ministère" for "le ministère", "the company's lawyer" for "the company", "son avocat" for the accused just
named); a claim is about a party when its content names that party near its start or as the agent of a
passive ("… were approved by his chief of staff").

>>> from claimtrack.denial_parties import represented
>>> from claimtrack.denial_words import denial_words
>>> from claimtrack.lexicon import get_lexicon
>>> represented("Un porte-parole du ministère de l'Intérieur", denial_words("fr"), get_lexicon("fr"))
'ministere interieur'
"""

from __future__ import annotations

from .denial_words import DenialWords, has_phrase, words_of
from .lexicon import Lexicon

POSSESSIVE = "\x00possessive"  # "son avocat", "the lawyer": the party the article has just accused (the caller knows)
SUBJECT_WORDS = 12  # a party named within this many words of a content's start is what the content is about


def represented(text: str, dw: DenialWords, lex: Lexicon) -> str:
    """The key of the party the mention ``text`` speaks for, "" when it names no representative;
    :data:`POSSESSIVE` for "son avocat" / "his lawyer" (the caller knows who "son" is)."""
    words = words_of(text.split(",", 1)[0])
    if not has_phrase(words[:6], dw.representatives):
        return ""
    for k in range(min(len(words), 4)):
        for size in (3, 2, 1):
            if tuple(words[k:k + size]) not in dw.representatives:
                continue
            after = words[k + size:]
            if after and after[0] in dw.party_links:  # "porte-parole du ministère", "lawyer for the company"
                return " ".join(w for w in after[1:] if w not in lex.determiners)
            if k >= 2 and words[k - 1] == "s" and words[k - 2].endswith("'"):  # "the company's lawyer"
                return " ".join(w for w in words[:k - 1] if w not in lex.determiners).rstrip("'")
            # "son avocat", "l'avocat" defend the party just named; "son secrétaire" may be the accuser's
            alone = (k == 0 or words[k - 1] in dw.possessives or words[k - 1] in lex.determiners) \
                and (not after or after[0] in lex.titles)  # not "l'avocat général" (the prosecution)
            return POSSESSIVE if alone and tuple(words[k:k + size]) in dw.advocates else ""
    return ""


def party_words(key: str, text: str, lex: Lexicon) -> list[frozenset[str]]:
    """The word sets that name a party in a content: its key's long words and its title ("chief staff" for
    "The chief of staff, Ben Ortiz"); short words (articles, "de", "Ben") are left out."""
    out = []
    for phrase in (key, text.split(",", 1)[0]):
        ws = frozenset(w.rstrip("'") for w in words_of(phrase) if len(w) > 3 and w not in lex.determiners)
        if ws and ws not in out:
            out.append(ws)
    return out


def names_party(content: str, names: list[frozenset[str]], dw: DenialWords) -> bool:
    """Does ``content`` name one of the parties ``names`` near its start or as a passive agent ("by X")?"""
    words = words_of(content)
    head = set(words[:SUBJECT_WORDS])
    if any(ws <= head for ws in names):
        return True
    for k, w in enumerate(words):
        if w in dw.agent_markers and any(ws <= set(words[k + 1:k + 5]) for ws in names):
            return True
    return False
