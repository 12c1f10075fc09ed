"""Build held-out set 3 (heldout*.jsonl beside this file) from hand-written paragraphs; offsets computed, never typed.

Span specs: "str" (unique in text), ("str", n) n-th occurrence (0-based), ("str", "anchor") str found inside a unique
anchor. Run: python build.py (builds, then verifies every span); python build.py FILE... only verifies.
Helpers are shared with the other sets: ../heldout_build.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_build import HARD, doc_record, main, upto, word_count  # noqa: E402

OUT = Path(__file__).resolve().parent
DOCS = []
NBSP = {"« ": "«\u00a0", " »": "\u00a0»", " :": "\u00a0:"}


def nbsp(value):
    """French typography with no-break spaces inside guillemets and before colons, applied to text and specs alike."""
    if isinstance(value, str):
        for plain, fine in NBSP.items():
            value = value.replace(plain, fine)
        return value
    if isinstance(value, (tuple, list)):
        return type(value)(nbsp(v) for v in value)
    if isinstance(value, dict):
        return {k: nbsp(v) if k in ("target", "via") else v for k, v in value.items()}
    return value


def doc(doc_id, lang, text, claims, not_claims=(), outlet="", title="", fine_spaces=False):
    if fine_spaces:
        text, title = nbsp(text), nbsp(title)
        claims = [c[:3] + nbsp(c[3:6]) + tuple(nbsp(c[6:7])) for c in claims]
        not_claims = [nbsp(nc) for nc in not_claims]
    n_words = word_count(text)
    assert 80 <= n_words <= 250, (doc_id, n_words)
    meta = {"origin": "written for held-out set 3 (invented events and people)", "outlet": outlet,
            "title": title, "words": n_words}
    DOCS.append(doc_record(doc_id, lang, text, claims, not_claims, meta))


# ====================================================================== French
# fr01 — housing policy, national daily, headline, typographic apostrophes
t = ("Logement : « Aucune famille ne dormira dehors cet hiver », promet le ministre\n\n"
     "Le ministre du Logement, Arnaud Delpierre, a présenté jeudi un plan d’urgence de 400 millions d’euros destiné "
     "à l’hébergement des sans-abri. « Aucune famille ne dormira dehors cet hiver », a-t-il promis à l’issue du "
     "Conseil des ministres. « Nous ouvrirons des places partout où des bâtiments publics sont vides. » Les "
     "associations restent prudentes. Selon la Fédération des acteurs de l’entraide, il manque au moins 15 000 places "
     "dans les seules grandes métropoles. « Ce plan arrive avec deux ans de retard et il est sous-financé », a déploré "
     "son président, Karim Bensaïd, sur franceinfo. L’entourage du ministre conteste ce chiffrage, jugé « très "
     "exagéré ». La présidente du groupe socialiste à l’Assemblée, Nadège Roussel, a pour sa part accusé le "
     "gouvernement de « gérer la misère à coups d’annonces ».")
doc("fr3-01", "fr", t, [
    ("c1", "direct", "statement", ("« Aucune famille ne dormira dehors cet hiver »", 0), "le ministre", "promet",
     {"source_canonical": "Arnaud Delpierre", "note": "headline"}),
    ("c2", "direct", "statement", ("« Aucune famille ne dormira dehors cet hiver »", 1), ("il", "a-t-il promis"),
     "a-t-il promis", {"source_canonical": "Arnaud Delpierre"}),
    ("c3", "direct", "statement", "« Nous ouvrirons des places partout où des bâtiments publics sont vides. »",
     ("il", "a-t-il promis"), None,
     {"difficulty": HARD, "source_canonical": "Arnaud Delpierre", "note": "floating quote continuing the speaker"}),
    ("c4", "indirect", "statement", "il manque au moins 15 000 places dans les seules grandes métropoles",
     "la Fédération des acteurs de l’entraide", "Selon"),
    ("c5", "direct", "statement", "« Ce plan arrive avec deux ans de retard et il est sous-financé »",
     "son président, Karim Bensaïd", "a déploré", {"via": ["franceinfo"]}),
    ("c6", "indirect", "denial", "ce chiffrage", "L’entourage du ministre", "conteste", {"denies": ["c4"]}),
    ("c7", "mixed", "accusation", "« gérer la misère à coups d’annonces »",
     "La présidente du groupe socialiste à l’Assemblée, Nadège Roussel", "a pour sa part accusé",
     {"target": "le gouvernement"}),
], not_claims=["a présenté jeudi un plan d’urgence de 400 millions d’euros"], outlet="quotidien national (FR)",
    title="Logement : « Aucune famille ne dormira dehors cet hiver », promet le ministre")

# fr02 — local justice, AFP style; suspicion, colon quote, "ce que l'intéressé a toujours nié"
t = ("Le maire de Castelnau-sur-Lèze, Patrick Audouard, se trouvait mardi en garde à vue dans le cadre d'une "
     "enquête pour favoritisme, a-t-on appris de source judiciaire. L'élu est soupçonné d'avoir attribué sans mise "
     "en concurrence plusieurs marchés de voirie à une entreprise dirigée par son beau-frère. Selon le parquet de "
     "Toulouse, le montant des contrats en cause dépasserait 1,8 million d'euros. Son avocat, Me Julien Mercadal, "
     "conteste fermement ces soupçons : « Chaque marché a été validé par la commission d'appel d'offres, tout "
     "figure dans les délibérations. » L'opposition municipale accuse pour sa part le maire d'avoir « verrouillé » "
     "le conseil depuis son élection, ce que l'intéressé a toujours nié. Interrogé par La Dépêche, un adjoint a "
     "assuré, sous couvert d'anonymat, que « tout le monde savait ».")
doc("fr3-02", "fr", t, [
    ("c1", "indirect", "statement", "Le maire de Castelnau-sur-Lèze, Patrick Audouard, se trouvait mardi en garde "
     "à vue dans le cadre d'une enquête pour favoritisme", "source judiciaire", "a-t-on appris"),
    ("c2", "indirect", "accusation", "avoir attribué sans mise en concurrence plusieurs marchés de voirie à une "
     "entreprise dirigée par son beau-frère", None, "est soupçonné", {"target": "L'élu"}),
    ("c3", "indirect", "statement", "le montant des contrats en cause dépasserait 1,8 million d'euros",
     "le parquet de Toulouse", "Selon"),
    ("c4", "indirect", "denial", "ces soupçons", "Son avocat, Me Julien Mercadal", "conteste", {"denies": ["c2"]}),
    ("c5", "direct", "denial", upto(t, "« Chaque marché", "délibérations. »"), "Son avocat, Me Julien Mercadal",
     "conteste", {"denies": ["c2"], "note": "quote introduced by a colon"}),
    ("c6", "mixed", "accusation", "avoir « verrouillé » le conseil depuis son élection", "L'opposition municipale",
     "accuse", {"target": ("le maire", "accuse pour sa part le maire")}),
    ("c7", "indirect", "denial", "ce que l'intéressé a toujours nié", "l'intéressé", "a toujours nié",
     {"denies": ["c6"], "source_canonical": "Patrick Audouard"}),
    ("c8", "mixed", "statement", "« tout le monde savait »", "un adjoint", "a assuré", {"via": ["La Dépêche"]}),
], outlet="dépêche d'agence (FR)")

# fr03 — diplomacy, invented states; anaphoric démenti, « C'est faux », apposition; fine no-break spaces
t = ("Le ministère des Affaires étrangères de la Valdorie a accusé lundi l'armée de la Morsanie voisine d'avoir "
     "abattu un drone civil au-dessus du lac Ilmen, dans une zone démilitarisée. « Il s'agit d'une violation "
     "flagrante du cessez-le-feu », a dénoncé son porte-parole, Stefan Orlovic, lors de son point de presse "
     "hebdomadaire. Dans la soirée, Vorsk a démenti ces accusations. « C'est faux. Aucun de nos appareils n'a "
     "ouvert le feu ce jour-là », a affirmé la porte-parole de la présidence morsane, Irina Dalca, citée par "
     "l'agence officielle Morpress. Selon elle, le drone se serait abîmé à la suite d'une panne de moteur. "
     "Valdograd a aussitôt balayé cette explication. Les observateurs de l'OSCE ont indiqué qu'ils n'étaient pas "
     "en mesure de confirmer les faits.")
doc("fr3-03", "fr", t, [
    ("c1", "indirect", "accusation", "avoir abattu un drone civil au-dessus du lac Ilmen, dans une zone "
     "démilitarisée", "Le ministère des Affaires étrangères de la Valdorie", "a accusé",
     {"target": "l'armée de la Morsanie voisine"}),
    ("c2", "direct", "accusation", "« Il s'agit d'une violation flagrante du cessez-le-feu »",
     "son porte-parole, Stefan Orlovic", "a dénoncé"),
    ("c3", "indirect", "denial", "ces accusations", "Vorsk", "a démenti", {"denies": ["c1", "c2"]}),
    ("c4", "direct", "denial", upto(t, "« C'est faux.", "ce jour-là »"),
     "la porte-parole de la présidence morsane, Irina Dalca", "a affirmé",
     {"denies": ["c1", "c2"], "via": ["l'agence officielle Morpress"]}),
    ("c5", "indirect", "statement", "le drone se serait abîmé à la suite d'une panne de moteur", ("elle", "Selon elle"),
     "Selon", {"source_canonical": "Irina Dalca"}),
    ("c6", "indirect", "denial", "cette explication", "Valdograd", "a aussitôt balayé", {"denies": ["c5"]}),
    ("c7", "indirect", "statement", "ils n'étaient pas en mesure de confirmer les faits", "Les observateurs de l'OSCE",
     "ont indiqué"),
], outlet="dépêche d'agence internationale (FR)", fine_spaces=True)

# fr04 — industry, Belgian daily; passive accusation with agent, denial sharing no words, floating quote
t = ("Le constructeur de bus Meulemans Mobility va fermer son site de Seneffe d'ici à la fin de l'année, ont "
     "annoncé mercredi les syndicats à l'issue d'un conseil d'entreprise extraordinaire. Quelque 420 emplois sont "
     "menacés. La direction est accusée par la FGTB d'avoir « délibérément laissé mourir » l'usine en y transférant "
     "de moins en moins de commandes. « On a vu les chaînes se vider mois après mois, et on nous disait de ne pas "
     "nous inquiéter », raconte Nathalie Coppens, déléguée principale. Contactée, la direction assure que « les "
     "volumes n'ont jamais été artificiellement réduits ». Selon son porte-parole, Dirk Vanhoutte, la chute des "
     "commandes s'explique par la fin d'un contrat avec une société de transport public. « Personne n'a organisé "
     "quoi que ce soit. Le marché a changé, c'est tout. » Le ministre wallon de l'Economie s'est dit « choqué » par "
     "la méthode.")
doc("fr3-04", "fr", t, [
    ("c1", "indirect", "statement", "Le constructeur de bus Meulemans Mobility va fermer son site de Seneffe d'ici à "
     "la fin de l'année", "les syndicats", "ont annoncé"),
    ("c2", "mixed", "accusation", "avoir « délibérément laissé mourir » l'usine en y transférant de moins en moins "
     "de commandes", "la FGTB", "est accusée", {"target": "La direction"}),
    ("c3", "direct", "statement", upto(t, "« On a vu", "inquiéter »"), "Nathalie Coppens, déléguée principale",
     "raconte"),
    ("c4", "mixed", "denial", "« les volumes n'ont jamais été artificiellement réduits »", ("la direction", "la "
     "direction assure"), "assure", {"denies": ["c2"], "difficulty": HARD}),
    ("c5", "indirect", "statement", "la chute des commandes s'explique par la fin d'un contrat avec une société de "
     "transport public", "son porte-parole, Dirk Vanhoutte", "Selon"),
    ("c6", "direct", "denial", "« Personne n'a organisé quoi que ce soit. Le marché a changé, c'est tout. »",
     "son porte-parole, Dirk Vanhoutte", None,
     {"denies": ["c2"], "difficulty": HARD, "note": "floating quote; denial sharing no words with the accusation"}),
    ("c7", "mixed", "statement", "« choqué » par la méthode", "Le ministre wallon de l'Economie", "s'est dit"),
], not_claims=["Quelque 420 emplois sont menacés"], outlet="quotidien belge")

# fr05 — energy project, Radio-Canada style; "selon moi" inside a quote, counter-claim as denial
t = ("La communauté de Mistawak s’oppose au projet de centrale hydroélectrique sur la rivière Sauvagine. Le chef, "
     "Daniel Pinesse, affirme que son conseil n’a jamais été consulté sur le tracé des lignes de transport. « On a "
     "appris ça dans le journal. Selon moi, c’est un manque de respect élémentaire », a-t-il lancé en entrevue à "
     "Radio-Canada. Hydro-Nordik soutient au contraire avoir tenu quatre séances d’information dans la communauté "
     "depuis 2023. « Nous avons des procès-verbaux signés », fait valoir la porte-parole de la société d’État, Julie "
     "Tremblay-Roy. Le chef Pinesse n’en démord pas. « Des séances d’information, ce n’est pas une consultation », "
     "réplique-t-il. La ministre de l’Économie et de l’Énergie a indiqué par courriel que le dossier « suit son "
     "cours ».")
doc("fr3-05", "fr", t, [
    ("c1", "indirect", "statement", "son conseil n’a jamais été consulté sur le tracé des lignes de transport",
     "Le chef, Daniel Pinesse", "affirme"),
    ("c2", "direct", "statement", upto(t, "« On a appris", "élémentaire »"), ("il", "a-t-il lancé"), "a-t-il lancé",
     {"source_canonical": "Daniel Pinesse", "via": ["Radio-Canada"]}),
    ("c3", "indirect", "denial", "avoir tenu quatre séances d’information dans la communauté depuis 2023",
     "Hydro-Nordik", "soutient", {"denies": ["c1"], "difficulty": HARD, "note": "counter-claim, no denial verb"}),
    ("c4", "direct", "statement", "« Nous avons des procès-verbaux signés »",
     "la porte-parole de la société d’État, Julie Tremblay-Roy", "fait valoir"),
    ("c5", "direct", "denial", "« Des séances d’information, ce n’est pas une consultation »",
     ("il", "réplique-t-il"), "réplique-t-il",
     {"denies": ["c3"], "difficulty": HARD, "source_canonical": "Daniel Pinesse"}),
    ("c6", "mixed", "statement", "le dossier « suit son cours »", "La ministre de l’Économie et de l’Énergie",
     "a indiqué", {"via": ["courriel"]}),
], not_claims=["c’est un manque de respect élémentaire", "Le chef Pinesse n’en démord pas"],
    outlet="radio-télévision publique (QC)")

# fr06 — doping, sports daily; "clame son innocence", denial on a social network, colon quote after a non-verb cue
t = ("Le coureur de l'équipe Arvel-Cycles Mathis Garnier a été contrôlé positif à l'EPO lors du Tour du Vercors, a "
     "annoncé vendredi l'Agence française de lutte contre le dopage (AFLD). L'intéressé clame son innocence. « Je "
     "n'ai jamais rien pris de ma vie. Jamais », a-t-il écrit dimanche sur Instagram, se disant victime d'un "
     "« cafouillage » du laboratoire. Selon Le Dauphiné libéré, l'échantillon B doit être analysé dans les quinze "
     "jours. L'AFLD rappelle que la procédure « garantit pleinement les droits de la défense ». Son manager, Éric "
     "Lavaud, se montre plus prudent : « S'il a triché, il partira. S'il n'a pas triché, on le défendra jusqu'au "
     "bout. » Le coureur avait déjà été suspendu trois mois en 2022 pour un manquement aux obligations de "
     "localisation.")
doc("fr3-06", "fr", t, [
    ("c1", "indirect", "statement", "Le coureur de l'équipe Arvel-Cycles Mathis Garnier a été contrôlé positif à "
     "l'EPO lors du Tour du Vercors", "l'Agence française de lutte contre le dopage (AFLD)", "a annoncé"),
    ("c2", "indirect", "denial", "son innocence", "L'intéressé", "clame",
     {"denies": ["c1"], "source_canonical": "Mathis Garnier"}),
    ("c3", "direct", "denial", "« Je n'ai jamais rien pris de ma vie. Jamais »", ("il", "a-t-il écrit"),
     "a-t-il écrit", {"denies": ["c1"], "source_canonical": "Mathis Garnier", "via": ["Instagram"]}),
    ("c4", "mixed", "denial", "victime d'un « cafouillage » du laboratoire", ("il", "a-t-il écrit"), "se disant",
     {"denies": ["c1"], "difficulty": HARD, "source_canonical": "Mathis Garnier"}),
    ("c5", "indirect", "statement", "l'échantillon B doit être analysé dans les quinze jours", "Le Dauphiné libéré",
     "Selon"),
    ("c6", "mixed", "statement", "la procédure « garantit pleinement les droits de la défense »",
     ("L'AFLD", "L'AFLD rappelle"), "rappelle",
     {"source_canonical": "l'Agence française de lutte contre le dopage (AFLD)"}),
    ("c7", "direct", "statement", upto(t, "« S'il a triché", "bout. »"), "Son manager, Éric Lavaud",
     "se montre plus prudent", {"note": "quote introduced by a colon after a non-speech verb"}),
], not_claims=["Le coureur avait déjà été suspendu trois mois en 2022"], outlet="quotidien sportif (FR)")

# fr07 — hospital, regional daily; figures disputed, « Ces chiffres ne correspondent à rien », relative-pronoun source
t = ("Les urgences de l'hôpital de Montbrison-le-Vieux fermeront la nuit à partir du 1er décembre, faute de "
     "médecins, a confirmé lundi l'agence régionale de santé (ARS). La décision suscite la colère des soignants. "
     "« On nous demande de faire tourner un service avec la moitié de l'effectif », dénonce Sandrine Valette, "
     "infirmière et déléguée Sud Santé. D'après le syndicat, quarante postes d'infirmiers seraient vacants depuis le "
     "printemps. « Ces chiffres ne correspondent à rien », a réagi auprès de l'AFP le directeur de l'établissement, "
     "Franck Oudin, qui évoque « une douzaine » de postes non pourvus. Il accuse par ailleurs le syndicat "
     "d'« affoler la population ». Sud Santé appelle à un rassemblement jeudi devant la mairie.")
doc("fr3-07", "fr", t, [
    ("c1", "indirect", "statement", "Les urgences de l'hôpital de Montbrison-le-Vieux fermeront la nuit à partir du "
     "1er décembre, faute de médecins", "l'agence régionale de santé (ARS)", "a confirmé"),
    ("c2", "direct", "accusation", "« On nous demande de faire tourner un service avec la moitié de l'effectif »",
     "Sandrine Valette, infirmière et déléguée Sud Santé", "dénonce"),
    ("c3", "indirect", "statement", "quarante postes d'infirmiers seraient vacants depuis le printemps",
     ("le syndicat", "D'après le syndicat"), "D'après"),
    ("c4", "direct", "denial", "« Ces chiffres ne correspondent à rien »",
     "le directeur de l'établissement, Franck Oudin", "a réagi", {"denies": ["c3"], "via": ["l'AFP"]}),
    ("c5", "mixed", "denial", "« une douzaine » de postes non pourvus", ("qui", "qui évoque"), "évoque",
     {"denies": ["c3"], "difficulty": HARD, "source_canonical": "Franck Oudin"}),
    ("c6", "mixed", "accusation", "« affoler la population »", ("Il", "Il accuse"), "accuse",
     {"target": ("le syndicat", "accuse par ailleurs le syndicat"), "source_canonical": "Franck Oudin"}),
], not_claims=["Sud Santé appelle à un rassemblement jeudi devant la mairie"], outlet="quotidien régional (FR)")

# fr08 — floods, reportage; quote over two paragraphs, "Un chiffre que conteste X, selon lequel ..."
t = ("Trois semaines après la crue de la Dourbie, les habitants de Saint-Ferréol-des-Prés attendent toujours les "
     "indemnisations promises. Assise devant sa maison éventrée, Josiane Maurel, 71 ans, raconte la nuit du "
     "9 octobre.\n"
     "« L'eau est montée d'un mètre en vingt minutes. On a juste eu le temps de grimper à l'étage avec le chien.\n"
     "« Depuis, on vit chez ma fille, en ville. L'assureur est venu une fois, il a pris des photos, et plus rien. »\n"
     "La préfecture assure que 80 % des dossiers ont été instruits. Un chiffre que conteste le collectif des "
     "sinistrés, selon lequel à peine un foyer sur trois a reçu une avance. « Les gens craquent », témoigne son "
     "porte-parole, Bruno Fabre. Le maire, Alain Couderc, reconnaît « des lenteurs », mais rejette toute "
     "responsabilité de la commune.")
doc("fr3-08", "fr", t, [
    ("c1", "direct", "statement", upto(t, "« L'eau est montée", "plus rien. »"), "Josiane Maurel", "raconte",
     {"difficulty": HARD, "note": "quote over two paragraphs after the sentence naming the speaker"}),
    ("c2", "indirect", "statement", "80 % des dossiers ont été instruits", "La préfecture",
     ("assure", "préfecture assure")),
    ("c3", "indirect", "denial", "Un chiffre que conteste le collectif des sinistrés", "le collectif des sinistrés",
     "conteste", {"denies": ["c2"]}),
    ("c4", "indirect", "statement", "à peine un foyer sur trois a reçu une avance", ("lequel", "selon lequel"),
     "selon", {"difficulty": HARD, "source_canonical": "le collectif des sinistrés"}),
    ("c5", "direct", "statement", "« Les gens craquent »", "son porte-parole, Bruno Fabre", "témoigne"),
    ("c6", "mixed", "statement", "« des lenteurs »", "Le maire, Alain Couderc", "reconnaît"),
    ("c7", "indirect", "denial", "toute responsabilité de la commune", "Le maire, Alain Couderc", "rejette"),
], outlet="quotidien national (FR), reportage")

# fr09 — pollution, NGO report with a quoted title; "dément avoir", qualifying the report, self-description
t = ("Dans un rapport intitulé « Rivières sous perfusion », publié mardi, l'association Eau Vive Bretagne accuse le "
     "groupe agroalimentaire Kerval d'avoir rejeté des effluents non traités dans le Lédan à au moins six reprises "
     "depuis 2021. Les militants affirment disposer de prélèvements réalisés par un laboratoire indépendant. Le "
     "groupe dément formellement avoir enfreint son autorisation de rejet. « Nos installations sont contrôlées "
     "chaque mois par les services de l'Etat », a réagi son directeur industriel, Yann Kerbrat, dans un communiqué. "
     "Il qualifie le rapport d'« opération de communication ». Pour la préfecture, aucun dépassement n'a été "
     "constaté lors des inspections de l'an dernier. L'association, qui se présente comme « lanceuse d'alerte », "
     "a déposé plainte mercredi auprès du parquet.")
doc("fr3-09", "fr", t, [
    ("c1", "indirect", "accusation", "avoir rejeté des effluents non traités dans le Lédan à au moins six reprises "
     "depuis 2021", "l'association Eau Vive Bretagne", "accuse",
     {"target": "le groupe agroalimentaire Kerval", "via": ["un rapport"]}),
    ("c2", "indirect", "statement", "disposer de prélèvements réalisés par un laboratoire indépendant", "Les militants",
     "affirment", {"source_canonical": "l'association Eau Vive Bretagne"}),
    ("c3", "indirect", "denial", "avoir enfreint son autorisation de rejet", "Le groupe", "dément",
     {"denies": ["c1"], "source_canonical": "le groupe agroalimentaire Kerval"}),
    ("c4", "direct", "denial", "« Nos installations sont contrôlées chaque mois par les services de l'Etat »",
     "son directeur industriel, Yann Kerbrat", "a réagi",
     {"denies": ["c1"], "difficulty": HARD, "via": ["un communiqué"]}),
    ("c5", "mixed", "denial", "le rapport d'« opération de communication »", ("Il", "Il qualifie"), "qualifie",
     {"denies": ["c1"], "difficulty": HARD, "source_canonical": "Yann Kerbrat"}),
    ("c6", "indirect", "statement", "aucun dépassement n'a été constaté lors des inspections de l'an dernier",
     "la préfecture", "Pour"),
], not_claims=["Rivières sous perfusion", "lanceuse d'alerte", "a déposé plainte mercredi auprès du parquet"],
    outlet="quotidien régional (FR)")

# fr10 — local vote, Swiss daily; poll, reproche, "selon X" after a denying noun phrase
t = ("Le projet de parc éolien du Mont-Gélinaz divise les habitants de Vallorbaz (VD), appelés aux urnes le "
     "22 septembre. Selon un sondage réalisé pour La Gazette du Jorat, 54 % des votants y seraient opposés. Les "
     "promoteurs, eux, ne s’avouent pas vaincus. « Huit éoliennes, c’est l’électricité de 12 000 ménages », a plaidé "
     "samedi le président de la société Alpenwind, Reto Gasser, lors d’une séance publique. Le comité référendaire "
     "lui reproche d’avoir minimisé l’impact sur les oiseaux migrateurs. « Leur étude d’impact a été bouclée en trois "
     "semaines, en plein hiver », fustige sa présidente, Marianne Jaquier. Une affirmation « inexacte », selon Reto "
     "Gasser, qui assure que les relevés ont duré « une année complète ». Le Conseil d’Etat vaudois ne donne pas de "
     "consigne de vote.")
doc("fr3-10", "fr", t, [
    ("c1", "indirect", "statement", "54 % des votants y seraient opposés",
     "un sondage réalisé pour La Gazette du Jorat", "Selon"),
    ("c2", "direct", "statement", "« Huit éoliennes, c’est l’électricité de 12 000 ménages »",
     "le président de la société Alpenwind, Reto Gasser", "a plaidé"),
    ("c3", "indirect", "accusation", "avoir minimisé l’impact sur les oiseaux migrateurs", "Le comité référendaire",
     "reproche", {"target": ("lui", "lui reproche")}),
    ("c4", "direct", "accusation", "« Leur étude d’impact a été bouclée en trois semaines, en plein hiver »",
     "sa présidente, Marianne Jaquier", "fustige"),
    ("c5", "mixed", "denial", "Une affirmation « inexacte »", ("Reto Gasser", "selon Reto Gasser"), "selon",
     {"denies": ["c4"]}),
    ("c6", "mixed", "denial", "les relevés ont duré « une année complète »", ("qui", "qui assure"), "assure",
     {"denies": ["c4"], "difficulty": HARD, "source_canonical": "Reto Gasser"}),
], not_claims=["Le Conseil d’Etat vaudois ne donne pas de consigne de vote"], outlet="quotidien suisse romand")

# fr11 — arson, regional/AFP; source proche de l'enquête, colon denial of a rumour, denial relayed by a lawyer
t = ("Un homme de 34 ans a été interpellé dimanche à Saint-Aubin-les-Forges après l'incendie qui a détruit la salle "
     "polyvalente de la commune dans la nuit de vendredi à samedi. Selon une source proche de l'enquête, le suspect "
     "aurait été filmé par une caméra de vidéoprotection quelques minutes avant le départ du feu. « Les "
     "investigations se poursuivent pour déterminer son mobile », a déclaré lundi la procureure de la République de "
     "Vauclerc, Catherine Domergue, lors d'une conférence de presse. Sur les réseaux sociaux, plusieurs messages "
     "affirmaient que l'incendie était lié à un projet d'accueil de réfugiés. La procureure a fermement démenti : "
     "« Rien, à ce stade, ne permet d'établir un tel lien. » L'homme, déjà connu des services de police, conteste "
     "toute implication, d'après son avocat.")
doc("fr3-11", "fr", t, [
    ("c1", "indirect", "statement", "le suspect aurait été filmé par une caméra de vidéoprotection quelques minutes "
     "avant le départ du feu", "une source proche de l'enquête", "Selon"),
    ("c2", "direct", "statement", "« Les investigations se poursuivent pour déterminer son mobile »",
     "la procureure de la République de Vauclerc, Catherine Domergue", "a déclaré"),
    ("c3", "indirect", "statement", "l'incendie était lié à un projet d'accueil de réfugiés", "plusieurs messages",
     "affirmaient", {"via": ["les réseaux sociaux"]}),
    ("c4", "direct", "denial", "« Rien, à ce stade, ne permet d'établir un tel lien. »", "La procureure",
     "a fermement démenti",
     {"denies": ["c3"], "source_canonical": "Catherine Domergue", "note": "quote introduced by a colon"}),
    ("c5", "indirect", "denial", "toute implication", "L'homme, déjà connu des services de police", "conteste",
     {"denies": ["c1"], "difficulty": HARD, "via": ["son avocat"]}),
], not_claims=["Un homme de 34 ans a été interpellé dimanche à Saint-Aubin-les-Forges"],
    outlet="quotidien régional (FR)")

# fr12 — culture, open letter; accusation by a text, quoted film title, denial in a statement
t = ("Le directeur artistique du Festival international du court métrage de Lormes, Vincent Achard, est visé par une "
     "tribune signée par une trentaine d'anciennes collaboratrices. Publié jeudi dans L'Hebdo culturel, le texte "
     "l'accuse d'avoir « instauré un climat de peur » et d'avoir humilié publiquement plusieurs stagiaires. « Nous "
     "avons toutes quitté le festival en pensant que c'était normal », écrivent les signataires. Vincent Achard a "
     "réagi dans la soirée. « Ces allégations sont mensongères et je me réserve le droit de poursuivre leurs "
     "auteurs », a-t-il indiqué dans un communiqué transmis à l'AFP. Contactée, la ministre de la Culture a jugé les "
     "faits décrits « d'une extrême gravité ». Le conseil d'administration du festival l'a suspendu de ses "
     "fonctions à titre conservatoire. Son dernier film, « Les Nuits de Sorel », sort en salles le 12 mars.")
doc("fr3-12", "fr", t, [
    ("c1", "mixed", "accusation", "avoir « instauré un climat de peur » et d'avoir humilié publiquement plusieurs "
     "stagiaires", "le texte", "accuse",
     {"target": ("l'", "l'accuse"), "source_canonical": "une tribune signée par une trentaine d'anciennes "
      "collaboratrices"}),
    ("c2", "direct", "statement", "« Nous avons toutes quitté le festival en pensant que c'était normal »",
     "les signataires", "écrivent"),
    ("c3", "direct", "denial", upto(t, "« Ces allégations", "auteurs »"), ("il", "a-t-il indiqué"), "a-t-il indiqué",
     {"denies": ["c1"], "source_canonical": "Vincent Achard", "via": ["un communiqué", "l'AFP"]}),
    ("c4", "mixed", "statement", "les faits décrits « d'une extrême gravité »", "la ministre de la Culture",
     "a jugé"),
], not_claims=["Les Nuits de Sorel", "Vincent Achard a réagi dans la soirée",
                "Le conseil d'administration du festival l'a suspendu de ses fonctions à titre conservatoire"],
    outlet="quotidien national (FR)")

# fr13 — strike figures, headline without a claim; "qui accuse", anaphoric denial on TV followed by a colon quote
t = ("Grève des enseignants : bataille de chiffres entre le ministère et les syndicats\n\n"
     "Selon le ministère de l'Education nationale, 18,6 % des enseignants du primaire étaient en grève mardi. Les "
     "syndicats avancent un tout autre chiffre : plus d'un professeur des écoles sur deux aurait cessé le travail, "
     "d'après l'intersyndicale. « Le ministère compte les grévistes comme ça l'arrange », a ironisé la secrétaire "
     "générale de la Fédération unitaire des enseignants, Sophie Lacaze, qui accuse la Rue de Grenelle de "
     "« maquiller » la mobilisation. Le ministre, Bertrand Vial, a balayé ces critiques mardi soir sur France 2 : "
     "« Nos chiffres sont ceux que font remonter les écoles, pas des estimations au doigt mouillé. » Une nouvelle "
     "journée d'action est prévue le 4 février.")
doc("fr3-13", "fr", t, [
    ("c1", "indirect", "statement", "18,6 % des enseignants du primaire étaient en grève mardi",
     "le ministère de l'Education nationale", "Selon"),
    ("c2", "indirect", "statement", "plus d'un professeur des écoles sur deux aurait cessé le travail",
     "l'intersyndicale", "d'après"),
    ("c3", "direct", "statement", "« Le ministère compte les grévistes comme ça l'arrange »",
     "la secrétaire générale de la Fédération unitaire des enseignants, Sophie Lacaze", "a ironisé"),
    ("c4", "mixed", "accusation", "« maquiller » la mobilisation", ("qui", "qui accuse"), "accuse",
     {"target": "la Rue de Grenelle", "source_canonical": "Sophie Lacaze"}),
    ("c5", "indirect", "denial", "ces critiques", "Le ministre, Bertrand Vial", "a balayé",
     {"denies": ["c3", "c4"], "via": ["France 2"]}),
    ("c6", "direct", "denial", upto(t, "« Nos chiffres", "mouillé. »"), "Le ministre, Bertrand Vial", "a balayé",
     {"denies": ["c2", "c3", "c4"], "note": "quote introduced by a colon"}),
], not_claims=["bataille de chiffres entre le ministère et les syndicats",
                "Une nouvelle journée d'action est prévue le 4 février"], outlet="quotidien national (FR)",
    title="Grève des enseignants : bataille de chiffres entre le ministère et les syndicats")

# fr14 — EU competition case; agentless suspicion, "a nié que", accusation by participle, floating quote
t = ("La Commission européenne a ouvert vendredi une procédure d'infraction contre la Lusanie, soupçonnée d'avoir "
     "subventionné illégalement sa compagnie aérienne nationale. « Les règles du marché intérieur s'appliquent à "
     "tous les Etats membres, sans exception », a rappelé le porte-parole de l'exécutif européen chargé de la "
     "concurrence, Pieter Van Rossem. Le gouvernement lusanien a nié que les 600 millions d'euros versés à LusAir "
     "constituent une aide d'Etat, évoquant un « simple prêt remboursable ». Son Premier ministre, Tomas Ravelo, est "
     "allé plus loin, accusant Bruxelles de « s'acharner » sur les petits pays. « La Commission ne dit pas un mot "
     "quand les grands pays sauvent leurs champions », a-t-il lancé devant le Parlement. « Nous irons devant la "
     "Cour de justice s'il le faut. » Bruxelles rejette catégoriquement tout traitement de faveur.")
doc("fr3-14", "fr", t, [
    ("c1", "indirect", "accusation", "avoir subventionné illégalement sa compagnie aérienne nationale", None,
     "soupçonnée", {"target": ("la Lusanie", "contre la Lusanie")}),
    ("c2", "direct", "statement", upto(t, "« Les règles", "sans exception »"),
     "le porte-parole de l'exécutif européen chargé de la concurrence, Pieter Van Rossem", "a rappelé"),
    ("c3", "indirect", "denial", "les 600 millions d'euros versés à LusAir constituent une aide d'Etat",
     "Le gouvernement lusanien", "a nié", {"denies": ["c1"]}),
    ("c4", "mixed", "denial", "un « simple prêt remboursable »", "Le gouvernement lusanien", "évoquant",
     {"denies": ["c1"], "difficulty": HARD}),
    ("c5", "mixed", "accusation", "« s'acharner » sur les petits pays", "Son Premier ministre, Tomas Ravelo",
     "accusant", {"target": ("Bruxelles", "accusant Bruxelles")}),
    ("c6", "direct", "statement", upto(t, "« La Commission ne dit", "champions »"), ("il", "a-t-il lancé"),
     "a-t-il lancé", {"source_canonical": "Tomas Ravelo"}),
    ("c7", "direct", "statement", "« Nous irons devant la Cour de justice s'il le faut. »", ("il", "a-t-il lancé"),
     None, {"difficulty": HARD, "source_canonical": "Tomas Ravelo", "note": "floating quote continuing the speaker"}),
    ("c8", "indirect", "denial", "tout traitement de faveur", ("Bruxelles", "Bruxelles rejette"), "rejette",
     {"denies": ["c5", "c6"], "difficulty": HARD, "source_canonical": "La Commission européenne"}),
], not_claims=["La Commission européenne a ouvert vendredi une procédure d'infraction contre la Lusanie"],
    outlet="dépêche d'agence (FR), Europe")

# ====================================================================== English
# en01 — state politics, AP style; accusation, categorical denial, "That is simply false", according to at the end
t = ('CARVER CITY (AP) — The state auditor accused Gov. Dale Whitcomb\'s administration on Tuesday of steering '
     '$14 million in flood relief money to counties run by his political allies. In a 60-page report, Auditor Maria '
     'Esposito said at least nine grants were approved without the required damage assessments. "The money went '
     'where the votes were, not where the water was," Esposito told reporters at the Capitol. A spokesman for the '
     'governor, Kyle Brandt, categorically denied the allegations. "That is simply false. Every dollar followed the '
     'federal formula," Brandt said in a statement. He called the report "a political document dressed up as an '
     'audit." Two of the nine counties never filed damage claims at all, according to records reviewed by The '
     'Associated Press. Whitcomb, a Republican, is seeking a third term in November.')
doc("en3-01", "en", t, [
    ("c1", "indirect", "accusation", "steering $14 million in flood relief money to counties run by his political "
     "allies", "The state auditor", "accused",
     {"target": "Gov. Dale Whitcomb's administration", "source_canonical": "Auditor Maria Esposito"}),
    ("c2", "indirect", "statement", "at least nine grants were approved without the required damage assessments",
     "Auditor Maria Esposito", ("said", "Esposito said"), {"via": ["a 60-page report"]}),
    ("c3", "direct", "statement", '"The money went where the votes were, not where the water was,"',
     ("Esposito", "Esposito told"), "told", {"source_canonical": "Auditor Maria Esposito"}),
    ("c4", "indirect", "denial", "the allegations", "A spokesman for the governor, Kyle Brandt", "denied",
     {"denies": ["c1", "c2", "c3"]}),
    ("c5", "direct", "denial", '"That is simply false. Every dollar followed the federal formula,"',
     ("Brandt", "Brandt said"), ("said", "Brandt said"),
     {"denies": ["c1", "c2", "c3"], "source_canonical": "Kyle Brandt", "via": ["a statement"]}),
    ("c6", "mixed", "denial", 'the report "a political document dressed up as an audit."', "He", "called",
     {"denies": ["c1", "c2"], "difficulty": HARD, "source_canonical": "Kyle Brandt"}),
    ("c7", "indirect", "statement", "Two of the nine counties never filed damage claims at all",
     "records reviewed by The Associated Press", "according to"),
], not_claims=["Whitcomb, a Republican, is seeking a third term in November"], outlet="US wire (AP style)")

# en02 — mining, Reuters style; people familiar with the matter, declined to comment, anonymous executive
t = ('Copper miner Halvard Resources is preparing to cut about 1,500 jobs at its Tierra Roja complex in northern '
     'Chile, according to two people familiar with the matter. The cuts, which could be announced as early as next '
     'week, would be the largest in the company\'s 40-year history, one of the people said. Halvard declined to '
     'comment. The national mining union federation said the company had already stopped hiring contract workers '
     'in August and accused management of "preparing the ground" for an exit from the country. A Halvard executive, '
     'speaking on condition of anonymity because he was not authorized to speak publicly, disputed that '
     'characterization. "We are not leaving Chile. We are adjusting to prices," he said. Copper prices have fallen '
     '18% since March.')
doc("en3-02", "en", t, [
    ("c1", "indirect", "statement", "Copper miner Halvard Resources is preparing to cut about 1,500 jobs at its "
     "Tierra Roja complex in northern Chile", "two people familiar with the matter", "according to"),
    ("c2", "indirect", "statement", "The cuts, which could be announced as early as next week, would be the largest "
     "in the company's 40-year history", "one of the people", ("said", "people said"),
     {"source_canonical": "two people familiar with the matter"}),
    ("c3", "indirect", "statement", "the company had already stopped hiring contract workers in August",
     "The national mining union federation", ("said", "federation said")),
    ("c4", "mixed", "accusation", '"preparing the ground" for an exit from the country',
     "The national mining union federation", "accused", {"target": "management"}),
    ("c5", "indirect", "denial", "that characterization", "A Halvard executive", "disputed", {"denies": ["c4"]}),
    ("c6", "direct", "denial", '"We are not leaving Chile. We are adjusting to prices,"', ("he", "he said"),
     ("said", "he said"), {"denies": ["c4"], "source_canonical": "A Halvard executive"}),
], not_claims=["Halvard declined to comment", "Copper prices have fallen 18% since March"],
    outlet="international wire (Reuters style)")

# en03 — NHS review, BBC style; headline with scare quotes, quote over two paragraphs, "rejected claims that"
t = ("Hospital trust 'misled' families over baby deaths, report finds\n\n"
     "An NHS trust in the north of England misled bereaved families about the causes of at least 11 baby deaths, an "
     "independent review has found. The report, led by senior midwife Dr Helen Marsh, says staff at Ashby General "
     "Hospital repeatedly described deaths as \"unavoidable\" when failings had been identified internally. Sarah "
     "Pollard, whose son Jacob died in 2021, told the BBC she felt \"lied to for three years\".\n"
     "\"They sat across the table from us and said nothing could have been done. They knew that wasn't true.\n"
     "\"I want the people who wrote those letters to answer for it.\"\n"
     "Ashby and District NHS Foundation Trust said it \"fully accepted\" the findings and apologised. Its chief "
     "executive, Martin Dell, rejected claims that there had been a deliberate cover-up, saying the failures were "
     "\"systemic, not individual\".")
doc("en3-03", "en", t, [
    ("c1", "mixed", "statement", "Hospital trust 'misled' families over baby deaths", ("report", "report finds"),
     "finds", {"note": "headline", "source_canonical": "an independent review"}),
    ("c2", "indirect", "statement", "An NHS trust in the north of England misled bereaved families about the causes "
     "of at least 11 baby deaths", "an independent review", "has found"),
    ("c3", "mixed", "statement", "staff at Ashby General Hospital repeatedly described deaths as \"unavoidable\" "
     "when failings had been identified internally", "The report, led by senior midwife Dr Helen Marsh", "says"),
    ("c4", "mixed", "statement", "she felt \"lied to for three years\"",
     "Sarah Pollard, whose son Jacob died in 2021", "told", {"via": ["the BBC"]}),
    ("c5", "direct", "statement", upto(t, "\"They sat", "answer for it.\""), ("she", "she felt"), None,
     {"difficulty": HARD, "source_canonical": "Sarah Pollard", "note": "quote over two paragraphs, no cue"}),
    ("c6", "mixed", "statement", "it \"fully accepted\" the findings and apologised",
     "Ashby and District NHS Foundation Trust", ("said", "Trust said")),
    ("c7", "indirect", "denial", "there had been a deliberate cover-up", "Its chief executive, Martin Dell",
     "rejected claims", {"denies": ["c4", "c5"], "difficulty": HARD}),
    ("c8", "mixed", "statement", "the failures were \"systemic, not individual\"", "Its chief executive, Martin Dell",
     "saying"),
], outlet="UK public broadcaster (BBC style)", title="Hospital trust 'misled' families over baby deaths, report finds")

# en04 — fraud trial; agentless "is accused of", denial without a denial verb, "is lying" answering a witness
t = ('Federal prosecutors told jurors on Monday that former Pinecrest Bank executive Gregory Lamont personally '
     'approved $230 million in loans he knew would never be repaid. Lamont, 58, is accused of conspiring with two '
     'property developers to hide the bank\'s losses from regulators. "This was not bad luck. It was a plan," '
     'Assistant U.S. Attorney Rachel Kim said in her opening statement. Defense attorney Paul Ostrowski told the '
     'jury that his client had relied on the advice of the bank\'s risk officers and had "never hidden a thing." The '
     'government\'s key witness, former loan officer Dennis Hale, is expected to testify that Lamont ordered him to '
     'backdate documents. "Dennis Hale is lying to save himself," Ostrowski said outside the courthouse. The trial '
     'is expected to last six weeks.')
doc("en3-04", "en", t, [
    ("c1", "indirect", "statement", "former Pinecrest Bank executive Gregory Lamont personally approved $230 million "
     "in loans he knew would never be repaid", "Federal prosecutors", ("told", "prosecutors told")),
    ("c2", "indirect", "accusation", "conspiring with two property developers to hide the bank's losses from "
     "regulators", None, "is accused", {"target": ("Lamont", "Lamont, 58")}),
    ("c3", "direct", "statement", '"This was not bad luck. It was a plan,"', "Assistant U.S. Attorney Rachel Kim",
     ("said", "Kim said"), {"via": ["her opening statement"]}),
    ("c4", "mixed", "denial", "his client had relied on the advice of the bank's risk officers and had \"never "
     "hidden a thing.\"", "Defense attorney Paul Ostrowski", ("told", "Ostrowski told"),
     {"denies": ["c1", "c2"], "difficulty": HARD}),
    ("c5", "indirect", "statement", "Lamont ordered him to backdate documents",
     "The government's key witness, former loan officer Dennis Hale", "is expected to testify"),
    ("c6", "direct", "denial", '"Dennis Hale is lying to save himself,"', ("Ostrowski", "Ostrowski said"),
     ("said", "Ostrowski said"), {"denies": ["c5"], "source_canonical": "Paul Ostrowski"}),
], not_claims=["The trial is expected to last six weeks"], outlet="US wire (AP style), courts")

# en05 — border shelling, invented states; headline accusation and denial, dismissed as, anonymous official
t = ("Korvath accuses neighbour of shelling border villages; Nesra calls claims 'fabricated'\n\n"
     "Korvath's foreign ministry on Saturday accused neighbouring Nesra of shelling three villages along their "
     "disputed border, killing at least four civilians. \"These were deliberate strikes on homes,\" ministry "
     "spokeswoman Alina Radu told a news conference in the capital, Tarvik. The shelling began shortly after "
     "midnight and lasted nearly two hours, according to local officials. Nesra's defence ministry dismissed the "
     "accusations as \"fabricated\" and said its forces had not fired a single shell. \"We have nothing to do with "
     "this tragedy,\" a senior Nesran military official told Reuters, speaking on condition of anonymity. The United "
     "Nations said it was \"deeply concerned\" and called for an independent investigation. Independent verification "
     "of either side's account was not immediately possible.")
doc("en3-05", "en", t, [
    ("c1", "indirect", "accusation", "shelling border villages", ("Korvath", "Korvath accuses"), "accuses",
     {"target": ("neighbour", "accuses neighbour"), "note": "headline",
      "source_canonical": "Korvath's foreign ministry"}),
    ("c2", "mixed", "denial", "claims 'fabricated'", ("Nesra", "Nesra calls"), "calls",
     {"denies": ["c1", "c3"], "note": "headline", "source_canonical": "Nesra's defence ministry"}),
    ("c3", "indirect", "accusation", "shelling three villages along their disputed border, killing at least four "
     "civilians", "Korvath's foreign ministry", "accused", {"target": "neighbouring Nesra"}),
    ("c4", "direct", "statement", '"These were deliberate strikes on homes,"', "ministry spokeswoman Alina Radu",
     ("told", "Radu told")),
    ("c5", "indirect", "statement", "The shelling began shortly after midnight and lasted nearly two hours",
     "local officials", "according to"),
    ("c6", "indirect", "denial", "the accusations", "Nesra's defence ministry", "dismissed",
     {"denies": ["c1", "c3", "c4"]}),
    ("c7", "indirect", "denial", "its forces had not fired a single shell", "Nesra's defence ministry",
     ("said", "and said its forces"), {"denies": ["c1", "c3", "c4"]}),
    ("c8", "direct", "denial", '"We have nothing to do with this tragedy,"', "a senior Nesran military official",
     ("told", "official told"), {"denies": ["c1", "c3", "c4"], "via": ["Reuters"]}),
    ("c9", "mixed", "statement", "it was \"deeply concerned\"", "The United Nations", ("said", "Nations said")),
], not_claims=["Independent verification of either side's account was not immediately possible"],
    outlet="international wire (Reuters style)",
    title="Korvath accuses neighbour of shelling border villages; Nesra calls claims 'fabricated'")

# en06 — data breach, tech news; researcher's blog, "not accurate", scare quotes and a quoted title
t = ('Fitness app maker PulseTrack said on Thursday that hackers had accessed the email addresses and birth dates of '
     'about 2.3 million users, but insisted that no passwords or payment details were exposed. The breach was first '
     'reported by independent security researcher Owen Tate, who wrote on his blog that the stolen database also '
     'contained "hashed passwords, easily crackable". PulseTrack said that claim was "not accurate". "Passwords are '
     'stored in a separate system that was never touched," the company\'s chief technology officer, Priya '
     'Nandakumar, said in an interview. Tate, who describes himself as an "ethical hacker", said he had alerted the '
     'company in May and received no reply. PulseTrack did not respond to questions about when it first learned of '
     'the intrusion. The researcher\'s write-up, titled "Sweat Equity", has been shared thousands of times.')
doc("en3-06", "en", t, [
    ("c1", "indirect", "statement", "hackers had accessed the email addresses and birth dates of about 2.3 million "
     "users", "Fitness app maker PulseTrack", ("said", "PulseTrack said on")),
    ("c2", "indirect", "statement", "no passwords or payment details were exposed", "Fitness app maker PulseTrack",
     "insisted"),
    ("c3", "mixed", "statement", "the stolen database also contained \"hashed passwords, easily crackable\"",
     ("who", "who wrote"), "wrote", {"source_canonical": "Owen Tate", "via": ["his blog"]}),
    ("c4", "mixed", "denial", "that claim was \"not accurate\"", ("PulseTrack", "PulseTrack said that"),
     ("said", "PulseTrack said that"), {"denies": ["c3"]}),
    ("c5", "direct", "denial", '"Passwords are stored in a separate system that was never touched,"',
     "the company's chief technology officer, Priya Nandakumar", ("said", "Nandakumar, said"),
     {"denies": ["c3"], "difficulty": HARD}),
    ("c6", "indirect", "statement", "he had alerted the company in May and received no reply",
     ("Tate", "Tate, who describes"), ("said", "said he had"), {"source_canonical": "Owen Tate"}),
], not_claims=["ethical hacker", "Sweat Equity",
                "PulseTrack did not respond to questions about when it first learned of the intrusion"],
    outlet="technology news site")

# ====================================================================== write + verify
if __name__ == "__main__":
    main(OUT, DOCS, sys.argv[1:])
