"""Rules for facts about bodies that hold at a time: memberships and when they began, member counts
by date, and who chaired a body when.

Memberships and chairs are ``org:Membership`` nodes (a chair has ``org:role isecg:chair``) whose
``org:memberDuring`` interval has a ``time:hasBeginning`` / ``time:hasEnd`` instant when the text
says when; a count is an ``isecg:memberCount`` of the body, a ``schema:QuantitativeValue`` with
``schema:value`` and the ``dcterms:date`` it holds at.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from .. import iris
from ..text import CARDINALS
from .context import Context, State
from .dates import DateSpan, find_dates
from .facts import Evidence
from .reference import Entity
from .text import TABLE_CAPTION_RE, Sentence, coordinated
from .vocab import ORGANIZATION_TYPES, term

NUMBER = r"(\d{1,3}|" + "|".join(CARDINALS) + r"|twenty-\w+|thirty)"
ORDINAL_SUFFIX = r"(\d{1,3})(?:st|nd|rd|th)"
# Active: "X and Y joined ISECG in 2021"; the body after the verb.
JOINED_RE = re.compile(r"\b(joined|became (?:a )?members? of|(?:was|were) admitted to)\b", re.I)
# The members after the verb: "ISECG has welcomed seven new members:", "welcomed X and Y".
WELCOMED_RE = re.compile(r"\b(?:has |have |had )?welcomed\b", re.I)
# Passive or body left implicit: "X and Y were welcomed that year", "two more organisations became members:".
PASSIVE_JOIN_RE = re.compile(r"\b(?:(?:was|were) welcomed|became (?:a |new )?members?)\b(?!\s+of)", re.I)
COUNT_RES = [
    re.compile(rf"\bmembership\s+(?:to|of|counted|reached|stood at|totall?ed|grew to|numbered)\s+{NUMBER}\s+"
               r"(?:\w+\s+)?(?:organi[sz]ations|agencies|members)", re.I),
    re.compile(rf"\b(?:as|is|was)\s+a\s+(?:group|body|forum|coalition)\s+of\s+{NUMBER}\s+(?:\w+\s+)?"
               r"(?:agencies|organi[sz]ations|members)", re.I),
    re.compile(rf"\b(?:becoming|as)\s+its\s+{ORDINAL_SUFFIX}\s+member\b", re.I),
    re.compile(rf"\bhad\s+{NUMBER}\s+(?:member\s+)?(?:members|agencies|organi[sz]ations)\b", re.I),
    re.compile(rf"\b(?:counts|counted|numbers|numbered|comprises|comprised)\s+{NUMBER}\s+(?:member\s+)?"
               r"(?:agencies|organi[sz]ations|members)\b", re.I),
    # "Nineteen of the 26 members contributed": the whole is the count.
    re.compile(rf"\b(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:the|its)\s+{NUMBER}\s+(?:[A-Z]{{2,}}\s+)?(?:member\s+)?"
               r"(?:members|agencies|organi[sz]ations)\b", re.I),
    # "ISECG members at publication: 26" (a line of reading notes or a fact box).
    re.compile(rf"\bmember(?:s| agencies| organi[sz]ations)\b[^.:;]{{0,25}}:\s*{NUMBER}(?![\d\w-])", re.I),
]
# "Since January 2018 ISECG has welcomed seven new members": how many joined from a date until the document's.
NEW_MEMBERS_RE = re.compile(rf"\bsince\s+(?P<since>(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b.*?\b(?:welcomed|admitted|gained)\s+"
                            rf"{NUMBER}\s+new\s+members\b", re.I)
END_OF_RE = re.compile(r"\b(?:by|at|until) the end of\s+$", re.I)
CHAIR_PASSED_RE = re.compile(r"\b(?:passed|passes|handed|hands|hand|transferred|transfers|transfer)\s+(?:over\s+)?the\s+"
                             r"(?:(?P<body>\S+)\s+)?chair(?:manship)?\s+(?:over\s+)?to\b", re.I)
CHAIR_TO_RE = re.compile(r"\b(?P<body>\S+)\s+chair(?:manship)?\s+(?:rotated|passed|moved|went)\s+to\b", re.I)
# "ISECG was chaired in 2019 by JAXA": who chaired, when the sentence says (else as of the document).
CHAIRED_BY_RE = re.compile(r"\b(?P<body>\S+)(?:\s+\([A-Z]+\))?(?:,?\s+which)?(?P<verb>\s+(?:was|is|has been|had been)\s+"
                           r"(?:co-)?chaired)\b[^.;]{0,40}?\bby\s+", re.I)
# "JAXA, which had chaired ISECG since 2019, ...": when a holder's chair began.
CHAIRED_SINCE_RE = re.compile(r"\b(?:has|had)\s+(?:been\s+)?chair(?:ed|ing)\s+(?:the\s+)?(?P<body>\S+)\s+since\s+",
                              re.I)
CHAIRS_RE = re.compile(r"\b(?:currently\s+|now\s+)?chairs\s+(?:the\s+)?(?P<body>\S+)", re.I)
ORG_LIKE = tuple(ORGANIZATION_TYPES)
# What opens a list of the organisations behind a document: "the participants were:", a heading
# "The fourteen participating organisations"; "... ISECG member agencies" makes them members too.
PARTICIPANTS_RE = re.compile(r"\b(?:participants|participating (?:organi[sz]ations|agencies)|contributing agencies|"
                             r"authoring agencies|(?:agencies|organi[sz]ations) (?:that )?(?:contributed|contributing|prepared|wrote)|"
                             r"credits\s+(?:\w+\s+){0,2}(?:agencies|organi[sz]ations))\b", re.I)
MEMBER_AGENCIES_RE = re.compile(r"\b(?P<body>\S+)\s+member (?:agencies|organi[sz]ations)\b")
FOUNDING_RE = re.compile(r"\bfounding (?:members?|organi[sz]ations|agencies|participants)\b", re.I)
# A finite verb: the line is prose after a list, not a row of it.
PROSE_VERB_RE = re.compile(r"\b(?:is|are|was|were|has|had|have|will|joined|became)\b", re.I)
# A table's "member since" column, and the year in its cell.
SINCE_COLUMN_RE = re.compile(r"\b(?:member since|joined|since|year of (?:joining|accession))\b", re.I)
YEAR_CELL_RE = re.compile(r"\b(?:19|20)\d\d\b")


def number(text: str) -> int | None:
    text = text.lower()
    if text.isdigit():
        return int(text)
    if text.startswith("twenty-"):
        return 20 + CARDINALS.get(text.split("-", 1)[1], 0)
    return 30 if text == "thirty" else CARDINALS.get(text)


def _typed(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=term({4: "xsd:gYear", 7: "xsd:gYearMonth"}.get(len(value), "xsd:date")))


def instant(ctx: Context, date: str) -> str:
    node = iris.entity(ctx.rec.base, "instant", date)
    ctx.rec.fact(node, "rdf:type", term("time:Instant"), "time", 1.0, None)
    prop = {4: "time:inXSDgYear", 7: "time:inXSDgYearMonth"}.get(len(date), "time:inXSDDate")
    ctx.rec.fact(node, prop, _typed(date), "time", 1.0, None)
    return node


def membership(ctx: Context, member: Entity, body: Entity, evidence: Evidence, rule: str, confidence: float, *,
               period: str | None = None, start: str | None = None, end: str | None = None,
               role: str | None = None, date: str | None = None) -> None:
    """``member`` in ``body`` during ``period`` (a label: "2022"), or from ``start`` (to ``end``); with
    ``role`` ("isecg:chair") a post held.  ``date``: when the statement holds, if not the document's."""
    if member.iri == body.iri or member.type not in ORG_LIKE:
        return
    label = period or (f"{start} to {end}" if start and end else f"from {start}" if start
                       else f"until {end}" if end else None)
    slug = lambda iri: iri.rsplit("/", 1)[-1]  # noqa: E731
    kind = "chair" if role else "membership"
    node = iris.entity(ctx.rec.base, kind, f"{slug(member.iri)} {slug(body.iri)} {label or ctx.series.date or ''}")
    fact = lambda s, p, o, c=confidence: ctx.rec.fact(s, p, o, rule, c, evidence, date=date or start)  # noqa: E731
    if not role:
        fact(member.iri, "org:memberOf", body.iri)
    fact(node, "rdf:type", term("org:Membership"))
    fact(node, "org:member", member.iri)
    fact(node, "org:organization", body.iri)
    if role:
        fact(node, "org:role", term(role))
    if label:
        interval = iris.entity(ctx.rec.base, "period", label)
        fact(node, "org:memberDuring", interval)
        ctx.rec.fact(interval, "rdf:type", term("time:ProperInterval"), rule, 1.0, None)
        ctx.rec.fact(interval, "rdfs:label", ox.Literal(label), rule, 1.0, None)
        if start:
            ctx.rec.fact(interval, "time:hasBeginning", instant(ctx, start), rule, 1.0, None)
        if end:
            ctx.rec.fact(interval, "time:hasEnd", instant(ctx, end), rule, 1.0, None)


def _orgs(sentence: Sentence, start: int = 0, end: int | None = None) -> list[Entity]:
    end = len(sentence.text) if end is None else end
    found = []
    for m in sentence.mentions:
        if start <= m.start < end and m.entity.type == "Organization" and m.entity not in found \
                and not re.match(r"'s|’s", sentence.text[m.end:]):
            found.append(m.entity)
    return found


def _body(ctx: Context, sentence: Sentence, start: int = 0, end: int | None = None) -> Entity | None:
    """The body a sentence names in ``[start, end)`` if it is the document's body, else that body
    when the sentence names it as "the group"."""
    named = [e for e in _orgs(sentence, start, end) if ctx.body is not None and e.iri == ctx.body.iri]
    return named[0] if named else ctx.body


def _start(dates: list[DateSpan], text: str) -> tuple[str | None, bool]:
    """When joining began, and whether it is a window: "in 2015" -> 2015; "between March 2020 and
    September 2020" -> 2020 (what the two share); "since January 2018" -> no start."""
    if not dates:
        return None, False
    if re.search(r"\bsince\s+$", text[:dates[0].pos[0]], re.I):
        return None, True
    if len(dates) >= 2 and re.search(r"\bbetween\s+(?:the\s+)?$", text[:dates[0].pos[0]], re.I):
        a, b = dates[0].start, dates[1].start
        shared = a[:7] if a[:7] == b[:7] else a[:4] if a[:4] == b[:4] else None
        return shared, True
    return dates[0].start, False


def _expand_coordinated(ctx: Context, text: str) -> list[Entity]:
    """"the Australian, Luxembourg and Polish space agencies": each "<Word> Space Agency" the
    gazetteer knows."""
    found = []
    for m in re.finditer(r"((?:[A-Z][\w\-]+,\s+)*[A-Z][\w\-]+,?\s+and\s+[A-Z][\w\-]+)\s+space\s+agencies", text):
        for word in re.split(r",\s*|\s+and\s+", m.group(1)):
            entity = ctx.rec.gazetteer.lookup(f"{word.strip()} Space Agency")
            if entity is not None and entity.type == "Organization":
                found.append(entity)
    return found


# An agency no list has, named in full in a list of new members: "the Portuguese Space Agency".
NEW_AGENCY_RE = re.compile(r"\b((?:[A-Z][\w\-]+\s+){1,4}(?:Space\s+)?(?:Agency|Administration|Centre|Center|"
                           r"Institute|Organi[sz]ation))\b")


def _new_agencies(ctx: Context, text: str, evidence) -> list[Entity]:
    """The organisations a list names in full that no list has: each becomes an entity."""
    found = []
    for m in NEW_AGENCY_RE.finditer(text):
        if ctx.rec.gazetteer.lookup(m.group(1)) is None:
            found.append(ctx.rec.define(m.group(1), "Organization", evidence, rule="joined", confidence=0.75))
    return found


def memberships_joined(ctx: Context, state: State, sentence: Sentence) -> bool | None:
    """Joining: "X joined ISECG in 2015", "ISECG has welcomed seven new members:" (the list below),
    "the Australian and Polish space agencies were welcomed that year", "two more organisations
    became members:"."""
    text = sentence.text
    dates = find_dates(text)
    if dates:
        state.last_date = dates[-1].start
    if state.joining is not None:
        if _joining_row(ctx, state, sentence):
            return True
        state.joining = None
    active, welcomed, passive = JOINED_RE.search(text), WELCOMED_RE.search(text), PASSIVE_JOIN_RE.search(text)
    if not (active or welcomed or passive):
        return None
    start, window = _start(dates, text)
    if start is None and not window and re.search(r"\bthat year\b", text) and state.last_date:
        start = state.last_date[:4]
    evidence = sentence.evidence()
    if passive:
        members = _orgs(sentence, 0, passive.start()) + _expand_coordinated(ctx, text[:passive.start()])
        body = _body(ctx, sentence, passive.end())
        listed = re.match(r"[^.;:]*:\s*", text[passive.end():])
        if not members and listed:  # "Two agencies were welcomed as new members: A and the B Space Agency"
            members = _orgs(sentence, passive.end() + listed.end()) + _new_agencies(
                ctx, text[passive.end() + listed.end():], evidence)
    elif welcomed and not active:
        body = _body(ctx, sentence, 0, welcomed.start())
        members = _orgs(sentence, welcomed.end())
    elif re.match(r"\s+(?:in|on|during|at the (?:end|start) of)\s", text[active.end():]) and ctx.body is not None:
        body = ctx.body  # "AEB and GISTDA joined in September 2020": the body the document is about
        members = [c.entity for c in coordinated(sentence, 0, active.start())]
    else:
        return None  # "X joined BODY in YEAR": the general membership rule
    if body is None:
        return None
    members = [m for m in members if m.iri != body.iri]
    for member in members:
        membership(ctx, member, body, evidence, "joined", 0.85, start=_own_date(sentence, member, members, dates) or start)
    if text.rstrip().endswith(":"):
        state.joining = {"body": body, "start": start, "evidence": evidence}
    return None


def _own_date(sentence: Sentence, member: Entity, members: list[Entity], dates: list[DateSpan]) -> str | None:
    """The date stated for one of several members, between its name and the next member's: "welcomed A as
    its 25th member in 2021, and B as its 26th member in February 2022"; None when they share one."""
    if len(members) < 2 or len(dates) < 2:
        return None
    own = [m for m in sentence.mentions if m.entity == member]
    others = [m.start for m in sentence.mentions if m.entity in members and m.entity != member]
    if not own:
        return None
    limit = min((a for a in others if a > own[0].start), default=len(sentence.text))
    inside = [d for d in dates if own[0].end <= d.pos[0] < limit]
    return inside[0].start if inside else None


def _joining_row(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A line of the list after "... became members:": an organisation, perhaps with its country;
    a table's header line ("Agency Country") is passed over."""
    text = sentence.line.text
    if sentence.text != text or len(text.split()) > 12 or text.endswith("."):
        return False
    orgs = _orgs(sentence)
    if not orgs:
        return bool(re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}", text)) and not state.joining.get("rows")
    joining = state.joining
    joining["rows"] = joining.get("rows", 0) + 1
    membership(ctx, orgs[0], joining["body"], sentence.evidence(), "joined-list", 0.85, start=joining["start"])
    country = next((m.entity for m in sentence.mentions if m.entity.type == "Country"), None)
    if country is not None:
        ctx.rec.fact(orgs[0].iri, "isecg:country", country.iri, "joined-list", 0.85, sentence.evidence())
    return True


def member_counts(ctx: Context, state: State, sentence: Sentence) -> None:
    """"taking membership to 20 organisations by the end of 2019", "ISECG as a group of 24 space
    agencies", "becoming its 15th member": the count, at the date stated or the document's."""
    text = sentence.text
    for pattern in COUNT_RES:
        for m in pattern.finditer(text):
            count = number(m.group(1))
            body = _body(ctx, sentence, 0, m.start())
            if not count or body is None:
                continue
            dates = find_dates(text)
            after = [d for d in dates if d.pos[0] >= m.end() and d.pos[0] - m.end() < 30]
            before = [d for d in dates if d.pos[1] <= m.start()]
            chosen = after[0] if after else (before[-1] if before else None)
            date = chosen.start if chosen else ctx.series.date
            if chosen and len(date) == 4 and END_OF_RE.search(text[:chosen.pos[0]]):
                date = f"{date}-12"
            if not date:
                continue
            member_count(ctx, body, count, date, sentence.evidence(), "member-count")


def member_count(ctx: Context, body: Entity, count: int, date: str, evidence: Evidence, rule: str) -> None:
    """``body`` had ``count`` members at ``date``: an isecg:memberCount, a schema:QuantitativeValue."""
    node = iris.entity(ctx.rec.base, "count", f"{body.iri.rsplit('/', 1)[-1]} {date} {count}")
    fact = lambda s, p, o: ctx.rec.fact(s, p, o, rule, 0.85, evidence, date=date)  # noqa: E731
    fact(body.iri, "isecg:memberCount", node)
    fact(node, "rdf:type", term("schema:QuantitativeValue"))
    fact(node, "schema:value", ox.Literal(str(count), datatype=term("xsd:integer")))
    fact(node, "dcterms:date", _typed(date))


def new_members(ctx: Context, state: State, sentence: Sentence) -> None:
    """"Since January 2018 ISECG has welcomed seven new members": an isecg:newMemberCount from that date
    (schema:startDate) as of the document's date (dcterms:date)."""
    m = NEW_MEMBERS_RE.search(sentence.text)
    since = find_dates(m.group("since")) if m else []
    count = number(m.group(2)) if m else None
    body = _body(ctx, sentence, m.end("since"), m.start(2)) if m else None
    if not since or not count or body is None or not ctx.series.date:
        return
    date, evidence = ctx.series.date, sentence.evidence()
    node = iris.entity(ctx.rec.base, "count", f"{body.iri.rsplit('/', 1)[-1]} new {since[0].start} {date} {count}")
    fact = lambda s, p, o: ctx.rec.fact(s, p, o, "new-members", 0.8, evidence, date=date)  # noqa: E731
    fact(body.iri, "isecg:newMemberCount", node)
    fact(node, "rdf:type", term("schema:QuantitativeValue"))
    fact(node, "schema:value", ox.Literal(str(count), datatype=term("xsd:integer")))
    fact(node, "schema:startDate", _typed(since[0].start))
    fact(node, "dcterms:date", _typed(date))


def chairs(ctx: Context, state: State, sentence: Sentence) -> None:
    """"On DATE X passed the ISECG chair to Y", "the ISECG chair rotated to X", "the chair passed to X",
    "ISECG was chaired in 2019 by X", "X currently chairs the group": who chaired the body, from and until
    when."""
    text = sentence.text
    found = find_dates(text)
    dates = [d for d in found if len(d.start) > 4 or re.search(r"\b(?:in|on)\s+$", text[:d.pos[0]])]
    date = dates[0].start if dates else None
    evidence = None
    since = CHAIRED_SINCE_RE.search(text)
    began = next((d.start for d in found if d.pos[0] == since.end()), None) if since else None
    if since and began:
        body, holder = _chair_body(ctx, since.group("body")), _orgs(sentence, 0, since.start())[-1:]
        if body is not None and holder:
            evidence = sentence.evidence()
            membership(ctx, holder[0], body, evidence, "chair-since", 0.8, start=began, role="isecg:chair")
    passed = CHAIR_PASSED_RE.search(text)
    if passed:
        body = _chair_body(ctx, passed.group("body") or "the")
        before, after = ([e for e in _orgs(sentence, *span) if body is None or e.iri != body.iri]
                         for span in ((0, passed.start()), (passed.end(), None)))
        if body is not None and before and after:
            evidence = sentence.evidence()
            membership(ctx, before[-1], body, evidence, "chair-passed", 0.85, end=date, role="isecg:chair", date=date)
            membership(ctx, after[0], body, evidence, "chair-passed", 0.85, start=date, role="isecg:chair", date=date)
        return
    # (pattern, whether the holder is named after it, whether the sentence's date is when the chair began)
    for pattern, after, start in ((CHAIR_TO_RE, True, True), (CHAIRED_BY_RE, True, False), (CHAIRS_RE, False, False)):
        m = pattern.search(text)
        if not m:
            continue
        body = _chair_body(ctx, m.group("body"))
        holder = _orgs(sentence, m.end())[:1] if after else _orgs(sentence, 0, m.start())[-1:]
        if pattern is CHAIRED_BY_RE:
            # The group named right before ("The Science Working Group (SWG) is co-chaired by"), each co-chair.
            named = [n.entity for n in sentence.mentions if n.entity.type in ORG_LIKE
                     and 0 <= m.start("verb") - n.end <= 12]
            body = named[-1] if named else body
            holder = [c.entity for c in coordinated(sentence, m.end(), len(text))] or holder
        if body is not None and holder:
            evidence = evidence or sentence.evidence()
            period = None if start and date else ((pattern is CHAIRED_BY_RE and date) or ctx.series.date or None)
            for chair in holder:
                membership(ctx, chair, body, evidence, "chair", 0.8, start=date if start else None, period=period,
                           role="isecg:chair")
        return


def _chair_body(ctx: Context, word: str) -> Entity | None:
    word = re.sub(r"(?:'s|’s)$", "", word.strip(",.;"))
    if word.lower() in ("group", "body", "forum", "the", "its"):  # "the chair passed to X": the document's body
        return ctx.body
    found = ctx.rec.gazetteer.lookup(word)
    return found if found is not None and found.type in ORG_LIKE else None


def participants(ctx: Context, state: State, sentence: Sentence) -> bool | None:
    """A list of the organisations behind the document, one a line ("1. ASI (Italy)", "ASI Italian
    Space Agency Italy"): each is a dcterms:creator of the document, and a member of the body the
    list's introduction names ("eleven other ISECG member agencies")."""
    line = sentence.line
    if state.participants is not None and line is not state.participants["line"]:
        if _participant_row(ctx, state, sentence):
            return True
        state.participants = None
    opens = PARTICIPANTS_RE.search(line.text) and (line.heading or line.text.rstrip().endswith(":")
                                                   or TABLE_CAPTION_RE.match(line.text))
    if opens and sentence.text is not None and line.text.endswith(sentence.text.rstrip()):
        member_of = MEMBER_AGENCIES_RE.search(line.text)
        body = _chair_body(ctx, member_of.group("body")) if member_of else None
        state.participants = {"line": line, "body": body, "rows": 0}
    return None


def _participant_row(ctx: Context, state: State, sentence: Sentence) -> bool:
    text, table = sentence.line.text, state.participants
    # A row may hold two when the layout ran them together ("... Korea 2007 LSA Luxembourg Space Agency ...").
    if sentence.text != text or len(text.split()) > 24 or text.endswith("."):
        return False
    orgs = [e for e in _orgs(sentence) if ctx.body is None or e.iri != ctx.body.iri]
    if not orgs and not table["rows"]:
        header = bool(re.fullmatch(r"[A-Z][\w ]{0,40}", text))
        if header and SINCE_COLUMN_RE.search(text):  # "Acronym Agency Country ISECG member since"
            table["since"], table["body"] = True, table["body"] or _body(ctx, sentence)
        return header
    if PROSE_VERB_RE.search(text):
        return False
    if table["rows"]:  # a body no reference list has, acronym first: "NSAU Ukraine", "10. NSAU"
        for acronym in re.findall(r"(?:^|\d\.\s+)([A-Z]{2,6})\b", text):
            if ctx.rec.gazetteer.lookup(acronym) is None:
                orgs.append(ctx.rec.define(acronym, "Organization", sentence.evidence(), acronym=acronym,
                                           rule="participants", confidence=0.7))
    if not orgs:
        if len(text.split()) > 6:
            return False
        # the rest of a row's cells, wrapped ("Research Organisation (Australia)", "Thailand 2020")
        if table.get("pending") is not None and (year := YEAR_CELL_RE.search(text)):
            _member_since(ctx, table, table.pop("pending"), year.group(), sentence.evidence())
        return True
    table["rows"] += 1
    evidence = sentence.evidence()
    mentions = sorted((m for m in sentence.mentions if m.entity in orgs), key=lambda m: m.start)
    for org in orgs:
        ctx.participants.append((org, evidence))
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", org.iri, "participants", 0.85, evidence)
        if table["body"] is not None and table.get("since"):
            # the year after its name, before the next one's; none yet: in the row's wrapped cells
            own = next((m for m in mentions if m.entity == org), None)
            begin, end = (own.start, own.end) if own else (0, 0)
            limit = min((m.start for m in mentions if m.start > begin and m.entity != org), default=len(text))
            year = YEAR_CELL_RE.search(text, end, limit)
            if year:
                _member_since(ctx, table, org, year.group(), evidence)
            else:
                table["pending"] = org
        elif table["body"] is not None:
            membership(ctx, org, table["body"], evidence, "participants", 0.8, period=ctx.series.date or None)
    return True


def _member_since(ctx: Context, table: dict, org: Entity, year: str, evidence: Evidence) -> None:
    membership(ctx, org, table["body"], evidence, "participants", 0.8, start=year)


def founding_members(ctx: Context, state: State, sentence: Sentence) -> None:
    """"CSIRO, which was one of the group's founding members", "ASI, CNES and CSA were founding members of
    Y"; "its list of founding organisations" with no names: the document's participants list is that list
    (each a member of the body, and their number its member count at the document's date)."""
    m = FOUNDING_RE.search(sentence.text)
    if not m:
        return
    of = re.match(r"\s+of\s+(?:the\s+)?(\S+)", sentence.text[m.end():])
    body = _chair_body(ctx, of.group(1)) if of else ctx.body
    if body is None:
        return
    named = _orgs(sentence, 0, m.start())
    members = [e for e in _coordinated(sentence, named) if e.iri != body.iri]
    evidence = sentence.evidence()
    if members:
        for member in members:
            membership(ctx, member, body, evidence, "founding-member", 0.8)
        return
    listed = list({org.iri: org for org, _ in ctx.participants if org.iri != body.iri}.values())
    if named or len(listed) < 2 or not re.search(r"\b(?:list|all|each)\b", sentence.text[:m.start()]):
        return
    for member in listed:
        membership(ctx, member, body, evidence, "founding-list", 0.75)
    if ctx.series.date:
        member_count(ctx, body, len(listed), ctx.series.date, evidence, "founding-list")


def _coordinated(sentence: Sentence, orgs: list[Entity]) -> list[Entity]:
    """The last of ``orgs`` and those coordinated with it: "ASI, CNES and CSA" of "... ASI, CNES and CSA were"."""
    mentions = [m for m in sentence.mentions if m.entity in orgs]
    first = len(mentions) - 1
    while first > 0 and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*",
                                     sentence.text[mentions[first - 1].end:mentions[first].start]):
        first -= 1
    return [m.entity for m in mentions[first:]]
