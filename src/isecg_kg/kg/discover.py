"""Discovery pass: the entities a document names before relations are read.

"Full Name (ACRONYM)" definitions (the acronym must abbreviate the name, or the line is a table
row), named groups, teams and events ("38th Space Symposium"), and documents with their years
(quoted titles, "DOC (2019)", "the 2013 white paper “DOC”", lists of publications, papers
"IAC-22,..." of a congress), one entity per title or per edition.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from .. import iris

from ..ingest.model import Document
from .dates import MONTH_NAMES, find_dates
from .events import Events
from .facts import Evidence, Recorder
from .reference import name_key
from .text import LEADING_NOISE, DocumentText, Line, Sentence, clean_name
from .vocab import term

_WORD = r"(?:[dl]['’])?[A-ZÀ-Ý][\w'’\-&.]*"
# Words that join the capitalised words of a name ("Centre National d'Etudes Spatiales", "Agencia de ...").
CONNECTORS = frozenset("of for the and on de des du di la del y in to from &".split())
_CONNECT = rf"(?:{'|'.join(sorted(CONNECTORS))})"
# "Full Name (ACRONYM)": capitalised words (and connectors) before an acronym in parentheses; the number of an
# occurrence may end it ("Second International Space Exploration Forum (ISEF2)").
DEFINITION_RE = re.compile(
    rf"((?:{_WORD}|{_CONNECT})(?:[ \t]+(?:{_WORD}|{_CONNECT}))*)[ \t]*\(([A-Z][A-Za-z\-]*[A-Z][A-Za-z\-]*(?:\d(?!\d))?"
    rf"(?:[ \t][A-Z][A-Za-z]+|[ \t](?:19|20)\d\d)?)\)")
HEADS = [
    (r"Working Group", "WorkingGroup"),
    (r"(?:Tiger )?Team", "Team"),
    (r"Agency|Agencies|Administration|Office|Organi[sz]ation|Institute|Center|Centre|Corporation|Committee|Council"
     r"|Group|Federation|Association|Union|Academy|Society|Board|Commission|Foundation|Laboratory", "Organization"),
    (r"Congress|Conference|Symposium|Meeting|meeting|Workshop|Forum|Summit|Colloquium|Expo", "Event"),
    (r"Roadmap|Strategy|Report(?: (?:19|20)\d\d)?|Portfolio|Paper|Supplement|Assessment|Framework|Terms of Reference"
     r"|Charter|Update|Plan|Study|Handbook", "Document"),
]
HEAD_RE = [(re.compile(rf"(?:^|\s)(?:{pattern})$"), kind) for pattern, kind in HEADS]
# "Conference on Space for Emerging Countries", "Office for Outer Space Affairs": the head, then its complement.
HEAD_OF_RE = [(re.compile(rf"(?:^|\s)(?:{pattern})\s+(?:on|of|for)\s"), kind) for pattern, kind in HEADS]
# Named groups and events without an acronym: capitalised words before a head noun.
MONTH_WORDS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
NAMED_RE = re.compile(
    r"(?:(?<=\s)|^)((?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w\-]*\s+){1,6}"
    r"(?:Working Group|Tiger Team|Team|Advisory Group|(?:Congress|Conference|Symposium|Meeting|meeting|Workshop|Forum"
    r"|Summit)(?:\s+(?:on|of|for)(?:\s+the)?(?:\s+(?!" + MONTH_WORDS + r")[A-Z][\w\-]*){1,5})?))(?![\w\-])")
# a word of a person's name, accented letters too: "Messina", "Oberländer", "Jean-Luc", "Łukasz"
PERSON_WORD = r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]+(?:-[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]+)?"
# ("Workshop on Lunar ISRU", "Workshop for the Global Exploration Strategy"; not "Forum of January 2014")
EVENT_NAME_RE = re.compile(r"\b(?:Workshop|Conference|Congress|Symposium|Meeting|Forum|Summit)\s+(?:for|on|of)\b")
# "the third ASI/ESA workshop on International Co-operation for ...": a numbered event of named bodies whose
# head noun is not capitalised.
ORDINAL_EVENT_RE = re.compile(
    r"\b((?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:[A-Z][\w\-/]*\s+){1,3}(?:workshop|conference|symposium|meeting|forum|summit|congress)\s+(?:on|of|for)\s+"
    r"(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:(?:on|of|for|and|the|in)\s+)?[A-Z][\w\-]*){0,7})")
DOC_HEADS = r"Roadmap|Strategy|Portfolio|White Paper|Report(?: (?:19|20)\d\d)?|Terms of Reference|Framework"
# Not the name of a body a document head noun starts ("ISECG Exploration Roadmap Working Group").
DOC_NAME_RE = re.compile(rf"(?:(?<=\s)|^)((?:(?:[A-Z][\w\-]*|and|of|for|on|the|&)\s+){{1,8}}(?:{DOC_HEADS}))\b"
                         r"(?!\s+(?:Working\s+Group|Task\s+(?:Group|Force)|Team|Committee|Secretariat|Group)\b)")
# "The ISECG Reference Architecture for Human Lunar Exploration, was issued as a summary report": a title with
# no document head noun, which the words after it say is a document.
ISSUED_AS_RE = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w\-]*\s+(?:(?:and|of|for|on|the|to|in|&)\s+)*){2,10}[A-Z][\w\-]*)"
                          r",?\s+(?:was|were|is|has been)\s+(?:first\s+)?(?:issued|published|released)\s+as\s+(?:a|an)\s+"
                          r"(?:[\w\-]+\s+){0,2}(?:report|paper|document|study|handbook|book|brochure)\b")
# The capitalised words (and connectors) ending a line: the start of a name wrapped onto the next line.
NAME_LINES_ABOVE = 2  # lines above a definition's acronym its name may start on
LEAD_ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z\-]*[A-Z][A-Za-z\-]*)\)")  # a line opening with its acronym
WRAPPED_NAME_RE = re.compile(rf"((?:{_WORD}|{_CONNECT})(?:[ \t]+(?:{_WORD}|{_CONNECT})){{0,6}})$")
PUBLISH_VERB_RE = re.compile(r"\b(released|published|issued|adopted)\b", re.I)
QUOTED_RE = re.compile(r"[“\"]([A-Z][^”\"]{8,150})[”\"]")
DOC_CONTEXT_RE = re.compile(r"(white paper|report|roadmap|document|publication|paper|strategy|released|published"
                            r"|issued)\W*(?:\w+\W+){0,3}$", re.I)
FUTURE_RE = re.compile(r"\b(will|expected|planned|plans?|set to|before public release|forthcoming|upcoming|"
                       r"agreed to|decided to|intends? to|aims? to)\b", re.I)
ANAPHORA_RE = re.compile(r"\b(?:this|these|that|those|its|their)\s+$", re.I)
LIST_HEADING_RE = re.compile(r"\b(Documents|Publications|Presentations|Papers)\b")
PRESENTATION_RE = re.compile(r"^([A-Z]{2,5}-\d\d)[\w,.]*\s+[-–]\s+(.+)$")
GLOSSARY_HEADING_RE = re.compile(r"\b(?:Acronyms|Abbreviations|Glossary)\b", re.I)


def acronym_fits(words: list[str], acronym: str) -> bool:
    """Whether ``acronym`` abbreviates the name ``words`` (first letters, in order)."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    name = re.sub(r"^[dl]['’]", "", " ".join(words)).lower()
    if not letters or not name or name[0] != letters[0]:
        return False
    pos = 0
    for c in letters:
        pos = name.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _capitalised(words: list[str]) -> int:
    return sum(1 for w in words if w[0].isupper())


def _shares_names(name: str, entity) -> bool:
    """Whether at least half the content words of ``name`` are in one of ``entity``'s names (a new
    spelling, a translation's cognates, a renamed body), or the entity has no name of words."""
    words = set(_content(name))
    known = [set(_content(n)) for n in entity.names() if len(n.split()) > 1]
    return not known or any(len(words & k) * 2 >= len(words) for k in known)


def _content(name: str) -> list[str]:
    return [w[:5] for w in re.findall(r"[^\W\d_]+", name.lower()) if w not in CONNECTORS]


def head_type(name: str) -> str | None:
    """The kind of thing a name's head noun makes it; an event's complement does not count ("Workshop
    for the Global Exploration Strategy" is a workshop)."""
    found = [(m.start(), kind) for pattern, kind in HEAD_OF_RE for m in pattern.finditer(name)]
    if found and min(found)[1] == "Event":
        return "Event"
    for pattern, kind in HEAD_RE:
        if pattern.search(name):
            return kind
    return min(found)[1] if found else None


def doc_key(title: str) -> str:
    """Titles that differ only in case, punctuation or plurals ("Technologies"/"Technology") are one."""
    words = re.findall(r"\w+", title.casefold())
    return " ".join(re.sub(r"(?<=[^s])s$", "", re.sub(r"ies$", "y", w)) for w in words)


class Discovery:
    def __init__(self, doc: Document, text: DocumentText, recorder: Recorder, events: Events,
                 corpus_titles: dict[str, str], corpus_years: dict[str, int]):
        self.doc = doc
        self.text = text
        self.rec = recorder
        self.events = events
        self.corpus_titles = corpus_titles  # normalised title -> document IRI
        self.corpus_years = corpus_years  # document IRI -> year
        self._definition_spans: list[tuple[int, int, int]] = []  # (page, start, end) of each definition
        self.doc_years: dict[str, list[dict]] = {}
        self.text_iri = iris.document(recorder.base, doc.id)

    def run(self) -> None:
        heading = ""
        listed: set[int] = set()
        for index, line in enumerate(self.text.lines):
            if line.heading:
                heading = line.text
            # the lines above on the page: a name a table cell wraps may start two lines up ("Mohammed Bin" /
            # "Rashid Space" / "Centre (MBRSC)")
            above = " ".join(previous.text for previous in self.text.lines[max(0, index - NAME_LINES_ABOVE):index]
                             if previous.page == line.page)
            for sentence in self.text.sentences(line):
                evidence = sentence.evidence()
                wrapped = above if sentence.offset == line.offset else ""
                self._definitions(sentence, evidence, whole_line=sentence.text == line.text, wrapped=wrapped)
                self._named(sentence, evidence)
            if not line.heading and (LIST_HEADING_RE.search(heading) or self._presentation(line.text, heading)):
                listed.add(index)
                self._document_list(line, heading)
        for index, line in enumerate(self.text.lines):
            if index not in listed:
                for sentence in self.text.sentences(line):
                    self._documents_in_text(sentence, sentence.evidence())
        self._resolve_documents()

    def _definitions(self, sentence: Sentence, evidence: Evidence, *, whole_line: bool, wrapped: str = "") -> None:
        """``wrapped``: the line above, when the sentence opens its line (a name may start there: "... the
        Lunar Dust Research" / "Centre (LDRC) of ...")."""
        lead = LEAD_ACRONYM_RE.match(sentence.text)
        if lead and wrapped and self.rec.gazetteer.lookup(lead.group(1)) is None:
            # "(NSSA) of Bahrain ...": the name is the end of the line(s) above ("National Space Science Agency")
            above = wrapped.split()
            name = next((" ".join(above[k:]) for k in range(len(above)) if above[k][0].isupper()
                         and above[k] not in LEADING_NOISE and acronym_fits(above[k:], lead.group(1))), None)
            kind = head_type(name) if name else None
            if kind and kind not in ("Event", "Document"):
                self.rec.define(name, kind, evidence, acronym=lead.group(1))
        for m in DEFINITION_RE.finditer(sentence.text):
            words, acronym = re.sub(r"(?:'s|’s)$", "", m.group(1)).split(), m.group(2)
            known = self.rec.gazetteer.lookup(acronym)
            fits = [start for start in range(len(words)) if words[start] not in LEADING_NOISE
                    and words[start][0].isupper() and acronym_fits(words[start:], acronym)]
            # the longest name that fits, unless it has more capitalised words than the acronym has letters and a
            # shorter one does not: "Anna Lee Kim Korea Institute of Geoscience and Mineral Resources (KIGAM)"
            short = [start for start in fits if _capitalised(words[start:]) <= sum(c.isalpha() for c in acronym)]
            start = (short or fits or [None])[0]
            name = " ".join(words[start:]) if start is not None else None
            tail = WRAPPED_NAME_RE.search(wrapped) if m.start() == 0 and name is None and known is None else None
            if tail:  # the name's first words end the line above
                above = tail.group(1).split()
                name = next((" ".join(above[k:] + words) for k in range(len(above)) if above[k][0].isupper()
                             and above[k] not in LEADING_NOISE and acronym_fits(above[k:] + words, acronym)), None)
            # A name whose initials do not fit is taken only from a line that is the definition (a table
            # row "Roscosmos State Corporation (ROSCOSMOS)"), not from prose ("Authors: Anna Berg (NASA)").
            row = whole_line and not re.search(r"\w", sentence.text[:m.start()])
            if name is None and (row or known) and words and words[0][0].isupper():
                name = clean_name(" ".join(words))
                # "Ivan Petrov Space Research Institute (IKI)", a table's row: the known name it ends with
                name = next((" ".join(words[i:]) for i in range(1, len(words)) if known
                             and self.rec.gazetteer.lookup(" ".join(words[i:])) is known), name)
                if not known and len(words) >= 5 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words[:2]) \
                        and head_type(" ".join(words[2:])) and head_type(" ".join(words[2:])) == head_type(name):
                    name = " ".join(words[2:])  # "Ivan Petrov Space Research Institute (IKI)": a person opens the row
                if known and not row and self.rec.gazetteer.lookup(name) is not known:
                    name = None
            if not name or any(re.fullmatch(pattern, name) for pattern, _ in HEADS):
                continue  # "Agency (UKSA)": the end of a name wrapped over two lines, no name of its own
            other = self.rec.gazetteer.lookup(name)
            if known and other and other is not known:  # "Ukraine (SSAU)": a country, not a name of SSAU
                continue
            if known and other is None and not _shares_names(name, known):
                # "... of the European Science Foundation and Jim Carpenter (ESA)": letters in order are not
                # a name of ESA; a new name of a known body shares most of its words with one it has.
                continue
            self._definition_spans.append((sentence.line.page, sentence.offset + m.start(), sentence.offset + m.end()))
            kind = head_type(name) or (known.type if known else None)
            ordinal = re.search(r"\b\d+(?:st|nd|rd|th)\s+$", sentence.text[:m.start() + m.group(1).find(name)])
            if kind == "Event" and ordinal:  # "73rd International Astronautical Congress (IAC)"
                name = ordinal.group() + name
            if kind == "Event":
                self.events.named(name, sentence.text, evidence, acronym=acronym)
            elif kind == "Document":
                self.doc_mention(name, sentence, evidence, acronym=acronym, end=m.end())
            elif kind:
                self.rec.define(name, kind, evidence, acronym=acronym)

    def _named(self, sentence: Sentence, evidence: Evidence) -> None:
        for m in ORDINAL_EVENT_RE.finditer(sentence.text):
            self.events.named(m.group(1)[0].upper() + m.group(1)[1:], sentence.text, evidence)
        for m in NAMED_RE.finditer(sentence.text):
            at = sentence.offset + m.start(1)
            if any(page == sentence.line.page and start <= at < end for page, start, end in self._definition_spans):
                continue
            name = clean_name(m.group(1))
            words = name.split()
            # Strip a leading organisation acronym ("ISECG Science Working Group"): unit of that body.
            parent = self.rec.gazetteer.lookup(words[0]) if words else None
            if parent and parent.type == "Organization" and head_type(name) in ("WorkingGroup", "Team"):
                words = words[1:]
            if len(words) > 1 and words[0] in MONTH_NAMES and words[1][0].isupper() and head_type(words[1]):
                # a chronology's month and the type of its row before its entry ("2014 January Meeting International
                # Space Exploration Forum, ..."; "2010 June Meeting Senior managers meet ..."): no words of a name
                words = words[2:]
            name = " ".join(words)
            kind = head_type(name)
            capitals = [w for w in words if w[0].isupper() or w[0].isdigit()]
            if not kind or len(capitals) < 2 or len(words) < 2 or name.split()[0] in LEADING_NOISE:
                continue
            if self._run_together(words):
                continue
            if kind == "Event":
                self.events.named(name, sentence.text, evidence)
            elif kind in ("WorkingGroup", "Team") and not self.rec.gazetteer.lookup(name):
                generic = re.fullmatch(r"(?:[A-Z]{2,}\s+)*(?:Working Group|Tiger Team|Team)s?", name)
                if not generic:
                    self.rec.define(name, kind, evidence, rule="named-group", confidence=0.8)


    def _run_together(self, words: list[str]) -> bool:
        """Whether two known names open a name of more words: a table's cells run together on one line ("Canada CSA
        ERWG meeting", "Japan JAXA Exploration Roadmap"), no name of its own; nor does a person's name before a
        body's acronym (a row "Piero Messina ESA Workshop organiser": name, agency, role; "Jürgen Oberländer DLR ...")."""
        known = [i for i, w in enumerate(words) if w.isupper() and self.rec.gazetteer.lookup(w) is not None]
        return len(words) > 2 and all(self.rec.gazetteer.lookup(w) for w in words[:2]) \
            or bool(known) and known[0] >= 2 and all(re.fullmatch(PERSON_WORD, w)
                                                     and self.rec.gazetteer.lookup(w) is None for w in words[:known[0]])

    def doc_mention(self, title: str, sentence: Sentence, evidence: Evidence, *, acronym: str | None = None,
                    end: int | None = None, year: int | None = None, planned: bool | None = None,
                    type_name: str = "Document", loose: bool = False, exact: bool = False,
                    event_code: str | None = None) -> None:
        text = sentence.text
        start = text.find(title)
        if start > 0 and ANAPHORA_RE.search(text[:start]) or EVENT_NAME_RE.search(title):
            return  # "This Gap Assessment Report": a reference back; "Workshop for the ... Strategy": an event
        title = title.strip("“”\"' ,.") if exact else clean_name(title.strip("“”\"' ,."))
        title = re.sub(r"\s*\((?:[A-Z][\w ]+)\)$", "", title)  # "... in ISECG (International ... Group)"
        words = title.split()
        if len(words) < 2 and not acronym or re.search(r"\bAnnual Report$", title):
            return
        end = end if end is not None else (start + len(title) if start >= 0 else len(text))
        if year is None:
            year = self._document_year(text, start, end, loose=loose)
        if planned is None:
            planned = bool(FUTURE_RE.search(text)) and year is not None and year >= (self.doc.year or 0) - 1
        self.doc_years.setdefault(name_key(title), []).append(
            {"title": title, "year": year, "planned": planned, "acronym": acronym, "evidence": evidence,
             "type": type_name, "event": event_code})

    @staticmethod
    def _document_year(text: str, start: int, end: int, *, loose: bool = False) -> int | None:
        """The year a sentence gives a document it names: "DOC (2019)", "DOC, released in May 2007",
        "the 2013 white paper “DOC”", "the release of DOC in January 2018", "ORG published DOC in 2022"; not of a
        work one of its editions is dated ("the second edition of DOC, released in August 2013": the edition's)."""
        if re.search(r"\b(?:edition|issue|version|revision|iteration|supplement|update)\s+(?:of|to)\s+(?:the\s+)?$",
                     text[max(0, start - 40):max(0, start)], re.I):
            return None
        after = text[end:end + 60]
        m = re.match(r"[”\"]?\s*(?:\(((?:19|20)\d\d)\)|,?\s*(?:(?:which|that)\s+(?:was|were)\s+|(?:will|is|are)\s+"
                     r"(?:be\s+)?(?:set\s+to\s+|expected\s+to\s+be\s+)?)?(?:published|released?|issued|adopted)?\s*"
                     r"(?:in\s+)?(?:[A-Z][a-z]+\.?\s+)?((?:19|20)\d\d)\b)", after)
        if m:
            return int(m.group(1) or m.group(2))
        before = text[max(0, start - 60):max(0, start)]
        m = re.search(r"\b((?:19|20)\d\d)\s+(?:[A-Z]{2,}\s+)?(?:white paper|report|roadmap|document|paper|strategy)?\s*"
                      r"[“\"]?$", before, re.I)
        if m and start > 0:
            return int(m.group(1))
        if re.search(r"\brelease of the\s*$", before):
            dates = find_dates(after)
            return dates[0].year if dates else None
        dates = find_dates(text)
        if loose and PUBLISH_VERB_RE.search(text) and len({d.year for d in dates}) == 1:
            return dates[0].year
        return None

    @staticmethod
    def _presentation(text: str, heading: str) -> re.Match | None:
        """A presentation's line ("IAC-22 – Title of the talk"), not a glossary's ("COVID-19 – coronavirus
        disease 2019"): under no glossary heading, a capitalised title that does not spell out the code."""
        m = PRESENTATION_RE.match(text.lstrip("-• "))
        if not m or GLOSSARY_HEADING_RE.search(heading) or not m.group(2)[0].isupper():
            return None
        words = [w for w in m.group(2).split() if not re.fullmatch(r"\d+", w)]
        letters = m.group(1).split("-")[0]
        return None if len(words) <= len(letters) and acronym_fits(words, letters) else m

    def _document_list(self, line: Line, heading: str = "") -> None:
        """Items of a list of documents: one per line, or several run together on one line."""
        text = re.sub(r"^[-•]\s*", "", line.text)
        if re.match(r"^Further\b", text):
            return
        presentation = self._presentation(text, heading)
        sentence = self.text.sentence(text, line, line.offset)
        evidence = sentence.evidence()
        if presentation:
            self.doc_mention(presentation.group(2), sentence, evidence, year=2000 + int(presentation.group(1)[-2:]),
                             planned=False, type_name="Presentation", exact=True,
                             event_code=presentation.group(1).split("-")[0])
            return
        first = text.split()[:2]
        items = [text]
        if len(first) == 2 and text.count(" ".join(first)) > 1:  # items run together: split where the start recurs
            pattern = rf"\s+(?=(?:The\s+)?{re.escape(' '.join(first))})"
            items = [i for i in re.split(pattern, text) if i]
        for item in items:
            item = re.sub(r"\s*\((?:summary|full|short|long) version\)\s*$", "", item)
            dates = find_dates(item)
            title = item
            for d in dates:
                title = title.replace(item[d.pos[0]:d.pos[1]], " ")
            title = re.sub(r"\s*,\s*(?=–|-|$)", " ", title)
            acronym = re.search(r"\(([A-Z]{2,})\)", title)
            title = re.sub(r"\s+", " ", re.sub(r"\s*\([A-Z]{2,}\)", "", title)).strip(" ,")
            words = [w for w in title.split() if len(w) > 3]
            titled = words and sum(w[0].isupper() for w in words) >= len(words) / 2
            if len(title.split()) >= 3 and titled and not item.endswith("."):
                self.doc_mention(title, self.text.sentence(item, line, line.offset + max(text.find(item), 0)), evidence,
                                 acronym=acronym.group(1) if acronym else None,
                                 year=dates[-1].year if dates else None, planned=False)

    def _documents_in_text(self, sentence: Sentence, evidence: Evidence) -> None:
        text = sentence.text
        quoted = list(QUOTED_RE.finditer(text))
        for m in quoted:
            title = m.group(1).strip()
            acronym = re.match(r"\s*\(([A-Z]{2,})\)", text[m.end():])
            known = self.rec.gazetteer.lookup(title)
            corpus_document = known is not None and known.iri in self.corpus_titles.values()
            if known and not corpus_document or not (DOC_CONTEXT_RE.search(text[:m.start()]) or acronym
                                                     or head_type(title) == "Document" or corpus_document):
                continue
            self.doc_mention(title, sentence, evidence, acronym=acronym.group(1) if acronym else None,
                             end=m.end() + (acronym.end() if acronym else 0), loose=True)
        for m in ISSUED_AS_RE.finditer(text):
            if not any(q.start() <= m.start(1) < q.end() for q in quoted):
                self.doc_mention(m.group(1), sentence, evidence, end=m.end(1), loose=True)
        for m in DOC_NAME_RE.finditer(text):
            title = clean_name(m.group(1))
            words = title.split()
            if words and words[0] in MONTH_NAMES:  # a chronology row's month, and the kind of its entry, before the title
                words = words[2:] if len(words) > 2 and words[2] == "The" else words[1:]  # ("May Document The X")
                title = " ".join(words)
            if len(words) < 3 or all(self.rec.gazetteer.lookup(w) for w in words[:-1]) or self._run_together(words) \
                    or re.search(rf"\b(?:{DOC_HEADS})\s+and\b", title) \
                    or any(q.start() <= m.start(1) < q.end() for q in quoted):
                continue
            self.doc_mention(title, sentence, evidence, end=m.end())

    def _corpus_document(self, title: str) -> str | None:
        """The corpus document a title names: the same words (case, dashes and punctuation aside)."""
        key = doc_key(title)
        titles = {doc_key(k): iri for k, iri in self.corpus_titles.items()}
        if key in titles:
            return titles[key]
        if len(key.split()) >= 3:  # "Annual Report 2022" on the title page of "ISECG Annual Report 2022"
            return next((iri for k, iri in titles.items() if k.endswith(" " + key)), None)
        return None

    def _resolve_documents(self) -> None:
        """One entity per document title, one per edition when the document names several years."""
        def short(title: str) -> str:  # "ISECG Terms of Reference" is "Terms of Reference"
            first, _, rest = title.partition(" ")
            return rest if re.fullmatch(r"[A-Z]{2,}", first) or self.rec.gazetteer.lookup(first) else title

        keys = {key: doc_key(mentions[0]["title"]) for key, mentions in self.doc_years.items()}
        known = set(keys.values())
        groups: dict[str, list[dict]] = {}
        for key, mentions in self.doc_years.items():
            shorter = doc_key(short(mentions[0]["title"]))
            groups.setdefault(shorter if shorter in known else keys[key], []).extend(mentions)
        for mentions in groups.values():
            titles = [m["title"] for m in mentions]
            title = max(titles, key=lambda t: (any(m["year"] for m in mentions if m["title"] == t), titles.count(t)))
            corpus = self._corpus_document(title)
            year = self.corpus_years.get(corpus)
            other_years = [m for m in mentions if corpus and year and m["year"] and not m["planned"]
                           and abs(m["year"] - year) > 1]  # the same title cited with another year: another version
            if corpus:
                entity = self.rec.gazetteer.by_iri.get(corpus)
                if entity:
                    for m in mentions:
                        if m["title"] not in entity.names():
                            self.rec.gazetteer.add_name(m["title"], entity)
                for m in mentions:  # a corpus document cited with its year: the citing document says so
                    if m["year"] and not m["planned"] and corpus != self.text_iri and m not in other_years:
                        self.rec.fact(corpus, "dcterms:issued", ox.Literal(str(m["year"]), datatype=term("xsd:gYear")),
                                      "document-year", 0.8, m["evidence"])
                if not other_years:
                    continue
                mentions = other_years
            years = sorted({m["year"] for m in mentions if m["year"] and not m["planned"]})
            acronym = next((m["acronym"] for m in mentions if m["acronym"]), None)
            for m in mentions:
                year = m["year"] if m["year"] and not m["planned"] else (years[-1] if years else None)
                editions = len(years) > 1
                versioned = editions or bool(other_years)  # one entity per year the title is cited with
                entity = self.rec.define(title, m["type"], m["evidence"], acronym=None if versioned else acronym,
                                     rule="document", confidence=0.85,
                                     slug=f"{title} {year}" if versioned and year else None, lookup=not versioned)
                if m["title"] != title and m["title"] not in entity.names():
                    self.rec.gazetteer.add_name(m["title"], entity)
                    entity.aliases.append(m["title"])
                    self.rec.fact(entity.iri, "skos:altLabel", ox.Literal(m["title"]), "document", 0.8, m["evidence"])
                if m["year"]:
                    self.rec.fact(entity.iri, "isecg:plannedFor" if m["planned"] else "dcterms:issued",
                              ox.Literal(str(m["year"]), datatype=term("xsd:gYear")),
                              "planned-document" if m["planned"] else "document-year", 0.8, m["evidence"])
                self.rec.fact(entity.iri, "dcterms:title", ox.Literal(entity.label), "document", 0.85, m["evidence"])
                event = self.events.by_acronym(m["event"], m["year"]) if m["event"] else None
                if event is not None:  # "IAC-22,B3,..." is a paper of the IAC of 2022
                    self.rec.fact(event.iri, "schema:workFeatured", entity.iri, "paper-code", 0.8, m["evidence"])

