"""Optional checks on the shared gold files (../shared/eval); skipped where that folder is absent.

Only robustness is asserted here (no exception, every offset exact); scores belong to the benchmarks.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimtrack

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
GOLD_FILES = ["fr-seed.jsonl", "fr-ud-dev.jsonl", "en-polnear-dev.jsonl"]


def load(name: str) -> list[dict]:
    path = EVAL / name
    if not path.is_file():
        pytest.skip(f"{path} not available")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def bad_offsets(text: str, claims) -> list[str]:
    bad = []
    for c in claims:
        for s in c.spans():
            if not (isinstance(s.start, int) and isinstance(s.end, int) and 0 <= s.start <= s.end <= len(text)
                    and text[s.start:s.end] == s.text):
                bad.append(f"{c.id}: {s!r}")
    return bad


@pytest.mark.parametrize("name", GOLD_FILES)
def test_gold_documents_extract_with_exact_offsets(name):
    docs = load(name)
    assert docs
    problems = {}
    total = 0
    for doc in docs:
        for lang in (doc.get("lang"), None):
            claims = claimtrack.extract(doc["text"], lang=lang, doc_id=doc["doc_id"])
            total += len(claims)
            bad = bad_offsets(doc["text"], claims)
            if bad:
                problems[(doc["doc_id"], lang)] = bad
            assert all(c.doc_id == doc["doc_id"] for c in claims)
            ids = {c.id for c in claims}
            for c in claims:
                assert set(c.denies) <= ids and set(c.denied_by) <= ids
    assert problems == {}
    assert total > 0


def test_gold_languages_detected():
    for name in GOLD_FILES:
        docs = load(name)
        for doc in docs:
            if len(doc["text"]) > 200:
                assert claimtrack.extract(doc["text"]).lang == doc["lang"], doc["doc_id"]


def test_seed_article_links_a_denial():
    (doc,) = load("fr-seed.jsonl")
    claims = claimtrack.extract(doc["text"], lang="fr", doc_id=doc["doc_id"])
    denials = [c for c in claims if c.act == "denial" and c.denies]
    assert denials
    by_id = {c.id: c for c in claims}
    for d in denials:
        for j in d.denies:
            assert d.id in by_id[j].denied_by
