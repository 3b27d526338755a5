"""HTTP content negotiation (RFC 9110 §12.5.1): pick one of the media types a resource offers.

    choose("text/turtle;q=0.9, application/*;q=0.5", ["application/ld+json", "text/turtle"])
    -> "text/turtle"

Each offered type gets the quality of the most specific Accept range matching it
(``type/subtype`` over ``type/*`` over ``*/*``; media-type parameters other than ``q``
are ignored); ``q=0`` excludes it.  The highest quality wins; ties go to the offer
listed first, so callers list their offers in order of preference.  A missing or empty
Accept header accepts anything (the first offer).
"""

from __future__ import annotations

from typing import Sequence


def parse_accept(header: str | None) -> list[tuple[str, str, float]]:
    """The ranges of an Accept header as ``(type, subtype, q)``, lower-cased; malformed ranges are skipped."""
    ranges = []
    for item in (header or "").split(","):
        media, *params = [part.strip() for part in item.split(";")]
        if "/" not in media:
            continue
        kind, _, subtype = media.lower().partition("/")
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((kind.strip(), subtype.strip(), q))
    return ranges


def quality(ranges: list[tuple[str, str, float]], media_type: str) -> float:
    """The quality the parsed Accept ranges give to ``media_type`` (0 when none matches)."""
    kind, _, subtype = media_type.lower().partition("/")
    best, best_rank = 0.0, -1
    for r_kind, r_subtype, q in ranges:
        if r_kind == kind and r_subtype == subtype:
            rank = 2
        elif r_kind == kind and r_subtype == "*":
            rank = 1
        elif r_kind == "*" and r_subtype == "*":
            rank = 0
        else:
            continue
        if rank > best_rank:
            best, best_rank = q, rank
    return best


def choose(accept: str | None, offers: Sequence[str]) -> str | None:
    """The offer the Accept header prefers, or None when it accepts none of them (send 406)."""
    if not offers:
        return None
    ranges = parse_accept(accept)
    if not ranges:
        return offers[0]
    best, best_q = None, 0.0
    for offer in offers:
        q = quality(ranges, offer)
        if q > best_q:
            best, best_q = offer, q
    return best
