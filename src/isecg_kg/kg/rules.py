"""Relation rules: tables, lists and sentence patterns turned into typed facts.

A rule is a function ``rule(ctx, state, sentence) -> bool`` that looks at one sentence (or table
row) with its gazetteer mentions, the section it is in (``State.owner``: the group or body the
heading names, the subject of sentences that name none) and a little context (the event the
paragraph is about, an open member table), records facts through ``ctx.rec`` and returns True
when the sentence is used up (a table row, a heading): the rules after it are not tried.
``RULES`` lists them in the order they run; adding a rule is one function and one entry there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import pyoxigraph as ox

from .. import iris
from ..ingest.model import Document
from .dates import find_dates
from .events import Events
from .facts import Recorder
from .reference import Entity, Mention
from .text import DocumentText, Line, Sentence, clean_name
from .vocab import ORGANIZATION_TYPES, term

ORG_LIKE = tuple(ORGANIZATION_TYPES)
NOT_SUBJECT_BEFORE = re.compile(r"(?:\b(by|with|from|at|of|to|for|and|in|within|on|about|into|thank|among|amongst|"
                                r"including|between|than|like|as)\s+(?:the\s+|their\s+|its\s+)?|\(\s*)$", re.I)
WORK_RE = re.compile(r"\b(develop\w*|lead(?:s|ing)?|lead the|works? on|working on|focus(?:es|ed|ing)? on|assess\w*|"
                     r"gap assessment|analys\w*|analyz\w*|investigat\w*|stud(?:y|ies|ying)|research\w*|invest\w* in|"
                     r"responsible for|contribut\w* to|provid\w*|demonstrat\w*|build(?:s|ing)?|test(?:s|ing)?|"
                     r"mature\w*|maturing|advanc(?:e|es|ing))\b", re.I)
COLLAB_RE = re.compile(r"\b(?:working with|works? with|jointly with|together with|in (?:close )?(?:cooperation|"
                       r"collaboration|partnership|coordination) with|with (?:contributions|support|participation) "
                       r"(?:from|of)|partner(?:s|ing|ed)? with|collaborat\w* with|cooperat\w* with)\b", re.I)
FOCUS_RE = re.compile(r"\b(?:focus(?:es|ed|ing)?\s+(?:\w+\s+)?on|exploration of|missions? to|destined for|"
                      r"targeting|return(?:ing)? to|journey to)\b", re.I)
PLAN_RE = re.compile(r"\b(?:(?:the|a|an|its|their)\s+)?((?:[\w\-]+\s+){0,3}?[\w\-]+)(?:\s+\([^)]*\))?\s+(?:is\s+|are\s+)?"
                     r"(?:planned|scheduled|foreseen|expected)\s+(?:for|in|during)\s+(?:the\s+)?(?:early\s+|mid-?\s*|"
                     r"late\s+)?((?:19|20)\d\d)\b", re.I)
MEMBER_RE = re.compile(r"\bmember(?:ship|s)?\b", re.I)
JOIN_RE = re.compile(r"\b(joined|became (?:a )?members? of|was admitted to|were admitted to)\b", re.I)
LED_BY_RE = re.compile(r"\b(?:led|coordinated|chaired|co-chaired|headed|managed)\s+by\s+(?:the\s+)?", re.I)
HOST_RE = re.compile(r"\b(?:hosted|organi[sz]ed|convened)\s+by\b", re.I)
HOSTING_RE = re.compile(r"\b(?:host(?:s|ed|ing)?|organi[sz](?:es|ed|ing)|convene[sd]?)\b", re.I)
PUBLISH_RE = re.compile(r"\b(published|released|issued)\b", re.I)
PRESENT_RE = re.compile(r"\bpresented\b", re.I)


@dataclass
class Context:
    """What rules read and write: the document, its text units, the fact recorder, its events."""
    doc: Document
    text: DocumentText
    rec: Recorder
    events: Events


@dataclass
class State:
    line: Line | None = None
    owner: Entity | None = None
    table: dict | None = None  # open member table: {"org", "period", "country" (of the rows below), "rows"}
    event: Entity | None = None  # the event the current paragraph or list item is about
    list_event: Entity | None = None  # an event list item waiting for its place and date line
    units_of: str | None = None  # under "<BODY> Working Groups": the body the groups below belong to


Rule = Callable[[Context, State, Sentence], "bool | None"]


def _section(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A new line: a heading opens a section (its body or group owns the sentences below); headings
    are used up here."""
    if sentence.line is not state.line:
        _new_line(ctx, state, sentence)
    sentence.owner = state.owner
    return sentence.line.heading


def _list_event_details(ctx: Context, state: State, sentence: Sentence) -> bool:
    return state.list_event is not None and _event_details(ctx, state, sentence)


def _new_line(ctx: Context, state: State, sentence: Sentence) -> None:
    line = state.line = sentence.line
    state.event = None
    if not line.heading:
        return
    mentions = ctx.rec.gazetteer.find(line.text)
    groups = [m.entity for m in mentions if m.entity.type in ORG_LIKE]
    state.owner = groups[0] if groups else None
    members = re.match(r"^(.*?)\bMembers\b(.*)$", line.text)
    if members:
        body = next((g for g in groups if g.type == "Organization"), None)
        dates = find_dates(members.group(2))
        period = dates[-1].start if dates else (str(ctx.doc.year) if ctx.doc.year else None)
        state.table = {"org": body, "period": period, "country": None, "rows": 0} if body and period else None
        state.owner = None
    if re.match(r"^(Annex|Chapter|\d+\s)", line.text):
        state.units_of = None
    # "ISECG Working Groups": the groups whose sections follow are its units.
    if re.search(r"\bWorking Groups\b|\bTeams\b", line.text) and groups and groups[0].type == "Organization":
        state.owner = None
        state.units_of = groups[0].iri
    elif state.units_of and groups and groups[0].type in ("WorkingGroup", "Team"):
        evidence = sentence.evidence()
        for group in groups:
            if group.type in ("WorkingGroup", "Team"):
                ctx.rec.fact(group.iri, "org:unitOf", state.units_of, "section-of-units", 0.8, evidence)
    state.list_event = None


def _member_table(ctx: Context, state: State, sentence: Sentence) -> bool:
    """Rows of an open member table are used up here."""
    if state.table is None or not _table_row(ctx, state, sentence):
        return False
    state.line = sentence.line
    return True


def _table_row(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A row of a member table: a country line, or a "Full Name (ACRONYM)" line of the current country."""
    text = sentence.line.text
    table = state.table
    if sentence.text != text or len(text.split()) > 14 or text.endswith(".") or re.match(r"^(Annex|Chapter)\b", text):
        state.table = None
        return False
    country = ctx.rec.gazetteer.lookup(re.sub(r"\s*\([^)]*\)\s*$", "", text))
    evidence = sentence.evidence()
    if country and country.type in ("Country", "Place"):
        table["country"] = country
        return True
    row = re.fullmatch(r"[-•]?\s*(.+?)\s*(?:\(([^()]+)\))?", text)
    member = ctx.rec.gazetteer.lookup(row.group(2)) if row.group(2) else None
    if member is None:
        member = ctx.rec.gazetteer.lookup(clean_name(row.group(1)))
    if member is None or member.type != "Organization":
        if table["rows"]:  # the first line that is no row after some rows: the table has ended
            state.table = None
            return False
        return True
    table["rows"] += 1
    _membership(ctx, member, table["org"], table["period"], evidence, "member-table", 0.95)
    if table["country"]:
        ctx.rec.fact(member.iri, "isecg:country", table["country"].iri, "member-table", 0.95, evidence)
    return True


def _membership(ctx: Context, member: Entity, body: Entity, period: str, evidence, rule: str,
                confidence: float) -> None:
    if member.iri == body.iri or member.type != "Organization":
        return
    base = ctx.rec.base
    period_iri = iris.entity(base, "period", period)
    node = iris.entity(base, "membership", f"{member.iri.rsplit('/', 1)[-1]} {body.iri.rsplit('/', 1)[-1]} {period}")
    ctx.rec.fact(member.iri, "org:memberOf", body.iri, rule, confidence, evidence)
    ctx.rec.fact(node, "rdf:type", term("org:Membership"), rule, confidence, evidence)
    ctx.rec.fact(node, "org:member", member.iri, rule, confidence, evidence)
    ctx.rec.fact(node, "org:organization", body.iri, rule, confidence, evidence)
    ctx.rec.fact(node, "org:memberDuring", period_iri, rule, confidence, evidence)
    ctx.rec.fact(period_iri, "rdf:type", term("time:ProperInterval"), rule, 1.0, None)
    ctx.rec.fact(period_iri, "rdfs:label", ox.Literal(period), rule, 1.0, None)


def _org_country_pairs(ctx: Context, text: str, mentions: list[Mention]):
    """(organisation, country) from "CNES (France)" and "ASA and CSIRO (Australia)"."""
    pending: list[Entity] = []
    previous_end = 0
    for m in mentions:
        gap = text[previous_end:m.start]
        if m.entity.type in ORG_LIKE:
            if not re.fullmatch(r"\s*(?:,|and|&)?\s*", gap):
                pending = []
            pending.append(m.entity)
        elif m.entity.type in ("Country", "Place") and re.fullmatch(r"\s*\(\s*", gap) \
                and re.match(r"\s*\)", text[m.end:]):
            for org in pending:
                yield org, m.entity
            pending = []
        else:
            pending = []
        previous_end = m.end


def _countries(ctx: Context, state: State, sentence: Sentence) -> None:
    evidence = None
    for org, country in _org_country_pairs(ctx, sentence.text, sentence.mentions):
        evidence = evidence or sentence.evidence()
        ctx.rec.fact(org.iri, "isecg:country", country.iri, "org-country", 0.85, evidence)


def _memberships(ctx: Context, state: State, sentence: Sentence) -> None:
    """"By the end of 2022, ISECG membership counted 27 organisations¹" (members in the footnote),
    "X and Y joined ISECG in 2021", "the members of ISECG in 2022 are X, Y and Z"."""
    text = sentence.text
    if not (MEMBER_RE.search(text) or JOIN_RE.search(text)):
        return
    dates = [d for d in find_dates(text)]
    if not dates:
        return
    period = str(dates[0].year)
    bodies = [m for m in sentence.mentions if m.entity.type == "Organization"]
    evidence = sentence.evidence()
    join = JOIN_RE.search(text)
    if join:
        body = next((m.entity for m in bodies if m.start > join.end()), None)
        members = [m.entity for m in sentence.mentions if m.entity.type in ORG_LIKE and m.start < join.start()]
        for member in members if body else []:
            _membership(ctx, member, body, period, evidence, "joined", 0.85)
        return
    if not bodies:
        return
    body = bodies[0].entity
    if sentence.footnote:
        footnote = sentence.footnote
        note_mentions = ctx.rec.gazetteer.find(footnote)
        note_evidence = ctx.text.footnote_evidence(footnote, sentence)
        for m in note_mentions:
            if m.entity.type in ORG_LIKE and m.entity.iri != body.iri and not re.match(r"\s*\)", footnote[m.end:]):
                _membership(ctx, m.entity, body, period, note_evidence, "member-footnote", 0.9)
        for org, country in _org_country_pairs(ctx, footnote, note_mentions):
            ctx.rec.fact(org.iri, "isecg:country", country.iri, "org-country", 0.85, note_evidence)
        return
    listed = re.search(r"\bmembers?\b[^.]*?\b(?:are|were|include|included|including|:)\s", text)
    if listed:
        for m in sentence.mentions:
            if m.start > listed.end() and m.entity.type in ORG_LIKE:
                _membership(ctx, m.entity, body, period, evidence, "member-list", 0.8)


def _units(ctx: Context, state: State, sentence: Sentence) -> None:
    """"The BTT is a new ISECG tiger team", "ISECG's Technology Working Group", "the TWG of ISECG"."""
    text = sentence.text
    evidence = None
    for m in sentence.mentions:
        if m.entity.type not in ("WorkingGroup", "Team"):
            continue
        after = text[m.end:m.end + 80]
        before = text[max(0, m.start - 20):m.start]
        parent = None
        is_a = re.match(r"\s*(?:\([^)]*\))?\s+(?:is|was|was confirmed as|became)\s+(?:a|an|the)\s+(?:new\s+|official\s+|standing\s+)?"
                        r"(\S+)\s+(?:tiger team|working group|team|group)\b", after, re.I)
        if is_a:
            parent = ctx.rec.gazetteer.lookup(is_a.group(1).rstrip("'s").rstrip("’s"))
        of = re.match(r"\s+of\s+(?:the\s+)?(\S+(?:\s+\S+){0,5})", after)
        if parent is None and of:
            found = ctx.rec.gazetteer.find(of.group(1))
            parent = found[0].entity if found and found[0].start == 0 else None
        owner = re.search(r"(\S+?)(?:'s|’s)?\s+$", before)
        if parent is None and owner:
            parent = ctx.rec.gazetteer.lookup(owner.group(1))
            if parent and not re.search(r"(?:'s|’s)?\s+$", before):
                parent = None
        if parent is not None and parent.type == "Organization":
            evidence = evidence or sentence.evidence()
            ctx.rec.fact(m.entity.iri, "org:unitOf", parent.iri, "unit-of", 0.85, evidence)


def subjects(sentence: Sentence, before: int, *, fallback: bool = True) -> list[Entity]:
    """The organisations or groups a sentence is about: "X is ...", "X and Y are ...", "... led by X",
    else the group the section is about.  A name after a preposition ("hosted by X") is no subject."""
    led = LED_BY_RE.search(sentence.text)
    if led:
        agent = next((m for m in sentence.mentions if m.start >= led.end() and m.entity.type in ORG_LIKE), None)
        if agent and agent.start - led.end() < 5:
            return [agent.entity]
    found: list[Mention] = []
    for m in sentence.mentions:
        if m.start >= before or m.entity.type not in ORG_LIKE:
            continue
        if not found and not NOT_SUBJECT_BEFORE.search(sentence.text[:m.start]):
            found.append(m)
        elif found and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", sentence.text[found[-1].end:m.start]):
            found.append(m)  # "DLR and CNES are ..."
        elif found:
            break
    if found:
        return [m.entity for m in found]
    return [sentence.owner] if fallback and sentence.owner is not None else []


def subject(sentence: Sentence, before: int, *, fallback: bool = True) -> Entity | None:
    found = subjects(sentence, before, fallback=fallback)
    return found[0] if found else None


def _works_on(ctx: Context, state: State, sentence: Sentence) -> None:
    techs = sentence.of_type("Technology")
    verb = WORK_RE.search(sentence.text)
    if not techs or not (verb or LED_BY_RE.search(sentence.text)):
        return
    led = LED_BY_RE.search(sentence.text)
    who = subjects(sentence, verb.start() if verb else len(sentence.text))
    if not who:
        return
    evidence = sentence.evidence()
    for m in techs:
        if led or m.start > verb.start():  # "the ISRU team, led by CSA, ...": the team's topic is before
            for agent in who:
                ctx.rec.fact(agent.iri, "isecg:worksOn", m.entity.iri, "works-on",
                        0.75 if agent is sentence.owner else 0.8, evidence)


def _collaborations(ctx: Context, state: State, sentence: Sentence) -> None:
    cue = COLLAB_RE.search(sentence.text)
    if not cue:
        return
    who = subjects(sentence, cue.start())
    clause_end = re.search(r"[;.]|,\s+(?!and\b)(?=[a-z])", sentence.text[cue.end():])
    end = cue.end() + (clause_end.start() if clause_end else len(sentence.text))
    partners = [m.entity for m in sentence.mentions if cue.end() <= m.start < end and m.entity.type in ORG_LIKE
                and not re.match(r"'s|’s", sentence.text[m.end:])]  # "with ISECG's working groups": not ISECG
    if not who or not partners:
        return
    evidence = sentence.evidence()
    for agent in who:
        for partner in partners:
            if partner.iri != agent.iri:
                ctx.rec.fact(agent.iri, "isecg:collaboratesWith", partner.iri, "collaborates-with", 0.75, evidence)


def _focus(ctx: Context, state: State, sentence: Sentence) -> None:
    cue = FOCUS_RE.search(sentence.text)
    if not cue:
        return
    who = subjects(sentence, cue.start())
    targets = [m.entity for m in sentence.of_type("Destination") if m.start >= cue.end()]
    if not who or not targets:
        return
    evidence = sentence.evidence()
    for agent in who:
        for target in targets:
            ctx.rec.fact(agent.iri, "isecg:focusesOn", target.iri, "focuses-on", 0.7, evidence)


def _plans(ctx: Context, state: State, sentence: Sentence) -> None:
    for m in PLAN_RE.finditer(sentence.text):
        phrase = clean_name(m.group(1))
        if not phrase or phrase.lower() in {"this", "it", "that"} or phrase.split()[-1].lower() in {"is", "are", "be"}:
            continue
        evidence = sentence.evidence()
        year = ox.Literal(m.group(2), datatype=term("xsd:gYear"))
        known = ctx.rec.gazetteer.lookup(phrase)
        if known and known.type in ("Document", "Presentation"):
            ctx.rec.fact(known.iri, "isecg:plannedFor", year, "planned-for", 0.75, evidence)
            continue
        activity = ctx.rec.define(phrase, "Activity", evidence, rule="planned-for", confidence=0.7,
                             slug=f"{phrase} {m.group(2)}")
        ctx.rec.fact(activity.iri, "isecg:plannedFor", year, "planned-for", 0.75, evidence)
        who = subject(sentence, m.start())
        if who is not None:
            ctx.rec.fact(activity.iri, "prov:wasAssociatedWith", who.iri, "planned-for", 0.6, evidence)
        for target in sentence.of_type("Destination"):
            ctx.rec.fact(activity.iri, "isecg:focusesOn", target.entity.iri, "planned-for", 0.6, evidence)


def _publications(ctx: Context, state: State, sentence: Sentence) -> None:
    """"ISECG published/released DOC" (publisher), "DOC was presented at EVENT"."""
    docs = sentence.of_type("Document", "Presentation")
    verb = PUBLISH_RE.search(sentence.text)
    if verb and docs:
        who = subject(sentence, verb.start(), fallback=False)
        if who is not None:
            evidence = sentence.evidence()
            for m in docs:
                if m.start > verb.end():
                    ctx.rec.fact(m.entity.iri, "dcterms:publisher", who.iri, "published", 0.75, evidence)
    presented = PRESENT_RE.search(sentence.text)
    if presented and docs:
        events = [m.entity for m in sentence.of_type("Event") if m.start > presented.end()]
        work = next((m.entity for m in reversed(docs) if m.start < presented.start()), None)
        if events and work:
            ctx.rec.fact(events[0].iri, "schema:workFeatured", work.iri, "presented-at", 0.75, sentence.evidence())


# ---------------------------------------------------------------------- events

def _date_facts(ctx: Context, event: Entity, date, rule, confidence, evidence) -> None:
    ctx.rec.fact(event.iri, "schema:startDate", ox.Literal(date.start, datatype=term(date.datatype)), rule, confidence,
            evidence)
    if date.end:
        kind = {4: "xsd:gYear", 7: "xsd:gYearMonth"}.get(len(date.end), "xsd:date")
        ctx.rec.fact(event.iri, "schema:endDate", ox.Literal(date.end, datatype=term(kind)), rule, confidence, evidence)


def _place(ctx: Context, text: str, evidence) -> Entity | None:
    """The most precise place named in ``text`` ("Colorado Springs/USA", "Quito, Ecuador", "Paris France")."""
    found = [m.entity for m in ctx.rec.gazetteer.find(text) if m.entity.type in ("Place", "Country")]
    cities = [e for e in found if e.type == "Place"]
    if cities:
        return cities[0]
    first = re.split(r"\s*[/,]\s*", text.strip())[0]
    if found and ctx.rec.gazetteer.lookup(first) is found[0]:
        return found[0]
    if re.fullmatch(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2}", first or ""):
        place = ctx.rec.define(first, "Place", evidence, rule="event-place", confidence=0.7)
        if found:
            ctx.rec.fact(place.iri, "schema:containedInPlace", found[0].iri, "event-place", 0.7, evidence)
        return place
    return found[0] if found else None


def _events(ctx: Context, state: State, sentence: Sentence) -> None:
    text = sentence.text
    events = sentence.of_type("Event")
    evidence = None
    if events:
        rest = text[events[0].end:]
        dates = [d for d in find_dates(rest) if len(d.start) > 4 and not re.search(
            r"\b(published|reported)\s+(?:in\s+)?$", rest[:d.pos[0]])]
        dates = [d for d in dates if d.pos[0] < 80]
        event = ctx.events.edition(events[0].entity, dates[0].start if dates else None)
        state.event = event
        evidence = sentence.evidence()
        if dates:
            _date_facts(ctx, event, dates[0], "event-date", 0.85, evidence)
        elif not dates and re.fullmatch(r"[-•]?\s*", text[:events[0].start]) \
                and re.fullmatch(r"\s*(?:\([^)]*\))?\W*", rest):
            state.list_event = event  # a list item: place and date follow on the next line
        located = re.search(r"\b(?:in|at)\s+([A-Z][^,.;()]*(?:,\s*[A-Z][\w\-]+)?)", rest)
        if located and not find_dates(located.group(1)[:4]):
            place = _place(ctx, located.group(1), evidence)
            if place:
                ctx.rec.fact(event.iri, "schema:location", place.iri, "event-place", 0.8, evidence)
    elif re.search(r"\b(met|meeting|convened|gathered)\b", text):
        on = re.match(r"\s*(?:On|on)\s+", text)
        dates = find_dates(text)
        if on and dates and dates[0].pos[0] < 30 and len(dates[0].start) == 10:
            event = ctx.events.on(dates[0].start)
            of = re.search(r"\bmeeting of\b", text)
            body = next((m.entity for m in sentence.mentions if of and m.start > of.end()), None)
            if event is None and body is not None:
                name = f"{body.acronym or body.label} meeting"
                evidence = sentence.evidence()
                event = ctx.rec.define(name, "Event", evidence, rule="meeting-on", confidence=0.75,
                                  slug=f"{name} {dates[0].start}")
                _date_facts(ctx, event, dates[0], "meeting-on", 0.8, evidence)
            state.event = event
    host = HOST_RE.search(text)
    if host and state.event is not None:
        evidence = evidence or sentence.evidence()
        org = next((m for m in sentence.mentions if m.start > host.end() and m.entity.type in ORG_LIKE), None)
        if org:
            ctx.rec.fact(state.event.iri, "schema:organizer", org.entity.iri, "hosted-by", 0.85, evidence)
            located = re.match(r"[^.;]*?\b(?:headquartered|based|located)?\s*\bin\s+([A-Z][\w\-éèà]+"
                               r"(?:\s+[A-Z][\w\-]+)?)", text[org.end:])
            if located:
                place = _place(ctx, located.group(1), evidence)
                if place:
                    ctx.rec.fact(state.event.iri, "schema:location", place.iri, "hosted-by", 0.75, evidence)
    elif events and HOSTING_RE.search(text[:events[0].start]):
        hosting = HOSTING_RE.search(text[:events[0].start])
        who = subject(sentence, hosting.start(), fallback=False)
        if who is not None:
            ctx.rec.fact(events[0].entity.iri, "schema:organizer", who.iri, "hosts", 0.8, evidence or sentence.evidence())


def _event_details(ctx: Context, state: State, sentence: Sentence) -> bool:
    """The line after an event list item: "Colorado Springs/USA, 17th -23rd April 2022"."""
    event, state.list_event = state.list_event, None
    dates = find_dates(sentence.text)
    if not dates or sentence.text.startswith(("-", "•")):
        return False
    evidence = sentence.evidence()
    _date_facts(ctx, event, dates[0], "event-list", 0.9, evidence)
    place = _place(ctx, sentence.text[:dates[0].pos[0]].strip(" ,"), evidence)
    if place:
        ctx.rec.fact(event.iri, "schema:location", place.iri, "event-list", 0.9, evidence)
    return True


RULES: list[Rule] = [_member_table, _section, _list_event_details, _countries, _memberships, _units, _events,
                     _works_on, _collaborations, _focus, _plans, _publications]


def apply(ctx: Context, state: State, sentence: Sentence) -> None:
    """Run the rules on ``sentence`` in order until one uses it up."""
    for rule in RULES:
        if rule(ctx, state, sentence):
            return
