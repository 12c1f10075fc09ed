"""Track records: one claim followed across articles, as a frozen ``attrs`` class with an exact JSON form.

>>> from claimtrack.tracking.records import Track
>>> t = Track(id="t1", members=(("d1", "c2"), ("d2", "c1")), source={"canonical": "Ada Lovelace",
...           "type": "person", "key": "name:lovelace"}, first=("d1", "c2"), first_date="2024-01-02",
...           outlets=("Le Temps",), langs=("fr",), acts=("statement",),
...           timeline=(("2024-01-02", "d1", "c2", "statement"), (None, "d2", "c1", "statement")))
>>> Track.from_dict(t.to_dict()) == t
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs


def _pairs(x: Iterable[Any]) -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in x)


def _strs(x: Iterable[Any]) -> tuple[str, ...]:
    return tuple(str(v) for v in x)


def _steps(x: Iterable[Any]) -> tuple[tuple[str | None, str, str, str], ...]:
    return tuple((d, str(doc), str(cid), str(act)) for d, doc, cid, act in x)


def _pair(x: Any) -> tuple[str, str]:
    return (str(x[0]), str(x[1]))


@attrs.frozen
class Track:
    """The same claim (same source entity, same proposition) across documents, members in time order.

    ``source`` is a mapping {canonical, type, key}: the fullest name the members give, its type and the
    cross-document identity key; ``denies``/``denied_by`` hold ids of other tracks.
    """

    id: str
    members: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs)
    source: Mapping[str, Any] | None = attrs.field(default=None, hash=False)
    first: tuple[str, str] | None = attrs.field(default=None, converter=attrs.converters.optional(_pair))
    first_date: str | None = None
    outlets: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    langs: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    acts: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    denies: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    denied_by: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    timeline: tuple[tuple[str | None, str, str, str], ...] = attrs.field(default=(), converter=_steps)

    def __len__(self) -> int:
        return len(self.members)

    @property
    def docs(self) -> tuple[str, ...]:
        """The documents of the track, first appearance first."""
        return tuple(dict.fromkeys(d for d, _ in self.members))

    def _repr_html_(self) -> str:
        """Notebook display: the timeline of the track (``render_track`` adds the claims' words)."""
        from .display import render_track

        return render_track(self)

    def to_dict(self) -> dict[str, Any]:
        """The exact JSON object of this track's line (docs/track.schema.json)."""
        return {"id": self.id, "members": [list(m) for m in self.members],
                "source": None if self.source is None else dict(self.source),
                "first": None if self.first is None else list(self.first), "first_date": self.first_date,
                "outlets": list(self.outlets), "langs": list(self.langs), "acts": list(self.acts),
                "denies": list(self.denies), "denied_by": list(self.denied_by),
                "timeline": [list(s) for s in self.timeline]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Track:
        """Build a track from its JSON object; raises ``KeyError``/``TypeError``/``ValueError`` when malformed."""
        return cls(id=d["id"], members=d["members"], source=d.get("source"), first=d.get("first"),
                   first_date=d.get("first_date"), outlets=d.get("outlets") or (), langs=d.get("langs") or (),
                   acts=d.get("acts") or (), denies=d.get("denies") or (), denied_by=d.get("denied_by") or (),
                   timeline=d.get("timeline") or ())
