"""Bodies a text names by description, not by name: "the Italian agency", "the Korean institute", "the Japanese
space agency", "the New Zealand agency" — the one body of the gazetteer whose name holds the nationality's stem and, for a head noun other
than "agency", that noun ("Korea Aerospace Research Institute"); a space agency for "agency". None when two bodies
fit."""

from __future__ import annotations

import os
import re

from .reference import Gazetteer, Mention
from .vocab import ORGANIZATION_TYPES

DESCRIBED_RE = re.compile(r"\b[Tt]he\s+(?P<adj>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]{3,})\s+(?:space\s+|research\s+)?(?P<head>agency|institute|"
                          r"centre|center|organi[sz]ation|administration)\b")
STEM = 5  # "Japanese" and "Japan", "Korean" and "Korea", "Emirati" and "Emirates" share five letters
SPACE_AGENCY = "#SpaceAgency"
HEADS = {"agency": "agency", "institute": "institute", "centre": "cent", "center": "cent", "organisation": "organi",
         "organization": "organi", "administration": "administration"}


def _fits(adjective: str, name: str) -> bool:
    """Whether each word of the nationality ("Italian", "New Zealand") is a word of the name or shares its stem."""
    stem = os.path.commonprefix
    words = re.findall(r"[A-Z][a-z]+", name)
    return all(any(w == a or len(stem([w, a])) >= STEM for w in words) for a in adjective.split())


def described(gazetteer: Gazetteer, text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and the bodies ``text`` names by description where no mention stands, in text order."""
    found = list(mentions)
    for m in DESCRIBED_RE.finditer(text.replace("’", "'")):
        start, end = m.start("adj"), m.end()
        overlapping = [o for o in found if o.start < end and start < o.end]
        # a place the nationality names ("the Luxembourg agency") gives way; a body named there stays
        if any(o.entity.type in ORGANIZATION_TYPES or o.end > m.end("adj") for o in overlapping):
            continue
        head = HEADS[m.group("head").lower()]
        fits = {e.iri: e for e in gazetteer.by_iri.values() if e.type == "Organization"
                and (any(t.endswith(SPACE_AGENCY) for t in e.types) if head == "agency"
                     else any(head in n.lower() for n in e.names()))
                and any(_fits(m.group("adj"), n) for n in e.names())}
        if len(fits) == 1:
            found = [o for o in found if o not in overlapping]
            found.append(Mention(start, end, next(iter(fits.values())), text[start:end]))
    return sorted(found, key=lambda o: o.start)
