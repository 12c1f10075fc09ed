"""A quotation over several paragraphs (reopened at each paragraph, closed at the last) is one claim
(claimtrack.discourse.merge_paragraph_quotes); sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import checked

CASES = [
    ("fr", "La directrice a pris la parole. « Les commandes reviennent. Les délais se raccourcissent.\n\n"
           "« Nous embaucherons à la rentrée », a-t-elle assuré.\n\nLa réunion s'est achevée à midi.",
     "« Les commandes reviennent.", "à la rentrée »", "elle"),
    ("fr", "Le syndicat a déclaré : « Nous ne signerons pas cet accord.\n\n« Il faudra revenir à la table. »\n\n"
           "La direction n'a pas réagi.", "« Nous ne signerons", "à la table. »", "Le syndicat"),
    ("en", "The coach spoke after the game. \"We played badly. We lost every duel.\n\n"
           "\"Next week will be different,\" she said.\n\nThe club declined to comment.",
     "\"We played badly.", "be different,\"", "she"),
    ("en", "The union said: \"We will not sign this deal.\n\n\"Management must come back to the table.\"\n\n"
           "The company did not respond.", "\"We will not sign", "to the table.\"", "The union"),
]


@pytest.mark.parametrize("lang, text, opening, closing, source", CASES)
def test_one_claim_over_paragraphs(lang, text, opening, closing, source):
    claims = [c for c in checked(text, lang) if opening in c.content.text or closing in c.content.text]
    assert len(claims) == 1, [c.to_dict() for c in claims]
    c = claims[0]
    assert c.content.text.startswith(opening) and c.content.text.endswith(closing)
    assert c.source is not None and c.source.text == source
    assert c.form == "direct"


@pytest.mark.parametrize("lang, text", [
    # a mark left open, then a paragraph opening with a quote of its own: two claims, not one
    ("fr", "Le maire a parlé d'un « tournant.\n\nLe conseil a voté mardi soir. « Rien n'est joué », a dit l'élue."),
    ("en", "The mayor spoke of a \"turning point.\n\nThe council voted on Tuesday. \"Nothing is settled,\" she said."),
])
def test_no_merge_without_a_reopened_paragraph(lang, text):
    for c in checked(text, lang):
        assert "\n" not in c.content.text


def test_headline_restating_a_claim_is_one_claim():
    text = ("La ville « a besoin » de bras pour un été « chargé »\n\n"
            "La ville « a besoin » de bras pour un été « chargé », a déclaré la maire, Anne Roux, lundi.")
    claims = checked(text, "fr")
    head = [c for c in claims if c.content.start == 0]
    assert len(head) == 1, [c.to_dict() for c in claims]
    assert head[0].content.text == "La ville « a besoin » de bras pour un été « chargé »"
    assert head[0].source.text == "la maire, Anne Roux"
    assert not any(c.content.text in ("« a besoin »", "« chargé »") for c in claims)


@pytest.mark.parametrize("lang, text, source", [
    ("fr", "L'usine ferme en mars.\n\n« Nous tiendrons jusqu'au bout, quoi qu'il arrive. Personne ne lâchera. »\n\n"
     "– Paul Mercier, délégué syndical\n\nLa direction n'a pas répondu.", "Paul Mercier"),
    ("en", "The plant closes in March.\n\n\"We will hold on to the very end, whatever happens.\"\n\n"
     "— Jane Doyle, union delegate\n\nThe company did not reply.", "Jane Doyle"),
])
def test_signature_line_names_the_quoted_paragraph(lang, text, source):
    claims = checked(text, lang)
    assert len(claims) == 1, [c.to_dict() for c in claims]
    assert claims[0].source.text == source and claims[0].cue is None


def test_dash_line_without_a_name_signs_nothing():
    claims = checked("« Nous tiendrons jusqu'au bout, quoi qu'il arrive. »\n\n- voilà tout, a-t-on conclu.", "fr")
    assert all(c.source is None or c.source.text != "voilà tout" for c in claims)


def test_intertitle_between_dashes_takes_the_later_speaker():
    text = ("Le ministre a parlé mardi.\n\n- « Fauteurs de troubles » -\n\n"
            "« C'est un avertissement aux fauteurs de troubles », a déclaré Paul Roux, porte-parole du ministère.")
    claims = checked(text, "fr")
    head = next(c for c in claims if c.content.text == "« Fauteurs de troubles »")
    assert head.source.text.startswith("Paul Roux")


def test_bare_quote_after_reported_speech_of_its_paragraph():
    text = ("Le maire assure avoir prévenu la préfecture de chaque décision. « J'ai tout écrit, tout envoyé, "
            "et personne ne m'a répondu pendant des mois. »\n\nLe conseil se réunit lundi.")
    claims = checked(text, "fr")
    quote = next(c for c in claims if c.content.text.startswith("« J'ai tout écrit"))
    assert quote.source.text == "Le maire"


def test_bare_quote_after_reported_speech_of_another_paragraph_stays_unattributed():
    text = ("Le maire assure avoir prévenu la préfecture de chaque décision.\n\n"
            "« Personne ne nous a répondu pendant des mois, ni la région ni l'État. »")
    claims = checked(text, "fr")
    quote = next(c for c in claims if c.content.text.startswith("« Personne"))
    assert quote.source is None


def test_run_of_bare_quotes_goes_to_the_incise_after_it():
    text = ('La mairie avait insisté mardi sur le fait que M. Roux n\'était "pas un élu" de la ville. '
            '"Je suis un simple voisin qui veut du bien au maire". "J\'aurais pu partir. Mais on me sollicite". '
            '"Cela gêne des gens puissants, qui font comme si le maire était sous tutelle", '
            'accuse l\'ancien conseiller.')
    claims = checked(text, "fr")
    quotes = [c for c in claims if c.content.text.startswith('"')]
    assert len(quotes) == 3
    assert all(c.source.text == "l'ancien conseiller" for c in quotes), [c.to_dict() for c in quotes]
