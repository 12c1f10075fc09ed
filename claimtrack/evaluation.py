"""Evaluation against gold claim annotations (format of the shared gold files)."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register ``claimtrack evaluate`` on the command line."""
    e = sub.add_parser("evaluate", help="score claimtrack against gold JSONL annotations")
    e.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    e.set_defaults(func=lambda args: 2)
