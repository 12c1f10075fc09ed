"""The annotated-document layer: tokens, sentences and quotes with offsets into the input text.

The surface rules fill ``text``/``norm`` and offsets; a parser backend may also fill
``lemma``, ``upos``, ``head`` (index in the sentence, -1 for the root), ``deprel`` and ``ner``.
Nothing here ever rewrites the input string.
"""

from __future__ import annotations


class Token:
    """One token: a slice of the document text, plus optional parse annotations."""

    __slots__ = ("text", "start", "end", "norm", "i", "lemma", "upos", "head", "deprel", "ner")

    def __init__(self, text: str, start: int, end: int, norm: str, i: int = 0):
        self.text = text
        self.start = start
        self.end = end
        self.norm = norm  # lower-cased, typographic apostrophe folded to "'"
        self.i = i  # index in its sentence
        # parse annotations, unset until a backend fills them (one chained store: ~200k tokens per MB)
        self.lemma = self.upos = self.deprel = self.ner = None  # type: str | None
        self.head: int | None = None

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


class Quote:
    """A quoted stretch, marks included. ``closed`` is False when one of its marks is missing."""

    __slots__ = ("start", "end", "closed", "words")

    def __init__(self, start: int, end: int, closed: bool = True):
        self.start = start
        self.end = end
        self.closed = closed
        self.words = 0

    def __repr__(self) -> str:
        return f"Quote({self.start}, {self.end}, closed={self.closed})"


class Sentence:
    """A sentence: its offsets, tokens and the quotes that start in it."""

    __slots__ = ("index", "start", "end", "tokens", "quotes")

    def __init__(self, index: int, start: int, end: int, tokens: list[Token]):
        self.index = index
        self.start = start
        self.end = end
        self.tokens = tokens
        self.quotes: list[Quote] = []

    def __repr__(self) -> str:
        return f"Sentence({self.index}, {self.start}, {self.end}, {len(self.tokens)} tokens)"


class Document:
    """A text cut into sentences and tokens, in one language."""

    __slots__ = ("text", "lang", "sentences", "quotes", "parsed", "lead", "first")

    def __init__(self, text: str, lang: str, sentences: list[Sentence], quotes: list[Quote],
                 parsed: bool = False):
        self.text = text
        self.lang = lang
        self.sentences = sentences
        self.quotes = quotes
        self.parsed = parsed
        # offset of the first non-space character: what comes before it is no content
        self.lead = len(text) - len(text.lstrip())
        # a long text is read block by block: the document-wide index of this block's first sentence
        self.first = sentences[0].index if sentences else 0

    def sentence(self, index: int) -> Sentence | None:
        """The sentence with document-wide ``index``, when it is in this (block of the) document."""
        k = index - self.first
        return self.sentences[k] if 0 <= k < len(self.sentences) else None

    @property
    def span(self) -> tuple[int, int]:
        """Offsets of the text this document (or block) covers."""
        return (self.sentences[0].start, self.sentences[-1].end) if self.sentences else (0, 0)
