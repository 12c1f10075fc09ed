"""Quotes without a cue verb: speaker labels ("WALLACE: …") and bare quotes no frame claims.

Example: a sentence made of « Nous ne céderons pas sur l'essentiel » alone is a bare claim (no source yet).
"""

from __future__ import annotations

from ..document import Document, Sentence
from .candidate import Candidate
from .view import SentenceView


def line_start(doc: Document, sent: Sentence) -> bool:
    b = sent.start
    return b <= doc.lead or "\n" in doc.text[max(0, b - 3):b]


def speaker_label(S: SentenceView) -> Candidate | None:
    """A line opening with a name and a colon: "WALLACE: …", "Trump: …" (headlines, transcripts)."""
    text = S.text
    if not line_start(S.doc, S.sent):
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


def bare_quotes(S: SentenceView, cands: list[Candidate]) -> None:
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
