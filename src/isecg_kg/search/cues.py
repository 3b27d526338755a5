"""What a query says about the documents it wants, matched to the documents' own metadata.

"the 2013 roadmap", "the third edition", "the benefits paper", "in 2020", "the IAC-15 paper": a year
anywhere in the query, and a phrase naming a document, a noun of the kind documents are (roadmap,
paper, edition, report, ... and the corpus's own document types) with the words before it ("second GER
edition": an ordinal, an acronym, title words). Each document is scored 0..1 on the cues the query
gives, from its year, its title (ordinal, words and the acronyms of its title's phrases), its type and
its file name; the search adds that as a soft boost to the passages of the document.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..text import ORDINALS as ORDINAL_WORDS
from ..text import fold, words

# Nouns documents are named by.  The corpus's own document types are added to these.
DOCUMENT_NOUNS = frozenset("""
roadmap roadmaps edition editions supplement update paper papers report reports framework strategy scenario
release press statement study assessment version publication document article digest brochure
workshop newsletter news summary overview
""".split())
ORDINALS = {**ORDINAL_WORDS, "initial": 1, "inaugural": 1}
_ORDINAL_NUMBER = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
_YEAR = re.compile(r"(?<![\d.])(19[5-9]\d|20\d\d)(?![\d.])")
# A two-digit year tied to an acronym, as conference papers are cited: "IAC-15", "GLEX’12".
_SHORT_YEAR = re.compile(r"\b[A-Z]{2,}[-‐’']\s?(\d\d)\b")
_STOP = frozenset("""
a an the of in on for to and or by with from at as its their this that these those which what who whose
is are was were be been did do does how many much when where why according
""".split())
MODIFIERS = 4  # words before a document noun (or after "on"/"about"/"of") that may name the document
_TOPIC = frozenset({"on", "about", "of"})


@dataclass(frozen=True)
class _Profile:
    id: str
    year: int | None
    ordinal: int | None
    words: frozenset[str]  # folded words of title, type and file name
    acronyms: frozenset[str]


@dataclass(frozen=True)
class Cues:
    """The document cues of a query."""
    years: frozenset[int]
    ordinals: frozenset[int]
    words: tuple[str, ...]  # words of the phrases naming a document (nouns included)
    acronyms: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.years or self.ordinals or self.words or self.acronyms)


class DocumentCues:
    """Scores documents against the cues of a query (see the module doc)."""

    def __init__(self, documents):
        self._profiles = [_profile(d) for d in documents]
        self._nouns = DOCUMENT_NOUNS | {w for d in documents for w in words(d.type or "")}
        n = len(self._profiles)
        counts: dict[str, int] = {}
        for p in self._profiles:
            for w in p.words:
                counts[w] = counts.get(w, 0) + 1
        # A word of every title tells no document apart.
        self._idf = {w: math.log(n / c) for w, c in counts.items()}
        acronyms: dict[str, int] = {}
        for p in self._profiles:
            for a in p.acronyms:
                acronyms[a] = acronyms.get(a, 0) + 1
        self._acronym_idf = {a: math.log(n / c) for a, c in acronyms.items()}

    def cues(self, query: str) -> Cues:
        years = {int(y) for y in _YEAR.findall(query)} | {2000 + int(y) for y in _SHORT_YEAR.findall(query)}
        tokens = re.findall(r"[^\W_]+(?:[-‐’'][^\W_]+)*", query)
        ordinals, named, acronyms = set(), [], set()
        for i, token in enumerate(tokens):
            if fold(token) not in self._nouns:
                continue
            before = []
            for word in reversed(tokens[max(0, i - MODIFIERS):i]):
                if fold(word) in _STOP:
                    break
                before.append(word)
            # "the paper on the benefits of space exploration": the words after "on", "about", "of".
            after = []
            if i + 1 < len(tokens) and fold(tokens[i + 1]) in _TOPIC:
                after = [w for w in tokens[i + 2:i + 2 + MODIFIERS] if fold(w) not in _STOP]
            for word in [*before, token, *after]:
                folded = fold(word)
                number = _ORDINAL_NUMBER.match(folded)
                if folded in ORDINALS or number:
                    ordinals.add(ORDINALS.get(folded) or int(number.group(1)))
                elif word.isupper() and 2 <= len(word.split("-")[0]) <= 6:
                    acronyms.add(word.split("-")[0].lower())
                else:
                    named += [w for w in words(word) if not w.isdigit()]
        return Cues(frozenset(years), frozenset(ordinals), tuple(dict.fromkeys(named)), frozenset(acronyms))

    def scores(self, query: str) -> dict[str, float]:
        """{document id: 0..1}, the share of the query's document cues the document matches; empty
        when the query has no cue any document could match."""
        cues = self.cues(query)
        if not cues:
            return {}
        kinds: list[dict[str, float]] = []
        if cues.years & {p.year for p in self._profiles}:
            kinds.append({p.id: float(p.year in cues.years) for p in self._profiles})
        if cues.ordinals & {p.ordinal for p in self._profiles}:
            kinds.append({p.id: float(p.ordinal in cues.ordinals) for p in self._profiles})
        weights = {w: self._idf[w] for w in cues.words if self._idf.get(w)}
        weights.update({"@" + a: self._acronym_idf[a] for a in cues.acronyms if self._acronym_idf.get(a)})
        if weights:
            total = sum(weights.values())
            kinds.append({p.id: sum(v for w, v in weights.items()
                                    if (w[1:] in p.acronyms if w.startswith("@") else w in p.words)) / total
                          for p in self._profiles})
        if not kinds:
            return {}
        return {p.id: sum(k[p.id] for k in kinds) / len(kinds) for p in self._profiles}


def _profile(document) -> _Profile:
    title = document.title or ""
    found = [ORDINALS.get(w) or (int(m.group(1)) if (m := _ORDINAL_NUMBER.match(w)) else None) for w in words(title)]
    ordinal = next((o for o in found if o), None)
    name = _file_stem(document)
    name_words = set(words(title)) | set(words(document.type or "")) | set(words(name.replace("-", " ")))
    return _Profile(document.id, document.year, ordinal, frozenset(w for w in name_words if w not in _STOP),
                    frozenset(_acronyms(title)) | {w for w in words(name.replace("-", " ")) if len(w) <= 5})


def _file_stem(document) -> str:
    """The document's file name without folder or extension (its id carries the folder of a file
    ingested from outside the corpus folder)."""
    file = getattr(document, "file", None)
    return file.rsplit("/", 1)[-1].rsplit(".", 1)[0] if file else document.id


def _acronyms(title: str) -> set[str]:
    """Initials of every run of two to six capitalised words of a title ("Global Exploration Roadmap"
    -> "ger", "ge", "er"), and the capitalised acronyms it prints."""
    out = {w.lower() for w in re.findall(r"\b[A-Z]{2,6}\b", title)}
    for phrase in re.split(r"[^\w\s]|\b(?:of|the|for|and|from|to|on|in)\b", title):
        caps = [w for w in phrase.split() if w[:1].isupper()]
        for i in range(len(caps)):
            for j in range(i + 2, min(len(caps), i + 6) + 1):
                out.add("".join(w[0] for w in caps[i:j]).lower())
    return out
