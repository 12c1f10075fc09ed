#!/usr/bin/env python3
"""Mine the English cue lexicon (claimtrack/data/en/cues.json) from PolNeAR train gold.

Usage:
    python scripts/mine_en_cues.py /work/shared/eval/en-polnear-train.jsonl \
        [-o claimtrack/data/en/cues.json]

Only the *train* file is read.  No text from the articles is written out: the
output holds verb lemmas, their inflected forms and counts.

What is computed (see scripts/en_cue_report.md for the results):

* Every gold cue text ("has said", "also told", "said in a statement") is reduced
  to its head verb: auxiliaries, modals, negation and adverbs are skipped and
  the first remaining word is lemmatized with explicit irregular tables plus
  suffix rules (ambiguous suffix stripping is settled by which candidate's other
  inflections are attested in the corpus, e.g. noted -> note, not "not").
* Cues whose head is not a verb ("according to", ":", "in") become markers.
* A verb directly followed by a particle as the last word of the cue
  ("called for", "pointed out") counts for a multiword entry *and* for the verb.
* Per entry: freq (gold cues), precision (share of whole-word occurrences of its
  forms in the train texts that lie inside a gold cue span), that/postposed
  (position of the content relative to the cue), object (noun-phrase content
  right after the cue for most claims).
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

# --------------------------------------------------------------------------
# Hand-written knowledge
# --------------------------------------------------------------------------

# Irregular verbs: base -> (past, past participle).
IRREGULAR = {
    "arise": ("arose", "arisen"), "be": ("was", "been"), "bear": ("bore", "borne"),
    "become": ("became", "become"), "begin": ("began", "begun"), "bet": ("bet", "bet"),
    "bid": ("bid", "bid"), "blow": ("blew", "blown"), "break": ("broke", "broken"),
    "bring": ("brought", "brought"), "broadcast": ("broadcast", "broadcast"),
    "build": ("built", "built"), "buy": ("bought", "bought"), "cast": ("cast", "cast"),
    "catch": ("caught", "caught"), "choose": ("chose", "chosen"), "come": ("came", "come"),
    "cut": ("cut", "cut"), "deal": ("dealt", "dealt"), "do": ("did", "done"),
    "draw": ("drew", "drawn"), "drive": ("drove", "driven"), "fall": ("fell", "fallen"),
    "feel": ("felt", "felt"), "fight": ("fought", "fought"), "find": ("found", "found"),
    "flee": ("fled", "fled"), "fly": ("flew", "flown"), "forbid": ("forbade", "forbidden"),
    "forecast": ("forecast", "forecast"), "foresee": ("foresaw", "foreseen"),
    "foretell": ("foretold", "foretold"), "forget": ("forgot", "forgotten"),
    "forgive": ("forgave", "forgiven"), "get": ("got", "gotten"), "give": ("gave", "given"),
    "go": ("went", "gone"), "grow": ("grew", "grown"), "hang": ("hung", "hung"),
    "have": ("had", "had"), "hear": ("heard", "heard"), "hide": ("hid", "hidden"),
    "hit": ("hit", "hit"), "hold": ("held", "held"), "hurt": ("hurt", "hurt"),
    "keep": ("kept", "kept"), "know": ("knew", "known"), "lay": ("laid", "laid"),
    "lead": ("led", "led"), "leave": ("left", "left"), "let": ("let", "let"),
    "lose": ("lost", "lost"), "make": ("made", "made"), "mean": ("meant", "meant"),
    "meet": ("met", "met"), "mislead": ("misled", "misled"),
    "misunderstand": ("misunderstood", "misunderstood"), "overhear": ("overheard", "overheard"),
    "pay": ("paid", "paid"), "put": ("put", "put"), "quit": ("quit", "quit"),
    "read": ("read", "read"), "rethink": ("rethought", "rethought"), "ride": ("rode", "ridden"),
    "rise": ("rose", "risen"), "run": ("ran", "run"), "say": ("said", "said"),
    "see": ("saw", "seen"), "seek": ("sought", "sought"), "sell": ("sold", "sold"),
    "send": ("sent", "sent"), "set": ("set", "set"), "shake": ("shook", "shaken"),
    "shoot": ("shot", "shot"), "show": ("showed", "shown"), "shut": ("shut", "shut"),
    "sing": ("sang", "sung"), "sit": ("sat", "sat"), "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"), "split": ("split", "split"), "spread": ("spread", "spread"),
    "strive": ("strove", "striven"),
    "stand": ("stood", "stood"), "steal": ("stole", "stolen"), "stick": ("stuck", "stuck"),
    "strike": ("struck", "struck"), "swear": ("swore", "sworn"), "take": ("took", "taken"),
    "teach": ("taught", "taught"), "tear": ("tore", "torn"), "tell": ("told", "told"),
    "think": ("thought", "thought"), "throw": ("threw", "thrown"),
    "understand": ("understood", "understood"), "undertake": ("undertook", "undertaken"),
    "uphold": ("upheld", "upheld"), "wake": ("woke", "woken"), "wear": ("wore", "worn"),
    "win": ("won", "won"), "withdraw": ("withdrew", "withdrawn"), "write": ("wrote", "written"),
}
IRREGULAR_THIRD = {"have": "has", "be": "is"}

# Suffix-stripping cases the corpus-attestation tie-break gets wrong
# ("added" -> "ad" is attested through the noun "ads").
LEMMA_OVERRIDES = {
    "added": "add", "adding": "add", "adds": "add",
    "lying": "lie", "lied": "lie", "lies": "lie",
    "dying": "die", "tying": "tie",
    "quoted": "quote", "quoting": "quote",
    "cited": "cite", "citing": "cite", "cites": "cite",
    "noted": "note", "noting": "note",
    "hoped": "hope", "hoping": "hope",
    "appeared": "appear", "appearing": "appear",
    "used": "use", "using": "use", "uses": "use",
    "focused": "focus", "focuses": "focus", "focusing": "focus",
    "discussed": "discuss", "discusses": "discuss",
    "stressed": "stress", "stresses": "stress",
    "expressed": "express", "expresses": "express",
    "addressed": "address", "addresses": "address",
    "pressed": "press", "presses": "press",
    "guessed": "guess", "guesses": "guess",
    "confessed": "confess", "confesses": "confess",
    "dismissed": "dismiss", "dismisses": "dismiss",
    "assessed": "assess", "assesses": "assess",
    "bashed": "bash", "pushes": "push", "pushed": "push",
    "posed": "pose", "opposed": "oppose", "proposed": "propose", "supposed": "suppose",
    "based": "base", "sued": "sue", "revered": "revere", "sparred": "spar",
}

# Final-syllable-stressed verbs that double their last consonant (admit ->
# admitted).  One-syllable CVC verbs (plan -> planned) are handled by rule.
DOUBLING = {"admit", "commit", "submit", "omit", "permit", "regret", "refer", "prefer",
            "occur", "confer", "defer", "transfer", "deter", "compel", "rebel", "control",
            "patrol", "propel", "expel", "equip", "abet", "forget", "upset", "acquit",
            "emit", "transmit", "infer", "outwit", "begin", "concur", "incur", "recur",
            "rebut", "extol", "dispel", "instill", "abhor", "annul", "quip", "quit"}

AUXILIARIES = {"has", "have", "had", "having", "will", "would", "shall", "should", "can",
               "could", "may", "might", "must", "do", "does", "did", "'ll", "'d", "'s",
               "'ve", "get", "got", "gets", "getting", "cannot",
               # pieces of contractions when the apostrophe opens the cue ("’s said")
               "s", "re", "ve", "ll", "d", "m"}
BE_FORMS = {"be", "is", "are", "was", "were", "been", "being", "am", "'re", "'m"}
NEGATION = {"not", "never", "no", "n't"}
ADVERBS = {"also", "then", "later", "just", "even", "still", "already", "again", "once",
           "since", "now", "soon", "ever", "further", "often", "first", "last", "too",
           "always", "all", "but", "and", "or", "both", "each", "long", "yet",
           "previously", "instead", "however", "actually", "earlier", "back", "to",
           "almost", "nearly", "quickly", "well", "so", "much", "more", "most",
           "frequently", "perhaps", "apparently", "who", "which", "that", "only",
           "publicly", "privately", "repeatedly"}
# Words ending in -ly that are verbs, not adverbs.
LY_VERBS = {"reply", "apply", "imply", "supply", "rely", "comply", "multiply", "ally",
            "rally", "tally", "bully", "sully", "fly", "belly"}
DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this",
               "these", "those", "some", "any", "such", "many", "one", "every", "another"}
# Particles that may form a phrasal cue with the preceding verb.
PARTICLES = {"for", "to", "on", "out", "in", "up", "about", "of", "at", "with", "back",
             "down", "off", "over", "against", "into"}
# Verb + particle pairs that are not phrasal cues: a verb with an ordinary
# preposition ("said of X: ...", "is accused of"), a noun ("attack on",
# "support for") or a verb before a to-infinitive ("seeks to", "vowed to").
NOT_PHRASAL = {"say of", "say in", "say to", "say about", "say on", "tell of",
               "accuse of", "blame for", "blame on", "charge with", "describe as",
               "see as", "view as", "criticize for", "praise for", "attack for", "ask for",
               "attack on", "support for", "request for", "concern about", "doubt about",
               "debate on", "question about", "opposition to",
               "seek to", "seem to", "expect to", "vow to", "agree to", "want to",
               "appear to", "try to", "plan to", "hope to", "promise to", "pledge to",
               "refuse to", "decline to", "continue to", "threaten to", "urge to"}

# Heads of gold cues that are not verbs: function words ...
FUNCTION_WORDS = {"it", "he", "she", "they", "we", "i", "you", "there", "here", "this",
                  "that", "what", "a", "an", "the", "in", "on", "one", "by", "as", "under",
                  "without", "with", "for", "of", "about", "among", "against", "at", "from",
                  "into", "over", "after", "before", "nothing", "some", "far", "less",
                  "very", "best", "better", "new", "news", "co", "own", "full", "hard",
                  "deep", "little", "strong", "harsh", "public", "general", "personal",
                  "recent", "single", "quick", "be", "have", "do", "huffpost"}
# ... and adjectives / nouns.
NON_VERBS = {"able", "according", "accusation", "accusations", "ad", "adamant", "ads",
             "advice", "afraid", "aghast", "allegation", "allegations", "analysis",
             "angry", "announcement", "anxieties", "anxiety", "argument", "article",
             "assertion", "aware", "belief", "bitter", "book", "broad", "campaign",
             "careful", "certain", "clear", "comfortable", "committed", "complaint",
             "complaints", "concerned", "confidence", "confident", "controversial",
             "convinced", "critic", "critical", "criticism", "criticisms", "critics",
             "data", "decision", "decisions", "denial", "denials", "determined",
             "disagreement", "disagreements", "disappointed", "documents", "eager",
             "editorial", "enamored", "endorsement", "endorsements", "evidence",
             "excited", "expectation", "expectations", "favorable", "favorite",
             "figures", "free", "glad", "goal", "happy", "hopeful", "hungry", "idea",
             "information", "interested", "interview", "leery", "letter", "likely",
             "memo", "mentions", "message", "month", "nervous", "notion", "numbers",
             "op", "open", "opinion", "opponent", "opponents", "opposition",
             "optimistic", "outspoken", "pessimistic", "pleased", "poised",
             "policies", "policy", "prepared", "proposal", "proposals", "proud",
             "questions", "ready", "record", "records", "refusal", "rejection",
             "reluctant", "remarks", "research", "response", "responses", "results",
             "right", "sentiment", "sentiments", "sick", "skeptical", "speculation",
             "speech", "stance", "stances", "statement", "stern", "stories", "story",
             "strategy", "studies", "study", "suggestion", "suggestions", "supporter",
             "supporters", "supportive", "sure", "testimony", "true", "tweet",
             "unaware", "unclear", "unhappy", "unlikely", "unsure", "upbeat", "upset",
             "video", "view", "views", "vocal", "wary", "website", "week", "willing",
             "words", "worried", "wrong"}

# Non-verbal attribution markers looked for in the gold cue texts.
MARKERS = ["according to", "citing", "in", "per", "via", "from", "reportedly", "for",
           "of", "to", "about", "as", ":", "-", "—", "–"]

PREFIX_MARKERS = {"according to"}  # "according to a recent survey" is still the marker

# General-knowledge speech/cognition verbs of English news, kept even when
# rare (or absent) in train.
GENERAL_VERBS = [
    "say", "tell", "add", "claim", "state", "insist", "argue", "explain", "warn",
    "note", "report", "write", "announce", "acknowledge", "admit", "suggest", "believe",
    "think", "estimate", "predict", "confirm", "deny", "reject", "dispute", "refute",
    "rebut", "contest", "dismiss", "disavow", "contradict", "accuse", "allege", "blame",
    "charge", "ask", "reply", "respond", "answer", "declare", "assert", "contend",
    "maintain", "stress", "emphasize", "observe", "remark", "comment", "mention",
    "recall", "reveal", "disclose", "concede", "agree", "disagree", "complain",
    "conclude", "describe", "indicate", "imply", "hint", "promise", "pledge", "vow",
    "threaten", "urge", "demand", "propose", "recommend", "advise", "caution",
    "forecast", "expect", "hope", "fear", "worry", "doubt", "suspect", "assume",
    "guess", "feel", "know", "understand", "recognize", "realize", "find", "show",
    "demonstrate", "prove", "testify", "tweet", "post", "quote", "cite", "inform",
    "assure", "reassure", "notify", "brief", "speak", "talk", "tout", "boast", "brag",
    "joke", "quip", "scoff", "shout", "yell", "cry", "whisper", "murmur", "mutter",
    "exclaim", "lament", "concur", "reiterate", "repeat", "counter", "retort", "rebuff",
    "object", "protest", "criticize", "condemn", "denounce", "slam", "blast", "attack",
    "praise", "hail", "applaud", "welcome", "question", "wonder", "speculate",
    "project", "calculate", "figure", "reckon", "suppose", "imagine", "consider",
    "regard", "hold", "allow", "confess", "affirm", "reaffirm", "certify", "swear",
    "attest", "specify", "clarify", "elaborate", "point", "signal", "posit", "theorize",
    "surmise", "presume", "gather", "learn", "hear", "read", "see",
]
# Class of a lemma (default "report"), following the PolNeAR train gold, where
# the act label is derived from the cue verb alone:
CLASS_OF = {
    # PolNeAR: act "accusation" <- accuse/allege/blame/charge cues,
    #          act "denial"     <- deny/reject/dismiss/dispute/refute/rebut/disavow/contradict.
    "accuse": "accuse", "allege": "accuse", "blame": "accuse", "charge": "accuse",
    "deny": "deny", "reject": "deny", "dismiss": "deny", "dispute": "deny",
    "refute": "deny", "rebut": "deny", "disavow": "deny", "contradict": "deny",
}

# Phrasal cues from general knowledge, kept even when rare in train.
GENERAL_MULTIWORD = ["call for", "call on", "point to", "point out", "go on", "weigh in",
                     "speak out", "lash out", "refer to", "talk about", "comment on",
                     "respond to", "hint at", "warn of", "warn against", "push back",
                     "rule out", "sign on", "come out", "reach out", "speak of",
                     "take issue with", "shrug off", "play down", "back up", "open up",
                     # light verb + noun, then the content: "voiced concern that", "made the case that"
                     "make the case", "voice concern", "express concern", "express hope", "raise concerns",
                     "raise the possibility"]

MIN_FREQ = 3
MIN_MULTIWORD_FREQ = 3
QUOTES = "\"'“”‘’«»"
SUBJECT_START = {"he", "she", "they", "i", "we", "you", "there", "that", "if", "whether",
                 "to", "how", "what", "why", "when", "where", "who", "which", "this"}
FINITE = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
          "could", "should", "may", "might", "must", "does", "did", "do", "won't",
          "isn't", "wasn't", "doesn't", "didn't", "can't"}

WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|[:—–-]")


# --------------------------------------------------------------------------
# Morphology
# --------------------------------------------------------------------------

VOWELS = "aeiou"


def _doubles(base: str) -> bool:
    """True when the final consonant is doubled before -ed/-ing (plan -> planned)."""
    if base in DOUBLING:
        return True
    if len(base) < 3 or base[-1] in VOWELS or base[-1] in "wxy":
        return False
    # exactly one vowel group, ending consonant-vowel-consonant: one syllable CVC
    groups = re.findall(r"[aeiou]+", base)
    return len(groups) == 1 and len(groups[0]) == 1 and base[-2] in VOWELS \
        and base[-3] not in VOWELS


def inflect(base: str) -> list[str]:
    """All forms of a verb: base, -s, past, past participle, -ing (deduplicated)."""
    if re.search(r"(s|x|z|ch|sh|[^aeiou]o)$", base):
        third = base + "es"
    elif re.search(r"[^aeiou]y$", base):
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    third = IRREGULAR_THIRD.get(base, third)
    if base.endswith("ie"):
        ing = base[:-2] + "ying"
    elif base.endswith(("ee", "ye", "oe")) or base == "be":
        ing = base + "ing"
    elif base.endswith("e"):
        ing = base[:-1] + "ing"
    elif _doubles(base):
        ing = base + base[-1] + "ing"
    elif base.endswith("ic"):                      # panic -> panicking
        ing = base + "king"
    else:
        ing = base + "ing"
    if base in IRREGULAR:
        past, participle = IRREGULAR[base]
    else:
        if base.endswith("e"):
            past = base + "d"
        elif re.search(r"[^aeiou]y$", base):
            past = base[:-1] + "ied"
        elif _doubles(base):
            past = base + base[-1] + "ed"
        elif base.endswith("ic"):
            past = base + "ked"
        else:
            past = base + "ed"
        participle = past
    forms = [base, third, past, participle, ing]
    if base == "be":
        forms = ["be", "am", "is", "are", "was", "were", "been", "being"]
    return list(dict.fromkeys(forms))


IRREGULAR_FORMS = {}
for _base in IRREGULAR:
    for _form in inflect(_base):
        IRREGULAR_FORMS.setdefault(_form, _base)


class Lemmatizer:
    """Explicit irregular table + suffix rules, with corpus attestation as the
    tie-break between candidate bases (noted -> note/not: "notes" is attested)."""

    def __init__(self, word_counts: Counter):
        self.counts = word_counts

    def _attested(self, base: str) -> tuple[int, int]:
        """Evidence for `base`: how many of (base, -s form) occur, then their count.
        Only these two forms tell "note" from "not" (both would give "noting")."""
        forms = inflect(base)[:2]
        return sum(1 for f in forms if self.counts[f]), sum(self.counts[f] for f in forms)

    def _pick(self, candidates: list[str]) -> str:
        candidates = [c for c in dict.fromkeys(candidates) if len(c) >= 2]
        best = max(candidates, key=self._attested)  # first candidate wins ties
        if self._attested(best)[0] == 0:
            return self._guess(candidates[0])
        return best

    @staticmethod
    def _guess(stem: str) -> str:
        """No candidate base attested: classic rules on the bare stem."""
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS + "lsfz":
            return stem[:-1]                                  # sparred -> spar
        if re.search(r"(at|iz|is|ys|yz|[^aeioul]l|[cguv]|[aeiou][sz]|[aeiou]d|[^aeiou]in)$",
                     stem):
            return stem + "e"                                 # reiterated -> reiterate
        return stem

    def __call__(self, word: str) -> str:
        w = word.lower().replace("’", "'")
        if w in LEMMA_OVERRIDES:
            return LEMMA_OVERRIDES[w]
        if w in IRREGULAR_FORMS:
            return IRREGULAR_FORMS[w]
        if w.endswith("ied") and len(w) > 4:
            return w[:-3] + "y"
        if w.endswith("ies") and len(w) > 4:
            return w[:-3] + "y"
        for suffix in ("ing", "ed"):
            if w.endswith(suffix) and len(w) > len(suffix) + 2:
                stem = w[: -len(suffix)]
                cands = [stem, stem + "e"]
                if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
                    cands.append(stem[:-1])
                return self._pick(cands)
        if w.endswith("es") and len(w) > 4:
            return self._pick([w[:-1], w[:-2]])
        if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
            return w[:-1]
        return w


# --------------------------------------------------------------------------
# Cue analysis
# --------------------------------------------------------------------------

def tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in WORD_RE.findall(text)]


def _is_adverb(tok: str) -> bool:
    return tok in ADVERBS or (tok.endswith("ly") and tok not in LY_VERBS and len(tok) > 4)


def cue_head(cue_text: str) -> tuple[str, int, list[str]] | None:
    """Index of the head verb in the cue's tokens, or None for a nominal cue.

    Returns (head token, its index, all tokens)."""
    toks = tokens(cue_text)
    if not toks or toks[0] in DETERMINERS:
        return None
    for i, tok in enumerate(toks):
        last = i == len(toks) - 1
        if tok in AUXILIARIES or tok in NEGATION or tok.endswith("n't"):
            continue
        if tok in BE_FORMS and not last:
            continue
        if _is_adverb(tok) and not last:
            continue
        return tok, i, toks
    return None


def is_verb_like(tok: str) -> bool:
    return (tok[0].isalpha() and tok not in NON_VERBS and tok not in FUNCTION_WORDS
            and "'" not in tok and not _is_adverb(tok))


def marker_of(cue_text: str) -> str | None:
    """The marker a non-verbal cue consists of ("according to", ":", "in")."""
    low = " ".join(cue_text.lower().split())
    for m in MARKERS:
        if low == m or (m in PREFIX_MARKERS and low.startswith(m + " ")):
            return m
    return None


# --------------------------------------------------------------------------
# Statistics
# --------------------------------------------------------------------------

WORD_OCC_RE = re.compile(r"(?<![\w-])[A-Za-z]+(?![\w-])")


def word_index(text: str) -> dict[str, list[tuple[int, int]]]:
    """Lower-cased whole word -> its (start, end) spans (hyphenated words excluded)."""
    index = defaultdict(list)
    for m in WORD_OCC_RE.finditer(text):
        index[m.group().lower()].append(m.span())
    return index


def occurrences(doc: dict, phrase: str) -> list[tuple[int, int]]:
    """Whole-word, case-insensitive occurrences of a word, phrase or punctuation mark."""
    text = doc["text"]
    if not phrase[0].isalpha():  # punctuation marker, not inside a hyphenated word
        pattern = re.compile(r"(?<![A-Za-z0-9])%s|%s(?![A-Za-z0-9])" % ((re.escape(phrase),) * 2))
        return [m.span() for m in pattern.finditer(text)]
    first, *rest = phrase.split()
    spans = doc["_words"].get(first, [])
    if not rest:
        return spans
    tail = re.compile("".join(r"\s+" + re.escape(w) for w in rest) + r"(?![\w-])", re.I)
    return [(s, m.end()) for s, e in spans if (m := tail.match(text, e))]


def precision(phrases: list[str], docs: list[dict], exact: bool = False) -> float | None:
    """Share of the occurrences of `phrases` in the texts that lie inside a gold
    cue span (exact=True: that *are* a gold cue, or begin one)."""
    inside = total = 0
    for doc in docs:
        starts, reach = doc["_cue_index"]
        for phrase in phrases:
            for start, end in occurrences(doc, phrase):
                total += 1
                if exact:
                    inside += start in doc["_cue_starts"]
                    continue
                i = bisect.bisect_right(starts, start)
                # the span starting at or before the match that reaches furthest
                inside += bool(i and reach[i - 1] >= end)
    return round(inside / total, 3) if total else None


def cue_index(claims: list[dict]) -> tuple[list[int], list[int]]:
    """Sorted cue starts and the running maximum of their ends."""
    spans = sorted((c["cue"]["start"], c["cue"]["end"]) for c in claims if c.get("cue"))
    starts, reach, furthest = [], [], -1
    for start, end in spans:
        furthest = max(furthest, end)
        starts.append(start)
        reach.append(furthest)
    return starts, reach


def is_np_object(doc_text: str, claim: dict) -> bool:
    """Content is a noun phrase right after the cue ("announced plans ...")."""
    cue, content = claim["cue"], claim["content"]
    if content["start"] < cue["end"] or doc_text[cue["end"]:content["start"]].strip():
        return False
    text = content["text"].lstrip()
    if not text or text[0] in QUOTES:
        return False
    toks = tokens(text)
    if not toks or toks[0] in SUBJECT_START:
        return False
    return not any(t in FINITE for t in toks[:6])


def position_stats(claims: list[dict]) -> dict:
    n = len(claims)
    if not n:
        return {"object": False, "that": None, "postposed": None}
    that = post = obj = 0
    for c in claims:
        cue, content = c["cue"], c["content"]
        if content["start"] >= cue["end"]:
            gap = c["_doc"]["text"][cue["end"]:content["start"]].strip().lower()
            if gap in ("", "that"):
                that += 1
        elif content["end"] <= cue["start"]:
            post += 1
        if is_np_object(c["_doc"]["text"], c):
            obj += 1
    return {"object": obj / n > 0.5, "that": round(that / n, 3), "postposed": round(post / n, 3)}


def mine(path: Path) -> tuple[dict, dict]:
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    word_counts: Counter = Counter()
    for doc in docs:
        word_counts.update(t.lower() for t in re.findall(r"[A-Za-z]+", doc["text"]))
        doc["_cue_index"] = cue_index(doc["claims"])
        doc["_cue_starts"] = {c["cue"]["start"] for c in doc["claims"] if c.get("cue")}
        doc["_words"] = word_index(doc["text"])
    lemmatize = Lemmatizer(word_counts)

    by_lemma: dict[str, list] = defaultdict(list)
    by_phrase: dict[str, list] = defaultdict(list)
    by_marker: dict[str, list] = defaultdict(list)
    other_heads: Counter = Counter()
    n_claims = 0
    for doc in docs:
        for claim in doc["claims"]:
            n_claims += 1
            claim["_doc"] = doc
            cue = claim.get("cue")
            if not cue:
                continue
            marker = marker_of(cue["text"])
            if marker:
                by_marker[marker].append(claim)
                continue
            head = cue_head(cue["text"])
            if head is None:
                other_heads["<nominal>"] += 1
                continue
            tok, i, toks = head
            if tok == "according":
                by_marker["according to"].append(claim)
                continue
            if not is_verb_like(tok):
                other_heads[tok] += 1
                continue
            lemma = lemmatize(tok)
            by_lemma[lemma].append(claim)
            rest = [t for t in toks[i + 1:] if t != ":"]
            if len(rest) == 1 and rest[0] in PARTICLES:
                phrase = f"{lemma} {rest[0]}"
                if phrase not in NOT_PHRASAL:
                    by_phrase[phrase].append(claim)

    def entry(key: str, forms: list[str], claims: list[dict]) -> dict:
        e = {"class": CLASS_OF.get(key.split()[0], "report"), "forms": forms,
             "freq": len(claims), "precision": precision(forms, docs)}
        e.update(position_stats(claims))
        return e

    lemmas = {}
    wanted = {lem for lem, cl in by_lemma.items()
              if len(cl) >= MIN_FREQ and lem not in FUNCTION_WORDS} | set(GENERAL_VERBS)
    for lemma in sorted(wanted, key=lambda lem: (-len(by_lemma.get(lem, [])), lem)):
        lemmas[lemma] = entry(lemma, inflect(lemma), by_lemma.get(lemma, []))

    multiword = {}
    wanted = {p for p, cl in by_phrase.items()
              if len(cl) >= MIN_MULTIWORD_FREQ and p.split()[0] in lemmas}
    wanted |= set(GENERAL_MULTIWORD)
    for phrase in sorted(wanted, key=lambda p: (-len(by_phrase.get(p, [])), p)):
        verb, rest = phrase.split(" ", 1)
        forms = [f"{f} {rest}" for f in inflect(verb)]
        multiword[phrase] = entry(phrase, forms, by_phrase.get(phrase, []))

    markers = {}
    for m in MARKERS:
        if m not in by_marker:
            continue
        markers[m] = {"freq": len(by_marker[m]), "precision": precision([m], docs, exact=True)}

    # Check CLASS_OF against the gold act labels.
    act_class = {"accusation": "accuse", "denial": "deny", "statement": "report"}
    for lemma, entry_ in lemmas.items():
        acts = Counter(act_class[c["act"]] for c in by_lemma.get(lemma, []))
        if acts and acts.most_common(1)[0][0] != entry_["class"]:
            print(f"note: class of {lemma!r} is {entry_['class']}, gold acts {dict(acts)}",
                  file=sys.stderr)

    data = {"lemmas": lemmas, "multiword": multiword, "markers": markers}
    diagnostics = {"n_claims": n_claims, "other_heads": other_heads, "by_lemma": by_lemma,
                   "by_phrase": by_phrase, "by_marker": by_marker, "docs": docs}
    return data, diagnostics


def dumps(data: dict) -> str:
    """JSON with one line per entry, so the file stays diffable and readable."""
    sections = []
    for name, entries in data.items():
        lines = [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                 for k, v in entries.items()]
        sections.append(f" {json.dumps(name)}: {{\n" + ",\n".join(lines) + "\n }")
    return "{\n" + ",\n".join(sections) + "\n}\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train", type=Path, help="en-polnear-train.jsonl")
    ap.add_argument("-o", "--output", type=Path,
                    default=Path(__file__).resolve().parent.parent
                    / "claimtrack" / "data" / "en" / "cues.json")
    args = ap.parse_args(argv)
    if "dev" in args.train.name:
        ap.error("refusing to mine the held-out dev file")
    data, diag = mine(args.train)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(dumps(data), encoding="utf-8")
    print(f"{len(data['lemmas'])} lemmas, {len(data['multiword'])} multiword, "
          f"{len(data['markers'])} markers -> {args.output}")


if __name__ == "__main__":
    main()
