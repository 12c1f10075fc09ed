"""Who a source is across documents: one language-neutral key per entity.

>>> from claimtrack.tracking.identity import source_key
>>> source_key("M. Macron", "fr") == source_key("French President Emmanuel Macron", "en") == "name:macron"
True
>>> source_key("Téhéran", "fr") == source_key("l'Iran", "fr") == source_key("Tehran", "en") == "gov:IR"
True
>>> source_key("Mme Le Pen", "fr") == source_key("Marine Le Pen", "fr") == "name:le pen"
True

The tables (``claimtrack/data/<lang>/identity.json``) map countries, capitals, seats of power
("l'Élysée", "the Kremlin"), "<government> <adjective>" phrases, agencies and role nouns to keys;
a person is keyed by the surname, the last word of the name once titles are dropped, or the first of two
when it is a family name written first ("Wang Yi", "M. Wang": ``name:wang``).
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..similarity import fold

_TOKEN = re.compile(r"[\w.'’-]+", re.UNICODE)
_DETERMINERS = {"fr": ("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cette", "ces", "son",
                       "sa", "ses", "leur", "leurs", "notre", "nos"),
                "en": ("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our")}


@cache
def tables(lang: str) -> dict[str, Any]:
    """The identity tables of ``lang`` with folded keys; empty tables for a language without a file."""
    try:
        raw = json.loads(resources.files("claimtrack").joinpath("data", lang, "identity.json")
                         .read_text(encoding="utf-8"))
    except FileNotFoundError:
        raw = {}
    phrases: dict[str, str] = {}
    for table, prefix in (("countries", "gov:"), ("capitals", "gov:"), ("seats", "gov:"), ("agencies", "agency:")):
        for name, key in (raw.get(table) or {}).items():
            phrases.setdefault(_phrase(name), prefix + key)
    roles = {_phrase(k): "role:" + v for k, v in (raw.get("roles") or {}).items()}
    return {"phrases": phrases, "roles": roles,
            "countries": {_phrase(k): v for k, v in (raw.get("countries") or {}).items()},
            "portfolios": {_phrase(k): v for k, v in (raw.get("portfolios") or {}).items()},
            "heads": frozenset(_norm(h) for h in raw.get("government_heads") or ()),
            "titles": frozenset(_norm(t) for t in raw.get("titles") or ()),
            "pronouns": frozenset(_norm(p) for p in raw.get("pronouns") or ()),
            "particles": frozenset(_norm(p) for p in raw.get("particles") or ()),
            "surname_first": frozenset(_norm(p) for p in raw.get("surname_first") or ()),
            "surname_first_hyphen": frozenset(_norm(p) for p in raw.get("surname_first_hyphen") or ()),
            "determiners": frozenset(_DETERMINERS.get(lang, ()))}


def _norm(s: str) -> str:
    return " ".join(fold(s.replace("’", "'")).split())


def _phrase(name: str) -> str:
    """A table entry cut into words as names are ("Quai d'Orsay" -> "quai d' orsay")."""
    return " ".join(_norm(w) for w in _words(name))


def _words(name: str) -> list[str]:
    out = []
    for w in _TOKEN.findall(name.replace("’", "'")):
        low = w.lower()
        if "'" in low[:3] and len(low) > 2 and low.index("'") < 2:  # l'Iran, d'Amnesty
            cut = low.index("'") + 1
            out += [w[:cut], w[cut:]]
        else:
            out.append(w)
    return [w.strip(".-") if len(w) > 2 and not w[:-1].isupper() else w for w in out if w.strip(".-'")]


@lru_cache(maxsize=100_000)
def source_key(name: str | None, lang: str = "fr", type: str = "person") -> str | None:
    """The cross-document key of a source name (its canonical form), or None when it names nobody.

    >>> source_key("le procureur", "fr") == source_key("the prosecutor", "en") == "role:prosecutor"
    True
    >>> source_key("il", "fr") is None
    True
    """
    if not name or not name.strip():
        return None
    t = tables(lang)
    words = _words(name)
    folded = [_norm(w) for w in words]
    if " ".join(folded) in t["phrases"]:  # 'Le Caire', 'La Haye': the article is part of the name
        return t["phrases"][" ".join(folded)]
    dropped = ""
    while folded and folded[0] in t["determiners"]:
        dropped = words[0]
        words, folded = words[1:], folded[1:]
    if not folded:
        return None
    phrase = " ".join(folded)
    if phrase in t["pronouns"]:
        return None
    if phrase in t["phrases"]:
        return t["phrases"][phrase]
    if len(words) == 1 and words[0][:1].isupper() and _norm(dropped) in t["particles"]:  # 'Le Pen', 'le Monde'
        words, folded = [dropped, *words], [_norm(dropped), *folded]
    return _government(folded, t) or _office(words, folded, t) or _named(words, folded, t, type) \
        or _role(folded, t) or _generic(folded, t)


def _government(folded: list[str], t: dict[str, Any]) -> str | None:
    """'le gouvernement chinois', 'the Russian foreign ministry', 'la diplomatie iranienne'."""
    if not any(w in t["heads"] or " ".join(folded[:2]) in t["heads"] for w in folded):
        return None
    for w in folded:
        key = t["phrases"].get(w)
        if key and key.startswith("gov:"):
            return key
    return None


def _find(folded: list[str], table: dict[str, str], taken: set[int] | frozenset = frozenset()
          ) -> tuple[str | None, set[int]]:
    """The value of the longest phrase of ``table`` in ``folded`` (up to four words) outside the positions
    ``taken``, and the positions it covers."""
    for n in (4, 3, 2, 1):  # 'président de la République'
        for i in range(len(folded) - n + 1):
            value = table.get(" ".join(folded[i:i + n]))
            if value and not taken.intersection(range(i, i + n)):
                return value, set(range(i, i + n))
    return None, set()


def _office(words: list[str], folded: list[str], t: dict[str, Any]) -> str | None:
    """An office without a name, with its portfolio and country when given ('le président de la République'
    is ``role:president``, a capitalised title is no name): 'le ministre de l'Intérieur' and
    'the Interior Minister' give ``role:minister:interior``; 'le président du Kazakhstan', 'le président kazakh'
    and 'the Kazakh president' give ``role:president:KZ``. A name among the words ('Kazakh President Ivan
    Sorokin') makes it a person, keyed by the name."""
    _, portfolio_words = _find(folded, t["portfolios"])
    role, at = _find(folded, t["roles"], portfolio_words)  # 'the Defence Secretary': the secretary
    if role is None:
        role, at = _find(folded, t["roles"])  # 'la défense': a role that is also a portfolio
    if role is None:
        return None
    portfolio, in_portfolio = _find(folded, t["portfolios"], at)
    country, in_country = _find(folded, t["countries"], at | in_portfolio)
    known = at | in_portfolio | in_country
    if any(w[:1].isupper() and i not in known and f not in t["titles"] and f not in t["particles"]
           for i, (w, f) in enumerate(zip(words, folded, strict=True))):
        return None
    return role + (":" + portfolio if portfolio else "") + (":" + country if country else "")


def surname_first(proper: list[str], t: dict[str, Any]) -> bool:
    """The last two folded proper words are a family name written first and a given name ('wang', 'yi';
    'kim', 'jong-un'), as Chinese and Korean names are.

    >>> surname_first(["wang", "yi"], tables("fr")), surname_first(["kim", "walker"], tables("en"))
    (True, False)
    """
    if len(proper) < 2 or proper[-1] in t["surname_first"]:
        return False
    return proper[-2] in t["surname_first"] or (proper[-2] in t["surname_first_hyphen"] and "-" in proper[-1])


def _named(words: list[str], folded: list[str], t: dict[str, Any], type: str) -> str | None:
    """A proper name: capitalised words that are not titles; a person is keyed by the last one (the surname),
    an organisation by the first ('Amnesty International' and 'Amnesty')."""
    proper = [(w, f) for w, f in zip(words, folded, strict=True)
              if w[:1].isupper() and f not in t["titles"] and f not in t["determiners"] and f not in t["roles"]
              and f not in t["pronouns"]]
    if not proper:
        return None
    if len(proper) == 1 and len(folded) == 1 and len(proper[0][1]) <= 2:  # 'A', 'Au': a stray capital
        return None
    if len(proper) == 1 and proper[0][1] in t["phrases"]:  # 'VIDÉOS - Moscou'
        return t["phrases"][proper[0][1]]
    if type not in ("person", "unknown"):
        return "name:" + proper[0][1]
    if surname_first([f for _, f in proper], t):
        return "name:" + romanised(proper[-2][1])
    last, last_f = proper[-1]
    if len(last.rstrip(".")) == 1 and len(proper) > 1:  # 'Nicolas R.': the initial alone says too little
        return "name:" + romanised(proper[-2][1]) + " " + last_f.rstrip(".")
    at = len(folded) - 1 - folded[::-1].index(last_f)
    if at > 0 and folded[at - 1] in t["particles"]:  # 'Marine Le Pen', 'Charles de Gaulle': the particle stays
        return "name:" + folded[at - 1] + " " + romanised(last_f)
    return "name:" + romanised(last_f)


# French and English romanise Russian, Ukrainian, Arabic or Hebrew names differently (Poutine/Putin,
# Choïgou/Shoigu, Loukachenko/Lukashenko, Zelensky/Zelenskyy, Netanyahou/Netanyahu): a surname is keyed
# by a spelling both reduce to. A Western name written alike in both languages reduces alike.
_ROMANISED = (("tch", "ch"), ("sh", "ch"), ("ou", "u"), ("yy", "y"))
_Y_BETWEEN_VOWELS = re.compile(r"(?<=[aeiou])y(?=[aeiou])")  # Tokaïev / Tokayev


def romanised(surname: str) -> str:
    """The folded surname with the romanisation differences between languages evened out.

    >>> romanised("poutine") == romanised("putin"), romanised("choigou") == romanised("shoigu"), romanised("macron")
    (True, True, 'macron')
    """
    for a, b in _ROMANISED:
        surname = surname.replace(a, b)
    surname = _Y_BETWEEN_VOWELS.sub("i", surname)
    return surname[:-1] if surname.endswith("ine") and len(surname) > 5 else surname


def _role(folded: list[str], t: dict[str, Any]) -> str | None:
    for n in (3, 2, 1):  # the longest role phrase wins: 'premier ministre' before 'ministre'
        for i in range(len(folded) - n + 1):
            key = t["roles"].get(" ".join(folded[i:i + n]))
            if key:
                return key
    return None


def _generic(folded: list[str], t: dict[str, Any]) -> str | None:
    content = [w for w in folded if w not in t["titles"] and len(w) > 2] or [w for w in folded if len(w) > 2]
    return "np:" + content[0] if content else None


@lru_cache(maxsize=100_000)
def given_name(name: str | None, lang: str = "fr") -> str | None:
    """The folded first name of a person's full name, None when the name has a single proper word: two
    sources with one surname key but different first names are two people.

    >>> given_name("Marine Le Pen", "fr"), given_name("Mme Le Pen", "fr")
    ('marine', None)
    """
    if not name:
        return None
    t = tables(lang)
    words = _words(name)
    skip = t["titles"] | t["determiners"] | t["particles"] | t["roles"].keys() | t["phrases"].keys()
    proper = [_norm(w) for w in words if w[:1].isupper() and _norm(w) not in skip]
    if surname_first(proper, t):  # 'Wang Yi': the given name comes second
        return proper[-1]
    # the word just before the surname: 'French President Emmanuel Macron' gives 'emmanuel'
    return proper[-2] if len(proper) >= 2 and len(proper[-2].rstrip(".")) > 1 else None
