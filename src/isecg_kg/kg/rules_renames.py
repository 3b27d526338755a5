"""A body renamed or replaced by a successor that took over its seat: two bodies, each its own IRI, joined by a
W3C ORG change event (org:ChangeEvent, org:originalOrganization, org:resultingOrganization, dated by dcterms:date),
so that a question can ask the name a body had at a time.

Read from prose ("X was renamed Y in 2011", "Y replaced X on 1 April 2010", "the replacement of X by Y"), asides
("Y (formerly X)", "Y (until 2018 the X)", "X (now Y)", "Y ... (founding, as X)") and notes a table row calls with a
mark ("SSAU ²" ... "² Participating under the name NSAU; renamed in 2010": the row's body the new name)."""

from __future__ import annotations

import re
from dataclasses import replace

import pyoxigraph as ox

from .. import iris
from .context import Context, State
from .dates import find_dates
from .facts import Evidence
from .reference import Entity, Mention
from .rules_org import typed_date
from .text import ORG_LIKE, Sentence
from .vocab import term

_YEAR = r"(?:19|20)\d\d"
# The old name before, the new after: "X was renamed (as) Y", "X; renamed Y in 2011", "renamed in 2010" (of a note).
RENAMED_RE = re.compile(r"\b(?:renamed|re-named|rebranded|changed\s+(?:its|their)\s+names?\s+to)\b(?:\s+(?:as|to|into)\b)?",
                        re.I)
# The new before (or the note's body), the old after: "Y replaced X", "Y, which succeeded X", "taking over the
# participation of X", "Y assumed the seat previously held by X".
SUCCEEDED_RE = re.compile(r"\b(?:replac(?:ed|es|ing)|succe(?:eded|eds|eding)|supersed(?:ed|es|ing)|"
                          r"(?:took|takes|taking|assumed|assumes|assuming)\s+(?:over\s+)?(?:the\s+|its\s+)?"
                          r"(?:seat|participation|membership|place)\s+(?:(?:previously|formerly)\s+held\s+by|of)|"
                          r"seat\s+(?:previously|formerly)\s+held\s+by)\s+(?:the\s+)?", re.I)
# The old before, the new after: "X was replaced by Y", "the replacement of X by Y", "X, whose seat passed to Y".
PASSIVE_RE = re.compile(r"\b(?:(?:was|were|been|is)\s+(?:replaced|succeeded|superseded)\s+by|"
                        r"seat\s+(?:(?:was|has\s+been)\s+)?(?:passed|went|transferred)\s+to)\s+(?:the\s+)?", re.I)
REPLACEMENT_RE = re.compile(r"\breplacement\s+of\s+(?:the\s+)?", re.I)
# An aside giving a body's former name: "Y (formerly X)", "Y, previously X", "Y (until 2018 the X)", "(founding, as X)".
FORMER_ASIDE_RE = re.compile(rf"(?:\((?:[^()]{{0,30}}?,\s*)?|,\s*)(?:formerly|previously|(?:known\s+)?until\s+"
                             rf"(?:[A-Z][a-z]+\s+)?{_YEAR}(?:\s+as)?|as)\s+(?:the\s+)?", re.I)
# An aside giving a body's later name: "X (now Y)", "X (later Y)", "X (since 2010 Y)".
LATER_ASIDE_RE = re.compile(rf"\((?:now|later|since\s+{_YEAR}|renamed\s+(?:in\s+{_YEAR}\s+)?)\s+(?:the\s+)?", re.I)
# The name a body joined under, in a note on it: "Joined as X", "Participating since 2007 under the name X".
FORMER_NAME_RE = re.compile(r"\b(?:joined|participat\w+|member\s+since|admitted|founding)\b[^.;()]{0,40}?\b"
                            r"(?:as|under\s+the\s+name(?:\s+of)?)\s+(?:the\s+)?", re.I)
# Not a body's seat but a post: "CSA replaced JAXA as chair", "ESA succeeded NASA in the chair".
POST_RE = re.compile(r"\b(?:chair\w*|co-?chair\w*|lead|leads|led|presiden\w+|rapporteur|secretariat|host\w*)\b", re.I)
# A date that is the old body's own start, not the change: "(succeeding X, a member since 2007)".
OWN_START_RE = re.compile(r"\b(?:since|from|member\s+since)\s+$", re.I)


def _orgs(sentence: Sentence) -> list[Mention]:
    return [m for m in sentence.mentions if m.entity.type in ORG_LIKE]


def _at(mentions: list[Mention], pos: int) -> Entity | None:
    """The body named right at ``pos`` (its name starts there)."""
    return next((m.entity for m in mentions if pos <= m.start <= pos + 1), None)


def _before(mentions: list[Mention], pos: int, start: int = 0) -> Entity | None:
    """The last body named between ``start`` and ``pos``."""
    found = [m for m in mentions if start <= m.start and m.end <= pos]
    return found[-1].entity if found else None


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause around ``at``: after the last ";" (or a note's mark) before it, to the next ";" or ". "."""
    start = max(text.rfind(";", 0, at), text.rfind(". ", 0, at)) + 1
    end = re.search(r";|\.(?:\s|$)", text[at:])
    return start, at + end.start() if end else len(text)


def _change_date(text: str, verb: tuple[int, int]) -> str | None:
    """When a change happened: the first date of the verb's clause after it (not the old body's own "since 2007"),
    else the last one before it in the clause ("represented since 2010 by Y, which replaced X")."""
    start, end = _clause(text, verb[0])
    dates = find_dates(text[start:end])
    after = [d for d in dates if d.pos[0] + start >= verb[1] and not OWN_START_RE.search(text[start:start + d.pos[0]])]
    before = [d for d in dates if d.pos[1] + start <= verb[0]]
    return after[0].start if after else before[-1].start if before else None


def renames(ctx: Context, state: State, sentence: Sentence) -> None:
    """Each body renamed or replaced the sentence tells, with the date of the change when it gives one."""
    cut, state.cut_aside = state.cut_aside, None
    if cut is not None and cut.line is not sentence.line:  # "SNSA – ... Agency (until" / "2018 the ... Board)"
        shift = len(cut.text) + 1
        sentence = replace(sentence, text=f"{cut.text} {sentence.text}", mentions=[
            *cut.mentions, *(replace(m, start=m.start + shift, end=m.end + shift) for m in sentence.mentions)])
    elif sentence.text.count("(") > sentence.text.count(")"):
        state.cut_aside = sentence  # a table cell's line ends inside an aside: read it with the next line
        return
    text, orgs = sentence.text, _orgs(sentence)
    noted = state.marks.read(sentence, orgs)
    if len(orgs) + (noted is not None) < 2:
        return
    changes: dict[tuple[str, str], tuple[Entity, Entity, str | None]] = {}

    def change(old: Entity | None, new: Entity | None, date: str | None) -> None:
        if old is not None and new is not None and old.iri != new.iri:
            known = changes.get((old.iri, new.iri))
            changes[(old.iri, new.iri)] = (old, new, date or (known[2] if known else None))

    for m in RENAMED_RE.finditer(text):
        start, end = _clause(text, m.start())
        new = next((o.entity for o in orgs if m.end() <= o.start < end), None) or noted
        change(_before(orgs, m.start()), new, _change_date(text, m.span()))
    if not POST_RE.search(text):
        for m in SUCCEEDED_RE.finditer(text):
            start, _ = _clause(text, m.start())
            change(_at(orgs, m.end()), _before(orgs, m.start(), start) or noted, _change_date(text, m.span()))
        for m in PASSIVE_RE.finditer(text):
            change(_before(orgs, m.start()), _at(orgs, m.end()), _change_date(text, m.span()))
        for m in REPLACEMENT_RE.finditer(text):
            old = next((o for o in orgs if m.end() <= o.start <= m.end() + 1), None)
            by = re.match(r"\s*(?:\([^)]*\)\s*)?by\s+(?:the\s+)?", text[old.end:]) if old else None
            if by:
                change(old.entity, _at(orgs, old.end + by.end()), _change_date(text, m.span()))
    for m in FORMER_ASIDE_RE.finditer(text):
        date = find_dates(m.group())
        change(_at(orgs, m.end()), _before(orgs, m.start()), date[0].start if date else None)
    for m in LATER_ASIDE_RE.finditer(text):
        date = find_dates(m.group())
        change(_before(orgs, m.start()), _at(orgs, m.end()), date[0].start if date else None)
    for m in FORMER_NAME_RE.finditer(text):
        change(_at(orgs, m.end()), noted or _before(orgs, m.start()), None)  # the joining's date is not the change's
    evidence = sentence.evidence()
    for old, new, date in changes.values():
        change_event(ctx, old, new, date, evidence)


def change_event(ctx: Context, old: Entity, new: Entity, date: str | None, evidence: Evidence) -> None:
    """``old`` became ``new`` (renamed, or replaced by it in its seat) at ``date``: an org:ChangeEvent between them."""
    slug = lambda iri: iri.rsplit("/", 1)[-1]  # noqa: E731
    node = iris.entity(ctx.rec.base, "change", f"{slug(old.iri)} {slug(new.iri)}")
    fact = lambda s, p, o: ctx.rec.fact(s, p, o, "renamed", 0.8, evidence, date=date)  # noqa: E731
    fact(node, "rdf:type", term("org:ChangeEvent"))
    fact(node, "org:originalOrganization", old.iri)
    fact(node, "org:resultingOrganization", new.iri)
    fact(old.iri, "org:changedBy", node)
    fact(new.iri, "org:resultedFrom", node)
    if date:  # a dated change is an event of the bodies' history too ("UK Space Agency replaces BNSC", 1 April 2010)
        fact(node, "dcterms:date", typed_date(date))
        fact(node, "rdf:type", term("schema:Event"))
        fact(node, "schema:startDate", typed_date(date))
        fact(node, "skos:prefLabel", ox.Literal(f"{new.label} replaces {old.label}"))
