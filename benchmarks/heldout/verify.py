"""Check every span of a gold JSONL: text[start:end] == span text; ids and denies consistent."""
import json
import sys

bad = n = 0
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        d = json.loads(line); t = d["text"]; ids = [c["id"] for c in d["claims"]]
        assert len(ids) == len(set(ids)), d["doc_id"]
        for c in d["claims"]:
            assert c["form"] in ("direct", "mixed", "indirect") and c["act"] in ("statement", "accusation", "denial")
            assert set(c.get("denies", [])) <= set(ids)
            for k in ("content", "source", "cue", "target"):
                s = c.get(k)
                if s is None: continue
                n += 1
                if t[s["start"]:s["end"]] != s["text"]:
                    bad += 1; print("BAD", d["doc_id"], c["id"], k, repr(s["text"]))
        for nc in d.get("not_claims", []):
            assert nc in t, (d["doc_id"], nc)
print(f"{n} spans checked, {bad} bad"); sys.exit(bool(bad))
