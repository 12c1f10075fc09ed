"""The pipeline behind ``extract``: text → annotated document → candidate attributions → linked claims → records."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .as_clauses import split_as_clauses
from .backend import NAMES, get_backend, resolve_auto
from .denials import resolve_denials
from .discourse import attach_floating_quotes, merge_paragraph_quotes, sign_quotes
from .document import Document
from .frames import Candidate, form_of, sentence_candidates
from .langdetect import detect_lang
from .learned.combine import refine
from .lexicon import LANGS, Lexicon, get_lexicon
from .linking import (
    Mention,
    Names,
    analyse_sources,
    resolve_fragments,
    subject_hint,
)
from .notclaims import drop_not_claims
from .parse import align, is_stanza_document, set_char_offsets, stanza_text, stanza_words
from .records import Claim, Claims, Cue, Source, Span
from .segmentation import segment


def _check(text: object, lang: str | None, backend: str) -> None:
    if lang is not None and lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(LANGS)} or None")
    if backend not in NAMES:
        raise ValueError(f"unknown backend {backend!r}; expected one of {', '.join(NAMES)}")
    if not isinstance(text, str) and not is_stanza_document(text):
        raise TypeError(f"text must be str or stanza.Document, not {type(text).__name__}")


def extract(text: str | Any, lang: str | None = None, doc_id: str | None = None, backend: str = "auto",
            **options: Any) -> Claims:
    """Extract the attributed claims of ``text``.

    ``text`` is a string, or a ``stanza.Document`` (e.g. from :func:`read_conllu`) whose parse is then
    used and whose ``text`` the offsets index. ``lang`` is ``"fr"`` or ``"en"`` (detected when ``None``);
    ``doc_id`` is copied into every record. ``backend`` is ``"auto"`` (default), ``"surface"``,
    ``"stanza"`` or ``"spacy"``; ``options`` go to the backend (``model_dir=``, ``model=``, stanza's
    ``*_model_path=``). Returns a :class:`Claims` list in document order.
    """
    _check(text, lang, backend)
    if doc_id is not None and not isinstance(doc_id, str):
        raise TypeError(f"doc_id must be str or None, not {type(doc_id).__name__}")
    sdoc = None
    if not isinstance(text, str):
        sdoc, text = text, stanza_text(text)
        if any(t.start_char is None for s in sdoc.sentences for t in s.tokens):
            set_char_offsets(sdoc)
            text = sdoc.text
    lang = lang or detect_lang(text)

    annotate = None
    if sdoc is not None:
        words = stanza_words(sdoc)

        def annotate(doc: Document) -> None:
            align(doc, words)
    elif backend != "surface" and text.strip():
        # "auto" is the surface rules by default: resolved first, so that the common call builds no backend key
        name = resolve_auto(lang) if backend == "auto" else backend
        if name != "surface":
            annotate = get_backend(name, lang, **options).annotate
    with _gc_paused(len(text) > GC_PAUSE_CHARS):
        return _claims(text, lang, doc_id, annotate)


BLOCK_CHARS = 100_000  # a long text is read in blocks of about this size, cut at line breaks


def blocks(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of consecutive blocks of ``text``, cut after a line break where there is one (no quote
    and no sentence crosses a line break), else after a sentence end, else at a space."""
    size = size or BLOCK_CHARS
    out: list[tuple[int, int]] = []
    n = len(text)
    pos = 0
    while pos < n:
        end = pos + size
        if end >= n:
            out.append((pos, n))
            break
        cut = text.rfind("\n", pos + size // 2, end)
        if cut < 0:
            cut = text.find("\n", end, end + size)
        if cut < 0:
            m = _SENTENCE_END.search(text, end, end + size)
            cut = m.start() if m else text.find(" ", end, end + size)
        if cut < 0:
            cut = end - 1
        out.append((pos, cut + 1))
        pos = cut + 1
    return out


_SENTENCE_END = re.compile(r"[.!?…][»”\"]?\s(?=\s*[A-ZÀ-Ý«“\"])")


def _claims(text: str, lang: str, doc_id: str | None, annotate: Callable[[Document], None] | None) -> Claims:
    """Read ``text`` block by block (memory bounded by the block size, not the text), then link."""
    lex = get_lexicon(lang)
    names = Names(lex)
    starts: list[int] = []
    cands: list[Candidate] = []
    for a, b in blocks(text):
        doc = segment(text, lang, a, b, first_index=len(starts))
        if not doc.sentences:
            continue
        if annotate is not None:
            annotate(doc)
        starts.extend(s.start for s in doc.sentences)
        cands.extend(_read_block(doc, lex, names))  # the block's tokens are dropped here
    return _records(text, lang, doc_id, cands, names, starts)


def _read_block(doc: Document, lex: Lexicon, names: Names) -> list[Candidate]:
    """The candidates of one annotated block, with everything that needs its tokens already taken from them
    (form and quotes, a pronoun's sentence subject); its names go into ``names``."""
    names.add(doc)
    cands = merge_paragraph_quotes(doc, drop_not_claims(doc, candidates(doc), lex))
    sign_quotes(doc, cands)  # "– Paul Mercier, délégué" on the line after a quoted paragraph
    attach_floating_quotes(doc, cands)  # before fragments are dropped: a short quote may float too
    found = _dedupe(resolve_fragments(doc, cands))
    found = refine(doc, found, lex)  # the learned tagger where the language has one (English), loaded lazily
    for c in found:
        c.form, c.quotes = form_of(doc, doc.sentence(c.sentence), c)
        c.hint = subject_hint(doc, c, lex)
    return found


GC_PAUSE_CHARS = 50_000


@contextmanager
def _gc_paused(pause: bool) -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a long text is processed.

    A long text makes hundreds of thousands of small objects that live until the end of the call and
    hold no cycles; with the collector running, each generation-2 pass walks all of them again, which
    makes time grow faster than the text (measured: 1 MB twice as slow). The previous state is restored.
    """
    was = gc.isenabled()
    if pause and was:
        gc.disable()
    try:
        yield
    finally:
        if pause and was:
            gc.enable()


def candidates(doc: Document) -> list[Candidate]:
    """All candidate attributions of an annotated document, before linking."""
    lex = get_lexicon(doc.lang)
    out: list[Candidate] = []
    for sent in doc.sentences:
        out.extend(sentence_candidates(doc, sent, lex))
    return out


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Drop a candidate whose content and source another, surer candidate of its sentence already gives."""
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    out: list[Candidate] = []
    for group in by_sentence.values():
        kept: list[Candidate] = []
        for c in sorted(group, key=lambda c: -c.confidence):
            dup = False
            for o in kept:
                same_content = o.content == c.content or (
                    max(o.content[0], c.content[0]) < min(o.content[1], c.content[1])
                    and (o.frame == "bare" or c.frame in ("bare", "fragment", "anticipated")))
                if same_content and (o.source == c.source or c.source is None or o.cue == c.cue):
                    dup = True
                    break
            if not dup:
                kept.append(c)
        out.extend(kept)
    out.sort(key=lambda c: (c.content[0], c.cue[0] if c.cue else -1))
    return out


def _id_number(claim_id: str) -> int:
    return int(claim_id[1:])  # "c12" -> 12


def claims_of(doc: Document, doc_id: str | None = None) -> Claims:
    """Link the candidates of an annotated document (segmented, parsed or not) and build its records."""
    names = Names(get_lexicon(doc.lang))
    cands = _read_block(doc, get_lexicon(doc.lang), names)
    return _records(doc.text, doc.lang, doc_id, cands, names, [s.start for s in doc.sentences])


def _records(text: str, lang: str, doc_id: str | None, cands: list[Candidate], names: Names,
             starts: list[int]) -> Claims:
    """Link sources and denials across the whole text and build the records."""
    lex = get_lexicon(lang)
    pairs = split_as_clauses(text, cands, lex)
    cands.sort(key=lambda c: (c.content[0], c.cue[0] if c.cue else -1))
    mentions = analyse_sources(text, cands, lex, names, starts)
    links = resolve_denials(text, cands, mentions, lex, pairs)
    ids = [f"c{i + 1}" for i in range(len(cands))]
    denied_by: dict[int, list[str]] = {}
    for d, js in links.items():
        for j in js:
            denied_by.setdefault(j, []).append(ids[d])
    out = Claims(text=text, lang=lang, doc_id=doc_id)
    for i, c in enumerate(cands):
        out.append(_record(text, lang, doc_id, c, mentions.get(i), ids[i],
                           # most claims deny nothing and are denied by nothing: sort only where there is something
                           sorted([ids[j] for j in links[i]], key=_id_number) if i in links else (),
                           sorted(denied_by[i], key=_id_number) if i in denied_by else ()))
    return out


def _record(text: str, lang: str, doc_id: str | None, c: Candidate, m: Mention | None, claim_id: str,
            denies: Sequence[str], denied_by: Sequence[str]) -> Claim:
    """The record of one linked candidate (``m``: its source mention)."""
    source = None
    if c.source is not None:
        source = Source(text[m.start:m.end], m.start, m.end, m.canonical, m.type)
    cue = None
    if c.cue is not None:
        a, b = c.cue
        cue = Cue(text[a:b], a, b, c.lemma)
    conf = c.confidence
    if source is None and c.frame != "passive":
        conf -= 0.1
    if c.group is not None and c.group.entry is not None:
        # a cue word that is often not a cue (measured on training data) makes the claim less sure
        conf *= 0.6 + 0.4 * c.group.entry.precision
    s, e = c.content
    target = c.target
    return Claim(
        claim_id, doc_id, lang, c.act, c.form, Span(text[s:e], s, e),
        tuple([Span(text[a:b], a, b) for a, b in c.quotes]) if c.quotes else (),
        source, cue,
        tuple([Span(text[a:b], a, b) for a, b in c.via]) if c.via else (),
        None if target is None else Span(text[target[0]:target[1]], *target),
        denies, denied_by, c.sentence, round(min(1.0, max(0.0, conf)), 3),
    )
