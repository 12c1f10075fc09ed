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

from functools import lru_cache

from .denial_words import DenialWords, firsts, words_of
from .lexicon import Lexicon

POSSESSIVE = "\x00possessive"  # "son avocat", "the lawyer": the party the article has just accused (the caller knows)
OWNER_WORDS = 4  # at most this many words name the author of the claims a denial object names
SUBJECT_WORDS = 12  # a party named within this many words of a content's start is what the content is about


def represented(text: str, dw: DenialWords, lex: Lexicon) -> str:
    """The key of the party the mention ``text`` speaks for, "" when it names no representative;
    :data:`POSSESSIVE` for "son avocat" / "his lawyer" (the caller knows who "son" is)."""
    words = words_of(text)
    if firsts(dw.representatives).isdisjoint(words[:6]):
        return ""  # most mentions
    words = words_of(text.split(",", 1)[0])
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


def object_owner(content: str, dw: DenialWords, lex: Lexicon) -> str:
    """The key of the party whose claims a denial object names: "les accusations de l'opposition" →
    "opposition", "the claims by the union" → "union"; "" when the object names none."""
    words = words_of(content.split(",", 1)[0])
    for k in range(min(len(words) - 2, 3)):
        if (words[k],) in dw.object_nouns and (words[k + 1] in dw.party_links or words[k + 1] in dw.agent_markers):
            rest = []
            for w in words[k + 2:k + 2 + OWNER_WORDS]:
                if (w,) in dw.object_markers or w in lex.complementizers:
                    break
                if w not in lex.determiners:
                    rest.append(w)
            return " ".join(rest)
    return ""


@lru_cache(maxsize=8192)
def party_words(key: str, text: str, lex: Lexicon) -> tuple[frozenset[str], ...]:
    """The word sets that name a party in a content: its key's long words and its title ("chief staff" for
    "The chief of staff, Ben Ortiz"); short words (articles, "de", "Ben") are left out."""
    out = []
    for phrase in (key, text.split(",", 1)[0]):
        ws = frozenset(w.rstrip("'") for w in words_of(phrase) if len(w) > 3 and w not in lex.determiners)
        if ws and ws not in out:
            out.append(ws)
    return tuple(out)


def names_party(content: str, names: list[frozenset[str]], dw: DenialWords) -> bool:
    """Does ``content`` name one of the parties ``names`` near its start or as a passive agent ("by X")?"""
    return any(ws <= place for place in _places(content, dw) for ws in names)


@lru_cache(maxsize=8192)  # every recent claim is asked about for every denial that points back
def _places(content: str, dw: DenialWords) -> tuple[frozenset[str], ...]:
    """The word sets of ``content`` where a party it is about appears: its start, each passive agent."""
    words = words_of(content)
    out = [frozenset(words[:SUBJECT_WORDS])]
    out += [frozenset(words[k + 1:k + 5]) for k, w in enumerate(words) if w in dw.agent_markers]
    return tuple(out)


@lru_cache(maxsize=8192)  # asked for the source of every denial and of every statement promotion checks
def represented_by(text: str, dw: DenialWords, lex: Lexicon) -> str:
    """:func:`represented`, cached."""
    return represented(text, dw, lex)
