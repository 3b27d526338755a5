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
    ({"q": "   "}, "q must not be blank"),
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


@pytest.mark.parametrize("args, message", [
    ({"q": "moon\x00base"}, r"control character U\+0000 at position 4"),
    ({"q": "\x1b[31m"}, r"control character U\+001B at position 0"),
    ({"q": "moon", "k": "1_0"}, "k must be a whole number"),
    ({"q": "moon", "k": "\u0663"}, "k must be a whole number"),  # ARABIC-INDIC DIGIT THREE
    ({"q": "moon", "k": "1.5"}, "k must be a whole number"),
    ({"q": "moon", "k": "9" * 5000}, "k must be from 1 to 100 .* \\(5000 characters\\)"),
    ({"q": "moon", "year_to": "0" * 40 + "2022x"}, "year_to must be a whole number .* \\(45 characters\\)"),
])
def test_control_characters_and_odd_numbers_are_refused(args, message):
    with pytest.raises(BadParameter, match=message):
        parse_query_params(args, SETTINGS)


def test_tabs_line_breaks_and_other_scripts_are_text():
    assert parse(q="lunar\tgateway\r\n🚀 القمر e\u0301", k="+3")["k"] == 3


def test_repeated_parameters_are_refused():
    from werkzeug.datastructures import MultiDict

    with pytest.raises(BadParameter, match="parameter mode is given 2 times; give it once"):
        parse_query_params(MultiDict([("q", "moon"), ("mode", "dense"), ("mode", "bogus")]), SETTINGS)
    with pytest.raises(BadParameter, match="parameter q is given 2 times"):
        parse_query_params(MultiDict([("q", "moon"), ("q", "mars")]), SETTINGS)
    assert parse_query_params(MultiDict([("q", "moon"), ("k", "3")]), SETTINGS)["k"] == 3


@pytest.mark.parametrize("args, message", [
    ({"q": "moon", "k": " 5"}, "k must be a whole number"),  # " 5" is not an integer on the wire
    ({"q": "moon", "mode": "DENSE"}, "mode must be one of hybrid, dense, lexical; got 'DENSE'"),
    ({"q": "moon", "doc": "nope"}, "doc must be one of a-report; got 'nope'"),
    ({"q": "moon", "type": "Annual Report"}, "type must be one of annual report"),
    ({"q": "moon", "section": "x" * 1001}, "section is 1001 characters long"),
])
def test_values_outside_the_declaration_are_refused(args, message):
    with pytest.raises(BadParameter, match=message):
        parse_query_params(args, SETTINGS, choices={"documents": ["a-report"], "types": ["annual report"]})


def test_empty_values_mean_not_given():
    assert parse(q="moon", k="", mode="", year_from="", doc="") == parse(q="moon")


def test_the_openapi_schema_states_what_the_validation_enforces():
    from isecg_kg.search.params import PARAMS

    narrow = SETTINGS.replace(max_k=7, max_query_chars=50)
    schemas = {p.name: p.openapi(narrow, {"documents": ["a-report"], "types": ["annual report"]}) for p in PARAMS}
    assert schemas["k"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 7, "default": 10}
    assert schemas["q"]["required"] and schemas["q"]["schema"]["maxLength"] == 50
    assert schemas["year_from"]["schema"]["minimum"] == 1 and schemas["year_to"]["schema"]["maximum"] == 9999
    assert schemas["mode"]["schema"]["enum"] == ["hybrid", "dense", "lexical"]
    assert schemas["doc"]["schema"]["enum"] == ["a-report"] and schemas["type"]["schema"]["enum"] == ["annual report"]
    assert all(s["allowEmptyValue"] for name, s in schemas.items() if name != "q")
    import re

    pattern = schemas["q"]["schema"]["pattern"]
    for text in ("moon", " lunar\tgateway ", "🚀"):
        assert re.search(pattern, text) and parse(q=text)
    for text in ("   ", "moon\x00", "\x1b[31m"):
        assert not re.search(pattern, text)
        with pytest.raises(BadParameter):
            parse(q=text)
