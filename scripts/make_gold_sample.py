"""Write examples/gold-sample.jsonl from the hand-written documents below (our own sentences): offsets are
computed from the span texts, so the file is always consistent. usage: python scripts/make_gold_sample.py OUT"""
import json
import sys


def span(text, s, after=0):
    i = text.index(s, after)
    return {"text": s, "start": i, "end": i + len(s)}

DOCS = [
 ("port-fr", "fr",
  "Le port de Valmeran restera fermé jusqu'à lundi. "
  "« Les quais ne sont pas sûrs », a déclaré la capitaine Inès Morvan. "
  "Selon la préfecture, les réparations coûteront deux millions d'euros. "
  "Le syndicat des dockers a accusé la direction d'avoir ignoré les alertes. "
  "La direction a démenti avoir reçu la moindre alerte.",
  [("c1", "direct", "statement",
      "« Les quais ne sont pas sûrs »", "la capitaine Inès Morvan", "a déclaré", [], "Inès Morvan"),
   ("c2", "indirect", "statement",
       "les réparations coûteront deux millions d'euros", "la préfecture", "Selon", [], None),
   ("c3", "indirect", "accusation", "d'avoir ignoré les alertes", "Le syndicat des dockers", "a accusé", [], None),
   ("c4", "indirect", "denial", "avoir reçu la moindre alerte", "La direction", "a démenti", ["c3"], None)],
  ["Le port de Valmeran restera fermé jusqu'à lundi."]),
 ("ecole-fr", "fr",
  "La maire de Korvane, Lucie Ferrand, a annoncé mardi qu'une nouvelle école ouvrirait en septembre. "
  "« Ce sera la plus grande de la région », a-t-elle affirmé devant le conseil municipal. "
  "L'opposition estime que le projet dépassera son budget.",
  [("c1", "indirect", "statement",
      "une nouvelle école ouvrirait en septembre", "La maire de Korvane, Lucie Ferrand", "a annoncé", [],
      "Lucie Ferrand"),
   ("c2", "direct", "statement",
       "« Ce sera la plus grande de la région »", ("elle", "a-t-"), "a-t-elle affirmé", [], "Lucie Ferrand"),
   ("c3", "indirect", "statement", "le projet dépassera son budget", "L'opposition", "estime", [], None)],
  []),
 ("bridge-en", "en",
  "The old bridge over the Arden will be closed for a month. "
  "\"We have no other choice,\" said Mark Ellison, the county engineer. "
  "According to local traders, the closure will cost them thousands of customers. "
  "The council denied that the works had been delayed.",
  [("c1", "direct", "statement",
      "\"We have no other choice,\"", "Mark Ellison, the county engineer", "said", [], "Mark Ellison"),
   ("c2", "indirect", "statement",
       "the closure will cost them thousands of customers", "local traders", "According to", [], None),
   ("c3", "indirect", "denial", "the works had been delayed", "The council", "denied", [], None)],
  []),
]

out = []
for doc_id, lang, text, claims, not_claims in DOCS:
    cs = []
    for cid, form, act, content, source, cue, denies, canonical in claims:
        c = {"id": cid, "form": form, "act": act, "content": span(text, content),
             "source": (span(text, source[0], text.index(source[1])) if isinstance(source, tuple)
                        else span(text, source) if source else None), "cue": span(text, cue) if cue else None,
             "denies": denies}
        if canonical:
            c["source_canonical"] = canonical
        cs.append(c)
    d = {"doc_id": doc_id, "lang": lang, "text": text, "claims": cs}
    if not_claims:
        d["not_claims"] = not_claims
    out.append(d)
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    for d in out:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
