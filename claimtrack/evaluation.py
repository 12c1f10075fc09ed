"""Evaluation against gold claim annotations (format of the shared gold files).

:func:`evaluate` runs an extractor over gold documents and scores its claims. The main setting is the one of
the shared scorer (``../shared/tools/score.py``), whose published definitions are implemented here:

* **Trimming.** Before any span comparison, spaces, quote marks and edge punctuation are removed from both ends
  of a span (:data:`TRIM_CHARS`).
* **Dice match.** A prediction matches a gold claim when the character Dice coefficient of their trimmed
  contents, ``2·overlap / (len₁ + len₂)``, is at least 0.5. Pairs are taken best score first (ties: earlier
  gold claim, then earlier prediction), one to one.
* **Source right.** Both sources are null; or the trimmed spans have Dice ≥ 0.5; or the predicted span overlaps
  the gold one, contains the gold source's last word and is at most twice as long + 10 characters; or the gold
  claim gives ``source_canonical`` and the predicted ``source.canonical`` has the same words (case and accents
  folded). *Attributed* = matched and source right.
* **Cue right** (over matched claims whose gold claim has a cue): the spans overlap and the predicted cue is at
  most three times as long as the gold cue + 10 characters.
* **Denial links**: (denier, denied) pairs from ``denies`` and ``denied_by``, predicted ids mapped to gold ids
  through the Dice matching; F1 over the pairs (n/a when the gold has no link).
* ``notclaim_fp``: unmatched predictions whose content has Dice > 0.3 with a phrase of the document's
  ``not_claims`` (its first occurrence in the text), counted once per (prediction, phrase).
* ``bad_offsets``: predicted spans (content, source, cue, target, quotes, via) whose offsets are not integers
  within the text or whose ``text`` differs from the text they index.

Two further settings read the same predictions more leniently or more strictly:

* **Coverage ≥ t** (``claims_*_cov{t}``): the share of the trimmed gold content's characters that the
  predicted content span covers; a match when it is at least ``t``, pairs taken best coverage first, one to one.
* **Exact** (``exact_*``): the trimmed spans are identical (and not empty), one to one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .io import JSONLError, iter_jsonl

#: characters removed from both ends of a span before comparing it: spaces, quote marks, edge punctuation
TRIM_CHARS = frozenset(" \t\n\u00a0\u202f«»“”\"'‘’‹›„,.;:—–-")

#: the Dice threshold of the main matching
DICE_THRESHOLD = 0.5
#: Dice above which an unmatched prediction counts as hitting a ``not_claims`` phrase
NOT_CLAIM_DICE = 0.3

PRED_SPAN_KEYS = ("content", "source", "cue", "target")
PRED_SPAN_LISTS = ("quotes", "via")
GOLD_SPAN_KEYS = ("content", "source", "cue", "target")

Offsets = tuple[int, int]
Extractor = Callable[[str, "str | None"], Iterable[Any]]

SUMMARY_KEYS = ("claims_P", "claims_R", "claims_F1", "attributed_P", "attributed_R", "attributed_F1",
                "source_acc", "cue_acc", "act_acc", "denial_F1", "hard_recall", "notclaim_fp", "gold", "pred",
                "bad_offsets", "chars_per_s")


# ---------------------------------------------------------------------------------------------------------------
# span arithmetic


def trim(text: str, start: int, end: int) -> Offsets:
    """``(start, end)`` narrowed past the :data:`TRIM_CHARS` at both ends of ``text[start:end]``."""
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


def overlap(a: Offsets, b: Offsets) -> int:
    """Number of characters two ``(start, end)`` spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def dice(a: Offsets, b: Offsets) -> float:
    """Character Dice coefficient of two spans: ``2·overlap / (len_a + len_b)``; 0 for two empty spans."""
    total = (a[1] - a[0]) + (b[1] - b[0])
    return 2 * overlap(a, b) / total if total else 0.0


def coverage(gold: Offsets, pred: Offsets) -> float:
    """Share of the gold span's characters that the predicted span covers; 0 for an empty gold span."""
    n = gold[1] - gold[0]
    return overlap(gold, pred) / n if n else 0.0


def valid_offsets(span: Any, n: int) -> Offsets | None:
    """``(start, end)`` of a span dict when both are integers with ``0 <= start <= end <= n``, else ``None``."""
    if not isinstance(span, Mapping):
        return None
    start, end = span.get("start"), span.get("end")
    for x in (start, end):
        if not isinstance(x, int) or isinstance(x, bool):
            return None
    if not 0 <= start <= end <= n:
        return None
    return start, end


def fold_words(s: str | None) -> list[str]:
    """The words of ``s``, lower-cased, accents removed; any non-alphanumeric character separates words."""
    decomposed = unicodedata.normalize("NFKD", s or "").lower()
    chars = (" " if not ch.isalnum() else ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(chars).split()


# ---------------------------------------------------------------------------------------------------------------
# per-claim judgements


def as_dict(claim: Any) -> dict[str, Any]:
    """A predicted claim as a dict: a dict as is, else its ``to_dict()``, else ``attrs.asdict``."""
    if isinstance(claim, Mapping):
        return dict(claim)
    if hasattr(claim, "to_dict"):
        return claim.to_dict()
    import attrs

    if attrs.has(type(claim)):
        return attrs.asdict(claim)
    raise TypeError(f"a prediction must be a dict, have to_dict() or be an attrs instance, not {type(claim).__name__}")


def count_bad_spans(text: str, pred: Mapping[str, Any]) -> int:
    """Spans of a prediction whose offsets are invalid or whose ``text`` differs from what they index."""
    spans = [pred.get(k) for k in PRED_SPAN_KEYS]
    for k in PRED_SPAN_LISTS:
        spans.extend(pred.get(k) or ())
    bad = 0
    for span in spans:
        if span is None:
            continue
        off = valid_offsets(span, len(text))
        if off is None or ("text" in span and text[off[0]:off[1]] != span["text"]):
            bad += 1
    return bad


def source_right(text: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Whether the predicted source of a matched claim is right (rules in the module docstring)."""
    gsrc, psrc = gold.get("source"), pred.get("source")
    poff = valid_offsets(psrc, len(text)) if psrc else None
    if gsrc is None:  # no source in the text: right only when the prediction gives none either
        return poff is None and not (psrc or {}).get("text")
    if poff is None:
        return False
    g = trim(text, gsrc["start"], gsrc["end"])
    p = trim(text, *poff)
    if dice(g, p) >= DICE_THRESHOLD:
        return True
    # a longer mention of the same head ("le ministre des Finances de Borduvie" for "ministre"), within bounds
    gold_words = fold_words(gsrc.get("text", text[g[0]:g[1]]))
    if (gold_words and overlap(g, p) > 0 and gold_words[-1] in fold_words(text[p[0]:p[1]])
            and p[1] - p[0] <= 2 * (g[1] - g[0]) + 10):
        return True
    # another mention of the same entity, resolved to the same full name
    canonical = fold_words(gold.get("source_canonical"))
    return bool(canonical) and fold_words(psrc.get("canonical")) == canonical


def cue_right(text: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Whether the predicted cue overlaps the gold cue and is at most three times its length + 10."""
    poff = valid_offsets(pred.get("cue"), len(text))
    g = (gold["cue"]["start"], gold["cue"]["end"])
    return poff is not None and overlap(g, poff) > 0 and poff[1] - poff[0] <= 3 * (g[1] - g[0]) + 10


def denial_links(claims: Iterable[Mapping[str, Any]]) -> set[tuple[Any, Any]]:
    """(denier id, denied id) pairs, from both the ``denies`` and the ``denied_by`` lists."""
    out = set()
    for c in claims:
        cid = c.get("id")
        out.update((cid, d) for d in c.get("denies") or ())
        out.update((d, cid) for d in c.get("denied_by") or ())
    return out


def greedy_match(gold: Sequence[Offsets], pred: Sequence[Offsets | None], similarity: Callable[[Offsets, Offsets],
                 float], threshold: float) -> dict[int, tuple[int, float]]:
    """One-to-one matching, best similarity first (ties: earlier gold, then earlier prediction).

    Only pairs with ``similarity >= threshold`` (and above 0) are candidates; predictions whose offsets are
    ``None`` take no part. Returns ``{gold index: (prediction index, similarity)}``.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if p is None:
                continue
            s = similarity(g, p)
            if s >= threshold and s > 0:
                candidates.append((-s, gi, pi))
    candidates.sort()
    matched: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for neg, gi, pi in candidates:
        if gi not in matched and pi not in used:
            matched[gi] = (pi, -neg)
            used.add(pi)
    return matched


def _exact(a: Offsets, b: Offsets) -> float:
    return 1.0 if a == b and a[0] < a[1] else 0.0


# ---------------------------------------------------------------------------------------------------------------
# gold input


def _span_problem(span: Any, text: str) -> str | None:
    if not isinstance(span, Mapping):
        return f"is not a span object ({type(span).__name__})"
    if valid_offsets(span, len(text)) is None:
        return f"has invalid offsets start={span.get('start')!r} end={span.get('end')!r} (text length {len(text)})"
    if not isinstance(span.get("text"), str):
        return "has no string 'text'"
    if text[span["start"]:span["end"]] != span["text"]:
        return (f"text {span['text'][:40]!r} differs from text[{span['start']}:{span['end']}] = "
                f"{text[span['start']:span['end']][:40]!r}")
    return None


def check_gold_document(doc: Any, where: str) -> dict[str, Any]:
    """Validate one gold document; ``where`` names it (``"FILE, line N"``) in error messages.

    Raises :class:`~claimtrack.JSONLError` when it is not an object with a string ``text`` and a list of
    ``claims``, and ``ValueError`` naming the document and the claim id when a span does not index the text.
    """
    if not isinstance(doc, Mapping):
        raise JSONLError(f"{where}: a gold document must be a JSON object, not {type(doc).__name__}")
    if not isinstance(doc.get("text"), str):
        raise JSONLError(f"{where}: gold document has no string 'text' field")
    if not isinstance(doc.get("claims"), list):
        raise JSONLError(f"{where}: gold document has no 'claims' list")
    text = doc["text"]
    name = f"document {doc.get('doc_id', where)!s}" + ("" if "doc_id" not in doc else f" ({where})")
    for i, claim in enumerate(doc["claims"]):
        if not isinstance(claim, Mapping):
            raise ValueError(f"{name}, claim #{i + 1}: not an object")
        cid = claim.get("id", f"#{i + 1}")
        if claim.get("content") is None:
            raise ValueError(f"{name}, claim {cid}: no content span")
        spans = [(k, claim.get(k)) for k in GOLD_SPAN_KEYS if claim.get(k) is not None]
        spans += [(f"via[{j}]", v) for j, v in enumerate(claim.get("via") or ())]
        for key, span in spans:
            problem = _span_problem(span, text)
            if problem:
                raise ValueError(f"{name}, claim {cid}: {key} span {problem}")
        for key in ("denies", "denied_by"):
            if not isinstance(claim.get(key) or [], list):
                raise ValueError(f"{name}, claim {cid}: '{key}' must be a list of claim ids")
    not_claims = doc.get("not_claims") or []
    if not isinstance(not_claims, list) or not all(isinstance(s, str) for s in not_claims):
        raise ValueError(f"{name}: 'not_claims' must be a list of strings")
    return dict(doc)


def load_gold(path: str | os.PathLike) -> list[dict[str, Any]]:
    """Read and validate a gold JSONL file (errors name the file and the line)."""
    return [check_gold_document(obj, f"{path}, line {lineno}") for lineno, obj in iter_jsonl(path)]


def _gold_documents(gold_docs: Any) -> list[dict[str, Any]]:
    if isinstance(gold_docs, (str, os.PathLike)):
        return load_gold(gold_docs)
    if isinstance(gold_docs, Mapping):
        raise TypeError("gold_docs must be an iterable of gold documents or a path, not a single document; "
                        "wrap it in a list")
    return [check_gold_document(doc, f"gold document {i}") for i, doc in enumerate(gold_docs, 1)]


# ---------------------------------------------------------------------------------------------------------------
# scoring


@dataclass
class Tally:
    """Counts summed over documents; :func:`summarize` turns them into figures."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    attributed: int = 0
    cue_gold: int = 0
    cue_right: int = 0
    act_right: int = 0
    links_gold: int = 0
    links_pred: int = 0
    links_right: int = 0
    hard_gold: int = 0
    hard_matched: int = 0
    notclaim_fp: int = 0
    bad_offsets: int = 0
    exact_matched: int = 0
    coverage_matched: dict[float, int] = field(default_factory=dict)
    chars: int = 0
    seconds: float = 0.0


def _text_of(span: Any) -> str | None:
    return span.get("text") if isinstance(span, Mapping) else None


def score_document(doc: Mapping[str, Any], preds: Sequence[Mapping[str, Any]], tally: Tally,
                   thresholds: Sequence[float] = (0.3, 0.8)) -> dict[str, Any]:
    """Score the predictions of one validated gold document into ``tally``; return its details."""
    text = doc["text"]
    gold = doc["claims"]
    tally.gold += len(gold)
    tally.pred += len(preds)
    bad = sum(count_bad_spans(text, p) for p in preds)
    tally.bad_offsets += bad

    gold_off = [trim(text, g["content"]["start"], g["content"]["end"]) for g in gold]
    pred_raw = [valid_offsets(p.get("content"), len(text)) for p in preds]
    pred_off = [trim(text, *p) if p else None for p in pred_raw]

    # the main setting: Dice >= 0.5 on trimmed contents
    match = greedy_match(gold_off, pred_off, dice, DICE_THRESHOLD)
    matches, misses, pred_to_gold = _score_matches(text, gold, preds, match, tally)
    matched_preds = {pi for pi, _ in match.values()}
    false_positives = _false_positives(doc, preds, pred_raw, matched_preds, tally)
    links = _score_links(gold, preds, pred_to_gold, tally)

    # the other settings: coverage thresholds and exact spans
    coverage_matches = {}
    for t in thresholds:
        m = greedy_match(gold_off, pred_raw, coverage, t)
        tally.coverage_matched[t] = tally.coverage_matched.get(t, 0) + len(m)
        coverage_matches[f"{t:g}"] = [{"gold_id": gold[gi].get("id"), "pred_id": preds[pi].get("id"),
                                       "coverage": round(c, 3)} for gi, (pi, c) in sorted(m.items())]
    exact = greedy_match(gold_off, pred_off, _exact, 1.0)
    tally.exact_matched += len(exact)

    return {"doc_id": doc.get("doc_id"), "lang": doc.get("lang"), "gold": len(gold), "pred": len(preds),
            "bad_offsets": bad, "matches": matches, "misses": misses, "false_positives": false_positives,
            "denial_links": links, "coverage_matches": coverage_matches,
            "exact_matches": [{"gold_id": gold[gi].get("id"), "pred_id": preds[pi].get("id")}
                              for gi, (pi, _) in sorted(exact.items())]}


def _score_matches(text: str, gold: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]],
                   match: Mapping[int, tuple[int, float]], tally: Tally) -> tuple[list, list, dict]:
    """Tally source, cue and act of every matched gold claim; return (matches, misses, pred id -> gold id)."""
    pred_to_gold: dict[Any, Any] = {}
    matches, misses = [], []
    for gi, g in enumerate(gold):
        hard = g.get("difficulty") == "hard"
        tally.hard_gold += hard
        if gi not in match:
            misses.append({"gold_id": g.get("id"), "content": g["content"]["text"],
                           "source": _text_of(g.get("source")), "hard": hard})
            continue
        pi, score = match[gi]
        p = preds[pi]
        if p.get("id") is not None:
            pred_to_gold.setdefault(p["id"], g.get("id"))
        src_ok = source_right(text, g, p)
        cue_ok = cue_right(text, g, p) if g.get("cue") else None
        act_ok = p.get("act") == g.get("act")
        tally.matched += 1
        tally.hard_matched += hard
        tally.attributed += src_ok
        tally.act_right += act_ok
        if cue_ok is not None:
            tally.cue_gold += 1
            tally.cue_right += cue_ok
        matches.append({"gold_id": g.get("id"), "pred_id": p.get("id"), "dice": round(score, 3),
                        "source_right": src_ok, "cue_right": cue_ok, "act_right": act_ok, "hard": hard,
                        "gold_content": g["content"]["text"], "pred_content": _text_of(p.get("content")),
                        "gold_source": _text_of(g.get("source")), "pred_source": _text_of(p.get("source")),
                        "gold_act": g.get("act"), "pred_act": p.get("act")})
    return matches, misses, pred_to_gold


def _false_positives(doc: Mapping[str, Any], preds: Sequence[Mapping[str, Any]], pred_raw: Sequence[Any],
                     matched_preds: set[int], tally: Tally) -> list[dict[str, Any]]:
    """Unmatched predictions, counting those that hit a phrase the gold says is not a claim."""
    text = doc["text"]
    not_claim_spans = []
    for phrase in doc.get("not_claims") or ():
        i = text.find(phrase)
        if i >= 0:
            not_claim_spans.append((i, i + len(phrase)))
    false_positives = []
    for pi, p in enumerate(preds):
        if pi in matched_preds:
            continue
        hits = sum(1 for s in not_claim_spans if pred_raw[pi] and dice(s, pred_raw[pi]) > NOT_CLAIM_DICE)
        tally.notclaim_fp += hits
        false_positives.append({"pred_id": p.get("id"), "content": _text_of(p.get("content")),
                                "source": _text_of(p.get("source")), "not_claim": hits > 0})
    return false_positives


def _score_links(gold: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]],
                 pred_to_gold: Mapping[Any, Any], tally: Tally) -> dict[str, list]:
    """Tally denial links, the predicted ids read as the gold ids they matched."""
    gold_links = denial_links(gold)
    pred_links = {(pred_to_gold.get(a, ("unmatched", a)), pred_to_gold.get(b, ("unmatched", b)))
                  for a, b in denial_links(preds)}
    tally.links_gold += len(gold_links)
    tally.links_pred += len(pred_links)
    tally.links_right += len(gold_links & pred_links)

    def shown(x: Any) -> Any:
        return f"pred:{x[1]}" if isinstance(x, tuple) else x

    return {"gold": sorted([list(x) for x in gold_links], key=str),
            "predicted": sorted([[shown(a), shown(b)] for a, b in pred_links], key=str),
            "found": sorted([list(x) for x in gold_links & pred_links], key=str)}


def prf(right: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; each 0 when its denominator is."""
    p = right / predicted if predicted else 0.0
    r = right / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _r3(x: float) -> float:
    return round(x, 3)


def _ratio(num: int, den: int) -> float | None:
    return _r3(num / den) if den else None


def summarize(t: Tally, thresholds: Sequence[float] = (0.3, 0.8)) -> dict[str, Any]:
    """The figures of a :class:`Tally` (rounded to 3 decimals; ``None`` where not applicable)."""
    out: dict[str, Any] = {}
    for prefix, right in (("claims", t.matched), ("attributed", t.attributed)):
        p, r, f = prf(right, t.pred, t.gold)
        out |= {f"{prefix}_P": _r3(p), f"{prefix}_R": _r3(r), f"{prefix}_F1": _r3(f)}
    out["source_acc"] = _ratio(t.attributed, t.matched)
    out["cue_acc"] = _ratio(t.cue_right, t.cue_gold)
    out["act_acc"] = _ratio(t.act_right, t.matched)
    out["denial_F1"] = _r3(prf(t.links_right, t.links_pred, t.links_gold)[2]) if t.links_gold else None
    out["hard_recall"] = _ratio(t.hard_matched, t.hard_gold)
    out |= {"notclaim_fp": t.notclaim_fp, "gold": t.gold, "pred": t.pred, "bad_offsets": t.bad_offsets,
            "chars_per_s": round(t.chars / t.seconds) if t.seconds else None}
    for th in thresholds:
        p, r, f = prf(t.coverage_matched.get(th, 0), t.pred, t.gold)
        out |= {f"claims_P_cov{th:g}": _r3(p), f"claims_R_cov{th:g}": _r3(r), f"claims_F1_cov{th:g}": _r3(f)}
    p, r, f = prf(t.exact_matched, t.pred, t.gold)
    out |= {"exact_P": _r3(p), "exact_R": _r3(r), "exact_F1": _r3(f)}
    return out


def evaluate(gold_docs: Iterable[Mapping[str, Any]] | str | os.PathLike, *, backend: str = "auto",
             lang: str | None = None, thresholds: Sequence[float] = (0.3, 0.8), extract: Extractor | None = None,
             details: bool = False, **backend_options: Any) -> dict[str, Any]:
    """Run an extractor on gold documents and score its claims.

    ``gold_docs`` is a path to a gold JSONL file or an iterable of gold documents (dicts in the shared gold
    format). Each document is validated first: :class:`~claimtrack.JSONLError` for a line that is not JSON or a
    document without ``text``/``claims``, ``ValueError`` naming the document and claim for a span whose offsets do
    not give its text.

    Predictions come from ``claimtrack.extract(text, lang=doc["lang"] or lang, backend=backend,
    **backend_options)``, or from ``extract(text, lang)`` when a callable is given (it returns ``Claim`` records,
    objects with ``to_dict()``, or dicts of the same shape). One untimed call on the first document warms up.

    Returns the figures of the Dice ≥ 0.5 setting under the shared scorer's keys (``claims_P`` … ``chars_per_s``),
    ``claims_{P,R,F1}_cov{t}`` for each coverage threshold ``t`` and ``exact_{P,R,F1}``; with ``details=True``
    also ``"details"``: one dict per document with its matches, misses, false positives and denial links.
    """
    thresholds = tuple(thresholds)
    for t in thresholds:
        if not isinstance(t, (int, float)) or isinstance(t, bool) or not 0 < t <= 1:
            raise ValueError(f"coverage thresholds must be numbers in (0, 1], got {t!r}")
    if extract is None:
        from .pipeline import extract as claimtrack_extract

        def extract(text: str, doc_lang: str | None) -> Iterable[Any]:
            return claimtrack_extract(text, lang=doc_lang, backend=backend, **backend_options)
    elif backend_options:
        raise TypeError(f"backend options {sorted(backend_options)} cannot be used with a custom extract function")

    docs = _gold_documents(gold_docs)
    tally = Tally()
    per_doc = []
    if docs:  # warm-up: loading models and tables is not throughput
        list(extract(docs[0]["text"], docs[0].get("lang") or lang))
    for doc in docs:
        t0 = time.perf_counter()
        preds = [as_dict(c) for c in extract(doc["text"], doc.get("lang") or lang)]
        tally.seconds += time.perf_counter() - t0
        tally.chars += len(doc["text"])
        per_doc.append(score_document(doc, preds, tally, thresholds))
    out = summarize(tally, thresholds)
    if details:
        out["details"] = per_doc
    return out


# ---------------------------------------------------------------------------------------------------------------
# command line


def _fmt(x: Any) -> str:
    return "n/a" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)


def format_table(result: Mapping[str, Any], thresholds: Sequence[float] = (0.3, 0.8)) -> str:
    """A readable table of :func:`evaluate`'s figures."""
    head = f"{'':<17}{'P':>7}{'R':>7}{'F1':>7}{'source':>9}{'cue':>7}{'act':>7}"
    rows = [head, "-" * len(head)]

    def row(label: str, p: str, r: str, f: str, extra: str = "") -> None:
        rows.append(f"{label:<17}{_fmt(result[p]):>7}{_fmt(result[r]):>7}{_fmt(result[f]):>7}{extra}")

    row("Dice >= 0.5", "claims_P", "claims_R", "claims_F1",
        f"{_fmt(result['source_acc']):>9}{_fmt(result['cue_acc']):>7}{_fmt(result['act_acc']):>7}")
    row("  attributed", "attributed_P", "attributed_R", "attributed_F1")
    for t in thresholds:
        row(f"coverage >= {t:g}", f"claims_P_cov{t:g}", f"claims_R_cov{t:g}", f"claims_F1_cov{t:g}")
    row("exact", "exact_P", "exact_R", "exact_F1")
    rows.append("")
    rows.append(f"gold {result['gold']}  predicted {result['pred']}  denial-link F1 {_fmt(result['denial_F1'])}  "
                f"hard recall {_fmt(result['hard_recall'])}  not-claim FP {result['notclaim_fp']}  "
                f"bad offsets {result['bad_offsets']}  chars/s {_fmt(result['chars_per_s'])}")
    return "\n".join(rows)


def format_show(per_doc: Iterable[Mapping[str, Any]]) -> Iterable[str]:
    """Lines listing misses, wrong sources and false positives, document by document (as ``score.py --show``)."""
    for d in per_doc:
        for m in d["misses"]:
            yield f"  MISS {d['doc_id']} {m['gold_id']}: {m['content'][:70]!r}"
        for m in d["matches"]:
            if not m["source_right"]:
                yield f"  SRC  {d['doc_id']} {m['gold_id']}: gold={m['gold_source']!r} pred={m['pred_source']!r}"
        for fp in d["false_positives"]:
            yield f"  FP   {d['doc_id']}: {fp['content']!r:.80}" + ("  [not_claims]" if fp["not_claim"] else "")


def _cmd_evaluate(args: argparse.Namespace) -> int:
    try:
        docs: list[dict[str, Any]] = []
        for path in args.gold:
            docs.extend(load_gold(path))
        result = evaluate(docs, backend=args.backend, lang=args.lang, details=args.show)
    except OSError as exc:
        print(f"claimtrack: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # JSONLError included
        print(f"claimtrack: {exc}", file=sys.stderr)
        return 1
    if args.show:  # kept off stdout when it must hold the JSON line alone
        show_to = sys.stderr if args.json else sys.stdout
        for line in format_show(result.pop("details")):
            print(line, file=show_to)
    if args.json:
        print(json.dumps(result))
    else:
        print(format_table(result))
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register ``claimtrack evaluate`` on the command line."""
    e = sub.add_parser("evaluate", help="score claimtrack against gold JSONL annotations",
                       description="Extract claims from gold documents and score them: Dice >= 0.5 matching (the "
                                   "project's reference scorer), coverage >= 0.3 / 0.8 and exact spans.")
    e.add_argument("gold", nargs="+", metavar="GOLD.jsonl",
                   help="gold file(s), scored together; try examples/gold-sample.jsonl (format: docs/evaluation.md)")
    e.add_argument("--backend", default="auto", help="extraction backend (default auto)")
    e.add_argument("--lang", choices=["fr", "en"], help="language of documents whose gold gives none")
    e.add_argument("--json", action="store_true", help="print one line: a JSON object of the figures")
    e.add_argument("--show", action="store_true",
                   help="list misses, wrong sources and false positives (to stderr with --json)")
    e.set_defaults(func=_cmd_evaluate)
