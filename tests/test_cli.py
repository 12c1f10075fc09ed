"""The ``claimtrack extract`` command line, in-process and once as a subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import claimtrack
from claimtrack.cli import main

FR = (
    "Jean Dupont, maire de Valmeran, est arrivé lundi à Korvane.\n"
    "« Nous allons reconstruire le pont », a déclaré M. Dupont.\n"
    "La Borduvie est accusée par ses voisins de financer des milices, ce que Vastria dément.\n"
)
EN = '"The bridge will reopen in March," said Mayor Linda Orwell.\n'


def run(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_text_file_to_stdout(tmp_path, capsys):
    path = tmp_path / "valmeran.txt"
    path.write_text(FR, encoding="utf-8")
    rc, out, err = run(capsys, "extract", str(path))
    assert rc == 0
    assert err == ""
    got = claimtrack.read_jsonl(io.StringIO(out))
    assert got == claimtrack.extract(FR, doc_id="valmeran")
    assert len(got) >= 3
    assert {c.doc_id for c in got} == {"valmeran"}


def test_lang_option(tmp_path, capsys):
    path = tmp_path / "orwell.txt"
    path.write_text(EN, encoding="utf-8")
    rc, out, _ = run(capsys, "extract", "--lang", "en", str(path))
    assert rc == 0
    got = claimtrack.read_jsonl(io.StringIO(out))
    assert got == claimtrack.extract(EN, lang="en", doc_id="orwell")
    assert [c.lang for c in got] == ["en"]


def test_bad_lang_option_exits_nonzero(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(FR, encoding="utf-8")
    with pytest.raises(SystemExit) as ei:
        main(["extract", "--lang", "de", str(path)])
    assert ei.value.code != 0


def test_several_files_in_order(tmp_path, capsys):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(FR, encoding="utf-8")
    b.write_text(EN, encoding="utf-8")
    rc, out, _ = run(capsys, "extract", str(a), str(b))
    assert rc == 0
    got = claimtrack.read_jsonl(io.StringIO(out))
    assert list(got) == list(claimtrack.extract(FR, doc_id="a")) + list(claimtrack.extract(EN, doc_id="b"))


def test_output_file_new_and_refuses_overwrite(tmp_path, capsys):
    src = tmp_path / "valmeran.txt"
    src.write_text(FR, encoding="utf-8")
    out_path = tmp_path / "claims.jsonl"
    rc, out, _ = run(capsys, "extract", str(src), "-o", str(out_path))
    assert rc == 0
    assert out == ""
    written = out_path.read_bytes()
    assert claimtrack.read_jsonl(out_path) == claimtrack.extract(FR, doc_id="valmeran")

    rc, out, err = run(capsys, "extract", str(src), "--output", str(out_path))
    assert rc != 0
    assert str(out_path) in err
    assert out == ""
    assert out_path.read_bytes() == written


def test_jsonl_articles_use_their_ids(tmp_path, capsys):
    path = tmp_path / "articles.jsonl"
    arts = [{"id": "art-1", "text": FR}, {"id": "art-2", "text": EN}, {"doc_id": "art-3", "text": EN}]
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    rc, out, _ = run(capsys, "extract", str(path))
    assert rc == 0
    got = claimtrack.read_jsonl(io.StringIO(out))
    expected = []
    for a in arts:
        expected += claimtrack.extract(a["text"], doc_id=a.get("id", a.get("doc_id")))
    assert list(got) == expected
    assert [c.doc_id for c in got if c.doc_id == "art-2"]
    assert {c.doc_id for c in got} == {"art-1", "art-2", "art-3"}


def test_jsonl_article_without_id_gets_stem_and_line(tmp_path, capsys):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"text": EN}) + "\n", encoding="utf-8")
    rc, out, _ = run(capsys, "extract", str(path))
    assert rc == 0
    got = claimtrack.read_jsonl(io.StringIO(out))
    assert got and all(c.doc_id and c.doc_id.startswith("batch") for c in got)


@pytest.mark.parametrize("bom", ["", "\ufeff"], ids=["plain", "bom"])
def test_stdin(monkeypatch, capsys, bom):
    monkeypatch.setattr(sys, "stdin", io.StringIO(bom + FR))
    rc, out, _ = run(capsys, "extract", "-")
    assert rc == 0
    got = claimtrack.read_jsonl(io.StringIO(out))
    assert got == claimtrack.extract(FR, doc_id="stdin")


def test_bom_and_crlf_offsets(tmp_path, capsys):
    text = ("Jean Dupont est arrivé lundi.\r\n« Nous partons », a déclaré M. Dupont.\r\n"
            "Selon la police, tout est calme.\r\n")
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    rc, out, _ = run(capsys, "extract", str(path))
    assert rc == 0
    got = claimtrack.read_jsonl(io.StringIO(out))
    assert len(got) == 2
    for c in got:
        for s in c.spans():
            assert text[s.start:s.end] == s.text
    assert got == claimtrack.extract(text, doc_id="bom")
    assert got[0].content.text == "« Nous partons »"
    assert got[0].content.start == text.index("«")


def test_non_utf8_file_fails_cleanly(tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes("« Nous partons », a déclaré le maire.".encode("latin-1"))
    rc, out, err = run(capsys, "extract", str(path))
    assert rc != 0
    assert out == ""
    assert "decode" in err.lower() or "utf-8" in err.lower()
    assert "Traceback" not in err


def test_encoding_option(tmp_path, capsys):
    text = "« Nous partons », a déclaré le maire."
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    rc, out, _ = run(capsys, "extract", "--encoding", "latin-1", str(path))
    assert rc == 0
    assert claimtrack.read_jsonl(io.StringIO(out)) == claimtrack.extract(text, doc_id="latin1")


def test_missing_file_fails_cleanly(tmp_path, capsys):
    rc, out, err = run(capsys, "extract", str(tmp_path / "absent.txt"))
    assert rc != 0
    assert "absent.txt" in err
    assert "Traceback" not in err


def test_bad_jsonl_article_line(tmp_path, capsys):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": EN}) + "\n{not json\n", encoding="utf-8")
    rc, _, err = run(capsys, "extract", str(path))
    assert rc != 0
    assert "articles.jsonl" in err
    assert "line 2" in err
    assert "Traceback" not in err


def test_jsonl_article_without_text(tmp_path, capsys):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "a1", "body": EN}) + "\n", encoding="utf-8")
    rc, _, err = run(capsys, "extract", str(path))
    assert rc != 0
    assert "articles.jsonl" in err and "line 1" in err


def test_subprocess_module_entry_point(tmp_path):
    path = tmp_path / "valmeran.txt"
    path.write_text(FR, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    repo = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, "-m", "claimtrack", "extract", str(path)], capture_output=True,
                          env=env, cwd=repo, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    got = claimtrack.read_jsonl(io.StringIO(proc.stdout.decode("utf-8")))
    assert got == claimtrack.extract(FR, doc_id="valmeran")

    bad = tmp_path / "latin1.txt"
    bad.write_bytes("déclaré".encode("latin-1"))
    proc = subprocess.run([sys.executable, "-m", "claimtrack", "extract", str(bad)], capture_output=True,
                          env=env, cwd=repo, timeout=60)
    assert proc.returncode != 0
    assert b"Traceback" not in proc.stderr


def test_failed_run_leaves_no_output_file(tmp_path, capsys):
    out_path = tmp_path / "claims.jsonl"
    rc, _, _ = run(capsys, "extract", str(tmp_path / "absent.txt"), "-o", str(out_path))
    assert rc != 0
    assert not out_path.exists()
