"""``X a démenti les informations de Y selon lesquelles P`` / ``X dismissed the report by Y that P``: the
reported material inside a denial's object is a claim by Y, and the denial denies it.

Example: in "Le club a démenti les informations du Matin selon lesquelles l'entraîneur serait limogé." the
denial keeps its object as content, and "l'entraîneur serait limogé" becomes a statement by "Matin" (cue
"selon lesquelles") that the denial denies. Words come from ``denials.json`` (``object_markers``).
"""

from __future__ import annotations

from .denial_words import DenialWords, denial_words, firsts, has_phrase, word_spans, words_of
from .frames import Candidate
from .lexicon import Lexicon
from .linking import fold

HEAD = 4  # the object's noun within this many words of its start ("les nouvelles informations")
SOURCE = 6  # at most this many words name the object's author ("du quotidien régional L'Écho")
MIN_WORDS = 4  # a reported clause has at least this many words ("that he wrote" is a relative clause)


def split_reported_objects(text: str, cands: list[Candidate], lex: Lexicon) -> list[tuple[Candidate, Candidate]]:
    """The (denial, claim) pairs of denials whose object reports a claim; new claims are appended to
    ``cands`` (a claim already read inside the object is paired, not duplicated)."""
    dw = denial_words(lex.lang)
    if not dw.object_markers:
        return []
    pairs = []
    markers = firsts(dw.object_markers)
    for d in list(cands):
        if d.act != "denial" or d.content[1] - d.content[0] < 20:
            continue
        words = words_of(text[d.content[0]:d.content[1]])
        if markers.isdisjoint(words) or not has_phrase(words[:HEAD], dw.object_nouns) \
                or not has_phrase(words, dw.object_markers):
            continue  # most denials: no "selon lesquelles" / "that" in the object
        c = _reported(text, d, dw, lex)
        if c is None:
            continue
        inside = [o for o in cands if o is not d and o.act != "denial" and c.content[0] <= o.content[0]
                  and o.content[1] <= d.content[1]]
        if inside:
            pairs += [(d, o) for o in inside]
            continue
        cands.append(c)
        pairs.append((d, c))
    return pairs


def _reported(text: str, d: Candidate, dw: DenialWords, lex: Lexicon) -> Candidate | None:
    """The claim "Y says P" inside the denial's object "N de Y selon lesquelles P", else None."""
    toks = word_spans(text, *d.content)
    folded = [fold(t[0]) for t in toks]
    noun = next((k for k in range(min(HEAD, len(toks))) for size in (2, 1)
                 if tuple(folded[k:k + size]) in dw.object_nouns), None)
    if noun is None:
        return None
    for k in range(noun + 1, min(len(toks), noun + 2 + SOURCE)):
        size = next((s for s in (3, 2, 1) if tuple(folded[k:k + s]) in dw.object_markers), 0)
        if not size:
            continue
        if len(toks) - (k + size) < MIN_WORDS:
            return None
        src = None
        if k > noun + 2 and (folded[noun + 1] in dw.party_links or folded[noun + 1] in dw.agent_markers):
            first = noun + 2
            if first < k and not any("," in text[toks[m][2]:toks[m + 1][1]] for m in range(noun, k - 1)):
                src = (toks[first][1], toks[k - 1][2])
        end = d.content[1]
        while end > toks[k + size][1] and text[end - 1] in " .,;:\u00a0":
            end -= 1
        cue = (toks[k][1], toks[k + size - 1][2]) if lex.lang != "en" else (toks[noun][1], toks[noun][2])
        act = "accusation" if has_phrase(tuple(folded[noun:noun + 2]), dw.accusation_nouns) else "statement"
        c = Candidate(act, (toks[k + size][1], end), src, cue, folded[k] if lex.lang != "en" else folded[noun],
                      d.sentence, 0.6, "denied_object")
        c.source_kind = "np" if src else "none"
        return c
    return None
