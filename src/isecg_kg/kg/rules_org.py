"""Rules for facts about bodies that hold at a time: memberships and when they began, member counts
by date, and who chaired a body when.

Memberships and chairs are ``org:Membership`` nodes (a chair has ``org:role isecg:chair``) whose
``org:memberDuring`` interval has a ``time:hasBeginning`` / ``time:hasEnd`` instant when the text
says when; a count is an ``isecg:memberCount`` of the body, a ``schema:QuantitativeValue`` with
``schema:value`` and the ``dcterms:date`` it holds at.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from .. import iris
from ..text import CARDINALS, TENS, count_at_other_time, difference_than, number_word
from .context import Context, State
from .dates import MONTH_FORM, MONTH_NAMES, MONTHS, PART_BEFORE_YEAR, DateSpan, find_dates, part_of_year
from .facts import Evidence
from .reference import Entity
from .rules_technology_tables import work_header
from .series import GENRE_WORDS, MEETING_RECORDS, genre_of
from .text import BODY_RE, LIST_ASIDE_RE, TABLE_CAPTION_RE, Sentence, clause_start, coordinated, subjects
from .vocab import ORGANIZATION_TYPES, term

NUMBER = rf"(\d{{1,3}}|(?:{'|'.join(TENS)})-[a-z]+|" + "|".join([*CARDINALS, *TENS]) + ")"  # "twenty-seven" first
# A member's rank: "16th", "seventeenth", "twentieth", "twenty-fifth".
RANK = (r"(\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
        r"|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)")
# Active: "X and Y joined ISECG in 2021"; the body after the verb: "became a participating agency of ISECG", "became
# an ISECG member" (the body named before the noun: not "an ESA member state").
JOINED_RE = re.compile(r"\b((?:joined|joins|join)\s+the\s+ranks\s+of|(?:became|becomes)\s+part\s+of|joined|joins|"
                       r"acceded\s+to|accedes\s+to|came\s+in(?=\s+(?:during|in)\s+(?:19|20)\d\d\b)|took\s+(?:up\s+)?(?:its|their)\s+seats?\s+(?:in|at|on)|entered|signed\s+(?:up|on)\s+to|took\s+up\s+(?:its\s+|their\s+)?membership\s+(?:of|in)|(?<=\s)join(?=\s+(?:the\s+)?[A-Z])|(?:became|becomes|(?:has|have|had) become) (?:a |an )?(?:full |new )?(?:members?|"
                       r"participants?|participating (?:agency|agencies|organi[sz]ations?)) (?:of|in)|(?:was|were) (?:formally |officially |finally |also |then )?admitted "
                       r"to|(?:became|becomes|(?:has|have|had) become) an? (?=(?-i:[A-Z])[\w\-]*\s+(?:full\s+)?(?:member|participating\s+(?:agency|organi[sz]ation))\b"
                       r"(?!\s+(?:states?|countr(?:y|ies)|nations?)\b)))\b", re.I)
# "This year X and Y joined us": the body a speaker for it names in the first person, when the clause ends there or
# goes on to the membership or its date ("joined us as a full member", "joined us in May"), not a visit ("joined us at
# the workshop", "joined us in Houston").
JOINED_US_RE = re.compile(rf"\s+us\b(?=\s*(?:[,;.!]|$)|\s+as\s+(?:an?\s+)?(?:full\s+|new\s+)?members?\b|\s+(?:in|on|during)\s+"
                          rf"(?:(?:early|late|mid-?)\s*)?(?:\d|(?i:{'|'.join(MONTH_NAMES)})\b))")
# "X and Y joined, bringing the membership to 19": the body whose count the joining raised.
JOINED_COUNTED_RE = re.compile(r",\s+(?:bringing|taking|raising|increasing|lifting)\s+(?:the|its|ISECG's|ISECG’s)\s+"
                               r"(?:membership|total|(?:member\s+)?count|number\s+of\s+(?:(?:participating|member)\s+)?(?:members|agencies|"
                               r"participants))\b")
# "2021 saw Portugal Space join ISECG": a bare "join" only after a verb of witnessing (not "may join", "applied to join").
SAW_RE = re.compile(r"\b(?:saw|sees|see|seen|witnessed|watched)\s+(?:the\s+)?$", re.I)
# The members after the verb: "ISECG has welcomed seven new members:", "welcomed X and Y", "agreed to admit X".
WELCOMED_RE = re.compile(r"\b(?:has |have |had )?(?:welcomed|welcomes|greeted|admit(?:s|ted)?|accepted|the\s+arrival\s+of|"
                         r"membership\s+(?:was\s+|has\s+been\s+|is\s+)?(?:extended|granted)(?:\s+(?:in|on)\s+[^,;]{1,20}?)?\s+to|"
                         r"(?:extended|granted)\s+(?:its\s+|\S+\s+)?membership\s+to)\b", re.I)
# A joining told before its subject: "Joining ISECG in 2022, the NZSA brought the membership to 26", "Having joined in
# 2008, ASI ..." (not a noun's modifier: "Joining dates: ...").
PARTICIPLE_JOIN_RE = re.compile(r"^\W*(?:(?:After|Upon|On|Since)\s+)?(?:[Jj]oining(?!\s+[a-z]+(?<!\bthe)(?<!\bits)(?<!\bin)(?<!\bas)\b)|"
                                r"[Bb]ecoming\s+(?:a\s+)?members?\s+of|[Bb]eing\s+admitted\s+to)\b"
                                r"|^\W*[Hh]aving\s+(?:joined|become\s+(?:a\s+)?members?\s+of|been\s+admitted\s+to)\b")
# Passive or body left implicit: "X and Y were welcomed that year", "two more organisations became members:",
# "X was admitted at the June plenary", "X became the 16th member", "X became ISECG's twentieth member"; a
# chronology's present: "X becomes a member".
PASSIVE_JOIN_RE = re.compile(rf"\b(?:(?:was|were|is|are|has been|have been) (?:also |then |formally |officially |finally |both |all |each )?"
                             rf"(?:welcomed|admitted|greeted|accepted)(?!\s+to\b)|(?:became|becomes) (?:a |an |the |its |\S+(?:'s|’s) )?(?:new |newest |"
                             rf"latest |most recent )?members?\b(?!\s+of)"
                             rf"|(?:became|becomes) (?:the |its )?(?:\S+(?:'s|’s) )?{RANK}(?:\s+(?:member|participa\w+)\b|(?=\s*[.;,])))", re.I)
# After a joining: "It was followed on 21 February by X", "X followed in July 2021".
FOLLOWED_RE = re.compile(r"\b(?:(?:was|were) )?followed\b(?!\s+(?:the|its|their|all|every)\b)", re.I)  # not "followed the meetings"
# The verb "followed" left out before one more joining: ", and in September by", "; then by".
FOLLOWED_AGAIN_RE = re.compile(r"[,;]?\s+(?:and\s+|then\s+)+(?:(?:in|on|during)\s+(?:[\w-]+\s+){1,3}?)?by\s", re.I)
# The first of members a joining before counted: "Three agencies were welcomed in 2024. X was the first, in March".
FIRST_RE = re.compile(r"\b(?:was|were)\s+the\s+first\b(?=\s*[,.;]|\s*$|\s+(?:in|on)\s|\s+to\s+(?:join|be\s+(?:admitted|"
                      r"welcomed))\b)", re.I)
# Joining told of a meeting the document reports: "the plenary welcomed X", "the senior managers welcomed X
# with immediate effect".
AT_MEETING_RE = re.compile(r"\b(?:plenary|meeting|session|senior managers|with immediate effect|effective immediately)\b",
                           re.I)
# What a date after it tells is when a body was made, not when it joined: "founded in 2019", "set up in May".
FOUNDED_RE = re.compile(r"\b(?:founded|established|created|set up|formed|inaugurated)\s+(?:in|on)\s+(?:the\s+)?$", re.I)
# A definite description standing for the organisation named just before: "The agency, part of ..., was welcomed".
DEFINITE_RE = re.compile(r"\s*(?:The|This|That)\s+(?:new\s+)?(?:agency|organi[sz]ation|office|centre|center|institute|body)\b")
# Membership told as a standing state since a date: "LSA and ASA, both members since 2019,", "CSA has been a
# member of ISECG since 2007", "ASI, which has been a member since 2008,", "LSA, an ISECG member since 2019,", "ASA
# (member since 2019)", "has been a full member of ISECG from June 2019".
# "since its founding in 2007", "since the group's creation in 2007"
FOUNDING_SINCE = (r"(?:(?:its|the\s+group(?:'s|’s)|[A-Z][\w\-]*(?:'s|’s))\s+(?:founding|foundation|creation|"
                  r"establishment|inception|start)\s+(?:in\s+)?)?")
MEMBER_SINCE_RE = re.compile(r"(?P<cue>\s*\(|,\s+(?:(?P<both>both)\s+|all\s+|each\s+)?(?:(?P<which>(?:both\s+|all\s+|each\s+)?"
                             r"of\s+(?:which|whom|them)|which|who)\s+(?:has|have|had)\s+been\s+)?|\s+(?:has|have|had)\s+been\s+)"
                             r"(?:an?\s+)?(?:(?P<pre>[A-Z][\w\-]+)\s+)?(?:full\s+|founding\s+|active\s+)?(?:members?|"
                             r"participants?|part)(?:\s+(?:of|in)\s+(?:the\s+)?(?P<body>[\w\-]+))?\s+(?:since|from)\s+(?:the\s+)?"
                             + FOUNDING_SINCE)
# "BNSC, which had taken part since 2007", "X has participated in ISECG since 2012", "X has belonged to ISECG since
# 2031": the same, told by taking part.
TAKEN_PART_SINCE_RE = re.compile(r"(?:,\s+(?:which|who))?\s+(?:has|have|had)\s+(?:taken\s+part|participated|belonged)(?:\s+(?:in|to)\s+"
                                 r"(?:the\s+)?(?P<body>[\w\-]+))?\s+(?:since|from)\s+(?:the\s+)?" + FOUNDING_SINCE, re.I)
# ... the date fronted: "Since March 2036, X has been a member of ISECG", "Since 2031 X and Y have taken part in ISECG".
FRONTED_SINCE_RE = re.compile(r"^\W*[Ss]ince\s+(?P<when>[^,;]{4,30}?),?\s+(?P<who>[^,;]+?)\s+(?:has|have)\s+(?:been\s+(?:an?\s+)?"
                              r"(?:full\s+|active\s+)?(?:members?|participants?|part)\s+(?:of|in)|taken\s+part\s+in|"
                              r"participated\s+in|belonged\s+to)\s+(?:the\s+)?(?P<body>[\w\-]+)")
# An application to join approved: "X's application to join ISECG was approved in March 2036", "The heads of
# delegation approved X's application for membership in March 2036" (the applicant, before "'s").
APPLICATION_RE = re.compile(r"['’]s\s+application\s+(?:to\s+join|for\s+membership(?:\s+(?:of|in))?)(?:\s+(?:the\s+)?"
                            r"(?P<body>[A-Z][\w\-]+))?\s+(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+)?"
                            r"(?:approved|accepted|granted)|\b(?:approved|accepted|granted)\s+(?:the\s+)?(?=[A-Z][^,;.]*?['’]s\s+"
                            r"application\s+(?:to\s+join|for\s+membership))")
APPLICANT_END_RE = re.compile(r"['’]s\s+application")
# A line of a chronology opened by its year: "| 2021 | ...", "- **2021** — ...", "2021: ..."
YEAR_ROW_RE = re.compile(r"^[\s|*•\-]*(?:19|20)\d\d\b")
MEETING_NAME_RE = re.compile(r"\b(?:meeting|plenary|session|summit)\b", re.I)
# A month named without a year ("In February", "the June plenary"): in the year the sentence set before it, else in
# the document's year.
MONTH_ONLY_RE = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Oo]f|[Tt]he|[Ee]arly|[Ll]ate)\s+"
                           r"(January|February|March|April|May|June|July|August|September|October|November|December)"
                           r"\b(?!\s*,?\s*\d)")
# A year set as the time of what follows: "In 2019", "During 2019", "Over 2019".
YEAR_ADVERBIAL_RE = re.compile(r"\b(?:in|during|throughout|over)\s+$", re.I)
# A rank: "becoming its 15th member", "is ISECG's 18th member", "as the 27th participating organisation",
# "(X) became the 24th."
_RANKED = rf"{RANK}\s+(?:member|participant|participating\s+(?:organi[sz]ation|agency))\b"
RANK_COUNT_RE = re.compile(rf"\b(?:(?:becoming|became|becomes|as|is|welcomed|welcoming|admitted|admitting|greeted|gained|added)\s+"
                           rf"(?:the\s+|its\s+)?(?:\S+(?:'s|’s)\s+)?{_RANKED}"
                           rf"|(?:became|joined\s+as|as)\s+the\s+{RANK}(?=\s*[.;])"
                           # "became member number 27", "as member no. 24"
                           rf"|(?:becoming|became|becomes|as|is)\s+(?:\S+(?:'s|’s)\s+)?member\s+(?:number|no\.?|#)\s*{NUMBER}(?![\w\-]))", re.I)
# The subject's members: "ISECG has 29 member agencies", "the group counted 27 members" (not "The TWG has 12 members").
OWNED_COUNT_RES = [
    # "the group reached 26 members", "taking ISECG to 27 member agencies", "bringing the total to twenty members"
    re.compile(rf"\b(?:(?P<reach>reach(?:ed|es)?)|taking|took|takes|bringing|brought|brings|rais(?:ing|ed|es)|"
               rf"lift(?:ing|ed|s))\s+(?:(?:it|its\s+membership|the\s+(?i:group|total|membership)|[A-Z][\w\-]+)\s+)?"
               rf"(?(reach)|to\s+){NUMBER}\s+(?:member\s+)?(?:members|agencies|organi[sz]ations)\b"),
    re.compile(rf"\b(?:had|has|have)\s+(?:now\s+)?{NUMBER}\s+(?:member\s+|participating\s+)?(?:members|agencies|"
               r"organi[sz]ations)\b",
               re.I),
    # "ISECG counted 27 member agencies", "is made up of 27 national agencies", "now counts 27 participating agencies"
    re.compile(rf"\b(?:counts|counted|numbers|numbered|comprises|comprised|comprising|(?:is|was|are|were)\s+(?:now\s+|currently\s+|today\s+|presently\s+)?(?:made\s+up|"
               rf"composed)\s+of|consists\s+of|consisted\s+of)\s+{NUMBER}\s+(?:(?:space|national|member|participating)\s+){{0,2}}"
               r"(?:agencies|organi[sz]ations|members)\b", re.I),
]
# "27 space agencies participate in ISECG": a count when the body is what they take part in (see member_counts).
PARTICIPATE_COUNT_RE = re.compile(rf"\b{NUMBER}\s+(?:(?:space|national|member)\s+){{0,2}}(?:agencies|organi[sz]ations)\s+"
                                  r"(?:now\s+|currently\s+|today\s+)?(?:participate|participated|take\s+part|took\s+part|"
                                  r"(?:are|were)\s+(?:now\s+|currently\s+|all\s+)?(?:part|members|participating|taking\s+part))\s+(?:in|of)\s+"
                                  r"(?:the\s+)?",
                                  re.I)
# "ISECG has grown to 27 members", "the group expanded to 24 agencies"
# "ISECG grew by two members in 2021, to 27": the count after
OWNED_COUNT_RES.append(re.compile(rf"\b(?:grew|grown|increased|expanded)\s+by\s+[\w\-]+\s+(?:new\s+)?(?:members|agencies|"
                                  rf"organi[sz]ations)\b[^.;]{{0,30}}?\s+to\s+{NUMBER}(?![\w\-])", re.I))
GROWN_TO_RE = re.compile(rf"\b(?:grown|grew|risen|rose|increased|expanded|climbed)\s+(?:by\s+(?:some\s+|about\s+)?[\d.,]+\s*"
                         rf"(?:%|per\s*cent|percent)\s+)?to\s+{NUMBER}\s+"
                         r"(?:(?:space|national|member|participating)\s+){0,2}(?:members|agencies|organi[sz]ations)\b", re.I)
OWNED_COUNT_RES.append(GROWN_TO_RE)
# "bringing the number of participating agencies to fifteen", "raising its number of members to 27"
OWNED_COUNT_RES.append(re.compile(rf"\b(?:taking|took|takes|bringing|brought|brings|rais(?:ing|ed|es)|increas(?:ing|ed|es)|"
                                  rf"lift(?:ing|ed|s))\s+(?:the|its)\s+(?:total\s+)?number\s+of\s+(?:(?:participating|member)\s+)?"
                                  rf"(?:members|agencies|organi[sz]ations|participants)\s+to\s+{NUMBER}(?![\w\-])", re.I))
# "ISECG today brings together 8 space agencies": a count of members only when the body is named as the subject (a
# session that "brought together 17 agencies" counts those attending).
GATHER_COUNT_RE = re.compile(rf"\b(?:brings\s+together|brought\s+together|bringing\s+together|gathers|gathered|unites|"
                             rf"united)\s+{NUMBER}\s+(?:(?:space|national|member)\s+){{0,2}}(?:agencies|organi[sz]ations|"
                             r"members)\b", re.I)
OWNED_COUNT_RES.append(GATHER_COUNT_RE)
# The members counting themselves, as a speaker for the body says it: "We are 26 member agencies", "we now count 27
# members" (not "we are 26 engineers", nor members of another thing or at a gathering: "we were 20 agencies at the
# workshop", "we are 12 members of the panel").
FIRST_PERSON_COUNT_RE = re.compile(rf"\b[Ww]e\s+(?:(?:now|today|then|already|still)\s+)?(?:are|were|count|counted|number|"
                                   rf"numbered|have|had)\s+(?:(?:now|today|then|already|still)\s+)?{NUMBER}\s+(?:(?:space|national|"
                                   r"member|participating)\s+){0,2}(?:agencies|organi[sz]ations|members)\b"
                                   r"(?!\s+(?:of|from|at|in\s+(?:the|this|that)\s+(?:room|hall))\b)")
OWNED_COUNT_RES.append(FIRST_PERSON_COUNT_RE)
# The body as such a subject in the words a text uses for it after naming it: "With them, the group now brings
# together 26 agencies", "It unites 26 agencies" (after a sentence naming the body).
BODY_ANAPHOR_RE = re.compile(r"\b(?:the\s+(?:group|forum)|(?P<it>it))\s+(?:(?:now|today|still|then|currently|\w+ly)\s+)?$",
                             re.I)
# A count in a noun phrase naming the body: "the 27 member agencies of ISECG", "ISECG's 26 members" (not "ISECG's 9
# member agencies that wrote it"), "the 27-member ISECG", and "ISECG includes a total of 27 agencies" (its subject).
OF_BODY_COUNT_RE = re.compile(rf"\b(?:the|its|all)\s+{NUMBER}\s+(?:(?:member|participating|space)\s+(?:agencies|"
                              r"organi[sz]ations)|members|agencies)\s+(?:of|in)\s+(?:the\s+)?", re.I)
BODYS_COUNT_RE = re.compile(rf"(?:'s|’s)\s+{NUMBER}\s+(?:(?:member|participating)\s+(?:agencies|organi[sz]ations)|members)\b"
                            r"(?!\s+(?:that|which|who|whose)\b)")
SIZED_BODY_RE = re.compile(rf"\b{NUMBER}-member(?:-strong)?\s+", re.I)
# "the fourteen ISECG participating agencies", "all 27 ISECG member agencies": the body's acronym qualifying them all
# (not some of them: "the nine ISECG member agencies that answered")
NAMED_BODY_COUNT_RE = re.compile(rf"\b(?:the|all)\s+{NUMBER}\s+(?-i:[A-Z]{{2,}})\s+(?:member|participating)\s+"
                                 r"(?:agencies|organi[sz]ations)\b(?!\s+(?:that|which|who|whose)\b)", re.I)
TOTAL_COUNT_RE = re.compile(rf"\ba\s+total\s+of\s+{NUMBER}\s+(?:(?:space|national|member)\s+){{0,2}}(?:agencies|"
                            r"organi[sz]ations|members)\b", re.I)
# "With 27 members, ISECG is ...", "ISECG (27 member agencies)".
WITH_COUNT_RE = re.compile(rf"^\W*[Ww]ith\s+(?:its\s+)?{NUMBER}\s+(?:member\s+)?(?:agencies|organi[sz]ations|members),\s+"
                           r"(?:the\s+)?")
BRACKETED_COUNT_RE = re.compile(rf"\s*(?:\(|—|–|--)\s*{NUMBER}\s+(?:member\s+)?(?:agencies|organi[sz]ations|members)(?:,?\s+(?:in|as\s+of|"
                                r"at\s+the\s+end\s+of|by|at)\s+[^()—–]{1,25})?\s*(?:\)|—|–|--)")
# "ISECG currently includes 27 member agencies" (the body its subject, not "the workshop included 12 agencies"),
# "ISECG, 26 agencies strong, met ...", "There are 27 ISECG member agencies", "there were 27 member agencies in ISECG".
INCLUDES_COUNT_RE = re.compile(rf"\b(?:includes|included|encompasses|encompassed|embraces)\s+{NUMBER}\s+(?:(?:space|"
                               r"national|member)\s+){0,2}(?:agencies|organi[sz]ations|members)\b", re.I)
STRONG_COUNT_RE = re.compile(rf"\b{NUMBER}\s+(?:(?:space|national|member)\s+){{0,2}}(?:agencies|organi[sz]ations|members)"
                             r"\s+strong\b", re.I)
THERE_COUNT_RE = re.compile(rf"\bthere\s+(?:are|were|is)\s+(?:now\s+|currently\s+|today\s+|presently\s+)?{NUMBER}\s+"
                            r"(?:[A-Z]{2,}[\w\-]*\s+)?(?:member\s+(?:agencies|organi[sz]ations)|members)\b"
                            r"(?:\s+(?:in|of|within)\s+(?:the\s+)?)?", re.I)
# What a number after a word of membership may count other than members: "27 countries", "60 per cent".
OTHER_THINGS_RE = re.compile(r"\s+(?:[a-z\-]+\s+)?(?:countries|nations|states|participants|delegates|people|persons|experts|"
                             r"attendees|representatives|individuals|staff|meetings|papers|documents|publications|missions|"
                             r"projects|studies|reports|workshops|events|years|months|days|percent|billion|million|dollars|"
                             r"euros|companies|universities|institutions|partners|observers|signatories|groups|teams|tasks|"
                             r"votes|seats|responses|respondents)\b|\s*(?:%|per\s*cent)", re.I)
PRESENT_RE = re.compile(r"\b(?:today|now|currently|at\s+present|presently|at\s+the\s+time\s+of\s+writing)\b", re.I)
PRESENT_VERB_RE = re.compile(r"\b(?:has|have|counts|comprises|numbers|includes|is|are|stands|totals|remains|consists)\b")
# A noun phrase of members narrowed by what follows: "12 member agencies with Mars programmes", "9 agencies involved
# in lunar work", "8 European agencies among its members".
SUBSET_RE = re.compile(r"\s+(?:with|having|involved|active|engaged|interested|working|planning|operating|developing|"
                       r"contributing|leading)\b(?!\s+(?:the\s+)?(?:addition|accession|arrival|admission|entry|joining|"
                       r"inclusion)\b)", re.I)
# A gathering or an inquiry the count is of: "the number of member agencies at the workshop", "the survey's 26 members".
GATHERING_RE = re.compile(r"\b(?:workshop|meeting|plenary|session|conference|symposium|survey|webinar|delegation|visit|"
                          r"consultation|exhibition|event|call|poll|questionnaire)s?\b", re.I)
# Between a count and the date of the gathering it was told at: "... at the senior managers meeting of 30 September".
AT_GATHERING_RE = re.compile(rf"\s+(?:at|during)\s+(?:the|its)\s+[\w\s'’\-]{{0,40}}?(?:{GATHERING_RE.pattern})\s+(?:of|on|held\s+on)\s+(?:the\s+)?",
                             re.I)
# "27 agencies are ISECG members", "Twenty-six space agencies now make up ISECG" (the body named in it or right after).
ARE_MEMBERS_RE = re.compile(rf"\b{NUMBER}\s+(?:(?:space|national)\s+)?(?:agencies|organi[sz]ations)\s+(?:are|were)\s+(?:now\s+|"
                            r"currently\s+|today\s+|all\s+)?(?:[A-Z][\w\-]+\s+)members\b(?!\s+of\b)")
MAKE_UP_RE = re.compile(rf"\b{NUMBER}\s+(?:(?:space|national|member)\s+)?(?:agencies|organi[sz]ations)\s+(?:now\s+|currently\s+|"
                        r"today\s+|together\s+)?(?:make\s+up|makes\s+up|made\s+up|constitute|constituted|form|formed)\s+"
                        r"(?:the\s+)?", re.I)
# "The ISECG membership, twenty-six agencies at the end of 2022, ...": the count in apposition to the membership.
MEMBERSHIP_APPOSITION_RE = re.compile(rf"\bmembership\s*(?:,|\(|—|–)\s*(?:then\s+|now\s+)?{NUMBER}\s+(?:(?:space|member)\s+)?"
                                      r"(?:agencies|organi[sz]ations|members)\b", re.I)
OWNER_COUNT_RES = (INCLUDES_COUNT_RE, STRONG_COUNT_RE, THERE_COUNT_RE, ARE_MEMBERS_RE, MAKE_UP_RE)
# A count told as a hope, plan or forecast ("ISECG expects to reach 30 members by 2025", "could count 35"): not a count.
FUTURE_RE = re.compile(r"\b(?:will|would|could|might|shall|should|(?-i:may))\b(?!\s+(?:be\s+)?(?:noted|note|recalled|recall|"
                       r"mentioned|mention|like|remembered|seen|observed)\b)|\b(?:expect(?:s|ed|ing)?|hop(?:e|es|ed|ing)|"
                       r"aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|aspir(?:e|es|ed|ing)|set|poised|likely|"
                       r"projected|forecast|anticipated|targets?|seeks?|seeking|wants?|wish(?:es)?|ambition|goal|"
                       r"(?:is|are)\s+(?:due|going))\s+to\b", re.I)
BODY_COUNT_RES = (OF_BODY_COUNT_RE, BODYS_COUNT_RE, SIZED_BODY_RE, WITH_COUNT_RE, BRACKETED_COUNT_RE, NAMED_BODY_COUNT_RE,
                  TOTAL_COUNT_RE)
# "all member agencies of ISECG, which now number 26", "its members numbered 15 in 2015": the members numbered (of the
# body, when the phrase names an owner)
NUMBERED_COUNT_RE = re.compile(rf"\b(?:members|member\s+(?:agencies|organi[sz]ations))(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*)?"
                               rf",?\s+(?:(?:which|who|that)\s+)?(?:(?:now|today|then|still|already)\s+)?number(?:s|ed)?\s+"
                               rf"{NUMBER}(?![\w\-])", re.I)
COUNT_RES = [
    # "membership stood at 24 agencies", "the membership stood at twenty-four by the end of December"
    re.compile(rf"\b(?:membership|(?:the\s+)?number\s+of\s+(?:its\s+|the\s+)?(?:[A-Z][\w\-]+\s+)?(?:members|member\s+"
               rf"(?:agencies|organi[sz]ations)))\s+(?:(?:at|by|in|on|as\s+of)\s+(?:the\s+)?[\w ]{{1,30}}?\s+)?"
               rf"(?:(?:of\s+(?:the\s+)?[A-Z][\w\-]+\s+)?(?:now\s+|still\s+|then\s+|therefore\s+|thus\s+|hence\s+)?"
               rf"(?:to|of|counted|counts|totals|numbers|reaches|was|is|were|"
               rf"reached|stood at|stands at|totall?ed|grew to|rose to|climbed to|increased to|numbered|(?:held|holds|"
               rf"remained|remains|stayed|stays)(?:\s+steady|\s+unchanged)?\s+at))\s+{NUMBER}(?![\w\-])(?!\s+of\b)"
               r"(?:\s+(?:\w+\s+)?(?:organi[sz]ations|agencies|members))?", re.I),
    # "Of the twenty-six members, 19 supplied material", "Of ISECG's 24 member agencies, 23 took part": the whole
    re.compile(rf"\b[Oo]f\s+(?:the|its|all|[A-Z][\w\-]*(?:'s|’s))\s+{NUMBER}\s+(?:member\s+(?:agencies|organi[sz]ations)|"
               r"members)\b(?=\s*,)"),
    NUMBERED_COUNT_RE,
    # "Twenty agencies belonged to ISECG in January": a count the subject of a verb of belonging
    re.compile(rf"\b{NUMBER}\s+(?:member\s+|space\s+)?(?:agencies|organi[sz]ations|members)\s+(?:belonged|belong|"
               r"were\s+(?:members|part)|made\s+up|formed|composed|sat\s+(?:in|on))\b", re.I),
    # "every member agency but one was present (23 out of 24)": the whole is the count
    re.compile(rf"\b(?:member|agenc)[^.;]{{0,80}}?\b(?:{NUMBER[1:-1]})\s+out\s+of\s+{NUMBER}(?![\w\-])", re.I),
    # "ISECG is a forum of 27 space agencies", "ISECG, a coordination forum of 27 space agencies, ..."
    re.compile(rf"(?:\b(?:as|is|was)|,)\s+a\s+(?:(?:voluntary|coordination|non-binding)\s+)?(?:group|body|forum|"
               rf"coalition)\s+of\s+{NUMBER}\s+(?:\w+\s+)?(?:agencies|organi[sz]ations|members)", re.I),
    RANK_COUNT_RE,
    PARTICIPATE_COUNT_RE,
    *BODY_COUNT_RES,
    *OWNED_COUNT_RES,
    *OWNER_COUNT_RES,
    MEMBERSHIP_APPOSITION_RE,
    # "Nineteen of the 26 members contributed", "Twelve of the fourteen ISECG participating agencies answered": the whole
    # is the count.
    re.compile(rf"\b(?:{NUMBER[1:-1]})\s+of\s+(?:the|its)\s+{NUMBER}\s+(?:[A-Z]{{2,}}\s+)?(?:member\s+|participating\s+)?"
               r"(?:members|agencies|organi[sz]ations)\b", re.I),
    # "ISECG members at publication: 26" (a line of reading notes or a fact box).
    re.compile(rf"\bmember(?:s|ship| agencies| organi[sz]ations)\b[^.:;]{{0,40}}:\s*{NUMBER}(?![\d\w-])", re.I),
]
# "Since January 2018 ISECG has welcomed seven new members": how many joined from a date until the document's.
NEW_MEMBERS_RE = re.compile(rf"\bsince\s+(?P<since>(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b.*?\b(?:welcomed|admitted|gained)\s+"
                            rf"{NUMBER}\s+new\s+members\b", re.I)
# "started the year with 20 members and ended it with 24", "entered 2021 with 24 member agencies", "ends it with 30".
_COUNTED = r"(?:\s+(?:member\s+|participating\s+)?(?P<noun>members|agencies|organi[sz]ations))?"
YEAR_COUNT_RE = re.compile(rf"\b(?P<verb>start(?:s|ed|ing)|begins?|began|beginning|enter(?:s|ed|ing)|open(?:s|ed|ing)|"
                           rf"end(?:s|ed|ing)|clos(?:es|ed|ing)|finish(?:es|ed|ing))\s+(?P<when>the year|it|(?:19|20)\d\d)\s+with\s+"
                           rf"(?P<n>{NUMBER[1:-1]})\b{_COUNTED}", re.I)
UP_FROM_RE = re.compile(rf",?\s+up\s+from\s+(?P<n>{NUMBER[1:-1]})\b(?:\s+(?:member\s+)?(?:members|agencies|"
                        r"organi[sz]ations))?\s+(?:in|at)\s+", re.I)
SAME_AS_RE = re.compile(r"[^,;.]{0,40}?,?\s+(?:(?:(?:just\s+)?the\s+same\s+(?:number|figure|count|total)|as\s+many)\s+as\s+"
                        r"(?:in|at|on|by)|unchanged\s+(?:from|since))\s+", re.I)
UP_FROM_ANY_RE = re.compile(rf",?\s+(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|as\s+against)\s+"
                            rf"(?P<n>{NUMBER[1:-1]})\b(?:\s+(?:member\s+)?(?:members|agencies|organi[sz]ations))?\s+"
                            r"(?:(?:at|on|upon)\s+(?:its|the\s+group's|the)\s+(?:founding|foundation|creation|"
                            r"establishment|start|outset|launch)\s+)?", re.I)
# "21 member agencies, six more agencies than in 2018", "29, three more than at the close of 2022 and fourteen more
# than when the roadmap appeared in January 2018": the count then, less (or more) the difference
MORE_THAN_RE = re.compile(r"(?:,?\s+and)?,?\s+(?:or\s+|some\s+)?"
                          + difference_than(NUMBER[1:-1], r"(?:(?:member\s+)?(?:members|agencies|organi[sz]ations)\s+)?")
                          + r"(?:when\s+[^,;.]{0,80}?\s+)?(?:in|at|on|by)\s+", re.I)
MEMBER_WORD_RE = re.compile(r"\bmember", re.I)
RELATIVE_CLAUSE_RE = re.compile(r",\s+(?:which|who|whose)\b[^,;.]*,")
# The count itself as the subject of a change: "The count rose from ...", "Their number grew from ...", "The total".
COUNT_SUBJECT_RE = re.compile(r"^\W*(?:the|their|its|this)\s+(?:count|number|total|tally|figure)\s+(?:\w+\s+)?$", re.I)
# "Membership rose from fifteen agencies at the start of January to twenty by the close of 2019": a count at each
# side's date.
FROM_TO_COUNT_RE = re.compile(rf"\b(?:grew|grown|rose|risen|increased|went|gone|climbed|expanded|doubled|tripled|jumped)\s+from\s+(?P<a>{NUMBER[1:-1]})\b"
                              rf"(?P<first>[^.;]{{0,60}}?)\s+to\s+(?P<b>{NUMBER[1:-1]})\b(?P<second>[^.;]{{0,60}})", re.I)
# A change told in the present perfect, up to the document's present: "ISECG has grown from 15 to 27", "have since risen".
PERFECT_RE = re.compile(r"\b(?:has|have)\s+(?:(?:now|since|already|steadily|\w+ly)\s+)?$", re.I)
# A second count for a second date right after the first's: "counted 15 members on 1 January and still 15 on 31
# December", "... in 2019 and 31 in 2021".
AGAIN_RE = re.compile(rf"\s*,?\s+and\s+(?:still\s+|again\s+|then\s+|only\s+|(?:then\s+)?to\s+)?(?P<n>{NUMBER[1:-1]})\b(?:\s+(?:member\s+)?"
                      r"(?:members|agencies|organi[sz]ations))?\s+(?:on|at|by|in)\s+", re.I)
# None at all: "no organisation joined or left during the year", "no new members were admitted in 2026".
NONE_JOINED_RE = re.compile(r"\b(?P<n>no)\s+(?:new\s+|other\s+|further\s+)?(?:space\s+)?(?:agency|agencies|"
                            r"organi[sz]ations?|members?)\s+(?:joined|(?:was|were|had been|has been|have been)\s+"
                            r"(?:admitted|welcomed))\b", re.I)
# How many joined in a period: "Five space agencies joined", "three more organisations were admitted", "the
# Group admitted four of them", "three more than at the start of the year".
NEW_IN_PERIOD_RES = [
    re.compile(rf"\b(?P<n>{NUMBER[1:-1]})\s+(?:more\s+|new\s+|other\s+)?(?:space\s+)?(?:agencies|organi[sz]ations|"
               r"members)\s+(?:have\s+|had\s+)?(?:joined(?!\s+(?:the|a|an|its|their)\s+(?:first|second|third|last|"
               r"final|next|\w+\s+)?(?:meetings?|sessions?|calls?|plenary|workshops?|conferences?|webinars?|talks?|"
               r"discussions?|first|second|third|last|final|next)\b)|(?:were|have been|had been)\s+(?:admitted|welcomed)|"
               r"became\s+members)\b", re.I),
    re.compile(rf"\b(?:admitted|welcomed)\s+(?P<n>{NUMBER[1:-1]})\s+(?:more\s+|new\s+)?(?:members|agencies|"
               r"organi[sz]ations|of them)\b", re.I),
    re.compile(rf"\b(?P<n>{NUMBER[1:-1]})\s+more\s+than\s+at\s+the\s+(?:start|beginning)\s+of\s+the\s+year\b", re.I),
    NONE_JOINED_RE,
    re.compile(rf"\b(?:grew|grown|increased|expanded)\s+by\s+(?P<n>{NUMBER[1:-1]})\s+(?:new\s+)?(?:members|agencies|"
               r"organi[sz]ations)\b", re.I),
    # joinings counted as a noun: "Three accessions took place in 2021", "2016 brought no accessions", "with five
    # newcomers admitted in the course of the year"
    re.compile(rf"(?<!\bthese\s)(?<!\bthose\s)(?<!\bthe\s)\b(?P<n>{NUMBER[1:-1]}|no)\s+(?:new\s+|more\s+|further\s+)?"
               r"(?:accessions|admissions|newcomers|"
               r"enlargements?)\b", re.I),
]
# A count of members that joined "recently", its start left to what the document updates: "the plans of nine
# agencies that had recently joined ISECG", "five newly joined members".
RECENT_RE = re.compile(rf"\b(?P<n>{NUMBER[1:-1]})\s+(?:\w+\s+)?(?:agencies|organi[sz]ations|members)\s+(?:that|which|who)\s+"
                       r"(?:had\s+|have\s+|has\s+)?(?:only\s+)?(?:recently|newly|just)\s+(?:joined|become\s+members|"
                       r"been\s+admitted)\b|\b(?P<m>" + NUMBER[1:-1] + r")\s+(?:recently|newly)\s+(?:joined|admitted)\s+"
                       r"(?:members|agencies|organi[sz]ations)\b", re.I)
# "after the 2020 supplement appeared": a period that began with a document.
NEW_AFTER_RE = re.compile(rf"\b(?:after|following)\s+(?:the|its)\s+(?:19|20)\d\d\s+(?:[\w\-]+\s+){{0,2}}?"
                          rf"(?:{GENRE_WORDS})", re.I)
# A document named by its year: "the 2022 supplement" (the year just read), and a document given a date:
# "the supplement that ISECG issued in", "the 2022 supplement to the roadmap, published in".
CITED_YEAR_RE = re.compile(rf"\s+(?:[\w\-]+\s+){{0,2}}?(?P<genre>{GENRE_WORDS})", re.I)
RELEASED_RE = re.compile(rf"(?P<genre>{GENRE_WORDS})(?:\s+of|\b[^.;]{{0,80}}?\b(?:published|issued|released|appeared|dated)"
                         r"(?:\s+(?:in|on))?)\s+$", re.I)
# A work released on the date after it ("issued by ISECG in May 2031", "was approved on 14 February 2031") or before it
# in its clause ("In June 2031 ISECG published a new charter"), and a count held at such a release ("At the time of
# release, ISECG had 26 member agencies", "29 member agencies upon its approval"; not "on the issue of ...").
RELEASE_VERB = r"(?:released|published|issued|approved|adopted)"
RELEASED_ON_RE = re.compile(rf"\b{RELEASE_VERB}(?:\b[^.;,]{{0,40}}?\b(?:in|on))?\s+$", re.I)
RELEASED_AFTER_RE = re.compile(rf"^[^.;,]{{0,80}}?\b{RELEASE_VERB}\b", re.I)
AT_RELEASE_RE = re.compile(r"\b(?:at\s+the\s+time\s+of|as\s+(?:of|at)|upon|on)\s+(?:the\s+|its\s+)?"
                           r"(?:release|publication|approval|adoption)\b(?!\s+of\s+(?:the\s+)?(?:19|20)\d\d)", re.I)
# "X passed the ISECG chair to Y", "X took the chair in 2014 and handed it to Y" ("it": a chair the sentence named).
CHAIR_PASSED_RE = re.compile(r"\b(?:passed|passes|handed|hands|hand|transferred|transfers|transfer)\s+(?:over\s+)?(?:the\s+"
                             r"(?:(?P<body>\S+)\s+)?chair(?:manship)?|(?P<it>it))\s+(?:over\s+)?to\b", re.I)
# A sentence telling of a chair as a post that is held and moves ("There is a chair, and it rotates among agencies",
# "The chair is held by each agency in turn"): "it" in the next sentence's handover is that chair ("JAXA handed it to
# CSA"), not a chair of a meeting that spoke ("The chair thanked NASA").
CHAIR_POST_RE = re.compile(r"\bchair(?:manship)?\b(?=[^.;]*?\b(?:rotat\w*|held|holds|hold|pass(?:es|ed)?|hand(?:s|ed)?|"
                           r"moves?|moved|goes|went|turns?)\b)", re.I)
# The one taking over the chair taking office, in a relative clause after the handover: ", who took office on",
# ", which assumed its duties on", ", who took up the post on"
TOOK_OFFICE_RE = re.compile(r",\s+(?:who|which)\s+(?:took|takes|assumed|assumes|entered|enters)\s+(?:up\s+)?(?:into\s+)?"
                            r"(?:office|(?:the|its|his|her|their)\s+(?:post|office|duties|role))\b", re.I)
CHAIR_TO_RE = re.compile(r"\b(?P<body>\S+)\s+chair(?:manship)?\s+(?:rotated|passed|moved|went)\s+to\b", re.I)
# "ISECG was chaired in 2019 by JAXA": who chaired, when the sentence says (else as of the document).
CHAIRED_BY_RE = re.compile(r"\b(?P<body>\S+)(?:\s+\([A-Z]+\))?(?:,?\s+which)?(?P<verb>\s+(?:was|is|has been|had been)\s+"
                           r"(?:co-)?chaired)\b[^.;]{0,40}?\bby\s+", re.I)
# A holder's own years in brackets: "ESA (2014–2016)"
OWN_YEARS_RE = re.compile(r"(?:\s*\([A-Z][\w\-]*\))?\s*\(\s*((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)\s*\)")
# "JAXA, which had chaired ISECG since 2019, ...", "took over the chair from ESA, which had held it since 1 October
# 2016": when a holder's chair began ("it" the chair the sentence names before).
CHAIRED_SINCE_RE = re.compile(r"\b(?:has|had)\s+(?:been\s+)?(?:chair(?:ed|ing)\s+(?:the\s+)?(?P<body>\S+)|held\s+(?:the\s+"
                              r"(?:(?P<post>\S+)\s+)?chair(?:manship)?|(?P<it>it)))\s+since\s+", re.I)
# The event a term began at, before its date: "since the senior managers meeting of 9 September 2020", "since the
# group's first meeting in Nov. 2007"
SINCE_EVENT = r"(?:the\s+(?:[A-Za-z’'\-]+\s+){1,5}(?:of|in|on)\s+)?"
# A holder and its term as verb and object: "JAXA chaired ISECG from April 2019 until 31 December 2020", "CNES
# currently chairs the group", "JAXA will chair ISECG for 2019 and 2020".
CHAIRS_RE = re.compile(r"\b(?:chaired|chairs|(?:will|would|to|shall)\s+chair)\s+(?:the\s+)?(?P<body>[\w’'\-]+)(?!\s+by\b)",
                       re.I)
# "KARI took the chair over from JAXA", "ASI would take over the chair from KARI on 1 January 2022", "X took on the
# ISECG chair in April 2019", "having received the chair from KARI": who took it, from whom.
TOOK_CHAIR_RE = re.compile(r"\b(?:took|takes|take|taking|taken|assumed|assumes|assume|received|receives|receiving|held|holds|"
                           r"hold)\s+(?:on\s+|over\s+)?"
                           r"(?:the|(?<=over\s)as(?:\s+the)?)\s+(?:(?P<body>\S+)\s+)?chair(?:manship)?\b(?:\s+over)?", re.I)
# "ESA succeeded NASA as chair of ISECG in 2015".
SUCCEEDED_RE = re.compile(r"\bsucceed(?:ed|s|ing)?\s+(?:the\s+)?\S+(?:\s+\S+){0,5}?\s+(?:as|in)\s+(?:the\s+)?(?:(?P<pre>\S+)\s+)?"
                          r"chair\b(?:\s+of\s+(?:the\s+)?(?P<body>\S+))?", re.I)
# "confirmed ASI as incoming chair", "X was elected as the next chair of ISECG".
INCOMING_RE = re.compile(r"\bas\s+(?:the\s+|its\s+)?(?:incoming|next|new|future)\s+chair\b(?:\s+of\s+(?:the\s+)?"
                         r"(?P<body>\S+))?", re.I)
# "the chairmanship of ISECG was held by KARI", "The ISECG chair is currently held by CNES", "The chair rotates; in
# 2018 it is held by JAXA" ("it" the chair named before it in the sentence)
_CHAIR_NAMED = r"(?:(?P<pre>\S+)\s+)?(?<![\w-])chair(?:manship)?(?:\s+of\s+(?:the\s+)?(?P<body>\S+))?"
HELD_BY_RE = re.compile(rf"\b(?:{_CHAIR_NAMED}|(?P<it>it))\s+(?:was|is|has been|had been|will be)\s+"
                        r"(?:(?:currently|then|now|still|jointly)\s+)?held\s+by\s+(?:the\s+)?", re.I)
# The post said to be a body: "The current ISECG Chair is KARI", "The chair for 2030 was ESA" (the holder right after).
CHAIR_IS_RE = re.compile(rf"\b{_CHAIR_NAMED}(?:\s+(?:for|in)\s+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?)?"
                         r"\s*,?\s+(?:is|was)\s+(?:now\s+|currently\s+|still\s+)?(?:the\s+)?", re.I)
CHAIR_ADJECTIVES = {"the", "current", "new", "incoming", "present", "its"}
# The holder named before the post: "The NASA chairmanship ends on 31 December 2018", "under ASI's chairmanship".
HOLDERS_CHAIR_RE = re.compile(r"(?:'s|’s)?\s+chair(?:manship)?\b(?:\s+(?P<verb>ends|ended|will end|expires|expired|"
                              r"began|begins|started|starts|will start))?", re.I)
OWN_CHAIR_PERSON_RE = re.compile(r",\s+(?:(?:Dr|Prof|Ms|Mr|Mrs)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]*)?\s+[A-Z][a-z]+")
# A part of the year before a year, optional: "the spring of 2021", "early 2019", "mid-2020" (dates.part_of_year)
_PART = rf"(?:{PART_BEFORE_YEAR})?"
# "on 2 March 2029", "in the spring of 2021", "at the first meeting of 2024": a handover's date after its verb.
HANDOVER_AT_RE = re.compile(r"\b(?:on|in|from|since|as of|at)\s+(?:the\s+(?:spring|summer|autumn|fall|winter|start|beginning|"
                            r"middle|end|close)\s+of\s+|the\s+(?:first|last|next|\w+ly)\s+(?:[A-Za-z-]+\s+){1,5}of\s+)?$"
                            # "takes the chair for the period 2023-11-15 to ...", "for a term from May 2024"
                            r"|\bfor\s+(?:the|a|its)\s+(?:period|term)\s+(?:from\s+|of\s+|starting\s+)?$", re.I)
FROM_UNTIL_RE = re.compile(r"\b(?P<word>from|since|until|till|to|through)\s+(?:the\s+)?$", re.I)
ORG_LIKE = tuple(ORGANIZATION_TYPES)
# What opens a list of the organisations behind a document: "the participants were:", a heading
# "The fourteen participating organisations"; "... ISECG member agencies" makes them members too.
# "ISECG participating space agencies", "Contributing member agencies", "Agencies that participated", "Agencies that
# developed the roadmap": a word for bodies
# after a word of taking part, one word ("space", "member") between.
PARTICIPANTS_RE = re.compile(r"\b(?:participants|(?:participating|contributing|authoring|drafting|writing|editing)\s+"
                             r"(?:[\w\-]+\s+)?"
                             r"(?:organi[sz]ations|agencies)|(?:agencies|organi[sz]ations)\s+(?:that\s+|which\s+)?"
                             r"(?:contributed|contributing|prepared|wrote|developed|drafted|authored|produced|compiled|participated|"
                             r"participating|took\s+part|involved)|"
                             r"contributions\s+(?:by|from|of)\s+(?:each\s+|the\s+)?(?:agency|agencies|organi[sz]ations?)|"
                             r"credits\s+(?:\w+\s+){0,2}(?:agencies|organi[sz]ations))\b"
                             # who signed the document itself, the caption's whole line: "Signatories", "Signatory
                             # agencies", "Agencies that adopted the statement", "Organisations endorsing this
                             # declaration" (not another work: "Agencies that adopted the Global Exploration Strategy")
                             r"|^[\W\d]*(?:signator(?:y|ies)(?:\s+(?:agencies|organi[sz]ations))?|(?:agencies|organi[sz]ations)\s+"
                             r"(?:that\s+|which\s+)?(?:adopt|sign|endors|subscrib)\w*(?:\s+(?:to\s+)?(?:the|this)\s+(?:joint\s+)?"
                             r"(?:statement|declaration|communiqu[eé]|letter|charter|text|document))?"
                             # a record's list of who came: "Attendance", "Attendees", "Delegations present"
                             r"|attendance|attendees|delegations(?:\s+present)?|(?:agencies|organi[sz]ations)\s+present)"
                             r"\b(?=\W*$)", re.I)
# A byline standing as a caption over the bodies listed below it: "Developed jointly by", "Prepared by:".
BYLINE_CAPTION_RE = re.compile(r"^\W*(?:(?:Jointly|Collectively)\s+)?(?:Prepared|Compiled|Written|Produced|Developed|Drafted|"
                               r"Authored|Edited)(?:\s+jointly)?\s+by\s*:?\s*$", re.I)
# What the bodies of a caption take part in: "participating in lunar missions", "contributed modules to the Gateway".
TAKES_PART_IN_RE = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:in|to|for|towards|at)\s+((?:[\w\-]+\s+){0,3}[\w\-]+)", re.I)
WORK_WORD_RE = re.compile(r"\b(?:this|paper|supplement|report|document|roadmap|update|edition|strategy|digest|"
                          r"assessment|study|publication|preparation|drafting|writing|development|white)\b", re.I)
REPORT_GENRES = {"annual-report"}  # a body's report on its year: its participating agencies are its members
WRITING_CAPTION_RE = re.compile(r"\b(?:contribut\w*|author\w*|prepar\w*|wr[io]t\w*|draft\w*|compil\w*|edit\w*)\b", re.I)
# A list's caption naming a meeting or a date: who attended it ("Participants at the Tokyo meeting", "the workshop
# of 12 May 2021 had these participating agencies:"), not who wrote the document.
ATTENDED_CAPTION_RE = re.compile(r"\b(?:meeting|meetings|workshop|plenary|conference|session|symposium|summit|"
                                 r"congress|forum|retreat|telecon|teleconference|call|visit|event)s?\b", re.I)
RECORD_GENRES = {*MEETING_RECORDS, "news", "newsletter"}  # a meeting's record: its participants attended
MEMBER_AGENCIES_RE = re.compile(r"\b(?P<body>\S+)\s+member (?:agencies|organi[sz]ations)\b")
FOUNDING_RE = re.compile(r"\bfounding (?:members?|organi[sz]ations?|agenc(?:y|ies)|participants?)\b", re.I)
# A finite verb: the line is prose after a list, not a row of it.
PROSE_VERB_RE = re.compile(r"\b(?:is|are|was|were|has|had|have|will|joined|became)\b", re.I)
# A table's "member since" column, and the year in its cell.
SINCE_COLUMN_RE = re.compile(r"\b(?:member since|joined|since|year of (?:joining|accession))\b", re.I)
# A column of what each body supplies to the programme ("Agency | Element or capability", "Agency Module Launch"): a
# table of contributions to the missions, not to the document.
HARDWARE_COLUMN_RE = re.compile(r"\b(?:elements?|capabilit(?:y|ies)|hardware|modules?|vehicles?|payloads?|instruments?|"
                                r"systems?|spacecraft|landers?|rovers?)\b", re.I)
YEAR_CELL_RE = re.compile(r"\b(?:19|20)\d\d(?=\d?\b)")  # "20112": 2011 and the cell's footnote mark
MAX_ROW_WORDS = 30  # words of one row, or of rows run together with a year cell in each WORDS_PER_YEAR_CELL words
WORDS_PER_YEAR_CELL = 10


def number(text: str) -> int | None:
    """A count or a rank in one word: "24", "twenty-seven", "16th", "seventeenth", "twenty-fifth"."""
    digits = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)?", text.lower())
    if digits:
        return int(digits.group(1))
    return None if re.search(r"\s", text) else number_word(text)


def typed_date(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=term({4: "xsd:gYear", 7: "xsd:gYearMonth"}.get(len(value), "xsd:date")))


def instant(ctx: Context, date: str) -> str:
    node = iris.entity(ctx.rec.base, "instant", date)
    ctx.rec.fact(node, "rdf:type", term("time:Instant"), "time", 1.0, None)
    prop = {4: "time:inXSDgYear", 7: "time:inXSDgYearMonth"}.get(len(date), "time:inXSDDate")
    ctx.rec.fact(node, prop, typed_date(date), "time", 1.0, None)
    return node


def membership(ctx: Context, member: Entity, body: Entity, evidence: Evidence, rule: str, confidence: float, *,
               period: str | None = None, start: str | None = None, end: str | None = None,
               role: str | None = None, date: str | None = None, part: str | None = None) -> None:
    """``member`` in ``body`` during ``period`` (a label: "2022"), or from ``start`` (to ``end``); with
    ``role`` ("isecg:chair") a post held.  ``date``: when the statement holds, if not the document's.  ``part``:
    the part of the year a year-only start (else period) is said to be in ("spring"), kept in the period's label
    ("from spring 2021") while its instant is the year, all the text fixes."""
    if member.iri == body.iri or member.type not in ORG_LIKE:
        return
    said = lambda d: f"{part} {d}" if part and d and len(d) == 4 else d  # noqa: E731
    label = said(period) or (f"{said(start)} to {end}" if start and end else f"from {said(start)}" if start
                             else f"until {end}" if end else None)
    slug = lambda iri: iri.rsplit("/", 1)[-1]  # noqa: E731
    kind = "chair" if role else "membership"
    node = iris.entity(ctx.rec.base, kind, f"{slug(member.iri)} {slug(body.iri)} {label or ctx.series.date or ''}")
    fact = lambda s, p, o, c=confidence: ctx.rec.fact(s, p, o, rule, c, evidence, date=date or start)  # noqa: E731
    if not role:
        fact(member.iri, "org:memberOf", body.iri)
    fact(node, "rdf:type", term("org:Membership"))
    fact(node, "org:member", member.iri)
    fact(node, "org:organization", body.iri)
    if role:
        fact(node, "org:role", term(role))
    if label:
        interval = iris.entity(ctx.rec.base, "period", label)
        fact(node, "org:memberDuring", interval)
        ctx.rec.fact(interval, "rdf:type", term("time:ProperInterval"), rule, 1.0, None)
        ctx.rec.fact(interval, "rdfs:label", ox.Literal(label), rule, 1.0, None)
        if start:
            ctx.rec.fact(interval, "time:hasBeginning", instant(ctx, start), rule, 1.0, None)
        if end:
            ctx.rec.fact(interval, "time:hasEnd", instant(ctx, end), rule, 1.0, None)
    if role == "isecg:chair" and ctx.body is not None and body.iri == ctx.body.iri:
        membership(ctx, member, body, evidence, "chair-member", confidence)  # its chair rotates among its members
    if role == "isecg:chair" and start and len(start) == 10:  # (a day: see chairs_taken)
        ctx.chairs_taken.append((member, body, node, start, evidence, rule, confidence))


def chairs_taken(ctx: Context) -> None:
    """A chair's term that starts on a day is an event of the body's history, on that day ("ESA took over the chair on
    30 September 2014", at a meeting): one per body, chair and year, whichever documents tell it, about the post it
    began.  A month or a year dates a term, not its handover (stop 52: of the development sets' chair terms dated to a
    month, 7 of 33 were events their golds list; to a day, 14 of 29)."""
    for member, body, post, start, evidence, rule, confidence in ctx.chairs_taken:
        name = f"{member.acronym or member.label} takes the chair of {body.acronym or body.label}"
        event = ctx.rec.define(name, "Event", evidence, rule=rule, confidence=confidence, slug=f"{name} {start[:4]}",
                               lookup=False)
        ctx.rec.fact(event.iri, "schema:startDate", typed_date(start), rule, confidence, evidence)
        ctx.rec.fact(event.iri, "schema:about", post, rule, confidence, evidence)


# A meeting of the body itself, by its name ("ISECG Senior Managers meeting", "Plenary of the ISECG"), not a gathering
# it held with others (a workshop, a session at a congress) nor one of a part of it (a working group's); a body at it
# as no member ("as an observer", a guest).
OWN_MEETING_RE = re.compile(r"\b(?i:meeting|plenary)s?\b")
SHARED_GATHERING_RE = re.compile(r"\b(?i:workshop|conference|congress|symposium|forum|session|summit|seminar|"
                                 r"webinar|colloquium|working\s+group|team|task\s+force|committee|sub-?group)s?\b")
NOT_AS_MEMBER_RE = re.compile(r"\b(?i:observers?|guests?|invitees?|invited|applicants?|candidates?)\b")


# A member a record of such a meeting names absent: "Apologies were received from CNSA and the Mexican Space Agency",
# "Excused: AEM, NZSA" (those after it); "Roscosmos sent its apologies" (those before it).
ABSENT_AFTER_RE = re.compile(r"\b(?:apologies|regrets)\s+(?:(?:were|was|had\s+been)\s+)?(?:received|sent|noted|offered|"
                             r"tendered|conveyed)\s+(?:from|by)\b|\b(?:apologies|regrets|excused|absent)\s*:", re.I)
ABSENT_BEFORE_RE = re.compile(r"\b(?:sent|offered|tendered|conveyed)\s+(?:their|its)?\s*(?:apologies|regrets)\b", re.I)


# A meeting named by its number and kind alone, no body's name in it: "Second Plenary", "Ninth Plenary Meeting".
UNNAMED_MEETING_RE = re.compile(rf"(?i:(?:(?:record|report|summary|minutes)\s+of\s+)?(?:the\s+)?{RANK}\s+)?"
                                r"(?i:plenary(?:\s+(?:meeting|session))?|meeting)")


def _own_meeting(ctx: Context, event: Entity) -> bool:
    """Whether ``event`` is a meeting of the document's body by its name (OWN_MEETING_RE), or the meeting a record of
    the body's is of, by a name that names no body ("Second Plenary" under the body's name)."""
    named = any(re.search(rf"\b{re.escape(n)}\b", event.label) for n in ctx.body.names() if len(n) > 2) or \
        event is ctx.events.record and UNNAMED_MEETING_RE.fullmatch(event.label) is not None
    return named and OWN_MEETING_RE.search(event.label) is not None and not SHARED_GATHERING_RE.search(event.label)


def members_attending(ctx: Context) -> None:
    """In the record of a meeting of the document's body (its minutes, summary, record), the bodies that attended it
    are its members on the meeting's day (those who govern it meet as its senior managers, heads of delegation,
    plenary), but a body its row or sentence names an observer, a guest or an applicant. (Elsewhere a list of those
    who attended a meeting is no list of the members: "the senior managers met at National Harbor; the agencies
    represented were ..." names some.)"""
    if ctx.body is None or ctx.series.genre not in MEETING_RECORDS:
        return
    attended = [f for f in ctx.rec.result.facts if f.p == "schema:attendee"]
    own = {iri for iri in {f.s for f in attended}  # (each meeting judged once, not once per body at it)
           if (event := ctx.rec.gazetteer.by_iri.get(iri)) is not None and _own_meeting(ctx, event)}
    for fact in attended:
        org = ctx.rec.gazetteer.by_iri.get(fact.o)
        if fact.s in own and org is not None and fact.evidence is not None \
                and not NOT_AS_MEMBER_RE.search(fact.evidence.sentence):
            membership(ctx, org, ctx.body, fact.evidence, "attended-own-meeting", 0.7,
                       period=ctx.events.starts.get(fact.s) or ctx.series.date)


def members_excused(ctx: Context, state: State, sentence: Sentence) -> None:
    """The bodies a record of the body's own meeting says sent apologies are its members on the meeting's day, as
    those who attended are (members_attending)."""
    text = sentence.text
    after, before = ABSENT_AFTER_RE.search(text), ABSENT_BEFORE_RE.search(text)
    record = ctx.events.record  # (the meeting judged only for a sentence of apologies: this rule reads every one)
    if not (after or before) or ctx.body is None or record is None or not _own_meeting(ctx, record):
        return None
    if after:
        who = [n.entity for n in sentence.mentions if n.start >= after.end() and n.entity.type in ORG_LIKE
               and not re.search(r"[.;]", text[after.end():n.start])]
    else:
        who = subjects(sentence, before.start(), fallback=False)
    for org in who:
        membership(ctx, org, ctx.body, sentence.evidence(), "excused-member", 0.65,
                   period=ctx.events.starts.get(record.iri) or ctx.series.date)
    return None


def _orgs(sentence: Sentence, start: int = 0, end: int | None = None) -> list[Entity]:
    end = len(sentence.text) if end is None else end
    found = []
    for m in sentence.mentions:
        if start <= m.start < end and m.entity.type == "Organization" and m.entity not in found \
                and not re.match(r"'s|’s", sentence.text[m.end:]):
            found.append(m.entity)
    return found


def _body(ctx: Context, sentence: Sentence, start: int = 0, end: int | None = None) -> Entity | None:
    """The body a sentence names in ``[start, end)`` if it is the document's body, else that body
    when the sentence names it as "the group"."""
    named = [e for e in _orgs(sentence, start, end) if ctx.body is not None and e.iri == ctx.body.iri]
    return named[0] if named else ctx.body


# A year's first or last day, told in words: "on the first day of the year", "the last day of 2021", "at its close";
# its first or last month: "at the end of 2021", "year-end 2019", "end-2018", "the start of 2020" (a count then is
# one of that month, not of the whole year).
DAY_OF_YEAR_RE = re.compile(r"\b(?:the\s+)?(?:(?P<edge>first|opening|last|final|closing)\s+day\s+of\s+(?:the\s+year|"
                            r"(?P<year>(?:19|20)\d\d))|(?:at|by)\s+(?:the\s+|its\s+)(?P<side>start|beginning|close|end)"
                            r"(?:\s+of\s+the\s+year)?\b(?!\s+of\b)"
                            r"|(?:(?P<part>start|beginning|close|end)\s+of\s+|year[\s-](?P<yearend>end)\s+|"
                            r"(?P<dash>start|end)-)(?P<partyear>(?:19|20)\d\d)\b"
                            # "When the year began, ISECG had 20 members", "as the year closed"
                            r"|\b(?:when|as)\s+the\s+year\s+(?P<turn>began|started|opened|ended|closed)\b)", re.I)


_MONTH_WORD = "(?:" + "|".join(MONTH_NAMES) + ")"  # a month's name in full
# A chronology's row opening with its year and month ("2014 September | Chair | ESA takes over the chair, 30 September"):
# the days it names without a year are of that year.
ROW_YEAR_RE = re.compile(rf"^\W*(?:(?P<year>(?:19|20)\d\d)\s+{_MONTH_WORD}|{_MONTH_WORD}\s+(?P<year2>(?:19|20)\d\d))\b")


def dates_in(ctx: Context, text: str) -> list[DateSpan]:
    """The dates of ``text``: a month named without a year ("In February", "the June plenary") in the year the text
    set before it ("In 2019 ... in March"), else the document's; a day ("On 31 December") in the year of the
    chronology's row it opens (ROW_YEAR_RE; the row's month then is that day's), else the document's; a year's first
    or last day in words ("the last day of 2021", "up from 24 at its start": of the year the clause names before, else
    the document's); not the date something was founded ("X, founded in 2019, was welcomed as ...")."""
    row = ROW_YEAR_RE.match(text)
    row_year = int(row.group("year") or row.group("year2")) if row else ctx.doc.year
    found = [d for d in find_dates(text, default_year=row_year) if not FOUNDED_RE.search(text[:d.pos[0]])]
    opening = found[0] if row and found and found[0].pos[0] < row.end() else None
    day = next((d for d in found[1:] if d.start.startswith(opening.start) and len(d.start) == 10 and not d.end),
               None) if opening else None
    if day is not None:  # the row's month, its day told after ("..., 30 September"): that day, where the row dates it
        found = [DateSpan(day.start, None, opening.pos)] + [d for d in found[1:] if d is not day]
    for m in DAY_OF_YEAR_RE.finditer(text):
        before = [d for d in found if d.pos[1] <= m.start()]
        # "at its start": of the year named before; "at the end of the year" with none named: the document's year
        side = m.group("side") or m.group("turn") or m.group("part") or m.group("yearend") or m.group("dash")
        of_the_year = m.group("turn") or m.group("side") and m.group().lower().endswith("of the year")
        year = m.group("year") or m.group("partyear") or (before[-1].start[:4] if side and before else None) or \
            (str(ctx.doc.year) if ctx.doc.year and (not side or of_the_year) else None)
        if year is None or any(d.pos[0] < m.start() < d.pos[1] for d in found):
            continue
        first = (m.group("edge") or side).lower() in ("first", "opening", "start", "beginning", "began", "started", "opened")
        if side:  # "at its start": the year's first month, "at its close": its last
            day = f"{year}-01" if first else f"{year}-12"
        else:
            day = f"{year}-01-01" if first else f"{year}-12-31"
        found = [d for d in found if not m.start() <= d.pos[0] < m.end()]
        found.append(DateSpan(day, None, m.span()))
    found.sort(key=lambda d: d.pos)
    years = [d for d in found if len(d.start) == 4 and YEAR_ADVERBIAL_RE.search(text[:d.pos[0]])]
    for m in MONTH_ONLY_RE.finditer(text):
        # "In 2019 ISECG welcomed LSA (in March)": of the year the sentence set before, else the document's
        year = next((d.start for d in reversed(years) if d.pos[1] <= m.start()), ctx.doc.year)
        if year and not any(d.pos[0] <= m.start(1) < d.pos[1] for d in found):
            month = MONTHS[m.group(1)[:3].lower()]
            found.append(DateSpan(f"{year}-{month:02d}", None, (m.start(1), m.end(1))))
    found.sort(key=lambda d: d.pos)
    return found


def _start(dates: list[DateSpan], text: str, verb: tuple[int, int], region: tuple[int, int]) -> tuple[str | None, bool]:
    """When joining began, and whether it is a window: "in 2015" -> 2015; "between March 2020 and
    September 2020" -> 2020 (what the two share); "since January 2018" -> no start.  Of several dates,
    the one after the verb in its clause ("X, created in 2018, joined in April 2019"), else the last
    before it ("In February X became the 16th member")."""
    low, high = region
    inside = [d for d in dates if low <= d.pos[0] < high]
    if not inside:
        return None, False
    after = [d for d in inside if d.pos[0] >= verb[1]]
    before = [d for d in inside if d.pos[1] <= verb[0]]
    for i, d in enumerate(inside[:-1]):  # "between the May 2016 and October 2016 meetings"
        if re.search(r"\bbetween\s+(?:the\s+)?$", text[:d.pos[0]], re.I):
            a, b = d.start, inside[i + 1].start
            return (a[:7] if a[:7] == b[:7] else a[:4] if a[:4] == b[:4] else None), True
    first = after[0] if after else before[-1] if before else inside[0]
    # "since January 2018": a window; "unchanged since 2015 when X became the 15th member": when X joined
    if re.search(r"\bsince\s+$", text[:first.pos[0]], re.I) and not re.match(r",?\s+when\b", text[first.pos[1]:]):
        return None, True
    return first.start, False


def _expand_coordinated(ctx: Context, text: str) -> list[Entity]:
    """"the Australian, Luxembourg and Polish space agencies": each "<Word> Space Agency" the
    gazetteer knows."""
    found = []
    for m in re.finditer(r"((?:[A-Z][\w\-]+,\s+)*[A-Z][\w\-]+,?\s+and\s+[A-Z][\w\-]+)\s+space\s+agencies", text):
        for word in re.split(r",\s*|\s+and\s+", m.group(1)):
            entity = ctx.rec.gazetteer.lookup(f"{word.strip()} Space Agency")
            if entity is not None and entity.type == "Organization":
                found.append(entity)
    return found


# An agency no list has, named in full in a list of new members: "the Portuguese Space Agency".
NEW_AGENCY_RE = re.compile(r"\b((?:[A-Z][\w\-]+\s+){1,4}(?:Space\s+)?(?:Agency|Administration|Centre|Center|"
                           r"Institute|Organi[sz]ation))\b")


def _new_agencies(ctx: Context, text: str, evidence) -> list[Entity]:
    """The organisations a list names in full that no list has: each becomes an entity."""
    found = []
    for m in NEW_AGENCY_RE.finditer(text):
        if ctx.rec.gazetteer.lookup(m.group(1)) is None:
            found.append(ctx.rec.define(m.group(1), "Organization", evidence, rule="joined", confidence=0.75))
    return found


# A list's item naming a body no reference list has, in full: "Hellenic Space Center (HSC)", "Austrian Space Agency,
# Austria", "the Space Research Organisation of the Netherlands – Netherlands".
BODY_ITEM_RE = re.compile(r"\W*(?:\d{1,2}[.)]\s+)?(?:the\s+)?(?P<name>(?:[A-Z][\w\-’']+\s+(?:(?:of|for|and|the)\s+)*){1,5}"
                          r"(?:Agency|Administration|Centre|Center|Office|Institute|Organi[sz]ation|Corporation|"
                          r"Commission|Authority))(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?"
                          r"(?:\s*\((?P<aside>[^()]{1,40})\))?(?:\s*[,–—-]\s*[A-Z][\w ]{1,30})?\s*[.;,]?\s*")


def run_on_bodies(ctx: Context, line) -> list[Entity]:
    """The bodies whose names a line break cuts at the end of ``line`` ("..., European Space" / "Agency, German
    Aerospace Center"): those named across the break, the line read with the next one."""
    if not re.search(r"[A-Z][\w\-’']*$", line.text):
        return []
    following = ctx.text.next_line(line)
    if following is None or not following.text[:1].isupper():
        return []
    joined = f"{line.text} {following.text}"
    return [m.entity for m in ctx.rec.gazetteer.find(joined)
            if m.entity.type in ORG_LIKE and m.start < len(line.text) < m.end]


GENERIC_NAME_WORDS = {"Space", "National", "Country", "Acronym", "Name", "Names", "Member", "Members", "Full", "Lead",
                      "Participating", "Contributing", "Partner", "Partners", "The", "of", "for", "and", "the", "Agency",
                      "Agencies", "Organisation", "Organization", "Year", "Since", "Joined", "Role", "No.", "Research",
                      "Government", "Federal", "State", "Executive", "Other", "New", "Observer", "Associate"}


def new_body_item(ctx: Context, text: str, evidence) -> Entity | None:
    """The body a list's item names in full when no list has it (its acronym in brackets after it): a new
    organisation; None when the item is anything else or a known body's."""
    m = BODY_ITEM_RE.fullmatch(text)
    if m is None or ctx.rec.gazetteer.lookup(m.group("name")) is not None \
            or not set(m.group("name").split()[:-1]) - GENERIC_NAME_WORDS:  # "Country Agency": a table's header
        return None
    name = text[m.start("name"):m.end(0)].split("(")[0].strip(" ,.;–—-")
    name = re.split(r"\s*[,–—]\s*", name)[0]
    aside = m.group("aside")
    acronym = aside if aside and re.fullmatch(r"[A-Z][A-Za-z]{1,3}[A-Z]{1,5}", aside) else None
    return ctx.rec.define(name, "Organization", evidence, acronym=acronym, rule="participants", confidence=0.7)


def _join_verbs(text: str, followed: bool) -> list[tuple[str, re.Match]]:
    """The joining verbs of a sentence in order, each with its kind; of two that overlap ("was admitted"
    and "admitted") the first kind listed."""
    found: list[tuple[str, re.Match]] = []
    kinds = [("participle", PARTICIPLE_JOIN_RE), ("passive", PASSIVE_JOIN_RE), ("active", JOINED_RE),
             ("welcomed", WELCOMED_RE)]  # ("Having joined in 2008, ASI ...": the participle's, not "joined"'s)
    for kind, pattern in kinds + ([("followed", FOLLOWED_RE), ("followed", FIRST_RE)] if followed else []):
        for m in pattern.finditer(text):
            if not any(m.start() < v.end() and v.start() < m.end() for _, v in found):
                found.append((kind, m))
    return sorted(found, key=lambda kv: kv[1].start())


def memberships_joined(ctx: Context, state: State, sentence: Sentence) -> bool | None:
    """Joining: "X joined ISECG in 2015", "ISECG has welcomed seven new members:" (the list below),
    "the Australian and Polish space agencies were welcomed that year", "two more organisations
    became members:", "In February X became the 16th member", "X was admitted at the June plenary",
    and after one of them "It was followed in May by Y"; each verb with the members and the date of
    its own clause."""
    text = sentence.text
    dates = dates_in(ctx, text)
    if dates:
        state.last_date = dates[-1].start
    if state.joining is not None:
        if _joining_row(ctx, state, sentence):
            return True
        state.joining = None
    followed, state.followed = state.followed, None
    _apposed_joinings(ctx, sentence, dates)
    verbs = _join_verbs(text, followed is not None)
    evidence = sentence.evidence() if verbs else None
    for i, (kind, verb) in enumerate(verbs):
        low = max(clause_start(sentence, verb.start()), verbs[i - 1][1].end() if i else 0)
        if i + 1 < len(verbs):  # a clause ends where the next verb's clause starts, at the latest at that verb
            following = clause_start(sentence, verbs[i + 1][1].start())
            high = following if following > verb.end() else verbs[i + 1][1].start()
        else:
            high = len(text)
        found = _joining(ctx, sentence, kind, verb, low, high, followed)
        if found is None or _not_joining(sentence, kind, verb, low, high, found[0]):
            continue
        body, members = found
        # not those named as people of an organisation ("welcomed representatives of the Mexican Space Agency")
        members = [e for e in members if not any(n.entity == e and PEOPLE_OF_BEFORE_RE.search(text[:n.start])
                                                  for n in sentence.mentions)]
        told = [d.end or d.start for d in dates if clause_start(sentence, verb.start()) <= d.pos[0] < high]
        state.joined_until = max([*told, *([state.joined_until] if state.joined_until else [])], default=None)
        # not a date of a relative clause the verb is not in ("X, which had followed the 2022 meetings, was greeted")
        outside = [d for d in dates if not any(a <= d.pos[0] < b and not a <= verb.start() < b
                                               for a, b in (r.span() for r in RELATIVE_CLAUSE_RE.finditer(text)))]
        start, window = _start(outside, text, verb.span(), (clause_start(sentence, verb.start()), high))
        if start is None and not window and re.search(r"\bthat year\b", text) and state.last_date:
            start = state.last_date[:4]
        if start is None and not window and not dates:  # "2. 12 March. The senior managers welcomed X"
            start = _dateline(ctx, sentence)
        if start is None and not window and AT_MEETING_RE.search(text, low, high):
            start = _meeting_date(ctx)
        if start is None and not window and kind in ("passive", "welcomed"):  # "welcomed in Dubai": the meeting there
            start = _meeting_at(ctx, sentence, low, high)
        if start is None and not window and not dates:
            # "X has joined" in a news item: as of its month
            perfect = re.match(r"ha(?:s|ve)\b", verb.group()) or PERFECT_RE.search(text, 0, verb.start())
            start = _reported_year(ctx, recent=bool(perfect))
        if not members and kind == "passive" and state.lead is not None and DEFINITE_RE.match(text[low:verb.start()]):
            members = [state.lead]
        # not one given its own date in apposition ("greeted two newcomers: X, admitted in January 2031, and ...")
        members = [m for m in members if m.iri != body.iri and not any(
            n.entity == m and APPOSED_AFTER_RE.match(text, n.end) for n in sentence.mentions)]
        for member in members:
            own = _own_date(sentence, member, members, [d for d in dates if low <= d.pos[0] < high],
                            before=kind == "followed")
            # "Admitted in the spring of 2021": the year, said to be in its spring
            part = next((p for d in dates if d.start == (own or start) and (p := part_of_year(text, d))), None)
            membership(ctx, member, body, evidence, "joined", 0.85, start=own or start, part=part)
        if members and kind in ("active", "passive"):  # "UKSA joined in 2011, the UAE Space Agency in 2015 and LSA in 2019"
            for member, date in _gapped(sentence, verb.end(), high, dates, [body, *members]):
                membership(ctx, member, body, evidence, "joined", 0.8, start=date)
        # "Three agencies were welcomed": who, told next (the subject after any stop the clause holds: "... 30. Three")
        if members or COUNTED_SUBJECT_RE.search(re.split(r"[.;:]\s+", text[low:verb.start()])[-1]):
            state.followed = body
        if text.rstrip().endswith(":") and high == len(text):
            state.joining = {"body": body, "start": start, "evidence": evidence}
    _members_since(ctx, sentence, dates)
    _apposed_members(ctx, sentence)
    _attended_as_members(ctx, sentence, dates)
    _standing_members(ctx, state, sentence, dates)
    _replaced_as_member(ctx, sentence, dates)
    _accessions_of(ctx, state, sentence, dates)
    _approved_memberships(ctx, sentence, dates)
    _typed_row(ctx, sentence, dates)
    state.lead = _only_named(sentence)
    orgs = [e for e in _orgs(sentence) if ctx.body is None or e.iri != ctx.body.iri]
    state.last_org = orgs[0] if len(orgs) == 1 else None
    return None


# A note or list item opened by its date alone, after its number and place ("2. 12 March. The senior managers welcomed
# X", "7. Washington, 20 October. X joined", "4. Oslo, May."): the date of what its sentences tell with none of their own.
DATELINE_RE = re.compile(r"\W*(?:\d{1,2}[.)]\s+)?(?:(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*,\s+)?(?P<date>[^.,;:]{3,25}?)\.\s")


def _dateline(ctx: Context, sentence: Sentence) -> str | None:
    line = sentence.line
    m = DATELINE_RE.match(line.text)
    if m is None or m.end() > sentence.offset - line.offset:
        return None
    told = m.group("date")
    if told in MONTH_NAMES and ctx.doc.year:  # "Oslo, May.": of the document's year
        return f"{ctx.doc.year}-{MONTHS[told[:3].lower()]:02d}"
    dates = dates_in(ctx, told)
    return dates[0].start if len(dates) == 1 and dates[0].pos == (0, len(told)) else None


# A chronology's row typed a joining: its date, the type cell, then the members it only names ("2019 March Join
# Australian Space Agency (ASA). 16", "| 2020-02 | Accession | NOSA and VNSC |", "June 2021 — Admission: ISA"); a row
# that tells more with a verb ("X replaces Y") is the verbs' to read.
TYPED_ROW_RE = re.compile(r"\s*(?:\|\s*)?(?:—|–|-|:|\|)?\s*(?-i:Join(?:ing|s)?|Accessions?|Admissions?|New\s+members?|"
                          r"Membership)\s*(?:—|–|-|:|\|)?\s+")
ENTRY_END_RE = re.compile(r"[,;]|\.(?:\s|$)")
NAMES_ONLY_RE = re.compile(r"(?:[\s,()|&]|'s|’s|\band\b|\bthe\b|\b[A-Z][\w\-]*(?![\w\-]))*")  # "Thailand's GISTDA"


def _typed_row(ctx: Context, sentence: Sentence, dates: list[DateSpan]) -> None:
    text = sentence.text
    found = next(((d, m) for d in dates if (m := TYPED_ROW_RE.match(text, d.pos[1]))), None)
    if found is None or ctx.body is None:
        return
    row, typed = found
    stop = ENTRY_END_RE.search(text, typed.end())  # the entry's first clause
    end = stop.start() if stop else len(text)
    named = [m for m in sentence.mentions if typed.end() <= m.start < end]
    rest = "".join(" " if any(m.start <= i < m.end for m in named) else text[i] for i in range(typed.end(), end))
    if not NAMES_ONLY_RE.fullmatch(rest):
        return
    for member in {m.entity.iri: m.entity for m in named if m.entity.type == "Organization"}.values():
        if member.iri != ctx.body.iri:
            membership(ctx, member, ctx.body, sentence.evidence(), "joined-row", 0.8, start=row.start)


# What a joining verb's clause says that makes it no joining of the body: members welcomed "as observers", a
# meeting or study of the body joined ("joined the ISECG meeting by video link").
OTHER_STANDING_AFTER_RE = re.compile(r"\bas\s+(?:an?\s+)?(?:observers?|guests?|visitors?|speakers?|invitees?|partners?)\b",
                                     re.I)
BODY_THING_RE = re.compile(r"\s*(?:'s\s+|’s\s+)?(?:(?!(?:in|on|at|as|during|from|with|after|before|by|to|for|and)\b)[\w\-]+\s+)"
                           r"{0,2}?(?:meetings?|sessions?|plenar(?:y|ies)|workshops?|calls?|"
                           r"teleconferences?|webinars?|conferences?|discussions?|summits?|events?|stud(?:y|ies)|surveys?|"
                           r"efforts?|work|activities|campaigns?|projects?)\b", re.I)
PEOPLE_OF_BEFORE_RE = re.compile(r"\b(?:representatives?|delegates?|delegations?|experts?|staff|officials?|members)\s+"
                                 r"(?:of|from)\s+(?:the\s+)?$", re.I)


GAP_BEFORE_RE = re.compile(r"\s*[,;]?\s*(?:and\s+|then\s+|followed\s+by\s+)?(?:the\s+)?")
GAP_AFTER_RE = re.compile(r"(?:\s*\([^()]*\))?\s+(?:in|on|during|at)\s+(?:the\s+)?")
# The rest of a clause after its date, up to a comma: " meeting in Washington" of "X was welcomed at the March meeting
# in Washington, and Y at the November meeting".
CLAUSE_REST_RE = re.compile(r"[^,;.]*(?=,)")


def _gapped(sentence: Sentence, after: int, high: int, dates: list[DateSpan], named: list[Entity]) -> list[tuple]:
    """The joinings a clause goes on to tell with its verb left out, each an organisation and its own date after the
    verb's date ("..., the UAE Space Agency in 2015 and LSA in 2019"), else after the rest of the verb's clause ("X
    was welcomed at the March meeting in Washington, and Y at the November meeting")."""
    own = [d for d in dates if after <= d.pos[0] < high]
    if not own:
        return []
    rest = CLAUSE_REST_RE.match(sentence.text, own[0].pos[1])
    return _gapped_from(sentence, own[0].pos[1], high, dates, named) or \
        (_gapped_from(sentence, rest.end(), high, dates, named) if rest else [])


def _gapped_from(sentence: Sentence, at: int, high: int, dates: list[DateSpan], named: list[Entity]) -> list[tuple]:
    """The organisations from ``at`` each followed by its own date, one after another ("the UAE Space Agency in 2015
    and LSA in 2019")."""
    text, found = sentence.text, []
    for n in sorted((n for n in sentence.mentions if at <= n.start < high), key=lambda n: n.start):
        if n.start < at:
            continue
        if n.entity.type != "Organization" or n.entity in named or not GAP_BEFORE_RE.fullmatch(text, at, n.start):
            break
        tail = GAP_AFTER_RE.match(text, n.end)
        date = next((d for d in dates if tail and d.pos[0] == tail.end()), None)
        if date is None:
            break
        found.append((n.entity, date.start))
        at = date.pos[1]
    return found


def _not_joining(sentence: Sentence, kind: str, verb: re.Match, low: int, high: int, body: Entity) -> bool:
    """Whether a joining verb's clause tells no joining of ``body``: the members welcomed as observers or guests; a group
    of its own welcoming ("The working group welcomed ASI") or welcomed into ("was admitted to the Task Force"); a
    meeting or study of the body joined ("joined the ISECG meeting by video link")."""
    text = sentence.text
    if OTHER_STANDING_AFTER_RE.search(text, verb.end(), high):
        return True
    if kind == "welcomed" and names_a_group(sentence, low, verb.start()):
        return True
    if kind == "passive" and names_a_group(sentence, verb.end(), high):
        return True
    if kind == "active" and verb.group().lower() == "join":
        # a bare "join" is a joining after "saw" ("2019 saw A and B join ISECG") or right after two or more bodies
        # named as its subject (a chronology's present: "2019: A and B join ISECG"), not an infinitive ("invited X
        # to join", "X plans to join")
        before = [n for n in sentence.mentions if low <= n.end <= verb.start()]
        subjects = [n for n in before if n.entity.type == "Organization"]
        plural = len(subjects) > 1 and re.fullmatch(r"[\s)]*", text[subjects[-1].end:verb.start()]) \
            is not None and not re.search(r"\b(?:to|will|would|may|might|can|could|shall|should|must|let|help|helped|"
                                          r"invite[sd]?|allow(?:s|ed)?|enable[sd]?)\b", text[low:verb.start()], re.I)
        if not before or not (SAW_RE.search(text[:before[0].start]) or plural):
            return True
    if kind == "active":
        named = next((n for n in sentence.mentions if n.start >= verb.end() and n.entity == body), None)
        if named is not None and named.start - verb.end() < 8 and (BODY_THING_RE.match(text, named.end) or re.match(
                rf"\s+(?:[A-Z][\w\-]*\s+){{0,4}}{GROUP_NOUN_RE.pattern}", text[named.end:], re.I)):
            return True
    return False


# "X replaced Y as the UK's member of ISECG in 2010", "X succeeded Y as member", a chronology's "X replaces Y as the
# member": X a member from then, Y one until then.
REPLACED_AS_RE = re.compile(r"\b(?:replace[sd]|replacing|succeed(?:s|ed|ing)|t(?:ook|akes)\s+over\s+from)\s+(?:the\s+)?(?P<old>[^,;.]{2,80}?)\s+as\s+"
                            r"(?:the\s+|its\s+)?(?:(?:[A-Z][\w\-]*\s+){0,2}\S+(?:'s|’s)\s+)?(?:national\s+)?(?:member|representative)\b"
                            r"(?:\s+(?:of|in)\s+(?:the\s+)?(?P<body>[\w\-]+))?", re.I)


# "KASA took over KARI's seat in ISECG in 2024", "takes over the British seat", "took over the British National Space
# Centre's seat at the table of ISECG": the subject a member from then, the seat's holder one until then; the seat's
# holder before it named after ("the seat held since 2007 by BNSC") a member then, from the date it gives.
TOOK_SEAT_RE = re.compile(r"\b(?:took\s+over|takes\s+over|assumed|inherited|took\s+up)\s+(?:the\s+)?"
                          r"(?:(?P<old>(?-i:(?:[A-Z][\w\-]*\s+){0,4})\S+)(?:'s|’s)\s+|(?-i:[A-Z][\w\-]*)\s+)?seat\b"
                          r"(?:\s+(?:in|on|at)\s+(?:the\s+)?(?:table\s+of\s+(?:the\s+)?)?(?P<body>[\w\-]+))?"
                          r"(?P<held>\s+(?:(?:held|occupied)\s+)?(?:(?:since|from)\s+(?P<since>[^,;.]{4,25}?)\s+)?by\s+(?:the\s+)?)?",
                          re.I)


def _replaced_as_member(ctx: Context, sentence: Sentence, dates: list[DateSpan]) -> None:
    text = sentence.text
    for m in [*REPLACED_AS_RE.finditer(text), *TOOK_SEAT_RE.finditer(text)]:
        # the body by its one word, or its full name there ("the International Space Exploration Coordination Group")
        full = next((n.entity for n in sentence.mentions if n.start == m.start("body") and n.entity.type in ORG_LIKE),
                    None) if m.group("body") else None
        body = full or chair_body(ctx, m.group("body")) if m.group("body") else ctx.body
        start = clause_start(sentence, m.start())
        members = [e for e in _coordinated(sentence, _orgs(sentence, start, m.start()), m.start())
                   if e.type == "Organization"][-1:]  # (not one the seat is of: "which took over BNSC's seat")
        # not the object of a verb of replacing before it but its subject: "UKSA replaces BNSC and takes over the seat"
        at = next((n.start for n in sentence.mentions if n.entity == members[0] and start <= n.start < m.start()),
                  start) if members else start
        if replacing := re.search(r"\b(?:replac|succeed)\w*\s+(?:the\s+)?$", text[start:at]):
            members = [e for e in _orgs(sentence, start, start + replacing.start()) if e.type == "Organization"][-1:]
        # "When X came into being on 1 April 2010, it took over Y's seat": the one named before, at the date it gives
        pronoun = not members and re.fullmatch(r"\s*it\s+(?:then\s+|also\s+)?", text[start:m.start()]) is not None
        if pronoun:
            members, start = [e for e in _orgs(sentence, 0, start) if e.type == "Organization"][-1:], 0
        end = _clause_end(text, m.end())
        held = m.groupdict().get("held")
        before = next((n.entity for n in sentence.mentions if held and n.start == m.end()
                       and n.entity.type == "Organization"), None)
        named = NEW_AGENCY_RE.match(text, m.end()) if held and before is None else None
        if named:  # a holder no list has, named in full: "held since 2007 by the British National Space Centre"
            before = next(iter(_new_agencies(ctx, named.group(1), sentence.evidence())), None)
        # (not the date since when the seat had been held: "took over the seat that KARI had held since 2007")
        when = [d for d in dates if m.end() <= d.pos[0] < end and not held
                and not re.search(r"\bsince\s+$", text[:d.pos[0]], re.I)] or \
            [d for d in dates if (0 if pronoun else clause_start(sentence, m.start())) <= d.pos[0] < m.start()]
        if body is None:
            continue
        if before is not None and before.iri != body.iri:  # the seat's holder before: a member, from when it says
            since = next((d.start for d in dates if m.start("since") <= d.pos[0] < m.end("since")), None)
            membership(ctx, before, body, sentence.evidence(), "member-since", 0.8, start=since)
        # no date at all in the sentence: the year a report tells ("During the year X took over the seat ...")
        joined = when[0].start if when else None if dates else _reported_year(ctx)
        replaced = [n.entity for n in sentence.mentions if m.start("old") <= n.start < m.end("old")
                    and n.entity.type == "Organization"] if m.group("old") else []  # (a holder's seat: "KARI's")
        if replaced and replaced[0].iri != body.iri and members and replaced[0] != members[0]:
            membership(ctx, replaced[0], body, sentence.evidence(), "replaced", 0.8, end=joined)
        if not members or not joined or members[0].iri == body.iri:
            continue
        membership(ctx, members[0], body, sentence.evidence(), "joined", 0.8, start=joined)


def _members_since(ctx: Context, sentence: Sentence, dates: list[DateSpan]) -> None:
    """"A and B, both members since 2019, ...", "X has been a member of ISECG since 2007", "X, which had taken part
    since 2007", "Since 2007, X has been a member of ISECG", "X's application to join ISECG was approved in 2007": each a
    member from then."""
    text = sentence.text
    for m in [*MEMBER_SINCE_RE.finditer(text), *TAKEN_PART_SINCE_RE.finditer(text)]:
        since = next((d.start for d in dates if d.pos[0] == m.end()), None)
        # "a member of ISECG since", "an ISECG member since" (not "a Founding member since": the document's body)
        pre = m.groupdict().get("pre")
        body = chair_body(ctx, m.group("body")) if m.group("body") else \
            (chair_body(ctx, pre) if pre else None) or ctx.body
        if since is None or body is None:
            continue
        members = _named_before(sentence, m.start())
        if m.groupdict().get("both") and len(members) < 2:  # "by ASA and by the Luxembourg agency, LSA, both of which": two
            named = [e for e in reversed(_orgs(sentence, clause_start(sentence, m.start()), m.start())) if e != body]
            members = named[:2][::-1] if len(named) >= 2 else members
        for member in (e for e in members if e.iri != body.iri):
            membership(ctx, member, body, sentence.evidence(), "member-since", 0.8, start=since)
    for m in APPLICATION_RE.finditer(text):
        # the applicant: the organisation right before "'s application" (after the verb, in the active form)
        at = APPLICANT_END_RE.search(text, m.start()).start()
        applicant = next((n.entity for n in sentence.mentions if n.end == at and n.entity.type == "Organization"), None)
        body = chair_body(ctx, m.group("body")) if m.group("body") else ctx.body
        when = [d.start for d in dates if d.pos[0] >= m.start() and not re.search(r"[;.]", text[m.end():d.pos[0]])]
        if applicant is not None and body is not None and applicant.iri != body.iri and when:
            membership(ctx, applicant, body, sentence.evidence(), "member-since", 0.8, start=when[0])
    fronted = FRONTED_SINCE_RE.match(text)
    since = [d.start for d in dates if fronted and fronted.start("when") <= d.pos[0] < fronted.end("when")]
    body = chair_body(ctx, fronted.group("body")) if fronted else None
    if len(since) == 1 and body is not None:
        for member in _orgs(sentence, fronted.start("who"), fronted.end("who")):
            if member.iri != body.iri:
                membership(ctx, member, body, sentence.evidence(), "member-since", 0.8, start=since[0])


# Between two organisations of a list named right before a cue: "A (AA) and the B (BB)", "China's CNSA and India's ISRO".
NAMED_GAP_RE = re.compile(r"[\s()]*(?:(?:,|and|&|,\s*and)[\s()]*)?(?:the\s+)?(?:[A-Z][\w\-]*(?:'s|’s)\s+)?")


def _named_before(sentence: Sentence, at: int) -> list[Entity]:
    """The organisations right before ``at``, in order: "A (AA) and the B (BB)" of "A (AA) and the B (BB), both
    members"."""
    members: list[Entity] = []
    for n in sorted((n for n in sentence.mentions if n.end <= at), key=lambda n: -n.start):
        if n.entity.type == "Country" and re.match(r"'s|’s", sentence.text[n.end:]):
            continue  # "India's ISRO": the country its agency is of
        if n.entity.type != "Organization" or not NAMED_GAP_RE.fullmatch(sentence.text, n.end, at):
            break
        members = members if n.entity in members else [n.entity, *members]
        at = n.start
    return members


# "China's CNSA and India's ISRO, the other two members, did not take part": each a member (when the document says
# it); "X, ISECG's newest member,", "X, one of the 27 member agencies of ISECG,"; not of another group ("..., the other
# two members of the drafting team").
APPOSED_MEMBERS_RE = re.compile(rf",\s+(?:one\s+of\s+)?(?:(?:the|its)\s+(?:other\s+)?|both\s+|all\s+|(?P<own>[A-Z][\w\-]*)(?:'s|’s)\s+)"
                                rf"(?:{NUMBER}\s+)?(?:other\s+|newest\s+|latest\s+|most\s+recent\s+)?(?:member\s+agenc(?:y|ies)|"
                                r"members?)(?:\s+of\s+(?:the\s+)?(?P<body>[\w\-]+))?\s*[,;.]", re.I)


def _apposed_members(ctx: Context, sentence: Sentence) -> None:
    for m in APPOSED_MEMBERS_RE.finditer(sentence.text):
        named = m.group("body") or m.group("own")
        body = chair_body(ctx, named) if named else ctx.body
        if body is None:
            continue
        for member in _named_before(sentence, m.start()):
            if member.iri != body.iri:
                membership(ctx, member, body, sentence.evidence(), "apposed-members", 0.8)


# Membership told as a present state of the body named: "LSA is a member of ISECG", "NOSA and POLSA are ISECG members",
# "ESA, which is part of ISECG,", "NASA, ESA and CSA participate in ISECG" (not "is not a member", "will be a member", a
# member of one of its groups or events: "of the ISECG Technology Working Group", "in ISECG meetings").
STANDING_RE = re.compile(r"(?:,\s+(?:which|who)\s+|\s+)(?:(?:is|are|remains?)\s+(?:(?:now|also|still|currently|both|all|"
                         r"each)\s+){0,2}(?:an?\s+|(?:one\s+of|among)\s+(?:the\s+)?)?(?:(?P<pre>[A-Z][\w\-]+)\s+)?(?:full\s+|founding\s+|"
                         r"active\s+)?(?:members?|member\s+agenc(?:y|ies)|participants?|participating\s+agenc(?:y|ies)|"
                         r"agenc(?:y|ies)\s+(?:participating|taking\s+part)|part)"
                         r"(?:\s+(?:of|in)\s+(?:the\s+)?(?P<body>[\w\-]+))?|(?:(?:all|both|each|also|now|still|currently)\s+)*"
                         r"(?:participates?|takes?\s+part)\s+in\s+(?:the\s+)?"
                         r"(?P<in>[\w\-]+))(?=\s*(?:[,;.)]|$)|\s+(?:since|and|as|with|today|now|too|alongside)\b)")
# The body's members named after a verb of its make-up: "ISECG comprises NASA, ESA and JAXA", "ISECG brings together four
# agencies — A, B, C and D", "ISECG's membership includes A and B", "Members of ISECG include A, B"; "ISECG counts A and B
# among its members" (the verb of a count with the list and AMONG_MEMBERS_RE after).
MADE_UP_OF_RE = re.compile(r"\s+(?:(?:today|now|currently|still)\s+)?(?:comprises|comprised|consists\s+of|consisted\s+of|"
                           r"(?:is|was)\s+(?:made\s+up|composed)\s+of|brings\s+together|brought\s+together|unites|united|"
                           r"includes?|included|(?P<count>counts|counted|numbers|numbered))\s+")
AMONG_MEMBERS_RE = re.compile(r"\s+among\s+its\s+(?:[\w\-]+\s+)?(?:members|participants|(?:member|participating)\s+"
                              r"agencies)\b", re.I)
MEMBERS_OF_BODY_RE = re.compile(r"(?:(?:'s|’s|\s)\s*(?:members|member\s+agencies|membership|participants|participating\s+"
                                r"agencies)(?:\s+in\s+(?:19|20)\d\d)?|^\W*(?:the\s+)?(?:members|member\s+agencies)\s+of\s+"
                                r"(?:the\s+)?)", re.I)
OPENING_RE = re.compile(r"\W*(?:(?:In|By|As\s+of|Since|Today|Now|Currently)\b[^,]{0,30},?\s*)?(?:[Tt]he\s+)?")
GROUP_SUBJECT_RE = re.compile(OPENING_RE.pattern + r"group")
COUNTED_NOUN_RE = re.compile(rf"\s*(?:(?:the\s+following\s+)?(?:{NUMBER}\s+)?(?:[\w\-]+\s+)?(?:agencies|organi[sz]ations|"
                             r"members|bodies)\b)?\s*(?:[:—–]|\s-|,?\s+(?:including|among\s+them|such\s+as|namely))?\s*(?:the\s+)?",
                             re.I)


def _named_body(ctx: Context, word: str | None) -> Entity | None:
    """The document's body when ``word`` names it (not "the group": one of its groups may be meant)."""
    found = ctx.rec.gazetteer.lookup(re.sub(r"(?:'s|’s)$", "", word)) if word else None
    return found if found is not None and ctx.body is not None and found.iri == ctx.body.iri else None


def _standing_members(ctx: Context, state: State, sentence: Sentence, dates: list[DateSpan]) -> None:
    """Each organisation a sentence says is a member of the document's body: at the document's date, or from the date
    "since" tells."""
    text = sentence.text
    for m in STANDING_RE.finditer(text):
        if _named_body(ctx, m.group("body") or m.group("in") or m.group("pre")) is None:
            continue
        since = next((d.start for d in dates if re.fullmatch(r"\s+since\s+(?:the\s+)?", text[m.end():d.pos[0]])), None)
        for member in _named_before(sentence, m.start()):
            if member.iri != ctx.body.iri:
                membership(ctx, member, ctx.body, sentence.evidence(), "member-state", 0.8, start=since,
                           period=None if since else ctx.series.date)
    for m in MADE_UP_OF_RE.finditer(text):
        # the body named right before the verb, or owning the members ("ISECG's membership includes")
        # the subject: not "Observers at ISECG include ..."
        owner = next((n.entity for n in sentence.mentions if ctx.body is not None and n.entity.iri == ctx.body.iri
                      and (n.end == m.start() and OPENING_RE.fullmatch(text, clause_start(sentence, n.start), n.start)
                           or MEMBERS_OF_BODY_RE.fullmatch(text, n.end, m.start())
                           or MEMBERS_OF_BODY_RE.fullmatch(text, 0, n.start))), None)
        if owner is None and not (state.group_section or state.prev_group) \
                and GROUP_SUBJECT_RE.fullmatch(text, clause_start(sentence, m.start()), m.start()):
            owner = ctx.body  # "The group consists of ...": the document's body, not under a group's heading
        first = next((n for n in sentence.mentions if n.start >= m.end() and n.entity.type == "Organization"), None)
        if owner is None or first is None or not COUNTED_NOUN_RE.fullmatch(text, m.end(), first.start):
            continue
        told = [d.start for d in dates if clause_start(sentence, m.start()) <= d.pos[0] < m.start()]
        listed = coordinated(sentence, first.start, len(text))
        after = LIST_ASIDE_RE.match(text, listed[-1].end) if listed else None  # "... and KARI (Korea) among its members"
        if m.group("count") and not (listed and AMONG_MEMBERS_RE.match(text, after.end() if after else listed[-1].end)):
            continue
        for n in listed:
            if n.entity.iri != owner.iri and n.entity.type == "Organization":
                membership(ctx, n.entity, owner, sentence.evidence(), "member-state", 0.8,
                           period=told[0] if told else ctx.series.date)


def _only_named(sentence: Sentence) -> Entity | None:
    """The organisation a sentence does nothing but name: a list item's lead ("**New Zealand Space Agency
    (NZSA).**")."""
    orgs = _orgs(sentence)
    rest = sentence.text
    for m in sorted(sentence.mentions, key=lambda m: -m.start):
        rest = rest[:m.start] + rest[m.end:]
    return orgs[0] if len(orgs) == 1 and not re.sub(r"[\W_]+", "", rest) else None


def _meeting_at(ctx: Context, sentence: Sentence, low: int, high: int) -> str | None:
    """The date of the meeting the document told at a place the clause names ("was welcomed in Dubai")."""
    # a place the clause puts something in or at, not one it names otherwise ("Australia's CSIRO")
    places = {m.entity.iri for m in sentence.mentions if low <= m.start < high and m.entity.type not in ORG_LIKE
              and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", sentence.text[low:m.start], re.I)}
    if not places:
        return None
    held = {f.s for f in ctx.rec.result.facts if f.p == "schema:location" and f.o in places}
    if not held:  # no meeting told at that place: the meeting the document reports ("In Dubai the group greeted X")
        return _meeting_date(ctx)
    starts = sorted({start for iri, start in ctx.events.starts.items() if iri in held})
    return starts[0] if len(starts) == 1 else None


def _reported_year(ctx: Context, *, recent: bool = False) -> str | None:
    """When a joining a document tells with no date of its own happened ("X was welcomed as the 26th member", "Y has
    joined ISECG"): in the year a report of its year, a news item, a newsletter or a meeting's record reports on (as the
    count of its rank is dated); ``recent`` (told in the present perfect, "has admitted"), in the month a news item or
    a meeting's record is dated; a roadmap or a paper telling the body's history gives no such year."""
    genre = ctx.series.genre or genre_of(ctx.doc.title or "")
    if ctx.item_date:  # an item under its dateline: its date's month or year
        return ctx.item_date[:7] if recent else ctx.item_date[:4]
    if recent and genre in RECORD_GENRES and ctx.series.date and len(ctx.series.date) >= 7:
        return ctx.series.date[:7]
    if ctx.doc.year and genre in REPORT_GENRES | RECORD_GENRES:
        return str(ctx.doc.year)
    return None


def _orgs_start(sentence: Sentence, org: Entity) -> int:
    """Where the sentence first names ``org`` (its end if it names it only as a new agency)."""
    return next((m.start for m in sentence.mentions if m.entity == org), len(sentence.text))


def _meeting_date(ctx: Context) -> str | None:
    """The date of the meeting a document reports: a meeting's record, the meeting of its own date (not an earlier one
    its minutes approve); else the last it told, else its own date to the month."""
    told = [start for iri, start in ctx.events.starts.items()
            if MEETING_NAME_RE.search(ctx.rec.gazetteer.by_iri[iri].label)]
    own = ctx.series.genre in MEETING_RECORDS and ctx.series.date
    date = ctx.series.date if own or not told else told[-1]
    return date if date and len(date) >= 7 else None


def _joining(ctx: Context, sentence: Sentence, kind: str, verb: re.Match, low: int, high: int,
             followed: Entity | None) -> tuple[Entity, list[Entity]] | None:
    """(body, members) a joining verb names in its clause ``[low, high)``."""
    text = sentence.text
    if kind == "followed":  # "It was followed on DATE by X", "X, a unit of Y, followed in July"
        by = re.search(r"\bby\s", text[verb.end():high])
        if by is None:
            return (followed, _orgs(sentence, low, verb.start())[:1]) if followed is not None else None
        # "... by X, the Portuguese agency, and in September by Y": each "by" of the verb left out names one more
        starts = [verb.end() + by.end()] + [m.end() for m in FOLLOWED_AGAIN_RE.finditer(text, verb.end() + by.end(), high)]
        members = [o for at in starts for o in _orgs(sentence, at, high)[:1]]
        members = [e for i, e in enumerate(members) if e not in members[:i]]
        return (followed, members) if followed is not None else None
    if kind == "participle":  # the member is the main clause's subject, after the comma that ends the participle's
        comma = text.find(",", verb.end(), high)
        named = [e for e in _orgs(sentence, verb.end(), comma if comma > 0 else high) if e.type == "Organization"]
        body = named[0] if named else ctx.body
        members = [m.entity for m in coordinated(sentence, comma + 1, len(text))][:1] if comma > 0 else []
        return (body, members) if body is not None else None
    if kind == "passive":  # the subject's organisations, not one after a preposition ("The report by ESA was welcomed")
        # "..., that of X, which became the 27th member": X
        welcomed = not verb.group().lower().startswith(("became", "becomes"))
        members = [m.entity for m in sentence.mentions if low <= m.start < verb.start() and m.entity.type == "Organization"
                   and not re.match(r"'s|’s", text[m.end:])
                   and not (welcomed and AFTER_PREPOSITION_RE.search(text[low:m.start]))]
        members = [e for i, e in enumerate(members) if e not in members[:i]] + _expand_coordinated(ctx, text[low:verb.start()])
        body = _body(ctx, sentence, verb.end(), high)
        listed = re.match(r"[^.;:]*:\s*", text[verb.end():high])
        if not members and listed:  # "Two agencies were welcomed as new members: A and the B Space Agency"
            members = _orgs(sentence, verb.end() + listed.end(), high) + _new_agencies(
                ctx, text[verb.end() + listed.end():high], sentence.evidence())
        return (body, members) if body is not None else None
    if kind == "welcomed":  # the members right after the verb, or listed after a colon
        body, members = _body(ctx, sentence, low, verb.start()), _orgs(sentence, verb.end(), high)
        first = _orgs_start(sentence, members[0]) if members else verb.end()
        named = NEW_AGENCY_RE.match(text, verb.end() + len(re.match(r"\s*(?:the\s+)?", text[verb.end():]).group()))
        if named and (not members or named.start() < first):  # "welcomed the Kenya Space Agency": no list has it
            members, first = _new_agencies(ctx, named.group(), sentence.evidence()), named.start()
        gap = RANK_GAP_RE.sub(" ", text[verb.end():first])
        # the members right after the verb, or listed after a colon or between dashes ("welcomed two agencies in 2021
        # — A and B — ...")
        # (only words that say who: "welcomed two new member agencies", not "welcomed the offer of CNES")
        said = len(gap.split()) <= 3 and WHO_GAP_RE.fullmatch(gap) is not None
        listed = re.sub(r"\s+(?:the|an?)\s*$", "", gap).rstrip().endswith((":", "—", "–"))  # "...: the Kenya Space Agency"
        return (body, members) if body is not None and (said or listed) else None
    named = [e for e in _orgs(sentence, verb.end(), high) if e.type == "Organization"]
    # (not the first of a list after a colon: "four agencies have joined: the Luxembourg Space Agency in ...")
    counted = COUNTED_SUBJECT_RE.search(re.split(r",\s+", text[low:verb.start()])[-1])
    if named and any(m.entity == named[0] and m.start - verb.end() < 8 and not (counted and ":" in text[verb.end():m.start])
                     for m in sentence.mentions):
        body = named[0]  # "X joined ISECG in 2021", "X became a member of the ISECG"
    elif (re.match(r"\s+(?:only\s+|also\s+|recently\s+)?(?:in|on|during|as|at the (?:end|start) of|(?:this|that|last)\s+"
                   r"(?:year|spring|summer|autumn|fall|winter|month|quarter))(?=[^\w'’])|\s+(?:the|this|our)\s+(?:coordination\s+)?"
                   r"(?:group|forum)\b", text[verb.end():]) or DATE_AFTER_VERB_RE.match(text, verb.end())) and ctx.body is not None or \
            JOINED_COUNTED_RE.match(text, verb.end()) and ctx.body is not None or \
            JOINED_US_RE.match(text, verb.end()) and ctx.body is not None or \
            counted and re.match(r"\s*:", text[verb.end():]) and ctx.body is not None or \
            re.match(r"\s*(?:[.;|]|$)", text[verb.end():]) and YEAR_ROW_RE.match(sentence.line.text) and ctx.body is not None:
        body = ctx.body  # "AEB and GISTDA joined in September 2020", "X joined the group in 2021", "X joined, bringing
        # the membership to 19", a chronology's "| 2021 | ISA joins |": the document's body
    else:
        return None
    if re.search(r"\b(?:which|that|who)\s+(?:\w+\s+)?$", text[low:verb.start()]):
        return body, _orgs(sentence, low, verb.start())[-1:]  # "... of the NZSA, which joined in December"
    # "Three agencies joined ISECG in 2019 – A, B and C –", "Since 2018, four agencies have joined ISECG: A in ..."
    if counted:  # listed after a colon or a dash, or after a comma: "Two agencies joined this year, A and B"
        listed = COUNTED_LIST_RE.search(text, verb.end(), high)
        if listed and "," in listed.group() and _orgs(sentence, verb.end(), listed.start()):
            listed = None  # "three agencies joined COSPAR, ISECG noted": the body joined, then another clause
        close = re.search(r"\s[–—]", text[listed.end():high]) if listed else None
        return body, _orgs(sentence, listed.end(), listed.end() + close.start() if close else high) if listed else []
    # the name a bracketed aside is of: "LSA (joined March 2019) and POLSA (joined June 2019)"
    opened = re.search(r"\s*\(\s*$", text[:verb.start()])
    of_aside = [m.entity for m in sentence.mentions if opened and m.entity.type == "Organization"
                and m.end <= opened.start() and re.fullmatch(r"\)?", text[m.end:opened.start()])]
    if of_aside:
        return body, of_aside[-1:]
    # the subject after a lead-in ending in a colon: "ISECG membership expanded: LSA joined in March 2019", or after
    # the conjunction of its clause: "The membership rose to 28 when POLSA joined in 2031"
    lead = text.rfind(": ", low, verb.start())
    subject = lead + 2 if lead >= 0 else low
    subject = max([subject, *(c.end() for c in SUBORDINATE_RE.finditer(text, subject, verb.start()))])
    return body, [c.entity for c in coordinated(sentence, subject, verb.start())] or _whose_agency(ctx, sentence, verb.start())


# A conjunction opening the clause of a joining: "The membership rose to 28 when POLSA joined in 2031".
SUBORDINATE_RE = re.compile(r"\b(?:when|once|after|as\s+soon\s+as|before|until)\s+(?!in\b|on\b|during\b)")


# A date right after the verb, with no preposition: "LSA (joined March 2019)", "X joined 12 May 2020, Y ...".
DATE_AFTER_VERB_RE = re.compile(rf"\s+(?:(?:\d{{1,2}}\s+)?(?:{'|'.join(MONTH_NAMES)})\s+)?(?:19|20)\d\d\b(?=\s*[),;.]|\s*$)")
# A subject that counts the members and names none: "Three agencies", "Two new members have", "Two of them".
COUNTED_LIST_RE = re.compile(r"\s*[:–—]\s*|,\s+(?:namely\s+)?(?=(?:the\s+)?(?-i:[A-Z]))")
COUNTED_SUBJECT_RE = re.compile(rf"^\W*{NUMBER}\s+(?:of\s+(?:them|these|those)|(?:new\s+|more\s+|other\s+)?(?:space\s+)?"
                                r"(?:agencies|organi[sz]ations|members))\s+(?:have\s+|had\s+)?$", re.I)


def _whose_agency(ctx: Context, sentence: Sentence, verb: int) -> list[Entity]:
    """"Luxembourg, whose space agency joined ISECG in 2019": that country's space agency, when a list has it."""
    whose = re.search(r",\s+whose\s+(?:national\s+)?space\s+agency\s+(?:\w+\s+)?$", sentence.text[:verb])
    country = next((m.entity for m in sentence.mentions if whose and m.end == whose.start()
                    and m.entity.type in ("Country", "Place")), None)
    agency = ctx.rec.gazetteer.lookup(f"{country.label} Space Agency") if country is not None else None
    return [agency] if agency is not None and agency.type == "Organization" else []


AFTER_PREPOSITION_RE = re.compile(r"\b(?:by|from|of|with|for|at|to|on|about|into|than|like|behind|under)\s+(?:the\s+|their\s+|"
                                  r"its\s+)?$", re.I)
# The words a joining verb may have before the members it names: "welcomed the", "admitted two new agencies".
WHO_GAP_RE = re.compile(rf"(?:[\s,]*(?:the|a|an|its|their|new|newest|latest|more|further|other|member|members|agency|agencies|"
                        rf"organi[sz]ations?|space|national|also|formally|officially|both|all|{NUMBER[1:-1]}|"
                        rf"[A-Z][\w\-]*(?:'s|’s)))*[\s,]*", re.I)  # "admit Bahrain's National Space Science Agency"
APPOSED_AFTER_RE = re.compile(r"(?:\s*\([^()]*\))?,\s+(?:admitted|welcomed|accepted)\s+(?:as\s+[^,]*?\s+)?(?:in|on)\s", re.I)
# A rank before the member a verb names: "greeted its 26th member, the New Zealand Space Agency".
RANK_GAP_RE = re.compile(rf"^\s*(?:as\s+)?(?:the|its|\S+(?:'s|’s))\s+(?:new\s+)?{_RANKED}\s*,?", re.I)
# A joining told as a noun: "The accession of the UAE Space Agency in 2015", "February 2022 then saw the accession of
# the NZSA", "Its admission was agreed in spring 2021" (of the organisation the sentence before named), "With POLSA's
# accession in 2031" (not "NASA's arrival": at a meeting).
ACCESSION_OF_RE = re.compile(r"(?P<own>(?:'s|’s)\s+(?:accession|admission|admittance|entry)\b)|(?:\b(?P<its>[Ii]ts)\s+)?"
                             r"\b(?:accession|admission|admittance|entry|joining|arrival|addition)\b(?(its)|\s+of\s+(?:the\s+)?)")


# What an accession is into when not the body: "the entry of ESA into the Gateway programme" (not "to the group").
INTO_OTHER_RE = re.compile(r"(?:\s*\([^()]*\))?\s+(?:into|to|onto)\s+"
                           r"(?!(?:the\s+|its\s+|our\s+)?(?:membership|group|forum|coordination\s+group)\b)", re.I)


# A phrase opening a sentence, up to its comma: "After its admission under item 3, ".
OPENING_PHRASE_RE = re.compile(r"^\W*(?:[A-Z][a-z]+\s+)?$")


def _led_subject(sentence: Sentence, m: re.Match) -> list[Entity]:
    """The organisation right after the comma of the phrase ``m`` opens the sentence with, if it is one."""
    text = sentence.text
    comma = text.find(",", m.end())
    if comma < 0 or not OPENING_PHRASE_RE.match(text[:m.start()]) or _orgs(sentence, 0, comma):
        return []
    return [n.entity for n in sentence.mentions if n.entity.type == "Organization"
            and re.fullmatch(r",\s*(?:the\s+)?", text[comma:n.start])][:1]


def _accessions_of(ctx: Context, state: State, sentence: Sentence, dates: list[DateSpan]) -> None:
    """Each joining a noun tells of an organisation: a member of the document's body from the date of its clause (after
    the noun, else before it)."""
    text = sentence.text
    for m in ACCESSION_OF_RE.finditer(text):
        if ctx.body is None:
            return
        if m.group("its"):
            # "After its admission under item 3, the X joined the meeting": the subject the opening phrase leads to,
            # else the organisation the sentence before named
            members = _led_subject(sentence, m) or ([state.last_org] if state.last_org is not None else [])
        elif m.group("own"):  # "With POLSA's accession in 2031": the organisation named before
            members = [n.entity for n in sentence.mentions if n.end == m.start() and n.entity.type == "Organization"]
        else:
            named = next((n for n in sentence.mentions if n.start == m.end()), None)
            # "the accession of X and Y": each (not "the arrival of NASA's rover")
            members = [c.entity for c in coordinated(sentence, m.end(), len(text)) if c.entity.type == "Organization"
                       and not re.match(r"'s|’s", text[c.end:])] if named is not None and named.entity.type == \
                "Organization" and not re.match(r"'s|’s", text[named.end:]) else []
        members = [e for e in members if e.iri != ctx.body.iri]
        last = m.end() if m.group("own") else max((n.end for n in sentence.mentions if n.entity in members),
                                                  default=m.end())
        into = INTO_OTHER_RE.match(text, last)
        if not members or into and not any(0 <= n.start - into.end() <= 4 and n.entity == ctx.body
                                           for n in sentence.mentions):
            continue  # "the entry of ESA into the Gateway programme": another thing joined
        low, high = clause_start(sentence, m.start()), _clause_end(text, m.end())
        # its own date, not one of another organisation named after it ("follows that of X, which joined in May")
        high = min([n.start for n in sentence.mentions if n.start > m.end() and n.entity not in (*members, ctx.body)
                    and n.entity.type in ORG_LIKE] + [high])
        after = [d for d in dates if m.end() <= d.pos[0] < high]
        before = [d for d in dates if low <= d.pos[0] < m.start()]
        date = after[0].start if after else before[-1].start if before else None if dates else _reported_year(ctx)
        if date is not None:
            for member in members:
                membership(ctx, member, ctx.body, sentence.evidence(), "joined", 0.8, start=date)


# A membership an organisation was granted: "For the Polish Space Agency (POLSA), membership was approved at the
# meeting of 20 March 2024", "NSSA's application for membership was accepted in May", "The membership of the Kenya
# Space Agency was confirmed on 2 June 2031".
APPROVED_RE = re.compile(r"(?:^\W*For\s+(?P<for>[^,;]{2,80}),\s+(?:its\s+|their\s+)?|(?P<own>'s|’s)\s+|\b)"
                         r"(?:application\s+for\s+membership|membership(?:\s+application)?)(?P<of>\s+of\s+(?:the\s+)?)?"
                         # not a membership of another thing: "ESA's membership in the programme was confirmed"
                         r"(?(of)(?:(?!\b(?:in|into|to|at)\s)[^,;]){2,80}?)(?P<verb>\s+(?:was|were|has\s+been|had\s+been)\s+"
                         r"(?:\w+ly\s+)?(?:approved|granted|confirmed|accepted|endorsed|agreed)|"
                         # its start: "POLSA's membership of ISECG began in 2031"
                         # or set to: "ISA's membership will take effect on 1 July 2017", "... became effective on"
                         r"(?<=\S)\s+(?:began|begins|started|starts|commenced|(?:took|takes|will\s+take)\s+effect|"
                         r"(?:became|becomes|will\s+become|is|was)\s+effective|dates\s+from))\b", re.I)


def _approved_memberships(ctx: Context, sentence: Sentence, dates: list[DateSpan]) -> None:
    """Each approved membership (APPROVED_RE): the organisation a member of the document's body from the first date
    after the verb in its clause."""
    m = APPROVED_RE.search(sentence.text)
    if m is None or ctx.body is None:
        return
    if m.group("for"):
        span = m.span("for")
    elif m.group("own"):
        span = (clause_start(sentence, m.start()), m.start())
        if m.group("of") and not any(n.entity == ctx.body for n in sentence.mentions
                                     if m.end("of") <= n.start < m.start("verb")):
            return  # "ESA's membership of the programme began in 2031": of another body
    else:
        span = (m.end("of"), m.end()) if m.group("of") else (0, 0)
    named = [n.entity for n in sentence.mentions if span[0] <= n.start < span[1] and n.entity.type == "Organization"
             and n.entity.iri != ctx.body.iri]
    after = [d for d in dates if m.end() <= d.pos[0] < _clause_end(sentence.text, m.end())]
    if len({e.iri for e in named}) == 1 and after:
        membership(ctx, named[0], ctx.body, sentence.evidence(), "joined", 0.8, start=after[0].start)


# "the Brazilian Space Agency (AEB), admitted in May 2020, and ...": a member and when it joined, in apposition; with
# a description of it between ("AEM, the Mexican space agency, admitted ...") or the place before the date ("admitted
# in Dubai in October").
APPOSED_JOIN_RE = re.compile(r"(?:,\s+(?:the|an?)\s+[a-z][^,()]{0,40}?)?,\s+(?P<all>(?:both|all|each|all\s+\w+)\s+)?"
                             r"(?:admitted|welcomed|accepted)\s+(?:as\s+(?:a\s+|its\s+)?(?:new\s+)?members?\s+)?"
                             r"(?:(?-i:in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+)?(?:in|on)\s+$"
                             # in a relative clause, the body named: "ASA, which joined ISECG in 2019, took part"
                             r"|,\s+(?:which|who)\s+(?:had\s+|has\s+)?(?:joined|(?:was|had\s+been)\s+admitted\s+to|"
                             r"became\s+(?:a\s+)?members?\s+of)\s+(?P<body>[^,;()]{2,60}?)\s+(?:in|on)\s+$", re.I)
# between two names of a list (a name's acronym in brackets): "Polish Space Agency (POLSA) and the Philippine ..."
LIST_GAP_RE = re.compile(r"[\s()]*(?:,|and|&|,\s*and)?\s*(?:the\s+)?\(?\s*")


def _apposed_joinings(ctx: Context, sentence: Sentence, dates: list[DateSpan]) -> None:
    """Each "ORG, admitted in DATE" of a sentence: ORG a member of the document's body from DATE; "A and B, both
    admitted in DATE": each of the list."""
    if ctx.body is None:
        return
    for d in dates:
        cue = APPOSED_JOIN_RE.search(sentence.text[:d.pos[0]])
        if cue is None or cue.group("body") and ctx.rec.gazetteer.lookup(cue.group("body")) != ctx.body:
            continue  # "ESA, which joined the Artemis programme in 2020": another body's
        named = re.sub(r"\s*\([^()]*\)$", "", sentence.text[:cue.start()])  # "Portugal Space (PTS), admitted"
        orgs = sorted((m for m in sentence.mentions if m.end <= cue.start() and m.entity.type == "Organization"),
                      key=lambda m: m.start)
        members = [m.entity for m in orgs if m.end in (cue.start(), len(named))][:1]
        while members and cue.group("all") and orgs:  # the list's names before, back to the first
            last = orgs.pop()
            before = next((m for m in reversed(orgs) if m.end <= last.start), None)
            if before is None or not LIST_GAP_RE.fullmatch(sentence.text, before.end, last.start):
                break
            members += [before.entity] if before.entity not in members else []
        for member in members:
            if member.iri != ctx.body.iri:
                membership(ctx, member, ctx.body, sentence.evidence(), "joined", 0.8, start=d.start)


# Taking part as a member: "LSA took part for the first time as a member, as did ASA", "PhilSA and LSA attended the
# meeting as new members" (not as observers or guests).
ATTENDED_AS_MEMBER_RE = re.compile(r"\b(?:(?:took|take|takes)\s+part|participated|attended|joined\s+the\s+meeting|"
                                   r"(?:was|were)\s+present)\b(?P<first>[^.;]{0,60}?\bfor\s+the\s+first\s+time)?"
                                   r"[^.;]{0,60}?\bas\s+(?:a\s+|an\s+)?(?:full\s+)?(?P<new>new\s+)?members?\b", re.I)
AS_DID_RE = re.compile(r",?\s+as\s+did\s+(?:the\s+)?$")


def _attended_as_members(ctx: Context, sentence: Sentence, dates: list[DateSpan]) -> None:
    """ATTENDED_AS_MEMBER_RE: the subjects (and those "as did" after) are members of the document's body; from the
    date the sentence or the document's report gives when they did so for the first time or as new members, else as
    of the document."""
    if ctx.body is None:
        return
    text = sentence.text
    for m in ATTENDED_AS_MEMBER_RE.finditer(text):
        of = re.match(r"\s+of\s+(?:the\s+)?([^,;.()]{2,60})", text[m.end():])
        if of and not any(f.entity == ctx.body for f in ctx.rec.gazetteer.find(of.group(1))):
            continue  # "as a member of the steering committee": another body's
        first = m.group("first") or m.group("new") or re.search(r"\bfor\s+the\s+first\s+time\b", text[m.end():])
        who = subjects(sentence, m.start(), fallback=False)
        who += [n.entity for n in sentence.mentions if n.start >= m.end() and n.entity.type in ORG_LIKE
                and AS_DID_RE.search(text[:n.start])]
        if not who:
            continue
        told = [d.start for d in dates if m.start() <= d.pos[0] < m.end()]  # "attended in May 2023 for the first time"
        start = (told[0] if told else _reported_year(ctx) or ctx.series.date) if first else None
        evidence = sentence.evidence()
        for member in who:
            if member.iri != ctx.body.iri:
                membership(ctx, member, ctx.body, evidence, "attended-as-member", 0.75, start=start,
                           period=None if start else ctx.series.date)


def _own_date(sentence: Sentence, member: Entity, members: list[Entity], dates: list[DateSpan], *,
              before: bool = False) -> str | None:
    """The date stated for one of several members, between its name and the next member's: "welcomed A as
    its 25th member in 2021, and B as its 26th member in February 2022"; ``before``, between the member before and
    its name ("followed in June by A, and in September by B"); None when they share one."""
    if len(members) < 2 or len(dates) < 2:
        return None
    own = [m for m in sentence.mentions if m.entity == member]
    others = [m for m in sentence.mentions if m.entity in members and m.entity != member]
    if not own:
        return None
    if before:
        limit = max((m.end for m in others if m.end <= own[0].start), default=0)
        inside = [d for d in dates if limit <= d.pos[0] < own[0].start]
        return inside[-1].start if inside else None
    at = own[0]
    while True:  # coordinated with the next member ("then B and C in the spring of 2019"), the date after C's name
        limit = min((m.start for m in others if m.start > at.start), default=len(sentence.text))
        inside = [d for d in dates if at.end <= d.pos[0] < limit]
        after = next((m for m in others if m.start == limit), None)
        if inside or after is None or not re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?",
                                                       sentence.text[at.end:limit]):
            return inside[0].start if inside else None
        at = after


# A row opened by its date: what may come before the date ("• ", "(") and between it and the name ("2018: the ", ") ").
ROW_DATE_FIRST_RE = re.compile(r"\s*(?:[-•*–]\s*|\d{1,2}[.)]\s+)?\(?")
ROW_DATE_GAP_RE = re.compile(r"\)?\s*(?:[:–—|-]\s*)?(?:the\s+)?")


def _opening_date(text: str, name: int) -> str | None:
    """The date opening a row right before the name at ``name``: "March 2019 – LSA (Luxembourg)", "• 2031: the Polish
    Space Agency", "(2018) ASA"."""
    dates = find_dates(text[:name])
    if dates and ROW_DATE_FIRST_RE.fullmatch(text, 0, dates[0].pos[0]) and ROW_DATE_GAP_RE.fullmatch(text, dates[0].pos[1], name):
        return dates[0].start
    return None


BULLET_RE = re.compile(r"\s*(?:[-•*–]|\d{1,2}[.)])\s")
BULLETED_ROW_WORDS = 20
# A month alone after a row's name, in the year the list's lead gave: "Polish Space Agency (POLSA) – June".
ROW_MONTH_RE = re.compile(rf"(?:[\s,:–—-]|\bin\b)+({_MONTH_WORD})\b(?!\s*\d)")


def _named_and_dated(sentence: Sentence, dates: list[DateSpan]) -> bool:
    """Whether a row names one organisation and its date, nothing else: "POLSA (Poland) in June 2019."."""
    rest = list(sentence.text)
    for a, b in [(m.start, m.end) for m in sentence.mentions] + [d.pos for d in dates]:
        rest[a:b] = " " * (b - a)
    return len(_orgs(sentence)) == 1 and bool(dates) and re.fullmatch(r"(?:[\W_]|\b(?:in|on|since|joined|admitted)\b)*",
                                                                      "".join(rest)) is not None


def _joining_row(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A line of the list after "... became members:": an organisation, perhaps with its country;
    a table's header line ("Agency Country") is passed over."""
    text = sentence.line.text
    # (a bulleted row may say more: "• Australian Space Agency (ASA), Australia, admitted in March 2018 at the plenary")
    if sentence.text != text or len(text.split()) > (BULLETED_ROW_WORDS if BULLET_RE.match(text) else 12):
        return False
    dates = find_dates(text)
    # the list's last item ("- the Colombian Space Agency (AEC).", "POLSA (Poland) in June 2019."), naming nothing else
    last = text.endswith(".")
    if last and not (_only_named(sentence) or BODY_ITEM_RE.fullmatch(text) or _named_and_dated(sentence, dates)):
        return False
    # a body no reference list has, named in full: a new organisation
    orgs = _orgs(sentence) or [e for e in [new_body_item(ctx, text, sentence.evidence())] if e is not None]
    if not orgs:
        return bool(re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}", text)) and not state.joining.get("rows")
    joining = state.joining
    joining["rows"] = joining.get("rows", 0) + 1
    named = max((m.end for m in sentence.mentions if m.entity == orgs[0]), default=0)
    first = min((m.start for m in sentence.mentions if m.entity == orgs[0]), default=None)
    # "Portugal Space, on 14 April 2025"; a row opened by its date
    own = next((d.start for d in dates if d.pos[0] >= named), None) or (_opening_date(text, first) if first else None)
    month = ROW_MONTH_RE.search(text, named)
    if own is None and month and joining["start"] and len(joining["start"]) == 4:  # "... in 2019:" / "LSA – March"
        own = f"{joining['start']}-{MONTHS[month.group(1)[:3].lower()]:02d}"
    membership(ctx, orgs[0], joining["body"], sentence.evidence(), "joined-list", 0.85, start=own or joining["start"])
    country = next((m.entity for m in sentence.mentions if m.entity.type == "Country"), None)
    if country is not None:
        ctx.rec.fact(orgs[0].iri, "isecg:country", country.iri, "joined-list", 0.85, sentence.evidence())
    if last:
        state.joining = None
    return True


def member_counts(ctx: Context, state: State, sentence: Sentence) -> None:
    """"taking membership to 20 organisations by the end of 2019", "ISECG as a group of 24 space
    agencies", "becoming its 15th member", "entered 2021 with 24 member agencies and closed it with
    twenty-seven", "up from 15 in January": the count, at the date stated or the document's."""
    text = sentence.text
    _remember_cited(ctx, state, text)
    dates = dates_in(ctx, text)
    body_before, state.body_named = state.body_named, _opens_with_body(ctx, sentence)
    for pattern in COUNT_RES:
        for m in pattern.finditer(text):
            at = next((i for i, g in enumerate(m.groups(), 1) if g and number(g)), None)
            count = number(m.group(at)) if at else None
            if at and (OTHER_THINGS_RE.match(text, m.end(at)) or GATHERING_RE.search(m.group())
                       or SUBSET_RE.match(text, m.end())):
                continue  # "membership reached 27 countries", "the number of member agencies at the workshop was 18"
            body = _body(ctx, sentence, 0, m.start())
            if pattern is NUMBERED_COUNT_RE and any(m.start() < n.start < m.end() and n.entity != body
                                                    for n in sentence.mentions):
                continue  # "The members of ESA number 22"
            if pattern in (GATHER_COUNT_RE, TOTAL_COUNT_RE) and body not in _subject(sentence, m.start()) \
                    and not _anaphor_subject(state, sentence, m.start(), body_before) or \
                    pattern in BODY_COUNT_RES[:-1] + (PARTICIPATE_COUNT_RE,) and not _names_body(sentence, body, m):
                continue  # "The session brought together 17 agencies", "20 agencies took part in the workshop"
            # (a group the clause names is not the owner the possessive names: "prepared by the ERWG on behalf of
            # ISECG's 27 member agencies")
            # ("we" is the subject of its own count, whatever opens the clause: "Nine years later we are 26 agencies")
            if not count or body is None or (pattern in OWNED_COUNT_RES and pattern is not FIRST_PERSON_COUNT_RE
                                             and _other_subject(sentence, body, m.start())
                                             and not _joining_raised(text, m.start())) \
                    or names_a_group(sentence, clause_start(sentence, m.start()), m.start()) and not (
                        pattern is BODYS_COUNT_RE and _names_body(sentence, body, m)) \
                    or pattern in OWNER_COUNT_RES and not _owner_named(sentence, body, m) or _future(sentence, m):
                continue
            # not the date of an earlier count after it ("26 members, up from 23 at the end of 2019")
            up = UP_FROM_ANY_RE.match(text, m.end())
            after = [d for d in dates if d.pos[0] >= m.end() and (d.pos[0] - m.end() < 30 or AT_GATHERING_RE.fullmatch(
                text, m.end(), d.pos[0])) and not (up and d.pos[0] >= up.end("n"))]
            # not a date of a relative clause before it ("Portugal Space, which had followed the 2022 meetings, ...")
            aside = [r.span() for r in RELATIVE_CLAUSE_RE.finditer(text, 0, m.start())]
            before = [d for d in dates if d.pos[1] <= m.start() and not any(a <= d.pos[0] < b for a, b in aside)
                      and not _window_start(text, d, pattern)]
            inside = [d for d in dates if m.start() <= d.pos[0] < m.end()]  # "Members at the close of 2018: 15"
            # a date after the count in its own clause first ("counted 26 members in May 2022"), then one before it
            # in its clause ("On 31 December ISECG still counted fifteen, the same number as in 2015"), then others
            near = [d for d in after if not re.search(r"[,;]", text[m.end():d.pos[0]])]
            if pattern is RANK_COUNT_RE and not near:  # "welcomed its 26th member, the X Agency, on 2023-03-15"
                near = [d for d in dates if m.end() <= d.pos[0] < _clause_end(text, m.end())][:1]
            # (not one a "today" or "now" stands after: "published in May 2007, and today we have 24")
            own = [d for d in before if not re.search(r"[;]", text[d.pos[1]:m.start()])
                   and not PRESENT_RE.search(text, d.pos[1], m.start())]
            # "...; today ISECG has 27 members": the present its clause says, not a date of the clause before
            # or a verb in the present tense ("; the group has 27 members")
            present = pattern is not RANK_COUNT_RE and (
                PRESENT_RE.search(text, clause_start(sentence, m.start()), m.start()) or
                PRESENT_VERB_RE.search(text, max(clause_start(sentence, m.start()), m.start() - 12), m.end()))
            chosen = near[0] if near else inside[-1] if inside else own[-1] if own else None if present else \
                after[0] if after else before[-1] if before else None
            # no date in its own clause: the joining it follows from, before a date of another clause
            joined = None if present or near or inside or any(d.pos[0] >= clause_start(sentence, m.start()) for d in own) \
                else _joined_told(ctx, state, sentence, m.start())
            chosen = None if joined else chosen
            # "With UAESA the group reached 15 members": when UAESA joined; "With UAESA, ISECG now has 15 members":
            # when UAESA joined too if the document told its month, else now (a year's joining is less precise)
            date = _cited_date(state, text, chosen) if chosen else joined or _noted_as_of(sentence) or \
                (state.released if AT_RELEASE_RE.search(text) else None) or \
                _with_joined(ctx, sentence, m.start(), month=bool(present)) or \
                (state.section_year if state.section_year and not present and ctx.doc.year
                 and int(state.section_year) < ctx.doc.year else None) or _now(ctx)
            if not date or ctx.doc.year and date[:4].isdigit() and int(date[:4]) > ctx.doc.year + 1:
                continue  # "30 members by 2030" in a document of 2023: a target
            if pattern is RANK_COUNT_RE:  # of ranks told for one date, the last one's (see finish_counts)
                held = state.ranks.get((body.iri, date))
                if held is None or held[0] < count:
                    state.ranks[(body.iri, date)] = (count, body, sentence.evidence())
                continue
            member_count(ctx, body, count, date, sentence.evidence(), "member-count")
            state.counts.append((date, count, body, bool(chosen) and date != chosen.start, sentence.evidence()))
            again = AGAIN_RE.match(text, chosen.pos[1]) if chosen else None
            later = [d for d in dates if again and d.pos[0] == again.end()]
            if later and number(again.group("n")):
                member_count(ctx, body, number(again.group("n")), later[0].start, sentence.evidence(), "member-count")
            # "counted fifteen member agencies, the same number as in 2015", "..., unchanged from the end of 2016": that
            # count then too
            same = SAME_AS_RE.match(text, m.end())
            then = [d for d in dates if same and d.pos[0] == same.end()]
            if then:
                member_count(ctx, body, count, then[0].start, sentence.evidence(), "member-count")
            # "stood at 27 agencies on the last day of 2021, up from 24 at its start": the earlier count at its date
            # (after the count, or after its date when that follows: "At the close of the year ISECG counted 27, up from")
            up = UP_FROM_ANY_RE.match(text, max(chosen.pos[1], m.end()) if chosen else m.end())
            earlier = [d for d in dates if up and up.end("n") <= d.pos[0] <= up.end() + 12]
            if earlier and number(up.group("n")):
                member_count(ctx, body, number(up.group("n")), earlier[0].start, sentence.evidence(), "member-count")
            at = max(chosen.pos[1], m.end()) if chosen else m.end()
            while more := MORE_THAN_RE.match(text, at):
                earlier = [d for d in dates if d.pos[0] == more.end()]
                by = number(more.group("n"))
                then = count_at_other_time(count, by, more.group("dir")) if by else 0
                if not earlier or then <= 0:
                    break
                member_count(ctx, body, then, earlier[0].start, sentence.evidence(), "member-count")
                at = earlier[0].pos[1]
    year = None
    for m in YEAR_COUNT_RE.finditer(text):
        if not (m.group("noun") or MEMBER_WORD_RE.search(text)):
            continue
        when = m.group("when").lower()
        year = when if when[:2] in ("19", "20") else year if when == "it" and year else str(ctx.doc.year or "")
        count, body = number(m.group("n")), _body(ctx, sentence, 0, m.start())
        if not year or not count or body is None:
            continue
        end = m.group("verb").lower().startswith(("end", "clos", "finish"))
        # the year's last (first) day, as "at the end of 2014" is read (dates.find_dates)
        member_count(ctx, body, count, f"{year}-{'12-31' if end else '01-01'}", sentence.evidence(), "member-count")
        up = UP_FROM_RE.match(text, m.end())
        since = [d for d in dates if up and d.pos[0] == up.end()]
        if since and number(up.group("n")):
            member_count(ctx, body, number(up.group("n")), since[0].start, sentence.evidence(), "member-count")


def counts_from_to(ctx: Context, state: State, sentence: Sentence) -> None:
    """A body's member count told as a change from one count to another (FROM_TO_COUNT_RE), each dated by the
    first date after it in its part ("at the start of January": the document's year; "by the close of 2019": its
    December)."""
    text = sentence.text
    if not (changes := list(FROM_TO_COUNT_RE.finditer(text))):
        return
    dates = sorted(dates_in(ctx, text), key=lambda d: d.pos[0])
    for m in changes:
        body = _body(ctx, sentence, 0, m.start())
        if body is None or _future(sentence, m):
            continue
        # no word of membership: the body itself grew, counted in agencies ("ISECG grew from 14 agencies in 2007 to 20"),
        # or the count of the members the sentence before spoke of ("Membership stays open to ... The count rose ...")
        if not MEMBER_WORD_RE.search(text) and not (re.match(r"\s+(?:space\s+|national\s+)?(?:agencies|organi[sz]ations)\b",
                                                             m.group("first")) and body in _subject(sentence, m.start())
                                                    and any(n.entity == body for n in sentence.mentions)) \
                and not (MEMBER_WORD_RE.search(state.previous) and COUNT_SUBJECT_RE.search(text, 0, m.start())):
            continue
        # "from 14 to 28 agencies between 2007 and 2023": the first count at the window's start, the second at its end
        window = [(a, b) for a, b in zip(dates, dates[1:]) if m.start("second") <= a.pos[0] < m.end("second")
                  and SPAN_GAP_RE.fullmatch(text[a.pos[1]:b.pos[0]])
                  and re.search(r"\b(?:between|from)\s+$", text[:a.pos[0]], re.I)]
        # "has grown from 15 to 27 members (since 2017)": a change up to the present, from the date "since" gives
        since = next((d for d in dates if m.start("second") <= d.pos[0] < m.end("second")
                      and re.search(r"\bsince\s+$", text[:d.pos[0]], re.I)), None)
        perfect = PERFECT_RE.search(text[:m.start()]) is not None
        for n, part in (("a", "first"), ("b", "second")):
            when = next((d for d in dates if m.start(part) <= d.pos[0] < m.end(part)), None)
            if window and not any(m.start("first") <= d.pos[0] < m.end("first") for d in dates):
                when = window[0][0 if n == "a" else 1]
            if since is not None:
                when = (when or since) if n == "a" else None
            # the count a change reached, undated: from the joining it follows from ("with it the count rose ..."),
            # else the document's present when told in the present perfect
            date = when.start if when else _joined_told(ctx, state, sentence, m.start()) if n == "b" else None
            if date is None and n == "b" and (perfect or since is not None):
                date = _now(ctx)
            if date is None or not number(m.group(n)):
                continue
            member_count(ctx, body, number(m.group(n)), date, sentence.evidence(), "member-count")


def _owner_named(sentence: Sentence, body: Entity, m: re.Match) -> bool:
    """Whether the body owns a count of OWNER_COUNT_RES: the subject of "includes" or of an apposition "26 agencies
    strong" (named right before its comma), or named in "there are 27 ISECG member agencies (in ISECG)"."""
    if m.re is ARE_MEMBERS_RE:
        return any(n.entity == body and m.start() <= n.start < m.end() for n in sentence.mentions)
    if m.re is MAKE_UP_RE:
        return any(n.entity == body and n.start == m.end() for n in sentence.mentions)
    if m.re is THERE_COUNT_RE:
        return any(n.entity == body and (m.start() <= n.start < m.end() or n.start == m.end()) for n in sentence.mentions)
    if m.re is STRONG_COUNT_RE and any(n.entity == body and re.fullmatch(r"\s*,\s*(?:now\s+|today\s+|some\s+)?",
                                                                         sentence.text[n.end:m.start()])
                                       for n in sentence.mentions):
        return True
    named = _subject(sentence, m.start())
    return (body in named or not named and not _noun_subject(sentence, m.start())) \
        and not names_a_group(sentence, clause_start(sentence, m.start()), m.start())


def _future(sentence: Sentence, m: re.Match) -> bool:
    """Whether a count is told as hoped for, planned or forecast: a modal or a verb of intent in its clause before
    it ("expects to reach 30 members", "could count 35 members")."""
    return FUTURE_RE.search(sentence.text, clause_start(sentence, m.start()), m.start()) is not None


def _names_body(sentence: Sentence, body: Entity, m: re.Match) -> bool:
    """Whether the body is named where a count's noun phrase names its owner: right after it ("the 27 member agencies
    of ISECG", "the 27-member ISECG", "the 27-member group"), or right before it ("ISECG's 26 members")."""
    if m.re in (BODYS_COUNT_RE, BRACKETED_COUNT_RE):
        # "the group's fourteen members": the body, when no group of its own is named in the sentence or owns its section
        group = m.re is BODYS_COUNT_RE and re.search(r"\bthe\s+(?:coordination\s+)?(?:group|forum)$", sentence.text[:m.start()],
                                                     re.I) and not names_a_group(sentence, 0, len(sentence.text)) \
            and not any(n.entity.type in ("WorkingGroup", "Team") for n in sentence.mentions) \
            and sentence.owner is None and body.type == "Organization"
        return bool(group) or any(n.end == m.start() and n.entity == body for n in sentence.mentions)
    if m.re is NAMED_BODY_COUNT_RE:
        return any(m.start() < n.start and n.end < m.end() and n.entity == body for n in sentence.mentions)
    # not a group the body's name only qualifies ("the 12 members of the ISECG Technology Working Group")
    after = any(n.start == m.end() and n.entity == body and not re.match(
        rf"\s+(?:[A-Z][\w\-]*\s+){{0,4}}{GROUP_NOUN_RE.pattern}", sentence.text[n.end:], re.I) for n in sentence.mentions)
    return after or m.re in (SIZED_BODY_RE, WITH_COUNT_RE) and re.match(r"(?:coordination\s+)?group\b",
                                                                         sentence.text[m.end():]) is not None


def _window_start(text: str, date: DateSpan, pattern: re.Pattern) -> bool:
    """Whether a date before a count starts a window the count ends ("Since 2007, when ..., ISECG has grown to 27
    members": 27 now); not one a "when" clause ties to the count ("unchanged since 2015 when X became the 15th")."""
    return bool(re.search(r"\bsince\s+(?:the\s+)?$", text[:date.pos[0]], re.I)) \
        and (pattern is GROWN_TO_RE or not re.match(r",?\s+when\b", text[date.pos[1]:]))


def _now(ctx: Context) -> str | None:
    """The date a document's present tense speaks of ("still counts 27 members", "have joined since"): its own, but
    for an annual report of a year given a date before that year's December, the year's end (it reviews the whole
    year)."""
    if ctx.item_date:  # an item under its dateline speaks of its own day
        return ctx.item_date
    date, year = ctx.series.date, str(ctx.doc.year or "")
    if date and genre_of(ctx.doc.title or "") == "annual-report" and date[:4] == year and date < f"{year}-12":
        return f"{year}-12"
    return date


# A note dating the figures of the sentence that calls it: "² Member count as at 30 June 2024", "* Figures as of the
# end of March 2023".
AS_OF_RE = re.compile(r"\bas\s+(?:of|at|on)\s+(?:the\s+(?P<end>end|close)\s+of\s+)?$", re.I)


def _noted_as_of(sentence: Sentence) -> str | None:
    """The date a count with none of its own holds at, as the footnote its sentence calls states it."""
    note = sentence.footnote or ""
    date = next((d for d in find_dates(note) if (as_of := AS_OF_RE.search(note[:d.pos[0]]))), None)
    if date is None:
        return None
    return f"{date.start}-12" if len(date.start) == 4 and as_of.group("end") else date.start


def _with_joined(ctx: Context, sentence: Sentence, before: int, *, month: bool = False) -> str | None:
    """"With NZSA the group reached 26 members": when the organisation named after "With" joined, as the document
    told it before; ``month``: only a joining told to the month or day."""
    lead = re.match(r"\s*(?:And\s+)?[Ww]ith\s+(?:the\s+)?", sentence.text)
    named = next((n.entity for n in sentence.mentions if lead and n.start == lead.end() and n.end < before
                  and n.entity.type == "Organization"), None)
    if named is None:
        return None
    starts = sorted({f.date for f in ctx.rec.result.facts if f.p == "org:member" and f.o == named.iri and f.date
                     and "/membership/" in f.s})
    return starts[-1] if len(starts) == 1 and (not month or len(starts[-1]) >= 7) else None


def _joined_dates(facts) -> set[str]:
    """The dates ``facts`` start memberships on (the joinings a sentence told)."""
    return {f.date for f in facts if f.p == "org:member" and "/membership/" in str(f.s) and f.date}


def joined_on(facts) -> str | None:
    dates = _joined_dates(facts)
    return dates.pop() if len(dates) == 1 else None


def _joined_told(ctx: Context, state: State, sentence: Sentence, before: int) -> str | None:
    """When a count with no date in its own clause follows from a joining: the one date this sentence tells members
    joined on before it ("X became a member in September 2019; with it the count rose to 15"; not a window's start:
    "the first since 2012, when Y joined"; or, the sentence telling no date, the one day or month its joining took
    from the meeting it names: "At the Lima meeting X was admitted, bringing the number of members to fifteen"), else
    the one the previous sentence told ("X was admitted in May 2015. It brings the number of members to fifteen")."""
    text = sentence.text
    told = {d.start for d in dates_in(ctx, text) if d.pos[1] <= before and not re.search(r"\bsince\s+(?:the\s+)?$",
                                                                                        text[:d.pos[0]], re.I)}
    joined = _joined_dates(ctx.rec.result.facts[state.facts_at:])
    if joined and not told and len(joined) == 1 and len(day := next(iter(joined))) >= 7:
        return day
    if joined:
        return (joined & told).pop() if len(joined & told) == 1 else None
    return state.joined_before


RAISED_RE = re.compile(r",\s*(?:thereby\s+)?(?:bringing|taking|raising|lifting|increasing)\s")


def _joining_raised(text: str, at: int) -> bool:
    """Whether the count at ``at`` is what a joining told before it raised ("KARI joined ISECG in 2035, bringing the
    total to twenty members"): the count of the body joined, though the clause's subject is the one who joined."""
    return RAISED_RE.match(text, text.rfind(",", 0, at + 1)) is not None \
        and (JOINED_RE.search(text, 0, at) or PASSIVE_JOIN_RE.search(text, 0, at)) is not None


def _other_subject(sentence: Sentence, body: Entity, at: int) -> bool:
    """Whether the clause before ``at`` is about another group or body ("The TWG has 12 members", "The ISECG
    Technology Working Group has 12 members": a group the body's name only qualifies)."""
    named = _subject(sentence, at)
    return bool(named) and named[0] != body or names_a_group(sentence, clause_start(sentence, at), at) \
        or _noun_subject(sentence, at)


# Words between a subject and its verb ("ISECG today has", "the group has now grown"), and heads of a subject that is
# the body ("the group", "its membership", "it", "which").
BETWEEN_WORDS = {"has", "have", "had", "is", "was", "are", "were", "been", "now", "today", "currently", "still", "already",
                 "then", "also", "thus", "finally", "altogether", "presently", "again", "once", "meanwhile", "soon",
                 "thereby", "steadily", "quickly", "gradually", "further", "since", "in", "total", "all", "together", "therefore",
                 "hence", "so", "consequently", "accordingly", "eventually", "ultimately", "however", "indeed", "by",
                 "year's", "end", "thereafter", "afterwards", "subsequently", "itself"}
BODY_HEADS = {"group", "body", "forum", "membership", "coalition", "coordination", "it", "which", "that", "who", "isecg",
              "partnership", "organisation", "organization", "mechanism"}


def _noun_subject(sentence: Sentence, at: int) -> bool:
    """Whether a common noun other than the body's is the subject right before a count's verb ("The 2019 plenary
    counted 20 agencies", "Each delegation had 3 members", "The survey reached 26 member agencies"); a participle
    ("..., bringing membership to 27") has its subject further back, and is passed over."""
    if re.match(r"(?:taking|bringing|raising|lifting|reaching|gathering|uniting)\b", sentence.text[at:], re.I):
        return False
    ends = {m.end for m in sentence.mentions if m.entity.type in ORG_LIKE}
    words = list(re.finditer(r"[A-Za-z][\w\-’']*|\S", sentence.text[clause_start(sentence, at):at]))
    offset = clause_start(sentence, at)
    while words and (words[-1].group().lower() in BETWEEN_WORDS or words[-1].group().endswith("ly")) \
            and offset + words[-1].end() not in ends:
        words.pop()
    if not words or offset + words[-1].end() in ends:
        return False
    head = words[-1].group().lower().removesuffix("’s").removesuffix("'s")
    return head.isalpha() and head not in BODY_HEADS and len(head) > 2 and not head.isdigit()


# A group of its own, not the body: "Working Group", "Task Force", "Team" (a "Board" by its capital: not "on board").
GROUP_NOUN_RE = re.compile(r"\b(?:(?:Working|Task|Study|Technical|Expert|Advisory|Steering|Project)\s+Group|Team|Committee|"
                           r"(?-i:Board)|Task\s+Force|Panel|Sub-?group|Secretariat)\b", re.I)


def names_a_group(sentence: Sentence, low: int, high: int) -> bool:
    """Whether ``[low, high)`` names a group outside the names of known organisations ("the ISECG Technology Working
    Group")."""
    text = list(sentence.text[:high])
    for m in sentence.mentions:
        if m.entity.type == "Organization" and m.start < high:
            text[m.start:m.end] = " " * (m.end - m.start)
    return GROUP_NOUN_RE.search("".join(text), low) is not None


def _remember_cited(ctx: Context, state: State, text: str) -> None:
    """The dates documents are given where a sentence names them ("the supplement that ISECG issued in
    August 2020", "the 2022 supplement ..., published in October 2022"), by genre and year, so that
    "when the 2022 supplement went to press" can be dated; this document's own from its head."""
    if not state.cited and ctx.series.date:
        genre = genre_of(ctx.doc.title)
        if genre:
            state.cited[(genre, ctx.series.date[:4])] = ctx.series.date
    for d in find_dates(text):
        # the first release of a work of the document's year it tells (what it is about), as done, not planned
        if state.released is None and ctx.doc.year and d.year == ctx.doc.year and len(d.start) > 4 and not d.end \
                and not FUTURE_RE.search(text[:d.pos[0]]) and (RELEASED_ON_RE.search(text[max(0, d.pos[0] - 60):d.pos[0]])
                                                             or RELEASED_AFTER_RE.search(text[d.pos[1]:])):
            state.released = d.start
        cue = RELEASED_RE.search(text[max(0, d.pos[0] - 120):d.pos[0]])
        if cue and len(d.start) > 4:
            key = (genre_of(cue.group("genre")), d.start[:4])
            if len(d.start) > len(state.cited.get(key, "")):
                state.cited[key] = d.start


def _cited_date(state: State, text: str, date: DateSpan) -> str:
    """``date`` itself, or when it is the year that names a document ("the 2022 supplement"), the date
    that document was given."""
    named = CITED_YEAR_RE.match(text, date.pos[1]) if len(date.start) == 4 else None
    return state.cited.get((genre_of(named.group("genre")), date.start), date.start) if named else date.start


def member_count(ctx: Context, body: Entity, count: int, date: str, evidence: Evidence, rule: str) -> None:
    """``body`` had ``count`` members at ``date``: an isecg:memberCount, a schema:QuantitativeValue."""
    node = iris.entity(ctx.rec.base, "count", f"{body.iri.rsplit('/', 1)[-1]} {date} {count}")
    fact = lambda s, p, o: ctx.rec.fact(s, p, o, rule, 0.85, evidence, date=date)  # noqa: E731
    fact(body.iri, "isecg:memberCount", node)
    fact(node, "rdf:type", term("schema:QuantitativeValue"))
    fact(node, "schema:value", ox.Literal(str(count), datatype=term("xsd:integer")))
    fact(node, "dcterms:date", typed_date(date))


_SOME = rf"(?P<n>{NUMBER[1:-1]})\s+(?:new\s+|more\s+|other\s+|further\s+)?(?:space\s+)?(?:member\s+)?(?:agencies|organi[sz]ations|members)"
# "nine agencies that have joined since that edition was published", "two agencies that had joined since the March
# meeting", "Thirteen agencies have joined since;" (since the founding the paragraph told).
JOINED_SINCE_RE = re.compile(rf"\b{_SOME}\s+(?:that\s+|which\s+)?(?:have|had)\s+(?:\w+\s+)?(?:joined|been\s+admitted|"
                             r"been\s+welcomed|become\s+members)\s+since\b"
                             r"(?P<rest>[^;:.]*)", re.I)
# "Since the start of 2021 two agencies have joined ISECG", "Since May 2019, four organisations have been admitted".
SINCE_JOINED_RE = re.compile(rf"\bsince\s+(?:the\s+(?P<edge>start|beginning)\s+of\s+)?(?P<since>(?:[A-Z][a-z]+\s+)?"
                             rf"(?:19|20)\d\d)\b,?\s+(?:\S+\s+){{0,2}}?{_SOME}\s+(?:have\s+|had\s+)?(?:joined|been\s+"
                             r"admitted|been\s+welcomed)\b", re.I)
# "the growth of ISECG from 15 to 27 agencies since the third edition appeared in January 2018".
GROWTH_RE = re.compile(rf"\bfrom\s+(?P<a>{NUMBER[1:-1]})\s+to\s+(?P<b>{NUMBER[1:-1]})\s+(?:member\s+)?(?:agencies|"
                       r"organi[sz]ations|members)\s+since\b(?P<rest>[^;:.]*)", re.I)
# The window first, the counts after: "has grown since January 2018, when the third edition appeared: from fifteen
# agencies then to twenty-seven now".
GROWN_SINCE_RE = re.compile(rf"\b(?:grown|grew|risen|rose|increased|expanded|growth)\s+since\b(?P<rest>[^:;.]*?)[:,]?\s+from\s+"
                            rf"(?P<a>{NUMBER[1:-1]})\s+(?:member\s+)?(?:agencies|organi[sz]ations|members)?(?:\s+then)?\s+"
                            rf"to\s+(?P<b>{NUMBER[1:-1]})\b", re.I)
# "that edition was published", "the roadmap appeared": a date told earlier in the sentence.
ANAPHORIC_RE = re.compile(r"^\s+(?:that|this|the|its)\s+(?:[\w\-]+\s+){0,3}?(?:was|were)?\s*(?:published|issued|released|"
                          r"appeared|came out)\b", re.I)


def _since(ctx: Context, state: State, text: str, m: re.Match) -> str | None:
    """When a "... since X" window of ``m`` began: the date X names ("since the March meeting"), one told
    before it in the sentence when X points back ("since that edition was published"), or, with nothing
    after "since", the body's founding the document told."""
    rest = m.group("rest")
    dates = [d for d in dates_in(ctx, text) if m.start("rest") <= d.pos[0] < m.end("rest")]
    if dates:
        return _cited_date(state, text, dates[0])
    if ANAPHORIC_RE.match(rest):
        before = [d for d in dates_in(ctx, text) if d.pos[1] <= m.start()]
        return before[-1].start if before else None
    founding = re.match(r"\s*(?:the|its)\s+(?:group's\s+|body's\s+)?(?:founding|foundation|creation|establishment)\b",
                        rest, re.I)
    return state.founded if not rest.strip() or founding else None  # "since the founding": the year it was founded


# A count of members that joined, in any order with a "since"/"after" in its clause: "Since the meeting in March, two
# new agencies have joined", "ISECG has admitted two agencies since January 2021:", "Since the 2020 supplement, ISECG
# has grown by two agencies", "the nine agencies that became members after that edition appeared".
JOIN_COUNT_RES = [
    re.compile(rf"\b{_SOME}\s+(?:that\s+|which\s+|who\s+)?(?:have\s+|had\s+|has\s+)?(?:\w+\s+)?(?:joined|been\s+admitted|"
               r"been\s+welcomed|become\s+members|became\s+members)\b", re.I),
    re.compile(rf"\b(?:admitted|welcomed|gained|added|grown\s+by|grew\s+by)\s+{_SOME}\b", re.I),
]
SINCE_PHRASE_RE = re.compile(r"\b(?:since|after)\b(?P<rest>[^,;:.]*)", re.I)


def _since_window(ctx: Context, state: State, sentence: Sentence) -> bool:
    """One count of members that joined and one "since"/"after" phrase in its sentence, in either order: that many
    joined from the date the phrase names until the document's date."""
    text, body = sentence.text, ctx.body
    counts = [m for pattern in JOIN_COUNT_RES for m in pattern.finditer(text)]
    phrases = [m for m in SINCE_PHRASE_RE.finditer(text) if not any(c.start() <= m.start() < c.end() for c in counts)]
    if body is None or len(counts) != 1 or len(phrases) != 1 or not _now(ctx):
        return False
    count, since = number(counts[0].group("n")), _since(ctx, state, text, phrases[0])
    if count is None or since is None or since >= _now(ctx):
        return False
    _new_member_count(ctx, body, count, since, _now(ctx), sentence)
    return True


def _windows(ctx: Context, state: State, sentence: Sentence) -> bool:
    """Counts over a window ending at the document's date: "nine agencies that have joined since that edition
    was published", "from 15 to 27 agencies since ... January 2018" (a count at each end too), "No new member
    was admitted in 2023" (none in that year).  Whether the sentence told one."""
    text, told = sentence.text, False
    body = ctx.body
    for m in SINCE_JOINED_RE.finditer(text):
        since = find_dates(m.group("since"))
        start = since[0].start if since else None
        if start and m.group("edge") and len(start) == 4:
            start = f"{start}-01"  # "since the start of 2021"
        if start and body is not None and _now(ctx) and start < _now(ctx):
            _new_member_count(ctx, body, number(m.group("n")), start, _now(ctx), sentence)
            told = True
    for m in JOINED_SINCE_RE.finditer(text):
        since = _since(ctx, state, text, m)
        if since and body is not None and _now(ctx) and since < _now(ctx):
            _new_member_count(ctx, body, number(m.group("n")), since, _now(ctx), sentence)
            told = True
    for m in [*GROWTH_RE.finditer(text), *GROWN_SINCE_RE.finditer(text)]:
        since, a, b = _since(ctx, state, text, m), number(m.group("a")), number(m.group("b"))
        if since and body is not None and _now(ctx) and since < _now(ctx) and a and b and a < b:
            member_count(ctx, body, a, since, sentence.evidence(), "member-growth")
            member_count(ctx, body, b, _now(ctx), sentence.evidence(), "member-growth")
            _new_member_count(ctx, body, b - a, since, _now(ctx), sentence)
            told = True
    none = NONE_JOINED_RE.search(text)  # with a year in its own clause (the new_members rule reads the others)
    clause = text[none.end():none.end() + re.search(r"[,;.]|$", text[none.end():]).start()] if none else ""
    years = [d.start[:4] for d in dates_in(ctx, clause)]
    if none and body is not None and years:  # the year of its own clause ("..., so membership stayed ... since 2015")
        year = years[0]
        _new_member_count(ctx, body, 0, f"{year}-01", f"{year}-12", sentence)
        told = True
    return told or _since_window(ctx, state, sentence)


def new_members(ctx: Context, state: State, sentence: Sentence) -> None:
    """"Since January 2018 ISECG has welcomed seven new members", "Five space agencies joined the group
    (during the year)", "In 2020 the Group admitted four", "two agencies joined after the 2020 supplement
    appeared", "three more than at the start of the year": an isecg:newMemberCount from a date
    (schema:startDate) to another (dcterms:date: the end of the year told, else the document's date)."""
    text = sentence.text
    if _windows(ctx, state, sentence):
        return
    recent = RECENT_RE.search(text)
    if recent:
        body = _body(ctx, sentence, 0, len(text))
        count = number(recent.group("n") or recent.group("m"))
        if body is not None and count:
            state.recent = {"body": body, "count": count, "evidence": sentence.evidence()}
        return
    m = NEW_MEMBERS_RE.search(text)
    since = find_dates(m.group("since")) if m else []
    if m and since:
        body = _body(ctx, sentence, m.end("since"), m.start(2))
        if body is not None and _now(ctx):
            _new_member_count(ctx, body, number(m.group(2)), since[0].start, _now(ctx), sentence)
        return
    joined = next((j for pattern in NEW_IN_PERIOD_RES for j in pattern.finditer(text)), None)
    if joined is None or re.search(r"\bsince\b", text, re.I):
        return
    body, dates = _body(ctx, sentence, 0, joined.start()), dates_in(ctx, text)
    if _joined_other(sentence, joined.end(), body):
        return  # "three agencies joined COSPAR", "seven agencies joined the Artemis Accords"
    after = NEW_AFTER_RE.search(text)
    if after:  # "after the 2020 supplement appeared": from that document's date to this one's
        year = next(d for d in find_dates(after.group()))
        start, end = _cited_date(state, after.group(), year), _now(ctx)
    elif span := _span(text, dates):  # "Between 2018 and 2021", "In the period 2019–2021": from the first to the second
        start, end = span
    elif re.search(r"\bbetween\b", text, re.I):
        return  # "between the March and September meetings": a window its own dates bound, not the year's
    else:  # "joined during the year" (the document's), "In 2020", "As of 31 December 2021 ... at the start of the year"
        years = {d.start[:4] for d in dates}
        year = str(ctx.doc.year) if re.search(r"\bthe year\b", text) and ctx.doc.year else \
            years.pop() if len(years) == 1 else None
        if year is None:
            return
        # a year the document is written in is not over: its count runs to the document's date
        told = ctx.series.date or ""
        # (an annual report reviews its whole year, whatever date within it the document was given)
        open_year = told[:4] == year and len(told) >= 7 and told[5:7] != "12" \
            and not (genre_of(ctx.doc.title or "") == "annual-report" and year == str(ctx.doc.year))
        end = next((d.start for d in dates if d.start[:7] == f"{year}-12"), told[:7] if open_year else f"{year}-12")
        start = f"{year}-01"
    count = 0 if joined.group("n").lower() == "no" else number(joined.group("n"))
    if body is not None and end and start < end:
        _new_member_count(ctx, body, count, start, end, sentence)


EVENT_AFTER_RE = re.compile(rf"\s+(?:[\w\-]+\s+)?(?:meetings?|sessions?|plenar(?:y|ies)|workshops?|conferences?|summits?|"
                            rf"{GENRE_WORDS})\b", re.I)
SPAN_GAP_RE = re.compile(r"\s*(?:and|to|until|till|through|[–—-])\s*")


def _span(text: str, dates: list[DateSpan]) -> tuple[str, str] | None:
    """The window two dates bound: "between 2018 and 2021" -> (2018-01, 2021-12), "from March 2019 to June 2021",
    "in the period 2019–2021"."""
    for a, b in zip(dates, dates[1:]):
        if EVENT_AFTER_RE.match(text, b.pos[1]):
            continue  # "between the March 2020 and September 2020 meetings": the meetings' own dates bound it
        if SPAN_GAP_RE.fullmatch(text[a.pos[1]:b.pos[0]]) and re.search(
                r"\b(?:between|from|period|over|during|in)\s+(?:the\s+(?:years?\s+)?)?$", text[:a.pos[0]], re.I):
            start, end = a.start, b.end or b.start
            start, end = (f"{start}-01" if len(start) == 4 else start), (f"{end}-12" if len(end) == 4 else end)
            return (start, end) if start < end else None
    return None


def _joined_other(sentence: Sentence, at: int, body: Entity | None) -> bool:
    """Whether what the members joined, named right after ``at``, is something other than the body."""
    named = re.match(r"\s+(?:(?:to|into|in)\s+)?(?:the\s+)?(?=[A-Z])", sentence.text[at:])
    if named is None:
        return False
    mention = next((n for n in sentence.mentions if n.start == at + named.end()), None)
    return mention is None or body is None or mention.entity.iri != body.iri


def _new_member_count(ctx: Context, body: Entity, count: int | None, since: str, date: str,
                      sentence: Sentence | None, *, evidence: Evidence | None = None) -> None:
    if count is None:
        return
    evidence = evidence or sentence.evidence()
    node = iris.entity(ctx.rec.base, "count", f"{body.iri.rsplit('/', 1)[-1]} new {since} {date} {count}")
    fact = lambda s, p, o: ctx.rec.fact(s, p, o, "new-members", 0.8, evidence, date=date)  # noqa: E731
    fact(body.iri, "isecg:newMemberCount", node)
    fact(node, "rdf:type", term("schema:QuantitativeValue"))
    fact(node, "schema:value", ox.Literal(str(count), datatype=term("xsd:integer")))
    fact(node, "schema:startDate", typed_date(since))
    fact(node, "dcterms:date", typed_date(date))


def chairs(ctx: Context, state: State, sentence: Sentence) -> None:
    """"On DATE X passed the ISECG chair to Y", "the ISECG chair rotated to X", "the chair passed to X",
    "ISECG was chaired in 2019 by X", "X currently chairs the group": who chaired the body, from and until
    when."""
    text = sentence.text
    found = dates_in(ctx, text)  # "at the end of 2029": the year's December
    dates = [d for d in found if len(d.start) > 4 or re.search(r"\b(?:in|on)\s+$", text[:d.pos[0]])]
    date = dates[0].start if dates else None
    evidence = None
    since = CHAIRED_SINCE_RE.search(text)
    if since and since.group("it") and not re.search(r"\bchair", text[:since.start()], re.I):
        since = None
    # "since 2019", "since the spring of 2021", "since the senior managers meeting of 9 September 2020"
    began = next((d for d in found if d.pos[0] >= since.end() and re.fullmatch(SINCE_EVENT + _PART, text[since.end():d.pos[0]],
                                                                              re.I)), None) if since else None
    if since and began:
        body = chair_body(ctx, since.group("body") or since.group("post") or "the")
        holder = _orgs(sentence, 0, since.start())[-1:]
        if body is not None and holder:
            evidence = sentence.evidence()
            membership(ctx, holder[0], body, evidence, "chair-since", 0.8, start=began.start, role="isecg:chair",
                       part=part_of_year(text, began))
    told_before, state.chair_told = state.chair_told, CHAIR_POST_RE.search(text) is not None
    passed = CHAIR_PASSED_RE.search(text)
    if passed and passed.group("it") and not re.search(r"\bchair", text[:passed.start()], re.I) and not told_before:
        passed = None
    if passed:
        # when: the first date after the handover in its clause ("... to Y on 9 November 2016"), else the last before,
        # unless a term runs from it until some other time ("held the chair from October 2009 until the Tsukuba
        # meeting, where X handed it to Y": that meeting's date, not October 2009)
        # a relative clause on the one taking over ("..., who took office on 1 July 2017") dates its start, not the
        # handover ("on 30 June 2017, X handed the chair to Y, who took office on 1 July 2017")
        end = _clause_end(text, passed.end())
        office = TOOK_OFFICE_RE.search(text, passed.end(), end)
        took = next((d.start for d in dates if office and office.end() <= d.pos[0] < end), None)
        after = [d.start for d in dates if passed.end() <= d.pos[0] < (office.start() if took else end)]
        # (not the start of the term handed over: "X, which had chaired the group since 1 April 2022, passed it to Y")
        date = after[0] if after else next((d.start for d in reversed(dates) if d.pos[1] <= passed.start()
                                            and not re.search(r"\b(?:until|till)\b", text[d.pos[1]:passed.start()], re.I)
                                            and not re.search(r"\b(?:since|from)\s+$", text[:d.pos[0]], re.I)), None)
        body = chair_body(ctx, passed.group("body") or "the")
        before, after = ([e for e in _orgs(sentence, *span) if body is None or e.iri != body.iri]
                         for span in ((0, passed.start()), (passed.end(), None)))
        if re.search(r"\band\s+(?:\w+ly\s+|then\s+|later\s+)?$", text[:passed.start()], re.I):
            # "X took the chair from Y on D and handed it to Z": the verbs' shared subject hands it over, not Y
            before = [e for e in _subject(sentence, passed.start()) if e in before] or before
        if body is not None and before and after:
            evidence = sentence.evidence()
            # undated, the handover happened by the document's date: the one handing over held it until then at the
            # latest, the one taking over holds it then (not both, as co-chairs, at that date)
            membership(ctx, before[-1], body, evidence, "chair-passed", 0.85, end=date or ctx.series.date or None,
                       role="isecg:chair", date=date)
            membership(ctx, after[0], body, evidence, "chair-passed", 0.85, start=took or date,
                       period=None if took or date else ctx.series.date or None, role="isecg:chair", date=date)
        return
    # (pattern, whether the sentence's date is when the chair began); the holder is named after it
    for pattern, start in ((CHAIR_TO_RE, True), (CHAIRED_BY_RE, False)):
        m = pattern.search(text)
        if not m:
            continue
        body = chair_body(ctx, m.group("body"))
        holder = _orgs(sentence, m.end())[:1]
        if pattern is CHAIRED_BY_RE:
            # The group named right before ("The Science Working Group (SWG) is co-chaired by"), each co-chair.
            named = [n.entity for n in sentence.mentions if n.entity.type in ORG_LIKE
                     and 0 <= m.start("verb") - n.end <= 12]
            body = named[-1] if named else body
            holder = [c.entity for c in coordinated(sentence, m.end(), len(text))] or holder
        # "chaired by ESA (2014–2016), NASA (2016–2019) and JAXA (2019–2021)": each holder with its own years
        if pattern is CHAIRED_BY_RE and body is not None:
            own = [(n, y) for n in sentence.mentions if n.start >= m.end() and n.entity.type == "Organization"
                   and (y := OWN_YEARS_RE.match(text, n.end))]
            if len(own) >= 2:
                evidence = evidence or sentence.evidence()
                for n, y in own:
                    membership(ctx, n.entity, body, evidence, "chair", 0.8, start=y.group(1), end=y.group(2),
                               role="isecg:chair")
                return
        # "was chaired by ESA from 2014 to 2016": the term the clause states after the holder
        term: dict[str, str] = {}
        for d in (found if pattern is CHAIRED_BY_RE and holder else []):
            cue = FROM_UNTIL_RE.search(text[:d.pos[0]]) if m.end() <= d.pos[0] < _clause_end(text, m.end()) else None
            word = cue.group("word").lower() if cue else ""
            term.setdefault("start" if word in ("from", "since") else "end" if word else "", d.start)
        term.pop("", None)
        if body is not None and holder:
            evidence = evidence or sentence.evidence()
            period = None if start and date or term else \
                ((pattern is CHAIRED_BY_RE and date) or ctx.series.date or None)
            for chair in holder:
                membership(ctx, chair, body, evidence, "chair", 0.8, start=date if start else term.get("start"),
                           end=term.get("end"), period=period, role="isecg:chair")
        return


# "Technology Working Group (TWG) — led by the Canadian Space Agency", "the ISRU team, co-led by CSA and ESA":
# a group's lead agencies; the group named right before, the agencies right after "by".
GROUP_LED_BY_RE = re.compile(r"(?:\s*[—–]\s*|,\s*|\s+(?:is|was|are|were|has been|had been)\s+)(?:co-)?(?:led|headed)\s+"
                             r"(?:jointly\s+)?by\s+(?:the\s+)?")
GROUP_NAME_GAP = 12  # characters between a group's name and "led by": its acronym in brackets


def group_leads(ctx: Context, state: State, sentence: Sentence) -> None:
    """The agencies a working group or team is led by (see GROUP_LED_BY_RE), as the group's chairs, when the
    document states it (its date)."""
    for m in GROUP_LED_BY_RE.finditer(sentence.text):
        group = next((n.entity for n in reversed(sentence.mentions) if n.entity.type in ("WorkingGroup", "Team")
                      and 0 <= m.start() - n.end <= GROUP_NAME_GAP), None)
        leads = coordinated(sentence, m.end(), len(sentence.text))
        if group is None or not leads or leads[0].start != m.end():  # a person leads it: "led by Dr X (NASA)"
            continue
        for lead in leads:
            membership(ctx, lead.entity, group, sentence.evidence(), "group-lead", 0.8, period=ctx.series.date or None,
                       role="isecg:chair")


# Any wording of a chair: "had been in the chair", "the chair passes to X", "presided over by X", "under the
# chairmanship of X", "X, as chair,".  The holder is named after the cue when "to", "by" or "of" follows it,
# else before it in its clause.
CHAIR_CUE_RE = re.compile(r"\b(?:chair(?:manship|s|ed|ing)?|presid(?:ed|es|ing|ency)|helm)\b", re.I)
CHAIR_AFTER_RE = re.compile(r"(?:\s+of\s+(?:the\s+)?(?P<of>[\w’'\-]+)(?=\s+(?:pass|go|went|came|mov|rotat|transfer|fell|"
                            r"was|is|has|had|will)))?"  # "the chair of ISECG passed from ESA to NASA"
                            # "rotated for the first time, passing from NASA to JAXA": an aside, a participle of the verb
                            r"(?:\s+(?:pass(?:es|ed|ing)?|go(?:es|ing)?|went|came|comes|mov(?:es|ed|ing)|rotat(?:es|ed|ing)|"
                            r"transferr?(?:s|ed|ing)|fell|falls|was|were|is|has|had|have|will|be|been|over|held|taken|assumed|"
                            r"handed|given|jointly|again,?|for\s+the\s+\w+\s+time,?))*"
                            # "passed from ASI to JAXA", "passed at the end of the meeting from JAXA, the Japanese agency, to"
                            r"(?:\s+(?:at|in|on|during)\s+[^,;.]{1,40}?(?=\s+from\s))?"
                            # "ISECG, chaired in 2018 by NASA,"
                            r"(?:\s+(?:in|on|during|since|from|until|through)\s+[^,;.]{1,30}?(?=\s+by\s))?"
                            r"(?P<previous>\s+from\s+[^;.]{1,60}?,?)?\s+(?:to|by|of)\s+", re.I)
# What may stand between a holder and a chair cue after it: "JAXA, as chair", "JAXA had been in the chair",
# "(JAXA), for the ISECG Chair"; not another verb ("NZSA informed the chair").
CHAIR_GAP_WORDS = {"as", "in", "the", "its", "had", "has", "have", "been", "was", "is", "were", "became", "becomes",
                   "remains", "remained", "served", "serves", "for", "current", "new", "incoming", "outgoing", "then",
                   "will", "be", "now", "still", "group's", "group’s"}
CHAIR_VERBS = {"chairs", "chaired", "chairing", "presided", "presides", "presiding"}
# "since 2019", "from the start of 2019", "since the spring of 2021", "from mid-2020"
SINCE_BEFORE_RE = re.compile(r"\b(?:since|from)\s+(?:the\s+(?:start|beginning)\s+of\s+)?" + _PART + "$", re.I)
# A verb of the chair moving after the cue ("the chair passed to X on D", "Chairmanship of ISECG went to X in June"):
# the clause's date is when X's term began.
CHAIR_MOVED_RE = re.compile(r"\b(?:pass(?:es|ed)?|go(?:es)?|went|came|comes|mov(?:es|ed)|rotat(?:es|ed)|transferr?(?:s|ed)|"
                            r"fell|falls|handed|given|taken|assumed)\b", re.I)
# A verb of handing the chair over before the cue: "it handed the chair to KARI", "passed the ISECG chair on to"
HANDED_CHAIR_RE = re.compile(r"\b(?:handed|passed|gave|transferred)\s+(?:over\s+)?(?:the|its)\s+(?:[\w-]+\s+)?$", re.I)
# A handover told in the passive names the one handing over after "by": "was passed to ASI by KARI".
HANDED_RE = re.compile(r"\b(?:passed|handed|transferred|given)\b", re.I)
HANDED_BY_RE = re.compile(r"(?:\s*\([^()]{1,30}\))?,?\s+by\s+(?:the\s+)?")
NOT_THE_CHAIR_RE = re.compile(r"\b(?:vice|co|deputy)-?\s*$", re.I)  # "vice-chair": not the chair
OUTGOING_RE = re.compile(r"\b(?:outgoing|departing|retiring)\b", re.I)


# What is chaired in a passive ("The 24th ISECG meeting was chaired by X", "The round table, chaired by JAXA,", "The
# workshop took place in Houston and was chaired by CSA"): the noun phrase the verb is said of.  The words between it
# and the verb (auxiliaries, adverbs, a comma, "and"):
PASSIVE_GAP_RE = re.compile(r"(?:[\s,]+|\b(?:was|is|are|were|been|being|be|has|had|have|will|would|currently|jointly|"
                            r"also|then|later|now|first|formerly|previously|and|which|that|co-?))*$", re.I)
# The first verb of a sentence, which ends its subject ("The Lunar Surface Workshop took place ... and was chaired").
FIRST_VERB_RE = re.compile(r"\s(?:was|is|are|were|has|had|have|will|took|takes|met|meets|held|holds|convened|gathered|"
                           r"brought|opened|focused|focussed|discussed|reviewed|produced|published|began|started|"
                           r"ran|runs|included|includes|addressed|examined|continued)\b|,", re.I)
CHAIRED_BODY_HEADS = {"group", "it", "isecg", "body", "coordination"}
# An aside between the phrase chaired and its verb, set off by commas and opening in lower case: "ISECG, founded in
# 2007, is chaired by", "The Science Working Group, set up in 2016, was chaired by"
PASSIVE_ASIDE_RE = re.compile(r",\s+[a-z][^,;()]{0,40}$")


def chaired_other(ctx: Context, sentence: Sentence, cue: int) -> bool:
    """Whether the passive chair verb at ``cue`` is said of something other than a body (its head noun a meeting, a
    workshop, a session, a study, a round table ...): the noun phrase before the verb, else the sentence's subject
    when the verb is coordinated ("... and was chaired by"), else after a fronted participle ("Chaired by ASI since
    2021, ISECG met ...").  A body named at the phrase's end ("ISECG", "the Science Working Group (SWG)") or
    "the group", "it" is a body; any other head is something else."""
    text = sentence.text
    gap = PASSIVE_GAP_RE.search(text, 0, cue)
    end = gap.start() if gap else cue
    aside = PASSIVE_ASIDE_RE.search(text, 0, end)  # "The Science Working Group, set up in 2016, was chaired by"
    if aside and any(m.entity.type in ORG_LIKE and m.end <= aside.start()
                     and re.fullmatch(r"\s*(?:\([^()]*\))?", text[m.end:aside.start()])
                     for m in sentence.mentions):  # (a body's name before it, not "Group" a PDF's line began with)
        end = aside.start()
    if re.search(r"\band\b", text[end:cue], re.I):  # "... took place in Houston and was chaired by": the subject
        first = FIRST_VERB_RE.search(text, 0, end)
        end = first.start() if first else end
    low = clause_start(sentence, end) if end < cue else 0
    if not text[low:end].strip():
        if re.match(r"\s*(?:chaired|presided)\b", text[:cue + 9], re.I):  # "Chaired by ASI since 2021, ISECG met"
            comma = text.find(",", cue)
            subject = text[comma + 1:].lstrip() if comma > 0 else ""
            named = [m for m in sentence.mentions if m.start == len(text) - len(subject) and m.entity.type in ORG_LIKE]
            return bool(subject) and not named and subject.split()[0].lower() not in CHAIRED_BODY_HEADS | {"the"}
        return False
    bracket = re.search(r"\s*\([^()]*\)\s*$", text[low:end])  # "the Science Working Group (SWG)"
    end = low + bracket.start() if bracket else len(text[:end].rstrip())
    if any(m.entity.type in ORG_LIKE and low <= m.start and end - 1 <= m.end <= end + 1 for m in sentence.mentions):
        return False  # "ISECG, chaired in 2018 by NASA", "The Science Working Group is chaired by ESA"
    if re.search(r"\b(?:meetings|plenaries|plenary\s+sessions)\b", text[low:end], re.I):
        return False  # "Both meetings of the senior managers were chaired by KARI": who chairs the body's meetings
    head = re.findall(r"[A-Za-z][\w’'\-]*", text[low:end])
    if not head or head[-1].lower() in CHAIRED_BODY_HEADS or ctx.body is not None and head[-1] == ctx.body.acronym:
        return False
    return True


def role_read(ctx: Context, state: State) -> bool:
    """Whether a rule read a role in the sentence, a person's post in the body aside: "the ISECG Chair, Ana Lima of
    ESA" also tells its agency's chair."""
    said = ctx.rec.result.facts[state.facts_at:]
    personal = {f.s for f in said if ctx.body is not None and f.p == "org:postIn" and f.o == ctx.body.iri}
    return any(f.p == "org:role" and f.s not in personal for f in said)


def since_unread(text: str, at: int, dates: list[DateSpan]) -> bool:
    """Whether the post named up to ``at`` is held "since" or "from" a time no date read ("NASA, chair since the
    inaugural meeting, handed over ..."): a term begun then, which is no term held at the document's date."""
    return re.match(r",?\s+(?:since|from)\b", text[at:]) is not None and not any(d.pos[0] >= at for d in dates)


def chair_frame(ctx: Context, state: State, sentence: Sentence) -> None:
    """Who held the chair, when no chair rule read the sentence: the organisation the cue's position names (see
    CHAIR_CUE_RE), of the group the sentence names, else the document's body; from a date after "since"/"from"."""
    text = sentence.text
    if ctx.body is None or role_read(ctx, state):
        return
    groups = [m.entity for m in sentence.mentions if m.entity.type in ("WorkingGroup", "Team")]
    body = groups[0] if groups else ctx.body
    orgs = [m for m in sentence.mentions if m.entity.type == "Organization" and m.entity.iri not in
            (body.iri, ctx.body.iri)]
    for cue in CHAIR_CUE_RE.finditer(text):
        word = cue.group().lower()
        if NOT_THE_CHAIR_RE.search(text[:cue.start()]) or re.match(r"'s|’s", text[cue.end():]):
            continue  # a vice-chair; "the chair's host": not who holds it
        after = CHAIR_AFTER_RE.match(text, cue.end())
        if after and after.group("of") and chair_body(ctx, after.group("of")) not in (body, ctx.body):
            after = None  # "the chair of the workshop was": another thing's chair
            continue
        if after and word == "chair" and after.group().split()[-1] == "of" or \
                after and word in CHAIR_VERBS and not after.group().rstrip().endswith("by"):
            continue  # "Chair of the UAE Space Agency" is who chairs that agency; "chairs X" names what is chaired
        previous = None
        if after and after.group().rstrip().endswith("by") and word in CHAIR_VERBS and chaired_other(ctx, sentence,
                                                                                                   cue.start()):
            continue  # "The 24th ISECG meeting was chaired by X": the chair of a meeting, not of a body
        if after:  # "the chair passes to X", "presided over by X", "under the chairmanship of X"
            holder = next((m for m in orgs if after.end() <= m.start < _clause_end(text, after.end())), None)
            if after.group("previous"):
                previous = next((m for m in orgs if after.start("previous") <= m.start < after.end("previous")), None)
            elif holder is not None and HANDED_RE.search(after.group()):  # "was passed to ASI by KARI"
                by = HANDED_BY_RE.match(text, holder.end)
                previous = next((m for m in orgs if by and m.start == by.end()), None)
        elif word in CHAIR_VERBS:
            continue  # "CSA chairs the group's analogue topic": the chair of something else
        else:  # "X had been in the chair", "X, as chair,"
            holder = next((m for m in reversed(orgs) if m.end <= cue.start()), None)
            between = text[holder.end:cue.start()] if holder else ""  # a body's name there is no word of the gap
            gap = [w.lower() for w in re.findall(r"[A-Za-z][\w’'\-]*", between) if ctx.rec.gazetteer.lookup(w) is None]
            holder = holder if holder and len(gap) <= len(CHAIR_GAP_WORDS) and set(gap) <= CHAIR_GAP_WORDS else None
        if holder is None:
            continue
        dates = [d for d in dates_in(ctx, text)  # its clause's ("in June": of the document's year)
                 if clause_start(sentence, cue.start()) <= d.pos[0] < _clause_end(text, cue.end())]
        # "from JAXA, in the chair since 2019, to ASI": a date of the previous holder's apposition is its own
        comma = text.find(",", after.start("previous"), after.end("previous")) if previous is not None else -1
        own = [d for d in dates if 0 <= comma < d.pos[0] < after.end("previous")]
        dates = [d for d in dates if d not in own]
        previous_since = next((d for d in own if SINCE_BEFORE_RE.search(text[:d.pos[0]])), None)
        since = next((d for d in dates if SINCE_BEFORE_RE.search(text[:d.pos[0]])), None)
        if since is None and dates and after is not None and (CHAIR_MOVED_RE.search(after.group()) or
                                                              HANDED_CHAIR_RE.search(text, 0, cue.start())):
            # "Chairmanship of ISECG passed to CSA on 18 May 2023", "On 8 May it handed the chair to CSA": CSA's
            # term began then
            since = dates[0]
        if previous is not None and dates:  # "passed from NASA to JAXA in June": one's term ends as the other's begins
            since = since or dates[0]
            membership(ctx, previous.entity, body, sentence.evidence(), "chair-frame", 0.7,
                       start=previous_since and previous_since.start, end=since.start, role="isecg:chair",
                       date=since.start, part=previous_since and part_of_year(text, previous_since))
        elif previous is not None:  # "the chair passes from KARI to ASI", undated: KARI's term ended by then
            membership(ctx, previous.entity, body, sentence.evidence(), "chair-frame", 0.7,
                       start=previous_since and previous_since.start, end=ctx.series.date or None, role="isecg:chair",
                       part=previous_since and part_of_year(text, previous_since))
        told = since or (dates[0] if dates else None)  # "since the spring of 2021": of the year, in its spring
        if not after and OUTGOING_RE.search(text, holder.end, cue.start()):
            # "ESA, as outgoing chair, on 12 October": its term ended about then (another's may have begun)
            if end := dates[0].start if dates else ctx.series.date or None:
                membership(ctx, holder.entity, body, sentence.evidence(), "chair-frame", 0.7, end=end,
                           role="isecg:chair", date=end)
            return
        if not since and since_unread(text, cue.end(), dates):
            return
        period = None if since else dates[0].start if dates else ctx.series.date or None
        # "chaired since 2021 by NASA and JAXA": each of those the passive names holds it (co-chairs)
        passive = after is not None and after.group().rstrip().endswith("by") and word in CHAIR_VERBS
        holders = [n for n in coordinated(sentence, holder.start, _clause_end(text, holder.end))
                   if n.entity.type == "Organization" and n.entity.iri not in (body.iri, ctx.body.iri)] if passive else []
        for held in holders if holders and holders[0].start == holder.start else [holder]:
            membership(ctx, held.entity, body, sentence.evidence(), "chair-frame", 0.7, start=since and since.start,
                       period=period, role="isecg:chair", part=told and part_of_year(text, told))
        return


def chair_terms(ctx: Context, state: State, sentence: Sentence) -> None:
    """Who held a body's chair, each clause on its own: "JAXA chaired ISECG from April 2019 until 31 December
    2020", "KARI took the chair over from JAXA", "confirmed ASI as incoming chair", "the chairmanship of ISECG
    was held by KARI", "The NASA chairmanship ends on 31 December 2018; JAXA will chair ISECG for 2019 and
    2020"."""
    text, evidence = sentence.text, None
    dates = dates_in(ctx, text)  # "until the end of 2017", "at the end of 2020": the year's December

    def record(holder: Entity | None, body: Entity | None, low: int, high: int, *, start: str | None = None,
               end: str | None = None) -> None:
        nonlocal evidence
        if holder is None or body is None or holder.type != "Organization":
            return
        if not (start or end):  # "from April 2019 until 31 December 2020"; else the clause's date, or the document's
            for d in (d for d in dates if low <= d.pos[0] < high):
                cue = FROM_UNTIL_RE.search(text[:d.pos[0]])
                word = cue.group("word").lower() if cue else ""
                start = start or (d.start if word in ("from", "since") else None)
                end = end or (d.start if word in ("until", "till", "to", "through") else None)
        inside = [d.start for d in dates if low <= d.pos[0] < high]
        period = None if start or end else (inside[0] if inside else ctx.series.date or None)
        evidence = evidence or sentence.evidence()
        membership(ctx, holder, body, evidence, "chair-term", 0.8, start=start, end=end, period=period,
                   role="isecg:chair")

    def right_after(at: int) -> str | None:
        return next((d.start for d in dates if 0 <= d.pos[0] - at <= 12), None)

    def clause_date(m: re.Match) -> str | None:
        """When the handover of ``m`` happened: "... from NASA on 2 March 2029", else "In May 2030 X succeeded"."""
        low, high = clause_start(sentence, m.start()), _clause_end(text, m.end())
        # (not the predecessor's own start: "from ESA, which had held it since 1 October 2016")
        if since := CHAIRED_SINCE_RE.search(text, m.end(), high):
            high = since.start()
        after = [d.start for d in dates if m.end() <= d.pos[0] < high
                 and HANDOVER_AT_RE.search(text[:d.pos[0]])]
        return after[0] if after else next((d.start for d in reversed(dates) if low <= d.pos[0] < m.start()), None)

    for m in CHAIRS_RE.finditer(text):
        if not re.search(r"(?:'s|’s)$", m.group("body")):  # "chairs the group's dust topic": not the group
            which = re.search(r",\s+which\s+(?:[a-z]+\s+)?$", text[:m.start()])  # "... to ESA, which now chairs"
            holder = _orgs(sentence, 0, which.start())[-1:] if which else \
                _holder(sentence, m.start()) or _chaired_for(sentence, m)
            record(holder[0] if holder else None, chair_body(ctx, m.group("body")), clause_start(sentence, m.start()),
                   _gapped_end(sentence, m.end()))
    told_since = [s.span() for s in CHAIRED_SINCE_RE.finditer(text)]  # "which had held the chair since": its own rule
    for m in TOOK_CHAIR_RE.finditer(text):
        if any(a <= m.start() < b for a, b in told_since) or re.match(r"'s|’s", text[m.end():]):
            continue  # (not "took over the chair's seat at the table of the IAF": a thing of the chair's)
        body = chair_body(ctx, m.group("body") or "the")
        of = re.match(r"\s+of\s+(?:the\s+)?", text[m.end():])
        # "took over as chair of the Technology Working Group": that group's chair
        body = next((n.entity for n in sentence.mentions if of and n.start == m.end() + of.end()
                     and n.entity.type in ("WorkingGroup", "Team")), body)
        holder = _holder(sentence, m.start())
        if re.match(r"hold|held", m.group(), re.I):
            # "ESA held the chair in 2015" says it held it then, not that it began to: the clause's term, else its date
            record(holder[0] if holder else None, body, clause_start(sentence, m.start()), _gapped_end(sentence, m.end()))
            continue
        when = clause_date(m)
        previous = re.match(r"(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+from\s+", text[m.end():])  # "the chair (of ISECG) from X"
        before = _orgs(sentence, m.end() + previous.end(), _clause_end(text, m.end()))[:1] if previous else []
        record(holder[0] if holder else None, body, m.end(), m.end(), start=when)
        record(before[0] if before else None, body, m.end(), m.end(), end=when)
    for m in SUCCEEDED_RE.finditer(text):
        body = chair_body(ctx, m.group("body") or m.group("pre") or "the")
        holder, previous = _holder(sentence, m.start()), _orgs(sentence, m.start(), m.end())[:1]
        when = clause_date(m)
        record(holder[0] if holder else None, body, m.end(), m.end(), start=when)
        record(previous[0] if previous else None, body, m.end(), m.end(), end=when)
    for m in INCOMING_RE.finditer(text):
        holder = _orgs(sentence, clause_start(sentence, m.start()), m.start())[-1:]
        record(holder[0] if holder else None, chair_body(ctx, m.group("body") or "the"), m.end(), m.end())
    for m in [*HELD_BY_RE.finditer(text), *CHAIR_IS_RE.finditer(text)]:
        named = m if not m.groupdict().get("it") else ([*re.finditer(_CHAIR_NAMED, text[:m.start()], re.I)] or [None])[-1]
        if named is None:
            continue  # "it was held by ESA": no chair before it to stand for
        # the holder right after "by" ("held in turn by the member agencies; ... JAXA" is no holder)
        holder = [n.entity for n in sentence.mentions if n.start == m.end() and n.entity.type == "Organization"]
        pre = named.group("pre") or ""
        record(holder[0] if holder else None,
               chair_body(ctx, named.group("body") or ("the" if pre.lower() in CHAIR_ADJECTIVES else pre) or "the"),
               clause_start(sentence, m.start()), _clause_end(text, m.end()))
    for m in HOLDERS_CHAIR_RE.finditer(text):
        holder = next((n.entity for n in sentence.mentions if n.end == m.start()), None)
        if holder is None or not (m.group("verb") or re.match(r"'s|’s", m.group())) \
                or OWN_CHAIR_PERSON_RE.match(text, m.end()):
            continue  # "the UAE Space Agency's Chair, Sarah Al Amiri": the person who chairs that agency
        verb = (m.group("verb") or "").lower()
        when = right_after(m.end()) if verb else None
        begins = verb.startswith(("beg", "start", "will start"))
        record(holder, ctx.body, m.end(), _clause_end(text, m.end()), start=when if begins else None,
               end=None if begins else when)


def _opens_with_body(ctx: Context, sentence: Sentence) -> bool:
    """Whether a sentence opens with the body as its subject and tells no gathering, which a next sentence's "it"
    may be ("ISECG met in Paris", not "The ISECG workshop was held ..." nor "ISECG held a workshop")."""
    first = next((m for m in sentence.mentions if ctx.body is not None and m.entity.iri == ctx.body.iri), None)
    return first is not None and re.fullmatch(r"\W*(?:the\s+)?", sentence.text[:first.start], re.I) is not None \
        and not GATHERING_RE.search(sentence.text)


def _anaphor_subject(state: State, sentence: Sentence, before: int, body_before: bool) -> bool:
    """Whether the clause before ``before`` opens with the body's anaphor (BODY_ANAPHOR_RE): "the group" outside a
    working group's section or sentence, "it" right after a sentence naming the body."""
    m = BODY_ANAPHOR_RE.search(sentence.text, clause_start(sentence, before), before)
    return m is not None and (body_before if m.group("it") else not (state.group_section or state.prev_group))


def _subject(sentence: Sentence, before: int) -> list[Entity]:
    """The organisation a clause opens with, before ``before``: "KARI took the chair", "agreed that ASI would"."""
    return [m.entity for m in coordinated(sentence, clause_start(sentence, before), before)][:1]


# A person named as of an organisation, the clause's subject: "Dr Min-jun Park of KARI", "Ana Silva (CSA)".
REPRESENTED_RE = re.compile(r"\W*(?:(?:Dr|Prof|Ms|Mr|Mrs)\.?\s+)?[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’'.]*){1,3}\s*,?\s*"
                            r"(?:of\s+(?:the\s+)?|\()")


# A person chairing on an agency's behalf, the agency after the body: "Heinrich Vogel then chaired the group for ESA".
CHAIRED_FOR_RE = re.compile(r"\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?")
PERSON_SUBJECT_RE = re.compile(r"(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’'.]*){1,3}"
                               r"(?:\s+(?:then|later|also|subsequently|in\s+turn))?\s+$")


def _chaired_for(sentence: Sentence, m: re.Match) -> list[Entity]:
    """The agency a person chaired for (CHAIRED_FOR_RE), the person the clause's subject."""
    after = CHAIRED_FOR_RE.match(sentence.text, m.end())
    if after is None or not PERSON_SUBJECT_RE.fullmatch(sentence.text, clause_start(sentence, m.start()), m.start()) \
            or _orgs(sentence, clause_start(sentence, m.start()), m.start()):
        return []
    return [n.entity for n in sentence.mentions if n.start == after.end() and n.entity.type == "Organization"][:1]


def _holder(sentence: Sentence, before: int) -> list[Entity]:
    """Who holds a post a clause gives its subject (_subject), or the organisation of the person that subject is: an
    agency holds the chair its delegate takes ("Dr Min-jun Park of KARI chaired the group")."""
    if named := _subject(sentence, before):
        return named
    start = clause_start(sentence, before)
    return [m.entity for m in sentence.mentions if m.entity.type == "Organization"
            and REPRESENTED_RE.fullmatch(sentence.text, start, m.start)
            and re.fullmatch(r"\)?\s*,?\s*(?:[a-z]+ly\s+)?", sentence.text[m.end:before])][:1]


def _gapped_end(sentence: Sentence, at: int) -> int:
    """Where the clause from ``at`` ends, or a gapped clause of another organisation begins after a comma ("CSA
    chaired the group in 2013, ESA until October 2015": ESA's date is not CSA's)."""
    end = _clause_end(sentence.text, at)
    return next((n.start for n in sentence.mentions if at <= n.start < end and n.entity.type == "Organization"
                 and re.search(r",\s*(?:the\s+)?$", sentence.text[at:n.start])), end)


def _clause_end(text: str, at: int) -> int:
    end = re.search(r"[;.]|,\s+(?:and|but|while)\s", text[at:])
    return at + end.start() if end else len(text)


def chair_body(ctx: Context, word: str) -> Entity | None:
    word = re.sub(r"(?:'s|’s)$", "", word.strip(",.;"))
    if word.lower() in ("group", "body", "forum", "the", "its"):  # "the chair passed to X": the document's body
        return ctx.body
    found = ctx.rec.gazetteer.lookup(word)
    return found if found is not None and found.type in ORG_LIKE else None


def participants(ctx: Context, state: State, sentence: Sentence) -> bool | None:
    """A list of the organisations behind the document, one a line ("1. ASI (Italy)", "ASI Italian
    Space Agency Italy"): each is a dcterms:creator of the document, and a member of the body the
    list's introduction names ("eleven other ISECG member agencies")."""
    line = sentence.line
    if state.participants is not None and line is not state.participants["line"]:
        if not state.participants["rows"] and work_header(ctx, line.text):
            state.participants = None  # "Contributions by agency" / "Agency  Element or capability": what each builds
            return None
        if _participant_row(ctx, state, sentence):
            # (a record's rows of who came are not used up: the people rules read the delegates in them)
            return None if ctx.series.genre in RECORD_GENRES and state.participants["rows"] else True
        table = state.participants
        if not table["rows"] and line is table.get("prose_line") and table["credit"]:
            # another sentence of a paragraph counted, before a list of the document's authors: "Twelve agencies took
            # part. They are listed below." (a list of members the membership tables read: they count sentences)
            pass
        elif not table["rows"] and table.get("prose", 0) < PROSE_BEFORE_TABLE and line.text.endswith("."):
            table["prose"] = table.get("prose", 0) + 1  # "Contributions came from 14 agencies, listed below."
            table["prose_line"] = line
        else:
            state.participants = None
    opens = PARTICIPANTS_RE.search(line.text) or BYLINE_CAPTION_RE.match(line.text)  # "Developed jointly by"
    # (not a header of who works on what: "No. Priority Lead agency Contributing agencies")
    opens = opens if opens and (line.heading or line.text.rstrip().endswith(":") or TABLE_CAPTION_RE.match(line.text)) \
        and not work_header(ctx, line.text) else None
    if opens and sentence.text is not None and line.text.endswith(sentence.text.rstrip()):
        member_of = MEMBER_AGENCIES_RE.search(line.text)
        body = chair_body(ctx, member_of.group("body")) if member_of else None
        state.participants = {"line": line, "body": body, "rows": 0, "credit": _credits(ctx, line.text, opens)}
    return None


# the words of a body's name (the rest of one a line break cut: "Research Institute, National ...") or of a thing's
NOT_PERSON_WORD_RE = re.compile(r"Research|Institute|Agency|Space|Centre|Center|Administration|Organi[sz]ation|Office|"
                                r"National|International|University|Laboratory|Aerospace|Exploration|Science|Sciences|"
                                r"Technology|Corporation|Council|Ministry|Department|Activities|Spatiales?|Group|Team|"
                                r"Studies|Programme|Program|Lunar|Mars|Planetary|Geoscience|Mineral|Resources|Affairs")
# A person's name opening a line, their body after it: "Daniel Fischer (DLR)", "Ana Lima, NASA"; or a Markdown row's
# first cell, their title or body in the next ("| Mr. Ian Reid | Deputy Head | ... |": a table of signatories).
PERSON_OPENS_RE = re.compile(r"^\W*(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?([A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-Za-z][a-zß-ÿ]+)?\s+(?:[A-Z]\.\s+)?"
                             r"[A-ZÀ-Þ](?:['’][A-Z])?[a-zß-ÿ]+(?:-[A-Za-z][a-zß-ÿ]+)?)(?:\s*[(,–—]|\s+(?=[A-Z])|\s*\|(?=\s*\S))")


def _person_opens(ctx: Context, sentence: Sentence) -> bool:
    """Whether the line opens with a person's name and their body's after it ("Daniel Fischer (DLR) and Yuki Tanaka
    (JAXA)" under "Edited by"): a row of people, which the authorship rules read, not one of bodies."""
    m = PERSON_OPENS_RE.match(sentence.line.text)
    # the body right after the name when no mark sets it apart: a row "Wojciech Zielinski POLSA Leila Ahmadi CSA"
    body_next = m is not None and any(o.start == m.end() and o.entity.type in ORG_LIKE for o in sentence.mentions)
    return m is not None and (m.group().rstrip()[-1] in "(,–—|" or body_next) \
        and not any(o.start < m.end(1) for o in sentence.mentions) \
        and not any(ctx.rec.gazetteer.lookup(w) is not None or NOT_PERSON_WORD_RE.fullmatch(w) for w in m.group(1).split())


def _credits(ctx: Context, caption: str, opens: re.Match) -> bool:
    """Whether a list's caption credits its bodies with the document: not one naming a meeting ("Participants at the
    Tokyo meeting": who attended), nor bodies taking part in something else ("Agencies participating in lunar
    missions", "contributed modules to the Gateway"); in an annual report, only a word of writing ("Contributing
    agencies"): its participating agencies are the body's members."""
    if ATTENDED_CAPTION_RE.search(caption):
        return False
    other = TAKES_PART_IN_RE.match(caption, opens.end())
    if other and not WORK_WORD_RE.search(caption, other.start(1)):  # "... in ISECG and contributing to this roadmap"
        return False
    return ctx.series.genre not in REPORT_GENRES or WRITING_CAPTION_RE.search(caption) is not None


def _participant_row(ctx: Context, state: State, sentence: Sentence) -> bool:
    table = state.participants
    # A row may hold two when the layout ran them together ("... Korea 2007 LSA Luxembourg Space Agency ..."); a line
    # of numbered items run together is cut into its items ("9. NASA (United States) 10. NSAU (Ukraine)")
    text = sentence.text if re.match(r"\d{1,2}[.)]\s", sentence.text) else sentence.line.text
    if sentence.text != text or len(text.split()) > 24 or text.endswith("."):
        return False
    if MARKDOWN_RULE_RE.fullmatch(text):  # "|---|---|" under a Markdown table's header
        return True
    below = ctx.text.next_line(sentence.line)
    if text.startswith("|") and below is not None and MARKDOWN_RULE_RE.fullmatch(below.text):
        return True  # the header over that rule ("| Name | Title | Agency |"): the columns' names, no body
    if _person_opens(ctx, sentence):  # "Daniel Fischer (DLR) and Yuki Tanaka (JAXA)" under "Edited by": people
        return False
    text = " ".join(c.strip() for c in text.strip("|").split("|")) if text.startswith("|") else text  # its cells
    orgs = [e for e in _orgs(sentence) + run_on_bodies(ctx, sentence.line) if ctx.body is None or e.iri != ctx.body.iri]
    if not orgs and (new := new_body_item(ctx, text, sentence.evidence())) is not None:
        orgs.append(new)  # a body no reference list has, in full: "Hellenic Space Center (HSC)"
    if not orgs and not table["rows"]:
        header = bool(re.fullmatch(r"(?:No\.?\s+|#\s+)?[A-Z](?:[\w ]|\(s\)){0,40}", text))  # "No. Agency Country", "Delegate(s)"
        if header and SINCE_COLUMN_RE.search(text):  # "Acronym Agency Country ISECG member since"
            table["since"], table["body"] = True, table["body"] or _body(ctx, sentence)
        if header and HARDWARE_COLUMN_RE.search(text):
            table["credit"] = False
        return header
    if PROSE_VERB_RE.search(text):
        return False
    # a body no reference list has, acronym first: "NSAU Ukraine", "10. NSAU"; not the words of a heading set in
    # capitals after the table ("MAIN FINDINGS")
    capitals = sentence.line.heading and len(text.split()) > 1 and text.isupper()
    if table["rows"] and not capitals:
        known = [(m.start, m.end) for m in ctx.rec.gazetteer.find(text)]  # (not a known name's first word: "PT Space")
        for found in re.finditer(r"(?:^|\d\.\s+)([A-Z]{2,6})\b", text):
            acronym = found.group(1)
            if ctx.rec.gazetteer.lookup(acronym) is None and not any(a <= found.start(1) < b for a, b in known):
                orgs.append(ctx.rec.define(acronym, "Organization", sentence.evidence(), acronym=acronym,
                                           rule="participants", confidence=0.7))
    if not orgs:
        if len(text.split()) > 6:
            return False
        # the rest of a row's cells, wrapped ("Research Organisation (Australia)", "Thailand 2020")
        if table.get("pending") is not None and (year := YEAR_CELL_RE.search(text)):
            _member_since(ctx, table, table.pop("pending"), year.group(), sentence.evidence())
        return True
    table["rows"] += 1
    evidence = sentence.evidence()
    years = {org.iri: year for org, year in _row_years(sentence, orgs)}
    if table.get("since") and table["body"] is not None and _group_rows(ctx, table, sentence, orgs, evidence):
        return True
    for org in orgs:
        if ctx.series.genre in RECORD_GENRES:  # a meeting's record lists who attended the meeting, not who wrote
            if ctx.events.record is not None:
                ctx.rec.fact(ctx.events.record.iri, "schema:attendee", org.iri, "participants", 0.8, evidence)
        elif table.get("credit", True):
            ctx.participants.append((org, evidence))
            ctx.rec.fact(ctx.series.iri, "dcterms:creator", org.iri, "participants", 0.85, evidence)
        if table["body"] is not None and table.get("since"):
            if years.get(org.iri):
                _member_since(ctx, table, org, years[org.iri], evidence)
            else:  # none yet: in the row's wrapped cells
                table["pending"] = org
        elif table["body"] is not None:
            membership(ctx, org, table["body"], evidence, "participants", 0.8, period=ctx.series.date or None)
    return True


MARKDOWN_RULE_RE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")


def _group_rows(ctx: Context, table: dict, sentence: Sentence, orgs: list[Entity], evidence: Evidence) -> bool:
    """Rows of a working group's participants ("Technology Working Group (TWG) DLR, CNES, KARI 2012"), one or more a
    line: each agency takes part in the group named before it since the row's year, and is a member of the body the
    group is of (since when, the row does not say)."""
    text = sentence.line.text
    groups = sorted((m for m in sentence.mentions if m.entity.type in ("WorkingGroup", "Team")), key=lambda m: m.start)
    named = sorted((m for m in sentence.mentions if m.entity in orgs), key=lambda m: m.start)
    if not groups or not named or named[0].start < groups[0].start:
        return False
    for m in named:
        group = [g for g in groups if g.end <= m.start][-1]
        limit = min((g.start for g in groups if g.start > m.end), default=len(text))
        year = YEAR_CELL_RE.search(text, m.end, limit)
        membership(ctx, m.entity, group.entity, evidence, "participants", 0.8, start=year.group() if year else None)
        membership(ctx, m.entity, table["body"], evidence, "participants", 0.8)
    return True


def _member_since(ctx: Context, table: dict, org: Entity, year: str, evidence: Evidence) -> None:
    membership(ctx, org, table["body"], evidence, "participants", 0.8, start=year)


def _row_years(sentence: Sentence, orgs: list[Entity]) -> list[tuple[Entity, str | None]]:
    """Each organisation of a table row with the year cell after its name, before the next one's name (a
    line may hold two rows the layout ran together: "... Australia 2007 6 German Aerospace Center (DLR) ...");
    in a row that opens with its year ("2015 UAE Space Agency (UAESA) United Arab Emirates 2019 ..."), the
    year cell before its name, after the previous one's, or the year of the name listed before it ("2018 ASA, LSA")."""
    text = sentence.line.text
    mentions = sorted((m for m in sentence.mentions if m.entity in orgs), key=lambda m: m.start)
    year_first = YEAR_CELL_RE.match(text) is not None
    found: list[tuple[Entity, str | None]] = []
    for org in orgs:
        own = next((m for m in mentions if m.entity == org), None)
        begin, end = (own.start, own.end) if own else (0, 0)
        if year_first:
            after = max((m.end for m in mentions if m.end <= begin and m.entity != org), default=0)
            years = YEAR_CELL_RE.findall(text, after, begin)
            # "2018 ASA, LSA": the names listed after one year cell share it
            listed = found and re.fullmatch(r"\s*(?:,|and|&|,\s*and|;)\s*(?:the\s+)?", text[after:begin])
            found.append((org, years[-1] if years else found[-1][1] if listed else None))
            continue
        limit = min((m.start for m in mentions if m.start > begin and m.entity != org), default=len(text))
        year = YEAR_CELL_RE.search(text, end, limit)
        # the whole date the year ends or opens, when the cell gives one ("2019-06-04", "15 March 2021")
        full = next((d.start for d in find_dates(text[end:limit]) if year and d.pos[0] <= year.start() - end < d.pos[1]
                     and d.start.startswith(year.group())), None)
        found.append((org, full or (year.group() if year else None)))
    return found


# A member table's last column of the person who leads each member's delegation ("... Joined Head of delegation")
DELEGATE_COLUMN = r"(?:[Hh]ead\s+of\s+(?:the\s+)?delegation|[Dd]elegation\s+head|[Dd]elegate|[Rr]epresentative)"
DELEGATE_COLUMN_RE = re.compile(rf"{DELEGATE_COLUMN}$")
# A member table's column header: "Agency Country Joined", "# Agency Country Member since", "Acronym Member
# organisation Year of accession", "Agency Country Admitted", "Acronym Agency Country Participating since".
SINCE_HEADER_RE = re.compile(r"^(?:#|No\.?)?\s*(?:Acronym\s+|Country\s+)?(?:Member\s+)?(?:Agency|Agencies|Organi[sz]ation|Member)\b"
                             r"[A-Za-z ]{0,40}?\b(?:ISECG\s+)?(?:(?:[Mm]ember|[Pp]articipating|[Pp]articipant|[Aa]ctive) since|[Jj]oined|Year joined|[Dd]ate (?:joined|of "
                             r"(?:joining|accession|admission))|Year of (?:joining|accession|admission)|(?:Year\s+)?[Aa]dmitted|Accession|Since)"
                             rf"(?:\s+ISECG)?(?:\s+{DELEGATE_COLUMN})?$"
                             # the year column first: "Year joined Agency", "Member since Agency Country"
                             r"|^(?:#|No\.?)?\s*(?:ISECG\s+)?(?:[Mm]ember since|Joined|Year joined|Year of (?:joining|accession|admission)|"
                             r"(?:Year\s+)?[Aa]dmitted|Accession|"
                             r"Since)\s+(?:Member\s+)?(?:Agency|Agencies|Organi[sz]ation|Member)\b[A-Za-z ]{0,40}$")


# The words of joining, in a table's caption or heading ("Accessions during 2020", "NEW MEMBERS") or a list's label
# ("Admitted in 2019:", "By year of accession:").
JOINING_WORD_RE = re.compile(r"\b(?:accessions?|admissions?|admitted|joined|joining|newcomers|enlargement|new\s+(?:members?|"
                             r"member\s+agencies|participants)|members\s+(?:joined|admitted))\b", re.I)
# A caption over the joinings year by year: "ISECG membership history", "Growth of the membership", "Membership by year".
HISTORY_CAPTION_RE = re.compile(r"\bmembership\s+(?:history|growth|evolution|by\s+year)\b|\b(?:growth|history|evolution)\s+"
                                r"of\s+(?:the\s+|its\s+)?(?:[A-Z]+\s+)?membership\b", re.I)
# A table of the members that joined, by its caption ("Table 1. Accessions during 2020", "New member agencies,
# 2019–2021") or its header ("Admitted Agency Member no.", "Agency Date of accession").
RANK_REMARK_RE = re.compile(rf"\b{_RANKED}", re.I)
PROSE_BEFORE_TABLE = 2  # lines of prose a heading may have before its table starts
JOINING_COLUMN_RE = re.compile(r"\b(?:admitted|joined|accession|admission|date(?:\s+of\s+(?:joining|accession|admission))?|"
                               r"since|when)\b", re.I)
# "Member no.": its rank; "Total": the members after it joined, the same count
RANK_COLUMN_RE = re.compile(r"\b(?:member\s+)?(?:no\.|number|rank|order|total)(?:\s|$)|#", re.I)
DATE_COLUMN_RE = re.compile(r"^(?:#\s+)?(?:year|date|period)\b", re.I)
JOINING_HEADER_WORDS = 16  # a longer line with no caption above is prose, not a table's header
ORG_COLUMN_RE = re.compile(r"\b(?:agency|agencies|organi[sz]ations?|member|body|name)\b", re.I)
JOINING_ROW_WORDS = 40  # a longer line is prose after the table (a row with remarks may be long)
JOINING_TABLE_LINES = 40  # at most this many lines of rows; a line of prose ends the table sooner


# A table of the body's member count year by year: a header naming a year column and a column of its members ("Year
# Number of members", "| Year | ISECG member agencies |", or "Year" and "Members" a cell per line), or a caption naming
# the membership by year ("Members by year", "Growth of ISECG membership"); then rows "2019 20" (or a cell per line).
COUNT_COLUMN = r"(?:(?:the\s+)?(?:total\s+)?number\s+of\s+|total\s+)?(?:(?-i:[A-Z]{2,})\s+)?(?:members|membership|member\s+" \
               r"(?:agencies|organi[sz]ations|count)|agencies\s+in\s+[A-Z]{2,})(?:\s*\((?:number|total|count|(?:at\s+)?" \
               r"(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?year|year-end|(?:as\s+of\s+)?31\s+December)\)|" \
               r"\s+(?:at|on|as\s+(?:at|of))\s+(?:31\s+December|(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?year))?"
# The other columns a header may name beside the count ("Year Members New members", "Year New members Total members").
OTHER_COLUMN = r"new\s+(?:members|member\s+agencies|agencies)|(?:members\s+)?(?:joined|admitted|left)|accessions|" \
               r"departures|(?:net\s+)?change(?:\s+(?:on|from|since|over)\s+(?:the\s+)?(?:previous|last|prior)\s+(?:row|year))?|" \
               r"[A-Za-z]+"
COLUMN_RE = re.compile(rf"\s*(?:(?P<new>new\s+(?:members|member\s+agencies|agencies))|(?P<count>{COUNT_COLUMN})|"
                       rf"(?P<other>{OTHER_COLUMN}))(?=\s|$)", re.I)
YEAR_COLUMN = r"(?:year|date|as\s+of|end\s+of\s+year|year-end)"
COUNT_HEADER_RE = re.compile(rf"^{YEAR_COLUMN}\s+(?P<cols>\S.*)$", re.I)
YEAR_HEAD_CELL_RE = re.compile(rf"^{YEAR_COLUMN}$", re.I)
COUNT_CELL_RE = re.compile(rf"^{COUNT_COLUMN}$", re.I)
COUNT_CAPTION_RE = re.compile(r"\b(?:members|membership|member\s+(?:agencies|organi[sz]ations))\s+(?:by|per|each)\s+year\b|"
                              r"\b(?:growth|evolution|history|development)\s+of\s+(?:the\s+|its\s+)?(?:[A-Z]+\s+)?"
                              r"membership\b|\bmembership\s+(?:growth|evolution|history|over\s+(?:time|the\s+years))\b", re.I)
# A row: its year or date, then its cells of numbers, in digits or words ("2007 14", "31 Dec 2021 26", "2007 fourteen").
_ROW_YEAR = r"^(?P<y>(?:[\w.,]+\s+){0,2}?(?:19|20)\d\d)"
COUNT_ROW_RE = re.compile(_ROW_YEAR + r"(?P<n>(?:\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)){1,5})$")
# A list item under such a caption: "- end of 2019 — 20 agencies", "- 2020: 24 members".
COUNT_ITEM_RE = re.compile(r"^\W*(?P<y>[\w\-., ]{0,20}?(?:19|20)\d\d)\s*(?:[—–:]|\s-)\s*(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+"
                           r"(?:(?:space|member)\s+)?(?:agencies|members|organi[sz]ations)\.?$", re.I)
# ... or its count, then remarks in words ("2015 15 United Arab Emirates Space Agency joins").
COUNT_LEAD_ROW_RE = re.compile(_ROW_YEAR + r"\s+(?P<n>\d{1,3})(?:\s+(?![\d–-])\S.*)?$")
# ... and such a row run on after another's remark: its year (not one a preposition names: "in 2019 12 agencies"), its
# count, its remark's first word
JOINED_COUNT_ROW_RE = re.compile(r"(?<![,;:])\s(?P<y>(?:19|20)\d\d)\s+(?P<n>\d{1,3})\s+(?=[A-Za-z])")
YEAR_NAMED_BEFORE_RE = re.compile(r"\b(?:in|on|of|by|to|at|from|since|until|after|before)\s$", re.I)
MAX_COUNT_COLUMNS = 5
# A row's date cell that a PDF wrapped onto lines of its own, its count on the line after ("End of 2019" / "20"; "11
# Feb." / "2025" / "33"): each part of the date, gathered until the count.
DATE_CELL_RE = re.compile(rf"(?=\S)(?:(?:the\s+)?(?:end|close)\s+of\s+)?(?:[0-3]?\d\s+)?(?:{MONTH_FORM}\s*)?(?:(?:19|20)\d\d)?", re.I)
END_OF_RE = re.compile(r"(?:the\s+)?(?:end|close)\s+of\s+", re.I)
# The remark after the count of a table with no remarks column ("May 2007 14 founding agencies"): a few words, no
# sentence ("2037 12 agencies are expected to meet" is prose after the table)
ROW_REMARK_WORDS = 6
SECTION_YEAR_RE = re.compile(r"(?:(?:highlights|review|events|activities|the\s+year)\s+(?:of|in)\s+)?(?P<y>(?:19|20)\d\d)"
                             r"(?:\s+(?:highlights|in\s+review|review|activities|events|at\s+a\s+glance))?", re.I)


def _count_column(header: str) -> tuple[int, int, bool] | None:
    """(index of the member count's column, number of columns, whether the columns after it are remarks) after a
    header's year column: "Number of members" -> (0, 1, False), "Members New members" -> (0, 2, False), "New members
    Total members" -> (1, 2, False), "Members Change" -> (0, 2, True); None when no column counts the members or the
    header names more than a few."""
    if re.search(r"\b(?:present|attending|attended|represented|participating|contributing|invited)\b", header, re.I):
        return None  # a meeting's attendance
    cols, at = [], 0
    while at < len(header) and len(cols) <= MAX_COUNT_COLUMNS:
        m = COLUMN_RE.match(header, at)
        if m is None or m.end() == at:
            return None
        cols.append(m.lastgroup)
        at = m.end()
    if "count" not in cols or len(cols) > MAX_COUNT_COLUMNS:
        return None
    index = cols.index("count")
    return index, len(cols), index < len(cols) - 1 and all(c == "other" for c in cols[index + 1:])
COUNT_YEAR_END_RE = re.compile(r"\b(?:end|close)\s+of\b|\byear-end\b|\b31\s+December\b|\bDecember\s+31\b", re.I)


# A news item's dateline: its town in capitals, its day, a dash ("THE HAGUE, 14 April 2009 — ").
NEWS_DATELINE_RE = re.compile(r"\s*[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3},\s*[^,;.—–]{6,30}?\s*(?:--|—|–)\s")


def datelined(ctx: Context, state: State, sentence: Sentence) -> None:
    """A line opening with a dateline ("THE HAGUE, 14 April 2009 — The ...") dates its item (Context.item_date), up to
    the next heading."""
    line = sentence.line
    if sentence.offset != line.offset:
        return None
    if line.heading:
        ctx.item_date = None
    dateline = NEWS_DATELINE_RE.match(line.text)
    dates = find_dates(line.text[:dateline.end()]) if dateline else []
    if dates and len(dates[0].start) == 10:
        ctx.item_date = dates[0].start
    return None


# A chronology whose last column counts the members ("Year Month Type Entry Members"): each row opens with its year and
# month, at a line's start or after the row before ends ("... (covering 2007). 2008 July Decision ..."); its count
# ends it, after the entry's last stop (before the next row on the line: "... (ASA). 16 2019 May Join ..."), or stands on
# a line of its own when the entry wrapped.
CHRONICLE_ROW_RE = re.compile(r"(?:^|(?<=[.;)]\s)|(?<=[.;)]\s\d\s)|(?<=[.;)]\s\d\d\s)|(?<=[.;)]\s\d\d\d\s))"
                              rf"(?P<y>(?:19|20)\d\d)(?:\s+(?P<m>{'|'.join(MONTH_NAMES)}))?\b")
TRAILING_COUNT_RE = re.compile(r"[.;)]\s+(?P<n>\d{1,3})\s*$")  # searched up to the next row
CHRONICLE_MIN_COLUMNS = 3  # the year, a text column or more, the count last


def _chronicle_row(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A line of a chronology with a member count column (CHRONICLE_ROW_RE): the count of each row that has one at its
    month (or year). Only a count on its own line is used up; a row's entry stays for the rules reading sentences. A
    line that opens no row (prose after the table) ends it."""
    table = state.count_table
    if sentence.offset != sentence.line.offset:
        return False  # one reading per line
    text = unpiped(sentence.line.text.strip())
    if re.fullmatch(r"\d{1,3}", text):
        if table.get("row"):
            member_count(ctx, table["body"], int(text), table["row"], sentence.evidence(), "member-count-table")
        return True
    rows = list(CHRONICLE_ROW_RE.finditer(text))
    if not rows or rows[0].start() != 0:
        state.count_table = None
        return False
    for row, after in zip(rows, rows[1:] + [None]):
        month = row.group("m")
        table["row"] = f"{row.group('y')}-{MONTHS[month[:3].lower()]:02d}" if month else row.group("y")
        count = TRAILING_COUNT_RE.search(text, row.end(), after.start() if after else len(text))
        if count and month:
            member_count(ctx, table["body"], int(count.group("n")), table["row"], sentence.evidence(),
                         "member-count-table")
    return False


# The rows of a count table run on after its header: each a year, the count and the other cells up to the next year
# ("Year Members at 31 December Change 2007 14 — 2008 14 0 2011 14 * 0 2015 15 +1")
RUN_ON_ROW_RE = re.compile(r"\s(?P<y>(?:19|20)\d\d)\s+(?P<n>\d{1,3})(?=\s|$)(?P<rest>(?:(?!\s(?:19|20)\d\d\s+\d{1,3}(?:\s|$)).)*)")


def _run_on_rows(ctx: Context, text: str, at: int, column: tuple[int, int, bool], evidence: Evidence) -> None:
    """Each row of ``text`` from ``at`` (RUN_ON_ROW_RE): the count in the header's count column, at its year (its
    December when the header names the year's end)."""
    index, width, _ = column
    end = COUNT_YEAR_END_RE.search(text, 0, at) is not None
    if index == width - 1 and width >= CHRONICLE_MIN_COLUMNS:
        return  # a chronology's count ends its row, after the entry's words: not read run on
    for row in RUN_ON_ROW_RE.finditer(text, at):
        cells = [row.group("n"), *re.findall(r"(?<!\S)[+\-−–]?\d{1,3}(?!\S)", row.group("rest"))]
        if len(cells) > index and cells[index].isdigit():
            year = row.group("y")
            member_count(ctx, ctx.body, int(cells[index]), f"{year}-12" if end else year, evidence, "member-count-table")


def count_table(ctx: Context, state: State, sentence: Sentence) -> bool:
    """Rows of a table of the body's member count by year, each a count at its year (its December when the header
    or caption says the year's end): the header and rows are used up here; a caption is left to the other rules."""
    text = unpiped(sentence.line.text.strip())
    table = state.count_table
    if table is not None and table.get("chronicle"):
        return _chronicle_row(ctx, state, sentence)
    if sentence.line.heading and sentence.text.strip() == sentence.line.text.strip() and table is None:
        year = SECTION_YEAR_RE.fullmatch(text)  # a heading naming a year: the section's sentences tell of it
        state.section_year = year.group("y") if year else None
    if sentence.text.strip() != sentence.line.text.strip() or ctx.body is None:
        state.count_table = None
        return False
    if table is not None:
        if RULE_LINE_RE.fullmatch(sentence.line.text.strip()):
            return True
        if table["want"] == "column":  # "Year" alone: its column's name on the next line
            if COUNT_CELL_RE.match(text) and not names_a_group(sentence, 0, len(sentence.text)):
                table.update(want="rows", cells=True, end=table["end"] or bool(COUNT_YEAR_END_RE.search(text)))
                return True
            state.count_table = None
            return False
        item = COUNT_ITEM_RE.match(text) if table["want"] in ("header", "items") else None
        if item and number(item.group("n")) and len(dates := find_dates(item.group("y"))) == 1:
            year = dates[0].start  # "- end of 2019 — 20 agencies" under "Membership over time": the count then
            end = table["end"] or COUNT_YEAR_END_RE.search(item.group("y"))
            member_count(ctx, table["body"], number(item.group("n")), f"{year}-12" if end and len(year) == 4 else year,
                         sentence.evidence(), "member-count-table")
            table["want"] = "items"
            return True
        header = COUNT_HEADER_RE.match(text)
        column = _count_column(header.group("cols")) if header and table["want"] == "header" else None
        if column:
            table.update(want="rows", column=column, end=table["end"] or bool(COUNT_YEAR_END_RE.search(text)))
            return True
        if table.pop("open", False) and text.endswith(")") and "(" not in text and not re.search(r"\d", text):
            return True  # the rest of the row's remark ("2016 15 (UAE Space" / "Agency joins)")
        row = COUNT_ROW_RE.match(text)
        pending = table.get("year")
        if row is None and DATE_CELL_RE.fullmatch(text) and (pending is None or not re.search(r"(?:19|20)\d\d", pending)):
            table["year"] = f"{pending} {text}" if pending else text  # a date cell; its count on a later line
            return True
        if pending is not None and re.fullmatch(r"\d{1,3}", text):
            row = COUNT_ROW_RE.match(f"{table.pop('year')} {text}")
        index, width, remarks = table.get("column", (0, 1, False))
        cells = row.group("n").split() if row else []
        lead = COUNT_LEAD_ROW_RE.match(text) if len(cells) != width else None
        remark = text[lead.end("n"):].strip() if lead else ""
        if lead and (remarks and index == 0 or width == 1 and len(remark.split()) <= ROW_REMARK_WORDS
                     and not remark.endswith(".")):
            # "2019 20 including the Australian Space Agency"; "May 2007 14 founding agencies"
            row, cells = lead, [lead.group("n")] + [""] * (width - 1)
            table["open"] = remark.count("(") > remark.count(")")
        when = row.group("y") if row else ""
        end_of = END_OF_RE.match(when)
        dates = find_dates(when[end_of.end():] if end_of else when)
        if row and len(cells) == width and number(cells[index]) and len(dates) == 1 \
                and dates[0].pos == (0, len(when) - (end_of.end() if end_of else 0)):
            # a row's remark may run on into the rows after it, which the cleaner joined to it as wrapped prose
            # ("2019 20 including ... Agency 2020 24 four further agencies join ...")
            more = [(m.group("y"), m.group("n")) for m in JOINED_COUNT_ROW_RE.finditer(text, row.end("n"))
                    if not YEAR_NAMED_BEFORE_RE.search(text, 0, m.start() + 1)] if row.re is COUNT_LEAD_ROW_RE else []
            for year, count in [(dates[0].start, cells[index]), *more]:
                end = table["end"] or end_of
                member_count(ctx, table["body"], number(count), f"{year}-12" if end and len(year) == 4 else year,
                             sentence.evidence(), "member-count-table")
            table["want"] = "rows"
            return True
        state.count_table = None
        if table["want"] == "rows":
            return False
    if state.group_section or names_a_group(sentence, 0, len(sentence.text)):
        return False
    header = COUNT_HEADER_RE.match(text)
    column = _count_column(header.group("cols")) if header else None
    run = RUN_ON_ROW_RE.search(text) if header and column is None else None
    if run and (column := _count_column(text[header.start("cols"):run.start()])):
        _run_on_rows(ctx, text, run.start(), column, sentence.evidence())  # the rows the cleaner ran onto the header
    if column:
        index, width, _ = column
        state.count_table = {"body": ctx.body, "want": "rows", "column": column,
                             "end": bool(COUNT_YEAR_END_RE.search(text)),
                             "chronicle": index == width - 1 and width >= CHRONICLE_MIN_COLUMNS}
        return True
    if YEAR_HEAD_CELL_RE.match(text):
        state.count_table = {"body": ctx.body, "want": "column", "end": bool(COUNT_YEAR_END_RE.search(text))}
        return False
    if COUNT_CAPTION_RE.search(text) and len(text.split()) <= 12 and not text.endswith("."):
        state.count_table = {"body": ctx.body, "want": "header", "end": bool(COUNT_YEAR_END_RE.search(text))}
    return False


def joining_table(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A table of the members that joined, under its caption or heading: its lines gathered (a PDF wraps a row's
    cells over several, or runs two rows together), then each organisation named a member of the document's body
    from the date in its row — the date before it when the header puts the date column first, else the date after
    it; its member number, in a column or a remark ("became the 25th member"), the count then.  The rows are used
    up here: two rows a PDF ran together would give another row's date to the rules reading sentences."""
    text = sentence.line.text
    table = state.accessions
    if table is None:
        # a caption naming joining anywhere; a heading only opening with it ("NEW MEMBERS", not "Agency Country Joined")
        opens = TABLE_CAPTION_RE.match(text) and (JOINING_WORD_RE.search(text) or HISTORY_CAPTION_RE.search(text)) \
            or sentence.line.heading and JOINING_WORD_RE.match(text)
        if ctx.body is not None and sentence.text == text and opens:
            dates = find_dates(text)
            state.accessions = {"body": ctx.body, "year": int(dates[-1].start[:4]) if dates else ctx.doc.year,
                                "lines": [], "date_first": None, "ranked": False, "line": sentence.line, "before": 0}
        elif ctx.body is not None and state.table is None and sentence.text == text and _joining_header(text):
            # a header with no caption above ("Period | Members at end | Agencies admitted in the period"; under a
            # members caption, the member table's rows): its date column first
            state.accessions = {"body": ctx.body, "year": ctx.doc.year, "lines": [], "date_first": True,
                                "ranked": False, "line": sentence.line, "before": 0}
            return True
        return False
    if sentence.line is table["line"]:
        return bool(table["lines"]) and table["lines"][-1].line is sentence.line  # the rest of a row's line
    table["line"] = sentence.line
    # a row's cells wrap into short lines with no full stop ("Fri 21 Feb." is an abbreviation)
    prose = text.endswith(".") and len(text.split()) > 4
    if prose and table["date_first"] is None and not table["lines"] and table["before"] < PROSE_BEFORE_TABLE:
        table["before"] += 1  # "Three accessions took place in 2021." between the heading and its table
        return False
    if prose or len(text.split()) > JOINING_ROW_WORDS or len(table["lines"]) >= JOINING_TABLE_LINES \
            or TABLE_CAPTION_RE.match(text):
        state.accessions = None
        _joined_rows(ctx, table)
        return False
    column = JOINING_COLUMN_RE.search(text)
    header = ORG_COLUMN_RE.search(text)
    # a header naming the date column, and the organisations' or the date's ("Year Joined Total")
    if table["date_first"] is None and not table["lines"] and column and (header or DATE_COLUMN_RE.search(text)) \
            and not find_dates(text):
        table["date_first"] = column.start() < header.start() if header else True
        table["ranked"] = bool(RANK_COLUMN_RE.search(text))
        return True
    table["lines"].append(sentence)
    return True


def _joining_header(text: str) -> bool:
    """A table's header line opening with its date column and naming the organisations that joined: "Period | Members at
    end of period | Agencies admitted in the period", "Year Agencies admitted" (not a row: no date, no full stop)."""
    header = unpiped(text)
    return len(header.split()) <= JOINING_HEADER_WORDS and not header.endswith(".") and not find_dates(header) \
        and DATE_COLUMN_RE.match(header) is not None and JOINING_WORD_RE.search(header) is not None \
        and ORG_COLUMN_RE.search(header) is not None


# Joinings listed by date: "By year of accession:" then "2015: the UAE Space Agency (UAESA), ...", "Admitted in 2019:
# A; B and C.", "2020: D; E", "Two new members in 2019: A and B", "Agencies that joined in 2020: C, D": each
# organisation after a date label joined then.
DATE_LABEL_RE = re.compile(r"^\W*(?P<cue>(?:[A-Za-z]+\s+){0,3}?(?:in\s+)?)(?P<date>(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)"
                           r"\s*[:–—]\s+")


def joinings_by_date(ctx: Context, state: State, sentence: Sentence) -> None:
    text = sentence.text
    label = DATE_LABEL_RE.match(text)
    body = state.joinings_by_date or (ctx.body if label and JOINING_WORD_RE.search(label.group("cue")) else None)
    dates = find_dates(label.group("date")) if label else []
    if label and body is not None and dates:
        evidence = sentence.evidence()
        for org in _orgs(sentence, label.end()):
            membership(ctx, org, body, evidence, "joined-by-date", 0.85, start=dates[0].start)
        state.joinings_by_date = body
        return
    state.joinings_by_date = ctx.body if text.rstrip().endswith(":") and JOINING_WORD_RE.search(text) else None


def finish_accessions(ctx: Context, state: State) -> None:
    """A table of those that joined still open at the document's end."""
    if state.accessions is not None:
        _joined_rows(ctx, state.accessions)
        state.accessions = None


def _joined_rows(ctx: Context, table: dict) -> None:
    rows = table["lines"]
    text, starts = "", []
    for row in rows:  # a row's cells wrap over lines: joined, but a lone number cell ("22") kept off the next date
        starts.append(len(text))
        text += f"| {row.line.text} | " if re.fullmatch(r"\d{1,3}", row.line.text) else row.line.text + " "
    orgs: list[list] = []  # [entity, start, end]: a body named twice in a row ("Norwegian Space Agency (NOSA)") once
    for m in ctx.rec.gazetteer.find(text):
        if m.entity.type == "Organization" and m.entity is not table["body"]:
            if orgs and orgs[-1][0] is m.entity:
                orgs[-1][2] = m.end
            else:
                orgs.append([m.entity, m.start, m.end])
    dates = [d for d in find_dates(text, default_year=table["year"]) if len(d.start) >= 4]
    if not orgs or not dates:
        return
    date_first = table["date_first"]
    if date_first is None:  # no header read: the first row says which comes first
        date_first = dates[0].pos[0] < orgs[0][1]
    shared = None
    for i, (org, start, end) in enumerate(orgs):
        low = orgs[i - 1][2] if i else 0
        high = orgs[i + 1][1] if i + 1 < len(orgs) else len(text)
        own = [d for d in dates if low <= d.pos[0] < start] if date_first else \
            [d for d in dates if end <= d.pos[0] < high]
        row = rows[max(j for j, at in enumerate(starts) if at <= start)]
        if not own and date_first and i and shared and shared[0] is row:
            own = [shared[1]]  # "- 2019: A, B": B in the row of A's date
        # the member's own year in brackets after it wins over its row's period ("2008–2016 | 15 | UAESA (2015)")
        bracketed = next((d for d in dates if re.fullmatch(r"\s*\(\s*", text[end:d.pos[0]])), None)
        own = [bracketed] if bracketed else own
        if not own:
            continue
        date = own[-1] if date_first else own[0]
        shared = (row, date)
        start = _cell_start(text, dates, date)
        if start is None:  # "2017–2019 | ISA, NOSA": each joined some time in the window, none knows when
            continue
        membership(ctx, org, table["body"], row.evidence(), "joining-table", 0.85, start=start)
        # the number cell last in its row: before a cell rule, the end, or the next row's opening date
        cell = re.search(r"(?:^|\s|\|)(\d{1,3})\s*(?:\||$|(?=(?:19|20)\d\d\b))", text[end:high]) if table["ranked"] else None
        said = RANK_REMARK_RE.search(text, end, high)  # "became the group's twenty-fifth member"
        rank = number(cell.group(1)) if cell and not any(d.pos[0] <= end + cell.start(1) < d.pos[1] for d in dates) \
            else number(said.group(1)) if said else None
        if rank:
            member_count(ctx, table["body"], rank, date.start, row.evidence(), "joining-table")


def _cell_start(text: str, dates: list[DateSpan], date: DateSpan) -> str | None:
    """When a joining dated by a row's date cell began: the date (a meeting's first day: "10–11 May 2021"), or of a
    window over months or years ("1 Jan – 1 Jul 2021", "2017–2019") what its two ends share ("2021"; none)."""
    before = next((d for d in dates if d.pos[1] < date.pos[0] and re.fullmatch(r"\s*[–—-]\s*", text[d.pos[1]:date.pos[0]])),
                  None)
    first, last = (before.start, date.start) if before else (date.start, date.end)
    if not last:
        return first
    return first if first[:7] == last[:7] else first[:4] if first[:4] == last[:4] else None


# A header cell's aside on what it holds: "(full name)", "(year)", "(acronym)".
HEADER_ASIDE_RE = re.compile(r"\s*\([a-z][A-Za-z ,/]{0,30}\)")
# The end of a header's last cell a PDF wrapped onto a line of its own: "since", "joined", "of accession".
WRAPPED_HEADER_CELL_RE = re.compile(r"[a-z]+(?: [a-z]+){0,2}")
# A Markdown table's line of cells ("| Agency | Country | Joined |") and the rule under its header ("|---|:---:|").
PIPE_RE = re.compile(r"\s*\|\s*")
RULE_LINE_RE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")


def unpiped(text: str) -> str:
    """A line of a Markdown table as a PDF would give its cells: "| Agency | Joined |" -> "Agency Joined"; also one
    written without the outer pipes ("Agency | Country | Since")."""
    return PIPE_RE.sub(" ", text).strip() if text.startswith("|") or " | " in text else text


# A row's standing cell, the last of the row: "ASI 6 Member (host)", "| CSA | 3 | Member |"; not "Former member",
# "Member since 2007" (read by the member-since rules) nor a member of a person's ("Member, Science Working Group").
STANDING_MEMBER_RE = re.compile(r"(?<![\w\-])(?<!(?i:former) )(?<!(?i:associate) )(?<!(?i:non) )"
                                r"(?:Member|member)(?:\s*\([^()]{1,30}\))?\s*$")
MAX_STANDING_ROW_WORDS = 14


def member_standing_row(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A table row giving one organisation the standing of member in its last cell ("ASI 6 Member (host)", "|
    Roscosmos | 2 | Member |"; an attendance table with a status column): a member of the body of the section (a
    group its heading names) or of the document's body, at the document's date.  Rows are not used up: the attendance
    and event rules read them too."""
    text = unpiped(sentence.line.text)
    if sentence.text != sentence.line.text or len(text.split()) > MAX_STANDING_ROW_WORDS \
            or not STANDING_MEMBER_RE.search(text):
        return False
    owner = sentence.owner
    body = owner if owner is not None and (owner.type in ("WorkingGroup", "Team") or BODY_RE.search(owner.label)) \
        else ctx.body
    if body is None:
        return False
    orgs = {m.entity.iri: m.entity for m in sentence.mentions if m.entity.type == "Organization" and m.entity.iri != body.iri}
    if len(orgs) == 1:
        membership(ctx, next(iter(orgs.values())), body, sentence.evidence(), "member-standing-row", 0.85,
                   period=ctx.series.date or (str(ctx.doc.year) if ctx.doc.year else None))
    return False


def member_since_header(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A table's header line with a member-since column and no caption read above it ("Agency Country
    Joined"): the rows below are members of the document's body since their year."""
    text = sentence.line.text
    if state.table is not None or state.participants is not None or ctx.body is None or sentence.text != text:
        return False
    header, tail = HEADER_ASIDE_RE.sub("", unpiped(text)), None  # "Agency (full name) Acronym Country Member since"
    if not SINCE_HEADER_RE.match(header):  # the last cell a PDF wrapped below ("... Country Member" / "since")
        tail = ctx.text.next_line(sentence.line)
        if tail is None or not WRAPPED_HEADER_CELL_RE.fullmatch(tail.text) \
                or not SINCE_HEADER_RE.match(f"{header} {tail.text}"):
            return False
    state.table = {"org": ctx.body, "period": None, "country": None, "rows": 0, "members": set(), "since": True,
                   "evidence": None, "all": False, "tail": tail,  # not said to be all the members: no count
                   "delegates": DELEGATE_COLUMN_RE.search(header if tail is None else tail.text) is not None}
    return True


# A row naming a body no list has and its year after, its acronym first ("NSSA National Space Science Agency
# Bahrain 2022", "KSA Kenya Space Agency 2023") or after the name ("National Space Agency of Ukraine NSAU Ukraine 2007").
_ROW_NAME = r"(?P<name>(?:[A-Z][\w\-]+\s+(?:(?:of|for|and)\s+)?){1,5}(?:Agency|Administration|Centre|Center|Office|Institute|" \
            r"Organi[sz]ation|Authority)(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]+)?)"
_ROW_ACRONYM = r"(?P<acronym>[A-Z][A-Za-z]{0,4}[A-Z])"
NEW_ROW_BODY_RES = [re.compile(rf"{_ROW_ACRONYM}\s+{_ROW_NAME}\b"), re.compile(rf"{_ROW_NAME}\s+{_ROW_ACRONYM}\b")]


def _new_row_body(ctx: Context, text: str, evidence: Evidence) -> Entity | None:
    m = next((m for pattern in NEW_ROW_BODY_RES if (m := pattern.match(text))), None)
    # (the acronym the initials of the name's words: not a name's last word taken for one)
    initials = "".join(w[0] for w in m.group("name").split() if w[0].isupper()) if m else ""
    if m is None or ctx.rec.gazetteer.lookup(m.group("name")) is not None \
            or not initials.startswith(m.group("acronym")[0]) or m.group("acronym").upper()[-1] not in initials:
        return None
    return ctx.rec.define(m.group("name"), "Organization", evidence, acronym=m.group("acronym"), rule="member-table",
                          confidence=0.7)


def member_since_row(ctx: Context, table: dict, sentence: Sentence) -> bool:
    """A row (or two run together) of a member table with a since column: each organisation a member
    of the table's body from its year; a row whose year cell wrapped gets it from the next line."""
    text = sentence.line.text
    if sentence.line is table.get("tail"):  # the header's wrapped cell
        return True
    # a long line is rows run together only when years are as dense as cells of rows ("2007, founder NASA United
    # States 2007, founder ESA Europe ...")
    words = len(text.split())
    long = words > MAX_ROW_WORDS and len(YEAR_CELL_RE.findall(text)) * WORDS_PER_YEAR_CELL < words
    if sentence.text != text or long or PROSE_VERB_RE.search(text) or text.endswith("."):
        return False
    orgs = [e for e in _orgs(sentence) if e.iri != table["org"].iri]
    evidence = sentence.evidence()
    if RULE_LINE_RE.fullmatch(text):  # a Markdown table's rule under its header ("|---|---|")
        return True
    if not orgs and YEAR_CELL_RE.search(text) and (new := _new_row_body(ctx, unpiped(text), evidence)) is not None:
        orgs = [new]
    if not orgs:  # the rest of a row's cells, wrapped ("Agency", "Thailand 2020"); else not a row
        year = YEAR_CELL_RE.search(text)  # (a short row of cells may read as a heading: "France 2007 Mr. Ian Bell")
        cells = text[:year.end()] if year and table.get("delegates") else text  # a delegate's name after its year
        if sentence.line.heading and not year or table.get("pending") is None or len(cells.split()) > 6:
            return False
        if year:  # the whole date when the cell gives one ("Jun. 2015")
            full = next((d.start for d in find_dates(text) if d.pos[0] <= year.start() < d.pos[1]), year.group())
            membership(ctx, table.pop("pending"), table["org"], evidence, "member-table", 0.9, start=full)
        return True
    table["evidence"] = table.get("evidence") or evidence
    carry, table["carry"] = table.get("carry"), None
    if YEAR_CELL_RE.match(text):  # rows that open with their year: a year after the last name opens the next row
        last = max(m.end for m in sentence.mentions if m.entity in orgs)
        trailing = YEAR_CELL_RE.findall(text, last)
        table["carry"] = trailing[-1] if trailing else None
    table["row_org"] = orgs[-1]  # whose delegate a row's last cells name, a line or two below (rules_people.delegate_cells)
    for org, year in _row_years(sentence, orgs):
        if year is None and carry and not YEAR_CELL_RE.match(text):  # its year cell wrapped onto the line above
            year, carry = carry, None
        table["rows"] += 1
        table["members"].add(org.iri)
        if year:
            membership(ctx, org, table["org"], evidence, "member-table", 0.9, start=year)
        else:
            table["pending"] = org
    return True



# The verb before a list of the founders, which opens right after it: "The founding members were: A, B and C", "The
# founding members in 2007 included A".
FOUNDERS_LISTED_RE = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s+(?:were|are|included|include|comprised)\s*:?\s*(?=(?:the\s+)?[A-Z])")
FOUNDERS_LIST_END_RE = re.compile(r"[;]|,?\s+(?:but|while|whereas|which|who|whose|since|until)\s", re.I)


def founding_members(ctx: Context, state: State, sentence: Sentence) -> None:
    """"CSIRO, which was one of the group's founding members", "ASI, CNES and CSA were founding members of
    Y"; "its list of founding organisations" with no names: the document's participants list is that list
    (each a member of the body, and their number its member count at the document's date)."""
    m = FOUNDING_RE.search(sentence.text)
    if not m:
        return
    of = re.match(r"\s+of\s+(?:the\s+)?(\S+)", sentence.text[m.end():])
    body = chair_body(ctx, of.group(1)) if of else ctx.body
    if of and body is None and re.match(rf"\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){{0,4}}(?:{GENRE_WORDS})\b",
                                        sentence.text[m.end():], re.I):
        body = ctx.body  # "of the Global Exploration Strategy": the document the body grew from, not another body
    if body is None:
        return
    named = _orgs(sentence, 0, m.start())
    members = [e for e in _coordinated(sentence, named) if e.iri != body.iri]
    listing = FOUNDERS_LISTED_RE.match(sentence.text, of.end() + m.end() if of else m.end())
    if not named and listing:  # "Those founding agencies were A, B, ... and C": the list after the verb, to its clause's end
        stop = FOUNDERS_LIST_END_RE.search(sentence.text, listing.end())
        listed = {n.entity.iri: n.entity for n in sentence.mentions if n.entity.type == "Organization"
                  and listing.end() <= n.start < (stop.start() if stop else len(sentence.text))}
        members = [e for e in listed.values() if e.iri != body.iri]
    evidence = sentence.evidence()
    if members:
        # members since the body's founding, when the document told its year, else the year the phrase gives
        # ("the founding members in 2007", "the 2007 founding members")
        told = re.match(r"\s+in\s+((?:19|20)\d\d)\b", sentence.text[m.end():]) or \
            re.search(r"\b((?:19|20)\d\d)\s+$", sentence.text[:m.start()])
        since = (state.founded or (told.group(1) if told else None)) if body is ctx.body else None
        for member in members:
            membership(ctx, member, body, evidence, "founding-member", 0.8, start=since)
        return
    listed = list({org.iri: org for org, _ in ctx.participants if org.iri != body.iri}.values())
    if named or len(listed) < 2 or not re.search(r"\b(?:list|all|each)\b", sentence.text[:m.start()]):
        return
    for member in listed:
        membership(ctx, member, body, evidence, "founding-list", 0.75)
    if ctx.series.date:
        member_count(ctx, body, len(listed), ctx.series.date, evidence, "founding-list")


# "Fourteen agencies created it in 2007: A, B, ...", "the 14 that founded the group in 2007".
FOUNDERS_RE = re.compile(rf"\b(?P<n>{NUMBER[1:-1]})\s+(?:(?:space\s+)?(?:agencies|organi[sz]ations|members)\s+)?"
                        r"(?:that\s+|which\s+|who\s+)?(?:created|founded|established|set up|formed)\s+(?:it|the\s+\w+|"
                        r"[A-Z][\w\-]+)\s+in\s+(?P<year>(?:19|20)\d\d)\b", re.I)
# The passive: "The group was set up in 2007 by fourteen founding agencies", "ISECG was founded in 2007 by 14 agencies".
# And the apposition: "ISECG, founded in 2007 by 14 agencies, ...", the year after too: "founded by 14 agencies in 2007".
_FOUNDING = r"(?:founded|created|established|set\s+up|formed)"
FOUNDED_BY_RE = re.compile(rf"\b(?P<was>(?:was|were)\s+)?(?:{_FOUNDING}|launched)\s+(?:in\s+"
                           rf"(?P<year>(?:19|20)\d\d)\s+)?by\s+(?:the\s+|its\s+)?(?P<n>{NUMBER[1:-1]})\s+(?:founding\s+)?"
                           r"(?:space\s+)?(?:agencies|organi[sz]ations|members|founders)\b(?:\s+in\s+(?P<after>(?:19|20)\d\d)\b)?",
                           re.I)
# The same with the founders named and not counted: "ISECG was formed in 2031 by ASI, CNES and DLR", "ISECG, founded by
# ASI, CNES and DLR in 2031, ...".
FOUNDED_BY_LIST_RE = re.compile(rf"\b(?P<was>(?:was|were)\s+)?{_FOUNDING}\s+(?:in\s+"
                                r"(?P<year>(?:19|20)\d\d)\s+)?by\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# The strategy or framework the body grew out of, made by its founders: "the Framework for Coordination, released in May
# 2007 by fourteen space agencies", "the release of the strategy by 14 agencies", "the Strategy, which fourteen agencies
# agreed in May 2007" (not a roadmap or report a number of agencies wrote).
_MADE = r"(?:agreed|released|drafted|endorsed|adopted|signed|issued|published|prepared)"
OTHER_WORK = r"\b(?:roadmap|report|paper|supplement|edition|study)\b"
_NOT_ANOTHER_WORK = rf"(?:(?!{OTHER_WORK})[^.;])"
FRAMEWORK_BY_RE = re.compile(rf"\b(?:strategy|framework)\b(?:\s+by|{_NOT_ANOTHER_WORK}{{0,80}}?\b{_MADE}\s+"
                             rf"(?:in\s+[^,;.]{{1,25}}?\s+)?by)\s+(?:the\s+)?(?P<n>{NUMBER[1:-1]})\s+(?:space\s+)?agencies\b|"
                             rf"\b(?:strategy|framework)\b{_NOT_ANOTHER_WORK}{{0,80}}?\b(?:which|that)\s+(?P<m>{NUMBER[1:-1]})\s+"
                             rf"(?:space\s+)?agencies\s+(?:had\s+|have\s+)?{_MADE}\b|"
                             # the active voice, of a named work (not "adopted a strategy for ..."): "fourteen agencies
                             # agreed on a document called the Global Exploration Strategy"
                             rf"\b(?P<a>{NUMBER[1:-1]})\s+(?:space\s+)?agencies\s+(?:had\s+|have\s+|jointly\s+|together\s+)?{_MADE}"
                             rf"\s+(?:on\s+|to\s+)?(?:(?!{OTHER_WORK})[\w*’'-]+\s+){{0,6}}?\**(?-i:Strategy|Framework)\b", re.I)
# The same named work made by founders named and not counted: "the Global Exploration Strategy, drawn up in 2031 by ASI,
# CNES and DLR"; the active voice after the list: "ASI, CNES and DLR agreed the Global Exploration Strategy in 2031".
_DREW = rf"(?:{_MADE}|drawn\s+up|drew\s+up|developed|wrote|written)"
FRAMEWORK_BY_LIST_RE = re.compile(rf"\b(?-i:Strategy|Framework)\b{_NOT_ANOTHER_WORK}{{0,80}}?\b{_DREW}\s+(?:in\s+[^,;.]{{1,25}}?"
                                  r"\s+)?by\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# The same work the sentence before names ("The Global Exploration Strategy is released.") said of by a pronoun: "It was
# agreed by fourteen space agencies, among them A, B and C", "It had been drawn up by A, B and C" (WORK_BEFORE_RE).
IT_MADE_RE = re.compile(rf"^\W*(?-i:It|This)\s+(?:was|had\s+been)\s+(?:jointly\s+)?{_DREW}\s+(?:in\s+[^,;.]{{1,25}}?\s+)?"
                        rf"by\s+(?:the\s+)?(?:(?P<n>{NUMBER[1:-1]})\s+(?:space\s+)?agencies\b|(?=(?-i:[A-Z])))", re.I)
WORK_BEFORE_RE = re.compile(rf"^(?:(?!{OTHER_WORK})[^.;])*\b(?-i:Strategy|Framework)\b(?:(?!{OTHER_WORK})[^;])*$", re.I)
FRAMEWORK_MADE_RE = re.compile(rf"\s*,?\s+(?:had\s+|have\s+|jointly\s+|together\s+)?{_DREW}\s+(?:on\s+)?(?:the\s+)?"
                               rf"(?:(?!{OTHER_WORK})[\w*’'-]+\s+){{0,6}}?\**(?-i:Strategy|Framework)\b", re.I)
# The founders as the subject of the founding, the body its object: "ASI, CNES and DLR formed ISECG in 2031", "... jointly
# set up the group", "..., together, agreed in 2031 to create ISECG".
FOUNDERS_SUBJECT_RE = re.compile(r"\s*,?\s*(?:(?:together|jointly)\s*,?\s+)?(?:(?:agreed|decided)\s+(?:in\s+[^,;.]{1,25}?\s+)?to\s+"
                                 r"(?:form|found|create|establish|set\s+up)|formed|founded|created|established|set\s+up)\s+"
                                 r"(?:the\s+)?", re.I)
# A list that is not the subject: "Representatives of A, B and C formed ...".
LIST_OF_RE = re.compile(r"\b(?:of|by|from|with|for|to|between|among|and)\s+(?:the\s+)?$", re.I)
# Where a list of founders gives way to what became of one: "..., whose seat passed to ..."; an aside on one's
# name: "(then NSAU)".
LIST_END_RE = re.compile(r",\s+(?:whose|which|who)\b", re.I)
# Where the founders' names follow what is said of them: "...: A, B and C", "... were A, B and C", "..., including A and B".
# A few words may come before a colon ("signed the framework document in May 2007: A, B and C").
FOUNDERS_NAMED_RE = re.compile(r"(?:(?:\s+[\w’'-]+){0,4}?\s*:|,?\s+(?:were|are|included|includes|including|namely|"
                               r"among\s+them)\b:?)\s*", re.I)
ASIDE_RE = re.compile(r"\((?:then|formerly|now|later|as)\b[^)]*\)", re.I)
# "..., whose seat passed to the UK Space Agency (UKSA) in 2010", "The seat of the British National Space Centre passed
# in 2010 to its successor, ...": the successor a member from then.
SEAT_RE = re.compile(r"\bseat\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,6}?)?(?:(?:was|has been)\s+)?"
                     r"(?:passed|went|transferred|taken over)\s+(?:(?:in|on)\s+[^,;]{1,30}?\s+)?(?:to|by)\b", re.I)
SUCCESSOR_RE = re.compile(r"\s*(?:(?:its|their|the)\s+(?:new\s+)?successor\s*,?\s*)?(?:the\s+)?", re.I)


def founders(ctx: Context, state: State, sentence: Sentence) -> None:
    """"Fourteen agencies created it in 2007: A, B, ... and C": the body's member count when it was founded,
    each listed founder a member since then (not one an aside names); "the Framework, released in May 2007 by
    fourteen agencies": the count of the founders, at that date; "whose seat passed to X in 2010": X a member
    from then."""
    text, body = sentence.text, ctx.body
    if body is None:
        return
    for m in FOUNDERS_RE.finditer(text):
        count, year = number(m.group("n")), m.group("year")
        if count is None or count < 2:
            continue
        state.founded = year
        member_count(ctx, body, count, year, sentence.evidence(), "founded")
        _founders_named(ctx, sentence, body, m.end(), year)
    for m in FOUNDED_BY_RE.finditer(text):
        count = number(m.group("n"))
        # "Since 2007, when it was founded by 14 agencies": the year the "when" points back to
        when = re.search(r"\b((?:19|20)\d\d),?\s+when\s+(?:it|the\s+group|\S+)\s+$", text[:m.start()])
        year = m.group("year") or m.group("after") or (when.group(1) if when else None)
        # the body founded: the subject of "was founded" (not "The roadmap was created in 2013 by 12 agencies"), or
        # named right before the apposition's comma
        owner = not _noun_subject(sentence, m.start()) if m.group("was") else \
            any(n.entity == body and re.fullmatch(r"\s*,\s*", text[n.end:m.start()]) for n in sentence.mentions)
        if count and count > 1 and year and owner and _body(ctx, sentence, 0, m.start()) is body:
            state.founded = state.founded or year
            member_count(ctx, body, count, year, sentence.evidence(), "founded")
            _founders_named(ctx, sentence, body, m.end(), year)
    for m in FRAMEWORK_BY_RE.finditer(text):
        count = number(m.group("n") or m.group("m") or m.group("a"))
        if re.search(rf"{OTHER_WORK}[^.;]{{0,40}}$", text[:m.start()], re.I):
            continue  # "The second roadmap, a framework for planning, was prepared by 12 agencies"
        # its date: in the phrase or its clause after ("agreed by fourteen agencies in May 2007"), else one before, the
        # body's founding too ("ISECG was set up in 2007, after fourteen agencies agreed on ...")
        when = [d for d in dates_in(ctx, text) if m.start() <= d.pos[0] < _clause_end(text, m.end())] or \
            [d for d in find_dates(text, default_year=ctx.doc.year) if d.pos[1] <= m.start()][-1:]
        if count and count > 1 and when:
            _founders_counted(ctx, state, sentence, body, count, when[0].start, m.end())
    for m in FOUNDED_BY_LIST_RE.finditer(text):  # the body named as its subject or before its apposition's comma
        if any(n.entity.iri == body.iri and re.fullmatch(r"\s*,?\s*(?:which\s+)?", text[n.end:m.start()])
               for n in sentence.mentions):
            _founders_listed(ctx, state, sentence, body, m.end(), m.group("year"))
    for m in FRAMEWORK_BY_LIST_RE.finditer(text):
        if not re.search(rf"{OTHER_WORK}[^.;]{{0,40}}$", text[:m.start()], re.I):
            _founders_listed(ctx, state, sentence, body, m.end(), None, work=m.start())
    if (it := IT_MADE_RE.match(text)) and WORK_BEFORE_RE.search(state.previous):
        _made_before(ctx, state, sentence, body, it)
    _founders_as_subject(ctx, state, sentence, body)
    for m in SEAT_RE.finditer(text):
        end = _clause_end(text, m.end())
        # the one it went to, right after "to" ("to its successor, the UK Space Agency"), not another the clause names
        successor = [n.entity for n in sentence.mentions if m.end() <= n.start < end and n.entity.type == "Organization"
                     and SUCCESSOR_RE.fullmatch(text, m.end(), n.start)][:1]
        dates = [d for d in dates_in(ctx, text) if m.start() <= d.pos[0] < end]  # "taken over in 2010 by X", "passed to X in 2010"
        # undated, told on its own (not "..., whose seat passed to X" of a founder's history): in the year the report tells
        start = dates[0].start if dates else None if LIST_END_RE.search(text, 0, m.start()) else _reported_year(ctx)
        if successor and start:
            membership(ctx, successor[0], body, sentence.evidence(), "seat-passed", 0.8, start=start)


def _made_before(ctx: Context, state: State, sentence: Sentence, body: Entity, m: re.Match) -> None:
    """"It was agreed by fourteen space agencies, among them A, B and C" after the sentence naming the strategy (IT_MADE_RE):
    the count of the founders and those named, at the date this sentence tells, else the one before tells."""
    text = sentence.text
    told = [d for d in dates_in(ctx, text) if d.pos[0] < _clause_end(text, m.end())] or \
        find_dates(state.previous, default_year=ctx.doc.year)[-1:]
    year = told[0].start[:4] if told else None
    if m.group("n") is None:
        _founders_listed(ctx, state, sentence, body, m.end(), year)
    elif (count := number(m.group("n"))) and count > 1 and told:
        _founders_counted(ctx, state, sentence, body, count, told[0].start, m.end())


def _founders_counted(ctx: Context, state: State, sentence: Sentence, body: Entity, count: int, released: str,
                      at: int) -> None:
    """The founders' work released on ``released`` by ``count`` agencies: the body's member count then, its founding
    year (the year the body began, unless told before), and the founders named from ``at`` on."""
    state.founded = state.founded or released[:4]
    member_count(ctx, body, count, released, sentence.evidence(), "founded")
    _founders_named(ctx, sentence, body, at, state.founded)


def _founders_listed(ctx: Context, state: State, sentence: Sentence, body: Entity, at: int, year: str | None, *,
                     work: int | None = None) -> None:
    """The founders named from ``at`` on (two or more, coordinated): each a member of the body since ``year``, else the
    year their clause tells after the list, else (of the ``work`` they made) one told before, else the founding's."""
    text = sentence.text
    listed = coordinated(sentence, at, len(text))
    members = [n.entity for n in listed if n.entity.iri != body.iri and n.entity.type == "Organization"]
    if len(members) < 2 or listed[0].start != at:
        return
    end = _clause_end(text, listed[-1].end)
    dates = [d for d in dates_in(ctx, text) if listed[-1].end <= d.pos[0] < end or work is not None and
             (work <= d.pos[0] < at or d.pos[1] <= work)]
    year = year or (dates[0].start[:4] if dates else state.founded)
    state.founded = state.founded or year
    for member in members:
        membership(ctx, member, body, sentence.evidence(), "founded", 0.8, start=year)


def _founders_as_subject(ctx: Context, state: State, sentence: Sentence, body: Entity) -> None:
    """"ASI, CNES and DLR formed ISECG in 2031" (FOUNDERS_SUBJECT_RE), "... agreed the Global Exploration Strategy in
    2031" (FRAMEWORK_MADE_RE): each of the list a member of the body since the year the clause tells, or the year
    before the list ("In 2031, A, B and C founded ..."), else its founding's."""
    text, orgs = sentence.text, _orgs(sentence)
    for mention in sentence.mentions:
        verb = FOUNDERS_SUBJECT_RE.match(text, mention.end)
        if verb is None or not any(n.entity.iri == body.iri and n.start == verb.end() for n in sentence.mentions):
            verb = FRAMEWORK_MADE_RE.match(text, mention.end)
        if verb is None or mention.entity.iri == body.iri:
            continue
        members = [e for e in _coordinated(sentence, orgs, before=mention.end) if e.iri != body.iri]
        if len(members) < 2:
            continue
        first = min(n.start for n in sentence.mentions if n.entity in members)
        if LIST_OF_RE.search(text, 0, first):
            continue
        dates = dates_in(ctx, text)
        year = next((d.start[:4] for d in dates if mention.end <= d.pos[0] < _clause_end(text, verb.end())
                     or d.pos[1] <= first), state.founded)
        state.founded = state.founded or year
        for member in members:
            membership(ctx, member, body, sentence.evidence(), "founded", 0.8, start=year)


def _founders_named(ctx: Context, sentence: Sentence, body: Entity, at: int, year: str) -> None:
    """The founders a sentence names right after what it says of them (FOUNDERS_NAMED_RE, at ``at``), to the list's
    end: each a member of ``body`` since ``year`` (not one an aside names: "(then NSAU)"); a founder no list has ("the
    British National Space Centre") an organisation of its own."""
    text = sentence.text
    named = FOUNDERS_NAMED_RE.match(text, at)
    if named is None:
        _founders_noted(ctx, sentence, body, year)
        return
    start, stop = named.end(), LIST_END_RE.search(text, named.end())
    end = stop.start() if stop else len(text)
    asides = [a.span() for a in ASIDE_RE.finditer(text, start)]
    for mention in sentence.mentions:
        member = mention.entity
        if start <= mention.start < end and member.type == "Organization" and member.iri != body.iri \
                and not any(a <= mention.start < b for a, b in asides):
            membership(ctx, member, body, sentence.evidence(), "founded", 0.8, start=year)
    for new in NEW_AGENCY_RE.finditer(text, start, end):
        if not any(n.start < new.end() and new.start() < n.end for n in sentence.mentions):
            member = ctx.rec.define(new.group(1), "Organization", sentence.evidence(), rule="founded", confidence=0.75)
            membership(ctx, member, body, sentence.evidence(), "founded", 0.8, start=year)


def _founders_noted(ctx: Context, sentence: Sentence, body: Entity, year: str) -> None:
    """The founders the note a count of them calls lists ("... released on 31 May 2031 by four space agencies. ²" /
    "² ASI (Italy), CNES (France), DLR (Germany), KARI (Korea)"): each a member of ``body`` since ``year``."""
    note = sentence.footnote
    if not note:
        return
    members = [m.entity for m in ctx.rec.gazetteer.find(note)
               if m.entity.type == "Organization" and m.entity.iri != body.iri and not re.match(r"\s*\)", note[m.end:])]
    if len({m.iri for m in members}) < 2:
        return
    evidence = ctx.text.footnote_evidence(note, sentence)
    for member in members:
        membership(ctx, member, body, evidence, "founded-note", 0.8, start=year)


def _coordinated(sentence: Sentence, orgs: list[Entity], before: int | None = None) -> list[Entity]:
    """The last of ``orgs`` (named before ``before``) and those coordinated with it: "ASI, CNES and CSA" of "... ASI,
    CNES and CSA were"."""
    mentions = [m for m in sentence.mentions if m.entity in orgs and (before is None or m.start < before)]
    first = len(mentions) - 1
    while first > 0 and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?",
                                     sentence.text[mentions[first - 1].end:mentions[first].start]):
        first -= 1
    return [m.entity for m in mentions[first:]]


def _new_since_cited(ctx: Context, state: State) -> None:
    """A count dated by a document the text names ("When the 2022 supplement went to press, ISECG counted 25
    members") and a later count the document gives ("welcomed X as the 27th member"): the difference joined
    between the two dates."""
    cited = [c for c in state.counts if c[3]]
    if len(cited) != 1:
        return
    since, before, body, _, evidence = cited[0]
    later = [c for c in state.counts if c[2] == body and not c[3] and c[0][:7] > since[:7]]
    if not later:
        return
    date, count = max(later, key=lambda c: c[0])[:2]
    if count >= before:
        _new_member_count(ctx, body, count - before, since, date, None, evidence=evidence)


def _keep_precise_counts(ctx: Context) -> None:
    """One count told at two precisions ("closed the year with 27", "as of 31 December it counted 27"): the
    precise date's only."""
    nodes = {f.o for f in ctx.rec.result.facts if f.p == "isecg:memberCount"}
    told = {(f.s, f.p): str(f.o.value) for f in ctx.rec.result.facts if f.s in nodes
            and f.p in ("schema:value", "dcterms:date")}
    held = {n: (told.get((n, "schema:value")), told.get((n, "dcterms:date"), "")) for n in nodes}
    coarse = {n for n, (value, date) in held.items()
              if any(v == value and len(d) > len(date) and d.startswith(date) for v, d in held.values())}
    ctx.rec.result.facts = [f for f in ctx.rec.result.facts if f.s not in coarse and f.o not in coarse]


def finish_counts(ctx: Context, state: State) -> None:
    """After the last sentence: the member count each rank gives (the highest told for a date: "welcomed A as the
    26th member and B as the 27th" that day leaves 27), and the window of a count of members that joined
    "recently": from the date of the edition this document updates or builds on to the latest joining it tells
    (else its own date)."""
    close_member_list(ctx, state)
    for (_, date), (count, body, evidence) in state.ranks.items():
        member_count(ctx, body, count, date, evidence, "member-count")
        state.counts.append((date, count, body, False, evidence))
    _new_since_cited(ctx, state)
    _keep_precise_counts(ctx)
    recent = state.recent
    if recent is None:
        return
    facts = ctx.rec.result.facts
    follows = {f.o for f in facts if f.s == ctx.series.iri and f.p in ("schema:isBasedOn", "dcterms:replaces")}
    issued = sorted({str(f.o.value) for f in facts if f.s in follows and f.p == "dcterms:issued"})
    end = max(filter(None, [state.joined_until, ctx.series.date]), default=None)
    if len(issued) == 1 and end and issued[0] < end:
        _new_member_count(ctx, recent["body"], recent["count"], issued[0], end, None, evidence=recent["evidence"])


# A label over a list of a body's members, under any caption: "Founding members, in the group since 2007:", "Nine of
# ISECG's member agencies supplied the authors:", "Members at 31 December 2016:"; not of those that joined (the
# joining rules read those), nor of another standing ("Observers:") or of those at a meeting ("Members present:").
LIST_MEMBERS_RE = re.compile(r"\b(?:members?|membership|member\s+(?:agencies|organi[sz]ations)|founders|founding)\b", re.I)
NOT_ALL_MEMBERS_RE = re.compile(r"\b(?:new|observers?|associates?|former|candidates?|applicants?|non-members?|"
                                r"members\s+(?:present|attending|represented))\b", re.I)
SINCE_LABEL_RE = re.compile(r"\b(?:since|from)\s+(?:the\s+(?:year\s+)?)?$", re.I)
ASIDE_NAME_RE = re.compile(r"\b(?:as|then|formerly|now|later|successor\s+(?:of|to)|replaced|replacing)\s+(?:the\s+)?$",
                           re.I)
# A member's own year in brackets after its name: "ASI (2007)", "UKSA (since 2011)", "LSA (joined in 2019)".
OWN_YEAR_RE = re.compile(r"\s*\((?:since\s+|joined\s+(?:in\s+)?|admitted\s+(?:in\s+)?|member\s+since\s+)?"
                         r"((?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\s+)?(?:19|20)\d\d)\)")


def own_start(own: re.Match) -> str:
    """The ISO date of a member's own date in brackets: "(March 2021)" -> "2021-03"."""
    dates = find_dates(own.group(1))
    return dates[0].start if dates else own.group(1)[-4:]


# The column header of a member table under its label: "Acronym Agency Country", "| Agency | Full name |".
# (not "Agency Name": a table of people, a name each; nor "Agency Country Member" / "since": the member-since tables')
COLUMN_HEADER_RE = re.compile(r"[\s|]*(?:(?:Acronym|Abbreviation|Agency|Agencies|Organi[sz]ation|Full\s+name|Country)"
                              r"[\s|]*){2,6}")
WRAPPED_CELLS = 2
WRAPPED_CELL_RE = re.compile(r"[A-Z][\w\-’']*(?:\s+(?:of|the|and|[A-Z][\w\-’']*)){0,2}")  # "Organisation", "Republic of"
# A line cut mid-phrase: it ends in a comma or a lower-case word ("Founding members, in").
CUT_PHRASE_RE = re.compile(r"(?:,|\b[a-z][\w\-]*)\s*$")
LIST_ROW_WORDS = 40  # a longer line is prose, not a row (a row may carry a remark, or two rows run together)
PROSE_ROW_WORDS = 12  # a line ending in a full stop with more words than this is a sentence of prose


def member_list(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A list of a body's members under a label ending in a colon, whatever its words and however its lines wrap
    ("Founding members, in" / "the group since 2007:"): each organisation of the lines below ("Canada: CSA, the
    Canadian Space Agency", "- JAXA (Japan Aerospace Exploration Agency)", two rows run together) a member of the
    document's body, from the year the label says they have been members since, else at the label's date (or the
    document's); a country naming a row's organisation ("Canada: CSA") its country.  The list ends at a line that
    names no organisation, is prose or is another label.  Rows are used up here."""
    text, line = sentence.text, sentence.line
    listed = state.member_list
    if listed is not None:
        if line is not listed["line"]:
            listed["line"] = line
            listed["row"] = _list_row(ctx, line.text, sentence)
            # a row naming a body no list has, its acronym and name ("BNSC British National Space Centre United Kingdom")
            listed["new"] = None if listed["row"] else _new_row_body(ctx, line.text, sentence.evidence())
            listed["row"] = listed["row"] or listed["new"] is not None
            if not listed["row"] and not listed["members"] and COLUMN_HEADER_RE.fullmatch(line.text):
                state.line = line  # the table's column header under its label: its rows follow
                return True
            # the rest of a row's cells a PDF wrapped, in a table whose rows name their country, after a row that
            # names none ("CSIRO Commonwealth Scientific and Industrial Research" / "Organisation" / "Australia"): at
            # most WRAPPED_CELLS lines
            wrapped = not listed["row"] and listed.get("wrapped", WRAPPED_CELLS) < WRAPPED_CELLS \
                and WRAPPED_CELL_RE.fullmatch(line.text)
            if listed["row"]:
                country = any(m.entity.type == "Country" for m in ctx.rec.gazetteer.find(line.text))
                listed["countries"] = listed.get("countries", False) or country
                listed["wrapped"] = 0 if listed["countries"] and not country else WRAPPED_CELLS
            else:
                listed["wrapped"] = listed.get("wrapped", WRAPPED_CELLS) + 1
            if wrapped:
                state.line = line
                return True
            if not listed["row"]:
                close_member_list(ctx, state)
        if state.member_list is not None:
            _list_members(ctx, listed, sentence)
            if listed.get("shared"):  # the agencies participating in the body: its members, and the document's credits
                return False
            state.line = line
            return True
    fragment, state.fragment = state.fragment, None
    last = bool(text.strip()) and line.text.rstrip().endswith(text.rstrip())
    if last and not re.search(r"[.!?:;]\s*$", text):
        state.fragment = (line, text)
    if ctx.body is None or state.group_section:
        return False  # under "Technology Working Group" a list of members is that group's
    inline = INLINE_LIST_RE.match(text) if line.text.strip() == text.strip() else None
    if inline and line.heading and not PROSE_VERB_RE.search(inline.group("rest")) \
            and len({m.entity.iri for m in sentence.mentions if m.start >= inline.start("rest")
                     and m.entity.type == "Organization"}) >= 2:
        # "Member agencies: A; B; C", "ISECG members (2021): A, B and C": the label and its list on one line
        listed = _member_label(ctx, inline.group("label"), line)
        if listed is None:
            return False
        _list_members(ctx, listed, sentence)
        state.member_list = listed
        close_member_list(ctx, state)
        return True
    if _listed_in_sentence(ctx, sentence):
        return False  # the sentence's other rules (credits, counts) still read it
    below = LISTED_BELOW_RE.search(text) if last else None
    if below:  # "The group's members as of 1 January 2024 are listed below.": a label, said in a sentence
        text = text[:below.start()].rstrip(" ,") + ":"
        if THEY_LABEL_RE.fullmatch(text):  # "... became its founding members. They are listed below.": the clause before
            told = line.text[:sentence.offset - line.offset].strip().rstrip(".")
            text = re.split(r"[.;]\s+|,\s+and\s+", told)[-1] + ":" if told else text
    shared = PARTICIPATE_RE.search(text) is not None  # the rules crediting a document's participants read the rows too
    if last and line.heading and line.text.strip() == text.strip() and not text.rstrip().endswith(":") \
            and (shared or _members_heading(ctx, text)):
        text = text.rstrip() + ":"  # a heading "ISECG participating agencies", "Members of ISECG" over its list, as a label
    if not (last and text.rstrip().endswith(":")):
        # a caption of all the members at a day, with no colon, that no heading rule reads ("ISECG member agencies
        # (as of 31 December 2021)" above rows of names)
        dates = find_dates(text)
        if line.heading or line.text.strip() != text.strip() or re.search(r"[.!?;,]\s*$", text) or not dates \
                or not _all_members_label(ctx, text, dates):
            return False
    label = text
    # the caption's first line, cut mid-phrase ("Founding members, in" / "the group since 2007:"); not a title line
    # above it that ends whole ("Annual Report 2020" / "ISECG members as of 1 January 2020:")
    if fragment is not None and fragment[0] is not line and line.text.lstrip().startswith(text.lstrip()) \
            and (CUT_PHRASE_RE.search(fragment[1]) or text.lstrip()[:1].islower()):
        label = f"{fragment[1]} {text}"
    state.member_list = _member_label(ctx, label, line, founded=state.founded)
    if state.member_list is not None:
        state.member_list["shared"] = shared
    return False


# A label ending in a colon inside a sentence, its list after: "developed by twelve of the fourteen agencies taking part
# in ISECG: ASI (Italy), CNES (France) and ...", "The group's members are: A, B and C." (the clause before the colon).
IN_SENTENCE_LABEL_RE = re.compile(r"(?P<label>[^:;]{3,160}?):\s+(?P<rest>\S[^:]*)$")
MIN_SENTENCE_LIST = 3  # fewer organisations after a colon are an example or two, not a list


def _listed_in_sentence(ctx: Context, sentence: Sentence) -> bool:
    """A list of the body's members after a label of them inside one sentence: each named after the colon a member at
    the label's date (or the document's)."""
    m = IN_SENTENCE_LABEL_RE.search(sentence.text)
    if m is None or PROSE_VERB_RE.search(m.group("rest")):
        return False
    named = {o.entity.iri for o in sentence.mentions if o.start >= m.start("rest") and o.entity.type == "Organization"}
    if len(named) < MIN_SENTENCE_LIST:
        return False
    listed = _member_label(ctx, m.group("label"), sentence.line)
    if listed is None:
        return False
    _list_members(ctx, listed, sentence, start=m.start("rest"))
    return True


# A label that only points back to the sentence before: "They are listed below.", "These agencies are as follows."
THEY_LABEL_RE = re.compile(r"\W*(?:They|These|Those)(?:\s+(?:agencies|organi[sz]ations|members|bodies))?\s*:")
# A sentence that says the list follows: "... are listed below.", "... are as follows."
LISTED_BELOW_RE = re.compile(r"\s+(?:(?:are|is)\s+)?(?:(?:listed|shown|given|named|set\s+out|presented)\s+(?:below|"
                             r"hereafter|in\s+the\s+(?:list|lines)\s+below)|as\s+follows)\s*[.:]?\s*$", re.I)
# Agencies said to take part in the body itself, its members in the body's own words: "The following agencies
# participate in ISECG:", "ISECG participating agencies:"; not in one of its events or studies.
PARTICIPATE_RE = re.compile(r"\bparticipat(?:e|es|ing)\b", re.I)
PARTICIPATE_IN_EVENT_RE = re.compile(r"\b(?:workshops?|meetings?|conferences?|forums?|sessions?|plenar(?:y|ies)|studies|"
                                     r"study|surveys?|exercises?|campaigns?|missions?|programmes?|programs?|projects?|"
                                     r"teams?|groups?|drafting|development|preparation|writing|activit(?:y|ies)|efforts?)\b", re.I)
# A label and the list it heads on one line: "Member agencies: A; B; C".
INLINE_LIST_RE = re.compile(r"^\W*(?P<label>[^:.;]{3,80}?):\s+(?P<rest>\S.*)$")


def group_named(ctx: Context, label: str) -> bool:
    """Whether a text names a group outside the names of known organisations ("Members of the ISECG Secretariat")."""
    text = list(label)
    for m in ctx.rec.gazetteer.find(label):
        if m.entity.type == "Organization":
            text[m.start:m.end] = " " * (m.end - m.start)
    return GROUP_NOUN_RE.search("".join(text)) is not None


def _member_label(ctx: Context, label: str, line, *, founded: str | None = None) -> dict | None:
    """The list a label heads if it is a list of the body's members ("Founding members, in the group since 2007",
    "Members at 31 December 2016"): from when or at when they are members; None for another group's list, or a
    list of some other standing ("Observers", "New members", "Members present")."""
    others = [m for m in ctx.rec.gazetteer.find(label) if m.entity.type in ORG_LIKE and m.entity.iri != ctx.body.iri]
    if others or group_named(ctx, label):  # "Members of the Technology Working Group:": another group's
        return None
    # "The following agencies participate in ISECG:": the body named, no event or group of it
    body_named = any(m.entity.iri == ctx.body.iri for m in ctx.rec.gazetteer.find(label))
    participate = PARTICIPATE_RE.search(label) and body_named and not PARTICIPATE_IN_EVENT_RE.search(
        "".join(c if not any(m.start <= i < m.end for m in ctx.rec.gazetteer.find(label)) else " "
                for i, c in enumerate(label)))
    # "ISECG members (year joined):", "Joining dates:": the members, each with the date it joined
    dated = JOIN_DATES_LABEL_RE.search(label) is not None and not NOT_ALL_MEMBERS_RE.search(label)
    if not dated and (not (LIST_MEMBERS_RE.search(label) or participate) or NOT_ALL_MEMBERS_RE.search(label)
                      or JOINING_WORD_RE.search(label) or any(p.search(label) for p in (JOINED_RE, PASSIVE_JOIN_RE, WELCOMED_RE))):
        return None
    dates = find_dates(label)
    since = next((d for d in dates if SINCE_LABEL_RE.search(label[:d.pos[0]]) or FOUNDING_RE.search(label)), None)
    # founders with no date of their own: since the founding the document told ("ISECG was founded in 2007")
    start = since.start if since else founded if FOUNDING_RE.search(label) and not dates else None
    period = None if start else (dates[-1].start if dates else ctx.series.date)
    if not (start or period):
        return None
    # "Members at 31 December 2016:", "ISECG members on 30 June 2031:": all of them at a date, their number its count
    whole = bool(dates) and not start and _all_members_label(ctx, label, dates)
    # "The following 4 agencies are ISECG members:": the number the label states counts them, if the list agrees
    stated = re.search(rf"\b{NUMBER}\s+(?:member\s+|space\s+)?(?:agencies|organi[sz]ations|members)\b", label, re.I)
    return {"body": ctx.body, "start": start, "period": period, "line": line, "row": False, "dated": dated,
            "whole": whole, "members": set(), "evidence": None, "stated": number(stated.group(1)) if stated else None}


ALL_MEMBERS_LABEL_RE = re.compile(r"^\W*(?:the\s+)?(?:[A-Z][\w\-]*(?:'s|’s)?\s+)?(?:members|membership|member\s+(?:agencies|"
                                  r"organi[sz]ations))\b", re.I)
# What may follow the noun of a label of all the members besides its date and body: "of ISECG on", "(as at ...)".
DATE_WORDS_RE = re.compile(r"(?:[\s,():.–—-]|\b(?:of|in|at|on|as|by|per|the|end|close|start|beginning|situation|status|"
                           r"date|dated|list)\b)*", re.I)


def _all_members_label(ctx: Context, label: str, dates: list[DateSpan]) -> bool:
    """Whether a label names all the members at a date ("The members of ISECG on 30 June 2031:"), not some of them
    ("Members that wrote chapters, on 30 June 2031:")."""
    noun = ALL_MEMBERS_LABEL_RE.match(label)
    if noun is None:
        return False
    rest = list(label)
    for a, b in [d.pos for d in dates] + [(m.start, m.end) for m in ctx.rec.gazetteer.find(label) if m.entity == ctx.body]:
        rest[a:b] = " " * (b - a)
    return DATE_WORDS_RE.fullmatch("".join(rest)[noun.end():]) is not None


# A heading of the body's members, the body named: "ISECG member agencies", "Members of ISECG" (not "Membership": a
# section of prose may follow).
MEMBERS_HEADING_RE = re.compile(r"\bmembers\b|\bmember\s+(?:agencies|organi[sz]ations)\b", re.I)


def _members_heading(ctx: Context, text: str) -> bool:
    return MEMBERS_HEADING_RE.search(text) is not None and _all_members_label(ctx, text, find_dates(text)) \
        and any(m.entity == ctx.body for m in ctx.rec.gazetteer.find(text))


MIN_LIST_MEMBERS = 3  # fewer under a label of all the members are an excerpt, not the membership


def close_member_list(ctx: Context, state: State) -> None:
    """The end of a member list: under a label of all the members at a date, their number the count then."""
    listed, state.member_list = state.member_list, None
    if listed is not None and listed.get("period") and listed.get("stated") == len(listed["members"]) >= 2 \
            and not listed.get("whole"):
        member_count(ctx, listed["body"], listed["stated"], listed["period"], listed["evidence"], "member-list")
    if listed is not None and listed.get("whole") and len(listed["members"]) >= MIN_LIST_MEMBERS:
        member_count(ctx, listed["body"], len(listed["members"]), listed["period"], listed["evidence"], "member-list")


def _list_row(ctx: Context, text: str, sentence: Sentence) -> bool:
    """Whether a line is a row of a member list: it names an organisation and is no prose nor another label."""
    words = len(text.split())
    if text.rstrip().endswith(":") or words > LIST_ROW_WORDS or (text.endswith(".") and words > PROSE_ROW_WORDS) \
            or TABLE_CAPTION_RE.match(text) or _other_label(text):
        return False
    return any(m.entity.type == "Organization" and m.entity != ctx.body for m in ctx.rec.gazetteer.find(text))


def _other_label(text: str) -> bool:
    """A line that labels a list of another standing: "Observers: the Mexican Space Agency"."""
    label = INLINE_LIST_RE.match(text)
    return label is not None and NOT_ALL_MEMBERS_RE.search(label.group("label")) is not None


# A person's name right before an organisation: "Jane Doe (ESA)", "Jane Doe, ESA": an affiliation, not a member.
PERSON_BEFORE_RE = re.compile(r"\b(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w\-’']+\s*(?:\(|,)\s*$")


def affiliation(sentence: Sentence, at: int) -> bool:
    """Whether the organisation named at ``at`` is a person's affiliation: a name no organisation's mention ends
    just before it ("Jane Doe (ESA)"), or a person the reference lists know."""
    before = sentence.text[:at]
    person = PERSON_BEFORE_RE.search(before)
    if person is None:
        return any(n.entity.type == "Person" and 0 <= at - n.end <= 3 for n in sentence.mentions)
    return not any(n.entity.type in ORG_LIKE and person.start() < n.end <= at and n.start < at
                   for n in sentence.mentions)


def _list_members(ctx: Context, listed: dict, sentence: Sentence, *, start: int = 0) -> None:
    text, body = sentence.text, listed["body"]
    evidence = None
    for m in sentence.mentions:
        member = m.entity
        if m.start < start or member.type != "Organization" or member.iri == body.iri or ASIDE_NAME_RE.search(text[:m.start]) \
                or re.match(r"'s|’s", text[m.end:]) or affiliation(sentence, m.start):
            continue  # "a member since 2007, when it joined as BNSC": a former name, not another member
        evidence = evidence or sentence.evidence()
        listed["members"].add(member.iri)
        listed["evidence"] = listed["evidence"] or evidence
        own = OWN_YEAR_RE.match(text, m.end)  # "ASI (2007)": a member since its own year
        # (of any mention of it: "2031: the Polish Space Agency (POLSA)")
        joined = next((d for n in sentence.mentions if n.entity == member and (d := _item_date(sentence, n))), None) \
            if listed.get("dated") else _row_year(sentence, m)
        if own or joined:
            membership(ctx, member, body, evidence, "member-list", 0.85, start=own_start(own) if own else joined)
        else:
            membership(ctx, member, body, evidence, "member-list", 0.85, start=listed["start"], period=listed["period"])
        country = next((c.entity for c in sentence.mentions if c.entity.type == "Country"
                        and re.fullmatch(r"\s*[:–—]\s*", text[c.end:m.start])), None)
        if country is not None:  # "Canada: CSA, the Canadian Space Agency"
            ctx.rec.fact(member.iri, "isecg:country", country.iri, "member-list", 0.85, evidence)
    if new := listed.pop("new", None):  # the row's body no list has
        listed["members"].add(new.iri)
        membership(ctx, new, body, sentence.evidence(), "member-list", 0.8, start=listed["start"], period=listed["period"])


# A label over the members and when each joined: "(year joined)", "year of joining", "joining dates", "the year each
# joined", "when they joined", "date of accession".
JOIN_DATES_LABEL_RE = re.compile(r"\b(?:(?:year|date|month)s?\s+(?:of\s+)?(?:joining|accession|admission|entry)|(?:year|date)s?\s+"
                                 r"(?:(?:each|they|it)\s+)?(?:joined|was\s+admitted|were\s+admitted)|(?:joining|accession|"
                                 r"admission)\s+(?:years?|dates?)|when\s+(?:each|they|it)\s+joined)\b", re.I)
# Between a listed member and its date: "NASA, 2007;", "LSA – March 2019", "| POLSA | 2019 |".
ITEM_DATE_GAP_RE = re.compile(r"[\s,:;|–—-]*")


# What may stand between a row's member and the year ending the row: its name's bracket, separators, its country;
# then the year and the row's end.
ROW_GAP_RE = re.compile(r"(?:\s*\([^()]{1,60}\))?[\s,:;|–—)-]*")
ROW_END_YEAR_RE = re.compile(r"[\s,:;|–—(-]*((?:19|20)\d\d)\)?\s*[.;]?\s*$")


def _row_year(sentence: Sentence, named) -> str | None:
    """The year a list's row ends with, after its one member and the member's country alone ("Italian Space Agency
    (ASI), Italy, 2007", "ASI (Italy) – 2007"): when the member joined, though the label says nothing of dates."""
    text = sentence.text
    if sentence.text.strip() != sentence.line.text.strip():
        return None  # a row is a line of its own
    at = ROW_GAP_RE.match(text, named.end).end()
    country = next((c for c in sentence.mentions if c.entity.type == "Country" and at <= c.start
                    and ROW_GAP_RE.fullmatch(text, at, c.start)), None)
    if country is not None:
        at = country.end + (1 if text[country.end:country.end + 1] == ")" else 0)
    year = ROW_END_YEAR_RE.fullmatch(text, at)
    return year.group(1) if year and not any(o.entity.type == "Organization" and o.entity != named.entity
                                              for o in sentence.mentions) else None


def _item_date(sentence: Sentence, named) -> str | None:
    """The date a list item gives right after the member it names, before any other name, or opening its row right
    before the name ("2031: the Polish Space Agency (POLSA)")."""
    text = sentence.text
    end = min((m.start for m in sentence.mentions if m.start >= named.end), default=len(text))
    dates = find_dates(text[named.end:end])
    if dates and ITEM_DATE_GAP_RE.fullmatch(text, named.end, named.end + dates[0].pos[0]):
        return dates[0].start
    return _opening_date(text, named.start)


# The fields of a profile or fact box, one a line or several on one line: "Agency: Luxembourg Space Agency (LSA)",
# "Country: Luxembourg | ISECG member since: 2019", "Joined: March 2021", "Year of accession: 2015".
FIELD_RE = re.compile(r"^\W*(?P<label>[A-Za-z][\w\s\-’'()]{0,40}?)\s*:\s+(?P<value>\S.*?)\s*$")
FIELD_SPLIT_RE = re.compile(r"\s*[|;•]\s*|\s{3,}")
# A field naming the organisation a profile is of.
PROFILE_LABEL_RE = re.compile(r"^(?:(?:member\s+)?(?:agency|organi[sz]ation|institution|body)|(?:full\s+|official\s+)?name|"
                              r"member)$", re.I)
# A field telling when it joined, perhaps naming the body: "Member since", "ISECG member since", "Joined ISECG",
# "Date of accession", "Membership since", "Year joined".
SINCE_FIELD_RE = re.compile(r"^(?:(?P<pre>[A-Z][\w\-]+)\s+)?(?:(?:full\s+)?member(?:ship)?\s+since|(?:joined|admitted)"
                            r"(?:\s+(?P<post>[A-Z][\w\-]+))?|(?:year|date)\s+(?:joined|admitted|of\s+(?:joining|accession|"
                            r"admission|membership))|accession|admission)$", re.I)


def member_fields(ctx: Context, state: State, sentence: Sentence) -> None:
    """The organisation a profile is of (a field "Agency: X", or a line that does nothing but name X: its heading) and
    a field telling when it joined ("Member since: 2019", "Joined ISECG: March 2021"): X a member of the body since
    then."""
    line = sentence.line
    if ctx.body is None or state.group_section or not line.text.rstrip().endswith(sentence.text.rstrip()):
        return  # a line's fields are read once, with its last sentence; not a group's own under its heading
    named = _only_named(sentence) if sentence.text.strip() == line.text.strip() else None
    if named is not None and named.iri != ctx.body.iri:
        state.profile = named
    elif line.heading and not FIELD_RE.match(line.text) or line.text.rstrip().endswith("."):
        state.profile = None  # another heading ("Dr. Jane Doe") or prose: the profile has ended
    figure = FIGURE_LINE_RE.match(unpiped(line.text.strip()))
    if figure and (date := _now(ctx)):  # "Member agencies 27" in a box of key figures
        member_count(ctx, ctx.body, int(figure.group("n")), date, sentence.evidence(), "member-count")
        return
    held, state.figure = state.figure, None
    if re.fullmatch(r"\d{1,3}", line.text.strip()):  # "27" over its label "member agencies"
        state.figure = (line, int(line.text.strip()))
        return
    if held is not None and FIGURE_LABEL_RE.fullmatch(line.text.strip()) and (date := _now(ctx)):
        member_count(ctx, ctx.body, held[1], date, sentence.evidence(), "member-count")
        return
    mentions = ctx.rec.gazetteer.find(line.text)
    at = 0
    for part in FIELD_SPLIT_RE.split(line.text):
        at = line.text.find(part, at)
        field = FIELD_RE.match(part)
        if field is None:
            continue
        label, value = field.group("label").strip(), field.group("value")
        low = at + field.start("value")
        if PROFILE_LABEL_RE.match(label):
            # "Agency: X" a profile of X; "Name: Jane Doe" of no organisation
            state.profile = next((m.entity for m in mentions if low <= m.start < at + len(part)
                                  and m.entity.type == "Organization" and m.entity.iri != ctx.body.iri), None)
            continue
        if line.heading and _count_field(ctx, sentence, label, value):
            continue
        since = SINCE_FIELD_RE.match(label)
        dates = find_dates(value, default_year=ctx.doc.year)
        if since is None or not dates or dates[0].pos[0] > 4 or state.profile is None:
            continue
        named_body = since.group("pre") or since.group("post")
        body = chair_body(ctx, named_body) if named_body else ctx.body
        if body is None and named_body and named_body.lower() in ("member", "membership", "full"):
            body = ctx.body
        if body is not None and body.iri != state.profile.iri:
            membership(ctx, state.profile, body, sentence.evidence(), "member-field", 0.85, start=dates[0].start)


# A field counting the members: "Membership (as of June 2023): 27 agencies", "ISECG members: 26".
COUNT_FIELD_RE = re.compile(r"^(?:(?:the\s+)?(?:total\s+)?number\s+of\s+)?(?:[A-Z][\w\-]+\s+)?(?:members|membership|"
                            r"member\s+(?:agencies|organi[sz]ations))\b", re.I)
COUNT_VALUE_RE = re.compile(rf"^{NUMBER}(?:\s+(?:(?:space|member)\s+)?(?:agencies|organi[sz]ations|members))?"
                            r"(?:\s+(?:from|in|of)\s+\d{1,3}\s+(?:countries|nations))?"
                            r"(?:\s*\((?P<when>[^()]*)\))?$", re.I)
# Counts by year in one field: "ISECG membership: 14 (2007), 20 (2016), 27 (2023)".
SERIES_ITEM_RE = re.compile(r"(\d{1,3})\s*\(((?:19|20)\d\d)\)")
SERIES_VALUE_RE = re.compile(r"\d{1,3}\s*\((?:19|20)\d\d\)(?:\s*(?:,|;|and|,\s*and)\s*\d{1,3}\s*\((?:19|20)\d\d\))+\.?")
# The label under a key figure's number: "member agencies", "ISECG members".
FIGURE_LABEL_RE = re.compile(r"(?:[A-Z]+\s+)?(?:members|member\s+(?:agencies|organi[sz]ations|states))", re.I)
# A line of a fact box giving the count after its label: "Member agencies 27", "Number of ISECG members 26".
FIGURE_LINE_RE = re.compile(r"^\W*(?:(?:the\s+)?(?:total\s+)?number\s+of\s+)?(?:[A-Z]+\s+)?(?:members|membership|member\s+"
                            r"(?:agencies|organi[sz]ations))\s+(?P<n>\d{1,3})$", re.I)


def _count_field(ctx: Context, sentence: Sentence, label: str, value: str) -> bool:
    """A heading-like line that is a field counting the body's members at the label's date (else the document's);
    the count rules do not read lines taken for headings."""
    noun, count = COUNT_FIELD_RE.match(label), COUNT_VALUE_RE.match(value)
    series = SERIES_VALUE_RE.fullmatch(value)
    if noun is not None and series and _all_members_label(ctx, label, find_dates(label, default_year=ctx.doc.year)):
        for n, year in SERIES_ITEM_RE.findall(value):  # "14 (2007), 20 (2016), 27 (2023)": a count at each year
            member_count(ctx, ctx.body, int(n), year, sentence.evidence(), "member-count")
        return True
    if noun is None or count is None or not number(count.group(1)):
        return False
    dates = find_dates(label, default_year=ctx.doc.year)
    if not _all_members_label(ctx, label, dates) and not re.match(r"(?i)(?:the\s+)?(?:total\s+)?number", label):
        return False  # "Members that wrote chapters: 9"
    when = count.group("when") or ""  # "26 agencies (end of 2022)"
    told = dates_in(ctx, when)
    date = dates[-1].start if dates else told[-1].start if told else _now(ctx)
    if told and not dates and len(date) == 4 and re.search(r"\b(?:end|close)\s+of\s+$", when[:told[-1].pos[0]], re.I):
        date = f"{date}-12"
    if date:
        member_count(ctx, ctx.body, number(count.group(1)), date, sentence.evidence(), "member-count")
    return True
