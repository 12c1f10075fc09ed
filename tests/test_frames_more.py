"""Frame constructions read by structure: apposition subjects before a cue, "selon X" inside a clause, cue
infinitives after a modal or motion verb, quoted titles as objects, a cue whose object is its antecedent.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import checked

from claimtrack import Claims


def fr(text: str) -> Claims:
    return checked(text, "fr")


def en(text: str) -> Claims:
    return checked(text, "en")


def dicts(claims: Claims) -> list[dict]:
    return [c.to_dict() for c in claims]


# --- a subject with a comma-set apposition, then a cue with no object ------------------------------

@pytest.mark.parametrize("text", [
    "La trésorière du club, Mme Lucie Vernet, a démenti.",
    "Le rectorat, lui, a démenti.",
    "Le syndicat, de son côté, dément.",
    "Le maire, 61 ans, a démenti.",
    "Le préfet a démenti.",  # the same without apposition: no object, no claim
])
def test_apposition_subject_is_no_content(text):
    assert len(fr(text)) == 0, dicts(fr(text))


def test_apposition_subject_then_participle():
    claims = fr("La trésorière, Mme Lucie Vernet, a démenti, précisant que les comptes étaient justes.")
    assert [c.content.text for c in claims] == ["les comptes étaient justes"], dicts(claims)


def test_incise_inside_the_claim_stays():
    c = en("The new ferry, the captain said, will sail twice a day.")[0]
    assert c.source.text == "the captain"


def test_apposition_subject_with_an_object():
    c = fr("Le syndicat, de son côté, a démenti ces rumeurs.")[0]
    assert (c.act, c.content.text, c.source.text) == ("denial", "ces rumeurs", "Le syndicat")


@pytest.mark.parametrize("text, source", [
    ("The bakery chain, which runs 40 shops in the county, denied the allegations.",
     "The bakery chain, which runs 40 shops in the county"),
    ("The coach, 47, denied the allegations.", "The coach, 47"),
    ("The nurses' union, for its part, rejected the proposal.", "The nurses' union"),
    ("The governor, Ellen Marsh, rejected the proposal.", "The governor, Ellen Marsh"),
])
def test_english_subject_with_apposition(text, source):
    claims = en(text)
    assert len(claims) == 1, dicts(claims)
    assert claims[0].act == "denial"
    assert claims[0].source.text == source
    assert claims[0].content.text in ("the allegations", "the proposal")


def test_english_which_clause_with_no_object():
    assert len(en("The bakery chain, which runs 40 shops in the county, denied.")) == 0


# --- "selon X" inside a clause ------------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("La nouvelle piscine accueillera, selon le cabinet d'architectes, près de mille baigneurs par jour.",
     "le cabinet d'architectes"),
    ("Le chantier a coûté, d'après la chambre régionale des comptes, trois fois son budget.",
     "la chambre régionale des comptes"),
])
def test_according_inside_a_clause(text, source):
    c = fr(text)[0]
    assert c.source.text == source
    assert c.content.text == text[:-1]  # the clause around the incise, as for "selon lui"


@pytest.mark.parametrize("text, source", [
    ("Selon le dernier bilan de la préfecture, trois routes restent coupées.", "le dernier bilan de la préfecture"),
    ("Le pont rouvrira, d'après la prochaine note des ingénieurs, avant l'été.", "la prochaine note des ingénieurs"),
])
def test_time_adjective_inside_the_source(text, source):
    assert fr(text)[0].source.text == source


def test_time_phrase_is_no_source_phrase():
    c = fr("« Le pont tiendra », a assuré ce matin la préfète.")[0]
    assert c.source.text == "la préfète"


# --- cue infinitive after a modal, aspect or motion verb ----------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("La rectrice viendra annoncer lundi que trois classes seront ouvertes.", "viendra annoncer", "La rectrice"),
    ("Les pompiers sont venus expliquer aux riverains que la digue tenait.", "sont venus expliquer",
     "Les pompiers"),
    ("Le capitaine a tenu à souligner que l'équipe avait bien joué.", "a tenu à souligner", "Le capitaine"),
    ("La mairie s'est empressée de préciser que la fête aurait lieu.", "s'est empressée de préciser",
     "La mairie"),
    ("Le juge a dû reconnaître que la procédure était irrégulière.", "a dû reconnaître", "Le juge"),
    ("L'entraîneur va annoncer que le stage est annulé.", "va annoncer", "L'entraîneur"),
])
def test_cue_infinitive_after_a_lead_verb(text, cue, source):
    c = fr(text)[0]
    assert (c.cue.text, c.source.text) == (cue, source)


def test_lead_verb_keeps_the_idiom_out():
    assert len(fr("Cette décision veut dire que le stade fermera.")) == 0


def test_lead_verb_incise():
    c = fr("« Le stade restera ouvert », a tenu à préciser la maire.")[0]
    assert (c.cue.text, c.source.text) == ("a tenu à préciser", "la maire")


# --- quoted titles as objects --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le département a présenté jeudi le « Schéma Routier 2040 », chiffré à 90 millions d'euros.",
    "La fédération annonce le « Programme national pour le sport à l'école ».",
    "La candidate annonce son projet « Ville Douce ».",
])
def test_quoted_title_object_is_no_claim(text):
    assert len(fr(text)) == 0, dicts(fr(text))


def test_quoted_words_in_an_object_stay_a_claim():
    c = fr("Le syndicat salue une « avancée réelle », même tardive.")[0]
    assert "« avancée réelle »" in c.content.text


# --- a cue whose object is its antecedent ---------------------------------------------------------

def test_relative_cue_with_antecedent_object():
    claims = fr("Le gardien a commis une faute qu'il explique par la pluie.")
    assert all(c.content.text != "par la pluie" for c in claims), dicts(claims)
