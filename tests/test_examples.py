"""The files in examples/ work out of the box: the articles extract, and the gold sample scores with
`claimtrack evaluate`."""

from __future__ import annotations

import json
from pathlib import Path

import claimtrack
from claimtrack.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_gold_sample_offsets_hold():
    docs = [json.loads(line) for line in (EXAMPLES / "gold-sample.jsonl").read_text("utf-8").splitlines()]
    assert len(docs) >= 3 and {d["lang"] for d in docs} == {"fr", "en"}
    for d in docs:
        for c in d["claims"]:
            for key in ("content", "source", "cue"):
                s = c.get(key)
                if s is not None:
                    assert d["text"][s["start"]:s["end"]] == s["text"]


def test_evaluate_runs_on_the_gold_sample(capsys):
    assert main(["evaluate", str(EXAMPLES / "gold-sample.jsonl"), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["bad_offsets"] == 0 and figures["gold"] == 10
    result = claimtrack.evaluate(str(EXAMPLES / "gold-sample.jsonl"))
    assert result["claims_F1"] > 0.5


def test_example_articles_extract(capsys):
    for name in ("article-fr.txt", "article-en.txt"):
        assert main(["extract", str(EXAMPLES / name)]) == 0
        assert capsys.readouterr().out.count("\n") >= 3
