"""Command line: ``claimtrack extract INPUT [INPUT ...] [--lang fr|en] [-o OUT.jsonl [--append | --resume]]``.

Inputs are text files, folders (their ``*.txt`` files), JSONL files of ``{"id", "text", ...}`` articles, or ``-``
for standard input. Every article is extracted on its own: one that fails is reported and skipped, the run goes
on. Exit status: 0 when every article succeeded, 1 when some failed, 2 for a usage error, 130 / 143 when
interrupted by Ctrl-C / SIGTERM (the output then holds complete articles only; ``--resume`` continues).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shlex
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .corpus import JsonlBlock, extract_jsonl, extract_many, jsonl_block


def read_text(path: str | os.PathLike, encoding: str = "utf-8") -> str:
    """Read a text file as the library expects: newlines untouched, a leading BOM dropped."""
    with open(path, encoding=encoding, newline="") as fh:
        text = fh.read()
    return text[1:] if text.startswith("\ufeff") else text


# --- articles from the inputs -------------------------------------------------------------------------------


class _Item:
    """One article read from the inputs (``article`` for extract_many), or why it could not be read."""

    __slots__ = ("id", "where", "article", "error")

    def __init__(self, id: str | None, where: str, article: dict[str, Any] | None = None,
                 error: str | None = None):
        self.id = id
        self.where = where
        self.article = article
        self.error = error

    def label(self) -> str:
        if self.id is None or self.id == self.where:
            return self.where
        return f"{self.where} (article {self.id})"


def _decode_error(exc: UnicodeDecodeError, encoding: str) -> str:
    return f"cannot decode as {encoding} ({exc.reason} at byte {exc.start}); try --encoding"


def _text_item(path: Path, encoding: str) -> _Item:
    try:
        text = read_text(path, encoding)
    except UnicodeDecodeError as exc:
        return _Item(path.stem, str(path), error=_decode_error(exc, encoding))
    except OSError as exc:
        return _Item(None, str(path), error=str(exc.strerror or exc))
    if not text.strip():
        return _Item(None, str(path), error="empty file (no text to extract from)")
    return _Item(path.stem, str(path), {"id": path.stem, "text": text})


def _jsonl_items(path: Path) -> Iterator[_Item]:
    """One item per non-blank line; a bad line is a failed item and reading goes on."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield _Item(None, str(path), error=str(exc.strerror or exc))
        return
    lines = 0  # not blank
    with fh:
        for lineno, raw in enumerate(fh, 1):
            where = f"{path}, line {lineno}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield _Item(None, where, error=_decode_error(exc, "utf-8"))
                continue
            if lineno == 1:
                line = line.removeprefix("\ufeff")
            if not line.strip():
                continue
            lines += 1
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield _Item(None, where, error=f"not a JSON object ({exc.__class__.__name__}: {exc})")
                continue
            if not isinstance(obj, dict):
                yield _Item(None, where, error=f"not a JSON object ({type(obj).__name__})")
                continue
            raw_id = obj.get("id")
            if raw_id is None:
                raw_id = obj.get("doc_id")
            doc_id = f"{path.stem}:{lineno}" if raw_id is None else str(raw_id)
            if not isinstance(obj.get("text"), str):
                yield _Item(doc_id, where, error="article has no string 'text' field")
                continue
            article = {k: v for k, v in obj.items() if k not in ("id", "doc_id")}
            article["id"] = doc_id
            yield _Item(doc_id, where, article)
    if not lines:
        yield _Item(None, str(path), error="empty file (no articles)")


def _read_stdin(encoding: str) -> _Item:
    buf = getattr(sys.stdin, "buffer", None)
    try:
        data = buf.read().decode(encoding) if buf is not None else sys.stdin.read()
    except UnicodeDecodeError as exc:
        return _Item("stdin", "<stdin>", error=_decode_error(exc, encoding))
    if not data.strip():
        return _Item("stdin", "<stdin>", error="standard input is empty (no text to extract from)")
    return _Item("stdin", "<stdin>", {"id": "stdin", "text": data.removeprefix("\ufeff")})


def _items(inputs: list[str], encoding: str) -> Iterator[_Item]:
    """Every article of the inputs, in order: text files, folders of ``*.txt``, JSONL of articles, ``-``."""
    for inp in inputs:
        if inp == "-":
            yield _read_stdin(encoding)
            continue
        p = Path(inp)
        if p.is_dir():
            files = sorted(f for f in p.glob("*.txt") if f.is_file())
            if not files:
                yield _Item(None, inp, error="folder has no *.txt files")
            for f in files:
                yield _text_item(f, encoding)
        elif p.suffix == ".jsonl":
            yield from _jsonl_items(p)
        else:
            yield _text_item(p, encoding)


def _estimate(inputs: list[str]) -> int:
    """About how many articles the inputs hold (for the progress bar)."""
    n = 0
    for inp in inputs:
        p = Path(inp)
        try:
            if inp == "-":
                n += 1
            elif p.is_dir():
                n += sum(1 for f in p.glob("*.txt") if f.is_file())
            elif p.suffix == ".jsonl" and p.is_file():  # not a pipe: that would eat its articles
                with open(p, "rb") as fh:
                    n += sum(chunk.count(b"\n") for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""))
            else:
                n += 1
        except OSError:
            n += 1
    return n


# --- the output file and its .done sidecar ------------------------------------------------------------------

COMMIT_SECONDS = 0.25  # done ids are recorded (after one fsync of the output) at most this often


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _replace_atomically(path: Path, lines: Iterator[bytes]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        for line in lines:
            fh.write(line)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path)


def read_done(done: Path) -> list[str]:
    """The article ids of a ``.done`` sidecar (one JSON string per line), complete lines only."""
    if not done.exists():
        return []
    ids = []
    for line in done.read_bytes().split(b"\n")[:-1]:  # after the last newline: nothing, or a torn line
        try:
            doc_id = json.loads(line)
        except ValueError:
            continue
        if isinstance(doc_id, str):
            ids.append(doc_id)
    return ids


def repair(out: Path, done: Path) -> tuple[set[str], int]:
    """Make ``out`` hold complete lines of done articles only and ``done`` complete ids only (each rewritten
    atomically when something must go); return the done ids and the number of lines dropped from ``out``."""
    ids = read_done(done)
    done_ids = set(ids)
    expected = b"".join((json.dumps(i, ensure_ascii=False) + "\n").encode("utf-8") for i in dict.fromkeys(ids))
    if done.exists() and done.read_bytes() != expected:
        _replace_atomically(done, iter([expected]))
    dropped = 0

    def kept() -> Iterator[bytes]:
        nonlocal dropped
        with open(out, "rb") as fh:
            for line in fh:
                try:
                    ok = line.endswith(b"\n") and json.loads(line).get("doc_id") in done_ids
                except (ValueError, AttributeError, TypeError):  # not JSON, not an object, odd doc_id
                    ok = False
                if ok:
                    yield line
                else:
                    dropped += 1

    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        for line in kept():
            fh.write(line)
        fh.flush()
        os.fsync(fh.fileno())
    if dropped:
        os.replace(tmp, out)
        _fsync_dir(out)
    else:
        os.remove(tmp)
    return done_ids, dropped


class _Sink:
    """Where the records go: one write per article; with a sidecar, each id recorded only once its block
    is on disk (fsync), several ids at a time at most every COMMIT_SECONDS."""

    def __init__(self, out_fd: int | None, done_fd: int | None):
        self.out_fd = out_fd
        self.done_fd = done_fd
        self.pending: list[str] = []
        self.last = time.monotonic()

    def write(self, doc_id: str, block: str) -> None:
        if self.out_fd is None:
            sys.stdout.write(block)
            sys.stdout.flush()
            return
        if block:
            _write_all(self.out_fd, block.encode("utf-8"))
        if self.done_fd is not None:
            self.pending.append(doc_id)
            if time.monotonic() - self.last >= COMMIT_SECONDS:
                self.commit()

    def commit(self) -> None:
        if self.out_fd is None:
            return
        os.fsync(self.out_fd)
        if self.done_fd is not None and self.pending:
            _write_all(self.done_fd, "".join(json.dumps(i, ensure_ascii=False) + "\n"
                                             for i in self.pending).encode("utf-8"))
            os.fsync(self.done_fd)
            self.pending.clear()
        self.last = time.monotonic()

    def close(self) -> None:
        try:
            self.commit()
        finally:
            for fd in (self.out_fd, self.done_fd):
                if fd is not None:
                    os.close(fd)


class _ParquetSink:
    """``--format parquet``: the claims of each article added to one new Parquet file (closed with its footer
    on any stop, so it holds complete articles only); no sidecar, no resume."""

    done_fd = None

    def __init__(self, path: str):
        from .parquet import ParquetWriter

        self.writer = ParquetWriter(path)

    def write(self, doc_id: str, claims: Any) -> None:
        self.writer.write(claims)

    def close(self) -> None:
        self.writer.close()


class _Usage(Exception):
    """A usage error: message on stderr, exit status 2."""


def _open_output(args: argparse.Namespace) -> tuple[_Sink, set[str], bool]:
    """The sink, the ids already done (``--resume``) and whether this run created the output file."""
    if args.format == "parquet":
        return _open_parquet(args)
    if not args.output:
        if args.append or args.resume:
            raise _Usage(f"--{'append' if args.append else 'resume'} needs -o OUT")
        return _Sink(None, None), set(), False
    out = Path(args.output)
    done = Path(f"{args.output}.done")
    exists = out.exists()
    created = not exists
    done_ids: set[str] = set()
    keep_sidecar = True
    if exists and not (args.append or args.resume):
        raise _Usage(f"{out} exists; choose a new file, or add --append or --resume")
    if args.resume:
        if not exists and read_done(done):
            raise _Usage(f"{done} lists done articles but {out} is missing; remove {done} to start over")
        if exists and not done.exists():
            if out.stat().st_size:
                raise _Usage(f"{out} has no {done.name} sidecar, so what it holds cannot be checked; "
                             f"use --append, or a new file")
            exists = False  # empty: a new start
        if exists:
            done_ids, dropped = repair(out, done)
            if dropped:
                _say(f"{out}: dropped {dropped} line(s) of unfinished articles before resuming")
    elif args.append and exists:
        with open(out, "rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            if size and (fh.seek(size - 1), fh.read(1))[1] != b"\n":
                raise _Usage(f"{out} ends with an incomplete line (an interrupted run?); use --resume")
        keep_sidecar = done.exists() or out.stat().st_size == 0
        if not keep_sidecar:
            _say(f"{out} has no {done.name} sidecar: none is written, this run cannot be resumed")
    binary = getattr(os, "O_BINARY", 0)  # no newline translation on Windows
    try:
        done_fd = None
        if keep_sidecar:  # a new start (no OUT, or an empty one) also starts a new sidecar
            done_flags = os.O_WRONLY | os.O_CREAT | binary | (os.O_APPEND if exists else os.O_TRUNC)
            done_fd = os.open(done, done_flags, 0o666)
        out_flags = os.O_WRONLY | os.O_CREAT | binary | (os.O_EXCL if created else os.O_APPEND)
        out_fd = os.open(out, out_flags, 0o666)
    except FileExistsError:
        raise _Usage(f"{out} exists; choose a new file, or add --append or --resume") from None
    except OSError as exc:
        raise _Usage(f"{exc.filename}: {exc.strerror or exc}") from None
    return _Sink(out_fd, done_fd), done_ids, created


def _open_parquet(args: argparse.Namespace) -> tuple[_ParquetSink, set[str], bool]:
    if not args.output:
        raise _Usage("--format parquet needs -o OUT.parquet")
    if args.append or args.resume:
        raise _Usage("--format parquet writes a new file: --append and --resume are for JSONL output "
                     "(for resumable Parquet over a corpus, see claimtrack.dask.extract_to)")
    if Path(args.output).exists():
        raise _Usage(f"{args.output} exists; choose a new file")
    from .extras import MissingExtra

    try:
        return _ParquetSink(args.output), set(), True
    except MissingExtra as exc:
        raise _Usage(str(exc)) from None


# --- messages and signals -----------------------------------------------------------------------------------

_bar = None  # the progress bar while one is shown


def _say(msg: str) -> None:
    if _bar is not None:
        _bar.write(f"claimtrack: {msg}", file=sys.stderr)
    else:
        print(f"claimtrack: {msg}", file=sys.stderr)


class _Stop:
    """SIGINT / SIGTERM: raise KeyboardInterrupt, except while an article is being written (then stop
    right after it)."""

    def __init__(self):
        self.signum: int | None = None
        self.critical = False
        self.saved: dict[int, Any] = {}

    def __enter__(self) -> _Stop:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self.saved[sig] = signal.signal(sig, self._handler)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self.saved.items():
            signal.signal(sig, handler)

    def _handler(self, signum: int, frame: object) -> None:
        self.signum = signum
        if not self.critical:
            raise KeyboardInterrupt

    def check(self) -> None:
        if self.signum is not None:
            raise KeyboardInterrupt


def _resume_command(argv: list[str]) -> str:
    args = [a for a in argv if a != "--append"]
    if "--resume" not in args:
        args.append("--resume")
    return shlex.join(["claimtrack", *args])


# --- the extract command ------------------------------------------------------------------------------------


class _Run:
    """One ``claimtrack extract``: what it counted, the ids it saw, and the articles read but not yet reported
    (in input order: failed reads are reported in their place)."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.counts = {"ok": 0, "claims": 0, "failed": 0, "skipped": 0}
        self.seen: set[str] = set()
        self.done_ids: set[str] = set()
        self.pending: deque[_Item] = deque()
        self.shown = 0  # articles already done (resumed) shown on the progress bar

    def feed(self) -> Iterator[dict[str, Any]]:
        """The articles to extract; with --processes, runs in the worker pool's reader thread."""
        for item in _items(self.args.inputs, self.args.encoding):
            if item.error is None:
                if item.id in self.seen:
                    item.error = f"duplicate article id {item.id!r} (ids must be unique within a run)"
                else:
                    self.seen.add(item.id)
                    if item.id in self.done_ids:
                        self.counts["skipped"] += 1
                        continue
            self.pending.append(item)
            if item.error is None:
                yield item.article

    def fail(self, item: _Item, why: str) -> None:
        self.counts["failed"] += 1
        _say(f"{item.label()}: {why}; skipped")
        if _bar is not None:
            _bar.update()

    def report_failed_reads(self) -> None:
        while self.pending and self.pending[0].error is not None:
            item = self.pending.popleft()
            self.fail(item, item.error)

    def written(self, n_claims: int) -> None:
        self.counts["ok"] += 1
        self.counts["claims"] += n_claims
        if _bar is not None:
            _bar.update(1 + self.counts["skipped"] - self.shown)
            self.shown = self.counts["skipped"]


def _cmd_extract(args: argparse.Namespace) -> int:
    run = _Run(args)
    try:  # checks --backend (and the other options) before anything is read or created
        results = _results(args, run.feed())
        sink, resumed, created = _open_output(args)
    except (ValueError, TypeError, RuntimeError, _Usage) as exc:
        _say(str(exc))
        return 2
    run.done_ids |= resumed
    _open_bar(args)
    try:
        interrupted, write_error = _write_results(run, results, sink)
    finally:
        _close_bar(run)
    if write_error is not None:
        return _write_failed(args, run, sink, write_error)
    if interrupted is None:
        _cleanup(args, created, ok=run.counts["ok"] > 0 or run.counts["failed"] == 0)
    _summarise(run, interrupted)
    if interrupted is not None:
        return _interrupted(args, sink, interrupted)
    return 1 if run.counts["failed"] else 0


def _results(args: argparse.Namespace, articles: Iterator[dict[str, Any]]) -> Iterator[Any]:
    """One result per article read: a :class:`JsonlBlock` (JSONL output: written by the workers with
    --processes) or a ``Claims``."""
    options = _backend_options(args)
    if args.dask:
        return _dask_results(args, articles, options)
    engine = extract_jsonl if args.format == "jsonl" else extract_many
    results = engine(articles, lang=args.lang, backend=args.backend, n_process=args.processes,
                     batch_size=args.batch_size, errors="skip", **options)
    _check_backend(args, options)
    return results


def _block(args: argparse.Namespace, result: Any) -> Any:
    """What the sink writes for one result: JSON lines, or the ``Claims`` for Parquet."""
    if isinstance(result, JsonlBlock):
        return result.text
    return jsonl_block(result)[3] if args.format == "jsonl" else result


def _write_results(run: _Run, results: Any, sink: Any) -> tuple[int | None, OSError | None]:
    """Write every result in order; return (the signal that stopped the run, the error that stopped writing)."""
    interrupted: int | None = None
    write_error: OSError | None = None
    stop = _Stop()
    with stop:
        try:
            for result in results:
                write_error = _write_one(run, result, sink, stop)
                if write_error is not None:
                    break
            run.report_failed_reads()
        except KeyboardInterrupt:
            interrupted = stop.signum or signal.SIGINT
        finally:
            stop.critical = True  # a signal while closing changes nothing: what is written is complete
            results.close()
            try:
                sink.close()
            except OSError as exc:
                write_error = write_error or exc
    return interrupted, write_error


def _write_one(run: _Run, result: Any, sink: Any, stop: _Stop) -> OSError | None:
    """Report the failed reads before ``result``, then write it (or report it failed); a write error is returned:
    disk full, closed pipe… no use going on."""
    run.report_failed_reads()
    item = run.pending.popleft()
    assert item.id == result.doc_id, (item.id, result.doc_id)
    if result.error is not None:
        run.fail(item, result.error)
        return None
    block = _block(run.args, result)
    stop.critical = True
    try:
        sink.write(item.id, block)
    except OSError as exc:
        return exc
    run.written(len(result))
    stop.critical = False
    stop.check()
    return None


def _open_bar(args: argparse.Namespace) -> None:
    global _bar
    if sys.stderr.isatty():
        total = _estimate(args.inputs)
        if total > 1:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: a process with one thread can fork its workers
            _bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)


def _close_bar(run: _Run) -> None:
    global _bar
    if _bar is not None:
        _bar.update(run.counts["skipped"] - run.shown)
        _bar.close()
        _bar = None


def _write_failed(args: argparse.Namespace, run: _Run, sink: Any, error: OSError) -> int:
    if isinstance(error, BrokenPipeError) and not args.output:  # `claimtrack extract … | head`
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        return 1
    _say(f"cannot write {args.output or 'to standard output'}: {error.strerror or error}")
    if args.output and sink.done_fd is not None:
        _say(f"stopped after {run.counts['ok']} articles; once fixed, continue with: {_resume_command(args.argv)}")
    return 1


def _summarise(run: _Run, interrupted: int | None) -> None:
    counts = run.counts
    n = counts["ok"] + counts["failed"]
    if n + counts["skipped"] > 1 or counts["failed"] or interrupted is not None:
        m = counts["claims"]
        summary = f"{n} article{'s' * (n != 1)}, {m} claim{'s' * (m != 1)}, {counts['failed']} failed"
        if counts["skipped"]:
            summary += f", {counts['skipped']} already done"
        _say(summary)


def _interrupted(args: argparse.Namespace, sink: Any, signum: int) -> int:
    name = "SIGTERM" if signum == signal.SIGTERM else "Ctrl-C"
    if sink.done_fd is not None:
        _say(f"interrupted ({name}); {args.output} holds complete articles only. "
             f"Continue with: {_resume_command(args.argv)}")
    else:
        _say(f"interrupted ({name})")
    return 128 + int(signum)


def _dask_results(args: argparse.Namespace, articles: Iterator[dict[str, Any]], options: dict[str, Any]) -> Any:
    """``--dask ADDRESS``: the same records from the workers of that scheduler (their models, their stanza
    folder: the backend is checked there, article by article)."""
    if args.processes != 1:
        raise _Usage("--dask and --processes are exclusive: the cluster's workers do the work")
    from . import dask as engine
    from .extras import require

    try:
        distributed = require("distributed", "dask", "claimtrack extract --dask")
        client = distributed.Client(args.dask, timeout="10s")
    except (ImportError, OSError, TimeoutError) as exc:
        raise _Usage(f"cannot reach the Dask scheduler {args.dask}: {exc}") from None
    try:
        results = engine.extract_many(articles, client=client, lang=args.lang, backend=args.backend, errors="skip",
                                      partition_size=args.batch_size, **options)
    except BaseException:
        client.close()
        raise

    def closing() -> Iterator[Any]:
        try:
            yield from results
        finally:
            client.close()
    return closing()


def _backend_options(args: argparse.Namespace) -> dict[str, Any]:
    if args.model_dir is None:
        return {}
    from .backend import resolve_auto

    names = {args.backend} if args.backend != "auto" else {resolve_auto(lang) for lang in ("fr", "en")}
    if "stanza" not in names:
        raise _Usage("--model-dir is where stanza models are: use it with --backend stanza")
    return {"model_dir": args.model_dir}


def _check_backend(args: argparse.Namespace, options: dict[str, Any]) -> None:
    """Fail once, before any article is read, when the chosen parse backend cannot run here (extra or models
    missing) — not once per article. One process loads the backend it needs anyway; with workers, the
    check looks for the models without loading them."""
    from .backend import available, get_backend, resolve_auto
    from .lexicon import LANGS

    for lang in [args.lang] if args.lang else list(LANGS):
        name = args.backend if args.backend != "auto" else resolve_auto(lang)
        if name == "surface":
            continue
        ok, why = available(name, lang, options.get("model_dir"))
        if ok and args.processes == 1:
            try:
                get_backend(name, lang, **options)
            except RuntimeError as exc:
                ok, why = False, str(exc)
        if not ok:
            more = "" if args.lang else " (articles are in any language without --lang: pass --lang fr or en)"
            raise _Usage(f"backend {name} cannot run for {lang}: {why}{more}")


def _cleanup(args: argparse.Namespace, created: bool, ok: bool) -> None:
    """A new output file of a run where every article failed is removed (with its sidecar)."""
    if created and not ok:
        for path in (args.output, f"{args.output}.done"):
            try:
                os.remove(path)
            except OSError:
                pass


def _positive(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {s!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, not {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="claimtrack", description="Who claimed what in news text.")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser(
        "extract", help="extract claims from text files, folders or JSONL articles to JSONL",
        description="Extract claims from every article of the inputs, one JSON record per line. A failing "
                    "article is reported and skipped. Exit status: 0 all articles done, 1 some failed, "
                    "2 usage error, 130/143 interrupted (Ctrl-C/SIGTERM; continue with --resume).")
    e.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="text file, folder of *.txt files, .jsonl of {id, text, ...} articles, or - (stdin)")
    e.add_argument("--lang", choices=["fr", "en"], help="language (detected per article when absent)")
    e.add_argument("--backend", default="auto", help="extraction backend, passed to claimtrack.extract "
                                                     "(default auto)")
    e.add_argument("-o", "--output", metavar="OUT",
                   help="write to this new file (and OUT.done, the ids of finished articles) instead of stdout")
    mode = e.add_mutually_exclusive_group()
    mode.add_argument("--append", action="store_true", help="add to OUT when it exists")
    mode.add_argument("--resume", action="store_true",
                      help="continue an interrupted run into OUT: skip the articles listed in OUT.done")
    e.add_argument("--processes", type=_positive, default=1, metavar="N", help="worker processes (default 1)")
    e.add_argument("--batch-size", type=_positive, default=None, metavar="N",
                   help="articles sent to a worker at a time with --processes (default: adaptive)")
    e.add_argument("--encoding", default="utf-8", help="encoding of text inputs and stdin (default utf-8)")
    e.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl",
                   help="jsonl (default): one JSON record per line; parquet: one flat row per claim, needs -o and "
                        "claimtrack[parquet] (columns in docs/corpus.md)")
    e.add_argument("--dask", metavar="SCHEDULER",
                   help="extract on a Dask cluster (tcp://host:8786); needs claimtrack[dask] (docs/corpus.md)")
    e.add_argument("--model-dir", metavar="DIR",
                   help="stanza models folder for --backend stanza (default: stanza's own, see `claimtrack backends`)")
    e.set_defaults(func=_cmd_extract)
    from . import backend, evaluation

    evaluation.add_parser(sub)
    backend.add_parser(sub)
    from .tracking import command as track_command  # claimtrack track (tracking across documents)

    track_command.add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser().parse_args(argv)
    args.argv = argv
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
