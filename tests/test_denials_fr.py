"""Denials in French: one short article of our own per pattern, found and linked to what they deny."""

from __future__ import annotations

import pytest
from helpers import checked, only

from claimtrack.article_claims import coverage, same_party
from claimtrack.denial_words import words_of


def by_act(claims, act):
    return [c for c in claims if c.act == act]


def assert_denies(den, *claims):
    assert set(den.denies) == {c.id for c in claims}, den.to_dict()
    for c in claims:
        assert den.id in c.denied_by


def test_accused_denies_the_acts_held_against_him():
    claims = checked("Le parquet accuse le maire de corruption. Le maire nie les faits qui lui sont reprochés.", "fr")
    acc, den = only(claims, "accusation"), only(claims, "denial")
    assert den.source.text == "Le maire"
    assert_denies(den, acc)


def test_denial_restating_a_witness_claim():
    text = ("Un voisin affirme que le commerçant a vendu des médicaments périmés.\n\n"
            "Le commerçant nie avoir vendu des médicaments périmés.")
    claims = checked(text, "fr")
    st, den = only(claims, "statement"), only(claims, "denial")
    assert den.content.text == "avoir vendu des médicaments périmés"
    assert_denies(den, st)


@pytest.mark.parametrize("obj", ["ces informations", "cette version"])
def test_anaphoric_object_points_at_the_last_claim(obj):
    text = f"Le journal affirme que la ministre a reçu des cadeaux. La ministre a démenti {obj}."
    claims = checked(text, "fr")
    st, den = only(claims, "statement"), only(claims, "denial")
    assert den.content.text == obj
    assert_denies(den, st)


def test_whole_denial_answers_every_claim_of_the_other_party():
    text = ("Le syndicat accuse la direction de harcèlement. Selon le syndicat, les primes ont été supprimées. "
            "La direction a démenti tout en bloc.")
    claims = checked(text, "fr")
    den = only(claims, "denial")
    assert den.content.text == "tout en bloc"
    assert_denies(den, *[c for c in claims if c is not den])


def test_passive_scenario_is_refuted():
    claims = checked("L'avocat affirme que la police a menti. Ce scénario est réfuté par la préfecture.", "fr")
    st, den = only(claims, "statement"), only(claims, "denial")
    assert den.source.text == "la préfecture"
    assert den.content.text == "Ce scénario"
    assert_denies(den, st)


def test_two_accusations_denied_at_once():
    text = ("Le parquet accuse le maire de corruption. Le syndicat accuse le maire de fraude. "
            "Le maire a démenti ces accusations.")
    claims = checked(text, "fr")
    accs, den = by_act(claims, "accusation"), only(claims, "denial")
    assert len(accs) == 2
    assert_denies(den, *accs)


def test_one_accusation_denied_twice():
    text = ("Le ministre est accusé de mensonge par la presse. Le ministre a démenti ces accusations. "
            "Son cabinet a aussi rejeté ces accusations.")
    claims = checked(text, "fr")
    acc = only(claims, "accusation")
    dens = by_act(claims, "denial")
    assert len(dens) == 2
    assert set(acc.denied_by) == {d.id for d in dens}


@pytest.mark.parametrize("quote", ["« Elle ment »", "« C'est faux »", "« Totalement faux »", "« Des affabulations »"])
def test_calling_it_a_lie_is_a_denial(quote):
    text = f"La joueuse accuse son entraîneur de violences. {quote}, a réagi l'entraîneur."
    claims = checked(text, "fr")
    acc, den = only(claims, "accusation"), only(claims, "denial")
    assert den.content.text == quote
    assert_denies(den, acc)


def test_lie_word_in_a_long_or_question_content_is_no_denial():
    text = ("La joueuse accuse son entraîneur de violences. « Pourquoi dirait-elle des choses fausses ? », "
            "demande l'avocat.")
    assert not by_act(checked(text, "fr"), "denial")


def test_negated_answer_to_an_accusation_is_a_denial():
    text = "La présidente est accusée d'avoir caché le rapport. Elle assure n'avoir jamais vu ce document."
    claims = checked(text, "fr")
    acc, den = only(claims, "accusation"), only(claims, "denial")
    assert den.source.text == "Elle"
    assert_denies(den, acc)


def test_negated_statement_answering_nothing_stays_a_statement():
    text = "Le maire assure que la piscine n'ouvrira pas cet été."
    assert only(checked(text, "fr"), "statement")


def test_defence_with_a_quote():
    text = "Le préfet est accusé d'avoir ignoré les alertes. Le préfet se défend : « Je n'ai reçu aucune alerte. »"
    claims = checked(text, "fr")
    acc, den = only(claims, "accusation"), only(claims, "denial")
    assert den.cue.text == "se défend"
    assert_denies(den, acc)


def test_as_the_accuser_claims_inside_a_denial_is_an_accusation():
    text = "Le chauffeur nie avoir dépassé la vitesse autorisée, comme le prétend le gendarme, qui l'a arrêté."
    claims = checked(text, "fr")
    acc, den = only(claims, "accusation"), only(claims, "denial")
    assert den.content.text == "avoir dépassé la vitesse autorisée"
    assert acc.content.text == "comme le prétend le gendarme"
    assert acc.source.text == "le gendarme"
    assert acc.target.text == "Le chauffeur"
    assert_denies(den, acc)


def test_statement_about_the_accused_is_an_accusation():
    text = "Selon la plaignante, les deux prévenus l'auraient frappée."
    acc = only(checked(text, "fr"), "accusation")
    assert acc.target.text == "les deux prévenus"


def test_helpers():
    assert words_of("L'accusé ment") == ("l'", "accuse", "ment")
    assert same_party("martin", "paul martin") and not same_party("martin", "dupont")
    assert coverage("n'avoir jamais vendu la maison", "Il a vendu la maison en mai", "fr") == 1.0
    assert coverage("n'avoir jamais vendu la maison", "Elle a repeint la cuisine", "fr") == 0.0


def test_negated_quoted_label_is_a_denial_without_link():
    text = "Le militant martèle qu'il n'est pas un « tricheur », mais un citoyen en colère."
    den = only(checked(text, "fr"), "denial")
    assert den.denies == ()


def test_participle_after_article_is_a_noun():
    text = "« Non, je n'ai rien volé », se défend l'accusé."
    den = only(checked(text, "fr"), "denial")
    assert den.source.text == "l'accusé"
    assert den.cue.text == "se défend"


def test_infinitive_clause_takes_the_main_subject():
    text = "Après avoir démenti tout contact, le second a reconnu un échange de messages."
    den = only(checked(text, "fr"), "denial")
    assert den.content.text == "tout contact"
    assert den.source.text == "le second"


def test_denial_of_new_material_is_not_linked_by_default():
    text = "Le parquet accuse le maire de fraude. Plus tard, son adjoint se défend de toute ambition politique."
    den = only(checked(text, "fr"), "denial")
    assert den.content.text == "toute ambition politique"
    assert den.denies == ()


def test_protester_is_no_denial():
    text = "« C'est une provocation », a protesté le ministre."
    assert only(checked(text, "fr"), "statement")


def test_intertitle_lie_takes_the_speaker_named_further_on():
    text = ("La joueuse accuse son entraîneur de violences.\n\n« Elle ment »\n\nLe club a ouvert une enquête. "
            "Les dirigeants se sont réunis. La saison continue. Le match de samedi est maintenu. "
            "« Je ne sais pas pourquoi, mais elle ment », a dit l'entraîneur.")
    claims = checked(text, "fr")
    acc = only(claims, "accusation")
    dens = by_act(claims, "denial")
    assert [d.content.text for d in dens] == ["« Elle ment »", "« Je ne sais pas pourquoi, mais elle ment »"]
    assert all(d.source.text == "l'entraîneur" and d.denies == (acc.id,) for d in dens)


def test_false_before_a_noun_calls_nothing_a_lie():
    text = "Le ministre accuse l'ONG de partialité. « Une fausse piste », a répondu la directrice."
    assert not by_act(checked(text, "fr"), "denial")


def test_self_description_as_falsely_accused():
    text = "Le directeur se dit « faussement accusé ». Il est accusé de fraude fiscale par le fisc."
    claims = checked(text, "fr")
    acc, den = only(claims, "accusation"), only(claims, "denial")
    assert_denies(den, acc)


def test_one_of_the_accused_denies():
    text = ("Le parquet accuse les deux gardiens de cambriolage. Les accusés, Marc L. et Hugo T., nient les faits. "
            "Après avoir démenti tout contact avec la victime, le second a reconnu un appel.")
    claims = checked(text, "fr")
    acc = only(claims, "accusation")
    assert len(by_act(claims, "denial")) == 2
    assert all(acc.id in d.denies for d in by_act(claims, "denial"))


def test_quote_after_a_denial_clause_and_colon_is_a_denial():
    text = "Le maire se défend de toute ambition : « Je ne suis candidat à rien. »"
    dens = by_act(checked(text, "fr"), "denial")
    assert [d.content.text for d in dens] == ["toute ambition", "« Je ne suis candidat à rien. »"]
    assert all(d.source.text == "Le maire" and d.cue.text == "se défend" for d in dens)


def test_mutual_accusation_is_not_denied_by_the_accused():
    text = ("Le parquet accuse les deux gardiens de cambriolage. Les accusés nient les faits. "
            "Les deux parties s'accusent de mentir.")
    claims = checked(text, "fr")
    den = only(claims, "denial")
    accs = by_act(claims, "accusation")
    assert len(accs) == 2
    assert den.denies == (accs[0].id,)


def test_manner_adverb_between_auxiliary_and_participle():
    den = only(checked("Le maire a farouchement nié les faits.", "fr"), "denial")
    assert den.cue.text == "a farouchement nié"


def test_not_informed_answers_the_accusation():
    text = "Le ministre est accusé d'avoir caché la note. Il affirme n'avoir pas été informé."
    claims = checked(text, "fr")
    assert_denies(only(claims, "denial"), only(claims, "accusation"))


def test_quote_carrying_the_negation_rejects_nothing():
    claims = checked("Le président avait appelé son rival à ne « pas jouer avec le feu ».", "fr")
    assert [c.act for c in claims] == ["statement"]
