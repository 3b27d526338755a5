"""Round 16 probes (search): a document noun inside a longer capitalised name names no document.

The documents are invented (other titles, years and types than the test corpora)."""

from types import SimpleNamespace

from isecg_kg.search.cues import DocumentCues

DOCS = [SimpleNamespace(label=None, id="lunar-plan-2016", title="Lunar Science Plan — Third Edition", year=2016, type="plan"),
        SimpleNamespace(label=None, id="sample-study-2019", title="Mars Sample Return Architecture Study", year=2019,
                        type="study"),
        SimpleNamespace(label=None, id="digest-2021", title="Agencies Annual Digest", year=2021, type="report")]
cues = DocumentCues(DOCS)


def named(query: str) -> list[str]:
    return sorted(d for d, s in cues.scores(query).items() if s > 0)


def test_a_document_noun_running_on_into_a_name_is_a_bodys_name():
    # "Plan" / "Study" head a group's or a team's name here, not a document's.
    assert named("Who chairs the Lunar Science Plan Working Group?") == []
    assert named("Which agencies sit on the Sample Return Study Team?") == []
    assert cues.naming("Who chairs the Lunar Science Plan Working Group?") == []


def test_a_document_noun_ending_the_name_still_names_the_document():
    assert named("What does the Lunar Science Plan say about landing sites?") == ["lunar-plan-2016"]
    assert named("When was the Mars Sample Return Architecture Study published?") == ["sample-study-2019"]
    # Another document noun after it ("Plan Third Edition") or lower case ("the science plan team") keeps the cue.
    assert named("What changed in the Lunar Science Plan Third Edition?") == ["lunar-plan-2016"]
    assert named("Who wrote the annual digest?") == ["digest-2021"]

