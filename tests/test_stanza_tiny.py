"""The tiny stanza models in tests/data/stanza_models load offline and produce full UD trees.

The models are toys trained by scripts/train_tiny_stanza.py on tests/data/conllu/*.conllu:
only the *shape* of their output is tested here (sentences, words with head/deprel/upos,
character offsets into the input), never its accuracy.  The network is blocked for the
whole session by conftest.py, so these tests also prove ``download_method=None`` is enough.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

stanza = pytest.importorskip("stanza")
from stanza.utils.conll import CoNLL  # noqa: E402

TESTS = Path(__file__).resolve().parent
MODELS = TESTS / "data" / "stanza_models"
CONLLU = TESTS / "data" / "conllu"
SCRIPT = TESTS.parent / "scripts" / "train_tiny_stanza.py"

UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X"}

TEXTS = {
    "fr": "« Nous ne céderons pas », a affirmé le ministre Paul Kessler. "
          "Le porte-parole du ministère a confirmé que Lucie Ferrand quitterait ses fonctions.",
    "en": '"We will not back down," the minister said. '
          "According to Dana Whitlock, the project will cost three million dollars.",
}


def tiny_pipeline_kwargs(lang: str) -> dict:
    """stanza.Pipeline kwargs for the tiny models, from <models>/<lang>/pipeline.json.

    ``dir`` and every ``*_path`` value in the JSON are relative to the JSON's folder.
    """
    folder = MODELS / lang
    kwargs = json.loads((folder / "pipeline.json").read_text(encoding="utf-8"))
    for key, value in kwargs.items():
        if key == "dir" or key.endswith("_path"):
            kwargs[key] = str((folder / value).resolve())
    return kwargs


@pytest.fixture(scope="module")
def tiny_pipeline():
    """Build each language's Pipeline once per module: tiny_pipeline("fr")."""
    cache = {}

    def get(lang):
        if lang not in cache:
            cache[lang] = stanza.Pipeline(**tiny_pipeline_kwargs(lang), use_gpu=False)
        return cache[lang]

    return get


def test_pipeline_json_points_at_existing_models():
    resources = json.loads((MODELS / "resources.json").read_text(encoding="utf-8"))
    for lang in ("fr", "en"):
        kwargs = tiny_pipeline_kwargs(lang)
        assert kwargs["download_method"] is None
        assert Path(kwargs["dir"]) == MODELS.resolve()
        processors = kwargs["processors"].split(",")
        assert ("mwt" in processors) == (lang == "fr")
        for proc in processors:
            path = Path(kwargs[f"{proc}_model_path"])
            assert path.is_file(), path
            # resources.json must describe the committed files (stale md5s would make
            # download_method="reuse_resources" try to download over them)
            md5 = hashlib.md5(path.read_bytes()).hexdigest()
            assert resources[lang][proc]["tiny"]["md5"] == md5, f"{lang} {proc}: rerun scripts/train_tiny_stanza.py"


def test_models_are_small():
    total = sum(p.stat().st_size for p in MODELS.rglob("*.pt"))
    assert 0 < total <= 10 * 1024 * 1024


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pipeline_builds_full_trees(tiny_pipeline, lang):
    text = TEXTS[lang]
    doc = tiny_pipeline(lang)(text)
    assert doc.sentences
    n_words = 0
    for sentence in doc.sentences:
        words = sentence.words
        assert words
        roots = [w for w in words if w.head == 0]
        assert len(roots) == 1, [(w.text, w.head, w.deprel) for w in words]
        assert roots[0].deprel == "root"
        for word in words:
            n_words += 1
            assert isinstance(word.head, int) and 0 <= word.head <= len(words)
            assert word.head != word.id
            assert isinstance(word.deprel, str) and word.deprel
            assert word.upos in UPOS
            assert word.lemma
        for token in sentence.tokens:
            assert 0 <= token.start_char < token.end_char <= len(text)
            assert text[token.start_char:token.end_char] == token.text
            for word in token.words:
                assert word.parent is token
    assert n_words >= 20
    # the tokens cover every non-space character of the input, in order
    covered = "".join(t.text for s in doc.sentences for t in s.tokens)
    assert covered == "".join(text.split())


def test_french_mwt_is_expanded(tiny_pipeline):
    assert "mwt" in tiny_pipeline("fr").processors
    doc = tiny_pipeline("fr")("Le porte-parole du ministère a répondu aux critiques.")
    multi = {t.text: [w.text for w in t.words] for s in doc.sentences for t in s.tokens if len(t.words) > 1}
    assert multi.get("du") == ["de", "le"], multi
    assert multi.get("aux") == ["à", "les"], multi


def test_default_package_loads_from_dir_alone():
    """resources.json names the models as the default package, so dir + lang is enough."""
    nlp = stanza.Pipeline(lang="en", dir=str(MODELS), download_method=None, use_gpu=False)
    assert set(nlp.processors) == {"tokenize", "pos", "lemma", "depparse"}
    doc = nlp("Erin Calloway denied the allegations.")
    assert all(w.deprel for s in doc.sentences for w in s.words)


def test_fixture_conllu_reads_as_gold_trees():
    doc = CoNLL.conll2doc(input_file=str(CONLLU / "fr-fixture.conllu"))
    assert len(doc.sentences) >= 6
    for sentence in doc.sentences:
        assert sentence.sent_id
        assert sentence.text
        roots = [w for w in sentence.words if w.head == 0]
        assert len(roots) == 1 and roots[0].deprel == "root"
        for word in sentence.words:
            assert word.head is not None and 0 <= word.head <= len(sentence.words)
            assert word.deprel
            assert word.upos in UPOS
    by_id = {s.sent_id: s for s in doc.sentences}
    # the passive accusation: agent and denial are where other tests expect them
    accusation = by_id["fixture-passive-accusation-denial"]
    rels = {(w.text, w.deprel, accusation.words[w.head - 1].text if w.head else None) for w in accusation.words}
    assert ("Hélène", "nsubj:pass", "accusée") in rels
    assert ("opposition", "obl:agent", "accusée") in rels
    assert ("dément", "acl:relcl", "ce") in rels
    # multi-word tokens are read as such
    mwt = [t for t in by_id["fixture-porte-parole-du"].tokens if len(t.words) > 1]
    assert [(t.text, [w.text for w in t.words]) for t in mwt] == [("du", ["de", "le"])]


def _load_script():
    spec = importlib.util.spec_from_file_location("train_tiny_stanza", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(p.name for p in CONLLU.glob("*.conllu")))
def test_conllu_files_are_valid(name):
    script = _load_script()
    assert script.validate_conllu(CONLLU / name) > 0


def test_validator_rejects_broken_trees(tmp_path):
    script = _load_script()
    good = (
        "# sent_id = s1\n# text = Il parle.\n"
        "1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
        "2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
        "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
    )
    path = tmp_path / "x.conllu"
    path.write_text(good, encoding="utf-8")
    assert script.validate_conllu(path) == 1
    for broken in (
        good.replace("2\tnsubj", "0\troot"),  # two roots
        good.replace("# text = Il parle.", "# text = Il parle ."),  # text not reproduced
        good.replace("\t2\tpunct", "\t9\tpunct"),  # head out of range
        good.replace("PRON\t_\t_\t2", "PRON\t_\t_\t3").replace("PUNCT\t_\t_\t2", "PUNCT\t_\t_\t1"),  # cycle 1-3
    ):
        path.write_text(broken, encoding="utf-8")
        with pytest.raises(script.ConlluError):
            script.validate_conllu(path)
