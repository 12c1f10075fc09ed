"""Training a tagger: (features, labels) examples from annotated texts, then crfsuite's L-BFGS trainer.

>>> xs, ys = example("He said it was fine.", [((8, 19), (0, 2), (3, 7))], rules=[])
>>> ys
['B-S', 'B-K', 'B-C', 'I-C', 'I-C', 'O']
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from ..records import Claims
from ..segmentation import segment
from .features import RuleSpans, token_features
from .spans import Span, encode


def rule_spans(claims: Claims) -> list[tuple[Span, Span | None, Span | None]]:
    """(content, source, cue) offsets of records (the rules' output, a feature of the model)."""
    return [((c.content.start, c.content.end), (c.source.start, c.source.end) if c.source else None,
             (c.cue.start, c.cue.end) if c.cue else None) for c in claims]


def example(text: str, gold: Sequence[tuple[Span, Span | None, Span | None]], rules: RuleSpans,
            lang: str = "en", lexical: bool = True) -> tuple[list[list[str]], list[str]]:
    """Features and gold labels of one text."""
    doc = segment(text, lang)
    return token_features(doc, rules, lexical), encode(doc, gold)


def train(examples: Iterable[tuple[list[list[str]], list[str]]], path: str | os.PathLike,
          c1: float = 0.05, c2: float = 0.01, max_iterations: int = 100, min_freq: float = 0) -> None:
    """Train an L-BFGS CRF on ``examples`` and write it to ``path`` (deterministic: crfsuite's L-BFGS has no
    random step, and examples are appended in the order given)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xs, ys in examples:
        if xs:
            trainer.append(pycrfsuite.ItemSequence(xs), ys)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.minfreq": min_freq,
                        "feature.possible_transitions": True})
    trainer.train(str(path))
