from isecg_kg.qa.compose import time_elsewhere


def test_a_how_long_answer_telling_both_sides_and_a_time_is_kept():
    # (a second, later `_tells` of another signature once shadowed the one this check uses: a TypeError, a 500)
    response = {"shape": "passage", "answer": "three years", "short_answer": "three",
                "sentence": "The Gateway began operations three years after the roadmap was released."}
    kept = time_elsewhere("How long after the roadmap was released did the Gateway begin operations?", response)
    assert kept is response


def test_a_side_told_in_a_document_of_a_year_is_dated_by_that_document():
    # "the Condor orbiter in the 2031 roadmap": 2031 is the roadmap's year, not the orbiter's; the roadmap's row dates it
    from types import SimpleNamespace

    from isecg_kg.qa.compose import TOLD_IN, told_date
    from isecg_kg.records import DocumentRef, HitScores, Highlight, SearchHit

    def hit(text: str, year: int, n: int) -> SearchHit:
        return SearchHit(rank=n, score=1.0, scores=HitScores(1.0, None, None, None, None), text=text, page=1, pages=[1],
                         section=None, passage=f"http://x/p/{n}", passage_id=f"d{year}/{n}",
                         document=DocumentRef(f"d{year}", f"Roadmap {year}", year, "roadmap", f"http://x/d{year}"),
                         highlight=Highlight(text, 0, 0, text))

    hits = [hit("The Condor orbiter is planned for launch in 2029.", 2027, 1),
            hit("Condor orbiter — Lead agency: LSA; Indicative year: 2035", 2031, 2)]
    answerer = SimpleNamespace(engine=SimpleNamespace(search=lambda text, k, **filters: {"results": hits}))
    assert told_date(answerer, "the Condor orbiter in the 2031 roadmap", {}, past=False)[0] == "2035"
    assert told_date(answerer, "the Condor orbiter", {}, past=False)[0] in ("2029", "2035")  # no document named
    # a year of the side's own ("the 2031 plenary") is its time, not a document's
    assert TOLD_IN.search("the 2031 plenary") is None and TOLD_IN.search("the plenary in 2031") is None
    assert TOLD_IN.search("SLIM of the 2016 paper's table").group("year") == "2016"
