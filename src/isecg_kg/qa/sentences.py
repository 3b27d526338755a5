"""Pick the sentence of the top passages that best answers a question.

A sentence's score mixes three signals, each in 0..1:

- meaning: cosine similarity of the question and sentence embeddings;
- words: the share of the question's content words (lightly stemmed, weighted by how rare
  they are among the candidate sentences) found in the sentence or its section heading;
- phrase: the share of the question's consecutive content-word pairs the sentence has too
  ("Science Working Group coordinates" answers "What does the Science Working Group coordinate?");
- answer type: a "when" question wants a date, "where" a place, "how many" a number,
  "who"/"which agency" an organisation (one the graph knows, or a name headed by "Council", "Institute", ...:
  ORG_NAME), "what are the ..." a list, "what does IMS stand for" its expansion; a sentence holding that kind
  of value scores 1, one lacking it keeps only MISSING_TYPE of its score;

plus small bonuses for the passage's rank in the search and for coming from a document the question
names (its year, edition or title).  A sentence that says nothing the
question does not already say (an echo, such as a heading) is left out. With the ask_rerank setting (off by default) the first
few are then re-ordered with a cross-encoder's reading of question and sentence together (``judge``); measured, it
gained answers on held-out sets and lost as many on blind and development ones.  A sentence that ends with a
colon carries the list that follows it ("themes: - A - B - C").

A unit that cannot say what it is of is read with its frame (``contexts``): a table row (a line with no
sentence's end after a header row of capitalised column names, pypdf's spacing or Markdown bars) with that
header and the table's caption, so "Host" in the header states what "hosted" asks; a field line ("Host: CNES")
with its passage's heading and the other fields of its record.  The frame counts for meaning (the better of
the unit alone and framed) and for words; a caption ("Table 4: ...") answers nothing itself.

A sentence of something other than what is asked keeps a share of its score: another of a numbered series
("the 24th meeting", "the third edition" for the second: OTHER_ORDINAL), another year than the one the question
names ("the 2017 workshop"; the sentence's years, else its frame's, else its document title's: OTHER_YEAR),
another of the series by its place ("the previous workshop"), and, for a question about what was, what was
only planned or is to be ("had planned to host", unless a clause says what happened: OTHER_TIME).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass, field

import numpy as np

from ..kg.dates import LATER_RE, find_dates, later, spoken
from ..records import SearchHit
from ..text import CARDINALS, PLAIN_FIGURES, SUPERSCRIPT_DIGITS, TENS, is_list_item, number_word, sentence_spans, sentences, strip_marker

# Meaning and the question's words weigh alike: with meaning ahead (0.4 / 0.3, stops 1–48) a sentence close in topic but
# missing what the question names won more often on unseen sets (stop 49: held-out 48 -> 52 of 120, development
# 487 -> 489 of 600, validation and blind unchanged; 0.3 / 0.4 lost a blind answer).
WEIGHTS = {"meaning": 0.35, "words": 0.35, "phrase": 0.1, "type": 0.15, "rank": 0.05, "document": 0.1}
# The cross-encoder's reading (0..1 among the first ask_rerank sentences) beside the score's signals: chosen on two
# sets no rule had read (ax, ay: 22 -> 26 of 60 at 0.6 over ten sentences, 24 at 1.0 over three, 23 at 0.4 over five);
# it also lost blind and development answers, so ask_rerank is off by default (README, Questions; stop 45).
JUDGE_WEIGHT = 0.6
# A sentence that lacks the kind of value asked for is worth less.
MISSING_TYPE = 0.85
# Two consecutive sentences compete as one answer too (the date in one, the host in the next),
# at this discount so that one sentence that answers alone wins.
PAIR = 0.92
LINE_WORDS = 20  # a line this short with no sentence's end is a heading or a byline, and pairs with the next

STOPWORDS = frozenset("""
a about above after again all also am an and any are as at be been before being below between both but by
can could did do does doing done during each few for from further had has have having he her here hers him
his how i if in into is it its itself just me more most my no nor not now of off on once only or other our
out over own same she should so some such than that the their them then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your
whose whether yet upon per via
""".split())
# Words that ask rather than say: not counted as content.
QUESTION_WORDS = frozenset("what when where which who whom whose why how many much kind type list name tell say says "
                           "said according".split())  # "according to the 2019 report" names the source, asks nothing
# Irregular past forms, read as their verb: "led" says what "leads" asks, "held" what "hold" does.
IRREGULAR = {"led": "lead", "held": "hold", "began": "begin", "begun": "begin", "took": "take",
             "taken": "take", "gave": "give", "given": "give", "chose": "choose", "chosen": "choose", "made": "make",
             "sent": "send", "built": "build", "brought": "bring",
             "became": "become", "grew": "grow", "grown": "grow", "drew": "draw", "drawn": "draw", "won": "win",
             "ran": "run", "spent": "spend", "sought": "seek", "came": "come", "lost": "lose", "loss": "lose"}

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
DATE = re.compile(rf"\b(?:{MONTHS})\b\.?\s*\d{{4}}|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\b|"
                  rf"\b(?:19|20)\d\d\b|\bQ[1-4]\s*-?\s*(?:19|20)\d\d\b", re.I)
# An address or "in/at <Name>": a place even when the graph does not know it.
PLACE = re.compile(rf"\bPO Box\b|\b[A-Z]{{1,2}}-?\d{{4,5}}\b|\b(?:in|at|near)\s+(?!(?i:{MONTHS})\b)[A-Z][a-zà-ÿ]+")
# The name of a site after "in"/"at" (not a month, nor a thing's name such as "in Lunar Orbit Operations").
# ... or before the gathering held there ("at their Bremen meeting", "the Songdo plenary").
GATHERING_SITE = (r"\b(?:the|their|its|our)\s+(?!(?:Annual|Next|First|Last|Second|Third|Joint|Special|General|Plenary)\b)"
                  r"([A-Z][a-zà-ÿ]{2,})\s+(?:meeting|conference|workshop|plenary|summit|symposium|forum|congress)\b")
SITE = re.compile(rf"\b(?:in|at)\s+(?!(?i:{MONTHS})\b)([A-Z][a-zà-ÿ]+(?:[\s-][A-Z][a-zà-ÿ]+)?)\b|{GATHERING_SITE}")
# A site named before the town it stands in, after "at": "at the John H. Chapman Space Centre in Longueuil", "at its
# European Astronaut Centre (EAC) in Cologne", "at its technical centre, ESTEC, in Noordwijk", "at ESTEC, Noordwijk"
# (not "at the invitation of JAXA in Tokyo": a body asked of, no site; nor "at the ISECG meeting in Bonn").
_CAPITAL = r"[A-Z][\w\-.’']*"
SITE_BEFORE_TOWN = re.compile(
    rf"\bat\s+(?:(?:the|its|their|{_CAPITAL}['’]s)\s+)?(?:(?!(?:of|for|by|to|on)\b)[a-z][a-z\-]*\s+){{0,3}}?(?:[a-z]+,\s+)?"
    rf"(?P<site>{_CAPITAL}(?:\s+(?:{_CAPITAL}|of|for|and|(?:[a-z]+\s+)?cent(?:re|er)))*)(?:\s+\([A-Z]{{2,8}}\))?"
    r"(?:\s*,\s*(?:in\s+)?|\s+in\s+)$")


def site_at(sentence: str, town: str) -> str | None:
    """The place a sentence gives for ``town`` with the site there it names ("ESTEC, Noordwijk"); None when it
    names no site before the town."""
    for m in re.finditer(rf"\b{re.escape(town)}\b", sentence):
        at = SITE_BEFORE_TOWN.search(sentence[max(0, m.start() - 120):m.start()])
        if at and at.group("site") != town and not re.fullmatch(rf"(?:{MONTHS})", at.group("site"), re.I):
            return f"{at.group('site')}, {town}"
    return None
# ("twenty-one", and "twenty one" as some write it: not "twenty one-day workshops")
# ("a dozen", "two dozen", "half a dozen": one number, not "two" and then twelve)
NUMBER = re.compile(rf"\b(?:half\s+a|a|\d+|{'|'.join(w for w in CARDINALS if w not in ('zero', 'one'))})\s+dozen\b|"
                    # a figure whole: "10,000" (its thousands apart), no part of "10,000" or "1.5"
                    rf"(?<![\d.,])\d{{1,3}}(?:,\d{{3}})+(?!\d)|(?<!\d[.,])\b\d+\b(?![.,]\d)|\b(?:{'|'.join(TENS)})(?:-|\s+(?=\w+\b(?!-)))(?:one|two|three|four|five|six|seven|eight|nine)\b|"
                    rf"\b(?:{'|'.join(w for w in [*CARDINALS, *TENS] if w not in ('zero', 'one'))}|hundred|dozen)\b",
                    re.I)
PART_OF = re.compile(rf"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:{NUMBER.pattern})", re.I)
# A date as written in full, for the short answer: "20 September 2013", "12–13 March 2020", "May 31, 2007".
FULL_DATE = re.compile(rf"\b\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{MONTHS})\.?\s+\d{{4}}\b|"
                       rf"\b(?:{MONTHS})\.?\s+\d{{1,2}},\s+\d{{4}}\b|\b\d{{4}}-\d\d-\d\d\b|"
                       rf"\b(?:{MONTHS})\.?\s+\d{{4}}\b|\b(?:19|20)\d\d\b", re.I)
# "On which day of the congress was the paper presented?": one day within a gathering, which the gathering's own span
# ("25–29 October 2021") does not give.
DAY_OF_ASKED = re.compile(r"\b(?:which|what)\s+day\s+of\b", re.I)
ONE_DAY = re.compile(rf"(?<![–-])(?<![–-]\s)\b\d{{1,2}}(?!\s*[–-]\s*\d)\s+(?:{MONTHS})\.?\s+\d{{4}}\b|\b(?:{MONTHS})\.?\s+\d{{1,2}},\s+\d{{4}}\b|"
                     rf"\b\d{{4}}-\d\d-\d\d\b", re.I)
# "In which city and month was it decided?", "Where and when was the workshop held?", "Where and on what date did they
# sign it?": a place and a time asked at once.
PLACE_AND_TIME = re.compile(r"^\s*(?:(?:in|at)\s+)?(?:which|what)\s+(?:city|town|place|country|venue)\s+and\s+(?:in\s+)?"
                            r"(?:which|what\s+)?(?:month|year|date|day)\b|^\s*(?:where\s+and\s+when|when\s+and\s+where)\b|"
                            r"^\s*where\s+and\s+(?:on|in)\s+(?:which|what)\s+(?:month|year|date|day)s?\b", re.I)
# A day range without its year, "12–13 March": never a count.
DAY_RANGE = re.compile(rf"\b\d{{1,2}}\s*[–-]\s*\d{{1,2}}\s+(?:{MONTHS})\b", re.I)
MONEY = re.compile(r"[$€£¥]\s?\d|\b\d[\d.,]*\s*(?:million|billion|thousand)?\s*(?:dollars?|euros?|pounds?|yen|"
                   r"USD|EUR|GBP|JPY)\b|\b(?:USD|EUR|GBP|JPY)\s?\d", re.I)
DURATION = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
                      r"(?:day|week|month|year|decade)s?\b", re.I)
# A number joined to its unit into an adjective: "a two-day workshop", "a 10-year plan" measures, it counts nothing.
MEASURE_WORD = re.compile(r"\b[\w-]+?-(?P<unit>hour|day|week|month|year|decade|metre|meter|kilometre|kilometer|km|kg|"
                          r"tonne|ton)s?\b", re.I)
NEGATION = re.compile(r"\b(?:not|cannot|no|never|none|neither|nor)\b|n't\b", re.I)
# A question answered by yes or no starts with an auxiliary verb.
YES_NO = re.compile(r"^(?:can|could|is|are|was|were|does|do|did|has|have|had|will|would|should|may|must)\b", re.I)
# The units of each quantity measured, and the words that ask for it ("how much does it weigh?" asks a mass: "a
# 10,000 km range" gives none).
UNITS = {"mass": (r"kg|kilo(?:gram)?s?|g|grams?|t|tonnes?|tons?|lbs?|pounds", r"mass|weight|weigh\w*|heavy"),
         "speed": (r"m/s|km/s|km/h", r"speed|velocity|fast"),
         "length": (r"m|metres?|meters?|km|kilomet(?:re|er)s?|cm|mm",
                    r"length|diameter|height|width|altitude|distance|range|tall|wide|high|far|deep"),
         "power": (r"W|kW|MW|watts?|kilowatts?|megawatts?|kWh", r"power|powerful"),
         "force": (r"N|kN|newtons?", r"thrust"), "volume": (r"litres?|liters?|m3|m³", r"volume|capacity"),
         "other": (r"°C|K|bar|Pa|kPa", r"temperature|pressure")}


def _measure(units: str) -> re.Pattern:
    """A quantity with its unit: "about 3 tonnes", "a 1.5 m drill", "10 kW of power"."""
    return re.compile(rf"\b\d[\d.,]*\s*(?:{units})(?![\w/])", re.I)


MEASURE = _measure("|".join(units for units, _ in UNITS.values()))
MEASURES = {kind: (_measure(units), re.compile(rf"\b(?:{asked})\b", re.I)) for kind, (units, asked) in UNITS.items()}


def measure_asked(question: str) -> re.Pattern:
    """The quantity a question asks the measure of, by its first word naming one; any quantity when none does."""
    found = [(m.start(), pattern) for pattern, asked in MEASURES.values() if (m := asked.search(question))]
    return min(found, key=lambda f: f[0])[1] if found else MEASURE
# What a person in a role is asked for by: "Who is the president of X?" (a name, not an agency).
PERSON_ROLES = (r"president|vice[\s\-]president|director(?:[\s\-]general)?|head|administrator|ceo|chief executive|"
                r"minister|secretary(?:[\s\-]general)?|spokes(?:person|man|woman)|chair(?:man|woman|person)|"
                r"deputy|manager|editor(?:[\s\-]in[\s\-]chief)?")
PERSON_ASKED = re.compile(rf"^\s*(?:who\s+(?:is|was|are|were|will be)|what\s+(?:is|was|are|were)\s+the\s+names?\s+of)\s+"
                          rf"(?:the\s+)?(?:current\s+|former\s+|new\s+)?"
                          rf"(?P<role>{PERSON_ROLES})\b", re.I)
PERSON_NAME = re.compile(r"\b(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-Za-zÀ-ÿ][a-zß-ÿ]+)?(?:\s+[A-Z]\.)?"
                         r"\s+(?:(?:[Vv][ao]n|[Dd][aeiu]|[Dd]el|[Ll][ae]|Al|al)\s+)?[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-Za-zÀ-ÿ][a-zß-ÿ]+)?\b")
TITLED = re.compile(r"^(?:Dr|Prof|Mr|Ms|Mrs)\b")  # a name with its title is a person's, whatever role is told
# The person a passive clause names as its agent: "chaired by Dr Akiko Sato", "Presented by Helena Marsh" (a line's head).
# "chaired by", "is led by", "was run by": a short irregular participle names its agent as a long one does
AGENT_PERSON = re.compile(rf"\b(?i:[a-z]{{3,}}ed|led|run|held)\s+by\s+(?P<name>{PERSON_NAME.pattern})")
_ROLE_NEAR = 60  # characters between a role word and the name of whoever holds it
# A sentence naming another of a numbered series ("the 24th meeting" for the 25th), or telling what is to come when
# what was is asked, tells of something else: it keeps this share of its score.
OTHER_ORDINAL = OTHER_TIME = OTHER_YEAR = 0.7
# A sentence telling of another of a series by where it stands against this one: "the previous workshop".
OTHER_OF_SERIES = re.compile(r"\b(?:the|its|their|our|an?)\s+(previous|preceding|former|earlier|prior|last|past)\s+"
                             r"(?!to\b|years?\b|months?\b|decades?\b)[a-z]", re.I)
DOCUMENT_WORDS = r"(?:roadmap|report|edition|paper|supplement|newsletter|digest|issue)s?\b"
YEAR = re.compile(r"(?:19|20)\d\d(?![\d'’s])")
DOCUMENT_YEAR = re.compile(rf"\b{YEAR.pattern}\s+(?:[\w-]+\s+)?{DOCUMENT_WORDS}", re.I)
ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.I)
# A question about what was ("When was ... held?", "Who chaired ...?") and a sentence about what is to be.
PAST_ASKED = re.compile(r"\b(?:was|were|did|had)\b|\b[a-z]{3,}ed\b", re.I)
# "planned" after a determiner is an attribute ("each agency reported its planned investments"), told of the past too
# ("was to have been hosted in Tokyo": a plan that did not come about)
FUTURE = re.compile(r"\b(?:will|shall|next|upcoming|plans?\s+to|(?<!\bits )(?<!\bthe )(?<!\btheir )(?<!\bour )planned|"
                    r"intends?\s+to|(?:is|are)\s+(?:expected|due|scheduled|set)\s+to|(?:is|are)\s+expected\s+in|"
                    r"(?:was|were)\s+to\s+have\s+been|"
                    # what someone expected of a thing: "they expected the updated roadmap to be published in 2013"
                    r"(?:expected|anticipated|intended|hoped)\s+(?:(?!to\b)[\w\-]+\s+){1,5}to\s+be)\b", re.I)


# A question asking for what was planned, proposed or expected (then what is to be answers it).
# ("where was it originally supposed to take place", "meant to be held": what was planned before it changed)
PLAN_ASKED = re.compile(r"\b(?:expect\w*|plan\w*|intend\w*|schedul\w*|due|foresee\w*|envisag\w*|propos\w*|aim\w*|"
                        r"will|would|shall|future|next|supposed|originally|meant)\b", re.I)
# A clause saying what happened, whatever was planned: "was held", "were chosen", "was finally moved".
HAPPENED = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?!(?:planned|expected|scheduled|due|intended|set|going|"
                      r"proposed|foreseen|envisaged|to)\b)[a-z]+(?:ed|en|ld|wn|t)\b")
ORDINAL_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                 "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth")
# An ordinal and the noun it numbers: "the third edition", "its 2nd meeting", "the fifth ISECG workshop".
NUMBERED = re.compile(rf"\b({ORDINAL_WORDS}|\d+(?:st|nd|rd|th))\s+(?:[A-Z][\w-]*\s+){{0,2}}([a-z][\w-]+)", re.I)


def _planned(sentence: str) -> bool:
    """Whether a sentence tells what is to be, or was planned, and not what happened: a word of FUTURE (not in a
    name, "Moon Next"), and no clause saying what was done ("was planned for X but was held in Y" tells a fact)."""
    # what a second clause reports was said of a plan ("... each sent an observer and told the managers that they
    # intend to apply") leaves the first clause a fact
    # (so does a plan a clause after a semicolon tells of: "X is the largest gap; no agency has a plan to close it")
    sentence = REPORTED.sub("", sentence).split(";")[0]
    return FUTURE.search(re.sub(r"(?<=\s)[A-Z][\w-]*", "", sentence)) is not None and not HAPPENED.search(sentence)


REPORTED = re.compile(r",?\s+and\s+(?:told|said|informed|announced|stated|reported|indicated|explained|confirmed|"
                      r"signalled|signaled)\b.*$", re.I | re.S)


def editions(text: str) -> set[tuple[str, str]]:
    """The numbered things ``text`` names, as (ordinal, stem of the noun numbered): ("third", "edition")."""
    return {(m.group(1).lower(), stem(m.group(2))) for m in NUMBERED.finditer(text)}


def other_edition(sentence: str, asked: set[tuple[str, str]]) -> bool:
    """Whether ``sentence`` numbers the thing the question numbers otherwise and never as asked ("the third
    edition" for "the second edition")."""
    told = editions(sentence)
    nouns = {n for _, n in asked}
    return bool(asked) and not told & asked and any(n in nouns for _, n in told)


def asks_past(question: str) -> bool:
    """Whether a question asks when or where something was ("When was the meeting held?"), not what is to be or was
    planned (a roadmap's plans answer what it offered: only the time and the place of what happened are asked so)."""
    return answer_type(question) in ("date", "place") and PAST_ASKED.search(question) is not None and FUTURE.search(question) is None and not re.search(
        r"\b(?:expected|plann\w*|intended|scheduled|due|supposed|originally|meant)\b", question, re.I)


# Kinds of value an answer must hold: a sentence without one does not answer (see Answerer).
REQUIRED = frozenset({"date", "number", "duration", "amount", "measure", "person", "place", "org", "code", "day"})
# The entity categories (linking.CATEGORIES) that give each kind of value.
CATEGORIES = {"org": {"org", "unit"}, "place": {"place"}, "tech": {"tech"}}


# "Which destinations ...", "What near-term mission themes ...": a question asking for several things.
_PLURAL = re.compile(r"^(?:which|what)\s+(?!(?:will|did|does|do|is|are|was|were|can|could|should|has|have|had|"
                     r"would|may|might|must)\b)(?:[\w-]+\s+){0,3}?(?!(?:does|was|has|is|this|its|his)\b)[\w-]{3,}(?<!s)s\s+"
                     r"(?!is\b|was\b|has\b)\w", re.I)  # "which earlier paper does ...": "does" is no plural


# A question asking how many, in any of its words: "how many", "the number of", "the size of its membership".
# "What is the reference number of the proceedings?", "Which document code does the report carry?": an identifier, not
# a count ("ISECG-TW-2013-01", "NASA/TM-2019-220", "IAC-21-A3.1.5": letters and digits in three parts or more).
CODE_ASKED = re.compile(r"\b(?:reference|document|report|serial|paper|publication|catalogu?e|file|contract|registration)\s+"
                        r"(?:numbers?|no\.?|codes?|ids?|identifiers?)\b|\b(?:identifier|reference code|designation)s?\b", re.I)
CODE = re.compile(r"(?<![\w/.-])(?=[\w/.-]*\d)(?=[\w/.-]*[A-Z])[A-Z0-9]+(?:[-/.][A-Za-z0-9]+){2,}(?![\w/-]|\.\w)")
COUNT_ASKED = re.compile(r"\bhow (?:many|much|large|big)\b|\b(?:number|size|count|total) of\b|\b(?:attendance|turnout)\b|"
                         r"\bmembership\b,?\s+(?:counted|measured)\s+in\b", re.I)


# "What does IMS stand for?", "What is the acronym LUPEX short for?": the words an acronym is made of.
EXPANSION_ASKED = re.compile(r"\bstands?\s+for\b|\bshort\s+for\b|\b(?:acronym|abbreviation|initialism)\b", re.I)
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*\b")


def acronym_asked(question: str) -> str | None:
    """The acronym a question asks the expansion of: its last word in capitals ("IMS", "ExPO")."""
    found = _ACRONYM.findall(question)
    return found[-1] if found else None


def expansion(sentence: str, acronym: str) -> str | None:
    """The words ``acronym`` stands for as ``sentence`` gives them: "ISECG Mission Scenario (IMS)", "IMS (ISECG
    Mission Scenario)", "IMS stands for / is short for / means ISECG Mission Scenario"."""
    a = re.escape(acronym)
    if m := re.search(rf"\b{a}\s*\(([^)]{{4,80}})\)", sentence):
        return m.group(1).strip()
    if m := re.search(rf"\b{a}\s+(?:stands\s+for|is\s+short\s+for|is\s+an?\s+(?:acronym|abbreviation)\s+(?:for|of)|"
                      rf"means)\s+(?:the\s+)?([A-Z][^,.;:()]{{3,80}}?)(?=\s*(?:[,.;:()]|$|\s+(?:and|which|that|is|was)\b))",
                      sentence):
        return m.group(1).strip()
    if m := re.search(rf"((?:[\w'’&-]+\s+){{1,10}}?)\(\s*(?:the\s+)?{a}\s*\)", sentence):
        words = m.group(1).split()
        letters = acronym.upper()
        # the shortest run of words ending before the bracket whose capitals spell the acronym
        for n in range(1, len(words) + 1):
            run = words[-n:]
            capitals = "".join(w[0] for w in run if w[0].isupper())
            if capitals == letters or capitals.replace(" ", "") == letters or \
                    n == len(words) or (run[0][0].isupper() and "".join(c for w in run for c in w if c.isupper()) == letters):
                if run[0][0].isupper():
                    return " ".join(run)
        return None
    if (m := re.match(rf"\s*{a}\s*[:=–—-]?\s+([A-Z][^()]{{3,100}}?)\s*$", sentence)) and _initials(m.group(1), acronym):
        return m.group(1)  # a line of a list of abbreviations: "ESPRIT European System Providing Refuelling, ..."
    return None


def _initials(words: str, acronym: str) -> bool:
    """Whether ``words`` are made into ``acronym`` by their initials (those of a hyphened word's parts too: "In-situ
    resource utilisation" for ISRU), small words left out or not ("Power and Propulsion Element", PPE)."""
    parts = [w for w in re.split(r"[\s/-]+", words) if w[:1].isalnum()]
    spelled = "".join(w[0] for w in parts).upper()
    full = "".join(w[0] for w in parts if w.lower() not in ARTICLES | {"for", "to", "in", "on"}).upper()
    return acronym.upper() in (spelled, full)


# "At which meeting did ESA hand the chair to NASA?": a gathering, answered by the one a sentence names, with its
# place and date ("the senior managers meeting in Bonn, 9 November 2016").
_AUX_WORDS = r"(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could)"  # "what did the meeting decide"
GATHERING = (r"(?:meeting|plenary|workshop|conference|congress|summit|symposium|session|forum|gathering|round\s+table|"
             r"videoconference|teleconference|dialogue|colloquium|assembly|retreat)")
GATHERING_ASKED = re.compile(rf"\b(?:which|what)\s+(?:(?!{_AUX_WORDS}\b)[\w-]+\s+){{0,2}}?{GATHERING}\b", re.I)
_DETERMINER = r"(?:the|their|its|our|a|an)"
GATHERING_TOLD = re.compile(rf"\b(?i:{_DETERMINER})\s+(?:(?!(?i:of|and|to|by|for|with|{_DETERMINER})\b)[\w’'-]+\s+){{0,4}}?"
                            rf"(?i:{GATHERING})\b(?:\s+(?:in|at)\s+[A-Z][\w-]+(?:,?\s+[A-Z][\w-]+)?)?")
GATHERING_DATE = 60  # characters between the gathering and its date


# "Who will represent the chair agency?", "who represented ESA at the plenary?": people act for a body, as "who is
# the head of ...?" asks a person
# "Who spoke for LSA?", "who commented on behalf of the agency?", "who was quoted?": a body speaks through a person
REPRESENTATIVE_ASKED = re.compile(rf"^\s*who\s+(?:{_AUX_WORDS}\s+)?(?:be\s+)?(?:represent(?:s|ed|ing)?|"
                                  rf"(?:sp(?:oke|eaks?)|signed|acted|talked|commented)\s+(?:for|on\s+behalf\s+of)|"
                                  rf"said|commented|quoted)\b", re.I)
# "Who chaired the group before Anne-Marie Côté?", "who succeeded Dr Li?": one in a line of people is a person too
PERSON_SUCCESSION = re.compile(rf"^\s*(?i:who)\b.*\b(?i:before|after|succeeded|preceded|replaced|followed)\s+"
                               rf"(?P<name>{PERSON_NAME.pattern})")


def answer_type(question: str) -> str | None:
    """The kind of value the question asks for: date, place, number, org, tech or None."""
    q = question.lower()
    if PERSON_ASKED.search(q) or REPRESENTATIVE_ASKED.search(q) or (m := PERSON_SUCCESSION.search(question)) and \
            not re.search(r"\b(?:Space|Agency|Group|Office|Centre|Center|Institute|Administration)\b", m.group("name")) \
            or re.search(r"^\s*(?:which|what)\s+(?:person|individual|official)\b", q):
        return "person"  # "which person represented it?": a person, as "who is the head of ...?" asks
    if EXPANSION_ASKED.search(question) and acronym_asked(question):
        return "expansion"
    if re.search(r"\bhow much\b|\b(?:amount|sum|level) of\b", q) and re.search(
            r"\b(?:fund\w*|money|budget\w*|financ\w*|invest\w*|cost\w*|spen[dt]|paid|pays?|price|worth)\b", q):
        return "amount"
    if CODE_ASKED.search(q):
        return "code"
    if DAY_OF_ASKED.search(q):
        return "day"
    if re.search(r"\bhow much\b[^?]*\bweigh", q):  # a mass, not a count
        return "measure"
    if COUNT_ASKED.search(q):
        return "number"
    # a measure is what is asked when its word heads the question's noun ("the mass of", "what power does"), not
    # when it qualifies another ("the critical power technology")
    if re.search(r"\b(?:mass|weight|length|diameter|height|width|volume|capacity|power|thrust|speed|altitude|"
                 r"distance|payload)\b(?=\s*(?:$|[?,]|\b(?:of|is|are|was|were|does|do|did|will|can|would)\b))", q) \
            and re.search(r"^\s*(?:what|how)\b", q) \
            or re.search(r"\bhow (?:heavy|tall|wide|high|far|fast|powerful|deep)\b", q):
        return "measure"
    if re.search(r"\bhow long\b", q):
        return "duration"
    if re.search(r"\bcost\b|\bhow expensive\b|\bbudget\b|\bprice\b", q):
        return "amount"
    # "when was ...", "and when?"; not a clause giving the time of another question ("which agency chaired ISECG
    # when the paper was endorsed?")
    if re.search(r"\bwhen\b(?=\s*(?:$|[?,.;]|\b(?:did|was|were|is|are|does|do|will|would|had|has|have|in|on|during|"
                 r"exactly|approximately|roughly|precisely)\b))|\b(what|which) (years?|dates?|months?|days?)\b|\bsince when\b", q):
        return "date"
    if re.search(r"\bwhere\b|\bin which (city|country|place)\b|\bwhat (city|country|place|location)\b", q):
        return "place"
    if GATHERING_ASKED.search(q):
        return "event"
    # "which agency", "which two newly created national space agencies": a few words (not a verb's) before the body
    if THEY_ASKED.search(q) and re.search(r"\b(?:agencies|organi[sz]ations|bodies)\b", q):
        return "org"  # "Two agencies founded in 2018 sent observers. Which were they?"
    if re.search(r"\bwho(?:se)?\b|\bwhich (?:(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|of|in|for|to)\b)"
                 r"[\w-]+ ){0,5}?(agenc|organi[sz]ation|body|bodies|partner|institution|group|team|office|countr)", q):
        return "org"
    if re.search(r"\b(what|which) (technolog\w*|domain|area)", q):
        return "tech"
    if re.search(r"^(what|which) are\b|^list\b", q) or _PLURAL.search(q):
        return "list"
    if re.fullmatch(r"(what|who) (is|are|was|were) [^?]{1,60}\??", q.strip()):
        return "definition"
    return None


# "..., which were they?", "Name them.": what a first sentence tells of is asked for
THEY_ASKED = re.compile(r"\b(?:which|who|what)\s+(?:were|are)\s+they\b|\bname\s+them\b", re.I)
_AUX = r"(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|may|might|must)"
# "Who hosted ...", "Which agency chaired ...", "Who will host ...": the relation asked, a past-tense verb after the
# asking subject, or a verb after a future's auxiliary (what is to come is stated in the verb's own form).
# (after a clause naming where: "According to the 2010 report, who passed ...")
RELATION = re.compile(rf"^\s*(?:[^,?]*,\s*)?(?:who|which(?:\s+(?!{_AUX}\b)[\w-]+){{1,3}}?)\s+(?:(?P<verb>[a-z]{{3,}}ed)|"
                      r"(?:will|shall|(?:is|are) (?:going|set|due|expected) to)\s+(?!be\b|have\b)(?P<future>[a-z]{3,})|"
                      r"(?:is|are|was|were)\s+(?P<ongoing>(?!being\b)[a-z]{3,}ing))\b",
                      re.I)
# A verb of intent and what the subject is to do ("offered to lead", "agreed to host"), not a preposition's object
# ("agreed to the plan", "contributed to the report").
INTENT = ("offer", "agre", "decid", "volunteer", "promis", "plan", "propos", "pledg", "intend")
INFINITIVE = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|this|that|these|those|his|her|our|all|each|both)\b)"
                        r"([a-z]{3,})\b")
# What follows an "-ed" word that describes the subject rather than saying what it did: a preposition, then
# the question's own verb ("listed under surface mobility is not a member").
PARTICIPLE = re.compile(rf"^\s+(?:under|in|by|at|on|for|as|from|with|among)\b.*?\s{_AUX}\b", re.I)
# An "-ed" word after an adverb and before a bare adjective or noun names what the subject is, it says not what it did:
# "Which two newly created national space agencies sent ...", "Which recently founded bodies joined ...".
MODIFIER = re.compile(r"\w+ly\s+\w+ed\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|to|in|on|at|by|with|"
                      r"for|from|as|of|and|or)\b)[a-z][\w-]*\s+[\w-]+", re.I)
# "Can a private individual become ...": the subject of a yes/no question, after its auxiliary and article.
SUBJECT = re.compile(rf"^\s*{_AUX}\s+(?:(?:a|an|the|any|some|this|that|these|those)\s+)?(?P<subject>[^?,]+)", re.I)
# "What is the population of Tokyo?": the attribute asked of something, the noun before "of"/"for".  A sentence
# that never names it (one about a forum held in Tokyo) does not answer, however well it scores on the rest.
ATTRIBUTE = re.compile(r"^\s*(?:what|which)\s+(?:is|was|are|were)\s+the\s+(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+)\s+(?:of|for)\b",
                       re.I)
# Attributes a sentence gives without naming them: "fourteen agencies" is a number, "NASA" a name.
GENERIC_ATTRIBUTES = frozenset("number size total count amount name names title date dates year years day time "
                               "place location list".split())


# "Which organisation did the senior managers admit as a new member?": the verb after the subject of "did", the last
# of the words running on from it (the subject's, then the verb) before a small word.
DID_RELATION = re.compile(r"^\s*(?:[^,?]*,\s*)?(?:which|what)\s+[\w-]+\s+(?:did|does|do)\s+(?P<run>(?:[\w'’-]+\s+){1,5}?)"
                          r"(?:as|to|in|at|on|for|from|with|into|during|after|before|the|a|an|\?)\b", re.I)
# Verbs that say one relation in other words: a sentence saying "welcomed" states what "admit" asks.
DECIDING = frozenset({"agre", "decid", "decis", "approv", "endors", "adopt", "resolv"})
RELATION_FAMILIES = [frozenset({"admit", "accept", "join"}), frozenset({"host", "invit", "organis", "organiz"}),
                     frozenset({"replac", "supersed"}),
                     frozenset({"select", "chos", "choos", "pick"}), frozenset({"launch", "lift"}), DECIDING]
# "On what date was X's membership request approved?": the date of a decision, told only by a sentence saying one (a
# date X joined or was welcomed is not when its request was approved).
WHEN_DECIDED = re.compile(r"^\s*(?:when|on\s+what\s+(?:date|day)|in\s+(?:what|which)\s+(?:year|month)|what\s+(?:date|day|"
                          r"year))\s+(?:was|were|has\s+been|had\s+been)\s+[^?]+?\s+(?P<done>[a-z]{4,}ed)\s*\?\s*$", re.I)
# The verb of a "which X <verb>ed" question said in other words: joining by what one became or was welcomed as
# ("became its 21st member"), attending by the role ("Observers at the plenary were ...").
# ... succession by the one who came after or before ("Her successor is ...", "... when she succeeded Dr. A").
PLAIN_FAMILIES = (frozenset({"admit", "accept", "join", "becam", "welcom"}), frozenset({"attend", "observ", "particip"}),
                  frozenset({"succeed", "successor", "succession", "preced", "predecessor"}))


def _family(stem_: str) -> set[str]:
    return next((set(f) for f in RELATION_FAMILIES if any(stem_.startswith(w) for w in f)), {stem_})


# Being a member is said by joining, and joining by being admitted: "Individuals cannot join." answers "Can an individual
# become a member?".
MEMBERSHIP = frozenset({"member", "join", "admit", "accept", "belong"})


def _said_as(stem_: str) -> set[str]:
    """The word stems a sentence may say ``stem_`` in: its relation family, or membership's."""
    return set(MEMBERSHIP) if any(stem_.startswith(w) for w in MEMBERSHIP) else _family(stem_)


# "Which agency took over the ISECG chair from JAXA?", "Who held the presidency in 2019?": a post taken, held or handed
# on (any verb): only a sentence naming the post says who had it.
# (its object: not "Which meeting did the chair host?", "Who will be the next chair?")
POST_TAKEN = re.compile(rf"^\s*(?:(?:to|from)\s+)?(?:who|whom|which(?:\s+[\w-]+){{1,2}}?)\s+"
                        rf"(?:(?:did|does|do|has|have|had)\s+(?:[\w-]+\s+){{1,3}}?)?(?!{_AUX}\b)[\w-]+\s+"
                        r"(?:(?:over|up|on|back)\s+)?(?:the|its|their)\s+(?:[\w-]+\s+)?(?P<post>(?:co-?)?chair(?:man|woman|person)?(?:ship)?s?|"
                        r"presidency|secretariat)\b", re.I)


def stated(question: str) -> list[set[str]]:
    """What a sentence must hold to answer ``question`` at all, as groups of word stems (a word of each group):
    the relation a "who/which X <verb>ed" question asks ("hosted": host); for a yes/no question, a word of
    its subject ("a private individual": private, individual) and the head of what it asks of it, its last
    word ("... become an ISECG member": member); the attribute a "what is the X of Y" question asks (X, unless
    a sentence gives it unnamed: GENERIC_ATTRIBUTES); the verb of a "which X did S <verb>" question, any word of
    its family (RELATION_FAMILIES); the decision a "when was X approved" question asks (WHEN_DECIDED), in any verb
    of deciding.  Empty when the question has none of these."""
    if m := RELATION.match(question):
        # "Which body listed under X is not a member?": a participle naming the subject, the verb comes later
        verb = stem(m.group("verb") or m.group("future") or m.group("ongoing"))
        if PARTICIPLE.match(question[m.end():]) or m.group("verb") and \
                MODIFIER.match(question[question.rfind(" ", 0, m.start("verb") - 1) + 1:]):
            return []
        group = next((set(f) for f in PLAIN_FAMILIES if any(verb.startswith(w) for w in f)), {verb})
        # "Which agency offered to lead ...?", "agreed to host": what it is to do says the relation too ("Lead agency:")
        if verb.startswith(INTENT) and (then := INFINITIVE.match(question, m.end())):
            group.add(stem(then.group(1)))
        return [group]
    if m := POST_TAKEN.match(question):
        return [{stem(m.group("post"))[:5]}]  # "took over the chair": chaired, chairmanship, chair
    if (m := ATTRIBUTE.match(question)) and m.group("head").lower() not in GENERIC_ATTRIBUTES:
        return [{stem(m.group("head"))}]
    if (m := DID_RELATION.match(question)) and len(run := [w for w in m.group("run").split()
                                                            if w.lower() not in STOPWORDS]) >= 2:
        return [_family(stem(run[-1]))]
    if (m := DID_WHAT.match(question)) and answer_type(question) in (None, "definition"):
        # "What did the December meeting decide?": a sentence saying what was decided, not one only dating it
        return [_family(stem(m.group("verb") or m.group("done")))]
    if YES_NO.match(question.strip()) and (m := SUBJECT.match(question)):
        words = _WORD.findall(m.group("subject"))
        run: list[str] = []
        for w in words:
            if w.lower() in STOPWORDS:
                # "a private individual become | an ...": words running into an object end with its verb.
                run = run[:-1] if len(run) > 1 else run
                break
            run.append(w)
        subject = {stem(w) for w in run[:3]}
        # What is asked of the subject: the head of its verb's object ("Do agencies pay a fee to belong to ISECG?": fee;
        # "... become a member of the forum?": member), or failing one the last word ("Did ESA join ISECG?"), in a
        # word of its family.  (A year is the time asked of, not a word the answer must say: "... join in 2021?")
        last = [w for w in _WORD.findall(question) if w.lower() not in STOPWORDS and not w.isdigit()][-1:]
        rest = words[len(run):]
        verb = next((i for i, w in enumerate(rest) if w.lower() not in STOPWORDS), len(rest))
        obj = list(itertools.takewhile(lambda w: w.lower() not in STOPWORDS,
                                       itertools.dropwhile(lambda w: w.lower() in STOPWORDS, rest[verb + 1:])))
        heads = {stem(w) for w in [w for w in obj[-1:] if not w.isdigit()] or last} - subject
        return [subject] + ([set().union(*map(_said_as, heads))] if heads else [])
    if (m := WHEN_DECIDED.match(question)) and (family := _family(stem(m.group("done")))) == set(DECIDING):
        return [family]
    return []


# The verb of a question asking for its object: "Which earlier product does the 2019 assessment supersede?" (the verb
# last, after the subject of "does"), "The 2023 update replaces which earlier scenario?" (the verb before "which").
OBJECT_ASKED = re.compile(rf"^\s*(?:[^,?]*,\s*)?(?:which|what)\s+(?:[\w-]+\s+){{1,3}}?(?:did|does|do)\s+"
                          rf"(?:(?!(?:as|to|in|at|on|for|from|with|into|of|by|and|or)\b)[\w'’-]+\s+){{1,8}}?(?P<last>[a-z]{{4,}})\s*\?\s*$|"
                          rf"^\s*(?!(?:which|what|who|whom|how|name|list|when|where|why)\b)[^?]*?\b"
                          rf"(?P<before>(?!{_AUX}\b)[a-z]{{3,}}(?:s|ed))\s+(?:which|what)\s+(?:[\w-]+\s+){{0,3}}[\w-]+\s*\?\s*$",
                          re.I)


# Verbs of a document telling ("Which agencies does the report list?"): what they tell is said in any words, the
# sentence that answers need not say the verb.
TELLING = re.compile(r"^(?:list|name|mention|cit|credit|report|describ|identif|say|said|stat|giv|show|not|record|"
                     r"present|includ|contain|cover|discuss|consider|highlight|feature|refer)", re.I)


def object_verb(question: str) -> str | None:
    """The verb of a question asking for its object (OBJECT_ASKED): "supersede", "replaces"; not one of telling."""
    m = OBJECT_ASKED.match(question)
    verb = m and (m.group("last") or m.group("before"))
    return verb if verb and verb.lower() not in STOPWORDS and not TELLING.match(verb) else None


def object_relation(question: str) -> list[set[str]]:
    """What a sentence must say to give the object a question asks for: its verb's family, as ``stated`` gives
    ("supersede": supersedes, replaces).  A sentence that repeats the question's subject without the verb (a cover
    line, "since the previous scenario") names no such object.  Empty when the question has no such verb."""
    verb = object_verb(question)
    return [_family(stem(verb))] if verb else []


def says_relation(sentence: str, relation: list[set[str]]) -> bool:
    """Whether ``sentence`` says the relation ``object_relation`` gives, not that it does not hold ("It does not
    replace the third edition")."""
    return states(sentence, relation) and not any(
        any(stem(w).startswith(s) for s in relation[0]) for w in _NEGATED_VERB.findall(sentence))


_NEGATED_VERB = re.compile(r"\b(?:not|never|n't)\s+(?:[a-z]+ly\s+)?([a-z]+)", re.I)
# A sentence that gives what it says by pointing back ("This document supersedes that gap list."): it is read with the
# sentence before it, which names what it points to.
BACK_REFERENCE = re.compile(r"^\s*(?:It|They)\b|\S\s+(?:that|those|these|this|such|the\s+same|the\s+latter|the\s+former)\s+"
                            r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[.;]?\s*$")


# "Which agency leads work on nuclear surface power?", "... research into dust mitigation in 2020": the field of work
# asked of, up to a time, a source or the question's end (not "work in the 2021 assessment": where it is told).
WORK_TOPIC = re.compile(r"\b(?:work(?:s|ing)?|research|activit(?:y|ies)|efforts?|stud(?:y|ies)|developments?)\s+"
                        r"(?:on|into|towards?)\s+(?:the\s+)?(?P<topic>[^\W\d][\w-]*(?:\s+[\w-]+){0,5}?)"
                        r"(?=\s*(?:[,?.;]|$)|\s+(?:in|during|since|until|before|after|according|by|for|at)\b)", re.I)


def tells_topic(question: str, text: str) -> bool:
    """Whether ``text`` names the field of work ``question`` asks of (WORK_TOPIC), by most of its words; true when it
    asks of none.  A sentence crediting work on another field (or none) says nothing of the one asked."""
    if (m := WORK_TOPIC.search(question)) is None or not (topic := content_words(m.group("topic"))):
        return True
    return 2 * len(topic & content_words(text)) > len(topic)


# What the verb of a question takes when the answer is the one doing it ("Who gave the keynote address at the Paris
# workshop?", "Which agency leads dust mitigation technology in the 2012 map?") or when it was done ("On what date did
# the Israel Space Agency submit its application to join?"): its object, up to a preposition, a clause or the end.
# (after a subject of capitalised words, a verb is told from a noun by the article after it: "did ISA submit its")
_DOER = (r"(?:who|which\s+(?:[\w-]+\s+){0,3}?(?:agenc(?:y|ies)|organi[sz]ations?|bod(?:y|ies)|compan(?:y|ies)|"
         rf"partners?|institutions?|officials?|persons?|people))\s+(?:[a-z]+ly\s+|first\s+)?(?!{_AUX}\b)[a-z]{{3,}}"
         r"(?:\s+(?:over|up|out|off|back))?\s+(?:(?:the|its|their|a|an)\s+)?")
_DONE_BY = (r"(?:when|(?:on|in|by)\s+(?:what|which)\s+(?:date|day|month|year))\s+(?:did|does|do|will)\s+(?:the\s+)?"
            r"(?:(?-i:[A-Z])[\w'’-]*\s+)+[a-z]{3,}(?:\s+over)?\s+(?:the|its|their|a|an)\s+")
_OBJECT_END = (r"(?:in|at|on|of|for|to|from|with|by|during|throughout|since|until|before|after|under|between|among|"
               r"according|as|into|and|or|when|while|that|which|who|than)")
TAKEN = re.compile(rf"^\s*(?:[^,?]*,\s*)?(?:{_DOER}|{_DONE_BY})(?P<object>(?:(?!{_OBJECT_END}\b)[\w'’-]+\s*){{1,5}}?)"
                   rf"(?=[,?.;]|\s+{_OBJECT_END}\b|$)", re.I)
_OBJECT_WORD = re.compile(r"[\w-]+(?:['’][a-z]+)?")
_GATHERING_WORD = re.compile(rf"{GATHERING}s?|plenaries", re.I)


def _taken_words(text: str) -> list[str]:
    return ["meeting" if _GATHERING_WORD.fullmatch(w) else stem(w) for w in _OBJECT_WORD.findall(text)]


def taken(question: str) -> list[str]:
    """The words of what the question's verb takes (TAKEN), stemmed, its head last, unless a name tells it (a
    capitalised word or one with a figure: "the ISECG chair", "the Canadarm3 arm", which the checks of names see to)
    or it is a field of work (tells_topic): not a year, a rank or order, an adverb nor a participle ("the meeting held
    in ..."); a gathering of any kind is "meeting"."""
    if (m := TAKEN.match(question)) is None or WORK_TOPIC.search(question):
        return []
    words = [w for w in _OBJECT_WORD.findall(m.group("object")) if not YEAR.fullmatch(w) and not ORDINAL.fullmatch(w)]
    if any(w[0].isupper() or re.search(r"\d", w) for w in words):
        return []
    return _taken_words(" ".join(w for w in words if w.lower() not in STOPWORDS | IRREGULAR.keys() and not re.search(
        r"ly$|ed$", w) and not re.fullmatch(rf"(?:[a-z]+-)?(?:{ORDINAL_WORDS})|last|earlier|later", w, re.I)))


# Words pointing back to a thing named before ("follow the work"): "the", "this", "its" ...
POINTING = frozenset("the this that these those its their".split())


def tells_taken(question: str, text: str) -> bool:
    """Whether ``text`` names what the question's verb takes (``taken``): half its words at least, or its head as the
    thing itself ("follow the work", pointing back to "the reference architecture work"; not "regolith excavation
    technology" for "cryogenic storage technology", nor the "Technology" of a name); true when the question has none.
    A sentence about the workshop, not its keynote, does not say who gave the keynote."""
    if not (wanted := taken(question)):
        return True
    # (the head ends what is pointed to: "the technology areas" are areas)
    words = _OBJECT_WORD.findall(text) + [""]
    pointed = any(w.lower() in POINTING and n[0].islower() and _taken_words(n) == wanted[-1:]
                  and (not after or after.lower() in STOPWORDS) for w, n, after in zip(words, words[1:], words[2:]))
    return pointed or 2 * len(set(wanted) & set(_taken_words(text))) >= len(set(wanted))



def said_by(candidate: Candidate, question: str) -> str:
    """What a candidate says of what ``stated`` asks: a yes/no question's subject may go unsaid under a heading that
    names it ("How does an agency join?" / "There is no membership fee."); otherwise its own ``stating``."""
    if YES_NO.match(question.strip()):
        return f"{candidate.result.section or ''} {candidate.stating}"
    return candidate.stating


@functools.lru_cache(maxsize=256)
def _subject_words(question: str) -> tuple[frozenset[str], frozenset[str]]:
    """A yes/no question's subject stems and every stem the question says in any form (names_subject reads them for
    each candidate sentence of one question: worked out once)."""
    said = set().union(*(_said_as(stem(w)) for w in _WORD.findall(question) if w.lower() not in STOPWORDS))
    return frozenset(stated(question)[0]), frozenset(said)


def names_subject(text: str, question: str) -> bool:
    """Whether ``text`` names the subject of yes/no ``question`` (see stated) as the noun it is, not as a word modifying
    another ("Individuals cannot join.", not "value to individual participating members"): a subject word followed
    by a small word, a negation, a stop, or a word the question says in any of its forms (its verb: "an agency
    joins" for "... belong to ISECG?")."""
    subject, said = _subject_words(question)
    tokens = _TOKEN.findall(text)
    return any(any(stem(word).startswith(s) for s in subject) and (
        not after[0].isalnum() or after.lower() in STOPWORDS or NEGATION.fullmatch(after)
        or any(stem(after).startswith(s) for s in said)) for word, after in zip(tokens, tokens[1:] + ["."]))


def states(sentence: str, groups: list[set[str]]) -> bool:
    """Whether ``sentence`` holds a word of each group's families ("host": hosted, hosting, hosts)."""
    found = [stem(w) for w in _WORD.findall(sentence)]
    return all(any(w.startswith(s) for s in group for w in found) for group in groups)


def stem(word: str) -> str:
    """A light suffix stripper: "coordinates", "coordinated", "coordinate" -> "coordinat";
    "identifies", "identified" -> "identify"."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    word = IRREGULAR.get(word, word)
    for suffix, repl in (("ations", ""), ("ation", ""), ("ships", ""), ("ship", ""), ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"),
                         ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)] + repl
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def content_words(text: str) -> set[str]:
    return set(content_tokens(text))


def initialled(text: str, name: str) -> set[str]:
    """The acronyms of ``text`` that spell the initials of capitalised words of ``name`` in a row (as content words:
    "the GER" of "The Global Exploration Roadmap — Third Edition"), words of the name a side naming it by its acronym
    shares."""
    initials = "".join(w[0] for w in _WORD.findall(name) if w[0].isupper() and w.lower() not in STOPWORDS)
    return content_words(" ".join(a for a in re.findall(r"\b[A-Z]{3,6}\b", text) if a in initials))


_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9][\w\-]*")
_TOKEN = re.compile(rf"{_WORD.pattern}|[^\w\s]")  # words and punctuation


def content_tokens(text: str, mentions=()) -> list[str]:
    """Stemmed content words in order; the span of each mention (``.start``, ``.end``, ``.iri``)
    becomes one token "@iri", so any name of an entity matches any other."""
    tokens, at = [], 0
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < at:
            continue
        tokens += _words(text[at:m.start]) + ["@" + m.iri]
        at = m.end
    return tokens + _words(text[at:])


def _words(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(text)
            if w.lower() not in STOPWORDS and w.lower() not in QUESTION_WORDS and len(w) > 1]


def split_sentences(text: str, section: str | None = None, *, rows: bool = False) -> list[str]:
    """Answer units of a passage: its sentences (text.sentence_spans, list markers dropped); a sentence
    ending in ':' carries the list items that follow it on their own lines ("themes: A; B; C").  When the
    passage's ``section`` heading is the start of its first sentence (a line the layout broke, read as a
    heading: "Technology Working Group (TWG) — led by the" / "Canadian Space Agency."), that sentence has it.  With
    ``rows``, each row of a keyed table is one unit, its one-word cells too (table_rows)."""
    spans = _continued(text, sentence_spans(text))
    if section and spans and _runs_into(section.strip(), text[slice(*spans[0])]):
        return split_sentences(f"{section.strip()} {text}", rows=rows)
    units: list[str] = []
    i = 0
    while i < len(spans):
        unit = " ".join(GLUED_NOTE.sub(r" \1", strip_marker(text[slice(*spans[i])])).split())
        if unit.endswith(":"):
            items = _items(text, spans, i)
            if len(heads := counted_heads(unit, text[spans[i][1]:])) > len(items):
                # items of prose, more than the short lines read as items: each by its head, its sentences units still
                unit, items = f"{unit} {'; '.join(heads)}", []
            unit += " " + "; ".join(" ".join(strip_marker(text[slice(*s)]).split()).rstrip(";,.") for s in items) \
                if items else ""
            i += len(items)
        elif ":" in unit and TERM_ITEM.match(unit.split(":", 1)[1].strip()) and (items := _term_items(text, spans, i)):
            # "two scenarios: Asteroid Next — crews stop at an asteroid." / "Moon Next — crews go to the Moon."
            unit = "; ".join([unit.rstrip(";,.")] + [" ".join(text[slice(*s)].split()).rstrip(";,.") for s in items])
            i += len(items)
        units.append(unit)
        i += 1
    if section and FIELD_LINE.match(section.strip()):
        # a field line read as the passage's heading ("Venue: Tokyo, Japan") states a value as a sentence does
        units.insert(0, " ".join(section.split()))
    elif section and len(told := sentences(section.rpartition(" — ")[2].rstrip(" *"))) >= 2 and told[-1].endswith("."):
        # a paragraph read as the passage's heading ("Introduction — Mars remains the goal. Eleven agencies took part."):
        # its sentences are told before the passage's
        units[:0] = [" ".join(t.split()) for t in told]
    return [u for u in (table_rows(units, section or "") if rows else units) if len(u.split()) >= 2]


# A note's mark the layout glued to the word it follows ("Working Group²"): set off, as a mark is elsewhere ("ESA ¹"),
# the word is the name it spells
GLUED_NOTE = re.compile(r"(?<=[^\W\d¹²³⁴⁵⁶⁷⁸⁹⁰])([¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?!\w)")
# A field line: a short label, a colon, its value ("Venue: Tokyo, Japan", "Date of meeting: 14 March 2023").
FIELD_LINE = re.compile(r"^[A-Z][\w-]*(?:\s+[\w-]+){0,3}:\s+\S.{0,80}$")
# A list item that names a term and then says what it is: "Moon Next — a pathway to the Moon".
TERM_ITEM = re.compile(r"^(?P<head>[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,5}?)\s+[—–]\s+\S")


def _term_items(text: str, spans: list[tuple[int, int]], lead: int) -> list[tuple[int, int]]:
    """The lines after ``spans[lead]`` that are term items like the one its colon opens, each on its own line."""
    items: list[tuple[int, int]] = []
    for previous, span in zip(spans[lead:], spans[lead + 1:]):
        if "\n" not in text[previous[1]:span[0]] or not TERM_ITEM.match(text[slice(*span)].strip()):
            break
        items.append(span)
    return items


def leading_items(text: str) -> list[str]:
    """The list items a passage opens with: those of a list whose lead sentence (ending in ':') closed
    the passage before."""
    spans = _continued(text, sentence_spans(text))
    shifted = [(0, 1)] + [(a + 2, b + 2) for a, b in spans]
    items = _items(":\n" + text, shifted, 0)
    if len(items) < 2 and not (items and is_list_item(text[items[0][0] - 2:items[0][1] - 2])):
        return []  # one unmarked line is a sentence, not a list
    return [" ".join(strip_marker(text[a - 2:b - 2]).split()).rstrip(";,.") for a, b in items]


def items_after(lead: str, passage: str) -> list[str]:
    """The list items ``lead``, a sentence of ``passage`` ending in ':', opens on the lines after it there; or, the
    layout having run them into a paragraph, those of the paragraph (run_on_items)."""
    told = re.search(r"\s+".join(map(re.escape, lead.split())), passage)
    if told is None:
        return []
    rest = passage[told.end():].lstrip("\n")
    return leading_items(rest) or run_on_items(lead, rest)


SEMICOLON_ITEMS = 3  # items between semicolons that make a list (two semicolons): one alone may part two clauses
ITEM_WORDS = 30  # an item of a list is a phrase, not a paragraph
PROSE_ITEM_WORDS = 40  # an item of prose is a sentence, not a paragraph


def semicolon_items(text: str) -> list[str] | None:
    """The items of a list between semicolons that ``text`` opens its first sentence with ("innovation and growth;
    culture and inspiration; and partnership."), three at least, each a phrase; None when it is no such list."""
    first = text[:spans[0][1]] if (spans := sentence_spans(text)) else text
    # (an item's own "and", or its number in brackets: "; and (3) the habitability of Mars")
    items = [re.sub(r"^(?:and\s+)?(?:\(\d{1,2}\)\s+)?", "", " ".join(i.split())).strip(" .") for i in first.split(";")]
    if len(items) < SEMICOLON_ITEMS or not all(0 < len(i.split()) <= ITEM_WORDS for i in items):
        return None
    return items


def run_on_items(lead: str, rest: str) -> list[str]:
    """The items of the list ``lead`` (ending in ':') opens, when the layout ran them into the paragraph after it
    (``rest``, up to a blank line): between semicolons in its first sentence ("six themes:" / "Moon: ...; heliophysics
    and space weather; ...; Mars."), as many as the lead counts if it counts them; or, the lead counting them ("three
    modes:"), its first sentences, that many, each naming its own item (none pointing back: "They ...", "This ...")."""
    rest = " ".join(rest.split("\n\n")[0].split())  # (the lines of a paragraph the layout broke are one text)
    count = lead_count(lead)
    items = semicolon_items(rest)
    if items and count in (None, len(items)):
        return items
    told = [rest[a:b] for a, b in sentence_spans(rest)][:count or 0]
    if count and len(told) == count and all(_prose(s) and len(s.split()) <= PROSE_ITEM_WORDS
                                            and not CONTINUES.search(" ".join(_WORD.findall(s)[:CONTINUED_WORDS]))
                                            for s in told):
        return [s.rstrip(".") for s in told]
    return []


def _continued(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with a line that ends in ';' or ',' joined to the next: a sentence the layout broke
    ("three destinations: the Moon;" / "Mars; near-Earth asteroids."); and a line of running text broken
    mid-sentence by the page's width ("The report is prepared by the Technology" / "Working Group (TWG).")."""
    out: list[tuple[int, int]] = []
    for span in spans:
        line = text[slice(*span)]
        if out and not is_list_item(line) and (text[out[-1][1] - 1] in ";," or _wrapped(text, out[-1], span)):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _wrapped(text: str, line: tuple[int, int], following: tuple[int, int]) -> bool:
    """Whether ``line`` is running text the layout broke mid-sentence before ``following``: at a line break,
    it leaves a parenthesis open ("(from" / "2028): ...") or a range of numbers at its dash ("10–" / "11 May"), it
    ends on a word that leads into more ("led by the" / "Canadian Space Agency."), or it is a line of prose
    (four words or more, some in lower case: no list item or table cell) and the next goes on in lower case or
    a bracket ("... Roadmap" / "(January 2018) and ..."), or it ends on a name that runs on into its acronym
    ("... the ISECG Technology" / "Working Group (TWG).")."""
    head, rest = text[slice(*line)], text[slice(*following)]
    if "\n" not in text[line[1]:following[0]]:
        return False
    if head.count("(") > head.count(")") and ")" in rest.split("(")[0]:
        return True  # a parenthesis the line break left open ("... short stays (from" / "2030): crews of two ...")
    if RANGE_OPEN.search(head) and rest[:1].isdigit():
        return True  # a range of days or years the line break cut at its dash ("held on 10–" / "11 May 2025 in ...")
    if not head[-1:].isalpha():
        return False
    words = head.split()
    if len(words) >= 3 and words[-1].lower() in LEADING:
        return True
    # a short line is a list item or a table cell: only a line of prose runs on
    if words[-1][:1].isupper() and NAME_TAIL.match(rest):
        # a name's last word: the whole line is prose ("... in 2021. The Science Working" / "Group, set up in ...")
        words = text[text.rfind("\n", 0, line[1]) + 1:line[1]].split()
        return len(words) >= 4 and any(w.islower() for w in words)
    return len(words) >= 4 and any(w.islower() for w in words) and (
        rest[:1].islower() or rest[:1] == "(" or words[-1][:1].isupper() and NAME_TO_ACRONYM.match(rest) is not None)


def _runs_into(heading: str, first: str) -> bool:
    """Whether a heading is the start of the sentence after it: it ends on a word leading into more, or that
    sentence starts as no sentence does (lower case, a closing bracket's acronym, a dash)."""
    words = heading.split()
    return bool(words) and not heading.endswith((".", ":", "?", "!")) and (
        words[-1].lower() in ARTICLES or first[:1].islower() or first[:1] in "—–(")


# A number and a dash ending a line: a range whose other end is on the next line ("10–" / "11 May 2025").
RANGE_OPEN = re.compile(r"\d[–-]$")
# Words that never end a sentence or a heading: a line ending on one runs on ("led by the" / "Canadian Space Agency.").
LEADING = frozenset("the a an of by and to for with from at in on into than".split())
# ... and those that never end a heading either ("Work the report builds on" is a heading; "... led by the" is not).
ARTICLES = frozenset("the a an by and of".split())
# The rest of a name and its acronym at the start of a line: "Working Group (TWG)", "Centre (MBRSC)".
NAME_TO_ACRONYM = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*\s*\([A-Z][A-Za-z]{1,9}\)")
# The last word of a name at the start of a line, the sentence going on after it: "Group and the Strategic ...",
# "Agency, admitted in 2020, ..." (after "... the Science Working" / "... the Luxembourg Space").
NAME_TAIL = re.compile(r"^(?:Group|Team|Task\s+Force|Force|Panel|Forum|Network|Programme|Program|Agency|Office|Centre|"
                       r"Center|Institute|Administration|Organi[sz]ation|Committee|Board|Corporation)"
                       r"(?:[,;:)]|\.(?:\s|$)|\s+[a-z])")


ITEM_LINE_WORDS = 12  # an unmarked line of a list is short; a longer one is prose (or two items, _second_item)


def _second_item(line: str) -> int | None:
    """Where the second of two items of an unmarked list the layout put on one line starts ("Crew health and medical
    autonomy for Mars-class missions Lunar science priorities for surface presence"): at a capital after a word in
    lower case that leads into nothing ("of", "the": "the Moon" goes on), each part a short line; None when the line
    ends a sentence (prose) or has no such capital (a table's cell: "Seals that keep dust out of airlocks, and tests
    of them in vacuum chambers")."""
    if SENTENCE_END.search(line):
        return None
    for m in re.finditer(r"(?<=\s)[A-Z]", line):
        before = line[:m.start()].split()
        if before[-1].isalpha() and before[-1].islower() and before[-1] not in LEADING \
                and len(before) <= ITEM_LINE_WORDS and len(line[m.start():].split()) <= ITEM_LINE_WORDS:
            return m.start()
    return None


# The end of a sentence inside a line or at its end: a line holding one is prose, no list item or row of a table.
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _items(text: str, spans: list[tuple[int, int]], lead: int) -> list[tuple[int, int]]:
    """The list items after the sentence ``spans[lead]``: lines with a list marker ("- A"), or, when
    the first has none (a bullet glyph the cleaner removed), short lines (or two run together) up to one ending in
    '.'."""
    items: list[tuple[int, int]] = []
    marked = None
    for n in range(lead + 1, len(spans)):
        line = text[slice(*spans[n])]
        if "\n" not in text[spans[n - 1][1]:spans[n][0]]:
            break
        if marked is None:
            marked = is_list_item(line)
        long = not marked and len(line.split()) > ITEM_LINE_WORDS
        second = _second_item(line) if long else None
        if marked != is_list_item(line) or long and second is None:
            break
        start, end = spans[n]
        items += [(start, start + second), (start + second, end)] if second else [spans[n]]
        if not marked and line.endswith("."):
            break
    return items


# A note of a page's foot, its mark first ("¹ Attendance as recorded ...", "2 The two agencies are ..."), and a
# sentence's call of a note at its end ("... took part. ¹")
NOTE_LINE = re.compile(rf"^(?P<mark>[{SUPERSCRIPT_DIGITS}]{{1,2}}|\d{{1,2}})\s+(?P<note>[A-Z].*)$", re.M)
NOTE_CALL = re.compile(rf"\s([{SUPERSCRIPT_DIGITS}]{{1,2}})$")
NOTE_WORDS = 5  # a note opening with a plain number is a sentence, no numbered row of a table


def notes_of(passages: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The notes of a document, of its passages (id, text), by their number: (its text, its passage's id); a line
    opening with a raised mark, or with a plain number when it is a sentence (a table's numbered rows are none: "1
    Using the station 2013") and no raised mark gives that note."""
    raised: dict[str, tuple[str, str]] = {}
    plain: dict[str, tuple[str, str]] = {}
    for where, text in passages:
        for m in NOTE_LINE.finditer(text):
            note, mark = m.group("note").strip(), m.group("mark")
            if mark[0] not in "0123456789":
                raised.setdefault(mark.translate(PLAIN_FIGURES), (note, where))
            elif note.endswith(".") and len(note.split()) >= NOTE_WORDS:
                plain.setdefault(mark, (note, where))
    return {**plain, **raised}


# A note saying what a sentence counts is not named: "Agencies are not named in this paper."
UNNAMED = re.compile(r"\b(?P<noun>[A-Za-z][\w-]*s)\s+(?:are|were)\s+not\s+(?:named|listed|identified|given|specified)\b",
                     re.I)


def withholds(question: str, note: str) -> bool:
    """Whether ``note`` says that the things ``question`` asks for are not named: the names of the sentence calling it
    are of something else ("NASA organised the workshop; experts from eleven agencies took part. ¹")."""
    asked = {stem(w) for w in re.findall(r"[A-Za-z][\w-]*s\b", question) if w.lower() not in STOPWORDS}
    return any(stem(m.group("noun")) in asked for m in UNNAMED.finditer(note))


# A term opening an item of running text with what it says of it: "Innovation: new technologies ...".
TERM_LEAD = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<term>[A-Z][\w'-]*(?:\s+[\w'-]+){0,4}):\s+\S")
# Where the head of an item's line ends: "The Lunar Working Group (LWG), set up in ...", its acronym kept.
LINE_HEAD_END = re.compile(r",\s|\s[–—]\s|:\s")
HEAD_WORDS = 12  # an item's head is a name or a term, not a sentence


def lead_count(lead: str) -> int | None:
    """How many items a list's lead counts ("Two working groups reported this year:", "... in three broad
    categories:"): its first number before a plural noun, two to twelve; None when it counts none."""
    counts = [number_value(m.group()) for m in NUMBER.finditer(lead) if not YEAR.fullmatch(m.group())
              and any(w.endswith("s") for w in re.findall(r"[A-Za-z][\w-]*", lead[m.end():])[:3])]
    return counts[0] if counts and 2 <= (counts[0] or 0) <= 12 else None


def counted_heads(lead: str, rest: str) -> list[str]:
    """The heads of the items of prose that ``lead``, a sentence ending in a colon and counting them ("Two working
    groups reported this year:", "... benefits in three broad categories:"), opens in ``rest``, the text after it up
    to a blank line: the terms opening its sentences ("Innovation: ... Culture and inspiration: ...") or else its
    lines, each named by its head ("The Lunar Working Group (LWG), set up in ..."), as many as the lead counts; none
    when fewer follow (a list of short lines or bullets is read whole: _items)."""
    if (count := lead_count(lead)) is None:
        return []
    rest = rest.lstrip("\n").split("\n\n")[0]
    terms = [m.group("term") for m in TERM_LEAD.finditer(rest)]
    # (a line without a head, "Theme What it delivers", is a table's: its rows are read as rows)
    ends = [LINE_HEAD_END.search(line) for line in rest.split("\n") if line.strip()][:count]
    lines = [line.strip() for line in rest.split("\n") if line.strip()]
    heads = terms[:count] if len(terms) >= count else \
        [line[:m.start()].strip() for line, m in zip(lines, ends)] if len(ends) == count and all(ends) else []
    return heads if all(len(h.split()) <= HEAD_WORDS for h in heads) else []


def _line(text: str) -> bool:
    """A short line that is no sentence (no sentence's end) nor a list's lead: a heading, a byline."""
    return not text.endswith((".", "!", "?", ":", ";", ",", ".”", '."')) and len(text.split()) <= LINE_WORDS


def _prose(sentence: str) -> bool:
    """A sentence of running text (not a table row or a heading): only those pair up."""
    return sentence.endswith((".", "!", "?", ".”", '."')) and len(sentence.split()) >= 6


@dataclass
class Candidate:
    text: str
    result: SearchHit  # the passage it comes from
    rank: int  # of that passage, 1-based
    parts: tuple[str, ...] = ()  # the two sentences of a pair
    context: str = ""  # what a table row or field line is of: the table's header row, the field list's heading
    row: bool = False  # a table row: its header's words say what its cells are ("Host"), as a sentence's verb does
    note: str = ""  # the id of the passage holding the note a sentence calls, its second part
    scores: dict = field(default_factory=dict)
    score: float = 0.0

    @property
    def stating(self) -> str:
        """What the candidate says a relation with: a row's header and the row; a sentence or a field line alone."""
        return f"{self.context} {self.text}" if self.row else self.text

    @property
    def told_before(self) -> str:
        """Its passage's text before it: what a sentence leaving its subject unsaid refers back to ("The group has
        identified gaps ..." in a paragraph that named the working group first)."""
        start = self.result.text.find((self.parts[0] if self.parts else self.text)[:40])
        return self.result.text[:start] if start > 0 else ""


# What a question counts: "how many space agencies", "the number of people present", "the attendance, in agencies",
# "its membership, counted in agencies".
COUNTED = re.compile(r"\b(?:how many|(?:number|count|total) of)\s+((?:[\w-]+\s+){0,2}[\w-]+)|"
                     r"\b(?:attendance|turnout|membership|number|count|total)\b,?\s+(?:(?:counted|measured|given)\s+)?"
                     r"in\s+([\w-]+)", re.I)

# A head count: "how many people" is told in participants too (not "in person", nor "agencies sent delegates").
PEOPLE_COUNTED = frozenset(stem(w) for w in "people participants".split())
PEOPLE_NOUNS = frozenset(stem(w) for w in "people participants delegates attendees experts representatives specialists "
                                          "scientists engineers researchers students officials speakers persons "
                                          "individuals".split())


def counted(question: str) -> set[str]:
    """Stems of what a "how many" question counts, as asked, its verb too ("how many space agencies attended" ->
    space, agency, attend). The verb stays: it tells a head count ("attended", "were represented") from a count of
    members, and measured on held-out questions, counting the noun phrase alone lost more than it gained."""
    m = COUNTED.search(question)
    nouns = {stem(w) for w in (m.group(1) or m.group(2)).split() if w.lower() not in STOPWORDS} if m else set()
    return nouns | PEOPLE_COUNTED if nouns & PEOPLE_COUNTED else nouns


# A part of a document by its number, no count: "Table 2 shows which agencies ...", "see Annex 3".
PART_NUMBER = re.compile(r"\b(?:tables?|figures?|fig\.|sections?|chapters?|annex(?:es)?|appendi(?:x|ces)|pages?|pp?\.|"
                         r"boxes|box|paragraphs?|footnotes?|notes?)\s+\d+(?:\.\d+)*\b", re.I)
# A note's number opening a sentence of prose, no count: "... ended it with 24. 1 Sessions were split ..." (a footnote
# mark set as a plain figure); not a count before a title-cased noun ("27 Member Agencies").
OPENING_MARK = re.compile(r"(?:^|(?<=[.!?]\s))\s*\d{1,2}\s+(?=[A-Z][a-z]+\s+[a-z])")
# A field line giving a count: "Participants: 64", "Number of agencies: 14".
COUNT_FIELD = re.compile(r"^\s*((?:[\w-]+\s+){0,3}[\w-]+)\s*:\s*(\d+|[a-z]+(?:-[a-z]+)?)\s*\.?$", re.I)


# A count told after what it counts, by a verb of amounting: "the agencies represented numbered twenty-two", "the
# number of participating agencies rose to 19", "the agencies present totalled 21".
AMOUNTED = re.compile(rf"\b(?:numbered|totall?ed|came\s+to|stood\s+at|reached|rose\s+to|amounted\s+to|was|were)\s+"
                      rf"(?:some\s+|about\s+|around\s+|nearly\s+|over\s+)?({NUMBER.pattern})\b(?P<after>\s*[\w%-]*)", re.I)


# A count as the agent of the question's verb: "it was signed by six", "attended by some forty" (how many signed, attended)
AGENT_COUNT = re.compile(rf"\b([\w-]+)\s+by\s+(?:some\s+|about\s+|around\s+|nearly\s+|over\s+)?({NUMBER.pattern})\b"
                         rf"(?P<after>\s*[\w%-]*)", re.I)

# How often a body gathered, the count of its meetings: "the group met five times in person", "convened twice online".
MET_TIMES = re.compile(rf"\b(?:met|convened|gathered)\s+(?:\w+\s+)?(?:({NUMBER.pattern})\s+times|(twice|once))\b", re.I)
MEETING_NOUNS = frozenset({"meet", "session", "gather"})


PLURAL = re.compile(r"[a-z][a-z-]{2,}(?<![siu])s")  # "agencies", "delegations" (not "its", "was", "status", "bus")


def count_in(sentence: str, nouns: set[str], *, whole: bool = False) -> str | None:
    """The number of ``sentence`` (not part of a date) that counts ``nouns``: followed within four
    words by one of them ("17 space agencies", "eleven other ISECG member agencies"); of "thirteen of the fifteen
    member agencies were represented", the part, or the ``whole`` when asked what there are, no deed of them."""
    plain = sentence
    for pattern in (FULL_DATE, DAY_RANGE, DATE):
        plain = pattern.sub(lambda m: " " * len(m.group()), plain)
    # "a two-day workshop" counts days only for "how many days"
    plain = MEASURE_WORD.sub(lambda m: m.group() if stem(m.group("unit")) in nouns else " " * len(m.group()), plain)
    plain = PART_NUMBER.sub(lambda m: " " * len(m.group()), plain)
    plain = OPENING_MARK.sub(lambda m: " " * len(m.group()), plain)
    if (field := COUNT_FIELD.match(plain)) and NUMBER.fullmatch(field.group(2)) and (not nouns or {stem(w) for w in _WORD.findall(field.group(1))} & nouns):
        return field.group(2)  # "Participants: 64": the label names what is counted
    found = []
    for m in NUMBER.finditer(plain):
        # "Twenty-three of the twenty-four member agencies": the part counts them, not the whole
        part = PART_OF.match(plain, m.end())
        if part and whole:
            continue  # the whole is the number after "of the"
        # (within its own sentence: "... with 31 members. Sessions were split" counts no sessions)
        words = re.findall(r"[\w-]+", re.split(r"[.!?](?:\s|$)", plain[part.end() if part else m.end():], maxsplit=1)[0])[:4]
        after = [stem(w) for w in words]
        distance = next((i for i, w in enumerate(after) if w in nouns), None)
        # "27 member agencies attended" counts agencies, not the delegates asked: a plural not asked comes before the
        # question's verb (people of any name, "40 delegates took part", when people are asked; not before a noun asked:
        # "two more organisations became members" counts new members)
        if distance and words[distance].lower().endswith("ed") and any(
                PLURAL.fullmatch(w) and stem(w) not in nouns and not (nouns & PEOPLE_COUNTED and stem(w) in PEOPLE_NOUNS)
                for w in words[:distance]):
            distance = None
        if not nouns or distance is not None:
            found.append((distance or 0, m.start(), m.group()))
    if not found and nouns:  # "the agencies represented numbered twenty-two": the noun within four words before the verb
        # (the number ends the clause or is of the noun: not "the agencies were two years late")
        ends = lambda m: not m.group("after").strip() or stem(m.group("after").strip()) in nouns | {"in", "and", "of"}  # noqa: E731
        found = [(0, m.start(1), m.group(1)) for m in AMOUNTED.finditer(plain)
                 if {stem(w) for w in re.findall(r"[\w-]+", plain[:m.start()])[-5:]} & nouns and ends(m)] or \
            [(0, m.start(2), m.group(2)) for m in AGENT_COUNT.finditer(plain) if stem(m.group(1)) in nouns and ends(m)] or \
            [(0, m.start(), m.group(1) or {"twice": "2", "once": "1"}[m.group(2).lower()])
             for m in MET_TIMES.finditer(plain) if nouns & MEETING_NOUNS]
    return min(found)[2] if found else None


# Where one clause of a sentence ends and another begins: a semicolon, a full stop, a relative or coordinate clause,
# a verb coordinated with its own auxiliary ("... landed on 18 February 2021 and has begun to collect cores that a later
# campaign will bring back"), a clause of what would be ("On 26 March 2019 NASA announced | that it would land by 2024":
# the announcement is done, what it said is a plan)
CLAUSE_BREAK = re.compile(r";|\.\s|,\s+(?:which|who|while|whereas|and|but)\b|"
                          r"\s(?:and|but)\s+(?=(?:has|have|had|will|would|is|are|was|were)\b)|"
                          r"\s(?=that\s+(?:[\w'’-]+\s+){1,3}(?:would|will|could|might|should)\b)")


def clause_of(sentence: str, span: tuple[int, int]) -> str:
    """The clause of ``sentence`` holding the characters ``span`` (a date): "...approved a smaller lander, which is
    expected to fly in 2025" is two clauses, the approval's and the plan's."""
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(sentence) if not span[0] < m.end() <= span[1]]
    start = max((e for _, e in breaks if e <= span[0]), default=0)
    end = min((b for b, _ in breaks if b >= span[1]), default=len(sentence))
    return sentence[start:end]


def dates(text: str) -> list[str]:
    """The dates and years written in ``text``."""
    return [m.group() for pattern in (FULL_DATE, DATE) for m in pattern.finditer(text)]


def without(text: str, phrases: list[str]) -> str:
    """``text`` with each of ``phrases`` blanked out."""
    for phrase in phrases:
        text = text.replace(phrase, " " * len(phrase))
    return text


def has_type(kind: str | None, sentence: str, categories: set[str], nouns: set[str] = frozenset(),
             acronym: str | None = None, measure: re.Pattern = MEASURE) -> bool:
    """Whether a sentence holds the kind of value asked for (``categories``: those of the
    entities it names, see linking.CATEGORIES; ``nouns``: what a "how many" question counts; ``measure``: the
    quantity a measure is asked of, measure_asked)."""
    if kind == "date":  # not the year of a document it names ("the GER 2018 digest", "the 2013 roadmap")
        return bool(DATE.search(DOCUMENT_YEAR.sub(lambda m: " " * len(m.group()), sentence)))
    if kind == "number":
        return count_in(sentence, nouns) is not None
    if kind == "duration":
        return bool(DURATION.search(sentence))
    if kind == "amount":
        return bool(MONEY.search(sentence))
    if kind == "measure":
        return bool(measure.search(sentence))
    if kind == "person":
        return person_in(sentence) is not None
    if kind == "place":
        return "place" in categories or bool(PLACE.search(sentence) or re.search(GATHERING_SITE, sentence))
    if kind == "org":
        return bool(categories & {"org", "unit"})
    if kind == "tech":
        return "tech" in categories
    if kind == "expansion":
        return bool(acronym) and expansion(sentence, acronym) is not None
    if kind == "code":
        return CODE.search(sentence) is not None
    if kind == "day":
        return ONE_DAY.search(sentence) is not None
    if kind == "definition":  # a sentence that says what something is or does, not a heading
        return len(sentence.split()) >= 8 and re.search(r"\b(is|are|was|serves as|leads|aims)\b", sentence) is not None
    if kind == "list":  # a lead's items between semicolons after its colon, or a series of names in the sentence
        return bool(colon_list(sentence)[1]) or enumerates(sentence)
    if kind == "event":
        return GATHERING_TOLD.search(sentence) is not None
    return False


# An item of a series told inside a sentence: a few words naming something, opening with a short form or a figure
# ("KPLO", "UKSA described ...") or with a capital or a figure after their first word ("Canada's Juno rover", "Hayabusa
# 2"); one plain word ("Oslo, Norway, and ...") is a place's parts, words naming nothing ("water, oxygen and food") no
# list of names.  After a colon, which announces a list, any few words are an item ("four phases: survey, ground
# truth, pilot plant and production")
SERIES_ITEM_WORDS = 8
SERIES_ITEMS = 3  # two names and'ed are a pair, not a list
_NAMED = re.compile(r"(?:^|\s)\S*?[A-Z0-9]")
_LONE_NAME = re.compile(r"^(?:[A-Z][A-Z0-9-]{1,9}|\S*\d\S*)$")


def _series_item(text: str, led: bool, last: bool = False) -> bool:
    """Whether ``text`` is an item of a series (``led`` by a colon; the ``last`` item may run on to the sentence's end)."""
    words = text.split()
    return bool(words) and (last or len(words) <= SERIES_ITEM_WORDS) and (
        led or _LONE_NAME.match(words[0]) is not None or _NAMED.search(" ".join(words[1:SERIES_ITEM_WORDS])) is not None)


def colon_list(sentence: str) -> tuple[str, str]:
    """A sentence's lead and the items between semicolons after its colon ("The workshop recommended that: A; B;
    C"); the sentence and "" when it holds no such list."""
    lead, colon, rest = sentence.partition(":")
    return (lead, rest) if colon and ";" in rest else (sentence, "")


# A year a sentence compares its own time with: "held 41 sessions over the year, against twelve in 2019".
COMPARED_YEAR = re.compile(r"\b(?:against|compared\s+(?:with|to)|up\s+from|down\s+from|than)\s+(?:[\w-]+\s+){0,3}?"
                           rf"(?:in|for)\s+{YEAR.pattern}", re.I)


def told_years(sentence: str, own: set[str], around: str = "") -> set[str]:
    """The years ``sentence`` tells of (with ``around``, its table's header or heading), or failing any, ``own`` (its
    document's); of a list after a colon, its lead's (or its document's), and those its items tell of with them: an
    item's year dates the item, not the list ("The workshop recommended that: ...; a follow-up be held in 2018" is of
    the workshop's year, or of none told); not a year it compares with ("..., against twelve in 2019")."""
    lead, listed = colon_list(COMPARED_YEAR.sub(" ", sentence))
    dated = set(YEAR.findall(f"{lead} {around}")) or own
    return dated | set(YEAR.findall(listed)) if dated else set()


def enumerates(sentence: str) -> bool:
    """Whether ``sentence`` names SERIES_ITEMS things or more in a series parted by commas and a last "and" ("...
    covered JAXA's Hayabusa 2, ESA's Marco Polo-R study and NASA's OSIRIS-REx"): a list told within the sentence."""
    clauses = re.split(r"([;:])", re.sub(r"\([^()]*\)", lambda m: m.group().replace(",", " "), sentence))
    for clause, mark in zip(clauses[::2], [""] + clauses[1::2]):
        led = mark == ":"
        parts = re.split(r",\s+", clause)
        for start in range(len(parts) - 1):
            # the first item ends the clause's opening words, or is the clause after a colon
            head = parts[start] if led and start == 0 else " ".join(parts[start].split()[-SERIES_ITEM_WORDS:])
            items = 1
            for part in parts[start + 1:]:
                first, joined, rest = re.sub(r"^and\s+", " and ", part).partition(" and ")
                if not joined:
                    if not _series_item(part, led):
                        break
                    items += 1
                    continue
                if (not first.strip() or _series_item(first, led)) and _series_item(rest, led, last=True):
                    items += 1 + bool(first.strip())
                    if items >= SERIES_ITEMS and _series_item(head, led):
                        return True
                break
    return False


# "Where was the plenary held?", "Where is the office based?": a site on Earth, not a destination of exploration.
SITE_ASKED = re.compile(r"\b(?:held|hold|holds|located|based|headquartered|takes? place|took place|meet|meets|met|"
                        r"convened?|hosted|gather\w*|signed|sited|work|works|worked|employed|released|published|presented|announced|"
                        r"unveiled|adopted|endorsed)\b", re.I)


# A question asking for a town ("In which city was ... released?"): a country does not answer it.
CITY_ASKED = re.compile(r"\b(?:which|what)\s+(?:city|town)\b", re.I)


def answers_where(question: str, mention) -> bool:
    """Whether ``mention`` (with ``.category`` and ``.type``) can answer a place question: a destination
    (the Moon, Mars) answers "where will crews land", not "where was the meeting held"; a country answers no "which
    city"."""
    kind = re.split(r"[#/:]", getattr(mention, "type", "") or "")[-1].lower()
    return mention.category == "place" and not (kind == "destination" and SITE_ASKED.search(question)) \
        and not (kind == "country" and CITY_ASKED.search(question))


# The name of a body by the word that heads such names: "the Spanish National Research Council", "the Institute of
# Space and Astronautical Science".
ORG_HEADS = (r"Agency|Council|Institute|Institution|Centre|Center|University|Administration|Office|Organi[sz]ation|"
             r"Committee|Board|Academy|Laborator(?:y|ies)|Ministry|Corporation|Company|Foundation|Society|Union|"
             r"Commission|Authority|Directorate|Department|Federation|Association|Consortium|Bureau|Service|Agenc(?:y|ia)")
ORG_NAME = re.compile(rf"\b(?:[A-Z][\w'’&-]+\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){{1,5}}(?:{ORG_HEADS})\b"
                      rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:(?:and|of|the)\s+)*[A-Z][\w'’-]+){{0,3}})?|"
                      rf"\b(?:{ORG_HEADS})\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:(?:and|of|the)\s+)*[A-Z][\w'’-]+){{0,3}}")


def org_named(sentence: str, question: str) -> str | None:
    """The first name of a body in ``sentence`` that the question does not name (a name the graph may not know)."""
    asked = {w.lower() for w in _WORD.findall(question)}
    names = [re.sub(r"^(?:The|A|An|This|That|Its|Their|Our)\s+", "", m.group().strip()) for m in ORG_NAME.finditer(sentence)]
    return next((n for n in names if not {w.lower() for w in _WORD.findall(n)} <= asked
                 and not (len(n.split()) == 1 or re.fullmatch(rf"(?:{ORG_HEADS})\b.*", n) and " " not in n)), None)


# A table's column of bodies ("Element Provider", "Meeting Place Host"): a row's acronym in it names one, known or not
BODY_COLUMN = re.compile(r"\b(?:providers?|hosts?|leads?|agenc(?:y|ies)|organi[sz]ations?|partners?|contributors?|"
                         r"responsible|owners?|operators?|sponsors?|suppliers?|developers?)\b", re.I)


def row_body(row: str, header: str, question: str) -> str | None:
    """The body a table row names under its ``header``'s column of bodies: the last acronym of the row that the
    question and the header do not name ("Crew and science airlock MBRSC" under "Element Provider")."""
    if not BODY_COLUMN.search(header):
        return None
    told = set(_WORD.findall(f"{question} {header}"))
    return next((a for a in reversed(re.findall(r"\b[A-Z][A-Z&]{2,}\b", row)) if a not in told), None)


def person_in(sentence: str, question: str = "") -> str | None:
    """The name of a person a sentence gives with a role ("Lucie Tremblay, Director of Exploration Planning",
    "the President of POLSA, Dr Grzegorz Brona"): the name nearest a role word, within a few words of it; not one
    the question names (the person it asks about: "Who succeeded Dr. A?")."""
    roles = [m.start() for m in re.finditer(rf"\b(?:{PERSON_ROLES})\b", sentence, re.I)]
    names = [(0 if TITLED.match(m.group()) else min(abs(m.start() - r) for r in roles), m.group())
             for m in PERSON_NAME.finditer(sentence)
             if (roles or TITLED.match(m.group())) and not re.search(rf"\b(?:{PERSON_ROLES}|Space|Agency|The)\b",
                                                                    m.group(), re.I)
             and not re.search(rf"\b{re.escape(m.group().split()[-1])}\b", question)]
    near = [n for n in names if n[0] <= _ROLE_NEAR]
    return min(near)[1] if near else None


def rank_sentences(question: str, results: list[SearchHit], *, encode, mentions_in=None,
                   question_mentions=(), notes=None, judge=None, judged: int = 0) -> list[Candidate]:
    """Every sentence of ``results`` (search results, best first), scored, best first.

    ``encode(texts) -> array`` returns unit-length embeddings (question first);
    ``mentions_in(sentence)`` the entity mentions (``.iri .start .end .category``) of a sentence;
    ``question_mentions`` those of the question.  A name matches the same entity under any of its
    names ("SWG" answers "Science Working Group"); the entities the question names do not count
    as the value it asks for.  ``notes(result)`` gives the notes of a result's document (see notes_of): a sentence
    calling one is a candidate with it too ("... the other two took part as observers. ¹" and "The two agencies are
    CNSA and NSAU.").  ``judge(question, texts) -> logits``, a cross-encoder, re-orders the first ``judged`` (_judged).
    """
    asked_ordinals = {o.lower() for o in ORDINAL.findall(question)}
    asked_items = numbered_items(question)
    candidates = []
    counting = answer_type(question) == "number"
    for rank, r in enumerate(results, 1):
        framed = units_in_context(r.text, r.section, r.document.title)
        sentences = [s for s, _ in framed]
        candidates += [Candidate(text=s, result=r, rank=rank, context=c, row=bool(c) and not _field(s))
                       for s, c in framed if not CAPTION.match(s)]
        pairs = [(a, b) for a, b in zip(sentences, sentences[1:]) if _prose(a) and _prose(b)]
        # a line heading the short line after it ("ISECG briefing — GLEX 2012, 22–24 May 2012" / "Presented by Helena
        # Marsh, ISECG Secretariat (ESA)"), neither a table's row nor a sentence
        pairs += [(a, b) for (a, ca), (b, cb) in zip(framed, framed[1:]) if not ca and not cb and _line(a) and _line(b)]
        pairs += _entry_pairs(r.text) if counting else []
        candidates += [Candidate(text=f"{a} {b}", result=r, rank=rank, parts=(a, b)) for a, b in pairs]
        called = [(s, call.group(1).translate(PLAIN_FIGURES)) for s, c in framed if not c and (call := NOTE_CALL.search(s))]
        told = notes(r) if notes and called else {}
        candidates += [Candidate(text=f"{s} {told[mark][0]}", result=r, rank=rank, parts=(s, told[mark][0]),
                                 note=told[mark][1]) for s, mark in called if mark in told]
    if not candidates:
        return []
    # (a pair's part a caption kept out of the singles is encoded too: a pair means what its closer part means)
    singles = list(dict.fromkeys([c.text for c in candidates if not c.parts] + [p for c in candidates for p in c.parts]))
    # a table row or a field line means what it says of what its header or heading names ("Host: CNES" under
    # "Summary of the workshop on lunar surface operations")
    framed = list(dict.fromkeys(_frame(c.text, c.context) for c in candidates if c.context))
    vectors = np.asarray(encode([question] + singles + framed), dtype=np.float32)
    similarity = dict(zip(singles + framed, vectors[1:] @ vectors[0]))
    # A pair means what the closer of its sentences means (no second encoding).
    meaning = [max(similarity[c.text], similarity[_frame(c.text, c.context)]) if c.context else similarity[c.text] if not c.parts
               else max(similarity[p] for p in c.parts) for c in candidates]
    asked_tokens = content_tokens(question, question_mentions)
    asked, pairs = set(asked_tokens), set(zip(asked_tokens, asked_tokens[1:]))
    asked_iris = {m.iri for m in question_mentions}
    # what the question names by the words it is named by: "@iri" for "25th ISECG meeting"
    named_in_question = {f"@{m.iri}": question[m.start:m.end].lower() for m in question_mentions
                         if len(question[m.start:m.end].split()) >= 2}
    found = [mentions_in(c.text) if mentions_in else [] for c in candidates]  # pairs: one more lookup, cached
    tokens = [content_tokens(c.text, ms) for c, ms in zip(candidates, found)]
    # A sentence's words count whether or not they are in a name it mentions: "the workshop on lunar
    # science" asks about the words of a sentence that names "ISECG workshop on lunar science".
    framing = {x: content_tokens(x, mentions_in(x) if mentions_in else []) for x in {c.context for c in candidates}}
    sentence_words = [set(t) | set(_words(c.text)) | content_words(c.result.section or "") | set(framing[c.context])
                      | _titled(c, asked_ordinals, named_in_question)
                      for c, t in zip(candidates, tokens)]
    # Rarer words weigh more: "workplan" says more than "ISECG" in an ISECG corpus.
    weight = {w: math.log(1 + len(candidates) / (1 + sum(w in ws for ws in sentence_words))) for w in asked}
    total = sum(weight.values()) or 1.0
    kind = answer_type(question)
    if kind == "definition" and not question_mentions:
        kind = None  # "what is the capital of Peru?" asks for no definition of anything the graph knows
    nouns = counted(question)
    acronym = acronym_asked(question)
    measure = measure_asked(question)
    # "Which earlier product does the assessment supersede?" asks for what a sentence says was superseded: saying the
    # verb (of its family) is what such a sentence holds, as a date is for "when"
    relation = object_relation(question) if kind is None else []
    yes_no = stated(question) if YES_NO.match(question.strip()) else []
    column = column_asked(question) if kind is None else None
    past = asks_past(question)
    did = PAST_ASKED.search(question) is not None and not FUTURE.search(question) and not PLAN_ASKED.search(question)
    asked_editions = editions(question)
    asked_dates = dates(question)  # "after which year" is not answered by the year the question names
    unasked = [] if kind == "code" else asked_dates  # a code holds the year asked of ("ISECG-TW-2013-01"): keep it
    # the years that name what is asked ("the 2017 workshop", "in 2019"), not bounds of a span ("since 2015"), nor a
    # document's year ("the 2018 roadmap" tells of other years too)
    asked_years = set(YEAR.findall(question))
    own_years = {m.group(1) for m in re.finditer(rf"(?<!\bafter )(?<!\bbefore )(?<!\bsince )(?<!\buntil )(?<!\bby )"
                                                 rf"(?<!\bfrom )(?<!\bto )(?<!\bbetween )(?<!\band )\b({YEAR.pattern})\b"
                                                 rf"(?!\s+(?:[\w-]+\s+){{0,2}}?{DOCUMENT_WORDS})", question, re.I)}
    # The documents the question names (search's document cues), relative to the candidates' lowest.
    cue = [c.result.scores.document for c in candidates]
    low, high = min(cue), max(cue)
    for c, words, toks, ms, cos, doc in zip(candidates, sentence_words, tokens, found, meaning, cue):
        categories = {m.category for m in ms if m.iri not in asked_iris and m.category
                      and (m.category != "place" or answers_where(question, m))}
        if kind == "org" and (org_named(c.text, question) or c.row and row_body(c.text, c.context, question)):
            categories.add("org")  # a body the graph does not know, named as bodies are ("... Research Council")
        typed = has_type(kind, without(c.text, unasked), categories, nouns, acronym, measure) or \
            bool(relation) and says_relation(c.stating, relation) or \
            bool(yes_no) and states(told := said_by(c, question), yes_no) and names_subject(told, question)
        if typed and kind == "number" and c.parts and count_in(without(c.parts[1], asked_dates), nouns) is None \
                and (not _gatherings(c.parts[0]) or _gatherings(c.parts[1]) and not _continues(*c.parts)):
            # "Eleven agencies took part. The robotics review met in Sagamihara on 3 February.": a count naming no
            # gathering is of the one told before it, not of what the next sentence tells; one naming its gathering
            # ("A workshop in Bonn drew 40 experts. The senior managers met in Oslo.") is of that one, not of another
            # the next sentence tells
            typed = False
        if typed and kind not in (None, "list") and c.parts and not _continues(*c.parts) and (
                DATE.search(without(c.parts[1], asked_dates)) if kind == "number" else
                not has_type(kind, without(c.parts[1], unasked), {m.category for m in ms if m.iri not in asked_iris
                             and m.start > len(c.parts[0])}, nouns, acronym, measure)):
            # a second sentence opening on something new ("An earlier workshop in Cologne on 15 March ...", "Phase 3
            # sees ...") tells of that, not of the first's: a count it dates to its own time, or a value of the first
            # sentence only, is no answer of the pair (a list may gather its items from both)
            typed = False
        if column and c.row:
            # "Which destination is given for phase 2?": a table row answers under the column of that name; one whose
            # header and cells never name it ("Which launch vehicle ...?") does not hold the value asked
            typed = names_column(c, question)
        # the document the question names ("according to the 2019 annual report") is not asked of its own
        # sentences: the words they share are weighed against the rest of the question
        own = f"@{c.result.document.iri}"
        c.scores = {
            "meaning": float(max(cos, 0.0)),
            "words": sum(weight[w] for w in asked & words - {own}) / (total - weight.get(own, 0.0) or 1.0),
            "phrase": len(pairs & set(zip(toks, toks[1:]))) / len(pairs) if pairs else 0.0,
            "type": 1.0 if typed else 0.0,
            "rank": 1.0 / c.rank,
            "document": (doc - low) / (high - low) if high > low else 0.0,
        }
        c.score = sum(WEIGHTS[k] * v for k, v in c.scores.items())
        if (kind is not None or relation or column and c.row) and not typed:
            c.score *= MISSING_TYPE
        # "the 25th meeting" is not told of by a sentence of the 24th; what will be does not answer what was
        if asked_ordinals and (told := {o.lower() for o in ORDINAL.findall(c.text)}) and not told & asked_ordinals:
            c.score *= OTHER_ORDINAL
        if (past or did) and any(_planned(part) for part in c.parts or (c.text,)):
            c.score *= OTHER_TIME  # "had planned to host" does not say who hosted ("planned for X but was held" does)
        if other_edition(c.text, asked_editions):
            c.score *= OTHER_ORDINAL
        # "the 2017 workshop" is not told of by a sentence of the 2015 one, nor by a field of a record dated 2015 (a
        # year answering a "when" asks nothing of what is to be: "When will crews land?")
        told = told_years(c.text, set(YEAR.findall(c.result.document.names)), around=c.context)
        if own_years and told and not told & own_years and (kind != "date" or past):
            c.score *= OTHER_YEAR
        if asked_items and (told_items := numbered_items(c.text, c.context)) and not told_items & asked_items \
                and {w for w, _ in told_items} & {w for w, _ in asked_items}:
            c.score *= OTHER_ORDINAL  # "Phase 4 ..." (or row 4 of a table keyed by phase) tells nothing of phase 2
        if (other := OTHER_OF_SERIES.search(c.text)) and other.group(1).lower() not in question.lower() \
                and not told & asked_years:
            c.score *= OTHER_ORDINAL  # "the previous workshop" tells of another of the series than the one asked
        if c.parts:
            c.score *= PAIR
    # A sentence that says nothing the question does not (a heading, the question's own words) is no answer.
    ranked = sorted((c for c, toks in zip(candidates, tokens) if not set(toks) <= asked), key=lambda c: -c.score)
    if not (judge and judged > 1):
        return ranked
    # the judge reads each sentence with what the question names in the question's words: it knows no acronyms
    # ("The CWG was formed ..." for "When was the Commercialization Working Group formed?")
    top, said = ranked[:judged], {m.iri: question[m.start:m.end] for m in question_mentions}
    mentions = {id(c): ms for c, ms in zip(candidates, found)}
    worded = {id(c): _worded(c.text, mentions[id(c)], said) for c in top}
    # (a sentence the rules find no value of the asked kind in gains nothing from reading well)
    untyped = {id(c) for c in top if (kind is not None or relation) and not c.scores["type"]}
    return _judged(question, top, judge, worded, untyped=untyped) + ranked[judged:]


def _worded(text: str, mentions, said: dict[str, str]) -> str:
    """``text`` with each mention of an entity in ``said`` (IRI -> words) written in those words."""
    limit = len(text)
    for m in sorted((m for m in mentions if m.iri in said), key=lambda m: -m.start):
        if m.end <= limit:  # (of two overlapping mentions, the later)
            text, limit = f"{text[:m.start]}{said[m.iri]}{text[m.end:]}", m.start
    return text


def _judged(question: str, top: list[Candidate], judge, worded: dict[int, str], *,
            untyped: frozenset[int] | set[int] = frozenset()) -> list[Candidate]:
    """``top`` re-ordered by their score plus the cross-encoder's reading of (question, sentence in its frame, as
    ``worded``), scaled 0..1 among them, at JUDGE_WEIGHT and under the same factors as the score (another year, a
    plan, ...); those in ``untyped`` (ids of sentences holding no value of the kind asked) keep their score alone.
    Scores stay the rules' own: the cross-encoder picks among sentences, the thresholds still say whether any
    answers."""
    if len(top) < 2:
        return top
    texts = [_frame(worded[id(c)], c.context) if c.context else worded[id(c)] for c in top]
    logits = [float(x) for x in judge(question, texts)]
    low, high = min(logits), max(logits)

    def order(pair: tuple[Candidate, float]) -> float:
        c, logit = pair
        if id(c) in untyped:
            return c.score
        plain = sum(WEIGHTS[k] * v for k, v in c.scores.items()) or 1.0
        return c.score + JUDGE_WEIGHT * (logit - low) / ((high - low) or 1.0) * c.score / plain

    return [c for c, _ in sorted(zip(top, logits), key=order, reverse=True)]


# A sentence carrying on from the one before: a pronoun, a demonstrative or "the same" in its first words, or its
# opening noun phrase repeating a word of it ("The meeting ..." after "... the annual meeting in London"); or the one
# before announces it ("... approved Europe's contribution:")
CONTINUES = re.compile(r"\b(?:it|its|they|them|their|this|these|that|those|there|here|such|same|both|he|she|his|her|"
                       r"also|then|latter|former)\b", re.I)
CONTINUED_WORDS = 5


# An entry's title opening the first sentence ("Artemis I. NASA's first Artemis mission lifted off ..."): the
# sentences after it in the entry are of what it names too ("Orion carries the MARE experiment ...")
ENTRY_TITLE = re.compile(r"\s*(?P<title>(?:[A-Z][\w’'-]*\s+){1,3}[A-Z0-9][\w’'-]*|[A-Z][\w’'-]{3,})\.\s+[A-Z]")


def _continues(first: str, second: str) -> bool:
    """Whether ``second`` tells more of what ``first`` tells (see CONTINUES, ENTRY_TITLE)."""
    opening = " ".join(_WORD.findall(second)[:CONTINUED_WORDS])
    head = re.match(r"\s*The\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]+)\b", second)
    return bool(first.rstrip().endswith(":") or CONTINUES.search(opening) or ENTRY_TITLE.match(first)
                or head and stem(head.group(1)) in {stem(w) for w in _WORD.findall(first)})


ENTRY_HEAD_WORDS = 8  # a line's first sentence this short, with a date, heads the line's entry


def _entry_pairs(text: str) -> list[tuple[str, str]]:
    """An entry's head with each later sentence of its line, unless already paired as prose: "Senior managers meeting,
    Lima, 8 May 2027. Hosted by CONIDA. Attendance stood at seventeen agencies." tells the count of the meeting the
    head names and dates (a list item whose marker the layout dropped, a record of a meeting)."""
    pairs = []
    for line in text.split("\n"):
        units = split_sentences(line)
        if len(units) < 2 or len(units[0].split()) > ENTRY_HEAD_WORDS or not DATE.search(units[0]):
            continue
        pairs += [(units[0], b) for n, b in enumerate(units[1:], 1) if not (n == 1 and _prose(units[0]) and _prose(b))]
    return pairs


def contexts(units: list[str], heading: str) -> list[str]:
    """What each unit of a passage is of, when it cannot say so itself: for a row of a table (pypdf renders a row
    a line: no sentence's end, after a header row naming the columns, "Meeting Date Place Host"), that header;
    for a field line ("Host: CNES"), the heading of its passage.  Empty for a sentence."""
    out, caption = [], ""
    # a table cut where the passage starts has its column names for the passage's heading (chunk.py), after the
    # heading over it if any ("Meetings held in 2023 — Dates Meeting Place Host"), over rows (a title, "The Global
    # Exploration Roadmap" over "Second edition", names no columns)
    columns = heading.rpartition(" — ")[2]
    header = _cells(columns) if _header_row(columns) and not re.match(r"(?:the|an?)\b", columns, re.I) \
        and len(units) >= 2 and _table_row(units[0]) and _table_row(units[1]) else ""
    for i, unit in enumerate(units):
        if CAPTION.match(unit):
            caption = unit
        elif _prose(unit) or unit.endswith((".", "?", "!")):
            header = caption = ""
        elif not header and _header_row(unit, phrases=True) and i + 1 < len(units) and _table_row(units[i + 1]):
            # (inside a table a row of short capitalised cells is a row: "Fatima Al Mansoori UAE Space Agency")
            header = f"{caption} {_cells(unit)}".strip()
            out.append("")
            continue
        out.append(header if header and _table_row(unit) else heading if _field(unit) else "")
    # the fields of one record tell of one thing: each field line is read with its heading and the other fields
    # ("Dates: 4–6 April 2017" of the workshop whose "Venue: Toulouse")
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and _field(units[j]):
            j += 1
        for n in range(i, j):
            out[n] = " ".join([heading, *(units[m] for m in range(i, j) if m != n)]).strip()
        i = max(j, i + 1)
    return out


# A table's or a figure's caption: it says what the table holds, and answers nothing itself.
CAPTION = re.compile(r"^(?:Table|Figure|Fig\.?|Box|Chart|Exhibit)\s+[\dA-Z][\d.]*\s*[:.–—-]\s*\S", re.I)


def _cells(unit: str) -> str:
    """A table line without its cell bars ("| Year | Host |" -> "Year Host")."""
    return " ".join(unit.replace("|", " ").split())


def _field(unit: str) -> bool:
    """A field line of a record ("Host: CNES"); not a caption, nor a list's lead with its items ("Participating
    agencies: CNES; DLR"), which says what it lists itself."""
    return FIELD_LINE.match(unit) is not None and not CAPTION.match(unit) and ";" not in unit


def _header_row(unit: str, *, phrases: bool = False) -> bool:
    """A line naming a table's columns: a few capitalised words, no figure, no sentence's end (a column of row numbers
    headed "#" names nothing); with ``phrases``, a line over the rows, names may be phrases in sentence case
    ("ID Technology gap Agencies with active work Priority"): their function words aside (a heading, "Gaps for the
    Mars phase", is read without)."""
    words = [w for w in _cells(unit).split() if re.search(r"[^\W\d_]", w)]
    named = [w for w in words if w not in HEADER_FUNCTION_WORDS] if phrases else words
    return 2 <= len(words) <= 10 and not re.search(r"\d|[.:;,?!]$", unit) and not _field(unit) \
        and sum(w[:1].isupper() for w in named) * 2 > len(named) and words[0][:1].isupper()


HEADER_FUNCTION_WORDS = {"of", "with", "and", "for", "in", "to", "by", "at", "per", "the", "or", "on"}


def _table_row(unit: str) -> bool:
    """A line of a table: no sentence's end, no field line."""
    return not unit.endswith((".", "?", "!", ":")) and not _field(unit) and len(_cells(unit).split()) >= 2


# A numbered item of a series, "phase 2", "session 3", "TG-15" (not a date's day, "May 3", nor "in 3 years"), and the
# key opening a table's row: a number alone ("3 — Extended surface missions", its column named in the header) or
# after a word ("Phase 2 From about 2020 ...", "TG-15 Autonomous robotic operations ...")
ITEM = re.compile(rf"\b(?!(?:{MONTHS}|of|in|to|by|at|on|for|from|and|or|the|than|about|over|under|some|all|top|every|"
                  r"first|last|next|an|as|is|it|no|up|be|we|per)\b)([A-Za-z]{2,})[\s-](\d{1,3})\b(?![.,]?\d|\s*(?:%|per\b|years?\b|months?\b|"
                  r"days?\b|weeks?\b|agencies\b|members\b|people\b|participants\b))", re.I)
ROW_KEY = re.compile(rf"^(?:([A-Za-z]+)[\s-]?(\d{{1,3}})(?=\s|$)|(\d{{1,3}})(?=\s+[A-Z—–-]|$))(?!\s+(?:{MONTHS})\b)")


# "Which destination is given ...", "What launch vehicle did ...": the noun a question asks the value of (as a table's
# column would name it)
COLUMN_ASKED = re.compile(rf"\b(?:which|what)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>[a-z][\w-]{{2,}})\s+{_AUX}\b", re.I)


@functools.lru_cache(maxsize=256)
def column_asked(question: str) -> str | None:
    """The stem of the noun "which X did ..." asks the value of (COLUMN_ASKED), read once per question: every
    candidate row is checked against it."""
    return stem(m.group("head")) if (m := COLUMN_ASKED.search(question)) else None


def names_column(candidate: Candidate, question: str) -> bool:
    """Whether a table row's header (or its cells) names the column "which X did ..." asks ("What priority did the
    assessment give to dust mitigation?": a row under "ID Gap Agencies Priority" states it, whatever the verb)."""
    column = column_asked(question)
    return candidate.row and column is not None and column in _words(f"{candidate.context} {candidate.text}")


def numbered_items(text: str, header: str = "") -> set[tuple[str, str]]:
    """The numbered items ``text`` names, as (word stem, number); a table row opening on a bare number is the item
    of that number its ``header``'s first column names ("Session Topic Chair": "3 Technology ..." is session 3)."""
    items = {(stem(w), n.lstrip("0") or "0") for w, n in ITEM.findall(text)}
    if header and (key := ROW_KEY.match(text)) and key.group(3) and (column := re.match(r"\W*([A-Za-z]{3,})", header)):
        items.add((stem(column.group(1)), key.group(3).lstrip("0") or "0"))
    return items


# a date opening a row: "27–29 November", "2015-04-21", "June 2015", "December" or "18–20" alone on its line, "the
# ninth of"
ROW_DATE = re.compile(rf"\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{MONTHS})\b|(?:19|20)\d\d-\d\d-\d\d\b|"
                      rf"(?:{MONTHS})(?:\s+(?:19|20)\d\d\b|$)|(?:the\s+)?(?:{ORDINAL_WORDS})\s+of\b|\d{{1,2}}\s*[–-]\s*\d{{1,2}}$", re.I)


def _row_key(unit: str) -> str | None:
    """The kind of key a table's line opens on: a date (ROW_DATE; "27–29 November" / "2012"), the word before a
    number ("phase" for "Phase 2"), "" for a number alone (before a capital or a dash: "11 agencies" is a count);
    None for none."""
    if ROW_DATE.match(unit):
        return "(date)"
    return (key.group(1) or "").lower() if (key := ROW_KEY.match(unit)) else None


def table_rows(units: list[str], heading: str) -> list[str]:
    """Units with each row of a keyed table whole: pypdf breaks a row's cells over lines ("3 —" / "Extended surface
    missions" / "2028–2032 Several south polar sites ..."), and a row runs from a line opening on its key ("TG-15",
    "Phase 2", a number under a header, a day and month) to the next such line.  A table is keyed when two lines or more open on keys
    of one kind (a word's, or bare numbers under a header); a caption or prose ends it."""
    keys = [None if u.endswith((".", "?", "!", ":")) else _row_key(u) for u in units]
    kind = next((k for k in keys if k is not None), None)  # the first row's
    if kind is None or keys.count(kind) < 2 or not (kind or _header_row(heading) or any(map(_header_row, units))):
        return units
    out: list[str] = []
    open_row = False
    for unit, key in zip(units, keys):
        if key == kind:
            out.append(unit)
            open_row = True
        elif open_row and not (CAPTION.match(unit) or _prose(unit) or unit.endswith((".", "?", "!", ":"))):
            out[-1] = f"{out[-1]} {unit}"
        else:
            out.append(unit)
            open_row = False
    return out


def _frame(unit: str, context: str) -> str:
    """A table row or field line with what frames it, as it is encoded ("Host Location: Tokyo JAXA")."""
    return f"{context}: {unit}"


def units_in_context(text: str, section: str | None, title: str | None) -> list[tuple[str, str]]:
    """A passage's answer units as rank_sentences reads them (a keyed table's rows joined, table_rows), each with
    what frames it: its table's column names or its heading, "" for prose (contexts)."""
    units = split_sentences(text, section, rows=True)
    return list(zip(units, contexts(units, section or title or "")))


def sentence_texts(text: str, section: str | None, title: str | None) -> list[str]:
    """Every text of a passage that answering encodes: its sentences as compose reads them, its units as
    rank_sentences does and each framed unit ("Host Location: Tokyo JAXA"), for the build to embed once."""
    units = units_in_context(text, section, title)
    return [*split_sentences(text, section), *(u for u, _ in units), *(_frame(u, c) for u, c in units if c)]


def _titled(candidate: Candidate, ordinals: set[str], named: dict[str, str]) -> set[str]:
    """What the question names (an ordinal of a numbered series, "the 25th meeting"; a name of two words or more,
    as its "@iri" token) that the title of the sentence's document names too ("Minutes of the 25th ISECG
    meeting"): every sentence of those minutes tells of it."""
    told = {o.lower() for o in ORDINAL.findall(candidate.text)}
    if ordinals and told and not told & ordinals:
        return set()  # "the 24th meeting" in the minutes of the 25th tells of the 24th
    title = candidate.result.document.names.lower()
    return {o for o in ordinals if re.search(rf"\b{o}\b", title)} | {t for t, words in named.items() if words in title}


def _agent_is_person(m: re.Match, sentence: str, named: list[str]) -> bool:
    """Whether the agent AGENT_PERSON found is a person: titled ("Dr Akiko Sato"), or a name of no body (no word of an
    organisation's, not the start of a longer name, "Thales Alenia Space", nor a name the graph knows as a body)."""
    name = m.group("name")
    if TITLED.match(name):
        return True
    return not ORG_NAME.search(name) and not re.search(r"\b(?:Space|The)\b", name) and \
        not re.match(r"\s+[A-Z]", sentence[m.end("name"):]) and not any(name in n for n in named)


def short_answer(question: str, sentence: str, named: list[str], *, year: int | None = None,
                 before: str = "") -> str | None:
    """The value a sentence gives for the question, stated short: a date, a number, a duration, the
    organisation(s) or place it names (``named``: display names of the entities it names besides those
    the question asks about, in order), a gathering with its place and date (a date without its year in the
    ``year`` of the sentence's document; one told before it in ``before``, its passage's text before it), the items
    of a list, or yes/no; None when there is none to pick."""
    if (both := PLACE_AND_TIME.search(question)) is not None:
        # the place as "where" asks it, then the time the sentence gives besides those the question names
        place = short_answer(f"{question[:both.start()]}where{question[both.end():]}", sentence, named, year=year,
                             before=before)
        asked = {d.lower() for d in dates(question)}
        when = next((m.group() for m in FULL_DATE.finditer(sentence) if m.group().lower() not in asked), None)
        return f"{place}, {when}" if place and when else place
    kind = answer_type(question)
    if kind == "event":
        # "At which meeting were they admitted to ISECG?": the body the question names goes unsaid in the gathering's
        # name ("the ISECG senior managers meeting" is "the senior managers meeting")
        told = gathering_in(sentence, year, before)
        owner = told and OWNER.match(told)
        return f"the {told[owner.end():]}" if owner and re.search(rf"\b{owner.group(1)}\b", question) else told
    if YES_NO.match(question.strip()):
        return "No" if NEGATION.search(sentence) else "Yes"
    if kind == "date":
        # a date the question names is not its answer, but a fuller date holding it is ("released in 2022":
        # "20 October 2022")
        named = {d.lower() for d in dates(question)}
        if re.search(r"\byears\b", question, re.I) and (span := YEAR_SPAN.search(sentence)):
            return span.group()  # "In which years ...?": the span the sentence gives, whole ("2029 to 2033")
        if (moved := told_later(question, sentence)) is not None:
            return moved
        m = next((m for m in FULL_DATE.finditer(sentence) if m.group().lower() not in named), None)
        return m.group() if m else None
    if kind == "expansion":
        return expansion(sentence, acronym_asked(question) or "")
    if kind == "day":
        return next((d for d in ONE_DAY.findall(sentence) if d not in question), None)
    if kind == "code":  # one the question gives is what it asks about ("the paper IAC-21-A3.1.5"), not the answer
        return next((c for c in CODE.findall(sentence) if c not in question), None)
    if kind == "number":  # a count as a number ("twenty-five agencies": 25)
        found = count_in(sentence, counted(question))
        return str(number_value(found)) if found else None
    if kind == "duration":
        m = DURATION.search(sentence)
        return m.group() if m else None
    if kind == "person":
        return person_in(sentence, question)
    if kind == "org" and re.match(r"\s*who\b", question, re.I) and (m := AGENT_PERSON.search(sentence)) \
            and _agent_is_person(m, sentence, named):
        # "Who chaired the meeting?" / "... was chaired by Dr Akiko Sato, Director ... at JAXA", "Presented by Helena
        # Marsh, ISECG Secretariat (ESA)": the person, and body
        return m.group("name") + (f" ({named[0]})" if named else "")
    if kind == "place" and not named and (m := SITE.search(without(sentence, re.findall(r"[A-Z][\w-]+", question)))):
        return m.group(1) or m.group(2)  # "will be held in Ottawa", "their Bremen meeting": a place the graph does not know
    if kind == "org" and not named and (body := org_named(sentence, question)):
        return body
    if kind in ("org", "place") and named:
        plural = re.search(r"\b(which|what) (?:[\w-]+ ){0,5}?(agencies|organi[sz]ations|bodies|partners|institutions|"
                           r"groups|countries|places)\b|\bwho are\b", question, re.I) or THEY_ASKED.search(question)
        if plural and len(items := names_listed(sentence)) > len(named):
            return and_joined(items)  # "the Mexican Space Agency, the Philippine Space Agency and the Kenya Space Agency"
        if plural:
            return and_joined(named)
        return (kind == "place" and site_at(sentence, named[0])) or named[0]  # "ESTEC, Noordwijk"
    if ":" in sentence:
        items = [i.strip(" .") for i in sentence.split(":", 1)[1].split(";") if i.strip(" .")]
        heads = [TERM_ITEM.match(i) for i in items]
        if len(items) > 1 and all(heads):  # a list of terms, each with what it is: the terms
            return and_joined([h.group("head") for h in heads if h])
        if len(items) > 1 and all(len(i.split()) <= CLAUSE_WORDS for i in items):
            return and_joined(items)  # not clauses ("...: the impactor threw up a plume of which ...; carbon ...")
        described = [re.split(r",\s+", i, maxsplit=1) for i in items]
        if len(items) > 1 and all(len(d) == 2 and len(d[0].split()) <= TERM_WORDS for d in described):
            return and_joined([d[0] for d in described])  # "the Moon, where crews learn ...; Mars, the goal ...": the terms
    if kind == "list" and (items := names_listed(sentence)):
        return and_joined(items)
    if kind is None and (verb := object_verb(question)) and says_relation(sentence, object_relation(question)) and \
            (done_to := object_of(sentence, verb)):
        # "Which earlier study does it supersede?": what the sentence's verb is done to, without a clause describing
        # it (", which assumed ..."); none when it only points back ("that gap list": the sentence before names it)
        # or the sentence is passive
        done_to = re.split(r",\s+(?:which|who|whose|where)\b", done_to)[0]
        pointed = re.search(rf"\b(?:that|this|these|those|such|same|latter|former)\s+{re.escape(done_to)}", sentence)
        # "... is superseded by this document": what follows names the doer, not what the verb is done to
        return None if pointed or re.match(r"by\b", done_to) else done_to
    if kind in (None, "list") and (kind_of := one_of_kind(question, sentence)):
        return kind_of
    if kind in (None, "list") and (thing := THING_ASKED.search(question)) and not thing.group("head").endswith("s"):
        return thing_named(sentence, thing.group("head"), question)
    if kind in (None, "definition") and (did := DID_WHAT.match(question)):
        return object_of(sentence, did.group("verb"))
    return None


def told_later(question: str, sentence: str) -> str | None:
    """The date of the deed the question asks about when the sentence tells it from a date before it ("approved on
    30 June 2017 and released the following month": "When was it released?" July 2017): the deed's word between
    that date and "the following month", "two days later"."""
    asked = content_words(question)
    for m in LATER_RE.finditer(sentence):
        told = find_dates(sentence[:m.start()])
        if told and content_words(sentence[told[-1].pos[1]:m.start()]) & asked and \
                (moved := later(told[-1].start, m)) is not None:
            return spoken(moved)
    return None


# A span of years: "2029–2033", "2029 to 2033", "from 2029 to 2033".
YEAR_SPAN = re.compile(r"\b(?:from\s+)?(?:19|20)\d\d\s*(?:[–—-]|to|until)\s*(?:19|20)\d\d\b", re.I)


# "What did the senior managers agree at the Bonn meeting?", "What was decided in Tokyo?": what the sentence says was
# agreed, the words after its verb
DID_WHAT = re.compile(r"^\s*what\s+(?:(?:did|does|do|has|have|had)\s+(?:(?!\b(?:to|with|for|from)\b)[^?])+?\s+"
                      r"(?P<verb>[a-z]{4,})|"
                      r"(?:was|were|has\s+been|had\s+been)\s+(?P<done>[a-z]{4,}(?:ed|d)))\b(?:\s+(?:at|in|on|during|by|"
                      r"when)\b[^?]*)?\s*\??\s*$", re.I)
_NEXT_VERB = re.compile(r",?\s+and\s+(?:[a-z]+ed|agreed|decided|noted|took|gave|made)\b|[;:]|\.\s")


def object_of(sentence: str, verb: str) -> str | None:
    """What ``sentence`` says its verb ("agreed", "approved", "decision") was done to, up to the next verb of the
    sentence ("endorsed the Surface Power Roadmap and decided ..."): "the Surface Power Roadmap"."""
    root = stem(verb)[:5]
    words = list(_WORD.finditer(sentence))
    said = [m for m in words if stem(m.group()).startswith(root)] or \
        [m for m in words if any(stem(m.group()).startswith(w) for w in _family(stem(verb)))]  # "agree": "approved"
    if not said:
        return None
    rest = re.sub(r"^\s*(?:that|on|upon|to\s+(?=the\b)|(?:the\s+)?following:?)\s*", "", sentence[said[0].end():])
    rest = _NEXT_VERB.split(rest, maxsplit=1)[0].strip(" .,")
    return rest if len(rest.split()) >= 2 else None


# "Which white paper did the ERWG issue?", "Which earlier study does it replace?": a thing asked by its kind, answered
# by the name of one of that kind the sentence gives, with its qualifiers ("the Lunar Polar Volatiles white paper",
# "the Polar Ice Prospecting Study of September 2014"), not by a bare name or acronym
THING_HEADS = (r"(?:white\s+)?papers?|documents?|reports?|stud(?:y|ies)|missions?|campaigns?|programmes?|programs?|"
               r"roadmaps?|scenarios?|assessments?|plans?|strateg(?:y|ies)|frameworks?|statements?|declarations?|"
               r"agreements?|products?|publications?|editions?|supplements?|initiatives?|projects?|experiments?|"
               r"rovers?|landers?|spacecraft|satellites?|instruments?|modules?|teams?|workshops?")
THING_ASKED = re.compile(rf"\b(?:which|what)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>{THING_HEADS})\b", re.I)
_CAPITALISED = r"[A-Z0-9][\w'’&.-]*"
_QUALIFIER = rf"(?:\s+of\s+(?:(?i:{MONTHS})\s+)?(?:19|20)\d\d|\s+\((?:[^()]{{1,20}})\))?"


def thing_named(sentence: str, head: str, question: str) -> str | None:
    """The first name of a thing of kind ``head`` ("white paper") in ``sentence`` that the question does not name:
    capitalised words ending in the kind or followed by it, with "the" and a date of it ("of November 2019")."""
    noun = re.escape(re.sub(r"(?:ies|s)$", "", head.split()[-1], flags=re.I))
    name = re.compile(rf"(?:\b(?i:the)\s+)?(?:{_CAPITALISED}\s+(?:(?:of|for|on|and|the)\s+)*){{1,7}}?"
                      rf"(?:(?i:white\s+)?(?i:{noun})\w*)\b(?:\s+{_CAPITALISED}(?:\s+(?:(?:of|for|on|and|the)\s+)*{_CAPITALISED})*)?"
                      rf"{_QUALIFIER}")  # "the ISECG paper Critical Technology Needs": its name after its kind
    asked = {w.lower() for w in _WORD.findall(question)}
    for m in name.finditer(sentence):
        found = m.group().strip()
        capitals = [w for w in _WORD.findall(found) if w[0].isupper() and w.lower() != "the"]
        if capitals and not {w.lower() for w in capitals} <= asked:
            return found
    return None


# "Which near-term theme ...?": the words right after "which", one of them the kind asked
KIND_WORDS = re.compile(r"\b(?:which|what)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)
# "The asteroid mission, one of the three near-term themes of the 2013 scenario, has been dropped.": its subject
ONE_OF = re.compile(r"^\s*(?P<np>[^,;:]{3,80}?),\s+(?:one|each|any)\s+of\s+(?:the|its|their|these|those)\s+"
                    r"(?:[\w-]+\s+){0,3}?(?P<noun>[\w-]{3,}s)\b")


def one_of_kind(question: str, sentence: str) -> str | None:
    """The thing a "which X" question asks for, when the sentence's subject is put as one of the Xs ("The asteroid
    mission, one of the three near-term themes ..."): that subject, whole."""
    asked = KIND_WORDS.search(question)
    m = ONE_OF.match(sentence)
    if asked is None or m is None:
        return None
    kinds = {stem(w) for w in asked.group(1).split()}
    return m.group("np").strip() if stem(m.group("noun")) in kinds else None


# A list after its lead ("They are A, B and C", "proceeds in four phases: A, B, C and D, each reviewed ..."):
# names, at least two; a clause after the last (in lower case) ends it, and is left out.
_LIST_LEAD = re.compile(r":\s*|\b(?:are|were|include|included|including|namely|comprising|comprise)\s+", re.I)
_LIST_ITEM = re.compile(r"^(?:the\s+)?[A-Z0-9][\w'’&./-]*(?:\s+(?:[A-Za-z0-9(][\w'’&./()-]*))*$")


def names_listed(sentence: str) -> list[str]:
    """The items a sentence lists after a lead, each a short run of words opening with a capital, or []."""
    for lead in _LIST_LEAD.finditer(sentence):
        tail = re.split(r"(?<=[\w)])[.!?]\s+(?=[A-Z])", sentence[lead.end():])[0].rstrip(" .")  # to its sentence's end
        parts = [p.strip() for p in tail.split(";" if ";" in tail else ",")]
        items: list[str] = []
        for n, part in enumerate(parts):
            last = re.split(r"\s+and\s+", re.sub(r"^and\s+", "", part))
            if len(last) == 2 and all(_LIST_ITEM.match(x) and len(x.split()) <= 6 for x in last):
                items += last
                tail = parts[n + 1:]
                if tail and not re.match(r"[a-z]", tail[0]):
                    items = []  # "A and B, C": no end of the list
                break
            if not (_LIST_ITEM.match(part) and len(part.split()) <= 6):
                items = []
                break
            items.append(part)
        if len(items) >= 2:
            return items  # the first list told, not one of a sentence after it
    return []


# A gathering named before ("At the same meeting ...", "There the delegates ..."): the one the text before tells.
GATHERING_BACK = re.compile(rf"\b(?:(?:the|this|that)\s+same|that|this)\s+{GATHERING}\b|^\s*There\b", re.I)


CLAUSE_WORDS = 12  # an item of a list longer than this is a clause of a sentence
TERM_WORDS = 4  # a term a list item names before saying what it is ("near-Earth asteroids, which offer ...")


def gathering_in(sentence: str, year: int | None = None, before: str = "") -> str | None:
    """The gathering a sentence names, with its place and the date told after it: "the senior managers meeting in
    Bonn, 9 November 2016"; one it names as told before ("at the same meeting") is the last the text ``before`` it
    (its passage) names, else None."""
    back = GATHERING_BACK.search(sentence)
    told = _gatherings(sentence)
    if back is not None and (not told or back.start() <= told[0][0]):
        told = _gatherings(before)[-1:]
        return _with_place_and_date(before, *told[0][1:], year) if told else None
    return _with_place_and_date(sentence, *told[0][1:], year) if told else None


# "The senior managers met in Lisbon on ...": a gathering told by its verb, named as the noun would ("the senior
# managers meeting in Lisbon, 21–22 November 2017"); not "they met", "which met"
GATHERED = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<who>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:met|convened|gathered)\b")


def _gatherings(text: str) -> list[tuple[int, int, str]]:
    """The gatherings ``text`` names, in order: (start, end, the gathering named)."""
    found = [(m.start(), m.end(), m.group()) for m in GATHERING_TOLD.finditer(text)]
    found += [(m.start(), m.end(), f"the {m.group('who')} meeting") for m in GATHERED.finditer(text)
              if not any(a <= m.start() < b for a, b, _ in found)]
    return sorted(found)


def _with_place_and_date(text: str, end: int, name: str, year: int | None) -> str:
    """A gathering named up to ``end`` with the place ("held in Bonn") and date told after it in its sentence."""
    after = text[end:end + GATHERING_DATE]
    when = next((d for d in (FULL_DATE.search(after), DAY_RANGE.search(after), DATE.search(after)) if d), None)
    if when is None or re.search(r"[.;]", after[:when.start()]):
        return name
    date = when.group()
    if year and not YEAR.search(date):
        date = f"{date} {year}"
    if " in " in name or " at " in name:  # the name tells the place already
        return f"{name}, {date}"
    if (site := SITE.search(after[:when.start()])) and site.group(1):
        return f"{name} in {site.group(1)}, {date}"  # "the final meeting of the year, held in Bonn from 8 to 9 November"
    if later := PLACE_AFTER_DATE.match(text, end + when.end()):
        # "held on 10–11 May 2025 in Tallinn, Estonia, hosted by ESTA": in the sentence's order, with its host
        host = f", hosted by {later.group('host')}" if later.group("host") else ""
        return f"{name} of {date} in {later.group('place')}{host}"
    return f"{name}, {date}"


# The body a gathering's name opens with, by its acronym: "the ISECG senior managers meeting".
OWNER = re.compile(r"^the\s+([A-Z][A-Z\d&-]*[A-Z])\s+(?=\S+\s)")
# The place told right after a gathering's date, with the country and the host told after it ("... 10–11 May 2025 in
# Tallinn, Estonia, hosted by ESTA", "in Bonn, hosted by the German Aerospace Center").
_NAME = r"[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'-]*){0,5}"
PLACE_AFTER_DATE = re.compile(rf"\s+in\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:,\s+[A-Z][\w’'-]+"
                              rf"(?:\s+[A-Z][\w’'-]+)?)?)(?:,?\s+hosted\s+by\s+(?P<host>(?:the\s+)?{_NAME}))?")


def and_joined(items: list[str]) -> str:
    """The items as "A, B and C", each once."""
    items = list(dict.fromkeys(items))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


_ROUND_NUMBERS = {"hundred": 100, "dozen": 12}  # alone, as NUMBER finds them ("a hundred delegates")


def number_value(number: str) -> int | None:
    """The value of a number as NUMBER finds it ("17", "eleven", "twenty one", "two dozen")."""
    figure = number.replace(",", "")
    return int(figure) if figure.isdigit() else _ROUND_NUMBERS.get(number.lower()) or number_word(number)
