import pytest
import requests

pytestmark = pytest.mark.slow


def test_search_json(client):
    # Empty parameters, as an HTML form sends them, mean "not given".
    response = client.get("/api/search", query_string={"q": "Where is the ISECG Secretariat located?", "k": 3,
                                                       "doc": "", "year_from": "", "year_to": "", "mode": ""})
    assert response.status_code == 200
    data = response.get_json()
    assert data["query"] == "Where is the ISECG Secretariat located?" and len(data["results"]) == 3
    assert "Noordwijk" in " ".join(r["text"] for r in data["results"])
    for key in ("rank", "score", "scores", "text", "page", "pages", "section", "passage", "document", "highlight",
                "entities"):
        assert key in data["results"][0]
    assert set(data["facets"]) == {"documents", "years", "types", "entity_types", "entities"}


@pytest.mark.parametrize("query, message", [
    ({}, "q is required"),
    ({"q": "x" * 10_000}, "at most 1000"),
    ({"q": "moon", "k": "0"}, "k must be from 1 to 100"),
    ({"q": "moon", "k": "500"}, "k must be from 1 to 100"),
    ({"q": "moon", "mode": "semantic"}, "mode must be one of"),
    ({"q": "moon", "year_from": "last year"}, "year_from must be a whole number"),
    ({"q": "moon", "doc": "no-such-doc"}, "doc must be one of isecg-annual-report-2022; got 'no-such-doc'"),
    ({"q": "moon", "year_from": "2023", "year_to": "2020"}, "year_from (2023) is after year_to (2020)"),
    ({"q": "moon", "mode": ["dense", "semantic"]}, "parameter mode is given 2 times"),
    ({"q": "moon\x00"}, "control character U+0000"),
])
def test_bad_parameters_get_400_with_the_reason(client, query, message):
    response = client.get("/api/search", query_string=query)
    assert response.status_code == 400
    assert message in response.get_json()["error"]


def test_real_server(live_server):
    response = requests.get(live_server + "api/search", params={"q": "nuclear power propulsion gap", "k": 2},
                            timeout=60)
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/json"
    assert "Nuclear Power and Propulsion" in response.json()["results"][0]["text"]
    assert requests.get(live_server + "api/search", params={"q": ""}, timeout=10).status_code == 400
