"""Linking: source types and canonical names within a document, pronouns, quoted fragments.

Runs after every sentence has its candidates, so it can look across sentences:
- ``le ministère`` → ``ministère des Finances de Borduvie``, ``M. Arden`` → ``Paul Arden``;
- a pronoun source takes the canonical name of the last compatible source;
- a short quote that anticipates a later attributed quote takes that quote's source and cue.

Denials are linked to what they deny afterwards, in :mod:`claimtrack.denials`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from .document import Document
from .frames import Candidate
from .lexicon import Lexicon, get_lexicon

BORROWED = ("continuation", "anticipated")  # frames whose source was taken from another claim
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower().replace("’", "'"))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


class Mention:
    """A source mention with its analysis."""

    __slots__ = ("text", "start", "end", "core", "type", "canonical", "key", "pronoun", "gender")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.core = text
        self.type = "unknown"
        self.canonical = text
        self.key = ""
        self.pronoun = False
        self.gender = ""  # "m" | "f" | "" (unknown), with "p" added for plurals


def gender_of(text: str, lex: Lexicon) -> str:
    """Grammatical gender of a mention, from its title, given name, person noun or determiner.

    ``gender_of("Mme Dupont", fr) == "f"``, ``gender_of("le porte-parole, Paul Arden", fr) == "m"``,
    ``gender_of("la ministre", fr) == "f"``, ``gender_of("the spokeswoman", en) == "f"``; ``""`` when nothing tells.
    """
    return _gender(text, lex.lang)


@lru_cache(maxsize=16384)
def _gender(text: str, lang: str) -> str:
    lex = get_lexicon(lang)
    words = [w.lower().replace("’", "'") for w in _words(text)]
    if not words:
        return ""
    det = lex.gender_dets.get(words[0], "")
    rest = _strip_det(words, lex)
    if rest and rest[0].rstrip(".") in lex.gender_titles:
        return lex.gender_titles[rest[0].rstrip(".")]
    for w in rest[:-1]:  # a given name is followed by a surname
        if w in lex.first_names:
            return lex.first_names[w]
    for k in range(len(rest)):
        two = " ".join(rest[k:k + 2])
        if two in lex.gender_nouns:
            return lex.gender_nouns[two]
        if rest[k] in lex.gender_nouns:
            return lex.gender_nouns[rest[k]]
    return det


def agrees(mention_gender: str, pronoun_gender: str) -> bool:
    """``il`` never takes a feminine mention, ``elle`` never a masculine one; unknown agrees with all."""
    mg, pg = mention_gender.rstrip("p"), pronoun_gender.rstrip("p")
    return not mg or not pg or mg == pg


def _strip_det(words: list[str], lex: Lexicon) -> list[str]:
    i = 0
    while i < len(words) - 1 and words[i].lower().replace("’", "'") in lex.determiners:
        i += 1
    return words[i:]


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    # keep elided determiners as separate words: "l'agence" -> "l'", "agence"
    out = []
    for w in _WORD.findall(text):
        m = re.match(r"(?i)^([ldjmnst]|qu)['’](.+)$", w)
        if m:
            out += [w[: len(m.group(1)) + 1], m.group(2)]
        else:
            out.append(w)
    return tuple(out)


def source_type(m: Mention, lex: Lexicon) -> str:
    """The type of a source mention: person, organization, media, government, group or unknown."""
    return _type_of(m.text, lex.lang)


def titled_name(text: str, lex: Lexicon) -> str | None:
    """The person's name closing a mention made of a title or role and a name: "le maire de Nantes, Paul Mercier",
    "Opposition leader Kofi Mensah", "la porte-parole Ana Lopes" -> the name; None for a plain name or no name."""
    words = list(_words(text))
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    run = words[k:]
    if not run or k == 0 or len(run) < 2 and ", " not in text:
        return None
    before = [w.lower().replace("’", "'") for w in words[:k]]
    if not any(w in lex.titles for w in before) and ", " not in text:
        return None
    if ", " in text and not text.rsplit(", ", 1)[1].split()[0][:1].isupper():
        return None
    return " ".join(run)


@lru_cache(maxsize=16384)
def _type_of(text: str, lang: str) -> str:
    lex = get_lexicon(lang)
    if titled_name(text, lex):
        return "person"
    words = list(_words(text))
    low = [w.lower().replace("’", "'") for w in words]
    if not low:
        return "unknown"
    joined = " ".join(low)
    core = _strip_det(words, lex)
    core_low = " ".join(w.lower() for w in core)
    for name in (joined, core_low):
        if name in lex.agencies or name in lex.media:
            return "media"
    if any(w in lex.agencies or w in lex.media for w in low if len(w) > 2 and w.upper() != w.lower()) \
            and any(x[:1].isupper() for x in core):
        if any(w in lex.org_heads and lex.org_heads[w] == "media" for w in low) or \
                any(n in joined for n in lex.agencies if len(n) > 3) or \
                any(n in joined for n in lex.media if len(n) > 3):
            return "media"
    for name in (joined, core_low):
        if name in lex.capitals or name in lex.states or \
                name.replace("’", "'").replace("' ", "'") in lex.government_metonyms:
            return "government"
    head = core[0].lower() if core else ""
    if head in lex.titles or head.rstrip(".") in lex.titles:
        return "person"
    for w in low:
        if w in lex.org_heads and lex.org_heads[w] in ("media", "government"):
            return lex.org_heads[w]
    last = low[-1]
    if head in lex.org_heads and lex.org_heads[head] == "organization":
        return "organization"  # "l'ONG Droits Devant", "le syndicat des pilotes"
    if core and all(w[:1].isupper() for w in core if len(w) > 2) and any(
            w in lex.org_heads and lex.org_heads[w] == "organization" for w in low[1:]):
        return "organization"  # "Amnesty International", "Human Rights Watch"
    if any(w in lex.titles for w in low[:4]) and len(core) <= 5:
        return "person"  # "le Premier ministre", "l'ancien président du club"
    if head in lex.group_nouns or last in lex.group_nouns or core_low in lex.demonyms or \
            low[0] in ("les", "des", "ces", "plusieurs", "certains", "certaines", "some", "many", "several"):
        return "group"
    if head in lex.org_heads:
        return lex.org_heads[head]
    if head in lex.demonyms:
        return "group"
    if core and all(w[:1].isupper() for w in core if len(w) > 2):
        return "person" if len(core) <= 3 else "organization"
    if head in lex.titles:
        return "person"
    return "unknown"


def _function_word(word: str, lex: Lexicon) -> bool:
    w = word.lower().replace("’", "'")
    return w in lex.marker_first or w in lex.stop_preps or w in lex.sentence_adverbs or w in lex.coordinators \
        or w in lex.boundaries or w in lex.subject_pronouns or w in lex.forms or w in lex.time_words


@lru_cache(maxsize=8192)  # the same runs come back all through a corpus ("Selon", "Le", the names of the day)
def _name_run(words: tuple[str, ...], lex: Lexicon) -> tuple[str, bool, tuple[str, ...]]:
    """A capitalised run as said, whether a gender title opens it, and its name words, never a capitalised
    sentence-initial word ("Selon", "And"): ("Selon", "Mme", "Roux") -> ("Selon Mme Roux", False, ("Roux",))."""
    said = " ".join(words)  # its gender is read only when a pronoun asks (gender_of is not free)
    titled = words[0].lower().rstrip(".") in lex.gender_titles
    while words and (words[0].lower().replace("’", "'") in lex.determiners or
                     words[0].lower() in lex.titles or _function_word(words[0], lex)):
        words = words[1:]
    return said, titled, words


class Names:
    """Name-like phrases of the document, for canonical names."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.persons: dict[str, str] = {}  # folded surname -> longest full name
        # (offset, surname, words as written) of multi-word names and titled surnames ("Mme Dupont"), in order
        self.person_mentions: list[tuple[int, str, str]] = []
        self.heads: dict[str, dict[str, str]] = {}  # head noun -> {phrase: folded phrase}, each phrase once
        self._canonical: dict[tuple[str, str], str] = {}  # (text, type) -> canonical name, until names change

    def add(self, doc: Document) -> None:
        """Collect the names of ``doc`` (or of one block of it, blocks in order)."""
        self._canonical.clear()
        org_heads = self.lex.org_heads
        for sent in doc.sentences:
            toks = sent.tokens
            # only a capitalised word or an organisation head opens a phrase: the loop visits those alone
            # (text != norm first: a lower-case token, most of them, is rejected without slicing its text)
            opens = [k for k, t in enumerate(toks) if t.text != t.norm and t.text[:1].isupper() or t.norm in org_heads]
            resume = 0  # first token not yet inside a name
            for i in opens:
                if i < resume:
                    continue
                first = toks[i].text[:1]
                if first.isupper() and first.isalpha():
                    resume = self._add_person(toks, i) + 1
                elif toks[i].norm in org_heads:
                    self._add_organisation(toks, i)

    def _add_person(self, toks: list, i: int) -> int:
        """The capitalised run opening at ``toks[i]``: a person's name when it has two name words or a gender
        title ("Mme Roux"), or a known person's surname again; returns the run's last token index."""
        lex = self.lex
        n = len(toks)
        j = i
        while j + 1 < n:
            nxt = toks[j + 1].text[:1]
            if nxt.isupper() and nxt.isalpha():
                j += 1
            elif toks[j + 1].text == "." and toks[j].norm in lex.gender_titles and j + 2 < n \
                    and toks[j + 2].text[:1].isupper():
                j += 2  # "M. Arden" read as "M", ".", "Arden"
            else:
                break
        run = (toks[i].text,) if j == i else tuple(t.text for t in toks[i:j + 1] if t.text != ".")
        said, titled, names = _name_run(run, lex)
        if len(names) >= 2 or titled and len(names) == 1:
            full = " ".join(names)
            key = fold(names[-1])
            if len(full) > len(self.persons.get(key, "")):
                self.persons[key] = full
            self.person_mentions.append((toks[i].start, names[-1], said))
        elif len(names) == 1 and fold(names[0]) in self.persons:
            # a later bare surname ("… with Lambert, who …") is that person mentioned again, which keeps them
            # a pronoun's antecedent paragraphs after the full name (gender from the full name)
            self.person_mentions.append((toks[i].start, names[0], self.persons[fold(names[0])]))
        return j

    def _add_organisation(self, toks: list, i: int) -> None:
        """The phrase an organisation head opens ("le syndicat des pilotes"), kept under its head noun."""
        lex = self.lex
        n = len(toks)
        j = i + 1
        last_good = i
        while j < n and j - i < 8:
            w = toks[j]
            if not w.text[:1].isalnum():
                break
            nw = w.norm
            if nw in lex.auxiliaries or nw in lex.forms or nw in lex.boundaries \
                    or nw in lex.stop_preps or nw in lex.time_words:
                break
            if nw in lex.np_preps or nw in lex.determiners:
                nxt = toks[j + 1] if j + 1 < n else None
                if nxt is not None and nxt.text[:1].islower() and (
                        nxt.norm in lex.forms or nxt.norm.endswith(("er", "ir", "oir"))):
                    break  # "la justice de détourner …": an infinitive, not a complement
                j += 1
                continue
            last_good = j
            j += 1
        text = " ".join(t.text for t in toks[i:last_good + 1]).replace("' ", "'")
        known = self.heads.setdefault(toks[i].norm, {})
        if text not in known:
            known[text] = fold(text)

    def last_person_before(self, offset: int, floor: int, gender: str = "",
                           skip: frozenset[str] | set[str] = frozenset()) -> str | None:
        """Full name of the last person named in [floor, offset) whose gender agrees with ``gender`` and whose
        folded name is not in ``skip``."""
        k = bisect_left(self.person_mentions, (offset, ""))
        while k and self.person_mentions[k - 1][0] >= floor:
            _, surname, said = self.person_mentions[k - 1]
            full = self.persons.get(fold(surname))
            if full and fold(full) not in skip and (not gender or agrees(gender_of(said, self.lex), gender)):
                return full
            k -= 1
        return None

    def canonical(self, m: Mention) -> str:
        """The canonical name of a mention, from its text and type and the document's names (an article names
        its sources again and again: each (text, type) is worked out once)."""
        key = (m.text, m.type)
        name = self._canonical.get(key)
        if name is None:
            name = self._canonical[key] = self._canonical_name(m)
        return name

    def _canonical_name(self, m: Mention) -> str:
        lex = self.lex
        named = titled_name(m.text, lex)
        if named:
            # "le maire de Nantes, Paul Mercier" / "Opposition leader Kofi Mensah": the person's name
            return self.persons.get(fold(named.split()[-1]), named) if len(named.split()) > 1 else named
        words = _strip_det(_words(m.text), lex)
        if not words:
            return m.text
        # titles off for people: "M. Choïgou" -> "Choïgou"
        while len(words) > 1 and words[0].lower().rstrip(".") in lex.titles and words[1][:1].isupper():
            words = words[1:]
        if m.type == "person" or (words[-1][:1].isupper() and m.type not in ("government", "media")):
            full = self.persons.get(fold(words[-1]))
            if full and len(full) > len(" ".join(words)):
                return full
            return " ".join(words).replace("' ", "'")
        head = words[0].lower().replace("’", "'")
        if head in self.heads:
            core = " ".join(words).replace("' ", "'")
            best = core
            fcore = fold(core)
            for ph, fph in self.heads[head].items():
                if fph.startswith(fcore) and len(ph) > len(best):
                    best = ph
            return best
        return " ".join(words).replace("' ", "'")


def _key(m: Mention, lex: Lexicon) -> str:
    c = fold(m.canonical)
    if c in lex.capitals:
        return fold(lex.capitals[c])
    return c


def analyse_sources(text: str, cands: list[Candidate], lex: Lexicon, names: Names,
                    starts: list[int]) -> dict[int, Mention]:
    """Mentions of every candidate's source (by candidate index), typed and canonicalised.

    ``names`` holds the document's names; ``starts`` the start offset of every sentence.
    """
    out: dict[int, Mention] = {}
    history: list[Mention] = []
    accusers: dict[int, set[str]] = {}  # sentence -> keys of its accusers: a denier there is not one of them
    order = sorted(range(len(cands)), key=lambda i: (cands[i].source or cands[i].content)[0])
    for i in order:
        c = cands[i]
        if c.source is None:
            continue
        s, e = c.source
        m = Mention(text[s:e], s, e)
        low = m.text.lower().replace("’", "'")
        if low in lex.subject_pronouns or low in lex.stressed_pronouns or c.source_kind == "pronoun":
            m.pronoun = True
            skip = accusers.get(c.sentence, set()) if c.act == "denial" else set()
            ante = _resolve_pronoun(text, c, m, lex, names, history, starts[max(0, c.sentence - 3)], skip)
            if ante is not None and _names_borrowed(text, c, m, ante, lex):
                m = Mention(ante.text, ante.start, ante.end)
                m.type, m.canonical, m.key, m.gender = ante.type, ante.canonical, ante.key, ante.gender
            elif ante is not None:
                m.type, m.canonical, m.key, m.gender = ante.type, ante.canonical, ante.key, ante.gender
            else:
                m.type = "person" if lex.subject_pronouns.get(low, "") in ("m", "f") else "unknown"
                m.canonical = m.text
                m.key = fold(m.text)
        else:
            m.type = source_type(m, lex)
            m.canonical = names.canonical(m)
            m.key = _key(m, lex)
            m.gender = gender_of(m.text, lex) or (gender_of(m.canonical, lex) if m.type == "person" else "")
            history.append(m)
        if c.act == "accusation":
            accusers.setdefault(c.sentence, set()).add(m.key)
        out[i] = m
    return out


def _names_borrowed(text: str, c: Candidate, m: Mention, ante: Mention, lex: Lexicon) -> bool:
    """Does a quote with no cue of its own, whose borrowed source is the pronoun ``m``, take the named mention
    ``ante`` instead? « … », a-t-il dit. « … » — the second quote is said by "Marc Dubois", named before.
    (Naming an antecedent found in the pronoun's own sentence was measured too: the French gold sets disagree
    on it, so there the pronoun stays.)"""
    return lex.borrowed_source_named and c.frame in BORROWED and not ante.pronoun and ante.start < m.start \
        and text[ante.start:ante.end] == ante.text


def _resolve_pronoun(text: str, c: Candidate, m: Mention, lex: Lexicon, names: Names, history: list[Mention],
                     floor: int, skip: set[str]) -> Mention | None:
    """The antecedent of pronoun source ``m``: its sentence's subject, else the last agreeing source, else the
    last agreeing person named since ``floor``; never one whose key is in ``skip`` (in "X accuse Y de …, ce
    qu'il dément", il is not X)."""
    low = m.text.lower().replace("’", "'")
    hinted = _hinted_subject(text, c, lex, names)
    if hinted is not None and hinted.key not in skip:
        return hinted
    ante = _antecedent([h for h in history if h.key not in skip], low, lex)
    if ante is None and lex.subject_pronouns.get(low, "") in ("m", "f"):
        full = names.last_person_before(m.start, floor, lex.pronoun_gender.get(low, ""), skip)
        if full:
            ante = Mention(full, m.start, m.end)
            ante.type, ante.canonical, ante.key = "person", full, fold(full)
    return ante


_PLURAL_DETS = frozenset({"les", "des", "ces", "plusieurs", "certains", "certaines", "leurs", "nos", "vos",
                          "these", "those", "many", "several"})


def subject_hint(doc: Document, c: Candidate, lex: Lexicon) -> tuple[int, int] | None:
    """For a pronoun source: the noun phrase opening its own sentence, outside the claim's content, else the
    one opening the sentence before it in the paragraph (the subject of the preceding clause), when it agrees
    in number and gender ("Les experts restent prudents : la crise pourrait durer, estiment-ils." ->
    "Les experts"; "La ministre a reçu les élus. Elle a affirmé que …" -> "La ministre")."""
    if c.source is None:
        return None
    pron = doc.text[c.source[0]:c.source[1]].lower().replace("’", "'")
    if pron not in lex.subject_pronouns and pron not in lex.stressed_pronouns and c.source_kind != "pronoun":
        return None
    sent = doc.sentence(c.sentence)
    own = _opening_np(doc.text, sent.tokens if sent is not None else [], c.content, pron, lex)
    if own is not None or sent is None:
        return own
    prev = doc.sentence(c.sentence - 1)
    if prev is None or "\n" in doc.text[prev.end:sent.start] or lex.pronoun_gender.get(pron, "") == "":
        return None
    return _opening_np(doc.text, prev.tokens, (-1, -1), pron, lex)


def _opening_np(text: str, toks: list, content: tuple[int, int], pron: str, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase opening ``toks``, outside ``content``, when it agrees with ``pron``."""
    if not toks or content[0] <= toks[0].start < content[1]:
        return None
    first = toks[0]
    if not (first.norm in lex.determiners or first.text[:1].isupper()) or first.norm in lex.subject_pronouns \
            or first.norm not in lex.determiners and _function_word(first.text, lex):
        return None  # "Selon lui, …": a capitalised function word is no subject
    # determiner + head noun (+ "de …" complements), or a run of capitalised words
    j = 1 if first.norm in lex.determiners else 0
    if j < len(toks) and toks[j].text[:1].isalnum():
        j += 1
        while j < len(toks) and toks[j].text[:1].isupper():
            j += 1
        while j + 1 < len(toks) and toks[j].norm in lex.np_preps and toks[j + 1].text[:1].isalnum():
            j += 2 if toks[j + 1].norm not in lex.determiners else 3
    j = min(j, len(toks))
    if j == 0 or toks[j - 1].end > content[0] and toks[0].start < content[1]:
        return None
    gender = lex.pronoun_gender.get(pron, "")
    plural_pron = gender.endswith("p")
    plural_np = first.norm in _PLURAL_DETS or (j > 1 and toks[1].norm.endswith(("s", "x")))
    if plural_pron != plural_np or not agrees(gender_of(text[toks[0].start:toks[j - 1].end], lex), gender):
        return None
    return (toks[0].start, toks[j - 1].end)


def _hinted_subject(text: str, c: Candidate, lex: Lexicon, names: Names) -> Mention | None:
    if c.hint is None:
        return None
    m = Mention(text[c.hint[0]:c.hint[1]], *c.hint)
    m.type = source_type(m, lex)
    pron = text[c.source[0]:c.source[1]].lower().replace("’", "'") if c.source else ""
    if m.type == "unknown" and lex.pronoun_gender.get(pron, "").endswith("p"):
        m.type = "group"  # a plural noun phrase speaking: "Les infirmières …, ont-elles dit"
    if m.type == "unknown":
        return None
    m.canonical = names.canonical(m)
    m.key = _key(m, lex)
    m.gender = gender_of(m.text, lex)
    return m


def _antecedent(history: list[Mention], pron: str, lex: Lexicon) -> Mention | None:
    """The last source that agrees with ``pron`` in number and gender (``elle`` skips "M. Arden")."""
    gender = lex.pronoun_gender.get(pron, "")
    plural = gender.endswith("p")
    for m in reversed(history[-6:]):
        if not agrees(m.gender, gender):
            continue
        if plural and m.type in ("group", "government", "organization", "media"):
            return m
        if not plural and m.type in ("person", "organization", "government", "media") and not \
                m.text.lower().startswith(("les ", "des ", "the ")):
            return m
    return None


def resolve_fragments(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """Keep a short bare quote only when a nearby attributed quote repeats its words."""
    keep: list[Candidate] = []
    text = doc.text
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for c in cands:
        if c.frame != "fragment":
            keep.append(c)
            continue
        words = {fold(w) for w in _WORD.findall(text[c.content[0]:c.content[1]]) if len(w) > 2}
        if not words:
            continue
        # an intertitle (a quote alone on its line) may quote words said anywhere further on
        reach = len(doc.sentences) if _own_line(text, *c.content) else 3
        for o in (o for s in range(c.sentence, c.sentence + reach) for o in by_sentence.get(s, ())):
            if o is c or o.source is None or o.frame in ("fragment", "bare"):
                continue
            seg = fold(text[o.content[0]:o.content[1]])
            if all(w in seg for w in words) and not (o.content[0] <= c.content[0] < o.content[1]):
                c.source = o.source
                c.cue = o.cue
                c.lemma = o.lemma
                c.source_kind = o.source_kind
                c.confidence = 0.5
                c.frame = "anticipated"
                headline = restated_line(doc, c, seg)
                if headline is not None:
                    c.content = headline
                keep.append(c)
                break
    return keep


def restated_line(doc: Document, c: Candidate, said: str) -> tuple[int, int] | None:
    """A headline whose quoted words and most other words come back in the attributed claim ``said`` (folded)
    restates that claim: the claim is the whole line, not each quoted word. "La ville « a besoin » de bras"
    above "La ville « a besoin » de bras pour l'été, a dit la maire" is one claim of the maire."""
    sent = doc.sentence(c.sentence)
    if sent is None or not _own_line(doc.text, sent.start, sent.end):
        return None
    words = [fold(w) for w in _WORD.findall(doc.text[sent.start:sent.end]) if len(w) > 2]
    if len(words) < 4 or sum(w in said for w in words) < 0.75 * len(words):
        return None
    end = sent.end
    while end > sent.start and doc.text[end - 1] in " .!?\u00a0":
        end -= 1
    return (sent.start, end)


def _own_line(text: str, start: int, end: int) -> bool:
    """Is text[start:end] alone on its line (an intertitle such as « Rien n'est joué »)?"""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    # dashes may frame an intertitle: "- « Rien n'est joué » -"
    return not text[a:start].strip(" -–—\u00a0") and not text[end:b if b >= 0 else len(text)].strip(" .!?-–—\u00a0")


def plain_key(text: str, lex: Lexicon) -> str:
    """The comparison key of a mention read alone (no document names): ``"les deux gardiens"`` → ``"deux gardiens"``."""
    m = Mention(text, 0, len(text))
    m.canonical = " ".join(_strip_det(_words(text), lex))
    return _key(m, lex)
