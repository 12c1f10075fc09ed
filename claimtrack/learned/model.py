"""Loading and running a trained tagger: crfsuite's own file format, read lazily, never downloaded.

>>> tagger = load()            # doctest: +SKIP
>>> labels, probs, content = tag(tagger, features)   # doctest: +SKIP
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

MODEL_FILE = "en-attribution.crfsuite"


class ModelUnavailable(RuntimeError):
    """The tagger file is missing or unreadable (a broken install); the message says which file."""


def default_path(lang: str = "en") -> Path:
    """Where the packaged model of ``lang`` lies: ``claimtrack/learned/<lang>-attribution.crfsuite``."""
    return Path(str(resources.files("claimtrack").joinpath("learned", f"{lang}-attribution.crfsuite")))


_lock = threading.Lock()


def load(path: str | os.PathLike | None = None, lang: str = "en"):
    """The (cached) ``pycrfsuite.Tagger`` of the model file at ``path`` (default: ``$CLAIMTRACK_EN_MODEL``
    for English, ``$CLAIMTRACK_FR_MODEL``…, else the packaged one); :class:`ModelUnavailable` when it cannot
    be read."""
    env = os.environ.get(f"CLAIMTRACK_{lang.upper()}_MODEL")
    return _open(os.path.abspath(path or env or default_path(lang)))


@cache
def _open(p: str):
    try:
        import pycrfsuite
    except ImportError:
        raise ModelUnavailable("python-crfsuite is not installed (pip install python-crfsuite); "
                               "CLAIMTRACK_EN=rules runs English without the tagger") from None

    if not os.path.isfile(p):
        raise ModelUnavailable(f"no attribution model at {p}; retrain it with scripts/train_en.py")
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(p)
    except (OSError, ValueError) as exc:
        raise ModelUnavailable(f"cannot read the attribution model {p}: {exc}") from None
    return tagger


def tag(tagger, features: list[list[str]], content_at: Iterable[int] = ()
        ) -> tuple[list[str], dict[int, float], dict[int, float]]:
    """Best labels of one sequence; the marginal probability of the chosen label at every labelled token;
    and at each index of ``content_at``, the probability that the token is content (``B-C`` or ``I-C``)."""
    import pycrfsuite

    if not features:
        return [], {}, {}
    with _lock:  # a Tagger holds one sequence at a time
        tagger.set(pycrfsuite.ItemSequence(features))
        labels = tagger.tag()
        marginal = tagger.marginal
        probs = {i: marginal(y, i) for i, y in enumerate(labels) if y != "O"}
        content = {i: marginal("B-C", i) + marginal("I-C", i) for i in content_at}
    return labels, probs, content
