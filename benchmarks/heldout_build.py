"""Shared builder of the held-out sets (``heldout/``, ``heldout2/``, ``heldout3/``): offsets computed, never typed.

Each set's ``build.py`` holds its paragraphs and annotations as span specs and calls this module::

    t = "« Tout va bien », a dit Léa Fontan."
    rec = claim_record(t, ("c1", "direct", "statement", "« Tout va bien »", "Léa Fontan", "a dit"))
    rec["source"]  # {"text": "Léa Fontan", "start": 24, "end": 34}

Span specs: ``"str"`` (unique in the text), ``("str", n)`` its n-th occurrence (0-based), ``("str", "anchor")``
``str`` found inside a unique ``anchor``. ``main(folder, docs, argv)`` writes ``heldout.jsonl``,
``heldout-fr.jsonl`` and ``heldout-en.jsonl`` into ``folder`` and verifies every span of what it wrote;
with file arguments it only verifies those files.
"""

import json
import re
from pathlib import Path

HARD = "hard"


def span(text, spec, after=0):
    """The span dict of ``spec`` in ``text`` (see the module docstring); None for None."""
    if spec is None:
        return None
    if isinstance(spec, tuple) and isinstance(spec[1], str):
        s, anchor = spec
        a = text.index(anchor)
        assert text.find(anchor, a + 1) == -1, f"ambiguous anchor {anchor!r}"
        i = text.index(s, a)
        assert i + len(s) <= a + len(anchor), (s, anchor)
    elif isinstance(spec, tuple):
        s, n = spec
        i = -1
        for _ in range(n + 1):
            i = text.index(s, i + 1)
    else:
        s = spec
        i = text.index(s, after)
        assert text.find(s, i + 1) == -1 or after, f"ambiguous span {s!r}"
    return {"text": s, "start": i, "end": i + len(s)}


def upto(text, a, b):
    """The stretch of text from the first ``a`` to the end of the first ``b`` after it (for long quotes)."""
    i = text.index(a)
    j = text.index(b, i) + len(b)
    return text[i:j]


def claim_record(text, c):
    """A gold claim from ``(id, form, act, content, source, cue[, extra])``; extra: denies, target, via, ..."""
    cid, form, act, content, source, cue = c[:6]
    extra = c[6] if len(c) > 6 else {}
    rec = {"id": cid, "form": form, "act": act, "content": span(text, content),
           "source": span(text, source), "cue": span(text, cue), "denies": extra.get("denies", [])}
    if "target" in extra:
        rec["target"] = span(text, extra["target"])
    if "via" in extra:
        rec["via"] = [span(text, v) for v in extra["via"]]
    for k in ("difficulty", "source_canonical", "note"):
        if k in extra:
            rec[k] = extra[k]
    return rec


def doc_record(doc_id, lang, text, claims, not_claims, meta):
    """A gold document; every not_claim must occur in the text."""
    for nc in not_claims:
        assert nc in text, nc
    return {"doc_id": doc_id, "lang": lang, "text": text, "claims": [claim_record(text, c) for c in claims],
            "not_claims": list(not_claims), "meta": meta}


def word_count(text):
    """Number of \\w+ words: ``word_count("Il l'a dit.") == 4``."""
    return len(re.findall(r"\w+", text))


def verify(docs):
    """Check ids, acts, forms, denies and every span (text[start:end] == span text); returns the spans checked."""
    n = 0
    for d in docs:
        t = d["text"]
        ids = [c["id"] for c in d["claims"]]
        assert len(ids) == len(set(ids)), d["doc_id"]
        for c in d["claims"]:
            assert c["form"] in ("direct", "mixed", "indirect"), c
            assert c["act"] in ("statement", "accusation", "denial"), c
            assert set(c["denies"]) <= set(ids) and c["id"] not in c["denies"], (d["doc_id"], c["id"])
            spans = [c.get(k) for k in ("content", "source", "cue", "target")] + list(c.get("via", []))
            for s in spans:
                if s is None:
                    continue
                n += 1
                assert t[s["start"]:s["end"]] == s["text"], (d["doc_id"], c["id"], s)
            assert c["content"]["text"].strip(), (d["doc_id"], c["id"])
        for nc in d["not_claims"]:
            assert nc in t, (d["doc_id"], nc)
    return n


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def write(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def main(folder, docs, argv, stem="heldout"):
    """``build.py``: write the three files (``stem``.jsonl, ``stem``-fr.jsonl, ``stem``-en.jsonl) into ``folder``
    and verify them; ``build.py FILE...``: verify only."""
    if argv:
        for p in argv:
            print(p, verify(read(p)), "spans verified OK")
        return
    folder = Path(folder)
    write(folder / f"{stem}.jsonl", docs)
    for lang in ("fr", "en"):
        write(folder / f"{stem}-{lang}.jsonl", [d for d in docs if d["lang"] == lang])
    reread = read(folder / f"{stem}.jsonl")
    n = verify(reread)
    for lang in ("fr", "en"):
        ds = [d for d in reread if d["lang"] == lang]
        print(lang, len(ds), "docs", sum(len(d["claims"]) for d in ds), "claims",
              sum(c["act"] == "denial" for d in ds for c in d["claims"]), "denials")
    print(len(reread), "docs", sum(len(d["claims"]) for d in reread), "claims;", n, "spans verified OK")
