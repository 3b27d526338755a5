"""Rules for events: named events with their dates, places and hosts ("the Kyoto Workshop ..., hosted
by JAXA in Kyoto, Japan, on 7–9 March 2007"), list items with a details line, and meetings the text
only describes ("On 23 June 2010 senior managers met at National Harbor", "held their meeting by video
conference on 12–13 March, with 17 space agencies represented"): date, place, host, how many took part.
"""

from __future__ import annotations

import datetime as dt
import re

import pyoxigraph as ox

from .context import Context, State
from .dates import DateSpan, find_dates, join_ranges
from .discover import HEADS
from ..text import ORDINALS, TENS
from .reference import Entity
from .series import edition_of_title
from .text import FOOTNOTE_MARKS, ITEM_DATE_RE, ORG_LIKE, Sentence, subject
from .vocab import term

# (a place may stand between: "hosted in Rome by ASI")
HOST_RE = re.compile(r"\b(?:co-?)?(?:hosted|organi[sz]ed|convened)(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w\-’']*"
                     r"(?:,?\s+[A-Z][\w\-’']*){0,3}|\s+(?:on|from)\s+[\w\s–\-,]{4,40}?\d)?\s+by\b", re.I)  # "cohosted by A and B"
HOSTING_RE = re.compile(r"\b(?:host(?:s|ed|ing)?|organi[sz](?:es|ed|ing)|convene[sd]?)\b", re.I)


def date_facts(ctx: Context, event: Entity, date, rule, confidence, evidence) -> None:
    if len(date.start) >= len(ctx.events.starts.get(event.iri, "")):
        ctx.events.starts[event.iri] = date.start
    ctx.rec.fact(event.iri, "schema:startDate", ox.Literal(date.start, datatype=term(date.datatype)), rule, confidence,
            evidence)
    if date.end:
        ctx.events.ends[event.iri] = date.end
        kind = {4: "xsd:gYear", 7: "xsd:gYearMonth"}.get(len(date.end), "xsd:date")
        ctx.rec.fact(event.iri, "schema:endDate", ox.Literal(date.end, datatype=term(kind)), rule, confidence, evidence)


SAINT = r"(?:(?:St|Ste|Mt|Ft)\.\s+)"  # "St. Petersburg": an abbreviation a place name opens with


# Words of taking part still to come: "will attend", "are expected to take part", "is due to be represented".
FUTURE_COUNT_RE = re.compile(r"\b(?:will|would|shall|expected|due|invited|likely|set)\s+(?:to\s+)?(?:be\s+)?(?:attend|"
                             r"participat|take\s+part|join|represented|present|gather)", re.I)
# A language or nationality is no place ("held in English").
LANGUAGE_RE = re.compile(r"(?:English|French|German|Italian|Spanish|Russian|Japanese|Chinese|Korean|Arabic|Portuguese|"
                         r"Dutch|Hindi|Hebrew)\b")


_MONTH_NAME_RE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                            r"(?:\s+(?:19|20)\d\d)?\b\W*$")
# Capitalised words no town's name has: "met in Plenary Session on 3 May", "in Person on ..."
NO_TOWN_RE = re.compile(r"\b(?:plenary|session|meeting|workshop|person|council|committee|group|conference|forum|day|part|"
                        r"draft|annex|agenda)s?\b", re.I)  # ("— Day Two, 5 May 2023": a part of the gathering)


# The agencies' own sites, where a gathering held at one is hosted by the agency whose site it is ("The ERWG met at
# ESTEC in Noordwijk", "a workshop at the Johnson Space Center").
AGENCY_SITES = {
    "ESA": r"ESTEC|ESOC|ESRIN|ESAC|EAC|European\s+(?:Space\s+Research\s+and\s+Technology|Space\s+Operations|Space\s+Astronomy|"
           r"Astronaut)\s+Cent(?:re|er)",
    "NASA": r"(?:Lyndon\s+B\.\s+)?Johnson\s+Space\s+Cent(?:er|re)|JSC|(?:John\s+F\.\s+)?Kennedy\s+Space\s+Cent(?:er|re)|KSC|"
            r"Goddard\s+Space\s+Flight\s+Cent(?:er|re)|GSFC|Marshall\s+Space\s+Flight\s+Cent(?:er|re)|MSFC|"
            r"Jet\s+Propulsion\s+Laboratory|JPL|(?:Ames|Glenn|Langley)\s+Research\s+Cent(?:er|re)",
    "JAXA": r"Tsukuba\s+Space\s+Cent(?:er|re)|Sagamihara\s+Campus|Chofu\s+Aerospace\s+Cent(?:er|re)",
    "CSA": r"(?:John\s+H\.\s+)?Chapman\s+Space\s+Cent(?:re|er)",
    "CNES": r"Toulouse\s+Space\s+Cent(?:re|er)|Centre\s+[Ss]patial\s+de\s+Toulouse",
    "Roscosmos": r"TsNIIMash",
}
# (a gathering's verb or noun a few words before: not "ESA houses the Secretariat at ESTEC")
_SITE_RE = re.compile(r"\b(?:met|meets|held|convened|gathered|took\s+place|hosted|organi[sz]ed|(?:meeting|plenary|workshop|"
                      r"session|conference|forum|symposium|gathering)s?)\s+(?:[\w\-,]+\s+){0,4}?(?:at|to)\s+(?:the\s+)?(?:"
                      + "|".join(rf"(?P<{k}>{v})" for k, v in AGENCY_SITES.items()) + r")\b")


def site_host(ctx: Context, text: str) -> Entity | None:
    """The agency whose own site a sentence says a gathering was held at ("met at ESTEC in Noordwijk", "a workshop
    at the Johnson Space Center")."""
    m = _SITE_RE.search(text)
    return ctx.rec.gazetteer.lookup(m.lastgroup) if m else None


def find_place(ctx: Context, text: str, evidence) -> Entity | None:
    """The most precise place named in ``text`` ("Colorado Springs/USA", "Quito, Ecuador", "Paris France")."""
    if LANGUAGE_RE.match(text.strip()) or _MONTH_NAME_RE.match(text.strip()):
        return None  # (not "October 2024": a month is no place)
    found = [m.entity for m in ctx.rec.gazetteer.find(text) if m.entity.type in ("Place", "Country")]
    cities = [e for e in found if e.type == "Place"]
    if cities:
        return cities[0]
    parts = re.split(r"\s*[/,]\s*", text.strip())
    first = parts[0]
    if found and ctx.rec.gazetteer.lookup(first) is found[0]:
        return found[0]
    if not _TOWN_RE.fullmatch(first) and len(parts) > 1:
        # "John H. Chapman Space Centre, Saint-Hubert (Longueuil), Quebec": a site's long name, then its town
        first = next((town for part in parts[1:] if _TOWN_RE.fullmatch(town := re.sub(r"\s*\([^()]*\)", "", part))
                      and ctx.rec.gazetteer.lookup(town) is None), first)
    if _TOWN_RE.fullmatch(first or "") and not NO_TOWN_RE.search(first):
        place = ctx.rec.define(first, "Place", evidence, rule="event-place", confidence=0.7)
        if found:
            ctx.rec.fact(place.iri, "schema:containedInPlace", found[0].iri, "event-place", 0.7, evidence)
        return place
    return found[0] if found else None


_TOWN_RE = re.compile(rf"{SAINT}?[A-Z][\w\-]+(?: [A-Z][\w\-]+){{0,2}}")
# The name right after a word of hosting, when it is no body a list knows: "hosted by the AIAA with NASA support",
# "organised by the University of Bremen together with DLR" (the body named after it is not the host).
UNLISTED_HOST_RE = re.compile(r"\s+(?:the\s+)?[A-Z][\w\-.]*\b(?!['’]s)")


def events(ctx: Context, state: State, sentence: Sentence) -> None:
    text = sentence.text
    events = sentence.of_type("Event")
    evidence = named = None
    if events:
        # Each event named gets the date and place that follow it, up to the next event named.
        distinct = [m for i, m in enumerate(events) if all(m.entity.iri != e.entity.iri for e in events[:i])]
        bounds = [m.start for m in distinct[1:]] + [len(text)]
        rest = text[events[0].end:bounds[0]]
        fronted = AS_A_TIME_RE.search(text[:events[0].start])
        if fronted and not text[:fronted.start()].strip() and "," in rest:
            # "On the margins of the 67th Congress, the managers gathered in Guadalajara on 25 September": the date
            # and place after the comma are the main clause's gathering's, not the Congress's
            rest = rest[:rest.index(",")]
        before = state.event.iri if state.event is not None else None
        fallback = None
        if before in ctx.events.starts and COINCIDED_RE.search(text[:events[0].start]):
            fallback = DateSpan(ctx.events.starts[before], None, (0, 0))  # "The release coincided with the X"
        evidence = sentence.evidence()
        here = next((f.o for f in ctx.rec.result.facts if f.s == before and f.p == "schema:location"), None)
        # "The 73rd Congress opened in the same city on 18 September": the year of the paragraph's event told before
        year = int(ctx.events.starts[before][:4]) if before in ctx.events.starts else None
        event, dates = _told_when_where(ctx, text, events[0], rest, evidence, fallback, here=here, year=year)
        if not AS_A_TIME_RE.search(text[:events[0].start]):  # "two days before the Forum": told of the one before
            state.event = named = event
        if not dates and re.fullmatch(r"\s*(?:\([^)]*\))?[^\w.]*", rest):
            state.list_event = event  # a list item (no sentence ended): place and date follow on the next line
        for mention, end in zip(distinct[1:], bounds[1:]):
            _told_when_where(ctx, text, mention, text[mention.end:end], evidence)
    elif (named := _acronym_event(ctx, sentence)) is not None:
        evidence = sentence.evidence()
        state.event, _ = _when_where(ctx, named[0], text[named[1]:], evidence)
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
                date_facts(ctx, event, dates[0], "meeting-on", 0.8, evidence)
            state.event = event
    host = HOST_RE.search(text)
    # "hosted by X" is of the paragraph's event ("The meeting was hosted by X"), unless the sentence
    # describes a new, dated one ("A workshop took place in Tokyo on 4 June, hosted by JAXA"), which the
    # meetings rule defines and gives its host.
    # ("The next ISECG meeting will be hosted by JAXA in Tokyo on 8–9 December": the event the sentence names just before
    # the verb, even one to come when its own date tells it apart from the one the document is of)
    own = host is not None and named is not None and events[0].end <= host.start() \
        and not EVENT_NP_RE.search(text, events[0].end, host.start()) \
        and (bool(dates) or not NEXT_EVENT_RE.search(text[:events[0].end]))
    if host and state.event is not None and (own or not (_new_event(text) and _dated(ctx, text))
                                             and not ITEM_DATE_RE.match(text.lstrip("-•* "))
                                             and not (MEETING_RE.search(text[:host.start()]) and _dated(ctx, text))
                                             and not OTHER_EVENT_RE.search(text[:host.start()])
                                             and not NEXT_EVENT_RE.search(text[:host.end()])) \
            and not _of_another_year(ctx, text[:host.start()], state.event):  # ("... will be hosted by KARI")
        evidence = evidence or sentence.evidence()
        org = next((m for m in sentence.mentions if m.start > host.end() and m.entity.type in ORG_LIKE), None)
        found = (org.entity, org.end) if org else None
        if org is None or not re.fullmatch(r"\s*(?:the\s+)?", text[host.end():org.start]):
            # "hosted by the government of Japan"; "hosted by the AIAA with NASA support": a body no list has is
            # the host, not the known one named after it (a country's "Japan's JAXA" is no other body)
            other = org is not None and UNLISTED_HOST_RE.match(text, host.end()) \
                and not re.fullmatch(r"[^()]*\(\s*|[^()]*?(?:,|\s+and|\s+&)\s+(?:the\s+)?", text[host.end():org.start])
            # ("... Institute (KARI)"; co-hosts: "co-hosted by KIGAM and KARI")
            found = government(ctx, text, host.end(), evidence) or (None if other else found)
        if found:
            for who in _coordinated(sentence, org) if org is not None and found[0] is org.entity else [found[0]]:
                ctx.rec.fact(state.event.iri, "schema:organizer", who.iri, "hosted-by", 0.85, evidence)
            located = re.match(r"[^.;]*?\b(?:headquartered|based|located)?\s*\bin\s+([A-Z][\w\-éèà]+"
                               r"(?:\s+[A-Z][\w\-]+)?)", text[found[1]:])
            # ("hosted by KASA, which took over Korea's seat in ISECG": a body is no place)
            if located and not ctx.rec.gazetteer.lookup(located.group(1)):
                place = find_place(ctx, located.group(1), evidence)
                if place:
                    ctx.rec.fact(state.event.iri, "schema:location", place.iri, "hosted-by", 0.75, evidence)
    elif events and HOSTING_RE.search(text[:events[0].start]):
        hosting = HOSTING_RE.search(text[:events[0].start])
        who = subject(sentence, hosting.start(), fallback=False)
        # "JAXA, which hosted the previous meeting in Tokyo, reported on the Forum": what it hosted is told between
        between = text[hosting.end():events[0].start]
        if who is not None and not re.search(r"[,;]|\b(?:meetings?|plenar(?:y|ies)|workshops?|sessions?|conferences?|"
                                             r"gatherings?)\b", between):
            ctx.rec.fact(events[0].entity.iri, "schema:organizer", who.iri, "hosts", 0.8, evidence or sentence.evidence())


# A gathering no list knows, named by its acronym and year or number where one goes to it: "at GLEX 2021", "during
# IAC 2022", "presented at ISEF2", "for COP26" (an organisation's acronym is no gathering: "at ESA in 2021"; nor a
# fiscal year "FY2021" or a disease "COVID-19": a number after a hyphen is a year).
ACRONYM_EVENT_RE = re.compile(r"\b(?:[Aa]t|[Dd]uring|[Ff]or|[Tt]o|[Aa]longside|[Aa]ttended)\s+(?:the\s+)?"
                              r"(?P<name>(?!FY|CY)[A-Z]{2,}(?:[\-\s]?(?:19|20)\d\d|\d{1,2}))(?![\w\-/])")
_ACRONYM_DATE_GAP = 60  # from the name to its date, as a named event's ("in St Petersburg on 15 June 2021")


# A launch told as a noun with its day or month: "The launch of Danuri on 4 August 2022 opened ...".
LAUNCH_OF_RE = re.compile(r"\b[Tt]he\s+(?:successful\s+)?launch\s+of\s+(?:the\s+|its\s+|their\s+)?"
                          r"(?P<name>[A-Z][\w\-’']*(?:\s+(?:[A-Z][\w\-’']*|\d{1,2}|[IVX]{1,4})){0,4}(?:\s+\([^()]{1,40}\))?)"
                          r",?\s+(?=(?:on|in)\s)")


def _acronym_event(ctx: Context, sentence: Sentence) -> tuple[Entity, int] | None:
    """A gathering named by an acronym and year, or a launch named by its noun, with a month or day told just after
    it: the event and where its name ends."""
    m = ACRONYM_EVENT_RE.search(sentence.text)
    if m is not None and any(x.start < m.end("name") and m.start("name") < x.end for x in sentence.mentions):
        m = None  # a name some list has (an organisation, a mission, a document)
    launch = m is None and (m := LAUNCH_OF_RE.search(sentence.text)) is not None
    if m is None:
        return None
    dates = [d for d in find_dates(sentence.text[m.end():]) if len(d.start) >= 7]
    if not dates or dates[0].pos[0] > (4 if launch else _ACRONYM_DATE_GAP) or NOT_YET_RE.search(sentence.text):
        return None
    name = f"Launch of {m.group('name')}" if launch else m.group("name")
    event = ctx.rec.define(name, "Event", sentence.evidence(), rule="acronym-event", confidence=0.7,
                           slug=f"{name} {dates[0].start}", lookup=False)
    return event, m.end()


def _coordinated(sentence: Sentence, first) -> list[Entity]:
    """The organisations named together from the mention ``first`` on: "KIGAM, KARI and the Foundation"."""
    found, last = [first.entity], first
    for m in sentence.mentions:
        if m.start >= last.end and m.entity.type in ORG_LIKE and m.entity not in found:
            if not re.fullmatch(r"\s*(?:,|and|&|/)\s*(?:and\s+)?(?:the\s+)?", sentence.text[last.end:m.start]):
                break
            found.append(m.entity)
            last = m
    return found


GOVERNMENT_RE = re.compile(r"\s*(?:the\s+)?(?:[Gg]overnment\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})"
                           r"|(?P<attr>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+[Gg]overnment)\b")


def government(ctx: Context, text: str, at: int, evidence) -> tuple[Entity, int] | None:
    """A country's government named at ``at`` ("the government of Japan", "the Luxembourg government"), with
    where its name ends."""
    m = GOVERNMENT_RE.match(text, at)
    country = ctx.rec.gazetteer.lookup(m.group("of") or m.group("attr")) if m else None
    if country is None or country.type != "Country":
        return None
    org = ctx.rec.define(f"Government of {country.label}", "Organization", evidence, rule="government",
                         confidence=0.75, cls="org:FormalOrganization")
    ctx.rec.fact(org.iri, "isecg:country", country.iri, "government", 0.75, evidence)
    return org, m.end()


# "one day before the 69th Congress opened", "two days after the Forum": an event dated from the date told before it.
RELATIVE_RE = re.compile(r"\b(?:(?:(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?|the\s+day)\s+(?P<dir>before|after|"
                         r"ahead\s+of)|(?P<same>alongside|on\s+the\s+sidelines\s+of))\s+(?:the\s+)?$", re.I)


def _relative(ctx: Context, text: str, at: int) -> tuple[DateSpan | None, str | None, bool] | None:
    """The day of the event named at ``at`` when the sentence dates it from a day told before it ("met in Bremen
    on 30 September 2018, one day before the Congress opened"), with the place told with that day; an event the
    told one is held alongside is there and then, at the month or year told ("will be held in the autumn of 2018
    in Bremen, alongside the 69th Congress"; a day is the told event's own); whether it is so (the same place)."""
    m = RELATIVE_RE.search(text[:at])
    if m is None:
        return None
    places = re.findall(r"\b(?:in|to|at)\s+([A-Z][\w\-]+(?:,\s*[A-Z][\w\-]+)?)", text[:m.start()])
    place = places[-1] if places else None
    told = find_dates(text[:m.start()], default_year=ctx.doc.year)
    if m.group("same"):
        coarse = [d for d in told if len(d.start) < 10]
        return (DateSpan(coarse[-1].start, None, (0, 0)) if coarse and len(told[-1].start) < 10 else None), place, True
    days = [d for d in told if len(d.start) == 10]
    if not days:
        return None
    n = count_of(m.group("n")) if m.group("n") and m.group("n").lower() not in ("a", "one") else 1
    day = dt.date.fromisoformat(days[-1].start) + dt.timedelta(days=(n or 1) * (-1 if m.group("dir").lower() == "after" else 1))
    return DateSpan(day.isoformat(), None, (0, 0)), place, False


# "presented on 31 January 2018 in Tokyo, at the second International Space Exploration Forum": the day and place told
# just before the gathering something was done at
DONE_AT_RE = re.compile(r"\s*(?:,?\s*in\s+[A-Z][\w\-]+(?:,\s*[A-Z][\w\-]+)?)?\s*,?\s*at\s+(?:the\s+)?(?:[a-z]+\s+)?")


# A sentence opened by its date, its main clause done at an event: "On 4 October 2033 ISECG held a session at the
# International Astronautical Congress in Milan".
FRONTED_DATE_RE = re.compile(r"\W*(?:[Oo]n|[Ii]n|[Dd]uring)\s+")
DONE_AT_EVENT_RE = re.compile(r"\b(?:at|during)\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,2}$")


def _dated_at(ctx: Context, text: str, at: int) -> DateSpan | None:
    """The date told before the event named at ``at``: right before it ("On 4 October, at the Congress"), or opening a
    sentence whose only date it is, what it tells done at the event."""
    told = find_dates(text[:at], default_year=ctx.doc.year)
    if told and DONE_AT_RE.fullmatch(text, told[-1].pos[1], at):
        return told[-1]
    fronted = FRONTED_DATE_RE.match(text)
    if len(told) == 1 and fronted and told[0].pos[0] == fronted.end() and DONE_AT_EVENT_RE.search(text, 0, at) \
            and len(find_dates(text)) == 1:
        return told[0]
    return None


def _told_when_where(ctx: Context, text: str, mention, rest: str, evidence, fallback: DateSpan | None = None, *,
                     here=None, year: int | None = None):
    """The date and place of the event named by ``mention`` (what follows it, or a day or place told before
    it: "the day before the Congress opened in the same city", "alongside the Congress"); ``here``: the place
    of the paragraph's event told before ("Saturday 17 September 2022, Paris. The final meeting ..., one day
    before the Congress opened in the same city")."""
    relative = _relative(ctx, text, mention.start)
    told = relative[0] if relative else _dated_at(ctx, text, mention.start)
    # "the 2033 European Lunar Symposium (Lisbon, 14 May)": the year before the name completes the day after it
    named_year = re.search(r"\b((?:19|20)\d\d)\s+$", text[:mention.start])
    # else the year of a date the sentence told before: "on 24 September 2013, during the 64th IAC (23–27 September)"
    earlier = find_dates(text[:mention.start])
    event, dates = _when_where(ctx, mention.entity, rest, evidence, fallback or told,
                               default_year=told.year if told else int(named_year.group(1)) if named_year else None,
                               paragraph_year=year or (earlier[-1].year if earlier else None))
    same = re.match(r"[^.;]*?\bopen\w*\s+(?:in\s+the\s+(?:same\s+)?city|there)\b", rest)
    if relative and relative[1] and (relative[2] or same):
        place = find_place(ctx, relative[1], evidence)
        if place:
            ctx.rec.fact(event.iri, "schema:location", place.iri, "event-place", 0.75, evidence)
    elif same and here is not None:
        ctx.rec.fact(event.iri, "schema:location", here, "event-place", 0.7, evidence)
    return event, dates


def _when_where(ctx: Context, named: Entity, rest: str, evidence, fallback: DateSpan | None = None, *,
                default_year: int | None = None, paragraph_year: int | None = None):
    """The date and place that follow an event's name ("... in Manchester, in May 2019"): its edition of
    that date, and the dates found (a year the sentence gave before may complete them: "(25–29 October)"; else
    the year of the paragraph's event, for a day with none: "opened in the same city on 18 September")."""
    def told(year):
        return [d for d in find_dates(rest, default_year=year) if len(d.start) > 4 and d.pos[0] < 80 and not re.search(
            r"\b(published|reported)\s+(?:in\s+)?$", rest[:d.pos[0]])]
    dates = told(default_year) or (told(paragraph_year) if paragraph_year and default_year is None else [])
    dates = dates or ([fallback] if fallback else []) or _planned_year(rest)
    event = ctx.events.edition(named, dates[0].start if dates else None)
    event = ctx.events.occurrence(event, dates[0].start if dates else None, evidence)
    if dates:
        date_facts(ctx, event, dates[0], "event-date", 0.85, evidence)
    # "70th International Astronautical Congress (IAC), Dubai, United Arab Emirates, 25-29 October 2021": its place a
    # part of its own between its name and its days (a paper's line naming its congress; a record's title: "Meeting —
    # Berlin, 22–23 June 2010")
    # (or in brackets with its days: "European Lunar Symposium (Lisbon, 14 May 2033)")
    parted = re.match(rf"\s*(?:\([^()]*\))?\s*(?:,|(?P<dash>\s[—–-]))\s*(?P<where>{SAINT}?[A-Z][^,;()\d]*(?:,\s*[A-Z][^,;()\d]*){{0,2}}?)"
                      r"\s*,\s*(?:[A-Z][a-z]+day,?\s+)?\d", rest) or re.match(
        rf"\s*\((?P<bracket>{SAINT}?[A-Z][^,;()\d]*(?:,\s*[A-Z][^,;()\d]*)?)\s*,\s*(?:[A-Z][a-z]+day,?\s+)?\d[^()]*\)", rest)
    where = parted and (parted.groupdict().get("where") or parted.group("bracket"))
    # (or a town's name no list has: "— Berlin, 22–23 June 2010", "(Lisbon, 14 May)", ", Lisbon, 14 May 2033")
    if parted and (any(m.entity.type in ("Place", "Country") for m in ctx.rec.gazetteer.find(where))
                   or _TOWN_RE.fullmatch(where.strip())) \
            and not any(m.entity.type in ORG_LIKE for m in ctx.rec.gazetteer.find(where)) \
            and (place := find_place(ctx, where, evidence)) is not None:
        ctx.rec.fact(event.iri, "schema:location", place.iri, "event-place", 0.8, evidence)
        return event, dates
    # (not where another of its kind was: "the second ISECG meeting of 2010, the first having been held in Washington")
    rest = ANOTHER_OF_KIND_RE.split(rest)[0]
    located = re.search(rf"\b(?:in|at)\s+({SAINT}?[A-Z][^,.;()]*(?:,\s*[A-Z][\w\-]+)?)", rest)
    if located and not find_dates(located.group(1)[:4]):
        # "in Daejeon from 29 November to 1 December": the place ends where its dates start
        where = re.split(r"\s+(?:from|on|between|until|through)\s+(?=\d|[A-Z][a-z]+\s+\d)", located.group(1))[0]
        place = find_place(ctx, where, evidence)
        if place:
            ctx.rec.fact(event.iri, "schema:location", place.iri, "event-place", 0.8, evidence)
    return event, dates


# An event foreseen for a year: "..., currently foreseen for early 2018", "planned for the autumn of 2031".
PLANNED_YEAR_RE = re.compile(r"\b(?:planned|foreseen|scheduled|expected|due)\s+(?:for|in)\s+(?:the\s+)?(?:(?:early|mid|late|"
                             r"spring|summer|autumn|fall|winter|first|second)(?:\s+half)?[\s\-]+(?:of\s+)?)?((?:19|20)\d\d)\b", re.I)


def _planned_year(rest: str) -> list[DateSpan]:
    """The year an event named just before is foreseen for, when the text gives no month or day."""
    m = PLANNED_YEAR_RE.search(rest)
    return [DateSpan(m.group(1), None, m.span(1))] if m and m.start() < 80 and not re.search(r"[.;]", rest[:m.start()]) else []


# An event named to say when another was: "two days before the Second Forum", "on the eve of the Congress".
# ("following" as a preposition, not the adjective of "the following meeting")
AS_A_TIME_RE = re.compile(r"\b(?:before|after|ahead\s+of|on\s+the\s+eve\s+of|(?<!the\s)following|alongside|on\s+the\s+(?:sidelines|margins?|fringes?)\s+of|in\s+conjunction\s+with|"
                          r"to\s+coincide\s+with|at\s+the\s+time\s+of)\s+(?:the\s+)?$", re.I)
COINCIDED_RE = re.compile(r"\b(?:coincid\w+|took place|was held)\s+(?:at the same time\s+)?(?:with|during)\s+"
                          r"(?:the\s+)?$", re.I)
# "placed that gathering in Spineto, Italy": where the event the paragraph is about took place.
THAT_EVENT_IN_RE = re.compile(r"\b(?:that|this|the same)\s+(?:gathering|meeting|workshop|conference|event|forum|"
                              r"congress|symposium|summit)\s+(?:\w+\s+)?(?:in|at)\s+([A-Z][\w\-]+(?:,\s*[A-Z][\w\-]+)?)")
# A document narrating its own publication: "ISECG published this supplement in August 2020", "the first day on
# which each of them could publish the Framework" (a head noun of its own title), "this white paper, issued ... on".
PUBLISH_RE = re.compile(r"\b(?:publish(?:ed|es|ing)?|releas(?:ed|es|ing)|issued|made\s+(?:[\w\-()]+\s+){1,10}?public)\b",
                        re.I)
NOT_YET_RE = re.compile(r"\b(?:will|would be (?:published|released|issued)|expected|planned|to be (?:published|"
                        r"released|issued)|forthcoming|upcoming|before)\b", re.I)
OWN_RE = re.compile(r"\b(?:this|the present)\s+(?:[\w\-]+\s+){0,2}?(?:paper|supplement|report|document|roadmap|"
                    r"update|edition|strategy|digest|assessment|plan|study|framework)\b", re.I)
DOC_HEAD_RE = re.compile(rf"\b(?:{next(p for p, kind in HEADS if kind == 'Document')})\b")


def _self_reference(ctx: Context, sentence: Sentence) -> list[tuple[int, int]]:
    """Where a sentence names its own document: "this supplement", "the Framework" (a head noun of its
    own title, capitalised), or its title."""
    text = sentence.text
    heads = {m.group() for part in re.split(r"\s*[:—–]\s*", ctx.doc.title or "") for m in DOC_HEAD_RE.finditer(part)}
    spans = [m.span() for m in OWN_RE.finditer(text)]
    # "ISECG released a new supplement": a new one of its own kind
    spans += [m.span() for head in heads for m in re.finditer(rf"\b(?:an?|its)\s+new\s+{re.escape(head)}\b", text, re.I)]
    spans += [m.span() for head in heads for m in re.finditer(rf"\b[Tt]he\s+{re.escape(head)}\b", text)]
    spans += [(m.start, m.end) for m in sentence.mentions if m.entity.iri == ctx.series.iri]
    edition = edition_of_title(ctx.doc.title or "")
    if edition:  # "the third edition of its Global Exploration Roadmap" in the third edition
        ordinal = "|".join(w for w, n in ORDINALS.items() if n == edition[1])
        head = re.escape(edition[0].split()[-1])
        spans += [m.span() for m in re.finditer(rf"\bthe\s+(?:{ordinal})\s+edition\s+of\s+(?:the\s+|its\s+|their\s+)?"
                                                rf"(?:[A-Z][\w\-]*\s+){{0,4}}{head}\b", text, re.I)]
        # "the third Global Exploration Roadmap (GER) was released": the ordinal before the title itself
        spans += [m.span() for m in re.finditer(rf"\b[Tt]he\s+(?i:{ordinal})\s+(?:[A-Z][\w\-]*\s+){{0,4}}{head}\b", text)]
    return spans


def publication(ctx: Context, state: State, sentence: Sentence) -> None:
    """The document's own publication, when it tells it with a date: an event dated so (the corpus
    document's dcterms:issued stays as its first lines give it)."""
    text = sentence.text
    verb = PUBLISH_RE.search(text)
    if NOT_YET_RE.search(text):
        return
    if verb is None:  # "the third edition appeared in January 2018"
        return _cited_release(ctx, state, sentence)
    # Its own name after the verb ("released this supplement"), or just before it, with no other thing between
    # ("this paper, published in", not "This update supersedes the scenario published in").
    own = [s for s in _self_reference(ctx, sentence)
           if (verb.start() <= s[0] <= verb.end() + 60
               or s[0] < verb.start() and 0 <= verb.start() - s[1] <= 40
               and not re.search(r"\b(?:the|an?)\s", text[s[1]:verb.start()], re.I)
               # "Published in October 2022 by ISECG, this document is ...": the subject the participle opens on
               or not re.search(r"\w", text[:verb.start()]) and re.fullmatch(r"[^;:]*?,\s*", text[verb.end():s[0]]))
           and not ANOTHER_VERSION_RE.search(text[:s[0]])]
    dates = find_dates(text, default_year=ctx.doc.year)
    if not own or not dates:
        _cited_release(ctx, state, sentence)
        return _head_segments(ctx, state, sentence)
    date = min(dates, key=lambda d: abs(d.pos[0] - verb.start()))
    _published(ctx, state, date, sentence.evidence())
    _released_at(ctx, text, date.pos[1], sentence.evidence())  # "released on 14 October 2024 in Milan, during ..."


def _published(ctx: Context, state: State, date: DateSpan, evidence) -> None:
    if ctx.publication is None:
        ctx.publication = ctx.rec.define(f"Publication of {ctx.doc.title}", "Event", evidence, rule="publication",
                                         confidence=0.8, slug=f"publication of {ctx.doc.id}", lookup=False)
        date_facts(ctx, ctx.publication, date, "publication", 0.8, evidence)
    state.event = ctx.publication


_ORDINAL_WORDS = "|".join(ORDINALS)
# "the third edition of the Global Exploration Roadmap (GER) was released on 31 January 2018", "Its third edition,
# published on 31 January 2018", "on 31 January 2018, when the third edition appeared": another document's release on
# its day (a month or a year is how documents are cited, "the roadmap, published in January 2018": the development
# gold counts such a citation as an event in one document and not in another, so it stays a citation).
_RELEASE_VERB = r"(?:released|published|issued|made\s+public|appeared|came\s+out)"
CITED_RELEASE_RE = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<what>(?:{_ORDINAL_WORDS})\s+edition(?:\s+of\s+(?:the\s+|its\s+|their\s+)?"
                              r"(?:[A-Z][\w\-]*\s+){0,5}[A-Z][\w\-]*)?)(?:\s+\([A-Z]{2,}\))?,?\s+(?:was\s+|were\s+)?"
                              rf"(?:first\s+)?{_RELEASE_VERB}\s+(?:on|in)\s+(?=\d|[A-Z][a-z]+\.?\s+\d)")
WHEN_RELEASED_RE = re.compile(rf",\s+when\s+the\s+(?P<what>(?:{_ORDINAL_WORDS})\s+edition(?:\s+of\s+(?:the\s+)?"
                              rf"(?:[A-Z][\w\-]*\s+){{0,5}}[A-Z][\w\-]*)?)(?:\s+\([A-Z]{{2,}}\))?\s+(?:was\s+)?{_RELEASE_VERB}\b")


# "ISECG published the third edition of The Global Exploration Roadmap (GER) in January 2018", "ISECG had released the
# Global Exploration Roadmap (GER) in its third edition": a body releasing an edition, told as something it did.
_TITLE = r"(?:[A-Z][\w\-]*\s+){0,5}[A-Z][\w\-]*"
RELEASED_BY_RE = re.compile(rf"\s+(?:(?:had|has|also|then)\s+)*(?:released|published|issued)\s+(?:the\s+|its\s+)?"
                            rf"(?:(?P<ord1>{_ORDINAL_WORDS})\s+edition\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<t1>{_TITLE})"
                            rf"|(?P<t2>{_TITLE})(?:\s+\([A-Z]{{2,}}\))?\s+in\s+its\s+(?P<ord2>{_ORDINAL_WORDS})\s+edition)\b")


def _released_by(ctx: Context, sentence: Sentence) -> tuple[str, DateSpan] | None:
    """The edition a body named as the subject released, and the day or month the sentence gives it."""
    text = sentence.text
    for org in sentence.mentions:
        m = RELEASED_BY_RE.match(text, org.end) if org.entity.type in ORG_LIKE else None
        if m is None:
            continue
        dates = [d for d in find_dates(text, default_year=ctx.doc.year) if len(d.start) >= 7
                 and not m.start() <= d.pos[0] < m.end()]
        if not dates:
            return None
        title = re.sub(r"^The\s+", "", m.group("t1") or m.group("t2"))
        return (f"{m.group('ord1') or m.group('ord2')} edition of the {title}",
                min(dates, key=lambda d: abs(d.pos[0] - m.start())))
    return None


def _cited_release(ctx: Context, state: State, sentence: Sentence) -> None:
    m = CITED_RELEASE_RE.search(sentence.text)
    date = next(iter(find_dates(sentence.text[m.end():])), None) if m else None
    if m is None and (when := WHEN_RELEASED_RE.search(sentence.text)):  # "since January 2018, when the third ..."
        m = when
        date = next((d for d in find_dates(sentence.text[:when.start()]) if d.pos[1] == when.start()), None)
        date = date and DateSpan(date.start, date.end, (0, 0))
    if m is not None and (date is None or date.pos[0] != 0 or len(date.start) < 10):
        m = None  # an edition cited by its month ("the second edition published in August 2013") is no release told
    if m is None:
        if (by := _released_by(ctx, sentence)) is None:
            return
        what, date = by
    else:
        what = re.sub(r"\s+of\s+(?:its|their)\s+", " of the ", m.group("what"))
    name = f"Release of the {what}"
    evidence = sentence.evidence()
    event = ctx.rec.define(name, "Event", evidence, rule="cited-release", confidence=0.75,
                           slug=f"{name} {date.start}", lookup=False)
    date_facts(ctx, event, date, "cited-release", 0.8, evidence)
    state.event = event  # "Fourteen space agencies had contributed to its drafting."


# "the first edition of this assessment, published in June 2019": another version of it.
ANOTHER_VERSION_RE = re.compile(r"\b(?:edition|issue|version|draft|update|revision|iteration)\s+of\s+$", re.I)
# A head line of segments: "Issue 2.0 · Released 15 July 2021 · Endorsed by the senior managers on 2021-06-30".
HEAD_SEGMENT_RE = re.compile(r"(?:^|[·|•]|\s[—–]\s)\s*(?:[-*]\s+)?(?P<verb>released|published|issued|endorsed|approved|"
                             r"adopted)(?:\s+by\s+(?P<by>[^·|•,;]{2,60}?))?\s*:?\s+(?:on\s+)?(?=\d)", re.I)
# "Released: 26 September 2017, during the 68th Congress in Adelaide, Australia": where it was released.
RELEASED_AT_RE = re.compile(r",?\s+(?:during|at)\s+(?:the\s+)?[^,.;·|]*?\s+in\s+([A-Z][\w\-]+(?:,\s*[A-Z][\w\-]+)?)")


def _head_segments(ctx: Context, state: State, sentence: Sentence) -> None:
    """The document's own release and endorsement, each a segment of a line of its first page giving its day
    ("Released 15 July 2021 · Endorsed by ISECG senior managers on 2021-06-30"); not a month or a year
    ("Published March 2019": the document's date, no event)."""
    if sentence.line.page != min((line.page for line in ctx.text.lines), default=sentence.line.page):
        return
    text = sentence.text
    for m in HEAD_SEGMENT_RE.finditer(text):
        date = next(iter(find_dates(text[m.end():])), None)
        if date is None or date.pos[0] != 0 or len(date.start) < 10:
            continue
        evidence = sentence.evidence()
        if m.group("verb").lower() in ("released", "published", "issued"):
            _published(ctx, state, date, evidence)
            _released_at(ctx, text, m.end() + date.pos[1], evidence)
            continue
        by = f" by {m.group('by').strip()}" if m.group("by") else ""
        name = f"Endorsement of {ctx.doc.title}{by}"
        event = ctx.rec.define(name, "Event", evidence, rule="endorsement", confidence=0.75,
                               slug=f"endorsement of {ctx.doc.id}", lookup=False)
        date_facts(ctx, event, date, "endorsement", 0.8, evidence)


def _released_at(ctx: Context, text: str, end: int, evidence) -> None:
    """Where the document was released, told after the release's date: "in Milan", "during the 68th Congress in
    Adelaide"."""
    at = PLACE_AFTER_DATE_RE.match(text, end) or RELEASED_AT_RE.match(text, end)
    place = find_place(ctx, at.group(1), evidence) if at and ctx.publication is not None else None
    if place is not None:
        ctx.rec.fact(ctx.publication.iri, "schema:location", place.iri, "publication", 0.75, evidence)


def event_place(ctx: Context, state: State, sentence: Sentence) -> None:
    """"NASA's announcement placed that gathering in Spineto, Italy": the place of the paragraph's event."""
    m = THAT_EVENT_IN_RE.search(sentence.text)
    if m is None or state.event is None or sentence.of_type("Event") or ANAPHORA_EVENT_RE.search(sentence.text):
        return
    evidence = sentence.evidence()
    place = find_place(ctx, m.group(1), evidence)
    if place is not None:
        ctx.rec.fact(state.event.iri, "schema:location", place.iri, "event-place", 0.75, evidence)


def finish(ctx: Context) -> None:
    """After the last sentence: the organisations of the document's participants list took part in
    its publication."""
    listed = {org.iri for org, _ in ctx.participants}
    if ctx.publication is not None and len(listed) >= 2:
        participant_count(ctx, ctx.publication, len(listed), ctx.participants[0][1])
    # a gathering told by its last day only ("concluded its plenary today"), no sentence giving its first: the one
    # day known
    for fact in [f for f in ctx.rec.result.facts if f.p == "schema:endDate" and f.s not in ctx.events.starts]:
        end = fact.o if isinstance(fact.o, str) else fact.o.value
        ctx.events.starts[fact.s] = end
        ctx.rec.fact(fact.s, "schema:startDate", ox.Literal(end, datatype=term("xsd:date")), fact.rule, fact.confidence,
                     fact.evidence)
    _datelines(ctx)
    _totals(ctx)


# "so twenty-four agencies took part in all": the total, before the parts told ("twenty-one in the room, three by video")
TOTAL_RE = re.compile(r"[^.;,]{0,30}?\b(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.I)


def _totals(ctx: Context) -> None:
    """A gathering's head count told as a total after another ("Delegations from 24 agencies attended in the room.
    Three more followed remotely, so that 27 took part in all."): the total counts all, another sentence's count a
    part."""
    facts = ctx.rec.result.facts
    counts = [f for f in facts if f.p == "isecg:participantCount" and f.evidence is not None]
    totals = {f.s: f.evidence.sentence for f in counts if TOTAL_RE.search(f.evidence.sentence)}
    parts = {id(f) for f in counts if f.s in totals and f.evidence.sentence != totals[f.s]}
    if parts:
        facts[:] = [f for f in facts if id(f) not in parts]


_GATHERING_WORD_RE = re.compile(r"\b(?:meeting|workshop|conference|forum|symposium|summit|plenary|congress|gathering|"
                                r"session|seminar|webinar|met|gathered|convened)s?\b", re.I)
_OWN_FACTS = ("schema:startDate", "schema:endDate", "schema:location", "schema:organizer", "isecg:participantCount")


def _datelines(ctx: Context) -> None:
    """A gathering read from a line of place and date alone ("Noordwijk, 16 March 2021" under a record's title, or a
    heading given its days by such a line) whose document then tells a gathering in prose with its own days ending at
    most a week before that date (12–13 March 2021): the line is the record's or release's place and date of issue,
    not a second gathering. Its date goes; its place is the told gathering's when that names none."""
    facts = ctx.rec.result.facts
    by_event: dict[str, list[int]] = {}
    for i, fact in enumerate(facts):
        if fact.p in _OWN_FACTS:
            by_event.setdefault(fact.s, []).append(i)
    drop: set[int] = set()
    for event, at in by_event.items():
        own = [facts[i] for i in at]
        start = next((f for f in own if f.p == "schema:startDate"), None)
        if start is None or start.evidence is None or any(f.p in ("schema:organizer", "isecg:participantCount") for f in own) \
                or any(f.evidence is None or f.evidence.sentence != start.evidence.sentence for f in own):
            continue
        line = start.evidence.sentence
        day = _ordinal(_value(start.o))
        if day is None or _GATHERING_WORD_RE.search(line) and find_dates(line) or any(f.p == "schema:endDate" for f in own) \
                or len(line.split()) > _DATELINE_MAX_WORDS:
            continue  # a line telling a gathering with its days, not a place and one date alone (nor a heading)
        here = _line_of(ctx, line)
        told = next((other for other, places in by_event.items() if other != event and places[0] > at[0]
                     and _told_in_prose(ctx, facts, places, day, here)), None)
        if told is None:
            continue
        drop.update(i for i in at if facts[i].p in ("schema:startDate", "schema:endDate", "schema:location"))
        place = next((f for f in own if f.p == "schema:location"), None)
        if place is not None and not any(facts[i].p in ("schema:location", "schema:eventAttendanceMode") for i in by_event[told]):
            ctx.rec.fact(told, "schema:location", place.o, "dateline", 0.6, place.evidence)
    if drop:
        ctx.rec.result.facts[:] = [f for i, f in enumerate(facts) if i not in drop]
        for event in {facts[i].s for i in drop}:
            ctx.events.starts.pop(event, None)


_DATELINE_MAX_WORDS = 10  # a line of place and date, or a heading
_DATELINE_REACH = 3  # lines from a line of place and date to the paragraph telling the gathering it heads


def _line_of(ctx: Context, sentence: str) -> int | None:
    return next((i for i, line in enumerate(ctx.text.lines) if sentence and sentence in line.text), None)


def _told_in_prose(ctx: Context, facts, places: list[int], day: int, here: int | None) -> bool:
    """A gathering whose days a sentence telling it just below line ``here`` gave, ending at most a week before
    ``day``."""
    start = next((facts[i] for i in places if facts[i].p == "schema:startDate"), None)
    if start is None or start.evidence is None or not _GATHERING_WORD_RE.search(start.evidence.sentence) \
            or here is None or (told := _line_of(ctx, start.evidence.sentence[:60])) is None \
            or not 0 < told - here <= _DATELINE_REACH:
        return False
    end = next((facts[i] for i in places if facts[i].p == "schema:endDate"), start)
    last = _ordinal(_value(end.o))
    return last is not None and 0 < day - last <= 7


def _value(o) -> str:
    return o if isinstance(o, str) else o.value


def _ordinal(day: str) -> int | None:
    try:
        return dt.date.fromisoformat(day).toordinal() if len(day) == 10 else None
    except ValueError:
        return None


def event_details(ctx: Context, state: State, sentence: Sentence) -> bool:
    """The line after an event list item: "Colorado Springs/USA, 17th -23rd April 2022"."""
    event, state.list_event = state.list_event, None
    dates = find_dates(sentence.text)
    if not dates or sentence.text.startswith(("-", "•")):
        return False
    evidence = sentence.evidence()
    date_facts(ctx, event, dates[0], "event-list", 0.9, evidence)
    place = find_place(ctx, sentence.text[:dates[0].pos[0]].strip(" ,"), evidence)
    if place:
        ctx.rec.fact(event.iri, "schema:location", place.iri, "event-list", 0.9, evidence)
    return True


MEETING_RE = re.compile(r"\b(?:met|meet|gathered|convened|held (?:their|its|a|the) (?:[\w\-]+ ){0,3}meeting|during a meeting)\b"
                        # "The managers, meeting under X's chairmanship on ...", "Meeting in Washington on 20 October, the ..."
                        r"|(?:(?<=,\s)|^\W*)meeting\s+(?=(?:under|in|at|on)\s)"
                        # "The senior managers were guests of ASI in Rome on ...": a group received by a host
                        r"|\b(?:were|was)\s+(?:the\s+)?guests\s+of\b",
                        re.I)
# "a space exploration conference hosted in Washington", "a senior managers' meeting hosted by the CSA", "an
# ISECG workshop on lunar science took place in Tokyo".
GENERIC_EVENT_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+((?:(?:[a-z][\w\-’']*|[A-Z]{2,}|[A-Z][a-z]+)\s+){0,3}(?:conference|workshop|meeting|forum|symposium|summit)"
    r"(?:\s+on\s+(?:[a-z][\w\-]*\s+){0,4}?[a-z][\w\-]*)?)"
    # ("one in-person meeting, hosted by KARI in Daejeon": the participle set off by a comma)
    r"(?P<of>\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,5}(?:\([A-Z]{2,}\)\s+)?|,?\s+)"
    r"(?:(?:was\s+)?(?:hosted|held|organi[sz]ed)|took\s+place)\s+(?:in|at|by|on)\b")
ANAPHORA_EVENT_RE = re.compile(r"\b(?:That|The|This)\s+((?i:forum|conference|workshop|meeting|congress|symposium|summit))"
                               r"(?:\s+\(([A-Z]{2,})\))?\s*,?\s+(?:met|was held|took place|(?:was\s+)?convened)\b")
# (not any "by": "the white paper written by 14 agencies" is no head count)
PARTICIPANTS_RE = re.compile(r"\b(?:of|representing|with|from|(?:attended|joined)\s+by)\s+(?:representatives\s+of\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+"
                             r"(?:[A-Z]+\s+|space\s+|member\s+)*(?:agencies|organi[sz]ations|countries)\b")
LISTED_EVENT_RE = re.compile(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s+((?:[\w\-’']+\s+){0,6}(?:meeting|workshop|conference|"
                             r"forum|symposium|summit|plenary|session|webinar|videoconference|teleconference|seminar|"
                             r"retreat|colloquium))(?:\s*[,:]|\s+[—–-]{1,2}\s|"
                             # or its host or place told at once ("- Science workshop organised by ASI in Rome, ...")
                             r"\s+(?=(?:hosted|organi[sz]ed|convened|held)\s+(?:by|in|at)\s|at\s+[A-Z]|in\s+[A-Z]))", re.I)
LISTED_COUNT_RE = re.compile(r"(?:[,(;·]|\s[—–|])\s*(\d{1,3})\s+(?:space\s+|member\s+)?(?:agencies|organi[sz]ations|countries|participants|"
                             r"delegations)\b")
# A gathering's count set off after it in a telegraphic clause, in figures or words: "... a writing workshop organised by
# ESA at ESTEC; thirty-four participants, scientists and agency representatives", "(21 agencies)", "— 17 delegations"
# (not a body's members: "27 member agencies").
SET_OFF_COUNT_RE = re.compile(r"(?:[;(·]|\s[—–|])\s*(?:some\s+|about\s+|around\s+|over\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+"
                              r"(?:space\s+)?(?:agencies|organi[sz]ations|countries|participants|delegations|delegates|"
                              r"attendees)\b(?!\s+(?:will|would|shall|are|have|that|which|who)\b)")
# "took part", and "answered" with no object ("Twenty-one agencies answered, ..."), as a questionnaire is.
TOOK_PART_RE = re.compile(r"\b(?:took part|participated|attended|were (?:represented|present)|joined the meeting|"
                          r"(?:replies|answers|responses)\s+(?:came|were\s+received)\s+from|"
                          r"(?:answered|replied|responded)(?!\s+[a-z]))\b", re.I)
# A sentence moved to another time than the meeting told before ("At the IAC a week later, 30 agencies attended the
# heads of agency plenary", "The previous year, 21 agencies took part"): who took part then is not the meeting's count.
ELSEWHEN_RE = re.compile(r"\b(?:(?:a|one|two|three|several|some|\d{1,2}|the)\s+(?:days?|weeks?|months?|years?)\s+"
                         # (not "one day before the Congress opened": a time told by another event)
                         r"(?:later|earlier|afterwards|(?:before|after)(?=\s*[,;.]))|later\s+(?:that|in\s+the)\s+(?:day|week|month|year)|"
                         r"(?:the|that)\s+(?:next|following|previous|preceding)\s+(?:day|week|month|year|evening)|"
                         r"(?:last|next)\s+year|(?:the\s+)?year\s+before|(?:in\s+)?(?:previous|past|earlier)\s+years)\b", re.I)
# Who took part over a stretch of time, in several gatherings ("Over the year, 120 delegates from 24 agencies attended
# ISECG meetings"): no one gathering's head count.
OVER_A_TIME_RE = re.compile(r"\b(?:over|during|throughout|across|in\s+the\s+course\s+of)\s+(?:the|that|this|each)\s+"
                            r"(?:year|period|decade|months)\b|\b(?:attended|joined|took\s+part\s+in)\s+(?:(?:the|its|all|several|"
                            r"various)\s+)?(?:[A-Z]+\s+)?(?:meetings|plenaries|workshops|sessions)\b", re.I)
# A meeting announced: "The next plenary is planned for October 2023 in Baku", "the following workshop will be held in
# the autumn of 2018 in Bremen".
PLANNED_RE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:next|following|forthcoming|upcoming)\s+((?:[a-z][\w\-]*\s+){0,3}?"
                        r"(?:meeting|workshop|plenary|forum|conference|symposium|summit))\s+(?:is|was|will\s+be|would\s+be)\s+"
                        r"(?:planned|scheduled|expected|due|held|hosted|to\s+be\s+(?:held|hosted))\b")
# A part of a year: "early 2021", "in the spring of 2019", "mid-2020".
SEASON_YEAR_RE = re.compile(r"\b(?:early|mid|late|spring|summer|autumn|fall|winter)(?:\s+of)?[\s\-]+((?:19|20)\d\d)\b",
                            re.I)
# A meeting still to come: "Senior managers expect to meet again in spring 2022".
MEET_AGAIN_RE = re.compile(r"\b(?:expects?|hopes?|aims?|intends?|wants?|agreed|decided|is|are)\s+to\s+(?:meet|gather|convene)\b|\bagain\b",
                           re.I)
# A press release's dateline: "ROME, 19 May 2023 -- " (its date is the release's, not the meeting's).
# ("Montreal, Canada, 23 May 2025 – ...": a town and its country, capitalised words only)
DATELINE_RE = re.compile(r"^\s*(?:[A-Z][A-Za-z .'\-]*|[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)*,\s*(?:the\s+)?[A-Z][\w.'\-]*"
                         r"(?:\s+[A-Z][\w.'\-]*)*),\s*[^,]{4,30}?\s*(?:--|—|–)\s+")
# The place just before the event's date: "... in Bonn on 4–6 February 2020".
PLACE_BEFORE_DATE_RE = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+([A-Z][\w\-]+(?:,?\s+(?:the\s+)?[A-Z][\w\-]+){0,2})\s*,?\s+(?:on|from)\s+$")
# The place just after the meeting's date: "..., meeting under X's chairmanship on 2019-10-20 in Washington, ...".
PLACE_AFTER_DATE_RE = re.compile(r"\s*,?\s*in\s+([A-Z][\w\-]+(?:,?\s+[A-Z][\w\-]+)?)(?=\s*[,.;(]|\s*$)")
# The words a head count of people takes ("41 experts", "thirty-eight people took part", "some 60 scientists").
PEOPLE = (r"(?:participants|delegates|attendees|experts|representatives|people|persons|researchers|scientists|"
          r"engineers|specialists|officials)")
# "attended by about 85 researchers from 14 countries": the people who attended.
ATTENDED_BY_RE = re.compile(r"\battended\s+by\s+(?:about|around|some|nearly|roughly|over|more\s+than\s+)?\s*"
                            r"(\d{1,3}|[a-z]+-?[a-z]*)\s+[a-z]")
# The gathering as the subject counting who came: "The Berlin workshop, held on ..., had 45 attendees", "drew more
# than 60 experts", "attracted some 120 participants".
HAD_COUNT_RE = re.compile(rf"\b(?:had|drew|attracted|counted)\s+(?:some\s+|about\s+|around\s+|over\s+|nearly\s+|almost\s+|"
                          rf"more\s+than\s+)?(\d{{1,3}}|[a-z]+(?:-[a-z]+)?)\s+(?:[\w\-]+\s+)?{PEOPLE}")
# "The 44 participants were ...", "All 30 delegates ...": how many took part in the meeting just told.
THE_COUNT_RE = re.compile(rf"^(?:The|All|In\s+all,?)\s+(\d{{1,3}}|[a-z]+-?[a-z]*)\s+(?:{PEOPLE}|delegations)\b")
# Another of the kind just named, set off by a comma: "..., the first having been held in Washington", "; the previous
# one in Tokyo", "..., another in Paris".
ANOTHER_OF_KIND_RE = re.compile(r"[,;]\s+(?:the\s+(?:first|previous|preceding|earlier|last|next|following|other)|another)\b",
                                re.I)
# A gathering still to come ("The next meeting will be hosted by KARI"): its host is not the one told before.
NEXT_EVENT_RE = re.compile(r"\b(?:next|following|forthcoming|upcoming|future|coming)\s+(?:[\w\-]+\s+){0,3}?(?:meetings?|"
                           r"plenar(?:y|ies)|workshops?|sessions?|forums?|conferences?|gatherings?|events?|summits?)\b"
                           r"|\b(?:(?:will|shall|would)\s+(?:be\s+)?|to\s+be\s+)(?:co-?)?host", re.I)
# Another event a sentence introduces ("organised two open webinars, hosted by CSA"): its host is not the one before.
OTHER_EVENT_RE = re.compile(r"\b(?:an?|one|two|three|four|several|some|\d{1,2})\s+(?:[\w\-]+\s+){0,3}?(?:webinars?|"
                            r"sessions?|workshops?|meetings?|panels?|seminars?|conferences?|forums?|events?)\b")
# ("Participating agencies: ASI, CNES, ...", "Present: ...", "Agencies represented: ...": a list under its caption)
ATTENDEES_RE = re.compile(r"\b(?:agencies|organi[sz]ations|participants)\s+(?:represented\s+)?(?:were|included)\b"
                          r"|\b(?:(?:participating|attending|represented)\s+(?:agencies|organi[sz]ations|delegations)|"
                          r"(?:agencies|organi[sz]ations|delegations)\s+(?:present|represented|attending|participating|in\s+attendance)"
                          r"|participants|attendees|present|in\s+attendance)\s*:", re.I)
PLACE_AFTER_RE = re.compile(r"\b(?:met|gathered|convened|hosted|held|took place|together|meeting|workshop|forum|"
                            r"conference|symposium|summit|plenary|held (?:their|its|a|the) (?:[\w\-]+ ){0,3}"
                            r"meeting)\s+(?:by\s+(?:the\s+)?[A-Z][\w\-]*\s+|\w+\s+)?(?:at|in)\s+"  # ("hosted by UKSA in London")
                            r"(?!the\s+(?:end|start))"
                            r"(.+?)(?=\s+(?:on|to|at|for|from)\s|[.;]|$)")
# A body's members brought together by a host: "ASI brought the group together in Rome", "CNES welcomed the
# delegations to Paris", "CNES hosted the Technology Working Group in Toulouse" (the subject hosts).
_GATHERED = r"(?:[Gg]roup|agencies|members|delegates|delegations|participants|representatives|managers|experts|partners)"
# ("welcomed ISECG senior managers to Dubai", not "has welcomed seven new members")
GATHER_RE = re.compile(rf"\b(?:brought|called|got|gathered)\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){{0,2}}?{_GATHERED}"
                       rf"\s+together\b|\b(?:hosted|welcomed|received|convened|played\s+host\s+to)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z]{{2,}}\s+)?(?:(?:[A-Z][\w\-]*\s+){{1,2}}|[\w\-]+\s+)?"
                       rf"{_GATHERED}\b(?!\s+(?:that|who|which)\b)"  # not "welcomed two agencies that had joined"
                       # "ASI welcomed them to Rome": those the paragraph told of, received at a place
                       r"|\b(?:hosted|welcomed|received)\s+them\s+(?:to|in|at)\s+(?:the\s+)?[A-Z]")
# An event told by its kind and date: "at their meeting in Tokyo on 2019-07-03", "the online meeting of 20–21 April".
# (a body's possessive is its determiner too: "ISECG's spring meeting")
# ("the heads of delegation meeting": "heads of" a compound of the name, not a phrase after it)
# (a body's acronym may open the phrase, with the one word of its topic: "an ISECG Mars workshop held online on ...",
# "the ISECG senior managers teleconference of 2021-07-08")
EVENT_NP_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts|[A-Z][\w\-]*['’]s)\s+((?:[A-Z]{2,}[\w\-]*\s+(?:[A-Z][a-z][\w\-]*\s+)?)?(?:heads?\s+of\s+[a-z]+\s+|(?!(?:the|an?|their|its|at|in|on|of|to|for|by|with|"
                         r"and|or|from)\s)[a-z][\w\-]*\s+){0,3}?)(meeting|workshop|forum|"
                         r"conference|symposium|summit|plenary|panel|webinar|seminar|briefing|teleconference)\b")
AUDIENCE_EVENTS = {"panel", "webinar", "seminar", "briefing"}  # events an audience follows
# The date of another happening the sentence tells: "... continued until publication on 31 January 2018", "before its
# release in May 2020", "ahead of the launch on 3 June".
OTHER_HAPPENING_RE = re.compile(r"\b(?:publication|release|launch|adoption|approval|signature|entry\s+into\s+force)\s+"
                                r"(?:on|in|of)\s+(?:the\s+)?$", re.I)
_NP_DATE_GAP = 80  # at most this many characters from the noun to its date ("... in Noordwijk, the Netherlands, on")
# What may follow the event's noun before its date (not another noun: "the workshop report on 3 May").
NP_GOES_ON_RE = re.compile(r"\s*,?\s*(?:on|of|in|at|from|during|held|hosted|organi[sz]ed|convened|that|which|\()\b")
# Words of an event's noun phrase that say which or how, not what: "the last meeting", "an online workshop".
NOT_A_NAME = {"last", "first", "next", "final", "previous", "latest", "following", "same", "recent", "online", "virtual",
              "hybrid", "annual", "regular", "in-person", "face-to-face", "second", "third", "fourth", "fifth", "subsequent"}
# "CNES hosted it", "ASI organised the two-day meeting": the host of the event just told.
HOSTED_IT_RE = re.compile(r"\b(?:hosted|organi[sz]ed|convened)\s+(?:it\b|(?:the|this|that)\s+(?:[\w\-]+\s+){0,2}?(?:meeting|"
                          r"workshop|forum|conference|event|session|symposium|summit|plenary)\b)"
                          # "ASI welcomed 25 agencies to the plenary": those it received at the gathering told
                          r"|\b(?:welcomed|received)\s+(?P<who>(?:[\w\-]+\s+){1,4}?)to\s+(?:the|this|that)\s+(?:[\w\-]+\s+){0,2}?"
                          r"(?:meeting|workshop|forum|conference|session|symposium|summit|plenary)\b")
# "34 scientists and agency representatives took part": how many took part.
COUNT_TOOK_PART_RE = re.compile(r"\b(\d{1,3}|[a-z]+-?[a-z]*|^[A-Z][a-z]+-?[a-z]*)\s+(?:[\w\-]+\s+){0,4}?(?:took part|"
                                r"participated|attended|(?:were|was)\s+(?:represented|present)|"
                                r"(?:answered|replied|responded)(?!\s+[a-z]))\b")
# A gathering held at no place: "online", "by video conference".
VIRTUAL_RE = re.compile(r"\b(?:online|virtual(?:ly)?|video[\s\-]?conference|teleconference|web\s+conference|"
                        r"by\s+video)\b", re.I)
# A meeting held online: "met by video conference", "held online", "a virtual plenary".
VIRTUAL_MEETING_RE = re.compile(r"\b(?:met|meeting|gathered|convened|held)\s+(?:[\w\-]+\s+){0,3}?(?:online|virtually|"
                                r"(?:by|via|through)\s+(?:video[\s\-]?conference|teleconference|video))\b"
                                r"|\b(?:online|virtual)\s+(?:meeting|workshop|session|plenary|forum|conference)\b")
DECISION_RE = re.compile(r"\b(?:agreed|decided)\s+(?P<how>by\s+(?:[\w\-]+\s+){1,3}?)?to\s+(?P<agreed>(?:[\w’']+\s+){1,6}\w+)"
                         r"|\bdecision\s+(?:taken\s+)?(?:in|by)\s+.*?\s+to\s+(?P<decided>(?:\w+\s+){1,6}\w+)")


def _of_another_year(ctx: Context, subject: str, event: Entity) -> bool:
    """"The 2018 workshop on lunar science was hosted by JAXA", told after the 2019 one: the years the words before
    "hosted by" name, none of them the paragraph's gathering's, are of another gathering."""
    start = ctx.events.starts.get(event.iri)
    years = re.findall(r"\b(?:19|20)\d\d\b", subject)
    return bool(start and years and str(start)[:4] not in years)


def _new_event(text: str) -> re.Match | None:
    """An event a sentence describes, named by its kind: "a workshop took place in ...", or a list item
    "- ISECG senior managers meeting, 9 September 2020, ..."."""
    return GENERIC_EVENT_RE.search(text) or LISTED_EVENT_RE.match(text)


def count_of(word: str) -> int | None:
    """"26", "seventeen", "Forty-one"; not a rank ("the first meeting attended by all fourteen")."""
    from .rules_org import number

    if re.fullmatch(r"first|second|third|[a-z\-]+th|\d+(?:st|nd|rd|th)", word.lower()):
        return None
    # "twentyone": a number word whose hyphen a line break took ("twenty-" / "one"); "twenty-", its tens alone
    fused = re.fullmatch(rf"({'|'.join(TENS)})-?(one|two|three|four|five|six|seven|eight|nine)?", word.lower())
    return number("-".join(filter(None, fused.groups())) if fused else word)


PERIOD_RE = re.compile(r"\b(?:between|from)\s+(?:[\w\-]+\s+){0,3}$", re.I)


# A gathering its year names: "the 2033 plenary (4–6 May)", "The 2033 plenary — Tokyo, 4–6 May": the year of days
# told without one.
YEAR_GATHERING_RE = re.compile(r"\b((?:19|20)\d\d)(?:['’]s)?\s+(?:[\w\-]+\s+){0,2}?(?:plenary|meeting|workshop|"
                               r"conference|forum|summit|symposium|session)\b", re.I)


def gathering_year(ctx: Context, text: str) -> int | None:
    """The year of the days a sentence tells without one: its gathering's (YEAR_GATHERING_RE), else the document's."""
    return int(named.group(1)) if (named := YEAR_GATHERING_RE.search(text)) else ctx.doc.year


def _dated(ctx: Context, text: str, *, day_or_month: bool = True):
    dates = join_ranges(text, find_dates(text, default_year=gathering_year(ctx, text)))  # "2022-06-14 to 2022-06-15": one span
    return [d for d in dates if len(d.start) >= 7] if day_or_month else dates


SECTION_REACH = 8  # lines below a gathering's heading its section may take


def section_event(ctx: Context, state: State, sentence: Sentence) -> Entity | None:
    """The gathering the heading of the sentence's section named ("3.1 Spring plenary (Tsukuba, 4–6 June 2019)" /
    "JAXA hosted the plenary. Eighteen agencies attended."), while no other heading came between."""
    if state.section_event is None:
        return None
    event, at = state.section_event
    lines = ctx.text.lines
    here = next((i for i in range(at, min(len(lines), at + SECTION_REACH + 2)) if lines[i] is sentence.line), None)
    if here is None or any(lines[i].heading for i in range(at + 2, here + 1)):
        state.section_event = None if here is None else state.section_event
        return None
    return event


def meetings(ctx: Context, state: State, sentence: Sentence) -> None:
    """Meetings a sentence describes without naming: when, where, hosted by whom, how many took part;
    "the agencies represented were A, B and C" counts the meeting of the sentence before.  Also
    dated decisions of a body ("In July 2008 the members agreed to study ...")."""
    text = sentence.text
    if any(f.rule == "listed-meetings" for f in ctx.rec.result.facts[state.facts_at:]):
        return  # the meetings the sentence lists, each read with its own parts
    if state.event is None and not _dated(ctx, text):
        state.event = section_event(ctx, state, sentence)
    if state.event is not None and ATTENDEES_RE.search(text):
        listed = text[ATTENDEES_RE.search(text).end():]
        attendees = [m.entity for m in sentence.mentions if m.entity.type in ORG_LIKE
                     and m.start >= len(text) - len(listed)]
        items = [i for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.strip(" .:;")) if i.strip()]
        # every item counts, the bodies no list knows too (when most items are bodies: not people's names)
        if len(attendees) >= 2 and 2 * len(attendees) >= len(items):
            evidence = sentence.evidence()
            for org in attendees:
                ctx.rec.fact(state.event.iri, "schema:attendee", org.iri, "meeting-attendees", 0.8, evidence)
            participant_count(ctx, state.event, max(len(items), len(attendees)), evidence)
            return
    told = state.event or ctx.events.record  # in a meeting's record, the meeting recorded
    field = COUNT_FIELD_RE.match(text)
    if told is None and field and state.gathering is not None and sentence.offset == sentence.line.offset:
        # "Attendance: 23 agencies and 61 delegates." on the line after the paragraph telling the gathering
        lines = ctx.text.lines
        at = next((i for i, line in enumerate(lines) if line is sentence.line), 0)
        told = state.gathering[0] if at and lines[at - 1] is state.gathering[1] else None
    if told is not None and field and (n := count_of(field.group(1))):
        participant_count(ctx, told, n, sentence.evidence())  # "Participants: 23 agencies" under the record's head
        return
    if told is not None and (the := THE_COUNT_RE.match(text)) and (n := count_of(the.group(1))):
        participant_count(ctx, told, n, sentence.evidence())
        return
    took = TOOK_PART_RE.search(text)
    if told is not None and took and not _dated(ctx, text) and not ELSEWHEN_RE.search(text) \
            and not OVER_A_TIME_RE.search(text) and not FUTURE_COUNT_RE.search(text) \
            and (bodies := _listed_subject(sentence, took.start())):
        # "ASI, CNES, CSA, DLR, ESA, JAXA, NASA and UKSA took part.": those listed, and how many
        for m in sentence.mentions:
            if m.entity.type in ORG_LIKE and m.end <= took.start():
                ctx.rec.fact(told.iri, "schema:attendee", m.entity.iri, "meeting-attendees", 0.75, sentence.evidence())
        participant_count(ctx, told, bodies, sentence.evidence())
        return
    if told is not None and TOOK_PART_RE.search(text) and not MEETING_RE.search(text) \
            and not _dated(ctx, text) and not ELSEWHEN_RE.search(text) and not OVER_A_TIME_RE.search(text) and (count := PARTICIPANTS_RE.search(text) or COUNT_TOOK_PART_RE.search(text)):
        # "Representatives of 26 space agencies took part.", "Forty-one experts from 16 agencies attended": the
        # meeting just told, the first count of the verb's subject
        n = _subject_count(text, TOOK_PART_RE.search(text).start()) or count_of(count.group(1))
        if n:
            participant_count(ctx, told, n, sentence.evidence())
            count_bodies_too(ctx, told, text, n, sentence.evidence())
        if not HOSTED_IT_RE.search(text):  # "CNES hosted the meeting, which was attended by ...": its host too
            return
    hosting = HOSTED_IT_RE.search(text)
    if state.event is not None and hosting and not _dated(ctx, text) and not sentence.of_type("Event"):
        who = subject(sentence, hosting.start(), fallback=False)  # "CNES hosted the meeting.": the meeting just told
        if who is not None and who.type in ORG_LIKE:
            ctx.rec.fact(state.event.iri, "schema:organizer", who.iri, "hosted-it", 0.75, sentence.evidence())
        counted = re.match(r"(?:some|about|around|over|nearly\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:[\w\-]+\s+)?(?:agencies|"
                           r"delegations|organi[sz]ations)\s+$", hosting.group("who") or "")
        if counted and (n := count_of(counted.group(1))):  # "welcomed 25 agencies to the plenary"
            participant_count(ctx, state.event, n, sentence.evidence())
        return
    # A list item naming an event, then its details: "- ISECG senior managers meeting, 9 September 2020,
    # hosted by ASI, 23 agencies" (the item before may have named one of the same name, of another date).
    listed = LISTED_EVENT_RE.match(text)
    planned = PLANNED_RE.search(text)
    generic = GENERIC_EVENT_RE.search(text) or listed or planned
    gather = GATHER_RE.search(text)
    told = _told_event(ctx, text)
    named = sentence.of_type("Event")
    met = MEETING_RE.search(text)
    # ("The managers met in Naples on 2 October, during the Congress": the meeting is the subject)
    first = min((m.start() for m in (generic, gather, told and told[0], met) if m), default=len(text))
    if named and not ANAPHORA_EVENT_RE.search(text) and not listed and first > named[0].start \
            and not AS_A_TIME_RE.search(text[:named[0].start]):
        return  # a named event, the subject of its sentence (not one saying when): the events rule
    anaphora = ANAPHORA_EVENT_RE.search(text)
    count = ATTENDED_BY_RE.search(text) or PARTICIPANTS_RE.search(text) or HAD_COUNT_RE.search(text) \
        or (LISTED_COUNT_RE.search(text) if listed else None) or COUNT_TOOK_PART_RE.search(text) \
        or (SET_OFF_COUNT_RE.search(text, generic.end()) if generic and not listed else None)
    count = None if FUTURE_COUNT_RE.search(text) else count  # "30 countries will attend the forum": none took part yet
    if count is not None and len(dated := _dated(ctx, text)) > 1 and dated[1].pos[0] < count.start():
        count = None  # "met on 12–13 March (17 agencies) and again on 9 September, when 23 ...": the second date's
    dates = [told[1]] if told and not (generic or met or gather) else _dated(ctx, text)
    dateline = DATELINE_RE.match(text)
    dates = [d for d in dates if not dateline or d.pos[0] >= dateline.end()]
    # "the first meeting since the United States announced, in March 2019, that ...": the date of what happened since
    # (not "for the first time since October 2019": a meeting then, the last one)
    dates = [d for d in dates if not SINCE_CLAUSE_RE.search(text[:d.pos[0]])]
    # "Inputs were collected between February and September 2019 and reviewed at the TWG meeting ... on 14 May 2019":
    # a period told before the gathering is of other work when the gathering has a day of its own after it
    own = [d for d in dates if generic and d.pos[0] >= generic.end()]
    if own and dates[0].pos[0] < generic.start() and PERIOD_RE.search(text[:dates[0].pos[0]]):
        dates = own
    if dateline and not dates and re.search(r"\btoday\b", text[dateline.end():]):
        # "PARIS, 17 September 2022 — The senior managers met in Paris today ...": the day of the dateline
        dates = [d for d in _dated(ctx, text[:dateline.end()]) if len(d.start) == 10][:1]
    if not dates and met and not SERIES_RE.search(text) and not _NOT_DONE_RE.search(text) and not MEET_AGAIN_RE.search(text) \
            and (season := SEASON_YEAR_RE.search(text)):
        # "In early 2021 the heads of delegation met by videoconference": a meeting the text dates to a part of a year
        dates = [DateSpan(season.group(1), None, season.span(1))]
    if not dates and (met or gather) and not SERIES_RE.search(text) and not _NOT_DONE_RE.search(text) \
            and not MEET_AGAIN_RE.search(text) and (later := _days_told_next(ctx, sentence)) is not None:
        # "JAXA hosted the senior managers of ISECG in Tokyo this week. Over two days, 4 and 5 March, delegates from
        # 24 agencies discussed ...": the days the next sentence opens with
        dates = [DateSpan(later.start, later.end, (len(text), len(text)))]
    # "one day before the 73rd Congress (18 to 22 September 2022) opened": the days of the event named as a time
    as_time = [m for m in named if AS_A_TIME_RE.search(text[:m.start])]
    dates = [d for d in dates if not any(m.end <= d.pos[0] <= m.end + 3 for m in as_time)]
    if planned and generic is planned:  # an announced meeting may be dated by its year only ("in the autumn of 2018")
        dates = [d for d in find_dates(text, default_year=ctx.doc.year) if d.pos[0] > planned.end()][:1]
    # "hosted by ASI"; a list item's field: "— host: NASA —", "Host agency: DLR"
    hosted = re.search(r"\bhosted by\b", text) or (
        re.search(r"\b(?i:host(?:ing)?(?:\s+(?:agency|organi[sz]ation))?)\s*:\s*(?=(?:the\s+)?[A-Z])", text) if listed else None)
    if not (generic or anaphora or met or gather or told) or not (dates or hosted and count):
        return _decision(ctx, state, sentence, dates)
    if CALLED_OFF_RE.search(text):
        return  # "The plenary that was planned in Houston in March 2020 was cancelled": no gathering took place
    evidence = sentence.evidence()
    date = dates[0] if dates else None
    event = None
    if anaphora:  # "That forum (ISEF) met in Washington DC on 9 January 2014": the forum named before
        noun = anaphora.group(1).lower()
        event = next((e for e in reversed(list(ctx.rec.result.entities.values())) if e.type == "Event"
                      and e.label.lower().split()[-1] == noun), None)
        if event is not None and anaphora.group(2) and not event.acronym:
            ctx.rec.alias(event, anaphora.group(2), "meeting", 0.8, evidence, predicate="isecg:acronym")
    phrase = generic.group(1) if generic else " ".join(told[0].groups()) if told else "meeting"
    noun = phrase.split()[-1].lower()
    if noun in AUDIENCE_EVENTS:  # "a panel at which heads of five agencies spoke": speakers, not who took part
        count = None
    if event is None and date is not None:
        town = next((m.entity for m in sentence.mentions if m.entity.type == "Place"), None)
        event = ctx.events.on(date.start) or ctx.events.of_kind(date.start, noun, town) \
            or closed_before(state, text, date) or ctx.events.recorded(date.start)
        if event is not None and any(m.entity.iri == event.iri and AS_A_TIME_RE.search(text[:m.start]) for m in named):
            event = None  # "on the margins of the Congress, the managers met ...": not the Congress
    if event is None:
        # Whose meeting: the body that met ("The TWG held its annual meeting"), else the document's.
        who = subject(sentence, met.start(), fallback=False) if met and not gather else None
        who = None if met and _listed_subject(sentence, met.start()) else who  # several bodies met: none's own
        if generic is not None and "of" in generic.groupdict() and generic.group("of").strip():
            # "a workshop of the Exploration Roadmap Working Group (ERWG) hosted by ...": that body's
            who = next((m.entity for m in sentence.mentions if generic.start("of") <= m.start < generic.end("of")), who)
        name = meeting_name(text, phrase, noun, who if who is not None and who.type in ORG_LIKE else ctx.body)
        when = date.start if date else ctx.series.date or ""
        event = ctx.rec.define(name, "Event", evidence, rule="meeting", confidence=0.75, slug=f"{name} {when}",
                               lookup=False)
    state.event = event
    if date is not None:
        date_facts(ctx, event, date, "meeting", 0.8, evidence)
    host = None
    if hosted and NEXT_EVENT_RE.search(text[:hosted.end()]) and not (planned and generic is planned):
        pass  # "...; the 2021 meeting, to be hosted by KARI, ...": the host of another meeting, still to come
    elif hosted:
        after = [m.entity for m in sentence.mentions if m.start >= hosted.end() and m.entity.type in ORG_LIKE]
        # (the document's own body before another organisation is a page header run into the line: "hosted by GER
        # Supplement 2022 — Digest ISECG the UK Space Agency")
        host = after[1] if len(after) > 1 and after[0] is ctx.body else next(iter(after), None)
        host = (government(ctx, text, hosted.end(), evidence) or (host,))[0]
    elif gather and not re.search(r"\b(?:was|were|as)\s+(?:the\s+)?(?:co-?)?hosts?\b", text[gather.end():]):
        # "ASI brought the group together" (not "ISECG welcomed 18 agencies; JAXA was host": the host said)
        host = subject(sentence, gather.start(), fallback=False)
    else:  # "a workshop that ESA hosted", "ISECG also held a public panel"
        held = r"|held\s+an?\b" if told and not generic and not met else ""  # not "held its annual meeting"
        host = next((m.entity for m in sentence.mentions if m.entity.type in ORG_LIKE
                     and re.match(rf"\s+(?:also\s+)?(?:had\s+)?(?:hosted|organi[sz]ed|convened{held})\b"
                                  r"(?!\s+(?:in|at|on|online|virtually|remotely|by|from|for|during|again|twice|once)\b)",
                                  text[m.end:])  # "NASA convened the meeting", not "The TWG convened in Longueuil"
                     and not re.search(r"\bby\s+(?:the\s+)?$", text[:m.start])), None)
    if host is None and not hosted and not NEXT_EVENT_RE.search(text):
        host = site_host(ctx, text)  # "The ERWG met at ESTEC in Noordwijk": ESA's site
    if host is not None and host.type in ORG_LIKE:
        ctx.rec.fact(event.iri, "schema:organizer", host.iri, "meeting", 0.8, evidence)
    if re.match(r"(?:online|virtual)\b", phrase) or noun == "teleconference" or VIRTUAL_MEETING_RE.search(text):
        online(ctx, event, "meeting", evidence)
    before = PLACE_BEFORE_DATE_RE.search(text[:date.pos[0]]) if date is not None and date.pos[1] > 0 else None
    if before is not None and (located := find_place(ctx, before.group(1), evidence)) is not None:
        ctx.rec.fact(event.iri, "schema:location", located.iri, "meeting", 0.75, evidence)
        _count_of(ctx, event, count, evidence)
        if count is None and met and (bodies := _listed_subject(sentence, met.start())):
            participant_count(ctx, event, bodies, evidence)
        return
    place = re.search(r"\bin\s+([A-Z][\w\-]+(?:,\s*[A-Z][\w\-]+)?)", text[date.pos[1] if date else planned.end():]) \
        if planned and generic is planned else PLACE_AFTER_RE.search(text) \
        or (PLACE_AFTER_DATE_RE.match(text, date.pos[1]) if date is not None else None)
    if place and not re.match(r"(?:online|virtual)", place.group(1)):
        owner = re.match(r"(\S+?)(?:'s|’s)\s+", place.group(1))
        host = ctx.rec.gazetteer.lookup(owner.group(1)) if owner else None
        if host is not None and host.type in ORG_LIKE:  # "met at ESA's European Space Operations Centre"
            ctx.rec.fact(event.iri, "schema:organizer", host.iri, "meeting", 0.7, evidence)
        located = find_place(ctx, place.group(1)[owner.end() if owner else 0:], evidence)
        # "held at the invitation of KARI on 7–8 December 2023 in Songdo (Incheon, ...)": no place after "at", one
        # after the date
        after = PLACE_AFTER_DATE_RE.match(text, date.pos[1]) if located is None and date is not None else None
        located = located or (find_place(ctx, after.group(1), evidence) if after else None)
        if located is not None:
            ctx.rec.fact(event.iri, "schema:location", located.iri, "meeting", 0.75, evidence)
    elif listed and (located := _listed_place(ctx, sentence, listed.end(), evidence)) is not None:
        ctx.rec.fact(event.iri, "schema:location", located.iri, "meeting", 0.75, evidence)
    if not any(f.s == event.iri and f.p == "schema:location" for f in ctx.rec.result.facts) \
            and (located := _town_before_noun(ctx, sentence, evidence)) is not None:
        ctx.rec.fact(event.iri, "schema:location", located.iri, "meeting", 0.7, evidence)
    _count_of(ctx, event, count, evidence)
    if count is None and met and (bodies := _listed_subject(sentence, met.start())):
        participant_count(ctx, event, bodies, evidence)


# Who met, a list of bodies: "Representatives of NASA, ESA, JAXA and CSA met in Montreal", "Delegates from ASI, CNES
# and DLR gathered ...": as many took part as the list names.
_LISTED_SUBJECT_RE = re.compile(r"^\W*(?:(?:[\w\-]+\s+){0,2}?(?:representatives|delegates|delegations|heads|experts|managers|"
                                r"officials|teams)\s+(?:of|from)\s+)?(?:the\s+)?$", re.I)


def _listed_subject(sentence: Sentence, verb: int) -> int | None:
    """How many bodies the list before ``verb`` names, when it is the whole subject (two or more)."""
    text = sentence.text
    orgs = [m for m in sentence.mentions if m.entity.type in ORG_LIKE and m.end <= verb]
    if len(orgs) < 2 or not _LISTED_SUBJECT_RE.match(text[:orgs[0].start]) \
            or not re.fullmatch(r"\s*(?:\([^()]{1,20}\)\s*)?", text[orgs[-1].end:verb]):
        return None
    if not all(re.fullmatch(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?",
                            text[a.end:b.start]) for a, b in zip(orgs, orgs[1:])):
        return None
    return len({m.entity.iri for m in orgs})


_TOWN_NOUN_RE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:(?:19|20)\d\d\s+)?([A-Z][a-z\-]+(?:\s+[A-Z][a-z\-]+)?)\s+"
                           r"(?:(?:senior\s+managers\s+|spring\s+|autumn\s+|winter\s+|summer\s+)?(?:plenary|meeting|workshop|"
                           r"forum|conference|symposium|summit|gathering))\b")


# A host's own seat named by its town: "Welcomed by KARI at its Daejeon headquarters, the heads of delegation met ..."
_TOWN_SEAT_RE = re.compile(r"\bat\s+(?:its|their|the)\s+(?:own\s+)?(?!(?:Agency|Space|Secretariat|Group|Cent(?:re|er)|"
                           r"Institute|Main|New|Central)\b)([A-Z][a-z\-]+(?:\s+[A-Z][a-z\-]+)?)\s+(?:headquarters|head\s+office|"
                           r"offices|premises|campus)\b")


def _town_before_noun(ctx: Context, sentence: Sentence, evidence) -> Entity | None:
    """A town named before the gathering's noun: "The Paris plenary (21–23 March 2023)", "At the Ottawa plenary on
    27–29 June": a place a list knows, or a town the document says something happened in ("met in Paris and
    Ottawa"); or before the host's seat ("at its Daejeon headquarters")."""
    m = _TOWN_NOUN_RE.search(sentence.text)
    if m is None and (seat := _TOWN_SEAT_RE.search(sentence.text)) is not None \
            and not any(x.start < seat.end(1) and seat.start(1) < x.end for x in sentence.mentions if x.entity.type in ORG_LIKE):
        return find_place(ctx, seat.group(1), evidence)
    if m is None or any(x.start < m.end(1) and m.start(1) < x.end for x in sentence.mentions if x.entity.type in ORG_LIKE):
        return None
    town = m.group(1)
    known = [x for x in ctx.rec.gazetteer.find(town) if x.entity.type == "Place" and x.start == 0 and x.end == len(town)]
    said = any(re.search(rf"\b(?:in|at|to)\s+(?:[A-Z][\w\-]+,?\s+(?:and\s+)?)?{re.escape(town)}\b", page.text)
               for page in ctx.text.pages)
    return find_place(ctx, town, evidence) if known or said else None


def _listed_place(ctx: Context, sentence: Sentence, at: int, evidence) -> Entity | None:
    """The place a list item's details give as a part of their own between commas ("- Senior managers meeting,
    Rome, 14–15 June 2022, hosted by ASI"; "..., Tsukuba (Japan), ..."): capitalised words a known place is in
    (or a town before its known country), no organisation's name."""
    orgs = [(m.start, m.end) for m in sentence.mentions if m.entity.type in ORG_LIKE]
    # (parts set off by dashes too: "- Senior managers meeting — Bremen — 12 May 2021"; a bracket of a field after
    # the town is not the place's: "Toulouse (host: CNES)")
    for part in re.finditer(r"(?:[^,;—–]|(?<=\S)[–-](?=\S))+", sentence.text[at:]):
        words = re.sub(r"\s*\((?![A-Z][\w\s\-]*\))[^()]*\)$", "", part.group().strip())
        start = at + part.start() + part.group().index(words[:1] or " ") if words else at
        if not re.fullmatch(rf"{SAINT}?[A-Z][\w\-.’']*(?:\s+[A-Z][\w\-.’']*){{0,3}}(?:\s*\([A-Z][\w\s\-]*\))?", words) \
                or any(s < start + len(words) and start < e for s, e in orgs):
            continue
        known = [m for m in ctx.rec.gazetteer.find(words) if m.entity.type in ("Place", "Country")]
        # a town no list knows, the part just before the item's date ("ISECG meeting, Berlin, 20–21 April 2008")
        dated = re.match(r"\s*[,—–]\s*(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+)?(?:January|February|March|April|May|June|July|August|"
                         r"September|October|November|December)\b", sentence.text[at + part.end():])
        if known or dated and re.fullmatch(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+)?", words):
            return find_place(ctx, re.sub(r"\s*\(([^()]*)\)", r", \1", words), evidence)
    return None


_DATE_WORD_RE = re.compile(r"\d+|(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December)\b")


def meeting_name(text: str, phrase: str, noun: str, who: Entity | None) -> str:
    """A gathering's name from the words of its noun phrase ("a space exploration conference"), else from whose
    it is and its kind ("ISECG senior managers meeting"); words saying which or when are no part of it."""
    words = [w for w in phrase.split() if w.lower() not in NOT_A_NAME and not _DATE_WORD_RE.fullmatch(w)
             and not re.fullmatch(r"\([A-Z]{2,}\)", w)]  # "Senior Agency Managers (SAM) meeting"
    if len(words) > 1:  # "a space exploration conference", "a writing workshop"
        name = " ".join(words)
    else:
        # who met: "senior managers", "heads of delegation" (the level a body's meeting is held at)
        managers = re.search(r"\bsenior\s+(?:agency\s+)?manag\w+|\bheads\s+of\s+(?P<of>delegation|agenc)", text, re.I)
        level = ("heads of delegation" if managers.group("of").lower() == "delegation" else "heads of agency") \
            if managers and managers.group("of") else "senior managers" if managers else None
        body = who.acronym or who.label if who is not None else None
        name = " ".join(filter(None, [body, level, noun]))
    return name[0].upper() + name[1:]


def _subject_count(text: str, verb: int) -> int | None:
    """The first number of the few words before ``verb`` in its clause (after a fronted partitive: "Of ISECG's 24
    member agencies, 23 took part"), or the part a relative partitive gives ("22 agencies, of which 21 were ...")."""
    clause = re.split(r"[;:]", text[:verb])[-1]
    if re.match(r"\W*(?:[\d.]+\s+)?(?:Of|Out\s+of)\b", clause) and "," in clause:
        clause = clause[clause.rfind(",") + 1:]
    part = re.search(r",\s+of\s+(?:which|whom|these|them)\s+(\S+)\s*$", clause)
    if part and (n := count_of(part.group(1))) is not None:
        return n
    return next((n for word in clause.split()[-8:] if (n := count_of(word.strip(",()"))) is not None), None)


def _count_of(ctx: Context, event: Entity, count: re.Match | None, evidence) -> None:
    if count and (n := count_of(count.group(1))):
        # "24 out of 27 agencies attended": the part, not the whole
        part = re.search(r"\b(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?$",
                         count.string[:count.start(1)])
        n = (count_of(part.group(1)) or n) if part else n
        participant_count(ctx, event, n, evidence)
        count_bodies_too(ctx, event, count.string, n, evidence)


# "41 delegates from 13 agencies", "attended by 120 experts from 18 countries": people and the bodies they came from
_PEOPLE_FROM_BODIES_RE = re.compile(
    rf"\b(\d{{1,3}}|[A-Za-z]+(?:-[a-z]+)?)\s+(?:[a-z][\w\-]*\s+){{0,2}}?{PEOPLE}\s+(?:(?:came\s+|coming\s+)?from|of|representing)\s+(?:some\s+|about\s+)?"
    r"(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:space\s+|member\s+|partner\s+)?(?:agencies|organi[sz]ations|countries|nations)\b")


def count_bodies_too(ctx: Context, event: Entity, text: str, n: int, evidence) -> None:
    """A head count of people said with how many bodies they came from ("41 delegates from 13 agencies"): the
    gathering is counted both ways, whichever one a rule read (a question may ask either; the answer reads which
    count a sentence says is of what)."""
    both = _PEOPLE_FROM_BODIES_RE.search(text)
    if both is None or FUTURE_COUNT_RE.search(text):
        return
    counts = [count_of(both.group(1)), count_of(both.group(2))]
    if n in counts:
        for m in counts:
            if m and m != n:
                participant_count(ctx, event, m, evidence)


def online(ctx: Context, event: Entity, rule: str, evidence) -> None:
    """An event held online (schema:eventAttendanceMode); a sentence saying so names no place."""
    ctx.rec.fact(event.iri, "schema:eventAttendanceMode", term("schema:OnlineEventAttendanceMode").value, rule, 0.8,
                 evidence)


def virtual_place(ctx: Context, evidence) -> Entity:
    """The place a table gives an online meeting ("online" in its place column): schema.org's VirtualLocation,
    named "online" and "virtual" (the words for it in a table's place column or a sentence: "held virtually")."""
    place = ctx.rec.define("online", "Place", evidence, rule="virtual-place", confidence=0.8, slug="online",
                           lookup=False, cls="schema:VirtualLocation")
    ctx.rec.fact(place.iri, "skos:altLabel", ox.Literal("virtual"), "virtual-place", 0.8, evidence)
    return place


def _told_event(ctx: Context, text: str) -> tuple[re.Match, DateSpan] | None:
    """An event noun phrase and its date: "at their meeting in Tokyo on 2019-07-03", "the online meeting of
    20–21 April 2021", "a writing workshop that ESA hosted at ESTEC ... on 12–14 February 2019", "the workshop in
    Berlin (10–12 March 2031)"."""
    dates = _dated(ctx, text)
    for m in EVENT_NP_RE.finditer(text):
        for date in dates:
            between = text[m.end():date.pos[0]]
            if 0 <= len(between) <= _NP_DATE_GAP and not re.search(r"[;:]|\.\s", between) \
                    and not OTHER_HAPPENING_RE.search(between) \
                    and re.search(r"(?:\b(?:on|of|in|from)\s+(?:[A-Z][a-z]+day,?\s+)?|\()$", between) \
                    and NP_GOES_ON_RE.match(between):
                year = re.search(r"\b(?:of|in)\s+((?:19|20)\d\d),?\s", between)
                if year and not any(d.pos == date.pos for d in find_dates(text)):  # "the call of 2020, on 8 December"
                    date = next((d for d in find_dates(text, default_year=int(year.group(1))) if d.pos == date.pos), date)
                return m, date
    return None


def participant_count(ctx: Context, event: Entity, n: int, evidence) -> None:
    ctx.rec.fact(event.iri, "isecg:participantCount", ox.Literal(str(n), datatype=term("xsd:integer")),
                 "meeting-participants", 0.8, evidence)


def _decision(ctx: Context, state: State, sentence: Sentence, dates) -> None:
    """"In July 2008 the members of ISECG agreed to study ...": a dated decision is an event."""
    m = DECISION_RE.search(sentence.text)
    if not m or not dates:
        return
    what = m.group("agreed") or m.group("decided")
    noun = "agreement" if m.group("agreed") else "decision"
    name = f"{noun} {m.group('how') or ''}to {what}"  # "agreement by written procedure to admit ..."
    evidence = sentence.evidence()
    event = ctx.rec.define(name[0].upper() + name[1:], "Event", evidence, rule="decision", confidence=0.7,
                           slug=f"{name} {dates[0].start}", lookup=False)
    date_facts(ctx, event, dates[0], "decision", 0.75, evidence)


# Something a mission, agency or government did on a date: "On 3 January 2019 Chang'e 4 made the first soft
# landing ...", "ISRO launched Chandrayaan-2 on 22 July 2019", "NASA ended its Asteroid Redirect Mission in 2017".
# Meetings, decisions and the document's own publication have their rules above.
HAPPENED_RE = re.compile(
    r"\b(?:(?:was|were)\s+)?(?:launched|landed|made\s+(?:[\w\-]+\s+){0,3}?landing|crash(?:ed|-landed)|"
    r"(?:entered|(?<=was\s)inserted\s+into|went\s+into)\s+(?:[\w\-]+\s+)?orbit|touched\s+down|signed|announced|ended|"
    r"cancell?ed|terminated|set\s+up|established|founded|inaugurated|unveiled|set\s+(?:[\w\-]+\s+){1,2}?as|"
    r"flew\s+(?:(?:a|an|its|their)\s+(?:[\w\-]+\s+)?(?:mission|flight|trajectory)\s+)?(?:around|past|by|to)|was\s+lost|(?<=,\s)lost|"
    r"struck|impacted|lifted\s+off|selected|awarded|received\s+(?:[\w\-]+\s+){0,5}?contracts?|committed\s+to|"
    # a body made or a programme ended by someone: with a body as object ("ISECG created the SWG in 2016", "...
    # formed a task group"), not a participle ("The agency, formed in mid-2018, works ...": what the agency is)
    # nor "created momentum"; "NASA brought ARM to an end in 2017"
    r"(?:created|formed)(?=\s+(?:[A-Z]|(?:its|their|an?|the)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:[A-Z]|(?:group|agency|office|team|task\s+force|committee|body|board|council|network|unit|"
    r"cent(?:re|er))\b)))|brought\s+(?:[\w\-'’]+\s+){1,5}?to\s+an\s+end|"
    # a flight's arrival ("splashed down in the Pacific", "reached lunar orbit" (a body's orbit: "reached its
    # orbit" is no arrival told), "docked with the station", "returned samples to Earth")
    r"splashed\s+down|reached\s+(?:lunar|Martian|Mars|Earth)\s+orbit|docked|returned\s+(?:[\w\-]+\s+){0,4}?to\s+Earth)\b")
# A date said when something happened ("On 3 May", "in March 2019", "during 2017"), not one it is about.
_WHEN_BEFORE_RE = re.compile(r"(?:^|\b(?:[Oo]n|[Ii]n|[Dd]uring|[Bb]y|[Ff]rom|[Bb]etween))\s*$")
_NOT_DONE_RE = re.compile(r"\b(?:will|would|could|may|might|shall|plans?|planned|expected|intends?|to be)\b")
# The end of what happened: the next clause, a date or a place said of it.
_WHAT_ENDS_RE = re.compile(r"\s*(?:[,;(]|\s(?:on|in|during|at|from|when|after|before|while)\s+(?:\d|[A-Z])"
                           r"|\s(?:and|but|while|whereas)\s+(?:the|an?|its|their)\s)")  # "... and the plume contained"
_OWNER_RE = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w\-]*\s+){0,5}[A-Z][\w\-]*(?:'s|’s)\s+")


LAUNCHED_FROM_RE = re.compile(r"\s*from\s+([A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2})")  # "launched from Kourou"
_MONTH_RE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                       r"Spring|Summer|Autumn|Fall|Winter)\b")
HAPPENED_IN_RE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?([A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2})")
# "the Rashid rover of the Mohammed Bin Rashid Space Centre (MBRSC)": a subject has at most this many content words
_WHO_MAX_WORDS = 8
_SUBORDINATE_RE = re.compile(r"\s*(?:[Aa]fter|[Bb]efore|[Oo]nce|[Ww]hen|[Uu]ntil|[Ww]hile|[Ww]hereas|[Aa]lthough)\s+")
_FUNCTION_WORDS = {"the", "of", "a", "an", "and"}
# Words a thing's name does not go back past: "the MARE experiment on Artemis I", "including JAXA's SLIM".
_NAME_STOP_RE = re.compile(r".*\b(?:on|of|in|at|to|for|by|with|from|including|include[sd]?|and|or|the|an?|its|their|aboard|carrying)\s+")


FLIGHT_RE = re.compile(r"(?:(?:was|were)\s+)?(?:launched|landed|lifted|touched|crash|entered|inserted|went|flew|impacted|struck)")
# A thing's name a relative clause tells of: "SLIM of JAXA", "The Korea Pathfinder Lunar Orbiter of KARI", "Danuri (KPLO)".
_NAMED_THING_RE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w\-'’]*(?:\s+(?:[A-Z0-9][\w\-'’]*|\([A-Z][\w\-]*\)|of|for|the))*")
# Where a verb's own words end: the next comma or coordinated clause ("committed on 28 May and will supply ...").
_OWN_WORDS_END_RE = re.compile(r",|\s(?:and|but)\s")
# A list item's label: "CNSA – Tianwen-1 was launched ..." (who reported it, not what happened).
_LABEL_RE = re.compile(r"^\s*[A-Z][A-Za-z]{1,9}\s+[–—]\s+")


SINCE_CLAUSE_RE = re.compile(r"\bsince\s+[^,;]*?\b[a-z]{3,}ed\b[^;]*$")
_REPORTED_RE = re.compile(r"\s+(?:(?:on|in|during)\s+[^,;]{3,25}?\s+)?that\b")  # "... announced (on 5 May) that"
_FOUNDED_RE = re.compile(r"\b(?:set\s+up|founded|established|created|formed)\b")


def _leading_name(before: str) -> str:
    """The name a clause opens with when an apposition follows it ("Tianwen-1, China's first Mars mission,
    was launched"), or ""."""
    first = before.split(",")[0].strip()
    return first if "," in before and re.fullmatch(r"(?:[A-Z][\w\-'’]*\s?){1,4}", first) else ""


def _appositive(before: str) -> str:
    """The named thing a participle set off by commas tells of ("Artemis I, launched on ...", "KARI's Danuri
    lunar orbiter, launched on ..."), or ""."""
    if not re.search(r",\s*$", before):
        return ""
    words = before.rstrip(" ,").split()[-6:]
    thing = re.sub(r"^(?:The|A|An|Its|Their)\s+", "", _NAME_STOP_RE.sub("", " ".join(words).split(". ")[-1]))
    return thing if re.match(r"[A-Z]", _OWNER_RE.sub("", thing)) else ""  # a name: "Artemis I", not "new rover"


def happenings(ctx: Context, state: State, sentence: Sentence) -> None:
    """Dated things done (launches, landings, statements signed, programmes ended or set up): an event each,
    named by its clause ("Chang'e 4 made the first soft landing on the far side of the Moon")."""
    text = sentence.text
    # A gathering named in a clause after the happening's own is only its setting ("... was signed in Adelaide on
    # 27 September 2017, while the 68th Congress was under way there", "..., on the margins of the IAC"): only
    # one named in the happening's own words (to the first comma after its verb) makes the sentence a meeting's.
    first = HAPPENED_RE.search(text)
    own = text.find(",", first.end()) if first else -1
    own = own if own >= 0 else len(text)
    if any(m.start < own for m in sentence.of_type("Event")) or MEETING_RE.search(text[:own]) \
            or _new_event(text[:own]):
        return
    year = next((d.year for d in find_dates(text)), ctx.doc.year)
    for clause in re.split(r"\s*;\s*", re.sub(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s+", "", text)):
        verbs = list(HAPPENED_RE.finditer(clause)) if not DECISION_RE.search(clause) else []  # a decision's rule
        # A later participle set off by a comma takes the dates after it ("Missions launched or imminent include
        # A, launched on 4 May, ...": that date is A's).
        cut = next((v.start() for v in verbs[1:] if re.search(r",\s*$", clause[:v.start()])), len(clause))
        for i, verb in enumerate(verbs):
            end = verbs[i + 1].start() if i + 1 < len(verbs) else len(clause)
            if i == 0:
                _happening(ctx, sentence, clause[:cut], verb, year)
            elif re.search(r",\s*$", clause[:verb.start()]):
                # "A, established on 1 May, and B, set up in June, ...": each thing named before its participle
                _happening(ctx, sentence, clause[:end], verb, year, since=verbs[i - 1].end())
            elif (comma := clause.rfind(",", verbs[i - 1].end(), verb.start())) >= 0:
                # "A flew ... in 2022, and on 3 May 2023 B landed ...": a clause of its own after a comma
                part = re.sub(r"^\s*(?:and|but|while)\s+", "", clause[comma + 1:end])
                _happening(ctx, sentence, part, HAPPENED_RE.search(part), year)


def _happening(ctx: Context, sentence: Sentence, clause: str, verb: re.Match, year: int | None, *,
               since: int | None = None) -> None:
    """The event of one verb of a clause; ``since``: where the text of the verb before it ends (a later verb
    of the clause tells of the thing named just before it, set off by commas, with its own date after it)."""
    # "will launch", "announced that the rover would fly", not "A, established on 1 July, ... intend to apply"
    # (the verb's words run to the next comma); a later participle's own words ("A, which will be set up in
    # 2032"), not the clause's ("Missions launched or planned include A, launched on ...").
    own = m.start() if (m := _OWN_WORDS_END_RE.search(clause, verb.end())) else -1
    if _NOT_DONE_RE.search(clause[clause.rfind(",", 0, verb.start()) + 1 if since else 0:own if own >= 0 else None]):
        return
    # A date before the verb is of it when it opens the clause or falls in the verb's subject ("On 3 May the
    # lander ...", "the lander, on 3 May, ..."), not in a clause before ("... in 2025, following the schedule
    # NASA announced in November 2021").
    opens = clause.rfind(",", 0, verb.start())
    # "After the United States launched the Artemis programme, ISECG issued ... in August 2020": a clause that opens
    # on a conjunction is the setting of the one after its comma, whose dates are not its own
    subordinate = _SUBORDINATE_RE.match(clause) if since is None and opens < 0 else None
    reach = clause.find(",", verb.end()) if subordinate else -1
    dates = [d for d in find_dates(clause, default_year=year)
             if _WHEN_BEFORE_RE.search(clause[:d.pos[0]]) and not verb.start() <= d.pos[0] < verb.end()
             and (since is None or d.pos[0] >= verb.end()) and (reach < 0 or d.pos[0] < reach)
             and (d.pos[0] > opens or re.fullmatch(r"\s*(?:[Oo]n|[Ii]n|[Dd]uring|[Bb]y)?\s*", clause[:d.pos[0]]))]
    who = _LABEL_RE.sub("", clause[since or 0:verb.start()])
    # "Danuri, the Korea Pathfinder Lunar Orbiter, which lifted off on ...", "Among them are SLIM of JAXA, which
    # lifted off in September 2023": the thing the relative clause is about
    # (a flight's events only: "PhilSA, which was established in August 2019, ..." is what the agency is)
    relative = re.search(r",\s*which\s+(?:(?:was|were)\s+)?$", who) if since is None and FLIGHT_RE.match(verb.group()) \
        else None
    if relative:
        who = re.sub(r"^.*\b(?:are|is|include[sd]?|including)\s+", "", who[:relative.start()])
        who = who[who.rfind(",") + 1:].strip() if "," in who else who.strip()
        if not _NAMED_THING_RE.fullmatch(who):  # "Five agencies joined the group, which ended the year ...": no name
            return
    elif (lead := _leading_name(who.split(". ")[-1])) and re.match(r",\s*(?:[a-z]+ing|whose|with)\b",
                                                                    who[who.rfind(lead) + len(lead):]):
        who = lead  # "Artemis I, carrying MARE for DLR and ISA (area 8), lifted off": the name before a participle
    elif since is not None:
        who = _appositive(who)
    else:
        who = who[max(who.rfind(","), who.rfind(":")) + 1:].strip() or _appositive(who) or _leading_name(who)
    if dates and dates[0].pos[0] < verb.start():  # "On 3 May 2019 the lander ...": after the date
        who = who.split(clause[dates[0].pos[0]:dates[0].pos[1]])[-1].strip(" ,")
    who = _OWNER_RE.sub("", re.sub(r"^(?:[Oo]n|[Ii]n|[Dd]uring|[Bb]y)\s+$", "", who))
    # "Chandrayaan-2, whose Vikram lander was lost": the thing named after "whose" is the verb's subject (not a common
    # noun: "whose launch is scheduled for August")
    who = re.sub(r"^whose\s+(?=[A-Z])", "", who)
    if subordinate:
        who = who[subordinate.end():]
    # What happened is a named thing's: not a bare word ("..., first signed in October 2020") nor the date of a verb
    # before ("the rover, launched by NASA in July 2020, landed ...": "July 2020" is no subject)
    if re.fullmatch(r"[a-z]+", who) or any(d.pos[0] == 0 for d in find_dates(who)):
        return
    if not dates or not who or len([w for w in who.split() if w.lower() not in _FUNCTION_WORDS]) > _WHO_MAX_WORDS \
            or re.search(r"\b(?:that|which|who|whose|whom|it|they)\b|\b(?:has|have|had)$", who, re.I):  # "The SWG has established"
        return
    what = clause[verb.end():]
    if _REPORTED_RE.match(what) and "announced" in verb.group():
        return  # "NASA announced on 5 December that the flight is now planned for April": what it said, no happening
    what = what[:m.start()] if (m := _WHAT_ENDS_RE.search(what)) else what.rstrip(" .")
    name = " ".join(f"{who} {verb.group()}{what}".split()[:16])
    name = name[0].upper() + name[1:]
    evidence = sentence.evidence()
    # one founding told in other words ("ISECG was established in 2007", "ISECG was set up in 2007"): one event
    event = ctx.rec.define(name, "Event", evidence, rule="happening", confidence=0.7,
                           slug=f"{_FOUNDED_RE.sub('established', name)} {dates[0].start}", lookup=False)
    date_facts(ctx, event, dates[0], "happening", 0.7, evidence)
    # Where it happened: "..., in Von Kármán crater", "founded in 2019 and based in the Azores" (up to the next
    # comma, unless that comma opens the place).
    after = re.match(r"[^,;]*(?:,\s*(?:in|at|near)\s+[^,;]*)?", clause[verb.end():]).group()
    where = HAPPENED_IN_RE.search(after) or (LAUNCHED_FROM_RE.match(after) if verb.group().endswith("launched") else None)
    place = find_place(ctx, where.group(1), evidence) if where and not _MONTH_RE.match(where.group(1)) else None
    if place is not None:
        ctx.rec.fact(event.iri, "schema:location", place.iri, "happening", 0.65, evidence)


# "Senior agency managers met twice during the year": meetings the next sentences tell one by one ("The first
# session was spread over 12–13 March 2020 and brought together 17 agencies. The second, on 9 September 2020, ...").
SERIES_RE = re.compile(r"\b(?:met|meet|gathered|convened)\s+(?:twice|(?:two|three|four|five|\d)\s+times)\b"
                       r"|\b(?:two|three|four|five|\d)\s+(?:[\w\-]+\s+)?(?:meetings|sessions|plenaries)\b", re.I)
# A paragraph that opens with its meeting's date, then its place: "20–21 April 2021, online.", "Saturday 17 September
# 2022, Paris, France. The final meeting ..." (a meeting of the series announced before).
DATED_LEAD_RE = re.compile(r"^\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?=\S*\d|[A-Z][a-z]+\s+\d)")
ORDINAL_MEETING_RE = re.compile(r"^\W*(?:(?:At|During|In|For)\s+)?The\s+(?:first|second|third|fourth|fifth|last|final)(?:\s+(?:session|meeting|"
                                r"one|gathering))?\b", re.I)
SERIES_REACH = 3  # lines after the one announcing the meetings (or telling the last) that may tell one
GATHERED_COUNT_RE = re.compile(r"\b(?:brought\s+together|gathered|drew|attracted)\s+(\d{1,3}|[a-z]+)\s+(?:[\w\-]+\s+){0,2}?"
                               rf"(?:agencies|organi[sz]ations|countries|delegations|{PEOPLE})\b"
                               r"|\b(\d{1,3}|[a-z]+)\s+of\s+(?:the|its|their)\s+\d{1,3}\s+(?:[\w\-]+\s+){0,2}?"
                               r"(?:agencies|members|organi[sz]ations)\s+(?:were|was)\s+(?:represented|present)\b", re.I)


def meeting_series(ctx: Context, state: State, sentence: Sentence) -> None:
    """Meetings announced together and then told one by one, each its own dated event of the announced kind
    (online when the announcement says so), with how many took part; the sentences stay the other rules' too."""
    text = sentence.text
    announced = SERIES_RE.search(text)
    if (announced or PLURAL_HELD_RE.search(text) or MET_AGAIN_RE.search(text)) and _listed_meetings(ctx, state, sentence):
        return
    if announced and not _dated(ctx, text):
        managers = re.search(r"\bsenior\s+(?:agency\s+)?manag\w+", text, re.I)
        body = ctx.body.acronym or ctx.body.label if ctx.body is not None else None
        name = " ".join(filter(None, [body, "senior managers" if managers else None, "meeting"]))
        state.series = {"name": name[0].upper() + name[1:], "online": VIRTUAL_MEETING_RE.search(text) is not None
                        or re.search(r"\bby\s+video", text) is not None, "left": SERIES_REACH}
        return
    series = state.series
    if series is None:
        return
    series["left"] -= sentence.offset == sentence.line.offset  # counted in lines: a meeting's paragraph is one
    if series["left"] < 0:
        state.series = None
        return
    dates = _dated(ctx, text)
    lead = _dated_lead(ctx, sentence, dates)
    if lead is None and (series.get("lead") is sentence.line or not ORDINAL_MEETING_RE.match(text) or not dates):
        return  # no meeting told, or the one this line's date told ("Saturday 17 September 2022, Paris. The final ...")
    series["left"] = SERIES_REACH  # the next meeting may follow this one's sentences
    evidence = sentence.evidence()
    name = series["name"]
    # "The first plenary, in March, took place ...": a gathering of the kind the sentence names, after an announcement
    # naming plenaries and the managers' meeting alike (one event with the one the other rules make of the sentence)
    kind = re.match(r"^\W*(?:(?:At|During|In|For)\s+)?The\s+\w+\s+(plenary|workshop|conference|forum|symposium|webinar)\b",
                    text, re.I)
    if kind and kind.group(1).lower() not in name.lower():
        body = ctx.body.acronym or ctx.body.label if ctx.body is not None else None
        name = " ".join(filter(None, [body, kind.group(1).lower()]))
        name = name[0].upper() + name[1:]
    event = ctx.rec.define(name, "Event", evidence, rule="meeting-series", confidence=0.75,
                           slug=f"{name} {dates[0].start}", lookup=False)
    date_facts(ctx, event, dates[0], "meeting-series", 0.75, evidence)
    place = find_place(ctx, lead, evidence) if lead and ctx.rec.gazetteer.find(lead) else None
    if place is not None:
        ctx.rec.fact(event.iri, "schema:location", place.iri, "meeting-series", 0.75, evidence)
    if series["online"] or lead and VIRTUAL_RE.search(lead):
        online(ctx, event, "meeting-series", evidence)
        if place is None and lead and VIRTUAL_RE.match(lead):  # "20–21 April 2021, online.": its place is online
            ctx.rec.fact(event.iri, "schema:location", virtual_place(ctx, evidence).iri, "meeting-series", 0.75, evidence)
    count = GATHERED_COUNT_RE.search(text)
    if count and (n := count_of(count.group(1) or count.group(2))):
        participant_count(ctx, event, n, evidence)
    state.event = event
    series["lead"] = sentence.line if lead is not None else None


# Meetings told together as having been held: "The 2022 meetings took place in Rome on ... and in Paris on ...".
PLURAL_HELD_RE = re.compile(rf"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Bb]oth|[Tt]wo|[Tt]hree)\s+|^[\W{FOOTNOTE_MARKS}]*(?=[A-Z]))(?:[\w\-]+\s+){{0,3}}?(?P<noun>meetings|plenaries|"
                            r"workshops|sessions|conferences)\s+(?:took\s+place|were\s+held|met|convened)\b")
# Where one meeting of such a list ends and the next begins: "..., hosted by ASI, and in Paris on ...", "; in Tsukuba".
# (", and the SWG in Tokyo (...)": another body's meeting, its verb left out)
_LISTED_SPLIT_RE = re.compile(r"\s*(?:[;:]|,?\s+and|,)\s+(?:(?:again|later|once\s+more|then)\s+|(?P<body>(?:the\s+)?[A-Z][A-Za-z]{1,9})\s+)?"
                              r"(?=(?:in|at|on|from)\s)")
_LAST_DAY_REACH = 14  # days a gathering closed on may follow its first
# A sentence opening on a gathering told before: "The three-day meeting, which opened on 16 May, ..."
_BACK_OPENING_RE = re.compile(r"\W*(?:The|This|That|Its)\s+(?:[\w\-’']+\s+){0,3}?(?:meeting|plenary|workshop|session|"
                              r"conference|forum|gathering|symposium|summit)\b")


# ("... welcomed delegates from 26 agencies to the three-day meeting, which opened on 12 May": named back later on)
_OPENED_ON_RE = re.compile(r"\b(?:the|this|that|its)\s+(?:[\w\-’']+\s+){0,3}?(?:meeting|plenary|workshop|session|conference|forum|"
                           r"gathering|symposium|summit)\s*,?\s+(?:which|that)\s+(?:had\s+)?(?:opened|began|started)\s+on\b", re.I)


def closed_before(state: State, text: str, date: DateSpan) -> Entity | None:
    """The gathering a sentence before said closed on a later day ("ROME, 18 May 2023 – ISECG concluded its plenary
    today"), which this one opens on with its first day ("The three-day meeting, which opened on 16 May, ...")."""
    if state.closed is None or not (_BACK_OPENING_RE.match(text) or _OPENED_ON_RE.search(text)) or len(date.start) != 10:
        return None
    event, last = state.closed
    if not (date.start <= last and (dt.date.fromisoformat(last) - dt.date.fromisoformat(date.start)).days <= _LAST_DAY_REACH):
        return None
    state.closed = None
    return event


# A field of a record's head counting who took part: "Participants: 23 agencies", "Attendance: 18 delegations (62
# delegates)", "Agencies represented: 21".
COUNT_FIELD_RE = re.compile(r"^\W*(?:Participants|Participation|Attendance|Attendees|Present|Represented|"
                            r"(?:Agencies|Delegations)(?:\s+(?:represented|present|attending))?)\s*:\s*"
                            r"(?:some\s+|about\s+)?(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)(?:\s+(?:space\s+|member\s+)?"
                            r"(?:agencies|delegations|organi[sz]ations|countries))?\s*(?:[(,;.]|\s+and\s|$)", re.I)
_NEXT_DAYS_AT = 40  # characters into the next sentence its days may stand at


def _days_told_next(ctx: Context, sentence: Sentence) -> DateSpan | None:
    """The days the sentence after ``sentence`` (on its line) opens with, when that one tells no gathering or event of
    its own and names no other time: "Over two days, 4 and 5 March, delegates from 24 agencies discussed ..."."""
    following = [s for s in ctx.text.sentences(sentence.line) if s.offset > sentence.offset]
    if not following:
        return None
    text = following[0].text
    dates = join_ranges(text, find_dates(text, default_year=ctx.doc.year))
    if len(dates) != 1 or len(dates[0].start) != 10 or dates[0].pos[0] > _NEXT_DAYS_AT \
            or re.search(r"\b(?:meeting|plenary|workshop|conference|forum|congress|symposium|summit|session|launch\w*|"
                         r"publi\w+|released?|signed|will|next)\b", text, re.I) \
            or ctx.rec.gazetteer.find(text[:dates[0].pos[0]]) and any(
                m.entity.type == "Event" for m in ctx.rec.gazetteer.find(text)):
        return None
    # what the gathering's people did those days ("delegates from 24 agencies discussed ..."), not another's news
    # ("On 5 March NASA announced ...")
    if not re.search(r"\b(?:delegat\w+|participants|representatives|agencies|managers|experts|they|discuss\w*|agreed|"
                     r"review\w*|approv\w*|endorsed|decided)\b", text):
        return None
    return dates[0]


# A gathering called off: "was cancelled", "has been postponed", "did not take place".
CALLED_OFF_RE = re.compile(r"\b(?:(?:is|was|were|has\s+been|had\s+been|have\s+been)\s+(?:cancell?ed|called\s+off|"
                           r"postponed|suspended)|did\s+not\s+take\s+place|(?:was|were)\s+not\s+held)\b", re.I)
# Meetings told with one verb, a second "again": "The senior managers met by videoconference on 12–13 March 2020 (17
# agencies) and again on 9 September 2020, when 23 of the 24 member agencies connected".
MET_AGAIN_RE = re.compile(r"\b(?:met|gathered|convened)\b[^.;]*?,?\s+and\s+(?:again|later|once\s+more|then|(?:the\s+)?[A-Z][A-Za-z]{1,9})\s+"
                          r"(?:in|at|on|from)\s")
# The head count a part of such a list gives: "(17 agencies)", "when 23 of the 24 member agencies connected".
_PART_COUNT_RE = re.compile(r"[(,]\s*(?:some|about|around|over)?\s*(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:[\w\-]+\s+)?(?:agencies|"
                            r"delegations|organi[sz]ations|participants|delegates|experts)\b[^()]*\)"
                            r"|\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:of\s+(?:the|its|their)\s+\d{1,3}\s+)?(?:[\w\-]+\s+)?"
                            r"(?:agencies|delegations|organi[sz]ations|participants|delegates|experts)\s+(?:were\s+)?"
                            r"(?:attended|connected|took\s+part|participated|joined|represented|present)\b", re.I)
_SEGMENT_PLACE_RE = re.compile(rf"\b(?:in|at)\s+({SAINT}?[A-Z][\w\-’']*(?:,?\s+[A-Z][\w\-’']*){{0,2}})")


def _listed_meetings(ctx: Context, state: State, sentence: Sentence) -> bool:
    """Meetings a sentence lists after announcing them ("The senior managers met twice in 2020: on 12–13 March and on
    9 September, both by videoconference"; "In 2019 ISECG met three times: in Noordwijk (12–14 February), in Tsukuba
    (4–6 June) and in Washington (20 October)"): each part with one date its own meeting, with the place and host the
    part gives; False when the sentence lists no two."""
    text = sentence.text
    head = SERIES_RE.search(text) or PLURAL_HELD_RE.search(text) or re.search(r"\b(?:met|gathered|convened)\b", text)
    year = next((int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text[:head.end() + 12])), ctx.doc.year)
    parts, at, bodies, body = [], head.end(), [], None
    if not SERIES_RE.search(text) and not PLURAL_HELD_RE.search(text):  # "the TWG met in Houston (...)": its subject's
        body = next((m.entity for m in reversed(sentence.mentions) if m.end <= head.start() and m.entity.type in ORG_LIKE
                     and re.fullmatch(r"\s*", text[m.end:head.start()])), None)
    for cut in [*_LISTED_SPLIT_RE.finditer(text, head.end()), None]:
        end = cut.start() if cut else len(text)
        parts.append((at, end))
        bodies.append(body)
        at = cut.end() if cut else end
        named = cut.group("body") if cut else None
        body = next((m.entity for m in sentence.mentions if cut and m.start >= cut.start("body") and m.end <= cut.end("body")
                     and m.entity.type in ORG_LIKE), None) if named else None
    told = []
    for (start, end), who in zip(parts, bodies):
        dates = [d for d in join_ranges(text[start:end], find_dates(text[start:end], default_year=year)) if len(d.start) >= 7]
        if len(dates) == 1:
            told.append((start, end, dates[0], who))
    if len(told) < 2 or _NOT_DONE_RE.search(text) or sentence.of_type("Event"):
        return False  # (meetings named, "a town hall during the 50th ... Conference": the events rule's)
    plural = head.groupdict().get("noun") or "meetings"
    noun = {"plenaries": "plenary"}.get(plural, plural.rstrip("s"))
    name = meeting_name(text, noun, noun, ctx.body)
    evidence = sentence.evidence()
    for start, end, date, who in told:
        part = text[start:end]
        own = meeting_name(text, noun, noun, who) if who is not None else name
        event = ctx.events.of_kind(date.start, noun) or ctx.rec.define(
            own, "Event", evidence, rule="listed-meetings", confidence=0.75, slug=f"{own} {date.start}", lookup=False)
        date_facts(ctx, event, date, "listed-meetings", 0.75, evidence)
        where = _SEGMENT_PLACE_RE.search(part)
        place = find_place(ctx, where.group(1), evidence) if where and not VIRTUAL_RE.match(where.group(1)) \
            and not _MONTH_RE.match(where.group(1)) else None
        if place is not None:
            ctx.rec.fact(event.iri, "schema:location", place.iri, "listed-meetings", 0.75, evidence)
        hosted = HOST_RE.search(part)
        host = next((m.entity for m in sentence.mentions if hosted and m.start >= start + hosted.end() and m.end <= end
                     and m.entity.type in ORG_LIKE), None)
        # or the agency opening the part's brackets before its date: "in Noordwijk (ESA, October 2009)"
        host = host or next((m.entity for m in sentence.mentions if start <= m.start and m.end <= date.pos[0] + start
                             and m.entity.type in ORG_LIKE and re.search(r"\(\s*$", text[start:m.start])
                             and re.match(r"\s*(?:\([A-Z][\w\-]{1,10}\))?\s*,", text[m.end:])), None)
        if host is not None:
            ctx.rec.fact(event.iri, "schema:organizer", host.iri, "listed-meetings", 0.75, evidence)
        if VIRTUAL_RE.search(part) or VIRTUAL_RE.search(text[told[-1][1]:]):  # "..., both by videoconference"
            online(ctx, event, "listed-meetings", evidence)
        counted = _PART_COUNT_RE.search(part, date.pos[1])
        if counted and not FUTURE_COUNT_RE.search(part) and (n := count_of(counted.group(1) or counted.group(2))):
            participant_count(ctx, event, n, evidence)
        state.event = event
    return True


def _dated_lead(ctx: Context, sentence: Sentence, dates) -> str | None:
    """What follows the date a paragraph opens with (DATED_LEAD_RE), its place or "online" (or nothing): None when
    the sentence does not open its line with one date, or says more than a place."""
    if sentence.offset != sentence.line.offset or len(dates) != 1 or not DATED_LEAD_RE.match(sentence.text):
        return None
    rest = sentence.text[dates[0].pos[1]:].strip(" ,.")
    start = sentence.text[:dates[0].pos[0]]
    if len(start) > 12 or len(rest.split()) > 4 or re.search(r"[a-z]", rest[:1]) and not VIRTUAL_RE.match(rest):
        return None
    return rest


# "A questionnaire was sent to every member agency in November 2020", "the TWG circulated a survey in May 2031":
# a dated event the agencies took part in by answering ("Twenty-one agencies answered": the meetings rule).
_SURVEY = r"(?:[\w\-]+\s+){0,2}?(?:questionnaire|survey|data\s+call|call\s+for\s+(?:inputs?|contributions|data))"
_SENT = r"(?:sent|circulated|distributed|issued|launched)"
SURVEY_RE = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<passive>{_SURVEY})\s+(?:was|were)\s+{_SENT}\b"
                       rf"|\b(?P<verb>{_SENT})\s+(?:an?|its|their)\s+(?P<active>{_SURVEY})\b")


def surveys(ctx: Context, state: State, sentence: Sentence) -> None:
    """A questionnaire sent on a date: an event of the body that sent it (else the document's), the event the
    next sentences count the answers of."""
    text = sentence.text
    m = SURVEY_RE.search(text)
    dates = _dated(ctx, text) if m else []
    if m is None or not dates or NOT_YET_RE.search(text):
        return
    who = subject(sentence, m.start("verb"), fallback=False) if m.group("verb") else None
    who = who if who is not None and who.type in ORG_LIKE else ctx.body
    phrase = m.group("passive") or m.group("active")
    name = " ".join(filter(None, [who.acronym or who.label if who is not None else None, phrase]))
    evidence = sentence.evidence()
    event = ctx.rec.define(name[0].upper() + name[1:], "Event", evidence, rule="survey", confidence=0.7,
                           slug=f"{name} {dates[0].start}", lookup=False)
    date_facts(ctx, event, dates[0], "survey", 0.75, evidence)
    state.event = event


# The head line of a meeting's minutes or record, the meeting itself unnamed: "Meeting held by videoconference on
# Wednesday 9 September 2020, 12:00–15:30 UTC", "Held at ESTEC, Noordwijk, on 4–5 March 2019".
HELD_HEAD_RE = re.compile(r"^\W*(?:(?:the\s+)?(?:meeting|session|workshop|plenary|conference)\s+)?(?:was\s+)?held\s+"
                          r"(?P<how>(?:[^.;]*?\s)??)(?:on|from)\s+(?=(?:[A-Z][a-z]+day,?\s+)?\d)", re.I)
# A head line of only a place and the meeting's days: "Tokyo, 1-2 March 2018", "ESTEC, Noordwijk, Tuesday 4 May 2021",
# "Tokyo, Japan — 1 and 2 March 2018", "ESTEC, Noordwijk, the Netherlands · 16–17 May 2017" (then at most its host:
# HEAD_HOST_RE).
PLACE_DATE_HEAD_RE = re.compile(r"^\W*(?P<place>[A-Z][\w\-'’.]*(?:\s+[A-Z][\w\-'’.]*){0,3}(?:,\s*(?:the\s+)?[A-Z][\w\-'’.]*"
                                r"(?:\s+[A-Z][\w\-'’.]*){0,3}){0,2})(?:,|\s+[—–·|]|\s+-{1,2})\s+(?=(?:[A-Z][a-z]+day,?\s+)?\d)")
# The host a head line ends with: "... — 1 and 2 March 2018 — hosted by the Japan Aerospace Exploration Agency".
HEAD_HOST_RE = re.compile(r"\s*(?:,|[—–·|]|-{1,2})\s*(?:co-?)?(?:hosted|organi[sz]ed|convened)\s+by\s+(?=\S)", re.I)
# A head's fields: "- Date and time: 2020-09-09, from 12:00", "- Meeting: SAM, held online by videoconference",
# "Venue: ESTEC, Noordwijk".
DATE_FIELD_RE = re.compile(r"^\W*(?:Date|Dates|Date\s+and\s+time|When|Held\s+on)\s*:\s*(?=(?:[A-Z][a-z]+day,?\s+)?\d)", re.I)
VENUE_FIELD_RE = re.compile(r"^\W*(?:Venue|Place|Location|Where|Meeting|Format)\s*:\s*(?P<what>.+)$", re.I)
_HEAD_LINES = 12  # the first lines of a document, where its head is


def _head_venue(ctx: Context) -> str:
    """Where a head's fields say the meeting was: "in <venue>", or the words saying it was held online."""
    for line in ctx.text.lines[:_HEAD_LINES]:
        field = VENUE_FIELD_RE.match(line.text)
        if field and (online := VIRTUAL_RE.search(field.group("what"))):
            return online.group()
        if field and field.group(0).lstrip("-•* ").lower().startswith(("venue", "place", "location", "where")):
            return f"in {field.group('what')}"
    return ""
_EVENT_TITLE_RE = re.compile(r"\b(?:meeting|workshop|plenary|conference|forum|symposium|summit|session)\b", re.I)
RECORD_OF_RE = re.compile(r"^(?:(?:Summary\s+)?Record|Minutes|Report|Summary|Proceedings)\s+of\s+(?:the\s+)?(?=[A-Z])")


def minutes_head(ctx: Context, state: State, sentence: Sentence) -> None:
    """The head of minutes or a record whose title names a meeting ("Senior Agency Managers Meeting: Minutes"):
    the date (and place, or online, and host) its "held ... on <day>" or "<place> — <days> — hosted by <host>" line
    gives are the titled meeting's, the meeting the document's sentences tell ("Twenty-three agencies were
    represented"); a "Record of" or "Minutes of" the meeting is named as the meeting."""
    m = HELD_HEAD_RE.match(sentence.text) or PLACE_DATE_HEAD_RE.match(sentence.text) or DATE_FIELD_RE.match(sentence.text)
    title = re.split(r"\s*[:—–]\s*|\s+-{1,2}\s+", ctx.doc.title or "")[0]
    title = RECORD_OF_RE.sub("", title)  # "Record of the Meeting of Senior Agency Managers": the meeting's name
    if m is None or ctx.events.record is not None or not _EVENT_TITLE_RE.search(title) \
            or next((i for i, line in enumerate(ctx.text.lines) if line is sentence.line), _HEAD_LINES) >= _HEAD_LINES:
        return
    dates = [d for d in find_dates(sentence.text[m.end():]) if len(d.start) == 10]
    rest = m.end() + dates[0].pos[1] if dates else len(sentence.text)
    hosted = HEAD_HOST_RE.match(sentence.text, rest) if "place" in m.groupdict() else None
    # (the host's name ends the line: not "— hosted by CNES, the agencies discussed ...")
    host = next((x.entity for x in sentence.mentions if hosted and x.start >= hosted.end() and x.entity.type in ORG_LIKE
                 and not sentence.text[x.end:].strip(" .")), None)
    if not dates or "place" in m.groupdict() and (dates[0].pos[0] > 0 or sentence.text[rest:].strip(" .") and host is None):
        return  # a place and a date (and a host) are the whole head line, not a dateline opening a sentence
    evidence = sentence.evidence()
    event = next((e for e in ctx.rec.result.entities.values() if e.type == "Event" and e.label.lower() == title.lower()),
                 None) or ctx.rec.define(title, "Event", evidence, rule="minutes-head", confidence=0.8,
                                         slug=f"{title} {dates[0].start}", lookup=False)
    date_facts(ctx, event, dates[0], "minutes-head", 0.85, evidence)
    how = m.group("how") if "how" in m.groupdict() else f"in {m.group('place')}" if "place" in m.groupdict() \
        else _head_venue(ctx)
    if re.search(r"\b(?:online|virtual(?:ly)?|video[\s\-]?conference|teleconference|video)\b", how, re.I):
        online(ctx, event, "minutes-head", evidence)
        ctx.rec.fact(event.iri, "schema:location", virtual_place(ctx, evidence).iri, "minutes-head", 0.8, evidence)
    elif (at := re.match(r"(?:in|at)\s+(.+?)[\s,]*$", how)) and (place := find_place(ctx, at.group(1), evidence)):
        ctx.rec.fact(event.iri, "schema:location", place.iri, "minutes-head", 0.8, evidence)
    if host is not None:
        ctx.rec.fact(event.iri, "schema:organizer", host.iri, "minutes-head", 0.8, evidence)
    ctx.events.record = event
    state.event = event


# An event's host told in a relative clause after its name: "the Congress, which the IAF will hold online from
# 12 to 14 October", "the Forum, which JAXA hosts in Tokyo".
WHICH_HOLDS_RE = re.compile(r"\s*,?\s*which\s+(?:the\s+)?(?P<who>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5})\s+"
                            r"(?:will\s+|would\s+|is\s+to\s+)?(?:hold|host|organi[sz]e|convene)[sd]?\b"
                            r"(?P<online>\s+(?:online|virtually|by\s+video(?:conference)?))?")


def event_which_holds(ctx: Context, state: State, sentence: Sentence) -> None:
    """The host (and online form) a relative clause gives the sentence's first named event, the one the
    events rule just told (``state.event``)."""
    named = sentence.of_type("Event")
    m = WHICH_HOLDS_RE.match(sentence.text, named[0].end) if named and state.event is not None else None
    host = ctx.rec.gazetteer.lookup(m.group("who")) if m else None
    if m is None or host is None or host.type not in ORG_LIKE or state.event.label != named[0].entity.label:
        return
    evidence = sentence.evidence()
    ctx.rec.fact(state.event.iri, "schema:organizer", host.iri, "which-holds", 0.8, evidence)
    if m.group("online"):
        online(ctx, state.event, "which-holds", evidence)
        ctx.rec.fact(state.event.iri, "schema:location", virtual_place(ctx, evidence).iri, "which-holds", 0.8, evidence)


# A meeting told as one of a series and the one before it with its day, in one sentence: "this was the second Senior
# Agency Managers (SAM) meeting of 2020 to be held entirely online; the first took place on 12–13 March 2020".
EARLIER_OF_SERIES_RE = re.compile(
    r"\b(?:the|its|their)\s+(?:second|third|fourth|fifth|last|latest|final)\s+(?P<np>(?:[\w\-]+\s+|\([A-Z]{2,}\)\s+){0,6}?"
    r"(?:meeting|workshop|plenary|session|conference|forum))\b(?P<rest>[^;.]*?)[;,]\s*(?:and\s+|while\s+)?the\s+"
    r"(?:first|previous|earlier|other)(?:\s+one)?\s+(?:took\s+place|was\s+held|met)\s+(?:on|from)\s+", re.I)


def earlier_of_series(ctx: Context, state: State, sentence: Sentence) -> None:
    """The earlier meeting of a series a sentence dates ("...; the first took place on 12–13 March 2020"): an event
    of the series' kind, online when the series is said to be."""
    m = EARLIER_OF_SERIES_RE.search(sentence.text)
    dates = [d for d in find_dates(sentence.text[m.end():], default_year=ctx.doc.year)
             if len(d.start) == 10 and d.pos[0] == 0] if m else []
    if not dates:
        return
    phrase = re.sub(r"\s*\([A-Z]{2,}\)", "", m.group("np"))
    body = ctx.body.acronym or ctx.body.label if ctx.body is not None else None
    name = " ".join(filter(None, [body if body and body not in phrase else None, phrase]))
    evidence = sentence.evidence()
    event = ctx.events.of_kind(dates[0].start, phrase.split()[-1]) or ctx.rec.define(
        name, "Event", evidence, rule="earlier-of-series", confidence=0.7, slug=f"{name} {dates[0].start}", lookup=False)
    date_facts(ctx, event, dates[0], "earlier-of-series", 0.75, evidence)
    if re.search(r"\b(?:online|virtual(?:ly)?|by\s+video)", m.group("rest") + m.group("np"), re.I):
        online(ctx, event, "earlier-of-series", evidence)
        ctx.rec.fact(event.iri, "schema:location", virtual_place(ctx, evidence).iri, "earlier-of-series", 0.7, evidence)
