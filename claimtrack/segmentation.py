"""Segmentation: tokens and sentences with offsets into the exact input string.

Tokens are slices of the text (never normalised copies): French elisions (``l'``, ``qu'``) and
inverted clitics (``a-t-il`` → ``a`` + ``-t-il``) become their own tokens. Sentences do not
break inside a closed quote, always break at a line break, and are capped in length so that
every later step works on bounded pieces.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise
from operator import attrgetter

from .document import Document, Quote, Sentence, Token
from .lexicon import get_lexicon
from .quotes import find_quotes

_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"          # initials and dotted acronyms: C.B., U.S.
    r"|[^\W_]+(?:[-'’][^\W_]+)*"   # words, numbers, hyphen/apostrophe compounds
    r"|\.{3,}|--+"                  # an ellipsis; ".." is two periods ("Paul R.." ends an initial, then the sentence)
    r"|\S"
)
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
_ELISION = {
    "fr": re.compile(r"(?i)(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=[^\W_])"),
    "en": None,
}
_CLITIC = {
    "fr": re.compile(r"(?i)-(?:t-)?(?:il|elle|on|ils|elles|je|nous|vous|tu|ce)$"),
    "en": None,
}
_EN_POSSESSIVE = re.compile(r"(?i)['’]s$")
_SENT_END = frozenset({".", "!", "?", "…", "..."})
_CLOSERS = frozenset("»”\"›")
_BREAKERS = _SENT_END | _CLOSERS  # the tokens that can end a sentence
# abbreviations that end with a period and do not end a sentence (language knowledge, both langs)
ABBREV = frozenset(
    "m mm mme mmes mlle mlles dr drs pr me mgr st ste gal gén col cdt lt sgt av apr j.-c etc ibid cf "
    "vol no nos p pp art env min max mr mrs ms messrs prof sen rep gov gen lt col sgt jr sr inc corp ltd co "
    "dept univ fig approx vs jan feb mar apr aug sept sep oct nov dec u.s u.k u.n".split()
)
MAX_SENTENCE_TOKENS = 300
_START = attrgetter("start")


def _norm(s: str) -> str:
    return s.lower().replace("’", "'")


def tokenize(text: str, start: int = 0, end: int | None = None, lang: str = "fr") -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets."""
    end = len(text) if end is None else end
    elision = _ELISION.get(lang)
    clitic = _CLITIC.get(lang)
    possessive = _EN_POSSESSIVE if lang == "en" else None
    out: list[Token] = []
    add = out.append
    # each match is (the spaces before a token, the token): matches are contiguous, so offsets are running
    # sums of lengths, and no match object is made (the loop runs ~200k times per MB)
    pos = start
    for gap, w in _SPACED_TOKEN.findall(text, start, end):
        s = pos + len(gap)
        pos = e = s + len(w)
        if w.isalnum() or len(w) < 3:
            add(Token(w, s, e, w.lower()))  # the common case: a plain word or a mark is one token
            continue
        if elision is not None:
            while True:  # "qu'il", "l'agence", "jusqu'à"
                em = elision.match(w)
                if not em:
                    break
                k = em.end()
                add(Token(w[:k], s, s + k, _norm(w[:k])))
                s += k
                w = w[k:]
        split = clitic.search(w) if clitic is not None else possessive.search(w) if possessive else None
        if split and split.start() > 0:  # "a-t-il" -> "a" + "-t-il"; "Clinton's" -> "Clinton" + "'s"
            k = split.start()
            add(Token(w[:k], s, s + k, _norm(w[:k])))
            add(Token(w[k:], s + k, e, _norm(w[k:])))
            continue
        add(Token(w, s, e, _norm(w)))
    return out


def _is_abbrev(tokens: list[Token], i: int) -> bool:
    """Is the period at ``tokens[i]`` part of an abbreviation (M., Dr., J.)?"""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.end != tokens[i].start:
        return False
    w = prev.norm
    if w in ABBREV:
        return True
    # a single capital letter is an initial (J. Smith), except a lone pronoun-like "I" / "A"
    return len(prev.text) == 1 and prev.text.isupper()


def _pronoun_after_initial(tokens: list[Token], i: int, lang: str) -> bool:
    """Does a capitalised subject pronoun follow the initial ending at ``tokens[i]``? "… et Paul C. Elle était
    là": a pronoun cannot go on a name, so the period ends the sentence."""
    prev = tokens[i - 1]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or len(prev.text) != 1 or not nxt.text[:1].isupper() or len(nxt.text) < 2:
        return False
    return nxt.norm in get_lexicon(lang).subject_pronouns


def _top_level(quotes: list[Quote]) -> list[Quote]:
    out: list[Quote] = []
    for q in quotes:
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out


def segment(text: str, lang: str, start: int = 0, end: int | None = None, first_index: int = 0) -> Document:
    """Cut ``text[start:end]`` into sentences of tokens (numbered from ``first_index``) and attach its quotes.

    Offsets stay those of the whole ``text``. A range should start and end at a line break, which no
    quote and no sentence crosses.
    """
    end = len(text) if end is None else end
    quotes, lone_open, lone_close = find_quotes(text, start, end)
    tokens = tokenize(text, start, end, lang=lang)
    sentences = _sentences(text, tokens, _top_level(quotes), lang, first_index)
    all_quotes = list(quotes) + _lone_quotes(sentences, lone_open, lone_close)
    all_quotes.sort(key=lambda q: (q.start, -q.end))
    _attach(sentences, all_quotes)
    return Document(text, lang, sentences, all_quotes)


def _sentences(text: str, tokens: list[Token], top: list[Quote], lang: str, first_index: int) -> list[Sentence]:
    """The tokens cut into sentences: at line breaks, at sentence-final marks outside top-level quotes
    (not after an abbreviation), at a quote closed after a final mark, and in over-long runs.

    Only line breaks and tokens that can end a sentence are visited (:func:`_cuts`); a run that would reach
    ``MAX_SENTENCE_TOKENS`` is cut again token by token (:func:`_sentences_stepwise`), as rare as it is slow.
    """
    if not tokens:
        return []
    bounds = [0, *_cuts(text, tokens, top, lang), len(tokens)]
    if any(b - a >= MAX_SENTENCE_TOKENS for a, b in pairwise(bounds)):
        return _sentences_stepwise(text, tokens, top, lang, first_index)
    sentences: list[Sentence] = []
    for a, b in pairwise(bounds):
        if b > a:
            run = tokens[a:b]
            for k, tok in enumerate(run):
                tok.i = k  # its index in its sentence
            sentences.append(Sentence(first_index + len(sentences), run[0].start, run[-1].end, run))
    return sentences


def _line_cuts(text: str, tokens: list[Token]) -> list[int]:
    """Index of each token that follows one or more line breaks (a line break always ends a sentence)."""
    out: list[int] = []
    n, end = len(tokens), tokens[-1].end
    nl = text.find("\n", tokens[0].start, end)
    while nl >= 0:
        j = bisect_right(tokens, nl, key=_START)  # no token holds a line break
        out.append(j)
        nl = text.find("\n", tokens[j].start, end) if j < n else -1
    return out


def _cuts(text: str, tokens: list[Token], top: list[Quote], lang: str) -> list[int]:
    """Rising indices of the tokens that open a new sentence (over-long runs aside)."""
    n, n_top = len(tokens), len(top)
    lines = _line_cuts(text, tokens)
    cuts: list[int] = []
    first = qi = li = 0  # first token of the running sentence; next top-level quote; next line cut
    for i in [k for k, t in enumerate(tokens) if t.text in _BREAKERS]:
        while li < len(lines) and lines[li] <= i:
            if lines[li] > first:
                first = lines[li]
                cuts.append(first)
            li += 1
        tok = tokens[i]
        if tok.text not in _SENT_END:  # a closing mark
            if i - first >= 2 and tokens[i - 1].text in _SENT_END and i + 1 < n \
                    and tokens[i + 1].text[:1].isupper() and any(q.end == tok.end for q in top):
                first = i + 1  # « … rater le train. » Elle admet …: the quote ended its sentence
                cuts.append(first)
            continue
        while qi < n_top and top[qi].end <= tok.start:
            qi += 1
        if qi < n_top and top[qi].start < tok.start and tok.end < top[qi].end or i + 1 == n:
            continue  # inside a quote, or the last token
        if tok.text == "." and _is_abbrev(tokens, i) and not _pronoun_after_initial(tokens, i, lang):
            continue
        nxt = tokens[i + 1]
        # a closing quote mark right after the period stays with this sentence
        if nxt.text in "»”\"›" and any(q.end == nxt.end for q in top[max(0, qi - 1):qi + 1]):
            continue
        c = nxt.text[:1]
        if c.isupper() or c.isdigit() or c in "«“\"„‹([-–—¿¡'‘`":
            first = i + 1
            cuts.append(first)
    cuts.extend(c for c in lines[li:] if c > first)
    return cuts


def _sentences_stepwise(text: str, tokens: list[Token], top: list[Quote], lang: str,
                        first_index: int) -> list[Sentence]:
    """:func:`_sentences` token by token, cutting over-long runs too (at ``;,:`` past ``MAX_SENTENCE_TOKENS``,
    anywhere past twice that)."""
    sentences: list[Sentence] = []
    cur: list[Token] = []
    qi = 0
    n = len(tokens)

    def flush() -> None:
        if cur:
            sentences.append(Sentence(first_index + len(sentences), cur[0].start, cur[-1].end, list(cur)))
            cur.clear()

    n_top = len(top)
    # a line break between two tokens always ends the sentence; no token holds one, so it is enough to know
    # the next line break ahead (one comparison a token, not a slice of the gap)
    end = tokens[-1].end if tokens else 0
    nl = text.find("\n", tokens[0].start if tokens else 0, end)
    for i, tok in enumerate(tokens):
        start = tok.start
        if 0 <= nl < start:
            flush()
            nl = text.find("\n", start, end)
        tok.i = len(cur)  # its index in its sentence
        cur.append(tok)
        if tok.text in _CLOSERS and len(cur) > 2 and cur[-2].text in _SENT_END and i + 1 < n \
                and tokens[i + 1].text[:1].isupper() and any(q.end == tok.end for q in top):
            flush()  # « … rater le train. » Elle admet …: the quote ended its sentence
            continue
        if tok.text not in _SENT_END:
            if len(cur) >= MAX_SENTENCE_TOKENS and (tok.text in ";,:" or len(cur) >= 2 * MAX_SENTENCE_TOKENS):
                while qi < n_top and top[qi].end <= start:
                    qi += 1
                if not (qi < n_top and top[qi].start < start and tok.end < top[qi].end) \
                        or len(cur) >= 2 * MAX_SENTENCE_TOKENS:
                    flush()
            continue
        while qi < n_top and top[qi].end <= start:
            qi += 1
        inside = qi < n_top and top[qi].start < start and tok.end < top[qi].end
        abbrev = tok.text == "." and _is_abbrev(tokens, i) and not _pronoun_after_initial(tokens, i, lang)
        if not inside and not abbrev:
            nxt = tokens[i + 1] if i + 1 < n else None
            if nxt is None:
                continue
            # a closing quote mark right after the period stays with this sentence
            if nxt.text in "»”\"›" and any(q.end == nxt.end for q in top[max(0, qi - 1):qi + 1]):
                continue
            c = nxt.text[:1]
            if c.isupper() or c.isdigit() or c in "«“\"„‹([-–—¿¡'‘`":
                flush()
    flush()
    return sentences


class _SentenceFinder:
    """The sentence holding each of a rising series of offsets, with one forward pointer (linear)."""

    def __init__(self, sentences: list[Sentence]):
        self.bounds = [(s.start, s.end) for s in sentences]
        self.si = 0

    def __call__(self, off: int) -> int:
        while self.si < len(self.bounds) - 1 and self.bounds[self.si][1] <= off:
            self.si += 1
        return self.si


def _lone_quotes(sentences: list[Sentence], lone_open: list[int], lone_close: list[int]) -> list[Quote]:
    """Open quotes for lone marks: one per sentence, its first lone opener quoting to the sentence end (later
    ones would only nest inside it), and likewise its last lone closer quoting from the start."""
    if not sentences:
        return []
    out: list[Quote] = []
    sentence_of = _SentenceFinder(sentences)
    seen: set[int] = set()
    for off in lone_open:
        k = sentence_of(off) if off >= sentences[0].start else 0
        s = sentences[k]
        if s.start <= off < s.end and k not in seen:
            seen.add(k)
            out.append(Quote(off, s.end, closed=False))
    sentence_of = _SentenceFinder(sentences)
    last_close: dict[int, int] = {}
    for off in lone_close:
        k = sentence_of(off) if off >= sentences[0].start else 0
        s = sentences[k]
        if s.start < off < s.end:
            last_close[k] = off
    for k, off in last_close.items():
        out.append(Quote(sentences[k].start, off + 1, closed=False))
    return out


def _attach(sentences: list[Sentence], all_quotes: list[Quote]) -> None:
    """Give each sentence the quotes that start in it (sorted), and each quote its count of words."""
    if not sentences:
        return
    sentence_of = _SentenceFinder(sentences)
    for q in all_quotes:
        k = sentence_of(q.start)
        if sentences[k].start <= q.start < sentences[k].end + 1:
            sentences[k].quotes.append(q)
    for s in sentences:
        if not s.quotes:
            continue
        # words inside each quote, from a running count of word tokens (linear in the sentence)
        starts = [t.start for t in s.tokens]
        cum = [0]
        for t in s.tokens:
            cum.append(cum[-1] + t.is_word)
        for q in s.quotes:
            a = bisect_right(starts, q.start)
            b = bisect_left(starts, q.end)
            while b > a and s.tokens[b - 1].end >= q.end:
                b -= 1
            q.words = cum[b] - cum[a] if b > a else 0
