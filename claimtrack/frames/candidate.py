"""What a frame reader returns: the cue ``Group`` it read and the ``Candidate`` claim, offsets only.

Example: in "X a déclaré que P" the group is "a déclaré" (lemma déclarer, class report) and the
candidate has content P, source X, cue "a déclaré", frame "que".
"""

from __future__ import annotations

from ..lexicon import CueEntry
from .view import SentenceView


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


def make_candidate(S: SentenceView, g: Group, act: str, content, np, kind, cue, conf, frame) -> Candidate | None:
    if np and np[0] == np[1] and S.norm(np[0]) in S.lex.inversion_clitics:
        src = S.clitic_span(np[0])  # a source shared with an incise's clitic: "…, plaide-t-il, précisant …"
    else:
        src = S.span(*np) if np else None
    c = Candidate(act, content, src, cue, g.lemma, S.sent.index, conf, frame, g)
    c.source_kind = kind if np else "none"
    return c
