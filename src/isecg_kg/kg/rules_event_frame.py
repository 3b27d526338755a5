"""Event frames: a gathering's when, where, host and head count read from where they stand in its sentence.

The event rules each read one way of telling a meeting ("met in X on D", "hosted by X"); a sentence worded
another way ("Representatives of 15 agencies attended the ISECG meeting in Rome on 2 April 2019, which ASI
hosted") left the event, or its slots, unread.  This rule runs after them on every sentence: the one gathering
the sentence tells (found by an earlier rule, or by its noun and a day or month) gets each slot they left
empty from the sentence's parts — a date, a place after "in", the organisation next to a word of hosting, a
count of agencies or people next to a word of attending — whatever verb carries them.
"""

from __future__ import annotations

import datetime
import re

import pyoxigraph as ox

from .context import Context, State
from .dates import MONTH_NAMES, DateSpan, compatible, find_dates, join_ranges
from .reference import Entity
from .rules_events import (AS_A_TIME_RE, PEOPLE, TOTAL_RE, UNLISTED_HOST_RE, count_bodies_too, site_host, DATELINE_RE, SECTION_REACH, closed_before, AUDIENCE_EVENTS, ELSEWHEN_RE, NEXT_EVENT_RE, FUTURE_COUNT_RE, OTHER_HAPPENING_RE, VIRTUAL_RE, count_of, date_facts, find_place, gathering_year, government,
                           meeting_name, online, participant_count)
from .rules_event_tables import caption_name
from .text import ORG_LIKE, Sentence
from .vocab import term

# The kinds of gathering an event of this rule is (the last word of its name, or the noun telling it).
GATHERING = (r"meeting|workshop|conference|forum|symposium|summit|plenary|congress|gathering|retreat|colloquium|"
             r"teleconference|videoconference|webinar|seminar|round\s?table|session")
GATHERING_RE = re.compile(rf"\b(?:{GATHERING})s?\b", re.I)
# "the ISECG meeting", "a two-day plenary", "the April 2019 ISECG meeting", "its first in-person workshop", "the 73rd
# International Astronautical Congress" (a name's noun capitalised)
# ("the Senior Agency Managers (SAM) meeting": an acronym in brackets among its words)
# (not "their plans at the ISECG plenary": no article nor preposition among its words)
GATHERING_NP_RE = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][A-Za-z\-]*['’]s)\s+((?:(?!(?:the|an?|their|its|at|in|on|of|to|for|by|with|and|"
                             rf"or|from)\s)[\w\-’']+\s+|\([A-Z]{{2,}}\)\s+){{0,4}}?)((?i:{GATHERING}))\b(?!\s+(?i:cent(?:re|er)|hall|room|building|hotel|palace|venue|facility|suite)s?\b)")
# A dated line of a calendar: "February 9–11, 2021: plenary of the ERWG, organised online by NASA, ...": its
# gathering may be named with no article ("plenary of the ERWG", "online orientation session for newcomers").
DATE_LABEL_RE = re.compile(r"^\W*(?P<date>[^:;.]{4,40}?)\s*:\s+")
BARE_GATHERING_RE = re.compile(rf"((?:[\w\-’']+\s+){{0,3}}?)({GATHERING})\b(?P<of>\s+of\s+the\s+(?:[A-Z][\w\-]*\s*)+)?",
                               re.I)
# Hosting said by the organisation after the words ("hosted by X", "at the invitation of X", "courtesy of X")
# or before them ("X hosted", "X welcomed the delegations", "X's hospitality", "X acted as host").
HOST_AFTER_RE = re.compile(r"\b(?:(?:co-?)?host(?:ed)?|organi[sz]ed|convened|sponsored|invited|welcomed|run|arranged|staged)"
                           r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w\-’']*(?:,?\s+[A-Z][\w\-’']*){0,3})?"  # "hosted in Rome by ASI"
                           r"\s+(?:(?:jointly|online|virtually|remotely|together)\s+)?by"
                           # "hosted on 17 September 2022 by CNES": its days between
                           r"|\b(?:co-?)?(?:hosted|organi[sz]ed|convened)\s+(?:on|from)\s+[\w\s–\-,]{4,40}?\d\s+by(?=\s+(?:the\s+)?[A-Z])"
                           r"|\bheld\s+(?:jointly\s+)?by(?=\s+(?:the\s+)?[A-Z])"  # "held by ESA", not "held by video"
                           r"|\b(?:at|on|upon)\s+the\s+(?:[a-z]+\s+)?invitation\s+of|\bunder\s+the\s+auspices\s+of|\bhospitality\s+of|\bcourtesy\s+of|\bguests?\s+of"
                           r"|\bhost(?:ing)?\s+(?:agency|organi[sz]ation)\s*,?|\bhosts?\s+(?:was|were|is|will\s+be)\b"
                           r"|\bhost(?:ed\s+by)?\s*:", re.I)  # "(Oslo, 3 May 2036; host: NOSA)"
# (not "The SWG held its annual meeting": a body holding its own meeting is no host of it)
# ("with NASA hosting and ...": hosting with no object, the gathering's host)
HOST_BEFORE_RE = re.compile(r"\b(?:(?:co-?)?host(?:ed|s|ing(?=\s*(?:[,;.)]|and\b|$)))|organi[sz](?:ed|es)|welcomed|received|invited|"
                            # "NASA convened the meeting", not "The group convened in Longueuil"
                            r"convened(?!\s+(?:in|at|on|online|virtually|remotely|by|from|for|during|again|twice|once)\b)|"
                            r"held(?!\s+(?:its|their|his|her)\s)|ran|"
                            r"staged|arranged)\b"
                            r"|['’]s\s+hospitality|\b(?:acted|served|was|were)\s+(?:as\s+)?(?:the\s+)?(?:co-?)?hosts?\b"
                            r"|\bas\s+(?:the\s+)?(?:co-?)?(?:hosts?|conven[oe]rs?|organi[sz]ers?)\b|\bplayed\s+host\b", re.I)
# "15 agencies", "fourteen space agencies", "about 40 delegates": how many took part.
# ("fifteen of ISECG's agencies sent delegations": a part of a body's agencies)
COUNT_RE = re.compile(r"\b(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)\s+(?:of\s+(?:(?:the\s+)?[\w\-]+['’]s|its|their)\s+)?(?:(?:space|member|partner|national|international|participating|"
                      r"attending)\s+)?"
                      rf"(?P<noun>agencies|organi[sz]ations|countries|nations|delegations|{PEOPLE}|partners|members)\b"
                      r"(?!\s+(?:that|which|who|had|have|has)\b)")
BODIES = {"agencies", "organisations", "organizations", "countries", "nations", "delegations", "partners", "members"}
# A count is of those who took part when a word of attending stands next to it: before it ("with 14 agencies",
# "drew 112 participants", "experts from 11 agencies") or after it ("eleven agencies attended", "... were present"),
# not anywhere in the sentence ("ISECG, whose 27 members ..., met in Rome").
ATTENDING_BEFORE_RE = re.compile(r"\b(?:with|from|involving|including|among|representing|drew|attracted|brought(?:\s+together)?|invited|"
                                 r"sent\s+(?:a\s+total\s+of\s+)?|"
                                 # "ESA hosted it for 21 agencies", "organised the workshop for some 40 experts"
                                 r"(?:host(?:ed|s)|organi[sz]ed|convened)\s+(?:it|them|the\s+(?:[\w\-]+\s+){0,2}?(?:"
                                 rf"{GATHERING})s?)\s+for|"
                                 r"gathered|welcomed|attended\s+by|of|counted|numbered|totall?ed|"
                                 r"(?:participation|attendance)\s+(?:reached|was|stood\s+at|rose\s+to))\s+(?:(?:some|about|around|over|nearly|all|"
                                 r"delegates|representatives|experts)\s+(?:of\s+|from\s+)?)?$", re.I)
# A smaller gathering held at the one told, the sentence's subject: "A panel at the 71st Congress on 14 October
# brought together the heads of five agencies" (whom it brought together is not the Congress's head count).
PART_OF_RE = re.compile(r"\W*(?:An?|The|One|Its)\s+(?:[\w\-]+\s+){0,2}?(?:panel|webinar|seminar|briefing|session|side[\s\-]event|"
                        r"presentation|talk|keynote|exhibition)s?\s+(?:at|during|on\s+the\s+(?:margins|sidelines)\s+of)\s", re.I)
# People a gathering had, told as its own or as there: "Its 52 participants came from 14 agencies", "For its 44
# participants this was the first face-to-face meeting", "There were 60 delegates" (people only: "its 27 agencies" are
# a body's members).
OWN_PEOPLE_BEFORE_RE = re.compile(r"\b(?:its|their|there\s+were)\s+(?:some\s+|about\s+|around\s+|over\s+|nearly\s+)?$", re.I)
# "every member agency but one was present (23 out of 24)": the part in brackets after the word of attending
PRESENT_PART_RE = re.compile(r"\b(?:attended|present|represented|took\s+part|participated|joined)\b[^.;()]{0,20}?\(\s*"
                             r"(\d{1,3})\s+(?:out\s+)?of\s+\d{1,3}\s*\)", re.I)
ATTENDING_AFTER_RE = re.compile(r"^(?:\s+of\s+(?:[\w\-]+,?\s+){1,6}?(?=\w+\s+(?:were|was|attend|took|particip)|attend))?"
                                r"[^.;]{0,40}?\b(?:attend\w*|present|took\s+part|tak\w+\s+part|participat(?:ed|ing|es?)|"
                                r"(?:were\s+)?represented|met|gathered|convened|joined|connected|logged\s+(?:in|on)|dial(?:l)?ed\s+in|"
                                r"sent\s+(?:[\w\-]+\s+){0,2}?(?:delegates|delegations|representatives|experts))\b", re.I)
# "Twenty agencies are expected to attend", "... will take part": a head count of a gathering still to come.
NOT_DONE_RE = re.compile(r"\b(?:will|would|shall|expected|planned|scheduled|due|likely|hope[sd]?|set|invited)\b", re.I)
GOVERNMENT_AT_RE = re.compile(r"\b(?:[Gg]overnment\s+of\b|(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][\w\-]+\s+[Gg]overnment\b)")
_TOWN_RE = re.compile(r"\bin\s+([A-Z][\w\-éèàç]+),\s+[A-Z][\w\-éèàç]+(?:\s+[A-Z][\w\-]+)?(?=\s*[,.;)]|$)")
# ("at its Paris headquarters", "at their Houston offices": the town an owned seat stands in)
_PLACE_AFTER_RE = re.compile(r"\b(?:in|at)\s+(?:(?:its|their)\s+(?=[A-Z][\w\-]+\s+(?:headquarters|offices|premises|campus)\b))?((?:the\s+)?[A-Z][\w\-’']+(?:,?\s+(?:the\s+)?[A-Z][\w\-]+){0,2})")


def event_frame(ctx: Context, state: State, sentence: Sentence) -> None:
    text = sentence.text
    if _gathering_heading(ctx, state, sentence) or _captioned_items(ctx, state, sentence) \
            or _dated_heading(ctx, state, sentence):
        return
    _dateline(ctx, state, sentence)
    told = _told(ctx, state, sentence) or _told_again(ctx, sentence)
    if not told and (headed := _under_dated_heading(ctx, state, sentence)) is not None:
        told = [headed]
    if len(told) > 1 or len(_own_gatherings(text)) > 1:
        return  # two gatherings in one sentence: which part is whose is not for this rule to guess
    event = told[0] if told else _new_gathering(ctx, state, sentence)
    if event is None and (event := _told_before(ctx, state, sentence)) is not None:
        return _more_of(ctx, state, event, sentence)
    if event is None or not GATHERING_RE.search(event.label):
        return
    if state.gathering is None or state.gathering[1] is not sentence.line:
        state.gathering = (event, sentence.line)  # the paragraph's first gathering, the one it is about
    evidence = sentence.evidence()
    have = {f.p for f in ctx.rec.result.facts if f.s == event.iri}
    dates = _dates(ctx, text)
    if "schema:startDate" not in have and not (state.closed and state.closed[0] is event):
        if len(dates) == 1:
            date_facts(ctx, event, dates[0], "event-frame", 0.7, evidence)
    if "schema:location" not in have and (place := _place(ctx, sentence)) is not None \
            and not _anothers_place(sentence, event, place):
        ctx.rec.fact(event.iri, "schema:location", place.iri, "event-frame", 0.7, evidence)
    elif "schema:location" not in have and VIRTUAL_RE.search(text):  # "held online", "by video conference"
        # held online: its attendance mode; no place (a sentence telling a meeting held online names no venue)
        online(ctx, event, "event-frame", evidence)
    if "schema:organizer" not in have and (host := _host(ctx, sentence, planned=len(dates) == 1)) is not None:
        for who in _cohosts(sentence, host):
            ctx.rec.fact(event.iri, "schema:organizer", who.iri, "event-frame", 0.7, evidence)
    audience = event.label.lower().split()[-1].rstrip("s") in AUDIENCE_EVENTS  # speakers are not who took part
    if "isecg:participantCount" not in have and not PART_OF_RE.match(text) and (count := _attended(text, audience)
                                                  or (not audience and _line_cells(ctx, sentence)[2])):
        participant_count(ctx, event, count, evidence)
        count_bodies_too(ctx, event, text, count, evidence)


def _anothers_place(sentence: Sentence, event: Entity, place: Entity) -> bool:
    """A place told just after another event the sentence names is that event's: "discussed at the teleconference of 8
    July 2021, which asked for a report before the 72nd International Astronautical Congress in Dubai"."""
    return any(m.entity.iri == place.iri and re.fullmatch(r"\s*,?\s*(?:in|at)\s+(?:the\s+)?", sentence.text[other.end:m.start])
               for m in sentence.mentions for other in sentence.of_type("Event") if other.entity.iri != event.iri)


# Who followed a webinar or a panel: its audience ("drew 112 participants"), not the speakers' bodies or the speakers.
AUDIENCE_RE = re.compile(r"participants|attendees|people|persons")


def _attended(text: str, audience: bool = False) -> int | None:
    """How many took part, next to a word of attending: "40 experts from 11 agencies" counts the bodies (the
    people when no body is counted); none that is still to come ("30 countries will attend"). Of a gathering an
    audience follows (``audience``), only a count of those who followed it ("the webinar drew 112 participants")."""
    if FUTURE_COUNT_RE.search(text):
        return None
    if audience:
        return next((n for m in COUNT_RE.finditer(text) if AUDIENCE_RE.fullmatch(m.group("noun"))
                     and ATTENDING_BEFORE_RE.search(text[:m.start()]) and (n := count_of(m.group(1)))), None)
    # "Of the 24 member agencies, 23 joined the call": the part after the fronted whole
    fronted = re.match(r"\W*(?:Of|Out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+)?[\w\-]+\s+[^,;]{0,40}?,\s*"
                       r"(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)\s+(?:[\w\-]+\s+){0,2}?"
                       r"(?:attend\w*|took\s+part|participated|joined|were\s+(?:represented|present)|connected|sent)\b", text)
    if fronted and (n := count_of(fronted.group(1))):
        return n
    if (part := PRESENT_PART_RE.search(text)) and (n := count_of(part.group(1))):
        return n
    counts = sorted((not TOTAL_RE.match(text, m.end()), m.group("noun") not in BODIES, m.start(), _part_of(text, m) or n)
                    for m in COUNT_RE.finditer(text)
                    if (n := count_of(m.group(1))) and not _members_counted(text, m)
                    and (ATTENDING_BEFORE_RE.search(text[:m.start()])
                         or re.fullmatch(PEOPLE, m.group("noun")) and OWN_PEOPLE_BEFORE_RE.search(text[:m.start()])
                                                     or (after := ATTENDING_AFTER_RE.match(text[m.end():]))
                                                     and not NOT_DONE_RE.search(after.group())
                                                     # "27 agencies now belong to ISECG, which met ...": another's verb
                                                     and not re.search(r",\s*(?:which|who|whose|where)\b", after.group())))
    return counts[0][-1] if counts else None


def _members_counted(text: str, count: re.Match) -> bool:
    """"ISECG counted 27 member agencies at the end of 2023": a body's size, told by a verb of numbering with no
    gathering before it (not "The Rome plenary counted 25 agencies")."""
    cue = re.search(r"\b(?:counted|numbered|totall?ed)\s+(?:some\s+|about\s+)?$", text[:count.start()])
    return cue is not None and not GATHERING_RE.search(text[:cue.start()]) \
        and not re.fullmatch(PEOPLE, count.group("noun"))  # ("it counted 61 participants": no body's size)


def _part_of(text: str, count: re.Match) -> int | None:
    """The part a count is the whole of: "Twenty-three of the 24 member agencies were represented" -> 23."""
    m = re.search(r"\b(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)\s+(?:out\s+)?of\s+(?:the|its|their|all)\s+$", text[:count.start()])
    return count_of(m.group(1)) if m else None


def _own_gatherings(text: str) -> list[re.Match]:
    """The gatherings a sentence tells by their noun phrase, not one it names to say when ("one day before the
    73rd Congress opened")."""
    found = [m for m in GATHERING_NP_RE.finditer(text) if not AS_A_TIME_RE.search(text[:m.start()])]
    # "The Tokyo meeting, a two-day gathering hosted by JAXA, ...": a noun phrase set off by a comma just after
    # another, and no article's "the", is that one told again (an apposition), not a second gathering; so is one
    # that ranks it, after a comma ("..., the last large gathering before travel stopped")
    return [m for i, m in enumerate(found) if not (i and re.fullmatch(r"\s*,\s*", text[found[i - 1].end():m.start()])
                                                   and re.match(r"[Aa]n?\s", m.group())
                                                   or i and re.search(r",\s*$", text[:m.start()])
                                                   and re.match(r"the\s+(?:first|last|only|final|largest|biggest)\s", m.group()))]


def _told(ctx: Context, state: State, sentence: Sentence) -> list[Entity]:
    """The gatherings the earlier rules recorded a fact of from this sentence, new or told again (not one it names
    as a time)."""
    as_time = {m.entity.iri for m in sentence.of_type("Event") if AS_A_TIME_RE.search(sentence.text[:m.start])}
    told: list[Entity] = []
    for s in [fact.s for fact in ctx.rec.result.facts[state.facts_at:]] + ctx.rec.restated:
        entity = ctx.rec.gazetteer.by_iri.get(s)
        if entity is not None and entity.type == "Event" and entity not in told and entity.iri not in as_time:
            told.append(entity)
    return told


# A gathering the sentence refers back to: "The final meeting took place ...", "That session drew ...".
# ("The 31st meeting of the ERWG was held at TsNIIMash at the invitation of Roscosmos": its number and whose it is,
# not "the meeting of 9 September", a day naming another)
BACK_NP_RE = re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:(?:first|second|third|last|final|same|latter|"
                        rf"former|two-day|three-day|one-day|hybrid|online|virtual|face-to-face|in-person|"
                        rf"\d{{1,3}}(?:st|nd|rd|th))\s+){{0,2}}"  # ("this was the first face-to-face meeting")
                        # "The ERWG plenary gathered 74 participants": whose gathering, by its acronym
                        rf"(?:(?-i:[A-Z]{{2,6}})\s+)?(?:{GATHERING})\b"
                        rf"(?!\s+of\b(?!\s+(?:the\s+)?(?-i:[A-Z]{{2,}})\b))", re.I)
def _told_again(ctx: Context, sentence: Sentence) -> list[Entity]:
    """The one gathering a sentence names, not as a time, on the days it gives it that the document gave it already
    (so no rule recorded anew): "Delegations from 14 agencies met on 20–21 February 2013 for the ISECG plenary in
    Kyoto" under the record's head dating the plenary 20–21 February; the sentence's count and host are its."""
    text = sentence.text
    named = [m for m in sentence.of_type("Event") if not AS_A_TIME_RE.search(text[:m.start])]
    dates = _dates(ctx, text)
    if len({m.entity.iri for m in named}) != 1 or len(dates) != 1 \
            or ctx.events.starts.get(named[0].entity.iri) != dates[0].start:
        return []
    return [named[0].entity]


# Strong words of hosting, for a sentence going on about the paragraph's gathering ("ASI, as incoming chair, hosted").
HOSTED_BEFORE_RE = re.compile(r"\b(?:(?:co-?)?host(?:ed|s)|organi[sz]ed)\b|['’]s\s+hospitality"
                              # "The UK Space Agency was the meeting's host"
                              r"|\b(?:was|were)\s+(?:the\s+)?(?:(?:meeting|plenary|workshop|gathering)['’]s\s+)?(?:co-?)?hosts?\b(?!\s+of\b)"
                              # "ASI welcomed 25 agencies to the plenary": those who came, received by their host
                              r"|\b(?:welcomed|received)(?=\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:agencies|delegat\w+|participants|"
                              r"representatives|managers|experts)\b)"
                              r"|\b(?:acted|served|was|were)\s+as\s+(?:the\s+)?(?:co-?)?hosts?\b"
                              r"|\bas\s+(?:the\s+)?(?:co-?)?(?:hosts?|conven[oe]rs?|organi[sz]ers?)\b|\bplayed\s+host\b"
                              # "The Chair thanked JAXA for hosting the meeting"
                              r"|\bfor\s+(?:(?:kindly|generously)\s+)?(?:hosting|organi[sz]ing)\s+(?:the|this|it)\b"
                              r"|\bfor\s+(?:its|their)\s+(?:kind\s+)?hospitality\b", re.I)


def _told_before(ctx: Context, state: State, sentence: Sentence) -> Entity | None:
    """The gathering the paragraph told in an earlier sentence, when this one goes on about it with no date or
    gathering of its own: "Held at the invitation of ASI in hybrid form, with 22 agencies represented.", "The
    final meeting took place at the invitation of CNES, with twenty-one agencies represented, one day before ..."."""
    text = sentence.text
    # the paragraph's gathering told before, else the one the document records ("Fifteen delegations sent a total
    # of forty-eight participants" in a meeting's summary record)
    event = state.event if sentence.offset != sentence.line.offset else None
    event = event or (ctx.events.record if state.event is None else None)
    if event is None and (event := _previous_paragraphs(ctx, state, sentence)) is not None \
            and BACK_NP_RE.search(text):
        state.event = event  # named again ("The plenary was hosted by ASI"): the line's later sentences go on about it
        state.gathering = (event, sentence.line)  # and the next paragraph may go on ("Sixty delegates took part.")
    if event is None or not GATHERING_RE.search(event.label) or ELSEWHEN_RE.search(text):
        return None  # (not "The month before, the IAC drew participants from 70 countries": another time's)
    as_time = [m for m in sentence.of_type("Event") if AS_A_TIME_RE.search(text[:m.start])]
    back = [m.span() for m in BACK_NP_RE.finditer(text)] + [(m.start, m.end) for m in as_time]
    # every gathering the sentence names is the one told before ("The final meeting") or one named as a time, not
    # another ("The group also ran three short webinars, hosted by JAXA")
    if any(not any(s <= m.start() < e for s, e in back) for m in GATHERING_RE.finditer(text)) \
            or any(m not in as_time and m.entity.iri != event.iri for m in sentence.of_type("Event")):
        # (the gathering told before named again by its name is no other: "The ERWG plenary gathered ...")
        return None
    # a date is the sentence's own unless it follows an event named as a time ("... the Congress (18 to 22 September)")
    dates = [d for d in find_dates(text, default_year=ctx.doc.year) if len(d.start) >= 7
             and not any(m.end <= d.pos[0] <= m.end + 3 for m in as_time)]
    # (the gathering's own days told again are no other time: "Over two days, 4 and 5 March, delegates from 24 ...")
    start, end = ctx.events.starts.get(event.iri, ""), ctx.events.ends.get(event.iri, "")
    own = [d for d in dates if len(d.start) == len(start) == 10 and start <= d.start <= (end or start)
           and (d.end is None or d.end <= (end or start))]
    return None if len(own) < len(dates) else event


def _previous_paragraphs(ctx: Context, state: State, sentence: Sentence) -> Entity | None:
    """The gathering the paragraph just before told, for the first sentence of the next one ("On 16 September the
    managers met in Paris ..." / "Delegates from twenty-one agencies were in the room; ...")."""
    if state.gathering is None or sentence.offset != sentence.line.offset:
        return None
    event, line = state.gathering
    # its gathering named again by the noun of its kind ("The plenary was hosted by ASI at its headquarters."), no other
    back = list(BACK_NP_RE.finditer(sentence.text))
    if any(not any(b.start() <= g.start() < b.end() for b in back) for g in GATHERING_RE.finditer(sentence.text)) \
            or any(b.group().split()[-1].lower() not in ("meeting", "gathering", event.label.lower().split()[-1]) for b in back):
        return None
    lines = ctx.text.lines
    at = ctx.text.position(sentence.line)
    if not at or line.heading:
        return None
    # named again by its noun ("The meeting was hosted by CNES"), a paragraph or a subheading telling no gathering later
    reach = _BACK_REACH if back else 1
    return event if any(earlier is line for earlier in lines[max(0, at - reach):at]) else None


_BACK_REACH = 3  # lines from a paragraph telling a gathering to one naming it again by its noun


def _more_of(ctx: Context, state: State, event: Entity, sentence: Sentence) -> None:
    """The host, head count and place a sentence going on about ``event`` gives, those it has none of yet (its
    place only with a host or a count: "Their host was CNES, which received them at its headquarters in Paris"; a
    count told as a total too, which finish_events keeps over the part told before)."""
    text = sentence.text
    evidence = sentence.evidence()
    have = {f.p for f in ctx.rec.result.facts if f.s == event.iri}
    host = _host(ctx, sentence, before=HOSTED_BEFORE_RE) if "schema:organizer" not in have else None
    if host is not None:
        ctx.rec.fact(event.iri, "schema:organizer", host.iri, "event-frame", 0.7, evidence)
    audience = event.label.lower().split()[-1].rstrip("s") in AUDIENCE_EVENTS
    count = _attended(text, audience) if "isecg:participantCount" not in have or TOTAL_RE.search(text) else None
    if count:
        participant_count(ctx, event, count, evidence)
        count_bodies_too(ctx, event, text, count, evidence)
        state.event = event  # the line goes on about who came ("Two more joined by video, so that 22 took part in all")
    if "schema:location" not in have and (host or count) and (place := _place(ctx, sentence)) is not None:
        ctx.rec.fact(event.iri, "schema:location", place.iri, "event-frame", 0.7, evidence)


# A paragraph headed by its gathering's kind in a sentence of its own: "Scenario workshop. CNES invited 42 experts to
# Toulouse on 10, 11 and 12 September 2019 ...", "Spring plenary with senior managers. JAXA organised ...".
PARAGRAPH_LABEL_RE = re.compile(rf"^\W*((?:[\w\-’']+\s+){{0,3}}?({GATHERING}))(?:\s+(?:with|and|of)\s+[\w\s\-’']{{0,40}}?)?\.\s",
                                re.I)
# "the June meeting, held from the 4th to the 6th": the days of a month the gathering's noun phrase names.
MONTH_NP_RE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+"
                         rf"(?:[\w\-]+\s+){{0,2}}?(?:{GATHERING})\b")
ORDINAL_DAYS_RE = re.compile(r"\b(?:on|from)\s+the\s+([0-3]?\d)(?:st|nd|rd|th)(?:\s+(?:to|and|-|–|through)\s+the\s+"
                             r"([0-3]?\d)(?:st|nd|rd|th))?\b")
# A gathering called off: "was cancelled", "has been postponed", "did not take place".
CANCELLED_RE = re.compile(r"\b(?:(?:is|was|were|has\s+been|had\s+been|have\s+been)\s+(?:cancell?ed|called\s+off|"
                          r"postponed|suspended)|did\s+not\s+take\s+place|(?:was|were)\s+not\s+held)\b", re.I)
# A document a gathering's noun qualifies: "the workshop report", "the meeting's minutes", "the plenary summary".
DOCUMENT_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:report|minutes|summary|record|proceedings|outcomes?|paper|notes|agenda|"
                               r"statement|declaration|communiqu[ée]|presentations?|slides|findings|conclusions|results|"
                               r"recommendations|website|page)\b", re.I)
# A gathering's last day: "The Tsukuba plenary closed on 6 June 2019".
CLOSED_ON_RE = re.compile(r"\s+(?:closed|ended|concluded|finished|wrapped\s+up)\s+on\b")
# "Baku, Azerbaijan, is the planned venue of the next plenary", "the venue will be Lima".
VENUE_RE = re.compile(r"\b([A-Z][\w\-]+(?:,\s*[A-Z][\w\-]+)?),?\s+(?:is|was|will\s+be|ha[sd]\s+been(?:\s+chosen\s+as)?)\s+"
                      r"(?:the\s+)?(?:[\w\-]+\s+)?(?:venue|host\s+city|location)\b"
                      r"|\b(?:venue|host\s+city)\s+(?:is|was|will\s+be)\s+([A-Z][\w\-]+(?:,\s*[A-Z][\w\-]+)?)")
# "invited 42 experts to Toulouse", "welcomed the plenary to Noordwijk": the place a host brought them to.
BROUGHT_TO_RE = re.compile(r"\b(?:invited|welcomed|brought|received|called|sent|travell?ed|came|drew|attracted)\s+[^.;]{0,50}?\bto\s+((?:the\s+)?[A-Z][\w\-’']+"
                           r"(?:,?\s+[A-Z][\w\-]+){0,2})")


# The days in brackets of a gathering named as a time are its own, not the sentence's gathering's: "on 20 October
# 2019, the day before the 70th Congress opens (21–25 October 2019)".
TIMED_BY_RE = re.compile(r"\b(?:before|after|ahead\s+of|alongside|on\s+the\s+eve\s+of)\s+the\s+[^,;()]{3,80}\(\s*$", re.I)


def _dates(ctx: Context, text: str) -> list:
    """The days or months a sentence names, or the days of a month its gathering is named by ("the June meeting,
    held from the 4th to the 6th")."""
    dates = [d for d in join_ranges(text, find_dates(text, default_year=gathering_year(ctx, text))) if len(d.start) >= 7
             and not OTHER_HAPPENING_RE.search(text[:d.pos[0]]) and not TIMED_BY_RE.search(text[:d.pos[0]])]
    month = MONTH_NP_RE.search(text)
    days = ORDINAL_DAYS_RE.search(text, month.end()) if month and not dates and ctx.doc.year else None
    if days is None:
        return dates
    told = f"{days.group(1)}{' to ' + days.group(2) if days.group(2) else ''} {month.group(1)} {ctx.doc.year}"
    return [DateSpan(d.start, d.end, days.span()) for d in find_dates(told)][:1]


def _label(sentence: Sentence) -> re.Match | None:
    """The gathering a paragraph's heading sentence names, for a later sentence of the paragraph with none."""
    if sentence.offset == sentence.line.offset:
        return None
    label = PARAGRAPH_LABEL_RE.match(sentence.line.text)
    if label is None or label.end() > sentence.offset - sentence.line.offset + 1:
        return None
    return BARE_GATHERING_RE.fullmatch(label.group(1))


# A verb saying the gathering took place, just after its noun phrase: "The plenary took place on 3 May 2023", "The
# workshop was held on 12 October": a gathering that happened, with no place or host in its sentence.
TOOK_PLACE_RE = re.compile(r"\s*,?\s*(?:(?:was|were)\s+(?:(?:successfully|duly|again)\s+)?(?:held|convened|organi[sz]ed|"
                           # ("was hosted by the Kenya Space Agency": a body no list has; not "held by video")
                           r"conducted|hosted)|took\s+place|met|convened|opened|ran|started|began)\b(?!\s+with\b|\s+by\s+(?!(?:the\s+)?[A-Z]))",
                           re.I)


# A gathering's days between its noun and its verb: "The Bremen workshop (6–7 May) was held ...", "The meeting of 3 May"
_DAYS_BETWEEN_RE = re.compile(r"\s*,?\s*(?:\(\s*|(?:on|of|from)\s+)")


# A gathering's topic between its noun and its verb: "The ISECG workshop on robotic precursors took place ...".
_TOPIC_RE = re.compile(r"\s+(?:on|about)\s+(?:[\w\-’']+\s+){0,5}?[\w\-’']+(?=\s+(?:(?:was|were)\s|took\s+place|met|"
                       r"convened|opened|ran|started|began)\b)")


def _new_gathering(ctx: Context, state: State, sentence: Sentence) -> Entity | None:
    """A gathering no rule read: its noun phrase (or its paragraph's heading) and one day or month, not a time
    another event gives."""
    text = sentence.text
    dates = _dates(ctx, text)
    dateline = DATELINE_RE.match(text)
    closing = None
    if dateline and dates and dates[0].pos[0] < dateline.end():
        # "ROME, 18 May 2023 – ISECG concluded its plenary today at ...": the release's day is the gathering's
        # only when the text says "today" (its last day after a word of closing); else another date is
        today = re.search(r"\btoday\b", text[dateline.end():]) is not None
        dates = dates[:1] if today and len(dates) == 1 else [d for d in dates if d.pos[0] >= dateline.end()]
        closing = CLOSING_NP_RE.search(text, dateline.end()) if today and len(dates) == 1 else None
    label = DATE_LABEL_RE.match(text)
    labelled = label is not None and len(dates) == 1 and dates[0].pos[0] <= label.end("date") <= dates[0].pos[1] + 1
    lead = _dated_line(text, dates)
    label = label if labelled or lead is None else lead
    np = GATHERING_NP_RE.search(text) or (BARE_GATHERING_RE.search(text, label.end()) if labelled or lead else None)
    labelled = labelled or lead is not None
    headed = np is None and not GATHERING_RE.search(text) and _label(sentence) is not None
    np = _label(sentence) if headed else np
    if np is None and lead is not None and (_line_cells(ctx, sentence)[0] is not None or VIRTUAL_RE.search(text)) \
            and (np := _calendar_caption(ctx, sentence)) is not None:
        # "Meeting calendar 2021" / "23–24 March 2021 | Senior managers | online | KARI": a row saying where
        headed = True
    # (an event named is another rule's, unless it is a dated line's gathering's own noun phrase, a name a line before gave
    # another occurrence of: "• 9 September 2020: senior managers videoconference (23 agencies)"; or named as a time
    # after the date: "on 20 October 2019 at an ISECG meeting ..., held on the eve of the 70th International
    # Astronautical Congress"; a date after it is the named event's: "before the 82nd Congress (3 to 7 October)")
    if np is None or len(dates) != 1 or not headed and AS_A_TIME_RE.search(text[:np.start()]) \
            or any(not (np.start() <= m.start and m.end <= np.end()) or headed or not labelled
                   for m in sentence.of_type("Event")
                   if headed or not AS_A_TIME_RE.search(text[:m.start]) or m.start < dates[0].pos[1]):
        return None
    # a count of those who took part tells a gathering that took place ("On 12 March 2020, eighteen agencies joined the
    # senior managers' videoconference")
    topic = None if headed else _TOPIC_RE.match(text, np.end())  # "The ISECG workshop on robotic precursors took place"
    verb_at = topic.end() if topic else np.end()
    if _DAYS_BETWEEN_RE.fullmatch(text, verb_at, dates[0].pos[0]):  # "The Nairobi meeting on 8 May 2029 was hosted by ..."
        verb_at = re.match(r"\s*\)?", text[dates[0].pos[1]:]).end() + dates[0].pos[1]
    if _place(ctx, sentence) is None and _host(ctx, sentence) is None \
            and not (not headed and TOOK_PLACE_RE.match(text, verb_at)
                     and not NOT_DONE_RE.search(text)) \
            and not (not headed and _attended(text)) and not (labelled and _line_cells(ctx, sentence)[2]) \
            and not (VIRTUAL_RE.search(np.group(1)) and not re.search(r"\b(?:in|at|of|on|an?|the|for|to|by)\s", np.group(1))
                     and re.fullmatch(r"\s*,?\s*(?:held\s+)?(?:on|of|from)?\s*", text[np.end():dates[0].pos[0]])):
        # a date alone ("the meeting report of 3 May") tells no gathering; "a virtual workshop, 16–18 February" does
        return None
    noun = np.group(2).lower()
    if CANCELLED_RE.search(text):
        return None  # "the plenary planned in Houston is cancelled": a gathering that did not take place
    if not headed and DOCUMENT_AFTER_RE.match(text, np.end()):
        return None  # "The workshop report (ISECG, 3 May 2019)": a document, not the gathering
    if not headed and CLOSED_ON_RE.match(text, np.end()):  # its last day: the gathering told with its days, if any
        return next((ctx.rec.gazetteer.by_iri[iri] for iri, end in ctx.events.ends.items()
                     if end == dates[0].start and iri in ctx.rec.gazetteer.by_iri), None)
    if closing is not None and closing.start() <= np.start() < closing.end():
        return _closed_today(ctx, state, sentence, np, dates[0], dateline)
    # where it met: "in Montreal", or the town its name opens with ("the Rome meeting of June 2009")
    place = next((m.entity for m in sentence.mentions if np.start() <= m.start < np.end() and m.entity.type == "Place"),
                 None) or _place(ctx, sentence)
    event = ctx.events.on(dates[0].start) or ctx.events.of_kind(dates[0].start, noun, place) \
        or closed_before(state, text, dates[0]) or ctx.events.recorded(dates[0].start)
    if event is None:
        of = np.groupdict().get("of") or ""  # "meeting of the Science Working Group"
        name = meeting_name(text, np.group(1) + noun + of, noun, ctx.body)
        name = f"{name} {' '.join(topic.group().split())}" if topic and not of else name
        event = ctx.rec.define(name, "Event", sentence.evidence(), rule="event-frame", confidence=0.7,
                               slug=f"{name} {dates[0].start}", lookup=False)
    state.event = event
    return event


# A gathering closed: "concluded its plenary", "closed the three-day meeting", "wrapped up its workshop".
# ("took part in the ISECG plenary that closed today": the gathering, then the clause saying it closed)
CLOSING_NP_RE = re.compile(rf"\b(?:concluded|closed|ended|wrapped\s+up|completed|finished)\s+(?:its|their|the)\s+"
                           rf"(?:[\w\-’']+\s+){{0,4}}?(?:{GATHERING})\b"
                           rf"|\b(?:its|their|the)\s+(?:[\w\-’']+\s+){{0,4}}?(?:{GATHERING})\s+(?:that|which)\s+"
                           rf"(?:closed|ended|concluded|finished|wrapped\s+up)\s+today\b", re.I)


def _closed_today(ctx: Context, state: State, sentence: Sentence, np: re.Match, day: DateSpan, dateline: re.Match
                  ) -> Entity | None:
    """A gathering a release says closed today ("ROME, 18 May 2023 – ISECG concluded its plenary today at the
    headquarters of ASI"): its last day and, when the sentence names no other, the dateline's town; its first day
    is a later sentence's ("The three-day meeting, which opened on 16 May, ...")."""
    noun = np.group(2).lower()
    evidence = sentence.evidence()
    name = meeting_name(sentence.text, np.group(1) + noun, noun, ctx.body)
    event = ctx.rec.define(name, "Event", evidence, rule="event-frame", confidence=0.7, slug=f"{name} until {day.start}",
                           lookup=False)
    ctx.events.ends[event.iri] = day.start
    ctx.rec.fact(event.iri, "schema:endDate", ox.Literal(day.start, datatype=term("xsd:date")), "event-frame", 0.7,
                 evidence)
    town = re.match(r"\s*([A-Z][A-Za-z .'\-]*?)\s*,", sentence.text)
    if _place(ctx, sentence) is None and town and (place := find_place(ctx, town.group(1).title(), evidence)) is not None:
        ctx.rec.fact(event.iri, "schema:location", place.iri, "event-frame", 0.7, evidence)
    state.event = event
    state.closed = (event, day.start)
    return event


# A calendar's line opens with its date, set off by a dash, a colon or a bar: "- 4–6 June 2019 — Tsukuba, Japan (JAXA):
# ISECG plenary", "20 October 2019 | Washington | senior managers meeting".
DATED_LINE_RE = re.compile(r"\s*(?:[:|—–·]|-{1,2})\s+")  # ("7–8 December 2023 · Busan, Korea · ...")
# Its parts: between dashes, colons, bars, semicolons and brackets ("Tsukuba, Japan", "JAXA", "ISECG plenary").
_CELL_RE = re.compile(r"[^:;|()—–·]+")


# A town no list has, told right after a gathering's noun: "the meeting in Bremen on 30 September", "a workshop held in
# Bonn, ...".
_GATHERING_IN_RE = re.compile(rf"\b(?:{GATHERING})s?\s+(?:(?:was|were)\s+)?(?:held\s+|took\s+place\s+)?in\s+"
                              r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?=\s*,?\s*(?:on|from|between|in)\s+(?:[A-Z][a-z]+day,?\s+)?\d"
                              r"|\s*,\s*[A-Z]"  # its days or its region after it, not "held in English."
                              # or who hosted it: "the ISECG plenary in Tsukuba, hosted by JAXA, in June 2019"
                              r"|\s*,?\s*(?:hosted|organi[sz]ed|convened)\s+by\s+(?:the\s+)?[A-Z])")
# A gathering's place and days in brackets after its noun: "the spring plenary (Tsukuba, 4–6 June)".
_GATHERING_BRACKET_RE = re.compile(rf"\b(?:{GATHERING})\s*\(([^()]*\d[^()]*)\)", re.I)
# "The ERWG plenary of 30 November 2021 (ESTEC, Noordwijk; hybrid)": the bracket after the gathering's date
_DATED_BRACKET_RE = re.compile(rf"\b(?:{GATHERING})\s+(?:of|on|from)\s+[\w\s–\-,]{{4,30}}?\d\s*\(([^()]+)\)", re.I)
# A part of a calendar's line counting who took part: "(17 agencies)", "23 agencies represented".
_COUNT_CELL_RE = re.compile(r"(?:some|about|around|over)?\s*(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)\s+(?:space\s+|member\s+)?"
                            r"(?:agencies|organi[sz]ations|delegations|participants|delegates|countries|experts|attendees)"
                            r"(?:\s+(?:represented|present|attending|participating|took\s+part))?", re.I)


_HEADING_MAX_WORDS = 12
# Words before a heading's gathering noun that make it a clause or another thing's name, not the gathering's ("ESA
# hosts workshop", "Agencies attended meeting", "Results of the plenary"); a plural noun may name who met ("Senior
# managers meeting", "Heads of delegation meeting").
_HEADING_VERB_RE = re.compile(r"\b[a-z]+ed\b|\b(?:the|an?|its|their|this|that)\b|\b(?:hosts|holds|meets|attends|joins|"
                              r"plans|opens|closes|organi[sz]es|convenes|welcomes|announces|reports)\b")
# The parts a heading may give besides its name, place and days, read by ``_parts``: a head count ("45 participants",
# "(about 80 attendees)"), its format ("(virtual)") and its host ("; hosted by CNES").
_HEADING_EXTRA_RE = re.compile(rf"(?<=[,;(·|—–])\s*(?:{_COUNT_CELL_RE.pattern}|{VIRTUAL_RE.pattern}|hybrid|"
                               r"(?:co-?)?(?:hosted|organi[sz]ed|convened)\s+by\s+(?:the\s+)?(?-i:[A-Z][\w\-’'.]*(?:\s+(?:[A-Z][\w\-’'.]*"
                               r"|of|for|and|&))*))\s*(?=[,;)·|—–.]|$)", re.I)
# A heading's section number: "3.1 ", "2. ".
_NUMBERED_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")


# A document's kind alone on a line between a gathering's name and its days: "Programme", "Final report".
_GENRE_RE = re.compile(r"(?i:(?:final\s+|draft\s+|provisional\s+|summary\s+)?(?:programme|program|agenda|report|summary|"
                       r"minutes|proceedings|outcome|summary\s+record|record|announcement|invitation)(?:\s+and\s+\w+)?)")


# A chronology's row typed a gathering: its year and month, the type cell, then the entry telling it ("2031 May Meeting
# Senior managers meeting in Oslo, hosted by NOSA, 12 May; 18 agencies attend.", "| 2030-05 | Meeting | Plenary in
# Hanoi, hosted by VNSC |") (a row typed a joining is the memberships' to read); after the count of the row above
# when page text ran it on ("15 2015 October Meeting ...").
TYPED_ROW_RE = re.compile(rf"^\W*(?:\d{{1,3}}\s+)?(?P<date>(?:19|20)\d\d(?:\s+(?:{'|'.join(MONTH_NAMES)})|-[01]\d))\s*\|?\s*"
                          r"(?P<type>Meeting|Workshop|Conference|Forum|Symposium|Gathering|Session)s?\s*[|:—–]?\s+(?=[A-Z])")


def typed_row(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A chronology's row typed a gathering, read whole (other rules take its month and type cell for a name, its
    month for the gathering's when the entry gives its day): the gathering the entry names, else the row's type of
    the document's body ("Senior managers meet at National Harbor, 23 June"), on the day the entry gives in the row's
    month, else in that month; its place, host and head count as any sentence tells them."""
    text = sentence.text
    row = TYPED_ROW_RE.match(text)
    row_date = next(iter(find_dates(row.group("date"))), None) if row else None
    entry = re.split(r";|\.\s", text[row.end():])[0] if row else ""  # the entry's first clause
    if row_date is None or NOT_DONE_RE.search(entry) or CANCELLED_RE.search(text):
        return False
    date = next((d for d in _dates(ctx, text) if d.pos[0] >= row.end() and d.start.startswith(row_date.start)), row_date)
    # (an event named is the row's unless it is another row's, dated otherwise: "Senior managers meeting" a second time)
    named = next((m.entity for m in sentence.of_type("Event") if m.start >= row.end()
                  and compatible(ctx.events.starts.get(m.entity.iri, date.start), date.start)), None)
    np = BARE_GATHERING_RE.search(entry.split(",")[0])
    noun = np.group(2).lower() if np else row.group("type").lower()
    evidence = sentence.evidence()
    end = row.end() + len(entry)
    place = _place(ctx, sentence) or _parts(ctx, sentence, row.end(), end)[0] or _unlisted_town(ctx, sentence, row.end(), end)
    event = named or ctx.events.on(date.start) or ctx.events.of_kind(date.start, noun, place)
    if event is None:
        name = meeting_name(text, np.group(1) + noun + (np.group("of") or "") if np else noun, noun, ctx.body)
        event = ctx.rec.define(name, "Event", evidence, rule="typed-row", confidence=0.75, slug=f"{name} {date.start}",
                               lookup=False)
    have = {f.p for f in ctx.rec.result.facts if f.s == event.iri}
    if "schema:startDate" not in have:
        date_facts(ctx, event, date, "typed-row", 0.75, evidence)
    if place is not None and "schema:location" not in have:
        ctx.rec.fact(event.iri, "schema:location", place.iri, "typed-row", 0.75, evidence)
    elif place is None and VIRTUAL_RE.search(text):
        online(ctx, event, "typed-row", evidence)
    if "schema:organizer" not in have and (host := _host(ctx, sentence)) is not None:
        ctx.rec.fact(event.iri, "schema:organizer", host.iri, "typed-row", 0.75, evidence)
    if "isecg:participantCount" not in have and (count := _attended(text)):
        participant_count(ctx, event, count, evidence)
    state.event = event
    return True


def _gathering_heading(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A heading naming a gathering, with its place and days in it or on the line below alone ("ISECG Plenary — Rome,
    Italy" / "16–18 May 2023"; "3.1 Spring plenary (Tsukuba, 4–6 June 2019)"): the gathering the section's sentences
    tell ("ASI hosted the plenary, which 25 agencies attended"); read on the heading's line, or on the line of days
    below it (a heading's line may be another rule's)."""
    line = sentence.line
    if sentence.offset != line.offset:
        return False
    lines = ctx.text.lines
    at = ctx.text.position(line)
    dates, below, place_line = _dates(ctx, line.text), None, None
    beside = line.text[:dates[0].pos[0]] + " " + line.text[dates[0].pos[1]:] if len(dates) == 1 else ""
    # a last part of the line naming the host: "Tokyo, Japan · 6–7 March 2018 · hosted by JAXA at its Tokyo office"
    hosted_part = re.search(r"\s[·|•]\s+(?=(?i:(?:co-?)?hosted\s+by)\b)([^·|•]*)$", beside.strip("*_ "))
    beside = beside.strip("*_ ")[:hosted_part.start()] if hosted_part else beside
    # the days beside a place alone on their line: "Bengaluru, India · 14–15 October 2027"
    alone = re.sub(r"\s*[·|•–—/]\s*|\s+-\s+", " ", beside).strip(" ,*_")
    # (or a town no list has: "5–6 December 2028, Daejeon")
    placed = bool(alone) and (_place_alone(ctx, alone) or _TOWN_PART_RE.fullmatch(alone) is not None
                              and _town_like(alone) and not ctx.rec.gazetteer.find(alone))
    if at and len(dates) == 1 and (re.fullmatch(r"[\W\s]*", beside) or placed):
        below, line = line, lines[at - 1]  # the days alone, below the heading
        if placed:
            place_line = ctx.text.sentence(beside.strip(" ·|•–—,"), below, below.offset)
        elif at >= 2 and _place_alone(ctx, line.text):  # "Workshop on Lunar Polar Volatiles" / "Noordwijk, the Netherlands"
            place_line, line = line, lines[at - 2]
        if at - (1 if place_line is None or placed else 2) >= 1 and _GENRE_RE.fullmatch(line.text.strip()):
            line = lines[at - (2 if place_line is None or placed else 3)]  # "Programme", "Summary report" between
        heading = ctx.text.sentence(line.text, line, line.offset)
        heading.mentions = ctx.rec.gazetteer.find(line.text)
    else:
        heading = sentence
    text = heading.text
    # a heading that is a gathering's name alone, named already ("ISECG Workshop on Lunar Resources" over its days),
    # the name read short before its title's last words ("... Operations and Mars Readiness"); or going on with the
    # record's kind ("... — Summary") over a dateline naming the host (else the paragraph below tells the gathering
    # and its host, a dated heading's)
    named = heading.of_type("Event")
    whole = below is not None and len(named) == 1 and re.fullmatch(r"[\W\d]*", text[:named[0].start]) \
        and (re.fullmatch(r"[\W\d]*|\s+(?:and|&)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,4}", text[named[0].end:])
             or hosted_part is not None and _GENRE_RE.fullmatch(re.sub(r"^\s*[—–:]\s*", "", text[named[0].end:]).strip())) \
        and ctx.events.starts.get(named[0].entity.iri) is None
    # (a list's line or a caption may close with a full stop after its days: "Meeting of ISECG, Oslo, 4 May 2027.")
    if len(text.split()) > _HEADING_MAX_WORDS or re.search(r"[:;]\s*$|(?<![\d)])\.\s*$", text) or named and not whole \
            or _dated_line(text, _dates(ctx, text)) is not None:
        return False
    stripped = _NUMBERED_RE.sub("", text).lstrip("#* ")
    np = BARE_GATHERING_RE.match(stripped)
    if np is None or np.group(1).lower().split()[:1] in (["the"], ["a"], ["an"]) or _HEADING_VERB_RE.search(np.group(1)):
        return False  # a heading opens with its gathering ("Spring plenary ...", "Senior managers meeting — Rome")
    dates = dates if below is not None else _dates(ctx, text)
    rest = _HEADING_EXTRA_RE.sub(" ", stripped[np.end():])
    for date in _dates(ctx, stripped):
        rest = rest.replace(stripped[date.pos[0]:date.pos[1]], " ")
    topic = re.match(r"\s+((?:on|for)\s+[A-Za-z][^—–(:;,|·\d]*)", rest)  # "Workshop on Lunar Polar Volatiles"
    if len(dates) != 1 or len(dates[0].start) < 10 or re.search(r"\b(?!(?:and|of|the|in|at|de|du)\b)[a-z]+",
                                                                 rest[topic.end():] if topic else rest) \
            or re.search(r"(?i)\b(?:held|convened|organi[sz]ed|hosted)\b", np.group(1)):
        return False  # a heading names its gathering, place and days only, no verb ("Meeting held online on ...")
    name = meeting_name(text, np.group(1) + np.group(2), np.group(2).lower(), ctx.body)
    if topic:
        name = f"{name} {' '.join(topic.group(1).split())}"
    evidence = heading.evidence()
    event = (named[0].entity if whole else None) or ctx.events.of_kind(dates[0].start, np.group(2).lower()) or ctx.rec.define(
        name, "Event", evidence, rule="event-heading", confidence=0.75, slug=f"{name} {dates[0].start}", lookup=False)
    date_facts(ctx, event, dates[0], "event-heading", 0.75, evidence)
    place, host, count = _parts(ctx, heading, len(text) - len(stripped) + np.end())
    if count and "isecg:participantCount" not in {f.p for f in ctx.rec.result.facts if f.s == event.iri}:
        participant_count(ctx, event, count, evidence)  # "Workshop on ISRU, Golden, 6–7 June 2016, 45 participants"
    town = re.match(r"\s+(?:in|at)\s+([A-Z][\w\-éè]+(?:,?\s+[A-Z][\w\-]+)?)", rest)
    if place is None and town:  # "ISECG plenary in Rome" / "16–18 May 2023"
        place = find_place(ctx, town.group(1), evidence)
    if place is None and place_line is not None:
        place = find_place(ctx, place_line.text, evidence)
    if place is None and below is None:  # "Senior managers meeting, Lisbon, 14–15 October 2025"
        place = _unlisted_town(ctx, heading, len(text) - len(stripped) + np.end() + (topic.end() if topic else 0), len(text))
    if place is not None:
        ctx.rec.fact(event.iri, "schema:location", place.iri, "event-heading", 0.75, evidence)
    hosted = lines[at + 1] if below is not None and at + 1 < len(lines) else None
    if host is None and hosted_part is not None:
        host = next((m.entity for m in ctx.rec.gazetteer.find(hosted_part.group(1)) if m.entity.type in ORG_LIKE), None)
    if host is None and hosted is not None and (by := _HOSTED_LINE_RE.match(hosted.text)):
        # the cover's next line: "Hosted by the Indian Space Research Organisation (ISRO)" (a short line, a heading)
        host = next((m.entity for m in ctx.rec.gazetteer.find(hosted.text) if m.start >= by.end()
                     and m.entity.type in ORG_LIKE and m.entity is not ctx.body), None)
    if host is not None:
        ctx.rec.fact(event.iri, "schema:organizer", host.iri, "event-heading", 0.75, evidence)
    state.event, state.gathering = event, (event, below or line)
    state.section_event = (event, at)
    if ctx.events.record is None and line.page == 1 and lines.index(line) < _COVER_LINES:
        ctx.events.record = event  # a cover naming a gathering, its place and days: the report is of it
    return True


_COVER_LINES = 6  # the first lines of a document, its cover's title block
_HOSTED_LINE_RE = re.compile(r"\W*(?:(?:co-?)?hosted|organi[sz]ed|convened)\s+(?:jointly\s+)?by\b|\W*(?:host|organi[sz]er)s?\s*:", re.I)


def _place_alone(ctx: Context, text: str) -> bool:
    """A line that is a place's name alone ("Noordwijk, the Netherlands", "Tokyo (Japan)", "Daejeon, Republic of
    Korea")."""
    words = text.strip(" .")
    return bool(re.fullmatch(r"[A-Z][\w\-.’']*(?:(?:,\s*|\s+)(?:the\s+|of\s+)?\(?[A-Z][\w\-.’']*\)?){0,3}", words)) \
        and any(m.entity.type in ("Place", "Country") for m in ctx.rec.gazetteer.find(words)) \
        and not any(m.entity.type in ORG_LIKE for m in ctx.rec.gazetteer.find(words))


def _dated_heading(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A line of days and a place alone (a host in brackets beside them), over the paragraph telling what met then:
    "## 4–6 June 2019 · Tsukuba, Japan", "2.1 Rome, 14–15 June 2022", "12 May 2021 — Noordwijk (ESA)". Kept for the
    first gathering a sentence of its section tells with no day of its own (``_under_dated_heading``)."""
    line = sentence.line
    # the line alone, or its lead sentence ending in a full stop before the paragraph's ("Washington, 20 October 2019.
    # On the eve of the Congress, the senior managers met at NASA Headquarters.")
    lead = sentence.text.strip() != line.text.strip()
    text = sentence.text.strip()[:-1] if lead and sentence.text.strip().endswith(".") else sentence.text.strip()
    if sentence.offset != line.offset or len(text.split()) > _HEADING_MAX_WORDS or re.search(r"[.:;]\s*$", text) \
            or sentence.of_type("Event"):
        return False
    dates = _dates(ctx, text)
    if len(dates) != 1 or len(dates[0].start) < 10:
        return False
    rest = _NUMBERED_RE.sub("", text[:dates[0].pos[0]]).lstrip("#* ") + " " + text[dates[0].pos[1]:]
    if re.search(r"\b(?!(?:and|of|the|in|at|de|du|la|le)\b)[a-z]{2,}", rest) or re.search(r"\d", rest):
        return False  # days and a place only, no verb nor other words ("4 June 2019: release of the white paper")
    numbered = re.match(r"[#*\s]*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?", text).end()  # "## ", "2.1 "
    place, host, _ = _parts(ctx, sentence, numbered)
    if place is None:
        return False
    at = ctx.text.position(line)
    state.dated_heading = (dates[0], place, host, at, lead, len(ctx.rec.result.facts)) if at is not None else None
    return at is not None


# A body's people meeting, the sentence's verb: "the senior managers met at NASA Headquarters".
MET_RE = re.compile(r"\b(?:met|gathered|convened)\b(?!\s+(?:with|the|their|its)\b)")


def _under_dated_heading(ctx: Context, state: State, sentence: Sentence) -> Entity | None:
    """The gathering the first sentence under a line of days and place tells by its noun phrase, with no day of its
    own ("The spring plenary of ISECG was held at the Tsukuba Space Center."): of that day and place."""
    if state.dated_heading is None:
        return None
    date, place, host, at, lead, facts_at = state.dated_heading
    lines = ctx.text.lines
    here = next((i for i in range(at if lead else at + 1, min(len(lines), at + SECTION_REACH)) if lines[i] is sentence.line),
                None)
    if here is None or any(lines[i].heading for i in range(at + 1, here + 1)):
        state.dated_heading = None if here is None or lines[here].heading else state.dated_heading
        return None
    if here != at and lead:
        state.dated_heading = None  # a lead sentence dates its own paragraph only
        return None
    text = sentence.text
    np = next((m for m in _own_gatherings(text)), None)
    met = MET_RE.search(text) if np is None else None  # "the ISECG senior managers met at NASA Headquarters"
    if np is None and met is None or _dates(ctx, text) or find_dates(text) or NEXT_EVENT_RE.search(text) \
            or NOT_DONE_RE.search(text[:np.start() if np is not None else met.start()]) \
            or re.search(r"\b(?:will|shall|planned|scheduled|expected|due\s+to)\b", text) or np is not None and (
                AS_A_TIME_RE.search(text[:np.start()]) or DOCUMENT_AFTER_RE.match(text, np.end())) or CANCELLED_RE.search(text):
        return None
    as_time = [m for m in sentence.of_type("Event") if AS_A_TIME_RE.search(text[:m.start])]
    if any(not (np is not None and np.start() <= m.start and m.end <= np.end()) and m not in as_time
           for m in sentence.of_type("Event")):
        return None  # another event the sentence names
    state.dated_heading = None
    noun = np.group(2).lower() if np is not None else "meeting"
    evidence = sentence.evidence()
    event = ctx.events.on(date.start) or ctx.events.of_kind(date.start, noun)
    if event is None:
        name = meeting_name(text, (np.group(1) if np is not None else "") + noun, noun, ctx.body)
        event = ctx.rec.define(name, "Event", evidence, rule="dated-heading", confidence=0.7,
                               slug=f"{name} {date.start}", lookup=False)
    have = {f.p for f in ctx.rec.result.facts if f.s == event.iri}
    if "schema:startDate" not in have:
        date_facts(ctx, event, date, "dated-heading", 0.7, evidence)
    if "schema:location" not in have:
        ctx.rec.fact(event.iri, "schema:location", place.iri, "dated-heading", 0.7, evidence)
    if host is not None and "schema:organizer" not in have:
        ctx.rec.fact(event.iri, "schema:organizer", host.iri, "dated-heading", 0.7, evidence)
    state.event = event
    return event


def _dateline(ctx: Context, state: State, sentence: Sentence) -> None:
    """A line of days and place is a dateline, not its paragraph's days, once a sentence under it gave a gathering
    other days: "Tokyo, 20 June 2019" over "The ISECG plenary was held on 17–18 June 2019. The agencies met to
    review the roadmap. The meeting was hosted by JAXA ..." (a release's, a record's place and date of issue): no
    second gathering of the line's day takes the host and count the paragraph tells of its own. The line's place is
    the gathering's when it names none and its days end at most a week before the line's (written where it met)."""
    if state.dated_heading is None:
        return
    date, place, host, at, lead, facts_at = state.dated_heading
    lines = ctx.text.lines
    here = next((i for i in range(at, min(len(lines), at + SECTION_REACH)) if lines[i] is sentence.line), None)
    under = here is not None and not any(lines[i].heading for i in range(at + 1, here + 1))
    dated = [fact for fact in ctx.rec.result.facts[facts_at:len(ctx.rec.result.facts) if under else state.facts_at]
             if fact.p == "schema:startDate" and (day := str(getattr(fact.o, "value", fact.o))) != date.start
             and len(day) == 10 and (entity := ctx.rec.gazetteer.by_iri.get(fact.s)) is not None and entity.type == "Event"]
    if not dated:
        return
    state.dated_heading = None
    line_day = _day_number(date.start)
    for fact in dated:
        have = {f.p for f in ctx.rec.result.facts if f.s == fact.s}
        end = next((str(getattr(f.o, "value", f.o)) for f in ctx.rec.result.facts
                    if f.s == fact.s and f.p == "schema:endDate"), str(getattr(fact.o, "value", fact.o)))
        if len(end) == 10 and 0 <= line_day - _day_number(end) <= 7 and not have & {
                "schema:location", "schema:eventAttendanceMode"}:
            ctx.rec.fact(fact.s, "schema:location", place.iri, "dateline", 0.6, fact.evidence)


def _day_number(day: str) -> int:
    try:
        return datetime.date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return -10**6


# A sentence's own caption: "Meetings in 2021: ERWG plenary, 9–11 February (online, NASA); SAM, 23–24 March (...)".
_SENTENCE_CAPTION_RE = re.compile(r"^\W*(?P<caption>[A-Z][^:;.]{2,60}):\s+")


def _captioned_items(ctx: Context, state: State, sentence: Sentence) -> bool:
    """The gatherings a sentence lists under a caption of its own naming them, one an item between semicolons with
    its one date (the caption's year), its name before the date, its place, host and head count in the parts after."""
    text = sentence.text
    m = _SENTENCE_CAPTION_RE.match(text)
    caption = caption_name(m.group("caption")) if m and not re.search(r"\band\b|&", m.group("caption")) else None
    if caption is None or sentence.of_type("Event"):
        return False
    year = next((int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", m.group("caption"))), ctx.doc.year)
    items = []
    for part in re.finditer(r"[^;]+", text[m.end():]):
        start, end = m.end() + part.start(), m.end() + part.end()
        dates = [d for d in join_ranges(part.group(), find_dates(part.group(), default_year=year)) if len(d.start) >= 7]
        if len(dates) != 1:
            return False
        items.append((start, end, dates[0]))
    if len(items) < 2:
        return False
    noun = caption.split()[-1].lower()
    evidence = sentence.evidence()
    for start, end, date in items:
        own = text[start:start + date.pos[0]].strip(" ,–—-")
        label = own if GATHERING_RE.search(own) else f"{own} {noun}" if own and len(own.split()) <= 4 else caption
        name = meeting_name(text, label, noun, ctx.body)
        event = ctx.events.of_kind(date.start, name.split()[-1]) or ctx.rec.define(
            name, "Event", evidence, rule="captioned-items", confidence=0.75, slug=f"{name} {date.start}", lookup=False)
        date_facts(ctx, event, date, "captioned-items", 0.75, evidence)
        place, host, count = _parts(ctx, sentence, start + date.pos[1], end)
        if place is not None:
            ctx.rec.fact(event.iri, "schema:location", place.iri, "captioned-items", 0.75, evidence)
        elif VIRTUAL_RE.search(text, start, end):
            online(ctx, event, "captioned-items", evidence)
        if host is not None:
            ctx.rec.fact(event.iri, "schema:organizer", host.iri, "captioned-items", 0.75, evidence)
        if count:
            participant_count(ctx, event, count, evidence)
    return True


_CALENDAR_MAX_LINES = 20  # dated lines a caption may stand above


def _calendar_caption(ctx: Context, sentence: Sentence) -> re.Match | None:
    """The gathering a calendar's caption names for the dated lines below it that name none ("Meeting calendar
    2021", "Workshops held in 2022"): a caption of gatherings only (not "Meetings and milestones")."""
    if sentence.offset != sentence.line.offset and _dated_line(sentence.line.text, _dates(ctx, sentence.line.text)[:1]) is None:
        return None  # (an item of a calendar line the page text ran its items onto: its line opens with a date too)
    lines = ctx.text.lines
    at = next((i for i, line in enumerate(lines) if line is sentence.line), 0)
    for i in range(at - 1, max(-1, at - _CALENDAR_MAX_LINES - 1), -1):
        text = lines[i].text
        if _dated_line(text, [d for d in join_ranges(text, find_dates(text, default_year=ctx.doc.year))
                              if len(d.start) >= 7]) is not None:
            continue  # another line of the calendar
        name = caption_name(text) if len(text.split()) <= 8 and not re.search(r"\band\b|&|[.;]\s", text) else None
        return BARE_GATHERING_RE.fullmatch(name) if name else None
    return None


def _dated_line(text: str, dates: list) -> re.Match | None:
    """The separator after the date a calendar's line opens with, if it opens so."""
    if len(dates) != 1 or not re.fullmatch(r"\s*(?:[-•*]\s+|\d{1,2}[.)]\s+)?", text[:dates[0].pos[0]]):
        return None
    return DATED_LINE_RE.match(text, dates[0].pos[1])


def _line_cells(ctx: Context, sentence: Sentence) -> tuple[Entity | None, Entity | None, int | None]:
    """The place and host a calendar's dated line gives as parts of their own: a part of capitalised words a
    known place is in, no organisation's name ("Tsukuba, Japan"); a part naming organisations only, not the
    document's body ("(JAXA)", "NASA and CSA"); a part counting who took part ("(17 agencies)")."""
    text = sentence.text
    lead = _dated_line(text, [d for d in join_ranges(text, find_dates(text, default_year=ctx.doc.year)) if len(d.start) >= 7])
    if lead is None:
        return None, None, None
    place, host, count = _parts(ctx, sentence, lead.end())
    # ("22 January 2026: ERWG meeting, Tsukuba": a town no list has, after the gathering the line names)
    named = BARE_GATHERING_RE.match(text, lead.end())
    return place or (_unlisted_town(ctx, sentence, named.end(), len(text)) if named else None), host, count


# What a part naming a gathering's host may say beside the organisations' names: "NASA and CSA", "hosted by the
# DLR", "DLR host".
_HOST_PART_RE = re.compile(r"\s*(?:(?:co-?)?(?:hosted|organi[sz]ed|convened)\s+by\s+)?(?:\s*(?:,|and|&|/)?\s*(?:the\s+)?)*"
                           r"(?:\s*(?:as\s+)?(?:co-?)?host)?\s*", re.I)


def _parts(ctx: Context, sentence: Sentence, at: int, end: int | None = None
           ) -> tuple[Entity | None, Entity | None, int | None]:
    """The place, host and head count the parts of a sentence's text from ``at`` (to ``end``) give (a calendar line's
    after its date, a heading's, a listed item's)."""
    text = sentence.text
    orgs = [m for m in sentence.mentions if m.entity.type in ORG_LIKE]
    place = host = count = None
    for cell in _CELL_RE.finditer(text, at, len(text) if end is None else end):
        words = cell.group().strip(" ,.")
        start = cell.start() + cell.group().find(words)
        inside = [m for m in orgs if start <= m.start and m.end <= start + len(words)]
        if not words:
            continue
        if inside and _HOST_PART_RE.fullmatch(re.sub("|".join(re.escape(text[m.start:m.end]) for m in inside), "", words)):
            host = host or (inside[0].entity if inside[0].entity is not ctx.body else None)
            continue
        # within a part, what commas set off: "ISECG senior managers meeting, Rome", "Tsukuba, Japan, 22 agencies"
        parts = [(start + m.start(1), m.group(1)) for m in re.finditer(r"\s*([^,]*[^,\s])", words)]
        for i, (at, part) in enumerate(parts):
            pair = f"{part}, {parts[i + 1][1]}" if i + 1 < len(parts) else None
            for where in filter(None, [pair, part]):
                if place is None and not any(m.start < at + len(where) and at < m.end for m in orgs) \
                        and re.fullmatch(r"[A-Z][\w\-.’']*(?:,?\s+(?:the\s+)?[A-Z][\w\-.’']*){0,3}", where) \
                        and any(m.entity.type in ("Place", "Country") for m in ctx.rec.gazetteer.find(where)):
                    place = find_place(ctx, where, sentence.evidence())
            if count is None and (counted := _COUNT_CELL_RE.fullmatch(part)):
                count = count_of(counted.group(1))
            named = [m for m in orgs if at <= m.start and m.end <= at + len(part)]
            if host is None and len(named) == 1 and named[0].entity is not ctx.body \
                    and _HOST_PART_RE.fullmatch(part[:named[0].start - at] + part[named[0].end - at:]):
                host = named[0].entity  # "(online, NASA)": a part that is an organisation's name alone
    return place, host, count


# A town no list has, a part of its own or after "in"/"at" ("Senior managers meeting, Lisbon, 14–15 October";
# "... meet at National Harbor, Maryland, 23 June"), with its region or country after it.
_TOWN_PART_RE = re.compile(r"(?:^|[,;(|—–·]\s*|\b(?:in|at)\s+)((?:(?:St|Ste|Mt)\.\s+)?[A-Z][a-z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2}"
                           r"(?:,\s*[A-Z][a-z][\w\-’']*(?:\s+[A-Z][\w\-’']*)?)?)(?=\s*(?:[,;()|—–·.]|$))")


def _unlisted_town(ctx: Context, sentence: Sentence, at: int, end: int) -> Entity | None:
    """The first town no list has among the parts of ``sentence`` from ``at`` to ``end`` (a line naming a gathering,
    its place and days), not a name of an organisation, a gathering, a month or of being online."""
    orgs = [m for m in sentence.mentions if m.entity.type in ORG_LIKE]
    for m in _TOWN_PART_RE.finditer(sentence.text, at, end):
        if not any(o.start < m.end(1) and m.start(1) < o.end for o in orgs) and _town_like(m.group(1)):
            return find_place(ctx, m.group(1), sentence.evidence())
    return None


def _town_like(words: str) -> bool:
    """Capitalised words that may be a town's name: not a gathering's, a document's ("Final Report"), a month's, a
    site's ("Conference Centre") nor being online."""
    return not NOT_A_TOWN_RE.search(words) and not _GENRE_RE.search(words) and not MONTH_RE.match(words) \
        and not VIRTUAL_RE.search(words) and not find_dates(words)


def _place(ctx: Context, sentence: Sentence) -> Entity | None:
    """The first place named after "in" or "at" that no organisation's name covers: a known one, else a
    town and its region or country no list has ("in Longueuil, Québec")."""
    orgs = [(m.start, m.end) for m in sentence.mentions if m.entity.type in ORG_LIKE]
    venue = VENUE_RE.search(sentence.text)
    if venue and (place := find_place(ctx, venue.group(1) or venue.group(2), sentence.evidence())) is not None:
        return place
    for m in [*_PLACE_AFTER_RE.finditer(sentence.text), *BROUGHT_TO_RE.finditer(sentence.text)]:
        named = m.start(1) + len(re.match(r"(?:the\s+)?", m.group(1)).group())
        if any(s <= named < e for s, e in orgs):
            if (town := _venue_town(ctx, sentence, named)) is not None:
                return town
            if any(s <= m.start(1) < e for s, e in orgs):
                continue
        found = [p.entity for p in ctx.rec.gazetteer.find(m.group(1)) if p.entity.type in ("Place", "Country")]
        if found:
            return find_place(ctx, m.group(1), sentence.evidence())
        # a town no list has, just before the gathering's date: "welcomed the managers to Busan on 7–8 December",
        # "held its first meeting in Madrid in October 2011" (a month, not a year: "in Europe in 2020"; a gathering
        # told as held, not one to be: "the next meeting will be held in Ottawa in September" may be no meeting's)
        town = re.match(r"[A-Z][a-zé\-]+(?:\s+[A-Z][a-zé\-]+)?", m.group(1))
        if town and not MONTH_RE.fullmatch(town.group()) and not ctx.rec.gazetteer.find(town.group()) \
                and not NOT_A_TOWN_RE.search(town.group()) \
                and (date := next(iter(find_dates(sentence.text[m.start(1) + town.end():], default_year=ctx.doc.year)), None)) \
                and (at := re.fullmatch(r"\s*,?\s*(on|from|in)\s+(?:[A-Z][a-z]+day,?\s+)?",
                                        sentence.text[m.start(1) + town.end():][:date.pos[0]])) \
                and (at.group(1) != "in" or len(date.start) >= 7 and HELD_RE.search(sentence.text[:m.start()])):
            return find_place(ctx, town.group(), sentence.evidence())
        # ... or just after it: "planned for 30 September 2018 in Bremen, ..."; or after a verb of meeting there:
        # "will take place in Abu Dhabi, hosted by ..."
        before = [d for d in find_dates(sentence.text[:m.start()], default_year=ctx.doc.year) if len(d.start) >= 7]
        # (or brought there: "DLR welcomed delegates to Bremen for the plenary", "drew 120 experts to Montreal")
        held = re.search(r"\b(?:held|met|meets|convened|gathered|took\s+place|takes?\s+place|(?:was|were|be)\s+hosted)\s+in\s+$",
                         sentence.text[:m.start(1)]) or m.re is BROUGHT_TO_RE
        if town and not MONTH_RE.fullmatch(town.group()) and not ctx.rec.gazetteer.find(town.group()) \
                and not NOT_A_TOWN_RE.search(town.group()) and (held or before \
                and re.fullmatch(r"\s*,?\s*(?:in|at)\s+", sentence.text[before[-1].pos[1]:m.start(1)])) \
                and re.match(r"\s*(?:[,.;)]|$)|\s+for\s+the\b" if m.re is BROUGHT_TO_RE else r"\s*(?:[,.;)]|$)",
                             sentence.text[m.start(1) + town.end():]):
            return find_place(ctx, town.group(), sentence.evidence())
    for m in _TOWN_RE.finditer(sentence.text):
        if not any(s <= m.start(1) < e for s, e in orgs) and not find_dates(m.group()):
            return find_place(ctx, m.group(1), sentence.evidence())
    bracket = _GATHERING_BRACKET_RE.search(sentence.text) or _DATED_BRACKET_RE.search(sentence.text)
    # ("Paris and online": a hybrid meeting's town, the online part no place)
    parts = re.split(r"\s*[,;]\s*|\s+(?:and|&|\+)\s+(?=(?:online|virtual))", bracket.group(1)) if bracket else []
    for part in parts:
        if re.fullmatch(r"[A-Z][\w\-.’']*(?:\s+[A-Z][\w\-.’']*){0,2}", part) and not find_dates(part) \
                and any(m.entity.type in ("Place", "Country") for m in ctx.rec.gazetteer.find(part)):
            return find_place(ctx, part, sentence.evidence())  # "The 2019 spring plenary (Tsukuba, 4–6 June)"
    # a town no list has, the bracket's first part before its date: "The ISECG plenary (Lima, 3 May 2036)"
    if len(parts) > 1 and find_dates(parts[1]) and (town := re.fullmatch(r"[A-Z][a-zé\-]+(?:\s+[A-Z][a-zé\-]+)?", parts[0])) \
            and not MONTH_RE.fullmatch(town.group()) and not ctx.rec.gazetteer.find(town.group()) \
            and not NOT_A_TOWN_RE.search(town.group()) and not BRACKET_WORD_RE.fullmatch(town.group()) \
            and not VIRTUAL_RE.match(town.group()):
        return find_place(ctx, town.group(), sentence.evidence())
    town = _GATHERING_IN_RE.search(sentence.text)
    if town and not any(s <= town.start(1) < e for s, e in orgs) and not find_dates(town.group(1)) \
            and not VIRTUAL_RE.match(town.group(1)):
        return find_place(ctx, town.group(1), sentence.evidence())  # "The ISECG meeting in Bremen on 30 September"
    host = re.search(r"^\W*(?:[Tt]he\s+(?:city\s+of\s+)?)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+(?:hosted|welcomed|received|played\s+host)\b",
                     sentence.text)
    if host and not any(s <= host.start(1) < e for s, e in orgs) \
            and any(m.entity.type in ("Place", "Country") for m in ctx.rec.gazetteer.find(host.group(1))):
        return find_place(ctx, host.group(1), sentence.evidence())  # "Tokyo hosted the plenary on 4–6 June 2019"
    # "at the Songdo Convensia in Incheon, ...": the town a venue stands in, though no list has either
    venue = VENUE_IN_TOWN_RE.search(sentence.text)
    if venue and not MONTH_RE.fullmatch(venue.group(1)) \
            and all(m.entity.type in ("Place", "Country") for m in ctx.rec.gazetteer.find(venue.group(1))):
        return find_place(ctx, venue.group(1), sentence.evidence())
    return _line_cells(ctx, sentence)[0]


# A gathering told as held, not as one to be ("will be held", "is to meet").
HELD_RE = re.compile(r"^(?!.*\b(?:will|shall|would|to\s+be|is\s+to|are\s+to)\b).*\b(?:held|met|convened|gathered|took\s+place)\b",
                     re.I | re.S)
VENUE_IN_TOWN_RE = re.compile(r"\b[Aa]t\s+(?:the\s+)?(?:[A-Z][\w\-’']*\s+){1,4}(?:\([A-Z]{2,8}\)\s+)?in\s+"
                              r"([A-Z][a-zé\-]+(?:\s+[A-Z][a-zé\-]+)?)(?=\s*[,.;()]|\s+(?:on|from)\s|$)")
# A venue an organisation owns, named after its possessive: "at JAXA's Tsukuba Space Center" (not "at CSA's John H.
# Chapman Space Centre": a person's name, no town's).
OWNED_VENUE_RE = re.compile(r"['’]s\s+((?:[A-Z][a-z\-]+\s+){1,2}(?:Space\s+|Research\s+|Tracking\s+|Launch\s+)?"
                            r"(?:Cent(?:er|re)|Campus|Complex|Laboratory|Establishment|Institute))\b")
# Capitalised words after "in"/"to" no town is: "met in Plenary Session on ...", "in Person on ..."
NOT_A_TOWN_RE = re.compile(rf"\b(?:{GATHERING}|person|council|committee|group|room|hall|office|headquarters|building|"
                           r"cent(?:re|er)|orbit|space|general)s?\b", re.I)
# The words a gathering's bracket may open with that are no town: "(Monday, 3 May)", "(Hybrid, 3 May)", "(Draft, ...)"
# (and "(Online, 3 May)": VIRTUAL_RE)
BRACKET_WORD_RE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Hybrid|Remote|Draft|Agenda|"
                             r"Minutes|Summary|Report|Notes?|Record|Item|Annex|Session|Day|Part|Phase")
MONTH_RE = re.compile(r"January|February|March|April|May|June|July|August|September|October|November|December|Spring|"
                      r"Summer|Autumn|Fall|Winter")


def _venue_town(ctx: Context, sentence: Sentence, at: int) -> Entity | None:
    """The place a venue named by an organisation stands in: the town after it ("at the ESA Conference Centre (ESCC),
    Noordwijk"), else the venue its possessive names ("at JAXA's Tsukuba Space Center")."""
    text = sentence.text
    org = next((m for m in sentence.mentions if m.start <= at < m.end), None)
    if org is None:
        return None
    rest = re.sub(r"^\s*\([^()]{1,20}\)", "", text[org.end:])
    after = re.match(r"\s*,\s*([A-Z][\w\-éè]+(?:\s+[A-Z][\w\-]+)?)(?=\s*[,.;)]|\s+(?:on|from|in)\s|$)", rest)
    if after and any(m.entity.type in ("Place", "Country") for m in ctx.rec.gazetteer.find(after.group(1))):
        return find_place(ctx, after.group(1), sentence.evidence())
    owned = OWNED_VENUE_RE.match(text, org.end)
    if owned and not re.search(r"\b[A-Z]\.", owned.group(1)):
        return find_place(ctx, owned.group(1), sentence.evidence())
    return None


# ("hosted jointly by NASA and CSA", "organised by ESA and DLR": the bodies named together after the verb)
_JOINT_RE = re.compile(r"\b(?:co-?host(?:ed|s|ing)?|co-?organi[sz]ed|jointly\s+(?:hosted|organi[sz]ed|convened)|"
                       r"(?:hosted|organi[sz]ed|convened)\s+(?:jointly\s+|together\s+)?by)\b", re.I)


def _cohosts(sentence: Sentence, host: Entity) -> list[Entity]:
    """The host and, when the sentence says they hosted together ("NASA and CSA co-hosted ...", "co-organised by ESA
    and DLR"), the organisations named with it in one list."""
    text = sentence.text
    if not _JOINT_RE.search(text):
        return [host]
    orgs = [m for m in sentence.mentions if m.entity.type in ORG_LIKE]
    at = next((i for i, m in enumerate(orgs) if m.entity is host), None)
    if at is None:
        return [host]
    joined = [host]
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(orgs):
            a, b = (orgs[i + step], orgs[i]) if step < 0 else (orgs[i], orgs[i + step])
            if not re.fullmatch(r"\s*(?:,|and|&|/)\s*(?:and\s+)?(?:the\s+)?", text[a.end:b.start]):
                break
            i += step
            if orgs[i].entity not in joined:
                joined.append(orgs[i].entity)
    return joined


# The gathering a sentence dates, as the subject of its hosting to come: "The autumn meeting will be hosted by NASA
# in Washington on 20 October 2019" (not "the Rome plenary agreed that the next one would be hosted by KARI").
PLANNED_HOST_RE = re.compile(rf"^\W*(?:the|its|their)\s+(?:[\w\-’']+\s+){{0,5}}?(?:{GATHERING})\s+(?:will|is\s+to|shall)\s+be\s+$", re.I)


def _host(ctx: Context, sentence: Sentence, *, before: re.Pattern = HOST_BEFORE_RE, planned: bool = False) -> Entity | None:
    """The organisation a word of hosting names: the first after "hosted by", else the last before "hosted"; of a
    gathering still to come only when ``planned`` (the sentence dates the one it is the subject of)."""
    text = sentence.text
    orgs = [m for m in sentence.mentions if m.entity.type in ORG_LIKE and m.entity is not ctx.body]
    for cue in HOST_AFTER_RE.finditer(text):
        if NEXT_EVENT_RE.search(text[max(0, cue.start() - 12):cue.end()]) and not (
                planned and PLANNED_HOST_RE.search(text[:cue.start()])):
            continue  # "the 2021 meeting, to be hosted by KARI": the host of one still to come
        after = next((m for m in orgs if m.start >= cue.end()), None)
        if after is not None and after.start > cue.end() and UNLISTED_HOST_RE.match(text, cue.end()) \
                and not re.fullmatch(r"\s+(?:the\s+)?|[^()]*\(\s*|[^()]*?(?:,|\s+and|\s+&)\s+(?:the\s+)?", text[cue.end():after.start]):
            # ("... Institute (KARI)"; co-hosts: "co-hosted by KIGAM and KARI")
            continue  # "hosted by the AIAA with NASA support": a body no list has hosted it
        if after is not None and not re.search(r"[;.]", text[cue.end():after.start]) \
                and (not cue.group().lower().startswith("held") or re.fullmatch(r"\s+(?:the\s+)?", text[cue.end():after.start])
                     # the gathering was held by it, not a post ("The chairmanship has been held by JAXA")
                     and re.search(rf"\b(?:{GATHERING})s?\s*,?\s*(?:(?:was|were|which\s+was|to\s+be)\s+)?$", text[:cue.start()],
                                   re.I)):
            return after.entity
    for cue in before.finditer(text):
        if re.match(r"\s+(?:the\s+|its\s+)?(?:previous|preceding|last|next|following|earlier|coming|(?:19|20)\d\d)\b", text[cue.end():]) \
                or re.search(r"\bhad\s+(?:also\s+)?$", text[:cue.start()]):
            continue  # "ASI, which had hosted the previous meeting in Rome": the host of another
        if re.match(r"\s+(?:the\s+)?[A-Z]", text[cue.end():]) and any(m.start > cue.end() and re.fullmatch(
                r"\s+(?:the\s+)?", text[cue.end():m.start]) for m in orgs) and re.match(r"(?i:welcomed|received|invited)", cue.group()):
            continue  # "JAXA welcomed GISTDA as the 24th member": a body welcomed, no gathering hosted
        # (not "the chair, JAXA, ...": the body chairing, named in apposition)
        named = [m for m in orgs if m.end <= cue.start() and not re.search(r"[;]", text[m.end:cue.start()])
                 and not re.search(r"\bchair(?:man|woman|person)?\s*,\s*(?:the\s+)?$", text[:m.start], re.I)]
        if named and cue.start() - named[-1].end <= 40:
            return named[-1].entity
        # "The government of Japan organised that forum": a country's government, no organisation a list knows
        for m in GOVERNMENT_AT_RE.finditer(text, max(0, cue.start() - 60), cue.start()):
            found = government(ctx, text, m.start(), sentence.evidence())
            if found and cue.start() - found[1] <= 40 and not re.search(r"[;]", text[found[1]:cue.start()]):
                return found[0]
    # "at CSA's John H. Chapman Space Centre", "at NASA's invitation": the organisation whose site or invitation it was
    # "at CNES headquarters in Paris", "at the premises of DLR"
    owner = next((m for m in orgs if re.search(r"\b[Aa]t\s+(?:the\s+)?$", text[:m.start]) and re.match(
        r"['’]s\s|(?:\s*\([A-Z]{2,8}\))?\s+(?i:headquarters|HQ|premises|offices|campus|site)\b", text[m.end:])
        or re.search(r"\bat\s+(?:the|its)\s+(?:headquarters|premises|offices|campus|site)\s+of\s+(?:the\s+)?$", text[:m.start])
        # "gathered at DLR in Bremen": the body, then its town
        or re.search(r"\b(?:met|gathered|convened|held|took\s+place|meeting|plenary|workshop)\s+(?:[\w\-]+\s+){0,2}?at\s+$",
                     text[:m.start]) and re.match(r"\s+in\s+[A-Z]", text[m.end:])
        # "at the John H. Chapman Space Centre of the Canadian Space Agency": a named site of its owner
        or re.search(r"\bat\s+the\s+(?:[A-Z][\w.\-’']*\s+){1,5}(?i:cent(?:re|er)|campus|complex|establishment|laborator(?:y|ies)|"
                     r"facility|headquarters|offices?|site|institute|base)\s+of\s+(?:the\s+)?$", text[:m.start])),
        None)
    return owner.entity if owner is not None else _line_cells(ctx, sentence)[1] or site_host(ctx, text)
