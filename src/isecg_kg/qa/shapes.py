"""Question shapes answered by the knowledge graph, each turned into one SPARQL query.

A shape applies when its trigger words are in the question, the entities it needs are
linked, and nothing else is asked: every content word left once the linked names are taken
out must belong to the shape's vocabulary ("What does the IAWG plan to investigate with IOAG
and ICG?" leaves "investigate", so it goes to the passages instead of listing IAWG's plans).
The query is returned as text, runnable as is at /sparql, with the IRIs written out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..kg.vocab import prologue
from ..search.cues import DOCUMENT_NOUNS
from .linking import Mention
from .sentences import MONTHS, acronym_asked, content_words, stem

# The answers' SPARQL declares its prefixes, so that it runs as shown at /sparql or anywhere else.
PREFIXES = prologue(["org", "skos", "rdfs", "dcterms", "schema", "isecg", "rdf", "prov", "time"])
# The label the answer shows: the preferred label, else rdfs:label, else a title.
LABEL = "OPTIONAL {{ {v} skos:prefLabel|rdfs:label|dcterms:title ?label }}"

YEAR = re.compile(r"\b(19|20)\d\d\b")
FULL_DATE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTHS})\w*\s+((?:19|20)\d\d)\b", re.I)
MONTH_NUMBERS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
# "the spring 2022 meeting": the months of a season (northern), as two-digit strings of ISO dates.
SEASON = re.compile(r"\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:19|20)\d\d)\b", re.I)
SEASON_MONTHS = {"spring": ("03", "04", "05"), "summer": ("06", "07", "08"), "autumn": ("09", "10", "11"),
                 "fall": ("09", "10", "11"), "winter": ("12", "01", "02")}
MONTH_YEAR = re.compile(rf"\b({MONTHS})\w*\s+((?:19|20)\d\d)\b", re.I)


def date_filter(variable: str, q: "Question", *, day: bool = True) -> str | None:
    """A SPARQL FILTER keeping the dates of ``variable`` that fall when the question says: its full date (with
    ``day``), else its month ("the October 2022 meeting"), else its season ("spring 2022": a date known to its
    month in those months), else its year; None when it gives no year."""
    if q.date and day:
        return f'FILTER(STRSTARTS(STR({variable}), "{q.date}"))'
    if m := MONTH_YEAR.search(q.text):
        month = next(n for name, n in MONTH_NUMBERS.items() if name.startswith(m.group(1).lower()[:3]))
        return f'FILTER(STRSTARTS(STR({variable}), "{m.group(2)}-{month:02d}"))'
    if m := SEASON.search(q.text):
        months = ", ".join(f'"{n}"' for n in SEASON_MONTHS[m.group(1).lower()])
        return (f'FILTER(STRSTARTS(STR({variable}), "{m.group(2)}") && STRLEN(STR({variable})) >= 7 && '
                f"SUBSTR(STR({variable}), 6, 2) IN ({months}))")
    return f'FILTER(STRSTARTS(STR({variable}), "{q.years[0]}"))' if q.years else None


# Words any shape may leave over: politeness and list-asking.
GENERIC = {"list", "all", "give", "show", "tell", "please", "name", "current", "currently", "exist", "isecg", "according"}


@dataclass
class Plan:
    """A structured question: its shape, the SPARQL, and how to say the answer."""

    shape: str
    sparql: str
    intro: str  # "Members of ISECG" -> "Members of ISECG (27): A, B, ..."
    count: bool = False  # "how many": the answer starts with the number
    focus: list[str] = field(default_factory=list)  # IRIs the question is about (for evidence)
    fallback: "Plan | None" = None  # a looser reading, tried when this one finds nothing
    # For questions the passages answer once the graph has found them ("what does document D say
    # about E"): the search filters (document IRI, entity IRI) the answer sentence is looked for under.
    passages: dict | None = None


@dataclass
class Question:
    text: str
    mentions: list[Mention]
    leftover: set[str]  # stemmed content words outside the linked names, dates and years
    years: list[str]
    date: str | None  # YYYY-MM-DD when the question gives a full date

    @classmethod
    def analyse(cls, text: str, mentions: list[Mention]) -> "Question":
        rest = text
        for m in sorted(mentions, key=lambda m: -m.start):
            rest = rest[: m.start] + " " + rest[m.end:]
        date = None
        found = FULL_DATE.search(text)
        if found:
            day, month, year = found.groups()
            month_number = next(n for name, n in MONTH_NUMBERS.items() if name.startswith(month.lower()[:3]))
            date = f"{year}-{month_number:02d}-{int(day):02d}"
        years = [y.group() for y in YEAR.finditer(text)]
        words = content_words(YEAR.sub(" ", FULL_DATE.sub(" ", rest)))
        leftover = {w for w in words if not w.isdigit() and not re.fullmatch(r"\d+(st|nd|rd|th)", w)}
        return cls(text=text, mentions=mentions, leftover=leftover - {stem(g) for g in GENERIC},
                   years=years, date=date)

    def of(self, *cats: str) -> list[Mention]:
        return [m for m in self.mentions if m.category in cats]

    def has(self, pattern: str) -> bool:
        return re.search(pattern, self.text, re.I) is not None

    def covered_by(self, words: str) -> bool:
        return self.leftover <= {stem(w) for w in words.split()}


def iri_term(value: str) -> str:
    if any(c in value for c in '<>"{}|^`\\ '):
        raise ValueError(f"not an IRI: {value!r}")
    return f"<{value}>"


def _select(variables: str, body: str, order: str = "?label") -> str:
    return f"{PREFIXES}\nSELECT DISTINCT {variables} WHERE {{\n{body}\n  {LABEL.format(v='?x')}\n}}\nORDER BY {order}\n"


def plan(q: Question) -> Plan | None:
    """The structured plan for a question, or None when no shape fits it."""
    for shape in SHAPES:
        found = shape(q)
        if found is not None:
            return found
    return None


MEMBER_WORDS = "member membership agency agencies organisation organization body bodies belong part country countries"


def members(q: Question) -> Plan | None:
    if not q.has(r"\bmembers?\b|\bmembership\b|\bbelong\w*|\bpart of\b"):
        return None
    if not q.covered_by(MEMBER_WORDS + " many number how count total space"):
        return None
    bodies = q.of("org", "unit")
    if len(bodies) == 2 and not q.of("place") and not q.has(r"\bhow many\b|\bnumber of\b"):
        # a member at a date ("as of October 2022", a time named by an event) is the dated shape's: not any time
        return None if q.has(r"\bas of\b") else member_check(q, *bodies)
    if len(bodies) != 1:
        return None
    body = bodies[0]
    places = q.of("place")
    filters = "".join(f"\n  ?x isecg:country {iri_term(p.iri)} ." for p in places)
    place_text = " in " + " or ".join(p.label for p in places) if places else ""
    year_text = f" as of {q.years[0]}" if q.years else ""
    how_many = q.has(r"\bhow many\b|\bnumber of\b")
    # Any membership stated, whenever: what answers when no statement is dated.
    anytime = Plan("members", _select("?x ?label", f"  {{ ?x org:memberOf {iri_term(body.iri)} }} UNION "
                                      f"{{ ?m org:member ?x ; org:organization {iri_term(body.iri)} }}{filters}"),
                   f"Members of {body.label}{place_text} (the documents date none of these statements)",
                   count=how_many, focus=[body.iri])
    return Plan("members", _select("?x ?label ?asof ?title ?begin", as_of(body.iri, q.years[0] if q.years else None)
                                   + filters), f"Members of {body.label}{place_text}{year_text}",
                count=how_many, focus=[body.iri], fallback=None if q.years else anytime)


def as_of(body: str, year: str | None = None) -> str:
    """The SPARQL body of the members of ``body`` as of the latest dated list of its members (by the end
    of ``year`` if given): those the list names, plus those who joined after its date, less those whose
    membership ended since the list (by then).  A list is the memberships a document states at one date (a
    period labelled with a date, not a "from"/"until" one); ?asof is its date, ?title the title of its
    document; ?begin the start of a membership after it.  (Written with OPTIONALs rather than a UNION of property paths: twice as fast in pyoxigraph.)"""
    by_year = f'\n      FILTER(SUBSTR(STR(?d), 1, 4) <= "{year}")' if year else ""
    until = f' && SUBSTR(STR(?begin), 1, 4) <= "{year}"' if year else ""
    ended_by = f' && SUBSTR(STR(?end), 1, 4) <= "{year}"' if year else ""
    instant = "(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear)"
    return f"""  {{ SELECT (MAX(STR(?d)) AS ?asof) WHERE {{
      ?s org:member ?y ; org:organization {iri_term(body)} ; org:memberDuring ?q . ?q rdfs:label ?d .
      FILTER NOT EXISTS {{ ?s org:role ?r }} FILTER NOT EXISTS {{ ?q time:hasBeginning|time:hasEnd ?i }}
      FILTER(REGEX(STR(?d), "^[0-9]{{4}}(-[0-9]{{2}}){{0,2}}$")){by_year}
  }} }}
  ?m org:organization {iri_term(body)} ; org:member ?x ; org:memberDuring ?period .
  OPTIONAL {{ ?period time:hasBeginning ?starts . ?starts ?precision ?begin . FILTER(?precision != rdf:type) }}
  OPTIONAL {{ ?period time:hasEnd ?ends }} OPTIONAL {{ ?m org:role ?role }} OPTIONAL {{ ?period rdfs:label ?listed }}
  FILTER(!BOUND(?role))
  FILTER((BOUND(?begin) && STR(?begin) > ?asof{until}) || (!BOUND(?starts) && !BOUND(?ends) && STR(?listed) = ?asof))
  FILTER NOT EXISTS {{ ?ended org:member ?x ; org:organization {iri_term(body)} ; org:memberDuring/time:hasEnd/{instant} ?end .
    FILTER NOT EXISTS {{ ?ended org:role ?role2 }} FILTER(STR(?end) >= ?asof{ended_by}) }}
  OPTIONAL {{ ?st rdf:subject ?m ; rdf:predicate org:member ; prov:wasDerivedFrom/dcterms:isPartOf ?doc .
    ?doc dcterms:title ?title }}"""


def member_check(q: Question, member: Mention, body: Mention) -> Plan:
    """"Is JAXA a member of ISECG?": the member comes back when the graph records the membership."""
    where = (f"  VALUES ?x {{ {iri_term(member.iri)} }}\n  {{ ?x org:memberOf {iri_term(body.iri)} }} UNION "
             f"{{ ?m org:member ?x ; org:organization {iri_term(body.iri)} }}")
    return Plan("members", _select("?x ?label", where), f"Yes, a member of {body.label}", focus=[body.iri])


def country(q: Question) -> Plan | None:
    if not q.has(r"\bcountr(y|ies)\b|\bfrom\b|\bbased\b|\bheadquartered\b|\bnation"):
        return None
    if not q.covered_by("country countries from based headquarter headquartered nation come belong located agency "
                        "agencies organisation organization space"):
        return None
    orgs, places = q.of("org"), q.of("place")
    if orgs and not places:
        values = " ".join(iri_term(m.iri) for m in orgs)
        where = f"  VALUES ?org {{ {values} }}\n  ?org isecg:country ?x ."
        names = ", ".join(m.label for m in orgs)
        return Plan("country", _select("?x ?label", where), f"Country of {names}", focus=[m.iri for m in orgs])
    if places and not orgs and q.has(r"\bagenc|\borgani[sz]ation|\bwho\b|\bwhich\b"):
        where = "  " + " UNION ".join(f"{{ ?x isecg:country {iri_term(p.iri)} }}" for p in places)
        return Plan("country", _select("?x ?label", where),
                    "Organisations of " + " or ".join(p.label for p in places), focus=[p.iri for p in places])
    return None


WORK_WORDS = ("work works working worked on develop develops developing development research study studies "
              "involved in lead leads assess technology technologies area areas domain agency agencies group groups "
              "working organisation organization team contribute contributes contributing contributed provide "
              "provides providing provided supply supplies supplied build builds building "
              # "Which agencies had active work on X?", "reported activity on X": work told as an activity
              "active activity activities report reports reported have has had")


# A question for who works on something: "work on", "develop", "study", "lead", "contribute", "provide", "fund".
WORK_VERB = (r"\bwork(s|ed|ing)?\s+on\b|\bactivit(?:y|ies)\s+(?:on|in)\b|\bactive\s+(?:on|in)\b|\bdevelop|\bresearch|"
             r"\bstud(y|ies|ying)\b|\binvolved in\b|\bleads?\b|"
             r"\bcontribut\w*|\bprovid\w*|\bsuppl(?:y|ies|ied)\b|\bbuild(?:s|ing)?\b")
# "Which agencies ...", "Which agency co-funds ...", "Who is studying ...": a question for the bodies doing the work.
ACTORS_ASKED = r"^\s*(?:[^,?]{0,60},\s*)?(?:who\b|(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:agenc|organi[sz]ation|bod(?:y|ies)\b|partners?\b))"


def works_on(q: Question) -> Plan | None:
    if not q.has(WORK_VERB):
        return None
    # the words naming the document asked ("according to the 2019 assessment") are no part of the shape
    if not q.covered_by(WORK_WORDS + " " + " ".join(DOCUMENT_NOUNS)):
        return None
    techs, actors, docs = q.of("tech"), q.of("org", "unit"), q.of("document")
    # "How many agencies are listed as working on X?": the same actors, their number first
    how_many = q.has(r"\bhow many\b|\bnumber of\b")
    if techs and not actors:
        return _works_on_techs(q, techs, docs, how_many)
    if actors and not techs and not q.has(r"^\s*(?:who|which\s+(?:[\w-]+\s+){0,3}?(?:agenc|organi[sz]ation|bod|member|countr|"
                                         r"groups?\b|teams?\b|units?\b))"):
        # "What does the TWG work on?"; not "Which agency leads the TWG?" nor "Which ISECG working groups are active
        # in 2023?", which ask for an actor
        values = " ".join(iri_term(m.iri) for m in actors)
        where = f"  VALUES ?actor {{ {values} }}\n  ?actor isecg:worksOn ?x ."
        return Plan("works_on", _select("?x ?label", where),
                    "Technology areas " + " and ".join(m.label for m in actors) + " works on",
                    focus=[m.iri for m in actors])
    return None


def work_named(q: Question, things: list[Mention]) -> Plan | None:
    """"Which agency co-funds the micro-rover for regolith prospecting?", "Which agencies were studying the
    geophysical station element of the 2010 architecture?": the bodies working on ``things``, the work items of
    the graph whose labels the question's words name (the caller finds them: a row's label is rarely written as the
    question writes it, nor alone), when the question asks for bodies by a verb of work and names none.  Not who
    leads it (a role the work does not tell), nor who does not work on it."""
    if not things or q.of("org", "unit") or not q.has(ACTORS_ASKED) or \
            not q.has(WORK_VERB + r"|\bco-?fund\w*|\bfund(?:s|ed|ing)?\b") or q.has(r"\blead|\bnot\b|n't\b"):
        return None
    return _works_on_techs(q, things, q.of("document"), q.has(r"\bhow many\b|\bnumber of\b"))


def _works_on_techs(q: Question, techs: list[Mention], docs: list[Mention], how_many: bool) -> Plan:
    """The bodies working on ``techs`` (or on narrower areas), as the one document named states, else as documents of
    the year named (of any year when none is of it), else as any document does."""
    values = " ".join(iri_term(m.iri) for m in techs)
    where = (f"  VALUES ?area {{ {values} }}\n  ?x isecg:worksOn ?tech .\n  ?tech skos:broader* ?area ."
             f"{_actor_kind(q)}")
    names = " or ".join(m.label for m in techs)
    if len(docs) == 1:  # "Which agencies does the 2022 assessment list as working on X?": as that document says
        where += (f"\n  ?st rdf:subject ?x ; rdf:predicate isecg:worksOn ; rdf:object ?tech ;\n"
                  f"      prov:wasDerivedFrom/dcterms:isPartOf {iri_term(docs[0].iri)} .")
        return Plan("works_on", _select("?x ?label", where), f"Working on {names}, as {docs[0].label} states",
                    count=how_many, focus=[m.iri for m in techs])
    if q.years:  # "... in the 2023 refresh": as a document of that year says (issued then, or titled so)
        year = q.years[0]
        where += (f"\n  ?st rdf:subject ?x ; rdf:predicate isecg:worksOn ; rdf:object ?tech ;\n"
                  f"      prov:wasDerivedFrom/dcterms:isPartOf ?doc .\n"
                  f'  {{ ?doc dcterms:issued ?issued FILTER(STRSTARTS(STR(?issued), "{year}")) }} UNION\n'
                  f'  {{ ?doc dcterms:title ?title FILTER(CONTAINS(STR(?title), "{year}")) }}')
        # no document is of that year (the year names something else): any document's statement
        none_of_year = (f"\n  FILTER NOT EXISTS {{ ?d dcterms:issued ?i FILTER(STRSTARTS(STR(?i), \"{year}\")) }}"
                        f"\n  FILTER NOT EXISTS {{ ?d a schema:CreativeWork ; dcterms:title ?t "
                        f"FILTER(CONTAINS(STR(?t), \"{year}\")) }}")
        anytime = _works_on_techs(Question(**{**q.__dict__, "years": []}), techs, docs, how_many)
        anytime = replace(anytime, sparql=anytime.sparql.replace("\n  ?x isecg:worksOn ?tech .",
                                                                 "\n  ?x isecg:worksOn ?tech ." + none_of_year, 1),
                          fallback=None)
        return Plan("works_on", _select("?x ?label", where), f"Working on {names}, as documents of {year} state",
                    count=how_many, focus=[m.iri for m in techs], fallback=anytime)
    broader = (f"  VALUES ?area {{ {values} }}\n  ?area skos:broader+ ?wider .\n  ?x isecg:worksOn ?wider ."
               f"{_actor_kind(q)}")
    return Plan("works_on", _select("?x ?label", where), f"Working on {names} (narrower areas included)",
                count=how_many, focus=[m.iri for m in techs],
                fallback=Plan("works_on", _select("?x ?label", broader),
                              f"No one is recorded working on {names} itself; working on a broader area "
                              "that includes it", count=how_many, focus=[m.iri for m in techs]))


def _actor_kind(q: Question) -> str:
    """The class the question asks the answers to be: "which working groups", "which agencies"."""
    if q.has(r"\bworking groups?\b"):
        return "\n  ?x a isecg:WorkingGroup ."
    if q.has(r"\bgroups?\b|\bteams?\b"):
        return "\n  ?x a ?unit . VALUES ?unit { isecg:WorkingGroup isecg:Team org:OrganizationalUnit }"
    if q.has(r"\bagenc(y|ies)\b"):
        return "\n  ?x a isecg:SpaceAgency ."
    return ""


def units(q: Question) -> Plan | None:
    if not q.has(r"\bgroups\b|\bworking groups?\b|\bunits?\b|\bteams?\b"):
        return None
    # "Which working groups were active within ISECG in 2015?": being active is being a unit, in that year
    if not q.covered_by("working group groups unit units team teams tiger have has"
                        + (" active within exist existed" if q.years else "")):
        return None
    bodies = q.of("org")
    if len(bodies) != 1:
        return None
    body = bodies[0]
    kind = ""
    if q.has(r"\bworking groups?\b") and not q.has(r"\bteams?\b"):
        kind = "\n  ?x a isecg:WorkingGroup ."
    elif q.has(r"\bteams?\b") and not q.has(r"\bworking groups?\b"):
        kind = "\n  ?x a isecg:Team ."
    what = "Working groups" if "WorkingGroup" in kind else "Teams" if "Team" in kind else "Units"
    count = q.has(r"\bhow many\b|\bnumber of\b")
    if q.years:
        return Plan("units", _select("?x ?label", units_in_year(body.iri, kind, q.years[0])),
                    f"{what} of {body.label} in {q.years[0]}", count=count, focus=[body.iri])
    where = f"  ?x org:unitOf {iri_term(body.iri)} .{kind}"
    return Plan("units", _select("?x ?label", where), f"{what} of {body.label}", count=count, focus=[body.iri])


def units_in_year(body: str, kind: str, year: str) -> str:
    """The SPARQL body of the units of ``body`` in ``year``: those a fact of that year is stated of (a unit led, set
    up or described then: "IOWG, led by ASI" in the report of 2010), itself or a post in it, not of another body;
    not every unit it ever had (the IAWG of 2010, gone by 2015)."""
    return (f"  ?x a ?type .{kind or ' VALUES ?type { isecg:WorkingGroup isecg:Team org:OrganizationalUnit }'}\n"
            f"  FILTER NOT EXISTS {{ ?x org:unitOf ?other FILTER(?other != {iri_term(body)}) }}\n"
            f"  {{ ?st rdf:subject ?x }} UNION {{ ?post org:organization ?x . ?st rdf:subject ?post }}\n"
            f'  ?st dcterms:date ?when .\n  FILTER(STRSTARTS(STR(?when), "{year}"))')


def activities(q: Question) -> Plan | None:
    planned = q.has(r"\bplan")
    if not planned and not q.has(r"\bdoes\b.*\bdo\b|\bfocus|\bactivit|\brole\b|\bresponsib"):
        return None
    if not q.covered_by("plan plans planned planning do does doing focus focuses on activity activities role "
                        "responsible responsibility for year next work"):
        return None
    groups = q.of("unit", "org")
    if len(groups) != 1:
        return None
    g = iri_term(groups[0].iri)
    year = (f'\n    FILTER(STRSTARTS(STR(?year), "{q.years[0]}"))' if q.years else "")
    activity = (f"  {{\n    ?x a isecg:Activity .\n    {{ ?x ?link {g} }} UNION {{ {g} ?link ?x }}\n"
                f"    OPTIONAL {{ ?x isecg:plannedFor ?year }}{year}\n  }}")
    if not planned:
        activity += f"\n  UNION {{ {g} isecg:worksOn|isecg:focusesOn ?x }}"
    when = f" for {q.years[0]}" if q.years else ""
    name = groups[0].label
    intro = f"Planned by {name}{when}" if planned else f"What {name} works on, plans and focuses on"
    return Plan("activities", _select("?x ?label ?year", activity), intro, focus=[groups[0].iri])


EVENT_WORDS = ("event events meeting meetings conference conferences congress symposium workshop held hold take "
               "took place happen happened hosted host organised organized organiser organizer date location "
               "located agency city start started begin which " + " ".join(MONTH_NUMBERS) + " " + " ".join(SEASON_MONTHS))


def events(q: Question) -> Plan | None:
    named = q.of("event")
    if not q.covered_by(EVENT_WORDS):
        return None
    asks_host = q.has(r"\bhost|\borgani[sz](?:ed|es|ing|ers?)\b")
    if named:
        # One name may stand for several events (a yearly meeting): the year or date given picks.
        values = "VALUES ?event { " + " ".join(iri_term(m.iri) for m in named) + " }"
        if when := date_filter("?date", q):
            values += f"\n  ?event schema:startDate ?date . {when}"
        # "On what date did JAXA host the meeting?": its host named, its date asked (of the meetings JAXA hosted)
        hosted_by = q.of("org") if asks_host and q.has(r"\bwhen\b|\b(?:what|which)\s+(?:dates?|days?)\b") else []
        values += "".join(f"\n  ?event schema:organizer {iri_term(m.iri)} ." for m in hosted_by)
        asks_host = asks_host and not hosted_by
        label = named[0].label
        asks_place = q.has(r"\bwhere\b|\blocation\b|\bcity\b")
        if asks_host and asks_place:  # "Which agency hosted X, and where was it held?"
            where = (f"  {values}\n  {{ ?event schema:organizer ?x BIND(1 AS ?k) }} UNION "
                     "{ ?event schema:location ?x BIND(2 AS ?k) }")  # the host, then the place
            return Plan("events", _select("?x ?label", where, order="?k ?label"), f"Host and place of {label}",
                        focus=[m.iri for m in named])
        if asks_host:
            where, intro = f"  {values}\n  ?event schema:organizer ?x .", f"Host of {label}"
        elif asks_place:
            where, intro = f"  {values}\n  ?event schema:location ?x .", f"Place of {label}"
        elif q.has(r"\bwhen\b|\bdate\b"):
            return Plan("events", f"{PREFIXES}\nSELECT DISTINCT ?x ?label WHERE {{\n  {values}\n"
                                  f"  ?event schema:startDate ?label .\n}}\nORDER BY ?label\n", f"Date of {label}",
                        focus=[m.iri for m in named])
        else:
            return None
        return Plan("events", _select("?x ?label", where), intro, focus=[m.iri for m in named])
    if not q.has(r"\bevents?\b|\bmeetings?\b|\bconferences?\b|\bcongress|\bsymposi|\bworkshops?\b|"
                          r"\bheld\b|\bhosted\b|\btook place\b"):
        return None
    conditions = ["  ?event a schema:Event ."]
    for p in q.of("place"):
        conditions.append(f"  ?event schema:location {iri_term(p.iri)} .")
    if when := date_filter("?date", q):
        conditions.append(f"  ?event schema:startDate ?date . {when}")
    hosts = q.of("org", "unit")
    if asks_host and hosts:
        return None  # "which agency hosted ..." names the host: nothing to look up
    for h in hosts:
        conditions.append(f"  ?event schema:organizer {iri_term(h.iri)} .")
    if len(conditions) == 1:
        return None  # no place, date or host: too broad to be the question asked
    if asks_host:
        conditions.append("  ?event schema:organizer ?x .")
        intro = "Hosts"
    else:
        conditions.append("  BIND(?event AS ?x)")
        intro = "Events"
    return Plan("events", _select("?x ?label", "\n".join(conditions)), intro,
                focus=[m.iri for m in q.of("place", "org", "unit")])


DOC_WORDS = ("document documents publication publications published publish release released issue issued report "
             "reports paper papers white roadmap roadmaps supplement supplements strategy presentation presentations "
             "which year type")


def documents(q: Question) -> Plan | None:
    if q.of("document", "event", "tech") or not q.has(
            r"\bdocuments?\b|\bpublications?\b|\bpublished\b|\breleased\b|\breports?\b|\bpapers?\b|\broadmaps?\b|"
            r"\bsupplements?\b|\bpresentations?\b"):
        return None
    if not q.covered_by(DOC_WORDS):
        return None
    kinds = re.findall(r"white papers?|roadmaps?|supplements?|annual reports?|reports?|presentations?|strateg(?:y|ies)",
                       q.text, re.I)
    if not q.years and not kinds:
        return None
    conditions = ["  ?x a ?class . VALUES ?class { schema:CreativeWork schema:DigitalDocument "
                  "schema:PresentationDigitalDocument }",
                  "  ?x dcterms:issued ?issued ." if q.years else "  OPTIONAL { ?x dcterms:issued ?issued }"]
    if q.years:
        conditions.append(f'  FILTER(STRSTARTS(STR(?issued), "{q.years[0]}"))')
    for kind in kinds:
        word = re.sub(r"(y|ies|s)$", "", kind.lower())
        conditions.append(f"  ?x dcterms:title|dcterms:type|rdfs:label ?about{len(conditions)} . "
                          f'FILTER(CONTAINS(LCASE(STR(?about{len(conditions)})), "{word}"))')
    intro = "Documents" + (f" of {q.years[0]}" if q.years else "") + (f" ({', '.join(kinds)})" if kinds else "")
    publishers = q.of("org", "unit")
    loose = Plan("documents", _select("?x ?label ?issued", "\n".join(conditions), order="?issued ?label"),
                 intro, focus=[m.iri for m in publishers])
    if not publishers:
        return loose
    by = [f"  ?x dcterms:publisher {iri_term(m.iri)} ." for m in publishers]
    loose.intro += " (the graph records no publisher for them)"
    return Plan("documents", _select("?x ?label ?issued", "\n".join(conditions + by), order="?issued ?label"),
                intro + " published by " + " or ".join(m.label for m in publishers),
                focus=[m.iri for m in publishers], fallback=loose)


def document_about(q: Question) -> Plan | None:
    if not q.has(r"\bsays?\b|\bsaid\b|\bwrites?\b|\bmentions?\b|\bstates?\b|\babout\b|\breports?\b"):
        return None
    docs = q.of("document")
    others = [m for m in q.mentions if m.category not in (None, "document")]
    if len(docs) != 1 or len(others) != 1:
        return None
    doc, about = docs[0], others[0]
    where = (f"  ?passage dcterms:isPartOf {iri_term(doc.iri)} ; isecg:mentions {iri_term(about.iri)} .\n"
             "  OPTIONAL { ?passage isecg:page ?page }\n  OPTIONAL { ?passage isecg:section ?section }")
    sparql = f"{PREFIXES}\nSELECT DISTINCT ?passage ?page ?section WHERE {{\n{where}\n}}\nORDER BY ?page\n"
    return Plan("document_about", sparql, f"What {doc.label} says about {about.label}", focus=[about.iri],
                passages={"document": doc.iri, "entity": about.iri})


def full_name(q: Question) -> Plan | None:
    """"What is the full name behind the acronym X?", "What does X stand for?": the name the graph
    gives the one entity the question names (its acronym or alias)."""
    if len(q.mentions) != 1 or not q.has(r"\bfull name\b|\bstands? for\b|\bspelled out\b|\bexpansion of\b"):
        return None
    entity = q.mentions[0]
    if (acronym := acronym_asked(q.text)) and acronym not in q.text[entity.start:entity.end]:
        return None  # "What does ESPRIT stand for in the 2019 scenario?": an acronym the graph does not know is asked
    return Plan("full_name", f"{PREFIXES}\nSELECT DISTINCT ?x ?label WHERE {{\n  VALUES ?x {{ {iri_term(entity.iri)} }}\n"
                f"  ?x skos:prefLabel ?label .\n}}\n", intro=f"Full name of {entity.text}", focus=[entity.iri])


SHAPES = [full_name, document_about, members, country, works_on, units, activities, events, documents]
