"""claimtrack: who claimed what in French and English news.

>>> import claimtrack
>>> claims = claimtrack.extract("« Tout va bien », a affirmé le ministre.")
>>> claims[0].source.text
'le ministre'
"""

from .backend import backends
from .corpus import extract_many
from .display import render, to_frame
from .evaluation import evaluate
from .io import JSONLError, read_jsonl, write_jsonl
from .parquet import to_parquet
from .parse import read_conllu
from .pipeline import extract
from .records import Claim, Claims, Cue, Source, Span
from .tracking import Track, track, tracks_frame
from .workers import WorkerError

__version__ = "0.1.0"

__all__ = ["Claim", "Claims", "Cue", "JSONLError", "Source", "Span", "Track", "WorkerError", "evaluate", "backends",
           "extract", "extract_many", "read_conllu", "read_jsonl", "render", "to_frame", "to_parquet", "track",
           "tracks_frame", "write_jsonl",
           "__version__"]
