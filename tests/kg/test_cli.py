"""`isecg-kg sparql`, `isecg-kg export` and `isecg-kg eval kg` on the session's build."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from isecg_kg.cli import main

QUERY = 'SELECT ?name WHERE { ?g isecg:acronym "TWG" ; skos:prefLabel ?name }'


def flags(settings):
    return ["--index-dir", str(settings.index_dir), "--corpus-dir", str(settings.corpus_dir)]


def test_sparql_table_json_csv(build, settings, capsys):
    assert main(["sparql", QUERY, *flags(settings)]) == 0
    out = capsys.readouterr().out
    assert "Technology Working Group" in out and "(1 rows)" in out
    assert main(["sparql", QUERY, "--format", "json", *flags(settings)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["results"]["bindings"][0]["name"]["value"] == "Technology Working Group"
    assert main(["sparql", QUERY, "--format", "csv", *flags(settings)]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out)))[1] == ["Technology Working Group"]


def test_sparql_construct_as_turtle_and_bad_queries(build, settings, capsys):
    construct = "CONSTRUCT { ?g skos:prefLabel ?n } WHERE { ?g a isecg:WorkingGroup ; skos:prefLabel ?n }"
    assert main(["sparql", construct, "--format", "ttl", *flags(settings)]) == 0
    triples = list(ox.parse(capsys.readouterr().out.encode(), format=ox.RdfFormat.TURTLE))
    assert len(triples) >= 7
    assert main(["sparql", "SELECT * WHERE { ?s ?p }", *flags(settings)]) == 2
    assert "not valid SPARQL" in capsys.readouterr().err
    assert main(["sparql", "INSERT DATA { <x:a> <x:b> <x:c> }", *flags(settings)]) == 2
    assert "updates are not run" in capsys.readouterr().err


def test_export_to_a_directory_or_unwritable_path_is_a_one_line_error(build, settings, tmp_path, capsys):
    for target in (tmp_path, tmp_path / "missing" / "out.nq"):
        assert main(["export", "-o", str(target), *flags(settings)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("isecg-kg export: error: ") and str(target) in err and len(err.splitlines()) == 1


def test_sparql_service_is_refused_without_a_request(build, settings, capsys):
    # .invalid never resolves: without the check the query would try DNS and die with an OSError traceback.
    query = "SELECT * WHERE { SERVICE <http://sparql.invalid/> { ?s ?p ?o } }"
    assert main(["sparql", query, *flags(settings)]) == 2
    err = capsys.readouterr().err
    assert "SERVICE is not allowed" in err and len(err.strip().splitlines()) == 1
    assert main(["sparql", QUERY, "--format", "ttl", *flags(settings)]) == 2
    assert "CONSTRUCT" in capsys.readouterr().err


@pytest.mark.parametrize("fmt,rdf_format", [("nq", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG),
                                            ("ttl", ox.RdfFormat.TURTLE), ("jsonld", ox.RdfFormat.JSON_LD)])
def test_export_round_trips(build, settings, tmp_path, fmt, rdf_format):
    target = tmp_path / f"graph.{fmt}"
    assert main(["export", "--format", fmt, "-o", str(target), *flags(settings)]) == 0
    parsed = list(ox.parse(path=str(target), format=rdf_format))
    assert len(parsed) > 1000


def test_eval_kg_prints_precision_and_recall(build, settings, capsys):
    assert main(["eval", "kg", *flags(settings)]) == 0
    out = capsys.readouterr().out
    for kind in ("members", "countries", "working groups", "technology links", "events", "documents"):
        assert kind in out
    assert "members                  1.000   1.000" in out
    # The corpus-multi gold names none of this build's documents: said so, not scored 0 on every kind.
    assert "corpus-multi/kg_gold.json: skipped, none of its 7 documents is in this index" in out
    assert "membership counts" not in out
