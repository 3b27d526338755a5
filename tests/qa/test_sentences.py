from dataclasses import replace

import pytest

from isecg_kg.records import DocumentRef, HitScores, Highlight, SearchHit
from .fixtures import bag_of_words
from isecg_kg.qa.sentences import (answer_type, answers_where, leading_items, rank_sentences, short_answer,
                                   split_sentences)


def test_split_keeps_lists_with_their_lead_sentence():
    text = ("In May 2007 the strategy was released. The GES identifies a common set of themes:\n"
            "- New knowledge\n- Economic expansion\n- Inspiration and education\nAnother line here.")
    assert split_sentences(text) == [
        "In May 2007 the strategy was released.",
        "The GES identifies a common set of themes: New knowledge; Economic expansion; Inspiration and education",
        "Another line here.",
    ]


def test_a_line_of_running_text_broken_by_the_page_width_is_one_sentence():
    text = ("The review was drafted by the Lunar Surface Operations\nPlanning Team (LSOPT). It was sent to "
            "every agency.\nThe Surface Group (SG) — led by the\nAlpha Agency.\nMission timeline for the surface segment\nThe first crew lands in 2031.\n"
            "Rover cells per module in 2030 and 2031\nESA 4 12\n- Lunar rovers of the agencies\n- Surface power")
    assert split_sentences(text) == [
        "The review was drafted by the Lunar Surface Operations Planning Team (LSOPT).",
        "It was sent to every agency.",
        "The Surface Group (SG) — led by the Alpha Agency.",
        # a heading (few function words) and a table row stay apart from what follows them
        "Mission timeline for the surface segment", "The first crew lands in 2031.",
        "Rover cells per module in 2030 and 2031", "ESA 4 12",
        "Lunar rovers of the agencies", "Surface power",
    ]


def test_a_heading_that_starts_the_passages_first_sentence_is_part_of_it():
    # a list item the layout broke, read as a heading: the sentence is whole again
    assert split_sentences("Beta Agency. It met twice.", "Surface Group (SG) — chaired by the") == [
        "Surface Group (SG) — chaired by the Beta Agency.", "It met twice."]
    assert split_sentences("(DTT) — co-led by AA and BB.", "Dust Tiger Team")[0] == \
        "Dust Tiger Team (DTT) — co-led by AA and BB."
    # a heading of its own stays apart, even one ending on a preposition
    assert split_sentences("Beta Agency chairs the group.", "Who the group reports to") == ["Beta Agency chairs the group."]
    assert split_sentences("Beta Agency chairs the group.", "4. Chair of the group") == ["Beta Agency chairs the group."]


@pytest.mark.parametrize("question, kind", [
    ("When was the CWG formed?", "date"), ("In which year was it published?", "date"),
    ("Where is the Secretariat located?", "place"), ("How many agencies are members?", "number"),
    ("Which agency hosted the meeting?", "org"), ("Who leads the roadmap?", "org"),
    ("What will the team focus on?", None), ("How much funding does the agency give the centre?", "amount"),
    ("How much did the lander cost?", "amount"), ("What is the mass of the rover?", "measure"),
    ("Who is the president of the agency?", "person"), ("Who was the Director General of ESA in 2010?", "person"),
    ("Who chaired ISECG in 2015?", "org"), ("What was the size of the membership when 2020 ended?", "number"),
    ("What amount of money does the agency give the centre?", "amount"), ("How heavy is the rover?", "measure"),
    ("What was the attendance, in agencies, at the plenary?", "number"),
])
def test_answer_type(question, kind):
    assert answer_type(question) == kind


def result(text, rank, section=None):
    return SearchHit(rank=rank, score=1.0 / rank, scores=HitScores(1.0 / rank, None, None, None, None), text=text,
                     page=1, pages=[1], section=section, passage=f"http://x/p/{rank}", passage_id=f"d/{rank}",
                     document=DocumentRef("d", "D", 2020, "report", "http://x/d"),
                     highlight=Highlight(text, 0, len(text), text))


def test_the_sentence_with_the_asked_words_and_a_date_wins():
    results = [
        result("The CWG will aim to explore collaboration mechanisms. The CWG was formed in September 2021 with a "
               "focus on new pathways.", 1),
        result("The ESAWG was confirmed in May 2021. It organised telecons.", 2),
    ]
    best = rank_sentences("When was the CWG formed?", results, encode=bag_of_words)[0]
    assert best.text.startswith("The CWG was formed in September 2021")
    assert best.scores["type"] == 1.0 and best.scores["words"] == 1.0


class Named:
    """A mention as the linker gives it."""

    def __init__(self, text, name, iri, category):
        self.start = text.index(name)
        self.end = self.start + len(name)
        self.iri, self.category = iri, category


def mentions_of(names):
    def mentions_in(text):
        return [Named(text, name, iri, cat) for name, (iri, cat) in names.items() if name in text]

    return mentions_in


def test_place_questions_prefer_sentences_naming_a_place():
    results = [result("The office has an email address. Its address is Kerkstraat 1, Noordwijk, The Netherlands.", 1,
                      section="ISECG Secretariat")]
    best = rank_sentences("Where is the ISECG Secretariat located?", results, encode=bag_of_words,
                          mentions_in=mentions_of({"Netherlands": ("ex:nl", "place")}))[0]
    assert "Noordwijk" in best.text and best.scores["type"] == 1.0


def test_entities_match_by_any_name_and_the_asked_ones_are_not_the_answer():
    names = {"SWG": ("ex:swg", "unit"), "Science Working Group": ("ex:swg", "unit"), "NASA": ("ex:nasa", "org")}
    results = [result("The SWG coordinates with the science communities. The Science Working Group met NASA.", 1)]
    question = "Which agency did the Science Working Group meet?"
    ranked = rank_sentences(question, results, encode=bag_of_words, mentions_in=mentions_of(names),
                            question_mentions=mentions_of(names)(question))
    by_text = {c.text: c for c in ranked}
    assert by_text["The SWG coordinates with the science communities."].scores["type"] == 0.0
    assert by_text["The Science Working Group met NASA."].scores["type"] == 1.0
    assert ranked[0].text == "The Science Working Group met NASA."


def test_word_order_and_echoes():
    names = {"SWG": ("ex:swg", "unit"), "Science Working Group": ("ex:swg", "unit")}
    results = [result("Through the Science White Paper, the SWG has coordinated activities with organisations. "
                      "The Science Working Group coordinates with the science communities.", 1)]
    question = "What does the Science Working Group coordinate?"
    ranked = rank_sentences(question, results, encode=bag_of_words, mentions_in=mentions_of(names),
                            question_mentions=mentions_of(names)(question))
    assert ranked[0].text.startswith("The Science Working Group coordinates") and ranked[0].scores["phrase"] == 1.0
    echo = rank_sentences("When was the CWG formed?", [result("CWG formed. The CWG was formed in 2021.", 1)],
                          encode=bag_of_words)
    assert echo[0].text == "The CWG was formed in 2021."


def test_a_list_of_terms_after_a_colon_is_one_answer_and_its_short_answer_the_terms():
    text = ("The plan offers two routes: North Route — ships sail along the northern coast.\n"
            "South Route — ships cross the open sea.\nBoth were judged practical.")
    units = split_sentences(text)
    assert units[0] == ("The plan offers two routes: North Route — ships sail along the northern coast; "
                        "South Route — ships cross the open sea")
    assert short_answer("What were the two routes of the plan?", units[0], []) == "North Route and South Route"
    # A dash in running text opens no list.
    assert split_sentences("It says this: Nothing More — in short.\nA sentence.") == [
        "It says this: Nothing More — in short.", "A sentence."]


def test_the_items_a_passage_opens_with_continue_the_list_of_the_passage_before():
    assert leading_items("- Moon\n- Mars\nA longer sentence that follows the list and says more.") == ["Moon", "Mars"]
    assert leading_items("Moon\nMars\nasteroids.\nA longer sentence that follows the list and says more.") == [
        "Moon", "Mars", "asteroids"]
    assert leading_items("A plain sentence. Another one.") == []  # prose, not a list


def test_only_a_sentence_stating_the_relation_or_the_yes_no_subject_answers():
    from isecg_kg.qa.sentences import stated, states

    host = stated("Which agency hosted the 4 May 2019 forum meeting?")
    assert host == [{"host"}] and stated("Who chaired the panel?") == [{"chair"}]
    assert states("The meeting was hosted by the Polar Agency in Oslo.", host)
    assert states("The Polar Agency is the host of the May 2019 meeting.", host)
    assert not states("Between the May and June 2019 meetings, two agencies joined: Polar Agency; Sea Office.", host)
    assert stated("Which reports were published in 2019?") == []  # a passive: no relation to require
    # an "-ed" word describing the subject ("listed under ...") is not the relation asked: the question's verb is later
    assert stated("Which body listed under dust control is not a forum member?") == []
    assert stated("Which agency hosted the meeting in Oslo?") == [{"host"}]
    assert stated("Which agency hosted in 2019 the meeting?") == [{"host"}]
    # what is to come: the verb after a future's auxiliary ("will host": a sentence of hosting answers)
    assert stated("Who is going to host the spring 2031 meeting?") == [{"host"}]
    assert stated("Which agency will chair the forum in 2032?") == [{"chair"}]
    assert stated("Who will be the next chair?") == []
    # A yes/no question: its subject, and the head of what it asks of it, in word families.
    asked = stated("Can a retired astronaut become a forum member?")
    assert asked == [{"retir", "astronaut"}, {"member", "join", "admit", "accept", "belong"}]  # membership said any way
    assert states("Forum membership is open to agencies; astronauts cannot join.", asked)
    assert not states("During 2019 the Sea Office joined the forum, becoming its fifth member.", asked)
    assert not states("Astronauts train for years.", asked)
    assert stated("What does the forum do?") == [] and states("Anything.", [])
    # "What is the X of Y?": a sentence must name the attribute X, unless it is one a sentence gives unnamed.
    asked = stated("What is the population of Harbour City?")
    assert asked == [{"popul"}] and states("Harbour City's population grew to two million.", asked)
    assert not states("Forty delegations met in Harbour City on 3 May 2018.", asked)
    assert stated("What are the four phases of the survey campaign?") == [{"phas"}]
    assert stated("What was the number of delegates at the Oslo meeting?") == []
    assert stated("What is the name of the forum's president?") == []


def test_words_inside_a_name_the_sentence_mentions_still_count():
    # The sentence names an event the question only describes: its words are the question's words.
    names = {"Lunar Forum on polar science": ("ex:forum", "event"), "CNES": ("ex:cnes", "org")}
    results = [result("The Lunar Forum on polar science took place in Paris, hosted by CNES. "
                      "The agencies met again later.", 1)]
    question = "Which agency hosted the forum on polar science?"
    best = rank_sentences(question, results, encode=bag_of_words, mentions_in=mentions_of(names),
                          question_mentions=[])[0]
    assert best.text.startswith("The Lunar Forum on polar science") and best.scores["words"] > 0.5


@pytest.mark.parametrize("question, sentence, typed, short", [
    ("Who is the president of the Ruritanian Space Agency?",
     "The Ruritanian Space Agency joined at the opening session of the plenary.", False, None),
    ("Who is the president of the Ruritanian Space Agency?",
     "Its president, Dr Anna Kowalczyk, signed the terms of reference in Rome.", True, "Dr Anna Kowalczyk"),
    ("Who is the head of the office?", "Marta Rossi, head of the office since 2020, opened the meeting.", True,
     "Marta Rossi"),
    ("What is the mass of the pressurised rover?", "The pressurised rover lets two crew live aboard for 30 days.",
     False, None),
    ("What is the mass of the pressurised rover?", "The pressurised rover has a mass of about 10 tonnes.", True, None),
    ("How much funding does the agency provide to the centre?", "The agency funds research through the centre.",
     False, None),
    ("How much funding does the agency provide to the centre?", "The agency gives the centre EUR 4 million a year.",
     True, None),
])
def test_an_answer_holds_what_is_asked_for(question, sentence, typed, short):
    best = rank_sentences(question, [result(sentence, 1)], encode=bag_of_words)[0]
    assert (best.scores["type"] == 1.0) is typed
    if short:
        assert short_answer(question, sentence, []) == short


def test_a_destination_is_no_site_of_a_meeting():
    names = {"Moon": ("ex:moon", "place"), "Tsukuba": ("ex:tsukuba", "place")}

    def mentions_in(text):
        found = mentions_of(names)(text)
        for m in found:
            m.type = "Destination" if m.iri == "ex:moon" else "Place"
        return found

    results = [result("The managers endorsed the plan to return to the Moon. The June plenary met in Tsukuba.", 1)]
    ranked = rank_sentences("Where was the June plenary held?", results, encode=bag_of_words, mentions_in=mentions_in)
    assert ranked[0].text == "The June plenary met in Tsukuba."
    moon = mentions_in("the Moon")[0]
    assert not answers_where("Where was the June plenary held?", moon)
    assert answers_where("Where will the crews land?", moon)


def test_a_count_written_with_a_hyphen_is_one_number():
    from isecg_kg.qa.sentences import count_in, number_value

    assert short_answer("How many agencies answered the survey?", "Twenty-one agencies answered, against 13.", []) == \
        "21"  # a count as a number
    assert number_value("Twenty-one") == 21 and number_value("twenty") == 20
    # every cardinal to twenty and the tens past it, as words ("Fourteen agencies", "forty-one delegates")
    assert count_in("Fourteen agencies attended.", {"agency"}) == "Fourteen" and number_value("Forty-one") == 41
    assert count_in("Some sixty delegates from 12 agencies came.", {"delegat"}) == "sixty"
    assert count_in("Thirty-four delegates and twenty agencies came.", {"agency"}) == "twenty"
    assert count_in("Twenty-three of the twenty-four member agencies were represented.", {"agency"}) == "Twenty-three"
    assert count_in("Nine of 12 reviewers and 30 agencies replied.", {"agency"}) == "30"  # the part counts reviewers
    # the verb asked is no count of another noun: "27 member agencies attended" tells no number of delegates
    delegates = {"individual", "delegat", "attend"}
    assert count_in("Delegations from 24 of the 27 member agencies attended.", delegates) is None
    assert count_in("Twenty delegates from 12 agencies attended.", {"agency", "attend"}) == "12"
    assert count_in("In all 57 attended.", delegates) == "57"
    assert count_in("Since then two more organisations became members.", {"new", "member"}) == "two"  # a noun asked


def test_a_figure_with_its_thousands_apart_is_one_number_and_no_part_of_one_is_a_count():
    from isecg_kg.qa.sentences import NUMBER, number_value

    assert [number_value(m.group()) for m in NUMBER.finditer("a 10,000 km range and 12 agencies")] == [10000, 12]
    assert [m.group() for m in NUMBER.finditer("a 1.5 m drill, Version 2.1")] == []  # no "1" or "5" of "1.5"
    assert [m.group() for m in NUMBER.finditer("in 2019, 12 agencies")] == ["2019", "12"]


@pytest.mark.parametrize("question, sentence, typed", [
    # a measure is of the quantity asked: "weigh" asks a mass, which a range in km is not
    ("How much does the pressurised rover weigh?", "Pressurised rover: concept study; 10,000 km range goal.", False),
    ("How much does the pressurised rover weigh?", "The pressurised rover would weigh about 10 tonnes.", True),
    ("How far can the rover drive?", "Pressurised rover: concept study; 10,000 km range goal.", True),
    ("What is the mass of the lander?", "The lander is 12 m tall.", False),
    ("What power does the reactor give?", "The reactor gives 40 kW.", True),
])
def test_a_measure_is_of_the_quantity_asked(question, sentence, typed):
    from isecg_kg.qa.sentences import has_type, measure_asked

    assert answer_type(question) == "measure"
    assert has_type("measure", sentence, set(), measure=measure_asked(question)) is typed


def test_a_question_asking_for_a_kind_of_value_is_answered_by_the_best_sentence_holding_one():
    from isecg_kg.qa.answerer import _answering
    from isecg_kg.qa.sentences import Candidate

    echo = Candidate(text="Suggested citation: XF (2018), Polar Volatiles.", result=None, rank=1,
                     scores={"type": 0.0}, score=0.49)
    count = Candidate(text="The authors came from eight agencies.", result=None, rank=1, scores={"type": 1.0}, score=0.48)
    assert _answering([echo, count], "number", {"agency"}) is count
    assert _answering([echo, count], None) is echo  # nothing asked of a kind: the best sentence
    assert _answering([echo, count], "date") is echo  # any date is too weak a sign: the best, which may then fail
    assert _answering([echo], "number", {"agency"}) is echo  # none counts it: the best, which the check turns down
    assert _answering([], "number", {"agency"}) is None


def test_how_many_more_in_any_order_of_its_sides():
    from isecg_kg.qa.compose import compared_sides

    assert compared_sides("How many more agencies attended the 2023 meeting than the 2020 one?") == (
        "How many more agencies attended the 2023 meeting ", " the 2020 one?")
    assert compared_sides("Compared with the March 2020 meeting, how many additional agencies attended the 2023 one?") == (
        "how many additional agencies attended the 2023 one?", "the March 2020 meeting")
    assert compared_sides("How many extra agencies attended the 2023 meeting, compared to the 2020 one?") == (
        "How many extra agencies attended the 2023 meeting", "the 2020 one")
    assert compared_sides("Compared with 2020, which agencies attended?") is None  # no count of a difference


def test_what_is_asked_and_counted_in_other_words():
    from isecg_kg.qa.sentences import PEOPLE_COUNTED, counted

    assert answer_type("What is the name of the president of the Forum?") == "person"
    assert counted("What was the number of people present at the meeting?") == {"peopl", "present"} | PEOPLE_COUNTED
    assert counted("What was the attendance, in agencies, at the plenary?") == {"agency"}
    assert counted("What was its membership, counted in agencies, in 2022?") == {"agency"}


def test_a_date_heading_the_item_dates_its_sentence():
    from isecg_kg.qa.answerer import _date_heading

    text = "- Tuesday 12 to Thursday 14 February 2019. The drafting starts at a writing workshop at ESTEC."
    at = text.index("The drafting")
    hit = replace(result(text, 1), highlight=Highlight(text[at:], at, len(text), ""))
    assert [d.start for d in _date_heading(hit)] == ["2019-02-12"]
    prose = "The group met often and discussed many things in 2019. The drafting starts at a writing workshop."
    at = prose.index("The drafting")
    assert _date_heading(replace(result(prose, 1), highlight=Highlight(prose[at:], at, len(prose), ""))) == []


def test_a_count_dated_to_a_month_is_of_a_sentence_of_that_month():
    from isecg_kg.qa.answerer import _months_named, _of_months
    from isecg_kg.qa.sentences import Candidate

    months = _months_named("How many agencies attended the plenary held from 17 to 19 November 2020?")
    assert months == {"2020-11"}
    of = lambda text: _of_months(Candidate(text=text, result=result(text, 1), rank=1), months)  # noqa: E731
    assert not of("The earlier one had taken place on the twelfth and thirteenth of March 2020; 17 agencies came.")
    assert of("Nineteen agencies took part in November 2020.") and of("Nineteen agencies took part.")


def test_the_relation_a_which_did_question_asks_in_its_family_of_verbs():
    from isecg_kg.qa.sentences import stated, states

    asked = stated("At their spring meeting, which organisation did the managers admit as a new member of the Forum?")
    assert asked == [{"admit", "accept", "join"}]
    assert states("The Centre is admitted as a member, effective immediately.", asked)
    assert states("The managers accepted the Centre as the Forum's eighth member.", asked)
    assert not states("The host agency's director opened the meeting and welcomed the delegates.", asked)
    assert stated("What does the group plan to investigate with its partners?") == []


def test_a_sentence_dating_nothing_to_a_month_is_of_its_documents_month():
    from isecg_kg.qa.answerer import _dated
    from isecg_kg.qa.sentences import Candidate

    record = replace(result("x", 1), document=DocumentRef("r", "Record", 2018, "minutes", "http://x/r"))
    decision = Candidate(text="Decision 1. The Centre is admitted as a member.", result=record, rank=1)
    assert _dated(decision, ["March 2018"], "2018-03-09")  # the record of the March 2018 meeting
    assert not _dated(decision, ["March 2018"], "2018-06-01")
    assert not _dated(decision, ["March 2018"], None)
    other = Candidate(text="The next meeting is in June 2018.", result=record, rank=1)
    assert not _dated(other, ["March 2018"], "2018-03-09")  # it dates itself to another month


@pytest.mark.parametrize("question, sentence, year, short", [
    ("At which meeting did ESA hand the ISECG chair to NASA?", "ESA handed the chair to NASA at the close of the "
     "senior managers meeting in Bonn on 9 November 2016.", 2016, "the senior managers meeting in Bonn, 9 November 2016"),
    ("During which meeting did the chairmanship pass to NASA?", "It passed to NASA when the senior managers closed "
     "their meeting in Bonn on 9 November.", 2016, "their meeting in Bonn, 9 November 2016"),  # the document's year
    ("At what workshop was the gap list agreed?", "The list was agreed at the 3rd ISECG technology workshop.", 2019,
     "the 3rd ISECG technology workshop"),
    ("At which meeting was the plan adopted?", "At the same meeting the plan was adopted.", 2019, None),  # named before
    ("At which meeting was the plan adopted?", "The plan was adopted in 2019.", 2019, None),
])
def test_a_gathering_asked_is_answered_with_its_place_and_date(question, sentence, year, short):
    assert answer_type(question) == "event"
    assert short_answer(question, sentence, [], year=year) == short


def test_a_caption_read_as_prose_beside_a_sentence_is_ranked_not_a_crash():
    # a table's caption ends with a full stop, so it pairs with the sentence after it, though it is no candidate
    # of its own: the pair is still scored (it raised KeyError, a 500 from /api/ask)
    results = [result("Table 1 – Members admitted since 2015, with year of accession. Six agencies joined ISECG "
                      "between 2015 and 2024 as the table shows.", 1)]
    ranked = rank_sentences("How many agencies joined ISECG since 2015?", results, encode=bag_of_words)
    assert ranked and all(not c.text.startswith("Table 1") or c.parts for c in ranked)


def test_a_judge_reorders_the_first_sentences_and_leaves_their_scores():
    results = [result("The CWG was formed in September 2021. The ESAWG was formed in May 2021.", 1),
               result("The ISECG was formed in 2007.", 2)]
    question = "When was the CWG formed?"
    plain = rank_sentences(question, results, encode=bag_of_words)
    # a judge that reads the ESAWG sentence as the answer: it comes first among the judged, each keeps its score
    judge = lambda q, texts: [5.0 if t.startswith("The ESAWG") else -5.0 for t in texts]  # noqa: E731
    judged = rank_sentences(question, results, encode=bag_of_words, judge=judge, judged=len(plain))
    assert judged[0].text.startswith("The ESAWG") and not plain[0].text.startswith("The ESAWG")
    assert {c.text: c.score for c in judged} == {c.text: c.score for c in plain}
    # past the first `judged` the rules' order stands; one judged sentence has nothing to be ordered against
    beyond = next(i for i, c in enumerate(plain) if c.text.startswith("The ESAWG"))
    assert [c.text for c in rank_sentences(question, results, encode=bag_of_words, judge=judge, judged=beyond)] == \
        [c.text for c in plain]
    assert [c.text for c in rank_sentences(question, results, encode=bag_of_words, judge=judge, judged=1)] == \
        [c.text for c in plain]


def test_the_judge_weighs_under_the_rules_factors():
    # a sentence the rules mark as of another year keeps that share of the judge's reading too: a strong reading does
    # not lift it over one of the year asked that the judge reads a little less well
    results = [result("The 2019 workshop drew 40 experts. The 2017 workshop drew 35 experts.", 1)]
    question = "How many experts attended the 2019 workshop?"
    reading = {"The 2017 workshop drew 35 experts.": 1.0, "The 2019 workshop drew 40 experts.": 0.3}
    judge = lambda q, texts: [reading.get(t, 0.0) for t in texts]  # noqa: E731
    ranked = rank_sentences(question, results, encode=bag_of_words, judge=judge, judged=5)
    assert ranked[0].text.startswith("The 2019 workshop")


def test_the_judge_reads_what_the_question_names_in_the_questions_words():
    names = {"CWG": ("ex:cwg", "unit"), "Commercialization Working Group": ("ex:cwg", "unit")}
    results = [result("The CWG was formed in September 2021. The group met twice.", 1)]
    question = "When was the Commercialization Working Group formed?"
    read = []
    rank_sentences(question, results, encode=bag_of_words, mentions_in=mentions_of(names),
                   question_mentions=mentions_of(names)(question), judge=lambda q, texts: read.extend(texts) or
                   [0.0] * len(texts), judged=5)
    assert "The Commercialization Working Group was formed in September 2021." in read
    assert not any("CWG" in text for text in read)


def test_the_judge_lifts_no_sentence_without_the_kind_of_value_asked():
    results = [result("Delegates came from 11 countries. The senior managers met in Songdo on a rainy day.", 1)]
    question = "How many countries were represented in Songdo?"
    judge = lambda q, texts: [9.0 if "rainy" in t else 0.0 for t in texts]  # noqa: E731
    ranked = rank_sentences(question, results, encode=bag_of_words, judge=judge, judged=5)
    assert ranked[0].text == "Delegates came from 11 countries."


@pytest.mark.parametrize("question, sentence, named, short", [
    # the doer of a passive clause, titled or not, and the body beside the name; a line may start with the verb
    ("Who chaired the dust session?", "Session 2 on dust was chaired by Ana Ruiz (LSA).", ["LSA"], "Ana Ruiz (LSA)"),
    ("Who gave the briefing at the conference?", "Presented by Helena Marsh, ISECG Secretariat (ESA)", ["ESA"],
     "Helena Marsh (ESA)"),
    ("Who chaired the meeting?", "The meeting was chaired by Dr Akiko Sato of JAXA.", ["JAXA"], "Dr Akiko Sato (JAXA)"),
    # a body stays a body
    ("Who chaired the panel?", "The panel was chaired by Canadian Space Agency staff.", ["Canadian Space Agency"],
     "Canadian Space Agency"),
])
def test_who_did_it_is_the_person_a_passive_names(question, sentence, named, short):
    assert short_answer(question, sentence, named) == short


def test_a_company_is_no_person():
    # "Thales Alenia" alone would read as a person's name: the word after it makes it a body's
    short = short_answer("Who hosted the workshop?", "The workshop was hosted by Thales Alenia Space in Turin.", [])
    assert short is None or not short.startswith("Thales Alenia (")


def test_a_heading_line_and_the_byline_after_it_answer_together():
    # the briefing is named on one line, who gave it on the next: the two read as one candidate
    passage = result("Briefing to the Lunar Forum — Berlin, 12–13 May 2031\nPresented by Ana Ruiz, Secretariat (LSA)\n"
                     "The forum gathered twelve agencies.", 1)
    question = "Who gave the briefing to the Lunar Forum?"
    best = rank_sentences(question, [passage], encode=bag_of_words,
                          mentions_in=mentions_of({"LSA": ("ex:lsa", "org")}))[0]
    assert best.parts and best.parts[-1].startswith("Presented by Ana Ruiz")
    assert short_answer(question, best.text, []).startswith("Ana Ruiz")


def test_a_heading_line_does_not_pair_with_a_sentence():
    # a sentence after a heading answers alone (a stamp such as "Posted 5 July 2023" is no part of it)
    passage = result("Posted 5 July 2023\nHer successor as chair is Dr. Eva Lind of the Alpha Agency.", 1)
    best = rank_sentences("Who succeeded the chair?", [passage], encode=bag_of_words)[0]
    assert not best.parts and best.text.startswith("Her successor")


def test_a_header_of_names_in_sentence_case_frames_its_rows_and_a_row_under_the_column_asked_states_it():
    from isecg_kg.qa.sentences import Candidate, names_column, units_in_context

    text = ("Table 2. Technology gaps for Mars\nID Technology gap Agencies with active work Priority\n"
            "TG-12 Autonomous medical care for crews far from Earth NASA, CSA, ESA Low\n"
            "TG-13 Radiation shielding NASA, ESA High")
    framed = dict(units_in_context(text, "Gaps for the Mars phase", "Gap assessment"))
    row = "TG-12 Autonomous medical care for crews far from Earth NASA, CSA, ESA Low"
    assert framed[row].endswith("ID Technology gap Agencies with active work Priority")
    # a heading of a few capitalised words is no header of columns over rows
    assert not any(context == "Gaps for the Mars phase" for context in framed.values())
    candidate = Candidate(text=row, result=None, rank=1, context=framed[row], row=True)
    assert names_column(candidate, "What priority did the assessment give to autonomous medical care?")
    assert not names_column(candidate, "What budget did the assessment give to autonomous medical care?")
