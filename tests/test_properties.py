"""Property tests: extract never raises and its records stay consistent on arbitrary and mangled text."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Claims

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# news-like sentences written for these tests (invented names and places)
BASE = [
    "« Nous allons reconstruire le pont de Valmeran », a déclaré la préfète Odile Marchand.",
    "Selon l'agence Baltinfo, deux navires ont été saisis au large de Korvane.",
    "La Borduvie est accusée par ses voisins de financer des milices, ce que Vastria dément.",
    "Le maire de Sarlenc est accusé d'avoir truqué les appels d'offres. Le gouvernement a démenti ces accusations.",
    "« Le chantier sera terminé en mai », a-t-il dit, « et les riverains seront indemnisés. »",
    "Des camions auraient livré des armes, estiment les experts, cités par le quotidien Le Courrier du Nord.",
    "Le commissaire a évoqué l' »élargissement » de la zone de pêche, a rapporté l'agence Presse-Sud.",
    "Jean Dupont est arrivé lundi. «\u00a0Tout est calme\u00a0», a affirmé M. Dupont.",
    '"The bridge will reopen in March," said Mayor Linda Orwell, according to the Pellston Courier.',
    "The union accused the Brackley Mining Company of hiding safety reports, which the company denies.",
    'Governor Dale Hutchins told Reuters that the state would appeal. "We are ready," she said, "to fight."',
    "Senator Ruth Calloway is accused of misusing campaign funds. She denied that she had met the lobbyists.",
]
INSERTS = ["«", "»", "« ", " »", "“", "”", '"', "‹", "›", "„", " a affirmé ", "selon ", " dément ", " said ",
           "according to ", "\n", "\r\n", "\u00a0", "\u202f", "<p>", "</p>", "<br/>", "'", "’", ",", ".", " : ",
           "-t-il ", ", ce que X dément", ", which he denies", " est accusé par ", " of ", " de ", "M. ", "…",
           "\ufeff", "\t", "« »", '""', "\u0301", "İ", "ß"]

OPS = st.one_of(
    st.tuples(st.just("insert"), st.floats(0, 1), st.sampled_from(INSERTS)),
    st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 8)),
    st.tuples(st.just("swap"), st.floats(0, 1), st.sampled_from(["«»", "»«", "“”", "”“", "\"«", "»\""])),
    st.tuples(st.just("reverse"), st.just(0.0), st.just("")),
    st.tuples(st.just("append"), st.just(0.0), st.sampled_from(BASE)),
)


def _mutate(text: str, ops: list[tuple]) -> str:
    for op, pos, arg in ops:
        i = int(pos * len(text))
        if op == "insert":
            text = text[:i] + arg + text[i:]
        elif op == "delete":
            text = text[:i] + text[i + arg:]
        elif op == "swap":
            text = text.translate(str.maketrans(arg[0], arg[1]))
        elif op == "reverse":
            text = text.translate(str.maketrans("«»“”", "»«”“"))
        else:
            text = text + " " + arg
    return text


news_text = st.builds(
    lambda picks, ops: _mutate(" ".join(picks), ops),
    st.lists(st.sampled_from(BASE), min_size=1, max_size=3),
    st.lists(OPS, max_size=10),
)
langs = st.sampled_from([None, "fr", "en"])


def check(text: str, claims: Claims) -> None:
    assert isinstance(claims, Claims)
    assert claims.text == text
    assert claims.lang in ("fr", "en")
    n = len(text)
    ids = [c.id for c in claims]
    assert len(set(ids)) == len(ids)
    assert ids == [f"c{i}" for i in range(1, len(ids) + 1)]
    by_id = {c.id: c for c in claims}
    for c in claims:
        assert c.lang == claims.lang
        assert c.act in ("statement", "accusation", "denial")
        assert c.form in ("direct", "mixed", "indirect")
        spans = [c.content, *c.quotes, *c.via, *(s for s in (c.source, c.cue, c.target) if s is not None)]
        for s in spans:
            assert isinstance(s.start, int) and isinstance(s.end, int)
            assert 0 <= s.start <= s.end <= n, (c.id, s)
            assert text[s.start:s.end] == s.text, (c.id, s)
        assert 0.0 <= c.confidence <= 1.0
        assert c.sentence >= 0
        for d in c.denies:
            assert d in by_id and d != c.id
            assert c.id in by_id[d].denied_by
        for d in c.denied_by:
            assert d in by_id and d != c.id
            assert c.id in by_id[d].denies
    buf = io.StringIO()
    assert claimtrack.write_jsonl(claims, buf) == len(claims)
    assert claimtrack.read_jsonl(io.StringIO(buf.getvalue())) == claims


@SETTINGS
@given(text=st.text(max_size=300), lang=langs)
def test_arbitrary_text(text, lang):
    check(text, claimtrack.extract(text, lang=lang, doc_id="x"))


SOUP = list("«»“”\"'’ ,.:;!?-\n\u00a0\u202fAaIlqéàtu") + ["a-t-il", "selon", "said", "dément", "M.", "qui"]


@SETTINGS
@given(text=st.lists(st.sampled_from(SOUP), max_size=80).map("".join), lang=langs)
def test_punctuation_soup(text, lang):
    check(text, claimtrack.extract(text, lang=lang))


@SETTINGS
@given(text=news_text, lang=langs)
def test_mutated_news_text(text, lang):
    check(text, claimtrack.extract(text, lang=lang))


@SETTINGS
@given(text=news_text)
def test_html_wrapped_news_text(text):
    wrapped = "<p>" + text.replace("\n", "</p>\n<p>") + "</p>"
    check(wrapped, claimtrack.extract(wrapped))


@SETTINGS
@given(picks=st.lists(st.sampled_from(BASE), min_size=1, max_size=4), sep=st.sampled_from([" ", "\n", "\r\n"]))
def test_unmutated_news_text_yields_claims(picks, sep):
    text = sep.join(picks)
    claims = claimtrack.extract(text)
    check(text, claims)
    assert claims
