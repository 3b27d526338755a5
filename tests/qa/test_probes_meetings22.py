"""Probes of meetings asked of /api/ask (round 22), on invented texts and a small graph:

- a range of days the page's width cut at its dash ("held on 21–" / "22 May 2024 in Tallinn") is one sentence;
- "at which meeting ...?" is answered with the gathering, its date, its place and its host in the order the sentence
  tells them ("the plenary of 21–22 May 2024 in Tallinn, Estonia, hosted by ESTA"), without the name of the body the
  question already names ("the GCX plenary" asked "... admitted to GCX?");
- "When and where ...?" is answered "<days> in <town>" (the date first, as asked), "Where and when ...?" as before."""

from __future__ import annotations

import pytest

from isecg_kg.qa.sentences import gathering_in, short_answer, split_sentences

from .test_probes_places21 import _composed, graph  # noqa: F401  (the graph fixture)

ADMITTED = ("The Gamma Council (GCX) has welcomed two new members. They were accepted by consensus at the GCX plenary "
            "held on 21–\n22 May 2024 in Tallinn, Estonia, hosted by ESTA, which chairs the council this year.\n"
            "Membership now stands at 19.")


def test_a_range_cut_at_its_dash_is_one_sentence():
    units = split_sentences(ADMITTED)
    assert len(units) == 3 and "21– 22 May 2024 in Tallinn" in units[1]


@pytest.mark.parametrize("text", [
    "Results by year: 2019 –\n2020 saw four missions.",  # a dash after a space, no range
    "Days 10–\nEleven agencies took part.",  # the next line opens with no number
])
def test_no_run_on_without_a_range(text):
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("sentence, said", [
    ("They were accepted at the council plenary held on 21– 22 May 2024 in Tallinn, Estonia, hosted by ESTA, which "
     "chairs it.", "the council plenary of 21– 22 May 2024 in Tallinn, Estonia, hosted by ESTA"),
    ("The road map was agreed at the annual workshop on 3 June 2021 in Oslo, hosted by the Norwegian Space Agency.",
     "the annual workshop of 3 June 2021 in Oslo, hosted by the Norwegian Space Agency"),
    ("The plan was agreed at the plenary on 3 June 2021 in Oslo.", "the plenary of 3 June 2021 in Oslo"),
    # the place before the date, as before; no place after the date
    ("The chair passed to CSA at the council meeting in Lima on 4–5 March 2019.", "the council meeting in Lima, 4–5 March 2019"),
    ("The plan was agreed at the plenary on 3 June 2021 in response to the call.", "the plenary, 3 June 2021"),
])
def test_a_gathering_with_its_date_place_and_host(sentence, said):
    assert gathering_in(sentence, 2021) == said


def test_the_body_the_question_names_goes_unsaid():
    sentence = " ".join(split_sentences(ADMITTED)[1].split())
    assert short_answer("At which meeting were the two agencies accepted into GCX?", sentence, [], year=2024) == \
        "the plenary of 21– 22 May 2024 in Tallinn, Estonia, hosted by ESTA"
    # another body's name stays ("the GCX plenary" asked of the Lunar Forum)
    assert short_answer("At which meeting were the two agencies accepted into the Lunar Forum?", sentence, [],
                        year=2024).startswith("the GCX plenary of")


def test_when_and_where_tells_the_days_then_the_town(graph):  # noqa: F811
    assert _composed(graph, "When and where was the forum review of September 2022 held?").short == \
        "12 September 2022 in Bergen"
    assert _composed(graph, "When and where was the forum review of May 2021 held?").short == \
        "4–6 May 2021 at Goddard Space Flight Center, Greenbelt"
    assert _composed(graph, "Where and when was the forum review of September 2022 held?").short == \
        "Bergen; 12 September 2022"
