"""Quote detection: pair quote marks into quoted spans, tolerating the marks news text really has.

Handles « » with or without (no-break) spaces, “ ” „, straight ", ‹ ›, the doubled apostrophes some
wires use ('' … '' and `` … ''), single quotes (‘ ’ and ' … ' told apart from apostrophes), a curly
opener closed by a straight mark (scraped text), nesting, reversed
guillemets used as openers (``l' »élargissement``) and marks left unclosed. One linear pass over
the marks; a quote never crosses a line break, so a stray mark cannot swallow an article.
"""

from __future__ import annotations

import re

from .document import Quote

_MARKS = re.compile(r"[«»“”„\"‹›\n‘’]|''?|``")
# family of each mark: an opener only closes with a mark of its own family
_FAMILY = {"«": "g", "»": "g", "“": "c", "”": "c", "„": "c", '"': "s", "‹": "a", "›": "a", "''": "d", "``": "d",
           "‘": "q", "’": "q", "'": "q"}
# scraped text mixes curly and straight double marks: “… " closes like “… ”
_CLOSES = {"s": ("s", "c"), "c": ("c", "s")}
_NATURAL_OPEN = {"«", "“", "„", "‹"}
MAX_QUOTE = 3000  # characters; longer "quotes" are mismatched marks
MAX_DEPTH = 8  # nesting levels a closing mark looks back through


def _space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _role(text: str, i: int, ch: str, straight_open: bool) -> str:
    """'open' or 'close' for the mark ``ch`` at ``i``, from its glyph and the characters around it."""
    prev = text[i - 1] if i > 0 else ""
    j = i + len(ch)
    nxt = text[j] if j < len(text) else ""
    glued_left = not _space(prev) and prev not in "'’(["
    glued_right = not _space(nxt) and nxt.isalnum()
    if ch == "``":
        return "open"
    if ch in ("'", "’", "‘"):
        # single marks are apostrophes too ("l'armée", "don’t", "leaders' "): a mark opens at a word's start
        # after a space and closes after a word when free before a space or punctuation; else it is no quote mark
        if glued_right and not glued_left and ch != "’":
            return "open"
        if glued_left and not glued_right and ch != "‘" and not nxt.isalnum():
            return "close"
        return "none"
    if ch in ('"', "''"):
        if glued_right and not glued_left:
            return "open"
        if glued_left and not glued_right:
            return "close"
        return "close" if straight_open else "open"
    if ch in _NATURAL_OPEN:
        # « used as a closer: glued to the word before, free after
        return "close" if glued_left and not glued_right and nxt not in "\u00a0\u202f" else "open"
    # a closing glyph glued to the following word and free before is an opener (l' »élargissement)
    return "open" if glued_right and not glued_left else "close"


def find_quotes(text: str, start: int = 0, end: int | None = None) -> tuple[list[Quote], list[int], list[int]]:
    """Return (closed quotes sorted by start, unmatched opener offsets, unmatched closer offsets) of
    ``text[start:end]``, with offsets into ``text``."""
    quotes: list[Quote] = []
    lone_open: list[int] = []
    lone_close: list[int] = []
    stack: list[tuple[str, int]] = []  # (family, offset)
    opened = {"s": 0, "d": 0}  # openers on the stack of the families whose glyph opens and closes
    for m in _MARKS.finditer(text, start, len(text) if end is None else end):
        i = m.start()
        ch = m.group()
        if ch == "\n":
            lone_open.extend(off for _, off in stack)
            stack.clear()
            opened = {"s": 0, "d": 0}
            continue
        if (ch == "'" or ch == "’") and text[i - 1:i].isalnum() and text[i + 1:i + 2].isalnum():
            continue  # an apostrophe between two letters or digits ("l'armée", "don’t"), the most common mark
        fam = _FAMILY[ch]
        role = _role(text, i, ch, opened.get(fam, 0) > 0)
        if role == "none" or role == "close" and fam == "q" and not any(f == "q" for f, _ in stack):
            continue  # an apostrophe
        if role == "open":
            stack.append((fam, i))
            if fam in opened:
                opened[fam] += 1
            continue
        # close: find the nearest opener of the same family (bounded look-back keeps this linear)
        fams = _CLOSES.get(fam, (fam,))
        if not any(f == fam for f, _ in stack):
            fams = fams[1:] or fams  # a straight mark closing a curly opener, or the reverse
        else:
            fams = (fam,)
        j = len(stack) - 1
        while j >= 0 and stack[j][0] not in fams and len(stack) - j < MAX_DEPTH:
            j -= 1
        if j >= 0 and stack[j][0] not in fams:
            j = -1
        if j < 0 or i - stack[j][1] > MAX_QUOTE:
            lone_close.append(i)
            continue
        for _, off in stack[j + 1:]:
            lone_open.append(off)
        start = stack[j][1]
        for f, _ in stack[j:]:
            if f in opened:
                opened[f] -= 1
        del stack[j:]
        quotes.append(Quote(start, i + len(ch)))
    lone_open.extend(off for _, off in stack)
    quotes.sort(key=lambda q: q.start)
    lone_open.sort()
    return quotes, lone_open, lone_close
