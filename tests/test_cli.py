"""The `isecg-kg` entry point: bad input is a one-line error and a non-zero status, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from isecg_kg.cli import main


@pytest.mark.parametrize("content, reason", [
    ("not json\n", "JSONDecodeError"),
    ("{}\n", "KeyError: 'documents'"),
    ("[1, 2]\n", "TypeError"),
])
def test_eval_with_a_wrong_gold_file_names_it(build, settings, tmp_path, capsys, content, reason):
    gold = tmp_path / "gold.json"
    gold.write_text(content)
    flags = ["--index-dir", str(settings.index_dir), "--corpus-dir", str(settings.corpus_dir)]
    assert main(["eval", "kg", "--gold", str(gold), *flags]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"isecg-kg eval: error: --gold {gold} is not a gold file for `eval kg`")
    assert reason in err and len(err.splitlines()) == 1


def _flags(settings) -> list[str]:
    return ["--index-dir", str(settings.index_dir), "--corpus-dir", str(settings.corpus_dir)]


def test_sparql_json_ends_with_a_line_break(build, settings, capsysbinary):
    query = 'SELECT ?name WHERE { ?g isecg:acronym "TWG" ; skos:prefLabel ?name }'
    for fmt in ("json", "csv", "tsv", "xml"):
        assert main(["sparql", query, "--format", fmt, *_flags(settings)]) == 0
        assert capsysbinary.readouterr().out.endswith(b"\n"), fmt
    assert main(["sparql", "ASK { ?s ?p ?o }", "--format", "json", *_flags(settings)]) == 0
    assert capsysbinary.readouterr().out.endswith(b"}\n")


def test_sparql_syntax_errors_point_at_the_line_like_the_endpoint(build, settings, capsys):
    query = "SELECT ?s\nWHERE { ?s ?p }"
    assert main(["sparql", query, *_flags(settings)]) == 2
    err = capsys.readouterr().err
    message, line, caret = err.rstrip("\n").split("\n")[-3:]
    assert message.startswith("isecg-kg sparql: the query is not valid SPARQL 1.1: error at 2:")
    column = int(message.split("error at 2:")[1].split(":")[0])
    assert line == "WHERE { ?s ?p }" and caret == " " * (column - 1) + "^"


@pytest.mark.slow
@pytest.mark.parametrize("command", [
    ["search", "lunar power", "--type", "bogus"],
    ["search", "lunar power", "--doc", "bogus"],
    ["search", "lunar power", "--mode", "fast"],
    ["search", "lunar power", "--k", "0"],
    ["ask", "Which country is KARI from?", "--k", "0"],
    ["ask", "Which country is KARI from?", "--doc", "bogus"],
    ["ask", "What powers a lunar base at night?", "--doc", "bogus"],
])
def test_bad_search_and_ask_arguments_are_refused_before_the_model_loads(build, settings, command):
    code = ("import sys; from isecg_kg.cli import main; rc = main(sys.argv[1:]); "
            "print(rc, 'sentence_transformers' in sys.modules, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, *command, *_flags(settings)], capture_output=True, text=True,
                         timeout=300)
    assert out.stdout.splitlines()[-1] == "2 False False", out.stdout + out.stderr
    assert out.stderr.startswith(f"isecg-kg {command[0]}: error: ") and len(out.stderr.splitlines()) == 1
