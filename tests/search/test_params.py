import pytest

from isecg_kg.search.params import BadParameter, parse_query_params
from isecg_kg.settings import Settings

SETTINGS = Settings.load(environ={})


def parse(**args):
    return parse_query_params(args, SETTINGS)


def test_defaults_and_conversion():
    assert parse(q="  lunar gateway ", k="5", year_from="2020", type="annual report") == {
        "query": "lunar gateway", "k": 5, "mode": "hybrid", "year_from": 2020, "year_to": None,
        "doc": None, "doc_type": "annual report", "section": None, "entity": None}


@pytest.mark.parametrize("args, message", [
    ({}, "q is required"),
    ({"q": "   "}, "q is required"),
    ({"q": "x" * 10_000}, "10000 characters long; at most 1000"),
    ({"q": "moon", "k": "0"}, "k must be from 1 to 100"),
    ({"q": "moon", "k": "101"}, "k must be from 1 to 100"),
    ({"q": "moon", "k": "ten"}, "k must be a whole number"),
    ({"q": "moon", "mode": "fuzzy"}, "mode must be one of hybrid, dense, lexical"),
    ({"q": "moon", "year_from": "20x2"}, "year_from must be a whole number"),
    ({"q": "moon", "year_to": "-3"}, "year_to must be from 1 to 9999"),
    ({"q": "moon", "year_from": "2023", "year_to": "2020"}, "year_from (2023) is after year_to (2020)"),
])
def test_bad_parameters_say_what_is_wrong(args, message):
    with pytest.raises(BadParameter, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_query_params(args, SETTINGS)


def test_limits_are_settings():
    narrow = SETTINGS.replace(max_query_chars=10, max_k=3)
    with pytest.raises(BadParameter, match="setting max_query_chars"):
        parse_query_params({"q": "x" * 11}, narrow)
    assert parse_query_params({"q": "x" * 10, "k": 3}, narrow)["k"] == 3
