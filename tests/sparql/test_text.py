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


def test_too_complex_counts_depth_and_tokens():
    from isecg_kg.sparql.text import too_complex

    limits = {"max_depth": 10, "max_tokens": 50}
    assert too_complex("SELECT * WHERE { ?s ?p ?o FILTER((1 < 2)) }", **limits) is None
    deep = too_complex("SELECT * WHERE " + "{" * 11 + "}" * 11, **limits)
    assert "11 deep" in deep and "sparql_max_depth" in deep
    # Braces inside strings, IRIs and comments are not nesting.
    assert too_complex('SELECT * WHERE { ?s ?p "{{{{{{{{{{{{" } # ((((((((((((', **limits) is None
    # A collection of IRIs: one token each, though the lexer blanks them.
    many = too_complex("SELECT * WHERE { ?s ?p (" + " ".join(["<http://e/x>"] * 60) + ") }", **limits)
    assert "sparql_max_tokens" in many
    # What an ambiguous '<' could hide from the lexer is counted on the code.
    hidden = too_complex("SELECT * WHERE { FILTER(1<2&&" + "!" * 60 + "true)>0) }", **limits)
    assert "sparql_max_tokens" in hidden
