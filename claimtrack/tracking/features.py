"""What tracking needs of each claim, computed once: date, outlet, source key, quote shingles, content terms.

>>> from claimtrack.tracking.features import shingles
>>> shingles("« Je n'ai rien fait »") == shingles('"je n’ai RIEN fait"')
True
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from typing import Any

import attrs

from ..records import Claim, Span  # noqa: F401 - Span in the doctest
from ..similarity import lexical_terms, quote_words
from .identity import given_name, source_key
from .proposition import cue_part

_CAPITALISED = re.compile(r"(?<![\w.])[A-ZÀ-ÖØ-Þ][\w'’-]+", re.UNICODE)


@attrs.define(slots=True, eq=False)
class ClaimFeatures:
    """One claim as tracking sees it; ``idx`` is its position in the input order."""

    idx: int
    doc_id: str
    claim_id: str
    lang: str
    act: str
    form: str
    day: int | None  # proleptic ordinal of the article's date
    date: str | None
    outlet: str | None
    key: str | None  # source identity across documents (identity.source_key)
    given: str | None  # the first name when the canonical name gives one (identity.given_name)
    canonical: str | None
    stype: str
    title: str | None
    shingles: frozenset[int]
    terms: frozenset[str]
    names: frozenset[str]  # identity keys of the names the content mentions ('comme le prétend X')
    target: str | None
    denies: tuple[str, ...]
    text: str
    prop: str = ""  # what the embedder reads: the content, after the cue when the content is short (proposition)
    cue_terms: frozenset[str] = frozenset()  # the cue's terms among ``terms`` (proposition.cue_part)
    cue: str = ""  # the cue's text when its terms were added: the semantic layer checks that two cues agree
    vector: dict[str, float] = attrs.field(factory=dict)
    emb: Any = None
    cue_emb: Any = None  # the unit vector of ``cue`` (when set)
    story: tuple[str, ...] = ()  # the main names of the claim's article (story_names)
    lsh: tuple | None = None  # LSH band hashes, computed once by blocking.lsh_bands


def parse_day(value: Any) -> int | None:
    """The ordinal day of an ISO date or datetime string; None when absent or unreadable."""
    if isinstance(value, dt.datetime):
        return value.date().toordinal()
    if isinstance(value, dt.date):
        return value.toordinal()
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def shingles(text: str, n: int = 3) -> frozenset[int]:
    """Hashed word n-grams of a quotation, normalised as :func:`claimtrack.similarity.quote_words`."""
    words = quote_words(text)
    if not words:
        return frozenset()
    grams = [" ".join(words[i:i + n]) for i in range(max(1, len(words) - n + 1))]
    return frozenset(zlib.crc32(g.encode("utf-8")) for g in grams)


def mentioned(text: str, lang: str) -> frozenset[str]:
    """Identity keys of the capitalised names in ``text`` ('Lambert', 'Moscou', 'AFP')."""
    return frozenset(k for k in (source_key(m, lang) for m in _CAPITALISED.findall(text)) if k)


def verbatim_text(claim: Claim) -> str:
    """The quoted words of a claim: its quote spans, or the whole content of a direct claim."""
    if claim.quotes:
        return " ".join(q.text for q in claim.quotes)
    return claim.content.text if claim.form == "direct" else ""


def features_of(idx: int, claim: Claim, doc_meta: dict[str, Any] | None = None) -> ClaimFeatures:
    """The features of one claim; ``doc_meta`` (date, outlet) completes what ``claim.meta`` lacks."""
    meta = dict(doc_meta or {}) | dict(claim.meta or {})
    lang = claim.lang or "fr"
    src = claim.source
    canonical = (src.canonical or src.text) if src is not None else None
    stype = src.type if src is not None else "unknown"
    key = source_key(canonical, lang, stype) if src is not None else None
    if key is None and src is not None and src.text != canonical:
        key = source_key(src.text, lang, stype)
    text = claim.content.text
    names = mentioned(text, lang)
    target = source_key(claim.target.text, lang) if claim.target is not None else None
    date = meta.get("date")
    cue_terms, prop = cue_part(claim)
    return ClaimFeatures(
        idx=idx, doc_id=str(claim.doc_id), claim_id=str(claim.id), lang=lang, act=claim.act, form=claim.form,
        day=parse_day(date), date=str(date)[:10] if date is not None else None, outlet=meta.get("outlet"),
        title=meta.get("title"), key=key,
        given=given_name(canonical, lang) if key and key.startswith("name:") else None,
        canonical=canonical if key else None, stype=stype, shingles=shingles(verbatim_text(claim)),
        terms=lexical_terms(text, lang) | cue_terms, names=names, target=target, denies=tuple(claim.denies), text=text,
        prop=prop, cue_terms=cue_terms, cue=claim.cue.text if cue_terms and claim.cue is not None else "")


def story_names(doc_feats: list[ClaimFeatures], title: str | None = None, top: int = 3) -> tuple[str, ...]:
    """The names an article is about: the entity keys its claims (sources and contents) and its title give at
    least twice, most frequent first (ties alphabetical); a name in the title counts twice, as a headline
    names the story. Claims of two articles sharing one are compared, whatever their source: that is how a
    quote whose speaker went unnamed meets its translation.

    >>> f = features_of(0, Claim("c1", "d", "fr", "statement", "indirect", Span("Paris et Rome ont", 0, 17)))
    >>> story_names([f, f])
    ('gov:FR', 'gov:IT')
    >>> story_names([f], title="Rome répond")
    ('gov:IT',)
    """
    counts: dict[str, int] = {}
    lang = doc_feats[0].lang if doc_feats else "fr"
    for k in mentioned(title or "", lang):
        counts[k] = 2
    for f in doc_feats:
        for k in {f.key, *f.names}:
            if k is not None and not k.startswith(("role:", "np:")):
                counts[k] = counts.get(k, 0) + 1
    ranked = sorted((k for k, n in counts.items() if n >= 2), key=lambda k: (-counts[k], k))
    return tuple(ranked[:top])
