"""Probes of the debts paid in round 17: orders and parsers kept in one place, behaviour unchanged."""
from isecg_kg.kg import series


def test_head_genre_reads_every_cue_once():
    # every genre cue a title or head may give is read by head_genre, once (a cue added to a list and not to the
    # order, or a second cue of one genre in one list, fails here rather than going unread)
    cues = [cue for group in (series.GENRES, series.HEAD_GENRES, series.NAMED_KINDS, series.PRESENTED_AT,
                              series.COMPOUND_REPORT, series.REPORT_WORDS) for cue in group]
    read = [(slug, cue.pattern) for slug, cue in series.HEAD_GENRE_ORDER]
    assert sorted(read) == sorted(cues)


def test_head_genre_order():
    assert series.head_genre(["Exploration Newsletter", "Issue 4 – Autumn 2017", "New white paper released"]) \
        == "newsletter"
    assert series.head_genre(["A Lunar Surface Roadmap", "Paper presented at the 2019 AIAA SPACE Forum"]) == "roadmap"
    assert series.head_genre(["Lunar Logistics", "Paper presented at the 2019 AIAA SPACE Forum"]) == "conference-paper"
    assert series.head_genre(["Lunar Logistics", "presented at the forum"]) is None


def test_one_number_word_parser():
    # the one parser kg's count rules, the line normaliser and qa's counts share
    from isecg_kg.text import number_word
    assert [number_word(w) for w in ("eleven", "Forty", "twenty-one", "twenty  one", "seventeenth", "twenty-fifth",
                                     "a dozen", "Half a dozen", "two dozen", "3 dozen")] == [11, 40, 21, 21, 17, 25,
                                                                                            12, 6, 24, 36]
    assert [number_word(w) for w in ("zero", "twenty-eleven", "twenty-", "dozen", "hundred", "several", "")] \
        == [None] * 7


def test_number_callers_keep_their_reach():
    from isecg_kg.kg.rules_org import number
    from isecg_kg.kg.text import numbers_once
    from isecg_kg.qa.sentences import number_value
    assert (number("16th"), number("twenty-seven"), number("2019"), number("twenty one"), number("two dozen")) \
        == (16, 27, None, None, None)  # one word, figures up to three digits
    assert (number_value("2019"), number_value("hundred"), number_value("dozen"), number_value("twenty one")) \
        == (2019, 100, 12, 21)
    assert numbers_once("twenty-one (21) agencies and some two dozen experts, not dozens") \
        == "21 agencies and some 24 experts, not dozens"


def test_next_line_on_its_page_or_beyond():
    from isecg_kg.ingest.model import Page
    from isecg_kg.kg.text import DocumentText
    text = DocumentText([Page(doc_id="d", page=1, text="Roadmap phases\nPhase 1 runs from 2028 to"),
                         Page(doc_id="d", page=2, text="2033 on the surface")], [])
    first, last, over = text.lines[0], text.lines[1], text.lines[2]
    assert text.next_line(first) is last
    assert text.next_line(last) is None and text.next_line(last, same_page=False) is over
    assert text.next_line(over, same_page=False) is None


def test_a_count_at_another_time():
    import re

    from isecg_kg.text import count_at_other_time, difference_than
    said = re.compile(difference_than(r"\d+|six|three", r"(?:agencies\s+)?") + r"in\s+(?P<year>\d{4})")
    for sentence, now, then in (("24 agencies, six more agencies than in 2018", 24, 18),
                                ("now 20, three fewer than in 2021", 20, 23), ("21, 2 less than in 2019", 21, 23)):
        m = said.search(sentence)
        assert count_at_other_time(now, int({"six": 6, "three": 3}.get(m["n"], m["n"])), m["dir"]) == then
    assert said.search("six more members joined in 2018") is None


def test_a_line_found_by_itself_not_by_its_text():
    from isecg_kg.ingest.model import Page
    from isecg_kg.kg.text import DocumentText, Line
    text = DocumentText([Page(doc_id="d", page=1, text="Participants\nParticipants")], [])
    assert [text.position(line) for line in text.lines] == [0, 1]
    assert text.position(Line(1, 0, "Participants", False)) is None  # an equal line, not one of the document's
