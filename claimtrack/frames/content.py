"""Where a claim's content starts and ends, and whether it is quoted (direct, mixed, indirect).

Example: in "Elle a affirmé que le projet avance, selon la radio." the content after "que" stops
before ", selon"; in « Tout va bien », dit-il. the content is the quote and its form is ``direct``.
"""

from __future__ import annotations

from ..document import Document, Sentence
from .candidate import Candidate
from .denial import appositive_object, relative_denial_at
from .view import SentenceView


def content_form(text: str, content: tuple[int, int], quotes: list[tuple[int, int]],
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


def region_start(S: SentenceView, before_tok: int, cands: list[Candidate]) -> int:
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


def content_after(S: SentenceView, k: int, nxt: int, to_comma: bool = False) -> tuple[int, int] | None:
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
            opened = j
            j = S.quote_open[j] + 1
            end = min(j - 1, last)
            if opened == k and S.norm(j) == "," and S.norm(j + 1) in S.lex.stop_preps | S.lex.time_words:
                break  # « … », lors de sa comparution: the adverbial is not part of what was said
            continue
        if tok.text == ";" or j > k and tok.norm in S.lex.channel_preps and any(
                S.norm(m) in S.lex.channel_nouns for m in range(j + 1, min(j + 4, S.n))):
            end = j - 1  # "… dans un communiqué" / "… in a statement" is the channel, not the content
            break
        if tok.text == ",":
            w1, w2 = S.norm(j + 1), S.norm(j + 2)
            if to_comma or relative_denial_at(S, j + 1) or w1 in ("selon", "according") \
                    or j + 1 == nxt or (w1 in S.lex.determiners and w2 in S.lex.anaphoric_objects
                                        and appositive_object(S, j + 3 + (S.norm(j + 3) == "that")) >= 0):
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
    return content_form(doc.text, c.content, quotes, skip), quotes
