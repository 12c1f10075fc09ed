"""Candidate attributions from surface rules: cues, their sources, contents, targets and relays.

Works sentence by sentence on the annotated document. Each cue (a verb group of the lexicon or
an "according to" marker) is read in the frame its neighbours show:

- incise after the content, subject inverted or a clitic: ``« … », a affirmé le ministère``;
- subject before, content after: ``X a annoncé que …``, ``X a déclaré : « … »``, ``X a démenti ces
  accusations``, ``X nie avoir …``; content before, subject after it: ``…, officials said``;
- ``Selon X, …`` / ``…, selon X`` / ``according to X``;
- accusations: ``X est accusé par Y de …``, ``accusé de …``, ``X a accusé Y de …``;
- denials: ``…, ce que X dément``, ``which X denies``, ``… ont été rejetées par X``.

Quotes that no cue claims become bare quotes. Nothing here reads a parse; the parse layer
plugs in beside these rules.
"""

from __future__ import annotations

from bisect import bisect_left

from . import syntax
from .document import Document, Sentence, Token
from .lexicon import ACT_OF_CLASS, CueEntry, Lexicon
from .segmentation import ABBREV

OPEN_Q = frozenset("«“„‹")
CLOSE_Q = frozenset("»”›")
QUOTE_CHARS = frozenset('«»“”„‹›"')
PUNCT_STOP = frozenset(",;:.!?…()[]{}«»“”„‹›\"—–")
END_PUNCT = frozenset(".!?…")
MAX_NP = 12


class Group:
    """A cue in a sentence: token range ``first..last`` (inclusive), the lexical head and its reading."""

    __slots__ = ("first", "last", "verb", "entry", "clitic", "passive", "aux", "kind", "lemma", "cls")

    def __init__(self, first: int, last: int, verb: int, entry: CueEntry | None, kind: str = "verb"):
        self.first = first
        self.last = last
        self.verb = verb
        self.entry = entry
        self.clitic: int | None = None  # index of an inversion clitic token (-t-il, -elle)
        self.passive = False
        self.aux = False
        self.kind = kind  # verb | according
        self.lemma = entry.lemma if entry else ""
        self.cls = entry.cls if entry else "report"


class Candidate:
    """A claim before linking: offsets only, resolved into records later."""

    __slots__ = ("act", "content", "source", "cue", "lemma", "via", "target", "sentence", "confidence",
                 "frame", "group", "anaphoric", "source_kind", "region_start", "weak_source", "form", "quotes",
                 "hint")

    def __init__(self, act, content, source, cue, lemma, sentence, confidence, frame, group=None):
        self.act = act
        self.content = content  # (start, end)
        self.source = source  # (start, end) | None
        self.cue = cue  # (start, end) | None
        self.lemma = lemma
        self.via: list[tuple[int, int]] = []
        self.target: tuple[int, int] | None = None
        self.sentence = sentence
        self.confidence = confidence
        self.frame = frame
        self.group = group
        self.anaphoric = False  # a denial whose object points back ("ces accusations")
        self.source_kind = "np"  # np | pronoun | none
        self.region_start = content[0]
        self.weak_source = False
        self.form = "indirect"  # set with ``quotes`` once the candidate is final (form_of)
        self.quotes: list[tuple[int, int]] = []
        self.hint: tuple[int, int] | None = None  # a pronoun source's sentence subject, when it has one

    def __repr__(self) -> str:
        return f"Candidate({self.frame}, {self.act}, content={self.content}, source={self.source})"


class _S:
    """One sentence under analysis, with the lexicon at hand."""

    def __init__(self, doc: Document, sent: Sentence, lex: Lexicon):
        self.text = doc.text
        self.doc = doc
        self.sent = sent
        self.t: list[Token] = sent.tokens
        self.n = len(sent.tokens)
        self.lex = lex
        self.fr = lex.lang == "fr"
        # token index of each closed quote's opening / closing mark
        self.quote_open: dict[int, int] = {}
        self.quote_close: dict[int, int] = {}
        self.starts = [t.start for t in self.t]
        self.floor = 0  # token after the last incise claimed so far: later contents start there
        self._commas: list[int] | None = None
        by_start = {t.start: i for i, t in enumerate(self.t)}
        by_end = {t.end: i for i, t in enumerate(self.t)}
        for q in sent.quotes:
            a, b = by_start.get(q.start), by_end.get(q.end)
            if a is not None and b is not None:
                if q.closed:
                    self.quote_open[a] = b
                    self.quote_close[b] = a

    # --- small predicates -------------------------------------------------------------------
    def norm(self, i: int) -> str:
        return self.t[i].norm if 0 <= i < self.n else ""

    def abbrev_period(self, j: int) -> bool:
        """Is the period at ``j`` the end of a title abbreviation inside a name ("M. Dupont", "Dr. Lee")?"""
        prev = self.t[j - 1] if j > 0 else None
        return (prev is not None and prev.end == self.t[j].start and prev.norm in ABBREV
                and j + 1 < self.n and self.t[j + 1].text[:1].isupper())

    def index_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def next_comma(self, i: int) -> int:
        """Index of the first comma at or after token ``i`` (``n`` when none)."""
        if self._commas is None:
            self._commas = [k for k, tok in enumerate(self.t) if tok.text == ","]
        k = bisect_left(self._commas, i)
        return self._commas[k] if k < len(self._commas) else self.n

    def inside_quote(self, i: int) -> bool:
        return any(a < i < b for a, b in self.quote_open.items())

    def is_punct(self, i: int) -> bool:
        return 0 <= i < self.n and not self.t[i].text[:1].isalnum()

    def is_np_start(self, i: int) -> bool:
        if not 0 <= i < self.n:
            return False
        tok = self.t[i]
        w = tok.norm
        lex = self.lex
        return (w in lex.determiners or tok.text[:1].isupper() or w in lex.titles
                or w in lex.subject_pronouns or w in lex.group_nouns or tok.text[:1].isdigit())

    def end_of_content(self, i: int) -> int:
        """Sentence-final offset for a content ending at token ``i`` (drops final punctuation)."""
        j = i
        while j >= 0 and self.t[j].text in END_PUNCT | {";", ":", ","}:
            j -= 1
        return self.t[max(j, 0)].end

    def sentence_last(self) -> int:
        return self.n - 1

    # --- cue groups ---------------------------------------------------------------------------
    def groups(self) -> list[Group]:
        lex = self.lex
        out: list[Group] = []
        t = self.t
        i = 0
        while i < self.n:
            w = t[i].norm
            g = None
            if w in lex.marker_first:
                g = self._marker(i)
            if g is None and not (w in lex.relay_participles and self.norm(i + 1) in lex.agent_preps):
                readings = lex.forms.get(w)
                if readings:
                    g = self._verb_group(i, readings)
            if g is not None:
                out.append(g)
                i = max(g.last, g.verb) + 1
            else:
                i += 1
        return out

    def _marker(self, i: int) -> Group | None:
        best = None
        for words, kind in self.lex.markers_by_first.get(self.t[i].norm, ()):
            k = len(words)
            if all(self.norm(i + j) == words[j] for j in range(k)) and (best is None or k > best[0]):
                best = (k, words, kind)
        if best is None:
            return None
        k, words, kind = best
        if kind not in ("according", "according_weak"):
            return None  # relays ("cité par", "citant") are read by _find_via
        if kind == "according_weak":
            # "Pour X, …" only opens a sentence
            if i != 0 and not (i == 1 and self.t[0].text in "«“\"—–-"):
                return None
        g = Group(i, i + k - 1, i, None, kind="according")
        g.lemma = " ".join(words).replace("' ", "'")
        g.cls = "report"
        if kind == "according_weak":
            g.kind = "according_weak"
        return g

    def _verb_group(self, i: int, readings: list[CueEntry]) -> Group | None:
        lex = self.lex
        entry = None
        last = i
        for r in readings:
            if r.rest:
                if all(self.norm(i + 1 + j) == w for j, w in enumerate(r.rest)):
                    if entry is None or len(r.rest) > len(entry.rest):
                        entry, last = r, i + len(r.rest)
        if entry is None:
            singles = [r for r in readings if not r.rest]
            if not singles:
                return None
            entry = singles[0]
        g = Group(i, last, i, entry)
        # walk left over auxiliaries, adverbs, clitics
        j = i - 1
        first = i
        seen_aux = False
        while j >= 0:
            w = self.norm(j)
            if w in lex.inversion_clitics:
                g.clitic = j
            elif w in lex.auxiliaries:
                seen_aux = True
                if w in lex.passive_aux and not g.aux and self.norm(j - 1) not in ("s'", "se"):
                    g.passive = True
                g.aux = True
            elif w in lex.adverbs or w in lex.negation:
                pass
            elif self._adverb_phrase_ending(j):
                j -= self._adverb_phrase_ending(j)
                continue
            elif w in lex.object_clitics and (j + 1 == first or self.norm(j + 1) in lex.auxiliaries):
                first = j
                j -= 1
                continue
            else:
                break
            if w in lex.auxiliaries or w in lex.inversion_clitics:
                first = j
            j -= 1
        # adverbs are kept only between an auxiliary and the verb
        g.first = first
        if not seen_aux:
            g.passive = False
        # inversion clitic right after the verb: dit-elle, confirme-t-on
        k = g.last + 1
        if self.norm(k) in lex.inversion_clitics:
            g.clitic = k
            g.last = k
        # a form right after a determiner is a noun ("l'annonce", "the report")
        prev = self.norm(g.first - 1)
        if not g.aux and prev in lex.determiners and prev not in lex.object_clitics:
            return None
        if self.fr and not g.aux and prev in ("de", "d'", "à", "pour", "sans", "par"):
            # infinitive after a preposition ("pour justifier"), not a cue of its own
            if not (self.t[i].norm.endswith(("ant",))):
                return None
        if not self.fr and prev == "to" and g.first == i:
            return None
        if self._negated(g):
            return None
        # an infinitive stands as a cue only after a light verb ("faire dire")
        w = self.t[i].norm
        if self.fr and w == entry.lemma.split()[0] and w.endswith(("er", "ir", "re")) and not g.aux:
            if prev not in lex.light_verbs:
                return None
        if not self.fr and not g.aux and w == entry.lemma.split()[0] and prev in lex.determiners:
            return None
        return g

    def _adverb_phrase_ending(self, j: int) -> int:
        for ph in self.lex.adverb_phrases_by_last.get(self.norm(j), ()):
            k = len(ph)
            if j - k + 1 >= 0 and all(self.norm(j - k + 1 + m) == ph[m] for m in range(k)):
                return k
        return 0

    def _negated(self, g: Group) -> bool:
        neg = self.lex.negation
        for j in range(g.first, g.last + 1):
            if self.norm(j) in neg:
                return True
        if self.fr and self.norm(g.first - 1) in ("ne", "n'"):
            return True
        return self.fr and self.norm(g.last + 1) in ("pas", "jamais", "guère", "point", "nullement")

    # --- noun phrases -------------------------------------------------------------------------
    def np_right(self, k: int, limit: int | None = None) -> tuple[int, int] | None:
        """Token range of a noun phrase starting at or after ``k`` (time words skipped)."""
        lex = self.lex
        limit = self.n if limit is None else limit
        while k < limit and (self.norm(k) in lex.time_words or self.norm(k) in lex.adverbs) \
                and not self.t[k].text[:1].isupper() and self.norm(k) not in lex.determiners:
            k += 1
        if k >= limit or not self.is_np_start(k) and not self._is_name_like(k):
            return None
        if self.norm(k) in lex.boundaries and self.norm(k) not in lex.determiners \
                or self.norm(k) in lex.complementizers:
            return None
        j = k
        while j < limit and j - k < MAX_NP:
            tok = self.t[j]
            w = tok.norm
            if tok.text in PUNCT_STOP and not (tok.text == "." and j > k and self.abbrev_period(j)):
                break
            if j > k and (w in lex.boundaries or w in lex.stop_preps or w in lex.auxiliaries
                          or w in lex.forms and not tok.text[:1].isupper()
                          and self.norm(j - 1) not in lex.determiners):
                break
            if j > k and w in lex.time_words and w not in lex.determiners and w not in lex.np_preps \
                    and not tok.text[:1].isupper():
                break
            if j > k and w in lex.accusation_preps and self.infinitive_at(j + 1):
                break
            j += 1
        while j > k and self.norm(j - 1) in lex.np_preps | lex.determiners:
            j -= 1
        return (k, j - 1) if j > k else None

    def infinitive_at(self, i: int) -> bool:
        """Does an infinitive clause start at token ``i`` ("de livrer", "d'avoir", "of having")?"""
        if not 0 <= i < self.n:
            return False
        tok = self.t[i]
        w = tok.norm
        if w in self.lex.infinitive_heads or w in self.lex.object_clitics and self.infinitive_at(i + 1):
            return True
        if not self.fr:
            return w.endswith("ing")
        return tok.text[:1].islower() and len(w) > 3 and (w.endswith(("er", "ir", "oir")) or w in self.lex.forms)

    def bare_np(self, k: int, limit: int) -> tuple[int, int] | None:
        """A noun phrase without determiner ("by prosecutors", "par des experts" is not bare): lowercase words
        up to a preposition, punctuation or verb."""
        lex = self.lex
        j = k
        while j < limit and j - k < 4 and self.t[j].text[:1].isalpha() and self.norm(j) not in lex.stop_preps \
                and self.norm(j) not in lex.accusation_preps and self.norm(j) not in lex.boundaries \
                and self.norm(j) not in lex.auxiliaries and self.norm(j) not in lex.forms:
            j += 1
        return (k, j - 1) if j > k else None

    def _is_name_like(self, i: int) -> bool:
        return 0 <= i < self.n and self.t[i].text[:1].isupper()

    def np_left(self, k: int, floor: int = 0) -> tuple[int, int] | None:
        """Token range of the noun phrase ending right before token ``k`` (a subject)."""
        lex = self.lex
        j = k - 1
        while j >= floor and self.norm(j) in lex.adverbs and not self.t[j].text[:1].isupper() \
                and self.norm(j) not in lex.subject_pronouns:
            j -= 1
        if j >= floor and self.t[j].text == ")":
            # a parenthesis after a name: "Tom Reyes (D-Ore.) said" — the name is before it
            m = j - 1
            while m >= floor and j - m < 8 and self.t[m].text != "(":
                m -= 1
            if m >= floor and self.t[m].text == "(":
                j = m - 1
        end = j
        if end >= floor and self.norm(end) in lex.subject_pronouns:
            return (end, end)
        while j >= floor and end - j < MAX_NP:
            tok = self.t[j]
            w = tok.norm
            if tok.text in PUNCT_STOP:
                if tok.text == "." and j > floor and self.abbrev_period(j):
                    j -= 1
                    continue
                break
            if w in lex.boundaries and w not in lex.determiners:
                break
            if w in lex.auxiliaries and j != end and w != "'s":
                break
            if w in lex.forms and j != end and not tok.text[:1].isupper() \
                    and self.norm(j - 1) not in lex.determiners:
                break
            if w in lex.time_words and w not in lex.determiners and j != end and not tok.text[:1].isupper():
                break
            if w in lex.sentence_adverbs and j < end:
                break
            j -= 1
        start = j + 1
        if start > end:
            return None
        if end - start + 1 >= MAX_NP:
            # too long to be one phrase: keep the tail from its last determiner or name
            for m in range(end, start - 1, -1):
                if self.norm(m) in lex.determiners or self.t[m].text[:1].isupper():
                    start = m
                    if self.norm(m) in lex.determiners:
                        break
        # drop leading conjunction-like words
        while start <= end and self.norm(start) in lex.sentence_adverbs:
            start += 1
        if start > end:
            return None
        if not (self.is_np_start(start) or self.norm(start) in lex.stressed_pronouns):
            # "renvoyé le trésorier": the phrase starts at its determiner or name
            for m in range(start + 1, end + 1):
                if self.is_np_start(m) or self.norm(m - 1) in ("au", "aux", "du", "des", "of"):
                    start = m
                    break
        first = self.t[start]
        # a subject starts with a determiner, a name, a title, a pronoun or a group noun
        if not (self.is_np_start(start) or first.norm in lex.stressed_pronouns):
            return None
        return (start, end)

    def with_apposition(self, np: tuple[int, int]) -> tuple[int, int]:
        """Where the language's convention wants it, extend a name over its closing apposition:
        "said Ann Lee, director of the institute." (up to the sentence end)."""
        if not self.lex.source_apposition or self.norm(np[1] + 1) != "," or not self.is_np_start(np[1] + 2):
            return np
        j = np[1] + 2
        while j < self.n and j - np[1] < 25 and self.t[j].text not in END_PUNCT:
            if self.t[j].text in PUNCT_STOP and self.t[j].text != ",":
                return np
            j += 1
        if j >= self.n or self.t[j].text not in END_PUNCT:
            return np
        return (np[0], j - 1)

    def subject_of(self, g: Group) -> tuple[tuple[int, int] | None, str]:
        """The subject left of a verb group, resolving "qui" and appositions; (range, kind)."""
        lex = self.lex
        k = g.first
        prev = self.norm(k - 1)
        if prev in ("qui", "who"):
            # relative clause: its antecedent is the phrase before "qui" (", qui" or "X qui")
            m = k - 2
            if self.norm(m) == ",":
                m -= 1
            np = self.np_left(m + 1)
            return (np, "np") if np else (None, "none")
        if prev == ",":
            np2 = self.np_left(k - 1)
            if np2 and self.norm(np2[0] - 1) == ",":
                np1 = self.np_left(np2[0] - 1)
                if np1:
                    if lex.source_apposition:
                        return (np1[0], np2[1]), "np"
                    if self.t[np2[0]].text[:1].isupper() and self.norm(np2[0]) not in lex.determiners:
                        return np2, "np"
                    return np1, "np"
            # a longer incise between commas: "X, who served as …, said" / "X, chairman of …, said"
            j = k - 2
            while j > 0 and k - j < 40 and self.t[j].text not in END_PUNCT and self.t[j].text not in QUOTE_CHARS:
                if self.t[j].text == ",":
                    inner = self.norm(j + 1)
                    if inner in ("qui", "who", "which") or inner in lex.determiners or inner in lex.titles \
                            or self.t[j + 1].text[:1].isupper() or not self.fr:
                        np1 = self.np_left(j)
                        if np1:
                            return ((np1[0], k - 2) if lex.source_apposition else np1), "np"
                    break
                j -= 1
            return None, "none"
        np = self.np_left(k)
        if np is None:
            return None, "none"
        if np[0] == np[1] and self.norm(np[0]) in lex.subject_pronouns:
            return np, "pronoun"
        return np, "np"

    # --- spans --------------------------------------------------------------------------------
    def span(self, a: int, b: int) -> tuple[int, int]:
        return (self.t[a].start, self.t[b].end)

    def clitic_span(self, i: int) -> tuple[int, int]:
        tok = self.t[i]
        pron = self.lex.inversion_clitics.get(tok.norm, tok.norm.lstrip("-"))
        return (tok.end - len(pron), tok.end)


def _content_form(text: str, content: tuple[int, int], quotes: list[tuple[int, int]],
                  skip: list[tuple[int, int]]) -> str:
    if not quotes:
        return "indirect"
    s, e = content
    covered = bytearray(e - s)
    for a, b in quotes + skip:
        for x in range(max(a, s), min(b, e)):
            covered[x - s] = 1
    for x in range(s, e):
        if not covered[x - s] and text[x].isalnum():
            return "mixed"
    return "direct"


def sentence_candidates(doc: Document, sent: Sentence, lex: Lexicon) -> list[Candidate]:
    """Every candidate attribution of one sentence."""
    if not sent.tokens:
        return []
    if not sent.quotes and not doc.parsed:
        # most sentences hold no cue at all: say so before building the analysis state
        forms, markers = lex.forms, lex.marker_first
        if not any(t.norm in forms or t.norm in markers for t in sent.tokens) and not _line_start(doc, sent):
            return []
    S = _S(doc, sent, lex)
    groups = S.groups()
    cands: list[Candidate] = []
    parsed = syntax.parsed(S)
    for gi, g in enumerate(groups):
        nxt = groups[gi + 1].first if gi + 1 < len(groups) else S.n
        c = None
        if g.kind in ("according", "according_weak"):
            c = _according(S, g, cands)
        elif g.passive and g.cls in ("accuse", "deny"):
            c = _passive(S, g, nxt)
        elif g.cls == "accuse" and not g.aux and S.norm(g.verb + 1) in lex.accusation_preps | lex.agent_preps \
                and S.t[g.verb].norm.endswith(("é", "ée", "és", "ées", "ed")):
            c = _passive(S, g, nxt)  # reduced passive: "… accusé de …"
        else:
            c = _verb(S, g, nxt, cands)
        if parsed and g.kind == "verb":
            c = _with_parse(S, g, c)
        if c is not None:
            c.group = g
            _find_via(S, g, c, nxt)
            cands.append(c)
            if c.cue and c.frame in ("post", "according_post", "rel_denial"):
                S.floor = max(S.floor, S.next_comma(S.index_after(c.cue[1])) + 1)
    label = _speaker_label(S)
    if label is not None:
        cands.insert(0, label)
    _bare_quotes(S, cands)
    return cands




def _with_parse(S: _S, g: Group, c: Candidate | None) -> Candidate | None:
    """Complete a surface reading with the dependency tree (see :mod:`claimtrack.syntax`).

    The tree recovers a cue the surface frames could not read (coordinated verbs, subjects far from
    their verb) and gives a source where the surface found none; it does not overrule a surface source:
    measured on French dev, overruling helps with gold trees only as much as filling does, and a
    predicted parse's errors then cost more than they fix (docs/backends.md).
    """
    src, kind = syntax.source_of(S, g)
    if c is None:
        if src is None or (g.entry and g.entry.weak):
            return None
        content = syntax.content_of(S, g)
        if content is None or content[0] <= g.verb <= content[1]:
            return None
        if S.inside_quote(g.first) and S.norm(src[0]) in S.lex.subject_pronouns \
                and S.lex.subject_pronouns[S.norm(src[0])] in ("1", "1p", "2"):
            return None  # the quoted speaker's own words
        act = ACT_OF_CLASS.get(g.cls, "statement")
        c = Candidate(act, S.span(*content), S.span(*src), S.span(g.first, g.last), g.lemma, S.sent.index,
                      0.6, "parse", g)
        c.source_kind = "pronoun" if kind == "pronoun" else "np"
        if g.cls == "accuse":
            tgt = syntax.target_of(S, g)
            c.target = S.span(*tgt) if tgt else None
        return c
    if src is not None and (c.source is None or c.weak_source) \
            and c.frame not in ("passive", "according_pre", "according_post"):
        c.source = S.span(*src)
        c.source_kind = "pronoun" if kind == "pronoun" else "np"
    return c


def _line_start(doc: Document, sent: Sentence) -> bool:
    b = sent.start
    return b <= doc.lead or "\n" in doc.text[max(0, b - 3):b]


def _speaker_label(S: _S) -> Candidate | None:
    """A line opening with a name and a colon: "WALLACE: …", "Trump: …" (headlines, transcripts)."""
    text = S.text
    if not _line_start(S.doc, S.sent):
        return None
    k = 0
    while k < S.n and k < 5 and S.t[k].text != ":":
        tok = S.t[k]
        if not (tok.text[:1].isupper() or tok.text == "." and k > 0 and S.norm(k - 1) in S.lex.titles):
            return None
        k += 1
    if k == 0 or k >= S.n - 1 or S.t[k].text != ":" or k >= 5:
        return None
    if S.norm(0) in S.lex.determiners or S.norm(0) in S.lex.marker_first:
        return None
    line_end = text.find("\n", S.t[k].end)
    line_end = len(text) if line_end < 0 else line_end
    s = S.t[k + 1].start
    e = line_end
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s:
        return None
    c = Candidate("statement", (s, e), S.span(0, k - 1), S.span(k, k), ":", S.sent.index, 0.6, "label")
    return c


def _region_start(S: _S, before_tok: int, cands: list[Candidate]) -> int:
    """First token of content that ends before token ``before_tok`` (after a colon, a prior claim)."""
    # content after an earlier incise in the same sentence starts after the comma that ends it
    start = S.floor if S.floor < before_tok else 0
    for i in range(before_tok - 1, start - 1, -1):
        if S.t[i].text in (":", ";") and i not in S.quote_close:
            # a colon opening the content ("Titre : une opération « inédite », estiment …")
            if not S.inside_quote(i):
                start = i + 1
                break
    while start < before_tok and S.norm(start) in ("—", "–", "-"):
        start += 1
    return start


def _relative_denial_at(S: _S, j: int) -> bool:
    """Does a relative denial start at token ``j`` (", ce que X dément", ", which X denies")?"""
    lex = S.lex
    for pat in lex.relative_objects:
        if all(S.norm(j + m) == pat[m] for m in range(len(pat))):
            for m in range(j + len(pat), min(j + len(pat) + 6, S.n)):
                if any(r.cls == "deny" for r in lex.forms.get(S.norm(m), ())):
                    return True
    return False


def _content_after(S: _S, k: int, nxt: int, to_comma: bool = False) -> tuple[int, int] | None:
    """Content from token ``k`` to the end of its clause.

    The clause ends at the sentence end, a semicolon, the incise or relative denial that follows
    (", selon X", ", ce que X dément"), a coordinated next cue (", et a ajouté"), the end of the
    quote it starts in, or (``to_comma``) the first comma: "Si X estime que P, Q".
    """
    if k >= S.n:
        return None
    last = S.n - 1
    # inside a closed quote: stop at its closing mark
    for a, b in S.quote_open.items():
        if a < k <= b:
            last = min(last, b - 1)
    # a coordinated next cue: "…, et a révélé …" / "… and added …"
    if nxt < S.n:
        p = nxt - 1
        if S.norm(p) in S.lex.coordinators:
            p -= 1
            if S.norm(p) == ",":
                p -= 1
            last = min(last, p)
    end = last
    j = k
    while j <= last:
        tok = S.t[j]
        if j in S.quote_open:
            j = S.quote_open[j] + 1
            end = min(j - 1, last)
            continue
        if tok.text == ";" or j > k and tok.norm in S.lex.channel_preps and any(
                S.norm(m) in S.lex.channel_nouns for m in range(j + 1, min(j + 4, S.n))):
            end = j - 1  # "… dans un communiqué" / "… in a statement" is the channel, not the content
            break
        if tok.text == ",":
            w1, w2 = S.norm(j + 1), S.norm(j + 2)
            if to_comma or _relative_denial_at(S, j + 1) or w1 in ("selon", "according") \
                    or j + 1 == nxt or (w1 in S.lex.determiners and w2 in S.lex.anaphoric_objects
                                        and _appositive_object(S, j + 3 + (S.norm(j + 3) == "that")) >= 0):
                end = j - 1
                break
        end = j
        j += 1
    if end < k:
        return None
    e = S.end_of_content(end)
    s = S.t[k].start
    if e <= s:
        return None
    return (s, e)


def _incise_source(S: _S, g: Group, nxt: int) -> tuple[tuple[int, int] | None, int, str]:
    """Source of an incise cue: its inversion clitic or the inverted subject after it.

    Returns (span, last token of the source, kind). A ", selon X," incise between the cue and
    its subject is stepped over: "ont déclaré, selon la radio, des élus".
    """
    if g.clitic is not None:
        return S.clitic_span(g.clitic), max(g.clitic, g.last), "pronoun"
    after = g.last + 1
    np = S.np_right(after, nxt)
    if np is None and S.norm(after) == "," and S.norm(after + 1) in S.lex.marker_first:
        j = after + 1
        while j < S.n and S.norm(j) != ",":
            j += 1
        np = S.np_right(j + 1, S.n) if j < S.n else None
    if np is None:
        return None, -1, "none"
    after_np = np[1] + 1
    if after_np < S.n and not (S.t[after_np].text in PUNCT_STOP or S.norm(after_np) in S.lex.stop_preps
                               or S.norm(after_np) in S.lex.time_words or S.norm(after_np) in S.lex.adverbs
                               or S.norm(after_np) in S.lex.coordinators):
        return None, -1, "none"  # "…, said the report was incomplete": a clause, not an inverted subject
    kind = "pronoun" if np[0] == np[1] and S.norm(np[0]) in S.lex.subject_pronouns else "np"
    np = S.with_apposition(np)
    return S.span(*np), np[1], kind


def _incise(S: _S, g: Group, nxt: int, cands: list[Candidate], act: str, cue, weak: bool) -> Candidate | None:
    """ "…, a affirmé X" / "« … », dit-elle" / "« A », a-t-il dit, « B »" / "En mars, a-t-elle dit, P"."""
    t = S.t
    src, src_end, src_kind = _incise_source(S, g, nxt)
    if src is None:
        return None
    cend = g.first - 1
    if t[cend].text == ",":
        cend -= 1
    start = _region_start(S, cend + 1, cands)
    if cend < start:
        return None
    quoted_end = cend in S.quote_close
    if quoted_end:
        qs = S.quote_close[cend]
        # "Il meurt, « … », avait-il dit": a quote set off by a comma is the content by itself
        if qs > start and S.norm(qs - 1) == ",":
            start = qs
    s, e = t[start].start, t[cend].end
    k = src_end + 1
    if S.norm(k) == "," and k + 1 < S.n:
        if k + 1 in S.quote_open and quoted_end:
            e = t[S.quote_open[k + 1]].end  # the quote goes on after the incise
        elif cend - start <= 3 and not quoted_end and g.clitic is not None and \
                (S.norm(start) in S.lex.stop_preps | S.lex.time_words | {"en"} or t[start].text[:1].isdigit()):
            tail = _content_after(S, k + 1, S.n)  # short lead-in: the incise sits inside the claim
            if tail:
                e = tail[1]
    if e <= s:
        return None
    conf = 0.9 if quoted_end else 0.8
    if weak:
        conf -= 0.15 if (quoted_end or g.clitic is not None) else 0.35
    c = Candidate(act, (s, e), src, cue, g.lemma, S.sent.index, conf, "post", g)
    c.source_kind = src_kind
    return c


def _post_subject(S: _S, g: Group, np: tuple[int, int], kind: str, cands: list[Candidate], act: str, cue,
                  weak: bool) -> Candidate | None:
    """Subject and cue after the content: "“A,” she said (in an interview)", "“A,” she said, “B”",
    "P, officials said.", and the incise in the middle: "After a year, Mr. X said, P"."""
    lex = S.lex
    t = S.t
    tail_words = lex.channel_preps | lex.stop_preps | lex.addressee_preps
    if not S.fr:
        tail_words = tail_words | lex.subordinators
    rest = g.last + 1
    while rest < S.n and (S.norm(rest) in lex.time_words or S.norm(rest) in lex.adverbs):
        rest += 1
    if S.norm(rest) in lex.complementizers:
        return None
    # a trailing phrase after the cue: "said at a meeting in Pellston, Ore.,"
    pp_end = rest
    if S.norm(rest) in tail_words and not S.fr or S.norm(rest) == "," and S.norm(rest + 1) in tail_words:
        j = rest + (1 if S.norm(rest) == "," else 0)
        while j < S.n and t[j].text not in END_PUNCT and j not in S.quote_open and j - rest < 25:
            if t[j].text == "," and (j + 1 in S.quote_open or S.norm(j + 1) not in tail_words and
                                     not t[j + 1].text[:1].isupper()):
                break
            j += 1
        pp_end = j
    at_end = pp_end >= S.n or t[pp_end].text in END_PUNCT
    resumes = S.norm(pp_end) == "," and pp_end + 1 in S.quote_open
    clause_after = S.norm(pp_end) == "," and pp_end + 1 < S.n and not resumes and rest == pp_end
    cend = np[0] - 1
    if t[cend].text == ",":
        cend -= 1
    quoted_before = cend in S.quote_close
    if resumes and not quoted_before:
        return None  # "…, O'Neill said, « … »": the quote after the cue is the content
    coordinated = S.norm(pp_end) == "," and S.norm(pp_end + 1) in lex.coordinators
    if quoted_before and not S.fr and S.norm(pp_end) == "," and not resumes:
        at_end, clause_after = True, False  # "“A,” she said, adding …": the quote is the claim whatever follows
    elif coordinated:
        at_end, clause_after = True, False  # "P, the office said in a memo, and Q"
    if not (at_end or resumes or clause_after):
        return None
    start = _region_start(S, cend + 1, cands)
    if cend < start:
        return None
    s, e = t[start].start, t[cend].end
    conf = 0.85 - (0.3 if weak else 0)
    if resumes and cend in S.quote_close:
        e = t[S.quote_open[pp_end + 1]].end  # "“A,” she said, “B.”": one claim
    elif clause_after:
        if cend in S.quote_close or cend - start > 6:
            return None  # a full clause on each side: not an incise
        more = _content_after(S, pp_end + 1, S.n)
        if more is None:
            return None
        adverbial = S.norm(start) in lex.stop_preps | lex.time_words | lex.subordinators or t[start].text[:1].isdigit()
        # "After a year in office, Mr. X said, a majority …": the claim is what follows the incise;
        # "The council, a spokesman said, would meet …": the incise sits inside the claim
        s, e = (more[0] if adverbial else s), more[1]
        conf -= 0.1
    c = Candidate(act, (s, e), S.span(*np), cue, g.lemma, S.sent.index, conf, "post_subject", g)
    c.source_kind = kind
    return c


def _verb(S: _S, g: Group, nxt: int, cands: list[Candidate]) -> Candidate | None:
    lex = S.lex
    t = S.t
    act = ACT_OF_CLASS.get(g.cls, "statement")
    cue = S.span(g.first, g.last)
    entry = g.entry
    weak = bool(entry and entry.weak)
    after = g.last + 1
    prevw = S.norm(g.first - 1)
    prev_is_q = g.first - 1 in S.quote_close
    participle = t[g.verb].norm.endswith("ant" if S.fr else "ing") and not g.aux
    guessed = participle  # the source is a guess (the sentence's first phrase), which a parse may correct
    if participle and prevw not in (",", "en"):
        return None  # "son message justifiant …": a modifier, not a cue
    # 1. incise after the content
    if g.first > 0 and (prevw == "," or prev_is_q) and not participle:
        c = _incise(S, g, nxt, cands, act, cue, weak)
        if c is not None:
            return c
    # 2. subject before the cue
    np, kind = S.subject_of(g)
    if participle:
        np, kind = _main_subject(S, g)
    if np is None and prevw in lex.coordinators:
        np, kind = _shared_subject(S, g, cands)
        if np is None:
            np, kind = _main_subject(S, g)
            guessed = np is not None
    if g.clitic is not None and np is None:
        return None
    if np is not None and S.inside_quote(g.first) and S.norm(np[0]) in lex.subject_pronouns \
            and lex.subject_pronouns[S.norm(np[0])] in ("1", "1p", "2"):
        return None  # "« … nous pensons que … »": the speaker's own words, not a new attribution
    if np is not None and g.cls == "deny" and np[1] - np[0] >= 2 and S.norm(np[0]) in lex.determiners \
            and S.norm(np[0] + 1) in lex.anaphoric_objects and S.norm(np[0] - 1) == ",":
        sub = np[0] + 2 + (S.norm(np[0] + 2) in ("that", "which"))
        if sub <= np[1]:
            c = Candidate(act, (t[np[0]].start, t[g.last].end), S.span(sub, np[1]), cue, g.lemma,
                          S.sent.index, 0.85, "rel_denial", g)  # ", a charge his office denies"
            c.source_kind = "pronoun" if sub == np[1] and S.norm(sub) in lex.subject_pronouns else "np"
            return c
    if np is not None and g.cls == "deny":
        for pat in lex.relative_objects:
            k0 = np[0] - len(pat)
            if k0 >= 0 and all(S.norm(k0 + m) == pat[m] for m in range(len(pat))) or \
                    pat == lex.relative_objects[0] and (k0 := _appositive_object(S, np[0])) >= 0:
                c = Candidate(act, (t[k0].start, t[g.last].end), S.span(*np), cue, g.lemma, S.sent.index,
                              0.85, "rel_denial", g)
                c.source_kind = kind
                return c
    # content before, subject after it: "…, officials said." / "« … », le ministre l'a confirmé."
    if np is not None and np[0] > 0 and (S.norm(np[0] - 1) == "," or np[0] - 1 in S.quote_close):
        c = _post_subject(S, g, np, kind, cands, act, cue, weak)
        if c is not None:
            return c
    # 3. content after the cue
    to_comma = np is not None and S.norm(np[0] - 1) in lex.subordinators
    k = after
    addressee = None
    while k < S.n:
        w = S.norm(k)
        if (w in lex.adverbs or w in lex.time_words) and w not in lex.complementizers \
                and not t[k].text[:1].isupper() and w not in lex.determiners:
            k += 1
        elif w in ("en", "in") and (S.norm(k + 1) in lex.time_words or t[k + 1 if k + 1 < S.n else k].text.isdigit()):
            k += 2  # "en mai", "in 2004"
        else:
            break
    causative = S.fr and prevw in ("faire", "fait", "font", "faisait", "fera", "ferait")
    if causative:
        np, kind = None, "none"  # "faire dire à X que …": X says, not the subject of "faire"
    # addressee before a complement: "a confié aux enquêteurs que", "faire dire aux syndicats que", "told them that"
    if (S.norm(k) in lex.stop_preps | lex.addressee_preps or S.norm(k) == ",") and k + 1 in S.quote_open:
        k += 1  # "insiste sur « … »", "She continued, “…”"
    elif S.norm(k) in lex.addressee_preps or S.norm(k) in lex.stop_preps and S.fr or \
            (not S.fr and g.lemma in ("tell", "inform", "assure", "remind", "warn", "brief")):
        j = k + (1 if S.norm(k) in lex.addressee_preps or S.norm(k) in lex.stop_preps else 0)
        while j < S.n and S.norm(j) in lex.time_words and S.norm(j) not in lex.determiners:
            j += 1
        np2 = S.np_right(j, min(S.n, j + 10)) if j < S.n else None
        if np2 is None and S.fr and S.norm(j) in lex.time_words | lex.stop_preps:
            # "faire dire en juin aux syndicats que": a time phrase, then the addressee
            j2 = j + 1
            while j2 < S.n and S.norm(j2) in lex.time_words | lex.stop_preps:
                j2 += 1
            np2 = S.np_right(j2, min(S.n, j2 + 10))
        if np2 and (S.norm(np2[1] + 1) in lex.complementizers or S.norm(np2[1] + 1) == ":"
                    or not S.fr and np2[1] + 1 < S.n and S.t[np2[1] + 1].text[:1].isalpha()):
            addressee = np2
            k = np2[1] + 1
            if S.fr and np is None and S.norm(g.first - 1) in ("faire", "fait", "font", "faisait"):
                np, kind = addressee, "np"  # causative: "faire dire à X que" — X says
                addressee = None
    w = S.norm(k)
    content = None
    frame = None
    conf = 0.8
    if w in lex.complementizers:
        content = _content_after(S, k + 1, nxt, to_comma)
        frame = "que"
    elif w == ":":
        content = _content_after(S, k + 1, nxt, to_comma)
        frame = "colon"
        conf = 0.85 if (k + 1) in S.quote_open else 0.7
    elif k in S.quote_open:
        content = _content_after(S, k, nxt, to_comma)
        frame = "quote"
        conf = 0.8
    elif g.cls == "accuse" and entry and not g.passive:
        # "X a accusé Y de P" / "vous m'accusez de P"
        j = k
        np2 = S.np_right(k, nxt)
        if np2:
            j = np2[1] + 1
        if S.norm(j) in lex.accusation_preps:
            content = _content_after(S, j + 1, nxt, to_comma)
            if content:
                c = _mk(S, g, act, content, np, kind, cue, 0.8, "accuse_active")
                if np2:
                    c.target = S.span(*np2)
                elif S.norm(g.first) in lex.object_clitics:
                    c.target = S.span(g.first, g.first)
                return c
        if entry.object and np2:
            content = _content_after(S, k, nxt, to_comma)
            frame = "object"
            conf = 0.65
    elif S.infinitive_at(k) and S.norm(k) in lex.infinitive_heads or \
            (S.fr and S.norm(k) in ("de", "d'") and S.infinitive_at(k + 1)):
        content = _content_after(S, k, nxt, to_comma)
        frame = "infinitive"
        conf = 0.6
    elif entry and (entry.object or g.cls == "deny") and S.is_np_start(k) and \
            S.norm(k) not in lex.subject_pronouns and not (g.cls == "deny" and S.norm(k) in lex.indefinites):
        content = _content_after(S, k, nxt, to_comma)
        frame = "object"
        conf = 0.45 if g.cls == "report" else 0.7
    elif not S.fr and k < S.n and (t[k].text[:1].isalnum()) and S.norm(k) not in lex.stop_preps \
            and S.norm(k) not in ("to", "about", "so", "it", "nothing", "something", "anything", "yes", "no") \
            and (np is not None) and g.cls == "report":
        content = _content_after(S, k, nxt, to_comma)
        frame = "bare_clause"
        conf = 0.55
    if content is None:
        return None
    if np is None and frame in ("object", "infinitive"):
        return None  # "Asked about the fire, …": without a subject an object is no claim
    if weak and frame not in ("que", "quote", "colon"):
        return None
    if weak:
        conf -= 0.15
    if np is None:
        conf -= 0.2
    c = _mk(S, g, act, content, np, kind, cue, conf, frame)
    c.weak_source = guessed
    if addressee and _media_like(S, addressee):
        c.via.append(S.span(*addressee))
    if g.cls == "deny" and S.norm(k) in lex.anaphoric_dets and S.norm(k + 1) in lex.anaphoric_objects:
        c.anaphoric = True  # "a démenti ces accusations": the object points back at an earlier claim
    return c


def _appositive_object(S: _S, k: int) -> int:
    """Start of ", a charge (that) X denies" ending before token ``k``, else -1."""
    j = k - 1
    if S.norm(j) in S.lex.complementizers or S.norm(j) in ("which", "that"):
        j -= 1
    if S.norm(j) in S.lex.anaphoric_objects and S.norm(j - 1) in S.lex.determiners | S.lex.anaphoric_dets \
            and S.norm(j - 2) == ",":
        return j - 1
    return -1


def _main_subject(S: _S, g: Group) -> tuple[tuple[int, int] | None, str]:
    """Subject of the sentence's main clause, for a participle cue: "X a réagi, affirmant que …"."""
    lex = S.lex
    j = 0
    while j < g.first and (S.t[j].text in PUNCT_STOP or S.norm(j) in lex.sentence_adverbs):
        j += 1
    if S.norm(j) in lex.stop_preps or S.norm(j) in lex.channel_preps or S.norm(j) in ("en", "in"):
        # a leading adverbial ("Au Yémen, des manifestants …"): the subject comes after its comma
        c = S.next_comma(j)
        if c >= g.first:
            return None, "none"
        j = c + 1
    k = j
    while k < g.first and S.t[k].text not in PUNCT_STOP and S.norm(k) not in lex.auxiliaries \
            and S.norm(k) not in lex.forms and k - j < MAX_NP:
        k += 1
    if k == j or not S.is_np_start(j):
        return None, "none"
    kind = "pronoun" if k - j == 1 and S.norm(j) in lex.subject_pronouns else "np"
    return (j, k - 1), kind


def _shared_subject(S: _S, g: Group, cands: list[Candidate]) -> tuple[tuple[int, int] | None, str]:
    """A coordinated cue shares the subject of the cue before it: "X a déclaré que P, et a révélé Q"."""
    for c in reversed(cands):
        if c.sentence == S.sent.index and c.source is not None and c.group is not None \
                and c.group.last < g.first:
            by_start = {tok.start: i for i, tok in enumerate(S.t)}
            by_end = {tok.end: i for i, tok in enumerate(S.t)}
            a, b = by_start.get(c.source[0]), by_end.get(c.source[1])
            if a is not None and b is not None:
                return (a, b), c.source_kind
    return None, "none"


def _mk(S: _S, g: Group, act: str, content, np, kind, cue, conf, frame) -> Candidate | None:
    src = S.span(*np) if np else None
    c = Candidate(act, content, src, cue, g.lemma, S.sent.index, conf, frame, g)
    c.source_kind = kind if np else "none"
    return c


def _media_like(S: _S, np: tuple[int, int]) -> bool:
    words = " ".join(S.t[i].norm for i in range(np[0], np[1] + 1))
    lex = S.lex
    if any(w in lex.agencies or w in lex.media for w in (words, words.split(" ", 1)[-1])):
        return True
    return any(S.t[i].norm in lex.org_heads and lex.org_heads[S.t[i].norm] == "media"
               for i in range(np[0], np[1] + 1))


def _passive(S: _S, g: Group, nxt: int) -> Candidate | None:
    """ "X est accusé par Y de P", "accusé de P", "les revendications ont été rejetées par Y"."""
    lex = S.lex
    act = ACT_OF_CLASS.get(g.cls, "statement")
    k = g.last + 1
    source = None
    if S.norm(k) in lex.agent_preps:
        np = S.np_right(k + 1, nxt) or S.bare_np(k + 1, nxt)
        if np:
            source = np
            k = np[1] + 1
    subj, kind = S.subject_of(g)
    if S.norm(k) in lex.accusation_preps and g.cls == "accuse":
        content = _content_after(S, k + 1, nxt)
        if content is None:
            return None
        cue_end = g.last + 1 if source else g.last  # "est accusé par"
        c = Candidate(act, content, S.span(*source) if source else None, S.span(g.first, cue_end), g.lemma,
                      S.sent.index, 0.8 if source else 0.75, "passive", g)
        c.source_kind = "np" if source else "none"
        if subj:
            c.target = S.span(*subj)
        return c
    if g.cls == "deny" and source and subj:
        c = Candidate(act, S.span(*subj), S.span(*source), S.span(g.first, g.last), g.lemma, S.sent.index,
                      0.75, "passive_deny", g)
        return c
    return None


def _according(S: _S, g: Group, cands: list[Candidate]) -> Candidate | None:
    """ "Selon X, P" / "P, selon X" / "P, selon X, Q" / "according to X"."""
    lex = S.lex
    t = S.t
    k = g.last + 1
    np = S.np_right(k)
    if np is None:
        if S.norm(k) in lex.stressed_pronouns:
            np = (k, k)
        else:
            return None
    # the source runs to the next comma (or a quote / end): "selon un élu installé à Valbonne"
    j = np[1] + 1
    while j < S.n and t[j].text not in PUNCT_STOP and j - np[0] < MAX_NP:
        j += 1
    if j < S.n and t[j].text not in PUNCT_STOP:
        j = np[1] + 1
    src_end = j - 1
    src = S.span(np[0], src_end)
    lemma = g.lemma
    cue = S.span(g.first, g.last)
    at_start = g.first == 0 or all(not S.t[i].text[:1].isalnum() for i in range(g.first))
    if at_start or (g.first > 0 and S.norm(g.first - 1) not in (",", "(") and g.kind == "according_weak"):
        if S.norm(src_end + 1) != ",":
            return None
        content = _content_after(S, src_end + 2, S.n)
        if content is None:
            return None
        if g.kind == "according_weak":
            ok = S.t[np[0]].text[:1].isupper() or S.norm(np[0]) in lex.stressed_pronouns
            if not ok or src_end - np[0] > 4:
                return None
        c = Candidate("statement", content, src, cue, lemma, S.sent.index,
                      0.9 if g.kind == "according" else 0.55, "according_pre", g)
    else:
        if g.kind == "according_weak":
            return None
        prev = g.first - 1
        if S.norm(prev) != ",":
            # "éprouve, selon X « … »" is handled the same; anything else is a phrase, not an attribution
            if prev not in S.quote_close:
                return None
        cend = prev - 1 if S.norm(prev) == "," else prev
        start_tok = _region_start(S, cend + 1, cands)
        if cend < start_tok:
            return None
        s = t[start_tok].start
        e = t[cend].end
        tail = src_end + 1
        if tail < S.n and t[tail].text not in END_PUNCT:
            # material after "selon X": the claim spans the whole sentence
            more = _content_after(S, tail + (1 if S.norm(tail) == "," else 0), S.n)
            if more:
                e = more[1]
        c = Candidate("statement", (s, e), src, cue, lemma, S.sent.index, 0.85, "according_post", g)
    c.source_kind = "pronoun" if S.norm(np[0]) in lex.stressed_pronouns else "np"
    return c


def _find_via(S: _S, g: Group, c: Candidate, nxt: int) -> None:
    """Relaying channels after the cue: "cité par X", "dans un communiqué", "told Reuters"."""
    lex = S.lex
    k = g.last + 1
    lim = min(S.n, nxt if nxt > k else S.n)
    while k < lim:
        w = S.norm(k)
        if w in lex.relay_participles and S.norm(k + 1) in lex.agent_preps:
            np = S.np_right(k + 2, S.n)
            if np:
                c.via.append(S.span(*np))
                k = np[1] + 1
                continue
        if w in lex.channel_preps:
            np = S.np_right(k + 1, S.n)
            if np and any(S.norm(i) in lex.channel_nouns for i in range(np[0], np[1] + 1)):
                c.via.append(S.span(*np))
                k = np[1] + 1
                continue
        k += 1


def _bare_quotes(S: _S, cands: list[Candidate]) -> None:
    """Quotes no cue claims: a long quote (or a quote standing as the sentence) is a bare claim."""
    covered = [c.content for c in cands]
    for q in S.sent.quotes:
        if any(a <= q.start and q.end <= b for a, b in covered):
            continue
        if any(q.start < b and a < q.end for a, b in covered):
            continue
        sent_len = S.sent.end - S.sent.start
        whole = (q.end - q.start) >= 0.6 * sent_len
        if q.words >= 4 and (whole or q.words >= 6) or (whole and q.words >= 2 and not q.closed):
            c = Candidate("statement", (q.start, q.end), None, None, "", S.sent.index,
                          0.45 if whole else 0.35, "bare", None)
            c.source_kind = "none"
            cands.append(c)
            covered.append((q.start, q.end))
        elif q.closed and q.words <= 4:
            c = Candidate("statement", (q.start, q.end), None, None, "", S.sent.index, 0.3, "fragment", None)
            c.source_kind = "none"
            cands.append(c)


def content_quotes(doc: Document, sent: Sentence, content: tuple[int, int]) -> list[tuple[int, int]]:
    """Quotes of the sentence that lie inside ``content``; an unclosed quote is clipped to it."""
    out = []
    for q in sent.quotes:
        if content[0] <= q.start and q.end <= content[1]:
            out.append((q.start, q.end))
        elif not q.closed and content[0] <= q.start < content[1]:
            out.append((q.start, content[1]))
    return out


def form_of(doc: Document, sent: Sentence, c: Candidate) -> tuple[str, list[tuple[int, int]]]:
    quotes = content_quotes(doc, sent, c.content)
    skip = [x for x in (c.cue, c.source) if x]
    return _content_form(doc.text, c.content, quotes, skip), quotes
