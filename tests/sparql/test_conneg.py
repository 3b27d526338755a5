from isecg_kg.sparql.conneg import choose, parse_accept

OFFERS = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv"]


def test_q_values_pick_the_preferred():
    assert choose("text/csv;q=0.9, application/sparql-results+xml;q=0.5", OFFERS) == "text/csv"


def test_more_specific_range_wins_over_wildcard():
    # */* would give JSON 1.0, but its own range says 0.1
    assert choose("*/*, application/sparql-results+json;q=0.1", OFFERS) == "application/sparql-results+xml"
    assert choose("text/*", OFFERS) == "text/csv"


def test_q_zero_excludes_and_nothing_acceptable_is_none():
    assert choose("application/sparql-results+json;q=0", OFFERS[:1]) is None
    assert choose("image/png", OFFERS) is None


def test_missing_or_empty_accept_takes_the_first_offer():
    assert choose(None, OFFERS) == OFFERS[0]
    assert choose("", OFFERS) == OFFERS[0]


def test_ties_follow_the_order_of_the_offers():
    assert choose("text/csv, application/sparql-results+xml", OFFERS) == "application/sparql-results+xml"


def test_parse_is_lenient_with_case_spaces_and_bad_q():
    assert parse_accept(" Text/CSV ; Q=0.5 , bogus, application/json;q=x") == [
        ("text", "csv", 0.5), ("application", "json", 0.0)]
    assert choose("TEXT/CSV", OFFERS) == "text/csv"
