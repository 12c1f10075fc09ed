"""``claimtrack.extract_many``: order, ids, metadata, errors, worker processes, bounded input."""

from __future__ import annotations

import io
import itertools
import logging
import time

import attrs
import pytest

import claimtrack
from claimtrack.corpus import decode_results, encode_results, extract_jsonl
from claimtrack.records import Claims

FR1 = "« Nous restons », a déclaré la maire. Selon la préfecture, la route rouvrira lundi."
FR2 = "Le ministère a démenti ces accusations. Paul Arden a affirmé que le budget sera voté avant l'été."
EN1 = '"We will stay," the mayor said. According to the police, the road will reopen on Monday.'
EN2 = "Senator Dana Reyes accused the company of hiding the report. The company denied the allegations."
NONE = "Il pleut sur Valbonne depuis mardi. Le marché a rouvert."
TEXTS = [FR1, EN1, NONE, FR2, EN2]

# surface backend throughout: these tests are about the corpus machinery, not the parsers
SURFACE = {"backend": "surface"}


def expected(texts, ids=None, **kw):
    ids = ids or [str(i) for i in range(len(texts))]
    return [claimtrack.extract(t, doc_id=i, **SURFACE, **kw) for t, i in zip(texts, ids, strict=True)]


def test_strings_in_order_with_index_ids():
    got = list(claimtrack.extract_many(TEXTS, **SURFACE))
    assert [c.doc_id for c in got] == ["0", "1", "2", "3", "4"]
    assert got == expected(TEXTS)
    assert all(isinstance(c, Claims) for c in got)
    assert [c.text for c in got] == TEXTS
    assert [c.lang for c in got] == ["fr", "en", "fr", "fr", "en"]
    assert len(got[0]) >= 2 and len(got[1]) >= 2


def test_article_without_claims_gives_empty_claims():
    got = list(claimtrack.extract_many(["", NONE], **SURFACE))
    assert got == [[], []]
    assert [c.doc_id for c in got] == ["0", "1"]
    assert got[1].text == NONE and got[1].error is None


def test_is_lazy_and_checks_arguments_at_call():
    with pytest.raises(ValueError, match="n_process"):
        claimtrack.extract_many(TEXTS, n_process=0)
    for bad in (1.5, True, "2"):
        with pytest.raises(ValueError, match="n_process"):
            claimtrack.extract_many(TEXTS, n_process=bad)
    with pytest.raises(ValueError, match="batch_size"):
        claimtrack.extract_many(TEXTS, batch_size=0)
    with pytest.raises(ValueError, match="errors"):
        claimtrack.extract_many(TEXTS, errors="ignore")
    with pytest.raises(ValueError, match="backend"):
        claimtrack.extract_many(TEXTS, backend="no-such-backend")
    with pytest.raises(ValueError, match="language"):
        claimtrack.extract_many(TEXTS, lang="de")
    with pytest.raises(TypeError, match="iterable of articles"):
        claimtrack.extract_many(FR1)
    # an endless stream: only what is asked for is read
    first = list(itertools.islice(claimtrack.extract_many(itertools.cycle([FR1, EN1]), **SURFACE), 3))
    assert [c.doc_id for c in first] == ["0", "1", "2"]


def test_dict_articles_ids_meta_and_lang():
    arts = [
        {"id": "a1", "text": FR1, "date": "2026-03-01", "outlet": "La Gazette", "url": "https://example.org/a1"},
        {"doc_id": "a2", "text": EN1, "date": "2026-03-02"},
        {"id": 42, "text": FR2},
        {"text": NONE, "outlet": "Radio Korvane"},
        {"id": "a5", "text": FR1, "lang": "en", "tags": ["x"]},
    ]
    got = list(claimtrack.extract_many(arts, **SURFACE))
    assert [c.doc_id for c in got] == ["a1", "a2", "42", "3", "a5"]
    assert got[0] and all(c.meta == {"date": "2026-03-01", "outlet": "La Gazette",
                                     "url": "https://example.org/a1"} for c in got[0])
    assert got[0][0].to_dict()["meta"]["outlet"] == "La Gazette"
    assert all(c.meta == {"date": "2026-03-02"} for c in got[1])
    assert got[2] == claimtrack.extract(FR2, doc_id="42", **SURFACE)  # no metadata: records as extract gives
    assert "meta" not in got[2][0].to_dict()
    assert got[4].lang == "en" and all(c.lang == "en" for c in got[4])  # the article's own lang wins
    assert all(c.meta == {"tags": ["x"]} for c in got[4])
    # records are extract's, with meta added; each record has its own dict
    plain = claimtrack.extract(FR1, doc_id="a1", **SURFACE)
    assert [c.content for c in got[0]] == [c.content for c in plain]
    got[0][0].meta["date"] = "changed"
    assert got[0][1].meta["date"] == "2026-03-01"


def test_default_lang_applies_unless_article_says_otherwise():
    got = list(claimtrack.extract_many([NONE, {"text": EN1, "lang": "en"}], lang="fr", **SURFACE))
    assert [c.lang for c in got] == ["fr", "en"]


def test_errors_skip_yields_empty_claims_with_reason_and_warns(caplog):
    arts = [FR1, {"id": "bad-text", "text": 12}, None, {"id": "no-text", "title": "x"},
            {"id": "bad-lang", "text": EN1, "lang": "de"}, EN1]
    with caplog.at_level(logging.WARNING, logger="claimtrack"):
        got = list(claimtrack.extract_many(arts, errors="skip", **SURFACE))
    assert [c.doc_id for c in got] == ["0", "bad-text", "2", "no-text", "bad-lang", "5"]
    assert got[0] == expected([FR1])[0] and got[0].error is None
    assert got[5] == expected([EN1], ids=["5"])[0]
    for c in got[1:5]:
        assert isinstance(c, Claims) and c == []
    assert got[1].error.startswith("TypeError: ") and "int" in got[1].error
    assert got[2].error.startswith("TypeError: ") and "NoneType" in got[2].error
    assert got[3].error.startswith("TypeError: ")
    assert got[4].error.startswith("ValueError: ") and "'de'" in got[4].error
    warned = [r.getMessage() for r in caplog.records if r.name == "claimtrack"]
    assert len(warned) == 4
    assert "bad-text" in warned[0] and "TypeError" in warned[0]
    assert "bad-lang" in warned[3]


def test_errors_raise_stops_at_the_bad_article():
    it = claimtrack.extract_many([FR1, {"id": "bad", "text": 12}, EN1], **SURFACE)
    assert next(it) == expected([FR1])[0]
    with pytest.raises(TypeError, match="int") as ei:
        next(it)
    assert any("bad" in note for note in getattr(ei.value, "__notes__", ["bad"]))


def test_transfer_between_processes_is_lossless():
    arts = [{"id": "a1", "text": FR1 + " " + FR2, "date": "2026-03-01"}, {"id": "a2", "text": EN2}]
    for claims in claimtrack.extract_many(arts, **SURFACE):
        (back,) = decode_results(encode_results([claims]))
        assert back == claims
        assert [c.to_dict() for c in back] == [c.to_dict() for c in claims]
        assert (back.text, back.lang, back.doc_id, back.error) == (claims.text, claims.lang, claims.doc_id, None)
        assert [hash(c) for c in back] == [hash(c) for c in claims]
        assert all(c.meta == {"date": "2026-03-01"} for c in back if c.doc_id == "a1")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):  # rebuilt records stay frozen
            back[0].sentence = 3
    assert any(c.source and c.cue for c in back)
    skipped = Claims(text=None, lang="fr", doc_id="x", error="TypeError: no")
    (back,) = decode_results(encode_results([skipped]))
    assert back == [] and (back.doc_id, back.error, back.lang) == ("x", "TypeError: no", "fr")


ARTS = [{"id": f"n{i}", "text": t, "outlet": "Gazette"} for i, t in enumerate(TEXTS * 3)]


def test_two_processes_give_the_same_records_and_errors():
    arts = ARTS + [{"id": "broken", "text": 3.5}] + ARTS[:2]
    one = list(claimtrack.extract_many(arts, errors="skip", **SURFACE))
    two = list(claimtrack.extract_many(arts, n_process=2, batch_size=3, errors="skip", **SURFACE))
    assert two == one
    assert [c.doc_id for c in two] == [a["id"] for a in arts]
    assert [c.error for c in two] == [c.error for c in one]
    assert two[len(ARTS)].error.startswith("TypeError")
    assert [c.to_dict() for cs in two for c in cs] == [c.to_dict() for cs in one for c in cs]


def test_two_processes_raise_the_workers_error_and_read_lazily():
    arts = ARTS[:4] + [{"id": "broken", "text": 3.5}] + ARTS
    with pytest.raises(TypeError, match="float"):
        list(claimtrack.extract_many(arts, n_process=2, batch_size=2, **SURFACE))

    read = 0

    def endless():
        nonlocal read
        for i in itertools.count():
            read += 1
            yield {"id": str(i), "text": TEXTS[i % len(TEXTS)]}

    it = claimtrack.extract_many(endless(), n_process=2, batch_size=4, **SURFACE)
    head = list(itertools.islice(it, 10))
    it.close()
    assert [c.doc_id for c in head] == [str(i) for i in range(10)]
    time.sleep(0.2)
    # yielded + the rest of a received batch + four batches per worker in flight + the reader's queue and hand
    assert read <= 10 + 3 + 4 * 2 * 4 + 4 + 1


def test_jsonl_blocks_are_what_write_jsonl_writes():
    arts = ARTS + [{"id": "broken", "text": 3.5}] + ARTS[:2]
    expected_blocks = []
    for claims in claimtrack.extract_many(arts, errors="skip", **SURFACE):
        buf = io.StringIO()
        claimtrack.write_jsonl(claims, buf)
        expected_blocks.append((claims.doc_id, claims.error, len(claims), buf.getvalue()))
    for n in (1, 2):
        blocks = list(extract_jsonl(arts, n_process=n, batch_size=3, errors="skip", **SURFACE))
        assert [(b.doc_id, b.error, len(b), b.text) for b in blocks] == expected_blocks
