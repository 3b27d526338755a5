"""The `isecg-kg` entry point: bad input is a one-line error and a non-zero status, never a traceback."""

from __future__ import annotations

import pytest

from isecg_kg.cli import main


@pytest.mark.parametrize("content, reason", [
    ("not json\n", "JSONDecodeError"),
    ("{}\n", "KeyError: 'isecg_members_2022'"),
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
