"""Claim records: frozen, slotted ``attrs`` classes and their exact JSON form.

Every span carries ``start``/``end`` code-point offsets into the input text, end exclusive,
with ``text[start:end] == span.text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

ACTS = ("statement", "accusation", "denial")
FORMS = ("direct", "mixed", "indirect")
SOURCE_TYPES = ("person", "organization", "media", "government", "group", "unknown")


def _one_of(options: tuple[str, ...]):
    """A validator: the value must be one of ``options`` (a plain function: ~14,000 records a MB are built)."""
    allowed = frozenset(options)

    def check(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
        if value not in allowed:
            raise ValueError(f"'{attribute.name}' must be in {options!r} (got {value!r})")

    return check


@attrs.frozen
class Span:
    """A stretch of the input text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Span:
        return cls(d["text"], d["start"], d["end"])


@attrs.frozen
class Source:
    """Who states, accuses or denies: the mention, its fullest name in the document and its type."""

    text: str
    start: int
    end: int
    canonical: str
    type: str = attrs.field(validator=_one_of(SOURCE_TYPES))

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "canonical": self.canonical, "type": self.type}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Source:
        return cls(d["text"], d["start"], d["end"], d["canonical"], d["type"])


@attrs.frozen
class Cue:
    """The verb group or marker that introduces the attribution, with its lemma."""

    text: str
    start: int
    end: int
    lemma: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "lemma": self.lemma}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Cue:
        return cls(d["text"], d["start"], d["end"], d["lemma"])


def _opt(cls, d):
    return None if d is None else cls.from_dict(d)


@attrs.frozen
class Claim:
    """One attributed claim: a statement, accusation or denial, as one JSONL line."""

    id: str
    doc_id: str | None
    lang: str
    act: str = attrs.field(validator=_one_of(ACTS))
    form: str = attrs.field(validator=_one_of(FORMS))
    content: Span
    quotes: tuple[Span, ...] = attrs.field(default=(), converter=tuple)
    source: Source | None = None
    cue: Cue | None = None
    via: tuple[Span, ...] = attrs.field(default=(), converter=tuple)
    target: Span | None = None
    denies: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    denied_by: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    sentence: int = 0
    confidence: float = 0.5
    # the article's other fields (date, url, outlet…) when it came from a corpus; not hashed
    meta: dict[str, Any] = attrs.field(factory=dict, hash=False)

    def spans(self) -> list[Span | Source | Cue]:
        """Every span of the record (content, quotes, source, cue, via, target)."""
        out: list[Span | Source | Cue] = [self.content, *self.quotes, *self.via]
        out += [s for s in (self.source, self.cue, self.target) if s is not None]
        return out

    def to_dict(self) -> dict[str, Any]:
        """The exact JSON object of this claim's line."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "lang": self.lang,
            "act": self.act,
            "form": self.form,
            "content": self.content.to_dict(),
            "quotes": [q.to_dict() for q in self.quotes],
            "source": None if self.source is None else self.source.to_dict(),
            "cue": None if self.cue is None else self.cue.to_dict(),
            "via": [v.to_dict() for v in self.via],
            "target": None if self.target is None else self.target.to_dict(),
            "denies": list(self.denies),
            "denied_by": list(self.denied_by),
            "sentence": self.sentence,
            "confidence": self.confidence,
        } | ({"meta": dict(self.meta)} if self.meta else {})

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Claim:
        """Build a claim from its JSON object; raises ``KeyError``/``TypeError``/``ValueError`` when malformed."""
        return cls(
            id=d["id"],
            doc_id=d.get("doc_id"),
            lang=d["lang"],
            act=d["act"],
            form=d["form"],
            content=Span.from_dict(d["content"]),
            quotes=[Span.from_dict(q) for q in d.get("quotes") or ()],
            source=_opt(Source, d.get("source")),
            cue=_opt(Cue, d.get("cue")),
            via=[Span.from_dict(v) for v in d.get("via") or ()],
            target=_opt(Span, d.get("target")),
            denies=d.get("denies") or (),
            denied_by=d.get("denied_by") or (),
            sentence=int(d.get("sentence", 0)),
            confidence=float(d.get("confidence", 0.5)),
            meta=dict(d.get("meta") or {}),
        )


class Claims(list):
    """The claims of one document, in document order; keeps the ``text``, ``lang`` and ``doc_id``."""

    def __init__(self, claims: Iterable[Claim] = (), *, text: str | None = None,
                 lang: str | None = None, doc_id: str | None = None, error: str | None = None):
        super().__init__(claims)
        self.text = text
        self.lang = lang
        self.doc_id = doc_id
        self.error = error  # why this article gave nothing, when a corpus run skipped it

    def to_dicts(self) -> list[dict[str, Any]]:
        return [c.to_dict() for c in self]

    def __repr__(self) -> str:
        return f"Claims(doc_id={self.doc_id!r}, lang={self.lang!r}, {list.__repr__(self)})"

    def _repr_html_(self) -> str:
        """Notebook display: the text with its claims marked (``claimtrack.render``)."""
        from .display import render_claims

        return render_claims(self)

    def to_frame(self):
        """A pandas DataFrame, one row per claim (``claimtrack.to_frame``); needs pandas."""
        from .display import to_frame

        return to_frame(self)
