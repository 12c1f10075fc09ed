"""Discourse steps over a block's candidates: quotes that take their speaker from the quotes around them.

A quote with no cue of its own goes on with the speaker of the attributed quote just before it, when no
other speaker comes between: in

    « Nous ne fermerons pas l'usine », a promis la directrice. « Les commandes reviennent. »

the second quote is the directrice's too. The chain may cross into the next paragraph when that paragraph
opens with the quote (a quotation running over several paragraphs). A quote right before an attributed
quote of the same paragraph takes that quote's speaker: « Rien n'est fait. » « On verra demain », dit-il.

A quotation over several paragraphs (each reopened, only the last closed) is one claim: see
``merge_paragraph_quotes``.
"""

from __future__ import annotations

from .document import Document
from .frames import Candidate

FLOATING = ("bare", "fragment")
OPEN_MARKS = "«“"
CLOSE_MARKS = "»”"
SPEAKERS_NOT = ("bare", "fragment")


def attach_floating_quotes(doc: Document, cands: list[Candidate]) -> None:
    """Give each uncued quote (frame ``bare``, or a short quote standing as its sentence) the speaker of the
    neighbouring attributed quote."""
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    cands = [c for c in cands if c.frame != "fragment" or _whole_sentence(doc, c)]
    for c in reversed(cands):
        # quotes between reported speech with quoted words and an incise quote go with the incise
        o = _chain_start(doc, c, by_sentence) if c.frame in FLOATING and c.source is None else None
        if o is not None and _partly_quoted(doc, o):
            after = _speaker_after(doc, c, by_sentence)
            if after is not None:
                _take(c, after)
    for c in cands:
        if c.frame in FLOATING and c.source is None:
            o = _speaker_before(doc, c, by_sentence)
            if o is not None:
                _take(c, o)
    for c in cands:
        if c.frame == "bare" and c.source is None and _opens_with_quote(doc, c):
            o = _open_quote_speaker(doc, c, by_sentence)
            if o is not None:
                _take(c, o)
    for c in reversed(cands):
        if c.frame in FLOATING and c.source is None:
            o = _speaker_after(doc, c, by_sentence)
            if o is not None:
                _take(c, o)


def _chain_start(doc: Document, c: Candidate, by_sentence: dict[int, list[Candidate]]) -> Candidate | None:
    """The attributed claim before a run of uncued quotes that ``c`` ends, in one paragraph:
    La mairie dit qu'il n'est « pas un élu ». « A. » « B. » — for « B. » it is the mairie's claim."""
    s = c.sentence
    while s > 0 and not _break_between(doc, s - 1, s) and by_sentence.get(s - 1) \
            and all(o.frame in FLOATING and o.source is None for o in by_sentence[s - 1]):
        s -= 1
    first = by_sentence.get(s, [c])[0]
    return _speaker_before(doc, first, by_sentence) if first.frame in FLOATING else None


def _whole_sentence(doc: Document, c: Candidate) -> bool:
    sent = doc.sentence(c.sentence)
    return sent is not None and c.content[1] - c.content[0] >= 0.6 * (sent.end - sent.start)


def _take(c: Candidate, o: Candidate) -> None:
    c.source = o.source
    c.source_kind = o.source_kind
    c.hint = o.hint
    c.frame = "continuation"
    c.confidence = 0.5


def _quoted(doc: Document, o: Candidate) -> bool:
    """Does the attributed candidate ``o`` hold a quote of its sentence?"""
    sent = doc.sentence(o.sentence)
    return sent is not None and any(o.content[0] <= q.start and q.end <= o.content[1] for q in sent.quotes)


def _partly_quoted(doc: Document, o: Candidate) -> bool:
    """Is ``o`` a claim with quoted words inside reported speech (mixed), rather than a quotation?
    A quote after it and before an incise quote of the same paragraph goes with the incise's speaker:
    La mairie parle d'une « erreur ». « Nous étions prêts. » « Tout était signé », assure le maire."""
    sent = doc.sentence(o.sentence)
    if sent is None:
        return False
    text = doc.text
    inside = [q for q in sent.quotes if o.content[0] <= q.start and q.end <= o.content[1]]
    covered = sum(q.end - q.start for q in inside)
    return covered < 0.8 * len(text[o.content[0]:o.content[1]].strip())


def _break_between(doc: Document, a: int, b: int) -> bool:
    """Is there a paragraph break between sentence ``a`` and the later sentence ``b``?"""
    sa, sb = doc.sentence(a), doc.sentence(b)
    return sa is None or sb is None or "\n" in doc.text[sa.end:sb.start]


def _opens_with_quote(doc: Document, c: Candidate) -> bool:
    sent = doc.sentence(c.sentence)
    return sent is not None and bool(sent.quotes) and sent.quotes[0].start == c.content[0] == sent.start


def _speaker_before(doc: Document, c: Candidate, by_sentence: dict[int, list[Candidate]]) -> Candidate | None:
    """The attributed quote of the sentence before ``c`` (same paragraph, or a paragraph ``c`` opens)."""
    s = c.sentence - 1
    if s < 0 or _break_between(doc, s, c.sentence) and (c.frame == "fragment" or not _opens_with_quote(doc, c)):
        return None  # a short quote alone on its line is a subhead, not a continuation
    same_paragraph = not _break_between(doc, s, c.sentence)
    for o in reversed(by_sentence.get(s, [])):
        if o.source is not None and o.frame not in SPEAKERS_NOT and (_quoted(doc, o) or same_paragraph and
                                                                     c.frame == "bare" and o.cue is not None):
            return o  # (reported speech just before, same paragraph: "X assure avoir tout dit. « … »")
    return None


def _speaker_after(doc: Document, c: Candidate, by_sentence: dict[int, list[Candidate]]) -> Candidate | None:
    """The attributed quote of the next sentence of the same paragraph, when its cue follows the quote."""
    s = c.sentence + 1
    if doc.sentence(s) is None or _break_between(doc, c.sentence, s):
        return None
    for o in by_sentence.get(s, []):
        if o.source is not None and o.frame in ("post", "post_subject", "continuation") and _quoted(doc, o):
            return o
    return None


def _open_quote_speaker(doc: Document, c: Candidate, by_sentence: dict[int, list[Candidate]]) -> Candidate | None:
    """A paragraph opening with a quote mark goes on with a quotation the previous paragraph left open
    (French and English mark each paragraph of a long quotation, and close only the last)."""
    s = c.sentence - 1
    first = s
    while first > 0 and not _break_between(doc, first - 1, first) and s - first < 8:
        first -= 1
    if s < 0 or not _break_between(doc, s, c.sentence):
        return None
    sa, sb = doc.sentence(first), doc.sentence(s)
    if sa is None or sb is None:
        return None
    para = doc.text[sa.start:sb.end]
    if sum(para.count(m) for m in OPEN_MARKS) <= sum(para.count(m) for m in CLOSE_MARKS):
        return None  # every quote of the previous paragraph is closed
    for i in range(s, first - 1, -1):
        for o in reversed(by_sentence.get(i, [])):
            if o.source is not None and o.frame not in SPEAKERS_NOT:
                return o
    return None


def merge_paragraph_quotes(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """One claim per quotation that runs over several paragraphs (news reopens it at each paragraph and
    closes only the last), with the speaker its cue gives — the cue before it (La ministre a déclaré :
    « …), an incise inside it (« …, dit-elle, … ») or after its last mark (« … », a-t-il conclu); the pieces
    read inside it go.

        « Nous avons tout essayé.⏎⏎« Il faut penser aux salariés », a-t-il conclu.  -> one claim, source il
    """
    for start, end in _paragraph_quotations(doc):
        inside = [c for c in cands if start <= c.content[0] < end or c.content[0] < start < c.content[1]]
        if not inside:
            continue
        speaking = [c for c in inside if c.source is not None and c.cue is not None]
        best = max(speaking or inside, key=lambda c: c.confidence)
        first = next((s for s in doc.sentences if s.start <= start < s.end), None)
        best.content = (start, end)
        best.region_start = min(best.region_start, start)
        if first is not None:
            best.sentence = first.index
        cands = [c for c in cands if c is best or c not in inside]
    return cands


def _paragraph_quotations(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of each chain of quotes: one left open at the end of its paragraph, the next paragraph
    opening with the same mark, and so on until a paragraph closes it."""
    text = doc.text
    by_start = {q.start: q for q in doc.quotes}
    out = []
    for u in doc.quotes:
        if u.closed or out and out[-1][0] <= u.start < out[-1][1]:
            continue
        q = u
        while not q.closed:
            br = text.find("\n", q.start)
            if br < 0:
                break
            j = br
            while j < len(text) and text[j].isspace():
                j += 1
            nxt = by_start.get(j)
            if nxt is None or text[j] != text[u.start]:
                break
            q = nxt
        if q is not u and q.closed:
            out.append((u.start, q.end))
    return out


DASHES = "-–—"


def sign_quotes(doc: Document, cands: list[Candidate]) -> None:
    """A signature line after a quoted paragraph names its speaker: the paragraph « Nous tiendrons. » followed
    by the line "– Paul Mercier, délégué syndical" gives the quotes of that paragraph with no speaker the
    source "Paul Mercier" (the role after the comma is left out, as in an apposition)."""
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for c in cands:
        if c.frame not in FLOATING or c.source is not None or not _break_between(doc, c.sentence, c.sentence + 1):
            continue
        name = _signature(doc, c.sentence + 1)
        if name is None:
            continue
        first = c.sentence
        while first > 0 and not _break_between(doc, first - 1, first):
            first -= 1
        for s in range(first, c.sentence + 1):
            for o in by_sentence.get(s, []):
                if o.frame in FLOATING and o.source is None:
                    o.source, o.source_kind, o.frame, o.confidence = name, "np", "signed", 0.5


def _signature(doc: Document, s: int) -> tuple[int, int] | None:
    """(start, end) of the name on signature line ``s``: a line alone that opens with a dash and a capital,
    "– Paul Mercier, délégué syndical", at most a dozen words; the name runs to the first comma."""
    sent = doc.sentence(s)
    if sent is None or not sent.tokens or sent.tokens[0].text not in DASHES or sent.quotes:
        return None
    text = doc.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    if text[line_start:sent.start].strip() or text[sent.end:line_end if line_end >= 0 else len(text)].strip():
        return None
    toks = sent.tokens[1:]
    if not toks or not toks[0].text[:1].isupper() or len(toks) > 14:
        return None
    end = next((i for i, t in enumerate(toks) if t.text in ",.;("), len(toks))
    if end == 0 or end > 5 or not all(t.text[:1].isupper() or t.text in ("de", "d'", "van", "von", "le", "la")
                                      for t in toks[:end]):
        return None
    return (toks[0].start, toks[end - 1].end)
