#!/usr/bin/env python3
"""Build the French cue lexicon (claimtrack/data/fr/cues.json) from hand-written lists.

Usage:
    python scripts/build_fr_cues.py [-o claimtrack/data/fr/cues.json]

Nothing is mined: the lemma lists below describe French news writing (verbs of
saying, accusing and denying) and a small conjugator inflects them.  The output
is deterministic (same input -> byte-identical file).

Output shape::

    {
      "lemmas":    {lemma: {"class": ..., "object": bool, ["weak": true,] "forms": [...]}},
      "multiword": {phrase: {"class": ..., "object": bool, ["weak": true,] "forms": [...]}},
      "markers":   {marker: {"kind": ...}},
      "ambiguous": {form: note}
    }

* ``class``: "report" | "accuse" | "deny".
* ``object``: the verb commonly takes a noun-phrase object that is itself the
  reported / accused / denied material ("annoncer la suspension", "nier les faits").
* ``weak``: only present (and true) for verbs that are ambiguous outside a speech
  frame; the extractor accepts them only in sure frames (incise, que-clause).
* ``forms``: infinitive, all six persons of présent, imparfait, passé simple,
  futur, conditionnel and subjonctif présent, participe présent and participe
  passé m/f sg/pl.  Lowercase, accented, no pronouns, ASCII apostrophe.
  Pronominal lemmas ("s'exclamer") carry the forms of the bare verb.
  Multiword entries vary only the verb ("remet en question").
  A form shared by several lemmas is kept in each of them.
* ``ambiguous``: forms that appear in some forms list and are also frequent
  non-verbal words (nouns, adjectives), with a short note.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "claimtrack" / "data" / "fr" / "cues.json"

# ==========================================================================
# Lemma lists
# ==========================================================================
# (lemma, object, weak).  Pronominal verbs are written with their pronoun.

REPORT = [
    # plain statements
    ("affirmer", True, False), ("réaffirmer", True, False), ("déclarer", True, False),
    ("dire", False, False), ("redire", False, False), ("annoncer", True, False),
    ("indiquer", False, False), ("préciser", False, False), ("spécifier", False, False),
    ("ajouter", False, False), ("assurer", False, False), ("estimer", False, False),
    ("expliquer", False, False), ("souligner", True, False), ("rapporter", True, False),
    ("écrire", False, False), ("confirmer", True, False), ("reconnaître", True, False),
    ("avouer", True, False), ("admettre", True, False), ("concéder", True, False),
    ("convenir", False, False), ("confesser", True, False), ("insister", False, False),
    ("rappeler", False, False), ("répéter", False, False), ("réitérer", True, False),
    ("marteler", False, False), ("proclamer", True, False), ("clamer", True, False),
    ("scander", True, False), ("exprimer", True, False), ("s'exprimer", False, False),
    ("se prononcer", False, False), ("communiquer", True, False), ("informer", False, False),
    ("notifier", True, False), ("officialiser", True, False), ("mentionner", True, False),
    ("évoquer", True, False), ("signaler", True, False), ("révéler", True, False),
    ("dévoiler", True, False), ("divulguer", True, False), ("détailler", True, False),
    ("décrire", True, False), ("raconter", True, False), ("relater", True, False),
    ("témoigner", False, False), ("attester", True, False), ("certifier", False, False),
    ("jurer", False, False), ("garantir", False, False), ("prétendre", False, False),
    ("alléguer", True, False), ("arguer", False, False), ("argumenter", False, False),
    ("asséner", False, False), ("insinuer", False, False), ("suggérer", False, False),
    ("justifier", True, False), ("renchérir", False, False), ("relativiser", False, False),
    # observation / perception used as saying
    ("constater", True, False), ("noter", False, True), ("observer", False, True),
    ("relever", False, True), ("remarquer", False, True), ("soulever", True, True),
    ("pointer", True, True), ("citer", True, True), ("lire", False, True),
    ("apprendre", True, True), ("qualifier", True, True),
    # warnings, threats, promises
    ("prévenir", False, False), ("avertir", False, False), ("alerter", False, False),
    ("menacer", False, False), ("promettre", True, False), ("s'engager", False, True),
    # replies and continuations
    ("répondre", False, False), ("rétorquer", False, False), ("répliquer", False, False),
    ("riposter", False, False), ("objecter", False, False), ("réagir", False, False),
    ("commenter", False, False), ("poursuivre", False, True), ("reprendre", False, True),
    ("enchaîner", False, True), ("développer", False, True), ("conclure", False, True),
    ("résumer", False, True), ("nuancer", False, True), ("corriger", False, True),
    ("rectifier", False, True), ("compléter", False, True), ("surenchérir", False, True),
    # manner of speaking
    ("s'exclamer", False, False), ("ironiser", False, False), ("tonner", False, False),
    ("fulminer", False, False), ("pester", False, False), ("plaisanter", False, True),
    ("crier", False, True), ("hurler", False, True), ("murmurer", False, True),
    ("chuchoter", False, True), ("souffler", False, True), ("glisser", False, True),
    ("lâcher", False, True), ("lancer", False, True), ("avancer", True, True),
    ("parler", False, True), ("confier", False, True),
    # written / online channels
    ("publier", True, True), ("poster", True, True), ("tweeter", False, False),
    ("twitter", False, False),
    # evaluation, feelings
    ("déplorer", True, False), ("regretter", True, False), ("se féliciter", False, False),
    ("saluer", True, True), ("applaudir", True, True), ("approuver", True, False),
    ("se réjouir", False, False), ("s'indigner", False, False), ("s'insurger", False, False),
    ("s'offusquer", False, False), ("s'emporter", False, False), ("s'agacer", False, False),
    ("s'impatienter", False, False), ("s'inquiéter", False, False), ("s'alarmer", False, False),
    ("s'étonner", False, False), ("se plaindre", False, False), ("craindre", True, False),
    ("redouter", True, False), ("assumer", True, True), ("défendre", True, True),
    ("soutenir", False, False), ("maintenir", False, False), ("plaider", False, False),
    ("militer", False, True),
    # opinion
    ("juger", False, True), ("considérer", False, True), ("penser", False, True),
    ("croire", False, True), ("espérer", False, True), ("souhaiter", False, True),
    ("supposer", False, True),
    # questions
    ("s'interroger", False, False), ("se demander", False, False), ("interroger", False, True),
    ("questionner", False, True),
    # requests, calls, recommendations
    ("demander", True, False), ("exiger", True, False), ("réclamer", True, False),
    ("revendiquer", True, False), ("appeler", False, False), ("exhorter", False, False),
    ("implorer", False, False), ("supplier", False, False), ("inviter", False, True),
    ("prier", False, True), ("proposer", True, False), ("préconiser", True, False),
    ("recommander", True, False), ("conseiller", False, True), ("prôner", True, False),
    ("ordonner", True, False), ("décréter", True, False),
    # predictions
    ("prédire", True, False), ("pronostiquer", True, False), ("anticiper", True, True),
]

ACCUSE = [
    ("accuser", True, False), ("reprocher", True, False), ("dénoncer", True, False),
    ("fustiger", True, False), ("critiquer", True, False), ("condamner", True, False),
    ("blâmer", True, False), ("incriminer", True, False), ("soupçonner", True, False),
    ("suspecter", True, False), ("taxer", True, False), ("imputer", True, False),
    ("stigmatiser", True, False), ("vilipender", True, False), ("attaquer", True, True),
    ("épingler", True, True), ("étriller", True, False), ("éreinter", True, False),
    ("tancer", True, False), ("sermonner", True, False), ("admonester", True, False),
    ("pourfendre", True, False), ("accabler", True, True), ("conspuer", True, False),
    ("décrier", True, False), ("dénigrer", True, False), ("vitupérer", False, False),
    ("invectiver", True, False), ("railler", True, False), ("récriminer", False, False),
    ("cibler", True, True),
]

DENY = [
    ("démentir", True, False), ("nier", True, False), ("réfuter", True, False),
    ("contester", True, False), ("rejeter", True, False), ("récuser", True, False),
    ("contredire", True, False), ("infirmer", True, False), ("dénier", True, False),
    ("désavouer", True, False), ("balayer", True, True), ("repousser", True, True),
    ("écarter", True, True), ("exclure", True, True), ("minimiser", True, True),
    ("se défendre", False, False), ("protester", False, False), ("douter", False, False),
    ("se rétracter", False, False),
]

# (phrase, class, object, weak).  The first word (after a pronoun) is the verb;
# the rest is kept as is.  A tail ending in " de" also gets an elided " d'" variant.
MULTIWORD = [
    # report
    ("faire savoir", "report", False, False),
    ("faire valoir", "report", False, False),
    ("faire état de", "report", True, False),
    ("faire part de", "report", True, False),
    ("faire observer", "report", False, False),
    ("faire remarquer", "report", False, False),
    ("laisser entendre", "report", False, False),
    ("mettre en garde", "report", False, False),
    ("tirer la sonnette d'alarme", "report", False, False),
    ("mettre en avant", "report", True, False),
    ("mettre l'accent sur", "report", True, False),
    ("lever le voile sur", "report", True, False),
    ("prendre acte de", "report", True, False),
    ("hausser le ton", "report", False, False),
    ("lancer un appel", "report", False, False),
    ("lancer un avertissement", "report", False, False),
    # light verb + noun or adjective, then the content: "exprime l'espoir que", "se dit persuadé que"
    ("exprimer l'espoir", "report", False, False),
    ("exprimer le souhait", "report", False, False),
    ("exprimer sa crainte", "report", False, False),
    ("exprimer son inquiétude", "report", False, False),
    ("exprimer sa conviction", "report", False, False),
    ("dire persuadé", "report", False, False), ("dire persuadée", "report", False, False),
    ("dire persuadés", "report", False, False), ("dire persuadées", "report", False, False),
    ("dire convaincu", "report", False, False), ("dire convaincue", "report", False, False),
    ("dire convaincus", "report", False, False), ("dire convaincues", "report", False, False),
    # accuse
    ("mettre en cause", "accuse", True, False),
    ("mettre en accusation", "accuse", True, False),
    ("pointer du doigt", "accuse", True, False),
    ("montrer du doigt", "accuse", True, False),
    ("clouer au pilori", "accuse", True, False),
    ("prendre pour cible", "accuse", True, False),
    ("tirer à boulets rouges", "accuse", False, False),
    ("crier au scandale", "accuse", False, False),
    ("crier au complot", "accuse", False, False),
    ("porter plainte", "accuse", False, False),
    ("faire grief", "accuse", False, False),
    ("rejeter la faute", "accuse", False, False),
    ("rejeter la responsabilité", "accuse", False, False),
    # deny
    ("remettre en question", "deny", True, False),
    ("remettre en cause", "deny", True, False),
    ("mettre en doute", "deny", True, False),
    ("s'inscrire en faux", "deny", False, False),
    ("battre en brèche", "deny", True, False),
    ("opposer un démenti", "deny", False, False),
    ("apporter un démenti", "deny", False, False),
    ("opposer une fin de non-recevoir", "deny", False, False),
]

# Variant spellings merged into a lemma's forms.
SPELLING_VARIANTS = {"asséner": ["assener"]}

MARKERS = {
    "selon": "according",
    "d'après": "according",
    "selon les termes de": "according",
    "aux termes de": "according",
    "selon les mots de": "according",
    "selon les propos de": "according",
    "pour reprendre les mots de": "according",
    "aux yeux de": "according",
    "de l'avis de": "according",
    "de l'aveu de": "according",
    "de l'aveu même de": "according",
    "aux dires de": "according",
    "au dire de": "according",
    "à en croire": "according",
    "dixit": "according",
    "de source": "according",
    "de sources": "according",
    "pour": "according_weak",
    "suivant": "according_weak",
    "cité par": "cited_by",
    "citée par": "cited_by",
    "cités par": "cited_by",
    "citées par": "cited_by",
    "citant": "citing",
    "interrogé par": "interviewed_by",
    "interrogée par": "interviewed_by",
    "interrogés par": "interviewed_by",
    "interrogées par": "interviewed_by",
    "contacté par": "interviewed_by",
    "contactée par": "interviewed_by",
    "contactés par": "interviewed_by",
    "contactées par": "interviewed_by",
    "joint par": "interviewed_by",
    "jointe par": "interviewed_by",
    "joints par": "interviewed_by",
    "jointes par": "interviewed_by",
    "sollicité par": "interviewed_by",
    "sollicitée par": "interviewed_by",
    "sollicités par": "interviewed_by",
    "sollicitées par": "interviewed_by",
}

# Forms that are also frequent non-verbal words.  Every key must occur in some
# forms list (checked below).
AMBIGUOUS = {
    "estime": "noun (l'estime)",
    "accusé": "noun/adjective (l'accusé)", "accusée": "noun/adjective",
    "accusés": "noun/adjective", "accusées": "noun/adjective",
    "dément": "adjective (insane)", "démente": "adjective (insane)",
    "démentes": "adjective (insane)",
    "démenti": "noun (un démenti)", "démentis": "noun (des démentis)",
    "annonce": "noun (une annonce)", "annonces": "noun",
    "écrit": "noun (un écrit)", "écrits": "noun",
    "dit": "adjective (ledit, dit « X »)", "dite": "adjective", "dits": "adjective",
    "dites": "adjective",
    "pensée": "noun (la pensée)", "pensées": "noun",
    "critique": "noun/adjective", "critiques": "noun/adjective",
    "demande": "noun (la demande)", "demandes": "noun",
    "juge": "noun (le juge)", "juges": "noun",
    "note": "noun (une note)", "notes": "noun",
    "relève": "noun (la relève)", "relevé": "noun (un relevé)", "relevés": "noun",
    "menace": "noun (la menace)", "menaces": "noun",
    "menacé": "adjective (espèce menacée)", "menacée": "adjective", "menacés": "adjective",
    "menacées": "adjective", "menaçant": "adjective",
    "avance": "noun (en avance)", "avances": "noun",
    "avancé": "adjective", "avancée": "noun/adjective (une avancée)", "avancées": "noun/adjective",
    "garantie": "noun (une garantie)", "garanties": "noun",
    "confirmé": "adjective (expert confirmé)", "confirmée": "adjective",
    "reconnu": "adjective (well-known)", "reconnue": "adjective", "reconnus": "adjective",
    "reconnues": "adjective",
    "admis": "adjective",
    "prévenu": "noun (defendant)", "prévenue": "noun (defendant)", "prévenus": "noun (defendants)",
    "prévenues": "noun",
    "convient": "impersonal (il convient de)", "convenu": "adjective",
    "soutiens": "noun (plural of soutien)",
    "concluant": "adjective (conclusive)",
    "croyant": "noun/adjective (believer)",
    "cru": "noun (vintage)", "crue": "noun (flood)", "crues": "noun (floods)",
    "crainte": "noun (la crainte)", "craintes": "noun",
    "plainte": "noun (porter plainte)", "plaintes": "noun", "plaignant": "noun (plaintiff)",
    "regretté": "adjective (late)",
    "réclame": "noun (advertising)",
    "contesté": "adjective", "contestée": "adjective",
    "condamné": "noun/adjective (legal sentence)", "condamnée": "noun/adjective",
    "condamnés": "noun/adjective", "condamnées": "noun/adjective",
    "attaque": "noun (une attaque)", "attaques": "noun",
    "blâme": "noun (un blâme)",
    "taxe": "noun (une taxe)", "taxes": "noun",
    "reproche": "noun (un reproche)", "reproches": "noun",
    "doute": "noun (le doute)", "doutes": "noun",
    "conseiller": "noun (un conseiller)",
    "informé": "adjective (bien informé)",
    "poste": "noun (un poste)", "postes": "noun",
    "lit": "noun (bed)",
    "cité": "noun (city)", "cités": "noun",
    "détaillé": "adjective (detailed)",
    "précise": "adjective (précis/précise)", "précises": "adjective",
    "assuré": "noun/adjective (insured)", "assurés": "noun/adjective",
    "affirmé": "adjective (marked)",
    "déclaré": "adjective", "déclarée": "adjective",
    "tonne": "noun (unit)", "tonnes": "noun (unit)",
    "souffle": "noun (breath)",
    "lâche": "noun/adjective (coward)", "lâches": "noun/adjective",
    "résumé": "noun (un résumé)", "résumés": "noun",
    "murmure": "noun", "murmures": "noun",
    "juré": "noun (juror)", "jurés": "noun (jurors)",
    "communiqué": "noun (un communiqué)", "communiqués": "noun",
    "engagé": "adjective (committed)", "engagée": "adjective", "engagés": "adjective",
    "appelé": "noun/adjective (conscript; appelé à)",
    "accablant": "adjective (overwhelming)",
    "exigeant": "adjective (demanding)",
    "alarmant": "adjective", "inquiétant": "adjective", "étonnant": "adjective",
    "insistant": "adjective",
    "prononcé": "adjective/noun (marked; le prononcé)",
    "rejetons": "noun (offspring)",
    "alerte": "noun (une alerte)", "alertes": "noun",
    "riposte": "noun (une riposte)", "ripostes": "noun",
    "réplique": "noun (une réplique)", "répliques": "noun",
    "prétendu": "adjective (so-called)", "prétendue": "adjective", "prétendus": "adjective",
    "prétendues": "adjective",
    "supposé": "adjective (alleged)", "supposée": "adjective", "supposés": "adjective",
    "supposées": "adjective",
    "allégué": "adjective (alleged)",
    "exclu": "adjective/noun", "exclue": "adjective", "exclus": "adjective/noun",
    "protestant": "noun/adjective (Protestant)",
    "répondant": "noun (respondent)",
    "promis": "adjective", "promise": "noun/adjective",
    "averti": "adjective (informed)",
    "cible": "noun (une cible)", "cibles": "noun",
    "défendu": "adjective (forbidden)",
    "publié": "adjective",
    "saluée": "adjective",
    "ordonné": "adjective (orderly)",
    "recommandé": "adjective (registered; advisable)",
    "plaisante": "adjective (pleasant)",
    "maintenant": "adverb (now); also participe présent of maintenir",
    "militant": "noun/adjective (un militant)",
    "insurgé": "noun (insurgent)", "insurgés": "noun (insurgents)", "insurgée": "adjective",
    "indignés": "noun/adjective (les Indignés)",
    "inquiète": "adjective (worried)", "inquiètes": "adjective (worried)",
    "prétendant": "noun (contender, suitor)",
    "détaillant": "noun (retailer)",
    "communiquant": "noun (communicator)",
    "poster": "noun (a poster)",
    "reconnaissant": "adjective (grateful)",
    "confiant": "adjective (confident)",
    "attaquant": "noun (striker, attacker)",
    "relevant": "participle in 'relevant de' (falling under)",
    "reprise": "noun (resumption)", "reprises": "noun (à plusieurs reprises)",
    "estimé": "adjective (estimated; esteemed)", "estimée": "adjective", "estimés": "adjective",
    "estimées": "adjective",
    "invité": "noun (guest)", "invitée": "noun (guest)", "invités": "noun (guests)",
    "invitées": "noun (guests)",
    "soutenu": "adjective (sustained)",
    "prévenant": "adjective (considerate)",
    "mise en cause": "noun phrase (la mise en cause)",
    "mises en cause": "noun phrase",
    "remise en cause": "noun phrase (la remise en cause)",
    "remises en cause": "noun phrase",
    "remise en question": "noun phrase (la remise en question)",
    "mise en doute": "noun phrase",
    "mise en garde": "noun phrase (une mise en garde)",
    "mises en garde": "noun phrase",
    "mise en accusation": "noun phrase",
    "mise en avant": "noun phrase",
}

# ==========================================================================
# Conjugator
# ==========================================================================
# A paradigm is a dict: tense -> list of 6 forms (je, tu, il, nous, vous, ils),
# plus "inf", "ppr" (participe présent) and "pp" (m sg, f sg, m pl, f pl).

TENSES = ("present", "imparfait", "passe_simple", "futur", "conditionnel", "subjonctif")

IMPF_END = ["ais", "ais", "ait", "ions", "iez", "aient"]
FUT_END = ["rai", "ras", "ra", "rons", "rez", "ront"]
COND_END = ["rais", "rais", "rait", "rions", "riez", "raient"]

VOWELS = set("aeiouyéèêëàâîïôûùœ")
MUTE_PERSONS = (0, 1, 2, 5)  # je, tu, il, ils: ending in a mute e for -er verbs

# -eler / -eter verbs that take è instead of doubling the consonant.
ELER_ETER_GRAVE = {
    "acheter", "racheter", "geler", "dégeler", "congeler", "peler", "modeler",
    "haleter", "ciseler", "démanteler", "marteler", "crocheter", "corseter",
    "fureter", "écarteler",
}

SECOND_GROUP = {
    "avertir", "réagir", "garantir", "applaudir", "renchérir", "surenchérir", "réjouir",
}


def _join(stem: str, ending: str) -> str:
    """Attach an ending, applying the -cer / -ger spelling rules before a / o."""
    if ending and ending[0] in "aoâ":
        if stem.endswith("c"):
            return stem[:-1] + "ç" + ending
        if stem.endswith("g"):
            return stem + "e" + ending
    return stem + ending


def _last_vowel(stem: str) -> int:
    """Index of the last vowel of a stem; the u of gu / qu is not a vowel."""
    i = len(stem) - 1
    while i >= 0:
        c = stem[i]
        if c in VOWELS and not (c == "u" and i > 0 and stem[i - 1] in "gq"):
            return i
        i -= 1
    return -1


def _mute_stems(inf: str, stem: str) -> tuple[list[str], list[str], bool]:
    """Stems used before a mute e, and stems for futur/conditionnel.

    Returns (mute_stems, future_stems, future_also_plain).
    """
    if stem.endswith("ay"):  # balayer: balaie / balaye
        alt = stem[:-1] + "i"
        return [alt, stem], [alt, stem], False
    if stem.endswith(("oy", "uy")):  # nettoie, appuie
        alt = stem[:-1] + "i"
        return [alt], [alt], False
    vi = _last_vowel(stem)
    if vi < 0:
        return [stem], [stem], False
    after = stem[vi + 1:]
    single_consonant = len(after) == 1 or after in ("gu", "qu")
    vowel = stem[vi]
    if vowel == "e" and single_consonant and vi > 0 and stem[vi - 1] not in VOWELS:
        if inf.endswith(("eler", "eter")) and inf not in ELER_ETER_GRAVE:
            alt = stem + stem[-1]  # appelle, rejette
        else:
            alt = stem[:vi] + "è" + after  # relève, martèle
        return [alt], [alt], False
    if vowel == "é" and after and all(c not in VOWELS for c in after.replace("u", "")):
        alt = stem[:vi] + "è" + after  # répète; futur répéterai (and 1990 répèterai)
        return [alt], [alt], True
    return [stem], [stem], False


def conj_er(inf: str) -> list[str]:
    """All forms of a regular first-group verb, with its spelling variants."""
    assert inf.endswith("er"), inf
    stem = inf[:-2]
    mutes, futs, fut_plain = _mute_stems(inf, stem)
    forms = [inf]
    pres = ["e", "es", "e", "ons", "ez", "ent"]
    subj = ["e", "es", "e", "ions", "iez", "ent"]
    for endings in (pres, subj):
        for p, e in enumerate(endings):
            stems = mutes if p in MUTE_PERSONS else [stem]
            forms += [_join(s, e) for s in stems]
    forms += [_join(stem, e) for e in IMPF_END]
    forms += [_join(stem, e) for e in ["ai", "as", "a", "âmes", "âtes", "èrent"]]
    fut_stems = futs + ([stem] if fut_plain else [])
    for s in fut_stems:
        forms += [s + "e" + e for e in FUT_END + COND_END]
    forms.append(_join(stem, "ant"))
    forms += [stem + e for e in ("é", "ée", "és", "ées")]
    return forms


def conj_ir2(inf: str) -> list[str]:
    """Regular second-group -ir verb (finir: finissons)."""
    s = inf[:-2]
    return (
        [inf]
        + [s + e for e in ("is", "is", "it", "issons", "issez", "issent")]
        + [s + "iss" + e for e in IMPF_END]
        + [s + e for e in ("is", "is", "it", "îmes", "îtes", "irent")]
        + [s + "i" + e for e in FUT_END + COND_END]
        + [s + e for e in ("isse", "isses", "isse", "issions", "issiez", "issent")]
        + [s + "issant"]
        + [s + e for e in ("i", "ie", "is", "ies")]
    )


def paradigm(inf, present, impf_stem, passe_simple, fut_stem, subjonctif, ppr, pp) -> list[str]:
    """Flatten an explicitly given irregular paradigm."""
    assert len(present) == len(passe_simple) == len(subjonctif) == 6 and len(pp) == 4
    return (
        [inf]
        + list(present)
        + [impf_stem + e for e in IMPF_END]
        + list(passe_simple)
        + [fut_stem + e for e in FUT_END + COND_END]
        + list(subjonctif)
        + [ppr]
        + list(pp)
    )


def _subj(s: str) -> list[str]:
    return [s + e for e in ("e", "es", "e", "ions", "iez", "ent")]


def _ps(s: str, v: str) -> list[str]:
    """Passé simple in -is / -us / -ins: v is the vowel ("i", "u", "in")."""
    hat = {"i": "î", "u": "û", "in": "în"}[v]
    return [s + v + "s", s + v + "s", s + v + "t", s + hat + "mes", s + hat + "tes", s + v + "rent"]


def dire_type(prefix: str, vous: str) -> list[str]:
    """dire, redire (vous (re)dites); contredire, prédire (vous contredisez): vous = "dites" | "disez"."""
    p = prefix
    return paradigm(
        p + "dire",
        [p + "dis", p + "dis", p + "dit", p + "disons", p + vous, p + "disent"],
        p + "dis", _ps(p + "d", "i"), p + "di", _subj(p + "dis"), p + "disant",
        [p + "dit", p + "dite", p + "dits", p + "dites"],
    )


def ecrire_type(base: str) -> list[str]:
    """écrire, décrire, inscrire: base = 'écri'."""
    b = base
    return paradigm(
        b + "re",
        [b + "s", b + "s", b + "t", b + "vons", b + "vez", b + "vent"],
        b + "v", _ps(b + "v", "i"), b, _subj(b + "v"), b + "vant",
        [b + "t", b + "te", b + "ts", b + "tes"],
    )


def mettre_type(prefix: str) -> list[str]:
    """mettre, admettre, promettre, remettre."""
    m = prefix + "m"
    return paradigm(
        m + "ettre",
        [m + "ets", m + "ets", m + "et", m + "ettons", m + "ettez", m + "ettent"],
        m + "ett", _ps(m, "i"), m + "ett", _subj(m + "ett"), m + "ettant",
        [m + "is", m + "ise", m + "is", m + "ises"],
    )


def connaitre_type(base: str) -> list[str]:
    """reconnaître (base 'reconn'), paraître (base 'par'); also 1990 spelling without î."""
    b = base
    forms = paradigm(
        b + "aître",
        [b + "ais", b + "ais", b + "aît", b + "aissons", b + "aissez", b + "aissent"],
        b + "aiss", _ps(b, "u"), b + "aît", _subj(b + "aiss"), b + "aissant",
        [b + "u", b + "ue", b + "us", b + "ues"],
    )
    return forms + [f.replace("aît", "ait") for f in forms if "aît" in f]


def tenir_type(prefix: str, c: str) -> list[str]:
    """soutenir / maintenir (c='t'), prévenir / convenir (c='v')."""
    x = prefix + c
    return paradigm(
        x + "enir",
        [x + "iens", x + "iens", x + "ient", x + "enons", x + "enez", x + "iennent"],
        x + "en", _ps(x, "in"), x + "iend",
        [x + "ienne", x + "iennes", x + "ienne", x + "enions", x + "eniez", x + "iennent"],
        x + "enant",
        [x + "enu", x + "enue", x + "enus", x + "enues"],
    )


def sentir_type(base: str) -> list[str]:
    """démentir (base 'démen'): dément, démentons, démentit, démentirai, démenti."""
    b = base
    return paradigm(
        b + "tir",
        [b + "s", b + "s", b + "t", b + "tons", b + "tez", b + "tent"],
        b + "t", _ps(b + "t", "i"), b + "ti", _subj(b + "t"), b + "tant",
        [b + "ti", b + "tie", b + "tis", b + "ties"],
    )


def rendre_type(base: str) -> list[str]:
    """répondre (base 'répond'), prétendre, défendre, pourfendre."""
    b = base
    return paradigm(
        b + "re",
        [b + "s", b + "s", b, b + "ons", b + "ez", b + "ent"],
        b, _ps(b, "i"), b, _subj(b), b + "ant",
        [b + "u", b + "ue", b + "us", b + "ues"],
    )


def suivre_type(base: str) -> list[str]:
    """poursuivre (base 'poursui')."""
    b = base
    return paradigm(
        b + "vre",
        [b + "s", b + "s", b + "t", b + "vons", b + "vez", b + "vent"],
        b + "v", _ps(b + "v", "i"), b + "v", _subj(b + "v"), b + "vant",
        [b + "vi", b + "vie", b + "vis", b + "vies"],
    )


def prendre_type(prefix: str) -> list[str]:
    """prendre, apprendre, reprendre."""
    x = prefix + "pr"
    return paradigm(
        x + "endre",
        [x + "ends", x + "ends", x + "end", x + "enons", x + "enez", x + "ennent"],
        x + "en", _ps(x, "i"), x + "end",
        [x + "enne", x + "ennes", x + "enne", x + "enions", x + "eniez", x + "ennent"],
        x + "enant",
        [x + "is", x + "ise", x + "is", x + "ises"],
    )


def clure_type(base: str) -> list[str]:
    """conclure (base 'concl'), exclure."""
    b = base
    return paradigm(
        b + "ure",
        [b + "us", b + "us", b + "ut", b + "uons", b + "uez", b + "uent"],
        b + "u", _ps(b, "u"), b + "u", _subj(b + "u"), b + "uant",
        [b + "u", b + "ue", b + "us", b + "ues"],
    )


def indre_type(base: str) -> list[str]:
    """craindre (base 'cra'), plaindre ('pla'), enjoindre ('enjo')."""
    b = base
    return paradigm(
        b + "indre",
        [b + "ins", b + "ins", b + "int", b + "ignons", b + "ignez", b + "ignent"],
        b + "ign", _ps(b + "ign", "i"), b + "ind", _subj(b + "ign"), b + "ignant",
        [b + "int", b + "inte", b + "ints", b + "intes"],
    )


def battre_type(prefix: str) -> list[str]:
    b = prefix + "batt"
    return paradigm(
        b + "re",
        [prefix + "bats", prefix + "bats", prefix + "bat", b + "ons", b + "ez", b + "ent"],
        b, _ps(b, "i"), b, _subj(b), b + "ant",
        [b + "u", b + "ue", b + "us", b + "ues"],
    )


def croire() -> list[str]:
    return paradigm(
        "croire",
        ["crois", "crois", "croit", "croyons", "croyez", "croient"],
        "croy", _ps("cr", "u"), "croi",
        ["croie", "croies", "croie", "croyions", "croyiez", "croient"],
        "croyant",
        ["cru", "crue", "crus", "crues"],
    )


def lire() -> list[str]:
    return paradigm(
        "lire",
        ["lis", "lis", "lit", "lisons", "lisez", "lisent"],
        "lis", _ps("l", "u"), "li", _subj("lis"), "lisant",
        ["lu", "lue", "lus", "lues"],
    )


def faire() -> list[str]:
    """Only used in multiword entries (faire savoir, faire état de...)."""
    return paradigm(
        "faire",
        ["fais", "fais", "fait", "faisons", "faites", "font"],
        "fais", _ps("f", "i"), "fe",
        ["fasse", "fasses", "fasse", "fassions", "fassiez", "fassent"],
        "faisant",
        ["fait", "faite", "faits", "faites"],
    )


IRREGULAR = {
    "dire": lambda: dire_type("", "dites"),
    "redire": lambda: dire_type("re", "dites"),
    "contredire": lambda: dire_type("contre", "disez"),
    "prédire": lambda: dire_type("pré", "disez"),
    "écrire": lambda: ecrire_type("écri"),
    "décrire": lambda: ecrire_type("décri"),
    "inscrire": lambda: ecrire_type("inscri"),
    "mettre": lambda: mettre_type(""),
    "admettre": lambda: mettre_type("ad"),
    "promettre": lambda: mettre_type("pro"),
    "remettre": lambda: mettre_type("re"),
    "reconnaître": lambda: connaitre_type("reconn"),
    "paraître": lambda: connaitre_type("par"),
    "soutenir": lambda: tenir_type("sou", "t"),
    "maintenir": lambda: tenir_type("main", "t"),
    "prévenir": lambda: tenir_type("pré", "v"),
    "convenir": lambda: tenir_type("con", "v"),
    "démentir": lambda: sentir_type("démen"),
    "répondre": lambda: rendre_type("répond"),
    "prétendre": lambda: rendre_type("prétend"),
    "défendre": lambda: rendre_type("défend"),
    "pourfendre": lambda: rendre_type("pourfend"),
    "poursuivre": lambda: suivre_type("poursui"),
    "prendre": lambda: prendre_type(""),
    "apprendre": lambda: prendre_type("ap"),
    "reprendre": lambda: prendre_type("re"),
    "conclure": lambda: clure_type("concl"),
    "exclure": lambda: clure_type("excl"),
    "craindre": lambda: indre_type("cra"),
    "plaindre": lambda: indre_type("pla"),
    "battre": lambda: battre_type(""),
    "croire": croire,
    "lire": lire,
    "faire": faire,
}


def bare_verb(lemma: str) -> str:
    """'s'exclamer' -> 'exclamer', 'se féliciter' -> 'féliciter'."""
    if lemma.startswith("se "):
        return lemma[3:]
    if lemma.startswith("s'"):
        return lemma[2:]
    return lemma


def conjugate(inf: str) -> list[str]:
    """All forms of a verb, deduplicated in a stable order."""
    if inf in IRREGULAR:
        forms = IRREGULAR[inf]()
    elif inf in SECOND_GROUP:
        forms = conj_ir2(inf)
    elif inf.endswith("er"):
        forms = conj_er(inf)
    else:
        raise ValueError(f"no paradigm for {inf!r}: add it to IRREGULAR or SECOND_GROUP")
    return list(dict.fromkeys(forms))


# ==========================================================================
# Build
# ==========================================================================


def _entry(cls: str, obj: bool, weak: bool, forms: list[str]) -> dict:
    entry: dict = {"class": cls, "object": obj}
    if weak:
        entry["weak"] = True
    entry["forms"] = forms
    return entry


def build() -> dict:
    lemmas: dict[str, dict] = {}
    for cls, table in (("report", REPORT), ("accuse", ACCUSE), ("deny", DENY)):
        for lemma, obj, weak in table:
            assert lemma not in lemmas, f"duplicate lemma {lemma}"
            forms = conjugate(bare_verb(lemma))
            for variant in SPELLING_VARIANTS.get(lemma, []):
                forms = list(dict.fromkeys(forms + conjugate(variant)))
            lemmas[lemma] = _entry(cls, obj, weak, forms)

    multiword: dict[str, dict] = {}
    for phrase, cls, obj, weak in MULTIWORD:
        assert phrase not in multiword, f"duplicate multiword {phrase}"
        bare = bare_verb(phrase)
        verb, tail = bare.split(" ", 1)
        tails = [" " + tail]
        if tail.endswith(" de"):
            tails.append(" " + tail[:-3] + " d'")
        verb_forms = conjugate(verb)
        if verb == "faire":  # causative / idiom: the participle never agrees (a fait savoir)
            verb_forms = [f for f in verb_forms if f not in ("faite", "faits")]
        forms = [f + t for f in verb_forms for t in tails]
        multiword[phrase] = _entry(cls, obj, weak, forms)

    all_forms = {f for e in (*lemmas.values(), *multiword.values()) for f in e["forms"]}
    missing = sorted(f for f in AMBIGUOUS if f not in all_forms)
    assert not missing, f"ambiguous forms not in any forms list: {missing}"

    return {
        "lemmas": dict(sorted(lemmas.items())),
        "multiword": dict(sorted(multiword.items())),
        "markers": {m: {"kind": k} for m, k in sorted(MARKERS.items())},
        "ambiguous": dict(sorted(AMBIGUOUS.items())),
    }


def dump(data: dict) -> str:
    """JSON with one line per entry (readable diffs, small file)."""
    out = ["{"]
    sections = list(data.items())
    for si, (name, table) in enumerate(sections):
        out.append(f"  {json.dumps(name)}: {{")
        items = list(table.items())
        for i, (key, value) in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            out.append(f"    {json.dumps(key, ensure_ascii=False)}: "
                       f"{json.dumps(value, ensure_ascii=False)}{comma}")
        out.append("  }" + ("," if si < len(sections) - 1 else ""))
    out.append("}")
    return "\n".join(out) + "\n"


# ==========================================================================
# Sanity checks
# ==========================================================================

EXPECTED = {
    "démentir": ["dément", "démens", "démentait", "démentiront", "démentit", "démenti", "démenties"],
    "affirmer": ["affirma", "affirmèrent", "affirmeraient", "affirmant"],
    "dire": ["dit", "disent", "dirent", "dites", "dîmes", "dirait", "dise"],
    "contredire": ["contredisez", "contredit"],
    "écrire": ["écrivit", "écrit", "écrivent", "écrira"],
    "reconnaître": ["reconnaît", "reconnait", "reconnut", "reconnaîtra", "reconnaissent", "reconnu"],
    "soutenir": ["soutient", "soutint", "soutiennent", "soutiendra", "soutenu"],
    "prévenir": ["prévient", "prévint", "préviendrait", "prévenu"],
    "répondre": ["répond", "répondit", "répondront", "répondu"],
    "poursuivre": ["poursuit", "poursuivit", "poursuivra", "poursuivi"],
    "accuser": ["accusé", "accusée", "accusés", "accusées", "accuse", "accusèrent"],
    "fustiger": ["fustigé", "fustigeait", "fustigea"],
    "annoncer": ["annonça", "annonçons", "annonçait", "annonçant", "annoncèrent", "annoncé"],
    "juger": ["jugeait", "jugeons", "jugea", "jugèrent"],
    "répéter": ["répète", "répètent", "répétons", "répéterai", "répèterai", "répété"],
    "suggérer": ["suggère", "suggéré"],
    "considérer": ["considère"],
    "révéler": ["révèle", "révélait"],
    "alléguer": ["allègue", "alléguons"],
    "rejeter": ["rejette", "rejettent", "rejetait", "rejetons", "rejettera", "rejeté"],
    "appeler": ["appelle", "appelait", "appellera", "appelons"],
    "marteler": ["martèle", "martèlera", "martelait"],
    "relever": ["relève", "relèvera", "relevons"],
    "balayer": ["balaie", "balaye", "balaiera", "balayons"],
    "conclure": ["conclut", "conclurent", "conclu", "concluait"],
    "croire": ["croit", "crut", "croyait", "croient"],
    "craindre": ["craint", "craignent", "craignait", "craindra"],
    "avouer": ["avoue", "avouera", "avouait"],
    "avertir": ["avertit", "avertissent", "avertissait", "averti"],
    "promettre": ["promet", "promit", "promis", "promettra"],
    "admettre": ["admet", "admit", "admis"],
    "nier": ["nie", "niaient", "niions", "nièrent", "nié"],
    "asséner": ["assène", "asséné", "assené"],
    "s'exclamer": ["exclame", "exclama"],
    "tweeter": ["tweete", "tweeté"],
    "préciser": ["précise", "précisait", "précisera"],
}
ABSENT = {
    "annoncer": ["annoncons", "annonceait"],
    "juger": ["jugons", "jugait"],
    "répéter": ["répéte", "répétent"],
    "rejeter": ["rejete", "rejètent"],
    "appeler": ["appele", "appèle"],
    "préciser": ["précèse"],
    "tweeter": ["twète", "tweète"],
}


def check(data: dict) -> None:
    lemmas, multiword = data["lemmas"], data["multiword"]
    entries = {**lemmas, **multiword}
    all_forms = [f for e in entries.values() for f in e["forms"]]
    print(f"lemmas:            {len(lemmas)}")
    print(f"multiword entries: {len(multiword)}")
    print(f"markers:           {len(data['markers'])}")
    print(f"ambiguous forms:   {len(data['ambiguous'])}")
    print(f"forms (lemmas):    {sum(len(e['forms']) for e in lemmas.values())}")
    print(f"forms (multiword): {sum(len(e['forms']) for e in multiword.values())}")
    print(f"distinct forms:    {len(set(all_forms))}")
    for cls in ("report", "accuse", "deny"):
        n = sum(1 for e in entries.values() if e["class"] == cls)
        print(f"  class {cls:7s} {n}")

    for lemma, forms in EXPECTED.items():
        got = set(lemmas[lemma]["forms"])
        missing = [f for f in forms if f not in got]
        assert not missing, f"{lemma}: missing {missing}"
    for lemma, forms in ABSENT.items():
        bad = [f for f in forms if f in lemmas[lemma]["forms"]]
        assert not bad, f"{lemma}: unexpected {bad}"
    for aux in ("a", "as", "ont", "est", "sont", "été", "eu"):
        assert aux not in all_forms, f"auxiliary {aux!r} leaked into forms"
    for f in all_forms:
        assert f == f.lower() and f == f.strip() and "’" not in f and "-" not in f.split(" ")[0], f
    for name, e in entries.items():
        assert e["class"] in ("report", "accuse", "deny"), name
        n = len(e["forms"])
        # 6 tenses x 6 persons + inf + ppr + 4 pp, minus syncretisms: never fewer than ~30
        assert 28 <= n <= 140, f"{name}: {n} forms"
    mw = multiword["remettre en question"]["forms"]
    for f in ("remettre en question", "remet en question", "remettent en question", "remis en question"):
        assert f in mw, f
    assert "fait état d'" in multiword["faire état de"]["forms"]
    assert "faite savoir" not in multiword["faire savoir"]["forms"]
    print("all checks passed")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    data = build()
    check(data)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(dump(data), encoding="utf-8")
    json.loads(args.output.read_text(encoding="utf-8"))
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
