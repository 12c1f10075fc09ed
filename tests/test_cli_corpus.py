"""``claimtrack extract`` over corpora: folders, JSONL articles, stdin, failures, --append, the .done sidecar,
--processes, and --resume after a crash or a signal."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import claimtrack
from claimtrack.cli import main

REPO = Path(__file__).resolve().parents[1]

FR_PEOPLE = ["la maire", "le préfet", "Mme Clara Vondel", "le syndicat des cheminots", "M. Jonas Ferrand"]
FR_SAID = ["la route restera fermée jusqu'à lundi", "aucun accord n'a été signé", "le chantier reprendra en mai",
           "les chiffres sont exagérés"]
EN_PEOPLE = ["the mayor", "Senator Dana Reyes", "two officials", "the union", "Mr. Tom Becker"]
EN_SAID = ["the bridge will reopen in March", "no deal has been signed", "the figures were inflated",
           "the plant will close"]


def make_article(i: int) -> dict:
    """Article i: French for even i, English for odd; every seventh has no claim at all."""
    fr = i % 2 == 0
    people, said = (FR_PEOPLE, FR_SAID) if fr else (EN_PEOPLE, EN_SAID)
    p, q, c = people[i % 5], people[(i + 2) % 5], said[i % 4]
    if i % 7 == 3:
        text = ("Il pleut sur Valbonne depuis mardi. Le marché a rouvert." if fr
                else "It has rained in Millbrook since Tuesday. The market reopened.")
    elif fr:
        text = (f"« {c[0].upper() + c[1:]} », a déclaré {p}. Selon {q}, {said[(i + 1) % 4]}.\n\n"
                f"{q[0].upper() + q[1:]} a démenti ces accusations.")
    else:
        text = (f'"{c[0].upper() + c[1:]}," {p} said. According to {q}, {said[(i + 1) % 4]}.\n\n'
                f"{q[0].upper() + q[1:]} denied the allegations.")
    return {"id": f"art-{i:03d}", "text": text, "date": f"2026-04-{1 + i % 28:02d}",
            "outlet": "La Gazette" if fr else "Harbour Times"}


def write_articles(path: Path, arts: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def done_ids(out: Path) -> list[str]:
    p = Path(f"{out}.done")
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()] if p.exists() else []


def expected_records(arts: list[dict]) -> list[claimtrack.Claim]:
    return [c for cs in claimtrack.extract_many(arts) for c in cs]


# --- inputs -------------------------------------------------------------------------------------------------


def test_folder_reads_its_txt_files_sorted_not_recursively(tmp_path, capsys):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    texts = {"b": make_article(1)["text"], "a": make_article(0)["text"], "c": make_article(3)["text"]}
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "notes.md").write_text(make_article(2)["text"], encoding="utf-8")
    (folder / "sub" / "d.txt").write_text(make_article(4)["text"], encoding="utf-8")
    rc, out, err = run(capsys, "extract", str(folder))
    assert rc == 0
    got = claimtrack.read_jsonl(io.StringIO(out))
    want = [c for name in ("a", "b", "c") for c in claimtrack.extract(texts[name], doc_id=name)]
    assert list(got) == want
    assert [c.doc_id for c in got][0] == "a" and {c.doc_id for c in got} == {"a", "b"}  # c has no claim
    assert "3 articles" in err and "0 failed" in err


def test_jsonl_articles_carry_their_metadata(tmp_path, capsys):
    arts = [make_article(i) for i in range(4)]
    arts[1]["url"] = "https://example.org/harbour/1"
    arts[2]["lang"] = "fr"
    path = write_articles(tmp_path / "articles.jsonl", arts)
    rc, out, err = run(capsys, "extract", str(path))
    assert rc == 0
    got = claimtrack.read_jsonl(io.StringIO(out))
    assert list(got) == expected_records(arts)
    by_doc = {c.doc_id: c for c in got}
    assert by_doc["art-000"].meta == {"date": "2026-04-01", "outlet": "La Gazette"}
    assert by_doc["art-001"].meta == {"date": "2026-04-02", "outlet": "Harbour Times",
                                      "url": "https://example.org/harbour/1"}
    assert "lang" not in by_doc["art-002"].meta and by_doc["art-002"].lang == "fr"
    line = json.loads(out.splitlines()[0])
    assert line["meta"] == {"date": "2026-04-01", "outlet": "La Gazette"}
    assert "4 articles" in err


def test_stdin_with_other_inputs(tmp_path, capsys, monkeypatch):
    path = tmp_path / "one.txt"
    path.write_text(make_article(1)["text"], encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(make_article(0)["text"]))
    rc, out, _ = run(capsys, "extract", "-", str(path))
    assert rc == 0
    got = claimtrack.read_jsonl(io.StringIO(out))
    assert list(got) == (list(claimtrack.extract(make_article(0)["text"], doc_id="stdin"))
                         + list(claimtrack.extract(make_article(1)["text"], doc_id="one")))


def test_failures_are_reported_skipped_and_summarised(tmp_path, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(make_article(0)["text"], encoding="utf-8")
    (folder / "latin.txt").write_bytes("« Nous restons », a déclaré la maire.".encode("latin-1"))
    good = [make_article(i) for i in (1, 2)]
    lines = [json.dumps(good[0]), "{not json", json.dumps({"id": "no-text", "body": "x"}),
             json.dumps({"id": "num", "text": 12}), json.dumps({**make_article(9), "id": "art-001"}),
             json.dumps({"id": "german", "text": "Er sagte nichts.", "lang": "de"}), json.dumps(good[1])]
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "claims.jsonl"
    rc, stdout, err = run(capsys, "extract", str(folder), str(jsonl), str(tmp_path / "absent.txt"), str(empty),
                          "-o", str(out))
    assert rc == 1
    assert stdout == ""
    assert "Traceback" not in err
    assert "latin.txt" in err and "decode" in err
    assert "articles.jsonl, line 2" in err
    assert "line 3" in err and "no-text" in err
    assert "line 4" in err and "num" in err
    assert "line 5" in err and "duplicate" in err and "art-001" in err
    assert "german" in err and "ValueError" in err
    assert "absent.txt" in err and "empty" in err
    want = [{"id": "good", "text": make_article(0)["text"]}, good[0], good[1]]
    assert list(claimtrack.read_jsonl(out)) == expected_records(want)
    n_claims = len(expected_records(want))
    assert f"11 articles, {n_claims} claims, 8 failed" in err
    assert done_ids(out) == ["good", "art-001", "art-002"]


def test_a_run_where_every_article_fails_leaves_no_file(tmp_path, capsys):
    out = tmp_path / "claims.jsonl"
    rc, _, err = run(capsys, "extract", str(tmp_path / "absent.txt"), "-o", str(out))
    assert rc == 1 and "absent.txt" in err
    assert not out.exists() and not Path(f"{out}.done").exists()


# --- output file, sidecar, append ---------------------------------------------------------------------------


def test_output_sidecar_refuse_and_append(tmp_path, capsys):
    first = write_articles(tmp_path / "first.jsonl", [make_article(i) for i in range(5)])
    second = write_articles(tmp_path / "second.jsonl", [make_article(i) for i in range(5, 9)])
    out = tmp_path / "claims.jsonl"
    rc, stdout, _ = run(capsys, "extract", str(first), "-o", str(out))
    assert rc == 0 and stdout == ""
    written = out.read_bytes()
    assert list(claimtrack.read_jsonl(out)) == expected_records([make_article(i) for i in range(5)])
    assert done_ids(out) == [f"art-00{i}" for i in range(5)]  # art-003 has no claim: recorded too

    rc, _, err = run(capsys, "extract", str(second), "-o", str(out))
    assert rc == 2 and str(out) in err and "--append" in err
    assert out.read_bytes() == written

    rc, _, _ = run(capsys, "extract", str(second), "-o", str(out), "--append")
    assert rc == 0
    assert out.read_bytes().startswith(written)
    assert list(claimtrack.read_jsonl(out)) == expected_records([make_article(i) for i in range(9)])
    assert done_ids(out) == [f"art-00{i}" for i in range(9)]


def test_usage_errors_exit_2(tmp_path, capsys):
    src = write_articles(tmp_path / "a.jsonl", [make_article(0)])
    out = tmp_path / "claims.jsonl"
    for flag in ("--append", "--resume"):
        rc, _, err = run(capsys, "extract", str(src), flag)
        assert rc == 2 and "-o" in err
    with pytest.raises(SystemExit) as ei:
        main(["extract", str(src), "-o", str(out), "--append", "--resume"])
    assert ei.value.code == 2
    with pytest.raises(SystemExit):
        main(["extract", str(src), "--processes", "0"])
    capsys.readouterr()
    rc, _, err = run(capsys, "extract", str(src), "--backend", "no-such-backend", "-o", str(out))
    assert rc == 2 and "no-such-backend" in err
    assert not out.exists()

    out.write_text('{"id": "c1"}\n{"partial', encoding="utf-8")  # not ours, no sidecar, torn
    rc, _, err = run(capsys, "extract", str(src), "-o", str(out), "--resume")
    assert rc == 2 and ".done" in err
    rc, _, err = run(capsys, "extract", str(src), "-o", str(out), "--append")
    assert rc == 2 and "--resume" in err
    out.unlink()
    Path(f"{out}.done").write_text('"art-000"\n', encoding="utf-8")
    rc, _, err = run(capsys, "extract", str(src), "-o", str(out), "--resume")
    assert rc == 2 and "missing" in err


def test_resume_with_nothing_yet_is_a_new_run(tmp_path, capsys):
    src = write_articles(tmp_path / "a.jsonl", [make_article(i) for i in range(3)])
    ref, out, empty = tmp_path / "ref.jsonl", tmp_path / "out.jsonl", tmp_path / "empty.jsonl"
    assert run(capsys, "extract", str(src), "-o", str(ref))[0] == 0
    assert run(capsys, "extract", str(src), "-o", str(out), "--resume")[0] == 0
    empty.touch()  # created, then killed before anything was written
    assert run(capsys, "extract", str(src), "-o", str(empty), "--resume")[0] == 0
    assert out.read_bytes() == empty.read_bytes() == ref.read_bytes()
    assert done_ids(out) == done_ids(empty) == done_ids(ref)


def test_disk_full_stops_the_run_resumably(tmp_path, capsys, monkeypatch):
    import errno

    import claimtrack.cli as cli

    arts = [make_article(i) for i in range(10)]
    src = write_articles(tmp_path / "a.jsonl", arts)
    ref, out = tmp_path / "ref.jsonl", tmp_path / "out.jsonl"
    assert run(capsys, "extract", str(src), "-o", str(ref))[0] == 0
    real, calls = cli._write_all, []

    def full_after_four(fd, data):
        calls.append(fd)
        if len(calls) > 4:
            real(fd, data[: len(data) // 2])  # a partial block, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd, data)

    monkeypatch.setattr(cli, "_write_all", full_after_four)
    rc, _, err = run(capsys, "extract", str(src), "-o", str(out))
    assert rc == 1 and "No space left" in err and "--resume" in err and "Traceback" not in err
    monkeypatch.setattr(cli, "_write_all", real)
    assert run(capsys, "extract", str(src), "-o", str(out), "--resume")[0] == 0
    assert out.read_bytes() == ref.read_bytes()


def test_processes_give_the_same_file(tmp_path, capsys):
    src = write_articles(tmp_path / "a.jsonl", [make_article(i) for i in range(12)])
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(capsys, "extract", str(src), "-o", str(one))[0] == 0
    assert run(capsys, "extract", str(src), "-o", str(two), "--processes", "2", "--batch-size", "2")[0] == 0
    assert two.read_bytes() == one.read_bytes()
    assert done_ids(two) == done_ids(one)


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_write_the_same_bytes_as_one_process(tmp_path, capsys, method):
    """With --processes the workers serialise the JSON lines: the file (and standard output) are the same bytes as
    one process writes, in input order, failures included, with adaptive batches and either start method."""
    arts = [make_article(i) for i in range(400)]
    arts[57]["text"] = 12  # a failure midway
    arts[58]["text"] = arts[58]["text"] * 40  # a long article in a batch of short ones
    src = write_articles(tmp_path / "a.jsonl", arts)
    one = tmp_path / "one.jsonl"
    assert run(capsys, "extract", str(src), "-o", str(one))[0] == 1
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "CLAIMTRACK_START_METHOD": method,
           "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    two = tmp_path / "two.jsonl"
    for args in (["-o", str(two)], []):
        proc = subprocess.run([sys.executable, "-m", "claimtrack", "extract", str(src), *args, "--processes", "2"],
                              capture_output=True, env=env, cwd=REPO, timeout=300)
        assert proc.returncode == 1, proc.stderr.decode()[-2000:]
        assert b"art-057" in proc.stderr and b"Traceback" not in proc.stderr
        assert (two.read_bytes() if args else proc.stdout) == one.read_bytes()
    assert done_ids(two) == done_ids(one)


class _TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(tmp_path, capsys, monkeypatch):
    src = write_articles(tmp_path / "a.jsonl", [make_article(i) for i in range(6)])
    rc, _, err = run(capsys, "extract", str(src), "-o", str(tmp_path / "plain.jsonl"))
    assert rc == 0 and "article/s" not in err and "|" not in err
    tty = _TTY()
    monkeypatch.setattr(sys, "stderr", tty)
    assert main(["extract", str(src), "-o", str(tmp_path / "bar.jsonl")]) == 0
    assert "6/6" in tty.getvalue() and "article" in tty.getvalue()


# --- resume -------------------------------------------------------------------------------------------------

N = 60


@pytest.fixture
def corpus(tmp_path, capsys):
    """60 articles in a JSONL file and the output of an uninterrupted run over them."""
    arts = [make_article(i) for i in range(N)]
    src = write_articles(tmp_path / "articles.jsonl", arts)
    ref = tmp_path / "reference.jsonl"
    rc, _, _ = run(capsys, "extract", str(src), "-o", str(ref))
    assert rc == 0
    assert done_ids(ref) == [a["id"] for a in arts]
    assert len(claimtrack.read_jsonl(ref)) > 100
    return src, ref, arts


@pytest.mark.parametrize("processes", ["1", "2"])
def test_resume_after_a_crash_mid_write(tmp_path, capsys, corpus, processes):
    """A crash state built by hand: blocks of articles 26-27 written but not yet recorded as done, the last
    one cut mid-line, and a torn id at the end of the sidecar."""
    src, ref, arts = corpus
    lines = ref.read_bytes().splitlines(keepends=True)
    doc_of = [json.loads(line)["doc_id"] for line in lines]
    ids = [a["id"] for a in arts]
    done, unfinished = ids[:26], ids[26:28]
    keep = [line for line, d in zip(lines, doc_of, strict=True) if d in done or d in unfinished]
    assert sum(d in unfinished for d in doc_of) >= 2
    crashed = b"".join(keep)[:-25]  # the last record of art-027 cut short
    out = tmp_path / "out.jsonl"
    out.write_bytes(crashed)
    Path(f"{out}.done").write_bytes("".join(json.dumps(i) + "\n" for i in done).encode() + b'"art-02')

    rc, _, err = run(capsys, "extract", str(src), "-o", str(out), "--resume", "--processes", processes,
                     "--batch-size", "4")
    assert rc == 0, err
    assert out.read_bytes() == ref.read_bytes()
    assert claimtrack.read_jsonl(out) == claimtrack.read_jsonl(ref)
    assert done_ids(out) == ids
    assert "dropped" in err and f"{N - 26} articles" in err and "26 already done" in err

    rc, _, err = run(capsys, "extract", str(src), "-o", str(out), "--resume")  # nothing left: a no-op
    assert rc == 0 and out.read_bytes() == ref.read_bytes() and f"{N} already done" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize(("sig", "processes"), [(signal.SIGTERM, "1"), (signal.SIGINT, "1"), (signal.SIGTERM, "2")],
                         ids=["SIGTERM", "SIGINT", "SIGTERM-2-processes"])
def test_interrupted_run_resumes_with_nothing_lost_or_repeated(tmp_path, capsys, corpus, sig, processes):
    """The run reads its articles from a named pipe fed slowly by the test, so the signal is sure to come
    midway: once the sidecar lists some articles and before the last ones are even written (the run is then
    waiting for input: with worker processes, its reader thread must not keep it from stopping)."""
    src, ref, arts = corpus
    ids = [a["id"] for a in arts]
    pipe = tmp_path / "stream.jsonl"
    os.mkfifo(pipe)
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen([sys.executable, "-m", "claimtrack", "extract", str(pipe), "-o", str(out),
                             "--processes", processes, "--batch-size", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)
    try:
        with open(pipe, "wb") as feed:  # opens once the run opens its end
            for a in arts[:50]:
                feed.write((json.dumps(a, ensure_ascii=False) + "\n").encode())
                feed.flush()
                if len(done_ids(out)) >= 10:
                    break
                time.sleep(0.02)
            deadline = time.monotonic() + 30
            while len(done_ids(out)) < 10 and time.monotonic() < deadline:  # a loaded machine starts slowly
                time.sleep(0.05)
            assert len(done_ids(out)) >= 10, "the run recorded fewer than 10 articles in 30 s"
            proc.send_signal(sig)
            _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    err = err.decode("utf-8")
    assert proc.returncode == (143 if sig == signal.SIGTERM else 130), err
    assert "Traceback" not in err
    assert "--resume" in err
    done = done_ids(out)
    assert 10 <= len(done) <= 50 and done == ids[:len(done)]
    partial = claimtrack.read_jsonl(out)  # a valid JSONL file of complete articles
    assert {c.doc_id for c in partial} <= set(done)
    assert list(partial) == [c for c in claimtrack.read_jsonl(ref) if c.doc_id in set(done)]

    rc, _, err = run(capsys, "extract", str(src), "-o", str(out), "--resume")
    assert rc == 0, err
    assert f"{len(done)} already done" in err
    assert out.read_bytes() == ref.read_bytes()
    assert done_ids(out) == ids
