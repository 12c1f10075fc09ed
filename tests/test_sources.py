"""Pronoun sources resolved by agreement and salience (claimtrack.linking), on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import checked

from claimtrack.lexicon import get_lexicon
from claimtrack.linking import agrees, gender_of


def source_of(text: str, lang: str, content_part: str) -> str:
    claims = checked(text, lang)
    found = [c for c in claims if content_part in c.content.text and c.source is not None]
    assert found, [c.to_dict() for c in claims]
    return found[0].source.canonical


@pytest.mark.parametrize("lang, text, gender", [
    ("fr", "Mme Lambert", "f"),
    ("fr", "M. Arden", "m"),
    ("fr", "la ministre", "f"),
    ("fr", "la présidente du conseil", "f"),
    ("fr", "le porte-parole", "m"),
    ("fr", "Hélène Roussel", "f"),
    ("fr", "Bruno Castaing", "m"),
    ("fr", "l'agence", ""),
    ("en", "Mrs. Holloway", "f"),
    ("en", "Mr Bixby", "m"),
    ("en", "the spokeswoman", "f"),
    ("en", "Laura Finch", "f"),
    ("en", "Gregory Pike", "m"),
    ("en", "the committee", ""),
])
def test_gender_of_mentions(lang, text, gender):
    assert gender_of(text, get_lexicon(lang)) == gender


def test_unknown_gender_agrees_with_everything():
    assert agrees("", "f") and agrees("m", "") and agrees("fp", "f")
    assert not agrees("m", "f") and not agrees("f", "mp")


@pytest.mark.parametrize("lang, text, content_part, source", [
    # the pronoun skips the last source when its gender does not agree
    ("fr", "Hélène Roussel a reçu Bruno Castaing à la mairie. « Le dossier avance », a-t-elle déclaré.",
     "Le dossier avance", "Hélène Roussel"),
    ("fr", "Mme Lambert a croisé M. Castaing au marché. Il a affirmé que le projet serait abandonné.",
     "le projet serait abandonné", "Castaing"),
    ("en", "Laura Finch met Gregory Pike in the capital. \"The talks went well,\" she said.",
     "The talks went well", "Laura Finch"),
    ("en", "Gregory Pike met Laura Finch in the capital. \"The talks went well,\" he said.",
     "The talks went well", "Gregory Pike"),
])
def test_pronoun_agrees_in_gender(lang, text, content_part, source):
    assert source_of(text, lang, content_part) == source


@pytest.mark.parametrize("lang, text", [
    ("fr", "Bruno Castaing accuse Gilles Marchand de fraude fiscale, ce qu'il dément."),
    ("fr", "Gilles Marchand est accusé par Bruno Castaing de fraude fiscale, ce qu'il dément."),
    ("en", "Gregory Pike accused Dennis Marsh of fraud, which he denied."),
    ("en", "Dennis Marsh was accused of fraud by Gregory Pike, which he denies."),
])
def test_the_denier_of_an_accusation_is_not_the_accuser(lang, text):
    denial = [c for c in checked(text, lang) if c.act == "denial"]
    assert denial and denial[0].source is not None
    assert denial[0].source.canonical in ("Gilles Marchand", "Dennis Marsh")


@pytest.mark.parametrize("lang, text, content_part, source", [
    # the subject of the sentence before, when it agrees in number and gender
    ("fr", "Les infirmières ont rencontré le directeur Bruno Castaing. « Nous restons mobilisées », ont-elles dit.",
     "Nous restons mobilisées", "infirmières"),
    ("fr", "La préfète a reçu les maires du canton. Elle a affirmé que la route rouvrirait lundi.",
     "la route rouvrirait lundi", "préfète"),
    ("en", "The nurses met hospital director Gregory Pike. \"We are staying on strike,\" they said.",
     "We are staying on strike", "nurses"),
    ("en", "The minister met union leaders on Monday. He said that the talks would resume.",
     "the talks would resume", "minister"),
])
def test_pronoun_takes_the_preceding_subject(lang, text, content_part, source):
    assert source_of(text, lang, content_part).endswith(source)


def test_plural_pronoun_skips_a_singular_subject():
    text = "Le directeur a reçu les infirmières lundi. Elles ont affirmé que la grève continuerait."
    assert source_of(text, "fr", "la grève continuerait") != "directeur"


@pytest.mark.parametrize("lang, text, content_part, source", [
    # the full name is far back, but the bare surname keeps the person in view
    ("en", "Gregory Pike was arrested in May. The court heard the case on Monday. The trial lasted an hour. "
           "A video showed Pike near the gate. The crowd was silent. \"I panicked,\" he told the judge.",
     "I panicked", "Gregory Pike"),
    ("en", "Laura Finch won the vote last year. Turnout was low. Many voters stayed home. Rain fell all day. "
           "The critics blamed Finch for the delays. She said that the new bus line would open in June.",
     "the new bus line would open", "Laura Finch"),
    ("fr", "Bruno Castaing a été élu en mars. Le conseil a siégé lundi. La séance a duré une heure. "
           "Les élus ont interrogé Castaing sur le budget. Le public est resté calme. "
           "Il a affirmé que les impôts ne monteraient pas.",
     "les impôts ne monteraient pas", "Bruno Castaing"),
])
def test_pronoun_finds_a_person_named_again_by_surname(lang, text, content_part, source):
    assert source_of(text, lang, content_part) == source


def test_a_bare_surname_mention_keeps_gender_agreement():
    text = ("Laura Finch and Gregory Pike met in May. The talks lasted a day. Nothing was signed. "
            "The reporters asked Pike and Finch about it. \"We made progress,\" he said.")
    assert source_of(text, "en", "We made progress") == "Gregory Pike"


def test_relative_lesquels_takes_the_phrase_before_its_parenthesis():
    text = ("Le tournoi a réuni les clubs de la région (Brest, Quimper, Vannes, Lorient), "
            "lesquels ont jugé que le calendrier était « trop chargé ».")
    claims = checked(text, "fr")
    c = next(c for c in claims if c.cue and c.cue.text == "ont jugé")
    assert c.source.text.endswith("clubs de la région")


def test_floating_quote_after_pronoun_incise_names_the_speaker():
    text = ("Jointe jeudi, Hélène Brun, directrice du festival, a expliqué que la programmation était « complète ».\n\n"
            "« C'est une bonne nouvelle », a-t-elle ajouté.\n\n"
            "« Nous invitons le public à réserver ses places très tôt. »")
    claims = checked(text, "fr")
    floating = next(c for c in claims if c.content.text.startswith("« Nous invitons"))
    assert floating.source.text == "Hélène Brun" and floating.cue is None
    assert floating.source.start == text.index("Hélène Brun")


def test_inverted_subject_with_du_complement():
    text = "La skieuse avait d'abord annoncé qu'elle courrait samedi, a confirmé un responsable du club."
    claims = checked(text, "fr")
    outer = next(c for c in claims if c.cue.text == "a confirmé")
    assert outer.source.text == "un responsable du club"
    assert outer.content.text.startswith("La skieuse avait d'abord annoncé")


def test_inverted_subject_with_a_noun_that_is_also_a_cue_form():
    claims = checked("« Les comptes restent flous », affirme l'ancien conseiller.", "fr")
    assert claims[0].source.text == "l'ancien conseiller"


def test_coordinated_verb_of_a_relative_after_its_comma():
    text = ("Des lettres de lecteurs suivent cet article, comme celle de Nadia, qui habite près du port, "
            "et raconte : « Je ne sais plus où garer ma voiture le soir. »")
    claims = checked(text, "fr")
    assert [c.source.text for c in claims] == ["Nadia"]


@pytest.mark.parametrize("text", [
    "On raconte aussi que la tour penche depuis un orage d'été.",
    "« Rien n'est réglé », confirme-t-on.",
])
def test_indefinite_on_names_no_source(text):
    claims = checked(text, "fr")
    assert claims and all(c.source is None for c in claims)


@pytest.mark.parametrize("text, content, source", [
    ("Le maire, Paul Girard, conteste ces chiffres.", "ces chiffres", "Paul Girard"),
    ("Sa porte-parole, Anne Roy, dément toute rencontre.", "toute rencontre", "Anne Roy"),
    ("Les deux suspects, Marc L. et Hugo T., contestent les faits.", "les faits", "Les deux suspects"),
    ("Paul Roux, porte-parole du parti, conteste ces chiffres.", "ces chiffres", "Paul Roux"),
    ("Anne Roy, 54 ans, dément toute rencontre.", "toute rencontre", "Anne Roy"),
    ("Le syndicat, lui, conteste ces chiffres.", "ces chiffres", "Le syndicat"),
    ("Le ministre, qui était à Lyon, conteste ces chiffres.", "ces chiffres", "Le ministre"),
])
def test_subject_with_a_comma_set_name_is_no_incise_content(text, content, source):
    claims = checked(text, "fr")
    assert [(c.content.text, c.source.text) for c in claims] == [(content, source)]


def test_an_incise_after_a_clause_with_commas_still_reads():
    claims = checked("Les élus, Paris compris, ont voté, a précisé la mairie.", "fr")
    assert [(c.content.text, c.source.text) for c in claims] == [("Les élus, Paris compris, ont voté", "la mairie")]


def test_a_sentence_opening_preposition_is_no_name_before_an_incise():
    claims = checked("En Bretagne, les ports restent fermés, explique Morvan.", "fr")
    assert [(c.content.text, c.source.text) for c in claims] == [("En Bretagne, les ports restent fermés", "Morvan")]
