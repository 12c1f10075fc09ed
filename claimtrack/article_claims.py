"""The claims of one article as denial linking sees them: parties (mention keys), targets, contents.

>>> from claimtrack.article_claims import same_party
>>> same_party("martin", "paul martin")
True
"""

from __future__ import annotations

from functools import lru_cache

from .denial_parties import POSSESSIVE, names_party, party_words, represented_by
from .denial_words import denial_words, has_phrase, words_of
from .frames import Candidate
from .lexicon import Lexicon
from .linking import Mention, fold, plain_key
from .similarity import content_terms

NEAR = 3  # sentences back in which a pronoun or a group member finds its antecedent
RESTATE = 0.4  # term Dice above which two claims restate each other (a longer claim adds a date, a place, a figure)


def same_party(a: str, b: str) -> bool:
    """Are two mention keys the same party? Equal, or one name inside the other (``martin`` / ``paul martin``)."""
    if not a or not b:
        return False
    if a == b:
        return True
    return _nested_names(a, b)


@lru_cache(maxsize=8192)  # asked for every pair of claims of an article, with few distinct keys
def _nested_names(a: str, b: str) -> bool:
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
            if i in mentions:  # "Les deux camps s'accusent de …": the accusation targets its own source
                out[i] = mentions[i].key
            continue
        if low in lex.subject_pronouns or low in lex.stressed_pronouns or low in lex.object_clitics:
            before = [m for m in by_start if m.start <= c.target[0] and m is not mentions.get(i)]
            if before:
                out[i] = before[-1].key
            continue
        out[i] = plain_key(t, lex)
    return out


@lru_cache(maxsize=4096)
def _long_words(text: str) -> frozenset[str]:
    return frozenset(w for w in words_of(text) if len(w) > 3)


@lru_cache(maxsize=4096)
def _terms_of(text: str, lang: str) -> frozenset[str]:
    # the same contents are compared while promoting and while linking: compute their terms once
    return content_terms(text, lang)


def _headline_claims(text: str, cands: list[Candidate]) -> list[int]:
    """The claims of the headline: a first line with no sentence-final mark ("Le maire accusé de fraude")."""
    nl = text.find("\n", 0, 300)
    if nl < 0 or text[:nl].rstrip()[-1:] in ".!?":
        return []
    return [j for j, c in enumerate(cands) if c.content[1] <= nl and c.act != "denial"]


class ArticleClaims:
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
        self._sides: dict[int, str] = {}
        self._names: dict[int, tuple[frozenset[str], ...]] = {}
        self.heads = _headline_claims(text, cands)

    def retarget(self, targets: dict[int, str]) -> None:
        """New accusation targets (promotion made accusations): what was derived from the old ones goes."""
        self.targets = targets
        self._sides.clear()
        self._names.clear()

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


    def side(self, i: int) -> str:
        """The key of the party the source of claim i speaks for ("un porte-parole du ministère" → the
        ministry; "son avocat" → the target of the last accusation before it), "" when none."""
        if i not in self._sides:
            m = self.mentions.get(i)
            side = ""
            if m is not None:
                side = represented_by(m.canonical if m.pronoun else m.text, self.words, self.lex)
            if side == POSSESSIVE:
                last = [j for j in self.before(i) if j in self.targets and self.cands[j].act == "accusation"]
                side = self.targets[last[-1]] if last else ""
            self._sides[i] = side
        return self._sides[i]

    def others(self, i: int, js: list[int]) -> list[int]:
        """Those of ``js`` not stated by the party of claim i or the party it speaks for (a pronoun source
        counts as that party only in the sentence of claim i: a pronoun resolved from afar is too unsure to
        exclude a claim)."""
        key = self.keys.get(i, "")
        side = self.side(i) if self.cands[i].act == "denial" else ""
        s = self.cands[i].sentence
        if side:
            return [j for j in js if not (same_party(self.keys.get(j, ""), key)
                                          or same_party(self.keys.get(j, ""), side))
                    or (self.mentions[j].pronoun and self.cands[j].sentence != s)]
        return [j for j in js if not same_party(self.keys.get(j, ""), key)
                or (self.mentions[j].pronoun and self.cands[j].sentence != s)]

    def about(self, i: int, js: list[int]) -> list[int]:
        """Those of ``js`` whose content names the party of claim i as its subject or agent
        ("selon Y, le maire aurait …" for a denial by the mayor or by his spokesman)."""
        m = self.mentions.get(i)
        if m is None or not js:
            return []
        if i not in self._names:
            self._names[i] = party_words(self.keys.get(i, ""), m.canonical if m.pronoun else m.text, self.lex)
            if self.side(i):
                self._names[i] += party_words(self.side(i), "", self.lex)
        return [j for j in js if names_party(self.content(j), self._names[i], self.words)]

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
        source is the target of the last accusation with one: ``X est accusé de … Il nie``; so is a denier's
        pronoun read as the accuser: in ``X reproche à Y de … « … », s'est-il défendu``, "il" is Y)."""
        if not self.targets:
            return []  # most articles: no accusation with a target
        key = self.keys.get(i, "")
        m = self.mentions.get(i)
        unresolved = m is not None and m.pronoun and key == fold(m.text)
        if unresolved or m is not None and m.pronoun and self.cands[i].act == "denial":
            s = self.cands[i].sentence
            last = [j for j in self.before(i) if j in self.targets and self.cands[j].act == "accusation"
                    and self.cands[j].sentence >= s - NEAR]
            if last and (unresolved or same_party(key, self.keys.get(last[-1], ""))):
                key = self.targets[last[-1]]
        side = self.side(i)
        return [j for j, c in enumerate(self.cands) if j != i and c.act == "accusation"
                and (same_party(self.targets.get(j, ""), key) or side and same_party(self.targets.get(j, ""), side))
                and not same_party(self.keys.get(j, ""), key)]

    def self_directed(self, j: int) -> bool:
        """Does accusation j target its own source ("s'accusent mutuellement de …")?"""
        return same_party(self.targets.get(j, ""), self.keys.get(j, ""))

    def restates(self, j: int, k: int) -> bool:
        """Do claims j and k say the same thing: at least two long words shared, Dice at least
        :data:`RESTATE` (a headline and the body sentence it sums up)? Word forms, not lemmas: the test
        runs over every claim of the article, and a restatement mostly repeats the words."""
        tj, tk = _long_words(self.content(j)), _long_words(self.content(k))
        shared = len(tj & tk)
        return shared >= 2 and 2 * shared >= RESTATE * (len(tj) + len(tk))

    def answered(self, i: int, js: list[int]) -> list[int]:
        """Those of ``js`` that say something of the party of claim i with a word of its content
        ("selon Y, X aurait menacé …" for "X assure n'avoir jamais menacé personne")."""
        about = self.about(i, js)
        if not about:
            return []
        ti = self.terms(i).difference(*self._names.get(i, ()))  # the party's own name is no shared matter
        return [j for j in about if ti & self.terms(j)] if ti else []

    def restated(self, i: int, js: list[int]) -> list[int]:
        """Those of ``js`` whose content the content of claim i repeats (negation ignored)."""
        return [j for j in js if term_coverage(self.terms(i), self.terms(j)) >= 0.5]
