"""Tracks in notebooks and data frames: ``tracks_frame`` and an HTML timeline of one track.

>>> from claimtrack.tracking.records import Track
>>> t = Track(id="t1", members=[("d1", "c1")], timeline=[("2024-05-02", "d1", "c1", "statement")])
>>> "2024-05-02" in render_track(t)
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from .records import Track


def tracks_frame(tracks: Iterable[Track]):
    """A pandas DataFrame, one row per track member (track id, source, date, doc, claim, act); needs pandas."""
    import pandas as pd

    rows = []
    for t in tracks:
        src = t.source or {}
        for date, doc, cid, act in t.timeline:
            rows.append({"track": t.id, "size": len(t), "source": src.get("canonical"), "source_type": src.get("type"),
                         "date": date, "doc_id": doc, "claim_id": cid, "act": act, "first": (doc, cid) == t.first,
                         "denies": ",".join(t.denies), "denied_by": ",".join(t.denied_by)})
    cols = ["track", "size", "source", "source_type", "date", "doc_id", "claim_id", "act", "first", "denies",
            "denied_by"]
    return pd.DataFrame(rows, columns=cols)


_CSS = ("<style>.ct-tl{font-family:sans-serif;font-size:13px;border-left:3px solid #888;margin:6px 0 6px 8px;"
        "padding-left:12px}.ct-tl h4{margin:0 0 6px 0}.ct-ev{margin:0 0 8px 0;position:relative}"
        ".ct-ev:before{content:'';position:absolute;left:-19px;top:4px;width:11px;height:11px;border-radius:6px;"
        "background:#36c}.ct-ev.denial:before{background:#c33}.ct-meta{color:#555}.ct-act{font-weight:bold}"
        ".ct-ev.denial .ct-act{color:#c33}.ct-q{font-style:italic}</style>")


def render_track(track: Track, claims: Sequence[Any] | None = None, denials: Iterable[Track] = ()) -> str:
    """An HTML timeline of ``track``: who, outlet, language, date and act of each member, then the tracks
    that deny it. ``claims`` (the Claim records, optional) adds each member's words, outlet and language."""
    by_key = {(str(c.doc_id), str(c.id)): c for c in claims or ()}
    src = (track.source or {}).get("canonical") or "unknown source"
    rows = [_CSS, f"<div class='ct-tl'><h4>{html.escape(track.id)} · {html.escape(src)} · "
                  f"{len(track)} mention(s) · {html.escape(', '.join(track.langs))}</h4>"]
    events = [(d, doc, cid, act, track.id) for d, doc, cid, act in track.timeline]
    for t in denials:
        if t.id in track.denied_by:
            events += [(d, doc, cid, act, t.id) for d, doc, cid, act in t.timeline]
    events.sort(key=lambda e: (e[0] is None, e[0] or ""))
    for date, doc, cid, act, tid in events:
        rows.append(_event(date, doc, cid, act, tid, by_key.get((doc, cid)), tid != track.id))
    rows.append("</div>")
    return "".join(rows)


def _event(date, doc, cid, act, tid, claim, denial) -> str:
    meta = (claim.meta or {}) if claim is not None else {}
    src = claim.source if claim is not None else None
    who = "" if src is None else src.text if src.canonical.lower() in src.text.lower() else \
        f"{src.text} ({src.canonical})"
    where = " · ".join(html.escape(str(x)) for x in (meta.get("outlet"), claim.lang if claim else None) if x)
    words = f"<div class='ct-q'>{html.escape(claim.content.text[:240])}</div>" if claim is not None else ""
    label = f"{act} (track {tid})" if denial else act
    return (f"<div class='ct-ev {'denial' if denial or act == 'denial' else ''}'><span class='ct-act'>"
            f"{html.escape(label)}</span> <span class='ct-meta'>{html.escape(date or 'undated')} · "
            f"{html.escape(doc)}/{html.escape(cid)}{' · ' + where if where else ''}"
            f"{' · ' + html.escape(who) if who else ''}</span>{words}</div>")
