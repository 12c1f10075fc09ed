"""Build heldout.jsonl (beside this file) from hand-written paragraphs; offsets computed, never typed.

Run: python build.py (builds, then verifies every span); python build.py FILE... only verifies.
Helpers (span specs, records, verification) are shared with the other sets: ../heldout_build.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_build import doc_record, main  # noqa: E402

HERE = Path(__file__).parent
DOCS = []


def doc(doc_id, lang, text, claims, not_claims=(), title=""):
    meta = {"origin": "written for the held-out set (invented events)", "title": title}
    DOCS.append(doc_record(doc_id, lang, text, claims, not_claims, meta))


# ---------------------------------------------------------------- French
t = ("La maire de Vellerand, Odile Ferrasse, a défendu mardi soir le projet de parking souterrain devant un conseil "
     "municipal houleux. « Ce chantier ne coûtera pas un centime de plus aux contribuables », a-t-elle assuré. "
     "« Les études sont faites, les financements sont bouclés. » L’opposition, elle, reste sceptique. "
     "« On nous promet la lune depuis trois ans », ironise le conseiller Bastien Lhomme.")
doc("fr-h01", "fr", t, [
    ("c1", "direct", "statement", "« Ce chantier ne coûtera pas un centime de plus aux contribuables »", ("elle", "a-t-elle assuré"),
     "a-t-elle assuré", {"source_canonical": "Odile Ferrasse"}),
    ("c2", "direct", "statement", "« Les études sont faites, les financements sont bouclés. »", ("elle", "a-t-elle assuré"), None,
     {"difficulty": "hard", "source_canonical": "Odile Ferrasse"}),
    ("c3", "direct", "statement", "« On nous promet la lune depuis trois ans »", "le conseiller Bastien Lhomme", "ironise"),
])

t = ("Le parquet de Montrenne accuse l’ancien trésorier du club de rugby, Gilles Marbot, d’avoir détourné près de "
     "300 000 euros entre 2019 et 2023. L’intéressé nie les faits. « C’est faux, je n’ai jamais touché à la caisse », "
     "a-t-il déclaré à la sortie de l’audience. Son avocate, Me Clara Vintimille, estime que le dossier « repose sur "
     "des approximations comptables ».")
doc("fr-h02", "fr", t, [
    ("c1", "indirect", "accusation", "avoir détourné près de 300 000 euros entre 2019 et 2023",
     "Le parquet de Montrenne", "accuse", {"target": "l’ancien trésorier du club de rugby, Gilles Marbot"}),
    ("c2", "indirect", "denial", "les faits", "L’intéressé", "nie", {"denies": ["c1"], "source_canonical": "Gilles Marbot"}),
    ("c3", "direct", "denial", "« C’est faux, je n’ai jamais touché à la caisse »", ("il", "a-t-il déclaré"), "a-t-il déclaré",
     {"denies": ["c1"], "source_canonical": "Gilles Marbot"}),
    ("c4", "mixed", "statement", "le dossier « repose sur des approximations comptables »",
     "Son avocate, Me Clara Vintimille", "estime"),
])

t = ("Le ministre de l’Agriculture, Hervé Castagnac, a réagi jeudi sur une radio régionale : « Les éleveurs ne seront "
     "pas abandonnés. » Selon le syndicat Terres Unies, plus de 1 200 exploitations ont déjà perdu une partie de leur "
     "cheptel. D’après la chambre d’agriculture du Haut-Verdon, les indemnisations ne couvriront pas la moitié des "
     "pertes. Pour la députée écologiste Maëlle Garrigou, « l’État découvre le problème avec dix ans de retard ».")
doc("fr-h03", "fr", t, [
    ("c1", "direct", "statement", "« Les éleveurs ne seront pas abandonnés. »", "Le ministre de l’Agriculture, Hervé Castagnac",
     "a réagi"),
    ("c2", "indirect", "statement", "plus de 1 200 exploitations ont déjà perdu une partie de leur cheptel",
     "le syndicat Terres Unies", "Selon"),
    ("c3", "indirect", "statement", "les indemnisations ne couvriront pas la moitié des pertes",
     "la chambre d’agriculture du Haut-Verdon", "D’après"),
    ("c4", "direct", "statement", "« l’État découvre le problème avec dix ans de retard »",
     "la députée écologiste Maëlle Garrigou", "Pour"),
])

t = ("« Nous allons fermer deux lignes, explique la directrice du réseau de bus, Sandrine Oudot, mais aucune commune ne "
     "restera sans desserte. » Le président de l’agglomération, Yves Perrichon, a confirmé la décision tout en jugant "
     "qu’elle était « douloureuse mais inévitable ». « Il n’y a pas d’autre option », tranche-t-il.")
doc("fr-h04", "fr", t, [
    ("c1", "direct", "statement", "« Nous allons fermer deux lignes, explique la directrice du réseau de bus, Sandrine "
     "Oudot, mais aucune commune ne restera sans desserte. »", "la directrice du réseau de bus, Sandrine Oudot", "explique",
     {"note": "quote interrupted by its cue: content spans the whole stretch (PolNeAR convention)"}),
    ("c2", "mixed", "statement", "elle était « douloureuse mais inévitable »",
     "Le président de l’agglomération, Yves Perrichon", "tout en jugant"),
    ("c3", "direct", "statement", "« Il n’y a pas d’autre option »", ("il", "tranche-t-il"),
     "tranche-t-il", {"source_canonical": "Yves Perrichon"}),
])

t = ("Le maire de Saint-Aubert-sur-Lize, Patrice Delmotte, est accusé de favoritisme par deux anciens adjoints. Selon "
     "leur plainte, déposée lundi, il aurait attribué trois marchés publics à l’entreprise de son beau-frère. L’élu "
     "dément formellement : « Ces accusations sont une pure manœuvre politique. » Les plaignants affirment de leur côté "
     "disposer de courriels compromettants, ce que Patrice Delmotte conteste.")
doc("fr-h05", "fr", t, [
    ("c1", "indirect", "accusation", "favoritisme", "deux anciens adjoints", "est accusé",
     {"target": "Le maire de Saint-Aubert-sur-Lize, Patrice Delmotte"}),
    ("c2", "indirect", "statement", "il aurait attribué trois marchés publics à l’entreprise de son beau-frère",
     "leur plainte", "Selon"),
    ("c3", "direct", "denial", "« Ces accusations sont une pure manœuvre politique. »", "L’élu", "dément",
     {"denies": ["c1", "c2"], "source_canonical": "Patrice Delmotte"}),
    ("c4", "indirect", "statement", "disposer de courriels compromettants", "Les plaignants", "affirment"),
    ("c5", "indirect", "denial", "ce que Patrice Delmotte conteste", ("Patrice Delmotte", "ce que Patrice Delmotte conteste"),
     "conteste", {"denies": ["c4"]}),
])

t = ("La présidente de l’association Rivières Propres, Nadia Belkacem, accuse la papeterie de Fromental de rejeter des "
     "eaux non traitées dans la Sorgette. La direction de l’usine se dit « faussement accusée » et assure que tous ses "
     "rejets sont contrôlés chaque semaine. « C’est faux, les analyses le prouvent », répond son porte-parole, Julien "
     "Caradec.")
doc("fr-h06", "fr", t, [
    ("c1", "indirect", "accusation", "rejeter des eaux non traitées dans la Sorgette",
     "La présidente de l’association Rivières Propres, Nadia Belkacem", "accuse",
     {"target": "la papeterie de Fromental"}),
    ("c2", "mixed", "denial", "« faussement accusée »", "La direction de l’usine", "se dit", {"denies": ["c1"]}),
    ("c3", "indirect", "statement", "tous ses rejets sont contrôlés chaque semaine", "La direction de l’usine", "assure"),
    ("c4", "direct", "denial", "« C’est faux, les analyses le prouvent »", "son porte-parole, Julien Caradec", "répond",
     {"denies": ["c1"]}),
])

t = ("Interrogé par notre rédaction, le chef étoilé Armand Keriven ne décolère pas. « On a tout perdu en une nuit. Les "
     "frigos, la cave, trente ans de travail.\n« Et l’assurance nous explique maintenant que l’inondation n’était pas "
     "imprévisible. Je n’ai jamais vu un tel mépris. » Le cuisinier envisage de porter plainte contre la commune.")
doc("fr-h07", "fr", t, [
    ("c1", "direct", "statement", t[t.index("« On a"):t.index("mépris. »") + len("mépris. »")],
     "le chef étoilé Armand Keriven", None,
     {"difficulty": "hard", "note": "quote over two paragraphs (reopening « on the new paragraph), no speech verb"}),
    ("c2", "indirect", "statement", "l’inondation n’était pas imprévisible", "l’assurance", "explique",
     {"note": "claim inside a quote"}),
])

t = ("Sur la place de la mairie de Corbelin, une banderole proclamait « Non à la fermeture de notre maternité ». Le "
     "collectif a remis au préfet une pétition intitulée « Naître ici, c’est un droit ». Le directeur de l’agence "
     "régionale de santé, Marc-Antoine Dufresne, a affirmé que la sécurité des patientes primait sur « toute autre "
     "considération ». Une mère de famille, venue avec ses deux enfants, résume : « Ils ont déjà pris leur décision, "
     "cette réunion ne sert à rien. »")
doc("fr-h08", "fr", t, [
    ("c1", "mixed", "statement", "la sécurité des patientes primait sur « toute autre considération »",
     "Le directeur de l’agence régionale de santé, Marc-Antoine Dufresne", "a affirmé"),
    ("c2", "direct", "statement", "« Ils ont déjà pris leur décision, cette réunion ne sert à rien. »",
     "Une mère de famille", "résume"),
], not_claims=["Non à la fermeture de notre maternité", "Naître ici, c’est un droit"])

t = ("Selon moi, le débat sur les trottinettes électriques a pris un tour absurde. Les « experts » de plateau se "
     "succèdent, et chacun a lu le dernier essai à la mode, « La ville sans voitures ». Le préfet de police, lui, a "
     "déclaré mercredi que les accidents impliquant ces engins avaient doublé en un an.")
doc("fr-h09", "fr", t, [
    ("c1", "indirect", "statement", "les accidents impliquant ces engins avaient doublé en un an", "Le préfet de police",
     "a déclaré"),
], not_claims=["le débat sur les trottinettes électriques a pris un tour absurde", "experts", "La ville sans voitures"],
    title="chronique")

t = ("La gendarmerie de Lauzières a indiqué samedi qu’un randonneur de 67 ans avait été retrouvé sain et sauf après "
     "deux nuits passées en montagne. L’homme s’était égaré à cause du brouillard, a précisé le capitaine Romain Estève. "
     "Le randonneur, joint par téléphone, a raconté qu’il avait survécu en buvant l’eau d’un torrent. « J’ai eu de la "
     "chance, beaucoup de chance », a-t-il soufflé.")
doc("fr-h10", "fr", t, [
    ("c1", "indirect", "statement", "un randonneur de 67 ans avait été retrouvé sain et sauf après deux nuits passées "
     "en montagne", "La gendarmerie de Lauzières", "a indiqué"),
    ("c2", "indirect", "statement", "L’homme s’était égaré à cause du brouillard", "le capitaine Romain Estève",
     "a précisé", {"note": "reported clause before an inverted incise, no quote marks"}),
    ("c3", "indirect", "statement", "il avait survécu en buvant l’eau d’un torrent", "Le randonneur", "a raconté"),
    ("c4", "direct", "statement", "« J’ai eu de la chance, beaucoup de chance »", ("il", "a-t-il soufflé"),
     "a-t-il soufflé"),
])

t = ("Le syndicat Sud-Rail reproche à la direction régionale d’avoir supprimé des postes de contrôleurs sans "
     "concertation. « Ils ont sacrifié la sécurité des voyageurs », dénonce son délégué, Thierry Vasseur. La directrice "
     "régionale, Agnès Loubière, a démenti ces accusations lors d’un point presse. « Aucun poste n’a été supprimé. Les "
     "effectifs ont même augmenté », a-t-elle martelé.")
doc("fr-h11", "fr", t, [
    ("c1", "indirect", "accusation", "avoir supprimé des postes de contrôleurs sans concertation", "Le syndicat Sud-Rail",
     "reproche", {"target": "la direction régionale"}),
    ("c2", "direct", "accusation", "« Ils ont sacrifié la sécurité des voyageurs »", "son délégué, Thierry Vasseur",
     "dénonce"),
    ("c3", "indirect", "denial", "ces accusations", "La directrice régionale, Agnès Loubière", "a démenti",
     {"denies": ["c1", "c2"]}),
    ("c4", "direct", "denial", "« Aucun poste n’a été supprimé. Les effectifs ont même augmenté »",
     ("elle", "a-t-elle martelé"), "a-t-elle martelé", {"denies": ["c1"], "source_canonical": "Agnès Loubière"}),
])

t = ("Le ministre des Finances de la république de Varnésie, Dorin Valescu, est soupçonné d’avoir dissimulé des comptes "
     "à l’étranger. Selon des sources diplomatiques citées par le quotidien Kurier Nord, une enquête aurait été ouverte "
     "dès le mois de mars. M. Valescu a nié toute irrégularité, affirmant que ses avoirs avaient été « déclarés dans les "
     "règles ». Son entourage évoque « une campagne de dénigrement orchestrée par l’opposition ».")
doc("fr-h12", "fr", t, [
    ("c1", "indirect", "accusation", "avoir dissimulé des comptes à l’étranger", None, "est soupçonné",
     {"target": "Le ministre des Finances de la république de Varnésie, Dorin Valescu"}),
    ("c2", "indirect", "statement", "une enquête aurait été ouverte dès le mois de mars", "des sources diplomatiques",
     "Selon"),
    ("c3", "indirect", "denial", "toute irrégularité", "M. Valescu", "a nié",
     {"denies": ["c1"], "source_canonical": "Dorin Valescu"}),
    ("c4", "mixed", "statement", "ses avoirs avaient été « déclarés dans les règles »", "M. Valescu", "affirmant",
     {"source_canonical": "Dorin Valescu"}),
    ("c5", "direct", "statement", "« une campagne de dénigrement orchestrée par l’opposition »", "Son entourage",
     "évoque"),
])

t = ("Après la défaite de l’US Carlane (0-3), l’entraîneur Fabien Royer n’a pas cherché d’excuses. « On a été mauvais "
     "dans tous les compartiments du jeu », reconnaît-il. Son capitaine, Kévin Mbala, juge au contraire que l’arbitrage "
     "a « tué le match ». « Le penalty n’existe pas, tout le monde l’a vu », s’agace le défenseur.")
doc("fr-h13", "fr", t, [
    ("c1", "direct", "statement", "« On a été mauvais dans tous les compartiments du jeu »", ("il", "reconnaît-il"),
     "reconnaît-il", {"source_canonical": "Fabien Royer"}),
    ("c2", "mixed", "statement", "l’arbitrage a « tué le match »", "Son capitaine, Kévin Mbala", "juge"),
    ("c3", "direct", "statement", "« Le penalty n’existe pas, tout le monde l’a vu »", "le défenseur", "s’agace",
     {"source_canonical": "Kévin Mbala"}),
])

t = ("D’après une étude de l’Observatoire régional de la santé publiée lundi, un adolescent sur cinq dort moins de six "
     "heures par nuit. Pour la pédiatre Hélène Drouard, qui a coordonné les travaux, les écrans ne sont pas les seuls "
     "responsables. « Le stress scolaire pèse au moins autant », a-t-elle prévenu, avant de rappeler que le sommeil "
     "reste « le premier facteur de réussite ».")
doc("fr-h14", "fr", t, [
    ("c1", "indirect", "statement", "un adolescent sur cinq dort moins de six heures par nuit",
     "une étude de l’Observatoire régional de la santé", "D’après"),
    ("c2", "indirect", "statement", "les écrans ne sont pas les seuls responsables", "la pédiatre Hélène Drouard", "Pour"),
    ("c3", "direct", "statement", "« Le stress scolaire pèse au moins autant »", ("elle", "a-t-elle prévenu"),
     "a-t-elle prévenu", {"source_canonical": "Hélène Drouard"}),
    ("c4", "mixed", "statement", "le sommeil reste « le premier facteur de réussite »", ("elle", "a-t-elle prévenu"),
     "rappeler", {"source_canonical": "Hélène Drouard"}),
])

# ---------------------------------------------------------------- English
t = ('"We have been waiting for this bridge for eleven years," sighed Margaret Ellworth, a retired teacher from Dunmore '
     'Falls. "Eleven years of detours." The county engineer, Paul Riedl, said that construction would finally begin in '
     'April, though he conceded the budget was "tight, very tight."')
doc("en-h15", "en", t, [
    ("c1", "direct", "statement", '"We have been waiting for this bridge for eleven years,"', "Margaret Ellworth", "sighed"),
    ("c2", "direct", "statement", '"Eleven years of detours."', "Margaret Ellworth", None, {"difficulty": "hard"}),
    ("c3", "indirect", "statement", "construction would finally begin in April", "The county engineer, Paul Riedl", "said"),
    ("c4", "mixed", "statement", 'the budget was "tight, very tight."', ("he", "he conceded"), "conceded",
     {"source_canonical": "Paul Riedl"}),
])

t = ("Federal prosecutors in Harwick County accused businessman Lionel Strand of fraud on Tuesday, alleging that he had "
     "inflated the value of his real-estate portfolio by $40 million. Strand denied any wrongdoing. \"That's a lie, and "
     "they know it,\" he told reporters outside the courthouse. His lawyer, Dana Whitcombe, said her client would plead "
     "not guilty.")
doc("en-h16", "en", t, [
    ("c1", "indirect", "accusation", "fraud", "Federal prosecutors in Harwick County", "accused",
     {"target": "businessman Lionel Strand"}),
    ("c2", "indirect", "accusation", "he had inflated the value of his real-estate portfolio by $40 million",
     "Federal prosecutors in Harwick County", "alleging"),
    ("c3", "indirect", "denial", "any wrongdoing", ("Strand", "Strand denied"), "denied",
     {"denies": ["c1", "c2"], "source_canonical": "Lionel Strand"}),
    ("c4", "direct", "denial", "\"That's a lie, and they know it,\"", ("he", "he told"), "told",
     {"denies": ["c1", "c2"], "source_canonical": "Lionel Strand"}),
    ("c5", "indirect", "statement", "her client would plead not guilty", "His lawyer, Dana Whitcombe", "said"),
])

t = ("According to the Meteorological Office, the storm could bring gusts of up to 120 km/h to the northern coast. The "
     "harbour master at Penrith Bay, Owen Pryce, ordered all fishing boats to stay in port, saying that the risk was "
     "'simply too high'. 'I would rather lose a day's catch than a crew,' he said.")
doc("en-h17", "en", t, [
    ("c1", "indirect", "statement", "the storm could bring gusts of up to 120 km/h to the northern coast",
     "the Meteorological Office", "According to"),
    ("c2", "mixed", "statement", "the risk was 'simply too high'", "The harbour master at Penrith Bay, Owen Pryce", "saying"),
    ("c3", "direct", "statement", "'I would rather lose a day's catch than a crew,'", ("he", "he said"), "said",
     {"source_canonical": "Owen Pryce"}),
])

t = ('"The money is there," Mayor Linda Okafor said, "but the state has to release it." Her deputy, Tom Greaves, was '
     'blunter: "The capital is sitting on our funds." City council member Raj Patel told the Ledger-Post that the '
     'shortfall could force the closure of two libraries in Brennan Heights.')
doc("en-h18", "en", t, [
    ("c1", "direct", "statement", '"The money is there," Mayor Linda Okafor said, "but the state has to release it."',
     "Mayor Linda Okafor", "said", {"note": "quote interrupted by its cue: content spans the whole stretch"}),
    ("c2", "direct", "statement", '"The capital is sitting on our funds."', "Her deputy, Tom Greaves", "was blunter"),
    ("c3", "indirect", "statement", "the shortfall could force the closure of two libraries in Brennan Heights",
     "City council member Raj Patel", "told"),
])

t = ('A banner outside the Castleford paper mill read "Save Our Jobs". Workers have been handed copies of the so-called '
     '"restructuring plan" this week. The union\'s report, "Running on Empty", argues that the mill remains profitable. '
     '"They are closing a plant that makes money," said union steward Carla Mendes. "Nobody here believes the figures."')
doc("en-h19", "en", t, [
    ("c1", "indirect", "statement", "the mill remains profitable", "The union's report", "argues"),
    ("c2", "direct", "statement", '"They are closing a plant that makes money,"', "union steward Carla Mendes", "said"),
    ("c3", "direct", "statement", '"Nobody here believes the figures."', "union steward Carla Mendes", None,
     {"difficulty": "hard"}),
], not_claims=["Save Our Jobs", "restructuring plan", "Running on Empty"])

t = ("Environmental group Clearwater Watch has accused the Pellham Chemical Company of dumping solvents into Miller Creek "
     "for nearly a decade. According to court documents filed last week, residents first complained of a chemical smell "
     "in 2016. The company rejected the allegations in a statement on Friday. It denied that any solvent had ever left "
     "the site and said it would \"cooperate fully\" with investigators.")
doc("en-h20", "en", t, [
    ("c1", "indirect", "accusation", "dumping solvents into Miller Creek for nearly a decade",
     "Environmental group Clearwater Watch", "has accused", {"target": "the Pellham Chemical Company"}),
    ("c2", "indirect", "statement", "residents first complained of a chemical smell in 2016",
     "court documents filed last week", "According to"),
    ("c3", "indirect", "denial", "the allegations", "The company", "rejected", {"denies": ["c1"]}),
    ("c4", "indirect", "denial", "any solvent had ever left the site", "It", "denied", {"denies": ["c1"]}),
    ("c5", "mixed", "statement", "it would \"cooperate fully\" with investigators", "It", "said",
     {"source_canonical": "The company"}),
])

# ---------------------------------------------------------------- write + check
if __name__ == "__main__":
    main(HERE, DOCS, sys.argv[1:])
