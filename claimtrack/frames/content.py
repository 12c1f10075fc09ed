"""Where a claim's content starts and ends, and whether it is quoted (direct, mixed, indirect).

Example: in "Elle a affirmé que le projet avance, selon la radio." the content after "que" stops
before ", selon"; in « Tout va bien », dit-il. the content is the quote and its form is ``direct``.
"""

from __future__ import annotations

from ..document import Document, Sentence
from .candidate import Candidate
from .denial import appositive_object, relative_denial_at
from .phrases import np_left, np_right
from .view import END_PUNCT, PUNCT_STOP, SentenceView


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


def coordinated_clause_end(S: SentenceView, k: int, nxt: int) -> int:
    """Last token before "et + subject" of the next cue ("P et un élu a affirmé Q"), else the sentence end."""
    np = np_left(S, nxt, k)
    if np is None or np[0] - k < 3 or S.norm(np[0] - 1) not in S.lex.coordinators:
        return S.n - 1
    if not (S.norm(np[0]) in S.lex.determiners or S.t[np[0]].text[:1].isupper()) or np[1] - np[0] < 1:
        return S.n - 1
    p = np[0] - 2
    return p - 1 if S.norm(p) == "," else p


def comparative_attribution_at(S: SentenceView, j: int) -> bool:
    """Does "comme le prétend X" / "comme l'a dit X" / "as X said" start at token ``j``?"""
    if S.norm(j) not in S.lex.comparative_markers:
        return False
    for m in range(j + 1, min(S.n, j + 4)):
        if _cue_at(S, m):
            return True
        if S.norm(m) not in S.lex.object_clitics and S.norm(m) not in S.lex.auxiliaries \
                and S.norm(m) not in ("le", "il"):
            return False
    return False


def _cue_at(S: SentenceView, m: int) -> bool:
    """Is token ``m`` a cue: a single-word cue form, or the first word of a multiword cue whose other words
    follow ("comme pris au piège" is no "prendre acte de")?"""
    for e in S.lex.forms.get(S.norm(m), ()):
        if not e.rest or all(m + 1 + i < S.n and S.norm(m + 1 + i) == w for i, w in enumerate(e.rest)):
            return True
    return False


def content_after(S: SentenceView, k: int, nxt: int, to_comma: bool = False,
                  colon_ends: bool = False) -> tuple[int, int] | None:
    """Content from token ``k`` to the end of its clause.

    The clause ends at the sentence end, a semicolon, the incise or relative denial that follows
    (", selon X", ", ce que X dément"), a coordinated next cue (", et a ajouté"), the end of the
    quote it starts in, or (``to_comma``) the first comma: "Si X estime que P, Q"; with ``colon_ends``
    a colon opening a quote: "elle dit aimer ce piano : « … »" (the quote is a claim of its own).
    """
    if k >= S.n:
        return None
    last = clause_limit(S, k, nxt)
    lex, quote_open = S.lex, S.quote_open
    end = last
    j = k
    while j <= last:
        tok = S.t[j]
        if j in quote_open:
            opened = j
            j = quote_open[j] + 1
            end = min(j - 1, last)
            if opened == k and S.norm(j) == "," and (S.norm(j + 1) in lex.stop_preps
                                                      or S.norm(j + 1) in lex.time_words
                                                      or adverbial_clause_at(S, j + 1)):
                break  # « … », lors de sa comparution / « … », parce qu'il …: not part of what was said
            continue
        w = tok.text
        if colon_ends and w == ":" and j > k and j + 1 in quote_open and not S.inside_quote(j):
            end = j - 1
            break
        if w == ";" or j > k and tok.norm in lex.channel_preps and any(
                S.norm(m) in lex.channel_nouns for m in range(j + 1, min(j + 4, S.n))):
            end = j - 1  # "… dans un communiqué" / "… in a statement" is the channel, not the content
            break
        if j > k and tok.norm in lex.comparative_markers and comparative_attribution_at(S, j):
            end = j - 1  # "… comme le prétend X": the comparison is an attribution of its own
            if S.norm(end) == ",":
                end -= 1
            break
        if w == "," and to_comma and apposition_after_subject(S, k, j):
            j = S.next_comma(j + 1) + 1  # "… craint que X, de retour au pouvoir, ne coupe l'aide": not the end
            continue
        if w == "," and (to_comma or comma_ends(S, j, nxt)):
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


def adverbial_clause_at(S: SentenceView, j: int) -> bool:
    """Does an adverbial clause open at ``j`` ("parce que", "car", "lorsque", "si"), not a coordinated or
    relative one ("et", "mais", "qui", "que")?"""
    lex = S.lex
    w = S.norm(j)
    return w in lex.boundaries and w not in lex.coordinators and w not in lex.complementizers \
        and w not in lex.relative_pronouns


def clause_limit(S: SentenceView, k: int, nxt: int) -> int:
    """The last token a content opening at ``k`` may reach: the sentence end, the end of the quote it starts
    in, or the token before a coordinated next cue at ``nxt`` ("…, et a révélé …" / "… and added …")."""
    last = S.n - 1
    for a, b in S.quote_open.items():  # inside a closed quote: stop at its closing mark
        if a < k <= b:
            last = min(last, b - 1)
    if nxt < S.n:
        p = nxt - 1
        if S.norm(p) in S.lex.coordinators:
            p -= 1
            if S.norm(p) == ",":
                p -= 1
            last = min(last, p)
        elif S.norm(p) in ("de", "d'") and S.norm(p - 1) in S.lex.adverbial_infinitive_heads and p - 1 > k:
            # "X estime que P avant de rappeler que Q": the adverbial cue opens a claim of its own
            last = min(last, p - 2 - (S.norm(p - 2) == ","))
        elif S.lex.cut_before_coordinated_subject:
            last = min(last, coordinated_clause_end(S, k, nxt))
    return last


def comma_ends(S: SentenceView, j: int, nxt: int) -> bool:
    """Does the comma at ``j`` end a content: before ", selon X", ", ce que X dément", the next cue, a French
    preposition opening the next cue's phrase, or an appositive anaphoric object (", ces accusations, …")?"""
    w1, w2 = S.norm(j + 1), S.norm(j + 2)
    return relative_denial_at(S, j + 1) or w1 in ("selon", "according") \
        or S.fr and w1 in S.lex.stop_preps and j < nxt < S.n \
        or j + 1 == nxt or (w1 in S.lex.determiners and w2 in S.lex.anaphoric_objects
                            and appositive_object(S, j + 3 + (S.norm(j + 3) == "that")) >= 0) \
        or closing_incise(S, j, nxt)


def closing_incise(S: SentenceView, j: int, nxt: int) -> bool:
    """Is the comma at ``j`` followed by a short subject and the next cue ending the sentence ("X denies the
    charges, his lawyer said.")? The incise is a claim of its own about everything before the comma."""
    if not j + 2 <= nxt <= j + 5 or S.n - nxt > 5 or S.next_comma(j + 1) < nxt:
        return False
    return not any(S.t[m].text in PUNCT_STOP or S.norm(m) in S.lex.complementizers for m in range(j + 1, nxt)) \
        and not any(S.norm(m) in S.lex.complementizers for m in range(nxt, S.n))


def apposition_after_subject(S: SentenceView, k: int, j: int) -> bool:
    """Is the comma at ``j`` the start of a comma-set apposition after the subject that opens the clause at
    ``k``? "que Paul Morel, revenu aux affaires en mai, ne coupe l'aide": the name alone is no clause."""
    np = np_right(S, k, j)
    if np is None or np != (k, j - 1) or not (S.t[k].text[:1].isupper() or S.norm(k) in S.lex.determiners):
        return False
    c = S.next_comma(j + 1)
    return c < S.n - 1 and c - j <= 12 and S.t[c + 1].text[:1].islower() and S.norm(c + 1) not in S.lex.boundaries \
        and not S.is_np_start(c + 1)


def quoted_title_at(S: SentenceView, k: int) -> bool:
    """Does the phrase at ``k`` quote a short capitalised title or name ("le « Grand Plan Vert »"), no one's words?"""
    first = next((j for j in range(k, min(k + 4, S.n)) if j in S.quote_open), None)
    if first is None:
        return False
    inner = [S.t[i].text for i in range(first + 1, S.quote_open[first]) if S.t[i].text[:1].isalnum()]
    return bool(inner) and inner[0][:1].isupper() and len(inner) <= 4


def quoted_phrase(S: SentenceView, k: int, nxt: int) -> tuple[int, int] | None:
    """A phrase holding a quote, from token ``k``: "salue une « avancée » des troupes", "« pardon »".

    Runs over its quotes ("un dîner « bruyant », « interminable »", "la « patience » et au « respect »") and stops at
    a clause boundary, a comma, the next cue or the sentence end. None when no quote opens in its first words
    or when that quote is a short capitalised title.
    """
    if quoted_title_at(S, k) or not any(j in S.quote_open for j in range(k, min(k + 4, S.n))):
        return None
    lex = S.lex
    j, end = k, -1
    if S.inside_quote(nxt):
        nxt = S.n  # a cue word quoted in the phrase ("une « avancée »") is no next cue
    while j < min(S.n, nxt):
        tok = S.t[j]
        if j in S.quote_open:
            end = j = S.quote_open[j]
            j += 1
            continue
        w = tok.norm
        quote_next = any(j < q <= j + 3 for q in S.quote_open)
        if tok.text in END_PUNCT or tok.text in (";", ":") or tok.text in PUNCT_STOP and tok.text != "," \
                or tok.text == "," and not quote_next \
                or j > k and w in lex.boundaries and not (w in lex.coordinators and quote_next) \
                or w in lex.time_preps and any(k <= q < j for q in S.quote_close):
            break
        end = j
        j += 1
    if end < k:
        return None
    return S.t[k].start, S.t[end].end


def content_quotes(doc: Document, sent: Sentence, content: tuple[int, int]) -> list[tuple[int, int]]:
    """Quotes of the sentence that lie inside ``content``; an unclosed quote is clipped to it. A content running
    past its sentence (a quotation over paragraphs) takes the quotes of the document it covers, each open one
    up to its paragraph's end."""
    out = []
    spread = content[1] > sent.end
    for q in doc.quotes if spread else sent.quotes:
        if spread and not q.closed and content[0] <= q.start < content[1]:
            br = doc.text.find("\n", q.start, content[1])
            out.append((q.start, br if br > 0 else content[1]))
        elif content[0] <= q.start and q.end <= content[1]:
            out.append((q.start, q.end))
        elif not q.closed and content[0] <= q.start < content[1]:
            out.append((q.start, content[1]))
    return out


def form_of(doc: Document, sent: Sentence, c: Candidate) -> tuple[str, list[tuple[int, int]]]:
    quotes = content_quotes(doc, sent, c.content)
    skip = [x for x in (c.cue, c.source) if x]
    return content_form(doc.text, c.content, quotes, skip), quotes
