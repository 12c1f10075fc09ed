"""claimtrack: who claimed what in French and English news.

>>> import claimtrack
>>> claims = claimtrack.extract("« Tout va bien », a affirmé le ministre.")
>>> claims[0].source.text
'le ministre'
"""

from .extract import extract
from .io import JSONLError, read_jsonl, write_jsonl
from .records import Claim, Claims, Cue, Source, Span

__version__ = "0.1.0"

__all__ = ["Claim", "Claims", "Cue", "JSONLError", "Source", "Span", "extract", "read_jsonl", "write_jsonl",
           "__version__"]
