"""The light install: ``import claimtrack`` pulls no heavy package, a missing extra says which one to install,
and claimtrack looks for stanza models where the installed stanza does."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

import claimtrack
from claimtrack.backend import BackendUnavailable, get_backend, stanza_model_dir
from claimtrack.cli import main
from claimtrack.extras import MissingExtra, require

ROOT = str(Path(__file__).resolve().parent.parent)
HEAVY = ("torch", "stanza", "spacy", "pandas", "dask", "distributed", "pyarrow", "numpy")


def test_import_and_surface_extract_load_no_heavy_package():
    code = ("import sys, claimtrack; claimtrack.extract('« Oui », a dit la maire.'); "
            f"print([m for m in {HEAVY!r} if m in sys.modules])")
    env = {**os.environ, "PYTHONPATH": ROOT}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_missing_extra_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "stanza", None)
    monkeypatch.setitem(sys.modules, "stanza.utils", None)
    monkeypatch.setitem(sys.modules, "stanza.utils.conll", None)
    with pytest.raises(MissingExtra, match=r'read_conllu\(\) needs stanza.*pip install "claimtrack\[stanza\]"'):
        list(claimtrack.read_conllu("# text = Oui.\n1\tOui\toui\tINTJ\t_\t_\t0\troot\t_\t_\n"))
    with pytest.raises(BackendUnavailable, match=r'claimtrack\[stanza\]'):
        get_backend("stanza", "fr")
    assert issubclass(MissingExtra, ImportError)
    with pytest.raises(MissingExtra, match=r"claimtrack\[parquet\]"):
        require("pyarrow_not_here", "parquet", "to_parquet()")


def test_stanza_model_dir_follows_stanza_resolution(monkeypatch, tmp_path):
    assert stanza_model_dir(tmp_path) == str(tmp_path)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "env"))
    assert stanza_model_dir() == str(tmp_path / "env")


@pytest.mark.skipif(importlib.util.find_spec("stanza") is None, reason="stanza not installed")
def test_stanza_model_dir_is_stanzas_own_default():
    """Worked out without importing stanza, it is the folder stanza itself reads and downloads to."""
    env = {k: v for k, v in os.environ.items() if k != "STANZA_RESOURCES_DIR"}
    env["PYTHONPATH"] = ROOT
    code = ("import sys; from claimtrack.backend import stanza_model_dir; mine = stanza_model_dir(); "
            "assert 'torch' not in sys.modules; from stanza.resources.common import DEFAULT_MODEL_DIR; "
            "print(mine == DEFAULT_MODEL_DIR, mine, DEFAULT_MODEL_DIR)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("True"), out.stdout


def test_download_uses_the_same_folder(monkeypatch, tmp_path):
    seen = {}

    class FakeStanza:
        @staticmethod
        def download(lang, model_dir, processors):
            seen.update(lang=lang, model_dir=model_dir)

    monkeypatch.setitem(sys.modules, "stanza", FakeStanza)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    assert main(["download", "fr"]) == 0
    assert seen == {"lang": "fr", "model_dir": str(tmp_path)}
    assert main(["download", "en", "--model-dir", str(tmp_path / "m")]) == 0
    assert seen["model_dir"] == str(tmp_path / "m")


@pytest.mark.skipif(importlib.util.find_spec("stanza") is None, reason="stanza not installed")
def test_cli_fails_once_up_front_when_stanza_models_are_missing(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(f'{{"id": "a{i}", "text": "« Oui », a dit la maire."}}\n' for i in range(5)),
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(src), "--lang", "fr", "--backend", "stanza", "--model-dir", str(tmp_path / "none"),
                 "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("claimtrack download fr") == 1
    assert not out.exists()


@pytest.mark.skipif(importlib.util.find_spec("stanza") is None, reason="stanza not installed")
def test_cli_model_dir_reaches_the_stanza_backend(tmp_path, capsys):
    tiny = Path(__file__).parent / "data" / "stanza_models"
    src = tmp_path / "a.txt"
    src.write_text("« Nous restons », a affirmé la maire.", encoding="utf-8")
    assert main(["extract", str(src), "--lang", "fr", "--backend", "stanza", "--model-dir", str(tiny)]) == 0
    assert '"act":"statement"' in capsys.readouterr().out
