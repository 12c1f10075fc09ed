"""Command line: ``claimtrack extract FILE [FILE ...] [-] [--lang fr|en] [-o OUT.jsonl]``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from .extract import extract
from .io import JSONLError, iter_jsonl, write_jsonl


def read_text(path: str | os.PathLike, encoding: str = "utf-8") -> str:
    """Read a text file as the library expects: newlines untouched, a leading BOM dropped."""
    with open(path, encoding=encoding, newline="") as fh:
        text = fh.read()
    return text[1:] if text.startswith("\ufeff") else text


class InputError(Exception):
    """An input could not be read; the message names it."""


def _articles(inputs: list[str], encoding: str) -> Iterator[tuple[str | None, str]]:
    """(doc_id, text) for every input: text files, JSONL of {"id", "text"} articles, or "-" for stdin."""
    for inp in inputs:
        try:
            if inp == "-":
                data = sys.stdin.read()
                yield "stdin", data[1:] if data.startswith("\ufeff") else data
                continue
            p = Path(inp)
            if p.suffix == ".jsonl":
                for lineno, obj in iter_jsonl(p):
                    text = obj.get("text")
                    if not isinstance(text, str):
                        raise JSONLError(f"{p}, line {lineno}: article has no string 'text' field")
                    doc_id = obj.get("id", obj.get("doc_id"))
                    yield (str(doc_id) if doc_id is not None else f"{p.stem}:{lineno}"), text
            else:
                yield p.stem, read_text(p, encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{inp}: cannot decode as {encoding} ({exc.reason} at byte {exc.start}); "
                             f"try --encoding") from None
        except OSError as exc:
            raise InputError(f"{inp}: {exc.strerror or exc}") from None


def _cmd_extract(args: argparse.Namespace) -> int:
    out = sys.stdout
    if args.output:
        try:
            out = open(args.output, "x", encoding="utf-8", newline="\n")
        except FileExistsError:
            print(f"claimtrack: {args.output} exists; choose a new file", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"claimtrack: {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    try:
        for doc_id, text in _articles(args.inputs, args.encoding):
            write_jsonl(extract(text, lang=args.lang, doc_id=doc_id), out)
    except (InputError, JSONLError) as exc:
        print(f"claimtrack: {exc}", file=sys.stderr)
        if args.output:
            out.close()
            os.remove(args.output)  # a failed run leaves no half-written file behind
        return 1
    if args.output:
        out.close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="claimtrack", description="Who claimed what in news text.")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="extract claims from text files or JSONL articles to JSONL")
    e.add_argument("inputs", nargs="+", metavar="FILE", help="text file, .jsonl of {id, text} articles, or -")
    e.add_argument("--lang", choices=["fr", "en"], help="language (detected when absent)")
    e.add_argument("-o", "--output", help="write to this new file instead of stdout")
    e.add_argument("--encoding", default="utf-8", help="encoding of text inputs (default utf-8)")
    e.set_defaults(func=_cmd_extract)
    from . import evaluation

    evaluation.add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
