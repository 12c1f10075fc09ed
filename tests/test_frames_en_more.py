"""More English frames read by structure: bare and gerund denial objects, "accused X of doing", "called X
false" / "dismissed X as baseless", and quoted words that are no claims; sentences written for these tests.

The session fixture runs English on the rules; the ``union`` fixture runs the shipped default (rules + tagger).
"""

from __future__ import annotations

import pytest
from helpers import checked

from claimtrack import Claims


@pytest.fixture(params=["rules", "union"])
def mode(request, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_EN", request.param)
    return request.param


def extract(text: str) -> Claims:
    return checked(text, "en")


def act_of(claims: Claims, act: str):
    found = [c for c in claims if c.act == act]
    assert len(found) == 1, [c.to_dict() for c in claims]
    return found[0]


# ---------------------------------------------------------------- 1. bare noun and gerund objects

@pytest.mark.parametrize("text, content, source", [
    ("The treasurer denied wrongdoing.", "wrongdoing", "The treasurer"),
    ("The airline denied any wrongdoing.", "any wrongdoing", "The airline"),
    ("Garcia denied wrongdoing on Tuesday.", "wrongdoing", "Garcia"),
    ("The coach denied knowledge of the bets.", "knowledge of the bets", "The coach"),
    ("A fire brigade spokesman denied using foam on the river.", "using foam on the river",
     "A fire brigade spokesman"),
    ("The two officers denied ever meeting the witness.", "meeting the witness", "The two officers"),
])
def test_bare_or_gerund_object_of_a_denial(mode, text, content, source):
    c = act_of(extract(text), "denial")
    assert (c.content.text, c.source.text) == (content, source)


def test_headline_denial_with_a_gerund(mode):
    text = "Senator denies hiding donations\n\nThe senator spoke to reporters in Albany."
    c = act_of(extract(text), "denial")
    assert (c.content.text, c.source.text, c.cue.text) == ("hiding donations", "Senator", "denies")


@pytest.mark.parametrize("text", ["He denied it.", "The mayor denied that.", "They denied them entry."])
def test_no_bare_object_from_a_pronoun(text):
    assert all(c.content.text not in ("it", "that", "them", "them entry") for c in extract(text))


# ---------------------------------------------------------------- 2. accused X of doing

@pytest.mark.parametrize("text, target, content", [
    ("Prosecutors accused the minister of lying to Parliament.", "the minister", "lying to Parliament"),
    ("Residents accused police of ignoring their calls.", "police", "ignoring their calls"),
    ("Auditors accused the head of the water board, Tom Ruiz, of hiding losses.",
     "the head of the water board, Tom Ruiz", "hiding losses"),
    ("The union accused management of fraud.", "management", "fraud"),
])
def test_accused_target_and_charge(mode, text, target, content):
    c = act_of(extract(text), "accusation")
    assert (c.content.text, c.target.text) == (content, target)


# ---------------------------------------------------------------- 3. the object denied, not what it is called

@pytest.mark.parametrize("text, content", [
    ("She called the report false and politically motivated.", "the report"),
    ("The governor described the story as a fabrication.", "the story"),
    ("The club dismissed the rumours as nonsense.", "the rumours"),
    ("His lawyer dismissed the allegations as baseless.", "the allegations"),
    ("The striker dismissed rumours of a transfer as fiction.", "rumours of a transfer"),
])
def test_object_of_a_falsity_predicate_is_denied(mode, text, content):
    c = act_of(extract(text), "denial")
    assert c.content.text == content


def test_called_without_falsity_stays_a_statement():
    claims = extract("The senator called the plan a disaster for farmers.")
    assert all(c.act != "denial" for c in claims)


def test_denial_of_the_report_links_back():
    text = ("The inspectors said the dam had cracked in two places. The water board called the report "
            "untrue.")
    claims = extract(text)
    said = next(c for c in claims if c.act == "statement")
    denial = act_of(claims, "denial")
    assert denial.content.text == "the report"
    assert said.id in denial.denies


# ---------------------------------------------------------------- 4. quoted words no one is saying

@pytest.mark.parametrize("text", [
    'Thousands of nurses marched on Sunday against the so-called "modernisation" of hospitals.',
    'The council rejected the self-styled "rescue plan" of the opposition.',
])
def test_scare_quotes_in_a_noun_phrase_are_no_claim(mode, text):
    assert all('"' not in c.content.text for c in extract(text))


@pytest.mark.parametrize("text", ['He watched "The Night Shift" on television.',
                                  'She reread "A House of Glass" last summer.'])
def test_a_quoted_title_is_no_claim(text):
    assert all('"' not in c.content.text for c in extract(text))


def test_a_title_case_quote_with_a_speaker_pronoun_stays():
    claims = extract('The coach said "We Will Be Back" after the final.')
    assert any(c.content.text.startswith('"We Will') for c in claims)


@pytest.mark.parametrize("text, content", [
    ("The mayor rejected calls to resign.", "calls to resign"),
    ("She denied saying that the plant would close.", "saying that the plant would close"),
])
def test_a_cue_form_after_a_deny_verb_is_its_object(text, content):
    claims = extract(text)
    assert [(c.act, c.content.text) for c in claims] == [("denial", content)]


def test_said_it_would_is_a_clause():
    c = act_of(extract("The water board said it would publish its own figures."), "statement")
    assert (c.content.text, c.source.text) == ("it would publish its own figures", "The water board")


def test_said_it_alone_is_no_claim():
    assert not extract("He said it.")


def test_a_closing_incise_ends_the_denied_object():
    claims = extract("The clinic denies the charges, its lawyer said.")
    assert act_of(claims, "denial").content.text == "the charges"
    said = act_of(claims, "statement")
    assert (said.content.text, said.source.text) == ("The clinic denies the charges", "its lawyer")
