"""claimtrack.evaluate: metric definitions on hand-built gold documents, input errors, CLI, and agreement with
the shared scorer (../shared/tools/score.py; skipped where ../shared is absent)."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

import claimtrack
from claimtrack import JSONLError, evaluate
from claimtrack.cli import main
from claimtrack.evaluation import coverage, cue_right, dice, fold_words, source_right, trim

SHARED = Path(__file__).resolve().parents[2] / "shared"


# ---------------------------------------------------------------------------------------------------------------
# helpers: spans by substring, gold claims, predictions, and an extractor returning fixed predictions


def sp(text: str, sub: str, nth: int = 0) -> dict:
    """The span of the ``nth`` occurrence of ``sub`` in ``text``."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return {"text": sub, "start": i, "end": i + len(sub)}


def gold_claim(text, cid, content, source=None, cue=None, act="statement", **extra):
    return {"id": cid, "form": "direct", "act": act, "content": sp(text, content),
            "source": sp(text, source) if source else None, "cue": sp(text, cue) if cue else None, **extra}


def pred(text, pid, content, source=None, cue=None, act="statement", canonical=None, **extra):
    src = None
    if source:
        src = sp(text, source) | {"canonical": canonical or source, "type": "person"}
    return {"id": pid, "act": act, "content": sp(text, content) if isinstance(content, str) else content,
            "source": src, "cue": sp(text, cue) if cue else None, "denies": [], "denied_by": [], **extra}


def fixed(preds_by_text: dict):
    """An ``extract(text, lang)`` function returning the given predictions for each text."""
    return lambda text, lang: preds_by_text.get(text, [])


def run(doc, preds, **kw):
    return evaluate([doc], extract=fixed({doc["text"]: preds}), **kw)


# ---------------------------------------------------------------------------------------------------------------
# span arithmetic


def test_trim_removes_spaces_quotes_and_edge_punctuation():
    text = "« Tout va bien », a-t-il dit."
    assert text[slice(*trim(text, 0, 17))] == "Tout va bien"
    assert trim(text, 0, 2) == (2, 2)  # only trimmable characters: empty
    inner = text.index("a-t-il")
    assert text[slice(*trim(text, inner, inner + 6))] == "a-t-il"  # inner hyphens stay


def test_dice_and_coverage():
    assert dice((0, 10), (5, 15)) == 0.5
    assert dice((0, 10), (10, 20)) == 0.0
    assert dice((3, 3), (3, 3)) == 0.0
    assert coverage((0, 10), (5, 30)) == 0.5
    assert coverage((0, 10), (0, 3)) == 0.3
    assert coverage((4, 4), (0, 10)) == 0.0


def test_fold_words_folds_case_accents_and_punctuation():
    assert fold_words("Sergueï  CHOÏGOU-Jr.") == ["serguei", "choigou", "jr"]
    assert fold_words("É. Macron") == ["e", "macron"]
    assert fold_words(None) == []


# ---------------------------------------------------------------------------------------------------------------
# claims P/R/F1 (Dice >= 0.5), coverage thresholds, exact


TEXT = "« Tout va bien », a affirmé le ministre. Selon la police, trois personnes ont été blessées. Il pleut."


def two_gold():
    return {"doc_id": "d1", "lang": "fr", "text": TEXT, "claims": [
        gold_claim(TEXT, "g1", "« Tout va bien »", "le ministre", "a affirmé"),
        gold_claim(TEXT, "g2", "trois personnes ont été blessées", "la police", "Selon", form="indirect")]}


def test_precision_recall_f1_hand_computed():
    doc = two_gold()
    preds = [pred(TEXT, "p1", "Tout va bien", "le ministre", "a affirmé"),   # Dice 1 with g1 (trimmed)
             pred(TEXT, "p2", "trois personnes"),                             # Dice 2·15/(15+32) = 0.64 with g2
             pred(TEXT, "p3", "Il pleut")]                                    # spurious
    r = run(doc, preds)
    assert (r["gold"], r["pred"]) == (2, 3)
    assert (r["claims_P"], r["claims_R"], r["claims_F1"]) == (0.667, 1.0, 0.8)
    # p2 has no source where the gold has one: attributed 1 of 3 predicted, 1 of 2 gold
    assert (r["attributed_P"], r["attributed_R"], r["attributed_F1"]) == (0.333, 0.5, 0.4)
    assert r["source_acc"] == 0.5
    assert r["cue_acc"] == 0.5  # both gold claims have a cue; p2 gives none
    assert r["act_acc"] == 1.0
    assert r["denial_F1"] is None and r["hard_recall"] is None
    assert r["notclaim_fp"] == 0 and r["bad_offsets"] == 0
    assert isinstance(r["chars_per_s"], int)


def test_dice_threshold_is_inclusive():
    text = "abcdefghijklmnopqrst"
    doc = {"text": text, "claims": [gold_claim(text, "g1", "abcdefghij")]}
    assert run(doc, [pred(text, "p", "fghijklmno")])["claims_R"] == 1.0  # 2·5/(10+10) = 0.5 exactly
    assert run(doc, [pred(text, "p", "fghijklmnop")])["claims_R"] == 0.0  # 2·5/(10+11) < 0.5
    assert run(doc, [pred(text, "p", text)])["claims_R"] == 1.0  # 2·10/(10+20) = 0.667
    # contents are trimmed first: quote marks and spaces around the prediction do not count
    quoted = "« abcdefghij » klmnopqrstuvwxyz"
    doc = {"text": quoted, "claims": [gold_claim(quoted, "g1", "abcdefghij")]}
    assert run(doc, [pred(quoted, "p", "« abcdefghij » ")])["exact_R"] == 1.0


def test_coverage_thresholds_and_exact():
    text = "Le maire a dit que la route du col sera fermée tout l'hiver prochain pour travaux urgents."
    gold = gold_claim(text, "g1", "la route du col sera fermée")  # 27 characters
    doc = {"text": text, "claims": [gold]}
    # covers 15 of 27 characters: Dice 30/42 = 0.714, coverage 0.556
    r = run(doc, [pred(text, "p", "la route du col")])
    assert (r["claims_R"], r["claims_R_cov0.3"], r["claims_R_cov0.8"], r["exact_R"]) == (1.0, 1.0, 0.0, 0.0)
    # "la route " covers 9 of 27 characters (1/3); trimmed to 8 characters, its Dice is 16/35 < 0.5
    r = run(doc, [pred(text, "p", "la route ")])
    assert (r["claims_R"], r["claims_R_cov0.3"], r["claims_R_cov0.8"]) == (0.0, 1.0, 0.0)
    assert (r["claims_P_cov0.3"], r["claims_F1_cov0.3"], r["claims_F1_cov0.8"]) == (1.0, 1.0, 0.0)
    # covers all 27 and 43 more characters: Dice 54/97 = 0.557, coverage 1
    long = "la route du col sera fermée tout l'hiver prochain pour travaux urgents"
    r = run(doc, [pred(text, "p", long)])
    assert (r["claims_R"], r["claims_R_cov0.3"], r["claims_R_cov0.8"], r["exact_R"]) == (1.0, 1.0, 1.0, 0.0)
    # covers all and far more: Dice 54/(27+89) < 0.5, but coverage 1
    r = run(doc, [pred(text, "p", text)])
    assert (r["claims_R"], r["claims_R_cov0.3"], r["claims_R_cov0.8"]) == (0.0, 1.0, 1.0)
    # trimmed spans identical: exact, whatever the edge spaces and punctuation
    r = run(doc, [pred(text, "p", " la route du col sera fermée ")])
    assert (r["exact_P"], r["exact_R"], r["exact_F1"]) == (1.0, 1.0, 1.0)
    # custom thresholds name their keys
    r = run(doc, [pred(text, "p", "la route ")], thresholds=(0.5,))
    assert r["claims_R_cov0.5"] == 0.0 and "claims_R_cov0.3" not in r


def test_matching_is_one_to_one_best_first():
    text = "AAAAAAAAAA BBBBBBBBBB"
    doc = {"text": text, "claims": [gold_claim(text, "g1", "AAAAAAAAAA"), gold_claim(text, "g2", "BBBBBBBBBB")]}
    # one prediction spanning both: Dice 20/31 with each, matches only the earlier gold (tie)
    r = run(doc, [pred(text, "p", text)], details=True)
    assert (r["claims_P"], r["claims_R"]) == (1.0, 0.5)
    assert [m["gold_id"] for m in r["details"][0]["matches"]] == ["g1"]
    # two predictions on g1: the better one matches, the other is a false positive
    r = run(doc, [pred(text, "p1", "AAAAAAAA"), pred(text, "p2", "AAAAAAAAAA")], details=True)
    assert [(m["gold_id"], m["pred_id"]) for m in r["details"][0]["matches"]] == [("g1", "p2")]
    assert [f["pred_id"] for f in r["details"][0]["false_positives"]] == ["p1"]
    assert [m["gold_id"] for m in r["details"][0]["misses"]] == ["g2"]
    # coverage: one prediction covering both golds still counts once
    assert r["claims_R_cov0.3"] == 0.5


# ---------------------------------------------------------------------------------------------------------------
# source, cue and act


STEXT = "D'après le porte-parole du Kremlin Ivan Petrenko, rien. Selon le ministre S. Lavrov, tout. Il l'a dit."


def _g(source, canonical=None):
    g = gold_claim(STEXT, "g", "rien", source=source)
    if canonical:
        g["source_canonical"] = canonical
    return g


def _p(source, canonical=None, nth=0):
    src = None if source is None else sp(STEXT, source, nth) | {"canonical": canonical or source, "type": "person"}
    return {"id": "p", "content": sp(STEXT, "rien"), "source": src}


def test_source_both_null_and_one_null():
    assert source_right(STEXT, _g(None), _p(None))
    assert not source_right(STEXT, _g(None), _p("Lavrov"))
    assert not source_right(STEXT, _g("Lavrov"), _p(None))


def test_source_dice():
    g = _g("le porte-parole du Kremlin Ivan Petrenko")  # 40 characters
    assert source_right(STEXT, g, _p("le porte-parole du Kremlin"))  # 2·26/66 = 0.79
    assert source_right(STEXT, g, _p("le porte-parole"))  # 2·15/55 = 0.545


def test_source_last_word_rule():
    g = _g("le porte-parole du Kremlin Ivan Petrenko")
    assert not source_right(STEXT, g, _p("porte-parole"))  # Dice 24/52 < 0.5 and no "peskov"
    assert source_right(STEXT, g, _p("Ivan Petrenko"))  # Dice 26/53 < 0.5 but contains "peskov"
    g = _g("Lavrov")  # 6 characters: a prediction may have up to 2·6 + 10 = 22
    assert source_right(STEXT, g, _p("le ministre S. Lavrov"))  # 21 characters, Dice 12/27 < 0.5
    assert not source_right(STEXT, g, _p("Selon le ministre S. Lavrov"))  # 27 characters: too long
    assert not source_right(STEXT, g, _p("le ministre S."))  # no overlap


def test_source_canonical_rule():
    g = _g("Il", canonical="Sergueï Lavrov")
    assert not source_right(STEXT, g, _p("le ministre S. Lavrov", canonical="S. Lavrov"))
    assert source_right(STEXT, g, _p("le ministre S. Lavrov", canonical="SERGUEI LAVROV"))  # folded words
    assert source_right(STEXT, g, _p("le porte-parole", canonical="sergueï-lavrov"))  # anywhere in the text
    assert not source_right(STEXT, _g("Il"), _p("le ministre S. Lavrov", canonical="Sergueï Lavrov"))
    p = _p("Lavrov", canonical="Sergueï Lavrov")
    p["source"]["end"] = 10_000  # invalid offsets: never right
    assert not source_right(STEXT, g, p)


def test_cue_rule():
    text = "« Oui », a affirmé hier soir devant la presse réunie le ministre."
    g = gold_claim(text, "g", "« Oui »", cue="a affirmé")  # 9 characters: up to 3·9 + 10 = 37
    ok = {"cue": sp(text, "a affirmé hier soir devant la presse")}  # 36
    assert cue_right(text, g, ok)
    assert not cue_right(text, g, {"cue": sp(text, "a affirmé hier soir devant la presse réunie")})  # 43
    assert not cue_right(text, g, {"cue": sp(text, "hier soir")})  # no overlap
    assert not cue_right(text, g, {"cue": None})
    assert cue_right(text, g, {"cue": sp(text, "affirmé")})


def test_cue_and_act_accuracy_count_matched_claims_only():
    doc = two_gold()
    doc["claims"][1]["cue"] = None
    doc["claims"][1]["act"] = "accusation"
    preds = [pred(TEXT, "p1", "Tout va bien", "le ministre", "a affirmé")]
    r = run(doc, preds)
    assert r["cue_acc"] == 1.0 and r["act_acc"] == 1.0
    preds.append(pred(TEXT, "p2", "trois personnes ont été blessées", "la police"))  # act statement: wrong
    r = run(doc, preds)
    assert r["cue_acc"] == 1.0 and r["act_acc"] == 0.5 and r["source_acc"] == 1.0 and r["attributed_F1"] == 1.0


def test_attributed_counts_null_sources():
    text = "« Assez ! » Il pleut."
    doc = {"text": text, "claims": [gold_claim(text, "g", "« Assez ! »")]}
    assert run(doc, [pred(text, "p", "« Assez ! »")])["attributed_F1"] == 1.0
    assert run(doc, [pred(text, "p", "« Assez ! »", source="Il")])["attributed_F1"] == 0.0


# ---------------------------------------------------------------------------------------------------------------
# denial links, hard recall, not_claims, bad offsets


DTEXT = "Le ministre a accusé Paris de mentir, ce que Paris dément. Rome a accusé Berlin de tricher."


def denial_doc():
    return {"doc_id": "den", "text": DTEXT, "claims": [
        gold_claim(DTEXT, "c1", "mentir", "Le ministre", "a accusé", act="accusation"),
        gold_claim(DTEXT, "c2", "ce que Paris dément", "Paris", "dément", act="denial", denies=["c1"])]}


def test_denial_links_from_denies_and_denied_by():
    base = [pred(DTEXT, "a", "mentir", act="accusation"), pred(DTEXT, "b", "ce que Paris dément", act="denial")]
    via_denies = [base[0], base[1] | {"denies": ["a"]}]
    assert run(denial_doc(), via_denies)["denial_F1"] == 1.0
    via_denied_by = [base[0] | {"denied_by": ["b"]}, base[1]]
    assert run(denial_doc(), via_denied_by)["denial_F1"] == 1.0
    both = [base[0] | {"denied_by": ["b"]}, base[1] | {"denies": ["a"]}]  # the same link, counted once
    assert run(denial_doc(), both)["denial_F1"] == 1.0
    # an extra link to an unmatched prediction: P 1/2, R 1 -> F1 0.667
    extra = [base[0], base[1] | {"denies": ["a", "z"]}, pred(DTEXT, "z", "Rome a accusé")]
    assert run(denial_doc(), extra)["denial_F1"] == 0.667
    # reversed direction is wrong
    assert run(denial_doc(), [base[0] | {"denies": ["b"]}, base[1]])["denial_F1"] == 0.0
    assert run(denial_doc(), base)["denial_F1"] == 0.0
    # no gold link: not applicable
    doc = denial_doc()
    doc["claims"][1]["denies"] = []
    assert run(doc, via_denies)["denial_F1"] is None


def test_gold_denied_by_links_count():
    doc = denial_doc()
    doc["claims"][1]["denies"] = []
    doc["claims"][0]["denied_by"] = ["c2"]
    preds = [pred(DTEXT, "a", "mentir"), pred(DTEXT, "b", "ce que Paris dément", denies=["a"])]
    assert run(doc, preds)["denial_F1"] == 1.0


def test_hard_recall():
    doc = two_gold()
    doc["claims"][1]["difficulty"] = "hard"
    assert run(doc, [pred(TEXT, "p", "trois personnes ont été blessées")])["hard_recall"] == 1.0
    assert run(doc, [pred(TEXT, "p", "Tout va bien")])["hard_recall"] == 0.0


def test_notclaim_false_positives():
    doc = two_gold() | {"not_claims": ["Il pleut", "absent de ce texte"]}
    assert run(doc, [pred(TEXT, "p", "Il pleut.")])["notclaim_fp"] == 1
    assert run(doc, [pred(TEXT, "p", "Il")])["notclaim_fp"] == 1  # Dice 2·2/(2+8) = 0.4 > 0.3
    assert run(doc, [pred(TEXT, "p", "blessées. Il")])["notclaim_fp"] == 0  # Dice 2·2/(12+8) = 0.2
    assert run(doc, [pred(TEXT, "p", "Il pleut.")] * 2)["notclaim_fp"] == 2  # counted per prediction
    # a matched prediction is never a not-claim false positive
    doc = {"text": "Il pleut.", "claims": [gold_claim("Il pleut.", "g", "Il pleut")], "not_claims": ["Il pleut"]}
    assert run(doc, [pred("Il pleut.", "p", "Il pleut")])["notclaim_fp"] == 0


def test_bad_offsets_counted_and_invalid_content_unmatched():
    doc = two_gold()
    wrong_text = sp(TEXT, "Tout va bien") | {"text": "Tout va mal!"}
    p1 = pred(TEXT, "p1", wrong_text, source="le ministre")
    p1["source"]["end"] = len(TEXT) + 5  # out of range
    p1["quotes"] = [{"text": "«", "start": True, "end": 1}]  # a bool is not an offset
    p1["via"] = [sp(TEXT, "la police"), {"start": 0, "end": 1}]  # right; no text to compare: right
    r = run(doc, [p1], details=True)
    assert r["bad_offsets"] == 3 and r["details"][0]["bad_offsets"] == 3
    assert r["claims_R"] == 0.5  # the offsets of the content are valid: it still matches
    p2 = pred(TEXT, "p2", {"text": "?", "start": -1, "end": 5})
    r = run(doc, [p2])
    assert r["bad_offsets"] == 1 and r["claims_P"] == 0.0


# ---------------------------------------------------------------------------------------------------------------
# the default extractor, options, details


def test_default_extractor_end_to_end():
    text = "« Tout va bien », a affirmé le ministre."
    doc = {"doc_id": "x", "lang": "fr", "text": text,
           "claims": [gold_claim(text, "g1", "« Tout va bien »", "le ministre", "a affirmé")]}
    r = evaluate([doc], backend="surface", details=True)
    assert (r["claims_F1"], r["attributed_F1"], r["cue_acc"], r["exact_F1"]) == (1.0, 1.0, 1.0, 1.0)
    (d,) = r["details"]
    assert d["doc_id"] == "x" and d["matches"][0]["pred_id"] == "c1" and d["matches"][0]["source_right"]
    json.dumps(r)  # details are plain JSON
    with pytest.raises(ValueError, match="backend"):
        evaluate([doc], backend="no-such-backend")


def test_warm_up_and_languages():
    calls = []

    def ex(text, lang):
        calls.append((text, lang))
        return []

    docs = [{"text": "un", "lang": "fr", "claims": []}, {"text": "deux", "claims": []}]
    r = evaluate(docs, extract=ex, lang="en")
    assert calls == [("un", "fr"), ("un", "fr"), ("deux", "en")]  # one untimed warm-up call first
    assert r["gold"] == 0 and r["claims_F1"] == 0.0 and r["source_acc"] is None and r["act_acc"] is None
    assert evaluate([], extract=ex)["chars_per_s"] is None


def test_predictions_may_be_records_or_dicts():
    text = "« Tout va bien », a affirmé le ministre."
    doc = {"lang": "fr", "text": text, "claims": [gold_claim(text, "g1", "« Tout va bien »", "le ministre")]}
    records = claimtrack.extract(text, lang="fr", backend="surface")
    assert evaluate([doc], extract=lambda t, lg: records)["attributed_F1"] == 1.0
    assert evaluate([doc], extract=lambda t, lg: records.to_dicts())["attributed_F1"] == 1.0
    with pytest.raises(TypeError):
        evaluate([doc], extract=lambda t, lg: [object()])
    with pytest.raises(TypeError, match="backend options"):
        evaluate([doc], extract=lambda t, lg: [], model="big")


# ---------------------------------------------------------------------------------------------------------------
# input errors


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_gold_path_is_read(tmp_path):
    doc = two_gold()
    path = write_lines(tmp_path / "g.jsonl", [json.dumps(doc), ""])
    preds = [pred(TEXT, "p1", "Tout va bien", "le ministre", "a affirmé")]
    r = evaluate(path, extract=fixed({TEXT: preds}))
    assert (r["gold"], r["claims_P"], r["claims_R"]) == (2, 1.0, 0.5)
    again = evaluate(str(path), extract=fixed({TEXT: preds}))
    assert {k: v for k, v in again.items() if k != "chars_per_s"} == {k: v for k, v in r.items() if k != "chars_per_s"}


def test_invalid_json_line_names_file_and_line(tmp_path):
    path = write_lines(tmp_path / "bad.jsonl", [json.dumps(two_gold()), "{not json"])
    with pytest.raises(JSONLError, match=r"bad\.jsonl, line 2"):
        evaluate(path, extract=fixed({}))


@pytest.mark.parametrize("missing", ["text", "claims"])
def test_document_without_text_or_claims(tmp_path, missing):
    doc = two_gold()
    del doc[missing]
    path = write_lines(tmp_path / "g.jsonl", [json.dumps(two_gold()), json.dumps(two_gold()), json.dumps(doc)])
    with pytest.raises(JSONLError, match=rf"g\.jsonl, line 3.*'{missing}'"):
        evaluate(path, extract=fixed({}))
    with pytest.raises(JSONLError, match="gold document 1"):
        evaluate([doc], extract=fixed({}))


@pytest.mark.parametrize("key", ["content", "source", "cue"])
def test_span_not_matching_text_names_doc_and_claim(key):
    doc = two_gold()
    doc["claims"][1][key]["start"] += 1
    with pytest.raises(ValueError, match=rf"document d1.*claim g2: {key} span"):
        evaluate([doc], extract=fixed({}))


def test_other_input_errors():
    doc = two_gold()
    with pytest.raises(TypeError, match="single document"):
        evaluate(doc, extract=fixed({}))
    with pytest.raises(ValueError, match="threshold"):
        evaluate([doc], extract=fixed({}), thresholds=(0.3, 1.5))
    bad = two_gold()
    bad["claims"][0]["content"]["end"] = 10_000
    with pytest.raises(ValueError, match="claim g1: content span has invalid offsets"):
        evaluate([bad], extract=fixed({}))


# ---------------------------------------------------------------------------------------------------------------
# command line


CLI_TEXT = "« Tout va bien », a affirmé le ministre. Il pleut."


@pytest.fixture
def cli_gold(tmp_path):
    doc = {"doc_id": "cli", "lang": "fr", "text": CLI_TEXT, "not_claims": ["Il pleut"], "claims": [
        gold_claim(CLI_TEXT, "g1", "« Tout va bien »", "le ministre", "a affirmé"),
        gold_claim(CLI_TEXT, "g2", "Il pleut", "le ministre", "a affirmé")]}
    return write_lines(tmp_path / "gold.jsonl", [json.dumps(doc, ensure_ascii=False)])


def test_cli_json_is_one_line(cli_gold, capsys):
    assert main(["evaluate", str(cli_gold), "--json", "--backend", "surface"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    r = json.loads(out)
    for key in ("claims_P", "claims_R", "claims_F1", "attributed_P", "attributed_R", "attributed_F1",
                "source_acc", "cue_acc", "act_acc", "denial_F1", "hard_recall", "notclaim_fp", "gold", "pred",
                "bad_offsets", "chars_per_s", "claims_P_cov0.3", "claims_R_cov0.3", "claims_F1_cov0.3",
                "claims_P_cov0.8", "claims_R_cov0.8", "claims_F1_cov0.8", "exact_P", "exact_R", "exact_F1"):
        assert key in r
    assert (r["gold"], r["claims_R"]) == (2, 0.5)


def test_cli_table_and_show(cli_gold, capsys):
    assert main(["evaluate", str(cli_gold), str(cli_gold), "--show", "--lang", "fr", "--backend", "surface"]) == 0
    out = capsys.readouterr().out
    for row in ("Dice >= 0.5", "attributed", "coverage >= 0.3", "coverage >= 0.8", "exact", "gold 4"):
        assert row in out
    assert "MISS cli g2: 'Il pleut'" in out
    assert main(["evaluate", str(cli_gold), "--show", "--json", "--backend", "surface"]) == 0
    captured = capsys.readouterr()
    assert captured.out.count("\n") == 1 and "MISS cli g2" in captured.err


def test_cli_errors(tmp_path, capsys):
    path = write_lines(tmp_path / "bad.jsonl", ["[1, 2]"])
    assert main(["evaluate", str(path)]) == 1
    assert "bad.jsonl, line 1" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path / "absent.jsonl")]) == 1
    assert "absent.jsonl" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------------------------
# agreement with the shared scorer


@pytest.mark.parametrize("name", ["fr-seed.jsonl", "fr-ud-dev.jsonl", "en-polnear-dev.jsonl"])
def test_agrees_with_shared_scorer(name, monkeypatch):
    path = SHARED / "eval" / name
    if not (path.is_file() and (SHARED / "tools" / "score.py").is_file()):
        pytest.skip(f"{SHARED} not available")
    monkeypatch.syspath_prepend(str(SHARED / "tools"))
    monkeypatch.delitem(sys.modules, "score", raising=False)
    score = importlib.import_module("score")
    monkeypatch.delitem(sys.modules, "score")  # imported for this test only

    def ex(text, lang):  # the surface rules: fast, and the same predictions for both scorers
        return claimtrack.extract(text, lang=lang, backend="surface")

    theirs = score.summary(score.score(score.load([str(path)]), ex))
    ours = evaluate(path, backend="surface")
    assert set(theirs) <= set(ours)
    for key, value in theirs.items():
        if key == "chars_per_s":
            continue
        if value is None:
            assert ours[key] is None, key
        else:
            assert ours[key] == pytest.approx(value, abs=0.01), key
