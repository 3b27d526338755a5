import pytest

from isecg_kg.search import SearchEngine


@pytest.fixture(scope="session")
def engine(build, settings):
    """The search engine over the session's build (the model loads once per test session)."""
    return SearchEngine.from_build(build, settings)
