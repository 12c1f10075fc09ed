"""Train tiny stanza models (fr, en) from claimtrack's own CoNLL-U, for tests only.

The models are toys: a few hundred hand-annotated sentences, small layers, a few
hundred steps, no word vectors, no charlm.  Their accuracy means nothing; they
exist so the test suite can build a real ``stanza.Pipeline`` offline
(``download_method=None``) and exercise the stanza backend end to end.

Run from the repository root (CPU only; about 2 minutes, one torch thread):

    .venv/bin/python scripts/train_tiny_stanza.py            # validate + train fr and en
    .venv/bin/python scripts/train_tiny_stanza.py --check    # only validate the CoNLL-U

Inputs:  tests/data/conllu/{fr,en}-{train,dev}.conllu  (and fr-fixture.conllu, validated only)
Outputs: tests/data/stanza_models/
             resources.json                   minimal stanza resources file (both languages)
             README.md                        how the models were made, sizes
             <lang>/<processor>/tiny.pt       tokenize, mwt (fr only), pos, lemma, depparse
             <lang>/pipeline.json             stanza.Pipeline kwargs, paths relative to <lang>/

Training uses stanza's own entry points (stanza.models.tokenizer, mwt_expander,
tagger, lemmatizer, parser) and stanza's own data preparation
(stanza.utils.datasets.conllu_to_text, prepare_tokenizer_data, contract_mwt),
the same way stanza/utils/training/run_*.py call them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import math
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA_DIR = REPO / "tests" / "data" / "conllu"
OUT_DIR = REPO / "tests" / "data" / "stanza_models"

PACKAGE = "tiny"  # model file name: <lang>/<processor>/tiny.pt
SEED = 1234
LANGS = {
    "fr": {"name": "French", "processors": ["tokenize", "mwt", "pos", "lemma", "depparse"]},
    "en": {"name": "English", "processors": ["tokenize", "pos", "lemma", "depparse"]},
}

# UD v2 relations the hand-annotated data may use
ALLOWED_DEPRELS = {
    "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos", "aux", "aux:pass", "case", "cc",
    "ccomp", "compound", "compound:prt", "conj", "cop", "det", "fixed", "flat:name", "iobj", "mark", "nmod",
    "nmod:poss", "nsubj", "nsubj:pass", "nummod", "obj", "obl", "obl:agent", "obl:tmod", "parataxis", "punct",
    "root", "xcomp",
}
UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X"}

log = logging.getLogger("train_tiny_stanza")


# --------------------------------------------------------------------------- validation

class ConlluError(ValueError):
    pass


def _sentences(path: Path):
    block: list[str] = []
    start = 1
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            if not block:
                start = lineno
            block.append(line)
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


def validate_conllu(path: Path) -> int:
    """Check every sentence of a CoNLL-U file; return the number of sentences.

    Checks: sent_id and text comments, 10 columns, contiguous word ids, MWT ranges over
    existing words, one root, heads in range, no cycles, known UPOS/deprels, and that
    the forms with SpaceAfter=No reproduce ``# text`` exactly.
    """
    n = 0
    sent_ids = set()
    for start, block in _sentences(path):
        where = f"{path.name}:{start}"
        comments = {}
        rows = []
        for line in block:
            if line.startswith("#"):
                if "=" in line:
                    key, value = line[1:].split("=", 1)
                    comments[key.strip()] = value.strip()
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ConlluError(f"{where}: expected 10 tab-separated columns: {line!r}")
            rows.append(cols)
        sid = comments.get("sent_id")
        if not sid:
            raise ConlluError(f"{where}: missing '# sent_id'")
        if sid in sent_ids:
            raise ConlluError(f"{where}: duplicate sent_id {sid}")
        sent_ids.add(sid)
        where = f"{path.name}:{start} ({sid})"
        if "text" not in comments:
            raise ConlluError(f"{where}: missing '# text'")

        words = []
        mwts = {}
        for cols in rows:
            if "-" in cols[0]:
                a, b = (int(x) for x in cols[0].split("-"))
                if b <= a:
                    raise ConlluError(f"{where}: bad MWT range {cols[0]}")
                mwts[a] = (b, cols)
            elif "." in cols[0]:
                raise ConlluError(f"{where}: empty nodes are not used here")
            else:
                words.append(cols)
        ids = [int(c[0]) for c in words]
        if ids != list(range(1, len(ids) + 1)):
            raise ConlluError(f"{where}: word ids not contiguous from 1: {ids}")
        # MWT lines must come right before their first word
        order = [c[0] for c in rows]
        for a, (b, cols) in mwts.items():
            if b > len(words):
                raise ConlluError(f"{where}: MWT {a}-{b} beyond the last word")
            if order.index(cols[0]) + 1 != order.index(str(a)):
                raise ConlluError(f"{where}: MWT line {a}-{b} not right before word {a}")
        heads = {}
        roots = 0
        for c in words:
            i, head, deprel, upos = int(c[0]), c[6], c[7], c[3]
            if upos not in UPOS:
                raise ConlluError(f"{where}: word {i} has unknown UPOS {upos}")
            if not c[2] or c[2] == "_" and c[1] != "_":
                raise ConlluError(f"{where}: word {i} has no lemma")
            if not head.isdigit():
                raise ConlluError(f"{where}: word {i} head {head!r} is not a number")
            h = int(head)
            if h < 0 or h > len(words) or h == i:
                raise ConlluError(f"{where}: word {i} head {h} out of range")
            if deprel not in ALLOWED_DEPRELS:
                raise ConlluError(f"{where}: word {i} has unexpected deprel {deprel}")
            if (h == 0) != (deprel == "root"):
                raise ConlluError(f"{where}: word {i}: head 0 iff deprel root")
            roots += h == 0
            heads[i] = h
        if roots != 1:
            raise ConlluError(f"{where}: {roots} roots")
        for i in heads:
            seen = set()
            j = i
            while j:
                if j in seen:
                    raise ConlluError(f"{where}: cycle through word {i}")
                seen.add(j)
                j = heads[j]
        # rebuild the text from tokens (MWT surface forms, else words)
        text = ""
        k = 1
        while k <= len(words):
            if k in mwts:
                b, cols = mwts[k]
                form, misc = cols[1], cols[9]
                for inner in words[k - 1:b]:
                    if "SpaceAfter=No" in inner[9]:
                        raise ConlluError(f"{where}: SpaceAfter=No on a word inside MWT {k}-{b}")
                k = b + 1
            else:
                form, misc = words[k - 1][1], words[k - 1][9]
                k += 1
            text += form + ("" if "SpaceAfter=No" in misc.split("|") else " ")
        if text.rstrip() != comments["text"]:
            raise ConlluError(f"{where}: tokens give {text.rstrip()!r} but # text is {comments['text']!r}")
        n += 1
    if n == 0:
        raise ConlluError(f"{path}: no sentences")
    return n


def validate_all(data_dir: Path) -> dict[str, int]:
    counts = {}
    for path in sorted(data_dir.glob("*.conllu")):
        counts[path.name] = validate_conllu(path)
        # stanza must read it too
        from stanza.utils.conll import CoNLL

        doc = CoNLL.conll2doc(input_file=str(path))
        if len(doc.sentences) != counts[path.name]:
            raise ConlluError(f"{path.name}: stanza reads {len(doc.sentences)} sentences, expected {counts[path.name]}")
    return counts


# --------------------------------------------------------------------------- training

def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def prepare_tokenizer_data(work: Path, short: str, data_dir: Path, lang: str) -> Path:
    """Make <short>.{train,dev}.{gold.conllu,txt} and <short>-ud-{train,dev}.toklabels / -mwt.json,
    the files stanza/utils/training/run_tokenizer.py expects (same converters as
    stanza.utils.datasets.prepare_tokenizer_treebank)."""
    from stanza.utils.datasets import common as ds_common
    from stanza.utils.datasets.contract_mwt import contract_mwt

    tok = work / "tokenize"
    tok.mkdir(parents=True, exist_ok=True)
    for shard in ("train", "dev"):
        shutil.copyfile(data_dir / f"{lang}-{shard}.conllu", tok / f"{short}.{shard}.gold.conllu")
    ds_common.convert_conllu_to_txt(str(tok), short, shards=("train", "dev"))
    for shard in ("train", "dev"):
        ds_common.prepare_tokenizer_dataset_labels(
            str(tok / f"{short}.{shard}.txt"), str(tok / f"{short}.{shard}.gold.conllu"), str(tok), short, shard
        )
    # MWT expander input: dev with the MWTs contracted (as prepare_mwt_treebank does)
    contract_mwt(str(tok / f"{short}.dev.gold.conllu"), str(tok / f"{short}.dev.in.conllu"))
    return tok


def _avg_sent_len(label_file: Path) -> float:
    from stanza.utils.avg_sent_len import avg_sent_len

    return avg_sent_len(str(label_file))


def train_tokenizer(tok: Path, short: str, lang: str, out: Path) -> None:
    from stanza.models import tokenizer
    from stanza.utils.training.run_tokenizer import default_feat_funcs

    seqlen = str(math.ceil(_avg_sent_len(tok / f"{short}-ud-train.toklabels") * 3 / 100) * 100)
    args = [
        "--label_file", str(tok / f"{short}-ud-train.toklabels"),
        "--txt_file", str(tok / f"{short}.train.txt"),
        "--dev_txt_file", str(tok / f"{short}.dev.txt"),
        "--dev_label_file", str(tok / f"{short}-ud-dev.toklabels"),
        "--dev_conll_gold", str(tok / f"{short}.dev.gold.conllu"),
        "--mwt_json_file", str(tok / f"{short}-ud-dev-mwt.json"),
        "--lang", lang, "--shorthand", short, "--mode", "train",
        "--max_seqlen", seqlen,
        "--emb_dim", "16", "--hidden_dim", "32",
        "--batch_size", "16", "--steps", "400", "--eval_steps", "100", "--report_steps", "100",
        "--anneal_after", "100000",
        "--save_dir", str(out), "--save_name", f"{PACKAGE}.pt",
        "--seed", str(SEED), "--cpu",
    ]
    funcs = default_feat_funcs(lang)
    if funcs:
        args += ["--feat_funcs", ",".join(funcs)]
    tokenizer.main(args)


def train_mwt(tok: Path, short: str, lang: str, out: Path) -> None:
    from stanza.models import mwt_expander
    from stanza.utils.max_mwt_length import max_mwt_length

    max_len = math.ceil(max_mwt_length([str(tok / f"{short}-ud-train-mwt.json"),
                                        str(tok / f"{short}-ud-dev-mwt.json")]) * 1.1 + 1)
    mwt_expander.main([
        "--train_file", str(tok / f"{short}.train.gold.conllu"),
        "--eval_file", str(tok / f"{short}.dev.in.conllu"),
        "--gold_file", str(tok / f"{short}.dev.gold.conllu"),
        "--lang", lang, "--shorthand", short, "--mode", "train",
        "--max_dec_len", str(max_len),
        "--hidden_dim", "32", "--emb_dim", "16",
        "--num_epoch", "20", "--batch_size", "16", "--log_step", "1000",
        "--save_dir", str(out), "--save_name", f"{PACKAGE}.pt",
        "--seed", str(SEED), "--cpu",
    ])


def train_pos(train: Path, dev: Path, short: str, lang: str, out: Path) -> None:
    from stanza.models import tagger

    tagger.main([
        "--train_file", str(train), "--eval_file", str(dev),
        "--lang", lang, "--shorthand", short, "--mode", "train",
        "--no_pretrain", "--word_cutoff", "1",
        "--hidden_dim", "48", "--char_hidden_dim", "32", "--deep_biaff_hidden_dim", "32",
        "--composite_deep_biaff_hidden_dim", "16", "--word_emb_dim", "32", "--char_emb_dim", "16",
        "--tag_emb_dim", "16", "--transformed_dim", "32", "--num_layers", "1",
        "--lr", "0.01", "--max_steps", "500", "--eval_interval", "100", "--fix_eval_interval", "--log_step", "1000",
        "--batch_size", "16",  # sentences
        "--save_dir", str(out), "--save_name", f"{PACKAGE}.pt",
        "--seed", str(SEED), "--cpu",
    ])


def train_lemma(train: Path, dev: Path, short: str, out: Path) -> None:
    from stanza.models import lemmatizer

    lemmatizer.main([
        "--train_file", str(train), "--eval_file", str(dev),
        "--shorthand", short, "--mode", "train",
        "--hidden_dim", "32", "--emb_dim", "16", "--pos_dim", "16",
        "--num_epoch", "8", "--batch_size", "64", "--log_step", "1000",
        "--save_dir", str(out), "--save_name", f"{PACKAGE}.pt",
        "--seed", str(SEED), "--cpu",
    ])


def train_depparse(train: Path, dev: Path, short: str, lang: str, out: Path) -> None:
    from stanza.models import parser

    parser.main([
        "--train_file", str(train), "--eval_file", str(dev),
        "--lang", lang, "--shorthand", short, "--mode", "train",
        "--no_pretrain", "--word_cutoff", "1",
        "--hidden_dim", "48", "--char_hidden_dim", "32", "--deep_biaff_hidden_dim", "32",
        "--deep_biaff_output_dim", "16", "--word_emb_dim", "32", "--char_emb_dim", "16",
        "--tag_emb_dim", "16", "--transformed_dim", "32", "--num_layers", "2",
        "--optim", "adam", "--lr", "0.003", "--no_second_optim",
        "--max_steps", "600", "--eval_interval", "100", "--log_step", "1000",
        "--batch_size", "300", "--no_checkpoint",  # tokens
        "--save_dir", str(out), "--save_name", f"{PACKAGE}.pt",
        "--seed", str(SEED), "--cpu",
    ])


def train_language(lang: str, data_dir: Path, out_root: Path) -> tuple[dict[str, float], dict[str, float]]:
    """Train every processor for one language into out_root/<lang>/<processor>/tiny.pt."""
    short = f"{lang}_claimtrack"
    processors = LANGS[lang]["processors"]
    times, cpu = {}, {}
    # relative paths only (the caller runs us from a scratch folder): stanza stores its
    # arguments, file names included, in every model file
    work = Path(f"work_{lang}")
    try:
        tok = prepare_tokenizer_data(work, short, data_dir, lang)
        train = tok / f"{short}.train.gold.conllu"
        dev = tok / f"{short}.dev.gold.conllu"
        steps = {
            "tokenize": lambda out: train_tokenizer(tok, short, lang, out),
            "mwt": lambda out: train_mwt(tok, short, lang, out),
            "pos": lambda out: train_pos(train, dev, short, lang, out),
            "lemma": lambda out: train_lemma(train, dev, short, out),
            "depparse": lambda out: train_depparse(train, dev, short, lang, out),
        }
        for proc in processors:
            out = out_root / lang / proc
            if out.exists():
                shutil.rmtree(out)
            out.mkdir(parents=True)
            log.warning("training %s %s ...", lang, proc)
            t0, c0 = time.perf_counter(), time.process_time()
            steps[proc](out)
            times[proc] = time.perf_counter() - t0
            cpu[proc] = time.process_time() - c0
            model = out / f"{PACKAGE}.pt"
            if not model.exists():
                raise RuntimeError(f"stanza did not write {model}")
            leftovers = [p.name for p in out.iterdir() if p.name != model.name]
            for name in leftovers:  # e.g. checkpoints; keep only the model
                p = out / name
                shutil.rmtree(p) if p.is_dir() else p.unlink()
            log.warning("  %s %s: %.1f s wall, %.1f s cpu, %d bytes", lang, proc, times[proc], cpu[proc],
                        model.stat().st_size)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return times, cpu


# --------------------------------------------------------------------------- pipeline files

def pipeline_kwargs(lang: str) -> dict:
    """stanza.Pipeline kwargs for one language; paths relative to <models>/<lang>/."""
    processors = LANGS[lang]["processors"]
    kwargs: dict = {
        "lang": lang,
        "dir": "..",  # the folder holding resources.json
        "processors": ",".join(processors),
        "download_method": None,
    }
    for proc in processors:
        kwargs[f"{proc}_model_path"] = f"{proc}/{PACKAGE}.pt"
    return kwargs


def write_pipeline_files(out_root: Path, langs: list[str]) -> None:
    resources: dict = {}
    old = out_root / "resources.json"
    if old.exists():
        resources = json.loads(old.read_text(encoding="utf-8"))
    for lang in langs:
        processors = LANGS[lang]["processors"]
        entry: dict = {"lang_name": LANGS[lang]["name"]}
        for proc in processors:
            entry[proc] = {PACKAGE: {"md5": _md5(out_root / lang / proc / f"{PACKAGE}.pt")}}
        default = {proc: PACKAGE for proc in processors}
        entry["default_processors"] = dict(default)
        entry["packages"] = {"default": dict(default), PACKAGE: dict(default)}
        resources[lang] = entry
        (out_root / lang / "pipeline.json").write_text(
            json.dumps(pipeline_kwargs(lang), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    # only used if stanza ever tried to download (md5 mismatch with download_method="reuse_resources"):
    # a reserved .invalid host, so that fails instead of fetching something else
    resources["url"] = "https://stanza-models.invalid/claimtrack-tiny/{lang}/{filename}"
    old.write_text(json.dumps(resources, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def write_readme(out_root: Path, times: dict[str, dict[str, float]], cpu: dict[str, dict[str, float]],
                 counts: dict[str, int], threads: int) -> None:
    import stanza
    import torch

    rows = []
    total = 0
    for lang in ("fr", "en"):
        for proc in LANGS[lang]["processors"]:
            p = out_root / lang / proc / f"{PACKAGE}.pt"
            if not p.exists():
                continue
            size = p.stat().st_size
            total += size
            secs = cpu.get(lang, {}).get(proc)
            shown = f"{secs:.0f} s" if secs is not None else "(not retrained)"
            rows.append(f"| `{lang}/{proc}/{PACKAGE}.pt` | {size / 1024:.0f} KiB | {shown} |")
    data_rows = "\n".join(f"| `tests/data/conllu/{name}` | {n} |" for name, n in sorted(counts.items()))
    train_wall = sum(sum(t.values()) for t in times.values())
    train_cpu = sum(sum(t.values()) for t in cpu.values())
    text = f"""# Tiny stanza models (tests only)

**Toy models for claimtrack's test suite. Their accuracy is meaningless: do not
use them for anything but tests.** They were trained on about a hundred
sentences per language written for claimtrack (invented people and places;
reported speech, quotes with incises, "selon"/"according to", accusations,
denials, plain news sentences), with tiny layers,
a few hundred steps, no pretrained word vectors and no charlm, so that the tests
can build a real `stanza.Pipeline` offline (`download_method=None`).

Made with stanza {stanza.__version__} and torch {torch.__version__} (CPU) by

    .venv/bin/python scripts/train_tiny_stanza.py

which validates the CoNLL-U in `tests/data/conllu/`, prepares the data with
stanza's own converters (`stanza.utils.datasets.conllu_to_text`,
`prepare_tokenizer_data`, `contract_mwt`) and trains each model with stanza's own
entry points (`stanza.models.tokenizer`, `mwt_expander`, `tagger`,
`lemmatizer`, `parser`), seeded ({SEED}), CPU only. See the script for the exact
arguments. On the machine that made these files, training took {train_cpu:.0f} s of
CPU time ({train_wall:.0f} s wall clock, {threads} torch thread{'s' if threads != 1 else ''}). Training is
seeded: on the same machine a rerun gives the same weights, though not
byte-identical files (stanza gzips some dictionaries with a timestamp), so only
retrain when the data or the script change. Another machine or torch version
may give slightly different weights.

## Files

| model | size | training CPU time |
|---|---|---|
{chr(10).join(rows)}
| **total** | **{total / 1024 / 1024:.2f} MiB** | |

French: tokenize, mwt, pos, lemma, depparse. English: tokenize, pos, lemma,
depparse (no mwt). No NER. Training data:

| file | sentences |
|---|---|
{data_rows}

`fr-fixture.conllu` is not training data: it holds a few carefully annotated
gold trees for other tests.

## Loading them

`<lang>/pipeline.json` lists the `stanza.Pipeline` keyword arguments; `dir` and
every `*_path` value are relative to the folder holding that `pipeline.json`:

```python
import json, pathlib, stanza

def tiny_pipeline(lang, **extra):
    folder = pathlib.Path("tests/data/stanza_models") / lang
    kwargs = json.loads((folder / "pipeline.json").read_text(encoding="utf-8"))
    for key, value in kwargs.items():
        if key == "dir" or key.endswith("_path"):
            kwargs[key] = str((folder / value).resolve())
    kwargs.update(extra)
    return stanza.Pipeline(**kwargs)
```

which for French amounts to

```python
stanza.Pipeline(
    lang="fr",
    dir="tests/data/stanza_models",          # must contain a resources.json
    processors="tokenize,mwt,pos,lemma,depparse",
    download_method=None,                     # never touch the network
    tokenize_model_path="tests/data/stanza_models/fr/tokenize/tiny.pt",
    mwt_model_path="tests/data/stanza_models/fr/mwt/tiny.pt",
    pos_model_path="tests/data/stanza_models/fr/pos/tiny.pt",
    lemma_model_path="tests/data/stanza_models/fr/lemma/tiny.pt",
    depparse_model_path="tests/data/stanza_models/fr/depparse/tiny.pt",
)
```

(English: the same without `mwt`.) Because the files follow stanza's own layout
(`<dir>/<lang>/<processor>/<package>.pt`) and `resources.json` names them as the
default package, `stanza.Pipeline(lang="fr", dir="tests/data/stanza_models",
download_method=None)` also works without the explicit paths.

Notes:

* `stanza.Pipeline` always reads `<dir>/resources.json` (or
  `resources_filepath=`), even with `download_method=None` and explicit
  `*_model_path` arguments; without it, it raises `ResourcesFileNotFoundError`.
  The one here is minimal (written by the script) and lists no `pretrain`
  dependencies, so no `pos_pretrain_path` / `depparse_pretrain_path` is
  needed: the models were trained with `--no_pretrain`. (With a real stanza
  `resources.json`, a language entry adds its `pretrain` dependencies and
  stanza would look for `<dir>/<lang>/pretrain/<package>.pt`.)
* A `resources.json` of just `{{}}` also loads these models, with an
  "Unsupported language" warning, but then stanza ignores `processors` and
  loads every processor that has a `*_model_path` argument.
* For French, stanza adds `mwt` by itself when `processors` has `tokenize`
  but not `mwt`, because `resources.json` lists an mwt model for the package
  (from `<dir>/fr/mwt/tiny.pt`, or `mwt_model_path`).
* The md5 sums in `resources.json` match the files, so even
  `download_method="reuse_resources"` finds nothing to download (its `url`
  points at a reserved `.invalid` host, in case a file ever stops matching).
"""
    (out_root / "README.md").write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only validate the CoNLL-U files")
    ap.add_argument("--langs", default="fr,en", help="comma-separated languages to train (default: fr,en)")
    ap.add_argument("--data", type=Path, default=DATA_DIR, help="folder with <lang>-{train,dev}.conllu")
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="output folder for the models")
    ap.add_argument("--threads", type=int, default=1,
                    help="torch CPU threads (default 1: these models are too small to gain from more, "
                         "and several threads on a busy machine can make training many times slower)")
    ap.add_argument("--verbose", action="store_true", help="show stanza's training logs")
    args = ap.parse_args(argv)

    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    counts = validate_all(args.data)
    for name, n in sorted(counts.items()):
        print(f"ok {name}: {n} sentences")
    if args.check:
        return 0

    os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")
    import torch

    torch.set_num_threads(args.threads)
    # stanza's training modules configure the "stanza" logger when imported: import first, then quiet it
    import stanza.models._training_logging  # noqa: F401
    from stanza.models import lemmatizer, mwt_expander, parser, tagger, tokenizer  # noqa: F401

    logging.getLogger("stanza").setLevel(logging.INFO if args.verbose else logging.WARNING)

    langs = [x.strip() for x in args.langs.split(",") if x.strip()]
    for lang in langs:
        if lang not in LANGS:
            ap.error(f"unknown language {lang!r}")
    args.out = args.out.resolve()
    args.data = args.data.resolve()
    args.out.mkdir(parents=True, exist_ok=True)
    times, cpu = {}, {}
    # train inside a scratch folder next to the output, with relative paths (so the paths stanza
    # saves in the models are the same on every machine), then swap each language in at the end,
    # so that tests running meanwhile never load a half-written model
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=args.out))
    cwd = Path.cwd()
    try:
        os.chdir(staging)
        for lang in langs:
            times[lang], cpu[lang] = train_language(lang, args.data, Path("models"))
        os.chdir(cwd)
        for lang in langs:
            old = args.out / lang
            if old.exists():
                shutil.rmtree(old)
            os.replace(staging / "models" / lang, old)
    finally:
        os.chdir(cwd)
        shutil.rmtree(staging, ignore_errors=True)
    write_pipeline_files(args.out, langs)
    write_readme(args.out, times, cpu, counts, args.threads)
    total = sum((args.out / lang / proc / f"{PACKAGE}.pt").stat().st_size
                for lang in LANGS for proc in LANGS[lang]["processors"]
                if (args.out / lang / proc / f"{PACKAGE}.pt").exists())
    print(f"trained {', '.join(langs)} in {sum(sum(t.values()) for t in times.values()):.0f} s wall, "
          f"{sum(sum(t.values()) for t in cpu.values()):.0f} s cpu; "
          f"all models {total / 1024 / 1024:.2f} MiB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
