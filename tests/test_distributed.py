"""conflictfigures.distributed: the cluster's answers are exactly one process's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conflictfigures import (
    MINMAX_ESTIMATE,
    Category,
    Document,
    Figure,
    InvalidType,
    Ledger,
    extract,
    read_articles,
    read_documents,
    to_record,
)
from conflictfigures._documents import seeds_folder
from conflictfigures._tables import TABLES, read_records, write_tables
from conflictfigures.models import Source
from conflictfigures.strategies import corpora

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("conflictfigures.distributed")
distributed_api = pytest.importorskip("distributed")

#: The open development sets, beside the repository (absent: only the seeds are read).
DEV_SETS = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks"


@st.composite
def mixed_corpora(draw: st.DrawFn) -> list[Figure]:
    """
    A corpus whose figures are spread over a few categories, so that most
    documents hold figures of several (the hard case: one document's
    claimants are read across categories), plus a corpus of another category.
    """
    figures = draw(corpora(max_size=12))
    few = [Category.KILLED, Category.WOUNDED, Category.DETAINED]
    categories = draw(st.lists(st.sampled_from(few), min_size=len(figures), max_size=len(figures)))
    mixed = [attrs.evolve(f, category=c) for f, c in zip(figures, categories, strict=True)]
    other = draw(st.sampled_from(list(Category)))
    return mixed + [attrs.evolve(f, category=other) for f in draw(corpora(max_size=6))]


def _cluster_records(
    figures: list[Figure], npartitions: int, **kwargs: object
) -> tuple[list[dict[str, object]], ...]:
    bag = db.from_sequence([to_record(f) for f in figures] or [], npartitions=npartitions)
    analysis = distributed.analyse(bag, **kwargs)
    return analysis.compute(scheduler="sync")  # type: ignore[no-any-return]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(figures=mixed_corpora(), npartitions=st.integers(1, 6), order=st.randoms())
def test_any_partitioning_gives_the_records_of_one_process(
    figures: list[Figure], npartitions: int, order: object
) -> None:
    """
    Contract: for any corpus, any order and any number of partitions, the
    partitioned analysis gives exactly the claims, contradictions, running
    totals and estimates of one ledger, record for record.
    """
    shuffled = list(figures)
    order.shuffle(shuffled)  # type: ignore[attr-defined]
    expected = distributed.records_by_kind(Ledger(figures))
    assert _cluster_records(shuffled, npartitions) == expected


def test_a_documents_claimants_are_read_across_categories() -> None:
    """
    "The monitor" of the wounded is the Observatory that reported the killed:
    the wounded's neighbourhood must see the killed figure as its context.
    """
    text = (
        "Five civilians were killed in Idlib on Tuesday, the Syrian Observatory for Human "
        "Rights said. Three others were wounded, the monitor said."
    )
    read = extract(text, outlet="AP", doc_id="a")
    # (the extractor names the Observatory again itself; the ledger must
    # too, from a figure whose claimant is the description as written)
    assert [(f.category, f.claimed_by) for f in read] == [
        (Category.KILLED, "the Syrian Observatory for Human Rights"),
        (Category.WOUNDED, "the Syrian Observatory for Human Rights"),
    ]
    figures = [read[0], attrs.evolve(read[1], claimed_by="the monitor")]
    expected = distributed.records_by_kind(Ledger(figures))
    assert _cluster_records(figures, 2) == expected
    [wounded] = [c for c in expected[0] if c["category"] == "wounded"]
    assert wounded["claimants"] == ["Syrian Observatory for Human Rights"]


def _real_documents() -> list[Document]:
    docs = list(read_documents([seeds_folder()]))
    for name in ("isaf_press_releases.jsonl", "wikipedia_incidents.jsonl"):
        path = DEV_SETS / name
        if path.exists():
            articles = read_articles(path, doc_id="id", published="date")
            docs += [d for _, d in zip(range(300), articles, strict=False)]
    return docs


def test_real_text_gives_the_records_of_one_process() -> None:
    docs = _real_documents()
    bag = db.from_sequence(docs, npartitions=4)
    figures = distributed.extract_figures(bag)
    got = distributed.analyse(figures, policy=MINMAX_ESTIMATE, npartitions=3)
    claims, contradictions, totals, estimates, tallies = got.compute(scheduler="sync")
    ledger = Ledger([f for d in docs for f in d.figures()], policy=MINMAX_ESTIMATE)
    expected = distributed.records_by_kind(ledger)
    assert (claims, contradictions, totals, estimates, tallies) == expected
    assert len({c["category"] for c in claims}) >= 3
    assert contradictions  # the seeds disagree
    assert {t["policy"] for t in tallies} == {"minmax"}


def _same_tables(one: Path, two: Path) -> None:
    for table in TABLES:
        rows = [
            sorted(json.dumps(r, sort_keys=True) for r in read_records(f, table))
            for f in (one, two)
        ]
        assert rows[0] == rows[1], table


def test_real_text_gives_the_tables_of_one_process(tmp_path: Path) -> None:
    """Documents extracted and analysed on the workers: every row of every table."""
    pytest.importorskip("pyarrow")
    docs = _real_documents()
    ledger = Ledger([f for d in docs for f in d.figures()])
    write_tables(ledger, tmp_path / "one")
    analysis = distributed.analyse_documents(db.from_sequence(docs, npartitions=5), npartitions=2)
    written = analysis.write_parquet(tmp_path / "two", scheduler="sync")
    assert written["figures"] == len(ledger)
    assert written["claims"] == len(ledger.claims())
    _same_tables(tmp_path / "one", tmp_path / "two")


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(figures=mixed_corpora(), npartitions=st.integers(1, 5), buckets=st.integers(1, 4))
def test_any_partitioning_writes_the_tables_of_one_process(
    figures: list[Figure], npartitions: int, buckets: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Contract: the Parquet tables of a cluster are one process's, row for row."""
    pytest.importorskip("pyarrow")
    folder = tmp_path_factory.mktemp("tables")
    write_tables(Ledger(figures), folder / "one")
    bag = db.from_sequence(figures or [], npartitions=npartitions)  # Figure objects, not records
    distributed.analyse(bag, npartitions=buckets).write_parquet(folder / "two", scheduler="sync")
    _same_tables(folder / "one", folder / "two")


def test_rows_of_one_document_are_read_together() -> None:
    """
    Two rows with one document's key (id, URL, outlet, date) are one
    document to a ledger, whichever partitions they land in: "the monitor"
    of the wounded, in one row, is the Observatory named in the other.
    """
    source = Source(outlet="AP", doc_id="a")
    rows = [
        Document(
            text="Five civilians were killed, the Syrian Observatory for Human Rights said.",
            source=source,
        ),
        Document(
            text="The strikes went on into the night. Three others were wounded, the monitor said.",
            source=source,
        ),
    ]
    figures = [f for d in rows for f in d.figures()]
    assert [f.category for f in figures] == [Category.KILLED, Category.WOUNDED]
    expected = distributed.records_by_kind(Ledger(figures))
    [wounded] = [c for c in expected[0] if c["category"] == "wounded"]
    assert wounded["claimants"] == ["Syrian Observatory for Human Rights"]
    for buckets in (1, 2, 3):
        bag = db.from_sequence(rows, npartitions=2)
        analysis = distributed.analyse_documents(bag, npartitions=buckets)
        assert analysis.compute(scheduler="sync") == expected


def test_documents_sharing_a_digest_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    Every document given one digest, so each looks split over batches: the
    claimants each sends the others as context change no answer.
    """
    docs = _real_documents()[:120]
    expected = distributed.records_by_kind(Ledger([f for d in docs for f in d.figures()]))
    monkeypatch.setattr(distributed, "_digest", lambda _key: 7)
    bag = db.from_sequence(docs, npartitions=6)
    assert distributed.analyse_documents(bag, npartitions=2).compute(scheduler="sync") == expected


def test_a_stream_read_on_the_client_gives_the_records_of_one_process(tmp_path: Path) -> None:
    """
    Documents read here, sent to a cluster in batches as they are read
    (a cluster of threads: the graph and the batches are the same).
    """
    pytest.importorskip("pyarrow")
    docs = list(read_documents([seeds_folder()]))
    ledger = Ledger([f for d in docs for f in d.figures()])
    write_tables(ledger, tmp_path / "one")
    with (
        distributed_api.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as local,
        distributed_api.Client(local) as client,
    ):
        assert distributed.analyse_documents(iter(docs), client=client).compute() == (
            distributed.records_by_kind(ledger)
        )
        written = distributed.analyse_documents(iter(docs), client=client).write_parquet(
            tmp_path / "two"
        )
    assert written["claims"] == len(ledger.claims())
    _same_tables(tmp_path / "one", tmp_path / "two")


def test_records_cross_processes(tmp_path: Path) -> None:
    """The figures and results travel as records, through real pickling."""
    docs = list(read_documents([seeds_folder()]))
    figures = distributed.extract_figures(db.from_sequence(docs, npartitions=2))
    analysis = distributed.analyse(figures)
    analysis.write_jsonl(tmp_path, scheduler="processes", num_workers=2)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written[0].startswith("claims-")
    lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in tmp_path.glob("claims-*"))
    assert lines == len(Ledger([f for d in docs for f in d.figures()]).claims())


def test_neighbourhood_is_the_category() -> None:
    [fig] = read_documents([seeds_folder()]).__next__().figures()[:1]
    assert distributed.neighbourhood(to_record(fig)) == fig.category.value


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: distributed.analyse([1]), "'figures' must be a dask.bag.Bag, got list"),
        (
            lambda: distributed.extract_figures("docs"),
            "'documents' must be a dask.bag.Bag, got str",
        ),
        (
            lambda: distributed.analyse(db.from_sequence([]), npartitions=0),
            "'npartitions' must be an int >= 1, got 0",
        ),
        (
            lambda: distributed.analyse_documents("text"),
            "'documents' must be a dask.bag.Bag or an iterable of documents, got str",
        ),
        (
            lambda: distributed.analyse_documents([], bounds="acled"),
            "'bounds' must be a BoundsPolicy or None, got str",
        ),
    ],
)
def test_wrong_arguments_are_refused(call: object, message: str) -> None:
    with pytest.raises(InvalidType) as info:
        call()  # type: ignore[operator]
    assert str(info.value) == message


def test_items_that_are_not_documents_are_named() -> None:
    bag = distributed.extract_figures(db.from_sequence(["text"]))
    with pytest.raises(InvalidType, match="'documents' must hold Document objects, got str"):
        bag.compute(scheduler="sync")
    analysis = distributed.analyse(db.from_sequence([3]))
    with pytest.raises(InvalidType, match="must hold figure records or Figure objects, got int"):
        analysis.compute(scheduler="sync")


def test_without_dask_the_library_works_as_before() -> None:
    script = (
        "import sys\n"
        "sys.modules['dask'] = None\n"
        "import conflictfigures\n"
        "assert conflictfigures.extract('Two soldiers were killed.')\n"
        "try:\n"
        "    import conflictfigures.distributed\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout == (
        "conflictfigures.distributed needs the 'dask' extra: pip install 'conflictfigures[dask]'\n"
    )


def test_the_local_cluster_runs_apart_and_leaves_nothing_behind() -> None:
    """
    The command's local cluster: a scheduler and one-thread workers, each a
    process of its own (not this one), all gone once it closes.
    """
    psutil = pytest.importorskip("psutil")
    from conflictfigures._parallel import cluster  # noqa: PLC0415 - needs the extra

    me = psutil.Process()
    with cluster(workers=2, scheduler=None) as client:
        workers = client.scheduler_info()["workers"]
        assert sorted(w["nthreads"] for w in workers.values()) == [1, 1]
        pids = set(client.run(lambda: __import__("os").getpid()).values())
        pids.add(client.run_on_scheduler(lambda: __import__("os").getpid()))
        assert len(pids) == 3
        assert me.pid not in pids
        assert pids <= {p.pid for p in me.children(recursive=True)}
    assert not any(
        psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie" for pid in pids
    )


def test_the_local_clusters_workers_write_the_tables_without_pandas(tmp_path: Path) -> None:
    """The command's workers run only its tasks: their tables are written without pandas."""
    pytest.importorskip("pyarrow")
    pytest.importorskip("pandas")
    from conflictfigures._parallel import cluster  # noqa: PLC0415 - needs the extra

    docs = list(read_documents([seeds_folder()]))
    write_tables(Ledger([f for d in docs for f in d.figures()]), tmp_path / "one")
    with cluster(workers=1, scheduler=None) as client:
        analysis = distributed.analyse_documents(iter(docs), client=client)
        analysis.write_parquet(tmp_path / "two")
        assert list(client.run(lambda: "pandas" in sys.modules).values()) == [False]
        assert list(client.run(lambda: "pyarrow" in sys.modules).values()) == [True]
    _same_tables(tmp_path / "one", tmp_path / "two")


def test_a_local_cluster_that_cannot_start_says_why() -> None:
    from conflictfigures._parallel import ClusterUnavailable, cluster  # noqa: PLC0415

    with (
        pytest.raises(ClusterUnavailable, match="cannot start a local cluster"),
        cluster(workers=1, scheduler=None, memory_limit="not a size"),
    ):
        pass
