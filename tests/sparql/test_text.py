import pytest

from isecg_kg.sparql import text


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://x> { ?s ?p ?o } }",
    "select * {service<x>{}}",
    "SELECT * { SERVICE:x {} }",              # prefix named "SERVICE" read as the keyword
    "SELECT * { ?x.SERVICE <a> {} }",          # a variable name ends at the dot
    'SELECT * { ?s ?p "x"SERVICE <a> {} }',    # glued to a string
    "SELECT * { ?s ?p ?o } # fine\nSERVICE <a> {}",
    # `<` read as less-than by the parser, not as an IRI hiding what follows
    "SELECT * { FILTER(1<2)SERVICE#>\n<a> {} }",
    "SELECT * { FILTER(1<2&&'x>'='x')SERVICE<a>{}FILTER('a'='a') }",
    # \# and \' escape characters of a prefixed name: no comment, no string
    "SELECT * { ?s ex:a\\# ?o . SERVICE <a> {} }",
    "SELECT * { ?s ex:a\\' ?o . SERVICE <a> {} FILTER(?o != 'x') }",
    # the parser reads \u escapes inside IRIs
    "SELECT * { BIND(<http://x/\\u0041#> AS ?x) SERVICE <a> {} }",
])
def test_service_is_found_wherever_the_parser_could_read_it(query):
    assert text.has_keyword(text.code(query), "service", loose=True)


@pytest.mark.parametrize("query", [
    "SELECT ?service { ?service a ex:Service }",
    'SELECT * { ?s ?p "SERVICE <x> {}" }',
    "SELECT * { ?s ?p '''a\nSERVICE''' }",
    "SELECT * { <http://x/SERVICE> ?p ?o } # SERVICE",
    "SELECT * { ?s <http://www.w3.org/ns/sparql-service-description#endpoint> ?o FILTER(?o<3) }",
    "SELECT * { ?s ?p ?o FILTER(?p = <http://x/service>) } # SERVICE",
    "SELECT * { <http://dbpedia.org/resource/Mercury_(planet)> ?p ?o FILTER(?o<2) } # SERVICE",
])
def test_service_in_names_strings_iris_comments_is_not_a_keyword(query):
    assert not text.has_keyword(text.code(query), "service", loose=True)


def test_query_form_is_the_first_form_keyword():
    assert text.query_form(text.code("PREFIX task: <t> PREFIX select: <s> ASK {}")) == "ask"
    assert text.query_form(text.code("CONSTRUCT { ?s ?p ?o } WHERE { { SELECT * {} } }")) == "construct"
    assert text.query_form(text.code("# SELECT\nDESCRIBE <x>")) == "describe"
    assert text.query_form(text.code("nonsense")) is None


def test_add_using_goes_to_each_top_level_where_clause():
    update = ("DELETE WHERE { ?a ?b ?c } ; INSERT { ?s ?p 1 } WHERE { { SELECT * WHERE { ?s ?p ?o } } } ;"
              " DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    out = text.add_using(update, ["http://g"], ["http://n"])
    clause = "USING <http://g> USING NAMED <http://n> WHERE"
    assert out.count(clause) == 2
    assert out.startswith("DELETE WHERE {")  # DELETE WHERE takes no USING
    assert "SELECT * WHERE" in out  # nor does a subquery
