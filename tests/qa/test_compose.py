from isecg_kg.qa.compose import time_elsewhere


def test_a_how_long_answer_telling_both_sides_and_a_time_is_kept():
    # (a second, later `_tells` of another signature once shadowed the one this check uses: a TypeError, a 500)
    response = {"shape": "passage", "answer": "three years", "short_answer": "three",
                "sentence": "The Gateway began operations three years after the roadmap was released."}
    kept = time_elsewhere("How long after the roadmap was released did the Gateway begin operations?", response)
    assert kept is response
