"""Rules for people and authorship: who a person works for ("Kathy Laurini (NASA)", "Naoki Sato of
JAXA", "JAXA's Naoki Sato", "the President of POLSA, Dr Grzegorz Brona", an authors table), and who
wrote a paper the document cites by its code ("paper IAC-07-B3.1.08, by A of NASA and B") or the
document itself ("this white paper, issued by ISECG", "ISECG published this supplement").

People are ``schema:Person`` with ``schema:affiliation``; authors are ``dcterms:creator`` of the work.
"""

from __future__ import annotations

import re

from .context import Context, State
from .facts import Evidence
from .reference import Entity
from .text import ORG_LIKE, TABLE_CAPTION_RE, Sentence, coordinated

_NAME = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-Za-zÀ-ÿ][a-zß-ÿ]+)?"  # "Élodie", "Pierre-Luc", "Min-jae"
PERSON = rf"(?:(?:Dr|Prof)\.?\s+)?({_NAME}(?:\s+[A-Z]\.)?(?:\s+(?:Al|al|van|von|de|du|da))?\s+{_NAME})"
AUTHOR_ROW_RE = re.compile(rf"{PERSON}\s+\S")
PERSON_END_RE = re.compile(rf"(?<![\w\-]){PERSON}\s*(?:\(\s*)?$")
NAME_RUN_END_RE = re.compile(r"[A-Z][\w\-]*\s+(?:(?:of|for|the|de|di)\s+)?$")
PERSON_AFTER_ROLE_RE = re.compile(rf"^\s*,?\s*{PERSON}\b")
ROLE_OF_RE = re.compile(r"\b(?:President|Director(?: General)?|Head|Chief|Administrator|Chair(?:man|woman)?)\s+of\s+"
                        r"(?:the\s+)?$")
NOT_NAME_WORDS = {"Space", "Agency", "Centre", "Center", "National", "Administration", "Office", "Institute", "The",
                  "Group", "Working", "International", "Exploration", "Research", "Organisation", "Organization",
                  "Aerospace", "Station", "Lunar", "Moon", "Mars", "European", "Canadian", "Japan", "Agencies",
                  "Those", "These", "This", "That", "With", "And", "Headquarters", "Johnson", "Paper", "Roadmap",
                  "Resources", "Sciences", "Technology", "Technologies", "Development", "Studies", "Affairs"}
AUTHOR_CELL_MAX_WORDS = 8
AUTHOR_ROW_MAX_WORDS = 20
AUTHORS_HEADING_RE = re.compile(r"^(?:Table\s+\d+[.:]\s*)?(?:(?:The|List of)\s+)?(?:Authors?|Contributors|Editors|"
                                r"Writing team|Drafting team)\b", re.I)
PAPER_CODE_RE = re.compile(r"\b([A-Z]{2,5})-\s?(\d\d)([,.\-][\w.,\-]*\w)")
# The document itself: "this white paper", "the present report", or a sentence opening "The assessment ...".
OWN_WORK_RE = re.compile(r"(?:\b(?:this|the present)|^\W*the)\s+(?:[\w\-]+\s+){0,2}(?:paper|supplement|report|document|"
                         r"roadmap|update|edition|strategy|digest|assessment|plan|study)\b", re.I)
BY_RE = re.compile(r"\b(?:issued|published|released|prepared|written|authored)\s+by\s+(?:the\s+)?$", re.I)
# A body no list has, after a person: "Graham Gibbs of the Canadian Embassy in the United States".
NEW_BODY = (r"((?:[A-Z][\w\-]*\s+){1,4}(?:Embassy|Ministry|Department|University|Institute|Laboratory|Observatory|"
            r"Agency|Centre|Center|Office|Council|Commission)(?:\s+(?:of|for|in)\s+(?:the\s+)?[A-Z][\w\-]*"
            r"(?:\s+[A-Z][\w\-]*){0,3})?)")
PERSON_OF_NEW_RE = re.compile(rf"{PERSON}\s+of\s+(?:the\s+)?{NEW_BODY}")
# A minister or official of a country's government: "UK Science and Innovation Minister Malcolm Wicks".
OFFICIAL_RE = re.compile(rf"\b([A-Z][\w\-]*)\s+(?:[A-Z][\w\-]*\s+(?:and\s+)?){{0,4}}(?:Minister|Secretary|Ambassador)"
                         rf"\s+{PERSON}")
AUTHORS_LEAD_RE = re.compile(r"^\W*(?:(?:Lead |Contributing |Co-)?Authors?|Editors?|Contributors|Written by|"
                             r"Prepared by)\s*[:\-–]", re.I)
# A byline: "Prepared by the ISECG Science Working Group for ...", the document's own.
BYLINE_RE = re.compile(r"^\W*(?:Prepared|Written|Issued|Published|Compiled|Produced)\s+by\s+(?:the\s+)?")
PUBLISHED_RE = re.compile(r"\b(?:published|issued|released|prepared)\s+$", re.I)


def _person(ctx: Context, name: str, evidence: Evidence) -> Entity | None:
    words = name.split()
    if any(w in NOT_NAME_WORDS for w in words) or ctx.rec.gazetteer.lookup(name) is not None \
            or any(ctx.rec.gazetteer.lookup(w) is not None for w in words if len(w) > 2 and not w.endswith(".")):
        return None
    return ctx.rec.define(name, "Person", evidence, rule="person", confidence=0.75)


def _affiliate(ctx: Context, person: Entity, org: Entity, evidence: Evidence, rule: str) -> None:
    ctx.rec.fact(person.iri, "schema:affiliation", org.iri, rule, 0.8, evidence)


def affiliations(ctx: Context, state: State, sentence: Sentence, *, text: str | None = None,
                 evidence: Evidence | None = None, mentions=None) -> list[tuple[Entity, Entity]]:
    """(person, organisation) pairs a sentence states; each is recorded."""
    text = sentence.text if text is None else text
    mentions = sentence.mentions if mentions is None else mentions
    evidence = evidence or sentence.evidence()
    found = []
    for m in mentions:
        if m.entity.type not in ORG_LIKE:
            continue
        before, after = text[:m.start], text[m.end:]
        end = PERSON_END_RE.search(before)
        if end and before.rstrip().endswith("(") and NAME_RUN_END_RE.search(before[:end.start()]):
            end = None  # "Agenzia Spaziale Italiana (ASI)": the end of the body's own name, not a person's
        candidates = [
            end,  # "Kathy Laurini (NASA)", "Roland Martinez NASA" (a table)
            re.search(rf"{PERSON}\s+of\s+(?:the\s+)?$", before),  # "Naoki Sato of JAXA"
            re.match(rf"(?:'s|’s)\s+{PERSON}", after),  # "JAXA's Naoki Sato"
            ROLE_OF_RE.search(before) and PERSON_AFTER_ROLE_RE.match(after),  # "the President of X, Dr Y Z"
        ]
        person = next((p for p in (_person(ctx, c.group(1), evidence) for c in candidates if c) if p), None)
        if person is not None:
            _affiliate(ctx, person, m.entity, evidence, "affiliation")
            found.append((person, m.entity))
    return found


def new_affiliations(ctx: Context, sentence: Sentence, evidence: Evidence) -> list[tuple[Entity, Entity]]:
    """People of bodies no reference list has, which become entities from the text: "A of the Canadian
    Embassy in the United States", "UK Science Minister B" (the UK government)."""
    found = []
    for m in PERSON_OF_NEW_RE.finditer(sentence.text):
        name = m.group(2).strip()
        if ctx.rec.gazetteer.lookup(name) is None and not any(
                f.start == 0 and f.entity.type in ORG_LIKE for f in ctx.rec.gazetteer.find(name)):
            person = _person(ctx, m.group(1), evidence)
            if person is not None:
                found.append((person, ctx.rec.define(name, "Organization", evidence, rule="affiliation",
                                                     confidence=0.7, cls="org:FormalOrganization")))
    for m in OFFICIAL_RE.finditer(sentence.text):
        country = ctx.rec.gazetteer.lookup(m.group(1))
        if country is not None and country.type == "Country":
            person = _person(ctx, m.group(2), evidence)
            if person is not None:
                government = ctx.rec.define(f"{m.group(1)} government", "Organization", evidence, rule="official",
                                            confidence=0.7, cls="org:FormalOrganization")
                ctx.rec.fact(government.iri, "isecg:country", country.iri, "official", 0.7, evidence)
                found.append((person, government))
    for person, org in found:
        _affiliate(ctx, person, org, evidence, "affiliation")
    return found


def people(ctx: Context, state: State, sentence: Sentence) -> None:
    """People and their organisations; a cited paper's authors; who issued this document."""
    pairs = affiliations(ctx, state, sentence)
    text = sentence.text
    pairs += new_affiliations(ctx, sentence, sentence.evidence())
    code = PAPER_CODE_RE.search(text)
    evidence = sentence.evidence()
    if code:
        paper = _paper(ctx, code, evidence)
        owner = re.search(r"(\S+?)(?:'s|’s)\s+(?:[\w\-]+\s+){0,3}paper\s*$", text[:code.start()])
        group = ctx.rec.gazetteer.lookup(owner.group(1)) if owner else None
        if group is not None and group.type in ORG_LIKE:  # "DLR's 2010 congress paper IAC-10...": its authors too
            ctx.rec.fact(paper.iri, "dcterms:creator", group.iri, "paper-authors", 0.8, evidence)
            listed = re.search(r"\(([^()]*(?:,|\band\b)[^()]*)\)", text[code.end():])
            for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group(1)) if listed else []:
                person = _person(ctx, name.strip(), evidence) if re.fullmatch(PERSON, name.strip()) else None
                if person is not None:
                    _affiliate(ctx, person, group, evidence, "paper-authors")
                    pairs.append((person, group))
        if re.search(r"\bby\b", text[code.end():]) or group is not None:
            for person, _ in pairs:
                ctx.rec.fact(paper.iri, "dcterms:creator", person.iri, "paper-authors", 0.8, evidence)
    if AUTHORS_LEAD_RE.match(text):  # "Authors: A (NASA), B (JAXA) and C (CNES).": this document's authors
        for person, org in pairs:
            ctx.rec.fact(ctx.series.iri, "dcterms:creator", person.iri, "authors", 0.8, evidence)
            ctx.rec.fact(ctx.series.iri, "dcterms:creator", org.iri, "authors", 0.8, evidence)
    own, byline = OWN_WORK_RE.search(text), BYLINE_RE.match(text)
    orgs = [m for m in sentence.mentions if m.entity.type in ORG_LIKE]
    issuers = [m for m in orgs if own and (BY_RE.search(text[:m.start]) and m.start > own.end()
                                          or PUBLISHED_RE.search(text[m.end:own.start()]))]
    issuers += coordinated(sentence, byline.end(), len(text)) if byline else []
    for m in issuers:
        # "prepared by the ISECG Science Working Group": the body named is the unit, not its parent
        unit = next((o for o in orgs if o.start >= m.end), None)
        issuer = unit if unit is not None and not text[m.end:unit.start].strip() else m
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", issuer.entity.iri, "issued-by", 0.8, evidence)
        ctx.rec.fact(ctx.series.iri, "dcterms:publisher", issuer.entity.iri, "issued-by", 0.8, evidence)


def _paper(ctx: Context, code: re.Match, evidence: Evidence) -> Entity:
    name = f"{code.group(1)}-{code.group(2)}{code.group(3)}"
    return ctx.rec.define(name, "Document", evidence, rule="paper-code", confidence=0.8, slug=name)


def author_section(ctx: Context, state: State, sentence: Sentence) -> bool | None:
    """An "Authors" section laid out as a table, one cell a line: its lines are read as one text
    ("Bernhard Hufenbach European Space Agency (ESA) ESTEC, ..."); every affiliation is an author
    of this document."""
    line = sentence.line
    if state.authors is not None and line is not state.authors[0]:
        if _in_author_table(line.text):
            if not state.authors or state.authors[-1] is not line:
                state.authors.append(line)
            return True
        end_authors(ctx, state)
    opens = line.heading or TABLE_CAPTION_RE.match(line.text)  # "Authors", "Table 2. Authors and affiliations"
    if opens and AUTHORS_HEADING_RE.search(line.text) and len(line.text.split()) <= 10:
        state.authors = [line]
    return None


def _in_author_table(text: str) -> bool:
    """A line of an authors table: a cell, a Markdown row, or a row that opens with a person ("Anna Berg
    European Space Agency (ESA), ESTEC lead author"); a line of prose (long, or a sentence) ends the table."""
    words, sentence = text.split(), text.endswith(".")
    return text.startswith("|") or len(words) <= AUTHOR_CELL_MAX_WORDS and not (len(words) >= 4 and sentence) \
        or AUTHOR_ROW_RE.match(text) is not None and len(words) <= AUTHOR_ROW_MAX_WORDS and not sentence


def end_authors(ctx: Context, state: State) -> None:
    """Read the "Authors" section being gathered, when a line of prose or the document ends it."""
    lines, state.authors = (state.authors or [])[1:], None
    if not lines:
        return
    text = " ".join(" ".join(line.text.replace("|", " ").split()) for line in lines)
    evidence = Evidence(ctx.text.passage_at(lines[0].page, lines[0].offset), lines[0].page, text)
    mentions = ctx.rec.gazetteer.find(text)
    pairs = affiliations(ctx, None, None, text=text, evidence=evidence, mentions=mentions)
    for person, org in pairs:
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", person.iri, "authors", 0.8, evidence)
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", org.iri, "authors", 0.8, evidence)
