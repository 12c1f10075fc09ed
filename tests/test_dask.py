"""claimtrack.dask: the same records as extract_many, in input order, on an in-process cluster and on a cluster of
two worker processes; partitioned JSONL / Parquet output that resumes."""

from __future__ import annotations

import json

import pytest

distributed = pytest.importorskip("distributed")

import claimtrack  # noqa: E402
import claimtrack.dask as ctd  # noqa: E402

TEXTS = ["« Nous restons », a déclaré la maire de Valmeran.",
         "Selon le préfet, la route rouvrira lundi. Le syndicat a accusé la direction de mentir.",
         '"We will stay," the mayor said. According to the council, the road will reopen.',
         "Rien à signaler ce matin."]
ARTS = [{"id": f"a{i}", "text": TEXTS[i % len(TEXTS)], "outlet": "Le Courrier"} for i in range(23)]
OPTS = {"backend": "surface"}


def _dicts(results):
    return [(c.doc_id, c.error, [r.to_dict() for r in c]) for c in results]


@pytest.fixture(scope="module")
def threads_client():
    with distributed.LocalCluster(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=None) as lc, \
            distributed.Client(lc) as client:
        yield client


def test_same_records_in_input_order_as_extract_many(threads_client):
    expected = _dicts(claimtrack.extract_many(ARTS, **OPTS))
    assert _dicts(ctd.extract_many(ARTS, client=threads_client, **OPTS)) == expected
    assert _dicts(ctd.extract_many(iter(ARTS), client=threads_client, partition_size=5, **OPTS)) == expected
    # the current client when none is given
    assert _dicts(ctd.extract_many(ARTS, **OPTS)) == expected


def test_errors_raise_and_skip_like_extract_many(threads_client):
    arts = [*ARTS[:3], {"id": "bad", "text": 7}, *ARTS[3:6]]
    with pytest.raises(TypeError):
        list(ctd.extract_many(arts, client=threads_client, **OPTS))
    got = list(ctd.extract_many(arts, client=threads_client, errors="skip", **OPTS))
    assert [c.doc_id for c in got] == [a["id"] for a in arts]
    assert got[3].error.startswith("TypeError")
    with pytest.raises(ValueError):
        ctd.extract_many(ARTS, client=threads_client, backend="nope")


def test_map_partitions_is_ordered(threads_client):
    assert list(ctd.map_partitions(sum, [[1, 2], [3], [4, 5, 6]], threads_client)) == [3, 3, 15]


def test_no_client_says_how_to_get_one(monkeypatch):
    def none():
        raise ValueError("No clients found")

    monkeypatch.setattr(distributed, "get_client", none)
    with pytest.raises(ValueError, match="distributed.Client"):
        ctd.get_client()


def test_extract_to_jsonl_resumes_per_partition(threads_client, tmp_path):
    out = tmp_path / "out"
    counts = ctd.extract_to(ARTS, out, client=threads_client, partition_size=10, **OPTS)
    assert counts["partitions"] == 3 and counts["written"] == 3 and counts["articles"] == len(ARTS)
    files = sorted(out.glob("part-*.jsonl"))
    assert [f.name for f in files] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    lines = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    expected = [r.to_dict() for c in claimtrack.extract_many(ARTS, **OPTS) for r in c]
    assert lines == expected
    files[1].unlink()  # an interrupted run: only the missing partition is done again
    again = ctd.extract_to(ARTS, out, client=threads_client, partition_size=10, **OPTS)
    assert (again["written"], again["already_done"]) == (1, 2)
    assert [json.loads(line) for f in sorted(out.glob("part-*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines()] == expected


def test_extract_to_parquet_from_files(threads_client, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "src"
    src.mkdir()
    for k in range(2):
        (src / f"day{k}.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n"
                                                   for a in ARTS[k * 10:(k + 1) * 10]), encoding="utf-8")
    (src / "note.txt").write_text(TEXTS[0], encoding="utf-8")
    counts = ctd.extract_to(src, tmp_path / "out", client=threads_client, format="parquet", **OPTS)
    assert counts["partitions"] == 3 and counts["articles"] == 21
    table = pq.read_table(tmp_path / "out" / "part-00000.parquet")
    expected = [r for c in claimtrack.extract_many(ARTS[:10], **OPTS) for r in c]
    assert table.column("id").to_pylist() == [r.id for r in expected]
    assert json.loads(table.column("meta").to_pylist()[0]) == {"outlet": "Le Courrier"}


def test_two_worker_processes_give_the_same_records():
    expected = _dicts(claimtrack.extract_many(ARTS, **OPTS))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as lc, distributed.Client(lc) as client:
        assert _dicts(ctd.extract_many(ARTS, client=client, partition_size=4, **OPTS)) == expected
        pids = set(client.run(lambda: __import__("os").getpid()).values())
        assert len(pids) == 2
