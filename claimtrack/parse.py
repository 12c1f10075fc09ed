"""The parse layer: Universal Dependencies annotations laid onto claimtrack's own tokens.

A parse (gold CoNLL-U read through stanza, a stanza pipeline, spaCy) arrives as words with character
offsets, UPOS, lemma, head and relation. ``align`` copies them onto the tokens of a segmented
:class:`~claimtrack.document.Document` by character overlap, so the extractor keeps one tokenization and
the parse only adds knowledge; a head outside the token's sentence is dropped. Multi-word tokens
("du" = "de le") map back to their surface token, which takes the annotation of its first word.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from typing import Any

from .document import Document
from .extras import require


class Word:
    """One parsed word: character span, annotations, and the index of its head word (-1 for a root)."""

    __slots__ = ("start", "end", "text", "lemma", "upos", "head", "deprel", "ner", "feats")

    def __init__(self, start: int, end: int, text: str, lemma: str | None, upos: str | None, head: int,
                 deprel: str | None, ner: str | None = None, feats: str | None = None):
        self.start, self.end, self.text = start, end, text
        self.lemma, self.upos, self.head, self.deprel, self.ner, self.feats = lemma, upos, head, deprel, ner, feats


def align(doc: Document, words: Sequence[Word]) -> int:
    """Annotate ``doc``'s tokens from ``words`` (document-level indices); return how many tokens got a word."""
    if not words:
        return 0
    starts = [w.start for w in words]
    token_word: dict[int, int] = {}  # id(token) -> word index
    word_token: dict[int, tuple[int, int]] = {}  # word index -> (sentence index, token index)
    from bisect import bisect_right

    n_aligned = 0
    for sent in doc.sentences:
        for tok in sent.tokens:
            k = bisect_right(starts, tok.start) - 1
            best, best_overlap = None, 0
            for j in range(max(0, k - 1), min(len(words), k + 3)):
                w = words[j]
                ov = min(w.end, tok.end) - max(w.start, tok.start)
                if ov > best_overlap:
                    best, best_overlap = j, ov
            if best is None:
                continue
            token_word[id(tok)] = best
            word_token.setdefault(best, (sent.index, tok.i))
            n_aligned += 1
    for sent in doc.sentences:
        for tok in sent.tokens:
            wi = token_word.get(id(tok))
            if wi is None:
                continue
            w = words[wi]
            tok.lemma, tok.upos, tok.deprel, tok.ner = w.lemma, w.upos, w.deprel, w.ner
            if w.head < 0:
                tok.head = -1
            else:
                where = word_token.get(w.head)
                tok.head = where[1] if where is not None and where[0] == sent.index and where[1] != tok.i else None
                if where is None and w.head in range(len(words)):
                    # the head word has no token of its own (it is the second word of an MWT): use the
                    # token of the nearest word before it
                    for h in range(w.head - 1, max(-1, w.head - 3), -1):
                        where = word_token.get(h)
                        if where is not None:
                            tok.head = where[1] if where[0] == sent.index and where[1] != tok.i else None
                            break
    doc.parsed = n_aligned > 0
    return n_aligned


# --- stanza documents and CoNLL-U ----------------------------------------------------------------------

def stanza_words(sdoc: Any) -> list[Word]:
    """The words of a ``stanza.Document`` with document-level head indices and token character spans."""
    out: list[Word] = []
    for sent in sdoc.sentences:
        base = len(out)
        ids: dict[int, int] = {}
        for tok in sent.tokens:
            for w in tok.words:
                ids[w.id] = len(out)
                ner = getattr(tok, "ner", None)
                out.append(Word(tok.start_char if tok.start_char is not None else -1,
                                tok.end_char if tok.end_char is not None else -1,
                                w.text, w.lemma, w.upos, w.head or 0, w.deprel, ner, w.feats))
        for k in range(base, len(out)):
            h = out[k].head
            out[k].head = -1 if h == 0 else ids.get(h, -1)
    return out


def stanza_text(sdoc: Any) -> str:
    """The text of a stanza Document: its own, else its sentences' texts joined by one space."""
    if getattr(sdoc, "text", None):
        return sdoc.text
    return " ".join(s.text or " ".join(t.text for t in s.tokens) for s in sdoc.sentences)


def set_char_offsets(sdoc: Any) -> None:
    """Give every token of a CoNLL-U-built Document its character span in :func:`stanza_text`.

    Tokens are found in order in each sentence's ``# text`` (sentences joined by one space); a token that
    cannot be found (text and tokens disagree) keeps no span.
    """
    pos = 0
    for sent in sdoc.sentences:
        stext = sent.text or " ".join(t.text for t in sent.tokens)
        cursor = 0
        for tok in sent.tokens:
            i = stext.find(tok.text, cursor)
            if i < 0:
                tok._start_char = tok._end_char = None
                continue
            tok._start_char, tok._end_char = pos + i, pos + i + len(tok.text)  # no public setter
            cursor = i + len(tok.text)
        pos += len(stext) + 1
    sdoc.text = stanza_text(sdoc)


_NEWDOC = re.compile(r"^# newdoc(?: id)?\s*=?\s*(.*)$")


def read_conllu(source: str | os.PathLike) -> Iterator[tuple[str | None, Any]]:
    """``(doc_id, stanza.Document)`` for each ``# newdoc id = …`` of a CoNLL-U file path or string.

    One document (id ``None``) when there is no newdoc line. The document's text is its sentences'
    ``# text`` lines joined by one space, and its tokens carry character offsets into it.
    """
    CoNLL = require("stanza.utils.conll", "stanza", "read_conllu()").CoNLL

    if isinstance(source, os.PathLike) or (isinstance(source, str) and "\n" not in source
                                             and os.path.exists(source)):
        with open(source, encoding="utf-8") as fh:
            data = fh.read()
    elif isinstance(source, str):
        data = source
    else:
        raise TypeError(f"read_conllu expects a path or CoNLL-U text, not {type(source).__name__}")
    chunks: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in data.splitlines():
        m = _NEWDOC.match(line)
        if m:
            chunks.append((m.group(1).strip() or None, []))
        chunks[-1][1].append(line)
    for doc_id, lines in chunks:
        body = "\n".join(lines).strip()
        if not any(ln and not ln.startswith("#") for ln in lines):
            continue
        sdoc = CoNLL.conll2doc(input_str=body + "\n\n")
        set_char_offsets(sdoc)
        yield doc_id, sdoc


def is_stanza_document(obj: Any) -> bool:
    cls = type(obj)
    return cls.__name__ == "Document" and cls.__module__.startswith("stanza")
