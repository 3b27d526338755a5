"""Questions about facts that hold at a time, answered from the graph's dated facts: who chaired a body
when (and who it passed to), which member joined when or was a body's Nth, the Nth phase of a roadmap,
"how many more at A than at B" from the counts dated A and B, "which came first" and "how long after" from the
dates documents were issued, "how many between A and B" from counts stated over periods that follow one another, and the
agencies of a document's authors.

Each shape is one SPARQL query (shown with the answer) whose rows carry the provenance of each fact (the
passage and sentence it was read from, the date it holds at); ``compose`` turns the rows into the answer,
and the passages of the facts it used become the answer's first evidence, one per document used.
The facts' shapes are those of kg/rules_org.py and kg/rules_roadmap.py: ``org:Membership`` nodes (a chair
with ``org:role isecg:chair``) whose ``org:memberDuring`` interval is labelled with a date or has
OWL-Time ``time:hasBeginning``/``time:hasEnd`` instants; ``isecg:memberCount`` and
``isecg:participantCount`` values dated by ``dcterms:date`` / ``schema:startDate``.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

from ..kg.dates import spoken, spoken_days
from ..kg.vocab import prologue, term
from ..text import CARDINALS, TENS
from .shapes import MEMBER_WORDS, MONTH_NUMBERS, Question, iri_term, date_filter
from .sentences import (COUNT_ASKED, DATE, DAY_RANGE, DOCUMENT_YEAR, FULL_DATE, GATHERING, MONTHS, NUMBER, STOPWORDS, YEAR,
                        and_joined, count_in, counted, initialled, number_value, site_at)

PREFIXES = prologue(["rdf", "rdfs", "skos", "org", "dcterms", "schema", "prov", "time", "isecg", "xsd"])
# The lexical value of an OWL-Time instant, whatever its precision.
INSTANT = "(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear)"
# The provenance of a fact ?s ?p ?o: the passage and sentence it was read from.
PROVENANCE = ("OPTIONAL {{ ?st{n} rdf:subject {s} ; rdf:predicate {p} ; prov:wasDerivedFrom ?passage{n} ; "
              "isecg:sentence ?sentence{n} . }}")
ORDINALS = {w: i for i, w in enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth "
                                       "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
                                       "eighteenth nineteenth twentieth".split())}
# "15th", "fifteenth", "twenty-sixth" (its tens as a cardinal, its units as an ordinal; ranks past 29 in digits)
ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b|\b(?:(twenty)-)?(" + "|".join(ORDINALS) + r")\b", re.I)


@dataclass
class Composed:
    """An answer made of dated facts."""

    short: str | None  # the name, date or number, before the sentence (None: the facts leave it open)
    text: str  # the answer, saying what it rests on (or why the facts leave it open)
    answers: list[dict]  # [{"label", "iri"}]
    sources: list[tuple[str, str]]  # (passage IRI, sentence) of each fact used, in order


@dataclass
class DatedPlan:
    shape: str
    sparql: str
    compose: Callable[[list[dict]], Composed | None]
    focus: list[str]
    # the passage a fact was read from must be among those the question finds: an event named by its words alone
    # may be another of those words the graph does not know ("the Songdo meeting" of another year)
    found: bool = False


@dataclass
class Names:
    """How an answer names an entity: in full (its label) and short (its acronym, else its label)."""

    label: Callable[[str], str]
    short: Callable[[str], str]
    # The body a question about "the chair" or "a member" means when it names none: the one the documents
    # state most memberships of (None: no default).
    main: Callable[[], str | None] = lambda: None
    # The text of the passage a fact was read from, by its IRI ("": unknown).
    passage: Callable[[str], str] = lambda iri: ""
    # In full as a sentence names it, when it uses another of its names (a former one: "Norwegian Space Centre" of
    # the Norwegian Space Agency), else its label.
    told: Callable[[str, str], str] | None = None

    def as_told(self, iri: str, sentence: str | None) -> str:
        return self.told(iri, sentence or "") if self.told else self.label(iri)


@dataclass
class Body:
    """A body a question means without naming it (see Names.main)."""

    iri: str
    label: str


def _main_body(names: Names) -> Body | None:
    iri = names.main()
    return Body(iri, names.label(iri)) if iri else None


def plan(q: Question, names: Names) -> DatedPlan | None:
    """The dated shape that fits ``q``, or None."""
    # whether a body was a member at a date comes before when it joined ("Was LSA a member as of November 2018, and
    # in which year did it join?": the verdict, with the joining date)
    for shape in (edition_at, chair, nth_member, latest_member, joined_first, member_at, joined, joined_compared, joined_in, phase, phases,
                  member_count, delegation_size, event_details, affiliation):
        found = shape(q, names)
        if found is not None:
            return found
    return None


def ordinal(text: str) -> int | None:
    """The first ordinal of ``text`` ("15th" -> 15, "second" -> 2)."""
    m = ORDINAL.search(text)
    if m is None:
        return None
    return _ordinal_value(m)


def _ordinal_value(m: re.Match) -> int:
    """The value of an ordinal matched as ORDINAL or RANK_TOLD match it: digits, or tens and an ordinal word."""
    if m.group(1):
        return int(m.group(1))
    return (TENS[m.group(2).lower()] if m.group(2) else 0) + ORDINALS[m.group(3).lower()]


# -- who chaired a body when ---------------------------------------------------------------------------------

SUCCESSOR = re.compile(r"\b(?:pass(?:ed)?|hand(?:ed)?\s+over|succeed(?:ed)?|successor|next|later|then|after|"
                       r"took\s+(?:the\s+chair\s+|it\s+)?over|taken\s+(?:it\s+)?over)\b", re.I)
# "Which agency gave up the chair at the Bremen meeting, and which took it over?": the handover of that date.
HANDOVER = re.compile(r"\b(?:gave|give|given)\s+up\b|\b(?:relinquish|stepp?(?:ed)?\s+down|left\s+the\s+chair)", re.I)
SINCE_WHEN = re.compile(r"\bsince when\b|\bhow long had\b|\b(?:from|since) (?:what|which) (?:date|day|month|year)\b",
                        re.I)
# "did NASA hand the chair to", "did ESA pass the chairmanship on to": the subject hands the chair to the one asked
_HANDED_TO = (r"\b(?:hand|pass|give|transfer|cede)\s+(?:on\s+|over\s+)?(?:the\s+(?:\w+\s+)?"
              r"(?:chair\w*|helm|presidency)(?:\s+of\s+[\w-]+)?|it)\s+(?:on\s+|over\s+)?to\b|^\s*to\s+(?:whom|which|what)\b")
# The words before a holder whose successor is asked: "succeed KARI", "take over from KARI", "took the chair from
# KARI", "after KARI".
AFTER_HOLDER = (r"(?:succeed(?:ed|s)?|replac(?:e|ed|es)|(?:take|took|taken|taking)\s+(?:over\s+)?(?:the\s+(?:\w+\s+)?"
                 r"chair\w*\s+|it\s+)?(?:over\s+)?from|after)")
# The words before a holder whose predecessor is asked: "immediately before KARI", "preceded KARI", "the predecessor of
# KARI".
_BEFORE_HOLDER = r"(?:(?:(?:immediately|just|directly|right)\s+)?(?:before|preced(?:e|ed|es|ing))|predecessor\s+of)"
# "between ESA's term and JAXA's term", "between the CSA and NASA chairmanships": the holders asked are those after the
# first named and before the second (a span of dates is SPAN_ASKED's)
BETWEEN_HOLDERS = re.compile(r"\bbetween\s+(?P<first>[^?]+?)\s+and\s+(?P<second>[^?]+?)\s*(?:\?|$)", re.I)
# The verb of the holder who handed the one named the chair: "handed KARI the chair", "gave ESA the chairmanship"
_HANDED = r"(?:hand(?:s|ed)?|pass(?:es|ed)?|g[ai]ve(?:s|n)?)"
# "Who was to take over the chair on 1 January 2022?": the holder whose term began then, not the one it ended.
TOOK_OVER = re.compile(r"\b(?:take|takes|took|taken|taking)\s+over\b|\b(?:assume[sd]?|took|take)\s+(?:on\s+)?the\s+"
                       r"(?:\w+\s+)?chair(?:man)?(?:ship)?\b|\b(?:became|become|becomes|becoming)\s+(?:the\s+)?(?:\w+\s+)?"
                       r"chair(?:man)?\b", re.I)

# "when JAXA took it over", "when it handed the chair to CSA", "before handing it to NASA": a clause dating a term's
# end by its handover
HANDED_OVER_WHEN = re.compile(r"\b(?:when|before)\s+[^,?;]*?\b(?:took|takes?|taken|taking|assum\w*|(?:hand|pass)\w*)\b[^,?;]*",
                              re.I)


def with_date(name: str, date: str | None) -> str:
    """A thing named with its date in words, as an answer prints it: "ISECG side meeting (15 June 2021)"; the ISO
    date stays in the structured fields and the SPARQL."""
    return f"{name} ({spoken(str(date))})" if date else name


# A title naming its kind ("... Roadmap Supplement", "Annual Report", "Gap Assessment"): a reader names it by that
# title and its date ("the Global Exploration Roadmap Supplement of August 2020"); any other title is cited with its
# date after it ("Critical Technology Needs (November 2019)").
KIND_NAMED = re.compile(r"\b(?:roadmap|supplement|report|strategy|assessment|paper|plan|framework|scenario|review|"
                        r"study|map|handbook|guide|charter)s?$", re.I)
# A title naming an edition or issue ("— Second Edition", ", third edition", "— Version 1.0"): its own words say which.
EDITION_NAMED = re.compile(r"\b(?:edition|issue|version|revision)\b", re.I)


# The word a reader names a work's kind by (its dcterms:type), when its title does not say it.
KIND_WORDS = {"white-paper": "paper", "conference-paper": "paper", "annual-report": "report", "report": "report",
              "workshop-report": "report",
              "supplement": "supplement", "roadmap": "roadmap", "strategy": "strategy"}


def document_name(title: str, issued: str | None = None, kind: str | None = None, publisher: str | None = None) -> str:
    """A document named as a reader names it, with its date in words: the main part of a title naming its kind (or
    of a title with the word of its ``kind`` after it), the body that issued it before, then the date, then the rest of
    the title ("the ISECG Global Exploration Roadmap Supplement of August 2020 (Lunar Surface Exploration Scenario
    Update)", "the ISECG Critical Technology Needs paper of November 2019"); any other title with its date after it
    ("The Global Exploration Roadmap — Second Edition (August 2013)"); a title dated itself ("ISECG Annual Report
    2022") as it is."""
    main, _, rest = (re.split(r"(\s+[—–-]\s+|:\s+)", title, maxsplit=1) + ["", ""])[:3]
    if re.search(r"\b(?:19|20)\d\d\b", main):
        return title
    word = KIND_WORDS.get(kind or "")
    if not issued or EDITION_NAMED.search(title) or not (KIND_NAMED.search(main) or word):
        return with_date(title, issued)
    main = re.sub(r"^[Tt]he\s+", "", main)
    if not KIND_NAMED.search(main):
        main = f"{main} {word}"
    if publisher and publisher.lower() not in main.lower().split():
        main = f"{publisher} {main}"
    return f"the {main} of {spoken(str(issued))}" + (f" ({rest})" if rest else "")


def spoken_at(date: str) -> str:
    """When, as prose says it: "on 6 June 2019", "in June 2019", "in 2019"."""
    return f"{'on' if date.count('-') == 2 else 'in'} {spoken(date)}"


# The second question of "Which agency chaired ISECG in March 2020, and <who followed it>?": what else it asks of the
# holder's term, which the chairs' timeline answers (not "who represented the chair", a person the passages name).
SECOND_PART = re.compile(r",?\s+and\s+(?=(?:(?:in|on|at|by|from|for|with|to|since|until|till|up\s+to)\s+)?"
                         r"(?:who|whom|what|which|when|where|how|since|until|till)\b)", re.I)
# (its first verb of the kind: "When did ASI take over the chair before handing it to JAXA?" asks the start)
_WHEN = r"^\s*(?:(?:when|on\s+what\s+(?:date|day)|in\s+(?:what|which)\s+(?:year|month))\b.*?\b"
# "until when?", "when did it hand the chair over?", "when did its term end?": the end of the holder's term
UNTIL_ASKED = re.compile(r"^\s*(?:until|till|up\s+to)\s+(?:when|what\s+(?:date|day|month|year))\b|" + _WHEN +
                         r"(?:hand|pass|gave|give|relinquish|leave|left|step|cede|transferr?|end|finish|expire)\w*)", re.I)
# "since when?", "from what date?", "when did it take over / become chair / assume the chair?": the term's start
SINCE_ASKED = re.compile(r"^\s*(?:since|from)\s+(?:when|what\s+(?:date|day|month|year|time)|which\s+(?:date|day|month|"
                         r"year))\b|\bhow\s+long\s+had\b|" + _WHEN + r"(?:take|took|taken|become|became|assume|"
                         r"receive|received|get|got|gain|start|begin|began|accede|inherit|elected|appointed)\w*)",
                         re.I)


def _edge_asked(first: str) -> str | None:
    """The edge of a term a question asks by its verb ("until": "When did ASI hand the chair over?", "since": "Since
    when has CSA chaired ISECG?"); of two verbs, the first ("When did ASI take the chair over before handing it to
    JAXA?": its start, which the handover does not date)."""
    until, since = UNTIL_ASKED.search(first), SINCE_ASKED.search(first) or re.match(r"^\s*(?:since|from)\s+when\b",
                                                                                    first, re.I)
    if until and since:
        return "until" if until.end() <= since.end() else "since"
    return "until" if until else "since" if since else None


# "which agency had held the chair before it?", "who preceded it?", "from whom did it take the chair over?"
PREDECESSOR_ASKED = re.compile(r"\bbefore\b|\bpreced\w*|\bpredecessor|\bprevious\w*|\bprior\b|"
                               r"^\s*from\s+(?:whom|which|what)\b|\bfrom\s+(?:whom|which\s+\w+|what\s+\w+)\s*\??\s*$", re.I)
# "who followed it?", "which agency replaced it?", "to whom did it hand the chair?", "where did the chair rotate next?"
_CHAIR_OBJECT = r"\s+(?:on\s+|over\s+)?(?:it|the\s+(?:\w+\s+)?(?:chair\w*|helm|presidency))\b"
SUCCESSOR_ASKED = re.compile(SUCCESSOR.pattern + r"|\bfollow\w*|\breplac\w*|\brotat\w*|^\s*to\s+(?:whom|which|what)\b|"
                             r"\b(?:hand\w*|gave|give|given|transferr?\w*|receiv\w*|inherit\w*|took|take|taken|assumed?)"
                             + _CHAIR_OBJECT, re.I)


def second_asked(question: str) -> str | None:
    """What the second question of a two-part chair question asks of the holder the first names: "until",
    "since", "predecessor" or "successor" (None: no second question, or one the timeline does not answer)."""
    parts = SECOND_PART.split(question, maxsplit=1)
    if len(parts) < 2 or re.search(REPRESENTED, parts[1], re.I) or re.match(r"\s*(?:where|at\s+which|at\s+what|during|in\s+"
                                                                           r"which\s+(?:meeting|city|place))\b", parts[1], re.I):
        return None  # a person ("who represented it"), a place or a meeting: the passages tell it
    second = parts[1]
    if re.fullmatch(r"\s*(?:when|on\s+what\s+(?:date|day)|in\s+(?:what|which)\s+(?:year|month))\s*\??\s*", second, re.I):
        # "Which agency took over the chair in 2021, and when?": the start of the term the first part's verb tells
        # (its end: "... handed the chair over ..., and when?")
        return "since" if TOOK_OVER.search(parts[0]) else "until" if re.search(
            r"\b(?:hand|pass|gave|give|relinquish|cede|transferr?)\w*", parts[0], re.I) else None
    for kind, asked in (("until", UNTIL_ASKED), ("since", SINCE_ASKED), ("predecessor", PREDECESSOR_ASKED),
                        ("successor", SUCCESSOR_ASKED)):
        # who came before or after is asked as who or which ("and how many agencies took part?" is no successor)
        if asked.search(second) and (kind in ("until", "since") or re.match(r"\s*(?:to\s+|from\s+)?(?:who|whom|which|what)\b",
                                                                          second, re.I)):
            return kind
    return None


# A span of time the question asks of: "between 2016 and 2019", "from March 2015 to 2017"
SPAN_ASKED = re.compile(rf"\b(?:between|from)\s+(?:(?:{MONTHS})\w*\s+)?(?:19|20)\d\d\s+(?:and|to|until|till|through)\s+"
                        rf"(?P<end>(?:(?:{MONTHS})\w*\s+)?(?:19|20)\d\d)\b", re.I)
# "during 2013", "throughout 2019", "for the whole of 2020": the whole year, a span the holder asked must hold from its
# start to its end (a handover within it leaves no one holder)
WHOLE_YEAR = re.compile(r"\b(?:during|throughout|(?:for|over)\s+the\s+(?:whole|entire)\s+(?:of\s+)?)\s*(?:the\s+(?:year\s+)?)?"
                        r"(?P<year>(?:19|20)\d\d)\b(?!\s*(?:[–—-]|and|to|until)\s*(?:19|20)\d\d)", re.I)
# "Which agencies chaired ISECG, in order, from the 2013 roadmap's release until the end of 2018?", "... between 2016
# and 2020?": the holders over a span, each in turn (a span named by its years, what dates them between)
ORDERED_SPAN = re.compile(rf"\b(?:which|what)\s+(?:agencies|organi[sz]ations|bodies)\b[^?]*?\b(?:from|between)\s+(?:[^?]*?\s)?"
                          rf"(?P<start>(?:(?:{MONTHS})\w*\s+)?(?:19|20)\d\d)\b[^?]*?\b(?:until|till|to|through|and)\s+"
                          rf"(?:the\s+(?:end|close|start|beginning)\s+of\s+)?(?P<end>(?:(?:{MONTHS})\w*\s+)?(?:19|20)\d\d)\b", re.I)
# "ASI chaired ISECG in 2009. When did it ...?": a statement told before the question, whose body "it" stands for
STATED_FIRST = re.compile(r"^[^?]*?[.!](?=\s+[A-Z])")
# a statement that reports what a source said: "The 2011 statement said ASI would take the chair", "the 2030 report
# noted that ..."
REPORTED = re.compile(r"\b(?:said|says|stated|states|reported|reports|announced|announces|noted|notes|wrote|writes)\b",
                      re.I)
# "take up the chair again", "for a second time", "once more", "return to the chair": a later term of the same holder
AGAIN = re.compile(r"\bagain\b|\b(?:a\s+)?second\s+(?:time|term)\b|\bonce\s+more\b|\breturn\w*\s+to\s+the\s+chair", re.I)
# "before it rotated for the first time", "until the first handover", "its first term": the holder's first term
FIRST_TERM = re.compile(r"\bfor\s+the\s+first\s+time\b|\bfirst\s+(?:rotation|handover|hand-over|term)\b", re.I)
# "during its second term", "JAXA's third stint": which of the holder's terms, in time order
NTH_TERM = re.compile(r"\b(?P<nth>second|third|fourth|fifth)\s+(?:term|stint|spell|mandate|tenure)\b", re.I)
# "chaired the heads of delegation videoconference", "chairs the writing team": what is chaired, named by words
# (not "the group", the body the documents are about)
CHAIRED_OBJECT = re.compile(r"\bchair(?:ed|s|ing)?\s+(?:the|a|an|its|their|this|that)\s+(?!(?:group|chair)\b)\w", re.I)


# A group, team or committee the question names by a word of its own, no body the graph knows ("Who chaired the
# lunar architecture team?", "the chair of the drafting group"): its chair is not that of the body the documents are
# about (not "the group" alone, which is that body)
OTHER_GROUP = re.compile(r"\b(?:working\s+group|(?:sub-?|study\s+|drafting\s+|writing\s+|editorial\s+|expert\s+)group|"
                         r"team|committee|task\s+force|panel|board|workshop|study)\b", re.I)


# What a question asks for by its first "which X" / "what X", when X is no body: a document, a meeting, a place, a
# time or a subject ("Which document did the new chair present?", "Which report lists the agencies that joined in
# 2019?"), or "what" as an object ("What did the chair announce?"). A route answering with a body (a chair, a member)
# does not fit such a question, however many of its words ("chair", "joined") it shares: the passages answer it.
OTHER_FOCUS = re.compile(r"(?:which|what)\s+(?:[\w-]+\s+)?(?:documents?|reports?|papers?|publications?|editions?|"
                         r"products?|roadmaps?|meetings?|events?|workshops?|plenar(?:y|ies)|conferences?|sessions?|"
                         r"cit(?:y|ies)|places?|venues?|locations?|years?|months?|days?|dates?|topics?|themes?|"
                         r"decisions?|missions?|priorit(?:y|ies)|recommendations?|projects?|stud(?:y|ies))\b|"
                         r"what\s+(?:did|does|do|has|have|had|will|would|should|could|can)\b", re.I)


# a question's first wh-word: what it asks for ("who": a person, "which agency": a body)
FIRST_WH = re.compile(r"\b(?:who|whom|whose|which|what|when|where|how)\b", re.I)


def asks_other(text: str) -> bool:
    """Whether the first question of ``text`` asks, by its first wh-word, for something no body answers."""
    first = SECOND_PART.split(text, maxsplit=1)[0]
    m = FIRST_WH.search(first)
    return bool(m and OTHER_FOCUS.match(first, m.start()))


# "For what period did X chair ISECG?", "Over which period ...", "What were the dates of X's chairmanship?": the
# span of a holder's term
PERIOD_ASKED = (r"\b(?:for|over|during)\s+(?:what|which)\s+(?:period|time\s+span|span|dates|years)\b|"
                r"\bwhat\s+(?:was|were)\s+the\s+(?:period|dates|span)\s+of\b")
# A question of the person who speaks for the agency holding the chair, not of the agency
REPRESENTED = r"\brepresent(?:s|ed|ing|ative)?\b|\bon\s+(?:its\s+|their\s+)?behalf\b"


# Whom a question cites for what it asks ("Which agencies joined ISECG in 2020, according to the chair?"): a source,
# not what is asked.
SOURCE_CITED = re.compile(r",?\s*\b(?:according\s+to|as\s+(?:stated|told|said|reported)\s+by|in\s+the\s+words\s+of)\s+"
                         r"[^,?]*", re.I)


# What a person chaired is asked, not who chaired: "which working group", "what committee" beside a person named.
PERSON_CHAIRED = r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}(?:group|team|committee|board|panel|session|unit)s?\b"


def chair(q: Question, names: Names) -> DatedPlan | None:
    """"Who chairs ISECG?", "Which agency chaired ISECG in 2015?", "... and to which agency did it later pass
    the chair?": the chairs of the body in time order; the one holding it at the year asked (else the latest),
    and its successor when the question asks who came next."""
    # "When did CSA take over the ISECG chair?", "Since when has CSA chaired ISECG?", "When did ASI hand the chair
    # over?": when the term of the holder asked began (or ended), which one question asks alone
    # (of the question told after a statement: "ASI chaired ISECG in 2009. When did it take up the chair again?")
    agencies = [re.escape(re.sub(r"['’]s$", "", o.text)) for o in q.of("org", "unit")]
    if q.of("person") and re.match(r"^\s*(?:[^,?]*,\s*)?who\b", q.text, re.I) and not any(
            q.has(rf"\b{o}['’]s\s+{re.escape(p.text)}\b") for p in q.of("person") for o in agencies):
        # "Who passed the chair to Ms A?": the person on the other side of a handover, as passages tell (not when the
        # question names A as the agency's: "Who held the chair before JAXA's A took it over?", the turn before JAXA's)
        return None
    if q.of("person") and q.has(PERSON_CHAIRED):
        return None  # "Which working group did Ms A co-chair in 2019?": what the person chaired, as passages tell
    told = STATED_FIRST.match(q.text)
    asking = q.text[told.end():] if told else q.text
    # (of a first question alone, unless the second asks the holder on the other side of that handover: "When did ESA
    # take over the chair, and from which agency?")
    first, *more = SECOND_PART.split(asking, maxsplit=1)
    # "Who was ISECG Chair when ...?": the person of the holding agency the documents name as the body's chair, with
    # the agency (a chair post, dated by its statement)
    person_asked = (wh := FIRST_WH.search(asking)) is not None and wh.group().lower() == "who"
    # "For what period did UKSA chair ISECG?": the holder's term, its span as the answer (its length for "how long")
    period_asked = q.has(PERIOD_ASKED)
    long = period_asked or q.has(r"\bhow long\b")
    edge = None if long else _edge_asked(first)
    if more and (edge, second_asked(asking)) not in (("since", "predecessor"), ("until", "successor")):
        edge = None
    if not re.search(r"\bchair|\bpresidency\b", SOURCE_CITED.sub("", q.text), re.I) or \
            not (edge or long or q.has(r"\b(?:who|which|what)\b")) or re.search(
            REPRESENTED, re.split(r",?\s+and\s+(?=who|which|what)", q.text, maxsplit=1)[0], re.I):
        return None  # "Who represented the chair?": a person, whom the passages name (a second question may ask it)
    # "For how long did ASI chair ISECG", "How long was JAXA in the ISECG chair", "How long had ASI been ...": the
    # holder the question asks of, the subject of its verb
    subject = r"(?:did|does|do|was|were|is|had|has)" if long or edge else r"(?:did|does|do)"
    # ("did the UK Space Agency chair ISECG", not the body of "did the ISECG chair pass")
    asked = [m for m in q.of("org", "unit") if q.has(rf"\b{subject}\s+(?:the\s+)?{re.escape(m.text)}\b"
                                                     r"(?!\s+chair\w*\s+(?!(?:the\s+)?(?-i:[A-Z])))")]
    if not asked and told and q.has(rf"\b{subject}\s+(?:it|they)\b"):
        # "ASI chaired ISECG in 2009. When did it take up the chair again?": "it" is the holder the statement before
        # names, not the body chaired ("chaired ISECG", "the ISECG chair", the body the documents are about)
        main = _main_body(names)
        asked = [m for m in q.of("org", "unit") if m.end <= told.end() and not (main and m.iri == main.iri) and not
                 re.search(rf"\bchair\w*\s+(?:of\s+)?(?:the\s+)?{re.escape(m.text)}\b|\b{re.escape(m.text)}\s+chair\b",
                           told.group(), re.I)][:1]
    # a body named twice ("the ISECG bulletin ..., which agency chairs ISECG?") is one body
    bodies = [m for i, m in enumerate(q.of("org", "unit")) if m not in asked
              and m.iri not in {b.iri for b in q.of("org", "unit")[:i]}]
    holder = asked[0].iri if asked and (edge or long) else None
    # "For how long had ESA held the chair when JAXA took it over?", "... when it handed over to CSA?": the term the
    # holder handed to the one the clause names (an agency chairing twice handed it to two), which the chair
    # statements date (not a time they leave undated)
    clause = HANDED_OVER_WHEN.search(q.text) if long and holder else None
    taken_by = next((m.iri for m in bodies if clause.start() <= m.start < clause.end() and not re.search(
        rf"\b{re.escape(m.text)}\s+chair|\bchair\w*\s+of\s+(?:the\s+)?{re.escape(m.text)}\b", clause.group(), re.I)),
        None) if clause else None  # (not the body chaired: "when the ISECG chair passed to JAXA")
    if edge and holder is None:  # "When did the chair pass from ASI to CSA?": the day CSA's term began
        ends = [(m, "since") for m in bodies if q.has(rf"\bto\s+{re.escape(m.text)}\b")] or \
            [(m, "until") for m in bodies if q.has(rf"\bfrom\s+{re.escape(m.text)}\b")]
        if ends:
            edge, holder = ends[0][1], ends[0][0].iri
            bodies = [b for b in bodies if b not in [e for e, _ in ends] and not q.has(rf"\bfrom\s+{re.escape(b.text)}\b")]
    if edge and holder is None:
        return None  # "When did the chair pass to NASA?": the passages tell it
    # "When did JAXA hand the chair over to KARI?", "When did ASI take the chair over before handing it to JAXA?": the
    # term handed to that holder (taken from it: "from KARI"), not JAXA's (ASI's) last
    handed_to, taken_from = (next((m.iri for m in bodies if q.has(rf"\b{word}\s+(?:the\s+)?{re.escape(m.text)}\b")), None)
                             if holder is not None and edge else None for word in ("to", "from"))
    if not edge and asks_other(q.text):
        return None  # "Which document did the new chair present?": no holder answers it
    # who came before or after whom, as the question asks it (not as a statement told before it: "The 2031 report
    # said ASI would take the chair from NASA. To which agency did ASI pass it?")
    says = lambda pattern: re.search(pattern, asking, re.I) is not None  # noqa: E731
    # "Which agency was due to succeed KARI in the ISECG chair?": the holder whose successor is asked
    before = [m for m in bodies if says(rf"\b{AFTER_HOLDER}\s+{re.escape(m.text)}\b")]
    # "Which agency chaired ISECG immediately before KARI?", "Which agency handed KARI the chair?": the holder whose
    # predecessor is asked (also the subject of a second question: "..., and from what date did KARI hold the chair?")
    after = [] if before or edge else [m for m in bodies + (asked if holder is None else []) if says(
        rf"\b{_BEFORE_HOLDER}\s+(?:the\s+)?{re.escape(m.text)}\b|\b{_HANDED}\s+(?:the\s+)?{re.escape(m.text)}\s+the\s+(?:\w+\s+)?chair")]
    if not edge and holder is None and not before and not after and says(_HANDED_TO):
        # "Which agency did NASA hand the chair to?": the holder named is the one whose successor is asked
        before = asked
    if not before and not after and (between := BETWEEN_HOLDERS.search(q.text)):
        first, second = ([m for m in bodies if between.start(g) <= m.start < between.end(g)] for g in ("first", "second"))
        if len(first) == len(second) == 1:
            before, after = first, second
    if person_asked and len(bodies) > 1:
        # "Who became chair when ASI took over in September 2022?": the person of the agency taking the chair over
        # then (the turn begun at that date), not a body chaired
        bodies = [m for m in bodies if not q.has(rf"\bwhen\s+(?:the\s+)?{re.escape(m.text)}\s+(?:took|takes|assumed|"
                                                 r"became)\b")]
    if (before or after) and all(m in before + after for m in bodies) and (main := _main_body(names)):
        bodies = [main]  # "Which agency took the chair from JAXA?": the chair of the body the documents are about
    word = re.search(r"\bchair", q.text, re.I)
    if after and len(bodies) > 1:
        bodies = [m for m in bodies if m not in after]
    if (holder is not None or before) and len(bodies) > 1 and word:
        # the body chaired is the name next to "chair" ("the X chair", "chair X")
        at, to = word.start(), word.end()
        bodies = [min(bodies, key=lambda m: min(abs(m.end - at), abs(m.start - to)))]
    if not bodies and (not asked or q.has(r"\bthe\s+chair\b")) and not before and not q.has(EVENT_TOLD) \
            and not CHAIRED_OBJECT.search(q.text) and not OTHER_GROUP.search(q.text) and (main := _main_body(names)):
        # "Which agency held the chair in March 2020?", "For how long did JAXA hold the chair?": the chair of the body
        # the documents are about
        bodies = [main]
    if len(bodies) != 1:
        return None
    body = bodies[0]
    predecessor = next((m.iri for m in before if m.iri != body.iri), None)
    successor_of = next((m.iri for m in after if m.iri != body.iri), None)
    people = (f"  UNION {{ ?m a org:Post ; org:role isecg:chair ; org:postIn {iri_term(body.iri)} ; org:heldBy ?person .\n"
              f"    ?person schema:affiliation ?a . OPTIONAL {{ ?a org:unitOf ?unit }} BIND(COALESCE(?unit, ?a) AS ?x)\n"
              f"    {PROVENANCE.format(n=0, s='?m', p='org:heldBy')} OPTIONAL {{ ?st0 dcterms:date ?stated }} }}\n"
              ) if person_asked else ""
    sparql = (f"{PREFIXES}SELECT ?m ?x ?start ?end ?period ?stated ?passage0 ?sentence0 ?confidence ?person WHERE {{\n"
              f"  {{ ?m a org:Membership ; org:role isecg:chair ; org:organization {iri_term(body.iri)} ; org:member ?x .\n"
              f"  OPTIONAL {{ ?m org:memberDuring ?p . OPTIONAL {{ ?p rdfs:label ?period }}\n"
              f"    OPTIONAL {{ ?p time:hasBeginning/{INSTANT} ?start }} OPTIONAL {{ ?p time:hasEnd/{INSTANT} ?end }} }}\n"
              f"  {PROVENANCE.format(n=0, s='?m', p='org:member')}\n"
              f"  OPTIONAL {{ ?st0 dcterms:date ?stated }} OPTIONAL {{ ?st0 isecg:confidence ?confidence }} }}\n{people}}}\n"
              f"ORDER BY ?x DESC(?confidence)\n")  # a statement's surest source first (a sentence, not a contents line)
    # "in March 2020": the month's holder, not the year's last (of a statement told before the question, the time it
    # states, "ASI chaired ISECG in 2009", not the date of a source it cites: "The 2011 statement said ...")
    when = side_date(asking if told and REPORTED.search(told.group()) else q.text)
    # "between 2016 and 2019", "from 2015 to 2017": the holder at its start, who must still hold it at its end
    through = side_date(span.group("end")) if (span := SPAN_ASKED.search(q.text)) else None
    if through is None and (whole := WHOLE_YEAR.search(q.text)):
        when, through = f"{whole.group('year')}-01", f"{whole.group('year')}-12"
    if when is None and not taken_by and (anchor(q.text) or holder is None and re.search(
            r"\b(?:when|while|during|at\s+the\s+time(?!\s+of\s+writing))\b", SECOND_PART.split(q.text, maxsplit=1)[0][5:],
            re.I)):
        # "at the time of the Berlin meeting", "while the rover was built": a time the graph does not date (nor the
        # passages), not the latest holder
        return None
    # "as of 1 March 2018", "as of October 2016" (a time named by an event or a document): the holder then
    day = bool(AS_OF.search(q.text) and (q.date or when and len(when) >= 7))
    if day:
        when = q.date or when
    # "Which agency took over the chair in 2019?" asks for the holder who took it over, not for the next one
    asked_verb = TOOK_OVER.search(re.split(r",?\s+and\s+(?=who|which|what|to|from|when)", q.text, maxsplit=1)[0])
    successor = SUCCESSOR.search(q.text[:asked_verb.start()] + q.text[asked_verb.end():] if asked_verb
                                 else q.text) is not None
    # a second question asks of the holder's term: its successor, its predecessor, its start or its end
    second = second_asked(asking)
    if second:
        successor = second == "successor"

    def history(terms: list[dict]) -> str:
        """The chairs' terms in time order, each with the dates the documents state of it."""
        span = lambda t: (f"until {t['end']}" if t.get("end") and not t.get("start") and t["from"] == t["end"] else  # noqa: E731
                          f"{t.get('start') or t['from']} to {t['end']}" if t.get("end") else
                          f"from {t['start']}" if t.get("start") else
                          f"stated {t['from']}" + (f" to {t['to']}" if t["to"] != t["from"] else ""))
        return "; ".join(f"{names.label(t['holder'])} ({span(t)})" for t in terms)

    def compose(rows: list[dict]) -> Composed | None:
        posts = [r for r in rows if r.get("person")]
        rows = [r for r in rows if not r.get("person")]
        # Each chair statement (membership) with its known dates: start, stated date, end.
        stated: dict[str, dict] = {}
        for row in rows:
            known = [v for v in (row.get("start"), _point(row.get("period")), row.get("stated"), row.get("end")) if v]
            if not known:
                continue
            t = stated.setdefault(row["m"], {"holder": row["x"], "from": min(known), "to": max(known), "sources": []})
            t["from"], t["to"] = min(t["from"], *known), max(t["to"], *known)
            # the last date it is told to hold the chair at: its term's, else the statement's ("chaired ISECG in
            # 2041", told in 2048, is 2041)
            held = [v for v in (row.get("start"), _point(row.get("period")), row.get("end")) if v] or known
            t["held"] = max(t.get("held", ""), *held)
            if part := part_of(row.get("period")):  # "from spring 2021": its start (else its date) in that part of the year
                t["part"] = part
            for key in ("start", "end"):
                if row.get(key):
                    t[key] = row[key]
            if row.get("passage0") and (row["passage0"], row["sentence0"]) not in t["sources"]:
                t["sources"].append((row["passage0"], row["sentence0"]))
        # In time order ("until D" before "D" before "from D"), the statements of one holder in a row are one term:
        # an agency chairing twice, years apart, is two terms.  A start known to the year (month) only is at its
        # end as far as the statements of that year tell: "JAXA chairs" in March 2020 is before "handed the chair to
        # KARI in 2020".
        # (not a holder only stated, start and end untold, in months strictly inside another holder's term stated from
        # its start to its end: a record of April 2021 naming KARI, which "will take the chair on 1 January 2022",
        # during JAXA's term "January 2019 to December 2021"; one stated in the term's last month may have taken over)
        bounded = [t for t in stated.values() if "start" in t and "end" in t]
        timeline = sorted((t for t in stated.values() if "start" in t or "end" in t or not any(
            b["holder"] != t["holder"] and _last_day(b["start"])[:7] < t["from"][:7] and t["to"][:7] < b["end"][:7]
            for b in bounded)),
            key=lambda t: (_last_day(t["start"]) if "start" in t else t.get("end") or t["from"],
                           2 if "start" in t else 1 if "end" not in t else 0))
        terms: list[dict] = []
        for t in timeline:
            # "until D" alone says the holder gave the chair up by D at the latest: the end of its last term, when
            # the terms stated since (of others) are stated to begin by D ("ASI handed over to CSA" in a news item of
            # the next day); a term known only by the date of its statement ("NASA's chairmanship ends on 31 December
            # 2018", said in March) may have begun after D, so it does not join them
            own = next((i for i in range(len(terms) - 1, -1, -1) if terms[i]["holder"] == t["holder"]), None)
            # (of a term already ended by then, the same handover told again: "ESA, as outgoing chair, on 12 October")
            if "end" in t and "start" not in t and t["from"] == t["end"] and own is not None and own + 1 < len(terms) \
                    and _on_or_before(terms[own].get("end", t["end"]), t["end"]) \
                    and all("start" in x and _on_or_before(x["start"], t["end"]) for x in terms[own + 1:]):
                terms[own]["end"] = terms[own].get("end") or terms[own + 1].get("start") or t["end"]
                terms[own]["sources"] += [s for s in t["sources"] if s not in terms[own]["sources"]]
                continue
            if terms and terms[-1]["holder"] == t["holder"]:
                last = terms[-1]
                last["from"], last["to"], last["held"] = (min(last["from"], t["from"]), max(last["to"], t["to"]),
                                                          max(last["held"], t["held"]))
                last["sources"] += [s for s in t["sources"] if s not in last["sources"]]
                # one date stated twice, to the month and to the day ("Apr. 2026", "21 April 2026"): the day
                if "end" in t:
                    last["end"] = _finer(t["end"], last.get("end"))
                if "start" in t:
                    if "start" not in last and t.get("part"):
                        last["part"] = t["part"]
                    # a holder stated to take the chair twice ("since 2014", "since 1 October 2016") left it between:
                    # its term goes on from the later
                    last["start"] = t["start"] if "start" not in last else _finer(t["start"], last["start"])
            else:
                terms.append(dict(t))
        if not terms:
            return None
        # Co-chairs, stated alike ("co-chaired by ESA and NASA"), hold the chair together: one turn.
        turns: list[list[dict]] = []
        for t in terms:
            if turns and _same_span(turns[-1][0], t):
                turns[-1].append(t)
            else:
                turns.append([t])
        if (span := ORDERED_SPAN.search(q.text)) and holder is None:
            return _over_span(turns, side_date(span.group("start")), side_date(span.group("end")), names, body.label)
        if holder is None and not when and MORE_THAN_ONCE.search(q.text):
            return _repeat_holders(turns, names, body.label, history(terms))
        if holder is not None and edge:
            # "When did it take the chair again?" after a time it held it: its first term begun after that time
            return _term_edge(turns, holder, names, body.label, ended=edge == "until", handed_to=handed_to,
                              taken_from=taken_from,
                              after=when if when and AGAIN.search(q.text) else None, other_asked=bool(more))
        if holder is not None:
            return _term_length(turns, holder, names, body.label, span=period_asked, followed_by=taken_by,
                                nth=_term_asked(q.text), at=when if day else None)
        # "..., and to which agency did it hand the chair?": the verb the second question asks with
        verb = re.search(r"\b(hand|pass|gave|give)", SECOND_PART.split(q.text, maxsplit=1)[-1], re.I) if second else None
        handed = {"hand": "handed", "pass": "passed"}.get(verb.group(1).lower(), "gave") if verb else None
        both = lambda turn, name: " and ".join(  # noqa: E731
            f"{t['person']} of {name(t['holder'])}" if t.get("person") else name(t["holder"]) for t in turn)
        if predecessor is not None and successor_of is not None:
            return _between(turns, predecessor, successor_of, names, body.label, history(terms))
        if predecessor is not None or successor_of is not None:
            # the turn after the predecessor's (before the successor's), its last begun by the date asked
            named, step = (predecessor, 1) if predecessor is not None else (successor_of, -1)
            held = [i for i, turn in enumerate(turns) if any(t["holder"] == named for t in turn)]
            if when:  # of a successor with no term begun by then, its first stated after ("before CSA took over in 2012")
                begun = [i for i in held if _on_or_before(turns[i][0].get("start") or turns[i][0]["from"], when)]
                held = begun if begun or step == 1 else held[:1]
            if not held or not 0 <= held[-1] + step < len(turns) or step == 1 and when and \
                    not _holds_at(turns[held[-1]][0], when):
                return None  # "after CSA's 2020 term": the turn after a CSA term not known to last to 2020 is no answer
            at = held[-1] + step
            chosen = [turns[at]]
            # whose term a second question dates: the holder it names again ("..., and from what date did KARI hold
            # the chair?"), the one found when a pronoun stands for it ("..., and until when did it hold the chair?");
            # with neither, the handover between the two ("..., and when?", "... and when was the chair handed over?")
            again = bool(more) and any(m.iri == named and re.search(rf"\b{re.escape(m.text)}\b", more[0])
                                       for m in q.of("org", "unit"))
            pronoun = bool(more) and not again and re.search(r"\b(?:it|its|they|their)\b", more[0], re.I) is not None
            of = at if pronoun else held[-1]
            asked_edge = second if again or pronoun else "until" if step == 1 else "since"
            if step == 1 and second == "since" and not (again or pronoun):
                # "Which agency took over from KARI, and when?": the day the successor took it, which a table may
                # state apart from the day KARI's term ended ("to December 2023", "from 1 January 2024")
                of, asked_edge = at, "since"
            if posts:  # "Who held the chair before JAXA's A?": the person of the turn found, as the documents name
                _name_chair(turns, at, posts, names)
            short = both(chosen[0], names.short)
            told = (f"{' and '.join(names.label(t['holder']) for t in chosen[0])} "
                    + (f"took over the chair of {body.label} from {names.label(named)}." if step == 1 else
                       f"held the chair of {body.label} before {names.label(named)}."))
            dated_by: list[dict] = []
            if second in ("successor", "predecessor") and 0 <= (then := at + (1 if second == "successor" else -1)) < len(turns):
                # "...; which agency was it, and to whom did it hand the chair?": the holder found, then the one after
                # (before) it
                chosen.append(turns[then])
                other = " and ".join(names.short(t["holder"]) for t in turns[then])
                short += (f", preceded by {other}" if second == "predecessor" else
                          f", which {handed} the chair to {other}" if handed else f", succeeded by {other}")
                told += (" " + " and ".join(names.label(t["holder"]) for t in turns[then])
                         + f" held it {'next' if second == 'successor' else 'before'}.")
            elif second in ("since", "until") and (edge_date := _began(turns, of) if asked_edge == "since" else
                                                   _ended(turns, of)):
                # the start (end) of that turn; the day of the handover between the two as the day asked ("To which
                # agency did JAXA hand the chair, and when?": "CSA; November 2021")
                between = (of == held[-1]) == ((asked_edge == "until") == (step == 1))
                short += "; " + (spoken(edge_date) if between else f"{names.short(turns[of][0]['holder'])} "
                                 f"{'from' if asked_edge == 'since' else 'until'} {spoken(edge_date)}")
                dated_by = turns[of]  # the sentences dating it, among the evidence
            text = f"{short} — {told}"
            held_turns = [t for turn in chosen for t in turn]
            return Composed(short, text, [{"label": names.label(t["holder"]), "iri": t["holder"]} for t in held_turns],
                            list(dict.fromkeys(s for t in held_turns + dated_by for s in t["sources"])))
        handover = HANDOVER.search(q.text) is not None and when is not None
        if handover:  # the turn that began at that date, and the one it ended
            began = [i for i, turn in enumerate(turns) if i and (turn[0].get("start") or turn[0]["from"]).startswith(when)]
            if not began:
                return None
            at = began[-1] - 1
        elif when:  # the holders at that date (a year: its end): a term stated to run over it, else the last begun
            at_end = when if len(when) > 4 else when + "-12"
            begun = [i for i, turn in enumerate(turns) if _on_or_before(turn[0].get("start") or turn[0]["from"], at_end)]
            if not begun:
                return None
            covering = [i for i in begun if turns[i][0].get("end") and _on_or_before(at_end, turns[i][0]["end"])]
            if day:  # a day asked: a term begun in its year, not known to the month, may have begun after it
                sure = [i for i in begun if _surely_by(turns[i][0].get("start") or turns[i][0]["from"], when)]
                begun, covering = sure or begun, [i for i in covering if i in sure] or covering
                # a term known only to end after that day ("until 9 November 2016") holds it, unless a term of
                # another holder is stated to begin between
                covering = covering or [i for i, turn in enumerate(turns) if i not in begun and "start" not in turn[0]
                             and turn[0].get("end") and turn[0]["from"] == turn[0]["end"] and _on_or_before(when, turn[0]["end"])
                             and not any("start" in t[0] and _on_or_before(t[0]["start"], when)
                                         and t[0]["holder"] != turn[0]["holder"] for t in turns[begun[-1] + 1: i])
                             and (not begun or i > begun[-1])][:1]
            began = [i for i in begun if (turns[i][0].get("start") or "").startswith(when)]
            if not began and asked_verb:
                # no term known to begin then: a holder first stated then, not known to hold the chair before it
                # ("ESA (2014 to 2016)" did not become chair in 2016; "NASA (stated 2016)" did)
                before = {t["holder"] for turn in turns for t in turn
                          if t.get("start") and not t["start"].startswith(when) and _on_or_before(t["start"], when)}
                began = [i for i in begun if "start" not in turns[i][0] and turns[i][0]["from"].startswith(when)
                         and any(t["holder"] not in before for t in turns[i])]
                if began:  # of holders stated together, those new then ("ASI and KARI" stated: ASI)
                    turns[began[-1]] = [t for t in turns[began[-1]] if t["holder"] not in before]
            at = began[-1] if began and TOOK_OVER.search(q.text) else covering[-1] if covering else begun[-1]
            if at not in covering and not _told_then(turns, at, when):
                # the chair rotates: a holder may have left by then, whether or not the documents name a later holder
                # (one they first state years after that time)
                return None
            if through and (not _holds_at(turns[at][0], through) or any(
                    _months(at_end) < _months(t[0].get("start") or t[0]["from"]) < _months(through) for t in turns)):
                # "between 2016 and 2019": no one holder over the span (one left in it, or another came), which the
                # timeline shows, so no passage's holder of some other time is taken for it either
                return Composed(None, f"no one chair of {body.label} is stated over the whole span asked; the chairs "
                                f"the documents state, in time order: {history(terms)}.", [],
                                list(dict.fromkeys(s for t in turns[at] for s in t["sources"])))
        else:
            at = len(turns) - 1
        chosen = turns[at: at + 2] if (successor or handover) and at + 1 < len(turns) else turns[at: at + 1]
        # "..., and which agency held the chair before it?": the turn before, named after the one asked
        preceded = turns[at - 1] if second == "predecessor" and at > 0 and not handover else None
        for i in range(max(at - 1, 0), min(at + 2, len(turns))) if posts else ():  # the turns an answer names
            _name_chair(turns, i, posts, names)
        # the successor's start as stated (not the day its predecessor is said to end: "until 31 December 2020")
        begun = chosen[1][0].get("start") if successor and len(chosen) == 2 else _began(turns, at)
        ended = _ended(turns, at)

        # the edge of the term asked, when no other holder is: "since when?", "until when?"
        side = None if len(chosen) == 2 and (handover or successor) or preceded else \
            "since" if (second == "since" or SINCE_WHEN.search(q.text)) and begun else \
            "until" if second == "until" and ended else None

        def said(name: Callable[[str], str]) -> str:
            """The parts asked, in order, each holder named by ``name`` (acronym, or full name)."""
            if handover and len(chosen) == 2:  # "from ASI to JAXA"
                return f"from {both(chosen[0], name)} to {both(chosen[1], name)}"
            if successor and len(chosen) == 2 and handed:  # in the question's words: "JAXA, which handed the chair to ASI"
                which = "who" if chosen[0][0].get("person") else "which"  # "Ana Lima of ESA, who handed ..."
                return f"{both(chosen[0], name)}, {which} {handed} the chair to {both(chosen[1], name)}" + (
                    f" ({at_said(begun, chosen[1][0])})" if begun else "")
            if successor and len(chosen) == 2:  # "JAXA, succeeded by ASI (from 1 January 2021)"
                return f"{both(chosen[0], name)}, succeeded by {both(chosen[1], name)}" + (
                    f" (from {_said(begun, chosen[1][0])})" if begun else "")
            if preceded:  # "JAXA, preceded by NASA"
                return f"{both(chosen[0], name)}, preceded by {both(preceded, name)}"
            if side == "since":  # "JAXA, since 6 June 2019"
                return f"{both(chosen[0], name)}, since {_said(begun, chosen[0][0])}"
            if side == "until":  # "ASI, until 18 May 2023"
                return f"{both(chosen[0], name)}, until {spoken(ended)}"
            return ", then ".join(both(turn, name) for turn in chosen)

        short = said(names.short)
        # in full: a handover or succession as "A, then B" ("Japan Aerospace Exploration Agency, then ...")
        spelled = ", then ".join(both(turn, names.label) for turn in chosen) if len(chosen) == 2 else said(names.label)
        # the handover that dates the term's edge asked, with the other holder: "JAXA took over the chair from NASA
        # on 6 June 2019", "ASI handed the chair to CSA on 18 May 2023"
        handed_over = ""
        if side == "since" and at > 0:
            handed_over = (f" {both(chosen[0], names.short)} took over the chair from {both(turns[at - 1], names.short)}"
                           f" {at_said(begun, chosen[0][0])};")
        elif side == "until" and at + 1 < len(turns):
            handed_over = (f" {both(chosen[0], names.short)} handed the chair to {both(turns[at + 1], names.short)}"
                           f" {spoken_at(ended)};")
        text = (f"{short} — {spelled};{handed_over} the chairs of {body.label} the documents state, in "
                f"time order: {history(terms)}.")
        held = [t for turn in ([preceded] if preceded else []) + chosen for t in turn]
        return Composed(short, text, [{"label": names.label(t["holder"]), "iri": t["holder"]} for t in held],
                        list(dict.fromkeys(s for t in held for s in t["sources"])))

    return DatedPlan("chair", sparql, compose, [body.iri])


# "Which agencies have held the chair more than once?", "... twice?", "... for two terms?"
MORE_THAN_ONCE = re.compile(r"\bmore\s+than\s+(?:once|one\s+term)\b|\btwice\b|\b(?:two|several|multiple)\s+(?:separate\s+)?terms\b",
                            re.I)


def _repeat_holders(turns: list[list[dict]], names: Names, body: str, history: str) -> Composed:
    """The holders of more than one turn (another's between: consecutive statements of one holder are one term), in
    the order of their first; none stated so, no answer, with the chairs in time order."""
    held: dict[str, list[int]] = {}
    for i, turn in enumerate(turns):
        for t in turn:
            held.setdefault(t["holder"], []).append(i)
    again = [h for h, at in held.items() if len(at) > 1]
    sources = list(dict.fromkeys(s for h in again for i in held[h] for t in turns[i] if t["holder"] == h
                                 for s in t["sources"]))
    if not again:
        return Composed(None, f"no chair of {body} is stated to have held it more than once; the chairs the documents "
                        f"state, in time order: {history}.", [], list(dict.fromkeys(s for turn in turns for t in turn
                                                                                for s in t["sources"]))[:3])
    short = and_joined([names.short(h) for h in again])
    return Composed(short, f"{short} — each held the chair of {body} more than once; the chairs the documents state, "
                    f"in time order: {history}.", [{"label": names.label(h), "iri": h} for h in again], sources)


def _between(turns: list[list[dict]], first: str, last: str, names: Names, body: str, history: str) -> Composed | None:
    """The turns after ``first``'s and before ``last``'s next one ("between ESA's term and JAXA's term"): when none is
    stated between them, no answer (the documents tell no holder between, whoever it was), with the chairs in time
    order."""
    of = lambda holder: [i for i, turn in enumerate(turns) if any(t["holder"] == holder for t in turn)]  # noqa: E731
    pairs = [(i, j) for i in of(first) for j in of(last) if i < j]
    if not pairs:
        return None
    i, j = min(pairs, key=lambda p: p[1] - p[0])
    held = turns[i + 1:j]
    sources = list(dict.fromkeys(s for turn in turns[i:j + 1] for t in turn for s in t["sources"]))
    if not held:
        return Composed(None, f"no chair of {body} is stated between {names.label(first)} and {names.label(last)}; the "
                        f"chairs the documents state, in time order: {history}.", [], sources)
    return _turns_told(held, names, joiner=", then ", chairs=f"the chairs of {body} after {names.label(first)} and "
                       f"before {names.label(last)}", sources=sources)


def _over_span(turns: list[list[dict]], start: str, end: str, names: Names, body: str) -> Composed | None:
    """The turns held at some time from ``start`` to ``end`` (date prefixes), in time order: begun by the span's end,
    not ended (the next begun) before its start."""
    held = [turn for i, turn in enumerate(turns) if _on_or_before(_began(turns, i) or turn[0]["from"], end) and (
        i + 1 == len(turns) or _on_or_before(start, _ended(turns, i) or turns[i + 1][0]["from"]))]
    if not held:
        return None
    return _turns_told(held, names, joiner=", ", chairs=f"the chairs of {body} from {spoken(start)} to {spoken(end)}",
                       sources=list(dict.fromkeys(s for turn in held for t in turn for s in t["sources"])))


def _turns_told(held: list[list[dict]], names: Names, *, joiner: str, chairs: str, sources: list) -> Composed:
    """The turns ``held``, in time order: their holders' short names (co-holders of a turn and'ed), then what they are
    (``chairs``) with their full names."""
    said = lambda turn, name: " and ".join(name(t["holder"]) for t in turn)  # noqa: E731
    short = joiner.join(said(turn, names.short) for turn in held)
    return Composed(short, f"{short} — {chairs}, in time order: {joiner.join(said(turn, names.label) for turn in held)}.",
                    [{"label": names.label(t["holder"]), "iri": t["holder"]} for turn in held for t in turn], sources)


def _name_chair(turns: list[list[dict]], i: int, posts: list[dict], names: Names) -> None:
    """The person who held turn ``i`` for its agency: one the documents name as the chair, working for that agency,
    in a statement dated in that turn or after it, before the agency's next (a report may tell the year before)."""
    def turn_of(holder: str, date: str) -> int | None:
        begun = [j for j, turn in enumerate(turns) if any(t["holder"] == holder for t in turn)
                 and _on_or_before(_began(turns, j) or turn[0]["from"], date)]
        return begun[-1] if begun else None

    for t in turns[i]:
        held = [r["person"] for r in posts if r["x"] == t["holder"] and r.get("stated")
                and turn_of(t["holder"], r["stated"]) == i]
        if held:
            t["person"] = names.label(person := max(dict.fromkeys(held), key=held.count))
            # the sentences naming the person chair first: they tell who held it
            told = [(r["passage0"], r["sentence0"]) for r in posts if r["person"] == person and r.get("passage0")]
            t["sources"] = list(dict.fromkeys(told + t["sources"]))


def _finer(date: str, other: str | None) -> str:
    """``date``, unless ``other`` states the same date more precisely ("2026-04" and "2026-04-21")."""
    return other if other and other.startswith(date) else date


def _last_day(date: str) -> str:
    """The last day a date known to the year or month may be ("2020" -> "2020-12-31", "2020-10" -> "2020-10-31"),
    as a sort key."""
    return date + ("-12-31" if len(date) == 4 else "-31" if len(date) == 7 else "")


def _began(turns: list[list[dict]], i: int) -> str | None:
    """When turn ``i`` began: its stated start, else the stated end of the turn before (the handover)."""
    start = turns[i][0].get("start")
    before = turns[i - 1][0].get("end") if i else None
    if start and before:
        return _finer(start, before)
    return start or (before if before and _on_or_before(before, turns[i][0]["from"]) else None)


def _ended(turns: list[list[dict]], i: int) -> str | None:
    """When turn ``i`` ended: its stated end, else the stated start of the turn after (the handover)."""
    after = turns[i + 1][0].get("start") if i + 1 < len(turns) else None
    end = turns[i][0].get("end")
    if end and after:
        return _finer(end, after)
    return end or (after if after and _on_or_before(turns[i][0]["to"], after) else None)


def _term_edge(turns: list[list[dict]], holder: str, names: Names, body: str, *, ended: bool,
               handed_to: str | None = None, taken_from: str | None = None, after: str | None = None,
               other_asked: bool = False) -> Composed | None:
    """When ``holder``'s last term (its first begun after the time ``after``) began (or ended): its stated start
    (end), else the handover the term before (after) it states; of its terms handed to ``handed_to`` and taken from
    ``taken_from``, when named, the last (none: no answer, a handover to another holder is not the one asked); with the
    holder it was handed to (taken from) when ``other_asked``."""
    def next_to(i: int, step: int, other: str | None) -> bool:
        return other is None or 0 <= i + step < len(turns) and any(t["holder"] == other for t in turns[i + step])
    held = [i for i, turn in enumerate(turns) if any(t["holder"] == holder for t in turn)
            and next_to(i, 1, handed_to) and next_to(i, -1, taken_from)]
    if after:
        last = after if len(after) > 4 else after + "-12"
        held = [i for i in held if not _on_or_before(turns[i][0].get("start") or turns[i][0]["from"], last)][:1]
    if not held:
        return None
    i = held[-1]
    date = _ended(turns, i) if ended else _began(turns, i)
    told = _began(turns, i) if ended else _ended(turns, i)
    if not date and told and (handed_to or taken_from):
        # the handover the question names is stated, the other edge of that term not: no passage's date of that
        # handover answers it ("When did ASI take the chair over before handing it to JAXA?", told only when ASI
        # handed it over)
        return Composed(None, f"the documents state when {names.label(holder)} {'took over' if ended else 'handed over'}"
                        f" the chair of {body} ({spoken(told)}), not when it {'handed it over' if ended else 'took it over'}.",
                        [], list(dict.fromkeys(s for t in turns[i] for s in t["sources"])))
    if not date:
        return None
    other = turns[i + 1] if ended and i + 1 < len(turns) else turns[i - 1] if not ended and i else []
    term = next(t for t in turns[i] if t["holder"] == holder)
    short = spoken(date) if ended else _said(date, term)  # "spring 2021"
    if other_asked:
        if not other:
            return None
        short += f", {'to' if ended else 'from'} {' and '.join(names.short(t['holder']) for t in other)}"
    text = (f"{short} — {names.label(holder)} {'handed over' if ended else 'took over'} the chair of {body} "
            f"{spoken_at(date) if ended else at_said(date, term)}" + (f" ({'to' if ended else 'from'} {' and '.join(names.label(t['holder']) for t in other)})"
                                    if other else "") + ".")
    sources = term["sources"] + [s for t in other for s in t["sources"] if s not in term["sources"]]
    return Composed(short, text, [{"label": names.label(holder), "iri": holder}], sources)


def _term_asked(question: str) -> int | None:
    """Which of a holder's terms ``question`` asks, counted in time order (None: its last)."""
    if m := NTH_TERM.search(question):
        return ORDINALS[m.group("nth").lower()]
    return 1 if FIRST_TERM.search(question) else None


def _term_length(turns: list[list[dict]], holder: str, names: Names, body: str, *, span: bool = False,
                 followed_by: str | None = None, nth: int | None = None, at: str | None = None) -> Composed | None:
    """How long ``holder``'s last term (its last before ``followed_by``'s, when named; its ``nth``, when asked; its
    last begun by the day ``at``, when asked "as of" it) lasted, of those a statement
    dates the start or end of (a later statement of the holder's chair, dated by its document alone, tells no term:
    "the group is chaired by ESA" in a report published after ESA handed the chair over); see _length."""
    held = [i for i, turn in enumerate(turns) if any(t["holder"] == holder for t in turn) and (
        followed_by is None or i + 1 < len(turns) and any(t["holder"] == followed_by for t in turns[i + 1]))
        and (at is None or _on_or_before(turn[0].get("start") or turn[0]["from"], at))]
    # (of those, the last the holder's statements date by a start or an end, if any)
    dated_terms = [i for i in held if any(t["holder"] == holder and ("start" in t or "end" in t) for t in turns[i])]
    terms = dated_terms or held
    if not terms or nth is not None and nth > len(terms):
        return None  # "its third term" of a holder the documents tell two terms of
    return _length(turns, terms[nth - 1 if nth else -1], holder, names, body, span=span, at=at)


def _length(turns: list[list[dict]], i: int, holder: str, names: Names, body: str, *, span: bool,
            at: str | None = None) -> Composed | None:
    """How long ``holder``'s term ``i`` lasted: from its start to its
    end (else to the next holder's start), in months, said in years when a year or more ("about two years"); a start said by a part of its year ("since the
    spring of 2021") counts from that part's middle month.  None for a term of no length or less (a start not known:
    the first date a holder is stated to hold the chair is no start when it is stated at its handover).  ``span``:
    the term's first and last day asked ("For what period ..."), not its length.  ``at``: the day a question asks
    "as of" ("how long had JAXA been chairing by then?"), the term's end when it had not ended by then and no other
    holder is stated by then."""
    term = next(t for t in turns[i] if t["holder"] == holder)
    if "start" not in term and term.get("end"):
        # a term known by its end alone goes on from the holder's term before it when all that stands between is
        # another's chair stated at a date no earlier than that end as far as it is known ("ASI, 2024" between "CNES
        # from April 2023" and "CNES until 16 April 2024"): ASI may as well have been stated after the handover
        j = i - 1
        while j >= 0 and all(t["holder"] != holder and "start" not in t and "end" not in t
                             and not _surely_by(t["to"], term["end"]) for t in turns[j]):
            j -= 1
        own = next((t for t in turns[j] if t["holder"] == holder), None) if 0 <= j < i - 1 else None
        if own and own.get("start"):
            term = {**term, "start": own["start"], "sources": own["sources"] + term["sources"]}
    # its start, else the end of the term before (the handover), else the first date it is stated to hold it
    before = turns[i - 1][0].get("end") if i else None
    begin = term.get("start") or (before if before and _on_or_before(before, term["from"]) else term["from"])
    after = turns[i + 1][0] if i + 1 < len(turns) else None
    # its end, else the next holder's start, else the first date the next is stated to hold it when this one is
    # stated to hold it up to then (the documents tell one handing over to the other: "JAXA passed the chair to KARI")
    end = term.get("end") or (after.get("start") or (after["from"] if term["to"][:4] >= after["from"][:4] else None)
                              if after else None)
    if at and _on_or_before(begin, at) and (end is None or not _on_or_before(end, at)) and \
            not (after and _on_or_before(after.get("start") or after["from"], at)):
        end = at  # a term going on then: its length so far
    if not end:
        return None
    part = term.get("part") if len(begin) == 4 and begin == (term.get("start") or term["from"]) else None
    middle = sum(SEASON_MONTHS[part]) // 2 if part in SEASON_MONTHS else None
    said = f"from {_said(begin, term)} to {spoken(end)}"
    if span and begin < end:
        short = said.removeprefix("from ")
        return Composed(short, f"{short} — {names.label(holder)} chaired {body} {said}.",
                        [{"label": names.label(holder), "iri": holder}], term["sources"])
    if len(end) < 7 or len(begin) < 7 and middle is None:
        # one end known to the year only: whole years, and only when that is two or more ("about three years")
        years = int(end[:4]) - int(begin[:4])
        if years < 2:
            return None
        short = f"about {in_words(years, 'year')}"
        text = f"{short} — {names.label(holder)} chaired {body} {said}."
        return Composed(short, text, [{"label": names.label(holder), "iri": holder}], term["sources"])
    months = _months(end) - (int(begin[:4]) * 12 + middle if middle else _months(begin))
    if len(begin) == len(end) == 10 and end[8:] < begin[8:]:
        months -= 1  # whole months between two days: 21 October to 1 July is eight months and some days
    if months <= 0:
        return None
    years, rest = divmod(months, 12)
    # whole years counted from a month to a day ("April 2023 to 16 April 2024") are whole only about, as are whole
    # months between two days with days over ("21 October 2019 to 1 July 2021": about 20 months)
    rough = middle or len(begin) != len(end) or len(begin) == 10 and end[8:] != begin[8:]
    # years from two on, or within a month of whole years ("23 months": about two years); other terms under two years
    # in months, as span_words counts them ("about 20 months", not "about two years")
    in_years = months >= 24 or months >= 12 and min(rest, 12 - rest) <= 1
    short = ("" if rest == 0 and not rough else "about ") + in_words(years + (rest >= 6), "year") if in_years else \
        ("about " if rough and months >= 12 else "") + in_words(months, "month")
    # both ends known to the day: the days too ("13 months, 376 days")
    days = f", {(date.fromisoformat(end) - date.fromisoformat(begin)).days} days" if len(begin) == len(end) == 10 else ""
    text = (f"{short} — {names.label(holder)} chaired {body} {said} "
            f"({'about ' if middle else ''}{in_words(months, 'month')}{days}).")
    return Composed(short, text, [{"label": names.label(holder), "iri": holder}], term["sources"])


# The months of a part of a year ("spring 2021": March to May), northern seasons as ISECG's documents use them; a
# winter straddles two years and orders nothing.
SEASON_MONTHS = {"early": (1, 4), "spring": (3, 5), "mid": (5, 8), "summer": (6, 8), "late": (9, 12), "autumn": (9, 11)}
PART_OF_YEAR = re.compile(r"\b(spring|summer|autumn|winter|early|mid|late) ((?:19|20)\d\d)\b")


def part_of(period: str | None) -> str | None:
    """The part of the year a period's label says its start (else its date) is in: "from spring 2021" -> "spring"."""
    m = PART_OF_YEAR.search(period or "")
    return m.group(1) if m else None


def in_part(part: str, year: str) -> str:
    """"spring 2021", "mid-2020", "early 2019"."""
    return f"mid-{year}" if part == "mid" else f"{part} {year}"


def at_said(date: str, term: dict) -> str:
    """When, as prose says it, a year in the part of it stated: "on 6 June 2019", "in spring 2021"."""
    said = _said(date, term)
    return f"in {said}" if said != spoken(date) else spoken_at(date)


def _said(date: str, term: dict) -> str:
    """A date of ``term`` in words, its start (or first date) in the part of the year stated ("spring 2021")."""
    if term.get("part") and len(date) == 4 and date == (term.get("start") or term["from"]):
        return in_part(term["part"], date)
    return spoken(date)


def _on_or_before(a: str, b: str) -> bool:
    """Whether date ``a`` is on or before ``b``, as far as both are known ("2020" is on or before "2020-12")."""
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


# How long before a date a member count stated may still tell the count then (when no member is known to have
# joined between): a count of years before is not one
STALE_MONTHS = 24


def _months(date: str, *, last: bool = False) -> int:
    """A date's month as a number of months ("2019-05-14" -> 2019 * 12 + 5); a year alone is its first month, or
    its last with ``last``."""
    parts = date.split("-")
    return int(parts[0]) * 12 + (int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 12 if last else 1)


def _holds_at(term: dict, when: str) -> bool:
    """Whether a chair term may be the one held at ``when`` (a date prefix): not ended before it, and if its end is
    not known, last stated at most STALE_MONTHS before it (the chair rotates)."""
    if term.get("end"):
        return _months(term["end"], last=True) >= _months(when)
    return _months(when) - _months(term["to"], last=True) <= STALE_MONTHS


def _told_then(turns: list[list[dict]], at: int, when: str) -> bool:
    """Whether the documents tell that turn ``at`` held the chair at ``when`` (a date prefix): it is said to hold it
    then or later; or, the chair rotating, at most STALE_MONTHS before the end of that time, when a handover bounds
    the time on one side (it took the chair, or the next holder took it from it) or no later holder is known.  A holder
    only said to chair before a gap ("ASI chaired in 2017", then "JAXA chairs in 2019") is not known to chair in it."""
    term = turns[at][0]
    bounded = _took(turns, at) or at + 1 == len(turns) or _took(turns, at + 1)
    return _on_or_before(when, term["held"]) or bounded and _months(when, last=True) - _months(term["held"]) <= STALE_MONTHS


def _took(turns: list[list[dict]], at: int) -> bool:
    """Whether turn ``at`` is known to have taken the chair: its start, or the end of the turn before it."""
    term, before = turns[at][0], turns[at - 1][0] if at else {}
    return "start" in term or bool(before.get("end")) and _on_or_before(term["from"], before["end"])


def _before(a: str, b: str) -> bool:
    """Whether date ``a`` is known to be before ``b`` ("2013-08" is not known to be before 20 August 2013)."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def _surely_by(a: str, b: str) -> bool:
    """Whether date ``a`` is known to be on or before ``b``: earlier as far as both are known, or the same and
    ``a`` known as precisely ("2018" is not surely by 10 July 2018)."""
    n = min(len(a), len(b))
    return _before(a, b) or (a[:n] == b[:n] and len(a) >= len(b))


def _same_span(a: dict, b: dict) -> bool:
    return all(a.get(key) == b.get(key) for key in ("start", "end", "from", "to"))


def _point(period: str | None) -> str | None:
    """A period label that is one date ("2022", "2013-08-20"), not "from ..." or "... to ..."."""
    return period if period and re.fullmatch(r"\d{4}(-\d\d){0,2}", period) else None


# -- who joined when -----------------------------------------------------------------------------------------

def told_by_named(q: Question, rows: list[dict]) -> list[dict]:
    """"According to the 2021 annual report('s members table)": the rows the document the question names states,
    when it states any (another document may date the same thing otherwise); else all."""
    named = tuple(f"{m.iri}/" for m in q.of("document"))
    return [r for r in rows if (r.get("passage0") or "").startswith(named)] or rows if named else rows


def _membership_rows(body_iri: str, member_iri: str | None = None) -> str:
    member = iri_term(member_iri) if member_iri else "?x"
    bind = f"  BIND({member} AS ?x)\n" if member_iri else ""
    return (f"  ?m a org:Membership ; org:organization {iri_term(body_iri)} ; org:member {member} ;\n"
            f"     org:memberDuring ?p .\n{bind}  FILTER NOT EXISTS {{ ?m org:role ?role }}\n"
            f"  ?p time:hasBeginning/{INSTANT} ?start .\n"
            f"  {PROVENANCE.format(n=0, s='?m', p='org:member')}\n")


def _reached(body_iri: str, n: int) -> str:
    """The memberships of a body that began when its member count reached ``n``, the count's source second."""
    return (f"{PREFIXES}SELECT ?x ?start ?date ?passage0 ?sentence0 ?passage1 ?sentence1 WHERE {{\n"
            f"  {iri_term(body_iri)} isecg:memberCount ?count .\n  ?count schema:value {n} ; dcterms:date ?date .\n"
            f"{_membership_rows(body_iri)}"
            f"  FILTER(STRSTARTS(STR(?start), STR(?date)) || STRSTARTS(STR(?date), STR(?start)))\n"
            f"  {PROVENANCE.format(n=1, s='?count', p='schema:value')}\n}}\nORDER BY ?start\n")


# A side naming a body's member by its rank: "it gained its fifteenth member", "its 20th member agency", "its first new
# participant" (the first to join after those the body was first counted with)
NTH_JOINER = re.compile(ORDINAL.pattern + r"\s+(?P<new>new\s+)?(?:member|participant)\b", re.I)


def nth_joining(query, body_iri: str, side: str) -> dict | None:
    """The joining ``side`` names by its rank among a body's members: the earliest membership that began when the
    body's member count reached that rank (its row: ?start, ?passage0, ?sentence0), else None (no count of that
    rank dated by a joining)."""
    m = NTH_JOINER.search(side)
    if m is None:
        return None
    n = _ordinal_value(m)
    if m.group("new"):
        counts = query(f"{PREFIXES}SELECT ?n ?date WHERE {{ {iri_term(body_iri)} isecg:memberCount ?count .\n"
                       f"  ?count schema:value ?n ; dcterms:date ?date . }}\n")
        if not counts:
            return None
        n += int(min(counts, key=lambda r: str(r["date"]))["n"])
    rows = [r for r in query(_reached(body_iri, n)) if r.get("passage0")]
    return min(rows, key=lambda r: str(r["start"])) if rows else None


def nth_member(q: Question, names: Names) -> DatedPlan | None:
    """"Which agency became ISECG's 15th member?": the date the body's member count reached N, and the
    members whose membership began then."""
    n = ordinal(q.text)
    bodies = q.of("org")
    if n is None or not q.has(r"\bmember\b|\bto\s+join\b") or len(bodies) != 1 or not q.has(r"\b(?:who|which|what)\b") \
            or asks_other(q.text):
        return None
    body = bodies[0]
    sparql = _reached(body.iri, n)

    def compose(rows: list[dict]) -> Composed | None:
        if not rows:
            return None
        # the member whose joining the count's own sentence tells ("Portugal Space joined, becoming the 27th member"),
        # when one does: others dated only to the same year are not that rank
        rows = [r for r in rows if r.get("passage0") and (r.get("passage0"), r.get("sentence0")) ==
                (r.get("passage1"), r.get("sentence1"))] or rows
        # the joinings dated most closely to the count ("2019-10" for a count of 2019-10, not "2019")
        close = lambda r: len(os.path.commonprefix([r["start"], r["date"]]))  # noqa: E731
        rows = [r for r in rows if close(r) == max(map(close, rows))]
        members = list(dict.fromkeys(r["x"] for r in rows))
        when = spoken(min(r["start"] for r in rows))
        short = f"{', '.join(names.short(i) for i in members)}, {when}"  # "ROSA, October 2019"
        told = {r["x"]: r.get("sentence0") for r in rows}
        full = " and ".join(_named(names, i, told.get(i)) for i in members)
        text = (f"{short} — {full}, {when}: the {_nth(n)} member of {body.label} (its member count reached {n} in "
                f"{rows[0]['date']}).")
        return Composed(short, text, [{"label": names.label(i), "iri": i} for i in members], row_sources(rows, 2))

    return DatedPlan("nth_member", sparql, compose, [body.iri])


LATEST_ASKED = re.compile(r"\b(?:most recent(?:ly)?|latest|newest|last)\b", re.I)
# "Which two agencies joined most recently?": as many of the latest as the question counts
LATEST_COUNTED = re.compile(r"\b(?:which|what)\s+(?P<n>\w+)\s+(?:\w+\s+)?(?:agencies|members|organi[sz]ations|bodies)\b",
                            re.I)


def latest_member(q: Question, names: Names) -> DatedPlan | None:
    """"Which agency was the most recent to join ISECG?", "Who is ISECG's newest member?": the member whose
    membership began last of those the documents date (up to the year the question names, if it names one); "Which
    two agencies joined most recently?": as many of the latest as asked."""
    bodies = q.of("org")
    if not LATEST_ASKED.search(q.text) or not (JOINERS.search(q.text) or q.has(r"\bmember\b")) or len(bodies) != 1 \
            or not q.has(r"\b(?:which|what|who)\b") or q.has(r"\bhow many\b") or asks_other(q.text):
        return None
    body, until = bodies[0], max(q.years, default=None)
    counted = LATEST_COUNTED.search(q.text)
    count = (number_value(counted.group("n")) or 1) if counted else 1
    up_to = f'  FILTER(SUBSTR(STR(?start), 1, 4) <= "{until}")\n' if until else ""
    sparql = (f"{PREFIXES}SELECT ?x ?start ?passage0 ?sentence0 WHERE {{\n{_membership_rows(body.iri)}{up_to}}}\n"
              f"ORDER BY ?start\n")

    def compose(rows: list[dict]) -> Composed | None:
        began = {x: r["start"] for x, r in _first_beginnings(rows).items()}
        if not began:
            return None
        # the latest beginnings, as many as asked (those tied with the last of them too)
        starts = sorted(set(began.values()), reverse=True)
        kept = starts[:1]
        while count > 1 and len(kept) < len(starts) and sum(s in kept for s in began.values()) < count:
            kept.append(starts[len(kept)])
        members = sorted((x for x, start in began.items() if start in kept), key=began.get)
        short = " and ".join(f"{names.short(x)}, {spoken(began[x])}" for x in members)  # "NZSA, December 2021"
        told = {r["x"]: r.get("sentence0") for r in rows if r["x"] in members and r["start"] == began[r["x"]]}
        if len(members) == 1:  # "Saudi Space Agency (SSA) joined ISECG in 2023"
            joined = f"{_named(names, members[0], told.get(members[0]))} joined {body.label} {spoken_at(kept[0])}"
        else:  # "PhilSA in 2022 and SSA in 2023 joined ISECG"
            joined = " and ".join(f"{_named(names, x, told.get(x))} {spoken_at(began[x])}" for x in members) + \
                f" joined {body.label}"
        text = (f"{short} — {joined}, the latest beginning{'s' if len(members) > 1 else ''} of a membership the "
                f"documents state" + (f" up to {until}." if until else "."))
        return Composed(short, text, [{"label": names.label(x), "iri": x} for x in members],
                        row_sources([r for r in rows if r["x"] in members and r["start"] == began[r["x"]]], 1))

    return DatedPlan("latest_member", sparql, compose, [body.iri])


def _first_beginnings(rows: list[dict]) -> dict[str, dict]:
    """Each member's row of its earliest beginning: its earliest year, the most precise date stated in it."""
    began: dict[str, dict] = {}
    for r in rows:
        b = began.get(r["x"])
        if b is None or r["start"][:4] < b["start"][:4] or (r["start"][:4] == b["start"][:4]
                                                           and len(r["start"]) > len(b["start"])):
            began[r["x"]] = r
    return began


def joined(q: Question, names: Names) -> DatedPlan | None:
    """"When did POLSA join ISECG?": the beginning of its membership, as the documents state it (not what joining was
    the aim of: "When did ISA apply to join ISECG?", "... submit its application to join ...")."""
    if not q.has(r"(?<!\bto )\bjoin(?:ed)?\b|\bbec(?:a|o)me (?:[\w-]+ ){0,2}member\b|\badmitted\b") or \
            not q.has(r"\bwhen\b|\b(?:what|which) (?:year|date|day|month)\b"):
        return None
    orgs = q.of("org")
    if len(orgs) != 2:
        return None
    member, body = orgs
    # The member count stated for the day it joined: its rank ("as the 24th member").
    rank = (f"  OPTIONAL {{ {iri_term(body.iri)} isecg:memberCount ?c . ?c schema:value ?rank ; dcterms:date ?on .\n"
            f"    FILTER(STR(?on) = STR(?start)) }}\n")
    sparql = (f"{PREFIXES}SELECT ?x ?start ?rank ?period ?passage0 ?sentence0 WHERE {{\n"
              f"{_membership_rows(body.iri, member.iri)}  OPTIONAL {{ ?p rdfs:label ?period }}\n"
              f"{rank}}}\nORDER BY ?start\n")

    def compose(rows: list[dict]) -> Composed | None:
        rows = told_by_named(q, rows)
        if not rows:
            return None
        # The most precise date stated for the earliest year: "2020-07-16" rather than "2020"
        first = max((r["start"] for r in rows if r["start"][:4] == rows[0]["start"][:4]), key=len)
        ranks = {r["rank"] for r in rows if r["start"] == first and r.get("rank")}
        # "summer 2030": a year said with its part ("Admitted in the summer of 2030")
        part = next((p for r in rows if r["start"] == first and len(first) == 4 and (p := part_of(r.get("period")))), None)
        when = in_part(part, first) if part else spoken(first)
        short = when + (f", as the {_nth(int(next(iter(ranks))))} member" if len(ranks) == 1 else "")
        # another document dating it to another year: the documents disagree, and both are told
        other = {_doc_of(r): r["start"] for r in rows[::-1] if r["start"][:4] != first[:4] and _doc_of(r) != _doc_of(rows[0])}
        if other:
            short += f" (another document states {and_joined(sorted({spoken(d[:4]) for d in other.values()}))})"
        text = f"{short} — {names.label(member.iri)} joined {body.label} {f'in {when}' if part else spoken_at(first)}."
        return Composed(short, text, [{"label": names.label(member.iri), "iri": member.iri}],
                        row_sources([r for r in rows if r["start"] == first or r["start"] in other.values()], 1))

    return DatedPlan("joined", sparql, compose, [member.iri, body.iri])


def _doc_of(row: dict) -> str:
    """The document a row's statement is of (its passage's document)."""
    return (row.get("passage0") or "").rsplit("/passage/", 1)[0]


# (entering a body, not a text entering into force; taking over a member's seat: "which entered ISECG or took over a
# seat in it")
JOINERS = re.compile(r"\bjoin(?:ed)?\b|\bbec(?:a|o)me (?:[\w-]+ ){0,2}members?\b|\badmit(?:s|ted)?\b|\bnew members?\b|"
                     r"\bwelcomed\b|\benter(?:ed|s)?\b(?!\s+into\b)|\btook\s+over\s+(?:a|the|its|\S+['’]s)\s+seat\b", re.I)


def _joined_span(text: str) -> tuple[int, int]:
    """Where the thing joined is named: after the joining verb ("joined [ISECG's Science Working Group] in 2035",
    "became members [of the panel]") up to the next clause, time or punctuation."""
    verb = JOINERS.search(text)
    start = verb.end() + len(re.match(r"\s*(?:(?:of|to|into)\s+)?", text[verb.end():]).group())
    end = re.search(r"[,;:?.!]|\b(?:in|during|on|at|by|since|after|before|between|from|as|per|according|when|while|"
                    r"and|but|that|which|who)\b", text[start:])
    return start, start + end.start() if end else len(text)


def joined_in(q: Question, names: Names) -> DatedPlan | None:
    """"Which agencies joined ISECG during 2019?", "List the agencies that became members in 2020": the members
    whose membership the documents have begin in that year, in order, each with its date."""
    bodies = q.of("org")
    # the year of a document the question cites is no time of joining ("according to the October 2019 newsletter")
    cited = {m.start() for m in DOCUMENT_YEAR.finditer(q.text)}
    years = [y.group() for y in YEAR.finditer(q.text) if y.start() not in cited]
    if not JOINERS.search(q.text) or len(years) != 1 or len(bodies) != 1 or q.has(r"\bwhen\b|\bhow many\b") \
            or not q.has(r"\b(?:which|what|list|name|who)\b") or asks_other(q.text):
        return None
    body, year = bodies[0], years[0]
    # "joined ISECG's Science Working Group": a group of the body's, whose members are not the body's. Only what is
    # joined counts: a group named elsewhere ("..., as the study team reported") is not the one joined.
    start, end = _joined_span(q.text)
    of_body = start <= body.start < end and re.match(r"['’]s\s", q.text[body.end:])
    if of_body or any(start <= m.start < end for m in q.of("unit")) \
            or any(not (body.start <= m.start() < body.end) for m in OTHER_GROUP.finditer(q.text, start, end)):
        return None
    # "in March 2018": the members that joined that month (or are dated only by its year), not all of that year
    month = side_date(q.text)
    month = month[:7] if month and len(month) >= 7 and month.startswith(year) else None
    sparql = (f"{PREFIXES}SELECT ?x ?start ?passage0 ?sentence0 WHERE {{\n{_membership_rows(body.iri)}"
              f'  FILTER(STRSTARTS(STR(?start), "{month or year}") || STR(?start) = "{year}")\n}}\nORDER BY ?start\n')

    def compose(rows: list[dict]) -> Composed | None:
        if not rows:
            return None
        starts: dict[str, str] = {}
        told: dict[str, str] = {}
        for r in rows:  # each member's most precise date
            if len(r["start"]) > len(starts.get(r["x"], "")):
                starts[r["x"]], told[r["x"]] = r["start"], r.get("sentence0")
        members = sorted(starts, key=lambda x: starts[x])
        short = and_joined([names.short(x) for x in members])
        text = (f"{short} — {len(members)} joined {body.label} in {spoken(month) if month else year}: "
                + "; ".join(f"{names.as_told(x, told[x])} ({spoken(starts[x])})" for x in members) + ".")
        # a sentence naming them all ("New members in 2019: A, B and C") tells the whole answer: it comes first
        whole = [r for r in rows if len(members) > 1 and all(
            any(o["x"] == x and o.get("sentence0") == r.get("sentence0") for o in rows) for x in members)]
        return Composed(short, text, [{"label": names.label(x), "iri": x} for x in members],
                        row_sources(whole[:1] + [r for r in rows if starts[r["x"]] == r["start"]], 1))

    return DatedPlan("joined_in", sparql, compose, [body.iri])


# "joined later than 2007", "admitted after 2015", "members since 2010", "before 2012": a year the joinings asked are
# compared with
JOINED_COMPARED = re.compile(r"\b(?P<op>later\s+than|after|since|from|earlier\s+than|before|prior\s+to)\s+"
                             r"(?:the\s+(?:end|start|beginning)\s+of\s+)?(?P<year>(?:19|20)\d\d)\b(?![-/–]\d)", re.I)


def joined_compared(q: Question, names: Names) -> DatedPlan | None:
    """"Which agencies in the 2021 report's members table joined ISECG later than 2007?": the members whose first
    beginning (as the document the question names states it, when it states any) falls after, since or before the
    year, in order."""
    bodies = q.of("org")
    compared = JOINED_COMPARED.search(q.text)
    if compared is None or not JOINERS.search(q.text) or len(bodies) != 1 or q.has(r"\bwhen\b|\bhow many\b") \
            or not q.has(r"\b(?:which|what|list|name|who)\b") or asks_other(q.text) or q.of("unit"):
        return None
    body, year, op = bodies[0], compared.group("year"), " ".join(compared.group("op").lower().split())
    keep = {"later than": str.__gt__, "after": str.__gt__, "since": str.__ge__, "from": str.__ge__}.get(op, str.__lt__)
    sparql = f"{PREFIXES}SELECT ?x ?start ?passage0 ?sentence0 WHERE {{\n{_membership_rows(body.iri)}}}\nORDER BY ?start\n"

    def compose(rows: list[dict]) -> Composed | None:
        began = {x: r for x, r in _first_beginnings(told_by_named(q, rows)).items() if keep(r["start"][:4], year)}
        if not began:
            return None
        members = sorted(began, key=lambda x: began[x]["start"])
        short = and_joined([names.short(x) for x in members])
        text = (f"{short} — {len(members)} joined {body.label} {op} {year}: "
                + "; ".join(f"{names.as_told(x, began[x].get('sentence0'))} ({spoken(began[x]['start'])})"
                            for x in members) + ".")
        return Composed(short, text, [{"label": names.label(x), "iri": x} for x in members],
                        row_sources(list(began.values()), 1))

    return DatedPlan("joined_compared", sparql, compose, [body.iri])


# "Which agencies does the June 2024 bulletin report as newly admitted?", "Which new members did the 2019 annual report
# list?": the document whose reports of joining are asked, between its auxiliary and its verb of telling.
REPORTED_BY = re.compile(r"\b(?:does|did|do)\s+(?P<doc>(?:the|its|their)\s+.+?)\s+(?:report|list|name|mention|record|"
                         r"announce|welcome)\w*(?=\s+as\b|\s*[?.]?\s*$)", re.I)


def joined_reported(question: str) -> str | None:
    """The words naming the document a question asks the new members of, when it asks for those it reports joining."""
    m = REPORTED_BY.search(question)
    return m.group("doc") if m and JOINERS.search(question) else None


def joined_told(document: str, body: str, names: Names) -> DatedPlan:
    """The members of ``body`` whose joining ``document`` states (memberships read from its passages), in order."""
    sparql = (f"{PREFIXES}SELECT ?x ?start ?passage0 ?sentence0 WHERE {{\n{_membership_rows(body)}"
              f'  FILTER(STRSTARTS(STR(?passage0), "{document}/"))\n}}\nORDER BY ?start\n')

    def compose(rows: list[dict]) -> Composed | None:
        members = list(dict.fromkeys(r["x"] for r in rows))
        if not members:
            return None
        told = {r["x"]: r for r in reversed(rows)}  # each member's first (earliest) row
        short = and_joined([names.short(x) for x in members])
        text = (f"{short} — the {len(members)} members the document reports joining {names.label(body)}: "
                + "; ".join(f"{names.as_told(x, told[x].get('sentence0'))} ({spoken(told[x]['start'])})"
                            for x in members) + ".")
        return Composed(short, text, [{"label": names.label(x), "iri": x} for x in members], row_sources(rows, 1))

    return DatedPlan("joined_told", sparql, compose, [body])


ORDER_ASKED = re.compile(r"\b(?P<first>first|earlier|sooner|before)\b|\b(?P<last>last|later|most recently|more recently)\b",
                         re.I)


def joined_first(q: Question, names: Names) -> DatedPlan | None:
    """"Which joined ISECG first: AA or BB?": the beginnings of their memberships of the body (the one named
    right after "joined"), compared as precisely as both are stated; when both fall in one period, the member
    counts stated on those days (its rank: "the 25th member") tell the order; else no answer."""
    verb = JOINERS.search(q.text)
    order = ORDER_ASKED.search(q.text)
    orgs = q.of("org")
    if verb is None or order is None or len(orgs) < 3 or not q.has(r"\b(?:which|who)\b"):
        return None
    body = min(orgs, key=lambda m: m.start - verb.end() if m.start >= verb.end() else len(q.text) + verb.start() - m.end)
    members = [m for m in orgs if m.iri != body.iri]
    if len({m.iri for m in members}) != 2:
        return None
    last = order.group("last") is not None
    sparql = (f"{PREFIXES}SELECT ?x ?start ?rank ?period ?passage0 ?sentence0 WHERE {{\n"
              f"  VALUES ?x {{ {' '.join(iri_term(m.iri) for m in members)} }}\n{_membership_rows(body.iri)}"
              f"  OPTIONAL {{ ?p rdfs:label ?period }}\n"
              f"  OPTIONAL {{ {iri_term(body.iri)} isecg:memberCount ?c . ?c schema:value ?rank ; dcterms:date ?on .\n"
              f"    FILTER(STR(?on) = STR(?start)) }}\n}}\nORDER BY ?start\n")

    def compose(rows: list[dict]) -> Composed | None:
        began = _first_beginnings(rows)
        if len(began) != 2:
            return None  # one of them has no date the documents state: no order to give
        a, b = (began[m.iri] for m in members if m.iri in began)
        for r in (a, b):  # the rank the joining's own sentence gives ("as the 26th member"), before a count of that date
            r["rank"] = _rank_told(r.get("sentence0") or "") or r.get("rank")
        common = min(len(a["start"]), len(b["start"]))
        months = [_months_of(r) for r in (a, b)]
        if a["start"][:common] != b["start"][:common]:
            ordered = sorted([a, b], key=lambda r: r["start"][:common])
        elif a["start"][:4] == b["start"][:4] and all(months) and (months[0][1] < months[1][0] or months[1][1] < months[0][0]):
            ordered = [a, b] if months[0][0] < months[1][0] else [b, a]  # "spring 2021" before 24 October 2021
        elif a.get("rank") and b.get("rank") and a["rank"] != b["rank"]:
            ordered = sorted([a, b], key=lambda r: int(r["rank"]))
        else:
            return None  # the same date, as far as both are known
        winner, other = ordered[::-1] if last else ordered
        word = "after" if last else "before"
        when = lambda r: (in_part(p, r["start"]) if len(r["start"]) == 4 and (p := part_of(r.get("period"))) else  # noqa: E731
                          spoken(r["start"]))
        # each with its date: "LSA (12 February 2019, before POLSA on 3 April 2019)"; "..., and how far apart were
        # they?": and the time between
        at = lambda r: f"in {when(r)}" if r["start"].count("-") < 2 else f"on {when(r)}"  # noqa: E731
        short = f"{names.short(winner['x'])} ({when(winner)}, {word} {names.short(other['x'])} {at(other)})"
        if HOW_MUCH_TOO.search(q.text) and (apart := span_words(winner["start"], other["start"], None)):
            short = (f"{names.short(winner['x'])} ({spoken(winner['start'])}), {apart[0]} {word} "
                     f"{names.short(other['x'])} ({spoken(other['start'])})")
        said = lambda r: when(r) + (f", as the {_nth(int(r['rank']))} member" if r.get("rank") else "")  # noqa: E731
        text = (f"{short} — {_named(names, winner['x'])} joined {body.label} "
                f"{word} {_named(names, other['x'])}: {said(winner)}, against {said(other)}.")
        return Composed(short, text, [{"label": names.label(winner["x"]), "iri": winner["x"]}],
                        row_sources([winner, other], 1))

    return DatedPlan("joined_first", sparql, compose, [body.iri])


# "25th member", "twenty-sixth member", "thirty-first member"
RANK_TOLD = re.compile(r"(?<![\w-])(?:(\d{1,3})(?:st|nd|rd|th)|(?:(twenty|thirty|forty|fifty)-)?(" + "|".join(ORDINALS) +
                       r"))\s+member\b", re.I)


def _rank_told(sentence: str) -> str | None:
    """The one rank a sentence gives a member: "ISA became ISECG's 25th member" -> "25"."""
    ranks = {_ordinal_value(m) for m in RANK_TOLD.finditer(sentence)} - {0}
    return str(ranks.pop()) if len(ranks) == 1 else None


def _months_of(row: dict) -> tuple[int, int] | None:
    """The months a joining's date may fall in: its month, or the months of the part of the year said ("spring")."""
    if len(row["start"]) >= 7:
        month = int(row["start"][5:7])
        return month, month
    return SEASON_MONTHS.get(part_of(row.get("period")) or "")


def _named(names: Names, iri: str, sentence: str | None = None) -> str:
    """A body as prose names it in full: "Israel Space Agency (ISA)" (as ``sentence`` names it, if given)."""
    label, short = names.as_told(iri, sentence) if sentence else names.label(iri), names.short(iri)
    return f"{label} ({short})" if short != label else label


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def row_sources(rows: list[dict], count: int) -> list[tuple[str, str]]:
    found = []
    for row in rows:
        for n in range(count):
            source = (row.get(f"passage{n}"), row.get(f"sentence{n}"))
            if source[0] and source not in found:
                found.append(source)
    return found


# "... when the October 2022 supplement was published": the date asked is the one the question gives.
AS_OF_DOCUMENT = " when was were published released issued appeared supplement roadmap report edition paper update"


# What a count of a body's members counts: its members, its member agencies (not their countries, delegations or
# people)
MEMBERS_COUNTED = frozenset("members member agencies agency organisations organizations bodies".split())


def member_count(q: Question, names: Names) -> DatedPlan | None:
    """"How many members did ISECG have in 2019?": the member count the documents state for that year (the
    latest of it); without one, the members shape counts the members as of that year's list."""
    bodies = q.of("org")
    if q.of("unit", "person") or (head := counted_head(q.text)) and head[0] and head[0] not in MEMBERS_COUNTED:
        return None  # the members of a working group, the countries or delegations of the members: not the count
    if not bodies and AS_OF.search(q.text) and (main := _main_body(names)):
        bodies = [main]  # "How many member agencies were there as of 12 December 2018?" (a time named by an event)
    if not q.years or len(bodies) != 1 or not COUNT_ASKED.search(q.text) or \
            not q.has(r"\bmembers?\b|\bmembership\b|\bbelong\w*") or not q.covered_by(
                MEMBER_WORDS + " many number how count total size large big space have had did end ended close closed "
                + " ".join(MONTH_NUMBERS) + AS_OF_DOCUMENT):
        return None  # "how many agencies attended the March 2020 meeting" counts no members
    body, year = bodies[0], side_date(q.text)  # "in October 2022": that month's
    # "as of 31 January 2018" (a time named by an event or a document): the latest count stated by then
    by = (q.date or year) if AS_OF.search(q.text) else None
    counts = (f"  {iri_term(body.iri)} isecg:memberCount ?x .\n  ?x schema:value ?n ; dcterms:date ?date .\n"
              + (f'  FILTER(SUBSTR(STR(?date), 1, 4) <= "{year[:4]}")\n' if by else
                 f'  FILTER(STRSTARTS(STR(?date), "{year}"))\n')
              + f'  {PROVENANCE.format(n=0, s="?x", p="schema:value")}\n')
    # as of a date, the members known to have joined since a count was stated tell it is no longer the count
    joinings = (f"  ?m a org:Membership ; org:organization {iri_term(body.iri)} ; org:memberDuring ?p .\n"
                f"  ?p time:hasBeginning/{INSTANT} ?joined .\n  FILTER NOT EXISTS {{ ?m org:role ?role }}\n")
    sparql = (f"{PREFIXES}SELECT ?x ?n ?date ?joined ?passage0 ?sentence0 WHERE {{\n"
              + (f"  {{\n{counts}  }} UNION {{\n{joinings}  }}\n" if by else counts) + "}\nORDER BY DESC(?date)\n")

    def compose(rows: list[dict]) -> Composed | None:
        joined = [str(r["joined"]) for r in rows if r.get("joined")]
        rows = [r for r in rows if r.get("date")]
        if by:  # counts stated by then: those known to be (a count of "2021" is not known to be by 24 October 2021)
            rows = [r for r in rows if _surely_by(str(r["date"]), by)] or \
                [r for r in rows if _on_or_before(str(r["date"]), by)]
            # ... and still the count then: no member known to have joined between, and not stated years before
            rows = [r for r in rows if _months(by, last=True) - _months(str(r["date"])) <= STALE_MONTHS
                    and not any(_surely_by(j, by) and not _on_or_before(j, str(r["date"])) for j in joined)]
            rows.sort(key=lambda r: str(r["date"]), reverse=True)
        if not rows:
            return None
        latest = told_now([r for r in rows if r["date"] == rows[0]["date"]])
        if len({r["n"] for r in latest}) != 1:
            return None  # two counts for one date: the passages say more
        n = latest[0]["n"]
        text = f"{n} — the documents state {body.label} had {n} members as of {spoken(str(latest[0]['date']))}."
        return Composed(n, text, [], row_sources(latest, 1))

    return DatedPlan("member_count", sparql, compose, [body.iri])


# "ISECG now has 26 member agencies" beside "Before the meeting ISECG counted 25", both of the meeting's day: the
# count told in the present is the one the day ended with (the other, of the day before what it reports).
TOLD_NOW = re.compile(r"\b(?:now|today|currently|at\s+present)\b", re.I)


def told_now(rows: list[dict]) -> list[dict]:
    """Of the counts ``rows`` give one date, those told in the present when they differ and these agree; else all."""
    now = [r for r in rows if TOLD_NOW.search(r.get("sentence0") or "")]
    return now if len({r["n"] for r in rows}) > 1 and len({r["n"] for r in now}) == 1 else rows


AS_OF = re.compile(r"\bas of\b", re.I)
MEMBER_ASKED = re.compile(r"^\s*(?:was|were|is|are|had|has|did)\b.*\b(?:members?|membership|joined|join|belong\w*)\b",
                          re.I)


def member_at(q: Question, names: Names) -> DatedPlan | None:
    """"Was LSA a member of ISECG as of November 2018?" (a time named by an event or a document): Yes when its
    membership began before that date, No when it began after it, as precisely as both are known."""
    if not AS_OF.search(q.text) or not MEMBER_ASKED.search(q.text) or not q.years:
        return None
    orgs = q.of("org", "unit")
    main = _main_body(names)
    if len(orgs) == 1 and main and orgs[0].iri != main.iri:
        member, body = orgs[0], main
    elif len(orgs) == 2:
        member, body = orgs
    else:
        return None
    at = q.date or side_date(q.text)
    sparql = (f"{PREFIXES}SELECT ?x ?start ?end ?passage0 ?sentence0 WHERE {{\n"
              f"  ?m a org:Membership ; org:organization {iri_term(body.iri)} ; org:member {iri_term(member.iri)} ;\n"
              f"     org:memberDuring ?p .\n  BIND({iri_term(member.iri)} AS ?x)\n  FILTER NOT EXISTS {{ ?m org:role ?role }}\n"
              f"  OPTIONAL {{ ?p time:hasBeginning/{INSTANT} ?start }} OPTIONAL {{ ?p time:hasEnd/{INSTANT} ?end }}\n"
              f"  FILTER(BOUND(?start) || BOUND(?end))\n  {PROVENANCE.format(n=0, s='?m', p='org:member')}\n}}\n"
              "ORDER BY ?start\n")

    def compose(rows: list[dict]) -> Composed | None:
        begins = [r for r in rows if r.get("start")]
        if not begins:
            return None
        first = min(begins, key=lambda r: (r["start"][:4], -len(r["start"])))
        start, n = first["start"], min(len(first["start"]), len(at))
        ended = [r for r in rows if r.get("end") and r["end"][:n] < at[:n] and r["end"] >= start]
        if start[:n] > at[:n]:
            verdict = "No"
            why = f"{names.short(member.iri)} became a member of {body.label} only {spoken_at(start)}, after {spoken(at)}"
        elif (start[:n] < at[:n] or len(start) == len(at)) and not ended:
            verdict = "Yes"
            why = f"{names.short(member.iri)} had been a member of {body.label} since {spoken(start)}"
        else:
            return None  # joined in the month or year of the date, not known more precisely; or left since
        # the verdict with the date that decides it, which the question often asks too ("..., and when did it join?")
        short = f"{verdict}; it joined {names.short(body.iri)} {spoken_at(start)}"
        # each document stating that beginning is a source ("Admitted in 2019" in a report, a table row in another)
        return Composed(short, f"{short} — {why}.", [{"label": names.label(member.iri), "iri": member.iri}],
                        row_sources([first, *(r for r in begins if r["start"] == start and r is not first)], 1))

    return DatedPlan("member_at", sparql, compose, [body.iri, member.iri])


# -- the edition of a series current at a date ---------------------------------------------------------------

# "Which edition of the roadmap was current as of 28 August 2017?", "What version of the plan was in force in 2015?"
EDITION_AT = re.compile(r"^\s*(?:which|what)\s+(?P<noun>edition|version|issue|revision)\b(?=.*\b(?:current|in\s+force|"
                        r"in\s+effect|valid|latest|newest|most\s+recent)\b)", re.I)
ORDINAL_WORDS = {n: w for w, n in ORDINALS.items()}
DATING_SOURCES = 2  # passages shown for each fact of an edition's answer (its date, what it replaced)


def edition_at(q: Question, names: Names) -> DatedPlan | None:
    """"Which edition of the Global Exploration Roadmap was current as of 28 August 2017?" (a time the question
    names, or one of an event or a document): of the series the question names (the work its documents are
    versions of), the edition of the highest number issued by then, when the next one is known to have come out
    after it; with the edition it replaced ("the second edition (August 2013), which replaced the first edition of
    September 2011").  The sources are the passages dating that edition, telling what it replaced, dating the next."""
    asked = EDITION_AT.match(q.text)
    named = [m.iri for m in q.of("document")]
    at = q.date or side_date(q.text)
    if asked is None or not named or not at:
        return None
    noun = asked.group("noun").lower()
    told = "OPTIONAL {{ ?st{n} rdf:subject ?doc ; rdf:predicate {p} ; rdf:object {o} ; prov:wasDerivedFrom ?passage{n} ; " \
           "isecg:sentence ?sentence{n} }}"
    sparql = (f"{PREFIXES}SELECT ?series ?doc ?version ?issued ?oldversion ?oldissued ?passage0 ?sentence0 ?passage1 "
              "?sentence1 WHERE {\n"
              f"  VALUES ?named {{ {' '.join(iri_term(n) for n in named)} }}\n"
              "  { ?doc dcterms:isVersionOf ?named . BIND(?named AS ?series) }\n"
              "  UNION { ?named dcterms:isVersionOf ?series . ?doc dcterms:isVersionOf ?series }\n"
              "  ?doc schema:version ?version .\n"
              f"  OPTIONAL {{ ?doc dcterms:issued ?issued . {told.format(n=0, p='dcterms:issued', o='?issued')} }}\n"
              "  OPTIONAL { ?doc dcterms:replaces ?old . ?old schema:version ?oldversion .\n"
              f"             OPTIONAL {{ ?old dcterms:issued ?oldissued }} {told.format(n=1, p='dcterms:replaces', o='?old')} }}\n"
              "}\n")

    def name(version: int) -> str:  # as the question calls them: "the second edition", "issue 2"
        return f"the {ORDINAL_WORDS[version]} edition" if noun == "edition" and version in ORDINAL_WORDS \
            else f"{noun} {version}"

    def compose(rows: list[dict]) -> Composed | None:
        rows = [r for r in rows if str(r["version"]).isdigit()]
        if len({r["series"] for r in rows}) != 1:
            return None  # no series, or the question names two
        editions: dict[int, list[dict]] = {}
        for r in rows:
            editions.setdefault(int(r["version"]), []).append(r)
        dates = {v: max((str(r["issued"]) for r in rs if r.get("issued")), key=len, default=None)
                 for v, rs in editions.items()}
        # out before the date asked, as far as both are known (one of the same month as a day asked may be after it)
        out = [v for v, d in dates.items() if d and (d == at and len(at) == 10 or _before(d, at))]
        if not out:
            return None
        current = max(out)
        later = [v for v in sorted(dates) if v > current]
        if later and not (dates[later[0]] and _before(at, dates[later[0]])):
            return None  # the next edition's date unknown, or not known to be after the date asked
        issued = dates[current]
        short = f"{name(current)} ({spoken(issued[:7])})"
        # the edition it replaced as the graph has it: the latest before it, at its most precise date
        old = max(((int(r["oldversion"]), str(r.get("oldissued") or "")) for r in editions[current]
                   if str(r.get("oldversion") or "").isdigit() and int(r["oldversion"]) < current),
                  key=lambda o: (o[0], len(o[1])), default=None)
        replaced = f", which replaced {name(old[0])}" + (f" of {spoken(old[1][:7])}" if old[1] else "") if old else ""
        after = f"; {name(later[0])} followed only in {spoken(dates[later[0]])}" if later else ""
        text = f"{short}{replaced} — issued {spoken_at(issued)}, the latest {noun} out by {spoken(at)}{after}."

        def dating(v: int) -> list[tuple[str, str]]:  # the passages giving an edition's date to the month at least
            stated = sorted((r for r in editions.get(v, []) if r.get("passage0") and len(str(r["issued"])) >= 7
                             and dates[v].startswith(str(r["issued"]))), key=lambda r: -len(str(r["issued"])))
            return [(r["passage0"], r["sentence0"]) for r in stated]
        replacing = [(r["passage1"], r["sentence1"]) for r in editions[current]
                     if old and r.get("passage1") and str(r["oldversion"]) == str(old[0])]
        facts = [dating(current), replacing, dating(old[0]) if old else [], dating(later[0]) if later else []]
        # of each fact, the passages telling most facts of the answer first ("The first edition appeared in September
        # 2011; the second edition of August 2013 replaced it.")
        telling = {p: sum(p in {s[0] for s in fact} for fact in facts) for fact in facts for p, _ in fact}
        sources = [s for fact in facts for s in sorted(dict.fromkeys(fact), key=lambda s: -telling[s[0]])[:DATING_SOURCES]]
        return Composed(short, text, [{"label": name(current), "iri": editions[current][0]["doc"]}],
                        list(dict.fromkeys(sources)))

    return DatedPlan("edition_at", sparql, compose, named)


# -- the Nth phase of a roadmap ------------------------------------------------------------------------------

# Another document, of a year, that tells the phases of the roadmap a question names: "as summarised in the 2019 article",
# "described in the IAC 2015 paper" (a venue's name before the year).
SUMMARY_OF_YEAR = re.compile(r"\b(?:in|by|from|according\s+to)\s+(?:the|an?)\s+(?:[A-Z][\w-]*\s+)?((?:19|20)\d\d)\s+"
                             r"(?:[\w-]+\s+)?"
                             r"(?:article|paper|review|summary|presentation|talk|overview|digest|publication)\b", re.I)


def _phases_query(q: Question, position: str) -> str:
    """The mission phases at ``position`` (a number, or ?pos for all) of the documents the question names, or of
    the editions of the series it names ("the 2018 Global Exploration Roadmap": of the year it names) (else of the
    year it names), the latest document's first."""
    docs = q.of("document")
    where = [f"  ?x a isecg:MissionPhase ; schema:position {position} ; dcterms:isPartOf ?doc .",
             "  ?x skos:prefLabel ?label .", "  OPTIONAL { ?doc dcterms:title ?title }",
             "  OPTIONAL { ?doc dcterms:issued ?issued }"]
    if docs:
        where.append(f"  VALUES ?named {{ {' '.join(iri_term(d.iri) for d in docs)} }}")
        paper = SUMMARY_OF_YEAR.search(q.text)  # "... as summarised in the 2019 article": that paper's phases too
        where.append("  { ?doc dcterms:isVersionOf? ?named . BIND(true AS ?own) }" + (
            f' UNION {{ ?doc dcterms:issued ?year . FILTER(STRSTARTS(STR(?year), "{paper.group(1)}")) }}' if paper else ""))
        if q.years:
            where.append(f'  FILTER(?doc = ?named || STRSTARTS(STR(?issued), "{q.years[0]}"))')
    elif q.years:
        where.append(f'  FILTER(STRSTARTS(STR(?issued), "{q.years[0]}"))')
    where.append("  " + PROVENANCE.format(n=0, s="?x", p="skos:prefLabel"))
    return (f"{PREFIXES}SELECT ?x ?doc ?pos ?label ?title ?issued ?own ?passage0 ?sentence0 WHERE {{\n"
            + (f"  BIND({position} AS ?pos)\n" if position != "?pos" else "") + "\n".join(where)
            + "\n}\nORDER BY DESC(BOUND(?own)) DESC(?issued) ?doc ?pos\n")


def _of_document(row: dict) -> str:
    return f"{row.get('title') or 'the roadmap'}{' (' + row['issued'] + ')' if row.get('issued') else ''}"


# An ordinal that ranks a phase ("the second phase", "the third mission stage"), not a document ("the third edition").
PHASE_RANKED = re.compile(ORDINAL.pattern + r"\s+(?:[\w-]+\s+)?(?:phases?|stages?|steps?)\b", re.I)


def phase(q: Question, names: Names) -> DatedPlan | None:
    """"What is the second phase of the 2020 lunar surface scenario called?": the mission phase at that
    position, of a document of the year (or edition) the question names when it names one."""
    ranked = PHASE_RANKED.search(re.sub(r"\bphase\s+(\d+)\b", r"\1th phase", q.text, flags=re.I))
    n = _ordinal_value(ranked) if ranked else None  # not "the phases of the third edition"
    if n is None or not q.has(r"\bphases?\b") or not q.has(r"\bcalled\b|\bnamed?\b|^\s*(?:what|which) (?:is|was)\b"):
        return None  # "what happens in the second phase?" asks the passages

    def compose(rows: list[dict]) -> Composed | None:
        if not rows:
            return None
        best = rows[0]["x"]  # the latest document's when several have one
        picked = [r for r in rows if r["x"] == best]
        name = picked[0]["label"]
        text = f"{name} — phase {n} of {_of_document(picked[0])}."
        return Composed(name, text, [{"label": name, "iri": best}], row_sources(picked, 1))

    return DatedPlan("phase", _phases_query(q, str(n)), compose, [])


# "What are the phases of the 2020 scenario?", "Through which destinations does the 2018 roadmap proceed, in order?"
PHASES_ASKED = re.compile(r"\b(?:phases|stages)\b|(?=.*\bdestinations\b).*\b(?:in order|in turn|proceeds?|one after|"
                          r"(?:what|which) order|sequence)\b", re.I)
# The clause that asks, at the start of the question or after a clause that sets it up ("The 2018 paper proposes a
# campaign in phases; what are the four phases called?")
ASKING_CLAUSE = r"(?:^|[;:,.]\s+)(?:(?:in|through|of|from)\s+)?(?:what|which|list|name)\b"


def phases(q: Question, names: Names) -> DatedPlan | None:
    """All the mission phases of a roadmap, in order: those of the document the question names (else of the
    year it names; else the latest document's)."""
    if PHASE_RANKED.search(q.text) or not PHASES_ASKED.search(q.text) or not q.has(ASKING_CLAUSE):
        return None  # "the second phase" asks one phase; "the third edition" names the document

    def compose(rows: list[dict]) -> Composed | None:
        if not rows:
            return None
        picked = [r for r in rows if r["doc"] == rows[0]["doc"]]  # by position, as the query orders them
        ordered = list(dict.fromkeys(r["label"] for r in picked))
        text = f"{and_joined(ordered)} — the phases of {_of_document(picked[0])}, in order."
        return Composed(and_joined(ordered), text, [{"label": r["label"], "iri": r["x"]} for r in picked],
                        row_sources(picked, 1))

    return DatedPlan("phases", _phases_query(q, "?pos"), compose, [])


# -- how many more at A than at B ------------------------------------------------------------------------------

def side_date(text: str) -> str | None:
    """The date a side of a comparison names, as a prefix of ISO dates: "September 2020" -> "2020-09"."""
    iso = re.search(r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])\b", text)  # "2022-10-13"
    if iso:
        return iso.group()
    year = re.search(r"\b(?:19|20)\d\d\b", text)
    if year is None:
        return None
    month = re.search(rf"\b({MONTHS})\b", text, re.I)
    if month is None:
        return year.group()
    number = next(n for name, n in MONTH_NUMBERS.items() if name.startswith(month.group(1).lower()[:3]))
    return f"{year.group()}-{number:02d}"


# "How many agencies were represented at the June 2022 meeting in Rome?", "How many delegations attended ...?"
# ("how many joined the plenary remotely": joined by a way of taking part, not as members)
ATTENDED = re.compile(r"\bhow many\b.*\b(?:attend\w*|represented|took part|take part|participat\w*|present|came|"
                      r"joined\b(?=.*\b(?:remotely|online|virtually|in\s+person)\b))", re.I)


# What may be asked of an event, with its predicate: "where was it held", "who hosted it", "how many took part".
EVENT_ASKS = {"place": (re.compile(r"\bwhere\b|\b(?:which|what) (?:city|town|place|location|venue|site)\b", re.I),
                       "schema:location"),
              # "at whose invitation", "who invited them": the host too (not "which agencies were invited to it": its
              # guests)
              "host": (re.compile(r"\bhost\w*|\borgani[sz](?:ed|es|ing|ers?)\b|\bconven\w*|\binvit(?!ed\s+to\b)\w*", re.I),
                       "schema:organizer"),
              "participants": (ATTENDED, "isecg:participantCount"),
              # ("When and where did ISECG hold ...?": the date first)
              "date": (re.compile(r"(?:^|,?\s+and\s+)when\s+(?:and\s+where\s+)?(?:was|were|did|is|does|do|will|had)\b|"
                                  r"\b(?:which|what)\s+(?:dates?|days?)\b", re.I), "schema:startDate")}


# An event, named ("the meeting") or told by what people did at it ("when the senior managers gathered in Bremen").
EVENT_TOLD = (r"\b(?:meeting|plenary|workshop|conference|congress|forum|symposium|summit|session|event|videoconference|"
              r"teleconference|webinar|telecon)s?\b|"
              r"\b(?:met|meet|meets|gathered|gather|convened|assembled|came\s+together|got\s+together)\b")
# Words of a question about an event that do not tell one event from another.
EVENT_QUESTION_WORDS = frozenset(
    "where when which what who whom how many much the and did does was were held hold take took place places part "
    "met meet gathered gather convened assembled came together acted act served serve "
    "hosted host hosts hosting under organised organized convened invited invitation whose attended attend represented "
    "present "
    "participants people "
    "agencies agency organisation organisations organization organizations delegations delegates meeting meetings plenary workshop conference congress forum symposium "
    "summit session event events city town location venue site its their they there this that during year month day "
    "date dates days "
    "january february march april may june july august september october november december spring summer autumn "
    "fall winter isecg".split())


# What a head count of a gathering counts, by its noun: bodies ("agencies", "delegations"), countries, or people
# ("participants", "delegates"). A count of one kind answers no question asking another ("how many countries were
# represented" of "13 agencies were represented"), and no count of the graph answers one asking of what no gathering
# is counted in ("how many papers were presented", "how many observers attended").
_HEAD_KINDS = {
    "bodies": "agency agencies organisation organisations organization organizations delegation delegations partner "
              "partners institution institutions members",  # a body's members are agencies (not a working group's)
    "countries": "country countries nation nations",
    "people": "people person persons participant participants delegate delegates representative representatives "
              "attendee attendees expert experts individual individuals official officials researcher researchers "
              "scientist scientists engineer engineers specialist specialists",  # the graph's head counts of people
}
HEAD_KIND = {w: kind for kind, heads in _HEAD_KINDS.items() for w in heads.split()}
# The words that end the noun phrase after "how many": a verb, an auxiliary, a preposition, a pronoun.
_NP_ENDS = frozenset("were was are is be been did does do had have has will would could can took take takes taking "
                     "came come sent send attend attends participate participates joined join met meet gathered "
                     "there from at in of to for on during by with who that which they it".split())


def counted_phrase(question: str) -> str:
    """The noun phrase a "how many" question counts ("How many ISECG member agencies took part" -> "isecg member
    agencies"); empty when it names none or asks no "how many"."""
    m = re.search(r"\bhow\s+many\b", question, re.I)
    if m is None:
        return ""
    phrase: list[str] = []
    for word in re.findall(r"[\w\-’']+|[^\w\s]", question[m.end():]):
        low = word.lower()
        if not re.match(r"\w", word) or low in _NP_ENDS or (low.endswith("ed") and phrase):
            break
        phrase.append(low)
    return " ".join(phrase)


def counted_head(question: str) -> tuple[str, str | None] | None:
    """The noun a "how many" question counts and its kind ("How many space agencies took part" -> ("agencies",
    "bodies"); "How many papers were presented" -> ("papers", None)); ("", None) when it names none ("How many
    took part?"); None when it asks no "how many"."""
    if not re.search(r"\bhow\s+many\b", question, re.I):
        return None
    head = counted_phrase(question).rpartition(" ")[2]
    return head, HEAD_KIND.get(head)


def kinds_counting(sentence: str, n: int) -> set[str]:
    """The kinds of what ``sentence`` counts with the number ``n`` (the noun of a kind within four words after it:
    "Forty-six delegates", "13 space agencies"); empty when no number ``n`` there is followed by one."""
    plain = sentence
    for pattern in (FULL_DATE, DAY_RANGE, DATE):
        plain = pattern.sub(lambda m: " " * len(m.group()), plain)
    found = set()
    for m in NUMBER.finditer(plain):
        if m.group().lower() in ("hundred", "dozen") or number_value(m.group()) != n:
            continue
        after = [w.lower() for w in re.findall(r"[\w\-]+", plain[m.end():])[:4]]
        # ("24 (21 in person)": "in person" says how they took part, it counts no persons)
        at = next((i for i, w in enumerate(after) if w in HEAD_KIND
                   and not (w == "person" and i and after[i - 1] == "in")), None)
        while at is not None and at + 1 < len(after) and after[at + 1] in HEAD_KIND:
            at += 1  # a compound's head is its last noun: "six agency experts" counts people
        if at is not None:
            found.add(HEAD_KIND[after[at]])
    return found


def column_kind(passage: str, row: str) -> str | None:
    """The kind a table's count column counts, by the header above the row a count was read from ("Date Meeting
    Where Host Agencies" over "16 Sep 2022 Senior managers Paris, France CNES 24"): the one kind its header names;
    None when the row is not found, or the header names no kind or several ("Delegates Agencies")."""
    lines = passage.split("\n")
    at = next((i for i, line in enumerate(lines) if row.strip() and row.strip()[:30] in line), None)
    if at is None or row.rstrip().endswith("."):
        return None  # not a row of its own line (a sentence of prose)
    for line in reversed(lines[max(0, at - 30):at]):
        if re.search(r"\d", line) or not re.search(r"[A-Za-z]", line):
            continue  # another row, a rule ("|---|---|")
        words = re.findall(r"[a-z]+", line.lower())
        kinds = {HEAD_KIND[w] for w in words if w in HEAD_KIND}
        return next(iter(kinds)) if len(words) <= 12 and len(kinds) == 1 else None
    return None


def _counts_asked(rows: list[dict], n: int, nouns: set[str]) -> bool:
    """Whether the count ``n`` counts what the question does: no sentence it was read from gives another number
    for the question's nouns ("48 participants from 15 delegations" counts 15 delegations, not 48)."""
    stated = [c for r in rows if r.get("sentence0") and nouns and (c := count_in(r["sentence0"], nouns)) is not None]
    return not stated or any(number_value(c) == n for c in stated)


def spelled_out(label: str, question: str) -> set[str]:
    """The words of the question's capitalised names that an acronym of ``label`` stands for ("Senior Agency
    Managers" for "the SAM meeting")."""
    acronyms = set(re.findall(r"\b[A-Z]{2,6}\b", label))
    out: set[str] = set()
    for run in re.finditer(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|and\s+)?[A-Z][a-z]+)+", question):
        initials = "".join(w[0] for w in run.group().split() if w[0].isupper())
        if initials in acronyms:
            out |= {w.lower() for w in run.group().split()}
    return out


# How some took part, when a head count is split ("15 delegations attended in person and four joined remotely",
# "22 (18 in person, 4 online)").
ATTENDANCE = {"in person": r"in\s+person|in\s+the\s+room|on[\s-]site|physically|face[\s-]to[\s-]face",
              "remotely": r"remote(?:ly)?|online|virtually|by\s+(?:video|tele|phone)\w*|via\s+video\w*"}
ATTENDANCE_RE = {way: re.compile(rf"\b(?:{words})\b", re.I) for way, words in ATTENDANCE.items()}
# "counting those who joined remotely", "including the delegations online": all of them, those ones too
WITH_THOSE_RE = re.compile(r"\b(?:counting|including|together\s+with|plus)\s+(?:those|the|all)\b[^?,;]*", re.I)


BOTH_WAYS = "both"
# A way of meeting that names the gathering, not how some took part: "the online senior managers meeting", "an
# in-person plenary" (all who took part in it are counted).
WAY_OF_GATHERING_RE = re.compile(rf"\b(?:the|an?|its|their|this|that)\s+(?:[\w-]+\s+)?(?:{'|'.join(ATTENDANCE.values())})"
                                 rf"(?=\s+(?:[\w’'-]+\s+){{0,3}}?{GATHERING}s?\b)", re.I)


def attendance_asked(question: str) -> str | None:
    """The way of taking part a head count question asks of ("how many attended in person", "how many joined
    remotely"), BOTH_WAYS when it names every way ("took part, in person or remotely"), or None (those who came
    another way counted too: "counting those who joined remotely"; the way a gathering was held: "the online
    meeting")."""
    question = WAY_OF_GATHERING_RE.sub(" ", WITH_THOSE_RE.sub(" ", question))
    ways = [way for way, pattern in ATTENDANCE_RE.items() if pattern.search(question)]
    return BOTH_WAYS if len(ways) == len(ATTENDANCE) else next(iter(ways), None)


def count_by_attendance(sentence: str, way: str) -> int | None:
    """The part of a split head count that took part ``way``: the number told with it, before the next number
    ("15 delegations attended in person and four joined remotely" -> 15 in person, 4 remotely); of BOTH_WAYS, the
    sum of the parts when each is told (19)."""
    if way == BOTH_WAYS:
        parts = [count_by_attendance(sentence, one) for one in ATTENDANCE]
        return sum(parts) if None not in parts else None
    numbers = [m for m in NUMBER.finditer(sentence) if number_value(m.group())]
    for m, after in zip(numbers, numbers[1:] + [None]):
        told = sentence[m.end():after.start() if after else len(sentence)]
        if ATTENDANCE_RE[way].search(re.split(r"[;.]", told)[0]):
            return number_value(m.group())
    return None


def _day_asked(text: str, month: str) -> str | None:
    """The ISO day of ``month`` the question names ("on 13 October 2022", "October 13, 2022"), or None; of days
    ("17–18 November 2020", "November 17-18, 2020") the first, the event's start."""
    if len(month) != 7:
        return None
    name, nth = rf"(?:{MONTHS})\w*", r"(?:st|nd|rd|th)?"
    to = rf"(?:\s*[–-]\s*\d{{1,2}}{nth})?"
    m = re.search(rf"\b(\d{{1,2}}){nth}{to}\s+{name}\s+{month[:4]}\b|\b{name}\s+(\d{{1,2}}){nth}{to},?\s+"
                  rf"{month[:4]}\b|\b{month}-(\d\d)\b", text, re.I)
    if m is None:
        return None
    return f"{month}-{int(next(g for g in m.groups() if g)):02d}"


# An event asked of as the one after another: "the plenary following the November 2016 Rome meeting", "the workshop
# after the 2019 Tokyo one" (the date and words after it name the earlier event).
FOLLOWING = re.compile(r"\b(?P<noun>meeting|plenary|workshop|conference|forum|symposium|summit|congress|session)s?\s+"
                       r"(?:that\s+followed|following|after|succeeding)\s+(?P<earlier>the\s+[^,?;]+?)"
                       r"(?=\s+(?:to|was|were|is|be|will|did|held|take|took)\b|[,?;]|$)", re.I)


# An event asked of by its rank in time: "its first meeting", "the last ISECG meeting of 2014", "the earliest JAXA
# workshop" (capitalised names may stand between); not one ranked within a stretch or a kind the clause goes on to
# name ("the first meeting since 2019", "the last plenary chaired by CSA"), nor "the first in-person meeting".
ORDINAL_EVENT = re.compile(r"\b(?P<which>(?i:first|earliest|last|latest|final))\s+(?:[A-Z][\w-]*\s+){0,3}"
                           r"(?P<noun>(?i:meeting|plenary|workshop|conference|forum|symposium|summit|congress|session))s?\b"
                           r"(?![^?,;]*\b(?i:since|after|before|following|under|chaired|led|with)\b)")
# The names of the gatherings a question's "meeting" may be (an ERWG "autumn session", a "plenary").
MEETING_KINDS = re.compile(r"\b(?:meeting|plenary|session|teleconference|videoconference|telecon)s?\b", re.I)
LAST_WORDS = ("last", "latest", "final")


def _ranked(ordinal: re.Match, events: dict[str, list[dict]], picked: list[str], *, dated: bool) -> list[str]:
    """Of the events ``picked``, the first (or last) of the kind the question ranks: of a year asked, the one of that
    year starting earliest (latest); undated, only one a sentence itself ranks so ("held its first meeting in
    Berlin"), since the graph holds no group's every meeting. Events dated by their year alone are not ranked."""
    noun, last = ordinal.group("noun").lower(), ordinal.group("which").lower() in LAST_WORDS
    kind = MEETING_KINDS if noun == "meeting" else re.compile(rf"\b{noun}s?\b", re.I)

    def ranks_so(sentence: str) -> bool:
        m = ORDINAL_EVENT.search(sentence)
        return bool(m and kind.search(m.group("noun")) and
                    (m.group("which").lower() in LAST_WORDS) == last)

    starts = {x: min(str(r["date"]) for r in events[x]) for x in picked
              if kind.search(str(events[x][0].get("label") or ""))
              and (dated or any(ranks_so(str(v)) for r in events[x] for k, v in r.items() if k.startswith("sentence")))}
    starts = {x: start for x, start in starts.items() if len(start) >= 7}
    end = (max if last else min)(starts.values(), default=None)
    return [x for x, start in starts.items() if start == end]


def _with_acronym(name: str, passage: str) -> str:
    """A site's name with the acronym its passage writes for it ("European Space Operations Centre, Darmstadt" of a
    passage headed "Senior managers meet at ESOC": "European Space Operations Centre (ESOC), Darmstadt")."""
    site, comma, town = name.partition(", ")
    words = site.split()
    acronym = "".join(w[0] for w in words if w[0].isupper())
    if not comma or len(words) < 3 or len(acronym) < 3 or not re.search(rf"\b{acronym}\b", passage):
        return name
    return f"{site} ({acronym}), {town}"


# "How many delegates did NASA send to the November 2016 plenary in Rome?": the people one body sent to a gathering.
DELEGATION_ASKED = re.compile(r"\bhow\s+many\s+(?:delegates|participants|people|experts|representatives|staff)\s+did\s+"
                              r"(?P<body>.+?)\s+(?:send|bring)\s+to\b", re.I)
# A row of an attendance table, the body's people counted in its first number ("NASA 6 Member", "| JAXA | 9 |").
_ROW_COUNT = re.compile(r"[^\d\n]{1,80}?(?<![\w.-])(\d{1,3})(?![\w.-])")
_ROW_WORDS = 10  # the most words a table's row has (a sentence of prose has more)


def delegation_size(q: Question, names: Names) -> DatedPlan | None:
    """How many people one body sent to a gathering the question dates and names by its words (its name, its place):
    the number the row of that body gives in the gathering's attendance table (the row the graph read the body's
    attendance from), not the gathering's total."""
    asked = DELEGATION_ASKED.search(q.text)
    bodies = {m.iri for m in q.of("org", "unit") if asked and asked.start("body") <= m.start < asked.end("body")}
    dated = date_filter("?date", q, day=False)
    if asked is None or len(bodies) != 1 or dated is None:
        return None
    body = next(iter(bodies))
    sparql = (f"{PREFIXES}SELECT ?x ?label ?date ?place ?passage0 ?sentence0 WHERE {{\n"
              f"  ?x a schema:Event ; schema:startDate ?date ; schema:attendee {iri_term(body)} .\n  {dated}\n"
              f"  OPTIONAL {{ ?x skos:prefLabel ?label }}\n  OPTIONAL {{ ?x schema:location/skos:prefLabel ?place }}\n"
              f"  ?st0 rdf:subject ?x ; rdf:predicate schema:attendee ; rdf:object {iri_term(body)} ; "
              f"prov:wasDerivedFrom ?passage0 ; isecg:sentence ?sentence0 .\n}}\nORDER BY ?x\n")
    words = lambda text: set(re.findall(r"[a-z][a-z0-9]{2,}", text.lower())) - EVENT_QUESTION_WORDS  # noqa: E731
    rest = q.text[asked.end():]
    for m in q.of("org", "unit"):  # a host named in the gathering's words does not tell it
        rest = rest.replace(q.text[m.start:m.end], " ")
    wanted = words(rest)

    def compose(rows: list[dict]) -> Composed | None:
        told = {r["x"]: words(f"{r.get('label')} {r.get('place')}") for r in rows}
        # every word naming the gathering is of its name or place ("the Tokyo workshop": held in Tokyo)
        picked = {x for x, have in told.items() if wanted and wanted <= have}
        mine = [r for r in rows if r["x"] in picked and len(str(r["sentence0"]).split()) <= _ROW_WORDS]
        counts = {m.group(1) for r in mine if (m := _ROW_COUNT.match(str(r["sentence0"]).strip(" |")))}
        if len(picked) != 1 or len(counts) != 1:
            return None
        count, row = next(iter(counts)), mine[0]
        text = (f"{count} — the row of {names.short(body)} in the attendance of {with_date(row.get('label') or 'the event', row['date'])}: "
                f"\u00ab{' '.join(str(row['sentence0']).split())}\u00bb.")
        return Composed(count, text, [{"label": count, "iri": None}], row_sources(mine[:1], 1))

    return DatedPlan("delegation_size", sparql, compose, [body])


def event_details(q: Question, names: Names) -> DatedPlan | None:
    """Where an event was held, who hosted it, how many took part: the event dated as the question dates it
    (its month, else its year), told apart from others of that date by the words the question shares with its
    name and place; of an event asked of as the one following another, the first of its kind after that one's date."""
    follows = FOLLOWING.search(q.text)
    ordinal = None if follows else ORDINAL_EVENT.search(q.text)
    when = side_date(follows.group("earlier") if follows else q.text)
    # in the order the question asks them ("Which agency hosted it, and where was it held?": the host first)
    found = {kind: m.start() for kind, (pattern, _) in EVENT_ASKS.items() if (m := pattern.search(q.text))}
    asked = sorted(found, key=found.__getitem__)
    hosts: set[str] = set()
    if q.of("org", "unit") and "host" in asked and not q.has(r"\b(?:which|what|who)\b"):
        # "How many took part in the plenary that KARI convened?": the host named tells the event, not the answer
        asked.remove("host")
        hosts = {m.iri for m in q.of("org", "unit")}
    head = counted_head(q.text) if "participants" in asked else None
    if head and head[0] == "members" and q.of("unit"):
        head = (head[0], None)  # "how many members of the working group attended": its people or its agencies?
    if head and head[0] and head[1] is None:
        asked.remove("participants")  # "how many papers were presented", "how many observers attended": not a head count
    if not asked or not when and not q.has(EVENT_TOLD):
        return None  # undated, an event named by its words ("the Songdo meeting") may be asked of
    # an event the question names, when it is of that date ("the ISECG plenary" may name another year's)
    named = {m.iri for m in q.of("event")}
    day = _day_asked(q.text, when) if when and not follows else None
    if "participants" not in asked and not q.has(EVENT_TOLD):
        return None  # "where was the roadmap released in 2018" asks of no event
    provenance = "\n".join(f"  {PROVENANCE.format(n=n, s='?x', p=EVENT_ASKS[kind][1])}" for n, kind in enumerate(asked))
    dated = f'FILTER(SUBSTR(STR(?date), 1, {len(when)}) > "{when}")' if follows and when else \
        date_filter('?date', q, day=False) if when else ''
    # the place with the region or country it stands in ("Milan, Italy"), and the day the event ended
    sparql = (f"{PREFIXES}SELECT ?x ?label ?date ?end ?n ?where ?place ?region ?host "
              + " ".join(f"?passage{n} ?sentence{n}" for n in range(len(asked))) + " WHERE {\n"
              f"  ?x a schema:Event ; schema:startDate ?date .\n"
              f"  {dated}\n  OPTIONAL {{ ?x skos:prefLabel ?label }}\n"
              f"  OPTIONAL {{ ?x schema:endDate ?end }}\n  OPTIONAL {{ ?x isecg:participantCount ?n }}\n"
              f"  OPTIONAL {{ ?x schema:location ?where . ?where skos:prefLabel ?place\n"
              f"             OPTIONAL {{ ?where schema:containedInPlace/skos:prefLabel ?region }} }}\n"
              f"  OPTIONAL {{ ?x schema:organizer ?host }}\n{provenance}\n}}\nORDER BY ?x\n")
    words = lambda text: set(re.findall(r"[a-z][a-z0-9]{2,}", text.lower())) - EVENT_QUESTION_WORDS  # noqa: E731
    # the bodies the question names ("the June 2019 ISECG plenary") do not tell one of their meetings from another
    # ... nor those naming the earlier event of one following it ("following the May 2018 Oslo meeting")
    # (blanked, so that the places of the names found stay where they were)
    text = q.text[:follows.end("noun")] + " " * (follows.end() - follows.end("noun")) + q.text[follows.end():] \
        if follows else q.text
    for m in sorted(q.of("org", "unit"), key=lambda m: -m.start):
        text = text[:m.start] + " " + text[m.end:]
    # ... nor do those a head count takes in ("counting those who joined remotely")
    question_words, nouns = words(WITH_THOSE_RE.sub(" ", text)), counted(q.text)
    # An event named by its words alone, or its date asked: every word of the question is of the event (its name,
    # its place) or of asking about one; "when was the white paper endorsed at the Songdo meeting" asks the day of
    # something else done there, "how many countries sent delegations to the Songdo meeting" a count the event's
    # facts do not hold
    whole = not when or "date" in asked
    # ... the words of how people gathered, of when an event began, of a total, and of the noun phrase a head count
    # counts ("how many ISECG member agencies") are of asking about one
    neutral = GATHERING_WORDS | (START_WORDS if "date" in asked else frozenset()) | (
        words(counted_phrase(q.text)) | TOTAL_WORDS if head and head[1] else frozenset())
    if ordinal:  # "its first meeting": the rank, told by the dates, not by a name
        neutral |= {ordinal.group("which").lower()}
    column = {"place": "place", "host": "host", "participants": "n", "date": "date"}
    way = attendance_asked(q.text)

    def compose(rows: list[dict]) -> Composed | None:
        if follows:  # the first event of the kind asked after the earlier one, whatever the graph holds of it
            # (a "meeting" any gathering of a body's own, as _ranked takes it: not an agreement or a release dated then)
            noun = follows.group("noun").lower()
            kind = MEETING_KINDS if noun == "meeting" else re.compile(rf"\b{noun}s?\b", re.I)
            later = [r for r in rows if len(str(r["date"])) >= 7 and kind.search(str(r.get("label")))]
            first = min((str(r["date"]) for r in later), default=None)
            rows = [r for r in later if str(r["date"]) == first]
        events: dict[str, list[dict]] = {}
        # an event hosted by another body than the one named is not the one asked of
        other = {r["x"] for r in rows if hosts and r.get("host") and r["x"] not in
                 {o["x"] for o in rows if o.get("host") in hosts}}
        for r in rows:
            # of that month, not another day of it ("13 October 2022": not a meeting of 5 October)
            if all(r.get(column[kind]) for kind in asked) and r["x"] not in other and (
                    not day or len(str(r["date"])) < 10 or str(r["date"]) == day):
                events.setdefault(r["x"], []).append(r)
        if named & events.keys():
            events = {x: rs for x, rs in events.items() if x in named}
        told = {x: " ".join(f"{r.get('label')} {r.get('place')}" for r in rs) for x, rs in events.items()}
        shared = {x: len(question_words & (words(t) | spelled_out(t, q.text))) for x, t in told.items()}
        best = max(shared.values(), default=0)
        # "the TWG's annual face-to-face meeting": no event of that date is the one asked of ("the videoconference
        # of 17 November": how they gathered, which a name seldom says, leaves the date to tell it)
        if (question_words - neutral or not when and not ordinal) and not best:
            return None
        if whole and best < len(question_words - neutral):
            return None  # a word of the question is neither of the event nor of asking about one
        picked = [x for x in events if shared[x] == best]
        if ordinal:
            picked = _ranked(ordinal, events, picked, dated=bool(when))
        if not when and len(picked) != 1:
            return None  # undated, the words must tell one event
        values = {kind: {r[column[kind]] for x in picked for r in events[x]} for kind in asked}
        sentences = {r[f"sentence{k}"] for x in picked for r in events[x] for k in range(len(asked)) if r.get(f"sentence{k}")}
        if head and head[1] and "participants" in asked:
            # a count of what the question counts: not one its sentence says is of another kind ("13 agencies" is
            # no count of countries, "46 delegates" none of agencies)
            kinds = {v: set().union(*(kinds_counting(s, int(v)) for s in sentences)) for v in values["participants"]}
            for v in values["participants"]:  # a table's count: what its column counts ("Agencies": no people)
                told_in = {(r.get(f"passage{k}"), r.get(f"sentence{k}")) for x in picked for r in events[x]
                           for k in range(len(asked)) if asked[k] == "participants" and str(r.get("n")) == str(v)}
                kinds[v] = kinds[v] or {kind for p, row in told_in if p and row and (kind := column_kind(names.passage(p), row))}
            values["participants"] = {v for v in values["participants"] if not kinds[v] or head[1] in kinds[v]}
            if len(values["participants"]) > 1:
                values["participants"] = {v for v in values["participants"] if head[1] in kinds[v]} or \
                    values["participants"]
        if len(values.get("participants", ())) > 1:  # "25 agencies ... some 70 people": the count of what is asked
            told = {number_value(c) for c in (count_in(s, nouns) for s in sentences if nouns) if c is not None}
            values["participants"] = {v for v in values["participants"] if int(v) in told} or values["participants"]
        if way and "participants" in asked:  # "how many attended in person": that part of the count
            parts = {n for s in sentences if (n := count_by_attendance(s, way)) is not None}
            # (in person or remotely: the parts' sum, else the count told of all)
            values["participants"] = parts or values["participants"] if way == BOTH_WAYS else parts
        if not picked or any(len(v) != 1 for kind, v in values.items() if kind in ("participants", "date")):
            return None  # no event of that date, or several the question does not tell apart
        rows_ = events[picked[0]]
        if "participants" in asked and not (head and head[1]) and \
                not _counts_asked(rows_, int(next(iter(values["participants"]))), nouns):
            return None  # "how many delegations" of a meeting whose count is of people: the passages say
        # the site the place's sentence names there ("ESTEC, Noordwijk"), the region it stands in ("Milan, Italy")
        of_picked = [r for x in picked for r in events[x]]
        if "place" in asked:  # "Darmstadt" of one document, "Germany" of another: the town, in its country
            within = {str(r["region"]) for r in of_picked if r.get("region")}
            values["place"] = {p for p in values["place"] if str(p) not in within} or values["place"]
            of_picked = [r for r in of_picked if r["place"] in values["place"]]
        # each place with the sentences and passages stating the event's places (a site one names, an acronym another
        # writes for it)
        told_at: dict = {}
        for r in of_picked if "place" in asked else []:
            told_at.setdefault(r["place"], set()).add((r.get(f"sentence{asked.index('place')}") or "",
                                                       r.get(f"passage{asked.index('place')}") or ""))
        passages = {place: "\n".join(names.passage(p) for _, p in sorted(told) if p) for place, told in told_at.items()}
        sited = {place: _with_acronym(next((site for sentence, _ in sorted(told) if (site := site_at(sentence, place))), place),
                                      passages[place]) for place, told in told_at.items()}
        regions = {place: min((f", {r['region']}" for r in of_picked if r["place"] == place and r.get("region")
                               and str(r["region"]) not in sited[place]), default="") for place in told_at}
        # asked where and when, the days it ran ("18–20 March 2014"); a date asked alone is its first day, as the
        # other shapes compare it ("When did it open?")
        ends = {str(r["end"]) for r in rows_ if r.get("end")} if "place" in asked else set()

        def days(d) -> str:
            return spoken_days(str(d), next(iter(ends)) if len(ends) == 1 else None)

        said = {"place": lambda: " and ".join(sited[p] for p in sorted(values["place"])),
                "host": lambda: " and ".join(names.short(h) for h in sorted(values["host"])),
                "participants": lambda: str(next(iter(values["participants"]))),
                "date": lambda: " and ".join(days(d) for d in sorted(values["date"]))}
        short = "; ".join(said[kind]() for kind in asked)
        if asked == ["place", "date", "host"]:  # "Where and when ..., and who hosted it?": one phrase of the three
            short = f"{said['place']()}, {said['date']()}, hosted by {said['host']()}"
        elif asked[:2] == ["date", "place"]:  # "When and where ...?": "3–4 May 2019 in Oslo" (at a site it names)
            short = "; ".join([f"{said['date']()} {'at' if set(sited.values()) - set(sited) else 'in'} {said['place']()}",
                               *(said[kind]() for kind in asked[2:])])
        label, date = rows_[0].get("label") or "the event", rows_[0]["date"]
        # "was held in Milan, Italy on 13 October 2024": the place and, when asked too, the day
        held = " and ".join(f"{'at' if sited[p] != p else 'in'} {sited[p]}{regions[p]}" for p in sorted(values.get("place", ())))
        on = f" on {said['date']()}" if "date" in asked and "place" in asked else ""
        # a host by its short name, then in full ("hosted by JAXA (Japan Aerospace Exploration Agency)")
        by = " and ".join(names.short(h) + (f" ({names.label(h)})" if names.label(h) != names.short(h) else "")
                          for h in sorted(values.get("host", ())))
        # asked after the place, told with it: "was held in Tsukuba, Japan, hosted by JAXA (...)"
        after_place = "place" in asked and "host" in asked and asked.index("host") > asked.index("place")
        parts = {"place": f"was held {held}{on}" + (f", hosted by {by}" if after_place else "") if "place" in asked else "",
                 "host": f"was hosted by {by}" if "host" in asked and not after_place else "",
                 # the noun the question counts ("how many agencies were represented": "had 21 agencies taking part")
                 "participants": (f"had {said['participants']()} {head[0]}" + (" taking part" if head[1] != "people" else "")
                                  if head and head[1] else f"had {said['participants']()} participants")
                 + (f" {way}" if way else "") if "participants" in asked else "",
                 "date": f"took place on {said['date']()}" if "date" in asked and not on else ""}
        text = f"{short} — {with_date(label, date)} " + ", and ".join(parts[kind] for kind in asked if parts[kind]) + "."
        answers = ([{"label": r["place"], "iri": r["where"]} for r in rows_ if "place" in asked and r["place"] in values["place"]]
                   + [{"label": names.label(r["host"]), "iri": r["host"]} for r in rows_ if "host" in asked]
                   + [{"label": str(d), "iri": None} for d in sorted(values.get("date", ()))])
        unique = list({a["iri"]: a for a in answers}.values())
        return Composed(short, text, unique or [{"label": label, "iri": picked[0]}], row_sources(rows_, len(asked)))

    # (an undated event ranked by a sentence of its own, "held its first meeting in Berlin", is told by that sentence)
    return DatedPlan("event_details", sparql, compose, [], found=not when and not ordinal)


# "the end of 2019", "the close of 2019", "the last day of 2019": a year's last month.
END_OF = re.compile(r"\b(?:end|close|last\s+day|final\s+days?|last\s+days?)\s+of\b", re.I)
# A side told by its end, its last day the one counted from: "the end of the Tokyo meeting", "the close of the
# workshop", "the Paris workshop ended" (a verb of ending after what ended)
SIDE_END = re.compile(r"\b(?:the\s+)?(?:end|close|conclusion|completion)\s+of\b|"
                      r"\s+(?:had\s+)?(?:ended|closed|concluded|finished)\s*$", re.I)


def unended(side: str) -> str:
    """``side`` without the words telling its end ("the end of the meeting", "the meeting ended": the meeting)."""
    return SIDE_END.sub(" ", END_OF.sub(" ", side))


# Verbs of taking part in an event: a count of them is its attendance, not a body's membership.
ATTENDING = re.compile(r"\b(?:attend\w*|participat\w*|t(?:ake|akes|aking|aken|ook)\s+part|present|represented|sent|"
                       r"gather\w*|convened|assembled|brought\s+together|bring\s+together|drew|draw\w*|turned\s+out|"
                       r"came|come|joined\s+(?:the|its|a|an)\b[^?]*\b(?:meeting|session|call|workshop|conference|plenary))\b",
                       re.I)


def compare_counts(q: Question, first: str, second: str, *, members: bool = False) -> DatedPlan | None:
    """"How many more agencies attended the September 2020 meeting than the March 2020 one?": the counts
    dated at each side (participants of the events of those dates; a body's member count when the question
    is about members, or ``members``), their difference, each with the passage it was read from."""
    # "the end of 2019": its last month (a count stated by then, not one of January 2019)
    sides = [date + "-12" if date and len(date) == 4 and END_OF.search(text) else date
             for text, date in ((first, side_date(first)), (second, side_date(second)))]
    if not all(sides):
        return None
    # "How many more agencies did ISECG count in October 2021 than ...": a body named as what has the agencies, with
    # no verb of attending, counts its members (a meeting's attendance is asked with one: "attended", "took part")
    counts_members = agencies_asked(q.text) and not ATTENDING.search(q.text)
    if (members or counts_members or q.has(r"\bmembers?\b|\bmembership\b")) and q.of("org"):
        body = q.of("org")[0]
        where = (f"  {iri_term(body.iri)} isecg:memberCount ?x .\n  ?x schema:value ?n ; dcterms:date ?date .\n"
                 f"  {PROVENANCE.format(n=0, s='?x', p='schema:value')}")
    else:
        body = None
        where = (f"  ?x a schema:Event ; isecg:participantCount ?n ; schema:startDate ?date .\n"
                 f"  OPTIONAL {{ ?x skos:prefLabel ?label }}\n"
                 f"  {PROVENANCE.format(n=0, s='?x', p='isecg:participantCount')}")
    sparql = f"{PREFIXES}SELECT ?x ?label ?n ?date ?passage0 ?sentence0 WHERE {{\n{where}\n}}\nORDER BY ?date\n"

    def compose(rows: list[dict]) -> Composed | None:
        picked = []
        for side in sides:
            # The count dated in that period (a member count: the latest dated by then; of several dated in the
            # period, the latest, as member_count reads "the end of 2019": "15 on 31 December 2019" after "20 in
            # December 2019")
            at = [r for r in rows if str(r["date"]).startswith(side)]
            if body is not None:
                at = told_now([r for r in at if r["date"] == at[-1]["date"]]) or \
                    [r for r in rows if str(r["date"])[:len(side)] <= side][-1:]
            if at and _months(side, last=True) - _months(str(at[0]["date"])) > STALE_MONTHS:
                return None  # a count of years before is not the count then
            if not at or len({r["n"] for r in at}) != 1:
                return None
            picked.append(at)
        (a, *_), (b, *_) = picked
        if a["x"] == b["x"]:
            return None
        kind = (counted_head(q.text) or ("", None))[1]
        if body is None and kind and any((told := kinds_counting(r.get("sentence0") or "", int(r["n"]))) and kind not in told
                                         for r in (a, b)):
            return None  # "46 participants" is no count of the agencies asked
        difference = abs(int(a["n"]) - int(b["n"]))
        if body is not None:
            text = (f"{difference} — {body.label} had {a['n']} members as of {spoken(str(a['date']))} and {b['n']} as of "
                    f"{spoken(str(b['date']))}.")
        else:
            text = (f"{difference} — {a['n']} participants at {with_date(a.get('label', 'an event'), a['date'])} against "
                    f"{b['n']} at {with_date(b.get('label', 'an event'), b['date'])}.")
        return Composed(str(difference), text, [], row_sources(picked[0] + picked[1], 1))

    return DatedPlan("compare", sparql, compose, [])


# "How many more agencies are credited with the 2018 roadmap than released the 2013 roadmap?": the bodies behind
# two documents (their dcterms:creator organisations), counted.
CREDITED = re.compile(r"\b(?:agencies|organi[sz]ations|bodies)\b.*\b(?:credit\w*|releas\w*|prepar\w*|author\w*|wr[io]te|"
                      r"written|contribut\w*|sign\w*|produc\w*|behind)\b", re.I)


# "Which agencies ...", "how many agencies ...": a body's working group or team credited beside the agencies
# (ERWG, an org:OrganizationalUnit) is no agency.
COUNTED_BODIES = re.compile(r"\b(agenc(?:y|ies)|organi[sz]ations?|bodies|body)\b", re.I)
UNIT_TYPES = "isecg:WorkingGroup isecg:Team org:OrganizationalUnit"


# "Which agencies ...", "What two agencies ...": agencies are the value asked for.
AGENCIES_ASKED = re.compile(r"^\s*(?:which|what|list|name)\s+(?:(?:the|[\w-]+)\s+){0,2}?agenc(?:y|ies)\b", re.I)


def agencies_asked(question: str) -> bool:
    """Whether the bodies a question asks about are agencies (the first of agencies, organisations, bodies)."""
    m = COUNTED_BODIES.search(question)
    return bool(m) and m.group(1).lower().startswith("agenc")


def _creators(documents: list[str], *, agencies: bool = False) -> str:
    """The organisations credited with ``documents`` (people not counted, nor the group whose members the others
    are: it publishes what its members contributed; with ``agencies``, no working group or team either), each
    with the passage crediting it."""
    units = f"  FILTER NOT EXISTS {{ VALUES ?unit {{ {UNIT_TYPES} }} ?x a ?unit }}\n" if agencies else ""
    return (f"{PREFIXES}SELECT ?doc ?x ?passage0 ?sentence0 WHERE {{\n"
            f"  VALUES ?doc {{ {' '.join(iri_term(d) for d in documents)} }}\n  ?doc dcterms:creator ?x .\n"
            f"  FILTER NOT EXISTS {{ ?x a schema:Person }}\n{units}"
            f"  FILTER NOT EXISTS {{ ?doc dcterms:creator ?other . ?other org:memberOf|^org:member/org:organization ?x }}\n"
            f"  {PROVENANCE.format(n=0, s='?doc', p='dcterms:creator')}\n"
            f"  FILTER(!BOUND(?st0) || EXISTS {{ ?st0 rdf:object ?x }})\n}}\nORDER BY ?doc ?x\n")


# "Which agencies are credited as contributors to the third edition?", "Which organisations prepared the 2019
# report?", "Name the bodies that contributed to the supplement": the document is what the question ends on, right
# after the verb.
CREATORS_ASKED = re.compile(r"^\s*(?:which|what|list|name)\s+(?:the\s+)?(?:\w+\s+)?(?:agencies|organi[sz]ations|bodies)\s+"
                            r"(?:(?:that|which|who)\s+)?(?:(?:are|were|is|was|have|had)\s+)?(?:credited|listed|named)?\s*(?:as\s+)?"
                            r"(?:contributors?|co-?authors?|authors?|partners?|contributing|contributed|prepared|produced|"
                            r"released|wrote|authored|drafted|signed)\s+(?:(?:to|with|for|of|in|on)\s+)?"
                            r"(?P<doc>(?:the|ISECG'?s?)\b.*\b(?:edition|roadmap|report|paper|supplement|assessment|"
                            r"strategy|update|document|digest|framework|scenario|GER|statement|declaration|letter|"
                            r"communiqu[eé]|charter)\b.*?)[\s?.]*$", re.I)


def creators_asked(question: str) -> str | None:
    """The words naming the document whose contributing organisations a question asks for, or None."""
    m = CREATORS_ASKED.match(question)
    return m.group("doc") if m else None


def document_creators(document: str, names: Names, *, agencies: bool = False) -> DatedPlan:
    """The organisations a document credits, in the order it lists them (only agencies when ``agencies``)."""
    def compose(rows: list[dict]) -> Composed | None:
        found = list(dict.fromkeys(r["x"] for r in rows))
        if not found:
            return None
        listing = " ".join(dict.fromkeys(r.get("sentence0") or "" for r in rows))

        def listed_at(iri: str) -> int:
            spots = [listing.find(n) for n in (names.short(iri), names.label(iri)) if n and listing.find(n) >= 0]
            return min(spots) if spots else len(listing)

        found.sort(key=listed_at)
        short = and_joined([_as_listed(x, listing, names) for x in found])
        kind = "agencies" if agencies else "organisations"
        text = f"{short} — the {len(found)} {kind} {names.label(document)} credits."
        return Composed(short, text, [{"label": names.label(x), "iri": x} for x in found], row_sources(rows, 1))

    return DatedPlan("document_creators", _creators([document], agencies=agencies), compose, [document])


def _as_listed(iri: str, listing: str, names: Names) -> str:
    """A body short, as a listing names it: its acronym, else the full name the listing gives it when it gives no
    acronym ("... KARI, NASA, the UK Space Agency": not "UKSA", a name the reader was not shown)."""
    short = names.short(iri)
    if not listing or re.search(rf"\b{re.escape(short)}\b", listing):
        return short
    told = names.as_told(iri, listing)
    return told if told.lower() in listing.lower() else short


def compare_creators(documents: list[str], names: Names, *, agencies: bool = False) -> DatedPlan:
    """The difference between the numbers of organisations (only agencies when ``agencies``) that made two
    documents (see _creators)."""
    sparql = _creators(documents, agencies=agencies)
    kind = "agencies" if agencies else "organisations"

    def compose(rows: list[dict]) -> Composed | None:
        made = {d: {r["x"] for r in rows if r["doc"] == d} for d in documents}
        if not all(made.values()):
            return None
        a, b = (len(made[d]) for d in documents)
        text = (f"{abs(a - b)} — {a} {kind} are credited with {names.label(documents[0])}, {b} with "
                f"{names.label(documents[1])}.")
        firsts = [next(r for r in rows if r["doc"] == d) for d in documents]  # where each document credits one
        return Composed(str(abs(a - b)), text, [], row_sources(firsts, 1))

    return DatedPlan("compare_creators", sparql, compose, list(documents))


# -- which came first -----------------------------------------------------------------------------------------

FIRST = re.compile(r"\b(?:came|come|was|were|appeared|published|released|issued|happened|occurred|took\s+place|"
                   r"held|starts?|started|begins?|began)\s+"
                   r"(?:out\s+)?(?P<order>first|earlier|before|last|later)\b|"
                   r"\bwhich (?:came|happened|occurred) (?P<order2>first|last)\b", re.I)


# "In 2018, did NASA cancel A before or after it picked B?", "Was A released before or after B?": A's place against B
BEFORE_OR_AFTER = re.compile(r"^\s*" + r"(?:(?:in|according\s+to|per|under|within|as\s+of)\s+[^,?]{3,120}?,\s*)?"
                             r"(?:did|does|do|was|were|is|are|had|has)\s+(?P<a>.+?)\s+(?:happen\s+|come\s+|take\s+place\s+)?"
                             r"(?:before\s+or\s+after|after\s+or\s+before|earlier\s+or\s+later|later\s+or\s+earlier)"
                             r"\s+(?P<b>.+?)[\s?.]*$", re.I)


def before_or_after(sides: list[str], a: str, b: str) -> str:
    """"Did A come before or after B?" answered with A's place against B and both dates: "before: A (July 2010),
    before B (9 November 2010)" (``a``, ``b``: their ISO dates, told apart at the precision both have)."""
    common = min(len(a), len(b))
    word = "before" if a[:common] < b[:common] else "after"
    return f"{word}: {sides[0]} ({spoken(a)}), {word} {sides[1]} ({spoken(b)})"


# A side naming a deed by its noun, then what it was done to ("the landing of Perseverance in Jezero Crater"), or a thing
# by its owner ("ISECG's spring meeting").
DEED_OF = re.compile(r"^\s*(?:(?:the|its|their|[\w.-]+['’]s)\s+)?(?P<deed>[a-z]+(?:tion|sion|ment|[vs]al|ing)|launch|arrival)"
                     r"\s+of\s+(?P<what>.+?)(?:\s+(?:in|at|on|for|from|with|during|by)\s.*)?$")
OWNED = re.compile(r"^\s*(?:the\s+)?[\w.-]+['’]s\s+(?P<thing>.+)$")
NAME_THEN_HEAD = re.compile(r"^(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+[a-z][\w-]*$")


def side_named(side: str) -> str:
    """A side as an answer names it, as short as its words allow: "the landing of Perseverance in Jezero Crater": "the
    Perseverance landing"; "the naming of the Artemis programme": "the Artemis naming" (a name with its common noun
    is the name); "the publication of the reference architecture for lunar exploration": "the reference
    architecture" (a publication is named by what it made public); "ISECG's spring meeting": "the spring meeting". A deed done to a
    thing of several words stays as asked ("the creation of the Korea AeroSpace Administration")."""
    if m := DEED_OF.match(side):
        if m.group("deed") == "publication":
            return m.group("what")
        what = re.sub(r"^(?:the|a|an)\s+", "", m.group("what"))
        what = name.group("name") if (name := NAME_THEN_HEAD.match(what)) else what
        return f"the {what} {m.group('deed')}" if " " not in what else side
    if m := OWNED.match(side):
        return f"the {m.group('thing')}"
    return side


# a second question asking the time between the two things compared: "and by how much?", "and how long before?"
HOW_MUCH_TOO = re.compile(r",?\s+and\s+(?:by\s+)?how\s+(?:much|long|far\s+apart|many\s+(?:days|weeks|months|years))\b.*$",
                          re.I)


def sides(question: str) -> list[str] | None:
    """The two things "which came first" compares: "...: the one doing A, or the one doing B?" or
    "Which came first, A or B?" (or "did A before or after B?")."""
    if m := BEFORE_OR_AFTER.match(question):
        return [m.group("a"), m.group("b")]
    if not FIRST.search(question):
        return None
    rest = question.split(":", 1)[1] if ":" in question else re.split(r",", question, maxsplit=1)[-1]
    rest = HOW_MUCH_TOO.sub("", rest)  # "..., and by how much?": the time between, told with the order
    parts = [p.strip(" ?,.;") for p in re.split(r",?\s+\bor\b\s+", rest) if p.strip(" ?,.;")]
    return list(completed(*parts)) if len(parts) == 2 else None


# "Which joined ISECG first, CSIRO or the UAE Space Agency?": the deed (a verb in the past, its object) both sides did
ACTED_FIRST = re.compile(r"^\s*which(?:\s+one)?\s+(?P<deed>(?:[a-z]+ed|began|became|left|won|took|met|flew)\b"
                         r"(?:\s+[\w'’-]+){0,4}?)\s+(?P<order>first|earlier|sooner|last|later)\s*[,:]\s*(?P<rest>.+)$",
                         re.I)


def acted_sides(question: str) -> tuple[list[str], bool] | None:
    """The two sides of "Which joined ISECG first, A or B?" each with the deed ("A joined ISECG"), and whether the
    later is asked."""
    if not (m := ACTED_FIRST.match(question)):
        return None
    parts = [p.strip(" ?,.;") for p in re.split(r",?\s+\bor\b\s+", m.group("rest")) if p.strip(" ?,.;")]
    return ([f"{p} {m.group('deed')}" for p in parts], m.group("order").lower() in ("last", "later")) \
        if len(parts) == 2 else None


def _event_words(text: str) -> set[str]:
    """The words naming an event or its place (acronyms too: "the IAWG plenary at ESTEC"), lower-cased; not the verbs
    of holding one ("the meeting hosted by CNES": the host names it)."""
    return {w.lower() for w in re.findall(r"[A-Za-z][\w-]{2,}", text)} - STOPWORDS - EVENT_VERBS


EVENT_VERBS = {"held", "hosted", "organised", "organized", "convened", "took", "place", "happened", "open", "opened",
               "begin", "began", "start", "started", "close", "closed", "end", "ended", "meet", "met"}


def events_sparql(year: str | None) -> str:
    """The events the graph dates (of ``year``), with their end, place, host and the passage dating each."""
    return (f"{PREFIXES}SELECT ?x ?label ?date ?end ?place ?host ?passage0 ?sentence0 WHERE {{\n"
            f"  ?x a schema:Event ; schema:startDate ?date ; skos:prefLabel ?label .\n"
            + (f'  FILTER(STRSTARTS(STR(?date), "{year}"))\n' if year else "")
            + f"  OPTIONAL {{ ?x schema:endDate ?end }}\n"
            f"  OPTIONAL {{ ?x schema:location ?where . ?where skos:prefLabel ?place }}\n"
            f"  OPTIONAL {{ ?x schema:organizer ?by . ?by skos:prefLabel|isecg:acronym ?host }}\n"
            f"  {PROVENANCE.format(n=0, s='?x', p='schema:startDate')}\n}}\nORDER BY ?x\n")


def _event_told_of(r: dict) -> set[str]:
    return _event_words(f"{r['label']} {r.get('place') or ''} {r.get('host') or ''}")


def side_event(rows: list[dict], side: str, year: str | None = None) -> dict | None:
    """The one event of ``rows`` (events_sparql's) a side names: the one whose name, place and host hold most of the
    side's words, at least half, the word of its name fewest events tell and every name of a place it gives ("in
    Tsukuba"); None when it is no event the graph dates or two events are as good."""
    events: dict[str, set[str]] = {}
    for r in rows:
        events.setdefault(r["x"], set()).update(_event_told_of(r))

    def weight(word: str) -> float:  # falls with the share of the events telling it (none: the most)
        return math.log(1 + len(events) / (1 + sum(word in ws for ws in events.values())))

    asked = _event_words(unended(side)) - ({year} if year else set())
    if not asked:
        return None
    # a place named in words must be the event's ("in Tsukuba"); one named by an acronym may be told otherwise
    # ("at ESTEC": Noordwijk)
    places = {m.group(1).lower() for m in re.finditer(r"\b(?:in|at)\s+([A-Z][a-z][\w-]*)", side)}
    # the word of its name (not its place) fewest events tell is the event's: "the ISECG Mars workshop" is no
    # other ISECG workshop; not a rank ("the second Forum": the second of those named alike, below)
    named = _event_words(re.split(r"\s+(?:in|at)\s+", unended(side), maxsplit=1)[0]) - \
        ({year} if year else set()) - set(ORDINALS)
    rarest = {w for w in named if weight(w) == max(map(weight, named))} if named else set()
    rank = ordinal(side)
    scored: dict[str, tuple[float, dict]] = {}
    for r in rows:
        told = _event_told_of(r) | initialled(side, r["label"])  # "the first CLP edition": the Cislunar Logistics Plan's
        if not places <= told or not rarest & told or rank and ordinal(r["label"]) not in (None, rank):
            continue  # "the third GER edition" is not the release of the first edition
        share = len(asked & told) / len(asked)
        if share >= 0.5 and share >= scored.get(r["x"], (0, None))[0]:
            scored[r["x"]] = (share, r)
    best = max((v[0] for v in scored.values()), default=0)
    found = sorted((r for share, r in scored.values() if share == best), key=lambda r: str(r["date"]))
    if len({str(r["date"]) for r in found}) == 1:
        return found[0]
    # "the second Forum" of events the graph names alike: the second of them in time
    return found[rank - 1] if rank and rank <= len(found) and len({r["label"] for r in found}) == 1 else None


def _events_told(parts: list[str], year: str | None, kind: str,
                 combine: Callable[[list[dict]], Composed | None]) -> DatedPlan:
    """The two events of the graph two sides name (of the year the question names, side_event), given to
    ``combine``; none when a side is no event the graph dates or both are one."""
    def compose(rows: list[dict]) -> Composed | None:
        told = [side_event(rows, side, year) for side in parts]
        if not all(told) or told[0]["x"] == told[1]["x"]:
            return None
        return combine(told)

    return DatedPlan(kind, events_sparql(year), compose, [])


def events_first(parts: list[str], year: str | None, *, last: bool, question: str) -> DatedPlan:
    """"Which came first: the IAWG plenary in Tsukuba or the ERWG meeting at ESTEC?": the earlier start of the two
    events the sides name (the later, if asked); none when the dates do not tell them apart."""
    def first(told: list[dict]) -> Composed | None:
        a, b = (str(r["date"]) for r in told)
        common = min(len(a), len(b))
        if a[:common] == b[:common]:
            return None
        (early, one, r1), (late, other, r2) = sorted(zip((a, b), parts, told), reverse=last)
        short = f"{side_named(one)} ({spoken(early)}){by_how_much(question, early, late, last=last)}"
        text = (f"{short} — {r1['label']} ({spoken(early)}) came {'after' if last else 'before'} {r2['label']} "
                f"({spoken(late)}).")
        return Composed(short, text, [{"label": r["label"], "iri": r["x"]} for r in (r1, r2)], row_sources([r1, r2], 1))

    return _events_told(parts, year, "event_first", first)


UNIT_ASKED = re.compile(r"\b(?:how many|in)\s+(?P<unit>day|week|month|year)s?\b", re.I)


def events_gap(parts: tuple[str, str], year: str | None, *, question: str) -> DatedPlan:
    """"How soon after the end of the Tokyo meeting was the Forum held?": the time from the first event the sides
    name (its last day when the side says "the end of" or "ended") to the start of the second, in the unit asked."""
    def gap_of(told: list[dict]) -> Composed | None:
        r1, r2 = told
        since = str(r1.get("end") or r1["date"]) if SIDE_END.search(parts[0]) else str(r1["date"])
        asked = UNIT_ASKED.search(question)
        unit = asked.group("unit").lower() if asked else None
        found = span_words(since, str(r2["date"]), unit)
        if found is None or since[:10] > str(r2["date"])[:10]:
            return None
        short, said = found
        ended = "the end of " if since != str(r1["date"]) else ""
        text = (f"{short} later — {r2['label']} ({spoken(str(r2['date']))}) came {said} after {ended}{r1['label']} "
                f"({spoken(since)}).")
        return Composed(f"{short} later", text, [{"label": r["label"], "iri": r["x"]} for r in (r2, r1)],
                        row_sources([r2, r1], 1))

    return _events_told(list(parts), year, "event_gap", gap_of)


def by_how_much(question: str, early: str, late: str, *, last: bool) -> str:
    """", twelve months earlier" when the question asks the time between the two it compares too ("..., and by how
    much?"); in years when the dates are whole years apart; "" when not asked or the dates do not tell it."""
    if not HOW_MUCH_TOO.search(question):
        return ""
    whole = len(early) == len(late) and early[4:] == late[4:]
    spoken_span = span_words(early, late, "year" if whole else None)
    return f", {spoken_span[0]} {'later' if last else 'earlier'}" if spoken_span else ""


def latest_asked(question: str) -> bool:
    m = FIRST.search(question)
    return bool(m) and (m.group("order") or m.group("order2") or "").lower() in ("last", "later")


def issued(documents: list[str]) -> str:
    """The SPARQL of the dates ``documents`` were issued, each with the passage stating it."""
    return (f"{PREFIXES}SELECT ?doc ?issued ?title ?version ?passage0 ?sentence0 WHERE {{\n"
            f"  VALUES ?doc {{ {' '.join(iri_term(d) for d in documents)} }}\n  ?doc dcterms:issued ?issued .\n"
            f"  OPTIONAL {{ ?doc dcterms:title ?title }} OPTIONAL {{ ?doc schema:version ?version }}\n"
            f"  {PROVENANCE.format(n=0, s='?doc', p='dcterms:issued')}\n}}\nORDER BY DESC(STRLEN(STR(?issued)))\n")


# "When was Issue 1 of the assessment released?", "When did the second edition of the roadmap come out?": the date a
# document (or a work the documents name) was issued
ISSUED_VERB = (r"(?:(?:first\s+)?(?:released|issued|published|made\s+public|adopted|endorsed|come\s+out|appear)|"
               r"(?:get|gets)\s+(?:released|published))")
ISSUE_ASKED = re.compile(r"^\s*(?:when|(?:on|in)\s+(?:what|which)\s+(?:date|month|year))\s+(?:was|were|did)\s+"
                         rf"(?P<doc>.+?)\s+{ISSUED_VERB}[\s?.]*$", re.I)


def unreleased(side: str) -> str:
    """A side without the verb of its release it ends in ("the first supplement appear"): the document, which its issue
    dates (the verb would find passages telling of other things appearing)."""
    return re.sub(rf"\s+{ISSUED_VERB}$", "", side, flags=re.I)


def issue_asked(question: str) -> str | None:
    """The words naming the document whose date of issue ``question`` asks, if it asks that."""
    m = ISSUE_ASKED.match(question)
    return m.group("doc") if m else None


def issue_date(rows: list[dict], document: str) -> Composed | None:
    """The most precise date the graph has ``document`` issued, with the passage stating it."""
    rows = [r for r in rows if r["doc"] == document]
    if not rows:
        return None
    row = rows[0]
    name = row.get("title") or document
    when = spoken(str(row["issued"]))
    sources = [(r["passage0"], r["sentence0"]) for r in rows if r.get("passage0")]
    on = "on" if str(row["issued"]).count("-") == 2 else "in"  # "on 20 August 2013", "in August 2013"
    return Composed(when, f"{when} — {name} was issued {on} {when}.",
                    [{"label": name, "iri": document}], list(dict.fromkeys(sources)))


def framed_year(question: str, sides: list[str]) -> str | None:
    """The one year a question sets both its sides in, naming it outside them ("Which came first in 2010: A or B?")."""
    framed = set(YEAR.findall(question)) - set(YEAR.findall(" ".join(sides)))
    return next(iter(framed)) if len(framed) == 1 else None


def first_of(rows: list[dict], documents: list[str], *, last: bool = False,
             sides: list[str] | None = None, year: str | None = None) -> Composed | None:
    """Which of ``documents`` (one per side, in the question's order, the question's words for each ``sides``) was
    issued first (or ``last``), by the most precise date the graph has for each; none when one was not issued in the
    ``year`` the question sets them in."""
    dates: dict[str, dict] = {}
    for row in rows:  # the longest (most precise) date first
        dates.setdefault(row["doc"], row)
    if len(dates) != 2 or len(set(documents)) != 2 or year and any(not str(r["issued"]).startswith(year)
                                                                    for r in dates.values()):
        return None
    a, b = (dates[d] for d in documents)
    common = min(len(a["issued"]), len(b["issued"]))
    if a["issued"][:common] == b["issued"][:common]:
        return None  # the same date, as far as both are known
    ordered = sorted([a, b], key=lambda r: r["issued"][:common], reverse=last)
    said = dict(zip(documents, sides or []))

    def name(r: dict) -> str:  # an edition as the question ranks it ("the second GER edition"), else by its year
        if r.get("version") and (side := said.get(r["doc"])) and ordinal(side) == int(r["version"]):
            return side
        return f"the {r['issued'][:4]} edition" if r.get("version") else r.get("title") or r["doc"]

    winner, other = ordered
    short = f"{name(winner)} ({spoken(str(winner['issued']))})"  # the thing with its date: "the 2011 edition (September 2011)"
    text = (f"{short} — {with_date(winner.get('title') or winner['doc'], winner['issued'])} came "
            f"{'after' if last else 'before'} {with_date(other.get('title') or other['doc'], other['issued'])}.")
    sources = [(r["passage0"], r["sentence0"]) for r in rows if r.get("passage0")]
    return Composed(short, text, [{"label": winner.get("title") or winner["doc"], "iri": winner["doc"]}],
                    list(dict.fromkeys(sources)))


# -- how long after ----------------------------------------------------------------------------------------------

# "How long after A was posted did B come out?": the time between the dates two documents were issued.
# A question may open with the frame its sides are told in ("In the 2019 assessment's reference scenario, how many years
# after Phase 1 does Phase 2 start?", "According to the annual report, how long ..."): the sides come after it.
FRAME = r"(?:(?:in|according\s+to|per|under|within|as\s+of)\s+[^,?]{3,120}?,\s*)?"
# "About how many months ...", "Roughly how long ...": the time asked as near as the dates tell it
APPROX = r"(?P<approx>(?:about|roughly|approximately|around|some)\s+)?"
HOW_LONG = re.compile(r"^\s*" + FRAME + APPROX + r"how (?:long|soon|many (?:days|weeks|months|years)) (?P<order>after|before)\s+(?P<a>.+)\s+"
                      r"(?:did|does|do|was|were|is|are|had|has)\s+"
                      r"(?P<b>.+?)[\s?.]*$", re.I)
NUMBER_WORDS = {n: w for w, n in CARDINALS.items()}
_SPELLED = {n: w for n, w in NUMBER_WORDS.items() if n <= 12}  # numbers spelled out in prose: zero to twelve


# "How many months passed between A and B?", "How much time separates A and B?", "... separates A from B?", "What is
# the gap, in months, between A and B?", "What was the interval from A to B?": the time asked by a verb of time passing
# or a noun of an interval, then its two ends; or by what someone has between them ("How many days do applicants have
# between the call and the deadline?").
_UNITS = r"(?:days|weeks|months|years)"
_ENDS = r"(?:between\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)|from\s+(?P<c>.+?)\s+(?:to|until|till)\s+(?P<d>.+?))[\s?.]*$"
HOW_LONG_BETWEEN = re.compile(rf"^\s*{FRAME}{APPROX}how (?:long|much time|many {_UNITS})\s+(?:(?:has|have|had|did)\s+)?"
                              r"(?:passed|elapsed|gone by|went by|lies|lay|(?:was|is|has|had)\s+it(?:\s+been)?|"
                              r"(?:do|does|did|will)\s+[^?]+?\s+(?:have|get)(?=\s+between\b)|"
                              r"(?P<separates>separates?|separated))\s+"
                              r"(?:between\s+)?(?P<a>.+?)\s+(?:and|(?(separates)from|and))\s+(?P<b>.+?)[\s?.]*$", re.I)
GAP_NAMED = re.compile(rf"^\s*{FRAME}(?:what|how long)\s+(?:is|was|were)\s+the\s+(?:\w+\s+)?(?:gap|interval|time|span|period|lapse|"
                       rf"delay)(?:\s*,?\s*(?:in|counted in|measured in)\s+{_UNITS}\s*,?)?\s+{_ENDS}", re.I)


def approximate(question: str) -> bool:
    """Whether ``question`` asks a time between two things as near as known ("About how many months after ...")."""
    return bool((m := HOW_LONG.match(question) or HOW_LONG_BETWEEN.match(question)) and m.group("approx"))


def gap_sides(question: str) -> tuple[str, str] | None:
    """The two things "how long after A did B" (or "between A and B", "the gap from A to B") measures between: (A, B)."""
    if m := HOW_LONG.match(question) or HOW_LONG_BETWEEN.match(question):
        # "separates A and B from C" is A from C ("... Needs and Gaps Assessment from the release of Issue 2.0")
        parts = re.split(r"\s+from\s+", question[m.start("a"):m.end("b")], maxsplit=1)
        if m.groupdict().get("separates") and len(parts) == 2:
            return completed(parts[0], parts[1])
        return completed(m.group("a"), m.group("b"))
    if m := GAP_NAMED.match(question):
        return completed(*((m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))))
    return None


# A side that is a rank or number alone, its noun told once by the other side: "between the first and the second
# edition of the roadmap", "between Issue 1 and Issue 2 of the assessment", "the 2011 or the 2014 roadmap".
_RANK = rf"(?:{'|'.join(ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th)|(?:19|20)\d\d)"
_BARE = re.compile(rf"^\s*(?P<det>the\s+)?(?P<rank>{_RANK})\s*$", re.I)
_RANKED = re.compile(rf"^\s*(?:the\s+)?{_RANK}\s+(?P<head>[\w-]+(?:\s+[\w-]+)*)$", re.I)
_NUMBERED_BARE = re.compile(r"^\s*(?P<noun>[A-Za-z]+)\s+(?P<n>\d{1,3}(?:\.\d)?)\s*$")
_OF_WHAT = re.compile(r"^.*?\b(?P<noun>[A-Za-z]+)\s+(?P<tail>of\s+.+)$")
_NUMBERED = re.compile(r"^\s*(?P<noun>[A-Za-z]+)\s+\d{1,3}(?:\.\d)?\s+(?P<tail>of\s+.+)$")


# A side standing for the other's noun: "the ISECG meeting hosted by CNES or the one hosted by ISRO"
_THE_ONE = re.compile(r"^\s*the\s+one\s+(?P<rest>(?P<word>[\w-]+).*)$", re.I)
_QUALIFIER = re.compile(r"\s+(?:in|at|on|of|by|for|from|with|during|held|hosted|organi[sz]ed|led|run)\b", re.I)


# A second side told of the first's owner by a pronoun: "between the launch of the rover and its loss", "after the
# founding of the agency did its first mission fly": the owner is what the first side's deed is of.
_ITS = re.compile(r"^\s*(?:its|their)\s+(?P<what>[\w-]+(?:\s+[\w-]+){0,3})\s*$", re.I)
_OWNER = re.compile(r"^\s*(?:the\s+)?[a-z]+\s+of\s+(?P<of>.+?)\s*$")


def _owned(a: str, b: str) -> str:
    """``b`` ("its loss") told of the owner of ``a``'s deed ("the launch of the rover"): "the loss of the rover"."""
    return f"the {its.group('what')} of {owner.group('of')}" if (its := _ITS.match(b)) and (owner := _OWNER.match(a)) \
        else b


def completed(a: str, b: str) -> tuple[str, str]:
    """(A, B) with A given the noun B tells it by when A is a rank or a number alone ("the first" and "the second
    edition of the roadmap": "the first edition of the roadmap"; "Issue 1" and "Issue 2 of the assessment": "Issue 1
    of the assessment"), and B given A's noun when it is "the one ..." (A's words before the ones B goes on with, or
    before A's first qualifier: "the meeting in Paris" and "the one in Rome": "the meeting in Rome"), and B told of
    A's owner by a pronoun given that owner (_owned)."""
    b = _owned(a, b)
    if (one := _THE_ONE.match(b)) and \
            (m := re.search(rf"\s+{re.escape(one.group('word'))}\b", a, re.I) or _QUALIFIER.search(a)):
        return a, f"{a[:m.start()]} {one.group('rest')}"
    if (bare := _BARE.match(a)) and (ranked := _RANKED.match(b.strip())):
        return f"{bare.group('det') or ''}{bare.group('rank')} {ranked.group('head')}", b
    if (bare := _NUMBERED_BARE.match(a)) and (numbered := _NUMBERED.match(b.strip())) and \
            bare.group("noun").lower() == numbered.group("noun").lower():
        return f"{a.strip()} {numbered.group('tail')}", b
    # "the third edition of the roadmap" and "the planned fourth edition": the fourth edition of the roadmap
    for one, other in ((a, b), (b, a)):
        if (of := _OF_WHAT.match(one.strip())) and " of " not in f" {other} " and \
                other.strip().split()[-1].lower() == of.group("noun").lower():
            tail = unreleased(of.group("tail"))  # not the verb the question ends in ("... of the roadmap appear")
            return (a, f"{b.strip()} {tail}") if one is a else (f"{a.strip()} {tail}", b)
    return a, b


def in_words(n: int, unit: str) -> str:
    if unit == "month" and n >= 12 and n % 12 == 0:
        n, unit = n // 12, "year"
    return f"{_SPELLED.get(n, n)} {unit}{'' if n == 1 else 's'}"


def span_words(a: str, b: str, unit: str | None) -> tuple[str, str] | None:
    """The time from ``a`` to ``b`` (ISO prefixes) in the unit asked (else days under two months, months under two
    years, else years and months): (short, said: the short with the two ends and the other counts), or None when the
    dates are not precise enough for it."""
    common = min(len(a), len(b), 10)
    x, y = sorted([a[:common], b[:common]])
    if x == y or common < 4:
        return None
    if common == 10:
        days = (date.fromisoformat(y) - date.fromisoformat(x)).days
        months = round(days / 30.44)
    else:
        days = None
        months = (int(y[:4]) - int(x[:4])) * 12 + (int(y[5:7]) - int(x[5:7]) if common >= 7 else 0)
    if common == 4 and unit in ("month", "week", "day"):
        return None
    if common == 7 and unit in ("week", "day"):
        return None
    years = months / 12
    halves = round(years * 2) / 2
    about = (f"about {NUMBER_WORDS.get(int(halves), int(halves))}{' and a half' if halves % 1 else ''} "
             f"year{'s' if halves > 1 else ''}") if halves >= 1 else None

    def n(count: int, word: str) -> str:
        return f"{_SPELLED.get(count, count)} {word}{'' if count == 1 else 's'}"

    if unit == "day" and days is not None:
        short = n(days, "day")
    elif unit == "week" and days is not None:
        short = n(round(days / 7), "week")
    elif unit == "month" or (unit is None and common >= 7 and (months < 24 or common == 7 and months % 12)):
        whole = days is None or x[8:] == y[8:]  # the same day of the month: whole months ("one month", not 31 days)
        short = n(months, "month") if whole or days >= 45 or unit == "month" else n(days, "day")
    elif unit == "year" or common == 4:
        short = about if about and common > 4 and months % 12 else n(months // 12, "year")
    else:
        short = about or n(months, "month")
    # "4 years and 7 months": the years and months counted in digits, as a reader sums them
    mixed = f"{months // 12} year{'s' if months >= 24 else ''} and {months % 12} month{'' if months % 12 == 1 else 's'}" \
        if common >= 7 and months >= 12 and months % 12 else None
    # the two ends first, as precisely as each is known ("9 November 2007 to 15 June 2017"); years counted from year to
    # year, which years ("eight years (2018 to 2026)")
    ends = f"{x} to {y}" if common == 4 else " to ".join(spoken(d) for d in sorted([a, b], key=lambda d: d[:common]))
    parts = [p for p in (ends, mixed, about if months % 12 else None, n(months, "month") if common >= 7 and months else None,
                         n(days, "day") if days else None) if p and p != short]
    return short, f"{short} ({', '.join(parts)})" if parts else short


def _from_middle(a: str, b: str) -> int:
    """The whole months from the middle of the month one of ``a`` and ``b`` names to the day the other names."""
    day, month = max(a, b, key=len)[:10], min(a, b, key=len)[:7]
    return round(abs((date.fromisoformat(day) - date.fromisoformat(f"{month}-15")).days) / 30.44)


def gap(rows: list[dict], documents: list[str]) -> Composed | None:
    """The time from the first of ``documents`` (A) to the second (B) by the most precise dates the graph has
    both issued: days (and months when they fall on the same day of the month), else months, else years."""

    dates: dict[str, dict] = {}
    for row in rows:  # the longest (most precise) date first
        dates.setdefault(row["doc"], row)
    if len(dates) != 2 or len(set(documents)) != 2:
        return None
    a, b = (dates[d] for d in documents)
    common = min(len(a["issued"]), len(b["issued"]), 10)
    x, y = a["issued"][:common], b["issued"][:common]
    if x == y or common == 4 < max(len(a["issued"]), len(b["issued"])):
        # the same date, as far as both are known; or a year against a month or a day, which tells the time to within a
        # year only (the sentences telling each may date it finer: "published in August 2020")
        return None
    later, (x, y) = (x < y), sorted([x, y])
    months = (int(y[:4]) - int(x[:4])) * 12 + (int(y[5:7]) - int(x[5:7]) if common >= 7 else 0)
    if common == 10:
        days = (date.fromisoformat(y) - date.fromisoformat(x)).days
        whole = months if x[8:] == y[8:] else None
        short = in_words(whole, "month") if whole else in_words(days, "day")
        said = f"{short} ({in_words(days, 'day')})" if whole else short
        if not whole and days >= 45:  # "22 months (about two years, 687 days)", not 687 days alone
            short, said = span_words(x, y, None) or (short, said)
    elif common == 7 and max(len(a["issued"]), len(b["issued"])) >= 10 and months < 12 and \
            (count := _from_middle(a["issued"], b["issued"])) != months:
        # a month against a day ("January 2018" and 1 March 2018): the month is not its first day; counted from its
        # middle, it is about one month, not two
        short = said = f"about {in_words(count, 'month')}" if count else "less than a month"
    elif common == 7:
        short = said = in_words(months, "month")  # whole years as years
        if months >= 12 and months % 12:  # "42 months (3 years and 6 months, about three and a half years)"
            short, said = span_words(x, y, None) or (short, said)
    else:
        short = said = in_words(months // 12, "year")
    name = lambda r: r.get("title") or r["doc"]  # noqa: E731
    text = (f"{said} — {with_date(name(b), b['issued'])} came {said} {'after' if later else 'before'} "
            f"{with_date(name(a), a['issued'])}.")
    sources = [(r["passage0"], r["sentence0"]) for d in (b, a) for r in rows if r["doc"] == d["doc"] and r.get("passage0")]
    return Composed(short, text, [{"label": name(b), "iri": b["doc"]}], list(dict.fromkeys(sources)))


# -- the phases a "which came first" or "how long between" names ------------------------------------------------

# "the start of Phase 1", "the second phase", "phase two": a mission phase of a roadmap, by its number
_PHASE = re.compile(rf"\bphase\s+(?P<n>\d{{1,2}}|{'|'.join(CARDINALS)})\b|\b(?P<nth>{ORDINAL.pattern})\s+phase\b", re.I)


def phase_number(side: str) -> int | None:
    """The number of the mission phase a side names ("the start of Phase 2": 2), if it names one."""
    m = _PHASE.search(side)
    if m is None:
        return None
    if m.group("n"):
        return int(m.group("n")) if m.group("n").isdigit() else CARDINALS.get(m.group("n").lower())
    return ordinal(m.group("nth"))


def phase_starts(documents: list[str], year: str | None, positions: list[int]) -> str:
    """The SPARQL of the start dates of the mission phases at ``positions`` of ``documents`` (else of the documents
    issued in ``year``, else of any), each with the passage stating it, the latest document's first."""
    where = f"  VALUES ?doc {{ {' '.join(iri_term(d) for d in documents)} }}\n" if documents else \
        (f'  FILTER(STRSTARTS(STR(?issued), "{year}"))\n' if year else "")
    return (f"{PREFIXES}SELECT ?x ?doc ?pos ?label ?start ?issued ?passage0 ?sentence0 WHERE {{\n"
            f"  VALUES ?pos {{ {' '.join(str(p) for p in positions)} }}\n"
            f"  ?x a isecg:MissionPhase ; schema:position ?pos ; dcterms:isPartOf ?doc ; schema:startDate ?start .\n"
            f"  OPTIONAL {{ ?x skos:prefLabel ?label }} OPTIONAL {{ ?doc dcterms:issued ?issued }}\n{where}"
            f"  {PROVENANCE.format(n=0, s='?x', p='schema:startDate')}\n}}\nORDER BY DESC(?issued) ?doc\n")


def phase_rows(rows: list[dict], positions: list[int]) -> tuple[list[dict], list[str]] | None:
    """The rows of the latest document that dates the start of every phase at ``positions``, as rows of dated things
    (``doc``: the phase, ``issued``: its start, ``title``: "Phase 2 (Sustained lunar surface activity)"), and the
    phases in the sides' order; None when no document dates them all."""
    for doc in dict.fromkeys(r["doc"] for r in rows):
        mine = [r for r in rows if r["doc"] == doc]
        by_pos = {int(r["pos"]): r["x"] for r in mine}
        if all(p in by_pos for p in positions) and len({by_pos[p] for p in positions}) == len(positions):
            return ([{**r, "issued": str(r["start"]), "doc": r["x"],
                      "title": f"Phase {r['pos']}" + (f" ({r['label']})" if r.get("label") else "")} for r in mine],
                    [by_pos[p] for p in positions])
    return None


# -- which document follows which --------------------------------------------------------------------------------

# "What does the third edition replace?", "What is the 2020 supplement based on?" (the document, then what it
# follows) and "Which edition replaced the second one?" (what follows the document).
_FOLLOWS = r"(?:replace|supersede|update|build on|bring up to date)"
# ... and with the document first: "The 2023 update replaces which earlier scenario?", "The October 2022 supplement
# brings up to date and replaces which previous document?"
_FOLLOWS_S = r"(?:replaces|supersedes|updates|builds on|brings up to date)"
# (the role it takes over after the verb: "Which earlier ISECG paper does the 2018 paper replace as the reference text?";
# what is asked named at length: "Which earlier version of the terms of reference does Revision 3 replace?")
EARLIER_ASKED = re.compile(rf"^\s*(?:what|which)\s+(?:\w+\s+){{0,7}}?(?:does|did|do)\s+(?P<doc>.+?)\s+{_FOLLOWS}"
                           r"(?:\s+as\s+[^?]+)?\s*\??\s*$|"
                           r"^\s*what\s+(?:is|was)\s+(?P<based>.+?)\s+based\s+on\s*\??\s*$|"
                           rf"^\s*(?P<subject>(?!(?:what|which|who|how|when|where)\b).+?)\s+{_FOLLOWS_S}"
                           rf"(?:,?\s+and\s+{_FOLLOWS_S})?\s+(?:which|what)\b[^?]*\??\s*$", re.I)
LATER_ASKED = re.compile(r"^\s*(?:what|which)\s+(?:\w+\s+){0,2}?(?:replaced|superseded|updated|built on|replaces|"
                         r"supersedes|updates|builds on)\s+(?P<doc>.+?)\s*\??\s*$", re.I)
RELATIONS = {"dcterms:replaces": "replaces", "schema:isBasedOn": "builds on"}
_VERBS = {term(curie).value: verb for curie, verb in RELATIONS.items()}  # by the predicate's IRI, as rows give it


# The relation each verb asks for: "update and supersede" asks what a document replaces, not what it builds on.
_RELATION_VERBS = {"dcterms:replaces": re.compile(r"\b(?:replac|supersed|updat|brings? up to date)", re.I),
                   "schema:isBasedOn": re.compile(r"\b(?:based|buil[dt])", re.I)}


def relations_of(question: str) -> tuple[str, ...]:
    """The relations between documents a question's verbs ask for (all when it names none)."""
    return tuple(r for r, verb in _RELATION_VERBS.items() if verb.search(question)) or tuple(RELATIONS)


def relation_asked(question: str) -> tuple[str, bool, tuple[str, ...]] | None:
    """(the words naming the document, whether the question asks what came after it, the relations its verbs
    ask for), or None."""
    relations = relations_of(question)
    if m := EARLIER_ASKED.match(question):
        return m.group("doc") or m.group("based") or m.group("subject"), False, relations
    if m := LATER_ASKED.match(question):
        return m.group("doc"), True, relations
    return None


def document_relation(document: str, names: Names, *, later: bool,
                      relations: tuple[str, ...] = tuple(RELATIONS)) -> DatedPlan:
    """What a document replaces or builds on (``later``: the documents that replace or build on it), from
    the editions and supplements the documents say they follow (kg.series); ``relations``: those asked."""
    subject, obj = ("?x", iri_term(document)) if later else (iri_term(document), "?x")
    sparql = (f"{PREFIXES}SELECT ?x ?rel ?issued ?kind ?publisher ?own ?passage0 ?sentence0 WHERE {{\n"
              f"  VALUES ?rel {{ {' '.join(relations or RELATIONS)} }}\n  {subject} ?rel {obj} .\n"
              f"  OPTIONAL {{ ?x dcterms:issued ?issued }} OPTIONAL {{ {iri_term(document)} dcterms:issued ?own }}\n"
              f"  OPTIONAL {{ ?x dcterms:type ?kind }} OPTIONAL {{ ?x dcterms:publisher/isecg:acronym ?publisher }}\n"
              f"  {PROVENANCE.format(n=0, s=subject, p='?rel')}\n"
              f"  FILTER(!BOUND(?st0) || EXISTS {{ ?st0 rdf:object {obj} }})\n}}\nORDER BY ?issued\n")

    def compose(rows: list[dict]) -> Composed | None:
        found: dict[tuple[str, str], str | None] = {}
        for row in rows:  # each document at the most precise date the graph has
            if len(str(row.get("issued") or "")) >= len(str(found.get((row["x"], row["rel"])) or "")):
                found[(row["x"], row["rel"])] = row.get("issued")
        if not found:
            return None
        dates = {x: issued for (x, _), issued in found.items()}
        dates[document] = max((str(r["own"]) for r in rows if r.get("own")), key=len, default=None)
        kinds = {r["x"]: str(r["kind"]) for r in rows if r.get("kind")}
        publishers = {r["x"]: str(r["publisher"]) for r in rows if r.get("publisher")}
        # each document as a reader names it, its date in words ("the ISECG Global Exploration Roadmap Supplement of
        # August 2020 (...)"), not "(2020-08)"
        named = lambda iri: document_name(names.label(iri), dates.get(iri), kinds.get(iri), publishers.get(iri))  # noqa: E731
        said = [f"{named(x)} {_VERBS[rel]} {named(document)}" if later else f"{named(document)} {_VERBS[rel]} {named(x)}"
                for (x, rel) in found]
        others = list(dict.fromkeys(x for x, _ in found))
        said[0] = said[0][0].upper() + said[0][1:]
        return Composed(and_joined([named(x) for x in others]), "; ".join(said) + ".",
                        [{"label": names.label(x), "iri": x} for x in others], row_sources(rows, 1))

    return DatedPlan("document_relation", sparql, compose, [document])


# "Did the 2018 roadmap replace the 2013 edition?", "Is the supplement based on the third edition?"
RELATION_HOLDS = re.compile(rf"^\s*(?:did|does|do|has|have)\s+(?P<a>.+?)\s+{_FOLLOWS}d?\s+(?P<b>.+?)[\s?.]*$|"
                            r"^\s*(?:is|was)\s+(?P<based>.+?)\s+based\s+on\s+(?P<on>.+?)[\s?.]*$", re.I)


def relation_sides(question: str) -> tuple[str, str] | None:
    """The two documents a yes/no question about one following the other names: (the later, the earlier)."""
    m = RELATION_HOLDS.match(question)
    return ((m.group("a"), m.group("b")) if m.group("a") else (m.group("based"), m.group("on"))) if m else None


def relation_holds(document: str, earlier: str, names: Names, relations: tuple[str, ...]) -> DatedPlan:
    """Whether ``document`` replaces (or builds on) ``earlier``, as the documents say: "Yes" with the statement,
    else no answer (the passages may say more: a relation not stated is not a "No")."""
    asked = document_relation(document, names, later=False, relations=relations)

    def compose(rows: list[dict]) -> Composed | None:
        held = [r for r in rows if r["x"] == earlier]
        if not held:
            return None
        text = f"Yes — {names.label(document)} {_VERBS[held[0]['rel']]} {names.label(earlier)}."
        return Composed("Yes", text, [{"label": names.label(earlier), "iri": earlier}], row_sources(held, 1))

    return DatedPlan("relation_holds", asked.sparql, compose, [document, earlier])


# -- the agencies of a document's authors ------------------------------------------------------------------------

AUTHORS = re.compile(r"\bauthors?\b|\bwr(?:ote|itten)\b", re.I)
AGENCIES = re.compile(r"\bagenc(?:y|ies)\b|\borgani[sz]ations?\b|\bemploy|\baffiliat|\bwork(?:s|ed)? (?:for|at)\b", re.I)


# Not a list of agencies: a count ("how many agencies provided authors": the passage states it) or yes or no.
NOT_A_LIST = re.compile(r"^\s*(?:was|were|is|are|did|does|do|has|have|had)\b|\bhow\s+many\b", re.I)


def asks_author_agencies(question: str) -> bool:
    return bool(AUTHORS.search(question) and AGENCIES.search(question) and not NOT_A_LIST.search(question))


def _people_of(document: str, role: str, affiliation: str) -> str:
    """The people ``document`` credits in ``role`` (?person), where each works (``affiliation`` binds ?x), and
    the passage each credit was read from."""
    return (f"{PREFIXES}SELECT ?x ?person ?passage0 ?sentence0 WHERE {{\n"
            f"  {iri_term(document)} {role} ?person .\n  ?person a schema:Person .\n{affiliation}\n"
            f"  {PROVENANCE.format(n=0, s=iri_term(document), p=role)}\n"
            f"  FILTER(!BOUND(?st0) || EXISTS {{ ?st0 rdf:object ?person }})\n}}\nORDER BY ?x ?person\n")


def author_agencies(document: str, names: Names) -> DatedPlan:
    """"Which agencies employ the authors of the paper?": the affiliations of the document's authors (its
    dcterms:creator people), most authors first, then in the order the document lists them."""
    # a person of an agency's unit ("NASA Johnson Space Center") is the agency's
    sparql = _people_of(document, "dcterms:creator", "  ?person schema:affiliation ?a .\n  OPTIONAL { ?a a "
                        "org:OrganizationalUnit ; org:unitOf ?agency } BIND(COALESCE(?agency, ?a) AS ?x)")

    def compose(rows: list[dict]) -> Composed | None:
        people: dict[str, set[str]] = {}
        for row in rows:
            people.setdefault(row["x"], set()).add(row["person"])
        if not people:
            return None
        listing = " ".join(dict.fromkeys(r.get("sentence0") or "" for r in rows))

        def listed_at(iri: str) -> int:  # where the document first names the agency
            spots = [listing.find(n) for n in (names.short(iri), names.label(iri)) if n and listing.find(n) >= 0]
            return min(spots) if spots else len(listing)

        order = sorted(people, key=lambda i: (-len(people[i]), listed_at(i)))
        short = and_joined([names.short(i) for i in order])
        counts = ", ".join(f"{names.label(i)} ({len(people[i])})" for i in order)
        total = len({p for ps in people.values() for p in ps})
        text = f"{short} — the agencies of the {total} authors the document lists, by number of authors: {counts}."
        return Composed(short, text, [{"label": names.label(i), "iri": i} for i in order], row_sources(rows, 1))

    return DatedPlan("author_agencies", sparql, compose, [document])


# "Which officials are quoted in the May 2025 press kit?": the people a document quotes, each named by the attribution
# line after a quotation ("“...” — A B, President, Agency"), whose person and agency the graph read from that line.
QUOTED_ASKED = re.compile(r"^\s*(?:which|what|list|name)\s+(?:the\s+)?(?:\w+\s+)?(?:officials|people|persons|speakers|"
                          r"leaders|executives|representatives|heads)\s+(?:(?:that|who)\s+)?(?:(?:are|were|is|was)\s+)?quoted\s+"
                          r"(?:in|by)\s+(?P<doc>.+?)[\s?.]*$", re.I)
# the dash that attributes a quotation, at the start of its line or after the closing quotation mark
_QUOTE_DASH = r"(?:^|[”\"’]\s*)[—–]\s*(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?"


def quoted_asked(question: str) -> str | None:
    """The words naming the document whose quoted people a question asks for, or None."""
    m = QUOTED_ASKED.match(question)
    return m.group("doc") if m else None


def quoted_people(document: str, names: Names) -> DatedPlan:
    """The people ``document`` quotes: those whose affiliation it states in a quotation's attribution line, in the
    order it quotes them, each with the line's title and agency."""
    sparql = (f"{PREFIXES}SELECT ?person ?x ?at ?passage0 ?sentence0 WHERE {{\n"
              f"  ?st0 rdf:subject ?person ; rdf:predicate schema:affiliation ; rdf:object ?x ;\n"
              f"       prov:wasDerivedFrom ?passage0 ; isecg:sentence ?sentence0 .\n"
              f"  ?person a schema:Person .\n  ?passage0 dcterms:isPartOf {iri_term(document)} ; isecg:ordinal ?at .\n}}\n"
              f"ORDER BY ?at\n")

    def compose(rows: list[dict]) -> Composed | None:
        said: dict[str, tuple] = {}  # person: (where the document quotes them, their attribution line)
        for row in rows:
            label, sentence = names.label(row["person"]), row.get("sentence0") or ""
            m = re.search(_QUOTE_DASH + re.escape(label) + r"\b[^\n“\"]*", sentence, re.M)
            if m and row["person"] not in said:
                line = m.group().strip(" —–”\"’")
                said[row["person"]] = ((int(row["at"]), names.passage(row["passage0"]).find(line)), line)
        if not said:
            return None
        order = sorted(said, key=lambda p: said[p][0])
        short = and_joined([names.label(p) for p in order])
        text = f"{short} — quoted in {names.label(document)}: " + "; ".join(said[p][1] for p in order) + "."
        quoted = [r for r in rows if r["person"] in said]
        return Composed(short, text, [{"label": names.label(p), "iri": p} for p in order], row_sources(quoted, 1))

    return DatedPlan("quoted_people", sparql, compose, [document])


# "Who wrote the 2019 white paper?", "Who edited the update, and where do they work?": the people behind a document.
# "Who prepared ...?", "Name the people who wrote ...", "Which experts drafted ...?", "Who is the lead author ...?"
# ... or where one of them works, told with the person: "Where does the lead author of the paper work?", "Which
# agency is the corresponding author of X affiliated with?"
WHO_MADE = re.compile(r"^\s*(?:(?:name|list|give)\s+(?:the\s+)?(?:people|persons|experts|individuals)\s+who|which\s+"
                      r"(?:people|persons|experts|individuals))\s+(?:wrote|authored|edited|prepared|compiled|drafted)\b|"
                      r"^\s*who\s+(?:(?:wrote|authored|edited|prepared|compiled|drafted|signed|co-?signed)\b|(?:is|are|was|were)\s+the\s+"
                      r"(?:(?:lead|corresponding|contact|first|main|principal)\s+)?(?:authors?|editors?)\b)|"
                      r"^\s*(?:where|(?:for\s+)?(?:which|what)\s+(?:agency|organi[sz]ation|body|institution))\s+"
                      r"(?:does|did|is|was)\s+the\s+(?:lead|corresponding|contact|first|main|principal)\s+author\s+of\b"
                      r"(?=[^?]*\b(?:work|works|worked|affiliated|employed|based)\b)",
                      re.I)
EDITORS = re.compile(r"\bedit(?:ed|ors?)\b", re.I)
# "Who is the corresponding author?": one of the authors, the one the listing names so ("Jun Ito (JAXA) – lead
# author"), else the one the byline marks ("Anna Berg*, Jun Ito"), else the first it lists
ONE_AUTHOR = re.compile(r"\b(lead|corresponding|contact|first|main|principal)\s+author\b(?!s)", re.I)
# a byline's mark after a name, an affiliation's letter before it: "Marco Bellinia*", "Anna Berg¹ *", "Jun Ito†"
_MARKED = r"[a-z¹²³⁴⁵⁶⁷⁸⁹\d,]{0,3}\s?[*†✉]"


# "Which author of the paper works for CSA?", "Which of the editors is from JAXA?", "Who signed the statement on behalf
# of CNES?": one of a document's people, by the body named
WHICH_PERSON_OF = re.compile(r"^\s*(?:which|what)\s+(?:one\s+)?(?:of\s+the\s+)?(?:co-?)?(?:authors?|editors?|"
                             r"contributors?)\b|^\s*who\s+(?:among|of)\s+the\s+(?:co-?)?(?:authors|editors)\b|"
                             r"^\s*who\s+(?:signed|co-?signed|wrote|authored|prepared|drafted)\b[^?]*?"
                             r"\b(?:on\s+behalf\s+of|representing)\s", re.I)


# "Which author of the 2018 paper chaired the March 2021 meeting?": one of a document's people, by a deed another
# document tells of them (the verb, then what it was done to)
PERSON_DID = re.compile(r"^\s*(?i:which|what)\s+(?:one\s+)?(?:of\s+the\s+)?(?:co-?)?(?:authors?|editors?|contributors?)"
                        r"\s+of\s+(?P<document>.+?)\s+(?P<deed>(?P<verb>[a-z]{3,}ed)\s+(?:the|an?|ISECG|[A-Z0-9])\b[^,?]*)")


def named_doing(text: str, people: dict[str, str], verb: str) -> str | None:
    """The one of ``people`` (IRI: name) a line or sentence of ``text`` names alone beside a word of the ``verb``
    ("chaired": "Chair: Ana Lima, ASI", "Ana Lima chairs the team"), else None."""
    stem = re.compile(rf"\b{re.escape(verb[:-2])}", re.I)
    for line in re.split(r"\n|(?<=[.;])\s+", text):
        named = [p for p, name in people.items() if re.search(rf"\b{re.escape(name)}\b", line)]
        if len(named) == 1 and stem.search(line):
            return named[0]
    return None


def document_people(document: str, names: Names, *, editors: bool = False, one: str | None = None,
                    of: str | None = None, who: str | None = None) -> DatedPlan:
    """The people a document credits (its editors when asked for: schema:editor, else its dcterms:creator
    people), each with the body they work for, in the order the document lists them; ``one`` (the role asked,
    "lead"): only the author the listing names in that role, else the one it marks (see ONE_AUTHOR), else its first;
    ``of``: only those who work for that body (or a unit of it); ``who``: only that person."""
    works_for = f"\n  ?person schema:affiliation ?of . OPTIONAL {{ ?of org:unitOf ?up }}\n" \
                f"  FILTER(?of = {iri_term(of)} || ?up = {iri_term(of)})" if of else ""
    only = f"\n  FILTER(?person = {iri_term(who)})" if who else ""
    sparql = _people_of(document, "schema:editor" if editors else "dcterms:creator",
                        "  OPTIONAL { ?person schema:affiliation ?x }" + works_for + only)

    def compose(rows: list[dict]) -> Composed | None:
        people: dict[str, list[str]] = {}
        for row in rows:
            works = people.setdefault(row["person"], [])
            if row.get("x") and row["x"] not in works:
                works.append(row["x"])
        if not people:
            return None
        listing = " ".join(dict.fromkeys(r.get("sentence0") or "" for r in rows))
        order = sorted(people, key=lambda p: (listing.find(names.label(p)) % (len(listing) + 1), names.label(p)))
        if one:
            at = [listing.find(names.label(p)) for p in order]
            entries = {p: listing[a:next((b for b in at if b > a), None)] for p, a in zip(order, at) if a >= 0}
            order = [next((p for p in order if re.search(rf"\b{one}\s+author\b", entries.get(p, ""), re.I)), None)
                     or next((p for p in order if re.search(re.escape(names.label(p)) + _MARKED, listing)), order[0])]
        said = [names.label(p) + (f" ({', '.join(works)})" if (works := _works(listing, names.label(p), people[p], names))
                                   else "") for p in order]
        short = and_joined(said)
        what = "editors" if editors else "authors"
        text = f"{short} — the author the document's listing marks (else the first it lists), with the body they work " \
            "for." if one else f"{short} — the {what} the document credits who work for {names.label(of)}." if of \
            else f"{short} — of the {what} the document credits, the one another document names for the deed asked, " \
            "with the body they work for." if who \
            else f"{short} — the {what[:-1]} the document credits, with the body they work for." if len(order) == 1 \
            else f"{short} — the {len(order)} {what} the document credits, with the bodies they work for."
        return Composed(short, text, [{"label": names.label(p), "iri": p} for p in order], row_sources(rows, 1))

    return DatedPlan("document_people", sparql, compose, [document])


# "Who headed the UAE Space Agency delegation at the Bonn workshop?", "Who led ESA's delegation in Tokyo?": the person
# of that body the meeting's document lists (its table or roll of delegations)
# (after the source a question names first: "According to the 2015 directory, who headed ...?")
DELEGATION_HEAD = re.compile(r"^\s*(?:(?:according\s+to|in)\s+[^,?]+,\s*)?(?P<who>who)\s+(?:headed|heads|led|leads|was\s+(?:the\s+)?"
                             r"head\s+of|is\s+(?:the\s+)?head\s+of)\s+[^?]*\bdelegations?\b", re.I)
# a listing's mark of the head among several of one body: "Head of delegation", "(Head)", "head"
_HEAD_MARK = re.compile(r"\bhead\b", re.I)


def delegation_head(document: str, body: str, names: Names) -> DatedPlan:
    """The person of ``body`` (or of a unit of it) that ``document`` lists with it (a schema:affiliation read from
    its passages); of several, the one its line marks head, else all of them, as the document lists them.  When it
    lists people of other bodies only, the facts leave it open (no one of another body answers)."""
    sparql = (f"{PREFIXES}SELECT ?person ?asked ?passage0 ?sentence0 WHERE {{\n"
              f"  ?person a schema:Person ; schema:affiliation ?of . OPTIONAL {{ ?of org:unitOf ?up }}\n"
              f"  BIND(?of = {iri_term(body)} || COALESCE(?up = {iri_term(body)}, false) AS ?asked)\n"
              f"  ?st0 rdf:subject ?person ; rdf:predicate schema:affiliation ; rdf:object ?of ; "
              f"prov:wasDerivedFrom ?passage0 ; isecg:sentence ?sentence0 .\n"
              f'  FILTER(STRSTARTS(STR(?passage0), "{document}/"))\n}}\nORDER BY ?passage0 ?person\n')

    def compose(rows: list[dict]) -> Composed | None:
        mine = [r for r in rows if r["asked"] == "true"]
        if not mine:
            return Composed(None, f"The document lists the people of other bodies than {names.label(body)} only.",
                            [], row_sources(rows[:1], 1)) if rows else None
        lines = {r["person"]: _line_of(r.get("sentence0") or "", names.label(r["person"])) for r in mine}
        heads = [p for p in lines if _HEAD_MARK.search(lines[p])]
        people = heads if len(heads) == 1 else list(lines)
        short = and_joined([names.label(p) for p in people])
        text = (f"{short} — the person the document lists for {names.label(body)}"
                + (", marked head of its delegation." if len(heads) == 1 else "." if len(people) == 1
                   else f"; it lists {len(people)} and marks none head."))
        return Composed(short, text, [{"label": names.label(p), "iri": p} for p in people], row_sources(mine, 1))

    return DatedPlan("delegation_head", sparql, compose, [body])


def _line_of(text: str, name: str) -> str:
    """The row or item of a listing that names ``name`` (the text from the name to the next line or "; ")."""
    at = text.find(name)
    return re.split(r"\n|;\s", text[at:])[0] if at >= 0 else ""


# "Rebecca Hale, NASA Headquarters, Washington; Tomoko Ishida, JAXA, Tsukuba Space Center": where a listed person
# works, as the listing tells it after the name, without the city it ends with (one word of its own, not an acronym)
# ... or after a dash: "Rebecca Hale — NASA Headquarters, Washington"
_WORKS = re.compile(r"\s*(?:[,(]|\s[—–-]\s)\s*([^;()\n]+?)\s*(?:[;)\n]|\.\s|\.?$)")


def _works(listing: str, name: str, bodies: list[str], names: Names) -> list[str]:
    """Where a person works: as the listing tells it when it names every body the graph knows them to work for
    ("NASA Headquarters" names NASA), else the graph's bodies."""
    told = _works_told(listing, name)
    said = " ".join(told)
    words = set(re.findall(r"\w+", said))  # "JAXA Tsukuba Space Center" is named by "Tsukuba Space Center, JAXA"
    if told and all(names.short(x) in said or names.label(x) in said or set(re.findall(r"\w+", names.short(x))) <= words
                    for x in bodies):
        # the agency first, then its site ("Tsukuba Space Center, JAXA": "JAXA, Tsukuba Space Center")
        return sorted(told, key=lambda f: not any(names.short(x) == f or names.short(x).startswith(f"{f} ")
                                                  for x in bodies))
    return [names.short(x) for x in bodies]


def _works_told(listing: str, name: str) -> list[str]:
    at = listing.find(name)
    m = _WORKS.match(listing, at + len(name)) if at >= 0 else None
    if m is None:
        return []
    # a role after a dash is no workplace ("JAXA – lead author")
    fields = [f for f in (re.sub(r"\s+[—–-]\s+[a-z].*$", "", f).strip() for f in m.group(1).split(",")) if f]
    # a line run on into the next heading ("ESTEC, ESA, Noordwijk Why an update now"): a field with a word of prose
    # ends the workplace (its place before it is dropped below)
    prose = next((i for i, f in enumerate(fields) if i and re.search(r"\s(?!(?:of|the|and|for|de|du|des)\b)[a-z]", f)),
                 None)
    if prose is not None:
        fields = fields[:prose] + [re.split(r"\s+", fields[prose])[0]]
    if len(fields) > 1 and re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?", fields[-1]):
        fields.pop()
    return fields if fields and all(f[0].isupper() for f in fields) else []


# "Which organisation is A B affiliated with?", "Where does A B work?", "Which agency employs A B?"
# ("Which agency is Hiroshi Ueno from?", "From which organisation does she come?", "What body does he represent?")
AFFILIATION_ASKED = re.compile(r"\baffiliat\w*|\bwork(?:s|ed|ing)?\s+(?:for|at|in)\b|\bemploy\w*|^\s*where\s+(?:does|did|do)"
                               r"\b.*\bwork\b|\b(?:which|what)\s+(?:agency|organi[sz]ation|body|institution)\b.*"
                               r"\b(?:from|represent\w*|belong\w*|come)\s*\??\s*$", re.I)


def affiliation(q: Question, names: Names) -> DatedPlan | None:
    """The bodies a person the question names works for (schema:affiliation), each with its passage."""
    people = q.of("person")
    if len(people) != 1 or not AFFILIATION_ASKED.search(q.text):
        return None
    person = people[0].iri
    sparql = (f"{PREFIXES}SELECT ?x ?passage0 ?sentence0 WHERE {{\n  {iri_term(person)} schema:affiliation ?x .\n"
              f"  {PROVENANCE.format(n=0, s=iri_term(person), p='schema:affiliation')}\n}}\nORDER BY ?x\n")

    def compose(rows: list[dict]) -> Composed | None:
        bodies = list(dict.fromkeys(r["x"] for r in rows))
        if not bodies:
            return None
        short = and_joined([names.short(b) for b in bodies])
        text = f"{short} — {names.label(person)} works for {and_joined([names.label(b) for b in bodies])}."
        return Composed(short, text, [{"label": names.label(b), "iri": b} for b in bodies], row_sources(rows, 1))

    return DatedPlan("affiliation", sparql, compose, [person])


# -- how many between A and B ----------------------------------------------------------------------------------

BETWEEN = re.compile(r"\bbetween\b(?P<a>.+?)\band\b(?P<b>.+)", re.I)
FROM_TO = re.compile(r"\bfrom\b(?P<a>.+?)\b(?:to|until|till|through)\b(?P<b>.+)", re.I)


def span_asked(question: str) -> tuple[str, str] | None:
    """The two ends of the span a question asks over: "between A and B", or "from A to B" when both ends are dated
    ("from the end of 2019 to the end of 2021"; not "took over from JAXA to ...")."""
    if m := BETWEEN.search(question):
        return m.group("a"), m.group("b")
    if (m := FROM_TO.search(question)) and side_date(m.group("a")) and side_date(m.group("b")):
        return m.group("a"), m.group("b")
    return None
SINCE = re.compile(rf"\bsince\s+(?P<a>(?:(?:{MONTHS})\w*\s+)?(?:19|20)\d\d)\b", re.I)


def window(sentence: str, stated: str | None) -> tuple[str, str] | None:
    """The period a sentence counts over: "since January 2018" (until ``stated``, the date of its document),
    "between the March 2020 and September 2020 meetings"; as ISO prefixes ("2018-01", "2020-03-13")."""
    since = SINCE.search(sentence)
    if since and stated:
        return side_date(since.group("a")) or "", stated
    between = BETWEEN.search(sentence)
    if between:
        a, b = side_date(between.group("a")[:40]), side_date(between.group("b")[:40])
        if a is None and b is not None:  # "between March and September 2020": the year both share
            a = side_date(between.group("a")[:40] + " " + b[:4])
        if a and b:
            return a, b
    return None


def tiled(windows: list[tuple[str, str, object]], start: str, end: str) -> list | None:
    """Windows (from, to, payload) that follow one another from ``start`` to ``end`` (to the month), each
    beginning where the one before ends: their payloads in order, or None when they do not cover the span."""
    chain, at = [], start[:7]
    for a, b, payload in sorted(windows, key=lambda w: (w[0], w[1])):
        if a[:7] == at and b[:7] > at:
            chain.append(payload)
            at = b[:7]
        if at == end[:7]:
            return chain
    return None


# -- a time named by an event or a document ------------------------------------------------------------------

# "when the 2019 science white paper was endorsed", "at the time of the March 2020 videoconference", "when the
# 2022 supplement went to press", "during the Songdo meeting", "in the year the UAE Space Agency was admitted": a clause
# giving the time by what happened then (the last: its year).
IN_THE_YEAR = r"(?:in|(?:at\s+)?the\s+(?:end|close|start|beginning)\s+of)\s+the\s+year(?:\s+(?:that|when|in\s+which))?"
_DONE = (r"(?:(?:was|were|had\s+been|has\s+been|got|is|are)\s+(?:first\s+|formally\s+|finally\s+)?(?:[a-z]+(?:ed|en|wn|ne|lt|t)|held|run|made|"
         r"set|sent|begun|done|read|put)(?:\s+(?:out|up|online|in\s+print))?|went\s+to\s+press|took\s+place|came\s+out|appeared|met|convened|"
         r"gathered|opened|closed|joined|became\s+(?:a|its|the)\s+(?:\w+\s+)?member|"
         r"(?-i:[a-z]+ed)(?=\s*(?:[,?;]|$|\b(?:to|on|in|at|into|with|and)\b)))")
ANCHOR = re.compile(rf"\b(?:when|while|as|once|by\s+the\s+time|at\s+the\s+time|{IN_THE_YEAR})\s+(?P<when>(?:(?:the|an?|its|ISECG's)\s+|(?-i:[A-Z]))[^,?;]+?)"
                    rf"\s+{_DONE}\b(?P<where>\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w\-]*(?:\s+(?:(?-i:[A-Z])[\w\-]*|\d{{4}}))*)?|\b(?:at|by)\s+the\s+(?:time|date|day)\s+of\s+(?P<of>(?:the\s+|(?-i:[A-Z]))[^,?;]+?)(?=\s*(?:[,?;]|$|"
                    rf"\band\b))|\b(?:during|at)\s+(?P<at>the\s+(?:[^,?;]+?\s+)?(?:meeting|plenary|workshop|conference|congress|"
                    rf"forum|symposium|summit|session|videoconference|teleconference|webinar|telecon)s?"
                    # "during the Oslo meeting of senior managers", "at the plenary in Rome"
                    rf"(?:\s+(?:of|in|at|on)\s+[^,?;]+?)?)(?=\s*(?:[,?;]|$|\band\b))", re.I)
EVENT_KINDS = r"\b(meeting|plenary|workshop|conference|congress|forum|symposium|summit|session|webinar|launch|landing)"
# What a clause names is an event when it names one by its kind or by what people did at it.
EVENT_NOUN = re.compile(EVENT_TOLD + r"|\b(?:took\s+place|held)\b", re.I)


# How people gathered, which the name of an event seldom says: not a word that tells one event from another
GATHERING_WORDS = frozenset("videoconference videoconferences teleconference teleconferences webinar webinars telecon "
                            "telecons online virtual virtually video call calls link person remote remotely room "
                            "site".split())
# When an event began ("what day did the meeting open"), and a head count in all ("how many took part in total")
START_WORDS = frozenset("start starts started begin begins began begun open opens opened first".split())
TOTAL_WORDS = frozenset("total all altogether overall".split())
ANCHOR_STOP = (EVENT_QUESTION_WORDS - {"spring", "summer", "autumn", "fall", "winter"}) | {
    "videoconference", "teleconference", "webinar", "telecon", "online", "virtual", "senior", "managers", "heads"}


@dataclass
class Anchor:
    """A clause of a question that gives its time by an event or a document: where it is, what it names."""

    start: int
    end: int
    named: str  # "the 2019 science white paper"
    event: bool  # names an event ("the Songdo meeting"), else a document
    text: str  # the clause: "when the 2019 science white paper was endorsed"
    at: bool = False  # "at the Songdo meeting", "during the plenary": where something happened, not only when


# "According to the 2016 annual report, which agency chairs ISECG?": what holds of a body said in the present of a
# document is what held at its date, not the latest the documents state
ACCORDING = re.compile(r"\b(?:according\s+to|as\s+(?:stated|reported|given)\s+in)\s+(?P<doc>(?:the|its|ISECG's)\s+"
                       r"[^,?;]+?)(?=\s*(?:[,?;]|$|\band\b))", re.I)


def according(question: str) -> Anchor | None:
    """The clause of ``question`` naming the document it is asked of ("according to the 2016 annual report")."""
    m = ACCORDING.search(question)
    return Anchor(m.start(), m.end(), m.group("doc"), False, m.group()) if m else None


def anchor(question: str) -> Anchor | None:
    """The clause of ``question`` that dates it by an event or a document it names, if any."""
    m = ANCHOR.search(question)
    if m is None:
        return None
    key = next(k for k in ("when", "of", "at") if m.group(k))
    named = m.group(key) + (m.group("where") or "")  # "the winter plenary" + " at ESTEC"
    return Anchor(m.start(), m.end(), named, EVENT_NOUN.search(m.group()) is not None and
                  not re.search(r"\b(?:published|released|issued|endorsed|approved|adopted|written|press|printed|"
                                r"appeared|came\s+out)\b", m.group(), re.I), m.group(), key == "at")


def named_date(found: Anchor) -> tuple[str, list] | None:
    """The date the name of what a dating clause tells holds, in one year ("at the time of IAC 2019": 2019; "of the June
    2014 Mars workshop": June 2014), for when nothing dates what it names more closely."""
    return (side_date(found.named), []) if len(set(YEAR.findall(found.named))) == 1 else None


def as_of_text(question: str, found: Anchor, date: str) -> str:
    """``question`` with its dating clause replaced by the date it stands for: "... as of 30 June 2021"; "in the year
    X was admitted": "in 2015"."""
    if year := re.match(IN_THE_YEAR, found.text, re.I):  # "at the end of the year in which ...": "at the end of 2017"
        said = year.group()[:year.group().lower().rfind("the year")] + date[:4]
        return f"{question[:found.start]}{said}{question[found.end:]}"
    return f"{question[:found.start]}as of {spoken(date)}{question[found.end:]}"


def event_dates(when: str | None, event: str | None = None) -> str:
    """The SPARQL of every event (label, place, start date; of ``event`` only if given), to find the one a clause
    names."""
    return (f"{PREFIXES}SELECT ?x ?label ?date ?place ?passage0 ?sentence0 WHERE {{\n"
            + (f"  BIND({iri_term(event)} AS ?x)\n" if event else "") + "  ?x a schema:Event ; schema:startDate ?date .\n"
            + (f'  FILTER(STRSTARTS(STR(?date), "{when}"))\n' if when else "")
            + "  OPTIONAL { ?x skos:prefLabel ?label }\n  OPTIONAL { ?x schema:location/skos:prefLabel ?place }\n"
            f"  {PROVENANCE.format(n=0, s='?x', p='schema:startDate')}\n}}\nORDER BY ?x\n")


def event_named(rows: list[dict], named: str) -> tuple[str, str, list[tuple[str, str]]] | None:
    """The one event of ``rows`` the clause ``named`` names (by the words it shares with the event's name and
    place; any when the clause has no such words and one event is left): its IRI, date and sources."""
    # its words ("69th" too; a season names a meeting: "the winter plenary")
    words = lambda text: set(re.findall(r"[a-z0-9][a-z0-9]{2,}", text.lower())) - ANCHOR_STOP  # noqa: E731
    asked = {w for w in words(named) if not re.fullmatch(r"\d+", w)}
    events: dict[str, list[dict]] = {}
    for r in rows:
        events.setdefault(r["x"], []).append(r)
    # the words it shares with the event's name and place; then its kind ("the Bremen meeting", not the congress
    # held in Bremen)
    kinds = lambda text: set(re.findall(EVENT_KINDS, text.lower()))  # noqa: E731
    shared = {x: (len(asked & words(" ".join(f"{r.get('label')} {r.get('place')}" for r in rs))),
                  len(kinds(named) & kinds(" ".join(str(r.get("label")) for r in rs)))) for x, rs in events.items()}
    best = max(shared.values(), default=(0, 0))
    if asked and not best[0]:
        return None
    picked = [x for x in events if shared[x] == best]
    dates = {str(r["date"]) for x in picked for r in events[x]}
    if len(dates) != 1:
        return None  # several events of that time the clause does not tell apart
    rows_ = [r for x in picked for r in events[x]]
    return picked[0], dates.pop(), row_sources(rows_, 1)


def beginnings(member: str, body: str | None) -> str:
    """The SPARQL of the beginnings of ``member``'s memberships (of ``body``, else of any body)."""
    return (f"{PREFIXES}SELECT ?x ?start ?passage0 ?sentence0 WHERE {{\n"
            + _membership_rows(body, member) + "}\nORDER BY ?start\n") if body else (
        f"{PREFIXES}SELECT ?x ?start ?passage0 ?sentence0 WHERE {{\n  ?m a org:Membership ; org:member {iri_term(member)} ;"
        f" org:memberDuring ?p .\n  BIND({iri_term(member)} AS ?x)\n  FILTER NOT EXISTS {{ ?m org:role ?role }}\n"
        f"  ?p time:hasBeginning/{INSTANT} ?start .\n  {PROVENANCE.format(n=0, s='?m', p='org:member')}\n}}\n")


def first_beginning(rows: list[dict]) -> dict | None:
    """The row of the earliest beginning (the most precise date stated in its year)."""
    began = _first_beginnings(rows)
    return next(iter(began.values()), None) if len(began) == 1 else None


def sources_of(rows: list[dict]) -> list[tuple[str, str]]:
    return row_sources(rows, 1)


# -- who holds a post in a group, a team or the team behind a document ------------------------------------------

# "Who co-led the team behind the assessment?", "Who chairs the Science Working Group?", "Which two people jointly
# led the drafting team?": the role asked (a verb or a noun of it)
POST_ASKED = re.compile(r"\b(?:co-?)?(?P<word>chair|lead|led|head|coordinat|conven)(?:s|ed|ing|ers?|or|ors|man|woman|"
                        r"person|ship|e|es)?\b", re.I)
POST_ROLES = {"chair": "isecg:chair", "lead": "isecg:lead", "led": "isecg:lead", "head": "isecg:lead",
              "coordinat": "isecg:coordinator", "conven": "isecg:coordinator"}
# a person asked for, not an agency: "who", "which people", "which two experts"
PERSON_ASKED = re.compile(r"^\s*who\b|,\s*(?:and\s+)?who\b|\bwhich\s+(?:\w+\s+)?(?:people|persons|individuals|experts|"
                          r"officials|person|scientists|engineers|managers)\b|\bwhat\s+(?:are|were|is|was)\s+the\s+names?\b",
                          re.I)


# the group or team the post is in, named by a word of its own or asked by the post's noun ("the co-leads of")
GROUP_ASKED = re.compile(r"\b(?:team|group|committee|panel|board|task\s+force|study)\b|\bthe\s+(?:two\s+)?(?:co-?)?"
                         r"(?:chair|lead|leader|head|coordinator)s?\s+of\b", re.I)


TEAM_ASKED = re.compile(r"\b(?:team|committee|panel|board|task\s+force)\b|\b(?:drafting|writing|study|editorial|"
                        r"expert)\s+group\b", re.I)


# the agencies asked as the subject of leading: "Which agency led ...", "which agencies currently lead ..." (not "Which
# agencies provided the co-leads ...": the people's agencies, in the passages)
AGENCY_LEADS = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?(?:agency|agencies|organi[sz]ations?)\s+(?:(?:has|have|had|was|"
                          r"were|currently|jointly)\s+)*(?:co-?)?(?:led|leads?|head(?:s|ed)?)\b", re.I)


# the holder of a post asked by the one they followed or preceded: "Who chaired the TWG before Dr. A?", "Who succeeded
# A as chair?", "Whom did A replace?", "A's predecessor"
_PERSON_SUCCESSION = re.compile(r"\b(?:before|preced\w*|predecessor|after|succeed\w*|successor|replac\w*|"
                                r"t(?:ake|akes|ook|aken)\s+over\s+from)\b", re.I)


def succession_asked(q: Question) -> str | None:
    """"predecessor" or "successor" when the question asks who held a post before or after the one person it names
    ("Who chaired the group before A?", "Whom did A succeed?": the predecessor; "Who succeeded A?", "A's successor":
    the successor), else None."""
    people = q.of("person")
    m = _PERSON_SUCCESSION.search(q.text)
    if len(people) != 1 or m is None:
        return None
    word = m.group().lower()
    if word.startswith(("before", "preced", "predecessor", "take", "took")):
        return "predecessor"
    if word.startswith(("after", "successor")):
        return "successor"
    # "Who succeeded A?": A after the verb; "Whom did A succeed?": A before it
    return "successor" if people[0].start > m.start() else "predecessor"


def posts_asked(q: Question) -> str | None:
    """The role a question asks the holders of, when it asks for people ("Who co-led ...?") or for the agencies
    leading a group, else None."""
    m = POST_ASKED.search(q.text)
    # "Which agency led the Science Working Group in 2018?": the agencies a group is led by (post_holders)
    led = m is not None and POST_ROLES[m.group("word").lower()] == "isecg:lead" and AGENCY_LEADS.search(q.text)
    if m is None or not (PERSON_ASKED.search(q.text) or led) or re.search(REPRESENTED, q.text, re.I) or not (
            q.of("unit") or GROUP_ASKED.search(q.text)) or q.of("person") and not succession_asked(q):
        # "Who leads the rover's development?": no post in a group; "Who worked with Dr. A in the TWG?": the holder
        # told beside the person named, as the passages tell, not every holder (only the one before or after them,
        # as the graph's successions tell)
        return None
    return POST_ROLES[m.group("word").lower()]


def _successive(held: list[dict], names: Names, year_of: Callable[[str], int | None] | None) -> tuple[str, list[str]]:
    """The agencies leading a group, said in the order the documents' years first state them (and that order): one
    year's together ("ESA and JAXA"), a later year's after ("NASA, then JAXA": statements of different years are
    successive leads, not co-leads)."""
    first: dict[str, int] = {}
    for row in held:
        year = year_of(row["passage0"]) if year_of and row.get("passage0") else None
        first[row["person"]] = min(first.get(row["person"], 1 << 30), year or 1 << 30)
    order = sorted(first, key=first.get)  # stable: the document's order within a year
    years: dict[int, list[str]] = {}
    for agency in order:
        years.setdefault(first[agency], []).append(names.short(agency))
    return ", then ".join(and_joined(said) for said in years.values()), order


def post_holders(q: Question, names: Names, role: str, *, group: str | None = None, document: str | None = None,
                 told_at: Callable[[str, str], tuple] | None = None,
                 year_of: Callable[[str], int | None] | None = None) -> DatedPlan:
    """The people holding ``role`` in ``group`` (org:postIn) or in the team behind ``document`` (isecg:postFor),
    each with the agency they work for, in the order the document names them; with no such person, the agencies a
    group is "led by" (its chair memberships), asked as "who leads" (not "who chairs": the chairs' timeline answers
    that). A holder another succeeded (their term met by the other's, time:intervalMeets) is no current holder: named
    only when the question asks of the succession, the one before or after the person it names ("Who chaired the TWG
    before A?"), or both when it asks who took over and whom they replaced (the one who took over first)."""
    within = f"org:postIn {iri_term(group)}" if group else f"isecg:postFor {iri_term(document)}"
    agencies = (f"  UNION {{ ?post a org:Membership ; org:role isecg:chair ; org:organization {iri_term(group)} ; "
                f"org:member ?person . BIND(org:member AS ?p) }}\n") if group and role == "isecg:lead" else ""
    sparql = (f"{PREFIXES}SELECT ?post ?person ?a ?agency ?passage0 ?sentence0 ?p ?next WHERE {{\n"
              f"  {{ ?post a org:Post ; org:role {role} ; {within} ; org:heldBy ?person . BIND(org:heldBy AS ?p)\n"
              f"    OPTIONAL {{ ?person schema:affiliation ?a . OPTIONAL {{ ?a org:unitOf ?agency }} }}\n"
              f"    OPTIONAL {{ ?post org:memberDuring/time:intervalMeets/^org:memberDuring/org:heldBy ?next }} }}\n"
              f"{agencies}"
              f"  OPTIONAL {{ ?st0 rdf:subject ?post ; rdf:predicate ?p ; prov:wasDerivedFrom ?passage0 ; "
              f"isecg:sentence ?sentence0 . }}\n}}\n")
    named = [m.iri for m in q.of("person")]
    asked = succession_asked(q)
    first_part = SECOND_PART.split(q.text, maxsplit=1)[0]
    both = second_asked(q.text) in ("predecessor", "successor") and TOOK_OVER.search(first_part) is not None

    def compose(rows: list[dict]) -> Composed | None:
        followed = {r["person"]: r["next"] for r in rows if r.get("next")}
        took = {n for n in followed.values() if n not in followed}  # the holders no one is told to have followed
        if asked:  # the one right before or after the person named, whatever the year
            wanted = {p for p, n in followed.items() if n in named} if asked == "predecessor" else \
                {followed[p] for p in named if p in followed}
            rows = [r for r in rows if r["person"] in wanted]
        elif both and len(took) == 1:  # who took over and whom they replaced: the holder and the one they followed
            rows = [r for r in rows if r["person"] in took or followed.get(r["person"]) in took]
        else:
            rows = [r for r in rows if r["person"] not in followed]
        if group and not asked:
            rows = told_by_named(q, rows)
        # "in 2021": the posts the documents of that year state, when they state any
        if q.years and year_of and (said := [r for r in rows if r.get("passage0") and str(year_of(r["passage0"])) in q.years]):
            rows = said
        people = [r for r in rows if r["p"].endswith("heldBy")]
        held = people or [r for r in rows if r["p"].endswith("member")]
        if not held:
            return None
        # in the document's order: the sentence's place (passage, offset), then the name's place in it
        place = lambda r: told_at(r["passage0"], r.get("sentence0") or "") if told_at and r.get("passage0") \
            else (1 << 30, 0)  # noqa: E731
        held = sorted(held, key=lambda r: (place(r), (r.get("sentence0") or "").find(names.label(r["person"]))))
        if both:  # the one who took over first, then the one they replaced
            held = sorted(held, key=lambda r: r["person"] in followed)
        who: dict[str, list[str]] = {}
        for row in held:
            works = who.setdefault(row["person"], [])
            body = row.get("agency") or row.get("a")
            if body and names.short(body) not in works:
                works.append(names.short(body))
        order = list(who)
        said = [names.label(p) + (f" ({', '.join(who[p])})" if who[p] else "") for p in order]
        if people and both and len(said) == 2:
            short = "; ".join(said)  # each part's answer, who took over then whom they replaced (not two co-chairs)
        elif people:
            short = and_joined(said)
        else:
            short, order = _successive(held, names, year_of)
        what = {"isecg:chair": "chair", "isecg:lead": "lead", "isecg:coordinator": "coordinator"}[role]
        of = names.label(group) if group else "the team behind the document"
        told = "; ".join(dict.fromkeys(r.get("sentence0") or "" for r in held if r.get("sentence0")))
        text = f"{short} — {what}{'s' if len(order) > 1 else ''} of {of}, as the document states: {told}"
        return Composed(short, text, [{"label": names.label(p), "iri": p} for p in order], row_sources(held, 1))

    return DatedPlan("post_holders", sparql, compose, [group or document])


# -- the people two documents both name -------------------------------------------------------------------------

# people asked for by what they are, not "who": "Which ESA official ...", "Which heads of delegation ...", "What two
# experts ..."
PEOPLE_ASKED = re.compile(r"^\s*(?:which|what)\s+(?:\w+\s+)?(?:officials?|people|persons?|individuals?|experts?|"
                          r"heads?\s+of\s+delegations?|delegates?|representatives?|authors?|editors?|signator(?:y|ies)|"
                          r"managers?|scientists?|engineers?)\b", re.I)
# a document or gathering named by its year: "the 2010 annual report", "the 2017 Bonn workshop"
YEAR_NAMED_THING = re.compile(r"\bthe\s+(?:19|20)\d\d\s+(?=[A-Za-z])")
# ... or by its month and year, or owned: "the March 2016 plenary", "ISECG's February 2008 meeting", "the group's 2016
# report" (not a time alone: "in 2012", "the meeting of 12 March 2016")
DATED_THING = re.compile(rf"\b(?:the|(?:the\s+[\w-]+|(?-i:[A-Z][\w-]*))['’]s)\s+(?:(?:{MONTHS})\w*\s+)?"
                         r"(?:19|20)\d\d\s+(?=[A-Za-z])", re.I)


def people_sides(question: str) -> tuple[str, str] | None:
    """The two things a question asks the people of both of ("Which ESA official is named both in the 2010 report
    and in the 2015 chapter?", "Which heads of delegation at the 2017 workshop later edited the 2019 scenario?"):
    each from its "the YEAR" to the next; None unless it asks for people and names exactly two such things."""
    starts = [m.start() for m in YEAR_NAMED_THING.finditer(question)]
    if not PEOPLE_ASKED.match(question) or len(starts) != 2:
        return None
    return question[starts[0]:starts[1]], question[starts[1]:]


def people_in_both(first: str, second: str, names: Names, *, agencies: tuple[str, ...] = (),
                   told_at: Callable[[str, str], tuple] | None = None) -> DatedPlan:
    """The people the graph has facts about read from both documents ``first`` and ``second``, with their agencies,
    in the order ``first`` names them; only those of ``agencies`` when the question names any ("Which ESA
    official ...")."""
    told = "".join(f"  {{ ?st{n} rdf:subject ?person }} UNION {{ ?st{n} rdf:object ?person }}\n"
                   f"  ?st{n} prov:wasDerivedFrom ?passage{n} ; isecg:sentence ?sentence{n} . "
                   f"?passage{n} dcterms:isPartOf {iri_term(doc)} .\n" for n, doc in enumerate((first, second)))
    sparql = (f"{PREFIXES}SELECT ?person ?a ?agency ?passage0 ?sentence0 ?passage1 ?sentence1 WHERE {{\n"
              f"  ?person a schema:Person .\n{told}"
              f"  OPTIONAL {{ ?person schema:affiliation ?a . OPTIONAL {{ ?a org:unitOf ?agency }} }}\n}}\n")

    def compose(rows: list[dict]) -> Composed | None:
        works: dict[str, list[str]] = {}
        for row in rows:
            body = row.get("agency") or row.get("a")
            said = works.setdefault(row["person"], [])
            if body and body not in said:
                said.append(body)
        if agencies:
            rows = [r for r in rows if set(works[r["person"]]) & set(agencies)]
        if not rows:
            return None
        place = lambda r: told_at(r["passage0"], r["sentence0"]) if told_at else (0, 0)  # noqa: E731
        rows = sorted(rows, key=lambda r: (place(r), r["sentence0"].find(names.label(r["person"]))))
        order = list(dict.fromkeys(r["person"] for r in rows))
        short = and_joined([names.label(p) + (f" ({', '.join(dict.fromkeys(names.short(b) for b in works[p]))})"
                                           if works[p] else "") for p in order])
        firsts: dict[tuple[str, int], tuple[str, str]] = {}  # one sentence of each document for each person
        for row in rows:
            for n in (0, 1):
                firsts.setdefault((row["person"], n), (row[f"passage{n}"], row[f"sentence{n}"]))
        sources = list(dict.fromkeys(firsts.values()))
        text = f"{short} — named in both {names.label(first)} and {names.label(second)}: " \
               + "; ".join(dict.fromkeys(sentence for _, sentence in sources))
        return Composed(short, text, [{"label": names.label(p), "iri": p} for p in order], sources)

    return DatedPlan("people_in_both", sparql, compose, [first, second])
