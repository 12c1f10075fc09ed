"""Reading tracks back from JSONL (``claimtrack.write_jsonl`` writes them).

>>> import io, claimtrack
>>> from claimtrack.tracking.records import Track
>>> buf = io.StringIO(); _ = claimtrack.write_jsonl([Track(id="t1", members=[("d", "c1")])], buf)
>>> read_tracks(io.StringIO(buf.getvalue()))[0].members
(('d', 'c1'),)
"""

from __future__ import annotations

from ..io import JSONLError, PathOrFile, iter_jsonl
from .records import Track


def read_tracks(src: PathOrFile) -> list[Track]:
    """Track records of a JSONL file; ``JSONLError`` naming the file and line when one is malformed."""
    name = str(getattr(src, "name", src))
    out = []
    for lineno, obj in iter_jsonl(src):
        try:
            out.append(Track.from_dict(obj))
        except (KeyError, TypeError, ValueError) as exc:
            raise JSONLError(f"{name}, line {lineno}: not a track record ({exc.__class__.__name__}: {exc})") \
                from None
    return out
