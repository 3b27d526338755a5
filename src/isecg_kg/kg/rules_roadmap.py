"""Rules for what a roadmap plans: mission phases (a table "1 Boots on the Moon Human landings from
2024 ...", one cell a line) with their start and destinations, and which agency or group works on
which technology or element ("DLR was preparing a Mobile Payload Element", "ESA's Lunar Lander
activities", "a large pressurised rover from JAXA").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pyoxigraph as ox

from .. import iris
from ..text import CARDINALS, NOTE_AFTER, ORDINALS
from .context import Context, State
from .facts import Evidence
from .reference import Entity, Mention
from .text import FOOTNOTE_MARKS, ORG_LIKE, Sentence, clause_start, coordinated, subjects
from .vocab import term

PHASES_HEADING_RE = re.compile(r"\b(?:phases|stages)\b", re.I)
# A caption naming the phases of something that is not a scenario: one mission's, a study's, a project's, the Moon's
# ("Key phases of a lunar landing mission", "The development of the lander is divided into phases").
OTHER_PHASES_RE = re.compile(r"\b(?:phases|stages|steps)\s+of\s+(?:an?\s|the\s|its\s|their\s)?(?:[\w\-]+\s+){0,3}?(?:mission|spacecraft|"
                             r"lander|rover|vehicle|launcher|rocket|study|project|development|review|assessment|process|negotiations?|"
                             r"procurement|moon|work|report)s?\b(?=\s*(?:$|[,.:;(—–]|\s-\s))|\b(?:development|study|project|review|work)\b.*\bphases\b",
                             re.I)
# "1 Boots on the Moon ...", "1. Low-Earth orbit", "One 2023 to 2028 Return and Demonstration"; not "4 · Ratings".
NUMBER_WORDS = {w: n for w, n in [*CARDINALS.items(), *ORDINALS.items()] if 1 <= n <= 10}
# A row's number may be set off from its name by a dash ("2 — Initial human sorties"), alone on its line ("1 —").
PHASE_ROW_RE = re.compile(rf"^(\d{{1,2}}|(?i:{'|'.join(NUMBER_WORDS)}))[.)]?\s+(?:[—–-]\s+)?([\w“\"].*)$")
BARE_NUMBER_RE = re.compile(r"^\s*(\d{1,2})[.)]?(?:\s+[—–-])?\s*$")  # a table a cell per line: the number alone
CONTENTS_ENTRY_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s.*\D\s\d{1,3}$")  # "4. Phases of the scenario 2": its page
NUMBERING_RE = re.compile(r"^\s*\w+([.)]?)")  # what follows a row's number: "1 ", "1. ", "1) "
MAX_HEADER_WORDS = 8
PERIOD_WORDS = {"early", "mid", "late", "about", "around", "from", "until", "c.", "ca.", "circa", "by", "before", "after",
                "since", "through", "till", "first", "second", "half", "end", "beginning", "middle", "now", "today"}
FUNCTION_WORDS = {"and", "of", "the", "on", "to", "for", "in", "a", "an", "—", "–", "-"}
WORK_VERB_RE = re.compile(r"\b(?:is|was|were|are|has been|had been|had)?\s*(?:also\s+)?(?:(?:all|both|each)\s+)?(?:\w+ly\s+)?"
                          r"(developing|preparing|building|studying|studied|backed|supporting|testing|demonstrating|"
                          r"assessing|analysing|analyzing|maturing|develops|builds|provides|providing|supplies|"
                          r"supplying|contributes|contributing|working\s+on|works\s+on|advancing|prototyping|designing|"
                          r"researching|investigating|funding|qualifying|validating|matures|tests|designs|leads|pursuing|pursues|"
                          r"funds|(?:invest(?:s|ing|ed)?|investments?)\s+in|(?<!the\s)(?<!\ba\s)(?<!\ban\s)(?<!its\s)(?<!\bof\s)(?:develop|build|study|test|"
                          r"mature|design|fund|contribute|provide|pursue)(?=\s)|"  # "CNES and DLR jointly fund ..."
                          # who leads or reports the work on something does it: "NASA and ESA lead work on X"
                          r"(?:lead|led|reports?|reported|conducts?|conducted)(?=\s+(?:(?:the|a|an)\s+)?(?:[a-z\-]+\s+)?"
                          r"(?:research|work|study|studies|development)\s+(?:into|on|of)\s)|"  # "led a trade study of"
                          # a concept offered is the offerer's work: "Roscosmos contributed concepts for a transport system"
                          # and results told: "DLR contributed new test results on regolith handling"
                          r"(?:contributed|presented|proposed|offered|introduced|described)(?=\s+(?:an?\s+)?(?:concepts?|"
                          r"designs?)\s+(?:for|of)\s|\s+(?:(?:new|its|their|first)\s+)?(?:test\s+)?(?:results|data|findings)"
                          r"\s+(?:on|from)\s)|"
                          # a plan: "ASI plans to test a habitat module", "KARI will develop a lander"
                          r"(?:plans?|planned|intends?|intended|aims?|aimed|is\s+set|are\s+set|expects?|is\s+going|"
                          r"are\s+going|prepares?|is\s+preparing|will|would)\s+(?:to\s+)?(?:\w+ly\s+)?(?:develop|test|"
                          r"build|study|demonstrate|mature|design|prototype|qualify|advance|fund))\s+"
                          r"(?:the\s+feasibility\s+of\s+|(?:(?:the|a|an)\s+)?(?:[a-z\-]+\s+)?(?:research|work|study|studies|"
                          r"development)\s+(?:into|on|of)\s+|"
                          r"(?:an?\s+)?(?:concepts?|designs?)\s+(?:for|of)\s+|"  # "a concept for a cargo lander"
                          r"(?:(?:new|its|their|first)\s+)?(?:test\s+)?(?:results|data|findings)\s+(?:on|from)\s+)?"
                          r"(?:how\s+to\s+|ways\s+(?:to|of)\s+)?", re.I)  # "are working on how to survive the night"
# A verb that says its object is researched or studied ("leads a study on", "work into", "contributed test results
# on"): the object is work whatever its words.
STUDIED_RE = re.compile(r"\b(?:(?:research|work|study|studies)\s+(?:into|on|of)|(?:results|data|findings)\s+(?:on|from))\s+$",
                        re.I)
OBJECT_RE = re.compile(r"(?:(?:a|an|the|its)\s+)?\s*((?:[\w\-&]+(?:'s|’s)?\s+){0,6}?[\w\-&]+?)(?=\s*(?:—|–|,|;|\.|\(|$|\s+(?:and\s+)?(?:as|to|"
                       r"within|which|that|in|aimed|on|for|by|with|from|during|before|after|until|through|under|at|while|whereas)\b))")
# What counts as a work item: a named element ("Mobile Payload Element") or hardware and capabilities.
HARDWARE_RE = re.compile(r"\b(?:rovers?|landers?|landing|demonstrators?|elements?|systems?|vehicles?|modules?|"
                         r"facilit(?:y|ies)|laborator(?:y|ies)|test\s*(?:beds?|benche?s?|rigs?|stands?)|(?:heat|energy)\s+sources?|heaters?|"
                         r"habitats?|habitation|platforms?|propulsion|power|reactors?|suits?|robots?|robotics|spacecraft|"
                         r"probes?|penetrators?|orbiters?|payloads?|instruments?|drills?|shielding|avoidance|life support|ISRU|"
                         r"detectors?|sensors?|cameras?|thrusters?|engines?|launchers?|airlocks?|relays?|robotic\s+arms?|interfaces?|"
                         r"technolog(?:y|ies)(?:\s+gaps?)?)\b",
                         re.I)
TECHNOLOGY_SCHEME = "technology-areas"  # the reference data's scheme: work items found in the text join it
# The members of the document's body, or the body itself, as a subject: "the agencies", "the group's report".
COLLECTIVE_RE = re.compile(r"\b(?:the|its|their)\s+(?:member\s+)?(?:agencies|group|members)\b(?:'s|’s)?(?!.*[.;:]\s)",
                           re.I)
# A list of work after a colon: "The group's report lists several strands of work: a; b; c".
WORK_LIST_RE = re.compile(r"\b(?:work|activities|tasks|studies|efforts|priorities|programme|program)\b", re.I)
# A phase told in a sentence: "The first phase, Lunar Vicinity Operations, begins in 2020", "Phase 2: Surface
# Missions (from 2028)", "the third phase is called Mars Orbit Missions".
CONNECTORS = "of|on|the|and|to|for|in|at"
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
PHASE_PROSE_RE = re.compile(
    rf"\b(?:(?:[Tt]he\s+)?(?P<ord>{'|'.join(ORDINALS)}|\d(?:st|nd|rd|th))\s+(?P<ord_noun>phase|step|stage)\s*"
    rf"(?:of\s+(?:the|this|our|its)\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:scenario|roadmap|campaign|strategy|plan|"
    rf"architecture)\s*)?"  # "The first phase of the scenario, Lunar Vicinity (2024–2028), ..."
    rf"(?:,\s*(?P<rel>(?:which|that)\s[^,;.]{{3,80}}),\s*)?"  # "The third phase, which begins around 2035, is called"
    rf"(?:(?(rel)(?!)|(?:,|:|—|–))|(?:is|will\s+be)\s+(?:called|named|known\s+as|termed))"
    rf"|(?P<noun>[Pp]hase|[Ss]tep|[Ss]tage|PHASE|STEP|STAGE)\s+(?:(?P<num>\d{{1,2}})|(?P<word>(?i:{'|'.join(CARDINALS)}))"
    rf"|(?P<roman>I{{1,3}}|IV|VI{{0,3}}|IX|X)\b)\s*"
    rf"(?:\((?P<paren>[^()]{{2,40}})\)\s*)?"  # "Phase 1 (2024–2028): Lunar Vicinity"
    # or the name in the brackets, with the period: "Phase 1 (Lunar Vicinity, 2024–2028) prepares ..."
    rf"(?:,|:|—|–|·|is\s+called|is\s+named|is(?:\s+the)?|\((?=[A-Z][^(),]{{2,50}},\s*[^()]*\b(?:19|20)\d\d[^()]*\))))"
    rf"\s*(?:(?:called|named|known\s+as|termed)\s+)?[“\"]?(?:the\s+)?(?P<name>[A-Z][\w\-’']*(?:\s+(?:[A-Z][\w\-’']*|{CONNECTORS}))*)")
# A name in sentence case after the cue, up to what ends it: a stop, a bracket, a dash or a verb ("The first phase,
# Low-Earth orbit, runs until 2024", "Phase 1: Low-Earth orbit (through 2024)", "Step 3 — Lunar surface: ...").
NAME_ENDS = r"(?:is|are|was|were|runs?|starts?|begins?|opens?|covers?|lasts?|spans?|takes?|continues?|follows?|will|" \
    r"would|from|until|through|up|to|in|by|with|after|before)"
BOUNDED_NAME_RE = re.compile(rf"([A-Z][\w\-’']*(?:\s+(?!{NAME_ENDS}\b)[\w\-’']+){{0,5}}?)\s*(?=[.,:;(—–]|\s+{NAME_ENDS}\b|$)")
# A heading-like line that names one phase: "Phase 1 – Return to the Moon (2023–2028)", "Phase 2, Deep Space – long",
# maybe a list's item: "2. Phase 2 – Human lunar surface"
PHASE_HEADING_RE = re.compile(rf"\s*(?:\d{{1,2}}[.)]\s+)?(?:[Pp]hase|PHASE)\s+(?:\d{{1,2}}|(?i:{'|'.join(CARDINALS)})|I{{1,3}}|IV|VI{{0,3}}|IX|X)\s*"
                              r"(?:\([^()]{2,40}\)\s*)?[,:—–·-]")
# "Phase 3: Lunar surface." — a name of a few words ending the sentence, its period in brackets before the stop
# ("Phase 2 – Human missions to the lunar surface (from 2028).") and its subtitle after a colon ("Phase 1 – Lunar
# vicinity: the Gateway (from 2022).") with it.
SHORT_NAME_RE = re.compile(r"([A-Z][\w\-’']*(?:\s+[\w\-’']+){0,4}|"
                           r"[A-Z][\w\-’']*(?:(?::\s+|\s+)[\w\-’']+){0,6}(?=\s*\([^()]*\b(?:19|20)\d\d[^()]*\)))"
                           r"\s*(?:\([^()]*\b(?:19|20)\d\d[^()]*\)\s*)?\.(?:\s|$)")
# "Phase 1, Reconnaissance: orbital mapping ...", "Phase 2 – Sustained lunar surface activity (from 2028): ...": a
# name of a few words in sentence case ended by a colon, or by its period in brackets and a colon (the bracket
# may run on to the next line).
COLON_NAME_RE = re.compile(r"([A-Z][\w\-’']*(?:\s+[\w\-’']+){0,5})\s*(?=:|\([^()]*\)\s*:|\([^()]*$)")
# The period cell a phases table puts after the name: "2025 to about 2028", "late 2020s to early 2030s", "second
# half of the 2020s", a range from now or from a part of a decade ("now to mid-2020s", "early to mid-2020s").
PERIOD_CELL_RE = re.compile(r"\s+((?:(?:now|today|early|mid|late)\s+(?:to|until|–)\s+)?"
                            r"(?:(?:from|until|till|through|up\s+to|by|before|after|since|c\.|ca\.|circa)\s+)?"
                            r"(?:(?:(?:first|second|latter)\s+half|beginning|middle|end)\s+of\s+)?(?:the\s+)?"
                            r"(?:(?:early|mid|late|about|around|approximately)(?:-\s*|\s+))?(?:19|20)\d\d\w*\b.*)$")
# A period cell before the name: "2023 to 2028 Return and Demonstration", "2034 onwards Sustained Presence".
LEADING_PERIOD_RE = re.compile(r"^(?:(?:from|until|c\.|ca\.|circa)\s+)?(?:(?:early|mid|late|about|around)-?\s+)?"
                               r"(?:19|20)\d\d\w*(?:\s*(?:–|-|to|until)\s*(?:about\s+)?(?:19|20)?\d\d\w*|"
                               r"\s+(?:onwards?|and\s+(?:beyond|after|later)|on))?\s+(?=[A-Z])")
FROM_ORG_RE = re.compile(r"\b(?:[Aa]|[Aa]n)\s+((?:[\w\-]+\s+){0,4}[\w\-]+)\s+from\s+$")  # "A large rover from JAXA ..."
# "... whose service module is supplied by ESA", "the LUNA facility being built by ESA and DLR", "Surface relays
# were proposed by ASI": the item the organisation after "by" supplies.
SUPPLIED_BY_RE = re.compile(r"(?:^[\-•*–]?\s*(?!(?:whose|the|its|their|a|an)\s)|\b(?:whose|the|its|their|a|an|\w+(?:'s|’s))\s+)((?:[\w\-]+\s+){0,5}?[\w\-]+)\s+(?:(?:is|are|was|"
                            r"were|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been)\s+)?(?:being\s+)?(?:jointly\s+)?"
                            r"(?:supplied|provided|built|developed|contributed|delivered|operated|under\s+construction|"
                            r"offered|designed|studied|funded|manufactured|"
                            r"presented|introduced|proposed)"  # a meeting's "a rover concept was presented by JAXA"
                            r"(?:\s+(?:in|at|near)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?\s+by\s+(?:the\s+)?$", re.I)
# A verb after an organisation: the subject of a clause of its own ("..., and ESA reported on its lander").
CLAUSE_VERB_RE = re.compile(r"\s+(?:\w+ly\s+)?(?!(?:as|plus|across|towards|versus|its|this|thus)\b)"
                            r"(?:is|are|was|were|has|have|had|will|would|[a-z]+ed|[a-z]+s)\b")
# A sentence about work under way: its agencies' hardware ("ESA's PROSPECT drill", "an ISRO lander") is their work.
DEVELOPMENT_RE = re.compile(r"\b(?:under|in)\s+development\b|\bbeing\s+(?:developed|designed|studied)\b|"
                            r"\bunder\s+study\b", re.I)
# The subject's own work, told with "its"/"their": "ISECG says that its wider technology gap assessment will go on".
ITS_WORK_RE = re.compile(r"\b(?:its|their)\s+(?:(?:own|wider|broader|new|ongoing|current)\s+)?"
                         r"((?:[\w\-]+\s+){0,4}?(?:assessments?|studies|study|analys[ie]s|development)|"
                         r"(?:(?!of\b)[\w\-]+\s+){1,4}technolog(?:y|ies)(?!\s+\w))\b",
                         re.I)  # "ESA reported on its lander descent technologies"; not "its list of critical technologies"
# Where a clause's subject starts: the sentence's start, after a semicolon or a colon (or a stop the splitter kept:
# "... of Phase 2. ESA's lander ..."), or after a fronted phrase ("On the surface, ESA's Argonaut lander is ...").
CLAUSE_OPENING_RE = re.compile(r"(?:^|[;:.]\s+|^(?:On|In|At|For|By|From|During|Since|After)\s[^,;]{1,50},\s+)$")
POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’)\s+")
ATTRIBUTIVE_RE = re.compile(r"\s+((?:[a-z][\w\-]*\s+){0,2}[\w\-]+)")


def mission_phases(ctx: Context, state: State, sentence: Sentence) -> bool | None:
    """Rows of a phases table: a number, the phase's name (title case), then its description."""
    line = sentence.line
    if state.phases is not None and line is not state.phases[0] and sentence.offset == line.offset \
            and line.heading and PHASE_ROW_RE.match(line.text) and PHASES_HEADING_RE.search(line.text) \
            and not OTHER_PHASES_RE.search(line.text):
        state.phases = None  # "3. Mission phases": the rows so far were numbered sections under a subtitle naming phases
    if state.phases is not None and line is not state.phases[0]:
        if sentence.text != line.text and not PHASE_ROW_RE.match(line.text) and not BARE_NUMBER_RE.match(line.text) \
                or len(state.phases) > 1 and state.phases[-1][2] is line:
            return None
        row = _phase_row(line.text, state.phases)
        if row:
            for number, text in _run_together(*row):
                state.phases.append([number, text, line])
            return True
        if len(state.phases) == 1 and _leads_other_list(line.text):
            state.phases = None  # "The scenario is built on the following assumptions:": the list is not of phases
            return None
        if len(state.phases) == 1 and len(line.text.split()) <= MAX_HEADER_WORDS and not line.text.endswith(".") \
                and not PHASE_HEADING_RE.match(line.text):  # "Phase 1: Low-Earth orbit (through 2024)" is a phase
            # the table's header line: "Phase Name Timeframe Content", "Step Phase name What it involves Timing"
            return True
        cell = len(state.phases) > 1 and _next_row_below(ctx, line, state.phases[-1][0] + 1)
        if len(state.phases) > 1 and not cell and _table_ends(ctx, line, state.phases[-1][1]):
            pass
        elif len(state.phases) > 1 and (_description_start(state.phases[-1][1]) is None
                                        or len(state.phases[-1][1]) < 400 and not line.text.endswith(".") or cell):
            state.phases[-1][1] = f"{state.phases[-1][1]} {line.text}".strip()
            technology_work(ctx, state, sentence)  # a description's work: "with a service module provided by ESA"
            return True
        _read_phases(ctx, state.phases[1:])
        state.phases = None
    elif state.phases is not None:
        return None
    if line.heading and sentence.offset == line.offset and CAPTION_RE.search(line.text) \
            and not OTHER_PHASES_RE.search(line.text):
        _captioned_items(ctx, line)  # "Exploration horizons" / "Near term (to 2030): ..." / "Mid term (2030–2040): ..."
    if sentence.offset == line.offset and BARE_PHASE_RE.match(line.text):
        _field_phase(ctx, line)  # "Phase 2" / "Name: Lunar Surface Exploration" / "Period: 2028–2033"
    if line.text.startswith("|") and sentence.text == line.text:
        _pipe_phases(ctx, line)
    elif line.heading and PHASES_HEADING_RE.search(line.text) and not OTHER_PHASES_RE.search(line.text) \
            and not CONTENTS_ENTRY_RE.match(line.text):
        state.phases = [line]
    elif sentence.offset == line.offset and _phase_columns(line.text):  # "Destination Stage Time frame Focus"
        _columned_phases(ctx, line)
    elif _phases_header(line.text):  # "Phase Name Starting What it involves", no caption or heading above
        state.phases = [line]
    elif line.heading and PHASE_HEADING_RE.match(line.text):  # "Phase 1 – Return to the Moon (2023–2028)"
        phases_in_prose(ctx, state, sentence)
    return None


CAPTION_RE = re.compile(r"\b(?:phases|stages|horizons|periods|timeframes|time\s+frames|steps)\b", re.I)
# An unnumbered item naming a phase and its period: "Near term (to 2030): ...", "• Lunar vicinity, 2024–2028 — ...",
# "Horizon goal (2040s): Mars."
ITEM_RE = re.compile(r"^\s*(?:[•·▪‣◦*\-–]\s*)?(?P<name>[A-Z][\w\-’']*(?:\s+[\w\-’']+){0,4}?)\s*"
                     r"(?:\((?P<period>[^()]*\d[^()]*)\)\s*[:—–-]|,\s*(?P<after>(?:from\s+|until\s+|to\s+|by\s+)?"
                     r"(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(?:19|20)\d\d[^:—–]{0,20}?)\s*[:—–])\s*(?P<rest>.*)$")
MAX_CAPTIONED_ITEMS = 8
SCENARIO_RE = re.compile(r"\b(?:scenarios?|roadmaps?|campaigns?|architectures?|strateg(?:y|ies))\b", re.I)
MONTH_RE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d|(?:19|20)\d\d)", re.I)


def _captioned_items(ctx: Context, heading) -> None:
    """Unnumbered items under a caption naming phases, stages or horizons, each a name with its period in
    brackets or after a comma, then a colon or a dash: the phases in their order.  Every item must give a
    period, and together they must be about exploration."""
    lines = ctx.text.lines
    at = ctx.text.position(heading)
    items = []
    for line in lines[at + 1:at + 1 + MAX_CAPTIONED_ITEMS]:
        m = ITEM_RE.match(line.text)
        if m is None:
            break
        period = m.group("period") or m.group("after")
        if not PERIOD_RE.search(period) or SERIAL_RE.search(m.group("name")) or MONTH_RE.search(period):
            break  # "Artemis II (2025)": a mission; "Workshop (June 2021)": an event
        items.append((m.group("name"), period, m.group("rest"), line))
    if len(items) < 2 or not SCENARIO_RE.search(heading.text) \
            and not _about_exploration(ctx, " ".join([heading.text, *(n for n, _, _, _ in items)])):
        return  # the caption or the names say where or how: "Exploration horizons", "Lunar vicinity, 2024–2028"
    for number, (name, period, rest, line) in enumerate(items, start=1):
        evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, line.text.strip())
        _phase(ctx, number, name, f"{period} {rest}", evidence, "mission-phase-list")


BARE_PHASE_RE = re.compile(rf"^\s*(?:[Pp]hase|PHASE|[Ss]tage|STAGE)\s+(\d{{1,2}}|(?i:{'|'.join(CARDINALS)}))\s*$")
FIELD_RE = re.compile(r"^\s*(?P<field>[A-Z][\w ]{1,20}?)\s*:\s*(?P<value>\S.*)$")
NAME_FIELD_RE = re.compile(r"^(?:name|title|phase\s+name|stage\s+name)$", re.I)
MAX_FIELDS = 6


def _field_phase(ctx: Context, line) -> None:
    """A phase told as a field list under its number: "Phase 2" / "Name: ..." / "Period: ..." / "Destination: ..."."""
    lines = ctx.text.lines
    at = ctx.text.position(line)
    fields = {}
    for below in lines[at + 1:at + 1 + MAX_FIELDS]:
        m = FIELD_RE.match(below.text)
        if m is None:
            break
        fields[m.group("field").strip().lower()] = m.group("value").strip()
    name = next((v for k, v in fields.items() if NAME_FIELD_RE.match(k)), None)
    period = next((v for k, v in fields.items() if PERIOD_COLUMN_RE.search(k)), "")
    text = " ".join(fields.values())
    if not name or not (PERIOD_RE.search(period) and _about_exploration(ctx, text)):
        return
    word = BARE_PHASE_RE.match(line.text).group(1)
    number = int(word) if word.isdigit() else CARDINALS[word.lower()]
    evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, f"{line.text.strip()} {text}")
    _phase(ctx, number, name.rstrip("."), f"{period} {text}", evidence, "mission-phase-fields")


def finish_phases(ctx: Context, state: State) -> None:
    """A phases table still open at the document's end (its last content)."""
    if state.phases is not None and len(state.phases) > 1:
        _read_phases(ctx, state.phases[1:])
    state.phases = None


# A Markdown table of phases: its first column numbers them ("Step", "Phase", "Stage", "No."), another gives
# their period ("Approximate period", "Timeframe", "Years").
STEP_COLUMN_RE = re.compile(r"^(?:step|phase|stage|order|no\.?|#)$", re.I)
PERIOD_COLUMN_RE = re.compile(r"\b(?:period|dates?|years?|time\s*frame|timeframe|horizon|timing|when|start(?:s|ing)?|"
                              r"begins?)\b", re.I)
NAME_COLUMN_RE = re.compile(r"\b(?:name|setting|destination|title|phase|step|stage|focus)\b", re.I)
# The column right after the number names what each row is: an action, a milestone, a meeting is not a phase
# ("Step Action Lead Date", "Stage Milestone Year", "| Step | Action | Date |").
OTHER_ITEM_COLUMN_RE = re.compile(r"^(?:actions?|milestones?|objectives?|goals?|meetings?|events?|missions?|gaps?|tasks?|"
                                  r"activit(?:y|ies)|deliverables?|outputs?|decisions?|items?|topics?|risks?|"
                                  r"requirements?|technolog(?:y|ies)|recommendations?|findings?|who|lead|owner)\b", re.I)


def _phases_header(text: str) -> bool:
    """A phases table's header line: its first column numbers the phases, another names them or gives their
    period, and no cell holds a number ("Phase Name Starting What it involves")."""
    words = text.split()
    return 2 < len(words) <= MAX_HEADER_WORDS and not re.search(r"[\d.]", text) and bool(STEP_COLUMN_RE.match(words[0])) \
        and not OTHER_ITEM_COLUMN_RE.match(words[1]) \
        and bool(NAME_COLUMN_RE.search(" ".join(words[1:])) or PERIOD_COLUMN_RE.search(" ".join(words[1:])))


MAX_COLUMNS_HEADER_WORDS = 12
# A period cell opening a row's text after its number: "2018 until the mid-2020s", "2022 onwards", "the 2030s".
_PERIOD_WORDS = r"(?:(?:from|until|till|through|since|by|c\.|ca\.|circa|the|early|mid|late|about|around)[\s\-]+)*"
LEADING_PERIOD_CELL_RE = re.compile(rf"^{_PERIOD_WORDS}(?:19|20)\d\d\w*(?:\s*(?:–|-|to|until|till|through)\s*"
                                    rf"{_PERIOD_WORDS}(?:(?:19|20)\d\d|\d\d)\w*|\s+(?:onwards?|and\s+(?:beyond|after|later)|"
                                    r"on))?(?=\s|$)")
MAX_COLUMNS_TABLE_LINES = 30
MAX_NAME_LINE_WORDS = 6


def _phase_columns(text: str) -> list[str] | None:
    """The column names of a phases table's header whose numbering column is not the first ("Destination
    Stage Time frame Focus of the stage What is done there"): each starts capitalised; one numbers the phases,
    another gives their period."""
    words = text.split()
    if not 3 <= len(words) <= MAX_COLUMNS_HEADER_WORDS or re.search(r"[\d.,;:]", text):
        return None
    starts = [m.start() for m in re.finditer(r"(?<!\S)[A-Z]", text)]
    columns = [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]
    step = [i for i, c in enumerate(columns) if STEP_COLUMN_RE.match(c)]
    if len(columns) < 3 or not step or step[0] == 0 \
            or not any(PERIOD_COLUMN_RE.search(c) for i, c in enumerate(columns) if i != step[0]):
        return None
    return columns


def _columned_phases(ctx: Context, header) -> None:
    """A phases table whose number is not its first cell: "Cislunar space 2 2022 onwards Lunar vicinity Deep
    Space Gateway ...". A row is found by its number in sequence (a cell before it may sit on the line above,
    one after it on the lines below); the period cell is read where the header puts it, and the name from the
    named column: before the number, right after it, or after the period."""
    columns = _phase_columns(header.text) or []
    step = next(i for i, c in enumerate(columns) if STEP_COLUMN_RE.match(c))
    period = next(i for i, c in enumerate(columns) if i != step and PERIOD_COLUMN_RE.search(c))
    named = [i for i, c in enumerate(columns) if i not in (step, period) and NAME_COLUMN_RE.search(c)]
    name = next((i for i in named if i > step), named[0] if named else None)
    if name is None:
        return
    lines = ctx.text.lines
    at = ctx.text.position(header)
    rows: list[list] = []  # [number, text before the number, lines from the number's line on]
    def anchor_of(line, number: int):
        found = re.search(rf"(?:^|\s){number}(?=\s+\S)", line.text)
        return found if found and len(line.text[:found.start()].split()) <= MAX_NAME_LINE_WORDS else None

    for k, line in enumerate(lines[at + 1:at + 1 + MAX_COLUMNS_TABLE_LINES], start=at + 1):
        number = len(rows) + 1
        anchor = anchor_of(line, number)
        if anchor:
            lead = line.text[:anchor.start()].strip()
            if not lead and step and rows and len(rows[-1][2]) > 1:
                lead = rows[-1][2].pop().text  # its first cells on the line above
            rows.append([number, lead, [line], line.text[anchor.end():].strip()])
            continue
        text_heading = line.heading and not ctx.doc.file.lower().endswith(".pdf") \
            and not any(anchor_of(below, number) for below in lines[k + 1:k + 4])  # a wrapped cell, rows follow
        if not rows or cleaner_heading(ctx, line) or text_heading or len(line.text.split()) > MAX_ROW_LINE_WORDS:
            break
        rows[-1][2].append(line)
    if len(rows) < 2 or not _about_exploration(ctx, " ".join(
            " ".join([lead, after, *(line.text for line in row_lines[1:])]) for _, lead, row_lines, after in rows)):
        return
    for number, lead, row_lines, after in rows:
        below = [line.text for line in row_lines[1:]]
        cell = LEADING_PERIOD_CELL_RE.match(after) if period == step + 1 else None
        when = cell.group() if cell else ""
        rest = after[cell.end():].strip() if cell else after
        if name < step:
            label, description = lead, " ".join([when, rest, *below])
        elif name == step + 1 and period > name:
            found = PERIOD_CELL_RE.search(" " + rest)
            label = rest[:found.start()].strip() if found else rest
            description = " ".join([found.group(1) if found else "", *below, lead])
        else:
            if not rest and below and len(below[0].split()) <= MAX_NAME_LINE_WORDS:
                rest, below = below[0], below[1:]  # the name cell on a line of its own
            label = _name_cell(rest)
            description = " ".join([when, rest[len(label):], *below, lead])
        if label:
            evidence = Evidence(ctx.text.passage_at(row_lines[0].page, row_lines[0].offset), row_lines[0].page,
                                " ".join([lead, str(number), after]).strip())
            _phase(ctx, number, label.strip(" —–-"), description.strip(), evidence, "mission-phase-table")


MAX_ROW_LINE_WORDS = 30


def _name_cell(text: str) -> str:
    """A name cell running into the next cell: in sentence case up to the next capitalised word ("Lunar
    vicinity | Deep Space Gateway is assembled", "Mars | The first missions"), else up to where a description
    starts ("Boots on the Moon | Human landings")."""
    words = text.split()
    if len(words) > 1 and (words[1][:1].islower() and words[1] not in FUNCTION_WORDS or words[1][:1].isupper()
                           and words[1] in {"The", "A", "An"}):
        for i in range(1, len(words)):
            if words[i][:1].isupper():
                return " ".join(words[:i])
        return text
    cut = _description_start(text)
    return text[:cut].strip() if cut else text


def _pipe_phases(ctx: Context, header) -> None:
    """"| Step | Setting | Approximate period | ... |" and its rows "| 1 | Low-Earth orbit | until 2024 | ... |":
    each row a phase, named by the first named column after the number (or the first text column)."""
    cells = [c.strip() for c in header.text.strip().strip("|").split("|")]
    period = next((i for i, c in enumerate(cells) if i and PERIOD_COLUMN_RE.search(c)), None)
    if len(cells) < 3 or not STEP_COLUMN_RE.match(cells[0]) or period is None or OTHER_ITEM_COLUMN_RE.match(cells[1]):
        return
    name = next((i for i, c in enumerate(cells) if i and i != period and NAME_COLUMN_RE.search(c)),
                next(i for i in range(1, len(cells)) if i != period))
    lines = ctx.text.lines
    at = ctx.text.position(header)
    rows = []
    for line in lines[at + 1:at + 1 + 30]:
        if not line.text.startswith("|"):
            break
        row = [c.strip() for c in line.text.strip().strip("|").split("|")]
        number = re.fullmatch(r"(\d{1,2})\.?", row[0]) if row else None
        if number and len(row) > max(name, period) and re.search(r"\b(?:19|20)\d\d", row[period]) \
                and int(number.group(1)) == len(rows) + 1:
            rows.append((int(number.group(1)), row, line))
    if not _about_exploration(ctx, " ".join(line.text for _, _, line in rows)):
        return
    for number, row, line in rows:
        evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, line.text)
        others = " ".join(c for i, c in enumerate(row) if i not in (0, name, period))
        _phase(ctx, number, row[name], f"{row[period]} {others}", evidence, "mission-phase-table")


def cleaner_heading(ctx: Context, line) -> bool:
    """Whether the cleaner set the line as a heading (by its type, in a PDF): a short line in a table's
    cell is not one."""
    return any(seg.kind == "heading" and seg.start <= line.offset < seg.end
               for page in ctx.text.pages if page.page == line.page for seg in page.segments)


def _description_start(text: str) -> int | None:
    """Where the description cell starts: a capitalised word followed by a lower-case content word
    ("Boots on the Moon Human landings from 2024")."""
    words = list(re.finditer(r"\S+", text))
    for i in range(1, len(words) - 1):
        word, following = words[i].group(), words[i + 1].group()
        if word[0].isupper() and following[0].islower() and following not in FUNCTION_WORDS \
                and following.rstrip("-") not in PERIOD_WORDS:  # "Building late 2020s": the period column next
            return words[i].start()
    return None


def _numbering(text: str) -> str | None:
    """What follows a row's number ("", ".", ")"); None for a line opening with no word ("(LEO) through 2024")."""
    m = NUMBERING_RE.match(text)
    return m.group(1) if m else None


def _phase_row(text: str, phases: list) -> tuple[int, str] | None:
    """A phases table's next row: its number ("3", "3.", "Three") and the rest of its line.  A row numbered
    in words starts at one and goes on with a period or a capitalised name ("One 2023 to 2028 Return ...")."""
    row = PHASE_ROW_RE.match(text)
    bare = BARE_NUMBER_RE.match(text)
    if len(phases) > 1 and phases[1][2] is not None \
            and _numbering(text) != _numbering(phases[1][2].text):
        return None  # "5. Robotic precursors" after rows "1 ...", "4 ...": the document's next section, not a row
    if bare:  # "1" / "Initial Exploration" / "2026–2030": its cells on the lines below
        expected = phases[-1][0] + 1 if len(phases) > 1 else 1
        return (expected, "") if int(bare.group(1)) == expected else None
    if row is None:
        return None
    word = row.group(1).lower()
    number = int(word) if word.isdigit() else NUMBER_WORDS[word]
    expected = phases[-1][0] + 1 if len(phases) > 1 else 1
    if not word.isdigit() and (number != expected or not re.match(r"[A-Z]|(?:19|20)\d\d", row.group(2))):
        return None
    return (number, row.group(2)) if len(phases) == 1 or number == expected else None


def _run_together(number: int, text: str) -> list[tuple[int, str]]:
    """Rows the cleaner ran together on one line: each next number ("Two", "2") before a capitalised word or
    a year starts the next row ("One 2023 to 2028 Return and Demonstration Two 2029 to 2033 Expansion ...")."""
    rows = [(number, text)]
    while True:
        following = number + 1
        words = [w.capitalize() for w, n in NUMBER_WORDS.items() if n == following]
        m = re.search(rf"\s(?:{following}|{'|'.join(words)})[.)]?\s+(?=[A-Z]|(?:19|20)\d\d)", rows[-1][1])
        if m is None:
            return rows
        rows[-1:] = [(number, rows[-1][1][:m.start()]), (following, rows[-1][1][m.end():])]
        number = following


MIN_HEADING_WORDS = 3  # a shorter heading-like line may be a wrapped cell ("Station")


def _table_ends(ctx: Context, line, last: str) -> bool:
    """Whether ``line`` ends a phases table whose last row reads ``last`` so far: a phase's own heading, or
    once that row is complete a heading (the cleaner's, by its type, or in a text document a short line of a few
    words), a numbered section ("4 · Ratings"; not a wrapped cell's "14 days") or a sentence of prose after a row
    that has its period."""
    if PHASE_HEADING_RE.match(line.text):
        return True
    if _leads_other_list(line.text):  # "The scenario assumes:", another list follows
        return True
    if not _row_complete(last):
        return False
    text_heading = line.heading and len(line.text.split()) >= MIN_HEADING_WORDS \
        and not ctx.doc.file.lower().endswith(".pdf")  # a PDF's cells look like headings: its cleaner's count
    return cleaner_heading(ctx, line) or text_heading or re.match(r"\d{1,2}\b(?!\s*[a-z])", line.text) is not None \
        or line.text.endswith(".") and len(line.text.split()) >= 4 and re.search(r"\b(?:19|20)\d\d", last) is not None


def _next_row_below(ctx: Context, line, number: int) -> bool:
    """Whether the line below ``line`` opens the phases table's next row (``number``): ``line``, a sentence of prose,
    is a cell of the row above it ("Full use of the ISS; robotic precursor missions." over "2 Cislunar space ..."), not
    prose after the table; a phase's own heading never is."""
    below = ctx.text.next_line(line) if line.text.endswith(".") and not PHASE_HEADING_RE.match(line.text) else None
    row = PHASE_ROW_RE.match(below.text) if below is not None else None
    return row is not None and row.group(1) == str(number)


def _leads_other_list(text: str) -> bool:
    """A lead-in of several words ending in a colon that does not name phases: the list below is of something else
    ("The scenario is built on the following assumptions:")."""
    return text.rstrip().endswith(":") and len(text.split()) >= 2 and not CAPTION_RE.search(text) \
        and not PHASE_HEADING_RE.match(text)


def _row_complete(text: str) -> bool:
    """Whether a row read so far has its name and description (a heading below then ends the table)."""
    return _description_start(text) is not None or len(text.split()) >= MIN_COMPLETE_ROW_WORDS


MIN_COMPLETE_ROW_WORDS = 8


def _read_phases(ctx: Context, rows) -> None:
    """Each row's name and description: the name ends where the description starts (a capitalised word then a
    lower-case one) or where a period cell does ("Mars Readiness late 2030s ..."); a period cell may come
    first ("2023 to 2028 Return and Demonstration"); a name in sentence case with no such end is taken as
    its first word or two ("Ground truth landers and rovers ...")."""
    if not _about_exploration(ctx, " ".join(text for _, text, _ in rows)):
        return  # a study's or a process's phases: "1 Concept study 2019–2020 2 Design 2021–2023"
    dated = [PERIOD_RE.search(text) is not None for _, text, _ in rows]
    at = ctx.text.position(rows[0][2]) if rows and rows[0][2] is not None else None
    names_only = bool(at) and _names_and_periods(ctx.text.lines[at - 1].text)  # the header line above the rows
    if sum(dated) >= 2 and False in dated and not any(dated[dated.index(False):]):
        rows = rows[:dated.index(False)]  # rows with periods, then "4 Agency contributions": the next sections
    for number, text, line in rows:
        evidence = Evidence(line and ctx.text.passage_at(line.page, line.offset), line.page, f"{number} {text}")
        lead = LEADING_PERIOD_RE.match(text)
        if lead:
            rest = text[lead.end():]
            cut = _description_start(rest)
            name, description = rest[:cut] if cut else rest, f"{lead.group().strip()} {rest[cut:] if cut else ''}"
            _phase(ctx, number, name.strip(" —–-"), description, evidence, "mission-phase")
            continue
        if bracketed := BRACKETED_PERIOD_RE.match(text):  # "Human Sorties (2030–2035) — crews visit the surface ..."
            _phase(ctx, number, bracketed.group("name"), f"{bracketed.group('period')} {bracketed.group('rest')}",
                   evidence, "mission-phase")
            continue
        cut = _description_start(text)
        if cut is not None and text[:cut].split()[-1].lower() in FUNCTION_WORDS:
            later = _description_start(text[cut:])  # "Sustained presence and | Mars preparation": no name ends in "and"
            cut = cut + later if later is not None else None
        period = PERIOD_CELL_RE.search(text[:cut] if cut is not None else text)
        if period and not text[:period.start()].strip():
            continue
        name, description = text[:cut].strip(" —–-") if cut is not None else text, text[cut:] if cut is not None else ""
        if period:  # "Boots on the Moon 2025 to about 2028", "Human missions to Mars in the 2030s": a period column
            name = re.sub(r"(?:\s+(?:in|during|from|by|the))+\s*$", "", text[:period.start()])
            description = f"{period.group(1)} {description}"
        words = name.split()
        # a name a period column parts from its description is whole, and so is one of a table with no description
        # column ("Phase Name Start" / "2 Extending human presence to the lunar vicinity 2021")
        if (not period or cut is None) and not (period and names_only) and len(words) > MAX_SENTENCE_CASE_NAME_WORDS \
                and words[1][:1].islower() and words[1] not in FUNCTION_WORDS:
            name = _sentence_case_name(name)  # "Ground truth landers and rovers of short range ..."
            description = f"{period.group(1) if period else ''} {text[len(name):]}"  # its period cell first
        _phase(ctx, number, name.strip(" —–-"), description, evidence, "mission-phase")


MAX_SENTENCE_CASE_NAME_WORDS = 4
# A row's name of a few words, its period in brackets right after, then the description after a dash or a colon:
# "Robotic Reconnaissance (2025–2030) — precursor missions map resources", "Human Sorties (from 2030): crews land".
BRACKETED_PERIOD_RE = re.compile(r"^(?P<name>[A-Z][^()—–:.]{1,60}?)\s*\((?P<period>[^()]*\b(?:19|20)\d\d[^()]*)\)\s*"
                                 r"(?:[—–:-]\s*|\.\s*|$)(?P<rest>.*)$")


def _names_and_periods(header: str) -> bool:
    """A phases table's header with no column but the number, the name and the period ("Phase Name Start")."""
    words = header.split()
    return 2 < len(words) <= 4 and STEP_COLUMN_RE.match(words[0]) is not None \
        and all(NAME_COLUMN_RE.fullmatch(w) or PERIOD_COLUMN_RE.fullmatch(w) for w in words[1:])


def _sentence_case_name(text: str) -> str:
    """A name in sentence case running into a lower-case description: its first word, and the second unless
    that one is hyphenated, a function word or a plural ("Reconnaissance higher-resolution mapping", "Ground
    truth landers and rovers")."""
    words = text.split()
    second = words[1] if len(words) > 1 else ""
    if not second or "-" in second or second in FUNCTION_WORDS or second.endswith("s") or not second.isalpha():
        return words[0]
    return f"{words[0]} {second}"


# A list item naming a phase, step or stage by its ordinal, its name the rest of the item's first sentence:
# "1. First step — Low-Earth orbit: the International Space Station. Runs until 2024.", "**Second stage –
# Cislunar space, with a Gateway.** Expected in the 2020s."
LIST_PHASE_RE = re.compile(rf"^\s*(?:(?P<num>\d{{1,2}})[.)]\s+)?[*_]*\s*(?P<ord>(?i:{'|'.join(ORDINALS)}))\s+"
                           r"(?:phase|step|stage)\s*[—–:-]\s*(?P<name>[A-Z][^.]{2,150}?)\s*\.[*_]*(?=\s|$)")


def _list_phase(ctx: Context, sentence: Sentence) -> None:
    """A phase told by a list item (LIST_PHASE_RE) whose line gives a period: a year or a decade."""
    line = sentence.line
    m = LIST_PHASE_RE.match(line.text) if sentence.offset == line.offset else None
    if m is None:
        return
    number = ORDINALS[m.group("ord").lower()]
    description = line.text[m.end():]
    if m.group("num") and int(m.group("num")) != number or not re.search(r"\b(?:19|20)\d\d", description):
        return
    evidence = Evidence(sentence.passage_id, line.page, line.text.strip())
    _phase(ctx, number, m.group("name").strip(" *_"), description, evidence, "mission-phase-list")


def phases_in_prose(ctx: Context, state: State, sentence: Sentence) -> None:
    """Phases a roadmap tells in sentences: "The second phase, Human Lunar Surface Missions, starts
    around 2028", "Phase 1: Lunar Vicinity Operations (from 2020)", "Phase 3: Lunar surface. Robotic missions
    come first ..." (a short name in sentence case, what follows on its line the description), and in a
    list's items ("1. First step — Low-Earth orbit: the International Space Station. Runs until 2024.")."""
    _list_phase(ctx, sentence)
    _ordinal_phase(ctx, sentence)
    _phases_listed(ctx, sentence)
    _numbered_after(ctx, sentence)
    for m in PHASE_PROSE_RE.finditer(sentence.text):
        number = int(m.group("num")) if m.group("num") else CARDINALS.get((m.group("word") or "").lower()) \
            or _ordinal(m.group("ord") or "") or ROMAN.get(m.group("roman") or "")
        name = re.sub(rf"(?:\s+(?:{CONNECTORS}))+$", "", m.group("name"))
        end = m.end()
        # a name wrapped onto the next line, or two (a narrow column), with its period in brackets ("Phase 2 – Human
        # missions to the lunar" / "surface (from 2028). Reusable landers ...")
        text = _wrapped(ctx, sentence)
        short = (m.group("num") or m.group("word")) and _named_by(ctx, SHORT_NAME_RE, text, m.start("name"))
        if short and short.end() > len(sentence.text) and "(" not in text[short.end(1):short.end()]:
            short = None
        if short:
            name, end = short.group(1), short.end(1)  # its period in brackets after it describes it
        colon = _named_by(ctx, COLON_NAME_RE, sentence.text, m.start("name"))
        if colon and len(colon.group(1).split()) >= len(name.split()):
            name, end, short = colon.group(1), colon.end(1), None
        bounded = None if short or colon else _named_by(ctx, BOUNDED_NAME_RE, sentence.text, m.start("name"))
        if bounded and len(bounded.group(1).split()) >= len(name.split()):
            name, end = bounded.group(1), bounded.end(1)
        if (m.group("noun") or m.group("ord_noun")).lower() != "phase" and not _of_a_journey(ctx, sentence.text):
            continue  # "Step 2: the survey is sent out" is a procedure's, not a roadmap's
        if _of_a_named_thing(ctx, sentence.text[:m.start()]) or SERIAL_RE.search(name) \
                or re.search(r"\b(?:in|during|within|throughout|by|after|before|until|for|from|of)\s+(?:the\s+)?$",
                             sentence.text[:m.start()], re.I) and not m.group("ord") \
                or _caption_by_phase(ctx, sentence.line) and not (short and "(" in text[short.end(1):short.end()]):
            # "Gateway Phase 1", "ISS Phase 1"; "Phase 2: Artemis IV and V will deliver ..." (missions); an item under
            # "Objectives by phase" (but one naming the phase and its period: "Phase 1 — Lunar vicinity (2020s).")
            continue
        if number and (len(name.split()) >= 2 or short or colon or bounded):
            following = PHASE_PROSE_RE.search(sentence.text, m.end())
            description = sentence.text[end:following.start() if following else len(sentence.text)]
            continued = ""
            if short and not following:  # the rest of its paragraph, up to the next phase
                rest = sentence.line.text[sentence.offset - sentence.line.offset + len(sentence.text):]
                description = text[end:] + re.split(r"\b[Pp]hase\s+\d", rest, maxsplit=1)[0]
            elif not following:
                continued = _continued(ctx, sentence)
                description += continued
            if not following and not continued and re.search(r"\([^()]*$", description):
                description += " " + _next_line(ctx, sentence.line)  # "(from" / "2028): ...": a wrapped line
            told = f"{name} {description}"
            if len(description.split()) < 3:  # a heading "Phase two: Expansion and Mobility": its section's first line
                told += " " + _next_line(ctx, sentence.line)
            if not PERIOD_RE.search(f"{name} {description}") and not _about_exploration(ctx, told) \
                    and not _about_exploration(ctx, _phases_around(ctx, sentence.line)):
                continue  # "Phase 1: Lessons learned", a report's or a study's phase
            if name.isupper() and len(name) > 5:  # "PHASE 1: RETURN AND DEMONSTRATION": a heading in capitals
                name = " ".join(w.lower() if w.lower() in FUNCTION_WORDS and i else w.capitalize()
                                for i, w in enumerate(name.split()))
            if m.group("rel") or m.group("paren"):
                description = f"{m.group('rel') or m.group('paren')} {description}"
            _phase(ctx, number, name, description, sentence.evidence(), "mission-phase-prose")


# Words that open a sentence or a phrase before "Phase 2" ("In Phase 2", "During phase 1"); another capitalised word
# there names what the phase is of ("Gateway Phase 1", "ISS Phase 1", "Artemis Phase 2").
OPENERS = {"in", "during", "the", "by", "from", "for", "at", "with", "under", "then", "next", "finally", "and",
           "after", "before", "within", "through", "until", "since", "of", "a", "an", "this", "that", "its", "our",
           "their", "each", "as", "on", "to", "once", "when", "while", "or", "but", "so", "figure", "table", "fig"}
SERIAL_RE = re.compile(r"(?<![\w\-])(?:I{2,3}|IV|VI{0,3}|IX|\d{1,3})(?![\w\-])")  # a mission's number: "Artemis IV"


PHASES_AROUND = 4


def _phases_around(ctx: Context, line) -> str:
    """The lines around a phase's line when they tell other phases too (a set of phases is about exploration as a
    whole: "Phase 4, Far Side Relay – a relay" after "Phase 3, Red Planet – landings on Mars"), else nothing."""
    lines = ctx.text.lines
    at = ctx.text.position(line) or 0
    around = " ".join(below.text for below in lines[max(0, at - PHASES_AROUND):at + PHASES_AROUND + 1])
    return around if len(set(re.findall(r"\b(?:[Pp]hase|PHASE)\s+(\d{1,2})\b", around))) >= 2 else ""


# (the noun's verb may come before the colon: "Three phases are foreseen: ...")
LISTED_RE = re.compile(r"\b(?:phases|stages|horizons)(?:\s+[a-z][\w\-]*){0,3}?\s*(?::|—|–)\s*(?P<list>[^:;]+?)\s*(?:[.;]|$)")
# (a name in sentence case or in lower case, its period in brackets or after it: "Lunar Return from 2025")
LISTED_ITEM_RE = re.compile(r"^(?:the\s+)?(?P<name>[A-Za-z][\w\-’']*(?:\s+[\w\-’']+){0,4}?)\s*(?:\((?P<period>[^()]*\d[^()]*)\)|"
                            r"\s(?P<after>(?:from|after|until|to|by|beyond|around|in)\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?"
                            r"(?:19|20)\d\d\w*))$")


# "... the three phases of the GER-3 scenario: Phase 1, low Earth orbit and the ISS (to 2024); Phase 2, the lunar
# vicinity and surface (the 2020s); and Phase 3, ...": items numbered, named in any case, each its period in brackets
LISTED_NUMBERED_RE = re.compile(r"\b(?:phases|stages)\b[^:.;]{0,60}:\s*(?P<list>.+)$")
# (its period in brackets, or after a comma: "Phase 1, use of the International Space Station, from 2013")
NUMBERED_ITEM_RE = re.compile(r"^(?:and\s+)?(?:[Pp]hase|[Ss]tage)\s+(?P<num>\d{1,2})\s*[,:–—-]\s*(?:the\s+|an?\s+)?"
                              r"(?P<name>[A-Za-z][\w\-’']*(?:\s+[\w\-’']+){0,9}?)\s*(?:\((?P<period>[^()]*\d[^()]*)\)|"
                              r",\s*(?P<after>(?:from|starting|beginning|after|until|through|in)\s+(?:in\s+)?"
                              r"(?:about\s+|around\s+|c\.\s*)?(?:19|20)\d\d\w*(?:\s*(?:–|-|to)\s*(?:19|20)?\d\d\w*)?))\s*\.?$")


# A phase's number in brackets after its name in title case: "Orbital Survey (phase 1) lasts from 2026 to 2029",
# "2026–2029: Orbital Survey (phase 1)".
NUMBER_AFTER_RE = re.compile(rf"(?<![\w\-’'])(?P<name>[A-Z][\w\-’']*(?:\s+(?:(?:{CONNECTORS})\s+)*[A-Z][\w\-’']*)*)\s*"
                             rf"\((?i:phase|stage|step)\s+(?P<num>\d{{1,2}}|(?i:{'|'.join(NUMBER_WORDS)}))\)")


def _numbered_after(ctx: Context, sentence: Sentence) -> None:
    """A phase named with its number in brackets after the name (NUMBER_AFTER_RE): its period what follows in its
    sentence, else what comes before the name; not a phase of a study or a meeting (nothing told of exploring)."""
    for m in NUMBER_AFTER_RE.finditer(sentence.text) if _about_exploration(ctx, sentence.text) else ():
        number = int(m.group("num")) if m.group("num").isdigit() else NUMBER_WORDS[m.group("num").lower()]
        after, before = sentence.text[m.end():], sentence.text[:m.start()]
        _phase(ctx, number, m.group("name"), after if _phase_start(after) else before.strip(" :—–-"),
               sentence.evidence(), "mission-phase-prose")


def _phases_listed(ctx: Context, sentence: Sentence) -> None:
    """Phases listed in a sentence after "phases:", each a name with its period in brackets: "The scenario is
    divided into three phases: Lunar Vicinity (2024–2028), Lunar Surface (2028–2035) and Mars (from 2035)"; or each
    numbered, the items parted by semicolons (LISTED_NUMBERED_RE)."""
    numbered = LISTED_NUMBERED_RE.search(sentence.text)
    items = [NUMBERED_ITEM_RE.match(part.strip()) for part in numbered.group("list").split(";")] if numbered else []
    periods = [i.group("period") or i.group("after") for i in items if i]
    if len(items) >= 2 and all(items) and [int(i.group("num")) for i in items] == list(range(1, len(items) + 1)) \
            and all(PERIOD_RE.search(p) for p in periods):
        for item, period in zip(items, periods):
            name = item.group("name")
            _phase(ctx, int(item.group("num")), name[0].upper() + name[1:], f"({period})", sentence.evidence(),
                   "mission-phase-prose")
        return
    m = LISTED_RE.search(sentence.text)
    if m is None:
        return
    items = [LISTED_ITEM_RE.match(part.strip()) for part in re.split(r",\s*(?:and\s+)?|\s+and\s+",
                                                                     re.sub(r"\([^()]*\)", lambda b: b.group().replace(",", ";").replace(" and ", " & "), m.group("list")))]
    periods = [(i.group("period") or i.group("after")) if i else None for i in items]
    if len(items) < 2 or not all(items) \
            or not all(PERIOD_RE.search(p) and not MONTH_RE.search(p) for p in periods) \
            or any(SERIAL_RE.search(i.group("name")) for i in items) \
            or not _about_exploration(ctx, sentence.text[:m.start()] + " ".join(i.group("name") for i in items)) \
            and not SCENARIO_RE.search(sentence.text[:m.start()]):
        return
    for number, (item, period) in enumerate(zip(items, periods), start=1):
        _phase(ctx, number, item.group("name"), period, sentence.evidence(), "mission-phase-prose")


def _caption_by_phase(ctx: Context, line) -> bool:
    """Whether the caption above a line says the list under it is of something told phase by phase ("Objectives by
    phase", "Crew size per phase", "Key missions in each phase"): its items are not phases."""
    lines = ctx.text.lines
    at = ctx.text.position(line) or 0
    above = lines[max(0, at - MAX_LINES_UNDER_HEADING):at + 1]
    at_heading = next((i for i in range(len(above) - 1, -1, -1) if (above[i].heading or cleaner_heading(ctx, above[i]))
                       and not PHASE_HEADING_RE.match(above[i].text)), None)
    if at_heading is None or not BY_PHASE_RE.search(above[at_heading].text):
        return False
    # (a lead below it saying its items are the phases: "... groups surface mobility needs into three phases:")
    return not any(LEADS_PHASES_RE.search(lead.text) for lead in above[at_heading + 1:])


BY_PHASE_RE = re.compile(r"\b(?:by|per|for\s+each|in\s+each|of\s+each)\s+phase\b", re.I)
LEADS_PHASES_RE = re.compile(r"\b(?:phases|stages)\s*:\s*$", re.I)


def _of_a_named_thing(ctx: Context, before: str) -> bool:
    """Whether the words before "Phase N" name what the phase is of: a capitalised word that is not an opener."""
    m = re.search(r"([A-Z][\w\-’']*)\s+$", before)
    return m is not None and m.group(1).lower() not in OPENERS


# Under a heading about phases, a sentence opening with an ordinal and a quoted name: "Third and last comes
# “Sustained Lunar Opportunities”, placed from the mid-2030s", "The second is “Expanding and Building”".
ORDINAL_NAME_RE = re.compile(rf"^(?:[Tt]he\s+)?(?P<ord>(?i:{'|'.join(ORDINALS)}))(?:\s+and\s+(?:last|final))?,?\s+"
                             r"(?:(?:one\s+)?(?:comes|came|follows|followed|is|was|will\s+be|would\s+be)\s+)?"
                             r"[“\"](?P<name>[A-Z][^”\"]{2,60}?)[”\"]")
MAX_LINES_UNDER_HEADING = 12


def _ordinal_phase(ctx: Context, sentence: Sentence) -> None:
    """A phase told by an ordinal and a quoted name (ORDINAL_NAME_RE) in a section headed by its phases."""
    m = ORDINAL_NAME_RE.match(sentence.text)
    if m is None or re.search(r"\b(?:phase|step|stage)\b", sentence.text[:m.start("name")], re.I):
        return  # "The second phase, “X”": PHASE_PROSE_RE's
    lines = ctx.text.lines
    at = next((i for i, line in enumerate(lines) if line is sentence.line), 0)
    heading = next((line for line in reversed(lines[max(0, at - MAX_LINES_UNDER_HEADING):at])
                    if line.heading or cleaner_heading(ctx, line)), None)
    if heading is None or not re.search(r"\b(?:phases|stages|steps)\b", heading.text, re.I):
        return
    description = sentence.text[m.end():]
    _phase(ctx, ORDINALS[m.group("ord").lower()], " ".join(m.group("name").split()), description,
           sentence.evidence(), "mission-phase-prose")


def _of_a_journey(ctx: Context, text: str) -> bool:
    """Whether a step's or stage's sentence is a roadmap's: it names a destination or a year."""
    return bool(re.search(r"\b(?:19|20)\d\d", text)) or any(
        m.entity.type == "Destination" for m in ctx.rec.gazetteer.find(text))


# What an exploration scenario's phases are about: places and ways of going there, not a study's, a project's or a
# process's stages ("Concept study 2019–2020", "Drafting of the roadmap, 2020", "Phase 1: Lessons learned").
EXPLORATION_RE = re.compile(r"\b(?:lunar|moons?|mars|martian|orbit\w*|surfaces?|crew\w*|humans?|robotic\w*|landings?|"
                            r"landers?|rovers?|gateway|stations?|cislunar|explor\w+|habitat\w*|deep\s+space|asteroids?|"
                            r"outposts?|presence|precursors?|astronauts?|spaceflight|volatiles|extraction|"
                            r"(?:in-situ|in\s+situ)\s+resource\w*|ISRU|LEO)\b", re.I)
PERIOD_RE = re.compile(r"\b(?:19|20)\d\d|\b(?:20|twenty-)\d0s\b", re.I)


def _about_exploration(ctx: Context, text: str) -> bool:
    """Whether a phase's text (or a table's rows together) names a destination or a way of exploring."""
    return bool(EXPLORATION_RE.search(text)) or any(
        m.entity.type == "Destination" for m in ctx.rec.gazetteer.find(text))


def _named_by(ctx: Context, pattern: re.Pattern, text: str, start: int) -> re.Match | None:
    """A phase's name as ``pattern`` bounds it at ``start``; not a clause whose subject is a body ("Phase 2, NASA
    will fly: ...")."""
    m = pattern.match(text, start)
    if m is None:
        return None
    first = ctx.rec.gazetteer.lookup(m.group(1).split()[0])
    return None if first is not None and first.type in ORG_LIKE else m


WRAPPED_NAME_LINES = 3


def _wrapped(ctx: Context, sentence: Sentence) -> str:
    """The sentence with the lines it runs on to when its line ends with no stop, up to WRAPPED_NAME_LINES."""
    text, line = sentence.text, sentence.line
    for _ in range(WRAPPED_NAME_LINES):
        if re.search(r"[.:;!?]$", text) or (line := ctx.text.next_line(line, same_page=False)) is None:
            break
        text = f"{text} {line.text}"
    return text


def _next_line(ctx: Context, line) -> str:
    """The text of the line after ``line``, on its page or the next ("" at the document's end)."""
    following = ctx.text.next_line(line, same_page=False)
    return following.text if following is not None else ""


MAX_CONTINUED_LINES = 3


def _continued(ctx: Context, sentence: Sentence) -> str:
    """A sentence cut at a line break ("Phase 2, Deep Space – longer" / "stays in orbit, from about 2031;"):
    the lines below that go on in lower case, while the sentence has not ended."""
    line = sentence.line
    if sentence.offset - line.offset + len(sentence.text.rstrip()) < len(line.text.rstrip()) \
            or line.text.rstrip()[-1:] in ".;:!?":
        return ""
    lines = ctx.text.lines
    at = ctx.text.position(line)
    text = ""
    for below in lines[at + 1:at + 1 + MAX_CONTINUED_LINES]:
        if not below.text[:1].islower():
            break
        text += " " + below.text
        if below.text.rstrip()[-1:] in ".;:!?":
            break
    return text


def _ordinal(word: str) -> int | None:
    number = re.match(r"\d+", word)
    return int(number.group()) if number else ORDINALS.get(word.lower())


STATUS_RE = re.compile(r"^(?:completed?|done|finished|closed|ongoing|on-going|in\s+progress|under\s+way|underway|"
                       r"planned|pending|open|not\s+started|started|current|future|past|tbd|to\s+be\s+determined)$", re.I)


DECADE_PART = {"early": 0, "mid": 5, "late": 7}  # the year a part of a decade starts about
# (an adverb may hedge it: "(indicatively 2025–2030)", "from roughly 2028")
PHASE_YEAR_RE = re.compile(r"(?:^[\s,;:—–-]*\(?(?:[a-z]+ly\s+)?|\b(?:from|in|by|starting|since|after|beyond|around|c\.|ca\.|circa|"
                           r"covers|covering|spans|spanning|between)\s+"
                           r"(?:about\s+|around\s+|[a-z]+ly\s+)?)((?:19|20)\d\d)\b")
# "early to mid-2020s": a range of parts of one decade starts in its first part
PHASE_DECADE_RE = re.compile(r"(?:\b(?:from|since|after)\s+the\s+|^[\s,;:—–-]*\(?(?:[a-z]+ly\s+)?(?:the\s+)?)(?:((?i:early|mid|late))"
                             r"(?:\s+(?:to|until|–)\s+(?i:mid|late))?[\s-]+)?((?:19|20)\d)0s\b")


def _phase_start(text: str) -> str | None:
    """The year a phase's description starts it: "from 2024", "(starting around 2028)"; "from the 2040s", a period cell
    "2030s and beyond" or "early 2030s": the decade's first year; "(mid-2030s)", "from the late 2020s": a year of that
    part of it, unless a year of that decade is stated too ("late 2020s, from about 2028").  The first stated wins."""
    year, decade = PHASE_YEAR_RE.search(text), PHASE_DECADE_RE.search(text)
    if decade and (year is None or decade.start() < year.start()) \
            and not (decade.group(1) and year is not None and year.group(1)[:3] == decade.group(2)):
        return f"{decade.group(2)}{DECADE_PART[(decade.group(1) or 'early').lower()]}"
    return year.group(1) if year else None


def _phase(ctx: Context, number: int, name: str, description: str, evidence: Evidence, rule: str) -> None:
    """A mission phase of this document: its position, name, start year ("from 2024", "starts around
    2028") and the destinations its description names."""
    if SERIAL_RE.search(name) or any(m.entity.type in ORG_LIKE for m in ctx.rec.gazetteer.find(name)) \
            or STATUS_RE.match(name):
        return  # a mission ("Artemis II", "Argonaut ESA"), a body, or a work plan's status ("Completed"): not a phase
    # "an Orbital Survey phase": the name the article and the noun "phase" stand around
    name = re.sub(r"^(?:an?|the)\s+(?=[A-Z])(.+?)\s+(?:phase|stage)$", r"\1", name)
    # Destinations looked up before the phase is defined: its own name would then match first.
    destinations = [m.entity.iri for m in ctx.rec.gazetteer.find(f"{name} {description}")
                    if m.entity.type == "Destination"]
    phase = ctx.rec.define(name, "MissionPhase", evidence, rule=rule, confidence=0.8,
                           slug=f"{ctx.doc.id} phase {number}", lookup=False)
    facts = [("schema:position", ox.Literal(str(number), datatype=term("xsd:integer"))),
             ("dcterms:isPartOf", ctx.series.iri)]
    if year := _phase_start(description[:200]):
        facts.append(("schema:startDate", ox.Literal(year, datatype=term("xsd:gYear"))))
    facts += [("isecg:focusesOn", iri) for iri in dict.fromkeys(destinations)]
    for p, o in facts:
        ctx.rec.fact(phase.iri, p, o, rule, 0.8, evidence)


def technology_work(ctx: Context, state: State, sentence: Sentence) -> None:
    """Which body works on what: "DLR was preparing a Mobile Payload Element", "X backed ESA's Lunar
    Lander activities" (ESA's too), "a large pressurised rover from JAXA", "whose service module is
    supplied by ESA", "ISECG says its technology gap assessment will continue", and in a sentence about work
    under way "ESA's PROSPECT drill", "an ISRO lander"."""
    if sentence.line is state.work_row:
        return  # a technology table's row: its work is read
    text = sentence.text
    evidence = None
    for verb in WORK_VERB_RE.finditer(text):
        who = subjects(sentence, verb.start(), fallback=False)
        who = _verb_subject(sentence, verb.start(), who) if who else who
        if not who and ctx.body is not None and COLLECTIVE_RE.search(text[:verb.start()]):
            who = [ctx.body]  # "the agencies would keep assessing technology gaps": the group they form
        if not who:
            who = _list_subject(ctx, sentence, verb.start()) or _partnered_subject(sentence, verb.start())
        helper = next((m.entity for m in sentence.mentions if m.entity.type in ORG_LIKE and m.end <= verb.start()
                       and not text[m.end:verb.start()].strip() and re.search(r"\bwith\s+(?:the\s+)?$", text[:m.start])),
                      None)
        if helper:
            who = [helper]  # "..., with ASI contributing navigation receivers": ASI's work
        rest = text[verb.end():]
        owner = re.match(r"(\S+?)(?:'s|’s)\s+", rest)
        owner_entity = ctx.rec.gazetteer.lookup(owner.group(1)) if owner else None
        if owner_entity is not None and owner_entity.type in ORG_LIKE:
            rest = rest[owner.end():]
        owners = [owner_entity] if owner_entity is not None and owner_entity.type in ORG_LIKE else []
        for part in _coordinated_objects(rest):  # "is developing the Orion vehicle and the SLS rocket": each
            obj = None if re.match(r"(?:which|what|whether|whose|on|upon)\b", part, re.I) or MEANS_RE.match(part) \
                else OBJECT_RE.match(part)
            item = re.split(r"\s+and\s+\w+ing\b", obj.group(1))[0] if obj else ""  # "gaps and refining the scenario"
            item = re.sub(r"^to\s+(?:the\s+)?", "", item)  # "contributes to surface power": surface power
            item = re.sub(r"(?<=\w)\s+(?:developed|built|designed|supplied|provided|made|funded|derived|based)$", "", item)  # "units developed for ESA"
            joined = next((o for o in ctx.rec.gazetteer.find(item) if o.entity.type in ORG_LIKE
                           and re.search(r"(?:,|\band)\s+(?:the\s+)?$", item[:o.start])), None)
            if joined:  # "X leads the work on Y and ESA leads ...": the next clause's subject ends the object
                item = re.sub(r"\s*(?:,|\band)\s+(?:the\s+)?$", "", item[:joined.start])
            known = ctx.rec.gazetteer.lookup(item)
            # (what a verb says is researched or studied needs no shape of hardware: "leads a study on polar volatiles")
            if not who or len(item) < 4 or known is not None and known.type != "Technology" \
                    or not (HARDWARE_RE.search(item) or AREA_RE.search(item) or re.match(r"[A-Z]\w+\s+[A-Z]", item)
                            or PROJECT_RE.match(item) or STUDIED_RE.search(verb.group())) \
                    or NOT_TECHNOLOGY_RE.search(item):
                continue
            evidence = evidence or sentence.evidence()
            _works_on(ctx, who + owners, re.sub(r"\s+activities$", "", item), "works-on-element", evidence)
    for own in ITS_WORK_RE.finditer(text):
        known = ctx.rec.gazetteer.lookup(own.group(1))
        near = [m.entity for m in sentence.mentions if m.entity.type in ORG_LIKE and m.end <= own.start()
                and re.fullmatch(r"\s+(?:\w+\s+){1,3}", text[m.end:own.start()])] if own.group().startswith("its") else []
        who = near[-1:] or subjects(sentence, own.start(), fallback=False)  # "..., and ESA reported on its ...": ESA's
        if who and HARDWARE_RE.search(own.group(1)) and not (known and known.type == "Document"):
            evidence = evidence or sentence.evidence()
            _works_on(ctx, who, own.group(1), "works-on-element", evidence)
    developing = DEVELOPMENT_RE.search(text)
    supplied: list[str] = []  # what the agencies after one "by" supply: "built by ESA and DLR"
    previous = None
    joined: tuple[int, list[str]] | None = None  # the last organisation's named items, while others join it
    for m in sentence.mentions:
        if m.entity.type not in ORG_LIKE:
            continue
        by = SUPPLIED_BY_RE.search(text[:m.start])
        if by:
            supplied = [by.group(1)] if HARDWARE_RE.search(by.group(1)) and not NOT_TECHNOLOGY_RE.search(by.group(1)) \
                else []
        elif previous is None or not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", text[previous.end:m.start]) \
                or CLAUSE_VERB_RE.match(text, m.end):
            supplied = []  # "... was presented by JAXA, and ESA reported on ...": ESA is the next clause's subject
        previous = m
        items = [given.group(1) for given in (FROM_ORG_RE.search(text[:m.start]),)
                 if given and HARDWARE_RE.search(given.group(1))] + supplied
        if developing:
            items += _hardware_of(text, m.start, m.end)
        elif CLAUSE_OPENING_RE.search(text[:m.start]) and POSSESSIVE_RE.match(text, m.end):
            # "JAXA's pressurised rover, built with Toyota, is ...": hardware by its head (not "NASA's Lunar Payload
            # Services"), the subject of a verb (not an item of a list: "...; KARI's lunar orbiter; and ...")
            items += [item for item in _hardware_of(text, m.start, m.end) if HARDWARE_RE.fullmatch(item.split()[-1])
                      and re.match(VERB_AFTER_SUBJECT_RE.pattern + r"|\s+[a-z]\w*s\b",  # "... orbiter maps the poles"
                                   re.sub(r"^\s*,[^,;.]{1,60},", "", text[text.find(item, m.end) + len(item):]))]
        named = _named_items(ctx, text, m)
        between = text[joined[0]:m.start] if joined else ""
        if joined and not named and re.fullmatch(r"\s*\(\s*", between):
            continue  # "the Luxembourg Space Agency (LSA)": the same agency's acronym
        if not named and joined and (re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", between)
                                     or PARTNER_RE.fullmatch(between)):
            named = joined[1]  # "... (MARE) of the Israel Space Agency and DLR", "... established together with ESA"
        joined = (m.end, named) if named else None
        items += named
        for item in items:
            evidence = evidence or sentence.evidence()
            _works_on(ctx, [m.entity], item, "works-on-element", evidence)


def _coordinated_objects(rest: str) -> list[str]:
    """The objects of a verb that ``rest`` follows, each with its own determiner (COORDINATED_RE) up to the clause's
    end: "the Orion vehicle and the Space Launch System rocket." is two; the last keeps the text after it."""
    strong = STRONG_STOP_RE.search(rest)
    head = rest[:strong.start()] if strong else rest
    parts = COORDINATED_RE.split(head)
    return parts[:-1] + [parts[-1] + rest[len(head):]]


# Words that may stand between a subject and its verb: auxiliaries, adverbs, "and", a relative pronoun.
BETWEEN_SUBJECT_VERB_RE = re.compile(r"^(?:is|are|was|were|has|have|had|been|be|will|would|shall|should|can|could|may|"
                                     r"might|must|also|now|still|already|currently|together|jointly|and|which|that|who|to|"
                                     r"not|both|each|all|itself|themselves|then|so|thus|too|s|\w+ly)$", re.I)


def _verb_subject(sentence: Sentence, at: int, who: list[Entity]) -> list[Entity]:
    """The subject of the verb at ``at`` among the organisations ``who`` found for it: none when another noun
    stands between them and the verb ("ESRIC ... started a call for start-ups working on ...", "..., and several
    private companies are designing ..."), unless the verb is coordinated with an earlier one ("DLR was preparing
    X ..., and had studied Y"); the organisation just before the verb when that is another ("CT-6. ASI is ...")."""
    words = re.findall(r"[A-Za-z][\w\-]*|[,;.]", sentence.text[:at])
    gap = []  # the words just before the verb that may stand between a subject and its verb
    while words and BETWEEN_SUBJECT_VERB_RE.match(words[-1]):
        gap.append(words.pop())
    near = [m for m in sentence.mentions if m.entity.type in ORG_LIKE and m.end <= at
            and all(BETWEEN_SUBJECT_VERB_RE.match(w) for w in re.findall(r"[A-Za-z][\w\-]*", _placed(sentence, m.end, at)))
            and not re.search(r"[,;.]", sentence.text[m.end:at])]
    if near:
        last = near[-1]
        return [last.entity] if last.entity not in who else who
    if "and" in [w.lower() for w in gap] or words and words[-1] == ",":
        return who  # a second verb of the same subject, or an aside before the verb
    ends = [m.end for m in sentence.mentions if m.entity in who and m.end <= at]
    return who if not ends else []


def _placed(sentence: Sentence, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` without a place that opens it after "of" or "in": "(MBRSC) of the UAE will
    provide" is "(MBRSC) will provide"."""
    for m in sentence.mentions:
        if start <= m.start and m.end <= end and m.entity.type in ("Country", "Place") \
                and re.fullmatch(r"(?:\s*\([A-Z][\w\-]{1,10}\))?\s+(?:of|in)\s+(?:the\s+)?", sentence.text[start:m.start]):
            return sentence.text[m.end:end]
    return sentence.text[start:end]


# A subject of a partner no list names and an organisation: "Toyota and JAXA are studying a rover".
PARTNERED_RE = re.compile(r"\s*(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s+(?:and|&)\s+(?:the\s+)?$")


def _partnered_subject(sentence: Sentence, at: int) -> list[Entity]:
    """The organisation of a clause's subject "PARTNER and ORG" that ends where its verb starts at ``at``."""
    start = clause_start(sentence, at)
    for m in sentence.mentions:
        if m.entity.type in ORG_LIKE and start <= m.start and not sentence.text[m.end:at].strip() \
                and PARTNERED_RE.fullmatch(sentence.text, start, m.start):
            return [m.entity]
    return []


# A named item and the organisation it belongs to, in apposition or a relative clause: "SLIM, a JAXA
# demonstrator, ...", "Canadarm3, which the CSA will contribute to the Gateway, ...".
NAMED_ITEM = r"(?P<item>[A-Z][\w\-]*(?:\s+[A-Z\d][\w\-]*){0,5})"
APPOSED_BEFORE_RE = re.compile(NAMED_ITEM + r",\s+(?:a|an|the)\s+$")
RELATIVE_BEFORE_RE = re.compile(NAMED_ITEM + r"(?:\s*\([A-Z][\w\-]{1,10}\))?,\s+(?:which|that)\s+(?:the\s+)?$")
RELATIVE_VERB_RE = re.compile(r"(?:\s*\([A-Z][\w\-]{1,10}\))?\s+(?:(?:will|would|is\s+to|are\s+to|plans?\s+to|"
                              r"intends?\s+to|has|have|had)\s+)?(?:\w+ly\s+)?(?:contribut|provid|buil[dt]|develop|suppl|"
                              r"deliver|operat|launch|design|prepar|fl[yi]|flown|establish|set\s+up|found|creat)\w*\b", re.I)
# "the Matroshka AstroRad Radiation Experiment (MARE) of the Israel Space Agency", "Rashid, the small lunar rover
# of the MBRSC": a named item, or one an apposition names, of the organisation after "of".
ITEM_HEAD_RE = re.compile(HARDWARE_RE.pattern + r"|\b(?:experiments?|missions?|satellites?|observator(?:y|ies)|"
                          r"telescopes?|stations?|centres?|centers?)\b", re.I)
OF_ORG_RE = re.compile(r"(?:(?<![\w\-])" + NAMED_ITEM + r"(?:\s*\([A-Z][\w\-]{1,10}\))?|" + NAMED_ITEM.replace("item", "named")
                       + r",\s+(?:the|a|an|its)\s+(?P<head>(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*))\s+of\s+(?:the\s+)?$")
# After the organisation, a partner in the same work: "... established together with ESA".
PARTNER_RE = re.compile(r"[^,;.]*?\b(?:together|jointly)\s+with\s+(?:the\s+)?")


def _named_items(ctx: Context, text: str, m) -> list[str]:
    """The named item an organisation mentioned at ``m`` owns: "SLIM, a JAXA demonstrator" (SLIM), "Canadarm3,
    which the CSA will contribute" (Canadarm3), "the MARE experiment of the Israel Space Agency"."""
    items: list[str] = []
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]
    if years and ctx.doc.year and max(years) < ctx.doc.year - 1:
        return items  # "In 2009 the Moon Mineralogy Mapper, a NASA instrument, ...": history, not work
    apposed = APPOSED_BEFORE_RE.search(text[:m.start])
    words = ATTRIBUTIVE_RE.match(text, m.end) if apposed else None
    if words and HARDWARE_RE.search(words.group(1)):
        items.append(apposed.group("item"))
    relative = RELATIVE_BEFORE_RE.search(text[:m.start])
    if relative and RELATIVE_VERB_RE.match(text, m.end):
        items.append(relative.group("item"))
    of = OF_ORG_RE.search(text[:m.start])
    if of and of.group("item") and ITEM_HEAD_RE.search(of.group("item").split()[-1]) and " " in of.group("item"):
        items.append(of.group("item"))
    elif of and of.group("named") and ITEM_HEAD_RE.search(of.group("head")):
        items.append(of.group("named"))
    return [item for item in items if (ctx.rec.gazetteer.lookup(item) is None
                                       or ctx.rec.gazetteer.lookup(item).type == "Technology")
            and not NOT_TECHNOLOGY_RE.search(item)]


VERB_AFTER_SUBJECT_RE = re.compile(r"\s+(?:is|are|was|were|will|would|has|have|had|can|could|may|might|should|must)\b")


def _hardware_of(text: str, start: int, end: int) -> list[str]:
    """The hardware an organisation named at ``start:end`` owns: "ESA's PROSPECT drill" (the drill),
    "an ISRO lander" (the ISRO lander)."""
    owned = POSSESSIVE_RE.match(text, end)
    obj = OBJECT_RE.match(text[owned.end():]) if owned else None
    item = VERB_AFTER_SUBJECT_RE.split(obj.group(1))[0] if obj else ""  # "ESA's Argonaut lander is foreseen ..."
    if HARDWARE_RE.search(item):
        return [item]
    words = ATTRIBUTIVE_RE.match(text, end) if re.search(r"\b(?:a|an)\s+$", text[:start]) else None
    head = ([None] + list(HARDWARE_RE.finditer(words.group(1))))[-1] if words else None  # "a KARI relay orbiter": the last
    return [f"{text[start:end]} {words.group(1)[:head.end()]}"] if words and head else []


def _list_subject(ctx: Context, sentence: Sentence, at: int) -> list[Entity]:
    """Who does the items of a list of work: the subject of the words before its colon ("ISECG's work plan
    names: ...", "The group's annual report lists several strands of work: ...")."""
    colon = sentence.text.rfind(":", 0, at)
    intro = sentence.text[:colon]
    if colon < 0 or not WORK_LIST_RE.search(intro):
        return []
    who = subjects(sentence, colon, fallback=False)
    return who or ([ctx.body] if ctx.body is not None and COLLECTIVE_RE.search(intro) else [])


def work_item(ctx: Context, name: str, evidence: Evidence, *, rule: str = "works-on-element"):
    """The known technology ``name`` names, else a new one in the reference data's technology scheme."""
    name = NOTE_AFTER.sub("", name).strip()  # "Radiation shielding ³": a table's label with its note's mark
    known = ctx.rec.gazetteer.lookup(name)
    if known is not None and known.type == "Technology":
        return known
    work = ctx.rec.define(name, "Technology", evidence, rule=rule, confidence=0.7, slug=iris.slugify(name))
    ctx.rec.fact(work.iri, "skos:inScheme", iris.entity(ctx.rec.base, "scheme", TECHNOLOGY_SCHEME), rule, 0.7,
                 evidence)
    # "In-situ resource utilisation: water extraction from polar regolith": a case of the known area it opens with,
    # so that who works on that area finds it
    area = ctx.rec.gazetteer.lookup(AREA_HEAD_RE.split(name, 1)[0])
    if area is not None and area.type == "Technology" and area.iri != work.iri:
        ctx.rec.fact(work.iri, "skos:broader", area.iri, rule, 0.7, evidence)
    return work


AREA_HEAD_RE = re.compile(r"\s*(?::|\s[–—-]\s|\()\s*")


# The lead of a piece of work, held by the subject: "is the lead agency for", "has the lead on", "took the lead in developing".
LEAD_ROLE = (r"(?:(?:is|was|are|were|will\s+be|has\s+been|acts\s+as|serves\s+as|remains)\s+(?:the\s+|a\s+)?(?:overall\s+)?"
             r"lead(?:\s+(?:agency|partner|organi[sz]ation))?|(?:has|had|took|takes|holds|held|assumed|assumes)\s+the\s+lead)"
             r"\s+(?:for|on|in|of)(?:\s+(?:developing|building|studying|designing|maturing|testing))?")
# What an agency did in the year a report covers: "NASA continued the Human Landing System and the VIPER
# rover", "JAXA, with industrial partners, worked on a pressurised rover and on the SLIM demonstrator",
# "ISRO continued development of Chandrayaan-3", "CNES and DLR jointly built the rover for ..."; not an item after a
# dash or a colon ("Roscosmos – advanced life support").
REPORTED_VERB_RE = re.compile(r"(?<![\w\-])(?<!\ban )(?<!\bthe )(?<!\ba )(?<!\bits )(?<![–—:] )(?:\w+ly\s+)?(?:(?:began|started)\s+(?:to\s+\w+|\w+ing)|"
                              r"continued(?:\s+(?:the\s+)?(?:development|work)\s+(?:of|on))?|"
                              r"progressed|advanced|prepared|built|worked\s+on|focused\s+on|concentrated\s+on|"
                              r"matured|tested|flew|launched|completed|designed|refreshed|revised|updated|"
                              r"presented|described|outlined|showcased|showed|exhibited|reported\s+on|"  # at a meeting: "NASA presented its lander"
                              # who leads or contributed a piece of work: "DLR is leading the power study", "ESA is the
                              # lead agency for the descent element", "ESA has the lead on surface power", "CNES
                              # contributed navigation receivers"
                              r"(?:is\s+|are\s+|was\s+|were\s+)?leading|led(?!\s+by\b)|contributed(?:\s+to)?|"
                              rf"{LEAD_ROLE})\s+", re.I)
# An object phrase ends at a clause's punctuation; a preposition ends it once it has a head and a modifier.
# After a verb, a phrase of means or agent is no object: "contributes through its studies of ...", "to be launched by the
# Space Launch System".
MEANS_RE = re.compile(r"\s*(?:through|via|by|with|under|from|as|at)\b", re.I)
STRONG_STOP_RE = re.compile(r"\s*(?:[,;.:(]|\s[—–-]\s)")
WEAK_STOP_RE = re.compile(r"\s+(?:for|to|in|within|which|that|as|with|from|under|through|via|by|on|at|so|since|"
                          r"before|after|following|during|while|would|will|first|issued|published|released)\b(?!-)")  # not "in-situ"
# Objects coordinated with a determiner each: "the Human Landing System and the VIPER polar rover".
COORDINATED_RE = re.compile(r"\s+and\s+(?:(?:on|in|with)\s+(?:(?:the|a|an|its|their)\s+)?|(?:the|a|an|its|their)\s+)")
# A named project: "Chandrayaan-3", "Canadarm3", "VIPER".
PROJECT_RE = re.compile(r"^(?:[A-Z][\w\-]*\d[\w\-]*|[A-Z]{3,}[\w\-]*)$")
# Head nouns of technology areas, beside hardware: "space resources", "dust mitigation".
AREA_RE = re.compile(r"\b(?:resources|utili[sz]ation|mitigation|management|communications?|navigation|mobility|"
                     r"protection|robotics|autonomy|extraction|processing|prospecting|excavation|storage|transfer|"
                     r"survival|shielding|recovery|cells?|batter(?:y|ies)|propellants?|production|manufacturing|"
                     r"construction|refuel(?:l)?ing|docking|sensors?|sensing|cryocoolers?|thrusters?|engines?|"
                     r"manipulators?|arms?|recycling|regeneration|filtration|insulation|sampling|drilling|"
                     r"relays?|antennas?|materials?|health|medicine|countermeasures?|airlocks?|tools?|capabilit(?:y|ies)|"
                     r"sample\s+return)\b",
                     re.I)
# A list of agencies' work: "NASA – cryogenic fluid management; ESA – extraction of oxygen ...".
DASH_ITEM_RE = re.compile(r"(?:^|[:;]\s*)(?P<who>[^:;–—]{2,80}?)\s+[–—]\s+(?P<what>[^;:–—]+?)\s*(?=;|\.?$)")
WORK_CONTEXT_RE = re.compile(r"\b(?:technolog\w*|work|activit\w+|contributions?|capabilit\w+|developments?|"
                             r"programmes?|programs?|projects?|elements?)\b", re.I)


def reported_work(ctx: Context, state: State, sentence: Sentence) -> None:
    """Work a report says agencies did, with a verb of its year ("ESA progressed the European Large
    Logistic Lander", "ISRO continued development of Chandrayaan-3"), and lists of agencies' work, one
    "AGENCY – work" item after another, under a heading or an introduction about work."""
    if sentence.line is state.work_row:
        return  # a technology table's row: its work is read
    text, evidence = sentence.text, None
    for verb in REPORTED_VERB_RE.finditer(text):
        who = subjects(sentence, verb.start(), fallback=False)
        if not who:
            continue
        for item in _objects(ctx, text[verb.end():]):
            evidence = evidence or sentence.evidence()
            _works_on(ctx, _bodies(ctx, who), item, "reported-work", evidence)
    _dash_items(ctx, sentence)
    _topic_items(ctx, sentence)
    colon_items(ctx, sentence)
    _section_topic(ctx, sentence)
    _passive_work(ctx, sentence)
    _lead_after(ctx, sentence)
    _contributions_of(ctx, sentence)
    _relative_work(ctx, sentence)
    _engaged_work(ctx, sentence)
    _owned_work(ctx, sentence)
    _gapped_work(ctx, sentence)
    _bracketed_items(ctx, sentence)
    _intro_items(ctx, sentence)
    _field_block(ctx, sentence)
    _topic_agencies_line(ctx, sentence)
    _agencies_under_topic(ctx, sentence)
    _priorities(ctx, sentence)
    _work_frames(ctx, sentence)
    _shared_lead(ctx, sentence)
    _row_agency_work(ctx, sentence)
    _topic_work(ctx, state, sentence)


# Work told with the body as owner or lead rather than as a verb's subject; (?P<agents>) is where the bodies stand,
# (?P<work>) the work, or (?P<items>) a list of it: "A pressurised rover was JAXA's main activity", "Space resources
# were the subject of LSA's work", "At ESA, the focus was precision landing", "Two lines of work were reported by NASA:
# X and Y", "For ISRU, CSA and NASA are in the lead", "Closed-loop life support: the lead is shared by ESA and NASA".
_OWN = r"(?P<agents>[^,;:.]{2,60}?)(?:'s|’s)"
WORK_FRAMES = [re.compile(p, re.I) for p in (
    rf"^(?P<work>[^;:]{{3,90}}?),?\s+(?:is|are|was|were|remains?|remained)\s+(?:the\s+)?{_OWN}\s+"
    r"(?:(?:main|chief|principal|primary|major|own)\s+)?"
    r"(?:activity|activities|focus|work|priority|priorities|project|contribution|field|area|domain|speciality|specialty|"
    r"responsibility|remit|preserve)\b",  # "Dexterous robotics for deep space is the Canadian Space Agency's field"
    rf"^(?P<work>[^;:]{{3,90}}?),?\s+(?:is|are|was|were)\s+the\s+(?:subject|focus|object|topic)\s+of\s+{_OWN}\s+"
    r"(?:work|activities|research|efforts|studies)\b",
    # "Protecting crews against radiation is the subject of work at DLR and at ASI", "Teleoperated rovers are under
    # study at ASI", "ISRU again involves ESA and NASA"
    r"^(?P<work>[^;:]{3,120}?),?\s+(?:is|are|was|were|remains?|remained)\s+(?:now\s+|also\s+|still\s+)?"
    r"(?:the\s+)?(?:(?:subject|focus|object|topic)\s+of\s+(?:\w+\s+)?(?:work|activities|research|efforts|studies|"
    r"development)|under\s+(?:study|development|investigation))\s+(?:at|by|in)\s+(?P<agents>[^;.]{2,90})",
    r"^(?P<work>[^;:]{3,120}?),?\s+(?:again\s+|also\s+|mainly\s+|chiefly\s+)?(?:involves|involved|engages|engaged)\s+"
    r"(?P<agents>[^;.]{2,90})",
    r"^At\s+(?P<agents>[^,]{2,60}),\s+the\s+(?:main\s+)?(?:focus|priority|emphasis)\s+(?:was|is|lay\s+on|lies\s+on)\s+"
    r"(?P<work>[^;.]{3,90}?)(?=,|;|\.|$)",
    r"\b(?:lines\s+of\s+work|activities|projects|areas\s+of\s+work)\s+(?:was|were)\s+reported\s+by\s+"
    r"(?P<agents>[^:]{2,60}):\s+(?P<items>[^.;]{3,160})",
    # "For ISRU, CSA and NASA are in the lead", "..., ESA and NASA are co-leads", "..., KARI is the lead agency"
    r"^For\s+(?P<work>[^,]{3,90}),\s+(?P<agents>[^,;.]{2,60}?)\s+(?:is|are|was|were)\s+(?:in\s+the\s+lead\b|"
    r"(?:the\s+|a\s+)?(?:co-?)?(?:leads?|leaders?|lead\s+(?:agenc(?:y|ies)|partners?))\b)",
    # "Fission surface power remains a NASA-led effort", "Dust mitigation is a KARI-led activity"
    r"^(?P<work>[^;:]{3,90}?),?\s+(?:is|are|was|were|remains?|remained)\s+(?:an?|the)\s+(?:\w+\s+)?"
    r"(?P<agents>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,4}?)[\-–](?:co-?)?(?:led|funded|sponsored)\s+"
    r"(?:efforts?|activit(?:y|ies)|work|programmes?|programs?|projects?|developments?|stud(?:y|ies)|initiatives?)\b",
    r"(?:^|:\s+)(?P<work>[^:;.]{3,90}):\s+the\s+lead\s+is\s+(?:shared\s+by|held\s+by|with)\s+(?P<agents>[^;.]{2,60})",
    # "JAXA's main contribution is a pressurised rover", "MBRSC's contribution, an airlock module, was announced"
    rf"^(?:[{FOOTNOTE_MARKS}]\s*)?{_OWN}\s+(?:(?:main|chief|principal|primary|major|key|own|planned|"
    r"largest)\s+)?(?:contributions?|focus|priority|priorities|activity|activities|project|projects)"
    r"(?:\s+(?:is|are|was|were|will\s+be|remains?)\s+|,\s+)(?P<work>[^;.]{3,90}?)(?=,|;|\.|$)",
    # "The lead agency for dust mitigation is ESA"
    r"^(?:the\s+)?(?:lead|leading|responsible|main)\s+(?:agency|agencies|organi[sz]ations?|partners?|bod(?:y|ies))\s+"
    r"(?:for|on|in)\s+(?P<work>[^;:,]{3,90}?)\s+(?:is|are|was|were)\s+(?:the\s+)?(?P<agents>[^;.]{2,90})",
    # "In ISRU, activity is reported by NASA, ESA and LSA"
    r"^(?:In|For|On)\s+(?P<work>[^,]{3,80}),\s+(?:\w+\s+)?(?:activity|activities|work|research|development|efforts?)\s+"
    r"(?:is|are|was|were|has\s+been)\s+(?:reported|under\s*way|ongoing|in\s+progress|carried\s+out|conducted|performed|"
    r"pursued|led)\s+(?:by|at|in|within)\s+(?:the\s+)?(?P<agents>[^;.]{2,90})",
    # "Work on regenerative fuel cells is under way at JAXA and DLR"
    r"^(?:(?:the|further|some|much|ongoing|current|\w+\s+)\s*)?(?:work|research|activit(?:y|ies)|development|studies|efforts?)"
    r"\s+(?:on|in|of|into|towards)\s+(?:the\s+)?(?P<work>[^;:]{3,90}?)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:now\s+|also\s+)?(?:under\s*way|ongoing|in\s+progress|continuing|progressing|led|reported|conducted|carried\s+out|"
    r"performed|pursued|done|funded)\s+(?:at|by|in|within)\s+(?:the\s+)?(?P<agents>[^;.]{2,90})")]


# A lead shared with a partner: "NASA shares the lead on ISRU with LSA, and on Mars entry, descent and landing with
# CNES": the partner (and the subject) work on each.
SHARED_LEAD_RE = re.compile(r"\b(?:shares?|shared|sharing)\s+(?:the\s+|its\s+)?(?:lead|leadership|responsibility|work)\s+")
SHARED_ITEM_RE = re.compile(r"(?:,?\s*(?:and\s+)?)(?:on|for|in|of)\s+(?P<work>[^;.]{3,80}?)\s+with\s+(?:the\s+)?"
                            r"(?P<agents>[^,;.]{2,60}?)(?=,|;|\.|$)")


def _shared_lead(ctx: Context, sentence: Sentence) -> None:
    """SHARED_LEAD_RE: each item after "on" is worked on by the bodies after its "with" and by the subject."""
    text = sentence.text
    lead = SHARED_LEAD_RE.search(text)
    if lead is None:
        return
    who = subjects(sentence, lead.start(), fallback=False)
    at, evidence = lead.end(), None
    while (m := SHARED_ITEM_RE.match(text, at)) is not None:
        at = m.end()
        work = m.group("work").strip()
        agents = [n.entity for n in sentence.mentions if n.entity.type in ORG_LIKE
                  and m.start("agents") <= n.start < m.end("agents")]
        if not agents or not _technology_like(work) or any(o.entity.type in ORG_LIKE
                                                            for o in ctx.rec.gazetteer.find(work)):
            continue
        evidence = evidence or sentence.evidence()
        _works_on(ctx, _bodies(ctx, agents + who), work, "shared-lead", evidence)


# In a table row of one agency and what it reported, the row's agency is who "the agency's study of" and "continues to
# work on" speak of: "| JAXA | ... The agency's study of a pressurised rover with Toyota is ongoing. |", "| CSA | Canada
# continues to work on Canadarm3, its contribution to Gateway. |".
ROW_WORK_RE = re.compile(r"\b(?:(?:the|this)\s+agency(?:'s|’s)\s+(?:study|studies|work|development|design)\s+(?:of|on)|"
                         r"(?:continues?|continued|began|keeps?|kept)\s+(?:to\s+)?(?:work|working)\s+on)\s+"
                         r"(?:a|an|the|its)?\s*(?P<item>[^,;.()]{3,60}?)(?=\s+(?:with|is|are|was|were|for|to|as)\b|[,;.(]|$)",
                         re.I)


def _row_agency_work(ctx: Context, sentence: Sentence) -> None:
    """ROW_WORK_RE in a Markdown table row whose first cell is one agency."""
    line = sentence.line.text
    if not line.startswith("|") or not ROW_WORK_RE.search(sentence.text):
        return
    agency = ctx.rec.gazetteer.lookup(line.strip("|").split("|")[0].strip())
    if agency is None or agency.type not in ORG_LIKE:
        return
    evidence = None
    for m in ROW_WORK_RE.finditer(sentence.text):
        item = m.group("item").strip()
        if _a_work_item(ctx, item):
            evidence = evidence or sentence.evidence()
            _works_on(ctx, [agency], item, "row-work", evidence)


def _work_frames(ctx: Context, sentence: Sentence) -> None:
    """Work in one of WORK_FRAMES: each body of the agents' part works on each item of the work part."""
    text, evidence = sentence.text, None
    for frame in WORK_FRAMES:
        m = frame.search(text)
        if m is None:
            continue
        agents = [n.entity for n in sentence.mentions if n.entity.type in ORG_LIKE
                  and m.start("agents") <= n.start < m.end("agents")] \
            or [e for e in (ctx.rec.gazetteer.lookup(m.group("agents")),) if e is not None and e.type in ORG_LIKE]
        listed = "items" in frame.groupindex  # (a name joined to "-led" is no mention: looked up whole)
        work = re.split(r",\s+(?:that\s+is|i\.e\.|namely|or)\s+", m.group("items" if listed else "work"))[-1]
        work = re.sub(r"^(?:the|a|an|its|their)\s+", "", work.strip(" ,"), flags=re.I)  # "X, that is ISRU (ISRU)"
        items = [_trimmed(i) for i in (LIST_SPLIT_RE.split(work) if listed else [work]) if i]
        if not agents or not all(_a_work_item(ctx, i) for i in items):
            continue
        evidence = evidence or sentence.evidence()
        for item in items:
            _works_on(ctx, _bodies(ctx, agents), item, "work-frame", evidence)


def _a_work_item(ctx: Context, item: str) -> bool:
    """Hardware, an area or a project of a few words, no other known thing: "four themes" is none."""
    known = ctx.rec.gazetteer.lookup(item)
    return len(item.split()) <= 8 and (known is None or known.type == "Technology") \
        and bool(HARDWARE_RE.search(item) or AREA_RE.search(item) or PROJECT_RE.match(item)
                 or re.match(r"[A-Z][a-z]{3,}ing\s+[a-z]", item) and not NOT_TECHNOLOGY_RE.search(item))
    # an activity told by a gerund: "Protecting crews against radiation"


# A paragraph opening with a coded item ("CT-1, cryogenic fluid management. Keeping propellants ... Only JAXA and NASA
# reported work on it."), and the words that say bodies work on "it".
TOPIC_LEAD_RE = re.compile(r"^(?P<code>[A-Z]{1,4}-\d{1,2})\s*[,:–—-]\s*(?P<name>[^.;:]{3,70})\.\s*$")
IT_WORK_RE = re.compile(r"\b(?:work(?:s|ed|ing)?\s+on\s+(?:it|this|them)|work\s+(?:on\s+(?:it|this)\s+)?under\s+way|"
                        r"(?:address|pursu|stud)(?:y|ies|ied|ing|es|ed)?\s+it)\b", re.I)


def _topic_work(ctx: Context, state: State, sentence: Sentence) -> None:
    """The bodies a sentence says work on "it", in a paragraph that opens with a coded item (TOPIC_LEAD_RE)."""
    lead = TOPIC_LEAD_RE.match(sentence.text) if sentence.offset == sentence.line.offset else None
    if lead:
        state.topic = (sentence.line, f"{lead.group('name').strip()} ({lead.group('code')})")
        return
    if state.topic is None or state.topic[0] is not sentence.line or not IT_WORK_RE.search(sentence.text):
        return
    agents = [m.entity for m in sentence.mentions if m.entity.type in ORG_LIKE]
    if agents:
        evidence = sentence.evidence()
        _works_on(ctx, _bodies(ctx, agents), state.topic[1], "topic-work", evidence)


def _trimmed(item: str) -> str:
    """A work item without what qualifies it after its head ("pressurised lunar rover powered by fuel cells")."""
    weak = next((m for m in WEAK_STOP_RE.finditer(item) if len(item[:m.start()].split()) >= 2), None)
    return re.sub(r"\s+\w+ed$", "", item[:weak.start()] if weak else item)


# A body's topics of a year, listed after a copula: "The group's 2027 priorities were X, Y and Z", "Priority
# topics in 2026 were X and Y" (the section's group), "Its focus areas for 2030 are X, Y".
PRIORITIES_RE = re.compile(r"\b(?:(?:19|20)\d\d\s+)?(?:[Pp]riorit(?:y|ies)(?:\s+(?:topics|areas|themes))?|[Ff]ocus\s+areas|"
                           r"[Kk]ey\s+topics|[Ww]ork\s+(?:items|topics|areas)|[Tt]asks)(?:\s+(?:in|for)\s+(?:19|20)\d\d)?(?:\s+(?:were|are|included|include|comprised)"
                           r"(?:\s*:)?\s+|\s*:\s+)")  # "Its 2018 priorities were: a; b", "the group's priorities for 2021: a, b"
LIST_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
MAX_PRIORITY_WORDS = 6


def _priorities(ctx: Context, sentence: Sentence) -> None:
    """The topics a body gave priority to, each a work item of it (a working group's are its body's)."""
    text = sentence.text
    m = PRIORITIES_RE.search(text)
    if m is None or not re.search(r"(?:19|20)\d\d", m.group()):
        return  # a year makes it work done: "priorities are set by consensus" is no list of work
    owner = next((o.entity for o in sentence.mentions if o.entity.type in ORG_LIKE
                  and re.fullmatch(r"(?:'s|’s)\s+", text[o.end:m.start()])), None)
    who = [owner] if owner else subjects(sentence, m.start())
    listed = m.group().rstrip().endswith(":")  # after a colon the items may be parted by semicolons
    rest = re.split(r"[.:(]" if listed else r"[.;:(]", text[m.end():], maxsplit=1)[0]
    items = [item.strip(" ,") for part in rest.split(";") for item in LIST_SPLIT_RE.split(part)]
    items = [item for item in items if item and len(item.split()) <= MAX_PRIORITY_WORDS
             and (HARDWARE_RE.search(item) or AREA_RE.search(item))]
    if not who or not items:
        return
    evidence = sentence.evidence()
    for item in items:
        _works_on(ctx, _bodies(ctx, who), item, "priorities", evidence)


def _objects(ctx: Context, rest: str) -> list[str]:
    """The work items a verb's object names: each coordinated phrase, without its determiner, that is
    hardware, a technology area or a named project, and no other known thing (a document, an agency)."""
    if MEANS_RE.match(rest):
        return []
    owner = re.match(r"(?:the\s+)?\S+?(?:'s|’s)\s+", rest)
    strong = STRONG_STOP_RE.search(rest)
    phrase = rest[:strong.start()] if strong else rest
    items = []
    for part in COORDINATED_RE.split(phrase):
        if OWNED_WORK_RE.match(part.strip()):
            continue  # "presented its work on X": _owned_work reads X
        part = re.sub(r"^(?:(?:on|in|to)\s+)?(?:the|a|an|its|their)\s+", "", part.strip())
        part = re.sub(r"^(?:(?:technical\s+)?work|research|stud(?:y|ies)|development|feasibility|expertise|experience)\s+"
                      r"(?:on|in|into|of)\s+(?:the\s+|an?\s+)?", "", part)  # "presented studies of a small rover": the rover
        weak = next((m for m in WEAK_STOP_RE.finditer(part) if len(part[:m.start()].split()) >= 2), None)
        item = part[:weak.start()] if weak else part
        if len(item.split()) >= 3:  # "rover prototypes tested in ...", "communication drawn from ...": no participle
            item = re.sub(r"\s+(?:[a-z]+ed|drawn|built|made|flown|shown|grown)$", "", item)
        if len(item.split()) > 8 or len(item) < 3 or owner and part is phrase and owner.end() > len(item):
            continue
        known = ctx.rec.gazetteer.lookup(item)
        if known is not None and known.type != "Technology" or DOCUMENT_HEAD_RE.search(item) \
                or NOT_TECHNOLOGY_RE.search(item):
            continue  # "the meeting on surface power"
        if HARDWARE_RE.search(item) or AREA_RE.search(item) or PROJECT_RE.match(item) \
                or re.match(r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)+$", item) \
                or re.search(r"\S\s+(?:research|studies|development)$", item):  # "regolith-to-oxygen research"
            items.append(item)
    return items


def _dash_items(ctx: Context, sentence: Sentence) -> None:
    """"NASA – cryogenic fluid management and fission surface power; ESA – ...": each item's agencies
    (the whole of the text before its dash) work on what follows the dash, when the list is about work."""
    text = sentence.text
    if "–" not in text and "—" not in text:
        return
    evidence = None
    for m in DASH_ITEM_RE.finditer(_items_parted(sentence)):
        found = [f for f in ctx.rec.gazetteer.find(m.group("who"))]
        agencies = [f.entity for f in found if f.entity.type in ORG_LIKE]
        covered = "".join(m.group("who")[f.start:f.end] for f in found)
        names = re.sub(r"^[^\w(]+|[\s,()&]|\band\b", "", m.group("who"))  # (a list item's marker aside: "- ESA – ...")
        if not agencies or len(re.sub(r"[\s,()&]", "", covered)) < len(names) or not _about_work(ctx, sentence, m.start()):
            continue  # the text before the dash is agencies and nothing else ("Naoki Sato – JAXA" is a person's)
        what = " ".join(m.group("what").split())
        known = ctx.rec.gazetteer.lookup(what)
        if known is not None and known.type != "Technology" or len(what.split()) > MAX_DASH_ITEM_WORDS:
            continue  # "ESA – European Space Agency": a glossary
        evidence = evidence or sentence.evidence()
        what = re.sub(r"^(?:the|a|an)\s+", "", re.split(r",\s+(?:studied|developed|built|with|as|the|a|an)\b", what)[0])
        parts = re.split(r"\s+and\s+", what)  # "cryogenic fluid management and fission surface power": two
        items = parts if len(parts) == 2 and all(len(p.split()) >= 2 for p in parts) else [what]
        for item in items:
            _works_on(ctx, {a.iri: a for a in agencies}.values(), item, "reported-work", evidence)


MAX_DASH_ITEM_WORDS = 20
DASH_AFTER_RE = re.compile(r"\s+[–—]\s+")
AGENCIES_JOINED_RE = re.compile(r"\s*(?:,|and|&|,\s*and)\s+(?:the\s+)?")


def _items_parted(sentence: Sentence) -> str:
    """The text with a ";" (for the space) before each "AGENCY –" that opens an item of a list the page text ran
    together ("NASA – propulsion; habitation ESA – landing technologies JAXA – ..."), when two or more do."""
    text = sentence.text
    orgs = [m for m in sentence.mentions if m.entity.type in ORG_LIKE]
    opens = []
    for i, m in enumerate(orgs):
        if DASH_AFTER_RE.match(text, m.end):
            first = i  # "NASA and ESA – ...": the item opens at the first agency of the run
            while first and AGENCIES_JOINED_RE.fullmatch(text, orgs[first - 1].end, orgs[first].start):
                first -= 1
            opens.append(orgs[first].start)
    if len(opens) < 2:
        return text
    for at in opens:
        if at and text[at - 1] == " " and not re.search(r"[:;]\s*$", text[:at]):
            text = f"{text[:at - 1]};{text[at:]}"
    return text
# What a working group's report does is a document's work, not hardware: "completed the Scenario Update".
DOCUMENT_HEAD_RE = re.compile(r"\b(?:Update|Report|Roadmap|Paper|Supplement|Strategy|Framework|Plan)$")


# Words that make a phrase no piece of work but a share of some or none: "any capability", "three of the eight
# capabilities", "without leading any capability".
NO_ITEM_RE = re.compile(r"^(?:(?:any|some|all|no|none|each|every|both|several|many|most|few|without)\b|"
                        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\b)", re.I)


def _works_on(ctx: Context, agents: Iterable[Entity], item: str, rule: str, evidence: Evidence) -> None:
    """Each of ``agents`` (the bodies already credited: see _bodies) works on ``item``, as ``evidence`` states; not a
    share of work (NO_ITEM_RE), a body ("the ISECG Secretariat") nor, unless a known technology, a gathering, a
    document or a group (NOT_TECHNOLOGY_RE: "Exploration Capability Roadmap Note")."""
    known = ctx.rec.gazetteer.lookup(item.strip())
    if NO_ITEM_RE.match(item.strip()) or known is not None and known.type in ORG_LIKE \
            or known is None and NOT_TECHNOLOGY_RE.search(item):
        return
    work = work_item(ctx, item, evidence)
    for agent in agents:
        ctx.rec.fact(agent.iri, "isecg:worksOn", work.iri, rule, 0.7, evidence)


def _bodies(ctx: Context, who: list[Entity]) -> list[Entity]:
    """Who a report credits: a working group or team of the document's body works for that body (the
    Technology Working Group's assessment is the body's)."""
    body = ctx.body
    return list({(body if body is not None and agent.type in ("WorkingGroup", "Team") else agent).iri:
                 (body if body is not None and agent.type in ("WorkingGroup", "Team") else agent)
                 for agent in who}.values())


def _about_work(ctx: Context, sentence: Sentence, at: int) -> bool:
    """Whether a list's introduction (its sentence before the item) or the heading above it is about work."""
    if WORK_CONTEXT_RE.search(sentence.text[:at]):
        return True
    lines = ctx.text.lines
    index = next((i for i, line in enumerate(lines) if line is sentence.line), 0)
    heading = next((line for line in reversed(lines[:index + 1]) if line.heading), None)
    return heading is not None and WORK_CONTEXT_RE.search(heading.text) is not None


# A list of areas, each with the agencies working on it: "T1 In-situ resource utilisation — ASA, CSA and NASA",
# "Cryogenic fluid management – only three agencies: ESA, JAXA and NASA".
# An item ends at a semicolon when another item follows ("surface power – NASA and UKSA; pressurised mobility –
# JAXA alone"), else at the sentence's end ("Surface power — NASA and JAXA; also CNES and UKSA.").
TOPIC_ITEM_RE = re.compile(r"(?:^|(?<=[.;:]\s))(?P<topic>[^—–:;.]{3,120}?)\s+[–—]\s+(?P<who>[^—–]+?)\s*"
                           r"(?=;[^;—–]+[—–]|\.\s|\.?$)")
# A matrix of marks as the ingester writes a row: "label ✓ lead — ✓: NASA; lead: CSA", each mark with its columns.
TOLD_NAME_RE = re.compile(r"(?:^|;)\s*([^;:\s]{1,12}):\s")
ITEM_CODE_RE = re.compile(r"^(?:[A-Z]{1,3}[\-.]?\d{1,2}|\d{1,2})[.)]?\s+")  # "T1", "CT-3", "4.", "2)"
MAX_TOPIC_WORDS = 10  # "autonomous robotics for assembly and servicing in lunar orbit — CSA"
MAX_WORDS_BEFORE_AGENCIES = 4  # "only three agencies: ESA, JAXA and NASA"
# Before an organisation a list names as not working on the topic: "one organisation outside ISECG".
NOT_AGENT_BEFORE_RE = re.compile(r"\b(?:outside|beyond|except|excluding|than|not|non-)\s+(?:the\s+)?$", re.I)


def _topic_items(ctx: Context, sentence: Sentence) -> None:
    """"TOPIC — AGENCY, AGENCY and AGENCY": the agencies (the text after the dash starts with them) work on
    the topic before it (an area of technology or hardware, no organisation), when the list is about work."""
    text = sentence.text
    if "–" not in text and "—" not in text:
        return
    evidence = None
    for m in TOPIC_ITEM_RE.finditer(re.sub(r"\b([ie])\.([eg])\.", r"\1_\2_", text)):  # "i.e." ends no sentence
        topic = ITEM_CODE_RE.sub("", text[m.start("topic"):m.end("topic")].strip())
        topic = re.split(r",\s+(?:i\.e\.|e\.g\.|that\s+is|namely)\s+", topic)[0]  # "ISRU, i.e. extracting oxygen"
        told = {name.strip() for name in TOLD_NAME_RE.findall(m.group("who"))}
        while topic.split() and topic.split()[-1] in told:  # "Dust mitigation X ✓ — X: NASA; ✓: KARI": the marks
            topic = topic.rsplit(None, 1)[0]
        if len(re.sub(r"\([^()]*\)", "", topic).split()) > MAX_TOPIC_WORDS or not _technology_like(topic) \
                or any(o.entity.type in ORG_LIKE for o in ctx.rec.gazetteer.find(topic)):
            continue
        agents = _agents(ctx, sentence, m.start("who"), m.end("who"))
        lead = text[m.start("who"):agents[0][0]] if agents else ""  # "only three agencies:", not "Michael Tran,"
        if not agents or len(lead.split()) > MAX_WORDS_BEFORE_AGENCIES or re.search(r"\b[A-Z][a-z]", lead) \
                or not (_about_work(ctx, sentence, m.start()) or ACTIVE_RE.search(_introduction(ctx, sentence.line))):
            continue
        evidence = evidence or sentence.evidence()
        _works_on(ctx, (agent for _, agent in agents), topic, "topic-list", evidence)


def _introduction(ctx: Context, line) -> str:
    """The line introducing the list ``line`` is in: the nearest line above ending with a colon, or a heading."""
    lines = ctx.text.lines
    at = ctx.text.position(line) or 0
    return next((above.text for above in reversed(lines[max(0, at - 8):at])
                 if above.text.rstrip().endswith(":") or above.heading), "")


def _agents(ctx: Context, sentence: Sentence, start: int, end: int) -> list[tuple[int, Entity]]:
    """The organisations named in ``sentence.text[start:end]`` as doing something (not the document's body,
    nor one named as outside it), with where each starts."""
    found: dict[str, tuple[int, Entity]] = {}
    for m in sentence.mentions:
        if start <= m.start < end and m.entity.type in ORG_LIKE and m.entity is not ctx.body \
                and not NOT_AGENT_BEFORE_RE.search(sentence.text[:m.start]) \
                and not re.match(r"['’]", sentence.text[m.end:]):
            found.setdefault(m.entity.iri, (m.start, m.entity))
    return list(found.values())


# Work told in the passive, its agencies after "by": "Low-light mobility and navigation is being addressed by CSA,
# NASA and JAXA", "Closed-loop life support is led jointly by NASA and ESA, and surface power by JAXA".
PASSIVE_WORK_RE = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:being\s+)?"
                             r"(?:\w+ly\s+)?(?:co-?)?(?:pursued|addressed|developed|studied|tackled|investigated|led|built|"
                             r"provided|supplied|funded|explored|matured|tested|designed|demonstrated|worked\s+on|"
                             r"begun|started|launched|opened|updated|refreshed|revised|advanced|researched|prototyped|"
                             r"examined|analy[sz]ed|assessed|evaluated|prepared|championed|coordinated|sponsored|"
                             r"financed|undertaken|conducted|carried\s+out|performed|spearheaded|headed|driven|"
                             r"implemented|qualified|validated|progressed|taken\s+forward|taken\s+up)"
                             r"\s+(?:\w+ly\s+)?(?:by|at)\s+(?:the\s+)?(?:(?:\w+\s+)?(?:agencies|partners|organi[sz]ations|members)"
                             r"\s*[:,—–]?\s*(?:the\s+)?)?$", re.I)  # "... by three agencies: NASA, ESA and JAXA"
# Work named as a noun and its doers after "by": "Investments in surface mobility by KARI", "work on ISRU by NASA", "a
# study on polar volatiles, led jointly by NASA and JAXA".
NOMINAL_BY_RE = re.compile(r"\b(?:investments?|investing|work|research|development|developments|studies|study|activit(?:y|ies)|"
                           r"efforts?|funding|demonstrations?|tests?|testing|maturation|progress|advances)\s+"
                           r"(?:in|on|of|into|towards?)\s+(?:the\s+)?(?P<topic>[^,;:()]{3,80}?)(?:,\s+(?:\w+ly\s+)?"
                           r"(?:led|conducted|coordinated|headed|undertaken|carried\s+out)\s+(?:\w+ly\s+)?|\s+)"
                           r"by\s+(?:the\s+)?$", re.I)
# A study's frame around what it studies: "(the) study on regolith sintering", "research into dust".
STUDY_FRAME_RE = re.compile(r"^(?:(?:joint|new|first)\s+)?(?:study|studies|research|work|investigation)\s+(?:on|of|into)\s+"
                            r"(?:the\s+)?", re.I)
# "..., and surface power by JAXA", "..., dust mitigation by ESA, and ..."
GAPPED_RE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<topic>[^,;:]{3,80}?)\s+by\s+(?:the\s+)?$")
CLAUSE_OPENER_RE = re.compile(r"^(?:(?:finally|also|meanwhile|moreover|further(?:more)?|in\s+addition|"
                              r"in\s+(?:19|20)\d\d),\s+)", re.I)
# "In volatile analysis, the active agencies are ESA, NASA", "For radiation protection the leads are DLR and ESA".
TOPIC_AGENCIES_RE = re.compile(r"(?:^|[.;]\s+)(?:In|For|On)\s+(?P<topic>[^,]{3,80}?)(?:,[^,]{3,80},)?,?\s+the\s+(?:(?:active|leading|"
                               r"lead|main|responsible|participating|contributing)\s+)?(?:agencies|leads|partners|"
                               r"contributors)\s+(?:are|were)\s+$")
NOT_TECHNOLOGY_RE = re.compile(r"\b(?:meeting|session|workshop|report|paper|document|chapter|delegation|group|team|organi[sz]ation|"
                               r"secretariat|headquarters|space\s+cent(?:re|er)|"
                               r"minutes|text|event|visit|discussion|review|agenda|editorial|draft\w*|supplement|roadmap|"
                               r"edition|strategy|results|findings|overview|summary|outreach|(?:chair|leadership)\s+change)|"
                               # a product of the group's own work: "(the) update of the gap list", "its plan to refresh
                               # the assessment", "the list of critical technologies"
                               r"^\W*(?:(?:an?|the|its|their)\s+)?(?:(?:updated|new|revised|first)\s+)?"
                               r"(?:(?:lists?|updates?)\s+of|plans?\s+to)\b", re.I)


def _passive_work(ctx: Context, sentence: Sentence) -> None:
    """What the organisations after a passive work verb and "by" work on: its subject, a technology ("by the
    group": the group of the section, or the document's body)."""
    text, evidence = sentence.text, None
    collective = re.search(PASSIVE_WORK_RE.pattern.rstrip("$") + r"(?:its\s+)?(?:group|members|agencies)\b", text, re.I)
    owner = sentence.owner or ctx.body
    if collective and owner is not None:
        topic = _clause_subject(text[:collective.start()])
        if topic and len(topic.split()) <= MAX_TOPIC_WORDS + 4 and _technology_like(topic):
            evidence = sentence.evidence()
            _works_on(ctx, _bodies(ctx, [owner]), topic, "passive-work", evidence)
    topic, previous, studied = None, None, None
    for m in sentence.mentions:
        if m.entity.type not in ORG_LIKE or m.entity is ctx.body:
            continue
        before = text[:m.start]
        passive = PASSIVE_WORK_RE.search(before)
        listed = TOPIC_AGENCIES_RE.search(before)
        gapped = GAPPED_RE.search(before) if topic else None
        nominal = NOMINAL_BY_RE.search(before)
        supplied = SUPPLIED_BY_RE.search(before) if passive else None
        if supplied and HARDWARE_RE.search(supplied.group(1)):
            topic = None  # "the vehicle's propulsion module is provided by JAXA": technology_work reads it
        elif passive:
            topic = _clause_subject(before[:passive.start()])
            topic = STUDY_FRAME_RE.sub("", topic) if topic else topic
        elif listed:
            topic = listed.group("topic")
        elif gapped:
            topic = gapped.group("topic")
        elif nominal:
            topic = re.sub(r"^(?:the|a|an)\s+", "", nominal.group("topic"))
            studied = STUDIED_RE.search(before[:nominal.start("topic")])  # a study's topic: work whatever its words
        elif not (topic and previous and re.fullmatch(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|and|,\s*and)\s+(?:(?:by|the)\s+)?(?:[A-Z]\w+['’]s\s+)?",
                                                      text[previous.end:m.start])):
            topic = None  # the agencies after one "by" go on while they are joined: "by NASA, ESA and Germany's DLR"
        previous = m
        if not topic or len(topic.split()) > MAX_TOPIC_WORDS + 4 or NOT_TECHNOLOGY_RE.search(topic) \
                or not (_technology_like(topic) or studied) \
                or any(o.entity.type in ORG_LIKE for o in ctx.rec.gazetteer.find(topic)):
            continue
        evidence = evidence or sentence.evidence()
        _works_on(ctx, _bodies(ctx, [m.entity]), topic, "passive-work", evidence)  # a working group's work is its body's


# Who leads a piece of work, told after it: "the cargo lander study (lead: ESA)", "Cargo lander — lead agency: ESA",
# "Lunar communications relay: led by ASI", "the lander study, under the leadership of ESA" (the subject's "under
# ESA's lead" is read with the name: LEAD_OWNED_RE).
LEAD_AFTER_RE = re.compile(r"(?:\s*[(;]\s*|\s*[—–:]\s*|,\s+)(?:(?:the\s+)?(?:overall\s+)?(?P<co>co-?)?leads?(?:\s+(?:agency|"
                           r"agencies|partners?|organi[sz]ations?))?\s*:\s*|(?:led|headed)\s+(?:jointly\s+)?by\s+|under\s+"
                           r"(?:the\s+)?(?:lead(?:ership)?\s+of\s+)?)(?:the\s+)?$", re.I)
LEAD_OWNED_RE = re.compile(r"(?:'s|’s)\s+(?:overall\s+)?lead(?:ership)?\b")


def _lead_after(ctx: Context, sentence: Sentence) -> None:
    """The work before a cue of its lead and the organisations after it (see LEAD_AFTER_RE); a co-lead's work is the
    lead's told before it ("Surface power — lead agency: NASA; co-lead: JAXA")."""
    text, topic = sentence.text, None
    for m in sentence.mentions:
        cue = LEAD_AFTER_RE.search(text[:m.start])
        if m.entity.type not in ORG_LIKE or cue is None or m.entity is ctx.body \
                or cue.group().lstrip(" ,").lower().startswith("under") and not LEAD_OWNED_RE.match(text, m.end) \
                and "lead" not in cue.group().lower():
            continue  # "under" names a lead only with it: "under ESA's lead", "under the leadership of ESA"
        if not (cue.group("co") and topic):
            topic = _clause_subject(re.sub(r"^\W+", "", text[:cue.start()]))  # not a list's bullet
        if not topic or len(topic.split()) > MAX_TOPIC_WORDS or not _technology_like(topic) \
                or any(o.entity.type in ORG_LIKE for o in ctx.rec.gazetteer.find(topic)):
            topic = None
            continue
        who = [c.entity for c in coordinated(sentence, m.start, len(text))] or [m.entity]
        _works_on(ctx, _bodies(ctx, who), topic, "lead-after", sentence.evidence())


# An agency's contributions and the items they are: "Contributions from CNES: navigation receivers, surface power",
# "The contributions of CNES include navigation receivers and surface power systems".
CONTRIBUTIONS_OF_RE = re.compile(r"\bcontributions?\s+(?:from|of|by)\s+(?:the\s+)?$", re.I)
CONTRIBUTED_ITEMS_RE = re.compile(r"\s*(?::\s*|\s+(?:include|included|includes|are|were|comprise|comprised)\s+)")


def _contributions_of(ctx: Context, sentence: Sentence) -> None:
    """Each item an organisation's contributions are said to be (see CONTRIBUTIONS_OF_RE): its work."""
    text = sentence.text
    for m in sentence.mentions:
        listed = CONTRIBUTED_ITEMS_RE.match(text, m.end)
        if m.entity.type not in ORG_LIKE or not listed or not CONTRIBUTIONS_OF_RE.search(text[:m.start]):
            continue
        rest = re.split(r"[.;](?:\s|$)", text[listed.end():])[0]
        items = [item for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", rest) for item in _objects(ctx, part)]
        for item in items:
            _works_on(ctx, _bodies(ctx, [m.entity]), item, "contributions", sentence.evidence())


# The work an object relative clause says its agencies do: "Dust mitigation, which ESA and ASI are studying, ...",
# "surface power, on which JAXA has worked since 2019", "ISRU, in which KARI invests".
RELATIVE_WORK_RE = re.compile(r"(?P<topic>[^,;:.]{3,80}?),\s+(?:(?:on|in|to|into|towards)\s+)?(?:which|that)\s+"
                              r"(?P<agents>[^,;.]{2,80}?)\s+(?:(?:is|are|was|were|has|have|had|will|would|also|now|"
                              r"continues?\s+to|plans?\s+to|intends?\s+to|been|be|jointly|actively)\s+)*"
                              r"(?:develop|stud(?:y|ies|ying|ied)\b|test|matur|lead|led\b|fund|invest|work|pursu|advanc|"
                              r"research|investigat|demonstrat|build|built\b|design|prototyp|contribut)", re.I)


# A subject's engagement in a field, then the field after a preposition: "KARI is also active in lunar surface power",
# "ESA has an active programme in dust mitigation", "NASA has made progress on fission surface power", "DLR conducts
# research on radiation protection", "ESA is a partner in the development of the I-Hab", "CNES has been working
# with NASA on oxygen production" (the partner too).
ENGAGED_RE = re.compile(
    r"\b(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained|became|becomes?)\s+(?:\w+ly\s+|also\s+|"
    r"now\s+|still\s+)*(?:active|engaged|involved|invested|a\s+(?:key\s+|major\s+|main\s+)?(?:partner|leader|"
    r"contributor|player))|(?:has|have|had|maintains?|maintained|runs?|ran|pursues?|pursued|offers?|offered|"
    r"brings?|brought|contributes?|contributed)\s+(?:an?\s+|its\s+|their\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:programmes?|programs?|activit(?:y|ies)|work|research|investments?|efforts?|projects?|studies|"
    r"expertise)|(?:made|makes?|making|reported)\s+(?:\w+\s+)?progress|(?:conducts?|conducted|conducting|carr(?:y|ies|ied)"
    r"\s+out|performs?|performed|undertakes?|undertook)\s+(?:\w+\s+)?(?:research|studies|tests|testing|work|experiments)|"
    # "ESA and JAXA began a joint study on lunar night survival", "KARI started a new project on dust shielding"
    r"(?:began|begun|begins?|started|starts?|launched|launches|initiated|initiates|undertook|undertakes)\s+"
    r"(?:an?\s+|the\s+|their\s+|its\s+)?(?:(?:joint|new|common|first|bilateral)\s+)?(?:stud(?:y|ies)|research|"
    r"projects?|programmes?|programs?|efforts?|investigations?|campaigns?)|"
    r"work(?:s|ed|ing)?\s+(?:together\s+|closely\s+|jointly\s+)?with\s+(?P<partners>(?:the\s+)?[A-Z][^,;.]{1,60}?))"
    r"(?:\s+(?:in|on|into|for|towards)|(?:(?<=study)|(?<=studies))\s+of)"  # "KARI has begun studies of surface power"
    r"\s+(?:the\s+(?:development|study|design|maturation|field|area|demonstration)\s+of\s+)?(?:the\s+|a\s+|an\s+)?", re.I)


def _engaged_work(ctx: Context, sentence: Sentence) -> None:
    """ENGAGED_RE: the verb's subject (and a partner "with" names) works on the field after it."""
    text, evidence = sentence.text, None
    for m in ENGAGED_RE.finditer(text):
        who = subjects(sentence, m.start(), fallback=False)
        who = _verb_subject(sentence, m.start(), who) if who else who
        partners = [n.entity for n in sentence.mentions if n.entity.type in ORG_LIKE and m.group("partners")
                    and m.start("partners") <= n.start < m.end("partners")]
        if m.group("partners") and not partners:
            continue  # "working with industry on ...": the subject alone would do, but the partner is unknown
        items = _objects(ctx, text[m.end():])
        if not who or not items:
            continue
        evidence = evidence or sentence.evidence()
        for item in items:
            _works_on(ctx, _bodies(ctx, who + partners), item, "engaged-work", evidence)


# Work an organisation owns, on a field after a preposition: "the Canadian Space Agency's work on Canadarm3", "ISRO
# presented its work on a sample return capability", "..., and JAXA its development of a cargo vehicle" (a verb left out).
OWNED_WORK_RE = re.compile(r"(?:(?<=['’]s)|\b(?:its|their))\s+(?:own\s+|ongoing\s+|continued\s+|recent\s+)?"
                           r"(?:work|research|efforts?|development|studies|plans?)\s+(?:on|in|into|towards|of|for)\s+")
MAX_OWNER_GAP_WORDS = 2  # "ISRO presented its work", "NASA also highlighted its work"


def _owned_work(ctx: Context, sentence: Sentence) -> None:
    """OWNED_WORK_RE: the owner (the organisation before "'s", or just before "its" with a verb or two between) works
    on the items after it."""
    text, evidence = sentence.text, None
    for m in OWNED_WORK_RE.finditer(text):
        before = text[:m.start()]
        owners = [n.entity for n in sentence.mentions if n.entity.type in ORG_LIKE and (
            n.end + 2 == m.start() if before.endswith(("'s", "’s"))
            else re.fullmatch(rf"\s+(?:[a-z]\w*\s+){{0,{MAX_OWNER_GAP_WORDS}}}", text[n.end:m.start()]))]
        items = _objects(ctx, text[m.end():])
        if not owners or not items:
            continue
        evidence = evidence or sentence.evidence()
        for item in items:
            _works_on(ctx, _bodies(ctx, owners[-1:]), item, "owned-work", evidence)


# A clause whose verb is left out, an organisation then its work: "JAXA reported on its lander studies, and CSA on
# rover prototypes", "DLR highlighted its work on life support; CSA its dexterous robotics programme", "NASA's work on
# X, ESA's on Y", "NASA provides X, ESA the Y", "DLR coordinated the area of X, CSA that of Y".
GAPPED_CLAUSE_RE = re.compile(r"(?:,|;)\s+(?:and\s+)?(?:the\s+)?$")
GAPPED_WORK_RE = re.compile(r"(?:\s+(?P<on>on|that\s+of|those\s+of)|(?:'s|’s)\s+(?P<owned_on>on)|\s+(?:its|their|the|a|an))\s+")
# The verb the gapped clause shares, in the clause before it: one of work or of reporting on work.
SHARED_VERB_RE = re.compile(r"\b(?:reported|presented|described|highlighted|showed|outlined|briefed|worked|progressed|"
                            r"focused|concentrated|continued|coordinated)\b", re.I)


def gapped_clauses(sentence: Sentence) -> list[tuple[Mention, int]]:
    """The clauses of ``sentence`` whose verb is left out (GAPPED_WORK_RE after an organisation opening a clause,
    GAPPED_CLAUSE_RE), the clause before having a verb of work or of reporting (SHARED_VERB_RE, WORK_VERB_RE) or
    a work owned ("NASA's work on X, ESA's on Y"): each one's organisation and where its work starts."""
    text = sentence.text
    found = []
    for m in sentence.mentions:
        gap = GAPPED_WORK_RE.match(text, m.end)
        before = text[:m.start]
        if m.entity.type not in ORG_LIKE or gap is None:
            continue
        owned = gap.group("owned_on") is not None  # "ESA's on Y" follows only "NASA's work on X", "and" enough before it
        if not (GAPPED_CLAUSE_RE.search(before) or owned and re.search(r"\s+and\s+(?:the\s+)?$", before)) \
                or not (OWNED_WORK_RE.search(before) if owned else
                        SHARED_VERB_RE.search(before) or WORK_VERB_RE.search(before) or OWNED_WORK_RE.search(before)):
            continue
        found.append((m, gap.end() if gap.group("on") or owned else gap.start() + 1))
    return found


def _gapped_work(ctx: Context, sentence: Sentence) -> None:
    """The organisation of each gapped clause (gapped_clauses) works on the items after it, up to the next one's."""
    text, evidence = sentence.text, None
    clauses = gapped_clauses(sentence)
    for (m, start), after in zip(clauses, clauses[1:] + [(None, len(text))]):
        if OWNED_WORK_RE.match(text, start):
            continue  # "..., and JAXA its work on X": _owned_work reads it
        end = len(text) if after[0] is None else re.search(r"(?:[,;]\s+|\s+)(?:and\s+)?(?:the\s+)?$",
                                                            text[:after[0].start]).start()
        items = _objects(ctx, text[start:end])
        if items:
            evidence = evidence or sentence.evidence()
        for item in items:
            _works_on(ctx, _bodies(ctx, [m.entity]), item, "gapped-work", evidence)


# Heads of what an agency develops that are no technology: plans, policies, agreements, schedules.
NOT_HARDWARE_HEAD_RE = re.compile(r"\b(?:plans?|polic(?:y|ies)|agreements?|arrangements?|schedules?|frameworks?|approach(?:es)?|"
                                  r"process(?:es)?|standards?|guidelines?|principles?|procedures?|budgets?|contracts?|"
                                  r"models?|concepts?\s+of\s+operations|programmes?|programs?|campaigns?|partnerships?|"
                                  r"relations(?:hips)?|cooperation|policy|position|proposal|idea|vision|goals?|objectives?)$",
                                  re.I)


def _relative_work(ctx: Context, sentence: Sentence) -> None:
    """RELATIVE_WORK_RE: the agencies (nothing else stands where they do) work on the topic before "which"."""
    text, evidence = sentence.text, None
    for m in RELATIVE_WORK_RE.finditer(text):
        agents = [n for n in sentence.mentions if n.entity.type in ORG_LIKE
                  and m.start("agents") <= n.start < m.end("agents")]
        rest = text[m.start("agents"):m.end("agents")]
        for n in reversed(agents):
            rest = rest[:n.start - m.start("agents")] + rest[n.end - m.start("agents"):]
        if not agents or re.sub(r"\b(?:and|the)\b|[\s,&]", "", rest):
            continue  # "which the report says ESA is studying": not only agencies
        topic = _clause_subject(m.group("topic"))
        known = ctx.rec.gazetteer.lookup(topic or "")
        if not topic or len(topic.split()) > MAX_TOPIC_WORDS or NOT_TECHNOLOGY_RE.search(topic) \
                or known is not None and known.type != "Technology" \
                or not (_technology_like(topic) or re.fullmatch(r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,5}", topic)
                        and not NOT_HARDWARE_HEAD_RE.search(topic)) \
                or any(o.entity.type in ORG_LIKE for o in ctx.rec.gazetteer.find(topic)):
            continue
        evidence = evidence or sentence.evidence()
        _works_on(ctx, _bodies(ctx, [n.entity for n in agents]), topic, "relative-work", evidence)


# An introduction ending in a colon above a list of the work of the agencies it names: "Technologies under development
# by ISRO:", "KARI's technology portfolio includes:", "Capabilities being matured at CNES and DLR:".
INTRO_WORK_RE = re.compile(r"\b(?:develop\w*|stud(?:y|ies|ying|ied)|matur\w*|test\w*|demonstrat\w*|fund\w*|invest\w*|"
                           r"lead(?:s|ing)?|led|work(?:s|ing)?|activit(?:y|ies)|contribut\w+|pursu\w+|research\w*|"
                           r"programmes?|programs?|projects?|portfolio|investments?|efforts?)\b", re.I)
MAX_LIST_ITEMS = 12
MAX_LIST_ITEM_WORDS = 8


def _intro_items(ctx: Context, sentence: Sentence) -> None:
    """A list item (a marked line of a few words, technology-like) under an introduction ending in a colon that
    names agencies and their work (INTRO_WORK_RE): the agencies work on the item."""
    line = sentence.line
    marker = ITEM_MARKER_RE.match(line.text)
    lines = ctx.text.lines
    at = ctx.text.position(line) or 0
    if sentence.text.strip() != line.text.strip() or marker is None and not _unmarked_item(ctx, lines, at):
        return
    item = re.sub(r"^(?:the|a|an)\s+", "", line.text[marker.end() if marker else 0:].strip(" .;,"))
    named = re.search(r"\s*\(([^()]{2,80})\)$", item)  # "Surface power (NASA, JAXA)": the item's own agencies
    own = [f.entity for f in ctx.rec.gazetteer.find(named.group(1)) if f.entity.type in ORG_LIKE] if named else []
    if own and not re.sub(r"\b(?:and|the|lead)\b|[\s,;/&()]", "",
                          _without_mentions(ctx, named.group(1))):
        item = item[:named.start()].strip()
    else:
        own = []
    known = ctx.rec.gazetteer.lookup(item)
    if not item or len(item.split()) > MAX_LIST_ITEM_WORDS or ":" in item or NOT_TECHNOLOGY_RE.search(item) \
            or re.search(r"\b(?:is|are|was|were|will|has|have|had|can|should|must)\b", item) \
            or not (known is not None and known.type == "Technology" or HARDWARE_RE.search(item) or AREA_RE.search(item)
                    or PROJECT_RE.match(item)) \
            or any(o.entity.type in ORG_LIKE or o.entity.type == "Document" for o in ctx.rec.gazetteer.find(item)):
        return
    intro = next((above for above in reversed(lines[max(0, at - MAX_LIST_ITEMS):at])
                  if not (ITEM_MARKER_RE.match(above.text) if marker else _item_like(ctx, above))), None)
    if intro is not None and PLANNED_INTRO_RE.search(intro.text):
        return  # "Planned activities:": work not yet begun
    heading_agent = _agency_heading(ctx, lines, intro) if intro is not None and not own else None
    caption = intro is not None and heading_agent is None and not own and intro.text.rstrip().endswith(":") \
        and INTRO_WORK_RE.search(intro.text) and not ctx.rec.gazetteer.find(intro.text)
    if caption:  # "A.3 Italian Space Agency (ASI)" / "Current activities:" / "Lunar surface power"
        k = ctx.text.position(intro)
        heading_agent = _agency_heading(ctx, lines, lines[k - 1]) if k else None
    if heading_agent is not None:
        own = [heading_agent]  # "Agency technology activities" / "NASA" / "• Cryogenic fluid management"
    elif intro is None or not intro.text.rstrip().endswith(":") \
            or not (INTRO_WORK_RE.search(intro.text) or own and re.search(r"\bagenc(?:y|ies)\b", intro.text, re.I)):
        return
    agents = own or [m.entity for m in ctx.rec.gazetteer.find(intro.text) if m.entity.type in ORG_LIKE
              and not re.search(r"\b(?:for|to|with|than|except|outside|beyond|from)\s+(?:the\s+)?$", intro.text[:m.start])
              and not re.search(r"\b(?:member|members|partners?)\b", intro.text, re.I)]
    if not agents:
        return
    evidence = sentence.evidence()
    _works_on(ctx, _bodies(ctx, agents), item, "intro-items", evidence)


# A block of fields, one a line, naming a technology and who works on it: "Technology: Laser communications" /
# "Lead: NASA" / "Partners: ESA, JAXA".
FIELD_LINE_RE = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z /()\-]{1,40}?)\s*:\s+(?P<value>\S.*)$")
WHO_FIELD_RE = re.compile(r"^(?:(?:lead|leading|participating|contributing|partner|responsible|implementing|performing|"
                          r"funding)\s+)?(?:lead|leads|agenc(?:y|ies)|partners?|organi[sz]ations?|contributors?|"
                          r"led\s+by|performed\s+by|developed\s+by|funded\s+by|responsible|co-?leads?)"
                          r"(?:\s*\([^()]*\))?$", re.I)
WHAT_FIELD_RE = re.compile(r"^(?:(?:technology|capability)(?:\s+(?:area|gap|name|need|topic|item))?|technologies|"
                           r"capabilities|system|element|project|work\s+item|gap|need|demonstration)$",
                           re.I)
MAX_FIELD_LINES = 6


def _field_block(ctx: Context, sentence: Sentence) -> None:
    """A who-field (WHO_FIELD_RE) line of a block of fields: its agencies work on the value of the block's
    technology field (WHAT_FIELD_RE) nearest above it, or below when none is above."""
    line = sentence.line
    m = FIELD_LINE_RE.match(line.text)
    if sentence.text.strip() != line.text.strip() or m is None or not WHO_FIELD_RE.match(m.group("label").strip()):
        return
    agents = [f.entity for f in ctx.rec.gazetteer.find(m.group("value")) if f.entity.type in ORG_LIKE]
    if not agents:
        return
    lines = ctx.text.lines
    at = ctx.text.position(line) or 0
    block = []
    for step in (-1, 1):  # the block: the field lines next to this one
        i = at + step
        while 0 <= i < len(lines) and abs(i - at) <= MAX_FIELD_LINES and FIELD_LINE_RE.match(lines[i].text):
            block.append((abs(i - at) + (step > 0) * MAX_FIELD_LINES, FIELD_LINE_RE.match(lines[i].text)))
            i += step
    what = next((f for _, f in sorted(block, key=lambda b: b[0]) if WHAT_FIELD_RE.match(f.group("label").strip())), None)
    if what is None:
        return
    item = re.sub(r"^(?:the|a|an)\s+", "", what.group("value").strip(" .;"))
    known = ctx.rec.gazetteer.lookup(item)
    if len(item.split()) > MAX_LIST_ITEM_WORDS or known is not None and known.type != "Technology" \
            or any(o.entity.type in ORG_LIKE for o in ctx.rec.gazetteer.find(item)):
        return
    evidence = sentence.evidence()
    _works_on(ctx, _bodies(ctx, agents), item, "field-block", evidence)


MAX_AGENCY_SECTION_LINES = 15


# Work not yet begun, heading a list: "Planned activities:", "Future projects:".
PLANNED_INTRO_RE = re.compile(r"\b(?:planned|future|proposed|foreseen|intended|candidate|potential|possible|"
                              r"envisaged|under\s+consideration)\b", re.I)
# A section's number before its heading's words: "A.1 ", "3.2 ", "B-4. ".
SECTION_NUMBER_RE = re.compile(r"^(?:[A-Z][.\-]?\d{1,2}(?:\.\d{1,2}){0,2}|\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+")


def _item_like(ctx: Context, line) -> bool:
    """A line that may be a list item whose marker the PDF lost: a few words, no sentence, no heading, no label."""
    text = line.text.strip()
    return bool(text) and not _set_heading(ctx, line) and len(text.split()) <= MAX_LIST_ITEM_WORDS \
        and not re.search(r"[.:;,]$", text) and text[:1].isupper() and ":" not in text


def _running(ctx: Context, line) -> bool:
    """A line that opens with the document's title of several words: a running header or footer the cleaner kept."""
    title = (ctx.doc.title or "").strip()
    return len(title.split()) >= 3 and line.text.startswith(title) \
        and re.fullmatch(r"[\s\-–—|,:]*(?:(?:page|p\.)\s*)?[\dA-Za-z\-.]{0,8}", line.text[len(title):], re.I) is not None


def _set_heading(ctx: Context, line) -> bool:
    """Whether the cleaner set the line as a heading (by its font), not just a short line."""
    return any(seg.kind == "heading" and seg.start <= line.offset < seg.end
               for page in ctx.text.pages if page.page == line.page for seg in page.segments)


def _unmarked_item(ctx: Context, lines: list, at: int) -> bool:
    """Whether line ``at`` is an item of a list whose markers the PDF lost (a Chromium page's bullets are no
    text): short item-like lines from it up to an introduction ending in a colon or an agency's heading."""
    if not _item_like(ctx, lines[at]):
        return False
    for above in reversed(lines[max(0, at - MAX_LIST_ITEMS):at]):
        if not _item_like(ctx, above):
            return above.text.rstrip().endswith(":") or _set_heading(ctx, above)
    return False


def _agency_heading(ctx: Context, lines: list, intro) -> Entity | None:
    """The agency a line of its own names, heading a list of its work: the section above it (its nearest line that
    is neither a list item nor an agency's name) is about work (INTRO_WORK_RE, WORK_CONTEXT_RE)."""
    own = SECTION_NUMBER_RE.sub("", intro.text.strip())  # "A.1 Canadian Space Agency (CSA)"
    found = ctx.rec.gazetteer.find(own.strip(" :"))
    if len({f.entity.iri for f in found}) != 1 or found[0].entity.type not in ORG_LIKE \
            or re.sub(r"\([^()]*\)|[\s:]", "", _without_mentions(ctx, own)):
        return None
    at = ctx.text.position(intro) or 0
    for above in reversed(lines[max(0, at - MAX_AGENCY_SECTION_LINES):at]):
        if ITEM_MARKER_RE.match(above.text) or PLANNED_INTRO_RE.search(above.text):
            continue  # an item of the agency above, or its caption of planned work
        name = SECTION_NUMBER_RE.sub("", above.text.strip())
        names = ctx.rec.gazetteer.find(name.strip(" :"))
        if len({f.entity.iri for f in names}) == 1 and names[0].entity.type in ORG_LIKE \
                and not re.sub(r"\([^()]*\)|[\s:]", "", _without_mentions(ctx, name)):
            continue  # another agency's heading
        about = INTRO_WORK_RE.search(above.text) or WORK_CONTEXT_RE.search(above.text)
        if not about and _item_like(ctx, above):
            continue  # an item of the agency above whose marker the PDF lost
        return found[0].entity if about and not re.search(r"\bmembers?\b", above.text, re.I) else None
    return None


# In a sentence about work, items each followed by their agencies in brackets: "Key capabilities under development
# include autonomous landing (JAXA), cryogenic propellant storage (NASA) and lunar communications (ESA)".
BRACKETED_ITEM_RE = re.compile(r"(?:^|[,;:]\s+|\s+and\s+|\b(?:include|includes|included|including|are|were|is|was)\s+)"
                               r"(?:the\s+|a\s+|an\s+)?(?P<item>[^,;:()]{3,60}?)\s*\((?P<agents>[^()]{2,60})\)")


def _bracketed_items(ctx: Context, sentence: Sentence) -> None:
    text = sentence.text
    if "(" not in text:
        return
    evidence = None
    for m in BRACKETED_ITEM_RE.finditer(text):
        cue = text[:m.start("item")]
        if not (INTRO_WORK_RE.search(cue) or DEVELOPMENT_RE.search(cue)):
            continue
        agents = [f.entity for f in ctx.rec.gazetteer.find(m.group("agents")) if f.entity.type in ORG_LIKE]
        if not agents or re.sub(r"\b(?:and|lead|the)\b|[\s,;/&]", "", _without_mentions(ctx, m.group("agents"))):
            continue
        item = re.sub(r"^(?:and|include[sd]?|including)\s+", "", m.group("item").strip())
        named = [n for n in sentence.mentions if n.end <= m.start("agents") and not text[n.end:m.start("agents")].strip(" (")
                 and n.entity.type != "Technology"]  # a technology's name before its agencies is the item
        if named or any(o.entity.type in ORG_LIKE for o in ctx.rec.gazetteer.find(item)) \
                or re.search(r"\b(?:that|which|who|whose)\b", item) or re.match(r"[a-z]+ing\s+[A-Z]", item):
            continue  # "... Technology Centre (ESTEC)": a name's acronym; "the rover that the agency ... (...)"; a
            # participle's clause, "succeeding Mark Feldman (NASA)"
        known = ctx.rec.gazetteer.lookup(item)
        if len(item.split()) > MAX_LIST_ITEM_WORDS or known is not None and known.type != "Technology" \
                or NOT_TECHNOLOGY_RE.search(item) or not (known is not None or _technology_like(item)):
            continue
        evidence = evidence or sentence.evidence()
        _works_on(ctx, _bodies(ctx, agents), item, "bracketed-items", evidence)


def _without_mentions(ctx: Context, text: str) -> str:
    """``text`` without the names the gazetteer finds in it."""
    for found in reversed(ctx.rec.gazetteer.find(text)):
        text = text[:found.start] + text[found.end:]
    return text


def _topic_agencies_line(ctx: Context, sentence: Sentence) -> None:
    """A line "TOPIC: AGENCIES" (nothing but agencies after the colon, maybe qualified "(lead)") in a list about work
    (its introduction or heading, or a qualifier, says so): the agencies work on the topic."""
    line = sentence.line
    marker = ITEM_MARKER_RE.match(line.text)
    text = line.text[marker.end() if marker else 0:]
    m = re.match(r"^(?P<topic>[^:]{3,80}?)\s*:\s+(?P<agents>.{2,120})$", text)
    if sentence.text.strip() != line.text.strip() or m is None:
        return
    agents = [f.entity for f in ctx.rec.gazetteer.find(m.group("agents")) if f.entity.type in ORG_LIKE]
    rest = re.sub(r"\([^()]{0,20}\)|\b(?:and|the)\b|[\s,;/&.]", "", _without_mentions(ctx, m.group("agents")))
    topic = re.sub(r"^(?:the|a|an)\s+", "", m.group("topic").strip())
    topic = re.sub(r"\s*[—–-]\s*(?:the\s+)?(?:co-?)?lead(?:\s+agenc(?:y|ies))?$", "", topic, flags=re.I)  # "X — lead agency: ESA"
    known = ctx.rec.gazetteer.lookup(topic)
    if not agents or rest or known is not None and known.type != "Technology" \
            or not (known is not None or HARDWARE_RE.search(topic) or AREA_RE.search(topic)) \
            or NOT_TECHNOLOGY_RE.search(topic) or any(f.entity.type in ORG_LIKE for f in ctx.rec.gazetteer.find(topic)):
        return
    about = _previous_line(ctx, line)
    if not (re.search(r"\((?:lead|co-?lead|leads|prime)\)", m.group("agents"), re.I)
            or WORK_CONTEXT_RE.search(about) or INTRO_WORK_RE.search(about) or ACTIVE_RE.search(about)):
        return
    evidence = sentence.evidence()
    _works_on(ctx, _bodies(ctx, agents), topic, "topic-agencies", evidence)


def line_work(ctx: Context, sentence: Sentence) -> None:
    """The work a line of its own states, read also where the cleaner took the line for a heading: a list item
    under an introduction, a field of a block."""
    _intro_items(ctx, sentence)
    _field_block(ctx, sentence)
    _topic_agencies_line(ctx, sentence)
    _agencies_under_topic(ctx, sentence)
    if sentence.line.heading:
        _section_topic(ctx, sentence)
        _lead_after(ctx, sentence)  # "Surface power — lead agency: NASA (co-lead: JAXA)" set as a heading


# An introduction naming work in a topic, its agencies listed after it: "The following agencies reported activities in
# surface power" / "NASA" / "ESA", "Agencies working on dust mitigation: ESA, JAXA".
WORK_IN_TOPIC_RE = re.compile(r"\b(?:activit(?:y|ies)|work(?:ing)?|research(?:ing)?|development|developing|investments?|"
                              r"investing|efforts?|programmes?|programs?|projects?|active)\s+(?:in|on|into)\s+"
                              r"(?:the\s+(?:area|field|domain)\s+of\s+)?(?P<topic>[^,;:.()]{3,60}?)\s*:?\s*$", re.I)
NOT_DOING_RE = re.compile(r"\b(?:benefit\w*|us(?:e|es|ing)|interest(?:ed)?|plan(?:s|ned|ning)?|intend\w*|expect\w*|"
                          r"future|potential|no|not|none|without|lack\w*|may|might|could|would|will)\b", re.I)


def _agencies_under_topic(ctx: Context, sentence: Sentence) -> None:
    """Agencies listed after an introduction naming work in a technology (WORK_IN_TOPIC_RE), on its line after a
    colon or one a line below it: each works on the topic; not where the introduction has them benefit or plan."""
    line, text = sentence.line, sentence.text
    intro, listed = None, None
    colon = text.find(":")
    if colon > 0 and _only_agencies(ctx, text[colon + 1:].strip(" .")):
        intro, listed = text[:colon + 1], text[colon + 1:]
    elif sentence.text.strip() == line.text.strip() and _only_agencies(ctx, line.text.strip(" .")):
        lines = ctx.text.lines
        at = ctx.text.position(line) or 0
        above = next((candidate for candidate in reversed(lines[max(0, at - MAX_LIST_ITEMS):at])
                      if not _only_agencies(ctx, candidate.text.strip(" ."))), None)
        intro, listed = (above.text if above is not None else None), line.text
    if not intro:
        return
    m = WORK_IN_TOPIC_RE.search(intro)
    if m is None or NOT_DOING_RE.search(intro[:m.start("topic")]) or not _technology_like(m.group("topic")) \
            or any(o.entity.type in ORG_LIKE for o in ctx.rec.gazetteer.find(intro)):
        return
    agents = [f.entity for f in ctx.rec.gazetteer.find(listed) if f.entity.type in ORG_LIKE]
    evidence = sentence.evidence()
    _works_on(ctx, _bodies(ctx, agents), m.group("topic").strip(), "agencies-under-topic", evidence)


def _technology_like(topic: str) -> bool:
    """Whether a phrase names hardware or an area of technology, or an activity ("storing and transferring
    cryogenic propellants", "water extraction"), and no gathering or document."""
    return not NOT_TECHNOLOGY_RE.search(topic) and bool(
        HARDWARE_RE.search(topic) or AREA_RE.search(topic) or re.search(r"\w{4,}(?:ing|ion|sis)\b", topic))


def _clause_subject(text: str) -> str | None:
    """The subject of a clause ending ``text``: after the last clause break, without an opening adverb or
    determiner ("Finally, water extraction and the production of oxygen")."""
    start = max((m.end() for m in re.finditer(r"[;:]\s+|,\s+(?:while|whereas|but|and)\s+|\.\s+", text)), default=0)
    subject = CLAUSE_OPENER_RE.sub("", text[start:].strip())
    subject = re.sub(r",\s+(?:whose|which|that|who)\b.*$", "", subject)  # "A refresh of X, whose first issue ..."
    subject = re.sub(r"^(?:the|a|an|its|their)\s+", "", subject, flags=re.I)
    return subject if subject and not re.match(r"(?:it|they|this|these|that|those|which|who)\b", subject, re.I) else None


# A list of agencies' contributions, one a line: "NASA: the Human Landing System (crew lander)", or after an
# introduction's colon "Contributions expected in phase three: ASI, the Multi-Purpose Habitat".
COLON_ITEM_RE = re.compile(r"^(?P<who>[^:;,.–—]{2,80}?):\s+(?P<what>\S.*?)\s*\.?$")  # an item's line
AFTER_INTRO_RE = re.compile(r":\s+(?P<who>[^:;,.–—]{2,80}?),\s+(?P<what>[^:;.]+?)\s*\.?$")


def colon_items(ctx: Context, sentence: Sentence) -> None:
    """"NASA: the Human Landing System; PPE" (a line under an introduction about work, or a heading about it;
    lines the cleaner ran together give one item after another), "Contributions expected in phase three: ASI,
    the Multi-Purpose Habitat": the agencies work on each item."""
    text = sentence.text.strip()
    items = _line_items(ctx, text) if sentence.text == sentence.line.text else []
    if items and not _about_work(ctx, sentence, 0) and not WORK_CONTEXT_RE.search(_previous_line(ctx, sentence.line)):
        return
    if not items:
        m = AFTER_INTRO_RE.search(text)
        if m is None or not _only_agencies(ctx, m.group("who")) or not WORK_CONTEXT_RE.search(text[:m.start()]):
            return
        items = [([f.entity for f in ctx.rec.gazetteer.find(m.group("who")) if f.entity.type in ORG_LIKE], m.group("what"))]
    evidence = sentence.evidence()
    for agencies, what in items:
        if any(o.entity.type in ORG_LIKE for o in ctx.rec.gazetteer.find(what.split(",")[0])):
            continue  # "active agencies: ESA, NASA": a list of agencies, not of their work
        for part in _list_parts(what):
            item = re.sub(r"^(?:the|a|an|its|their)\s+", "", part.strip(" ,."))
            known = ctx.rec.gazetteer.lookup(item)
            if len(item) < 3 or len(item.split()) > MAX_DASH_ITEM_WORDS or known is not None and known.type != "Technology":
                continue
            _works_on(ctx, {a.iri: a for a in agencies}.values(), item, "reported-work", evidence)


# A list's parts after a colon: "in-situ resource utilisation, cryogenic fluid management and surface power".
LIST_PART_RE = re.compile(r",\s+(?:and\s+|or\s+)?|\s+and\s+")
# A part that qualifies the one before rather than naming another item: "rover, studied with Toyota".
QUALIFYING_PART_RE = re.compile(r"^(?:\w+(?:ed|ing)\s+(?:with|by|for|in|on|at|to|from|under|as)|with|to|for|in|on|at|"
                                r"by|which|that|who|as|from|including|such|e\.g\.|i\.e\.|etc)(?:\s|$)", re.I)
MAX_LIST_PART_WORDS = 6


def _list_parts(what: str) -> list[str]:
    """The items of a list after a colon: parts between semicolons, and between commas (or "and") when every
    part is a short noun phrase; else each semicolon's part whole ("pressurised rover, studied with Toyota")."""
    parts = []
    for chunk in re.split(r";\s*", what):
        pieces = [p.strip(" ,.") for p in LIST_PART_RE.split(chunk) if p.strip(" ,.")]
        if len(pieces) > 1 and all(len(p.split()) <= MAX_LIST_PART_WORDS and not QUALIFYING_PART_RE.match(p)
                                   and re.search(r"[A-Za-z]{3}", p) for p in pieces) \
                and not any(len(p.split()) == 1 and p[:1].islower() for p in pieces) \
                and not any(re.match(r"(?:a|an)\s", p) for p in pieces[1:]):  # "SLIM, a precision lander": one
            parts += pieces  # "a, b and c"; not "entry, descent and landing" (one-word parts: one item)
        else:
            parts += re.split(r",\s+and\s+", chunk)
    return parts


# A list item's marker: "• ", "- ", "1. ", "(a) ".
ITEM_MARKER_RE = re.compile(r"^(?:[•·▪◦‣○●■□➢>*\-–—]|\(?(?:\d{1,2}|[a-z])[.)])\s*")


def _line_items(ctx: Context, text: str) -> list[tuple[list[Entity], str]]:
    """The "AGENCIES: work" items of a line that starts with one: each runs to the next agencies and colon."""
    marker = ITEM_MARKER_RE.match(text)
    if marker:
        text = text[marker.end():]
    found = [f for f in ctx.rec.gazetteer.find(text) if f.entity.type in ORG_LIKE]
    country = re.match(r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s*\(\s*$", text[:found[0].start]) if found else None
    if country and re.match(r"\s*\)\s*:\s+", text[found[0].end:]):
        text = text[found[0].start:found[0].end] + text[found[0].end:].lstrip().removeprefix(")")  # "Korea (KARI): ..."
        found = [f for f in ctx.rec.gazetteer.find(text) if f.entity.type in ORG_LIKE]
    heads: list[tuple[int, int, list[Entity]]] = []  # where an item's agencies start, where its colon ends, who
    run: list = []
    for f in found:
        if run and not re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s+(?:the\s+)?", text[run[-1].end:f.start]):
            run = []
        run.append(f)
        colon = re.match(r"\s*(?:\([^()]{1,20}\))?\s*:\s+", text[f.end:])
        if colon and (run[0].start == 0 or heads and text[run[0].start - 1].isspace()):
            heads.append((run[0].start, f.end + colon.end(), [r.entity for r in run]))
            run = []
    if not heads or heads[0][0] != 0:
        return []
    return [(who, text[end:heads[k + 1][0] if k + 1 < len(heads) else len(text)].strip())
            for k, (_, end, who) in enumerate(heads)]


def _only_agencies(ctx: Context, text: str) -> bool:
    """Whether ``text`` names organisations and nothing else ("NASA", "CNES and DLR", "ESA (lead)")."""
    found = [f for f in ctx.rec.gazetteer.find(text) if f.entity.type in ORG_LIKE]
    rest = text
    for f in sorted(found, key=lambda f: -f.start):
        rest = rest[:f.start] + rest[f.end:]
    return bool(found) and not re.sub(r"[\s,()&/]|\band\b|\bthe\b", "", rest)


def _previous_line(ctx: Context, line) -> str:
    lines = ctx.text.lines
    at = ctx.text.position(line) or 0
    for above in reversed(lines[max(0, at - 8):at]):  # the list's introduction, above its other items
        if not COLON_ITEM_RE.match(above.text) or above.text.rstrip().endswith(":"):
            return above.text
    return ""


# Agencies said to work on the topic of their section, named by its heading ("Area 2 – Cryogenic fluid
# management" / "JAXA and NASA are working on this area", "Active agencies: ESA, ISRO, NASA").
TOPIC_REF_RE = re.compile(r"\b(?:this|the|that)\s+(?:area|field|topic|domain|theme|gap|need|technology|capability)\b|"
                          r"\bhere\b|\bon\s+(?:it|them)\b", re.I)
ACTIVE_RE = re.compile(r"\b(?:active|working|work(?:s|ed)?|engaged|involved|pursu(?:ed|ing)|under\s+way|"
                       r"contribut\w+|reported|studying|developing|activit(?:y|ies)|efforts?|invest(?:s|ed|ing|ments?)|"
                       r"research(?:es|ed|ing)?|lead(?:s|ing)?|led)\b", re.I)
SECTION_LABEL_RE = re.compile(r"^(?:(?:area|topic|theme|gap|need|domain|capability|sheet|card|item|section|challenge|"
                              r"priority)\s+)?(?:[A-Z]{0,3}[\-.]?\d{1,2}(?:\.\d{1,2}){0,3}[.)]?)"
                              r"(?:\s*[–—:\-.]\s*|\s+)", re.I)
MAX_UNNUMBERED_TOPIC_WORDS = 6
# A section on a kind of thing, not one technology: "3. First instruments", "Key technologies", "Planned missions".
GENERIC_TOPIC_RE = re.compile(r"^(?:first|second|third|other|further|key|main|major|recent|new|current|planned|future|"
                              r"initial|early|selected)\s+[\w\-]+s$", re.I)
MAX_SECTION_SENTENCES_LINES = 3  # the statement comes soon after the heading
MAX_SECTION_LINES = 12  # ... or later in the section, referring to its topic ("in this area")


# Work not yet begun: "intends to start activities in this area", "may take up work here", "is considering".
RECEIVING_RE = re.compile(r"\b(?:benefit\w*|profit\w*|rel(?:y|ies|ying|ied)\s+on|interested\s+in|us(?:es|ing)\s)", re.I)
INTENT_RE = re.compile(r"\b(?:intends?|intended|plans?|planned|planning|expects?|hopes?|aims?|wish(?:es)?|considers?|"
                       r"considering)\s+to\b|\bconsider(?:s|ing)\s+(?:a|an|the|joining|starting|taking)\b|\b(?:will|would|may|might|could)\s+(?:\w+ly\s+)?(?:start|begin|initiate|"
                       r"launch|take\s+up|join|open|enter)\b", re.I)
# A verb of work under way whose subject works on the section's topic ("4.1 Dust Mitigation" / "JAXA and ESA are
# developing electrodynamic dust shields, while NASA is testing coatings"): present or past, not planned.
DOING_RE = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|jointly\s+|currently\s+|actively\s+)?"
                      r"(?:developing|studying|testing|maturing|demonstrating|prototyping|designing|researching|"
                      r"investigating|qualifying|validating|building|working\s+on|pursuing|assessing|advancing)\b|"
                      r"(?<!\bto\s)\b(?:develops|studies|tests|matures|demonstrates|prototypes|designs|researches|"
                      r"investigates|qualifies|validates|builds|pursues|leads\s+(?:the\s+)?(?:work|development|activities|"
                      r"efforts?|research))\b", re.I)


# What a verb of doing may act on that is no technology: "ESA is studying the results of the 2023 survey".
NOT_WORK_OBJECT_RE = re.compile(r"^[^.;]{0,40}?\b(?:results?|surveys?|findings|outcomes?|schedules?|budgets?|plans?|"
                                r"agreements?|questionnaires?|options?|proposals?|requirements?|policy|policies)\b", re.I)


def _section_doers(sentence: Sentence) -> set[str]:
    """The organisations a sentence has doing work under way, each the subject of a verb of doing whose object is
    no document, meeting or plan."""
    text = sentence.text
    return {agent.iri for verb in DOING_RE.finditer(text)
            if not NOT_WORK_OBJECT_RE.match(text, verb.end())
            and not NOT_TECHNOLOGY_RE.search(re.split(r"[,;.]", text[verb.end():], maxsplit=1)[0])
            for agent in subjects(sentence, verb.start(), fallback=False)}


def _section_topic(ctx: Context, sentence: Sentence) -> None:
    text = sentence.text
    label = re.match(r"\W*([^:]{2,40}):\s", text)  # "Partners: ESA, LSA": a field naming who works on the topic
    field = label is not None and WHO_FIELD_RE.fullmatch(label.group(1).strip()) is not None
    if not (ACTIVE_RE.search(text) or field) or sentence.line.heading and ":" not in text:
        return  # a heading, unless a short labelled line the cleaner took for one ("Agencies with activity: NASA")
    agents = _agents(ctx, sentence, 0, len(text))
    if not agents:
        return
    listed = re.search(r":\s*(?:the\s+)?$", text[:agents[0][0]])  # "Active agencies: ESA, ..."
    doers = _section_doers(sentence)
    if not (TOPIC_REF_RE.search(text) or listed and ACTIVE_RE.search(text[:agents[0][0]]) or doers or field):
        return
    cue = ACTIVE_RE.search(text, agents[0][0]) or TOPIC_REF_RE.search(text, agents[0][0])
    limit = max(cue.end() if cue else len(text), agents[0][0])
    if INTENT_RE.search(text, 0, limit) or RECEIVING_RE.search(text, 0, limit):
        return  # "UKSA intends to start activities in this area", "agencies that expect to benefit": not their work
    if doers and not TOPIC_REF_RE.search(text) and not listed:
        agents = [(start, agent) for start, agent in agents if agent.iri in doers]
    lines = ctx.text.lines
    at = next(i for i, line in enumerate(lines) if line is sentence.line)
    # "Lead: NASA" above "Partners: ESA" is a field; "ISECG Gap Assessment 2025 - 18" a page's running header
    heading = next((i for i in range(at - 1, max(-1, at - 1 - MAX_SECTION_SENTENCES_LINES), -1) if lines[i].heading
                    and not FIELD_LINE_RE.match(lines[i].text) and not _running(ctx, lines[i])), None)
    if heading is None and TOPIC_REF_RE.search(text):  # "in this area" paragraphs below the section's heading, the
        # heading the cleaner set by its font (a short line of the text between may be a running header)
        heading = next((i for i in range(at - 1, max(-1, at - 1 - MAX_SECTION_LINES), -1) if _set_heading(ctx, lines[i])),
                       None)
    if heading is None:
        return
    # a numbered area, topic or item: "Area 2 – Cryogenic fluid management", "T3 Surface power"; or a heading
    # that is a technology's name alone ("Solar Electric Propulsion")
    label = SECTION_LABEL_RE.match(lines[heading].text)
    topic = lines[heading].text[label.end() if label else 0:].strip()
    if label is None and (len(topic.split()) > MAX_UNNUMBERED_TOPIC_WORDS or topic.endswith((".", ":", "?"))) \
            or GENERIC_TOPIC_RE.match(topic):
        return
    if not topic or len(topic.split()) > MAX_TOPIC_WORDS or WORK_CONTEXT_RE.search(re.sub(r"\([^()]*\)", "", topic)) \
            and not AREA_RE.search(topic) or not (HARDWARE_RE.search(topic) or AREA_RE.search(topic)) \
            or any(o.entity.type in ORG_LIKE for o in ctx.rec.gazetteer.find(topic)):
        return
    evidence = sentence.evidence()
    _works_on(ctx, (agent for _, agent in agents), topic, "section-topic", evidence)
