"""Find the entities of the knowledge graph a question names: by label, alias or acronym,
in any case, with small misspellings, or as "<country> space agency".

Matching works on word n-grams of the question against every name of every entity
(label, aliases, acronym), normalised (case, accents, punctuation, a leading "the").
Exact matches win; a fuzzy match (rapidfuzz ratio) is accepted only for names long
enough that one wrong letter cannot turn one real name into another.  Overlapping
candidates are resolved longest and best first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..records import EntityRecord

# A fuzzy match needs this ratio (0..100) and a name of at least FUZZY_MIN_CHARS characters:
# "technology working grup" and "Canadian Space Agancy" link, "ASA" never becomes "ASI".
FUZZY_MIN_SCORE = 88.0
FUZZY_MIN_CHARS = 8
MAX_NGRAM = 10
# Words that are also acronyms of some body: linked only when written in capitals.
_COMMON_WORDS = {
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "for", "from", "has", "he", "in", "is", "it",
    "its", "me", "my", "no", "not", "of", "on", "or", "so", "the", "to", "up", "us", "was", "we", "who", "what",
    "when", "where", "which", "will", "with", "how", "many", "much", "did", "does", "plan", "work", "works", "one",
    "all", "any", "new", "year", "space", "agency", "group", "team", "rosa", "gap", "ger",
}
_AGENCY_DESCRIPTORS = ("space agency", "space agencies", "space organisation", "space organization",
                       "space administration", "space office", "agency")


# Coarse kinds the question shapes ask for, from the entity's type names; first match wins
# (a working group is a "unit" though it is also an organisation).
CATEGORIES = {
    "unit": {"workinggroup", "team", "organizationalunit", "group", "unit"},
    "event": {"event"},
    "tech": {"concept", "technology", "tech"},
    "document": {"creativework", "digitaldocument", "presentationdigitaldocument", "document", "doc", "report",
                 "presentation"},
    "place": {"place", "country", "city", "destination"},
    "person": {"person"},
    "org": {"spaceagency", "formalorganization", "organization", "organisation", "agency", "org"},
}


def normalise(text: str) -> str:
    """Lower case, no accents, words separated by single spaces, no leading article."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@dataclass(frozen=True)
class Mention:
    iri: str
    label: str
    type: str
    text: str  # as written in the question
    start: int  # character offsets in the question
    end: int
    score: float  # 100 exact, less for fuzzy
    category: str | None = None  # org, unit, tech, event, document, place, person (see CATEGORIES)

    def to_dict(self) -> dict:
        return {"iri": self.iri, "label": self.label, "type": self.type, "text": self.text,
                "start": self.start, "end": self.end, "score": round(self.score, 1), "category": self.category}


_TOKEN = re.compile(r"[A-Za-zÀ-ÿ0-9][\w'’&\-]*")


def cited_by_genre(entities: list[EntityRecord], documents: dict[str, tuple[str, list[int], str | None]],
                   genres: list[tuple[str, str]]) -> list[EntityRecord]:
    """``entities`` with each corpus document also named as people cite it, by its genre and year (its own, and
    any its title names): "the 2022 gap assessment", "the annual report 2019", "the 2017 white paper"
    (``documents``: IRI -> (title, years, type);
    ``genres``: (slug, pattern) of the genre words a title may hold, most specific first; a title with none, its
    type's words).  A name two documents would share names neither."""
    names: dict[str, set[str]] = {}
    for iri, (title, years, kind) in documents.items():
        found = next((m.group().lower() for _, pattern in genres if (m := re.search(pattern, title, re.I))),
                     kind.replace("-", " ") if kind else None)
        if found is None:
            continue
        words = found.split()
        named = {*years, *map(int, re.findall(r"\b(?:19|20)\d\d\b", title))}
        for phrase in (" ".join(words[i:]) for i in range(len(words))):  # "technology gap assessment", "gap ..."
            for year in sorted(named):
                for name in (f"{year} {phrase}", f"{phrase} {year}", f"{phrase} of {year}"):
                    names.setdefault(name, set()).add(iri)
    extra: dict[str, list[str]] = {}
    for name, owners in names.items():
        if len(owners) == 1:
            extra.setdefault(next(iter(owners)), []).append(name)
    return [EntityRecord(e.iri, e.label, e.type, e.types, [*e.aliases, *extra[e.iri]], e.acronym)
            if e.iri in extra else e for e in entities]


class EntityLinker:
    """Links question text to entities ``{"iri","label","type","aliases","acronym"}``.

    ``countries`` (optional) maps an organisation's IRI to the labels of its countries,
    so that "Japan space agency" finds JAXA.
    """

    def __init__(self, entities: list[EntityRecord], *, countries: dict[str, list[str]] | None = None):
        self.entities = {e.iri: e for e in entities}
        self._names: list[str] = []
        self._owners: list[tuple[str, bool]] = []  # (iri, name is an acronym)
        for e in entities:
            acronym = e.acronym
            for name in {e.label, *e.aliases, acronym or ""}:
                key = normalise(name)
                if key:
                    self._names.append(key)
                    self._owners.append((e.iri, name == acronym or _looks_like_acronym(name)))
        self._exact: dict[str, list[int]] = {}
        for i, key in enumerate(self._names):
            self._exact.setdefault(key, []).append(i)
        self._fuzzy_names = [n if len(n) >= FUZZY_MIN_CHARS else "" for n in self._names]
        self._prefixes = {" ".join(n.split()[:j]) for n in self._names for j in range(1, len(n.split()) + 1)}
        self._agency_of_country: dict[str, list[str]] = {}
        for iri, labels in (countries or {}).items():
            for label in labels:
                self._agency_of_country.setdefault(normalise(label), []).append(iri)

    def link(self, question: str, *, fuzzy: bool = True) -> list[Mention]:
        """The entities ``question`` names; ``fuzzy=False`` takes exact names only (fast, for
        running text: an n-gram stops growing once no name starts with it)."""
        tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(question)]
        keys = [normalise(t[0]) if t[0].lower() != "the" else "the" for t in tokens]
        candidates: list[Mention] = []
        for i in range(len(tokens)):
            if keys[i] in ("the", ""):  # normalise() drops a leading "the": "the TWG" would shadow "TWG"
                continue
            for n in range(1, min(MAX_NGRAM, len(tokens) - i) + 1):
                key = " ".join(k for k in keys[i:i + n] if k)
                if not fuzzy and key not in self._prefixes:
                    break
                start, end = tokens[i][1], tokens[i + n - 1][2]
                loose = fuzzy and keys[i] not in _COMMON_WORDS and keys[i + n - 1] not in _COMMON_WORDS
                candidates.extend(self._match(question, key, start, end, fuzzy=loose))
        return _resolve(candidates)

    def _match(self, question: str, key: str, start: int, end: int, *, fuzzy: bool) -> list[Mention]:
        text, found = question[start:end], []
        # A common word names a body only when written as a name of its own ("the Agency" for ESA): not
        # "agency", nor the last word of another name ("the Peruvian Space Agency").
        tail = re.search(r"\b[A-Z][\w\-]*\s+$", question[:start]) is not None
        for i in self._exact.get(key, []):
            iri, is_acronym = self._owners[i]
            if key in _COMMON_WORDS and (text.islower() or tail or is_acronym and not text.isupper()):
                continue
            found.append(self._mention(iri, text, start, end, 100.0))
        if not found and fuzzy and len(key) >= FUZZY_MIN_CHARS:
            numbers = re.findall(r"\d+", key)
            for name, score, i in process.extract(key, self._fuzzy_names, scorer=fuzz.ratio,
                                                  score_cutoff=FUZZY_MIN_SCORE, limit=3):
                if re.findall(r"\d+", name) == numbers:  # a typo, not another year ("2022 supplement": not 2020's)
                    found.append(self._mention(self._owners[i][0], text, start, end, score))
        if not found:
            for descriptor in _AGENCY_DESCRIPTORS:
                if key.endswith(" " + descriptor):
                    for iri in self._agency_of_country.get(key[: -len(descriptor) - 1], []):
                        found.append(self._mention(iri, text, start, end, 100.0))
                    break
        return found

    def _mention(self, iri: str, text: str, start: int, end: int, score: float) -> Mention:
        e = self.entities[iri]
        return Mention(iri=iri, label=e.label or iri, type=e.type, text=text,
                       start=start, end=end, score=score, category=category(e))


def category(entity: EntityRecord) -> str | None:
    """The coarse kind of an entity, from its type names (class local names or short words)."""
    names = {re.split(r"[#/:]", t)[-1].lower() for t in [entity.type, *entity.types] if t}
    for cat, words in CATEGORIES.items():
        if names & words:
            return cat
    return None


def _looks_like_acronym(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&\-]{1,9}", name))


def _resolve(candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: exact matches first (longest first), then fuzzy ones (best
    first, so "Technology Working Grup" wins over "Technology Working Grup plan"); ties keep
    every entity (one name, several entities) so the caller can see the ambiguity."""
    chosen: list[Mention] = []
    def order(m: Mention):
        # an event named by a clause ("Australian Space Agency, established") yields to the names within it: the
        # text names the body, which is what a question for bodies asks
        clause = m.category == "event" and "," in m.text
        return (int(clause), -(m.end - m.start), m.start) if m.score >= 100 else \
            (2, -m.score, -(m.end - m.start), m.start)

    for m in sorted(candidates, key=order):
        overlaps = [c for c in chosen if m.start < c.end and c.start < m.end]
        if overlaps:
            same_span = all(c.start == m.start and c.end == m.end and c.score == m.score for c in overlaps)
            if not same_span or any(c.iri == m.iri for c in overlaps):
                continue
        chosen.append(m)
    return sorted(chosen, key=lambda m: (m.start, m.iri))
