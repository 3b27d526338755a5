"""The events a document names, by name and start date: meetings recur under one name, so each
dated occurrence is its own entity ("ISECG meeting" of May and of November)."""

from __future__ import annotations

import re

import pyoxigraph as ox

from .dates import compatible, find_dates
from .facts import Evidence, Recorder
from .reference import Entity, name_key


class Events:
    def __init__(self, recorder: Recorder):
        self.recorder = recorder
        self._dated: dict[str, list[tuple[str, str]]] = {}  # name key -> [(start date or "", iri)]
        self.starts: dict[str, str] = {}  # event IRI -> the start date the document gives it
        self.ends: dict[str, str] = {}  # event IRI -> its end date, when the document gives one
        self.record: Entity | None = None  # the meeting a record or minutes is of (its head's date, place, host)

    def _entity(self, iri: str) -> Entity:
        return self.recorder.gazetteer.by_iri[iri]

    def named(self, name: str, text: str, evidence: Evidence, *, acronym: str | None = None) -> Entity:
        """The event ``name`` of the sentence ``text``: the known occurrence its date fits, or a new one."""
        name = re.sub(r"\s+(?:19|20)\d\d$", "", name)
        if acronym and re.search(r"(?:19|20)\d\d$", acronym) and not re.search(r"\d{4}", name):
            acronym = re.sub(r"\s*(?:19|20)\d\d$", "", acronym)
        key = name_key(re.sub(r"^\d+(?:st|nd|rd|th)\s+", "", name))
        dates = [d for d in find_dates(text) if d.pos[0] >= text.find(name)]
        start = dates[0].start if dates else ""
        for known_start, iri in self._dated.get(key, []):
            if not start or not known_start or compatible(start, known_start):
                known = self._entity(iri)
                if acronym and not known.acronym:
                    known.acronym = acronym
                    self.recorder.gazetteer.add_name(acronym, known)
                    self.recorder.fact(iri, "isecg:acronym", ox.Literal(acronym), "named-event", 0.85, evidence)
                return known
        year = start[:4] if start else ""
        entity = self.recorder.define(name, "Event", evidence, acronym=acronym, rule="named-event", confidence=0.85,
                                      slug=f"{name} {year}".strip(), lookup=False)
        self._dated.setdefault(key, []).append((start, entity.iri))
        return entity

    def edition(self, event: Entity, date: str | None) -> Entity:
        """The event named like ``event`` whose date fits ``date``."""
        for dated in self._dated.values():
            if any(iri == event.iri for _, iri in dated) and date:
                for start, iri in dated:
                    if start and compatible(start, date):
                        return self._entity(iri)
        return event

    def occurrence(self, event: Entity, date: str | None, evidence: Evidence) -> Entity:
        """``event``, or, when the document dated it already to another day or month, the occurrence of its name on
        ``date`` ("1. Senior managers meeting, Rome, 14–15 June 2022 ..." / "2. Senior managers meeting, Paris, 17
        September 2022 ...": two meetings of one name)."""
        known = self.starts.get(event.iri)
        if not date or not known or compatible(known, date):
            return event
        key = name_key(event.label)
        for start, iri in self._dated.get(key, []):
            if start and compatible(start, date):
                return self._entity(iri)
        entity = self.recorder.define(event.label, "Event", evidence, rule="named-event", confidence=0.8,
                                      slug=f"{event.label} {date}", lookup=False)
        self._dated.setdefault(key, []).append((date, entity.iri))
        return entity

    def on(self, date: str) -> Entity | None:
        """The event of this document that starts on ``date``, if it names one."""
        return next((self._entity(iri) for dated in self._dated.values() for start, iri in dated if start == date),
                    None)

    def recorded(self, date: str) -> Entity | None:
        """The meeting the document is a record of, when it starts on ``date`` (its head gave those days): the
        gathering a sentence of the record tells on them ("The 18th ISECG plenary meeting was held on 8–10 November")
        whatever noun it names it by."""
        record = self.record
        return record if record is not None and len(date) == 10 and self.starts.get(record.iri) == date else None

    def of_kind(self, date: str, noun: str, place: Entity | None = None) -> Entity | None:
        """The event of this document whose name ends in ``noun`` ("meeting") and whose start fits
        ``date`` at month or day precision: a meeting a table lists and a sentence tells. One held at ``place`` is
        it whatever its noun: a table's "ISECG meeting, Montreal, 14–15 November" is "the plenary in Montreal on 15
        November", its "Third meeting, Rome, 3–4 June" is "the Rome meeting of June"."""
        located = {f.s for f in self.recorder.result.facts if place is not None and f.p == "schema:location"
                   and f.o == place.iri}
        for iri, start in self.starts.items():
            during = len(date) == len(start) == len(self.ends.get(iri, "")) and start <= date <= self.ends[iri]
            if len(start) >= 7 and len(date) >= 7 and (compatible(start, date) or during) \
                    and (self._entity(iri).label.lower().split()[-1] == noun.lower() or iri in located):
                return self._entity(iri)
        return None

    def by_acronym(self, acronym: str, year: int | None) -> Entity | None:
        """"IAC" of 2022: the congress a paper code "IAC-22,..." belongs to."""
        for dated in self._dated.values():
            for start, iri in dated:
                event = self._entity(iri)
                if event.acronym == acronym and year and start.startswith(str(year)):
                    return event
        return None
