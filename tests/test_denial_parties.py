"""Denial linking by party and by object: spokespeople and lawyers deny for the party they speak for, a
quantified guilt noun denies what is said of the denier, objects that name their author or hold the reported
material, headlines that restate the body. Short articles of our own."""

from __future__ import annotations

import pytest
from helpers import checked

from claimtrack.denial_parties import POSSESSIVE, names_party, object_owner, party_words, represented
from claimtrack.denial_words import denial_words
from claimtrack.lexicon import get_lexicon


def by_text(claims, start):
    """The claim whose content starts with ``start``."""
    found = [c for c in claims if c.content.text.startswith(start)]
    assert len(found) == 1, [c.to_dict() for c in claims]
    return found[0]


def assert_denies(den, *claims):
    assert den.act == "denial", den.to_dict()
    assert set(den.denies) == {c.id for c in claims}, den.to_dict()
    for c in claims:
        assert den.id in c.denied_by


@pytest.mark.parametrize("lang, text, party", [
    ("fr", "Un porte-parole du ministère de l'Intérieur", "ministere interieur"),
    ("fr", "L'entourage de la ministre", "ministre"),
    ("fr", "Son avocate, Me Lina Carvalho", POSSESSIVE),
    ("fr", "L'avocat général", ""),  # the prosecution, not the defence
    ("fr", "Le secrétaire de séance", ""),
    ("fr", "Paul Ardent", ""),
    ("en", "A spokeswoman for the port authority", "port authority"),
    ("en", "The airline's chief executive", "airline"),
    ("en", "His lawyer", POSSESSIVE),
    ("en", "The mayor", ""),
])
def test_represented(lang, text, party):
    assert represented(text, denial_words(lang), get_lexicon(lang)) == party


def test_names_party_at_the_start_or_as_agent():
    dw, lex = denial_words("en"), get_lexicon("en")
    names = party_words("tom reyes", "The treasurer, Tom Reyes", lex)
    assert names_party("Tom Reyes moved the funds to his own account", names, dw)
    assert names_party("the transfers were signed by the treasurer without a vote", names, dw)
    assert not names_party("the board met on Friday evening in the old town hall to discuss the budget with the "
                           "treasurer", names, dw)


@pytest.mark.parametrize("lang, text, owner", [
    ("fr", "les accusations de l'opposition", "opposition"),
    ("fr", "les propos du syndicat Force Ouvrière", "syndicat force ouvriere"),
    ("fr", "ces accusations", ""),
    ("en", "the claims by the union", "union"),
    ("en", "the allegations", ""),
])
def test_object_owner(lang, text, owner):
    assert object_owner(text, denial_words(lang), get_lexicon(lang)) == owner


def test_spokesperson_denies_for_the_accused_party_fr():
    text = ("Des élus accusent la mairie de Brenac d'avoir truqué l'appel d'offres du nouveau stade. Un "
            "porte-parole de la mairie a rejeté toute irrégularité. « Aucune entreprise n'a été favorisée », "
            "a-t-il dit.")
    claims = checked(text, "fr")
    acc = by_text(claims, "avoir truqué")
    assert_denies(by_text(claims, "toute irrégularité"), acc)
    assert_denies(by_text(claims, "« Aucune entreprise"), acc)  # a quote with no denial verb, by the spokesman


def test_spokesperson_denies_for_the_accused_party_en():
    text = ("Two unions accused the Dorval Port Authority of hiding safety reports from inspectors. A spokeswoman "
            "for the authority denied any wrongdoing. \"No report was ever withheld,\" she said.")
    claims = checked(text, "en")
    acc = by_text(claims, "hiding safety reports")
    assert_denies(by_text(claims, "any wrongdoing"), acc)
    assert_denies(by_text(claims, "\"No report"), acc)


def test_lawyer_quote_for_the_accused_is_a_denial():
    text = ("Le gérant du bar, Yves Moreau, est accusé par deux clients d'avoir servi de l'alcool à des mineurs. "
            "Son avocat dément catégoriquement. « Mon client n'a jamais servi un mineur », a-t-il déclaré.")
    claims = checked(text, "fr")
    assert_denies(by_text(claims, "« Mon client"), by_text(claims, "avoir servi"))


def test_negative_question_is_no_denial():
    text = ("Le gérant du bar, Yves Moreau, est accusé par deux clients d'avoir servi de l'alcool à des mineurs. "
            "« N'est-ce pas une vengeance de clients mécontents ? », s'interroge son avocat.")
    claims = checked(text, "fr")
    assert by_text(claims, "« N'est-ce pas").act != "denial"


def test_guilt_noun_denies_what_is_said_of_the_denier():
    text = ("Le Journal du Sud affirme que le maire, Paul Fabre, aurait signé des contrats sans appel d'offres. "
            "Paul Fabre nie toute irrégularité.")
    claims = checked(text, "fr")
    assert_denies(by_text(claims, "toute irrégularité"), by_text(claims, "le maire, Paul Fabre"))


def test_accusations_take_the_accusers_own_statements():
    text = ("Le syndicat Sud-Rail accuse la direction de la SNCF de sacrifier les petites lignes. Selon le "
            "syndicat, douze gares fermeront d'ici 2027. La direction rejette ces accusations.")
    claims = checked(text, "fr")
    assert_denies(by_text(claims, "ces accusations"), by_text(claims, "sacrifier"), by_text(claims, "douze gares"))


def test_the_report_takes_the_recent_claims_naming_the_denier():
    text = ("The Herald reported that Governor Alan Pike used state planes for private trips. According to the "
            "paper, the flights cost taxpayers $90,000. Pike called the report false.")
    claims = checked(text, "en")
    den = by_text(claims, "the report")
    assert_denies(den, by_text(claims, "Governor Alan Pike"), by_text(claims, "the flights"))


def test_object_naming_its_author():
    text = ("Le maire a été interpellé lundi. La mairie a rejeté les accusations de l'opposition, qui affirme que "
            "le budget a été dépassé de 30 %.")
    claims = checked(text, "fr")
    assert_denies(by_text(claims, "les accusations de l'opposition"), by_text(claims, "le budget"))


@pytest.mark.parametrize("lang, text, inner, source", [
    ("fr", "Le ministère de la Santé a démenti vendredi les informations du quotidien Le Matin selon lesquelles "
           "deux hôpitaux auraient été fermés.", "deux hôpitaux auraient été fermés", "quotidien Le Matin"),
    ("fr", "Le club a démenti l'information selon laquelle son entraîneur serait licencié.",
     "son entraîneur serait licencié", None),
    ("en", "The ministry dismissed a report by the Ledger that three rural clinics had closed in May.",
     "three rural clinics had closed in May", "the Ledger"),
])
def test_reported_material_inside_the_object(lang, text, inner, source):
    claims = checked(text, lang)
    claim = by_text(claims, inner)
    assert claim.content.text == inner
    assert (claim.source.text if claim.source else None) == source
    den = [c for c in claims if c.act == "denial"]
    assert len(den) == 1
    assert_denies(den[0], claim)


def test_relative_that_clause_is_not_reported_material():
    claims = checked("The ministry rejected the report that he wrote.", "en")
    assert [c.act for c in claims] == ["denial"]


def test_headline_restating_the_denied_claim():
    text = ("Trois hôpitaux auraient fermé leurs urgences, affirme un syndicat\n\n"
            "Le syndicat Santé-Ouest affirme que trois hôpitaux de la région ont fermé leurs urgences la nuit depuis "
            "mars. L'agence régionale de santé a démenti ces informations mardi.")
    claims = checked(text, "fr")
    den = by_text(claims, "ces informations")
    assert_denies(den, by_text(claims, "Trois hôpitaux"), by_text(claims, "trois hôpitaux de la région"))


def test_denier_pronoun_read_as_the_accuser_is_the_accused():
    text = ("Le parquet accuse l'ancien maire d'avoir favorisé son neveu. « J'ai suivi l'avis des services », "
            "s'est-il défendu.")
    claims = checked(text, "fr")
    assert_denies(by_text(claims, "« J'ai suivi"), by_text(claims, "avoir favorisé"))


def test_accuser_going_on_is_no_denial():
    text = "Le parquet accuse l'ancien maire d'avoir favorisé son neveu. « Il n'a consulté personne », a-t-il ajouté."
    claims = checked(text, "fr")
    assert by_text(claims, "« Il n'a consulté").act != "denial"


def test_negation_answering_hearsay_about_the_speaker():
    text = ("Selon L'Hebdo du Port, la directrice du chantier, Inès Marchal, aurait menacé trois soudeurs de "
            "licenciement. Inès Marchal assure n'avoir jamais menacé un salarié.")
    claims = checked(text, "fr")
    assert_denies(by_text(claims, "n'avoir jamais menacé"), by_text(claims, "la directrice du chantier"))


def test_negation_sharing_no_matter_with_the_hearsay_is_no_denial():
    text = "Selon la police, Paul Vidal a été blessé à la jambe. Paul Vidal dit qu'il ne se souvient de rien."
    claims = checked(text, "fr")
    assert by_text(claims, "il ne se souvient").act != "denial"


@pytest.mark.parametrize("text", ["Un témoin affirme que les prévenus", "Le parquet soutient que les deux prévenus"])
def test_content_ending_on_an_accused_noun(text):
    claims = checked(text, "fr")  # no crash; the accused noun is the target when there is one
    for c in claims:
        if c.target is not None:
            assert c.target.text.endswith("prévenus")
