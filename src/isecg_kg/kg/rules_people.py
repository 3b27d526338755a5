"""Rules for people and authorship: who a person works for ("Kathy Laurini (NASA)", "Naoki Sato of
JAXA", "JAXA's Naoki Sato", "the President of POLSA, Dr Grzegorz Brona", an authors table), and who
wrote a paper the document cites by its code ("paper IAC-07-B3.1.08, by A of NASA and B") or the
document itself ("this white paper, issued by ISECG", "ISECG published this supplement").

People are ``schema:Person`` with ``schema:affiliation``; authors are ``dcterms:creator`` of the work.
"""

from __future__ import annotations

import re

from ..text import PLAIN_FIGURES, SUPERSCRIPT_DIGITS
from .context import Context, State
from .dates import find_dates
from .facts import Evidence
from .reference import Entity
from .rules_event_frame import GATHERING_RE
from .rules_org import (PROSE_VERB_RE, RECORD_GENRES, REPORT_GENRES, TAKES_PART_IN_RE, WORK_WORD_RE, YEAR_CELL_RE, number,
                        run_on_bodies, unpiped)
from .text import BODY_RE, ORG_LIKE, TABLE_CAPTION_RE, Line, Sentence, clause_start, clean_name, coordinated, subjects
from .vocab import term

# "Élodie", "Pierre-Luc", "Min-jae", "O'Brien", "McKenzie", "MacLean"; Latin Extended-A too: "Łukasz Wiśniewski", "Pavel Dvořák"
_NAME = r"[A-ZÀ-ÞĀ-Ž](?:['’][A-Z])?[a-zß-ÿā-ž]+(?:(?:(?<=\bMc)|(?<=\bMac))[A-Z][a-zß-ÿā-ž]+)?(?:-[A-Za-zÀ-ÿĀ-ž][a-zß-ÿā-ž]+)?"
# "Anna Berg", "Marcus T. Oyelaran", "Jeroen van Dalen", "Marta Oliveira Kessler", "Pieter van der Linde",
# "Rosa de la Cruz"
_PARTICLE = r"(?:Al|al|van|von|de|du|da|der|den|del|della|di|dos|la|le|ter|bin)"
PERSON = rf"(?:(?:Dr|Prof|Ms|Mr|Mrs|Ing|Eng)\.?\s+)?({_NAME}(?:\s+[A-Z]\.)?(?:\s+{_PARTICLE}){{0,2}}\s+{_NAME}" \
         rf"(?:\s+{_NAME})?)"
AUTHOR_ROW_RE = re.compile(rf"{PERSON},?\s+\S")  # "Anna Berg ESA ...", "Anna Berg, European Space Agency (ESA), ..."
# not "d'Etudes Spatiales (CNES)"; a row's role in brackets between: "Rachel Whitfield (co-lead) NASA"
PERSON_END_RE = re.compile(rf"(?<![\w\-'’]){PERSON}\s*(?:\((?:\s*[a-z][\w\-]*){{1,3}}\s*\)\s*)?(?:[(\[]\s*)?$")
NAME_RUN_END_RE = re.compile(r"[A-Z][\w\-]*\s+(?:(?:of|for|the|de|di)\s+)?$")
PERSON_AFTER_ROLE_RE = re.compile(rf"^\s*,?\s*{PERSON}\b")
# A person and their body set apart by a dash, or by a comma when the person opens a sentence or an item of a
# list: "Naoki Sato – JAXA, chair team lead", "Editors: Rebecca Hale, NASA Headquarters; Tomoko Ishida, JAXA".
# ... and a cell of its unit or place may come between: "Lukas Brenner — ESTEC, ESA, Noordwijk".
PERSON_DASH_RE = re.compile(rf"(?<![\w\-]){PERSON}\s+[–—-]\s+(?P<cell>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,3}},\s+)?$")
# a table's cell opens an item too, and a dash after an item's topic: "surface power — Sophie Marchand, CNES"
# ... or an item of a list in prose: "The paper's authors are Ana Lima, NASA, and Rui Paz, ESA".
PERSON_COMMA_RE = re.compile(rf"(?:^|[;:·|–—]\s*|(?:^|\s)[-•*]\s+|(?:^|\s)\d{{1,2}}[.)]\s+|^\W+|,?\s+and\s+|\bby\s+|\b(?:are|were|"
                             rf"comprised|comprises|included|includes|include)\s+){PERSON},\s+$")
ROLE = (r"(?:Director|President|Head|Chief|Administrator|Chair(?:man|woman|person)?|Manager|Minister|Secretary|"
        r"Officer|Coordinator|Representative|Delegate|Leader|Lead|Editor|Deputy|Vice|Executive|Scientist|Engineer|"
        r"Advis[eo]r|Counsellor|Counselor)")
# A person named with their post in a group, their own agency in brackets after it: "Ana Lima, ISECG Secretariat lead
# (ESA)", "A B, Technology Working Group co-lead (JAXA)": the person is of the agency; the group is where the post is.
# ... or the post first: "Ana Lima, Head of the ISECG Secretariat (ESA)".
PERSON_POST_BRACKET_RE = re.compile(rf"{PERSON},\s+(?:(?:[\w\-]+\s+){{1,5}}?(?i:(?:co-?)?{ROLE})|{ROLE}\s+of\s+(?:the\s+)?"
                                    rf"(?:[\w\-]+\s+){{0,4}}[\w\-]+)\s*\(\s*$")
POST_BRACKET_AFTER_RE = re.compile(rf"\s+(?:[\w\-]+\s+){{0,2}}?(?i:(?:co-?)?{ROLE})\s*\(")
POST_OF_BEFORE_RE = re.compile(rf"{PERSON},\s+{ROLE}\s+of\s+(?:the\s+)?$")
UNIT_BRACKET_RE = re.compile(r"(?:\s+[A-Z][\w\-]*){0,3}\s*\(")  # the group's unit, if any, then the bracket: " Secretariat ("
# A person named with their role in the body: "Lucie Tremblay, Director of Exploration Planning at CSA".
PERSON_ROLE_AT_RE = re.compile(rf"{PERSON},\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){{0,2}}?(?i:{ROLE})\b[^,;()]{{0,60}}?\b(?:at|of)"
                               r"\s+(?:the\s+)?$")
# ... or with their role before the body, set apart by commas: "David Ngata, Director of Lunar Systems, ESA"; or
# with the body opening their role: "Ana Lopes, CNES Associate Director for Robotics".
# ... its field after a comma too: "A B, Director General, Space Exploration, CSA".
PERSON_ROLE_COMMA_RE = re.compile(rf"{PERSON},\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?{ROLE}\b[^,;()]{{0,60}},\s+"
                                  r"(?:[A-Z][^,;()]{0,40},\s+)?$")
PERSON_COMMA_END_RE = re.compile(rf"(?<![\w\-'’]){PERSON},\s+$")
# A later item of a list of "Name, Body (ACR)[, place][ – role]" a PDF ran into one line with no separator ("..., Berlin
# Elena Ricci, ASI", "(JAXA) Tim Haltigin, CSA", "– co-lead Sarah Noble, NASA"): the last two words of a name before
# the comma (a place or role may stand right before it), a particle kept with the surname ("Jean-Yves Le Gall").
RUN_ITEM_RE = re.compile(rf"(?:^|.*[\s)])(?!{_PARTICLE}\s)({_NAME}(?:\s+[A-Z]\.)?(?:\s+{_PARTICLE}){{0,2}}\s+{_NAME}),\s+$")
ROLE_AFTER_RE = re.compile(rf"^\s+(?:[A-Z][\w\-]*\s+){{0,2}}?{ROLE}\b")
# A row of a contributors table: a person, then their body's full name and its acronym ("Ivan Petrov Space
# Research Institute (IKI)"), or a body no list has and whom they write for ("Anil Rao Physical Research
# Laboratory, for ISRO"); the person's name is taken short (two words) when the body's words could lengthen it.
_SHORT_PERSON = rf"({_NAME}(?:\s+[A-Z]\.)?(?:\s+{_PARTICLE}){{0,2}}\s+{_NAME}(?:\s+{_NAME})??)"
_BODY_WORDS = r"(?:[A-Z][\w\-’']*\s+(?:(?:of|for|and|the)\s+)*){0,6}[A-Z][\w\-]*"
PERSON_BODY_ACRONYM_RE = re.compile(rf"(?<![\w\-'’]){_SHORT_PERSON}\s+{_BODY_WORDS}\s*\(\s*$")
PERSON_BODY_FOR_RE = re.compile(rf"(?<![\w\-'’]){_SHORT_PERSON}\s+(?P<body>{_BODY_WORDS}(?:\s*\([A-Z][A-Z\- ]{{1,12}}\))?),?"
                                r"\s+(?:for|on behalf of)\s+(?:the\s+)?$")
# ... or with their role in a body the sentence just named: "hosted by CNES and opened by A B, its Chairman".
PERSON_ITS_ROLE_RE = re.compile(rf"[^.;]{{0,80}}?\b{PERSON},\s+its\s+(?:[\w\-]+\s+){{0,2}}?{ROLE}\b")
# A body's role, then the person: "NASA's Associate Administrator for Exploration Systems, Jim Free" (after the body).
ORG_ROLE_PERSON_RE = re.compile(rf"^(?:'s|’s)\s+(?:[\w\-]+\s+){{0,2}}?{ROLE}\b[^,;()]{{0,60}}?,\s+{PERSON}")
# An item of a list of delegations, the body first: "- for NASA, Kathy Lueders (...)", "- for AEB, its President,
# Carlos Moura;" (before and after the body).
FOR_ITEM_LINE_RE = re.compile(r"^\W*(?:for|on behalf of)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5},\s+\S")
# ... or a sentence: "For ESA, Ana Lima attended", "Speaking for ESA, Ana Lima said", "Representing ESA, Ana Lima ..."
FOR_ITEM_RE = re.compile(r"^\W*(?:(?:speaking\s+)?(?:for|on behalf of)|representing)\s+(?:the\s+)?$", re.I)
# The head of a body's delegation after it: "The ASI delegation was led by Ana Lima".
DELEGATION_LED_RE = re.compile(rf"^(?:'s|’s)?\s+delegation\s+(?:(?:was|is|were)\s+)?(?:led|headed)\s+by\s+{PERSON}")
FOR_ITEM_PERSON_RE = re.compile(rf"^,\s+(?:its\s+(?:[\w\-]+\s+){{0,2}}?{ROLE}\s*,\s+)?{PERSON}\s*(?:[,;(.]|$|\s+(?!(?:of|from|at|for|with)\b)[a-z])")
# A person with their body in an apposition before a noun: "Ana Lima, a NASA engineer", "Rui Paz, the ESA lead".
PERSON_A_BODY_RE = re.compile(rf"{PERSON},\s+(?:a|an|the)\s+(?:(?:former|senior|chief|lead|longtime|veteran)\s+)?$")
NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z\-]+\s+)?(?:engineer|scientist|official|manager|researcher|astronaut|director|"
                           r"administrator|lead|leader|representative|delegate|expert|specialist|chief|head|employee|"
                           r"officer|planner|geologist|physicist|spokesperson|spokeswoman|spokesman|executive|"
                           r"veteran|analyst|architect|coordinator)s?\b")
# A person in the body's role: "Dr A B has acted as ESA's representative in the chair" (before and after the body).
SERVED_AS_RE = re.compile(rf"{PERSON}\s+(?:(?:has|had|have)\s+(?:also\s+)?)?(?:acted|served|acts|serves|act|serve|been|"
                          rf"was|is)\s+as\s+(?:the\s+)?$")
ORG_ROLE_AFTER_RE = re.compile(rf"^(?:'s|’s)\s+(?:[\w\-]+\s+){{0,2}}?(?:{ROLE}|representative|delegate)\b")
# A person of the body, in other words: "A B, also of JAXA", "A B from CNES", "Thomas Kerner for DLR", "A B of the
# Italian agency, ASI", "Makiko Ohtake, Institute of Space and Astronautical Science of JAXA".
PERSON_OF_RE = re.compile(rf"{PERSON}(?:\s+|,\s+(?:(?:also|likewise|too)\s+)?)(?:of|from)\s+(?:the\s+)?$")
# ... of a unit the text then calls the body's own: "Matthias Reinholt, of ESTEC, the European Space Agency's centre"
PERSON_OF_UNIT_RE = re.compile(rf"{PERSON},?\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,3}},\s+(?:the\s+)?$")
# ... of a unit hosted at the body: "Pieter Berg of the ISECG Secretariat at ESA's ESTEC"; of two bodies in brackets:
# "Ana Berg (ISECG Secretariat, ESA ESTEC)".
PERSON_OF_AT_RE = re.compile(rf"{PERSON}\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,4}}\s+at\s+(?:the\s+)?$")
PERSON_BRACKETS_RE = re.compile(rf"{PERSON}\s*\([^()]{{1,50}},\s*$")
# a name right after "of" is a unit's ("Director of Human Spaceflight at ESA")
PERSON_AT_RE = re.compile(rf"(?<![\w\-'’])(?<!\bof\s)(?<!\bfor\s)(?<!\bin\s){PERSON}\s+at\s+(?:the\s+)?$")
PERSON_FOR_RE = re.compile(rf"{PERSON}(?:\s+for|,\s+who\s+(?:heads|headed|leads|led|directs|directed|chairs|chaired|"
                           rf"works\s+(?:for|at)|worked\s+(?:for|at)|is\s+with|was\s+with))\s+(?:the\s+)?$")
PERSON_OF_KIND_RE = re.compile(rf"{PERSON}\s+of\s+the\s+(?:[\w\-]+\s+){{0,3}}(?:agency|centre|center|institute|"
                               rf"organi[sz]ation|administration|body)\s*,\s+(?:the\s+)?$")
PERSON_UNIT_OF_RE = re.compile(rf"{PERSON},\s+(?:[A-Z][\w\-]*\s+(?:(?:of|and|for)\s+)?){{1,6}}(?:of|at)\s+(?:the\s+)?$")
# ... set apart by a comma ("Editor: Sofia Lindqvist, for the ISECG Secretariat, which prepared this issue"), unless
# their own body follows ("A B, for Roscosmos, of the Space Research Institute": FOR_OF_RE)
PERSON_COMMA_FOR_RE = re.compile(rf"{PERSON},\s+for\s+(?:the\s+)?$")
OWN_BODY_AFTER_RE = re.compile(r"\s*,\s+(?:of|from)\b")
# "Lucie Tremblay, who directs exploration planning at the Canadian agency": a clause of their work before the body.
PERSON_WHO_AT_RE = re.compile(rf"{PERSON},\s+who\s+(?:heads|headed|leads|led|directs|directed|manages|managed|runs|ran|"
                              rf"works|worked|coordinates|coordinated|oversees|oversaw)\b[^,;()]{{0,50}}?\b(?:at|of|for|in)"
                              rf"\s+(?:the\s+)?$")
# A body's own cell around its name: its acronym in brackets after it, or its name no list has before it ("Federal
# Space Agency (" of "Federal Space Agency (Roscosmos) Sergei Volkov") and the bracket's close after; or its country
# and part in brackets ("KARI (Republic of Korea) Jae-won Park", "DLR (Germany, host) Katrin Baumann").
ROW_ASIDE_RE = re.compile(r"\s*\((?:[^()\s]{2,12}|[A-Z][\w\-]*(?:,?\s+[\w\-]+){0,3})\)")
ROW_NAME_OPEN_RE = re.compile(r"(?:[A-Z][\w\-’']*\s+(?:(?:of|for|and|the|de|du)\s+)*){1,6}\(")
ROW_CLOSE_RE = re.compile(r"\s*\)")
_ROW_PART = r"\s*\([A-Z][\w\-]*(?:\s+[\w\-]+){0,2}\)"  # a person's part in a row: "(Chair)", "(Secretariat)"
ROW_NEXT_RE = re.compile(rf"(?:{_ROW_PART})?\s*;\s*{PERSON}(?=(?:{_ROW_PART})?\s*(?:;|$))")
# A table's row of a body's cell, then a person's, then a cell in lower case or figures, or the row's end: "NASA Sam
# Scimemi spring 2017 until 6 June 2019", "JAXA Naoki Sato since 6 June 2019", "ESA Bernhard Weiss" (on its own line).
# (or then the person's part in brackets, or the next person of the cell: "NASA (United States) Laura Whitfield (Chair);
# Daniel Reyes", ROW_NEXT_RE reading the others)
ROW_BODY_PERSON_RE = re.compile(rf"\s+{PERSON}(?:\s+(?=[a-z\d])|\s*$|\s*\((?=[a-z])|(?:{_ROW_PART})?\s*;\s*(?=[A-Z])"
                                rf"|{_ROW_PART}\s*$)")  # "... Ana Lima (chair) in person"
# ... or then a cell of the person's post: "NASA Kathy Laurini Head of delegation", "ESA Anna Berg Delegate".
ROW_BODY_ROLE_RE = re.compile(rf"\s+(?:(?:Dr|Prof|Ms|Mr|Mrs)\.?\s+)?({_NAME}(?:\s+[A-Z]\.)?(?:\s+{_PARTICLE}){{0,2}}\s+{_NAME})"
                              rf"\s+(?=(?:{ROLE}|Delegate|Representative|Member|Lead|Observer|Expert|Advisor|Adviser)s?\b)")
# A person, the agency they write for, and their own body: "Mikhail Litvak, for Roscosmos, of the Space Research
# Institute (IKI) – ...", "Anil Bhardwaj, for ISRO, of the Physical Research Laboratory – ...".
FOR_OF_RE = re.compile(rf"{PERSON},\s+(?:for|on behalf of)\s+(?:the\s+)?(?P<agency>[^,;()]{{2,40}}),\s+of\s+(?:the\s+)?"
                       r"(?P<body>(?:[A-Z][\w\-’']*\s+(?:(?:of|for|and|the)\s+)*){0,6}[A-Z][\w\-]*)"
                       r"(?P<acronym>\s*\([A-Z][A-Z\-]{1,9}\))?")
# A person and the body they speak for: "Ana Lima, who represented INPE", "Ana Lima (representing INPE)".
PERSON_REPRESENTS_RE = re.compile(rf"{PERSON}\s*[,(]?\s+(?:who\s+)?(?:represented|represents|representing|(?:speaking\s+)?on\s+"
                                  rf"behalf\s+of|speaking\s+for)\s+(?:the\s+)?$")
# ... with a title, no comma: "ESA's Director General Josef Aschbacher" (after the body); a role after the body's name
# in lower case: "Ana Lima, NASA's chief scientist".
ORG_TITLE_PERSON_RE = re.compile(rf"^(?:'s|’s)?\s+(?:[A-Z][\w\-]*\s+){{0,3}}?{ROLE}\s+{PERSON}")
ROLE_AFTER_ANY_RE = re.compile(rf"^(?:'s|’s)\s+(?:[\w\-]+\s+){{0,2}}?(?i:{ROLE})\b")
# "ASI chaired the group, with Ana Lima as its representative": the subject's person.
AS_ITS_RE = re.compile(rf"\bwith\s+{PERSON}\s+as\s+(?:its|their)\s+(?:[\w\-]+\s+){{0,2}}?(?:{ROLE}|representative|"
                       rf"delegate|head of delegation)\b")
# ... or the body before and the person after: "INPE chaired the group, represented by Ana Lima", "INPE will
# host; its representative, Ana Lima, said".
# "its" is the body named last before it; the one represented, the subject of the clause.
REPRESENTED_BY_RE = re.compile(rf"(?:\brepresented\s+by|\b(its)\s+(?:[a-z\-]+\s+)?(?:representative|delegate|"
                               rf"head of delegation)\s*,?)\s+{PERSON}")
# A unit of an agency written after it: "NASA Goddard Space Flight Center", "DLR Institute of Planetary
# Research", "NASA Headquarters", "ESA ESTEC"; a person of it belongs to the unit, the unit to the agency.
UNIT_AFTER_RE = re.compile(r"\s+((?:[A-Z][\w\-’']*\s+){0,4}(?:Center|Centre|Institute|Laboratory|Headquarters|"
                           r"Directorate|Establishment|Division|Department|Facility|Secretariat|Group|Team|"
                           r"Committee|Panel|Task Force)\b"
                           r"(?:\s+(?:of|for)\s+[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,4})?|[A-Z]{3,6}\b)")
POSSESSIVE_UNIT_RE = re.compile(r"(?:'s|’s)\s")
# A word of a person's credit, not of a body's name: "DLR Institute of Aerospace Medicine Author, radiation".
CREDIT_WORD_RE = re.compile(rf"(?:{ROLE}|Author|Contributor|Reviewer|Member)s?")
ROLE_OF_RE = re.compile(r"\b(?:President|Director(?: General)?|Head|Chief|Administrator|Chair(?:man|woman)?)\s+of\s+"
                        r"(?:the\s+)?$")
NOT_NAME_WORDS = {"Space", "Agency", "Centre", "Center", "National", "Administration", "Office", "Institute", "The",
                  "Group", "Working", "International", "Exploration", "Research", "Organisation", "Organization",
                  "Aerospace", "Station", "Lunar", "Moon", "Mars", "European", "Canadian", "Japan", "Agencies",
                  "Those", "These", "This", "That", "With", "And", "Headquarters", "Johnson", "Paper", "Roadmap",
                  "Resources", "Sciences", "Technology", "Technologies", "Development", "Studies", "Affairs",
                  "Director", "General", "President", "Chair", "Chairman", "Chairwoman", "Head", "Chief", "Editor",
                  "Editors", "Author", "Authors", "Deputy", "Executive", "Minister", "Secretary", "Secretariat",
                  "Manager", "Officer", "Lead", "Contributor", "Contributors", "Reviewer", "Reviewers", "Team",
                  "Programme", "Program", "Mission", "Missions",
                  # the words of a unit's name ("Space Technology Mission Directorate"), no person's
                  "Directorate", "Division", "Department", "Laboratory", "Facility", "Establishment", "Hub", "Teams",
                  "Unit", "Units",
                  # a table's column headings, read with its first row ("Name Affiliation Role Anna Berg ...")
                  "Name", "Names", "Role", "Roles", "Affiliation", "Affiliations",
                  "Country", "Site", "Topic", "Position", "Function", "Location", "Place", "City",
                  "Member", "Delegation", "Chapter", "Chapters", "Section", "Sections", "Contribution", "Expertise",
                  "Responsibility", "Title", "Email", "Acronym", "Acronyms", "Abbreviation", "Meaning",
                  "Definition",
                  # a role's cell a PDF ran onto the next row's name ("... ASI Co-author Mark Evans NASA Editor")
                  "Co-author", "Co-authors", "Co-Author", "Co-editor", "Co-editors", "Co-lead", "Co-chair", "Writer",
                  "Writers", "Corresponding", "Contributing", "Reviewed", "Edited", "Signed", "Approved", "Adopted",
                  "Prepared", "Submitted", "Written", "Compiled", "Issued",
                  # the head of a body's name, no person's ("The Open University, representing the UK Space Agency")
                  "University", "Embassy", "Ministry", "Observatory", "Commission", "Council", "College", "Academy",
                  "Corporation", "Foundation", "Society", "Company", "Association", "Federation", "Union", "State",
                  # words that open a sentence or a clause, not a name ("On Monday, NASA said")
                  "In", "On", "At", "For", "From", "By", "As", "After", "Before", "During", "Since", "Under", "Of",
                  "To", "Also", "But", "Both", "Each", "Its", "Their", "When", "While", "Monday", "Tuesday",
                  "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
                  "May", "June", "July", "August", "September", "October", "November", "December",
                  # the head nouns of a thing's name, no person's ("Mars Sample Return (NASA)", "Human Landing System",
                  # "Artemis Accords", "Rashid Rover"), and the words that open a place's ("Saint Hubert")
                  "System", "Systems", "Module", "Modules", "Return", "Rover", "Rovers", "Lander", "Landers", "Vehicle",
                  "Vehicles", "Accords", "Accord", "Architecture", "Gateway", "Pathfinder", "Orbiter", "Explorer",
                  "Telescope", "Spacecraft", "Satellite", "Satellites", "Probe", "Capsule", "Habitat", "Outpost",
                  "Village", "Project", "Projects", "Initiative", "Campaign", "Plan", "Strategy", "Framework",
                  "Scenario", "Element", "Elements", "Segment", "Service", "Services", "Logistics", "Transportation",
                  "Launcher", "Rocket", "Propulsion", "Communications", "Navigation", "Landing", "Report", "Reports",
                  "Assessment", "Review", "Update", "Summary", "Workshop", "Forum", "Conference", "Symposium",
                  "Congress", "Meeting", "Session", "Plenary", "Summit", "Award", "Network", "Consortium", "Alliance",
                  "Partnership", "Agreement", "Treaty", "Declaration", "Statement", "Charter", "Memorandum",
                  "Saint", "Sankt", "Mount", "Cape", "Gulf", "Island", "Islands", "Base", "Camp", "Volatiles",
                  "Samples", "Activities", "Capabilities", "Needs", "Gaps", "Objectives", "Goals", "Benefits",
                  "Opportunities", "Challenges", "Themes", "Priorities", "Scenarios", "Destinations", "Surface"}
# A role's word is no name's: "NASA's Associate Administrator", "Institute of Space and Astronautical Science".
ROLE_WORD_RE = re.compile(rf"{ROLE}|Associate|Assistant|Senior|Science|Astronautical|Astronautics|Operations|Systems")
# Names a person's name may share: a technology a table reader took from a line of names, another person.
NAME_LIKE_TYPES = {"Technology", "Person"}
AUTHOR_CELL_MAX_WORDS = 8
AUTHOR_ROW_MAX_WORDS = 40  # a PDF may run two rows of a table into one line
AUTHORS_HEADING_RE = re.compile(r"^(?:Table\s+\d+[.:]\s*|\d+(?:\.\d+)*\.?\s*(?:[·:)–—-]\s*)?)?(?:(?:The|List of)\s+)?(?:Authors?|"
                                r"Contributors|Editors|Editorial (?:team|board|committee)|Writing team|Drafting team)\b"
                                r"|^(?:Table\s+\d+[.:]\s*)?(?:(?:Jointly|Collectively)\s+)?(?:Prepared|Compiled|Written|Produced|Developed|"
                                r"Drafted|Authored|Edited)(?:\s+jointly)? by\s*:?\s*$", re.I)
# A heading that names the document's authors anywhere ("Contributing agencies and authors", "Editors and authors"),
# or is about the document itself ("About this report", "Colophon"): its section credits the people it names.
AUTHORS_WORD_RE = re.compile(r"\b(?:(?:co-)?authors?|authorship|contributors|editors|writers|editorial\s+(?:team|board|committee)|"
                             r"writing\s+team|drafting\s+team|signatories)\b", re.I)
# A heading that is only the name of the team that made the document: "Core team", "Report co-chairs", "Study team
# members" (not "Core team meetings": a heading on something the team did).
TEAM_HEADING_RE = re.compile(r"^\W*(?:The\s+)?(?:(?:writing|drafting|authoring|core|report|study|paper|project)\s+"
                             r"(?:team|group|committee)(?:\s+members)?|(?:report|study|paper|assessment|document|roadmap)\s+"
                             r"(?:co-?)?(?:chairs|leads))\s*$", re.I)
# A line that introduces the document's writers below it: "This report was prepared by the following members of the
# ... Team:", "The following individuals wrote this assessment:" (a word of writing, the line ending in a colon).
WRITERS_INTRO_RE = re.compile(r"\b(?:prepared|written|wrote|drafted|authored|compiled|edited|produced|co-?authored)\b"
                              r"[^:]*:\s*$", re.I)
# ... or a line on its making that says its writers' names follow: "This document was prepared by the ISECG Technology
# Working Group. Its members are listed below." (the table or list below it)
WRITERS_BELOW_RE = re.compile(r"\b(?:its|their|whose|the\s+(?:group|team|task\s+force)(?:'s|’s))\s+(?:members|experts|"
                              r"representatives|contributors)\b[^.:;]{0,40}?\b(?:below|following|as\s+follows)\b", re.I)
LIST_BELOW_WORD_RE = re.compile(r"\b(?:following|these|below)\b", re.I)
# What was made is no text: "Photos in this issue were produced by:", "Figures prepared by:"
NOT_TEXT_WORK_RE = re.compile(r"\b(?:photo\w*|images?|pictures?|figures?|graphics?|illustrations?|maps?|layout|design|"
                              r"translations?|videos?|posters?|papers|reports|documents|presentations?|slides)\b", re.I)
# A label of the writers alone on its line, the names below: "authors:" (front matter), "Contributors:".
AUTHORS_LABEL_RE = re.compile(r"^\W*(?:(?:lead\s+|contributing\s+|co-?)?authors?|contributors|editors?|writers)\s*:\s*$",
                              re.I)
# "Prepared by:" alone on its line, a table of its people below
BARE_BYLINE_RE = re.compile(r"^\W*(?:(?:Jointly|Collectively)\s+)?(?:Prepared|Compiled|Written|Drafted|Authored|Edited)"
                            r"(?:\s+jointly)?\s+by\s*:\s*$", re.I)
# ... or a byline naming the team, its people below: "Prepared by the ISECG Gateway Science Task Team:"
BYLINE_OPENS_RE = re.compile(r"^\W*(?:(?:Jointly|Collectively)\s+)?(?:Prepared|Compiled|Written|Drafted|Authored|Edited)"
                             r"(?:\s+jointly)?\s+by\b", re.I)
ABOUT_HEADING_RE = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s*(?:[·:)–—-]\s*)?)?(?:(?:About|On)\s+(?:this|the)\s+(?:report|"
                              r"document|paper|publication|digest|assessment|study|edition|supplement|update)|Colophon|"
                              r"Credits|Imprint|Who\s+(?:wrote|prepared|drafted|authored|compiled)\s+(?:it|this|the)\b)\b", re.I)
HEADING_MAX_WORDS = 6
MARKDOWN_HEADING_RE = re.compile(r"#{1,6}\s+")
NOT_AUTHORS_HEADING_RE = re.compile(r"\b(?:for|to|from)\s+(?:\w+\s+)?(?:authors?|contributors|editors)\b", re.I)  # "Notes for authors"
# Thanks are no credit: "The Task Group thanks Ana Lima of NASA for hosting the workshop."
THANKS_RE = re.compile(r"\b(?:thank|thanks|thanked|grateful|gratitude|acknowledges?|acknowledged)\b", re.I)
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# A table's row that opens with a person and their body, cells run together: "Dr. Ana Lima INPE Author, optics".
ROW_PERSON_RE = re.compile(rf"\W*{PERSON}\s+")
PAPER_CODE_RE = re.compile(r"\b([A-Z]{2,5})-\s?(\d\d)([,.\-][\w.,\-]*\w)")
# The document itself: "this white paper", "the present report", or a sentence opening "The assessment ...".
# ... a time fronted before it too: "In 2017 the paper was drafted by ..."
OWN_WORK_RE = re.compile(r"(?:\b(?:this|the present)|^\W*(?:(?:in|by|during|since|on|from|early|late)\s+(?:[\w\-]+\s+){0,3}?"
                         r"(?:19|20)\d\d,?\s+)?the)\s+(?:[\w\-]+\s+){0,2}(?:paper|supplement|report|document|"
                         r"roadmap|update|edition|strategy|digest|assessment|plan|study|record|minutes|summary|text|"
                         r"publication|overview|brief|issue|newsletter|bulletin|review)\b"
                         # ... or by any other noun a document calls itself by, after "this" ("this note", "this fact
                         # sheet", "these slides"; "The survey of 2019" may be another work)
                         r"|\b(?:this|the\s+present)\s+(?:[\w\-]+\s+){0,2}(?:note|(?:fact\s*)?sheet|brochure|booklet|leaflet|"
                         r"flyer|statement|declaration|charter|memorandum|memo|letter|release|kit|presentation|briefing|"
                         r"guide|handbook|primer|compendium|catalogue|catalog|article|chapter|survey|analysis|synthesis|"
                         r"poster|agenda|volume|terms\s+of\s+reference)\b"
                         r"|\b(?:these|the\s+present)\s+(?:[\w\-]+\s+){0,2}(?:notes|minutes|slides|proceedings|highlights|"
                         r"procedures|guidelines)\b", re.I)
# "... was prepared by the chair team and the ISECG Secretariat, with ...": the bodies of the phrase after "by"
# (the body it was made for between: "prepared for the ISECG Secretariat by NASA")
BY_PHRASE_RE = re.compile(r"\b(?:issued|published|released|prepared|written|authored|compiled|drafted|produced|edited|finali[sz]ed|"
                          r"developed|created|(?:co-)?led)(?:\s+[a-z]+ly)?"
                          r"(?:\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,4})?\s+by\s+(.*?)(?=\s+(?:with|from(?<!experts\sfrom)(?<!members\sfrom)"
                          r"(?<!specialists\sfrom)(?<!representatives\sfrom)(?<!staff\sfrom)(?<!team\sfrom)(?<!teams\sfrom)(?<!delegates\sfrom)"
                          r"|for|on behalf of|in|at|under|"
                          r"during|through)\b"
                          r"|(?<!\bDr)(?<!\bProf)(?<!\b[A-Z])[.;:]\s|[.;:]?$)", re.I)
# what comes before a body the phrase coordinates; "members of the ISECG Science Working Group": the group, "a team
# from NASA, ESA and JAXA": each; after a
# second verb of making ("compiled by the ISECG Secretariat and edited by ESA"), not after another "by" ("... and
# reviewed by ESA and NASA": no writer)
BY_ITEM_RE = re.compile(r"(?:.*\b(?:edited|prepared|drafted|written|compiled|produced|revised|finali[sz]ed)\s+by\s+)?"
                        r"(?:(?:(?!\bby\b).)*(?:\band|&|,)\s+)?(?:the\s+|an?\s+)?(?:(?:members|experts|representatives|specialists|staff|team|"
                        r"teams|delegates)\s+"
                        r"(?:of|from)\s+(?:the\s+)?)?")
# A body no list has, after a person: "Graham Gibbs of the Canadian Embassy in the United States".
_BODY_HEAD = r"(?:Embassy|Ministry|Department|University|Institute|Laboratory|Observatory|Agency|Centre|Center|Office|" \
             r"Council|Commission)"
# its complement: "of the Netherlands", "of Science and ICT" (one "and" joining two names)
# (not "in the United States and Gib Kirkham of NASA": a word after "and" that opens a person's name)
_BODY_OF = r"\s+(?:of|for|in)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}(?:\s+and\s+[A-Z][\w\-]*(?![\w\-])(?!\s+[A-Z][a-z]))?"
NEW_BODY = rf"((?:[A-Z][\w\-]*\s+){{1,4}}{_BODY_HEAD}(?:{_BODY_OF})?|{_BODY_HEAD}{_BODY_OF})"
PERSON_OF_NEW_RE = re.compile(rf"{PERSON}\s+(?:of|from)\s+(?:the\s+)?{NEW_BODY}")
# A minister or official of a country's government: "UK Science and Innovation Minister Malcolm Wicks".
OFFICIAL_RE = re.compile(rf"\b([A-Z][\w\-]*)\s+(?:[A-Z][\w\-]*\s+(?:and\s+)?){{0,4}}(?:Minister|Secretary|Ambassador)"
                         rf"\s+{PERSON}")
EDITORS_LEAD_RE = re.compile(r"^\W*(?:Lead |Chief |Co-)?Editors?(?:\s*\([^()]{0,40}\))?\s*[:\-–]", re.I)  # "Editors: ...", not a row "Editor A B NASA"
# a label of the document's people, a remark in brackets after it too: "Authors (in alphabetical order): ..."
AUTHORS_LEAD_RE = re.compile(r"^\W*(?:(?:Lead |Contributing |Co-|Corresponding )?Authors?|Editors?|Contributors|Written by|"
                             r"Prepared by|Editorial (?:team|board|committee)|(?:Writing|Drafting|Authoring|Core|Task) team(?: members)?|(?:Study|Report|Paper|Assessment|Document)\s+"
                             r"(?:co-?)?(?:leads?|chairs?|authors?|editors?)|(?:Co-?)?(?:chairs?|leads?|authors?|editors?)\s+of\s+(?:the|this)\s+"
                             r"(?:study|report|paper|assessment|document|supplement|roadmap))(?:\s*\([^()]{0,40}\))?\s*[:\-–]",
                             re.I)
# "Chair: A B, NASA", a table of fields' row "| Chair of the meeting | A B, NASA |"
FIELD_PERSON_RE = re.compile(rf"^\W*[A-Z][\w’' ]{{0,25}}(?::|\s\|)\s*{PERSON}\s*[,(–—-]")
# An item of a list of people: "Lukas Brenner, ESA ESTEC", "Authors: Daniel Okafor (CSA)", "A B – JAXA".
PEOPLE_ITEM_RE = re.compile(rf"^\W*(?:[A-Z][\w ]{{0,25}}:\s*)?{PERSON}\s*(?:,|\(|[–—-]\s)")
# Authors with superscript marks, and the line of their affiliations: "Anna Berg1 (co-lead), Tom Brandt2,3" /
# "1NASA Headquarters, Washington · 2European Space Agency, ESTEC · 3JAXA, Tsukuba".
# (a byline of initials too, the marks making it one: "A. Smith¹, B.-K. Lee²"; a PDF's raised marks come set off by a
# space, "Anna Berg ¹", see ingest/extract.py)
MARKED_PERSON_RE = re.compile(rf"(?:{PERSON}|(?<![\w.])((?:[A-Z]\.(?:-[A-Z]\.)?\s?){{1,2}}{_NAME}))"
                              r"(?:\s(?=[¹²³⁴⁵⁶⁷⁸⁹†‡§¶]))?"
                              r"((?:(?:[1-9¹²³⁴⁵⁶⁷⁸⁹]|[†‡§¶]|(?<!\*)\*(?!\*)),?)+)(?![\w])")
# (footnote symbols mark them too: "Ana Costa* and Erik Lund†" / "* Portugal Space, Lisbon" / "† Norwegian Space
# Agency"; a lone star, not Markdown's bold "**")
AFFILIATION_MARK_RE = re.compile(r"(?:^|(?<=[\s·;,]))([1-9¹²³⁴⁵⁶⁷⁸⁹†‡§¶]|(?<!\*)\*(?!\*))\s?(?=[A-Z])")
# Agencies a sentence credits with the document, listed after a colon: "Nine member agencies provided
# authors and reviewers: ASI, CNES and CSA."
# "The contributors came from eight agencies: A, B and C."; the list may stand on the lines below, one item a line.
# (not what they gave to another thing: "The agencies provided modules to the Gateway: A, B and C.")
CREDITED_RE = re.compile(r"(?:\b(?:agencies|organi[sz]ations|members)\b[^:.;]{0,40}?\b(?P<verb>provided|contributed|supplied|"
                         r"prepared|wrote|drafted)\b|\b(?:contributors|authors|writers|editors)\b[^:.;]{0,30}?\b(?:came|"
                         r"were\s+drawn|were)\s+from\b)[^:.;]{0,40}:\s*(?:\S|$)", re.I)
LIST_ITEM_RE = re.compile(r"^\s*(?:[-•*–·]|\d{1,2}[.)])\s+")
# A sentence that names the document's authors after a word for them: "Two editors saw the text through: A, of NASA,
# and B", "the writing team comprised A of ASI, B from CNES".
AUTHORS_CUE_RE = re.compile(r"\b(?:(?:co-|lead\s+|contributing\s+)?authors?|editors?|contributors|(?:writing|drafting|"
                            r"editorial|authoring)\s+(?:team|group|committee|board))\b(?:[^.;:]{0,60}?(?::|\b(?:comprised|"
                            r"consisted\s+of|included|includes|comprises|were|are|is|was)\b)"
                            # ... or the person in apposition: "Its principal author, Dr. Fiona Walsh of the CSA, ..."
                            r"|\s*,\s*(?=(?:(?:Dr|Prof)\.?\s+)?[A-Z][a-z]))", re.I)
WRITTEN_BY_COLON_RE = re.compile(r"\b(?:prepared|written|drafted|authored|compiled|edited|produced|developed)(?:\s+[a-z]+ly)?"
                                 r"\s+by\b"
                                 r"[^:.;]{0,80}:\s", re.I)
WHO_WROTE_RE = re.compile(r",?\s+who\s+(?:also\s+|jointly\s+|together\s+)?(?P<verb>wrote|prepared|drafted|authored|"
                          r"edited|compiled|co-?authored)(?=\s)", re.I)
# A part of this document by its number ("Sections 2 and 5", "Chapter 3", "Annex B", "the remaining chapters", "the
# chapter on robotics"), not another work's ("Section 4 of the GER").
_OWN_PART = r"(?:the\s+(?:(?:remaining|other|first|last|following|final|opening|closing|two|three)\s+)?)?" \
            r"(?:sections?|chapters?|annex(?:es)?|appendix|appendices)" \
            r"(?:\s+(?:\d+(?:\.\d+)*|[A-Z]|[IVX]+)\b(?:\s*(?:,|and|&|to|–|-)\s*(?:\d+(?:\.\d+)*|[A-Z]|[IVX]+)\b)*" \
            r"|(?<=s)(?=\s+(?:were|have))|\s+on\s+[\w\-]+(?:\s+[\w\-]+){0,3}?)(?!\s+of\b)(?!\s+in\b)"
# The people who wrote a part of it: "..., who contributed sections 3 and 4" (thanked or not)
WHO_PART_RE = re.compile(rf",?\s+who\s+(?:also\s+|jointly\s+|together\s+)?(?:wrote|drafted|prepared|authored|edited|"
                         rf"co-?authored|contributed)\s+(?:to\s+)?{_OWN_PART}", re.I)
# ... or who wrote it, the verb's subjects: "A (UKSA) and B (ESA) wrote the chapters on near-Earth asteroids"
PART_WROTE_RE = re.compile(rf"\s+(?:also\s+|jointly\s+|together\s+)?(?:wrote|drafted|authored|co-?authored|edited|"
                           rf"contributed(?:\s+to)?)\s+{_OWN_PART}", re.I)
# ... or whom a passive names: "Sections 2 and 5 were written by Dr. Omar Haddad of the UAE Space Agency"
PART_BY_RE = re.compile(rf"(?:^|[;,]\s+|\b(?:and|while|whereas)\s+)\W*{_OWN_PART}\s+(?:were|was|have\s+been|has\s+been)\s+"
                        r"(?:[a-z]+ly\s+)?(?:written|drafted|prepared|authored|contributed|edited|co-?authored)\s+by\s+",
                        re.I)
CLAUSE_END_RE = re.compile(r"(?<!\bDr)(?<!\bProf)(?<!\bIng)(?<!\b[A-Z])[;.]\s|[;.]?$")  # not "Dr. " nor "M. "
# A cover's title block ends at its first line of prose: a long line, or a sentence of several words.
COVER_MAX_WORDS = 20
PROSE_MIN_WORDS = 7
CONTENTS_RE = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s|.*\s\d{1,3}$)")  # "3. Meetings 5", "Contributors 4"
# The bodies that took part, closing a contributors section: "Agencies represented: CNES, CSA and NASA."
REPRESENTED_RE = re.compile(r"^\W*(?:(?:Agencies|Organi[sz]ations|Bodies|Members)\s+(?:represented|involved|taking part)|"
                            r"Participating\s+(?:agencies|organi[sz]ations))\s*:", re.I)
# A byline: "Prepared by the ISECG Science Working Group for ...", "Prepared by: the ...", "Presented by A B (ESA)" (a
# talk's slides), the document's own; in its head also "An assessment by the Technology Working Group" (a genre noun
# and "by").
# A byline may name its date first ("Published in March 2022 by the ISECG Secretariat"), be a field of minutes ("-
# Minutes taken by: the ISECG Secretariat") or a segment of an imprint line ("Issued on 29 March 2019 | Drafted by ...").
# (the body it was made for between: "Prepared for ISECG by the Canadian Space Agency")
# "Developed in 2022 by ASI, CNES and NASA, the roadmap ...", "Jointly written by": a participle clause of the
# document's making, its subject the document; a line of the head opening "By" and a person ("By Jean Dupont (CNES)").
# A head's line that ends on its date or a bracket runs on into the byline below (no stop between): "... · published
# 2 October 2023 Prepared by the ERWG, with contributions from ...", "Editor: A B (CSA) Compiled by the Secretariat".
_BYLINE = (r"(?:(?:Jointly|Collectively)\s+)?(?i:(?P<made>Developed|Created|Edited|Coordinated)|"
           r"Prepared|Written|Issued|Published|Compiled|Produced|Drafted|Authored|Submitted|Presented|"
           r"(?:Minutes|Record|Notes)\s+(?:taken|recorded|kept|prepared|drafted|compiled|written)|"
           # the document named by its kind: "Proceedings edited by", "Report compiled by", "Session report
           # prepared by"
           r"(?:[A-Z][\w\-]*\s+)?(?:Proceedings|Report|Summary|Volume)\s+(?:edited|prepared|compiled|written|produced|drafted))"
           r"(?:\s+(?:and|&)\s+(?:edited|compiled|written|prepared|produced|drafted|published|designed))?"
           r"(?:\s+(?:in|on)(?:\s+[\w,]+){1,4}?|\s+for\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,4}"
           # its date with no preposition: "issued March 2017 by", "Published 2019-11-15 by"
           r"|\s+(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d|\s+(?:19|20)\d\d-\d\d-\d\d)?"
           r"\s+by\s*[:|]?\s+(?:the\s+)?")  # "| Prepared by | A B (CNES) |": the value's cell
BYLINE_RE = re.compile(r"(?:^\W*|\|\s*|(?<=\b(?:19|20)\d\d\s)|(?<=\)\s))" + _BYLINE
                       + rf"|^\W*By\s+(?={PERSON}(?:\s*\([^()]*\))?(?:\s*,|\s+and\s|\s*$))")
# In the head only, a segment of an imprint line ("Issued 18 March 2022 · Prepared by", "... Group · prepared by the
# ISECG Secretariat, ESTEC"), or one a body's name runs into ("... Coordination Group Prepared by").
IMPRINT_BYLINE_RE = re.compile(r"(?:(?<=[·•—–]\s)|(?<=[a-z]\s)(?=(?:Prepared|Compiled|Issued|Published|Drafted)\s))"
                               + _BYLINE)
# What a participle clause's subject is when it is not this document: "Developed by NASA, the lander ...".
PARTICIPLE_SUBJECT_RE = re.compile(r",\s+(?:the|a|an|its|their|this)\s+[\"“']?(?:[\w\-]+\s+){0,3}?\w+")
OWN_SUBJECT_RE = re.compile(r",\s+(?:the|this|our)\s+(?:[\w\-]+\s+){0,2}?(?:paper|supplement|report|document|roadmap|update|"
                            r"edition|strategy|digest|assessment|plan|study|publication|overview|brief|issue)\b", re.I)
# "Drafted by the group's Secretariat": a unit of the body the document is about.
BODY_UNIT_RE = re.compile(r"(?:group|body|organi[sz]ation|committee|council)(?:'s|’s)\s+(Secretariat|Executive Secretariat|"
                          r"Chair|Chair team|Bureau)\b", re.I)
# (a joint work "of" or "from" its makers too: "A joint publication of ASI, CNES and DLR")
_HEAD_WORK = r"(?:assessment|report|study|review|analysis|paper|survey|update|publication|product)"
# ... and a line of it opening "By" and a body ("By the ISECG Secretariat (ESA)", "By NASA and ESA"; not a year: "By 2030")
HEAD_BYLINE_RE = re.compile(rf"^\W*(?:An?\s+(?:(?:joint|collaborative|common)\s+(?:[\w\-]+\s+)?{_HEAD_WORK}\s+(?:by|of|from)|"
                            r"(?:product|publication|deliverable|output)\s+(?:of|from)|"  # "A product of ASI, CNES and DLR"
                            rf"(?:[\w\-]+\s+){{0,2}}?{_HEAD_WORK}\s+by)|By(?!\s+(?:\w+\s+)?(?:19|20)\d\d\b))\s+(?:the\s+)?", re.I)
HEAD_LINES = 8  # the title, subtitle and imprint lines of the first page (or its table of fields), where a head
# byline stands
# A table of fields in the head, its row naming who wrote the document: "| Minutes | ISECG Secretariat |",
# "| Prepared by | ... |", "| Rapporteur | ... |".
LABEL_CELL_RE = re.compile(r"^\|\s*(?:(?:Prepared|Written|Issued|Compiled|Drafted|Produced)\s+by|Minutes(?:\s+by)?|"
                           r"(?:Minute[- ]taker|Rapporteur)s?|Authors?|Editors?)\s*\|\s*(?:the\s+)?", re.I)
# A field of the head naming who wrote the record: "Record: ISECG Secretariat, issued 2018-03-09", "Rapporteur: the
# Secretariat", "Minutes: NASA", "Secretary: ISECG Secretariat" (the meeting's secretary keeps its record).
# (a head's field may follow its place and date on the line a PDF ran them into: "Berlin, 11–12 September 2019
# Rapporteur: Jonas Meyer (DLR)", and further imprint items after them: "Rome, 2 May 2021 · hosted by ASI Minutes: ...")
FIELD_BYLINE_RE = re.compile(r"^(?:[^:.;]{0,50}?\b(?:19|20)\d\d(?:\s*[·|•]\s*[^:.;·|•]{0,80}?)?\s+)?\W*(?:Record|Minutes|(?:Rapporteur|Minute[- ]taker|Note[- ]taker|"
                             r"Drafter|Author|Editor|Secretary)s?|Prepared\s+by|Issued\s+by|Compiled\s+by|Drafted\s+by|Written\s+by)"
                             r"\s*:\s*(?:the\s+)?", re.I)
# The editor named after the byline, with no body of their own: "Prepared by the Secretariat. Editor: Ana Berg."
BYLINE_EDITOR_RE = re.compile(rf"^\s*(?:(?:Lead |Chief )?Editors?\s*:|Edited\s+by)\s*{PERSON}\s*(?:[.;]|$)")
RUN_ON_RE = re.compile(r"(?:\s+[A-Z][\w\-]*)+\s*")  # capitalised words to the line's end: a name a line break cuts
# The verb of bodies that made this document, right before it: "The ISECG Secretariat and the chair team drafted this
# report", "ISECG published this supplement" (its subjects: not "agencies of ISECG prepared this paper").
PUBLISHED_RE = re.compile(r"\b(?:published|issued|released|prepared|drafted|wrote|compiled|authored|produced|edited|developed|"
                          r"(?:led|coordinated|oversaw)\s+the\s+(?:drafting|preparation|writing|editing)\s+of|"
                          # its contributors, as "with contributions from" credits them: "X and Y contributed to this report",
                          # "... contributed mission data to this issue", "CNSA provided information on its missions for it"
                          r"contributed\s+(?:(?:[\w\-]+\s+){0,2}?(?:data|inputs?|material|text|information|entries)\s+)?to|"
                          r"(?:provided|gave|supplied|sent)\s+(?:(?:their|its)\s+)?(?:[\w\-]+\s+)?(?:inputs?|contributions?|data|"
                          r"information|material)\s+(?:on\s+[^.;]{1,60}?\s+)?(?:to|for))\s+$", re.I)
WHICH_RE = re.compile(r"\S,\s+which\s+(?:[a-z]+\s+)?$")  # the body before a relative clause: "..., which prepared this issue"
# The document as a body's work: "This report is a product of the ISECG Technology Working Group".
WORK_OF_RE = re.compile(r"\s*,?\s*(?:is|was|has been)\s+(?:(?:a|an|the)\s+)?(?:joint\s+|collective\s+)?(?:product|work|output|"
                        r"result|deliverable)\s+of\s+(?:the\s+)?", re.I)
# Drafting given to a body: "Drafting was entrusted to the Science Working Group of ISECG".
DRAFTING_TO_RE = re.compile(r"\b(?:drafting|writing|authorship|preparation|editing|responsibility\s+for\s+(?:the|this)\s+"
                            r"(?:text|report|paper|document))\b(?:\s+of\s+(?:this|the)\s+[\w\-]+)?"
                            r"\s+(?:(?:was|were|is|had been|has been)\s+(?:\w+\s+)?(?:entrusted|assigned|given|left|"
                            r"delegated|handed)\s+to|(?:lies|lay|rests|rested)\s+with)\s+(?:the\s+)?", re.I)
# A work a body's own sentence names as its own: "The Science Working Group noted the reception of its 2017 white
# paper, "Lunar ..."", "NASA presented its report Moon to Mars".
ITS_WORK_RE = re.compile(r"\bits\s+(?:(?:first|second|third|latest|new|own|recent)\s+)?(?:(?:19|20)\d\d\s+)?"
                         r"(?:[\w\-]+\s+){0,2}?(?:paper|report|roadmap|assessment|study|supplement|digest|strategy|"
                         r"framework|plan|document)\s*,?\s*(?:the\s+)?[“\"*_]?$", re.I)


def person_entity(ctx: Context, name: str, evidence: Evidence, *, trim: bool = True) -> Entity | None:
    name = _person_name(ctx, name, trim=trim)
    known = ctx.rec.gazetteer.lookup(name) if name else None
    if known is not None and known.type == "Person":  # named before: "co-chaired by A B (NASA)", then its table
        return known
    if not name or known is not None:  # no name, or a body's or a place's
        return None
    return ctx.rec.define(name, "Person", evidence, rule="person", confidence=0.75)


def _person_name(ctx: Context, name: str, *, trim: bool = True) -> str:
    """A person's name as a pattern read it, without the role before it; "" when a word is no name's."""
    words = name.split()
    while trim and len(words) > 2 and _no_name(ctx, words[0]):  # "Editor Marta Oliveira Kessler": the name after the role
        words.pop(0)
    return "" if any(_no_name(ctx, w) for w in words) else " ".join(words)


def _no_name(ctx: Context, word: str) -> bool:
    """A word that is no part of a person's name: a role, a heading, or the name of a body or place."""
    known = ctx.rec.gazetteer.lookup(word) if len(word) > 2 and not word.endswith(".") else None
    return word in NOT_NAME_WORDS or ROLE_WORD_RE.fullmatch(word) is not None \
        or known is not None and known.type not in NAME_LIKE_TYPES


def _affiliate(ctx: Context, person: Entity, org: Entity, evidence: Evidence, rule: str) -> None:
    ctx.rec.fact(person.iri, "schema:affiliation", org.iri, rule, 0.8, evidence)


def _agency_of(ctx: Context, entity: Entity) -> Entity | None:
    """The agency of a unit this document named ("NASA Headquarters"), None for anything else."""
    if term("org:OrganizationalUnit").value not in entity.types:
        return None
    parent = next((f.o for f in ctx.rec.result.facts if f.s == entity.iri and f.p == "org:unitOf"), None)
    return ctx.rec.gazetteer.by_iri.get(parent) if isinstance(parent, str) else None


def _unit(ctx: Context, org: Entity, surface: str, after: str, evidence: Evidence) -> Entity | None:
    """The unit of ``org`` named right after it ("NASA Goddard Space Flight Center"): an organisation of its
    own (org:OrganizationalUnit, org:unitOf the agency), named as written."""
    m = UNIT_AFTER_RE.match(after)
    owned = POSSESSIVE_UNIT_RE.match(after)  # "NASA's Goddard Space Flight Center": a unit by its head word only
    m = m or (owned and UNIT_AFTER_RE.match(after, owned.end() - 1))
    if m is not None and m.start(1) > 0 and after[0] in "'’" and re.fullmatch(r"[A-Z]{3,6}", m.group(1)):
        m = None  # "NASA's SLS": no unit
    if org.type != "Organization" or m is None or any(
            f.entity.type in ORG_LIKE for f in ctx.rec.gazetteer.find(m.group(1))):
        return None
    words = m.group(1).split()
    while len(words) > 1 and CREDIT_WORD_RE.fullmatch(words[-1]):  # a table's next cell: "... Medicine Author"
        words.pop()
    unit = ctx.rec.define(f"{surface} {' '.join(words)}", "Organization", evidence, rule="unit-of", confidence=0.75,
                          cls="org:OrganizationalUnit")
    ctx.rec.fact(unit.iri, "org:unitOf", org.iri, "unit-of", 0.75, evidence)
    return unit


def affiliations(ctx: Context, state: State, sentence: Sentence, *, text: str | None = None,
                 evidence: Evidence | None = None, mentions=None) -> list[tuple[Entity, Entity]]:
    """(person, organisation) pairs a sentence states; each is recorded."""
    text = sentence.text if text is None else text
    mentions = sentence.mentions if mentions is None else mentions
    evidence = evidence or sentence.evidence()
    found = []
    run = _body_person_run(ctx, text, mentions)
    if run:  # "ESA Bernhard Weiss CSA Gilles Leclerc NASA Kathy Moore": the rows of a table whose body comes first
        for m, name in run:
            person = person_entity(ctx, name, evidence)
            if person is not None:
                _affiliate(ctx, person, m.entity, evidence, "affiliation-row")
                found.append((person, m.entity))
        return found
    for m in mentions:
        parent = _agency_of(ctx, m.entity)  # a unit read before ("NASA Headquarters"): a person of it, an author
        if m.entity.type not in ORG_LIKE and parent is None:
            continue
        before, after = text[:m.start], text[m.end:]
        end = PERSON_END_RE.search(before)
        if end and before.rstrip().endswith("(") and NAME_RUN_END_RE.search(before[:end.start()]) \
                and not any(_no_name(ctx, w) for w in end.group(1).split()[:1]):
            end = None  # "Agenzia Spaziale Italiana (ASI)": the end of the body's own name, not a person's (but
            # "ISECG Chair Kathy Laurini (NASA)": a post, then the person; "Accelerator Program Ana Lima (CSA)": a
            # title, then the person)
        if end and not before.rstrip().endswith(("(", "[")) and any(
                o.entity.type in ORG_LIKE and o.end <= end.start() and not text[o.end:end.start()].strip()
                for o in mentions) and not _opens_with_person(ctx, re.split(r"[;|]", before)[-1]):
            # "Lunar Pathfinder ESA Elena Rossi Danuri KARI ...": a name between two bodies in rows a PDF ran
            # together, the row not opening with a person; which body is the person's the columns tell, not this
            end = None
        post = POST_BRACKET_AFTER_RE.match(after) or (UNIT_BRACKET_RE.match(after) if POST_OF_BEFORE_RE.search(before)
                                                        else None)
        if post and not _agency_like(m.entity) and any(o.start == m.end + post.end() and o.entity.type in ORG_LIKE
                                                       and _agency_like(o.entity) for o in mentions):
            continue  # "A B, ISECG Secretariat lead (ESA)", "A B, Head of the ISECG Secretariat (ESA)": the group of
            # the post, not the person's body
        later = next((o.start for o in mentions if o.start > m.start and o.entity.type in ORG_LIKE), len(text))
        its = PERSON_ITS_ROLE_RE.match(after)
        dash = PERSON_DASH_RE.search(before)
        if dash and dash.group("cell") and any(o.entity.type in ORG_LIKE and dash.start("cell") <= o.start < m.start
                                               for o in mentions):
            dash = None  # "A B – JAXA, ESA": the person is of the body right after the dash
        candidates = [
            end,  # "Kathy Laurini (NASA)", "Roland Martinez NASA" (a table)
            dash or PERSON_COMMA_RE.search(before),  # "A B – JAXA", "A B — ESTEC, ESA", "Editors: A B, NASA"
            not _served_at(text, m, mentions) and PERSON_OF_RE.search(before),  # "Naoki Sato of JAXA", "A B from CNES"
            PERSON_FOR_RE.search(before),  # "Thomas Kerner for DLR"
            PERSON_WHO_AT_RE.search(before),
            NOUN_AFTER_RE.match(after) and PERSON_A_BODY_RE.search(before),  # "Ana Lima, a NASA engineer"  # "A B, who directs exploration planning at CSA"
            _row_body_person(text, m, mentions),  # a row "NASA Sam Scimemi spring 2017 until 6 June 2019"
            not OWN_BODY_AFTER_RE.match(after) and PERSON_COMMA_FOR_RE.search(before),  # "A B, for the X Secretariat"
            PERSON_OF_AT_RE.search(before),  # "A B of the ISECG Secretariat at ESA's ESTEC"
            # "A B (ISECG Secretariat, ESA ESTEC)"; not a post the person holds in a body: "A B (JAXA, ISECG Chair)"
            _bracketed_second(before, m, mentions) if not POST_AFTER_RE.match(after) else None,
            PERSON_OF_KIND_RE.search(before),  # "A B of the Italian agency, ASI"
            PERSON_UNIT_OF_RE.search(before),  # "A B, Institute of Space and Astronautical Science of JAXA"
            re.match(r"(?:'s|’s)\s", after) and PERSON_OF_UNIT_RE.search(before),  # "A B, of ESTEC, the ESA's centre"
            ORG_ROLE_PERSON_RE.match(after),  # "NASA's Associate Administrator for X, Jim Free"
            FOR_ITEM_RE.match(before) and FOR_ITEM_PERSON_RE.match(after),  # "- for AEB, its President, Carlos Moura"
            DELEGATION_LED_RE.match(after),  # "The ASI delegation was led by Ana Lima"
            ORG_ROLE_AFTER_RE.match(after) and SERVED_AS_RE.search(before),  # "A B has acted as ESA's representative"
            PERSON_REPRESENTS_RE.search(before),  # "Ana Lima, who represented INPE"
            ROLE_OF_RE.search(before) and PERSON_AFTER_ROLE_RE.match(after),  # "the President of X, Dr Y Z"
            PERSON_ROLE_AT_RE.search(before),  # "A B, Director of Exploration Planning at CSA"
            PERSON_ROLE_COMMA_RE.search(before),  # "A B, Director of Lunar Systems, ESA"
            PERSON_POST_BRACKET_RE.search(before),  # "A B, Technology Working Group co-lead (JAXA)"
            ROLE_AFTER_RE.match(after) and PERSON_COMMA_END_RE.search(before),  # "A B, CNES Associate Director"
            ROLE_AFTER_ANY_RE.match(after) and PERSON_COMMA_END_RE.search(before),  # "A B, NASA's chief scientist"
            # "ESA's Director General Josef Aschbacher", "JAXA President Hiroshi Yamakawa"; not a post in a group
            # ("ISECG Chair Kathy Laurini", "the TWG Lead Anna Berg": the chair's own agency is elsewhere)
            ORG_TITLE_PERSON_RE.match(after) if POSSESSIVE_UNIT_RE.match(after) or _agency_like(m.entity) else None,
            its if its and m.end + its.end() <= later else None,  # "hosted by CNES and opened by A B, its Chairman"
            _person_body_acronym(ctx, before, m, mentions),  # "Ivan Petrov Space Research Institute (IKI)"
            PERSON_AT_RE.search(before),  # "Rui Paz at AEB"
            # an item labelled with its body: "Heads of delegation: NASA: Kathy Laurini; ESA: Bernhard Hufenbach"
            ITEM_START_RE.search(before) and ORG_COLON_PERSON_RE.match(after),
            found and RUN_ITEM_RE.match(before),  # another item after one read: "(JAXA) Tim Haltigin, CSA"
        ]
        person, by = next(((p, c) for p, c in ((person_entity(ctx, c.group(1), evidence), c) for c in candidates if c) if p),
                          (None, None))
        if person is None and _writes_for(ctx, before, m, mentions, evidence, found):
            continue
        if person is None and _on_behalf(ctx, before, after, mentions, evidence, found):
            continue
        owner = re.match(rf"(?:'s|’s)\s+{PERSON}", after)
        if person is None and owner:
            person = person_entity(ctx, owner.group(1), evidence, trim=False)
        if person is not None:
            unit = _unit(ctx, m.entity, text[m.start:m.end], after, evidence) if parent is None else m.entity
            if unit is None and dash is not None and by is dash and dash.group("cell"):  # "A B — ESTEC, ESA": the unit "ESA ESTEC"
                unit = _unit(ctx, m.entity, text[m.start:m.end], " " + dash.group("cell").rstrip(", "), evidence)
            _affiliate(ctx, person, unit or m.entity, evidence, "affiliation")
            found.append((person, parent or m.entity))  # the agency, even for a person of its unit: the author
            if by is not None and by.re is ROW_BODY_PERSON_RE:  # the cell's other people: "...; Daniel Reyes"
                at = by.end(1)
                while (more := ROW_NEXT_RE.match(text, at)) is not None:
                    if (other := person_entity(ctx, more.group(1), evidence)) is not None:
                        _affiliate(ctx, other, unit or m.entity, evidence, "affiliation-row")
                        found.append((other, parent or m.entity))
                    at = more.end(1)
    return found


def _opens_with_person(ctx: Context, text: str) -> bool:
    first = PERSON_START_RE.match(text.lstrip(" -•*·|"))
    return first is not None and bool(_person_name(ctx, first.group(1), trim=False))


RUN_PERSON_RE = re.compile(rf"\s+{PERSON}\s*")


def _body_person_run(ctx: Context, text: str, mentions) -> list[tuple]:
    """The rows of a table a PDF ran into one line, each a body's cell and then a person's, and nothing else ("ESA
    Bernhard Weiss CSA Gilles Leclerc NASA Kathy Moore"): (body's mention, person's name) each; [] if not so."""
    orgs = [m for m in mentions if m.entity.type in ORG_LIKE]
    if len(orgs) < 2 or text[:orgs[0].start].strip(" -•*·|"):
        return []
    run = []
    for m, following in zip(orgs, [*orgs[1:], None]):
        end = following.start if following else len(text.rstrip(" .;"))
        person = RUN_PERSON_RE.fullmatch(text, m.end, end)
        if person is None or not _person_name(ctx, person.group(1), trim=False):
            return []
        run.append((m, person.group(1)))
    return run


UNIT_TYPE = term("org:OrganizationalUnit").value
ROLE_OPENS_RE = re.compile(rf"\s*(?:[\w\-]+\s+){{0,2}}?{ROLE}\b")


SERVED_AT_RE = re.compile(r"(?:\s+[A-Z][\w\-]*){0,3}\s+at\s+(?:the\s+)?")


def _served_at(text: str, m, mentions) -> bool:
    """"A B of the ISECG Secretariat at ESA's ESTEC": the body after "of" is where the person serves, the one after
    "at" their own (PERSON_OF_AT_RE reads it)."""
    at = SERVED_AT_RE.match(text, m.end)
    return at is not None and any(o.start == at.end() and o.entity.type in ORG_LIKE for o in mentions)


def _row_body_person(text: str, m, mentions) -> re.Match | None:
    """ROW_BODY_PERSON_RE after ``m`` when the body opens a line that is no sentence (or its acronym's cell stands
    before it: "AEB Brazilian Space Agency Rafael Moura 2", "ESA – European Space Agency Ana Lima in person"; or its
    acronym in brackets after it: "Canadian Space Agency (CSA) Marc Lefebvre"; or its name no list has before it, the
    body named in brackets: "Federal Space Agency (Roscosmos) Sergei Volkov"), and no name of a body stands where the
    person's would ("CSIRO Commonwealth Scientific and Industrial Research Organisation")."""
    acronym = next((o for o in mentions if o.entity is m.entity and o.end <= m.start
                    and not text[o.end:m.start].strip(" –—-")), None)
    head = text[:acronym.start if acronym else m.start].strip(" -•*|")
    named = ROW_NAME_OPEN_RE.fullmatch(head) if head else None
    if head and not named or text.rstrip().endswith((".", "!", "?", ";", ":")):
        return None
    after = (ROW_CLOSE_RE if named else ROW_ASIDE_RE).match(text, m.end)
    if named and after is None:
        return None
    end = after.end() if after else m.end
    found = ROW_BODY_ROLE_RE.match(text, end) or ROW_BODY_PERSON_RE.match(text, end)
    return found if found and not any(end <= o.start < found.end() and o.entity.type in ORG_LIKE for o in mentions) else None


ITEM_START_RE = re.compile(r"(?:^|[;:]\s*|^\W*[-•*·]\s*|\|\s*)$")
ORG_COLON_PERSON_RE = re.compile(rf"^\s*:\s*{PERSON}\s*(?:[;,.(]|$)")
POST_AFTER_RE = re.compile(rf"\s*(?:(?i:{ROLE})|[Cc]o-?[Cc]hair|[Ll]ead|[Mm]ember|[Rr]epresentative|[Dd]elegate)s?\b")


def _agency_like(entity: Entity) -> bool:
    """An organisation people work for, not a coordination group or a working group of one."""
    return entity.type not in ("WorkingGroup", "Team") and not BODY_RE.search(entity.label)


def _bracketed_second(before: str, m, mentions) -> re.Match | None:
    """PERSON_BRACKETS_RE before ``m`` when a body opens the brackets: the person's second body."""
    found = PERSON_BRACKETS_RE.search(before)
    opening = before.index("(", found.end(1)) + 1 if found else 0
    if found and ROLE_OPENS_RE.match(before, opening):  # "A B (Director, NASA)"
        return found
    return found if found and any(o.start == opening + len(before[opening:]) - len(before[opening:].lstrip())
                                  and (o.entity.type in ORG_LIKE or UNIT_TYPE in o.entity.types)
                                  for o in mentions) else None


def _person_body_acronym(ctx: Context, before: str, m, mentions) -> re.Match | None:
    """PERSON_BODY_ACRONYM_RE before the acronym ``m``, unless the full name there is a mention of its own
    (then the person stands before that mention)."""
    named = any(o.entity is m.entity and o.start < m.start and o.end >= len(before.rstrip(" (")) for o in mentions)
    return None if named else _row_person(ctx, PERSON_BODY_ACRONYM_RE, before)


def _row_person(ctx: Context, pattern: re.Pattern, before: str) -> re.Match | None:
    """The match of ``pattern`` (anchored at the end) whose person is a name: the table's run-on text may
    hold column headings or another row's words before it ("Name Organisation Role Anil Rao ...")."""
    for word in re.finditer(r"(?<![\w\-'’])[A-ZÀ-Þ]", before):
        found = pattern.match(before, word.start())
        if found and not any(_no_name(ctx, w) for w in found.group(1).split()):
            return found
    return None


# A row of a person and a body no list has, then the agency they write for: "Anna Kowalczyk Space Research Centre of
# the Polish Academy of Sciences (CBK PAN), Warsaw; contributing on POLSA's behalf" (before the agency, and after it).
PERSON_BODY_BEHALF_RE = re.compile(rf"(?<![\w\-'’]){_SHORT_PERSON}\s+(?P<body>{_BODY_WORDS}(?:\s*\([A-Z][A-Z\- ]{{1,12}}\))?)"
                                   r"(?:,\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?\s*[,;]\s+(?:(?:contributing|writing|speaking|"
                                   r"acting|working)\s+)?on\s+(?:the\s+)?$")
BEHALF_AFTER_RE = re.compile(r"(?:'s|’s)\s+behalf\b")


def _on_behalf(ctx: Context, before: str, after: str, mentions, evidence: Evidence, found: list) -> bool:
    """"A B Space Research Centre of ... (CBK PAN), Warsaw; contributing on POLSA's behalf": the person is of the body
    before, a new one, which wrote with them; the agency they write for did not."""
    pair = _person_of_new_body(ctx, PERSON_BODY_BEHALF_RE, before, mentions, evidence) \
        if BEHALF_AFTER_RE.match(after) else None
    if pair is not None:
        found.append(pair)
    return pair is not None


def _writes_for(ctx: Context, before: str, agency, mentions, evidence: Evidence, found: list) -> bool:
    """"Anil Rao Physical Research Laboratory, for ISRO": the person is of the body no list has before "for",
    and writes for the ``agency`` mentioned after it."""
    pair = _person_of_new_body(ctx, PERSON_BODY_FOR_RE, before, mentions, evidence)
    if pair is not None:
        found.append((pair[0], agency.entity))  # an author's agency: the one they write for
    return pair is not None


def _person_of_new_body(ctx: Context, pattern: re.Pattern, before: str, mentions, evidence: Evidence):
    """(person, body) of a row ``pattern`` reads at the end of ``before``, the person affiliated to the body, a new
    entity (a known body there is read by its own mention); or None."""
    via = _row_person(ctx, pattern, before)
    if via is None or any(via.start("body") <= o.start < via.end("body") and o.entity.type in ORG_LIKE
                          for o in mentions):
        return None
    person = person_entity(ctx, via.group(1), evidence)
    body = _new_body(ctx, via.group("body"), evidence) if person is not None else None
    if body is None or person is None:
        return None
    _affiliate(ctx, person, body, evidence, "affiliation")
    return person, body


# A person with their body in brackets, and the agency they speak for after it: "Min-jae Seo (KIGAM, the Korea Institute
# of Geoscience and Mineral Resources, representing KARI)", "Rhiannon Pryce (The Open University, for the UK Space
# Agency)", "Keiko Hanazawa (Institute of Space and Astronautical Science, JAXA)", "Jonas Wiedemann (Institute of
# Planetary Research of DLR)".
PERSON_BRACKETED_RE = re.compile(rf"(?<![\w\-'’]){PERSON}\s*\((?P<own>[^()]{{3,120}}?)(?:,?\s+(?:representing|for|on\s+behalf"
                                 rf"\s+of|speaking\s+for|writing\s+for)\s+(?:the\s+)?(?P<agency>[^()]{{2,60}}))?\)")
# a unit's name before its agency's: "Institute of Space and Astronautical Science, JAXA", "... Research of DLR"
UNIT_BEFORE_RE = re.compile(r"(?P<unit>(?:[A-Z][\w\-’']*\s+){0,4}(?:Center|Centre|Institute|Laboratory|Directorate|"
                            r"Establishment|Division|Department|Facility)\b(?:\s+(?:of|for)\s+[A-Z][\w\-]*(?:\s+(?:and\s+)?"
                            r"[A-Z][\w\-]*){0,4}?)?)(?:,\s+|\s+(?:of|at)\s+)(?:the\s+)?$")
BODY_HEAD_RE = re.compile(r"\b(?:Agency|Centre|Center|Institute|University|Laboratory|Observatory|Academy|College|Ministry|"
                          r"Embassy|Council|Commission|Office|Organi[sz]ation|Administration|Corporation|Foundation|"
                          r"Society|School|Department)\b")
ACRONYM_PART_RE = re.compile(r"[A-Z][A-Z\-]{1,9}(?:\s[A-Z]{2,6})?")


def _bracketed_body(ctx: Context, sentence: Sentence, evidence: Evidence) -> list[tuple[Entity, Entity]]:
    """People with their body in brackets whom no other pattern read: a unit named before its
    agency ("(Institute of Planetary Research of DLR)") is the agency's unit "DLR Institute of Planetary Research"; a
    body no list has ("(KIGAM, the Korea Institute of ...)", "(The Open University, representing ...)") becomes an
    entity, its acronym the part in capitals. The person is of that body, which wrote with them; the agency they speak
    for is not theirs."""
    found = []
    for m in PERSON_BRACKETED_RE.finditer(sentence.text):
        own, at = m.group("own").strip(), m.start("own")
        orgs = [o for o in sentence.mentions if o.entity.type in ORG_LIKE and at <= o.start < m.end("own")]
        name = _person_name(ctx, m.group(1))
        known = ctx.rec.gazetteer.lookup(name) if name else None
        if not name or known is not None and (known.type != "Person" or any(
                f.s == known.iri and f.p == "schema:affiliation" and f.evidence is not None
                and f.evidence.sentence == evidence.sentence for f in ctx.rec.result.facts)):
            continue  # no person's name, or a person another pattern read
        if orgs:  # a known agency, after its unit's name: the unit
            last = orgs[-1]
            unit = UNIT_BEFORE_RE.fullmatch(sentence.text, at, last.start) if last.end == at + len(own) else None
            person = person_entity(ctx, name, evidence) if unit is not None and len(orgs) == 1 else None
            body = _unit(ctx, last.entity, sentence.text[last.start:last.end], " " + unit.group("unit"), evidence) \
                if person is not None else None
            if body is not None:
                _affiliate(ctx, person, body, evidence, "affiliation-bracketed")
                found.append((person, last.entity))
            continue
        parts = [clean_name(p) for p in re.split(r",\s+", own)]
        acronym = next((p for p in parts if ACRONYM_PART_RE.fullmatch(p)), None)
        body_name = next((p for p in parts if p != acronym and NEW_BODY_NAME_RE.fullmatch(p) and BODY_HEAD_RE.search(p)
                          and not any(ROLE_WORD_RE.fullmatch(w) for w in p.split())), None)
        person = person_entity(ctx, name, evidence) if body_name is not None and len(parts) <= 2 else None
        if person is None:  # "(Associate Administrator, Human Exploration)": a role, no body
            continue
        body = ctx.rec.define(body_name, "Organization", evidence, acronym=acronym, rule="affiliation",
                              confidence=0.7, cls="org:FormalOrganization")
        _affiliate(ctx, person, body, evidence, "affiliation-bracketed")
        found.append((person, body))
    return found


# A credited person and a body no list has, after a comma, in an authors list or field: "Ing. Pavel Dvořák, Czech
# Space Office", "Editor-in-chief: Dr. Anna Lindqvist, Swedish National Space Agency"
# (the line's end, or the next field's label a PDF ran onto it: "... Space Agency Compiled by: ...")
PERSON_COMMA_NEW_RE = re.compile(rf"{PERSON},\s+(?:the\s+)?{NEW_BODY}(?=\s*(?:[,;(·|]|$)|\s+[A-Z][\w\-]*(?:\s+[a-z]+)?\s*:)")


# A writer's note in an authors section, the person opening the sentence and the body later in it: "Anna Berg is a
# systems engineer at the European Space Agency", "Tom Brandt leads the lunar surface office at NASA".
BIO_RE = re.compile(rf"^\W*{PERSON}\s+(?:is|was|leads|led|heads|headed|works|worked|serves|served|has\s+been|joined|"
                    r"manages|managed|directs|directed|coordinates|coordinated)\b")


def _subject_of(text: str, name: str, verb: int) -> bool:
    """Whether the person ``name`` is a subject of the verb at ``verb``: between them only their bodies in brackets,
    a relative clause set off by commas, other names and "and" ("A (UKSA), who led ..., and B (ESA) wrote")."""
    at = text.rfind(name, 0, verb)
    if at < 0 or re.search(r"[;:]", text[at:verb]):
        return False
    gap = re.sub(r",\s+who\b[^,]*,", ",", re.sub(r"\([^()]*\)", "", text[at + len(name):verb]))
    return all(w == "and" for w in re.findall(r"\b[a-z][\w\-]*", gap))


def _comma_new_bodies(ctx: Context, text: str, evidence: Evidence) -> list[tuple[Entity, Entity]]:
    """People of an authors list with a body no reference list has after the comma: each becomes an entity."""
    found = []
    for m in PERSON_COMMA_NEW_RE.finditer(text):
        name = clean_name(m.group(2).strip())
        if ctx.rec.gazetteer.lookup(name) is not None or any(
                f.entity.type in ORG_LIKE for f in ctx.rec.gazetteer.find(name)):
            continue
        person = person_entity(ctx, m.group(1), evidence)
        if person is not None:
            org = ctx.rec.define(name, "Organization", evidence, rule="affiliation", confidence=0.7,
                                 cls="org:FormalOrganization")
            _affiliate(ctx, person, org, evidence, "affiliation")
            found.append((person, org))
    return found


def new_affiliations(ctx: Context, sentence: Sentence, evidence: Evidence) -> list[tuple[Entity, Entity]]:
    """People of bodies no reference list has, which become entities from the text: "A of the Canadian
    Embassy in the United States", "UK Science Minister B" (the UK government)."""
    found = []
    for m in PERSON_OF_NEW_RE.finditer(sentence.text):
        name = m.group(2).strip()
        if ctx.rec.gazetteer.lookup(name) is None and not any(
                f.start == 0 and f.entity.type in ORG_LIKE for f in ctx.rec.gazetteer.find(name)):
            person = person_entity(ctx, m.group(1), evidence)
            if person is not None:
                found.append((person, ctx.rec.define(name, "Organization", evidence, rule="affiliation",
                                                     confidence=0.7, cls="org:FormalOrganization")))
    for m in OFFICIAL_RE.finditer(sentence.text):
        country = ctx.rec.gazetteer.lookup(m.group(1))
        if country is not None and country.type == "Country":
            person = person_entity(ctx, m.group(2), evidence)
            if person is not None:
                government = ctx.rec.define(f"{m.group(1)} government", "Organization", evidence, rule="official",
                                            confidence=0.7, cls="org:FormalOrganization")
                ctx.rec.fact(government.iri, "isecg:country", country.iri, "official", 0.7, evidence)
                found.append((person, government))
    for person, org in found:
        _affiliate(ctx, person, org, evidence, "affiliation")
    found += _writes_for_of(ctx, sentence, evidence)
    found += _bracketed_body(ctx, sentence, evidence)
    for m in AS_ITS_RE.finditer(sentence.text):
        bodies = subjects(sentence, m.start(), fallback=False)
        person = person_entity(ctx, m.group(1), evidence) if len(bodies) == 1 else None
        if person is not None:
            _affiliate(ctx, person, bodies[0], evidence, "represented-by")
            found.append((person, bodies[0]))
    for m in REPRESENTED_BY_RE.finditer(sentence.text):
        named = [o.entity for o in sentence.mentions if o.entity.type in ORG_LIKE and o.end <= m.start()]
        bodies = named[-1:] if m.group(1) else subjects(sentence, m.start(), fallback=False)
        person = person_entity(ctx, m.group(2), evidence) if len(bodies) == 1 else None
        if person is not None:
            _affiliate(ctx, person, bodies[0], evidence, "represented-by")
            found.append((person, bodies[0]))
    return found


def _writes_for_of(ctx: Context, sentence: Sentence, evidence: Evidence) -> list[tuple[Entity, Entity]]:
    """"Mikhail Litvak, for Roscosmos, of the Space Research Institute (IKI)": the person is of their own body (one
    no list has becomes an entity), and writes for the agency, which the pair gives."""
    found = []
    for m in FOR_OF_RE.finditer(sentence.text):
        orgs = [o for o in sentence.mentions if o.entity.type in ORG_LIKE]
        agency = next((o.entity for o in orgs if o.start == m.start("agency") and o.end == m.end("agency")), None)
        body = next((o.entity for o in orgs if o.start == m.start("body")), None)
        person = person_entity(ctx, m.group(1), evidence) if agency is not None else None
        if person is not None and body is None:
            body = _new_body(ctx, m.group("body") + (m.group("acronym") or ""), evidence)
        if person is not None and body is not None and body is not agency:
            _affiliate(ctx, person, body, evidence, "affiliation")
            found.append((person, agency))
    return found


def people(ctx: Context, state: State, sentence: Sentence) -> None:
    """People and their organisations; a cited paper's authors; a work a body's sentence calls its own."""
    if sentence.line is state.byline:
        return  # read by its marks: a letter mark run onto a name ("Marco Belluccie, on behalf of ...") is no name
    pairs = affiliations(ctx, state, sentence)
    text = sentence.text
    pairs += new_affiliations(ctx, sentence, sentence.evidence())
    code = PAPER_CODE_RE.search(text)
    evidence = sentence.evidence()
    if code:
        paper = _paper(ctx, code, evidence)
        owner = re.search(r"(\S+?)(?:'s|’s)\s+(?:[\w\-]+\s+){0,3}paper\s*$", text[:code.start()])
        group = ctx.rec.gazetteer.lookup(owner.group(1)) if owner else None
        if group is not None and group.type in ORG_LIKE:  # "DLR's 2010 congress paper IAC-10...": its authors too
            ctx.rec.fact(paper.iri, "dcterms:creator", group.iri, "paper-authors", 0.8, evidence)
            listed = re.search(r"\(([^()]*(?:,|\band\b)[^()]*)\)", text[code.end():])
            for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group(1)) if listed else []:
                person = person_entity(ctx, name.strip(), evidence) if re.fullmatch(PERSON, name.strip()) else None
                if person is not None:
                    _affiliate(ctx, person, group, evidence, "paper-authors")
                    pairs.append((person, group))
        if re.search(r"\bby\b", text[code.end():]) or group is not None:
            for person, _ in pairs:
                ctx.rec.fact(paper.iri, "dcterms:creator", person.iri, "paper-authors", 0.8, evidence)
    if text.startswith("|") and text == sentence.line.text:  # a row no table's rule took (see line_people)
        _agency_person_row(ctx, sentence)
    bio = BIO_RE.match(text) if _in_authors_prose(state, sentence) else None
    body = next((m.entity for m in sentence.mentions if bio and m.start >= bio.end() and m.entity.type in ORG_LIKE), None)
    person = person_entity(ctx, bio.group(1), evidence) if body and all(p.label != bio.group(1) for p, _ in pairs) else None
    if person is not None:  # "About the authors": "Anna Berg is a systems engineer at the European Space Agency."
        _affiliate(ctx, person, body, evidence, "affiliation")
        pairs.append((person, body))
    if AUTHORS_LEAD_RE.match(text) or _in_authors_prose(state, sentence) \
            or BLOCK_LABEL_RE.match(text) and _after_making(ctx, sentence):
        # "Authors: A (NASA), B (JAXA) and C (CNES).", a paragraph of an authors section: this document's authors
        _credit(ctx, pairs + _comma_new_bodies(ctx, text, evidence), evidence, "authors",
                editors=EDITORS_LEAD_RE.match(text) is not None)
    _lead_bodies(ctx, sentence, pairs)
    credited = CREDITED_RE.search(text)
    other = TAKES_PART_IN_RE.match(text, credited.end("verb")) if credited and credited.group("verb") else None
    credited = None if other and other.end() <= credited.end() and not WORK_WORD_RE.search(other.group(1)) else credited
    listed = [m.entity for m in sentence.mentions if credited and m.start >= credited.end() - 1
              and m.entity.type in ORG_LIKE]
    if credited and not listed and text.rstrip().endswith(":"):
        listed = _listed_below(ctx, sentence.line)
    # "This paper was written by the members of the Science Team: A (ESA), B (NASA) and C (JAXA).": the people the
    # colon lists after the document's making
    made = WRITTEN_BY_COLON_RE.search(text)
    if made and pairs and OWN_WORK_RE.search(text[:made.start()]) and not THANKS_RE.search(text) \
            and not re.search(r"\b(?:will|shall|to be)\b", text[:made.start()]):
        _credit(ctx, [(p, o) for p, o in pairs if p.label in text[made.end():]], evidence, "authors")
    # "..., Anna Berg (ESA) and John Smith (NASA), who wrote this report": thanked or not, the people before the
    # relative clause of the document's writing
    wrote = WHO_WROTE_RE.search(text)
    if wrote and pairs and OWN_WORK_RE.match(text, wrote.end() + 1):
        _credit(ctx, [(p, o) for p, o in pairs if p.label in text[:wrote.start()]], evidence, "authors")
    # (not in a meeting's record or news, where the sections are those of a draft discussed or another work)
    part = WHO_PART_RE.search(text) if ctx.series.genre not in RECORD_GENRES else None
    if part and pairs:
        _credit(ctx, [(p, o) for p, o in pairs if p.label in text[:part.start()]], evidence, "authors")
    for m in PART_WROTE_RE.finditer(text) if not part and ctx.series.genre not in RECORD_GENRES else []:  # the subjects: nothing but names between
        _credit(ctx, [(p, o) for p, o in pairs if _subject_of(text, p.label, m.start())], evidence, "authors")
    for m in PART_BY_RE.finditer(text) if ctx.series.genre not in RECORD_GENRES else []:  # each part's writers: the people up to the clause's end
        end = CLAUSE_END_RE.search(text, m.end()).start()
        writers = [(p, o) for p, o in pairs if p.label in text[m.end():end]]
        _credit(ctx, writers, evidence, "authors")
        for o in [] if writers else sentence.mentions:  # "Annex B was prepared by JAXA and CNES."
            if o.entity.type in ORG_LIKE and m.end() <= o.start < end and BY_ITEM_RE.fullmatch(text, m.end(), o.start):
                ctx.rec.fact(ctx.series.iri, "dcterms:creator", o.entity.iri, "authors", 0.8, evidence)
    cue = AUTHORS_CUE_RE.search(text)
    if cue and pairs and not sentence.of_type("Document") and not code and not _in_authors_prose(state, sentence) \
            and not AUTHORS_LEAD_RE.match(text) and all(p.label not in text[:cue.start()] for p, _ in pairs) \
            and not THANKS_RE.search(text) and not YEAR_RE.search(text[:_first_person(text, pairs)]):
        _credit(ctx, pairs, evidence, "authors", editors="editor" in cue.group().lower())
    for entity in listed if len(listed) >= 2 else []:
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", entity.iri, "credited", 0.8, evidence)
    credited_list(ctx, sentence)
    contributions(ctx, sentence)
    credited_inline(ctx, sentence, own_section=_in_authors_prose(state, sentence))
    cited_authors(ctx, state, sentence)
    for m in sentence.of_type("Document"):
        its = ITS_WORK_RE.search(text[:m.start])
        bodies = subjects(sentence, its.start(), fallback=False) if its else []
        if len(bodies) == 1:
            ctx.rec.fact(m.entity.iri, "dcterms:creator", bodies[0].iri, "its-work", 0.75, evidence)


# A sentence saying bodies supplied the document's material, and that their list follows: "Of the twenty-six members,
# 19 supplied material for this supplement. They are listed below ...", "contributions to the edition came from 14 space
# agencies. They are listed below by acronym:" (any word of contribution, any word for bodies, any cue of a list below).
CONTRIBUTED_RE = re.compile(r"\b(?:contribut\w*|supplied|provided|submitted|furnished|inputs?|material)\b", re.I)
BODIES_WORD_RE = re.compile(r"\b(?:agencies|members|organi[sz]ations|bodies|partners|institutions)\b", re.I)
LIST_FOLLOWS_RE = re.compile(r"\b(?:listed|named|shown|given|set\s+out|enumerated|appear)\s+(?:[\w\-]+\s+){0,2}?below\b|"
                             r"\bas\s+follows\b|\b(?:the\s+)?following\s*(?:[\w\-]+\s+){0,2}?(?:[\w\-]+\s*)?:|:\s*$", re.I)
# A body's former name in a row ("2007, then as BNSC", "(formerly BNSC)"): not another contributor.
FORMER_RE = re.compile(r"\b(?:as|formerly|previously|then|née|ex)\s*\(?\s*$", re.I)
CUE_LINE_WORDS = 12  # a line that only says the list follows ("The agencies are listed below.")
LIST_LEAD_LINES = 3  # lines a list may have before its first row (its caption, its column headings)
LIST_WRAP_WORDS = 4  # a row's wrapped cell ("Thailand", "2021–2022"); a longer line with no body ends the list


# Bodies a sentence credits with the document, listed in it after a cue: "Contributing agencies: ASI, CNES and DLR",
# "Eleven agencies took part in preparing the report: ASI, CNES, ...", "This report drew on input from NASA, ESA and
# JAXA", "Material for this paper was supplied by CNES, DLR and ASI", "The agencies which contributed to this edition
# were CNES, DLR and ESA", "prepared by the TWG, with contributions from ASI, CNES and DLR". A word of writing with a
# word for bodies or the document; a word of contribution with the document only ("contributions to the Gateway from
# NASA and ESA": no). The list opens after any opener that follows a cue (the longest list read), and a list a line
# break cuts after a comma or "and" goes on on the next line ("... CSA, DLR," / "ESA, JAXA and NASA").
CREDIT_LABEL_RE = re.compile(r"^\W*(?:[A-Z][\w\-]*\s+){0,2}?(?P<word>contributing|participating|authoring|drafting)\s+"
                             r"(?:(?:space|member|partner)\s+)?(?:agencies|organi[sz]ations|bodies|members)\s*:\s*", re.I)
WRITING_RE = re.compile(r"\b(?:prepar\w*|wr[io]t\w*|draft\w*|author\w*|compil\w*|edit(?:ed|ing)|develop(?:ed|ing|ment)|produced|"
                        r"took\s+part|taking\s+part)\b", re.I)
LIST_OPENS_RE = re.compile(r":\s*|\b(?:from|by|were|are|included|include|includes|comprised|comprise|being)\s+")
LIST_JOIN_RE = re.compile(r"\s*(?:,|and|&|,\s*and|/|,?\s*as\s+well\s+as|,?\s*together\s+with)\s*(?:the\s+)?")
# A list's item may carry its country or full name in brackets: "ASI (Italy), CNES (France)".
LIST_ASIDE_RE = re.compile(r"\s*(?:\([^()]{1,60}\)|\))")
# What comes before an item: "the", its country with the item in brackets ("Italy (ASI), France (CNES)"), or its
# country's possessive ("Germany's DLR", "the United States' NASA").
_COUNTRY_FIRST = r"(?:(?:[A-Z][\w\-]*\s+){1,3}\(\s*|(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*(?:'s|’s|s'|s’)\s+)?"
# "... by the space agencies of ASI, CNES and DLR", "with contributions from experts of NASA, ESA and JAXA": a word for
# the bodies, or for their people, before the first.
LIST_FIRST_RE = re.compile(rf"(?:the\s+)?(?:(?:[\w\-]+\s+){{0,2}}?(?:agencies|organi[sz]ations|members|partners|experts|"
                           rf"representatives|specialists)\s+(?:(?:of|from)\s+)?(?:the\s+)?)?{_COUNTRY_FIRST}", re.I)
QUALIFIER_RE = re.compile(r"(?:'s|’s)?\s+(?:[\w\-]+\s+){0,2}?(?:agencies|organi[sz]ations|members|partners)\b", re.I)
LIST_GAP_RE = re.compile(rf"\s*(?:,|and|&|,\s*and|;|·|•|\||/|,?\s*as\s+well\s+as|,?\s*together\s+with)\s*(?:the\s+)?"
                         rf"{_COUNTRY_FIRST}")
# Items between two known bodies of a list that name none a reference list has ("ASI, CNES, NSAU, DLR and JAXA", "...,
# the Mohammed Bin Rashid Space Centre (MBRSC), JAXA"): a name in capitals (an aside in brackets after it) between
# joiners; the list reads on past them, they themselves not read (a list of 10 agencies is not cut at its first
# unknown one).
_UNLISTED_ITEM = r"(?:the\s+)?[A-Z][\w\-’'&.]*(?:\s+(?:[A-Z][\w\-’'&.]*|of|for|de|du|des|the)){0,5}(?:\s*\([^()]{1,60}\))?"
UNLISTED_GAP_RE = re.compile(rf"(?:\s*(?:,|and|&|,\s*and|;|·|•|\|)\s*{_UNLISTED_ITEM})+\s*(?:,|and|&|,\s*and|;|·|•|\|)\s*"
                             rf"(?:the\s+)?{_COUNTRY_FIRST}")
LIST_CUT_RE = re.compile(r"(?:,|\band|&)\s*$")  # the list goes on on the next line
CUT_NAME_RE = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?(?:[A-Z][\w\-’']*\s+)*[A-Z][\w\-’']*\s*")  # ", European Space"
# "The next edition will be prepared by ...", "is to be drafted by": another document than this one.
NOT_THIS_WORK_RE = re.compile(r"\b(?:will|would|shall|should|is\s+to|are\s+to|to\s+be|next|previous|future|upcoming|"
                              r"forthcoming|earlier|prior|subsequent|former|last|new)\b", re.I)


WORK_NOUN_RE = re.compile(r"\b(?:paper|supplement|report|document|roadmap|update|edition|strategy|digest|assessment|plan|"
                          r"study|publication|overview|brief|issue|newsletter|bulletin|framework)s?\b", re.I)


OF_WORK_RE = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w\-’']*|of|for|and|on|the)\s*|\([A-Z][\w\-]*\)\s*)+")


# The makers counted, not named, as a verb's subject: "Eleven agencies (therefore) contributed mission data to this issue".
COUNTED_MAKERS_RE = re.compile(r"^\W*(?P<n>[\w\-]+)\s+(?:space\s+|member\s+)?(?:agencies|organi[sz]ations|bodies)\s+"
                               r"(?:(?:therefore|thus|in\s+all|altogether|together|so)\s+)?$", re.I)


def _counted_before(ctx: Context, state: State, sentence: Sentence, start: int, verb: int) -> None:
    """The makers a sentence counts ("Eleven agencies therefore contributed ...", COUNTED_MAKERS_RE) when the sentence
    before names as many bodies ("... with inputs from ASI, CNES, ... and the UK Space Agency."): each made it."""
    counted = COUNTED_MAKERS_RE.match(sentence.text[start:verb])
    n = number(counted.group("n")) if counted else None
    named = list({m.entity.iri: m.entity for m in ctx.rec.gazetteer.find(state.previous)
                  if m.entity.type == "Organization" and m.entity is not ctx.body}.values())
    if n is None or n < 2 or len(named) != n:
        return
    evidence = Evidence(sentence.passage_id, sentence.line.page, f"{state.previous.strip()} {sentence.text.strip()}")
    for body in named:
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", body.iri, "counted-makers", 0.75, evidence)


def own_work(ctx: Context, sentence: Sentence) -> re.Match | None:
    """The words naming this document in the sentence ("this report", "The assessment"): not another document's
    ("The ILEWG report": a body's other than the one the document is about; "the next edition"), nor a work
    to come ("will be prepared by")."""
    text = sentence.text
    for m in OWN_WORK_RE.finditer(text):
        if NOT_THIS_WORK_RE.search(m.group()):
            continue
        if any(o.entity.type == "Organization" and m.start() <= o.start < m.end() and o.entity is not ctx.body
               for o in sentence.mentions):
            continue
        if not re.match(r"\W*(?:this|the\s+present)\b", m.group(), re.I) and not _own_title(ctx, m.group()):
            continue  # "The Global Exploration Roadmap, developed by ..." in an annual report: another work's name
        return m
    return None


# The pronoun of a sentence after one naming this document: "This note records ... It was prepared by the X."
IT_RE = re.compile(r"^\W*It\b")
# A thing named right before the verb, the verb its own: "In this report, the analysis developed by NASA is summarised"
# (not "This report, the second of its kind, was prepared by", "This report and its annex were prepared by").
MADE_THING_RE = re.compile(r"(?:^|\s)(?:the|an?|its|their)\s+(?:(?!(?:is|are|was|were|has|have|had|been|being|be)\s)"
                           r"[\w\-]+\s+){0,3}$", re.I)


# The document by the noun of its genre: "a new supplement", "its 2019 annual report", "the latest white paper".
GENRE_NOUNS = {"supplement": "supplement", "annual-report": "(?:annual\\s+)?report", "roadmap": "roadmap",
               "white-paper": "(?:white\\s+)?paper", "technology-assessment": "(?:gap\\s+)?assessment",
               "strategy": "strategy", "report": "report", "newsletter": "newsletter|issue"}
NEW_WORD_RE = re.compile(r"\b(?:new|latest|present|updated)\b", re.I)


def _own_genre(ctx: Context, sentence: Sentence) -> re.Match | None:
    """The words naming this document by its genre's noun, as a body's new work ("the ISECG released a new
    supplement", "ISECG published its 2019 annual report"), when every date the sentence gives is the document's
    own and it gives one, or calls the work new ("the lunar surface supplement that ISECG issued in August 2020",
    in the 2022 supplement, is another)."""
    noun = GENRE_NOUNS.get(ctx.series.genre or "")
    if noun is None:
        return None
    m = re.search(rf"\b(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){{0,3}}?(?:{noun})\b", sentence.text, re.I)
    if m is None:
        return None
    own_date = ctx.series.date or ""
    dates = find_dates(sentence.text)
    if any(not (own_date.startswith(d.start) or d.start.startswith(own_date)) for d in dates):
        return None
    return m if dates or NEW_WORD_RE.search(m.group()) else None


def _own_title(ctx: Context, phrase: str) -> bool:
    """Whether the capitalised words of "The <Title> <noun>" are the document's own title's (its title or the
    head of its first page): "The Global Exploration Roadmap" in the roadmap, not in an annual report."""
    words = {w.lower() for w in re.findall(r"\b[A-Z][\w\-]*", phrase)[1:]}
    if not words:
        return True
    first = ctx.text.lines[0].page if ctx.text.lines else None
    head = " ".join([ctx.doc.title or "", *(line.text for line in ctx.text.lines[:HEAD_LINES] if line.page == first)])
    return words <= {w.lower() for w in re.findall(r"[\w\-]+", head)}


def _other_work(sentence: Sentence, start: int, end: int) -> bool:
    """Whether another work is named from ``start`` to ``end``: a document, or a noun of a work ("This report builds
    on the roadmap of 2018, which was developed by ...": the cue after it is about that one)."""
    of = OF_WORK_RE.match(sentence.text, start)  # "The third edition of the Global Exploration Roadmap (GER)": the same
    start = max(start, of.end()) if of else start
    # "The Global Exploration Roadmap Supplement is produced by": the title's capitalised words go on, still this work
    title = re.match(r"(?:\s+[A-Z][\w\-]*)+(?=\s+[a-z])", sentence.text[start:end])
    start = start + title.end() if title and start == _own_start(sentence, start) else start
    return WORK_NOUN_RE.search(sentence.text, start, end) is not None \
        or any(start <= m.start < end for m in sentence.of_type("Document"))


def _own_start(sentence: Sentence, end: int) -> int:
    """``end`` when the text before it opens the sentence with a title in capitals ("The Global Exploration
    Roadmap"), else -1."""
    return end if re.fullmatch(r"\W*The(?:\s+[A-Z][\w\-]*)+", sentence.text[:end]) else -1


def _listed(ctx: Context, sentence: Sentence, at: int) -> list[Entity]:
    """The bodies listed from ``at`` in the sentence ("the" may come first, a bracketed aside after each), joined
    by commas or "and"; a list the line ends after a joiner goes on on the lines below that hold only bodies."""
    text = sentence.text
    orgs = [m for m in sentence.mentions if m.entity.type in ORG_LIKE and m.start >= at]
    listed, start, listed_end = [], at, -1
    for m in orgs:
        if m.start < at:  # a name in the aside: "ESA (European Space Agency)"
            continue
        if not listed and at == start and QUALIFIER_RE.match(text, m.end) and LIST_FIRST_RE.fullmatch(text, at, m.start):
            continue  # "by the ISECG participating agencies ASI, CNES, ...": the body qualifies the word for them
        gap = text[at:m.start]
        if listed and not gap.strip() and at == listed_end:  # "the ISECG Science Working Group": the group
            listed[-1] = m.entity
        elif not (LIST_FIRST_RE.fullmatch(gap) if at == start else LIST_GAP_RE.fullmatch(gap)):
            unknown = _unknown_items(ctx, sentence, at, m.start) if listed else None
            if unknown is None and listed and UNLISTED_GAP_RE.fullmatch(gap):
                unknown = []
            if unknown is None:
                break
            listed += [*unknown, m.entity]
        else:
            listed.append(m.entity)
        at = listed_end = m.end
        at += a.end() - a.start() if (a := LIST_ASIDE_RE.match(text, m.end)) else 0
    if listed and (unknown := _unknown_items(ctx, sentence, at, len(text), last=True)):
        listed += unknown
    line = sentence.line
    if listed and LIST_CUT_RE.search(text[at:]) and line.text.rstrip().endswith(text.rstrip()):
        listed += _list_lines(ctx, line)
    elif listed and CUT_NAME_RE.fullmatch(text, at) and line.text.rstrip().endswith(text.rstrip()) \
            and (cut := run_on_bodies(ctx, line)):  # "..., CNES, European Space" / "Agency, JAXA and NASA."
        listed += cut + _list_lines(ctx, line, cut=True)
    return listed


# An item of a list no reference list has, named by its acronym and its country in brackets: ", NSAU (Ukraine)".
UNKNOWN_ITEM_RE = re.compile(r"\s*(?:,|and|&|,\s*and|;|·)\s*([A-Z][A-Za-z]{1,3}[A-Z]{1,4})\s*\(([^()]{2,40})\)")


def _unknown_items(ctx: Context, sentence: Sentence, start: int, end: int, *, last: bool = False) -> list[Entity] | None:
    """The bodies a list names from ``start`` to ``end`` by acronyms no reference list has, each with its country
    in brackets ("ASI (Italy), NSAU (Ukraine) and NASA (United States)"): each a new organisation; None when the
    text is anything else (up to the next item's joiner, or the sentence's end when ``last``)."""
    text, items, at = sentence.text, [], start
    while m := UNKNOWN_ITEM_RE.match(text, at, end):
        country = ctx.rec.gazetteer.lookup(m.group(2).strip())
        if country is None or country.type != "Country" or ctx.rec.gazetteer.lookup(m.group(1)) is not None:
            return None
        items.append(m.group(1))
        at = m.end()
    rest = text[at:end]
    if not items or not (re.fullmatch(r"\s*[.;]?\s*", rest) if last else LIST_GAP_RE.fullmatch(rest)):
        return None
    return [ctx.rec.define(a, "Organization", sentence.evidence(), acronym=a, rule="credited", confidence=0.7)
            for a in items]


def _list_lines(ctx: Context, line, *, cut: bool = False) -> list[Entity]:
    """The bodies on the lines after ``line`` that go on with its list: lines of bodies joined by commas or "and"
    (asides in brackets), the last ending the list without a joiner; ``cut``: the first line opens with the rest
    of a name the line break cut ("European Space" / "Agency, JAXA and NASA."), read before."""
    lines = ctx.text.lines
    index = ctx.text.position(line)
    found = []
    for following in lines[index + 1:]:
        text = following.text
        start = (rest.end() if cut and (rest := CUT_REST_RE.match(text)) else 0) if not found else 0
        mentions = [m for m in ctx.rec.gazetteer.find(text) if m.entity.type in ORG_LIKE and m.start >= start]
        at, ok = start, bool(mentions) or start > 0
        for m in mentions:
            if not LIST_JOIN_RE.fullmatch(text[at:m.start]) and (at > start or text[start:m.start].strip()):
                ok = False
                break
            at = m.end + (a.end() - a.start() if (a := LIST_ASIDE_RE.match(text, m.end)) else 0)
        rest = text[at:]
        if not ok or not re.fullmatch(r"\s*(?:,|and|&|\.)?\s*", rest):
            break
        found += [m.entity for m in mentions]
        cut = False
        if not LIST_CUT_RE.search(rest):
            break
    return found


CUT_REST_RE = re.compile(r"(?:[A-Z][\w\-’']*\s+)*?[A-Z][\w\-’']*(?:\s*\([^()]{1,60}\))?(?=\s*(?:,|and\b|&|\.|$))")


# A work the sentence names, and who made it: "the Global Exploration Roadmap (2018), which was developed by ASI, CNES
# and NASA", "the GTDM 2016 update, prepared by the ISECG Technology Working Group", "the white paper "X" by the
# Science Working Group", "Developed by the TWG, the GER Technology Development Map ...".
MADE_BY_RE = re.compile(r"\b(?:(?:issued|published|released|prepared|written|authored|co-authored|compiled|drafted|"
                        r"produced|edited|developed|created)\s+(?:(?:jointly|collectively)\s+)?)?by\s+", re.I)
# between the work and the verb: its year or acronym in brackets, a comma, a relative pronoun, a form of "be"
ATTACHED_RE = re.compile(r"[\"”’']?\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|is|are|had\s+been|"
                         r"has\s+been|have\s+been|being)\s+)?(?:(?:first|originally|jointly|also)\s+)?")
# The verb of making right before a work, the words between its determiner, year or adjectives: "drafted the 2019
# white paper", "delivered an updated".
MADE_BEFORE_RE = re.compile(r"\b(?:wrote|drafted|prepared|developed|authored|co-authored|compiled|produced|delivered|"
                            r"completed|finali[sz]ed)\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:new|updated|first|second|"
                            r"third|revised|joint|(?:19|20)\d\d)\s+)*(?:[a-z][\w\-]*\s+){0,2}?[\"“']?$")
FRONTED_MADE_RE = re.compile(r"^\W*(?:(?:First|Originally|Jointly)\s+)?(?:Issued|Published|Released|Prepared|Written|"
                             r"Compiled|Drafted|Produced|Developed|Created)\s+(?:in\s+(?:[\w,]+\s+){1,3}?)?by\s+")


def cited_authors(ctx: Context, state: State, sentence: Sentence) -> None:
    """The bodies (and people) that made a work the sentence names, listed after "by" right after it or in a
    fronted participle whose subject it is: each a dcterms:creator of that work, not of this document."""
    text, evidence = sentence.text, sentence.evidence()
    docs = [m for m in sentence.of_type("Document") if m.entity.iri != ctx.series.iri]
    if not docs or THANKS_RE.search(text):
        return
    found: dict[str, list[int]] = {}
    for by in MADE_BY_RE.finditer(text):
        work = next((m for m in reversed(docs) if m.end <= by.start()), None)
        if work is None or not ATTACHED_RE.fullmatch(text, work.end, by.start()):
            continue
        if by.group().lower().startswith("by") and not re.fullmatch(r"[\"”’']?\s*(?:\([^()]{1,60}\)\s*)?,?\s*",
                                                                  text[work.end:by.start()]):
            continue  # a bare "by" right after the work: "the white paper X by the SWG"
        found.setdefault(work.entity.iri, []).append(by.end())
    fronted = FRONTED_MADE_RE.match(text)
    if fronted:
        listed = _listed(ctx, sentence, fronted.end())
        after = max((m.end for m in sentence.mentions if m.entity in listed), default=fronted.end())
        work = next((m for m in docs if m.start >= after), None)
        if work is not None and re.fullmatch(r"[\s,)]*(?:the\s+)?(?:[\w\-]+\s+){0,3}?[\"“']?", text[after:work.start]):
            found.setdefault(work.entity.iri, []).append(fronted.end())
    for m in docs:  # "The Technology Working Group delivered an updated GTDM", "ASI and CNES drafted the 2019 paper X"
        verb = MADE_BEFORE_RE.search(text[:m.start])
        for body in subjects(sentence, verb.start(), fallback=False) if verb else []:
            if body.type in ORG_LIKE:
                ctx.rec.fact(m.entity.iri, "dcterms:creator", body.iri, "cited-authors", 0.7, evidence)
    pairs = None
    for iri, starts in found.items():
        for at in starts:
            for body in _listed(ctx, sentence, at):
                ctx.rec.fact(iri, "dcterms:creator", body.iri, "cited-authors", 0.75, evidence)
            if PERSON_START_RE.match(text, at):  # "by Ana Lima (NASA) and Rui Paz of AEB"
                pairs = pairs if pairs is not None else affiliations(ctx, state, sentence)
                for person, org in pairs:
                    if person.label in text[at:]:
                        ctx.rec.fact(iri, "dcterms:creator", person.iri, "cited-authors", 0.75, evidence)
                        ctx.rec.fact(iri, "dcterms:creator", org.iri, "cited-authors", 0.75, evidence)


def _lead_bodies(ctx: Context, sentence: Sentence, pairs: list) -> None:
    """The bodies after a label of the document's authors, when it names no person: "Editorial team: the Science
    Working Group (SWG) of ISECG", "Contributors: ASI, CNES, CSA" (a line of fields, a heading's too); "the ISECG
    Science Working Group": the group named right after the body."""
    text = sentence.text
    lead = AUTHORS_LEAD_RE.match(text)
    if not lead or BYLINE_RE.match(text):
        return
    # people named by their initials, each with their body ("Authors: A. Lima (NASA), K.-H. Jun, KARI"): the names
    # the affiliation rules do not read
    initialled = [(name, m.entity) for m in sentence.mentions if m.start > lead.end() and m.entity.type in ORG_LIKE
                  and (name := INITIALS_BODY_RE.search(text, lead.end(), m.start))
                  and ITEM_OPENS_RE.search(text[lead.end():name.start(1)])]  # not "Sarah K. Holloway"
    for name, body in initialled:
        person = person_entity(ctx, name.group(1), sentence.evidence())
        if person is not None:
            _affiliate(ctx, person, body, sentence.evidence(), "authors")
            _credit(ctx, [(person, body)], sentence.evidence(), "authors")
    if initialled or pairs:
        return
    for m in coordinated(sentence, lead.end(), len(text)):
        group = next((o for o in sentence.mentions if o.start >= m.end and o.entity.type in ORG_LIKE), None)
        body = group if group is not None and not text[m.end:group.start].strip() else m
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", body.entity.iri, "authors", 0.8, sentence.evidence())
    # the whole list the label leads, read past asides and bodies no list has ("NASA (lead), ESA, NSAU, JAXA")
    for entity in _listed(ctx, sentence, re.compile(r"\s*").match(text, lead.end()).end()):
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", entity.iri, "authors", 0.8, sentence.evidence())


ITEM_OPENS_RE = re.compile(r"(?:^|[,;·&]|\band)\s*$")
INITIALS_BODY_RE = re.compile(rf"(?<![\w.])((?:[A-Z]\.(?:-[A-Z]\.)?\s?){{1,2}}{_NAME})\s*(?:\(\s*|,\s+|[–—-]\s+)$")


CUE_GAP_WORDS = {"to", "in", "of", "the", "this", "that", "these", "its", "their", "by", "with", "following", "below",
                 "all", "jointly", "also", "which", "who", "were", "was", "have", "has", "had", "been", "and", "as",
                 "listed", "named", "ISECG", "space", "member", "participating", "contributing", "from", "for",
                 "received", "made", "came", "drawn", "gathered", "collected", "given", "gratefully", "kindly",
                 # the people the bodies sent: "contributions of experts from ASI, CNES and DLR"
                 "experts", "specialists", "representatives", "staff"}


def _without_names(sentence: Sentence, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` less the names of bodies in it ("by members of the ISECG Science Working
    Group from": "by members of the  from")."""
    text, parts, at = sentence.text, [], start
    for m in sentence.mentions:
        if m.entity.type in ORG_LIKE and start <= m.start and m.end <= end and m.start >= at:
            parts.append(text[at:m.start])
            at = m.end
    return " ".join([*parts, text[at:end]])


def _on_the_work(gap: str) -> bool:
    """Whether the words between a cue and its list's opener speak of the work or of the bodies only: each a word
    of a work or a body, or a function word."""
    words = re.findall(r"[\w\-]+", gap)
    return all(w.lower() in CUE_GAP_WORDS or w in CUE_GAP_WORDS or WORK_WORD_RE.fullmatch(w) or BODIES_WORD_RE.fullmatch(w)
               or WRITING_RE.fullmatch(w) or CONTRIBUTED_RE.fullmatch(w) or number(w) for w in words)


# A label of the people of a credits block, after its byline or another of its labels: the leads of the team a byline
# just named ("Prepared by the TWG. Co-leads: A B, NASA, and C D, JAXA."), the contributors after the editor ("Editor:
# A B (ESA). Contributions: C D (NASA); E F (CSA)."), the editing after the leads ("Editorial support: G H (JAXA)")
BLOCK_LABEL_RE = re.compile(r"^\W*(?:(?:Co-?)?(?:Leads?|Chairs?|Leaders?|Coordinators?)|Contributions|Input|"
                            r"Editorial\s+(?:support|assistance)|Editing)\s*:", re.I)
# Contributions to the document from bodies, said on their own: "Contributions were received from ASI, CNES and DLR",
# "Input to this report came from CSA and ESA" (not "Contributions to the Gateway come from ..."); with no object,
# only right after a sentence on the document's making ("The supplement was prepared by the ERWG.").
CONTRIBUTIONS_RE = re.compile(r"^\W*(?:(?:Further|Additional|Written)\s+)?(?:Contributions|Inputs?|Material|Text|Sections)"
                              r"(?:\s+(?:to|for)\s+(?P<object>[^,;]{3,60}?))?\s+(?:was|were|came|come|has\s+been|have\s+been|"
                              r"had\s+been)\s+(?:[a-z]+\s+)?(?:from|by)\s+(?:the\s+)?", re.I)


def _after_making(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence before told who made this document ("Prepared by the TWG.", "The supplement was drafted
    by the ERWG.", "Editor: A B (ESA)."): on the same line, or ending the line above when the sentence opens its own
    (a credits block set a label a line: "Prepared by the TWG" / "Co-leads: A B, NASA, and C D, JAXA")."""
    line, lines = sentence.line, ctx.text.lines
    before = [s for s in ctx.text.sentences(line) if s.offset < sentence.offset][-1:]
    index = ctx.text.position(line)
    if not before and index and lines[index - 1].page == line.page:
        before = ctx.text.sentences(lines[index - 1])[-1:]
    if not before:
        return False
    own = own_work(ctx, before[0])
    return BYLINE_RE.match(before[0].text) is not None or AUTHORS_LEAD_RE.match(before[0].text) is not None \
        or BLOCK_LABEL_RE.match(before[0].text) is not None and _after_making(ctx, before[0]) \
        or own is not None and BY_PHRASE_RE.search(before[0].text, own.end()) is not None


def contributions(ctx: Context, sentence: Sentence) -> None:
    """Credit the bodies a sentence says this document's contributions came from (see CONTRIBUTIONS_RE)."""
    m = CONTRIBUTIONS_RE.match(sentence.text)
    if m is None:
        return
    own = own_work(ctx, sentence)
    if m.group("object") is not None:
        if own is None or not m.start("object") <= own.start() < m.end("object"):
            return
    elif not _after_making(ctx, sentence):
        return
    for body in coordinated(sentence, m.end(), len(sentence.text)):
        if ctx.body is None or body.entity.iri != ctx.body.iri:
            ctx.rec.fact(ctx.series.iri, "dcterms:creator", body.entity.iri, "credited", 0.8, sentence.evidence())


def credited_inline(ctx: Context, sentence: Sentence, *, own_section: bool = False) -> None:
    """The bodies listed in the sentence after a cue of credit (see CREDIT_LABEL_RE), two or more, each an author.
    A byline ("Compiled by the Secretariat on the basis of contributions from ASI, CNES and JAXA") names this
    document as much as "this report" does; so does a sentence of its "About this report" or authors section
    (``own_section``: "Contributions were received from CSA, DLR and KARI")."""
    text = sentence.text
    if THANKS_RE.search(text) or ctx.series.genre in RECORD_GENRES:
        return
    own = own_work(ctx, sentence) or BYLINE_RE.search(text)
    label = CREDIT_LABEL_RE.match(text)
    if label and label.group("word").lower() == "participating" and _took_part_only(ctx):
        label = None  # "ISECG participating agencies: ..." in an annual report: its members
    cues = [*WRITING_RE.finditer(text)] if BODIES_WORD_RE.search(text) or own else []
    cues += [*CONTRIBUTED_RE.finditer(text)] if own or own_section or BODIES_WORD_RE.search(text) else []
    cues = [c for c in cues if not own or c.start() < own.start() or not _other_work(sentence, own.end(), c.start())]
    if NOT_THIS_WORK_RE.search(text, 0, min((c.start() for c in cues), default=0)) and not own:
        cues = []
    openers = [label.end()] if label else []
    # an opener of the cue's own clause, after words on the work or the bodies only ("contributed to this edition
    # were", "developed by the following agencies:"), not after another thing's ("developing lunar landers include")
    openers += [o.end() for cue in cues for o in LIST_OPENS_RE.finditer(text, cue.end())
                if ";" not in text[cue.end():o.start()] and _on_the_work(_without_names(sentence, cue.end(), o.start()))]
    listed = max((_listed(ctx, sentence, at) for at in openers), key=len, default=[])
    for entity in listed if len(listed) >= 2 else []:
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", entity.iri, "credited", 0.8, sentence.evidence())


# The heading row of a table of bodies: "Agency Country", "Organisation | Role"
COLUMN_HEAD_RE = re.compile(r"^\W*(?:Agency|Agencies|Organi[sz]ations?|Members?|Bod(?:y|ies)|Partners?|Institutions?)\b"
                            r"(?:\s+[A-Z][a-z]+){0,3}\s*\|?\s*$")


def _counted_table_below(ctx: Context, sentence: Sentence) -> bool:
    """A sentence counting the bodies ("Nine agencies took part in ...") that ends its line, a table of bodies
    ("Agency Country") or a list right below it."""
    lines, text = ctx.text.lines, sentence.text
    index = ctx.text.position(sentence.line)
    head = lines[index + 1].text if index + 1 < len(lines) else ""
    counted = [n for w in re.findall(r"[\w\-]+", text) if (n := number(w)) and n >= 2]
    return bool(counted) and sentence.line.text.rstrip().endswith(text.rstrip()) and bool(
        COLUMN_HEAD_RE.match(head) or LIST_ITEM_RE.match(head))


def credited_list(ctx: Context, sentence: Sentence) -> None:
    """Bodies a sentence credits with the document's material, listed on the lines below it, one or several a row
    (a table's rows a PDF ran together, "ASI — the Italian Space Agency (Italy)"): each is an author of this
    document. The list ends at a line of prose or a longer line naming no body, or when it holds as many bodies
    as the sentence counts (its smallest number: "Of the twenty-six members, 19 supplied")."""
    text = sentence.text
    own = own_work(ctx, sentence) if BODIES_WORD_RE.search(text) else None
    # a word of writing with the document ("The roadmap is developed by the ISECG agencies listed below.")
    # or the document as the bodies' work ("This document is the result of the joint work of the following agencies:")
    writing = own is not None and (any(w.start() < own.start() or not _other_work(sentence, own.end(), w.start())
                                       for w in WRITING_RE.finditer(text)) or WORK_OF_RE.match(text, own.end())) \
        and (LIST_FOLLOWS_RE.search(text) or _counted_table_below(ctx, sentence))
    contributed = CONTRIBUTED_RE.search(text) if BODIES_WORD_RE.search(text) else None
    other = TAKES_PART_IN_RE.match(text, contributed.end()) if contributed else None
    if other and not WORK_WORD_RE.search(text, other.start(1)):
        contributed = None  # "Agencies that contributed modules to the Gateway:": to another thing
    if not (contributed or writing) or THANKS_RE.search(text) or ctx.series.genre in RECORD_GENRES:
        return
    lines = ctx.text.lines
    index = ctx.text.position(sentence.line)
    if _counted_table_below(ctx, sentence):
        pass  # "Nine agencies took part in the preparation of this supplement." and the table or list right below:
        # as many bodies as it counts
    elif not LIST_FOLLOWS_RE.search(sentence.line.text, sentence.offset - sentence.line.offset):
        # the cue may be the next line, a short sentence of its own: "... input of sixteen agencies." / "They are
        # listed below."
        cue = lines[index + 1] if index + 1 < len(lines) else None
        if cue is None or len(cue.text.split()) > CUE_LINE_WORDS or not LIST_FOLLOWS_RE.search(cue.text) \
                or not sentence.line.text.rstrip().endswith(text.rstrip()):
            return
        index += 1
    counts = [n for w in re.findall(r"[\w\-]+", text) if (n := number(w)) and n >= 2]
    cap = min(counts) if counts else None
    found: list[Entity] = []
    lead, previous = 0, sentence.line.text
    # "... by the following agencies: Agenzia Spaziale Italiana" / "Centre National ...": a PDF ran the first row
    # onto the caption's line; the rest of that line after the colon is the list's first row
    first = lines[index]
    colon = LIST_FOLLOWS_RE.search(first.text) if first is sentence.line else None
    rest = [] if colon is None or not colon.group().endswith(":") or ":" in first.text[colon.end():] else \
        [Line(first.page, first.offset + colon.end(), first.text[colon.end():].strip(), False)]
    for line in [*rest, *lines[index + 1:]]:
        words = line.text.split()
        if len(words) > LIST_WRAP_WORDS and (PROSE_VERB_RE.search(line.text) or line.text.rstrip().endswith(".")) \
                or _opens_with_row(ctx, line.text):
            break  # prose, not a column heading ("Joined Agency"); a row of people, the authors rules' (its role's
            # group no body of the list: "Ana Lima NASA IAWG")
        orgs = [m.entity for m in ctx.rec.gazetteer.find(line.text) if m.entity.type in ORG_LIKE
                and (ctx.body is None or m.entity.iri != ctx.body.iri)
                and not FORMER_RE.search(f"{previous} {line.text[:m.start]}" if m.start == 0 else line.text[:m.start])]
        orgs += run_on_bodies(ctx, line)  # "..., European Space" / "Agency, ...": a name a line break cuts
        previous = line.text
        if not orgs:
            lead += not found
            if found and len(words) > LIST_WRAP_WORDS or lead > LIST_LEAD_LINES:
                break
            continue
        evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, line.text)
        for org in orgs:
            if org not in found and (cap is None or len(found) < cap):
                found.append(org)
                ctx.rec.fact(ctx.series.iri, "dcterms:creator", org.iri, "credited-list", 0.8, evidence)
        if cap is not None and len(found) >= cap:
            break


def _first_person(text: str, pairs: list[tuple[Entity, Entity]]) -> int:
    """Where the first person of ``pairs`` stands in ``text``."""
    return min((text.find(p.label) for p, _ in pairs if p.label in text), default=len(text))


def _listed_below(ctx: Context, line) -> list[Entity]:
    """The bodies of the list's items on the lines after ``line``, the first one each item names."""
    lines = ctx.text.lines
    index = ctx.text.position(line)
    found = []
    for item in lines[index + 1:]:
        if not LIST_ITEM_RE.match(item.text):
            break
        org = next((f.entity for f in ctx.rec.gazetteer.find(item.text) if f.entity.type in ORG_LIKE), None)
        if org is not None and org not in found:
            found.append(org)
    return found


def issued_by(ctx: Context, state: State, sentence: Sentence) -> None:
    """Who issued this document: a byline ("Issued by the ISECG Secretariat, Noordwijk", "Prepared by: the X", a
    heading line too; in its head "An assessment by the X Working Group" and a table of fields' "| Minutes | ISECG
    Secretariat |") or a sentence on the document ("this digest was prepared by the editorial office and the CNES
    Secretariat, with help from NASA": the bodies the phrase after "by" coordinates, and its people: "This study
    was co-led by A (NASA) and B of ESA"). The body's unit named right after it ("ISECG Secretariat", one no list
    has too) is the issuer; an editor named next with no body ("Editor: Ana Berg.") is of the issuer."""
    text, evidence = sentence.text, sentence.evidence()
    byline = BYLINE_RE.search(text) or (IMPRINT_BYLINE_RE.search(text) if _in_head(ctx, sentence.line) else None)
    if byline is None:  # "An assessment by the X" is a byline, not a sentence; both forms only in the head
        head = (HEAD_BYLINE_RE.match(text) if not text.rstrip().endswith(".") else None) or LABEL_CELL_RE.match(text) \
            or _field_byline(sentence)
        byline = head if head and _in_head(ctx, sentence.line) else None
    own = own_work(ctx, sentence)
    it = IT_RE.match(text) if own is None and state.own_work else None
    state.own_work = own is not None
    own = own or it
    by = BY_PHRASE_RE.search(text, own.end()) if own else None
    by = None if by and (_other_work(sentence, own.end(), by.start())  # "..., which was developed by"
                         or ABOUT_VERB_RE.match(text, own.end(), by.start())
                         or MADE_THING_RE.search(text, own.end(), by.start())) else by
    orgs = [m for m in sentence.mentions if m.entity.type in ORG_LIKE]
    issuers = [m for m in orgs if by and by.start(1) <= m.start < by.end(1)
               and BY_ITEM_RE.fullmatch(text, by.start(1), m.start)]
    # a list's first item, after words for the bodies or their people ("by the space agencies ASI, CNES and DLR",
    # "by a team from ASI, CNES and DLR"): one of the list whose other items are read, as they are
    phrase = [m for m in orgs if by and by.start(1) <= m.start < by.end(1)]
    for first, second in reversed(list(zip(phrase, phrase[1:]))):
        if second in issuers and first not in issuers and FIRST_ITEM_GAP_RE.fullmatch(text, first.end, second.start):
            issuers.insert(issuers.index(second), first)
    by_genre = own is None
    if by_genre:  # "In October 2022 the ISECG released a new supplement": this document, by its genre and date
        own = _own_genre(ctx, sentence)
    verb = PUBLISHED_RE.search(text, 0, own.start()) if own else None
    made = coordinated(sentence, clause_start(sentence, verb.start()), verb.start()) if verb else []
    if verb and not made and not by_genre:  # "Eleven agencies therefore contributed ...": those the sentence before lists
        _counted_before(ctx, state, sentence, clause_start(sentence, verb.start()), verb.start())
    # by its genre only: the body the document is about, or one of its groups ("NASA released a new white paper" in
    # the group's white paper is NASA's other paper)
    issuers += [m for m in made if not by_genre or m.entity is ctx.body or m.entity.type in ("WorkingGroup", "Team")]
    which = WHICH_RE.search(text, 0, verb.start()) if verb else None
    issuers += [m for m in orgs if m.end <= which.start()][-1:] if which and not issuers else []  # "the X, which drafted this"
    label = RELEASE_LABEL_RE.match(text) if _in_head(ctx, sentence.line) else None
    if label and (label.group("pre") or label.group("post")):  # "ISECG — Press release", "News release from the UKSA"
        span = label.span("pre") if label.group("pre") else label.span("post")
        issuers += [m for m in orgs if span[0] <= m.start < span[1]
                    and m.entity not in [o.entity for o in orgs if o.start < m.start]][:1]
    elif label:  # "Press release: <title>" under a masthead that is a body's name alone: that body issued it
        lines = ctx.text.lines
        index = ctx.text.position(sentence.line)
        masthead = _roster_names(ctx, lines[index - 1].text) if index and lines[index - 1].page == sentence.line.page \
            else None
        for body in masthead if masthead and len(masthead) == 1 else []:
            for p in ("dcterms:creator", "dcterms:publisher"):
                ctx.rec.fact(ctx.series.iri, p, body.iri, "issued-by", 0.75, evidence)
    own_unit = BODY_UNIT_RE.match(text, byline.end()) if byline and ctx.body is not None else None
    if own_unit:  # "Drafted by the group's Secretariat, which ESA hosts": the unit of the body, not ESA
        short = min((n for n in ctx.body.names() if n.isupper()), key=len, default=ctx.body.label)
        unit = _unit(ctx, ctx.body, short, f" {own_unit.group(1)}", evidence)
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", (unit or ctx.body).iri, "issued-by", 0.8, evidence)
        ctx.rec.fact(ctx.series.iri, "dcterms:publisher", (unit or ctx.body).iri, "issued-by", 0.8, evidence)
    listed = coordinated(sentence, byline.end(), len(text)) if byline and not own_unit else []
    end = listed[-1].end if listed else 0
    for m in sentence.mentions:  # "the ISECG Technology Working Group": the list ends after the group's name
        end = m.end if listed and m.start in (end, end + 1) and not text[end:m.start].strip() else end
    subject = PARTICIPLE_SUBJECT_RE.match(text, end) if listed else None
    if subject and (not OWN_SUBJECT_RE.match(text, end) or any(
            subject.start() <= m.start < subject.end() for m in sentence.of_type("Document"))):
        listed = []  # "Developed by NASA, the lander ...", "Developed by the TWG, the "GTDM" ...": not this document
    issuers += listed
    if by:
        pairs = affiliations(ctx, state, sentence) + new_affiliations(ctx, sentence, evidence)
        # "prepared by a team led by A (JAXA), with B (NASA) and C (ESA)": the people right after "with" wrote
        # with them (not "with input from", "with the help of": the words between name no one)
        with_ = WITH_PEOPLE_RE.match(text, by.end(1))
        also = text[with_.end():] if with_ and PERSON_START_RE.match(text, with_.end()) else ""
        if AS_ROLE_RE.search(also) and not AS_WRITER_RE.search(also):  # "with A (NASA) as reviewer": no writer
            also = ""
        _credit(ctx, [(p, o) for p, o in pairs if p.label in by.group(1) or p.label in also], evidence, "issued-by")
    elif verb and not by_genre and not THANKS_RE.search(text):
        # "Anna Berg of ESA and John Smith of NASA co-authored this paper": the people the verb's clause names
        start = clause_start(sentence, verb.start())
        pairs = affiliations(ctx, state, sentence) + new_affiliations(ctx, sentence, evidence)
        _credit(ctx, [(p, o) for p, o in pairs if p.label in text[start:verb.start()]], evidence, "issued-by")
    elif byline and PERSON_START_RE.match(text, start := _group_named(text, byline.end())):
        # "Prepared by Ana Lima (NASA) and Rui Paz of AEB", "Prepared by the Task Team: Ana Lima (NASA, team lead); ..."
        pairs = affiliations(ctx, state, sentence) + new_affiliations(ctx, sentence, evidence)
        _credit(ctx, [(p, o) for p, o in pairs if p.label in text[start:]], evidence, "issued-by")
    found = []
    for m in issuers:
        # "prepared by the ISECG Science Working Group": the body named is the unit, not its parent
        unit = next((o for o in orgs if o.start >= m.end), None)
        issuer = unit.entity if unit is not None and not text[m.end:unit.start].strip() else \
            _unit(ctx, m.entity, text[m.start:m.end], text[m.end:], evidence)
        if issuer is None and RUN_ON_RE.fullmatch(text, m.end) and sentence.line.text.rstrip().endswith(text.rstrip()):
            issuer = _run_on(ctx, sentence.line, text[m.start:])  # none: the name is no body's, nor is its start
        elif issuer is None:
            issuer = m.entity
        if issuer is None:
            continue
        if not PERMISSION_RE.search(text):  # "Published by the IAF with permission": the authors' publisher only
            ctx.rec.fact(ctx.series.iri, "dcterms:creator", issuer.iri, "issued-by", 0.8, evidence)
        ctx.rec.fact(ctx.series.iri, "dcterms:publisher", issuer.iri, "issued-by", 0.8, evidence)
        found.append(issuer)
    # "prepared by NASA in collaboration with ESA and JAXA": the partners named right after the makers (the rest of
    # their names between) made it with them
    last = max((m.end for m in issuers), default=None)
    partners = COOPERATION_RE.search(text, last) if found and last is not None else None
    if partners and NAME_REST_RE.fullmatch(text, last, partners.start()):
        for m in coordinated(sentence, partners.end(), len(text)):
            ctx.rec.fact(ctx.series.iri, "dcterms:creator", m.entity.iri, "issued-by", 0.75, evidence)
    drafting = DRAFTING_TO_RE.search(text) or (WORK_OF_RE.match(text, own.end()) if own else None)
    for m in coordinated(sentence, drafting.end(), len(text)) if drafting else []:
        unit = next((o for o in orgs if o.start >= m.end), None)  # "the ISECG Technology Working Group": the group
        unit = unit.entity if unit is not None and not text[m.end:unit.start].strip() else \
            _unit(ctx, m.entity, text[m.start:m.end], text[m.end:], evidence)
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", (unit or m.entity).iri, "issued-by", 0.75, evidence)
    rest = sentence.line.text[sentence.offset - sentence.line.offset + len(text):]
    editor = BYLINE_EDITOR_RE.match(rest) if byline and len(found) == 1 else None
    person = person_entity(ctx, editor.group(1), evidence) if editor else None
    if person is not None:
        _affiliate(ctx, person, found[0], evidence, "issued-by")
        _credit(ctx, [(person, found[0])], evidence, "issued-by", editors=True)


# A byline's group named before its people and a colon: "Prepared by the ISECG Benefits Task Team: A (DLR), B (NASA)"
GROUP_COLON_RE = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w\-’']*\s+(?:(?:of|for|on|and)\s+)?)*[A-Z][\w\-’']*"
                            r"(?:\s*\([A-Z][\w\-]+\))?\s*:\s*")


def _group_named(text: str, at: int) -> int:
    """Where a byline's people start: after its group's name and a colon, if it names one, else right at ``at``."""
    m = GROUP_COLON_RE.match(text, at)
    return m.end() if m else at


# A head's label of a release and its issuer: "International Space Exploration Coordination Group (ISECG) — Press
# release", "Media release of the Canadian Space Agency"; the release's title may follow ("Press release: Agencies meet
# in Rome"), its issuer then the masthead above.
RELEASE_LABEL_RE = re.compile(r"^\W*(?:(?P<pre>[^—–|·:]{2,120}?)\s*[—–|·:]\s*)?(?:Press|News|Media)\s+release"
                              r"(?:\s+(?:of|from|by)\s+(?:the\s+)?(?P<post>[^—–|·:]{2,120}?))?(?:\W*$|\s*[:—–]\s+\S.*$)",
                              re.I)
# What the document does with its subject, the verb right after it, before a making by someone: "This report describes
# the Gateway, which was developed by NASA" (the Gateway's maker, not the report's).
ABOUT_VERB_RE = re.compile(r"\s+(?:also\s+|briefly\s+)?(?:describes|presents|covers|reviews|summari[sz]es|discusses|examines|outlines|introduces|"
                           r"explains|sets\s+out|looks\s+at|focuses\s+on|deals\s+with|reports\s+on)\b", re.I)
# A unit that issued the document, its host named right after it: "the ISECG Secretariat, hosted by the European Space
# Agency", "Secretariat (hosted by ESA)", ", which is hosted at ESA/ESTEC", "Secretariat, c/o ESA ESTEC", "The
# Secretariat (ESA) will circulate", "the Secretariat, which ESA hosts" (not the site after "at" or a comma, "the
# ISECG Secretariat at ESTEC", "the ISECG Secretariat, ESA/ESTEC, Noordwijk": an address). A unit with no staff of
# its own (a secretariat, an office) writes through the agency that hosts it: that agency is an author too.
HOSTED_BY_RE = re.compile(r"\s*[,(]?\s*(?:(?:which|that)\s+(?:is\s+)?)?(?:hosted\s+(?:by|at|in)|c/o)\s+(?:the\s+)?"
                          r"|\s*\((?=[^()]{2,60}\))|\s*,?\s*(?:which|that)\s+(?=\S+(?:\s+\S+){0,4}?\s+hosts\b)", re.I)


def hosted_issuers(ctx: Context) -> None:
    """After the last sentence: the host of a unit that issued the document, or whose people it credits, where the
    document names it (HOSTED_BY_RE), credited with it."""
    facts = ctx.rec.result.facts
    creators = {f.o for f in facts if f.s == ctx.series.iri and f.p == "dcterms:creator"}
    creators |= {f.o for f in facts if f.p == "schema:affiliation" and f.s in creators}
    units = {f.s for f in facts if f.p == "org:unitOf" and f.s in creators}
    for iri in units:
        unit = ctx.rec.result.entities.get(iri) or ctx.rec.gazetteer.by_iri.get(iri)
        *qualifier, head = unit.label.split() if unit is not None else [None]
        # the unit by its name, or its head noun alone after a determiner ("The Secretariat (ESA)", "the group's
        # Secretariat"): not the head noun of another body's name ("Lunar Exploration Analysis Group (LEAG)")
        named = re.compile(rf"(?:^|\b{re.escape(' '.join(qualifier))}|\b(?i:the|its|our|their)|['’]s)\s*$")
        for line in ctx.text.lines if head else []:
            for word in re.finditer(rf"\b{re.escape(head)}\b", line.text):
                hosted = HOSTED_BY_RE.match(line.text, word.end()) if named.search(line.text, 0, word.start()) else None
                after = line.text[hosted.end():] if hosted else ""
                host = next((m.entity for m in ctx.rec.gazetteer.find(after)[:1] if m.entity.type == "Organization"
                             and m.entity.iri not in (iri, ctx.body.iri if ctx.body else None)
                             and not after[:m.start].strip()), None)
                if host is not None:
                    evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, line.text)
                    ctx.rec.fact(ctx.series.iri, "dcterms:creator", host.iri, "hosted-issuer", 0.75, evidence)


# A release's contact for the media, a field: "Media contact: ISECG Secretariat, ESTEC", "... · contact: the ...".
CONTACT_RE = re.compile(r"(?:^|[·|•]\s*|\s)(?i:(?:media|press)\s+)?(?i:contact)\s*:\s*(?:the\s+)?")


def contact_issuer(ctx: Context) -> None:
    """After the last sentence: a news release no byline credits was issued by the body its contact field names (the
    office that answers for it: "Media contact: ISECG Secretariat, ESTEC"), a body's unit or a body, not a person."""
    facts = ctx.rec.result.facts
    if ctx.series.genre != "news" or any(f.s == ctx.series.iri and f.p == "dcterms:creator" for f in facts):
        return
    for line in ctx.text.lines:
        for m in CONTACT_RE.finditer(line.text):
            rest = line.text[m.end():]
            first = next((f for f in ctx.rec.gazetteer.find(rest)[:1]), None)
            if first is None or first.start or first.entity.type not in ORG_LIKE:
                continue
            evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, line.text)
            # (the body's unit named right after it: "ISECG Secretariat")
            issuer = _unit(ctx, first.entity, rest[first.start:first.end], rest[first.end:], evidence) or first.entity
            for p in ("dcterms:creator", "dcterms:publisher"):
                ctx.rec.fact(ctx.series.iri, p, issuer.iri, "contact-issuer", 0.7, evidence)
            return


COOPERATION_RE = re.compile(r",?\s+(?:jointly\s+|together\s+)?(?:in\s+(?:close\s+)?(?:cooperation|collaboration|partnership|"
                            r"conjunction)\s+with|together\s+with|jointly\s+with)\s+(?:the\s+)?", re.I)
NAME_REST_RE = re.compile(r"(?:\s+[A-Z][\w\-’']*|\s*\([^()]{1,60}\))*")
# A publisher the authors let publish their work: "Published by the IAF with permission", "released to the IAF to
# publish", "by permission of the authors".
PERMISSION_RE = re.compile(r"\b(?:with|by|under)\s+(?:the\s+)?(?:\w+\s+)?permission\b|\breleased\s+to\s+(?:the\s+)?\S+\s+to\s+"
                           r"publish\b|\bunder\s+(?:a\s+)?licen[cs]e\b", re.I)
FIRST_ITEM_GAP_RE = re.compile(r"(?:\s*\([^()]{1,60}\))?\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?")
AS_ROLE_RE = re.compile(r"\bas\s+(?:an?\s+|the\s+|its\s+|their\s+)?[\w\-]+", re.I)
AS_WRITER_RE = re.compile(r"\bas\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:co-?)?(?:authors?|editors?|writers?|drafters?)\b",
                          re.I)
WITH_PEOPLE_RE = re.compile(r",?\s+(?:together\s+)?with\s+(?:(?:Dr|Prof)\.?\s+)?(?=[A-Z])")


def _field_byline(sentence: Sentence) -> re.Match | None:
    """A field of the head naming who wrote the record, its value opening with a body or a person."""
    m = FIELD_BYLINE_RE.match(sentence.text)
    opens = m is not None and (PERSON_START_RE.match(sentence.text, m.end()) is not None or any(
        o.start == m.end() and o.entity.type in ORG_LIKE for o in sentence.mentions))
    return m if opens else None


def _run_on(ctx: Context, line, start: str) -> Entity | None:
    """The body whose name, ``start`` on ``line``, a line break cuts ("prepared by the ISECG Technology" /
    "Working Group (TWG)."): the one named across the break, None if no body is."""
    following = ctx.text.next_line(line, same_page=False)
    joined = f"{start.rstrip()} {following.text}" if following is not None else ""
    return next((f.entity for f in ctx.rec.gazetteer.find(joined) if f.entity.type in ORG_LIKE
                 and f.start < len(start.rstrip()) < f.end), None)


def line_people(ctx: Context, state: State, sentence: Sentence) -> None:
    """People on a line the later rules use up: a signature set as a heading, which the section rule takes ("Ana
    Lopes, Director of Robotics, CNES — Forum Chair"); a labelled line of details, which the event rules take
    ("Chair: A B, NASA, ISECG Chair"); an item of a list of delegations, which the participants rule takes ("- for
    NASA, Kathy Lueders (Associate Administrator)"); a Markdown table's row of a body and a person, which the participants
    rule takes ("| ASI | Ana Lima | Head of delegation |" under "Participants")."""
    if sentence.line.heading or FIELD_PERSON_RE.match(sentence.text) or FOR_ITEM_LINE_RE.match(sentence.text):
        affiliations(ctx, state, sentence)
    if state.participants is not None and sentence.text.startswith("|") and sentence.text == sentence.line.text:
        _agency_person_row(ctx, sentence)
    if state.table is not None and state.table.get("delegates") and sentence.text == sentence.line.text:
        delegate_cells(ctx, state.table, sentence)


def delegate_cells(ctx: Context, table: dict, sentence: Sentence) -> None:
    """The last cells of a member table's row under a delegation head's column ("... Italy 2007 Dr. Ana Lima"): the
    person after the row's year is of the row's agency, named on this line or, wrapped, on a line above."""
    text = unpiped(sentence.text)
    year = list(YEAR_CELL_RE.finditer(text))
    person = re.fullmatch(rf"\s*{PERSON}\s*", text[year[-1].end():]) if year else None
    orgs = [m.entity for m in sentence.mentions if m.entity.type == "Organization" and m.end <= year[-1].start()] \
        if person else []
    org = orgs[-1] if orgs else table.get("row_org")
    if person is None or org is None or PROSE_VERB_RE.search(text):
        return
    found = person_entity(ctx, person.group(1), sentence.evidence())
    if found is not None:
        _affiliate(ctx, found, org, sentence.evidence(), "delegate-column")


def _in_head(ctx: Context, line) -> bool:
    first = [candidate for candidate in ctx.text.lines if candidate.page == ctx.text.lines[0].page][:HEAD_LINES]
    return any(candidate is line for candidate in first)


def _agency_person_row(ctx: Context, sentence: Sentence) -> None:
    """A table row of a body's cell and a person's ("| NASA | Ana Lima, Associate Administrator |", "| Kim Jun
    | KARI |"): the person is of the body their own cell names, else of the body's cell."""
    text, evidence = sentence.text, sentence.evidence()
    cells = [(m.start(1), m.group(1).strip()) for m in re.finditer(r"\|([^|]+)(?=\|)", text)]
    orgs = [m for m in sentence.mentions if m.entity.type in ORG_LIKE]
    body = next((m for m in orgs for start, cell in cells if text[m.start:m.end] == cell), None)
    for start, cell in cells:
        person = re.match(rf"{PERSON}\s*(?:[,(]|$)", cell)
        if body is None or person is None or text[body.start:body.end] == cell:
            continue
        at = text.index(cell, start)
        own = [m for m in orgs if at <= m.start < at + len(cell)]
        found = person_entity(ctx, person.group(1), evidence)
        if found is not None and not any(f.s == found.iri and f.p == "schema:affiliation" for f in ctx.rec.result.facts):
            _affiliate(ctx, found, (own[-1] if own else body).entity, evidence, "affiliation-row")


def _paper(ctx: Context, code: re.Match, evidence: Evidence) -> Entity:
    name = f"{code.group(1)}-{code.group(2)}{code.group(3)}"
    return ctx.rec.define(name, "Document", evidence, rule="paper-code", confidence=0.8, slug=name)


# The header of a table of people and their bodies, its columns named: "Name Title Agency", "Signatory Position
# Organisation", "Name Agency".
PEOPLE_HEADER_RE = re.compile(r"^\W*(?:No\.?\s+|#\s+)?(?:Name|Signatory|Person)\s+(?:(?:Title|Position|Function|Role)\s+)?"
                              r"(?:Agency|Organi[sz]ation|Affiliation|Institution|Body)\s*$", re.I)
# What makes the people of such a table its signatories (the document's makers): a lead-in naming them, or a genre.
SIGNED_RE = re.compile(r"\bsign(?:ed|ature|atures|atory|atories)\b", re.I)
SIGNED_GENRES = {"statement", "declaration", "agreement", "charter", "memorandum", "communique"}
PEOPLE_ROW_LINES = 5  # lines one row of such a table may wrap onto
PEOPLE_CELL_WORDS = 4  # words of a line that is part of a wrapped row ("Chairman of the Executive")


def people_table(ctx: Context, state: State, sentence: Sentence) -> bool | None:
    """A table of people under a header naming its columns (PEOPLE_HEADER_RE), a row a person, their title and their
    body, in plain lines ("Enrico Saggese President ASI (Agenzia Spaziale Italiana)"; a row wrapped onto the lines
    below): each person is of the body their row names; signatories (SIGNED_RE, SIGNED_GENRES) are the document's
    makers, with their bodies. The table ends at a line that is no row."""
    line = sentence.line
    if sentence.offset != line.offset:
        return state.people is not None and line is state.people.get("line")
    if PEOPLE_HEADER_RE.match(line.text):
        at = ctx.text.position(line)
        before = " ".join(above.text for above in ctx.text.lines[max(0, at - 2):at])  # its lead-in
        state.people = {"line": line, "pending": [], "signed": bool(SIGNED_RE.search(before))
                        or ctx.series.genre in SIGNED_GENRES}
        return True
    table = state.people
    if table is None:
        return None
    rows = [*table["pending"], line]
    text = " ".join(row.text for row in rows)
    orgs = [m for m in ctx.rec.gazetteer.find(text) if m.entity.type in ORG_LIKE]
    person = re.match(PERSON + r"(?![\w'’\-])", text)
    if not orgs:  # a row wrapped onto the lines below ("Johann-Dietrich" / "Wörner" / ...), a row of a body no list
        # has (passed over), else the table ended
        if len(rows) < PEOPLE_ROW_LINES and len(line.text.split()) <= PEOPLE_CELL_WORDS and not text.endswith("."):
            table["pending"], table["line"] = rows, line
            return True
        if person and len(line.text.split()) <= AUTHOR_CELL_MAX_WORDS * 2 and not text.endswith("."):
            table["pending"], table["line"] = [], line
            return True
        state.people = None
        return None
    table["pending"], table["line"] = [], line
    words = person.group(1).split() if person and person.end() <= orgs[0].start else []
    while len(words) > 2 and _no_name(ctx, words[-1]):  # "Enrico Saggese President": the title after the name
        words.pop()
    evidence = Evidence(ctx.text.passage_at(rows[0].page, rows[0].offset), rows[0].page, text)
    found = person_entity(ctx, " ".join(words), evidence) if words else None
    if found is None:  # a row whose name this reader does not take ("K. Radhakrishnan"), else prose: the table ended
        if len(text.split()) <= AUTHOR_CELL_MAX_WORDS * 2 and not re.search(r"[a-z]\.(?:\s|$)", text):
            return True
        state.people = None
        return None
    _affiliate(ctx, found, orgs[0].entity, evidence, "people-table")
    if table["signed"]:
        _credit(ctx, [(found, orgs[0].entity)], evidence, "people-table")
    return True


# A table's row as ingest writes it out, its cells by their columns' names ("Science Working Group (SWG) — Lead agency:
# CSA; Lead (end of 2021): Élise Tremblay; Remarks: ..."): a column of bodies, its name a word for them, and a column
# of people, its name a post or a name's ("Lead(s) in 2020", "Contact", "Head of delegation").
ROW_CELL_RE = re.compile(r"(?:^.+? — |;\s+)(?P<head>[A-Z][^:;]{0,40}?):\s+(?P<value>.*?)(?=;\s+[A-Z][^:;]{0,40}?:\s|$)")
BODY_COLUMN_RE = re.compile(r"\b(?:agenc(?:y|ies)|organi[sz]ations?|affiliations?|bod(?:y|ies))\b", re.I)
PEOPLE_COLUMN_RE = re.compile(r"\b(?:lead|leads|leaders?|chairs?|co-?chairs?|contacts?|persons?|names?|representatives?|"
                              r"heads?|delegates?)\b", re.I)
PEOPLE_JOIN_RE = re.compile(r"\s*(?:;|,|\band\b|&)\s*")


def row_people(ctx: Context, state: State, sentence: Sentence) -> None:
    """The people of a written row's column of people (ROW_CELL_RE), each of the body its column of bodies names, or,
    as many bodies as people, of the body in the same place ("Lead agency: NASA and ESA; Lead: A; B": A of NASA, B of
    ESA); not one a bracket gives a body of its own ("A (NASA)", read as such)."""
    line = sentence.line
    if not line.text.endswith(sentence.text.rstrip()):
        return  # one reading per line: its last sentence
    cells = [(m.group("head"), m.group("value")) for m in ROW_CELL_RE.finditer(line.text)]
    bodies = [value for head, value in cells if BODY_COLUMN_RE.search(head)]
    people = [value for head, value in cells if PEOPLE_COLUMN_RE.search(head) and not BODY_COLUMN_RE.search(head)]
    if len(bodies) != 1 or len(people) != 1:
        return
    orgs = list({m.entity.iri: m.entity for m in ctx.rec.gazetteer.find(bodies[0]) if m.entity.type in ORG_LIKE}.values())
    evidence = sentence.evidence()
    names = [n for n in PEOPLE_JOIN_RE.split(people[0]) if n and "(" not in n]
    found = [person_entity(ctx, n, evidence) for n in names]
    if not orgs or None in found or len(orgs) not in (1, len(found)):
        return
    for person, org in zip(found, orgs * len(found) if len(orgs) == 1 else orgs):
        _affiliate(ctx, person, org, evidence, "row-people")


def author_section(ctx: Context, state: State, sentence: Sentence) -> bool | None:
    """An "Authors" section laid out as a table, one cell a line: its lines are read as one text
    ("Bernhard Hufenbach European Space Agency (ESA) ESTEC, ..."); every affiliation is an author
    of this document."""
    line = sentence.line
    _roster(ctx, sentence)
    labelled_list(ctx, sentence)
    footnote_list(ctx, sentence)
    author_column(ctx, sentence)
    # "Editors: A B, NASA", "Co-leads: A B, NASA" below a byline: no heading, though short
    if line.heading and (AUTHORS_LEAD_RE.match(sentence.text) or BLOCK_LABEL_RE.match(sentence.text)
                         and _after_making(ctx, sentence)):
        pairs = affiliations(ctx, state, sentence)
        _credit(ctx, pairs + _comma_new_bodies(ctx, sentence.text, sentence.evidence()), sentence.evidence(), "authors")
        _lead_bodies(ctx, sentence, pairs)  # "Contributors: ASI, CNES, CSA", a line the heading rule uses up
    if line.heading:
        credited_inline(ctx, sentence)  # "Contributing agencies: ASA, ASI, CNES"
        # "This study was produced jointly by the following agencies: Agenzia Spaziale Italiana" / ...: a caption a
        # PDF ran its first row onto reads as a heading; its list below is read all the same
        credited_list(ctx, sentence)
    represented = REPRESENTED_RE.match(sentence.text)  # "Agencies represented: ..." closes the section
    # so does the heading of a back matter's section ("Acronyms", "5. References"): its rows are no authors'
    closes = represented or line.heading and BACK_MATTER_HEADING_RE.fullmatch(line.text)
    if state.authors is not None and line is not state.authors[0]:
        if state.authors[-1] is line and not closes:  # another sentence of a line already read
            return True if _in_author_table(line.text) or _opens_with_row(ctx, line.text) else None
        if (_in_author_table(line.text) or _opens_with_row(ctx, line.text)) and not closes:
            state.authors.append(line)
            return True
        # an introduction before the rows ("The report was compiled by ... Editorial team:"), a list of people in
        # a line of prose ("Editors: A, NASA; B, JAXA."): read with the section, and by the other rules too
        if not closes and (len(state.authors) == 1 or AUTHORS_LEAD_RE.match(ctx.text.sentences(line)[-1].text)
                                or _people_line(line.text) or _names_people(ctx, line.text)
                                or line.text.endswith(":") or _listed_person(ctx, line.text)):
            # "The ten other signatories, by topic:" and its items ("- dust: Elodie Marchand (CNES)")
            state.authors.append(line)
            return None
        end_authors(ctx, state)
        for m in sentence.mentions if represented else []:
            if m.start >= represented.end() and m.entity.type in ORG_LIKE:
                ctx.rec.fact(ctx.series.iri, "dcterms:creator", m.entity.iri, "credited", 0.8, sentence.evidence())
    # "Authors", "Table 2. Authors and affiliations", a Markdown heading "## Core team"
    markdown = MARKDOWN_HEADING_RE.match(line.text)
    heading = line.heading or markdown is not None
    title = line.text[markdown.end():] if markdown else line.text
    opens = heading or TABLE_CAPTION_RE.match(line.text)
    if opens and AUTHORS_HEADING_RE.search(title) and len(title.split()) <= 10:
        state.authors = [line]
    elif heading and len(title.split()) <= HEADING_MAX_WORDS and (
            (AUTHORS_WORD_RE.search(title) or TEAM_HEADING_RE.match(title)) and not NOT_AUTHORS_HEADING_RE.search(title)
            or ABOUT_HEADING_RE.match(title)):
        state.authors = [line]
    elif sentence.offset == line.offset and (AUTHORS_LABEL_RE.match(line.text) or BARE_BYLINE_RE.match(line.text)
                                             or WRITERS_INTRO_RE.search(line.text)
                                             and (OWN_WORK_RE.search(line.text) or LIST_BELOW_WORD_RE.search(line.text)
                                                  or BYLINE_OPENS_RE.match(line.text))
                                             and not NOT_TEXT_WORK_RE.search(line.text)
                                             and not THANKS_RE.search(line.text)
                                             and not NOT_CREDIT_CUE_RE.search(line.text.split("by")[0])
                                             and not re.search(r"\b(?:will|shall|to be)\b", line.text)
                                             or _writers_below(ctx, line.text) or _byline_over_people(ctx, line)):
        state.authors = [line]  # "The report was prepared by the following experts:" and the rows below
    elif line.text.startswith("|") and AUTHORS_HEADING_RE.search(line.text.strip("| ")) \
            and sentence.offset == line.offset:  # a Markdown table headed by its people: "| Writing team member |"
        state.authors = [line]
    return None


# A cover's or a back page's roster of the agencies behind a joint work, with no caption: a line of their names only
# ("ASI · CNES · CSA · DLR · ESA · JAXA", the names under their logos), or lines of one name each (a country or
# acronym in brackets after it). Not in a body's report on its year, a record or news: there they are its members.
ROSTER_MIN = 5
ROSTER_SEP_RE = re.compile(r"[\s,;·•|/–—\-]*(?:and\s+)?[\s,;·•|/–—\-]*")
# an acronym no reference list has between two of the roster's names ("... ESA · NSAU · JAXA ..."): passed over
ROSTER_UNKNOWN_RE = re.compile(r"(?:[\s,;·•|/–—\-]*(?:and\s+)?[\s,;·•|/–—\-]+[A-Z]{2,6}(?:\s*\([^()]{1,60}\))?)+"
                               r"[\s,;·•|/–—\-]*(?:and\s+)?[\s,;·•|/–—\-]*")
NOT_ROSTER_GENRES = {"annual-report", *RECORD_GENRES}
ROSTER_HEAD_LINES = 12  # the lines of the cover's head
ROSTER_TAIL_LINES = 30  # the lines of the back page
BACK_MATTER_HEADING_RE = re.compile(r"(?:(?:Annex|Appendix)\s+[A-Z\d]+[.:]?\s+)?(?:\d+(?:\.\d+)*\.?\s+)?(?:List\s+of\s+)?"
                                    r"(?:Acronyms|Abbreviations|Glossary|References|Bibliography|Notes|Endnotes|"
                                    r"Acknowledge?ments)(?:\s+and\s+[A-Za-z]+)?", re.I)
NOT_CREDIT_CUE_RE = re.compile(r"\b(?:members?|membership|participants?|attend\w*|observers?|delegat\w*|signator\w*|"
                               r"signed|visit\w*|host\w*|meetings?|workshops?|plenary|missions?|partners?|acronyms?|"
                               r"abbreviations?|glossary)\b", re.I)


def _byline_over_people(ctx: Context, line) -> bool:
    """A byline line naming the team, no sentence ("Prepared by the ISECG Technology Working Group (TWG)"), over a line
    that opens with a person and their body ("Ana Lima, NASA — TWG co-lead ..."): the team's people wrote it."""
    lines = ctx.text.lines
    index = ctx.text.position(line)
    below = lines[index + 1] if index + 1 < len(lines) and lines[index + 1].page == line.page else None
    return BYLINE_OPENS_RE.match(line.text) is not None and not line.text.rstrip().endswith(".") \
        and len(line.text.split()) <= COVER_MAX_WORDS and below is not None and not THANKS_RE.search(below.text) \
        and (AUTHOR_ROW_RE.match(below.text) is not None or _people_line(below.text)) and _names_people(ctx, below.text)


def _writers_below(ctx: Context, text: str) -> bool:
    """"This document was prepared by the X Working Group. Its members are listed below.": this document's making by
    a body, then its members said to follow."""
    below = WRITERS_BELOW_RE.search(text)
    by = BY_PHRASE_RE.search(text, 0, below.start()) if below else None
    return by is not None and OWN_WORK_RE.search(text, 0, by.start()) is not None and not THANKS_RE.search(text) \
        and not re.search(r"\b(?:will|shall|to be)\b", text)


def _roster_names(ctx: Context, text: str) -> list[Entity] | None:
    """The bodies a line names when it names nothing else (separators and bracketed asides between), else None."""
    at, found = 0, []
    for m in ctx.rec.gazetteer.find(text):
        if m.start < at:
            continue
        if m.entity.type not in ORG_LIKE or not (ROSTER_SEP_RE.fullmatch(text, at, m.start)
                                                  or found and ROSTER_UNKNOWN_RE.fullmatch(text, at, m.start)):
            return None
        found.append(m.entity)
        at = m.end + (a.end() - a.start() if (a := LIST_ASIDE_RE.match(text, m.end)) else 0)
    return found if found and ROSTER_SEP_RE.fullmatch(text, at) else None


def _roster(ctx: Context, sentence: Sentence) -> None:
    """Credit the agencies of a roster on the first or last page (see ROSTER_MIN): on one line, or one a line."""
    line, lines = sentence.line, ctx.text.lines
    if sentence.offset != line.offset or ctx.series.genre in NOT_ROSTER_GENRES or not lines \
            or line.page not in (lines[0].page, lines[-1].page):
        return
    names = _roster_names(ctx, line.text)
    if not names:
        return
    index = ctx.text.position(line)
    page = [i for i, candidate in enumerate(lines) if candidate.page == line.page]
    if not (line.page == lines[0].page and index - page[0] < ROSTER_HEAD_LINES
            or line.page == lines[-1].page and page[-1] - index < ROSTER_TAIL_LINES):
        return  # not on the cover's head, nor at the back
    above = lines[index - 1] if index and lines[index - 1].page == line.page else None
    if above is not None and (above.text.rstrip().endswith(":") or NOT_CREDIT_CUE_RE.search(above.text)) \
            and not _roster_names(ctx, above.text):
        return  # a list with a caption of its own: the caption rules' ("The following agencies attended:")
    if len(names) == 1:  # one a line: from the first line of the run, the run's lines
        if index and lines[index - 1].page == line.page and _roster_names(ctx, lines[index - 1].text):
            return
        run = [line]
        for following in lines[index + 1:]:
            if following.page != line.page or not (more := _roster_names(ctx, following.text)) or len(more) > 1:
                break
            run.append(following)
        if len(run) < ROSTER_MIN:
            return
        names = [n for candidate in run for n in _roster_names(ctx, candidate.text)]
    bodies = [n for n in {n.iri: n for n in names}.values() if ctx.body is None or n.iri != ctx.body.iri]
    if len(bodies) < ROSTER_MIN:
        return
    for body in bodies:
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", body.iri, "roster", 0.75, sentence.evidence())


# A list of bodies standing bare on lines of its own, after a label of credit that is no sentence: on its line
# ("Contributing Agencies (Alphabetical) ASI, CNES, DLR", "Prepared with input from CSA, ESA, JAXA and NASA") or on
# the line above ("Developed by the following agencies" / "CNES, DLR, ESA," / "JAXA, NASA"); the list may wrap over
# several lines, each a bare list. A bare list with no label on the cover or back page is a roster when the lines of
# its run name ROSTER_MIN bodies together ("ASI, CNES, CSA" / "DLR, ESA, JAXA"); at a page's foot, beside the page
# number and a running title ("ASI, CNES, DLR, ESA 3 Lunar Logistics"), it is the running footer of the makers.
LABEL_CUE_RE = re.compile(r"\b(?:contribut\w*|participat\w*|prepared|preparation|developed|written|wrote|(?:co-?)?authored|"
                          r"(?:co-?)?authors?|compiled|drafted|produced|edited|editors?|writers?|inputs?)\b", re.I)
LABEL_MAX_WORDS = 8
# "Prepared for NASA": the body it was made for, not its maker (unless "by" names one after: "Prepared for ISECG by")
MADE_FOR_RE = re.compile(r"\s+for\b(?!.*\bby\b)", re.I)
FOOTER_TAIL_RE = re.compile(r"\s+(?:[Pp]age\s+)?\d{1,3}(?:\s+[A-Z][\w\-’']*(?:\s+[\w\-’']+){0,6})?\s*$")
LABEL_WORDS = {"lead", "main", "core", "team", "alphabetical", "order", "list"}
FOOTER_LINES = 3  # the lines at a page's foot a running footer stands in


def _bare_list(ctx: Context, text: str) -> tuple[str, list[Entity]] | None:
    """(the label before it, the bodies) of a line ending in a bare list of bodies (a full stop after it), else None."""
    text = re.sub(r"\s*\.\s*$", "", text)
    for m in ctx.rec.gazetteer.find(text):
        if m.entity.type in ORG_LIKE and (names := _roster_names(ctx, text[m.start:])):
            return text[:m.start], names
    return None


def _credit_label(ctx: Context, label: str) -> bool:
    """A label of credit: a cue of making or contributing in a few words, no thanks, no members or attendance."""
    label = label.strip(" :–—-")
    cue = LABEL_CUE_RE.search(label)
    # words on the work, its makers or the list only: not "Landers developed by", "Contributions to the Gateway from"
    words = re.sub(r"\([^()]*\)", " ", label)
    if cue is None or len(label.split()) > LABEL_MAX_WORDS or NOT_CREDIT_CUE_RE.search(label) \
            or not _on_the_work(" ".join(w for w in words.split() if w.lower() not in LABEL_WORDS)) \
            or THANKS_RE.search(label) or NOT_THIS_WORK_RE.search(label) or PROSE_VERB_RE.search(label) and "." in label \
            or MADE_FOR_RE.match(label, cue.end()):
        return False
    # "Participating agencies" in an annual report: its members; in a meeting's record only a word of writing
    # credits ("Minutes prepared by"), not "Input from", "Contributions", "Participating agencies"
    taking_part = re.match(r"contribut|participat|input|develop", cue.group(), re.I) is not None
    return not (cue.group().lower().startswith("participat") and _took_part_only(ctx)
                or taking_part and ctx.series.genre in RECORD_GENRES)


def _took_part_only(ctx: Context) -> bool:
    """Whether the "participating agencies" of this document took part in something else than writing it: in an
    annual report, its body (they are its members); in a document a gathering's name titles ("Proceedings of the
    Lunar Science Workshop"), the gathering."""
    return ctx.series.genre in REPORT_GENRES or GATHERING_RE.search(ctx.doc.title or "") is not None


def labelled_list(ctx: Context, sentence: Sentence) -> None:
    """Credit the bodies of a bare list after a label of credit, or of a roster or running footer (see LABEL_CUE_RE)."""
    line, lines = sentence.line, ctx.text.lines
    index = ctx.text.position(line)
    page_end = max(i for i, candidate in enumerate(lines) if candidate.page == line.page)
    first = footer = None
    # a running footer is the last sentence of its line (the cleaner may join it to the page's last line of prose)
    if page_end - index < FOOTER_LINES and line.text.rstrip().endswith(sentence.text.rstrip()) \
            and (tail := FOOTER_TAIL_RE.search(sentence.text)):
        footer = _bare_list(ctx, sentence.text[:tail.start()])
        first = footer if footer and not footer[0].strip() else None
    joined = sentence.offset != line.offset and first is None  # a list the cleaner joined to a line of prose
    if joined and not (line.text.rstrip().endswith(sentence.text.rstrip())
                       and (first := _bare_list(ctx, sentence.text)) and not first[0].strip()):
        return
    above = lines[index - 1] if index and lines[index - 1].page == line.page and not joined else None
    first = first or _bare_list(ctx, line.text)
    if first is None or above is not None and not first[0].strip() and _bare_list(ctx, above.text):
        return  # no list, or a line of a list the lines above began
    label, names = first
    run = [line]
    for following in lines[index + 1:] if first is not footer else []:
        more = _bare_list(ctx, following.text)
        if following.page != line.page or more is None or more[0].strip():
            break
        run.append(following)
        names = names + more[1]
    bodies = [n for n in {n.iri: n for n in names}.values() if ctx.body is None or n.iri != ctx.body.iri]
    if not label.strip() and above is not None and not ctx.rec.gazetteer.find(above.text) \
            and len(above.text.split()) <= LABEL_MAX_WORDS:
        label = above.text  # "Developed by the following agencies" / "CNES, DLR, ESA,"
    if label.strip():
        credited = _credit_label(ctx, label)
    elif first is footer:  # the same list at the foot of another page: a running footer, not a table's last row
        listed = sentence.text[:tail.start()].strip()
        credited = len(bodies) >= 2 and ctx.series.genre not in NOT_ROSTER_GENRES and any(
            listed in other.text for page in {c.page for c in lines} - {line.page}
            for other in [c for c in lines if c.page == page][-FOOTER_LINES:])
    else:  # a roster the lines of a wrapped list make (one line naming ROSTER_MIN is _roster's)
        credited = len(run) > 1 and len(bodies) >= ROSTER_MIN and ctx.series.genre not in NOT_ROSTER_GENRES \
            and (line.page == lines[0].page and index - min(i for i, c in enumerate(lines) if c.page == line.page)
                 < ROSTER_HEAD_LINES or line.page == lines[-1].page and page_end - index < ROSTER_TAIL_LINES) \
            and not (above is not None and (above.text.rstrip().endswith(":") or NOT_CREDIT_CUE_RE.search(above.text)))
    if not credited:
        return
    for body, at in ((b, run[0]) for b in bodies):
        evidence = Evidence(ctx.text.passage_at(at.page, at.offset), at.page, " ".join(r.text for r in run))
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", body.iri, "labelled-list", 0.75, evidence)


def footnote_list(ctx: Context, sentence: Sentence) -> None:
    """A byline or label of credit, or the cover's title, whose footnote lists bodies and nothing else ("A joint study
    by the ISECG agencies¹" / "¹ ASI, CNES, ... and UKSA."): each an author of this document."""
    note, lines = sentence.footnote, ctx.text.lines
    # the call in the title or a line of the cover's head ("Human Lunar Return Scenarios¹"), or in a byline
    # (not in a body's report on its year, a record or news: there a list on its name are its members)
    head = bool(lines) and sentence.line.page == lines[0].page and ctx.series.genre not in NOT_ROSTER_GENRES \
        and any(line is sentence.line for line in lines[:HEAD_LINES])
    if not note or not (head or LABEL_CUE_RE.search(sentence.text) or HEAD_BYLINE_RE.match(sentence.text)
                        or BY_PHRASE_RE.search(sentence.text)) or NOT_CREDIT_CUE_RE.search(sentence.text) \
            or THANKS_RE.search(sentence.text) or NOT_THIS_WORK_RE.search(sentence.text):
        return
    listed = _bare_list(ctx, note[1:])
    if listed is None or listed[0].strip() or len(listed[1]) < 2:
        return
    evidence = ctx.text.footnote_evidence(note, sentence)
    for body in {n.iri: n for n in listed[1]}.values():
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", body.iri, "footnote-list", 0.75, evidence)


# A table whose column of authors sits beside others ("| Chapter | Topic | Lead author |", a PDF's "Chapter Topic Lead
# author"): the people of that column in its rows ("Claire Fontaine (CNES)") are authors, and their bodies. Not
# "Principal investigator", "Speaker" or "Contact".
AUTHOR_COLUMN_RE = re.compile(r"(?:(?:lead|main|chapter|section|contributing|corresponding|co-?)\s+)?(?:authors?|author\(s\)|"
                              r"writers?|editors?|contributors?|drafters?)|(?:written|drafted|prepared|authored|edited|"
                              r"compiled)\s+by", re.I)
ROW_TAIL_PERSON_RE = re.compile(rf"(?<![\w\-'’]){PERSON}\s*\(([^()]{{2,60}})\)\s*$")


def _column_people(ctx: Context, cell: str, line) -> None:
    """Credit the people "Name (BODY)" of a cell (bodies alone are not: "Contributors" may be a technology's)."""
    evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, line.text)
    people = [m for m in HEAD_ITEM_RE.finditer(cell) if _person_name(ctx, m.group(1))]
    for m in people:
        bracket = m.group()[m.group().index("(", len(m.group(1))):]
        org = next((f.entity for f in ctx.rec.gazetteer.find(bracket) if f.entity.type in ORG_LIKE), None)
        person = person_entity(ctx, m.group(1), evidence) if org is not None else None
        if person is not None:
            _affiliate(ctx, person, org, evidence, "affiliation")
            _credit(ctx, [(person, org)], evidence, "author-column")


def author_column(ctx: Context, sentence: Sentence) -> None:
    """Credit the column of authors of a table (see AUTHOR_COLUMN_RE) from its heading row on."""
    line, lines = sentence.line, ctx.text.lines
    if sentence.offset != line.offset or THANKS_RE.search(line.text):
        return
    index = ctx.text.position(line)
    if line.text.startswith("|"):
        cells = [c.strip() for c in line.text.strip().strip("|").split("|")]
        column = next((i for i, c in enumerate(cells) if AUTHOR_COLUMN_RE.fullmatch(c)), None)
        if column is None or len(cells) < 2:
            return
        for row in lines[index + 1:]:
            if not row.text.startswith("|") or row.page != line.page and not row.text.startswith("|"):
                break
            cells = [c.strip() for c in row.text.strip().strip("|").split("|")]
            if column < len(cells) and not re.fullmatch(r"[\s:\-]*", cells[column]):
                _column_people(ctx, cells[column], row)
        return
    # a PDF's table, its cells run into a line: the heading ends with the authors' column, each row with a person
    words = line.text.split()
    head = re.search(rf"(?:^|\s)(?:{AUTHOR_COLUMN_RE.pattern})\s*$", line.text, re.I)
    if head is None or head.start() == 0 or len(words) > AUTHOR_CELL_MAX_WORDS or ctx.rec.gazetteer.find(line.text):
        return
    for row in lines[index + 1:]:
        m = ROW_TAIL_PERSON_RE.search(row.text)
        if row.page != line.page or m is None or row.text.rstrip().endswith(".") and PROSE_VERB_RE.search(row.text):
            break
        _column_people(ctx, m.group(), row)


def _opens_with_row(ctx: Context, text: str) -> bool:
    """A line of table rows run together, the first opening with a person and their body ("Dr. Ana Lima INPE
    Author, optics Rui Paz AEB Editor"): too long for a cell, yet no prose."""
    org = next((f for f in ctx.rec.gazetteer.find(text) if f.entity.type in ORG_LIKE), None)
    m = ROW_PERSON_RE.fullmatch(text[:org.start]) if org is not None else None
    return m is not None and bool(_person_name(ctx, m.group(1)))


def _names_people(ctx: Context, text: str) -> bool:
    """A line of prose naming a person next to a body ("Besides the editors, the writing team comprised A of ASI,
    ..."): the authors section goes on."""
    orgs = [f for f in ctx.rec.gazetteer.find(text) if f.entity.type in ORG_LIKE]
    return any(_person_name(ctx, m.group(1)) and any(abs(o.start - m.end()) <= 40 or abs(m.start() - o.end) <= 40
                                                     for o in orgs)
               for m in re.finditer(rf"(?<![\w\-'’]){PERSON}", text))


def _listed_person(ctx: Context, text: str) -> bool:
    """A list item naming a person and a body, whatever stands between ("- polar volatiles: Keiko Hanazawa
    (Institute of Space and Astronautical Science, JAXA);")."""
    return re.match(r"[-•*]\s", text) is not None and any(f.entity.type in ORG_LIKE for f in ctx.rec.gazetteer.find(text)) \
        and any(_person_name(ctx, m.group(1)) for m in re.finditer(rf"(?<![\w\-'’]){PERSON}", text))


def _in_authors_prose(state: State, sentence: Sentence) -> bool:
    """A sentence of prose an authors section holds (its introduction, a paragraph naming its people)."""
    return state.authors is not None and any(line is sentence.line for line in state.authors[1:]) \
        and not _in_author_table(sentence.line.text) and not THANKS_RE.search(sentence.text)


def _people_line(text: str) -> bool:
    """A line that lists people: at least two items, most of them opening with a person's name."""
    items = [i for i in re.split(r"[;·]|\.\s+", text) if i.strip()]
    people = sum(1 for i in items if PEOPLE_ITEM_RE.match(i))
    return people >= 2 and people * 2 >= len(items)


def _in_author_table(text: str) -> bool:
    """A line of an authors table: a cell, a Markdown row, or a row that opens with a person ("Anna Berg
    European Space Agency (ESA), ESTEC lead author"); a line of prose (long, or a sentence) ends the table."""
    words, sentence = text.split(), text.endswith(".")
    return text.startswith("|") or len(words) <= AUTHOR_CELL_MAX_WORDS and not (len(words) >= 4 and sentence) \
        or AUTHOR_ROW_RE.match(text) is not None and len(words) <= AUTHOR_ROW_MAX_WORDS and not sentence


SURNAME_FIRST_RE = re.compile(rf"^\W*({_NAME}(?:\s+{_NAME})?),\s+({_NAME})(?=\s*[(,–—-]|\s*$)")
KEYED_FIELD_RE = re.compile(r"^[-•*]?\s*(name|affiliation|organi[sz]ation|agency|institution|email|e-mail|orcid)\s*:\s*",
                            re.I)


EDITED_OPENER_RE = re.compile(r"\bedit(?:ed|ors?|orial)\b", re.I)
NOT_EDITED_OPENER_RE = re.compile(r"\b(?:(?:co-?)?authors?|contributors?|writers?|wr(?:ote|itten)|drafted|prepared|compiled)\b",
                                  re.I)


def end_authors(ctx: Context, state: State) -> None:
    """Read the "Authors" section being gathered, when a line of prose or the document ends it."""
    opener, lines, state.authors = (state.authors or [None])[0], (state.authors or [])[1:], None
    if not lines:
        return
    # a section opened by its editors alone ("Editorial board", "The digest was edited by three members of the
    # ERWG:"): its people are the document's editors (not when authors are named too: "Editors and authors")
    edited = opener is not None and EDITED_OPENER_RE.search(opener.text) is not None \
        and NOT_EDITED_OPENER_RE.search(opener.text) is None
    section = lines
    rows = [line for line in lines if line.text.startswith("|")]
    # ... the rows of such a table a PDF ran into one line ("CNES Élodie Marchand DLR Jürgen Hoffmann"): a line each
    lines = [piece for line in lines for piece in _body_first_rows(ctx, line)]
    # rows of a table whose body's column comes first ("Agency Representative" / "ASI Giovanni Rossi"): each read alone
    body_first = [line for line in lines if _org_person_row(ctx, line, None)]
    lines = [line for line in lines if line not in body_first]
    for line in body_first:
        evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, line.text)
        _credit(ctx, _org_person_row(ctx, line, True), evidence, "authors", editors=edited)
    # items labelled with their body ("NASA: John Miller, Sarah Lee" / "ESA — Marco Rossi"): each read alone, its
    # people the body's (run together, a person would take the label of the next item as their body)
    labelled = [line for line in lines if _body_item(ctx, line.text)]
    lines = [line for line in lines if line not in labelled]
    for line in labelled:
        evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, line.text)
        _credit(ctx, _body_item(ctx, line.text, evidence), evidence, "authors", editors=edited)
    # the table's lines and lines listing people; an introduction and a "Contributors: ..." sentence are the
    # other rules' (people)
    # a line that opens a row of its own is set apart from the line before, whose last cell is no part of the name
    # after it ("... Saint-Hubert, Québec" / "Giulia Ferrante Agenzia Spaziale Italiana, Rome")
    # (so does a line that opens with a person and a comma, a bracket or a dash: "Kathy Laurini, NASA")
    # keyed records ("- name: Anna Berg" / "affiliation: ESA", front matter): a row a name, the keys dropped
    lines = [piece for line in lines for piece in _run_rows(ctx, line)]
    keyed = {id(line): KEYED_FIELD_RE.match(line.text) for line in lines}
    for line in lines:  # "Berg, Anna (ESA)": a row of surname first, read as "Anna Berg (ESA)"
        if (swapped := SURNAME_FIRST_RE.match(line.text)) and _person_name(ctx, f"{swapped[2]} {swapped[1]}") \
                and not any(m.start < swapped.end() for m in ctx.rec.gazetteer.find(line.text)):  # "A B, Roscosmos"
            line = Line(line.page, line.offset, f"{swapped[2]} {swapped[1]} {line.text[swapped.end():]}".strip(),
                        line.heading)
            lines = [line if other.offset == line.offset and other.page == line.page else other for other in lines]
            keyed[id(line)] = None
    text = " ".join(("; " if _opens_with_row(ctx, line.text) or PEOPLE_ITEM_RE.match(line.text)
                     or keyed[id(line)] and keyed[id(line)].group(1).lower() == "name" else "")
                    + " ".join(line.text[keyed[id(line)].end() if keyed[id(line)] else 0:].split()) for line in lines
                    if not line.text.startswith("|")
                    and not (keyed[id(line)] and keyed[id(line)].group(1).lower() in ("email", "e-mail", "orcid"))
                    and (_in_author_table(line.text) or _people_line(line.text) or _opens_with_row(ctx, line.text)
                         or _listed_person(ctx, line.text))).removeprefix("; ")
    credited = bool(body_first or labelled)
    if lines:
        evidence = Evidence(ctx.text.passage_at(lines[0].page, lines[0].offset), lines[0].page, text)
        # "Editors: A, NASA; B, JAXA. Authors: C (CNES)": each labelled part read apart, its editors credited as such
        for part in re.split(r"(?=\b(?:Lead |Chief |Co-)?(?:Editors?|Authors?|Contributors)\s*:)", text):
            found = affiliations(ctx, None, None, text=part, evidence=evidence, mentions=ctx.rec.gazetteer.find(part))
            found += _comma_new_bodies(ctx, part, evidence)
            _credit(ctx, found, evidence, "authors", editors=edited or EDITORS_LEAD_RE.match(part) is not None)
            credited = credited or bool(found)
        for row in rows:  # each Markdown row credited by its own line
            pairs = _author_row(ctx, row)
            _credit(ctx, pairs, Evidence(ctx.text.passage_at(row.page, row.offset), row.page, row.text), "authors",
                    editors=edited)
            credited = credited or bool(pairs)
    if not credited:
        _section_bodies(ctx, section)


def _section_bodies(ctx: Context, lines: list) -> None:
    """An authors section ("Contributors", "Authors") that names bodies and no person: a table or list of agencies
    ("| ASI | Italy |", "CNES – France"), each body of its rows an author; rows of a few words, not prose."""
    for line in lines:
        cells = line.text.strip("| ") if line.text.startswith("|") else line.text
        if len(cells.split()) > 2 * LIST_WRAP_WORDS or PROSE_VERB_RE.search(cells) or cells.rstrip().endswith("."):
            continue
        evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, line.text)
        for m in ctx.rec.gazetteer.find(line.text):
            if m.entity.type in ORG_LIKE and (ctx.body is None or m.entity.iri != ctx.body.iri):
                ctx.rec.fact(ctx.series.iri, "dcterms:creator", m.entity.iri, "authors", 0.8, evidence)


# A list item labelled with a body, then the people of it: "NASA: John Miller, Sarah Lee", "ESA — Marco Rossi and
# Anna Weber" (an authors' list grouped by agency).
BODY_ITEM_RE = re.compile(r"^\W*(?P<body>[^:–—]{2,80}?)\s*(?::|\s[–—-])\s+(?P<people>.+?)[\s.;]*$")


def _body_item(ctx: Context, text: str, evidence: Evidence | None = None) -> list[tuple[Entity, Entity]]:
    """(person, body) of each person a body-labelled item names, all of its names people's, or []; with
    ``evidence`` the people are made and affiliated."""
    m = BODY_ITEM_RE.match(text)
    if m is None:
        return []
    bodies = [f for f in ctx.rec.gazetteer.find(m["body"]) if f.entity.type in ORG_LIKE]
    if len(bodies) != 1 or m["body"][:bodies[0].start].strip(" -•*·(") or m["body"][bodies[0].end:].strip(" )"):
        return []  # the label is one body's name (or its name and acronym), nothing else
    names = [n for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", m["people"]) if n]
    if not names or not all(re.fullmatch(PERSON, n) and _person_name(ctx, n) for n in names):
        return []
    if evidence is None:
        return [(None, bodies[0].entity)]
    pairs = []
    for name in names:
        person = person_entity(ctx, name, evidence)
        if person is not None:
            _affiliate(ctx, person, bodies[0].entity, evidence, "affiliation-item")
            pairs.append((person, bodies[0].entity))
    return pairs


def _run_rows(ctx: Context, line) -> list:
    """The rows a PDF ran into one line, each opening with a person after the body that ends the row before
    ("Natalia Ivanova, Roscosmos Stefan Becker, DLR", "Lefebvre, Julien (CNES) Okafor, Chidi (NASA)", "Elena
    Petrova State Space Agency of Ukraine Michael O'Brien Australian Space Agency"): a line each."""
    text = line.text
    if text.startswith("|"):
        return [line]
    cuts, start = [], 0
    for m in ctx.rec.gazetteer.find(text):
        if m.entity.type not in ORG_LIKE or m.start < start:
            continue
        gap = re.match(r"\s*\)?\s+", text[m.end:])
        if gap is None:
            continue
        at = m.end + gap.end()
        piece = text[start:m.start]
        if not (PERSON_START_RE.match(piece) or SURNAME_FIRST_RE.match(piece)):
            continue  # the row before must open with its person ("ESA Anna Berg CSA ...": the body's column first)
        swapped = SURNAME_FIRST_RE.match(text[at:])
        person = PERSON_START_RE.match(text, at)
        if swapped and _person_name(ctx, f"{swapped[2]} {swapped[1]}", trim=False) or \
                person and _person_name(ctx, person.group(1), trim=False) and not any(
                    o.start < person.end() and o.end > at for o in ctx.rec.gazetteer.find(text[at:person.end()]) or []):
            cuts.append(at)
            start = at
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(text)]
    return [Line(line.page, line.offset + a, text[a:b].strip(), line.heading) for a, b in zip(bounds, bounds[1:])]


def _body_first_rows(ctx: Context, line) -> list:
    """The rows of a body-first table a PDF ran into one line ("CNES Élodie Marchand DLR Jürgen Hoffmann Roscosmos
    Igor Smirnov"): cut before each body when every piece is a row of a body and a person; else the line whole."""
    if line.text.startswith("|"):
        return [line]
    found = [m for m in ctx.rec.gazetteer.find(line.text) if m.entity.type in ORG_LIKE]
    if len(found) < 2 or line.text[:found[0].start].strip(" -•*·"):
        return [line]
    bounds = [m.start for m in found] + [len(line.text)]
    pieces = [Line(line.page, line.offset + a, line.text[a:b].strip(), line.heading) for a, b in zip(bounds, bounds[1:])]
    return pieces if all(_org_person_row(ctx, piece, None) for piece in pieces) else [line]


ORG_PERSON_ROW_RE = re.compile(rf"\s+{PERSON}(?:\s+[a-z][\w\-]*(?:\s+[\w\-]+){{0,3}}|\s*,\s*[\w\- ]{{1,40}})?\s*$")


def _org_person_row(ctx: Context, line, record: bool | None) -> list[tuple[Entity, Entity]]:
    """A row of an authors table whose first cell is a body and whose second a person ("ASI Giovanni Rossi", "ESA
    Anna Berg lead author"): the person of the body; recorded when ``record``."""
    found = [m for m in ctx.rec.gazetteer.find(line.text) if m.entity.type in ORG_LIKE]
    if not found or line.text[:found[0].start].strip(" -•*·") or len(found) > 1:
        return []
    m = ORG_PERSON_ROW_RE.fullmatch(line.text, found[0].end)
    if m is None or not _person_name(ctx, m.group(1)) or any(w in NOT_NAME_WORDS for w in m.group(1).split()):
        return []
    if not record:
        return [(found[0].entity, found[0].entity)]
    evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, line.text)
    person = person_entity(ctx, m.group(1), evidence)
    if person is None:
        return []
    _affiliate(ctx, person, found[0].entity, evidence, "affiliation-row")
    return [(person, found[0].entity)]


def _credit(ctx: Context, pairs: list[tuple[Entity, Entity]], evidence: Evidence | None, rule: str, *,
            editors: bool = False) -> None:
    """People and their bodies are authors of this document; ``editors``: the people are its editors too."""
    for person, org in pairs:
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", person.iri, rule, 0.8, evidence)
        ctx.rec.fact(ctx.series.iri, "dcterms:creator", org.iri, rule, 0.8, evidence)
        if editors:
            ctx.rec.fact(ctx.series.iri, "schema:editor", person.iri, rule, 0.8, evidence)


def _author_row(ctx: Context, line) -> list[tuple[Entity, Entity]]:
    """A Markdown row of an authors table, "| Rhiannon Pryce | The Open University, for the UK Space Agency |
    ... |": the person's body is the one their cell names first, before "for" whom they write; a body no list
    has becomes an entity."""
    cells = [c.strip() for c in line.text.strip("|").split("|")]
    evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, line.text)
    # the person's cell, a role in brackets after the name ("Rui Paz (co-lead)"); the body's cell: the next one,
    # else the first other one naming a body, whatever the columns' order ("| Agency | Name | Role |")
    # (not a body's name of capitalised words: "European Space Agency (ESA)"); a title's cell is no body's ("Director
    # General, Space Exploration", in a table of signatories)
    names = [(i, m.group(1)) for i, c in enumerate(cells) if (m := PERSON_CELL_RE.fullmatch(c)) and _person_name(ctx, m.group(1))]
    if not names:
        return []
    at, name = names[0]
    others = [i for i in range(len(cells)) if i != at and i not in (j for j, _ in names) and not TITLE_CELL_RE.match(cells[i])]
    orgs = [i for i in others if any(m.entity.type in ORG_LIKE for m in ctx.rec.gazetteer.find(
        re.split(r",?\s+(?:for|on behalf of)\s+", cells[i])[0]))]
    body = at + 1 if at + 1 in orgs else orgs[0] if orgs else \
        at + 1 if at + 1 < len(cells) and not TITLE_CELL_RE.match(cells[at + 1]) else None
    if body is None:
        return []
    person, cell = person_entity(ctx, name, evidence), cells[body]
    own = re.split(r",?\s+(?:for|on behalf of)\s+", cell)[0]
    mentions = [m for m in ctx.rec.gazetteer.find(own) if m.entity.type in ORG_LIKE]
    if person is None:
        return []
    if mentions:
        org = mentions[0].entity
        unit = _unit(ctx, org, own[mentions[0].start:mentions[0].end], own[mentions[0].end:], evidence)
    else:
        org, unit = _new_body(ctx, own, evidence), None
        if org is None:
            return []
    _affiliate(ctx, person, unit or org, evidence, "affiliation")
    return [(person, org)]


PERSON_START_RE = re.compile(PERSON)
PERSON_CELL_RE = re.compile(rf"{PERSON}(?:\s*\([^()]*\))?")
TITLE_CELL_RE = re.compile(rf"(?:[A-Z][\w\-]*\s+){{0,2}}?{ROLE}\b")
NEW_BODY_NAME_RE = re.compile(r"(?:[A-Z][\w\-’']*\s+(?:(?:of|for|and|the)\s+)*){1,6}[A-Z][\w\-]*|[A-Z]{3,8}")
BRACKETED_ACRONYM_RE = re.compile(r"\s*\(([A-Z][A-Z\-]{1,9}(?:\s[A-Z]{2,6})?)\)")  # "(KIGAM)", "(CBK PAN)"


def _new_body(ctx: Context, cell: str, evidence: Evidence) -> Entity | None:
    """A body no list has, named at the start of an affiliation ("Space Research Centre of the Polish Academy
    of Sciences (CBK PAN), Warsaw"), with the acronym in brackets after it."""
    head = re.split(r"\s*[,(]", cell)[0]
    body = clean_name(head)
    if not NEW_BODY_NAME_RE.fullmatch(body):
        return None
    acronym = BRACKETED_ACRONYM_RE.match(cell, len(head))
    return ctx.rec.define(body, "Organization", evidence, acronym=acronym.group(1) if acronym else None,
                          rule="affiliation", confidence=0.7, cls="org:FormalOrganization")


# A person's name alone on a line (a paper's author block, a point of contact, a signature), their body opening the
# line below ("Anna Berg" / "European Space Agency (ESA), Keplerlaan 1, Noordwijk, anna.berg@esa.int"), a note's mark
# or its affiliations' raised marks after the name ("Anna Berg*", "Anna Berg ¹,²").
NAME_LINE_RE = re.compile(rf"^\W*{PERSON}\s*(?:[*†]|[{SUPERSCRIPT_DIGITS}]+(?:,[{SUPERSCRIPT_DIGITS}]+)*)?\s*$")
# a unit of a body before the body it belongs to, on an affiliation's line: "Institute of Space Science, JAXA, Tokyo"
UNIT_FIRST_RE = re.compile(r"\W*(?:[A-Z][\w\-’']*\s+(?:(?:of|for|and|the)\s+)*)*[A-Z][\w\-’']*,\s+")
# what, above a stacked name in the head, makes it no author: "Speakers", "Point of contact", "Chair", "Thanks to"
NOT_AUTHOR_ABOVE_RE = re.compile(r"\b(?:contacts?|speakers?|keynotes?|present\w*|panel\w*|moderat\w*|chair\w*|host\w*|"
                                 r"photo\w*|credits?|images?|thank\w*|grateful|review\w*|interview\w*|welcome\w*)\b",
                                 re.I)
# what an author block leads to: the paper's abstract (or its keywords, summary, introduction)
PAPER_OPENS_RE = re.compile(r"^\W*(?:\d\.?\s+)?(?:Abstract|Keywords|Key\s+words|Summary|Executive\s+summary|"
                            r"Introduction)\b", re.I)
EMAIL_RE = re.compile(r"\b[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+\b")


# a post in a group on the line under a name, nothing after it: "ISECG Chair", "Technology Working Group co-chair"
GROUP_POST_LINE_RE = re.compile(rf"\s*(?:(?i:(?:co-?)?{ROLE})|[Cc]o-?[Cc]hair|[Ll]ead)\W*$")


def _signed_title(ctx: Context, lines: list, at: int, found) -> tuple | None:
    """Under a name, a post in a group that is no agency ("ISECG Chair"), then a line of the person's title in an
    agency ("Director, International Relations and Research Department, JAXA"), as a signature sets them: that
    agency's mention and line, else None (the group is all the block tells)."""
    post = lines[at].text
    if _agency_like(found.entity) or not GROUP_POST_LINE_RE.fullmatch(post, found.end) \
            or at + 1 >= len(lines) or lines[at + 1].page != lines[at].page:
        return None
    title = lines[at + 1].text
    agencies = [f for f in ctx.rec.gazetteer.find(title) if f.entity.type in ORG_LIKE and _agency_like(f.entity)]
    if not agencies or not ROLE_OPENS_RE.match(title) or len(title.split()) > COVER_MAX_WORDS:
        return None
    return agencies[0], title


# a line of a post alone under a name ("Director General") and, on a body's line, the post before the body ("Chair,
# International Space Exploration Coordination Group", "Head of the Exploration Office, Agenzia Spaziale Italiana")
POST_LINE_RE = re.compile(rf"\W*(?:[\w\-]+\s+){{0,2}}?(?:{ROLE})(?:\s+[A-Z][\w\-]*){{0,2}}\W*")
POST_FIRST_RE = re.compile(rf"\W*(?:[\w\-]+\s+){{0,2}}?(?:{ROLE})\b[^,;]{{0,60}},\s+(?:the\s+)?")


def _stacked_body(ctx: Context, lines: list, index: int):
    """(mention, line index) of the body under a name alone on line ``index``: opening the next line (after a unit, or
    a post: "Chair, International ..."), or the one after a line of the post alone ("Dr. A B" / "Director General" /
    "Israel Space Agency"); a group's post first, then an agency on the line below: the agency (the person's own)."""
    at = index + 1
    if at + 1 < len(lines) and lines[at + 1].page == lines[index].page and POST_LINE_RE.fullmatch(lines[at].text) \
            and not ctx.rec.gazetteer.find(lines[at].text):
        at += 1
    if at >= len(lines) or lines[at].page != lines[index].page:
        return None
    below = lines[at].text
    found = next((f for f in ctx.rec.gazetteer.find(below) if f.entity.type in ORG_LIKE), None)
    if found is None:
        return None
    head = below[:found.start]
    posted = POST_FIRST_RE.fullmatch(head)
    if not (re.fullmatch(r"\W*(?:the\s+)?", head, re.I) or UNIT_FIRST_RE.fullmatch(head) or posted):
        return None
    if posted and not _agency_like(found.entity) and at + 1 < len(lines) and lines[at + 1].page == lines[at].page:
        nxt = lines[at + 1].text
        own = next((f for f in ctx.rec.gazetteer.find(nxt) if f.entity.type in ORG_LIKE and _agency_like(f.entity)), None)
        if own is not None and POST_FIRST_RE.fullmatch(nxt[:own.start]):
            return own, at + 1
    return found, at


def _stacked_author(ctx: Context, sentence: Sentence, index: int) -> None:
    """A person on a line of their own and their body opening the next line (_stacked_body): the person of the body;
    an author of this document when it stands in the head of the first page (a paper's author block) under no other
    caption."""
    line, lines = sentence.line, ctx.text.lines
    m = NAME_LINE_RE.match(line.text)
    stacked = _stacked_body(ctx, lines, index) if m is not None else None
    if stacked is None or _no_name(ctx, m.group(1).split()[-1]):
        return
    found, at = stacked
    below = lines[at].text
    person = person_entity(ctx, m.group(1), sentence.evidence())
    if person is None:
        return
    evidence = Evidence(sentence.passage_id, line.page, " / ".join(x.text for x in lines[index:at + 1]))
    own = _signed_title(ctx, lines, at, found) if at == index + 1 else None
    if own is not None:  # "ISECG Chair" / "Director, International Relations Department, JAXA": the person's own agency
        found, below = own
        evidence = Evidence(sentence.passage_id, line.page, f"{line.text} / {lines[index + 1].text} / {below}")
    unit = _unit(ctx, found.entity, below[found.start:found.end], below[found.end:], evidence)
    _affiliate(ctx, person, unit or found.entity, evidence, "stacked-person")
    # the block of stacked names and bodies this one stands in: the head's author block when it opens in the head
    first, last = index, index
    while first >= 2 and lines[first - 2].page == line.page and NAME_LINE_RE.match(lines[first - 2].text):
        first -= 2
    while last + 3 < len(lines) and lines[last + 2].page == line.page and NAME_LINE_RE.match(lines[last + 2].text):
        last += 2
    page = [candidate for candidate in lines[:first] if candidate.page == line.page]
    opens_paper = EMAIL_RE.search(below) or any(PAPER_OPENS_RE.match(candidate.text) for candidate
                                                in lines[last + 2:last + 12] if candidate.page == line.page)
    if _in_head(ctx, lines[first]) and opens_paper and ctx.series.genre not in RECORD_GENRES \
            and not any(NOT_AUTHOR_ABOVE_RE.search(candidate.text) for candidate in page):
        _credit(ctx, [(person, found.entity)], evidence, "stacked-author")
    elif LETTER_GENRE_RE.search(ctx.series.genre or "") and any(
            CLOSING_RE.search(above.text) for above in lines[max(0, index - SIGNATURE_GAP - 1):index]
            if above.page == line.page):
        _credit(ctx, [(person, found.entity)], evidence, "letter-signatory")  # who signs a letter wrote it


# A letter's closing over its signature ("Yours sincerely," / "K. Arai" / "Dr. Kazuyoshi Arai" / "ISECG Chair"): the
# signatory is the letter's author; a handwritten name's line may stand between, and the cleaner may have run the
# closing onto the last sentence's line ("... by 31 August 2019. Yours sincerely,").
CLOSING_RE = re.compile(r"(?:^|(?<=[.!?])\s)\W*(?:yours\s+(?:sincerely|faithfully|truly)|(?:very\s+)?sincerely(?:\s+yours)?|"
                        r"(?:with\s+)?(?:best|kind|warm)(?:est)?\s+regards|respectfully(?:\s+yours)?)\W*$", re.I)
SIGNATURE_GAP = 1
LETTER_GENRE_RE = re.compile(r"(?<!news)letter$")


# A byline of initials, each body in brackets: "A. Berg (ESA), J. Smith (NASA) and K. Sato (JAXA)".
INITIALS_ITEM_RE = re.compile(rf"\W*((?:[A-Z]\.(?:-[A-Z]\.)?\s?){{1,2}}{_NAME})\s*\(([^()]{{2,60}})\)")


def _initials_byline(ctx: Context, sentence: Sentence, index: int) -> None:
    """A head's line of initialled authors with their bodies, above a paper's opening: each an author of the body."""
    line, lines = sentence.line, ctx.text.lines
    items = [i for i in re.split(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s*&\s*", line.text) if i.strip()]
    found = [INITIALS_ITEM_RE.fullmatch(i) for i in items]
    if not all(found) or not any(PAPER_OPENS_RE.match(candidate.text) for candidate in lines[index + 1:index + 10]
                                 if candidate.page == line.page):
        return
    pairs = []
    for m in found:
        org = next((f.entity for f in ctx.rec.gazetteer.find(m.group(2)) if f.entity.type in ORG_LIKE), None)
        person = person_entity(ctx, " ".join(m.group(1).split()), sentence.evidence()) if org is not None else None
        if person is not None:
            _affiliate(ctx, person, org, sentence.evidence(), "initials-byline")
            pairs.append((person, org))
    _credit(ctx, pairs, sentence.evidence(), "initials-byline")


STARRED_NAME_RE = re.compile(r"[a-zß-ÿā-ž]\*(?!\*)")  # "Ana Costa*": a name with a footnote's star


def _starred(lines: list, i: int):
    """The line at ``i``, its list dash read back as the star it was ("- Portugal Space, Lisbon": the ingestion took
    "* Portugal Space" for a list item) when a name with a star stands on the lines just above."""
    line = lines[i]
    if line.text.startswith("- ") and STARRED_NAME_RE.search(" ".join(c.text for c in lines[max(0, i - 4):i])):
        return Line(line.page, line.offset, "*" + line.text[1:], line.heading)
    return line


def marked_authors(ctx: Context, state: State, sentence: Sentence) -> None:
    """Authors with superscript marks on one line and their affiliations by mark on the next ("Anna Berg1,
    Tom Brandt2" / "1NASA Headquarters, Washington · 2ESA, ESTEC"): each person of the body their mark names
    (or of its unit), all authors of this document."""
    line, lines = sentence.line, ctx.text.lines
    if sentence.offset == line.offset and NAME_LINE_RE.match(line.text) and state.authors is None:
        _stacked_author(ctx, sentence, ctx.text.position(line))
    if sentence.offset == line.offset and INITIALS_ITEM_RE.match(line.text) and _in_head(ctx, line):
        _initials_byline(ctx, sentence, ctx.text.position(line))
    if sentence.offset == line.offset and _in_head(ctx, line) and _spaced_marks_byline(ctx, sentence,
                                                                                         ctx.text.position(line)):
        state.byline = line
    if sentence.offset == line.offset and _in_head(ctx, line) and ctx.series.genre not in RECORD_GENRES:
        _head_people_byline(ctx, sentence, ctx.text.position(line))
    if sentence.offset != line.offset:
        return
    index = ctx.text.position(line)
    lines = [_starred(lines, i) for i in range(len(lines))] if STARRED_NAME_RE.search(
        " ".join(candidate.text for candidate in lines[max(0, index - 4):index])) else lines
    line = lines[index]
    marks = list(AFFILIATION_MARK_RE.finditer(line.text))
    if not marks or marks[0].start() != 0:
        return
    if index and AFFILIATION_MARK_RE.match(lines[index - 1].text):
        return  # a line of the block the line above opens: read with it
    # the affiliations may stand one a line ("1 CNES, Toulouse" / "2 European Space Agency, Noordwijk")
    block = [line]
    for following in lines[index + 1:index + 10]:
        if not AFFILIATION_MARK_RE.match(following.text) or following.page != line.page:
            break
        block.append(following)
    items = [(m, candidate.text[m.end():following.start() if following else len(candidate.text)],
              following is None and candidate is block[-1])
             for candidate in block
             for found in [list(AFFILIATION_MARK_RE.finditer(candidate.text))]
             for m, following in zip(found, found[1:] + [None])]
    if len(items) < 2:
        return
    above = next((candidate for candidate in reversed(lines[max(0, index - 3):index])
                  if len(MARKED_PERSON_RE.findall(candidate.text)) >= 2), None)
    if above is None:
        return
    evidence = sentence.evidence() if len(block) == 1 else \
        Evidence(sentence.passage_id, line.page, " / ".join(candidate.text for candidate in block))
    bodies: dict[str, tuple[Entity, Entity | None]] = {}
    for m, item, last in items:
        own = re.split(r",?\s+(?:for|on behalf of)\s+", item)[0]  # "..., on behalf of POLSA": who they write for
        found = [f for f in ctx.rec.gazetteer.find(own) if f.entity.type in ORG_LIKE]
        if found:
            unit = _unit(ctx, found[0].entity, own[found[0].start:found[0].end], own[found[0].end:], evidence)
            bodies[m.group(1).translate(PLAIN_FIGURES)] = (found[0].entity, unit)
        elif own != item or not last:  # the last item may run on into the text after it
            new = _new_body(ctx, own, evidence)
            if new is not None:
                bodies[m.group(1).translate(PLAIN_FIGURES)] = (new, None)
    pairs = []
    for m in MARKED_PERSON_RE.finditer(above.text):
        person = person_entity(ctx, m.group(1) or m.group(2), evidence)
        pairs += _by_marks(ctx, person, re.findall(r"[1-9¹²³⁴⁵⁶⁷⁸⁹*†‡§¶]", m.group(3)), bodies, evidence)
    _credit(ctx, pairs, evidence, "marked-authors")


def _by_marks(ctx: Context, person: Entity | None, marks: list[str], bodies: dict, evidence: Evidence) -> list[tuple]:
    """``person`` of the body (or its unit) each of their ``marks`` names in ``bodies``: the (person, agency) pairs
    the document credits (a unit the gazetteer knows from another reading of the byline is its agency's)."""
    pairs = []
    for mark in marks:
        if person is not None and mark.translate(PLAIN_FIGURES) in bodies:
            org, unit = bodies[mark.translate(PLAIN_FIGURES)]
            _affiliate(ctx, person, unit or org, evidence, "marked-authors")
            pairs.append((person, _agency_of(ctx, org) or org))
    return pairs


# A cover's byline of people with their bodies in brackets, ending the line (run onto the subtitle or date above it
# by the PDF): "A white paper of the ISECG, April 2024 Ingrid Larsson (ESA) · Mateus Oliveira (AEB) · Hana Kimura (JAXA)".
HEAD_ITEM_RE = re.compile(rf"(?<![\w\-'’]){PERSON}\s*\([^()]{{2,60}}\)")
HEAD_ITEM_GAP_RE = re.compile(r"\s*(?:[·,;|/•]|and|&|,\s*and)\s*")


TITLE_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "la", "des", "et"}


def _head_people_byline(ctx: Context, sentence: Sentence, index: int) -> None:
    """Two or more people with their bodies in brackets running to the end of a line in the head of the first page,
    under no caption (not "Speakers", "Chair:", "Present:"): each of their body, all authors of this document."""
    line, lines = sentence.line, ctx.text.lines
    items = list(HEAD_ITEM_RE.finditer(line.text))
    run = []
    for m in items:
        if run and not HEAD_ITEM_GAP_RE.fullmatch(line.text, run[-1].end(), m.start()):
            run = []
        run.append(m)
    if len(run) < 2:
        return
    lead, tail = line.text[:run[0].start()], line.text[run[-1].end():]
    # (opening the line, the next head line a PDF ran onto it after: "... Thomas Keller (DLR) Global Space Exploration
    # Conference, 2017", capitalised words, figures and small words only)
    if tail.strip(" .") and (lead.strip() or any(
            w not in TITLE_SMALL_WORDS for w in re.findall(r"\b[a-z][\w\-]*", tail)) or NOT_AUTHOR_ABOVE_RE.search(tail)) \
            or not all(_person_name(ctx, m.group(1)) for m in run):
        return
    above = lines[index - 1].text if index and lines[index - 1].page == line.page else ""
    if ":" in lead or NOT_AUTHOR_ABOVE_RE.search(lead) or NOT_AUTHOR_ABOVE_RE.search(above) or THANKS_RE.search(lead):
        return
    text = line.text[run[0].start():]
    evidence = sentence.evidence()
    found = affiliations(ctx, None, None, text=text, evidence=evidence, mentions=ctx.rec.gazetteer.find(text))
    _credit(ctx, [(p, o) for p, o in found if p.label in text], evidence, "authors")


# A byline whose marks a PDF set apart from the names, letters or figures ("Ahmed Al Mansoori a*, Fatima Al Hammadi
# a, Thomas Weber b"), or ran onto them ("Ana Costaa,*, Tom Reedb"), its affiliations by mark after it on the same
# line or the lines below ("a United Arab Emirates Space Agency, Abu Dhabi b German Aerospace Center (DLR), Cologne");
# a name's part in the work in brackets after its marks ("Ana Costaa (lead author), Tom Reedb").
_MARK = r"[a-h1-9¹²³⁴⁵⁶⁷⁸⁹]"
SPACED_MARKED_RE = re.compile(rf"(?<![\w\-'’]){PERSON}\s?(?P<marks>{_MARK}(?:\s?,\s?{_MARK})*)(?:\s?,?\s?\*)?"
                              r"(?:\s?\((?:\s*[a-z][\w\-]*){1,3}\s*\))?"
                              rf"(?=\s*(?:,|\band\b|$)|\s+{_MARK}\s)")
# whom the authors write for, between the byline and its affiliations: "..., on behalf of the ISECG Science Working
# Group a NASA Headquarters"
ON_BEHALF_RE = re.compile(r"^[\s,]*(?:on\s+behalf\s+of|for)\s+(?:the\s+)?(?:[A-Z][\w\-’']*\s+){1,8}?(?=\S\s?[A-Z])")
SPACED_GAP_RE = re.compile(r"\s*(?:,|and|,\s*and)?\s*")
SPACED_AFFILIATION_RE = re.compile(rf"(?:^|(?<=[\s,;·]))(?P<mark>{_MARK})\s?(?=[A-Z])")


def _spaced_marks_byline(ctx: Context, sentence: Sentence, index: int) -> bool:
    """Two or more people, each with the marks of their affiliations after the name (a space between, a letter or
    a figure), then those affiliations by mark: each person of the body their mark names, all authors.  Whether
    it read them."""
    lines, line = ctx.text.lines, sentence.line
    run = []
    for m in SPACED_MARKED_RE.finditer(line.text):
        if run and not SPACED_GAP_RE.fullmatch(line.text, run[-1].end(), m.start()):
            break
        run.append(m)
    if len(run) < 2 or line.text[:run[0].start()].strip():
        return False
    text = line.text[run[-1].end():]
    text = text[behalf.end():] if (behalf := ON_BEHALF_RE.match(text)) else text
    for following in lines[index + 1:index + 8]:  # the affiliations' lines below, each opening with a mark
        if following.page != line.page or not SPACED_AFFILIATION_RE.match(following.text):
            break
        text += " " + following.text
    marks = list(SPACED_AFFILIATION_RE.finditer(text))
    keys = {m.group("mark").translate(PLAIN_FIGURES) for m in marks}
    if not marks or text[:marks[0].start()].strip(" ,;*") or any(
            mark.translate(PLAIN_FIGURES) not in keys for m in run for mark in re.findall(_MARK, m.group("marks"))):
        return False  # a mark no affiliation is keyed by: names' own last letters ("Ana Lima, Erik Lund"), not marks
    evidence = Evidence(sentence.passage_id, line.page, f"{line.text[:run[-1].end()]} / {text.strip()}"[:400])
    bodies: dict[str, tuple[Entity, Entity | None]] = {}
    for m, following in zip(marks, marks[1:] + [None]):
        item = text[m.end():following.start() if following else len(text)]
        own = re.split(r",?\s+(?:for|on behalf of)\s+", item)[0]
        found = [f for f in ctx.rec.gazetteer.find(own) if f.entity.type in ORG_LIKE]
        if found:
            unit = _unit(ctx, found[0].entity, own[found[0].start:found[0].end], own[found[0].end:], evidence)
            bodies.setdefault(m.group("mark").translate(PLAIN_FIGURES), (found[0].entity, unit))
        elif following is not None:
            new = _new_body(ctx, own, evidence)
            if new is not None:
                bodies.setdefault(m.group("mark").translate(PLAIN_FIGURES), (new, None))
    pairs = []
    for m in run:
        person = person_entity(ctx, m.group(1), evidence)
        pairs += _by_marks(ctx, person, re.findall(_MARK, m.group("marks")), bodies, evidence)
    _credit(ctx, pairs, evidence, "marked-authors")
    return bool(pairs)


def cover_group(ctx: Context, state: State, sentence: Sentence) -> None:
    """A working group named in the title block of the first page, before its first line of prose ("International
    Space Exploration Coordination Group · Technology Working Group", a cover's heading): the document's author.
    A body alone there is only a masthead; a table of contents' lines ("5. Technology Working Group 7") are no
    title block, nor a table's rows or a calendar's items, which tell a day ("Technology Working Group 4 May 2015
    Tokyo JAXA")."""
    line = sentence.line
    if not state.cover or line.page != 1 or len(line.text.split()) > COVER_MAX_WORDS or any(
            len(s.text.split()) >= PROSE_MIN_WORDS and s.text.rstrip().endswith((".", "!", "?"))
            for s in ctx.text.sentences(line)) or any(len(d.start) == 10 for d in find_dates(line.text)):
        state.cover = False
        return
    if sentence.offset != line.offset or CONTENTS_RE.search(line.text):
        return
    for m in ctx.rec.gazetteer.find(line.text):
        if m.entity.type in ("WorkingGroup", "Team"):
            ctx.rec.fact(ctx.series.iri, "dcterms:creator", m.entity.iri, "cover", 0.75, sentence.evidence())
