"""English frame families read by structure (claimtrack.frames), on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import checked

from claimtrack import Claims


def extract(text: str) -> Claims:
    return checked(text, "en")


def claim_with(claims: Claims, content: str):
    found = [c for c in claims if c.content.text == content]
    assert found, [c.to_dict() for c in claims]
    return found[0]


def test_told_addressee_is_not_content():
    text = "“I wanted to calm the crowd, not hurt anyone,” he told the court."
    claims = extract(text)
    c = claim_with(claims, "“I wanted to calm the crowd, not hurt anyone,”")
    assert c.source.text == "he"
    assert all(c.content.text != "the court" for c in claims)


def test_told_a_medium_is_via():
    text = "“We will rebuild the bridge,” she told the BBC on Monday."
    c = claim_with(extract(text), "“We will rebuild the bridge,”")
    assert c.source.text == "she"
    assert [v.text for v in c.via] == ["the BBC"]


def test_floating_quote_takes_previous_speaker():
    text = "“The plant stays open,” the director promised. “Orders are coming back at last.”"
    c = claim_with(extract(text), "“Orders are coming back at last.”")
    assert c.source.text == "the director"



def test_light_verb_cues():
    c = claim_with(extract("She made the case that the tax was unfair."), "the tax was unfair")
    assert c.cue.text == "made the case" and c.source.text == "She"
    c = claim_with(extract("He expressed hope that talks would resume."), "talks would resume")
    assert c.cue.text == "expressed hope"


@pytest.mark.parametrize("text, content, source", [
    ("The mayor said on Tuesday that the bridge would reopen.", "the bridge would reopen", "The mayor"),
    ("The company said in a statement that it would appeal.", "it would appeal", "The company"),
    ("She told reporters on Monday that the deal was done.", "the deal was done", "She"),
    ("Ana told Pierre “I will not sign this.”", "“I will not sign this.”", "Ana"),
    ("“He is a good man,” the senator said of the governor.", "“He is a good man,”", "the senator"),
])
def test_material_between_cue_and_content(text, content, source):
    assert claim_with(extract(text), content).source.text == source


def test_statement_channel_is_via():
    c = claim_with(extract("The company said in a statement that it would appeal."), "it would appeal")
    assert [v.text for v in c.via] == ["a statement"]


@pytest.mark.parametrize("text, quote", [
    ("'We will not back down,' the minister said.", "'We will not back down,'"),
    ("‘We will not back down,’ the minister said.", "‘We will not back down,’"),
    ("“We will rebuild\" the mayor said.", "“We will rebuild\""),
])
def test_single_and_mismatched_quote_marks(text, quote):
    c = claim_with(extract(text), quote)
    assert c.source.text in ("the minister", "the mayor") and c.form == "direct"


def test_apostrophes_are_not_quote_marks():
    text = "The leaders' meeting ended, and the mayor's office said it was \"a good day\"."
    claims = extract(text)
    assert all("leaders' meeting" not in c.content.text for c in claims)
    assert all(q.text == "\"a good day\"" for c in claims for q in c.quotes)


def test_titles_are_not_part_of_canonical_names():
    c = extract("Opposition leader Kofi Mensah said the vote was rigged.")[0]
    assert c.source.canonical == "Kofi Mensah" and c.source.type == "person"


def test_own_opinion_is_no_claim():
    assert list(extract("According to me, the plan is a mistake.")) == []


def test_relative_clause_quoting_the_speaker():
    text = "“It was a moment of anger,” said Paul Morel, who felt “deeply ashamed.”"
    c = claim_with(extract(text), "felt “deeply ashamed.”")
    assert c.source.text.startswith("Paul Morel")


def test_dash_signature_after_a_quote():
    c = claim_with(extract("“We will not give up on wages” — Paul Mercier, union delegate."),
                   "“We will not give up on wages”")
    assert c.source.text == "Paul Mercier"


def test_according_to_after_attributed_quote_is_a_relay():
    claims = checked('"We held the line," the general said, according to a video posted by the army.', "en")
    assert len(claims) == 1
    assert claims[0].source.text == "the general"
    assert [v.text for v in claims[0].via] == ["a video posted by the army"]
