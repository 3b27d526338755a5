"""Documents as a series in time: a document's type and date from its own first lines, its edition
("The Global Exploration Roadmap — Second Edition"), and the editions it names ("the third edition of
the roadmap, released in January 2018") with what it does to them (updates, builds on).

An edition the corpus holds is that corpus document (one IRI whether ingested or only cited); an
edition it does not hold is a work minted from its series and ordinal, so every document naming it
names the same IRI.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from .. import iris
from ..ingest.model import Document
from ..text import CARDINALS, CITING_LINE, FRONT_MATTER, ORDINALS as ORDINAL_WORDS, SECTION_NAMES, number_word
from .dates import find_dates
from .facts import Evidence, Recorder
from .reference import Entity, name_key
from .text import DocumentText, Sentence, clean_name
from .vocab import term

ORDINALS = {**ORDINAL_WORDS, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
_ORDINAL = "|".join(ORDINALS)
# The genre a document gives itself in its title or subtitle, most specific first (slugs of the words): the genres
# named outright (one cue each), then those of generic words (GENERIC_GENRES).
NAMED_GENRES = [
    ("conference-paper", r"conference paper|congress paper"), ("white-paper", r"white paper"),
    ("meeting-summary", r"summary record|meeting summary"),
    # "Plenary: Minutes", "Minutes of the meeting", "Record of Discussions"; not "90 minutes"
    ("minutes", r"(?<!\d )\bminutes\b|\brecords?\s+of\s+(?:the\s+)?(?:discussions?|decisions|proceedings)\b"),
    # a meeting's notes, as they call themselves ("Workshop Notes", "Notes of the plenary"); not "Technical Notes"
    ("meeting-notes", r"\b(?:meeting|workshop|plenary|session|teleconference|telecon)\s+notes\b"
                      r"|\bnotes\s+(?:of|from|on)\s+the\s+(?:[\w\-]+\s+){0,5}?(?:meeting|workshop|plenary|session)\b"),
    ("newsletter", r"\bnewsletter\b"),
    ("news", r"\bnews(?:room)?\b|press release|media (?:advisory|release)"),
    # ("Highlights 2021", "2021 Highlights", "Highlights of 2021": a year's)
    ("annual-report", r"annual (?:(?:progress|activity|activities|status) )?report|\byear in review\b"
                      r"|\bhighlights\s+(?:of\s+)?(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+highlights\b"),
    ("technology-assessment", r"technology (?:\w+ ){0,3}?assessment|gaps? assessment|technology (?:needs|gaps?)\b"),
    # an overview of the scenarios of missions ("Mission Scenarios Overview", "Mission Scenario Update", "Campaign:
    # Scenario Summary", "Scenario Description"), before the roadmap whose scenarios they are (a "Scenario Update"
    # with no word of missions may be a supplement's title)
    ("mission-scenarios", r"\bmission\s+scenarios?\s+(?:overview|summary|update|document|report|description)\b"
                          r"|\bscenarios?\s+(?:overview|summary|document|report|description)\b"),
    ("supplement", r"\bsupplement\b"), ("roadmap", r"\broadmap\b"), ("strategy", r"\bstrategy\b")]
GENERIC_GENRES = [
    # an architecture a document sets out ("Reference Architecture for Human Lunar Exploration", "Architecture
    # Definition Document"), before the report it may call itself, after a paper's weaker cues ("presented at")
    ("architecture", r"\breference\s+architecture\b|\barchitecture\s+(?:definition\s+|description\s+)?document\b"),
    ("white-paper", r"\bpaper\b"), ("report", r"\breport\b")]
GENRES = NAMED_GENRES + GENERIC_GENRES
MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"}
HEAD_LINES = 5  # title, subtitle and imprint lines of the first page
# Where a first page's body starts, and its title and imprint end: a section heading ("1. Introduction",
# "Abstract", "Foreword", "In this issue") or a sentence of prose (a line of ten words or more that ends a sentence).
BODY_HEADING_RE = re.compile(rf"^(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+[A-Z][A-Za-z ,&\-]{{2,60}}|"
                             rf"(?i:{SECTION_NAMES}))\W*$")
SENTENCE_END_RE = re.compile(r"(?:[a-z\d)]{2}[.!?][\"”’]?$|[a-z)]{2}[.!?][\"”’]?\s+[A-Z])")
# A dateline opening a line of prose: "TOKYO, 12 June 2019 – The agencies ...", "Paris (France), 3 May 2021: ..."
DATELINE_RE = re.compile(r"^[A-Z][\w.’' ()\-]{1,40},\s+(?P<date>[^–—:]{4,40}?)\s*[–—:-]\s")
COVER_LINES = 5  # a cover page of a few lines, the head going on on the next page
IMPRINT_LINES = 12  # a line opening with a publication cue may come below the head, in a block of details
# The words of a head line its genre is read from: a title or imprint, not the abstract a PDF's cleaner may have
# run on into the same line ("... Anna Kowalczyk8 Abstract. ... the Global Exploration Roadmap ...").
HEAD_GENRE_WORDS = 25
# A head line (or a line joined to it, capitalised) opening "Published March 2020", "Released: 9 May 2021",
# "Issued by the Secretariat, Paris, April 2020": the document's own date (a line naming another document,
# "... updates the second edition, released in May 2014", does not open so); a copyright line ("© ISECG 2022").
PUBLISHED_ON_RE = re.compile(r"(?:(?:^|[.;·|•]\s|\b(?:Version|Issue|Revision)\s+\d{1,2}(?:\.\d{1,2})?\s*[,;:·–—-]?\s)"
                             r"\W*(?i:published|released|issued|posted|dated|(?:release|publication|issue)\s+date|"
                             r"date\s+of\s+(?:release|publication|issue))|(?:^|\s)(?:Published|Released|Issued|(?:Release|Publication)\s+date(?=:)))"
                             r"\b(?:\s+by\s+[^.;:]{1,80}?,)?[\s:,\-–—]*(?:(?i:in|on)\s+)?$"
                             # a line opening with the document's number: "Issue 2.0, July 2021, replacing ...",
                             # "Version 1.1 – 12 March 2021", wherever it stands among the first lines
                             r"|(?:^|[a-z]{2}[.!?]\s)\W*(?:Version|Issue|Revision|Edition)\s+\d{1,2}(?:\.\d{1,2})?\s*[,;:·–—(\-]?\s*$"
                             # a version's date wherever the line sets it: "... Secretariat Version dated February 15,
                             # 2024", "Version of 15 February 2024"
                             r"|\b(?:Version|Issue|Revision)(?:\s+\d{1,2}(?:\.\d{1,2})?)?\s+(?:of|dated)\s+$")
# A copyright line ("© ISECG 2022", "Copyright © 2007–2020 ISECG", "... All rights reserved. © ISECG 2020"): the year
# the document came out (a range's last), below the head's own dates but for an annual report titled by the earlier
# year it covers; not an image's credit inside a caption ("Cover image © NASA 2015").
COPYRIGHT_RE = re.compile(r"(?:^|[.;·|•]\s)\W*(?:©|\bCopyright\b)\s*©?\s*(?:(?:by\s+)?(?:the\s+)?[A-Z][\w&.\-]*\s+){0,6}"
                          r"(?:(?:19|20)\d\d\s*[–—-]\s*)?$")
# "<Series> — Second Edition", "<Series>, 2nd edition".
# (not a work's title about the edition, its subtitle after a colon: "The Global Exploration Roadmap, third edition: a
# shared pathway from the ISS to Mars" is an article; "Third Edition: Executive Summary" is part of the edition)
TITLE_EDITION_RE = re.compile(rf"^(?P<series>.+?)\s*[—–:,(-]\s*(?P<ord>{_ORDINAL})\s+edition\b(?!\s*:\s*(?:\S+\s+){{3,}}\S)",
                              re.I)
# "the second edition of the Global Exploration Roadmap", "the third GER edition", "its first iteration".
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
CITED_EDITION_RE = re.compile(
    rf"(?:\b(?P<when>(?:{_MONTH}\s+)?(?:19|20)\d\d)\s+)?\(?\b(?P<ord>(?i:{_ORDINAL}))\)?\s+"
    rf"(?:(?P<pre>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)\s+)?(?P<noun>(?i:edition|iteration|version)|roadmap(?!\s+[Ss]upplement))"
    # (a title in a Markdown emphasis: "of *The Global Exploration Roadmap* (GER)")
    rf"(?:\s+of\s+(?:the\s+)?(?:[*_]{{1,2}}(?=[A-Z]))?(?P<post>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*|\s+(?:of|for|and)(?=\s+[A-Z]))*"
    rf"(?:[*_]{{0,2}}\s+\([A-Z]+\))?|roadmap|strategy))?")
# A row of a table of editions, or an item of a list of them: the edition opening it, its date in the next cell.
# (rows a cleaner ran together on one line: "First edition September 2011 Second edition August 2013")
EDITION_ROW_RE = re.compile(rf"(?:^|(?<=\d\d\d\d)\s+|\|\s*)[^\w\s]{{0,3}}\s*(?:\d{{1,2}}\.?\s+)?(?P<ord>(?i:{_ORDINAL}))\s+"
                            rf"(?i:edition)\s*[|:–—·-]?\s*(?P<date>(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:19|20)\d\d|(?:19|20)\d\d)"
                            rf"(?=[^\w\s]*(?:\||$|\s+(?:\d{{1,2}}\.?\s+)?(?i:{_ORDINAL})\s+(?i:edition)))")
RELEASE_CUE_RE = re.compile(r"^\W{0,3}(?:\(|of\s+|,?\s*(?:(?:which|that)\s+)?(?:(?:was|had\s+been|were)\s+"
                            # (or by the ones who released it: ", which fourteen agencies developed and released in")
                            r"|(?:(?<=which\s)|(?<=that\s))(?:the\s+|its\s+)?(?:[\w\-]+\s+){1,3}?(?:[a-z]+ed\s+and\s+)?)?"
                            r"(?:(?:\w+ly|likewise|also|first|originally|then)\s+)?"
                            r"(?:released|published|issued|posted|came\s+out|appeared|dated|dating|dates|followed)"
                            # (", dating from August 2013", "likewise dated 2013"; or by the ones who released it, before
                            # its date: ", released by fourteen agencies in")
                            r"(?:\s+by\s+[^.;,()]{1,40}?\s+(?:in|on)\s+|(?:\s+(?:in|on|from))?\s+))", re.I)
# A reference list's entry: the title, then its date closing the entry ("..., August 2020.", "..., October 2022 (Moon-to-
# Mars architecture).").
ENTRY_DATE_RE = re.compile(rf"^\s*,\s*(?=(?:{_MONTH}\s+)?(?:19|20)\d\d\s*(?:\([^()]*\))?\s*[.;]?(?:\s|$))")
# A title an edition's ordinal follows after a comma: "Mars Relay Plan, first edition (May 2027)".
TITLE_BEFORE_RE = re.compile(r"(?:^|[:;(]\s*|\b(?:the|of)\s+)(?P<title>[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|for|and|on))*"
                             r"\s+[A-Z][\w\-]*),\s*$")
# The document itself as the edition it presents: "This brochure summarises the fourth edition of", "The present report
# is the second edition of".
SELF_PRESENTS_RE = re.compile(r"^(?:[Tt]his|[Tt]he\s+present)\s+(?:[\w\-]+\s+){0,2}?(?:is|presents|constitutes|contains|"
                              r"summari[sz]es)\s+(?:the|its)\s+$")
# The document itself after an edition: "the first edition of this assessment".
OWN_WORK_RE = re.compile(r"\s+of\s+(?:this|the\s+present|our)\s+[a-z][\w\-]*")
# "The roadmap first appeared in September 2011": the first edition of the series the subject names.
FIRST_APPEARED_RE = re.compile(r"\b(?:[Tt]he\s+)?(?P<series>[Rr]oadmap|[Ss]trategy|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)\s+"
                               r"(?:was\s+)?first\s+(?:appeared|came\s+out|published|released|issued)\s+(?:in|on)\s+")
# (a document that absorbs or subsumes earlier ones takes their place: "it absorbs the two supplements issued since")
_UPDATES = (r"updates|updated|updating|replaces|replaced|replacing|supersedes|superseded|superseding|revises|revised|"
            r"revising|succeeds|supplants|supplanted|absorbs|absorbed|subsumes|subsumed|"
            r"(?:brings|brought|bringing)(?:\s+\w+)?\s+up\s+to\s+date")
UPDATES_RE = re.compile(rf"\b({_UPDATES})\b", re.I)
_BASED = r"builds on|built on|based on|builds upon|based upon|building on|draws on|draws upon|drawing on"
BASED_RE = re.compile(rf"\b({_BASED})\b", re.I)
# Another verb with its own object between a verb and an edition: "replaces the second edition and draws on the first",
# "updates the supplement and complements the third edition".
OTHER_VERB_RE = re.compile(r"\b(?:and|but|while|whereas)\s+(?:it\s+|also\s+)?[a-z]{3,}s\b(?:\s+(?:on|upon|from|with))?"
                           r"\s+(?:the|its|this|that)\b")
NEGATION_RE = re.compile(r"\b(?:not|never|n't)\s+$")
# This document's relation to a work the sentence before names, by a pronoun: "This paper replaces it as the reference
# text", "The present edition builds on that report".
REFERS_BACK_RE = re.compile(rf"^(?:[Tt]his|[Tt]he\s+(?:present|new))\s+(?:[\w\-]+\s+){{0,2}}?(?:paper|edition|document|"
                            rf"report|update|supplement|assessment|version|study|issue|roadmap)\s+(?:\w+ly\s+)?"
                            rf"(?P<verb>{_UPDATES}|{_BASED})\s+"
                            rf"(?:it|them|that\s+(?:paper|edition|document|report|work|study|assessment))\b")
# The document itself as the agent of a passive verb of replacing, what it replaces the subject: "ISECG's November 2019
# paper Critical Technology Needs is brought up to date, and replaced, by the present assessment", "The 2013 edition
# was superseded by this roadmap"; not "is not replaced by it", nor a document another one replaced ("by the 2022
# update").
_PASSIVE = r"(?:updated|replaced|superseded|revised|brought\s+up\s+to\s+date)"
PASSIVE_SELF_RE = re.compile(rf"^[^.;]*?\s(?:is|are|was|were|(?:has|have|had)\s+been|will\s+be|is\s+being)\s+"
                             rf"(?:(?:now|hereby|thus|therefore|also|\w+ly)\s+)?{_PASSIVE}(?:,?\s+(?:and|or)\s+{_PASSIVE})*,?"
                             r"\s+by\s+(?:(?:this|the\s+present|the\s+current)\s+(?:[\w\-]+\s+){0,2}?(?:document|paper|"
                             r"report|assessment|edition|update|supplement|roadmap|scenario|plan|strategy|study|version|"
                             r"issue|review|framework|digest|publication)|it)\b")
# A cover's label for what the document follows, the value on the line below it ("Replaces" / "the GER supplement
# dated August 2020", "Based on" / "GER, third edition (January 2018)"), or after its colon on a line a layout made a
# heading ("Supersedes: Lunar Sample Science Goals (September 2019)").
RELATION_LABEL_RE = re.compile(r"^\W*(?P<verb>(?:updates|replaces|supersedes|revises|succeeds|builds\s+(?:up)?on|"
                               r"(?:is\s+)?based\s+(?:up)?on|draws\s+on)(?:,?\s+and\s+(?:updates|replaces|supersedes))?)"
                               r"\s*(?::\s*(?P<value>\S.*))?$", re.I)
# (after a participle's clause fronted: "Released in August 2013, this second edition replaces ...")
SELF_SUBJECT_RE = re.compile(r"^(?:[A-Z][a-z]+(?:ed|ing)\s+[^,;]{1,60},\s+(?=[Tt]his\s))?"
                             # (a document that names itself new or present: "The new edition supersedes ...")
                             r"(?:(?:It|[Tt]his\s+\w+|The\s+(?:(?:new|present|current|latest)\s+)?"
                             r"(?:update|supplement|edition|paper|document|report|roadmap))\b"
                             r"|[A-Z][\w ]{0,20}:)")


# The records of a meeting or a workshop: who they name took part in it, and no edition numbers them.
MEETING_RECORDS = {"minutes", "meeting-notes", "meeting-summary", "meeting-record", "meeting-report", "communique", "workshop-report",
                   "workshop-summary"}
PERIODICALS = {"newsletter", "news", *MEETING_RECORDS}
# A document's number in its series: "Issue 2.0", "Version 3", "Revision 2" (capitalised, as a head line sets it).
# (a document reference abbreviates it: "ISECG/ToR/Rev.2", "Rev. 2")
ISSUE_RE = re.compile(r"\b(?:(?P<word>Issue|Version|Revision|Edition)(?::|\s+No\.?)?\s+|(?P<abbr>Rev|Ver)\.\s?)"
                      r"(?P<n>\d{1,2}(?:\.\d{1,2})?)\b(?![.\-/]\d)")
ABBREVIATED = {"Rev": "Revision", "Ver": "Version"}
# What follows a series' name in an issue's title: "(2021 Update)", "— 2022 Update", ", 2021 revision", its number
# ("Terms of Reference Revision 3").
ISSUE_SERIES_RE = re.compile(r"\s*(?:\([^()]*\)|[—–:,-]\s*(?:(?:19|20)\d\d\s+)?(?i:update|revision|issue\b.*)|(?:19|20)\d\d"
                             r"|\s(?:Issue|Version|Revision|Edition)(?:\s+No\.?)?\s+\d{1,2}(?:\.\d{1,2})?)\s*$")


def _issue_word(m: re.Match) -> str:
    """What an issue number counts, written out: "Rev.2" is a revision."""
    return m.group("word") or ABBREVIATED[m.group("abbr")]


def _row_date(after: str) -> str | None:
    """The date right after an issue's number: "Issue 1.0 (June 2019)", "(Issue 1.0), dated June 2019", "Rev.2 of 10
    April 2014", a table's next cell ("Rev.2   2014-04-10   Tokyo")."""
    cue = re.match(r"\W{0,3}(?:(?:dated|of|from|released|issued|published|adopted)(?:\s+(?:in|on))?\s+)?", after)
    dates = find_dates(after)
    return dates[0].start if dates and dates[0].pos[0] <= cue.end() else None


def _issue_number(text: str) -> int | None:
    """The ordinal an issue number gives: "2.0" and "2" are the second issue; "2.1" is no whole edition."""
    whole, _, minor = text.partition(".")
    return int(whole) if not minor or int(minor) == 0 else None


def series_title(title: str) -> str:
    """A series' name in a document's title, without what dates or qualifies the one document ("The Global Exploration
    Roadmap, August 2013 (digest)", "Technology Gap Assessment (2021 Update)")."""
    while (shorter := DATED_TITLE_RE.sub("", ISSUE_SERIES_RE.sub("", title))) != title:
        title = shorter
    return title


# Editions told by their dates, each with its ordinal in brackets, or the other way round: "in September 2011 (first) and
# August 2013 (second)", "the first (September 2011) and the second (August 2013)".
EDITIONS_RE = re.compile(r"\b(?i:editions|issues)\b")
DATED_ORDINAL_RE = re.compile(rf"\b(?P<when>(?:{_MONTH}\s+)?(?:19|20)\d\d)\s*\((?P<ord>(?i:{_ORDINAL}))\)|"
                              rf"\b(?P<ord2>(?i:{_ORDINAL}))\s*\((?P<when2>(?:{_MONTH}\s+)?(?:19|20)\d\d)\)")
# A series' editions counted with their years, all of them from the first ("has published three editions of the
# Global Exploration Roadmap (2011, 2013 and 2018)", "two editions of its strategy, in 2011 and 2014"): the n-th year
# the n-th edition's (not "the last two editions (2013 and 2018)").
_YEAR_LIST = r"(?:19|20)\d\d(?:\s*(?:,|and|,\s*and)\s*(?:19|20)\d\d)+"
EDITION_YEARS_RE = re.compile(rf"(?<!last )(?<!latest )(?<!recent )(?<!previous )\b(?P<n>\d|{'|'.join(CARDINALS)})\s+"
                              r"(?:(?!last|latest|recent|most|later|newer|more)[a-z]+\s+)?editions\s+of\s+"
                              rf"(?P<series>[^()\d;]{{3,80}}?)\s*(?:\((?P<years>{_YEAR_LIST})\)|"
                              rf",?\s+in\s+(?P<years2>{_YEAR_LIST})\b)", re.I)
UNCERTAIN_RE = re.compile(r"\b(?i:possible|potential|eventual|hypothetical)\s+$")
# An edition named with an indefinite article ("a fourth edition", "a full fourth edition") in a sentence that tells it
# to come ("may follow", "now expected in 2025"): no work yet.
INDEFINITE_RE = re.compile(r"\b(?i:an?)\s+(?:[a-z][\w\-]*\s+)?$")
TO_COME_RE = re.compile(r"\b(?:will|would|may|might|could|to\s+be|expected|planned|foreseen|due|forthcoming)\b", re.I)
# An edition the text sets against what was done ("short updates rather than a full fourth edition", "instead of a fourth
# edition"), or whose own verb is still to come ("The fourth edition of the roadmap will include ...", "... is to be
# released in 2026"): no work yet.
NOT_MADE_RE = re.compile(r"\b(?i:rather\s+than|instead\s+of|in\s+lieu\s+of)\s+(?:an?\s+)?(?:[a-z][\w\-]*\s+)?$")
TO_COME_VERB_RE = re.compile(r"\s+(?:will|shall|is\s+to\s+be|is\s+(?:due|expected|planned|scheduled)\s+to)\b")
DATED_TITLE_RE = re.compile(rf"\s*[—–:,]\s*{_MONTH}\s+(?:19|20)\d\d\s*$")


def date_type(value: str) -> str:
    return {4: "xsd:gYear", 7: "xsd:gYearMonth"}.get(len(value), "xsd:date")


def series_key(name: str) -> str:
    return name_key(clean_name(name))


def edition_of_title(title: str) -> tuple[str, int] | None:
    """("The Global Exploration Roadmap", 2) from "The Global Exploration Roadmap — Second Edition"."""
    m = TITLE_EDITION_RE.match(title)
    return (m.group("series").strip(), ORDINALS[m.group("ord").lower()]) if m else None


def series_entities(documents: list[Document], base: str) -> list[Entity]:
    """The series the corpus's numbered editions belong to, known to every document's extraction
    (with the initials of a long name as acronym: "GER" for "The Global Exploration Roadmap")."""
    found: dict[str, Entity] = {}
    for doc in documents:
        edition = edition_of_title(doc.title)
        if edition:
            name = clean_name(edition[0])
            words = [w for w in name.split() if w[0].isupper()]
            acronym = "".join(w[0] for w in words) if len(words) >= 3 else None
            found.setdefault(name, Entity(iris.entity(base, "work", name), name, [term("schema:CreativeWork").value],
                                          acronym=acronym))
    return list(found.values())


def corpus_editions(documents: list[Document], base: str) -> dict[tuple[str, int], str]:
    """(series key, ordinal) -> IRI of the corpus documents that are numbered editions."""
    found = {}
    for doc in documents:
        edition = edition_of_title(doc.title)
        if edition:
            found[(series_key(edition[0]), edition[1])] = iris.document(base, doc.id)
    return found


def genre_of(words: str) -> str | None:
    """The genre a title or subtitle gives a document (GENRES), most specific first."""
    return next((slug for slug, pattern in GENRES if re.search(pattern, words, re.I)), None)


def corpus_genres(documents: list[Document], base: str) -> dict[tuple[str, int], list[str]]:
    """(genre, year) -> IRIs of the corpus documents of that genre and year: "the 2020 supplement" names the
    one there is."""
    found: dict[tuple[str, int], list[str]] = {}
    for doc in documents:
        genre = genre_of(doc.title)
        if genre and doc.year:
            found.setdefault((genre, doc.year), []).append(iris.document(base, doc.id))
    return found


# "the 2020 supplement", "the lunar surface supplement that ISECG issued in August 2020", "the supplement of
# August 2020": a document cited by its genre and year.
GENRE_WORDS = "|".join(pattern for _, pattern in GENRES)
# A congress paper's code: "IAC-19-A5.1.2", "IAC-15,A5,1,3", "GLEX-2021,1,1,5" (not inside a longer reference,
# "ISECG-SAM-2020-02-MIN"); its year is the paper's.
PAPER_CODE = r"(?<![\w\-])[A-Z]{2,5}-(?P<code_year>\d\d|(?:19|20)\d\d)(?:-[A-Z]\d{1,2}\.|,\s?[A-Z]?\d{1,2},)"
# What else a first page says of its genre: the running head of a congress paper ("70th International Astronautical
# Congress (IAC), Washington D.C., 21-25 October 2019") and its paper code ("IAC-19-A5.1.2", "IAC-15,A5,1,3"); a
# summary of a meeting ("Summary of the ISECG Senior Managers Meeting", "Record of the 12th Plenary Session").
HEAD_GENRES = [("conference-paper", r"(?<![Tt]he )(?<![Oo]f )\b\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][\w\-]*\s+){0,4}"
                # (dated in the line, or by the copyright after it: "63rd International Astronautical Congress, Naples,
                # Italy. Copyright ©2012 by the International Astronautical Federation")
                r"(?:Congress|Conference|Symposium)\b(?=[^.]{0,100}\b(?:19|20)\d\d|[^.]{0,100}\.\s+(?:Copyright\b|©))"
                r"|\b(?:Congress|Conference|Symposium|Forum)\s+\([A-Z]{2,6}[\s\-]?(?:19|20)?\d\d\)"
                r"|" + PAPER_CODE),
               # a journal's imprint: its volume, year and pages ("Vol. 161 (2019) 112–121"), or the dates a manuscript
               # was received and accepted on
               ("journal-article", r"\b(?:Vol\.|Volume)\s*\d{1,4},?\s+\((?:19|20)\d\d\),?\s+(?:pp?\.\s*)?\d+\s*[–-]\s*\d+"
                rf"|\b(?i:received)\s+(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d\b[^/]{{0,80}}?\b(?i:accepted)\b"),
               # a meeting's record, as it calls itself ("Record of the ISECG Meeting", "Record of the 12th Plenary")
               ("meeting-record", r"(?<!(?i:summary) )\b(?i:record)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,6}?"
                r"(?i:meeting|plenary|session|teleconference|videoconference)s?\b"),
               ("meeting-summary", r"\b(?i:summary|record|highlights|(?:key\s+)?outcomes?|conclusions)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,6}?"
                r"(?i:meeting|plenary|session|workshop|teleconference|videoconference)s?\b"),
               # a posting's byline: "Posted on 19 May 2023", "By the ISECG Secretariat | 3 November 2021"
               ("news", r"(?:^|/ )(?i:posted\s+(?:on\s+)?(?:\d|[A-Z][a-z]+\s+\d)|by\s+[^|/]{3,60}\|\s*(?:\d|[A-Z][a-z]+\s+\d))"),
               # a periodical's number by a season ("Issue 4 – Autumn 2017", "Vol. 3, No. 2, Spring 2020")
               ("newsletter", r"\b(?:Issue|No\.|Number|Vol\.|Volume)\s*\d{1,3}\b[^/]{0,25}?\b(?:Spring|Summer|Autumn|Fall|Winter)"
                r"\s+(?:19|20)\d\d"),
               # a head line opening with the speaker of slides ("Presented by Dr. A. Berg, ESA, on behalf of ISECG");
               # a title opening with the proceedings it is ("Proceedings of the ISECG Science Workshop")
               ("presentation", r"(?:^|/ )\W*(?i:presented\s+by)\s+[A-Z]"),
               ("proceedings", r"(?:^|/ )\W*(?i:proceedings\s+of)\s"),
               # a degree's thesis, or a chapter of one, as its head calls it ("Master of Space Studies Thesis ·
               # International Space University"), whatever its title says it studies ("... Plans", "... Roadmaps")
               ("thesis", r"\b(?i:thesis|dissertation)\b"),
               # a site's page, by the date its foot or head gives it ("Page last updated: 15 November 2022")
               ("web-page", r"\b(?i:page\s+last\s+(?:updated|modified|reviewed))\b")]
# A paper's weaker cue, after every genre a document names but a paper or a report: "Paper presented at the 2019 AIAA
# SPACE Forum" (a supplement "presented at the 74th International Astronautical Congress" is a supplement).
PRESENTED_AT = [("conference-paper", r"\b(?i:presented\s+at|proceedings\s+of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,8}?"
                 r"(?:Congress|Conference|Symposium|Forum|Workshop)\b")]
# The name of a body ("Exploration Roadmap Working Group", "Strategy Team") or of another work in a phrase ("A
# contribution to the Global Exploration Roadmap", "Inputs to the Gap Assessment"): no genre of the document.
PUBLISHING_VERB = (r"publish(?:es|ed)?|releas(?:es|ed|e)|issu(?:es|ed|e)|launch(?:es|ed)?|unveil(?:s|ed)?|"
                   r"present(?:s|ed)?|adopt(?:s|ed)?|approv(?:es|ed|e)|endors(?:es|ed|e)|welcom(?:es|ed|e)|announc(?:es|ed|e)")
BODY_NOUN = r"(?:Working\s+Group|Team|Committee|Task\s+Force|Board|Office|Secretariat|Group|Council)"
NOT_GENRE_RE = re.compile(rf"\b(?:[A-Z][\w\-]*\s+)?(?:[A-Z][a-z][\w\-]*\s+){{0,4}}{BODY_NOUN}\b|\b(?i:to|on|for|from|with|beyond|"
                          rf"towards|after|under|about|into)\s+the\s+(?:[\w\-’']+\s+){{0,6}}?(?i:{GENRE_WORDS})"
                          # "In this issue: the new white paper", "Topic: the draft science white paper" (not a line's
                          # own opening, "The ISECG White Paper, November 2018")
                          rf"|(?<=[\w,;:]\s)(?:the|its|their|our)\s+(?:[\w\-’']+\s+){{0,4}}?(?i:{GENRE_WORDS})"
                          # a headline's object: "ISECG publishes white paper on lunar science", "Agencies endorse new
                          # roadmap", "ISECG releases lunar surface supplement"
                          rf"|\b(?i:{PUBLISHING_VERB})\s+(?:[\w\-’']+\s+){{0,4}}?(?i:{GENRE_WORDS})"
                          # an event's name: "Global Exploration Roadmap Workshop 2017: Executive Summary", "Strategy
                          # Meeting" (the summary's genre is the meeting's)
                          rf"|\b(?i:{GENRE_WORDS})\s+(?i:workshop|meeting|conference|symposium|forum|plenary|session)s?\b")


ENCYCLOPEDIA = r"encyclop(?:a?e|æ)dia"  # (its spellings: "encyclopedia", "encyclopaedia", "encyclopædia")
# Last of all, a genre a head names that none of the above is, slugged as they are ("Fact Sheet" fact-sheet, "Joint
# Statement" statement): the noun of a publication's kind, from a broad vocabulary.
OTHER_GENRES = [("fact-sheet", r"fact\s*sheets?"), ("position-paper", r"position\s+paper"),
                ("concept-paper", r"concept\s+paper"), ("action-plan", r"action\s+plan"),
                ("implementation-plan", r"implementation\s+plan"), ("work-plan", r"work\s*plan"),
                ("proceedings", r"proceedings"), ("statement", r"statements?"), ("communique", r"communiqu[eé]s?"),
                ("declaration", r"declarations?"),
                ("overview", r"overview"), ("brochure", r"brochures?"), ("booklet", r"booklets?"),
                ("leaflet", r"leaflets?"), ("handbook", r"handbooks?"), ("guidelines", r"guidelines"),
                ("guide", r"guide(?!d)"), ("primer", r"primer"), ("framework", r"framework"),
                ("concept", r"concepts?"), ("presentation", r"presentations?|slides"), ("policy-brief", r"policy\s+briefs?"),
                ("briefing", r"briefings?"),
                ("memorandum", r"memorandum"), ("charter", r"charter"), ("agreement", r"agreement"),
                ("plan", r"plans?"), ("bulletin", r"bulletin"), ("digest", r"digest"), ("compendium", r"compendium"),
                ("catalogue", r"catalog(?:ue)?"), ("glossary", r"glossary"), ("survey", r"survey"),
                ("assessment", r"assessment"), ("summary", r"summary"), ("proposal", r"proposal"),
                ("infographic", r"infographic"), ("poster", r"poster"), ("letter", r"(?:open\s+)?letter"),
                ("vision", r"vision\s+(?:document|paper|statement)"), ("terms-of-reference", r"terms\s+of\s+reference"),
                ("procedures", r"(?:operating\s+)?procedures|rules\s+of\s+procedure"),
                ("agenda", r"agenda(?!\s+items?)"), ("encyclopedia", ENCYCLOPEDIA),
                ("article", r"article(?!\s+\d)"),  # (not a numbered article of a charter: "Article 1 — Purpose")
                # a publication's questions and answers, a conversation, a post, an account of the past
                # ("A History in Dates", "Chronology 2007-2020", "Timeline of the group"), a list of dates to come
                ("faq", r"frequently\s+asked\s+questions|FAQs?"), ("interview", r"interviews?"),
                ("blog", r"blog(?:\s*posts?)?"), ("history", r"history"), ("chronology", r"chronology|timeline"),
                ("calendar", r"calendar(?!\s+years?)")]
# Then kinds of publication a plain noun names (general English, read last of all: a head naming none of the above,
# "Podcast Transcript", "Press Kit", "Workshop Programme", "Technology Overview"), each its own slug.
PLAIN_KINDS = ("addendum advisory announcement annex appendix atlas backgrounder biography commentary corrigendum "
               "dataset directory dissertation dossier editorial erratum essay explainer flyer itinerary kit lecture magazine "
               "manifesto manual map memo monograph notice pamphlet playbook podcast preprint programme questionnaire roster "
               "transcript tutorial webinar yearbook").split()
OTHER_GENRES += [(word, rf"{word}s?") for word in PLAIN_KINDS]
OTHER_GENRE_WORDS = "|".join(pattern for _, pattern in OTHER_GENRES)
# Kinds a head names outright that head_genre reads before others (see HEAD_GENRE_ORDER): an address (before the
# congress it was given at), a note by its kind (before the subject its title names, "Reference Architecture ... —
# Status Note"; not "Technical Note No. 3", a series' label over a report), a call for contributions by what it calls
# for.
NAMED_KINDS = [(slug, rf"\b(?i:{pattern})\b") for slug, pattern in [
    ("speech", r"speech(?:es)?|remarks\s+(?:by|of)|(?:opening|closing|keynote|welcome|welcoming)\s+(?:address|remarks)"),
    ("status-note", r"status\s+note"), ("study-note", r"study\s+note"),
    ("briefing-note", r"briefing\s+note"), ("information-note", r"information\s+note"),
    ("call-for-participation", r"call\s+for\s+participation"), ("call-for-papers", r"call\s+for\s+(?:papers|abstracts)"),
    ("call-for-proposals", r"call\s+for\s+proposals")]]


# A report named by what it reports on, before a roadmap or strategy it names: "A Roadmap to the Moon: ISECG Workshop
# Report", "Commercial Engagement Strategy / Interim Report".
# The other genres' nouns naming another work: "Comments on the draft Framework", "Input to the Action Plan", "In this
# issue: the new fact sheet"; and a noun of a thing, not a publication: "Mission Concept", "Plans for the Moon".
OTHER_NAMED_RE = re.compile(rf"\b(?i:to|on|for|from|with|beyond|towards|after|under|about|into|of)\s+the\s+(?:[\w\-’']+\s+){{0,6}}?"
                            rf"(?i:{OTHER_GENRE_WORDS})\b|(?<=[\w,;:]\s)(?:the|its|their|our)\s+(?:[\w\-’']+\s+){{0,4}}?"
                            rf"(?i:{OTHER_GENRE_WORDS})\b|\b(?i:(?:mission|architecture|design|operations?|system)\s+concepts?)\b")
COMPOUND_REPORT = [("status-report", r"\bstatus\s+report\b"), ("survey", r"\bsurvey\s+report\b"),
                   ("report", r"\b(?:workshop|meeting|conference|symposium|progress|final|interim|study|activity|mission)\s+"
                              r"report\b")]
# Last, the nouns of a report that names itself none of the genres: "Mars Human Landing Site Study".
REPORT_WORDS = [("report", r"\b(?:study|studies|review|analysis|findings)\b")]


def _cues(cues: list[tuple[str, str]], *slugs: str, flags: int = re.I) -> list[tuple[str, re.Pattern]]:
    """The cues of these genres (each one of ``cues``, by its slug), in this order."""
    by_slug = dict(cues)
    return [(slug, re.compile(by_slug[slug], flags)) for slug in slugs]


# The order head_genre reads the cues in, by genre: a periodical's masthead naming it first (its head may hold a
# story's headline naming another genre, "Minutes of the plenary approved", "New white paper on lunar volatiles", while
# a report's head names no newsletter); an issue by its season ("Issue 3 – Spring 2023") and the head cues after it
# weaker than a genre named. (A head's cues keep their case: "Vol." is no "vol.".)
HEAD_GENRE_ORDER = (_cues(NAMED_GENRES, "newsletter")
                    # (an address or slides given at a congress the head names: no paper of it; NAMED_KINDS)
                    + _cues(NAMED_KINDS, "speech") + _cues(HEAD_GENRES, "presentation", flags=0)
                    + _cues(HEAD_GENRES, "conference-paper", "journal-article", "thesis", flags=0)
                    + _cues(NAMED_GENRES, "conference-paper", "white-paper")
                    + _cues(HEAD_GENRES, "meeting-record", "meeting-summary", flags=0)
                    + _cues(NAMED_GENRES, "meeting-summary", "minutes", "meeting-notes", "news", "annual-report",
                            "technology-assessment")
                    + _cues(COMPOUND_REPORT, "status-report", "survey", "report")
                    + _cues(NAMED_GENRES, "mission-scenarios", "supplement", "roadmap", "strategy")
                    + _cues(HEAD_GENRES, "news", "newsletter", "proceedings", "web-page", flags=0)
                    + _cues(PRESENTED_AT, "conference-paper", flags=0)
                    + _cues(NAMED_KINDS, "status-note", "study-note", "briefing-note", "information-note",
                            "call-for-participation", "call-for-papers", "call-for-proposals")
                    + _cues(GENERIC_GENRES, "architecture", "white-paper", "report")
                    + _cues(REPORT_WORDS, "report"))


# A label set letter-spaced on a cover ("A N  I S E C G  W H I T E  PA P E R"), as the cleaner leaves it (one space
# between letters and between words alike; a pair of letters kept together by kerning, "PA"): a run of four or more
# one- or two-letter tokens. Its genre words are told apart by the vocabulary of genres.
SPACED_RUN_RE = re.compile(r"(?<!\S)(?:[A-Za-z]{1,2} ){3,}[A-Za-z]{1,2}(?!\S)")
SPACED_WORDS = sorted({"white paper", "conference paper", "congress paper", "meeting summary", "summary record",
                       "summary of the", "minutes", "newsletter", "press release", "news release", "media release",
                       "annual report", "year in review", "technology assessment", "gap assessment", "gaps assessment",
                       "supplement", "roadmap", "strategy", "terms of reference", "news", "report", "paper", "summary",
                       "assessment", "meeting", "plenary", "workshop", "issue", "update", "edition",
                       *(slug.replace("-", " ") for slug, _ in OTHER_GENRES)}, key=len, reverse=True)
SPACED_WORD_RE = re.compile("|".join(w.replace(" ", "") for w in SPACED_WORDS))
_SPACED = {w.replace(" ", ""): w for w in SPACED_WORDS}


def despaced(line: str) -> str:
    """A head line with its letter-spaced runs joined: "A N I S E C G M E E T I N G S U M M A R Y" -> "anisecg
    meeting summary"."""
    def join(m: re.Match) -> str:
        letters = m.group().replace(" ", "").lower()
        return " ".join(SPACED_WORD_RE.sub(lambda w: f" {_SPACED[w.group()]} ", letters).split())
    return SPACED_RUN_RE.sub(join, line)


# A summary whose head names a meeting ("Chair's Summary / 21st Senior Managers Meeting, Berlin"): the meeting's.
MEETING_HEAD_RE = re.compile(r"\b(?i:meeting|plenary|session|workshop|teleconference|videoconference|telecon)s?\b")
# A report that calls itself a workshop's ("Workshop Report", "Workshop Summary Report"), or of a gathering that is no
# meeting of the body (a forum, a symposium): a workshop report.
WORKSHOP_REPORT_RE = re.compile(r"\b(?i:workshop|forum|symposium|colloquium|seminar)\s+(?i:summary\s+)?(?i:report)\b"
                                r"|\b(?i:forum|symposium|colloquium|seminar)s?\b")
# A head naming a workshop and no meeting of the body: its report or summary is the workshop's ("Report of the ISECG
# Workshop on ...", "Summary of the Workshop on ...", "Roadmap Workshop 2017: Executive Summary"), as a meeting's is
# the meeting's summary.
WORKSHOP_RE = re.compile(r"\b(?i:workshop)s?\b")
BODY_MEETING_RE = re.compile(r"\b(?i:meeting|plenary|session|teleconference|videoconference|telecon)s?\b")
# A report of a year's work: "Report on ISECG Activities in 2016", "This report summarises the activities of the group in
# 2019", "the group's achievements during 2021", "2019 in review".
ANNUAL_RE = re.compile(r"\b(?i:activit(?:y|ies)|achievements|accomplishments|work|progress|highlights|events)\b[^.;]{0,60}?"
                       r"\b(?i:in|during|for|of|over|throughout)\s+(?:the\s+(?:year|period)\s+)?(?:19|20)\d\d\b(?!\s*[–—/-]\s*\d)"
                       r"|\b(?:19|20)\d\d\s+(?i:in\s+review)\b")
# An assessment of technologies ("This assessment identifies the technologies ...", "Status of Technologies and
# Remaining Gaps"); a summary of a work a genre names ("Summary of the Global Exploration Roadmap": the roadmap's).
TECHNOLOGY_RE = re.compile(r"\b(?i:technolog(?:y|ies|ical)|capabilit(?:y|ies)|gaps?)\b")
SUMMARY_OF_RE = re.compile(r"\b(?i:(?:executive\s+)?summary)\s+(?i:of|to)\s+(?P<work>[^/]{3,80})")


def refined(slug: str | None, text: str) -> str | None:
    """The genre of the publication's vocabulary a kind of document no genre names is (a report of a year's activities
    is an annual report, an assessment of technologies a technology assessment, a summary, a report or a statement of a
    meeting its summary (of a workshop, the workshop's summary or report), a
    summary of a work that work's genre, a framework a strategy, a bulletin a newsletter, an encyclopedia's article an
    encyclopedia: the genres the corpus is judged by), told by the words ``text`` (its head, or the clause naming it)
    puts around it."""
    if slug == "report" and ANNUAL_RE.search(text):
        return "annual-report"
    if slug == "report" and WORKSHOP_REPORT_RE.search(text):
        return "workshop-report"  # "Workshop Report: ...", "International Exploration Forum 2015 — Summary Report"
    if slug == "article" and re.search(rf"\b(?i:{ENCYCLOPEDIA})\b", text):
        return "encyclopedia"  # "From the Open Space Encyclopedia — article revision of ...": an entry of one
    # (not a joint statement of the parties to a meeting: theirs, "Joint Statement of the Heads of Agencies")
    if MEETING_HEAD_RE.search(text) and (slug == "report" or slug == "statement"
                                         and not re.search(r"\b(?i:joint)\s+(?i:statement)", text)):
        # "Report of the 12th ISECG Plenary": its report; "Chair's Statement / 21st ... Meeting": its summary
        return _gathering_record(text, "report" if slug == "report" else "summary")
    if slug == "meeting-summary":  # "Summary of the ISECG Workshop on ...": the workshop's
        return _gathering_record(text, "summary")
    if slug == "assessment" and TECHNOLOGY_RE.search(text):
        return "technology-assessment"
    if slug == "summary":
        if MEETING_HEAD_RE.search(text):
            return _gathering_record(text, "summary")
        work = SUMMARY_OF_RE.search(text)
        named = genre_of(work.group("work")) if work else None
        return named if named and named not in ("report", "news", *MEETING_RECORDS) else slug
    return {"framework": "strategy", "bulletin": "newsletter"}.get(slug, slug)


def _gathering_record(text: str, kind: str) -> str:
    """The record a report or summary of a gathering is: a workshop's ("workshop-report", "workshop-summary") when
    ``text`` names a workshop and no meeting of the body, else a meeting's ("meeting-report", "meeting-summary")."""
    return f"workshop-{kind}" if WORKSHOP_RE.search(text) and not BODY_MEETING_RE.search(text) else f"meeting-{kind}"


# A periodical's number and date: "Issue 12 | March 2020", "No. 4, 15 June 2021", "Vol. 2 · Spring 2019" (not a version,
# "Issue 2.0 – July 2021").
NUMBERED_ISSUE_RE = re.compile(rf"\b(?:Issue|No\.|Number|Vol\.|Volume)\s*\d{{1,3}}(?![.\d])\s*[|·•,:/–—-]?\s*(?:\d{{1,2}}\s+)?"
                               rf"(?:{_MONTH}|Spring|Summer|Autumn|Fall|Winter)\s+(?:19|20)\d\d")
SEASON_LINE_RE = re.compile(r"(?<=\S / )(?:Spring|Summer|Autumn|Fall|Winter)\s+(?:19|20)\d\d\s*(?=/|$)")


def head_genre(lines: list[str]) -> str | None:
    """The genre a document's head lines give it (HEAD_GENRE_ORDER, most specific first), of the words
    that name no body and no other work."""
    text = " / ".join(" ".join(despaced(line).split()[:HEAD_GENRE_WORDS]) for line in lines)
    masked = [m.span() for m in NOT_GENRE_RE.finditer(text)]
    # below a periodical's numbered issue ("Exploration Update / Issue 3 · July 2008 / Strategy framework released"):
    # a story's headline, its genre words another work's (but the periodical's own, "newsletter")
    issue = NUMBERED_ISSUE_RE.search(text)
    if issue and "/" in text[issue.end():]:
        masked.append((text.index("/", issue.end()), len(text)))

    def named(m: re.Match) -> bool:  # inside a body's name ("Exploration Roadmap Working Group") or another work's
        # (a name of a body has at most one word between a genre word and its noun: "Roadmap International Space
        # Exploration Coordination Group", a title run on into the body's name, keeps its genre)
        return any(a <= m.start() and m.end() <= b and not re.fullmatch(rf"\s+(?:[\w\-]+\s+){{2,}}{BODY_NOUN}",
                                                                           text[m.end():b]) for a, b in masked
                   if not (issue and a > issue.start() and re.fullmatch(r"newsletter", m.group(), re.I)))

    for slug, cue in HEAD_GENRE_ORDER:
        for m in cue.finditer(text):
            if not named(m):
                # (a newsletter's name of the news it brings, "EXPLORATION NEWS / Issue 12 | March 2020": its issue)
                return "newsletter" if slug == "news" and NUMBERED_ISSUE_RE.search(text) else refined(slug, text)
    masked += [m.span() for m in OTHER_NAMED_RE.finditer(text)]
    for slug, pattern in OTHER_GENRES:
        for m in re.finditer(rf"\b(?:{pattern})\b", text, re.I):
            if not named(m):
                kind = refined(slug, text)
                return kind if kind != slug or slug == "summary" else labelled(slug, text, m)
    return None


# The parts of a head a label stands in: between " / " (the head's lines), "·", "|", "•", dashes, a colon, brackets.
LABEL_END_RE = re.compile(r"\s/\s|[·|•—–:()]")
# Words of a kind's standing, not of what it is about: "Joint Statement", "Final Report", "New Brochure".
STANDING_WORDS = frozenset("joint final draft interim revised updated new short brief full official special public "
                           "internal provisional preliminary tentative annotated the our its this".split())


def labelled(slug: str, text: str, m: re.Match) -> str:
    """A kind a head's label names with the one word of what it is of ("Technology Overview · November 2018": technology
    overview, "ISECG Press Kit": press kit, "Podcast transcript": podcast transcript; ``m`` a kind's noun in it): the
    two as one slug, the second a kind (OTHER_GENRES); else ``slug``."""
    start = max((e.end() for e in LABEL_END_RE.finditer(text, 0, m.start())), default=0)
    end = LABEL_END_RE.search(text, m.end())
    # (not a body's acronym: "ISECG Press Kit")
    words = [w.lower() for w in text[start:end.start() if end else len(text)].split() if not (w.isupper() and len(w) > 1)]
    if len(words) != 2 or re.search(r"\s", m.group()) or not all(re.fullmatch(r"[a-z]{3,}", w) for w in words):
        return slug
    word, kind = words
    last = next((other for other, pattern in OTHER_GENRES if re.fullmatch(pattern, kind)), None)
    if last is None or word in STANDING_WORDS or word in MONTH_NAMES:
        return slug
    return f"{word}-{last}"


# An imprint in a sentence's shape names the document's genre first: "White paper of the International Space
# Exploration Coordination Group (ISECG), year of release 2017.", "An assessment by the Technology Working Group."
IMPRINT_OPENING_RE = re.compile(rf"^\W*(?:an?\s+)?(?:(?!(?:the|this|its|our|it|we)\b)[\w\-]+\s+){{0,2}}?"
                                rf"(?:{GENRE_WORDS}|digest|assessment|contribution|issue|edition|update)\b", re.I)


_CAPS_MONTH_RE = re.compile(r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
                            r"JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\b")


def head_dates(text: str) -> list:
    """The dates of a head line, its months also set in capitals as covers set them ("JANUARY 2018")."""
    return find_dates(_CAPS_MONTH_RE.sub(lambda m: m.group().title(), text))


def is_prose(text: str) -> bool:
    """Whether a line opens with a sentence of prose: ten words or more, ending a sentence, a third of them
    lower-case ("The agencies met in Tokyo to ..."), not an imprint's run of names and numbers ("Issue 2.0 ·
    Released 15 July 2021 · Supersedes Issue 1.0 (June 2019) · Endorsed by ISECG ... Summary.")."""
    end = SENTENCE_END_RE.search(text)
    words = text[:end.end()].split() if end else []
    return (len(words) >= 10 and sum(w[0].islower() for w in words) >= len(words) / 3
            and not IMPRINT_OPENING_RE.match(text))


def head_lines(first: list) -> tuple[list, object | None]:
    """The title and imprint lines of a first page (HEAD_LINES at most), up to where its body starts (a
    section heading or a sentence of prose), and the line the body starts with."""
    for i, line in enumerate(first[:HEAD_LINES]):
        after = first[i + 1].text if i + 1 < len(first) else ""
        dated = find_dates(after) and len(re.sub(r"\d|\b[A-Z][a-z]+\b", "", after).split()) <= 2
        if i and (BODY_HEADING_RE.match(line.text) and not find_dates(line.text) and not dated or is_prose(line.text)):
            return first[:i], line  # (a subtitle "Executive Summary" above the cover's date "January 2018" is none)
    return first[:HEAD_LINES], None


# A sentence of the opening prose telling when the document came out: "The outcome is this white paper, issued by
# ISECG on 20 September 2013", "ISECG made the third edition of its roadmap public on 31 January 2018".
OWN_RELEASE_RE = re.compile(r"\b(?:issued|published|released|public|launched|adopted|approved|presented)\b"
                            r"(?:\s+(?:by|at)\s+[^.;]{1,60}?)?\s+(?:on|in)\s+$")


# A caption or credit on a cover: "Cover image: the launch of Artemis I, 16 November 2022 (NASA)".
CAPTION_RE = re.compile(r"^\W*(?i:(?:front\s+|back\s+)?cover|image|photo|picture|figure|credits?)\b[^:]{0,25}:")
# The end of a period after its start ("January to December 2019"), no horizon ("Scenario to 2030").
PERIOD_END_RE = re.compile(rf"(?:{_MONTH}|\b\d{{1,2}})\s+(?:to|until|till|through)\s+$")
# A date still to come: "to be released in January 2018", "will be published on", "due in", "at the next meeting on".
FUTURE_CUE = (r"\b(?:to\s+be|will(?:\s+\w+)?\s+be|due|expected|planned|scheduled|foreseen|next\s+(?:meeting|issue|edition))"
              r"\b[^.;]{0,40}?\b(?:in|on|by|for|at)\s+")
# A date of another work the head names: "A contribution to the Global Exploration Roadmap, January 2018", "Lessons
# from the 2011 Roadmap", "its Annual Report 2020"); a horizon ("Scenario to 2030"), a time it follows ("The Roadmap
# after 2013"), a date to come or a citation ("(ISECG, 2013)").
CITED_DATE_BEFORE_RE = re.compile(rf"(?:\b(?:to|until|till|by|beyond|through|towards|(?i:after|before))\s+|{FUTURE_CUE}"
                                  rf"|\([A-Z][\w&.\- ]{{1,40}},\s*"
                                  rf"|\b(?:the|its|their)\s+(?:(?:[\w\-’']+\s+){{0,3}}(?i:{GENRE_WORDS})\W{{0,3}})?"
                                  rf"|\b(?i:to|of|on|for|from|with|beyond|towards|after|under|about|in)\s+(?:the|its)\s+"
                                  rf"(?:[\w\-’']+\s+){{0,6}}?(?i:{GENRE_WORDS}|edition|plan|study|framework)\W{{0,3}})$")
# A line opening with the document's own genre, of or to another work, then the date: "Supplement to the Global
# Exploration Roadmap, October 2022", "Report on the Global Exploration Strategy, May 2008": the date is the line's
# own ("A contribution to the Global Exploration Roadmap, January 2018" names no genre first: the roadmap's).
OWN_GENRE_OF_RE = re.compile(rf"^\W*(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+){{0,3}}?(?i:{GENRE_WORDS})\s+(?i:to|of|for|on)\s+"
                             rf"(?:the|its)\s+(?:[\w\-’']+\s+){{0,6}}?(?i:{GENRE_WORDS}|edition|plan|study|framework)\W{{0,3}}$")
# "the assessment's first edition" in the Critical Technology Needs and Gaps Assessment: its own.
OWN_BEFORE_RE = re.compile(r"\b(?:this|the)\s+(?P<noun>[a-z][\w\-]*)(?:'s|’s)\s+$")
CITED_GENRE_RE = re.compile(rf"\b(?:the|its)\s+(?:(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+)?"
                            rf"(?P<year>(?:19|20)\d\d)\s+)?(?:[\w\-]+\s+){{0,3}}?(?P<genre>{GENRE_WORDS})(?!\s+(?:{GENRE_WORDS}))"
                            # (its date after a phrase set off by commas: "the first supplement, on the lunar surface,
                            # was released in August 2020")
                            r"(?P<after>(?:,\s+[^,.;()]{3,60},)?,?\s+(?:of|from|dated|(?:that|which)\s+(?:\w+\s+){0,2}?"
                            r"(?:issued|released|published)(?:\s+(?:in|on))?|(?:(?:was|were)\s+)?(?:issued|released|published)"
                            r"\s+(?:in|on))\s+)?", re.I)

# "the 2022 supplement to the Global Exploration Roadmap, published in October 2022", "the GER Supplement of
# October 2022", "its supplements of August 2020 and October 2022": a supplement of a series cited by its year, with
# its release month.
CITED_SUPPLEMENT_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts)\s+|^\W*(?=[A-Z]))(?:(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+)?(?P<year>(?:19|20)\d\d)\s+)?"
    r"(?P<name>(?P<pre>(?:[A-Z][\w\-]*\s+){0,4}?)(?:lunar\s+surface\s+)?[Ss]upplement(?P<plural>s)?\b"
    # (or its year after its name: "GER Supplement 2022", "GER Supplement, 2022 edition")
    r"(?:,?\s+(?P<year_after>(?:19|20)\d\d)(?:\s+edition)?\b)?)"
    r"(?:\s+(?:to|of)\s+(?:the\s+|its\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d)"
    r"(?P<post>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,4}))?"
    r"(?:\s*[–—:]\s*(?:[A-Z][\w\-]*\s+){0,5}?[A-Z][\w\-]*(?=,?\s+(?:of|from|dated|published|issued|released)\s))?"
    # then its date, after a comma or the next cell, dash or bracket: ", released in", "| October 2022 |", "– released
    # on 19 October 2022", "* (October 2022)"
    r"(?:[*_]*(?:\s*[|–—(]\s*|,?\s+)(?:(?:which\s+was\s+)?(?:published|issued|released)\s+(?:in|on)\s+|(?:of|from|dated)\s+)?)?")


# "updates the ISECG paper Critical Technology Needs, published in November 2019", "builds on the 2013 white paper
# *Benefits Stemming from Space Exploration*": a document cited by its title (capitalised words, or set in italics),
# with its date or its genre.
_TITLE = r"[A-Z][\w\-’']*(?:\s+(?:of|and|for|from|the|in|on|to|a|an|[A-Z][\w\-’']*)){1,9}"
CITED_TITLE_RE = re.compile(
    rf"\b(?P<genre>(?:(?:{_MONTH}\s+)?(?:19|20)\d\d\s+)?(?:[A-Z]{{2,}}\s+)?(?:(?:19|20)\d\d\s+)?(?:white\s+)?(?:paper|report|study|"
    rf"assessment|document|strategy|plan|framework)\s+)?[*_“\"]?(?P<title>{_TITLE}?)[*_”\"]?"
    # or after it: "the Lunar Power Needs paper of March 2021"
    rf"(?P<kind>\s+(?:white\s+)?(?:paper|report|study|assessment|strategy|plan|framework)\b)?"
    rf"(?P<dated>,?\s+(?:(?:which\s+was\s+)?(?:published|issued|released)\s+(?:in|on)\s+|of\s+(?=[A-Z][a-z]+\s+(?:19|20)\d\d)|\()"
    rf"|(?=[,.;]|\s+(?:and|which)\b|\s+(?:is|was|has\s+been|had\s+been)\s))")


# A date before a title, in the clause citing it: "Released in August 2020, the *X*", "August 2020 saw the release of
# the X".
TITLE_DATED_BEFORE_RE = re.compile(
    rf"(?:(?:[Rr]eleased|[Pp]ublished|[Ii]ssued)\s+(?:in|on)\s+(?P<date>(?:{_MONTH}\s+)?(?:19|20)\d\d)\s*,\s+|"
    rf"(?P<date2>(?:{_MONTH}\s+)?(?:19|20)\d\d)\s+saw\s+the\s+(?:release|publication|launch)\s+of\s+)"
    r"(?:the\s+)?[*_“\"]?$")


# What a document says of itself beyond its cover's head: on an imprint page (the cover's verso), a back page or in a
# sentence of its body whose subject is the document itself. (Each reads a shape, not a wording: a line an ordinal
# edition opens, a field naming the edition or the kind of document, a table of issues under a header naming its
# columns, a clause whose subject is "this"/"the present" document.)
_ORD = rf"(?i:{_ORDINAL})"
# A line an edition opens, alone on an imprint or back page: "Second edition, August 2013", "THIRD EDITION · JANUARY
# 2018", "Second edition published in May 2014", "Edition: 2nd" (not "Second edition of the handbook ...").
OWN_EDITION_LINE_RE = re.compile(rf"^\W*(?:(?P<ord>{_ORD})\s+(?i:edition)\b(?!\s+(?:of|was|had|is|will)\b)"
                                 rf"|(?i:edition)\s*:\s*(?P<ord2>{_ORD})\b)")
# "First published in September 2011": the date of the series' first edition, on a later edition's imprint page.
FIRST_PUBLISHED_RE = re.compile(r"^\W*(?i:first\s+(?:published|issued|released|edition))\b[^.;]{0,40}?$")
# What opens a line before a date of the document's version: "Document version 1.0 of 3 March 2023", "Version of 15
# February 2024", "Version date: 2 May 2022" (with PUBLISHED_ON_RE's "Release date:", "Published in").
VERSION_DATED_RE = re.compile(r"^\W*(?i:(?:document\s+)?(?:version|issue|revision)(?:\s+(?:no\.?\s*)?\d{1,2}(?:\.\d{1,2})*)?"
                              r"\s*(?:of|dated|date\s*:?|[:,–—-])\s*)$")
# A field naming the kind of document: "Document type: Technology assessment", "Type of publication: White paper".
TYPE_FIELD_RE = re.compile(r"^\W*(?i:(?:document|publication|report)\s+(?:type|category)|type\s+of\s+(?:document|publication))"
                           r"\s*:\s*(?P<genre>[^.;]{3,60})$")
# A citation of the document itself on its imprint page: "Suggested citation: ISECG (2018). <Title>, third edition.".
CITE_RE = re.compile(r"\b(?i:cite|citation|cited\s+as)\b")
# A table of the document's issues under a header naming its columns ("Issue Date Changes", "| Version | Date |") or
# a caption naming it ("Document history", "Revision record", "Change log"): a row a line, opening with the issue's
# number ("2.0", "Version 2.0 –") and its date.
CONTROL_HEADER_RE = re.compile(r"^\W*(?:(?i:issue|version|revision|rev\.?|edition)\s*\|?\s+(?:\|\s*)?"
                               r"(?i:date|released|release\s+date|issued|published)\b"
                               r"|(?i:(?:document|revision|version|change|issue|edition|amendment)\s+"
                               r"(?:history|record|log|control|status))\W*$)")
CONTROL_ROW_RE = re.compile(r"^\W*(?:\|\s*)?(?:(?i:issue|version|revision|rev\.?|edition)\s+)?"
                            r"(?P<n>\d{1,2}(?:\.\d{1,2})?)\s*[|–—:,-]?\s+")
# A table of editions under a header naming its columns: "| Edition | Released |", "Edition   Date"; a row opening with
# an ordinal ("| Second | August 2013 |", "Third (this edition) January 2018").
EDITIONS_HEADER_RE = re.compile(r"^\W*(?i:editions?)\s*\|?\s+(?:\|\s*)?(?i:released|release\s+date|date|published|"
                                r"publication\s+date|issued)\b")
ORDINAL_ROW_RE = re.compile(rf"^\W*(?:\|\s*)?(?P<ord>{_ORD})(?:\s+(?i:edition))?(?:\s*\([^()]{{0,30}}\))?\s*(?:\|\s*)?")
# A row of a table of editions marked as the document's own: "| Third (this edition) | January 2018 |".
THIS_ROW_RE = re.compile(rf"^\W*(?:\|\s*)?(?P<ord>{_ORD})(?:\s+(?i:edition))?\s*\(\s*(?i:this|the\s+present|current)"
                         rf"(?:\s+(?:edition|document|one))?\s*\)\s*[|:–—-]?\s*")
# The document as the subject (or the object) of a clause: "This third edition of the ...", "this white paper",
# "The present edition"; "This is the second edition of ...", "The present report is the third edition ...".
_SELF_NOUN = rf"edition|document|publication|version|update|issue|{GENRE_WORDS}|assessment|digest|study|summary"
SELF_RE = re.compile(rf"(?:^|(?<=\W))(?:[Tt]his|[Tt]he\s+(?:present|current))\s+(?:(?:\(?(?P<ord>{_ORD})\)?\s+)?"
                     rf"(?:[\w\-]+\s+){{0,2}}?(?P<noun>(?i:{_SELF_NOUN}))\b)?"
                     rf"(?(noun)(?:\s+is\s+the\s+(?P<ord3>{_ORD})\s+edition\b)?|is\s+the\s+(?P<ord4>{_ORD})\s+edition\b)")
# An ordinal in apposition to it, closed by a mark: "The present edition, which is the second, ...", "This edition of
# the roadmap – the second – was ..." (not "This edition, like the second, ...").
APPOSED_RE = re.compile(rf"^[^.;,()–—]{{0,40}}?\s*[,(–—]\s*(?:which\s+is\s+|being\s+)?the\s+(?P<ord>{_ORD})"
                        rf"(?:\s+(?:one|edition))?\s*[,)–—]")
# Its release after it in the clause ("..., released in January 2018,", "was published on 12 October 2022", "; it was
# released on ...") or before it, opening the sentence ("Released in August 2013, this second edition ...") or as the
# verb's object ("ISECG published this white paper on 20 September 2013").
RELEASED_AFTER_RE = re.compile(r"^(?:[^.;]|;\s*(?=it\s)){0,100}?\b(?:released|published|issued|made\s+public|came\s+out|"
                               r"appeared)(?:\s+by\s+[^.;,]{1,60}?)?\s+(?:in|on)\s+$")
RELEASED_BEFORE_RE = re.compile(r"^\W*(?:[Rr]eleased|[Pp]ublished|[Ii]ssued|[Ff]irst\s+published)\s+(?:in|on)\s+")
RELEASING_RE = re.compile(r"\b(?:released|published|issued|launched|made\s+public)\s+$")
NOT_YET = re.compile(r"\b(?:will|would|to\s+be|expected|planned|foreseen|due|forthcoming|next)\b", re.I)
# A preface or foreword to an edition: "Preface to the Second Edition" (a reprinted "Preface to the First Edition" below
# it: the highest is the document's).
PREFACE_RE = re.compile(rf"^\W*(?i:preface|foreword|introduction|note|afterword)\s+(?i:to|for)\s+(?i:the|this)\s+"
                        rf"(?P<ord>{_ORD})\s+(?i:edition)\W*$")
# A copyright line of the imprint page ("© ISECG 2013 · Second edition · All rights reserved"): its year, when nothing
# else dates the document; not a picture's credit ("Image of the south pole. © NASA 2015").
PICTURE_RE = re.compile(r"\b(?i:image|photo|photograph|picture|figure|fig\.|credit|illustration|map|cover)\b")
# An edition of an event, no publication: "the second edition of the ISECG Science Workshop".
EVENT_NOUN_RE = re.compile(r"\b(?i:workshops?|conferences?|congress|forums?|symposi(?:um|a)|meetings?|summits?|schools?|"
                           r"seminars?|courses?|competitions?|challenges?|exhibitions?|fairs?|festivals?|plenary|sessions?|"
                           r"days|week|games)\b")
ANTECEDENT_LINES = 3  # "This roadmap ..." names a work one of the lines just above names: an anaphor


# What follows named at the body's opening: "The following minutes record ...", "These notes summarise ...".
FOLLOWING_RE = re.compile(r"^\W*(?:These|The\s+following)\s+(?:[\w\-]+\s+){0,2}?(?P<noun>minutes|notes|summary|report|paper)\b"
                          r"(?!\s+(?:of|to|on|by|from)\b)")
OPENING_LINES = 3


def _clauses(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[a-z\d)][.!?])\s+(?=[A-Z\"“(])", text) if s.strip()]


class Stated:
    """What a document says of itself past its head (see above): its edition (ordinal, the series a clause names,
    the line, the date the statement gives it), its dates, its genre, and earlier editions of its own series."""

    def __init__(self):
        self.edition: tuple[int, str | None, object, object] | None = None
        self.dates: list = []  # (DateSpan, line)
        self.genre: str | None = None
        self.earlier: dict[int, tuple[str, object]] = {}  # ordinal -> (date, line)
        self.rights: list = []  # the years of the imprint page's copyright lines


def _issue_rows(on_page: list) -> list[tuple[int, object, object]]:
    """The rows of a table of the document's issues on a page: (number, date, line)."""
    for i, line in enumerate(on_page):
        if not CONTROL_HEADER_RE.match(line.text):
            continue
        rows = []
        for row in on_page[i + 1:]:
            if re.fullmatch(r"[\s|:\-]+", row.text):
                continue  # a Markdown table's rule
            m = CONTROL_ROW_RE.match(row.text)
            dates = head_dates(row.text[m.end():]) if m else []
            if not dates or dates[0].pos[0] > 2:
                break
            rows.append((_issue_number(m.group("n")), dates[0], row))
        rows = [r for r in rows if r[0]]
        if len(rows) >= 2 and len({r[0] for r in rows}) == len(rows):
            return rows
    return []


def stated_of_itself(text: DocumentText, head_end: int, title: str, genre: str | None, years: set[int]) -> Stated:
    """The document's own edition, release date and genre from its imprint page (the page after the cover), its
    back page and the clauses whose subject is the document itself, read past its head (``head_end`` lines); an
    edition dated in another year than the head's (``years``) is another one ("Previous edition / Second edition –
    August 2013")."""
    found = Stated()
    lines = text.lines
    pages = sorted({line.page for line in lines})
    # the cover (its head too: "Second Edition" below a subtitle), the pages after it and the back page
    imprint_pages = set(pages[:3] + pages[-1:])
    periodical = genre in PERIODICALS or genre == "news"
    # a kind of document no edition numbers (an annual report's "this third edition" is the roadmap's)
    unnumbered = periodical or genre in ("annual-report", "conference-paper")
    core = re.sub(r"^(?:the|a|an)\s+", "", ISSUE_SERIES_RE.sub("", title or "").strip(), flags=re.I)

    def edition(n: int, series: str | None, line, date=None) -> bool:
        if found.edition is None and not unnumbered and not (date is not None and years and date.year not in years):
            found.edition = (n, series, line, date)
            if date is not None:
                found.dates.append((date, line))
            return True
        return False

    for page in sorted(imprint_pages):
        on_page = [line for line in lines[head_end if page != pages[0] else 0:] if line.page == page]
        # a table of the document's issues: the highest is its own, the others earlier
        rows = _issue_rows(on_page)
        if rows:
            top = max(rows, key=lambda r: r[0])
            if edition(top[0], None, top[2], top[1]):
                for n, d, row in rows:
                    if n != top[0]:
                        found.earlier.setdefault(n, (d.start, row))
        in_rows = {id(row) for _, _, row in rows}
        # an imprint line, or a segment of one ("ISECG · Global Exploration Roadmap · 2nd edition · August 2013")
        segments = [(line, seg) for line in on_page if not is_prose(line.text) and not CAPTION_RE.match(line.text)
                    and id(line) not in in_rows for seg in re.split(r"\s+[·|•]\s+", line.text)]
        opened = {ORDINALS[(m.group("ord") or m.group("ord2")).lower()]
                  for _, seg in segments if (m := OWN_EDITION_LINE_RE.match(seg))}
        for k, line in enumerate(on_page):
            right = COPYRIGHT_RE.search(line.text[:head_dates(line.text)[0].pos[0]]) if head_dates(line.text) else None
            if right and len(pages) > 1 and page == pages[1] and not PICTURE_RE.search(line.text) and not (
                    k and CAPTION_RE.match(on_page[k - 1].text)) and line not in lines[:head_end]:
                dates = head_dates(line.text)  # (a range's last year: "© 2007–2020 ISECG")
                last = dates[1] if len(dates) > 1 and re.fullmatch(r"\s*[–—-]\s*", line.text[dates[0].pos[1]:dates[1].pos[0]]) \
                    else dates[0]
                found.rights.append(find_dates((last.end or last.start)[:4])[0])
        for line, seg in segments:
            field = TYPE_FIELD_RE.match(seg)
            if field and found.genre is None:
                found.genre = head_genre([field.group("genre")]) or genre_of(field.group("genre"))
            m = OWN_EDITION_LINE_RE.match(seg)
            if m and len(opened) == 1:  # one edition line on the page (several: a table of editions)
                rest = line.text[line.text.find(seg) + m.end():]
                edition(ORDINALS[(m.group("ord") or m.group("ord2")).lower()], None, line,
                        next((d for d in head_dates(rest)[:1] if not d.end), None))
            first = head_dates(seg)
            if first and FIRST_PUBLISHED_RE.match(seg[:first[0].pos[0]]):
                found.earlier.setdefault(1, (first[0].start, line))
            if CITE_RE.search(seg) and core and len(core.split()) >= 2:
                own = re.search(re.escape(core) + rf"\W{{0,3}}\s*(?P<ord>{_ORD})\s+(?i:edition)", seg, re.I)
                if own:
                    edition(ORDINALS[own.group("ord").lower()], None, line,
                            next((d for d in head_dates(seg[own.end():]) if len(d.start) >= 7), None))
        # a sentence opening with a cue of its release ("Version of 15 February 2024.", "Published in March 2022 by
        # the ISECG Secretariat."), even at the end of a paragraph; not a fronted clause of another work ("Released
        # in January 2018, the third edition ..."), nor a periodical's story ("Posted 3 May 2022")
        for line in on_page:
            if periodical or CAPTION_RE.match(line.text) or id(line) in in_rows or line in lines[:head_end]:
                continue
            for clause in _clauses(line.text):
                for d in head_dates(clause):
                    before = clause[:d.pos[0]]
                    if (PUBLISHED_ON_RE.search(before) or VERSION_DATED_RE.match(before)) and not d.end \
                            and not NOT_YET.search(before) \
                            and not re.match(r"\s*,\s+(?:the|its|these|an?)\s", clause[d.pos[1]:], re.I):
                        found.dates.append((d, line))
    prefaces = [(ORDINALS[m.group("ord").lower()], line) for line in lines[head_end:] if (m := PREFACE_RE.match(line.text))]
    if prefaces:
        n, line = max(prefaces, key=lambda p: p[0])
        edition(n, None, line)
    # a table of editions marking the document's row: "| Third (this edition) | January 2018 |"
    for line in lines[head_end:]:
        m = THIS_ROW_RE.match(line.text)
        dates = head_dates(line.text[m.end():]) if m else []
        if m and dates and dates[0].pos[0] <= 2:
            edition(ORDINALS[m.group("ord").lower()], None, line, dates[0])
    head_text = " / ".join([line.text for line in lines[:head_end]] + [title or ""])
    # the opening clauses naming what follows: "The following minutes record ...", "These minutes were approved ..."
    for line in lines[head_end:head_end + OPENING_LINES]:
        for clause in _clauses(line.text):
            m = FOLLOWING_RE.match(clause)
            if m and found.genre is None:
                named = genre_of(m.group("noun"))
                found.genre = refined(named or m.group("noun").lower(), clause + " / " + head_text)
                found.genre = found.genre if named or found.genre != m.group("noun").lower() else None
    # clauses whose subject is the document
    body, seen = lines[head_end:], ""
    for i, line in enumerate(body):
        above = " ".join(x.text for x in body[max(0, i - ANTECEDENT_LINES):i])
        previous_self = False
        for clause in _clauses(line.text):
            m = SELF_RE.search(clause)
            if m and (clause[:m.start()].count("“") > clause[:m.start()].count("”")
                      or clause[:m.start()].count('"') % 2):
                m = None  # inside a quotation: the quoted work's own words
            it = previous_self and re.match(r"^\W*It\s", clause)
            previous_self = False
            if m is None and not it:
                continue
            noun = (m.group("noun") or "edition").lower() if m else "edition"
            stating = m and (m.group("ord3") or m.group("ord4"))  # "This is the second edition", "... is the third edition"
            ordinal = m and (m.group("ord") or stating)
            apposed = APPOSED_RE.match(clause[m.end():]) if m and not ordinal and noun == "edition" else None
            ordinal = ordinal or (apposed and apposed.group("ord"))
            # "This edition adds ..." after "The third edition of the roadmap was released": the work just named
            # (not a self-reference itself: "About this edition" above "This edition of the roadmap – the second –")
            earlier = SELF_RE.sub(" ", above + " " + line.text[:line.text.find(clause)] + " " + (clause[:m.start()] if m else ""))
            if m and not stating and re.search(rf"\b{re.escape(noun)}\b", earlier, re.I):
                continue
            previous_self = True
            date = None
            after = clause[m.end():] if m else clause
            for d in head_dates(after):
                if RELEASED_AFTER_RE.match(after[:d.pos[0]]) and not NOT_YET.search(after[:d.pos[0]]) and not d.end:
                    date = d
                    break
            before = RELEASED_BEFORE_RE.match(clause[:m.start()]) if m else None
            fronted = head_dates(clause[before.end():m.start()]) if before else []
            if date is None and fronted and re.fullmatch(r"\s*,\s*", clause[before.end() + fronted[0].pos[1]:m.start()]):
                date = fronted[0]  # "Released in August 2013, this second edition ..."
            after_object = re.match(r"\s+(?:on|in)\s+", after) if m and RELEASING_RE.search(clause[:m.start()]) else None
            dates = head_dates(after[after_object.end():]) if after_object else []
            if date is None and dates and dates[0].pos[0] == 0:
                date = dates[0]  # "ISECG published this white paper on 20 September 2013"
            series = re.match(r"\s+of\s+(?:the\s+)?(?P<s>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)+)", clause[m.end():]) if m else None
            if series and EVENT_NOUN_RE.search(series.group("s")):
                continue  # "This second edition of the ISECG Science Workshop": an event's
            if ordinal and (noun in ("edition", "version", "update") or stating):
                if not edition(ORDINALS[ordinal.lower()], series.group("s") if series else None, line, date) \
                        and date is not None and found.edition and found.edition[0] == ORDINALS[ordinal.lower()]:
                    found.dates.append((date, line))  # the edition the imprint page gave, dated here
            elif date is not None and (noun in ("edition", "document", "publication", "version", "update", "issue")
                                       or genre is None or genre_of(noun) in (None, genre)):
                found.dates.append((date, line))  # (not "This roadmap, released in ..." in a white paper)
            # its genre, of a noun no line above names ("This white paper sets out ...")
            if m and noun not in ("edition", "document", "publication", "version", "update", "issue") \
                    and found.genre is None and not re.search(rf"\b{re.escape(noun)}\b", seen, re.I):
                # (of the words around: "This report summarises the activities of the group in 2019", "This summary
                # records the outcomes of the meeting", "This assessment identifies the technologies ...")
                named = genre_of(noun)
                found.genre = refined(named or noun.lower(), clause + " / " + head_text)
                found.genre = found.genre if named or found.genre != noun.lower() else None
        seen += " " + line.text
    return found


# A news item's report of the day it is dated: "The group today welcomed ...", "... announced today", "met this week".
REPORTING_RE = re.compile(r"(?<!^)(?<![.!?]\s)\b(?:today|yesterday|this\s+week)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b"
                          r"|\b(?:[a-z]{2,}ed|met|signed|held)\s+(?:[\w\-]+\s+){0,6}?(?:today|yesterday|this\s+week)\b")
# Minutes by their parts: an attendance field ("Attendees: ...", "Present: ...") and a list of actions or decisions.
ATTENDANCE_RE = re.compile(r"^\W*(?i:attendees|attendance|present|participants|in\s+attendance|members\s+present)"
                           r"(?:\s*:|(?:\s+(?i:list))?\s*$)")  # a field, or a heading above a table of names
ACTIONS_RE = re.compile(r"^\W*(?:\d{1,2}\.?\s+)?(?i:action\s+items?|actions?(?:\s+list)?|decisions(?:\s+and\s+actions)?|"
                        r"actions\s+and\s+decisions|summary\s+of\s+(?:actions|decisions))\W*$|^\W*(?i:action|decision)\s+"
                        r"(?:[A-Z]?\d{1,2}(?:[.\-/]\d{1,2})*)\s*:")


# A press release's furniture, on a line of its own: its release notice ("FOR IMMEDIATE RELEASE", "Embargoed until 10:00
# CET"), its end mark ("###", "– ENDS –"), its contacts for the press ("Media contacts", "Press contact: ...", "Notes
# to editors").
PRESS_LINE_RE = re.compile(r"^\W*(?i:for\s+immediate\s+(?:release|publication)|embargoed\s+(?:until|till|to)\b|notes?\s+to\s+"
                           r"editors|(?:media|press)\s+(?:contacts?|enquiries|inquiries|relations(?:\s+office)?)\s*(?::|$))"
                           r"|^\s*(?:#{3}|[-–—]+\s*(?i:ends?)\s*[-–—]+)\s*$")
CONTENTS_OF_ISSUE_RE = re.compile(r"^\W*(?i:(?:also\s+)?in\s+this\s+(?:issue|edition|number))\b\W*(?::|$)")


# A scholarly paper's first page: its keywords ("Keywords: mobility, lunar surface", "Key words —", "Index Terms") and
# its abstract ("Abstract", "Abstract. In this paper ...").
KEYWORDS_RE = re.compile(r"^\W*(?i:key\s*words?|index\s+terms)\s*[:.—–-]")
ABSTRACT_RE = re.compile(r"^\W*(?i:abstract)\b")
# A head titled by a meeting, a noun phrase ("25th ISECG Plenary", "ISECG Senior Managers Meeting, Ottawa, 12–13 June
# 2019"), not a headline's clause ("Korea hosts the plenary").
MEETING_TITLE_RE = re.compile(r"^\W*(?:The\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:[A-Z][\w\-&’']*\s+(?:(?:of|on|for)\s+(?:the\s+)?)?){0,7}"
                              r"(?:Meeting|Plenary|Workshop|Session|Teleconference|Videoconference|Telecon)s?\b")
# A head naming a whole year's period: "January to December 2022", "1 January – 31 December 2019".
FULL_YEAR_RE = re.compile(r"\b(?:1\s+)?January\s*(?:to|until|through|[–—-])\s*(?:31\s+)?December\s+(?:19|20)\d\d\b")


def paper_layout(first: list) -> bool:
    """Whether a first page is laid out as a scholarly paper's: an abstract and its keywords."""
    return any(KEYWORDS_RE.match(line.text) for line in first) and any(ABSTRACT_RE.match(line.text) for line in first)


# A line of a place and a day alone: "Ottawa, 14 June 2024", "Noordwijk, the Netherlands, May 3, 2022".
PLACE_DAY_RE = re.compile(rf"^\W*[A-Z][\w.’' \-]{{1,40}}(?:,\s*[\w.’' \-]{{2,40}})?,\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)"
                          r"\s+(?:19|20)\d\d\W*$")


def kind_of_layout(text: DocumentText, head_end: int, day_dated: bool) -> str | None:
    """The genre a document naming none has by its layout: a news item dated to the day whose opening lines report
    it ("ISECG today welcomed ..."); minutes with an attendance field and a list of actions or decisions."""
    body = text.lines[head_end:]
    if day_dated and any(REPORTING_RE.search(line.text) for line in body[:3]):
        return "news"
    if any(PRESS_LINE_RE.match(line.text) for line in text.lines[:head_end] + body[:3] + body[-3:]):
        return "news"
    # a headline over a line of its place and day ("Agencies agree on lunar standards / Ottawa, 14 June 2024") and a
    # story: no meeting's or body's name titles it (minutes, a summary: "ISECG Technology Working Group / Paris, ...")
    title = text.lines[0].text if text.lines else ""
    if any(PLACE_DAY_RE.match(line.text) for line in text.lines[1:min(head_end, 3)]) and len(title.split()) >= 4 \
            and not MEETING_HEAD_RE.search(title) and not re.search(BODY_NOUN, title) and body and is_prose(body[0].text):
        return "news"
    pages = sorted({line.page for line in text.lines})[:2]
    if any(ATTENDANCE_RE.match(line.text) for line in text.lines if line.page in pages) \
            and any(ACTIONS_RE.match(line.text) for line in body):
        return "minutes"
    # a periodical's table of contents on its first page: "In this issue", "Also in this issue:"; its head numbering or
    # dating an issue ("Issue No. 5 / December 2019", a season's issue alone on its line: "Exploration Update / Spring
    # 2023")
    head = " / ".join(line.text for line in text.lines[:head_end])
    if any(CONTENTS_OF_ISSUE_RE.match(line.text) for line in text.lines if line.page == pages[0]) \
            or NUMBERED_ISSUE_RE.search(head) or SEASON_LINE_RE.search(head):
        return "newsletter"
    # a head of a year's period: the year's report; a head titled by a meeting: its summary
    if FULL_YEAR_RE.search(head):
        return "annual-report"
    title = text.lines[0].text if text.lines else ""
    meeting = MEETING_TITLE_RE.match(title)
    if meeting and not re.search(r"\b(?!(?:and|of|the|in|at|on|to)\b)[a-z]{2,}\b", title[meeting.end():]):
        return "meeting-summary"
    return None


# A verb releasing the work named next, its object: "ISECG released the second edition of the roadmap in August 2013",
# "In January 2018 ISECG published the third edition of ..."; the date after the work or opening the clause.
RELEASING_OBJECT_RE = re.compile(r"\b(?:released|published|issued|launched|unveiled|made\s+public)\s+"
                                 r"(?:the|its|their)\s+$")
FRONTED_DATE_RE = re.compile(r"^\W*(?:[Ii]n|[Oo]n)\s+")
# A chronology's entry whose subject a work is, its date opening it: "2013-08-20 — Second edition of the GER is
# published", "September 2011: First edition of *The Roadmap* (GER) is released".
ENTRY_HEAD_RE = re.compile(r"^\W*(?P<date>[^—–:|]{4,30}?)\s*(?:[—–:|]|\s-)\s*(?:[Tt]he\s+)?\W*$")
ENTRY_RELEASED_RE = re.compile(r"^[\W\s]*(?:\([A-Z]{2,}\)\s*)?(?:is|was|gets|got)\s+(?:first\s+)?(?:published|released|issued|"
                               r"launched|presented|made\s+public)\b")


def entry_released(before: str, after: str) -> str | None:
    """The date of a chronology's entry releasing the work between ``before`` and ``after`` (ENTRY_HEAD_RE)."""
    head = ENTRY_HEAD_RE.match(before)
    dates = find_dates(head.group("date")) if head and ENTRY_RELEASED_RE.match(after) else []
    return dates[0].start if len(dates) == 1 and dates[0].pos[0] == 0 and not dates[0].end else None


# A chronology's row whose first cells date it, a kind of entry perhaps after them, then a work's title and the
# edition: "2011 September | Document | The Global Exploration Roadmap, first edition, ..."; its day in brackets after
# the edition: "..., second edition (20 August); replaces the 2011 edition".
ROW_ENTRY_RE = re.compile(rf"^\W*(?P<date>(?:19|20)\d\d(?:\s+{_MONTH})?|{_MONTH}\s+(?:19|20)\d\d)\s*[|·]?\s+"
                          r"(?:[A-Z][a-z]+\s*[|·]?\s+)?(?:[Tt]he\s+)?[*_]?[A-Z][^.;:()|]*,\s*$")
ROW_DAY_RE = re.compile(rf"^\s*\((?P<day>\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})\)")


def row_released(before: str, after: str) -> str | None:
    """The date of a chronology's row naming the edition between ``before`` and ``after`` (ROW_ENTRY_RE), to the day
    a bracket after the edition gives in the row's month."""
    row = ROW_ENTRY_RE.match(before)
    if row is None:
        return None
    date = find_dates(row.group("date"))[0].start
    day = ROW_DAY_RE.match(after)
    dated = find_dates(f"{day.group('day')} {date[:4]}") if day else []
    return dated[0].start if dated and (len(date) == 4 or dated[0].start.startswith(date)) else date


def released_with(before: str, after: str) -> str | None:
    """The date a clause releasing a work gives it (see RELEASING_OBJECT_RE): ``before`` is the text up to the
    work's name, ``after`` the text after it; none when the release is still to come."""
    clause = re.split(r"[.;:]\s", before)[-1]
    if not RELEASING_OBJECT_RE.search(before) or NOT_YET.search(clause):
        return None
    m = re.match(r"\s*,?\s*(?:in|on)\s+", after)
    dates = find_dates(after[m.end():m.end() + 30]) if m else []
    if dates and dates[0].pos[0] == 0 and not dates[0].end:
        return dates[0].start
    fronted = FRONTED_DATE_RE.match(clause)
    dates = find_dates(clause[fronted.end():]) if fronted else []
    if dates and dates[0].pos[0] == 0 and not dates[0].end and not find_dates(clause[fronted.end() + dates[0].pos[1]:]):
        return dates[0].start
    return None


class Series:
    """The document's own series facts, and the editions its sentences name."""

    def __init__(self, doc: Document, text: DocumentText, rec: Recorder, editions: dict[tuple[str, int], str], *,
                 genres: dict[tuple[str, int], list[str]] | None = None):
        self.doc = doc
        self.rec = rec
        self.iri = iris.document(rec.base, doc.id)
        self.editions = editions
        self.genres = genres or {}
        self.series: Entity | None = None
        self.date: str | None = str(doc.year) if doc.year else None
        self.genre: str | None = None  # the genre its head names ("minutes", "annual-report")
        self.recent: Entity | None = None  # the series of editions its text named last ("the GER ... the second edition")
        self.series_keys = {key for key, _ in editions}
        self._parts: dict[str, str] | None = None
        self.issue_series: Entity | None = None  # the series its issue number places it in ("Issue 2.0")
        self.label: str | None = None  # the relation a cover's label above the sentence names ("Replaces")
        self.cited: list[str] = []  # the other documents the sentence before named ("This paper replaces it")
        self._above = {id(line): above for above, line in zip(text.lines, text.lines[1:]) if above.page == line.page}
        first = [line for line in text.lines if line.page == min((l.page for l in text.lines), default=1)]
        pages = sorted({line.page for line in text.lines})
        if first and FRONT_MATTER.match(first[0].text):
            # a first page of front matter ("Contents", "Foreword"): the head is on the first page after it that opens
            # otherwise
            page = next((n for n in pages[1:3] if not FRONT_MATTER.match(next(l for l in text.lines if l.page == n).text)),
                        None)
            first = [line for line in text.lines if line.page == page] if page is not None else first
        if first and len(first) <= COVER_LINES and all(len(line.text.split()) <= 1 or line.text.isupper()
                                                       for line in first):
            # a cover of names and a year only ("INTERNATIONAL SPACE EXPLORATION COORDINATION GROUP" / "ISECG" /
            # "2016"), no title: its head goes on on the title page after it
            first += [line for line in text.lines if line.page == first[0].page + 1]
        (head, self.body_start), self.imprint, self._first = head_lines(first), first[:IMPRINT_LINES], first
        if head:
            self._own_facts(text, head)
        self._edition_rows(text)

    def label_above(self, line) -> str | None:
        """The relation a label heading right above ``line`` names ("Replaces", "Based on"), if any."""
        above = self._above.get(id(line))
        label = RELATION_LABEL_RE.match(above.text) if above is not None and above.heading else None
        return label.group("verb") if label and not label.group("value") else None

    def _cover_rest(self, head) -> list:
        """The cover's lines below a head of HEAD_LINES lines, down to where its body starts (a section heading or a
        line of prose): a series label below the title and date ("ISECG White Paper")."""
        if self.body_start is not None or len(head) < HEAD_LINES:
            return []
        rest = []
        for line in self._first[len(head):IMPRINT_LINES]:
            if BODY_HEADING_RE.match(line.text) or is_prose(line.text):
                break
            rest.append(line)
        return rest

    def _edition_rows(self, text: DocumentText) -> None:
        """A table of the editions of the document's own series, a row a line ("First edition   September 2011",
        "Second edition | August 2013", "2. Second edition: August 2013"): each earlier edition and its date."""
        series = self.series or self.issue_series
        if series is None:
            return
        rows = [(row, m.group("ord"), m.group("date")) for row in text.lines for m in EDITION_ROW_RE.finditer(row.text)]
        # under a header naming an edition column and a date column ("| Edition | Released |"), a row's ordinal alone
        # ("| Second | August 2013 |", "| Third (this edition) | January 2018 |")
        for i, line in enumerate(text.lines):
            if EDITIONS_HEADER_RE.match(line.text):
                for row in text.lines[i + 1:]:
                    if re.fullmatch(r"[\s|:\-]+", row.text):
                        continue  # a Markdown table's rule
                    m = ORDINAL_ROW_RE.match(row.text)
                    dates = head_dates(row.text[m.end():]) if m else []
                    if not dates or dates[0].pos[0] > 3:
                        break
                    rows.append((row, m.group("ord"), row.text[m.end():]))
        for line, ordinal, date in rows:
            if not head_dates(date):
                continue
            evidence = Evidence(text.passage_at(line.page, line.offset), line.page, line.text)
            iri = self._edition(series, ORDINALS[ordinal.lower()], evidence)
            if iri != self.iri:
                self._issued(iri, head_dates(date)[0].start, "edition-date", evidence)

    def _dateline(self, text: str | None = None) -> list:
        """The date a dateline opening the body (or the line ``text``) gives: "TOKYO, 12 June 2019 – The agencies
        ...", "Rome, Italy – May 19, 2023 – Senior managers ..."."""
        if text is None:
            text = self.body_start.text if self.body_start is not None else ""
        dateline = DATELINE_RE.match(text)
        if dateline and find_dates(dateline.group("date")):
            return find_dates(dateline.group("date"))
        opening = re.match(r"^[A-Z][^.;:]{0,70}?\s[–—-]\s", text)
        # (or a full stop closing a date right after the dash: "ROME, Italy — 17 May 2019. Senior managers ...")
        return [d for d in (find_dates(text[:80]) if opening else []) if re.match(r"\s*[–—:-]\s", text[d.pos[1]:])
                or d.pos[0] == opening.end() and re.match(r"\.\s", text[d.pos[1]:])][:1]

    def _head_dates(self, head) -> list:
        """The dates of the head's lines that are the document's own, not of a work it names ("A contribution to
        the Global Exploration Roadmap, January 2018"); and a dateline's opening the body ("TOKYO, 12 June 2019 –
        The agencies ...")."""
        found = [d for line in head if not CAPTION_RE.match(line.text) and not CITING_LINE.search(line.text)
                 for d in head_dates(line.text)
                 if not CITED_DATE_BEFORE_RE.search(line.text[:d.pos[0]])
                 or OWN_GENRE_OF_RE.search(line.text[:d.pos[0]])  # "Supplement to the Global Exploration Roadmap, October 2022"
                 or PERIOD_END_RE.search(line.text[:d.pos[0]])]  # "Activities from January to December 2019"
        return found + self._dateline()

    def _released_opening(self, genre: str | None) -> list:
        """The date the body's opening sentence releases the document on, when its head gives none: "The roadmap was
        released by ISECG in August 2013." in the roadmap, "This document was issued on 3 May 2021."."""
        line = self.body_start.text if self.body_start is not None else ""
        if BODY_HEADING_RE.match(line):  # (its first section's opening: "1. What this edition replaces / The fourth ...")
            at = next((i for i, first in enumerate(self._first) if first is self.body_start), len(self._first))
            line = self._first[at + 1].text if at + 1 < len(self._first) else ""
        noun = next((p for slug, p in GENRES if slug == genre), r"(?!x)x")
        # (not another edition than the one its title numbers: "The third edition was released ..." in the fourth)
        edition = edition_of_title(self.doc.title or "")
        other = "|".join(w for w, n in ORDINALS.items() if edition and n != edition[1]) or r"(?!x)x"
        return [d for d in find_dates(line) if not d.end and OWN_RELEASE_RE.search(line[:d.pos[0]])
                and re.search(rf"(?:^|\.\s)\W*(?:[Tt]his|[Tt]he(?:\s+present)?)\s+(?:(?!(?:{other})\b)[\w\-]+\s+){{0,3}}?"
                              rf"(?:document|edition|{noun})\b[^.;]*$", line[:d.pos[0]], re.I)][:1]

    def _own_facts(self, text: DocumentText, head) -> None:
        passage = text.passage_at(head[0].page, head[0].offset) or (text.passages[0].id if text.passages else None)
        evidence = Evidence(passage, head[0].page, " / ".join(line.text for line in head))
        # (else the genre its title names, when the title is not set on the first page: a file's metadata)
        genre = self.genre = (head_genre([line.text for line in head if not CITING_LINE.search(line.text)])
                              or head_genre([self.doc.title or ""])
                              or head_genre([line.text for line in self._cover_rest(head)]))
        # a paper's code on a line of its own anywhere on the first page (below the abstract, in a footer joined to
        # the paragraph above it)
        code = next((m for line in self._first if (m := re.search(rf"(?:^|[.!?]\s+){PAPER_CODE}\S*\s*$", line.text))), None)
        if code is not None or self.doc.type == "conference paper":  # (or a code in its running footer)
            genre = self.genre = "conference-paper"
        # A date the head says it was published on, whatever the title's year ("Annual Report 2019 / Published March
        # 2020", "Release date Thursday, July 15, 2021" below the head), not in a fronted clause of a sentence about
        # another work ("Released on 31 January 2018, the third edition of the roadmap was presented ..."); else one
        # of its own, of the document's year when one is.
        # (not the date of an issue it replaces: "Supersedes Revision 2 (dated November 2011)")
        dates = [d for line in self.imprint for d in head_dates(line.text)
                 if PUBLISHED_ON_RE.search(line.text[:d.pos[0]])
                 and not UPDATES_RE.search(re.split(r"[·|•;]", line.text[:d.pos[0]])[-1])
                 and not (is_prose(line.text) and re.match(r"\s*,\s+(?:the|its|this|these|an?)\s", line.text[d.pos[1]:]))]
        rights = [find_dates((d.end or d.start)[:4])[0] for line in self.imprint if not CAPTION_RE.match(line.text)
                  for d in head_dates(line.text) if COPYRIGHT_RE.search(line.text[:d.pos[0]])
                  and not re.match(r"\s*[–—-]\s*(?:19|20)\d\d", line.text[d.pos[1]:])]
        own = self._head_dates(head)
        # a period ("January–December 2023", "1 January to 31 December 2019") is what it covers, not its date
        periods = [d for d in own if d.end and d.end[:7] != d.start[:7]]
        own = [d for d in own if d not in periods]
        # (a year read from the file may be a work's it names: then its own date of another year; not a catalog's,
        # nor a paper code's: "IAC-24,..." over an abstract's "created in 2007")
        # (or, none of the head's dates being of its year, a dateline of that year further down the first page: the head
        # was a box set before the body, "Fact box: membership over time / May 2007 14 founding agencies / ...")
        own_dates = [d for d in own if not self.doc.year or d.year == self.doc.year] or [
            d for line in self._first for d in self._dateline(line.text) if d.year == self.doc.year][:1] or (
            own if self.doc.metadata_source != "catalog" and code is None else [])
        # what it says of itself past the head (an edition dated in another year than the head's is another's)
        stated = self.stated = stated_of_itself(text, len(head), self.doc.title, genre,
                                                {d.year for d in dates + own_dates})
        if genre is None and paper_layout(self._first):  # an abstract and keywords: a paper ("In this paper we ...")
            genre = self.genre = "conference-paper"
        if genre is None and stated.genre:  # "This white paper sets out ...", "Document type: ..." past the head
            genre = self.genre = stated.genre
        if genre is None:  # a news item or minutes by their layout
            genre = self.genre = kind_of_layout(text, len(head), any(len(d.start) == 10 for d in dates + own_dates))
        # the type its running header names ("Meeting Summary"), or its catalog's (not the title's words: the head's
        # reading of them stands), before a report told by its nouns alone ("... in Review")
        named = genre_of(self.doc.type or "")
        if named and genre in (None, "report") and genre_of(self.doc.title or "") != named:
            genre = self.genre = named
        if genre is None:  # last, the kind its file's name gives ("isecg-press-kit-2025.pdf": press kit)
            genre = self.genre = head_genre(self._file_lines())
        if genre:
            self.rec.fact(self.iri, "dcterms:type", ox.Literal(genre), "document-type", 0.85, evidence)
        # a copyright's year after the head's own dates ("Annual Report 2019 / © ISECG 2020": it came out in 2020)
        # (or a date it states of itself past the head: "Document version 1.0 of 3 March 2023" on its back page)
        said = [d for d, _ in stated.dates]
        later = [d for d in rights + said if genre == "annual-report" and own_dates
                 and d.year > max(o.year for o in own_dates)]
        dates = dates or later or own_dates or said or rights or self._released_opening(genre) or stated.rights
        issued = None
        if dates:
            best = max(dates, key=lambda d: len(d.start))
            # a date it states of itself past the head refines the head's ("2013" on the cover, "Second edition,
            # August 2013" on the imprint page; "October 2022", "was released on 12 October 2022")
            best = max((d for d in said if d.start.startswith(best.start)), key=lambda d: len(d.start), default=best)
            if best in said:
                line = next(line for d, line in stated.dates if d is best)
                evidence = Evidence(text.passage_at(line.page, line.offset), line.page, line.text)
            # the day of it an opening sentence gives ("issued by ISECG on 20 September 2013" below "September 2013"; "The
            # second edition of the plan was published on 3 May 2021" below "2021" in the second edition)
            edition = edition_of_title(self.doc.title or "")
            ordinal = "|".join(w for w, n in ORDINALS.items() if edition and n == edition[1]) or r"(?!x)x"
            best = next((d for line in self._first[len(head):HEAD_LINES] for d in find_dates(line.text)
                         if d.start.startswith(best.start) and not d.end and OWN_RELEASE_RE.search(line.text[:d.pos[0]])
                         and re.search((r"\b(?:this|the\s+present)\s" if len(best.start) == 4 else r"\b(?:this|its|our)\s")
                                       + rf"|\b(?i:the)\s+(?i:{ordinal})\s+edition\b", line.text[max(0, d.pos[0] - 120):d.pos[0]])),
                        best)
            self.date, issued = best.start, int(best.start[:4])
            self.rec.fact(self.iri, "dcterms:issued", ox.Literal(best.start, datatype=term(date_type(best.start))),
                          "document-date", 0.9, evidence)
        # "Annual Report 2019 / Published March 2020", "Annual Report / Reporting period: January - December 2019 /
        # Published April 2020", "Annual Report 2023 / Activities of ISECG, January–December 2023": the title's
        # year, an annual report's earlier year or the period its head gives is the period it covers, and its undated
        # facts hold as of that period's last date ("January to December 2019"); not the year of a report a news
        # item announces
        titled = issued and self.doc.year and issued > self.doc.year and re.search(rf"\b{self.doc.year}\b",
                                                                                   self.doc.title)
        earlier = [d.year for d in own + periods if issued and issued - 1 <= d.year < issued]  # not "established 2007"
        spans = {d.year for d in periods if d.end[:4] == d.start[:4]}
        year = (self.doc.year if titled else max(earlier) if genre == "annual-report" and earlier
                else spans.pop() if len(spans) == 1 and (not issued or issued in spans)
                and genre in (None, "annual-report", "report") else None)
        if not dates and code is not None and not self.doc.year:  # "IAC-19-B3.1.4" and no other year
            year_ = code.group("code_year")
            self.date = year_ if len(year_) == 4 else f"20{year_}"
            self.rec.fact(self.iri, "dcterms:issued", ox.Literal(self.date, datatype=term("xsd:gYear")),
                          "document-date", 0.8, evidence)
        if genre != "news" and year:
            covered = [d.end or d.start for d in own + periods if d.year == year]
            self.date = max(covered, default=str(year))
            self.rec.fact(self.iri, "dcterms:temporal", ox.Literal(str(year), datatype=term("xsd:gYear")),
                          "document-coverage", 0.85, evidence)
        edition = edition_of_title(self.doc.title)
        if edition:
            self.series = self._series(edition[0], evidence)
            self._edition_facts(self.iri, self.series, edition[1], evidence)
        else:
            self._issue(text, head, evidence)
        own = edition[1] if edition else None
        if own is None and self.issue_series is None and stated.edition is not None:
            # its edition stated past the head: "Second edition, August 2013" on the imprint page, "This third edition
            # of the Global Exploration Roadmap, released in January 2018, ..." in the foreword
            own, name, line, _ = stated.edition
            said_at = Evidence(text.passage_at(line.page, line.offset), line.page, line.text)
            self.series = self._series(name or series_title(self.doc.title), said_at)
            self._edition_facts(self.iri, self.series, own, said_at)
            self.editions = {**self.editions, (series_key(self.series.label), own): self.iri}
        series = self.series or self.issue_series
        for ordinal, (date, line) in stated.earlier.items() if series is not None else ():
            if ordinal != own:  # "First published in September 2011", a table of its issues
                said_at = Evidence(text.passage_at(line.page, line.offset), line.page, line.text)
                self._issued(self._edition(series, ordinal, said_at), date, "edition-date", said_at)

    def _file_lines(self) -> list[str]:
        """The words of the file's name before its first number, without the bodies it names, as a head's lines: the
        last two words a label of their own ("forum-media-kit-2031.md": "forum", "media kit")."""
        stem = re.split(r"[\W_]*\d", self.doc.file.rsplit("/", 1)[-1].rsplit(".", 1)[0])[0]
        words = [w for w in re.split(r"[\W_]+", stem) if w and self.rec.gazetteer.lookup(w.upper()) is None]
        return [line for line in (" ".join(words[:-2]), " ".join(words[-2:])) if line]

    def _series(self, name: str, evidence: Evidence) -> Entity:
        return self.rec.define(clean_name(name), "Document", evidence, rule="document-series", confidence=0.85,
                               slug=clean_name(name))

    def _edition_facts(self, iri: str, series: Entity, ordinal: int, evidence: Evidence) -> None:
        self.rec.fact(iri, "schema:version", ox.Literal(str(ordinal), datatype=term("xsd:integer")), "edition", 0.85,
                      evidence)
        self.rec.fact(iri, "dcterms:isVersionOf", series.iri, "edition", 0.85, evidence)

    def _edition(self, series: Entity, ordinal: int, evidence: Evidence, *, name: str | None = None) -> str:
        """The IRI of edition ``ordinal`` of ``series``: the corpus document, else a work minted from the
        series and ordinal (``name``: how the document calls it, "Issue 1.0")."""
        iri = self.editions.get((series_key(series.label), ordinal))
        if iri is None:
            # (one work whether the series is named with its article or without: "The Global Exploration Roadmap")
            slug = f"{clean_name(series.label)} edition {ordinal}"
            iri = iris.entity(self.rec.base, "work", slug)
            if iri not in self.rec.gazetteer.by_iri:
                word = next(w for w, n in ORDINALS.items() if n == ordinal)
                edition = self.rec.define(f"{series.label}, {name or word + ' edition'}", "Document", evidence,
                                          rule="edition", confidence=0.8, slug=slug,
                                          lookup=False)
                self.rec.fact(edition.iri, "dcterms:title", ox.Literal(edition.label), "edition", 0.8, evidence)
            self._edition_facts(iri, series, ordinal, evidence)
        return iri

    def _issue(self, text: DocumentText, head, evidence: Evidence) -> None:
        """"Issue 2.0 · Released 15 July 2021 · Supersedes Issue 1.0 (June 2019)": a document numbered after
        an earlier issue is an edition of the series its title names (without "(2021 Update)"), and each
        earlier issue it cites, with its date, the edition before; a "Version 1.0" with none is no series."""
        # in the head, or opening a line of the first page's imprint below a heading or a sentence ("Executive
        # Summary / Issue 2.0 · Released 15 July 2021 · Supersedes Issue 1.0")
        own = next((m for line in head for m in ISSUE_RE.finditer(line.text)), None) or next(
            (m for line in self.imprint if (m := ISSUE_RE.search(line.text))
             and (not line.text[:m.start()].strip(" \t·•|-–—") or re.search(r"[a-z]{2}[.!?]\s+$", line.text[:m.start()]))
             # an imprint's number, not a clause's subject ("Edition 2 of the workshop was held in Tokyo")
             and re.match(r"\s*(?:$|[,;:·•|–—(\-]|(?i:released|issued|published|dated)\b)", line.text[m.end():])),
            None) or self._later_issue(text)
        if own is None or self.genre in PERIODICALS:
            return  # "ISECG Newsletter -- Issue 9": a periodical's number, no edition of a work
        # (the title's series without all that numbers or dates the one document: "X, Revision 3 (2017)" is of X)
        number, name = _issue_number(own.group("n")), series_title(self.doc.title).rstrip(" ,;:·–—-")
        # an earlier issue this one replaces ("Supersedes Issue 1.0"), cited after the series' name, or opening a row
        # of a table of issues with its date ("Rev.2   2014-04-10   Tokyo")
        cited = [(line, m) for line in text.lines for m in ISSUE_RE.finditer(line.text)
                 if _issue_word(m) == _issue_word(own) and _issue_number(m.group("n")) not in (None, number)
                 and (UPDATES_RE.search(line.text[max(0, m.start() - 40):m.start()])
                      or line.text[:m.start()].rstrip(" ,·–—-").lower().endswith(name.lower())
                      or not line.text[:m.start()].strip(" |") and _row_date(line.text[m.end():]))]
        if number is None or number == 1 and not cited:
            return
        # not self.series: an edition cited with no series ("[1] The Roadmap, third edition") is not this one's
        series = self.issue_series = self._series(name, evidence)
        self._edition_facts(self.iri, series, number, evidence)
        for line, m in cited:
            earlier = _issue_number(m.group("n"))
            passage = text.passage_at(line.page, line.offset + m.start())
            cite = Evidence(passage, line.page, line.text[max(0, m.start() - 60):m.end() + 30].strip())
            iri = self._edition(series, earlier, cite, name=m.group())
            if date := _row_date(line.text[m.end():m.end() + 40]):  # "Issue 1.0 (June 2019)", "Rev.2 of 10 April 2014"
                self.rec.fact(iri, "dcterms:issued", ox.Literal(date, datatype=term(date_type(date))), "edition-date", 0.8,
                              cite)
            if UPDATES_RE.search(line.text[max(0, m.start() - 40):m.start()]):
                self.rec.fact(self.iri, "dcterms:replaces", iri, "edition-relation", 0.75, cite)

    def _later_issue(self, text: DocumentText) -> re.Match | None:
        """The document's number opening the one line of its imprint page or back page that an issue number opens
        ("Issue 2.0 · Released 15 July 2021 · Supersedes Issue 1.0 (June 2019)"; several: a list of issues)."""
        pages = sorted({line.page for line in text.lines})
        for page in pages[1:2] + pages[-1:] if len(pages) > 1 else []:
            opened = [m for line in text.lines if line.page == page and not is_prose(line.text)
                      and (m := re.match(rf"^\W*{ISSUE_RE.pattern}", line.text))
                      and re.match(r"\s*(?:$|[,;:·•|–—(\-]|(?i:released|issued|published|dated)\b)", line.text[m.end():])]
            if len(opened) == 1:
                return ISSUE_RE.search(opened[0].group())
        return None

    def _resolve_series(self, name: str | None) -> Entity | None:
        """The series a name gives ("the Global Exploration Roadmap"); with none or a common noun ("the
        roadmap"), the document's own series, else the one it named last."""
        latest = self.series or self.recent
        if latest is not None and name and " " not in name and latest.label.lower().endswith(name.lower()):
            return latest  # "The Atlas first appeared ...": the series named so far
        if not name or name.lower() in ("roadmap", "strategy"):
            return self.series or self.recent or next((e for e in self.rec.gazetteer.by_iri.values()
                                                       if e.type == "Document" and name
                                                       and e.label.lower().endswith(name.lower())
                                                       and e.iri in self.rec.result.entities), None)
        found = self.rec.gazetteer.lookup(re.sub(r"\s+\([A-Z]+\)$", "", name))
        return found if found is not None and found.type == "Document" else None

    def cited_editions(self, sentence: Sentence) -> None:
        """"the third edition of the roadmap, released in January 2018": the edition, its date, and
        whether this document updates it or builds on it."""
        text = sentence.text
        self.label = self.label_above(sentence.line)
        named = [m for m in sentence.mentions if m.entity.type == "Document"
                 and (series_key(m.entity.label) in self.series_keys or m.entity is self.series)]
        back = REFERS_BACK_RE.match(text)
        if back and len(self.cited) == 1:  # "In 2013 ISECG published X. This paper replaces it ...": X
            predicate = "dcterms:replaces" if UPDATES_RE.fullmatch(back.group("verb")) else "schema:isBasedOn"
            self.rec.fact(self.iri, predicate, self.cited[0], "edition-relation", 0.75, sentence.evidence())
        self.cited = list(dict.fromkeys(m.entity.iri for m in sentence.mentions if m.entity.type == "Document"
                                        and m.entity.iri != self.iri and m.entity is not self.series))
        for m in CITED_EDITION_RE.finditer(text):
            post = m.group("post") and re.sub(r"[*_]+", "", m.group("post"))  # (its emphasis marks)
            if post and post.split()[0].lower() in MONTH_NAMES:
                post = None  # "the first edition of September 2011": a date, not a series
            if m.group("noun").lower() == "roadmap" and (m.group("pre") or post):
                continue  # "the first roadmap" is an edition; "the second Roadmap Supplement" is not read so
            if UNCERTAIN_RE.search(text[:m.start()]) or INDEFINITE_RE.search(text[:m.start()]) and TO_COME_RE.search(text) \
                    or NOT_MADE_RE.search(text[:m.start()]) or TO_COME_VERB_RE.match(text, m.end()):
                continue  # "in time for a possible fourth edition", "a fourth edition may follow": no work yet
            owner = OWN_BEFORE_RE.search(text[:m.start()])
            own = OWN_WORK_RE.match(text, m.end("noun")) or (
                owner if owner and owner.group("noun") in self.doc.title.lower().split() else None)
            # "the first edition of this assessment", "the assessment's first edition"
            before = [n.entity for n in named if n.end <= m.start()]  # "the GER in its second edition"
            recent, self.recent = self.recent, before[-1] if before else self.recent
            series = self.issue_series if own else self._resolve_series(
                post or m.group("pre") or (None if m.group("noun").lower() != "roadmap" else "roadmap"))
            self.recent = recent
            # "the first edition of the Mars Relay Plan", "Supersedes: Mars Relay Plan, first edition (May 2027)"
            titled = post or (t.group("title") if not m.group("pre") and (t := TITLE_BEFORE_RE.search(text[:m.start()]))
                              else None)
            if series is None and titled and len(titled.split()) >= 2:
                series = self._series(re.sub(r"\s+\([A-Z]+\)$", "", titled), sentence.evidence())
            if series is None:
                continue
            self.recent = series if series is not self.series else self.recent
            ordinal = ORDINALS[m.group("ord").lower()]
            evidence = sentence.evidence()
            if SELF_PRESENTS_RE.search(text[:m.start()]) and (series_key(series.label), ordinal) not in self.editions:
                # "This executive summary presents the second edition of the assessment": it is that edition
                self._edition_facts(self.iri, series, ordinal, evidence)
                self.editions = {**self.editions, (series_key(series.label), ordinal): self.iri}
            iri = self._edition(series, ordinal, evidence)
            after = text[own.end() if own and own.start() > m.start() else m.end() if post or m.group("post") is None
                         else m.end("noun"):]
            # "... edition of August 2013", "the first edition of this assessment, published in June 2019"
            cue = RELEASE_CUE_RE.match(after)
            # a cell or an item the edition opens (after its series' name: "GER, first edition"), its date in the next
            # cell or after a colon: "| Second edition | August 2013 |", "• Second edition: August 2013", "Second edition
            # – August 2013", "GER, second edition   August 2013   12 agencies" (a row, no sentence: "Second edition
            # August 2013 added a scenario.")
            spaced = rf"|\s+(?=(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:19|20)\d\d|(?:19|20)\d\d\b)" if not text.rstrip().endswith(".") else ""
            cell = re.match(rf"\s*[|:–—]\s*{spaced}", after) if re.search(
                r"(?:^|\|)[\W\d]*(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5},\s*)?$", text[:m.start()]) else None
            cue = cue or cell
            dates = find_dates(after[:60])
            when = find_dates(m.group("when")) if m.group("when") else []  # "the August 2013 second edition"
            if when and iri != self.iri:
                self._issued(iri, when[0].start, "edition-date", evidence)
            elif cue and dates and dates[0].pos[0] <= cue.end() + 12 and iri != self.iri:
                self._issued(iri, dates[0].start, "edition-date", evidence)
            elif cue and re.match(r"(?:19|20)\d\d\b", after[cue.end():]) and iri != self.iri:
                self._issued(iri, after[cue.end():cue.end() + 4], "edition-date", evidence)  # "likewise dated 2013"
            elif iri != self.iri and (released := released_with(text[:m.start()], after)
                                      or entry_released(text[:m.start()], after) or row_released(text[:m.start()], after)):
                self._issued(iri, released, "edition-date", evidence)
            self._follows(text, m.start(), iri, evidence)
        series = named[-1].entity if named else self.series
        for m in DATED_ORDINAL_RE.finditer(text) if series is not None and EDITIONS_RE.search(text) else ():
            # "Earlier editions appeared in September 2011 (first) and August 2013 (second)"
            ordinal = ORDINALS[(m.group("ord") or m.group("ord2")).lower()]
            iri = self._edition(series, ordinal, sentence.evidence())
            if iri != self.iri:
                self._issued(iri, find_dates(m.group("when") or m.group("when2"))[0].start, "edition-date",
                             sentence.evidence())
        for m in EDITION_YEARS_RE.finditer(text):
            self._editions_by_year(m, sentence.evidence())
        if named:
            self.recent = named[-1].entity if named[-1].entity is not self.series else self.recent
        for m in FIRST_APPEARED_RE.finditer(text):
            series = self._resolve_series(m.group("series"))
            dates = find_dates(text[m.end():m.end() + 30])
            if series is not None and dates and dates[0].pos[0] == 0:
                evidence = sentence.evidence()
                iri = self._edition(series, 1, evidence)
                if iri != self.iri:
                    self._issued(iri, dates[0].start, "edition-date", evidence)
        for m in CITED_SUPPLEMENT_RE.finditer(text):
            self._cited_supplement(m, sentence)
        if SELF_SUBJECT_RE.match(text) or PASSIVE_SELF_RE.match(text) or self.label:
            for m in CITED_TITLE_RE.finditer(text):
                self._cited_title(m, sentence)
        self._cited_corpus_titles(sentence)
        for m in CITED_GENRE_RE.finditer(text):
            dates = find_dates(text[m.end():m.end() + 30]) if m.group("after") else []
            dates = [d for d in dates if d.pos[0] == 0]
            if m.group("year"):  # "the August 2020 supplement", "the 2020 supplement"
                dates = find_dates(f"{m.group('month') or ''} {m.group('year')}".strip())
            year = dates[0].start[:4] if dates else None
            cited = self.genres.get((genre_of(m.group("genre")) or "", int(year)), []) if year else []
            if len(cited) == 1 and cited[0] != self.iri:
                # the citing document says when it came out (as for a title cited with its year)
                self._issued(cited[0], dates[0].start, "document-year", sentence.evidence())
                self._follows(text, m.start(), cited[0], sentence.evidence())

    def _editions_by_year(self, m: re.Match, evidence: Evidence) -> None:
        """EDITION_YEARS_RE: the series it names (_resolve_series), each edition by its rank among the years, when they
        are as many as counted."""
        years = sorted(re.findall(r"(?:19|20)\d\d", m.group("years") or m.group("years2")))
        if number_word(m.group("n")) != len(years) and m.group("n") != str(len(years)):
            return
        series = self._resolve_series(re.sub(r"^(?:the|its|their)\s+", "", m.group("series").strip(), flags=re.I))
        if series is None:
            return
        for ordinal, year in enumerate(years, start=1):
            iri = self._edition(series, ordinal, evidence)
            if iri != self.iri:
                self._issued(iri, year, "edition-date", evidence)

    def _title_parts(self) -> dict[str, str]:
        """The corpus documents' titles and the parts of them on either side of a dash, of three words or more
        ("Lunar Surface Exploration Scenario Update"), that name one document and no series -> its IRI."""
        if self._parts is None:
            found: dict[str, set[str]] = {}
            prefix = iris.document(self.rec.base, "")
            for entity in self.rec.gazetteer.by_iri.values():
                if entity.type != "Document" or not entity.iri.startswith(prefix):
                    continue
                for part in {entity.label, *re.split(r"\s+[—–-]\s+|:\s+", entity.label)}:
                    part = part.strip()
                    if len(part.split()) >= 3 and series_key(part) not in self.series_keys \
                            and not re.search(rf"\b(?i:{_ORDINAL})\s+edition\b", part):
                        found.setdefault(part, set()).add(entity.iri)
            self._parts = {part: next(iter(iris_)) for part, iris_ in found.items() if len(iris_) == 1}
        return self._parts

    def _cited_corpus_titles(self, sentence: Sentence) -> None:
        """A corpus document cited by its title or a part of it with the date it came out, before ("Released in
        August 2020, the *X*", "August 2020 saw the release of the X") or after ("the X released in August
        2020", "the X of August 2020"): this document references it, says when it came out (a date of another year
        is another version), and whether it replaces it or builds on it."""
        text = sentence.text
        years = {iri: year for (_, year), found in self.genres.items() for iri in found}
        for part, iri in self._title_parts().items():
            for m in re.finditer(rf"(?<![\w\-]){re.escape(part)}(?![\w\-])", text):
                before = TITLE_DATED_BEFORE_RE.search(text[:m.start()])
                dates = find_dates(before.group("date") or before.group("date2")) if before else []
                if not dates:
                    after = text[m.end():].lstrip("*_”\" ")
                    cue = RELEASE_CUE_RE.match(after) or ENTRY_DATE_RE.match(after)
                    dates = [d for d in find_dates(after[:cue.end() + 30]) if d.pos[0] <= cue.end()] if cue else []
                if iri == self.iri or dates and iri in years and int(dates[0].start[:4]) != years[iri]:
                    continue
                self.rec.fact(self.iri, "dcterms:references", iri, "cites", 0.8, sentence.evidence())
                if dates:
                    self._issued(iri, dates[0].start, "document-year", sentence.evidence())
                # what this document does to it ("The new edition supersedes the third edition and the X")
                self._follows(text, m.start(), iri, sentence.evidence())

    def _issued(self, iri: str, date: str, rule: str, evidence: Evidence) -> None:
        """A cited work's date; not a corpus document's of another year (the words named another work)."""
        year = next((y for (_, y), found in self.genres.items() if iri in found), None)
        if year is not None and int(date[:4]) != year:
            return
        self.rec.fact(iri, "dcterms:issued", ox.Literal(date, datatype=term(date_type(date))), rule, 0.8, evidence)

    def _cited_title(self, m: re.Match, sentence: Sentence) -> None:
        """A document this one updates or builds on, cited by its title with its genre or date: the corpus
        document of that title, else a work of that title and date (one IRI for every document citing it)."""
        text, title = sentence.text, m.group("title").strip()
        if not m.group("genre"):  # a sentence's first word: "The Lunar Power Needs paper of March 2021 is ..."
            title = re.sub(r"^The\s+", "", title)
        if m.group("kind") and re.search(r"(?:'s|’s|s')$", title):
            return  # a body's work, not a title: "the Working Group's assessment of October 2019"
        dates = [d for d in find_dates(text[m.end("title"):m.end("title") + 40]) if d.pos[0] <= 16] \
            if m.group("dated") else find_dates(m.group("genre") or "")  # "the November 2019 paper X"
        if (not dates and not m.group("genre") and not m.group("kind")) or len(title.split()) < 2 or self._resolve_series(title) is not None \
                or re.search(r"\bedition\s+of\s+(?:the\s+)?$", text[:m.start("title")]):
            return  # a series ("the Global Exploration Roadmap (2018)") or an edition of it: cited_editions' work
        said = f"{self.label or ''}: {text[:m.start()]}"
        if not (UPDATES_RE.search(said) or BASED_RE.search(said)
                or len(text[:m.start()].split()) <= 4 and PASSIVE_SELF_RE.match(text[m.start():])):
            return
        evidence = sentence.evidence()
        known = self.rec.gazetteer.lookup(title)
        # a document the corpus holds, its title cited whole or in part ("Lunar Surface Exploration Scenario Update")
        holding = [e for e in self.rec.gazetteer.by_iri.values() if e.type == "Document" and e is not known
                   and title.lower() in e.label.lower() and e.iri != self.iri]
        known = known if known is not None and known.type == "Document" else holding[0] if len(holding) == 1 else None
        if known is not None:
            self._follows(text, m.start(), known.iri, evidence)
            return
        work = self.rec.define(title, "Document", evidence, rule="cited-title", confidence=0.7, slug=title)
        self.rec.fact(work.iri, "dcterms:title", ox.Literal(title), "cited-title", 0.7, evidence)
        if dates:
            self.rec.fact(work.iri, "dcterms:issued", ox.Literal(dates[0].start, datatype=term(date_type(dates[0].start))),
                          "cited-title", 0.7, evidence)
        # the kind of work the citation names ("the paper X", "the X report") and the body whose work it is ("the ISECG
        # paper X", "ISECG's November 2019 paper X"): how a reader names it
        kind = genre_of(m.group("genre") or m.group("kind") or "")
        if kind:
            self.rec.fact(work.iri, "dcterms:type", ox.Literal(kind), "cited-title", 0.7, evidence)
        owner = re.search(r"\b([A-Z]{2,})\s", m.group("genre") or "") or \
            re.search(r"\b([A-Z]{2,})(?:'s|’s)\s+$", text[:m.start()])
        body = self.rec.gazetteer.lookup(owner.group(1)) if owner and (m.group("genre") or m.group("kind")) else None
        if body is not None and body.type in ("Organization", "WorkingGroup"):
            self.rec.fact(work.iri, "dcterms:publisher", body.iri, "cited-title", 0.7, evidence)
        self._follows(text, m.start(), work.iri, evidence)

    def _cited_supplement(self, m: re.Match, sentence: Sentence) -> None:
        """A supplement the corpus does not hold, cited with its release month: a work of its series whose
        version is its year (one IRI for every document citing it)."""
        post = m.group("post")
        # its month after it ("the Supplement of August 2022", "the Roadmap Supplement August 2022 was ...") or
        # before it ("the August 2022 Global Exploration Roadmap Supplement"); supplements, each of a month of the list
        # after them ("August 2020 and October 2022"); its year may stand after its name ("GER Supplement 2022 |
        # October 2022")
        after = sentence.text[m.end():m.end() + 60]  # (a reference list's entry: "..., October 2022")
        dates, at = [], len(after) - len(after.lstrip(" ,"))
        for d in find_dates(after):
            if d.pos[0] != at or len(d.start) < 7:
                break
            dates.append(d)
            at = d.pos[1] + len(re.match(r"(?:,?\s+and\s+|,\s+)?", after[d.pos[1]:]).group())
        if m.group("month"):
            dates = find_dates(f"{m.group('month')} {m.group('year')}")
        # (its series named in it, else the document's own or the one it named last: "the roadmap ... its supplements")
        named = [name for name in (post, m.group("pre").strip()) if name]
        series = next(filter(None, map(self._resolve_series, named)), None) if named else self._resolve_series(None)
        if series is not None:
            for date in dates[:None if m.group("plural") else 1]:
                self._supplement(series, m.group("year") or m.group("year_after") or date.start[:4], date, m, sentence)

    def _supplement(self, series: Entity, year: str, date, m: re.Match, sentence: Sentence) -> None:
        if date.start[:4] != year or self.genres.get(("supplement", int(year))):
            return
        evidence = sentence.evidence()
        slug = f"{series.label} supplement {year}"
        work = self.rec.define(f"{series.label} Supplement ({year})", "Document", evidence, rule="edition",
                               confidence=0.75, slug=slug, lookup=False)
        self.rec.fact(work.iri, "dcterms:title", ox.Literal(work.label), "edition", 0.75, evidence)
        self.rec.fact(work.iri, "dcterms:type", ox.Literal("supplement"), "edition", 0.75, evidence)
        self.rec.fact(work.iri, "schema:version", ox.Literal(year, datatype=term("xsd:integer")), "edition", 0.75, evidence)
        self.rec.fact(work.iri, "dcterms:isVersionOf", series.iri, "edition", 0.75, evidence)
        self.rec.fact(work.iri, "dcterms:issued", ox.Literal(date.start, datatype=term(date_type(date.start))),
                      "edition-date", 0.75, evidence)
        if m.group("pre").strip():  # the name the text gives it ("GER Supplement, 2022 edition")
            self.rec.alias(work, m.group("name"), "edition", 0.75, evidence)
        self._follows(sentence.text, m.start(), work.iri, evidence)

    def _follows(self, text: str, start: int, iri: str, evidence: Evidence) -> None:
        """"This edition updates <the one cited at ``start``>", "It builds on ...": what this document follows."""
        if iri == self.iri:
            return
        # "<it> is brought up to date, and replaced, by the present assessment": the work cited as the subject, in the
        # sentence's first words (not one a clause of the subject names: "The first edition, which updated X, is ...")
        if len(text[:start].split()) <= 4 and PASSIVE_SELF_RE.match(text[start:]):
            self.rec.fact(self.iri, "dcterms:replaces", iri, "edition-relation", 0.75, evidence)
            return
        if not SELF_SUBJECT_RE.match(text) and not self.label:
            return
        before = (f"{self.label}: " if self.label else "") + text[:start]  # "Replaces" / "the supplement of ..."
        # the verb nearest the citation, and those coordinated with it ("updates and supersedes the second edition");
        # not a verb of another object ("updates the first supplement and builds on the third edition")
        verbs = sorted(((m, predicate) for pattern, predicate in ((UPDATES_RE, "dcterms:replaces"),
                                                                  (BASED_RE, "schema:isBasedOn"))
                        for m in pattern.finditer(before)), key=lambda v: v[0].start())
        chain = verbs[-1:]
        for verb in reversed(verbs[:-1]):
            if not re.fullmatch(r"\s*,?\s*(?:and|or)?\s*", before[verb[0].end():chain[0][0].start()]):
                break
            chain.insert(0, verb)
        if chain and OTHER_VERB_RE.search(before[chain[-1][0].end():]):
            return
        for verb, predicate in chain:
            if not NEGATION_RE.search(before[:verb.start()]) and not re.search(r"[.;]", before[verb.end():]):
                self.rec.fact(self.iri, predicate, iri, "edition-relation", 0.75, evidence)
