"""Build heldout*.jsonl (beside this file): a check set for the frame readers' constructions of one round
(apposition subjects before a cue with no object, English subjects with an apposition or a relative clause,
"selon X" inside a clause, infinitive cues after a motion or aspect verb, quoted titles as objects, a cue in a
relative clause whose object is its antecedent), inside ordinary news paragraphs. Invented events and people;
offsets computed, never typed (span specs as in ../heldout_build.py). Written before the rules it checks and
scored once before and once after; never tuned on.

Run: python build.py  (builds, then verifies every span); python build.py FILE... only verifies.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_build import doc_record, main, word_count  # noqa: E402

OUT = Path(__file__).resolve().parent
DOCS = []


def doc(doc_id, lang, text, claims, not_claims=(), outlet="", title=""):
    meta = {"origin": "written for the frames check set (invented events and people)", "outlet": outlet,
            "title": title, "words": word_count(text)}
    DOCS.append(doc_record(doc_id, lang, text, claims, not_claims, meta))


# ====================================================================== French
# fr01 — apposition subject before a cue with no object; selon inside a clause
t = ("Pollution de la Lizonne : la préfecture conteste les analyses\n\n"
     "Le collectif Eau Vive affirme que les taux de nitrates de la Lizonne dépassent deux fois les normes. "
     "La porte-parole de la préfecture, Nadia Ferrand, a démenti. « Nos propres relevés ne montrent aucun "
     "dépassement », a-t-elle assuré mardi. Le préfet viendra présenter ses chiffres jeudi devant le conseil "
     "départemental. Le collectif, lui, maintient que les prélèvements ont été faits par un laboratoire agréé. "
     "La dépollution coûterait, selon le rapport du bureau d'études Hydratec, près de quatre millions d'euros.")
doc("fc-fr01", "fr", t, [
    ("c0", "indirect", "denial", "les analyses", ("la préfecture", "la préfecture conteste"), "conteste",
     {"denies": ["c1"], "note": "headline"}),
    ("c1", "indirect", "statement", "les taux de nitrates de la Lizonne dépassent deux fois les normes",
     "Le collectif Eau Vive", "affirme"),
    ("c2", "direct", "denial", "« Nos propres relevés ne montrent aucun dépassement »", ("elle", "a-t-elle assuré"),
     "a-t-elle assuré", {"denies": ["c1"], "source_canonical": "Nadia Ferrand"}),
    ("c3", "indirect", "statement", "les prélèvements ont été faits par un laboratoire agréé",
     ("Le collectif", "Le collectif, lui"),
     "maintient", {"source_canonical": "Le collectif Eau Vive"}),
    ("c4", "indirect", "statement", "La dépollution coûterait, selon le rapport du bureau d'études Hydratec, près de "
     "quatre millions d'euros", "le rapport du bureau d'études Hydratec", "selon",
     {"note": "selon + noun phrase inside the clause: the clause around it, as for a pronoun"}),
], not_claims=["La porte-parole de la préfecture"], outlet="quotidien régional (FR)")

# fr02 — infinitive cues after a motion or aspect verb
t = ("Ligne Nantes-Pornic : le ministre viendra confirmer la réouverture\n\n"
     "Le ministre des Transports viendra confirmer vendredi à Pornic que la ligne rouvrira en septembre. Les "
     "travaux ont duré quatorze mois. La présidente de la région, Sophie Lanoë, a tenu à rappeler que la "
     "collectivité avait financé la moitié du chantier. Les usagers restent méfiants. « On nous a déjà promis trois "
     "dates », soupire Marc Olivier, qui prend le train chaque jour. L'association des usagers est venue dire aux "
     "élus que les horaires ne convenaient pas aux salariés. Le maire de Pornic s'est empressé de préciser que des "
     "bus compléteraient l'offre.")
doc("fc-fr02", "fr", t, [
    ("c1", "indirect", "statement", "la ligne rouvrira en septembre", "Le ministre des Transports",
     ("viendra confirmer", "Transports viendra confirmer")),
    ("c2", "indirect", "statement", "la collectivité avait financé la moitié du chantier",
     "La présidente de la région, Sophie Lanoë", "a tenu à rappeler", {"source_canonical": "Sophie Lanoë"}),
    ("c3", "direct", "statement", "« On nous a déjà promis trois dates »", "Marc Olivier", "soupire"),
    ("c4", "indirect", "statement", "les horaires ne convenaient pas aux salariés", "L'association des usagers",
     "est venue dire"),
    ("c5", "indirect", "statement", "des bus compléteraient l'offre", "Le maire de Pornic",
     "s'est empressé de préciser"),
], not_claims=["Les travaux ont duré quatorze mois"], outlet="quotidien régional (FR)")

# fr03 — quoted titles as objects; a cue in a relative clause whose object is its antecedent
t = ("Environnement : la ministre lance le « Plan Rivières Propres »\n\n"
     "La ministre de l'Environnement a annoncé mercredi le « Plan Rivières Propres », doté de 300 millions "
     "d'euros. Elle a expliqué que les communes pourraient déposer leurs dossiers dès mars. Le député Julien "
     "Marchal annonce son propre programme « Horizon Bleu 2030 ». Il reproche au gouvernement une « improvisation "
     "permanente ». Le retard pris sur les stations d'épuration est une faute que la ministre explique par le "
     "manque d'ingénieurs. Selon elle, 400 postes seront créés d'ici deux ans.")
doc("fc-fr03", "fr", t, [
    ("c1", "indirect", "statement", "les communes pourraient déposer leurs dossiers dès mars", "Elle", "a expliqué"),
    ("c2", "mixed", "accusation", "une « improvisation permanente »", "Il", "reproche",
     {"source_canonical": "Julien Marchal", "target": "gouvernement"}),
    ("c3", "indirect", "statement", "400 postes seront créés d'ici deux ans", ("elle", "Selon elle"), "Selon"),
], not_claims=["le « Plan Rivières Propres », doté de 300 millions d'euros", "son propre programme « Horizon Bleu "
               "2030 »", "par le manque d'ingénieurs"], outlet="quotidien national (FR)")

# fr04 — stressed pronoun after the subject, cue with no object; relative clause after the subject
t = ("Usine Verrand : la direction dément toute fermeture\n\n"
     "Les syndicats de l'usine Verrand affirment que la direction prépare la fermeture du site de Bourges. "
     "La direction, elle, a démenti. Le délégué CGT, Karim Benali, a dénoncé un « mensonge ». Le site emploierait, "
     "d'après l'inspection du travail, quelque 640 salariés. « Nous ne lâcherons rien », a lancé Karim Benali "
     "devant le piquet de grève. Le directeur du site, qui a pris ses fonctions en mai, a démenti ces informations.")
doc("fc-fr04", "fr", t, [
    ("c0", "indirect", "denial", "toute fermeture", ("la direction", 0), ("dément", "direction dément"),
     {"denies": ["c1"]}),
    ("c1", "indirect", "statement", "la direction prépare la fermeture du site de Bourges",
     "Les syndicats de l'usine Verrand", "affirment"),
    ("c2", "mixed", "accusation", "un « mensonge »", "Le délégué CGT, Karim Benali", "a dénoncé",
     {"source_canonical": "Karim Benali"}),
    ("c3", "indirect", "statement", "Le site emploierait, d'après l'inspection du travail, quelque 640 salariés",
     "l'inspection du travail", "d'après"),
    ("c4", "direct", "statement", "« Nous ne lâcherons rien »", ("Karim Benali", 1), "a lancé"),
    ("c5", "indirect", "denial", "ces informations", "Le directeur du site", ("a démenti", "a démenti ces"),
     {"denies": ["c1"]}),
], not_claims=["La direction, elle"], outlet="quotidien régional (FR)")

# ====================================================================== English
# en01 — subject with a name apposition or a relative clause, cue, object
t = ("Riverton mayor rejects audit findings\n\n"
     "The mayor of Riverton, Paul Girard, rejected the findings of the state audit on Tuesday. The audit said last "
     "week that the city had overspent its road budget by $4 million. The city's finance director, who has held "
     "the post since 2019, denied the report. \"Every dollar is accounted for,\" she said. The council will meet on "
     "Thursday. Its chairwoman, Lena Ortiz, said the council would ask for an independent review.")
doc("fc-en01", "en", t, [
    ("c0", "indirect", "denial", "audit findings", "Riverton mayor", "rejects", {"denies": ["c2"]}),
    ("c1", "indirect", "denial", "the findings of the state audit", "The mayor of Riverton, Paul Girard", "rejected",
     {"denies": ["c2"], "source_canonical": "Paul Girard"}),
    ("c2", "indirect", "statement", "the city had overspent its road budget by $4 million", "The audit",
     ("said", "audit said")),
    ("c3", "indirect", "denial", "the report", "The city's finance director, who has held the post since 2019",
     "denied", {"denies": ["c2"]}),
    ("c4", "direct", "statement", "\"Every dollar is accounted for,\"", "she", ("said", "she said")),
    ("c5", "indirect", "statement", "the council would ask for an independent review", "Its chairwoman, Lena Ortiz",
     ("said", "Ortiz, said"), {"source_canonical": "Lena Ortiz"}),
], not_claims=["The council will meet on Thursday"], outlet="US local daily")

# en02 — relative clause, adverbial set off by commas, age apposition
t = ("Plant closure: union disputes company figures\n\n"
     "The Harlow Steel company, which employs 300 people in the valley, denied the union's claims on Monday. The "
     "union, for its part, rejected the company's offer of early retirement. Its president, Dana Kowalski, 58, said "
     "members had voted to continue the strike. Talks are set to resume next week. The plant's manager declined to "
     "comment.")
doc("fc-en02", "en", t, [
    ("c0", "indirect", "denial", "company figures", ("union", "union disputes"), "disputes"),
    ("c1", "indirect", "denial", "the union's claims", "The Harlow Steel company, which employs 300 people in the "
     "valley", "denied"),
    ("c2", "indirect", "denial", "the company's offer of early retirement", "The union", "rejected"),
    ("c3", "indirect", "statement", "members had voted to continue the strike", "Its president, Dana Kowalski, 58",
     ("said", "58, said"), {"source_canonical": "Dana Kowalski"}),
], not_claims=["The Harlow Steel company, which employs 300 people in the valley", "The union, for its part",
               "The plant's manager declined to comment"], outlet="US regional daily")

# en03 — apposition subjects, according to, a quote with a named speaker
t = ("School board defends new schedule\n\n"
     "The superintendent, Maria Chen, said the new bus schedule would save the district $1 million a year. "
     "Parents, many of whom work early shifts, said the 6:40 a.m. pickup was too early for young children. The "
     "district's transport chief, Omar Haddad, disputed the parents' account. According to a survey by the parents' "
     "association, two thirds of families oppose the change. \"We will look at every option,\" Chen told reporters "
     "after the meeting.")
doc("fc-en03", "en", t, [
    ("c1", "indirect", "statement", "the new bus schedule would save the district $1 million a year",
     "The superintendent, Maria Chen", ("said", "Chen, said"), {"source_canonical": "Maria Chen"}),
    ("c2", "indirect", "statement", "the 6:40 a.m. pickup was too early for young children",
     "Parents, many of whom work early shifts", ("said", "shifts, said")),
    ("c3", "indirect", "denial", "the parents' account", "The district's transport chief, Omar Haddad", "disputed",
     {"denies": ["c2"], "source_canonical": "Omar Haddad"}),
    ("c4", "indirect", "statement", "two thirds of families oppose the change", "a survey by the parents' association",
     "According to"),
    ("c5", "direct", "statement", "\"We will look at every option,\"", ("Chen", "Chen told"), "told",
     {"source_canonical": "Maria Chen"}),
], outlet="US local daily")


# ====================================================================== write + verify
if __name__ == "__main__":
    main(OUT, DOCS, sys.argv[1:])
