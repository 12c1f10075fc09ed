"""Not claims (claimtrack.notclaims): procedural grounds, inscriptions, quoted names; sentences written for these
tests."""

from __future__ import annotations

import pytest
from helpers import checked


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'ancien trésorier a été condamné pour « abus de confiance » en appel."),
    ("fr", "La conseillère porterait plainte pour diffamation contre l'hebdomadaire."),
    ("fr", "Une pancarte proclamait « Sauvons la maternité » devant l'hôpital."),
    ("fr", "La préfète a annoncé lundi son plan « Rivières propres »."),
    ("en", "The former treasurer was charged with \"breach of trust\" on Friday."),
    ("en", "A placard read \"Save Our Library\" outside the town hall."),
    ("en", "The mayor announced her \"Quiet Streets\" plan on Monday."),
])
def test_no_claim(lang, text):
    assert list(checked(text, lang)) == []


@pytest.mark.parametrize("lang, text, content", [
    # a real accusation with a noun content stays, and so does a quote spoken by someone
    ("fr", "Le collectif accuse la direction de « mépris ».", "la direction de « mépris »"),
    ("fr", "« Nous ne partirons pas », a lancé la porte-parole du collectif.", "« Nous ne partirons pas »"),
    ("en", "\"We are not leaving,\" the spokeswoman for the group said.", "\"We are not leaving,\""),
])
def test_still_a_claim(lang, text, content):
    assert any(content in c.content.text for c in checked(text, lang))


@pytest.mark.parametrize("text", [
    "Écroué depuis mardi, l'ancien gardien risquait cinq ans pour « vol en réunion avec arme dans un lieu public ».",
    "Dès l'aube, la grève des contrôleurs a provoqué une « pagaille monstre dans les gares de la région » hier.",
])
def test_scare_quote_in_noun_slot_is_no_claim(text):
    claims = checked(text, "fr")
    assert len(claims) == 0, [c.to_dict() for c in claims]


def test_whole_sentence_quote_after_preposition_still_counts():
    claims = checked("« Pour moi, tout est réglé depuis longtemps et nous avançons. »", "fr")
    assert len(claims) == 1
