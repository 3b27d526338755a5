import json
import re

import pytest

from isecg_kg.cli import main

pytestmark = pytest.mark.slow


def args(settings, *rest):
    return ["search", *rest, "--index-dir", str(settings.index_dir), "--corpus-dir", str(settings.corpus_dir)]


def test_text_output_cites_document_page_and_passage(build, settings, capsys):
    assert main(args(settings, "Where was the International Astronautical Congress held?", "--k", "2")) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 result(s) for 'Where was the International Astronautical Congress held?' (hybrid")
    assert re.search(r"^1\. ISECG Annual Report 2022 \(2023\), pp?\. \d+", out, re.M)
    assert "/id/doc/isecg-annual-report-2022/passage/" in out


def test_json_output_and_bad_parameters(build, settings, capsys):
    assert main(args(settings, "life support", "--mode", "lexical", "--k", "1", "--json")) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["mode"] == "lexical" and len(data["results"]) == 1
    assert main(args(settings, "life support", "--mode", "fuzzy")) == 2
    assert "mode must be one of hybrid, dense, lexical" in capsys.readouterr().err
