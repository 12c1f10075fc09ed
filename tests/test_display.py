"""Notebook display: ``render`` (HTML with the claims marked), ``Claims._repr_html_`` and ``to_frame``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Claim, Claims, Cue, Source, Span
from claimtrack.cli import read_text
from claimtrack.display import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("content", "source", "cue", "via", "target")


def extract(text: str, **kw) -> Claims:
    """Claims from the surface rules: what is tested here is their display, not a parser's output."""
    return claimtrack.extract(text, backend="surface", **kw)


# --------------------------------------------------------------------------------------------------------------
# reading the HTML back


class Page(HTMLParser):
    """What a rendering shows: the text area's text (labels left out), the marks with their offsets, the rest.

    Checks on the way that every end tag closes the element opened last (the marks nest properly).
    """

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.pos = 0
        self.fragments: list[dict] = []  # one per mark element: kind, claim, start, end, classes, id
        self.labels: list[str] = []  # text of each label (in order)
        self.links: list[str] = []  # text of each denial link
        self.hrefs: list[str] = []
        self.ids: dict[str, tuple[str, str]] = {}  # element id -> (kind, claim)
        self.legend: list[str] = []  # classes of the marks in the legend
        self.legend_text: list[str] = []
        self.styles = 0
        self.feed(html)
        self.close()
        assert not self.stack, f"unclosed elements: {self.stack}"

    def _in(self, cls: str) -> bool:
        return any(cls in a.get("class", "").split() for _, a in self.stack)

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        classes = a.get("class", "").split()
        if tag == "style":
            self.styles += 1
        if tag == "a":
            self.hrefs.append(a.get("href", ""))
        if "ct-m" in classes and self._in("ct-text"):
            kind = next(c[3:] for c in classes if c[3:] in KINDS)
            frag = {"kind": kind, "claim": a.get("data-claim"), "start": self.pos, "end": None,
                    "classes": set(classes), "title": a.get("title", "")}
            self.fragments.append(frag)
            a["_frag"] = frag
            if "id" in a:
                self.ids[a["id"]] = (kind, a.get("data-claim"))
        if "ct-m" in classes and self._in("ct-legend"):
            self.legend.append(next(c[3:] for c in classes if c[3:] in KINDS))
        if "ct-lbl" in classes:
            self.labels.append("")
        if "ct-link" in classes and self._in("ct-text"):
            self.links.append("")
        self.stack.append((tag, a))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        _, a = self.stack.pop()
        if "_frag" in a:
            a["_frag"]["end"] = self.pos

    def handle_data(self, data):
        if self._in("ct-lbl"):
            self.labels[-1] += data
            if self._in("ct-link"):
                self.links[-1] += data
        elif self._in("ct-text"):
            self.text.append(data)
            self.pos += len(data)
        elif self._in("ct-legend"):
            self.legend_text.append(data)

    @property
    def shown_text(self) -> str:
        return "".join(self.text)

    def mark(self, kind: str, claim: str) -> list[tuple[int, int]]:
        """The merged (start, end) ranges of one mark's fragments."""
        if not hasattr(self, "_by_mark"):
            self._by_mark: dict[tuple[str, str], list[tuple[int, int]]] = {}
            for f in self.fragments:
                self._by_mark.setdefault((f["kind"], f["claim"]), []).append((f["start"], f["end"]))
        frags = sorted(self._by_mark.get((kind, claim), ()))
        out: list[list[int]] = []
        for s, e in frags:
            if out and out[-1][1] == s:
                out[-1][1] = e
            else:
                out.append([s, e])
        return [tuple(x) for x in out]


def check_marks(page: Page, text: str, claims) -> None:
    """The text shown is ``text`` exactly and each span of each claim is marked once, exactly, with its id."""
    assert page.shown_text == text
    for c in claims:
        spans = [("content", c.content), ("source", c.source), ("cue", c.cue), ("target", c.target)]
        for kind, s in spans:
            if s is not None and s.end > s.start:
                assert page.mark(kind, c.id) == [(s.start, s.end)], (c.id, kind, s)
        vias = {i for v in c.via for i in range(v.start, v.end)}  # relays may touch or overlap: compare cover
        assert {i for s, e in page.mark("via", c.id) for i in range(s, e)} == vias
    for f in page.fragments:  # every mark belongs to a claim and says which one
        assert f["claim"] in {c.id for c in claims}
        assert f["end"] is not None and f["end"] > f["start"]


# --------------------------------------------------------------------------------------------------------------
# hand-built claims


def sp(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(part, start, start + len(part))


def make(cid: str, text: str, content: Span, *, source: Span | None = None, cue: Span | None = None,
         via: tuple[Span, ...] = (), target: Span | None = None, act: str = "statement", form: str = "indirect",
         denies: tuple[str, ...] = (), denied_by: tuple[str, ...] = (), confidence: float = 0.8,
         lang: str = "fr", doc_id: str | None = "d1", meta: dict | None = None) -> Claim:
    return Claim(id=cid, doc_id=doc_id, lang=lang, act=act, form=form, content=content,
                 source=None if source is None else Source(source.text, source.start, source.end,
                                                           source.text, "person"),
                 cue=None if cue is None else Cue(cue.text, cue.start, cue.end, cue.text.lower()),
                 via=via, target=target, denies=denies, denied_by=denied_by, confidence=confidence,
                 meta=meta or {})


DENIAL_FR = "La Borduvie est accusée par ses voisins de financer des milices, ce que Vanko dément."


def denial_claims() -> Claims:
    t = DENIAL_FR
    c1 = make("c1", t, sp(t, "financer des milices"), source=sp(t, "ses voisins"), cue=sp(t, "est accusée par"),
              target=sp(t, "La Borduvie"), act="accusation", denied_by=("c2",))
    c2 = make("c2", t, sp(t, "ce que Vanko dément"), source=sp(t, "Vanko"), cue=sp(t, "dément"), act="denial",
              denies=("c1",), confidence=0.85)
    return Claims([c1, c2], text=t, lang="fr", doc_id="d1")


SPECIAL = ("« Les profits & les pertes <0> ne \"comptent\" pas », a affirmé l'élu, cité par l'AFP.\r\n"
           "\tAT&T said <b>nothing</b> & denied it.\n\n")


def special_claims() -> Claims:
    t = SPECIAL
    c1 = make("c1", t, sp(t, "« Les profits & les pertes <0> ne \"comptent\" pas »"), source=sp(t, "l'élu"),
              cue=sp(t, "a affirmé"), via=(sp(t, "l'AFP"),), form="direct")
    c2 = make("c2", t, sp(t, "<b>nothing</b>"), source=sp(t, "AT&T"), cue=sp(t, "said"), lang="en")
    return Claims([c1, c2], text=t, lang="fr", doc_id="d2")


# --------------------------------------------------------------------------------------------------------------
# render


def test_denial_linked_to_accusation():
    claims = denial_claims()
    html = claimtrack.render(claims.text, claims)
    page = Page(html)
    check_marks(page, DENIAL_FR, claims)
    assert page.mark("target", "c1") == [(0, len("La Borduvie"))]
    assert page.links == ["denied by c2", "denies c1"]
    assert "c2 denies c1" in page.labels and "c1 denied by c2" in page.labels
    # the ids in the links go to the other claim's content
    for href in page.hrefs:
        assert page.ids[href.lstrip("#")][0] == "content"
    assert {page.ids[h.lstrip("#")][1] for h in page.hrefs} == {"c1", "c2"}
    # act, form and confidence in the tooltips
    titles = [f["title"] for f in page.fragments if f["claim"] == "c2"]
    assert titles and all("denial · indirect · confidence 0.85" in t for t in titles)
    assert any("denies c1" in t for t in titles)


def test_labels_and_classes():
    claims = denial_claims()
    page = Page(claimtrack.render(claims.text, claims))
    for f in page.fragments:
        assert f"ct-{f['kind']}" in f["classes"]
        assert ("ct-box" in f["classes"]) == (f["kind"] != "content")
    assert "source c1" in page.labels and "cue c2" in page.labels and "target c1" in page.labels


def test_legend_lists_the_five_kinds_and_links():
    page = Page(claimtrack.render("Rien.", []))
    assert page.legend == ["content", "source", "cue", "via", "target"]
    legend = "".join(page.legend_text)
    assert "denies / denied by" in legend and "0 claims" in legend
    assert page.styles == 1


def test_empty_claims_give_the_escaped_text_and_the_legend():
    text = "Tout & rien <ici>\n« là »"
    html = claimtrack.render(text, Claims([], text=text))
    page = Page(html)
    assert page.shown_text == text and page.fragments == []
    assert "&amp; rien &lt;ici&gt;" in html
    assert Page(claimtrack.render("", [])).shown_text == ""


def test_special_characters_are_escaped_and_kept():
    claims = special_claims()
    html = claimtrack.render(SPECIAL, claims)
    assert "<b>" not in html and "<0>" not in html and "&lt;b&gt;nothing&lt;/b&gt;" in html
    assert "<script" not in html.lower() and "http" not in html  # self-contained, no script
    page = Page(html)
    check_marks(page, SPECIAL, claims)
    assert page.shown_text.count("\r\n") == 1 and page.shown_text.endswith("\n\n")
    assert "white-space:pre-wrap" in html
    assert page.mark("via", "c1") == [(SPECIAL.index("l'AFP"), SPECIAL.index("l'AFP") + 5)]


def test_identical_spans_shared_by_two_claims():
    t = "Selon Reuters, le ministre a affirmé que « tout va bien »."
    a = make("c1", t, sp(t, "« tout va bien »"), source=sp(t, "Reuters"), cue=sp(t, "Selon"))
    b = make("c2", t, sp(t, "« tout va bien »"), source=sp(t, "le ministre"), cue=sp(t, "a affirmé"))
    c = make("c3", t, sp(t, "« tout va bien »"), source=sp(t, "le ministre"), cue=sp(t, "a affirmé"))
    page = Page(claimtrack.render(t, [a, b, c]))
    check_marks(page, t, [a, b, c])
    # one element per mark, nested: the text inside them is not repeated
    assert sum(f["kind"] == "content" for f in page.fragments) == 3
    assert [lbl for lbl in page.labels if lbl.startswith("source")] == ["source c1", "source c3", "source c2"]


def test_nested_claims_from_extract():
    t = "Selon l'AFP, Paul Arden a affirmé que « la situation est sous contrôle »."
    claims = extract(t, lang="fr")
    assert len(claims) >= 2
    page = Page(claimtrack.render(t, claims))
    check_marks(page, t, claims)
    inner = [f for f in page.fragments if f["kind"] == "content"]
    assert len({f["claim"] for f in inner}) == len(claims)


def test_crossing_spans_are_split_and_nest():
    t = "Le ministre a dit que la crise est finie, selon l'agence."
    a = make("c1", t, Span(t[3:30], 3, 30), source=Span(t[0:11], 0, 11), cue=Span(t[9:17], 9, 17))
    b = make("c2", t, Span(t[20:45], 20, 45), via=(Span(t[42:55], 42, 55),))
    page = Page(claimtrack.render(t, [a, b]))  # the parser checks that every end tag closes the last opened
    check_marks(page, t, [a, b])
    pieces = [f for f in page.fragments if f["kind"] in ("source", "cue", "content")]
    assert any("ct-cr" in f["classes"] for f in pieces) and any("ct-cl" in f["classes"] for f in pieces)
    # a mark cut in pieces keeps a single label, after its last piece
    assert page.labels.count("source c1") == 1 and page.labels.count("cue c1") == 1
    assert sum(lbl.startswith("c1") for lbl in page.labels) == 1


def test_out_of_range_and_mismatched_claims_are_skipped():
    t = "Le maire a démenti, selon la radio."
    good = make("c1", t, sp(t, "Le maire a démenti"), source=sp(t, "la radio"), cue=sp(t, "selon"))
    past_end = make("c2", t, Span("x", 40, 41))
    negative = make("c3", t, sp(t, "maire"), source=Span("Le", -2, 0))
    reversed_ = make("c4", t, Span("", 9, 3))
    wrong_text = make("c5", t, Span("le maire", 0, 8))
    page = Page(claimtrack.render(t, [good, past_end, negative, reversed_, wrong_text]))
    check_marks(page, t, [good])
    assert {f["claim"] for f in page.fragments} == {"c1"}
    legend = "".join(page.legend_text)
    assert "4 not shown" in legend and "c2, c3, c4, c5" in legend and "1 claim " in legend


def test_empty_spans_are_not_drawn():
    t = "Il a dit oui."
    c = make("c1", t, Span("", 9, 9), source=sp(t, "Il"), cue=sp(t, "a dit"))
    page = Page(claimtrack.render(t, [c]))
    assert page.shown_text == t
    assert page.mark("content", "c1") == [] and page.mark("source", "c1") == [(0, 2)]


def test_render_argument_errors():
    with pytest.raises(TypeError, match="text"):
        claimtrack.render(None, [])
    with pytest.raises(TypeError, match="Claim"):
        claimtrack.render("abc", [{"id": "c1"}])


def test_article_fr_and_en():
    for name, lang in (("article-fr.txt", "fr"), ("article-en.txt", "en")):
        text = read_text(ROOT / "examples" / name)
        claims = extract(text, lang=lang, doc_id=name)
        assert claims
        page = Page(claimtrack.render(text, claims))
        check_marks(page, text, claims)
        for c in claims:
            if c.denies:
                assert any(lbl.startswith(f"{c.id} denies ") for lbl in page.labels)
            if c.denied_by:
                assert any(lbl.startswith(f"{c.id} denied by ") for lbl in page.labels)


def test_denial_from_extract_shows_its_links():
    claims = extract(DENIAL_FR, lang="fr")
    page = Page(claims._repr_html_())
    check_marks(page, DENIAL_FR, claims)
    denial = next(c for c in claims if c.act == "denial")
    assert denial.denies
    assert f"denies {', '.join(denial.denies)}" in page.links


def test_fast_on_a_100kb_article():
    base = read_text(ROOT / "examples" / "article-fr.txt")
    text = (base + "\n") * (100_000 // len(base) + 1)
    claims = extract(text, lang="fr")
    t0 = time.perf_counter()
    html = claimtrack.render(text, claims)
    elapsed = time.perf_counter() - t0
    assert elapsed < 1.0, elapsed
    check_marks(Page(html), text, claims)


TEXTS = st.text(alphabet=st.sampled_from("ab <>&\"'«»\n\r\té"), min_size=1, max_size=40)


@st.composite
def text_and_claims(draw):
    text = draw(TEXTS)
    n = len(text)
    offs = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)

    def span(o):
        return Span(text[o[0]:o[1]], o[0], o[1])

    claims = []
    for i in range(draw(st.integers(0, 5))):
        content = span(draw(offs))
        src = draw(st.none() | offs)
        vias = draw(st.lists(offs, max_size=2))
        claims.append(make(f"c{i + 1}", text, content, source=None if src is None else span(src),
                           via=tuple(span(v) for v in vias)))
    return text, claims


@settings(max_examples=300, deadline=None)
@given(text_and_claims())
def test_any_overlap_keeps_the_text_and_every_mark(tc):
    text, claims = tc
    page = Page(claimtrack.render(text, claims))
    check_marks(page, text, claims)


# --------------------------------------------------------------------------------------------------------------
# _repr_html_


def test_repr_html():
    claims = denial_claims()
    assert claims._repr_html_() == claimtrack.render(claims.text, claims)
    empty = Claims([], text="Rien à signaler.")
    assert Page(empty._repr_html_()).shown_text == "Rien à signaler."
    no_text = Claims(list(claims), doc_id="a<1>")
    out = no_text._repr_html_()
    assert "no text" in out and "2 claims" in out and "a&lt;1&gt;" in out


def test_import_stays_light():
    code = "import sys, claimtrack; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------------------------------------------
# to_frame


def test_to_frame_columns_and_values():
    pd = pytest.importorskip("pandas")
    claims = special_claims()
    df = claimtrack.to_frame(claims)
    assert list(df.columns) == list(COLUMNS)
    assert list(df["id"]) == ["c1", "c2"]
    r = df.iloc[0]
    c = claims[0]
    assert r["doc_id"] == "d1" and r["act"] == "statement" and r["form"] == "direct"
    assert (r["content_text"], r["content_start"], r["content_end"]) == (c.content.text, c.content.start,
                                                                         c.content.end)
    assert (r["source_text"], r["source_canonical"], r["source_type"]) == ("l'élu", "l'élu", "person")
    assert (r["cue_text"], r["cue_lemma"]) == ("a affirmé", "a affirmé")
    assert r["via"] == "l'AFP" and pd.isna(r["target_text"])
    assert list(r["denies"]) == [] and r["sentence"] == 0 and r["confidence"] == pytest.approx(0.8)
    assert df["confidence"].dtype.kind == "f" and df["content_start"].dtype.kind == "i"


def test_to_frame_denials_via_and_target():
    pd = pytest.importorskip("pandas")
    t = "Selon l'AFP et Reuters, Vanko accuse Borduvie de mentir, ce que Borduvie dément."
    c1 = make("c1", t, sp(t, "mentir"), source=sp(t, "Vanko"), cue=sp(t, "accuse"), target=sp(t, "Borduvie"),
              via=(sp(t, "l'AFP"), sp(t, "Reuters")), act="accusation", denied_by=("c2",))
    c2 = make("c2", t, sp(t, "ce que Borduvie dément"), source=sp(t, "Borduvie", 1), act="denial", denies=("c1",))
    df = Claims([c1, c2], text=t).to_frame()
    assert df.loc[0, "via"] == "l'AFP | Reuters" and df.loc[1, "via"] == ""
    assert df.loc[0, "target_text"] == "Borduvie"
    assert list(df.loc[0, "denied_by"]) == ["c2"] and list(df.loc[1, "denies"]) == ["c1"]
    assert pd.isna(df.loc[1, "cue_text"]) and pd.isna(df.loc[1, "cue_lemma"])


def test_to_frame_several_documents_and_iterables():
    pytest.importorskip("pandas")
    a = extract(DENIAL_FR, lang="fr", doc_id="fr1")
    b = extract('"We will win," the mayor said, according to Reuters.', lang="en", doc_id="en1")
    df = claimtrack.to_frame([a, b])
    assert len(df) == len(a) + len(b)
    assert list(df["doc_id"]) == ["fr1"] * len(a) + ["en1"] * len(b)
    assert list(df["id"]) == [c.id for c in a] + [c.id for c in b]
    assert claimtrack.to_frame(c for c in a).equals(a.to_frame())
    assert claimtrack.to_frame(a[0]).shape[0] == 1
    # a Claims whose records carry no doc_id gives its own
    bare = Claims(extract(DENIAL_FR, lang="fr"), doc_id="given")
    assert set(claimtrack.to_frame(bare)["doc_id"]) == {"given"}
    with pytest.raises(TypeError):
        claimtrack.to_frame([1, 2])
    with pytest.raises(TypeError):
        claimtrack.to_frame("text")


def test_to_frame_meta_columns():
    pytest.importorskip("pandas")
    t = DENIAL_FR
    c1 = make("c1", t, sp(t, "financer des milices"), meta={"outlet": "Le Soir", "id": "art-7"})
    c2 = make("c2", t, sp(t, "ce que Vanko dément"), meta={"date": "2026-11-02", "outlet": "RTBF"})
    df = claimtrack.to_frame([c1, c2])
    assert list(df.columns) == [*COLUMNS, "outlet", "meta_id", "date"]
    assert list(df["outlet"]) == ["Le Soir", "RTBF"] and df.loc[0, "meta_id"] == "art-7"
    assert df["id"].tolist() == ["c1", "c2"]
    assert df["date"].isna().tolist() == [True, False]


def test_to_frame_empty():
    pytest.importorskip("pandas")
    for empty in (Claims([], text="x"), [], iter(())):
        df = claimtrack.to_frame(empty)
        assert df.empty and list(df.columns) == list(COLUMNS)


def test_to_frame_groupby_source():
    pytest.importorskip("pandas")
    text = read_text(ROOT / "examples" / "article-fr.txt")
    df = extract(text, lang="fr", doc_id="article-fr").to_frame()
    counts = df.groupby("source_canonical")["id"].count()
    assert counts.sum() == df["source_canonical"].notna().sum()


def test_to_frame_without_pandas(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r'pip install "claimtrack\[pandas\]"'):
        claimtrack.to_frame(denial_claims())
    with pytest.raises(ImportError, match="claimtrack"):
        denial_claims().to_frame()


# --------------------------------------------------------------------------------------------------------------
# a real browser


CHROMIUM = "/usr/bin/chromium"


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's chromium (/usr/bin/chromium)")
def test_headless_chromium_screenshot(tmp_path):
    text = read_text(ROOT / "examples" / "article-fr.txt")
    claims = extract(text, lang="fr", doc_id="article-fr")
    page = tmp_path / "page.html"
    page.write_text("<!doctype html><meta charset=utf-8><title>claimtrack</title>"
                    f"<body style='margin:16px'>{claims._repr_html_()}</body>", encoding="utf-8")
    png = tmp_path / "shot.png"
    profile = tmp_path / "profile"
    profile.mkdir()
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", f"--screenshot={png}", "--window-size=1200,900", page.as_uri()]
    subprocess.run(cmd, capture_output=True, timeout=120, cwd=tmp_path)
    assert png.exists() and png.stat().st_size > 1000
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if shutil.which("file"):  # dimensions as asked
        out = subprocess.run(["file", str(png)], capture_output=True, text=True).stdout
        assert "1200 x 900" in out
