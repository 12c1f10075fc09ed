"""Build heldout*.jsonl (beside this file): a check set for English frames the rules got wrong (a denial cue with
a bare noun or gerund object, "accused X of doing", "called X false" / "dismissed X as baseless", scare quotes and
quoted titles or slogans that are no claims), inside ordinary news paragraphs. Invented events and people; offsets
computed, never typed (span specs as in ../heldout_build.py). Written before the rules it checks and scored once
before and once after; never tuned on.

Run: python build.py  (builds, then verifies every span); python build.py FILE... only verifies.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_build import doc_record, main, word_count  # noqa: E402

OUT = Path(__file__).resolve().parent
DOCS = []


def doc(doc_id, lang, text, claims, not_claims=(), outlet="", title=""):
    meta = {"origin": "written for the English check set (invented events and people)", "outlet": outlet,
            "title": title, "words": word_count(text)}
    DOCS.append(doc_record(doc_id, lang, text, claims, not_claims, meta))


# ec01 — headline denial with a gerund object; bare-noun denial; accused X of doing
t = ("Mayor denies taking payments from developer\n\n"
     "Prosecutors in Dunmore accused Mayor Alan Price of taking $40,000 from a housing developer. Price denied "
     "wrongdoing on Wednesday. \"I have never accepted a cent from anyone,\" he told reporters outside city hall. "
     "The developer, Brookline Homes, denied any wrongdoing. A hearing is scheduled for March 3.")
doc("ec01", "en", t, [
    ("c0", "indirect", "denial", "taking payments from developer", ("Mayor", 0), "denies", {"denies": ["c1"]}),
    ("c1", "indirect", "accusation", "taking $40,000 from a housing developer", "Prosecutors in Dunmore",
     "accused", {"target": "Mayor Alan Price"}),
    ("c2", "indirect", "denial", ("wrongdoing", "denied wrongdoing"), ("Price", "Price denied"),
     ("denied", "Price denied"), {"denies": ["c1"]}),
    ("c3", "direct", "statement", "\"I have never accepted a cent from anyone,\"", ("he", "he told"),
     ("told", "he told"),
     {"source_canonical": "Alan Price"}),
    ("c4", "indirect", "denial", "any wrongdoing", "The developer, Brookline Homes", ("denied", "Homes, denied"),
     {"source_canonical": "Brookline Homes"}),
], not_claims=["A hearing is scheduled for March 3"], outlet="US local daily")

# ec02 — accused X of doing; called X false; dismissed X as baseless
t = ("Opposition accuses minister of misleading parliament\n\n"
     "The opposition Labour Party accused the energy minister of lying to Parliament about the cost of the new "
     "pipeline. Its leader, Ruth Okafor, said the true cost was twice the published figure. The minister called the "
     "report false and politically motivated. His spokesman dismissed the allegations as baseless. The pipeline is "
     "due to open in 2028.")
doc("ec02", "en", t, [
    ("c0", "indirect", "accusation", "misleading parliament", "Opposition", "accuses", {"target": ("minister", 0)}),
    ("c1", "indirect", "accusation", "lying to Parliament about the cost of the new pipeline",
     "The opposition Labour Party", "accused", {"target": "the energy minister"}),
    ("c2", "indirect", "statement", "the true cost was twice the published figure", "Its leader, Ruth Okafor",
     ("said", "Okafor, said"), {"source_canonical": "Ruth Okafor"}),
    ("c3", "indirect", "denial", "the report", ("The minister", "The minister called"), "called", {"denies": ["c2"]}),
    ("c4", "indirect", "denial", "the allegations", "His spokesman", "dismissed", {"denies": ["c1"]}),
], not_claims=["The pipeline is due to open in 2028"], outlet="UK national daily")

# ec03 — scare quotes in a noun phrase, a quoted title, a statement around them
t = ("Teachers march against pension plan\n\n"
     "Thousands of teachers marched in Lisbon on Saturday against the government's so-called \"reform\" of public "
     "pensions. Many carried copies of \"The Long Shift\", a novel about a teacher's final year. The union's "
     "secretary general, Joana Pires, said the plan would cut pensions by up to 15 percent. The education ministry "
     "rejected that figure. \"Nobody will lose a single euro,\" a ministry spokesman said.")
doc("ec03", "en", t, [
    ("c1", "indirect", "statement", "the plan would cut pensions by up to 15 percent",
     "The union's secretary general, Joana Pires", ("said", "Pires, said"), {"source_canonical": "Joana Pires"}),
    ("c2", "indirect", "denial", "that figure", "The education ministry", "rejected", {"denies": ["c1"]}),
    ("c3", "direct", "denial", "\"Nobody will lose a single euro,\"", "a ministry spokesman",
     ("said", "spokesman said"), {"denies": ["c1"]}),
], not_claims=["\"reform\"", "\"The Long Shift\""], outlet="wire service")

# ec04 — quoted sign and slogan texts; a denial of a gerund; an ordinary quote
t = ("Farmers block highway over import rules\n\n"
     "Farmers blocked the A4 highway near Rouen with tractors on Monday. Signs reading \"No farmers, no food\" hung "
     "from the tractors, and protesters chanted \"Fair prices now\" as police watched. The farm minister said the "
     "government would meet union leaders on Friday. A police spokeswoman denied using tear gas against the "
     "protesters. \"We will stay as long as it takes,\" said Luc Garnier, who grows wheat near Evreux.")
doc("ec04", "en", t, [
    ("c1", "indirect", "statement", "the government would meet union leaders on Friday", "The farm minister",
     ("said", "minister said")),
    ("c2", "indirect", "denial", "using tear gas against the protesters", "A police spokeswoman", "denied"),
    ("c3", "direct", "statement", "\"We will stay as long as it takes,\"", "Luc Garnier", ("said", "said Luc")),
], not_claims=["\"No farmers, no food\"", "\"Fair prices now\""], outlet="wire service")

# ec05 — accused X of doing with a pronoun target; denied the charges; dismissed as
t = ("Club owner charged in fraud case\n\n"
     "Federal prosecutors on Thursday accused the owner of the Harbor City Sharks, Victor Lunde, of hiding $12 "
     "million from creditors. Lunde's lawyer said his client would plead not guilty. Lunde has denied the charges. "
     "Former business partners accused him of forging their signatures on loan papers. Lunde dismissed those "
     "claims as \"fantasy\". The league said it was monitoring the case.")
doc("ec05", "en", t, [
    ("c1", "indirect", "accusation", "hiding $12 million from creditors", "Federal prosecutors",
     ("accused", "Thursday accused"),
     {"target": "the owner of the Harbor City Sharks, Victor Lunde"}),
    ("c2", "indirect", "statement", "his client would plead not guilty", "Lunde's lawyer", ("said", "lawyer said")),
    ("c3", "indirect", "denial", "the charges", ("Lunde", "Lunde has"), "has denied", {"denies": ["c1"]}),
    ("c4", "indirect", "accusation", "forging their signatures on loan papers", "Former business partners",
     ("accused", "partners accused"), {"target": "him"}),
    ("c5", "indirect", "denial", "those claims", ("Lunde", "Lunde dismissed"), "dismissed", {"denies": ["c4"]}),
    ("c6", "indirect", "statement", "it was monitoring the case", "The league", ("said", "league said")),
], outlet="US regional daily")


# ====================================================================== write + verify
if __name__ == "__main__":
    main(OUT, DOCS, sys.argv[1:])
