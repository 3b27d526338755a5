"""Document metadata: from corpus/catalog.json, else from the PDF info dictionary and first page."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from .clean import CleanPage
from .extract import RawDocument
from ..text import CITING_LINE, FRONT_MATTER, SECTION_NAMES
from .model import Document

log = logging.getLogger(__name__)

CATALOG_FILE = "catalog.json"
FIELDS = ("title", "year", "publisher", "type", "source_url")
DOCUMENT_TYPES = {  # words in a title -> document type
    "annual report": "annual report",
    "roadmap supplement": "roadmap supplement",
    "supplement": "roadmap supplement",
    "roadmap": "roadmap",
    "gap assessment": "gap assessment",
    "white paper": "white paper",
    "technology portfolio": "technology portfolio",
    "strategy": "strategy",
}


# Words of a running header or footer -> the document type it names (most specific first).
RUNNING_TYPES = {"conference paper": "conference paper", "congress paper": "conference paper",
                 "white paper": "white paper", "meeting summary": "meeting summary",
                 "summary record": "meeting summary", "minutes": "minutes", "newsletter": "newsletter",
                 "press release": "news", "news release": "news", "annual report": "annual report",
                 "gaps? assessment": "gap assessment", "technology assessment": "gap assessment",
                 "supplement": "roadmap supplement", "roadmap": "roadmap", "strategy": "strategy"}


def load_catalog(corpus_dir: Path) -> dict[str, dict]:
    """Entries keyed by file name (relative to the corpus folder)."""
    path = Path(corpus_dir) / CATALOG_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc}); fix it or remove it") from exc
    entries = data.get("documents", {})
    unknown = {k for entry in entries.values() for k in entry} - set(FIELDS) - {"id"}
    if unknown:
        log.warning("%s: unknown fields ignored: %s (known: %s)", path, ", ".join(sorted(unknown)), ", ".join(FIELDS))
    return entries


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "document"


def describe(file_name: str, raw: RawDocument, pages: list[CleanPage], entry: dict | None) -> dict:
    """Metadata for a document: catalog fields win; gaps are filled from the file itself."""
    found = _from_file(file_name, raw, pages)
    if entry:
        merged = {**found, **{k: v for k, v in entry.items() if k in FIELDS and v is not None}}
        merged["metadata_source"] = "catalog"
        return merged
    found["metadata_source"] = "extracted"
    return found


def same_metadata(doc: Document, entry: dict | None) -> bool:
    """Whether a published document still agrees with its catalog entry (or lack of one)."""
    if not entry:
        return doc.metadata_source != "catalog"
    return doc.metadata_source == "catalog" and all(
        getattr(doc, k) == v for k, v in entry.items() if k in FIELDS and v is not None)


def _from_file(file_name: str, raw: RawDocument, pages: list[CleanPage]) -> dict:
    info = raw.info
    title = label = (info.get("title") or "").strip()
    other_name = None  # the file's label, when the title its first page sets replaces it: a second name of it
    if not title or title.lower() in {"untitled", "untitled document", "microsoft word", "document"} \
            or _FILE_TITLE.search(title) or _NO_TITLE.match(title) or _names_only(title) or _TOOL_TITLE.match(title) \
            or _series_label(title):
        title = _head_title(raw) or _first_heading(pages) or Path(file_name).stem.replace("_", " ").replace("-", " ")
    elif _PAPER_CODE.match(title):  # a paper's code and a short name, its file's label ("IAC-16-A5.1.3 final"): the
        title = _head_title(raw) or _first_heading(pages) or title  # heading its first page sets is the title
    elif (heading := _first_heading(pages)) and _page_title_wins(heading, title):
        title, other_name = heading, title  # (a reader may name it either way: "the 2018 Gateway overview")
    title = _with_edition(title, _running_edition(raw, title))
    year = None
    # (the title page: past a first page of front matter, "Contents" or "Foreword", when one follows)
    first = pages[title_page(pages)].text[:500] if pages else ""
    running = _running_lines(raw)
    # a paper's code heading its first page ("IAC-19-B3.1.2"): the paper's year, before the years its abstract names
    head_code = next((m for line in (raw.pages[0][:HEAD_TITLE_LINES] if raw.pages else [])
                      for m in [_PAPER_CODE.match(line.text)] if m), None)
    # (the file's label after the title the page sets: "... (2018 overview)" over a heading with no year)
    for text in (*(_PERIOD.sub(" ", _CITED_YEAR.sub(" ", name)) for name in (title, other_name) if name),
                 info.get("subject", ""), _own_year_text(first),
                 # (the page's other years but a period's, "A History in Dates, 2006–2025 / Edition of April 2025")
                 head_code and _code_year(head_code), _PERIOD.sub(" ", first),
                 # then where else a document sets its date: a running header or footer ("ISECG White Paper · June
                 # 2017", dropped from every page by the cleaner), the first page's foot, a copyright line
                 *[_CITED_YEAR.sub(" ", line) for line in running if not _PAPER_CODE.match(line)],
                 *[_CITED_YEAR.sub(" ", line.text) for line in (raw.pages[0][-EDGE:] if raw.pages else [])],
                 # (a range's last year: "© 2007–2020 ISECG")
                 *[re.sub(r"\b(?:19|20)\d\d\s*[–—-]\s*(?=(?:19|20)\d\d\b)", "", line) for line in _copyright_lines(raw)],
                 first):  # (last, a period's first year: a plan's "Strategy 2025-2035" dated no otherwise)
        years = re.findall(r"\b(19[5-9]\d|20\d\d)\b", text or "")
        if years:
            year = int(years[0])
            break
    code = next((m for line in running for m in [_PAPER_CODE.match(line)] if m), None)
    if year is None and code:  # "IAC-18-C3.2.4 Page 1 of 3" at the foot of each page: the paper's year
        year = int(_code_year(code))
    if year is None:  # a dated line of its own on the next pages ("Montreal, May 2016" below a foreword's signature)
        year = next((int(m.group(1)) for lines in raw.pages[1:3] for line in lines
                     if len(line.text.split()) <= 6 and not _CITED_YEAR.search(line.text)
                     for m in [_MONTH_YEAR.search(line.text)] if m), None)
    if year is None:  # (the file's creation: a converter's run, maybe years after the document)
        match = re.search(r"D:(\d{4})", info.get("creationdate", ""))
        year = int(match.group(1)) if match else None
    # (the file's label, when the page's title replaced it: "Moon to Mars architecture white paper 2023" names its
    # genre, where that title may name another work's, "Agency Plans and the Global Exploration Roadmap")
    doc_type = next((t for text in ((other_name,) if other_name else (title, label)) for words, t in DOCUMENT_TYPES.items()
                     if words in text.lower()), None)
    # what a running header or footer says the document is ("ISECG Plenary · Meeting Summary · March 2019", a
    # paper's code), which the cleaner drops from every page
    doc_type = "conference paper" if code else next(
        (t for line in running for words, t in RUNNING_TYPES.items()
         if re.search(rf"\b{words}\b", _CITED_WORK.sub(" ", _BODY_NAME.sub(" ", line)), re.I)),
        doc_type)
    return {"title": title, "year": year, "publisher": info.get("author") or None, "type": doc_type, "source_url": None,
            "label": other_name}


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# The name of a body a running line may carry ("ISECG Exploration Roadmap Working Group"): no genre of the document.
_BODY_NAME = re.compile(r"\b(?:[A-Z][\w\-]*\s+){1,5}(?:Working\s+Group|Team|Committee|Task\s+Force|Board|Office|Secretariat)\b")
# Another work a running line names after a preposition ("A contribution to the Global Exploration Roadmap (2018)",
# "Supplement to the Global Exploration Roadmap"): its genre is that work's, not the document's.
_CITED_WORK = re.compile(r"\b(?i:to|on|for|from|with|beyond|towards|after|under|about|into|of|in)\s+(?i:the|its)\s+"
                         r"(?:[\w\-’']+\s+){0,6}?(?i:" + "|".join(RUNNING_TYPES) + r")\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\.?\s+(?:\d{{1,2}},?\s+)?((?:19|20)\d\d)\b", re.I)
_FULL_DATE = re.compile(rf"\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MONTH}\s+\d{{4}}|\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
                        r"|\b\d{4}-\d\d-\d\d\b", re.I)
_LABEL_LINE = re.compile(r"^[\w ]{1,20}:\s|^(?:[-–—_=*~]\s*){3,}$")  # "Place: Tokyo", a rule
# "Full Name of a Body (ACRONYM)", not a meeting's ("Senior Agency Managers Meeting (SAM-24)")
_BODY_LINE = re.compile(r"^(?![\w.&'’ -]+\b(?:Meeting|Workshop|Plenary|Session|Symposium)\s\()[A-Z][\w.&'’ -]+\s\(([A-Z][\w&-]{1,9})\)$")
# A body's name alone ("INTERNATIONAL SPACE EXPLORATION COORDINATION GROUP", "ISECG Secretariat"): no title while
# another line is one (a headline "ISECG Welcomes New Member Agency" reads alike).
_NAME_LINE = re.compile(r"^(?:(?:[A-Z][\w&.'’-]*|of|for|the|and|on)\s+){0,7}(?i:group|agency|administration|"
                        r"organi[sz]ation|secretariat|committee|council|centre|center|institute|office|directorate|"
                        r"federation|association)$")
# A genre label, alone or after the issuing body ("ISECG | News release"), or a release notice ("For immediate
# release", "Embargoed until 10:00 CET").
_GENRE_LINE = re.compile(r"^(?-i:[A-Z][A-Z\d&.-]+\s*[|·•:–—-]?\s*|[A-Z][\w&.-]*\s*[|·•:–—-]\s*)?(?:(?:press|news|media)\s+release|news|media\s+advisory|"
                         # a site's section ("ISECG Newsroom", "Latest news", "News & events"), its date after it
                         # ("ISECG NEWS — OCTOBER 2021")
                         r"(?:latest\s+)?news(?:room)?(?:\s+(?:&|and)\s+(?:events|updates|media))?|press\s+(?:room|releases|centre|center)|"
                         r"media\s+(?:centre|center|room)|communiqu[ée]|statement|report)"
                         rf"(?:\s*[|·•,:–—-]\s*(?:\d{{1,2}}\s+)?{_MONTH}\.?\s+(?:19|20)\d\d)?$|^(?:issued|released|published|posted|dated|embargoed)\b"
                         r"|\bfor\s+immediate\s+(?:release|publication)\b"
                         # a status or handling notice, of its words alone: "DRAFT – FOR DISCUSSION", "Internal – not
                         # for distribution", "Draft v0.3", "For review only"
                         r"|^[\W\d]*(?:(?:draft|for|discussion|internal|not|distribution|confidential|restricted|"
                         r"provisional|only|use|review|comments?|citation|quotation|do|pre-?decisional|sensitive|"
                         r"unclassified|limited|working|v|version)\b[\W\d]*)+$", re.I)
HEAD_TITLE_LINES = 12
_TITLE_FIELD = re.compile(r"^(?i:title)\s*:\s*[\"']?(.{3,200}?)[\"']?$")
# A line giving the edition of the title above it: "Second Edition", "Fourth edition, 2024", after the part of it the
# document is ("Executive Summary — Third Edition, January 2018").
_ORDINALS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|1st|2nd|3rd|"
             r"[4-9]th|1[0-2]th")
_EDITION_LINE = re.compile(rf"^\W*(?:(?P<part>(?:[A-Z][\w\-]*\s+){{0,2}}[A-Z][\w\-]*)\s*[—–:|·-]\s*)?(?P<edition>(?i:{_ORDINALS})\s+(?i:edition))\b"
                           r"(?:\W+(?:\w+\s+)?(?:19|20)\d\d)?\W*$")
COVER_WORDS = 20
# A heading that is a date only: "August 2022", "Spring 2019", "2019".
_DATE_ONLY = re.compile(r"^\W*(?:(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|spring|summer|"
                        r"autumn|fall|winter)?\s*(?:19|20)\d\d\W*$", re.I)
# A section's heading, no title: "1. Roll call", "2.3 Findings", "Introduction", "Executive Summary".
_SECTION = re.compile(rf"^(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+\S|(?i:{SECTION_NAMES})\W*$)")
# A file's metadata title that names a file, not the document: what a converter puts there when the source had no
# title ("minutes-2020-09.html", "Microsoft Word - draft_v3.docx", "C:\\Users\\...\\report.pdf", "file:///tmp/x.htm").
_FILE_TITLE = re.compile(r"\.(?:html?|xhtml|php|aspx?|docx?|odt|rtf|pdf|txt|md|tex|pptx?|indd|xml)\s*$|^(?:file|https?)://|"
                         r"^[A-Za-z]:\\|^/\S+/", re.I)
# A metadata title a tool gives, no document's: a page layout's or a slide's name ("Layout 1", "PowerPoint
# Presentation", "Slide 1", "Untitled-3"), a file's name of joined words ("GER-supplement-final-web",
# "isecg_white_paper_v2"), a series label alone ("ISECG White Paper", "Newsletter").
_TOOL_TITLE = re.compile(r"^(?i:(?:layout|slide|page|untitled|document|presentation|powerpoint\s+presentation|print|final|"
                         r"draft|title|book|artboard|frame)\s*[-_ ]?\s*\d*)$|^[\w.]+(?:[-_][\w.]+){2,}$"
                         r"|^(?i:(?:ISECG|the|an?|white|paper|newsletter|news|annual|report|minutes|series|technical|note|"
                         r"press|release|summary|meeting|supplement)\s*)+$")
# A heading that is no title: a code ("IAC-19-A5.1.2"), a year, a genre label, a single word ("ISECG").
_NO_TITLE = re.compile(r"^\S*\d\S*$|^\W*\w+\W*$"
                       # a field of the document's number, its label then a code: "Document reference ISECG-TWG-TOR",
                       # "Ref.: TN-2015-03", "Document No. 4"
                       r"|^(?i:(?:document|doc\.?|report|paper)\s+)?(?i:reference|ref\.|number|no\.|code|identifier)\s*:?\s*"
                       r"[\w./-]*[\d/.-][\w./-]*$")
# A date still to come: "to be released in January 2018", "due in", "at the next meeting on".
_FUTURE = (r"\b(?:to\s+be|will(?:\s+\w+)?\s+be|due|expected|planned|scheduled|foreseen|next\s+(?:meeting|issue|edition))"
           r"\b[^.;]{0,40}?\b(?:in|on|by|for|at)\s+")
# A year of another work, a period or a horizon a first page names ("of 12 May 2016", "the 2011 roadmap", "to 31
# December 2016", "Scenario to 2030", "The Roadmap after 2013", "(ISECG, 2013)": an author's name, not a genre as in the
# document's own label "(press release, February 2025)", "(ISECG white paper, 2023)"; not its own "revision of 12
# September 2024"), a body's founding ("Founded: 2007", "| Formation | 2007 |" in a fact box, "established in 2007"),
# and a line of prose (ten words or more, a third of them lower-case, ending a sentence).
_CITED_YEAR = re.compile(rf"(?:\b(?<!(?i:revision) )(?<!(?i:version) )(?:of|the|its|from|to|since|until|till|by|beyond|through|towards|after|before)\s+|{_FUTURE}|"
                         r"\b(?:founded|established|created|formed|formation|set\s+up|inaugurated)\s*(?::|\||\b(?:in|on)\b)\s*|"
                         rf"\((?![^),]*\b(?:{'|'.join(RUNNING_TYPES)})\b)(?-i:[A-Z])[\w&.\- ]{{1,40}},\s*)"
                         rf"(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?(19[5-9]\d|20\d\d)\b", re.I)


def _prose(line: str) -> bool:
    words = line.split()
    return (len(words) >= 10 and sum(w[0].islower() for w in words) >= len(words) / 3
            and bool(re.search(r"[a-z)\d]{2}[.!?]\W*(?:\s|$)", line)))


def _own_year_text(text: str) -> str:
    """The first page's head as far as it names the document's own year: its lines before the first line of
    prose, without the years of works or periods it names."""
    lines = []
    for line in text.split("\n"):
        if lines and _prose(line):
            break
        if CITING_LINE.search(line):  # a work it cites: "Reference: The Global Exploration Roadmap, January 2018"
            continue
        lines.append(_CODE_YEAR.sub(" ", _PERIOD.sub(" ", _CITED_YEAR.sub(" ", line))))
    return "\n".join(lines)


# A year inside a report's number or code ("Report No. ISECG-TR-2022-07", "ISECG/TN/2022-014"): the year the number
# was given, maybe not the issue's; a dated line of the head goes first (the whole page still gives it after).
_CODE_YEAR = re.compile(r"\b[A-Za-z]+(?:[-/_][A-Za-z\d]+)*[-/_](?:19|20)\d\d(?:[-/_.]\w+)*")
# A span of years a title or a first page's head names ("Science and Technology Demonstrations, 2027–2032",
# "Strategy 2025-2035"): the period it plans or covers, not the year it was issued.
_PERIOD = re.compile(r"\b(?:19|20)\d\d\s*[–—-]\s*(?:(?:19|20)\d\d|\d\d)\b(?![–-]\d)")  # (not "2013-08-20")


def _head_title(raw: RawDocument) -> str | None:
    """The title of a plain-text document (no font, no Markdown heading): the first short paragraph line
    of its head that is not a genre label ("PRESS RELEASE"), the issuing body ("International ... Group
    (ISECG)"), a dateline ("For immediate release - 19 May 2023"), a "Label: value" line or a rule."""
    lines = raw.pages[0] if raw.pages else []
    field = next((m.group(1) for line in lines[:HEAD_TITLE_LINES] if (m := _TITLE_FIELD.match(line.text.strip()))), None)
    if field:  # "Title: Lunar Surface Power Study", a front matter's "title: ..."
        return field[:200]
    if any(line.size for line in lines):
        return None
    # (Markdown's first-level heading is its title: a line above it is a series or a body, "ISECG Technical Note 4")
    if any(line.level == 1 and _heading_title(line.text) for line in lines):
        return None
    # (a page about a body, "# International Space Exploration Coordination Group" over sections only, "## 1. History":
    # its one first-level heading, the body's name, is the title)
    names = [line.text.strip() for line in lines if line.level == 1 and _NAME_LINE.match(line.text.strip())]
    if len(names) == 1 and not any(line.level == 1 for line in lines if line.text.strip() != names[0]) \
            and not any(line.level == 2 and _heading_title(line.text) for line in lines):
        return names[0]
    # (a plain text's head above its first heading, "1. Introduction": the heading is no title)
    lines = lines[:next((i for i, line in enumerate(lines) if line.level), len(lines))]
    paragraphs: list[list[str]] = [[]]
    for line in lines[:HEAD_TITLE_LINES]:
        text = line.text.strip()
        if text:
            paragraphs[-1].append(text)
        elif paragraphs[-1]:
            paragraphs.append([])
    fallback = None
    for paragraph in paragraphs:
        # prose: a sentence, or wrapped lines of lower-case words (not a head of four short lines: title,
        # subtitle, a heading "Foreword", a date)
        wrapped = [text for text in paragraph if len(text.split()) >= 8
                   and sum(w[0].islower() for w in text.split()) >= len(text.split()) / 3]
        prose = next((i for i, text in enumerate(paragraph) if _prose(text)), None)
        if prose == 0 or prose is None and (len(wrapped) >= 2 or sum(not _LABEL_LINE.match(text) for text in paragraph) > 6):
            return fallback
        head = paragraph[:prose]  # the lines above a sentence run on below them
        for i, text in enumerate(head):
            words = text.split()
            if len(words) == 1 and (text.isupper() or not text[0].isalpha()):  # "ISECG" above the title
                continue
            if (_GENRE_LINE.match(text) or _BODY_LINE.match(text) or _LABEL_LINE.match(text)
                    or _FULL_DATE.search(text) and len(_FULL_DATE.sub(" ", text).split()) <= 4):
                continue
            if _NAME_LINE.match(text):
                fallback = fallback or text
                continue
            if len(words) >= 2 and len(words) <= 25 and text[0].isupper() and not text.endswith((".", ",", ";")):
                edition = _EDITION_LINE.match(head[i + 1]) if i + 1 < len(head) else None
                return _with_edition(text, edition and edition.group("edition"), part=edition and edition.group("part"))[:200]
            return fallback
        if prose is not None:
            return fallback
    return fallback


def _heading_title(text: str) -> bool:
    """Whether a heading may be a title: no code, year, single word, genre label, body, section or date alone."""
    text = text.strip()
    return not (_NO_TITLE.match(text) or _GENRE_LINE.match(text) or _EDITION_LINE.match(text) or _BODY_LINE.match(text)
                or _NAME_LINE.match(text) or _SECTION.match(text) or _DATE_ONLY.match(text)
                or re.search(r"\b(?i:series)\W*$", text)  # a series' name above the title: "ISECG Technical Report Series"
                # a person's name, a profile's or a byline's: "Dr. Anne Smith", "Prof. J. Doe"
                or re.fullmatch(r"(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+(?:[A-Z][\w.’'-]*\s*){1,4}", text))


def _with_edition(title: str, edition: str | None, *, part: str | None = None) -> str:
    """"The Global Exploration Roadmap — Second Edition" of a title and the edition a line below it or a running
    header gives ("Second Edition"), then the part of that edition the document is, when the line names one the
    title does not ("Executive Summary — First Edition": "... — First Edition — Executive Summary")."""
    if edition is None or re.search(r"\bedition\b", title, re.I):
        return title
    part = part if part and not re.search(rf"\b{re.escape(part)}\b", title, re.I) else None
    return f"{title} — {edition}" + (f" — {part}" if part else "")


# A running header or footer naming the title and its edition ("The Global Exploration Roadmap | Third Edition",
# "Global Exploration Roadmap – 3rd edition – January 2018"), which cleaning drops from every page as a repeated line.
_RUNNING_EDITION = re.compile(rf"^\W*(?P<title>.+?)\s*[—–:,|·•(-]\s*(?P<edition>(?i:{_ORDINALS})\s+(?i:edition))\b")
EDGE = 2  # lines at a page's top or bottom a running line stands in


def _running_edition(raw: RawDocument, title: str) -> str | None:
    """The edition a line at the edge of two or more pages after the first gives the title: the line opens with
    the title (a header of another work, "Supplement to the Global Exploration Roadmap, Third Edition", names none
    of this one's)."""
    def key(text: str) -> str:
        return " ".join(re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"[^\w\s]", " ", text.lower()).strip()).split())

    own, seen = key(title), {}
    for lines in raw.pages[1:]:
        for line in {line.text.strip() for line in lines[:EDGE] + lines[-EDGE:]}:
            m = _RUNNING_EDITION.match(line)
            if m and own and key(m.group("title")) == own:
                seen.setdefault(m.group("edition").lower(), []).append(m)
    found = [ms for ms in seen.values() if len(ms) >= 2]
    return found[0][0].group("edition") if len(found) == 1 else None


def _title_run(page: CleanPage, segments: list, i: int, level: int, text: str) -> tuple[str, int]:
    """A title set over two headings of its size, one after the other with nothing between: "Scientific
    Opportunities Enabled by Human Exploration" above "Beyond Low-Earth Orbit", "ISECG" above "Annual Report
    2018", "Annual Report" above "2012" (not a section's heading, a genre label or an edition line below it); and
    where the title ends in the page's text."""
    def adjacent(a, b) -> bool:
        return not page.text[a.end:b.start].strip()

    def part(seg) -> str | None:
        found = page.text[seg.start:seg.end]
        return None if (seg.level != level or _SECTION.match(found) or _EDITION_LINE.match(found)
                        or _GENRE_LINE.match(found) and not re.fullmatch(r"\W*[A-Z][A-Z\d&]{1,9}\W*", found)
                        or _FULL_DATE.search(found) or len(found.split()) > 15) else found
    end, j = segments[i].end, i + 1
    # (a title set over three lines spaced apart, "Human and Robotic Partnership" / "in the Exploration of" / "Small
    # Bodies"; a title and its subtitle after a colon, "Beyond the Gateway:" / "Mars Transit Habitat Options"; a
    # year set larger between them, "Exploration Technology Roadmap" / "2030" / "Priorities for ...")
    while j < len(segments) and j - i <= 3 and adjacent(segments[j - 1], segments[j]) and not text.endswith((".", ";")):
        found = page.text[segments[j].start:segments[j].end].strip()
        after = found if re.fullmatch(r"(?:19|20)\d\d", found) else part(segments[j])
        if not after or re.match(r"^\S*\d\S*$", after) and not re.fullmatch(r"(?:19|20)\d\d", after):
            break
        text, end, j = f"{text} {after}", segments[j].end, j + 1
    if i and adjacent(segments[i - 1], segments[i]):
        before = part(segments[i - 1])
        lead = " ".join(page.text[segments[i - 1].start:segments[i - 1].end].split())
        if before and re.fullmatch(r"[A-Z][A-Z\d&-]{1,9}", before):  # a body's acronym above the title, "ISECG"
            text = f"{before} {text}"
        # the title's opening words set smaller above it, ending where they cannot end: "The Case for" / "Lunar
        # Far-Side Radio Astronomy"
        elif len(lead.split()) <= 8 and re.search(r"\b(?i:for|of|the|to|and|in|on|a|an|with|towards?|beyond|from|at|by)$", lead):
            text = f"{lead} {text}"
    return text, end


# A congress paper's code opening a running line: "IAC-18-C3.2.4 Page 1 of 3", "GLEX-2021,1,1,5 – 2".
_PAPER_CODE = re.compile(r"^\W*[A-Z]{2,5}-(\d\d|(?:19|20)\d\d)(?:-[A-Z]\d{1,2}\.|,\s?[A-Z]?\d{1,2},)")


def _code_year(code: re.Match) -> str:
    return code.group(1) if len(code.group(1)) == 4 else str(2000 + int(code.group(1)))


def _running_lines(raw: RawDocument) -> list[str]:
    """The lines at the top or bottom of two or more pages that repeat (their numbers aside): running headers and
    footers; of a single page, its edge lines that hold a paper's code."""
    def key(text: str) -> str:
        return re.sub(r"\d+", "#", " ".join(text.split()).lower())

    seen: dict[str, list[str]] = {}
    for lines in raw.pages[:12]:
        for text in {line.text.strip() for line in lines[:EDGE] + lines[-EDGE:]}:
            if text:
                seen.setdefault(key(text), []).append(text)
    found = [texts[0] for texts in seen.values() if len(texts) >= 2]
    if len(raw.pages) == 1:
        found += [texts[0] for texts in seen.values() if _PAPER_CODE.match(texts[0])]
    return found


def _names_only(title: str) -> bool:
    """A title of names and labels only, the site's or the body's: "ISECG – International Space Exploration
    Coordination Group", "ISECG | News", "Home"."""
    parts = [part.strip() for part in re.split(r"\s+[|–—:·•-]\s+|\s*›\s*", title) if part.strip()]
    return bool(parts) and all(re.fullmatch(r"[A-Z][A-Z\d&.-]{1,9}|(?i:home|news|index|welcome)", part)
                               or _NAME_LINE.match(part) or _BODY_LINE.match(part) or _GENRE_LINE.match(part)
                               for part in parts)


# A copyright line: "© 2014 International Space Exploration Coordination Group", "Copyright © ISECG 2020".
_COPYRIGHT = re.compile(r"(?:^|[.;·|•]\s)\W*(?:©|\bCopyright\b)\s*©?\s*(?:(?:by\s+)?(?:the\s+)?[A-Z][\w&.\-]*\s+){0,6}"
                        r"(?:(?:19|20)\d\d\s*[–—-]\s*)?(?:19|20)\d\d\b")
# A picture's credit, no copyright of the document: "Image of the south pole. © NASA 2015", a figure's caption above it.
_PICTURE = re.compile(r"\b(?i:image|photo|photograph|picture|figure|fig\.|credit|illustration|map|cover|courtesy)\b")


def _copyright_lines(raw: RawDocument) -> list[str]:
    """The copyright lines of a document ("© 2014 International Space Exploration Coordination Group. All rights
    reserved."), not a picture's credit (its line or the one above names the picture)."""
    return [line.text for lines in raw.pages for i, line in enumerate(lines) if _COPYRIGHT.search(line.text)
            and not _PICTURE.search(line.text) and not (i and _PICTURE.search(lines[i - 1].text))]




def title_page(pages: list) -> int:
    """The index of the page a document's title stands on: the first, unless it opens with front matter ("Contents",
    "Foreword") and one of the next two does not."""
    def opening(page) -> str:
        text = page.text if hasattr(page, "text") else ""
        return next((line for line in text.split("\n") if line.strip()), "")
    if not pages or not FRONT_MATTER.match(opening(pages[0])):
        return 0
    return next((i for i in range(1, min(3, len(pages))) if not FRONT_MATTER.match(opening(pages[i]))), 0)


def _first_heading(pages: list[CleanPage]) -> str | None:
    """The title among the first page's headings: of the largest type (a series name or body above it, "ISECG
    White Paper Series", is set smaller), not a code, a year or a single word; with the edition line below it."""
    fallback = None
    start = title_page(pages)
    for page in pages[start:start + 2]:
        segments = [seg for seg in page.segments if seg.kind != "row"][:12]  # (a cover's logos: rows, one a line)
        # (not a line of prose set large, running on in the text below it: "The chair of ... why twenty-three" /
        # "agencies still need to talk")
        headings = [(seg.level, page.text[seg.start:seg.end], nxt is not None and nxt.kind == "body"
                     and page.text[nxt.start:nxt.start + 1].islower())
                    for seg, nxt in zip(segments, [*segments[1:], None]) if seg.kind == "heading"]
        titles = [(i, level, text) for i, (level, text, runs_on) in enumerate(headings)
                  if _heading_title(text) and not runs_on]
        if titles:
            i, level, text = min(titles, key=lambda t: (t[1], t[0]))
            text, end = _title_run(page, [seg for seg in segments if seg.kind == "heading"], i, level, text)
            after = page.text[end:].lstrip("\n").split("\n", 1)[0]
            edition = _EDITION_LINE.match(after)
            # a body's name set in the title's type and joined to it as one heading ("INTERNATIONAL SPACE
            # EXPLORATION COORDINATION GROUP Planetary Protection ...", "International Space Exploration Coordination
            # Group Heads of Delegation Meeting — Minutes"): no part of the title
            # (in capitals, or a body's full name of four words or more: "ISECG Senior Agency Managers Meeting" is a title)
            words = text.split()
            banner = next((k for k in range(1, min(9, len(words) - 1)) if _NAME_LINE.match(" ".join(words[:k]))
                           and words[k][0].isupper() and (k >= 4 or " ".join(words[:k]).isupper())), None)
            if banner:
                text = " ".join(words[banner:])
            if not edition:
                text = _with_subtitle(page, segments, end, level, text)
            return _with_edition(text, edition and edition.group("edition"), part=edition and edition.group("part"))[:200]
        if headings and fallback is None:  # (a genre word alone, "Minutes", before a section's heading, "1. Roll call")
            fallback = next((text for _, text, runs_on in headings if not _SECTION.match(text) and not runs_on),
                            headings[0][1])[:200]
        if fallback is not None and not is_cover(page):  # (a cover's "ISECG" / "2016": the title page after it)
            return fallback
    return fallback


# A periodical's issue, whose first page's headings are its stories': "ISECG Newsletter · Issue 21", "Exploration News".
_PERIODICAL = re.compile(r"\b(?i:newsletter|bulletin|magazine|news(?!\s+(?:release|item|story)))\b")
# A heading ending where no title ends: a credit's label ("Prepared by"), a line of prose ("You took over the group in").
_OPEN_END = re.compile(r"\b(?i:by|for|of|with|and|the|in|to|on|at|an?)\W*$")
# A genre label of its words alone below a title: "Working Paper", "White Paper Series", "Technical Note".
_GENRE_WORDS = re.compile(r"^(?i:(?:ISECG|the|an?|white|working|discussion|position|concept|technical|information|"
                          r"paper|note|report|study|digest|series|newsletter|annual|final|summary|brief(?:ing)?)\W*)+$")


def _page_title_wins(heading: str, label: str) -> bool:
    """Whether the title the first page sets replaces the file's metadata title: a reader cites the page, and a file's
    label of it differs ("GER Supplement 2022 digest", "ISECG Press Release 19 November 2020", "GES implementation
    status 2011"). Not when the label says the heading's words and more ("ISECG Annual Report 2022" over "Annual
    Report 2022"), is a genre and a year the heading does not spell out ("Annual Report 2019" over "Highlights of the
    Year") or a periodical's issue (its headings are stories), nor when the heading is no title: a genre's label, a
    kicker in capitals ("DUST ON THE MOON"), a line ending where no title ends ("Prepared by")."""
    return (_heading_title(heading) and not _words_of(heading, label) and not _genre_label(heading)
            and not _OPEN_END.search(heading) and not heading.isupper() and not _PERIODICAL.search(label)
            and (not _genre_label(re.sub(r"\b(?:19|20)\d\d\b", " ", label)) or _words_of(label, heading)))


def _genre_label(text: str) -> bool:
    """A genre's label, after the body's name maybe: "ISECG White Paper", "Coordination Group Technical Note"."""
    words = text.split()
    return any(_GENRE_WORDS.match(" ".join(words[k:])) for k in range(len(words))
               if not k or _NAME_LINE.match(" ".join(words[:k])))


def _words_of(heading: str, title: str) -> bool:
    """Whether a heading's words are all words of a metadata title (case, punctuation, plurals and a date aside)."""
    def words(text: str) -> set[str]:
        return {w.casefold().removesuffix("s") for w in re.findall(r"[^\W_\d]+", _MONTH_YEAR.sub(" ", text))
                if not re.fullmatch(_MONTH, w, re.I)}
    return words(heading) <= words(title)


def _series_label(title: str) -> bool:
    """A metadata title that is a series' or report's label and number, no title: "ISECG White Paper Series · No. 4",
    "Report No. ISECG-TR-2023-02" (a periodical's issue, "ISECG Newsletter No. 12", is its title)."""
    rest = re.sub(r"\W*\b(?i:no|nr|number|vol|volume)\b\.?\s*[\w./-]*\d[\w./-]*\W*$|\W*#\s*\d+\W*$", "", title)
    return rest != title and bool(_GENRE_WORDS.match(rest)) and not re.search(r"(?i:newsletter|bulletin)", rest)


# A heading ending in a genre's or series' name, with its number: "ISECG White Paper", "Technical Note No. 7",
# "Global Exploration Roadmap Supplement": the title proper is the line below it.
_LABEL_END = re.compile(r"\b(?i:paper|note|report|supplement|series|study|digest|newsletter|bulletin|brief(?:ing)?)"
                        r"(?:\W+(?i:no|nr|number|vol)\.?\s*\d+)?\W*$")


def _with_subtitle(page: CleanPage, segments: list, end: int, level: int, title: str) -> str:
    """A genre's or series' label set largest and the title below it in smaller type, still a heading's ("ISECG White
    Paper" over "Water Ice Prospecting ...", "Global Exploration Roadmap Supplement" over "Lunar Surface Exploration
    Scenario Update"), past a date line between them: not a section's heading, a dateline
    ("ISECG · 2013-08-20 · Digest", "released 31 May 2007"), a genre label, a body's name or a line of prose."""
    if not _LABEL_END.search(title):  # (a title's own subtitle: its words would make it and the works named
        return title                  # after it longer than a reader names them, "the Critical ... Assessment")
    following = [seg for seg in segments if seg.start >= end]
    if following and following[0].kind != "heading" and _DATE_ONLY.match(page.text[following[0].start:following[0].end]):
        end, following = following[0].end, following[1:]  # "Radiation Protection ..." / "March 2025" / its subtitle
    if not following or following[0].kind != "heading" or following[0].level <= level \
            or page.text[end:following[0].start].strip():
        return title
    found = " ".join(page.text[following[0].start:following[0].end].split())
    sub = re.sub(r"^[\s–—-]+|[\s–—-]+$", "", found)
    words = sub.split()
    long = [w for w in re.findall(r"[^\W\d_][\w’'-]{3,}", sub)]
    if (not words or not sub[0].isupper() or len(words) > 16 or re.search(r"[.;]$|[·|•]", sub) or _prose(sub)
            or _SECTION.match(sub) or not _heading_title(sub) or _MONTH_YEAR.search(sub) or _FULL_DATE.search(sub)
            or _OPEN_END.search(sub)
            or re.search(rf"\b\d{{1,2}}\s+{_MONTH}\b", sub, re.I) or _GENRE_WORDS.match(sub)
            # a standfirst in sentence case, most of its words lower-case: "A year of working apart, together"
            or sum(w[0].islower() for w in long) > len(long) / 2):
        return title
    return f"{title} — {sub}"


def is_cover(page: CleanPage) -> bool:
    """A cover page of a few words (a body's name, a logo's letters, a year) before the title page."""
    return len(page.text.split()) <= COVER_WORDS and page.text.count("\n") < 6
