"""The sentence view every frame reader works on: tokens, closed quotes, punctuation predicates.

Example: ``SentenceView(doc, sent, lex).norm(0)`` is the lowercased first token; ``span(a, b)`` the
character offsets of tokens ``a..b``.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from ..document import Document, Sentence, Token
from ..lexicon import Lexicon
from ..segmentation import ABBREV

OPEN_Q = frozenset("«“„‹")
CLOSE_Q = frozenset("»”›")
QUOTE_CHARS = frozenset('«»“”„‹›"')
PUNCT_STOP = frozenset(",;:.!?…()[]{}«»“”„‹›\"—–")
END_PUNCT = frozenset(".!?…")
_CONTENT_END_PUNCT = END_PUNCT | {";", ":", ","}
MAX_NP = 12
_START, _END = attrgetter("start"), attrgetter("end")  # bisect keys: no list of offsets built per sentence


class _Norms(dict):
    """Token index -> norm, "" for an index outside the sentence (the readers look past both edges)."""

    def __missing__(self, i: int) -> str:
        return ""


class SentenceView:
    """One sentence under analysis, with the lexicon at hand: tokens, quote marks, small predicates.

    Example: for « Rien n'est décidé », dit-elle. ``quote_open`` maps the token of « to the token of ».
    ``norms`` are the tokens' norms when the caller has listed them already.
    """

    def __init__(self, doc: Document, sent: Sentence, lex: Lexicon, norms: list[str] | None = None):
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
        # ``norm(i)`` is called ~50 times a token: a dict's own lookup, not a Python method, answers it
        self.norm = _Norms(enumerate([t.norm for t in self.t] if norms is None else norms)).__getitem__
        self.floor = 0  # token after the last incise claimed so far: later contents start there
        self._commas: list[int] | None = None
        self._via: list[int] | None = None
        if sent.quotes:  # token offsets rise and never repeat: bisect finds a mark's token
            t, n = self.t, self.n
            for q in sent.quotes:
                a, b = bisect_left(t, q.start, key=_START), bisect_left(t, q.end, key=_END)
                if q.closed and a < n and t[a].start == q.start and b < n and t[b].end == q.end:
                    self.quote_open[a] = b
                    self.quote_close[b] = a

    def abbrev_period(self, j: int) -> bool:
        """Is the period at ``j`` the end of a title abbreviation inside a name ("M. Dupont", "Dr. Lee")?"""
        prev = self.t[j - 1] if j > 0 else None
        if prev is not None and prev.end == self.t[j].start and len(prev.text) == 1 and prev.text.isupper() \
                and j > 1 and self.t[j - 2].text[:1].isupper():
            return True  # an initial after a name: "Paul R., 49 ans"
        return (prev is not None and prev.end == self.t[j].start and prev.norm in ABBREV
                and j + 1 < self.n and self.t[j + 1].text[:1].isupper())

    def index_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.t, offset, key=_START)

    def next_comma(self, i: int) -> int:
        """Index of the first comma at or after token ``i`` (``n`` when none)."""
        if self._commas is None:
            self._commas = [k for k, tok in enumerate(self.t) if tok.text == ","]
        k = bisect_left(self._commas, i)
        return self._commas[k] if k < len(self._commas) else self.n

    def next_via_opener(self, i: int) -> int:
        """Index of the first token at or after ``i`` that can open a relaying channel ("cité par", "dans"),
        ``n`` when none."""
        if self._via is None:
            openers = self.lex.via_openers
            self._via = [k for k, tok in enumerate(self.t) if tok.norm in openers]
        k = bisect_left(self._via, i)
        return self._via[k] if k < len(self._via) else self.n

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

    def is_name_like(self, i: int) -> bool:
        return 0 <= i < self.n and self.t[i].text[:1].isupper()

    def end_of_content(self, i: int) -> int:
        """Sentence-final offset for a content ending at token ``i`` (drops final punctuation)."""
        j = i
        while j >= 0 and self.t[j].text in _CONTENT_END_PUNCT:
            j -= 1
        return self.t[max(j, 0)].end

    def sentence_last(self) -> int:
        return self.n - 1

    def span(self, a: int, b: int) -> tuple[int, int]:
        return (self.t[a].start, self.t[b].end)

    def clitic_span(self, i: int) -> tuple[int, int]:
        tok = self.t[i]
        pron = self.lex.inversion_clitics.get(tok.norm, tok.norm.lstrip("-"))
        return (tok.end - len(pron), tok.end)
