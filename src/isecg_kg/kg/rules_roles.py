"""Rules for the posts people hold in a group, a team or a document's team: who chairs, leads or co-leads a
working group ("the ERWG co-leads, A (NASA) and B (JAXA)", "the team was co-led by A of NASA and B of ESA",
"A (CSA), chair of the Science Working Group"), and a role a credits list gives in brackets after a name
("Rachel Whitfield ¹ (co-lead), Luca Bertolini ² (co-lead), Koji Tanaka ³").

A post is an ORG ``org:Post`` held by the person (``org:heldBy``) with its ``org:role`` (``isecg:chair``,
``isecg:lead``, ``isecg:coordinator``) in the group (``org:postIn``), or, for a credits list's role, in the team
behind the document (``isecg:postFor`` the document). An editor in a credits list is the document's
``schema:editor``. An agency leading a group is a chair membership (rules_org.group_leads, and group_lead_rows here
for a table of the groups and who leads each).
"""

from __future__ import annotations

import re

from .. import iris
from .context import Context, State
from .facts import Evidence
from .reference import Entity
from .rules_org import membership
from .rules_people import BYLINE_OPENS_RE, PERSON, person_entity
from .text import GROUP_NAME_RE, ORG_LIKE, Sentence
from .vocab import term

# a role word: "co-lead", "chair", "co-chairs", "coordinator", "team leader"
_ROLE = r"(?P<co>(?i:co-?))?(?P<role>(?i:chair(?:man|woman|person)?|lead(?:er)?|coordinator|convener|head|editor))(?i:s)?"
ROLES = {"chair": "isecg:chair", "lead": "isecg:lead", "head": "isecg:lead", "coordinator": "isecg:coordinator",
         "convener": "isecg:coordinator", "editor": "editor"}
# what a person's name may carry after it: a footnote mark ("Rachel Whitfield ¹"), the body in brackets or after
# "of" ("Anna Berg (NASA)", "Anna Berg of the CSA"), kept out of the name
_MARK = r"(?:\s*[\d¹²³⁴⁵⁶⁷⁸⁹⁰*†‡,]{1,3}(?=\s*\())?"
_BODY = r"(?:\s*\((?P<body>[^()]{1,60})\)|,?\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,5})?"
# a credits list's role, the work or team it is of before it: "co-lead", "team lead", "survey lead", "lead author"
_CREDIT_ROLE = r"(?:(?i:team|survey|study|project|writing|drafting)\s+)?(?i:co-?)?(?P<role>(?i:chair|lead|editor|" \
               r"coordinator))(?i:\s+author)?"
# "Rachel Whitfield ¹ (co-lead)", "Rachel Whitfield (co-lead) NASA", "Anna Berg (NASA, co-chair)", "Anna Berg (ESA,
# team lead)"; in a byline, the role after the bracketed body, ending the item: "Anna Berg (UK Space Agency), study
# lead;"
BRACKET_ROLE_RE = re.compile(rf"(?<![\w\-]){PERSON}{_MARK}\s*\((?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*,\s*)?"
                             rf"{_CREDIT_ROLE}\s*\)")
ROLE_AFTER_BRACKET_RE = re.compile(rf"(?<![\w\-]){PERSON}{_MARK}\s*\([^()]{{1,60}}\),\s+{_CREDIT_ROLE}\s*(?=[;.]|$)")
# persons after a cue, each with what may follow the name: "A (NASA) and B (JAXA)", "A of NASA, B of ESA"
PERSON_ITEM_RE = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+|&\s*)?{PERSON}{_BODY}")
# the group's post before the people: "the ERWG co-leads, A and B", "TWG chair Anna Berg", "the team's leads: A, B"
GROUP_POST_RE = re.compile(rf"(?:['’]s|,\s*whose)?(?:\s*\([A-Z][\w\-]{{1,9}}\))?(?:\s*[—–:]\s*|\s+)(?:(?:two|three|four|joint|current|former|new)\s+)?{_ROLE}\s*[,:—–]?\s*"
                           r"(?:(?:were|was|are|is)\s+)?", re.I)
# the post before the group: "chair of the Science Working Group, Anna Berg", "co-leads of the team, A and B"
POST_OF_RE = re.compile(rf"\b{_ROLE}\s+of\s+(?:the\s+|its\s+|ISECG['’]s\s+)?$", re.I)
# the group, then the verb: "the ISRU team, co-led by A (NASA) and B (ESA)", "The TWG is chaired by Anna Berg", "The
# TWG, which keeps the list of needs, was chaired by Anna Berg" (a relative clause on the group between)
LED_BY_RE = re.compile(r"(?:\s*\([A-Z][\w\-]{1,9}\))?(?:,\s+(?:which|that)\s+[^,;.()]{1,80},(?=\s+(?:is|was|are|were|has|had|"
                       r"will)\s))?(?:\s*[—–]\s*|,\s*|\s+(?:is|was|are|were|has\s+been|had\s+been|"
                       r"will\s+be)\s+)(?:(?:jointly|currently|also)\s+)?(?P<co>co-)?(?P<verb>led|chaired|headed|"
                       r"coordinated|convened)\s+(?:jointly\s+)?by\s+", re.I)
# the document's own team, named by no group: "The team that prepared this assessment was co-led by A and B",
# "The writing team was led by A (NASA)"
OWN_TEAM_RE = re.compile(r"^\W*(?:The|This|Our)\s+(?:(?:writing|drafting|study|assessment|core|project|editorial|report)"
                         r"\s+)?team\b[^.;:]{0,60}?\s+(?:was|is|were|has\s+been)\s+(?:(?:jointly|also)\s+)?(?P<co>co-)?"
                         r"(?P<verb>led|chaired|headed|coordinated)\s+(?:jointly\s+)?by\s+", re.I)
# a person, then the post in the group: "Anna Berg (CSA), chair of the", "Anna Berg of NASA, who co-leads the",
# "Anna Berg (CSA) chairs the"
PERSON_POST_RE = re.compile(rf"(?<![\w\-]){PERSON}{_BODY},?\s+(?:(?:who|which)\s+)?(?:(?:the|its|current|also|has|have|"
                            rf"had|jointly|together|currently|now|will)\s+)*(?:{_ROLE}\s+of|(?P<verbco>(?i:co-?))?"
                            r"(?P<verb>chairs|leads|heads|coordinates|chaired|led|headed|coordinated|chair|lead|head))"
                            r"\s+(?:the\s+|its\s+|ISECG['’]s\s+)?$")
# the people named before the last one of a list that holds a post: "A (NASA) and B (JAXA) co-chaired the ERWG"
PERSON_BEFORE_RE = re.compile(rf"(?<![\w\-]){PERSON}{_BODY}\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$")
# a row of a credits table that opens with the person, the post a cell of it: "Ben Bussey NASA HEOMD Task Group
# co-chair; sections 1 and 5", "James Carpenter, ESA (ESTEC) – co-chair of the Task Group; wrote section 4"
ROW_PERSON_RE = re.compile(rf"^\W*{PERSON}")
CELL_END_RE = re.compile(r"(?i:s)?\s*(?:[,;)]|$)")
# a credits table's role cell ending a row, the next row's person or the line's end after it: "Anna Berg NASA, Human
# Exploration task team lead Jun Ito JAXA co-lead" (pypdf runs the rows of such a table into one line)
ROW_ROLE_RE = re.compile(r"\s(?:(?i:task|study|writing|drafting|core|project)\s+)?(?:(?i:team)\s+)?(?P<co>(?i:co-?))?"
                         r"(?P<role>(?i:chair|lead|coordinator|editor))(?i:s)?"
                         rf"(?=\s*$|\s+{PERSON})")
ROW_PERSON_AT_RE = re.compile(rf"\W*{PERSON}")  # the person opening a row that follows another on the line
# a person, the cells after the name (their agency, their title), then a group's chair as their title: "Anna Berg,
# German Aerospace Center (DLR), ISECG Chair", "Anna Berg, NASA Director of Exploration, incoming ISECG Chair",
# "Anna Berg, NASA (TWG chair)"
TITLED_RE = re.compile(rf"{PERSON}(?P<cells>(?:,[^,;()]{{2,80}}(?:\([^()]{{1,20}}\))?){{0,2}})(?:,\s+|\s*\()"
                       r"(?:(?:incoming|outgoing|new|current|acting)\s+)?(?:the\s+)?$")
# the chair of the body the document is about passed to a person, or a person as the outgoing or incoming chair, no
# group named: "handed the chair over to Anna Berg of DLR", "the incoming chair, Anna Berg (DLR)"
BODY_CHAIR_RE = re.compile(r"\b(?:(?:hand|pass|g[ai]ve)\w*\s+(?:over\s+)?the\s+chair\w*\s+(?:over\s+|on\s+)?to|"
                           r"(?i:outgoing|incoming|new)\s+chair(?:man|woman|person)?,)\s+(?=(?:(?:Dr|Prof|Ms|Mr|Mrs)\.?\s+)?"
                           r"[A-Z][a-z])")
# a person, then acting as the chair or becoming it, no group named: "with Anna Berg of NASA's Exploration Directorate
# acting as chair", "Ms Anna Berg of NASA became ISECG Chair", "Anna Berg, Director of Exploration at DLR, becomes
# chair" (the word before "chair" the body's own name, if any: not "became session chair", "became Vice Chair")
_BECOMES = r"(?:(?:acting|serving)\s+as|becomes|became|(?:will|to)\s+become|has\s+become)"
ACTING_AS_RE = re.compile(rf"\b{_BECOMES}\b")  # its cue, before a name is looked for at each capital
ACTING_CHAIR_RE = re.compile(rf"{PERSON}(?P<cells>(?:\s+(?:of|from)\s+|,\s+)[^;]{{1,80}}?)?,?\s+{_BECOMES}\s+"
                             r"(?:the\s+|its\s+)?(?:new\s+)?(?:(?P<pre>[\w\-]+)\s+)?(?i:chair)(?:man|woman|person)?\b")
# a holder's predecessor named after the verb: "He succeeds Anna Berg of NASA", "..., when she succeeded Dr. Anna
# Berg", "succeeding Anna Berg (NASA)" (not "succeeded in launching", not "was succeeded by": the other way round)
SUCCEEDED_RE = re.compile(r"(?<!\bwas\s)(?<!\bis\s)\bsucceed(?:s|ed|ing)\s+(?=(?:(?:Dr|Prof|Ms|Mr|Mrs)\.?\s+)?[A-Z][a-z])")
# a holder's successor, the holder told before: "Her successor is Dr. Anna Berg", "His successor was Anna Berg"
SUCCESSOR_RE = re.compile(r"^\W*(?:Her|His|Their)\s+successor\s+(?:is|was|will\s+be)\s+(?=(?:(?:Dr|Prof|Ms|Mr|Mrs)\.?\s+)?"
                          r"[A-Z][a-z])")
# a sentence whose subject is the holder the sentence before told: "He succeeds ...", "She had succeeded ..."
PRONOUN_RE = re.compile(r"^\W*(?:He|She|They)\b")
VERB_ROLE = {"led": "lead", "leads": "lead", "chaired": "chair", "chairs": "chair", "headed": "head", "heads": "head",
             "coordinated": "coordinator", "coordinates": "coordinator", "convened": "convener"}
GROUP_TYPES = ("WorkingGroup", "Team")


def _cells(between: str) -> bool:
    """Cells of a row between its person and the post: names, no verb ("NASA Human Exploration and Operations
    Mission Directorate –", "ESA (ESTEC) –", ", Director of Exploration at DLR"; not " presented the report of the")."""
    return re.fullmatch(r"(?:\W*(?:[A-Z0-9][\w\-’']*|of|at|the|and|for|de|du)\b)*\W*", between) is not None


def _role(word: str) -> str:
    word = word.lower()
    return ROLES.get(VERB_ROLE.get(word, re.sub(r"(?:man|woman|person|er)$", "", word)), "isecg:lead")


def _people(ctx: Context, text: str, at: int, evidence: Evidence, *, listed: bool = False) -> list[Entity]:
    """The people named one after another from ``at``: "A (NASA) and B (JAXA)", "A of NASA, B of ESA"; ``listed``:
    those after the first only when "and" or a comma joins them (a table's next cell may open with capitals)."""
    found = []
    while (m := PERSON_ITEM_RE.match(text, at)) and not (listed and found and re.match(r"\s*\w", m.group())) \
            and (person := person_entity(ctx, m.group(1), evidence)) is not None:
        found.append(person)
        at = m.end()
    return found


def post(ctx: Context, person: Entity, role: str, evidence: Evidence, rule: str, *,
         group: Entity | None = None) -> str | None:
    """``person`` holds the post ``role`` in ``group`` (an org:Post, its IRI returned), else in the team behind this
    document; an editor is the document's schema:editor."""
    if role == "editor":
        if group is None:
            ctx.rec.fact(ctx.series.iri, "schema:editor", person.iri, rule, 0.8, evidence)
        return None
    within = group.iri if group is not None else ctx.series.iri
    slug = lambda iri: iri.rsplit("/", 1)[-1]  # noqa: E731
    node = iris.entity(ctx.rec.base, "post", f"{slug(person.iri)} {role.split(':')[1]} {slug(within)}")
    ctx.rec.fact(node, "rdf:type", term("org:Post"), rule, 0.8, evidence)
    ctx.rec.fact(node, "org:heldBy", person.iri, rule, 0.8, evidence)
    ctx.rec.fact(node, "org:role", term(role), rule, 0.8, evidence)
    ctx.rec.fact(node, "org:postIn" if group is not None else "isecg:postFor", within, rule, 0.8, evidence)
    return node


def _term(ctx: Context, node: str) -> str:
    """The interval a post is held during (org:memberDuring), undated: what orders it after the one it succeeded."""
    interval = iris.entity(ctx.rec.base, "period", node.rsplit("/", 1)[-1])
    ctx.rec.fact(node, "org:memberDuring", interval, "post-succeeded", 0.8, None)
    ctx.rec.fact(interval, "rdf:type", term("time:ProperInterval"), "post-succeeded", 1.0, None)
    return interval


def succeeded(ctx: Context, state: State, sentence: Sentence) -> None:
    """One holder of a group's post after another: the post this sentence states in one group, held by one person,
    else, the sentence's subject a pronoun ("He succeeds Anna Berg of NASA", "Her successor is Dr. Anna Berg"), the
    one post the sentence before stated; the predecessor's term meets the successor's (OWL-Time
    ``time:intervalMeets``). No post stated, or posts of two people or groups: whose post passed is not told."""
    facts = ctx.rec.result.facts[state.facts_at:]
    told = [(f.s, next(r.o.value for r in facts if r.s == f.s and r.p == "org:role"), f.o) for f in facts
            if f.p == "org:postIn"]
    before, state.posts = state.posts, told
    text = sentence.text
    after = SUCCESSOR_RE.match(text)
    m = after or SUCCEEDED_RE.search(text)
    if m is None:
        return
    if not told and (after or PRONOUN_RE.match(text)):
        told = before
    if len(told) != 1:
        return
    node, role, iri = told[0]
    group = ctx.rec.gazetteer.by_iri.get(iri)
    evidence = sentence.evidence()
    people = _people(ctx, text, m.end(), evidence)[:1] if group is not None else []
    for person in people:
        other = post(ctx, person, "isecg:" + role.rsplit("#", 1)[-1], evidence, "post-succeeded", group=group)
        if other == node:
            continue
        first, then = (node, other) if after else (other, node)
        ctx.rec.fact(_term(ctx, first), "time:intervalMeets", _term(ctx, then), "post-succeeded", 0.8, evidence)


def _titled(ctx: Context, pattern: re.Pattern, text: str, evidence: Evidence) -> Entity | None:
    """The first person ``pattern`` reads with a title after their name ("Anna Berg, German Aerospace Center (DLR),
    ISECG Chair"), the cells between the name and the title names (no verb)."""
    own = {n.lower() for n in ctx.body.names()} if ctx.body is not None else set()
    for word in re.finditer(r"(?<![\w\-'’])[A-ZÀ-Þ]", text):
        if (m := pattern.match(text, word.start())) and _cells(m.group("cells") or "") \
                and (m.groupdict().get("pre") or "").lower() in own | {""}:
            return person_entity(ctx, m.group(1), evidence)
    return None


def group_posts(ctx: Context, state: State, sentence: Sentence) -> None:
    """People's posts in a group, a team or the team behind the document, as the sentence states them."""
    text, evidence = sentence.text, sentence.evidence()
    groups = [m for m in sentence.mentions if m.entity.type in GROUP_TYPES or m.entity.type not in ORG_LIKE
              and m.entity.type != "Person" and GROUP_NAME_RE.search(m.entity.label)]
    # the body the document is about holds posts too ("the ISECG Chair, Anna Berg of DLR"), its chair a person (not
    # a credits list's team: that stays the document's; not "ISECG's Roadmap Working Group": a post in that group)
    bodies = [m for m in sentence.mentions if ctx.body is not None and m.entity.iri == ctx.body.iri
              and not re.match(r"['’]s\b", text[m.end:])]
    if not groups and ctx.body is not None and (m := BODY_CHAIR_RE.search(text)):
        # "he handed the chair to Anna Berg of DLR": the body the documents are about, which no group here rivals
        for person in _people(ctx, text, m.end(), evidence)[:1]:
            post(ctx, person, "isecg:chair", evidence, "body-chair", group=ctx.body)
    if not groups and ctx.body is not None and ACTING_AS_RE.search(text) \
            and (person := _titled(ctx, ACTING_CHAIR_RE, text, evidence)):
        post(ctx, person, "isecg:chair", evidence, "body-chair", group=ctx.body)
    # a credits list's role by a name (after the bracket in a byline only): the team behind the document, unless a
    # group is named in the sentence that is not the byline's ("Prepared by the Benefits Task Team: A (DLR, team
    # lead); B (NASA)")
    byline = BYLINE_OPENS_RE.match(text) is not None
    for m in [*BRACKET_ROLE_RE.finditer(text), *(ROLE_AFTER_BRACKET_RE.finditer(text) if byline else ())] \
            if byline or not groups else ():
        if (person := person_entity(ctx, m.group(1), evidence)) is not None:
            post(ctx, person, _role(m.group("role")), evidence, "credited-role")
    row = ROW_PERSON_RE.match(text)
    for g in groups + bodies:
        # "the ERWG co-leads, A (NASA) and B (JAXA)"
        if (m := GROUP_POST_RE.match(text, g.end)) and m.group("role").lower() != "editor":
            people = _people(ctx, text, m.end(), evidence)
            if not people and re.match(r"\s*(?:[,;.)]|$)", text[m.end("role"):]):
                # "Anna Berg, German Aerospace Center (DLR), ISECG Chair": the person the title follows
                people = [p for p in [_titled(ctx, TITLED_RE, text[:g.start], evidence)] if p is not None]
            if not people and row and _cells(text[row.end():g.start]) and CELL_END_RE.match(text, m.end("role")):
                # "Ben Bussey NASA ... Task Group co-chair; sections 1 and 5": the row's person
                people = [p for p in [person_entity(ctx, row.group(1), evidence)] if p is not None]
            for person in people:
                post(ctx, person, _role(m.group("role")), evidence, "group-post", group=g.entity)
        # "James Carpenter, ESA (ESTEC) – co-chair of the Task Group; ...": the row's person
        if row and row.end() <= g.start and (of := POST_OF_RE.search(text[:g.start])) and CELL_END_RE.match(text, g.end) \
                and _cells(text[row.end():of.start()]) and not PERSON_ITEM_RE.match(text, g.end) \
                and (person := person_entity(ctx, row.group(1), evidence)):
            post(ctx, person, _role(of.group("role")), evidence, "group-post", group=g.entity)
        # "chair of the Science Working Group, Anna Berg (CSA)"
        if (of := POST_OF_RE.search(text[:g.start])) and (m := re.match(r"\s*(?:\([A-Z][\w\-]{1,9}\))?\s*[,:—–]\s*",
                                                                          text[g.end:])):
            for person in _people(ctx, text, g.end + m.end(), evidence):
                post(ctx, person, _role(of.group("role")), evidence, "group-post", group=g.entity)
        # "the ISRU team, co-led by A (NASA) and B (ESA)"
        if m := LED_BY_RE.match(text, g.end):
            for person in _people(ctx, text, m.end(), evidence):
                post(ctx, person, _role(m.group("verb")), evidence, "group-post", group=g.entity)
        # "Anna Berg (CSA), chair of the Science Working Group"
        if m := PERSON_POST_RE.search(text[:g.start]):
            names, before = [m.group(1)], text[:m.start()]
            while (b := PERSON_BEFORE_RE.search(before)) and len(names) < 6:
                names, before = [b.group(1), *names], before[:b.start()]
            for person in [p for n in names if (p := person_entity(ctx, n, evidence)) is not None]:
                post(ctx, person, _role(m.group("role") or m.group("verb")), evidence, "group-post", group=g.entity)
    # "Anna Berg NASA, Human Exploration task team lead Jun Ito JAXA co-lead": each row's person, its cells (names,
    # no verb), its role in the team behind the document
    start = 0
    for m in ROW_ROLE_RE.finditer(text) if not groups and row else ():
        if (person := ROW_PERSON_AT_RE.match(text, start)) and _cells(text[person.end():m.start()]) \
                and (holder := person_entity(ctx, person.group(1), evidence)) is not None:
            post(ctx, holder, _role(m.group("role")), evidence, "credited-row-role")
        start = m.end()
    # "The team that prepared this assessment was co-led by A (NASA) and B (ESA)"
    if not groups and (m := OWN_TEAM_RE.match(text)):
        for person in _people(ctx, text, m.end(), evidence):
            post(ctx, person, _role(m.group("verb")), evidence, "team-post")
    succeeded(ctx, state, sentence)


# A table of the groups and who leads each ("Group | Focus | Lead in 2018", "Team Led by", "Working group | Lead agency
# | Main task in 2016"): a header row naming groups and a lead, then rows that open with a group and name who leads
# it at the row's end, or in the cell right after the group when the header puts the lead's column there ("Technology
# Working Group (TWG) JAXA Updating the needs list", "Technology Working Group (TWG) Claire Dubois (CNES) Update of
# ..."); a PDF may wrap a cell onto the lines below ("Technology Working Group (TWG) Critical technology gaps" / "ESA
# and JAXA (co-leads)").
LEAD_HEADER_RE = re.compile(r"\b(?:groups?|teams?)\b.*\b(?:lead(?:s|ers?|ing)?|led\s+by|chair(?:s|ed)?)\b", re.I)
LEAD_NEXT_RE = re.compile(r"[\s|]*(?:[\w\-]+\s+)?(?:groups?|teams?)[\s|]+(?P<role>lead|led\s+by|chair)", re.I)
LEADS_END_RE = re.compile(r"(?:\s*\((?:co-?)?(?:leads?|chairs?)\))?[\s|.]*$", re.I)
LEADS_JOINED_RE = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?")  # "ESA and JAXA", "CSA, DLR and ESA"
# A header with a column for each lead ("Working group Lead Co-lead", "Group Chair Co-chair"): a row's last cells, each
# an agency parted by spaces alone, all lead ("Technology Working Group (TWG) JAXA CNES").
CO_LEAD_COLUMN_RE = re.compile(r"\bco-?\s*(?:lead|chair|$)", re.I)
CELLS_JOINED_RE = re.compile(r"[\s|]+")
GROUP_CELL_END_RE = re.compile(r"(?:\s*\([A-Z][\w\-]{1,9}\))?[\s|]*")  # the group's acronym, the cell's end
GROUP_ROWS_GAP = 3  # lines naming no group nor agency between a group and its lead, at most


def _joined(text: str, orgs: list, *, cells: bool = False) -> list:
    """The agencies of ``orgs`` (mentions, from the one a cell holds outwards) that "and" or commas join to it (or,
    ``cells``, the spaces parting a table's cells)."""
    run = [orgs[0]]
    for f in orgs[1:]:
        first, second = sorted((run[-1], f), key=lambda m: m.start)
        if not (LEADS_JOINED_RE.fullmatch(text, first.end, second.start)
                or cells and CELLS_JOINED_RE.fullmatch(text, first.end, second.start)):
            break
        run.append(f)
    return sorted(run, key=lambda m: m.start)


def _name_wrapped(before: str, group) -> bool:
    """Whether ``before`` a group's acronym is the end of its name wrapped from the line above ("Exploration Roadmap
    Working" / "Group (ERWG) NASA ESA"): words of its name, then the acronym's bracket."""
    said = re.fullmatch(r"\s*((?:[A-Za-z\-]+\s+){1,3})\(", before)
    return said is not None and set(said.group(1).lower().split()) <= set(group.entity.label.lower().split())


def group_lead_rows(ctx: Context, state: State, sentence: Sentence) -> None:
    """Who leads each group of a table of groups (see LEAD_HEADER_RE): its agencies as the group's chairs, in the
    year the header names (else the document's); the people of a lead column after the group's, their posts."""
    line, table = sentence.line, state.group_rows
    if sentence.text is None or not line.text.endswith(sentence.text.rstrip()):
        return  # one reading per line: its last sentence
    text = line.text.strip()
    found = ctx.rec.gazetteer.find(text)
    if table is None:
        if len(text) <= 80 and not any(f.entity.type == "Organization" for f in found) and LEAD_HEADER_RE.search(text):
            year = re.search(r"\b(?:19|20)\d\d\b", text)
            nxt = LEAD_NEXT_RE.match(text)
            state.group_rows = {"year": year.group() if year else None, "group": None, "gap": 0,
                                "pipes": text.startswith("|"), "next": _role(nxt.group("role")) if nxt else None,
                                "co": CO_LEAD_COLUMN_RE.search(text) is not None}
        return
    if len(text.split()) >= 6 and text.endswith((".", "?", "!")) or table["pipes"] and text and not text.startswith("|"):
        state.group_rows = None  # prose after the table, a line out of its Markdown rows
        return
    # a lead's name on a line of its own, their agency's bracket wrapped onto the next ("Haruka Mori" / "(JAXA) 2017–2019")
    named, table["name"] = table.get("name"), None
    if named and text.startswith("("):
        text = f"{named} {text}"
        found = ctx.rec.gazetteer.find(text)
    elif table["next"] and table["group"] is not None and not found and re.fullmatch(PERSON, text):
        table["name"] = text
        return
    groups = [f for f in found if f.entity.type in GROUP_TYPES]
    cell = None  # where the cell after the group's opens: after the group, else the line's start under it
    if groups and (re.fullmatch(r"[\s|•*\-]*", text[:groups[0].start]) or _name_wrapped(text[:groups[0].start], groups[0])):
        table["group"], table["gap"] = groups[0].entity, 0
        cell = GROUP_CELL_END_RE.match(text, groups[0].end).end()
    elif table["group"] is not None:
        cell = re.match(r"[\s|]*", text).end()
    orgs = [f for f in found if f.entity.type == "Organization" and f.start >= (groups[0].end if groups else 0)]
    leads, people = [], []
    if orgs and LEADS_END_RE.fullmatch(text, orgs[-1].end):
        leads = _joined(text, orgs[::-1], cells=table["co"])
    elif table["next"] and cell is not None and table["group"] is not None:
        if orgs and orgs[0].start == cell:
            leads = _joined(text, orgs)
        elif not any(g.start >= cell for g in groups) and (m := PERSON_ITEM_RE.match(text, cell)) and m.group(1) \
                and text[m.end(1):m.end()].strip():  # a person with their agency, not a cell in capitals ("Surface
            # Power Systems"); not "(TWG)" alone, the group's acronym wrapped below
            people = _people(ctx, text, cell, sentence.evidence(), listed=True)
    if (leads or people) and table["group"] is not None:
        for person in people:
            post(ctx, person, table["next"], sentence.evidence(), "group-lead-rows", group=table["group"])
        for lead in leads:
            membership(ctx, lead.entity, table["group"], sentence.evidence(), "group-lead-rows", 0.75,
                       period=table["year"] or ctx.series.date or None, role="isecg:chair")
        table["group"] = None
    elif not groups and not orgs:  # (a line naming agencies is one of a row's wrapped cells)
        table["gap"] += 1
        if table["gap"] > GROUP_ROWS_GAP:
            state.group_rows = None
