"""A generated news corpus of our own sentences, for benchmarks (no gold text is copied)."""

from __future__ import annotations

import random

PEOPLE_FR = ["Clara Vondel", "Paul Arden", "Mme Irène Castel", "le général Ostrov", "M. Jonas Ferrand",
             "la porte-parole du gouvernement", "le ministère des Finances", "l'agence Reuters", "les experts",
             "plusieurs ONG", "le maire de Valbonne", "Moscou", "Téhéran", "l'opposition"]
PEOPLE_EN = ["Senator Dana Reyes", "the mayor", "officials", "Tom Becker, a city council member", "the ministry",
             "Reuters", "two diplomats", "the White House", "Mr. Alvarez", "critics", "the company"]
CONTENT_FR = ["la situation est sous contrôle", "les négociations reprendront la semaine prochaine",
              "aucun accord n'a été signé", "le budget sera voté avant l'été", "les chiffres sont exagérés",
              "la frontière restera fermée jusqu'à nouvel ordre", "des renforts auraient été envoyés dans le nord"]
CONTENT_EN = ["the talks will resume next week", "no deal has been signed", "the budget would pass before summer",
              "the numbers were inflated", "the border will stay closed", "the plant had been shut for months"]
FILLER_FR = ["Le marché de la ville a rouvert mardi après deux semaines de travaux.",
             "Les pluies ont fortement perturbé la circulation dans la région.",
             "La saison touristique s'annonce meilleure que l'an dernier."]
FILLER_EN = ["The city market reopened on Tuesday after two weeks of repairs.",
             "Heavy rain disrupted traffic across the region.",
             "The tourist season looks better than last year."]


def sentence_fr(r: random.Random) -> str:
    p, q, c = r.choice(PEOPLE_FR), r.choice(PEOPLE_FR), r.choice(CONTENT_FR)
    forms = [f"« {c[0].upper() + c[1:]} », a affirmé {p}.", f"{p[0].upper() + p[1:]} a déclaré que {c}.",
             f"Selon {p}, {c}.", f"{c[0].upper() + c[1:]}, a-t-il précisé.",
             f"La Borduvie est accusée par {p} de financer des milices, ce que {q} dément.",
             f"{p[0].upper() + p[1:]} a démenti ces accusations.", r.choice(FILLER_FR), r.choice(FILLER_FR)]
    return r.choice(forms)


def sentence_en(r: random.Random) -> str:
    p, q, c = r.choice(PEOPLE_EN), r.choice(PEOPLE_EN), r.choice(CONTENT_EN)
    forms = [f"\u201c{c[0].upper() + c[1:]},\u201d {p} said.", f"{p[0].upper() + p[1:]} said that {c}.",
             f"According to {p}, {c}.", f"{p[0].upper() + p[1:]} accused {q} of hiding the report.",
             f"{p[0].upper() + p[1:]} denied the allegations.", r.choice(FILLER_EN), r.choice(FILLER_EN)]
    return r.choice(forms)


def article(r: random.Random, lang: str, sentences: int = 12) -> str:
    make = sentence_fr if lang == "fr" else sentence_en
    paras = []
    for _ in range(max(1, sentences // 3)):
        paras.append(" ".join(make(r) for _ in range(3)))
    return "\n\n".join(paras)


def corpus(n: int, lang: str = "fr", seed: int = 7) -> list[str]:
    r = random.Random(seed)
    return [article(r, lang) for _ in range(n)]
