"""Parquet output (to_parquet, claimtrack extract --format parquet), --dask on the command line, empty inputs, and
read_jsonl on a file of articles."""

from __future__ import annotations

import json

import pytest

import claimtrack
from claimtrack.cli import main
from claimtrack.io import JSONLError
from claimtrack.parquet import COLUMNS

TEXT = ("« Nous restons », a déclaré la maire de Valmeran. Selon le préfet, la route rouvrira lundi. "
        "Le syndicat a accusé la direction de mentir.")


def _articles(tmp_path, n=4):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": TEXT, "outlet": "Le Courrier"}, ensure_ascii=False)
                           + "\n" for i in range(n)), encoding="utf-8")
    return src


def test_to_parquet_one_flat_row_per_claim(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    claims = claimtrack.extract(TEXT, doc_id="d1")
    path = tmp_path / "c.parquet"
    assert claimtrack.to_parquet(claims, path) == len(claims) >= 2
    table = pq.read_table(path)
    assert table.column_names == [name for name, _ in COLUMNS]
    rows = table.to_pylist()
    for c, r in zip(claims, rows, strict=True):
        assert (r["id"], r["doc_id"], r["act"], r["content_text"]) == (c.id, "d1", c.act, c.content.text)
        assert TEXT[r["content_start"]:r["content_end"]] == r["content_text"]
        if c.source is not None:
            assert TEXT[r["source_start"]:r["source_end"]] == r["source_text"]
    assert claimtrack.to_parquet([], tmp_path / "empty.parquet") == 0
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0


def test_cli_format_parquet(tmp_path, capsys):
    pq = pytest.importorskip("pyarrow.parquet")
    src = _articles(tmp_path)
    out = tmp_path / "out.parquet"
    assert main(["extract", str(src), "--format", "parquet", "-o", str(out)]) == 0
    table = pq.read_table(out)
    expected = [r for c in claimtrack.extract_many(json.loads(x) for x in src.read_text("utf-8").splitlines())
                for r in c]
    assert table.column("id").to_pylist() == [r.id for r in expected]
    assert set(table.column("doc_id").to_pylist()) == {"a0", "a1", "a2", "a3"}
    capsys.readouterr()
    assert main(["extract", str(src), "--format", "parquet"]) == 2
    assert "needs -o" in capsys.readouterr().err
    assert main(["extract", str(src), "--format", "parquet", "-o", str(out), "--append"]) == 2


def test_cli_dask_scheduler(tmp_path, capsys):
    distributed = pytest.importorskip("distributed")
    src = _articles(tmp_path, 6)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None,
                                  protocol="tcp", host="127.0.0.1") as lc:
        assert main(["extract", str(src), "--dask", lc.scheduler_address, "-o", str(tmp_path / "d.jsonl")]) == 0
    assert main(["extract", str(src), "-o", str(tmp_path / "local.jsonl")]) == 0
    assert (tmp_path / "d.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()


def test_empty_inputs_say_so(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.jsonl").write_text("\n\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "empty.txt"), str(tmp_path / "blank.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "empty.txt: empty file" in err
    assert "blank.jsonl: empty file (no articles)" in err


def test_read_jsonl_on_articles_says_what_it_found(tmp_path):
    src = _articles(tmp_path, 1)
    with pytest.raises(JSONLError, match=r"line 1: this looks like an article \(keys id, text, outlet\)"):
        claimtrack.read_jsonl(src)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "colour": "blue"}\n', encoding="utf-8")
    with pytest.raises(JSONLError, match=r"found keys id, colour, expected id, act, form, content"):
        claimtrack.read_jsonl(bad)
