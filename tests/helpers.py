"""Helpers shared by the phrase-type tests: extraction with offset checks, picking claims."""

from __future__ import annotations

import claimtrack
from claimtrack import Claim, Claims


def checked(text: str, lang: str) -> Claims:
    """``claimtrack.extract`` with every span checked against the text."""
    claims = claimtrack.extract(text, lang=lang)
    for c in claims:
        assert c.lang == lang
        for s in c.spans():
            assert text[s.start:s.end] == s.text, (c.id, s)
    return claims


def single(claims: Claims) -> Claim:
    assert len(claims) == 1, [c.to_dict() for c in claims]
    return claims[0]


def only(claims: Claims, act: str) -> Claim:
    found = [c for c in claims if c.act == act]
    assert len(found) == 1, [c.to_dict() for c in claims]
    return found[0]
