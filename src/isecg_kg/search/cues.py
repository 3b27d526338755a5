"""What a query says about the documents it wants, matched to the documents' own metadata.

"the 2013 roadmap", "the third edition", "the benefits paper", "in 2020", "the IAC-15 paper": a year
anywhere in the query, and a phrase naming a document, a noun of the kind documents are (roadmap,
paper, edition, report, ... and the corpus's own document types) with the words before it ("second GER
edition": an ordinal, an acronym, title words). Each document is scored 0..1 on the cues the query
gives, from its year, its title (ordinal, words and the acronyms of its title's phrases), its type and
its file name; the search adds that as a soft boost to the passages of the document.

All cues of a query go into one pool, each weighted by how few documents it fits (its inverse
document frequency over the corpus's metadata), and a document scores the weight it matches over the
pool's total: so in "the 2013 scenario" the year, which fits two documents, counts as much as a title
word that fits two.  The noun a phrase is built on counts half: "the 2013 roadmap", "the benefits
paper", "the third edition" — the words before the noun tell which document, the noun mostly what
kind of document.  A word right before the noun that fits no document ("a single reference
scenario") still counts in the total, as a word of one document would: the phrase then names
something the documents' metadata does not show, and a document fitting only its noun gets a share
of the boost, not all of it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from ..text import ORDINALS as ORDINAL_WORDS
from ..text import fold, words

# Nouns documents are named by.  The corpus's own document types are added to these.
DOCUMENT_NOUNS = frozenset("""
roadmap roadmaps edition editions supplement update paper papers report reports framework strategy scenario
release press statement study assessment version publication document article digest brochure
workshop newsletter news summary overview refresh revision
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
# The clause naming the source a query is asked of ("..., according to the thesis").
SOURCE = re.compile(r"\b(?:according to|as (?:stated|reported|described|told|given) (?:in|by))\b([^,;:?!]+)",
                     re.IGNORECASE)
MODIFIERS = 4  # words before a document noun (or after "on"/"about"/"of") that may name the document
_TOPIC = frozenset({"on", "about", "of"})
NOUN_WEIGHT = 0.5  # a document noun's share of its idf (see the module doc)


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
    nouns: frozenset[str] = frozenset()  # the words of ``words`` that are document nouns
    phrase: tuple[str, ...] = ()  # the query's words (as written) in the phrases naming a document
    modifiers: tuple[str, ...] = ()  # the words of ``phrase`` right before a document noun

    def __bool__(self) -> bool:
        return bool(self.years or self.ordinals or self.words or self.acronyms)


class DocumentCues:
    """Scores documents against the cues of a query (see the module doc)."""

    def __init__(self, documents):
        self._profiles = [_profile(d) for d in documents]
        self._nouns = DOCUMENT_NOUNS | {w for d in documents for w in words(d.type or "")}
        n = len(self._profiles)
        # A word of every title tells no document apart (idf 0).
        self._idf = _idf([w for p in self._profiles for w in p.words], n)
        self._acronym_idf = _idf([a for p in self._profiles for a in p.acronyms], n)
        self._year_idf = _idf([p.year for p in self._profiles if p.year is not None], n)
        self._ordinal_idf = _idf([p.ordinal for p in self._profiles if p.ordinal is not None], n)
        self._unfit_weight = math.log(n) if n else 0.0

    def cues(self, query: str) -> Cues:
        """The cues of the clause naming the query's source, if it has one that gives cues ("..., according
        to the thesis": a document noun elsewhere, "the first edition of the roadmap", names what that source
        speaks of) when some document fits them ("according to NASA" names none), else of the whole query."""
        source = SOURCE.search(query)
        if not source:
            return self._cues(query)
        cues = self._cues(source.group(1), whole=True)
        fitting = [p for p in self._profiles if p.year in cues.years or any(_fits(p, w) for w in cues.phrase)]
        if not fitting:
            return self._cues(query)
        # A source of several documents' kind ("according to the annual report"): a year elsewhere tells which.
        return replace(cues, years=_years(query)) if len(fitting) > 1 and not cues.years else cues

    def _cues(self, query: str, whole: bool = False) -> Cues:
        """``whole``: the whole of ``query`` names a document, its last word too being a noun for one ("the
        thesis", "the encyclopedia")."""
        years = _years(query)
        spans = list(re.finditer(r"[^\W_]+(?:[-‐’'][^\W_]+)*", query))
        tokens = [m.group() for m in spans]
        ordinals, named, acronyms, nouns, phrase, modifiers = set(), [], set(), set(), [], []
        for i, token in enumerate(tokens):
            if not (whole and i == len(tokens) - 1) and (fold(token) not in self._nouns
                                                         or self._inside_name(query, spans, i)):
                continue
            nouns.update(words(token))
            before = []
            for word in reversed(tokens[max(0, i - MODIFIERS):i]):
                if fold(word) in _STOP:
                    break
                before.append(word)
            # "the paper on the benefits of space exploration": the words after "on", "about", "of".
            after = []
            if i + 1 < len(tokens) and fold(tokens[i + 1]) in _TOPIC:
                after = [w for w in tokens[i + 2:i + 2 + MODIFIERS] if fold(w) not in _STOP]
            phrase += [*before, token, *after]
            modifiers += before
            for word in [*before, token, *after]:
                kind, value = _word_cue(word)
                if kind == "ordinal":
                    ordinals.add(value)
                elif kind == "acronym":
                    acronyms.add(value)
                elif kind == "words":  # a year counts from anywhere in the query (above)
                    named += [w for w in value if not w.isdigit()]
        return Cues(years, frozenset(ordinals), tuple(dict.fromkeys(named)), frozenset(acronyms),
                    frozenset(nouns), tuple(dict.fromkeys(phrase)), tuple(dict.fromkeys(modifiers)))

    def _inside_name(self, query: str, spans: list[re.Match], i: int) -> bool:
        """Whether the capitalised document noun ``spans[i]`` runs on into a longer name ("the Exploration
        Roadmap Working Group", "the Strategy Team"): the name is then a group's or a body's, not a
        document's.  Another document noun, a year or an acronym after it still names a document ("the
        Global Exploration Roadmap Supplement")."""
        if i + 1 >= len(spans) or not spans[i].group()[:1].isupper() or query[spans[i].end():spans[i + 1].start()] != " ":
            return False
        following = spans[i + 1].group()
        return (following[:1].isupper() and not following.isupper() and fold(following) not in self._nouns
                and not _YEAR.fullmatch(following))

    def naming(self, query: str) -> list[str]:
        """The words of the query's document-naming phrases that some document's metadata fits
        ("2013", "second", "GER", "benefits" in "the second GER edition of 2013", "the benefits
        paper"): they are what the document boost scores; they tell nothing about which of a document's
        passages answers."""
        phrase = self.cues(query).phrase
        return [word for word in phrase if any(_fits(profile, word) for profile in self._profiles)]

    def scores(self, query: str) -> dict[str, float]:
        """{document id: 0..1}, the idf-weighted share of the query's document cues the document
        matches; empty when the query has no cue any document could match."""
        cues = self.cues(query)
        if not cues:
            return {}
        pool: list[tuple[float, Callable[[_Profile], bool]]] = []
        pool += [(self._year_idf[y], lambda p, y=y: p.year == y) for y in cues.years if self._year_idf.get(y)]
        pool += [(self._ordinal_idf[o], lambda p, o=o: p.ordinal == o) for o in cues.ordinals
                 if self._ordinal_idf.get(o)]
        pool += [(self._idf[w] * (NOUN_WEIGHT if w in cues.nouns else 1.0), lambda p, w=w: w in p.words)
                 for w in cues.words if self._idf.get(w)]
        pool += [(self._acronym_idf[a], lambda p, a=a: a in p.acronyms) for a in cues.acronyms
                 if self._acronym_idf.get(a)]
        total = sum(weight for weight, _ in pool)
        # A modifier no document's metadata fits ("a single reference scenario") says the phrase names
        # something other than these documents: it counts in the total as a word of one document would.
        total += self._unfit_weight * sum(not any(_fits(p, w) for p in self._profiles) for w in cues.modifiers
                                          if _word_cue(w)[0] != "words" or words(w))
        if not total:
            return {}
        return {p.id: sum(weight for weight, fits in pool if fits(p)) / total for p in self._profiles}


def _years(text: str) -> frozenset[int]:
    return frozenset({int(y) for y in _YEAR.findall(text)} | {2000 + int(y) for y in _SHORT_YEAR.findall(text)})


def _idf(values: list, n: int) -> dict:
    """value -> log(n / documents with it) (``values``: each document's, each once)."""
    counts: dict = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return {v: math.log(n / c) for v, c in counts.items()}


def _profile(document) -> _Profile:
    title = " ".join(filter(None, (document.title, document.label)))  # (and the file's name for it)
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


def _word_cue(word: str) -> tuple[str, Any]:
    """What a word of a document-naming phrase names: ("ordinal", 2), ("year", 2013), ("acronym", "ger")
    or ("words", its folded words)."""
    folded = fold(word)
    number = _ORDINAL_NUMBER.match(folded)
    if folded in ORDINALS or number:
        return "ordinal", ORDINALS.get(folded) or int(number.group(1))  # type: ignore[union-attr]
    if _YEAR.fullmatch(word):
        return "year", int(word)
    if word.isupper() and 2 <= len(word.split("-")[0]) <= 6:
        return "acronym", word.split("-")[0].lower()
    return "words", words(word)


def _fits(profile: _Profile, word: str) -> bool:
    """Whether a word of a document-naming phrase fits the document's metadata."""
    kind, value = _word_cue(word)
    if kind == "ordinal":
        return profile.ordinal == value
    if kind == "year":
        return profile.year == value
    if kind == "acronym":
        return value in profile.acronyms
    return bool(value) and all(w in profile.words for w in value)


def without(query: str, names: list[str]) -> str:
    """``query`` less the words ``names`` (as written in it)."""
    for name in names:
        query = re.sub(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", " ", query)
    return re.sub(r"\s+", " ", query).strip()
