"""Quote detection: pair quote marks into quoted spans, tolerating the marks news text really has.

Handles « » with or without (no-break) spaces, “ ” „, straight " and ‹ ›, nesting, reversed
guillemets used as openers (``l' »élargissement``) and marks left unclosed. One linear pass over
the marks; a quote never crosses a line break, so a stray mark cannot swallow an article.
"""

from __future__ import annotations

import re

from .document import Quote

_MARKS = re.compile(r'[«»“”„"‹›]|\n')
# family of each mark: an opener only closes with a mark of its own family
_FAMILY = {"«": "g", "»": "g", "“": "c", "”": "c", "„": "c", '"': "s", "‹": "a", "›": "a"}
_NATURAL_OPEN = {"«", "“", "„", "‹"}
MAX_QUOTE = 3000  # characters; longer "quotes" are mismatched marks
MAX_DEPTH = 8  # nesting levels a closing mark looks back through


def _space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _role(text: str, i: int, ch: str, straight_open: bool) -> str:
    """'open' or 'close' for the mark at ``i``, from its glyph and the characters around it."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    glued_left = not _space(prev) and prev not in "'’(["
    glued_right = not _space(nxt) and nxt.isalnum()
    if ch == '"':
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


def find_quotes(text: str) -> tuple[list[Quote], list[int], list[int]]:
    """Return (closed quotes sorted by start, unmatched opener offsets, unmatched closer offsets)."""
    quotes: list[Quote] = []
    lone_open: list[int] = []
    lone_close: list[int] = []
    stack: list[tuple[str, int]] = []  # (family, offset)
    straight = 0  # straight-quote openers on the stack
    for m in _MARKS.finditer(text):
        i = m.start()
        ch = text[i]
        if ch == "\n":
            lone_open.extend(off for _, off in stack)
            stack.clear()
            straight = 0
            continue
        fam = _FAMILY[ch]
        role = _role(text, i, ch, straight > 0)
        if role == "open":
            stack.append((fam, i))
            straight += fam == "s"
            continue
        # close: find the nearest opener of the same family (bounded look-back keeps this linear)
        j = len(stack) - 1
        while j >= 0 and stack[j][0] != fam and len(stack) - j < MAX_DEPTH:
            j -= 1
        if j >= 0 and stack[j][0] != fam:
            j = -1
        if j < 0 or i - stack[j][1] > MAX_QUOTE:
            lone_close.append(i)
            continue
        for _, off in stack[j + 1:]:
            lone_open.append(off)
        start = stack[j][1]
        straight -= sum(1 for f, _ in stack[j:] if f == "s")
        del stack[j:]
        quotes.append(Quote(start, i + 1))
    lone_open.extend(off for _, off in stack)
    quotes.sort(key=lambda q: q.start)
    lone_open.sort()
    return quotes, lone_open, lone_close
