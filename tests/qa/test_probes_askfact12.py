"""Facts, lists and counts the development sets l, m, n showed missed (round 12), as unit probes on invented texts:

- a name the graph does not know may title the answer's document instead of being in its passage (a cover page);
- a capitalised word after "how many X does the" (a month) is no verb of the count;
- a number joined to its unit ("a two-day workshop") counts nothing; "how many people" is told in participants;
- an organisation question's list announced by a count in another body noun ("Three organisations were welcomed");
- "which partners/institutions" asks for organisations, several; "which agencies are developing" states a relation.
Each with a negative: what must stay as it was."""

from __future__ import annotations

from types import SimpleNamespace

from isecg_kg.qa import lists
from isecg_kg.qa.answerer import _names
from isecg_kg.qa.compose import COUNT_VERB
from isecg_kg.qa.sentences import answer_type, count_in, counted, short_answer, stated
from isecg_kg.records import DocumentRef


def _hit(text: str, title: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, document=DocumentRef("d", title, None, None, "d"))


def test_an_unknown_name_may_title_the_document():
    cover = "Prepared by the study team. Contributing agencies: KARI, CNES and UKSA."
    assert _names(_hit(cover, "Lunar Robotics Survey 2016"), ["lunar", "robotics", "survey"])
    assert _names(_hit("The Mars Relay Study was led by CNES.", "Annual Report 2019"), ["mars", "relay", "study"])
    assert not _names(_hit(cover, "Annual Report 2019"), ["lunar", "robotics", "survey"])


def test_a_month_is_no_verb_of_the_count():
    assert COUNT_VERB.search("How many gaps does the March 2021 update of the assessment list?") is None
    assert COUNT_VERB.search("How many technology areas does the August 2024 revision cover?") is None
    assert COUNT_VERB.search("How many agencies signed the Ottawa statement?").group("verb") == "signed"


def test_a_measure_joined_to_its_unit_counts_nothing():
    people = counted("How many people took part in the Lisbon workshop?")
    assert count_in("CNES offered to host a three-day workshop. It took place in Lisbon.", people) is None
    assert count_in("A five-year campaign began; 40 delegates took part.", people) == "40"
    # the count of what is asked stays, a hyphenated number among them
    assert count_in("Twenty-five agencies took part in the 10-year plan.", counted("How many agencies took part?")) \
        == "Twenty-five"


def test_a_head_count_is_told_in_participants():
    assert count_in("The workshop brought together 86 participants.",
                    counted("How many people took part in the Berlin workshop?")) == "86"
    assert count_in("Some 120 participants were present in Nairobi.", counted("What was the number of people present?")) \
        == "120"
    # a count of agencies is not told in participants, nor one of people in agencies sending delegates
    assert count_in("The workshop brought together 86 participants.",
                    counted("How many agencies took part in the workshop?")) is None
    assert count_in("Twenty-one agencies sent delegates to Lima and three more joined by video.",
                    counted("How many people attended the meeting in Lima?")) is None


def test_a_list_announced_in_another_body_noun():
    passage = ("The forum began the year with 21 member agencies. Two bodies were admitted in 2023. The Kenya Space "
               "Agency came first, in May. The Hellenic Space Center followed in November.")
    sentence = "The forum began the year with 21 member agencies. Two bodies were admitted in 2023."
    told = lists.announced("Which agencies joined the forum in 2023?", sentence, passage) or ""
    assert "Kenya Space Agency" in told and "Hellenic Space Center" in told
    told = lists.announced("Name the organisations that became members in 2023.", sentence, passage) or ""
    assert "Hellenic Space Center" in told
    # a total of members announces no list
    total = "The forum began the year with 21 member agencies."
    assert lists.announced("Which agencies joined the forum in 2023?", total, passage) is None


def test_partners_and_institutions_are_organisations_asked_in_numbers():
    assert answer_type("Which partners build the Gateway according to the digest?") == "org"
    assert answer_type("Which institutions fund the rover study?") == "org"
    assert answer_type("Which technologies does the plan cover?") != "org"
    sentence = "The rover, built by CSA with ESA and JAXA, is the core of the plan."
    assert short_answer("Which partners build the rover?", sentence, ["CSA", "ESA", "JAXA"]) == "CSA, ESA and JAXA"


def test_an_ongoing_relation_is_stated():
    assert stated("Which agencies are developing the Gateway according to the 2020 white paper?") == [{"develop"}]
    assert stated("Which agency is leading the lander study?") != []
    assert stated("Which agencies are members of the group?") == []
    assert stated("Which agency is being considered as host?") == []
