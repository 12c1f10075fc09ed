"""Write a generated corpus of articles as JSONL, for `claimtrack extract` and `benchmarks/parallel.py`.

usage: python benchmarks/make_corpus.py [N] [OUT.jsonl] [--seed S]

N articles (default 2000), half French and half English, interleaved, built from our own sentences
(benchmarks/corpus.py): one {"id", "text", "lang", "date", "outlet"} object per line.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import sys
from collections.abc import Iterator

sys.path.insert(0, os.path.dirname(__file__))
from corpus import article  # noqa: E402

OUTLETS = {"fr": ["La Gazette de Valbonne", "Le Courrier du Nord", "Radio Korvane"],
           "en": ["The Harbour Times", "Midland Post", "Valley Radio"]}


def articles(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """N article dicts, French and English in turn, with ids and metadata."""
    r = random.Random(seed)
    day0 = datetime.date(2026, 1, 1)
    for i in range(n):
        lang = "fr" if i % 2 == 0 else "en"
        # news-length articles: 30-75 sentences, about 2,000-5,000 characters (PolNeAR's articles have a
        # median of 3,900 characters)
        yield {"id": f"art-{i:06d}", "text": article(r, lang, sentences=r.choice((30, 45, 60, 75))), "lang": lang,
               "date": (day0 + datetime.timedelta(days=r.randrange(365))).isoformat(),
               "outlet": r.choice(OUTLETS[lang])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=2000, help="number of articles (default 2000)")
    ap.add_argument("out", nargs="?", default="corpus.jsonl", help="output file (default corpus.jsonl)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    chars = 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for a in articles(args.n, args.seed):
            chars += len(a["text"])
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"{args.out}: {args.n} articles, {chars:,} characters", file=sys.stderr)


if __name__ == "__main__":
    main()
