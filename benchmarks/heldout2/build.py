"""Build heldout*.jsonl (beside this file) from hand-written paragraphs (invented events); offsets computed, never typed.

Span specs: "str" (unique in text), ("str", n) n-th occurrence (0-based), ("str", "anchor") str found inside a unique
anchor. Run: python build.py  (builds, then verifies every span); python build.py FILE... only verifies.
Helpers are shared with the other sets: ../heldout_build.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_build import HARD, doc_record, main, span, upto, word_count  # noqa: E402

OUT = Path(__file__).resolve().parent
DOCS = []


def doc(doc_id, lang, text, claims, not_claims=(), outlet="", title=""):
    n_words = word_count(text)
    assert 80 <= n_words <= 250, (doc_id, n_words)
    meta = {"origin": "written for held-out set 2 (invented events and people)", "outlet": outlet,
            "title": title, "words": n_words}
    DOCS.append(doc_record(doc_id, lang, text, claims, not_claims, meta))


# ====================================================================== French
# fr01 — national politics, French daily style, headline
t = ("Retraites : « Nous ne reculerons pas », prévient la ministre du Travail\n\n"
     "La ministre du Travail, Claire Montaubert, a réaffirmé mercredi sa détermination face à la colère des "
     "syndicats. « Nous ne reculerons pas », a-t-elle prévenu lors d'un déplacement à Limoges. « La réforme est "
     "juste, elle est nécessaire, et elle s'appliquera dès janvier. » Le secrétaire général de la Confédération "
     "des travailleurs, Rémi Sarrazin, a fait part de sa crainte que le texte « ne pénalise d'abord les carrières "
     "longues ». Selon lui, plus de 200 000 salariés seraient concernés dès la première année. D'après l'entourage "
     "de la ministre, ce chiffre est « largement surestimé ». Matignon, de son côté, assure que la concertation "
     "« reste ouverte » jusqu'à la fin du mois.")
doc("fr2-01", "fr", t, [
    ("c1", "direct", "statement", ("« Nous ne reculerons pas »", 0), "la ministre du Travail", "prévient",
     {"source_canonical": "Claire Montaubert", "note": "headline"}),
    ("c2", "direct", "statement", ("« Nous ne reculerons pas »", 1), ("elle", "a-t-elle prévenu"), "a-t-elle prévenu",
     {"source_canonical": "Claire Montaubert"}),
    ("c3", "direct", "statement", upto(t, "« La réforme", "janvier. »"), ("elle", "a-t-elle prévenu"), None,
     {"difficulty": HARD, "source_canonical": "Claire Montaubert", "note": "floating quote continuing the speaker"}),
    ("c4", "mixed", "statement", "le texte « ne pénalise d'abord les carrières longues »",
     "Le secrétaire général de la Confédération des travailleurs, Rémi Sarrazin", "a fait part de sa crainte"),
    ("c5", "indirect", "statement", "plus de 200 000 salariés seraient concernés dès la première année",
     ("lui", "Selon lui"), "Selon", {"source_canonical": "Rémi Sarrazin"}),
    ("c6", "mixed", "denial", "ce chiffre est « largement surestimé »", "l'entourage de la ministre", "D'après",
     {"denies": ["c5"]}),
    ("c7", "mixed", "statement", "la concertation « reste ouverte » jusqu'à la fin du mois", "Matignon", "assure"),
], outlet="quotidien national (FR)", title="Retraites : « Nous ne reculerons pas », prévient la ministre du Travail")

# fr02 — courts, Belgian style
t = ("L'ancien échevin des Travaux de Wavremont, Luc Vandersmissen, est accusé d'abus de biens sociaux par le "
     "parquet de Namur. Il a été inculpé pour faux en écriture et placé sous mandat d'arrêt vendredi. Selon le "
     "parquet, l'élu aurait fait financer la rénovation de sa villa par une entreprise de voirie, en échange de "
     "marchés communaux. Son avocate, Me Anne-Sophie Delvaux, réfute ces accusations en bloc. « Mon client n'a "
     "jamais reçu le moindre avantage, déclare-t-elle à l'agence Belga. Il s'expliquera devant la chambre du "
     "conseil. » Le bourgmestre, Marc Henrotte, s'est refusé à tout commentaire, se bornant à rappeler que « la "
     "présomption d'innocence vaut pour tout le monde ».")
doc("fr2-02", "fr", t, [
    ("c1", "indirect", "accusation", "abus de biens sociaux", "le parquet de Namur", "est accusé",
     {"target": "L'ancien échevin des Travaux de Wavremont, Luc Vandersmissen"}),
    ("c2", "indirect", "statement", "l'élu aurait fait financer la rénovation de sa villa par une entreprise de "
     "voirie, en échange de marchés communaux", ("le parquet", "Selon le parquet"), "Selon",
     {"source_canonical": "le parquet de Namur"}),
    ("c3", "indirect", "denial", "ces accusations", "Son avocate, Me Anne-Sophie Delvaux", "réfute",
     {"denies": ["c1", "c2"]}),
    ("c4", "direct", "denial", upto(t, "« Mon client", "conseil. »"), ("elle", "déclare-t-elle"), "déclare-t-elle",
     {"denies": ["c1", "c2"], "source_canonical": "Me Anne-Sophie Delvaux", "via": ["l'agence Belga"],
      "note": "« A, dit-elle, B »: content spans the whole stretch"}),
    ("c5", "mixed", "statement", "« la présomption d'innocence vaut pour tout le monde »",
     "Le bourgmestre, Marc Henrotte", "se bornant à rappeler"),
], not_claims=["Il a été inculpé pour faux en écriture et placé sous mandat d'arrêt vendredi"],
    outlet="quotidien belge", title="")

# fr03 — business, Swiss style
t = ("Le groupe horloger Vaucher & Grand va supprimer 140 postes dans son usine de Sainte-Croix (VD), a annoncé "
     "mardi sa direction. « Le marché asiatique s'est contracté de près d'un tiers en dix-huit mois, nous n'avons "
     "pas d'autre choix », justifie son directeur général, Thierry Rochat, dans un communiqué. Pour la secrétaire "
     "régionale du syndicat Horlogerie-Métal, Sonia Perrenoud, l'entreprise « a distribué des dividendes record "
     "l'an dernier et pleure aujourd'hui ». Le syndicat accuse la direction d'avoir préparé ces licenciements "
     "depuis des mois sans consulter la commission du personnel. Contacté par la RTS, Thierry Rochat dément : "
     "« La commission a été informée dès le premier jour. » Le conseiller d'Etat vaudois chargé de l'Economie a "
     "dit regretter une décision « brutale », tout en saluant la mise en place d'un plan social.")
doc("fr2-03", "fr", t, [
    ("c1", "indirect", "statement", "Le groupe horloger Vaucher & Grand va supprimer 140 postes dans son usine de "
     "Sainte-Croix (VD)", "sa direction", "a annoncé"),
    ("c2", "direct", "statement", upto(t, "« Le marché asiatique", "choix »"), "son directeur général, Thierry Rochat",
     "justifie", {"via": ["un communiqué"]}),
    ("c3", "mixed", "statement", "l'entreprise « a distribué des dividendes record l'an dernier et pleure "
     "aujourd'hui »", "la secrétaire régionale du syndicat Horlogerie-Métal, Sonia Perrenoud", "Pour"),
    ("c4", "indirect", "accusation", "avoir préparé ces licenciements depuis des mois sans consulter la commission "
     "du personnel", "Le syndicat", "accuse", {"target": ("la direction", "accuse la direction")}),
    ("c5", "direct", "denial", "« La commission a été informée dès le premier jour. »",
     ("Thierry Rochat", "Thierry Rochat dément"), "dément", {"denies": ["c4"], "via": ["la RTS"]}),
    ("c6", "mixed", "statement", "regretter une décision « brutale »",
     "Le conseiller d'Etat vaudois chargé de l'Economie", "a dit"),
], outlet="quotidien suisse romand")

# fr04 — health, Québec style
t = ("La Santé publique de l'Estrie recommande désormais le port du masque dans les salles d'attente des urgences. "
     "« On observe une hausse marquée des hospitalisations liées à l'influenza depuis deux semaines », a expliqué "
     "en point de presse la directrice régionale, la Dre Isabelle Gagnon-Thibault. Selon les données du ministère, "
     "le taux d'occupation des civières a atteint 140 % à l'hôpital de Magog jeudi. Le ministre de la Santé, "
     "Jean-François Béliveau, a assuré que Québec « ne laissera pas tomber » la région. L'opposition, elle, "
     "ne décolère pas. « Ça fait trois hivers qu'on nous répète la même chose », a lancé le député "
     "Mathieu Caron, qui accuse le gouvernement d'avoir « saboté » la première ligne. Le cabinet du ministre "
     "rejette ces critiques, qui relèvent selon lui de la « pure partisanerie ».")
doc("fr2-04", "fr", t, [
    ("c1", "direct", "statement", upto(t, "« On observe", "semaines »"),
     "la directrice régionale, la Dre Isabelle Gagnon-Thibault", "a expliqué"),
    ("c2", "indirect", "statement", "le taux d'occupation des civières a atteint 140 % à l'hôpital de Magog jeudi",
     "les données du ministère", "Selon"),
    ("c3", "mixed", "statement", "Québec « ne laissera pas tomber » la région",
     "Le ministre de la Santé, Jean-François Béliveau", "a assuré"),
    ("c5", "direct", "statement", "« Ça fait trois hivers qu'on nous répète la même chose »", "le député Mathieu Caron",
     "a lancé"),
    ("c6", "mixed", "accusation", "avoir « saboté » la première ligne", ("qui", "qui accuse"), "accuse",
     {"target": "le gouvernement", "source_canonical": "Mathieu Caron"}),
    ("c7", "indirect", "denial", "ces critiques", "Le cabinet du ministre", "rejette", {"denies": ["c5", "c6"]}),
    ("c8", "mixed", "statement", "qui relèvent selon lui de la « pure partisanerie »", ("lui", "selon lui"), "selon",
     {"source_canonical": "Le cabinet du ministre", "difficulty": HARD, "note": "selon lui mid-clause, pronoun"}),
], outlet="quotidien québécois")

# fr05 — local, French regional style, headline
t = ("Saint-Brévin-des-Landes : la fermeture de la piscine passe mal\n\n"
     "La piscine municipale de Saint-Brévin-des-Landes restera fermée jusqu'à l'été prochain, a confirmé lundi la "
     "mairie. En cause, des fissures découvertes dans le bassin lors d'un contrôle. « On ne pouvait pas prendre le "
     "moindre risque avec les enfants », glisse l'adjoint aux sports, Yannick Le Goff. Les parents d'élèves, eux, "
     "ne décolèrent pas. « Les écoles n'ont plus aucun créneau de natation, c'est toute une génération qui "
     "n'apprendra pas à nager », regrette Gwenaëlle Tanguy, présidente de l'association des parents. D'après elle, "
     "la commune « savait depuis deux ans » que le bâtiment se dégradait. Le maire, Hervé Quéré, réfute cette "
     "accusation. « Le rapport date de mars, nous avons agi dans la semaine », assure-t-il. Une réunion publique "
     "est prévue le 14 novembre à la salle des fêtes.")
doc("fr2-05", "fr", t, [
    ("c1", "indirect", "statement", "La piscine municipale de Saint-Brévin-des-Landes restera fermée jusqu'à l'été "
     "prochain", "la mairie", "a confirmé"),
    ("c2", "direct", "statement", "« On ne pouvait pas prendre le moindre risque avec les enfants »",
     "l'adjoint aux sports, Yannick Le Goff", "glisse"),
    ("c3", "direct", "statement", upto(t, "« Les écoles", "nager »"),
     "Gwenaëlle Tanguy, présidente de l'association des parents", "regrette"),
    ("c4", "mixed", "statement", "la commune « savait depuis deux ans » que le bâtiment se dégradait",
     ("elle", "D'après elle"), "D'après", {"source_canonical": "Gwenaëlle Tanguy"}),
    ("c5", "indirect", "denial", "cette accusation", "Le maire, Hervé Quéré", "réfute", {"denies": ["c4"]}),
    ("c6", "direct", "statement", "« Le rapport date de mars, nous avons agi dans la semaine »", ("il", "assure-t-il"),
     "assure-t-il", {"source_canonical": "Hervé Quéré"}),
], outlet="quotidien régional (FR)", title="Saint-Brévin-des-Landes : la fermeture de la piscine passe mal")

# fr06 — diplomacy, Quai d'Orsay, AFP as via
t = ("Le Quai d'Orsay a convoqué jeudi l'ambassadeur de Tarsanie après l'arrestation de deux humanitaires français "
     "à Velk. Paris juge ces détentions « arbitraires et inacceptables », selon un communiqué du ministère des "
     "Affaires étrangères. Les autorités tarsanes accusent les deux hommes d'espionnage au profit d'un « service "
     "étranger ». Elles affirment détenir des « preuves irréfutables », sans les avoir rendues publiques. Une "
     "accusation « grotesque », a rétorqué l'ONG Médecins du Nord, qui emploie les deux hommes depuis 2021. « Nos "
     "collègues soignaient des enfants, pas des secrets d'État », a déclaré sa directrice, Hélène Vasseur, à "
     "l'AFP. Le porte-parole du Quai d'Orsay, Olivier Lambrecht, a indiqué que la France « mobilise tous ses "
     "canaux » pour obtenir leur libération.")
doc("fr2-06", "fr", t, [
    ("c1", "mixed", "statement", "ces détentions « arbitraires et inacceptables »", "Paris", "juge",
     {"via": ["un communiqué du ministère des Affaires étrangères"]}),
    ("c2", "mixed", "accusation", "espionnage au profit d'un « service étranger »", "Les autorités tarsanes",
     "accusent", {"target": ("les deux hommes", "accusent les deux hommes")}),
    ("c3", "mixed", "statement", "détenir des « preuves irréfutables »", "Elles", "affirment",
     {"source_canonical": "Les autorités tarsanes"}),
    ("c4", "mixed", "denial", "Une accusation « grotesque »", "l'ONG Médecins du Nord", "a rétorqué",
     {"denies": ["c2"]}),
    ("c5", "direct", "denial", "« Nos collègues soignaient des enfants, pas des secrets d'État »",
     "sa directrice, Hélène Vasseur", "a déclaré", {"denies": ["c2"], "via": ["l'AFP"]}),
    ("c6", "mixed", "statement", "la France « mobilise tous ses canaux » pour obtenir leur libération",
     "Le porte-parole du Quai d'Orsay, Olivier Lambrecht", "a indiqué"),
], outlet="quotidien national (FR)")

# fr07 — sport
t = ("Battu à domicile par l'Olympique de Riom (0-3), le FC Castelmaure s'enfonce dans la crise. « On a été "
     "indignes de ce maillot, a reconnu l'entraîneur Didier Payrac après la rencontre. Je prends ma part de "
     "responsabilité, mais certains joueurs doivent se regarder dans la glace. » Interrogé sur son avenir, le "
     "technicien a assuré qu'il n'avait « aucune intention de démissionner ». Selon plusieurs sources proches du "
     "club, le président Alain Mercadier aurait pourtant déjà contacté deux successeurs potentiels. Le club a "
     "démenti cette information dans la soirée, évoquant des « rumeurs sans fondement ». Le capitaine, Moussa "
     "Diakhaby, a fait savoir qu'il soutenait son entraîneur. « Le vestiaire est derrière lui, point », a-t-il "
     "tranché.")
doc("fr2-07", "fr", t, [
    ("c1", "direct", "statement", upto(t, "« On a été", "glace. »"), "l'entraîneur Didier Payrac", "a reconnu",
     {"note": "« A, a reconnu X, B »: whole stretch"}),
    ("c2", "mixed", "statement", "il n'avait « aucune intention de démissionner »", "le technicien", "a assuré",
     {"source_canonical": "Didier Payrac"}),
    ("c3", "indirect", "statement", "le président Alain Mercadier aurait pourtant déjà contacté deux successeurs "
     "potentiels", "plusieurs sources proches du club", "Selon"),
    ("c4", "indirect", "denial", "cette information", "Le club", "a démenti", {"denies": ["c3"]}),
    ("c5", "mixed", "denial", "des « rumeurs sans fondement »", "Le club", "évoquant", {"denies": ["c3"]}),
    ("c6", "indirect", "statement", "il soutenait son entraîneur", "Le capitaine, Moussa Diakhaby", "a fait savoir"),
    ("c7", "direct", "statement", "« Le vestiaire est derrière lui, point »", ("il", "a-t-il"), "a-t-il tranché",
     {"source_canonical": "Moussa Diakhaby"}),
], outlet="quotidien sportif (FR)")

# fr08 — health policy, Belgian public broadcaster style; selon moi inside a quote
t = ("La ministre fédérale de la Santé, Valérie Dehaene, veut interdire la vente de cigarettes électroniques "
     "jetables dès le 1er janvier. « Ces produits sont conçus pour rendre les adolescents dépendants », a-t-elle "
     "martelé mardi à la Chambre. Le secteur, lui, crie à la précipitation. D'après la fédération des détaillants, "
     "près de 900 commerces de proximité verraient leur chiffre d'affaires reculer de 15 %. « On nous accuse de "
     "vendre du poison aux enfants, alors que nous contrôlons les cartes d'identité », s'indigne son porte-parole, "
     "Kevin Lemmens. Pour le pneumologue Pierre Wautier, chef de service au CHU de Charleroi, l'interdiction "
     "« arrive avec cinq ans de retard ». « Selon moi, il faudrait aussi taxer lourdement les recharges, sinon les "
     "jeunes passeront simplement à un autre produit », ajoute-t-il.")
doc("fr2-08", "fr", t, [
    ("c1", "direct", "statement", "« Ces produits sont conçus pour rendre les adolescents dépendants »",
     ("elle", "a-t-elle"), "a-t-elle martelé", {"source_canonical": "Valérie Dehaene"}),
    ("c2", "indirect", "statement", "près de 900 commerces de proximité verraient leur chiffre d'affaires reculer "
     "de 15 %", "la fédération des détaillants", "D'après"),
    ("c3", "direct", "statement", upto(t, "« On nous accuse", "identité »"), "son porte-parole, Kevin Lemmens",
     "s'indigne"),
    ("c4", "mixed", "statement", "l'interdiction « arrive avec cinq ans de retard »",
     "le pneumologue Pierre Wautier, chef de service au CHU de Charleroi", "Pour"),
    ("c5", "direct", "statement", upto(t, "« Selon moi", "produit »"), ("il", "ajoute-t-il"), "ajoute-t-il",
     {"source_canonical": "Pierre Wautier"}),
], not_claims=["il faudrait aussi taxer lourdement les recharges"], outlet="média public belge")

# fr09 — courts, French, passive accusation, mis en examen (procedural), lawyer denial
t = ("Le directeur d'une maison de retraite de Villeneuve-sur-Orbe a été mis en examen mercredi pour "
     "homicide involontaire, trois mois après la mort d'une résidente de 91 ans. Daniel Fourcade, 58 ans, est "
     "accusé par la famille de la victime d'avoir ignoré plusieurs alertes du personnel soignant. « Ma mère a appelé "
     "à l'aide pendant deux nuits et personne n'est venu », affirme sa fille, Martine Roussel, qui s'est constituée "
     "partie civile. Selon une aide-soignante entendue par les enquêteurs, l'établissement fonctionnait la nuit "
     "avec « une seule personne pour quarante résidents ». L'avocat du directeur, Me Fabrice Armand, conteste "
     "toute négligence de son client et dénonce « un procès médiatique ». Le groupe gestionnaire, Horizons Séniors, "
     "a indiqué dans un communiqué qu'il « coopère pleinement avec la justice ».")
doc("fr2-09", "fr", t, [
    ("c1", "indirect", "accusation", "avoir ignoré plusieurs alertes du personnel soignant",
     "la famille de la victime", "est accusé", {"target": "Daniel Fourcade, 58 ans"}),
    ("c2", "direct", "statement", "« Ma mère a appelé à l'aide pendant deux nuits et personne n'est venu »",
     "sa fille, Martine Roussel", "affirme"),
    ("c3", "mixed", "statement", "l'établissement fonctionnait la nuit avec « une seule personne pour quarante "
     "résidents »", "une aide-soignante entendue par les enquêteurs", "Selon"),
    ("c4", "indirect", "denial", "toute négligence de son client", "L'avocat du directeur, Me Fabrice Armand",
     "conteste", {"denies": ["c1"]}),
    ("c5", "direct", "accusation", "« un procès médiatique »", "L'avocat du directeur, Me Fabrice Armand",
     "dénonce"),
    ("c6", "mixed", "statement", "il « coopère pleinement avec la justice »", "Le groupe gestionnaire, Horizons Séniors",
     "a indiqué", {"via": ["un communiqué"]}),
], not_claims=["a été mis en examen mercredi pour homicide involontaire"], outlet="quotidien régional (FR)")

# fr10 — Québec municipal politics; Ottawa as source; colon quote
t = ("Le maire de Trois-Rivières-Ouest, Sylvain Larochelle, a perdu patience mardi devant le conseil municipal. "
     "Le projet de tramway, a-t-il rappelé, attend depuis quatorze mois une réponse du fédéral. Ottawa affirme "
     "pour sa part que le dossier « suit son cours normal » et qu'aucune demande complète ne lui a été soumise. "
     "Le maire a réagi sans détour : « C'est de la mauvaise foi pure et simple. On a envoyé chaque document "
     "qu'ils nous ont demandé, parfois deux fois. » La conseillère de l'opposition Nathalie Bergeron, elle, "
     "reproche à l'administration d'avoir « bâclé » le montage financier. D'après la firme d'ingénierie mandatée "
     "par la Ville, les coûts ont déjà grimpé de 22 % depuis le dépôt du projet.")
doc("fr2-10", "fr", t, [
    ("c1", "indirect", "statement", "Le projet de tramway, a-t-il rappelé, attend depuis quatorze mois une réponse "
     "du fédéral", ("il", "a-t-il rappelé"), "a-t-il rappelé",
     {"source_canonical": "Sylvain Larochelle", "note": "incise inside an unquoted clause: whole stretch"}),
    ("c2", "mixed", "statement", "le dossier « suit son cours normal »", "Ottawa", "affirme"),
    ("c3", "indirect", "statement", "aucune demande complète ne lui a été soumise", "Ottawa", "affirme"),
    ("c4", "direct", "denial", upto(t, "« C'est de la mauvaise foi", "deux fois. »"), ("Le maire", "Le maire a réagi"), "a réagi",
     {"denies": ["c3"], "source_canonical": "Sylvain Larochelle"}),
    ("c5", "mixed", "accusation", "avoir « bâclé » le montage financier",
     "La conseillère de l'opposition Nathalie Bergeron", "reproche", {"target": "l'administration"}),
    ("c6", "indirect", "statement", "les coûts ont déjà grimpé de 22 % depuis le dépôt du projet",
     "la firme d'ingénierie mandatée par la Ville", "D'après"),
], outlet="quotidien québécois")

# fr11 — Swiss cantonal politics; gerund; title in quotes (not a claim)
t = ("Le Grand Conseil genevois a rejeté jeudi, par 52 voix contre 41, l'initiative « Des loyers pour vivre ». "
     "Prenant la parole au nom de la majorité, le député libéral-radical Jean-Marc Bovet a estimé que le texte "
     "« découragerait toute construction de logements pendant une décennie ». La gauche dénonce au contraire une "
     "« capitulation devant les régies ». « Les familles quittent le canton parce qu'elles ne trouvent plus rien "
     "en dessous de 3000 francs, c'est une réalité que la droite refuse de voir », lance la socialiste Léa "
     "Dumoulin. Le comité d'initiative, qui a annoncé son intention de soumettre le texte au peuple, accuse par "
     "ailleurs le Conseil d'Etat d'avoir « enterré » son propre rapport sur la pénurie. Le gouvernement n'a pas "
     "souhaité réagir.")
doc("fr2-11", "fr", t, [
    ("c1", "mixed", "statement", "le texte « découragerait toute construction de logements pendant une décennie »",
     "le député libéral-radical Jean-Marc Bovet", "a estimé"),
    ("c2", "mixed", "accusation", "une « capitulation devant les régies »", "La gauche", "dénonce"),
    ("c3", "direct", "statement", upto(t, "« Les familles", "voir »"), "la socialiste Léa Dumoulin", "lance"),
    ("c4", "indirect", "statement", "son intention de soumettre le texte au peuple", ("qui", "qui a annoncé"),
     "a annoncé", {"source_canonical": "Le comité d'initiative"}),
    ("c5", "mixed", "accusation", "avoir « enterré » son propre rapport sur la pénurie", "Le comité d'initiative",
     "accuse", {"target": "le Conseil d'Etat"}),
], not_claims=["« Des loyers pour vivre »"], outlet="quotidien suisse romand")

# fr12 — environment/business, French; light verbs, apposition porte-parole, scare quotes
t = ("Les riverains de l'usine chimique de Pont-de-Varennes ont manifesté samedi après une nouvelle fuite d'ammoniac. "
     "Le porte-parole du groupe Chimoval, Arnaud Lestrade, a exprimé ses « sincères regrets » et affirmé qu'« aucun "
     "seuil sanitaire n'a été dépassé ». Une version contestée par l'association Air Vigilant, qui a fait état de "
     "mesures « trois fois supérieures » à la norme dans la cour d'une école voisine. « Ils nous prennent pour des "
     "idiots », résume une habitante, Fatima Benali. « Chaque fois, c'est la même chanson : pas de danger, rentrez "
     "chez vous. » Le préfet a ordonné une inspection. Pour la députée de la circonscription, Corinne Vallat, cette "
     "\"transparence\" revendiquée par l'industriel « ne trompe plus personne ».")
doc("fr2-12", "fr", t, [
    ("c1", "mixed", "statement", "« aucun seuil sanitaire n'a été dépassé »",
     "Le porte-parole du groupe Chimoval, Arnaud Lestrade", "affirmé"),
    ("c2", "mixed", "statement", "mesures « trois fois supérieures » à la norme dans la cour d'une école voisine",
     ("qui", "qui a fait état"), "a fait état", {"source_canonical": "l'association Air Vigilant"}),
    ("c3", "indirect", "denial", "Une version contestée par l'association Air Vigilant", "l'association Air Vigilant",
     "contestée", {"denies": ["c1"], "note": "passive denial « Une version contestée par X », verbless: whole phrase"}),
    ("c4", "direct", "statement", "« Ils nous prennent pour des idiots »", "une habitante, Fatima Benali", "résume"),
    ("c5", "direct", "statement", upto(t, "« Chaque fois", "vous. »"), "une habitante, Fatima Benali", None,
     {"difficulty": HARD, "note": "floating quote continuing the speaker"}),
    ("c6", "mixed", "statement", "cette \"transparence\" revendiquée par l'industriel « ne trompe plus personne »",
     "la députée de la circonscription, Corinne Vallat", "Pour"),
], not_claims=["« sincères regrets »", "\"transparence\""], outlet="quotidien national (FR)")

# fr13 — vox pop with dash/signature attributions, Belgian local
t = ("Fermeture du bureau de poste de Jodoigne-Saint-Remy : les habitants partagés\n\n"
     "Le bureau de poste fermera ses portes le 30 juin, remplacé par un « point poste » dans une supérette. "
     "Bpost assure que les services essentiels resteront disponibles. Sur la place du marché, les avis divergent.\n"
     "« À mon âge, je ne vais pas faire mes opérations bancaires entre les boîtes de conserve. »\n"
     "— Marcelle Dujardin, 79 ans, retraitée\n"
     "« Honnêtement, la supérette est ouverte jusqu'à 20 heures. Pour moi qui travaille, c'est plutôt mieux. »\n"
     "— Sébastien Collard, 34 ans, infirmier\n"
     "L'échevine du commerce local, Martine Gobert, dit avoir obtenu que le distributeur de billets soit maintenu "
     "« au moins jusqu'à la fin de l'année ».")
doc("fr2-13", "fr", t, [
    ("c1", "indirect", "statement", "les services essentiels resteront disponibles", "Bpost", "assure"),
    ("c2", "direct", "statement", "« À mon âge, je ne vais pas faire mes opérations bancaires entre les boîtes de "
     "conserve. »", "Marcelle Dujardin, 79 ans, retraitée", ("—", 0), {"note": "signature line after the quote"}),
    ("c3", "direct", "statement", upto(t, "« Honnêtement", "mieux. »"), "Sébastien Collard, 34 ans, infirmier",
     ("—", 1), {"note": "signature line after the quote"}),
    ("c4", "mixed", "statement", "avoir obtenu que le distributeur de billets soit maintenu « au moins jusqu'à la "
     "fin de l'année »", "L'échevine du commerce local, Martine Gobert", "dit"),
], not_claims=["« point poste »"], outlet="quotidien belge (édition locale)",
    title="Fermeture du bureau de poste de Jodoigne-Saint-Remy : les habitants partagés")

# fr14 — Québec courts/sport crossover, multi-paragraph quote, nie, selon mid-clause
t = ("L'ancien entraîneur de l'équipe junior de hockey de Rimouski-Est, Gilles Tremblay-Ouellet, nie avoir "
     "harcelé psychologiquement ses joueurs. Trois anciens athlètes l'accusent, dans une poursuite civile déposée "
     "lundi, de les avoir humiliés publiquement pendant deux saisons. L'un d'eux, aujourd'hui âgé de 22 ans, a "
     "accepté de se confier.\n"
     "« Il nous traitait de lâches devant les parents. Certains soirs, on pleurait dans l'autobus.\n"
     "« J'ai mis trois ans avant d'en parler à quelqu'un. »\n"
     "La poursuite réclame 450 000 $ en dommages. Les faits reprochés auraient, selon l'avocate des plaignants, "
     "Me Josée Pelletier, été signalés à la ligue dès 2019. La ligue, jointe par courriel, soutient n'avoir "
     "« jamais reçu de plainte formelle ».")
doc("fr2-14", "fr", t, [
    ("c1", "indirect", "denial", "avoir harcelé psychologiquement ses joueurs",
     "L'ancien entraîneur de l'équipe junior de hockey de Rimouski-Est, Gilles Tremblay-Ouellet", "nie",
     {"denies": ["c2"]}),
    ("c2", "indirect", "accusation", "les avoir humiliés publiquement pendant deux saisons",
     "Trois anciens athlètes", "l'accusent", {"target": ("l'", "l'accusent"), "via": ["une poursuite civile"]}),
    ("c3", "direct", "statement", upto(t, "« Il nous traitait", "quelqu'un. »"), "L'un d'eux", None,
     {"difficulty": HARD, "note": "quote over two paragraphs, speaker introduced in the previous sentence"}),
    ("c4", "indirect", "statement", "Les faits reprochés auraient, selon l'avocate des plaignants, Me Josée "
     "Pelletier, été signalés à la ligue dès 2019", "l'avocate des plaignants, Me Josée Pelletier", "selon",
     {"note": "selon X inserted mid-clause: whole stretch"}),
    ("c5", "mixed", "denial", "n'avoir « jamais reçu de plainte formelle »", "La ligue", "soutient",
     {"denies": ["c4"], "via": ["courriel"]}),
], outlet="quotidien québécois")

# ====================================================================== English
# en01 — UK politics
t = ("The Home Office has been accused of \"sitting on\" a report into delays at asylum processing centres by the "
     "chair of a Commons committee. Labour MP Rachel Whitcombe said the review, completed in March, showed average "
     "waiting times had doubled in two years. \"Ministers have had this document for six months and have chosen "
     "to bury it,\" she said. A Home Office spokesperson rejected the claim, saying the report was \"still being "
     "finalised\" and would be published \"in due course\". According to the Refugee Advice Network, more than "
     "4,000 people have now waited over a year for a first decision. The minister for immigration, Tom Harrowby, "
     "told the BBC he was \"not going to apologise for getting it right rather than getting it quick\".")
doc("en2-01", "en", t, [
    ("c1", "mixed", "accusation", "\"sitting on\" a report into delays at asylum processing centres",
     "the chair of a Commons committee", "has been accused", {"target": "The Home Office"}),
    ("c2", "indirect", "statement", "the review, completed in March, showed average waiting times had doubled in two "
     "years", "Labour MP Rachel Whitcombe", ("said", "Whitcombe said")),
    ("c3", "direct", "statement", "\"Ministers have had this document for six months and have chosen to bury it,\"",
     ("she", "she said"), "she said", {"source_canonical": "Rachel Whitcombe"}),
    ("c4", "indirect", "denial", "the claim", "A Home Office spokesperson", "rejected", {"denies": ["c1", "c3"]}),
    ("c5", "mixed", "statement", "the report was \"still being finalised\" and would be published \"in due course\"",
     "A Home Office spokesperson", "saying"),
    ("c6", "indirect", "statement", "more than 4,000 people have now waited over a year for a first decision",
     "the Refugee Advice Network", "According to"),
    ("c7", "mixed", "statement", "he was \"not going to apologise for getting it right rather than getting it "
     "quick\"", "The minister for immigration, Tom Harrowby", "told", {"via": ["the BBC"]}),
], outlet="UK broadcaster website")
DOCS[-1]["claims"][2]["act"] = "statement"

# en02 — US courts, AP style
t = ("A former city treasurer in Millbrook, Ohio, was charged Tuesday with stealing nearly $1.2 million from a "
     "municipal pension fund, federal prosecutors said. Prosecutors allege that Dana Kessler, 51, moved the money "
     "through a shell company she controlled between 2017 and 2022. Her attorney, Mark Feldstein, said his client "
     "\"categorically denies\" the allegations and intends to plead not guilty. \"This is an accounting dispute "
     "that has been dressed up as a crime,\" Feldstein said in a statement. Millbrook Mayor Luis Ortega said the "
     "city had \"cooperated fully\" with investigators. \"Our retirees deserve to know their money is safe, and "
     "it is,\" he said. Kessler faces up to 20 years in prison if convicted.")
doc("en2-02", "en", t, [
    ("c1", "indirect", "statement", "A former city treasurer in Millbrook, Ohio, was charged Tuesday with stealing "
     "nearly $1.2 million from a municipal pension fund", "federal prosecutors", ("said", "prosecutors said")),
    ("c2", "indirect", "accusation", "Dana Kessler, 51, moved the money through a shell company she controlled "
     "between 2017 and 2022", "Prosecutors", "allege"),
    ("c3", "mixed", "denial", "his client \"categorically denies\" the allegations and intends to plead not guilty",
     "Her attorney, Mark Feldstein", ("said", "Feldstein, said"), {"denies": ["c1", "c2"]}),
    ("c4", "direct", "denial", "\"This is an accounting dispute that has been dressed up as a crime,\"",
     ("Feldstein", "Feldstein said in"), ("said", "Feldstein said in"),
     {"denies": ["c1", "c2"], "source_canonical": "Mark Feldstein", "via": ["a statement"]}),
    ("c5", "mixed", "statement", "the city had \"cooperated fully\" with investigators", "Millbrook Mayor Luis Ortega",
     ("said", "Ortega said")),
    ("c6", "direct", "statement", "\"Our retirees deserve to know their money is safe, and it is,\"",
     ("he", "he said"), "he said", {"source_canonical": "Luis Ortega"}),
], outlet="US wire service")

# en03 — Canada, CBC style; Ottawa as source, denial
t = ("Ottawa says it will not extend emergency wildfire funding to northern Manitoba communities beyond the end of "
     "the month, a decision local leaders call \"a betrayal\". In a statement Thursday, Public Safety Canada said "
     "provincial programs were \"better placed\" to handle recovery. Chief Samuel Ducharme of the Kinew Lake First "
     "Nation said families were still living in hotels in Winnipeg, three months after the evacuation. \"We were "
     "told we'd be looked after until we could go home. Nobody here is home,\" he said.\n"
     "Premier Janet Olafson accused the federal government of \"walking away halfway through the job\". A spokesperson "
     "for the federal minister denied that any commitment had been broken, saying the original agreement \"always "
     "had an end date\".")
doc("en2-03", "en", t, [
    ("c1", "indirect", "statement", "it will not extend emergency wildfire funding to northern Manitoba communities "
     "beyond the end of the month", "Ottawa", "says"),
    ("c2", "direct", "statement", "\"a betrayal\"", "local leaders", "call"),
    ("c3", "mixed", "statement", "provincial programs were \"better placed\" to handle recovery",
     "Public Safety Canada", ("said", "Canada said"), {"via": ["a statement"]}),
    ("c4", "indirect", "statement", "families were still living in hotels in Winnipeg, three months after the "
     "evacuation", "Chief Samuel Ducharme of the Kinew Lake First Nation", ("said", "Nation said")),
    ("c5", "direct", "statement", "\"We were told we'd be looked after until we could go home. Nobody here is home,\"",
     ("he", "he said"), "he said", {"source_canonical": "Samuel Ducharme"}),
    ("c6", "mixed", "accusation", "\"walking away halfway through the job\"", "Premier Janet Olafson", "accused",
     {"target": "the federal government"}),
    ("c7", "indirect", "denial", "any commitment had been broken", "A spokesperson for the federal minister", "denied",
     {"denies": ["c2", "c5", "c6"]}),
    ("c8", "mixed", "statement", "the original agreement \"always had an end date\"",
     "A spokesperson for the federal minister", "saying"),
], outlet="Canadian public broadcaster")

# en04 — UK sport, inverted said, according to mid-clause, title not claim
t = ("Ashworth Rovers manager Neil Cardew insists he still has the backing of the board despite a run of seven "
     "games without a win. \"I speak to the chairman every day, and he's been nothing but supportive,\" said "
     "Cardew, whose side slipped into the relegation zone on Saturday. The club, according to two people familiar "
     "with the matter, has already held informal talks with at least one potential replacement. Rovers dismissed "
     "the reports as \"speculation\". Supporters' group chair Helen Brace said fans were \"tired of being told to "
     "be patient\". A banner reading \"Cardew Out, Ambition In\" was unfurled in the away end during the 2-0 defeat "
     "at Carlton Park. Cardew, asked about the protest, shrugged: \"They pay their money. They're entitled to their "
     "opinion.\"")
doc("en2-04", "en", t, [
    ("c1", "indirect", "statement", "he still has the backing of the board despite a run of seven games without a win",
     "Ashworth Rovers manager Neil Cardew", "insists"),
    ("c2", "direct", "statement", "\"I speak to the chairman every day, and he's been nothing but supportive,\"",
     ("Cardew", "said Cardew"), ("said", "said Cardew")),
    ("c3", "indirect", "statement", "The club, according to two people familiar with the matter, has already held "
     "informal talks with at least one potential replacement", "two people familiar with the matter",
     "according to", {"note": "according to X mid-clause: whole stretch"}),
    ("c4", "indirect", "denial", "the reports", ("Rovers", "Rovers dismissed"), "dismissed", {"denies": ["c3"]}),
    ("c5", "mixed", "statement", "fans were \"tired of being told to be patient\"", "Supporters' group chair Helen Brace",
     ("said", "Brace said")),
    ("c6", "direct", "statement", "\"They pay their money. They're entitled to their opinion.\"",
     ("Cardew", "Cardew, asked"), "shrugged"),
], not_claims=["\"Cardew Out, Ambition In\""], outlet="UK national newspaper")

# en05 — US health/business
t = ("Shares of Brightwell Pharmaceuticals fell 14% on Monday after a regulatory filing showed the company had "
     "delayed reporting adverse events linked to its migraine drug. Brightwell is accused by a group of former "
     "employees of pressuring safety staff to downgrade the seriousness of patient complaints. In a lawsuit filed in "
     "federal court in New Jersey, the employees claim managers threatened to cut bonuses for anyone who escalated "
     "cases. The company denied the allegations. \"Patient safety has always been, and remains, our first "
     "priority,\" chief executive Laura Pemberton wrote in a memo to staff that was seen by Reuters. Analysts were "
     "less reassured. \"The filing raises more questions than it answers,\" said Deepak Raman, who covers the "
     "sector for Halvorsen Capital.")
doc("en2-05", "en", t, [
    ("c1", "indirect", "statement", "the company had delayed reporting adverse events linked to its migraine drug",
     "a regulatory filing", "showed"),
    ("c2", "indirect", "accusation", "pressuring safety staff to downgrade the seriousness of patient complaints",
     "a group of former employees", "is accused", {"target": ("Brightwell", "Brightwell is accused")}),
    ("c3", "indirect", "accusation", "managers threatened to cut bonuses for anyone who escalated cases",
     "the employees", "claim"),
    ("c4", "indirect", "denial", "the allegations", "The company", "denied", {"denies": ["c2", "c3"]}),
    ("c5", "direct", "statement", "\"Patient safety has always been, and remains, our first priority,\"",
     "chief executive Laura Pemberton", "wrote", {"via": ["a memo to staff", "Reuters"]}),
    ("c6", "direct", "statement", "\"The filing raises more questions than it answers,\"",
     "Deepak Raman, who covers the sector for Halvorsen Capital", "said"),
], outlet="US financial news")
DOCS[-1]["claims"][2]["via"] = [span(t, "a lawsuit filed in federal court in New Jersey")]
DOCS[-1]["claims"][2]["act"] = "statement"  # cue "claim": act follows the cue

# en06 — Canada/UK-style local; pronoun sources, multi-paragraph quote, "in my view" not a claim
t = ("Residents of Fenwick Harbour packed the community hall on Wednesday to oppose plans for a 40-storey tower on "
     "the waterfront. Developer Crestline Group says the project will bring 600 homes and \"hundreds of jobs\" to "
     "the area. Councillor Amrit Sandhu is unconvinced. She told the meeting that the city's own planning staff had "
     "recommended a height limit of twelve storeys.\n"
     "\"We commissioned that study, we paid for it, and now we're being asked to pretend it doesn't exist.\n"
     "\"In my view, this council owes residents an explanation before a single shovel goes in the ground.\"\n"
     "Crestline's vice-president, Brian Mahler, said the company had \"listened carefully\" and reduced the design "
     "by four floors. Mayor Colin Fraser declined to comment ahead of next month's vote.")
doc("en2-06", "en", t, [
    ("c1", "mixed", "statement", "the project will bring 600 homes and \"hundreds of jobs\" to the area",
     "Developer Crestline Group", "says"),
    ("c2", "indirect", "statement", "the city's own planning staff had recommended a height limit of twelve storeys",
     "She", "told", {"source_canonical": "Amrit Sandhu"}),
    ("c3", "direct", "statement", upto(t, "\"We commissioned", "in the ground.\""), "She", None,
     {"difficulty": HARD, "source_canonical": "Amrit Sandhu", "note": "quote over two paragraphs, no cue"}),
    ("c4", "mixed", "statement", "the company had \"listened carefully\" and reduced the design by four floors",
     "Crestline's vice-president, Brian Mahler", "said"),
], not_claims=["Mayor Colin Fraser declined to comment ahead of next month's vote",
                "this council owes residents an explanation before a single shovel goes in the ground"], outlet="Canadian local daily")


# ====================================================================== write + verify
if __name__ == "__main__":
    main(OUT, DOCS, sys.argv[1:])
