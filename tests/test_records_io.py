"""Records, JSON schema, JSONL round trips, argument checking and language detection."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

import claimtrack
from claimtrack import Claim, Claims, Cue, JSONLError, Source, Span

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "docs" / "claim.schema.json"

FR_TEXT = (
    "Jean Dupont, maire de Valmeran, est arrivé lundi à Korvane.\n"
    "« Nous allons reconstruire le pont », a déclaré M. Dupont, cité par le quotidien Le Courrier du Nord.\n"
    "« Le chantier sera terminé en mai », a-t-il dit, « et les riverains seront indemnisés. »\n"
    "Selon l'agence Baltinfo, deux navires ont été saisis au large de Korvane.\n"
    "La Borduvie est accusée par ses voisins de financer des milices, ce que Vastria dément.\n"
    "Le trésorier, qui est accusé de détourner des fonds, a quitté la ville.\n"
    "Le maire de Sarlenc est accusé par l'opposition d'avoir truqué les appels d'offres. "
    "Le gouvernement a démenti ces accusations.\n"
    "Le commissaire a évoqué l' »élargissement » de la zone de pêche, a rapporté l'agence Presse-Sud.\n"
)
EN_TEXT = (
    '"The bridge will reopen in March," said Mayor Linda Orwell. "We are ready," she said, "to start."\n'
    "Governor Dale Hutchins told Reuters that the state would appeal the ruling.\n"
    "According to the county sheriff, two suspects were arrested near Pellston.\n"
    "The union accused the Brackley Mining Company of hiding safety reports, which the company denies.\n"
    "Senator Ruth Calloway is accused of misusing campaign funds.\n"
    "The Brackley Mining Company denied that it had hidden safety reports.\n"
)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture(scope="module")
def fr_claims() -> Claims:
    return claimtrack.extract(FR_TEXT, lang="fr", doc_id="fr-doc")


@pytest.fixture(scope="module")
def en_claims() -> Claims:
    return claimtrack.extract(EN_TEXT, lang="en", doc_id="en-doc")


@pytest.fixture(params=["fr", "en"])
def claims(request, fr_claims, en_claims) -> Claims:
    return fr_claims if request.param == "fr" else en_claims


def test_sample_covers_all_record_features(fr_claims, en_claims):
    every = list(fr_claims) + list(en_claims)
    assert {c.act for c in every} == {"statement", "accusation", "denial"}
    assert {c.form for c in every} >= {"direct", "mixed", "indirect"}
    assert any(c.source is None for c in every)
    assert any(c.via for c in every)
    assert any(c.target for c in every)
    assert any(c.denies for c in every)
    assert any(len(c.quotes) > 1 for c in every)


def test_records_validate_against_schema(claims, validator):
    assert claims
    for c in claims:
        validator.validate(c.to_dict())


def test_records_validate_after_json_round_trip(claims, validator):
    for c in claims:
        validator.validate(json.loads(json.dumps(c.to_dict())))


def test_schema_rejects_malformed_record(fr_claims, validator):
    d = fr_claims[0].to_dict()
    for bad in ({**d, "act": "rumour"}, {**d, "extra": 1}, {k: v for k, v in d.items() if k != "cue"},
                {**d, "confidence": 1.5}, {**d, "id": "x1"}):
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(bad)


def test_spans_index_text(claims):
    text = claims.text
    for c in claims:
        for s in c.spans():
            assert 0 <= s.start <= s.end <= len(text)
            assert text[s.start:s.end] == s.text


def test_to_dict_from_dict_round_trip(claims):
    for c in claims:
        d = c.to_dict()
        assert Claim.from_dict(d) == c
        assert Claim.from_dict(json.loads(json.dumps(d))) == c
        assert list(d) == ["id", "doc_id", "lang", "act", "form", "content", "quotes", "source", "cue", "via",
                           "target", "denies", "denied_by", "sentence", "confidence"]


def test_from_dict_builds_nested_types(fr_claims):
    c = next(c for c in fr_claims if c.source is not None and c.cue is not None and c.via)
    back = Claim.from_dict(c.to_dict())
    assert isinstance(back.content, Span)
    assert isinstance(back.source, Source)
    assert isinstance(back.cue, Cue)
    assert all(isinstance(v, Span) for v in back.via)
    assert isinstance(back.quotes, tuple) and isinstance(back.denies, tuple)


def test_from_dict_rejects_bad_values(fr_claims):
    d = fr_claims[0].to_dict()
    with pytest.raises(ValueError):
        Claim.from_dict({**d, "act": "rumour"})
    with pytest.raises(KeyError):
        Claim.from_dict({k: v for k, v in d.items() if k != "content"})


def test_claims_are_frozen(fr_claims):
    import attrs

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fr_claims[0].act = "denial"


def test_jsonl_round_trip_path(tmp_path, claims):
    path = tmp_path / "out.jsonl"
    assert claimtrack.write_jsonl(claims, path) == len(claims)
    back = claimtrack.read_jsonl(path)
    assert isinstance(back, Claims)
    assert back == claims
    assert back.doc_id == claims.doc_id
    assert back.lang == claims.lang
    # str paths too
    assert claimtrack.read_jsonl(str(path)) == claims


def test_jsonl_round_trip_open_file(tmp_path, claims):
    path = tmp_path / "out.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        claimtrack.write_jsonl(claims, fh)
    with open(path, encoding="utf-8") as fh:
        assert claimtrack.read_jsonl(fh) == claims


def test_jsonl_round_trip_stringio(claims):
    buf = io.StringIO()
    claimtrack.write_jsonl(claims, buf)
    lines = buf.getvalue().splitlines()
    assert len(lines) == len(claims)
    assert [json.loads(line) for line in lines] == claims.to_dicts()
    assert claimtrack.read_jsonl(io.StringIO(buf.getvalue())) == claims


def test_jsonl_is_utf8_not_escaped(tmp_path, fr_claims):
    path = tmp_path / "out.jsonl"
    claimtrack.write_jsonl(fr_claims, path)
    raw = path.read_bytes()
    assert "«".encode() in raw
    assert b"\\u00ab" not in raw
    assert b"\r\n" not in raw


def test_jsonl_skips_blank_lines():
    c = claimtrack.extract("« Tout est prêt », a affirmé le ministère.")
    buf = io.StringIO()
    claimtrack.write_jsonl(c, buf)
    assert claimtrack.read_jsonl(io.StringIO("\n" + buf.getvalue() + "\n  \n")) == c


def test_write_jsonl_rejects_non_claims():
    with pytest.raises(TypeError):
        claimtrack.write_jsonl([{"id": "c1"}], io.StringIO())


def test_read_empty_file(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    assert claimtrack.read_jsonl(path) == []


def test_ids_in_document_order(fr_claims, en_claims):
    for claims in (fr_claims, en_claims):
        assert [c.id for c in claims] == [f"c{i}" for i in range(1, len(claims) + 1)]
        starts = [c.content.start for c in claims]
        assert starts == sorted(starts)
        assert [c.sentence for c in claims] == sorted(c.sentence for c in claims)


def test_denial_links_mirror(claims):
    by_id = {c.id: c for c in claims}
    for c in claims:
        for d in c.denies:
            assert c.id in by_id[d].denied_by
        for d in c.denied_by:
            assert c.id in by_id[d].denies


# --- JSONL errors ------------------------------------------------------------------------------


def _valid_line() -> str:
    buf = io.StringIO()
    claimtrack.write_jsonl(claimtrack.extract("« Tout est prêt », a affirmé le ministère."), buf)
    return buf.getvalue()


def test_jsonl_error_names_file_and_line(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text(_valid_line() + "\n" + '{"id": "c2", \n', encoding="utf-8")
    with pytest.raises(JSONLError) as ei:
        claimtrack.read_jsonl(path)
    msg = str(ei.value)
    assert "broken.jsonl" in msg
    assert "line 3" in msg
    assert isinstance(ei.value, ValueError)


def test_jsonl_error_non_claim_object(tmp_path):
    path = tmp_path / "other.jsonl"
    path.write_text(_valid_line() + '{"name": "Korvane"}\n', encoding="utf-8")
    with pytest.raises(JSONLError) as ei:
        claimtrack.read_jsonl(path)
    assert "other.jsonl" in str(ei.value)
    assert "line 2" in str(ei.value)


@pytest.mark.parametrize("line", ["[1, 2]", "42", '"text"', "null"])
def test_jsonl_error_non_object_json(line):
    with pytest.raises(JSONLError) as ei:
        claimtrack.read_jsonl(io.StringIO(line + "\n"))
    assert "line 1" in str(ei.value)


def test_jsonl_error_bad_field_value():
    d = json.loads(_valid_line())
    d["form"] = "paraphrase"
    with pytest.raises(JSONLError) as ei:
        claimtrack.read_jsonl(io.StringIO(json.dumps(d) + "\n"))
    assert "line 1" in str(ei.value)


# --- extract arguments -------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, b"Le maire a dit que tout va bien.", 42, ["texte"]])
def test_extract_rejects_non_str(bad):
    with pytest.raises(TypeError):
        claimtrack.extract(bad)


def test_extract_rejects_unknown_language():
    with pytest.raises(ValueError):
        claimtrack.extract("Der Bürgermeister sagte, alles sei gut.", lang="de")


def test_extract_rejects_unknown_backend():
    with pytest.raises(ValueError):
        claimtrack.extract("Le maire a dit que tout va bien.", backend="nope")


def test_extract_rejects_non_str_doc_id():
    with pytest.raises(TypeError):
        claimtrack.extract("Le maire a dit que tout va bien.", doc_id=7)


@pytest.mark.parametrize("backend", ["auto", "surface"])
def test_backends_accepted(backend):
    c = claimtrack.extract("« Tout est prêt », a affirmé le ministère.", backend=backend)
    assert [x.source.text for x in c] == ["le ministère"]


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\u00a0\u202f\r\n"])
@pytest.mark.parametrize("lang", [None, "fr", "en"])
def test_empty_and_whitespace(text, lang):
    c = claimtrack.extract(text, lang=lang, doc_id="vide")
    assert isinstance(c, Claims)
    assert c == []
    assert c.text == text
    assert c.doc_id == "vide"
    assert c.lang in ("fr", "en")
    if lang:
        assert c.lang == lang


def test_claims_keeps_text_lang_doc_id():
    text = "« Tout est prêt », a affirmé le ministère."
    c = claimtrack.extract(text, doc_id="dep-42")
    assert c.text == text
    assert c.lang == "fr"
    assert c.doc_id == "dep-42"
    assert all(x.doc_id == "dep-42" for x in c)
    assert "dep-42" in repr(c)
    assert claimtrack.extract(text)[0].doc_id is None


def test_explicit_lang_is_copied_to_records():
    c = claimtrack.extract('"We are ready," the mayor said.', lang="en")
    assert c.lang == "en"
    assert all(x.lang == "en" for x in c)


def test_language_detection():
    fr = ("Le conseil municipal de Valmeran s'est réuni mardi soir pour voter le budget. "
          "Selon le maire, les travaux du pont commenceront au printemps et dureront deux ans.")
    en = ("The Pellston city council met on Tuesday evening to vote on the budget. "
          "According to the mayor, work on the bridge will begin in the spring and last two years.")
    assert claimtrack.extract(fr).lang == "fr"
    assert claimtrack.extract(en).lang == "en"
    assert all(c.lang == "en" for c in claimtrack.extract(en))
    assert claimtrack.extract(en)[0].cue.lemma == "according to"


def test_network_is_blocked_during_tests():
    import socket

    from conftest import NetworkBlocked

    with pytest.raises(NetworkBlocked):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkBlocked):
            s.connect(("192.0.2.1", 80))
    finally:
        s.close()


def test_read_jsonl_path_drops_bom(tmp_path, fr_claims):
    path = tmp_path / "bom.jsonl"
    buf = io.StringIO()
    claimtrack.write_jsonl(fr_claims, buf)
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    assert claimtrack.read_jsonl(path) == fr_claims


def test_long_text_read_in_blocks_gives_the_same_claims(monkeypatch):
    """A long text is read block by block (bounded memory); cutting it must not change the claims."""
    import claimtrack.pipeline as ex

    paragraph = ("La Borduvie est accusée par ses voisins de financer des milices, ce que Vanko dément.\n"
                 "« Nous restons », a affirmé la maire Ana Corvel. Selon la préfète, la route restera fermée.\n"
                 "Le gouvernement a démenti ces accusations. Le marché a rouvert mardi.\n")
    text = paragraph * 40
    whole = claimtrack.extract(text, lang="fr")
    assert len(ex.blocks(text, 1_000)) > 5
    monkeypatch.setattr(ex, "BLOCK_CHARS", 1_000)
    assert len(ex.blocks(text)) > 5
    cut = claimtrack.extract(text, lang="fr")
    assert cut == whole


def test_blocks_cut_without_line_breaks():
    import claimtrack.pipeline as ex

    text = "« Tout va bien », a affirmé le ministre. " * 200
    parts = ex.blocks(text, 1_000)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a < b for a, b in parts) and all(parts[k][1] == parts[k + 1][0] for k in range(len(parts) - 1))
