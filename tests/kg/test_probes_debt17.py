"""Probes of the debts paid in round 17: orders and parsers kept in one place, behaviour unchanged."""
from isecg_kg.kg import series


def test_head_genre_reads_every_cue_once():
    # every genre cue a title or head may give is read by head_genre, once (a cue added to a list and not to the
    # order, or a second cue of one genre in one list, fails here rather than going unread)
    cues = [cue for group in (series.GENRES, series.HEAD_GENRES, series.PRESENTED_AT, series.COMPOUND_REPORT,
                              series.REPORT_WORDS) for cue in group]
    read = [(slug, cue.pattern) for slug, cue in series.HEAD_GENRE_ORDER]
    assert sorted(read) == sorted(cues)


def test_head_genre_order():
    assert series.head_genre(["Exploration Newsletter", "Issue 4 – Autumn 2017", "New white paper released"]) \
        == "newsletter"
    assert series.head_genre(["A Lunar Surface Roadmap", "Paper presented at the 2019 AIAA SPACE Forum"]) == "roadmap"
    assert series.head_genre(["Lunar Logistics", "Paper presented at the 2019 AIAA SPACE Forum"]) == "conference-paper"
    assert series.head_genre(["Lunar Logistics", "presented at the forum"]) is None
