"""The query-process pool's limits, straight on the pool: memory cap, per-client limit, bounded
queue wait, and the process kept for quick queries while long ones run."""

from __future__ import annotations

import concurrent.futures
import functools
import resource
import time

import pytest

from isecg_kg.sparql import worker
from isecg_kg.sparql.pool import Busy, OutOfMemory, Pool, Stopped

from .conftest import SAMPLE_FILES, store_loader

pytestmark = pytest.mark.slow

# Counting an 8-fold cross product of the 15 sample triples (2.6 billion rows): many minutes of CPU,
# no memory.  (The 7-fold one takes only about 13 s on the on-disk store.)
RUNAWAY = "SELECT (COUNT(*) AS ?n) { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(8)) + " }"
# Sorting a 6-fold cross product: 11 million rows kept in memory, gigabytes.
HUNGRY = "SELECT * { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(6)) + " } ORDER BY ?o0 ?s1"
SIMPLE = worker.Query("SELECT ?label { ?agency <http://www.w3.org/2000/01/rdf-schema#label> ?label }", "json")


@pytest.fixture(scope="module")
def loader(tmp_path_factory):
    return store_loader(SAMPLE_FILES, tmp_path_factory.mktemp("store") / "store")


@pytest.fixture()
def pool(loader):
    def make(**limits) -> Pool:
        p = Pool(loader, **{"size": 2, "timeout": 20, **limits})
        wait_idle(p, p.size)  # it serves once one process is ready; these tests want them all
        return p
    return make


def wait_idle(p: Pool, count: int) -> None:
    deadline = time.monotonic() + 30
    while p.idle() < count and time.monotonic() < deadline:
        time.sleep(0.05)
    assert p.idle() == count


def test_a_query_over_the_memory_cap_is_stopped_and_its_process_replaced(pool):
    p = pool(memory_mb=200)
    try:
        before = set(p.pids())
        with concurrent.futures.ThreadPoolExecutor(1) as other:
            with pytest.raises(OutOfMemory, match="more than 200 MB"):
                p.run(worker.Query(HUNGRY, "json"))
            # The other process kept answering meanwhile, and the pool is whole again.
            assert other.submit(p.run, SIMPLE).result().rows > 0
        wait_idle(p, 2)
        assert len(before & set(p.pids())) == 1
        assert p.run(SIMPLE).rows > 0
    finally:
        p.close()


def test_a_process_that_cannot_load_within_the_cap_says_so():
    with pytest.raises(Exception, match="sparql_memory_mb"):
        Pool(functools.partial(bytearray, 400 << 20), size=1, timeout=5, memory_mb=200)  # MemoryError at load


def test_one_client_cannot_hold_more_than_its_share(pool):
    p = pool(per_client=1, quick=0.3, queue_wait=2)
    try:
        with concurrent.futures.ThreadPoolExecutor(1) as running:
            first = running.submit(p.run, worker.Query(RUNAWAY, "json"), client="10.0.0.1")
            time.sleep(0.2)
            with pytest.raises(Busy) as refused:
                p.run(SIMPLE, client="10.0.0.1")
            assert refused.value.status == 429 and refused.value.retry_after >= 1
            assert "sparql_client_queries" in str(refused.value)
            assert p.run(SIMPLE, client="10.0.0.2").rows > 0  # another client is served
            with pytest.raises(Stopped):
                first.result()
        assert p.run(SIMPLE, client="10.0.0.1").rows > 0  # its slot is given back
    finally:
        p.close()


def test_long_queries_leave_a_process_to_quick_ones(pool):
    """Two clients send a runaway query each: the first goes on as the one long query, the second
    is stopped once past the quick budget; quick queries are answered at once throughout, and
    the stopped text, sent again, waits for the long process instead of taking the quick one."""
    p = pool(timeout=15, quick=0.3, queue_wait=1.5)
    try:
        with concurrent.futures.ThreadPoolExecutor(2) as clients:
            first = clients.submit(p.run, worker.Query(RUNAWAY, "json"), client="a")
            time.sleep(0.5)  # the first is long now
            second = clients.submit(p.run, worker.Query(RUNAWAY + " # another text", "json"), client="b")
            with pytest.raises(Busy, match="sparql_quick_seconds") as stopped:
                second.result()
            assert stopped.value.status == 503 and 1 <= stopped.value.retry_after <= 15
            wait_idle(p, 1)  # the stopped query's process was replaced
            for _ in range(20):  # each would wait (and fail) if the long query held the quick process
                assert p.run(SIMPLE, client="c").rows > 0
            start = time.monotonic()
            with pytest.raises(Busy, match="sparql_queue_seconds"):  # known long: waits for the long process
                p.run(worker.Query(RUNAWAY + " # another text", "json"), client="b")
            assert 1.4 < time.monotonic() - start < 3
            assert p.idle() == 1  # and never took the quick one
            with pytest.raises(Stopped):
                first.result()
    finally:
        p.close()


def test_queue_wait_is_bounded_with_a_retry_hint(pool):
    p = pool(size=1, quick=0.2, queue_wait=1)
    try:
        with concurrent.futures.ThreadPoolExecutor(1) as running:
            first = running.submit(p.run, worker.Query(RUNAWAY, "json"), client="a")
            time.sleep(0.4)
            start = time.monotonic()
            with pytest.raises(Busy, match="stayed busy") as busy:
                p.run(SIMPLE, client="b")
            assert 0.9 < time.monotonic() - start < 2
            assert busy.value.status == 503 and busy.value.retry_after > 1  # when the runaway must end
            with pytest.raises(Stopped):
                first.result()
    finally:
        p.close()


def test_query_processes_open_the_store_under_a_raised_stack_limit(pool):
    """glibc gives every thread the stack limit its process started with: a server started under
    `ulimit -s 65536` (or a test after `isecg-kg sparql` ran in-process, as it once raised it) would
    start query processes whose RocksDB threads reserve 64 MB each, past the memory cap."""
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    resource.setrlimit(resource.RLIMIT_STACK, (64 << 20, hard))
    try:
        p = pool(memory_mb=200)
    finally:
        resource.setrlimit(resource.RLIMIT_STACK, (soft, hard))
    try:
        assert p.run(SIMPLE).rows > 0
    finally:
        p.close()
