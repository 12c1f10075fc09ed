"""Notebook display of claims: an HTML rendering of the text with its claims marked, and a pandas table.

``render(text, claims)`` returns a self-contained HTML fragment (one ``<style>`` block, no script, no
external resource) in the manner of spaCy's displaCy. ``to_frame(claims)`` returns one DataFrame row per
claim; pandas is imported only when it is called, so ``import claimtrack`` stays light.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable
from typing import Any

from .records import Claim, Claims

#: the kinds of marks, outermost first when two marks cover the same stretch
KINDS = ("content", "target", "source", "cue", "via")

_LEGEND = {
    "content": "what is claimed",
    "source": "who claims it",
    "cue": "verb or marker",
    "via": "relaying channel",
    "target": "accused party",
}
_RANK = {k: i for i, k in enumerate(KINDS)}

_CSS = """
.ct-render{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2328;
background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.6em .9em;margin:.3em 0;text-align:left}
.ct-render .ct-text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:15px;line-height:2.35}
.ct-render .ct-m{-webkit-box-decoration-break:clone;box-decoration-break:clone}
.ct-render .ct-content{background:rgba(255,196,0,.26);border-bottom:2px solid #e0a800;padding:.18em 0}
.ct-render .ct-box{border:1.5px solid;border-radius:4px;padding:.05em .22em;margin:0 .06em}
.ct-render .ct-source{border-color:#0072b2;background:rgba(0,114,178,.11)}
.ct-render .ct-cue{border-color:#d55e00;background:rgba(213,94,0,.11)}
.ct-render .ct-via{border-color:#009e73;background:rgba(0,158,115,.12)}
.ct-render .ct-target{border-color:#a2457e;background:rgba(204,121,167,.16)}
.ct-render .ct-box.ct-cl{border-left-style:dashed;border-top-left-radius:0;border-bottom-left-radius:0;margin-left:0}
.ct-render .ct-box.ct-cr{border-right-style:dashed;border-top-right-radius:0;border-bottom-right-radius:0;
margin-right:0}
.ct-render .ct-lbl{font-size:10px;font-weight:700;line-height:1;vertical-align:.55em;margin-left:.3em;
white-space:nowrap;-webkit-user-select:none;user-select:none}
.ct-render .ct-content>.ct-lbl{color:#8a6100}
.ct-render .ct-source>.ct-lbl{color:#0072b2}
.ct-render .ct-cue>.ct-lbl{color:#b34f00}
.ct-render .ct-via>.ct-lbl{color:#00795a}
.ct-render .ct-target>.ct-lbl{color:#a2457e}
.ct-render .ct-link{color:#c4001a;background:#fff0f0;border:1px solid #f3b3bb;border-radius:3px;padding:0 .25em}
.ct-render .ct-link a{color:#c4001a;text-decoration:underline}
.ct-render .ct-legend{font-size:12px;line-height:2;color:#57606a;border-top:1px solid #d8dee4;margin-top:.5em;
padding-top:.35em}
.ct-render .ct-legend>.ct-m,.ct-render .ct-legend>.ct-link{margin-right:.7em;color:#1f2328}
.ct-render .ct-note{color:#9a6700}
"""


def _valid(span: Any, text: str) -> bool:
    """Whether a span's offsets index ``text`` and give back the span's text."""
    try:
        start, end = span.start, span.end
    except AttributeError:
        return False
    if type(start) is not int or type(end) is not int or not 0 <= start <= end <= len(text):
        return False
    return text[start:end] == span.text


def _claim_spans(c: Claim) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = [("content", c.content)]
    out += [(k, s) for k, s in (("target", c.target), ("source", c.source), ("cue", c.cue)) if s is not None]
    out += [("via", v) for v in c.via]
    return out


def _fmt_conf(x: Any) -> str:
    try:
        return f"{float(x):.2f}"
    except (TypeError, ValueError):
        return str(x)


def _title(c: Claim, kind: str, span: Any) -> str:
    lines = [f"{c.id} {kind}: {span.text}" if len(span.text) <= 80 else f"{c.id} {kind}: {span.text[:77]}…",
             f"{c.act} · {c.form} · confidence {_fmt_conf(c.confidence)}"]
    if kind == "source":
        lines.append(f"canonical: {span.canonical} ({span.type})")
    elif kind == "cue":
        lines.append(f"lemma: {span.lemma}")
    if c.denies:
        lines.append("denies " + ", ".join(c.denies))
    if c.denied_by:
        lines.append("denied by " + ", ".join(c.denied_by))
    return "\n".join(lines)


class _Mark:
    __slots__ = ("start", "end", "kind", "claim", "order", "title", "seen")

    def __init__(self, start: int, end: int, kind: str, claim: Claim, order: int, title: str):
        self.start, self.end, self.kind, self.claim, self.order, self.title = start, end, kind, claim, order, title
        self.seen = False  # a fragment of it has been opened already

    def key(self) -> tuple:
        """Nesting order of marks opened at the same place: the one ending last outermost."""
        return (-self.end, _RANK[self.kind], self.order)


def render(text: str, claims: Iterable[Claim]) -> str:
    """An HTML fragment showing ``text`` with the claims' spans marked, for a notebook or a web page.

    Content is a yellow band, source / cue / via / target labelled boxes (blue, orange, green, purple);
    each mark carries its claim id, denials show which claims they deny (and denied claims who denies
    them) as links, and hovering a mark shows act, form and confidence. Overlapping and nested spans are
    nested properly (a mark crossing another is split, the pieces drawn open-ended); a claim whose offsets
    do not index ``text`` is left out and counted in a note. The text inside the fragment's text area is
    ``text`` exactly (labels excepted), escaped, newlines kept.
    """
    if not isinstance(text, str):
        raise TypeError(f"render() needs the document's text as a str, got {type(text).__name__}")
    claims = list(claims)
    prefix = "ct" + hashlib.blake2s(text.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
    marks: list[_Mark] = []
    shown: list[Claim] = []
    skipped: list[str] = []
    for order, c in enumerate(claims):
        if not isinstance(c, Claim):
            raise TypeError(f"expected Claim records, got {type(c).__name__}")
        spans = _claim_spans(c)
        if not all(_valid(s, text) for _, s in spans):
            skipped.append(str(c.id))
            continue
        shown.append(c)
        for kind, s in spans:
            if s.end > s.start:
                marks.append(_Mark(s.start, s.end, kind, c, order, _title(c, kind, s)))
    anchored = {m.claim.id for m in marks if m.kind == "content"}
    return (f'<div class="ct-render"><style>{_CSS}</style>'
            f'<div class="ct-text">{_text_html(text, marks, prefix, anchored)}</div>'
            f"{_legend_html(len(shown), skipped)}</div>")


def _attr(s: str) -> str:
    """An attribute value: escaped, newlines as character references (kept in tooltips)."""
    return html.escape(s).replace("\n", "&#10;")


def _label(m: _Mark, prefix: str, anchored: set[str]) -> str:
    cid = html.escape(str(m.claim.id))
    if m.kind != "content":
        return f'<span class="ct-lbl" aria-hidden="true">{m.kind} {cid}</span>'

    def ref(i: str) -> str:
        e = html.escape(str(i))
        return f'<a href="#{prefix}-{html.escape(str(i), quote=True)}">{e}</a>' if i in anchored else e

    out = f'<span class="ct-lbl" aria-hidden="true">{cid}'
    if m.claim.denies:
        out += ' <span class="ct-link">denies ' + ", ".join(ref(i) for i in m.claim.denies) + "</span>"
    if m.claim.denied_by:
        out += ' <span class="ct-link">denied by ' + ", ".join(ref(i) for i in m.claim.denied_by) + "</span>"
    return out + "</span>"


def _text_html(text: str, marks: list[_Mark], prefix: str, anchored: set[str]) -> str:
    """The escaped text with the marks as properly nested ``<span>`` elements.

    The text is cut at every mark boundary; a stack holds the open marks. At a boundary the marks ending
    there are closed; any mark above them on the stack (opened later, ending later: a crossing) is closed
    too and reopened right after, so the elements always nest. Marks starting there are then opened, the
    one ending last outermost. Each mark's label goes just before its final closing tag.
    """
    starts: dict[int, list[_Mark]] = {}
    bounds = {0, len(text)}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
        bounds.add(m.start)
        bounds.add(m.end)
    out: list[str] = []
    stack: list[tuple[_Mark, int]] = []  # (mark, index in out of its opening tag)
    done_ids: set[str] = set()
    positions = sorted(bounds)
    for i, pos in enumerate(positions):
        # close: everything from the lowest mark ending here up to the top of the stack
        low = next((j for j, (m, _) in enumerate(stack) if m.end == pos), None)
        reopen: list[_Mark] = []
        if low is not None:
            while len(stack) > low:
                m, at = stack.pop()
                if m.end == pos:
                    out.append(_label(m, prefix, anchored) + "</span>")
                else:  # crossing: this piece is cut here and continues after
                    out[at] = out[at].replace('"ct-m ', '"ct-m ct-cr ', 1)
                    out.append("</span>")
                    reopen.append(m)
        opening = sorted(reopen + starts.get(pos, []), key=_Mark.key)
        for m in opening:
            cls = f"ct-m ct-{m.kind}" + ("" if m.kind == "content" else " ct-box") + (" ct-cl" if m.seen else "")
            attrs = f' data-claim="{html.escape(str(m.claim.id))}" title="{_attr(m.title)}"'
            if m.kind == "content" and not m.seen and m.claim.id not in done_ids:
                attrs = f' id="{prefix}-{html.escape(str(m.claim.id))}"' + attrs
                done_ids.add(m.claim.id)
            m.seen = True
            stack.append((m, len(out)))
            out.append(f'<span class="{cls}"{attrs}>')
        if i + 1 < len(positions):
            out.append(html.escape(text[pos:positions[i + 1]], quote=False))
    return "".join(out)


def _legend_html(n: int, skipped: list[str]) -> str:
    items = "".join(f'<span class="ct-m ct-{k}{"" if k == "content" else " ct-box"}" title="{_LEGEND[k]}">{k}</span>'
                    for k in ("content", "source", "cue", "via", "target"))
    note = ""
    if skipped:
        note = (f' · <span class="ct-note">{len(skipped)} not shown (offsets do not fit this text): '
                f"{html.escape(', '.join(skipped))}</span>")
    return (f'<div class="ct-legend">{items}<span class="ct-link">denies / denied by</span>'
            f'<span class="ct-sum">{n} claim{"" if n == 1 else "s"}{note} · hover a mark for act, form and '
            f"confidence</span></div>")


def render_claims(claims: Claims) -> str:
    """``Claims._repr_html_``: the rendering of the claims on their own text, or a short note without text."""
    if claims.text is None:
        name = f" of {claims.doc_id}" if claims.doc_id is not None else ""
        return (f"<p><em>{len(claims)} claim{'' if len(claims) == 1 else 's'}{html.escape(name)}: "
                f"no text kept, nothing to render.</em></p>")
    return render(claims.text, claims)


#: the DataFrame's columns, in order, before the ``meta`` ones
COLUMNS = ("doc_id", "id", "act", "form", "content_text", "content_start", "content_end", "source_text",
           "source_canonical", "source_type", "cue_text", "cue_lemma", "via", "target_text", "denies",
           "denied_by", "sentence", "confidence")


def _rows(claims: Any, doc_id: str | None = None) -> Iterable[tuple[Claim, str | None]]:
    if isinstance(claims, Claim):
        yield claims, doc_id
        return
    if isinstance(claims, (str, bytes)) or not isinstance(claims, Iterable):
        raise TypeError(f"to_frame() takes Claims, a list of Claims or Claim records, got {type(claims).__name__}")
    if isinstance(claims, Claims) and claims.doc_id is not None:
        doc_id = claims.doc_id
    for item in claims:
        if isinstance(item, Claim):
            yield item, doc_id
        elif isinstance(item, Iterable) and not isinstance(item, (str, bytes, dict)):
            yield from _rows(item, doc_id)
        else:
            raise TypeError(f"expected Claim records, got {type(item).__name__}")


def to_frame(claims: Any):
    """A pandas DataFrame with one row per claim and flat columns (see ``COLUMNS``), then one per meta key.

    ``claims`` is a ``Claims``, a list of them (several documents: their rows one after the other) or any
    iterable of ``Claim``. ``via`` is the relays' texts joined by " | ", ``denies``/``denied_by`` lists of
    ids; a meta key that is also a column name becomes ``meta_<key>``. Needs pandas
    (``pip install "claimtrack[pandas]"``).
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError('to_frame() needs pandas: pip install "claimtrack[pandas]"') from exc
    records = []
    meta_cols: dict[str, str] = {}  # meta key -> column name, in first-seen order
    taken = set(COLUMNS)
    for c, doc_id in _rows(claims):
        src, cue = c.source, c.cue
        row: dict[str, Any] = {
            "doc_id": c.doc_id if c.doc_id is not None else doc_id,
            "id": c.id, "act": c.act, "form": c.form,
            "content_text": c.content.text, "content_start": c.content.start, "content_end": c.content.end,
            "source_text": None if src is None else src.text,
            "source_canonical": None if src is None else src.canonical,
            "source_type": None if src is None else src.type,
            "cue_text": None if cue is None else cue.text,
            "cue_lemma": None if cue is None else cue.lemma,
            "via": " | ".join(v.text for v in c.via),
            "target_text": None if c.target is None else c.target.text,
            "denies": list(c.denies), "denied_by": list(c.denied_by),
            "sentence": c.sentence, "confidence": c.confidence,
        }
        for key, value in (c.meta or {}).items():
            col = meta_cols.get(key)
            if col is None:
                col = str(key)
                while col in taken:
                    col = "meta_" + col
                meta_cols[key] = col
                taken.add(col)
            row[col] = value
        records.append(row)
    return pd.DataFrame.from_records(records, columns=[*COLUMNS, *meta_cols.values()])
