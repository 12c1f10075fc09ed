"""Quotes without a cue verb: speaker labels ("WALLACE: …") and bare quotes no frame claims.

Example: a sentence made of « Nous ne céderons pas sur l'essentiel » alone is a bare claim (no source yet).
"""

from __future__ import annotations

from ..document import Document, Sentence
from .candidate import Candidate, Group
from .phrases import main_subject, np_right
from .view import END_PUNCT, SentenceView


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


def quote_then_speaker(S: SentenceView) -> Candidate | None:
    """A sentence opening with a quote, a colon or a dash, then its speaker: « Nous partirons » : le capitaine
    Jean Morel, … / « Nous ne lâcherons rien » – Paul Mercier, délégué syndical."""
    b = S.quote_open.get(0)
    if b is None or S.norm(b + 1) not in (":", "–", "—", "-") \
            or sum(S.t[i].text[:1].isalnum() for i in range(1, b)) < 4:
        return None  # a short quoted label is a rubric ("« Gilets jaunes » : …"), not a claim
    np = np_right(S, b + 2)
    if np is None or S.norm(np[0]) in S.lex.subject_pronouns:
        return None
    c = Candidate("statement", S.span(0, b), S.span(*np), None, "", S.sent.index, 0.6, "label_after")
    return c


def colon_quote(S: SentenceView, cands: list[Candidate]) -> Candidate | None:
    """A quote after a colon that no cue claims takes the subject of the clause before it:
    "Le préfet a été très clair : « … »", "La ministre a réagi : « … »"."""
    for j, b in S.quote_open.items():
        if j < 2 or S.t[j - 1].text != ":" or any(c.content[0] <= S.t[j].start < c.content[1] for c in cands):
            continue
        before = [c for c in cands if c.cue and c.source and c.content[1] == S.t[j - 2].end]
        if before:  # "il se défend de toute ambition : « … »": the quote goes on with that claim's cue
            o = before[-1]
            c = Candidate(o.act, S.span(j, b), o.source, o.cue, o.lemma, S.sent.index, 0.6, "colon_clause", o.group)
            c.source_kind = o.source_kind
            return c
        g = Group(j - 1, j - 1, j - 1, None)
        np, kind = main_subject(S, g)
        if np is None:
            return None
        verb = np[1] + 1
        w = S.norm(verb)
        if not (w in S.lex.auxiliaries or w in S.lex.forms or w in S.lex.object_clitics
                or S.t[verb].text[:1].islower() and S.t[verb].text[:1].isalpha()) or S.inside_quote(verb):
            return None
        cue = S.span(verb, j - 2) if j - 2 - verb <= 4 else None
        c = Candidate("statement", S.span(j, b), S.span(*np), cue, S.norm(verb), S.sent.index, 0.55, "colon_clause")
        c.source_kind = kind
        return c
    return None


def speaker_relative_quote(S: SentenceView, cands: list[Candidate]) -> Candidate | None:
    """A relative clause on an incise's speaker that quotes them: "« … », dit Paul Morel, qui a « honte »." ->
    a claim "a « honte »" by Paul Morel, with no cue of its own."""
    for c in cands:
        if c.frame != "post" or c.source is None:
            continue
        j = S.index_after(c.source[1])
        if S.norm(j) != "," or S.norm(j + 1) not in S.lex.relative_subjects:
            continue
        q = next((a for a in range(j + 2, min(S.n, j + 6)) if a in S.quote_open), None)
        if q is None:
            continue
        end = S.quote_open[q]
        if end + 1 < S.n and S.t[end + 1].text not in END_PUNCT:
            continue
        out = Candidate("statement", (S.t[j + 2].start, S.t[end].end), c.source, None, "", S.sent.index, 0.5,
                        "speaker_relative")
        out.source_kind = c.source_kind
        return out
    return None


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
        if not whole and in_noun_slot(S, q.start):
            continue  # "il risquait sept ans pour « … »": a quoted term in the writer's clause, no one's words
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


def in_noun_slot(S: SentenceView, start: int) -> bool:
    """Does the quote opening at offset ``start`` fill a noun slot of the writer's own clause (right after a
    preposition or a determiner: "pour « … »", "de la « … »")? Then, with no cue, it is a scare quote or a
    term, not a claim."""
    i = S.index_after(start)
    w = S.norm(i - 1)
    return i > 0 and (w in S.lex.stop_preps or w in S.lex.object_preps or w in S.lex.determiners) \
        and not S.t[i - 1].text[:1].isupper()
