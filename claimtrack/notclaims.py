"""Not claims: candidates whose words no one is saying, dropped before linking.

- a procedural ground: ``Il a été condamné pour « abus de biens sociaux »``, ``porterait plainte pour
  diffamation``, ``He was charged with "assault"`` — after a legal act or a nominal cue (``plainte``) the
  words behind ``pour``/``for``/``with`` name an offence, not what anyone said;
- an inscription: ``A banner read "Hands Off"``, ``Une pancarte proclamait « … »`` — a sign is no speaker;
- a quoted name: ``announced her "Blue Rivers" plan``, ``a annoncé son plan « Routes sûres »``, ``a annoncé
  le « Plan Vert », doté de 300 millions`` — a short capitalised quote inside a noun-phrase object is a title
  (a phrase set off by a comma after it describes the title);
- scare quotes: ``marched against the so-called "reform" of pensions`` — a marker of the language table
  (``scare_markers``) before a quoted word inside a noun phrase: the writer keeps the word at a distance;
- a quoted title: ``watched "The Night Shift" on television`` — a quote in title case (every long word
  capitalised, no sentence punctuation) that is the whole content is a name, not words said.
"""

from __future__ import annotations

import re

from .document import Document
from .frames import Candidate
from .lexicon import Lexicon

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_QUOTE_MARKS = "«»“”„\"‹›‘’'"
_MARK = re.compile("[«»“”„\"‹›‘’']")
MAX_TITLE_WORDS = 8  # « Pacte pour l'emploi des jeunes du Nord »
MAX_AROUND_TITLE = 4  # words of the noun phrase outside the quoted name


def drop_not_claims(doc: Document, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """``cands`` without procedural grounds, inscriptions and quoted names (see the module docstring)."""
    return [c for c in cands if not (_procedural(doc.text, c, lex) or _inscription(doc.text, c, lex)
                                     or _quoted_name(doc.text, c, lex)
                                     or lex.scare_markers and _scare_quote(doc.text, c, lex)
                                     or lex.title_quotes and _title_quote(doc.text, c, lex))]


def drop_scare_quotes(doc: Document, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """``cands`` without scare-quoted noun phrases: the filter the tagger's claims pass too (the others,
    measured on the tagger's claims, cost PolNeAR recall: it annotates titles and signs)."""
    return [c for c in cands if not _scare_quote(doc.text, c, lex)] if lex.scare_markers else cands


def _procedural(text: str, c: Candidate, lex: Lexicon) -> bool:
    if c.cue is None or c.content[0] < c.cue[1]:
        return False
    between = text[c.cue[1]:c.content[0]].strip().lower()
    if not between or between not in lex.ground_preps:
        return False
    last = text[c.cue[0]:c.cue[1]].rsplit(None, 1)[-1].lower().replace("’", "'")
    # a legal act ("condamné pour", "charged with") or a noun cue ("plainte pour"): an offence named, not said
    return c.lemma in lex.procedural_cues or last in lex.ambiguous


def _inscription(text: str, c: Candidate, lex: Lexicon) -> bool:
    if c.source is None:
        return False
    words = text[c.source[0]:c.source[1]].split()
    return bool(words) and words[-1].lower() in lex.inscription_nouns


def _quoted_name(text: str, c: Candidate, lex: Lexicon) -> bool:
    body = text[c.content[0]:c.content[1]]
    if body[:1] in _QUOTE_MARKS:
        return False
    # the marks first (found by a regex, not a walk over the characters): most contents hold no quoted name
    marks = [m.start() for m in _MARK.finditer(body) if not (m.group() in "'’" and _inside_word(body, m.start()))]
    if len(marks) != 2:
        return False
    first = _WORD.search(body)
    if first is None or first.group().lower().replace("’", "'") not in lex.determiners:
        return False
    inner = body[marks[0] + 1:marks[1]].strip()
    if not (inner[:1].isupper() and inner[-1:].isalnum()):
        return False
    n = len(_WORD.findall(inner))
    # a noun phrase: the quote with a few words around it ("son plan « … » lundi"), not a clause; a phrase set
    # off by a comma after the name describes it ("le « Plan Vert », doté de 300 millions") and is not counted
    tail = body[marks[1] + 1:]
    outside = len(_WORD.findall(body[:marks[0]])) + len(_WORD.findall(tail.split(",", 1)[0]))
    return 0 < n <= MAX_TITLE_WORDS and outside <= MAX_AROUND_TITLE


def _inside_word(s: str, i: int) -> bool:
    return 0 < i < len(s) - 1 and s[i - 1].isalnum() and s[i + 1].isalnum()


def _scare_quote(text: str, c: Candidate, lex: Lexicon) -> bool:
    """A noun phrase holding ``so-called "X"``: the content starts with a determiner and a scare marker stands
    right before its first quote mark."""
    if not lex.scare_markers:
        return False
    body = text[c.content[0]:c.content[1]]
    m = _MARK.search(body)
    if m is None or m.start() == 0:
        return False
    words = _WORD.findall(body[:m.start()])
    return len(words) >= 2 and words[0].lower() in lex.determiners and words[-1].lower() in lex.scare_markers


def _title_quote(text: str, c: Candidate, lex: Lexicon) -> bool:
    """A content that is a quote in title case ("The Night Shift", "A House of Glass") with at most a few
    words after it: every word of four letters or more capitalised, two words at least, no sentence end."""
    body = text[c.content[0]:c.content[1]].strip()
    if body[:1] not in _QUOTE_MARKS:
        return False
    close = _MARK.search(body, 1)
    if close is None:
        return False
    inner = body[1:close.start()].strip()
    words = _WORD.findall(inner)
    if len(words) < 2 or inner[-1:] in ".!?,;:" or not words[0][:1].isupper() \
            or words[0].lower() in lex.subject_pronouns:  # "We Will Not Pay": a slogan someone says
        return False
    after = body[close.end():]
    if "," in after or len(_WORD.findall(after)) > MAX_AROUND_TITLE:
        return False
    return all(w[:1].isupper() or len(w) < 4 for w in words)
