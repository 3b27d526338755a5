"""What every rule gets: the document's context (text, fact recorder, events, series) and the
reading state carried from one sentence to the next."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..ingest.model import Document
from .events import Events
from .facts import Evidence, Recorder
from .reference import Entity
from .series import Series
from .text import DocumentText, Line, Marks, Sentence


@dataclass
class Context:
    """What rules read and write: the document, its text units, the fact recorder, its events."""
    doc: Document
    text: DocumentText
    rec: Recorder
    events: Events
    series: Series
    body: Entity | None = None  # the coordination body the document is about ("the group"), if it names one
    publication: Entity | None = None  # the event of this document's own publication, when it narrates it
    participants: list[tuple[Entity, Evidence]] = field(default_factory=list)  # its participants list
    # (chair, body, post IRI, start, evidence, rule, confidence) of the chair terms it dates the start of: events of
    # the body's history, recorded at the document's end (not as the gatherings its sentences tell)
    chairs_taken: list = field(default_factory=list)
    # the date of the item a dateline opened ("THE HAGUE, 14 April 2009 — ..."), up to the next heading: what the item's
    # present tense speaks of, in a digest of dated items
    item_date: str | None = None


@dataclass
class State:
    line: Line | None = None
    owner: Entity | None = None
    table: dict | None = None  # open member table: {"org", "period", "country" (of the rows below), "rows", "members"}
    event: Entity | None = None  # the event the current paragraph or list item is about
    list_event: Entity | None = None  # an event list item waiting for its place and date line
    units_of: str | None = None  # under "<BODY> Working Groups": the body the groups below belong to
    joining: dict | None = None  # "... became members:": {"body", "start", "window"} for the list lines below
    participants: dict | None = None  # "the participants were:": {"body" (their body, if members), "rows"}
    authors: list | None = None  # the lines of an "Authors" section, read as one text when it ends
    people: dict | None = None  # a table of people under its header: {"line" (its last), "pending" rows, "signed"}
    byline: Line | None = None  # the head's byline read by its affiliation marks: no other rule's people
    cover: bool = True  # still in the first page's title block, before its first line of prose
    own_work: bool = False  # the last sentence named this document ("This note records ..."): its "It" is the next's
    chair_rows: dict | None = None  # under a caption or header row of the body's chairs: {"column", "stacked", ...}
    group_rows: dict | None = None  # under a header row of groups and their leads: {"year", "group", "gap"}
    posts: list = field(default_factory=list)  # (post IRI, role, group IRI) of the posts the previous sentence stated
    phases: list | None = None  # rows of a mission-phase table: [[number, text], ...]
    followed: Entity | None = None  # the body the last sentence told members joined ("It was followed by X")
    cited: dict = field(default_factory=dict)  # (genre, year) -> the date a document was given ("the 2020 supplement")
    released: str | None = None  # the date the document told the work of its year was released ("issued in May 2031")
    founded: str | None = None  # when the document said its body was founded ("Fourteen agencies created it in 2007")
    last_date: str | None = None  # the latest date a sentence of this paragraph named ("that year")
    technology_table: list[Line] = field(default_factory=list)  # the lines of the technology table last read
    work_row: Line | None = None  # a technology table's row written out, its work read: the other rules read its rest
    used_lines: set = field(default_factory=set)  # (page, offset) of lines an event table has read
    ranks: dict = field(default_factory=dict)  # (body IRI, date) -> (rank, body, evidence): "X became the 16th member"
    recent: dict | None = None  # "nine agencies that had recently joined ISECG": {"body", "count", "evidence"}
    counts: list = field(default_factory=list)  # (date, count, body, dated by a document it names?, evidence)
    body_named: bool = False  # the previous sentence named the document's body ("It unites 26 agencies")
    last_org: Entity | None = None  # the one organisation the previous sentence named ("Its admission ...")
    lead: Entity | None = None  # the organisation the previous sentence only named ("**NZSA.** The agency ...")
    joined_until: str | None = None  # the latest date a joining clause named ("between March and September 2020")
    facts_at: int = 0  # how many facts were recorded before the sentence the rules read (its own come after)
    joined_before: str | None = None  # the one date the previous sentence told members joined on ("It brings ... to 15")
    previous: str = ""  # the previous sentence's text ("Membership of ISECG stays open ..." before "The count rose ...")
    current: str = ""  # the text of the sentence the rules read
    joinings_by_date: Entity | None = None  # after "By year of accession:": the body the dated lines below join
    section_year: str | None = None  # the year a heading over this section names ("2019", "2019 in review")
    count_table: dict | None = None  # a table of the member count year by year: {"body", "cells", "year", "end"}
    accessions: dict | None = None  # a table of the members that joined: {"body", "year", "lines", "date_first"}
    series: dict | None = None  # "managers met twice": {"name", "online", "left"} for "The first ..., The second ..."
    member_list: dict | None = None  # under "Founding members, since 2007:": {"body", "start", "period", "line", "row"}
    group_section: bool = False  # under a heading naming a group of its own ("Technology Working Group"), not the body
    prev_group: bool = False  # the sentence before named such a group ("The TWG was set up in 2010. Its members ...")
    chair_told: bool = False  # the sentence before told of the body's chair as a post ("There is a chair; it rotates")
    figure: tuple | None = None  # (line, number): a line that is a bare number, a key figure whose label may follow
    profile: Entity | None = None  # the organisation a profile is of ("Agency: X", a heading naming only X)
    fragment: tuple | None = None  # (line, text): a line's last sentence with no end mark, its caption's start
    topic: tuple | None = None  # (line, work item) a paragraph opens with ("CT-1, cryogenic fluid management.")
    gathering: tuple | None = None  # (event, line) of the last gathering a sentence told: the next paragraph may go on
    section_event: tuple | None = None  # (event, line index) of a heading's gathering: its section's sentences tell it
    closed: tuple | None = None  # (event, last day) of a gathering a release said closed "today"
    marks: Marks = field(default_factory=Marks)  # the bodies table rows call notes on ("SSAU ²")
    cut_aside: Sentence | None = None  # a line ending inside an aside ("... Agency (until"), read with the next
    dated_heading: tuple | None = None  # (date, place, host, line index, lead, facts then) of a line of days and place over a paragraph


Rule = Callable[[Context, State, Sentence], "bool | None"]
