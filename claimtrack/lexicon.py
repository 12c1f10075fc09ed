"""Per-language knowledge, read from ``claimtrack/data/<lang>/*.json``.

- ``cues.json``: cue verbs by lemma (class ``report``/``accuse``/``deny``, every inflected form),
  multiword cues and non-verbal markers ("selon", "according to");
- ``words.json``: determiners, pronouns, auxiliaries, titles, organisation heads, news agencies,
  media, capitals and states;
- ``frames.json``: the function words the attribution frames are built from;
- ``names.json``: gender and number of pronouns, titles, determiners, person nouns and given names
  (pronoun agreement).

Adding a language means filling these four files and ``denials.json`` (denial linking, read by
:mod:`claimtrack.denial_words`; see ``docs/languages.md``).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import attrs

LANGS = ("fr", "en")
ACT_OF_CLASS = {"report": "statement", "accuse": "accusation", "deny": "denial"}


@attrs.frozen
class CueEntry:
    """One reading of a cue form."""

    lemma: str
    cls: str  # report | accuse | deny
    object: bool = False  # takes a noun-phrase object that is itself the content
    weak: bool = False  # ambiguous outside a sure speech frame
    rest: tuple[str, ...] = ()  # following words of a multiword cue ("en", "question")
    precision: float = 1.0


def _load(lang: str, name: str) -> dict[str, Any]:
    path = resources.files("claimtrack").joinpath("data", lang, name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def _prec(e: dict[str, Any]) -> float:
    p = e.get("precision")
    return 1.0 if p is None else float(p)


def _fold(s: str) -> str:
    return s.lower().replace("’", "'")


@cache
def _variants(lang: str) -> tuple[tuple[str, str], ...]:
    table = _load(lang, "words.json").get("spelling_variants", {})
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


def spelling_variants(form: str, lang: str) -> list[str]:
    """``form`` and its other spellings by the ending table ``spelling_variants`` of ``words.json`` (British
    -ise for -ize: the cue tables were mined from American news); the longest matching ending only.

    >>> spelling_variants("apologized for", "en")
    ['apologized for', 'apologised for']
    """
    head, _, rest = form.partition(" ")
    for end, alt in _variants(lang):
        if head.endswith(end) and len(head) > len(end) + 2:
            return [form, head[: -len(end)] + alt + (" " + rest if rest else "")]
    return [form]


class Lexicon:
    """The language tables one extractor run needs, as fast lookup structures."""

    def __init__(self, lang: str):
        if lang not in LANGS:
            raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(LANGS)}")
        self.lang = lang
        cues = _load(lang, "cues.json")
        frames = _load(lang, "frames.json")
        self._read_cues(cues, frames)
        self._read_markers(cues, frames)
        self._read_words(_load(lang, "words.json"))
        self._read_names()
        self._read_frame_words(frames)
        self._read_frame_switches(frames)
        self._index_names()

    def _read_cues(self, cues: dict[str, Any], frames: dict[str, Any]) -> None:
        """Cue forms -> readings (``forms``), e.g. ``forms["glisse"]`` holds the entry of "glisser"."""
        # cues measured on training data: too unreliable ones are left out, doubtful ones made weak
        pmin = float(frames.get("cue_precision_min", 0.0))
        pweak = float(frames.get("cue_precision_weak", 0.0))
        # form -> readings; first word of a multiword cue -> readings with ``rest``
        self.forms: dict[str, list[CueEntry]] = {}
        for table in ("lemmas", "multiword"):
            for lemma, e in cues.get(table, {}).items():
                prec = _prec(e)
                if prec < pmin:
                    continue
                weak = bool(e.get("weak")) or prec < pweak
                for f in (v for form in e.get("forms", [lemma]) for v in spelling_variants(form, self.lang)):
                    parts = _fold(f).replace("' ", "'").replace("'", "' ").split()  # "l'espoir" is two tokens
                    entry = CueEntry(lemma, e.get("class", "report"), bool(e.get("object")), weak,
                                     tuple(parts[1:]), prec)
                    self.forms.setdefault(parts[0], []).append(entry)
        self.ambiguous: dict[str, str] = {_fold(k): v for k, v in cues.get("ambiguous", {}).items()}

    def _read_markers(self, cues: dict[str, Any], frames: dict[str, Any]) -> None:
        """Non-verbal markers by their first word: ``markers_by_first["selon"]`` -> [(("selon",), "according")]."""
        pmin = float(frames.get("cue_precision_min", 0.0))
        # markers: tuple of words -> kind
        self.markers: dict[tuple[str, ...], str] = {}
        for m, e in cues.get("markers", {}).items():
            if _prec(e) < max(pmin, 0.3):
                continue
            kind = e.get("kind", "according") if isinstance(e, dict) else "according"
            words_ = tuple(_fold(m).replace("'", "' ").split())
            self.markers[words_] = kind
        self.markers_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words_, kind in self.markers.items():
            self.markers_by_first.setdefault(words_[0], []).append((words_, kind))
        self.marker_first = set(self.markers_by_first)
        # the words a cue group can open with (a cue form or a marker's first word), one lookup a token
        self.cue_openers = frozenset(self.forms) | self.marker_first

    def _read_words(self, words: dict[str, Any]) -> None:
        """Function words and name lists of ``words.json`` (determiners, pronouns, titles, agencies…)."""
        self.determiners = frozenset(_fold(w) for w in words.get("determiners", []))
        self.subject_pronouns: dict[str, str] = {_fold(k): v for k, v in words.get("subject_pronouns", {}).items()}
        self.stressed_pronouns = frozenset(_fold(w) for w in words.get("stressed_pronouns", []))
        self.auxiliaries = frozenset(_fold(w) for w in words.get("auxiliaries", []))
        self.modal = frozenset(_fold(w) for w in words.get("modal_or_light", []))
        self.adverbs = frozenset(_fold(w) for w in words.get("adverbs_in_verb_group", []) if " " not in w)
        self.adverb_phrases = [tuple(_fold(w).replace("'", "' ").split())
                               for w in words.get("adverbs_in_verb_group", []) if " " in w]
        self.adverb_phrases_by_last: dict[str, list[tuple[str, ...]]] = {}
        for ph in self.adverb_phrases:
            self.adverb_phrases_by_last.setdefault(ph[-1], []).append(ph)
        self.time_words = frozenset(_fold(w) for w in words.get("time_words", []))
        self.boundaries = frozenset(_fold(w) for w in words.get("clause_boundaries", []))
        # places that stand for a government: "le Quai d'Orsay", "the White House"
        self.government_metonyms = frozenset(w.lower() for w in words.get("government_metonyms", []))
        self.np_preps = frozenset(_fold(w) for w in words.get("np_prepositions", []))
        self.titles: dict[str, str] = {_fold(k).rstrip("."): v for k, v in words.get("titles", {}).items()}
        self.org_heads: dict[str, str] = {_fold(k): v for k, v in words.get("org_heads", {}).items()}
        self.group_nouns = frozenset(_fold(w) for w in words.get("group_nouns", []))
        self.agencies = frozenset(_fold(w) for w in words.get("news_agencies", []))
        self.media = frozenset(_fold(w) for w in words.get("media", []))
        self.capitals: dict[str, str] = {_fold(k): v for k, v in words.get("capitals", {}).items()}
        states = words.get("states", [])
        if isinstance(states, dict):
            states = list(states)
        self.states = frozenset(_fold(w) for w in states)
        self.demonyms = frozenset(_fold(w) for w in words.get("demonyms_groups", []))

    def _read_names(self) -> None:
        """Gender of person mentions, for pronoun agreement: "Mme X", "la ministre", "Marie X" -> f."""
        names = _load(self.lang, "names.json")
        self.pronoun_gender: dict[str, str] = {_fold(k): v for k, v in names.get("pronouns", {}).items()}
        self.gender_titles: dict[str, str] = {_fold(k).rstrip("."): v for k, v in names.get("titles", {}).items()}
        self.gender_dets: dict[str, str] = {_fold(k): v for k, v in names.get("determiners", {}).items()}
        self.gender_nouns: dict[str, str] = {_fold(w): g for g, ws in names.get("nouns", {}).items() for w in ws}
        self.first_names: dict[str, str] = {_fold(w): g for g, ws in names.get("first_names", {}).items() for w in ws}

    def _read_frame_words(self, f: dict[str, Any]) -> None:
        """The function words the frames are built from (``frames.json``): "que", "par", "de", clitics…"""
        self.complementizers = frozenset(f.get("complementizers", []))
        self.agent_preps = frozenset(f.get("agent_prepositions", []))
        self.accusation_preps = frozenset(f.get("accusation_prepositions", []))
        self.accused_of = frozenset(f.get("accused_of", []))
        self.charge_preps = frozenset(f.get("charge_prepositions", []))
        self.relative_objects = [tuple(x) for x in f.get("relative_objects", [])]
        self.relay_participles = frozenset(f.get("relay_participles", []))
        self.channel_preps = frozenset(f.get("channel_prepositions", []))
        self.via_openers = self.relay_participles | self.channel_preps  # where a relaying channel can open
        self.channel_nouns = frozenset(f.get("channel_nouns", []))
        self.addressee_preps = frozenset(f.get("addressee_prepositions", []))
        self.anaphoric_objects = frozenset(f.get("anaphoric_objects", []))
        self.anaphoric_dets = frozenset(f.get("anaphoric_determiners", []))
        self.infinitive_heads = frozenset(f.get("infinitive_heads", []))
        self.negation = frozenset(f.get("negation", []))
        self.weak_according = frozenset(f.get("weak_according", []))
        self.object_clitics = frozenset(f.get("object_clitics", []))
        self.inversion_clitics: dict[str, str] = dict(f.get("inversion_clitics", {}))
        self.light_verbs = frozenset(f.get("light_verbs", []))
        # a modal, aspect or motion verb a cue infinitive joins: "a tenu à rappeler", "viendra confirmer"
        self.infinitive_leads = frozenset(tuple(_fold(w).replace("'", "' ").split())
                                          for w in [*f.get("infinitive_leads", []), *self.modal])
        # an idiom that is no speech act: "cela veut dire que" (means), so "dire" after "veut" is no cue
        self.not_cue_after: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in f.get("not_cue_after", {}).items()}
        # cues whose content may be a bare infinitive clause: "il affirme avoir payé", "elle dit regretter"
        # cues whose first object is the addressee: "told reporters that", "“…,” she told the BBC"
        self.addressee_cues = frozenset(f.get("addressee_cues", []))
        # prepositions before a cue's object phrase: "parle d'un « dîner »", "appelle à la « patience »"
        self.object_preps = frozenset(f.get("object_prepositions", []))

    def _read_frame_switches(self, f: dict[str, Any]) -> None:
        """Per-language frame options and the not-claim words of ``frames.json``."""
        # a capitalised cue form inside a sentence is a name ("Lise"); not in English, whose headlines are title-case
        self.capitalised_forms_are_names = bool(f.get("capitalised_forms_are_names", False))
        # where an impersonal incise names its source: "a-t-on appris de sources proches", "est-il écrit dans"
        self.source_preps = frozenset(f.get("impersonal_source_prepositions", []))
        # "avant d'ajouter que P": a cue infinitive after these heads shares the main clause's source
        self.adverbial_infinitive_heads = frozenset(f.get("adverbial_infinitive_heads", []))
        # cues whose object is the addressee of an infinitive: "a appelé les parties à négocier"
        self.object_addressee_cues = frozenset(f.get("object_addressee_cues", []))
        # what a claim is about, after a postposed cue: "“…,” the senator said of the governor"
        self.topic_preps = frozenset(f.get("topic_prepositions", []))
        # "selon moi", "pour nous", "to me": the writer's (or speaker's) own view, no attribution
        self.own_pronouns = frozenset(f.get("speaker_own_pronouns", []))
        # "P, comme le prétend X": the comparison ends the content before it
        self.comparative_markers = frozenset(f.get("comparative_markers", []))
        # "s'explique plus simplement que …": "que" after a comparative compares, it opens no content
        self.comparative_words = frozenset(f.get("comparative_words", []))
        self.relative_subjects = frozenset(f.get("relative_subjects", []))  # "qui", "who"
        # "critique la réaction du gouvernement auquel ils reprochent …": an object ends before its relative clause
        self.relative_pronouns = frozenset(f.get("relative_pronouns", []))
        self.infinitive_cues = frozenset(f.get("bare_infinitive_cues", []))
        self.infinitive_negation = frozenset(f.get("infinitive_negation", []))
        self.not_infinitives = frozenset(f.get("not_infinitives", []))
        # "P et un élu a affirmé Q" ends P before "et": measured to help French, to hurt English (PolNeAR dev)
        # "a annoncé mardi dans une note le ministère": an inverted subject after adjuncts (French)
        self.subject_after_adjuncts = bool(f.get("subject_after_adjuncts", False))
        self.cut_before_coordinated_subject = bool(f.get("cut_before_coordinated_subject", False))
        self.sentence_adverbs = frozenset(f.get("sentence_adverbs", []))
        self.passive_aux = frozenset(f.get("passive_auxiliaries", []))
        # not claims: "a été condamné pour X" / "porterait plainte pour X" name an offence; "a banner read X"
        self.ground_preps = frozenset(f.get("ground_prepositions", []))
        self.procedural_cues = frozenset(f.get("procedural_cues", []))
        self.inscription_nouns = frozenset(f.get("inscription_nouns", []))
        # a title-case quote as the whole content is a title (measured wrong for French: slogans, names)
        self.title_quotes = bool(f.get("title_quotes", False))
        self.scare_markers = frozenset(f.get("scare_markers", []))  # "the so-called \"reform\"": no one's words
        self.stop_preps = frozenset(f.get("stop_prepositions", []))
        # "demande de la « patience » après la panne": a time phrase is a circumstance, not part of the object
        self.time_preps = frozenset(f.get("time_prepositions", []))
        self.detect_words = frozenset(f.get("detect_words", []))
        self.indefinites = frozenset(f.get("indefinite_determiners", []))
        # determiners after which "de" stays a determiner: "ont dit de nombreux élus" (but "d'une voix" is a PP)
        self.partitive_adjectives = frozenset(f.get("partitive_adjectives", []))
        self.subordinators = frozenset(f.get("subordinators", []))
        self.clause_preps = frozenset(f.get("clause_prepositions", []))
        self.coordinators = frozenset(f.get("coordinators", []))
        # English objects without determiner: "denied wrongdoing", "denies taking payments", "accused police of"
        self.bare_objects = bool(f.get("bare_objects", False))
        # "dismissed the claims as baseless", "called the report false": the object, then what it is called
        self.predicate_markers = frozenset(f.get("predicate_markers", []))
        self.characterising_cues = frozenset(f.get("characterising_cues", []))
        self.falsity_predicates = frozenset(f.get("falsity_predicates", []))
        # annotation convention: is "X, title of Y," one source mention (English news) or X alone?
        self.source_apposition = bool(f.get("source_apposition", False))
        # a floating quote's pronoun source points at the name it stands for (French news annotation);
        # measured to hurt English (PolNeAR keeps the pronoun)
        self.borrowed_source_named = bool(f.get("borrowed_source_named", False))
        # « … », ironise le ministre: after a quote and its comma, any verb with an inverted subject is an incise
        self.unknown_verb_incise = bool(f.get("unknown_verb_incise", False))

    def _index_names(self) -> None:
        """Multi-word names (agencies, media, capitals, states) by their first word, for matching."""
        self.names_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for table, kind in ((self.agencies, "media"), (self.media, "media"),
                            (self.capitals, "government"), (self.states, "government")):
            for name in table:
                parts = tuple(name.replace("'", "' ").split())
                self.names_by_first.setdefault(parts[0], []).append((parts, kind))
        for lst in self.names_by_first.values():
            lst.sort(key=lambda x: -len(x[0]))

    def cue_readings(self, norm: str) -> list[CueEntry]:
        return self.forms.get(norm, [])


@cache
def get_lexicon(lang: str) -> Lexicon:
    """The (cached) lexicon of ``lang``; ``ValueError`` for an unsupported language."""
    return Lexicon(lang)
