"""English phrase types, one test each, on sentences written for these tests (names are invented)."""

from __future__ import annotations

import pytest
from helpers import checked, only, single

import claimtrack
from claimtrack import Claim, Claims


def extract(text: str) -> Claims:
    return checked(text, "en")


def one(text: str) -> Claim:
    return single(extract(text))


QUOTED = '"The bridge will reopen in March,"'


@pytest.mark.parametrize("tail, source", [
    ("the mayor said.", "the mayor"),
    ("Linda Orwell said.", "Linda Orwell"),
    ("said the mayor.", "the mayor"),
    ("said Mayor Linda Orwell.", "Mayor Linda Orwell"),
], ids=["np-said", "name-said", "said-np", "said-name"])
def test_quote_then_cue(tail, source):
    c = one(f"{QUOTED} {tail}")
    assert c.act == "statement"
    assert c.form == "direct"
    assert c.content.text == QUOTED
    assert [q.text for q in c.quotes] == [QUOTED]
    assert c.source.text == source
    assert c.source.type == "person"
    assert c.cue.text == "said"
    assert c.cue.lemma == "say"


def test_curly_quotes_then_cue():
    quoted = "\u201cThe bridge will reopen in March,\u201d"
    c = one(f"{quoted} said Mayor Linda Orwell.")
    assert c.form == "direct"
    assert c.content.text == quoted
    assert c.source.canonical == "Linda Orwell"


@pytest.mark.parametrize("that", ["", "that "])
def test_said_that_clause(that):
    c = one(f"Mayor Linda Orwell said {that}the bridge would reopen in March.")
    assert c.act == "statement"
    assert c.form == "indirect"
    assert c.content.text == "the bridge would reopen in March"
    assert c.source.text == "Mayor Linda Orwell"
    assert c.source.canonical == "Linda Orwell"
    assert c.cue.text == "said"
    assert c.quotes == ()


def test_clause_then_cue():
    c = one("The talks will resume on Friday, officials said.")
    assert c.form == "indirect"
    assert c.content.text == "The talks will resume on Friday"
    assert c.source.text == "officials"
    assert c.source.type == "group"


def test_according_to_preposed():
    c = one("According to the county sheriff, two suspects were arrested near Pellston.")
    assert c.act == "statement"
    assert c.form == "indirect"
    assert c.content.text == "two suspects were arrested near Pellston"
    assert c.source.text == "the county sheriff"
    assert c.cue.text == "According to"
    assert c.cue.lemma == "according to"


def test_according_to_postposed():
    c = one("Two suspects were arrested near Pellston, according to the county sheriff.")
    assert c.content.text == "Two suspects were arrested near Pellston"
    assert c.source.text == "the county sheriff"
    assert c.cue.text == "according to"


def test_told_reuters_is_via():
    c = one("Governor Dale Hutchins told Reuters that the state would appeal the ruling.")
    assert c.act == "statement"
    assert c.content.text == "the state would appeal the ruling"
    assert c.source.text == "Governor Dale Hutchins"
    assert c.source.canonical == "Dale Hutchins"
    assert c.cue.text == "told"
    assert c.cue.lemma == "tell"
    assert [v.text for v in c.via] == ["Reuters"]


def test_in_a_statement_is_via():
    c = one('"The bridge will reopen," the mayor said in a statement.')
    assert c.source.text == "the mayor"
    assert [v.text for v in c.via] == ["a statement"]


def test_accused_of_active():
    c = one("The union accused the Brackley Mining Company of hiding safety reports.")
    assert c.act == "accusation"
    assert c.form == "indirect"
    assert c.content.text == "hiding safety reports"
    assert c.source.text == "The union"
    assert c.target.text == "the Brackley Mining Company"
    assert c.cue.text == "accused"
    assert c.cue.lemma == "accuse"


def test_accused_of_passive_no_source():
    c = one("Senator Ruth Calloway is accused of misusing campaign funds.")
    assert c.act == "accusation"
    assert c.source is None
    assert c.content.text == "misusing campaign funds"
    assert c.target.text == "Senator Ruth Calloway"
    assert c.cue.lemma == "accuse"


def test_accused_by_passive_with_agent():
    c = one("The senator was accused by her rivals of misusing campaign funds.")
    assert c.act == "accusation"
    assert c.source.text == "her rivals"
    assert c.target.text == "The senator"
    assert c.content.text == "misusing campaign funds"


def test_accused_by_bare_plural_agent():
    c = one("The former treasurer is accused by prosecutors of embezzling county funds.")
    assert c.act == "accusation"
    assert c.source.text == "prosecutors"
    assert c.content.text == "embezzling county funds"


@pytest.mark.parametrize("sentence, cue, source, content", [
    ("The Brackley Mining Company denied that it had hidden safety reports.", "denied",
     "The Brackley Mining Company", "it had hidden safety reports"),
    ("Pellston officials have denied that the water was contaminated.", "have denied",
     "Pellston officials", "the water was contaminated"),
])
def test_denied_that(sentence, cue, source, content):
    c = one(sentence)
    assert c.act == "denial"
    assert c.form == "indirect"
    assert c.cue.text == cue
    assert c.cue.lemma == "deny"
    assert c.source.text == source
    assert c.content.text == content


def test_rejected_object():
    c = one("The company rejected the report.")
    assert c.act == "denial"
    assert c.content.text == "the report"
    assert c.source.text == "The company"
    assert c.cue.lemma == "reject"


def test_denied_noun_object():
    c = one("The company denied the allegations.")
    assert c.act == "denial"
    assert c.content.text == "the allegations"
    assert c.source.text == "The company"


def test_which_x_denies_linked():
    text = "The union accused the Brackley Mining Company of hiding safety reports, which the company denies."
    claims = extract(text)
    acc = only(claims, "accusation")
    den = only(claims, "denial")
    assert den.content.text == "which the company denies"
    assert den.source.text == "the company"
    assert den.cue.text == "denies"
    assert den.cue.lemma == "deny"
    assert den.denies == (acc.id,)
    assert acc.denied_by == (den.id,)


def test_which_she_denies_linked_to_agentless_accusation():
    text = "Senator Ruth Calloway is accused of misusing campaign funds, which she denies."
    claims = extract(text)
    acc = only(claims, "accusation")
    den = only(claims, "denial")
    assert den.source.text == "she"
    assert acc.id in den.denies
    assert den.id in acc.denied_by


@pytest.mark.parametrize("o, c", [('"', '"'), ("\u201c", "\u201d")], ids=["straight", "curly"])
def test_split_quote_is_one_claim(o, c):
    first = f"{o}We will not back down,{c}"
    second = f"{o}and we will win this fight.{c}"
    text = f"{first} she said, {second}"
    claim = one(text)
    assert claim.form == "direct"
    assert claim.content.start == 0
    assert claim.content.end == len(text)
    assert [q.text for q in claim.quotes] == [first, second]
    assert claim.source.text == "she"
    assert claim.cue.text == "said"


def test_pronoun_takes_previous_source():
    text = '"We are ready," Linda Orwell said. "The budget is done," she said.'
    c1, c2 = extract(text)
    assert c1.source.text == "Linda Orwell"
    assert c2.source.text == "she"
    assert c2.source.canonical == "Linda Orwell"
    assert c2.sentence == 1


@pytest.mark.parametrize("text", [
    "The weather was mild. Two roads stayed closed in Pellston.",
    'The word "certified" appeared on every label.',
])
def test_no_attribution_no_claim(text):
    assert extract(text) == []


def test_incise_between_subject_and_predicate_keeps_the_whole_claim():
    (c,) = claimtrack.extract("The council, a spokesman said, would meet on Friday.", lang="en")
    assert c.content.text == "The council, a spokesman said, would meet on Friday"
    assert c.source.text == "a spokesman"


def test_doubled_apostrophes_quote_like_wire_copy():
    text = "''We will rebuild the pier,'' Mayor Ada Quill said. ''It will take a year,'' she added."
    claims = claimtrack.extract(text, lang="en")
    assert [c.form for c in claims] == ["direct", "direct"]
    assert claims[0].content.text == "''We will rebuild the pier,''"
    assert claims[0].source.text == "Mayor Ada Quill"


def test_subject_with_parenthesis_and_long_incise():
    text = ("Senator Tom Reyes (D-Ore.) said the bill was dead. "
            "Lena Ortiz, who chaired the inquiry for two years, said the report was incomplete.")
    claims = claimtrack.extract(text, lang="en")
    assert [c.content.text for c in claims] == ["the bill was dead", "the report was incomplete"]
    assert claims[0].source.text == "Senator Tom Reyes"
    assert claims[1].source.text.startswith("Lena Ortiz")


def test_quote_then_cue_then_more_material():
    (c,) = claimtrack.extract('"We are ready," the coach said, adding nothing more.', lang="en")
    assert c.content.text == '"We are ready,"'
    assert c.source.text == "the coach"


def test_cue_then_comma_then_quote():
    (c,) = claimtrack.extract('Asked about the fire, Chief Ray Dunn said, "Not going to comment."', lang="en")
    assert c.content.text == '"Not going to comment."'
    assert c.source.text == "Chief Ray Dunn"


@pytest.mark.parametrize("verb", ["apologized", "apologised"])
def test_british_spelling_of_a_cue(verb):
    c = one(f"Nora Vance {verb} for her remarks about the harbour.")
    assert c.source.text == "Nora Vance"
    assert c.cue.text == f"{verb} for"
    assert c.content.text == "her remarks about the harbour"


def test_a_subject_with_a_relative_clause_before_a_prepositional_cue():
    # "X, who …, apologized for Y": Y is the object, not a subject placed after the cue
    c = one("The former coach, who had never been fined before, apologised for his outburst.")
    assert c.content.text == "his outburst"
    assert c.source.text.startswith("The former coach")
    assert c.cue.text == "apologised for"
