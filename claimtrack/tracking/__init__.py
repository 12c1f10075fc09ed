"""Tracking: the same claim across articles, outlets, languages and time.

>>> from claimtrack.tracking import track, Track, tracks_frame  # also claimtrack.track

Modules, in the order data flows: ``identity`` (source keys across documents), ``features`` (per-claim
inputs), ``lexical``/``semantic`` (similarity layers; ``claimtrack.similarity`` holds the shared
normalisation), ``blocking`` (which pairs are compared), ``matching`` (pair decisions), ``grouping``
(merge, tracks), ``engine`` (``track``), ``distributed`` (the same as a Dask job), ``display``.
"""

from .blocking import Settings
from .display import render_track, tracks_frame
from .engine import track
from .matching import Thresholds
from .records import Track

__all__ = ["Settings", "Thresholds", "Track", "render_track", "track", "tracks_frame"]
