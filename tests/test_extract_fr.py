"""French phrase types, one test each, on sentences written for these tests (names are invented)."""

from __future__ import annotations

import pytest
from helpers import checked, only, single

import claimtrack
from claimtrack import Claim, Claims


def extract(text: str) -> Claims:
    return checked(text, "fr")


def one(text: str) -> Claim:
    return single(extract(text))


# --- quote marks -------------------------------------------------------------------------------

QUOTE = "Nous allons reconstruire le pont de Valmeran"


@pytest.mark.parametrize("opening, closing", [
    ("« ", " »"),                # ordinary spaces
    ("«\u00a0", "\u00a0»"),      # no-break spaces
    ("«\u202f", "\u202f»"),      # narrow no-break spaces
    ("«", "»"),                  # no spaces
    ("“", "”"),                  # English curly quotes
    ('"', '"'),                  # straight quotes
], ids=["spaces", "nbsp", "nnbsp", "tight", "curly", "straight"])
def test_quote_marks_direct_postposed(opening, closing):
    quoted = f"{opening}{QUOTE}{closing}"
    text = f"{quoted}, a déclaré la préfète Odile Marchand."
    c = one(text)
    assert c.act == "statement"
    assert c.form == "direct"
    assert c.content.text == quoted
    assert [q.text for q in c.quotes] == [quoted]
    assert c.source.text == "la préfète Odile Marchand"
    assert c.source.canonical == "Odile Marchand"
    assert c.source.type == "person"
    assert c.cue.text == "a déclaré"
    assert c.cue.lemma == "déclarer"
    assert c.lang == "fr"


def test_nested_quote():
    inner = "“ priorité absolue ”"
    outer = f"« Le projet est qualifié de {inner} par le conseil »"
    c = one(f"{outer}, a expliqué la préfète Odile Marchand.")
    assert c.form == "direct"
    assert c.content.text == outer
    assert {q.text for q in c.quotes} == {outer, inner}
    assert c.source.text == "la préfète Odile Marchand"


def test_nested_guillemets():
    outer = "« Le ministre a parlé d'une « trahison » »"
    c = one(f"{outer}, a déclaré la députée Claire Fontan.")
    assert c.content.text == outer
    assert "« trahison »" in {q.text for q in c.quotes}


def test_unbalanced_opener_does_not_crash():
    text = "Le syndicat Force Rurale a déclaré : « Nous ne céderons pas sur les salaires."
    c = one(text)
    assert c.content.text.startswith("« Nous ne céderons pas")
    assert c.source.text == "Le syndicat Force Rurale"
    assert c.cue.lemma == "déclarer"


def test_unbalanced_opener_at_line_end_is_a_quote():
    text = "Le maire a déclaré : « Nous ne céderons pas\nLa séance est levée."
    c = one(text)
    assert c.content.text == "« Nous ne céderons pas"
    assert c.form == "direct"
    assert [q.text for q in c.quotes] == ["« Nous ne céderons pas"]


def test_unbalanced_opener_before_period_is_reported_as_quote():
    c = one("Le syndicat Force Rurale a déclaré : « Nous ne céderons pas sur les salaires.")
    assert c.form == "direct"
    assert c.quotes and c.quotes[0].text.startswith("« Nous ne céderons pas")


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_reversed_guillemet_as_opener(apostrophe):
    text = (f"Le commissaire a évoqué l{apostrophe} »élargissement » de la zone de pêche, "
            "a rapporté le quotidien Le Courrier du Nord.")
    c = one(text)
    assert c.form == "mixed"
    assert [q.text for q in c.quotes] == ["»élargissement »"]
    assert c.content.text == f"Le commissaire a évoqué l{apostrophe} »élargissement » de la zone de pêche"
    assert c.source.text == "le quotidien Le Courrier du Nord"
    assert c.source.type == "media"


def test_reversed_guillemet_alone_does_not_crash():
    text = "Le commissaire a évoqué l' »élargissement » de la zone de pêche."
    claims = extract(text)
    assert all(c.act == "statement" for c in claims)


# --- incises ----------------------------------------------------------------------------------


def test_quote_split_by_incise_is_one_claim():
    text = "« Le chantier sera terminé en mai », a-t-il dit, « et les riverains seront indemnisés. »"
    c = one(text)
    assert c.form == "direct"
    assert c.content.start == 0
    assert c.content.end == len(text)
    assert c.content.text.startswith("« Le chantier sera terminé en mai »")
    assert c.content.text.endswith("« et les riverains seront indemnisés. »")
    assert [q.text for q in c.quotes] == ["« Le chantier sera terminé en mai »",
                                          "« et les riverains seront indemnisés. »"]
    assert c.source.text == "il"
    assert c.cue.lemma == "dire"
    assert "dit" in c.cue.text


def test_postposed_cue_inverted_subject():
    quoted = "« Les réserves d'eau sont suffisantes pour l'été »"
    c = one(f"{quoted}, a affirmé le ministère.")
    assert c.act == "statement"
    assert c.form == "direct"
    assert c.content.text == quoted
    assert c.source.text == "le ministère"
    assert c.source.type == "government"
    assert c.cue.text == "a affirmé"
    assert c.cue.lemma == "affirmer"


def test_postposed_present_tense_plural_subject():
    c = one("La sécheresse va durer jusqu'en octobre, estiment les experts.")
    assert c.act == "statement"
    assert c.form == "indirect"
    assert c.content.text == "La sécheresse va durer jusqu'en octobre"
    assert c.source.text == "les experts"
    assert c.cue.text == "estiment"
    assert c.cue.lemma == "estimer"
    assert c.quotes == ()


def test_postposed_inverted_clitic():
    c = one("Le port restera fermé trois jours, a-t-il précisé.")
    assert c.form == "indirect"
    assert c.content.text == "Le port restera fermé trois jours"
    assert c.source.text == "il"
    assert c.source.type == "person"
    assert "précisé" in c.cue.text
    assert c.cue.lemma == "préciser"


def test_postposed_selon():
    c = one("Deux navires ont été saisis au large de Korvane, selon l'agence Baltinfo.")
    assert c.act == "statement"
    assert c.form == "indirect"
    assert c.content.text == "Deux navires ont été saisis au large de Korvane"
    assert c.source.text == "l'agence Baltinfo"
    assert c.source.type == "media"
    assert c.cue.text == "selon"
    assert c.cue.lemma == "selon"


# --- preposed cues ----------------------------------------------------------------------------


def test_preposed_colon_quote():
    quoted = "« Nous ne céderons pas sur les salaires »"
    c = one(f"Le syndicat Force Rurale a déclaré : {quoted}.")
    assert c.form == "direct"
    assert c.content.text == quoted
    assert c.source.text == "Le syndicat Force Rurale"
    assert c.source.type == "organization"
    assert c.cue.text == "a déclaré"


def test_preposed_colon_quote_with_nbsp():
    quoted = "«\u00a0Nous ne céderons pas sur les salaires\u00a0»"
    c = one(f"Le syndicat Force Rurale a déclaré\u00a0: {quoted}.")
    assert c.form == "direct"
    assert c.content.text == quoted


def test_preposed_que_clause_drops_que():
    c = one("La société Ferronor a annoncé que l'usine de Brévillac fermerait en juin.")
    assert c.act == "statement"
    assert c.form == "indirect"
    assert c.content.text == "l'usine de Brévillac fermerait en juin"
    assert c.source.text == "La société Ferronor"
    assert c.cue.text == "a annoncé"
    assert c.cue.lemma == "annoncer"


def test_preposed_elided_qu():
    c = one("La société Ferronor a annoncé qu'elle fermerait l'usine de Brévillac en juin.")
    assert c.content.text == "elle fermerait l'usine de Brévillac en juin"
    assert not c.content.text.startswith("qu")


def test_selon_preposed():
    c = one("Selon la police, trois manifestants ont été interpellés à Montcalvet.")
    assert c.form == "indirect"
    assert c.content.text == "trois manifestants ont été interpellés à Montcalvet"
    assert c.source.text == "la police"
    assert c.cue.text == "Selon"
    assert c.cue.lemma == "selon"


def test_d_apres_preposed():
    c = one("D'après le cabinet Novalys, les ventes ont chuté de 12 % au premier trimestre.")
    assert c.content.text == "les ventes ont chuté de 12 % au premier trimestre"
    assert c.source.text == "le cabinet Novalys"
    assert c.cue.text == "D'après"
    assert c.cue.lemma == "d'après"


def test_conditional_kept_in_content():
    c = one("Selon des témoins, des camions auraient livré des armes au port de Kessel.")
    assert c.content.text == "des camions auraient livré des armes au port de Kessel"
    assert "auraient livré" in c.content.text
    assert c.source.text == "des témoins"
    assert c.source.type == "group"


# --- relays -----------------------------------------------------------------------------------


def test_relay_cite_par():
    quoted = "« Les réserves sont suffisantes »"
    c = one(f"{quoted}, a assuré la préfecture, citée par les radios régionales.")
    assert c.content.text == quoted
    assert c.source.text == "la préfecture"
    assert c.cue.lemma == "assurer"
    assert [v.text for v in c.via] == ["les radios régionales"]


def test_reported_by_agency_is_media_source():
    c = one("Le barrage de Vellone a cédé dans la nuit, a rapporté l'agence Presse-Sud.")
    assert c.content.text == "Le barrage de Vellone a cédé dans la nuit"
    assert c.source.text == "l'agence Presse-Sud"
    assert c.source.type == "media"
    assert c.cue.lemma == "rapporter"


# --- accusations ------------------------------------------------------------------------------


def test_passive_accusation_with_agent():
    c = one("La Borduvie est accusée par ses voisins de financer des milices.")
    assert c.act == "accusation"
    assert c.form == "indirect"
    assert c.content.text == "financer des milices"
    assert c.source.text == "ses voisins"
    assert c.target.text == "La Borduvie"
    assert "accusée" in c.cue.text
    assert c.cue.lemma == "accuser"


def test_active_accusation():
    c = one("L'opposition accuse le maire d'avoir truqué les appels d'offres.")
    assert c.act == "accusation"
    assert c.content.text == "avoir truqué les appels d'offres"
    assert c.source.text == "L'opposition"
    assert c.target.text == "le maire"
    assert c.cue.text == "accuse"


def test_agentless_accusation_in_relative_clause():
    c = one("Le conseil a renvoyé le trésorier, qui est accusé de détourner des fonds.")
    assert c.act == "accusation"
    assert c.source is None
    assert c.content.text == "détourner des fonds"
    assert "accusé" in c.cue.text


def test_agentless_accusation_relative_target_is_antecedent():
    c = one("Le conseil a renvoyé le trésorier, qui est accusé de détourner des fonds.")
    assert c.target is not None
    assert c.target.text == "le trésorier"


def test_agentless_accusation_main_clause_has_target():
    c = one("Le trésorier est accusé de détourner des fonds.")
    assert c.act == "accusation"
    assert c.source is None
    assert c.target.text == "Le trésorier"


# --- denials ----------------------------------------------------------------------------------


def test_relative_denial_linked_to_accusation():
    text = "La Borduvie est accusée par ses voisins de financer des milices, ce que Vastria dément."
    claims = extract(text)
    acc = only(claims, "accusation")
    den = only(claims, "denial")
    assert den.content.text == "ce que Vastria dément"
    assert den.source.text == "Vastria"
    assert den.cue.text == "dément"
    assert den.cue.lemma == "démentir"
    assert acc.id in den.denies
    assert den.id in acc.denied_by
    assert acc.content.text == "financer des milices"


def test_relative_denial_by_common_noun():
    text = ("Le groupe Talmor est accusé par l'ONG Terre Claire de polluer la rivière Onde, "
            "ce que l'entreprise dément.")
    claims = extract(text)
    acc = only(claims, "accusation")
    den = only(claims, "denial")
    assert acc.target.text == "Le groupe Talmor"
    assert acc.source.text == "l'ONG Terre Claire"
    assert den.source.text == "l'entreprise"
    assert den.denies == (acc.id,)
    assert acc.denied_by == (den.id,)


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_cross_sentence_denial_of_these_accusations(sep):
    text = ("Le maire de Sarlenc est accusé par l'opposition d'avoir truqué les appels d'offres."
            f"{sep}Le gouvernement a démenti ces accusations.")
    claims = extract(text)
    acc = only(claims, "accusation")
    den = only(claims, "denial")
    assert acc.sentence == 0
    assert den.sentence == 1
    assert den.content.text == "ces accusations"
    assert den.source.text == "Le gouvernement"
    assert den.cue.text == "a démenti"
    assert den.cue.lemma == "démentir"
    assert acc.id in den.denies
    assert den.id in acc.denied_by


@pytest.mark.parametrize("sentence, cue, lemma, content", [
    ("Le ministre dément toute implication dans l'affaire.", "dément", "démentir",
     "toute implication dans l'affaire"),
    ("Le ministre nie avoir rencontré les négociateurs.", "nie", "nier", "avoir rencontré les négociateurs"),
    ("Le ministre a nié avoir rencontré les négociateurs.", "a nié", "nier", "avoir rencontré les négociateurs"),
    ("Le ministre rejette les conclusions du rapport.", "rejette", "rejeter", "les conclusions du rapport"),
    ("Le ministre dément que des soldats aient franchi la frontière.", "dément", "démentir",
     "des soldats aient franchi la frontière"),
])
def test_denial_verbs(sentence, cue, lemma, content):
    c = one(sentence)
    assert c.act == "denial"
    assert c.form == "indirect"
    assert c.source.text == "Le ministre"
    assert c.cue.text == cue
    assert c.cue.lemma == lemma
    assert c.content.text == content
    assert c.denies == ()


def test_rejeter_as_discharge_is_not_a_denial():
    claims = extract("L'usine Ferronor aurait rejeté des produits toxiques dans la rivière, selon des riverains.")
    assert [c.act for c in claims] == ["statement"]


# --- canonical names --------------------------------------------------------------------------


def test_canonical_full_name_from_earlier_mention():
    text = "Jean Dupont est arrivé lundi à Korvane. « La situation est grave », a déclaré M. Dupont."
    c = one(text)
    assert c.source.text == "M. Dupont"
    assert c.source.canonical == "Jean Dupont"
    assert c.source.type == "person"
    assert c.sentence == 1


def test_canonical_ministry_fullest_mention():
    text = ("Le ministère tarvanien de l'Agriculture a publié un rapport mardi. "
            "« Les récoltes sont menacées », a affirmé le ministère.")
    c = one(text)
    assert c.source.text == "le ministère"
    assert c.source.canonical == "ministère tarvanien de l'Agriculture"
    assert c.source.type == "government"


def test_canonical_ministry_fullest_mention_later_in_document():
    text = ("« Les récoltes sont menacées », a affirmé le ministère mardi. "
            "Le ministère tarvanien de l'Agriculture avait publié un rapport en mai.")
    c = one(text)
    assert c.source.text == "le ministère"
    assert c.source.canonical == "ministère tarvanien de l'Agriculture"


def test_canonical_ministry_from_earlier_source():
    text = ("« Les récoltes sont menacées », a affirmé le ministère de l'Agriculture de Tarvanie. "
            "« Nous agirons », a précisé le ministère.")
    c1, c2 = extract(text)
    assert c1.source.canonical == "ministère de l'Agriculture de Tarvanie"
    assert c2.source.text == "le ministère"
    assert c2.source.canonical == "ministère de l'Agriculture de Tarvanie"


def test_pronoun_canonical_is_antecedent_source():
    text = "« Nous agirons vite », a déclaré Paul Verrier. « Le budget est prêt », a-t-il ajouté."
    c1, c2 = extract(text)
    assert c1.source.text == "Paul Verrier"
    assert c2.source.text == "il"
    assert c2.source.canonical == "Paul Verrier"
    assert c2.source.type == "person"
    assert c2.cue.lemma == "ajouter"


def test_canonical_of_title_with_complement():
    c = one("« Nous partons », a déclaré le maire de Korvane.")
    assert c.source.text == "le maire de Korvane"
    assert c.source.canonical == "maire de Korvane"


def test_canonical_does_not_swallow_accusation_content():
    c = one("Le trésorier est accusé par la justice de détourner des fonds.")
    assert c.source.text == "la justice"
    assert c.source.canonical == "justice"


@pytest.mark.parametrize("noun", ["maire", "juge", "ministre"])
def test_source_title_noun_at_sentence_end_excludes_period(noun):
    c = one(f"« Nous partons », a déclaré le {noun}.")
    assert c.source.text == f"le {noun}"
    assert c.source.type == "person"


def test_source_abbreviated_title_keeps_its_period():
    c = one("« Nous partons », a déclaré M. Verrier.")
    assert c.source.text == "M. Verrier"


# --- negatives --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Le pont de Valmeran a été fermé mardi matin pour travaux.",
    "Le maire a démissionné. Il a été remplacé par son adjoint.",
    "La viande « certifiée » provenait en réalité d'un abattoir clandestin.",
    "Le produit, vendu comme « certifiée », ne porte aucun label.",
])
def test_no_attribution_no_claim(text):
    assert extract(text) == []


def test_pronoun_takes_last_named_person_when_no_earlier_source():
    text = "Le ministre Paul Verrier est arrivé mardi. « Nous restons », a-t-il déclaré."
    (c,) = claimtrack.extract(text, lang="fr")
    assert c.source.text == "il"
    assert c.source.canonical == "Paul Verrier"


def test_capitalised_time_word_inside_a_name():
    (c,) = claimtrack.extract("« Rien ne change », affirme l'ONG Veille Civile.", lang="fr")
    assert c.source.text == "l'ONG Veille Civile"


def test_causative_faire_dire_the_addressee_speaks():
    text = "Ce vote va faire dire en juin aux syndicats que le projet est enterré."
    (c,) = claimtrack.extract(text, lang="fr")
    assert c.content.text == "le projet est enterré"
    assert c.source.text == "syndicats"
    assert c.cue.lemma == "dire"
