"""``claimtrack track``: tracks from the claim records that ``claimtrack extract`` wrote.

    claimtrack track claims.jsonl [more.jsonl ...] -o tracks.jsonl [--window-days 60] [--no-semantic]
"""

from __future__ import annotations

import argparse
import sys

from ..io import JSONLError, read_jsonl, write_jsonl
from .blocking import Settings
from .engine import track


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register ``claimtrack track`` on the command line."""
    t = sub.add_parser("track", help="group claim records of many articles into tracks of the same claim",
                       description="Read claim JSONL (as written by `claimtrack extract`; dates and outlets from "
                                   "each record's meta) and write one track per line, largest first.")
    t.add_argument("inputs", nargs="+", metavar="CLAIMS.jsonl", help="claim records, read together")
    t.add_argument("-o", "--output", metavar="OUT", help="write tracks here instead of stdout")
    t.add_argument("--window-days", type=int, default=Settings().window_days, metavar="N",
                   help=f"compare claims at most N days apart (default {Settings().window_days})")
    t.add_argument("--no-semantic", action="store_true",
                   help="skip the sentence-embedding layer even when claimtrack[semantic] is installed")
    t.add_argument("--singletons", action="store_true", help="also write tracks of one claim")
    t.set_defaults(func=_cmd_track)


def _cmd_track(args: argparse.Namespace) -> int:
    if args.window_days < 1:
        print("claimtrack track: --window-days must be at least 1", file=sys.stderr)
        return 2
    claims = []
    for path in args.inputs:
        try:
            claims.extend(read_jsonl(path))
        except (OSError, JSONLError) as exc:
            print(f"claimtrack track: {exc}", file=sys.stderr)
            return 1
    tracks = track(claims, embedder=None if args.no_semantic else "auto",
                   settings=Settings(window_days=args.window_days))
    kept = [t for t in tracks if args.singletons or len(t) > 1 or t.denies or t.denied_by]
    n = write_jsonl(kept, args.output if args.output else sys.stdout)
    print(f"claimtrack track: {len(claims)} claims, {n} tracks written", file=sys.stderr)
    return 0
