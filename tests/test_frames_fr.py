"""French frame families read by structure (claimtrack.frames), on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import checked

from claimtrack import Claims


def extract(text: str) -> Claims:
    return checked(text, "fr")


def claim_with(claims: Claims, content: str):
    found = [c for c in claims if c.content.text == content]
    assert found, [c.to_dict() for c in claims]
    return found[0]


# --- bare infinitive complements: "il affirme avoir payé" ---------------------------------------

@pytest.mark.parametrize("text, content, source", [
    ("Le maire de Brévannes affirme avoir payé toutes les factures.", "avoir payé toutes les factures",
     "Le maire de Brévannes"),
    ("La directrice a assuré mardi ne plus travailler avec ce fournisseur.",
     "ne plus travailler avec ce fournisseur", "La directrice"),
    ("La pianiste a dit aimer ce vieux piano.", "aimer ce vieux piano", "La pianiste"),
    ("Odile Ferrand a affirmé dimanche à la radio avoir reçu des menaces.", "avoir reçu des menaces",
     "Odile Ferrand"),
    ("L'entraîneur reconnaît l'avoir mal préparé.", "l'avoir mal préparé", "L'entraîneur"),
])
def test_bare_infinitive_content(text, content, source):
    c = claim_with(extract(text), content)
    assert c.source.text == source


def test_infinitive_stops_before_colon_quote():
    text = "Le cycliste a dit regretter sa chute : « J'ai pris trop de risques dans la descente »."
    claims = extract(text)
    claim_with(claims, "regretter sa chute")
    assert any(c.content.text.startswith("« J'ai pris") for c in claims)


def test_infinitive_not_after_noun_like_word():
    claims = extract("Le conseil a confirmé premier le classement des équipes.")
    assert all(not c.content.text.startswith("premier") for c in claims)


def test_addressee_then_de_infinitive():
    c = claim_with(extract("La mairie a demandé aux habitants de rester chez eux."), "rester chez eux")
    assert c.source.text == "La mairie"


def test_coordinated_subject_ends_content():
    text = "Des élus ont déclaré que le projet était trop cher et un ancien maire a affirmé ne plus y croire."
    claims = extract(text)
    first = claim_with(claims, "le projet était trop cher")
    assert first.source.text == "Des élus"
    assert claim_with(claims, "ne plus y croire").source.text == "un ancien maire"


# --- inverted subject behind adjuncts; participles share the incise's source -------------------

@pytest.mark.parametrize("text, source", [
    ("« Le pont sera rouvert en mai », a annoncé mardi dans une note le ministère des Transports.",
     "le ministère des Transports"),
    ("« J'avais peur de rentrer seule », a expliqué aux juges la victime, une étudiante de vingt ans.",
     "la victime"),
    ("« Le vote est acquis », a écrit quelques heures après le scrutin le sénateur Paul Ravel.",
     "le sénateur Paul Ravel"),
    ("« Le vote est acquis », a déclaré le sénateur devant les députés.", "le sénateur"),
    ("« Je ne regrette rien », répond le « champion ».", "le « champion »"),
])
def test_inverted_subject_after_adjuncts(text, source):
    c = claim_with(extract(text), text[:text.index("»") + 1])
    assert c.source.text == source


def test_channel_stops_before_inverted_subject():
    text = "« Le pont sera rouvert en mai », a annoncé mardi dans une note le ministère des Transports."
    c = claim_with(extract(text), "« Le pont sera rouvert en mai »")
    assert [v.text for v in c.via] == ["une note"]


def test_adjunct_with_infinitive_keeps_first_subject():
    text = "« Les moyens manquent », a ajouté le syndicat pour justifier son appel."
    assert claim_with(extract(text), "« Les moyens manquent »").source.text == "le syndicat"


@pytest.mark.parametrize("text, source", [
    ("« Nous tiendrons », a affirmé le maire, précisant qu'il resterait en poste jusqu'en mars.", "le maire"),
    ("« Nous tiendrons », plaide-t-elle, ajoutant que la ville n'a plus de budget.", "elle"),
])
def test_participle_takes_incise_source(text, source):
    claims = extract(text)
    part = [c for c in claims if c.form == "indirect"]
    assert part and part[0].source.text == source


# --- quotes without a cue of their own ----------------------------------------------------------

def test_floating_quote_takes_previous_speaker():
    text = "« Nous ne fermerons pas l'usine », a promis la directrice. « Les commandes reviennent enfin. »"
    claims = extract(text)
    second = claim_with(claims, "« Les commandes reviennent enfin. »")
    assert second.source.text == "la directrice"


def test_floating_quote_not_after_narration():
    text = ("« Nous ne fermerons pas l'usine », a promis la directrice. Le maire est arrivé plus tard. "
            "« Les commandes reviennent enfin. »")
    second = claim_with(extract(text), "« Les commandes reviennent enfin. »")
    assert second.source is None


def test_quote_before_attributed_quote_takes_its_speaker():
    text = "« Rien n'est encore signé ». « On en saura plus demain », a ajouté le négociateur."
    claims = extract(text)
    assert all(c.source is not None and c.source.text == "le négociateur" for c in claims), claims


def test_multi_paragraph_quote_continues():
    text = ("« Nous avons reconstruit la digue en six mois, a expliqué l'ingénieure Lise Caron. "
            "Le chantier a été rude.\n\n"
            "« Il reste à planter les haies et à rouvrir le chemin côtier. »")
    claims = extract(text)
    assert len(claims) == 1, claims  # one quotation over two paragraphs: one claim
    assert claims[0].content.text.startswith("« Nous avons") and claims[0].content.text.endswith("côtier. »")
    assert claims[0].source.text == "l'ingénieure Lise Caron"


def test_quote_colon_then_speaker():
    text = '"Nous partirons demain matin sans faute": le capitaine Jean Morel, interrogé samedi, confirme le départ.'
    c = claim_with(extract(text), '"Nous partirons demain matin sans faute"')
    assert c.source.text == "le capitaine Jean Morel"


def test_short_quoted_rubric_before_colon_is_no_claim():
    claims = extract("« Marée noire » : les pêcheurs de Kerlouan attendent toujours les indemnités.")
    assert all(c.content.text != "« Marée noire »" for c in claims)


@pytest.mark.parametrize("text, source", [
    ("Le préfet a été très clair : « Aucune dérogation ne sera accordée ».", "Le préfet"),
    ("La ministre a réagi dans la soirée : « C'est une décision injuste ».", "La ministre"),
])
def test_colon_quote_takes_clause_subject(text, source):
    c = claim_with(extract(text), text[text.index("«"):text.index("»") + 1])
    assert c.source.text == source


# --- a quote in the cue's object ------------------------------------------------------------

@pytest.mark.parametrize("text, content", [
    ("Le syndicat salue une « avancée » des négociations.", "une « avancée » des négociations"),
    ("La voisine parle d'un dîner « bruyant », « interminable ».", "un dîner « bruyant », « interminable »"),
    ("Le club appelle à la « patience » et au « respect » envers l'arbitre.",
     "la « patience » et au « respect » envers l'arbitre"),
])
def test_quoted_object(text, content):
    c = claim_with(extract(text), content)
    assert c.source is not None and c.form == "mixed"


def test_quoted_title_is_no_quoted_object():
    claims = extract("Le collectif salue le « Grand Plan Vert » de la région.")
    assert all("Grand Plan" not in c.content.text for c in claims)


def test_incise_inside_one_pair_of_marks_is_one_claim():
    text = "« Le chantier a été rude, dit-elle. Nous avons pourtant tenu les délais. »"
    c = claim_with(extract(text), text)
    assert c.source.text == "elle"


# --- sources a reader finds: impersonal incises, participial modifiers ---------------------------

@pytest.mark.parametrize("text, source", [
    ("Le pont rouvrira en mai, a-t-on appris samedi de sources municipales.", "sources municipales"),
    ("La réunion se tiendra à Lyon, a-t-on ajouté de même source.", "même source"),
    ("« Les digues ont cédé », est-il écrit dans le rapport.", "le rapport"),
    ("Le pont rouvrira en mai, apprend-on auprès de la mairie.", "la mairie"),
])
def test_impersonal_incise_names_its_source(text, source):
    claims = extract(text)
    assert claims and claims[0].source.text == source


def test_participial_modifier_is_skipped_for_the_subject():
    text = "La défense, menée par Anne Roux, Paul Vidal et le vieux juriste Marc Olier, avait demandé la relaxe."
    claims = extract(text)
    assert claims and claims[0].source.text == "La défense"


def test_leading_participle_phrase_then_coordinated_cue():
    text = ("Interrogé mardi, Luc Bernard, un porte-parole de la mairie, n'a pas confirmé la fermeture "
            "mais a souligné que le budget était « très serré ».")
    c = claim_with(extract(text), "le budget était « très serré »")
    assert c.source.text.startswith("Luc Bernard")


def test_participle_after_a_noun_is_no_cue():
    text = "Le ministre a publié un message posté sur son compte : « Le calme doit revenir »."
    c = claim_with(extract(text), "« Le calme doit revenir »")
    assert c.source.text == "Le ministre"


def test_incise_between_auxiliary_and_participle():
    text = "L'association a cependant, dans un courrier, souligné que plusieurs ponts restaient fermés."
    c = claim_with(extract(text), "plusieurs ponts restaient fermés")
    assert c.source.text == "L'association"


def test_according_closing_the_sentence_without_comma():
    c = claim_with(extract("Ces travaux devaient s'achever dimanche selon la préfecture."),
                   "Ces travaux devaient s'achever dimanche")
    assert c.source.text == "la préfecture"


def test_according_pronoun_inside_a_clause_is_no_final_source():
    claims = extract("La commune a voté un budget, un tarif qui pénalise selon lui les familles nombreuses.")
    assert all(c.source is None or "familles" not in c.source.text for c in claims)


def test_relative_clause_content_ends_at_its_comma():
    text = "La Ville, qui avait promis des travaux, ne les a pas lancés."
    claims = extract(text)
    assert all(not c.content.text.endswith("lancés") or c.content.text.startswith("La Ville") for c in claims)


# --- light-verb cues as lexicon data --------------------------------------------------------

@pytest.mark.parametrize("text, content, cue", [
    ("La ministre a exprimé l'espoir que les négociations reprennent.", "les négociations reprennent",
     "a exprimé l'espoir"),
    ("Le maire se dit persuadé que le projet aboutira.", "le projet aboutira", "se dit persuadé"),
    ("Elle se dit convaincue que le projet aboutira.", "le projet aboutira", "se dit convaincue"),
    ("Les élus ont fait valoir que la loi était claire.", "la loi était claire", "ont fait valoir"),
    ("Le syndicat a mis l'accent sur la sécurité des agents.", "la sécurité des agents", "a mis l'accent sur"),
])
def test_light_verb_cues(text, content, cue):
    c = claim_with(extract(text), content)
    assert c.cue.text == cue


# --- participles and adverbial infinitives take the main clause's source ----------------------

def test_adverbial_infinitive_shares_the_incise_source():
    text = "« Le train partait trop tôt », a répliqué la voyageuse, avant d'ajouter, ensuite, qu'elle a porté plainte."
    c = claim_with(extract(text), "elle a porté plainte")
    assert c.source.text == "la voyageuse"


def test_participle_after_a_name():
    text = "Après un discours du président Paul Marin jugeant que la crise était « grave », les marchés ont chuté."
    claims = extract(text)
    c = [c for c in claims if c.cue and c.cue.text == "jugeant"]
    assert c and c[0].source.text == "président Paul Marin"


def test_subordinate_que_clause_ends_at_comma():
    text = "Bien qu'elle ait assuré « arriver sans rancune », la délégation a été mal reçue."
    c = claim_with(extract(text), "« arriver sans rancune »")
    assert c.source.text == "elle"


@pytest.mark.parametrize("text, content, source", [
    ("Le Portugal a appelé Lisbonne et Madrid à négocier sans délai.", "négocier sans délai", "Le Portugal"),
    ("La maire exhorte les habitants à rester chez eux.", "rester chez eux", "La maire"),
])
def test_object_addressee_then_infinitive(text, content, source):
    assert claim_with(extract(text), content).source.text == source


def test_channel_phrase_before_que():
    c = claim_with(extract("La société a déclaré dans un communiqué qu'elle ferait appel."), "elle ferait appel")
    assert c.source.text == "La société" and [v.text for v in c.via] == ["un communiqué"]


def test_apostrophes_in_french_are_not_quote_marks():
    text = "L'armée a indiqué qu'elle n'avait pas l'intention d'aller plus loin."
    c = claim_with(extract(text), "elle n'avait pas l'intention d'aller plus loin")
    assert c.quotes == () or list(c.quotes) == []


# --- not claims; sources as a reader names them -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Selon moi, la réforme est une erreur.",
    "Pour moi, la réforme est une erreur.",
    "Selon nous, la réforme est une erreur.",
])
def test_own_opinion_is_no_claim(text):
    assert list(extract(text)) == []


def test_apposition_gives_the_name():
    c = extract("« La route est fermée », a déclaré le maire de Nantes, Paul Mercier, lundi.")[0]
    assert c.source.text == "le maire de Nantes, Paul Mercier"
    assert c.source.canonical == "Paul Mercier" and c.source.type == "person"


@pytest.mark.parametrize("text, kind", [
    ("Selon Amnesty International, la réforme est une erreur.", "organization"),
    ("Selon l'ONG Droits Devant, la réforme est une erreur.", "organization"),
    ("Selon le Quai d'Orsay, la réforme est une erreur.", "government"),
    ("Selon le Premier ministre, la réforme est une erreur.", "person"),
])
def test_source_types(text, kind):
    assert extract(text)[0].source.type == kind


def test_sentence_initial_word_is_never_a_name():
    text = "Selon Amnesty International, la réforme est une erreur. Selon lui, elle échouera."
    second = claim_with(extract(text), "elle échouera")
    assert second.source.canonical == "Amnesty International"


def test_comparative_attribution_ends_the_content():
    text = "Le gardien nie avoir frappé le supporter comme le prétend la plaignante."
    assert claim_with(extract(text), "avoir frappé le supporter").source.text == "Le gardien"


def test_comme_before_a_participle_is_no_comparative_attribution():
    # "pris" starts the multiword cue "prendre acte de" only when "acte de" follows
    text = "La conseillère explique que les riverains étaient comme pris au piège, sans issue."
    claim_with(extract(text), "les riverains étaient comme pris au piège, sans issue")


def test_prepositional_adjunct_with_its_own_cue_ends_the_content():
    text = ("Le club a assuré samedi avoir payé tous ses joueurs, à la veille d'une lettre du syndicat "
            "estimant que les salaires étaient en retard.")
    assert claim_with(extract(text), "avoir payé tous ses joueurs").source.text == "Le club"


def test_capitalised_auxiliary_inside_a_name():
    text = "« Les exercices continuent », a indiqué lundi le Secteur Est de la flotte régionale."
    c = claim_with(extract(text), "« Les exercices continuent »")
    assert c.source.text == "le Secteur Est de la flotte régionale"


def test_initial_and_age_before_relative():
    text = "« On se tenait la main », témoigne Paul R., 52 ans, qui décrit une soirée « joyeuse »."
    c = claim_with(extract(text), "une soirée « joyeuse »")
    assert c.source.text == "Paul R."


def test_short_quote_floats_in_its_paragraph():
    text = "« Nous tiendrons », a promis la directrice. « Sans aucun doute. »"
    assert claim_with(extract(text), "« Sans aucun doute. »").source.text == "la directrice"


def test_short_quote_alone_on_its_line_is_a_subhead():
    text = "« Nous tiendrons », a promis la directrice.\n\n« Ligne claire »\n\nLe conseil se réunit lundi."
    assert all(c.content.text != "« Ligne claire »" or c.source is None for c in extract(text))


def test_quotes_before_an_incise_go_with_it_after_reported_speech():
    text = 'La mairie parle d\'une "erreur" de calcul. "Nous étions prêts". "Tout était signé", assure le maire.'
    assert claim_with(extract(text), '"Nous étions prêts"').source.text == "le maire"


def test_relative_clause_quoting_the_speaker():
    text = "« La course était trop longue », dit Lina Perret, qui a « froid, vraiment froid »."
    c = claim_with(extract(text), "a « froid, vraiment froid »")
    assert c.source.text == "Lina Perret" and c.cue is None


def test_dash_signature_after_a_quote():
    text = "« Nous ne lâcherons rien sur les salaires » – Paul Mercier, délégué syndical."
    c = claim_with(extract(text), "« Nous ne lâcherons rien sur les salaires »")
    assert c.source.text == "Paul Mercier"


# --- a verb coordinated inside a relative clause shares its "qui" ------------------------------

@pytest.mark.parametrize("text, content, source", [
    ("Des centaines de riverains ont bloqué la route pour exiger le départ du préfet Marc Lenoir, qui a reçu "
     "leurs délégués et a accusé les transporteurs d'ignorer les règles.", "ignorer les règles", "préfet Marc Lenoir"),
    ("Les élus ont salué la directrice de l'école, qui a visité les classes et a affirmé que les travaux "
     "seraient finis en juin.", "les travaux seraient finis en juin", "la directrice de l'école"),
])
def test_coordinated_verb_in_relative_clause(text, content, source):
    c = claim_with(extract(text), content)
    assert c.source is not None and c.source.text.endswith(source), c.to_dict()


# --- after a contracted article ("aux", "du") the noun opens the antecedent of "qui" -------------

@pytest.mark.parametrize("text, content, source", [
    ("La mairie a remis une médaille aux pompiers du village, qui ont raconté que l'incendie avait duré deux jours.",
     "l'incendie avait duré deux jours", "pompiers du village"),
    ("La ville a confié le chantier aux architectes du projet, qui ont assuré que les travaux dureraient un an.",
     "les travaux dureraient un an", "architectes du projet"),
])
def test_relative_antecedent_after_contracted_article(text, content, source):
    c = claim_with(extract(text), content)
    assert c.source is not None and c.source.text == source, c.to_dict()


# --- "selon X" inside a quote gives the quote to X ----------------------------------------------

def test_according_inside_a_quote_takes_the_quote():
    text = ("La fondation organise des ateliers dans les quartiers « pour aider les familles, selon les mots de "
            "la fondation, à mieux comprendre leurs droits ».")
    c = claim_with(extract(text), "« pour aider les familles, selon les mots de la fondation, à mieux comprendre "
                                  "leurs droits »")
    assert c.source is not None and c.source.text == "la fondation"
    assert c.cue is not None and c.cue.text == "selon les mots de"


# --- an inverted subject is never a "de" phrase -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Son oncle, Paul Garnier, lui avait conseillé de quitter la ville avant l'hiver.",
    "Sa tante, Claire Vasseur, lui avait conseillé de vendre le bateau.",
    "Le maire, élu en 2020, a répondu d'une voix calme aux questions.",
])
def test_de_phrase_is_no_inverted_subject(text):
    claims = extract(text)
    assert all(c.source is None or not c.source.text.startswith(("de ", "d'")) for c in claims), \
        [c.to_dict() for c in claims]


@pytest.mark.parametrize("text, source", [
    ("« Rien n'est réglé », ont affirmé de nombreux habitants.", "de nombreux habitants"),
    ("« Rien n'est réglé », ont affirmé d'autres habitants.", "d'autres habitants"),
])
def test_partitive_inverted_subject(text, source):
    assert claim_with(extract(text), "« Rien n'est réglé »").source.text == source


# --- ", selon X" after a claim with its own cue and source: X relays it ---------------------------

def test_selon_after_incise_is_a_relay():
    text = "« La saison est sauvée », a déclaré l'entraîneur du club, Yves Martel, selon un enregistrement du club."
    claims = extract(text)
    assert len(claims) == 1
    c = claims[0]
    assert c.source.text == "l'entraîneur du club, Yves Martel"
    assert [v.text for v in c.via] == ["un enregistrement du club"]


def test_selon_after_quoted_object_is_a_relay():
    claims = extract("Le patron assure « avoir tout payé », selon une lettre qu'il a lue à l'audience.")
    assert [c.cue.text for c in claims] == ["assure"]
    assert claims[0].via[0].text.startswith("une lettre")


def test_selon_after_plain_clause_is_a_claim():
    c = claim_with(extract("Les prix vont baisser, selon la banque centrale."), "Les prix vont baisser")
    assert c.source.text == "la banque centrale"


# --- a content ends before the next cue's own clause ----------------------------------------------

def test_content_stops_before_adverbial_infinitive_cue():
    text = "Le coach estime que son élève a perdu la tête avant de rappeler qu'au « judo, on ne frappe jamais »."
    claims = extract(text)
    assert claim_with(claims, "son élève a perdu la tête").source.text == "Le coach"
    assert any(c.cue.text == "rappeler" for c in claims)


@pytest.mark.parametrize("text, content", [
    ("Des riverains ont vivement critiqué la réponse de leur maire auquel ils reprochent son silence.",
     "la réponse de leur maire"),
    ("Le syndicat dénonce la décision de la direction, qui affirme avoir consulté les salariés.",
     "la décision de la direction"),
])
def test_object_stops_before_relative_clause_with_cue(text, content):
    claim_with(extract(text), content)


def test_denied_object_keeps_its_passive_relative():
    claims = extract("Les deux hommes nient les faits qui leur sont reprochés.")
    c = claim_with(claims, "les faits qui leur sont reprochés")
    assert c.act == "denial"


def test_quoted_object_stops_at_time_phrase():
    c = claim_with(extract("La compagnie demande de la « patience » après la panne du matin."), "la « patience »")
    assert c.source.text == "La compagnie"


def test_quoted_infinitive_clause_runs_past_its_quote():
    text = "Le préfet a ordonné lundi de « fermer les écoles » pour protéger les enfants de la « vague de chaleur »."
    claims = extract(text)
    c = claim_with(claims, "« fermer les écoles » pour protéger les enfants de la « vague de chaleur »")
    assert c.source.text == "Le préfet" and c.form == "mixed"
    assert len(claims) == 1  # the second quote is inside the claim, not a fragment of its own


def test_vouloir_dire_is_no_cue():
    text = "« Cela veut dire que vous dormirez chez vous ce soir », a expliqué la juge."
    claims = extract(text)
    assert [c.cue.text for c in claims] == ["a expliqué"]
    assert claims[0].source.text == "la juge"


# --- "selon" + pronoun inside a clause, no commas ---------------------------------------------------

@pytest.mark.parametrize("text, content, source", [
    ("La commune a voté un nouveau budget, un tarif qui pénalise selon lui les familles nombreuses.",
     "un tarif qui pénalise selon lui les familles nombreuses", "lui"),
    ("La guide a décrit le musée, qui a selon elle « rouvert trop tôt » après la crue du fleuve.",
     "qui a selon elle « rouvert trop tôt » après la crue du fleuve", "elle"),
])
def test_selon_pronoun_mid_clause(text, content, source):
    c = claim_with(extract(text), content)
    assert c.source.text == source and c.cue.text == "selon"


def test_selon_moi_mid_clause_is_no_claim():
    claims = extract("C'est une règle qui freine selon moi les petits commerces.")
    assert all(c.cue is None or c.cue.text != "selon" for c in claims)


def test_que_clause_in_subordinate_runs_over_subject_apposition():
    text = ("Les prix montent alors que Rome craint que Paul Morel, revenu au pouvoir en mai, "
            "ne coupe l'aide aux villes.")
    c = claim_with(extract(text), "Paul Morel, revenu au pouvoir en mai, ne coupe l'aide aux villes")
    assert c.source.text == "Rome"


def test_subject_with_quoted_noun():
    c = claim_with(extract("Le « cogneur » répète qu'il n'a frappé personne."), "il n'a frappé personne")
    assert c.source.text == "Le « cogneur »"


# --- gerunds, coordinated participles, shared auxiliaries -----------------------------------------

@pytest.mark.parametrize("text, content, source", [
    ("Il termine en expliquant qu'il ira à la mairie demain.", "il ira à la mairie demain", "Il"),
    ("Il a répondu en affirmant que le pays était calme.", "le pays était calme", "Il"),
    ("Lundi, un délégué de la ligue, Hugo Brun, a conclu en rappelant que le match était reporté.",
     "le match était reporté", "un délégué de la ligue"),
    ("Jeudi soir, un délégué de la ligue, Hugo Brun, a conclu en rappelant que tout était reporté.",
     "tout était reporté", "un délégué de la ligue"),
])
def test_gerund_after_verb_takes_main_subject(text, content, source):
    assert claim_with(extract(text), content).source.text == source


def test_coordinated_participles_share_the_source():
    text = ("La directrice a annoncé que l'école était fermée, précisant que la cantine restait ouverte et "
            "demandant aux parents de venir plus tôt.")
    claims = extract(text)
    assert claim_with(claims, "la cantine restait ouverte").source.text == "La directrice"
    assert claim_with(claims, "venir plus tôt").source.text == "La directrice"


def test_participle_after_et_shares_the_auxiliary():
    text = "La coach a affirmé que l'équipe avait « gardé le ballon » et salué un « progrès » des remplaçants."
    claims = extract(text)
    claim_with(claims, "l'équipe avait « gardé le ballon »")
    assert claim_with(claims, "un « progrès » des remplaçants").source.text == "La coach"


def test_article_before_noun_reading_is_no_clitic_cue():
    claims = extract("Le coach a dit que l'annonce restait secrète.")
    assert [c.content.text for c in claims] == ["l'annonce restait secrète"]


def test_plural_noun_after_comma_is_no_incise():
    claims = extract("Les troupes ont avancé autour de Lens et Arras, cibles des forces adverses.")
    assert len(claims) == 0, [c.to_dict() for c in claims]


def test_feminine_participle_after_noun_is_no_cue():
    claims = extract("La coureuse assure « avoir couru sans tricher », selon une note écrite qu'elle a relue.")
    assert [c.cue.text for c in claims] == ["assure"]


@pytest.mark.parametrize("text, content", [
    ("La ministre avait exhorté les syndicats à ne « pas bloquer les routes ».", "ne « pas bloquer les routes »"),
    ("Il a promis de ne pas revenir.", "ne pas revenir"),
])
def test_negated_infinitive_content(text, content):
    c = claim_with(extract(text), content)
    assert c.act == "statement"


def test_comparative_que_opens_no_content():
    claims = extract("« Ces litiges se règlent plus vite que les querelles de voisinage », estimait l'avocate.")
    assert [c.cue.text for c in claims] == ["estimait"]


@pytest.mark.parametrize("text, content", [
    ("Il a dit plus tard que tout allait bien.", "tout allait bien"),
    ("Elle a déclaré aussi que le projet avançait.", "le projet avançait"),
])
def test_que_after_time_or_also_still_opens_content(text, content):
    claim_with(extract(text), content)


def test_time_phrase_is_no_object():
    claims = extract("Elle nage chaque matin, comme elle l'avait déjà raconté ces dernières semaines à la radio.")
    assert all(c.content.text != "ces dernières semaines" for c in claims)


def test_object_characterised_as_quote():
    text = "Une élue avait parlé d'un projet de parking près du lac comme d'une « folie coûteuse »."
    c = claim_with(extract(text), "un projet de parking près du lac comme d'une « folie coûteuse »")
    assert c.source.text == "Une élue" and c.form == "mixed"


def test_quote_ending_with_period_ends_its_sentence():
    claims = extract("« J'ai raté le bus, dit-elle. J'ai raté la réunion. » Elle reconnaît avoir « mal dormi », "
                     "expliquant son retard.")
    assert claim_with(claims, "avoir « mal dormi »").source.text == "Elle"
    assert claim_with(claims, "« J'ai raté le bus, dit-elle. J'ai raté la réunion. »").cue.text == "dit-elle"


def test_participial_subject_after_a_colon_quote():
    text = ("« Nous avons tout donné » : le joueur Paul Morel, jugé mardi pour avoir frappé un arbitre, "
            "regrette une « maladresse ».")
    claims = extract(text)
    assert claim_with(claims, "une « maladresse »").source.text == "le joueur Paul Morel"


@pytest.mark.parametrize("text, content, source", [
    ("Le frère de la coureuse, blessé dans la même chute qu'elle, a lui aussi dénoncé « un parcours dangereux ».",
     "« un parcours dangereux »", "Le frère de la coureuse"),
    ("Le syndicat a lui aussi affirmé que la grève continuerait.", "la grève continuerait", "Le syndicat"),
])
def test_emphatic_pronoun_inside_the_verb_group(text, content, source):
    assert claim_with(extract(text), content).source.text == source


@pytest.mark.parametrize("text, content, source", [
    ("Les prix vont baisser, comme l'explique un économiste.", "Les prix vont baisser", "un économiste"),
    ("Pour garder « la forme », comme l'explique une des nageuses.", "Pour garder « la forme »", "une des nageuses"),
])
def test_comparative_incise_names_the_speaker(text, content, source):
    c = claim_with(extract(text), content)
    assert c.source.text == source and c.cue.text == "comme l'explique"


def test_comparative_inside_a_denial_stays_an_accusation():
    claims = extract("Le chauffeur nie avoir roulé vite, comme le prétend le gendarme.")
    assert sorted(c.act for c in claims) == ["accusation", "denial"]


def test_selon_at_start_without_comma():
    claims = extract("Selon le maire il faudra attendre la fin des travaux.")
    c = claim_with(claims, "il faudra attendre la fin des travaux")
    assert c.source.text == "le maire"
    assert not extract("Selon moi il faudra attendre.")


# --- an incise after a quote, whatever its verb ----------------------------------------------------

@pytest.mark.parametrize("text, source, cue", [
    ("« Rien n'est joué », s'amuse le ministre.", "le ministre", "s'amuse"),
    ("« Rien n'est joué », ironise Paul Roux.", "Paul Roux", "ironise"),
    ("« Rien n'est joué », tranche-t-il.", "il", "tranche-t-il"),
    ("« Rien n'est joué », soupire la présidente, avant de partir.", "la présidente", "soupire"),
    ("« Rien n'est joué », n'a eu de cesse de rappeler la ministre.", "la ministre", "n'a eu de cesse de rappeler"),
    ("« Rien n'est joué », a tenu à rappeler la ministre.", "la ministre", "a tenu à rappeler"),
])
def test_unknown_verb_incise(text, source, cue):
    c = claim_with(extract(text), "« Rien n'est joué »")
    assert c.source.text == source and c.cue.text == cue


@pytest.mark.parametrize("text", [
    "« Rien n'est joué », mardi soir.",
    "« Rien n'est joué », une formule reprise partout.",
    "« Les Misérables », film culte de Victor Hugo.",
    "« Le Monde », quotidien du soir.",
    "« Le Monde », journaliste au Monde.",
    "Pendant la « fête des lanternes », tradition locale rythmée de concerts, elle a dansé.",
])
def test_no_incise_without_verb_and_inverted_subject(text):
    assert all(c.cue is None for c in extract(text))


@pytest.mark.parametrize("text, content, source", [
    ("D'après la mairie : « La route restera fermée ».", "« La route restera fermée »", "la mairie"),
    ("Pour la ministre, « la route restera fermée ».", "« la route restera fermée »", "la ministre"),
    ("Pour le gouvernement, la réforme est nécessaire.", "la réforme est nécessaire", "le gouvernement"),
])
def test_according_with_colon_or_title(text, content, source):
    assert claim_with(extract(text), content).source.text == source


def test_pour_with_a_common_noun_is_no_attribution():
    assert not extract("Pour les enfants, la rentrée est un moment difficile.")
