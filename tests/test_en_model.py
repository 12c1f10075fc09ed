"""The English tagger: packaged model offline, deterministic output, a tiny model trained here, the modes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.learned.combine import mode
from claimtrack.learned.model import ModelUnavailable, default_path, load
from claimtrack.learned.training import example, train

NEWS = ("The mayor of Dunmore said on Tuesday that the new bridge would open in May. "
        "\u201cWe are on schedule,\u201d she told reporters. "
        "According to the city engineer, the cost has risen by a tenth.\n\n"
        "Opposition councillors accused the mayor of hiding the delays, which she denied.")


def _dicts(claims):
    return [c.to_dict() for c in claims]


def _offsets_ok(text, claims):
    for c in claims:
        for s in c.spans():
            assert text[s.start:s.end] == s.text


@pytest.fixture
def union(monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_EN", "union")


def test_packaged_model_loads_offline(union):
    # the session fixture of conftest.py blocks every socket: loading and tagging touch no network
    assert default_path().is_file()
    assert default_path().stat().st_size < 20_000_000
    load()
    claims = claimtrack.extract(NEWS, lang="en")
    _offsets_ok(NEWS, claims)
    assert any(c.source and c.source.text == "she" for c in claims)


def test_identical_output_run_to_run(union):
    first = _dicts(claimtrack.extract(NEWS, lang="en"))
    assert first
    for _ in range(3):
        assert _dicts(claimtrack.extract(NEWS, lang="en")) == first


def test_modes_and_bad_mode(monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_EN", "rules")
    rules = _dicts(claimtrack.extract(NEWS, lang="en"))
    monkeypatch.setenv("CLAIMTRACK_EN", "model")
    _offsets_ok(NEWS, claimtrack.extract(NEWS, lang="en"))
    monkeypatch.setenv("CLAIMTRACK_EN", "nonsense")
    with pytest.raises(ValueError):
        mode()
    monkeypatch.setenv("CLAIMTRACK_EN", "rules")
    assert _dicts(claimtrack.extract(NEWS, lang="en")) == rules


def test_missing_model_is_a_typed_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_EN", "model")
    monkeypatch.setenv("CLAIMTRACK_EN_MODEL", str(tmp_path / "absent.crfsuite"))
    with pytest.raises(ModelUnavailable):
        claimtrack.extract(NEWS, lang="en")


FIXTURE = [
    ("The minister said that taxes would fall next year.", "taxes would fall next year", "The minister", "said"),
    ("\u201cThe river is clean again,\u201d a biologist said.", "\u201cThe river is clean again,\u201d",
     "a biologist", "said"),
    ("Local farmers claimed that the dam had dried their wells.", "the dam had dried their wells",
     "Local farmers", "claimed"),
    ("\u201cNo one was hurt,\u201d the fire chief told reporters.", "\u201cNo one was hurt,\u201d",
     "the fire chief", "told"),
    ("The company said its profits had doubled.", "its profits had doubled", "The company", "said"),
    ("The weather was mild and the roads were dry.", None, None, None),
]


def _gold(text, content, source, cue):
    if content is None:
        return []
    span = lambda s: (text.index(s), text.index(s) + len(s))  # noqa: E731
    return [(span(content), span(source), span(cue))]


def test_tiny_model_trained_on_a_fixture(tmp_path, monkeypatch):
    path = tmp_path / "tiny.crfsuite"
    data = [example(t, _gold(t, *g), rules=[]) for t, *g in FIXTURE] * 3
    train(data, path, max_iterations=30)
    monkeypatch.setenv("CLAIMTRACK_EN", "model")
    monkeypatch.setenv("CLAIMTRACK_EN_MODEL", str(path))
    text = "The governor said that the school would reopen."
    claims = claimtrack.extract(text, lang="en")
    _offsets_ok(text, claims)
    assert [(c.source.text, c.cue.text) for c in claims] == [("The governor", "said")]
    assert "school would reopen" in claims[0].content.text
    assert 0.0 <= claims[0].confidence <= 1.0


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab said “”\",.\n:TheX")), max_size=120))
def test_any_text_keeps_offsets(text):
    import os

    os.environ["CLAIMTRACK_EN"] = "union"
    try:
        _offsets_ok(text, claimtrack.extract(text, lang="en"))
    finally:
        os.environ["CLAIMTRACK_EN"] = "rules"


def test_english_default_is_the_union_and_french_the_rules(monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_EN", raising=False)
    monkeypatch.delenv("CLAIMTRACK_FR", raising=False)
    assert mode("en") == "union"
    assert mode("fr") == "rules"


def test_model_sources_carry_no_edge_commas(monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_EN", "model")
    text = "The mayor, Paul Girard, disputed the figures."
    claims = claimtrack.extract(text, lang="en")
    _offsets_ok(text, claims)
    assert claims and all(not c.source.text.endswith(",") for c in claims if c.source)
