"""Build denial_check.jsonl (beside this file): short news paragraphs with denials (invented events and people),
written before the denial-linking round of December 2026 as a check nobody tunes on. Offsets computed, never typed.

Span specs: "str" (unique in text), ("str", n) n-th occurrence (0-based), ("str", "anchor") str found inside a unique
anchor. Run: python build.py  (builds, then verifies every span). Score:
python ../../../shared/tools/score.py denial_check.jsonl
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_build import HARD, doc_record, main, upto, word_count  # noqa: E402

OUT = Path(__file__).resolve().parent
DOCS = []


def doc(doc_id, lang, text, claims, not_claims=(), title=""):
    n_words = word_count(text)
    assert 50 <= n_words <= 250, (doc_id, n_words)
    meta = {"origin": "written for the denial check set (invented events and people)", "title": title,
            "words": n_words}
    DOCS.append(doc_record(doc_id, lang, text, claims, not_claims, meta))


# ====================================================================== French
# fr-d01 — headline accusation; spokesperson of the accused; "toute implication dans"
t = ("Incendie de Vernay : des riverains accusent l'Etat de négligence\n\n"
     "Une association de riverains accuse le ministère de l'Agriculture d'avoir autorisé le stockage d'engrais "
     "sans contrôle dans le dépôt de Vernay, détruit par un incendie samedi. Selon son président, Hugo Ferrand, "
     "la préfecture « savait depuis deux ans » que le bâtiment n'était pas aux normes. Un porte-parole du "
     "ministère a fermement démenti ces accusations lundi. « Aucune autorisation de ce type n'a été délivrée », "
     "a-t-il affirmé. La préfecture, elle, nie toute implication dans ce dossier.")
doc("fr-d01", "fr", t, [
    ("c0", "indirect", "accusation", "négligence", "des riverains", "accusent", {"target": "l'Etat"}),
    ("c1", "indirect", "accusation", "avoir autorisé le stockage d'engrais sans contrôle dans le dépôt de Vernay, "
     "détruit par un incendie samedi", "Une association de riverains", ("accuse", "riverains accuse le"),
     {"target": "le ministère de l'Agriculture"}),
    ("c2", "mixed", "statement", "la préfecture « savait depuis deux ans » que le bâtiment n'était pas aux normes",
     "son président, Hugo Ferrand", "Selon"),
    ("c3", "indirect", "denial", "ces accusations", "Un porte-parole du ministère", "a fermement démenti",
     {"denies": ["c0", "c1", "c2"]}),
    ("c4", "direct", "denial", "« Aucune autorisation de ce type n'a été délivrée »", ("il", "a-t-il affirmé"),
     "a-t-il affirmé", {"denies": ["c0", "c1"], "source_canonical": "Un porte-parole du ministère"}),
    ("c5", "indirect", "denial", "toute implication dans ce dossier", "La préfecture", "nie", {"denies": ["c2"]}),
], title="Incendie de Vernay : des riverains accusent l'Etat de négligence")

# fr-d02 — "ce que X dément"; restatement in a later paragraph
t = ("Le maire de Saint-Aubin-des-Prés, Gérard Lemoine, aurait fait pression sur un agent municipal pour qu'il "
     "retire une plainte, selon Le Courrier de l'Ouest. L'agent affirme avoir reçu plusieurs appels du maire en une "
     "semaine, ce que l'élu dément.\n\n"
     "Interrogé mardi, Gérard Lemoine a assuré n'avoir « jamais fait pression sur qui que ce soit ». « Je n'ai "
     "appelé cet agent qu'une seule fois, pour prendre de ses nouvelles », a-t-il précisé. L'opposition municipale "
     "réclame une enquête administrative.")
doc("fr-d02", "fr", t, [
    ("c1", "indirect", "statement", "Le maire de Saint-Aubin-des-Prés, Gérard Lemoine, aurait fait pression sur un "
     "agent municipal pour qu'il retire une plainte", "Le Courrier de l'Ouest", "selon"),
    ("c2", "indirect", "statement", "avoir reçu plusieurs appels du maire en une semaine", "L'agent", "affirme"),
    ("c3", "indirect", "denial", "ce que l'élu dément", "l'élu", "dément", {"denies": ["c2"]}),
    ("c4", "mixed", "denial", "n'avoir « jamais fait pression sur qui que ce soit »", ("Gérard Lemoine", 1),
     "a assuré", {"denies": ["c1"]}),
    ("c5", "direct", "denial", "« Je n'ai appelé cet agent qu'une seule fois, pour prendre de ses nouvelles »",
     ("il", "a-t-il précisé"), "a-t-il précisé", {"denies": ["c2"], "source_canonical": "Gérard Lemoine"}),
])

# fr-d03 — headline claim denied in the body; "de tels versements"; role of the accused ("le président du club")
t = ("Le club de Montreval aurait versé des primes occultes à ses joueurs, affirme un ancien dirigeant\n\n"
     "Dans un entretien publié jeudi, l'ancien trésorier du FC Montreval, Alain Brossard, affirme que le club a "
     "versé pendant trois saisons des primes en liquide à une dizaine de joueurs. Le président du club, Patrick "
     "Valette, dément catégoriquement avoir autorisé de tels versements. « Ce sont des affabulations d'un homme qui "
     "a été licencié », a-t-il réagi. Alain Brossard dit tenir des reçus à la disposition de la justice.")
doc("fr-d03", "fr", t, [
    ("c1", "indirect", "statement", "Le club de Montreval aurait versé des primes occultes à ses joueurs",
     "un ancien dirigeant", ("affirme", 0), {"source_canonical": "Alain Brossard", "note": "headline"}),
    ("c2", "indirect", "statement", "le club a versé pendant trois saisons des primes en liquide à une dizaine de "
     "joueurs", "l'ancien trésorier du FC Montreval, Alain Brossard", ("affirme", 1)),
    ("c3", "indirect", "denial", "avoir autorisé de tels versements", "Le président du club, Patrick Valette",
     "dément catégoriquement", {"denies": ["c1", "c2"]}),
    ("c4", "direct", "denial", "« Ce sont des affabulations d'un homme qui a été licencié »",
     ("il", "a-t-il réagi"), "a-t-il réagi", {"denies": ["c1", "c2"], "source_canonical": "Patrick Valette"}),
    ("c5", "indirect", "statement", "tenir des reçus à la disposition de la justice", ("Alain Brossard", 1), "dit"),
], title="Le club de Montreval aurait versé des primes occultes à ses joueurs, affirme un ancien dirigeant")

# fr-d04 — "a démenti les informations de X selon lesquelles P"; a denial with no denial verb
t = ("Le ministère des Armées a démenti vendredi les informations du quotidien L'Écho selon lesquelles deux "
     "frégates auraient été immobilisées faute de pièces détachées. « Nos bâtiments sont tous opérationnels », a "
     "déclaré la porte-parole du ministère, Nadia Berthier. Le journal, qui cite des officiers de la marine, affirme "
     "de son côté que la maintenance a pris « plusieurs mois de retard » depuis le printemps. Des sources "
     "syndicales évoquent également un manque de techniciens sur la base de Toulon.")
doc("fr-d04", "fr", t, [
    ("c1", "indirect", "statement", "deux frégates auraient été immobilisées faute de pièces détachées",
     "quotidien L'Écho", "selon lesquelles"),
    ("c2", "indirect", "denial", upto(t, "les informations du quotidien", "détachées"), "Le ministère des Armées",
     "a démenti", {"denies": ["c1"]}),
    ("c3", "direct", "denial", "« Nos bâtiments sont tous opérationnels »",
     "la porte-parole du ministère, Nadia Berthier", "a déclaré", {"denies": ["c1"]}),
    ("c4", "mixed", "statement", "la maintenance a pris « plusieurs mois de retard » depuis le printemps",
     "Le journal", "affirme"),
    ("c5", "indirect", "statement", "un manque de techniciens sur la base de Toulon", "Des sources syndicales",
     "évoquent"),
])

# fr-d05 — the accused contests "les faits" in a later paragraph; "s'est-il défendu"
t = ("Trois anciens cadres de la société de transport Rhodia Bus comparaissent depuis lundi devant le tribunal "
     "correctionnel de Valence. Le parquet leur reproche d'avoir falsifié les relevés d'heures des chauffeurs pour "
     "toucher des aides publiques. Selon l'accusation, le préjudice dépasserait 1,2 million d'euros.\n\n"
     "À la barre, l'ancien directeur financier a contesté les faits. « Je signais ce qu'on me présentait », "
     "s'est-il défendu. Son avocat, Me Julien Rast, plaide la relaxe et estime que son client « a servi de "
     "fusible ».")
doc("fr-d05", "fr", t, [
    ("c1", "indirect", "accusation", "avoir falsifié les relevés d'heures des chauffeurs pour toucher des aides "
     "publiques", "Le parquet", "reproche", {"target": "leur"}),
    ("c2", "indirect", "statement", "le préjudice dépasserait 1,2 million d'euros", "l'accusation", "Selon"),
    ("c3", "indirect", "denial", "les faits", "l'ancien directeur financier", "a contesté", {"denies": ["c1"]}),
    ("c4", "direct", "denial", "« Je signais ce qu'on me présentait »", ("il", "s'est-il défendu"),
     "s'est-il défendu", {"denies": ["c1"], "source_canonical": "l'ancien directeur financier"}),
    ("c5", "mixed", "statement", "son client « a servi de fusible »", "Son avocat, Me Julien Rast", "estime"),
])

# fr-d09 — headline accusation; « Faux ! » by the government's spokesman; "rejette en bloc ces critiques"
t = ("Le Parti du Centre accuse le gouvernement de « truquer » les chiffres du chômage\n\n"
     "Le président du Parti du Centre, Olivier Dumesnil, a accusé dimanche le gouvernement de « maquiller » les "
     "statistiques de l'emploi en radiant massivement des demandeurs d'emploi. Selon lui, 150 000 personnes "
     "auraient été sorties des listes en six mois. « Faux ! », a répliqué lundi le porte-parole du gouvernement, "
     "Stéphane Royer, sur France Info. Il rejette en bloc ces critiques et affirme que les radiations « sont "
     "stables depuis 2019 ».")
doc("fr-d09", "fr", t, [
    ("c1", "mixed", "accusation", "« truquer » les chiffres du chômage", "Le Parti du Centre", "accuse",
     {"target": ("le gouvernement", 0)}),
    ("c2", "mixed", "accusation", "« maquiller » les statistiques de l'emploi en radiant massivement des demandeurs "
     "d'emploi", "Le président du Parti du Centre, Olivier Dumesnil", "a accusé",
     {"target": ("le gouvernement", 1)}),
    ("c3", "indirect", "statement", "150 000 personnes auraient été sorties des listes en six mois", "lui", "Selon",
     {"source_canonical": "Olivier Dumesnil"}),
    ("c4", "direct", "denial", "« Faux ! »", "le porte-parole du gouvernement, Stéphane Royer", "a répliqué",
     {"denies": ["c1", "c2", "c3"], "via": ["France Info"]}),
    ("c5", "indirect", "denial", "ces critiques", "Il", "rejette en bloc",
     {"denies": ["c1", "c2", "c3"], "source_canonical": "Stéphane Royer"}),
    ("c6", "mixed", "statement", "les radiations « sont stables depuis 2019 »", "Il", "affirme",
     {"source_canonical": "Stéphane Royer"}),
], title="Le Parti du Centre accuse le gouvernement de « truquer » les chiffres du chômage")

# ====================================================================== English
# en-d06 — headline accusation; "denied any wrongdoing"; "rejected the claims as baseless" by a spokesperson
t = ("Harlow Energy accused of dumping waste in river\n\n"
     "Environmental group RiverWatch has accused Harlow Energy of dumping chemical waste into the Tamsin River for "
     "at least two years. The group said water samples taken near the company's plant showed levels of solvents "
     "ten times above the legal limit. Harlow Energy denied any wrongdoing on Tuesday. A spokesperson for the "
     "company rejected the claims as baseless and said the plant's discharge was monitored daily by state "
     "inspectors. Local officials said they would review the samples.")
doc("en-d06", "en", t, [
    ("c1", "indirect", "accusation", "dumping waste in river", None, ("accused", 0), {"target": ("Harlow Energy", 0)}),
    ("c2", "indirect", "accusation", "dumping chemical waste into the Tamsin River for at least two years",
     "Environmental group RiverWatch", "has accused", {"target": ("Harlow Energy", 1)}),
    ("c3", "indirect", "statement", "water samples taken near the company's plant showed levels of solvents ten "
     "times above the legal limit", "The group", ("said", 0)),
    ("c4", "indirect", "denial", "any wrongdoing", ("Harlow Energy", 2), "denied", {"denies": ["c1", "c2"]}),
    ("c5", "indirect", "denial", "the claims", "A spokesperson for the company", "rejected",
     {"denies": ["c1", "c2", "c3"]}),
    ("c6", "indirect", "statement", "the plant's discharge was monitored daily by state inspectors",
     "A spokesperson for the company", ("said", 1)),
    ("c7", "indirect", "statement", "they would review the samples", "Local officials", ("said", 2)),
], title="Harlow Energy accused of dumping waste in river")

# en-d07 — headline denial of what the body reports; "called the report false"; later paragraph
t = ("Senator Voss denies taking payments from lobbyist\n\n"
     "The Daily Ledger reported on Monday that Senator Karen Voss received more than $80,000 from a lobbying firm "
     "while she sat on the energy committee. According to the paper, the payments were routed through a consulting "
     "company owned by her brother-in-law.\n\n"
     "Voss called the report false and politically motivated. \"I have never taken a cent from anyone with "
     "business before my committee,\" she told reporters in the Capitol. Her office said the senator would ask the "
     "ethics committee to review these allegations herself.")
doc("en-d07", "en", t, [
    ("c1", "indirect", "denial", "taking payments from lobbyist", "Senator Voss", "denies",
     {"denies": ["c2", "c3"], "note": "headline"}),
    ("c2", "indirect", "statement", "Senator Karen Voss received more than $80,000 from a lobbying firm while she "
     "sat on the energy committee", "The Daily Ledger", "reported"),
    ("c3", "indirect", "statement", "the payments were routed through a consulting company owned by her "
     "brother-in-law", "the paper", "According to"),
    ("c4", "indirect", "denial", "the report", ("Voss", "Voss called"), "called", {"denies": ["c2", "c3"]}),
    ("c5", "direct", "denial", "\"I have never taken a cent from anyone with business before my committee,\"",
     ("she", "she told"), "told", {"denies": ["c2", "c3"], "source_canonical": "Karen Voss"}),
    ("c6", "indirect", "statement", "the senator would ask the ethics committee to review these allegations herself",
     "Her office", "said"),
], title="Senator Voss denies taking payments from lobbyist")

# en-d08 — agentless accusation; "a police spokesman denied that …"; "dismissed the suggestion that …"
t = ("Police in Brackley have been accused of ignoring repeated warnings about a man who later attacked two women in "
     "the town centre. Relatives of one victim told the Brackley Herald that they had called the police station "
     "four times in the week before the attack. A police spokesman denied that the calls had been ignored, saying "
     "each one had been logged and passed to a patrol team. Chief Constable Mark Ellery dismissed the suggestion "
     "that officers had failed the family, but promised an independent review.")
doc("en-d08", "en", t, [
    ("c1", "indirect", "accusation", "ignoring repeated warnings about a man who later attacked two women in the "
     "town centre", None, "have been accused", {"target": "Police in Brackley"}),
    ("c2", "indirect", "statement", "they had called the police station four times in the week before the attack",
     "Relatives of one victim", "told", {"via": ["the Brackley Herald"]}),
    ("c3", "indirect", "denial", "the calls had been ignored", "A police spokesman", "denied", {"denies": ["c1"]}),
    ("c4", "indirect", "statement", "each one had been logged and passed to a patrol team", "A police spokesman",
     "saying"),
    ("c5", "indirect", "denial", "the suggestion that officers had failed the family", "Chief Constable Mark Ellery",
     "dismissed", {"denies": ["c1"]}),
])

# en-d10 — headline finding; the accused's lawyer says the findings are wrong; "denied approving any of"
t = ("Mayor used city credit card for family holidays, audit finds\n\n"
     "An internal audit has found that Mayor Dennis Kowal charged nearly $14,000 in personal travel to a city credit "
     "card over three years. The auditors said the expenses were approved by his chief of staff without receipts. "
     "Kowal's lawyer, Rita Moss, said the findings were \"riddled with errors\" and that her client had repaid every "
     "personal expense. The chief of staff, Ben Ortiz, denied approving any of the payments.")
doc("en-d10", "en", t, [
    ("c1", "indirect", "statement", "Mayor used city credit card for family holidays", ("audit", 0), "finds",
     {"note": "headline"}),
    ("c2", "indirect", "statement", "Mayor Dennis Kowal charged nearly $14,000 in personal travel to a city credit "
     "card over three years", "An internal audit", "has found"),
    ("c3", "indirect", "statement", "the expenses were approved by his chief of staff without receipts",
     "The auditors", ("said", 0)),
    ("c4", "mixed", "denial", "the findings were \"riddled with errors\"", "Kowal's lawyer, Rita Moss", ("said", 1),
     {"denies": ["c1", "c2", "c3"]}),
    ("c5", "indirect", "statement", "her client had repaid every personal expense", "Kowal's lawyer, Rita Moss",
     ("said", 1), {"difficulty": HARD}),
    ("c6", "indirect", "denial", "approving any of the payments", "The chief of staff, Ben Ortiz", "denied",
     {"denies": ["c3"]}),
], title="Mayor used city credit card for family holidays, audit finds")


if __name__ == "__main__":
    main(OUT, DOCS, sys.argv[1:], stem="denial_check")
